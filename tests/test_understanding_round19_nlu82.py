"""Round 19, nlu82 (issue 10): stated trivia is decided only by what the store holds, relation and qualifiers.

Phrasings are the engineer's own; names, titles and dates come from the store."""

from __future__ import annotations

import datetime as dt

import pytest

from actions.topics import ActionFact
from bot.understanding import claim_relations
from bot.understanding.claim_relations import UNHELD_RELATION
from tests.reading_helpers import name, reading, run, tags


def _claim(result) -> str | None:
    return tags(result).get("claim")


def _lead(store) -> tuple[str, str]:
    """(the first billed actor's name, the given name of their character)."""
    credit = store.cast[0]
    return store.people[credit.actor].name, store.characters[credit.character].name.split()[0]


def _names(text: str, actor: str, character: str) -> list[dict]:
    return [name(text, actor, "person"), name(text, character, "character")]


@pytest.mark.parametrize(
    ("relation", "word"),
    [
        ("auditioned for the role of", "auditioned"),
        ("tried out for the part of", "tried"),
        ("turned down the role of", "turned"),
        ("was originally supposed to play", "originally"),
    ],
)
def test_a_relation_to_a_part_other_than_playing_it_is_undecided(store, relation, word):
    """Auditioning is not playing: never "Yes/No, <b> is played by <a>" from the cast credit beside it."""
    actor, character = _lead(store)
    text = f"Did you know that {actor} {relation} {character}?"
    result = reading(store, text, "ask_who_plays", _names(text, actor, character))
    assert _claim(result) == f"{UNHELD_RELATION}:{word}"
    assert result.intent == "ask_fact"


def test_the_held_relation_in_the_same_frame_is_still_decided(store):
    actor, character = _lead(store)
    text = f"Did you know that {actor} plays {character}?"
    assert _claim(reading(store, text, "ask_who_plays", _names(text, actor, character))) == "plays"


@pytest.mark.parametrize(
    "claim",
    [
        "{title} was the first Netflix film dubbed into a made-up language",
        "{title} was originally named something else",
        "{title} had been in development since the 1980s",
        "{title} the movie was named after a flower",
    ],
)
def test_a_qualifier_or_a_relation_of_the_film_the_store_does_not_hold_is_undecided(store, claim):
    """Never the platform's "Yes", the card or a spoiler prompt a word of the claim would otherwise reach."""
    text = "Did you know " + claim.format(title=store.title) + "?"
    assert str(_claim(reading(store, text, "ask_fact"))).startswith(f"{UNHELD_RELATION}:")


def test_hearsay_frames_an_opinion_so_only_verbs_and_qualifiers_count(store):
    """ "I heard it was really good" is a remark, "I heard <a> got the part because of <b>" a claim."""
    actor, character = _lead(store)
    assert _claim(reading(store, "I heard it was really good", "chitchat")) is None
    text = f"I heard {actor} got the part of {character} because of a friend."
    assert _claim(reading(store, text, "ask_who_plays", _names(text, actor, character))) == f"{UNHELD_RELATION}:got"


def test_a_model_of_a_character_is_not_the_film_s_source(store):
    """ "<the film> is based on a novel" is held; "<a character>'s character is based on <someone>" is not."""
    _, character = _lead(store)
    text = f"Did you know that {character}'s character is based on a real painter?"
    result = reading(store, text, "ask_source", [name(text, character, "character")])
    assert _claim(result) == f"{UNHELD_RELATION}:based"
    assert _claim(reading(store, f"Did you know that {store.title} is based on a novel?", "ask_source")) != (
        f"{UNHELD_RELATION}:based"
    )


def test_the_order_of_a_named_person_s_works_is_left_to_the_works_readers(store):
    actor, _ = _lead(store)
    work = store.people[store.cast[0].actor].known_for[0].title
    text = f"I heard {actor}'s first film lead was {work}."
    assert not str(_claim(reading(store, text, "ask_other_work", [name(text, actor, "person")]))).startswith(
        UNHELD_RELATION
    )


def test_a_held_release_date_with_its_verb_is_no_unheld_claim(store):
    day = dt.date.fromisoformat(str(store.film["premiere_date"].value))
    text = f'Did you know that the movie "{store.title}" opened on Netflix on {day:%B} {day.day} in {day.year}?'
    assert not str(_claim(reading(store, text, "ask_release_date"))).startswith(UNHELD_RELATION)


@pytest.mark.parametrize(
    "text",
    [
        "did you know who plays the lead?",
        "I heard it's sad. Have you seen it? What did you think of the ending?",
        "I think it was first shown in June",
        "do you know much about the lead?",
        "I just read something that said the rooftop was the best scene.",
        "I heard about that one.",
    ],
)
def test_no_trivia_claim_after_a_wh_word_beside_a_question_in_a_belief_or_asking_for_a_thing(text):
    assert claim_relations.asked_claim(text) is None


def test_hearsay_is_its_own_clause_only():
    """ "I heard it was good, romance is not my genre, but I'd see it": the speaker's taste after it is no claim."""
    text = "I heard it was good, romance is not my genre, but I'd see it anyway."
    found = claim_relations.asked_claim(text)
    assert found is not None
    assert text[found[0] : found[1]] == "it was good"
    assert not found[2]


def test_the_claim_runs_to_the_end_of_its_sentence():
    text = "That's cool. Did you know that the girl in it, didn't know it was a love story? Wow."
    found = claim_relations.asked_claim(text)
    assert found is not None
    start, end, asked = found
    assert text[start:end] == "the girl in it, didn't know it was a love story"
    assert asked


def test_the_answer_names_the_subject_and_what_was_claimed(store, domain):
    actor, character = _lead(store)
    text = f"Did you know that {actor} auditioned for the role of {character}?"
    start = text.index(actor)
    entities = [
        *_names(text, actor, character),
        {"entity": "claim", "value": f"{UNHELD_RELATION}:auditioned", "start": start, "end": len(text) - 1},
    ]
    said, messages, _ = run(ActionFact(), domain, text, entities, intent="ask_fact")
    assert said == ["utter_dont_know_person_asked"]
    assert messages[0]["subject_name"] == actor
    assert messages[0]["asked"] == f"auditioned for the role of {character}"
