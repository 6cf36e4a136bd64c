"""A film named by a description of its story: this film when the description is its story (its illness,
time left, or mostly words the store uses of it), another film when it is mostly not; a description that
says nothing of which story ("the movie about a boy") decides nothing."""

from __future__ import annotations

import pytest

from bot.understanding import clauses, described_film
from bot.understanding.everyday import story_words
from bot.understanding.lexicon import default_lexicon, tokens
from tests.reading_helpers import name, reading


@pytest.mark.parametrize(
    "text",
    ["who directed the movie about a dog who waits for his owner?", "who directed the movie about a sinking ship?"],
)
def test_another_story_is_another_film(store, text):
    assert reading(store, text, "ask_director").intent == "out_of_scope"


@pytest.mark.parametrize(
    ("text", "ours"),
    [
        ("who directed the movie about the painter and the girl", True),
        ("who starred in the film about fireworks and first love?", True),
        ("who directed the movie about a sinking ship", False),
        ("who directed the movie about a boy", None),  # no content word: nothing decided here
    ],
)
def test_the_share_of_the_films_own_words_decides(store, text, ours):
    words = tokens(text)
    other = clauses.another_premise_described(
        words, default_lexicon().find(words, ("attribute",)), [], story_words(store)
    )
    assert other is (ours is False)


def test_the_guard_leaves_a_refusal_of_this_film_described_by_its_premise():
    assert clauses.describes_this_film("who directed the movie about two terminally ill teenagers?", default_lexicon())
    assert not clauses.describes_this_film("who directed the movie about a sinking ship?", default_lexicon())


def _people_by_other_film_that_year(store, has_one: bool) -> list[str]:
    year = store.release_year
    return [
        person.name
        for person in store.people.values()
        if any(w.year == year and w.medium in ("film", None) for w in person.known_for) is has_one
        and any(c.actor == person.id for c in store.cast)
    ]


def test_the_release_year_singles_out_this_film_only_when_the_named_person_has_no_other_film_that_year(store):
    busy, free = _people_by_other_film_that_year(store, True), _people_by_other_film_that_year(store, False)
    assert busy and free  # the store has both kinds of cast member
    for person, alone in [(busy[0], False), (free[0], True)]:
        text = f"what film did {person} star in in {store.release_year}"
        entities = [name(text, person, "person")]
        assert described_film.singles_out(tokens(text), entities, store, default_lexicon()) is alone


def test_a_story_clue_still_singles_out_this_film_in_a_year_the_person_shares(store):
    person = _people_by_other_film_that_year(store, True)[0]
    text = f"what {store.release_year} movie starring {person} shows a boy drawing a girl in the hospital"
    entities = [name(text, person, "person")]
    assert described_film.singles_out(tokens(text), entities, store, default_lexicon())
