"""Round 12 of the question reader, nlu47 (issue 10): what the store holds about one of the film's people, and
what it does not ("which awards did the composer win?", "who is the better half of <X>?", "<X> was born under
what sign?", "what character does the actress from <a work of hers> play?").

Phrasings here are other than the probes' (tests/nlu/probes_round12_nlu47.yml): the rules must hold for the
structure. Reader tests are Rasa-free, with entities as the entity rules would find them. People and works are
taken from the store by what they hold.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.understanding import people_reading
from tests.reading_helpers import name, reading, tags


def holder(store, role: str) -> Any:
    credit = store.crew.get(role)
    if credit is None or len(credit.people) != 1:
        pytest.skip(f"no single {role} in the store")
    return store.people[credit.people[0]]


def performer_with_work(store, pronoun: str) -> tuple[Any, str]:
    """One of the cast with the given pronoun and a work of two or more words (its title before a subtitle)
    that no other person of the store is known for."""
    for credit in store.cast:
        person = store.people[credit.actor]
        if person.pronoun != pronoun:
            continue
        for work in person.known_for:
            title = work.title.split(":")[0]
            others = [
                p for p in store.people.values() if p.id != person.id and work.title in {w.title for w in p.known_for}
            ]
            if len(title.split()) > 1 and title.isascii() and not others:
                return person, title
    pytest.skip("no such performer in the store")


# 1. A crew role as the subject of an inverted clause owns the person topics asked of it.
@pytest.mark.parametrize(
    ("template", "attribute"),
    [
        ("what prizes has the {} received", "awards"),
        ("which award did the {} get", "awards"),
        ("where does the {} live these days", "residence"),
        ("how many movies has the {} made", "career"),
        ("did the {} ever win an award", "awards"),
    ],
)
def test_a_topic_asked_of_a_crew_role_subject_is_the_holders(store, template, attribute):
    person = holder(store, "music")
    text = template.format("composer")
    result = reading(store, text, "ask_crew", [name(text, "composer", "crew_role")])
    assert (tags(result).get("person"), tags(result).get("attribute")) == (person.name, attribute)


def test_the_films_awards_stay_the_films(store):
    result = reading(store, "which awards did the movie win", "ask_fact")
    assert tags(result).get("person") is None


def test_a_crew_role_not_the_subject_keeps_the_film(store):
    # the director is the object here: the awards asked are the film's
    text = "what awards did they give the director"
    result = reading(store, text, "ask_fact", [name(text, "director", "crew_role")])
    assert tags(result).get("person") is None


# 2. The vocabulary of unheld personal attributes: a spouse, a name at birth, a star sign.
@pytest.mark.parametrize(
    ("template", "attribute"),
    [
        ("who is {}'s significant other", "married"),
        ("does {} have a better half", "married"),
        ("what was the name at birth of {}", "real_name"),
        ("which sign was {} born under", "personal"),
        ("was {} born under the sign of leo", "personal"),
    ],
)
def test_unheld_personal_attributes(store, template, attribute):
    person = store.people[store.cast[0].actor]
    text = template.format(person.name)
    result = reading(store, text, "ask_person", [name(text, person.name, "person")])
    assert (result.intent, tags(result).get("attribute")) == ("ask_fact", attribute)


def test_born_alone_is_still_the_birth(store):
    person = store.people[store.cast[0].actor]
    text = f"when was {person.name} born"
    result = reading(store, text, "ask_person", [name(text, person.name, "person")])
    assert tags(result).get("attribute") == "birthday"


# 3. A performer described by another of their works is that person.
@pytest.mark.parametrize(
    "template",
    ["who is the {noun} from {title}", "which part does the {noun} in {title} have here", "the {noun} of {title}?"],
)
def test_a_performer_by_another_work(store, template):
    person, title = performer_with_work(store, "she")
    text = template.format(noun="actress", title=title.lower())
    result = reading(store, text, "nlu_fallback")
    assert tags(result).get("person") == person.name


def test_a_performer_by_another_work_with_an_attribute(store):
    person, title = performer_with_work(store, "she")
    text = f"is the woman from {title} married"
    result = reading(store, text, "ask_person")
    assert (tags(result).get("person"), tags(result).get("attribute")) == (person.name, "married")


def test_a_noun_of_the_other_gender_names_nobody(store):
    person, title = performer_with_work(store, "she")
    words = f"who is the guy from {title}".lower().split()
    assert people_reading.performer_by_work(words, [(0, 0)] * len(words), store) is None


def test_a_work_nobody_here_is_known_for_names_nobody(store):
    words = "who is the actress from a completely unknown show".split()
    assert people_reading.performer_by_work(words, [(0, 0)] * len(words), store) is None


def test_the_scope_guard_lets_a_performer_by_work_through(store):
    person, title = performer_with_work(store, "she")
    assert people_reading.names_performer_by_work(f"What does the actress from {title} play?", store)
    assert not people_reading.names_performer_by_work("What does the actress from Titanic play?", store)


# 4. "Where <X> is from" asked inside another question, and after a relative clause describing X.
@pytest.mark.parametrize(
    "template",
    [
        "can you say where {} is from",
        "i wonder where {} comes from",
        "any idea where {} who worked on this film came from?",
    ],
)
def test_where_someone_is_from_inside_another_question(store, template):
    person = next((p for p in store.people.values() if p.birthplace is not None), None)
    if person is None:
        pytest.skip("no birthplace in the store")
    text = template.format(person.name)
    result = reading(store, text, "ask_crew", [name(text, person.name, "person")])
    assert (tags(result).get("attribute"), tags(result).get("person", person.name)) == ("birthday", person.name)


def test_where_a_crew_role_is_from_inside_another_question(store):
    person = holder(store, "director")
    text = "i'd like to know where the director is from"
    result = reading(store, text, "ask_director", [name(text, "director", "crew_role")])
    assert (tags(result).get("person"), tags(result).get("attribute")) == (person.name, "birthday")


@pytest.mark.parametrize("template", ["where did {} study", "so where did {} go to school?", "did {} attend college"])
def test_where_someone_studied_is_their_education(store, template):
    person = store.people[store.cast[1].actor]
    text = template.format(person.name)
    result = reading(store, text, "ask_other_work", [name(text, person.name, "person")])
    assert (result.intent, tags(result).get("attribute")) == ("ask_fact", "education")


# 5. A co-star asked past the film named ("who stars in <the film> alongside <X>?"); a part in another work.
def test_alongside_after_the_film_named_asks_the_co_stars(store):
    actor = store.people[store.cast[0].actor]
    words = f"which actor appears in the film opposite {actor.name}".lower().split()
    names = [{"entity": "person", "value": actor.name}]
    assert people_reading.co_stars(words, names, store, yes_no=False)
    assert not people_reading.co_stars(
        f"who appears in it with her dad {actor.name}".lower().split(), names, store, False
    )


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("which drama did she play a doctor in", ["doctor"]),
        ("in what film did he portray the role of a king", ["king"]),
        ("what show did they play in", None),
        ("who did she play in it", None),
    ],
)
def test_the_part_asked_in_another_work(text, part):
    assert people_reading.part_in_another_work(text.split()) == part


def test_a_work_asked_by_the_part_played_is_the_persons_work(store):
    person, work = next(
        ((p, w) for p in store.people.values() for w in p.known_for if w.detail and "; as " in f"; {w.detail}"),
        (None, None),
    )
    if person is None:
        pytest.skip("no part named in a work's note")
    from actions.people import work_of_part
    from bot.understanding.lexicon import tokens

    part = tokens(str(work.detail).split("as ", 1)[1])[:2]
    text = f"which film did {person.name} play {' '.join(part)} in"
    result = reading(store, text, "ask_person", [name(text, person.name, "person")])
    assert result.intent == "ask_other_work"
    found = work_of_part(list(person.known_for), part)
    assert found is not None and found[0].title == work.title
