"""Ask the external dev set over REST and score every turn by outcome.

    python -m tooling.external [--webhook URL | --model M] [--json OUT] [--set dev|fresh|FILE]
                               [--heldout | --ja] [--fail-under-accuracy 0.5 --fail-over-wrong 0.2]

--set picks the external set: `dev` (tests/external/dev.yml, the default), `fresh`
(tests/external/fresh.yml, the sealed set nobody tunes against: `make eval-fresh`,
reports/fresh.md) or the path of a set file in the same format.

--ja asks the Japanese held-out set instead (tests/nlu/heldout_ja.yml: questions and
conversations, each turn with its expected outcome; `make eval-ja`, `make ja-check`).

Without --webhook it starts our server (127.0.0.1, a free port) and stops it after.
Each item is one conversation with a new sender; items run a few at a time.
Exits 1 when answer accuracy is under, or the wrong-answer rate over, its floor
(`make external-check`, part of `make test`).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from pathlib import Path

from bot.launcher import DEFAULT_MODEL, PROJECT_ROOT
from bot.store import FactStore
from tooling.external import conversations, score

DEV_SET = PROJECT_ROOT / "tests" / "external" / "dev.yml"
FRESH_SET = PROJECT_ROOT / "tests" / "external" / "fresh.yml"
NAMED_SETS = {"dev": DEV_SET, "fresh": FRESH_SET}
JA_SET = PROJECT_ROOT / "tests" / "nlu" / "heldout_ja.yml"
CONCURRENCY = 4


async def _ask_items(webhook: str, items: list[dict], resolver: score.Resolver, markers: score.Markers) -> list[dict]:
    from tooling.bench import load

    load.check_loopback(webhook)
    results: list[dict] = []
    gate = asyncio.Semaphore(CONCURRENCY)

    async def one(session, item: dict) -> None:
        async with gate:
            sender = load.new_sender("external")
            multi = len(item["turns"]) > 1
            for turn in item["turns"]:
                reply = await load.ask(session, webhook, sender, turn["text"])
                answer = "\n".join(reply.texts)
                accepted = turn.get("alternatives") or score.alternatives(turn["expect"], resolver)
                outcome = score.judge(answer, accepted, markers)
                results.append(
                    {
                        "id": item["id"],
                        "category": score.turn_category(item, turn),
                        "multi_turn": multi,
                        "text": turn["text"],
                        "expect": list(map(str, turn.get("expect", []))),
                        "outcome": outcome,
                        "reply": answer[:240],
                    }
                )

    timeout = load.aiohttp.ClientTimeout(total=60)
    async with load.aiohttp.ClientSession(timeout=timeout) as session:
        await asyncio.gather(*(one(session, item) for item in items))
    order = {item["id"]: n for n, item in enumerate(items)}
    results.sort(key=lambda r: order[r["id"]])
    return results


def heldout_items(heldout: Path) -> list[dict]:
    """The held-out questions that can be scored on their own, as one-turn items (category: intent).

    Their accepted outcomes come from tooling/bench/answers.py's `expected`."""
    from tooling.bench import answers
    from tooling.evaluate import entity_texts, load_examples

    store = FactStore.load()
    kinds = {answers.FACT: "fact", answers.DONT_KNOW: "dont_know", answers.REFUSAL: "refusal"}
    items = []
    for number, example in enumerate(load_examples(heldout)):
        want = answers.expected(example.intent, entity_texts(example), store, example.text)
        if want is None:
            continue
        if want.kind == answers.SPOILER_CHECK:
            accepted = [score.Alternative("spoiler_check"), score.Alternative("fact", want.groups)]
        else:
            accepted = [score.Alternative(kinds[want.kind], want.groups)]
        turn = {"text": example.text, "alternatives": accepted}
        items.append({"id": f"heldout-{number}", "category": example.intent, "turns": [turn]})
    return items


def run(webhook: str | None, model: Path, dev_set: Path = DEV_SET, items: list[dict] | None = None) -> dict:
    """Score the set against a running server, or one started here; the summary and every turn."""
    resolver = score.Resolver(FactStore.load())
    markers = score.Markers.from_domain(PROJECT_ROOT / "domain.yml")
    items = items if items is not None else score.load_set(dev_set)
    bot = None
    if webhook is None:
        from tooling.bench import bots

        bot = bots.start_ours(model, PROJECT_ROOT / "build" / "external")
        webhook = bot.webhook
    try:
        results = asyncio.run(_ask_items(webhook, items, resolver, markers))
    finally:
        if bot is not None:
            bot.stop()
    tallies = score.tally(results)
    return {"summary": {key: t.as_dict() for key, t in sorted(tallies.items())}, "turns": results}


BEFORE = PROJECT_ROOT / "reports" / "external-before.json"
# The Japanese set on main before the Japanese NLU (its note gives the commit).
JA_BEFORE = PROJECT_ROOT / "reports" / "ja-before.json"
SETS = {
    "external": "External dev set",
    "heldout": "Held-out set (questions scorable on their own)",
    "japanese": "Japanese held-out set (tests/nlu/heldout_ja.yml, questions and conversations)",
}


def measure(model: Path, heldout: Path, japanese: Path | None = None) -> dict:
    """`make eval`: the external set, the held-out questions and the Japanese set, by outcome, one server."""
    from tooling.bench import bots

    bot = bots.start_ours(model, PROJECT_ROOT / "build" / "external")
    try:
        result = {
            "external": run(bot.webhook, model),
            "heldout": run(bot.webhook, model, items=heldout_items(heldout)),
        }
        if japanese is not None:
            result["japanese"] = run(bot.webhook, model, items=conversations.items(japanese))
    finally:
        bot.stop()
    before = json.loads(BEFORE.read_text(encoding="utf-8")) if BEFORE.exists() else {}
    if JA_BEFORE.exists():
        before["japanese"] = json.loads(JA_BEFORE.read_text(encoding="utf-8"))
    return {**result, "before": before}


def markdown(result: dict) -> list[str]:
    """Tables by category: answer accuracy, wrong answers, don't know... with the 'before' figures beside."""
    lines = [
        "## Answers by outcome: the external dev set and the held-out set (tooling/external/)",
        "",
        "Every turn is asked over REST (a new conversation per item; conversations keep their sender) and",
        "judged from the reply text: right; wrong (a confident answer that is not the right one); don't know;",
        'not understood ("didn\'t get that"); refused (out of scope); clarify (a question back, spoiler check).',
        "External set: `tests/external/dev.yml` (built by `tooling/external/build.py` from SimpleQuestions, TREC",
        'questions and real dialogue turns, adapted to this film; never used for training). "before" = main at',
        "the start of the NLU rework on the current set (`reports/external-before.json`, its note gives the commit).",
        "Japanese set: `tests/nlu/heldout_ja.yml`, written apart from the training data; categories are the",
        'turns\' intents, "multi-turn" the turns inside conversations; "before" = main before the Japanese NLU',
        "(`reports/ja-before.json`).",
        "",
    ]
    for name in (key for key in SETS if key in result):
        now = result[name]["summary"]
        before = result.get("before", {}).get(name, {}).get("summary", {})
        lines += [
            f"### {SETS[name]}",
            "",
            "| category | turns | accuracy | wrong | don't know | not understood | refused | clarify "
            "| accuracy before | wrong before |",
            "|---|---|---|---|---|---|---|---|---|---|",
        ]
        for key, row in now.items():
            old = before.get(key)
            was = f"{old['right_rate']:.1%} | {old['wrong_rate']:.1%}" if old else "- | -"
            rates = " | ".join(f"{row[f'{o}_rate']:.1%}" for o in score.OUTCOMES)
            lines.append(f"| {key} | {row['turns']} | {rates} | {was} |")
        wrong = [t for t in result[name]["turns"] if t["outcome"] == score.WRONG]
        lines += ["", f"Wrong answers ({len(wrong)}):", ""]
        lines += [f"- [{t['category']}] \"{t['text']}\" -> {t['reply'][:160]!r}" for t in wrong] or ["- none"]
        lines.append("")
    return lines


def set_path(value: str) -> Path:
    """`--set`: a named external set (dev, fresh) or the path of a set file."""
    return NAMED_SETS.get(value, Path(value))


def set_label(path: Path) -> str:
    names = {named: name for name, named in NAMED_SETS.items()}
    return f"external {names[path]} set" if path in names else f"external set {path}"


def outcome_table(summary: dict, title: str, note: list[str]) -> list[str]:
    """A set's outcomes by category, counts and rates, without a single question's text.

    For the sealed fresh set: the report may be read by the people who tune the assistant,
    so it gives aggregates only (the turns themselves go to --json, under build/)."""
    lines = [
        f"# {title}",
        "",
        *note,
        "",
        "Every turn is asked over REST (a new conversation per item; a conversation keeps its sender) and",
        "judged from the reply text: right; wrong (a confident answer that is not the right one); don't know;",
        'not understood ("didn\'t get that"); refused (out of scope); clarify (a question back, the spoiler check).',
        '"multi-turn" counts the turns inside conversations. Counts, then the share of the row\'s turns.',
        "",
    ]
    lines += [
        "| category | turns | right | wrong | don't know | not understood | refused | clarify |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for key, row in sorted(summary.items(), key=lambda kv: (kv[0] not in ("all", "multi-turn"), kv[0])):
        cells = " | ".join(f"{row[o]} ({row[f'{o}_rate']:.1%})" for o in score.OUTCOMES)
        lines.append(f"| {key} | {row['turns']} | {cells} |")
    return lines + [""]


def composition(items: list[dict]) -> list[str]:
    """Where a set's turns come from and what they ask: turns by source dataset and by category."""
    by_source: dict[str, list[int]] = {}
    by_category: dict[str, list[int]] = {}
    for item in items:
        multi = len(item["turns"]) > 1
        for turn in item["turns"]:
            sources = turn.get("source") or item.get("source") or []
            names = sorted({s["dataset"] for s in (sources if isinstance(sources, list) else [sources])})
            for key, table in ((" + ".join(names) or "-", by_source), (score.turn_category(item, turn), by_category)):
                counts = table.setdefault(key, [0, 0])
                counts[multi] += 1
    lines = ["## Composition", ""]
    for title, table in (("source", by_source), ("category", by_category)):
        lines += [f"| {title} | turns | one-turn | in conversations |", "|---|---|---|---|"]
        for key, (single, multi) in sorted(table.items(), key=lambda kv: -sum(kv[1])):
            lines.append(f"| {key} | {single + multi} | {single} | {multi} |")
        lines.append("")
    return lines


def print_summary(summary: dict) -> None:
    print(f"{'category':<20}{'turns':>6}{'right':>8}{'wrong':>8}{'dont_k':>8}{'not_u':>8}{'refus':>8}{'clarif':>8}")
    for key, row in summary.items():
        rates = [row[f"{o}_rate"] for o in score.OUTCOMES]
        print(f"{key:<20}{row['turns']:>6}" + "".join(f"{r:>8.1%}" for r in rates))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tooling.external", description=__doc__)
    parser.add_argument("--webhook", help="a running server's REST webhook (127.0.0.1 only)")
    parser.add_argument("--model", type=Path, default=DEFAULT_MODEL)
    parser.add_argument("--set", type=set_path, default=DEV_SET, help="dev (default), fresh, or the path of a set file")
    parser.add_argument("--json", type=Path, help="write the summary and every turn here")
    parser.add_argument("--markdown", type=Path, help="write the outcomes by category here (no question texts)")
    parser.add_argument("--note", action="append", default=[], help="a line for the --markdown report's header")
    parser.add_argument("--from-json", type=Path, help="re-render the reports of a saved --json run (asks nothing)")
    parser.add_argument("--heldout", action="store_true", help="score tests/nlu/heldout.yml instead")
    parser.add_argument("--ja", action="store_true", help="score the Japanese set, tests/nlu/heldout_ja.yml, instead")
    parser.add_argument("--fail-under-accuracy", type=float, default=0.0)
    parser.add_argument("--fail-over-wrong", type=float, default=1.0)
    args = parser.parse_args(argv)
    from bot.launcher import quiet

    quiet()
    if args.from_json:
        report = json.loads(args.from_json.read_text(encoding="utf-8"))
    elif args.heldout:
        from tooling.evaluate import HELDOUT

        report = run(args.webhook, args.model, items=heldout_items(HELDOUT))
    elif args.ja:
        report = run(args.webhook, args.model, items=conversations.items(JA_SET))
    else:
        report = run(args.webhook, args.model, args.set)
    print_summary(report["summary"])
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(report, indent=1, ensure_ascii=False), encoding="utf-8")
    if args.markdown:
        title = f"Outcomes on the {set_label(args.set)}" if not (args.ja or args.heldout) else "Outcomes"
        args.markdown.parent.mkdir(parents=True, exist_ok=True)
        lines = outcome_table(report["summary"], title, args.note)
        if not (args.ja or args.heldout):
            lines += composition(score.load_set(args.set))
        args.markdown.write_text("\n".join(lines), encoding="utf-8")
    label = "Japanese set" if args.ja else "held-out set" if args.heldout else set_label(args.set)
    overall = report["summary"]["all"]
    accuracy, wrong = overall["right_rate"], overall["wrong_rate"]
    if accuracy < args.fail_under_accuracy or wrong > args.fail_over_wrong:
        print(
            f"FAILED: {label} accuracy {accuracy:.1%} (floor {args.fail_under_accuracy:.1%}), "
            f"wrong answers {wrong:.1%} (ceiling {args.fail_over_wrong:.1%})",
            file=sys.stderr,
        )
        return 1
    print(f"{label}: accuracy {accuracy:.1%}, wrong answers {wrong:.1%}, don't know {overall['dont_know_rate']:.1%}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
