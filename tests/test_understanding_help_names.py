"""A request for help that names someone asks about them, not about the assistant (issue 10)."""

from __future__ import annotations

import pytest

from tests.reading_helpers import name, reading


@pytest.mark.parametrize("intent", ["help", "bot_challenge"])
def test_a_help_request_naming_a_person_asks_about_that_person(store, intent):
    person = store.people["natsuki_deguchi"].name
    text = f"could you share some info regarding {person.lower()}"
    result = reading(store, text, intent, [name(text, person, "person")])
    assert result.intent == "ask_person"


def test_a_help_request_naming_a_character_asks_about_that_character(store):
    character = store.characters["akito_hayasaka"].name.split()[0]
    text = f"is there anything you know on {character}?"
    result = reading(store, text, "help", [name(text, character, "character")])
    assert result.intent == "ask_character"


def test_a_help_request_naming_nobody_stays_help(store):
    assert reading(store, "what sorts of things do you know?", "help").intent in (None, "help")
