"""Round 10 of the question reader, nlu37 (issue 10): yes/no questions and the film's reception.

Phrasings here are other than the probes' (tests/nlu/probes_round10_nlu37.yml): the rules must hold
for the structure. Reader tests are Rasa-free, with entities as the entity rules would find them;
action tests assert response names and the verdicts decided from the store.
"""

from __future__ import annotations

import pytest

from actions.claims import undecided_response, verdict
from actions.film_facts import ActionRating
from actions.people import ActionPerson
from actions.topics import ActionFact
from tests.conftest import tracker
from tests.reading_helpers import name, reading, responses_of, tags, values


# 1. "Is it rated R?": a rating label named is decided against the store's rating, the rating after it.
@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("is this film rated pg?", "pg"),
        ("is it an r rated movie", "r"),
        ("was it rated pg13", "pg 13"),
        ("is the film tv-ma?", "tv ma"),
    ],
)
def test_a_rating_label_is_a_claim(store, text, label):
    result = reading(store, text, "ask_rating")
    assert result.intent == "ask_rating"
    assert tags(result)["claim"] == f"rating_label:{label}"


def test_a_rating_label_is_yes_only_when_it_is_the_stores(store):
    held = str(store.film["maturity_rating"].value).lower().replace("-", " ")
    assert verdict(f"rating_label:{held}", tracker())[0] is True
    assert verdict("rating_label:r", tracker())[0] is False
    assert verdict("rating_label:nc 17", tracker())[0] is False


def test_what_it_is_rated_is_no_claim(store):
    assert "claim" not in tags(reading(store, "what rating does it have?", "ask_rating"))


def test_a_rating_claim_says_no_then_the_rating(domain):
    message = tracker("is it rated r", "ask_rating", {"claim": "rating_label:r"})
    assert responses_of(ActionRating(), message, domain)[:2] == ["utter_claim_no", "utter_rating"]


# 2. "Was it a flop?": the contrary of popular, decided from the chart position the store holds.
@pytest.mark.parametrize("text", ["was the film a flop", "has it flopped?", "did the movie flop at all"])
def test_a_flop_is_the_contrary_claim_of_popular(store, text):
    result = reading(store, text, "ask_fact")
    assert tags(result)["claim"].startswith("flop:")
    assert values(result, "topic") == ["top 10"]


def test_a_flop_is_no_when_the_charts_are_held(store):
    decided, fact = verdict("flop:flop", tracker())
    assert store.film["top10"].known and decided is False and fact is not None


def test_a_flop_claim_says_no_then_the_charts(domain):
    message = tracker("was it a flop", "ask_fact", {"claim": "flop:a flop", "topic": "top 10"})
    assert responses_of(ActionFact(), message, domain)[0] == "utter_claim_no"


# 3. "Does the sister die?": what happens to a relative is the ending, asked about spoilers first.
@pytest.mark.parametrize("current", ["ask_ending", "ask_character"])
@pytest.mark.parametrize("text", ["does the mother die at the end?", "will the brother die", "does the dad survive?"])
def test_a_relatives_death_is_the_ending(store, text, current):
    result = reading(store, text, current)
    assert result.intent == "ask_ending"
    assert "relation" in tags(result)


def test_a_relative_without_a_story_event_is_still_the_character(store):
    assert reading(store, "who is the little sister?", "ask_character").intent in ("ask_character", None)


# 4. "Is there a new <the title> movie coming out?": a film of the title other than this one, a sequel.
@pytest.mark.parametrize(
    "template", ["will there be another {} film?", "is the next {} movie coming soon", "any new {} movies?"]
)
def test_another_film_of_the_title_is_a_sequel(store, template):
    result = reading(store, template.format(store.title.lower()), "ask_fact")
    assert values(result, "topic") == ["sequel"]
    assert "release_date" not in values(result, "attribute")


def test_another_film_like_it_is_no_sequel(store):
    result = reading(store, f"is there another movie like {store.title.lower()}?", "ask_fact")
    assert "sequel" not in values(result, "topic")


# 5. "Is <a name in lower case> in it?": a name, whether or not the store holds the person.
@pytest.mark.parametrize("text", ["was emma stone in it", "is keanu reeves in it?", "is jean luc picard in it"])
def test_a_lower_case_name_in_the_film_is_a_person(store, text):
    result = reading(store, text, "nlu_fallback")
    assert tags(result).get("person") and tags(result).get("claim") == "in_film"


@pytest.mark.parametrize("text", ["is bad language in it", "is the sister in it", "was he in it", "is it in english"])
def test_known_words_are_no_name(store, text):
    assert "person" not in tags(reading(store, text, "ask_person"))


def test_a_held_name_is_read_as_before(store):
    held = store.people[store.cast[0].actor].name
    text = f"is {held.lower()} in it"
    result = reading(store, text, "ask_person", [name(text, held, "person")])
    assert values(result, "person") == [] or values(result, "person") == [held.lower()]
    assert tags(result)["claim"] == "in_film"


def test_nobody_by_that_name_is_said_for_a_name_the_store_lacks(domain):
    unknown = tracker("is keanu reeves in it", "ask_person", {"person": "keanu reeves", "claim": "in_film"})
    assert undecided_response(unknown) == "utter_not_in_film"
    assert responses_of(ActionPerson(), unknown, domain) == ["utter_not_in_film"]
    assert undecided_response(tracker("is he a singer", "ask_person", {"claim": "person_describes:singer"})) == (
        "utter_dont_know"
    )


# 6. Reception: "win best <a category>" is an award; "supposed to be good" is what critics said.
@pytest.mark.parametrize("text", ["did it win best director?", "has the film won best picture"])
def test_winning_a_best_category_is_an_award(store, text):
    assert values(reading(store, text, "ask_fact"), "topic") == ["awards"]


@pytest.mark.parametrize("text", ["is the film meant to be good", "is this movie said to be good?"])
def test_said_to_be_good_is_the_reviews(store, text):
    assert values(reading(store, text, "ask_fact"), "topic") == ["reviews"]


@pytest.mark.parametrize("text", ["did viewers hate it?", "was the film widely liked", "did audiences hate this movie"])
def test_liking_said_the_other_way_round_is_the_reviews(store, text):
    assert values(reading(store, text, "ask_fact"), "topic") in (["reviews"], ["critics"])
