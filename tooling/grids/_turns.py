"""The YAML lines of one-turn probe conversations, shared by the grid generators (not a generator itself)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
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


def multi_turn_lines(conversations: Iterable[Mapping[str, Any]]) -> list[str]:
    """A conversation's category with its source as a comment, then one line a turn (a follow-up has two turns)."""
    lines = []
    for conversation in conversations:
        lines.append(f"- category: {conversation['category']}  # {conversation['source']}")
        lines.append("  turns:")
        for turn in conversation["turns"]:
            ask = yaml.safe_dump(turn["ask"], allow_unicode=True, width=1000, default_style='"').strip()
            expect = yaml.safe_dump(turn["expect"], allow_unicode=True, width=1000, default_style='"').strip()
            lines.append(f"    - {{ask: {ask}, expect: {expect}}}")
    return lines
