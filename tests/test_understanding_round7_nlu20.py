"""Round 7 of the question reader, nlu20 (issue 10): the film's people as persons.

Phrasings here are other than the probes' (tests/nlu/probes_round7_nlu20.yml): the rules must hold
for the structure. Reader tests are Rasa-free, with entities as the entity rules would find them;
action tests assert response names and slots. People are taken from the store by what it holds.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from actions.people import ActionCharacter
from actions.topics import ActionFact
from tests.reading_helpers import name, reading, run, span, tags


def person_whose(store, test) -> Any:
    """A person of the store for whom `test(person)` holds (skips when none does)."""
    found = next((p for p in store.people.values() if test(p)), None)
    if found is None:
        pytest.skip("no such person in the store")
    return found


def notes(person) -> list[str]:
    return [part.strip().lower() for work in person.known_for for part in (work.detail or "").split(";")]


# 1. A list of works asked of a pronoun (the conversation's person) or with a modifier before the noun.
@pytest.mark.parametrize(
    "text",
    [
        "which films was he in",
        "what dramas has she starred in",
        "which tv series was she on",
        "what songs did he write",
    ],
)
def test_works_asked_of_a_pronoun_are_that_persons_other_work(store, text):
    assert reading(store, text, "nlu_fallback").intent == "ask_other_work"


def test_works_asked_with_a_modifier_before_the_noun(store):
    who = person_whose(store, lambda p: p.known_for).name
    text = f"which television shows has {who} been on"
    assert reading(store, text, "ask_person", [name(text, who, "person")]).intent == "ask_other_work"


@pytest.mark.parametrize("text", ["what movies are they showing", "which movie is it", "what film is the title from"])
def test_no_persons_works_without_a_person_or_their_pronoun(store, text):
    assert reading(store, text, "nlu_fallback").intent != "ask_other_work"


# 2. A debut (first film, starting to act) is its own question: of a person, or of a crew member by role.
def test_starting_to_act_asks_the_debut_not_the_release_year(store):
    who = person_whose(store, lambda p: p.known_for).name
    text = f"in which year did {who} begin acting"
    result = reading(store, text, "ask_release_date", [name(text, who, "person")])
    assert (result.intent, tags(result)["attribute"]) == ("ask_fact", "debut")


def test_a_crew_members_debut_is_theirs(store):
    result = reading(store, "when did the composer debut", "ask_crew", [])
    assert tags(result)["attribute"] == "debut"
    assert tags(result)["person"] == store.people[store.crew["music"].people[0]].name


def test_a_debut_is_answered_from_the_note_of_a_work(store, domain):
    person = person_whose(store, lambda p: any("debut" in n for n in notes(p)))
    text = f"what was the first film of {person.name}"
    said, messages, slots = run(
        ActionFact(),
        domain,
        text,
        [span(text, person.name, "person"), span(text, "first film", "attribute", "debut")],
        {},
    )
    assert said == ["utter_person_work_note"] and slots["person"] == person.id
    assert "debut" in messages[0]["note"]


def test_a_first_lead_answers_a_starring_debut_only(store, domain):
    person = person_whose(
        store,
        lambda p: any(re.search(r"first (\w+ )?lead", n) for n in notes(p)) and not any("debut" in n for n in notes(p)),
    )
    text = f"what was {person.name}'s first starring role"
    entities = [span(text, person.name, "person"), span(text, "first starring role", "attribute", "debut")]
    assert run(ActionFact(), domain, text, entities, {})[0] == ["utter_person_work_note"]
    text = f"when did {person.name} debut"  # a first lead is not a debut
    entities = [span(text, person.name, "person"), span(text, "debut", "attribute", "debut")]
    assert run(ActionFact(), domain, text, entities, {})[0] == ["utter_dont_know_subject_attribute"]


def test_no_debut_note_is_i_dont_know_naming_the_person(store, domain):
    person = person_whose(
        store, lambda p: p.kind == "person" and not any("debut" in n or "first" in n for n in notes(p))
    )
    text = f"what was {person.name}'s first movie"
    entities = [span(text, person.name, "person"), span(text, "first movie", "attribute", "debut")]
    said, messages, _ = run(ActionFact(), domain, text, entities, {})
    assert said == ["utter_dont_know_subject_attribute"] and messages[0]["subject_name"] == person.name


# 3. A head noun asked of a person (band, group, instrument): their description when it says so.
def test_a_group_asked_of_a_member_is_their_description(store, domain):
    person = person_whose(store, lambda p: p.about is not None and "member" in str(p.about.value))
    text = f"which group does {person.name} belong to"
    entities = [span(text, person.name, "person"), span(text, "group", "attribute", "asked")]
    said, _, slots = run(ActionFact(), domain, text, entities, {})
    assert said == ["utter_person_about"] and slots["person"] == person.id


def test_an_instrument_asked_of_a_pronoun_is_the_persons(store, domain):
    person = person_whose(store, lambda p: p.about is not None and "bassist" in str(p.about.value))
    text = "what instruments can he play"
    entities = [span(text, "instruments", "attribute", "asked")]
    assert run(ActionFact(), domain, text, entities, {"person": person.id})[0] == ["utter_person_about"]


def test_a_group_the_description_does_not_give_is_not_known(store, domain):
    person = person_whose(
        store,
        lambda p: p.kind == "person"
        and p.about is not None
        and not re.search(r"member|group|band|vocalist", str(p.about.value)),
    )
    text = f"what band is {person.name} in"
    entities = [span(text, person.name, "person"), span(text, "band", "attribute", "asked")]
    said, messages, _ = run(ActionFact(), domain, text, entities, {})
    assert said[0] == "utter_dont_know_subject_attribute" and messages[0]["subject_name"] == person.name


# 4. Right after "who plays <a character>?" a personal question with a pronoun is about the actor.
WHO_PLAYS = [{"event": "user", "text": "who plays her"}, {"event": "action", "name": "action_who_plays"}]


def test_after_who_plays_a_pronoun_means_the_actor(store, domain):
    credit = next(c for c in store.cast if c.confidence == "high")
    slots = {"character": credit.character, "person": credit.actor}
    entities = [{"entity": "attribute", "value": "age", "start": 0, "end": 7}]
    actor = store.people[credit.actor]
    pronoun = "he" if actor.pronoun == "he" else "she"  # round 16: the pronoun must agree with the actor's
    said, messages, _ = run(ActionCharacter(), domain, f"how old is {pronoun}", entities, slots, events=WHO_PLAYS)
    # round 16: the actor's age is not known; the birth date held follows
    aged = actor.born is not None and actor.born.known
    assert said == ["utter_dont_know_subject_attribute", *(["utter_person_born"] if aged else [])]
    assert messages[0]["subject_name"] == actor.name


def test_thanks_in_between_keep_the_actor(store, domain):
    credit = next(c for c in store.cast if c.confidence == "high")
    slots = {"character": credit.character, "person": credit.actor}
    events = [*WHO_PLAYS, {"event": "user", "text": "thanks"}, {"event": "action", "name": "utter_welcome"}]
    entities = [{"entity": "attribute", "value": "height", "start": 0, "end": 8}]
    said, messages, _ = run(ActionCharacter(), domain, "how tall is he", entities, slots, events=events)
    assert messages[0]["subject_name"] == store.people[credit.actor].name


def test_after_a_character_is_described_the_pronoun_is_the_character(store, domain):
    credit = next(c for c in store.cast if c.confidence == "high")
    slots = {"character": credit.character, "person": credit.actor}
    events = [{"event": "user", "text": "who is she"}, {"event": "action", "name": "action_character"}]
    entities = [{"entity": "attribute", "value": "age", "start": 0, "end": 7}]
    said, messages, _ = run(ActionCharacter(), domain, "how old is she", entities, slots, events=events)
    assert said and messages[0].get("subject_name") != store.people[credit.actor].name
