"""Fuzzing the web chat's socket.io channel, as the widget and as a broken client.

Any text sent as a user message gets a bot reply; a malformed message (not an
object, text of the wrong type, bad metadata) gets an `invalid_message` event
saying what is expected; nothing reaches the server log as a traceback, and a
normal question is still answered correctly afterwards.
"""

from __future__ import annotations

import asyncio
import uuid

import pytest
import socketio
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.channels.web import message_problem

pytestmark = pytest.mark.server
FUZZ = settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
TIMEOUT = 30


class Widget:
    """A socket.io client that behaves like rasa-webchat (session persistence on)."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.session_id = uuid.uuid4().hex
        self.client = socketio.AsyncClient(reconnection=False)
        self.replies: asyncio.Queue = asyncio.Queue()
        self.client.on("bot_uttered", lambda data: self.replies.put_nowait(("bot_uttered", data)))
        self.client.on("invalid_message", lambda data: self.replies.put_nowait(("invalid_message", data)))
        self.client.on("session_confirm", lambda data: self.replies.put_nowait(("session_confirm", data)))

    async def __aenter__(self) -> Widget:
        await self.client.connect(self.url, transports=["websocket"], socketio_path="/socket.io")
        await self.client.emit("session_request", {"session_id": self.session_id})
        assert (await self.next())[0] == "session_confirm"
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.client.disconnect()

    async def next(self) -> tuple[str, object]:
        return await asyncio.wait_for(self.replies.get(), TIMEOUT)

    async def say(self, data: object) -> tuple[str, object]:
        await self.client.emit("user_uttered", data)
        return await self.next()


def run(coroutine):
    return asyncio.new_event_loop().run_until_complete(coroutine)


@FUZZ
@given(message=st.one_of(st.text(max_size=200), st.text(max_size=5000)))
def test_any_text_gets_a_reply(server, message):
    async def exchange():
        async with Widget(server.url()) as widget:
            return await widget.say({"message": message, "session_id": widget.session_id})

    kind, reply = run(exchange())
    assert kind == "bot_uttered" and reply.get("text", "").strip()


@FUZZ
@given(
    data=st.one_of(
        st.none(),
        st.integers(),
        st.text(max_size=20),
        st.lists(st.integers(), max_size=3),
        st.fixed_dictionaries({"message": st.integers() | st.lists(st.text(max_size=3), max_size=2)}),
        st.fixed_dictionaries({"message": st.just("hi"), "metadata": st.integers() | st.just("{not json")}),
    )
)
def test_malformed_messages_get_a_clear_error(server, data):
    async def exchange():
        async with Widget(server.url()) as widget:
            if isinstance(data, dict):
                data.setdefault("session_id", widget.session_id)
            return await widget.say(data)

    kind, reply = run(exchange())
    assert kind == "invalid_message"
    assert "expected" in reply["error"] or "must be" in reply["error"]


def test_still_answers_and_logged_no_traceback_afterwards(server, store):
    async def exchange():
        async with Widget(server.url()) as widget:
            return await widget.say({"message": "who directed it?", "session_id": widget.session_id})

    kind, reply = run(exchange())
    assert store.people["takahiro_miki"].name in reply["text"]
    assert "Traceback" not in server.log_text()


def test_message_problem_accepts_what_the_widget_sends():
    assert message_problem({"message": "hi", "session_id": "abc", "metadata": {}}) is None
    assert message_problem({"message": "hi", "session_id": "abc", "metadata": '{"a": 1}'}) is None
    assert message_problem(["hi"]) is not None
