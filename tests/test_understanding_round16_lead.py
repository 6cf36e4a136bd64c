"""Round 16, the lead's fixes (issue 10). Phrasings are the lead's own; names come from the store."""

from __future__ import annotations

import pytest

from bot.understanding import film_talk
from bot.understanding.lexicon import Hit
from bot.understanding.reading import OUT_OF_SCOPE
from tests.reading_helpers import reading


@pytest.mark.parametrize(
    ("said", "same_as"),
    [
        ("main female character", "female lead"),
        ("female protagonist", "female lead"),
        ("main male character", "male lead"),
        ("male protagonist", "male lead"),
    ],
)
def test_a_lead_named_by_gender_and_role_is_that_lead(store, entity_rules, said, same_as):
    """ "What is the name of the main female character?" named no one the rules knew ("I don't know of its
    female"): the leads' role names with a gender are theirs."""
    assert store.resolve(said, ("character",)) == store.resolve(same_as, ("character",)) != []
    text = f"what is the name of the {said} in it"
    assert [(ent.text, ent.label_) for ent in entity_rules(text).ents] == [(said, "character")]


@pytest.mark.parametrize(
    "text",
    [
        "who sang the theme song of the film your name",
        "when did the trailer for the movie a walk to remember come out",
    ],
)
def test_a_thing_of_another_work_named_after_a_work_noun_is_that_works(store, text):
    """nlu70's owner rule (the theme song, the trailer are this film's things) met nlu72's lower-case titles: a
    thing of "the film <another title>" is that work's, refused, never this film's theme song or trailer."""
    assert reading(store, text, "ask_crew").intent == OUT_OF_SCOPE


@pytest.mark.parametrize("text", ["who sang the theme song", "when did the trailer come out"])
def test_the_films_own_things_are_still_ours(store, text):
    assert reading(store, text, "ask_crew").intent != OUT_OF_SCOPE


def test_a_typo_is_read_as_the_nearest_word_of_any_kind():
    """ "is it a thriler?" is one letter from "thriller" (a genre claimed) and two from "trailer" (an attribute):
    the nearest word wins, whatever its kind (it got the trailer's dates)."""
    from bot.understanding.lexicon import default_lexicon, tokens

    hits = default_lexicon().find(tokens("is it a thriler?"), ("attribute", "claim"))
    assert [(hit.kind, hit.phrase) for hit in hits] == [("claim", "thriller")]


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("My friend and I saw the trailer for it and would love to watch it!", "ask_where_to_watch"),
        ("i saw the trailer. how long is the movie?", "ask_runtime"),
    ],
)
def test_what_the_speaker_has_seen_is_told_not_asked(store, text, intent):
    """ "I saw the trailer and would love to watch it" got the trailer's dates: the trailer the speaker saw is
    told; the other attribute is what is asked."""
    assert reading(store, text, "ask_fact").intent == intent


def test_a_thing_seen_alone_is_still_what_the_message_is_about(store):
    words = "we saw the trailer".split()
    hits = [Hit("attribute", "trailer", "trailer", 3, 4)]
    assert film_talk.seen_by_the_speaker(words, hits) == hits  # nothing else asked: left to the other rules
