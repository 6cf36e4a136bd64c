"""One of someone's works asked by its place in their career: "who directed the third film of <X>'s career?",
"what was <X>'s second movie?", "who directed the second movie <X> was in?".

The ordinal and the work noun read as a sequel of this film ("second movie", "third film"), and the verb as this
film's credit, so the reply would be this film's director or its (absent) sequel: an answer to another question. The
store lists a person's works without their order in a career, so the work asked is one it cannot name. The owner is
a named person:

- a possessive right before the ordinal ("<X>'s third film");
- "of" after the noun ("the third film of <X>", "the second film of <X>'s career");
- a clause right after the noun whose subject is the person ("the second movie <X> was in", "... <X> starred in").

"First" is left to the debut rules, "last" and "latest" to the latest-work rules.

The work that made someone famous ("which song made <X> popular?") is placed in a career the same way: the theme
song or this film would answer another question. Rasa-free.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.understanding.novel_reading import NUMERAL_ORDINAL

LATER_ORDINALS = frozenset("second third fourth fifth sixth seventh eighth ninth tenth".split())
CAREER_WORK_NOUNS = frozenset(
    "film films movie movies drama dramas series show role roles album single song book novel work project".split()
)
# Words between the ordinal and the noun: "the third feature film", "<X>'s second lead role", "her second original
# novel".
NOUN_MODIFIERS = frozenset("feature lead leading starring main major big full length original published studio".split())
# Verbs of the clause that ties a work to its person: "the second movie <X> was in", "... <X> starred in".
CAREER_VERBS = frozenset(
    """was is were has had did starred stars appeared appears acted acts played plays made makes directed directs
    wrote writes worked""".split()
)


def placed_work(words: Sequence[str], people: Sequence[tuple[int, int]]) -> tuple[int, int] | None:
    """The token span of "<ordinal> <work noun>" owned by one of `people` (token spans, end exclusive); else None."""
    for at, word in enumerate(words):
        if word not in LATER_ORDINALS and not NUMERAL_ORDINAL.fullmatch(word):
            continue
        noun = at + 1
        while noun < len(words) and words[noun] in NOUN_MODIFIERS:
            noun += 1
        if noun >= len(words) or words[noun] not in CAREER_WORK_NOUNS:
            continue
        if any(_owns(words, person, at, noun) for person in people):
            return at, noun + 1
    return None


def _owns(words: Sequence[str], person: tuple[int, int], ordinal: int, noun: int) -> bool:
    start, end = person
    possessive = end == ordinal and words[end - 1].endswith(("'s", "s'"))
    after = noun + 1
    if after < len(words) and words[after] == "of":
        after += 2 if words[after + 1 : after + 2] == ["the"] else 1
        return possessive or start == after
    clause = start == noun + 1 and words[end : end + 1] and words[end] in CAREER_VERBS
    return possessive or bool(clause)


# "which song made <X> popular?", "what role made <X> a star?": the work that brought fame, a place in a career.
FAME_ASKERS = frozenset({"which", "what", "whats", "what's"})
MAKING = frozenset({"made", "make", "makes", "turned"})
FAME_WORDS = frozenset({"famous", "popular", "known", "star", "household", "celebrity", "big"})
FAME_REACH = 3  # "made <X> a household name": the word of fame within so many words after the name


def fame_work(words: Sequence[str], people: Sequence[tuple[int, int]]) -> tuple[int, int] | None:
    """The token span of the work noun ("which <song>") whose verb made one of `people` famous; else None."""
    if len(words) < 2 or words[0] not in FAME_ASKERS or words[1] not in CAREER_WORK_NOUNS:
        return None
    for start, end in people:  # "which song | made | <X> | popular"
        if start == 3 and words[2] in MAKING and FAME_WORDS & set(words[end : end + FAME_REACH]):
            return (1, 2)  # the work noun: "I don't know <X>'s song"
    return None
