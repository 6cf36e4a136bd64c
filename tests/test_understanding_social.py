"""Small talk is read from a closed class of formulas (bot/understanding/social.py): a greeting,
thanks or goodbye the classifier never saw is still that, and a mix is left to the classifier."""

from __future__ import annotations

import pytest

from bot.understanding.lexicon import Lexicon, VocabularyError, default_lexicon, tokens
from bot.understanding.social import formula
from tests.reading_helpers import reading


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("heya there", "greet"),
        ("good evening everyone", "greet"),
        ("thanx a lot", "thanks"),
        ("much appreciated, mate", "thanks"),
        ("see you soon!", "goodbye"),
        ("peace out", "goodbye"),
        ("certainly", "affirm"),
        ("of course not", "deny"),
        ("what can i ask you?", "help"),
        ("どうもありがとう", "thanks"),
        ("おやすみなさい", "goodbye"),
        ("こんばんは", "greet"),
    ],
)
def test_a_message_of_one_kind_of_formula_is_that_intent(store, text, intent):
    assert formula(tokens(text), default_lexicon()) == intent
    assert reading(store, text, "nlu_fallback").intent == intent


@pytest.mark.parametrize(
    "text",
    [
        "ok, thanks",  # thanks or a yes: it depends on what was asked
        "yes, bye",
        "hi, who directed it?",
        "no spoilers",
        "thanks for telling me who plays her",
    ],
)
def test_a_mix_or_anything_else_is_left_to_the_classifier(text):
    assert formula(tokens(text), default_lexicon()) is None


def test_a_formula_needs_a_social_intent(tmp_path):
    vocabulary = tmp_path / "vocabulary.yml"
    vocabulary.write_text(
        "yes_no_openers: [is]\nyes_no_tags: [right]\nfilm_words: [it]\nother_topics: [weather]\n"
        "social:\n  ask_director: [who made it]\n",
        encoding="utf-8",
    )
    with pytest.raises(VocabularyError, match="social"):
        Lexicon.load(vocabulary)
