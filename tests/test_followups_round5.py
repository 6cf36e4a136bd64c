"""Round 5, follow-up turns: "what about <someone>?" repeats the previous question with the new
subject (bot/understanding/ellipsis.py, actions/follow_on.py); "what about <a credit>?" asks that
credit; "what about the other one?" is not understood. Phrasings other than the probes'."""

from __future__ import annotations

import asyncio

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.people import ActionCharacter, ActionPerson
from bot.understanding.ellipsis import SAME_QUESTION
from tests.reading_helpers import name, reading, tags

# --- the reader -------------------------------------------------------------------------------


def _first(store, kind: str, key: str) -> str:
    entries = store.characters if kind == "character" else store.people
    return entries[key].name.split()[0] if kind == "character" else entries[key].name


def test_what_about_a_name_repeats_the_previous_question(store):
    character = _first(store, "character", "hazuki_sakurai")
    for text in (f"how about {character}?", f"ok, and what about {character}", f"What about {character} then?"):
        result = reading(store, text, "ask_plot", [name(text, character, "character")])
        assert result.intent == "ask_character", text
        assert tags(result)["attribute"] == SAME_QUESTION, text
    person = _first(store, "person", "toru_nakamura")
    text = f"and how about {person}?"
    result = reading(store, text, "ask_plot", [name(text, person, "person")])
    assert result.intent == "ask_person" and tags(result)["attribute"] == SAME_QUESTION


def test_what_about_a_pronoun_repeats_the_previous_question_about_the_slot(store):
    result = reading(store, "and what about him?", "ask_plot")
    assert result.intent == "ask_person" and tags(result)["attribute"] == SAME_QUESTION


def test_what_about_a_credit_or_attribute_asks_it_not_the_plot(store):
    text = "how about the music?"
    start = text.index("music")
    role = {"entity": "crew_role", "value": "music", "start": start, "end": start + 5}
    assert reading(store, text, "ask_plot", [role]).intent == "ask_crew"
    assert reading(store, "ok what about the run time?", "ask_plot").intent == "ask_runtime"


def test_what_about_nobody_named_is_not_understood(store):
    for text in ("what about that one?", "and how about the others?"):
        assert reading(store, text, "ask_plot").intent == "nlu_fallback", text
    # "what about the other guy" asks for the other of a group of relatives (round 12): the action finds him
    # against the conversation, and says it did not understand when there is none
    # (tests/test_understanding_round12_nlu50.py)


def test_what_about_followed_by_its_own_question_is_not_elliptic(store):
    person = _first(store, "person", "toru_nakamura")
    text = f"What about {person}? Which character does he play?"
    result = reading(store, text, "ask_who_plays", [name(text, person, "person")])
    assert tags(result).get("attribute") != SAME_QUESTION
    assert reading(store, "what is it about?", "ask_plot").intent in (None, "ask_plot")


# --- the actions ------------------------------------------------------------------------------


def _conversation(previous: list[dict], text: str, intent: str, entities: list[dict]) -> Tracker:
    events = [{"event": "user", "text": "", "parse_data": {"intent": {"name": i}, "entities": e}} for i, e in previous]
    message = {"text": text, "intent": {"name": intent, "confidence": 1.0}, "entities": entities}
    events.append({"event": "user", "text": text, "parse_data": message})
    return Tracker("test", {}, message, events, False, None, {}, "action_listen")


def _said(action, conversation: Tracker, domain) -> list[dict]:
    dispatcher = CollectingDispatcher()
    asyncio.run(action.run(dispatcher, conversation, domain))
    return [m for m in dispatcher.messages if m.get("response")]


def _named(kind: str, value: str) -> dict:
    return {"entity": kind, "value": value}


def test_the_previous_question_is_asked_of_the_new_subject(domain, store):
    asked = ("ask_who_plays", [_named("character", "kazuki_hayasaka")])
    said = _said(
        ActionCharacter(),
        _conversation([asked], "how about her?", "ask_character", [_named("character", "shigemi_hayasaka"), _marker()]),
        domain,
    )
    assert said[0]["response"] == "utter_who_plays"
    assert said[0]["actor_name"].strip("*") == store.people["nene_otsuka"].name


def test_thanks_between_does_not_break_the_follow_up(domain, store):
    asked = ("ask_fact", [_named("person", "ren_nagase"), _named("attribute", "birthday")])
    thanks = ("thanks", [])
    said = _said(
        ActionPerson(),
        _conversation([asked, thanks], "and her?", "ask_person", [_named("person", "natsuki_deguchi"), _marker()]),
        domain,
    )
    responses = [m["response"] for m in said]
    assert responses[0] == "utter_person_born", responses


def test_after_a_question_about_the_film_the_new_subject_is_described(domain, store):
    asked = ("ask_director", [_named("crew_role", "director")])
    said = _said(
        ActionCharacter(),
        _conversation([asked], "what about her?", "ask_character", [_named("character", "hazuki_sakurai"), _marker()]),
        domain,
    )
    assert said and said[0]["response"] != "utter_director"
    assert all(m.get("value") != SAME_QUESTION for m in said)


def _marker() -> dict:
    return {"entity": "attribute", "value": SAME_QUESTION}


# --- the novel as the subject of a follow-up --------------------------------------------------


def _frame_said(conversation: Tracker, intent_action, domain) -> list[str]:
    return [m["response"] for m in _said(intent_action, conversation, domain)]


def test_after_the_novel_its_year_and_writer_are_the_novels(domain):
    from actions.crew import ActionCrew
    from actions.film_facts import ActionReleaseDate

    novel = ("ask_novel", [])
    year = _conversation([novel], "and the year it came out?", "ask_release_date", [])
    assert _frame_said(year, ActionReleaseDate(), domain)[0] == "utter_novel"
    text = "who was it written by?"
    role = {**_named("crew_role", "screenplay"), "start": text.index("written"), "end": text.index("written") + 7}
    writer = _conversation([novel, ("thanks", [])], text, "ask_crew", [role])
    assert _frame_said(writer, ActionCrew(), domain)[0] == "utter_novel"
    # a second follow-up keeps the novel; a question that names the film does not
    role = {**_named("crew_role", "screenplay"), "start": 4, "end": 9}
    chained = _conversation([novel, ("ask_release_date", [])], "who wrote it", "ask_crew", [role])
    chained.events[1]["parse_data"]["text"] = "what year?"
    assert _frame_said(chained, ActionCrew(), domain)[0] == "utter_novel"
    film = _conversation([novel], "when did the film come out?", "ask_release_date", [])
    assert _frame_said(film, ActionReleaseDate(), domain)[0] != "utter_novel"
    text = "and the screenplay?"  # the film's credit by its name, not the novel's writer
    role = {**_named("crew_role", "screenplay"), "start": 8, "end": 18}
    named = _conversation([novel], text, "ask_crew", [role])
    assert _frame_said(named, ActionCrew(), domain)[0] != "utter_novel"


def test_without_the_novel_before_the_year_is_the_films(domain):
    asked = ("ask_director", [_named("crew_role", "director")])
    year = _conversation([asked], "what year?", "ask_release_date", [])
    from actions.film_facts import ActionReleaseDate

    assert _frame_said(year, ActionReleaseDate(), domain)[0] != "utter_novel"


def test_anyone_else_in_it_is_the_cast(store):
    for text in ("is there anybody else in it?", "anyone else in the movie we might know?"):
        assert reading(store, text, "ask_source").intent == "ask_cast", text


def test_and_with_a_bare_subject_repeats_the_previous_question(store):
    character = _first(store, "character", "kazuki_hayasaka")
    text = f"ok, and {character} then?"
    result = reading(store, text, "ask_person", [name(text, character, "character")])
    assert result.intent == "ask_character" and tags(result)["attribute"] == SAME_QUESTION
    result = reading(store, "and her father?", "ask_other_work")
    assert result.intent == "ask_character" and tags(result) == {"relation": "father", "attribute": SAME_QUESTION}
    # its own question after "and" is not elliptic
    for text in ("and who plays her?", "and is it on netflix?", "and what is it about?"):
        assert tags(reading(store, text, "ask_who_plays")).get("attribute") != SAME_QUESTION, text


def test_a_relation_follow_up_replaces_the_previous_subject(domain, store):
    asked = ("ask_who_plays", [_named("character", "haruna_sakurai"), _named("relation", "mother")])
    follow = _conversation([asked], "and Akito?", "ask_character", [_named("character", "akito_hayasaka"), _marker()])
    said = _said(ActionCharacter(), follow, domain)
    assert said[0]["response"] == "utter_who_plays"
    assert said[0]["actor_name"].strip("*") == store.people["ren_nagase"].name


def test_a_pronoun_subject_is_not_the_credit_its_verb_names(store):
    for text in ("what else did she write?", "what else has he composed?", "which other films did he direct"):
        for intent in ("ask_other_work", "ask_director", "ask_crew"):
            result = reading(store, text, intent)
            assert "person" not in tags(result) and result.intent in ("ask_other_work", None), (text, intent)
    result = reading(store, "what else did the director make?", "ask_other_work")
    assert tags(result)["person"] == store.people["takahiro_miki"].name


def test_a_language_said_of_he_or_she_is_their_origin_not_the_films(store):
    for text in ("is she Japanese?", "was he japanese"):
        result = reading(store, text, "ask_language")
        assert result.intent == "ask_fact" and tags(result) == {"attribute": "origin"}, text
    for text in ("is it japanese?", "is the film in japanese?"):
        assert tags(reading(store, text, "ask_language")).get("claim", "").startswith("language:"), text


def test_an_elliptic_attribute_with_a_pronoun_is_the_persons_not_the_films(store):
    # "and where was he born?" asks about him: never the film's language or country
    for text in ("and where was she born?", "and his nationality?", "what about her age?"):
        result = reading(store, text, "ask_fact")
        assert result.intent not in ("ask_language", "ask_rating", "ask_release_date"), text
        assert tags(result).get("attribute") != SAME_QUESTION, text
    result = reading(store, "what else has her director done?", "ask_other_work")
    assert tags(result).get("person") == store.people["takahiro_miki"].name
