"""Questions about the book the reader sends to the novel: "how many copies did the book sell?" gets the
copies sold with their date (never "I don't know of its copies"), "what is it based on?" the novel."""

from __future__ import annotations

import pytest

from actions.crew import ActionNovel
from tests.conftest import tracker
from tests.reading_helpers import reading, responses_of, values


@pytest.mark.parametrize(
    "text",
    [
        "how many copies did the book sell",
        "how many copies has the novel sold?",
        "was the novel a bestseller",
        "what are the book sales like",
    ],
)
@pytest.mark.parametrize("intent", ["ask_novel", "ask_fact", "ask_rating"])
def test_copies_of_the_book_ask_for_the_copies_sold(store, text, intent):
    result = reading(store, text, intent)
    assert (result.intent or intent) == "ask_novel"
    assert values(result, "attribute") == ["novel_copies_sold"] or intent == "ask_novel"


def test_the_novel_action_says_the_copies_sold_with_their_date(domain):
    asked = tracker(
        text="how many copies did the book sell", intent="ask_novel", entities={"attribute": "novel_copies_sold"}
    )
    assert responses_of(ActionNovel(), asked, domain)[0] == "utter_novel_more"


@pytest.mark.parametrize("text", ["what is it based on?", "what is the movie based on", "what's the film based off"])
@pytest.mark.parametrize("intent", ["nlu_fallback", "out_of_scope", "ask_novel"])
def test_what_it_is_based_on_is_the_novel(store, text, intent):
    """ "the movie based" is no title of another work: "based on" asks for the film's source."""
    assert (reading(store, text, intent).intent or intent) == "ask_novel"


@pytest.mark.parametrize("text", ["what year did the novel come out", "when was the book released"])
def test_the_books_release_is_the_novels_publication(store, text):
    assert reading(store, text, "ask_release_date").intent == "ask_novel"


def test_the_films_release_stays_the_film(store):
    assert reading(store, "when did the movie of the book come out", "ask_release_date").intent in (
        None,
        "ask_release_date",
    )
