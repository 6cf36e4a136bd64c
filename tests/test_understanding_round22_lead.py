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
