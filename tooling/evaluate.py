"""Held-out NLU evaluation: `python -m tooling.evaluate` (make eval, make test).

Parses every question of tests/nlu/heldout.yml (written apart from the training
data and never trained on) with the trained model and scores intents (accuracy,
macro F1, confusions) and entities (exact span-and-type precision, recall, F1).
`rasa test nlu` cannot give these figures: it undoes the FallbackClassifier's
prediction and scores the intent ranked below it, so an "I didn't get that"
counts as right (held-out: 96.2% where users got 95.8%), and it scores
entities token by token, so half a name counts as found (P/R 1.000/0.993
where exact spans give 0.990/0.990).

`make eval` adds (flags below): k-fold cross-validation on the training data
(tooling/crossval.py), the end-to-end test stories (tooling/stories.py), and answer
accuracy: the same held-out questions asked over REST of our server and of the
stock knowledge-base baseline (tooling/bench/answers.py), each in a new conversation.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import sys
import time
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path

from bot.launcher import DEFAULT_MODEL, PROJECT_ROOT, configure_logging, quiet

HELDOUT = PROJECT_ROOT / "tests" / "nlu" / "heldout.yml"
HELDOUT_JA = PROJECT_ROOT / "tests" / "nlu" / "heldout_ja.yml"
QUESTION_READER = "QuestionReader"  # bot.nlu_frame.EXTRACTOR; tooling does not import the runtime's Rasa parts


@dataclass(frozen=True)
class Example:
    text: str
    intent: str
    entities: frozenset[tuple[int, int, str]]


@dataclass
class Scores:
    examples: int
    intent_accuracy: float
    intent_macro_f1: float
    entity_precision: float
    entity_recall: float
    entity_f1: float
    confusions: list[tuple[str, str, int]] = field(default_factory=list)
    intent_errors: list[dict] = field(default_factory=list)
    entity_errors: list[dict] = field(default_factory=list)
    seconds_per_message: float = 0.0
    parse_p50_ms: float = 0.0
    parse_p95_ms: float = 0.0
    load_seconds: float = 0.0


def load_examples(path: Path) -> list[Example]:
    """Rasa NLU data (tests/nlu/heldout.yml), or a set of questions and conversations (heldout_ja.yml)."""
    from rasa.shared.nlu.training_data.loading import load_data

    from tooling.external import conversations

    if conversations.is_set(path):
        return [Example(text, intent, spans) for text, intent, spans in conversations.nlu_examples(path)]

    data = load_data(str(path))
    return [
        Example(
            text=message.get("text"),
            intent=message.get("intent"),
            entities=frozenset((e["start"], e["end"], e["entity"]) for e in message.get("entities") or []),
        )
        for message in data.intent_examples
    ]


@dataclass
class Timing:
    load_seconds: float
    per_message: list[float]


def parse_all(model: Path, texts: list[str]) -> tuple[list[dict], Timing]:
    """Parse every text with the model, timing the load and each parse."""
    from rasa.core.agent import Agent

    started = time.perf_counter()
    agent = Agent.load(str(model))
    load_seconds = time.perf_counter() - started
    per_message: list[float] = []

    async def parse() -> list[dict]:
        results = []
        for text in texts:
            began = time.perf_counter()
            results.append(await agent.parse_message(text))
            per_message.append(time.perf_counter() - began)
        return results

    parsed = asyncio.run(parse())
    return parsed, Timing(load_seconds, per_message)


def score(examples: list[Example], parsed: list[dict]) -> Scores:
    from sklearn.metrics import f1_score

    truth = [example.intent for example in examples]
    predicted = [result["intent"]["name"] for result in parsed]
    intent_errors = [
        {
            "text": ex.text,
            "intent": ex.intent,
            "predicted": result["intent"]["name"],
            "confidence": round(result["intent"]["confidence"], 3),
        }
        for ex, result in zip(examples, parsed, strict=True)
        if ex.intent != result["intent"]["name"]
    ]
    true_positives = false_positives = false_negatives = 0
    entity_errors = []
    for ex, result in zip(examples, parsed, strict=True):
        # The question reader's tags (relation, attribute, claim, and a role or topic it
        # infers from a verb) are not name spans: only the entity rules' spans are scored.
        found = frozenset(
            (e["start"], e["end"], e["entity"])
            for e in result.get("entities", [])
            if e.get("extractor") != QUESTION_READER
        )
        true_positives += len(found & ex.entities)
        false_positives += len(found - ex.entities)
        false_negatives += len(ex.entities - found)
        if found != ex.entities:
            entity_errors.append(
                {
                    "text": ex.text,
                    "missed": sorted(f"{ex.text[s:e]} ({t})" for s, e, t in ex.entities - found),
                    "spurious": sorted(f"{ex.text[s:e]} ({t})" for s, e, t in found - ex.entities),
                }
            )
    precision = true_positives / max(true_positives + false_positives, 1)
    recall = true_positives / max(true_positives + false_negatives, 1)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    confusions = Counter((e["intent"], e["predicted"]) for e in intent_errors)
    return Scores(
        examples=len(examples),
        intent_accuracy=sum(t == p for t, p in zip(truth, predicted, strict=True)) / max(len(truth), 1),
        intent_macro_f1=float(f1_score(truth, predicted, average="macro", labels=sorted(set(truth)))),
        entity_precision=precision,
        entity_recall=recall,
        entity_f1=f1,
        confusions=[(a, b, n) for (a, b), n in confusions.most_common(10)],
        intent_errors=intent_errors,
        entity_errors=entity_errors,
    )


def add_timing(scores: Scores, timing: Timing) -> None:
    from tooling.bench.stats import percentile

    samples = timing.per_message
    scores.seconds_per_message = sum(samples) / max(len(samples), 1)
    scores.parse_p50_ms = percentile(samples, 50) * 1000 if samples else 0.0
    scores.parse_p95_ms = percentile(samples, 95) * 1000 if samples else 0.0
    scores.load_seconds = timing.load_seconds


def entity_texts(example: Example) -> list[tuple[str, str]]:
    """(entity type, text) of each annotated entity, in reading order."""
    return [(kind, example.text[start:end]) for start, end, kind in sorted(example.entities)]


TRAINING_NLU = PROJECT_ROOT / "data" / "nlu"


def training_disagreements(model: Path, data: Path = TRAINING_NLU) -> dict:
    """The training examples the whole pipeline (classifier, guard, question reader) answers with another
    intent than their label. The classifier has seen them all, so each one is a rule overriding a right
    guess, or a label the routing deliberately changes ("is there a dub?" is an unheld attribute)."""
    files = sorted(data.rglob("*.yml")) if data.is_dir() else [data]
    examples = [example for path in files for example in load_examples(path)]
    parsed, _ = parse_all(model, [example.text for example in examples])
    differ = [
        {"text": example.text, "label": example.intent, "answered_as": result["intent"]["name"]}
        for example, result in zip(examples, parsed, strict=True)
        if result["intent"]["name"] != example.intent
    ]
    return {"examples": len(examples), "differ": sorted(differ, key=lambda d: (d["label"], d["text"]))}


def run_stories() -> dict:
    """tooling.stories in a subprocess (it loads its own agent); its summary line and exit status."""
    import subprocess

    from bot.launcher import environment

    done = subprocess.run(
        [sys.executable, "-m", "tooling.stories"], cwd=PROJECT_ROOT, env=environment(), capture_output=True, text=True
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("test stories:") or "FAILED" in line]
    return {"passed": done.returncode == 0, "summary": lines}


def answer_accuracy(model: Path, examples: list[Example]) -> dict:
    """Ask every held-out question of our server and of the baseline over REST; score both."""
    from tqdm import tqdm

    from bot.store import FactStore
    from tooling.bench import answers, bots
    from tooling.bench.clock import ticking

    store = FactStore.load()
    questions = [(ex.text, ex.intent, entity_texts(ex)) for ex in examples]
    markers = {
        "ours": answers.markers_from_domain(
            PROJECT_ROOT / "domain.yml",
            ["utter_dont_know", "utter_dont_know_about", "utter_not_in_film"],
            ["utter_out_of_scope"],
        ),
        "baseline": answers.markers_from_domain(
            bots.BASELINE_DIR / "domain.yml", [answers.SDK_DONT_KNOW], ["utter_out_of_scope"]
        ),
    }
    if not bots.BASELINE_MODEL.exists():
        raise SystemExit(f"no baseline model at {bots.BASELINE_MODEL}: run `make baseline` first")
    logs = PROJECT_ROOT / "build" / "eval"
    results = {}
    for name, start, bot_model in (("ours", bots.start_ours, model), ("baseline", bots.start_baseline, None)):
        with ticking(f"answer accuracy: starting {name}, until /status answers"):
            bot = start(bot_model or bots.BASELINE_MODEL, logs)
        try:
            with tqdm(total=len(questions), desc=f"{name}: held-out questions over REST", unit="q") as bar:
                results[name] = asdict(answers.score_answers(name, bot.webhook, questions, store, markers[name], bar))
        finally:
            bot.stop()
        scored = results[name]
        scored["accuracy"] = scored["right"] / scored["scored"] if scored["scored"] else 0.0
    return results


def markdown_extras(extras: dict) -> list[str]:
    lines: list[str] = []
    ja = extras.get("japanese_nlu")
    if ja:
        lines += [
            "## Japanese held-out set, NLU (tests/nlu/heldout_ja.yml)",
            "",
            f"{ja['examples']} turns (questions and the turns of conversations), each parsed on its own.",
            "",
            "| metric | value |",
            "|---|---|",
            f"| intent accuracy | {ja['intent_accuracy']:.1%} |",
            f"| intent macro F1 | {ja['intent_macro_f1']:.3f} |",
            f"| entity precision / recall / F1 | {ja['entity_precision']:.3f} / {ja['entity_recall']:.3f} / "
            f"{ja['entity_f1']:.3f} |",
            "",
            "Most frequent confusions (true -> predicted):",
            "",
        ]
        lines += [f"- {true} -> {predicted}: {count}" for true, predicted, count in ja["confusions"]] or ["- none"]
        lines.append("")
    if extras.get("outcomes"):
        from tooling.external.__main__ import markdown as outcome_markdown

        lines += outcome_markdown(extras["outcomes"])
    answers = extras.get("answers")
    if answers:
        ours, base = answers["ours"], answers["baseline"]
        lines += [
            "## Answer accuracy over REST, ours vs the stock knowledge-base baseline",
            "",
            "The same held-out questions, each in a new conversation, asked of our server and of the baseline",
            "(`tooling/baseline/`, Rasa's knowledgebasebot recipe over the same facts). Right = the reply contains",
            'the fact from the store (a name, the date, the runtime...), says "don\'t know" where the store has',
            "no fact, refuses other films, or guards the ending; questions that need an earlier turn or name",
            "someone ambiguously are not scored (tooling/bench/answers.py).",
            "",
            "| | ours | baseline |",
            "|---|---|---|",
            f"| answer accuracy | {ours['accuracy']:.1%} | {base['accuracy']:.1%} |",
            f"| right / scored | {ours['right']} / {ours['scored']} | {base['right']} / {base['scored']} |",
            f"| not scored | {ours['skipped']} | {base['skipped']} |",
            "",
            "Our wrong answers:",
            "",
        ]
        lines += [f"- \"{w['text']}\" ({w['intent']}): {w['answer']!r}" for w in ours["wrong"]] or ["- none"]
        lines += ["", f"The baseline got {len(base['wrong'])} wrong; the first 15:", ""]
        lines += [f"- \"{w['text']}\" ({w['intent']}): {w['answer']!r}" for w in base["wrong"][:15]] or ["- none"]
        lines.append("")
    training = extras.get("training")
    if training:
        lines += [
            "## Training examples answered as another intent",
            "",
            f"{len(training['differ'])} of {training['examples']} examples in `data/nlu/`. The classifier has seen",
            "them all, so each is either a rule of the guard or the question reader overriding a right guess (a",
            "bug to fix) or a label the routing deliberately changes (a dub or a country's availability is an",
            'attribute the store does not hold: `ask_fact`, "I don\'t know").',
            "",
        ]
        lines += [f"- \"{d['text']}\": {d['label']} -> {d['answered_as']}" for d in training["differ"]] or ["- none"]
        lines.append("")
    cv = extras.get("cross_validation")
    if cv:
        s = cv["summary"]
        lines += [
            f"## {cv['folds']}-fold cross-validation on the training data",
            "",
            "Stratified by intent; each fold trains config.yml on the other folds (tooling/crossval.py).",
            "",
            "| metric | mean | std. dev. |",
            "|---|---|---|",
            f"| intent accuracy | {s['intent_accuracy']['mean']:.1%} | {s['intent_accuracy']['stdev']:.1%} |",
            f"| intent macro F1 | {s['intent_macro_f1']['mean']:.3f} | {s['intent_macro_f1']['stdev']:.3f} |",
            f"| entity F1 | {s['entity_f1']['mean']:.3f} | {s['entity_f1']['stdev']:.3f} |",
            "",
        ]
    stories = extras.get("stories")
    if stories:
        lines += ["## End-to-end test stories (tests/stories/)", ""]
        lines += [f"- {line.strip()}" for line in stories["summary"]] or ["- no summary (`python -m tooling.stories`)"]
        lines.append("")
    return lines


def readme_section(scores: Scores, extras: dict) -> str:
    """The accuracy table of the README (make eval keeps it current)."""
    answers = extras.get("answers")
    cv = extras.get("cross_validation")
    stories = extras.get("stories")
    lines = [
        "Accuracy (`make eval`; details, confusions and every wrong answer: `reports/eval.md`):",
        "",
        "| | ours | stock knowledge-base baseline |",
        "|---|---|---|",
    ]
    if answers:
        ours, base = answers["ours"], answers["baseline"]
        lines.append(
            f"| answer accuracy over REST ({ours['scored']} held-out questions that need no earlier turn) "
            f"| {ours['accuracy']:.1%} | {base['accuracy']:.1%} |"
        )
    lines += [
        f"| held-out intent accuracy / macro F1 ({scores.examples} questions) | {scores.intent_accuracy:.1%} / "
        f"{scores.intent_macro_f1:.3f} | - (one query intent) |",
        f"| held-out entity precision / recall / F1 | {scores.entity_precision:.3f} / {scores.entity_recall:.3f} / "
        f"{scores.entity_f1:.3f} | - |",
    ]
    japanese = (extras.get("outcomes") or {}).get("japanese")
    if japanese:
        row = japanese["summary"]["all"]
        in_conversations = japanese["summary"].get("multi-turn", {}).get("turns", 0)
        lines.append(
            f"| Japanese set over REST ({row['turns']} turns, {in_conversations} in conversations): "
            f"right / wrong / don't know | {row['right_rate']:.1%} / {row['wrong_rate']:.1%} / "
            f"{row['dont_know_rate']:.1%} | - |"
        )
    if cv:
        mean, stdev = cv["summary"]["intent_accuracy"]["mean"], cv["summary"]["intent_accuracy"]["stdev"]
        lines.append(
            f"| {cv['folds']}-fold cross-validation, intent accuracy (training data) | {mean:.1%} ± {stdev:.1%} | - |"
        )
    if stories:
        summary = stories["summary"][0] if stories["summary"] else ("passed" if stories["passed"] else "failed")
        lines.append(f"| end-to-end test stories | {summary.removeprefix('test stories: ').split(' (')[0]} | - |")
    return "\n".join(lines)


def markdown(scores: Scores, extras: dict | None = None) -> str:
    lines = [
        "# Held-out NLU evaluation",
        "",
        f"{scores.examples} questions in `tests/nlu/heldout.yml`, written apart from the training data and never",
        "trained on. Written by `make eval`.",
        "",
        "| metric | value |",
        "|---|---|",
        f"| intent accuracy | {scores.intent_accuracy:.1%} |",
        f"| intent macro F1 | {scores.intent_macro_f1:.3f} |",
        f"| entity precision | {scores.entity_precision:.3f} |",
        f"| entity recall | {scores.entity_recall:.3f} |",
        f"| entity F1 | {scores.entity_f1:.3f} |",
        f"| NLU time per message | {scores.seconds_per_message * 1000:.1f} ms |",
        "",
        "## Most frequent confusions (true -> predicted)",
        "",
    ]
    lines += [f"- {true} -> {predicted}: {count}" for true, predicted, count in scores.confusions] or ["- none"]
    lines += ["", "## Misclassified questions", ""]
    lines += [
        f"- \"{e['text']}\": {e['intent']} -> {e['predicted']} ({e['confidence']:.2f})" for e in scores.intent_errors
    ] or ["- none"]
    lines += ["", "## Entity mistakes", ""]
    lines += [
        f"- \"{e['text']}\": missed {', '.join(e['missed']) or '-'}; spurious {', '.join(e['spurious']) or '-'}"
        for e in scores.entity_errors
    ] or ["- none"]
    if extras:
        lines += ["", *markdown_extras(extras)]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tooling.evaluate", description=__doc__)
    parser.add_argument("--model", type=Path, default=DEFAULT_MODEL)
    parser.add_argument("--data", type=Path, default=HELDOUT)
    parser.add_argument("--report", type=Path, help="write a Markdown report here (and JSON beside it)")
    parser.add_argument("--fail-under-intent", type=float, default=0.0)
    parser.add_argument("--fail-under-entity", type=float, default=0.0)
    parser.add_argument("--cv", type=int, default=0, metavar="K", help="K-fold cross-validation on data/")
    parser.add_argument("--stories", action="store_true", help="also run the end-to-end test stories")
    parser.add_argument("--answers", action="store_true", help="answer accuracy over REST, ours and the baseline")
    parser.add_argument(
        "--outcomes", action="store_true", help="external dev set and held-out set by outcome (tooling/external/)"
    )
    parser.add_argument(
        "--ja", type=Path, nargs="?", const=HELDOUT_JA, help="also the Japanese set: NLU scores, and by outcome"
    )
    parser.add_argument(
        "--training", action="store_true", help="the training examples the whole pipeline answers as another intent"
    )
    args = parser.parse_args(argv)
    quiet()
    configure_logging(logging.WARNING, rasa=True)

    examples = load_examples(args.data)
    parsed, timing = parse_all(args.model, [example.text for example in examples])
    scores = score(examples, parsed)
    add_timing(scores, timing)
    print(
        f"held-out: {scores.examples} examples, intent accuracy {scores.intent_accuracy:.1%}, "
        f"macro F1 {scores.intent_macro_f1:.3f}, entity P/R/F1 {scores.entity_precision:.3f}/"
        f"{scores.entity_recall:.3f}/{scores.entity_f1:.3f}"
    )
    for true, predicted, count in scores.confusions:
        print(f"  confused {true} -> {predicted}: {count}")
    extras: dict = {}
    if args.ja:
        ja_examples = load_examples(args.ja)
        ja_parsed, _ = parse_all(args.model, [example.text for example in ja_examples])
        extras["japanese_nlu"] = asdict(score(ja_examples, ja_parsed))
        row = extras["japanese_nlu"]
        print(
            f"Japanese set: {row['examples']} turns, intent accuracy {row['intent_accuracy']:.1%}, "
            f"entity F1 {row['entity_f1']:.3f}"
        )
    if args.training:
        extras["training"] = training_disagreements(args.model)
        row = extras["training"]
        print(f"training examples answered as another intent: {len(row['differ'])} of {row['examples']}")
    if args.cv:
        from tqdm import tqdm

        from tooling import crossval

        with tqdm(total=args.cv, desc=f"{args.cv}-fold cross-validation", unit="fold") as bar:
            folds = crossval.cross_validate(args.cv, progress=bar)
        extras["cross_validation"] = {
            "folds": args.cv,
            "per_fold": [{k: v for k, v in asdict(fold).items() if k != "misses"} for fold in folds],
            "summary": crossval.summary(folds),
        }
        mean = extras["cross_validation"]["summary"]["intent_accuracy"]["mean"]
        print(f"cross-validation: intent accuracy {mean:.1%} (mean of {args.cv} folds)")
    if args.stories:
        extras["stories"] = run_stories()
        print("\n".join(extras["stories"]["summary"]))
    if args.answers:
        extras["answers"] = answer_accuracy(args.model, examples)
        for name, result in extras["answers"].items():
            print(f"answer accuracy, {name}: {result['accuracy']:.1%} ({result['right']}/{result['scored']})")
    if args.outcomes:
        from tooling.external.__main__ import measure

        extras["outcomes"] = measure(args.model, args.data, args.ja)
        for name in (key for key in ("external", "heldout", "japanese") if key in extras["outcomes"]):
            row = extras["outcomes"][name]["summary"]["all"]
            print(f"{name} by outcome: accuracy {row['right_rate']:.1%}, wrong {row['wrong_rate']:.1%}")
    if args.report:
        args.report.parent.mkdir(parents=True, exist_ok=True)
        args.report.write_text(markdown(scores, extras), encoding="utf-8")
        body = {**asdict(scores), **extras}
        args.report.with_suffix(".json").write_text(json.dumps(body, indent=2, ensure_ascii=False), encoding="utf-8")
        print(f"wrote {args.report}")
        if extras.get("answers") and args.report.resolve() == (PROJECT_ROOT / "reports" / "eval.md").resolve():
            from tooling.bench import readme

            readme.update("accuracy", readme_section(scores, extras))
    if scores.intent_accuracy < args.fail_under_intent or scores.entity_f1 < args.fail_under_entity:
        print(
            f"FAILED: needs intent accuracy >= {args.fail_under_intent:.0%} "
            f"and entity F1 >= {args.fail_under_entity:.2f}",
            file=sys.stderr,
        )
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
