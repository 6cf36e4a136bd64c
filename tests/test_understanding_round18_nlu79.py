"""Round 18, nlu79 (issue 10): two questions in one message. Phrasings follow the round's grid
(tests/nlu/probes_round18_nlu79.yml); names come from the store."""

from __future__ import annotations

import pytest

from actions.crew import ActionCrew, ActionNovel
from bot.scope import Vocabulary, unknown_subject
from bot.understanding import asking_parts
from tests.reading_helpers import reading, run, span

# A vocabulary that, like the model's, never saw the joining words "also", "then", "plus".
VOCABULARY = Vocabulary.from_texts(["who wrote the book", "how long is the movie", "who directed the film"])


@pytest.mark.parametrize(
    "text",
    [
        "who wrote the book and also how long is the movie",
        "how long is the movie and also who wrote the book",
        "who wrote the book and then who directed the film",
        "who directed the film plus how long is the movie",
    ],
)
def test_a_subject_named_after_a_slot_ends_with_its_clause(text):
    """ "who wrote the book and also how long ...": the guard read "also" (a word no in-scope question had) as the
    book's name and refused the message; the words of the next clause are no subject."""
    assert unknown_subject(text, VOCABULARY, has_entities=False) is None


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("who directed Barbie and also how long is the movie", "barbie"),
        ("who wrote Dune and then who directed the film", "dune"),
        ("who directed the film Titanic and who wrote the book", "titanic"),
    ],
)
def test_another_work_before_the_join_is_still_caught(text, subject):
    """The clause's own subject is still read: another work named before the join is refused."""
    assert unknown_subject(text, VOCABULARY, has_entities=False) == subject


def _values(result, entity: str) -> list[str]:
    return [str(e["value"]) for e in result.entities if e["entity"] == entity]


@pytest.mark.parametrize(
    "text",
    [
        "who published the novel and how many books are in the series",
        "how many books are in the series and when was the novel published",
        "when was the novel published, how many books are in the series",
    ],
)
def test_the_novel_and_a_part_of_it_asked_in_two_clauses_are_both_asked(store, text):
    """Two clauses read alone as the same question (the novel) of different parts: the later one used to be dropped,
    so only the series was answered. The clause without a part asks the novel itself."""
    result = reading(store, text, "ask_novel")
    assert result.intent == "ask_novel"
    assert set(_values(result, "attribute")) == {"novel", "novel_series"}


def test_the_series_clause_keeps_its_part_beside_another_question(store):
    """ "how many books are in the series and then how long is the movie": the runtime of the other clause no longer
    hides the series (the series clause's own attributes decide it)."""
    result = reading(store, "how many books are in the series and then how long is the movie", "ask_novel")
    assert result.intent == "ask_novel"
    assert _values(result, "attribute") == ["novel_series"]
    assert _values(result, "also_ask") == ["ask_runtime"]


def test_a_series_asked_as_a_later_part_carries_its_attribute(store):
    result = reading(store, "who wrote the screenplay, how many books are in the series", "ask_director")
    assert _values(result, "also_ask") == ["ask_novel"]
    assert "novel_series" in _values(result, "attribute")


@pytest.mark.parametrize("text", ["who wrote the book , who directed it", "who published the novel, who directed it"])
def test_who_after_a_work_noun_opens_a_second_question(store, text):
    """ "the book, who ..." is no relative clause (a book is no person): the second question is asked too."""
    for intent in ("ask_novel", "ask_director"):
        result = reading(store, text, intent)
        assert (result.intent or intent) == "ask_novel"
        assert _values(result, "also_ask") == ["ask_director"]


def test_two_credits_asked_in_two_clauses_are_both_read(store):
    result = reading(store, "Who scored Drawing Closer and who is it written by?", "ask_crew")
    assert set(_values(result, "crew_role")) == {"music", "screenplay"}


@pytest.mark.parametrize(
    ("clause", "intent"),
    [
        ("when did they make it", asking_parts.RELEASE_DATE),
        ("when was it shot", asking_parts.RELEASE_DATE),
        ("where is it", asking_parts.WHERE_TO_WATCH),
        ("when did they start writing", asking_parts.UNHELD),
    ],
)
def test_a_later_clause_borrowing_its_subject_is_placed_by_structure(clause, intent):
    found = asking_parts.unplaced(clause.split())
    assert found is not None and found.intent == intent


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Who is the director of Drawing Closer and when did they make it?", "ask_release_date"),
        ("Where is it and who is in it?", "ask_cast"),
    ],
)
def test_both_clauses_of_a_borrowed_subject_are_answered(store, text, expected):
    first = {"Where is it and who is in it?": "ask_cast"}.get(text, "ask_director")
    result = reading(store, text, first)
    assert expected in [result.intent, *_values(result, "also_ask")]
    assert len({result.intent or first, *_values(result, "also_ask")}) == 2


def test_the_novel_and_its_series_are_both_answered(domain):
    said, _, _ = run(
        ActionNovel(),
        domain,
        "who published the novel and how many books are in the series",
        [
            span("who published the novel and how many books are in the series", "novel", "attribute", "novel"),
            span(
                "who published the novel and how many books are in the series",
                "how many books",
                "attribute",
                "novel_series",
            ),
        ],
        intent="ask_novel",
    )
    assert said[:2] == ["utter_novel", "utter_novel_series"]


@pytest.mark.parametrize(
    ("text", "response"), [("who wrote the movie", "utter_crew_screenplay"), ("who wrote it", "utter_novel")]
)
def test_who_wrote_after_the_novel_follows_the_subject_named(domain, text, response):
    """After the novel's answer "who wrote it?" asks the novelist; "who wrote the movie?" names the film as the
    subject: its screenwriter."""
    events = [{"event": "action", "name": "action_novel"}]
    said, _, _ = run(
        ActionCrew(),
        domain,
        text,
        [{**span(text, "wrote", "crew_role", "screenplay"), "extractor": "QuestionReader"}],
        intent="ask_crew",
        events=events,
    )
    assert response in said


@pytest.mark.parametrize(
    ("text", "also"),
    [
        ("how many pages is the book and also who wrote the screenplay", "ask_crew"),
        ("how many pages is the book , when was the novel published", "ask_novel"),
    ],
)
def test_the_book_that_owns_an_attribute_is_no_question_of_its_own(store, text, also):
    """ "how many pages is the book": the book says whose pages; it used to be read as a second question (the
    novel's answer), which hid the real second clause (the screenplay) or made it a restatement."""
    result = reading(store, text, "ask_fact")
    assert _values(result, "also_ask") == [also]


@pytest.mark.parametrize("text", ["is there an english translation", "Is there an English translation?"])
def test_a_translation_into_a_language_asks_for_a_version_not_a_definition(store, text):
    """ "is there an english translation" was read as the definition of "english", then as the claim that the film
    is in English ("No. It's in Japanese"): it asks for a version in English, which the store does not hold."""
    result = reading(store, text, "ask_fact")
    assert result.intent == "ask_fact"
    assert _values(result, "attribute") == ["dubbing"]


def test_the_english_translation_of_the_title_is_still_its_meaning(store):
    assert reading(store, "what is the english translation of the title", "ask_title").intent in (None, "ask_title")
