"""The lock store for several replicas: Rasa's Redis ticket lock, polled often, expiring sooner (bot/scaling.py)."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Any, TypeVar

import redis
from rasa.core.lock import TicketLock
from rasa.core.lock_store import LOCK_LIFETIME, LockError, RedisLockStore

T = TypeVar("T")
# A waiting message checks Redis every 20 ms instead of every second (Rasa's default).
POLL_SECONDS = 0.02
# How long a lock outlives a replica that died holding it. Rasa's default, 60 s,
# froze a conversation whose turn was in flight on a killed replica for a
# minute; a turn takes milliseconds (p99 about 2 s at concurrency 32, README).
LOCK_LIFETIME_SECONDS = 10.0


class ConversationRedisLockStore(RedisLockStore):
    """Rasa's Redis lock store (the same ticket lock), polled often, with locks that expire sooner.

    Rasa's RedisLockStore reads a conversation's lock, changes it and writes it
    back in separate steps, so two replicas issuing tickets at the same moment
    can lose one (seen: one of six simultaneous messages answered 503). Here
    every change is one optimistic Redis transaction (WATCH/MULTI), retried
    when another replica changed the lock in between.
    """

    def __init__(self, endpoint_config: Any) -> None:
        kwargs = dict(endpoint_config.kwargs)
        self.poll_seconds = float(kwargs.pop("poll_seconds", POLL_SECONDS))
        self.lock_lifetime = float(kwargs.pop("lock_lifetime", LOCK_LIFETIME_SECONDS))
        super().__init__(host=endpoint_config.url, **kwargs)

    def _change(self, conversation_id: str, change: Callable[[TicketLock | None], tuple[TicketLock | None, T]]) -> T:
        """Applies `change` (the lock or None -> the new lock or None to delete it, and a result) atomically."""
        key = self.key_prefix + conversation_id
        with self.red.pipeline() as pipe:
            while True:
                try:
                    pipe.watch(key)
                    raw = pipe.get(key)
                    lock = TicketLock.from_dict(json.loads(raw)) if raw else None
                    new_lock, result = change(lock)
                    pipe.multi()
                    if new_lock is None:
                        pipe.delete(key)
                    else:
                        pipe.set(key, new_lock.dumps())
                    pipe.execute()
                    return result
                except redis.WatchError:
                    continue  # another replica changed this lock meanwhile: read it again

    def issue_ticket(self, conversation_id: str, lock_lifetime: float = LOCK_LIFETIME) -> int:
        def issue(lock: TicketLock | None) -> tuple[TicketLock, int]:
            lock = lock or TicketLock(conversation_id)
            return lock, lock.issue_ticket(lock_lifetime)

        return self._change(conversation_id, issue)

    def update_lock(self, conversation_id: str) -> None:
        def update(lock: TicketLock | None) -> tuple[TicketLock | None, None]:
            if lock is not None:
                lock.remove_expired_tickets()
            return lock, None

        self._change(conversation_id, update)

    def finish_serving(self, conversation_id: str, ticket_number: int) -> None:
        def finish(lock: TicketLock | None) -> tuple[TicketLock | None, None]:
            if lock is not None:
                lock.remove_ticket_for(ticket_number)
            return lock, None

        self._change(conversation_id, finish)

    def cleanup(self, conversation_id: str, ticket_number: int) -> None:
        """Removes the ticket, and the lock with it when nobody else is waiting (one transaction)."""

        def clean(lock: TicketLock | None) -> tuple[TicketLock | None, None]:
            if lock is None:
                return None, None
            lock.remove_ticket_for(ticket_number)
            return (lock if lock.is_someone_waiting() else None), None

        self._change(conversation_id, clean)

    @asynccontextmanager
    async def lock(
        self, conversation_id: str, lock_lifetime: float = LOCK_LIFETIME, wait_time_in_seconds: float = 1
    ) -> AsyncIterator[TicketLock]:
        """Rasa's ticket lock (LockStore.lock), except that a ticket that expires while waiting ends the wait.

        Rasa's loop keeps waiting for a ticket that has expired (its holder
        died and both tickets ran out together) and never gets served: the
        message then hangs until the client gives up. Here it is a LockError,
        which the user sees as "temporarily unavailable" (bot/outages.py).
        """
        lifetime = min(lock_lifetime, self.lock_lifetime)
        ticket = self.issue_ticket(conversation_id, lifetime)
        try:
            while True:
                lock = self.get_lock(conversation_id)
                if lock is None or not any(t.number == ticket for t in lock.tickets if not t.has_expired()):
                    raise LockError(f"the lock of conversation '{conversation_id}' expired while waiting for it")
                if not lock.is_locked(ticket):
                    break
                await asyncio.sleep(min(wait_time_in_seconds, self.poll_seconds))
                self.update_lock(conversation_id)
            yield lock
        finally:
            self.cleanup(conversation_id, ticket)
