"""Round 6b of the question reader, nlu16 (issue 10): two things in one message, opinions and reviews.

Phrasings here are other than the probes' (tests/nlu/probes_round6_nlu16.yml): the rules must hold
for the structure. Reader tests are Rasa-free, with entities as the entity rules would find them;
action tests assert response names.
"""

from __future__ import annotations

import asyncio

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions.topics import ActionFact
from tests.conftest import tracker
from tests.reading_helpers import name, reading, values


# 1. What people gave the film (an average, users' ratings, stars) is its IMDb-style rating, not who may watch it.
@pytest.mark.parametrize(
    "text",
    [
        "what's the average rating for it?",
        "how many stars does it have",
        "what did viewers give it out of ten?",
        "is it rated well by viewers? what's the viewer rating",
        "star rating?",
    ],
)
def test_a_rating_people_gave_is_the_imdb_rating(store, text):
    result = reading(store, text, "ask_rating")
    assert result.intent == "ask_fact"
    assert "imdb" in values(result, "topic")


@pytest.mark.parametrize("text", ["what is it rated?", "what's the age rating", "is it ok for my kids"])
def test_the_maturity_rating_stays_the_maturity_rating(store, text):
    result = reading(store, text, "ask_rating")
    assert result.intent in (None, "ask_rating")
    assert "imdb" not in values(result, "topic")


@pytest.mark.parametrize("text", ["how did it do?", "was it successful", "did the film do well on netflix"])
def test_how_it_did_is_its_popularity(store, text):
    assert "top 10" in values(reading(store, text, "ask_fact"), "topic")


# 2. Two topics in one message: ask_fact is given both, each answered in turn.
@pytest.mark.parametrize(
    ("text", "topics"),
    [
        ("did critics like it and was it popular?", {"reviews", "top 10"}),
        ("any awards, and what's the average rating?", {"awards", "imdb"}),
        ("what's its imdb score and its rotten tomatoes score", {"imdb", "rotten tomatoes"}),
    ],
)
def test_a_second_topic_is_not_dropped(store, text, topics):
    assert topics <= set(values(reading(store, text, "ask_fact"), "topic"))


def test_the_fact_action_answers_each_topic(domain):
    message = tracker(text="was it a hit and what did people give it out of ten")
    message.latest_message["entities"] = [
        {"entity": "topic", "value": "top 10", "start": 0, "end": 1},
        {"entity": "topic", "value": "imdb", "start": 2, "end": 3},
    ]
    dispatcher = CollectingDispatcher()
    asyncio.run(ActionFact().run(dispatcher, message, domain))
    responses = [m.get("response") for m in dispatcher.messages]
    assert "utter_fact_top10" in responses and "utter_fact_imdb_rating" in responses


# 3. A clause that tells something about the user is not read as the question.
@pytest.mark.parametrize(
    ("text", "intent", "expected"),
    [
        ("i watched the teaser last night, who directed it?", "ask_fact", "ask_director"),
        ("my girlfriend hates subtitles. what genre is it?", "ask_fact", "ask_genre"),
        ("We saw the trailer, how long is the film", "ask_fact", "ask_runtime"),
    ],
)
def test_a_statement_about_the_user_is_not_the_question(store, text, intent, expected):
    result = reading(store, text, intent)
    assert result.intent == expected
    assert "attribute" not in values(result, "attribute") and not values(result, "attribute")


def test_a_name_in_a_statement_is_not_the_subject(store):
    text = "I'm a big fan of Ren Nagase. Did critics like the movie?"
    result = reading(store, text, "ask_fact", [name(text, "Ren Nagase", "person")])
    assert result.drop and result.drop[0]["entity"] == "person"
    assert "reviews" in values(result, "topic")


@pytest.mark.parametrize(
    "text",
    [
        "I love Ren Nagase. what else has he been in?",  # the question points back at the name
        "I would like to know the year and the genre",  # a request, not a statement
        "i need the director and the runtime",
        "my son is 11, is it ok?",  # the statement is what the question is about
    ],
)
def test_requests_and_statements_the_question_needs_are_kept(store, text):
    entities = [name(text, "Ren Nagase", "person")] if "Ren Nagase" in text else []
    assert not reading(store, text, "ask_fact", entities).drop


def test_a_request_of_the_first_person_is_read_whole(store):
    result = reading(store, "ok. I'd also like to know the release year and who is in it", "ask_release_date")
    assert "ask_cast" in values(result, "also_ask")


# 4. Other second questions: the verb "acted" joined to another role, the story asked with another
# question, what watching it costs (not held) with another question.
def test_acted_and_directed_asks_both(store):
    result = reading(store, "who directed and who acted in it?", "ask_director")
    assert "ask_cast" in values(result, "also_ask")
    result = reading(store, "who acted and who directed?", "ask_cast")
    assert "ask_director" in values(result, "also_ask")


def test_about_the_film_with_another_question(store):
    result = reading(store, "tell me a bit about the film and how long it is", "ask_plot")
    assert "ask_runtime" in values(result, "also_ask")


@pytest.mark.parametrize(
    "text", ["how much is the rental price? and what genre is it", "what genre is it? how much does it cost to rent?"]
)
def test_a_price_is_not_held_and_the_other_question_is_answered(store, text):
    result = reading(store, text, "ask_genre")
    assert result.intent == "ask_fact"
    assert values(result, "attribute") == ["price"]
    assert "ask_genre" in values(result, "also_ask")


def test_the_budget_is_not_a_price(store):
    assert "price" not in values(reading(store, "how much did it cost to make?", "ask_fact"), "attribute")


def test_a_statement_about_spoilers_is_a_setting_and_kept(store):
    result = reading(store, "who dies at the end? i'm fine with spoilers", "ask_ending")
    assert not result.drop and "spoilers" in [e["entity"] for e in result.entities]


def test_a_statement_about_someone_already_named_is_kept(store):
    # "her" points back at the previous answer: the message belongs to the conversation, read whole
    assert not reading(store, "i don't know her. who directed it and what genre is it?", "ask_director").drop
