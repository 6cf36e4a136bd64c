""" "Where did you get that?": the sources of the facts in the last answer."""

from __future__ import annotations

from rasa_sdk import Tracker
from rasa_sdk.events import EventType

from actions.common import Reply, StoreAction, store
from bot.text import join_list

MAX_LISTED = 6


class ActionSources(StoreAction):
    def name(self) -> str:
        return "action_sources"

    def answer(self, reply: Reply, tracker: Tracker) -> list[EventType]:
        facts = store()
        keys = [key for key in tracker.get_slot("last_sources") or [] if key in facts.sources]
        if not keys:
            reply.utter("utter_no_sources")
            return []
        reply.utter("utter_sources_intro")
        for source in facts.cite(keys[:MAX_LISTED]):
            reply.utter("utter_source", publisher=source.publisher, source_title=source.title, url=source.url)
        for alternative in tracker.get_slot("last_alternatives") or []:
            publishers = [facts.sources[k].publisher for k in alternative.get("sources", []) if k in facts.sources]
            reply.utter(
                "utter_source_alternative",
                alternative=alternative.get("value", ""),
                publishers=join_list(publishers) or "some sources",
            )
        return []
