"""Round 15, the lead's merge fixes (issue 10): two engineers' rules met on one question. Phrasings are the
lead's own; names and works come from the store."""

from __future__ import annotations

import pytest

from actions.claims import detail_verdict
from actions.topics import ActionFact
from bot.japanese import has_japanese
from bot.store import FactStore, Person, Work
from bot.understanding.named_work import find
from tests.reading_helpers import details_of, name, reading


@pytest.fixture(scope="module")
def person_and_work(store: FactStore) -> tuple[Person, Work]:
    """One of this film's people with a dated work whose English title has two words or more."""
    for person in store.people.values():
        for work in person.known_for:
            if work.year and work.title.isascii() and len(work.title.split()) >= 2 and " " in person.name:
                return person, work
    raise AssertionError("no person with a dated two-word work")


@pytest.mark.parametrize(
    "template",
    [
        "In what year was {first}s first movie, {work}, released?",  # the surname glued to its "s"
        "what year was {first}'s film {work} made",
        "{full} was in the movie {work}: when did it come out?",
    ],
)
def test_the_owner_named_beside_a_work_title_is_one_person(store, person_and_work, template):
    """The classifier's part of the owner's name and the title's owner are one person, not two to choose from:
    the reading keeps the owner the title names and drops the other mentions of them."""
    person, work = person_and_work
    first = person.name.split()[0]
    text = template.format(first=first, full=person.name, work=work.title)
    shown = first if "{first}" in template else person.name
    result = reading(store, text, "ask_other_work", [name(text, shown, "person")])
    assert result.intent == "ask_other_work"
    kept = [e for e in result.entities if e["entity"] == "person"]
    assert [e["value"] for e in kept] == [person.name]
    assert any(e["entity"] == "person" and e["value"] == shown for e in result.drop)


@pytest.mark.parametrize(
    "template",
    [
        "In the movie {title} {lead} played a lonely lighthouse keeper.",  # the title run ends at our title
        "{lead} played a retired detective in {title}, right?",
        "{lead} portrays an astronaut in {title}, doesn't he?",
    ],
)
def test_a_part_described_that_no_description_of_theirs_holds_is_undecided(store, template):
    """ "<a> played a <description>": read as a detail of the part; a head noun the store's description of the
    part they play lacks cannot be decided (an honest "I don't know", never a "Yes" for being in the cast)."""
    lead = store.people[store.cast[0].actor]
    text = template.format(title=store.title, lead=lead.name)
    described = [value for kind, value in details_of(store, text) if kind == "part"]
    assert len(described) == 1 and described[0].startswith(f"{lead.id}/")
    assert detail_verdict("part", described[0]) is None


def test_a_part_described_by_a_word_of_its_description_holds(store):
    credit = store.cast[0]
    part = store.characters[credit.character]
    assert part.description is not None
    head = next(w for w in str(part.description.value).lower().split() if w.isalpha() and len(w) > 5)
    text = f"{store.people[credit.actor].name} played a {head} in {store.title}, right?"
    assert ("part", f"{credit.actor}/{head}") in details_of(store, text)
    assert detail_verdict("part", f"{credit.actor}/{head}") is True


@pytest.mark.parametrize("words", ["a role", "a major part", "a supporting character"])
def test_playing_a_role_is_a_credit_not_a_described_part(store, words):
    lead = store.people[store.cast[0].actor].name
    assert not [kind for kind, _ in details_of(store, f"{lead} played {words} in {store.title}.") if kind == "part"]


def test_a_title_run_that_opens_with_this_films_title_is_this_film(store):
    """ "the movie <our title> <an actor> ...": capitals run on past the title into a name; it is still ours."""
    lead = store.people[store.cast[0].actor].name
    found = find(f"In the movie {store.title} {lead} played a nurse.", store, frozenset({store.title.lower()}))
    assert found is not None and found.ours


@pytest.mark.parametrize(("attribute", "words"), [("height", "how tall is {name}?"), ("age", "how old is {name}")])
def test_an_i_dont_know_about_a_named_person_keeps_them_for_the_next_turn(turn, store, attribute, words):
    """ "how tall is <X>?" -> "I don't know <X>'s height" -> "what else has she been in?": still X."""
    person = store.people[store.cast[1].actor]
    said = turn(
        ActionFact(), text=words.format(name=person.name), entities={"attribute": attribute, "person": person.name}
    )
    # round 16: an age today is not known either; the birth date held follows
    aged = attribute == "age" and person.born is not None and person.born.known
    assert said.responses == ["utter_dont_know_subject_attribute", *(["utter_person_born"] if aged else [])]
    assert said.slots["person"] == person.id


@pytest.mark.parametrize("text", ["is there a trailer?", "any teaser for it", "予告編はある？"])
def test_the_trailer_is_a_topic_the_store_answers(turn, store, text):
    """The trailers the dossier dates are a film fact: "is there a trailer?" is answered from it, not "didn't get
    that"."""
    result = reading(store, text, "ask_fact")
    assert ("topic", "trailer") in [(e["entity"], store.topic(str(e["value"]))) for e in result.entities]
    slots = {"reply_language": "ja"} if has_japanese(text) else {}
    said = turn(ActionFact(), text=text, entities={"topic": "trailer"}, slots=slots)
    assert said.responses == ["utter_fact_trailer"]
    assert said.values("utter_fact_trailer")["value"] == str(
        store.film["trailer"].extra["ja"] if has_japanese(text) else store.film["trailer"].value
    )
