"""The probe sweep's comparison: a turn that was right and is not now is reported as worse."""

from __future__ import annotations

import json
from pathlib import Path

from tooling.probe_sweep import compare


def _sweep(directory: Path, outcomes: list[str]) -> Path:
    directory.mkdir()
    turns = [{"ask": f"q{i}", "reply": "r", "outcome": outcome} for i, outcome in enumerate(outcomes)]
    (directory / "probes_x.json").write_text(json.dumps({"turns": turns}), encoding="utf-8")
    return directory


def test_a_turn_right_before_and_wrong_now_fails_the_comparison(tmp_path: Path, capsys) -> None:
    before = _sweep(tmp_path / "before", ["correct", "wrong", "dont_know"])
    after = _sweep(tmp_path / "after", ["wrong", "correct", "dont_know"])
    assert compare(before, after) == 1
    assert "3 turns compared: 1 worse, 1 better; wrong 1 -> 1" in capsys.readouterr().out


def test_wrong_to_dont_know_is_better_and_passes(tmp_path: Path, capsys) -> None:
    before = _sweep(tmp_path / "before", ["wrong", "correct"])
    after = _sweep(tmp_path / "after", ["dont_know", "correct"])
    assert compare(before, after) == 0
    assert "1 better" in capsys.readouterr().out


def test_files_whose_questions_changed_are_not_compared(tmp_path: Path, capsys) -> None:
    before = _sweep(tmp_path / "before", ["correct"])
    after = tmp_path / "after"
    after.mkdir()
    (after / "probes_x.json").write_text(json.dumps({"turns": [{"ask": "other", "outcome": "wrong"}]}))
    assert compare(before, after) == 0
    assert "turns differ" in capsys.readouterr().out
