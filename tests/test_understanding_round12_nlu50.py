"""Round 12 of the question reader, nlu50 (issue 10): relations of relations, "the other one", and a relative
the store lacks named with its owner.

Phrasings here are other than the probes' (tests/nlu/probes_round12_nlu50.yml): the rules must hold for the
structure. Reader tests are Rasa-free, with entities as the entity rules would find them; action tests assert
response names and slots. Characters are taken from the store by what it holds.
"""

from __future__ import annotations

import pytest

from actions.people import ActionCharacter, ActionWhoPlays
from bot.store import FactStore
from bot.understanding.ellipsis import OTHER_RELATIVE, the_other
from tests.reading_helpers import name, reading, run, tags, values


def _given(store: FactStore, character_id: str) -> str:
    return store.characters[character_id].name.split()[0].lower()


def _chain(store: FactStore, inner: str, outer: str) -> tuple[str, str, str]:
    """A character, its one relative of the inner kind, and that relative's one relative of the outer kind."""
    for first in store.relations:
        if first.relation != inner or len(store.related(first.subject, (inner,))) != 1:
            continue
        last = store.related(first.object, (outer,))
        if len(last) == 1 and last[0].object != first.subject:
            return first.subject, first.object, last[0].object
    raise AssertionError(f"no {inner} -> {outer} chain in the store")


def _without(store: FactStore, relation: str) -> str:
    """A character with no relative of that kind."""
    return next(
        c
        for c in store.characters
        if not store.related(c, (relation,)) and any(r.subject == c for r in store.relations)
    )


# 1. A relation of a relation: the outer relation is asked of the one character the inner one leads to ------


@pytest.mark.parametrize(
    "shape",
    [
        "who is the {outer} of {owner}'s {inner}?",
        "whats the name of the {outer} of {owner} s {inner}",
        "who's {owner}'s {inner}'s {outer}",
        "tell me about {owner} s {inner} s {outer}",
    ],
)
def test_a_relation_of_a_relation_is_asked_of_the_middle_character(store, shape):
    owner, middle, _ = _chain(store, "sister", "father")
    text = shape.format(owner=_given(store, owner), inner="sister", outer="father")
    result = reading(store, text, "ask_character", [name(text, _given(store, owner), "character")])
    assert tags(result).get("relation") == "father", (text, result.entities)
    assert store.characters[middle].name in values(result, "character"), (text, result.entities)
    assert "a relation of a relation" in result.why


def test_a_chain_whose_first_link_the_store_lacks_asks_that_link(store):
    owner = _without(store, "brother")
    text = f"who is the mother of {_given(store, owner)}'s brother?"
    result = reading(store, text, "ask_character", [name(text, _given(store, owner), "character")])
    assert tags(result).get("relation") == "brother"
    assert "a relation of a relation" not in result.why


def test_a_love_word_inside_a_chain_is_no_love_life_asked(store):
    owner, _, _ = _chain(store, "love_interest", "mother")
    text = f"who plays {_given(store, owner)}'s boyfriend's mum"
    result = reading(store, text, "ask_who_plays", [name(text, _given(store, owner), "character")])
    assert tags(result).get("relation") == "mother"
    assert "attribute" not in tags(result)


def test_the_actor_of_a_relation_of_a_relation(store, domain):
    owner, middle, last = _chain(store, "daughter", "brother")
    text = f"who played the brother of {_given(store, owner)}'s daughter"
    entities = [
        name(text, "brother", "relation", "brother"),
        name(text, "daughter", "character", store.characters[middle].name),
    ]
    said, _, slots = run(ActionWhoPlays(), domain, text, entities, intent="ask_who_plays")
    assert slots.get("character") == last and said


# 2. A relative the store lacks, asked of a named character: "I don't know <a>'s <relative>" -----------------


def test_a_missing_relative_of_a_named_character_is_named_in_the_dont_know(store, domain):
    owner = _without(store, "sister")
    given = _given(store, owner)
    for text in (f"who's {given}'s sister?", f"what is the name of {given} s sister"):
        entities = [name(text, given, "character"), name(text, "sister", "relation", "sister")]
        said, messages, _ = run(ActionCharacter(), domain, text, entities, intent="ask_character")
        assert said == ["utter_dont_know_subject_attribute"], text
        assert messages[0]["attribute_words"] == "sister"


# 3. "The other one": the rest of a group of relatives the conversation's character is in -------------------


def test_the_other_of_a_group_is_read_from_short_follow_ups(store):
    for text in ("the other one?", "ok and the other guy", "who is the other one", "and what about the other kid"):
        assert the_other(text.replace("?", " ?").split(), [], []) is not None, text
    for text in ("what's the other song", "tell me about the other side of the story", "who is the other lead actor"):
        assert the_other(text.split(), [], []) is None, text
    result = reading(store, "and who plays the other girl?", "ask_plot")
    assert result.intent == "ask_who_plays" and tags(result)["relation"] == OTHER_RELATIVE
    # a relation word names the group's kind
    assert tags(reading(store, "how about the other buddy", "ask_plot"))["relation"] == f"{OTHER_RELATIVE}:friend"


def _one_of_two(store: FactStore) -> tuple[str, str]:
    """A character who is one of exactly two relatives of one kind of someone, and the other one."""
    for relation in store.relations:
        group = store.related(relation.subject, (relation.relation,))
        if len(group) == 2:
            return group[0].object, group[1].object
    raise AssertionError("no group of two in the store")


def test_the_other_one_is_the_rest_of_the_group(store, domain):
    first, second = _one_of_two(store)
    for text in ("and the other one?", "whos the other guy"):
        entities = [{"entity": "relation", "value": OTHER_RELATIVE, "start": 0, "end": 1}]
        _, _, slots = run(ActionCharacter(), domain, text, entities, {"character": first}, intent="ask_character")
        assert slots.get("character") == second, text


def test_the_other_one_with_no_group_is_not_understood(store, domain):
    alone = next(c for c in store.characters if not any(r.object == c for r in store.relations))
    entities = [{"entity": "relation", "value": OTHER_RELATIVE, "start": 0, "end": 1}]
    said, _, _ = run(
        ActionCharacter(), domain, "the other one?", entities, {"character": alone}, intent="ask_character"
    )
    assert said == ["utter_default"]


# 4. Follow-ups about the character talked about: a death told in the description, the actor "that" is ------


def test_how_a_character_died_of_a_pronoun_is_the_description_that_tells_it(store, domain):
    from actions.story import DEATH_TOLD, ActionEnding

    dead = next(c for c, ch in store.characters.items() if ch.description and DEATH_TOLD.search(ch.description.value))
    for text in ("and how did he die?", "when did he die", "what was his death like"):
        said, _, _ = run(ActionEnding(), domain, text, [], {"character": dead}, intent="ask_ending")
        assert "utter_spoiler_warning" not in said and said, text
    alive = next(
        c for c, ch in store.characters.items() if ch.description and not DEATH_TOLD.search(ch.description.value)
    )
    said, _, _ = run(ActionEnding(), domain, "does he die?", [], {"character": alive}, intent="ask_ending")
    assert said == ["utter_spoiler_warning"]


def test_which_actor_that_is_asks_who_plays_the_one_talked_about(store):
    for text in ("so which actress is that?", "what actor was he", "and what actress is this"):
        assert reading(store, text, "ask_source").intent == "ask_cast", text
    for text in ("what actress is that in the trailer with him and her", "what actors are in it"):
        assert "one performer asked, nobody named" not in reading(store, text, "ask_source").why, text


# 5. A role "of" a place is the character named "<place> <role>" -------------------------------------------


def test_a_role_of_a_place_turned_round_is_the_character(store):
    aliased = next(
        (c, a) for c, ch in store.characters.items() for a in ch.aliases if len(a.split()) >= 3 and a.isascii()
    )
    character, alias = aliased
    *place, role = alias.split()
    for text in (
        f"who's the {role} of the {' '.join(place)} in the movie",
        f"who plays the {role} of the {' '.join(place)}",
    ):
        result = reading(store, text, "ask_plot")
        found = [e["value"] for e in result.entities if e["entity"] == "character"]
        assert found and store.resolve(found[0], ("character",))[0].id == character, text


# 6. "The girl in <a place>": the one character of that gender whose description holds the place --------


def test_a_girl_or_guy_placed_somewhere_is_the_character_whose_description_says_it(store):
    from bot.understanding.people_reading import gender_of, leads

    lead = leads(store)[0]
    noun = "guy" if gender_of(store, lead) == "he" else "girl"
    said = store.characters[lead].description.value.lower()
    place = next(w for w in ("hospital", "club", "school", "shop") if w in said)
    for text in (f"who is the {noun} in the {place}?", f"who plays the {noun} from the {place}"):
        result = reading(store, text, "nlu_fallback")
        assert store.characters[lead].name in values(result, "character"), (text, result.why)
        assert result.intent != "out_of_scope", text
    # a place no description holds is no character of ours
    assert store.characters[lead].name not in values(
        reading(store, f"who is the {noun} in the volcano", "nlu_fallback"), "character"
    )


# 7. "Is <no one of ours> related to <a character>?": no one of that name, never <a> described -------------


def test_a_stranger_related_to_a_character_is_no_one_in_the_film(store, domain):
    given = _given(store, next(iter(store.characters)))
    for text in (
        f"is zorblat related to {given}",
        f"how is {given} related to quenby?",
        f"relationship between mirtle and {given}",
    ):
        result = reading(store, text, "ask_character", [name(text, given, "character")])
        assert tags(result).get("relation") == "between", text
        said, _, _ = run(
            ActionCharacter(), domain, text, result.entities + [name(text, given, "character")], intent="ask_character"
        )
        assert said == ["utter_not_in_film"], text
    # a word of the film's is no stranger's name
    assert "relation" not in tags(reading(store, f"is the novel related to {given}", "ask_character", []))
