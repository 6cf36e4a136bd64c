"""The runtime reads its data files strictly: a key written twice is an error that names it."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.store import FactsError, FactStore
from bot.understanding import lexicon, spelling
from bot.understanding.reading import read
from bot.yaml_files import DuplicateKeyError, load_yaml, load_yaml_file

PACKAGE = Path(__file__).resolve().parents[1] / "bot"


def test_a_key_written_twice_names_the_key_and_both_lines():
    text = "attributes:\n  setting: {words: [a]}\n  music: {words: [b]}\n  setting: {words: [c]}\n"
    with pytest.raises(DuplicateKeyError, match=r"'setting' is written twice \(first at line 2\)") as error:
        load_yaml(text)
    assert error.value.problem_mark is not None and error.value.problem_mark.line + 1 == 4


def test_equal_keys_in_different_mappings_are_fine():
    assert load_yaml("a: {x: 1}\nb: {x: 2}\n") == {"a": {"x": 1}, "b": {"x": 2}}


@pytest.mark.parametrize(
    "path",
    [
        spelling.SPELLINGS_PATH,
        lexicon.VOCABULARY_PATH,
        lexicon.JAPANESE_VOCABULARY_PATH,
        *sorted((PACKAGE / "i18n").glob("*.yml")),
        *sorted((PACKAGE / "facts").glob("*.yml")),
    ],
    ids=lambda path: path.name,
)
def test_every_data_file_of_the_runtime_reads_strictly(path):
    assert load_yaml_file(path)


def test_a_facts_file_with_a_key_twice_is_a_clear_facts_error(tmp_path):
    facts = tmp_path / "facts.yml"
    facts.write_text("film:\n  title: A\n  title: B\n", encoding="utf-8")
    with pytest.raises(FactsError, match=r"not valid YAML at line 3: .*'title' is written twice"):
        FactStore.load(facts)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 舞台 was lost when a second `setting` entry of vocabulary_ja.yml replaced the first
        ("この映画の舞台はどこ？", ("attribute", "setting")),
        ("ロケ地はどこ？", ("topic", "filming locations")),
    ],
)
def test_japanese_setting_and_filming_words_are_both_read(store, text, expected):
    reading = read(text, "nlu_fallback", [], store, lexicon.default_lexicon())
    assert reading.intent == "ask_fact"
    assert expected in [(e["entity"], e["value"]) for e in reading.entities]
