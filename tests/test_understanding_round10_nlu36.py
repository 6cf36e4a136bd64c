"""Round 10 of the question reader, nlu36 (issue 10): the film's people as the subject of knowledge-base style
questions ("<X> gender", "what kind of music does <X> make", "what work did <X> publish in <a year>").

Phrasings here are other than the probes' (tests/nlu/probes_round10_nlu36.yml): the rules must hold for the
structure. Reader tests are Rasa-free, with entities as the entity rules would find them; action tests assert
response names and slots. People are taken from the store by what they hold.
"""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.people import ActionOtherWork
from actions.topics import ActionFact
from tests.reading_helpers import name, reading, tags


def person_whose(store, test) -> Any:
    found = next((p for p in store.people.values() if test(p)), None)
    if found is None:
        pytest.skip("no such person in the store")
    return found


def crew_person(store, role: str) -> Any:
    return store.people[store.crew[role].people[0]]


def run(action, domain, text: str, intent: str, entities: list[dict]) -> tuple[list[str], dict]:
    """One action on one message; returns (response names, slot events)."""
    message = {"text": text, "intent": {"name": intent, "confidence": 1.0}, "entities": entities}
    tracker = Tracker("test", {}, message, [{"event": "user", "text": text}], False, None, {}, "")
    dispatcher = CollectingDispatcher()
    result = asyncio.run(action.run(dispatcher, tracker, domain))
    said = [m["response"] for m in dispatcher.messages if m.get("response")]
    return said, {e["name"]: e["value"] for e in result if e.get("event") == "slot"}


# 1. A person's music genre is an attribute the store does not hold, never the film's genre or theme song.
@pytest.mark.parametrize(
    ("template", "intent"),
    [
        ("what sort of music does {} sing", "ask_crew"),
        ("{} musical style", "ask_genre"),
        ("which genres of music is {} into", "ask_other_work"),
        ("what type of music does {} play", "ask_person"),
    ],
)
def test_a_persons_music_genre_is_not_held(store, template, intent):
    person = crew_person(store, "theme_song")
    text = template.format(person.name)
    result = reading(store, text, intent, [name(text, person.name, "person")])
    assert (result.intent, tags(result).get("attribute")) == ("ask_fact", "music_genre")


def test_the_music_genre_names_the_person_in_the_dont_know(store, domain):
    person = crew_person(store, "music")
    text = f"what kinds of music has {person.name} made"
    entities = [name(text, person.name, "person"), name(text, "kinds of music", "attribute")]
    entities[-1]["value"] = "music_genre"
    said, _ = run(ActionFact(), domain, text, "ask_fact", entities)
    assert said == ["utter_dont_know_subject_attribute"]


def test_the_films_music_is_still_the_music_credit(store):
    assert reading(store, "what kind of music is in the film", "ask_crew").intent in (None, "ask_crew")
    assert reading(store, "what genre of music is some band", "ask_genre").intent == "out_of_scope"


# 2. "bibliography", "discography": a person's works.
@pytest.mark.parametrize("word", ["bibliography", "discography"])
def test_a_list_of_works_by_its_name_is_other_work(store, word):
    person = crew_person(store, "music")
    text = f"tell me the {word} of {person.name}"
    assert reading(store, text, "out_of_scope", [name(text, person.name, "person")]).intent == "ask_other_work"


# 3. "<an award> winner <X>" describes X; the other attribute is asked.
def test_an_award_winner_description_is_not_the_question(store):
    person = person_whose(store, lambda p: p.birthplace is not None and p.birthplace.known)
    text = f"in which town was best actress winner {person.name} born"
    result = reading(store, text, "ask_fact", [name(text, person.name, "person")])
    assert tags(result).get("attribute") == "birthday"


def test_an_award_asked_of_a_winner_is_still_the_award(store):
    person = person_whose(store, lambda p: p.birthplace is not None and p.birthplace.known)
    text = f"which prize did {person.name} win"
    result = reading(store, text, "ask_fact", [name(text, person.name, "person")])
    assert tags(result).get("attribute") == "awards"


# 4. "What work did <X> publish in <a year>?": the person's works, of that year.
def test_a_work_noun_asks_for_the_persons_works(store):
    person = person_whose(store, lambda p: any(w.year for w in p.known_for))
    text = f"what work is {person.name} famous for"
    assert reading(store, text, "ask_fact", [name(text, person.name, "person")]).intent == "ask_other_work"


def test_a_work_of_a_year_is_listed_by_that_year(store, domain):
    person = person_whose(store, lambda p: any(w.year for w in p.known_for))
    year = next(w.year for w in person.known_for if w.year)
    text = f"what work did {person.name} put out in {year}"
    result = reading(store, text, "ask_fact", [name(text, person.name, "person")])
    assert result.intent == "ask_other_work"
    said, _ = run(ActionOtherWork(), domain, text, "ask_other_work", [name(text, person.name, "person")])
    assert said == ["utter_works_of_year"]


@pytest.mark.parametrize("template", ["what was the first work of {}", "what work does {} do"])
def test_one_work_or_a_job_is_not_the_list(store, template):
    person = person_whose(store, lambda p: any(w.year for w in p.known_for))
    text = template.format(person.name)
    assert reading(store, text, "ask_fact", [name(text, person.name, "person")]).intent != "ask_other_work"


# 5. "Is <X> a woman?": the person's gender, said by name, not "I don't know that" and a description.
@pytest.mark.parametrize("noun", ["lady", "boy", "male"])
def test_a_sex_noun_asks_the_gender(store, noun):
    person = person_whose(store, lambda p: p.about is not None and p.about.known)
    text = f"was {person.name} a {noun}"
    result = reading(store, text, "ask_person", [name(text, person.name, "person")])
    assert (result.intent, tags(result).get("attribute")) == ("ask_fact", "gender")


def test_a_crew_role_described_by_a_sex_is_its_holders_gender(store):
    text = "is the director a woman"
    result = reading(store, text, "ask_director", [name(text, "director", "crew_role")])
    holder = crew_person(store, "director")
    assert tags(result).get("attribute") == "gender"
    assert tags(result).get("person") == holder.name


def test_another_description_is_still_a_description(store):
    person = person_whose(store, lambda p: p.about is not None and p.about.known)
    text = f"is {person.name} a dancer"
    result = reading(store, text, "ask_person", [name(text, person.name, "person")])
    assert tags(result).get("claim") == "person_describes:dancer"


@pytest.mark.parametrize("text", ["was the author a man?", "is the author of the novel a woman"])
def test_the_novels_author_described_by_a_sex_is_their_gender(store, text):
    """Was `person_describes:<man|woman>` in round 9 (tests/test_understanding_round9_nlu33.py): the reply said
    "I don't know that" and the description; now it names the gender."""
    result = reading(store, text, "ask_novel")
    author = store.people[str(store.novel["author"].value)].name
    assert (result.intent, tags(result).get("attribute"), tags(result).get("person")) == ("ask_fact", "gender", author)


def test_a_nomination_asked_of_a_crew_role_is_still_the_awards(store):
    text = "was the composer nominated for an award"
    result = reading(store, text, "ask_crew", [name(text, "composer", "crew_role")])
    assert "awards" in [e["value"] for e in result.entities if e["entity"] == "attribute"]
