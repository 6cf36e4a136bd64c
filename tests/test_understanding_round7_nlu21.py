"""Round 7 of the question reader, nlu21 (issue 10): follow-ups after every kind of answer.

Phrasings here are other than the probes' (tests/nlu/probes_round7_nlu21.yml): the rules must hold
for the structure. Reader tests are Rasa-free; actions are run on trackers whose events hold the
previous turn, and asserted by response names and slots.
"""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.common import character_answered, previous_turn
from actions.follow_on import _about_the_novel
from actions.people import ActionCast, ActionCharacter
from actions.person_facts import actor_answered_last
from bot.understanding.lexicon import default_lexicon
from bot.understanding.people_reading import performer_asked
from tests.reading_helpers import reading


def conversation(
    text: str,
    intent: str,
    answered: str,
    *,
    before: list[tuple[str, str]] | None = None,
    entities: list[tuple[str, str]] | None = None,
    slots: dict[str, Any] | None = None,
) -> Tracker:
    """A tracker after one earlier question (its entities `before`) answered by the action `answered`."""
    previous = {"intent": {"name": "ask_who_plays"}, "entities": [{"entity": e, "value": v} for e, v in before or []]}
    message = {
        "text": text,
        "intent": {"name": intent, "confidence": 0.99},
        "entities": [{"entity": e, "value": v} for e, v in entities or []],
    }
    events = [
        {"event": "action", "name": "action_listen"},
        {"event": "user", "text": "earlier", "parse_data": previous},
        {"event": "action", "name": answered},
        {"event": "action", "name": "action_listen"},
        {"event": "user", "text": text, "parse_data": message},
    ]
    return Tracker(
        sender_id="test",
        slots=slots or {},
        latest_message=message,
        events=events,
        paused=False,
        followup_action=None,
        active_loop={},
        latest_action_name="action_listen",
    )


def run(action, message_tracker: Tracker, domain) -> tuple[list[str], dict[str, Any]]:
    dispatcher = CollectingDispatcher()
    events = asyncio.run(action.run(dispatcher, message_tracker, domain))
    slots = {e["name"]: e["value"] for e in events if e.get("event") == "slot"}
    return [m.get("response") for m in dispatcher.messages], slots


def credit_of(store, pronoun: str):
    return next(c for c in store.cast if store.people[c.actor].pronoun == pronoun)


# 1. What answered the previous question, read from the conversation's events.
def test_the_previous_turn_is_the_action_that_answered_the_message_before():
    earlier = conversation("and?", "ask_character", "action_who_plays", before=[("character", "x")])
    answered, parsed = previous_turn(earlier)
    assert answered == "action_who_plays"
    assert parsed["entities"] == [{"entity": "character", "value": "x"}]
    assert previous_turn(Tracker("t", {}, {}, [], False, None, {}, "action_listen")) == (None, {})


# 2. After "<a character> is played by <an actor>", a pronoun's personal question is the actor's.
@pytest.mark.parametrize("pronoun", ["he", "she"])
@pytest.mark.parametrize("asked", ["how old is {p} now?", "what age is {p}"])
def test_a_personal_question_after_who_plays_is_about_the_actor(store, domain, pronoun, asked):
    credit = credit_of(store, pronoun)
    slots = {"character": credit.character, "person": credit.actor}
    text = asked.format(p=pronoun)
    after_actor = conversation(text, "ask_character", "action_who_plays", entities=[("attribute", "age")], slots=slots)
    assert actor_answered_last(after_actor)
    responses, set_slots = run(ActionCharacter(), after_actor, domain)
    born = store.people[credit.actor].born
    # round 16: the actor's age is not known; the birth date held follows
    aged = born is not None and born.known
    assert responses == ["utter_dont_know_subject_attribute", *(["utter_person_born"] if aged else [])]
    assert "character" not in set_slots  # the role is not what was asked about
    # after the character was described, the same question is the character's
    after_role = conversation(text, "ask_character", "action_character", entities=[("attribute", "age")], slots=slots)
    assert not actor_answered_last(after_role)
    responses, set_slots = run(ActionCharacter(), after_role, domain)
    assert set_slots.get("character") == credit.character


# 3. "The actor" asked with nobody named, right after an answer about one character: who plays them.
@pytest.mark.parametrize(
    "text",
    [
        "ok, what's the name of the actress?",
        "do you know who the actor is",
        "tell me the performer in this part",
        "and who's the actress?",
        "who is that actor",
        "sorry, i meant the actress",
    ],
)
def test_one_performer_asked_is_read(text):
    words = [w.strip("?,.") for w in text.lower().split()]
    assert performer_asked(words)


@pytest.mark.parametrize(
    "text",
    [
        "who are the actors",
        "what else has the actress been in",
        "is the actor famous",  # no question word: a yes/no about someone
        "the other actress, who is she",
        "how old is the actor",
        "what about the cast and the actor",
        "so who's the actress and when did it come out",
        "who is the actor and director of it",
    ],
)
def test_other_questions_are_no_single_performer(text):
    words = [w.strip("?,.") for w in text.lower().split()]
    assert not performer_asked(words)


@pytest.mark.parametrize("intent", ["ask_source", "ask_title", "help", "nlu_fallback", "no_spoilers", "deny"])
def test_the_reader_reads_a_performer_asked_as_the_cast(store, intent):
    result = reading(store, "Right. Do you know the name of the actress?", intent)
    assert result.intent == "ask_cast"
    assert reading(store, "nope, I meant the actor", intent).intent == "ask_cast"


def test_a_performer_then_another_question_keeps_both(store):
    # two questions: the cast first, then the other one; never the performer alone
    result = reading(store, "what's the name of the actress? and when did it come out", "ask_release_date")
    assert result.intent != "ask_cast" or any(e.get("entity") == "also_ask" for e in result.entities)
    assert reading(store, "who's the actor?", "ask_cast").intent is None  # already the cast


def test_a_named_role_keeps_its_own_reading(store):
    credit = store.cast[0]
    name = store.characters[credit.character].name.split()[0]
    text = f"do you know the actor who plays {name}"
    entities = [{"entity": "character", "value": name, "start": text.index(name), "end": len(text)}]
    result = reading(store, text, "ask_who_plays", entities)
    assert result.intent != "ask_cast"


@pytest.mark.parametrize("answered", ["action_character", "action_who_plays"])
def test_the_performer_after_a_character_answer_is_who_plays_them(store, domain, answered):
    credit = store.cast[0]
    slots = {"character": credit.character, "person": credit.actor}
    after = conversation("what's the name of the actor?", "ask_cast", answered, slots=slots)
    assert character_answered(after)
    responses, set_slots = run(ActionCast(), after, domain)
    assert responses[0] == "utter_who_plays"
    assert (set_slots["character"], set_slots["person"]) == (credit.character, credit.actor)


def test_the_performer_after_a_cast_answer_naming_a_character_is_who_plays_them(store, domain):
    credit = store.cast[0]
    slots = {"character": credit.character, "person": credit.actor}
    named = conversation("the actor?", "ask_cast", "action_cast", before=[("character", "x")], slots=slots)
    assert character_answered(named)
    unnamed = conversation("who is the actor", "ask_cast", "action_cast", slots=slots)
    assert not character_answered(unnamed)
    responses, _ = run(ActionCast(), unnamed, domain)
    assert responses[0] != "utter_who_plays"  # the whole cast answered before: the cast again


def test_the_performer_with_no_character_talked_about_is_the_cast(store, domain):
    fresh = conversation("what is the name of the actor?", "ask_cast", "action_genre")
    responses, _ = run(ActionCast(), fresh, domain)
    assert responses[0] != "utter_who_plays"


# 4. "Who played in it?": a play verb with "in" and no role names the cast.
@pytest.mark.parametrize("text", ["so who performed in it?", "who plays in this film", "who was acting in it"])
def test_a_play_verb_with_in_asks_the_cast(store, text):
    words = text.replace("?", "").split()
    assert any(h.key == "cast" for h in default_lexicon().find(words, ("attribute",)))
    assert reading(store, text, "nlu_fallback").intent in (None, "ask_cast")


# 5. "When was that?" after an answer: the time of what was talked about, not the sources of "that".
@pytest.mark.parametrize("text", ["so when was that", "and when is it?", "ok, when was this?"])
def test_when_was_that_asks_the_release(store, text):
    assert reading(store, text, "ask_source").intent == "ask_release_date"


# ("when did that happen" is the time of what was talked about since round 25: the premiere only after an answer
# about the release, else "I don't know when that happened", actions/pointed_event.py)
@pytest.mark.parametrize("text", ["where was that?", "source for that?", "when was he born"])
def test_other_questions_about_that_are_not_the_release(store, text):
    assert reading(store, text, "ask_source").intent != "ask_release_date"


# 6. "I meant ..." corrects the question: no meaning is asked of the name after it.
@pytest.mark.parametrize("text", ["sorry, i meant {name}", "no i mean {name}'s actress", "actually meant {name}"])
def test_the_speakers_meant_asks_no_meaning(store, text):
    name = store.characters[store.cast[0].character].name.split()[0]
    said = text.format(name=name)
    entities = [{"entity": "character", "value": name, "start": said.index(name), "end": said.index(name) + len(name)}]
    result = reading(store, said, "ask_character", entities)
    assert all(e.get("value") != "meaning" for e in result.entities)


def test_a_meaning_asked_is_still_read(store):
    name = store.characters[store.cast[0].character].name.split()[0]
    said = f"what does {name} mean"
    entities = [{"entity": "character", "value": name, "start": said.index(name), "end": said.index(name) + len(name)}]
    result = reading(store, said, "ask_character", entities)
    assert any(e.get("value") == "meaning" for e in result.entities)


# 7. "Tell me about it" after the novel describes the novel; "what is it about?" still asks the story.
def novel_then(text: str, intent: str) -> Tracker:
    message = {"text": text, "intent": {"name": intent, "confidence": 0.99}, "entities": []}
    events = [
        {"event": "user", "text": "based on a book?", "parse_data": {"intent": {"name": "ask_novel"}, "entities": []}},
        {"event": "action", "name": "action_novel"},
        {"event": "user", "text": text, "parse_data": message},
    ]
    return Tracker("t", {}, message, events, False, None, {}, "action_listen")


@pytest.mark.parametrize("text", ["so tell me about it", "could you tell me more about that?", "Tell me about it."])
def test_tell_me_about_it_after_the_novel_is_the_novel(text):
    assert _about_the_novel(novel_then(text, "ask_plot"))


@pytest.mark.parametrize("text", ["what is it about?", "tell me about the story", "tell me about it's ending"])
def test_the_story_asked_after_the_novel_is_the_story(text):
    assert not _about_the_novel(novel_then(text, "ask_plot"))
