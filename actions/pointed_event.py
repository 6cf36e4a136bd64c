""" "When did that happen?": the time of what the last answer told, not the film's premiere.

"That" or "this" with "happen" points at the event the previous answer was about. Only after an answer about the
film's release or where to watch it is that event the premiere; after anything else (an award, a scene of the
story, a person's works) the store gives no date for it, and the premiere would answer another question.
"""

from __future__ import annotations

import re

from rasa_sdk import Tracker

from actions.common import previous_turn
from actions.other_subject import names_this_film

HAPPENING = re.compile(r"\b(?:happen|happened|happens|happening|occur|occurred|occurs)\b")
POINTING = re.compile(r"\b(?:this|that|it)\b")
# Answers whose event is the premiere.
RELEASE_ACTIONS = frozenset({"action_release_date", "action_where_to_watch"})


def other_event_pointed_at(tracker: Tracker) -> bool:
    """Whether the latest message asks when "that" happened, right after an answer about something else than the
    film's release."""
    latest = tracker.latest_message or {}
    text = str(latest.get("text") or "").lower()
    if not (HAPPENING.search(text) and POINTING.search(text)):
        return False
    if names_this_film(text, latest.get("entities") or []):
        return False
    previous = previous_turn(tracker)[0]
    return previous is not None and previous not in RELEASE_ACTIONS
