"""A database or Redis outage ends a turn with `utter_temporarily_unavailable` (503 over REST), never a fallback."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
import redis.exceptions
import sqlalchemy.exc
from rasa.core.channels.channel import CollectingOutputChannel, UserMessage
from rasa.core.lock_store import LockError

from bot.outages import UNAVAILABLE_RESPONSE, TemporarilyUnavailable, answer_outages, is_outage


def db_down() -> Exception:
    return sqlalchemy.exc.OperationalError("SELECT 1", {}, Exception("connection refused"))


@pytest.mark.parametrize(
    "error",
    [db_down(), redis.exceptions.ConnectionError("refused"), LockError("timed out"), TemporarilyUnavailable("x")],
    ids=["postgres", "redis", "lock", "ours"],
)
def test_store_outages_are_recognised_also_when_wrapped(error):
    assert is_outage(error)
    try:
        try:
            raise error
        except Exception as inner:
            raise RuntimeError("wrapped") from inner
    except RuntimeError as outer:
        assert is_outage(outer)


@pytest.mark.parametrize("error", [ValueError("bug"), KeyError("x"), sqlalchemy.exc.ArgumentError("bad url")])
def test_bugs_are_not_outages(error):
    assert not is_outage(error)


class FakeNlg:
    async def generate(self, name: str, tracker: Any, channel: str, **kwargs: Any) -> dict[str, Any] | None:
        return {"text": f"<{name}>"} if name == UNAVAILABLE_RESPONSE else None


class FakeAgent:
    nlg = FakeNlg()

    def __init__(self, error: Exception | None) -> None:
        self.error = error

    async def handle_message(self, message: Any) -> Any:
        if self.error is not None:
            raise self.error
        await message.output_channel.send_text_message(message.sender_id, "answer")


def run(agent: FakeAgent, channel: str) -> list[dict[str, Any]]:
    answer_outages(agent)
    output = CollectingOutputChannel()
    asyncio.run(agent.handle_message(UserMessage("hi", output, "someone", input_channel=channel)))
    return output.messages


def test_an_outage_answers_temporarily_unavailable_on_the_users_channel():
    assert [m["text"] for m in run(FakeAgent(db_down()), "socketio")] == [f"<{UNAVAILABLE_RESPONSE}>"]


def test_over_rest_the_outage_is_raised_for_a_503_after_the_response():
    agent = FakeAgent(redis.exceptions.ConnectionError("refused"))
    answer_outages(agent)
    output = CollectingOutputChannel()
    with pytest.raises(TemporarilyUnavailable):
        asyncio.run(agent.handle_message(UserMessage("hi", output, "someone", input_channel="rest")))
    assert [m["text"] for m in output.messages] == [f"<{UNAVAILABLE_RESPONSE}>"]


def test_ordinary_turns_and_bugs_pass_through():
    assert [m["text"] for m in run(FakeAgent(None), "rest")] == ["answer"]
    with pytest.raises(ValueError):
        run(FakeAgent(ValueError("bug")), "rest")


def test_the_response_exists_in_the_domain(domain):
    assert domain["responses"][UNAVAILABLE_RESPONSE][0]["text"]
