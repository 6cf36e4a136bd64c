"""Yes/no questions: "is it an anime?" gets "No" first, decided from the store.

The NLU tags the claim (`claim` entity, "<claim key>:<word>", keys in
bot/understanding/vocabulary.yml) and routes the question to the intent that
answers it in full; this module decides yes, no or unknown before that answer.
"""

from __future__ import annotations

from typing import Any

from rasa_sdk import Tracker

from actions.common import Reply, entity_values, store
from bot.names import normalise
from bot.store import Fact
from bot.understanding.lexicon import default_lexicon


def verdict(claim_value: str, tracker: Tracker) -> tuple[bool | None, Fact | None]:
    """(True/False, the fact that decides it), or (None, None) when the store cannot decide."""
    key, _, word = claim_value.partition(":")
    facts = store()
    if key in ("in_film", "credit"):
        person = _person(tracker)
        if person is None:
            return None, None
        if key == "in_film":
            return bool(facts.roles_of(person) or facts.crew_roles_of(person)), None
        credit = facts.crew.get(word)
        if credit is None or credit.unknown:
            return None, None
        return person in credit.people, credit.fact
    claim = default_lexicon().claims.get(key)
    if claim is None:
        return None, None
    section, _, name = claim.fact.rpartition(".")
    table = facts.novel if section == "novel" else facts.film
    fact = table.get(name)
    if fact is None:
        return None, None
    if claim.holds == "known":
        return fact.known, fact
    if fact.unknown:
        return None, fact
    if claim.holds == "word":
        return _matches(word, fact.value), fact
    return fact.value == claim.holds, fact


def _matches(word: str, value: Any) -> bool:
    values = value if isinstance(value, list | tuple) else [value]
    return any(
        normalise(word) in normalise(str(item)).split() or normalise(word) == normalise(str(item)) for item in values
    )


def _person(tracker: Tracker) -> str | None:
    for words in entity_values(tracker, "person"):
        matches = store().resolve(words, ("person",))
        if matches:
            return matches[0].id
    return None


def answer_claim(reply: Reply, tracker: Tracker) -> bool:
    """Say yes or no first; False when the store cannot decide (the caller says it does not know)."""
    claims = entity_values(tracker, "claim")
    if not claims:
        return True
    decided, fact = verdict(claims[0], tracker)
    if decided is None:
        return False
    key = claims[0].partition(":")[0]
    answer = "yes" if decided else "no"
    response = f"utter_claim_{key}_{answer}"
    if not reply.has_response(response):
        response = f"utter_claim_{answer}"
    if fact is not None and fact.known:
        reply.utter(response, cite=[fact], value=reply.value(fact))
    else:
        reply.utter(response)
    return True
