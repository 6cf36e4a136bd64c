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
