"""Ask the external dev set over REST and score every turn by outcome.

    python -m tooling.external [--webhook URL | --model M] [--json OUT]
                               [--fail-under-accuracy 0.5 --fail-over-wrong 0.2]

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
from tooling.external import score

DEV_SET = PROJECT_ROOT / "tests" / "external" / "dev.yml"
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
                outcome = score.judge(answer, score.alternatives(turn["expect"], resolver), markers)
                results.append(
                    {
                        "id": item["id"],
                        "category": score.turn_category(item, turn),
                        "multi_turn": multi,
                        "text": turn["text"],
                        "expect": list(map(str, turn["expect"])),
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


def run(webhook: str | None, model: Path, dev_set: Path = DEV_SET) -> dict:
    """Score the set against a running server, or one started here; the summary and every turn."""
    resolver = score.Resolver(FactStore.load())
    markers = score.Markers.from_domain(PROJECT_ROOT / "domain.yml")
    items = score.load_set(dev_set)
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


def print_summary(summary: dict) -> None:
    print(f"{'category':<20}{'turns':>6}{'right':>8}{'wrong':>8}{'dont_k':>8}{'not_u':>8}{'refus':>8}{'clarif':>8}")
    for key, row in summary.items():
        rates = [row[f"{o}_rate"] for o in score.OUTCOMES]
        print(f"{key:<20}{row['turns']:>6}" + "".join(f"{r:>8.1%}" for r in rates))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tooling.external", description=__doc__)
    parser.add_argument("--webhook", help="a running server's REST webhook (127.0.0.1 only)")
    parser.add_argument("--model", type=Path, default=DEFAULT_MODEL)
    parser.add_argument("--set", type=Path, default=DEV_SET)
    parser.add_argument("--json", type=Path, help="write the summary and every turn here")
    parser.add_argument("--fail-under-accuracy", type=float, default=0.0)
    parser.add_argument("--fail-over-wrong", type=float, default=1.0)
    args = parser.parse_args(argv)
    from bot.launcher import quiet

    quiet()
    report = run(args.webhook, args.model, args.set)
    print_summary(report["summary"])
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(report, indent=1, ensure_ascii=False), encoding="utf-8")
    overall = report["summary"]["all"]
    accuracy, wrong = overall["right_rate"], overall["wrong_rate"]
    if accuracy < args.fail_under_accuracy or wrong > args.fail_over_wrong:
        print(
            f"FAILED: external set accuracy {accuracy:.1%} (floor {args.fail_under_accuracy:.1%}), "
            f"wrong answers {wrong:.1%} (ceiling {args.fail_over_wrong:.1%})",
            file=sys.stderr,
        )
        return 1
    print(f"external set: accuracy {accuracy:.1%}, wrong answers {wrong:.1%}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
