"""The kind of work asked of a person's other work: "what movies has she been in?" leaves out the works
the store gives as series (and the other way round); a work whose medium the sources do not give stays."""

from __future__ import annotations

import pytest

from actions.people import ActionOtherWork
from bot.store import WORK_MEDIA
from bot.understanding.lexicon import default_lexicon, tokens
from bot.understanding.people_reading import medium_asked
from tests.reading_helpers import run, span


@pytest.mark.parametrize(
    ("question", "medium"),
    [
        ("what movies has she been in?", "film"),
        ("which films did he direct", "film"),
        ("what tv dramas was he in", "series"),
        ("any good shows with her?", "series"),
        ("what books did she write", "book"),
        ("what else has he been in?", None),
        ("movies or shows with him?", None),  # both: no kind is left out
    ],
)
def test_the_medium_asked(question, medium):
    assert medium_asked(tokens(question), default_lexicon().work_media) == medium


def test_every_medium_word_names_a_store_medium():
    assert set(default_lexicon().work_media) <= set(WORK_MEDIA)


def _person_with_films_and_series(store):
    return next(
        person for person in store.people.values() if {"film", "series"} <= {work.medium for work in person.known_for}
    )


@pytest.mark.parametrize(("words", "left_out"), [("movies", "series"), ("tv dramas", "film")])
def test_a_work_of_another_medium_is_left_out(store, domain, words, left_out):
    person = _person_with_films_and_series(store)
    text = f"what {words} has {person.name} been in?"
    _, messages, _ = run(ActionOtherWork(), domain, text, [span(text, person.name, "person")], intent="ask_other_work")
    listed = str(messages[0].get("works"))
    assert not any(work.title in listed for work in person.known_for if work.medium == left_out)
    assert any(work.title in listed for work in person.known_for if work.medium != left_out)


def test_without_a_medium_every_work_may_be_listed(store, domain):
    person = _person_with_films_and_series(store)
    text = f"what else has {person.name} been in? tell me everything"
    _, messages, _ = run(ActionOtherWork(), domain, text, [span(text, person.name, "person")], intent="ask_other_work")
    listed = str(messages[0].get("works"))
    assert all(work.title in listed for work in person.known_for)
