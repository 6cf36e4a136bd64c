"""A log of what users asked that the assistant could not answer.

Each turn that ends in "I didn't get that" or "I don't know that" is stored
(text, intent, confidence, reason, time; never who asked) in a SQLite file, so
the facts and NLU data can grow where users need them. `python -m bot report`
prints the most frequent. Set UNANSWERED_LOG=off to record nothing.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import sqlite3
from collections.abc import Mapping
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import Any

logger = logging.getLogger(__name__)

DEFAULT_DB = Path(__file__).resolve().parent.parent / "var" / "unanswered.sqlite"
MAX_TEXT = 500  # enough to see what was asked; a 20,000-character paste is not kept whole
_SCHEMA = """
CREATE TABLE IF NOT EXISTS unanswered (
    asked_at TEXT NOT NULL,
    reason TEXT NOT NULL,
    text TEXT NOT NULL,
    intent TEXT,
    confidence REAL
)
"""


@dataclass(frozen=True)
class Row:
    text: str
    reason: str
    intent: str | None
    count: int
    mean_confidence: float | None
    last_asked: str


def enabled() -> bool:
    return os.environ.get("UNANSWERED_LOG", "on").strip().lower() not in ("off", "0", "false", "no")


def db_path() -> Path:
    return Path(os.environ.get("UNANSWERED_DB", DEFAULT_DB))


def _connect(path: Path) -> sqlite3.Connection:
    path.parent.mkdir(parents=True, exist_ok=True)
    connection = sqlite3.connect(path, timeout=5)
    connection.execute(_SCHEMA)
    return connection


def record(message: Mapping[str, Any], reason: str, path: Path | None = None) -> None:
    """Store one unanswered turn. Never raises: losing a log line must not lose the reply."""
    if not enabled():
        return
    intent = message.get("intent") or {}
    try:
        with closing(_connect(path or db_path())) as connection, connection:
            connection.execute(
                "INSERT INTO unanswered (asked_at, reason, text, intent, confidence) VALUES (?, ?, ?, ?, ?)",
                (
                    dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
                    reason,
                    (message.get("text") or "")[:MAX_TEXT],
                    intent.get("name"),
                    intent.get("confidence"),
                ),
            )
    except (sqlite3.Error, OSError) as error:
        logger.warning("Could not record an unanswered question in %s: %s", path or db_path(), error)


def most_frequent(limit: int = 20, path: Path | None = None) -> list[Row]:
    path = path or db_path()
    if not path.exists():
        return []
    with closing(_connect(path)) as connection:
        rows = connection.execute(
            """
            SELECT lower(trim(text)) AS asked, reason, intent, count(*), avg(confidence), max(asked_at)
            FROM unanswered GROUP BY asked, reason ORDER BY count(*) DESC, max(asked_at) DESC LIMIT ?
            """,
            (limit,),
        ).fetchall()
    return [Row(*row) for row in rows]
