"""Round 13 of the question reader, nlu52 (issue 10): yes/no questions decided by comparing a value said with the
store's fact (bot/understanding/stated_claims.py).

Phrasings here are other than the probes' (tests/nlu/probes_round13_nlu52.yml): the rules must hold for the
structure. Reader tests are Rasa-free, with entities as the entity rules would find them; verdicts are decided
from the store. Names, places and dates come from the store.
"""

from __future__ import annotations

import pytest

from actions.ages import birth_parts
from actions.claims import answered_when_undecided, verdict
from actions.film_facts import ActionGenre
from bot.understanding import stated_claims
from tests.conftest import tracker
from tests.reading_helpers import name, reading, run, tags, values


def _born_year(store, person_id: str) -> int:
    year = birth_parts(str(store.people[person_id].born.value))[0]
    assert year is not None
    return year


def _with_birthplace(store) -> str:
    return next(p for p, person in store.people.items() if person.birthplace is not None and person.birthplace.known)


def _dated_people(store) -> list[str]:
    """People the store dates to the day, oldest first."""
    dated = [p for p, person in store.people.items() if person.born is not None and person.born.known]
    full = [p for p in dated if None not in (birth_parts(str(store.people[p].born.value)) or (None,))]
    return sorted(full, key=lambda p: birth_parts(str(store.people[p].born.value)))


# 1. A birth said of one person: each part against the store's birth date and place.
def test_a_birth_year_said_is_read_and_decided(store):
    person = _dated_people(store)[0]
    who = store.people[person].name
    year = _born_year(store, person)
    for said, expected in ((year, True), (year + 3, False)):
        text = f"{who} was born in {said}, wasn't {who.split()[0]}?"
        result = reading(store, text, "ask_fact", [name(text, who, "person")])
        claim = tags(result)["claim"]
        assert claim.startswith(f"born:{person}/")
        assert verdict(claim, tracker(text))[0] is expected


def test_a_birthplace_said_is_yes_when_held_and_no_for_another_city(store):
    person = _with_birthplace(store)
    place = str(store.people[person].birthplace.value).split(",")[-1].strip().lower()
    assert verdict(f"born:{person}/in {place}", tracker())[0] is True
    assert verdict(f"born:{person}/in the city of nagoya", tracker())[0] is False
    assert verdict(f"born:{person}/in france", tracker())[0] is None  # a country against a city: open


def test_a_birth_part_not_held_is_left_to_the_birth_answer(store):
    unplaced = next(p for p, person in store.people.items() if person.birthplace is None and person.born is not None)
    assert verdict(f"born:{unplaced}/in sapporo", tracker())[0] is None
    assert answered_when_undecided(tracker(entities={"claim": f"born:{unplaced}/in sapporo"}))


def test_where_or_when_born_is_no_claim(store):
    who = store.people[_dated_people(store)[0]].name
    for text in (f"where was {who} born", f"when was {who} born in the end", f"was {who} born in march or may"):
        result = reading(store, text, "ask_fact", [name(text, who, "person")])
        assert not tags(result).get("claim", "").startswith("born:")


# 2. Two people's ages compared, from their births.
@pytest.mark.parametrize(
    ("form", "key"),
    [
        ("is {a} older than {b}?", "older"),
        ("{a} is younger than {b}, right?", "younger"),
        ("were {a} and {b} born the same year", "same_year"),
        ("is {a} the same age as {b}", "same_year"),
    ],
)
def test_two_people_compared_by_age(store, form, key):
    older, younger = _dated_people(store)[0], _dated_people(store)[-1]
    a, b = store.people[older].name, store.people[younger].name
    text = form.format(a=a, b=b)
    result = reading(store, text, "ask_person", [name(text, a, "person"), name(text, b, "person")])
    claim = tags(result)["claim"]
    assert claim == f"{key}:{older}/{younger}"
    assert verdict(claim, tracker(text))[0] is {"older": True, "younger": False, "same_year": False}[key]


def test_a_crew_role_is_compared_as_its_one_holder(store):
    director = store.crew["director"].people[0]
    actor = store.cast[0].actor
    text = f"was the director younger than {store.people[actor].name}"
    entities = [name(text, "director", "crew_role"), name(text, store.people[actor].name, "person")]
    assert tags(reading(store, text, "ask_crew", entities))["claim"] == f"younger:{director}/{actor}"


def test_a_comparison_asked_with_a_wh_word_is_no_yes_no(store):
    a, b = (store.people[p].name for p in _dated_people(store)[:2])
    text = f"who is older than {a}, {b}?"
    result = reading(store, text, "ask_person", [name(text, a, "person"), name(text, b, "person")])
    assert "claim" not in tags(result)


# 3. One thing named twice.
def test_a_character_and_an_alias_are_the_same_one(store):
    character = store.cast[0].character
    alias = store.characters[character].aliases[0]
    first = store.characters[character].name.split()[0]
    text = f"so {first} and {alias} are the same character?"
    entities = [name(text, first, "character"), name(text, alias, "character")]
    claim = tags(reading(store, text, "ask_character", entities))["claim"]
    assert verdict(claim, tracker(text))[0] is True


def test_two_characters_are_not_the_same_person(store):
    a, b = (store.characters[c.character].name.split()[0] for c in store.cast[:2])
    text = f"is {a} the same as {b}"
    claim = tags(reading(store, text, "ask_character", [name(text, a, "character"), name(text, b, "character")]))
    assert verdict(claim["claim"], tracker(text))[0] is False


def test_two_titles_of_this_film_are_one_film(store):
    other = next(f for f in store.film["title_forms"].value if f.isascii() and f.lower() != "drawing closer")
    text = f"is {other} the same film as drawing closer?"
    claim = tags(reading(store, text, "ask_title"))["claim"]
    assert claim == "same:film/film"
    assert verdict(claim, tracker(text))[0] is True


# 4. The book and the film set against each other in time.
@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("did the novel come out after the movie", "novel"),
        ("was it released before the book?", "film"),
        ("the book was written before the film right", "novel"),
    ],
)
def test_book_and_film_in_time(store, text, first):
    claim = tags(reading(store, text, "ask_novel"))["claim"]
    assert claim == f"came_first:{'film' if 'after' in text else first}"


def test_a_year_against_the_book_is_no_comparison_of_the_two():
    assert stated_claims.came_first_said("was the book published before 2020".split(), []) is None


# 5. Trivia stated, not asked: checked as the question would be.
def test_a_release_year_stated_is_checked(store):
    year = store.release_year
    assert year is not None
    text = f"The film Drawing Closer premiered in {year - 1}."
    result = reading(store, text, "ask_release_date")
    assert tags(result)["claim"] == f"released:{year - 1}"


def test_a_day_said_with_the_month_decides_too(store):
    premiere = str(store.film["premiere_date"].value)
    month = ("january february march april may june july august september october november december").split()[
        int(premiere[5:7]) - 1
    ]
    day = int(premiere[8:10])
    right = tracker(f"it came out on the {day}th of {month}")
    wrong = tracker(f"it came out {month} {day % 28 + 1}")
    assert verdict(f"released_on:{month}", right)[0] is True
    assert verdict(f"released_on:{month}", wrong)[0] is False


def test_who_plays_whom_stated_is_checked(store):
    actor = store.people[store.cast[1].actor].name
    character = store.characters[store.cast[0].character].name.split()[0]
    text = f"{actor} portrayed {character} in it."
    result = reading(store, text, "ask_person", [name(text, actor, "person"), name(text, character, "character")])
    assert tags(result)["claim"] == "plays"
    assert result.intent == "ask_who_plays"


@pytest.mark.parametrize(
    "text",
    [
        "drawing closer was so sad",  # an opinion, no verb of what was done to it
        "i think drawing closer was released in 2024",  # the speaker's own remark
        "when was drawing closer released",
    ],
)
def test_no_trivia_statement(store, text):
    films = [(0, 2)] if text.startswith("drawing closer") else [(1, 3)] if text.startswith("when") else [(3, 5)]
    assert not stated_claims.film_statement(text.split(), films)


# 6. Several yes/no questions in one message: each read alone, each decided and answered in turn.
def test_two_yes_no_questions_are_both_claimed(store):
    result = reading(store, "is it a horror film, and is it in japanese?", "ask_genre")
    assert tags(result)["claim"].startswith("genre:")
    assert values(result, "also_claim") == ["ask_language|language:japanese"]


def test_three_yes_no_questions_keep_their_order(store):
    result = reading(store, "was it a flop or was it a hit? also is it on netflix", "ask_fact")
    assert tags(result)["claim"].startswith("flop:")
    assert [v.partition("|")[2].partition(":")[0] for v in values(result, "also_claim")] == ["popular", "platform"]


def test_one_yes_no_with_a_wh_question_is_left_to_the_parts_reader(store):
    result = reading(store, "is it sad and who directed it", "ask_genre")
    assert not values(result, "also_claim")


def test_each_part_gets_its_own_verdict(domain, store):
    text = "is it a comedy or is it a romance?"
    result = reading(store, text, "ask_genre")
    entities = [*result.entities]
    said, _, _ = run(ActionGenre(), domain, text, entities, intent="ask_genre")
    verdicts = [r for r in said if r.startswith("utter_claim_")]
    assert verdicts[0].endswith("_no") and verdicts[1].endswith("_yes")


# 7. A narrower word is never inferred from a wider one; "a film about" is the film described.
def test_a_narrower_illness_is_not_inferred(store):
    assert verdict("described:cancer", tracker())[0] is None


def test_the_film_as_a_kind_of_work_about_something(store):
    result = reading(store, "is drawing closer a movie about painting", "ask_plot")
    assert tags(result)["claim"] == "described:painting"


@pytest.mark.parametrize(
    "text", ["should i read the novel after watching the film", "is it better to see the movie before the book"]
)
def test_the_order_to_take_the_works_in_is_no_claim(text):
    assert stated_claims.came_first_said(text.split(), []) is None


# 8. A later film of the story asked by "a movie after <the title>": the sequel.
@pytest.mark.parametrize("text", ["will there be a film after drawing closer?", "is there gonna be a part after it"])
def test_a_work_after_the_film_is_its_sequel(store, text):
    result = reading(store, text, "ask_genre")
    assert tags(result).get("topic") == "sequel"
    assert result.intent == "ask_fact"


def test_a_work_after_something_else_is_no_sequel():
    assert stated_claims.later_work_asked("is there a movie after the credits".split(), []) is None


def test_a_pronoun_statement_is_talk_not_trivia():
    assert not stated_claims.film_statement("it was released in 2023".split(), [(0, 1)])
    assert not stated_claims.film_statement("the movie was rated r".split(), [(0, 2)])
    assert stated_claims.film_statement("the movie drawing closer was rated r".split(), [(2, 4)])


def test_a_quiz_clue_pointing_at_what_it_asks_is_no_claim():
    assert stated_claims.birth_said("she was born in 1987 in this town".split()) is None
    assert not stated_claims.film_statement("drawing closer was adapted from this writer's novel".split(), [(0, 2)])


def test_a_character_from_the_film_is_described_without_from(store):
    character = store.cast[6].character
    first = store.characters[character].name.split()[0]
    text = f"is {first} from the film a nurse?"
    result = reading(store, text, "ask_character", [name(text, first, "character")])
    assert tags(result)["claim"] == "describes:nurse"


# 9. Another source said of the film: decided against the store's (a novel).
@pytest.mark.parametrize("text", ["was it inspired by a video game?", "is the film adapted from an opera"])
def test_another_source_is_a_based_on_claim(store, text):
    claim = tags(reading(store, text, "ask_novel"))["claim"]
    assert claim.startswith("based_on:")
    assert verdict(claim, tracker(text))[0] is False


@pytest.mark.parametrize(
    "words", ["is it based on anything", "is it based on real events", "was it inspired by his life", "based on what"]
)
def test_a_source_left_open_is_no_other_source(words):
    assert stated_claims.other_source_said(words.split()) is None


def test_a_choice_of_two_labels_is_one_question(store):
    assert not values(reading(store, "is it rated pg or r rated?", "ask_rating"), "also_claim")


def test_a_book_after_the_film_is_no_comparison_in_time():
    assert stated_claims.came_first_said("is there a novel after the film".split(), []) is None


def test_a_clue_then_a_wh_question_is_no_birth_said():
    assert stated_claims.birth_said("she was born in 1987 where was she born".split()) is None
