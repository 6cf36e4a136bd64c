"""Round 24: leads of the round-24 check (CANARD's follow-up questions) and the round's own gaps, read as rules.

Each test names the general rule; phrasings are mine or the opened check's, names and titles come from the store.
"""

from __future__ import annotations

import pytest

from actions.people import ActionWhoPlays
from tests.reading_helpers import name, reading, run, tags


def _holder(store, role: str) -> str:
    (person,) = store.crew[role].people
    return store.people[person].name


def _author(store) -> str:
    return store.people[str(store.novel["author"].value)].name


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("did the director write it?", "credit:writer"),
        ("Is the director also the screenwriter?", "credit:screenplay"),
        ("did the film's director compose the music?", "credit:music"),
        ("did the director write the book?", "novel_author"),
    ],
)
def test_a_credit_claimed_of_the_director_is_decided_of_him(store, text, claim):
    result = reading(store, text, "ask_director")
    assert tags(result)["claim"] == claim
    assert tags(result)["person"] == _holder(store, "director")


@pytest.mark.parametrize(
    "text", ["did the author direct the film?", "did the writer of the novel write the screenplay?"]
)
def test_a_credit_claimed_of_the_author_is_decided_of_the_novels_author(store, text):
    result = reading(store, text, "ask_novel")
    assert tags(result)["claim"].startswith("credit:")
    assert tags(result)["person"] == _author(store)


def test_a_credit_shared_by_several_names_no_one_holder(store):
    result = reading(store, "did the producer direct it?", "ask_crew")
    assert "yes/no credit of the one who holds another credit" not in result.why


def test_the_author_writing_it_is_no_credit_claim_of_the_author(store):
    result = reading(store, "did the author of the book write it?", "ask_novel")
    assert "yes/no credit of the one who holds another credit" not in result.why


def test_a_character_named_after_a_relation_the_store_denies_is_still_the_one_asked(domain, store):
    # the store's friend of this character is someone else: the name, not the description, says whom
    akito, ayaka = store.characters["akito_hayasaka"], store.characters["ayaka_miura"]
    assert not [r for r in store.related("akito_hayasaka", ("friend",)) if r.object == "ayaka_miura"]
    first, second = akito.name.split()[0], ayaka.name.split()[0]
    text = f"who plays {first}'s friend {second}?"
    entities = [name(text, first, "character"), name(text, second, "character"), name(text, "friend", "relation")]
    _, messages, _ = run(ActionWhoPlays(), domain, text, entities, intent="ask_who_plays")
    (actor,) = (c.actor for c in store.actor_of("ayaka_miura"))
    assert messages[0]["response"] == "utter_who_plays"
    assert messages[0]["actor_name"].strip("*") == store.people[actor].name
