"""Who said a quoted phrase: "who rated <an actor>'s acting as "<words>"?", "who called it "<words>"?" (round 43).

The reviews answer what critics said; a question after the author of a quote the store's reviews do not hold is
not answered by them: "I don't know that ("<the quote>")", never the reviews as if one of them said it.

Rasa-free; actions/topics.py asks it before the reviews are given.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from bot.understanding.lexicon import tokens

QUOTE = re.compile(
    r"[\"\u201c\u201d\u300c\u300e]([^\"\u201c\u201d\u300c\u300d\u300e\u300f]+)[\"\u201c\u201d\u300d\u300f]"
)
WHO_WORDS = frozenset({"who", "whom", "who's", "whos", "which"})
QUOTE_MIN_WORDS = 2  # a single quoted word is more often a title or a scare quote than a saying
# Verbs of judging in words: "who called it "<words>"?", "who described <an actor>'s acting as "<words>"?".
SAYING_VERBS = frozenset(
    """said say says called call calls described describe describes rated rate rates praised praise""".split()
)


def who_said_a_quote(text: str) -> tuple[int, int] | None:
    """ "Who called it "<words>"?": a who-question with a verb of saying and a quote of words asks who said them
    (the reviews hold what critics said); the quote's character span, else None."""
    words = tokens(text)
    if not WHO_WORDS & set(words[:2]) or not SAYING_VERBS & set(words):
        return None
    return _first_saying(text)


# Auxiliaries that open a question of whether something was said: "did <a> say "<words>"?".
SAID_AUXILIARIES = frozenset({"did", "does", "do", "has", "have", "had", "didn't", "didnt"})


def whether_said_a_quote(text: str) -> tuple[int, int] | None:
    """ "Did <a character> say "<words>"?": whether those words were said, which the quote's own words ("the
    end", "it happens") do not ask about; the quote's character span, else None."""
    words = tokens(text)
    if not words or words[0] not in SAID_AUXILIARIES or not SAYING_VERBS & set(words):
        return None
    return _first_saying(text)


def _first_saying(text: str) -> tuple[int, int] | None:
    """The character span of the first quote of QUOTE_MIN_WORDS words or more, else None."""
    quoted = next((m for m in QUOTE.finditer(text) if len(tokens(m.group(1))) >= QUOTE_MIN_WORDS), None)
    return quoted.span() if quoted is not None else None


def unheld_quote(text: str, held: Iterable[str]) -> str | None:
    """The quote whose author a "who" question asks, when none of the `held` texts holds its words; else None."""
    if not WHO_WORDS & set(tokens(text)):
        return None
    held_words = [" ".join(tokens(said)) for said in held]
    for match in QUOTE.finditer(text):
        quoted = tokens(match.group(1))
        if len(quoted) >= QUOTE_MIN_WORDS and not any(" ".join(quoted) in said for said in held_words):
            return match.group(1).strip()
    return None
