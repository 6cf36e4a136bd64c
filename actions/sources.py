""" "Where did you get that?": the best sources of the last answer, and where they disagree."""

from __future__ import annotations

from rasa_sdk import Tracker
from rasa_sdk.events import EventType

from actions.common import Reply, StoreAction, store
from bot import style


class ActionSources(StoreAction):
    asks_of_this_film = False

    def name(self) -> str:
        return "action_sources"

    def answer(self, reply: Reply, tracker: Tracker) -> list[EventType]:
        facts = store()
        keys = [key for key in tracker.get_slot("last_sources") or [] if key in facts.sources]
        if not keys:
            reply.utter("utter_no_sources")
            return []
        whole = style.wants_whole_list(tracker.latest_message.get("text") or "")
        if whole:  # "all sources": every one, mirror copies last
            ranked = sorted(facts.cite(keys), key=lambda source: source.rank)
        else:
            ranked = facts.ranked(keys)
        best = style.cut_list([source.key for source in ranked], whole=whole, limit=style.MAX_SOURCES)
        reply.utter("utter_sources_all_intro" if whole else "utter_sources_intro")
        for key in best.shown:
            source = facts.sources[key]
            reply.utter("utter_source", publisher=source.publisher, source_title=source.title, url=source.url)
        if best.cut:
            reply.utter("utter_sources_cut", count=best.more)
        summary = style.summarise(facts, tracker.get_slot("last_alternatives") or [])
        if summary is not None:
            response, values = summary
            reply.utter(response, **values)
        return []
