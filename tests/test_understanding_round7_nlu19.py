"""Round 7 of the question reader, nlu19 (issue 10): yes/no questions get yes or no first.

Phrasings here are other than the probes' (tests/nlu/probes_round7_nlu19.yml): the rules must hold
for the structure. Reader tests are Rasa-free; verdicts are decided from the store.
"""

from __future__ import annotations

from datetime import date

import pytest

from actions.claims import verdict
from bot.understanding.clauses import MONTHS, SEASONS, WEEKDAYS, release_time_claimed
from tests.conftest import tracker
from tests.reading_helpers import name, reading, tags


def premiere(store) -> date:
    return date.fromisoformat(str(store.film["premiere_date"].value))


def a_character(store, index: int = 0):
    return list(store.characters.values())[index]


# 1. A weekday, month or season of the release, decided from the premiere date.
@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("did it premiere on a friday", "released_on:friday"),
        ("was it released during the winter", "released_on:winter"),
        ("did it come out in early march", "released_on:march"),
        ("was the film out around christmas", "released_on:christmas"),
    ],
)
def test_a_time_of_release_is_a_claim(text, claim):
    found = release_time_claimed(text.split())
    assert found is not None and found[0] == claim


@pytest.mark.parametrize(
    "text",
    [
        "does it take place in the summer",  # the setting, not the release
        "was it filmed in winter",  # the filming
        "is the novel from the spring",  # no word of releasing
        "was the book released in june",  # the novel's release
    ],
)
def test_a_time_of_something_else_is_no_release_claim(text):
    assert release_time_claimed(text.split()) is None


def test_the_release_time_is_decided_from_the_premiere(store):
    day = premiere(store)
    other_day = WEEKDAYS[(day.weekday() + 3) % 7]
    assert verdict(f"released_on:{WEEKDAYS[day.weekday()]}", tracker())[0] is True
    assert verdict(f"released_on:{other_day}", tracker())[0] is False
    assert verdict(f"released_on:{MONTHS[day.month - 1]}", tracker())[0] is True
    assert verdict(f"released_on:{MONTHS[(day.month + 5) % 12]}", tracker())[0] is False
    season = next(s for s, months in SEASONS.items() if day.month in months)
    other = next(s for s, months in SEASONS.items() if day.month not in months)
    assert verdict(f"released_on:{season}", tracker())[0] is True
    assert verdict(f"released_on:{other}", tracker())[0] is False


def test_a_release_time_question_is_read_as_a_claim(store):
    result = reading(store, "did it come out on a saturday?", "ask_release_date")
    assert tags(result).get("claim") == "released_on:saturday"
    assert result.intent == "ask_release_date"


# 2. Which came first, the novel or the film; "inspired by a book" is the novel claim.
@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("did the novel come first?", "came_first:novel"),
        ("and did the film come first?", "came_first:film"),
        ("was it inspired by a book?", "novel:inspired by a book"),
    ],
)
def test_the_order_of_novel_and_film_is_a_claim(store, text, claim):
    result = reading(store, text, "ask_novel")
    assert tags(result).get("claim") == claim
    assert result.intent == "ask_novel"


def test_the_order_is_decided_from_the_dates(store):
    novel_first = str(store.novel["published"].value) < str(store.film["premiere_date"].value)
    assert verdict("came_first:novel", tracker())[0] is novel_first
    assert verdict("came_first:film", tracker())[0] is (not novel_first)


# 3. A word that names an attribute and a claim ("popular", "a hit") is the claim in a yes/no question.
@pytest.mark.parametrize("text", ["was the film successful?", "did the movie do well?", "is it a big hit?"])
def test_popularity_in_a_yes_no_question_is_a_claim(store, text):
    result = reading(store, text, "ask_fact")
    assert tags(result).get("claim", "").startswith("popular:")
    assert tags(result).get("topic") == "top 10"  # the full answer still says how it did


def test_popularity_asked_is_no_claim(store):
    assert "claim" not in tags(reading(store, "how popular was the film?", "ask_fact"))


def test_popularity_is_decided_from_the_charts(store):
    assert verdict("popular:a hit", tracker())[0] is store.film["top10"].known


# 4. A person in this film named by its title: a cast claim, not another work.
def test_a_cast_member_of_this_film_by_title(store):
    person = store.people[store.cast[2].actor].name
    title = str(store.film["title"].value)
    text = f"Was {person} part of the cast of the film {title}?"
    result = reading(store, text, "ask_person", [name(text, person, "person")])
    assert tags(result).get("claim") == "in_film"


def test_another_work_is_still_another_work(store):
    person = store.people[store.cast[1].actor]
    work = person.known_for[0].title
    text = f"was {person.name} in {work}?"
    result = reading(store, text, "ask_person", [name(text, person.name, "person")])
    assert tags(result).get("claim", "").startswith("known_for:")


# 5. A character in the film; one character named twice (name and alias) is one subject.
@pytest.mark.parametrize("form", ["does {c} appear in the film?", "is {c} in the movie?", "is {c} in it?"])
def test_a_character_in_the_film(store, form):
    character = a_character(store, 2).name.split()[0]
    text = form.format(c=character)
    result = reading(store, text, "ask_character", [name(text, character, "character")])
    assert tags(result).get("claim") == "in_film"
    assert verdict("in_film", tracker(text, "ask_character", {"character": character}))[0] is True


def test_a_character_in_a_place_is_a_description(store):
    character = a_character(store, 1).name.split()[0]
    text = f"is {character} in the hospital?"
    result = reading(store, text, "ask_character", [name(text, character, "character")])
    assert tags(result).get("claim") == "describes:hospital"


def test_a_character_named_by_name_and_alias_is_one(store):
    character = next(c for c in store.characters.values() if c.aliases and " " not in c.aliases[-1])
    entities = [("character", character.name), ("character", character.aliases[-1])]
    word = character.aliases[-1]
    assert verdict(f"describes:{word}", tracker("", "ask_character", entities))[0] is True


@pytest.mark.parametrize(("word", "synonym"), [("patient", "hospital"), ("paint", "painter")])
def test_claim_synonyms(word, synonym):
    from bot.understanding.lexicon import default_lexicon

    assert synonym in default_lexicon().same_as(word)


# 6. A named person: yes from the description, otherwise "I don't know" (never the description alone).
def test_a_yes_no_about_a_person_is_decided_from_the_description(store):
    person = next(p for p in store.people.values() if p.about and p.about.known and " and " in str(p.about.value))
    word = str(person.about.value).split(" and ")[-1].split(",")[0].split()[0]  # "... actress and model, ..."
    text = f"is {person.name} a {word}?"
    result = reading(store, text, "ask_person", [name(text, person.name, "person")])
    assert tags(result).get("claim") == f"person_describes:{word}"
    assert verdict(f"person_describes:{word}", tracker(text, "ask_person", {"person": person.name}))[0] is True
    unheld = f"did {person.name} study law at a university?"
    result = reading(store, unheld, "ask_person", [name(unheld, person.name, "person")])
    assert tags(result).get("claim", "").startswith("person_describes:")
    claim = tags(result)["claim"]
    assert verdict(claim, tracker(unheld, "ask_person", {"person": person.name})) == (None, None)


@pytest.mark.parametrize("text", ["is {p} married?", "does {p} have kids?", "is {p} in it?"])
def test_other_person_questions_keep_their_reading(store, text):
    person = store.people[store.cast[0].actor].name
    text = text.format(p=person)
    result = reading(store, text, "ask_person", [name(text, person, "person")])
    assert not tags(result).get("claim", "").startswith("person_describes:")


def test_a_group_in_the_description_is_known_for(store):
    person = next(p for p in store.people.values() if p.about and "group" in str(p.about.value))
    group = str(person.about.value).split("group ")[-1]
    entities = {"person": person.name}
    assert verdict(f"known_for:{group}", tracker(f"is {person.name} in {group}?", "ask_person", entities))[0] is True


def test_two_characters_and_a_relation_word(store):
    relation = next(r for r in store.relations if r.relation == "sister")
    one, other = store.characters[relation.subject].name, store.characters[relation.object].name
    one, other = one.split()[0], other.split()[0]
    for form in ("are {a} and {b} siblings?", "do {a} and {b} have the same parents?"):
        text = form.format(a=one, b=other)
        entities = [name(text, one, "character"), name(text, other, "character")]
        result = reading(store, text, "ask_character", entities)
        assert tags(result).get("claim") == "related:sibling"
        pairs = [("character", one), ("character", other)]
        assert verdict("related:sibling", tracker(text, "ask_character", pairs))[0] is True


def test_another_work_of_a_person_is_no_description(store):
    person = store.people[store.cast[1].actor].name
    for form in ("has {p} done any films?", "did {p} make other movies?"):
        text = form.format(p=person)
        result = reading(store, text, "ask_other_work", [name(text, person, "person")])
        assert not tags(result).get("claim", "").startswith("person_describes:")


def test_an_unknown_name_beside_a_cast_member_is_no_cast_claim(store):
    person = store.people[store.cast[0].actor].name
    title = str(store.film["title"].value)
    text = f"Does Somebody Else star with {person} in {title}?"
    result = reading(store, text, "ask_person", [name(text, person, "person")])
    assert tags(result).get("claim") != "in_film"
