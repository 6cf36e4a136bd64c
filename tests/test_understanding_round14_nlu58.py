"""Clues inside a question (issue 10, round 14; bot/understanding/inner_clues.py).

Phrasings here are other than the probes' (tests/nlu/probes_round14_nlu58.yml): appositives, participial phrases
and relative clauses are split from the asking clause, checked against the store, and left out of what is read.
Names come from the store.
"""

from __future__ import annotations

from typing import Any

import pytest
from rasa.shared.nlu.training_data.message import Message

from bot.nlu_frame import QuestionReader
from bot.store import FactStore
from bot.understanding import inner_clues
from bot.understanding.described_film import FILM_NOT_THIS
from bot.understanding.lexicon import default_lexicon
from tests.reading_helpers import name, reading, tags


@pytest.fixture(scope="module")
def cast(store: FactStore) -> dict[str, str]:
    """The two leads and their characters, the director, the screenwriter and the novelist, as a question writes
    them."""
    first, second = store.cast[0], store.cast[1]
    return {
        "lead": store.people[first.actor].name,
        "role": store.characters[first.character].name,
        "co_lead": store.people[second.actor].name,
        "co_role": store.characters[second.character].name,
        "director": store.people[store.crew["director"].people[0]].name,
        "writer": store.people[store.crew["screenplay"].people[0]].name,
        "author": store.people[str(store.novel["author"].value)].name,
        "title": store.title,
        "year": str(store.release_year),
    }


KINDS = {
    "lead": "person",
    "co_lead": "person",
    "director": "person",
    "writer": "person",
    "author": "person",
    "role": "character",
    "co_role": "character",
}


def entities_of(text: str, cast: dict[str, str]) -> list[dict[str, Any]]:
    """The entity rules' tags for the store's names in `text`."""
    return [name(text, cast[key], kind) for key, kind in KINDS.items() if cast[key].lower() in text.lower()]


def clue_texts(text: str, cast: dict[str, str]) -> list[str]:
    return [text[c.chars[0] : c.chars[1]] for c in inner_clues.find(text, entities_of(text, cast), default_lexicon())]


def contradiction(store: FactStore, text: str, cast: dict[str, str]) -> str | None:
    return inner_clues.contradiction(text, entities_of(text, cast), store, default_lexicon())


# 1. the split: which phrases are clues, and which are the question ------------------------------------------


@pytest.mark.parametrize(
    ("template", "clue"),
    [
        ("How tall is {role}, portrayed by {lead} in the film?", "portrayed by {lead} in the film"),
        ("{co_lead}, who acts opposite {lead}, comes from which city?", "who acts opposite {lead}"),
        ("Where was {lead}, a singer and actor, born?", "a singer and actor"),
        ("{title}, the {year} film from a web novel, lasts how long?", "the {year} film from a web novel"),
        ("what songs are in {title} directed by {director}", "directed by {director}"),
        ("who sings the theme song of {title} starring {lead}", "starring {lead}"),
        ("{lead} who stars as {role} in it is how tall", "who stars as {role} in it"),
    ],
)
def test_a_clue_inside_a_wh_question_is_split_from_the_asking_clause(cast, template, clue):
    text = template.format(**cast)
    assert clue_texts(text, cast) == [clue.format(**cast)]


@pytest.mark.parametrize(
    "template",
    [
        "Is {title}, directed by {director}, on Netflix?",  # yes/no: the clue is what is asked
        "what is the name of the character played by {lead}",  # defines what is asked
        "what was the first film directed by {director}",  # which of their works
        "Who is the girl in the film, played by {co_lead}?",  # who plays her says who is asked
        "Who is the actress who plays {co_role}?",  # a relative after a common noun defines it
        "{title} who directed it",  # the relative-looking clause is the only question
        "I watched {title}, who plays {co_role}?",  # no asking clause outside the relative
        "never mind what genre, who wrote it",  # a relative-looking question after a common noun
        "what is {title}, who is in it",  # "who" after the title asks: a film is no person
        "Which is the movie starring {lead}, directed by {director}?",  # the clues describe the film asked for
        "Who's good? It stars {lead} who is great",  # the clue's sentence asks nothing
        "Who is the director? And who wrote it?",  # a second question, not a relative clause
        "any idea where {lead} who sang the theme came from",  # the question's verb is inside the clause
    ],
)
def test_a_clause_that_asks_or_defines_is_no_clue(cast, template):
    assert clue_texts(template.format(**cast), cast) == []


# 2. every clue checked against the store ----------------------------------------------------------------


@pytest.mark.parametrize(
    "template",
    [
        "What does {role}, played by {co_lead}, draw?",  # another's actor
        "{lead}, who portrays {co_role} in the film, is how old?",  # another's role
        "Who wrote the music for {title}, directed by {writer}?",  # the screenwriter did not direct
        "How long is {title}, the {year} cartoon from a novel by {author}?",  # not a cartoon
        "Where was {director}, who directed the 1998 movie {title}, born?",  # another year
        "What is the rating of {title}, starring Tom Cruise?",  # a name the store does not hold
        "Who published the novel {title} which sold 5 million copies?",  # another figure
        "This 2003 horror film was directed by {director}. Who composed its music?",  # a clue sentence
    ],
)
def test_a_clue_that_contradicts_the_store_is_found(store, cast, template):
    assert contradiction(store, template.format(**cast), cast) is not None


@pytest.mark.parametrize(
    "template",
    [
        "What does {role}, played by {lead}, draw?",
        "{co_lead}, who portrays {co_role} in the film, is how old?",
        "Who wrote the music for {title}, directed by {director}?",
        "How long is {title}, the {year} romance from a novel by {author}?",
        "Who published the novel {title} which sold 620,000 copies?",
        "This {year} romance film was directed by {director}. Who composed its music?",
        "Where was {lead}, who grew up far from the city, born?",  # the store cannot decide: left aside
        "What does Harry Lime, the villain in The Third Man, do?",  # about someone the store does not hold
    ],
)
def test_a_clue_that_fits_or_cannot_be_decided_is_no_contradiction(store, cast, template):
    assert contradiction(store, template.format(**cast), cast) is None


def test_a_relative_of_a_character_typed_in_lower_case_is_the_role_checked(store, cast):
    # "<an actress> who plays <a character>s mother": the mother's actress, another's role for the lead
    child = store.relations[0].subject
    typed = store.characters[child].name.split()[0].lower()
    relation = store.relations[0].relation
    text = f"{cast['lead'].lower()} who plays {typed}s {relation} in the film was born where"
    entities = [name(text, cast["lead"].lower(), "person")]
    assert inner_clues.contradiction(text, entities, store, default_lexicon()) is not None


# 3. what is read: the asking clause alone ---------------------------------------------------------------


def test_the_clues_words_lend_nothing_to_what_is_asked(store, cast):
    text = "{role}, portrayed by {lead} in the {year} movie, belongs to which club at school?".format(**cast)
    result = reading(store, text, "ask_other_work", entities_of(text, cast))
    assert result.intent == "ask_character"  # not the actor's other work
    assert any("clues inside the question" in why for why in result.why)
    assert cast["lead"] in [e["value"] for e in result.drop]


@pytest.mark.parametrize(
    ("template", "classified", "asked"),
    [
        ("In {title}, starring {lead} and {co_lead}, who plays the best friend?", "ask_cast", None),
        ("{title}, starring {lead}, tell me who plays {co_role} in it?", "ask_cast", "ask_who_plays"),
        ("This {year} film was written by {writer}. Who composed its music?", "ask_other_work", "ask_crew"),
    ],
)
def test_a_guess_lent_by_a_clue_gives_way_to_the_asking_clauses_subject(store, cast, template, classified, asked):
    text = template.format(**cast)
    entities = entities_of(text, cast)
    if "music" in text:
        entities.append(name(text, "music", "crew_role"))
    result = reading(store, text, classified, entities)
    if asked is not None:
        assert result.intent == asked
    assert not {e["value"] for e in result.entities if e["entity"] == "person"} & {cast["lead"], cast["co_lead"]}


def test_a_person_left_in_the_asking_clause_keeps_the_classifiers_guess(store, cast):
    # "<a>, who plays <b>, was in which other shows?": the asking clause asks <a>'s works in its own words
    text = "{lead}, who plays {role}, was in which other shows?".format(**cast)
    result = reading(store, text, "ask_other_work", entities_of(text, cast))
    assert result.intent in (None, "ask_other_work")


def test_an_attribute_of_the_asking_clause_is_kept(store, cast):
    text = "{lead}, who plays {role} in the film, was born on what date?".format(**cast)
    result = reading(store, text, "ask_person", entities_of(text, cast))
    assert tags(result).get("attribute") == "birthday"


# 4. wired in: a contradiction is "I don't know that film" when the message names ours --------------------


def read_message(store: FactStore, text: str, cast: dict[str, str], intent: str = "ask_fact") -> Message:
    message = Message(data={"text": text, "intent": {"name": intent, "confidence": 0.7}})
    message.set("entities", entities_of(text, cast))
    message.set("intent_ranking", [{"name": intent, "confidence": 0.7}])
    QuestionReader(store, default_lexicon()).process([message])
    return message


@pytest.mark.parametrize(
    "template",
    [
        "What does {role}, played by {co_lead}, draw?",
        "who plays {co_role} in the version of {title} directed by {author}",
        "{director}, who directed the Korean movie {title}, studied where?",
    ],
)
def test_a_contradicted_clue_about_ours_is_not_this_film(store, cast, template):
    message = read_message(store, template.format(**cast), cast)
    assert message.get("intent")["name"] == "ask_title"
    assert FILM_NOT_THIS in [e["value"] for e in message.get("entities") if e["entity"] == "attribute"]


def test_a_fitting_clue_is_answered_as_asked(store, cast):
    message = read_message(store, "What does {role}, played by {lead}, draw?".format(**cast), cast, "ask_person")
    assert FILM_NOT_THIS not in [e["value"] for e in message.get("entities") if e["entity"] == "attribute"]


def test_a_clue_right_after_another_describes_the_same_one(cast):
    # "<a character>, a <noun> from <the title>, played by <an actor>, …": the actor plays the character
    text = "{role}, a painter from {title}, played by {lead}, lives in which town?".format(**cast)
    assert clue_texts(text, cast) == ["a painter from {title}".format(**cast), "played by {lead}".format(**cast)]
