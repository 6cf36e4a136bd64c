"""Session start, and the turns that are not answers: not understood, out of scope."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActionExecuted, EventType, SessionStarted, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.common import (
    FOLLOW_UP_LEADS,
    Reply,
    answered_of_a_person,
    entity_values,
    film_titles,
    language,
    last_replies,
    previous_turn,
    store,
)
from actions.people import ActionOtherWork, describe_character, describe_person
from actions.story import ActionEnding, premise_continued
from bot import unanswered
from bot.store import Match
from bot.understanding import conversation_talk
from bot.understanding.lexicon import tokens

MAX_BARE_NAME_CHARS = 20


class ActionSessionStart(Action):
    """Starts a session with the film's title in a slot, for the static responses."""

    def name(self) -> str:
        return "action_session_start"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]) -> list[EventType]:
        carried = [
            SlotSet(name, value)
            for name, value in tracker.current_slot_values().items()
            if value is not None and name not in ("film_title", "film_title_ja")
        ]
        return [
            SessionStarted(),
            *(SlotSet(slot, title) for slot, title in film_titles().items()),
            *carried,
            ActionExecuted("action_listen"),
        ]


def bare_name(text: str) -> Match | None:
    """The one person or character named by a message that is only a name."""
    facts = store()
    exact = [match for match in facts.resolve(text.strip()) if match.score == 100]
    if not exact and len(text.strip()) <= MAX_BARE_NAME_CHARS:
        exact = facts.mentions(text)
    return exact[0] if len(exact) == 1 else None


class ActionFallback(Action):
    """ "I didn't get that": low NLU confidence. Logged, so NLU data can grow there.

    A message that is only a name (in kanji, say) carries too few words for
    the intent classifier; it is answered as "who is ...?" instead. A request
    to hear the last answer again (the reader gives it this intent) gets it.
    """

    def name(self) -> str:
        return "action_fallback"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]) -> list[EventType]:
        if conversation_talk.repeats(tokens(tracker.latest_message.get("text") or "")):
            return repeat_last_replies(dispatcher, tracker)
        if premise_continued(tracker):  # "and so?" right after the premise: how it goes on, the ending
            return await ActionEnding().run(dispatcher, tracker, domain)
        if works_followed_up(tracker):  # "<a person>" then "dramas?": that person's works
            return await ActionOtherWork().run(dispatcher, tracker, domain)
        match = bare_name(tracker.latest_message.get("text") or "")
        if match is not None:
            reply = Reply(dispatcher, domain, language(tracker))
            describe = describe_character if match.kind == "character" else describe_person
            return [*describe(reply, tracker, match.id), *reply.finish()]
        unanswered.record(tracker.latest_message, reason="not_understood")
        dispatcher.utter_message(response="utter_default", **film_titles())
        return []


def repeat_last_replies(dispatcher: CollectingDispatcher, tracker: Tracker) -> list[EventType]:
    """ "Say that again", "what did you just say": the replies to the message before this one, sent again."""
    said = last_replies(tracker.events)
    if not said:
        dispatcher.utter_message(response="utter_nothing_to_repeat", **film_titles())
    for event in said:
        data = event.get("data") or {}
        dispatcher.utter_message(text=event.get("text"), buttons=data.get("buttons") or [])
    return []


class ActionOutOfScope(Action):
    def name(self) -> str:
        return "action_out_of_scope"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]) -> list[EventType]:
        if premise_continued(tracker):  # "and after that?" right after the premise: how it goes on, the ending
            return await ActionEnding().run(dispatcher, tracker, domain)
        if works_followed_up(tracker):  # "<a person>" then "movies?": that person's works, not films in general
            return await ActionOtherWork().run(dispatcher, tracker, domain)
        role = credit_pointed_at(tracker)
        if role is not None:  # "who is singing this song?" right after the theme song's answer: that song
            from actions.crew import ActionCrew

            return await ActionCrew().run(dispatcher, tracker, domain)
        # "what's your favourite band?": the assistant's taste, of nothing of this film (the `taste` entity)
        declined = bool(entity_values(tracker, "taste"))
        response = "utter_assistant_declines_taste" if declined else "utter_out_of_scope"
        dispatcher.utter_message(response=response, **film_titles())
        return []


# Nouns of the kinds of work a person's list holds: alone right after an answer about one person, they ask it.
WORK_KIND_WORDS = frozenset("movies films dramas shows series works roles songs albums books novels".split())
# What may stand beside them: a follow-up's lead words, the owner's pronoun, "other" or "more".
WORKS_FOLLOW_UP_WORDS = FOLLOW_UP_LEADS | WORK_KIND_WORDS | {"other", "more", "his", "her", "their", "any"}


def works_followed_up(tracker: Tracker) -> bool:
    """Whether the message is a bare kind of work ("movies?", "and dramas?") right after an answer about one
    person: their works, whom the conversation remembers."""
    said = [w for w in tokens(tracker.latest_message.get("text") or "") if w.isalnum()]
    if not said or not set(said) <= WORKS_FOLLOW_UP_WORDS or not WORK_KIND_WORDS & set(said):
        return False
    return answered_of_a_person(tracker)


# Words that point at a thing already talked about: "this song", "that song", "the song".
POINTING = frozenset({"this", "that", "the"})


def credit_pointed_at(tracker: Tracker) -> str | None:
    """The crew credit a refused message points at ("who is singing this song?", "tell me who wrote this song")
    when the answer just before was that credit's (the theme song's card): the film's, not the user's music."""
    answered, parsed = previous_turn(tracker)
    if answered != "action_crew":
        return None
    facts = store()
    before = {facts.role(str(e.get("value"))) for e in parsed.get("entities") or [] if e.get("entity") == "crew_role"}
    text = tracker.latest_message.get("text") or ""
    for entity in tracker.latest_message.get("entities") or []:
        if entity.get("entity") != "crew_role" or entity.get("start") is None:
            continue
        role = facts.role(str(entity.get("value")))
        pointer = tokens(text[: int(entity["start"])])[-1:]
        if role is not None and role in before and set(pointer) & POINTING:
            return role
    return None
