"""Subjects named by a relation: "Akito's father", "her mum", "his character".

The NLU (bot/understanding) tags the relation word as a `relation` entity and
the person or character it hangs on as usual; a pronoun ("her mum") hangs on
the character the conversation is about (the slots the last answer set).
"""

from __future__ import annotations

from rasa_sdk import Tracker

from actions.common import entity_values, store
from bot.store import Match
from bot.understanding.reading import relation_keys


def related_subjects(tracker: Tracker, kinds: tuple[str, ...]) -> list[Match] | None:
    """The people or characters a relation names; None when the message names no relation."""
    keys = entity_values(tracker, "relation")
    if not keys:
        return None
    facts = store()
    anchor = _anchor(tracker, prefer_person=keys[0] == "character")
    if anchor is None and keys[0] != "character":
        # "who plays the little sister?" with no one in the conversation yet: every character
        # who is someone's sister (one is the answer; several get a choice).
        wanted = relation_keys(keys[0])
        targets = list(dict.fromkeys(r.object for r in facts.relations if r.relation in wanted))
    elif anchor is None:
        return []
    elif keys[0] == "character":
        targets = [anchor]
    else:
        targets = [relation.object for relation in facts.related(anchor, relation_keys(keys[0]))]
    matches = [Match("character", target, facts.display_name("character", target), 100.0) for target in targets]
    if "character" in kinds:
        return matches
    actors = [credit.actor for match in matches for credit in facts.actor_of(match.id)]
    return [Match("person", actor, facts.display_name("person", actor), 100.0) for actor in dict.fromkeys(actors)]


def _anchor(tracker: Tracker, *, prefer_person: bool) -> str | None:
    """The character a relation starts from: named in the message, else the conversation's."""
    facts = store()
    for entity in ("character", "person"):
        for words in entity_values(tracker, entity):
            other = "person" if entity == "character" else "character"
            matches = facts.resolve(words, (entity,)) or facts.resolve(words, (other,))
            if matches:
                return _as_character(matches[0])
    remembered = [("person", tracker.get_slot("person")), ("character", tracker.get_slot("character"))]
    if not prefer_person:
        remembered.reverse()
    for kind, ident in remembered:
        if ident:
            matches = facts.resolve(ident, (kind,))
            character = _as_character(matches[0]) if matches else None
            if character:
                return character
    return None


def _as_character(match: Match) -> str | None:
    if match.kind == "character":
        return match.id
    roles = store().roles_of(match.id)
    return roles[0].character if roles else None
