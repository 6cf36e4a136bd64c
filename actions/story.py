"""The plot, with spoilers only by consent.

"How does it end?" gets a warning and a yes/no question unless the user has
already said spoilers are fine; the consent lasts for the conversation and
"no spoilers" withdraws it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, SlotSet

from actions.common import (
    SPOILER_OFFER,
    Reply,
    StoreAction,
    agrees,
    entity_values,
    previous_turn,
    pronoun_asked,
    store,
)
from actions.real_person_pointed import real_person_pointed
from actions.topics import dont_know_attribute
from bot.japanese import has_japanese
from bot.store import PlotPoint
from bot.understanding import conversation_talk
from bot.understanding.lexicon import default_lexicon, tokens
from bot.understanding.reading import DEATH

PLOT_POINTS_PER_MESSAGE = 4


def told(reply: Reply, points: Iterable[PlotPoint]) -> str:
    """The points' text in the answer's language (the English text where the store has no Japanese)."""
    if reply.japanese:  # Japanese sentences are not separated by spaces
        return "".join(point.text_ja or point.text for point in points)
    return " ".join(point.text for point in points)


def tell_premise(reply: Reply) -> None:
    premise = store().plot[0]
    reply.utter("utter_premise", cite=[premise], premise=told(reply, [premise]))


def tell_ending(reply: Reply) -> list[EventType]:
    ending = store().ending
    reply.utter("utter_ending", cite=ending, ending=told(reply, ending))
    reply.utter("utter_offer_full_plot")
    return [SlotSet("spoilers_ok", True), SlotSet(SPOILER_OFFER, False)]


# A question about a death, and a description that tells one as past ("her late father, who died in ...").
ASKS_DEATH = re.compile(r"\b(?:die|dies|died|death|dead|killed)\b", re.IGNORECASE)
DEATH_TOLD = re.compile(r"\b(?:died|late|was killed)\b", re.IGNORECASE)


def death_told(tracker: Tracker) -> bool:
    """ "How did <a>'s father die?" of one character (named, or by a relation) whose spoiler-free description
    already tells the death (a death before the story): that description answers, and no spoiler is asked
    for. A death the description does not tell (the story's own) stays behind the spoiler question."""
    from actions.relations import related_subjects

    if not ASKS_DEATH.search(str(tracker.latest_message.get("text") or "")):
        return False
    facts = store()
    related = related_subjects(tracker, ("character",))
    if related is None:
        related = [m for v in entity_values(tracker, "character") for m in facts.resolve(v, ("character",))[:1]]
    remembered = tracker.get_slot("character")
    pronoun = pronoun_asked(str(tracker.latest_message.get("text") or ""))
    if not related and not entity_values(tracker, "person") and remembered in facts.characters and pronoun:
        # "how did he die?" right after <a>'s father was described: the pronoun is the conversation's character
        related = [m for m in facts.resolve(remembered, ("character",))[:1] if agrees(m, pronoun)]
    if len({m.id for m in related}) != 1:
        return False
    description = facts.characters[related[0].id].description
    return description is not None and DEATH_TOLD.search(str(description.value)) is not None


def tell_full_plot(reply: Reply) -> None:
    """Premise, then the spoilers a few at a time: one wall of text reads badly in a chat."""
    tell_premise(reply)
    spoilers = store().spoilers
    for start in range(0, len(spoilers), PLOT_POINTS_PER_MESSAGE):
        chunk = spoilers[start : start + PLOT_POINTS_PER_MESSAGE]
        reply.utter("utter_plot_part", cite=chunk, part=told(reply, chunk))


def premise_continued(tracker: Tracker) -> bool:
    """ "And after that?", "what happens next?" right after the premise was told (without the spoilers)."""
    answered, _ = previous_turn(tracker)
    words = tokens(str(tracker.latest_message.get("text") or ""))
    return answered == "action_plot" and conversation_talk.story_continued(words)


class ActionPlot(StoreAction):
    """The premise; the whole plot once the user has said spoilers are fine."""

    def name(self) -> str:
        return "action_plot"

    def answer(self, reply: Reply, tracker: Tracker) -> list[EventType]:
        if premise_continued(tracker):  # "what happens next?" right after the premise: the rest is the ending
            return ActionEnding().answer(reply, tracker)
        if tracker.get_slot("spoilers_ok"):
            tell_full_plot(reply)
        else:
            tell_premise(reply)
            reply.utter("utter_offer_ending")
        return []


class ActionEnding(StoreAction):
    def name(self) -> str:
        return "action_ending"

    def answer(self, reply: Reply, tracker: Tracker) -> list[EventType]:
        if ASKS_DEATH.search(str(tracker.latest_message.get("text") or "")) and real_person_pointed(tracker):
            return dont_know_attribute(reply, tracker, DEATH)
        # the ending asked again right after the spoiler question: the user's answer to it is the question itself
        if tracker.get_slot("spoilers_ok") or tracker.get_slot(SPOILER_OFFER):
            return tell_ending(reply)
        if death_told(tracker):  # "how did <a>'s father die?": his description says, no spoiler
            from actions.people import ActionCharacter

            return ActionCharacter().answer(reply, tracker)
        reply.utter("utter_spoiler_warning")
        return [SlotSet(SPOILER_OFFER, True)]


class ActionSpoilersOk(StoreAction):
    asks_of_a_subject = False

    def name(self) -> str:
        return "action_spoilers_ok"

    def answer(self, reply: Reply, tracker: Tracker) -> list[EventType]:
        if tracker.get_slot(SPOILER_OFFER):
            return tell_ending(reply)
        text = str(tracker.latest_message.get("text") or "")
        if not has_japanese(text) and not default_lexicon().spoiler_words & set(tokens(text)):
            # "can you tell me more on that?" with no spoiler question pending: no consent to spoilers is said
            reply.utter("utter_default")
            return []
        reply.utter("utter_spoilers_on")
        return [SlotSet("spoilers_ok", True)]


def keep_ending_secret(reply: Reply) -> list[EventType]:
    reply.utter("utter_spoilers_kept")
    tell_premise(reply)
    return [SlotSet("spoilers_ok", False), SlotSet(SPOILER_OFFER, False)]


class ActionNoSpoilers(StoreAction):
    asks_of_a_subject = False

    def name(self) -> str:
        return "action_no_spoilers"

    def answer(self, reply: Reply, tracker: Tracker) -> list[EventType]:
        if tracker.get_slot(SPOILER_OFFER):
            return keep_ending_secret(reply)
        reply.utter("utter_spoilers_off")
        return [SlotSet("spoilers_ok", False)]


class ActionAffirm(StoreAction):
    """A plain "yes": consent if a spoiler question is open, else an acknowledgement."""

    asks_of_a_subject = False

    def name(self) -> str:
        return "action_affirm"

    def answer(self, reply: Reply, tracker: Tracker) -> list[EventType]:
        if tracker.get_slot(SPOILER_OFFER):
            return tell_ending(reply)
        reply.utter("utter_affirm_ack")
        return []


class ActionDeny(StoreAction):
    """A plain "no": refusal if a spoiler question is open, else an acknowledgement; "no, that's wrong" (the last
    answer judged wrong, bot/understanding/conversation_talk.py): an apology and an invitation to ask again."""

    asks_of_a_subject = False

    def name(self) -> str:
        return "action_deny"

    def answer(self, reply: Reply, tracker: Tracker) -> list[EventType]:
        said = tokens(tracker.latest_message.get("text") or "")
        if conversation_talk.corrects(said):  # "you're wrong" is no answer to the spoiler offer
            reply.utter("utter_correction")
            return []
        if tracker.get_slot(SPOILER_OFFER):
            return keep_ending_secret(reply)
        reply.utter("utter_deny_ack")
        return []
