"""Round 8 of the question reader, nlu26 (issue 10): people talking about films, not asking this one's facts.

Phrasings here are other than the probes' (tests/nlu/probes_round8_nlu26*.yml): the rules must hold for
the structure (an indefinite or plural film noun with nothing of this film, "have you seen <a title>", a
message of remarks that asks nothing). Reader tests are Rasa-free, with the classifier's intent as it
went wrong before; the converse cases keep this film's questions with the same words answered.
"""

from __future__ import annotations

import pytest

from bot.understanding import film_talk
from bot.understanding.reading import OUT_OF_SCOPE, REMARK, other_subject
from tests.reading_helpers import name, reading


def a_person(store) -> str:
    """The first person the store lists, by name (no name literal in the tests)."""
    return next(iter(store.people.values())).name


def a_character(store) -> str:
    return next(iter(store.characters.values())).name


# 1. Films in general: a recommendation, the user's tastes, a superlative among all films.
@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("can you suggest a nice romantic film", "ask_genre"),
        ("whats a good flick for a rainy sunday", "ask_fact"),
        ("any good horror movies on netflix?", "ask_where_to_watch"),
        ("i'm really into korean movies lately", "ask_language"),
        ("recommend me another comedy", "ask_genre"),
        ("what's the greatest film of all time", "ask_fact"),
        ("i usually like action ones", "nlu_fallback"),
        ("do you enjoy documentaries", "bot_challenge"),
    ],
)
def test_films_in_general_are_another_topic(store, text, intent):
    result = reading(store, text, intent)
    assert result.intent == OUT_OF_SCOPE
    assert other_subject(result) is None  # another topic: "who directed it?" next is still this film


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("is it a good movie for a first date?", "ask_fact"),  # "it": this film
        ("what kind of film is this", "ask_genre"),
        ("is the movie any good", "ask_fact"),
        ("what movies has the director made", "ask_director"),  # a crew role: this film's director
        ("was the novel turned into a film", "ask_novel"),  # the novel: this film's
        ("which other films is she in", "ask_other_work"),  # a pronoun: this film's people
        ("is there a sequel film", "ask_fact"),
        ("what did critics say about the film", "ask_fact"),
    ],
)
def test_this_films_questions_with_film_nouns_are_not_refused(store, text, intent):
    assert reading(store, text, intent).intent != OUT_OF_SCOPE


def test_a_name_of_this_films_people_keeps_films_with_them(store):
    person = a_person(store)
    text = f"what films has {person.lower()} been in"
    assert reading(store, text, "ask_other_work", [name(text, person, "person")]).intent != OUT_OF_SCOPE
    # misspelt, so that no entity is found: a word of the name still makes it this film's people
    first = person.split()[0].lower()
    assert film_talk.films_in_general(["what", "movies", "has", first, "xyz", "been", "in"], [], store) is None


# 2. "have you seen / did you like <another work>".
@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("Did you ever watch Casablanca?", "ask_fact"),
        ("have you seen the film jaws", "ask_fact"),
        ("did you like the titanic movie?", "ask_fact"),
        ("Have you heard of Parasite", "nlu_fallback"),
    ],
)
def test_another_work_seen_is_refused_as_another_work(store, text, intent):
    result = reading(store, text, intent)
    assert result.intent == OUT_OF_SCOPE
    assert other_subject(result) is not None  # another work: a follow-up stays with it


@pytest.mark.parametrize(
    "text",
    [
        "have you seen it yet?",
        "have you seen the film yourself",
        "did you like the ending?",
        "did you enjoy the acting?",
        "have you watched the trailer",
    ],
)
def test_this_film_seen_or_liked_is_not_refused(store, text):
    assert reading(store, text, "ask_fact").intent != OUT_OF_SCOPE


def test_a_character_seen_or_liked_is_not_refused(store):
    character = a_character(store).split()[0]
    assert reading(store, f"did you like {character}?", "ask_fact").intent != OUT_OF_SCOPE


# 3. Remarks: the user tells how they found the film and asks nothing.
@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("we watched it yesterday and i cried the whole time", "ask_release_date"),
        ("i haven't seen it yet", "ask_where_to_watch"),
        ("honestly i didn't like the ending", "ask_ending"),
        ("it was such a beautiful film", "ask_genre"),
        ("that was a sad one", "ask_genre"),
        ("i'm so glad i watched it", "ask_where_to_watch"),
        ("wow, interesting", "nlu_fallback"),
        ("haha same here", "nlu_fallback"),
        ("loved it!", "nlu_fallback"),
    ],
)
def test_a_remark_asks_nothing(store, text, intent):
    result = reading(store, text, intent)
    assert result.intent == REMARK
    assert result.why[-1] == "a remark, nothing asked"


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("i loved it, who sang the theme song?", "ask_crew"),  # a question inside is answered
        ("i saw it last week, how long is it again", "ask_runtime"),
        ("i want to watch it", "ask_where_to_watch"),  # a wish to watch: where
        ("i'd like to see it", "ask_where_to_watch"),
        ("i don't know the director's name", "ask_director"),
        ("it was released in june", "ask_release_date"),  # a claim, no judgement
        ("it's a great film, right", "ask_fact"),
        ("i've already seen it so spoilers are fine", "spoilers_ok"),
        ("sounds good to me", "affirm"),  # consent is the classifier's
        ("i liked it", "thanks"),
    ],
)
def test_a_question_or_a_setting_is_no_remark(store, text, intent):
    assert reading(store, text, intent).intent != REMARK


def test_a_statement_about_films_in_general_is_not_left_out_for_its_question(store):
    # the statement is not left out as the user's own ("i liked the trailer, how long is it?" is):
    # the whole message speaks of films in general, and the question after it too
    result = reading(store, "i want to find a movie tonight, any genre works", "ask_genre")
    assert result.intent == OUT_OF_SCOPE
    assert other_subject(result) is None
    assert reading(store, "i love sad movies, what genre is it?", "ask_genre").intent != OUT_OF_SCOPE


@pytest.mark.parametrize("text", ["i heard there's a sequel", "i read the novel first", "i heard it's based on a book"])
def test_news_the_user_heard_is_no_remark(store, text):
    assert reading(store, text, "ask_fact").intent != REMARK


def test_good_things_heard_are_a_remark(store):
    assert reading(store, "i've heard great things about it", "ask_fact").intent == REMARK


@pytest.mark.parametrize("text", ["did you ever see casablanca", "have you watched jaws?"])
def test_one_bare_word_seen_is_a_title_in_lower_case(store, text):
    assert other_subject(reading(store, text, "ask_fact")) is not None


@pytest.mark.parametrize(
    "text", ["have you seen everything", "did you watch the japanese version", "have you seen how it ends"]
)
def test_no_title_after_seen_is_no_other_work(store, text):
    assert other_subject(reading(store, text, "ask_fact")) is None


@pytest.mark.parametrize(
    "text",
    [
        "I loved Spirited Away and i watched it twice",  # a capitalised work that is not this film's
        "i liked it and i need to know where to stream it",  # a request joined to the remark
        "i saw it but i want to see it again",
    ],
)
def test_a_remark_about_another_work_or_with_a_request_is_no_remark(store, text):
    assert reading(store, text, "ask_where_to_watch").intent != REMARK


def test_this_films_names_written_with_capitals_keep_a_remark(store):
    character = a_character(store).split()[0]
    assert reading(store, f"I really liked {character} in it", "ask_character").intent == REMARK
