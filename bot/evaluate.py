"""Held-out NLU evaluation: `python -m bot.evaluate` (make eval, make test).

Runs `rasa test nlu` on tests/nlu/heldout.yml (written apart from the training
data and never trained on), then summarises intent accuracy, macro F1, entity
precision/recall/F1 and the most frequent confusions; optionally writes a
Markdown report and fails below given thresholds.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from bot.launcher import DEFAULT_MODEL, PROJECT_ROOT, environment

HELDOUT = PROJECT_ROOT / "tests" / "nlu" / "heldout.yml"
RESULTS = PROJECT_ROOT / "results" / "heldout"
ENTITY_REPORT = "SpacyEntityExtractor_report.json"


@dataclass(frozen=True)
class Scores:
    examples: int
    intent_accuracy: float
    intent_macro_f1: float
    entity_precision: float
    entity_recall: float
    entity_f1: float
    confusions: list[tuple[str, str, int]]
    errors: list[dict]


def run_rasa_test(model: Path, data: Path, out: Path) -> None:
    command = [
        sys.executable,
        "-m",
        "rasa",
        "test",
        "nlu",
        "--model",
        str(model),
        "--nlu",
        str(data),
        "--out",
        str(out),
        "--no-plot",
    ]
    subprocess.run(command, cwd=PROJECT_ROOT, env=environment(), check=True, stdout=subprocess.DEVNULL)


def read_scores(out: Path) -> Scores:
    intents = json.loads((out / "intent_report.json").read_text())
    entity_path = out / ENTITY_REPORT
    entities = json.loads(entity_path.read_text()) if entity_path.exists() else {}
    entity_avg = entities.get("micro avg") or entities.get("weighted avg") or {}
    errors_path = out / "intent_errors.json"
    errors = json.loads(errors_path.read_text()) if errors_path.exists() else []
    confusions = Counter((e["intent"], e["intent_prediction"]["name"]) for e in errors)
    return Scores(
        examples=int(intents["macro avg"]["support"]),
        intent_accuracy=float(intents["accuracy"]),
        intent_macro_f1=float(intents["macro avg"]["f1-score"]),
        entity_precision=float(entity_avg.get("precision", 0.0)),
        entity_recall=float(entity_avg.get("recall", 0.0)),
        entity_f1=float(entity_avg.get("f1-score", 0.0)),
        confusions=[(a, b, n) for (a, b), n in confusions.most_common(10)],
        errors=errors,
    )


def markdown(scores: Scores) -> str:
    lines = [
        "# Held-out NLU evaluation",
        "",
        f"{scores.examples} questions in `tests/nlu/heldout.yml`, never trained on.",
        "",
        "| metric | value |",
        "|---|---|",
        f"| intent accuracy | {scores.intent_accuracy:.1%} |",
        f"| intent macro F1 | {scores.intent_macro_f1:.3f} |",
        f"| entity precision | {scores.entity_precision:.3f} |",
        f"| entity recall | {scores.entity_recall:.3f} |",
        f"| entity F1 | {scores.entity_f1:.3f} |",
        "",
        "Most frequent confusions (true -> predicted):",
        "",
    ]
    lines += [f"- {true} -> {predicted}: {count}" for true, predicted, count in scores.confusions] or ["- none"]
    lines += ["", "Misclassified questions:", ""]
    lines += [
        f"- \"{e['text']}\": {e['intent']} -> {e['intent_prediction']['name']} "
        f"({e['intent_prediction']['confidence']:.2f})"
        for e in scores.errors
    ] or ["- none"]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot.evaluate", description=__doc__)
    parser.add_argument("--model", type=Path, default=DEFAULT_MODEL)
    parser.add_argument("--data", type=Path, default=HELDOUT)
    parser.add_argument("--out", type=Path, default=RESULTS)
    parser.add_argument("--report", type=Path, help="write a Markdown report here")
    parser.add_argument("--fail-under-intent", type=float, default=0.0)
    parser.add_argument("--fail-under-entity", type=float, default=0.0)
    args = parser.parse_args(argv)

    run_rasa_test(args.model, args.data, args.out)
    scores = read_scores(args.out)
    print(
        f"held-out: {scores.examples} examples, intent accuracy {scores.intent_accuracy:.1%}, "
        f"macro F1 {scores.intent_macro_f1:.3f}, entity P/R/F1 {scores.entity_precision:.3f}/"
        f"{scores.entity_recall:.3f}/{scores.entity_f1:.3f}"
    )
    for true, predicted, count in scores.confusions:
        print(f"  confused {true} -> {predicted}: {count}")
    if args.report:
        args.report.parent.mkdir(parents=True, exist_ok=True)
        args.report.write_text(markdown(scores), encoding="utf-8")
        (args.report.with_suffix(".json")).write_text(json.dumps(scores.__dict__, indent=2, default=str))
        print(f"wrote {args.report}")
    failed = scores.intent_accuracy < args.fail_under_intent or scores.entity_f1 < args.fail_under_entity
    if failed:
        print(
            f"FAILED: needs intent accuracy >= {args.fail_under_intent:.0%} and entity F1 >= "
            f"{args.fail_under_entity:.2f}",
            file=sys.stderr,
        )
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
