"""Round 22, nlu90: the kind of answer a bare wh-word names (when -> a date, how long -> a duration, how many -> a
count, how old -> an age, where -> a place, who -> a person), and of which subject (the film, the novel, the theme
song, a person, a character). A reading whose reply gives no thing of that kind of that subject is read again as the
subject's own fact, or as an honest "I don't know" (bot/understanding/wh_kind.py), on every reading, the classifier's
alone included. Phrasings are real questions' frames; names come from the store."""

from __future__ import annotations

from typing import Any

import pytest

from actions.topics import ActionFact
from bot.store import FactStore
from bot.understanding import wh_kind
from bot.understanding.coverage import Span
from bot.understanding.lexicon import tokens
from tests.reading_helpers import name, reading, run, tags


def _asked(text: str, names: list[tuple[Span, str]] | None = None) -> wh_kind.KindAsked | None:
    return wh_kind.kind_asked(tokens(text), names or [])


@pytest.mark.parametrize(
    ("text", "kind", "subject"),
    [
        ("when did the novel come out?", wh_kind.DATE, wh_kind.NOVEL),
        ("in what year did the movie come out?", wh_kind.DATE, wh_kind.FILM),
        ("when was the theme song released?", wh_kind.DATE, wh_kind.SONG),
        ("how long is it?", wh_kind.DURATION, wh_kind.UNNAMED),
        ("how long is the novel?", wh_kind.DURATION, wh_kind.NOVEL),
        ("how long's the movie", wh_kind.DURATION, wh_kind.FILM),
        ("how many years was the manga serialised?", wh_kind.DURATION, wh_kind.EVENT),
        ("how many copies did the book sell?", wh_kind.COUNT, wh_kind.NOVEL),
        ("who came up with the story?", wh_kind.PERSON, wh_kind.STORY),
        ("where was the opening scene filmed?", wh_kind.PLACE, wh_kind.PART),
        ("what time does it come out?", wh_kind.TIME, wh_kind.UNNAMED),
        ("when was drawing closer first published?", wh_kind.DATE, wh_kind.NOVEL),
    ],
)
def test_the_kind_a_wh_phrase_asks_and_of_which_subject(text: str, kind: str, subject: str) -> None:
    asked = _asked(text)
    assert asked is not None and (asked.kind, asked.subject) == (kind, subject)


@pytest.mark.parametrize(
    "text",
    [
        "how long is it on netflix for?",  # a period on the service, not the runtime
        "how long did it take to film?",
        "when does it take place?",  # the story's time, not the release
        "when was it announced?",
    ],
)
def test_a_date_or_duration_of_an_event_is_not_the_subjects_own(text: str) -> None:
    asked = _asked(text)
    assert asked is not None and asked.subject == wh_kind.EVENT


@pytest.mark.parametrize(
    "text",
    [
        "the actress who plays her, how old is she?",  # a relative "who"
        "which publisher published the novel and when?",
        "who is the author?",  # the head noun asks (answer_type.py)
        "who's the novelist",
    ],
)
def test_several_wh_words_or_a_head_noun_leave_the_question_to_other_readers(text: str) -> None:
    assert _asked(text) is None


@pytest.mark.parametrize("text", ["how old is she?", "do you know what year that happened?"])
def test_a_pronoun_leaves_the_subject_to_the_conversation(text: str) -> None:
    asked = _asked(text)
    assert asked is not None and asked.subject == wh_kind.UNNAMED


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("drawing closer is based on a book from what year", wh_kind.NOVEL),
        ("in what year was the book series by someone made into a netflix movie?", wh_kind.FILM),
        ("how long is the theme song music video?", wh_kind.PART),
    ],
)
def test_the_subject_before_a_final_wh_phrase_or_at_a_compounds_head(text: str, subject: str) -> None:
    asked = _asked(text)
    assert asked is not None and asked.subject == subject


def test_a_person_releasing_a_work_asks_the_works_date() -> None:
    words = tokens("when did someone release the song?")
    asked = wh_kind.kind_asked(words, [(Span(2, 3), wh_kind.PERSON)])
    assert asked is not None and asked.subject == wh_kind.SONG


def test_a_persons_date_is_the_birth_only_when_a_birth_is_asked() -> None:
    born = wh_kind.kind_asked(tokens("when was someone born?"), [(Span(2, 3), wh_kind.PERSON)])
    started = wh_kind.kind_asked(tokens("when did someone start writing?"), [(Span(2, 3), wh_kind.PERSON)])
    assert born is not None and born.subject == wh_kind.PERSON
    assert started is not None and started.subject == wh_kind.EVENT


@pytest.mark.parametrize(
    ("kind", "subject", "key", "mismatch"),
    [
        (wh_kind.DATE, wh_kind.FILM, "ask_release_date", False),
        (wh_kind.DATE, wh_kind.NOVEL, "ask_release_date", True),
        (wh_kind.DATE, wh_kind.NOVEL, "ask_novel", False),
        (wh_kind.DURATION, wh_kind.NOVEL, "ask_novel", True),
        (wh_kind.DURATION, wh_kind.FILM, "ask_runtime", False),
        (wh_kind.PERSON, wh_kind.SONG, "ask_crew:screenplay", True),
        (wh_kind.DATE, wh_kind.FILM, "ask_plot", False),  # the plot is judged on people, lengths and ages only
        (wh_kind.DATE, wh_kind.FILM, "ask_cast", False),  # a reading the table does not list is not judged
    ],
)
def test_a_reading_gives_the_kinds_of_its_table(kind: str, subject: str, key: str, mismatch: bool) -> None:
    asked = wh_kind.KindAsked(kind, Span(0, 1), Span(0, 1), subject, None)
    assert wh_kind.mismatched(asked, key) is mismatch


def test_the_novels_date_asked_of_the_release_date_is_the_novels_card(store: FactStore) -> None:
    result = reading(store, "When did the novel come out?", intent="ask_release_date")
    assert result.intent == "ask_novel"


def test_a_song_released_by_its_singer_is_the_songs_card(store: FactStore) -> None:
    singer = store.people[store.crew["theme_song"].people[0]].name
    text = f"when did {singer} release the song?"
    result = reading(store, text, intent="ask_release_date", entities=[name(text, singer, "person")])
    assert result.intent == "ask_crew" and tags(result).get("crew_role") == "theme_song"


def test_the_release_date_asked_of_the_film_is_kept(store: FactStore) -> None:
    result = reading(store, "when was the movie released?", intent="ask_release_date")
    assert result.intent in (None, "ask_release_date")


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("how long does it take to read the novel?", "ask_novel"),
        ("how long is it on netflix for?", "ask_runtime"),
        ("how many years was the movie in production?", "ask_runtime"),
    ],
)
def test_a_kind_no_reading_gives_is_an_honest_dont_know(store: FactStore, text: str, intent: str) -> None:
    result = reading(store, text, intent=intent)
    attributes = [e["value"] for e in result.entities if e["entity"] == "attribute"]
    assert result.intent == "ask_fact" and attributes[0] == wh_kind.KIND_ASKED


def test_the_runtime_asked_of_the_film_is_kept(store: FactStore) -> None:
    result = reading(store, "how long is it?", intent="ask_runtime")
    assert result.intent in (None, "ask_runtime")


def test_the_dont_know_quotes_the_question_of_its_subject(domain: dict[str, Any]) -> None:
    text = "how long does it take to read the novel?"
    entities = [
        {"entity": "attribute", "value": wh_kind.KIND_ASKED, "start": 0, "end": len(text) - 1},
        name(text, "the novel", "attribute", wh_kind.KIND_SUBJECT),
    ]
    said, messages, _ = run(ActionFact(), domain, text, entities)
    assert said == ["utter_dont_know_person_asked"]
    assert messages[0]["subject_name"] == "the novel" and "read the novel" in messages[0]["asked"]


def test_how_many_years_earlier_is_a_span_between_dates() -> None:
    asked = _asked("it was based on the novel written how many years earlier?")
    assert asked is not None and (asked.kind, asked.subject) == (wh_kind.DATE, wh_kind.NOVEL)


def test_the_entity_rules_words_for_a_crew_role_are_the_stores_role(store: FactStore) -> None:
    text = "where was the theme song music video filmed?"
    entities = [name(text, "theme song", "crew_role", "theme song"), name(text, "music", "crew_role", "music")]
    result = reading(store, text, intent="ask_crew", entities=entities)
    assert result.intent == "ask_fact"


def test_a_subject_named_in_an_earlier_sentence_is_not_the_wh_phrases() -> None:
    words = tokens("the soundtrack was lovely. how long is it?")
    asked = wh_kind.kind_asked(words, [], sentence_starts=[4])
    assert asked is not None and (asked.kind, asked.subject) == (wh_kind.DURATION, wh_kind.UNNAMED)
    alone = wh_kind.kind_asked(words, [])
    assert alone is not None and alone.subject == wh_kind.PART


def test_a_bare_wh_word_ending_the_question_asks_it() -> None:
    asked = _asked("the novel came out when?")
    assert asked is not None and (asked.kind, asked.subject) == (wh_kind.DATE, wh_kind.NOVEL)
    assert asked.phrase.end == len(tokens("the novel came out when?"))
