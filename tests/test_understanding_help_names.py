"""Questions to the assistant, or about a country, that are or are not about the film (issue 10)."""

from __future__ import annotations

import pytest

from tests.reading_helpers import name, reading, tags


@pytest.mark.parametrize("intent", ["help", "bot_challenge"])
def test_a_help_request_naming_a_person_asks_about_that_person(store, intent):
    person = store.people["natsuki_deguchi"].name
    text = f"could you share some info regarding {person.lower()}"
    result = reading(store, text, intent, [name(text, person, "person")])
    assert result.intent == "ask_person"


def test_a_help_request_naming_a_character_asks_about_that_character(store):
    character = store.characters["akito_hayasaka"].name.split()[0]
    text = f"is there anything you know on {character}?"
    result = reading(store, text, "help", [name(text, character, "character")])
    assert result.intent == "ask_character"


def test_a_help_request_naming_nobody_stays_help(store):
    assert reading(store, "what sorts of things do you know?", "help").intent in (None, "help")


@pytest.mark.parametrize("text", ["so did you ever watch it?", "have you seen the film yourself"])
@pytest.mark.parametrize("intent", ["bot_challenge", "ask_plot", "nlu_fallback"])
def test_asking_whether_the_assistant_has_seen_the_film_gets_what_critics_said(store, text, intent):
    result = reading(store, text, intent)
    assert (result.intent, tags(result).get("topic")) == ("ask_fact", "reviews")


@pytest.mark.parametrize(
    "text",
    [
        "which language do they speak in brazil",
        "what is the main language of france?",
        "languages spoken in the united states",
    ],
)
def test_the_language_of_a_country_is_another_topic(store, text):
    assert reading(store, text, "ask_language").intent == "out_of_scope"


@pytest.mark.parametrize("text", ["is it spoken in japanese?", "what language is the film in", "was it made in japan?"])
def test_the_film_s_language_and_country_stay_the_film_s(store, text):
    assert reading(store, text, "ask_language").intent != "out_of_scope"


@pytest.mark.parametrize(
    "text",
    ["is this the one adapted from the book of the same name?", "so that is the one from the manga of the same title?"],
)
def test_a_work_of_the_same_name_is_this_film_s_source_not_another_work(store, text):
    assert reading(store, text, "ask_novel").intent != "out_of_scope"


def test_an_english_word_before_a_character_s_name_is_not_another_family_name(store):
    from bot.understanding.proper_names import ROMAJI_WORD as ROMAJI

    assert not ROMAJI.fullmatch("between") and not ROMAJI.fullmatch("twenty")
    assert all(ROMAJI.fullmatch(name) for name in ("kurosawa", "hattori", "tsukuda", "ryouko"))
