"""Round 8 of the question reader, nlu29 (issue 10): questions about the film's people as persons.

Phrasings here are other than the probes' (tests/nlu/probes_round8_nlu29.yml): the rules must hold
for the structure. Reader tests are Rasa-free, with entities as the entity rules would find them;
action tests assert response names and slots. People are taken from the store by what it holds.
"""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.people import ActionCharacter, ActionPerson
from actions.topics import ActionFact
from bot.understanding.lexicon import default_lexicon
from tests.reading_helpers import name, reading, run, span, tags, values


def person_whose(store, test) -> Any:
    """A person of the store for whom `test(person)` holds (skips when none does)."""
    found = next((p for p in store.people.values() if test(p)), None)
    if found is None:
        pytest.skip("no such person in the store")
    return found


def actor_of(store, alias: str) -> str:
    """The name of the actor of the character the store's alias names ("lead actress")."""
    character = store.resolve(alias, ("character",))[0].id
    return store.people[store.actor_of(character)[0].actor].name


def notes(person) -> list[str]:
    return [part.strip().lower() for work in person.known_for for part in (work.detail or "").split(";")]


# 1. A character named through its performer is the actor when a person's attribute is asked.
@pytest.mark.parametrize(
    ("text", "mention", "alias", "attribute"),
    [
        ("what is the leading man's height", "leading man", "leading man", "height"),
        ("is the actress who plays haruna married", "haruna", "haruna", "married"),
        ("when was the girl that played haruna born", "haruna", "haruna", "birthday"),
    ],
)
def test_a_role_named_by_its_performer_is_the_actor(store, text, mention, alias, attribute):
    result = reading(store, text, "ask_character", [name(text, mention, "character")])
    assert values(result, "person") == [actor_of(store, alias)]
    assert tags(result)["attribute"] == attribute
    assert [e["value"].lower() for e in result.drop] == [mention]


def test_a_lead_performer_nobody_tagged_is_the_leads_actor(store):
    result = reading(store, "what is the age of the main actor", "out_of_scope", [])
    assert (result.intent, tags(result)["attribute"]) == ("ask_fact", "age")
    assert tags(result)["person"] == actor_of(store, "lead actor")


@pytest.mark.parametrize(
    ("text", "mention"),
    [("how old is the main character", "main character"), ("who is the actress who plays haruna", "haruna")],
)
def test_a_character_or_a_who_question_stays_as_it_was(store, text, mention):
    result = reading(store, text, "ask_character", [name(text, mention, "character")])
    assert "person" not in tags(result)


# 2. Schooling is a person's attribute the store does not hold: "I don't know <X>'s education".
@pytest.mark.parametrize(
    ("text", "intent", "entities"),
    [
        ("where did she go to college", "nlu_fallback", []),
        ("what did he major in at university", "nlu_fallback", []),
        ("where did the composer go to school", "ask_crew", [("composer", "crew_role")]),
    ],
)
def test_schooling_is_an_unheld_attribute_of_a_person(store, text, intent, entities):
    result = reading(store, text, intent, [name(text, w, k) for w, k in entities])
    assert (result.intent, tags(result)["attribute"]) == ("ask_fact", "education")


def test_a_school_of_the_film_is_no_persons_schooling(store):
    assert "education" not in values(reading(store, "is it a high school romance", "ask_genre"), "attribute")


# 3. A role word that is a title before a name, or the name itself, is no verb of making.
def test_a_title_before_a_name_is_no_works_question(store):
    who = store.people[store.crew["screenplay"].people[0]].name
    text = f"which universities did screenwriter {who} attend"
    result = reading(store, text, "ask_person", [name(text, "screenwriter", "crew_role"), name(text, who, "person")])
    assert result.intent != "ask_other_work"


def test_what_the_author_of_the_book_does_is_their_occupation(store):
    result = reading(store, "what does the novelist of the book do?", "ask_novel", [])
    assert result.intent == "ask_person"
    assert tags(result)["person"] == store.people[str(store.novel["author"].value)].name


@pytest.mark.parametrize("text", ["what are the dramas he has been in", "which were the films starring her"])
def test_plural_works_after_what_are_the_are_the_persons(store, text):
    assert reading(store, text, "nlu_fallback").intent == "ask_other_work"


# 4. "Is <a person> (also) a <role>?": what the person is, unless they hold that credit.
def test_a_role_with_an_article_asks_what_someone_is(store):
    who = person_whose(store, lambda p: p.kind == "person" and not store.crew_roles_of(p.id) and store.roles_of(p.id))
    text = f"is {who.name} also a singer"
    result = reading(store, text, "ask_person", [name(text, who.name, "person")])
    assert values(result, "claim") == ["person_describes:singer"]


def test_the_credit_holder_is_still_asked_about_the_credit(store):
    who = store.people[store.crew["music"].people[0]].name
    text = f"is {who} a composer"
    result = reading(store, text, "ask_person", [name(text, who, "person")])
    assert values(result, "claim") == ["credit:music"]


def test_an_undecided_description_says_i_dont_know_then_what_is_known(store, domain):
    who = person_whose(store, lambda p: p.about is not None and p.about.known and "singer" not in str(p.about.value))
    text = f"is {who.name} a singer"
    entities = [span(text, who.name, "person"), span(text, "singer", "claim", "person_describes:singer")]
    said, _, _ = run(ActionPerson(), domain, text, entities)
    assert said == ["utter_dont_know", "utter_person_about"]


# 5. Awards and nationality of a person are read from their description and their works' notes.
def test_awards_are_the_notes_of_the_works_that_say_so(store, domain):
    person = person_whose(store, lambda p: sum("won" in n or "prize" in n for n in notes(p)) >= 2)
    text = f"which prizes has {person.name} won"
    entities = [span(text, person.name, "person"), span(text, "prizes", "attribute", "awards")]
    said, _, slots = run(ActionFact(), domain, text, entities)
    assert set(said) == {"utter_person_work_said"} and len(said) >= 2 and slots["person"] == person.id


def test_no_award_note_is_i_dont_know_naming_the_person(store, domain):
    evidence = default_lexicon().attributes["awards"].evidence
    person = person_whose(
        store,
        lambda p: p.kind == "person" and p.about is not None and not any(w in " ".join(notes(p)) for w in evidence),
    )
    text = f"which awards did {person.name} get"
    entities = [span(text, person.name, "person"), span(text, "awards", "attribute", "awards")]
    said, messages, _ = run(ActionFact(), domain, text, entities)
    assert said == ["utter_dont_know_subject_attribute"] and messages[0]["subject_name"] == person.name


def test_reviews_received_give_way_to_the_award(store):
    who = person_whose(store, lambda p: p.known_for).name
    text = f"for which film did {who} receive an award"
    result = reading(store, text, "ask_other_work", [name(text, who, "person")])
    assert tags(result)["attribute"] == "awards"


# 6. After "who plays <a character>?", a personal question of a pronoun keeps the actor for the next one.
def _after(first_action: str, character: str) -> list[dict]:
    """Events of "<who plays | who is> <a character>?" then "is she married?" (answered about someone)."""
    return [
        {"event": "user", "text": "q1", "parse_data": {"entities": [{"entity": "character", "value": character}]}},
        {"event": "action", "name": first_action},
        {"event": "user", "text": "is she married", "parse_data": {"entities": [{"entity": "attribute"}]}},
        {"event": "action", "name": "action_fact"},
    ]


@pytest.mark.parametrize(("first_action", "actors"), [("action_who_plays", True), ("action_character", False)])
def test_the_actor_stays_the_subject_over_a_pronoun_question(store, domain, first_action, actors):
    credit = store.cast[0]
    character, actor = store.characters[credit.character], store.people[credit.actor]
    text = "and how tall is she"
    message = {
        "text": text,
        "intent": {"name": "ask_character", "confidence": 1.0},
        "entities": [span(text, "tall", "attribute", "height")],
    }
    events = [*_after(first_action, character.name), {"event": "user", "text": text}]
    slots = {"character": character.id, "person": actor.id}
    tracker = Tracker("test", slots, message, events, False, None, {}, "")
    dispatcher = CollectingDispatcher()
    asyncio.run(ActionCharacter().run(dispatcher, tracker, domain))
    named = [
        m.get("subject_name") for m in dispatcher.messages if m.get("response") == "utter_dont_know_subject_attribute"
    ]
    assert (named == [actor.name]) is actors


@pytest.mark.parametrize("tail", ["for this role", "for her part in drawing closer", "for the movie"])
def test_an_award_for_this_film_is_not_another_works_note(store, domain, tail):
    person = person_whose(store, lambda p: any("won" in n for n in notes(p)))
    text = f"did {person.name} win any awards {tail}"
    entities = [span(text, person.name, "person"), span(text, "awards", "attribute", "awards")]
    assert run(ActionFact(), domain, text, entities)[0] == ["utter_dont_know_subject_attribute"]


def test_a_yes_no_award_is_yes_then_the_notes(store, domain):
    person = person_whose(store, lambda p: any("won" in n for n in notes(p)))
    text = f"did {person.name} ever win a prize"
    entities = [span(text, person.name, "person"), span(text, "prize", "attribute", "awards")]
    said = run(ActionFact(), domain, text, entities)[0]
    assert said[0] == "utter_claim_yes" and set(said[1:]) == {"utter_person_work_said"}


def test_a_movie_described_by_the_award_is_another_work(store, domain):
    person = person_whose(store, lambda p: any("won" in n for n in notes(p)))
    text = f"name the film for which {person.name} won an award"
    entities = [span(text, person.name, "person"), span(text, "award", "attribute", "awards")]
    assert "utter_person_work_said" in run(ActionFact(), domain, text, entities)[0]
