"""A check in front of the socket.io event handler that Rasa's channel registers.

Why: Rasa's socket.io channel registers its `user_uttered` handler inside
`SocketIOInput.blueprint` and assumes a dict with text in it; anything else
raises inside python-socketio, is logged as an error with a traceback, and
the client hears nothing. There is no seam to validate before it.

Measured gain: none in speed; a malformed message gets an `invalid_message`
event that says what is expected (bot/channels/web.py).

Reaches the `socketio.AsyncServer` through the blueprint's `ctx.sio` (set by
Rasa's `SocketBlueprint`) and replaces the entry of python-socketio's
`AsyncServer.handlers[namespace][event]`.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

Handler = Callable[..., Awaitable[Any]]


def socketio_server(socket_blueprint: Any) -> Any:
    """The socketio.AsyncServer behind a blueprint made by Rasa's SocketIOInput.blueprint."""
    return socket_blueprint.ctx.sio


def wrap_event_handler(sio: Any, event: str, namespace: str | None, wrap: Callable[[Handler], Handler]) -> None:
    """Replace the handler registered for `event` with `wrap(handler)`."""
    handlers = sio.handlers[namespace or "/"]
    handlers[event] = wrap(handlers[event])
