"""A spoiler setting is composed from its clause (bot/understanding/spoiler_setting.py), whatever the
classifier guessed from its bag of words: a wrong guess either spoils the film for someone who asked
not to be, or withholds what was asked for.
"""

from __future__ import annotations

import pytest

from bot.understanding.lexicon import default_lexicon, token_spans, tokens
from bot.understanding.spoiler_setting import read_setting
from tests.reading_helpers import reading


def setting(text: str) -> str | None:
    lexicon = default_lexicon()
    words = tokens(text)
    spans = token_spans(text)
    gaps = ["", *(text[spans[i - 1][1] : spans[i][0]] for i in range(1, len(spans)))]
    found = read_setting(words, gaps, lexicon.spoiler_words, lexicon.spoiler_turning_words, lexicon.yes_no_openers)
    return None if found is None else found.key


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("spoilers welcome", "yes"),
        ("go on, spoil the whole thing", "yes"),
        ("i really want to be spoiled", "yes"),
        ("could you spoil it for me", "yes"),
        ("spoilers aren't a problem", "yes"),  # turned twice
        ("i'm not scared of spoilers", "yes"),
        ("there's no need to hide the spoilers", "yes"),
        ("please keep spoilers hidden", "no"),
        ("i'd rather not be spoiled", "no"),
        ("could you not spoil anything", "no"),
        ("do not spoil it", "no"),
        ("spoilers off please", "no"),
        ("i dislike spoilers", "no"),
        ("zero spoilers", "no"),
        ("i haven't watched it, so spare me the spoilers", "no"),  # the clause that says it counts
        ("i have watched it, so go ahead with spoilers", "yes"),
    ],
)
def test_the_setting_is_composed_from_its_clause(text, key):
    assert setting(text) == key


@pytest.mark.parametrize(
    "text",
    [
        "is the trailer full of spoilers?",
        "does the poster spoil anything",
        "what are the biggest spoilers",
        "the review spoiled it for my sister",
        "who directed it",
    ],
)
def test_a_question_about_spoilers_or_a_story_of_spoiling_sets_nothing(text):
    assert setting(text) is None


@pytest.mark.parametrize(
    ("text", "guess", "intent"),
    [
        ("keep spoilers hidden please", "spoilers_ok", "no_spoilers"),
        ("please do not hide spoilers", "no_spoilers", "spoilers_ok"),
        ("spoilers never bother me", "ask_character", "spoilers_ok"),
        ("i can't stand spoilers", "out_of_scope", "no_spoilers"),
    ],
)
def test_a_setting_alone_overrides_the_classifier(store, text, guess, intent):
    assert reading(store, text, guess).intent == intent


def test_what_is_not_to_be_spoilt_is_not_asked(store):
    result = reading(store, "don't spoil how it ends", "ask_ending")
    assert result.intent == "no_spoilers"


def test_a_question_before_the_setting_is_still_answered(store):
    result = reading(store, "tell me the plot and hide spoilers", "no_spoilers")
    assert result.intent == "ask_plot"
    assert [e["value"] for e in result.entities if e["entity"] == "spoilers"] == ["no"]


def test_what_is_to_be_spoiler_free_is_still_asked(store):
    result = reading(store, "a spoiler-free synopsis please", "no_spoilers")
    assert result.intent == "ask_plot"
    assert [e["value"] for e in result.entities if e["entity"] == "spoilers"] == ["no"]
