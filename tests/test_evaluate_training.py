"""tooling.evaluate --training: the training examples the whole pipeline answers as another intent."""

from __future__ import annotations

from pathlib import Path

from tooling import evaluate

NLU = """version: "3.1"
nlu:
- intent: ask_director
  examples: |
    - who directed it
    - who made the film
- intent: no_spoilers
  examples: |
    - turn off spoilers
"""


def test_only_the_examples_answered_as_another_intent_are_listed(tmp_path: Path, monkeypatch):
    data = tmp_path / "nlu"  # a folder of NLU files, as data/nlu/ is
    (data / "ja").mkdir(parents=True)
    (data / "ja" / "nlu.yml").write_text(NLU, encoding="utf-8")
    answered = {"who directed it": "ask_director", "who made the film": "ask_director", "turn off spoilers": "other"}

    def fake_parse_all(model, texts):
        return [{"intent": {"name": answered[text]}} for text in texts], None

    monkeypatch.setattr(evaluate, "parse_all", fake_parse_all)
    result = evaluate.training_disagreements(tmp_path / "model.tar.gz", data)
    assert result["examples"] == 3
    assert result["differ"] == [{"text": "turn off spoilers", "label": "no_spoilers", "answered_as": "other"}]
    lines = evaluate.markdown_extras({"training": result})
    assert any("turn off spoilers" in line and "no_spoilers -> other" in line for line in lines)
