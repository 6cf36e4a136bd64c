"""Quiz questions that describe the film instead of naming it (issue 10, round 13; bot/understanding/described_film.py).

The head of the question is a film ("which <year> film ...", "name the picture ...", "This <year> drama ...");
the rest is clues, checked against the store. Phrasings here are not the probes'
(tests/nlu/probes_round13_nlu54.yml); names and years come from the store."""

from __future__ import annotations

from typing import Any

import pytest
from rasa.shared.nlu.training_data.message import Message

from actions.film_facts import ActionTitle
from bot.nlu_frame import QuestionReader
from bot.store import FactStore
from bot.understanding import described_film
from bot.understanding.described_film import FILM_IDENTIFIED, FILM_NOT_THIS
from bot.understanding.lexicon import default_lexicon, tokens
from tests.reading_helpers import name, reading


@pytest.fixture(scope="module")
def cast(store: FactStore) -> dict[str, str]:
    """The two leads, the first lead's character, the director and the release year, as a question writes them."""
    first, second = store.cast[0], store.cast[1]
    return {
        "lead": store.people[first.actor].name,
        "co_lead": store.people[second.actor].name,
        "character": store.characters[first.character].name,
        "director": store.people[store.crew["director"].people[0]].name,
        "year": str(store.release_year),
    }


def entities_of(text: str, cast: dict[str, str]) -> list[dict[str, Any]]:
    """The entity rules' tags for the names of `cast` in `text`."""
    kinds = {"lead": "person", "co_lead": "person", "director": "person", "character": "character"}
    return [name(text, cast[key], kind) for key, kind in kinds.items() if cast[key] in text]


def read_message(store: FactStore, text: str, cast: dict[str, str], intent: str = "ask_fact", ranking=()) -> Message:
    message = Message(data={"text": text, "intent": {"name": intent, "confidence": 0.7}})
    message.set("entities", entities_of(text, cast))
    message.set("intent_ranking", [{"name": intent, "confidence": 0.7}, *ranking])
    QuestionReader(store, default_lexicon()).process([message])
    return message


def attributes(message: Message) -> list[str]:
    return [e["value"] for e in message.get("entities") or [] if e.get("entity") == "attribute"]


# --- the head of the question ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Which {year} film features {lead} as a teenage painter?",
        "name the picture where {lead} plays {character}",
        "what movie has {lead} and {co_lead} in it",
        "In what romance film, made by {director}, does {lead} paint a girl in hospital?",
        "This {year} drama, directed by {director}, follows {character} through his final year.",
    ],
)
def test_a_film_described_by_clues_that_fit_is_this_film(store, cast, text):
    message = read_message(store, text.format(**cast), cast)
    assert message.get("intent")["name"] == "ask_title"
    assert attributes(message) == [FILM_IDENTIFIED]


@pytest.mark.parametrize(
    "text",
    [
        "which films has {lead} made?",  # a list of works
        "what movie should I watch after this one?",  # advice
        "In what 2010 movie did {director} make his debut?",  # a career, not a description
        "this movie was so good, who plays the girl",  # a remark, then a question of its own
        "which film stars {lead}?",  # nothing singles this film out among his works
    ],
)
def test_other_questions_about_films_are_not_read_as_descriptions(store, cast, text):
    message = read_message(store, text.format(**cast), cast)
    assert FILM_IDENTIFIED not in attributes(message)
    assert FILM_NOT_THIS not in attributes(message)


# --- clues that are not this film's ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Which 1998 film features {lead} as a painter with a year to live?",  # another year
        "what hulu movie stars {lead} and {co_lead}",  # another service
        "Which film stars {lead} as a pirate captain and {co_lead} as a mermaid?",  # another role
        "what Korean film stars {lead} as {character}?",  # another country
        "What was the name of {character}'s sister in the 2011 film {title}?",  # the film named, another year
    ],
)
def test_a_clue_that_is_not_this_films_is_not_answered_when_ours_are_named(store, cast, text):
    message = read_message(store, text.format(**cast, title=store.title), cast)
    assert message.get("intent")["name"] == "ask_title"
    assert attributes(message) == [FILM_NOT_THIS]


@pytest.mark.parametrize(
    "text",
    [
        "Which 2024 Korean romance is about a boy with a year to live?",
        "This animated {year} film tells the story of a boy who has a year to live and the girl he draws.",
        "What {year} movie about a dying painter did Hayao Miyazaki direct?",  # a name the store lacks
    ],
)
def test_a_described_film_naming_none_of_ours_with_a_clue_not_ours_is_another_film(store, cast, text):
    message = read_message(store, text.format(**cast), cast)
    assert message.get("intent")["name"] == "out_of_scope"


def test_a_clue_of_a_named_persons_other_work_is_left_to_the_works_reader(store):
    person = next(p for p in store.people.values() if any(w.year for w in p.known_for))
    year = next(str(w.year) for w in person.known_for if w.year)
    words = tokens(f"what {year} film stars {person.name}")
    clue = described_film.contradicted_clue(" ".join(words), words, [], store, default_lexicon())
    assert clue == year
    assert described_film.known_elsewhere(clue, [{"entity": "person", "value": person.name}], store)


# --- a year that is only a clue ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "clue"),
    [
        ("what role does she have in the 2024 movie", True),
        ("who was the lead in that 2024 tearjerker", True),
        ("what year did the 2024 remake come out", False),  # a year asked
        ("when was it released in 2024", False),
        ("is it a 2024 film", False),  # yes/no: decided from the store elsewhere
    ],
)
def test_a_year_without_a_word_of_time_is_only_a_clue(text, clue):
    assert described_film.year_only_a_clue(tokens(text)) is clue


def test_the_release_date_guessed_from_a_clue_year_gives_way_to_the_next_guess(store, cast):
    text = "Which character did {lead} play in the {year} film?".format(**cast)
    ranking = [{"name": "ask_person", "confidence": 0.2}, {"name": "ask_title", "confidence": 0.05}]
    message = read_message(store, text, cast, "ask_release_date", ranking)
    assert message.get("intent")["name"] != "ask_release_date"


# --- the action ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("attribute", "response"),
    [(FILM_IDENTIFIED, "utter_film_identified"), (FILM_NOT_THIS, "utter_dont_know_described_film")],
)
def test_the_title_action_names_the_described_film_or_says_it_does_not_know_it(turn, attribute, response):
    result = turn(ActionTitle(), text="which film is it?", intent="ask_title", entities={"attribute": attribute})
    assert result.responses[0] == response


def test_the_title_action_still_gives_the_titles_when_asked_for_them(turn):
    result = turn(ActionTitle(), text="what is its japanese title?", intent="ask_title")
    assert result.responses[0] == "utter_title"


# --- "the film in which <what its story turns on>" -----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Who composed the score for the 2024 film in which a girl with six months to live is drawn by a boy?",
        "who directed the netflix movie in which a teen painter has one year to live",
        "Who wrote the film for which a boy with a year left to live paints a sick girl?",
    ],
)
def test_a_film_described_by_a_relative_clause_of_its_premise_is_this_film(store, text):
    result = reading(store, text, "out_of_scope")
    assert "this film described by its premise" in result.why
    assert result.intent not in (None, "out_of_scope")


def test_a_relative_clause_about_another_story_describes_nothing_of_this_film(store):
    result = reading(store, "Who directed the movie in which a dog waits years for his owner?", "out_of_scope")
    assert "this film described by its premise" not in result.why


# --- attribute words that only say which film --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("Who scored the 118-minute Netflix romance {title}?", "ask_crew"),
        ("who directed the TV-14 rated japanese drama {title}", "ask_director"),
        ("What role does {lead} have in the 2024 Netflix tearjerker {title}?", "ask_person"),
    ],
)
def test_attribute_words_before_the_film_noun_ask_nothing_when_another_is_asked(store, cast, text, intent):
    said = text.format(**cast, title=store.title)
    result = reading(store, said, intent, entities_of(said, cast))
    assert not [e for e in result.entities if e["entity"] == "also_ask"]


def test_attribute_words_before_the_film_noun_are_the_question_when_alone(store):
    words = tokens("is the 118-minute movie too long?")
    hits = default_lexicon().find(words, ("attribute",))
    assert described_film.clues_before_film(words, hits) == hits
