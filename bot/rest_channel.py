"""Rasa's REST channel with its request validated.

Rasa's RestInput reads `request.json.get(...)` directly, so a JSON array or a
number as the body, or a `message` that is not text, ends in a 500. Here every
malformed request gets a 400 that says what is expected; the URL and the
answers stay those of the stock channel (`/webhooks/rest/webhook`). The hooks
sit behind RestInput's private methods (bot/rasa_patches/rest_input.py).
"""

from __future__ import annotations

from typing import Any

from sanic.exceptions import InvalidUsage as BadRequest  # sanic 21.12 name for a 400
from sanic.request import Request

from bot.rasa_patches.rest_input import RestInputHooks

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
