"""bot/fastpath.py: bounded trackers that keep their slots, a lock that does not sleep a second."""

from __future__ import annotations

import asyncio
import time

import pytest
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, BotUttered, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from bot import fastpath
from tests.conftest import ROOT


@pytest.fixture(scope="module")
def domain() -> Domain:
    return Domain.load(str(ROOT / "domain.yml"))


def conversation(domain: Domain, turns: int) -> DialogueStateTracker:
    tracker = DialogueStateTracker("someone", domain.slots)
    tracker.update(ActionExecuted("action_listen"))
    for turn in range(turns):
        tracker.update(UserUttered(f"question {turn}", {"name": "ask_director", "confidence": 1.0}))
        if turn == 0:
            tracker.update(SlotSet("spoilers_ok", True))
        tracker.update(ActionExecuted("action_director"))
        tracker.update(BotUttered(f"answer {turn}"))
        tracker.update(SlotSet("person", f"person_{turn}"))
        tracker.update(ActionExecuted("action_listen"))
    return tracker


def test_compaction_keeps_the_last_turns_and_every_slot(domain):
    tracker = conversation(domain, 40)
    events = fastpath.compacted_events(list(tracker.events), {"spoilers_ok": True, "person": "person_39"}, None, 12)
    assert events is not None and len(events) <= 12 + 2
    assert events[:2] == [SlotSet("spoilers_ok", True), SlotSet("person", "person_39")]
    assert isinstance(events[2], ActionExecuted) and events[2].action_name == "action_listen"
    assert isinstance(events[3], UserUttered)
    assert events[-1] == list(tracker.events)[-1]


async def _save_many(store: fastpath.ConversationStore, tracker: DialogueStateTracker) -> DialogueStateTracker:
    await store.save(tracker)
    return await store.retrieve(tracker.sender_id)


def test_store_bounds_history_and_copies_keep_old_slots(domain):
    store = fastpath.ConversationStore(domain, max_events=60, keep_events=20)
    tracker = conversation(domain, 40)
    assert len(tracker.events) > 60
    kept = asyncio.run(_save_many(store, tracker))
    assert len(kept.events) <= 20 + len(domain.slots)
    # Rasa runs every action on tracker.copy(), which replays the kept events only:
    copy = kept.copy()
    assert copy.get_slot("spoilers_ok") is True  # set in the first turn, long before the cut
    assert copy.get_slot("person") == "person_39"
    assert kept.latest_message.text == "question 39"


def test_store_keeps_short_conversations_as_they_are(domain):
    store = fastpath.ConversationStore(domain, max_events=60, keep_events=20)
    tracker = conversation(domain, 3)
    assert asyncio.run(_save_many(store, tracker)) is tracker


def test_lock_serves_a_burst_in_order_without_sleeping_a_second():
    locks = fastpath.ConversationLockStore()
    order: list[int] = []

    async def message(number: int) -> None:
        await asyncio.sleep(number * 0.001)
        async with locks.lock("conversation"):
            await asyncio.sleep(0.01)  # handling the message
            order.append(number)

    async def burst() -> float:
        started = time.perf_counter()
        await asyncio.gather(*(message(n) for n in range(5)))
        return time.perf_counter() - started

    seconds = asyncio.run(burst())
    assert order == [0, 1, 2, 3, 4]
    assert seconds < 0.5


def test_install_leaves_configured_stores_alone(monkeypatch):
    class Endpoints:
        tracker_store = "configured"
        lock_store = None
        event_broker = None

    endpoints = fastpath.use_fast_stores(Endpoints())
    assert endpoints.tracker_store == "configured"
    assert endpoints.lock_store.type == fastpath.LOCK_STORE
    monkeypatch.setenv("FAST_STORES", "off")
    assert fastpath.use_fast_stores(Endpoints()).lock_store is None
