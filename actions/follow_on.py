"""What a question's frame adds around an answer: yes/no first, the spoiler
setting it carries ("the plot, but no spoilers"), and a second question asked
in the same message ("who directed it and when did it come out?")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, SlotSet

from actions.claims import answer_claim
from actions.common import Reply, entity_values
from bot.understanding.clauses import PATTERN_CLAIMS
from bot.understanding.lexicon import default_lexicon

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
    also = list(dict.fromkeys(entity_values(tracker, "also_ask")))
    later = _claim_intent(tracker)
    later = later if later in also else None  # "how long is it and is it on <a service>?": yes/no second
    if later is None and not answer_claim(reply, tracker):
        reply.dont_know(tracker)
        return events
    events += action.answer(reply, tracker)
    for intent in also:
        other = _action_for(intent)
        if other is None or other.name() == action.name():
            continue
        if intent == later and not answer_claim(reply, tracker):
            reply.dont_know(tracker)
            continue
        events += other.answer(reply, tracker)
    return events


def _claim_intent(tracker: Tracker) -> str | None:
    """The intent that answers the message's yes/no claim in full, if it has one."""
    claims = entity_values(tracker, "claim")
    key = claims[0].partition(":")[0] if claims else ""
    claim = default_lexicon().claims.get(key)
    return claim.then if claim else PATTERN_CLAIMS.get(key)


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
