"""Round 7b of the question reader, nlu24 (issue 10): several things in one message.

Phrasings here are other than the probes' (tests/nlu/probes_round7_nlu24.yml): the rules must hold
for the structure. Reader tests are Rasa-free, with entities as the entity rules would find them;
action tests assert response names.
"""

from __future__ import annotations

import asyncio

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions.crew import ActionCrew
from tests.conftest import tracker
from tests.reading_helpers import reading, values


def asked(result, intent: str) -> set[str]:
    """Every intent the message is answered with: the first (the classifier's when kept) and the second ones."""
    return {result.intent or intent, *values(result, "also_ask")}


# 1. A clause-opening "and" after a question of the same message asks one more thing; it is no
#    follow-up of the previous turn that would drop the first question.
@pytest.mark.parametrize(
    ("text", "intent", "expected"),
    [
        ("how long is the film? and who directed it?", "ask_director", {"ask_runtime", "ask_director"}),
        ("what's the genre? and the running time?", "ask_runtime", {"ask_genre", "ask_runtime"}),
        (
            "who directed it? who is in it? and how long is it",
            "ask_runtime",
            {"ask_director", "ask_cast", "ask_runtime"},
        ),
    ],
)
def test_an_and_after_a_question_is_one_more_question(store, text, intent, expected):
    result = reading(store, text, intent)
    assert expected <= asked(result, intent)
    assert not any("elliptic" in why for why in result.why)


@pytest.mark.parametrize(
    ("text", "intent"), [("and the director?", "ask_director"), ("ok, and the runtime?", "ask_runtime")]
)
def test_an_and_alone_is_still_a_follow_up(store, text, intent):
    result = reading(store, text, intent)
    assert result.intent == intent


# 2. ask_crew answers the credit it is given; another credit asked with it (the director) is added.
@pytest.mark.parametrize(
    "text",
    [
        "who does the ending song and who was the director?",
        "who composed the music and who directed the movie",
        "who wrote the script and who directed it?",
    ],
)
def test_a_credit_and_the_director_are_both_answered(store, text):
    result = reading(store, text, "ask_crew")
    assert "ask_director" in values(result, "also_ask")
    assert values(result, "crew_role")


def test_the_crew_action_answers_the_credit_and_the_director(domain):
    message = tracker(
        text="who sings the ending song and who directed it",
        intent="ask_crew",
        entities=[("crew_role", "theme_song"), ("also_ask", "ask_director")],
    )
    dispatcher = CollectingDispatcher()
    asyncio.run(ActionCrew().run(dispatcher, message, domain))
    responses = [m.get("response") for m in dispatcher.messages]
    assert "utter_crew_director" in responses
    assert any(r and "theme_song" in r for r in responses)


# 3. The actor joined to another request by "and" is the cast; a film's category is its genre.
@pytest.mark.parametrize(
    ("text", "intent", "expected"),
    [
        ("give me the actor and the runtime please", "ask_runtime", {"ask_cast", "ask_runtime"}),
        ("the release date and the name of the actress?", "ask_release_date", {"ask_cast", "ask_release_date"}),
        (
            "which category is the film in and when did it come out",
            "ask_release_date",
            {"ask_genre", "ask_release_date"},
        ),
    ],
)
def test_the_actor_and_the_category_joined_to_another_request(store, text, intent, expected):
    assert expected <= asked(reading(store, text, intent), intent)


@pytest.mark.parametrize("text", ["who is the actor who plays haruna?", "which actor plays akito"])
def test_the_actor_of_a_role_is_not_the_cast(store, text):
    assert "ask_cast" not in asked(reading(store, text, "ask_who_plays"), "ask_who_plays")


# 4. "+", "&" and "plus" join two requests as "and" does, though the tokens leave the signs out.
@pytest.mark.parametrize(
    ("text", "intent", "expected"),
    [
        ("runtime + director?", "ask_runtime", {"ask_runtime", "ask_director"}),
        ("release date & cast pls", "ask_release_date", {"ask_release_date", "ask_cast"}),
        ("who directed it plus what genre is it", "ask_director", {"ask_director", "ask_genre"}),
    ],
)
def test_signs_and_plus_join_two_requests(store, text, intent, expected):
    assert expected <= asked(reading(store, text, intent), intent)
