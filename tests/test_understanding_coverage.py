"""Round 3 of the question reader (issue 10): never answer a different question.

The coverage check (an unknown wh-head gets "I don't know <it>", an unknown title in the work slot
is another work), tag questions, demonstratives, crew members' personal attributes, roles by job,
and two questions in one. Rasa-free; entities given as the entity rules would find them.
"""

from __future__ import annotations

import pytest

from bot.understanding import coverage
from bot.understanding.lexicon import default_lexicon
from tests.reading_helpers import name, reading, tags


def asked_words(text: str, result) -> str:
    entity = next(e for e in result.entities if e["entity"] == "attribute")
    return text[entity["start"] : entity["end"]].lower()


@pytest.mark.parametrize(
    ("text", "intent", "head"),
    [
        ("which hospital did they use", "nlu_fallback", "hospital"),
        ("how many followers does it have", "ask_fact", "followers"),
        ("what university did the director go to", "ask_director", "university"),
        ("what font is the title in", "ask_title", "font"),
    ],
)
def test_an_unknown_head_is_not_known_never_the_nearest_fact(store, text, intent, head):
    result = reading(store, text, intent)
    assert result.intent == "ask_fact"
    assert tags(result)["attribute"] == "asked"
    assert asked_words(text, result) == head


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("which year did it come out", "ask_release_date"),
        ("what is the plto", "ask_plot"),  # a typo of a known head
        ("what's the lowdown on the plot", "ask_plot"),  # a container of a known attribute
        ("what's the deal with this movie", "ask_plot"),
        ("what kind of rating did it get", "ask_rating"),
        # ("what movie is this" asks which film this is since round 32: tests/test_understanding_round32.py)
    ],
)
def test_a_known_or_neutral_head_leaves_the_classifier_alone(store, text, intent):
    result = reading(store, text, intent)
    assert result.intent in (None, intent)
    assert "attribute" not in tags(result)


@pytest.mark.parametrize(
    ("text", "intent", "entities"),
    [
        ("what director directed the notebook", "ask_director", []),
        ("how long is the movie oppenheimer", "ask_runtime", []),
        ("in what language was parasite filmed", "ask_language", []),
        ("who was the director of the godfather", "ask_director", []),
        ("when did the movie inception come out", "ask_release_date", []),
    ],
)
def test_an_unknown_title_in_the_work_slot_is_another_work(store, text, intent, entities):
    assert reading(store, text, intent, entities).intent == "out_of_scope"


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("who directed the movie drawing closer", "ask_director"),
        ("who wrote the music for the film", "ask_crew"),
        ("who directed the music video", "ask_crew"),
        ("what else has the director made", "ask_other_work"),
        ("what is the basic story", "ask_plot"),
        ("who composed the music for the trailer", "ask_crew"),
    ],
)
def test_this_films_words_in_the_work_slot_stay_in_scope(store, text, intent):
    assert reading(store, text, intent).intent != "out_of_scope"


def test_the_film_vocabulary_has_its_titles_names_and_roles(store):
    known = coverage.film_vocabulary(store, default_lexicon())
    assert {"drawing", "closer", "yomeboku", "haruna", "nagase"} <= known


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("with ren nagase right?", "ren nagase"),
        ("it has natsuki deguchi right?", "natsuki deguchi"),
        ("natsuki deguchi is in it, isn't she?", "natsuki deguchi"),
        ("it stars mayu yokota, doesn't it", "mayu yokota"),
        ("featuring natsuki deguchi?", "natsuki deguchi"),
    ],
)
def test_a_confirmation_is_a_yes_no_question_in_the_film(store, text, actor):
    result = reading(store, text, "ask_person", [name(text, actor, "person")])
    assert tags(result)["claim"] == "in_film"
    assert result.intent == "ask_person"


def test_has_an_actor_done_asks_for_their_other_work_not_the_film(store):
    text = "has natsuki deguchi done any dramas"
    result = reading(store, text, "ask_other_work", [name(text, "natsuki deguchi", "person")])
    assert tags(result).get("claim") != "in_film"


def test_a_closing_tag_after_a_credit_is_decided_from_the_credit(store):
    text = "takahiro miki directed it, didn't he?"
    result = reading(store, text, "ask_director", [name(text, "takahiro miki", "person")])
    assert tags(result)["claim"] == "credit:director"


@pytest.mark.parametrize("text", ["is that a comedy?", "is that one a cartoon?", "is that a netflix movie"])
def test_that_is_the_film_in_a_yes_no_question(store, text):
    for intent in ("ask_source", "bot_challenge"):
        result = reading(store, text, intent)
        assert "claim" in tags(result), (text, intent)


@pytest.mark.parametrize(
    ("text", "attribute"),
    [
        ("how old was the director?", "age"),
        ("what year was the director born", "birthday"),
        ("is the composer married", "married"),
    ],
)
def test_a_personal_attribute_of_a_crew_member_is_theirs(store, text, attribute):
    result = reading(store, text, "ask_director")
    assert result.intent == "ask_fact"
    assert tags(result)["attribute"] == attribute
    assert tags(result)["person"] in {p.name for p in store.people.values()}


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("who plays the waiter", "waiter"),
        ("who is the bus driver", "bus driver"),
        ("who played the receptionist", "receptionist"),
    ],
)
def test_a_role_no_character_fits_is_not_known(store, text, words):
    result = reading(store, text, "ask_who_plays")
    assert (result.intent, tags(result)["attribute"]) == ("ask_fact", "role_asked")
    assert asked_words(text, result) == words


@pytest.mark.parametrize(
    "text", ["who plays the doctor", "who plays the art teacher", "who plays the girl in the hospital"]
)
def test_a_role_some_character_fits_is_not_refused(store, text):
    assert tags(reading(store, text, "ask_who_plays")).get("attribute") != "role_asked"


def test_a_making_verb_with_an_object_asks_for_the_objects_credit(store):
    result = reading(store, "who created the music and who directed it", "ask_novel")
    assert result.intent == "ask_crew"
    assert tags(result)["crew_role"] == "music"


def test_a_wh_question_then_a_yes_no_clause_are_answered_in_order(store):
    result = reading(store, "when does it come out? is it on netflix?", "ask_where_to_watch")
    assert result.intent == "ask_release_date"
    assert tags(result)["claim"] == "platform:netflix"
    assert tags(result)["also_ask"] == "ask_where_to_watch"


def test_a_second_clause_without_and_is_asked_too(store):
    result = reading(store, "who directed it, is it any good?", "ask_director")
    assert tags(result)["also_ask"] == "ask_fact"
    assert tags(result)["topic"] == "reviews"


@pytest.mark.parametrize("text", ["how do blue screens work?", "which movie made the most money?"])
def test_general_questions_are_out_of_scope(store, text):
    assert reading(store, text, "help").intent == "out_of_scope"


@pytest.mark.parametrize(
    ("text", "intent", "attribute"),
    [
        ("what was takahiro miki's wife's name?", "ask_person", "married"),
        ("what nation is she from", "nlu_fallback", "origin"),
        ("where was drawing closer shot", "nlu_fallback", None),
    ],
)
def test_possessives_nationality_and_filming(store, text, intent, attribute):
    entities = [name(text, "takahiro miki", "person")] if "miki" in text else []
    result = reading(store, text, intent, entities)
    assert result.intent == "ask_fact"
    if attribute:
        assert tags(result)["attribute"] == attribute
    else:
        assert tags(result)["topic"] == "filming locations"


def test_a_long_word_is_no_typo_of_a_shorter_one():
    hits = default_lexicon().find(["who", "played", "the", "receptionist"], ("attribute",))
    assert "reviews" not in {h.key for h in hits}


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("who made the story for the film?", "ask_novel"),  # the story's maker: the novel's author
        ("what other projects has the director done", "ask_other_work"),
    ],
)
def test_round10_lead_phrasings(store, text, intent):
    assert reading(store, text, "nlu_fallback").intent == intent


@pytest.mark.parametrize("text", ["who is the subject of the film?", "what's the subject matter of the movie"])
def test_the_subject_of_the_film_is_its_story(store, text):
    result = reading(store, text, "ask_fact")
    assert result.intent in (None, "ask_plot") and "attribute" not in tags(result)
