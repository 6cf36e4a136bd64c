"""Which stage of the pipeline decided each turn's reply, counted by outcome.

    python -m tooling.stages [--set fresh|dev|FILE] [--probes FILE] [--model M]

A turn passes the classifier (with the FallbackClassifier), the OtherSubjectGuard, then the
QuestionReader, then one action. This asks every turn in-process, records what the guard and the
reader did to the message, scores the reply as `tooling.external` (a set) or `tooling.probes` (a probe
file) does, and prints a table of stage x outcome. It prints counts only, never a question or a reply,
so it may be run on the sealed set: it says where the failures happen, not what they are.

Stages, in the order they are tested (the first that holds names the turn):
- guard: the guard found another subject, and the refusal stood;
- reader-refused: the reader found another subject the guard had not;
- guard-overruled: the guard found another subject, and the reader took the message back;
- fallback: the turn ended as "didn't get that" (nlu_fallback);
- reader-rerouted: the reader replaced the classifier's intent;
- reader-read: the reader kept the intent and added its reading (a relation, an attribute, a claim ...);
- classifier: the classifier's intent alone chose the action.
Turns after a conversation's first are counted again under `follow-up:` + the stage.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import uuid
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

from bot.launcher import DEFAULT_MODEL, PROJECT_ROOT, configure_logging, quiet
from bot.scope import OTHER_SUBJECT

FALLBACK_INTENT = "nlu_fallback"
# Entities every message carries; they are no reading.
NOT_A_READING = frozenset({"reply_language"})
STAGES = (
    "guard",
    "reader-refused",
    "guard-overruled",
    "fallback",
    "reader-rerouted",
    "reader-read",
    "classifier",
)


@dataclass
class Passage:
    """What the guard and the reader did to one message."""

    classifier_intent: str | None = None
    guard_subject: str | None = None
    guard_intent: str | None = None
    reader_intent: str | None = None
    reader_subject: str | None = None
    reader_entities: list[str] = field(default_factory=list)


def stage(passage: Passage) -> str:
    """The stage that decided a message's reading (see the module's docstring)."""
    if passage.guard_subject and passage.reader_subject:
        return "guard"
    if passage.reader_subject:
        return "reader-refused"
    if passage.guard_subject:
        return "guard-overruled"
    if passage.reader_intent == FALLBACK_INTENT:
        return "fallback"
    if passage.reader_intent != passage.classifier_intent:
        return "reader-rerouted"
    if passage.reader_entities:
        return "reader-read"
    return "classifier"


def _intent_name(message: Any) -> str | None:
    return (message.get("intent") or {}).get("name")


@contextmanager
def recording() -> Iterator[list[Passage]]:
    """Wraps the guard and the reader so that every message processed appends its Passage to the list yielded."""
    from bot.nlu_components import OtherSubjectGuard
    from bot.nlu_frame import EXTRACTOR, QuestionReader

    passages: list[Passage] = []
    guard_process: Callable = OtherSubjectGuard.process
    reader_apply: Callable = QuestionReader.apply

    def process(self: Any, messages: list) -> list:
        before = [_intent_name(message) for message in messages]
        result = guard_process(self, messages)
        for message, intent in zip(messages, before, strict=True):
            passages.append(
                Passage(intent, message.get(OTHER_SUBJECT), _intent_name(message)),
            )
        return result

    def apply(self: Any, message: Any) -> None:
        reader_apply(self, message)
        passage = passages[-1] if passages else Passage()
        passage.reader_intent = _intent_name(message)
        passage.reader_subject = message.get(OTHER_SUBJECT)
        passage.reader_entities = [
            str(e.get("entity"))
            for e in message.get("entities") or []
            if e.get("extractor") == EXTRACTOR and e.get("entity") not in NOT_A_READING
        ]

    OtherSubjectGuard.process = process  # type: ignore[method-assign]
    QuestionReader.apply = apply  # type: ignore[method-assign]
    try:
        yield passages
    finally:
        OtherSubjectGuard.process = guard_process  # type: ignore[method-assign]
        QuestionReader.apply = reader_apply  # type: ignore[method-assign]


@dataclass(frozen=True)
class Asked:
    """One turn to ask, with how to score its reply."""

    conversation: int
    category: str
    text: str
    score: Callable[[str], str]


def _judge_set_turn(reply: str, accepted: list, markers: Any) -> str:
    from tooling.external import score

    return score.judge(reply, accepted, markers)


def _judge_probe_turn(reply: str, expect: str, markers: Any) -> str:
    from tooling import probes

    return probes.outcome(expect, reply, markers)


def set_turns(path: Path) -> list[Asked]:
    from bot.store import FactStore
    from tooling.external import score

    resolver = score.Resolver(FactStore.load())
    markers = score.Markers.from_domain(PROJECT_ROOT / "domain.yml")
    asked = []
    for number, item in enumerate(score.load_set(path)):
        for turn in item["turns"]:
            accepted = turn.get("alternatives") or score.alternatives(turn["expect"], resolver)
            judge = partial(_judge_set_turn, accepted=accepted, markers=markers)
            asked.append(Asked(number, score.turn_category(item, turn), turn["text"], judge))
    return asked


def probe_turns(path: Path) -> list[Asked]:
    from tooling import probes
    from tooling.external import score

    markers = score.Markers.from_domain(PROJECT_ROOT / "domain.yml")
    asked = []
    for number, conversation in enumerate(probes.load(path)):
        for turn in conversation["turns"]:
            judge = partial(_judge_probe_turn, expect=str(turn["expect"]), markers=markers)
            asked.append(Asked(number, conversation["category"], turn["ask"], judge))
    return asked


async def _ask(agent: Any, turns: list[Asked], passages: list[Passage]) -> tuple[Counter, Counter]:
    """Stage x outcome; and for turns not answered right, (stage, category, intents, outcome)."""
    table: Counter = Counter()
    misses: Counter = Counter()
    senders: dict[int, str] = {}
    for turn in turns:
        later = turn.conversation in senders
        sender = senders.setdefault(turn.conversation, f"stages-{uuid.uuid4().hex[:12]}")
        passages.clear()
        messages = await agent.handle_text(turn.text, sender_id=sender)
        reply = "\n".join(m.get("text") or "" for m in messages or [])
        judged = turn.score(reply)
        outcome = "right" if judged == "correct" else judged
        passage = passages[-1] if passages else Passage()
        where = stage(passage) if passages else "no-nlu"
        table[(where, outcome)] += 1
        if outcome != "right":
            intents = f"{passage.classifier_intent} -> {passage.reader_intent}"
            misses[(where, turn.category, intents, outcome)] += 1
        if later:
            table[(f"follow-up:{where}", outcome)] += 1
    return table, misses


def print_table(table: Counter) -> None:
    outcomes = sorted({outcome for _, outcome in table}, key=lambda o: (o != "right", o != "wrong", o))
    print(f"{'stage':<28}{'turns':>6}" + "".join(f"{o[:12]:>14}" for o in outcomes))
    rows = sorted({where for where, _ in table}, key=lambda w: (w.startswith("follow-up:"), w))
    for where in rows:
        counts = [table[(where, o)] for o in outcomes]
        print(f"{where:<28}{sum(counts):>6}" + "".join(f"{c:>14}" for c in counts))


def main(argv: list[str] | None = None) -> int:
    from tooling.external.__main__ import NAMED_SETS

    parser = argparse.ArgumentParser(prog="python -m tooling.stages", description=__doc__)
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--set", help="dev, fresh or the path of a set file")
    source.add_argument("--probes", type=Path, help="a probe file (tests/nlu/probes*.yml)")
    parser.add_argument("--model", type=Path, default=DEFAULT_MODEL)
    parser.add_argument("--misses", action="store_true", help="also count misses by stage, category and intents")
    args = parser.parse_args(argv)
    quiet()
    turns = probe_turns(args.probes) if args.probes else set_turns(NAMED_SETS.get(args.set) or Path(args.set))

    from rasa.core.agent import Agent

    from bot.rasa_patches.in_process_actions import in_process_action_endpoint
    from bot.server import ACTIONS_PACKAGE

    configure_logging(logging.WARNING, rasa=True)
    # Inside: the graph binds each component's method when the model loads.
    with recording() as passages:
        agent = Agent.load(str(args.model), action_endpoint=in_process_action_endpoint(ACTIONS_PACKAGE))
        table, misses = asyncio.run(_ask(agent, turns, passages))
    print_table(table)
    if args.misses:
        print("\nturns not answered right: stage, category, classifier intent -> final intent, outcome")
        for (where, category, intents, outcome), count in sorted(misses.items()):
            print(f"{count:>3}  {where:<16}{category:<18}{intents:<56}{outcome}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
