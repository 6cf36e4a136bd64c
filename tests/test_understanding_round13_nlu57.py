"""Round 13, nlu57: a question about who made the assistant is the bot answer even when the classifier
guessed a source question ("who programmed you" -> ask_source); a source question points back at what
was said ("that", "it", "info") and keeps its intent. Reader tests are Rasa-free; phrasings are my own."""

from __future__ import annotations

import pytest

from tests.reading_helpers import reading


@pytest.mark.parametrize(
    "text",
    ["who programmed you", "who designed you", "who developed you", "who created u"],
)
def test_who_made_the_assistant_is_the_bot_answer_over_a_source_guess(store, text):
    assert reading(store, text, "ask_source").intent == "bot_challenge"


@pytest.mark.parametrize(
    "text",
    [
        "did you make that up",
        "where did you get that",
        "where did u find it",
        "who told you so",
        "how do you know that",
        "did you invent this info",
    ],
)
def test_a_source_question_about_what_was_said_keeps_its_intent(store, text):
    assert reading(store, text, "ask_source").intent != "bot_challenge"
