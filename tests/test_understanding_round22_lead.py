"""Round 22, the lead's fixes (issue 10). Phrasings are the lead's own; names come from the store."""

from __future__ import annotations

import pytest

from bot.understanding.reading import OUT_OF_SCOPE
from tests.reading_helpers import reading


@pytest.mark.parametrize(
    ("text", "intent"),
    [("what is the movie like?", "nlu_fallback"), ("what's the film like?", "ask_genre")],
)
def test_what_the_film_is_like_is_never_a_film_titled_like(store, text, intent):
    """ "What is the movie like?" was refused as a question about a film titled "like": the stranded preposition
    of a description asked is no title."""
    assert reading(store, text, intent).intent != OUT_OF_SCOPE


def test_a_title_that_begins_with_like_is_still_another_film(store):
    assert reading(store, "how long is the movie like crazy?", "ask_runtime").intent == OUT_OF_SCOPE


@pytest.mark.parametrize(
    ("text", "intent"),
    [("when was the movie made?", "nlu_fallback"), ("what is the film's content rating?", "ask_rating")],
)
def test_a_participle_or_a_possessive_after_the_movie_is_no_title(store, text, intent):
    """ "when was the movie made?" and "the film's content rating" were refused as questions about films titled
    "made" and "content": a participle ending a passive question is its verb, what follows "the film's" is its own."""
    assert reading(store, text, intent).intent != OUT_OF_SCOPE


def test_a_title_that_ends_in_en_after_was_the_movie_is_still_another_film(store):
    assert reading(store, "when was the movie frozen released?", "ask_release_date").intent == OUT_OF_SCOPE


@pytest.mark.parametrize("setting", ["no_spoilers", "spoilers_ok"])
def test_a_wh_question_is_never_a_spoiler_setting(store, setting):
    """ "who sang <the song> at the end?" got "Got it: no spoilers": a setting gives no thing of the kind a wh-word
    asks, so the question is read for what it asks (the song's singer) or answered with an honest "I don't know"."""
    assert reading(store, "who sang the song at the end?", setting).intent == "ask_crew"
    unnamed = reading(store, "who sang it at the very end of the film?", setting)
    assert unnamed.intent in ("ask_crew", "ask_fact")


@pytest.mark.parametrize(
    ("text", "setting"), [("no spoilers please", "no_spoilers"), ("spoilers are fine", "spoilers_ok")]
)
def test_a_spoiler_setting_said_alone_stays_a_setting(store, text, setting):
    assert reading(store, text, setting).intent in (None, setting)


def test_who_asks_the_voice_of_a_character_whatever_the_classifier_guessed(store):
    """ "who does the voice of <a character> on <the title>" got the ending's spoiler check (the classifier alone,
    0.79): in a live-action film the voice is the actor's, and "who" asks a person."""
    name = next(iter(store.characters.values())).name.split()[0].lower()
    text = f"who does the voice of {name} on the film"
    start = text.index(name)
    character = {"entity": "character", "value": name, "start": start, "end": start + len(name)}
    assert reading(store, text, "ask_ending", [character]).intent == "ask_who_plays"


@pytest.mark.parametrize(
    ("text", "intent"),
    [("is this an AI", "bot_challenge"), ("is that from netflix or some random website?", "ask_source")],
)
def test_a_yes_no_asked_of_the_assistant_keeps_its_answer(store, text, intent):
    """`make eval` showed two held-out questions left open ("I don't know whether this is an AI"): a yes/no the
    classifier gave to the assistant's answers about itself or its sources is theirs to answer."""
    result = reading(store, text, intent)
    assert result.intent in (None, intent)
    assert not any(str(e["value"]).startswith("polar_open") for e in result.entities)


@pytest.mark.parametrize("text", ["V\u00a8i\U000553fa", "it was long. i", "nice. i want"])
def test_a_one_word_first_person_clause_is_read_without_an_error(store, text):
    """The socket.io fuzz test found "<letters> i <symbols>" crashing the statements reader: a clause of one or two
    words has fewer neighbours than the reader's three-word window expected."""
    reading(store, text, "nlu_fallback")
