"""Round 9 of the question reader, nlu34 (issue 10): the film's actors as persons, and the characters
they play.

Phrasings here are other than the probes' (tests/nlu/probes_round9_nlu34.yml): the rules must hold for
the structure. Reader tests are Rasa-free, with entities as the entity rules would find them; action
tests assert response names and slots. People and characters are taken from the store by what it holds.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from actions import ages
from actions.people import ActionCast
from actions.topics import ActionFact
from bot.understanding import people_reading
from bot.understanding.lexicon import tokens
from tests.reading_helpers import name, reading, run, span, tags


def dated_cast(store) -> list[tuple[tuple[int, int, int], Any]]:
    """The cast members whose birth dates the store holds, with (year, month, day) for sorting."""
    found = []
    for credit in store.cast:
        person = store.people[credit.actor]
        parts = ages.birth_parts(str(person.born.value)) if person.born is not None and person.born.known else None
        if parts is not None:
            found.append(((parts[0], parts[1] or 0, parts[2] or 0), person))
    if len(found) < 2:
        pytest.skip("the store holds fewer than two birth dates in the cast")
    return sorted(found, key=lambda entry: entry[0])


# 1. A superlative over the cast: from the birth dates held, or "I don't know" what is not held.
@pytest.mark.parametrize(
    ("text", "word", "unheld", "count", "pronoun"),
    [
        ("which actor in it is the youngest", "youngest", None, 1, None),
        ("who's the eldest of the cast", "oldest", None, 1, None),
        ("name the three oldest actors", "oldest", None, 3, None),
        ("the youngest actress?", "youngest", None, 1, "she"),
        ("which of the stars is the shortest", "shortest", "heights", 1, None),
        ("who is the richest actress", "richest", "wealth", 1, "she"),
    ],
)
def test_a_superlative_over_the_cast(text, word, unheld, count, pronoun):
    asked = people_reading.cast_superlative(tokens(text))
    assert asked == people_reading.CastSuperlative(word, unheld, count, pronoun)


@pytest.mark.parametrize(
    "text", ["who is the youngest player in the league", "is the famous actor in it", "who is the oldest"]
)
def test_no_superlative_over_the_cast(text):
    assert people_reading.cast_superlative(tokens(text)) is None


def test_the_youngest_cast_member_from_the_birth_dates(store, domain):
    youngest = dated_cast(store)[-1][1]
    said, _, slots = run(ActionCast(), domain, "which cast member is the youngest?", [], intent="ask_cast")
    assert said == ["utter_cast_age_superlative"]
    assert slots["person"] == youngest.id


def test_the_two_oldest_cast_members(store, domain):
    dated_cast(store)
    said, messages, _ = run(ActionCast(), domain, "who are the two oldest actors", [], intent="ask_cast")
    assert said == ["utter_cast_age_superlatives"]
    assert messages[0]["count"] == "2"


def test_the_oldest_actress_is_one_of_her_pronoun(store, domain):
    women = [person for _, person in dated_cast(store) if person.pronoun == "she"]
    if not women:
        pytest.skip("no actress with a birth date")
    _, _, slots = run(ActionCast(), domain, "who is the oldest actress", [], intent="ask_cast")
    assert slots["person"] == women[0].id


def test_a_superlative_the_store_holds_nothing_of_is_not_the_cast_list(domain):
    said, messages, _ = run(ActionCast(), domain, "who's the tallest actor", [], intent="ask_cast")
    assert said == ["utter_dont_know_subject_attribute"]
    assert messages[0]["attribute_words"] == "heights"


# 2. The age when the film came out, from a birth date; today's age is not computed.
@pytest.mark.parametrize(
    ("value", "parts"),
    [("on 4 October 2001", (2001, 10, 4)), ("in September 1965", (1965, 9, None)), ("in 1987", (1987, None, None))],
)
def test_birth_parts(value, parts):
    assert ages.birth_parts(value) == parts


@pytest.mark.parametrize(
    ("born", "ages_then"),
    [((2001, 10, 4), (22, 22)), ((1999, 1, 23), (25, 25)), ((1972, None, None), (51, 52)), ((1965, 6, None), (58, 59))],
)
def test_age_on_a_day(born, ages_then):
    assert ages.age_on(born, dt.date(2024, 6, 27)) == ages_then


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("how old was he when they were shooting the film", True),
        ("how old was he when he was shot", False),
        ("what age was she when they were making it", True),
        ("how old was she when she starred in it", True),
        ("how old was she when she first starred in a drama", False),
        ("how old was he when he appeared on tv", False),
        ("how old is she", False),
        ("how old was the director", False),
        ("how old was the character he played", False),
    ],
)
def test_the_time_of_the_film_asked(text, asked):
    assert ages.film_time_asked(text) is asked


def test_the_age_when_the_film_came_out(store, domain):
    person = dated_cast(store)[-1][1]
    text = f"what age was {person.name} when they filmed it"
    entities = [span(text, person.name, "person"), span(text, "what age", "attribute", "age")]
    said, messages, slots = run(ActionFact(), domain, text, entities)
    assert said[0] == "utter_person_age_at_premiere"
    assert slots["person"] == person.id
    assert messages[0]["age"].isdigit() or " or " in messages[0]["age"]


def test_todays_age_stays_unknown_beside_the_birth_date(store, domain):
    """No source gives an age today: "I don't know", then the birth date held (round 16)."""
    person = dated_cast(store)[-1][1]
    text = f"what age is {person.name}"
    entities = [span(text, person.name, "person"), span(text, "what age", "attribute", "age")]
    said, _, _ = run(ActionFact(), domain, text, entities)
    assert said == ["utter_dont_know_subject_attribute", "utter_person_born"]


# 3. Characters and their relations.
def test_parents_asked_without_a_play_word_are_who_they_are(store):
    text = "who are natsumi's mom and dad"
    result = reading(store, text, "ask_who_plays", [name(text, "natsumi", "character")])
    assert result.intent == "ask_character"
    assert tags(result)["relation"] == "parents"


def test_who_plays_a_relative_still_asks_the_actor(store):
    text = "who plays natsumi's mom and dad"
    result = reading(store, text, "ask_who_plays", [name(text, "natsumi", "character")])
    assert result.intent in (None, "ask_who_plays")


def test_the_voice_of_a_character_is_its_actor(store):
    text = "who voices ayaka in the film"
    result = reading(store, text, "ask_person", [name(text, "ayaka", "character")])
    assert result.intent == "ask_who_plays"


def test_a_spouse_is_not_inferred_from_shared_children(store, domain):
    """The store holds children, not marriages: a spouse asked for is not known, whoever shares a child."""
    character = store.characters[store.relations[0].subject]
    first = character.name.split()[0].lower()
    text = f"who is {first}'s husband or wife"
    entities = [span(text, first, "character"), span(text, "wife", "attribute", "married")]
    said, _, _ = run(ActionFact(), domain, text, entities)
    assert said == ["utter_dont_know_subject_attribute"]


# 4. "<an award>-winning" describes the person; the other attribute is asked.
def test_a_winning_description_is_not_the_question(store):
    person = next(p for p in store.people.values() if p.birthplace is not None and p.birthplace.known)
    text = f"what city was award-winning actress {person.name} born in"
    result = reading(store, text, "ask_fact", [name(text, person.name, "person")])
    assert tags(result).get("attribute") == "birthday"


@pytest.mark.parametrize("intent", ["nlu_fallback", "ask_person", "ask_who_plays"])
def test_a_cast_superlative_asked_alone_is_the_cast(store, intent):
    assert reading(store, "which actress is the eldest", intent).intent == "ask_cast"


def test_a_superlative_of_another_work_stays_refused(store):
    assert reading(store, "who is the youngest actor in Titanic", "out_of_scope").intent in (None, "out_of_scope")


# 5. A group named in one person's description names that person.
def test_a_member_of_a_group_is_that_person(store):
    members = [(p, people_reading.group_of(store, p)) for p in store.people]
    members = [(p, group) for p, group in members if group]
    if not members:
        pytest.skip("no description names a group")
    person, group = members[0]
    text = f"what character did the {' and '.join(group)} member play"
    result = reading(store, text, "ask_cast")
    assert tags(result).get("person") == store.people[person].name


def test_a_relation_nobody_anchors_names_each_relative(store, domain):
    from actions.people import ActionWhoPlays

    objects: dict[str, set[str]] = {}
    for relation in store.relations:
        objects.setdefault(relation.relation, set()).add(relation.object)
    key = next((k for k, found in objects.items() if 1 < len(found) <= 3 and k in ("mother", "father")), None)
    if key is None:
        pytest.skip("no parent relation held for several characters")
    text = f"who played the {key}"
    said, _, _ = run(ActionWhoPlays(), domain, text, [span(text, key, "relation")], intent="ask_who_plays")
    assert said == ["utter_who_plays"] * len(objects[key])
