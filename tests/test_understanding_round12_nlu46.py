"""Round 12 of the question reader, nlu46 (issue 10): yes/no questions about the film, its people and characters.

Phrasings here are other than the probes' (tests/nlu/probes_round12_nlu46.yml): the rules must hold for the
structure. Reader tests are Rasa-free, with entities as the entity rules would find them; action tests
assert response names and the verdicts decided from the store. Names come from the store.
"""

from __future__ import annotations

import pytest

from actions.claims import verdict
from actions.film_facts import ActionGenre
from bot.understanding import clauses
from tests.conftest import tracker
from tests.reading_helpers import name, reading, tags, values


def _lead_actor(store) -> str:
    return store.people[store.cast[0].actor].name


def _second_actor(store) -> str:
    return store.people[store.cast[1].actor].name


def _lead_character(store) -> str:
    return store.characters[store.cast[0].character].name


def _second_character(store) -> str:
    return store.characters[store.cast[1].character].name


def _director(store) -> str:
    return store.people[store.crew["director"].people[0]].name


# 1. The film as the subject of "about <something>" asks whether its story is that.
@pytest.mark.parametrize(
    ("text", "described"),
    [
        ("is it really about a painter?", "painter"),
        ("was the film about a girl in hospital", "hospital"),
        ("so it's about two teenagers, right?", "two teenagers"),
        ("is drawing closer mainly about art", "art"),
    ],
)
def test_the_film_about_something_is_the_film_described(store, text, described):
    result = reading(store, text, "ask_plot")
    assert tags(result)["claim"] == f"described:{described}"


@pytest.mark.parametrize(
    "words",
    [
        "what is it about",  # asks for the story itself
        "is it about two hours long",  # "about" as "roughly"
        "its about a painter",  # a statement, not asked
        "is the book about a painter",  # the novel is the subject, not the film
    ],
)
def test_no_film_described_without_the_film_asked_about_a_story(words):
    assert clauses.about_described(words.split(), [], asked="its" not in words) is None


def test_a_story_about_a_main_character_is_yes(store):
    assert verdict(f"described:{_lead_character(store).lower()}", tracker())[0] is True


# 2. "Is this the film starring <our actor>?": whether it is, from the cast (the names are kept).
def test_this_film_identified_by_its_people_is_in_film(store):
    director = _director(store)
    text = f"was that the movie directed by {director}?"
    result = reading(store, text, "ask_cast", [name(text, director, "person")])
    assert tags(result)["claim"] == "in_film"
    assert result.intent == "ask_person"
    assert not result.drop


def test_a_fact_of_the_film_described_by_its_people_is_that_fact(store):
    actor = _lead_actor(store)
    text = f"is the movie starring {actor} on netflix?"
    result = reading(store, text, "ask_where_to_watch", [name(text, actor, "person")])
    assert tags(result)["claim"].startswith("platform:")


def test_the_one_with_two_of_its_actors_is_yes(store):
    both = f"{_lead_actor(store)} {_second_actor(store)}".lower()
    assert verdict(f"described:{both}", tracker())[0] is True
    assert verdict(f"described:{_lead_actor(store).lower()} somebody else", tracker())[0] is None


# 3. A life as the source is a true story, not a question about the person named.
@pytest.mark.parametrize(
    "text", ["was it inspired by the director's own life?", "is it based on her life", "based on his experiences?"]
)
def test_a_life_as_the_source_asks_for_a_true_story(store, text):
    result = reading(store, text, "ask_novel")
    assert tags(result).get("topic") == "true story"
    assert "claim" not in tags(result)


# 4. "In real life" said of characters asks about the actors who play them (their love life is not held).
def test_characters_in_real_life_are_their_actors(store):
    first, second = _lead_character(store).split()[0], _second_character(store).split()[0]
    text = f"are {first} and {second} dating off screen?"
    result = reading(store, text, "ask_character", [name(text, first, "character"), name(text, second, "character")])
    assert result.intent == "ask_fact"
    assert tags(result)["attribute"] == "dating"
    assert values(result, "person") == [_lead_actor(store), _second_actor(store)]
    assert "relation" not in tags(result)


def test_characters_in_the_story_stay_characters(store):
    first, second = _lead_character(store).split()[0], _second_character(store).split()[0]
    text = f"do {first} and {second} become a couple?"
    result = reading(store, text, "ask_character", [name(text, first, "character"), name(text, second, "character")])
    assert "person" not in tags(result)


# 5. "Did <a name> direct it?": the subject of the credit's verb is a name however it is typed.
def test_a_name_as_the_subject_of_a_credit_verb_is_decided(store):
    result = reading(store, "did hayao miyazaki direct this film", "ask_director")
    assert tags(result)["claim"] == "credit_by:director/hayao miyazaki"
    assert verdict("credit_by:director/hayao miyazaki", tracker())[0] is False
    assert verdict(f"credit_by:director/{_director(store).lower()}", tracker())[0] is True


@pytest.mark.parametrize("text", ["did the same guy direct it", "did you direct it"])
def test_no_name_in_a_pronoun_or_noun_phrase_subject(store, text):
    assert not tags(reading(store, text, "ask_director")).get("claim", "").startswith("credit_by:")


# 6. "Was that <an actor> in the film?": "that" points at the one named; no sources question.
def test_that_before_a_name_asks_yes_or_no(store):
    actor = _second_actor(store)
    text = f"is that {actor} in the film?"
    result = reading(store, text, "ask_source", [name(text, actor, "person")])
    assert tags(result)["claim"] == "in_film"


# 7. "Is it a movie?": a film, not a series; only of the film itself.
@pytest.mark.parametrize("text", ["is it a film?", "is drawing closer a full movie", "it's a feature film, right?"])
def test_a_work_kind_said_of_the_film_is_a_claim(store, text):
    assert tags(reading(store, text, "ask_genre"))["claim"].startswith("feature_film:")


@pytest.mark.parametrize(
    "text", ["is there a film after this one?", "is it a film or a tv series?", "is it a film noir?"]
)
def test_another_film_or_a_choice_is_no_film_claim(store, text):
    assert not tags(reading(store, text, "ask_genre")).get("claim", "").startswith("feature_film:")


def test_it_is_a_film_is_yes(store, domain):
    from tests.reading_helpers import responses_of

    assert verdict("feature_film:a film", tracker())[0] is (store.film["series"].value is False)
    message = tracker("is it a film?", "ask_genre", {"claim": "feature_film:a film"})
    assert responses_of(ActionGenre(), message, domain)[0] == "utter_claim_yes"


# 8. Statements about a person pointed at, asked by a tag or "?", are yes/no questions.
def test_a_stated_work_of_a_person_is_a_yes_no(store):
    # a title of plain words (no subtitle after a colon, no Japanese)
    work = next(w.title for w in store.people[store.cast[1].actor].known_for if w.title.replace(" ", "").isalpha())
    text = f"she was on {work}, right?"
    assert tags(reading(store, text, "nlu_fallback"))["claim"].startswith("known_for:")


@pytest.mark.parametrize(
    "form", ["she's the girl who played {c}?", "he plays {c}, right?", "he was the actor that played {c}?"]
)
def test_a_stated_part_of_a_person_is_a_yes_no(store, form):
    character = _lead_character(store).split()[0]
    text = form.format(c=character)
    result = reading(store, text, "ask_who_plays", [name(text, character, "character")])
    assert tags(result)["claim"] == "plays"


# 9. Insisting words never decide a description: "a real painter" is a painter.
def test_insisting_words_do_not_decide_a_description(store):
    character = _lead_character(store)
    message = tracker("", "ask_character", {"character": character})
    assert verdict("describes:real painter", message)[0] is verdict("describes:painter", message)[0]
