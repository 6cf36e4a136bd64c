"""Probes: real-user-style conversations scored by what the user gets back.

`python -m tooling.probes [--probes FILE] [--model MODEL] [--json OUT]` asks every
conversation of tests/nlu/probes.yml of the trained model, actions in-process,
each in a new conversation, and sorts every turn into one outcome:

- correct: the reply matches the turn's `expect` regex (or the expected outcome);
- dont_know: "I don't know ..." when an answer was expected;
- not_understood: "Sorry, I didn't get that";
- refused: the out-of-scope refusal when an answer was expected;
- clarify: a question back ("Do you mean one of these?", "Who do you mean?");
- wrong: any other reply, i.e. a confident answer to a different question.

Prints accuracy, wrong-answer, don't-know and not-understood rates by category
and lists every turn that is not correct.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import re
import uuid
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass
from pathlib import Path

import yaml

from bot.launcher import DEFAULT_MODEL, PROJECT_ROOT, quiet, quiet_rasa_logging

PROBES = PROJECT_ROOT / "tests" / "nlu" / "probes.yml"
DONT_KNOW = re.compile(r"\bI don't know\b|\bdon't know anyone\b", re.IGNORECASE)
NOT_UNDERSTOOD = re.compile(r"didn't get that", re.IGNORECASE)
REFUSED = re.compile(r"I can only help with", re.IGNORECASE)
CLARIFY = re.compile(r"^(Do you mean one of these|Who do you mean)", re.IGNORECASE)
OUTCOMES = ("correct", "wrong", "dont_know", "not_understood", "refused", "clarify")


@dataclass(frozen=True)
class Turn:
    category: str
    ask: str
    expect: str
    reply: str
    outcome: str


def outcome(expect: str, reply: str) -> str:
    """One of OUTCOMES for a reply to a turn that expects `expect`."""
    if expect == "DONT_KNOW" and DONT_KNOW.search(reply):
        return "correct"
    if expect == "REFUSE" and REFUSED.search(reply):
        return "correct"
    if expect not in ("DONT_KNOW", "REFUSE") and re.search(expect, reply):
        return "correct"
    if NOT_UNDERSTOOD.search(reply):
        return "not_understood"
    if REFUSED.search(reply):
        return "refused"
    if DONT_KNOW.search(reply) and "DONT_KNOW" not in expect:
        return "dont_know"
    if CLARIFY.search(reply):
        return "clarify"
    return "wrong"


def load(path: Path) -> list[dict]:
    return yaml.safe_load(path.read_text(encoding="utf-8"))["conversations"]


async def ask_all(agent, conversations: list[dict]) -> list[Turn]:
    turns = []
    for conversation in conversations:
        sender = f"probe-{uuid.uuid4().hex[:12]}"
        for turn in conversation["turns"]:
            messages = await agent.handle_text(turn["ask"], sender_id=sender)
            reply = "\n".join(m.get("text") or "" for m in messages or [])
            expect = str(turn["expect"])
            turns.append(Turn(conversation["category"], turn["ask"], expect, reply, outcome(expect, reply)))
    return turns


def summary(turns: list[Turn]) -> dict[str, dict[str, float]]:
    by_category: dict[str, Counter] = defaultdict(Counter)
    for turn in turns:
        by_category[turn.category][turn.outcome] += 1
        by_category["ALL"][turn.outcome] += 1
    return {
        category: {"turns": sum(counts.values()), **{o: counts[o] / sum(counts.values()) for o in OUTCOMES}}
        for category, counts in by_category.items()
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tooling.probes", description=__doc__)
    parser.add_argument("--probes", type=Path, default=PROBES)
    parser.add_argument("--model", type=Path, default=DEFAULT_MODEL)
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args(argv)
    quiet()

    from rasa.core.agent import Agent

    from bot.rasa_patches.in_process_actions import in_process_action_endpoint
    from bot.server import ACTIONS_PACKAGE

    quiet_rasa_logging()
    agent = Agent.load(str(args.model), action_endpoint=in_process_action_endpoint(ACTIONS_PACKAGE))
    turns = asyncio.run(ask_all(agent, load(args.probes)))
    table = summary(turns)
    print(f"{'category':<18}{'turns':>6}{'correct':>9}{'wrong':>8}" + "".join(f"{o[:7]:>9}" for o in OUTCOMES[2:]))
    for category, row in sorted(table.items(), key=lambda item: item[0] == "ALL"):
        print(
            f"{category:<18}{row['turns']:>6}"
            + "".join(f"{row[o]:>9.0%}" if o != "wrong" else f"{row[o]:>8.0%}" for o in OUTCOMES)
        )
    for turn in turns:
        if turn.outcome != "correct":
            print(f"[{turn.outcome}] ({turn.category}) {turn.ask!r} -> {turn.reply[:110]!r}")
    if args.json:
        args.json.write_text(json.dumps({"summary": table, "turns": [asdict(t) for t in turns]}, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
