"""Round 14 of the question reader, nlu60 (issue 10): what is asked of one of the film's people reached through
the part they play ("the actress who played <a>", "the actor who plays <a>'s father", "the lead actress"), and a
condition on a person's works the store cannot check ("which film starring <X> was based on a true story?",
"has <X> been in another film directed by <Y>?").

Phrasings here are other than the probes' (tests/nlu/probes_round14_nlu60.yml): the rules must hold for the
structure. Reader tests are Rasa-free, with entities as the entity rules would find them; characters, their
actors and relations are taken from the store.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from actions.people import ActionOtherWork
from bot.understanding import coverage, performer_subject, works_condition
from bot.understanding.lexicon import default_lexicon, token_spans, tokens
from tests.reading_helpers import name, reading, run, tags


def played(store, index: int = 0) -> tuple[Any, Any]:
    """A character of the cast (first name only, as people type it) and its actor."""
    credit = store.cast[index]
    return store.characters[credit.character], store.people[credit.actor]


def first_name(character) -> str:
    return character.name.split()[0]


def a_relation(store) -> tuple[Any, str, Any]:
    """A character, one relation of it with one related character played by one actor, and that actor."""
    for relation in store.relations:
        if relation.relation in ("mother", "father") and len(store.related(relation.subject, [relation.relation])) == 1:
            credits = store.actor_of(relation.object)
            if len(credits) == 1:
                return store.characters[relation.subject], relation.relation, store.people[credits[0].actor]
    raise AssertionError("no parent with one actor in the store")


def phrase_of(store, text: str, character_words: str) -> performer_subject.PerformerPhrase | None:
    words = tokens(text)
    spans = token_spans(text)
    names = [name(text, character_words, "character")]
    relations = [h for h in default_lexicon().find(words, ("relation",))]
    return performer_subject.performer_phrase(words, spans, names, relations, store)


# 1. "<performer> who plays <a part>": the actor, the part the character or the relation it leads to.
@pytest.mark.parametrize(
    "template",
    [
        "where did the actress who plays {} study",
        "what languages does the guy that played {} speak",
        "is the performer playing {} left-handed",
        "does the woman who is playing {} have a twin",
    ],
)
def test_a_performer_of_a_character_is_the_actor(store, template):
    character, actor = played(store)
    text = template.format(first_name(character))
    found = phrase_of(store, text, first_name(character))
    assert found is not None and found.actor == actor.id and found.relation is None


@pytest.mark.parametrize(
    "template",
    ["what car does the actor who plays {}'s {} drive", "which school did the actress playing the {1} of {0} attend"],
)
def test_a_performer_of_a_relative_is_the_relatives_actor(store, template):
    character, relation, actor = a_relation(store)
    text = template.format(first_name(character), relation)
    found = phrase_of(store, text, first_name(character))
    assert found is not None and found.actor == actor.id and found.relation is not None


def test_no_performer_phrase_without_a_play_verb(store):
    character, _ = played(store)
    assert phrase_of(store, f"where does the actress near {first_name(character)} live", first_name(character)) is None


# 2. The reader: what is asked is asked of the performer, as when they are named; who they are stays the cast.
@pytest.mark.parametrize(
    "template",
    [
        "which university did the actress who plays {} graduate from",
        "what instrument does the guy who played {} practise",
        "how many siblings does the actor playing {} have",
    ],
)
def test_what_is_asked_of_the_performer_is_asked_of_the_person(store, template):
    character, actor = played(store)
    text = template.format(first_name(character))
    result = reading(store, text, "ask_who_plays", [name(text, first_name(character), "character")])
    assert tags(result).get("person") == actor.name
    assert result.intent == "ask_fact"


def test_the_performer_of_a_relative_is_the_subject(store):
    character, relation, actor = a_relation(store)
    text = f"where did the actress who played {first_name(character)}'s {relation} go to school"
    result = reading(store, text, "ask_who_plays", [name(text, first_name(character), "character")])
    assert tags(result).get("person") == actor.name
    assert "relation" not in tags(result)


@pytest.mark.parametrize(
    "template",
    ["who is the actress who plays {}", "what is the name of the actor who played {}", "i like the guy who plays {}"],
)
def test_who_the_performer_is_stays_the_cast_answer(store, template):
    character, _ = played(store)
    text = template.format(first_name(character))
    result = reading(store, text, "ask_who_plays", [name(text, first_name(character), "character")])
    assert not any("performer of a part" in why for why in result.why)


def test_a_person_named_beside_the_phrase_keeps_the_other_rules(store):
    character, actor = played(store)
    text = f"is {actor.name} the actor who played {first_name(character)} married"
    result = reading(
        store,
        text,
        "ask_who_plays",
        [name(text, actor.name, "person"), name(text, first_name(character), "character")],
    )
    assert not any("performer of a part" in why for why in result.why)


# 3. A condition on a person's works the store cannot check: "I don't know", never the whole list.
def someone_with_works(store) -> Any:
    return next(p for p in store.people.values() if len(p.known_for) >= 2 and store.roles_of(p.id))


def credited(store) -> dict[str, set[str]]:
    return {"director": set(store.crew["director"].people)}


@pytest.mark.parametrize(
    ("template", "key"),
    [
        ("which of {}'s dramas were adapted from comics", "true_story"),
        ("name a film starring {} that was inspired by a real crime", "true_story"),
        ("which movies with {} were produced by a big studio", "producer"),
        ("has {} acted in another movie directed by a famous comedian", "director"),
    ],
)
def test_an_unheld_condition_on_the_works(store, template, key):
    person = someone_with_works(store)
    text = template.format(person.name)
    found = works_condition.uncheckable_condition(tokens(text), person.id, credited(store), store)
    assert found is not None and found.key == key
    result = reading(store, text, "ask_other_work", [name(text, person.name, "person")])
    assert (result.intent, tags(result).get("works_attribute")) == ("ask_other_work", key)


def test_a_credit_a_works_note_names_is_checkable(store):
    for person in store.people.values():
        for work in person.known_for:
            said = re.search(r"directed by ([A-Z][\w-]+ [A-Z][\w-]+)", work.detail or "")
            if said:
                text = f"which series with {person.name} was directed by {said.group(1)}"
                assert works_condition.uncheckable_condition(tokens(text), person.id, credited(store), store) is None
                return
    pytest.skip("no work's note names its director")


@pytest.mark.parametrize(
    "template",
    ["what movies has {} been in", "which films did {} make in the nineties", "is the movie starring {} good"],
)
def test_no_condition_no_verdict(store, template):
    person = someone_with_works(store)
    text = template.format(person.name)
    assert works_condition.uncheckable_condition(tokens(text), person.id, credited(store), store) is None


def test_the_action_says_the_condition_is_not_known(store, domain):
    person = someone_with_works(store)
    text = f"which of {person.name}'s films were adapted from comics"
    start = text.index("adapted")
    entities = [
        name(text, person.name, "person"),
        {"entity": "works_attribute", "value": "true_story", "start": start, "end": len(text)},
    ]
    said, _, _ = run(ActionOtherWork(), domain, text, entities, intent="ask_other_work")
    assert said[-1] == "utter_dont_know_works_attribute"


def test_the_phrase_asks_beyond_identity_only_in_its_clause(store):
    character, _ = played(store)
    text = f"who is the actress who plays {first_name(character)}, and what year is it"
    words = tokens(text)
    found = phrase_of(store, text, first_name(character))
    assert found is not None
    known = coverage.film_vocabulary(store, default_lexicon())
    starts = [0, words.index("and")]
    assert not performer_subject.asks_beyond_identity(words, found, starts, [], known)


# 4. The words left unexplained are asked of the performer too; a preposition may open the wh-question.
@pytest.mark.parametrize(("template", "asked"), [("what does the guy who plays {} collect", "collect")])
def test_unexplained_words_are_asked_of_the_performer(store, template, asked):
    character, actor = played(store)
    text = template.format(first_name(character))
    result = reading(store, text, "ask_who_plays", [name(text, first_name(character), "character")])
    found = next(e for e in result.entities if e["entity"] == "attribute")
    assert (tags(result).get("person"), text[found["start"] : found["end"]]) == (actor.name, asked)


@pytest.mark.parametrize(
    ("template", "asked"),
    [
        ("from which famous academy did {} graduate", "academy"),
        ("at what conservatory did {} train", "conservatory"),
        ("with whom does {} share a flat", "share"),
    ],
)
def test_a_preposition_before_the_wh_word_still_opens_the_question(store, template, asked):
    _, actor = played(store)
    text = template.format(actor.name)
    result = reading(store, text, "ask_person", [name(text, actor.name, "person")])
    found = next((e for e in result.entities if e["entity"] == "attribute"), None)
    assert found is not None and text[found["start"] : found["end"]] == asked


def test_an_ampersand_inside_a_group_name_joins_no_questions(store):
    person = next(p for p in store.people.values() if p.about and "&" in str(p.about.value))
    group = re.search(r"(\w+ & \w+)", str(person.about.value))
    assert group is not None
    for template, asked in [("who is {}'s bandmate in {}", "bandmate"), ("who is {} in {}", None)]:
        text = template.format(person.name, group.group(1))
        result = reading(store, text, "ask_person", [name(text, person.name, "person")])
        found = next((e for e in result.entities if e["entity"] == "attribute"), None)
        assert (text[found["start"] : found["end"]] if found else None) == asked
