"""Trivia questions that lean on their clues, and the novel (issue 10, round 15).

Phrasings here are other than the probes' (tests/nlu/probes_round15_nlu66.yml): a leading "in the novel …" phrase
is a setting, not the question (bot/understanding/inner_clues.book_setting); a book word beside the question (a
setting, a clue, "the adaptation of <the title>") does not make it a question about the novel
(reading._book_word_beside_the_question, novel_reading.adaptation_of_the_film); a person of the book the novel's
one answer does not name is "I don't know" (novel_reading.unnamed_role_of_the_book); a career's start is the
debut. Names come from the store.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.store import FactStore
from bot.understanding import inner_clues, novel_reading, stated_claims
from bot.understanding.lexicon import default_lexicon
from tests.reading_helpers import name, reading, tags


@pytest.fixture(scope="module")
def cast(store: FactStore) -> dict[str, str]:
    """The leads and their characters, the director and the novelist, as a question writes them."""
    first, second = store.cast[0], store.cast[1]
    return {
        "lead": store.people[first.actor].name,
        "role": store.characters[first.character].name,
        "co_role": store.characters[second.character].name,
        "director": store.people[store.crew["director"].people[0]].name,
        "author": store.people[str(store.novel["author"].value)].name,
        "title": store.title,
        "year": str(store.release_year),
    }


KINDS = {"lead": "person", "director": "person", "author": "person", "role": "character", "co_role": "character"}


def entities_of(text: str, cast: dict[str, str]) -> list[dict[str, Any]]:
    return [name(text, cast[key], kind) for key, kind in KINDS.items() if cast[key].lower() in text.lower()]


def clues(text: str, cast: dict[str, str]) -> list[tuple[str, str]]:
    found = inner_clues.find(text, entities_of(text, cast), default_lexicon())
    return [(c.kind, text[c.chars[0] : c.chars[1]]) for c in found]


# 1. a leading "in the novel …" phrase is the question's setting ---------------------------------------------


@pytest.mark.parametrize(
    ("template", "setting"),
    [
        ("In the book {title} by {author}, which club does {role} belong to?", "In the book {title} by {author}"),
        ("In {author}'s novel, what does {co_role} draw?", "In {author}'s novel"),
        ("in the original novel of {title}, how old is {role}", "in the original novel of {title}"),
        ("In the {year} novel {title}, who is {co_role}?", "In the {year} novel {title}"),
    ],
)
def test_a_leading_book_phrase_is_a_setting(cast, template, setting):
    text = template.format(**cast)
    assert clues(text, cast)[:1] == [("setting", setting.format(**cast))]


@pytest.mark.parametrize(
    "template",
    [
        "In the novel {title}, {role} is a painter, right?",  # no wh-question after the comma
        "In the film {title}, who is {co_role}?",  # a film, not a book: the film's own readings
        "In which novel does {role} appear?",  # the phrase asks
        "In the novel {title} which came out before the film and sold well in Japan and abroad, who is {role}?",
    ],
)
def test_no_setting_without_a_book_phrase_before_a_wh_question(cast, template):
    assert not [kind for kind, _ in clues(template.format(**cast), cast) if kind == "setting"]


def test_a_books_year_in_its_setting_is_no_contradiction(store, cast):
    # the novel came out before the film: its year in a setting says nothing about the film's
    published = str(store.novel["published"].value)[:4]
    text = f"In the {published} novel {cast['title']}, who is {cast['co_role']}?"
    assert inner_clues.contradiction(text, entities_of(text, cast), store, default_lexicon()) is None


def test_a_name_ending_the_setting_opens_no_relative_clause(store, cast):
    # "In the novel by <a>, who is <b>?": a question, so no statement's details are checked ("Yes.")
    text = f"In the novel by {cast['author']}, who is {cast['co_role']}?"
    author = str(store.novel["author"].value)
    start = text.index(cast["author"])
    people = [(start, start + len(cast["author"]), author)]
    assert stated_claims.details_said(text, people, [], [], store) == []


# 2. a book word beside the question: the asking clause decides ---------------------------------------------


@pytest.mark.parametrize(
    ("template", "asked"),
    [
        ("In the novel {title} by {author}, who is {co_role}?", "ask_character"),
        ("In {author}'s book, what is {role} like?", "ask_character"),
        ("In the book, who plays {co_role} in the film?", "ask_who_plays"),
        ("who played {co_role} in {title}, the {year} film from the novel by {author}", "ask_who_plays"),
    ],
)
def test_a_book_word_beside_the_question_leaves_the_novels_answer(store, cast, template, asked):
    text = template.format(**cast)
    result = reading(store, text, "ask_novel", entities_of(text, cast))
    assert result.intent == asked


@pytest.mark.parametrize(
    "template",
    [
        "In the novel, who wrote it?",  # the book asked about with "it": the classifier's reading stands
        "who published the novel {title}",
        "In {author}'s novel, what year was it published?",
    ],
)
def test_a_question_about_the_book_keeps_the_novels_answer(store, cast, template):
    text = template.format(**cast)
    result = reading(store, text, "ask_novel", entities_of(text, cast))
    assert result.intent in (None, "ask_novel")


@pytest.mark.parametrize(
    "template",
    [
        "who plays {role} in the adaptation of {title}",
        "who directed the film adaptation of {title}",
        "the {year} adaptation of {title} stars who?",
    ],
)
def test_the_adaptation_of_the_title_is_the_film(store, cast, template):
    lexicon = default_lexicon()
    words = template.format(**cast).lower().split()
    hits = novel_reading.adaptation_of_the_film(words, lexicon.find(words, ("attribute", "film")))
    assert not [h for h in hits if h.kind == "attribute" and h.key == "novel"]


def test_an_adaptation_asked_of_keeps_the_novel(cast):
    words = "what is {title} an adaptation of".format(**cast).lower().split()
    lexicon = default_lexicon()
    hits = novel_reading.adaptation_of_the_film(words, lexicon.find(words, ("attribute", "film")))
    assert [h for h in hits if h.kind == "attribute" and h.key == "novel"]


# 3. what the novel's one answer does not name ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "who is the founder of the company that published the novel",
        "who was the president at the publisher of the book",
        "who is the agent of the novel's author",
        "who's the cover designer of the book",
    ],
)
def test_a_person_of_the_book_the_answer_does_not_name_is_not_known(store, text):
    result = reading(store, text, "ask_novel")
    assert result.intent == "ask_fact"
    assert tags(result).get("attribute") == "asked"


@pytest.mark.parametrize(
    "text",
    [
        "who is the author of the novel",
        "who is the publisher of the book",
        "who is the mother of the novel's heroine",  # a relation: the character readings
        "who is the writer behind the book",
    ],
)
def test_a_person_the_answer_names_or_another_reading_knows_is_kept(store, text):
    assert tags(reading(store, text, "ask_novel")).get("attribute") != "asked"


# 4. a career's start is the debut --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "template",
    [
        "how did {author} start her career",
        "When did {director} begin his career?",
        "what was the beginning of their career, {lead}?",
    ],
)
def test_the_start_of_a_career_is_the_debut(store, cast, template):
    text = template.format(**cast)
    result = reading(store, text, "ask_other_work", entities_of(text, cast))
    assert tags(result).get("attribute") == "debut"


# 5. a credit's verb after a clue sentence asks for the credit, not for who is in the film ---------------------


@pytest.mark.parametrize(
    ("template", "asked"),
    [
        ("This {year} film stars {lead} as a painter. Who directed it?", "ask_director"),
        ("The {year} film was made for Netflix from a novel by {author}. Who directed the film?", "ask_director"),
        ("who directed this movie", "ask_director"),
        ("who starred in this movie", "ask_cast"),  # no credit verb: who is in it
    ],
)
def test_a_credit_verb_without_a_person_asks_for_the_credit(store, cast, template, asked):
    text = template.format(**cast)
    result = reading(store, text, "ask_other_work", entities_of(text, cast))
    assert result.intent == asked
