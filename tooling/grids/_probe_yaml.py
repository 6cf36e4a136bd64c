"""How a grid writes one probe turn in YAML (shared by the grid modules; not a grid itself)."""

from __future__ import annotations

# Expectations written bare: the probe runner's kinds of reply, not regexes.
REPLY_KINDS = frozenset({"DONT_KNOW", "REFUSE"})


def quoted(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def turn_lines(category: str, note: str, text: str, expect: str) -> list[str]:
    """One conversation of one turn: its category (with a note) and the question with its expectation."""
    shown = expect if expect in REPLY_KINDS else quoted(expect)
    return [f"- category: {category}  # {note}", f"  turns: [{{ask: {quoted(text)}, expect: {shown}}}]"]
