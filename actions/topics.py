"""Answers about a named topic (budget, awards, sequel, top 10, ...): the store's
film facts that carry `aliases`. Unknown ones get "I don't know", with the
fact's user-facing `detail` when it has one (e.g. why there is no box office)."""

from __future__ import annotations

from rasa_sdk import Tracker
from rasa_sdk.events import EventType

from actions.common import Reply, StoreAction, entity_values, store
from bot.text import format_value


class ActionFact(StoreAction):
    def name(self) -> str:
        return "action_fact"

    def answer(self, reply: Reply, tracker: Tracker) -> list[EventType]:
        facts = store()
        words = entity_values(tracker, "topic")
        key = facts.topic(words[0]) if words else None
        if key is None:
            reply.dont_know(tracker)
            return []
        fact = facts.film[key]
        topic_words = words[0]
        if fact.unknown:
            reply.dont_know(tracker, "utter_dont_know_about", topic_label=fact.label or f"its {topic_words}")
            reply.detail(fact)
            return []
        if isinstance(fact.value, bool):
            response = f"utter_fact_{key}_{'yes' if fact.value else 'no'}"
        else:
            response = f"utter_fact_{key}"
        if not reply.has_response(response):
            response = "utter_fact"
        reply.utter(response, cite=[fact], value=format_value(fact.value), topic_words=topic_words)
        reply.detail(fact)
        return []
