"""Shared helpers of the question reader's tests: entities as the entity rules would find them."""

from __future__ import annotations

import asyncio
import re
from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from bot.store import FactStore
from bot.understanding import stated_claims
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


def refused(store: FactStore, text: str, confidence: float = 0.8, entities: list[dict] | None = None) -> Any:
    """The question reader of the NLU pipeline (bot/nlu_frame.py) on a message the classifier refused (no guard:
    nothing in it is another subject); returns the Rasa message it decided."""
    return decided(store, text, "out_of_scope", entities, confidence)


def decided(
    store: FactStore, text: str, intent: str, entities: list[dict] | None = None, confidence: float = 0.6
) -> Any:
    """The question reader of the NLU pipeline on a message the classifier read as `intent` (with the plot as its
    distant second guess); returns the Rasa message it decided."""
    from rasa.shared.nlu.training_data.message import Message

    from bot.nlu_frame import QuestionReader

    ranked = [{"name": intent, "confidence": confidence}, {"name": "ask_plot", "confidence": 0.05}]
    message = Message(data={"text": text, "intent": ranked[0], "intent_ranking": ranked})
    message.set("entities", entities or [])
    QuestionReader(store, default_lexicon()).process([message])
    return message


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


def name_spans(store: FactStore, text: str, kind: str) -> list[tuple[int, int, str]]:
    """Every name of the store of one kind written in the text, longest first, as (start, end, id)."""
    forms = sorted(
        ((form.lower(), entity) for k, entity, form in store.name_forms() if k == kind and form.isascii()),
        key=lambda f: -len(f[0]),
    )
    found: list[tuple[int, int, str]] = []
    for form, entity in forms:
        for hit in re.finditer(r"\b" + re.escape(form) + r"\b", text.lower()):
            if not any(a < hit.end() and hit.start() < b for a, b, _ in found):
                found.append((hit.start(), hit.end(), entity))
    return sorted(found)


def details_of(store: FactStore, text: str) -> list[tuple[str, str]]:
    """The details `stated_claims.details_said` reads in `text`, with the store's names and the title found in it."""
    title = store.title.lower()
    at = text.lower().find(title)
    titles = [(at, at + len(title))] if at >= 0 else []
    return stated_claims.details_said(
        text, name_spans(store, text, "person"), name_spans(store, text, "character"), titles, store
    )
