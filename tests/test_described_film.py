"""A film named by a description of its story: this film when the description is its story (its illness,
time left, or mostly words the store uses of it), another film when it is mostly not; a description that
says nothing of which story ("the movie about a boy") decides nothing."""

from __future__ import annotations

import pytest

from bot.understanding import clauses
from bot.understanding.everyday import story_words
from bot.understanding.lexicon import default_lexicon, tokens
from tests.reading_helpers import reading


@pytest.mark.parametrize(
    "text",
    ["who directed the movie about a dog who waits for his owner?", "who directed the movie about a sinking ship?"],
)
def test_another_story_is_another_film(store, text):
    assert reading(store, text, "ask_director").intent == "out_of_scope"


@pytest.mark.parametrize(
    ("text", "ours"),
    [
        ("who directed the movie about the painter and the girl", True),
        ("who starred in the film about fireworks and first love?", True),
        ("who directed the movie about a sinking ship", False),
        ("who directed the movie about a boy", None),  # no content word: nothing decided here
    ],
)
def test_the_share_of_the_films_own_words_decides(store, text, ours):
    words = tokens(text)
    other = clauses.another_premise_described(
        words, default_lexicon().find(words, ("attribute",)), [], story_words(store)
    )
    assert other is (ours is False)


def test_the_guard_leaves_a_refusal_of_this_film_described_by_its_premise():
    assert clauses.describes_this_film("who directed the movie about two terminally ill teenagers?", default_lexicon())
    assert not clauses.describes_this_film("who directed the movie about a sinking ship?", default_lexicon())
