"""Round 10 of the question reader, nlu39 (issue 10): trivia-style questions that name the film by a
description ("the 2024 movie <title>, directed by <our director>", "the film about a boy with a year to
live") and ask in a wh-phrase or at the end.

Phrasings here are other than the probes' (tests/nlu/probes_round10_nlu39.yml): the rules must hold for
the structure. Reader tests are Rasa-free, with entities as the entity rules would find them; names come
from the fact store.
"""

from __future__ import annotations

import pytest

from bot.store import FactStore
from bot.understanding import clauses, people_reading
from bot.understanding.lexicon import default_lexicon, token_spans, tokens
from tests.reading_helpers import name, reading, tags, values


def person_of(store: FactStore, role: str) -> str:
    return store.people[store.crew[role].people[0]].name


def author_of(store: FactStore) -> str:
    return store.people[str(store.novel["author"].value)].name


def lead(store: FactStore) -> tuple[str, str]:
    """The first-billed actor's name and the given name of their character."""
    credit = store.cast[0]
    return store.people[credit.actor].name, store.characters[credit.character].name.split()[0]


def dropped(result) -> list[str]:
    return [str(e.get("value")) for e in result.drop]


# 1. A description of the film by its people, beside a character asked about: the description is left out.
@pytest.mark.parametrize(
    "template",
    [
        "which actress played {character} in the netflix film {title}, directed by {director}?",
        "what actor portrayed {character} in {title} (2024), directed by {director}",
        "which actor played {character} in the movie, directed by {director} in 2024?",
    ],
)
def test_a_director_describing_the_film_is_not_asked_about(store, template):
    director = person_of(store, "director")
    character = store.characters[store.cast[1].character].name.split()[0]
    text = template.format(character=character, title=store.title, director=director)
    entities = [name(text, character, "character"), name(text, director, "person")]
    result = reading(store, text, "ask_other_work", entities)
    assert result.intent == "ask_who_plays"
    assert director in dropped(result)


def test_the_novel_describing_the_film_is_not_asked_about(store):
    author = author_of(store)
    _, character = lead(store)
    for text in (
        f"what actor portrayed {character} in the film {store.title}, based on a book by {author}?",
        f"what actor portrayed {character} in the 2024 film, adapted from the novel by {author}?",
        f"which actor plays {character} in the movie {store.title}, which is based on the novel by {author}?",
    ):
        entities = [name(text, character, "character"), name(text, author, "person")]
        result = reading(store, text, "ask_novel", entities)
        assert result.intent == "ask_who_plays", text
        assert author in dropped(result), text


def test_a_credit_asked_beside_the_novel_described(store):
    # "who wrote the script for <the film> from <the author>'s book?": the screenplay, not the novel
    author = author_of(store)
    text = f"who adapted the screenplay of {store.title} from the book by {author}"
    entities = [name(text, author, "person"), name(text, "screenplay", "crew_role")]
    result = reading(store, text, "ask_novel", entities)
    assert result.intent == "ask_crew"
    assert author in dropped(result)


@pytest.mark.parametrize(
    "template",
    [
        "was it directed by {director}?",  # the credit is the yes/no question
        "is the film directed by {director}?",
        "which movies directed by {director} are on netflix?",  # some of their works, not this one
        "is there a film directed by {director} in 2024?",
    ],
)
def test_a_credit_asked_or_some_work_is_no_description(store, template):
    director = person_of(store, "director")
    text = template.format(director=director)
    ends = frozenset(range(len(tokens(text))))  # wherever the film might be named
    found = people_reading.descriptions_of_this_film(
        tokens(text), token_spans(text), [name(text, director, "person")], store, ends, [0]
    )
    assert found == []


def test_the_film_said_to_be_based_on_a_novel_is_no_description(store):
    # "<the film> is based on <the author>'s novel": what the film is, not a description beside a question
    author = author_of(store)
    text = f"the movie is based on a novel by {author}"
    entities = [name(text, author, "person")]
    found = people_reading.descriptions_of_this_film(tokens(text), token_spans(text), entities, store)
    assert found == []


# 2. A film described by what its story turns on is this film, and the description asks nothing.
@pytest.mark.parametrize(
    ("text", "intent", "expected"),
    [
        ("who made the music for the film about an ill girl who meets a boy", "out_of_scope", "ask_crew"),
        ("who is the director of the netflix movie where a girl has a year to live", "nlu_fallback", "ask_director"),
        ("whos the director of that tearjerker about a sick girl in hospital", "out_of_scope", "ask_director"),
    ],
)
def test_a_film_described_by_its_premise_is_this_film(store, text, intent, expected):
    result = reading(store, text, intent)
    assert result.intent == expected
    assert "this film described by its premise" in result.why
    assert "attribute" not in tags(result)  # neither the illness nor the time left is asked


@pytest.mark.parametrize(
    "text",
    [
        "who directed the 1998 film about a girl with cancer?",  # another year: another film
        "is there a movie about a sick girl?",  # any film
        "can you recommend a film about a dying boy",
    ],
)
def test_a_premise_of_another_or_any_film_is_not_this_film(store, text):
    result = reading(store, text, "out_of_scope")
    assert "this film described by its premise" not in result.why


def test_premise_described_spans_the_description_only():
    words = tokens("who scored the film that shows a boy with months to live")
    hits = default_lexicon().find(words, ("attribute", "film"))
    assert clauses.premise_described(words, hits, [0]) == (3, len(words))
    assert clauses.premise_described(tokens("who scored the film"), [], [0]) is None


# 3. A wh-phrase left in place ("… by which author?") asks it, though the clause opens like a yes/no.
@pytest.mark.parametrize(
    ("text", "asks_wh"),
    [
        ("is based on the book by which writer", True),
        ("was released in what year", True),
        ("belongs to what genre", True),
        ("is it based on a book", False),
        ("is it what you expected", False),  # no preposition: no wh-phrase in place
    ],
)
def test_a_wh_phrase_in_place(text, asks_wh):
    assert clauses.wh_phrase_in_place(tokens(text)) is asks_wh


def test_a_quiz_question_with_its_wh_phrase_at_the_end_is_no_yes_no(store):
    actor, _ = lead(store)
    text = f"{store.title}, starring {actor}, was adapted from the novel by which writer?"
    result = reading(store, text, "ask_novel", [name(text, actor, "person")])
    assert "claim" not in tags(result)


# 4. A clue about "this film" before a question typed without its question mark.
def test_a_clue_about_the_film_before_an_unmarked_question(store):
    director = person_of(store, "director")
    text = f"this netflix film was directed by {director}. who composed the music"
    result = reading(store, text, "ask_director", [name(text, director, "person")])
    assert result.intent == "ask_crew"
    assert "statements left out: 1" in result.why


def test_no_clue_without_the_film_as_its_subject(store):
    # a statement with no film as its subject is no clue: "it" may point anywhere
    assert "statements left out: 1" not in reading(store, "it was long. who directed it", "ask_director").why
    assert values(reading(store, "the girl is sweet. who plays her", "ask_who_plays"), "also_ask") == []


# 5. "The <someone> in <the film>, played by (the) actress <a name>": the character that person plays.
@pytest.mark.parametrize(
    "template",
    [
        "what is the name of the girl in the film, played by actress {actor}?",
        "what is the name of the boy played by the actor {actor}",
    ],
)
def test_a_role_named_by_its_performer_after_a_description(store, template):
    actor = store.people[store.cast[0].actor].name
    text = template.format(actor=actor)
    result = reading(store, text, "ask_title", [name(text, actor, "person")])
    assert result.intent == "ask_person"
    assert "the character an actor plays in this film" in result.why


# 6. A phrase beside the title that says whose work it is ("<the title>, <a>'s first novel,") only describes it.
def test_a_phrase_beside_the_title_naming_its_author_is_a_description(store):
    author = author_of(store)
    text = f"{store.title}, {author}'s first novel, was turned into a film by which director?"
    result = reading(store, text, "ask_novel", [name(text, author, "person")])
    assert author in dropped(result)
    assert "this film described by its people, beside what is asked" in result.why


def test_first_work_of_someone_is_no_description(store):
    # without a title before it, "the first film directed by <a>" is one of their works
    director = person_of(store, "director")
    text = f"what was the first film directed by {director}"
    result = reading(store, text, "ask_other_work", [name(text, director, "person")])
    assert director not in dropped(result)
