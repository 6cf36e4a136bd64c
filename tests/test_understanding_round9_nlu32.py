"""Round 9 of the question reader, nlu32 (issue 10): two questions in one message.

Phrasings here are other than the probes' (tests/nlu/probes_round9_nlu32.yml): the rules must hold for the
structure. Reader tests are Rasa-free, with entities as the entity rules would find them; action tests
assert response names and slots.
"""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions.common import Reply
from actions.people import ActionWhoPlays
from bot.understanding.lexicon import default_lexicon
from tests.conftest import tracker
from tests.reading_helpers import name, reading, values


def asked(result, intent: str) -> list[str]:
    """Every part the message is answered with, in order: the first, then the later ones."""
    return [result.intent or intent, *values(result, "also_ask")]


def role(text: str, words: str, value: str) -> dict[str, Any]:
    return {**name(text, words, "crew_role"), "value": value}


# 1. A later clause that points at someone with "he" or "she" asks about whom the earlier answer names: it is
#    read alone, as the next message's follow-up would be, and answered second.
@pytest.mark.parametrize(
    ("text", "intent", "entity", "later"),
    [
        ("who composed the score? is he japanese", "ask_crew", ("score", "music"), "ask_fact"),
        (
            "who wrote the screenplay, and what else has she written?",
            "ask_crew",
            ("screenplay", "screenplay"),
            "ask_other_work",
        ),
        ("tell me the director please. who is he?", "ask_director", ("director", "director"), "ask_person"),
    ],
)
def test_a_later_pronoun_clause_is_its_own_part(store, text, intent, entity, later):
    result = reading(store, text, intent, [role(text, *entity)])
    assert asked(result, intent) == [intent, later]


@pytest.mark.parametrize(
    ("text", "character", "attribute"),
    [
        ("who plays haruna and is she married?", "haruna", "married"),
        ("who is the actor of Akito... how old is he", "Akito", "age"),
    ],
)
def test_who_plays_then_a_personal_question_of_the_actor(store, text, character, attribute):
    result = reading(store, text, "ask_who_plays", [name(text, character, "character")])
    assert (result.intent or "ask_who_plays") == "ask_who_plays"
    assert values(result, "also_ask") and attribute in values(result, "attribute")


@pytest.mark.parametrize(
    "text",
    [
        "who plays Natsumi, the girl who visits her brother in hospital?",  # a description, not a question
        "who plays Akito and who plays his father?",  # the later clause names its own subject ("his father")
    ],
)
def test_no_later_part_without_a_question_about_the_one_named(store, text):
    result = reading(store, text, "ask_who_plays", [name(text, text.split()[2].strip(","), "character")])
    assert not any(v in ("ask_fact", "ask_person") for v in values(result, "also_ask"))


# 2. One part the store cannot answer: "I don't know" for it, and each other question clause read alone.
@pytest.mark.parametrize(
    ("text", "intent", "other"),
    [
        ("can you tell me who the actress is and what a rental costs?", "ask_person", "ask_cast"),
        ("what is a ticket and what happens in it?", "ask_plot", "ask_plot"),
    ],
)
def test_an_unheld_part_and_the_other_question(store, text, intent, other):
    result = reading(store, text, intent)
    assert result.intent == "ask_fact"
    assert other in values(result, "also_ask")


def test_a_yes_no_and_an_unheld_question(store):
    result = reading(store, "what does renting it cost? is it romantic?", "nlu_fallback")
    assert asked(result, "nlu_fallback") == ["ask_fact", "ask_genre"]  # in the order asked
    assert values(result, "claim")


def test_a_year_claim_then_a_kind_question(store):
    result = reading(store, "was it released in 2024? and what film type is it?", "ask_release_date")
    assert asked(result, "ask_release_date") == ["ask_release_date", "ask_genre"]


# 3. Two of a film's facts asked together, no other work named: this film's, even when the classifier refused.
def test_two_facts_joined_are_this_films(store):
    text = "could you say what the genre is and also who the director is"
    result = reading(store, text, "out_of_scope", [role(text, "director", "director")])
    assert set(asked(result, "out_of_scope")) == {"ask_genre", "ask_director"}


@pytest.mark.parametrize(
    "text", ["who directed jaws and what is the rating?", "what is the runtime and genre of avatar?"]
)
def test_two_facts_of_another_work_stay_refused(store, text):
    result = reading(store, text, "out_of_scope")
    assert result.intent in (None, "out_of_scope")


def test_a_type_of_film_in_other_words_is_its_genre():
    hits = default_lexicon().find("which type movie is it".split(), ("attribute",))
    assert [h.key for h in hits] == ["genre"]


# 4. The actions: the later part reads whom the first answer named, not the names of the first part.
def test_the_later_part_is_about_the_actor_just_named(domain, store):
    text = "who plays haruna and is she married?"
    message = tracker(text=text, intent="ask_who_plays")
    later = text.index("is she")
    message.latest_message["entities"] = [
        name(text, "haruna", "character"),
        {"entity": "also_ask", "value": "ask_fact", "start": later, "end": len(text)},
        {**name(text, "married", "attribute"), "value": "married"},
    ]
    dispatcher = CollectingDispatcher()
    events = asyncio.run(ActionWhoPlays().run(dispatcher, message, domain))
    responses = [m.get("response") for m in dispatcher.messages]
    assert responses[0] == "utter_who_plays"
    assert "utter_dont_know_subject_attribute" in responses
    actress = next(c.actor for c in store.cast if c.character == "haruna_sakurai")
    said = next(m for m in dispatcher.messages if m.get("response") == "utter_dont_know_subject_attribute")
    assert said.get("subject_name") == store.people[actress].name
    assert ("person", actress) in [(e.get("name"), e.get("value")) for e in events]
    assert len(message.latest_message["entities"]) == 3  # the message is left as it was


def test_a_sentence_is_said_once_per_turn(domain):
    dispatcher = CollectingDispatcher()
    reply = Reply(dispatcher, domain)
    reply.utter("utter_dont_know")
    reply.utter("utter_dont_know")
    assert [m.get("response") for m in dispatcher.messages] == ["utter_dont_know"]


# 5. Several wh-questions answered with one part only: each question clause read alone, the others added.
def test_each_wh_question_is_a_part(store):
    text = "Alright, it's fine. Who's the lead actress? Who directed the movie?"
    result = reading(store, text, "ask_director", [name(text, "lead actress", "character")])
    assert set(asked(result, "ask_director")) == {"ask_who_plays", "ask_director"}


# 6. The subject slot's word is in its own sentence: "about? but no spoilers" names no other subject.
def test_a_subject_slot_stops_at_the_sentence_end():
    from bot.scope import Vocabulary, unknown_subject

    vocabulary = Vocabulary.from_texts(["what is it about", "no spoilers"])
    assert unknown_subject("what is the movie about? but zorblat", vocabulary, False) is None
    assert unknown_subject("what is the zorblat movie about zorblat", vocabulary, False) == "zorblat"


@pytest.mark.parametrize("text", ["what is the ticket cost", "and the cost of a ticket?"])
def test_a_ticket_cost_is_the_price(text):
    hits = default_lexicon().find(text.replace("?", "").split(), ("attribute",))
    assert [h.key for h in hits] == ["price"]
