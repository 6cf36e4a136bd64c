"""Subjects named by a relation: "Akito's father", "her mum", "his character".

The NLU (bot/understanding) tags the relation word as a `relation` entity and
the person or character it hangs on as usual; a pronoun ("her mum") hangs on
the character the conversation is about (the slots the last answer set).
"""

from __future__ import annotations

import re

from rasa_sdk import Tracker

from actions.common import agrees, entity_values, named_in_last_question, pronoun_asked, store
from bot.store import Match, Relation
from bot.understanding.ellipsis import OTHER_RELATIVE
from bot.understanding.reading import POSSESSIVE_PRONOUNS, SPOUSE, relation_keys


def related_subjects(tracker: Tracker, kinds: tuple[str, ...]) -> list[Match] | None:
    """The people or characters a relation names; None when the message names no relation."""
    keys = entity_values(tracker, "relation")
    if not keys:
        return None
    facts = store()
    if keys[0].partition(":")[0] == OTHER_RELATIVE:
        targets = others_of_group(tracker.get_slot("character"), keys[0])
        matches = [Match("character", target, facts.display_name("character", target), 100.0) for target in targets]
        return matches if "character" in kinds else _actors(matches)
    anchor = _anchor(tracker, prefer_person=keys[0] == "character")
    described = _named_by_apposition(tracker, keys[0]) if keys[0] != "character" else None
    if described is not None:
        targets = [described]
    elif anchor is None and keys[0] != "character" and owned_relation_words(tracker, keys[0]) is None:
        # "who plays the little sister?" with no one in the conversation yet: every character
        # who is someone's sister (one is the answer; several get a choice).
        wanted = relation_keys(keys[0])
        targets = list(dict.fromkeys(r.object for r in facts.relations if r.relation in wanted))
    elif anchor is None:
        return []
    elif keys[0] == "character":
        targets = [anchor]
    else:
        targets = [relation.object for relation in facts.related(anchor, relation_keys(keys[0]))]
    matches = [Match("character", target, facts.display_name("character", target), 100.0) for target in targets]
    return matches if "character" in kinds else _actors(matches)


def _actors(matches: list[Match]) -> list[Match]:
    facts = store()
    actors = [credit.actor for match in matches for credit in facts.actor_of(match.id)]
    return [Match("person", actor, facts.display_name("person", actor), 100.0) for actor in dict.fromkeys(actors)]


def others_of_group(character: str | None, value: str) -> list[str]:
    """ "The other one?" after a character: the rest of each group of relatives the character belongs to
    (<a>'s childhood friends, when <b> is one of two); with a relation word ("the other parent") the group is
    of that kind. Empty when the character is the only one of each group, or no character is talked about."""
    facts = store()
    if character not in facts.characters:
        return []
    asked = value.partition(":")[2]
    others: list[str] = []
    for relation in facts.relations:
        if relation.object != character:
            continue
        kinds = relation_keys(asked) if asked else (relation.relation,)
        if relation.relation not in kinds:
            continue
        others += [r.object for r in facts.related(relation.subject, kinds) if r.object != character]
    return list(dict.fromkeys(others))


# "How many children does <a> have?": a count asked of the relatives, the relation's words right after "how many"
# (up to one word between: "how many biological children"); "how many children does <a>'s mother have?" counts
# the mother's children, a relation of a relation, which is not counted here.
COUNT_ASKED = re.compile(r"\bhow many (?:\w+ )?$", re.IGNORECASE)


def counted_relatives(tracker: Tracker) -> tuple[list[Relation], str] | None:
    """The relatives of the kind asked when their number is asked ("how many children does <a> have?"), with the
    words that name them; None when no count is asked, nobody is asked of, or the store names none."""
    keys = entity_values(tracker, "relation")
    text = str(tracker.latest_message.get("text") or "")
    entity = _relation_entity(tracker, keys[0]) if keys else None
    if entity is None or keys[0] == "character":
        return None
    if entity.get("start") is None:
        counted = "how many" in text.lower()  # a relation tagged without its place: counted when a count is asked
    else:
        counted = COUNT_ASKED.search(text[: int(entity["start"])]) is not None
    if not counted:
        return None
    anchor = _anchor(tracker, prefer_person=False)
    found = store().related(anchor, relation_keys(keys[0])) if anchor is not None else []
    if not found:
        return None
    if entity.get("start") is None:
        return found, keys[0].replace("_", " ")
    return found, text[int(entity["start"]) : int(entity.get("end") or entity["start"])]


def several_relatives(tracker: Tracker) -> list[Relation]:
    """ "Is <a character> friends with anyone?", "who are his friends?": every relative of the kind asked
    when the character (named, or talked about) has more than one; empty otherwise (one relative, none,
    no one to start from, or a relation that only describes a character named)."""
    keys = entity_values(tracker, "relation")
    if not keys or keys[0] == "character" or _named_by_apposition(tracker, keys[0]) is not None:
        return []
    anchor = _anchor(tracker, prefer_person=False)
    found = store().related(anchor, relation_keys(keys[0])) if anchor is not None else []
    return found if len(found) > 1 else []


# What stands between a name and the relation it owns: "<a>'s friend", "<a>s friend" (no apostrophe typed).
POSSESSIVE_GAP = re.compile(r"\s*(?:'s|’s|'|s)?\s*")
OF_GAP = re.compile(r"\s*of\s*(?:the\s*)?", re.IGNORECASE)


def owned_by_named(tracker: Tracker) -> bool:
    """ "who played <a>'s friend?", "the friend of <a>": the relation is written as owned by the character it starts
    from, named right beside it; not "<b>, a member of the <family name> family, ...", whose relation describes
    the one asked about."""
    keys = entity_values(tracker, "relation")
    relation = _relation_entity(tracker, keys[0]) if keys else None
    anchor = _anchor(tracker, prefer_person=False)
    if relation is None or relation.get("start") is None or anchor is None:
        return False
    text = str(tracker.latest_message.get("text") or "")
    start, end = int(relation["start"]), int(relation.get("end") or relation["start"])
    for entity in tracker.latest_message.get("entities") or []:
        if entity.get("entity") not in ("character", "person") or entity.get("start") is None:
            continue
        matches = store().resolve(str(entity.get("value")), ("character", "person"))
        # a character's first name that is also an actor's surname: relations are the characters'; a family name
        # several characters share stays unsure
        best = [m for m in matches if m.score == matches[0].score]
        characters = [m for m in best if m.kind == "character"]
        if len(best) > 1 and len(characters) == 1:
            best = characters
        if len(best) != 1 or _as_character(best[0]) != anchor:
            continue
        before = text[int(entity.get("end") or 0) : start]
        after = text[end : int(entity["start"])]
        if POSSESSIVE_GAP.fullmatch(before) or OF_GAP.fullmatch(after):
            return True
    return False


def listed_relative(tracker: Tracker, pronoun: str) -> str | None:
    """After an answer that listed several relatives of the character talked about ("Eri ... Shota are
    his childhood friends"), "he"/"she" is the one of them of that gender; None otherwise."""
    from actions.common import previous_turn
    from bot.understanding.people_reading import gender_of

    answered, parsed = previous_turn(tracker)
    keys = [str(e.get("value")) for e in parsed.get("entities") or [] if e.get("entity") == "relation"]
    anchor = tracker.get_slot("character")
    if answered != "action_character" or not keys or not anchor:
        return None
    facts = store()
    found = facts.related(anchor, relation_keys(keys[0]))
    fitting = [r.object for r in found if gender_of(facts, r.object) == pronoun]
    return fitting[0] if len(found) > 1 and len(fitting) == 1 else None


# The last word of a relation said as a verb phrase ("in love with", "engaged to").
VERB_PARTICLES = frozenset({"with", "to", "for", "of"})


def named_owner(tracker: Tracker, key: str) -> tuple[str, str] | None:
    """The character named in the message whose relative was asked, and the relation's words as written
    ("<a>'s brother"); None when no character is named or the relation was not written out."""
    relation = _relation_entity(tracker, key)
    names = entity_values(tracker, "character") + entity_values(tracker, "person")
    if relation is None or relation.get("start") is None or len(names) != 1:
        return None  # two names: whose relative was meant is not for the don't-know to guess
    anchor = _anchor(tracker, prefer_person=False)
    text = str(tracker.latest_message.get("text") or "")
    asked = re.sub(
        r"(?:'s|’s|')$", "", text[int(relation["start"]) : int(relation.get("end") or relation["start"])].strip()
    )
    if key == SPOUSE:  # "who was <a> married to?": the verb's words are no noun to name
        asked = SPOUSE
    elif asked and (asked.split()[-1].lower() in VERB_PARTICLES or asked.lower().endswith("ing")):
        asked = key.replace("_", " ")  # "who is <a> in love with?", "who is <a> dating?": the relation's noun
    return (anchor, asked) if anchor is not None and anchor in store().characters and asked else None


def _named_by_apposition(tracker: Tracker, key: str) -> str | None:
    """ "Who played <a character>, <another>'s mother?": when the message names two characters
    and the relation leads from the one nearest the relation word (its owner) to the other, the
    relation only describes the one asked about (an apposition): the answer is that named
    character, not the owner's relative."""
    facts = store()
    entities = tracker.latest_message.get("entities") or []
    relation = _relation_entity(tracker, key)
    if relation is None:
        return None
    text = str(tracker.latest_message.get("text") or "")
    word_at, word_end = int(relation.get("start") or 0), int(relation.get("end") or 0)
    named: list[tuple[int, str]] = []
    possessive: list[str] = []
    beside: list[str] = []  # named right after the relation word ("<a>'s friend <b>")
    for entity in entities:
        if entity.get("entity") != "character":
            continue
        matches = facts.resolve(str(entity.get("value")), ("character",))
        if matches and (len(matches) == 1 or matches[0].score > matches[1].score):
            start, end = int(entity.get("start") or 0), int(entity.get("end") or 0)
            named.append((min(abs(start - word_end), abs(end - word_at)), matches[0].id))
            if end <= word_at and POSSESSIVE_GAP.fullmatch(text[end:word_at]):  # "<a>'s friend"
                possessive.append(matches[0].id)
            elif 0 <= start - word_end <= 1:
                beside.append(matches[0].id)
    if len(named) < 2:
        return None
    owner = possessive[0] if len(possessive) == 1 else min(named)[1]
    for relation_fact in facts.related(owner, relation_keys(key)):
        if any(ident == relation_fact.object for _, ident in named if ident != owner):
            return relation_fact.object
    # "who plays <a>'s friend <b>?" when <b> is not his friend: the name says whom the question asks about
    return beside[0] if len(beside) == 1 and beside[0] != owner else None


def _anchor(tracker: Tracker, *, prefer_person: bool) -> str | None:
    """The character a relation starts from: named in the message, else the conversation's."""
    facts = store()
    for entity in ("character", "person"):
        for words in entity_values(tracker, entity):
            other = "person" if entity == "character" else "character"
            matches = facts.resolve(words, (entity,)) or facts.resolve(words, (other,))
            if matches:
                return _as_character(matches[0])
    remembered = [("person", tracker.get_slot("person")), ("character", tracker.get_slot("character"))]
    if not prefer_person:
        remembered.reverse()
    # "who are his parents?" after a sister was answered: "his" is no one "she" fits
    pronoun = pronoun_asked(str(tracker.latest_message.get("text") or ""))
    for kind, ident in remembered:
        if ident:
            matches = [match for match in facts.resolve(ident, (kind,)) if agrees(match, pronoun)]
            character = _as_character(matches[0]) if matches else None
            if character:
                return character
    named = named_in_last_question(tracker, pronoun, ("character", "person")) if pronoun else []
    return _as_character(named[0]) if named else None


def _relation_entity(tracker: Tracker, key: str) -> dict | None:
    entities = tracker.latest_message.get("entities") or []
    return next((e for e in entities if e.get("entity") == "relation" and e.get("value") == key), None)


# "the son of him" is "his son"
POSSESSIVE_OF = {"her": "her", "him": "his", "them": "their"}


def owned_relation_words(tracker: Tracker, key: str) -> str | None:
    """ "her son" for "who is her son?" or "who is the son of her?"; None when no pronoun owns the relation.
    A relation so owned hangs on someone the conversation talked about, even when that someone is no character
    (the screenwriter): never on every character who is someone's son."""
    relation = _relation_entity(tracker, key)
    text = str(tracker.latest_message.get("text") or "").lower()
    if relation is None or relation.get("start") is None:
        return None
    start, end = int(relation["start"]), int(relation.get("end") or relation["start"])
    before = text[:start].split()[-1:]
    after = [word.strip("?!.,") for word in text[end:].split()[:2]]
    if before and before[0] in POSSESSIVE_PRONOUNS:
        return f"{before[0]} {text[start:end]}"
    if len(after) == 2 and after[0] == "of" and after[1] in POSSESSIVE_OF:
        return f"{POSSESSIVE_OF[after[1]]} {text[start:end]}"
    return None


def _as_character(match: Match) -> str | None:
    if match.kind == "character":
        return match.id
    roles = store().roles_of(match.id)
    return roles[0].character if roles else None


def relation_between(tracker: Tracker) -> tuple[str, str, Relation | None] | None:
    """ "How are <a> and <b> related?": the two characters named, in order, and the store's relation
    from one to the other (None when it holds none); None when the message does not name two."""
    facts = store()
    named: list[str] = []
    for words in entity_values(tracker, "character"):
        matches = facts.resolve(words, ("character",))
        if matches and matches[0].id not in named:
            named.append(matches[0].id)
    remembered = tracker.get_slot("character")
    if len(named) == 1 and remembered in facts.characters and remembered != named[0] and _pronoun_of_role(tracker):
        # "how does she know <b>?" right after an answer about <a> (described, or who plays <a>): <a> and <b>;
        # only characters are related, so the pronoun is the character even when the actor was named last
        named.insert(0, remembered)
    if len(named) != 2:
        return None
    first, second = named
    # "who is <b> to <a>?" and "<a>'s relationship to <b>" both hold when <b> is <a>'s relative:
    # the first named as the subject's relative first, then the other way round.
    for subject, other in ((second, first), (first, second)):
        for relation in facts.relations:
            if relation.subject == subject and relation.object == other:
                return first, second, relation
    return first, second, None


def unanchored_relatives(tracker: Tracker) -> list[Relation]:
    """ "Who played the father?" with no one to start from: one relation for each character who is someone's
    father, so that each can be named with whose he is (empty when the relation starts from someone, or
    there is no relation asked)."""
    keys = entity_values(tracker, "relation")
    if not keys or keys[0] in ("character", "between") or _named_by_apposition(tracker, keys[0]) is not None:
        return []
    if _anchor(tracker, prefer_person=False) is not None or owned_relation_words(tracker, keys[0]) is not None:
        return []
    wanted = relation_keys(keys[0])
    first: dict[str, Relation] = {}
    for relation in store().relations:
        if relation.relation in wanted:
            first.setdefault(relation.object, relation)
    return list(first.values())


# What a character's held relation answers that the vocabulary reads as an attribute the store lacks:
# "who is <a> in a relationship with?", "who is <a> dating?" ask <a>'s love interest.
LOVE_LIFE = "dating"
LOVE_INTEREST = "love_interest"


def love_life_as_relation(tracker: Tracker) -> bool:
    """ "Who is <a character> dating?": a character's love life, asked of a character (named, or the one talked
    about) whose love interest the store holds, is that relation; the message's attribute becomes it, so the
    relation is answered as "who is <a>'s girlfriend?" is. False (nothing changed) otherwise: an actor's love
    life, or a character with no love interest held, stays "I don't know"."""
    if entity_values(tracker, "attribute")[:1] != [LOVE_LIFE] or entity_values(tracker, "person"):
        return False
    if entity_values(tracker, "relation") or entity_values(tracker, "claim"):
        return False
    facts = store()
    named = [m for words in entity_values(tracker, "character") for m in facts.resolve(words, ("character",))[:1]]
    remembered = tracker.get_slot("character")
    character = named[0].id if len(named) == 1 else None
    if character is None and not named and remembered in facts.characters and _pronoun_of_talk(tracker):
        character = remembered
    if character is None or not facts.related(character, (LOVE_INTEREST,)):
        return False
    message = tracker.latest_message
    kept = [e for e in message.get("entities") or [] if e.get("entity") != "attribute"]
    message["entities"] = [*kept, {"entity": "relation", "value": LOVE_INTEREST}]
    if not named:
        message["entities"].append({"entity": "character", "value": facts.characters[character].name})
    return True


# The pronouns that may point at the character just described ("are they dating?" of a character and a couple).
TALK_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "they", "them", "their"})


def _pronoun_of_talk(tracker: Tracker) -> bool:
    """A pronoun right after an answer that described a character: that character (after "who plays <a>?",
    "he" is the actor, whose love life is not held)."""
    from actions.common import previous_turn

    said = set(re.findall(r"[a-z]+", str(tracker.latest_message.get("text") or "").lower()))
    return bool(said & TALK_PRONOUNS) and previous_turn(tracker)[0] == "action_character"


def _pronoun_of_role(tracker: Tracker) -> bool:
    """A pronoun right after an answer about one character (described, or who plays them)."""
    from actions.common import character_answered

    said = set(re.findall(r"[a-z]+", str(tracker.latest_message.get("text") or "").lower()))
    return bool(said & TALK_PRONOUNS) and character_answered(tracker)
