"""A film credit's role owned by a named person: "who is the producer of <P>?", "the lead singer of <P>".

A crew role names this film's credit only when it is the film's. Followed by "of" and one of the store's people,
it is that person's own (their producer, their band's singer): the store holds no such thing, and this film's
credit would answer a different question. "The director of <P>'s movie" still asks of a film.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.understanding.coverage import Span
from bot.understanding.described_film import FILM_HEADS

# How far after the person's name a film noun makes the phrase a film's ("of <P>'s latest movie").
FILM_NOUN_REACH = 3


def role_of_a_person(words: Sequence[str], roles: Sequence[Span], people: Sequence[Span]) -> Span | None:
    """The role span of "<role> of <person>", when nothing after the name makes it a film's; else None."""
    for role in roles:
        if role.end >= len(words) or words[role.end] != "of":
            continue
        owner = next((person for person in people if person.start == role.end + 1), None)
        if owner is not None and not FILM_HEADS & set(words[owner.end : owner.end + FILM_NOUN_REACH]):
            return role
    return None
