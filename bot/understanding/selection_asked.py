"""A count or a place in order asked of what the store lists only a selection of.

The store lists some of each person's works and the notes on them ("won Newcomer of the Year ... for <a work>"),
never all: "how many awards has <X> won?", "how many movies has <X> made?", "when did <X> win his first
award?", "has <X> made 5 movies?" asks a number or an order over everything, which the selection cannot give.
Its size, or its earliest entry, would be a confident answer to a different question: such a question is "I
don't know", unless the store names the place itself (a debut said in a note is the first work; answered by
the debut reader, not here). Rasa-free.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# "how many", "how often", "the number of": a count asked.
COUNT_PHRASES = (("how", "many"), ("how", "often"), ("number", "of"))
# A number of times or works said in a yes/no ("more than eight times", "made 5 movies"): a count claimed.
NUMBER = re.compile(r"^(?:\d+|two|three|four|five|six|seven|eight|nine|ten|dozen|several)$")
COUNTED_NOUNS = frozenset(
    """times awards award prizes prize oscars oscar nominations movies films dramas shows books novels works
    roles albums songs installments instalments parts sequels""".split()
)
# How far after the number its noun may stand ("5 non-documentary feature movies").
NUMBER_REACH = 4
# Words that pick one entry by its place in time or order ("his first award", "her latest movie").
PLACE_WORDS = frozenset(
    """first second third fourth fifth sixth last latest earliest newest oldest youngest most least
    recent""".split()
)


def count_asked(words: Sequence[str]) -> bool:
    """Whether the words ask or claim a count: "how many <X>", "the number of <X>", "more than eight times"."""
    pairs = set(zip(words, words[1:], strict=False))
    if pairs & set(COUNT_PHRASES):
        return True
    # "the top 10 movies": a chart's size, no count of anyone's works
    numbered = [i for i, w in enumerate(words) if NUMBER.match(w) and words[i - 1 : i] != ["top"]]
    return any(COUNTED_NOUNS & set(words[i + 1 : i + 1 + NUMBER_REACH]) for i in numbered)


def place_asked(words: Sequence[str]) -> bool:
    """Whether the words pick an entry by its place: "first", "second", "latest", "the most"."""
    return bool(PLACE_WORDS & set(words))


def over_a_selection(words: Sequence[str]) -> bool:
    """Whether the question counts or orders what the store lists only some of (see the module's note)."""
    return count_asked(words) or place_asked(words)
