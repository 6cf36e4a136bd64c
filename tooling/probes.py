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
import logging
import re
import uuid
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass
from pathlib import Path

import yaml

from bot.launcher import DEFAULT_MODEL, PROJECT_ROOT, configure_logging, quiet
from tooling.external import score

PROBES = PROJECT_ROOT / "tests" / "nlu" / "probes.yml"
OUTCOMES = ("correct", "wrong", "dont_know", "not_understood", "refused", "clarify")


@dataclass(frozen=True)
class Turn:
    category: str
    ask: str
    expect: str
    reply: str
    outcome: str


def outcome(expect: str, reply: str, markers: score.Markers) -> str:
    """One of OUTCOMES for a reply to a turn that expects `expect` (kinds of reply read from domain.yml)."""
    seen = markers.observed(reply)
    if expect == "DONT_KNOW" and seen == score.DONT_KNOW:
        return "correct"
    if expect == "REFUSE" and seen == score.REFUSED:
        return "correct"
    if expect not in ("DONT_KNOW", "REFUSE") and re.search(expect, reply):
        return "correct"
    if seen in (score.NOT_UNDERSTOOD, score.REFUSED, score.DONT_KNOW, score.CLARIFY):
        return seen
    return "wrong"


def load(path: Path) -> list[dict]:
    return yaml.safe_load(path.read_text(encoding="utf-8"))["conversations"]


async def ask_all(agent, conversations: list[dict]) -> list[Turn]:
    markers = score.Markers.from_domain(PROJECT_ROOT / "domain.yml")
    turns = []
    for conversation in conversations:
        sender = f"probe-{uuid.uuid4().hex[:12]}"
        for turn in conversation["turns"]:
            messages = await agent.handle_text(turn["ask"], sender_id=sender)
            reply = "\n".join(m.get("text") or "" for m in messages or [])
            expect = str(turn["expect"])
            turns.append(Turn(conversation["category"], turn["ask"], expect, reply, outcome(expect, reply, markers)))
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

    configure_logging(logging.WARNING, rasa=True)
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
