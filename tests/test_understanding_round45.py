"""Round 45: the PIAF questions, the DBDC3 chats and the HeQ and JCommonsenseQA questions (the round-73, 74 and 75
checks, opened), and the team's own probes in the same styles, that got another question's answer.

- "When did they first broadcast the series <the title>?": a date asked of where to watch it is its release date,
  never the service's name.
- "Who was <an actress>'s singing teacher?": a real person's own role noun, however described, is something of the
  person the store does not hold, never the film's character of that noun.
- "How many members does the band <a band> have?": a kind noun set before a name ("the band", "the singer") asks
  nothing beyond who they are; the count is asked, which the store does not hold, never the band's card.
- "What was <an actor>'s character called in <a work of his>?", "what is his role in <it>?": someone's part in
  another work of theirs, as "what character did he play in <it>?" asks, never this film's character.

Each test names the general rule; phrasings are mine or adapted from those datasets, names come from the store.
"""

from __future__ import annotations

import pytest

from bot.understanding import proper_names, wh_kind
from tests.reading_helpers import name, reading, values


def _actress(store) -> str:
    return next(store.people[c.actor].name for c in store.cast if c.actor in store.people)


def _common_role(store) -> str:
    """A character the film names by a common noun ("teacher"), as the store gives it."""
    return next(a for c in store.characters.values() for a in c.aliases if a.islower() and " " not in a)


# --- a date asked of where to watch ---


@pytest.mark.parametrize(
    "text",
    [
        "When did they first broadcast the series {title}?",
        "when did it first air on netflix?",
        "since when can I stream it?",
    ],
)
def test_a_date_asked_of_where_to_watch_is_the_release_date(store, text):
    result = reading(store, text.format(title=store.title), "ask_where_to_watch")
    assert result.intent == "ask_release_date"


def test_where_to_watch_still_answers_where(store):
    assert reading(store, "where can I stream it?", "ask_where_to_watch").intent in (None, "ask_where_to_watch")
    asked = wh_kind.kind_asked(["where", "can", "i", "stream", "it"], [])
    assert asked is not None and not wh_kind.mismatched(asked, "ask_where_to_watch")


# --- a real person's own role ---


@pytest.mark.parametrize("described", ["", "singing ", "old art "])
def test_a_real_persons_own_role_is_not_the_films_character(store, described):
    person, role = _actress(store), _common_role(store)
    text = f"Who was {person}'s {described}{role}?"
    entities = [name(text, person, "person"), name(text, role, "character")]
    result = reading(store, text, "ask_person", entities)
    assert result.intent == "ask_fact"
    assert values(result, "attribute") == ["asked_of_person"]
    assert any(e["entity"] == "character" for e in result.drop)


def test_a_characters_role_is_still_the_films(store):
    role = _common_role(store)
    lead = next(c for c in store.characters.values() if c.name[0].isupper())
    owner = lead.name.split()[0]
    text = f"who plays {owner}'s {role}?"
    entities = [name(text, owner, "character"), name(text, role, "character")]
    result = reading(store, text, "ask_who_plays", entities)
    assert "asked_of_person" not in values(result, "attribute")


# --- a kind noun before a name ---


def test_a_kind_noun_before_a_name_asks_nothing_beyond_the_name(store):
    band = next(p.name for p in store.people.values() if p.kind == "group")
    text = f"How many members does the band {band} have?"
    result = reading(store, text, "ask_person", [name(text, band, "person")])
    assert result.intent == "ask_fact"
    assert values(result, "attribute") == [wh_kind.KIND_ASKED, wh_kind.KIND_SUBJECT]


# --- someone's part in another work ---


def _other_work(store) -> tuple[str, str]:
    """A lead's full name and the title of another work of theirs whose note gives the part."""
    for credit in store.cast:
        person = store.people.get(credit.actor)
        for work in person.known_for if person else ():
            if work.detail and " as " in work.detail and work.title.isascii() and ":" not in work.title:
                return person.name, work.title
    raise AssertionError("no other work with a part")


@pytest.mark.parametrize(
    "asked", ["What was {owner}'s character called in {work}?", "what is {owner}'s role in {work}?"]
)
def test_someones_character_in_another_work_is_that_works_part(store, asked):
    person, work = _other_work(store)
    owner = person.split()[-1]
    text = asked.format(owner=owner, work=work)
    result = reading(store, text, "ask_person", [name(text, owner, "person")])
    assert result.intent == "ask_other_work"
    assert values(result, "works_attribute") == ["part_played"]


def test_the_main_character_of_a_work_is_no_ones_part():
    words = "who is the main character in another show".split()
    assert not proper_names.played_in(words, words.index("in") + 1)
    words = "what was his role in another show".split()
    assert proper_names.played_in(words, words.index("in") + 1)
