"""Round 6 (nlu14): book questions as people ask them - the novel's series, the film compared with
the novel, books by a person, the novelist (never the screenwriter). Phrasings differ from the
probes' (tests/nlu/probes_round6_nlu14.yml); names come from the store."""

from __future__ import annotations

import pytest

from actions.crew import ActionNovel
from actions.topics import ActionFact
from tests.conftest import tracker
from tests.reading_helpers import name, reading, responses_of, values


def author_name(store) -> str:
    return store.people[store.novel["author"].value].name


# 1. A series word in a question about the book asks for the series, not the first book's answer.
@pytest.mark.parametrize(
    "text",
    [
        "how many novels are there in the series",
        "are there more books in the series?",
        "is there a sequel to the novel?",
        "does the book have sequels",
        "how many volumes does the novel series have?",
    ],
)
def test_a_series_word_about_the_book_asks_for_the_series(store, text):
    result = reading(store, text, intent="ask_novel")
    assert (result.intent or "ask_novel") == "ask_novel"
    assert values(result, "attribute") == ["novel_series"]


@pytest.mark.parametrize(
    "text",
    [
        "how many copies has the book series sold?",  # the copies sold: the novel's answer
        "is there a sequel?",  # no book: the film's sequel topic
        "who wrote the novel?",
    ],
)
def test_no_series_without_a_book_or_with_sales(store, text):
    assert "novel_series" not in values(reading(store, text, intent="ask_novel"), "attribute")


def test_the_authors_series_is_the_novels(store):
    author = author_name(store)
    text = f"list the books of {author}'s series"
    result = reading(store, text, intent="ask_person", entities=[name(text, author, "person")])
    assert result.intent == "ask_novel"
    assert values(result, "attribute") == ["novel_series"]


def test_the_novel_action_answers_the_series(domain):
    asked = tracker(text="how many books in the series", intent="ask_novel", entities={"attribute": "novel_series"})
    assert responses_of(ActionNovel(), asked, domain)[0] == "utter_novel_series"
    plain = tracker(text="what is the novel", intent="ask_novel")
    assert responses_of(ActionNovel(), plain, domain)[0] == "utter_novel"


# 2. The film compared with its novel: the store compares nothing, so "I don't know" that.
@pytest.mark.parametrize(
    "text",
    [
        "how different is the film from the novel",
        "did the movie stay faithful to the novel?",
        "book vs movie which is better",
        "how closely does the film follow the book?",
        "is the ending of the movie different in the book",
        "what did they change in the movie from the novel",
    ],
)
def test_the_film_compared_with_its_novel_is_unheld(store, text):
    result = reading(store, text, intent="ask_novel")
    assert result.intent == "ask_fact"
    assert values(result, "attribute") == ["novel_changes"]


@pytest.mark.parametrize(
    "text",
    [
        "is the novel's title different from the film's title?",  # the title asked
        "is the book different from other books?",  # no film
    ],
)
def test_no_comparison_of_film_and_novel_otherwise(store, text):
    assert "novel_changes" not in values(reading(store, text, intent="ask_novel"), "attribute")


def test_a_comparison_answer_names_what_was_asked(domain):
    asked = tracker(
        text="is the film faithful to the novel", intent="ask_fact", entities={"attribute": "novel_changes"}
    )
    assert responses_of(ActionFact(), asked, domain) == ["utter_dont_know_about"]


# 3. Books by a person the store holds are that person's works.
@pytest.mark.parametrize("template", ["list the novels written by {}", "what books by {} are there?"])
def test_books_by_a_held_person_are_their_works(store, template):
    author = author_name(store)
    text = template.format(author)
    result = reading(store, text, intent="ask_novel", entities=[name(text, author, "person")])
    assert result.intent == "ask_other_work"


def test_the_novel_by_its_author_is_still_the_novel(store):
    author = author_name(store)
    text = f"what is the novel by {author} called?"
    result = reading(store, text, intent="ask_novel", entities=[name(text, author, "person")])
    assert (result.intent or "ask_novel") == "ask_novel"


# 4. A novelist writes the novel, never the screenplay.
@pytest.mark.parametrize(
    "text", ["how old is the novelist who wrote it?", "what is the real name of the novelist of drawing closer"]
)
def test_the_novelist_is_the_novels_author(store, text):
    result = reading(store, text, intent="ask_fact")
    assert author_name(store) in values(result, "person")


# 5. A wh-word right before a credit's noun asks for that credit, even in a question about the novel.
@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("the novel became a film with which screenwriter?", "screenwriter"),
        ("what script writer turned the book into the movie", "script"),
    ],
)
def test_a_wh_word_before_a_role_noun_asks_for_the_credit(store, text, role):
    result = reading(store, text, intent="ask_novel", entities=[name(text, role, "crew_role")])
    assert result.intent == "ask_crew"


def test_which_writer_of_the_novel_stays_the_novel(store):
    text = "which writer wrote the novel?"
    result = reading(store, text, intent="ask_novel", entities=[name(text, "writer", "crew_role")])
    assert result.intent != "ask_crew"


# 6. What the novel's author wrote: their works; what they wrote about is the story.
@pytest.mark.parametrize(
    "text", ["what has the novelist written?", "which books did the author of the original novel write"]
)
def test_what_the_author_wrote_is_their_works(store, text):
    result = reading(store, text, intent="ask_novel")
    assert result.intent == "ask_other_work"
    assert values(result, "person") == [author_name(store)]


def test_what_the_author_wrote_about_is_not_their_works(store):
    assert (
        reading(store, "what did the author write about in the novel?", intent="ask_novel").intent != "ask_other_work"
    )


# 7. Gender is held for no one: "I don't know" it for a person, never their description.
@pytest.mark.parametrize("template", ["is {} a man or a woman?", "is {} male or female"])
def test_a_persons_gender_is_unheld(store, template):
    author = author_name(store)
    text = template.format(author)
    result = reading(store, text, intent="ask_person", entities=[name(text, author, "person")])
    assert result.intent == "ask_fact"
    assert values(result, "attribute") == ["gender"]
