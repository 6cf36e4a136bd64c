"""When the conversation database or the lock store is down: say so, never pretend.

Rasa's agent wraps every tracker store in a `FailSafeTrackerStore` that, on
any error, answers from an empty in-memory tracker and saves the turn there.
With several replicas behind a load balancer that is the worst outcome: the
user gets an answer without the conversation's context, the turn is
acknowledged but never stored, and each replica keeps a private copy. Here a
database or Redis error instead ends the turn with the domain response
`utter_temporarily_unavailable` on the user's channel; the REST channel
answers it with status 503 and `Retry-After` (bot/rest_channel.py). Nothing is
stored for that turn, and the next message after the outage works again
(SQLAlchemy and redis-py reconnect by themselves).
"""

from __future__ import annotations

import logging
from typing import Any

from bot.rasa_patches.message_interceptor import Handler, intercept_messages

logger = logging.getLogger(__name__)

UNAVAILABLE_RESPONSE = "utter_temporarily_unavailable"
RETRY_AFTER_SECONDS = 5


class TemporarilyUnavailable(RuntimeError):
    """The conversation store or the lock store cannot be reached; the turn was not handled."""


def _outage_types() -> tuple[type[BaseException], ...]:
    import redis.exceptions
    import sqlalchemy.exc
    from rasa.core.lock_store import LockError

    # DBAPIError covers a refused or dropped connection (OperationalError,
    # InterfaceError); LockError is Rasa's "could not get the lock in time".
    return (
        TemporarilyUnavailable,
        sqlalchemy.exc.DBAPIError,
        redis.exceptions.ConnectionError,
        redis.exceptions.TimeoutError,
        LockError,
    )


def is_outage(error: BaseException) -> bool:
    """True when `error`, or an error it was raised from, is a store being unreachable."""
    types = _outage_types()
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        if isinstance(current, types):
            return True
        seen.add(id(current))
        current = current.__cause__ or current.__context__
    return False


def no_silent_fallback(agent: Any) -> bool:
    """A failing tracker store ends the turn: TemporarilyUnavailable (rasa_patches/tracker_store_failsafe.py)."""
    from bot.rasa_patches.tracker_store_failsafe import raise_on_store_errors

    return raise_on_store_errors(agent, lambda error: TemporarilyUnavailable(f"the conversation store failed: {error}"))


def answer_outages(agent: Any) -> None:
    """Wrap `agent.handle_message`: an unreachable store ends the turn with `utter_temporarily_unavailable`.

    The response goes to the message's own channel; then TemporarilyUnavailable
    is raised for the REST channel, which turns it into a 503, while the other
    channels (socket.io, Slack, Telegram) have nothing more to say.
    """
    from rasa.shared.core.trackers import DialogueStateTracker

    async def guarded(message: Any, handle_message: Handler) -> Any:
        try:
            return await handle_message(message)
        except Exception as error:
            if not is_outage(error):
                raise
            logger.warning("Turn not handled, a store is unreachable: %s", str(error).splitlines()[0])
            tracker = DialogueStateTracker(message.sender_id or "unknown", slots=[])
            response = await agent.nlg.generate(UNAVAILABLE_RESPONSE, tracker, message.output_channel.name())
            if response:
                await message.output_channel.send_response(message.sender_id, response)
            if message.input_channel == "rest":
                raise TemporarilyUnavailable(str(error)) from error
            return None

    intercept_messages(agent, guarded)
