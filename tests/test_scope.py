"""The other-subject check: a film question about a film the assistant never heard of."""

import pytest

from bot.scope import Vocabulary, unknown_subject

VOCABULARY = Vocabulary.from_texts(
    [
        "who directed the movie",
        "when did drawing closer come out",
        "how long is the film",
        "who plays akito in it",
        "what is the story of the novel",
        "where was it filmed",
        "who did the music for the film",
    ]
)


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("who directed Barbie?", "barbie"),
        ("how long is Titanic", "titanic"),
        ("who did the music for Interstellar", "interstellar"),
        ("what is the story of the notebook", "notebook"),
    ],
)
def test_questions_about_other_films_are_caught(text, subject):
    assert unknown_subject(text, VOCABULARY, has_entities=False) == subject


@pytest.mark.parametrize(
    "text",
    [
        "who directed the movie?",
        "who direced the movie?",  # a typo of a known word is still known
        "how long is it, roughly",  # points at the film
        "which faith does she practise",  # points at someone the conversation named
        "who directed Oppenheimer",  # but a recognised name was found, see has_entities below
    ],
)
def test_questions_about_this_film_pass(text):
    has_entities = "Oppenheimer" in text
    assert unknown_subject(text, VOCABULARY, has_entities=has_entities) is None


@pytest.mark.parametrize("text", ["who did the music for the filming", "who directed the movie playing"])
def test_a_verb_form_of_a_known_word_names_nothing(text):
    # "filming" of "film", "playing" of "play(s)": what someone does, not another film's name (round 34)
    assert unknown_subject(text, VOCABULARY, has_entities=False) is None


def test_a_capitalised_verb_form_is_still_a_name():
    assert unknown_subject("who directed Tangled", VOCABULARY, has_entities=False) == "tangled"
