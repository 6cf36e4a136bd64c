"""A film credit's role owned by a named person: "who is the producer of <P>?", "the lead singer of <P>".

A crew role names this film's credit only when it is the film's. Followed by "of" and one of the store's people,
it is that person's own (their producer, their band's singer): the store holds no such thing, and this film's
credit would answer a different question. "The director of <P>'s movie" still asks of a film.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.understanding.coverage import Span
from bot.understanding.described_film import FILM_HEADS

# A kind noun set before a name: "of the band <P>", "of the group <P>".
KIND_BEFORE_A_NAME = frozenset(
    {("the", "band"), ("the", "group"), ("the", "singer"), ("the", "actor"), ("the", "actress"), ("the", "duo")}
)
# How far after the person's name a film noun makes the phrase a film's ("of <P>'s latest movie").
FILM_NOUN_REACH = 3


def role_of_a_person(words: Sequence[str], roles: Sequence[Span], people: Sequence[Span]) -> Span | None:
    """The role span of "<role> of <person>", when nothing after the name makes it a film's; else None."""
    for role in roles:
        if role.end >= len(words) or words[role.end] != "of":
            continue
        # "the lead singer of the band <P>": a kind noun may stand between "of" and the name
        kind = role.end + 1 + (tuple(words[role.end + 1 : role.end + 3]) in KIND_BEFORE_A_NAME) * 2
        owner = next((person for person in people if person.start in (role.end + 1, kind)), None)
        if owner is not None and not FILM_HEADS & set(words[owner.end : owner.end + FILM_NOUN_REACH]):
            return role
    return None
