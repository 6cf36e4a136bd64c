"""Round 4 of the question reader (issue 10): yes/no, opinions and other films' trivia.

A yes/no about watching in a country is not known (never the bare platform), a question about the
reviews overrides a greeting or a "where did you get that?", and a work described rather than named
("the film that won <an award> in <a year>") with nothing of this film in it is out of scope.
Rasa-free; entities given as the entity rules would find them.
"""

from __future__ import annotations

import pytest

from tests.reading_helpers import reading, tags


@pytest.mark.parametrize(
    "text",
    [
        "can I watch it in the US?",
        "is it available to stream in canada",
        "is it on netflix in the uk?",
    ],
)
def test_a_yes_no_about_watching_in_a_country_is_not_known(store, text):
    result = reading(store, text, "ask_where_to_watch")
    assert result.intent == "ask_fact"
    assert tags(result)["attribute"] == "region"


@pytest.mark.parametrize("text", ["where can i watch it in the us", "where can I stream it in canada?"])
def test_where_to_watch_in_a_country_is_still_the_platform(store, text):
    result = reading(store, text, "ask_where_to_watch")
    assert result.intent in (None, "ask_where_to_watch")
    assert "attribute" not in tags(result)


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("any good?", "greet"),
        ("what did you think of it?", "ask_source"),
        ("would you recommend it?", "out_of_scope"),
        ("is the acting good?", "nlu_fallback"),
    ],
)
def test_an_opinion_is_the_reviews(store, text, intent):
    result = reading(store, text, intent)
    assert result.intent in ("ask_fact", "ask_rating")
    assert tags(result)["topic"] == "reviews"


def test_a_greeting_without_an_opinion_stays_a_greeting(store):
    assert reading(store, "hi there!", "greet").intent is None


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("Who directed the film that won Best Picture in 2010?", "ask_director"),
        ("who wrote the novel that the godfather is based on", "ask_novel"),
        ("In which 1990s film did Tom Hanks star as a boxer?", "ask_cast"),
        ("Which movie did Keanu Reeves star in as Neo?", "ask_other_work"),
    ],
)
def test_a_work_described_with_nothing_of_this_film_is_another_work(store, text, intent):
    assert reading(store, text, intent).intent == "out_of_scope"


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("what's the name of the novel that the movie is based on", "ask_novel"),
        ("who wrote the book that it is based on", "ask_novel"),
        ("which film did he star in before this", "ask_other_work"),
        ("is it a drama that makes you cry?", "ask_genre"),
        ("which movie is it based on", "ask_novel"),
    ],
)
def test_a_work_described_by_this_film_is_this_film(store, text, intent):
    assert reading(store, text, intent).intent != "out_of_scope"


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("is it longer than two hours?", "runtime_over:120"),
        ("is it under 90 minutes", "runtime_under:90"),
        ("is it more than an hour and a half long?", "runtime_over:90"),
    ],
)
def test_a_runtime_against_a_length_is_a_yes_no_claim(store, text, claim):
    result = reading(store, text, "ask_runtime")
    assert result.intent == "ask_runtime"
    assert tags(result)["claim"] == claim


@pytest.mark.parametrize(("claim", "decided"), [("runtime_over", False), ("runtime_under", True)])
def test_the_runtime_claim_is_decided_from_the_store(store, claim, decided):
    from rasa_sdk import Tracker

    from actions.claims import verdict

    # against one minute more than the stored runtime: never longer, always shorter
    minutes = int(store.film["runtime_minutes"].value) + 1
    tracker = Tracker("t", {}, {}, [], False, None, {}, "")
    assert verdict(f"{claim}:{minutes}", tracker)[0] is decided


def test_how_long_is_still_the_runtime_without_a_claim(store):
    assert "claim" not in tags(reading(store, "how long is it", "ask_runtime"))


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("Which actress starred in the 1953 film Roman Holiday?", "ask_cast"),
        ("who composed the score for the film that won the oscar in 2015", "ask_crew"),
    ],
)
def test_a_work_of_another_year_or_an_award_is_another_work(store, text, intent):
    assert reading(store, text, intent).intent == "out_of_scope"


@pytest.mark.parametrize("text", ["is it a 2023 film?", "when did the 2024 movie come out"])
def test_a_year_about_this_film_is_not_another_work(store, text):
    assert reading(store, text, "ask_release_date").intent != "out_of_scope"


@pytest.mark.parametrize("text", ["is it worth watching?", "is it any good?", "what did critics rate it?"])
def test_an_opinion_read_as_the_maturity_rating_is_the_reviews(store, text):
    result = reading(store, text, "ask_rating")
    assert result.intent == "ask_fact"
    assert tags(result)["topic"] == "reviews"


@pytest.mark.parametrize("text", ["is it good for families?", "is it suitable for kids?"])
def test_suitability_stays_the_maturity_rating(store, text):
    assert reading(store, text, "ask_rating").intent in (None, "ask_rating")
