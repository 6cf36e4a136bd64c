"""Clause structures of round 8: 'which films share the director of <the film>?' asks for that crew member's
other work, never who they are; 'do you know what year …?' asks the wh-question, no yes/no; 'have you seen
<the film>?' asks the assistant's opinion (what critics said), 'can you watch <the film> on …' where to watch."""

from __future__ import annotations

import pytest

from bot.understanding.clauses import shared_person, wh_question_wrapped
from bot.understanding.lexicon import Hit
from tests.reading_helpers import name, reading, values


def _title(store) -> str:
    return store.title.lower()


@pytest.mark.parametrize(
    ("template", "intent"),
    [
        ("which films share the director of {title}", "ask_director"),
        ("what movies have the same director as {title}", "ask_director"),
        ("any other movies by the same director?", "ask_director"),
    ],
)
def test_sharing_the_director_asks_for_the_directors_other_work(store, template, intent):
    text = template.format(title=_title(store))
    result = reading(store, text, intent)
    director = store.people[store.crew["director"].people[0]].name
    assert result.intent == "ask_other_work"
    assert values(result, "person") == [director]


def test_sharing_a_role_the_entity_rules_found(store):
    text = f"films with the same screenwriter as {_title(store)}"
    role = name(text, "screenwriter", "crew_role")
    result = reading(store, text, "ask_crew", [role])
    writer = store.people[store.crew[store.role("screenwriter")].people[0]].name
    assert result.intent == "ask_other_work"
    assert values(result, "person") == [writer]


@pytest.mark.parametrize(
    "words",
    ["is the director the same as the writer", "who is the director", "did the same team make the music"],
)
def test_no_sharing_word_before_the_role_adds_nothing(words):
    hits = [Hit("attribute", "director", "director", 2, 3)]
    assert [h.key for h in shared_person(words.split(), hits)] == ["director"]


def test_the_sharing_word_becomes_other_work_before_the_role():
    words = "which films share the director".split()
    hits = [Hit("attribute", "director", "director", 4, 5)]
    assert [(h.key, h.start) for h in shared_person(words, hits)] == [("other_work", 2), ("director", 4)]


@pytest.mark.parametrize(
    ("text", "wrapped"),
    [
        ("do you know what year the novel came out", True),
        ("can you tell me when it came out", True),
        ("do you remember who directed it", True),
        ("do you know if it is out", False),
        ("is it out yet", False),
    ],
)
def test_a_wh_question_put_politely_is_no_yes_no(text, wrapped):
    assert wh_question_wrapped(text.split()) is wrapped


@pytest.mark.parametrize(
    "template",
    ["have you seen {title}", "did you ever watch {title}?", "have you watched the netflix movie {title}"],
)
def test_whether_the_assistant_has_seen_the_film_asks_its_opinion(store, template):
    text = template.format(title=_title(store))
    result = reading(store, text, "goodbye")
    assert result.intent == "ask_fact"
    assert values(result, "topic") == ["reviews"]


@pytest.mark.parametrize("template", ["can you watch {title} on netflix", "where can i watch {title}"])
def test_anyone_watching_the_film_is_where_to_watch(store, template):
    assert reading(store, template.format(title=_title(store)), "ask_where_to_watch").intent in (
        None,
        "ask_where_to_watch",
    )
