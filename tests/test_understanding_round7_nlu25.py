"""Round 7b of the question reader, nlu25: characters and cast - a possessive typed without its
apostrophe after a full name, an actor's character, the rest of the cast, the villain.

Phrasings here are other than the probes' (tests/nlu/probes_round7_nlu25.yml): the rules must hold
for the structure. Names are loaded from the store; entities are given as the entity rules find them.
"""

from __future__ import annotations

import pytest

from actions.people import asks_for_lead
from bot.store import FactStore
from tests.reading_helpers import name, reading, tags, values


def full_name(store: FactStore, character_id: str) -> tuple[str, str]:
    given, family = store.characters[character_id].name.split()
    return given, family


def actor_name(store: FactStore, character_id: str) -> str:
    credit = next(c for c in store.cast if c.character == character_id)
    return store.people[credit.actor].name


# 1. "<given> <family>s <relation>": the entity rules find the given name only; the glued "s" is a possessive.
@pytest.mark.parametrize(
    ("form", "relation"),
    [
        ("who's {given} {family}s dad?", "father"),
        ("tell me about {given} {family}s mom", "mother"),
        ("who plays {given} {family}s father", "father"),
    ],
)
def test_a_family_name_with_a_glued_possessive_completes_the_name(store, form, relation):
    given, family = full_name(store, "natsumi_hayasaka")
    text = form.format(given=given, family=family.lower())
    result = reading(store, text, "ask_character", [name(text, given, "character")])
    assert values(result, "relation") == [relation]
    assert values(result, "character") == [text[text.index(given) : text.index(given) + len(given) + len(family) + 1]]
    assert "attribute" not in tags(result)


def test_a_full_name_with_an_apostrophe_owns_the_relation_not_an_unknown_word(store):
    full = store.characters["akito_hayasaka"].name
    text = f"what's the name of {full}'s little sister?"
    result = reading(store, text, "ask_fact", [name(text, full, "character")])
    assert values(result, "relation") == ["sister"]
    assert "attribute" not in tags(result)


def test_a_glued_s_that_makes_no_name_of_the_store_is_left_alone(store):
    given, _ = full_name(store, "natsumi_hayasaka")
    text = f"who is {given} tanakas mother?"
    result = reading(store, text, "ask_character", [name(text, given, "character")])
    assert values(result, "character") == []  # no name grown from an unknown family name


# 2. "<an actor>'s character": the role here, not the actor's other work.
@pytest.mark.parametrize(
    "form",
    ["what was {actor}'s character called", "{given} {family}s character in the film?", "name of {actor}'s character"],
)
def test_an_actors_character_asks_the_role_here(store, form):
    actor = actor_name(store, "kazuki_hayasaka")
    given, family = actor.split()
    text = form.format(actor=actor, given=given, family=family.lower())
    said = actor if actor in text else given
    result = reading(store, text, "ask_other_work", [name(text, said, "person")])
    assert result.intent == "ask_person"
    assert values(result, "relation") == ["character"]


@pytest.mark.parametrize("form", ["what other characters has {actor} played?", "{actor}'s characters in other films"])
def test_an_actors_other_characters_stay_other_work(store, form):
    actor = actor_name(store, "kazuki_hayasaka")
    text = form.format(actor=actor)
    result = reading(store, text, "ask_other_work", [name(text, actor, "person")])
    assert result.intent in (None, "ask_other_work")


# 3. "who else is in it besides <a>?": the cast beyond the ones named.
@pytest.mark.parametrize(
    ("form", "kind"),
    [
        ("who else is in the film apart from {char}?", "character"),
        ("{char} is the lead, who else stars?", "character"),
        ("besides {actor}, who else is in this movie", "person"),
    ],
)
def test_who_else_with_named_cast_asks_the_rest_of_the_cast(store, form, kind):
    char = store.characters["ayaka_miura"].name.split()[0]
    actor = actor_name(store, "ayaka_miura")
    text = form.format(char=char, actor=actor)
    result = reading(store, text, "ask_character", [name(text, char if kind == "character" else actor, kind)])
    assert result.intent == "ask_cast"
    assert result.drop


@pytest.mark.parametrize("form", ["who else loves {char}?", "who else knows about {char}'s illness?"])
def test_who_else_doing_something_is_no_cast_question(store, form):
    char = store.characters["haruna_sakurai"].name.split()[0]
    text = form.format(char=char)
    result = reading(store, text, "ask_character", [name(text, char, "character")])
    assert result.intent != "ask_cast"


def test_who_else_after_the_leads_is_not_the_leads():
    assert asks_for_lead("the leads are them two, and who else?") == (False, None)
    assert asks_for_lead("who is the lead actress?")[0]


# 4. The villain: the store names none, so "I don't know" naming it, never the lead (nor the plot).
@pytest.mark.parametrize("text", ["who's the bad guy in this film?", "is there an antagonist", "who are the villains"])
def test_the_villain_is_unheld(store, text):
    result = reading(store, text, "ask_plot")
    assert result.intent == "ask_fact"
    assert tags(result).get("attribute") == "villain"


# 5. "the name of the <a word> brother of <a character>": the word describes the relative, it is no
# unknown thing asked (a noun alone, "the name of the hospital of <a character>", still is).
def test_a_word_before_a_relation_describes_the_relative(store):
    char = store.characters["natsumi_hayasaka"].name.split()[0]
    text = f"what's the name of the artist brother of {char}?"
    result = reading(store, text, "ask_fact", [name(text, char, "character")])
    assert values(result, "relation") == ["brother"]
    assert "attribute" not in tags(result)
    text = f"what is the name of the school of {char}"
    assert tags(reading(store, text, "ask_fact", [name(text, char, "character")])).get("attribute") == "asked"


# 6. "what part did <an actor> play in <the title>, a <description> film?": what describes the title is
# no other work; "in <the title> and other films" still is.
def test_a_phrase_describing_the_title_is_no_other_work(store):
    actor = actor_name(store, "natsumi_hayasaka")
    title = store.title
    text = f"which character did {actor} play in {title}, the Netflix drama with many films' feel?"
    assert reading(store, text, "ask_other_work", [name(text, actor, "person")]).intent == "ask_person"
    text = f"which character did {actor} play in {title} and other films?"
    assert reading(store, text, "ask_other_work", [name(text, actor, "person")]).intent != "ask_person"


# 7. "who is <a character by a role noun>?" and nothing else: who the character is (the description,
# which names the actor too), not only who plays them; a play verb or "in it" keeps the actor.
@pytest.mark.parametrize(
    ("text", "alias", "expected"),
    [
        ("who is the head nurse?", "the head nurse", "ask_character"),
        ("whos the flower shop owner", "flower shop owner", "ask_character"),
        ("who plays the head nurse?", "the head nurse", None),
        ("who is the head nurse in the film?", "the head nurse", None),
    ],
)
def test_who_is_a_character_asks_who_they_are(store, text, alias, expected):
    result = reading(store, text, "ask_cast", [name(text, alias, "character")])
    assert result.intent == expected
