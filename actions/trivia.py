"""The store's trivia: "any fun facts about it?", "behind-the-scenes facts about <a person>?", "how did <a person>
prepare for the role?".

The answer is the store's own spoiler-free trivia points, each cited: about a person, only the points that
name that person (by a form of their name no one else in the store shares); about the film, any. The points
that share most words with the question come first ("prepare for the role" puts the one about a role first), at
most MAX_POINTS of them. None when the store has none of the subject: the caller says it does not know.
"""

from __future__ import annotations

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, SlotSet

from actions.birth import subject_person
from actions.common import Reply, entity_values, store
from actions.person_facts import own_name_pattern
from bot.understanding.coverage import FUNCTION_WORDS
from bot.understanding.intent_evidence import stem
from bot.understanding.lexicon import tokens

# The attribute the reader tags for trivia (bot/understanding/vocabulary.yml).
TRIVIA = "trivia"
MAX_POINTS = 3


def answer_trivia(reply: Reply, tracker: Tracker) -> list[EventType] | None:
    """The trivia points of the person asked about, or of the film when nobody is; None when there are none (or
    a character is asked about, whose story is their description's, not trivia's)."""
    if entity_values(tracker, "character"):
        return None
    person_id = subject_person(tracker)
    named = own_name_pattern(person_id) if person_id is not None else None
    if person_id is not None and named is None:
        return None
    found = [
        point
        for point in store().trivia
        # a Japanese answer tells only the points the store has in Japanese
        if not point.spoiler and (named is None or named.search(point.text)) and (point.text_ja or not reply.japanese)
    ]
    if not found:
        return None
    told = {point.text: str(point.text_ja if reply.japanese else point.text) for point in found}
    asked = {stem(w) for w in tokens(tracker.latest_message.get("text") or "")} - _names_words()
    ranked = sorted(found, key=lambda point: -len(asked & {stem(w) for w in tokens(told[point.text])}))  # stable
    for point in ranked[:MAX_POINTS]:
        reply.utter("utter_detail", cite=[point], detail=told[point.text])
    return [SlotSet("person", person_id)] if person_id is not None else []


def _names_words() -> set[str]:
    """Words that only name someone or the film, and function words: no clue to which trivia is asked."""
    facts = store()
    named = [form for _, _, form in facts.name_forms()] + [facts.title]
    return {stem(w) for form in named for w in tokens(form)} | {stem(w) for w in FUNCTION_WORDS}
