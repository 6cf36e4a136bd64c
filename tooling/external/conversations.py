"""A held-out set of questions and conversations, each turn with its intent and expected outcome.

tests/nlu/heldout_ja.yml is one file read two ways: the NLU evaluation scores each
turn's intent and entities (`nlu_examples`, entities annotated as in Rasa's NLU
format: `[春奈](character)役は誰？`), and the outcome scorer asks each conversation
over REST and judges every reply (`items`, expectations as in score.py).

    questions:                 # one-turn conversations, grouped by intent and expectation
      - intent: ask_director
        expect: [fact crew:director]
        examples: |
          - 監督は誰？
    conversations:             # turns in one conversation (follow-ups)
      - id: haruna-other-work
        turns:
          - {intent: ask_who_plays, text: "[春奈](character)役は誰？", expect: [fact character:haruna_sakurai:actor]}
          - {intent: ask_other_work, text: "他にどんな作品に出てる？", expect: [fact person:natsuki_deguchi:known_for]}
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml


class SetError(ValueError):
    """The set file is malformed; the message names the entry."""


@dataclass(frozen=True)
class Turn:
    item: str  # the conversation it belongs to
    intent: str
    annotated: str  # with [entity](type) marks
    expect: tuple[str, ...]
    multi_turn: bool

    @property
    def text(self) -> str:
        return plain(self.annotated)


def plain(annotated: str) -> str:
    """The text a user types: '[春奈](character)役は誰？' -> '春奈役は誰？'."""
    from rasa.shared.nlu.training_data.entities_parser import replace_entities

    return replace_entities(annotated)


def _expect(value: object, where: str) -> tuple[str, ...]:
    entries = [value] if isinstance(value, str | bool) else value
    if isinstance(entries, list):  # YAML reads a bare yes / no as a boolean
        entries = [("yes" if e else "no") if isinstance(e, bool) else e for e in entries]
    if not isinstance(entries, list) or not entries or not all(isinstance(e, str) and e for e in entries):
        raise SetError(f"{where}: 'expect' must be a non-empty list of outcomes")
    return tuple(entries)


def _examples(block: object, where: str) -> list[str]:
    if not isinstance(block, str):
        raise SetError(f"{where}: 'examples' must be a block of '- question' lines")
    lines = [line.strip() for line in block.splitlines() if line.strip()]
    if not all(line.startswith("- ") for line in lines):
        raise SetError(f"{where}: every line of 'examples' starts with '- '")
    return [line[2:].strip() for line in lines]


def is_set(path: Path) -> bool:
    """This file is such a set (not Rasa NLU data)."""
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    return isinstance(raw, dict) and bool({"questions", "conversations"} & raw.keys()) and "nlu" not in raw


def load(path: Path) -> list[Turn]:
    """Every turn of the set, one-turn questions first, then the conversations in order."""
    raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    if not isinstance(raw, dict) or not ({"questions", "conversations"} & raw.keys()):
        raise SetError(f"{path}: expected 'questions' and/or 'conversations'")
    turns: list[Turn] = []
    for n, group in enumerate(raw.get("questions") or []):
        where = f"{path.name}: questions[{n}]"
        intent = group.get("intent")
        if not isinstance(intent, str):
            raise SetError(f"{where}: needs an 'intent'")
        expect = _expect(group.get("expect"), where)
        for m, text in enumerate(_examples(group.get("examples"), where)):
            turns.append(Turn(f"{intent}-{n}-{m}", intent, text, expect, multi_turn=False))
    seen: set[str] = set()
    for n, conversation in enumerate(raw.get("conversations") or []):
        ident = conversation.get("id") or f"conversation-{n}"
        where = f"{path.name}: conversations[{ident}]"
        if ident in seen:
            raise SetError(f"{where}: duplicate id")
        seen.add(ident)
        steps = conversation.get("turns") or []
        if len(steps) < 2:
            raise SetError(f"{where}: a conversation has at least two turns")
        for m, step in enumerate(steps):
            if not isinstance(step.get("intent"), str) or not isinstance(step.get("text"), str):
                raise SetError(f"{where}.turns[{m}]: needs 'intent' and 'text'")
            expect = _expect(step.get("expect"), f"{where}.turns[{m}]")
            turns.append(Turn(ident, step["intent"], step["text"], expect, multi_turn=True))
    return turns


def nlu_examples(path: Path) -> list[tuple[str, str, frozenset[tuple[int, int, str]]]]:
    """(text, intent, entity spans) of every turn, for the held-out NLU evaluation."""
    from rasa.shared.nlu.training_data.entities_parser import find_entities_in_training_example

    result = []
    for turn in load(path):
        entities = find_entities_in_training_example(turn.annotated)
        spans = frozenset((e["start"], e["end"], e["entity"]) for e in entities)
        result.append((turn.text, turn.intent, spans))
    return result


def items(path: Path) -> list[dict]:
    """The set as the outcome scorer's items: one per conversation, category = the turn's intent."""
    by_item: dict[str, dict] = {}
    for turn in load(path):
        item = by_item.setdefault(turn.item, {"id": turn.item, "category": turn.intent, "turns": []})
        item["turns"].append({"text": turn.text, "expect": list(turn.expect), "category": turn.intent})
    return list(by_item.values())
