"""Round 5 of the question reader (issue 10): yes/no questions, two questions in one, opinions.

Phrasings here are other than the round-5 probes' (tests/nlu/probes_round5_nlu6.yml): the rules
must hold for the structure, not for one sentence. Reader tests are Rasa-free, with entities as
the entity rules would find them; action tests assert response names.
"""

from __future__ import annotations

import asyncio
from datetime import datetime, timezone

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.claims import verdict
from actions.film_facts import ActionGenre, ActionReleaseDate
from actions.people import ActionPerson
from bot.understanding.clauses import rated_as_opinion, year_claimed
from bot.understanding.lexicon import Hit
from tests.conftest import tracker
from tests.reading_helpers import name, reading, tags, values


# 1. A yes/no clause with a claim, then a wh-question: the claim first, the question after.
@pytest.mark.parametrize(
    ("text", "intent", "claim", "also"),
    [
        ("Is it a comedy? Who wrote the music?", "ask_crew", "genre:comedy", "ask_crew"),
        ("is this an anime? when did it come out?", "ask_release_date", "animated:anime", "ask_release_date"),
        ("Is it on Netflix? How long is it?", "ask_runtime", "platform:netflix", "ask_runtime"),
        ("is it a romance film, and what is it about?", "ask_plot", "genre:romance", "ask_plot"),
    ],
)
def test_a_yes_no_claim_then_a_wh_question_answers_both(store, text, intent, claim, also):
    result = reading(store, text, intent)
    assert tags(result)["claim"] == claim
    assert result.intent == store_then(claim)
    assert also in values(result, "also_ask")


def store_then(claim: str) -> str:
    from bot.understanding.lexicon import default_lexicon

    return default_lexicon().claims[claim.partition(":")[0]].then


def test_a_yes_no_claim_alone_is_still_one_question(store):
    result = reading(store, "is it a thriller or a horror movie?", "ask_genre")
    assert "also_ask" not in tags(result)


def test_a_wh_question_about_a_person_after_a_claim_is_not_guessed(store):
    # "who plays her?" needs its own subject: not answered as a second question of the film
    result = reading(store, "is it a drama? who plays her?", "ask_who_plays")
    assert "ask_who_plays" not in values(result, "also_ask")


# 2. Two wh-questions: the second one is answered, including the plot and an opinion topic.
@pytest.mark.parametrize(
    ("text", "intent", "first", "also"),
    [
        ("is it ok for children? what's the story?", "ask_rating", None, "ask_plot"),
        ("what's the age rating and what do critics say?", "ask_fact", "ask_rating", "ask_fact"),
        ("Who is the main actress? Who composed the score?", "ask_crew", "ask_cast", "ask_crew"),
    ],
)
def test_two_wh_questions_both_answered(store, text, intent, first, also):
    result = reading(store, text, intent)
    assert result.intent == first
    assert also in values(result, "also_ask")


def test_the_plot_of_a_character_is_still_not_a_second_question(store):
    text = "how old is Haruna and what is her story?"
    result = reading(store, text, "ask_character", [name(text, "Haruna", "character")])
    assert "ask_plot" not in values(result, "also_ask")


# 3. "What is <the title> about?" is the plot, also before a second question.
@pytest.mark.parametrize("text", ["what's drawing closer about?", "what is it really about?"])
def test_the_film_then_about_is_the_plot(store, text):
    assert reading(store, text, "ask_genre").intent == "ask_plot"


def test_the_plot_by_title_then_a_yes_no(store):
    result = reading(store, "What's Drawing Closer about? Is it a comedy?", "ask_genre")
    assert result.intent == "ask_plot"
    assert tags(result)["claim"] == "genre:comedy"
    assert "ask_genre" in values(result, "also_ask")


# 4. How well it was rated is an opinion; what it is rated stays the maturity rating.
@pytest.mark.parametrize(
    "text", ["was it rated well by critics?", "how highly rated is it", "were the ratings good?", "is it top rated?"]
)
def test_rated_well_is_the_reviews(store, text):
    result = reading(store, text, "ask_rating")
    assert result.intent == "ask_fact"
    assert tags(result)["topic"] == "reviews"


@pytest.mark.parametrize("text", ["what is it rated?", "is it rated R?", "what's the rating? is it good for kids?"])
def test_what_it_is_rated_stays_the_maturity_rating(store, text):
    result = reading(store, text, "ask_rating")
    assert result.intent in (None, "ask_rating")
    assert tags(result).get("topic") != "reviews"


def test_rated_as_opinion_keeps_a_rating_phrase_in_the_clause():
    words = "is the rating good for kids".split()
    hits = [Hit("attribute", "rating", "rating", 2, 3), Hit("attribute", "rating", "good for kids", 3, 6)]
    assert rated_as_opinion(words, hits, [0]) == hits


def test_getting_is_no_typo_of_setting(store):
    result = reading(store, "is it getting good press?", "ask_fact")
    assert tags(result).get("attribute") != "setting"


# 5. "Do you think …?" asks the clause, not about the assistant.
@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("do you think it has a twist at the end?", "ask_ending"),
        ("do you know if it's a horror film?", "ask_genre"),
        ("I wonder if it is any good?", "ask_fact"),
    ],
)
def test_a_wrapped_question_is_about_the_film(store, text, intent):
    assert reading(store, text, "bot_challenge").intent == intent


def test_are_you_a_bot_stays_a_bot_challenge(store):
    assert reading(store, "are you a real person?", "bot_challenge").intent is None


# 6. The release year as a yes/no claim.
@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("is it an 80s movie?", "released:1980s"),
        ("was it made in 2019?", "released:2019"),
        ("did it premiere after 2021", "released_after:2021"),
        ("is this a film from 2024?", "released:2024"),
        ("did it come out like three years ago?", "released_years_ago:3"),
    ],
)
def test_a_release_year_is_a_yes_no_claim(store, text, claim):
    result = reading(store, text, "ask_release_date")
    assert result.intent == "ask_release_date"
    assert tags(result)["claim"] == claim


@pytest.mark.parametrize(
    "text",
    [
        "was the book published in 2020?",
        "is it set in the 1990s?",
        "is it on netflix in 2025?",
        "when did it come out?",
    ],
)
def test_a_year_of_something_else_is_no_release_claim(store, text):
    assert not str(tags(reading(store, text, "ask_release_date")).get("claim", "")).startswith("released")


def test_a_persons_year_is_no_release_claim(store):
    text = "was Natsuki Deguchi born in 2001?"
    claim = tags(reading(store, text, "ask_fact", [name(text, "Natsuki Deguchi", "person")])).get("claim", "")
    assert not claim.startswith("released")  # her birth year (round 13: the claim `born`), never the film's


def test_a_release_year_asked_second_is_answered_second(store):
    result = reading(store, "who's the director? is it from 2023?", "ask_director")
    assert result.intent in (None, "ask_director")
    assert "ask_release_date" in values(result, "also_ask")
    assert tags(result)["claim"] == "released:2023"


def test_year_claimed_reads_decades_and_before():
    assert year_claimed("is it from the 2010s".split()) == ("released:2010s", 2)
    assert year_claimed("was it released before 2030".split()) == ("released_before:2030", 3)
    assert year_claimed("is it good".split()) is None


@pytest.mark.parametrize(("offset", "decided"), [(0, True), (1, False), (-1, False)])
def test_the_release_year_claims_are_decided_from_the_premiere(store, offset, decided):
    year = int(str(store.film["premiere_date"].value)[:4]) + offset
    empty = Tracker("t", {}, {}, [], False, None, {}, "")
    assert verdict(f"released:{year}", empty)[0] is decided
    assert verdict(f"released:{year // 10 * 10}s", empty)[0] is (year // 10 == (year - offset) // 10)
    assert verdict(f"released_before:{year}", empty)[0] is (offset > 0)
    assert verdict(f"released_after:{year}", empty)[0] is (offset < 0)
    ago = datetime.now(timezone.utc).year - year
    assert verdict(f"released_years_ago:{ago}", empty)[0] is decided


def responses(action, text: str, entities: list[tuple[str, str]], domain) -> list[str]:
    message = tracker(text=text)
    message.latest_message["entities"] = [
        {"entity": entity, "value": value, "start": i, "end": i + 1} for i, (entity, value) in enumerate(entities)
    ]
    dispatcher = CollectingDispatcher()
    asyncio.run(action.run(dispatcher, message, domain))
    return [m["response"] for m in dispatcher.messages if m.get("response")]


def test_a_release_year_claim_says_no_then_the_date(domain, store):
    said = responses(ActionReleaseDate(), "is it from the 1990s?", [("claim", "released:1990s")], domain)
    assert said[:2] == ["utter_claim_no", "utter_release_date"]


def test_a_genre_then_a_release_claim_answers_in_order(domain, store):
    year = str(store.film["premiere_date"].value)[:4]
    entities = [("claim", f"released:{year}"), ("also_ask", "ask_release_date")]
    said = responses(ActionGenre(), f"what genre is it? is it from {year}?", entities, domain)
    assert said[0] == "utter_genre"
    assert said.index("utter_claim_yes") < said.index("utter_release_date")


def test_a_claim_then_a_second_question_answers_both(domain):
    entities = [("claim", "genre:horror"), ("also_ask", "ask_release_date")]
    said = responses(ActionGenre(), "is it a horror? when did it come out?", entities, domain)
    assert said[0] == "utter_claim_no"
    assert "utter_genre" in said and "utter_release_date" in said


def test_including_two_actors_is_yes_only_when_both_are_in_it(domain, store):
    both = [("person", "Ren Nagase"), ("person", "Natsuki Deguchi"), ("claim", "in_film")]
    assert responses(ActionPerson(), "does it include both?", both, domain)[0] == "utter_claim_yes"


@pytest.mark.parametrize("text", ["does it include Mayu Yokota?", "does the film feature Mayu Yokota?"])
def test_include_and_feature_make_a_person_claim(store, text):
    result = reading(store, text, "ask_person", [name(text, "Mayu Yokota", "person")])
    assert tags(result)["claim"] == "in_film"


def test_a_genre_word_about_a_character_describes_the_character(store):
    text = "is Akito funny?"
    result = reading(store, text, "ask_character", [name(text, "Akito", "character")])
    assert tags(result)["claim"].startswith("describes:")


def test_made_in_a_year_is_the_release_not_the_country(store):
    result = reading(store, "what genre is it? was it made in 2019?", "ask_genre")
    assert "ask_language" not in values(result, "also_ask")
    assert tags(result)["claim"] == "released:2019"


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("Was it directed by Hayao Miyazaki?", "credit_by:director/Hayao Miyazaki"),
        ("was the score composed by Joe Hisaishi, right?", "credit_by:music/Joe Hisaishi"),
    ],
)
def test_a_credit_by_a_name_not_in_the_store_is_a_yes_no(store, text, claim):
    result = reading(store, text, "ask_director")
    assert tags(result)["claim"] == claim


def test_a_credit_by_lower_case_words_is_no_name(store):
    assert "claim" not in tags(reading(store, "was it directed by the same guy as the novel?", "ask_director"))


def test_a_credit_by_someone_else_is_no_then_the_credit(domain, store):
    from actions.crew import ActionDirector

    other = [("claim", "credit_by:director/Hayao Miyazaki")]
    said = responses(ActionDirector(), "was it directed by X?", other, domain)
    assert said[:2] == ["utter_claim_no", "utter_crew_director"]
    director = store.people[store.crew["director"].people[0]].name
    said = responses(ActionDirector(), "was it?", [("claim", f"credit_by:director/{director}")], domain)
    assert said[0] == "utter_claim_yes"


@pytest.mark.parametrize("text", ["is it suitable for teenagers?", "would it be fine for my teenager?"])
def test_an_audience_is_the_maturity_rating_not_another_work(store, text):
    assert reading(store, text, "ask_rating").intent in (None, "ask_rating")


@pytest.mark.parametrize(("text", "claim"), [("is the film adapted from a manga?", "based_on:manga")])
def test_based_on_another_kind_of_work_is_a_claim(store, text, claim):
    result = reading(store, text, "ask_novel")
    assert result.intent == "ask_novel"
    assert tags(result)["claim"] == claim


@pytest.mark.parametrize(("word", "decided"), [("manga", False), ("game", False), ("novel", True)])
def test_based_on_is_decided_against_the_novel(word, decided):
    empty = Tracker("t", {}, {}, [], False, None, {}, "")
    assert verdict(f"based_on:{word}", empty)[0] is decided


def test_a_film_claim_about_a_named_person_is_not_the_films(store):
    text = "does Mayu Yokota speak English?"
    assert "claim" not in tags(reading(store, text, "ask_language", [name(text, "Mayu Yokota", "person")]))


@pytest.mark.parametrize("text", ["will I like it, do you think?", "is it a nice film for a date?"])
def test_will_i_like_it_is_the_reviews(store, text):
    result = reading(store, text, "ask_genre")
    assert result.intent == "ask_fact"
    assert tags(result)["topic"] == "reviews"
