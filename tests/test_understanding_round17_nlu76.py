"""Round 17 of the question reader, nlu76 (issue 10): context. Follow-ups ("what about <a thing>?") and two
questions in one message. Phrasings are other than the grid's (tests/nlu/probes_round17_nlu76.yml); names come
from the store."""

from __future__ import annotations

import asyncio

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.film_facts import ActionReleaseDate
from actions.people import ActionCast, ActionWhoPlays
from bot.understanding import reading as reader
from bot.understanding.ellipsis import SAME_QUESTION
from bot.understanding.lexicon import default_lexicon
from tests.reading_helpers import name, reading, run, values

FALLBACK = "nlu_fallback"


def _first_names(store, count: int = 4) -> list[str]:
    return [store.characters[credit.character].name.split()[0] for credit in store.cast[:count]]


def _the_forms(store) -> list[str]:
    """The characters' names and aliases that open with "the" ("the <a role>"), as people say them."""
    forms = [form for c in store.characters.values() for form in (c.name, *c.aliases)]
    return [form for form in forms if form.lower().startswith("the ")]


# 1. A hyphen inside a word ("<a>-<b>") joins it: no clause starts there.
def test_a_hyphenated_word_is_no_clause_break():
    words = reader._Words.of("so what about the well-known one?")
    assert reader._clause_starts(words) == [0]
    assert reader._clause_starts(reader._Words.of("who directed it - is it good")) == [0, 3]


# 2. "What about <the role>?": the previous question about that character, even when the name's words are a
# lexicon phrase of their own ("the hero" is the lead) or hyphenated; the classifier's guess was the plot.
def test_what_about_a_character_by_a_role_name_asks_the_previous_question(store):
    forms = _the_forms(store)
    assert forms
    for form in forms:
        text = f"ok and what about {form}?"
        found = reading(store, text, "ask_plot", [name(text, form, "character", form)])
        assert found.intent == "ask_character", form
        assert values(found, "attribute") == [SAME_QUESTION], form


# 3. A clause "who plays <a character>" read alone is who plays them, not a person by that name.
def test_who_plays_a_character_read_alone_is_who_plays(store):
    for first in _first_names(store):
        text = f"and who plays {first}"
        found = reading(store, text, FALLBACK, [name(text, first, "character", first)])
        assert found.intent == "ask_who_plays", first


def test_a_person_named_without_a_play_verb_is_still_the_person(store):
    actor = store.people[store.cast[0].actor].name
    text = f"who is {actor}"
    assert reading(store, text, FALLBACK, [name(text, actor, "person", actor)]).intent == "ask_person"


@pytest.mark.parametrize(
    ("ask", "intent", "first", "also"),
    [
        ("who plays {c} and who's the director", "ask_who_plays", "ask_who_plays", "ask_director"),
        ("how long is it, and who plays {c}?", "ask_runtime", "ask_runtime", "ask_who_plays"),
        ("who plays {c} and also when did it come out", "ask_person", "ask_who_plays", "ask_release_date"),
        ("who is in the cast and who plays {c}", "ask_who_plays", "ask_cast", "ask_who_plays"),
    ],
)
def test_who_plays_a_character_is_one_part_of_two(store, ask, intent, first, also):
    for character in _first_names(store):
        text = ask.format(c=character)
        found = reading(store, text, intent, [name(text, character, "character", character)])
        assert found.intent == first, text
        assert values(found, "also_ask") == [also], text


# 4. Each part is answered of its own names: the cast list is not the actor of the character another part names.
@pytest.mark.parametrize(
    ("ask", "action", "intent", "other"),
    [
        ("who is in the cast and who plays {c}", ActionCast, "ask_cast", "ask_who_plays"),
        ("who plays {c} and who is in the cast", ActionWhoPlays, "ask_who_plays", "ask_cast"),
    ],
)
def test_each_part_is_answered_of_its_own_names(store, domain, ask, action, intent, other):
    character = _first_names(store)[2]
    text = ask.format(c=character)
    part = text.index("who", 1)
    entities = [
        name(text, character, "character", character),
        {"entity": "also_ask", "value": other, "start": part, "end": len(text)},
    ]
    said, _, _ = run(action(), domain, text, entities, intent=intent)
    cast = [i for i, response in enumerate(said) if response.startswith("utter_cast")]
    assert cast and "utter_who_plays" in said
    assert (cast[0] < said.index("utter_who_plays")) == (intent == "ask_cast")


def test_one_part_keeps_every_name(store, domain):
    character = _first_names(store)[0]
    text = f"who is in it as {character}"
    said, _, _ = run(ActionCast(), domain, text, [name(text, character, "character", character)], intent="ask_cast")
    assert said[0] == "utter_who_plays"


# 5. After a crew credit that is a work of its own (the theme song), "when did it come out?" and "who wrote
# it?" ask that work's date and writer: its card, not the film's release or its screenplay.
def _after(text: str, intent: str, entities: list[dict], earlier_intent: str, earlier: list[dict]) -> Tracker:
    """A tracker after one earlier question (its intent and entities), answered."""
    parsed = {"intent": {"name": earlier_intent}, "entities": earlier}
    message = {"text": text, "intent": {"name": intent, "confidence": 0.99}, "entities": entities}
    events = [
        {"event": "user", "text": "earlier", "parse_data": parsed},
        {"event": "action", "name": earlier_intent.replace("ask_", "action_", 1)},
        {"event": "action", "name": "action_listen"},
        {"event": "user", "text": text, "parse_data": message},
    ]
    return Tracker("test", {}, message, events, False, None, {}, "action_listen")


def _after_a_credit(text: str, intent: str, entities: list[dict], role: str) -> Tracker:
    return _after(text, intent, entities, "ask_crew", [{"entity": "crew_role", "value": role}])


def _credits_with_a_work(store) -> list[str]:
    return [role for role, credit in store.crew.items() if credit.work is not None]


def _said(action, tracker: Tracker, domain: dict) -> list[str]:
    dispatcher = CollectingDispatcher()
    asyncio.run(action.run(dispatcher, tracker, domain))
    return [str(m.get("response")) for m in dispatcher.messages]


@pytest.mark.parametrize(
    ("text", "intent", "entities", "action"),
    [
        ("and when was it released?", "ask_release_date", [], ActionReleaseDate),
        ("who wrote it then", "ask_crew", [{"entity": "crew_role", "value": "screenplay", "start": 4, "end": 9}], None),
    ],
)
def test_it_after_a_credited_work_is_that_work(store, domain, text, intent, entities, action):
    from actions.crew import ActionCrew

    roles = _credits_with_a_work(store)
    assert roles
    for role in roles:
        tracker = _after_a_credit(text, intent, [dict(e) for e in entities], role)
        said = _said((action or ActionCrew)(), tracker, domain)
        # "who wrote it then": the work's writer when the store names one (round 32), else the work's card
        work = store.crew[role].work
        named_writer = "wrote" in text and work.extra.get("written_by") in store.people
        assert said[0] == ("utter_work_writer_of_cover" if named_writer else f"utter_crew_{role}"), role


def test_it_after_a_credit_without_a_work_is_the_film(store, domain):
    role = next(role for role, credit in store.crew.items() if credit.work is None and not credit.unknown)
    tracker = _after_a_credit("and when was it released?", "ask_release_date", [], role)
    said = _said(ActionReleaseDate(), tracker, domain)
    assert not any(s.startswith("utter_crew") for s in said)


# 6. A doubt of the last answer ("really?") asks for its sources: not "didn't get that", not the bot's identity.
@pytest.mark.parametrize(
    "text", ["really??", "oh really", "you sure?", "are you sure about that", "srsly?", "how do you know that?"]
)
def test_a_doubt_of_the_last_answer_asks_its_sources(text):
    assert reader.about_the_conversation(text, default_lexicon()) == "ask_source"


@pytest.mark.parametrize(
    "text", ["sure", "ok sure", "i really think so", "i'm not sure", "really? who made it", "it was really good"]
)
def test_agreement_or_a_question_is_no_doubt(text):
    assert reader.about_the_conversation(text, default_lexicon()) != "ask_source"


def _after_a_thing(text: str, intent: str, thing: str) -> Tracker:
    return _after(text, intent, [], "ask_fact", [{"entity": "topic", "value": thing}])


def test_it_after_one_of_the_films_things_is_that_thing(store, domain):
    """ "Is there a sequel?" then "when will it come out?": the sequel's date (not held), not the premiere."""
    things = [key for key in default_lexicon().owned_things if key in store.film]
    assert things
    premiere = _said(ActionReleaseDate(), _after_a_thing("when did it come out?", "ask_release_date", "x"), domain)
    for thing in things:
        said = _said(
            ActionReleaseDate(), _after_a_thing("and when will it come out?", "ask_release_date", thing), domain
        )
        assert said != premiere, thing


@pytest.mark.parametrize(
    ("ask", "marked"),
    [("where was the actress and model {a} born", "actress and"), ("where is {a} from and what is her job", "job")],
)
def test_a_part_marked_on_a_word_keeps_the_messages_name(store, domain, ask, marked):
    """A part marked on the word it asks, not on a clause ("... and what is her <job>"): the name said anywhere
    in the message is that part's subject too (the later part was "who do you mean?")."""
    actor = store.people[store.cast[1].actor].name
    text = ask.format(a=actor)
    part = text.index(marked)
    entities = [
        name(text, actor, "person", actor),
        {"entity": "also_ask", "value": "ask_person", "start": part, "end": part + len(marked)},
    ]
    said, _, _ = run(ActionCast(), domain, text, entities, intent="ask_cast")
    assert "utter_person_plays" in said  # the person part found its name, not "who do you mean?"
