"""A relation owned by a pronoun ("her son", "the son of her") hangs on the person the conversation is
about, even when that person is no character (a crew member): never on every character with a son."""

from __future__ import annotations

import pytest

from actions.people import ActionCharacter
from tests.reading_helpers import run, span


def _uncast_person(store) -> str:
    """Someone the conversation can be about who plays no character (a crew member)."""
    people = (p for credit in store.crew.values() for p in credit.people if p in store.people)
    return next(p for p in people if not store.roles_of(p))


def _relation_held_once(store) -> str:
    keys: dict[str, set[str]] = {}
    for relation in store.relations:
        keys.setdefault(relation.relation, set()).add(relation.object)
    return next(key for key, objects in keys.items() if len(objects) == 1 and key in ("son", "daughter", "sister"))


@pytest.mark.parametrize("template", ["who is the {key} of her?", "who is her {key}?", "and his {key}?"])
def test_a_pronoun_owner_who_plays_no_one_gets_i_dont_know(store, domain, template):
    key = _relation_held_once(store)
    text = template.format(key=key)
    slots_before = {"person": _uncast_person(store)}
    said, messages, slots = run(
        ActionCharacter(), domain, text, [span(text, key, "relation")], slots_before, intent="ask_character"
    )
    assert said == ["utter_dont_know_about"]  # naming what was asked: "I don't know of her son"
    assert messages[0]["topic_label"] in (f"her {key}", f"his {key}")
    assert "character" not in slots


def test_without_an_owner_the_relation_still_names_its_only_character(store, domain):
    key = _relation_held_once(store)
    text = f"who is the {key}?"
    said, _, slots = run(ActionCharacter(), domain, text, [span(text, key, "relation")], {}, intent="ask_character")
    assert slots.get("character") in {r.object for r in store.relations if r.relation == key}
