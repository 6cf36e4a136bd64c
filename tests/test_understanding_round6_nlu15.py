"""Round 6b of the question reader, nlu15 (issue 10): characters - how two are related, which role
an actor has, relatives the store does not hold.

Phrasings here are other than the probes' (tests/nlu/probes_round6_nlu15.yml): the rules must hold
for the structure. Reader tests are Rasa-free, with entities as the entity rules would find them;
action tests assert response names and slots, with names loaded from the store.
"""

from __future__ import annotations

import asyncio

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions.people import ActionCharacter
from bot.store import FactStore
from bot.understanding.reading import BETWEEN
from tests.conftest import tracker
from tests.reading_helpers import name, reading, tags, values


def first_names(store: FactStore, *ids: str) -> list[str]:
    return [store.characters[i].name.split()[0] for i in ids]


def characters(store: FactStore, text: str, *ids: str) -> list[dict]:
    return [name(text, word, "character") for word in first_names(store, *ids)]


# 1. How two named characters are related: the store's relation, not a love life or a description.
@pytest.mark.parametrize(
    "form",
    [
        "how's the relationship between {a} and {b}",
        "what relation is {a} to {b}?",
        "{a} and {b}, how are they related",
        "is {a} related to {b}",
        "who's {a} to {b} in the film?",
        "what's {a}'s relationship with {b}",
    ],
)
def test_two_characters_and_a_relationship_word_ask_how_they_are_related(store, form):
    a, b = first_names(store, "kazuki_hayasaka", "natsumi_hayasaka")
    text = form.format(a=a, b=b)
    result = reading(store, text, "ask_fact", characters(store, text, "kazuki_hayasaka", "natsumi_hayasaka"))
    assert result.intent == "ask_character"
    assert values(result, "relation") == [BETWEEN]
    assert "attribute" not in tags(result)


@pytest.mark.parametrize(
    "form",
    [
        "is {a} in a relationship?",
        "who is {a}'s {rel}?",
        "who plays {a} and {b}?",
        "who is {a} and who is {b}?",
        "when does {a} and {b}'s relationship end?",
    ],
)
def test_no_pair_or_no_relationship_word_is_no_question_between_two(store, form):
    a, b = first_names(store, "kazuki_hayasaka", "natsumi_hayasaka")
    text = form.format(a=a, b=b, rel="dad")
    named = [name(text, word, "character") for word in (a, b) if word in text]
    result = reading(store, text, "ask_character", named)
    assert BETWEEN not in values(result, "relation")


def answer_between(store, domain, text: str, ids: tuple[str, str]):
    message = tracker(text=text, intent="ask_character")
    message.latest_message["entities"] = [
        *characters(store, text, *ids),
        {"entity": "relation", "value": BETWEEN, "start": 0, "end": len(text)},
    ]
    dispatcher = CollectingDispatcher()
    events = asyncio.run(ActionCharacter().run(dispatcher, message, domain))
    return dispatcher.messages, {e["name"]: e["value"] for e in events if e.get("event") == "slot"}


@pytest.mark.parametrize(
    ("ids", "relative"),
    [
        (("kazuki_hayasaka", "akito_hayasaka"), "kazuki_hayasaka"),  # "between <the father> and <the son>": the father
        (("akito_hayasaka", "kazuki_hayasaka"), "akito_hayasaka"),  # the other way round: the son
        (("ayaka_miura", "haruna_sakurai"), "ayaka_miura"),
    ],
)
def test_the_relation_between_two_characters_is_the_stores(store, domain, ids, relative):
    a, b = first_names(store, *ids)
    messages, slots = answer_between(store, domain, f"what's the relationship between {a} and {b}?", ids)
    said = next(m for m in messages if m.get("response") == "utter_relation_between")
    held = {(r.subject, r.object): r.relation for r in store.relations}
    other = ids[1] if ids[0] == relative else ids[0]
    assert said["relative_name"] == store.characters[relative].name
    assert said["relation"] == held[(other, relative)].replace("_", " ")
    assert slots["character"] == relative


def test_two_characters_the_store_does_not_relate_get_i_dont_know_naming_both(store, domain):
    ids = ("mikiko", "natsumi_hayasaka")
    held = {(r.subject, r.object) for r in store.relations}
    assert (ids[0], ids[1]) not in held and (ids[1], ids[0]) not in held
    a, b = first_names(store, *ids)
    messages, _ = answer_between(store, domain, f"how are {a} and {b} related", ids)
    said = [m.get("response") for m in messages]
    assert "utter_dont_know_relation_between" in said
    assert "utter_character" not in said


# 2. Which character an actor plays: the form (a play verb with a wh-object), not other work.
def actor_of(store: FactStore, character_id: str) -> str:
    return store.people[store.actor_of(character_id)[0].actor].name


@pytest.mark.parametrize(
    "form",
    [
        "{p} portrays what role in the film?",
        "which character did {p} portray",
        "what role did {p} have in it",
        "{p} plays who in the movie?",
        "{p} played the part of what",
        "what's the name of the girl played by {p}?",
    ],
)
def test_a_play_verb_with_a_wh_object_asks_the_actors_role_here(store, form):
    actor = actor_of(store, "natsumi_hayasaka")
    text = form.format(p=actor.lower())
    result = reading(store, text, "ask_other_work", [name(text, actor, "person")])
    assert result.intent == "ask_person"


@pytest.mark.parametrize(
    "form",
    [
        "what other roles has {p} played?",
        "what movies did {p} play in",
        "which character did {p} play in the makanai",
        "who played with {p}",
    ],
)
def test_other_work_and_other_titles_are_not_the_role_here(store, form):
    actor = actor_of(store, "natsumi_hayasaka")
    text = form.format(p=actor.lower())
    result = reading(store, text, "ask_other_work", [name(text, actor, "person")])
    assert result.intent != "ask_person" or "the character an actor plays in this film" not in result.why


# 3. Relatives the store never holds: "I don't know <a character>'s <relative>", never the description.
@pytest.mark.parametrize("relative", ["grandma", "uncle", "aunt", "cousin", "stepdad"])
def test_a_relative_the_store_does_not_hold_is_an_unheld_attribute(store, relative):
    first = first_names(store, "ayaka_miura")[0]
    text = f"who is {first}'s {relative}?"
    result = reading(store, text, "ask_character", characters(store, text, "ayaka_miura"))
    assert tags(result).get("attribute") == "relatives"


@pytest.mark.parametrize("words", ["birth mother", "biological father", "real mother"])
def test_a_birth_parent_is_the_parent(store, words):
    first = first_names(store, "natsumi_hayasaka")[0]
    text = f"who's {first}'s {words}"
    result = reading(store, text, "ask_character", characters(store, text, "natsumi_hayasaka"))
    assert values(result, "relation") == [words.split()[1]]


def test_in_love_with_after_a_character_and_a_verb_is_the_love_interest(store):
    first = first_names(store, "haruna_sakurai")[0]
    text = f"{first} fell in love with which character?"
    result = reading(store, text, "ask_fact", characters(store, text, "haruna_sakurai"))
    assert values(result, "relation") == ["love_interest"]
