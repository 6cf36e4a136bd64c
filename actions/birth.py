"""When and where a person was born: the store's `born` and `birthplace` facts (and `hometown`, where
someone is from, for "where is <X> from?" when no birthplace is held).

The reader tags these questions with the unheld attribute `birthday` (the lexicon cannot tell the
date from the place); the question's own words decide which is asked. What the store does not
hold for that person gets the usual "I don't know", naming only the part asked and not held
("the place of birth of <X>?" when only the date is known: "I don't know <X>'s birthplace").
"""

from __future__ import annotations

import re

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, SlotSet

from actions.common import Reply, asked_text, entity_values, store, subject_unsaid
from bot import i18n
from bot.japanese import JAPANESE
from bot.store import Fact

PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers", "they", "them", "their"})
# The pronouns of each gender the store gives a person (`pronoun`): "she" does not point at a man.
GENDERED_PRONOUNS = {"he": frozenset({"he", "him", "his"}), "she": frozenset({"she", "her", "hers"})}
# Words that ask for the place ("where was she born?", "her hometown", 出身はどこ), and the date.
# "What town was she born in?": the kind of place asked is a place too.
PLACE_WORDS = frozenset(
    {"where", "birthplace", "hometown", "place", "from", "city", "country", "location"}
    | {"town", "village", "prefecture", "state", "province", "region", "area"}
)
# "Was she born in <a place>?" asks the place; "born in <a year or month>" the date ("born in the year <y>",
# "born in the spring of <y>" too). "Born in <a year> in <a city>": a place said after the date asks it too.
BORN_IN_PLACE = re.compile(
    r"\bborn (?:(?:in|on) [a-z0-9 ]*?\d{4},? )?(?:in|at) "
    r"(?!\d|the (?:\d|year|month|spring|summer|autumn|fall|winter)|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
    r"[a-z]*\b)[a-z]"
)
# How the "I don't know" names the part asked and not held.
MISSING_LABELS = {(True, True): "birth date and place", (True, False): "birth date", (False, True): "birthplace"}
PLACE_WORDS_JA = ("どこ", "出身")
DATE_WORDS = frozenset({"when", "year", "date", "birthday", "day", "month"})
# "Was she born in <a year> in <a city>?": a date said is asked too (checked, then given).
WH_WORDS = frozenset({"what", "which", "where", "when", "who", "how"})
BORN_ON_DATE = re.compile(r"\bborn (?:in|on) [a-z0-9 ]*?\d{4}\b")


def asked_parts(question: str) -> tuple[bool, bool]:
    """(the date is asked, the place is asked) for a question about someone's birth."""
    words = set(re.findall(r"[a-z]+", question.lower()))
    place = (
        bool(words & PLACE_WORDS)
        or any(word in question for word in PLACE_WORDS_JA)
        or bool(BORN_IN_PLACE.search(question.lower()))
    )
    # a date said is asked (to check) in a yes/no or a statement; a wh-question asks only its wh-part
    said_date = not words & WH_WORDS and bool(BORN_ON_DATE.search(question.lower().replace(",", "")))
    date = bool(words & DATE_WORDS) or not place or said_date
    return date, place


def subject_person(tracker: Tracker) -> str | None:
    """The person asked about: named in the message, or the conversation's person for a pronoun."""
    facts = store()
    for words in entity_values(tracker, "person"):
        # a given name two people share is neither: never one person's facts for the other's name
        match = facts.resolve_one(words, ("person",))
        return match.id if match is not None and match.kind == "person" else None
    if entity_values(tracker, "character"):
        return None  # a character's birth is not a person's
    said = set(re.findall(r"[a-z]+", (tracker.latest_message.get("text") or "").lower()))
    person = tracker.get_slot("person")
    if not (said & PRONOUNS or subject_unsaid(tracker)) or person not in facts.people:
        return None  # no pronoun, nor a Japanese question's unsaid subject ("誕生日は？")
    # "how old is she?" after an answer about a man: not him (the pronoun is someone the answer did not name)
    own = GENDERED_PRONOUNS.get(facts.people[person].pronoun or "", frozenset())
    others = frozenset().union(*GENDERED_PRONOUNS.values()) - own
    return None if own and said & others and not said & own else person


def answer_birth(reply: Reply, tracker: Tracker) -> list[EventType] | None:
    """The birth facts asked, and "I don't know" for the part asked that the store lacks.

    None when no person of the store is asked about (the caller's general "I don't know").
    """
    person_id = subject_person(tracker)
    if person_id is None:
        return answer_cast_births(reply, tracker)
    person = store().people[person_id]
    date, place = asked_parts(tracker.latest_message.get("text") or "")
    held: list[tuple[str, Fact]] = []
    date_known = person.born is not None and person.born.known
    place_known = person.birthplace is not None and person.birthplace.known
    if date and date_known and person.born is not None:
        held.append(("utter_person_born", person.born))
    if place and place_known and person.birthplace is not None:
        held.append(("utter_person_birthplace", person.birthplace))
    elif place and _origin_asked(tracker) and person.hometown is not None and person.hometown.known:
        held.append(("utter_person_hometown", person.hometown))  # "where is <X> from?": where they hail from
        place_known = True
    for response, fact in held:
        reply.utter(response, cite=[fact], person_name=reply.name(person), value=reply.value(fact))
    missing = (date and not date_known, place and not place_known)
    if any(missing):
        reply.dont_know(
            tracker,
            "utter_dont_know_subject_attribute",
            subject_name=reply.name(person),
            attribute_words=MISSING_LABELS[missing],
            asked=_asked_words(tracker) or MISSING_LABELS[missing],
        )
    if place and not place_known and person.hometown is not None and person.hometown.known:
        # "where was <X> born?": not held, but where they are from is (said as that, never as the birthplace)
        hometown = person.hometown
        reply.utter(
            "utter_person_hometown", cite=[hometown], person_name=reply.name(person), value=reply.value(hometown)
        )
    return [SlotSet("person", person_id)]


# Nouns that ask of the whole cast ("the birthdays of all the actors of it", "when were the cast born?").
CAST_NOUNS = frozenset({"actors", "actresses", "cast", "stars", "performers"})
CAST_NOUNS_JA = ("出演者", "キャスト", "俳優たち", "役者たち")
CAST_BIRTHS_LABEL = "birth dates"


def answer_cast_births(reply: Reply, tracker: Tracker) -> list[EventType] | None:
    """ "The birthdays of all the actors of it": the birth dates held, one billed cast member each, then "I don't
    know" of the rest; None when the question names no one and not the cast (the caller's "I don't know")."""
    text = tracker.latest_message.get("text") or ""
    cast_asked = bool(CAST_NOUNS & set(re.findall(r"[a-z]+", text.lower()))) or any(n in text for n in CAST_NOUNS_JA)
    if entity_values(tracker, "character") or not cast_asked:
        return None
    facts = store()
    people = [facts.people[actor] for actor in dict.fromkeys(credit.actor for credit in facts.cast)]
    dated = [p for p in people if p.born is not None and p.born.known]
    if not dated:
        return None
    for person in dated:
        born = person.born
        if born is not None:
            reply.utter("utter_person_born", cite=[born], person_name=reply.name(person), value=reply.value(born))
    if len(dated) < len(people):
        asked = str(i18n.formats(JAPANESE)["birth_date"]) if reply.japanese else CAST_BIRTHS_LABEL
        reply.dont_know(
            tracker,
            "utter_dont_know_subject_attribute",
            subject_name=reply.join([reply.name(p) for p in people if p not in dated]),
            attribute_words=CAST_BIRTHS_LABEL,
            asked=asked,
        )
    return []


def answer_upbringing(reply: Reply, tracker: Tracker) -> list[EventType] | None:
    """ "Where did <X> grow up?": the store's `hometown` (where <X> is from), never the birthplace (born in one place,
    raised in another). None when no person is asked about or no hometown is held (the caller's "I don't know")."""
    person_id = subject_person(tracker)
    if person_id is None:
        return None
    person = store().people[person_id]
    if person.hometown is None or not person.hometown.known:
        return None
    reply.utter(
        "utter_person_hometown",
        cite=[person.hometown],
        person_name=reply.name(person),
        value=reply.value(person.hometown),
    )
    return [SlotSet("person", person_id)]


def hometown_beside_origin(reply: Reply, person_id: str) -> None:
    """After "I don't know <X>'s nationality", where <X> is from, when the store holds it (a nationality is never
    inferred from a place: the user reads the place)."""
    person = store().people[person_id]
    place = person.hometown if person.hometown is not None and person.hometown.known else person.birthplace
    if place is None or not place.known:
        return
    response = "utter_person_hometown" if place is person.hometown else "utter_person_birthplace"
    reply.utter(response, cite=[place], person_name=reply.name(person), value=reply.value(place))


# "Where is <X> from?", "<X>'s hometown", 出身: where someone comes from, not only where they were born.
ORIGIN_WORDS = frozenset({"from", "frm", "hometown"})


def _origin_asked(tracker: Tracker) -> bool:
    question = (tracker.latest_message.get("text") or "").lower()
    words = set(re.findall(r"[a-z]+", question))
    return not words & {"born", "birthplace", "birth"} and (bool(words & ORIGIN_WORDS) or "出身" in question)


def _asked_words(tracker: Tracker) -> str | None:
    """The words the reader tagged as the birth question, as written (the Japanese answer repeats them)."""
    text = asked_text(tracker)
    for entity in tracker.latest_message.get("entities") or []:
        if entity.get("entity") == "attribute" and entity.get("value") == "birthday" and entity.get("end"):
            return text[entity["start"] : entity["end"]]
    return None
