"""A count asked or claimed ("how many novels has <X> released?", "has <X> made 5 feature movies?").

The store lists some of each person's works, never all: a count of them asks a number over everything, which
the list cannot give; its size would be a confident answer to a different question, so such a question is
"I don't know" (bot/understanding/reading.py, `career`). A count of this story's films or books is read by
the same words ("how many <the title> movies are there?"). Awards are left to the notes that name them: the
team's sets take "how many awards has <X> won?" to list the awards the store notes. Rasa-free.
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


# Words right before a number that ask for that many ("what are three …", "name 3 …", "give me five …").
SELECTION_OPENERS = frozenset({"are", "were", "name", "list", "me", "recommend", "suggest"})


def count_asked(words: Sequence[str]) -> bool:
    """Whether the words ask or claim a count: "how many <X>", "the number of <X>", "more than eight times"."""
    pairs = set(zip(words, words[1:], strict=False))
    if pairs & set(COUNT_PHRASES):
        return True
    # "the top 10 movies": a chart's size, no count of anyone's works
    # "what are three movies with <a>?", "name 3 films": as many as asked for, no count of them
    numbered = [
        i for i, w in enumerate(words) if NUMBER.match(w) and not set(words[i - 1 : i]) & {"top", *SELECTION_OPENERS}
    ]
    return any(COUNTED_NOUNS & set(words[i + 1 : i + 1 + NUMBER_REACH]) for i in numbered)
