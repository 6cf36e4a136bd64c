"""Guards on every incoming message, whatever the channel.

Runs in front of the agent's `handle_message`, the one call every channel makes
(bot/rasa_patches/message_interceptor.py), so the same limits hold for REST,
the web widget, Slack, Telegram and the shell.
"""

from __future__ import annotations

import logging
import os
from typing import Any

from bot.rasa_patches.message_interceptor import Handler, intercept_messages

logger = logging.getLogger(__name__)

DEFAULT_MAX_MESSAGE_CHARS = 1000
TOO_LONG_RESPONSE = "utter_message_too_long"


def max_message_chars() -> int:
    """MAX_MESSAGE_CHARS from the environment; a bad value falls back to the default, loudly."""
    raw = os.environ.get("MAX_MESSAGE_CHARS", "")
    if not raw:
        return DEFAULT_MAX_MESSAGE_CHARS
    try:
        value = int(raw)
        if value < 1:
            raise ValueError
    except ValueError:
        logger.warning("MAX_MESSAGE_CHARS=%r is not a positive number; using %d", raw, DEFAULT_MAX_MESSAGE_CHARS)
        return DEFAULT_MAX_MESSAGE_CHARS
    return value


def limit_message_length(agent: Any, max_chars: int, film_title: str) -> None:
    """Answer over-long messages with a polite response instead of running them through NLU.

    Long pastes would cost NLU time for no answer; the reply is a domain
    response like any other, sent on the message's own channel.
    """
    from rasa.shared.core.trackers import DialogueStateTracker

    async def guarded(message: Any, handle_message: Handler) -> Any:
        if message.text is None or len(message.text) <= max_chars:
            return await handle_message(message)
        logger.info("Message of %d characters from one sender answered with %s", len(message.text), TOO_LONG_RESPONSE)
        tracker = DialogueStateTracker(message.sender_id or "unknown", slots=[])
        response = await agent.nlg.generate(
            TOO_LONG_RESPONSE, tracker, message.output_channel.name(), max_chars=max_chars, film_title=film_title
        )
        if response:
            await message.output_channel.send_response(message.sender_id, response)
        return None

    intercept_messages(agent, guarded)
