"""Follow-ups after a refusal about another film: "who directed Barbie?" ... "and who's in it?".

A question that names nothing of this film ("who's in it?", "what genre is it?", "who is the director
and actors?") goes on with the conversation's subject. Right after a refusal about another film or
person, that subject is the other one: answering about this film would answer a question the user did
not ask. So such a follow-up is refused too, until a message names this film, its people or its
characters again. A refusal about an everyday topic (the weather, sums) leaves the film the subject.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from rasa_sdk import Tracker

from actions.common import RESPONSE_NAME_KEY, store
from bot.japanese import has_japanese
from bot.scope import OTHER_SUBJECT
from bot.understanding.lexicon import default_lexicon
from bot.understanding.reading import titles_of_our_credits

OUT_OF_SCOPE_ACTION = "action_out_of_scope"
OUT_OF_SCOPE_RESPONSE = "utter_out_of_scope"
# Entities that name this film's own people or characters: a message with one is about this film.
OUR_NAMES = frozenset({"person", "character"})
WORD = re.compile(r"[a-z0-9]+")


def names_this_film(text: str, entities: Iterable[dict[str, Any]]) -> bool:
    """Whether a message names this film, one of its people or one of its characters."""
    if any(entity.get("entity") in OUR_NAMES for entity in entities):
        return True
    joined = f" {' '.join(WORD.findall(text.lower()))} "
    titles = default_lexicon().film_titles
    if any(f" {name} " in joined for name in titles) or titles_of_our_credits(text, store()):
        return True  # this film's titles, or a work credited in it by its title ("<the theme song's title>")
    # a Japanese name is matched as written (the word pattern leaves its characters out): the lexicon's ("本作") and
    # the store's titles
    said = text.replace(" ", "").rstrip("。")
    japanese = [name.replace(" ", "") for name in (*titles, *japanese_titles()) if has_japanese(name)]
    return any(name.rstrip("。") in said for name in japanese)


def japanese_titles() -> list[str]:
    film = store().film
    return [str(form) for form in (film["title_forms"].value if "title_forms" in film else ())]


def _turns(events: list[dict[str, Any]]) -> list[tuple[dict[str, Any], bool]]:
    """Each user message with whether the assistant refused it, oldest first."""
    turns: list[tuple[dict[str, Any], bool]] = []
    for event in events:
        if event.get("event") == "user":
            turns.append((event, False))
        elif turns and _is_refusal(event):
            turns[-1] = (turns[-1][0], True)
    return turns


def _is_refusal(event: dict[str, Any]) -> bool:
    if event.get("event") == "action":
        return event.get("name") == OUT_OF_SCOPE_ACTION
    if event.get("event") == "bot":
        return (event.get("metadata") or {}).get(RESPONSE_NAME_KEY) == OUT_OF_SCOPE_RESPONSE
    return False


def follows_other_subject(tracker: Tracker) -> bool:
    """Whether the latest message, naming nothing of this film, follows a refusal about another subject.

    Walks back over the refused messages before it: the first that named another film or person
    (the NLU's `other_subject`) makes the conversation's subject that one; a refused message that
    named nothing (an earlier follow-up) passes the question further back.
    """
    turns = _turns(list(tracker.events))
    if len(turns) < 2 or not turns[-2][1]:
        return False  # most messages follow an answer, not a refusal: nothing to look for in them
    latest = tracker.latest_message or {}
    if names_this_film(latest.get("text") or "", latest.get("entities") or []):
        return False
    for event, refused in reversed(turns[:-1]):
        parse = event.get("parse_data") or {}
        if not refused:
            return False
        if parse.get(OTHER_SUBJECT):
            return True
        if names_this_film(event.get("text") or "", parse.get("entities") or []):
            return False
    return False
