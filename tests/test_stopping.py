"""SIGTERM and Ctrl-C stop the server within a few seconds (limit: 10 s), whatever clients are connected.

Connected at the moment of the signal: an open socket.io session (a polling
handshake, and a long-poll waiting for packets), a keep-alive REST client
between requests, and REST requests in flight. Every turn the server
acknowledged is in the conversation store afterwards.
"""

from __future__ import annotations

import http.client
import json
import signal
import sqlite3
import threading
import time
import urllib.request

import pytest

from tests.servers import Server

pytestmark = pytest.mark.server

# About 2 s on an idle machine (closing sessions, finishing the turns in flight, exiting);
# 5.6 s was seen with the two cores fully loaded by other jobs. Before: over a minute.
STOP_SECONDS = 10.0


def polling_session(server: Server) -> str:
    """A socket.io (engine.io v4) session opened by the long-polling handshake, as a browser starts."""
    with urllib.request.urlopen(server.url("/socket.io/?EIO=4&transport=polling"), timeout=10) as response:
        body = response.read().decode()
    return json.loads(body[body.index("{") :])["sid"]


def long_poll(server: Server, sid: str) -> None:
    """A poll that waits for packets; the server must answer or drop it when it stops."""
    try:
        with urllib.request.urlopen(server.url(f"/socket.io/?EIO=4&transport=polling&sid={sid}"), timeout=60) as r:
            r.read()
    except OSError:
        pass


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "Ctrl-C"])
def test_the_server_stops_promptly_with_clients_connected_and_loses_no_acknowledged_turn(tmp_path, sig):
    server = Server(tmp_path)
    try:
        sid = polling_session(server)
        polling_session(server)  # a second browser that never polls again
        poller = threading.Thread(target=long_poll, args=(server, sid), daemon=True)
        poller.start()

        keep_alive = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
        body = json.dumps({"sender": "keep-alive", "message": "hi"})
        keep_alive.request("POST", "/webhooks/rest/webhook", body, {"Content-Type": "application/json"})
        assert keep_alive.getresponse().read()  # the connection stays open, idle

        acknowledged: list[tuple[str, str]] = [("keep-alive", "hi")]
        lock = threading.Lock()
        stopping = threading.Event()

        def talk(number: int) -> None:
            sender = f"in-flight-{number}"
            for turn in range(1000):
                text = f"who plays Akito? ({turn})"
                try:
                    reply = server.ask_messages(text, sender)
                except (OSError, AssertionError, http.client.HTTPException):
                    return  # refused or cut off: not acknowledged
                if reply:
                    with lock:
                        acknowledged.append((sender, text))
                if stopping.is_set():
                    return

        talkers = [threading.Thread(target=talk, args=(n,), daemon=True) for n in range(3)]
        for thread in talkers:
            thread.start()
        time.sleep(1.0)  # requests are now in flight

        started = time.monotonic()
        server.process.send_signal(sig)
        stopping.set()
        server.process.wait(timeout=60)
        took = time.monotonic() - started
        for thread in talkers:
            thread.join(timeout=10)
        keep_alive.close()

        print(f"\n{signal.Signals(sig).name}: stopped in {took:.1f} s")
        assert took < STOP_SECONDS, f"stopping took {took:.1f} s"
        assert server.process.returncode == 0, server.log_text()[-3000:]
        assert "Traceback" not in server.log_text(), server.log_text()[-3000:]
        with sqlite3.connect(server.tracker_db) as connection:
            stored = set(
                connection.execute(
                    "SELECT sender_id, json_extract(data, '$.text') FROM events WHERE type_name = 'user'"
                ).fetchall()
            )
        assert len(acknowledged) > 3
        assert set(acknowledged) <= stored
    finally:
        server.close()
