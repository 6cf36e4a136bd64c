"""Follow-ups that point back at a person's other work: "what was his debut?" ... "what was it about?".

After an answer about a person's other work - one singled out (a debut, the earliest or latest, the work an award
was for) or several (a list of their works) - a follow-up that names nothing of this film and points back with a
pronoun asks of that work: "what was it about?", "when did that come out?", "were they hits?". The store holds
only the titles and years of other works, so the honest answer is "I don't know", never this film's fact.

A singular pointer ("it", "that", "this") follows one work; a plural one ("they", "those") a list: "what else has
he been in?" then "when did it come out?" may mean this film again.
"""

from __future__ import annotations

import re

from rasa_sdk import Tracker
from rasa_sdk.events import EventType

from actions.common import Reply, previous_responses, previous_turn, store
from actions.other_subject import names_this_film
from actions.pointed_event import HAPPENING

# Answers that single out one work of a person other than this film.
ONE_WORK_RESPONSES = frozenset(
    {
        "utter_person_work_note",
        "utter_person_work_said",
        "utter_earliest_work",
        "utter_latest_work",
        "utter_dont_know_of_other_work",  # a second follow-up about it ("and who starred in it?")
    }
)
# Answers that list a person's other works.
WORKS_RESPONSES = frozenset(
    {
        "utter_other_work",
        "utter_other_work_cut",
        "utter_works_of_year",
        "utter_works_in_period_until",
        "utter_works_in_period_from",
        "utter_works_in_period_between",
        "utter_dont_know_of_other_works",
    }
)
# "What was his first film?" answered "I don't know": a later "it" is still that unknown work.
UNKNOWN_WORK_ATTRIBUTES = frozenset({"debut"})
DONT_KNOW_OF_ATTRIBUTE = "utter_dont_know_subject_attribute"
ONE_POINTERS = frozenset({"it", "its", "that", "this"})
MANY_POINTERS = frozenset({"they", "them", "their", "those", "these"})
# "the film", "the movie": this film, named again
THIS_FILM = re.compile(r"\bthe (?:film|movie)\b")
TITLE_INTENT = "ask_title"
WORD = re.compile(r"[a-z']+")


def other_work_pointed_at(tracker: Tracker) -> str | None:
    """ "one" or "many" when the latest message points back at the other work(s) the previous answer was about,
    else None."""
    latest = tracker.latest_message or {}
    text = str(latest.get("text") or "").lower()
    previous = set(previous_responses(tracker))
    if names_this_film(text, latest.get("entities") or []):
        return None
    if THIS_FILM.search(text):
        # "what's the name of the movie?" right after an unknown debut asks that work's name again
        asks_name = (latest.get("intent") or {}).get("name") == TITLE_INTENT
        return "one" if asks_name and _unknown_work_asked(tracker, previous) else None
    if HAPPENING.search(text):
        return None  # "when did that happen?": the event told, not the work (actions/pointed_event.py)
    said = set(WORD.findall(text))
    if said & ONE_POINTERS and (previous & ONE_WORK_RESPONSES or _unknown_work_asked(tracker, previous)):
        return "one"
    if said & MANY_POINTERS and previous & WORKS_RESPONSES:
        return "many"
    return None


def _unknown_work_asked(tracker: Tracker, previous: set[str]) -> bool:
    if DONT_KNOW_OF_ATTRIBUTE not in previous:
        return False
    entities = previous_turn(tracker)[1].get("entities") or []
    return any(e.get("entity") == "attribute" and e.get("value") in UNKNOWN_WORK_ATTRIBUTES for e in entities)


def dont_know_of_other_work(reply: Reply, tracker: Tracker, pointed: str) -> list[EventType]:
    """ "I don't know that about <a person>'s other work(s)", of the person the conversation is about."""
    person = store().people.get(str(tracker.get_slot("person")))
    if person is None:
        reply.dont_know(tracker)
        return []
    response = "utter_dont_know_of_other_work" if pointed == "one" else "utter_dont_know_of_other_works"
    reply.dont_know(tracker, response, person_name=reply.name(person))
    return []
