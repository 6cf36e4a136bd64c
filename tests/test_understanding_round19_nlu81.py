"""Round 19, nlu81 (issue 10): the assistant's own taste and experience, asked about this film's people and works.

"Are you a fan of <a>?", "do you like <director> movies?", "did you ever see <the film>?", "who's your favorite?"
ask about the assistant: its honest answer (a `taste` entity) opens the reply, then what the store holds about the
object. Facts asked with "you" in them ("do you know who plays <a>?") are not. Names come from the store.
"""

from __future__ import annotations

import pytest

from actions.people import ActionOtherWork, ActionPerson
from actions.topics import ActionFact
from bot.understanding.assistants_taste import FAVOURITE, TASTE, WATCHED, taste_asked
from bot.understanding.lexicon import tokens
from tests.reading_helpers import name, reading, run, tags


def _lead(store) -> str:
    return store.people[store.cast[0].actor].name


def _director(store) -> str:
    return store.people[store.crew["director"].people[0]].name


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Are you a <a> fan?", TASTE),
        ("Hey are you a fan of <a>?", TASTE),
        ("Are you by any chance a fan of the actor, <a>?", TASTE),
        ("haha me too, do you like <a>?", TASTE),
        ("How do you like <a>?", TASTE),
        ("you like his movies?", TASTE),
        ("Did you ever watch it as a kid?", WATCHED),
        ("Did yo ever see the movie?", WATCHED),
        ("do you have a fav <a> movie?", FAVOURITE),
        ("who's your favorite?", FAVOURITE),
        ("haha no I didn't, I never read any of their work did you?", WATCHED),
        ("would rather watch a <a> movie or a netflix movie?", TASTE),
        ("Do you go to the theaters and watch?", WATCHED),
    ],
)
def test_the_assistants_taste_or_experience_is_asked(text, kind):
    asked = taste_asked(tokens(text.replace("<a>", "Someone Else")))
    assert asked is not None and asked.kind == kind


@pytest.mark.parametrize(
    "text",
    [
        "do you know who plays Haruna?",
        "can you tell me who directed it?",
        "have you got the runtime?",
        "Have you heard of the actress <a>?",
        "Did you see what <a> said of the movie?",
        "where do you watch it?",
        "Would you like to come to my party?",
        "do you like to know who wrote it?",
        "i told you i like it",
    ],
)
def test_a_fact_asked_with_you_in_it_is_not_the_assistants_taste(text):
    assert taste_asked(tokens(text.replace("<a>", "Someone Else"))) is None


def test_a_fan_of_one_of_ours_is_answered_honestly_then_with_who_they_are(store):
    text = f"Are you a {_lead(store)} fan?"
    result = reading(store, text, "ask_person", [name(text, _lead(store), "person")])
    assert result.intent == "ask_person" and tags(result)["taste"] == TASTE


def test_liking_a_persons_movies_is_answered_with_their_works(store):
    text = f"Do you like {_director(store)} movies?"
    result = reading(store, text, "ask_person", [name(text, _director(store), "person")])
    assert result.intent == "ask_other_work" and tags(result)["taste"] == TASTE


def test_the_film_by_a_company_called_its_title_is_the_film(store):
    """ "the film by <a> called <the title>": a name inside the film's description is not the object."""
    text = f'Did you ever see the film by {_director(store)} called "{store.title}"?'
    result = reading(store, text, "ask_fact", [name(text, _director(store), "person")])
    assert result.intent == "ask_fact" and tags(result) == {"taste": WATCHED, "topic": "reviews"}


@pytest.mark.parametrize(
    ("text", "honest"),
    [
        ("Are you a <title> fan?", FAVOURITE),
        ("do you like the movie <title>?", FAVOURITE),
        ("Did you ever see the movie <title> by the way?", WATCHED),
        ("do you have a favorite character in <title>?", FAVOURITE),
        ("Well who's your favorite?", FAVOURITE),
    ],
)
def test_the_film_asked_is_answered_honestly_then_with_what_critics_said(store, text, honest):
    result = reading(store, text.replace("<title>", store.title), "bot_challenge")
    assert result.intent == "ask_fact" and tags(result) == {"taste": honest, "topic": "reviews"}


def test_a_kind_this_film_is_is_answered_with_its_kinds(store):
    genre = str(store.film["genres"].value[0])
    result = reading(store, f"Do you like {genre} movies?", "out_of_scope")
    assert result.intent == "ask_genre" and tags(result)["taste"] == TASTE


@pytest.mark.parametrize(
    "text",
    [
        "Do you like superhero movies?",
        "Have you seen the movie Venom?",
        "Do you like movies?",
        "Do you like movie?",
        "Hello, what is your favorite movie?",
        "I don't personally like Fantasy themed movie or books, do you?",
    ],
)
def test_another_kind_or_film_is_left_to_the_refusal(store, text):
    assert "taste" not in tags(reading(store, text, "out_of_scope"))


def test_the_honest_answer_opens_the_reply(store, domain):
    text = f"Are you a fan of {_lead(store)}?"
    entities = [name(text, _lead(store), "person"), {"entity": "taste", "value": TASTE, "start": 0, "end": 0}]
    said, _, _ = run(ActionPerson(), domain, text, entities, intent="ask_person")
    assert said[0] == "utter_assistant_has_no_taste" and len(said) > 1


def test_a_persons_works_follow_the_honest_answer(store, domain):
    text = f"Do you like {_director(store)} movies?"
    entities = [name(text, _director(store), "person"), {"entity": "taste", "value": TASTE, "start": 0, "end": 0}]
    said, messages, _ = run(ActionOtherWork(), domain, text, entities, intent="ask_other_work")
    works = [w.title for w in store.people[store.crew["director"].people[0]].known_for]
    assert said[0] == "utter_assistant_has_no_taste" and any(w in str(messages) for w in works)


def test_the_film_seen_is_answered_once_honestly(domain):
    text = "have you seen it?"
    entities = [
        {"entity": "taste", "value": WATCHED, "start": 0, "end": 0},
        {"entity": "topic", "value": "reviews", "start": 9, "end": 13},
    ]
    said, _, _ = run(ActionFact(), domain, text, entities)
    assert said.count("utter_assistant_has_not_watched") == 1 and said[0] == "utter_assistant_has_not_watched"


def test_a_person_without_works_of_the_kind_is_who_they_are(store, domain):
    """ "you like her music?" of someone whose works the store does not list: the card, not "I don't know"."""
    singer = store.people[store.crew["theme_song"].people[0]]
    text = "you like her music?"
    taste = {"entity": "taste", "value": TASTE, "start": 4, "end": 8}
    said, _, _ = run(ActionOtherWork(), domain, text, [taste], {"person": singer.id}, intent="ask_other_work")
    assert said[0] == "utter_assistant_has_no_taste" and "utter_other_work_unknown" not in said and len(said) > 1
