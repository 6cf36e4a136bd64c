"""PersistentConversationStore: every turn in the database, the tracker object kept between turns."""

from __future__ import annotations

import asyncio

import pytest
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, BotUttered, SlotSet, UserUttered

from bot.fastpath import PersistentConversationStore
from tests.conftest import ROOT


@pytest.fixture
def make_store(tmp_path):
    domain = Domain.load(str(ROOT / "domain.yml"))
    url = f"sqlite:///{tmp_path / 'conversations.sqlite'}"

    def make(**kwargs) -> PersistentConversationStore:
        return PersistentConversationStore(domain=domain, host=url, **kwargs)

    return make


def turn(number: int) -> list:
    return [
        ActionExecuted("action_listen"),
        UserUttered(f"question {number}", {"name": "ask_cast", "confidence": 1.0}),
        ActionExecuted("action_cast"),
        BotUttered(f"answer {number}"),
    ]


async def talk(store: PersistentConversationStore, sender: str, turns: range) -> None:
    for number in turns:
        tracker = await store.get_or_create_tracker(sender)
        for event in turn(number):
            tracker.update(event)
        await store.save(tracker)


def test_long_conversations_stay_small_in_memory_and_whole_on_disk(make_store):
    store = make_store(max_events=20, keep_events=8)

    async def scenario():
        first = await store.get_or_create_tracker("long")
        first.update(SlotSet("person", "ren_nagase"))
        await store.save(first)
        await talk(store, "long", range(30))
        tracker = await store.retrieve("long")
        assert len(tracker.events) <= 20
        assert tracker.get_slot("person") == "ren_nagase"  # carried over by compaction
        fresh = make_store()  # a restart: nothing cached
        restored = await fresh.retrieve_full_tracker("long")
        said = [e.text for e in restored.events if isinstance(e, UserUttered)]
        assert said == [f"question {n}" for n in range(30)]

    asyncio.run(scenario())


def test_writes_by_another_server_and_deletions_are_seen(make_store):
    one, other = make_store(), make_store()

    async def scenario():
        await talk(one, "shared", range(2))
        await talk(other, "shared", range(2, 4))  # the other server answers turns 2 and 3
        tracker = await one.retrieve("shared")
        assert [e.text for e in tracker.events if isinstance(e, UserUttered)][-1] == "question 3"
        with one.session_scope() as session:
            session.query(one.SQLEvent).filter(one.SQLEvent.sender_id == "shared").delete()
            session.commit()
        assert await one.retrieve("shared") is None

    asyncio.run(scenario())


def test_memory_is_bounded_and_evicted_conversations_come_back_from_disk(make_store):
    store = make_store(max_conversations=2)

    async def scenario():
        for sender in ("a", "b", "c"):
            await talk(store, sender, range(2))
        assert list(store._cache) == ["b", "c"]
        again = await store.retrieve("a")
        assert [e.text for e in again.events if isinstance(e, UserUttered)] == ["question 0", "question 1"]

    asyncio.run(scenario())


def test_sqlite_turns_go_through_sqlite3_and_its_errors_read_as_outages(make_store, tmp_path):
    import sqlite3

    import sqlalchemy as sa

    from bot.outages import is_outage

    store = make_store()
    assert store._sqlite is not None  # an SQLite file: the direct path (bot/fastpath.py: SqliteEvents)

    async def scenario():
        await talk(store, "direct", range(3))
        restarted = make_store()  # read back by Rasa's own SQLTrackerStore code
        said = [e.text for e in (await restarted.retrieve_full_tracker("direct")).events if isinstance(e, UserUttered)]
        assert said == ["question 0", "question 1", "question 2"]
        other = sqlite3.connect(tmp_path / "conversations.sqlite")
        other.execute("DROP TABLE events")
        other.commit()
        other.close()
        with pytest.raises(sa.exc.DBAPIError) as raised:
            await store.retrieve("direct")
        assert is_outage(raised.value)

    asyncio.run(scenario())
