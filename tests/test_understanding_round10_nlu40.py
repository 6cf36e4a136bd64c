"""Round 10 of the question reader, nlu40 (issue 10): conversations - follow-ups and characters' relations.

Phrasings here are other than the probes' (tests/nlu/probes_round10_nlu40.yml): the rules must hold for
the structure. Reader tests are Rasa-free, with entities as the entity rules would find them; action
tests assert response names and slots. Characters and people are taken from the store by what it holds.
"""

from __future__ import annotations

import asyncio

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.people import ActionCharacter
from bot.store import FactStore
from bot.understanding.ellipsis import SAME_QUESTION
from tests.reading_helpers import name, reading, tags


def _given(store: FactStore, character_id: str) -> str:
    return store.characters[character_id].name.split()[0]


def _relative(store: FactStore, subject: str, relation: str) -> str:
    """The one character the store relates to `subject` by `relation`."""
    found = store.related(subject, (relation,))
    assert len(found) == 1, (subject, relation)
    return found[0].object


def _children_and_parent(store: FactStore) -> tuple[str, str]:
    """A character with a daughter in the store, and the daughter."""
    relation = next(r for r in store.relations if r.relation == "daughter")
    return relation.subject, relation.object


# 1. A relation word before the character it is asked of ----------------------------------------------


def test_whose_relative_a_character_is_asks_the_other_end(store):
    parent, daughter = _children_and_parent(store)
    given = _given(store, daughter)
    for text in (f"whose daughter is {given}", f"Whose daughter was {given}?"):
        result = reading(store, text, "ask_character", [name(text, given, "character")])
        assert tags(result)["relation"] == "parents", text
    son = next(r.object for r in store.relations if r.relation == "son")
    text = f"whose son is {_given(store, son)}?"
    assert tags(reading(store, text, "ask_character", [name(text, _given(store, son), "character")]))["relation"] == (
        "parents"
    )
    mother = next(r for r in store.relations if r.relation == "mother")
    text = f"whose mother is {_given(store, mother.object)}"
    entities = [name(text, _given(store, mother.object), "character")]
    assert tags(reading(store, text, "ask_character", entities))["relation"] == "child"


def test_how_many_relatives_a_character_has_is_that_relation(store):
    parent, _ = _children_and_parent(store)
    given = _given(store, parent)
    for text, key in (
        (f"how many kids does {given} have", "child"),
        (f"how many sisters did {given} have?", "sister"),
        (f"what children does {given} have", "child"),
    ):
        result = reading(store, text, "ask_character", [name(text, given, "character")])
        assert tags(result).get("relation") == key, text


def test_a_relation_word_before_a_name_without_a_verb_between_is_not_anchored_there(store):
    given = _given(store, "akito_hayasaka")
    text = f"is the mother {given}?"
    result = reading(store, text, "ask_character", [name(text, given, "character")])
    assert tags(result).get("relation") != "child"


# 2. Love verbs ---------------------------------------------------------------------------------------


def test_who_a_character_loves_is_the_love_interest(store):
    lover = next(r.subject for r in store.relations if r.relation == "love_interest")
    given = _given(store, lover)
    for text in (f"who does {given} love?", f"whom did {given} fall for", f"who loved {given}", f"who loves {given}?"):
        result = reading(store, text, "ask_character", [name(text, given, "character")])
        assert tags(result).get("relation") == "love_interest", text
    # "fall" alone is no love, and a love verb without "who" asks something else
    for text in (f"who did {given} fall?", f"does {given} love painting?"):
        result = reading(store, text, "ask_character", [name(text, given, "character")])
        assert tags(result).get("relation") != "love_interest", text


# 3. How two characters are connected -----------------------------------------------------------------


def test_a_connection_between_two_characters_is_their_relation(store):
    a, b = _given(store, "haruna_sakurai"), _given(store, "ayaka_miura")
    for text in (f"what's the connection between {a} and {b}", f"how is {a} linked to {b}?"):
        entities = [name(text, a, "character"), name(text, b, "character")]
        assert tags(reading(store, text, "ask_character", entities)).get("relation") == "between", text


# 4. Who does what a character's description says -----------------------------------------------------


def _deed(store: FactStore) -> tuple[str, str, str]:
    """A character whose description has "who <verb>s <him/her>" of a relative: (doer, verb, relative)."""
    for relation in store.relations:
        description = store.characters[relation.subject].description
        said = str(description.value) if description is not None and description.known else ""
        words = said.lower().replace(",", "").replace(".", "").split()
        if "who" in words and words.index("who") + 1 < len(words):
            verb = words[words.index("who") + 1]
            if verb.endswith("es") and verb not in ("does", "goes"):
                return relation.subject, verb, relation.object
    raise AssertionError("no description says who does what")


def test_who_does_what_a_description_says_is_that_character(store):
    doer, verb, relative = _deed(store)
    given = _given(store, relative)
    stem = verb[:-2]
    for text in (f"who {verb} {given}?", f"who is {stem}ing {given}", f"who always {verb} {given}"):
        result = reading(store, text, "ask_person", [name(text, given, "character")])
        assert result.intent == "ask_character", text
        assert tags(result)["character"] == store.characters[doer].name, text


def test_a_verb_no_description_says_changes_nothing(store):
    given = _given(store, "haruna_sakurai")
    for text in (
        f"who plays {given}",
        f"who is {given}",
        f"who dances with {given}?",
        f"who was the mother of {given}",  # no verb before the name: a relation, not a deed
        f"who is the cast member for the role of {given}",
    ):
        result = reading(store, text, "ask_who_plays", [name(text, given, "character")])
        assert tags(result).get("character") in (None, given), text


# 5. A pronoun that plays a character; a character guessed as a crew question; "seen elsewhere" ----------


def test_does_he_play_a_character_is_a_yes_no_of_the_cast(store):
    given = _given(store, "kazuki_hayasaka")
    for text in (f"did he play {given}?", f"does she portray {given} or not"):
        result = reading(store, text, "ask_person", [name(text, given, "character")])
        assert result.intent == "ask_who_plays" and tags(result).get("claim") == "plays", text


def test_a_character_guessed_as_a_crew_question_is_the_character(store):
    alias = "heroine"
    assert alias in store.characters["haruna_sakurai"].aliases
    for text in (f"who was the {alias}", f"and who's the {alias} then?"):
        result = reading(store, text, "ask_crew", [name(text, alias, "character")])
        assert result.intent == "ask_character", text
    # a crew role named keeps the crew question
    text = "who did the music for the heroine's scenes"
    start = text.index("music")
    role = {"entity": "crew_role", "value": "music", "start": start, "end": start + 5}
    assert reading(store, text, "ask_crew", [role, name(text, alias, "character")]).intent != "ask_character"


def test_seen_elsewhere_is_other_work_but_watching_elsewhere_is_not(store):
    assert reading(store, "have we seen him elsewhere?", "nlu_fallback").intent == "ask_other_work"
    assert reading(store, "is it streaming elsewhere?", "ask_where_to_watch").intent != "ask_other_work"


# 6. The actions: a relation follow-up keeps what it leaves out ---------------------------------------


def _conversation(previous: list[tuple[str, list[dict]]], text: str, intent: str, entities: list[dict]) -> Tracker:
    events = [{"event": "user", "text": "", "parse_data": {"intent": {"name": i}, "entities": e}} for i, e in previous]
    message = {"text": text, "intent": {"name": intent, "confidence": 1.0}, "entities": entities}
    events.append({"event": "user", "text": text, "parse_data": message})
    return Tracker("test", {}, message, events, False, None, {}, "action_listen")


def _said(conversation: Tracker, domain) -> tuple[list[dict], dict]:
    dispatcher = CollectingDispatcher()
    events = asyncio.run(ActionCharacter().run(dispatcher, conversation, domain))
    slots = {e["name"]: e["value"] for e in events if e.get("event") == "slot"}
    return [m for m in dispatcher.messages if m.get("response")], slots


def _named(kind: str, value: str) -> dict:
    return {"entity": kind, "value": value}


def _marker() -> dict:
    return {"entity": "attribute", "value": SAME_QUESTION}


def test_and_her_other_relative_is_still_the_first_characters(store, domain):
    _, daughter = _children_and_parent(store)
    asked = ("ask_character", [_named("character", store.characters[daughter].name), _named("relation", "mother")])
    follow = _conversation([asked], "and her father?", "ask_character", [_named("relation", "father"), _marker()])
    _, slots = _said(follow, domain)
    assert slots.get("character") == _relative(store, daughter, "father")


def test_and_a_pronoun_that_does_not_fit_the_first_character_is_the_one_answered(store, domain):
    son = "akito_hayasaka"
    asked = ("ask_character", [_named("character", store.characters[son].name), _named("relation", "mother")])
    follow = _conversation([asked], "and her father?", "ask_character", [_named("relation", "father"), _marker()])
    _, slots = _said(follow, domain)
    assert slots.get("character") != _relative(store, son, "father")


def test_what_about_another_character_after_who_is_a_relative_asks_their_relative(store, domain):
    haruna = store.characters["haruna_sakurai"].name
    asked = ("ask_character", [_named("character", haruna), _named("relation", "father")])
    other = store.characters["akito_hayasaka"].name
    follow = _conversation([asked], f"how about {other}?", "ask_character", [_named("character", other), _marker()])
    _, slots = _said(follow, domain)
    assert slots.get("character") == _relative(store, "akito_hayasaka", "father")


def test_who_plays_a_relative_then_another_character_still_asks_who_plays_them(store, domain):
    haruna = store.characters["haruna_sakurai"].name
    asked = ("ask_who_plays", [_named("character", haruna), _named("relation", "mother")])
    other = store.characters["akito_hayasaka"].name
    follow = _conversation([asked], f"and {other}?", "ask_character", [_named("character", other), _marker()])
    said, _ = _said(follow, domain)
    assert said[0]["response"] == "utter_who_plays"
