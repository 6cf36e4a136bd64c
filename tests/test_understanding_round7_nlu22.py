"""Round 7 (nlu22): who wrote it, the novel as a book, what critics said - questions that name the
screenplay and the book, the parts of the novel the store holds beside its one answer (manga, English
title, where it first appeared), the author's publisher, opinion words. Phrasings differ from the
probes' (tests/nlu/probes_round7_nlu22.yml); names come from the store."""

from __future__ import annotations

import pytest

from actions.crew import ActionNovel
from bot.understanding import novel_reading
from tests.conftest import tracker
from tests.reading_helpers import name, reading, responses_of, values


def author_name(store) -> str:
    return store.people[store.novel["author"].value].name


def credit(text: str, noun: str) -> list[dict]:
    return [name(text, noun, "crew_role")]


# 1. The screenplay named before the book is what a "who" question asks for; the book is its source.
@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("who turned the script into a film from the novel?", "script"),
        ("who wrote the screenplay adapted from the novel", "screenplay"),
        ("whos the screenwriter of the movie based on the book", "screenwriter"),
        ("did the novelist also write the screenplay?", "screenplay"),
        ("was the author the screenwriter too", "screenwriter"),
    ],
)
def test_the_screenplay_before_the_book_asks_for_the_screenplay(store, text, noun):
    assert reading(store, text, intent="ask_novel", entities=credit(text, noun)).intent == "ask_crew"


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("who wrote the book the screenplay is based on?", "screenplay"),  # the book first: its author
        ("is the screenplay based on the novel?", "screenplay"),  # whether it adapts the novel
        ("what novel is the script adapted from", "script"),
    ],
)
def test_the_book_first_or_the_source_asked_stays_the_novel(store, text, noun):
    assert reading(store, text, intent="ask_novel", entities=credit(text, noun)).intent != "ask_crew"


# 2. Parts of the novel the store holds beside its one answer.
@pytest.mark.parametrize(
    ("text", "intent", "part"),
    [
        ("who draws the manga?", "ask_novel", "novel_manga"),
        ("tell me about the comic of the book", "ask_novel", "novel_manga"),
        ("what's the book's english name?", "ask_title", "novel_title_meaning"),
        ("what does the novel's title mean", "ask_novel", "novel_title_meaning"),
        ("was the novel first posted online?", "ask_novel", "novel_origin"),
        ("was the book a web novel at first", "ask_novel", "novel_origin"),
    ],
)
def test_a_part_of_the_novel_is_asked(store, text, intent, part):
    result = reading(store, text, intent=intent)
    assert result.intent == "ask_novel"
    assert values(result, "attribute") == [part]


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("is it based on a manga?", "ask_novel"),  # the film's source, decided against the novel
        ("when was the book originally published?", "ask_novel"),  # the date
        ("what is the film's english title?", "ask_title"),  # no book: the film's title
        ("who wrote the novel?", "ask_novel"),
    ],
)
def test_no_part_without_its_words_or_with_a_source_or_date_asked(store, text, intent):
    result = reading(store, text, intent=intent)
    assert not set(values(result, "attribute")) & set(novel_reading.NOVEL_PARTS)


def test_the_authors_publisher_is_the_novels(store):
    text = f"who is {author_name(store)}'s publisher"
    result = reading(store, text, intent="ask_person", entities=[name(text, author_name(store), "person")])
    assert result.intent == "ask_novel"


def test_the_authors_own_details_stay_the_person(store):
    text = f"where is {author_name(store)} from"
    result = reading(store, text, intent="ask_person", entities=[name(text, author_name(store), "person")])
    assert result.intent != "ask_novel"


def test_the_novel_action_answers_the_part_asked(domain):
    for part in novel_reading.NOVEL_PARTS:
        asked = tracker(text="that part of the novel", intent="ask_novel", entities={"attribute": part})
        expected = "utter_novel_more" if part == "novel_copies_sold" else "utter_fact"  # a count with its date
        assert responses_of(ActionNovel(), asked, domain)[0] == expected
    plain = tracker(text="what is the novel", intent="ask_novel")
    assert responses_of(ActionNovel(), plain, domain)[0] == "utter_novel"


# 3. Opinion words: a critical success, anything good.
@pytest.mark.parametrize(
    "text", ["did it enjoy critical acclaim?", "was it a critical success", "is the film anything good"]
)
def test_critical_words_ask_for_the_reviews(store, text):
    assert "reviews" in values(reading(store, text, intent="ask_fact"), "topic")


# 4. The book's length is not the film's runtime; "better than the book" compares the two.
@pytest.mark.parametrize("text", ["how long is the book?", "what's the novel's length"])
def test_the_length_of_the_book_alone_is_not_the_runtime(store, text):
    result = reading(store, text, intent="ask_runtime")
    assert result.intent == "ask_fact"
    assert values(result, "attribute") == ["novel_length"]


@pytest.mark.parametrize("text", ["how long is the movie?", "how long is the film of the novel"])
def test_the_film_named_keeps_the_runtime(store, text):
    assert reading(store, text, intent="ask_runtime").intent in (None, "ask_runtime")


@pytest.mark.parametrize("text", ["is the novel better than the film?", "is the movie worse than the book"])
def test_better_or_worse_than_the_book_is_a_comparison(store, text):
    assert values(reading(store, text, intent="ask_novel"), "attribute") == ["novel_changes"]


@pytest.mark.parametrize("text", ["what are people saying about the movie?", "what did people think about it"])
def test_what_people_say_about_it_is_the_reviews(store, text):
    assert "reviews" in values(reading(store, text, intent="ask_fact"), "topic")
