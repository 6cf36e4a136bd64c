"""Round 18, nlu77 (issue 10): a yes/no claim read by its structure, whatever frame it is said in.

Phrasings are the engineer's own; names, titles and dates come from the store."""

from __future__ import annotations

import datetime as dt

import pytest

from actions import claims
from bot.understanding import claim_frames, clauses
from tests.reading_helpers import name, reading, tags


def _claim(result) -> str | None:
    return tags(result).get("claim")


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("I reckon so. I believe that the film was released in 2024.", "the film was released in 2024, right?"),
        ("did u know the film is on a streaming service?", "the film is on a streaming service, right?"),
        ("Is it true that the lead is a painter?", "the lead is a painter, right?"),
        ("Hmm, I'm quite sure it was shot in the winter. Is that right?", "it was shot in the winter. Is that right?"),
        ("Isn't the lead a painter?", "Is the lead a painter?"),
    ],
)
def test_the_frame_is_blanked_and_the_claim_keeps_its_place(text, claim):
    """The frame's words become spaces (the entities keep their offsets) and a claim not yet put to be
    confirmed gets the tag every claim reader knows."""
    canonical = claim_frames.canonical_claim(text)
    assert canonical is not None
    assert " ".join(canonical.split()).endswith(" ".join(claim.split()))
    claim_start = len(canonical) - len(canonical.lstrip())
    core = canonical.strip().split()[0]
    assert text[claim_start : claim_start + len(core)] == core or text.startswith(core)


@pytest.mark.parametrize(
    "text",
    ["did you know who directed it?", "I think so.", "who plays the lead?", "I know."],
)
def test_no_claim_without_a_frame_or_after_a_wh_word(text):
    assert claim_frames.canonical_claim(text) is None


def test_a_belief_about_who_plays_whom_is_decided_from_the_cast(store):
    credit = store.cast[0]
    actor, character = store.people[credit.actor].name, store.characters[credit.character].name.split()[0]
    text = f"Ah, {character}. I guess they were played by {actor}"
    entities = [name(text, character, "character"), name(text, actor, "person")]
    assert _claim(reading(store, text, "ask_who_plays", entities)) == "plays"


def test_hearsay_about_a_crew_member_working_on_the_film_is_being_in_it(store):
    director = store.people[store.crew["director"].people[0]].name
    text = f"Fun fact, did you know {director} worked on the film?"
    assert _claim(reading(store, text, "ask_source", [name(text, director, "person")])) == "in_film"


def test_a_framed_year_said_as_in_the_year_is_the_release_year(store):
    year = dt.date.fromisoformat(str(store.film["premiere_date"].value)).year
    text = f"I'm fairly sure it was in the year {year - 1} that {store.title} came out."
    assert _claim(reading(store, text, "ask_release_date")) == f"released:{year - 1}"


def test_an_opinion_in_a_frame_keeps_its_own_reading(store):
    """ "I think it was lovely": a frame around no claim is read as before (no yes/no)."""
    assert _claim(reading(store, "I think it was lovely", "express_opinion")) is None


@pytest.mark.parametrize(
    ("words", "role"),
    [
        ("is the ending song a work of that band", "song"),
        ("is the theme song by that band", "song"),
        ("did that band sing the theme song", "theme_song"),
        ("is the vocalist of the theme song that band", "theme_song"),
    ],
)
def test_the_theme_song_without_singing_is_whose_song_it_is(words, role):
    assert clauses.claimed_role(words.split(), "theme_song", "theme_song") == role


def test_a_song_is_its_performers_and_its_original_artists(store):
    credit = store.crew["theme_song"]
    assert credit.work is not None
    original = str(credit.work.extra["original_by"])
    assert claims._credited("song") == {*credit.people, original}
    assert original not in claims._credited("theme_song")


@pytest.mark.parametrize(
    ("words", "claim"),
    [
        ("it just came out friday right", "released_on:friday"),
        ("was it released last june", "released_on:june"),
        ("did it come out on a sunday", "released_on:sunday"),
        ("it came out friday night and i loved it", "released_on:friday"),
    ],
)
def test_a_time_right_after_a_verb_of_release_dates_it(words, claim):
    found = clauses.release_time_claimed(words.split())
    assert found is not None and found[0] == claim


def test_a_things_weekday_is_decided_from_its_one_date():
    assert claims._thing_falls_on("shown on 2 March 2021 to the press", "tuesday") is True
    assert claims._thing_falls_on("shown on 2 March 2021 to the press", "friday") is False
    assert claims._thing_falls_on("on 2 March 2021 and on 9 May 2021", "tuesday") is None  # which one?


def test_a_credit_said_of_the_film_with_a_copula_is_a_claim_not_a_description(store):
    """ "the film written by <a>" says which film; "the film is written by <a>, right?" claims the credit."""
    writer = store.people[store.crew["screenplay"].people[0]].name
    text = f"This film is written by {writer}, isn't it?"
    result = reading(store, text, "nlu_fallback", [name(text, writer, "person")])
    assert _claim(result) == "credit:writer"
    described = f"the film written by {writer}, is it long?"
    assert _claim(reading(store, described, "ask_runtime", [name(described, writer, "person")])) != "credit:writer"


def test_only_the_frames_own_clause_is_put_to_be_checked():
    """ "I heard it was fine, drama is not my thing": the speaker's own taste after the claim is no claim."""
    assert claim_frames.canonical_claim("I heard it was fine, drama is not my thing, but I'll see it.") == (
        "        it was fine, right?"
    )


def test_do_you_know_a_thing_asks_for_it():
    """ "the man who plays the father, do you know his name?" asks the name: no frame."""
    assert claim_frames.canonical_claim("the man who plays the father, do you know his name?") is None


def test_a_framed_remark_before_a_question_of_its_own_is_no_claim():
    """ "I heard it's sad. Have you watched it?": the question asked is the second sentence."""
    assert claim_frames.canonical_claim("Oh, I heard it's sad. Have you watched it?") is None
    assert claim_frames.canonical_claim("I think it's sad. Is that right?") is not None


def test_a_tag_over_more_than_the_first_clause_leaves_the_message_as_it_is():
    """ "I hear it's long, but not for kids. Is that true?": the tag asks about both parts."""
    assert claim_frames.canonical_claim("I hear it's long, but not for kids. Is that true?") is None
