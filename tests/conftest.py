"""Shared fixtures: the real fact store, the domain, trackers for actions, and the real server."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from bot.store import FactStore
from tests.servers import FakeApis, Server
from tooling.external import score

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def store() -> FactStore:
    return FactStore.load()


@pytest.fixture(scope="session")
def resolver(store: FactStore) -> score.Resolver:
    """Store keys of the outcome scorer's expectations, resolved against the real store."""
    return score.Resolver(store)


@pytest.fixture(scope="session")
def markers() -> score.Markers:
    """The outcome scorer's markers, read from the real domain."""
    return score.Markers.from_domain(ROOT / "domain.yml")


@pytest.fixture(scope="session")
def domain() -> dict[str, Any]:
    return yaml.safe_load((ROOT / "domain.yml").read_text(encoding="utf-8"))


@pytest.fixture(autouse=True)
def _unanswered_log(tmp_path, monkeypatch):
    """Keep tests from writing to the real unanswered-questions log or reading a developer's .env."""
    monkeypatch.setenv("UNANSWERED_DB", str(tmp_path / "unanswered.sqlite"))
    monkeypatch.setenv("ENV_FILE", "")  # a developer's .env stays out of in-process CLI tests


@pytest.fixture(scope="session")
def fake_apis():
    """Local stand-ins for Slack's Web API and Telegram's Bot API."""
    fakes = FakeApis()
    yield fakes
    fakes.close()


@pytest.fixture(scope="session")
def server(tmp_path_factory, fake_apis):
    """One real server for every `server` test: REST, web chat, Slack and Telegram on."""
    running = Server(tmp_path_factory.mktemp("server"), ready_log="Telegram: webhook for @", **fake_apis.channel_env())
    yield running
    running.close()


def tracker(
    text: str = "",
    intent: str = "",
    entities: dict[str, str] | list[tuple[str, str]] | list[dict[str, Any]] | None = None,
    slots: dict[str, Any] | None = None,
    events: list[dict[str, Any]] | None = None,
) -> Tracker:
    message = {
        "text": text,
        "intent": {"name": intent, "confidence": 0.99},
        # a list of (entity, value) pairs names one kind twice ("how are <a> and <b> related?"); a list of entity
        # dicts gives their spans too
        "entities": [
            pair if isinstance(pair, dict) else {"entity": pair[0], "value": pair[1]}
            for pair in (entities.items() if isinstance(entities, dict) else entities or [])
        ],
    }
    return Tracker(
        sender_id="test",
        slots=slots or {},
        latest_message=message,
        events=events or [],
        paused=False,
        followup_action=None,
        active_loop={},
        latest_action_name="action_listen",
    )


class Turn:
    """Runs one action on one message; exposes what it said and which slots it set."""

    def __init__(self, action, domain, **message: Any) -> None:
        import asyncio

        self.dispatcher = CollectingDispatcher()
        self.tracker = tracker(**message)
        self.events = asyncio.run(action.run(self.dispatcher, self.tracker, domain))

    @property
    def responses(self) -> list[str]:
        return [m["response"] for m in self.dispatcher.messages if m.get("response")]

    @property
    def slots(self) -> dict[str, Any]:
        return {e["name"]: e["value"] for e in self.events if e.get("event") == "slot"}

    def values(self, response: str) -> dict[str, Any]:
        return next(m for m in self.dispatcher.messages if m.get("response") == response)

    def buttons(self) -> list[dict]:
        return [b for m in self.dispatcher.messages for b in m.get("buttons") or []]


@pytest.fixture
def turn(domain):
    def run(action, **message: Any) -> Turn:
        return Turn(action, domain, **message)

    return run


@pytest.fixture(scope="session")
def entity_rules() -> Any:
    """The generated spaCy pipeline (build/spacy) as Rasa's SpacyNLP loads it, its tokenizer registered first."""
    import spacy

    import bot.ja_tokenizer  # noqa: F401  (registers the tokenizer named in build/spacy's config)
    from bot import nlu_build

    return spacy.load(nlu_build.SPACY_DIR)
