"""Round 21, nlu89 (issue 10): follow-ups mean what the conversation says. A repeat ("what was that again?") is the
last answer again, a correction ("I meant <X>") the last question re-asked with <X>, "again" keeps the
conversation's subject, and "it" right after the theme song's answer asks the song what a song has. Names come from
the store; phrasings are real follow-ups (tests/nlu/probes_round21_nlu89.yml)."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.ages import birth_date_beside_age
from actions.common import ASKED_AS, Reply
from actions.follow_on import _last_work_made_for_the_film
from actions.topics import ActionFact
from bot.scope import Vocabulary, unknown_subject
from bot.understanding import conversation_talk, ellipsis
from bot.understanding.ellipsis import SAME_QUESTION
from bot.understanding.lexicon import default_lexicon, tokens
from bot.understanding.reading import _clause_starts, _Words
from tests.reading_helpers import name, reading

# 1. A repeat: nothing but the exchange, asked again ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "I'm sorry, what was that again?",
        "one more time for me please",
        "i want to hear that again",
        "would you repeat what you said earlier",
        "i would like you to repeat it",
        "what was it again?",
    ],
)
def test_a_request_to_hear_the_answer_again_is_a_repeat(text):
    assert conversation_talk.about_the_conversation(tokens(text)) == "repeat"


@pytest.mark.parametrize("text", ["what was the rating again?", "one more film please", "i want to hear the song"])
def test_a_question_with_again_or_more_is_no_repeat(text):
    """ "Again" beside an attribute re-asks that attribute, not the last answer; "more" with no "time" is no repeat."""
    assert conversation_talk.about_the_conversation(tokens(text)) != "repeat"


# 2. "Again" keeps the conversation's subject --------------------------------------------------------------------


def test_again_is_no_other_subject_for_the_guard():
    """ "What is the run time again?" was refused: the guard took "again" after "is the run time" for a name."""
    vocabulary = Vocabulary(frozenset({"what", "is", "the", "run", "time"}))
    assert unknown_subject("What is the run time again?", vocabulary, has_entities=False) is None
    assert unknown_subject("What is the run time of Zorblax?", vocabulary, has_entities=False) == "zorblax"


def test_an_attribute_asked_again_is_this_films_even_after_a_refusal(store):
    assert reading(store, "What is the run time again?", "out_of_scope").intent == "ask_runtime"


# 3. A correction re-asks the last question with what it names ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "start_word"),
    [
        ("sorry I meant to say Haruna", "haruna"),
        ("It was a typo. What I meant was Natsuki Deguchi.", "natsuki"),
        ("Meant the audience rating", "the"),
        ("BTW, I meant to say the composer not the director.", "the"),
    ],
)
def test_a_correction_begins_after_meant(text, start_word):
    words = _Words.of(text)
    start = ellipsis.correction_end(words.words, _clause_starts(words))
    assert start is not None and words.words[start] == start_word


@pytest.mark.parametrize("text", ["what does the title meant", "what it meant to him", "i mean it"])
def test_a_meaning_asked_is_no_correction(text):
    words = tokens(text)
    start = ellipsis.correction_end(words, [0])
    assert start is None or words[start:] == ["it"]


def test_a_corrected_name_asks_the_previous_question_of_it(store):
    text = "sorry I meant to say Haruna"
    result = reading(store, text, "ask_person", [name(text, "Haruna", "character")])
    assert result.intent == "ask_character"
    assert SAME_QUESTION in [e["value"] for e in result.entities if e["entity"] == "attribute"]


def test_a_corrected_attribute_is_that_attribute_of_the_film(store):
    result = reading(store, "I meant the critic ratings?", "ask_rating")
    assert result.intent == "ask_fact"
    assert ("topic", "reviews") in [(e["entity"], e["value"]) for e in result.entities]


def test_what_a_correction_takes_back_is_dropped(store):
    text = "BTW, I meant to say the composer not the director."
    roles = [name(text, "composer", "crew_role", "music"), name(text, "director", "crew_role", "director")]
    result = reading(store, text, "ask_crew", roles)
    assert result.intent == "ask_crew"
    assert [e["value"] for e in result.drop] == ["director"]


def test_critic_ratings_are_the_reviews_not_the_maturity_rating():
    hits = default_lexicon().find(tokens("what are the critic ratings"), ("attribute",))
    assert [h.key for h in hits] == ["reviews"]


def test_and_for_a_name_asks_the_previous_question(store):
    text = "and for Natsuki Deguchi?"
    result = reading(store, text, "ask_other_work", [name(text, "Natsuki Deguchi", "person")])
    assert result.intent == "ask_person"
    assert SAME_QUESTION in [e["value"] for e in result.entities if e["entity"] == "attribute"]


# 4. The age's time is the question's, not the correction's ------------------------------------------------------


def _born_said(domain: dict, message: dict, person: str) -> bool:
    tracker = Tracker("test", {}, message, [{"event": "user", "text": message["text"]}], False, None, {}, "")
    reply = Reply(CollectingDispatcher(), domain, "en")
    birth_date_beside_age(reply, tracker, person)
    return bool(reply.texts)


def test_the_birth_date_beside_an_age_follows_the_question_re_asked(store, domain):
    """ "How old is <a>?" then "it was a typo. what i meant was <b>": the past of "was" is the correction's, the
    age asked is today's, and the birth date held is said beside "I don't know"."""
    person = store.cast[1].actor
    correction = "It was a typo. What I meant was someone."
    assert not _born_said(domain, {"text": correction}, person)
    assert _born_said(domain, {"text": correction, ASKED_AS: "how old is someone?"}, person)


# 5. "It" after the song asks the song what a song has -----------------------------------------------------------


def _after_the_song(domain: dict, text: str, intent: str) -> tuple[list[str], list[dict]]:
    first = {"intent": {"name": "ask_crew"}, "entities": [{"entity": "crew_role", "value": "theme_song"}]}
    message: dict[str, Any] = {"text": text, "intent": {"name": intent, "confidence": 1.0}, "entities": []}
    events = [
        {"event": "user", "text": "who sings the theme song?", "parse_data": first},
        {"event": "action", "name": "action_crew"},
        {"event": "user", "text": text, "parse_data": message},
    ]
    tracker = Tracker("test", {}, message, events, False, None, {}, "action_listen")
    dispatcher = CollectingDispatcher()
    asyncio.run(ActionFact().run(dispatcher, tracker, domain))
    return [m.get("response") for m in dispatcher.messages], message["entities"]


@pytest.mark.parametrize(("text", "asked"), [("What genre is it?", "genre"), ("how long is it?", "runtime")])
def test_what_a_song_has_asked_of_it_is_the_songs(domain, text, asked):
    _, entities = _after_the_song(domain, text, "ask_fact")
    values = {(e["entity"], e["value"]) for e in entities}
    assert ("attribute", asked) in values and ("topic", "theme_song") in values


def test_what_a_song_has_not_asked_of_it_is_the_films(domain):
    _, entities = _after_the_song(domain, "who is in it?", "ask_fact")
    assert ("topic", "theme_song") not in {(e["entity"], e["value"]) for e in entities}


def test_a_song_has_a_genre_not_a_cast():
    song = default_lexicon().owned_things["theme_song"]
    assert {"genre", "runtime", "release_date"} <= song.has
    assert "cast" not in song.has and "director" not in song.has


def test_it_written_for_the_film_after_the_song_asks_the_songs_making():
    """ "Was it written for the film?" after the song's answer: the song's claim, not the screenplay's credit."""
    entities = _song_follow_up_entities("was it written for the film?", "ask_crew")
    assert ("claim", "written_for:theme_song") in entities and ("crew_role", "theme_song") in entities


def _song_follow_up_entities(text: str, intent: str) -> set[tuple[str, str]]:
    first = {"intent": {"name": "ask_crew"}, "entities": [{"entity": "crew_role", "value": "theme_song"}]}
    message: dict[str, Any] = {"text": text, "intent": {"name": intent, "confidence": 1.0}, "entities": []}
    events = [
        {"event": "user", "text": "who sings the theme song?", "parse_data": first},
        {"event": "user", "text": text, "parse_data": message},
    ]
    tracker = Tracker("test", {}, message, events, False, None, {}, "action_listen")
    return {(e["entity"], e["value"]) for e in _last_work_made_for_the_film(tracker) or []}
