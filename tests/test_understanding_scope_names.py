"""Whose question is it (issue 10, round 5): names the store does not hold, the novel's author,
roles and works of other films. Phrasings here are not the probes' (tests/nlu/probes_round5_nlu7.yml)."""

from __future__ import annotations

import pytest
from rasa.shared.nlu.training_data.message import Message

from actions.people import ActionPerson
from bot.nlu_components import OtherSubjectGuard
from bot.nlu_frame import QuestionReader
from bot.scope import Vocabulary, unknown_subject
from bot.understanding import proper_names
from bot.understanding.lexicon import default_lexicon, token_spans, tokens
from tests.reading_helpers import name, reading, tags

ORDINARY = default_lexicon().ordinary_names
KNOWN = frozenset("who directed the film movie it is was in on netflix drawing closer haruna akito".split())


def names_in(text: str, store_names: frozenset[str] = frozenset()) -> list[str]:
    words = tokens(text)
    found = proper_names.unknown_names(text, words, token_spans(text), lambda i: False, KNOWN, ORDINARY, store_names)
    return [n.text for n in found]


# --- finding the names (bot/understanding/proper_names.py) -----------------------------------------


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("What year did Mulholland Drive come out?", ["Mulholland Drive"]),  # two capitalised words
        ("who sang in the film Amadeus", ["Amadeus"]),  # one word after a work noun
        ("any films directed by Wes Anderson?", ["Wes Anderson"]),
        ("who wrote the novel Pride and Prejudice?", ["Pride and Prejudice"]),  # glue inside a title
        ("what did Gandalf say to Frodo", ["Gandalf"]),  # the subject after "did"; "to <X>" is no slot
        ("the sequel to 1999's Matrix, who directed it?", ["Matrix"]),  # a year's work
    ],
)
def test_capitalised_names_in_a_subject_place_are_found(text, found):
    assert names_in(text) == found


@pytest.mark.parametrize(
    "text",
    [
        "Was it filmed in Osaka?",  # a place, and an everyday capitalised word
        "Is it on Netflix in December?",
        "Who Directed The Film?",  # Title Case typing: capitals say nothing
        "WHO DIRECTED IT",  # shouting
        "Is it on DVD in the UK?",  # acronyms
        "Casablanca",  # the first word of a sentence
        "I liked it. Casablanca was better though",  # a sentence's first word, after a full stop
    ],
)
def test_everyday_capitals_are_not_names(text):
    assert names_in(text) == []


def test_a_misspelt_full_name_of_the_store_is_not_someone_else():
    held = frozenset({"takahiro miki", "toru nakamura"})
    assert names_in("is Toru Nakamora in it?", held) == []  # one letter off: this film's actor
    assert names_in("is Takashi Miike in it?", held) == ["Takashi Miike"]  # another director


def test_a_name_ends_at_punctuation():
    assert names_in("who sang Moon River, in Breakfast at Tiffanys?") == ["Moon River", "Breakfast at Tiffanys"]


# --- what the reader does with them -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("Who composed the score of Mulholland Drive?", "ask_crew"),
        ("When was Marilyn Monroe born?", "ask_person"),
        ("What did Mary Poppins sing when she flew?", "ask_plot"),  # "she" is Mary Poppins
        ("what 1994 film did she win for?", "ask_other_work"),  # a year none of ours: another work
        ("How many dwarfs are there in the movie Snow White?", "ask_fact"),
    ],
)
def test_a_question_about_another_name_is_out_of_scope(store, text, intent):
    assert reading(store, text, intent).intent == "out_of_scope"


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Is Meryl Streep in it?", "Meryl Streep"),
        ("Who did Ryan Gosling play in Drawing Closer?", "Ryan Gosling"),
        ("Did Sofia Coppola act in the movie?", "Sofia Coppola"),
    ],
)
def test_a_person_the_store_does_not_hold_in_a_question_about_the_film_is_asked_as_a_person(store, text, who):
    result = reading(store, text, "ask_cast")
    assert result.intent == "ask_person"
    assert tags(result)["person"] == who


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("Was it shot in Sendai?", "ask_fact"),
        ("is it streaming on Netflix in Brazil?", "ask_where_to_watch"),
        ("Who Plays Haruna In The Movie?", "ask_who_plays"),
    ],
)
def test_questions_about_this_film_with_capitals_are_not_refused(store, text, intent):
    assert reading(store, text, intent).intent != "out_of_scope"


def test_a_role_phrase_of_another_work_is_out_of_scope_and_of_this_film_is_not(store):
    other = "who is the villain of star wars"
    assert reading(store, other, "ask_character", [name(other, "villain", "character")]).intent == "out_of_scope"
    ours = "who is the main character of the movie"
    result = reading(store, ours, "ask_character", [name(ours, "main character", "character")])
    assert result.intent != "out_of_scope"


# --- the novel's author and a person's works ------------------------------------------------------------


def test_a_books_author_is_the_novelist_not_the_screenwriter(store):
    novelist = store.people[store.novel["author"].value].name
    result = reading(store, "any other books by the author?", "ask_other_work")
    assert (result.intent, tags(result)["person"]) == ("ask_other_work", novelist)
    result = reading(store, "where is the author from?", "ask_person")
    assert tags(result).get("person") in (None, novelist)
    result = reading(store, "how old is the author", "ask_person")
    assert tags(result)["person"] == novelist
    screenwriter = store.people[store.crew["screenplay"].people[0]].name
    assert tags(reading(store, "what else has the screenwriter written?", "ask_other_work"))["person"] == screenwriter


def test_what_a_person_made_is_their_other_work(store):
    director = store.people[store.crew["director"].people[0]].name
    text = f"which movies has {director.lower()} directed?"
    assert reading(store, text, "ask_director", [name(text, director, "person")]).intent == "ask_other_work"
    text = f"who did {director} direct?"  # the characters' director: not a list of works
    assert reading(store, text, "ask_director", [name(text, director, "person")]).intent != "ask_other_work"


# --- the scope guard (bot/scope.py, bot/nlu_components.py) ---------------------------------------------

GUARD_VOCABULARY = Vocabulary.from_texts(["who wrote the book", "who directed the movie", "what is the story about"])


def test_the_guard_looks_past_articles_and_work_nouns_to_the_title():
    assert unknown_subject("who wrote the book the silmarillion", GUARD_VOCABULARY, False) == "silmarillion"


def test_that_after_a_work_noun_is_a_relative_clause_not_the_film():
    assert unknown_subject("movies that are directed by wes anderson", GUARD_VOCABULARY, False) == "wes"
    assert unknown_subject("who directed that", GUARD_VOCABULARY, False) is None


def test_a_message_naming_the_film_is_left_to_the_reader():
    text = "from whose book was drawing closer adapted by the screenwriter"
    assert unknown_subject(text, GUARD_VOCABULARY, False, ("drawing closer",)) is None


GUARD_CONFIG = {"out_of_scope_intent": "out_of_scope", "unguarded_intents": []}


def guarded(store, text: str, entities: list[dict]) -> str:
    guard = OtherSubjectGuard(GUARD_CONFIG, None, None, Vocabulary(frozenset("who is the main of".split())))
    reader = QuestionReader(store, default_lexicon())
    message = Message(data={"text": text, "intent": {"name": "ask_character", "confidence": 0.9}})
    message.set("entities", entities)
    reader.process(guard.process([message]))
    return message.get("intent")["name"]


def test_a_role_phrase_is_not_a_name_that_keeps_the_guard_away(store):
    text = "who is the main character of lord of the flies"
    role = {**name(text, "main character", "character"), "value": "main character"}
    assert guarded(store, text, [role]) == "out_of_scope"


# --- the action: a person the store does not hold ------------------------------------------------------


def test_a_person_the_store_does_not_hold_is_not_known_never_someone_else(turn):
    result = turn(ActionPerson(), text="is Meryl Streep in it?", entities={"person": "Meryl Streep"})
    assert result.responses == ["utter_not_in_film"]
