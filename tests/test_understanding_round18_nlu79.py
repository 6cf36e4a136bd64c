"""Round 18, nlu79 (issue 10): two questions in one message. Phrasings follow the round's grid
(tests/nlu/probes_round18_nlu79.yml); names come from the store."""

from __future__ import annotations

import pytest

from bot.scope import Vocabulary, unknown_subject

# A vocabulary that, like the model's, never saw the joining words "also", "then", "plus".
VOCABULARY = Vocabulary.from_texts(["who wrote the book", "how long is the movie", "who directed the film"])


@pytest.mark.parametrize(
    "text",
    [
        "who wrote the book and also how long is the movie",
        "how long is the movie and also who wrote the book",
        "who wrote the book and then who directed the film",
        "who directed the film plus how long is the movie",
    ],
)
def test_a_subject_named_after_a_slot_ends_with_its_clause(text):
    """ "who wrote the book and also how long ...": the guard read "also" (a word no in-scope question had) as the
    book's name and refused the message; the words of the next clause are no subject."""
    assert unknown_subject(text, VOCABULARY, has_entities=False) is None


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("who directed Barbie and also how long is the movie", "barbie"),
        ("who wrote Dune and then who directed the film", "dune"),
        ("who directed the film Titanic and who wrote the book", "titanic"),
    ],
)
def test_another_work_before_the_join_is_still_caught(text, subject):
    """The clause's own subject is still read: another work named before the join is refused."""
    assert unknown_subject(text, VOCABULARY, has_entities=False) == subject
