"""Formatting of store values for responses (how, never what)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any


def join_list(items: Sequence[str]) -> str:
    """'A', 'A and B', 'A, B and C'."""
    items = [item for item in items if item]
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} and {items[-1]}"


def format_date(value: Any) -> str:
    if isinstance(value, str):
        try:
            value = dt.date.fromisoformat(value)
        except ValueError:
            return value
    if isinstance(value, dt.date):
        return f"{value.day} {value:%B %Y}"
    return str(value)


def format_duration(minutes: int) -> str:
    hours, rest = divmod(int(minutes), 60)
    return f"{hours} h {rest:02d} min" if hours else f"{rest} min"


def format_value(value: Any) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, dt.date):
        return format_date(value)
    if isinstance(value, list | tuple):
        return join_list([format_value(item) for item in value])
    return str(value)
