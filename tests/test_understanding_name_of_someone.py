"""'What is the name of the female lead?', 'the main character's name?': a name owned by a character or
person named is theirs, never the film's title (which the classifier guesses from "what is the name of")."""

from __future__ import annotations

import pytest

from bot.understanding.lexicon import token_spans, tokens
from bot.understanding.people_reading import lead_by_noun, lead_of_gender
from tests.reading_helpers import name, reading


@pytest.mark.parametrize(
    ("text", "described"),
    [
        ("what is the name of the female lead", "female lead"),
        ("what's the main character's name", "main character"),
        ("tell me the name of the main character", "main character"),
    ],
)
def test_the_name_of_a_character_named_is_the_characters(store, text, described):
    result = reading(store, text, "ask_title", [name(text, described, "character")])
    assert result.intent == "ask_character"


def test_the_name_of_a_person_named_is_the_persons(store):
    director = store.people[store.crew["director"].people[0]].name
    text = f"what is the name of {director}"
    assert reading(store, text, "ask_title", [name(text, director, "person")]).intent == "ask_person"


@pytest.mark.parametrize("text", ["what is the name of the movie", "what's the title"])
def test_the_name_of_the_film_stays_the_title(store, text):
    assert reading(store, text, "ask_title").intent in (None, "ask_title")


def test_the_name_of_the_film_someone_is_in_stays_a_question_about_the_film(store):
    actor = store.people[store.crew["director"].people[0]].name
    text = f"what's the name of the film {actor} is in"
    assert reading(store, text, "ask_title", [name(text, actor, "person")]).intent != "ask_character"


def test_the_girl_in_the_film_named_by_its_title_is_the_female_lead(store):
    text = f"who is the girl in {store.title.lower()}"
    lead = lead_by_noun(tokens(text), token_spans(text), store)
    assert lead is not None and lead["value"] == store.characters[lead_of_gender(store, "she")].name


def test_the_girls_name_is_the_female_leads_but_the_girls_mom_is_not_her(store):
    text = "what's the girl's name"
    lead = lead_by_noun(tokens(text), token_spans(text), store)
    assert lead is not None and lead["value"] == store.characters[lead_of_gender(store, "she")].name
    assert lead_by_noun(tokens("who is the girl's mom"), token_spans("who is the girl's mom"), store) is None
