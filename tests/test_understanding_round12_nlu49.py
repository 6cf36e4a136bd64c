"""Round 12 of the question reader, nlu49 (issue 10): the novel, its writer, and what people thought of the film.

Phrasings here are other than the probes' (tests/nlu/probes_round12_nlu49.yml): the rules must hold for the
structure. Reader tests are Rasa-free, with entities as the entity rules would find them; the action test asserts
response names. Names come from the store.
"""

from __future__ import annotations

import pytest

from actions.topics import ActionFact
from bot.understanding import film_talk, novel_reading
from bot.understanding.lexicon import Hit
from tests.conftest import tracker
from tests.reading_helpers import name, reading, responses_of, tags, values


def _author(store) -> str:
    return store.people[str(store.novel["author"].value)].name


def _director(store) -> str:
    return store.people[store.crew["director"].people[0]].name


# 1. The book judged (its reviews, ratings, awards) is not the film: "I don't know" of the book's.
@pytest.mark.parametrize(
    ("text", "intent", "key"),
    [
        ("how did critics like the novel?", "ask_fact", "novel_reviews"),
        ("are the novels well reviewed", "ask_novel", "novel_reviews"),
        ("is the novel overrated?", "ask_novel", "novel_reviews"),
        ("has the book won a prize", "ask_novel", "novel_awards"),
        ("was the novel ever nominated for an award?", "ask_novel", "novel_awards"),
    ],
)
def test_the_book_judged_is_not_the_film(store, text, intent, key):
    result = reading(store, text, intent)
    assert values(result, "attribute") == [key]
    assert "reviews" not in values(result, "topic") and "awards" not in values(result, "topic")


def test_the_books_reviews_are_not_held(store, domain):
    message = tracker("how did critics like the novel?", "ask_fact", {"attribute": "novel_reviews"})
    assert responses_of(ActionFact(), message, domain)[0] == "utter_dont_know_about"


@pytest.mark.parametrize(
    "text",
    [
        "what did critics say about the movie of the book?",  # the film named: the film is judged
        "is the film adaptation of the novel any good",
        "did the author of the book win an award?",  # a person is judged
        "is he any good as a novelist",
    ],
)
def test_the_film_or_a_person_judged_is_no_book_judged(store, text):
    result = reading(store, text, "ask_fact")
    assert not {"novel_reviews", "novel_awards"} & set(values(result, "attribute"))


def test_a_person_named_as_the_winner_keeps_the_persons_awards(store):
    author = _author(store)
    text = f"which novel did {author} get a prize for?"
    result = reading(store, text, "ask_fact", [name(text, author, "person")])
    assert "novel_awards" not in values(result, "attribute")


def test_a_book_owned_by_a_person_is_still_the_book(store):
    author = _author(store)
    for text in (f"were {author}'s novels well reviewed?", f"what did critics think of the book by {author}"):
        result = reading(store, text, "ask_fact", [name(text, author, "person")])
        assert values(result, "attribute") == ["novel_reviews"], text


def test_the_films_name_next_to_the_book_word_names_the_book():
    words = "did the yomeboku novels get good reviews".split()
    assert novel_reading.book_is_judged(words, frozenset({2}))
    assert not novel_reading.book_is_judged("did yomeboku get good reviews as a book".split(), frozenset({1}))


# 2. The awards of a credit's holder asked by a wh-phrase are that person's; a book's writer is the novelist.
@pytest.mark.parametrize(
    ("text", "intent", "who"),
    [
        ("which prizes did the novelist get?", "ask_fact", _author),
        ("how many awards has the author received", "ask_fact", _author),
        ("what awards has the director won so far?", "ask_director", _director),
    ],
)
def test_a_wh_question_of_a_credits_awards_is_that_persons(store, text, intent, who):
    result = reading(store, text, intent)
    assert tags(result).get("person") == who(store)
    assert "awards" in values(result, "attribute")


def test_the_films_awards_stay_the_films(store):
    result = reading(store, "what awards did the movie get?", "ask_fact")
    assert "person" not in tags(result)


@pytest.mark.parametrize(
    "text", ["when was the writer of the novel born?", "where is the book's writer from", "what is the novelist's age"]
)
def test_the_writer_of_the_book_is_the_novelist(store, text):
    result = reading(store, text, "ask_fact")
    assert tags(result).get("person") == _author(store)


def test_a_writer_alone_is_the_screenplays(store):
    screenwriter = store.people[store.crew["screenplay"].people[0]].name
    assert tags(reading(store, "how old is the writer?", "ask_fact")).get("person") == screenwriter
    assert novel_reading.writer_of_the_book("how old is the writer".split()) is None


def test_a_credits_holder_described_is_this_films_person_never_refused(store):
    result = reading(store, "how old is the novelist?", "out_of_scope")
    assert result.intent != "out_of_scope"
    assert tags(result).get("person") == _author(store)


# 3. A title asked of the book is the novel's title (its one answer), not the film's.
@pytest.mark.parametrize("text", ["what is the name of the novel's title?", "what was the book titled originally"])
def test_a_title_asked_of_the_book_is_the_novels(store, text):
    assert reading(store, text, "ask_title").intent == "ask_novel"


def test_a_title_asked_of_the_film_stays_the_films(store):
    assert reading(store, "what is the title of the movie?", "ask_title").intent in (None, "ask_title")


# 4. What a group of people thought of the film is the reviews; how it did by a verb of performing, its charts.
@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("how did audiences respond to the movie?", "ask_release_date"),
        ("what have critics said about it so far", "ask_fact"),
        ("what did most viewers think", "out_of_scope"),
    ],
)
def test_what_a_group_thought_is_the_reviews(store, text, intent):
    result = reading(store, text, intent)
    assert "reviews" in values(result, "topic") + values(result, "attribute")


def test_a_group_judging_something_else_is_left_alone():
    words = "what do people think of the ending".split()
    hits = [Hit("attribute", "ending", "ending", 6, 7)]
    assert film_talk.opinion_of_a_group(words, hits) == hits
    words = "what do people say about sci fi movies".split()
    assert film_talk.opinion_of_a_group(words, []) == []


@pytest.mark.parametrize("text", ["how is it performing in japan", "how badly did the film do?", "how has it fared"])
def test_how_the_film_performed_is_its_charts(store, text):
    result = reading(store, text, "nlu_fallback")
    assert "top 10" in values(result, "topic") or "viewership" in values(result, "attribute")


def test_how_a_person_performed_is_no_chart(store):
    words = "how did he do in the film".split()
    assert film_talk.performance_asked(words, [], store.place_words) == []


# 5. The book as the object of a verb of making asks for its makers, not the film's crew.
@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("which publishing house published the novel?", "ask_crew"),
        ("did the director really write this book", "ask_director"),
        ("who made the book", "ask_crew"),
    ],
)
def test_the_book_made_is_the_novels_makers(store, text, intent):
    result = reading(store, text, intent)
    assert result.intent == "ask_novel"
    assert "crew_role" not in tags(result)


@pytest.mark.parametrize(
    "text", ["who directed the movie based on the book?", "who wrote the screenplay of the book", "who made the movie"]
)
def test_the_film_or_its_screenplay_made_stays_the_crew(text):
    assert not novel_reading.book_made(text.rstrip("?").split())


# 6. How a cast member played their part, judged, is what critics said (the reviews), not a credit or a claim.
def _lead(store) -> str:
    return store.people[store.cast[0].actor].name


@pytest.mark.parametrize(
    "template",
    ["is {actor} believable in the film?", "how is {actor} as the lead", "what did people say about {actor}'s acting"],
)
def test_a_cast_members_performance_judged_is_the_reviews(store, template):
    actor = _lead(store)
    text = template.format(actor=actor)
    result = reading(store, text, "ask_person", [name(text, actor, "person")])
    assert result.intent == "ask_fact"
    assert "reviews" in values(result, "topic")
    assert "person" not in tags(result)


@pytest.mark.parametrize(
    "template", ["how old was {actor} in the movie?", "who was {actor} in the film", "is {actor} in it?"]
)
def test_other_questions_of_a_cast_member_are_no_judgement(store, template):
    actor = _lead(store)
    text = template.format(actor=actor)
    result = reading(store, text, "ask_person", [name(text, actor, "person")])
    assert "reviews" not in values(result, "topic")
