"""tooling.crossval's miss listing: the confused pairs and the Markdown/JSON it writes."""

from __future__ import annotations

import json
from pathlib import Path

from tooling import crossval


def _miss(text: str, intent: str, predicted: str, fold: int = 1) -> dict:
    return {"text": text, "intent": intent, "predicted": predicted, "confidence": 0.5, "fold": fold}


MISSES = [
    _miss("who made it", "ask_director", "ask_writer"),
    _miss("who wrote it", "ask_writer", "ask_director", fold=2),
    _miss("who penned it", "ask_writer", "ask_director", fold=3),
    _miss("when is it out", "ask_release_date", "ask_runtime"),
]


def test_pairs_count_both_directions_together_most_first():
    pairs = crossval.confused_pairs(MISSES)
    assert pairs[0] == {"intents": ["ask_director", "ask_writer"], "misses": 3, "a_as_b": 1, "b_as_a": 2}
    assert pairs[1]["intents"] == ["ask_release_date", "ask_runtime"]
    assert pairs[1]["misses"] == 1
    assert crossval.confused_pairs(MISSES, top=1) == pairs[:1]
    assert crossval.confused_pairs([]) == []


def test_every_miss_is_written_with_the_pairs(tmp_path: Path):
    results = [
        crossval.FoldScores(1, 10, 0.8, 0.7, 0.9, [m for m in MISSES if m["fold"] == 1]),
        crossval.FoldScores(2, 10, 0.9, 0.8, 0.9, [m for m in MISSES if m["fold"] == 2]),
        crossval.FoldScores(3, 10, 0.9, 0.8, 0.9, [m for m in MISSES if m["fold"] == 3]),
    ]
    out = tmp_path / "misses.md"
    crossval.write_misses(results, out)
    text = out.read_text(encoding="utf-8")
    assert "ask_director <-> ask_writer: 3 (1 + 2)" in text
    assert all(m["text"] in text for m in MISSES)
    body = json.loads(out.with_suffix(".json").read_text(encoding="utf-8"))
    assert len(body["misses"]) == len(MISSES)
    assert "misses" not in body["per_fold"][0]
    assert body["confused_pairs"][0]["misses"] == 3
