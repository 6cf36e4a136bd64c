""" "When did that happen?": the time of what the last answer told, not the film's premiere.

"That" or "this" with "happen" points at the event the previous answer was about. After an answer about the film
as a whole (its release, where to watch it, who made it or is in it) that event is the film's coming out; after an
answer about something in it or about someone (a scene of the story, a character, an award, a person's works) the
store gives no date for it, and the premiere would answer another question.
"""

from __future__ import annotations

import re

from rasa_sdk import Tracker

from actions.common import previous_turn
from actions.other_subject import names_this_film
from bot.understanding.ellipsis import HAPPENING_FORMS

HAPPENING = re.compile(rf"\b(?:{'|'.join(sorted(HAPPENING_FORMS))})\b")
POINTING = re.compile(r"\b(?:this|that|it)\b")
# Answers about something in the film or about someone: their event is not the film's coming out.
OTHER_EVENT_ACTIONS = frozenset(
    {"action_fact", "action_other_work", "action_plot", "action_ending", "action_character", "action_person"}
)


def other_event_pointed_at(tracker: Tracker) -> bool:
    """Whether the latest message asks when "that" happened, right after an answer about something in the film or
    about someone."""
    latest = tracker.latest_message or {}
    text = str(latest.get("text") or "").lower()
    if not (HAPPENING.search(text) and POINTING.search(text)):
        return False
    if names_this_film(text, latest.get("entities") or []):
        return False
    return previous_turn(tracker)[0] in OTHER_EVENT_ACTIONS
