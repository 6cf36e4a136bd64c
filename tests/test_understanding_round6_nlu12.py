"""Round 6 of the question reader, nlu12 (issue 10): follow-ups and yes/no questions in dialogues.

Phrasings here are other than the probes' (tests/nlu/probes_round6_nlu12.yml): the rules must hold
for the structure. Reader tests are Rasa-free; verdicts are decided from the store.
"""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from actions.claims import verdict
from actions.common import agrees, pronoun_asked
from actions.people import ActionOtherWork
from bot.store import Match
from bot.understanding.clauses import full_years, year_claimed
from tests.conftest import tracker
from tests.reading_helpers import reading, responses_of, tags


def premiere_year(store) -> int:
    return int(str(store.film["premiere_date"].value)[:4])


# 1. A year written "'16" is 2016: the tokens lose the apostrophe, the text keeps it.
@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("was it made in '15?", "released:2015"),
        ("is that one from '09", "released:2009"),
        ("did it premiere in \u201907?", "released:2007"),
        ("is it from the '80s?", "released:1980s"),
        ("is it a '98 film?", "released:1998"),
    ],
)
def test_an_apostrophe_year_is_a_full_year(text, claim):
    words = text.lower().replace("?", "").replace("'", " ").replace("\u2019", " ").split()
    found = year_claimed(words, text)
    assert found is not None and found[0] == claim


def test_two_digits_without_an_apostrophe_are_no_year():
    # "in 15" may be minutes or a count; only the written year form "'15" is a year
    assert year_claimed("did it come out in 15".split(), "did it come out in 15") is None
    assert full_years(["in", "15"], "in 15") == ["in", "15"]


def test_a_short_year_is_this_century_up_to_next_year_and_the_last_after_it():
    next_year = (datetime.now(timezone.utc).year + 1) % 100
    later = (next_year + 1) % 100
    assert full_years([f"{next_year:02d}"], f"'{next_year:02d}") == [f"20{next_year:02d}"]
    assert full_years([f"{later:02d}"], f"'{later:02d}") == [f"19{later:02d}"]


# 2. Counted back from today: any small number, in words or digits, "a couple of".
@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("did it come out ten years back", 10),
        ("was it released a couple of years ago", 2),
        ("is it from 11 years ago", 11),
        ("was it first shown twelve years back", 12),
    ],
)
def test_years_ago_reads_any_small_count(text, count):
    found = year_claimed(text.split(), text)
    assert found is not None and found[0] == f"released_years_ago:{count}"


@pytest.mark.parametrize("verb", ["done", "shown", "dropped", "debuted"])
def test_more_verbs_of_releasing_make_in_a_year_the_release(verb):
    text = f"was it {verb} in 2019"
    assert year_claimed(text.split(), text) == ("released:2019", 3)


def test_release_year_verdicts_are_decided_from_the_store(store):
    year = premiere_year(store)
    short = f"{year % 100:02d}"
    words = ["was", "it", "made", "in", short]
    claim, _ = year_claimed(words, f"was it made in '{short}")
    assert verdict(claim, tracker())[0] is True
    assert verdict(f"released:{year - 4}", tracker())[0] is False
    ago = datetime.now(timezone.utc).year - year
    assert verdict(f"released_years_ago:{ago + 5}", tracker())[0] is False
    assert verdict(f"released_years_ago:{ago}", tracker())[0] is True


@pytest.mark.parametrize("text", ["Was it made in '11?", "did this one come out in '05", "is it from '99?"])
def test_the_reader_answers_a_short_year_question_with_the_release_date(store, text):
    result = reading(store, text, "ask_fact")
    assert result.intent == "ask_release_date"
    assert tags(result)["claim"].startswith("released:")


# 3. "What style of film is it?", "what sort of movie?": the genre.
@pytest.mark.parametrize(
    "text", ["what style of film is it?", "what sort of a movie is this?", "what kind of a film is that one?"]
)
def test_style_and_sort_of_film_ask_the_genre(store, text):
    assert reading(store, text, "ask_plot").intent == "ask_genre"


def test_how_long_ago_asks_the_release_not_the_runtime(store):
    assert reading(store, "how long ago did it come out?", "ask_runtime").intent == "ask_release_date"
    assert reading(store, "how many years ago was it made?", "ask_runtime").intent == "ask_release_date"


# 4. "What is <the film>?": what kind of film it is, then the premise.
@pytest.mark.parametrize("film", ["drawing closer", "yomeboku", "the film"])
def test_what_is_the_film_asks_its_kind_then_the_premise(store, film):
    title = store.film["title"].value if film == "drawing closer" else film
    result = reading(store, f"what is {title}?", "ask_plot")
    assert result.intent == "ask_genre"
    assert tags(result)["also_ask"] == "ask_plot"


@pytest.mark.parametrize("text", ["what is it about?", "what is it?", "what is its runtime?"])
def test_what_is_with_more_than_the_film_is_another_question(store, text):
    result = reading(store, text, "ask_plot")
    assert "also_ask" not in tags(result) or tags(result)["also_ask"] != "ask_plot"


# 5. "Who directs and acts in it?": a second role verb joined by "and" is a second question.
@pytest.mark.parametrize("text", ["who directed and starred in it?", "who directs and plays in the film?"])
def test_a_second_role_verb_asks_the_cast_too(store, text):
    result = reading(store, text, "ask_director")
    assert tags(result).get("also_ask") == "ask_cast"


# 6. A yes/no after a hedge or a joiner ("ok and is it …?", "by any chance was it …?") is still one.
@pytest.mark.parametrize(
    ("text", "intent", "claim"),
    [
        ("ok and is it a tearjerker?", "ask_genre", "genre:tearjerker"),
        ("so is it on hulu?", "ask_where_to_watch", "platform:hulu"),
        ("by any chance was it released in 2019?", "ask_release_date", "released:2019"),
        ("well, just wondering is it in english?", "ask_language", "language:english"),
    ],
)
def test_a_yes_no_after_a_hedge_is_decided(store, text, intent, claim):
    result = reading(store, text, intent)
    assert tags(result).get("claim") == claim


def test_a_year_question_after_a_sources_answer_is_about_the_film(store):
    # "is that from '19?" after a list of sources: "that" is the film, the year its release
    result = reading(store, "is that from '19?", "ask_source")
    assert result.intent == "ask_release_date"
    assert reading(store, "is that right?", "ask_source").intent is None


# 7. "Is that the one with <something>?": yes from the spoiler-free store, otherwise "I don't know".
@pytest.mark.parametrize(
    ("text", "described"),
    [
        ("is this the film with the rooftop?", "rooftop"),
        ("was that really the movie about a painter?", "painter"),
        ("is it the one where she draws, right?", "draws"),
    ],
)
def test_the_one_with_is_a_claim_about_the_film(store, text, described):
    result = reading(store, text, "ask_plot")
    assert result.intent == "ask_plot"
    assert tags(result)["claim"] == f"described:{described}"


def test_a_description_only_the_ending_could_confirm_is_no_claim(store):
    assert "claim" not in tags(reading(store, "is that the one where she dies?", "ask_ending"))
    assert verdict("described:died", tracker()) == (None, None)


def words_of(texts) -> set[str]:
    return {w.strip(".,\"'()!?;:").lower() for text in texts for w in text.split()}


def test_the_film_described_is_decided_from_spoiler_free_text_only(store):
    free = words_of(p.text for p in (*store.plot, *store.trivia) if not p.spoiler)
    free |= words_of(f"{c.name} {' '.join(c.aliases)} {c.description.value}" for c in store.characters.values())
    spoiled = words_of(p.text for p in store.plot if p.spoiler) - free
    shown = sorted(w for w in free if len(w) > 7 and w.isalpha())[0]
    assert verdict(f"described:{shown}", tracker())[0] is True
    hidden = sorted(w for w in spoiled if len(w) > 7 and w.isalpha() and w.rstrip("s") not in free)[0]
    assert verdict(f"described:{hidden}", tracker()) == (None, None)
    assert verdict("described:submarine", tracker()) == (None, None)


def test_an_actor_of_the_cast_describes_the_film(store):
    actor = store.people[store.cast[0].actor].name.lower()
    assert verdict(f"described:{actor}", tracker())[0] is True


# 8. A gendered pronoun never points at a remembered subject of the other gender: "Who do you mean?".
def test_the_pronoun_asked_is_the_one_gendered_pronoun():
    assert pronoun_asked("and what else has she done?") == "she"
    assert pronoun_asked("how old is HE") == "he"
    assert pronoun_asked("is he older than her?") is None
    assert pronoun_asked("what else have they done?") is None


def first_with(store, pronoun: str) -> str:
    return next(p.id for p in store.people.values() if p.pronoun == pronoun and p.known_for)


@pytest.mark.parametrize(("remembered", "asked"), [("he", "she"), ("she", "he")])
def test_a_remembered_person_of_the_other_gender_is_not_meant(store, domain, remembered, asked):
    person = first_with(store, remembered)
    other = "his" if asked == "he" else "her"
    wrong = tracker(text=f"what else has {asked} done?", intent="ask_other_work", slots={"person": person})
    assert responses_of(ActionOtherWork(), wrong, domain) == ["utter_ask_who"]
    right = tracker(text=f"what else has {remembered} done?", intent="ask_other_work", slots={"person": person})
    assert responses_of(ActionOtherWork(), right, domain)[0] != "utter_ask_who"
    assert agrees(Match("person", person, "", 1.0), remembered)
    assert not agrees(Match("person", person, "", 1.0), asked)
    assert other  # both forms of the pronoun are read the same way
    assert pronoun_asked(f"what are {other} films?") == asked


def test_a_character_takes_the_pronoun_of_the_one_who_plays_them(store):
    credit = store.cast[0]
    pronoun = store.people[credit.actor].pronoun
    assert agrees(Match("character", credit.character, "", 1.0), pronoun)
    assert not agrees(Match("character", credit.character, "", 1.0), "she" if pronoun == "he" else "he")
