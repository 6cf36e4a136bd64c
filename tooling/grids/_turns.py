"""The YAML lines of one-turn probe conversations, shared by the grid generators (not a generator itself)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from typing import Any

import yaml


def conversation_lines(turns: Iterable[Mapping[str, str]]) -> list[str]:
    """Two lines a turn: its category with its source as a comment, then the asked text and the expectation."""
    lines = []
    for turn in turns:
        lines.append(f"- category: {turn['category']}  # {turn['source']}")
        ask = yaml.safe_dump(turn["ask"], allow_unicode=True, width=1000, default_style='"').strip()
        expect = yaml.safe_dump(turn["expect"], allow_unicode=True, width=1000, default_style='"').strip()
        lines.append(f"  turns: [{{ask: {ask}, expect: {expect}}}]")
    return lines


def framed_lines(
    frames: Iterable[Mapping[str, Any]], turns_of: Callable[[Mapping[str, Any]], Iterable[dict]]
) -> list[str]:
    """Each frame's `# <id>: <source>` line, then its one-turn conversations (`turns_of(frame)`), every asked text
    once: a text an earlier frame already asks is left out."""
    lines: list[str] = []
    seen: set[str] = set()
    for frame in frames:
        lines.append(f"# {frame['id']}: {frame['source']}")
        turns = [turn for turn in turns_of(frame) if turn["ask"] not in seen]
        seen.update(turn["ask"] for turn in turns)
        lines.extend(conversation_lines(turns))
    return lines


# Expectations written bare, as the probe files write them: what kind of reply, not a regex.
KIND_EXPECTATIONS = frozenset({"DONT_KNOW", "REFUSE"})


def multi_turn_lines(conversations: Iterable[Mapping[str, Any]]) -> list[str]:
    """The lines of conversations of one or more turns: the category with its source as a comment, then each turn's
    asked text and expectation (a kind of reply bare, a regex quoted)."""
    lines = []
    for conversation in conversations:
        lines.append(f"- category: {conversation['category']}  # {conversation['source']}")
        lines.append("  turns:")
        for turn in conversation["turns"]:
            expect = turn["expect"] if turn["expect"] in KIND_EXPECTATIONS else _quoted(turn["expect"])
            lines.append(f"    - {{ask: {_quoted(turn['ask'])}, expect: {expect}}}")
    return lines


def framed_multi_turn_lines(
    frames: Iterable[Mapping[str, Any]], conversations_of: Callable[[Mapping[str, Any]], Iterable[Mapping[str, Any]]]
) -> list[str]:
    """Each frame's `# <id>: <source>` line, then its conversations (`conversations_of(frame)`), every last asked
    text once: a conversation whose last question an earlier one already asks is left out."""
    lines: list[str] = []
    seen: set[str] = set()
    for frame in frames:
        lines.append(f"# {frame['id']}: {frame['source']}")
        conversations = [c for c in conversations_of(frame) if c["turns"][-1]["ask"] not in seen]
        seen.update(c["turns"][-1]["ask"] for c in conversations)
        lines.extend(multi_turn_lines(conversations))
    return lines


def _quoted(text: str) -> str:
    return yaml.safe_dump(text, allow_unicode=True, width=1000, default_style='"').strip()


def literal(text: str) -> str:
    """A literal in an expectation's regex that stays readable in the probe file (spaces left unescaped)."""
    return re.escape(text).replace("\\ ", " ")
