"""Round 6b of the question reader, nlu17 (issue 10): other films in the middle of a conversation,
follow-ups after a refusal, misspelt names of this film's people and close names of other people.

Phrasings here are other than the probes' (tests/nlu/probes_round6_nlu17.yml): the rules must hold for
the structure. Names come from the store; misspellings are made from them by the Birkbeck corpus's
error patterns (a letter added, dropped, doubled or swapped).
"""

from __future__ import annotations

import asyncio
import re

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.film_facts import ActionGenre
from actions.other_subject import follows_other_subject
from actions.people import ActionCast
from bot.scope import OTHER_SUBJECT, Vocabulary, other_person
from bot.understanding.lexicon import default_lexicon
from bot.understanding.proper_names import store_names
from bot.understanding.reading import refused_work
from tests.reading_helpers import name, reading, tags

OTHER_FAMILY_NAME = "kurosawa"  # a family name of no one in the store (checked below)


def lead(store, kind: str) -> tuple[str, str]:
    """The first billed actor's or character's given and family name, lower case."""
    credit = store.cast[0]
    entry = store.people[credit.actor] if kind == "person" else store.characters[credit.character]
    given, family = entry.name.lower().split()
    return given, family


# 1. "<our given name> <another family name>" is someone else; a typo of our own family name is ours.
def vocabulary(store) -> Vocabulary:
    words = "how many films did star in is the director married when was born who what".split()
    return Vocabulary(frozenset(words) | {w for n in store_names(store) for w in n.split()})


def test_our_given_name_with_another_family_name_is_someone_else(store):
    given, _ = lead(store, "person")
    assert OTHER_FAMILY_NAME not in {w for n in store_names(store) for w in n.split()}
    text = f"when was {given} {OTHER_FAMILY_NAME} born"
    found = [name(text, given, "person")]
    assert other_person(text, found, vocabulary(store), store_names(store)) == f"{given} {OTHER_FAMILY_NAME}"


@pytest.mark.parametrize("typo", [lambda f: f[:-1], lambda f: f + f[-1], lambda f: f[0] + f[2] + f[1] + f[3:]])
def test_our_given_name_with_a_typo_of_our_family_name_is_ours(store, typo):
    given, family = lead(store, "person")
    text = f"is {given} {typo(family)} married"
    found = [name(text, given, "person")]
    assert other_person(text, found, vocabulary(store), store_names(store)) is None


def test_a_given_name_before_a_known_word_is_ours(store):
    given, _ = lead(store, "person")
    text = f"how many films did {given} star in"
    assert other_person(text, [name(text, given, "person")], vocabulary(store), store_names(store)) is None


# 2. A misspelt name where a question names its subject is read as the name it is a typo of.
@pytest.mark.parametrize(
    ("template", "typo"),
    [
        ("which actress portrayed {}", lambda g: g + "h"),  # a letter added; then a vowel confused
        ("who played {} in the film", lambda g: re.sub("[aeiou]", lambda m: "e" if m[0] != "e" else "i", g, count=1)),
        ("who is {}", lambda g: g[:2] + g[2] + g[2:]),  # a doubled letter
    ],
)
def test_a_misspelt_character_name_is_read_as_the_character(store, template, typo):
    given, _ = lead(store, "character")
    character = store.characters[store.cast[0].character].name
    result = reading(store, template.format(typo(given)), "ask_who_plays")
    assert tags(result).get("character") == character


def test_a_misspelt_name_before_an_unknown_word_is_someone_else(store):
    given, _ = lead(store, "character")
    result = reading(store, f"who played {given}h {OTHER_FAMILY_NAME}", "ask_who_plays")
    assert "character" not in tags(result) and "person" not in tags(result)


def test_a_word_outside_a_name_slot_is_not_taken_for_a_name(store):
    given, _ = lead(store, "character")
    result = reading(store, f"tell me about {given}h", "ask_plot")
    assert "character" not in tags(result)


# 3. "How about <a Capitalised title>?" with nothing of this film in it is another film.
@pytest.mark.parametrize("text", ["How about Frozen?", "what about Spirited Away", "How about The Irishman movie?"])
def test_a_title_after_what_about_is_another_film(store, text):
    assert reading(store, text, "ask_plot").intent == "out_of_scope"


@pytest.mark.parametrize("text", ["What about Japan?", "How About The Ending?", "what about the ending?"])
def test_what_about_a_place_or_an_attribute_is_not_another_film(store, text):
    assert reading(store, text, "ask_plot").intent != "out_of_scope"


def test_what_about_one_of_our_names_is_not_another_film(store):
    given, _ = lead(store, "character")
    text = f"What about {given.title()}?"
    assert reading(store, text, "ask_plot", [name(text, given, "character")]).intent != "out_of_scope"


# 4. After a refusal about another film, a follow-up naming nothing of this film is refused too.
def user(text: str, other: str | None = None, entities: list[dict] | None = None) -> dict:
    parse = {"text": text, "intent": {"name": "x"}, "entities": entities or []}
    if other:
        parse[OTHER_SUBJECT] = other
    return {"event": "user", "text": text, "parse_data": parse}


REFUSED = {"event": "action", "name": "action_out_of_scope"}
REFUSED_BY_NAME = {"event": "bot", "text": "...", "metadata": {"_".join(("utter", "action")): "utter_out_of_scope"}}
ANSWERED = {"event": "bot", "text": "...", "metadata": {}}


def conversation(*events: dict) -> Tracker:
    latest = events[-1]["parse_data"]
    return Tracker("t", {}, latest, list(events), False, None, {}, "action_listen")


def test_a_follow_up_after_a_refusal_about_another_film_is_about_that_film():
    assert follows_other_subject(conversation(user("who directed <X>?", "x"), REFUSED, user("what genre is it")))


def test_a_chain_of_follow_ups_stays_with_the_other_film():
    events = [user("who directed <X>?", "x"), REFUSED, user("who's in it?"), REFUSED_BY_NAME, user("how long is it")]
    assert follows_other_subject(conversation(*events))


def test_a_follow_up_naming_our_character_is_about_this_film(store):
    character = store.characters[store.cast[0].character].name
    text = f"who plays {character}"
    latest = user(text, entities=[name(text, character, "character")])
    assert not follows_other_subject(conversation(user("who directed <X>?", "x"), REFUSED, latest))


def test_a_follow_up_naming_this_film_is_about_it(store):
    latest = user(f"who directed {store.title}?")
    assert not follows_other_subject(conversation(user("who directed <X>?", "x"), REFUSED, latest))


def test_after_a_refusal_about_an_everyday_topic_the_film_is_the_subject():
    assert not follows_other_subject(conversation(user("what's the weather?"), REFUSED, user("who directed it?")))


def test_an_answer_in_between_ends_the_other_film():
    events = [user("who directed <X>?", "x"), REFUSED, user("and this one?"), ANSWERED, user("who's in it")]
    assert not follows_other_subject(conversation(*events))


def responses(action, message_tracker, domain) -> list[str]:
    dispatcher = CollectingDispatcher()
    asyncio.run(action.run(dispatcher, message_tracker, domain))
    return [m.get("response") for m in dispatcher.messages]


@pytest.mark.parametrize("action", [ActionCast(), ActionGenre()])
def test_the_actions_refuse_a_follow_up_about_another_film(domain, action):
    message_tracker = conversation(user("how about <X>?", "x"), REFUSED, user("ok, and that one?"))
    assert responses(action, message_tracker, domain) == ["utter_out_of_scope"]


# 5. What a question the classifier refused is about: another work or person, or an everyday topic.
@pytest.mark.parametrize(
    ("text", "other"),
    [
        ("I want to rent Dead Poets Society tonight", True),
        ("who starred in the 1990 crime film goodfellas", True),
        ("what's the weather like in Tokyo?", False),
        ("can you book me a table for two?", False),
    ],
)
def test_a_refused_question_about_another_work_is_marked(store, text, other):
    assert bool(refused_work(text, store, default_lexicon())) is other
