"""Relations of relations: "the father of <a>'s daughter", "<a>'s sister's mother".

Two relation words chained by a possessive or by "of" ask one relative of another: the inner relation
(next to the named character) leads to a middle character, and the outer relation is asked of that one.
The store decides: when the inner relation leads to exactly one character, the question is the outer
relation of that character; otherwise the inner relation alone is what can be answered (or not known),
never the outer relation of the named character.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from bot.store import FactStore
from bot.understanding.lexicon import Hit

# A relation word that owns the next one: "sister's mother", "daughter s brother", "sisters' mother".
POSSESSIVE_ENDINGS = ("'s", "s'", "'")


def chains(words: Sequence[str], relations: Sequence[Hit]) -> list[tuple[Hit, Hit]]:
    """(inner, outer) pairs of relation words that chain: "<inner>'s <outer>" or "<outer> of <owner> <inner>"."""
    found = []
    for first in relations:
        for second in relations:
            if second.start <= first.start:
                continue
            owned = words[first.end - 1].endswith(POSSESSIVE_ENDINGS) and second.start == first.end
            gapped = first.end < len(words) and words[first.end] == "s" and second.start == first.end + 1
            if owned or gapped:  # "<a>'s sister's mother": the mother of the sister
                found.append((first, second))
            elif first.end < len(words) and words[first.end] == "of" and first.end + 1 < second.start <= first.end + 3:
                found.append((second, first))  # "the mother of <a>'s sister": the owner sits between them
    return found


def middle(store: FactStore, owner: str, inner: tuple[str, ...]) -> list[str]:
    """The characters the inner relation leads to from the owner (a character's or its actor's words)."""
    matches = store.resolve(owner, ("character",)) or store.resolve(owner, ("person",))
    if not matches:
        return []
    character = matches[0].id
    if matches[0].kind == "person":
        roles = store.roles_of(character)
        if not roles:
            return []
        character = roles[0].character
    return list(dict.fromkeys(r.object for r in store.related(character, inner)))


def through_middle(
    store: FactStore,
    pairs: list[tuple[Hit, Hit]],
    owner_of: Callable[[Hit], dict | str | None],
    keys: Callable[[str], tuple[str, ...]],
) -> tuple[Hit, Hit, dict, str | None] | None:
    """The relation to tag for the first chain whose inner relation has a named character as owner: (the
    outer relation, both words' span, the owner, the middle character's name) when the inner relation leads
    to one character; (the inner relation, the span, the owner, None) otherwise. None when no chain hangs on
    a named character (a pronoun's chain is left to the conversation)."""
    for inner, outer in pairs:
        owner = owner_of(inner)
        if not isinstance(owner, dict) or owner.get("entity") not in ("character", "person"):
            continue
        reached = middle(store, str(owner["value"]), keys(inner.key))
        # both relation words are read: neither is left to ask something else ("boyfriend" as a love life)
        span = replace(outer, start=min(inner.start, outer.start), end=max(inner.end, outer.end))
        if len(reached) == 1:
            return outer, span, owner, store.characters[reached[0]].name
        return inner, span, owner, None
    return None
