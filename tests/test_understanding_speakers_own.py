"""The speaker's own people ("my son", "my girlfriend") are not the film's: no character's relative,
no actor's love life; a child of the speaker's who would watch asks for the maturity rating."""

from __future__ import annotations

import pytest

from bot.understanding.lexicon import Hit
from bot.understanding.speakers_own import speakers_people
from tests.reading_helpers import name, reading, values


@pytest.mark.parametrize(
    "text",
    [
        "can my son watch it",
        "is it ok for my 12yo to watch",
        "can my little brother see it",
        "would it be fine to show our kids",
        "is it appropriate for my 9 year old daughter to watch",
    ],
)
def test_a_child_of_the_speakers_who_would_watch_asks_for_the_rating(store, text):
    assert reading(store, text, "ask_where_to_watch").intent in ("ask_rating", None)
    assert reading(store, text, "ask_character").intent == "ask_rating"


@pytest.mark.parametrize(
    ("text", "classified"),
    [("should we watch it with my boyfriend", "out_of_scope"), ("would my dad like it", "affirm")],
)
def test_the_speakers_partner_or_parent_is_no_relation_asked(store, text, classified):
    result = reading(store, text, classified)
    assert result.intent not in ("ask_character", "ask_who_plays", "ask_person")
    assert not values(result, "relation")


def test_where_my_kids_can_watch_it_stays_where(store):
    hits = [Hit("relation", "child", "kids", 3, 4), Hit("attribute", "platform", "watch", 4, 5)]
    assert speakers_people("where can my kids watch it".split(), hits) == hits[1:]


def test_a_characters_relative_is_still_a_relation(store):
    character = store.characters[next(iter(store.characters))].name.split()[0]
    text = f"who plays {character}'s mother"
    result = reading(store, text, "ask_who_plays", [name(text, character, "character")])
    assert values(result, "relation") == ["mother"]


def test_a_statement_about_the_speakers_sister_leaves_the_question(store):
    assert reading(store, "my sister recommended it, who directed it?", "ask_director").intent in (None, "ask_director")
