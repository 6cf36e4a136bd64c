"""What a question's frame adds around an answer: yes/no first, the spoiler
setting it carries ("the plot, but no spoilers"), and a second question asked
in the same message ("who directed it and when did it come out?")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, SlotSet

from actions.claims import answer_claim
from actions.common import Reply, entity_values

if TYPE_CHECKING:
    from actions.common import StoreAction


def answer_with_frame(action: StoreAction, reply: Reply, tracker: Tracker) -> list[EventType]:
    events: list[EventType] = []
    spoilers = entity_values(tracker, "spoilers")
    if spoilers:
        consent = spoilers[0] == "yes"
        tracker.slots["spoilers_ok"] = consent  # this turn's answer already follows the new setting
        events.append(SlotSet("spoilers_ok", consent))
        if not consent:
            reply.utter("utter_spoilers_off")
    if not answer_claim(reply, tracker):
        reply.dont_know(tracker)
        return events
    events += action.answer(reply, tracker)
    for intent in dict.fromkeys(entity_values(tracker, "also_ask")):
        other = _action_for(intent)
        if other is not None and other.name() != action.name():
            events += other.answer(reply, tracker)
    return events


def _action_for(intent: str) -> StoreAction | None:
    from actions.common import StoreAction

    wanted = intent.replace("ask_", "action_", 1)
    pending = list(StoreAction.__subclasses__())
    while pending:
        cls = pending.pop()
        pending.extend(cls.__subclasses__())
        if getattr(cls, "__abstractmethods__", None):
            continue
        instance = cls()
        if instance.name() == wanted:
            return instance
    return None
