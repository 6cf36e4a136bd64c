""" "Where did he die?", "who was his teacher?" right after an answer about one of the film's real people who plays
no part in it (its director, composer, author or singer): the pronoun points at that person, never at a character
of the story, so the question is asked of them, and the store holds nothing of the kind about a real person.

An actor's pronoun may mean the part ("who plays <a>?" then "does he die?"), so it stays the story's.
"""

from __future__ import annotations

import re

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, SlotSet

from actions.common import Reply, entity_values, previous_turn, pronoun_asked, store
from bot.understanding.lexicon import tokens

# Answers after which a pronoun may point at a character of the story.
STORY_ACTIONS = frozenset({"action_ending", "action_plot", "action_character", "action_who_plays", "action_cast"})
STORY_WORDS = frozenset({"end", "ending", "story", "movie", "film", "finale", "character", "characters", "role"})


def real_person_pointed(tracker: Tracker) -> str | None:
    """The id of the real person, playing no part in the film, whom the message's only gendered pronoun points at
    right after an answer (about them: the `person` slot); None when the message names someone or speaks of the
    story, or nothing was answered before."""
    text = str(tracker.latest_message.get("text") or "")
    if STORY_WORDS & set(tokens(text)) or _names_someone(tracker, text):
        return None
    facts = store()
    person = tracker.get_slot("person")
    pronoun = pronoun_asked(text)
    previous = previous_turn(tracker)[0]
    if pronoun is None or person not in facts.people or previous is None or previous in STORY_ACTIONS:
        return None
    if any(credit.actor == person for credit in facts.cast) or facts.people[person].pronoun != pronoun:
        return None
    return str(person)


def _names_someone(tracker: Tracker, text: str) -> bool:
    """Whether a person or character the message's entities give is named in its words (not only found by the
    reader from a description: "who was his teacher?")."""
    facts = store()
    said = set(tokens(text))
    for kind in ("person", "character"):
        for value in entity_values(tracker, kind):
            match = facts.resolve_one(value, (kind,))
            if match is None or set(re.findall(r"[a-z]+", match.name.lower())) & said:
                return True
    return False


def dont_know_of_pointed(reply: Reply, tracker: Tracker, person: str) -> list[EventType]:
    """ "I don't know that about <the person> ("teacher")": the words the reader took for a character or a relation,
    else the question itself, asked of the person pointed at."""
    text = str(tracker.latest_message.get("text") or "")
    spans = [
        text[int(e["start"]) : int(e["end"])]
        for e in tracker.latest_message.get("entities") or []
        if e.get("entity") in ("character", "relation") and e.get("start") is not None and e.get("end") is not None
    ]
    asked = spans[0] if spans else text.strip(" ?!.")
    name = reply.name(store().people[person])
    reply.dont_know(tracker, "utter_dont_know_person_asked", subject_name=name, asked=asked.lower())
    return [SlotSet("person", person)]
