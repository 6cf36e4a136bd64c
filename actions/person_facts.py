"""What the store says about one of the film's people when the reader found no attribute it holds.

"What band is he in?", "which instrument does <X> play?", "what was <X>'s debut?": no fact of the
store is keyed so, but a person's description or a work they are known for may say it ("a member
of ...", "bassist", "his debut"). The answer is that sentence of the store, about that person only;
with none, the caller says "I don't know <that person>'s <that>", never another person's facts or
the film's. Also: after "who plays <a character>?" a pronoun means the actor just named.
"""

from __future__ import annotations

import re

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, SlotSet

from actions.birth import subject_person
from actions.common import Reply, previous_turn, store
from bot.store import Person, Work
from bot.understanding.lexicon import default_lexicon
from bot.understanding.people_reading import PERFORMER_NOUNS

ASKED = "asked"
DEBUT = "debut"
# Answers that name the actor of a character ("who plays <a character>?", "who is the lead actress?"): a pronoun
# in the next question means that actor.
ACTOR_ANSWERS = frozenset({"action_who_plays", "action_cast"})
# Actions that answer nothing about anyone ("thanks", the session's own): they keep the last answer's person.
NOT_ANSWERS = frozenset({"action_listen", "action_session_start", "action_unlikely_intent"})
# "What was her first leading role?", "his starring debut": a first lead counts as the debut asked.
LEAD_WORDS = frozenset({"lead", "leading", "starring", "major", "main"})
FIRST_LEAD = re.compile(r"\bfirst (?:\w+ )?lead\b")


def actor_answered_last(tracker: Tracker) -> bool:
    """Whether the last answer before this message named a character's actor ("who plays <a character>?"),
    so that "how old is she?" is about the actress, not the character."""
    seen_message = False
    for event in reversed(tracker.events):
        kind = event.get("event")
        if kind == "user":
            seen_message = True
        elif seen_message and kind == "action":
            name = str(event.get("name") or "")
            if name in NOT_ANSWERS or name.startswith("utter_"):
                continue  # "ok thanks" in between changes nobody
            return name in ACTOR_ANSWERS or performer_asked_before(tracker)
    return False


def performer_asked_before(tracker: Tracker) -> bool:
    """Whether the message before named a character by a performer word ("who is the lead actress?"):
    the user asked about the actor, so "how old is she?" next is the actress's age, not the character's."""
    _, parsed = previous_turn(tracker)
    return any(
        entity.get("entity") == "character" and set(str(entity.get("value")).lower().split()) & PERFORMER_NOUNS
        for entity in parsed.get("entities") or []
    )


def answer_about_person(reply: Reply, tracker: Tracker, key: str) -> list[EventType] | None:
    """The store's sentence about the person asked that answers `key` (a debut, or a head noun such as
    "band"), or None when the store says nothing of it (or no person of the store is asked about)."""
    person_id = subject_person(tracker)
    if person_id is None or reply.japanese:  # the descriptions and notes are English only
        return None
    person = store().people[person_id]
    text = (tracker.latest_message.get("text") or "").lower()
    if key == DEBUT:
        found = _debut(person, text)
        if found is None:
            return None
        return _work_note(reply, person, *found)
    if key != ASKED or person.about is None or not person.about.known:
        return None
    evidence = _asked_evidence(tracker)
    if not evidence:
        return None
    if _says(str(person.about.value), evidence):
        reply.utter(
            "utter_person_about", cite=[person.about], person_name=reply.name(person), about=reply.value(person.about)
        )
        return [SlotSet("person", person_id)]
    for work in person.known_for:
        said = _clause(work.detail or "", evidence)
        if said is not None:
            return _work_note(reply, person, work, said)
    return None


def _work_note(reply: Reply, person: Person, work: Work, note: str) -> list[EventType]:
    """The note of one of the person's works that answers the question ("her debut", "as its bassist")."""
    reply.utter(
        "utter_person_work_note",
        cite=[work],
        person_name=reply.name(person),
        work=reply.work(work.title, work.ja, work.year),
        note=note,
    )
    return [SlotSet("person", person.id)]


def _debut(person: Person, question: str) -> tuple[Work, str] | None:
    """The work whose note calls it the person's debut (or first lead, when a lead is asked) and that note."""
    words = default_lexicon().attributes[DEBUT].evidence
    lead = bool(LEAD_WORDS & set(re.findall(r"[a-z]+", question)))
    for work in person.known_for:
        for clause in (work.detail or "").split(";"):
            said = clause.strip()
            if _says(said, words) or (lead and FIRST_LEAD.search(said.lower())):
                return work, said
    return None


def _asked_evidence(tracker: Tracker) -> tuple[str, ...]:
    """The words that answer the head noun the reader tagged ("band" -> member, group, band)."""
    text = tracker.latest_message.get("text") or ""
    for entity in tracker.latest_message.get("entities") or []:
        if entity.get("entity") == "attribute" and entity.get("value") == ASKED and entity.get("end"):
            head = text[entity["start"] : entity["end"]].lower().split()[-1]
            evidence = default_lexicon().person_evidence
            return evidence.get(head) or evidence.get(head.removesuffix("s")) or ()
    return ()


def _says(text: str, words: tuple[str, ...]) -> bool:
    found = set(re.findall(r"[a-z]+", text.lower()))
    return any(word in found for word in words)


def _clause(detail: str, words: tuple[str, ...]) -> str | None:
    """The part of a work's note (parts split by ";") that has one of the words."""
    return next((part.strip() for part in detail.split(";") if _says(part, words)), None)
