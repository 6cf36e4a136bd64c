"""Round 21, nlu88: a polar (yes/no) question's reply starts with its verdict on the claim asked - showing at a place,
both <a kind of person>, the theme song a cover / an original / made for the film - or "I don't know" of a relation
the store does not hold; never the card of a word the question happens to hold. Phrasings are real questions'
frames (SGD, BoolQ, HotpotQA); names come from the store."""

from __future__ import annotations

import pytest
from rasa_sdk import Tracker

from actions.claims import verdict
from actions.topics import ActionFact
from bot.store import FactStore
from bot.understanding import polar_relations
from bot.understanding.claim_relations import UNHELD_RELATION
from bot.understanding.lexicon import default_lexicon
from tests.reading_helpers import name, reading, run, tags, values


def _tracker(text: str, entities: list[dict]) -> Tracker:
    message = {"text": text, "intent": {"name": "ask_fact", "confidence": 1.0}, "entities": entities}
    return Tracker("test", {}, message, [{"event": "user", "text": text}], False, None, {}, "")


def _song_title(store: FactStore) -> str:
    work = str(store.crew["theme_song"].work.value)  # type: ignore[union-attr]
    return work[work.index("(") + 1 : work.index(")")]


@pytest.mark.parametrize(
    "text",
    [
        "Is it playing at Star Cinema cypress?",
        "{title} sounds good. Is the movie playing at Century Regency?",
        "Is {title} showing at some other time in Livermore Cinema?",
        "Yes, that will be perfect. Is it in 3d playing in that area?",
        "Is it still playing in cinemas?",
        "is the film showing near me",
    ],
)
def test_showing_somewhere_is_the_films_cinema_release(store, text):
    """ "Is it showing at <a cinema>?" got the leads ("star" in the cinema's name) or a refusal: the claim is the
    film's theatrical release, answered "No" with where to watch it."""
    result = reading(store, text.format(title=store.title), "ask_cast")
    assert tags(result).get("claim") == "theatrical:cinema"
    assert result.intent == "ask_where_to_watch"


@pytest.mark.parametrize(
    "text",
    [
        "what time is it playing at the Alameda Theatre?",  # a wh-question: not a verdict
        "Is Barbie playing at Century Regency?",  # another film
        "Is it playing at the cinema? Who directed it?",  # two questions: each part read by the message's readers
        "is it playing now on Netflix?",  # where it streams: the platform's claim
        "Oh yes, I wanted to see Red Joan. Is it showing at Piedmont Theatre?",  # "it" is the other film
        "is it sad and also is it playing in theaters",  # two questions in one sentence
    ],
)
def test_no_showing_claim_outside_the_polar_question_of_this_film(store, text):
    services = default_lexicon().claims["platform"].words
    assert polar_relations.polar_claim(text, [], [], [], [store.title.lower()], services) is None


def test_a_person_playing_somewhere_is_no_screening(store):
    actor = store.people[store.cast[0].actor].name
    text = f"Is {actor} playing at the Tokyo Dome?"
    span = name(text, actor, "person")
    assert polar_relations.polar_claim(text, [(span["start"], span["end"])], [], [], [store.title.lower()]) is None


def _two_people(store: FactStore, text: str, first: str, second: str) -> list[dict]:
    return [name(text, first, "person"), name(text, second, "person")]


@pytest.mark.parametrize(
    ("frame", "kind"),
    [
        ("Are {a} and {b} both actors?", "actor"),
        ("Are both {a} and {b} film directors?", "director"),
        ("Were both {a} and {b} authors?", "writer"),
        ("Are {a} and {b} both producers?", "producer"),
    ],
)
def test_both_a_kind_is_a_claim_of_every_person_named(store, frame, kind):
    a, b = (store.people[credit.actor].name for credit in store.cast[:2])
    text = frame.format(a=a, b=b)
    result = reading(store, text, "ask_other_work", _two_people(store, text, a, b))
    assert values(result, "claim") == [f"both_credit:{kind}"]


def test_both_of_a_relation_the_store_does_not_hold_is_unheld(store):
    a, b = (store.people[credit.actor].name for credit in store.cast[:2])
    text = f"Are {a} and {b} both American?"
    result = reading(store, text, "ask_person", _two_people(store, text, a, b))
    assert values(result, "claim") == [f"{UNHELD_RELATION}:american"]


def _both_verdict(store: FactStore, kind: str, first: str, second: str) -> bool | None:
    a, b = store.people[first].name, store.people[second].name
    text = f"Are {a} and {b} both {kind}s?"
    return verdict(f"both_credit:{kind}", _tracker(text, _two_people(store, text, a, b)))[0]


def test_both_actors_is_decided_from_the_cast_and_the_credits(store):
    lead, second = store.cast[0].actor, store.cast[1].actor
    director = store.crew["director"].people[0]
    assert _both_verdict(store, "actor", lead, second) is True
    assert _both_verdict(store, "actor", director, lead) is False
    assert _both_verdict(store, "director", director, lead) is False


def test_both_writers_are_the_screenwriter_and_the_novels_author(store):
    writer, author = store.crew["screenplay"].people[0], str(store.novel["author"].value)
    assert _both_verdict(store, "writer", writer, author) is True


@pytest.mark.parametrize(
    ("said", "claim"),
    [
        ("Is {song} a cover?", "cover:theme_song"),
        ("is it a cover?", "cover:theme_song"),
        ("Is the theme song an original song?", "original:theme_song"),
        ("was it written for the film?", "written_for:theme_song"),
        ("was {song} written for {title}", "written_for:theme_song"),
        ("Is it a pop song?", f"{UNHELD_RELATION}:pop"),
    ],
)
def test_the_theme_songs_making_is_its_claim(store, said, claim):
    """ "is it a cover?" after the theme song got the card without a verdict; "was it written for the film?" got
    the screenplay's credit: the song's relation is the claim, decided from its credit's original artist."""
    text = said.format(song=_song_title(store), title=store.title)
    assert values(reading(store, text, "ask_crew"), "claim") == [claim]


def test_a_cover_is_yes_and_an_original_no_from_the_credits_original_artist(store):
    tracker = _tracker("is it a cover?", [])
    assert verdict("cover:theme_song", tracker)[0] is True
    assert verdict("original:theme_song", tracker)[0] is False


def test_a_wh_phrase_in_place_gets_no_verdict(store):
    """ "<the song> is the second song on which album ...?" got "Yes." from the classifier's claim: a wh-phrase where
    the answer would stand asks that."""
    text = f"{_song_title(store)} is the second song on which album?"
    claim = {"entity": "claim", "value": "credit:song", "start": 0, "end": 4}
    assert claim in reading(store, text, "ask_crew", [claim]).drop


def test_a_person_named_is_the_subject_of_a_crew_word_said_of_them(store, domain):
    """ "Is <the screenwriter> a director?" was "Yes." with the director's card: the crew word was read as the
    subject. The one named is asked about; the store does not say she is one."""
    writer = store.people[store.crew["screenplay"].people[0]].name
    text = f"Is {writer} a director?"
    entities = [
        name(text, writer, "person"),
        name(text, "director", "crew_role"),
        {"entity": "claim", "value": "person_describes:director", "start": 0, "end": 1},
    ]
    said, _, _ = run(ActionFact(), domain, text, entities, intent="ask_person")
    assert "utter_claim_yes" not in said


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("It's playing at Century Regency, right?", "theatrical:cinema"),
        ("it's a cover, isn't it?", "cover:theme_song"),
        ("the theme song was written for the film, right?", "written_for:theme_song"),
        ("she's an actress, right?", "person_describes:actress"),
        ("Is she an actress?", "person_describes:actress"),
    ],
)
def test_a_statement_put_to_be_confirmed_is_the_same_polar_claim(store, text, claim):
    """ "<statement>, right?" and "<statement>?" ask what the opener form asks."""
    assert values(reading(store, text, "ask_fact"), "claim") == [claim]


def _one_person(store: FactStore, person_id: str, said: str) -> list[str]:
    person = store.people[person_id].name
    text = f"Is {person} {said}?"
    return values(reading(store, text, "ask_person", [name(text, person, "person")]), "claim")


def test_one_person_named_as_a_kind_or_a_description(store):
    """ "Is <the original artist> a Japanese band?" got the card without a verdict: what the store says of them;
    "a member of <a group>" is left to the relation readers."""
    lead = store.cast[0].actor
    original = str(store.crew["theme_song"].work.extra["original_by"])  # type: ignore[union-attr]
    assert _one_person(store, original, "a Japanese band") == ["person_describes:japanese band"]
    assert "person_describes:member of a group" not in _one_person(store, lead, "a member of a group")


def test_an_actor_is_one_of_the_cast(store):
    lead, director = store.cast[0].actor, store.crew["director"].people[0]
    for person, held in ((lead, True), (director, None)):
        text = f"Is {store.people[person].name} an actor?"
        tracker = _tracker(text, [name(text, store.people[person].name, "person")])
        assert verdict("person_describes:actor", tracker)[0] is held


def test_a_song_of_its_artist_is_no_genre(store):
    """ "is <the song> a <its original artist> song": the artist's name is no genre the store lacks."""
    original = store.people[str(store.crew["theme_song"].work.extra["original_by"])].name  # type: ignore[union-attr]
    text = f"is {_song_title(store)} a {original.lower()} song"
    result = reading(store, text, "ask_crew", [name(text, original, "person")])
    assert not any(str(v).startswith(UNHELD_RELATION) for v in values(result, "claim"))
