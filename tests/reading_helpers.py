"""Shared helpers of the question reader's tests: entities as the entity rules would find them."""

from __future__ import annotations

import asyncio
from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from bot.store import FactStore
from bot.understanding.lexicon import default_lexicon
from bot.understanding.reading import Reading, read


def name(text: str, words: str, kind: str, value: str | None = None) -> dict:
    """The entity over `words` in `text`, with its span; `value` when it is not the words themselves."""
    start = text.lower().index(words.lower())
    return {
        "entity": kind,
        "value": value or text[start : start + len(words)],
        "start": start,
        "end": start + len(words),
    }


span = name  # the name the action tests use


def run(
    action: Any,
    domain: dict,
    text: str,
    entities: list[dict],
    slots: dict | None = None,
    *,
    intent: str = "ask_fact",
    events: list[dict] | None = None,
) -> tuple[list[str], list[dict], dict[str, Any]]:
    """One action on one message with entity spans (and earlier events); returns (responses, messages, slot
    events)."""
    message = {"text": text, "intent": {"name": intent, "confidence": 1.0}, "entities": entities}
    history = [*(events or []), {"event": "user", "text": text}]
    tracker = Tracker("test", slots or {}, message, history, False, None, {}, "")
    dispatcher = CollectingDispatcher()
    result = asyncio.run(action.run(dispatcher, tracker, domain))
    said = [m["response"] for m in dispatcher.messages if m.get("response")]
    return said, dispatcher.messages, {e["name"]: e["value"] for e in result if e.get("event") == "slot"}


def reading(
    store: FactStore, text: str, intent: str | None = "ask_person", entities: list[dict] | None = None
) -> Reading:
    return read(text, intent, entities or [], store, default_lexicon())


def tags(result: Reading) -> dict[str, str]:
    return {e["entity"]: e["value"] for e in result.entities}


def values(result: Reading, entity: str) -> list[str]:
    """The values the reader tagged for one entity."""
    return [e["value"] for e in result.entities if e["entity"] == entity]


def responses_of(action: Any, message_tracker: Any, domain: dict) -> list[str]:
    """The response names one action utters for one message."""
    dispatcher = CollectingDispatcher()
    asyncio.run(action.run(dispatcher, message_tracker, domain))
    return [m.get("response") for m in dispatcher.messages]
