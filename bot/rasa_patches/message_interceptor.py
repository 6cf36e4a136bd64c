"""One check in front of every incoming message, whatever the channel.

Why: every channel hands its messages to `app.ctx.agent.handle_message`
(rasa.core.channels.channel.register looks it up on each message); Rasa has
no hook before NLU that sees the message and can answer it instead. The
length limit (bot/guards.py) must hold for REST, the web widget, Slack,
Telegram and the shell alike.

Measured gain: none in speed on ordinary messages (one length check); it
exists for behaviour: a 5,000-character paste is answered politely without
running NLU on it.

Replaces the loaded agent's `handle_message` attribute with a wrapper.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

Handler = Callable[[Any], Awaitable[Any]]


def intercept_messages(agent: Any, interceptor: Callable[[Any, Handler], Awaitable[Any]]) -> None:
    """From now on `agent.handle_message(message)` calls `interceptor(message, original_handle_message)`."""
    handle_message: Handler = agent.handle_message

    async def intercepted(message: Any) -> Any:
        return await interceptor(message, handle_message)

    agent.handle_message = intercepted
