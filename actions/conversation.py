"""Session start, and the turns that are not answers: not understood, out of scope."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActionExecuted, EventType, SessionStarted, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.common import store
from bot import unanswered


class ActionSessionStart(Action):
    """Starts a session with the film's title in a slot, for the static responses."""

    def name(self) -> str:
        return "action_session_start"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]) -> list[EventType]:
        carried = [
            SlotSet(name, value)
            for name, value in tracker.current_slot_values().items()
            if value is not None and name != "film_title"
        ]
        return [
            SessionStarted(),
            SlotSet("film_title", store().title),
            *carried,
            ActionExecuted("action_listen"),
        ]


class ActionFallback(Action):
    """ "I didn't get that": low NLU confidence. Logged, so NLU data can grow there."""

    def name(self) -> str:
        return "action_fallback"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]) -> list[EventType]:
        unanswered.record(tracker.latest_message, reason="not_understood")
        dispatcher.utter_message(response="utter_default", film_title=store().title)
        return []


class ActionOutOfScope(Action):
    def name(self) -> str:
        return "action_out_of_scope"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]) -> list[EventType]:
        dispatcher.utter_message(response="utter_out_of_scope", film_title=store().title)
        return []
