"""Round 27: questions about such things in general (a good book, an award's winner, a dog's diet) are no questions
about this film, and the reader says so instead of answering one of its facts.

Each test names the general rule; phrasings are mine, names come from the store.
"""

from __future__ import annotations

import pytest

from tests.reading_helpers import name, reading

# --- a good one of a kind of work, asked for ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("what's a good romance novel", "ask_novel"),
        ("i need a good novel", "ask_novel"),
        ("recommend a good drama", "ask_genre"),
        ("whats a good show to binge", "ask_where_to_watch"),
    ],
)
def test_a_good_work_of_a_kind_asked_for_is_any_such_work(store, text, intent):
    assert reading(store, text, intent).intent == "out_of_scope"


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("is there a good manga version", "ask_novel"),  # a version of this story
        ("is it a good book", "ask_novel"),  # pointed at
        ("is there a book", "ask_novel"),
        ("who wrote the book", "ask_novel"),
    ],
)
def test_this_films_work_is_not_any_work(store, text, intent):
    assert reading(store, text, intent).intent != "out_of_scope"


# --- an award's winner among everyone ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("who won best actor at the oscars", "ask_fact"),
        ("who won the japan academy prize for best actress", "ask_fact"),
        ("who got best actress at the japan academy prize", "ask_who_plays"),
        ("who won the oscar", "ask_fact"),
    ],
)
def test_the_winner_of_an_award_named_is_among_everyone(store, text, intent):
    assert reading(store, text, intent).intent == "out_of_scope"


@pytest.mark.parametrize(
    "text",
    [
        "which cast member won a japan academy prize",
        "who in the cast won an oscar",
        "who won an award for it",
        "who won a japan academy prize in the movie",
        "who won an award",  # no award named: the classifier's reading stays
    ],
)
def test_a_winner_among_this_films_people_is_asked_of_the_film(store, text):
    assert reading(store, text, "ask_fact").intent != "out_of_scope"


def test_a_winner_named_is_one_of_ours(store):
    text = "who won best actress, natsuki deguchi?"
    assert reading(store, text, "ask_fact", [name(text, "natsuki deguchi", "person")]).intent != "out_of_scope"


# --- a yes/no question of nothing of this film -----------------------------------------------------------------------


@pytest.mark.parametrize("text", ["can dogs eat chocolate", "can cats swim?", "are dogs allowed in hospitals"])
def test_a_yes_no_question_of_nothing_of_this_film_is_another_topic(store, text):
    assert reading(store, text, "nlu_fallback").intent == "out_of_scope"


@pytest.mark.parametrize(
    "text",
    [
        "do they kiss",  # the conversation's people
        "is there a dog in the movie",  # the film
        "can i download it",
        "can you help me",  # the assistant
        "does haruna like dogs",
    ],
)
def test_a_yes_no_question_that_points_at_the_film_is_not_refused(store, text):
    assert reading(store, text, "nlu_fallback").intent != "out_of_scope"
