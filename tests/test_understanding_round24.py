"""Round 24: leads of the round-24 check (CANARD's follow-up questions) and the round's own gaps, read as rules.

Each test names the general rule; phrasings are mine or the opened check's, names and titles come from the store.
"""

from __future__ import annotations

import pytest
from rasa_sdk import Tracker

from actions.crew import ActionDirector
from actions.follow_on import _names_of_part
from actions.people import ActionCast, ActionOtherWork, ActionWhoPlays
from bot.understanding import works_period
from bot.understanding.lexicon import default_lexicon, tokens
from tests.reading_helpers import details_of, name, reading, run, tags, values


def _holder(store, role: str) -> str:
    (person,) = store.crew[role].people
    return store.people[person].name


def _author(store) -> str:
    return store.people[str(store.novel["author"].value)].name


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("did the director write it?", "credit:writer"),
        ("Is the director also the screenwriter?", "credit:screenplay"),
        ("did the film's director compose the music?", "credit:music"),
        ("did the director write the book?", "novel_author"),
    ],
)
def test_a_credit_claimed_of_the_director_is_decided_of_him(store, text, claim):
    result = reading(store, text, "ask_director")
    assert tags(result)["claim"] == claim
    assert tags(result)["person"] == _holder(store, "director")


@pytest.mark.parametrize(
    "text", ["did the author direct the film?", "did the writer of the novel write the screenplay?"]
)
def test_a_credit_claimed_of_the_author_is_decided_of_the_novels_author(store, text):
    result = reading(store, text, "ask_novel")
    assert tags(result)["claim"].startswith("credit:")
    assert tags(result)["person"] == _author(store)


def test_a_credit_shared_by_several_names_no_one_holder(store):
    result = reading(store, "did the producer direct it?", "ask_crew")
    assert "yes/no credit of the one who holds another credit" not in result.why


def test_the_author_writing_it_is_no_credit_claim_of_the_author(store):
    result = reading(store, "did the author of the book write it?", "ask_novel")
    assert "yes/no credit of the one who holds another credit" not in result.why


def test_a_character_named_after_a_relation_the_store_denies_is_still_the_one_asked(domain, store):
    # the store's friend of this character is someone else: the name, not the description, says whom
    akito, ayaka = store.characters["akito_hayasaka"], store.characters["ayaka_miura"]
    assert not [r for r in store.related("akito_hayasaka", ("friend",)) if r.object == "ayaka_miura"]
    first, second = akito.name.split()[0], ayaka.name.split()[0]
    text = f"who plays {first}'s friend {second}?"
    entities = [name(text, first, "character"), name(text, second, "character"), name(text, "friend", "relation")]
    _, messages, _ = run(ActionWhoPlays(), domain, text, entities, intent="ask_who_plays")
    (actor,) = (c.actor for c in store.actor_of("ayaka_miura"))
    assert messages[0]["response"] == "utter_who_plays"
    assert messages[0]["actor_name"].strip("*") == store.people[actor].name


# --- a time said in a question about a person ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("what did he do in the 90s?", 1990, 1999),
        ("her films of the early 2010s", 2010, 2019),
        ("any awards between 2007 - 2009?", 2007, 2009),
    ],
)
def test_a_decade_or_a_dashed_range_is_a_period(store, text, first, last):
    period = works_period.period_asked(tokens(text), store, None)
    assert period is not None and (period.first, period.last) == (first, last)


@pytest.mark.parametrize("doing", ["what did {} do in the 90s?", "what happened to {}'s acting in 2012?"])
def test_what_someone_did_in_a_time_asks_their_works_then(store, doing):
    person = store.people[store.cast[0].actor].name
    text = doing.format(person)
    result = reading(store, text, "ask_person", [name(text, person, "person")])
    assert result.intent == "ask_other_work"


def test_awards_asked_of_a_time_are_those_given_then(store):
    person = next(p for p in store.people.values() if any("won" in (w.detail or "") for w in p.known_for))
    won = next(w for w in person.known_for if "won" in (w.detail or "") and w.year is not None)
    assert won.year is not None
    asked = works_period.awarded_in_the_time_asked
    assert asked(tokens(f"any awards before {won.year}?"), store, person, [won]) == []
    assert asked(tokens(f"any awards in {won.year}?"), store, person, [won]) == [won]
    # a ceremony the following year
    assert asked(tokens(f"what award did he receive in {won.year + 1}?"), store, person, [won]) == [won]
    assert asked(tokens("any awards?"), store, person, [won]) is None


@pytest.mark.parametrize("text", ["what year did they sign?", "In what year did this happen?"])
def test_an_event_of_the_conversations_subject_is_no_premiere_date(store, text):
    assert reading(store, text, "ask_release_date").intent != "ask_release_date"


def test_this_film_pointed_at_still_has_its_premiere(store):
    result = reading(store, "when did this come out?", "ask_release_date")
    assert result.intent in (None, "ask_release_date")


def test_a_real_word_one_letter_from_a_claim_word_is_no_typo_of_it():
    hits = default_lexicon().find(tokens("Were there any issues during production?"), ("claim",))
    assert not hits


# --- more of a list given -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(("listed", "shown"), [("utter_cast_cut", 5), ("utter_leads", 2)])
def test_other_cast_members_after_a_list_are_the_rest_of_the_cast(turn, store, listed, shown):
    events = [
        {"event": "user", "text": "who is in it"},
        {"event": "bot", "metadata": {"utter_action": listed}},
        {"event": "user", "text": "any other cast members?"},
    ]
    said = turn(ActionCast(), text="any other cast members?", events=events)
    assert said.responses[0] == "utter_cast_others"
    first_rest = sorted(store.cast, key=lambda c: c.confidence != "high")[shown]
    assert store.people[first_rest.actor].name in said.values("utter_cast_others")["cast_list"]


def test_other_cast_members_asked_first_are_the_cast(turn):
    assert turn(ActionCast(), text="any other cast members?").responses == ["utter_cast_cut"]


# --- someone's works, whichever card the classifier chose ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "did he act in any movies?",
        "What are some television projects that {} have?",
        "Can you tell me about some of his other television appearances?",
    ],
)
def test_works_asked_of_one_person_are_their_works(store, text):
    person = store.people[store.cast[0].actor].name
    text = text.format(person)
    names = [name(text, person, "person")] if person in text else []
    assert reading(store, text, "ask_fact", names).intent == "ask_other_work"


@pytest.mark.parametrize(
    "text", ["what songs did they sing?", "what type of films did she appear in?", "did she act in the film?"]
)
def test_a_group_a_kind_of_work_or_this_film_is_not_someones_list(store, text):
    assert "someone's works" not in reading(store, text, "ask_fact").why


@pytest.mark.parametrize("kind", ["non-fiction", "essays", "poetry"])
def test_a_kind_of_writing_the_store_never_sorts_by_is_not_held(kind):
    assert works_period.unheld_kind(tokens(f"did he write any {kind}?")) is not None


def test_works_of_a_kind_not_held_say_which_kind(turn, store):
    person = next(p for p in store.people.values() if p.known_for)
    said = turn(ActionOtherWork(), text=f"did {person.name} write any essays?", entities={"person": person.name})
    assert said.responses == ["utter_dont_know_works_of_kind"]
    assert said.values("utter_dont_know_works_of_kind")["kind_words"] == "essays"


@pytest.mark.parametrize("text", ["did {} write any essays?", "has {} acted in other films?"])
def test_a_credit_verb_before_other_works_states_no_credit_of_this_film(store, text):
    person = store.people[store.cast[0].actor]
    said = text.format(person.name)
    assert not details_of(store, said)


def test_someones_order_of_works_is_left_to_the_order_rules(store):
    author = _author(store)
    text = f"What was {author}'s first book?"
    assert "someone's works" not in reading(store, text, "ask_person", [name(text, author, "person")]).why


# --- a yes/no second part that points back at the first part's answer ---------------------------------------------


def _two_parts(text: str, second: str) -> list[dict]:
    start = text.index(second)
    return [
        name(text, "director", "crew_role"),
        {"entity": "also_ask", "value": "ask_crew", "start": start, "end": len(text)},
        {**name(text, "write", "claim"), "value": "credit:writer"},
        {**name(text, "write", "crew_role"), "value": "screenplay"},
    ]


@pytest.mark.parametrize(
    ("text", "second"),
    [
        ("who is the director? did he write it as well?", "did he"),
        ("who is the director and did he write it?", "did he"),
    ],
)
def test_a_credit_claimed_of_he_in_a_second_part_is_the_first_answers_person(domain, store, text, second):
    said, _, slots = run(ActionDirector(), domain, text, _two_parts(text, second), intent="ask_director")
    assert said[:3] == ["utter_crew_director", "utter_claim_no", "utter_crew_screenplay"]


# --- co-stars -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["Who did he co-star with in the film?", "who starred alongside her?"])
def test_the_co_stars_of_the_one_talked_about_are_the_cast(store, text):
    assert reading(store, text, "ask_who_plays").intent == "ask_cast"


def test_starring_with_someone_named_is_being_in_the_film_with_them(store):
    first, second = (store.people[c.actor].name for c in store.cast[:2])
    text = f"did {first} star with {second}?"
    result = reading(store, text, "ask_other_work", [name(text, first, "person"), name(text, second, "person")])
    assert tags(result)["claim"] == "in_film"


def test_other_cast_members_after_the_whole_cast_are_the_whole_cast_again(turn):
    events = [
        {"event": "user", "text": "any other cast members?"},
        {"event": "bot", "metadata": {"utter_action": "utter_cast_others"}},
        {"event": "user", "text": "any other cast members or characters?"},
    ]
    said = turn(ActionCast(), text="any other cast members or characters?", events=events)
    assert said.responses[0] == "utter_cast_full"


# --- a clause of time, and works asked of the one pointed at ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "claim"),
    [("Was it successful when it premiered?", "popular"), ("was it popular after it came out?", "popular")],
)
def test_a_clause_of_time_after_a_yes_no_says_when_it_asks_nothing(store, text, claim):
    assert tags(reading(store, text, "ask_release_date"))["claim"].startswith(claim)


def test_coming_out_inside_a_clause_of_time_is_no_claim_it_is_out(store):
    result = reading(store, "did critics like it when it came out?", "ask_release_date")
    assert "released_by:now" not in values(result, "claim")


@pytest.mark.parametrize("text", ["Did she do any soundtracks?", "did he write anything else?"])
def test_works_of_a_kind_asked_of_the_one_pointed_at_are_their_works(store, text):
    result = reading(store, text, "ask_crew")
    assert result.intent == "ask_other_work"
    assert tags(result)["claim"] == "other_work"


def test_their_works_unlisted_say_so_rather_than_a_bare_dont_know(domain, store):
    person = next(p for p in store.people.values() if not p.known_for)
    text = "has she done any other songs?"
    said, _, _ = run(
        ActionOtherWork(),
        domain,
        text,
        [{"entity": "claim", "value": "other_work", "start": 0, "end": 3}],
        {"person": person.id},
        intent="ask_other_work",
    )
    assert said == ["utter_other_work_unknown"]


# --- a genre said of someone's works ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "has {} been in any horror movies?",
        "What are some examples of {}'s fantasy films?",
        "which of {}'s films are romances?",
    ],
)
def test_a_genre_of_someones_works_is_theirs_not_this_films(store, text):
    person = store.people[store.cast[1].actor].name
    said = text.format(person)
    result = reading(store, said, "ask_genre", [name(said, person, "person")])
    assert result.intent == "ask_other_work"
    assert tags(result)["works_attribute"] == "genre"


def test_a_genre_of_this_film_is_still_its_genre(store):
    assert "a genre of someone's works" not in reading(store, "is it a horror movie?", "ask_genre").why


def test_a_genre_of_someones_works_checks_no_detail_of_this_film(domain, store):
    person = store.people[store.cast[1].actor]
    text = f"has {person.name} been in any horror movies?"
    entities = [name(text, person.name, "person"), {**name(text, "horror", "works_attribute"), "value": "genre"}]
    said, _, _ = run(ActionOtherWork(), domain, text, entities, intent="ask_other_work")
    assert said == ["utter_dont_know_works_attribute"]


@pytest.mark.parametrize("text", ["did he recieve any awards?", "did she win other awards?"])
def test_awards_asked_of_the_one_pointed_at_are_no_list_of_works(store, text):
    result = reading(store, text, "ask_fact")
    assert "other_work" not in values(result, "claim")
    assert result.intent != "ask_other_work"


@pytest.mark.parametrize("text", ["Is he going to be in any other movies coming up?", "Have anything else with him?"])
def test_works_to_come_or_an_object_pronoun_get_no_yes_over_the_works_listed(store, text):
    assert "other_work" not in values(reading(store, text, "ask_other_work"), "claim")


def test_starring_beside_someone_the_store_lacks_is_no_claim_of_being_in_it(store):
    person = store.people[store.cast[0].actor].name
    text = f"Does Willem Dafoe star with {person} in Drawing Closer?"
    # the entity rules know no such name: only the cast member is tagged
    assert tags(reading(store, text, "ask_person", [name(text, person, "person")])).get("claim") != "in_film"


@pytest.mark.parametrize(
    "text", ["does the book have the same ending?", "does the movie end the same way as the novel?"]
)
def test_the_same_part_in_the_book_compares_the_two_tellings(store, text):
    result = reading(store, text, "ask_ending")
    assert values(result, "attribute") == ["novel_changes"]


def test_the_novel_of_the_same_name_is_no_comparison(store):
    assert "novel_changes" not in values(
        reading(store, "is it based on the novel of the same name?", "ask_novel"), "attribute"
    )


# --- the same question of a relative in a later part ----------------------------------------------------------------


def test_who_plays_a_character_and_who_plays_his_relative_is_two_parts(domain, store):
    lead = store.characters["akito_hayasaka"].name.split()[0]
    text = f"who plays {lead} and who plays his sister?"
    result = reading(store, text, "ask_who_plays", [name(text, lead, "character")])
    assert tags(result)["also_ask"] == "ask_who_plays"
    assert tags(result)["relation"] == "sister"
    later = text.index("and who")
    entities = [
        name(text, lead, "character"),
        {"entity": "also_ask", "value": "ask_who_plays", "start": later, "end": len(text)},
        {**name(text, "sister", "relation"), "value": "sister"},
    ]
    _, messages, _ = run(ActionWhoPlays(), domain, text, entities, intent="ask_who_plays")
    actors = [m["actor_name"].strip("*") for m in messages if m.get("response") == "utter_who_plays"]
    sister = next(r.object for r in store.related("akito_hayasaka", ("sister",)))
    assert actors == [store.people[c.actor].name for c in [*store.actor_of("akito_hayasaka"), *store.actor_of(sister)]]


def test_a_role_word_naming_the_person_asked_is_no_second_question(store):
    result = reading(store, "how old is the main actress and what else has she been in?", "ask_fact")
    assert values(result, "also_ask") == ["ask_other_work"]
    lead = next(store.people[c.actor] for c in store.cast if store.people[c.actor].pronoun == "she")
    assert values(result, "person") == [lead.name]


def test_the_lead_asked_in_a_first_part_is_named_for_the_later_part(domain, store):
    text = "who is the main actress and what else has she been in?"
    later = text.index("what else")
    entities = [{"entity": "also_ask", "value": "ask_other_work", "start": later, "end": len(text)}]
    said, _, slots = run(ActionWhoPlays(), domain, text, entities, intent="ask_who_plays")
    assert said[0] == "utter_lead_actress"
    assert said[1].startswith("utter_other_work")  # her works, the later part's
    assert store.people[slots["person"]].pronoun == "she"


@pytest.mark.parametrize(("later", "hidden"), [("ask_who_plays", True), ("ask_fact", False)])
def test_the_first_answer_leaves_out_only_a_relation_of_a_later_part_asking_the_same(later, hidden):
    text = "who plays akito, and what about his mom?"
    at = text.index("and what")
    entities = [
        name(text, "akito", "character"),
        {"entity": "also_ask", "value": later, "start": at, "end": len(text)},
        {**name(text, "mom", "relation"), "value": "mother"},
    ]
    message = {"text": text, "intent": {"name": "ask_who_plays"}, "entities": entities}
    tracker = Tracker("t", {}, message, [], False, None, {}, "")
    with _names_of_part(tracker, None):
        relations = [e for e in tracker.latest_message["entities"] if e["entity"] == "relation"]
    assert (not relations) == hidden
