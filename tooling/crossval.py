"""K-fold NLU cross-validation on the training data (make eval), scored like the held-out set.

Rasa's `rasa test nlu --cross-validation` leaves our entity extractor out of its
entity report (see tooling/evaluate.py), so this splits data/ itself: stratified by
intent, each fold trains an NLU-only model with config.yml on the other folds
(lookup tables and synonyms always included) and parses its own examples.

`python -m tooling.crossval --k 5 --misses reports/cv-misses.md` also writes every held-out
miss of every fold (text, true and predicted intent, confidence) and the pairs of intents
most confused, as Markdown and JSON beside it, to show which examples to relabel or add.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import tempfile
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path

from bot.launcher import PROJECT_ROOT

DATA = PROJECT_ROOT / "data"
CONFIG = PROJECT_ROOT / "config.yml"
SEED = 6


@dataclass
class FoldScores:
    fold: int
    examples: int
    intent_accuracy: float
    intent_macro_f1: float
    entity_f1: float
    # Every held-out example of this fold the pipeline gave another intent (tooling.evaluate.score's
    # intent_errors, with the fold number); kept out of the report's per-fold scores.
    misses: list[dict] = field(default_factory=list, repr=False)


def folds(intents: list[str], k: int, seed: int = SEED) -> list[list[int]]:
    """Indices of each fold's test examples, stratified by intent."""
    from sklearn.model_selection import StratifiedKFold

    splitter = StratifiedKFold(n_splits=k, shuffle=True, random_state=seed)
    return [list(test) for _, test in splitter.split(list(range(len(intents))), intents)]


def cross_validate(k: int, config: Path = CONFIG, data: Path = DATA, progress=None) -> list[FoldScores]:
    from rasa.core.agent import Agent
    from rasa.model_training import train_nlu
    from rasa.shared.importers.rasa import RasaFileImporter
    from rasa.shared.nlu.training_data.formats.rasa_yaml import RasaYAMLWriter
    from rasa.shared.nlu.training_data.training_data import TrainingData

    from tooling.evaluate import Example, score

    everything = RasaFileImporter(training_data_paths=[str(data)]).get_nlu_data()  # NLU files only
    examples = everything.intent_examples
    results = []
    for number, test_indices in enumerate(folds([m.get("intent") for m in examples], k), start=1):
        held = set(test_indices)
        train_part = TrainingData(
            training_examples=[m for i, m in enumerate(examples) if i not in held],
            entity_synonyms=everything.entity_synonyms,
            regex_features=everything.regex_features,
            lookup_tables=everything.lookup_tables,
        )
        test_part = [examples[i] for i in test_indices]
        with tempfile.TemporaryDirectory(prefix=f"cv-fold{number}-") as work:
            nlu_file = Path(work) / "nlu.yml"
            nlu_file.write_text(RasaYAMLWriter().dumps(train_part), encoding="utf-8")
            model = train_nlu(str(config), str(nlu_file), work, fixed_model_name="fold")
            agent = Agent.load(str(model))

            async def parse_all() -> list[dict]:
                return [await agent.parse_message(m.get("text")) for m in test_part]  # noqa: B023

            parsed = asyncio.run(parse_all())
        truth = [
            Example(
                text=m.get("text"),
                intent=m.get("intent"),
                entities=frozenset((e["start"], e["end"], e["entity"]) for e in m.get("entities") or []),
            )
            for m in test_part
        ]
        scores = score(truth, parsed)
        misses = [{**error, "fold": number} for error in scores.intent_errors]
        results.append(
            FoldScores(number, len(truth), scores.intent_accuracy, scores.intent_macro_f1, scores.entity_f1, misses)
        )
        if progress is not None:
            progress.update()
    return results


def summary(results: list[FoldScores]) -> dict[str, dict[str, float]]:
    """Mean and standard deviation of each score over the folds."""
    out = {}
    for name in ("intent_accuracy", "intent_macro_f1", "entity_f1"):
        values = [getattr(r, name) for r in results]
        out[name] = {"mean": statistics.fmean(values), "stdev": statistics.pstdev(values)}
    return out


def confused_pairs(misses: list[dict], top: int = 10) -> list[dict]:
    """The pairs of intents most often taken for each other, both directions counted together
    (two intents whose examples overlap lose examples both ways), most misses first."""
    directed = Counter((miss["intent"], miss["predicted"]) for miss in misses)
    pairs: Counter[tuple[str, str]] = Counter()
    for (true, predicted), count in directed.items():
        pairs[tuple(sorted((true, predicted)))] += count  # type: ignore[index]
    ranked = sorted(pairs.items(), key=lambda item: (-item[1], item[0]))[:top]
    return [
        {"intents": list(pair), "misses": total, "a_as_b": directed[pair], "b_as_a": directed[(pair[1], pair[0])]}
        for pair, total in ranked
    ]


def misses_markdown(results: list[FoldScores], top: int = 15) -> str:
    """Scores, the most confused pairs, and every miss grouped by true intent."""
    misses = [miss for fold in results for miss in fold.misses]
    scores = summary(results)
    lines = [
        f"# {len(results)}-fold cross-validation: held-out misses",
        "",
        f"{sum(f.examples for f in results)} examples, {len(misses)} misses; intent accuracy "
        f"{scores['intent_accuracy']['mean']:.1%}, macro F1 {scores['intent_macro_f1']['mean']:.3f}, "
        f"entity F1 {scores['entity_f1']['mean']:.3f} (means over folds).",
        "",
        "## Most confused pairs (a <-> b: a taken as b + b taken as a)",
        "",
    ]
    lines += [
        f"- {p['intents'][0]} <-> {p['intents'][1]}: {p['misses']} ({p['a_as_b']} + {p['b_as_a']})"
        for p in confused_pairs(misses, top)
    ] or ["- none"]
    lines += ["", "## Misses by true intent", ""]
    for miss in sorted(misses, key=lambda m: (m["intent"], m["predicted"], m["text"])):
        lines.append(
            f"- {miss['intent']} -> {miss['predicted']} ({miss['confidence']:.2f}, fold {miss['fold']}): {miss['text']}"
        )
    return "\n".join(lines) + "\n"


def write_misses(results: list[FoldScores], path: Path) -> None:
    """Markdown at `path`, JSON (scores, pairs, every miss) beside it."""
    misses = [miss for fold in results for miss in fold.misses]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(misses_markdown(results), encoding="utf-8")
    body = {
        "summary": summary(results),
        "per_fold": [{k: v for k, v in asdict(fold).items() if k != "misses"} for fold in results],
        "confused_pairs": confused_pairs(misses, top=30),
        "misses": misses,
    }
    path.with_suffix(".json").write_text(json.dumps(body, indent=2, ensure_ascii=False), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tooling.crossval", description=__doc__)
    parser.add_argument("--k", type=int, default=5, help="number of folds")
    parser.add_argument("--misses", type=Path, help="write every held-out miss and the confused pairs here (.md)")
    args = parser.parse_args(argv)

    import logging

    from bot.launcher import configure_logging, quiet

    quiet()
    configure_logging(logging.WARNING, rasa=True)
    results = cross_validate(args.k)
    scores = summary(results)
    print(
        f"cross-validation ({args.k} folds): intent accuracy {scores['intent_accuracy']['mean']:.1%}, "
        f"macro F1 {scores['intent_macro_f1']['mean']:.3f}, entity F1 {scores['entity_f1']['mean']:.3f}"
    )
    for pair in confused_pairs([miss for fold in results for miss in fold.misses], top=10):
        print(f"  {pair['intents'][0]} <-> {pair['intents'][1]}: {pair['misses']}")
    if args.misses:
        write_misses(results, args.misses)
        print(f"wrote {args.misses}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
