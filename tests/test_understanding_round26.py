"""Round 26: what people say in the words of a question without asking one, and follow-ups the last answer explains.

Each test names the general rule; phrasings are mine or the opened round-26 check's, names come from the store.
"""

from __future__ import annotations

import pytest

from bot.understanding import polar_form
from bot.understanding.lexicon import default_lexicon
from tests.reading_helpers import reading


def default_openers() -> frozenset[str]:
    return frozenset(default_lexicon().yes_no_openers)


@pytest.mark.parametrize("text", ["have a nice day", "have a great day!", "have fun", "Have a good one."])
def test_a_wish_in_the_words_of_a_yes_no_is_no_question(store, text):
    assert polar_form.polar_question(text, default_openers()) is None
    assert reading(store, text, "goodbye").entities == []


@pytest.mark.parametrize(
    "text", ["have they made a sequel?", "have a lot of people seen it?", "have any critics reviewed it?"]
)
def test_have_with_a_question_mark_still_asks(text):
    assert polar_form.polar_question(text, default_openers()) is not None


def test_a_quantity_of_something_is_the_whole_subject():
    form = polar_form.polar_question("have a lot of people seen it?", default_openers())
    assert form is not None and form.statement == "a lot of people have seen it"
