"""Answers in the user's language: which language a turn is in, and store values written for it.

English is the store's own language. For Japanese, names are the store's
`native` forms, film facts their `ja` form where the store has one, and dates,
lists and durations follow bot/i18n/ja.yml. Wording stays in domain.yml.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import Any

from bot.japanese import ENGLISH, JAPANESE
from bot.yaml_files import load_yaml_file

LANGUAGE_SLOT = "reply_language"
LANGUAGES = (ENGLISH, JAPANESE)
_FORMATS_DIR = Path(__file__).parent


class FormatsError(ValueError):
    """A formats file is missing a key or has the wrong kind of value."""


@cache
def formats(language: str) -> dict[str, Any]:
    path = _FORMATS_DIR / f"{language}.yml"
    raw = load_yaml_file(path)
    needed = {
        "date": str,
        "weekdays": list,
        "list_separator": str,
        "duration_hours": str,
        "duration_minutes": str,
        "cast_entry": str,
    }
    for key, kind in needed.items():
        if not isinstance(raw.get(key), kind):
            raise FormatsError(f"{path}: `{key}` must be a {kind.__name__}")
    if len(raw["weekdays"]) != 7:
        raise FormatsError(f"{path}: `weekdays` needs seven names, Monday first")
    return raw


def normalise(language: Any) -> str:
    return JAPANESE if language == JAPANESE else ENGLISH


def name(entry: Any, language: str) -> str:
    """A person's or character's name as an answer in `language` writes it."""
    native = getattr(entry, "native", None)
    return str(native) if language == JAPANESE and native else str(entry.name)


def fact_value(fact: Any, language: str) -> Any:
    """The fact's value, or its Japanese form (`ja:` in the store) for a Japanese answer."""
    if language == JAPANESE and fact.extra.get("ja") is not None:
        return fact.extra["ja"]
    return fact.value


def _date(value: Any) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        return None


def date(value: Any) -> str:
    """2024年6月27日."""
    day = _date(value)
    if day is None:
        return str(value)
    return str(formats(JAPANESE)["date"]).format(year=day.year, month=day.month, day=day.day)


def weekday(value: Any) -> str:
    day = _date(value)
    return str(formats(JAPANESE)["weekdays"][day.weekday()]) if day else ""


def join(items: Sequence[str]) -> str:
    return str(formats(JAPANESE)["list_separator"]).join(item for item in items if item)


def duration(minutes: int) -> str:
    hours, rest = divmod(int(minutes), 60)
    key = "duration_hours" if hours else "duration_minutes"
    return str(formats(JAPANESE)[key]).format(hours=hours, minutes=rest)


def value(value: Any) -> str:
    if isinstance(value, bool):
        return str(formats(JAPANESE)["yes" if value else "no"])
    if _date(value) is not None and isinstance(value, dt.date | str) and len(str(value)) == 10:
        return date(value)
    if isinstance(value, list | tuple):
        return join([str(item) for item in value])
    return str(value)
