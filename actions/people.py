"""Cast and characters: who is in it, who plays whom, who someone is, what else they did.

Each answer sets the `person` and `character` slots so that follow-ups
("what else has she been in?", "who plays her?") know whom they are about.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, SlotSet

from actions.ages import answer_age_at_film, answer_cast_superlative
from actions.claims import in_described_group
from actions.common import (
    Reply,
    StoreAction,
    asked_text,
    character_answered,
    entity_values,
    first_part_text,
    previous_responses,
    previous_turn,
    resolve_mention,
    store,
)
from actions.crew import utter_crew_credit
from actions.person_facts import MAX_NOTES, actor_answered_last, asks_yes_no, note_saying, utter_work_note
from actions.real_person_pointed import dont_know_of_pointed, real_person_pointed
from actions.relations import (
    counted_relatives,
    owned_by_named,
    relation_between,
    several_relatives,
    unanchored_relatives,
)
from actions.story_text import story_detail
from actions.topics import dont_know_attribute
from bot import markup, style
from bot.japanese import has_japanese
from bot.store import CrewCredit, Match, Person, Relation, Work
from bot.understanding import cast_by_work, ellipsis, named_work, people_reading, works_condition, works_period
from bot.understanding.lexicon import default_lexicon, tokens
from bot.understanding.reading import (
    BETWEEN,
    CO_STARS,
    THIS_FILMS_PART,
    TOGETHER,
    WORK_TIME_WORDS,
    own_part,
    people_of_ours,
    relation_keys,
)

MAIN_CAST_CONFIDENCE = "high"
# The most characters of one relation named at once ("who played the mother?"); more get a choice.
MAX_RELATIVES = 3
# How a description says an age ("a 17-year-old ...", "aged 40", "in her forties").
AGE_WORDS = re.compile(r"\b\d{1,3}[- ]years?[- ]old\b|\baged? \d|\bin (?:his|her|their) (?:\w+ties|teens)\b", re.I)


LEAD_WORDS = frozenset({"main", "lead", "leading", "star", "stars", "starring", "protagonist", "protagonists"})
PRONOUN_OF = {"actress": "she", "actresses": "she", "actor": "he", "actors": None, "leads": None}
# A gender word beside a lead word decides which lead ("the female lead" is the lead actress):
# the question's own words decide, so no choice is asked back.
PRONOUN_OF.update({"female": "she", "woman": "she", "girl": "she", "male": "he", "man": "he", "guy": "he", "boy": "he"})


def asks_for_lead(text: str) -> tuple[bool, str | None]:
    """Whether the question asks for the lead(s), and for which pronoun ("main actress" -> she)."""
    if has_japanese(text):
        lexicon = default_lexicon()
        words = tokens(text)
        if not lexicon.lead_words.intersection(words):
            return False, None
        return True, next((lexicon.lead_pronouns[word] for word in words if word in lexicon.lead_pronouns), None)
    words = [word.strip("?!.,'\"") for word in text.casefold().split()]
    if not LEAD_WORDS.intersection(words) and "leads" not in words:
        return False, None
    if "cast" in words or {"else", "besides"} & set(words):  # "the leads are <a>, <b> and who else?": the rest
        return False, None
    return True, next((PRONOUN_OF[word] for word in words if word in PRONOUN_OF), None)


def the_role_talked_about(tracker: Tracker, text: str) -> bool:
    """ "Who is <a character>?" then "what is the name of the actor?": one performer asked, nobody
    named, right after an answer about one character, is that character's actor, not the cast."""
    if has_japanese(text) or any(entity_values(tracker, e) for e in ("character", "person", "relation")):
        return False
    return people_reading.performer_asked(tokens(text)) and character_answered(tracker)


def one_character_named(tracker: Tracker) -> bool:
    """Whether the message names exactly one of the film's characters, unambiguously."""
    facts = store()
    found = set()
    for words in entity_values(tracker, "character"):
        matches = facts.resolve(words, ("character",))
        if not matches or (len(matches) > 1 and matches[0].score == matches[1].score):
            return False
        found.add(matches[0].id)
    return len(found) == 1


class ActionCast(StoreAction):
    """Who's in it: the top-billed cast (cut at five, "full cast" for everyone), or
    the lead ("who is the main actress?") in one sentence."""

    def name(self) -> str:
        return "action_cast"

    def answer(self, reply: Reply, tracker: Tracker) -> list[EventType]:
        facts = store()
        text = tracker.latest_message.get("text") or ""
        title_words = frozenset(tokens(store().title))
        superlative = None if has_japanese(text) else people_reading.cast_superlative(tokens(text), title_words)
        if superlative is not None:  # "who is the youngest actor?": from the birth dates held, never the list
            return answer_cast_superlative(reply, tracker, superlative)
        lead, pronoun = asks_for_lead(text)
        if lead:
            return self.lead(reply, pronoun)
        if one_character_named(tracker):  # "who is the head nurse in it?": that character's actor, not the list
            return ActionWhoPlays().answer(reply, tracker)
        if the_role_talked_about(tracker, text):  # "do you know the actor?" after a character's answer
            return ActionWhoPlays().answer(reply, tracker)
        credits = sorted(facts.cast, key=lambda c: c.confidence != MAIN_CAST_CONFIDENCE)  # billing order
        names = [reply.cast_entry(facts.people[c.actor], facts.characters[c.character]) for c in credits]
        listed = _cast_shown_before(tracker)
        others = bool(OTHERS_ASKED & set(tokens(text)))
        if listed and others and names[listed:]:
            # "are there any other cast members?" after a part of the cast was listed: the rest of it
            reply.utter("utter_cast_others", cite=credits[listed:], cast_list=reply.join(names[listed:]))
            return []
        # after the whole cast, "any others?" gets the whole cast again: the store lists no one else
        whole = style.wants_whole_list(text) or others and listed >= len(names)
        cut = style.cut_list(names, whole=whole)
        shown = credits[: len(cut.shown)]
        if cut.cut:
            reply.utter("utter_cast_cut", cite=shown, cast_list=reply.join(cut.shown), more=cut.more)
        else:
            reply.utter("utter_cast_full" if whole else "utter_cast", cite=shown, cast_list=reply.join(cut.shown))
        return []

    def lead(self, reply: Reply, pronoun: str | None) -> list[EventType]:
        facts = store()
        main = [c for c in facts.cast if c.confidence == MAIN_CAST_CONFIDENCE]
        if pronoun is not None:
            credit = next((c for c in main if facts.people[c.actor].pronoun == pronoun), None)
            if credit is None:
                reply.utter("utter_dont_know")
                return []
            person = facts.people[credit.actor]
            reply.utter(
                f"utter_lead_{'actress' if pronoun == 'she' else 'actor'}",
                cite=[credit],
                actor_name=reply.name(person),
                character_name=reply.name(facts.characters[credit.character]),
            )
            return [SlotSet("person", person.id), SlotSet("character", credit.character)]
        leads = main[:2]
        billing = reply.join([reply.cast_entry(facts.people[c.actor], facts.characters[c.character]) for c in leads])
        reply.utter("utter_leads", cite=leads, leads=billing)
        return []


# Words that ask for more of a list given: "any other cast members?", "who else?", "the rest of the cast".
OTHERS_ASKED = frozenset({"other", "others", "else", "more", "rest", "remaining", "additional", "supporting"})
LEADS_SHOWN = 2
# What may follow them: the film they are in ("in <the title>"), nothing owned by them ("the characters' parents").
AFTER_PARTS = frozenset({"?", ".", "!", "in", "on", "from"})


def _all_parts_asked(words: list[str]) -> bool:
    at = next((i for i, w in enumerate(words) if w in people_reading.PART_PLURALS), None)
    return at is not None and (at + 1 == len(words) or words[at + 1] in AFTER_PARTS)


def _cast_shown_before(tracker: Tracker) -> int:
    """How many of the cast (in billing order) the previous answer listed: the leads, the cut list, or all of them;
    0 when it listed none."""
    said = previous_responses(tracker)
    if "utter_cast_cut" in said:
        return style.LIST_LIMIT
    if {"utter_cast_others", "utter_cast_full"} & set(said):
        return len(store().cast)
    return LEADS_SHOWN if "utter_leads" in said else 0


class ActionWhoPlays(StoreAction):
    def name(self) -> str:
        return "action_who_plays"

    def answer(self, reply: Reply, tracker: Tracker) -> list[EventType]:
        facts = store()
        relatives = unanchored_relatives(tracker)
        if 1 < len(relatives) <= MAX_RELATIVES:  # "who played the father?": each father, with whose he is
            return self.each_relative(reply, relatives)
        relatives = several_relatives(tracker) if owned_by_named(tracker) else []
        if 1 < len(relatives) <= MAX_RELATIVES:  # "who played <a>'s childhood friend?": each of them, not a choice
            return self.each_relative(reply, relatives)
        # "who is the main actress, and ...?": in a message of several parts the classifier's intent is the whole
        # message's; the first part asks for the lead, named
        named = any(entity_values(tracker, e) for e in ("character", "person", "relation"))
        if entity_values(tracker, "also_ask") and not named:
            lead, pronoun = asks_for_lead(first_part_text(tracker))
            if lead:
                return ActionCast().lead(reply, pronoun)
        text = tracker.latest_message.get("text") or ""
        if not named and _all_parts_asked(tokens(text)):  # "who plays its characters?": every part, the cast
            return ActionCast().answer(reply, tracker)
        match = resolve_mention(
            reply, tracker, entities=("character", "person"), kinds=("character",), slot="character"
        )
        if match is None:
            return []
        credits = facts.actor_of(match.id)
        if not credits:
            reply.dont_know(tracker)
            return [SlotSet("character", match.id)]
        actors = [reply.name(facts.people[c.actor]) for c in credits]
        character_name = reply.name(facts.characters[match.id])
        reply.utter("utter_who_plays", cite=credits, character_name=character_name, actor_name=reply.join(actors))
        self.others(reply, tracker, match.id)
        return [SlotSet("character", match.id), SlotSet("person", credits[0].actor)]

    @staticmethod
    def each_relative(reply: Reply, relatives: list[Relation]) -> list[EventType]:
        """One "<whose> <relation> <name> is played by <actor>" for each character of that relation."""
        facts = store()
        for relation in relatives:
            credits = facts.actor_of(relation.object)
            if not credits:
                continue
            name = reply.name(facts.characters[relation.object])
            said = relation.relation.replace("_", " ")
            if not reply.japanese and said not in name.lower():  # "Akito Hayasaka's father Kazuki Hayasaka"
                name = f"{reply.name(facts.characters[relation.subject])}'s {said} {name}"
            actors = reply.join([reply.name(facts.people[c.actor]) for c in credits])
            reply.utter("utter_who_plays", cite=[relation, *credits], character_name=name, actor_name=actors)
        return []

    def others(self, reply: Reply, tracker: Tracker, first: str) -> None:
        """ "Who plays <a character> and who plays <another>?": every other character named, in order."""
        if entity_values(tracker, "relation"):
            return
        facts = store()
        seen = {first}
        for words in entity_values(tracker, "character"):
            matches = facts.resolve(words, ("character",))
            if not matches or matches[0].id in seen or (len(matches) > 1 and matches[0].score == matches[1].score):
                continue
            seen.add(matches[0].id)
            credits = facts.actor_of(matches[0].id)
            if credits:
                actors = reply.join([reply.name(facts.people[c.actor]) for c in credits])
                character_name = reply.name(facts.characters[matches[0].id])
                reply.utter("utter_who_plays", cite=credits, character_name=character_name, actor_name=actors)


class ActionPerson(StoreAction):
    """ "Who is X?": the role a person has in the film (on screen or in the crew),
    or, for a character, who they are."""

    asks_of_this_film = False

    def name(self) -> str:
        return "action_person"

    def answer(self, reply: Reply, tracker: Tracker) -> list[EventType]:
        named = people_of_ours(tracker.latest_message.get("entities") or [], store())
        if len(named) > 1:  # "what are the first names of <a> and <b>?": each of them
            return [event for person_id in named for event in describe_person(reply, tracker, person_id)]
        several = several_characters(tracker)
        if several:  # "who are <a character> and <another>?": each of them
            return [event for character_id in several for event in describe_character(reply, tracker, character_id)]
        # "tell me more about her" right after a character was described: the character, not her actor
        described = previous_turn(tracker)[0] == "action_character" and bool(tracker.get_slot("character"))
        match = resolve_mention(
            reply,
            tracker,
            entities=("person", "character"),
            kinds=("person", "character"),
            slot="character" if described else "person",
        )
        if match is None:
            return []
        if match.kind == "character":
            return describe_character(reply, tracker, match.id)
        return describe_person(reply, tracker, match.id)


def describe_person(reply: Reply, tracker: Tracker, person_id: str) -> list[EventType]:
    facts = store()
    person = facts.people[person_id]
    roles = facts.roles_of(person_id)
    for credit in roles:
        reply.utter(
            "utter_person_plays",
            cite=[credit],
            person_name=reply.name(person),
            character_name=reply.name(facts.characters[credit.character]),
        )
    for credit in roles[:1]:
        tie = tie_to_someone_billed_above(credit.character)
        if tie is not None:  # "what about <her actor>?": whose mother she plays, as the reader knows them
            reply.add_context(
                "utter_relation_between",
                relative_name=reply.name(facts.characters[tie.object]),
                character_name=reply.name(facts.characters[tie.subject]),
                relation=reply.relation(tie.relation),
            )
    crew_roles = facts.crew_roles_of(person_id)
    for crew_credit in crew_roles:
        utter_crew_credit(reply, crew_credit)
    if person.about and not restates(person.about.value, reply.texts if crew_roles else []):
        reply.utter(
            "utter_person_about", cite=[person.about], person_name=reply.name(person), about=reply.value(person.about)
        )
    if not (roles or crew_roles or person.about):
        reply.dont_know(tracker)
    if biography_asked(tracker):  # "what is <a>'s biography?": where the life began, when there is room
        for response, fact in (("utter_person_born", person.born), ("utter_person_birthplace", person.birthplace)):
            if fact is not None and fact.known:
                reply.add_context(response, person_name=reply.name(person), value=reply.value(fact))
    events: list[EventType] = [SlotSet("person", person_id)]
    if roles:
        events.append(SlotSet("character", roles[0].character))
    return events


def tie_to_someone_billed_above(character_id: str) -> Relation | None:
    """How a character stands to the highest-billed character billed above them ("<the heroine>'s mother"); None
    for the first billed, or when the store relates them to no one billed above."""
    facts = store()
    billing = {credit.character: at for at, credit in reversed(list(enumerate(facts.cast)))}
    own = billing.get(character_id)
    if own is None:
        return None
    ties = [r for r in facts.relations if r.object == character_id and billing.get(r.subject, own) < own]
    return min(ties, key=lambda r: billing[r.subject], default=None)


BIOGRAPHY = "biography"


def biography_asked(tracker: Tracker) -> bool:
    """Whether the message asks someone's biography ("<a>'s bio", "life story")."""
    words = tokens(tracker.latest_message.get("text") or "")
    return any(hit.key == BIOGRAPHY for hit in default_lexicon().find(words, ("attribute",)))


def restates(about: str, said: list[str]) -> bool:
    """Whether "X is <about>" only repeats what was just said ("the film's executive
    producer for Netflix" after "The executive producer for Netflix is X")."""
    text = markup.plain(" ".join(said)).casefold()
    words = [w.strip(",.'\"()").removesuffix("'s") for w in about.casefold().split()]
    content = [w for w in words if len(w) >= 4 and w not in ("film", "films")]
    return bool(text) and all(word in text for word in content)


def describe_character(reply: Reply, tracker: Tracker, character_id: str) -> list[EventType]:
    facts = store()
    character = facts.characters[character_id]
    description = character.description
    if description is None or description.unknown:
        reply.dont_know(tracker)
    else:
        reply.utter(
            "utter_character",
            cite=[description],
            character_name=reply.name(character),
            description=reply.value(description),
        )
    credits = facts.actor_of(character_id)
    if credits:
        actors = reply.join([reply.name(facts.people[c.actor]) for c in credits])
        reply.utter("utter_played_by", cite=credits, actor_name=actors)
    events: list[EventType] = [SlotSet("character", character_id)]
    if credits:
        events.append(SlotSet("person", credits[0].actor))
    return events


# What may be asked of several characters at once and is answered by each one's card: who they are, or how they
# compare ("compare and contrast <a> and <b>").
CARD_ATTRIBUTES = frozenset({BIOGRAPHY, "comparison"})


def several_characters(tracker: Tracker) -> list[str]:
    """The characters of the store the message names, when it names more than one and asks nothing of them but
    who they are (no attribute but their card, no relative); else none."""
    named = people_of_ours(tracker.latest_message.get("entities") or [], store(), kind="character")
    if len(named) < 2 or not set(entity_values(tracker, "attribute")) <= CARD_ATTRIBUTES:
        return []
    # "who is the mother of <a> and <b>?": someone related to them, not who they are
    return [] if entity_values(tracker, "relation") else named


# "is <b> <a>'s <relation>?" (bot/understanding/reading.py): the claim's value after this prefix is the relation
RELATED_CLAIM = "related:"


class ActionCharacter(StoreAction):
    def name(self) -> str:
        return "action_character"

    def answer(self, reply: Reply, tracker: Tracker) -> list[EventType]:
        # "who was his teacher?", "does he have a brother?" after the composer: a character or a relative the
        # reader found by a word, where the pronoun means him (an attribute of his is answered below, of him)
        asks_a_character = any(entity_values(tracker, kind) for kind in ("character", "relation"))
        pointed = real_person_pointed(tracker)
        if pointed is not None and asks_a_character:
            return dont_know_of_pointed(reply, tracker, pointed)
        if pointed is not None and set(entity_values(tracker, "attribute")) <= {BIOGRAPHY}:
            # "tell me more about him", "biographical stuff on him" right after the composer: who he is
            return describe_person(reply, tracker, pointed)
        if BETWEEN in entity_values(tracker, "relation"):
            return self.between(reply, tracker)
        claimed = self.claimed_relation(reply, tracker)
        if claimed is not None:
            return claimed
        personal = self.personal_attribute(tracker)
        if personal == "age":  # "who plays her mother?", "how old was she when they filmed it?": the actress then
            answered = answer_age_at_film(reply, tracker)
            if answered is not None:
                return answered
        if personal is not None:
            return dont_know_attribute(reply, tracker, personal)
        counted = counted_relatives(tracker)
        if counted is not None:  # "how many children does <a> have?": how many the story names, then each
            relatives, words = counted
            owner = store().characters[relatives[0].subject]
            reply.utter(
                "utter_relatives_count", character_name=reply.name(owner), count=len(relatives), relation_words=words
            )
            return self.relatives(reply, relatives)
        relatives = several_relatives(tracker)
        if relatives and not entity_values(tracker, "attribute"):
            # "is <a character> friends with anyone?": each of them, not a choice between them
            return self.relatives(reply, relatives)
        several = several_characters(tracker)
        if several:  # "compare and contrast <a> and <b>", "tell me about <a> and <b>": each of them
            return [event for character_id in several for event in describe_character(reply, tracker, character_id)]
        match = resolve_mention(
            reply, tracker, entities=("character", "person"), kinds=("character",), slot="character"
        )
        if match is None:
            return []
        if "age" in entity_values(tracker, "attribute") and not self.tells_age(match.id):
            # "how old is she?": the description is not an answer when it gives no age
            return dont_know_attribute(reply, tracker, "age", match.id)
        lexicon = default_lexicon()
        asked = [k for k in entity_values(tracker, "attribute") if k in lexicon.attributes]
        # only what a character's description may answer (a nationality or an award is read for people only)
        held = asked and lexicon.attributes[asked[0]].intent_for("character") == "ask_character"
        evidence = lexicon.attributes[asked[0]].evidence if held else ()
        if evidence and not reply.japanese:
            if "where" in tokens(tracker.latest_message.get("text") or ""):
                # "where does she live?" asks a place: "lives in <a place>" says it, "lives with <her family>" not
                evidence = tuple(phrase for phrase in evidence if phrase.endswith(PLACE_MARKERS))
            # "where does she live?", "what is his job?": the sentence that says so, or "I don't know"
            found = story_detail(match.id, evidence) if evidence else None
            if found is None:
                return dont_know_attribute(reply, tracker, asked[0], match.id)
            sentence, cited = found
            character = store().characters[match.id]
            reply.utter("utter_character_detail", cite=[cited], character_name=reply.name(character), detail=sentence)
            return [SlotSet("character", match.id)]
        return describe_character(reply, tracker, match.id)

    @staticmethod
    def between(reply: Reply, tracker: Tracker) -> list[EventType]:
        """ "What is the relationship between <a> and <b>?": the store's relation, or "I don't know"
        naming both; never one of them described alone."""
        found = relation_between(tracker)
        facts = store()
        if found is None and any(
            not facts.resolve(v, ("character", "person")) for v in entity_values(tracker, "character")
        ):
            reply.dont_know(tracker, "utter_not_in_film")  # "is <no one of ours> related to <a>?"
            return []
        if found is None:
            reply.dont_know(tracker)
            return []
        first, second, relation = found
        facts = store()
        if relation is None:
            first_name, second_name = (reply.name(facts.characters[c]) for c in (first, second))
            reply.dont_know(
                tracker, "utter_dont_know_relation_between", character_name=first_name, other_name=second_name
            )
            return [SlotSet("character", first)]
        _utter_relation(reply, relation)
        return [SlotSet("character", relation.object)]

    @staticmethod
    def claimed_relation(reply: Reply, tracker: Tracker) -> list[EventType] | None:
        """After the no to "is <b> <a>'s <relation>?": how the two are related, else who holds that relation to
        either of them (<a>'s mother, when <b> is not she). None when the message claims no relation between two
        characters, when the two are so related (the relative is described, as asked), or the store holds
        neither."""
        claims = [claim for claim in entity_values(tracker, "claim") if claim.startswith(RELATED_CLAIM)]
        found = relation_between(tracker) if claims else None
        if found is None:
            return None
        first, second, relation = found
        wanted = relation_keys(claims[0].removeprefix(RELATED_CLAIM))
        if (
            relation is not None
            and relation.relation in wanted
            or any(
                r.object in (first, second) for character in (first, second) for r in store().related(character, wanted)
            )
        ):
            return None
        if relation is not None:
            _utter_relation(reply, relation)
            return [SlotSet("character", relation.object)]
        held = [r for character in (first, second) for r in store().related(character, wanted)]
        for relative in held:
            _utter_relation(reply, relative)
        return [SlotSet("character", held[0].object)] if held else None

    @staticmethod
    def relatives(reply: Reply, relatives: list[Relation]) -> list[EventType]:
        """Each relative of one kind, one sentence each; the conversation stays with the character asked about."""
        for relation in relatives:
            _utter_relation(reply, relation)
        return [SlotSet("character", relatives[0].subject)]

    @staticmethod
    def tells_age(character_id: str) -> bool:
        description = store().characters[character_id].description
        return description is not None and bool(AGE_WORDS.search(str(description.value)))

    @staticmethod
    def personal_attribute(tracker: Tracker) -> str | None:
        """ "How old is he?" after an answer about a crew member: no character is meant, the person is.

        The reader tags an attribute the store holds for characters but not for people; with no
        character in the conversation and no one named, it is the person's, and not known. So it is
        right after "who plays <a character>?": the pronoun means the actor just named.
        """
        attributes = entity_values(tracker, "attribute")
        named = [v for e in ("character", "person", "relation") for v in entity_values(tracker, e)]
        if not attributes or named or not tracker.get_slot("person"):
            return None
        if tracker.get_slot("character") and not actor_answered_last(tracker):
            return None  # "who is <a character>?" then "how old is she?": the character's
        attribute = default_lexicon().attributes.get(attributes[0])
        if tracker.get_slot("character") and attribute is not None and attribute.answer.get("film") == "ask_plot":
            # "who plays <a character>?" then "what's wrong with her?": an attribute that, of the film, is
            # its story (illness, time left) is the character's story, not the actor's private life
            return None
        return attributes[0]


def actor_of_character_named(tracker: Tracker) -> Match | None:
    """ "What else has <a character> been in?", "other movies of the guy who plays <a character>": a character
    named with no person stands for its one actor. Read as a person's name, the character's name is only a near
    match, and may be another person's (a crew member whose name is one letter off)."""
    if entity_values(tracker, "person") or entity_values(tracker, "relation"):
        return None  # a relative of the character ("<a character>'s mum") is resolve_mention's
    facts = store()
    for value in entity_values(tracker, "character"):
        characters = facts.resolve(str(value), ("character",))
        people = facts.resolve(str(value), ("person",))
        if not characters or (people and people[0].score > characters[0].score):
            continue  # a person's name closer than any character's: the person named
        credits = facts.actor_of(characters[0].id)
        if len(credits) == 1 and (len(characters) == 1 or characters[0].score > characters[1].score):
            actor = facts.people[credits[0].actor]
            return Match(kind="person", id=actor.id, name=actor.name, score=characters[0].score)
    return None


# The answers about people that a bare "what else?" goes on from: their works, their card, their part or credit.
PEOPLE_ANSWER_PREFIXES = (
    "utter_person_",
    "utter_other_work",
    "utter_works_",
    "utter_who_plays",
    "utter_lead_",
    "utter_leads",
    "utter_earliest_work",
    "utter_latest_work",
    "utter_dont_know_of_other_work",
    "utter_crew_",
    "utter_dont_know_subject_attribute",
)


def _works_listed_before(tracker: Tracker) -> bool:
    """Whether the last answer listed someone's works."""
    return any(name.startswith(("utter_other_work", "utter_works_")) for name in previous_responses(tracker))


def _people_talked_about(tracker: Tracker) -> bool:
    """Whether the last answer was about someone: "what else?" then asks more of their work."""
    return any(name.startswith(PEOPLE_ANSWER_PREFIXES) for name in previous_responses(tracker))


def _credits_here(person: Person) -> list[Any]:
    """The person's credits in this film: their parts and their crew credits."""
    facts = store()
    return [*facts.roles_of(person.id), *(c for c in facts.crew.values() if person.id in c.people)]


def _credit_kinds(person: Person) -> list[str]:
    """The kinds of the person's credits here, as works_period reads their deeds: "cast", or the crew role."""
    return [credit.role if isinstance(credit, CrewCredit) else "cast" for credit in _credits_here(person)]


def _described(person: Person) -> list[str]:
    """The words of who the store says the person is ("a music producer, arranger and bassist")."""
    return tokens(str(person.about.value)) if person.about is not None else []


class ActionOtherWork(StoreAction):
    asks_of_this_film = False

    def name(self) -> str:
        return "action_other_work"

    def answer(self, reply: Reply, tracker: Tracker) -> list[EventType]:
        facts = store()
        more = ellipsis.more_of_the_same(tokens(tracker.latest_message.get("text") or ""))
        if more and _cast_shown_before(tracker):
            return ActionCast().answer(reply, tracker)  # "any more?" after part of the cast: the rest of it
        if more and not _people_talked_about(tracker):
            # "anything else?" after the plot or where to watch: not someone's works; what else can be asked
            reply.utter("utter_help")
            return []
        named = people_of_ours(tracker.latest_message.get("entities") or [], facts)
        if len(named) > 1 and works_attribute_key(tracker) == TOGETHER:
            return self.together(reply, tracker, facts.people[named[0]], facts.people[named[1]])
        if len(named) > 1:  # "what tv shows did <a> and <b> play in?": each one's works, in the order named
            events: list[EventType] = []
            for person_id in named:
                events += self.works_of(reply, tracker, facts.people[person_id])
            return events
        match = actor_of_character_named(tracker) or resolve_mention(
            reply, tracker, entities=("person", "character"), kinds=("person",), slot="person"
        )
        if match is None:
            return []
        if more and _works_listed_before(tracker):
            return self.more_works(reply, tracker, facts.people[match.id])
        return self.works_of(reply, tracker, facts.people[match.id])

    @staticmethod
    def more_works(reply: Reply, tracker: Tracker, person: Person) -> list[EventType]:
        """ "Any more?" after a list of someone's works: those no answer has named yet, or that there are none."""
        shown = " ".join(str(e.get("text") or "") for e in tracker.events if e.get("event") == "bot")
        rest = [w for w in person.known_for if w.title not in shown and not (w.ja and w.ja in shown)]
        if not rest:
            reply.utter("utter_no_more_works", cite=person.known_for, person_name=reply.name(person))
        else:
            works = reply.join([reply.work(w.title, w.ja, w.year) for w in rest])
            reply.utter("utter_other_work_more", cite=rest, person_name=reply.name(person), works=works)
        return [SlotSet("person", person.id)]

    @staticmethod
    def together(reply: Reply, tracker: Tracker, person: Person, other: Person) -> list[EventType]:
        """ "Have <a> and <b> been in other films together?": the works the store lists for both, or that it
        lists none (never "no": the lists are not complete)."""
        theirs = {title.casefold() for work in other.known_for for title in (work.title, work.ja) if title}
        shared = [w for w in person.known_for if {t.casefold() for t in (w.title, w.ja) if t} & theirs]
        if not shared:
            credits = [credit for someone in (person, other) for credit in _credits_here(someone)]
            reply.utter(
                "utter_dont_know_works_together",
                cite=credits,
                person_name=reply.name(person),
                other_name=reply.name(other),
            )
            return []
        if asks_yes_no(tracker.latest_message.get("text") or ""):
            reply.utter("utter_claim_yes")
        reply.utter(
            "utter_works_together",
            cite=shared,
            works=reply.join([reply.work(w.title, w.ja, w.year) for w in shared]),
            person_name=reply.name(person),
            other_name=reply.name(other),
        )
        return []

    def works_of(self, reply: Reply, tracker: Tracker, person: Person) -> list[EventType]:
        """The other work of one person, as the question asks it."""
        facts = store()
        if in_described_group(person, entity_values(tracker, "claim")) and person.about is not None:
            # "is <an actor> in a band?": yes from the description ("a member of the idol group ..."), which
            # is then the answer, not the list of works
            reply.utter(
                "utter_person_about",
                cite=[person.about],
                person_name=reply.name(person),
                about=reply.value(person.about),
            )
            return [SlotSet("person", person.id)]
        parts = []
        if works_attribute_key(tracker) == THIS_FILMS_PART:
            # "in what films did <a> play <their character here>?": that part; "when did <a> star in <the title>?":
            # their parts here
            own = own_part(person.name, str(next(iter(entity_values(tracker, "character")), "")), facts)
            parts = [own] if own is not None else facts.roles_of(person.id)
        for played_here in parts:  # "in what films did <a> play <their character here>?": this film, and its year
            reply.utter(
                "utter_person_plays_in_this_film",
                cite=[played_here, facts.film["premiere_date"]],
                person_name=reply.name(person),
                character_name=reply.name(facts.characters[played_here.character]),
                year=facts.release_year,
            )
        if parts:
            return [SlotSet("person", person.id)]
        said = tokens(tracker.latest_message.get("text") or "")
        kind = works_period.unheld_kind(said)
        if kind is not None:  # "which video game did <a> voice?": held of no one
            kind_words = " ".join(said[slice(*kind)])
            reply.dont_know(
                tracker, "utter_dont_know_works_of_kind", person_name=reply.name(person), kind_words=kind_words
            )
            return [SlotSet("person", person.id)]
        asked = works_attribute_asked(tracker)
        # "who directed her films?" asks the credit; "how many songs did he write?" a count; with two people named,
        # whose deed it is the reader does not say
        one_named = len(entity_values(tracker, "person")) <= 1
        deeds_read = asked is None and one_named and not works_period.count_asked(said)
        deed = works_period.deed_asked(said, tokens(person.name)) if deeds_read else None
        if deed is not None and works_period.deed_of_others(deed[0], _credit_kinds(person), _described(person)):
            # "what movies did <an actor> direct?": the store knows their work only as acting, so their list
            # would answer another question
            reply.dont_know(
                tracker, "utter_dont_know_works_of_kind", person_name=reply.name(person), kind_words=said[deed[1]]
            )
            return [SlotSet("person", person.id)]
        noted = notes_saying_the_attribute(tracker, person) if asked is not None else []
        if noted and not reply.japanese:  # "did <X> win an award for <a work>?": the work's note that says so
            if asks_yes_no(tracker.latest_message.get("text") or ""):
                reply.utter("utter_claim_yes")
            for noted_work, note in noted[:MAX_NOTES]:
                utter_work_note(reply, person, noted_work, note, "utter_person_work_said")
            return [SlotSet("person", person.id)]
        titled = named_work_of(tracker, person)
        if asked is None and titled is not None and set(said) & WORK_TIME_WORDS and titled.year is not None:
            # "when did <a> star in <a work of theirs>?": that work, with its year, never the list it may be cut from
            utter_work_note(reply, person, titled, titled.detail or titled.medium or "", "utter_person_work_said")
            return [SlotSet("person", person.id)]
        named = titled if asked is not None else None
        if named is not None and named.medium == "book" and works_attribute_key(tracker) in WRITER_KEYS:
            # "who wrote <a book of hers>?": a book a person is known for is one they wrote
            utter_work_note(reply, person, named, named.detail or named.medium, "utter_person_work_said")
            return [SlotSet("person", person.id)]
        if asked is not None and named is not None:  # "who directed <a title of hers>?": that work's, not held
            title = named.ja if reply.japanese and named.ja else named.title
            reply.dont_know(
                tracker,
                "utter_dont_know_subject_attribute",
                subject_name=title,
                attribute_words=asked[0],
                asked=asked[1],
            )
            return [SlotSet("person", person.id)]
        if asked is not None:  # "what genre are the films <X> starred in?": not held of other works
            credit = this_films_credit(tracker, person)
            if credit is not None:  # "who produced films starring <X>?": this film is one of them
                utter_crew_credit(reply, credit)
            reply.dont_know(
                tracker,
                "utter_dont_know_works_attribute",
                person_name=reply.name(person),
                attribute_words=asked[0],
                asked=asked[1],
            )
            return [SlotSet("person", person.id)]
        picked_by = work_that_picked_out(tracker, person)
        if picked_by is not None:  # "the guy that's on <a work> was in <the film>": who it is, by that work
            note = picked_by.detail or picked_by.medium or ""
            utter_work_note(reply, person, picked_by, note, "utter_person_work_said")
            return [SlotSet("person", person.id)]
        medium = people_reading.medium_asked(said, default_lexicon().work_media)
        known_for = people_reading.of_medium(person.known_for, medium)
        shared = works_period.works_with_partner(said, person)
        if shared:  # "in which film did <a> and <b> star together?": the works whose note names <b> beside <a>
            for shared_work, note in shared[:MAX_NOTES]:
                utter_work_note(reply, person, shared_work, note, response="utter_person_work_said")
            return [SlotSet("person", person.id)]
        part = people_reading.part_in_another_work(said)
        # a note that names the part finds the work even when the kind asked is not its own ("the movie where she
        # plays <a part>" of a series)
        played = work_of_part(known_for, part) or work_of_part(list(person.known_for), part)
        if played is not None:  # "in what movie did <X> play <a part>?": the one work whose note names that part
            utter_work_note(reply, person, *played, response="utter_person_work_said")
            return [SlotSet("person", person.id)]
        if part and facts.resolve_one(" ".join(part), ("character",)) is None:
            # "which movie did <X> play a policeman in?": no note names that part; the list would not answer it
            reply.dont_know(
                tracker, "utter_dont_know_part_in_works", person_name=reply.name(person), part=" ".join(part)
            )
            return [SlotSet("person", person.id)]
        if works_period.count_asked(said):  # "how many films did <a> make from <a year> to <a year>?"
            reply.dont_know(tracker, "utter_dont_know_works_count", person_name=reply.name(person))
        period = works_period.period_asked(said, facts, person)
        if period is not None and works_period.order_asked(said):  # "the last movie <a> made before <a work>"
            reply.dont_know(tracker, "utter_dont_know_works_order", person_name=reply.name(person))
        if period is not None:  # "what movies did <a> star in before <a year>?": the works of that period only
            works_of_period(reply, tracker, person, period, known_for, medium)
            return [SlotSet("person", person.id)]
        dated = [work for work in known_for if work.year is not None]
        order = "earliest" if people_reading.earliest_asked(said) else people_reading.work_by_order(said)
        if dated and order is not None:
            # "which one came out first?" after the works: the earliest of those the store dates; "<a
            # person>'s latest book": the latest
            pick = min if order == "earliest" else max
            chosen = pick(dated, key=lambda work: work.year or 0)
            work = reply.work(chosen.title, chosen.ja, chosen.year)
            reply.utter(f"utter_{order}_work", cite=[chosen], person_name=reply.name(person), work=work)
            return [SlotSet("person", person.id)]
        ranked = people_reading.ranking_asked(said)
        if ranked is not None and known_for and not entity_values(tracker, "taste"):
            # "which tv show did <a> star in the most episodes?", "which film of <a> is the best?": the store ranks
            # no one's works, so the list would answer another question
            reply.dont_know(tracker, "utter_dont_know_works_ranking", person_name=reply.name(person), ranked=ranked)
            return [SlotSet("person", person.id)]
        years = years_asked(tracker.latest_message.get("text") or "")
        if years:  # "what movie did <a director> direct in <a year>?": that year's, this film's too
            works_of_years(reply, tracker, person, years, known_for, medium)
            return [SlotSet("person", person.id)]
        if not known_for and entity_values(tracker, "taste"):
            # "you like her music?" of someone whose music the store does not list: after the honest answer, who
            # they are is what the store holds
            return ActionPerson().answer(reply, tracker)
        if not known_for:
            credits = [] if OTHER_WORDS & set(said) else facts.crew_roles_of(person.id)
            if credits:  # "what film did <a producer> produce?": this one, the only work of theirs the store holds
                utter_crew_credit(reply, credits[0])
            # "<a band>'s albums" of a band the store lists only singles of: none of that kind is known
            other_kinds = medium is not None and bool(person.known_for)
            unknown = "utter_no_works_of_that_kind" if other_kinds else "utter_other_work_unknown"
            reply.dont_know(tracker, unknown, person_name=reply.name(person))
            if person.about is not None and not _about_this_film(person.about.value):
                # "what else has the singer done?": who they are says what else they do ("the vocalist of <a band>")
                reply.add_context("utter_person_about", person_name=reply.name(person), about=reply.value(person.about))
            return [SlotSet("person", person.id)]
        # a work the store gives no kind may be a film (the store marks its other kinds); asked for another kind,
        # it is named apart ("what TV shows ...": never a work of no held kind as a TV show)
        strict = medium not in (None, "film")
        of_kind = [work for work in known_for if work.medium == medium]
        kind_unknown = [reply.work(w.title, w.ja, w.year) for w in known_for if strict and w.medium is None]
        if kind_unknown and not of_kind:  # "what other TV show did <a> appear in?" of works of no held kind
            reply.dont_know(
                tracker,
                "utter_dont_know_works_of_that_kind",
                person_name=reply.name(person),
                works=reply.join(kind_unknown),
            )
            return [SlotSet("person", person.id)]
        if kind_unknown:  # the works of the kind asked, then those whose kind the store does not give
            known_for = of_kind
        parted = parts_in_works(known_for) if PARTS_ASKED & set(said) else []
        here = facts.roles_of(person.id)
        if parted and here:  # "what roles has <an actor> played?": the parts, not only the titles
            entries = [reply.work_part(w.title, w.ja, w.year, part) for w, part in parted]
            reply.utter(
                "utter_other_work_parts",
                cite=[here[0], *(w for w, _ in parted)],
                person_name=reply.name(person),
                character_name=reply.name(facts.characters[here[0].character]),
                parts=reply.join(entries),
            )
            return [SlotSet("person", person.id)]
        titles = [reply.work(w.title, w.ja, w.year) for w in known_for]
        cut = style.cut_list(titles, whole=style.wants_whole_list(tracker.latest_message.get("text") or ""))
        cited = known_for[: len(cut.shown)]
        if cut.cut:
            reply.utter(
                "utter_other_work_cut",
                cite=cited,
                person_name=reply.name(person),
                works=reply.join(cut.shown),
                more=cut.more,
            )
        else:
            reply.utter("utter_other_work", cite=cited, person_name=reply.name(person), works=reply.join(cut.shown))
        if kind_unknown:
            reply.add_context("utter_works_kind_unknown", works=reply.join(kind_unknown))
        return [SlotSet("person", person.id)]


# Words of a description that tie the person to this film ("a producer of the film", "the actor who plays <a>").
THIS_FILM_ABOUT_WORDS = frozenset({"film", "film's", "plays", "theme", "movie"})


def _about_this_film(about: object) -> bool:
    """Whether who the store says someone is ties them to this film (their part or credit in it), so it says
    nothing else they do; "the vocalist of <a band>" says something else."""
    said = set(tokens(str(about)))
    # the characters' own names ("Haruna"), not the words of a described part ("the art-club adviser")
    characters = {
        word.lower()
        for character in store().characters.values()
        for word in character.name.split()
        if word[:1].isupper()
    }
    return bool(said & (THIS_FILM_ABOUT_WORDS | characters)) or any(f"{w}'s" in said for w in characters)


# Words that ask for the parts someone played, not the works' titles: "what roles has <a> played?", "他の役は？".
PARTS_ASKED = people_reading.PART_PLURALS | {"役", "役柄"}
# How a work's note names the part played in it: "as <a part>".
PART_NOTE_OPENER = "as "
# Where that part ends in a note that goes on ("as <a part>, cast by audition").
PART_NOTE_END = ", "


def parts_in_works(works: Iterable[Work]) -> list[tuple[Work, str]]:
    """Each work whose note names the part played in it, with that part ("as <a part>"), in the works' order."""
    found = []
    for work in works:
        clauses = [clause.strip() for clause in (work.detail or "").split(";")]
        part = next((clause for clause in clauses if clause.startswith(PART_NOTE_OPENER)), None)
        if part is not None:
            found.append((work, part.split(PART_NOTE_END)[0]))
    return found


def work_of_part(works: list[Work], part: list[str] | None) -> tuple[Work, str] | None:
    """The one work whose note names the part asked (its words in a row), with the clause of the note that names
    it ("as Sakamichi Onoda"); None when no part is asked, or none or several works name it."""
    if not part:
        return None
    found = []
    for work in works:
        for clause in (work.detail or "").split(";"):
            said = tokens(clause)
            if any(said[i : i + len(part)] == part for i in range(len(said) - len(part) + 1)):
                found.append((work, clause.strip()))
                break
    return found[0] if len(found) == 1 else None


# Attributes whose vocabulary label names this film's fact, not what is asked of other works.
WORKS_LABELS = {
    CO_STARS: "co-stars",
    "runtime": "length",
    "release_date": "dates",
    "true_story": "sources",
    "novel": "books",
    "work_topic": "subjects",
    "platform": "streaming services",
}


# Words that leave this film out of the works asked: "<X>'s other films", "what else", "<X>の他の曲" (the
# Japanese as the tokenizer cuts it: 他, ほか, 以外).
OTHER_WORDS = frozenset({"other", "another", "else", "besides", "previous", "earlier", "before", "他", "ほか", "以外"})


# The words of a work's note that name who shared it ("with <a name>", "opposite <a name>").
CO_STAR_NOTES = ("with", "opposite", "alongside")


def notes_saying_the_attribute(tracker: Tracker, person: Person) -> list[tuple[Work, str]]:
    """The person's works whose note says the attribute asked of their works, with that part of the note ("won
    Newcomer of the Year ..." for awards): of the works the message names, or of all when it names none. Only
    attributes with evidence words are said by a note; none for the others ("the genre of her films")."""
    entity = _works_attribute(tracker)
    attribute = default_lexicon().attributes.get(str(entity.get("value"))) if entity else None
    evidence = attribute.evidence if attribute is not None else ()
    if entity and entity.get("value") == works_condition.SERVICE_KEY and entity.get("end") is not None:
        # "any other netflix movies?": the notes that name the service asked ("Netflix series")
        evidence = tuple(tokens(asked_text(tracker)[entity["start"] : entity["end"]]))
    if entity and entity.get("value") == CO_STARS:
        evidence = CO_STAR_NOTES  # "with <a name>": the note names who shared the work
    if not evidence:
        return []
    said = tokens(tracker.latest_message.get("text") or "")
    text = " ".join(said)
    named = [w for w in person.known_for if " ".join(tokens(w.title)) in text]
    # "any awards between <a year> and <a year>?": only the works of that time say them
    works = named or person.known_for
    timed = works_period.awarded_in_the_time_asked(said, store(), person, works)
    noted = [(work, note_saying(work, evidence)) for work in (works if timed is None else timed)]
    found = [(work, note) for work, note in noted if note is not None]
    if entity and entity.get("value") == works_condition.SERVICE_KEY:
        # a "Netflix series" streams there; "cited by Netflix's press release" says nothing of where it streams
        return [(work, note) for work, note in found if _names_a_service_work(note, evidence)]
    return found


# What a note calls a work made for a service: "Netflix series", "Netflix film".
SERVICE_WORK_NOUNS = frozenset({"series", "film", "movie", "drama", "original", "show", "anime", "documentary"})


def _names_a_service_work(note: str, service: tuple[str, ...]) -> bool:
    said = tokens(note)
    return any(a in service and b in SERVICE_WORK_NOUNS for a, b in zip(said, said[1:], strict=False))


def _works_attribute(tracker: Tracker) -> dict[str, Any] | None:
    """The reader's `works_attribute` entity: the attribute asked of a person's other works."""
    return next((e for e in tracker.latest_message.get("entities") or [] if e.get("entity") == "works_attribute"), None)


def this_films_credit(tracker: Tracker, person: Person) -> CrewCredit | None:
    """The crew credit of this film asked of a person's works, when they include this film: "who produced films
    starring <X>?" (no "other") of one of this film's people; None otherwise."""
    facts = store()
    said = set(tokens(tracker.latest_message.get("text") or ""))
    entity = _works_attribute(tracker)
    key = str(entity.get("value")) if entity else ""
    attribute = default_lexicon().attributes.get(key)
    role = "director" if key == "director" else (attribute.entity.get("crew_role") if attribute else None)
    if role is None or said & OTHER_WORDS or not (facts.roles_of(person.id) or facts.crew_roles_of(person.id)):
        return None
    if said & named_work.TITLED_NOUNS or _names_a_work(tracker):
        return None  # "who directed the film <a work of hers>?", "who directed <its title>?": one work, not this one
    return facts.crew.get(role)


def named_work_of(tracker: Tracker, person: Person) -> Work | None:
    """The one work of the person's that the message names by its title ("who directed <a title>?"), or None."""
    text = tracker.latest_message.get("text") or ""
    named = named_work.find(text, store(), default_lexicon().film_titles) or named_work.passive_work(text, store())
    if named is None or named.owner != person.id:
        return None
    said = " ".join(tokens(named.title))
    forms = [(work, form) for work in person.known_for for form in named_work.title_forms(work)]
    return next((work for work, form in forms if named_work.close_to(said, form)), None)


def work_that_picked_out(tracker: Tracker, person: Person) -> Work | None:
    """The work the message picks the person out by, as one of this film's cast ("which cast member starred in <a
    work>?", "the guy that's on <a work> was in <the film>": bot/understanding/cast_by_work.py), or None."""
    text = tracker.latest_message.get("text") or ""
    picked = cast_by_work.cast_member_of_a_work(text, store(), default_lexicon())
    if picked is None or picked[0] != person.id:
        return None
    return named_work_of(tracker, person)


# The works attributes that ask who wrote a work.
WRITER_KEYS = frozenset({"writer", "author"})


def works_attribute_key(tracker: Tracker) -> str | None:
    entity = _works_attribute(tracker)
    return str(entity.get("value")) if entity else None


def _names_a_work(tracker: Tracker) -> bool:
    text = tracker.latest_message.get("text") or ""
    return named_work.find(text, store(), default_lexicon().film_titles) is not None


def works_attribute_asked(tracker: Tracker) -> tuple[str, str] | None:
    """The attribute the reader found asked of a person's other works (entity `works_attribute`), as its label
    and the words the user wrote for it; None when the works themselves are asked."""
    entity = _works_attribute(tracker)
    if entity is None:
        return None
    text = tracker.latest_message.get("text") or ""
    key = str(entity.get("value"))
    attribute = default_lexicon().attributes.get(key)
    label = WORKS_LABELS.get(key) or (attribute.label if attribute else key.replace("_", " "))
    asked = text[int(entity["start"]) : int(entity["end"])] if entity.get("end") is not None else label
    if "{asked}" in label:  # "how many pages": the words asked name the attribute
        label = re.sub(r"^how (?:many|much) ", "", asked.lower())
    return label, asked


# A year asked of a person's works ("what did she star in in 2019?").
YEAR = re.compile(r"\b(19\d\d|20\d\d)\b")


# How a sentence puts someone somewhere: "lives in <a place>", "stays at <a place>", "<a place> is her home".
PLACE_MARKERS = (" in", " at", "home")


# More years than this in one question are no list of years asked ("<a>'s roles in <six years>": a quiz's clues).
MAX_YEARS_ASKED = 4


def years_asked(text: str) -> tuple[int, ...]:
    """The years a question asks works of ("in 2003, 2005 and 2010"), in order; none when there are too many."""
    years = sorted({int(y) for y in YEAR.findall(text)})
    return tuple(years) if len(years) <= MAX_YEARS_ASKED else ()


def works_of_years(
    reply: Reply, tracker: Tracker, person: Person, years: tuple[int, ...], known_for: list[Work], medium: str | None
) -> None:
    """The person's works of those years among those asked, this film among them when it is of one of them."""
    facts = store()
    in_this_film = bool(facts.roles_of(person.id) or facts.crew_roles_of(person.id))
    cited: list[Any] = [work for work in known_for if work.year in years]
    works = [reply.work(work.title, work.ja, work.year) for work in cited]
    if in_this_film and facts.release_year in years and medium in (None, "film"):
        premiere = facts.film["premiere_date"]
        japanese = facts.film.get("title_japanese")
        works.insert(0, reply.work(facts.title, japanese.value if japanese else None, facts.release_year))
        cited.insert(0, premiere)
    year = reply.join([str(year) for year in years])
    if not works:
        reply.dont_know(tracker, "utter_works_of_year_unknown", person_name=reply.name(person), year=year)
        return
    reply.utter("utter_works_of_year", cite=cited, person_name=reply.name(person), year=year, works=reply.join(works))


def works_of_period(
    reply: Reply,
    tracker: Tracker,
    person: Person,
    period: works_period.Period,
    known_for: list[Work],
    medium: str | None,
) -> None:
    """The person's works the store dates in the period, this film among them when it falls in it; then the
    works it gives no year, which may fall in it too. None dated in it: "I don't know of any"."""
    facts = store()
    cited: list[Any] = [work for work in known_for if work.year is not None and period.holds(work.year)]
    works = [reply.work(work.title, work.ja, work.year) for work in cited]
    in_this_film = bool(facts.roles_of(person.id) or facts.crew_roles_of(person.id))
    year = facts.release_year
    if in_this_film and year is not None and period.holds(year) and medium in (None, "film"):
        japanese = facts.film.get("title_japanese")
        works.insert(0, reply.work(facts.title, japanese.value if japanese else None, year))
        cited.insert(0, facts.film["premiere_date"])
    side, named, first, last = period.side, reply.name(person), period.first, period.last
    if not works:
        reply.dont_know(tracker, f"utter_works_in_period_{side}_unknown", person_name=named, first=first, last=last)
        return
    reply.utter(
        f"utter_works_in_period_{side}", cite=cited, works=reply.join(works), person_name=named, first=first, last=last
    )
    undated = [reply.work(work.title, work.ja, None) for work in known_for if work.year is None]
    if undated:
        reply.add_context("utter_works_undated", works=reply.join(undated))


def _utter_relation(reply: Reply, relation: Relation) -> None:
    """One sentence of how two characters are related, from the store's relation."""
    facts = store()
    reply.utter(
        "utter_relation_between",
        cite=[relation],
        relative_name=reply.name(facts.characters[relation.object]),
        character_name=reply.name(facts.characters[relation.subject]),
        relation=reply.relation(relation.relation),
    )
