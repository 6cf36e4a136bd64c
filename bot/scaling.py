"""Running more than one server: a shared lock store keeps each conversation in order.

With several server processes behind a load balancer, two messages of one
conversation can reach two processes at once. Rasa serialises the messages of
a conversation with a lock store; the default one lives in one process's
memory, so several processes need Rasa's Redis lock store, set by
`LOCK_STORE_URL=redis://host:port/db`. Conversations themselves must be in a
shared tracker store too (`TRACKER_STORE_URL`, bot/conversations.py).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlsplit

from bot.launcher import LaunchError

ENV = "LOCK_STORE_URL"
LOCK_STORE = "bot.locks.ConversationRedisLockStore"  # imported by Rasa when it builds the lock store


def lock_store_endpoint(environ: Mapping[str, str] | None = None) -> Any | None:
    """Rasa's lock store configuration from LOCK_STORE_URL, or None for the in-process default."""
    raw = (os.environ if environ is None else environ).get(ENV, "").strip()
    if not raw:
        return None
    parts = urlsplit(raw)
    if parts.scheme not in ("redis", "rediss") or not parts.hostname:
        raise LaunchError(f"{ENV} must look like redis://host:6379/0, found {raw!r}")
    try:
        port = parts.port or 6379
        db = int(parts.path.strip("/") or 0)
    except ValueError as error:
        raise LaunchError(f"{ENV} has a bad port or database number: {raw!r}") from error
    from rasa.utils.endpoints import EndpointConfig

    return EndpointConfig(
        url=parts.hostname,
        type=LOCK_STORE,
        port=port,
        db=db,
        password=parts.password,
        use_ssl=parts.scheme == "rediss",
    )


def describe(environ: Mapping[str, str] | None = None) -> str:
    raw = (os.environ if environ is None else environ).get(ENV, "").strip()
    if not raw:
        return "conversation locks: in this process (one server)"
    parts = urlsplit(raw)
    return f"conversation locks: Redis at {parts.hostname}:{parts.port or 6379} (several servers)"
