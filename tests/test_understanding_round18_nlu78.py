"""Round 18, nlu78 (issue 10): questions about people: whom is the question about, and is that person ours?

Phrasings are real people's frames (tests/nlu/probes_round18_nlu78.yml); our people's names come from the store,
and the strangers are real people the store does not hold.
"""

from __future__ import annotations

import pytest

from actions.topics import ActionFact
from bot.store import FactStore
from bot.understanding import proper_names
from bot.understanding.lexicon import default_lexicon
from bot.understanding.reading import OUT_OF_SCOPE, _namesake_known_words
from tests.reading_helpers import name, reading, run

# A given name none of our people has, written before one of our family names: another person's whole name.
OTHER_GIVEN_NAME = "Takuya"
# A family name none of our people has, written after one of our given names.
OTHER_FAMILY_NAME = "Meguro"


def lead(store: FactStore) -> tuple[str, str]:
    """The first billed actor's (given name, family name)."""
    given, family = store.people[store.cast[0].actor].name.split()
    return given, family


def namesakes(store: FactStore, text: str, part: str) -> list[str]:
    entity = name(text, part, "person")
    found = proper_names.namesakes(text, [entity], store, _namesake_known_words(store, default_lexicon()))
    return [whole["value"] for _, whole in found]


@pytest.mark.parametrize("template", ["was {name} in it?", "when was {name} born", "Who is the spouse of {name}?"])
def test_another_given_name_before_our_family_name_is_another_person(store, template):
    """ "was <another given name> <our family name> in it?" got "Yes" and our actor's card: the word in the
    given name's place, no word of the language and no part of our names, makes another person's whole name."""
    _, family = lead(store)
    for typed in (f"{OTHER_GIVEN_NAME} {family}", f"{OTHER_GIVEN_NAME} {family}".lower()):
        text = template.format(name=typed)
        assert namesakes(store, text, typed.split()[1]) == [typed]


def test_our_given_name_before_another_family_name_is_another_person(store):
    given, _ = lead(store)
    text = f"hey do you like {given.lower()} {OTHER_FAMILY_NAME.lower()}?"
    assert namesakes(store, text, given.lower()) == [f"{given} {OTHER_FAMILY_NAME}".lower()]


@pytest.mark.parametrize(
    ("template", "tagged"),
    [
        ("what character did {given} {family} portray", "family"),  # our whole name
        ("did {family} star in it", "family"),  # a word of the language before the family name
        ("how old is Mr {family}?", "family"),  # a title
        ("who is {family}-san?", "family"),  # an honorific
        ("when was {given} {family}s born", "given"),  # a typo of our own name part
        ("what films has {given} appeared in?", "given"),  # an English inflection after the given name
    ],
)
def test_a_word_of_the_language_or_of_our_names_beside_a_name_part_keeps_it_ours(store, template, tagged):
    given, family = lead(store)
    text = template.format(given=given, family=family)
    assert namesakes(store, text, family if tagged == "family" else given) == []


def test_a_namesake_read_whole_is_a_person_the_store_does_not_hold(store):
    _, family = lead(store)
    text = f"was {OTHER_GIVEN_NAME.lower()} {family.lower()} in it?"
    result = reading(store, text, "ask_person", [name(text, family, "person")])
    assert [e["value"] for e in result.entities if e["entity"] == "person"] == [f"{OTHER_GIVEN_NAME} {family}".lower()]


@pytest.mark.parametrize(
    "text",
    [
        "It would be scary indeed lol, do you know who Johnny Depp is?",
        "It would be scary indeed lol, do you know who Oscar Isaac is?",
        "No, who is Natalie Portman?",
        "Do you know much about Mr Depp?",
        "I don't know much about Kirk Cousins though.",
    ],
)
def test_a_stranger_in_the_place_of_whom_is_asked_about_is_the_subject(store, text):
    """A genre word ("scary") or an award word ("Oscar") in the message got "No, it is a romance" and "I don't know
    of any awards": the stranger asked about is what the message is about, refused."""
    for intent in ("ask_genre", "help", "ask_fact"):
        assert reading(store, text, intent).intent == OUT_OF_SCOPE


def test_our_person_in_the_place_of_whom_is_asked_about_stays_ours(store):
    full = store.people[store.cast[0].actor].name
    text = f"do you know who {full} is?"
    assert reading(store, text, "ask_person", [name(text, full, "person")]).intent != OUT_OF_SCOPE


def test_a_greeting_before_a_question_is_not_the_question(store):
    """ "Hello.  Have you ever heard of <our actor>?" got the greeting's reply: the classifier read the greeting;
    the question after it is read as if unclassified and names our person."""
    full = store.people[store.cast[0].actor].name
    text = f"Hello.  Have you ever heard of {full}?"
    assert reading(store, text, "greet", [name(text, full, "person")]).intent == "ask_person"


def test_a_given_name_two_people_share_is_neither(store):
    """ "how old is <a given name two of our people share>?" got the first one's birth date: no one person."""
    given = [person.name.split()[0] for person in store.people.values() if len(person.name.split()) == 2]
    shared = next(name for name in given if given.count(name) > 1)
    assert len(store.resolve(shared, ("person",))) > 1
    assert store.resolve_one(shared, ("person",)) is None
    full = store.people[store.cast[0].actor].name
    assert store.resolve_one(full, ("person",)) is not None


def _shared_given_name(store: FactStore) -> tuple[str, str]:
    """(a given name two of our people share, the full name of the first of them)."""
    names_ = [person.name for person in store.people.values() if len(person.name.split()) == 2]
    given = [name_.split()[0] for name_ in names_]
    shared = next(part for part in given if given.count(part) > 1)
    return shared, next(name_ for name_ in names_ if name_.startswith(shared + " "))


def test_an_attribute_asked_of_a_shared_given_name_asks_which_person(store, domain):
    shared, _ = _shared_given_name(store)
    text = f"how old is {shared.lower()}?"
    entities = [name(text, shared, "person"), {"entity": "attribute", "value": "age"}]
    said, _, _ = run(ActionFact(), domain, text, entities)
    assert said == ["utter_which_one"]


def test_a_given_name_after_the_full_name_is_that_person(store, domain):
    """ "Did you know <full name>'s wife makes more than <the given name> does?": the given name repeats the full
    name, one person; no "Do you mean one of these?"."""
    shared, full = _shared_given_name(store)
    text = f"Did you know {full}'s wife makes more than {shared} does??"
    last = text.rindex(shared)
    entities = [
        name(text, full, "person"),
        {"entity": "person", "value": shared, "start": last, "end": last + len(shared)},
        {"entity": "attribute", "value": "married"},
    ]
    said, _, _ = run(ActionFact(), domain, text, entities)
    assert "utter_which_one" not in said
