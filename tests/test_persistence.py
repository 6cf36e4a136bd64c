"""Conversations survive a restart of the real server, and can be deleted.

Restarts the session's server (same port, same SQLite tracker store); the
other server tests do not depend on running before or after this one.
"""

from __future__ import annotations

import subprocess
import sys
import uuid

import pytest

from bot.launcher import PROJECT_ROOT

pytestmark = pytest.mark.server


def run_cli(server, *args: str) -> str:
    result = subprocess.run(
        [sys.executable, "-m", "bot", *args], cwd=PROJECT_ROOT, env=server.env, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_context_survives_a_restart_and_forget_deletes_it(server, store):
    ren = store.people["ren_nagase"]
    sender = f"restart-{uuid.uuid4().hex}"
    assert ren.name in server.ask("who plays Akito?", sender)

    server.restart()
    assert ren.known_for[0].title in server.ask("what else has he been in?", sender)
    assert server.tracker_db.exists()
    assert sender in run_cli(server, "conversations")

    assert "Deleted 1 conversation." in run_cli(server, "forget", sender)
    assert sender not in run_cli(server, "conversations")
    # The server reads the tracker from the store each turn: the context is gone.
    assert ren.known_for[0].title not in server.ask("what else has he been in?", sender)
