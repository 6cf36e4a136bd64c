"""Round 8 of the question reader, nlu30 (issue 10): conversations that hop from the film to its people.

Phrasings here are other than the probes' (tests/nlu/probes_round8_nlu30.yml): the rules must hold
for the structure. Names come from the store. Reader tests are Rasa-free; actions are run on trackers
whose events hold the previous turn, and asserted by response names and slots.
"""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.common import lead_after_cast
from actions.people import ActionCharacter, ActionOtherWork, ActionWhoPlays
from bot.understanding import clauses
from bot.understanding.people_reading import (
    earliest_asked,
    gender_of,
    lead_by_noun,
    lead_of_gender,
    leads,
    name_of_pronoun,
)
from bot.understanding.reading import _Words, relation_keys
from tests.reading_helpers import name, reading, values


def conversation(
    text: str,
    intent: str,
    answered: str,
    *,
    before: list[tuple[str, str]] | None = None,
    entities: list[tuple[str, str]] | None = None,
    slots: dict[str, Any] | None = None,
) -> Tracker:
    """A tracker after one earlier question (its entities `before`) answered by the action `answered`."""
    previous = {"intent": {"name": "ask_cast"}, "entities": [{"entity": e, "value": v} for e, v in before or []]}
    message = {
        "text": text,
        "intent": {"name": intent, "confidence": 0.99},
        "entities": [{"entity": e, "value": v} for e, v in entities or []],
    }
    events = [
        {"event": "action", "name": "action_listen"},
        {"event": "user", "text": "earlier", "parse_data": previous},
        {"event": "action", "name": answered},
        {"event": "action", "name": "action_listen"},
        {"event": "user", "text": text, "parse_data": message},
    ]
    return Tracker("test", dict(slots or {}), message, events, False, None, {}, "action_listen")


def run(action, message_tracker: Tracker, domain) -> tuple[list[str], dict[str, Any]]:
    dispatcher = CollectingDispatcher()
    events = asyncio.run(action.run(dispatcher, message_tracker, domain))
    slots = {e["name"]: e["value"] for e in events if e.get("event") == "slot"}
    return [m.get("response") for m in dispatcher.messages], slots


def lead(store, pronoun: str) -> str:
    character = lead_of_gender(store, pronoun)
    assert character is not None
    return character


def actor(store, character: str) -> str:
    return store.actor_of(character)[0].actor


# 1. "the girl" / "the guy" ending its phrase: the lead of that gender.
@pytest.mark.parametrize(
    ("text", "pronoun"),
    [
        ("who is playing the boy?", "he"),
        ("and the lad then", "he"),
        ("who plays the main gal in the film", "she"),
        ("how old is the heroine", "she"),
        ("who's the dude from the movie?", "he"),
    ],
)
def test_the_girl_or_the_guy_is_the_lead_of_that_gender(store, text, pronoun):
    words = _Words.of(text)
    found = lead_by_noun(words.words, words.spans, store)
    assert found is not None and found["entity"] == "character"
    assert found["value"] == store.characters[lead(store, pronoun)].name


@pytest.mark.parametrize(
    "text",
    [
        "who plays the girl's mother?",
        "who is the guy who paints?",
        "who is the girl at the flower shop",
        "who plays the other girl",
        "is there a girl in it",
    ],
)
def test_a_described_or_owned_girl_is_no_lead(store, text):
    words = _Words.of(text)
    found = lead_by_noun(words.words, words.spans, store)
    # round 12: "the girl at the flower shop" is the one character whose description holds the shop, no lead
    assert found is None or store.resolve(found["value"], ("character",))[0].id not in leads(store)


def test_the_two_leads_have_one_gender_each(store):
    assert {gender_of(store, c) for c in leads(store)} == {"he", "she"}


def test_the_reader_tags_the_lead_asked_by_a_noun(store):
    result = reading(store, "who is playing the boy?", "ask_who_plays")
    assert values(result, "character") == [store.characters[lead(store, "he")].name]


def test_and_the_girl_repeats_the_question_about_her(store):
    result = reading(store, "ok and the gal?", "nlu_fallback")
    assert values(result, "character") == [store.characters[lead(store, "she")].name]
    assert values(result, "attribute") == ["same_question"]


# 2. "his name" / "her name": who plays whom, of whom the pronoun means.
@pytest.mark.parametrize(
    "text",
    ["what was his name again?", "whats her name", "and her name in the film?", "his name please"],
)
def test_a_pronouns_name_is_asked(store, text):
    assert name_of_pronoun(_Words.of(text).words)
    assert reading(store, text, "nlu_fallback").intent == "ask_who_plays"


@pytest.mark.parametrize("text", ["what does her name mean?", "is his name japanese?", "what's the name of it"])
def test_other_questions_about_a_name_are_not_who_plays(store, text):
    assert reading(store, text, "nlu_fallback").intent != "ask_who_plays"


def test_his_name_after_the_heroine_is_the_hero_once_named(store, domain):
    heroine, hero = lead(store, "she"), lead(store, "he")
    slots = {"character": heroine, "person": actor(store, heroine)}
    tracker = conversation("tell me his name", "ask_who_plays", "action_who_plays", slots=slots)
    assert run(ActionWhoPlays(), tracker, domain)[0] == ["utter_ask_who"]  # nobody "he" can be was named
    tracker.events.insert(2, {"event": "bot", "text": f"The leads are {store.people[actor(store, hero)].name} and ..."})
    responses, slots = run(ActionWhoPlays(), tracker, domain)
    assert responses[0] == "utter_who_plays"
    assert slots["character"] == hero


def test_a_pronoun_that_fits_nobody_else_still_asks_who(store, domain):
    side = next(c for c in store.characters if c not in leads(store) and gender_of(store, c) == "she")
    tracker = conversation("tell me his name", "ask_who_plays", "action_who_plays", slots={"character": side})
    responses, _ = run(ActionWhoPlays(), tracker, domain)
    assert responses == ["utter_ask_who"]


# 3. Right after the cast list, with nobody remembered: the lead of the pronoun's gender (the actor).
@pytest.mark.parametrize("pronoun", ["he", "she"])
def test_a_pronoun_after_the_cast_list_is_that_leads_actor(store, domain, pronoun):
    character = lead(store, pronoun)
    tracker = conversation(
        f"and how old was {pronoun} then", "ask_character", "action_cast", entities=[("attribute", "age")]
    )
    responses, slots = run(ActionCharacter(), tracker, domain)
    assert responses == ["utter_dont_know_subject_attribute"]
    assert slots["person"] == actor(store, character)


def test_a_yes_no_claim_after_the_cast_list_is_not_decided_about_a_guessed_lead(store, domain):
    tracker = conversation(
        "did she ever turn down the lead", "ask_person", "action_cast", entities=[("claim", "lead:the lead")]
    )
    assert lead_after_cast(tracker) == []


def test_a_pronoun_after_another_answer_is_not_read_from_the_cast(store, domain):
    tracker = conversation("how old was he then", "ask_character", "action_director", entities=[("attribute", "age")])
    responses, slots = run(ActionCharacter(), tracker, domain)
    assert responses == ["utter_ask_who"]
    assert "person" not in slots


# 4. A story attribute after "who plays <a character>?" is the character's; a personal one the actor's.
def test_the_illness_after_who_plays_is_the_characters(store, domain):
    heroine = lead(store, "she")
    slots = {"character": heroine, "person": actor(store, heroine)}
    tracker = conversation(
        "what illness does she have",
        "ask_character",
        "action_who_plays",
        entities=[("attribute", "illness")],
        slots=slots,
    )
    responses, _ = run(ActionCharacter(), tracker, domain)
    assert "utter_dont_know_subject_attribute" not in responses
    assert responses[0] in ("utter_character_detail", "utter_character")


def test_the_age_after_a_performer_word_is_the_actors(store, domain):
    hero = lead(store, "he")
    slots = {"character": hero, "person": actor(store, hero)}
    asked = conversation(
        "how old is he", "ask_character", "action_character", before=[("character", "leading actor")],
        entities=[("attribute", "age")], slots=slots,
    )  # fmt: skip
    # round 16: the actor's age is not known; the birth date held follows
    born = store.people[actor(store, hero)].born
    aged = born is not None and born.known
    assert run(ActionCharacter(), asked, domain)[0] == [
        "utter_dont_know_subject_attribute",
        *(["utter_person_born"] if aged else []),
    ]
    described = conversation(
        "how old is he", "ask_character", "action_character", before=[("character", store.characters[hero].name)],
        entities=[("attribute", "age")], slots=slots,
    )  # fmt: skip
    assert run(ActionCharacter(), described, domain)[0] != ["utter_dont_know_subject_attribute"]


# 5. Several relatives of one kind: each of them; then "he"/"she" is the one of that gender.
def several(store) -> tuple[str, str, list]:
    for character in store.characters:
        for key in ("friend", "parents", "sibling", "child"):
            found = store.related(character, relation_keys(key))
            if len(found) > 1 and len({gender_of(store, r.object) for r in found}) == len(found):
                return character, key, found
    raise AssertionError("the store lists no one with two relatives of one kind and two genders")


def test_someone_as_the_other_party_asks_who(store):
    character, key, _ = several(store)
    text = f"is {store.characters[character].name} {key}s with somebody?"
    result = reading(store, text, "ask_character", [name(text, store.characters[character].name, "character")])
    assert not any(v.startswith("describes:") for v in values(result, "claim"))


def test_several_relatives_are_each_told(store, domain):
    character, key, found = several(store)
    tracker = conversation(
        "who are they", "ask_character", "action_cast",
        entities=[("character", store.characters[character].name), ("relation", key)],
    )  # fmt: skip
    responses, slots = run(ActionCharacter(), tracker, domain)
    told = [r for r in responses if not r.startswith("utter_hedge")]  # the caution a medium source adds
    assert told == ["utter_relation_between"] * len(found)
    assert slots["character"] == character


@pytest.mark.parametrize("pronoun", ["he", "she"])
def test_a_pronoun_after_listed_relatives_is_the_one_of_that_gender(store, domain, pronoun):
    character, key, found = several(store)
    wanted = [r.object for r in found if gender_of(store, r.object) == pronoun]
    word = "him" if pronoun == "he" else "her"
    tracker = conversation(
        f"who plays {word}?", "ask_who_plays", "action_character",
        before=[("character", store.characters[character].name), ("relation", key)], slots={"character": character},
    )  # fmt: skip
    responses, slots = run(ActionWhoPlays(), tracker, domain)
    if len(wanted) != 1:
        pytest.skip("no single relative of that gender")
    assert responses[0] == "utter_who_plays"
    assert slots["character"] == wanted[0]


# 6. "do you know <wh-question>?" asks the wh-question, not about the assistant.
@pytest.mark.parametrize(
    "text",
    ["do you know when the book was published?", "do you know who wrote the music", "do you know how long it is"],
)
def test_do_you_know_before_a_wh_word_wraps_the_question(store, text):
    assert clauses.wrapped_question(_Words.of(text).words)
    assert reading(store, text, "help").intent not in (None, "help")


@pytest.mark.parametrize("text", ["do you know anything", "do you know me?", "do you know"])
def test_do_you_know_alone_is_no_wrapper(text):
    assert not clauses.wrapped_question(_Words.of(text).words)


# 7. "Which one came out first?" after someone's works: the earliest dated one of them.
@pytest.mark.parametrize("text", ["which came out first", "which of those is the oldest?", "what one was the earliest"])
def test_the_earliest_of_the_works_is_asked(store, text):
    assert earliest_asked(_Words.of(text).words)
    assert reading(store, text, "nlu_fallback").intent == "ask_other_work"


@pytest.mark.parametrize(
    "text", ["which came out first, the book or the film?", "who was first cast?", "which actor was cast first"]
)
def test_other_first_questions_are_not_the_earliest_work(text):
    assert not earliest_asked(_Words.of(text).words)


def test_the_earliest_work_is_the_lowest_year(store, domain):
    person = next(p for p in store.people.values() if len([w for w in p.known_for if w.year]) > 1)
    tracker = conversation("which of them came out first?", "ask_other_work", "action_other_work")
    tracker.slots["person"] = person.id
    responses, slots = run(ActionOtherWork(), tracker, domain)
    assert responses == ["utter_earliest_work"]
    assert slots["person"] == person.id


# 8. Work to come is not held: "I don't know", never the works a person is known for.
@pytest.mark.parametrize(
    "text", ["does she have other films coming out?", "what else will he be in", "any other dramas in the future?"]
)
def test_work_to_come_is_not_the_known_works(store, text):
    result = reading(store, text, "ask_other_work")
    assert result.intent == "ask_fact"
    assert values(result, "attribute") == ["career"]


def test_the_known_works_are_still_read(store):
    assert reading(store, "what other films has she been in?", "ask_other_work").intent in (None, "ask_other_work")
