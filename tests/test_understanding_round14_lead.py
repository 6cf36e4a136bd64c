"""Round 14, the lead's merge fixes (issue 10): two engineers' rules met on quiz questions whose wh-word is not
first. Phrasings are the lead's own; names and years come from the store."""

from __future__ import annotations

import pytest

from bot.understanding import described_film
from tests.reading_helpers import details_of


@pytest.fixture(scope="module")
def names(store) -> dict[str, str]:
    first = store.cast[0]
    return {
        "title": store.title,
        "lead": store.people[first.actor].name,
        "character": store.characters[first.character].name,
        "director": store.people[store.crew["director"].people[0]].name,
    }


@pytest.mark.parametrize(
    "template",
    [
        "in {title} directed by {director} who was starring",  # no comma: "who" asks, it relates nothing
        "{title}, starring {lead}, was directed by whom?",  # the wh-word where its answer would stand
    ],
)
def test_a_wh_question_with_its_wh_word_late_states_no_details_to_check(store, names, template):
    assert details_of(store, template.format(**names)) == []


def test_a_name_set_off_by_a_comma_still_opens_a_relative_clause_of_a_statement(store, names):
    assert details_of(store, "{lead}, who is in {title}, played {character}.".format(**names))


@pytest.mark.parametrize(
    "template",
    ["The {year} movie {title}, starring {lead}, was directed by whom?", "the {year} film {title} was written by who"],
)
def test_a_year_clue_before_a_late_wh_word_is_checked(store, names, template):
    other_year = str(store.release_year - 4)
    text = template.format(year=other_year, **names)
    assert described_film.work_phrase_clue(text, store) is not None
    assert described_film.work_phrase_clue(text.replace(other_year, str(store.release_year)), store) is None
