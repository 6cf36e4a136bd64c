"""Round 13 of the question reader, nlu56 (issue 10): spouses, relations asked by a verb or a chain, characters
described by a verb's object, a state that began, a prize's name asked of the book, "as good as" the book.

Phrasings here are other than the probes' (tests/nlu/probes_round13_nlu56.yml): the rules must hold for the
structure. Reader tests are Rasa-free, with entities as the entity rules would find them; action tests assert
response names and slots. Characters are taken from the store by what it holds.
"""

from __future__ import annotations

import pytest

from actions.people import ActionCharacter
from bot.store import FactStore, Relation, spouses
from tests.reading_helpers import name, reading, run, tags, values


def _given(store: FactStore, character_id: str) -> str:
    return store.characters[character_id].name.split()[0].lower()


def _married(store: FactStore) -> tuple[str, str]:
    """A husband and his wife, as the store derives them."""
    wife = next(r for r in store.relations if r.relation == "wife")
    return wife.subject, wife.object


def _unmarried_child(store: FactStore) -> tuple[str, str, str]:
    """A parent, the relation to their one child of that kind, and that child (who has no spouse held)."""
    for relation in store.relations:
        kids = store.related(relation.subject, (relation.relation,))
        if relation.relation in ("son", "daughter") and len(kids) == 1:
            child = relation.object
            if not store.related(child, ("wife", "husband")):
                return relation.subject, relation.relation, child
    raise AssertionError("no parent of one child of a kind")


# 1. Spouses: the parents of one child are each other's spouse (bot/store.py) -----------------------------------


def test_the_parents_of_a_child_are_each_others_spouse():
    held = (
        Relation("kid", "mother", "mum", ("S1",), "high"),
        Relation("kid", "father", "dad", ("S2",), "medium"),
        Relation("other", "mother", "mum", ("S1",), "high"),
        Relation("other", "father", "dad", ("S2",), "medium"),
        Relation("lonely", "mother", "mum", ("S1",), "high"),
    )
    derived = {(r.subject, r.relation, r.object): r for r in spouses(held)}
    assert set(derived) == {("dad", "wife", "mum"), ("mum", "husband", "dad")}
    assert derived[("dad", "wife", "mum")].sources == ("S1", "S2")
    assert derived[("dad", "wife", "mum")].confidence == "medium"  # the lower of the two


def test_a_spouse_held_is_not_derived_again():
    held = (
        Relation("kid", "mother", "mum", ("S1",), "high"),
        Relation("kid", "father", "dad", ("S2",), "high"),
        Relation("dad", "wife", "someone", ("S3",), "high"),
    )
    assert {(r.subject, r.relation) for r in spouses(held)} == {("mum", "husband")}


def test_the_store_holds_the_spouses_of_parents(store):
    husband, wife = _married(store)
    assert [r.object for r in store.related(wife, ("husband",))] == [husband]


@pytest.mark.parametrize(
    "shape",
    [
        "who did {a} marry?",
        "whom has {a} been married to",
        "who is {a} married to?",
        "is {a} married",
        "who's {a}'s wife",
        "name {a} s spouse",
    ],
)
def test_a_marriage_verb_or_noun_asks_the_spouse_held(store, shape):
    husband, wife = _married(store)
    text = shape.format(a=_given(store, husband))
    result = reading(store, text, "ask_character", [name(text, _given(store, husband), "character")])
    assert tags(result).get("relation") in ("spouse", "wife"), (text, result.entities)
    assert "attribute" not in tags(result), (text, result.entities)


def test_who_is_married_to_a_character_asks_the_spouse(store):
    _, wife = _married(store)
    text = f"who was married to {_given(store, wife)}?"
    result = reading(store, text, "ask_character", [name(text, _given(store, wife), "character")])
    assert tags(result).get("relation") == "spouse"


def test_a_marriage_verb_of_a_character_with_no_spouse_stays_the_marital_status(store):
    lonely = next(c for c in store.characters if not store.related(c, ("wife", "husband")))
    text = f"who did {_given(store, lonely)} end up marrying"
    result = reading(store, text, "ask_character", [name(text, _given(store, lonely), "character")])
    assert tags(result).get("relation") != "spouse"


def test_an_actor_s_marriage_is_no_character_s_spouse(store):
    actor = store.people[store.actor_of("akito_hayasaka")[0].actor].name
    text = f"who is {actor} married to?"
    result = reading(store, text, "ask_person", [name(text, actor, "person")])
    assert tags(result).get("relation") is None


def test_the_spouse_of_a_relative_is_asked_of_that_relative(store):
    parent, kind, child = _unmarried_child(store)
    for text in (
        f"who did the {kind} of {_given(store, parent)} marry?",
        f"who is {_given(store, parent)}'s {kind} married to",
    ):
        result = reading(store, text, "ask_character", [name(text, _given(store, parent), "character")])
        assert tags(result).get("relation") == "spouse", (text, result.entities)
        assert values(result, "character") == [store.characters[child].name], (text, result.entities)


def test_the_spouse_lacking_is_named_in_the_dont_know(store, domain):
    _, _, child = _unmarried_child(store)
    text = f"who did {_given(store, child)} wed"
    entities = [name(text, _given(store, child), "character"), name(text, "wed", "relation", "spouse")]
    said, messages, _ = run(ActionCharacter(), domain, text, entities, intent="ask_character")
    assert said == ["utter_dont_know_subject_attribute"]
    assert messages[0]["attribute_words"] == "spouse"


def test_the_spouse_held_is_answered(store, domain):
    husband, wife = _married(store)
    text = f"who did {_given(store, wife)} marry"
    entities = [name(text, _given(store, wife), "character"), name(text, "marry", "relation", "spouse")]
    _, _, slots = run(ActionCharacter(), domain, text, entities, intent="ask_character")
    assert slots.get("character") == husband


# 2. Relations by a chain of "of"s and by "have" -----------------------------------------------------------------


def test_a_relation_of_the_relative_of_a_named_character(store):
    for text, owner in (
        ("what are the names of the parents of the brother of natsumi", "natsumi"),
        ("who's the mother of the sister of akito", "akito"),
    ):
        result = reading(store, text, "ask_character", [name(text, owner, "character")])
        assert "a relation of a relation" in result.why, (text, result.why)


@pytest.mark.parametrize("text", ["did kazuki have kids?", "has shigemi got a daughter", "so hazuki had a child?"])
def test_a_relative_had_by_a_named_character(store, text):
    owner = next(w for w in text.split() if w in ("kazuki", "shigemi", "hazuki"))
    result = reading(store, text, "ask_character", [name(text, owner, "character")])
    assert "relation" in tags(result), (text, result.entities)


# 3. A character described by a verb's object; a state that began --------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "which word best describes mikiko?",
        "what traits characterize natsumi",
        "how would u sum up ayaka",
        "give me three adjectives that describe akito",
    ],
)
def test_a_verb_of_describing_a_character_asks_the_description(store, text):
    who = text.rstrip("?").split()[-1]
    result = reading(store, text, "ask_fact", [name(text, who, "character")])
    assert result.intent == "ask_character", (text, result.why)
    assert "attribute" not in tags(result)


def test_describing_a_person_is_left_to_the_other_rules(store):
    text = "what words describe ren nagase"
    result = reading(store, text, "ask_person", [name(text, "ren nagase", "person")])
    assert "a character described by the verb's object" not in result.why


@pytest.mark.parametrize("text", ["how come akito got ill?", "when does haruna become sick", "why did akito fall ill"])
def test_a_state_that_began_is_the_characters_description(store, text):
    who = "akito" if "akito" in text else "haruna"
    result = reading(store, text, "ask_ending", [name(text, who, "character")])
    assert result.intent == "ask_character", (text, result.why)


def test_a_state_at_the_end_is_still_the_ending(store):
    text = "does akito get sick again at the end"
    result = reading(store, text, "ask_ending", [name(text, "akito", "character")])
    assert result.intent != "ask_character"


# 4. A prize's name asked of the book or its writer; "as good as" the book -----------------------------------


@pytest.mark.parametrize(
    "text",
    ["has the book won the Booker Prize?", "did the novel get a Hugo Award", "did the author win the Naoki Prize"],
)
def test_a_prize_named_of_the_book_or_its_writer_is_no_other_subject(store, text):
    assert reading(store, text, "out_of_scope").intent != "out_of_scope", text


@pytest.mark.parametrize("text", ["did Stephen King win the Bram Stoker Award?", "who won the Booker Prize in 2019"])
def test_a_prize_with_nothing_of_this_film_stays_out_of_scope(store, text):
    assert reading(store, text, "out_of_scope").intent in (None, "out_of_scope"), text  # None keeps the refusal


@pytest.mark.parametrize("text", ["is the film as scary as the book?", "was the movie half as good as the novel"])
def test_as_good_as_the_book_compares_the_film_with_its_novel(store, text):
    result = reading(store, text, "ask_novel")
    assert tags(result).get("attribute") == "novel_changes", (text, result.entities)


def test_as_well_as_the_book_compares_nothing(store):
    result = reading(store, "who wrote the screenplay as well as the book?", "ask_novel")
    assert tags(result).get("attribute") != "novel_changes"


def test_the_spouse_of_a_credit_is_that_persons_marital_status(store):
    for text in ("who is the husband of the screenwriter", "what's the name of the wife of the director"):
        result = reading(store, text, "ask_person")
        assert "relation" not in tags(result), (text, result.entities)


def test_the_children_of_a_character_and_their_spouse(store):
    husband, _ = _married(store)
    given = _given(store, husband)
    for text in (f"how many kids do {given} and his wife have", f"how many children did {given} and his spouse have?"):
        result = reading(store, text, "ask_character", [name(text, given, "character")])
        assert tags(result).get("relation") == "child", (text, result.entities)
        assert "attribute" not in tags(result), (text, result.entities)


def test_whose_after_a_name_describes_that_name(store):
    husband, wife = _married(store)
    a, b = store.characters[husband].name, _given(store, wife)
    text = f"in what movie is there a character called {a}, whose wife is {b}?"
    result = reading(store, text, "ask_title", [name(text, a, "character"), name(text, b, "character")])
    assert "relation" not in tags(result), result.entities
    text = f"whose husband is {b}?"  # a question of its own: the inverse relation
    assert "relation" in tags(reading(store, text, "ask_character", [name(text, b, "character")]))
