"""When and where a person was born: answered from the store's `born` and `birthplace` facts
(actions/birth.py), "I don't know" for what a person's entry does not hold."""

from __future__ import annotations

import pytest

from actions.birth import asked_parts
from actions.topics import ActionFact
from tests.reading_helpers import name, reading, tags


def born_people(store, *, with_place: bool) -> list:
    people = [p for p in store.people.values() if p.born is not None]
    return [p for p in people if (p.birthplace is not None) == with_place]


@pytest.mark.parametrize(
    ("question", "date", "place"),
    [
        ("when was she born?", True, False),
        ("what year was he born in", True, False),
        ("where was she born?", False, True),
        ("what's his hometown", False, True),
        ("which prefecture was she born in?", False, True),  # the kind of place asked
        ("when and where was she born?", True, True),
        ("彼女の出身はどこ？", False, True),
        ("いつ生まれ？", True, False),
    ],
)
def test_the_question_decides_date_or_place(question, date, place):
    assert asked_parts(question) == (date, place)


def ask(turn, text: str, person=None, slots=None):
    entities = {"attribute": "birthday"} | ({"person": person.name} if person else {})
    return turn(ActionFact(), text=text, entities=entities, slots=slots)


def test_a_held_birth_date_is_answered_with_its_fact(turn, store):
    person = born_people(store, with_place=False)[0]
    said = ask(turn, f"when was {person.name} born?", person)
    assert said.responses == ["utter_person_born"]
    assert said.values("utter_person_born")["value"] == person.born.value
    assert said.slots["person"] == person.id


def test_a_held_birthplace_is_answered_and_a_missing_one_is_not_guessed(turn, store):
    placed = born_people(store, with_place=True)[0]
    said = ask(turn, f"where was {placed.name} born", placed)
    assert said.responses == ["utter_person_birthplace"]
    assert said.values("utter_person_birthplace")["value"] == placed.birthplace.value
    # a birth date alone does not answer "where": the place is not held, so "I don't know"
    dated = born_people(store, with_place=False)[0]
    said = ask(turn, f"where was {dated.name} born", dated)
    assert said.responses == ["utter_dont_know_subject_attribute"]


def test_both_asked_gives_both(turn, store):
    person = born_people(store, with_place=True)[0]
    text = f"when and where was {person.name} born?"
    said = turn(ActionFact(), text=text, entities={"attribute": "birthday", "person": person.name})
    assert said.responses == ["utter_person_born", "utter_person_birthplace"]


def test_a_person_without_birth_facts_gets_i_dont_know(turn, store):
    person = next(p for p in store.people.values() if p.born is None and p.kind == "person")
    said = ask(turn, f"when was {person.name} born", person)
    assert said.responses == ["utter_dont_know_subject_attribute"]


def test_a_pronoun_follow_up_asks_about_the_conversations_person(turn, store):
    person = born_people(store, with_place=False)[0]
    pronoun = "he" if person.pronoun == "he" else "she"  # round 16: the pronoun must agree with the person's
    said = ask(turn, f"when was {pronoun} born?", slots={"person": person.id})
    assert said.responses == ["utter_person_born"]


def test_the_reader_tags_birth_questions(store):
    person = born_people(store, with_place=True)[0]
    text = f"Where was {person.name} born?"
    result = reading(store, text, "ask_person", [name(text, person.name, "person")])
    assert ("attribute", "birthday") in {(e["entity"], e["value"]) for e in result.entities}


def test_where_someone_is_from_is_answered_with_their_birthplace(store):
    """ "Where is <X> from?" reads as the birthday attribute; the place part is asked."""
    from actions.birth import asked_parts

    held = next(p for p in store.people.values() if p.birthplace is not None)
    assert asked_parts(f"where is {held.name} from?") == (False, True)


def _from_only(store):
    return next(p for p in store.people.values() if p.hometown is not None and p.birthplace is None)


@pytest.mark.parametrize("text", ["where is {name} from?", "what is {name}'s hometown", "{name}の出身は？"])
def test_where_someone_is_from_is_their_hometown_when_no_birthplace_is_held(turn, store, text):
    person = _from_only(store)
    said = ask(turn, text.format(name=person.name), person)
    assert said.responses == ["utter_person_hometown"]
    assert said.values("utter_person_hometown")["value"] == person.hometown.value


def test_a_hometown_is_not_a_birthplace(turn, store):
    """The sources say where they are from, not where they were born: "I don't know" for the birthplace."""
    person = _from_only(store)
    said = ask(turn, f"where was {person.name} born?", person)
    # the birthplace is not known; where they are from follows, said as that (round 41)
    assert said.responses == ["utter_dont_know_subject_attribute", "utter_person_hometown"]
    assert said.values("utter_person_hometown")["value"] == person.hometown.value


def test_a_crew_credit_stands_for_its_person(turn, store):
    """ "Where was the director born?": the reader names the credited person, whose place is held."""
    role, credit = next(
        (role, credit) for role, credit in store.crew.items() if store.people[credit.people[0]].birthplace is not None
    )
    person = store.people[credit.people[0]]
    text = f"where was the {role} born?"
    result = reading(store, text, "ask_person", [name(text, role, "crew_role")])
    assert tags(result) == {"person": person.name, "attribute": "birthday"}
    said = turn(ActionFact(), text=text, intent=result.intent, entities=tags(result))
    assert said.responses == ["utter_person_birthplace"]
    assert said.values("utter_person_birthplace")["value"] == person.birthplace.value
