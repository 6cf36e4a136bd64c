"""When and where a person was born: the store's `born` and `birthplace` facts.

The reader tags these questions with the unheld attribute `birthday` (the lexicon cannot tell the
date from the place); the question's own words decide which is asked. What the store does not
hold for that person gets the usual "I don't know", naming what was asked.
"""

from __future__ import annotations

import re

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, SlotSet

from actions.common import Reply, entity_values, store
from bot.store import Fact

PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers", "they", "them", "their"})
# Words that ask for the place ("where was she born?", "her hometown", 出身はどこ), and the date.
# "What town was she born in?": the kind of place asked is a place too.
PLACE_WORDS = frozenset(
    {"where", "birthplace", "hometown", "place", "from", "city", "country"}
    | {"town", "village", "prefecture", "state", "province", "region", "area"}
)
PLACE_WORDS_JA = ("どこ", "出身")
DATE_WORDS = frozenset({"when", "year", "date", "birthday", "day", "month"})


def asked_parts(question: str) -> tuple[bool, bool]:
    """(the date is asked, the place is asked) for a question about someone's birth."""
    words = set(re.findall(r"[a-z]+", question.lower()))
    place = bool(words & PLACE_WORDS) or any(word in question for word in PLACE_WORDS_JA)
    date = bool(words & DATE_WORDS) or not place
    return date, place


def subject_person(tracker: Tracker) -> str | None:
    """The person asked about: named in the message, or the conversation's person for a pronoun."""
    facts = store()
    for words in entity_values(tracker, "person"):
        matches = facts.resolve(words, ("person",))
        return matches[0].id if matches and matches[0].kind == "person" else None
    if entity_values(tracker, "character"):
        return None  # a character's birth is not a person's
    said = set(re.findall(r"[a-z]+", (tracker.latest_message.get("text") or "").lower()))
    person = tracker.get_slot("person")
    return person if said & PRONOUNS and person in facts.people else None


def answer_birth(reply: Reply, tracker: Tracker) -> list[EventType] | None:
    """The birth facts asked, or None when the store holds none of what was asked."""
    person_id = subject_person(tracker)
    if person_id is None:
        return None
    person = store().people[person_id]
    date, place = asked_parts(tracker.latest_message.get("text") or "")
    held: list[tuple[str, Fact]] = []
    if date and person.born is not None and person.born.known:
        held.append(("utter_person_born", person.born))
    if place and person.birthplace is not None and person.birthplace.known:
        held.append(("utter_person_birthplace", person.birthplace))
    if not held:
        return None
    for response, fact in held:
        reply.utter(response, cite=[fact], person_name=reply.name(person), value=reply.value(fact))
    return [SlotSet("person", person_id)]
