"""What a question's frame adds around an answer: yes/no first, the spoiler
setting it carries ("the plot, but no spoilers"), and a second question asked
in the same message ("who directed it and when did it come out?")."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, SlotSet

from actions.claims import (
    answer_claim,
    answer_details,
    answered_when_undecided,
    describe_undecided,
    details_decide,
    open_claim,
    story_credits,
    undecided_response,
    unheld_claim,
)
from actions.common import ASKED_AS, Reply, agrees, entity_values, pronoun_asked, store
from actions.other_subject import OUT_OF_SCOPE_RESPONSE
from bot.japanese import has_japanese
from bot.understanding import clauses, works_period
from bot.understanding.clauses import PATTERN_CLAIMS
from bot.understanding.ellipsis import SAME_QUESTION, SAME_QUESTION_ELSEWHERE, SAME_QUESTION_WHERE
from bot.understanding.lexicon import UNHELD, OwnedThing, default_lexicon, tokens
from bot.understanding.reading import MADE_FOR_VERBS, WORK_WRITER, typed_as_a_search_counting_names
from bot.understanding.works_condition import TOPIC_KEY as WORK_TOPIC

if TYPE_CHECKING:
    from actions.common import StoreAction


def answer_with_frame(action: StoreAction, reply: Reply, tracker: Tracker) -> list[EventType]:
    parts = _later_claims(tracker)
    if not parts:
        return _answer_with_frame(action, reply, tracker)
    # "is it X? is it Y?": each yes/no question answered in turn, the first with the words of its own clause only
    with _clause_only(tracker, 0, int(parts[0].get("start") or 0), None):
        events = _answer_with_frame(action, reply, tracker)
    for part in parts:
        intent, _, claim = str(part.get("value")).partition("|")
        other = _action_for(intent)
        if other is None:
            continue
        _apply_slots(tracker, events)
        with _clause_only(tracker, int(part.get("start") or 0), int(part.get("end") or 0), claim):
            said, reply.texts = reply.texts, []  # its own "Yes." even after an earlier part's
            decided = answer_claim(reply, tracker)
            reply.texts = said + reply.texts
            if decided or answered_when_undecided(tracker):
                events += other.answer(reply, tracker)
            else:
                reply.dont_know(tracker, undecided_response(tracker))
    return events


def _later_claims(tracker: Tracker) -> list[dict]:
    entities = tracker.latest_message.get("entities") or []
    return sorted((e for e in entities if e.get("entity") == LATER_CLAIM), key=lambda e: int(e.get("start") or 0))


def _apply_slots(tracker: Tracker, events: list[EventType]) -> None:
    """The slots an earlier answer set, as the next part reads them ("… and is he in <a group>?": he is its person)."""
    for event in events:
        if event.get("event") == "slot" and event.get("name") in POINTED_SLOTS:
            tracker.slots[event["name"]] = event.get("value")


@contextmanager
def _clause_only(tracker: Tracker, begin: int, end: int | None, claim: str | None) -> Iterator[None]:
    """The message as one of its clauses: the entities of that span (and of the whole message), with `claim`
    as its claim when given."""
    message = tracker.latest_message
    entities = message.get("entities") or []
    kept = [
        e
        for e in entities
        if e.get("entity") in WHOLE_MESSAGE
        or e.get("entity") != LATER_CLAIM
        and begin <= int(e.get("start") or 0) < (end if end is not None else 1 << 30)
        and (claim is None or e.get("entity") != "claim")
    ]
    if claim is not None:
        kept.append({"entity": "claim", "value": claim, "start": begin, "end": end})
    message["entities"] = kept
    try:
        yield
    finally:
        message["entities"] = entities


# A later yes/no question of the message: "<intent>|<claim>" over its clause (bot/understanding/reading.py).
LATER_CLAIM = "also_claim"


def _answer_with_frame(action: StoreAction, reply: Reply, tracker: Tracker) -> list[EventType]:
    events: list[EventType] = []
    if SAME_QUESTION in entity_values(tracker, "attribute"):
        action = _previous_question(tracker) or action
    elif SAME_QUESTION_ELSEWHERE in entity_values(tracker, "attribute"):
        action = _previous_question_as_asked(tracker) or action
    elif SAME_QUESTION_WHERE in entity_values(tracker, "attribute"):
        action = _place_of_the_time_asked(tracker) or action
    elif _about_the_novel(tracker):
        action = _action_for("ask_novel") or action
    elif (made := _last_work_made_for_the_film(tracker)) is not None:
        action = _ask_of_the_thing(tracker, "ask_crew", made) or action
    elif (thing := _thing_talked_about(tracker)) is not None:
        action = _ask_of_the_thing(tracker, *thing) or action
    elif (unheld := _unheld_of_the_last_thing(tracker)) is not None:
        action = _ask_of_the_thing(tracker, "ask_fact", unheld) or action
    spoilers = entity_values(tracker, "spoilers")
    if spoilers:
        consent = spoilers[0] == "yes"
        tracker.slots["spoilers_ok"] = consent  # this turn's answer already follows the new setting
        events.append(SlotSet("spoilers_ok", consent))
        if not consent:
            reply.utter("utter_spoilers_off")
    opened = open_claim(tracker)
    if opened is not None:  # "is it in black and white?": no reader decides it, and no card says it
        statement, with_card = opened
        reply.dont_know(tracker, "utter_dont_know_whether", asked=statement)
        if with_card:  # "is it a tearjerker film?": the card the words name, as context
            with _names_of_part(tracker, None):
                events += action.answer(reply, tracker)
        return events
    claimed = unheld_claim(reply, tracker)
    if claimed is not None:  # "did you know <a> auditioned for <b>?": the relation is not held, nothing else is said
        subject, asked = claimed
        reply.dont_know(tracker, "utter_dont_know_person_asked", subject_name=subject, asked=asked)
        return events
    also = list(dict.fromkeys(entity_values(tracker, "also_ask")))
    later = _claim_intent(tracker)
    # "how long is it and is it on <a service>?", "who is the director? did he write it?": the yes/no second
    later = later if later in also else _part_holding_the_claim(tracker)
    # every detail said ("<the title>, directed by <a name>, was released in <a year>"): one false is a "No" with
    # the fact that contradicts it, one the store cannot decide is "I don't know", never a "Yes" from the others
    # "did you ever see the film by <a> called <the title>?": the details name the film the assistant is asked
    # about (its honest answer said), they are not asked
    # "<a person> drama", typed as a search: what it names is looked up, no detail is put to be checked
    message = tracker.latest_message
    text, entities = str(message.get("text") or ""), message.get("entities") or []
    typed = typed_as_a_search_counting_names(text, entities, default_lexicon())
    asks_details = later is None and not entity_values(tracker, "taste") and not typed
    checked = answer_details(reply, tracker) if asks_details else None
    if checked == "no":
        return events
    if checked == "open":
        reply.dont_know(tracker, undecided_response(tracker))
        return events
    if checked == "yes" and _unheld_asked(tracker):
        checked = None  # "did <a>'s novel win an award?": the details hold, what is asked is not known
    claims = entity_values(tracker, "claim")
    if checked == "yes" and (not claims or details_decide(claims[0], tracker)):
        reply.utter("utter_claim_yes")
        story_credits(reply, tracker)
    elif later is None and not answer_claim(reply, tracker) and not answered_when_undecided(tracker):
        reply.dont_know(tracker, undecided_response(tracker))
        describe_undecided(reply, tracker)
        return events
    with _names_of_part(tracker, None):
        events += action.answer(reply, tracker)
    for intent in also:
        if intent == OUT_OF_SCOPE:  # "how long is it and what's the weather like?": that part is refused
            reply.utter(OUT_OF_SCOPE_RESPONSE)
            continue
        other = _action_for(intent)
        if other is None or (
            other.name() == action.name() and not _relation_in_part(tracker, intent) and intent != later
        ):
            continue  # (the first answer answered every name of its kind; a relation or a claim of a later part is
            # that part's)
        with _pointed_part(tracker, intent, action.name(), events):
            # the claim's "he" is whom the earlier part's answer named
            if intent == later and not answer_claim(reply, tracker):
                reply.dont_know(tracker)
                continue
            events += other.answer(reply, tracker)
    return events


def _part_asking(entities: list[dict], intent: str) -> dict | None:
    """The later part (an also_ask entity) that asks `intent`."""
    return next((e for e in entities if e.get("entity") == "also_ask" and e.get("value") == intent), None)


def _spans(parts: list[dict]) -> list[tuple[int, int]]:
    return [(int(p.get("start") or 0), int(p["end"])) for p in parts if p.get("end") is not None]


def _inside(entity: dict, spans: list[tuple[int, int]]) -> bool:
    return entity.get("start") is not None and any(a <= int(entity["start"]) < b for a, b in spans)


def _relation_in_part(tracker: Tracker, intent: str) -> bool:
    """Whether the later part asking `intent` holds a relation of its own ("... and who plays his sister?")."""
    entities = tracker.latest_message.get("entities") or []
    part = _part_asking(entities, intent)
    if part is None or part.get("start") is None:
        return False
    return any(e.get("entity") == "relation" and int(e.get("start") or 0) >= int(part["start"]) for e in entities)


def _part_holding_the_claim(tracker: Tracker) -> str | None:
    """The later part (an also_ask entity) whose words hold the message's claim, if any."""
    entities = tracker.latest_message.get("entities") or []
    claim = next((e for e in entities if e.get("entity") == "claim" and e.get("start") is not None), None)
    parts = [e for e in entities if e.get("entity") == "also_ask" and e.get("start") is not None]
    return next((str(p.get("value")) for p in parts if claim is not None and _inside(claim, _spans([p]))), None)


# A part of the message about something else (the reader's intent for it): refused after the film's parts.
OUT_OF_SCOPE = "out_of_scope"
# The slots a later part's "he" or "she" reads; the entities of every part (the language stays).
POINTED_SLOTS = frozenset({"person", "character"})
WHOLE_MESSAGE = frozenset({"reply_language", "also_ask"})


@contextmanager
def _pointed_part(tracker: Tracker, intent: str, first: str, events: list[EventType]) -> Iterator[None]:
    """A later part that points at someone ("who plays <a character>, and how old is he?") is answered as
    the follow-up in the next message would be: after the first answer (`first`, whose person and character
    slots it reads), with its own words only, not the names and roles of the earlier part. Other parts are
    answered as they are."""
    message = tracker.latest_message
    text = message.get("text") or ""
    entities = message.get("entities") or []
    part = _part_asking(entities, intent)
    begin = int(part.get("start") or 0) if part else 0
    if part is None or not begin or pronoun_asked(text[begin : int(part.get("end") or len(text))]) is None:
        with _names_of_part(tracker, part):
            yield
        return
    for event in events:
        if event.get("event") == "slot" and event.get("name") in POINTED_SLOTS:
            tracker.slots[event["name"]] = event.get("value")
    message["entities"] = [e for e in entities if e.get("entity") in WHOLE_MESSAGE or int(e.get("start") or 0) >= begin]
    between = [{"event": "action", "name": first}, {"event": "user", "text": text, "parse_data": message}]
    tracker.events.extend(between)
    try:
        yield
    finally:
        message["entities"] = entities
        del tracker.events[-len(between) :]


@contextmanager
def _names_of_part(tracker: Tracker, part: dict | None) -> Iterator[None]:
    """The names one part of a message is asked of. The message's first answer (`part` None) leaves out the names
    inside a later part's clause; a later part (an also_ask entity) the names and attributes said before its
    clause, which are an earlier part's. "Who is in it and who plays <a character>?": the cast list is not that
    character's actor, which the other part answers; "who plays <a> and also who is in it": the cast list again.
    A message of one part keeps its names as read."""
    message = tracker.latest_message
    entities = message.get("entities") or []
    parts = [e for e in entities if e.get("entity") == "also_ask" and e.get("end") is not None]
    names = [e for e in entities if e.get("entity") in SUBJECT_ENTITIES and e.get("start") is not None]
    if part is None:
        # and the credits a later part names ("who is the director? did he write it?": not the writer's card first),
        # and a relation of a later part that asks the same question ("... and who plays his sister?")
        spans = _spans(parts)
        asked = (message.get("intent") or {}).get("name")
        same = _spans([p for p in parts if p.get("value") == asked])
        hidden = [n for n in names if _inside(n, spans)]
        hidden += [e for e in entities if e.get("entity") == "crew_role" and _inside(e, spans)]
        hidden += [e for e in entities if e.get("entity") == "relation" and _inside(e, same)]
        # and what a later part of the same intent asks ("who wrote the novel and is there a manga?": the novel first)
        hidden += [e for e in entities if e.get("entity") == "attribute" and _inside(e, same)]
    elif _a_clause(str(message.get("text") or ""), part):
        # and the attributes asked before it ("how many copies did the book sell and when did the trailer come
        # out?": the trailer's date, not its copies sold)
        earlier = [e for e in entities if e.get("entity") == "attribute" and e.get("start") is not None]
        hidden = [n for n in [*names, *earlier] if int(n["start"]) < int(part.get("start") or 0)]
    else:  # a part marked on the word it asks ("what does <a> do", "... and what is his occupation"): all of it
        hidden = []
    if not hidden:
        yield
        return
    message["entities"] = [e for e in entities if e not in hidden]
    try:
        yield
    finally:
        message["entities"] = entities


def _a_clause(text: str, part: dict) -> bool:
    """Whether a part's span is a request clause of its own (opened, after any joining word, by a wh-word, an
    auxiliary or a request verb), not the one word a rule marked the part on."""
    words = tokens(text[int(part.get("start") or 0) : int(part.get("end") or len(text))])
    return clauses.opener(words) in clauses.WH_WORDS | clauses.AND_OPENERS | clauses.REQUEST_VERBS


# Turns that stand between a question and its elliptic follow-up without asking anything.
BETWEEN = frozenset({"thanks", "affirm", "deny", "greet"})
# What the previous question's subject was, replaced by the follow-up's: names, and what came with them.
SUBJECT_ENTITIES = frozenset({"person", "character"})
# What a follow-up never repeats: the previous message's own frame.
FRAME_ENTITIES = frozenset({"claim", "also_ask", "spoilers", "reply_language"})


def _previous_question(tracker: Tracker) -> StoreAction | None:
    """ "What about <someone>?": the previous question's action, with this message's subject.

    The follow-up names a new subject of the same kind as the previous question's (a person or a
    character), and asks what that question asked. The message's entities become the previous
    question's, its names replaced by this message's; the marker is dropped either way. A previous
    question about the film, or none, leaves the message as read (who that is).
    """
    message = tracker.latest_message
    current = [e for e in message.get("entities") or [] if e.get("value") != SAME_QUESTION]
    message["entities"] = current
    users = [e for e in tracker.events if e.get("event") == "user"]
    for event in reversed(users[:-1]):
        parsed = event.get("parse_data") or {}
        intent = (parsed.get("intent") or {}).get("name")
        if intent in BETWEEN:
            continue
        previous = parsed.get("entities") or []
        if not any(e.get("entity") in SUBJECT_ENTITIES or e.get("entity") == "relation" for e in previous):
            return None
        if _asks_the_inverse(str(intent), previous, current):
            return None  # the message as read asks it: "what about <an actor>?" is whom they play
        action = _action_for(str(intent))
        if action is None:
            return None
        # the subject is the name with its relation ("her mother"): the follow-up's replaces both
        kept = [
            e
            for e in previous
            if e.get("entity") not in SUBJECT_ENTITIES | FRAME_ENTITIES | {"relation"}
            and e.get("value") != SAME_QUESTION  # a follow-up of a follow-up: its own marker is no question
        ]
        carried = _relation_carried(str(intent), previous, current, message.get("text") or "", tracker)
        message["entities"] = kept + carried
        message["intent"] = {"name": intent, "confidence": 1.0}
        message[ASKED_AS] = event.get("text") or ""
        return action
    return None


def _previous_question_as_asked(
    tracker: Tracker, marker: str = SAME_QUESTION_ELSEWHERE, admits: Callable[[str, list[dict]], bool] | None = None
) -> StoreAction | None:
    """ "When did it come out?" then "and in Japan?": the previous question's action with its entities, whose
    answer says where it holds (worldwide, a country's rating); None at the start of a conversation ("I don't
    know that"), or when `admits` (given the previous intent and entities) refuses that question. `marker` is this
    message's follow-up marker, dropped either way."""
    message = tracker.latest_message
    message["entities"] = [e for e in message.get("entities") or [] if e.get("value") != marker]
    intent, parsed = next(_earlier_questions(tracker), (None, {}))
    previous = parsed.get("entities") or []
    admitted = bool(intent) and (admits is None or admits(str(intent), previous))
    action = _action_for(str(intent)) if admitted else None
    if action is None:
        return None
    kept = [e for e in previous if e.get("entity") not in FRAME_ENTITIES and e.get("value") not in FOLLOW_UP_MARKERS]
    message["entities"] = [*message["entities"], *kept]
    message["intent"] = {"name": intent, "confidence": 1.0}
    return action


# The markers of follow-ups the reader tags (bot/understanding/ellipsis.py): never a question of their own.
FOLLOW_UP_MARKERS = frozenset({SAME_QUESTION, SAME_QUESTION_ELSEWHERE, SAME_QUESTION_WHERE})
# Questions of when whose thing has a place too: a birth (its date and place are one attribute, the question's words
# choose: actions/birth.py) and the release (its answer says where it came out).
TIMES_WITH_A_PLACE = frozenset({"birthday"})
RELEASE_INTENTS = frozenset({"ask_release_date"})


def _asked_when(intent: str, entities: list[dict]) -> bool:
    """Whether a question asked when something was that also has a place: a release or a birth."""
    return intent in RELEASE_INTENTS or any(
        e.get("entity") == "attribute" and e.get("value") in TIMES_WITH_A_PLACE for e in entities
    )


def _place_of_the_time_asked(tracker: Tracker) -> StoreAction | None:
    """ "When was he born?" then "where?": the previous question's action with its entities, answering this
    message's words (the place); None after a question that was not of when ("I don't know that")."""
    action = _previous_question_as_asked(tracker, SAME_QUESTION_WHERE, _asked_when)
    message = tracker.latest_message
    person = tracker.get_slot("person")
    people = store().people
    if (
        action is not None
        and person in people
        and not any(e.get("entity") in SUBJECT_ENTITIES for e in message["entities"])
    ):
        # "when was he born?": the one "he" was, whom this message's words no longer point at
        message["entities"] = [*message["entities"], {"entity": "person", "value": people[person].name}]
    return action


# Questions that link an actor and their part, by the kind of subject they are asked of: "who plays <a
# character>?" and "who is / who does <an actor> play?" (a person asked nothing else).
PART_LINKS = {"ask_who_plays": "character", "ask_person": "person"}
# Entities that say nothing about what was asked of a subject.
NOT_ASKED = SUBJECT_ENTITIES | {"reply_language"}


def _asks_the_inverse(intent: str, previous: list[dict], current: list[dict]) -> bool:
    """A follow-up that names the other kind of subject than a part question was asked of: "who plays <a
    character>?" then "what about <an actor>?" asks whom the actor plays, and "who does <an actor> play?" then
    "and <a character>?" who plays them. The previous question repeated of the new subject would ask an actor's
    actor (answered as no one of the film) or a character's part."""
    asked_of = PART_LINKS.get(intent)
    before = {e.get("entity") for e in previous if e.get("entity") in SUBJECT_ENTITIES}
    now = {e.get("entity") for e in current if e.get("entity") in SUBJECT_ENTITIES}
    if asked_of is None or before != {asked_of} or not now or asked_of in now:
        return False
    # "how old is <an actor>?" then "what about <a character>?" asks the character's age: only the bare part
    return intent != "ask_person" or all(e.get("entity") in NOT_ASKED for e in previous)


def _relation_carried(
    intent: str, previous: list[dict], current: list[dict], text: str, tracker: Tracker
) -> list[dict]:
    """A relative asked of a named character ("who is <a>'s mother?") keeps its parts a follow-up leaves out:
    "and her father?" (a relation only) is still <a>'s, when "her" fits <a>, not the mother just named;
    "what about <b>?" (a character only) asks <b>'s mother, as "who is" asked the relative, not who plays
    them. A relative asked by a pronoun ("who is her mother?") hangs on the character whose relative the
    answer named. The follow-up's own entities otherwise, as they are."""
    relations = [e for e in current if e.get("entity") == "relation"]
    names = [e for e in current if e.get("entity") in SUBJECT_ENTITIES]
    before_relations = [e for e in previous if e.get("entity") == "relation" and e.get("value") != "character"]
    before_names = [e for e in previous if e.get("entity") == "character"]
    if before_relations and not before_names:
        owner = _owner_of_answer(str(before_relations[0].get("value")), tracker.get_slot("character"))
        before_names = [{"entity": "character", "value": owner}] if owner else []
    if intent != "ask_character" or not before_relations:
        return current
    if names and not relations and all(e.get("entity") == "character" for e in names):
        return [*current, before_relations[0]]  # whose relative it was does not matter: <b>'s is asked
    if len(before_names) == 1 and relations and not names and _fits(before_names[0], pronoun_asked(text)):
        return [before_names[0], *current]
    return current


def _owner_of_answer(key: str, answered: str | None) -> str | None:
    """Whose relative of kind `key` the character just answered is: "who is her mother?" answered with <m>
    hangs on the one character whose mother <m> is (None when there is no such one)."""
    from bot.understanding.reading import relation_keys

    facts = store()
    owners = {r.subject for r in facts.relations if r.object == answered and r.relation in relation_keys(key)}
    return facts.characters[owners.pop()].name if len(owners) == 1 else None


def _fits(entity: dict, pronoun: str | None) -> bool:
    """Whether a pronoun (or none) may mean the character an entity names."""
    matches = store().resolve(str(entity.get("value")), ("character",))
    return bool(matches) and agrees(matches[0], pronoun)


# What a follow-up asks that the novel has too: its year ("what year?", "when did it come out?") and
# its writer ("who wrote it?", read as the screenplay's credit when the film is the subject).
NOVEL_ALSO = frozenset({"ask_release_date"})
NOVEL_WRITER_ROLES = frozenset({"screenplay"})
# "Tell me about it": a description of the thing just talked about (the novel, after the novel), unlike
# "what is it about?", which asks the story.
DESCRIBE_IT = re.compile(
    r"^(?:ok(?:ay)?,? |so,? |and,? )?(?:(?:can|could) you )?tell me (?:more )?about (?:it|that)\W*$"
)
WRITING_VERBS = frozenset({"wrote", "write", "written", "writes", "penned", "pen"})
# "it" and "its" point at the last thing talked about; the other film words name the film itself.
POINTING = frozenset({"it", "its"})
# Right after a thing's answer, a bare "this" or "that" points at the thing too: "what genre is this?" after the song.
THING_POINTING = POINTING | {"this", "that"}
# Words that point at a person: "what else has she sung?" after the song asks of its singer, not of the song.
OTHER_WORK_WORDS = frozenset({"else", "other", "another", "besides", "more"})
POINTING_AT_SOMEONE = frozenset({"he", "she", "him", "his", "her", "hers", "they", "them", "their"})


def _about_the_novel(tracker: Tracker) -> bool:
    """ "Is it based on a novel?" then "what year?" / "who wrote it?": the subject is still the novel.

    A follow-up resolves against the last subject of its kind: after a question answered about
    the novel, a question that names no subject of its own (no person, character or word for the
    film other than "it") and asks what the novel also has is about the novel; so is the next such
    question after it.
    """
    if not _novel_shaped(tracker.latest_message):
        return False
    for intent, parsed in _earlier_questions(tracker):
        if intent == "ask_novel":
            return True
        if not _novel_shaped(parsed):
            return False
    return False


def _earlier_questions(tracker: Tracker) -> Iterator[tuple[str | None, dict]]:
    """The earlier messages' intents and parses, the latest first, without the turns that ask nothing between."""
    users = [e for e in tracker.events if e.get("event") == "user"]
    for event in reversed(users[:-1]):
        parsed = event.get("parse_data") or {}
        intent = (parsed.get("intent") or {}).get("name")
        if intent not in BETWEEN:
            yield intent, parsed


def _novel_shaped(message: dict) -> bool:
    """A question the novel could answer, with no subject of its own but "it"."""
    intent = (message.get("intent") or {}).get("name")
    text = message.get("text") or ""
    described = intent == "ask_plot" and DESCRIBE_IT.match(text.lower().strip()) is not None
    return (_asks_a_works_date_or_writer(message) or described) and _no_subject_but_it(message)


def _asks_a_works_date_or_writer(message: dict) -> bool:
    """ "When did it come out?", "who wrote it?": what a work (the novel, a song) has as well as the film."""
    intent = (message.get("intent") or {}).get("name")
    roles = [e for e in message.get("entities") or [] if e.get("entity") == "crew_role"]
    # the writer by a verb ("who wrote it?") may be the work's; "the screenplay", "the script" name the film's
    written = _asks_a_writer(message) and all(e.get("value") in NOVEL_WRITER_ROLES for e in roles)
    return intent in NOVEL_ALSO or bool(intent == "ask_crew" and written)


def _asks_a_writer(message: dict) -> bool:
    """ "Who wrote it?": the writer asked by a writing verb (not "when did it come out?")."""
    text = message.get("text") or ""
    roles = [e for e in message.get("entities") or [] if e.get("entity") == "crew_role"]
    return bool(roles) and all(_said_as(text, e) & WRITING_VERBS for e in roles)


# Words that ask what a recording has and a film has not: "is it a cover?", "who originally recorded it?".
RECORDING_WORDS = frozenset({"cover", "covered", "recorded", "record", "originally", "original", "sang", "sung"})


def _asks_of_a_recording(message: dict) -> bool:
    """ "Is it a cover?", "who sang it originally?": asked of "it", a question a song answers, not the film."""
    words = {w.strip("?.!,") for w in (message.get("text") or "").lower().split()}
    return bool(words & RECORDING_WORDS)


def _points_at_someone(message: dict) -> bool:
    """A pronoun for a person, none for a thing, and other work asked ("what else has she sung?"): the question is
    of the singer's or writer's other work, not of the song ("when did she record her version?" is the song's)."""
    words = set(tokens(message.get("text") or ""))
    return bool(words & POINTING_AT_SOMEONE) and not words & POINTING and bool(words & OTHER_WORK_WORDS)


def _no_subject_but_it(message: dict) -> bool:
    """No person, character, relation or claim, and no word for the film but "it"."""
    if any(e.get("entity") in SUBJECT_ENTITIES | {"relation", "claim"} for e in message.get("entities") or []):
        return False
    text = message.get("text") or ""
    # Japanese is cut into words as the reader cuts it ("この映画はいつ公開？" names the film: この / 映画)
    plain = text.lower().replace("\u2019", "'")
    words = tokens(text) if has_japanese(text) else [w.strip("?.!,") for w in plain.split()]
    return all(hit.phrase in POINTING for hit in default_lexicon().find(words, ("film",)))


def _thing_talked_about(tracker: Tracker) -> tuple[str, list[dict]] | None:
    """ "Who sings the theme song?" then "when did it come out?" / "who wrote it?": "it" is the thing just talked
    about, not the film: a crew credit that is a work of its own (the song, whose card holds its date and writer)
    or one of the film's things asked about by name (the vocabulary's `owned_things`: "is there a sequel?", then
    "when will it come out?" is the sequel's, not the film's premiere). The question that answers it (intent,
    entities), or None; so is the next such question."""
    asked = _asks_a_works_date_or_writer(tracker.latest_message) or _asks_of_a_recording(tracker.latest_message)
    if not asked or not _no_subject_but_it(tracker.latest_message) or _points_at_someone(tracker.latest_message):
        return None
    for intent, parsed in _earlier_questions(tracker):
        if intent == "ask_crew":
            role = _credit_with_a_work(parsed)
            if role is None:
                return None
            # "who wrote it?": the work's writer, when the store holds one (actions/crew.py)
            writer = [{"entity": "attribute", "value": WORK_WRITER}] if _asks_a_writer(tracker.latest_message) else []
            return ("ask_crew", [{"entity": "crew_role", "value": role}, *writer])
        if _asked_what_a_thing_has(parsed):
            continue  # "which album is it on?" after the song, not known: the song is still the thing talked about
        if intent == "ask_fact":
            return _owned_thing_asked(parsed)
        if not (_asks_a_works_date_or_writer(parsed) and _no_subject_but_it(parsed)):
            return None
    return None


def _asked_what_a_thing_has(message: dict) -> bool:
    """ "Which album is it on?", "what genre is it?": of "it" (or "this"/"that"), with no subject named, only what
    one of the film's things has besides (the vocabulary's `has`: a song's genre), not the film's own."""
    words = tokens(message.get("text") or "")
    if not THING_POINTING & set(words) or not _no_subject_but_it(message):
        return False
    asked = _attributes_asked(message, words)
    had = {key for thing in default_lexicon().owned_things.values() for key in thing.has}
    return bool(asked) and asked <= had


def _attributes_asked(message: dict, words: list[str]) -> set[str]:
    """The attributes the words name, or else the one the reader gave the thing's own noun ("which album is it
    on?": an album release)."""
    named = {hit.key for hit in default_lexicon().find(words, ("attribute",))}
    return named or {str(e.get("value")) for e in message.get("entities") or [] if e.get("entity") == "attribute"}


def _unheld_of_the_last_thing(tracker: Tracker) -> list[dict] | None:
    """ "Who sings the theme song?" then "what genre is it?": "it" is the thing the last answer was about when the
    attribute asked is one that thing has (the vocabulary's `has`: a song has a genre, not a cast), and the store
    does not hold it of the thing: the entities that say "I don't know <the thing>'s <attribute>", never the
    film's. None otherwise ("who is in it?" after the song asks the film's cast)."""
    message = tracker.latest_message
    words = tokens(message.get("text") or "")
    if not THING_POINTING & set(words) or not _no_subject_but_it(message):
        return None
    asked = _attributes_asked(message, words)
    intent, parsed = next(_earlier_questions(tracker), (None, {}))
    thing = _thing_answered(intent, parsed)
    if thing is None or len(asked) != 1:
        return None
    key = asked.pop()
    if key not in thing.has or thing.answer(key) is not None:
        return None
    return [{"entity": "attribute", "value": key}, {"entity": "topic", "value": thing.key}]


def _last_work_made_for_the_film(tracker: Tracker) -> list[dict] | None:
    """ "Who sings the theme song?" then "was it written for the film?": "it" is the credited work the last answer
    was about (a film is not written for a film): whether that work was made for this film (the claim the reader
    gives "was the theme song written for the film?"), never the screenplay's credit that "written" reads as."""
    words = tokens(tracker.latest_message.get("text") or "")
    made = next((i for i, w in enumerate(words[:-1]) if w in MADE_FOR_VERBS and words[i + 1] == "for"), None)
    if made is None or not POINTING & set(words[:made]):
        return None
    intent, parsed = next(_earlier_questions(tracker), (None, {}))
    role = _credit_with_a_work(parsed) if intent == "ask_crew" else None
    if role is None:
        return None
    return [{"entity": "claim", "value": f"written_for:{role}"}, {"entity": "crew_role", "value": role}]


def _thing_answered(intent: str | None, parsed: dict) -> OwnedThing | None:
    """The film's thing a question was answered about: a credit that is a work of its own (the theme song) or a
    thing asked by name ("is there a sequel?")."""
    things = default_lexicon().owned_things
    if intent == "ask_crew":
        role = _credit_with_a_work(parsed)
        return things.get(role) if role else None
    if intent == "ask_fact":
        owned = _owned_thing_asked(parsed)
        return things.get(str(owned[1][0]["value"])) if owned else None
    return None


def _credit_with_a_work(parsed: dict) -> str | None:
    """The one crew role a question named, when its credit is a work of its own (the theme song)."""
    facts = store()
    roles = {facts.role(str(e.get("value"))) for e in parsed.get("entities") or [] if e.get("entity") == "crew_role"}
    if len(roles) != 1:
        return None
    role = roles.pop()
    credit = facts.crew.get(role) if role else None
    return role if credit is not None and credit.work is not None else None


def _owned_thing_asked(parsed: dict) -> tuple[str, list[dict]] | None:
    """The question about one of the film's things by name ("is there a sequel?"), asked again."""
    things = default_lexicon().owned_things
    topics = [e for e in parsed.get("entities") or [] if e.get("entity") == "topic" and e.get("value") in things]
    return ("ask_fact", [{"entity": "topic", "value": topics[0]["value"]}]) if len(topics) == 1 else None


def _ask_of_the_thing(tracker: Tracker, intent: str, asked: list[dict]) -> StoreAction | None:
    """The answer about that thing: the message's own roles and attributes give way to the thing's question."""
    message = tracker.latest_message
    kept = [e for e in message.get("entities") or [] if e.get("entity") in WHOLE_MESSAGE]
    message["entities"] = [*kept, *asked]
    message["intent"] = {"name": intent, "confidence": 1.0}
    return _action_for(intent)


def _said_as(text: str, entity: dict) -> set[str]:
    """The words of the message an entity was found in."""
    start, end = entity.get("start"), entity.get("end")
    if start is None or end is None:
        return set()
    return set(text[int(start) : int(end)].lower().split())


def _claim_intent(tracker: Tracker) -> str | None:
    """The intent that answers the message's yes/no claim in full, if it has one."""
    claims = entity_values(tracker, "claim")
    key = claims[0].partition(":")[0] if claims else ""
    claim = default_lexicon().claims.get(key)
    return claim.then if claim else PATTERN_CLAIMS.get(key)


def _action_for(intent: str) -> StoreAction | None:
    from actions.common import StoreAction

    wanted = intent.replace("ask_", "action_", 1)
    pending = list(StoreAction.__subclasses__())
    while pending:
        cls = pending.pop()
        pending.extend(cls.__subclasses__())
        if getattr(cls, "__abstractmethods__", None):
            continue
        instance = cls()
        if instance.name() == wanted:
            return instance
    return None


# The vocabulary's attributes of the book itself ("novel_awards"), apart from the film's.
BOOK_ATTRIBUTES = "novel_"


def _unheld_asked(tracker: Tracker) -> bool:
    """Whether the message asks what the store does not know: one of the book's own attributes it holds nothing of
    (its awards, its reviews), what someone's works are about, a kind of work held of no one, or a film fact marked
    unknown (the filming locations). True details said beside it confirm nothing of what is asked. (Other unheld
    attributes may still be answered by an action, a birthday by actions/birth.py: the vocabulary alone does not
    say.)"""
    attributes = default_lexicon().attributes
    if any(
        key.startswith(BOOK_ATTRIBUTES) and key in attributes and attributes[key].intent_for("film") == UNHELD
        for key in entity_values(tracker, "attribute")
    ):
        return True
    if WORK_TOPIC in entity_values(tracker, "works_attribute"):
        return True  # "did <a> write a novel about <a subject>?": the subject of their works is what is asked
    if works_period.unheld_kind(tokens(str(tracker.latest_message.get("text") or ""))) is not None:
        return True  # "did <a> write a lot of poems?": a kind of work held of no one
    facts = store()
    keys = (facts.topic(words) for words in entity_values(tracker, "topic"))
    return any(key is not None and facts.film[key].unknown for key in keys)
