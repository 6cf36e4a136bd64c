"""K-fold NLU cross-validation on the training data (make eval), scored like the held-out set.

Rasa's `rasa test nlu --cross-validation` leaves our entity extractor out of its
entity report (see tooling/evaluate.py), so this splits data/ itself: stratified by
intent, each fold trains an NLU-only model with config.yml on the other folds
(lookup tables and synonyms always included) and parses its own examples.
"""

from __future__ import annotations

import asyncio
import statistics
import tempfile
from dataclasses import dataclass
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
        results.append(FoldScores(number, len(truth), scores.intent_accuracy, scores.intent_macro_f1, scores.entity_f1))
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
