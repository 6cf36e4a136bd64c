"""Crash safety: the server is killed (SIGKILL) mid-conversation and started again.

Every turn the server acknowledged (answered over REST) is in the tracker
store, and the conversation continues with its context.
"""

from __future__ import annotations

import signal
import sqlite3

import pytest

from tests.servers import Server

pytestmark = pytest.mark.server


def test_killed_server_loses_no_acknowledged_turn(tmp_path, store):
    server = Server(tmp_path)
    try:
        sender = "crash-test"
        acknowledged = ["hi", "who plays Akito?", "how long is it?"]
        for text in acknowledged:
            assert server.ask(text, sender).strip()
        server.process.send_signal(signal.SIGKILL)
        server.process.wait(timeout=10)

        with sqlite3.connect(server.tracker_db) as connection:
            said = [
                row[0]
                for row in connection.execute(
                    "SELECT json_extract(data, '$.text') FROM events WHERE sender_id = ? AND type_name = 'user' "
                    "ORDER BY id",
                    (sender,),
                )
            ]
        assert said == acknowledged

        server.start()
        answer = server.ask("what else has he been in?", sender)
        assert store.people["ren_nagase"].known_for[0].title in answer
    finally:
        server.close()
