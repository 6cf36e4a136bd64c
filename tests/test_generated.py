"""Generated NLU files: fresh, and consistent with the training data they serve."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
import yaml

from bot import nlu_build

ROOT = Path(__file__).resolve().parent.parent
ANNOTATION = re.compile(r"\[([^\]]+)\]\((\w+)\)")


def test_generated_files_are_fresh(store):
    """Fails when the facts changed but `make generate` was not run."""
    assert nlu_build.stale_outputs(store) == []


def test_staleness_is_detected(store, tmp_path):
    lookups = tmp_path / "lookups.yml"
    lookups.write_text("# edited by hand\n", encoding="utf-8")
    assert nlu_build.stale_outputs(store, lookups=lookups, spacy_dir=tmp_path) == [str(lookups), str(tmp_path)]


def test_the_check_fails_when_the_facts_changed_after_make_generate(tmp_path, capsys):
    from bot.cli import main
    from bot.store import DEFAULT_FACTS_PATH

    edited = tmp_path / "facts.yml"
    edited.write_text(DEFAULT_FACTS_PATH.read_text(encoding="utf-8").replace("Nagase", "Nagasse"), encoding="utf-8")
    assert main(["--facts", str(edited), "generate", "--check"]) == 1
    assert f"stale: {nlu_build.LOOKUPS_PATH}" in capsys.readouterr().err


def test_make_test_checks_the_committed_lookups_before_anything_could_regenerate_them():
    """With the facts edited (`-W`: as if just modified), `make test` would run the check, and no
    target would rewrite data/generated/ first (only `make generate` does)."""
    dry_run = subprocess.run(
        ["make", "-n", "-W", "bot/facts/drawing_closer.yml", "test"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.splitlines()
    generate = [line.split(" -m bot generate", 1)[1].strip() for line in dry_run if " -m bot generate" in line]
    assert generate == ["--spacy", "--check"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("who does ren nagase play", [("ren nagase", "person")]),
        ("who plays Haruna's mother", [("Haruna", "character")]),
        ("WHO DID THE THEME SONG", [("THEME SONG", "crew_role")]),
        ("what about the box office and the budget", [("box office", "topic"), ("budget", "topic")]),
        ("is 永瀬廉 in it", [("永瀬廉", "person")]),
        ("who plays Haruna Sakurai", [("Haruna Sakurai", "character")]),
        ("who did Tōru Nakamura play", [("Tōru Nakamura", "person")]),
    ],
)
def test_entity_rules_find_names_roles_and_topics(entity_rules, text, expected):
    assert [(ent.text, ent.label_) for ent in entity_rules(text).ents] == expected


def annotated_values(path: Path) -> list[tuple[str, str]]:
    content = yaml.safe_load(path.read_text(encoding="utf-8"))
    return [
        (value, entity)
        for block in content.get("nlu", [])
        for value, entity in ANNOTATION.findall(block.get("examples", ""))
    ]


@pytest.mark.parametrize(
    "path", sorted((ROOT / "data" / "nlu").glob("*.yml")) + [ROOT / "tests" / "nlu" / "heldout.yml"], ids=str
)
def test_every_annotated_entity_is_known_to_the_store(store, path):
    """An annotation the store cannot resolve would be an answer the assistant cannot give."""
    unknown = []
    for value, entity in annotated_values(path):
        if entity in ("person", "character"):
            known = bool(store.resolve(value))
        elif entity == "crew_role":
            known = store.role(value) is not None
        elif entity == "topic":
            known = store.topic(value) is not None
        else:
            known = False
        if not known:
            unknown.append(f"{value} ({entity})")
    assert not unknown
