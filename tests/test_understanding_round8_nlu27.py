"""Round 8 of the question reader, nlu27 (issue 10): trivia-style and knowledge-base-style questions.

Phrasings here are other than the probes' (tests/nlu/probes_round8_nlu27.yml): the rules must hold for
the structure. Names come from the fact store; reader tests are Rasa-free, with entities as the entity
rules would find them.
"""

from __future__ import annotations

import pytest
from rasa.shared.nlu.training_data.message import Message

from bot.nlu_components import OtherSubjectGuard
from bot.nlu_frame import QuestionReader
from bot.scope import Vocabulary
from bot.store import FactStore
from bot.understanding.lexicon import default_lexicon
from tests.reading_helpers import name, reading, tags


def lead(store: FactStore, billing: int) -> str:
    return store.people[store.cast[billing].actor].name


def role(store: FactStore, billing: int) -> str:
    """The given name of a lead's character (how quiz questions name a character)."""
    return store.characters[store.cast[billing].character].name.split()[0]


def director(store: FactStore) -> str:
    return store.people[store.crew["director"].people[0]].name


def person_entities(text: str, *people: str) -> list[dict]:
    return [name(text, p, "person") for p in people]


# 1. "who co-starred with <an actor>?": the others in the cast, not the named one's role or works.
@pytest.mark.parametrize(
    "template",
    [
        "who is {a}'s co-star?",
        "name the actress who acted opposite {a}",
        "which actor appears alongside {a} in it?",
        "{a} costars with which actress in the film?",
        "who shared the screen as the co-lead with {a}",
    ],
)
def test_a_co_star_question_is_the_cast_beyond_the_one_named(store, template):
    text = template.format(a=lead(store, 0))
    result = reading(store, text, "ask_person", person_entities(text, lead(store, 0)))
    assert result.intent == "ask_cast"
    assert [e["value"] for e in result.drop] == [lead(store, 0)]


def test_a_co_star_of_a_character_is_the_cast_too(store):
    text = f"who plays opposite {role(store, 1).lower()}?"
    result = reading(store, text, "ask_who_plays", [name(text, role(store, 1).lower(), "character")])
    assert result.intent == "ask_cast"


@pytest.mark.parametrize(
    "template",
    [
        "did {a} act with {b} before?",  # yes/no about their other work
        "who else has {a} starred with?",  # other films
        "what other films did {a} star in with {b}",
        "who did {a} play in it",  # no co-star word
    ],
)
def test_no_co_star_question_without_the_form(store, template):
    text = template.format(a=lead(store, 0), b=lead(store, 1))
    people = [p for p in (lead(store, 0), lead(store, 1)) if p in text]
    result = reading(store, text, "ask_other_work", person_entities(text, *people))
    assert "the co-stars of someone named" not in result.why


GUARD_CONFIG = {"out_of_scope_intent": "out_of_scope", "unguarded_intents": []}


def guarded(store: FactStore, text: str, entities: list[dict]) -> str:
    guard = OtherSubjectGuard(GUARD_CONFIG, None, None, Vocabulary(frozenset("who played acted the in".split())))
    reader = QuestionReader(store, default_lexicon())
    message = Message(data={"text": text, "intent": {"name": "ask_who_plays", "confidence": 0.9}})
    message.set("entities", entities)
    reader.process(guard.process([message]))
    return message.get("intent")["name"]


def test_opposite_a_character_is_no_other_persons_full_name(store):
    # a character's given name may be a crew member's family name: "opposite <it>" is not someone else
    given = role(store, 1).lower()
    text = f"who acted opposite {given}"
    assert guarded(store, text, [name(text, given, "character")]) == "ask_cast"


def test_opposite_someone_unknown_is_still_refused(store):
    assert guarded(store, "who plays opposite john wayne", []) == "out_of_scope"


# 2. "the film directed by <our director> starring <our actor>": this film described by its people.
@pytest.mark.parametrize(
    ("template", "intent"),
    [
        ("how many minutes is the movie directed by {d}?", "ask_runtime"),
        ("what language is the netflix drama starring {a} and {b} in", "ask_language"),
        ("when did the film directed by {d} with {a} come out", "ask_release_date"),
        ("who composed the score for the romance starring {b}", "ask_crew"),
    ],
)
def test_a_film_described_by_its_people_is_this_film(store, template, intent):
    text = template.format(a=lead(store, 0), b=lead(store, 1), d=director(store))
    people = [p for p in (director(store), lead(store, 0), lead(store, 1)) if p in text]
    roles = [name(text, "score", "crew_role")] if "score" in text else []  # as the entity rules tag it
    result = reading(store, text, "ask_other_work", person_entities(text, *people) + roles)
    assert "this film described by its people" in result.why
    assert (result.intent or "ask_other_work") == intent
    assert "person" not in tags(result)


@pytest.mark.parametrize(
    "template",
    [
        "which movies starring {a} did {d} direct?",  # the works themselves are asked
        "what was the first film directed by {d}?",  # one of the director's works, maybe not this
        "what other movie starring {a} came out that year?",
        "who is {a}?",  # no description
        "is there a movie with {a}?",  # some work, not this one
        "recommend any drama starring {a}",
        "what films starring someone else did {d} make?",  # not everyone named is ours... no name there
    ],
)
def test_no_description_of_this_film(store, template):
    text = template.format(a=lead(store, 0), d=director(store))
    people = [p for p in (director(store), lead(store, 0)) if p in text]
    result = reading(store, text, "ask_other_work", person_entities(text, *people))
    assert "this film described by its people" not in result.why


def test_a_described_film_of_another_year_is_not_this_one(store):
    text = f"what is the 2011 film starring {lead(store, 0)} called?"
    result = reading(store, text, "ask_other_work", person_entities(text, lead(store, 0)))
    assert "this film described by its people" not in result.why


# 3. A quiz clue, then the question: "<the film>, a … film, was released in <a year>. In which country was it made?"
@pytest.mark.parametrize(
    ("text", "intent", "asked"),
    [
        ("This film came out on Netflix in 2024. How many minutes is the film?", "ask_release_date", "ask_runtime"),
        ("The movie adapts a web novel. Who directed the movie?", "ask_novel", "ask_director"),
        ("It was a hit in Japan. In what language is the movie?", "ask_fact", "ask_language"),
    ],
)
def test_a_clue_before_a_wh_question_about_the_film_asks_nothing(store, text, intent, asked):
    result = reading(store, text, intent)
    assert "statements left out: 1" in result.why
    assert (result.intent or intent) == asked
    assert "claim" not in tags(result) and "also_ask" not in tags(result)


@pytest.mark.parametrize(
    "text",
    [
        "It came out in 2024. Is it on Netflix?",  # the question is yes/no, not a wh-question
        "Haruna is ill. What is her illness?",  # a pronoun for someone in the clue
        "It came out in 2024? What genre is it?",  # two questions
        "It came out in 2024, what genre is it?",  # one sentence
        "A studio made the film. Which one is it?",  # "it" may point into the clue
        "I loved her in it. Which country is the film from?",  # the conversation, not a clue
    ],
)
def test_no_clue_left_out(store, text):
    assert not any(w.startswith("statements left out") for w in reading(store, text, "ask_genre").why)


# 4. "written by this famous web-novel author": a part of the novel before an author noun describes the author.
def test_a_novel_part_before_an_author_noun_is_not_asked(store):
    assert "novel_origin" not in tags(reading(store, "who is the web novel author behind the book?", "ask_novel"))
    assert tags(reading(store, "was the book a web novel at first?", "ask_novel"))["attribute"] == "novel_origin"


# 5. "What actress portrays <a character> in <the film described>?": who plays the character, not a person's page.
def test_a_performer_asked_of_a_character_is_who_plays_them(store):
    given = role(store, 1)
    text = f"Which actress portrays {given} in the 2024 Netflix love story?"
    assert reading(store, text, "ask_person", [name(text, given, "character")]).intent == "ask_who_plays"
    assert reading(store, text, "nlu_fallback", [name(text, given, "character")]).intent == "ask_who_plays"
    text = f"tell me about the actress who portrays {given}"  # about the person: left to the classifier
    assert reading(store, text, "ask_person", [name(text, given, "character")]).intent != "ask_who_plays"
