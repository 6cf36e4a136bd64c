"""A person's or character's name in Japanese: "what is <a character>'s name in Japanese?", "<a>'s other name?".

The store writes each name as its sources do, with its Japanese form (`native`) and its reading in kana where the
sources give one; the answer gives them as the domain's `utter_native_name` words them.
"""

from __future__ import annotations

from rasa_sdk.events import EventType, SlotSet

from actions.common import Reply, store
from bot.store import Character

NATIVE_NAME = "native_name"


def answer_native_name(reply: Reply, subject: tuple[str, str] | None) -> list[EventType] | None:
    """The Japanese name of the person or character asked of (a (slot, id) pair: named, or by a pronoun the
    conversation's person), or None when there is none or the store has no Japanese form of the name."""
    if subject is None:
        return None
    kind, subject_id = subject
    facts = store()
    entry = facts.characters.get(subject_id) if kind == "character" else facts.people.get(subject_id)
    if entry is None or not entry.native:
        return None
    about = entry.description if isinstance(entry, Character) else entry.about
    reply.utter(
        "utter_native_name",
        cite=[about] if about is not None else [],
        subject_name=reply.name(entry),
        native=entry.native,
        reading=f" ({entry.kana})" if entry.kana else "",
    )
    return [SlotSet(kind, subject_id)]
