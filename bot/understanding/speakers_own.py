"""The speaker's own people: "my daughter", "my 13yo son", "our kids", "my girlfriend".

They belong to the person typing, not to the film: "my mom" is no character's mother and "my
girlfriend" is no actor's love life. Named as who would watch ("can my son watch it?", "is it ok
for my 10 year old daughter to watch?"), a child asks whether the film suits them: the maturity
rating, not where to stream it.
"""

from __future__ import annotations

import re

from bot.understanding.lexicon import Hit

OWNERS = frozenset({"my", "our"})
# Words between the owner and the person: "my 13yo daughter", "my 10 year old son", "my little brother".
AGE_WORDS = frozenset({"year", "years", "yr", "yrs", "old", "little", "younger", "young", "teenage", "baby", "two"})
AGE_NUMBER = re.compile(r"^\d+(?:yo|yr|yrs|y/o|-year-old)?$")
# The hits a person of the speaker's may read as: a relative, a partner, a family word.
PERSON_KEYS = frozenset({"family", "dating", "relatives"})
CHILDREN = frozenset(
    """son sons daughter daughters kid kids child children niece nephew grandson granddaughter grandkids
    grandchildren toddler teen teenager teenagers students""".split()
)
YOUNG = frozenset({"little", "younger", "baby"})  # "my little sister" is a child, "my sister" may not be
SIBLINGS = frozenset({"sister", "brother", "sis", "bro"})
WATCH_WORDS = frozenset({"watch", "see", "show", "watching", "seeing", "ok", "okay", "suitable", "appropriate"})
RATING = "rating"


def _owner_before(words: list[str], start: int) -> int | None:
    """The position of "my"/"our" owning the word at `start`, past any age words; else None."""
    at = start - 1
    while at >= 0 and (words[at] in AGE_WORDS or AGE_NUMBER.match(words[at])):
        at -= 1
    return at if at >= 0 and words[at] in OWNERS else None


def _owned(words: list[str], hit: Hit) -> bool:
    person = (hit.kind == "relation" and hit.key != "character") or (hit.kind == "attribute" and hit.key in PERSON_KEYS)
    return person and _owner_before(words, hit.start) is not None


def _children(words: list[str]) -> list[tuple[int, int]]:
    """Spans naming a child of the speaker's: "my son", "our kids", "my 10 year old (daughter)"."""
    spans = []
    for at, word in enumerate(words):
        if word not in OWNERS:
            continue
        end, aged = at + 1, False
        while end < len(words) and (words[end] in AGE_WORDS or AGE_NUMBER.match(words[end])):
            aged = aged or bool(AGE_NUMBER.match(words[end])) or words[end] in YOUNG
            end += 1
        if end < len(words) and (words[end] in CHILDREN or aged and words[end] in SIBLINGS):
            spans.append((at, end + 1))
        elif aged and end > at + 1 and AGE_NUMBER.match(words[at + 1]):  # "ok for my 10 year old?": a child
            spans.append((at, end))
    return spans


def speakers_people(words: list[str], hits: list[Hit]) -> list[Hit]:
    """The hits without the speaker's own people; a child of theirs who would watch asks for the rating."""
    rest = [h for h in hits if not _owned(words, h)]
    children = _children(words)
    if not children or not WATCH_WORDS & set(words) or "where" in words:  # "where can my kids watch it?"
        return rest
    rest = [h for h in rest if h.key != "platform"]  # "can my son watch it?": whether, not where
    if not any(h.key == RATING for h in rest):
        start, end = children[0]
        rest.append(Hit("attribute", RATING, " ".join(words[start:end]), start, end))
    return sorted(rest, key=lambda h: h.start)
