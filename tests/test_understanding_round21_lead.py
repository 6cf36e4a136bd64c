"""Round 21, the lead's fixes (issue 10). Phrasings are the lead's own; names come from the store."""

from __future__ import annotations

import pytest

from bot.understanding.lexicon import default_lexicon
from bot.understanding.reading import OUT_OF_SCOPE
from tests.reading_helpers import reading, values


@pytest.mark.parametrize(
    "text",
    ["which cast member won a golden horse award?", "which cast members have won an emmy"],
)
def test_the_cast_with_no_work_named_is_this_films_even_when_the_classifier_refused(store, text):
    """The classifier refused "which cast member won <an award>?" (no film word); "the cast" alone is this film's,
    so its awards are asked, never the polite refusal."""
    result = reading(store, text, OUT_OF_SCOPE)
    assert result.intent == "ask_fact"
    assert values(result, "topic") == ["awards"]


@pytest.mark.parametrize(
    "text",
    [
        "which cast member of Friends won an Emmy?",
        "who is in the cast of titanic",
        "what does cast iron mean",
        "how long does a broken arm cast stay on",
    ],
)
def test_the_cast_of_another_work_or_another_cast_stays_refused(store, text):
    assert reading(store, text, OUT_OF_SCOPE).intent in (OUT_OF_SCOPE, None)


@pytest.mark.parametrize(
    "text", ["which actor in the movie won an award?", "which cast member of the film got an award?"]
)
def test_the_word_after_in_the_movie_followed_by_its_object_is_the_verb_not_a_title(store, text):
    """ "in the movie" qualifies the subject: "won" is the question's verb, not the title of another film."""
    result = reading(store, text, "ask_fact")
    assert result.intent == "ask_fact"
    assert values(result, "topic") == ["awards"]


@pytest.mark.parametrize("text", ["which actor in the movie Titanic won an award?", "how long is the movie titanic"])
def test_a_title_after_the_movie_is_still_another_film(store, text):
    assert reading(store, text, "ask_fact").intent == OUT_OF_SCOPE


@pytest.mark.parametrize(
    "text", ["who else starred in the movie?", "are there any other famous actors in this movie?", "who else is in it?"]
)
def test_others_in_the_film_with_no_one_named_are_its_cast(store, text):
    """ "who else starred in the movie?" names no one: the others are in this film's cast, never "who do you mean?"
    nor another work of someone's (the classifier took "else" for other work)."""
    assert reading(store, text, "ask_other_work").intent == "ask_cast"


@pytest.mark.parametrize(
    "text",
    [
        "what other movies has he been in?",
        "who else starred in the movies he was in?",
        "who else loves her?",
        "who else starred in the lead actresss first movie",
    ],
)
def test_other_works_or_other_deeds_are_no_cast_question(store, text):
    assert reading(store, text, "ask_other_work").intent != "ask_cast"


@pytest.mark.parametrize(
    ("text", "character"),
    [("who played akito as a kid?", "Akito Hayasaka"), ("who plays the child version of haruna", "Haruna Sakurai")],
)
def test_a_characters_younger_self_is_not_held_never_the_adult_actor(store, text, character):
    """The store credits no child actors: "who played <a> as a kid?" is "I don't know", not <a>'s actor."""
    entities = [{"entity": "character", "value": character, "start": 0, "end": 0}]
    result = reading(store, text, "ask_who_plays", entities)
    assert values(result, "attribute") == ["younger_self"]
    assert default_lexicon().attributes["younger_self"].answer["character"] == "unheld"
