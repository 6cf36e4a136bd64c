"""Round 20, nlu84: a relation or a named award asked of one of the film's people that the store does not hold is
"I don't know", never the nearest held fact. Phrasings are real questions' frames; names come from the store."""

from __future__ import annotations

import pytest

from actions.topics import ActionFact
from bot.store import FactStore, Person
from bot.understanding import stated_claims
from bot.understanding.award_named import asks_nominations_only, award_name_words, award_not_said
from bot.understanding.lexicon import default_lexicon, tokens
from tests.reading_helpers import name, reading, run, tags


def _awarded(store: FactStore) -> Person:
    """A person one of whose works' notes names a vocabulary award (the store's, whoever it is)."""
    lexicon = default_lexicon()
    return next(
        person
        for person in store.people.values()
        if any(lexicon.awards_named(tokens(work.detail or "")) for work in person.known_for)
    )


def _held_award_words(person: Person) -> str:
    """The words of the first vocabulary award named in the person's notes ("japan academy")."""
    lexicon = default_lexicon()
    award = next(a for work in person.known_for for a in lexicon.awards_named(tokens(work.detail or "")))
    return max(lexicon.award_names[award], key=len)


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("did <a> win a slammy award?", {"slammy"}),
        ("when did <a> receive the golden horse award?", {"golden", "horse"}),
        ("when did <a> receive their award for hugo?", {"hugo"}),
        ("<a> was nominated for literature's nobel prize in what year?", {"nobel"}),
        ("give me the date that <a> was granted the candace award.", {"candace"}),
        ("did <a> win any awards?", set()),
        ("did <a> win a big acting award?", set()),
        ("what awards has <a> won?", set()),
        ("did <a> win the oscar award?", set()),  # the vocabulary's, decided by awards_named
        ("what is her mother's award?", set()),
        ("did <a> win an award for this role?", set()),
    ],
)
def test_the_words_naming_an_award_the_vocabulary_does_not_know(text, named):
    assert award_name_words(tokens(text), default_lexicon()) == named


@pytest.mark.parametrize(
    ("text", "missing"),
    [
        ("when did <a> receive the golden horse award?", "golden horse award"),
        ("did <a> ever win a grammy award?", "grammy award"),
        ("did <a> receive the best actor award from the film critics?", "best actor award"),
        ("when did <a> receive their award for hugo?", "award for hugo"),
        ("did <a> win the newcomer of the year award?", None),
        ("did <a> win any awards?", None),
    ],
)
def test_the_award_asked_that_the_note_does_not_say(text, missing):
    said = tokens("<a work>: won Newcomer of the Year at the Japan Academy Film Prize")
    assert award_not_said(tokens(text), said, default_lexicon()) == missing


def _award_question(domain: dict, person: Person, text: str) -> list[str]:
    """The responses of the fact action to an awards question of the person (read as the reader tags it)."""
    asked = text.format(a=person.name)
    entities = [
        name(asked, person.name, "person"),
        {"entity": "attribute", "value": "awards", "start": 0, "end": 1},
    ]
    said, _, _ = run(ActionFact(), domain, asked, entities, intent="ask_fact")
    return said


@pytest.mark.parametrize(
    "text",
    [
        "Did {a} win a Slammy award?",
        "When did {a} receive the Golden Horse Award?",
        "Was {a} the winner of the award for the Golden Horse Award?",
        "When did {a} receive their award for Hugo?",
        "Has {a} received the Best Actress in a Musical at the Tony Awards?",
    ],
)
def test_a_named_award_not_held_is_not_answered_by_the_held_one(store, domain, text):
    """The person has an award in a work's note; another award asked by name is "I don't know", never "Yes" and
    never the held award as if it were the one asked."""
    said = _award_question(domain, _awarded(store), text)
    assert said == ["utter_dont_know_person_asked"]


def test_the_held_award_asked_by_name_is_answered_yes(store, domain):
    person = _awarded(store)
    said = _award_question(domain, person, "Did {a} win the " + _held_award_words(person).title() + "?")
    assert said[:1] == ["utter_claim_yes"]
    assert "utter_person_work_said" in said


def test_awards_asked_without_a_name_are_the_held_ones(store, domain):
    said = _award_question(domain, _awarded(store), "What awards has {a} won?")
    assert "utter_person_work_said" in said


@pytest.mark.parametrize(
    "text",
    [
        "Has <a> received the 'Best Actress in a Musical' at the Tony Awards?",
        "Which cast member won a Primetime Emmy for Outstanding comedy series?",
    ],
)
def test_a_genre_in_an_award_category_is_no_claim_of_the_films_kind(text):
    assert not [d for d in stated_claims._film_details(tokens(text), [], True) if d[0] == "genre"]


def test_a_genre_said_of_the_film_is_still_a_claim():
    assert ("genre", "comedy") in stated_claims._film_details(tokens("is the movie a comedy?"), [], False)


def _born_in_a_place(store: FactStore) -> Person:
    return next(p for p in store.people.values() if p.birthplace is not None and p.birthplace.known)


def test_was_a_place_the_birthplace_of_someone_states_a_birth_place(store):
    person = _born_in_a_place(store)
    place = str(person.birthplace.value)  # type: ignore[union-attr]
    text = f"Was {place} the birthplace of {person.name}?"
    result = reading(store, text, "ask_fact", [name(text, person.name, "person")])
    assert tags(result)["claim"] == f"born:{person.id}/in {' '.join(tokens(place))}"


@pytest.mark.parametrize(
    "text",
    ["What is the birthplace of <a>?", "Where was the birthplace of <a>?", "Was it the birthplace of <a> or not?"],
)
def test_a_birthplace_asked_states_nothing(text):
    assert stated_claims.birthplace_said(tokens(text)) is None


@pytest.mark.parametrize(
    ("frame", "attribute"),
    [
        ("Who was the teacher that supervised {a}?", "mentors"),
        ("Who was {a}'s mentor?", "mentors"),
        ("Who is a student of {a}?", "mentors"),
        ("Did {a} help to establish {company}?", "founding"),
        ("What film production company was founded by {a}?", "founding"),
        ("{a} worked for what number of employers?", "employers"),
    ],
)
def test_a_relation_the_store_holds_for_nobody_is_an_unheld_attribute_of_the_person(store, frame, attribute):
    director = store.people[store.crew["director"].people[0]]
    company = store.people[store.crew["production_company"].people[0]]
    text = frame.format(a=director.name, company=company.name)
    entities = [name(text, director.name, "person")]
    if "{company}" in frame:
        entities.append(name(text, company.name, "person"))
    if "teacher" in frame:
        entities.insert(0, name(text, "teacher", "character"))
    result = reading(store, text, "ask_person", entities)
    assert result.intent == "ask_fact"
    assert tags(result)["attribute"] == attribute
    assert "character" not in tags(result)


def test_the_storys_teacher_of_a_character_is_still_the_character(store):
    """ "Who is the teacher of <a character>?": the story's teacher, not that character's teachers."""
    character = store.characters[store.cast[0].character]
    first = character.name.split()[0]
    text = f"who is the teacher of {first}?"
    entities = [name(text, "teacher", "character"), name(text, first, "character")]
    result = reading(store, text, "ask_character", entities)
    assert tags(result).get("attribute") != "mentors"


@pytest.mark.parametrize(
    ("text", "only"),
    [
        ("when was <a> nominated for best supporting actor?", True),
        ("what award was <a> nominated for in <year>?", False),  # the award asked: the held ones were in contention
        ("for what work was <a> nominated for the japan academy prize?", False),  # the note naming it answers
        ("what nomination did <a> receive?", False),  # received: a win may answer
        ("what was <a> nominated for and what did <a> win?", False),
        ("what awards did <a> win?", False),
    ],
)
def test_a_nomination_asked_alone(text, only):
    assert asks_nominations_only(tokens(text), default_lexicon()) is only


def test_a_nomination_asked_is_not_answered_by_a_win(store, domain):
    said = _award_question(domain, _awarded(store), "When was {a} nominated for Best Supporting Actor?")
    assert "utter_person_work_said" not in said
    assert "utter_claim_yes" not in said


def test_an_awards_name_asked_of_a_lower_case_name_is_no_other_subject(store):
    """ "When did <a name in lower case> received the Grammy Award for Best Opera Recording?": the capitalised
    award is what is asked of the person, not another subject (it was refused as out of scope)."""
    singer = store.people[store.crew["theme_song"].people[0]]
    text = f"When did {singer.name.lower()} received the Grammy Award for Best Opera Recording?"
    result = reading(store, text, "out_of_scope", [name(text, singer.name, "person")])
    assert result.intent == "ask_fact"
    assert tags(result)["attribute"] == "awards"


def _fact_answer(domain: dict, text: str, entity: str, value: str) -> tuple[list[str], list[dict]]:
    """The fact action's responses and messages to a question of no one named, read with one entity."""
    said, messages, _ = run(
        ActionFact(), domain, text, [{"entity": entity, "value": value, "start": 0, "end": 1}], intent="ask_fact"
    )
    return said, messages


def _cast_births(domain: dict, text: str) -> tuple[list[str], list[dict]]:
    return _fact_answer(domain, text, "attribute", "birthday")


def test_the_birthdays_of_all_the_actors_are_those_held_then_the_rest_not_known(store, domain):
    said, messages = _cast_births(domain, "Give me the birthdays of all actors of it.")
    actors = list(dict.fromkeys(credit.actor for credit in store.cast))
    dated = [a for a in actors if store.people[a].born is not None]
    assert said == ["utter_person_born"] * len(dated) + ["utter_dont_know_subject_attribute"] * (
        len(dated) < len(actors)
    )
    assert messages[0]["person_name"] == store.people[dated[0]].name


def test_a_birth_asked_of_no_one_and_not_the_cast_is_not_known(store, domain):
    said, _ = _cast_births(domain, "When was it born?")
    assert "utter_person_born" not in said


@pytest.mark.parametrize(
    "text",
    [
        "Did any of the cast win an Oscar?",
        "Which actor won an Oscar?",
        "Which cast member of it won a Primetime Emmy for Outstanding comedy series?",
    ],
)
def test_the_cast_as_the_subject_of_an_award_asks_the_casts_awards(store, text):
    result = reading(store, text, "ask_cast")
    assert result.intent == "ask_fact"
    assert tags(result)["topic"] == "awards"


def _cast_awards(domain: dict, text: str) -> tuple[list[str], list[dict]]:
    return _fact_answer(domain, text, "topic", "awards")


def test_the_cast_members_who_won_the_award_asked(store, domain):
    person = _awarded(store)
    said, messages = _cast_awards(domain, "Which cast member won a " + _held_award_words(person).title() + "?")
    assert said and set(said) == {"utter_person_work_said"}
    assert person.name in {m["person_name"] for m in messages}


def test_an_award_no_cast_member_holds_is_not_known_of_the_cast(store, domain):
    said, messages = _cast_awards(domain, "Which cast member won a Slammy award?")
    assert said == ["utter_dont_know_person_asked"]
    assert messages[0]["subject_name"] == "the cast"
    assert messages[0]["asked"] == "slammy award"
