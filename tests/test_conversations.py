"""Where conversations are kept, and listing and deleting them (no server needed)."""

from __future__ import annotations

import time

import pytest
import sqlalchemy as sa

from bot import conversations
from bot.launcher import PROJECT_ROOT, LaunchError


def test_default_is_a_sqlite_file_under_var():
    url = conversations.store_url({})
    assert url == f"sqlite:///{PROJECT_ROOT / 'var' / 'conversations.sqlite'}"


def test_relative_sqlite_paths_are_from_the_project_root(tmp_path):
    url = conversations.store_url({conversations.ENV: "sqlite:///var/other.sqlite"})
    assert url == f"sqlite:///{PROJECT_ROOT / 'var' / 'other.sqlite'}"
    absolute = tmp_path / "deep" / "c.sqlite"
    assert conversations.store_url({conversations.ENV: f"sqlite:///{absolute}"}) == f"sqlite:///{absolute}"
    assert absolute.parent.is_dir()  # created, so SQLite can create the file


def test_other_databases_and_memory():
    url = "postgresql://rasa:secret@db.internal:5432/conversations"
    assert conversations.store_url({conversations.ENV: url}) == url
    assert "secret" not in conversations.describe(url)
    assert conversations.store_url({conversations.ENV: "memory"}) is None
    assert "in memory" in conversations.describe(None)


def test_a_malformed_url_is_one_clear_error():
    with pytest.raises(LaunchError, match="TRACKER_STORE_URL is not a database URL"):
        conversations.store_url({conversations.ENV: "not a url"})


@pytest.fixture
def stored(tmp_path):
    """A tracker store table as Rasa's SQLTrackerStore writes it, with three conversations."""
    url = f"sqlite:///{tmp_path / 'c.sqlite'}"
    engine = sa.create_engine(url)
    now = time.time()
    rows = [("alice", now - 60), ("alice", now - 30), ("bob", now - 10 * 86400), ("carol", now - 5)]
    with engine.begin() as connection:
        connection.execute(
            sa.text(
                "CREATE TABLE events (id INTEGER PRIMARY KEY, sender_id VARCHAR(255), type_name VARCHAR(255), "
                "timestamp FLOAT, intent_name VARCHAR(255), action_name VARCHAR(255), data TEXT)"
            )
        )
        for sender, stamp in rows:
            connection.execute(
                sa.text("INSERT INTO events (sender_id, type_name, timestamp) VALUES (:s, 'user', :t)"),
                {"s": sender, "t": stamp},
            )
    return url


def test_list_and_forget(stored):
    listed = conversations.list_conversations(stored)
    assert [c.sender_id for c in listed] == ["carol", "alice", "bob"]
    assert listed[1].events == 2
    assert conversations.forget(stored, ["alice", "nobody"]) == 1
    assert conversations.forget(stored, older_than_days=7) == 1  # bob, idle for ten days
    assert [c.sender_id for c in conversations.list_conversations(stored)] == ["carol"]


def test_an_empty_store_lists_nothing(tmp_path):
    url = f"sqlite:///{tmp_path / 'empty.sqlite'}"
    assert conversations.list_conversations(url) == []
    assert conversations.forget(url, ["x"]) == 0
    with pytest.raises(LaunchError, match="nothing to list or delete"):
        conversations.list_conversations(None)
