"""Ages of the film's people, computed from the birth dates the store holds.

- "How old was <X> when she made it?", "... at the time of filming?": the age when the film came out
  (the store has no filming dates; the premiere is the film's one date), with the birth date it comes
  from. A birth year alone gives two ages ("51 or 52").
- "Who is older, <a> or <b>?", "is <a> or <b> younger?": the one of the two, with both birth dates; "I don't
  know <X>'s birth date" when one is not held or a year alone cannot order them.
- "Who is the youngest actor?", "the two oldest cast members": the cast members whose birth dates the
  store holds, ordered by them, and said so; "the tallest actress" gets "I don't know the cast's
  heights", never the cast list.

- "How old is <X>?", "what's her age?": not computed (no source states an age today, and an actor's age counts
  as not held): the caller's "I don't know <X>'s age", then the birth date the store holds. An age at another
  time ("how old was she when she debuted?") is "I don't know": the store holds no date for it.
"""

from __future__ import annotations

import datetime as dt
import re

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, SlotSet

from actions.birth import subject_person
from actions.common import (
    Reply,
    answered_of_a_person,
    asked_text,
    entity_values,
    japanese_noun,
    store,
)
from actions.person_facts import this_film_asked
from bot import i18n
from bot.japanese import JAPANESE
from bot.store import Fact, Person
from bot.understanding import clauses
from bot.understanding.clauses import MONTHS
from bot.understanding.lexicon import default_lexicon, tokens
from bot.understanding.people_reading import CHARACTER_NOUNS, CastSuperlative
from bot.understanding.stated_claims import AGE_CHOICE_ATTRIBUTES

# Words that put the age asked at the time of this film's making ("when she made it", "during the filming"),
# and verbs that do when the film is named or pointed at ("when he appeared in it", "when she starred in <it>").
# ("shot", "released" alone are left out: "when he was shot", "when her single was released" are other events)
MAKING_WORDS = frozenset({"made", "making", "filming", "filmed", "shooting"})
ROLE_VERBS = frozenset({"appear", "appeared", "starred", "starring", "acted", "played", "cast", "came"})
PAST_WORDS = frozenset({"was", "were", "did"})
# "how old was she when she first starred in a drama?": another, earlier event
OTHER_EVENT_WORDS = frozenset({"first", "debut", "debuted", "began", "begin", "started", "start"})
# Words that put the age asked at some time other than now: a tense ("how old was he", "how old will she be",
# "at what age did she start"), or an event or time ("how old is she in the film", "... when she got engaged").
OTHER_TIME_WORDS = PAST_WORDS | frozenset({"had", "will", "would", "been", "when", "while", "during", "before"})
OTHER_TIME_WORDS |= frozenset({"after", "until", "in", "by", "then"})
# The same in Japanese: a past tense (何歳だった, 何歳でした), "at the time" (当時, 撮影の時).
OTHER_TIME_JA = ("だった", "でした", "当時", "の時", "のとき", "頃", "ころ")
# "how old is she now?", "how old is he today", "... in real life": today's age said outright, whatever else it holds
NOW_WORDS = frozenset({"now", "today", "currently", "presently", "nowadays", "real", "irl"})
BIRTH = re.compile(r"(?:(\d{1,2}) )?(?:([a-z]+) )?(\d{4})")


def birth_parts(value: str) -> tuple[int, int | None, int | None] | None:
    """(year, month, day) of a birth fact as the store words it ("on <day> <month> <year>", "in <month> <year>",
    "in <year>"); None when it has no year."""
    found = BIRTH.search(value.lower())
    if found is None:
        return None
    day, month_name, year = found.groups()
    month = MONTHS.index(month_name) + 1 if month_name in MONTHS else None
    return int(year), month, int(day) if day and month else None


def born_before(
    first: tuple[int, int | None, int | None] | None, second: tuple[int, int | None, int | None] | None
) -> bool | None:
    """Whether the first birth is earlier; None when either is not held, or they cannot be ordered (the same
    year with a month or day missing, or the same day)."""
    if first is None or second is None or first == second:
        return None
    if first[0] == second[0] and None in (*first[1:], *second[1:]):
        return None
    return (first[0], first[1] or 0, first[2] or 0) < (second[0], second[1] or 0, second[2] or 0)


def age_on(born: tuple[int, int | None, int | None], day: dt.date) -> tuple[int, int]:
    """The youngest and oldest age someone born then can be on `day` (the same when the date is whole)."""
    year, month, birth_day = born
    oldest = day.year - year
    if month is None or (month == day.month and birth_day is None):
        return oldest - 1, oldest
    had_birthday = (month, birth_day or 1) <= (day.month, day.day)
    age = oldest if had_birthday else oldest - 1
    return age, age


def film_time_asked(text: str) -> bool:
    """Whether an age question is about the time of the film ("how old was she when she made it?", "...
    during the filming?", "... when it came out?"), not today's age."""
    said = set(tokens(text))
    # "how old was the character he played?": the character's age, not the actor's
    # "how old is he when he made it?": "when" with a past verb puts the age then, whatever the first verb's tense
    if not (said & PAST_WORDS or "when" in said) or said & CHARACTER_NOUNS or said & OTHER_EVENT_WORDS:
        return False
    if said & MAKING_WORDS or clauses.FILM_RELEASED.search(text.lower()):
        return True
    return bool(said & ROLE_VERBS) and this_film_asked(text.lower())


def now_asked(text: str) -> bool:
    """Whether an age question is about today ("how old is <X>?", "what's his age now?"), not another time
    ("how old was she when ...", "how old is he in the film", "at what age did she start?") or the character
    ("how old is the character he plays?") or a relative ("how old is her husband?")."""
    words = tokens(text)
    said = set(words)
    if said & (CHARACTER_NOUNS | OTHER_EVENT_WORDS | PAST_WORDS) or any(word in text for word in OTHER_TIME_JA):
        return False
    if default_lexicon().find(words, ("relation",)):
        return False  # "how old are <X>'s children?", "how old is her boyfriend?": someone else's age
    return bool(said & NOW_WORDS) or not said & OTHER_TIME_WORDS


def _premiere() -> tuple[Fact, dt.date] | None:
    """The film's premiere fact and its date, or None when the store holds no whole date."""
    fact = store().film.get("premiere_date")
    if fact is None or not fact.known:
        return None
    try:
        return fact, dt.date.fromisoformat(str(fact.value))
    except ValueError:
        return None


def birth_of(person: Person) -> tuple[int, int | None, int | None] | None:
    """(year, month, day) of the person's birth as the store holds it, or None when it holds none."""
    if person.born is None or not person.born.known:
        return None
    return birth_parts(str(person.born.value))


def answer_age_at_film(reply: Reply, tracker: Tracker) -> list[EventType] | None:
    """The age of the person asked when the film came out, or None (not asked of the film's time, nobody
    of the store asked about, no birth year held)."""
    text = tracker.latest_message.get("text") or ""
    person_id = subject_person(tracker)
    premiere = _premiere()
    if person_id is None or premiere is None or not film_time_asked(text):
        return None
    person = store().people[person_id]
    born = birth_of(person)
    if born is None or person.born is None:
        return None
    premiere_fact, premiere_day = premiere
    low, high = age_on(born, premiere_day)
    reply.utter(
        "utter_person_age_at_premiere",
        cite=[person.born, premiere_fact],
        person_name=reply.name(person),
        age=_age_words(low, high, reply.japanese),
        premiere=reply.date(premiere_day),
        born=reply.value(person.born),
    )
    return [SlotSet("person", person_id)]


def birth_date_beside_age(reply: Reply, tracker: Tracker, person_id: str) -> None:
    """After "I don't know <X>'s age" for an age today (no source states one: it changes every year, and an
    actor's age counts as not held), the birth date the store does hold, so the user can work it out; nothing
    for another time ("how old was she when ...") or when no birth date is held."""
    person = store().people[person_id]
    asked = asked_text(tracker)
    if person.born is None or not person.born.known or not now_asked(asked):
        return
    reply.utter("utter_person_born", cite=[person.born], person_name=reply.name(person), value=reply.value(person.born))


def _age_words(low: int, high: int, japanese: bool) -> str:
    """One age, or the two a birth year alone allows ("51 or 52")."""
    if low == high:
        return str(low)
    return f"{low}〜{high}" if japanese else f"{low} or {high}"


def answer_cast_superlative(reply: Reply, tracker: Tracker, asked: CastSuperlative) -> list[EventType]:
    """The youngest or oldest of the cast members whose birth dates are held (of the pronoun asked), or
    "I don't know the cast's <that>" for a superlative the store holds nothing of."""
    facts = store()
    if asked.unheld is not None:
        return _dont_know_of_cast(reply, tracker, asked.unheld, asked.word)
    dated = []
    for credit in facts.cast:
        person = facts.people[credit.actor]
        born = birth_of(person)
        if born is not None and person.born is not None and (asked.pronoun is None or person.pronoun == asked.pronoun):
            dated.append((born[0], born[1] or 0, born[2] or 0, credit, person.born))
    if not dated:
        return _dont_know_of_cast(reply, tracker, "ages", asked.word)
    dated.sort(key=lambda entry: entry[:3], reverse=asked.word == "youngest")
    chosen = [(credit, born_fact) for *_, credit, born_fact in dated[: asked.count]]
    japanese = i18n.formats(JAPANESE) if reply.japanese else None
    superlative = str(japanese["superlatives"][asked.word]) if japanese else asked.word
    if len(chosen) == 1:
        credit, born_fact = chosen[0]
        person = facts.people[credit.actor]
        reply.utter(
            "utter_cast_age_superlative",
            cite=[born_fact, credit],
            superlative=superlative,
            actor_name=reply.name(person),
            character_name=reply.name(facts.characters[credit.character]),
            born=reply.value(born_fact),
        )
        return [SlotSet("person", person.id), SlotSet("character", credit.character)]
    entries = []
    for credit, born_fact in chosen:
        entry = reply.cast_entry(facts.people[credit.actor], facts.characters[credit.character])
        when = reply.value(born_fact)
        entries.append(
            str(japanese["born_entry"]).format(entry=entry, born=when) if japanese else f"{entry}, born {when}"
        )
    reply.utter(
        "utter_cast_age_superlatives",
        cite=[fact for credit, born_fact in chosen for fact in (born_fact, credit)],
        superlative=superlative,
        count=str(len(chosen)),
        people=reply.join(entries),
    )
    return []


def _dont_know_of_cast(reply: Reply, tracker: Tracker, attribute_words: str, asked: str) -> list[EventType]:
    """ "Who is the tallest actor?": "I don't know the cast's heights", naming the cast and what was asked."""
    reply.dont_know(
        tracker,
        "utter_dont_know_subject_attribute",
        subject_name=reply.the_cast(),
        attribute_words=attribute_words,
        asked=asked,
    )
    return []


# The order asked by each attribute of a choice by age ("older_of_two" -> "older").
AGE_CHOICES = {attribute: order for order, attribute in AGE_CHOICE_ATTRIBUTES.items()}


def people_named(tracker: Tracker) -> list[Person]:
    """The people of the store the message names, each once, in the order named."""
    facts = store()
    people: list[Person] = []
    for words in entity_values(tracker, "person"):
        matches = facts.resolve(words, ("person",))
        if matches and all(matches[0].id != p.id for p in people):
            people.append(facts.people[matches[0].id])
    return people


def answer_age_choice(reply: Reply, tracker: Tracker, attribute: str) -> list[EventType]:
    """ "Who is older, <a> or <b>?": the older (or younger) of the two people named, with both birth dates; "I
    don't know <X>'s birth date" when the store lacks one, or a year alone cannot order two births."""
    people = people_named(tracker)
    if len(people) != 2:
        reply.dont_know(tracker)
        return []
    births = [birth_of(person) for person in people]
    undated = next((person for person, born in zip(people, births, strict=True) if born is None), None)
    first_older = born_before(births[0], births[1]) if undated is None else None
    if first_older is None:  # a birth not held, or the same year with a month or day missing: not ordered
        return _dont_know_birth(reply, tracker, undated or people[0])
    order = AGE_CHOICES[attribute]
    chosen, other = people if first_older == (order == "older") else people[::-1]
    if chosen.born is None or other.born is None:  # both dated above; the store's type allows none
        return []
    words = i18n.formats(JAPANESE)["age_order"][order] if reply.japanese else order
    reply.utter(
        "utter_age_choice",
        cite=[chosen.born, other.born],
        chosen_name=reply.name(chosen),
        chosen_born=reply.value(chosen.born),
        other_name=reply.name(other),
        other_born=reply.value(other.born),
        order=str(words),
    )
    return [SlotSet("person", chosen.id)]


def _dont_know_birth(reply: Reply, tracker: Tracker, person: Person) -> list[EventType]:
    """ "I don't know <X>'s birth date": what a comparison of ages lacks, named."""
    japanese = i18n.formats(JAPANESE) if reply.japanese else None
    reply.dont_know(
        tracker,
        "utter_dont_know_subject_attribute",
        subject_name=reply.name(person),
        attribute_words="birth date",
        asked=str(japanese["birth_date"]) if japanese else "birth date",
    )
    return [SlotSet("person", person.id)]


# "how old?", "and her age?" with no subject: only the words of an age asked, and words that lead a follow-up.
BARE_AGE_WORDS = frozenset(
    {"how", "old", "age", "and", "so", "what", "about", "then", "now", "tho", "though", "also"}
    | {"何歳", "何", "歳", "年齢", "は", "です", "か", "じゃあ", "で"}  # "何歳？" (cut 何 | 歳), "年齢は？"
)
AGE_ASKED = frozenset({"old", "age", "何歳", "歳", "年齢"})


def bare_age_of_the_person(reply: Reply, tracker: Tracker) -> list[EventType] | None:
    """ "Who plays <a character>?" then "how old?": a bare age right after an answer about one person is that person's
    (the classifier reads a bare age as the film's rating, "how old must a viewer be"); "I don't know <X>'s age", then
    the birth date held. None for any other message or moment."""
    said = tokens(tracker.latest_message.get("text") or "")
    if not said or not set(said) <= BARE_AGE_WORDS or not AGE_ASKED & set(said):
        return None
    person_id = tracker.get_slot("person")
    if person_id not in store().people or not answered_of_a_person(tracker):
        return None
    person = store().people[person_id]
    attribute = default_lexicon().attributes["age"]
    label = attribute.label
    noun = japanese_noun(attribute.words)  # "年齢", never the question word "何歳"
    asked = noun if reply.japanese and noun else label
    reply.dont_know(
        tracker,
        "utter_dont_know_subject_attribute",
        subject_name=reply.name(person),
        attribute_words=label,
        asked=asked,
    )
    birth_date_beside_age(reply, tracker, person_id)
    return [SlotSet("person", person_id)]
