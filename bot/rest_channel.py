"""Rasa's REST channel with its request validated.

Rasa's RestInput reads `request.json.get(...)` directly, so a JSON array or a
number as the body, or a `message` that is not text, ends in a 500. Here every
malformed request gets a 400 that says what is expected; the URL and the
answers stay those of the stock channel (`/webhooks/rest/webhook`). The hooks
sit behind RestInput's private methods (bot/rasa_patches/rest_input.py).

Rasa's webhook also answers 200 with whatever was said so far when handling
the message fails, which tells a client its turn went through when it did not.
Here a turn that could not be handled because the conversation database or
the lock store is down (bot/outages.py) gets 503 with `Retry-After` and the
"temporarily unavailable" response; any other failure gets a plain 500
(logged with its traceback, never sent).
"""

from __future__ import annotations

import inspect
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from rasa.core.channels.channel import CollectingOutputChannel, UserMessage
from rasa.utils.endpoints import bool_arg
from sanic import Blueprint, response
from sanic.exceptions import InvalidUsage as BadRequest  # sanic 21.12 name for a 400
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.outages import RETRY_AFTER_SECONDS, is_outage
from bot.rasa_patches.rest_input import RestInputHooks

logger = logging.getLogger(__name__)

MAX_SENDER_CHARS = 128
EXPECTED = 'expected a JSON object like {"sender": "some-id", "message": "who plays Akito?"}'


def _body(request: Request) -> dict[str, Any]:
    try:
        body = request.json
    except Exception as error:  # sanic raises its own parse errors; all mean the same to the caller
        raise BadRequest(f"the body is not valid JSON: {EXPECTED}") from error
    if not isinstance(body, dict):
        raise BadRequest(EXPECTED)
    return body


class ValidatedRestInput(RestInputHooks):
    @classmethod
    def name(cls) -> str:
        return "rest"

    async def sender_of(self, req: Request) -> str:
        sender = _body(req).get("sender")
        if isinstance(sender, int) and not isinstance(sender, bool):
            sender = str(sender)
        if not isinstance(sender, str) or not sender.strip():
            raise BadRequest(f"'sender' is missing or not text: {EXPECTED}")
        if len(sender) > MAX_SENDER_CHARS:
            raise BadRequest(f"'sender' is longer than {MAX_SENDER_CHARS} characters")
        return sender

    def message_of(self, req: Request) -> str:
        message = _body(req).get("message")
        if not isinstance(message, str):
            raise BadRequest(f"'message' is missing or not text: {EXPECTED}")
        return message

    def input_channel_of(self, req: Request) -> str:
        return self.name()  # a client does not get to pose as another channel

    def get_metadata(self, request: Request) -> dict[str, Any] | None:
        metadata = _body(request).get("metadata")
        if metadata is not None and not isinstance(metadata, dict):
            raise BadRequest("'metadata' must be a JSON object")
        return metadata

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        """Rasa's two routes (`/` and `/webhook`), with honest status codes."""
        module = inspect.getmodule(self)
        webhook = Blueprint(f"custom_webhook_{type(self).__name__}", module.__name__ if module else None)

        @webhook.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @webhook.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> Any:
            sender_id = await self.sender_of(request)
            text = self.message_of(request)
            input_channel = self.input_channel_of(request)
            metadata = self.get_metadata(request)
            if bool_arg(request, "stream", default=False):
                return response.stream(
                    self.stream_response(on_new_message, text, sender_id, input_channel, metadata),
                    content_type="text/event-stream",
                )
            collector = CollectingOutputChannel()
            message = UserMessage(text, collector, sender_id, input_channel=input_channel, metadata=metadata)
            try:
                await on_new_message(message)
            except Exception as error:
                if is_outage(error):
                    headers = {"Retry-After": str(RETRY_AFTER_SECONDS)}
                    return response.json(collector.messages, status=503, headers=headers)
                logger.exception("The message of %s could not be handled", sender_id)
                return response.json({"error": "internal error"}, status=500)
            return response.json(collector.messages)

        return webhook
