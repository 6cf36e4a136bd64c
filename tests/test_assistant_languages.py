"""'Do you speak Japanese?' asks which languages the assistant answers in (its bot_challenge answer says so),
not the film's language; 'does it speak Japanese?' and 'do they speak Japanese in it?' still ask the film's."""

from __future__ import annotations

import pytest

from tests.reading_helpers import reading


@pytest.mark.parametrize(
    "text",
    [
        "do you speak japanese",
        "can you understand english?",
        "do u speak other languages",
        "can you reply in japanese?",
    ],
)
def test_the_assistants_languages(store, text):
    assert reading(store, text, "ask_language").intent == "bot_challenge"


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("does it speak japanese", "ask_language"),
        ("do they speak japanese in it", "ask_language"),
        ("do you understand the ending?", "ask_ending"),
        ("do you know the director", "ask_director"),
    ],
)
def test_the_films_language_and_other_questions_stay(store, text, intent):
    assert reading(store, text, intent).intent != "bot_challenge"


def test_the_answer_names_the_languages(domain):
    english, japanese = (variant["text"] for variant in domain["responses"]["utter_iamabot"])
    assert "Japanese" in english and "日本語" in japanese
