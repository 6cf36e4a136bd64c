"""Round 5, people and characters: the reader's people forms (bot/understanding/people_reading.py)
and the actions' answers (apposition relations, the lead by a gender word, the cast asked with
one character named). Phrasings other than the probes'."""

from __future__ import annotations

import asyncio

from rasa_sdk.executor import CollectingDispatcher

from actions.people import ActionCast, ActionWhoPlays
from tests.conftest import tracker
from tests.reading_helpers import name, reading, tags


def positioned(text: str, entities: list[tuple[str, str]], slots: dict | None = None):
    """A tracker whose entities carry their real character positions in the text."""
    message_tracker = tracker(text=text, slots=slots)
    found = []
    for kind, value in entities:
        words = value.replace("_", " ")
        start = text.lower().index(words.lower())
        found.append({"entity": kind, "value": value, "start": start, "end": start + len(words)})
    message_tracker.latest_message["entities"] = found
    return message_tracker


def said(action, message_tracker, domain) -> list[dict]:
    dispatcher = CollectingDispatcher()
    asyncio.run(action.run(dispatcher, message_tracker, domain))
    return [m for m in dispatcher.messages if m.get("response")]


# --- the reader -------------------------------------------------------------------------------


def test_who_acted_in_this_film_is_the_cast_not_someones_other_work(store):
    for text in ("who starred in this film?", "who has acted in the movie", "who appeared in it?"):
        assert reading(store, text, "ask_other_work").intent == "ask_cast", text


def test_other_work_keeps_its_person(store):
    assert reading(store, "what else has she starred in?", "ask_other_work").intent != "ask_cast"
    assert reading(store, "who else did he act with in other movies?", "ask_other_work").intent != "ask_cast"
    text = "what has Toru Nakamura starred in?"
    named = reading(store, text, "ask_other_work", [name(text, "Toru Nakamura", "person")])
    assert named.intent != "ask_cast"


def test_a_name_the_store_does_not_hold_is_asked_as_that_character(store):
    result = reading(store, "Who plays Satoshi in it?", "ask_cast")
    assert result.intent == "ask_who_plays" and tags(result)["character"] == "Satoshi"
    result = reading(store, "who portrayed Kenta Morimoto", "ask_who_plays")
    assert tags(result)["character"] == "Kenta Morimoto"


def test_the_cast_and_held_names_are_not_unheld_characters(store):
    assert reading(store, "who plays in it?", "ask_cast").intent is None
    assert "character" not in tags(reading(store, "who played the mother?", "ask_cast"))
    # a held name with a typo is left to the name resolver
    assert "character" not in tags(reading(store, "who played Haruna Sakuri?", "ask_cast"))


def test_the_name_of_an_actors_character_is_not_the_title(store):
    text = "what's the name of the role Toru Nakamura has in this movie?"
    result = reading(store, text, "ask_title", [name(text, "Toru Nakamura", "person")])
    assert result.intent == "ask_person"
    assert reading(store, "what is the name of this movie?", "ask_title").intent in (None, "ask_title")


def test_an_actor_playing_a_role_is_not_a_crew_credit(store):
    text = "which actor played the part of the florist?"
    result = reading(store, text, "ask_crew", [name(text, "florist", "character")])
    assert result.intent == "ask_who_plays"


def test_in_love_with_is_a_relation_between_characters(store):
    text = "who is Haruna in love with?"
    result = reading(store, text, "ask_fact", [name(text, "Haruna", "character")])
    assert tags(result).get("relation") == "love_interest"


# --- the actions ------------------------------------------------------------------------------


def test_a_relation_in_apposition_describes_the_named_character(domain, store):
    text = "who played Natsumi, Akito's sister?"
    messages = said(
        ActionWhoPlays(),
        positioned(text, [("character", "Natsumi"), ("character", "Akito"), ("relation", "sister")]),
        domain,
    )
    assert messages[0]["response"] == "utter_who_plays"
    assert messages[0]["actor_name"].strip("*") == store.people["rui_tsukishima"].name
    text = "who plays Hazuki, the mother of Haruna"
    messages = said(
        ActionWhoPlays(),
        positioned(text, [("character", "Hazuki"), ("character", "Haruna"), ("relation", "mother")]),
        domain,
    )
    assert messages[0]["actor_name"].strip("*") == store.people["yasuko_matsuyuki"].name


def test_a_relation_between_two_named_characters_in_either_direction(domain, store):
    # the owner is the character nearest the relation word: Ayaka's friend is Haruna
    text = "who plays Haruna, Ayaka's best friend"
    messages = said(
        ActionWhoPlays(),
        positioned(text, [("character", "Haruna"), ("character", "Ayaka"), ("relation", "best_friend")]),
        domain,
    )
    assert messages[0]["actor_name"].strip("*") == store.people["natsuki_deguchi"].name
    # no such relation between them: the first one's relative, as before (none here: "I don't know")
    text = "who plays Mikiko, Akito's sister"
    messages = said(
        ActionWhoPlays(),
        positioned(text, [("character", "Mikiko"), ("character", "Akito"), ("relation", "sister")]),
        domain,
    )
    assert messages[0]["response"] == "utter_dont_know"


def test_a_gender_word_picks_the_lead(turn, store):
    for text, actor in (("who is the female lead?", "natsuki_deguchi"), ("who plays the male lead", "ren_nagase")):
        result = turn(ActionCast(), text=text)
        assert result.slots["person"] == actor, text


def test_the_cast_asked_with_one_character_named_is_that_characters_actor(turn, store):
    result = turn(ActionCast(), text="who is the florist in the cast?", entities={"character": "florist"})
    assert result.responses[0] == "utter_who_plays" and result.slots["character"] == "mikiko"
    listing = turn(ActionCast(), text="who is in the cast?")
    assert listing.responses[0] in ("utter_cast_cut", "utter_cast")


def test_an_honorific_picks_one_of_a_family(store):
    for text, family, expected in (
        ("who plays Mr Hayasaka?", "Hayasaka", "Kazuki Hayasaka"),
        ("who's the actress for Mrs. Hayasaka", "Hayasaka", "Shigemi Hayasaka"),
        ("which actress plays Miss Sakurai", "Sakurai", "Haruna Sakurai"),
    ):
        result = reading(store, text, "ask_who_plays", [name(text, family, "character")])
        assert tags(result)["character"] == expected, text
    # no one of that family fits the honorific: the name is left for the choice as before
    text = "who plays Mr. Sakurai?"
    assert reading(store, text, "ask_who_plays", [name(text, "Sakurai", "character")]).drop == []


def test_a_gender_word_before_a_leads_role_names_the_other_lead(store):
    text = "who plays the female main character's mother?"
    result = reading(store, text, "ask_who_plays", [name(text, "main character", "character")])
    assert tags(result)["character"] == "Haruna Sakurai"
    # the gender word agrees with the named lead: nothing changes
    text = "who is the male protagonist?"
    assert reading(store, text, "ask_person", [name(text, "protagonist", "character")]).drop == []


def test_a_relative_clause_describes_the_name_and_is_not_asked(store):
    text = "who plays Natsumi, the girl who comes to see her brother at the hospital in the music video?"
    result = reading(store, text, "ask_who_plays", [name(text, "Natsumi", "character")])
    assert result.intent in (None, "ask_who_plays") and result.entities == []  # no "also the music"
    # an attribute before the clause is still asked
    text = "what language does Haruna speak, the girl who is ill?"
    result = reading(store, text, "ask_language", [name(text, "Haruna", "character")])
    assert result.intent in (None, "ask_language")


def test_a_gender_word_before_a_relations_owner_found_by_the_reader(store):
    result = reading(store, "who plays the female protagonists mother?", "ask_who_plays")
    assert tags(result) == {"relation": "mother", "character": "Haruna Sakurai"}
    result = reading(store, "who plays the male protagonists mother?", "ask_who_plays")
    male_lead = store.resolve("male lead", ("character",))
    assert store.resolve(tags(result)["character"], ("character",)) == male_lead  # the male lead
