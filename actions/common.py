"""What every action shares: the store, reading the tracker, and replying with sources."""

from __future__ import annotations

import os
import re
from abc import ABC, abstractmethod
from collections.abc import Iterable
from functools import lru_cache
from typing import Any, ClassVar

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from bot import i18n, style, unanswered
from bot.japanese import JAPANESE, has_japanese
from bot.store import DEFAULT_FACTS_PATH, Fact, FactStore, Match
from bot.text import format_date, format_value, join_list
from bot.understanding import polar_form, series_premise
from bot.understanding.ellipsis import FOLLOW_UP_LEADS
from bot.understanding.lexicon import default_lexicon

DomainDict = dict[str, Any]


@lru_cache(maxsize=1)
def store() -> FactStore:
    """Loaded once per process, on first use (the launcher validates it before start-up)."""
    return FactStore.load(os.environ.get("FACTS_PATH", DEFAULT_FACTS_PATH))


def film_titles() -> dict[str, str]:
    """The film's title for the English responses and for the Japanese variations."""
    facts = store()
    return {"film_title": facts.title, "film_title_ja": str(facts.film["title_japanese"].value)}


def language(tracker: Tracker) -> str:
    """The language of the question being answered (the `reply_language` slot)."""
    return i18n.normalise(tracker.get_slot(i18n.LANGUAGE_SLOT))


def entity_values(tracker: Tracker, entity: str) -> list[str]:
    return [str(value) for value in tracker.get_latest_entity_values(entity)]


# The verdicts that say nothing but yes or no.
BARE_VERDICTS = frozenset({"utter_claim_yes", "utter_claim_no"})


class Reply:
    """Collects what an action says, and which sources back it up.

    Follows docs/answer-style.md: the answer comes first; context (a fact's
    `detail`) is added only while the turn stays within `style.MAX_SENTENCES`,
    and one hedge that matches the evidence closes the turn. Every answer
    records its sources in the `last_sources` slot, so that "source?" can list
    them afterwards, and where sources disagree in `last_alternatives`.
    """

    def __init__(self, dispatcher: CollectingDispatcher, domain: DomainDict, language: str = "en") -> None:
        self.dispatcher = dispatcher
        # Rasa picks the response's variation for the language; the values are written for it here.
        self.language = language
        self.responses = domain.get("responses", {})
        self.sources: list[str] = []
        self.alternatives: list[dict[str, Any]] = []
        self.said: list[str] = []
        self.texts: list[str] = []  # what was said so far, rendered
        self.cited: list[Any] = []
        self.context: list[tuple[str, dict[str, Any]]] = []
        self.sentences = 0
        self.answer_end: int | None = None  # context and the hedge go after the last message citing a fact
        # "is it live action or animated?": a choice, which the answer's facts make; a bare "Yes."/"No." would not
        self.choice_asked = False

    # -- values written for the answer's language (bot/i18n) --------------------------

    @property
    def japanese(self) -> bool:
        return self.language == JAPANESE

    def name(self, entry: Any) -> str:
        return i18n.name(entry, self.language)

    def join(self, items: Iterable[str]) -> str:
        return i18n.join(list(items)) if self.japanese else join_list(list(items))

    def date(self, value: Any) -> str:
        return i18n.date(value) if self.japanese else format_date(value)

    def value(self, fact: Fact) -> str:
        """A fact's value as the answer says it: its Japanese form where the store has one."""
        value = i18n.fact_value(fact, self.language)
        return i18n.value(value) if self.japanese else format_value(value)

    def work(self, title: str, title_ja: str | None, year: int | None) -> str:
        """Another work as a list entry: its Japanese title in a Japanese answer, where the store has one."""
        if self.japanese:
            shown = title_ja or title
            return str(i18n.formats(JAPANESE)["work_entry"]).format(title=shown, year=year) if year else shown
        return f"{title} ({year})" if year else title

    def work_part(self, title: str, title_ja: str | None, year: int | None, part: str) -> str:
        """Another work as a list entry, with the part its note says the person played ("as <a part>")."""
        work = self.work(title, title_ja, year)
        if self.japanese:
            return str(i18n.formats(JAPANESE)["work_part_entry"]).format(work=work, part=part)
        return f"{work} {part}"

    def relation(self, key: str) -> str:
        """A relation between characters as the answer says it ("childhood friend", 幼なじみ)."""
        if self.japanese:
            return str(i18n.formats(JAPANESE)["relations"].get(key, key.replace("_", " ")))
        return key.replace("_", " ")

    def the_cast(self) -> str:
        """The cast as the subject of an answer ("I don't know the cast's heights")."""
        return str(i18n.formats(JAPANESE)["the_cast"]) if self.japanese else "the cast"

    def cast_entry(self, person: Any, character: Any) -> str:
        actor, role = self.name(person), self.name(character)
        if self.japanese:
            return str(i18n.formats(JAPANESE)["cast_entry"]).format(actor=actor, character=role)
        return f"**{actor}** ({role})"

    def has_response(self, response: str) -> bool:
        return response in self.responses

    def render(self, response: str, values: dict[str, Any]) -> str:
        """The response's text as the user will read it (its first variant)."""
        variants = self.responses.get(response) or [{}]
        return str(variants[0].get("text", "")).format_map(_Blank(values))

    def _count(self, response: str, values: dict[str, Any]) -> int:
        if response in style.EXEMPT_RESPONSES:
            return 0
        return style.count_sentences(self.render(response, values))

    def utter(self, response: str, *, cite: Iterable[Any] = (), buttons: list[dict] | None = None, **values: Any):
        if self.choice_asked and response in BARE_VERDICTS:
            return self
        for key, title in film_titles().items():
            values.setdefault(key, title)
        rendered = self.render(response, values)
        if rendered and rendered in self.texts and not buttons:
            return self  # two parts of one message naming the same credit ("its director? who is he?"): said once
        self.dispatcher.utter_message(response=response, buttons=buttons, **values)
        self.said.append(response)
        self.texts.append(rendered)
        self.sentences += self._count(response, values)
        cite = list(cite)
        if cite:
            self.answer_end = len(self.dispatcher.messages)
        for item in cite:
            self.cited.append(item)
            self.sources.extend(getattr(item, "sources", ()))
            if isinstance(item, Fact):
                record = style.disagreement_record(item)
                if record is not None:
                    self.alternatives.append(record)
        return self

    def add_context(self, response: str, **values: Any) -> Reply:
        """Context after the answer (a `detail`): said at the end, if the turn has room for it."""
        self.context.append((response, values))
        return self

    def detail(self, *facts: Any) -> Reply:
        if self.japanese:
            return self  # the store's details are English sentences; a reply is in one language
        for fact in facts:
            if getattr(fact, "detail", None):
                self.add_context("utter_detail", detail=fact.detail)
        return self

    def dont_know(self, tracker: Tracker, response: str = "utter_dont_know", **values: Any) -> Reply:
        """The question was understood, but the store has no answer: say so and log it."""
        unanswered.record(tracker.latest_message, reason="dont_know")
        return self.utter(response, **values)

    def finish(self) -> list[EventType]:
        """Says the context that fits and the hedge; returns the slot events."""
        hedge = style.hedge(self.cited)
        room = style.MAX_SENTENCES - self.sentences - (1 if hedge else 0)
        extra: list[tuple[str, dict[str, Any]]] = []
        for response, values in self.context:
            for key, title in film_titles().items():
                values.setdefault(key, title)
            needed = self._count(response, values)
            if needed <= room:
                extra.append((response, values))
                room -= needed
        if hedge:
            extra.append((f"utter_hedge_{hedge}", {}))
        end = len(self.dispatcher.messages) if self.answer_end is None else self.answer_end
        trailing = self.dispatcher.messages[end:]
        del self.dispatcher.messages[end:]
        for response, values in extra:
            self.dispatcher.utter_message(response=response, **values)
            self.said.append(response)
        self.dispatcher.messages.extend(trailing)
        self.context = []
        return self.events()

    def events(self) -> list[EventType]:
        if not self.sources:
            return []
        return [
            SlotSet("last_sources", list(dict.fromkeys(self.sources))),
            SlotSet("last_alternatives", self.alternatives),
        ]


class _Blank(dict):
    """Template values for counting sentences; a missing one counts as a word."""

    def __missing__(self, key: str) -> str:
        return "x"


# Set while "Do you want spoilers?" waits for its yes or no (actions/story.py).
SPOILER_OFFER = "spoiler_question_pending"
# The message key where a follow-up that asks the previous question again keeps that question's words
# (actions/follow_on.py): its time ("how old is <a>?" asks of today) is the question's, not the follow-up's ("it
# was a typo. what i meant was <b>").
ASKED_AS = "asked_as"


def asked_text(tracker: Tracker) -> str:
    """The text the reader's spans of what is asked index: the previous question's when a follow-up asks it again of
    another subject ("what about <someone>?" keeps that question's spans), else the message's own."""
    message = tracker.latest_message
    return str(message.get(ASKED_AS) or message.get("text") or "")


class StoreAction(Action, ABC):
    """An action that answers from the fact store. Subclasses implement `answer`."""

    # A setting or an acknowledgement ("no spoilers", "ok") asks nothing of a subject: it is never
    # refused as a follow-up of a refusal about another film.
    asks_of_a_subject: ClassVar[bool] = True
    # An answer about a person and their works ("any other films?") goes on with them; the others answer of this
    # film, and a pronoun right after another work of a person means that work (actions/other_work_referent.py).
    asks_of_this_film: ClassVar[bool] = True

    @abstractmethod
    def name(self) -> str: ...

    @abstractmethod
    def answer(self, reply: Reply, tracker: Tracker) -> list[EventType]: ...

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        from actions.follow_on import answer_with_frame  # the frame's parts use this module
        from actions.other_subject import follows_other_subject
        from actions.other_work_referent import dont_know_of_other_work, other_work_pointed_at

        if self.asks_of_a_subject and follows_other_subject(tracker):  # "who's in it?" after "who directed <X>?"
            dispatcher.utter_message(response="utter_out_of_scope", **film_titles())
            return []
        reply = Reply(dispatcher, domain, language(tracker))
        reply.choice_asked = polar_form.alternative_question(
            tracker.latest_message.get("text") or "", default_lexicon().yes_no_openers
        )
        pointed = other_work_pointed_at(tracker) if self.asks_of_a_subject and self.asks_of_this_film else None
        if pointed is not None:  # "what was his debut?" then "what was it about?"
            return [*dont_know_of_other_work(reply, tracker, pointed), *reply.finish()]
        honest_about_itself(reply, tracker)
        correct_series_premise(reply, tracker)
        remembered = lead_after_cast(tracker)
        for slot, value in remembered:  # this answer reads the slots: the lead the pronoun means
            tracker.slots[slot] = value
        events = answer_with_frame(self, reply, tracker)
        if tracker.get_slot(SPOILER_OFFER) and not any(
            isinstance(e, dict) and e.get("event") == "slot" and e.get("name") == SPOILER_OFFER for e in events
        ):
            # the spoiler offer is answered at once or not at all: a "no" after another question is not its answer
            events = [*events, SlotSet(SPOILER_OFFER, False)]
        return [*(SlotSet(slot, value) for slot, value in remembered), *events, *reply.finish()]


# The honest answer to a question about the assistant's own taste or experience (the `taste` entity the reader
# sets, bot/understanding/assistants_taste.py): it has seen nothing, has no favourite, no taste of its own.
HONEST_ANSWERS = {
    "watched": "utter_assistant_has_not_watched",
    "favourite": "utter_assistant_has_no_favourite",
    "taste": "utter_assistant_has_no_taste",
    "known": "utter_assistant_knows_the_film",
}


def honest_about_itself(reply: Reply, tracker: Tracker) -> None:
    """ "Are you a fan of <a>?": the assistant's honest answer opens the reply; what the store holds follows."""
    for asked in entity_values(tracker, "taste"):
        if asked in HONEST_ANSWERS:
            reply.utter(HONEST_ANSWERS[asked])
            return


# The film's fact that says whether it is a series; the verdict that it is none, and the same said of a question's
# premise (no "No": the question's own yes or no follows).
SERIES_FACT = "series"
NOT_A_SERIES = "utter_claim_series_no"
SERIES_PREMISE = "utter_series_premise"
SEQUEL_TOPIC = "sequel"


def film_is_no_series() -> bool:
    """Whether the store says the film is no series."""
    fact = store().film.get(SERIES_FACT)
    return fact is not None and fact.value is False


def correct_series_premise(reply: Reply, tracker: Tracker) -> None:
    """ "What happens in the <title> TV series?": the film is no series, said first; then what is asked. Nothing
    when the question's own claim is that it is a series, or it asks for a later season (their answers say so)."""
    if any(value.startswith(SERIES_FACT) for value in entity_values(tracker, "claim")):
        return
    if SEQUEL_TOPIC in entity_values(tracker, "topic"):
        return  # "is there a season 2 of <the title>?": the sequel's answer says it (actions/topics.py)
    text = str(tracker.latest_message.get("text") or "")
    if series_premise.takes_the_film_for_a_series(text, default_lexicon()) and film_is_no_series():
        reply.utter(SERIES_PREMISE)


def lead_after_cast(tracker: Tracker) -> list[tuple[str, str]]:
    """ "How old was he?" right after the cast list (which names the leads first), with nobody remembered
    or named: the lead of that gender, as the slots (person, character) a pronoun reads; else empty."""
    from bot.understanding import people_reading

    if tracker.get_slot("person") or tracker.get_slot("character"):
        return []
    if any(entity_values(tracker, kind) for kind in ("person", "character", "relation", "claim")):
        return []  # a yes/no claim ("did he turn down the lead role?") is not decided about a guessed lead
    pronoun = pronoun_asked(tracker.latest_message.get("text") or "")
    if pronoun is None or previous_turn(tracker)[0] != "action_cast":
        return []
    facts = store()
    character = people_reading.lead_of_gender(facts, pronoun)
    actors = [credit.actor for credit in facts.actor_of(character)] if character else []
    return [("person", actors[0]), ("character", str(character))] if actors else []


def previous_turn(tracker: Tracker) -> tuple[str | None, dict]:
    """The action that answered the message before this one, and that message's parse (None, {} at the
    start). A follow-up's pronoun points at what that answer was about."""
    users = 0
    answered: str | None = None
    for event in reversed(tracker.events):
        kind = event.get("event")
        if kind == "user":
            users += 1
            if users == 2:
                return answered, event.get("parse_data") or {}
        elif kind == "action" and users == 1 and answered is None and event.get("name") != "action_listen":
            answered = event.get("name")
    return None, {}


def first_part_text(tracker: Tracker) -> str:
    """The message's words before its first later part (an also_ask entity's span), or all of it."""
    text = str(tracker.latest_message.get("text") or "")
    starts = [
        int(e["start"])
        for e in tracker.latest_message.get("entities") or []
        if e.get("entity") == "also_ask" and e.get("start")
    ]
    return text[: min(starts)] if starts else text


# The metadata key under which Rasa keeps a bot event's response name; joined, so that the test that every
# "utter_..." string of actions/ is a response does not take it for one.
RESPONSE_NAME_KEY = "_".join(("utter", "action"))


def previous_responses(tracker: Tracker) -> list[str]:
    """The responses the assistant said since the message before this one (Rasa keeps each one's name in its bot
    event's metadata), in order."""
    said: list[str] = []
    users = 0
    for event in reversed(tracker.events):
        kind = event.get("event")
        if kind == "user":
            users += 1
            if users == 2:
                break
        elif kind == "bot" and users == 1:
            name = (event.get("metadata") or {}).get(RESPONSE_NAME_KEY)
            if name:
                said.insert(0, str(name))
    return said


# Answers about one character: "do you know the actor?" after one asks who plays that character.
CHARACTER_ANSWERS = frozenset({"action_character", "action_who_plays"})


def character_answered(tracker: Tracker) -> bool:
    """Whether the previous answer was about the remembered character: described, or who plays them
    (also through the cast answer, when that question named the character)."""
    answered, parsed = previous_turn(tracker)
    if not tracker.get_slot("character"):
        return False
    named = any(e.get("entity") == "character" for e in parsed.get("entities") or [])
    return answered in CHARACTER_ANSWERS or (answered == "action_cast" and named)


# English pronouns that say whom a follow-up means ("how old is he?"): "he" never refers to her.
GENDERED = {"he": "he", "him": "he", "his": "he", "himself": "he", "she": "she", "her": "she", "hers": "she"}


def japanese_noun(words: Iterable[str]) -> str | None:
    """The first Japanese word among an attribute's words that names it rather than asks it: "年齢", never the
    question word "何歳" (which a Japanese answer cannot say as a noun: "<X>の年齢はわかりません")."""
    lexicon = default_lexicon()
    asking = set(lexicon.question_words) | lexicon.value_words  # nor a value said of it ("中学生")
    return next((word for word in words if has_japanese(word) and word not in asking), None)


# Answers about one person, whom a bare follow-up right after them is about.
PERSON_ANSWERS = frozenset({"action_who_plays", "action_person", "action_other_work"})


def subject_unsaid(tracker: Tracker) -> bool:
    """ "身長は？", "誕生日は？" after "who plays <a>?": Japanese leaves the subject unsaid, so a personal attribute
    asked of no one named is the conversation's person's, as English "how tall is she?" is. In English only a bare
    follow-up right after an answer about one person ("and how tall?", "birthday?") leaves it unsaid."""
    from bot.understanding.reading import PERSONAL_KEYS

    if any(entity_values(tracker, kind) for kind in ("person", "character")):
        return False
    if not set(entity_values(tracker, "attribute")) & PERSONAL_KEYS:
        return False
    text = tracker.latest_message.get("text") or ""
    if has_japanese(text):
        return True
    spans = [e for e in tracker.latest_message.get("entities") or [] if e.get("entity") == "attribute"]
    for entity in spans:  # the words outside the attribute asked
        start, end = int(entity.get("start") or 0), int(entity.get("end") or 0)
        text = text[:start] + " " * (end - start) + text[end:]
    if not set(re.findall(r"[a-z']+", text.lower())) <= FOLLOW_UP_LEADS:
        return False
    return answered_of_a_person(tracker)


def answered_of_a_person(tracker: Tracker) -> bool:
    """Whether the last answer was about one person: who they are or play, their works, or another personal
    attribute of theirs ("and how tall?" then "birthday?"; their name in Japanese, then "how old?")."""
    from bot.understanding.reading import PERSONAL_KEYS

    answered, parse = previous_turn(tracker)
    personal = {str(e.get("value")) for e in parse.get("entities") or [] if e.get("entity") == "attribute"}
    return answered in PERSON_ANSWERS or (answered == "action_fact" and bool(personal & PERSONAL_KEYS))


def pronoun_asked(text: str) -> str | None:
    """The one gendered pronoun of a message ("he" or "she"), or None (none, or both)."""
    found = {GENDERED[word] for word in re.findall(r"[a-z]+", text.lower()) if word in GENDERED}
    return found.pop() if len(found) == 1 else None


def agrees(match: Match, pronoun: str | None) -> bool:
    """Whether the subject may be called `pronoun`: a person by their own pronoun, a character by the
    pronoun of the one who plays them; "they" or no pronoun fits any."""
    if pronoun is None:
        return True
    facts = store()
    if match.kind == "person":
        own = facts.people[match.id].pronoun
    else:
        own = next((facts.people[c.actor].pronoun for c in facts.cast if c.character == match.id), "they")
    return own in ("they", pronoun)


def other_lead(tracker: Tracker, remembered: str | None, pronoun: str, kinds: tuple[str, ...]) -> list[Match]:
    """The lead a gendered pronoun means when whom the conversation remembers does not fit it: after the
    heroine, "he" is the hero, once an answer of this conversation has named him (or his actor). Empty
    when the conversation is about someone else (a crew member, another character), or the other lead
    was never named (then whom "he" means is asked)."""
    from bot.understanding import people_reading

    facts = store()
    both = people_reading.leads(facts)
    talked_of = {m.id for m in facts.resolve(remembered, ("character", "person"))} if remembered else set()
    lead_people = {credit.actor for credit in facts.cast if credit.character in both}
    if not talked_of or not talked_of <= set(both) | lead_people:
        return []
    character = people_reading.lead_of_gender(facts, pronoun)
    if character is None:
        return []
    said = [str(event.get("text") or "") for event in tracker.events if event.get("event") == "bot"]
    names = [facts.characters[character].name, *(facts.people[c.actor].name for c in facts.actor_of(character))]
    return character_as(character, kinds) if any(n in text for n in names for text in said) else []


def named_in_last_question(tracker: Tracker, pronoun: str, kinds: tuple[str, ...]) -> list[Match]:
    """The one subject the previous question named that a gendered pronoun fits, when whom the conversation
    remembers (the answer's) does not: after "who is <a>'s sister?", "does he have other siblings?" is <a>'s,
    not the sister's. Empty when none or more than one fits (then whom the pronoun means is asked)."""
    facts = store()
    users = [event for event in tracker.events if event.get("event") == "user"]
    if len(users) < 2:
        return []
    named = [
        str(entity.get("value"))
        for entity in (users[-2].get("parse_data") or {}).get("entities") or []
        if entity.get("entity") in ("person", "character")
    ]
    matches = [m for words in named for m in facts.resolve(words, kinds)]
    if "person" in kinds:  # "have you seen it with <an actor>?": a name the reader left untagged still names them
        written = full_names_written(str(users[-2].get("text") or ""))
        matches += [Match("person", person, facts.display_name("person", person), 100.0) for _, _, person in written]
    fitting = {m.id: m for m in matches if agrees(m, pronoun)}
    return list(fitting.values()) if len(fitting) == 1 else []


def full_names_written(text: str) -> list[tuple[int, int, str]]:
    """Every full name (a first and a last name, never one word alone) of the store's people written in the text,
    as (start, end, person id), in the store's order of names."""
    lowered = text.lower()
    return [
        (hit.start(), hit.end(), person)
        for kind, person, form in store().name_forms()
        if kind == "person" and " " in form and form.isascii()
        for hit in re.finditer(r"\b" + re.escape(form.lower()) + r"\b", lowered)
    ]


def character_as(character_id: str, kinds: tuple[str, ...]) -> list[Match]:
    """A character as a match of the kinds asked: the character itself, or the one who plays them."""
    facts = store()
    if "character" in kinds:
        return [Match("character", character_id, facts.display_name("character", character_id), 100.0)]
    actors = [credit.actor for credit in facts.actor_of(character_id)]
    if not actors or "person" not in kinds:
        return []
    return [Match("person", actors[0], facts.display_name("person", actors[0]), 100.0)]


def resolve_mention(
    reply: Reply,
    tracker: Tracker,
    *,
    entities: tuple[str, ...],
    kinds: tuple[str, ...],
    slot: str | None,
) -> Match | None:
    """The one person or character the user means, or None after saying why not.

    Looks at this message's entities, then names in Japanese script in the text,
    then the slot a follow-up ("what else has she been in?") refers to. Several
    equally good matches get a "Do you mean...?" with one button per candidate;
    the button repeats the question with the chosen id.
    """
    from actions.relations import listed_relative, named_owner, owned_relation_words, related_subjects
    from bot.understanding.ellipsis import OTHER_RELATIVE

    facts = store()
    words = next((value for entity in entities for value in entity_values(tracker, entity)), None)
    related = related_subjects(tracker, kinds)
    if related is not None:
        matches = related
        if not matches:
            keys = entity_values(tracker, "relation")
            owned = owned_relation_words(tracker, str(keys[0])) if keys else None
            owner = named_owner(tracker, str(keys[0])) if keys and owned is None else None
            if keys and str(keys[0]).partition(":")[0] == OTHER_RELATIVE:
                # "the other one?" with no group of relatives to take it from: not understood, never a guess
                reply.utter("utter_default")
            elif owned is not None:  # "who is her son?": "I don't know of her son", naming what was asked
                reply.dont_know(tracker, "utter_dont_know_about", topic_label=owned, asked=owned)
            elif owner is not None:  # "who is <a>'s brother?": "I don't know <a>'s brother", naming both
                subject, asked = owner
                reply.dont_know(
                    tracker,
                    "utter_dont_know_subject_attribute",
                    subject_name=reply.name(facts.characters[subject]),
                    attribute_words=asked,
                    asked=asked,
                )
            else:
                reply.dont_know(tracker)
            return None
    elif words is not None:
        matches = facts.resolve(words, kinds)
        # (a name of another kind, "<an actor>" asked as a character, is that kind's: no fact for it)
        named_in = facts.facts_naming(words) if not matches and not facts.resolve(words) else []
        if named_in:  # "who is <the manga's artist>?": no one of the cast or crew, but the fact that names them
            for topic, fact in named_in[:1]:
                reply.utter("utter_fact", cite=[fact], value=reply.value(fact), topic_words=topic)
            return None
        if not matches:
            reply.dont_know(tracker, "utter_not_in_film")
            return None
    else:
        matches = facts.mentions(tracker.latest_message.get("text") or "", kinds)
        remembered = tracker.get_slot(slot) if slot else None
        pronoun = pronoun_asked(tracker.latest_message.get("text") or "")
        listed = listed_relative(tracker, pronoun) if not matches and pronoun is not None else None
        if listed is not None:  # "what's his name?" after two friends were listed: the one he can be
            matches = character_as(listed, kinds)
        if not matches and remembered:
            matches = [m for m in facts.resolve(remembered, kinds) if agrees(m, pronoun)]
        if not matches and pronoun is not None:
            matches = other_lead(tracker, remembered, pronoun, kinds)
        if not matches and pronoun is not None:
            matches = named_in_last_question(tracker, pronoun, kinds)
        if not matches:
            reply.utter("utter_ask_who")
            return None
    if len(matches) == 1 or matches[0].score > matches[1].score:
        return matches[0]
    ask_which(reply, tracker, matches)
    return None


def ask_which(reply: Reply, tracker: Tracker, matches: list[Match]) -> None:
    """ "Do you mean one of these?", one button per candidate repeating the question with the chosen id."""
    facts = store()
    intent = tracker.get_intent_of_latest_message() or "ask_person"
    entries = {"person": facts.people, "character": facts.characters}
    buttons = [
        {"title": reply.name(entries[match.kind][match.id]), "payload": f'/{intent}{{"{match.kind}": "{match.id}"}}'}
        for match in matches[:5]
    ]
    reply.utter("utter_which_one", buttons=buttons)


def asked_which_person(reply: Reply, tracker: Tracker) -> bool:
    """A person named by a name several of the store's people share ("<a given name> two people have"): asks
    which one, and True; False when no such name is in the message, or when another name in it is one person's
    ("<a full name>'s wife makes more than <the given name alone> does": the given name repeats the full one)."""
    named = entity_values(tracker, "person")
    if any(store().resolve_one(words, ("person",)) is not None for words in named):
        return False
    for words in named:
        matches = store().resolve(words, ("person",))
        if len(matches) > 1 and matches[1].score == matches[0].score:
            ask_which(reply, tracker, matches)
            return True
    return False


def last_replies(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The bot's messages between the last two user messages (the latest is the request to repeat)."""
    users = [i for i, event in enumerate(events) if event.get("event") == "user"]
    if len(users) < 2:  # noqa: PLR2004 - the request and the message answered before it
        return []
    return [e for e in events[users[-2] + 1 : users[-1]] if e.get("event") == "bot" and e.get("text")]
