"""Every probe file at once, and what changed between two sweeps.

    python -m tooling.probe_sweep run OUTDIR [--model MODEL] [--files GLOB]
    python -m tooling.probe_sweep compare BEFORE_DIR AFTER_DIR

`run` loads the model once and asks every conversation of every tests/nlu/probes*.yml
(holdouts included), writing OUTDIR/<file stem>.json as `tooling.probes --json` does, then
OUTDIR/DONE. `compare` matches turns by file and position (a file whose turns differ is
reported, not compared) and lists every turn that got worse (right before, not now) or
better, with the wrong-answer count before and after: the "no earlier turn gets worse"
check of each round of understanding work.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
from dataclasses import asdict
from pathlib import Path

from bot.launcher import DEFAULT_MODEL, PROJECT_ROOT, configure_logging, quiet
from tooling.probes import ask_all, load, summary

PROBE_DIR = PROJECT_ROOT / "tests" / "nlu"


def run(outdir: Path, model: Path, pattern: str) -> int:
    quiet()
    from rasa.core.agent import Agent

    from bot.rasa_patches.in_process_actions import in_process_action_endpoint
    from bot.server import ACTIONS_PACKAGE

    configure_logging(logging.WARNING, rasa=True)
    agent = Agent.load(str(model), action_endpoint=in_process_action_endpoint(ACTIONS_PACKAGE))
    outdir.mkdir(parents=True, exist_ok=True)
    (outdir / "DONE").unlink(missing_ok=True)
    for path in sorted(PROBE_DIR.glob(pattern)):
        turns = asyncio.run(ask_all(agent, load(path)))
        payload = {"summary": summary(turns), "turns": [asdict(t) for t in turns]}
        (outdir / f"{path.stem}.json").write_text(json.dumps(payload, indent=1), encoding="utf-8")
        print(f"{path.name}: {len(turns)} turns", flush=True)
    (outdir / "DONE").write_text("", encoding="utf-8")
    return 0


def _turns(path: Path) -> list[dict]:
    return json.loads(path.read_text(encoding="utf-8"))["turns"]


def compare(before: Path, after: Path) -> int:
    totals = {"turns": 0, "worse": 0, "better": 0, "wrong_before": 0, "wrong_after": 0}
    for after_file in sorted(after.glob("*.json")):
        before_file = before / after_file.name
        if not before_file.exists():
            print(f"new file (not compared): {after_file.name}")
            continue
        old, new = _turns(before_file), _turns(after_file)
        if [t["ask"] for t in old] != [t["ask"] for t in new]:
            print(f"turns differ (not compared): {after_file.name}")
            continue
        for was, now in zip(old, new, strict=True):
            totals["turns"] += 1
            totals["wrong_before"] += was["outcome"] == "wrong"
            totals["wrong_after"] += now["outcome"] == "wrong"
            if was["outcome"] == now["outcome"]:
                continue
            if was["outcome"] == "correct" or (now["outcome"] == "wrong" and was["outcome"] != "correct"):
                totals["worse"] += 1
                label = "WORSE"
            elif now["outcome"] == "correct" or was["outcome"] == "wrong":
                totals["better"] += 1
                label = "better"
            else:
                label = "moved"
            print(f"{label} {after_file.stem}: {was['outcome']} -> {now['outcome']}: {now['ask']!r}")
            print(f"    before: {was['reply'][:140]!r}\n    after:  {now['reply'][:140]!r}")
    print(
        f"{totals['turns']} turns compared: {totals['worse']} worse, {totals['better']} better; "
        f"wrong {totals['wrong_before']} -> {totals['wrong_after']}"
    )
    return 1 if totals["worse"] else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tooling.probe_sweep", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    run_parser = commands.add_parser("run", help="ask every probe file, one JSON per file")
    run_parser.add_argument("outdir", type=Path)
    run_parser.add_argument("--model", type=Path, default=DEFAULT_MODEL)
    run_parser.add_argument("--files", default="probes*.yml", help="glob under tests/nlu")
    compare_parser = commands.add_parser("compare", help="turns that got worse or better")
    compare_parser.add_argument("before", type=Path)
    compare_parser.add_argument("after", type=Path)
    args = parser.parse_args(argv)
    if args.command == "run":
        return run(args.outdir, args.model, args.files)
    return compare(args.before, args.after)


if __name__ == "__main__":
    raise SystemExit(main())
