"""Shared helpers of the question reader's tests: entities as the entity rules would find them."""

from __future__ import annotations

import asyncio
from typing import Any

from rasa_sdk.executor import CollectingDispatcher

from bot.store import FactStore
from bot.understanding.lexicon import default_lexicon
from bot.understanding.reading import Reading, read


def name(text: str, words: str, kind: str) -> dict:
    start = text.lower().index(words.lower())
    return {"entity": kind, "value": text[start : start + len(words)], "start": start, "end": start + len(words)}


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
