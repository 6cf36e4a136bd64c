"""Round 13 of the question reader, the lead's rules (issue 10): where the film's music can be heard or bought
is an attribute the store does not hold, so the answer says so instead of naming the composer or refusing.
"""

from __future__ import annotations

import pytest

from tests.reading_helpers import reading, tags


@pytest.mark.parametrize(
    ("text", "classifier_intent"),
    [
        ("is the soundtrack on spotify", "nlu_fallback"),
        ("is the soundtrack on spotfy", "ask_crew"),
        ("where can i listen to the soundtrack", "ask_crew"),
        ("is the music available on apple music", "ask_crew"),
        ("can i buy the soundtrack anywhere", "ask_crew"),
        ("did they put out a soundtrack album", "ask_crew"),
        ("how do i stream the soundtrack", "ask_where_to_watch"),
    ],
)
def test_where_the_music_can_be_heard_is_not_held(store, text, classifier_intent):
    result = reading(store, text, classifier_intent)
    assert result.intent == "ask_fact"
    assert tags(result).get("attribute") == "music_release"


@pytest.mark.parametrize(
    ("text", "classifier_intent"),
    [
        ("who composed the score", "ask_crew"),
        ("what did drawing closer score on rotten tomatoes?", "ask_rating"),
        ("can I rent it on itunes", "ask_where_to_watch"),
        ("which record label put out the soundtrack", "ask_crew"),
    ],
)
def test_other_questions_about_music_and_platforms_are_not_the_soundtrack_release(store, text, classifier_intent):
    assert tags(reading(store, text, classifier_intent)).get("attribute") != "music_release"


@pytest.mark.parametrize(
    ("text", "classifier_intent"),
    [
        ("who is the director of the movie the notebook", "ask_director"),
        ("what year was the book the little prince published", "ask_novel"),
        ("who starred in the film the host", "ask_cast"),
        ("what is the movie the wind rises about", "ask_plot"),
    ],
)
def test_a_title_right_after_a_work_noun_is_another_work(store, text, classifier_intent):
    assert reading(store, text, classifier_intent).intent == "out_of_scope"


@pytest.mark.parametrize(
    ("text", "classifier_intent"),
    [
        ("what's the book the movie is based on", "ask_novel"),
        ("is the book the same as the movie", "ask_novel"),
        ("who directed the film the girl with six months to live", "ask_director"),
        ("did you like the movie the ending was sad", "ask_ending"),
    ],
)
def test_a_work_noun_followed_by_known_words_is_still_this_film(store, text, classifier_intent):
    assert reading(store, text, classifier_intent).intent != "out_of_scope"


def test_an_unheld_credit_set_by_the_reader_is_named_in_words(turn):
    from actions.crew import ActionCrew

    result = turn(ActionCrew(), text="who did the set design", entities={"crew_role": "production_designer"})
    assert result.responses[0] == "utter_dont_know_about"
    assert result.values("utter_dont_know_about")["asked"] == "production designer"


def test_the_titles_possessive_names_the_film_so_nothing_is_another_subject():
    from bot.scope import Vocabulary, unknown_subject
    from bot.understanding.lexicon import default_lexicon

    title = next(t for t in default_lexicon().film_titles if " " in t)
    vocabulary = Vocabulary(frozenset("what is rating".split()))
    assert unknown_subject(f"what is {title}'s mpaa rating", vocabulary, False, [title]) is None
    assert unknown_subject("what is the mpaa rating", vocabulary, False, [title]) == "mpaa"


@pytest.mark.parametrize("text", ["was the book a web novel at first", "is the film a remake of something"])
def test_a_work_noun_before_a_says_what_the_work_is(store, text):
    assert reading(store, text, "ask_novel").intent != "out_of_scope"


def test_a_relation_of_an_actor_is_his_own_family_not_his_role(store):
    from tests.reading_helpers import name

    person = store.people[store.cast[0].actor]
    text = f"Is the wife of actor {person.name} called Atsuko?"
    result = reading(store, text, "ask_person", [name(text, person.name, "person")])
    assert "role_relation:wife" not in [e["value"] for e in result.entities if e["entity"] == "claim"]
    text = f"is {person.name} the mother?"
    result = reading(store, text, "ask_person", [name(text, person.name, "person")])
    assert "role_relation:mother" in [e["value"] for e in result.entities if e["entity"] == "claim"]


@pytest.mark.parametrize(
    "text", ["what is the story based on?", "whats the plot based off", "which book is the story of the film based on"]
)
def test_a_predicate_stranded_at_the_end_is_what_is_asked(store, text):
    assert reading(store, text, "ask_plot").intent == "ask_novel"


@pytest.mark.parametrize("text", ["what's the story about", "is the story based on a true story"])
def test_a_predicate_not_at_the_end_leaves_the_story(store, text):
    assert reading(store, text, "ask_plot").intent != "ask_novel"
