"""Round 13 of the question reader, nlu53 (issue 10): what a question asks of one of the film's people beyond
who they are ("who was <X> inspired by?", "what does <X> collect?", "was <X> the tallest of the cast?"), and a
person asked for by the birth the question describes ("which actress was born in <a place>?").

Phrasings here are other than the probes' (tests/nlu/probes_round13_nlu53.yml): the rules must hold for the
structure. Reader tests are Rasa-free, with entities as the entity rules would find them; people and their
births are taken from the store.
"""

from __future__ import annotations

from typing import Any

import pytest

from actions.topics import ActionFact
from bot.understanding import person_asked
from bot.understanding.lexicon import tokens
from bot.understanding.person_asked import ASKED_OF_PERSON
from bot.understanding.reading import described_by_birth
from tests.reading_helpers import name, reading, run, tags


def someone(store) -> Any:
    return store.people[store.cast[0].actor]


def asked_words(result, text: str) -> str | None:
    found = next((e for e in result.entities if e["entity"] == "attribute" and e["value"] == ASKED_OF_PERSON), None)
    return text[found["start"] : found["end"]] if found else None


# 1. A content word nothing explains, in a question about one named person, is what is asked of them.
@pytest.mark.parametrize(
    ("template", "asked"),
    [
        ("who mentored {}", "mentored"),
        ("who was {} encouraged by", "encouraged by"),
        ("whom does {} admire", "admire"),
        ("what does {} drive", "drive"),
        ("how does {} relax", "relax"),
    ],
)
def test_a_word_left_unexplained_is_asked_of_the_person(store, template, asked):
    person = someone(store)
    text = template.format(person.name)
    result = reading(store, text, "ask_person", [name(text, person.name, "person")])
    assert (result.intent, asked_words(result, text)) == ("ask_fact", asked)


@pytest.mark.parametrize("template", ["what pets does {} keep at home", "what is {}'s favourite food"])
def test_an_attribute_of_the_vocabulary_comes_before_the_unexplained_words(store, template):
    person = someone(store)
    text = template.format(person.name)
    result = reading(store, text, "ask_person", [name(text, person.name, "person")])
    assert (result.intent, tags(result).get("attribute")) == ("ask_fact", "personal")


@pytest.mark.parametrize(
    "template",
    [
        "who is {}",
        "tell me about {}",
        "what else has {} been in",
        "what other roles has {} played",
        "who is {} in the movie",
        "what is {} doing these days",
        "what can you tell me about {} please",
    ],
)
def test_asking_who_someone_is_is_not_asking_beyond(store, template):
    person = someone(store)
    text = template.format(person.name)
    result = reading(store, text, "ask_person", [name(text, person.name, "person")])
    assert asked_words(result, text) is None


def test_a_statement_asks_nothing_beyond(store):
    person = someone(store)
    text = f"{person.name} is brilliant"
    result = reading(store, text, "ask_person", [name(text, person.name, "person")])
    assert asked_words(result, text) is None


def test_two_people_named_are_left_to_the_other_rules(store):
    first, second = (store.people[c.actor] for c in store.cast[:2])
    text = f"who influenced {first.name} and {second.name}"
    entities = [name(text, first.name, "person"), name(text, second.name, "person")]
    assert asked_words(reading(store, text, "ask_person", entities), text) is None


@pytest.mark.parametrize(
    ("text", "habit"),
    [
        ("{} is famous for baking bread", "baking bread"),
        ("is {} known for painting", "painting"),
    ],
)
def test_known_for_a_habit_is_no_work(store, text, habit):
    person = someone(store)
    text = text.format(person.name)
    result = reading(store, text, "ask_other_work", [name(text, person.name, "person")])
    assert asked_words(result, text) == habit


def test_known_for_acting_is_the_works(store):
    assert person_asked.known_for_habit("she is known for acting in dramas".split()) is None


def test_the_action_names_the_words_asked(store, domain):
    person = someone(store)
    text = f"who mentored {person.name}"
    start = text.index("mentored")
    entities = [
        name(text, person.name, "person"),
        {"entity": "attribute", "value": ASKED_OF_PERSON, "start": start, "end": start + len("mentored")},
    ]
    said, messages, _ = run(ActionFact(), domain, text, entities)
    assert said == ["utter_dont_know_person_asked"]
    assert messages[0]["asked"] == "mentored"


# 2. A superlative of a measure the store holds nothing of, said of one person: the measure is not known.
@pytest.mark.parametrize(
    ("template", "attribute"),
    [
        ("is {} the tallest one in the cast", "height"),
        ("was {} the heaviest of all the actors", "weight"),
        ("is {} the richest star of the film", "salary"),
    ],
)
def test_an_unheld_superlative_of_one_person(store, template, attribute):
    person = someone(store)
    text = template.format(person.name)
    result = reading(store, text, "ask_person", [name(text, person.name, "person")])
    assert (result.intent, tags(result).get("attribute")) == ("ask_fact", attribute)


# 3. A person asked for by the birth the question describes: the one person of the store it matches.
def born_alone(store, key: str) -> tuple[Any, str]:
    """A person whose birth fact `key` no other person shares a word of, and its words."""
    for person in store.people.values():
        fact = getattr(person, key)
        if fact is None or not fact.known:
            continue
        mine = set(tokens(str(fact.value))) - {"in", "on"}
        others = [
            p
            for p in store.people.values()
            if p.id != person.id
            and any(
                f is not None and f.known and mine <= set(tokens(str(f.value)))
                for f in (p.born, p.birthplace, p.hometown)
            )
        ]
        if mine and not others:
            return person, " ".join(w for w in tokens(str(fact.value)) if w not in ("in", "on"))
    pytest.skip(f"no person with a {key} of their own")


@pytest.mark.parametrize(
    ("template", "key"),
    [
        ("which performer was born in {}", "birthplace"),
        ("the one born in {} - who is that?", "birthplace"),
        ("what singer was born {}", "born"),
        ("born {}, this star is in the film. who?", "born"),
    ],
)
def test_a_person_by_their_birth(store, template, key):
    person, words = born_alone(store, key)
    text = template.format(words)
    result = reading(store, text, "out_of_scope")
    assert (result.intent, tags(result).get("person")) == ("ask_person", person.name)
    assert described_by_birth(text, store)


def test_a_birth_nobody_here_has_asks_for_nobody(store):
    text = "which actor was born in reykjavik"
    assert reading(store, text, "out_of_scope").intent != "ask_person"
    assert not described_by_birth(text, store)


def test_a_birth_without_a_person_asked_is_left_alone(store):
    person, words = born_alone(store, "birthplace")
    assert person_asked.born_as_described(f"the film was born in {words}".split(), store) is None
