"""Where conversations are kept, and how to list or delete them.

Rasa keeps each conversation (its "tracker": every message, answer and slot)
in a tracker store. Ours is SQL so that a conversation survives a restart:
by default the SQLite file `var/conversations.sqlite`; `TRACKER_STORE_URL`
takes any SQLAlchemy URL instead (e.g. `postgresql://user:pass@host/db`), or
`memory` to keep nothing on disk. Conversations belong to the people who had
them: `python -m bot conversations` lists them and `python -m bot forget`
deletes them (README, "Conversation data").
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.launcher import PROJECT_ROOT, LaunchError

ENV = "TRACKER_STORE_URL"
DEFAULT_DB = PROJECT_ROOT / "var" / "conversations.sqlite"
IN_MEMORY = "memory"
EVENTS_TABLE = "events"  # the table Rasa's SQLTrackerStore writes


def store_url(environ: Mapping[str, str] | None = None) -> str | None:
    """The tracker store's SQLAlchemy URL, or None to keep conversations in memory only.

    A relative SQLite path is taken from the project root (the server may be
    started from anywhere); its folder is created.
    """
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    raw = (os.environ if environ is None else environ).get(ENV, "").strip()
    if raw.lower() == IN_MEMORY:
        return None
    if not raw:
        raw = f"sqlite:///{DEFAULT_DB}"
    try:
        url = make_url(raw)
    except ArgumentError as error:
        raise LaunchError(f"{ENV} is not a database URL ({error}); e.g. sqlite:///var/conversations.sqlite") from error
    if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:":
        path = Path(url.database)
        if not path.is_absolute():
            path = PROJECT_ROOT / path
        path.parent.mkdir(parents=True, exist_ok=True)
        url = url.set(database=str(path))
    return url.render_as_string(hide_password=False)


def describe(url: str | None) -> str:
    """Where conversations go, for the start-up log (never the password)."""
    if url is None:
        return "conversations: in memory only (lost at restart)"
    from sqlalchemy.engine import make_url

    return f"conversations: kept in {make_url(url)!r}"


def endpoint_config(url: str) -> Any:
    """The tracker store for an SQL URL: Rasa's SQL store, with trackers kept between turns
    (bot/fastpath.py: PersistentConversationStore). Rasa takes a full URL as `url`."""
    from rasa.utils.endpoints import EndpointConfig

    return EndpointConfig(url=url, type="bot.fastpath.PersistentConversationStore")


@dataclass(frozen=True)
class Conversation:
    sender_id: str
    events: int
    first: dt.datetime | None
    last: dt.datetime | None


def _engine(url: str | None) -> Any:
    if url is None:
        raise LaunchError(f"{ENV}={IN_MEMORY}: conversations are not stored, so there is nothing to list or delete")
    import sqlalchemy as sa

    return sa.create_engine(url)


def _time(value: float | None) -> dt.datetime | None:
    return dt.datetime.fromtimestamp(value, tz=dt.timezone.utc) if value else None


def _has_events_table(engine: Any) -> bool:
    import sqlalchemy as sa

    return sa.inspect(engine).has_table(EVENTS_TABLE)


def list_conversations(url: str | None) -> list[Conversation]:
    """Every stored conversation, most recent first."""
    import sqlalchemy as sa

    engine = _engine(url)
    if not _has_events_table(engine):
        return []
    query = sa.text(
        f"SELECT sender_id, COUNT(*), MIN(timestamp), MAX(timestamp) FROM {EVENTS_TABLE} "
        "GROUP BY sender_id ORDER BY MAX(timestamp) DESC"
    )
    with engine.connect() as connection:
        rows = connection.execute(query).all()
    return [Conversation(row[0], row[1], _time(row[2]), _time(row[3])) for row in rows]


def forget(url: str | None, sender_ids: Iterable[str] = (), older_than_days: float | None = None) -> int:
    """Delete conversations by id and/or those idle for longer than `older_than_days`; returns how many."""
    import sqlalchemy as sa

    engine = _engine(url)
    if not _has_events_table(engine):
        return 0
    doomed = set(sender_ids)
    if older_than_days is not None:
        cutoff = dt.datetime.now(tz=dt.timezone.utc) - dt.timedelta(days=older_than_days)
        doomed.update(c.sender_id for c in list_conversations(url) if c.last is None or c.last < cutoff)
    deleted = 0
    with engine.begin() as connection:
        for sender_id in sorted(doomed):
            result = connection.execute(
                sa.text(f"DELETE FROM {EVENTS_TABLE} WHERE sender_id = :sender_id"), {"sender_id": sender_id}
            )
            deleted += 1 if result.rowcount else 0
    return deleted
