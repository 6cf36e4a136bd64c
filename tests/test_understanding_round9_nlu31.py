"""Round 9 of the question reader, nlu31 (issue 10): sloppy typing.

Phrasings here are other than the probes' (tests/nlu/probes_round9_nlu31.yml): the rules must hold
for the structure. Names come from the store; reader tests are Rasa-free.
"""

from __future__ import annotations

import pytest

from bot.scope import Vocabulary, owned_by_name
from bot.store import FactStore
from bot.understanding.lexicon import tokens
from bot.understanding.people_reading import lead_of_gender
from bot.understanding.proper_names import store_names
from bot.understanding.spelling import standard
from tests.reading_helpers import name, reading, tags


def given(store: FactStore, character_id: str) -> str:
    return store.characters[character_id].name.split()[0].lower()


# 1. Two neighbouring letters swapped in one of the commonest words of a film question.
@pytest.mark.parametrize(
    ("typed", "meant"),
    [("teh", "the"), ("whta", "what"), ("wehre", "where"), ("moive", "movie"), ("fiml", "film"), ("nmae", "name")],
)
def test_a_swap_of_a_common_word_is_that_word(typed, meant):
    assert standard(typed) == meant


@pytest.mark.parametrize("typed", ["hwo", "form", "dose", "three", "cats"])
def test_a_swap_of_two_words_or_a_real_word_stays_as_typed(typed):
    # "hwo" is who or how; "form", "dose", "three" and "cats" are words of their own
    assert standard(typed) == typed


def test_no_name_of_the_film_is_taken_for_a_swap(store):
    parts = {part for form in store_names(store) for part in form.split()}
    assert {part for part in parts if part.isalpha() and standard(part) != part} == set()


def test_chat_forms_of_from_and_year():
    assert tokens("wat yr was he born, where is he frm") == "what year was he born where is he from".split()


def test_a_swapped_film_word_still_points_at_the_film(store):
    # "is the moive sad": the film, not another work called "moive"
    assert reading(store, "how long is teh flim", "ask_runtime").intent in (None, "ask_runtime")


# 2. A name's possessive typed without the apostrophe.
def test_a_given_name_with_a_bare_s_owns_the_next_word(store):
    who = given(store, "ayaka_miura")
    result = reading(store, f"whats {who}s age", "ask_rating")
    assert tags(result)["character"] == store.characters["ayaka_miura"].name


def test_a_bare_s_after_a_word_that_is_no_name_adds_nobody(store):
    assert "character" not in tags(reading(store, "whats the movies rating", "ask_rating"))
    assert "character" not in tags(reading(store, "what are the songs names", "ask_crew"))


def test_the_guard_sees_a_name_with_a_bare_s_as_the_films(store):
    who = given(store, "natsumi_hayasaka")
    vocabulary = Vocabulary(frozenset({"films", "what", "does", "look", "like"}))
    assert owned_by_name(f"what does {who}s bedroom look like", store_names(store), vocabulary)
    assert not owned_by_name("what do cats look like", store_names(store), vocabulary)
    # a known word ending in "s" is itself, even when a name part is its stem (a company's "Film")
    assert not owned_by_name("how many films did someone make", store_names(store), vocabulary)


@pytest.mark.parametrize(("noun", "gender"), [("girls", "she"), ("guys", "he"), ("heroines", "she")])
def test_the_lead_nouns_name_typed_without_an_apostrophe_is_the_lead(store, noun, gender):
    result = reading(store, f"what is the {noun} name?", "ask_title")
    lead = lead_of_gender(store, gender)
    assert lead is not None
    assert tags(result)["character"] == store.characters[lead].name


# 3. "Is the author <something>?": the book's author, not the screenwriter.
@pytest.mark.parametrize("role", ["author", "novelist", "autor"])
def test_a_yes_no_about_the_author_is_about_the_novels_author(store, role):
    result = reading(store, f"was the {role} young")
    author = store.people[store.novel["author"].value].name
    assert tags(result)["person"] == author
    assert tags(result)["claim"] == "person_describes:young"
    assert result.intent == "ask_person"


def test_a_yes_no_about_another_crew_role_stays_that_roles(store):
    text = "is the composer famous"
    result = reading(store, text, "ask_crew", [name(text, "composer", "crew_role")])
    assert "person" not in tags(result)


# 4. A chat form of an auxiliary ends a title: "the film gonna ..." names no other work.
def test_gonna_after_the_film_is_no_title(store):
    assert reading(store, "is the film gonna make me cry", "ask_genre").intent != "out_of_scope"


# 5. A typo's hit carries the phrase it is a typo of: a claimed platform typed wrong is still that platform.
def test_a_platform_typed_with_a_typo_is_claimed_as_the_platform(store):
    platform = str(store.film["platform"].value).lower()
    typed = platform[:-2] + platform[-1]  # one letter left out
    assert tags(reading(store, f"can i stream it on {typed}", "ask_where_to_watch"))["claim"] == f"platform:{platform}"


# 6. A role phrase the entity rules know, with a typo in its last word.
@pytest.mark.parametrize("typed", ["main charactor", "lead actres", "leading lday"])
def test_a_role_phrase_with_a_typo_is_that_roles_character(store, typed):
    result = reading(store, f"tell me about the {typed}", "ask_fact")
    assert tags(result)["character"] in {c.name for c in store.characters.values()}


def test_a_known_word_after_a_roles_first_word_is_no_typo(store):
    # "main characters" (plural) asks for the leads, not one role misspelt
    assert "character" not in tags(reading(store, "who are the main characters", "ask_cast"))
