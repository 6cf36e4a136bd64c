"""Round 11 of the question reader, nlu42 (issue 10): two things in one message.

Phrasings here are other than the probes' (tests/nlu/probes_round11_nlu42.yml): the rules hold for the
structure (a request clause after joining words or a break), not for the probes' sentences. Reader tests are
Rasa-free, with entities as the entity rules would find them; action tests assert response names.
"""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions.film_facts import ActionRuntime
from bot.understanding import clauses
from tests.conftest import tracker
from tests.reading_helpers import name, reading, values


def asked(result, intent: str) -> list[str]:
    """Every part the message is answered with, in order: the first, then the later ones."""
    return [result.intent or intent, *values(result, "also_ask")]


def role(text: str, words: str, value: str) -> dict[str, Any]:
    return {**name(text, words, "crew_role"), "value": value}


# 1. Where a request starts: joining words before a wh-word, an auxiliary or a request verb; "and" between two
#    names or two nouns joins the parts of one question.
@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("who wrote the novel and then when was it published", 2),
        ("what language is it in and also tell me the genre", 2),
        ("how long is it plus is it on netflix", 2),
        ("is it on netflix and for how long", 2),
        ("who are the composer and the screenwriter", 1),
        ("who are akito and haruna", 1),
        ("who directs and acts in it", 1),
    ],
)
def test_requests_start_after_joining_words(text, parts):
    words = text.split()
    assert len(clauses.part_starts(words, [0])) == parts


# 2. Each request clause read alone; all of them answered, in the order asked.
@pytest.mark.parametrize(
    ("text", "intent", "entities", "parts"),
    [
        # a yes/no first, a wh-question the classifier chose second: the yes/no is answered first
        ("is it a comedy? also, what is the runtime?", "ask_runtime", [], ["ask_genre", "ask_runtime"]),
        # joined by "and then" with no "?" between
        ("what language is it in and then who wrote the music", "ask_language", [], ["ask_language", "ask_crew"]),
        # an elliptic wh-part after a preposition ("since when") is one more request
        (
            "which platform streams it and since when",
            "ask_where_to_watch",
            [],
            ["ask_where_to_watch", "ask_release_date"],
        ),
    ],
)
def test_each_request_is_answered_in_order(store, text, intent, entities, parts):
    if "music" in text:
        entities = [role(text, "music", "music")]
    assert asked(reading(store, text, intent, entities), intent) == parts


def test_a_yes_no_part_keeps_its_claim(store):
    result = reading(store, "is it a comedy? also, what is the runtime?", "ask_runtime")
    assert any(value.startswith("genre:") for value in values(result, "claim"))


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("is there a part two and when", "ask_fact"),  # "when" is the sequel's, not the film's date
        ("who are akito and haruna", "ask_cast"),
        ("what is it rated and is it ok for children", "ask_rating"),  # both parts ask the rating
    ],
)
def test_one_question_is_not_split(store, text, intent):
    assert "ask_release_date" not in values(reading(store, text, intent), "also_ask")
    assert len(values(reading(store, text, intent), "also_ask")) <= 1


# 3. Parts another rule added are answered in the order asked (an "I don't know" part keeps its place).
def test_parts_are_turned_round_to_the_order_asked(store):
    text = "who composed the score and who directed it"
    result = reading(store, text, "ask_director", [role(text, "score", "music")])
    assert asked(result, "ask_director") == ["ask_crew", "ask_director"]


# 4. A part about something else is refused after the film's parts, never dropped.
@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("what is the weather tomorrow and how long is it", "ask_runtime"),
        ("how long is it and what is the weather tomorrow", "ask_runtime"),
    ],
)
def test_a_part_about_something_else_is_refused_last(store, text, intent):
    assert asked(reading(store, text, intent), intent) == ["ask_runtime", "out_of_scope"]


def test_the_refused_part_gets_the_refusal(domain):
    text = "how long is it and what is the weather tomorrow"
    message = tracker(text=text, intent="ask_runtime")
    message.latest_message["entities"] = [{"entity": "also_ask", "value": "out_of_scope", "start": 15, "end": 47}]
    dispatcher = CollectingDispatcher()
    asyncio.run(ActionRuntime().run(dispatcher, message, domain))
    assert [m.get("response") for m in dispatcher.messages] == ["utter_runtime", "utter_out_of_scope"]


# 5. A greeting or thanks before the question asks nothing: "what's up" is no question about an "up".
@pytest.mark.parametrize(
    "text", ["hey what's up, who wrote the screenplay", "hello there! thank you. who wrote the screenplay?"]
)
def test_a_greeting_before_the_question_is_left_out(store, text):
    result = reading(store, text, "ask_fact", [role(text, "screenplay", "screenplay")])
    assert "asked" not in values(result, "attribute")


def test_only_a_greeting_is_still_a_greeting(store):
    assert reading(store, "hey, what's up", "greet").intent in (None, "greet")


# 6. "old or new" is a choice between ages: when it came out.
def test_old_or_new_asks_the_release_date(store):
    assert reading(store, "is it an older or newer film?", None).intent == "ask_release_date"


# 7. The crew as a whole is its heads; a film named by "called" after "a" is another film.
@pytest.mark.parametrize("text", ["who was on the film crew?", "and the crew?"])
def test_the_crew_is_asked_as_a_whole(store, text):
    result = reading(store, text, "ask_fact")
    assert result.intent == "ask_crew"
    assert values(result, "crew_role") == ["director"]


def test_the_crew_answer_names_its_heads(domain):
    from actions.crew import ActionCrew
    from tests.reading_helpers import run

    text = "tell me about the film crew"
    said, _, _ = run(ActionCrew(), domain, text, [{**name(text, "film crew", "crew_role"), "value": "director"}])
    assert [r for r in said if r.startswith("utter_crew_")] == [
        "utter_crew_director",
        "utter_crew_screenplay",
        "utter_crew_music",
    ]


@pytest.mark.parametrize("text", ["can you look up a film titled the long goodbye", "play me a movie named dark water"])
def test_a_film_named_by_its_title_is_another_film(store, text):
    assert reading(store, text, None).intent == "out_of_scope"


def test_this_film_named_by_its_title_is_not_refused(store):
    title = store.title.lower()
    assert reading(store, f"is there a movie called {title}", None).intent != "out_of_scope"


# 8. Pieces of one sentence are no requests: a relative "which is …", an auxiliary with no subject after a comma.
@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("who wrote the score for the film, which is on my list?", "ask_crew"),
        ("when was the screenwriter, a woman from osaka, born?", "ask_fact"),
        ("what is the film with the idol, in which he plays a painter?", "ask_fact"),
    ],
)
def test_pieces_of_one_sentence_are_not_split(store, text, intent):
    assert values(reading(store, text, intent), "also_ask") == []


def test_a_yes_no_after_a_comma_is_a_request(store):
    result = reading(store, "how long is it, is it on netflix?", "ask_runtime")
    assert asked(result, "ask_runtime") == ["ask_runtime", "ask_where_to_watch"]


def test_a_greeting_before_something_told_is_kept():
    text = "hey! have you watched the new superhero film? it was directed by someone famous"
    from bot.understanding.lexicon import default_lexicon
    from bot.understanding.reading import _social_opening, _Words

    assert _social_opening(_Words.of(text), default_lexicon()) == 0
    assert _social_opening(_Words.of("hey! who directed it?"), default_lexicon()) > 0
