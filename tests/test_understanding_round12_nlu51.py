"""Round 12 of the question reader, nlu51 (issue 10): an attribute asked of *the other works* of this film's people
("when did the films starring <X> come out?", "who acted in the movies directed by <X>?", "what genre are the other
films she starred in?"): the owner is a plural works phrase tied to a person, not this film.

Phrasings here are other than the probes' (tests/nlu/probes_round12_nlu51.yml): the rule must hold for the
structure. Reader tests are Rasa-free, with entities as the entity rules would find them; action tests assert
response names and slots. People are taken from the store by what they hold.
"""

from __future__ import annotations

from typing import Any

import pytest

from actions.people import ActionOtherWork
from bot.understanding import works_of_people
from bot.understanding.lexicon import default_lexicon
from tests.reading_helpers import name, reading, run, tags


def with_works(store) -> Any:
    found = next((p for p in store.people.values() if len(p.known_for) > 1 and store.roles_of(p.id)), None)
    if found is None:
        pytest.skip("no actor with works in the store")
    return found


def works_attribute(result) -> str | None:
    return tags(result).get("works_attribute")


# 1. A time asked of someone's works: the works with their years (the store holds them), no claim.
@pytest.mark.parametrize(
    ("template", "intent"),
    [
        ("in what years did the movies with {} come out", "ask_release_date"),
        ("when were the dramas {} acted in released", "ask_release_date"),
        ("{}'s other films came out when?", "ask_release_date"),
        ("what year were the films starring {} released", "ask_other_work"),
    ],
)
def test_a_time_of_a_persons_works_lists_them(store, template, intent):
    person = with_works(store)
    text = template.format(person.name)
    result = reading(store, text, intent, [name(text, person.name, "person")])
    assert result.intent == "ask_other_work"
    assert works_attribute(result) is None


@pytest.mark.parametrize("text", ["what year did his other movies come out", "when were the films she was in released"])
def test_a_time_of_a_pronouns_works_lists_them(store, text):
    result = reading(store, text, "ask_release_date")
    assert result.intent == "ask_other_work"
    assert works_attribute(result) is None


def test_a_crew_roles_works_are_its_holders(store):
    director = store.crew["director"].people[0]
    text = "when did the films made by the director come out"
    result = reading(store, text, "ask_director", [name(text, "director", "crew_role")])
    assert result.intent == "ask_other_work"
    assert tags(result).get("person") == store.people[director].name


# 2. Another attribute of someone's works: not held; the claim names it.
@pytest.mark.parametrize(
    ("template", "intent", "key"),
    [
        ("which genres are the movies starring {}", "ask_genre", "genre"),
        ("who else appeared in the films with {}", "ask_cast", "cast"),
        ("who was the director of the dramas {} was in", "ask_director", "director"),
        ("how long are {}'s other movies", "ask_runtime", "runtime"),
        ("what are the films by {} about", "ask_plot", "plot"),
        ("what's the budget of the films starring {}", "ask_fact", "budget"),
    ],
)
def test_another_attribute_of_a_persons_works_is_claimed(store, template, intent, key):
    person = with_works(store)
    text = template.format(person.name)
    result = reading(store, text, intent, [name(text, person.name, "person")])
    assert result.intent == "ask_other_work"
    assert works_attribute(result) == key


def test_the_novels_author_by_a_noun(store):
    author = store.novel["author"].value
    text = "what genre are the books by the author"
    result = reading(store, text, "ask_genre")
    assert works_attribute(result) == "genre"
    assert tags(result).get("person") == store.people[author].name


def test_a_pronouns_works_by_a_relative_clause(store):
    result = reading(store, "who directed the films he starred in", "ask_director")
    assert result.intent == "ask_other_work"
    assert works_attribute(result) == "director"


# 3. Not a works phrase of someone, or nothing asked of it: left to the other rules.
@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("when did the movie come out", "ask_release_date"),
        ("who else is in the movie with him", "ask_cast"),
        ("what genre is it", "ask_genre"),
        ("what movies has she been in", "ask_other_work"),
        ("did she star in other movies with him", "ask_other_work"),
        ("who plays the lead, and what are his other films", "ask_who_plays"),
        ("what films with him were released in 2020", "ask_other_work"),
    ],
)
def test_no_attribute_of_someones_works(store, text, intent):
    result = reading(store, text, intent)
    assert works_attribute(result) is None
    assert "asked of someone's works" not in " ".join(result.why)


def test_the_works_phrase_needs_a_person():
    words = "what genre are the movies about love".split()
    hits = default_lexicon().find(words, ("attribute",))
    assert works_of_people.works_asked(words, hits, lambda i: False) is None


# 4. The action: "I don't know the <attribute> of <X>'s other works" for the claim, the works otherwise.
def test_the_action_says_what_it_does_not_know_of_the_works(store, domain):
    person = with_works(store)
    text = f"what genre are the films starring {person.name}"
    entities = [name(text, person.name, "person"), name(text, "genre", "works_attribute", "genre")]
    said, _, slots = run(ActionOtherWork(), domain, text, entities, intent="ask_other_work")
    assert said == ["utter_dont_know_works_attribute"]
    assert slots.get("person") == person.id


def test_the_action_lists_the_works_for_a_time(store, domain):
    person = with_works(store)
    text = f"when did the films starring {person.name} come out"
    said, _, slots = run(ActionOtherWork(), domain, text, [name(text, person.name, "person")], intent="ask_other_work")
    assert said and said[0].startswith("utter_other_work")
    assert slots.get("person") == person.id


def test_a_word_qualifying_the_works_asks_nothing_of_them(store):
    person = with_works(store)
    text = f"which are the best reviewed movies by {person.name}"
    result = reading(store, text, "ask_other_work", [name(text, person.name, "person")])
    assert works_attribute(result) is None


# 5. A crew credit asked of works that include this film ("who produced films starring <X>?", no "other"): this
# film's credit first, then what is not known of the others; with "other" only the latter.
def test_a_credit_of_works_including_this_film_is_answered_for_this_film(store, domain):
    person = with_works(store)
    text = f"who directed movies with {person.name}"
    entities = [name(text, person.name, "person"), name(text, "directed", "works_attribute", "director")]
    said, _, _ = run(ActionOtherWork(), domain, text, entities, intent="ask_other_work")
    assert said == ["utter_crew_director", "utter_dont_know_works_attribute"]


def test_a_credit_of_someones_other_works_is_not_this_films(store, domain):
    person = with_works(store)
    text = f"who directed the other movies with {person.name}"
    entities = [name(text, person.name, "person"), name(text, "directed", "works_attribute", "director")]
    said, _, _ = run(ActionOtherWork(), domain, text, entities, intent="ask_other_work")
    assert said == ["utter_dont_know_works_attribute"]
