"""The event broker gets every event of every turn exactly once, with the SQL conversation store.

Rasa's SQL event broker (a second SQLite file) stands in for any broker:
what it received is compared, event by event, with what the tracker store
wrote to its own table.
"""

from __future__ import annotations

import asyncio
import json
import sqlite3
from pathlib import Path

import pytest
from rasa.core.brokers.sql import SQLEventBroker
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import SlotSet

from bot.fastpath import PersistentConversationStore
from tests.conftest import ROOT
from tests.servers import Server
from tests.test_persistent_store import talk


def rows(database: Path, sender: str) -> list[dict]:
    with sqlite3.connect(database) as connection:
        found = connection.execute("SELECT data FROM events WHERE sender_id = ? ORDER BY id", (sender,)).fetchall()
    return [json.loads(data) for (data,) in found]


def comparable(events: list[dict]) -> list[str]:
    return [json.dumps({k: v for k, v in e.items() if k != "sender_id"}, sort_keys=True) for e in events]


def test_every_event_is_published_exactly_once(tmp_path):
    domain = Domain.load(str(ROOT / "domain.yml"))
    store_db, broker_db = tmp_path / "conversations.sqlite", tmp_path / "broker.sqlite"
    broker = SQLEventBroker(db=str(broker_db))

    def make() -> PersistentConversationStore:
        url = f"sqlite:///{store_db}"
        return PersistentConversationStore(domain=domain, host=url, event_broker=broker, max_events=20, keep_events=8)

    one, other = make(), make()

    async def scenario() -> None:
        tracker = await one.get_or_create_tracker("broker")
        tracker.update(SlotSet("person", "ren_nagase"))
        await one.save(tracker)
        await talk(one, "broker", range(12))  # long enough to be compacted in memory
        await talk(other, "broker", range(12, 14))  # another replica answers two turns
        await talk(one, "broker", range(14, 16))  # back on the first: read again from the database
        await talk(make(), "broker", range(16, 17))  # a restarted replica, nothing cached

    asyncio.run(scenario())
    stored, published = rows(store_db, "broker"), rows(broker_db, "broker")
    assert [e["text"] for e in stored if e["event"] == "user"] == [f"question {n}" for n in range(17)]
    assert comparable(published) == comparable(stored)
    print(f"\nbroker, in process: {len(stored)} events stored, {len(published)} published")


@pytest.mark.server
def test_the_server_publishes_every_event_of_every_turn_exactly_once(tmp_path, store):
    broker_db = tmp_path / "broker.sqlite"
    endpoints = tmp_path / "endpoints.yml"
    endpoints.write_text(f"event_broker:\n  type: sql\n  dialect: sqlite\n  db: {broker_db}\n", encoding="utf-8")
    server = Server(tmp_path, "--endpoints", str(endpoints))
    try:
        for question in ("hi", "who plays Akito?", "what else has he been in?", "who directed it?", "how long is it?"):
            assert server.ask(question, "broker-e2e").strip()
        stored, published = rows(server.tracker_db, "broker-e2e"), rows(broker_db, "broker-e2e")
    finally:
        server.close()
    assert len([e for e in stored if e["event"] == "user"]) == 5
    assert comparable(published) == comparable(stored)
    print(f"\nbroker, over REST: {len(stored)} events stored, {len(published)} published")
