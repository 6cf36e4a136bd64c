"""The per-message path made fast and flat: what py-spy found in a turn, and its fixes.

Each item was measured (reports/profile.md, reports/bench.md):

- `InMemoryTrackerStore` keeps each conversation as JSON and rebuilds the whole
  tracker from it on every message; Rasa then replays every event again for
  each action (`tracker.copy()`) and for each policy prediction (`past_states`),
  so every turn costs more than the one before. `ConversationStore` keeps the
  tracker object itself and, once a conversation passes `max_events` events,
  compacts it to its last turns, carrying every slot value over. Our rules
  look at the current turn only and every slot is `influence_conversation:
  false`, so nothing the policies or actions read is lost.
- `InMemoryLockStore` queues the messages of one conversation behind a ticket
  lock polled once per second: five messages sent at once take about five
  seconds. `ConversationLockStore` is the same ticket lock (first come, first
  served), polled every few milliseconds.
- Two more fixes replace Rasa internals and live in bot/rasa_patches/: the
  custom action reply validator built once (action_result_validation.py) and
  a graph runner that plans each model run once (graph_runner.py).
- Outside Rasa's own CLI nobody configures structlog, whose default prints
  every debug event. `quiet_structlog` sets it to the process's logging level.
- The in-process actions load the fact store on first use; `install` loads it
  at start-up, so the first user does not wait for it.

Both stores are in-memory, for one server process (Sanic runs one worker with
an in-memory lock store anyway). `install` puts them in unless endpoints.yml
configures a tracker store, a lock store or an event broker (configured stores
are used as they are; FAST_STORES=off keeps Rasa's defaults, for comparison).
"""

from __future__ import annotations

import json
import os
from collections.abc import AsyncIterator, Iterable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from cachetools import LRUCache
from rasa.core.lock import TicketLock
from rasa.core.lock_store import LOCK_LIFETIME, InMemoryLockStore
from rasa.core.tracker_store import SQLTrackerStore, TrackerStore
from rasa.shared.core.constants import ACTION_LISTEN_NAME
from rasa.shared.core.events import ActionExecuted, ActiveLoop, Event, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.utils.endpoints import EndpointConfig

TRACKER_STORE = f"{__name__}.ConversationStore"
LOCK_STORE = f"{__name__}.ConversationLockStore"
# A turn is about six events (user message, slots, action, bot messages, listen):
# 60 events are about 10 turns; compaction keeps about the last 3.
MAX_EVENTS = 60
KEEP_EVENTS = 20
MAX_CACHED_CONVERSATIONS = 500  # trackers kept in memory (~40 kB each); older ones are read back from the database
POLL_SECONDS = 0.005


def install(endpoints: Any) -> Any:
    """Everything in this module, for the server's endpoints (see the module docstring)."""
    from bot.rasa_patches.in_process_actions import is_in_process

    quiet_structlog()
    if is_in_process(endpoints.action):
        warm_up_actions()
    return use_fast_stores(endpoints)


def quiet_structlog() -> None:
    import logging

    from rasa.utils.log_utils import configure_structlog

    configure_structlog(logging.getLogger().getEffectiveLevel())


def warm_up_actions() -> None:
    from actions.common import store

    # resolve() and mentions() build their name tables on first use (Japanese family names through
    # SudachiPy): here, before bot/memory.py gives the dictionary's pages back, not on a user's question.
    facts = store()
    facts.resolve("")
    facts.mentions("")


# One question in each language the reader handles (not film facts: a generic question each).
WARM_UP_MESSAGES = ("who directed it?", "監督は誰？")


async def warm_up_understanding(agent: Any) -> None:
    """Parses one English and one Japanese question once the model is loaded.

    The question reader builds some of its vocabularies on first use (the film's
    words, cut into Japanese words where needed): the first user's first
    message paid for that, and it touched most of the Japanese dictionary's
    pages after bot/memory.py had given them back (73 MB, measured). Parsing
    runs the NLU only: no conversation is created or stored.
    """
    import logging

    from bot.understanding.real_words import english_words

    try:
        english_words()  # the word list a typo is weighed against, read on first use (0.15 s)
    except Exception:  # the first message that weighs a typo will show the problem; the server still starts
        logging.getLogger(__name__).exception("reading the English word list failed")
    for text in WARM_UP_MESSAGES:
        try:
            await agent.parse_message(text)
        except Exception:  # the first user's message will show the problem; the server still starts
            logging.getLogger(__name__).exception("warming up the understanding failed")


def use_fast_stores(endpoints: Any) -> Any:
    """Install ConversationStore and ConversationLockStore where endpoints.yml chose nothing.

    FAST_STORES=off keeps Rasa's defaults (to measure the difference).
    """
    if os.environ.get("FAST_STORES", "on").lower() == "off":
        return endpoints
    if endpoints.tracker_store is None and endpoints.event_broker is None:
        endpoints.tracker_store = EndpointConfig(type=TRACKER_STORE)
    if endpoints.lock_store is None:
        endpoints.lock_store = EndpointConfig(type=LOCK_STORE)
    return endpoints


def compacted_events(
    events: list[Event], slot_values: dict[str, Any], active_loop: str | None, keep: int
) -> list[Event] | None:
    """The last turns of a conversation (about `keep` events), preceded by its state.

    The cut is at an `action_listen` that precedes a user message, so the kept
    part starts exactly like a turn; before it come the slot values (as SlotSet
    events) and the active loop, if any. None if there is no such cut point.
    """
    earliest = max(len(events) - keep, 1)
    for index in range(earliest, len(events) - 1):
        event, following = events[index], events[index + 1]
        if isinstance(event, ActionExecuted) and event.action_name == ACTION_LISTEN_NAME:
            if isinstance(following, UserUttered):
                timestamp = event.timestamp
                head: list[Event] = [SlotSet(name, value, timestamp=timestamp) for name, value in slot_values.items()]
                if active_loop:
                    head.append(ActiveLoop(active_loop, timestamp=timestamp))
                return [*head, *events[index:]]
    return None


def _changed_slots(tracker: DialogueStateTracker) -> dict[str, Any]:
    return {name: slot.value for name, slot in tracker.slots.items() if slot.value != slot.initial_value}


def compact_tracker(tracker: DialogueStateTracker, slots: Any, keep_events: int) -> DialogueStateTracker:
    """A new tracker with the last turns of `tracker` and all of its state (see compacted_events)."""
    events = compacted_events(list(tracker.events), _changed_slots(tracker), tracker.active_loop_name, keep_events)
    if events is None:
        return tracker
    compact = DialogueStateTracker.from_events(tracker.sender_id, events, slots, sender_source=tracker.sender_source)
    compact.model_id = tracker.model_id
    compact.assistant_id = tracker.assistant_id
    return compact


class ConversationStore(TrackerStore):
    """In-memory tracker store that keeps tracker objects and bounds their history.

    Rasa's processor fetches a tracker, adds the turn's events and saves it,
    one message at a time per conversation (the lock store sees to that), so
    keeping the object itself is safe and saves a JSON round trip per message.
    """

    def __init__(
        self,
        domain: Any = None,
        event_broker: Any = None,
        max_events: int = MAX_EVENTS,
        keep_events: int = KEEP_EVENTS,
        **kwargs: Any,
    ) -> None:
        kwargs.pop("host", None)
        super().__init__(domain, event_broker, **kwargs)
        if event_broker is not None:
            raise ValueError("ConversationStore does not stream events; configure another tracker store")
        if not 0 < keep_events < max_events:
            raise ValueError(f"need 0 < keep_events < max_events, got {keep_events} and {max_events}")
        self.max_events = int(max_events)
        self.keep_events = int(keep_events)
        self.trackers: dict[str, DialogueStateTracker] = {}

    async def save(self, tracker: DialogueStateTracker) -> None:
        if len(tracker.events) > self.max_events:
            tracker = self.compact(tracker)
        self.trackers[tracker.sender_id] = tracker

    def compact(self, tracker: DialogueStateTracker) -> DialogueStateTracker:
        return compact_tracker(tracker, self.domain.slots, self.keep_events)

    async def retrieve(self, sender_id: str) -> DialogueStateTracker | None:
        return self.trackers.get(sender_id)

    async def keys(self) -> Iterable[str]:
        return list(self.trackers)


class ConversationLockStore(InMemoryLockStore):
    """Rasa's in-memory ticket lock, polled every few milliseconds instead of every second."""

    def __init__(self, endpoint_config: EndpointConfig | None = None, poll_seconds: float = POLL_SECONDS) -> None:
        super().__init__()
        kwargs = endpoint_config.kwargs if endpoint_config is not None else {}
        self.poll_seconds = float(kwargs.get("poll_seconds", poll_seconds))

    @asynccontextmanager
    async def lock(
        self, conversation_id: str, lock_lifetime: float = LOCK_LIFETIME, wait_time_in_seconds: float = 1
    ) -> AsyncIterator[TicketLock]:
        wait = min(wait_time_in_seconds, self.poll_seconds)
        async with super().lock(conversation_id, lock_lifetime, wait) as ticket_lock:
            yield ticket_lock


def sqlite_engine(url: Any) -> Any:
    """An engine for an SQLite file that keeps its connection open, in write-ahead-log mode.

    SQLAlchemy 1.4 opens and closes a connection for every session on an
    SQLite file (NullPool), and closing the last connection checkpoints and
    syncs the database file: with Rasa's two sessions per turn that was most of
    a turn (measured: 32 ms of store time per turn on this machine, first turns
    72 ms). Here one pooled connection stays open, in WAL mode synced at
    checkpoints rather than at every commit: a commit is still durable when the
    server process is killed (tests/test_crash.py); only a power cut or kernel
    crash can lose the last turns. Readers (`python -m bot conversations`) no
    longer block the server.
    """
    engine = sa.create_engine(
        url, poolclass=sa.pool.QueuePool, pool_size=1, max_overflow=4, connect_args={"check_same_thread": False}
    )

    def on_connect(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    sa.event.listen(engine, "connect", on_connect)
    return engine


SQLITE_PRAGMAS = ("PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL")


class SqliteEvents:
    """The two statements of a turn on an SQLite file, through the sqlite3 module directly.

    Per turn the store asks for the conversation's newest row (is the cached
    tracker still current?) and appends the turn's events in one transaction.
    Through SQLAlchemy Core each of those went through pool checkout and
    return, a transaction object, the compiled-statement cache and result
    set-up: 0.32-0.37 ms of CPU per turn against 0.07-0.11 ms here (minimum of
    5 x 300 turns of six events, 2026-12-01), and more in the server, where
    SQLAlchemy's code is no longer in the CPU caches between turns. The
    statements are SQLAlchemy's own (compiled once from Rasa's table), on a
    connection of its own with the same pragmas as `sqlite_engine`, so
    durability is unchanged: each turn is committed (written to the
    write-ahead log) before its answer is sent; the log is synced to disk at
    checkpoints, so a killed server process loses nothing acknowledged and a
    power cut or kernel crash can lose the last turns, never the database's
    consistency (`synchronous=FULL` would sync every commit, one fsync per
    turn). Errors are raised as SQLAlchemy's `DBAPIError`, as through the
    engine, so bot/outages.py treats them the same way.
    """

    COLUMNS = ("sender_id", "type_name", "timestamp", "intent_name", "action_name", "data")

    def __init__(self, path: str, table: Any, dialect: Any) -> None:
        import sqlite3
        import threading

        self._error = sqlite3.Error
        # isolation_level=None: no implicit transactions; `append` opens and commits its own.
        self._connection = sqlite3.connect(path, isolation_level=None, check_same_thread=False, timeout=5.0)
        self._lock = threading.Lock()  # Sanic calls the store from one thread; this keeps it correct if not
        for pragma in SQLITE_PRAGMAS:
            self._connection.execute(pragma)
        self._newest_sql = str(
            sa.select(sa.func.max(table.c.id))
            .where(table.c.sender_id == sa.bindparam("sender_id"))
            .compile(dialect=dialect)
        )
        self._insert_sql = str(table.insert().compile(dialect=dialect, column_keys=list(self.COLUMNS)))

    def _raise(self, statement: str, error: Exception) -> None:
        raise sa.exc.DBAPIError.instance(statement, None, error, self._error) from error

    def newest(self, sender_id: str) -> int | None:
        """The id of the conversation's newest row, None if it has none."""
        try:
            with self._lock:
                return self._connection.execute(self._newest_sql, (sender_id,)).fetchone()[0]
        except self._error as error:
            self._raise(self._newest_sql, error)
            raise  # not reached

    def append(self, rows: list[tuple[Any, ...]]) -> int | None:
        """Inserts `rows` (values in COLUMNS order, one conversation) in one transaction; returns the newest id."""
        connection = self._connection
        try:
            with self._lock:
                connection.execute("BEGIN IMMEDIATE")
                try:
                    connection.executemany(self._insert_sql, rows)
                    newest = connection.execute(self._newest_sql, (rows[0][0],)).fetchone()[0]
                    connection.execute("COMMIT")
                except BaseException:
                    if connection.in_transaction:
                        connection.execute("ROLLBACK")
                    raise
                return newest
        except self._error as error:
            self._raise(self._insert_sql, error)
            raise  # not reached


@dataclass
class _Cached:
    tracker: DialogueStateTracker
    stored: int  # how many of tracker.events are already in the database
    last_id: int | None  # the newest database row of this conversation when cached


class PersistentConversationStore(SQLTrackerStore):
    """Rasa's SQL tracker store, with each conversation's tracker object kept between turns.

    Every turn is written to the database before its answer is sent, so a
    conversation survives a restart or a crash, as with SQLTrackerStore. What
    changes is reading: instead of rebuilding the tracker from all of the
    session's rows on every message (a cost that grows with the conversation),
    the tracker object stays in memory, compacted like ConversationStore's, and
    one indexed query checks that nobody else wrote to or deleted the
    conversation since (another server behind the same database, `python -m bot
    forget`). Only then is it read again from the database.
    """

    engine: Any  # SQLTrackerStore sets it; replaced for an SQLite file (sqlite_engine)

    def __init__(
        self,
        *args: Any,
        max_events: int = MAX_EVENTS,
        keep_events: int = KEEP_EVENTS,
        max_conversations: int = MAX_CACHED_CONVERSATIONS,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self.max_events = int(max_events)
        self.keep_events = int(keep_events)
        self.max_conversations = int(max_conversations)
        self._cache: LRUCache = LRUCache(maxsize=self.max_conversations)
        table = self.SQLEvent.__table__
        self._newest_statement = sa.select(sa.func.max(table.c.id)).where(
            table.c.sender_id == sa.bindparam("sender_id")
        )
        self._insert_statement = table.insert()
        self._sqlite: SqliteEvents | None = None
        engine = self.engine
        if engine.dialect.name == "sqlite" and engine.url.database not in (None, "", ":memory:"):
            from sqlalchemy.orm import sessionmaker

            engine.dispose()
            self.engine = sqlite_engine(engine.url)
            self.sessionmaker = sessionmaker(bind=self.engine)
            self._sqlite = SqliteEvents(engine.url.database, table, self.engine.dialect)

    def _newest(self, sender_id: str) -> int | None:
        """The id of the conversation's newest stored row (None: nothing stored)."""
        if self._sqlite is not None:
            return self._sqlite.newest(sender_id)
        with self.engine.connect() as connection:
            return self._newest_id(connection, sender_id)

    def _newest_id(self, connection: Any, sender_id: str) -> int | None:
        # A Core statement built once, on a plain connection: an ORM query (and an ORM session)
        # costs several times the database's own time here.
        return connection.execute(self._newest_statement, {"sender_id": sender_id}).scalar()

    def _remember(self, tracker: DialogueStateTracker, last_id: int | None) -> None:
        if len(tracker.events) > self.max_events:
            tracker = compact_tracker(tracker, self.domain.slots, self.keep_events)
        self._cache[tracker.sender_id] = _Cached(tracker, len(tracker.events), last_id)

    async def retrieve(self, sender_id: str) -> DialogueStateTracker | None:
        cached = self._cache.get(sender_id)
        newest = self._newest(sender_id)
        if cached is not None and newest is not None and newest == cached.last_id:
            return cached.tracker
        self._cache.pop(sender_id, None)
        if newest is None:  # nothing stored: a new conversation (or one just forgotten)
            return None
        tracker = await super().retrieve(sender_id)
        if tracker is not None:
            self._remember(tracker, newest)
            return self._cache[sender_id].tracker
        return None

    async def stream_events(self, tracker: DialogueStateTracker) -> None:
        """Nothing here: `save` publishes each event to the event broker once it is stored.

        Rasa's own `stream_events` diffs the tracker against `retrieve()`,
        which here is the very same cached object, so it published nothing.
        """

    async def save(self, tracker: DialogueStateTracker) -> None:
        sender_id = tracker.sender_id
        cached = self._cache.get(sender_id)
        try:
            if cached is not None and cached.tracker is tracker:
                before = cached.last_id
                newest = self._insert(sender_id, list(tracker.events)[cached.stored :]) or before
            else:
                before = self._newest(sender_id)
                if before is None:  # a new conversation (create_tracker): every event is new
                    newest = self._insert(sender_id, list(tracker.events))
                else:  # a tracker we did not hand out: Rasa's own bookkeeping decides what is new
                    await super().save(tracker)
                    newest = self._newest(sender_id)
            if self.event_broker is not None:
                with self.session_scope() as session:
                    self._publish_stored(session, sender_id, after_id=before)
        except Exception:
            # The cached object already holds this turn's events; a failed write must
            # not leave them there as if stored (the next message reads the database).
            self._cache.pop(sender_id, None)
            raise
        self._remember(tracker, newest)

    def _publish_stored(self, session: Any, sender_id: str, after_id: int | None) -> None:
        """Publishes the rows stored for `sender_id` after row `after_id`: each event exactly once, in order."""
        query = session.query(self.SQLEvent.data).filter(self.SQLEvent.sender_id == sender_id)
        if after_id is not None:
            query = query.filter(self.SQLEvent.id > after_id)
        for (data,) in query.order_by(self.SQLEvent.id):
            self.event_broker.publish({"sender_id": sender_id, **json.loads(data)})

    def _insert(self, sender_id: str, events: list[Event]) -> int | None:
        """Stores `events` in one transaction (one multi-row INSERT); returns the newest row id of the conversation."""
        if not events:
            return None
        values = []
        for event in events:
            data = event.as_dict()
            intent = data.get("parse_data", {}).get("intent", {}).get("name")
            values.append(
                (sender_id, event.type_name, data.get("timestamp"), intent, data.get("name"), json.dumps(data))
            )
        if self._sqlite is not None:
            return self._sqlite.append(values)
        rows = [dict(zip(SqliteEvents.COLUMNS, row, strict=True)) for row in values]
        with self.engine.begin() as connection:  # one transaction
            connection.execute(self._insert_statement, rows)
            return self._newest_id(connection, sender_id)  # this conversation's writers take turns (the lock store)
