"""`python -m bot`: the thin CLI over the core."""

from __future__ import annotations

from bot import unanswered
from bot.cli import main


def test_check_reports_counts(capsys):
    assert main(["check"]) == 0
    assert "OK" in capsys.readouterr().out


def test_broken_facts_file_gives_one_clear_line_and_no_traceback(tmp_path, capsys):
    broken = tmp_path / "facts.yml"
    broken.write_text("schema_version: 1\nsources: {}\nfilm: [\n", encoding="utf-8")
    assert main(["--facts", str(broken), "check"]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"error: {broken}: not valid YAML")
    assert "Traceback" not in err


def test_serve_refuses_to_start_with_a_broken_facts_file(tmp_path, capsys):
    assert main(["--facts", str(tmp_path / "missing.yml"), "serve"]) == 2
    assert "cannot read the facts file" in capsys.readouterr().err


def test_report_lists_the_most_frequent_unanswered_questions(capsys):
    for text in ["what was the budget", "What was the budget ", "who was the editor"]:
        unanswered.record({"text": text, "intent": {"name": "ask_fact", "confidence": 0.9}}, reason="dont_know")
    unanswered.record({"text": "blorp", "intent": {"name": "nlu_fallback", "confidence": 0.3}}, reason="not_understood")
    assert main(["report"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert "what was the budget" in lines[2] and lines[2].split()[0] == "2"
    assert any("blorp" in line and "not_understood" in line for line in lines)


def test_report_when_nothing_was_recorded(capsys):
    assert main(["report"]) == 0
    assert "Nothing recorded yet" in capsys.readouterr().out


def test_unanswered_log_never_keeps_the_sender(tmp_path):
    path = tmp_path / "log.sqlite"
    unanswered.record({"text": "x" * 20000, "sender_id": "alice", "intent": {}}, reason="dont_know", path=path)
    import sqlite3

    with sqlite3.connect(path) as connection:
        columns = [row[1] for row in connection.execute("PRAGMA table_info(unanswered)")]
        (text,) = connection.execute("SELECT text FROM unanswered").fetchone()
    assert "sender" not in " ".join(columns)
    assert len(text) == unanswered.MAX_TEXT


def test_serve_answers_from_the_facts_file_it_was_given(tmp_path, monkeypatch):
    """`--facts X` is checked and served: the server's store and the custom actions' store are X."""
    import shutil

    from actions import common
    from bot import cli, server
    from bot.store import DEFAULT_FACTS_PATH

    facts = tmp_path / "facts.yml"
    shutil.copy(DEFAULT_FACTS_PATH, facts)
    model = tmp_path / "model.tar.gz"
    model.touch()
    served = []
    monkeypatch.setattr(cli, "DEFAULT_MODEL", model)
    monkeypatch.setattr(server, "serve", served.append)
    monkeypatch.setenv("FACTS_PATH", str(DEFAULT_FACTS_PATH))  # undone after the test
    assert main(["--facts", str(facts), "serve"]) == 0
    assert served[0].facts == facts.resolve()

    assert server.use_facts(served[0].facts).path == facts.resolve()
    common.store.cache_clear()
    try:
        assert common.store().path == facts.resolve()
    finally:
        common.store.cache_clear()
