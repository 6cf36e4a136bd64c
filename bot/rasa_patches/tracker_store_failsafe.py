"""Rasa's FailSafeTrackerStore made to fail loudly: no silent fallback to an empty in-memory tracker.

Why: Rasa's agent wraps every tracker store in a FailSafeTrackerStore that,
when the store raises, answers from a new empty tracker and saves the turn in
process memory. With the conversations in PostgreSQL behind several replicas
that means an answer without the conversation's context, a turn acknowledged
but never stored, and a private copy on one replica. Its only seams are the
hooks it calls on a failure before falling back.

Measured gain: none in speed; with PostgreSQL stopped, users get "temporarily
unavailable" (503 over REST) instead of context-free answers that are lost
(tests/test_deploy.py).

Replaces the loaded agent's FailSafeTrackerStore hooks `on_tracker_store_error`
and `on_tracker_store_retrieve_error` (on the instance) with one that raises.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

logger = logging.getLogger(__name__)


def raise_on_store_errors(agent: Any, make_error: Callable[[Exception], Exception]) -> bool:
    """From now on a failure of the agent's tracker store raises `make_error(failure)` from the failure.

    Returns False, changing nothing, when the agent's store is not a FailSafeTrackerStore.
    """
    from rasa.core.tracker_store import FailSafeTrackerStore

    store = getattr(agent, "tracker_store", None)
    if not isinstance(store, FailSafeTrackerStore):
        logger.warning("tracker store is %s, not FailSafeTrackerStore: left as it is", type(store).__name__)
        return False

    def fail(error: Exception) -> None:
        raise make_error(error) from error

    store.on_tracker_store_error = fail
    store.on_tracker_store_retrieve_error = fail
    return True
