"""The film's characters asked as such: listed, or one of them described by what they do (issue 10, round 47).

"Name some female characters from <the film>" and "what are the names of the main characters?" ask for the
characters, listed; the classifier hears "name" and answers the film's title. "What is the name of the character
that delivers newspapers?" and "who is the character who paints?" ask for one character, described by a relative
clause: the character whose description fits it, else "I don't know that" - never the film's title, nor a
character the clause does not describe. Rasa-free; bot/understanding/reading.py calls it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

# The nouns that name the film's people in the story.
PLURAL_CHARACTER_NOUNS = frozenset({"characters", "protagonists"})
# "name some characters", "list the main characters": a request for the list.
LISTING_VERBS = frozenset({"name", "list", "tell", "give", "mention"})
# Words between a listing verb and the noun: determiners, quantities and kinds of character.
LISTING_FILLERS = frozenset(
    """me us some a few several all the of its main major minor supporting female male women men girl boy
    important key central lead other different recurring""".split()
)
# Words that open a relative clause right after the noun.
RELATIVE_OPENERS = frozenset({"that", "who", "which", "whose"})
# "what is the name of <a description>?", "who is <someone>?": the openings of a question of who someone is.
NAME_OF_OPENINGS = (
    ("what", "is", "the", "name", "of"),
    ("what's", "the", "name", "of"),
    ("whats", "the", "name", "of"),
    ("what", "was", "the", "name", "of"),
)
WHO_IS_OPENINGS = (("who", "is"), ("who", "was"), ("who's",), ("whos",))
DESCRIBED_OPENINGS = NAME_OF_OPENINGS + WHO_IS_OPENINGS
# Places the question in the film after the clause or before it ("on <the film>, ..."): film words are dropped
# by the caller; these shape the phrase only.
PLACING = frozenset({"on", "in", "from", "of", "the", "show", "film", "movie", "series"})


@dataclass(frozen=True)
class DescribedCharacter:
    """ "the character that delivers newspapers": the words of the clause that describe them."""

    clause_start: int
    clause_end: int


def characters_listed(words: Sequence[str]) -> bool:
    """ "Name some female characters from <the film>", "list the main characters", "give me the names of the
    characters": a listing verb (or "names of") then, past fillers only, a plural character noun."""
    for i, word in enumerate(words):
        if word in LISTING_VERBS and (i == 0 or words[i - 1] in ("please", "can", "you", "could")):
            at = i + 1
            while at < len(words) and (words[at] in LISTING_FILLERS or words[at] in ("names",)):
                at += 1
            if at < len(words) and words[at] in PLURAL_CHARACTER_NOUNS:
                return True
        if word == "names" and words[i + 1 : i + 2] == ["of"]:
            at = i + 2
            while at < len(words) and words[at] in LISTING_FILLERS:
                at += 1
            if at < len(words) and words[at] in PLURAL_CHARACTER_NOUNS:
                return True
    return False


def character_described(words: Sequence[str]) -> DescribedCharacter | None:
    """ "What is the name of the character that delivers newspapers?", "who is the character who paints?": a
    question of who one character is, whose only description is the relative clause after "the character"."""
    for opening in DESCRIBED_OPENINGS:
        for start in range(len(words) - len(opening)):
            if tuple(words[start : start + len(opening)]) != opening:
                continue
            at = start + len(opening)
            if words[at : at + 2] != ["the", "character"] or at + 2 >= len(words):
                continue
            if words[at + 2] not in RELATIVE_OPENERS:
                return None
            end = len(words)
            while end > at + 3 and words[end - 1] in PLACING:
                end -= 1
            return DescribedCharacter(at + 3, end) if end > at + 3 else None
    return None


def opening_of(words: Sequence[str], openings: tuple[tuple[str, ...], ...]) -> int:
    """How many words of `words` one of `openings` takes at its start, or 0."""
    return next((len(o) for o in openings if tuple(words[: len(o)]) == o), 0)
