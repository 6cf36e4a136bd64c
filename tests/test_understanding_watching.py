"""The user's own watching ("before i watch it", "planning to watch it") is not a question about where to
watch it when the message asks for something else; how long a film has been out is its release."""

from __future__ import annotations

import pytest

from tests.reading_helpers import reading


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("hoping to watch it soon, what is the premise?", "ask_plot"),
        ("before we watch it, how much time will it take?", "ask_runtime"),
        ("how much time do we need to watch it?", "ask_runtime"),
        ("about to watch it, who directed it?", "ask_director"),
    ],
)
def test_watching_as_a_purpose_gives_way_to_what_is_asked(store, text, intent):
    assert reading(store, text, "ask_where_to_watch").intent == intent


@pytest.mark.parametrize(
    "text",
    [
        "how long is it and where can i watch it",
        "what genre is it, and how do i watch it",
        "how long is it? is it available to watch in japan",
    ],
)
def test_a_question_about_watching_keeps_the_platform(store, text):
    result = reading(store, text, "ask_where_to_watch")
    asked = {result.intent, *(e["value"] for e in result.entities if e["entity"] == "also_ask")}
    assert "ask_where_to_watch" in asked or result.intent is None


def test_how_long_it_has_been_out_is_its_release(store):
    assert reading(store, "how long has the film been out", "ask_runtime").intent == "ask_release_date"
