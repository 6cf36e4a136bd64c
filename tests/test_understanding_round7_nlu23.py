"""Round 7b of the question reader, nlu23 (issue 10): typos, text-speak and odd spelling.

Phrasings here are other than the probes' (tests/nlu/probes_round7_nlu23.yml): the rules must hold for
the word class. Reader tests are Rasa-free, with entities as the entity rules would find them.
"""

from __future__ import annotations

import pytest

from bot.scope import Vocabulary, unknown_subject
from bot.understanding.lexicon import default_lexicon, tokens
from bot.understanding.spelling import spellings, standard
from tests.reading_helpers import name, reading, tags


def attributes_in(text: str) -> list[str]:
    return [hit.key for hit in default_lexicon().find(tokens(text), ("attribute",))]


# 1. Standard spellings: text-speak, misspellings seen in real questions and held letters, one word for one word.
@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("wut", "what"),
        ("pls", "please"),
        ("abt", "about"),
        ("genere", "genre"),
        ("plzzz", "please"),
        ("whyyy", "why"),
        ("noooo", "no"),
        ("goood", "good"),
        ("film", "film"),
    ],
)
def test_a_typed_word_is_read_in_its_standard_spelling(typed, meant):
    assert standard(typed) == meant


def test_the_lexicon_and_a_message_spell_alike():
    # "thank u" in vocabulary.yml and "thank you" typed are one phrase
    assert tokens("THANK U") == tokens("thank you")
    assert tokens("bdays") == ["birthdays"]
    assert tokens("wat's") == ["what's"]  # a possessive keeps its 's


def test_no_spelling_stands_for_a_word_the_lexicon_reads_as_itself():
    phrase_words = {word for _, _, phrase in default_lexicon().phrases for word in phrase}
    table = spellings()
    assert not [typed for typed in table if typed in phrase_words and table[typed] != typed]
    # letters and words that are real in a film question are never rewritten
    assert {"r", "ya", "its"}.isdisjoint(table)


# 2. A word of 4-5 letters is an attribute word by a dropped or swapped letter, never a real word.
@pytest.mark.parametrize(
    ("text", "attribute"),
    [
        ("what was the budgt", "budget"),
        ("who was the athor", "writer"),
        ("whats the gnere", "genre"),
        ("is there a sequl", "sequel"),
    ],
)
def test_a_short_attribute_word_with_a_typo_is_that_attribute(text, attribute):
    assert attribute in attributes_in(text)


@pytest.mark.parametrize("text", ["eight of us watched it", "can she sing", "she lies to him", "let's chat"])
def test_a_real_word_near_an_attribute_word_is_not_a_typo(text):
    assert attributes_in(text) == []


# 3. The reader and the other-subject guard see the standard word.
def test_text_speak_for_an_attribute_is_read_as_that_attribute(store):
    text = "whens natsuki deguchi's bday"
    result = reading(store, text, "ask_person", [name(text, "natsuki deguchi", "person")])
    assert tags(result).get("attribute") == "birthday"


@pytest.mark.parametrize("text", ["what's the film's ratng", "tell me the movie's gnere", "whens its bday"])
def test_a_misspelt_attribute_names_no_other_subject(text):
    assert unknown_subject(text, Vocabulary(frozenset({"the", "tell", "me"})), False) is None


def test_an_unknown_title_is_still_another_subject():
    assert unknown_subject("who directed the movie zorblax", Vocabulary(frozenset({"who", "directed"})), False)


def test_a_six_letter_attribute_word_with_one_vowel_for_another_is_that_attribute():
    assert "sequel" in attributes_in("will there be a sequal")
    assert "budget" in attributes_in("how big was the budgat")
    # a real word one vowel away is itself ("loving" is no "living")
    assert attributes_in("everyone is loving it") == []
