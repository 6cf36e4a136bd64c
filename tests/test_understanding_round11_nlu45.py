"""Round 11 of the question reader, nlu45 (issue 10): conversations, characters' relations, misspelt words.

Phrasings here are other than the probes' (tests/nlu/probes_round11_nlu45.yml): the rules must hold for the
structure. Reader tests are Rasa-free, with entities as the entity rules would find them; action tests assert
response names and slots. Characters are taken from the store by what it holds.
"""

from __future__ import annotations

from actions.people import ActionCharacter
from actions.story import ActionEnding
from actions.topics import ActionFact
from bot.store import FactStore
from bot.understanding.lexicon import default_lexicon
from tests.reading_helpers import name, reading, run, tags


def _given(store: FactStore, character_id: str) -> str:
    return store.characters[character_id].name.split()[0].lower()


def _with_relative(store: FactStore, relation: str) -> tuple[str, str]:
    """A character with a relative of that kind in the store, and the relative."""
    found = next(r for r in store.relations if r.relation == relation)
    return found.subject, found.object


def _typos(word: str) -> list[str]:
    """Typed forms of a word: a letter left out, two neighbours swapped, a letter doubled."""
    return [word[:2] + word[3:], word[:2] + word[3] + word[2] + word[4:], word[:3] + word[2:]]


# 1. A misspelt relation word after a possessive --------------------------------------------------------


def test_a_misspelt_relation_word_after_a_possessive_is_that_relation(store):
    subject, _ = _with_relative(store, "sister")
    given = _given(store, subject)
    for relation in ("mother", "father", "sister", "friend"):
        for typed in _typos(relation):
            for text in (f"who is {given}s {typed}", f"and who's {given}'s {typed}?"):
                result = reading(store, text, "ask_character", [name(text, given, "character")])
                assert tags(result).get("relation") == relation, (text, result.entities)


def test_a_misspelt_relation_word_after_her_or_his_is_that_relation(store):
    text = "whats her brohter called"
    assert tags(reading(store, text, "ask_character")).get("relation") == "brother"
    lexicon = default_lexicon()
    # known words are no typos ("other" is "mother" a letter short); nor are short relation words
    for word in ("other", "mother", "bother", "son", "kid"):
        assert lexicon.relation_typo(word) is None, word


def test_a_typo_is_read_as_a_relation_only_after_a_possessive(store):
    for text in ("who is the moter", "what is a freind", "wat is the sistr of it"):
        assert "relation" not in tags(reading(store, text, "ask_character")), text


def test_a_word_between_the_possessive_and_the_relation_keeps_the_owner(store):
    parent, _ = _with_relative(store, "daughter")
    given = _given(store, parent)
    for text in (f"what are {given}'s two kids called", f"who are {given} s only children"):
        result = reading(store, text, "ask_character", [name(text, given, "character")])
        assert tags(result).get("relation") == "child", text
    subject, _ = _with_relative(store, "father")
    given = _given(store, subject)
    text = f"who was {given}'s late father"
    assert tags(reading(store, text, "ask_character", [name(text, given, "character")])).get("relation") == "father"


# 2. Love, feelings and acquaintance between two characters --------------------------------------------


def test_with_whom_a_character_falls_in_love_is_the_love_interest(store):
    lover, _ = _with_relative(store, "love_interest")
    given = _given(store, lover)
    for text in (
        f"With whom does {given} fall in love?",
        f"in the end, with whom did {given} fall in love",
        f"so, who does {given} fall for?",
    ):
        result = reading(store, text, "ask_ending", [name(text, given, "character")])
        assert tags(result).get("relation") == "love_interest", text


def test_how_one_character_feels_about_or_knows_another_is_their_relation(store):
    first, second = _with_relative(store, "best_friend")
    a, b = _given(store, first), _given(store, second)
    for text in (f"how does {a} feel towards {b}?", f"How did {b} feel about {a}", f"how does {a} know {b}"):
        entities = [name(text, a, "character"), name(text, b, "character")]
        assert tags(reading(store, text, "ask_character", entities)).get("relation") == "between", text
    # how they met, or how one feels about the other's illness, is the story
    for text in (f"how did {a} meet {b}?", f"how does {a} feel about {b}'s illness"):
        entities = [name(text, a, "character"), name(text, b, "character")]
        assert tags(reading(store, text, "ask_character", entities)).get("relation") != "between", text


def test_a_misspelt_relationship_between_two_characters_is_their_relation(store):
    first, second = _with_relative(store, "best_friend")
    a, b = _given(store, first), _given(store, second)
    for text in (f"whats the relationshp between {a} and {b}", f"how is {a} realted to {b}?"):
        entities = [name(text, a, "character"), name(text, b, "character")]
        assert tags(reading(store, text, "ask_fact", entities)).get("relation") == "between", text


# 3. Actions: a character's name, love life and a death told before the story ----------------------------


def _described(store: FactStore, character_id: str) -> list[dict]:
    """A conversation whose last answer described a character ("who is <a>?")."""
    text = f"who is {_given(store, character_id)}"
    parsed = {"intent": {"name": "ask_character"}, "entities": [{"entity": "character", "value": text[7:]}]}
    return [{"event": "user", "text": text, "parse_data": parsed}, {"event": "action", "name": "action_character"}]


def _played(store: FactStore, character_id: str) -> list[dict]:
    """A conversation whose last answer said who plays a character."""
    text = f"who plays {_given(store, character_id)}"
    parsed = {"intent": {"name": "ask_who_plays"}, "entities": [{"entity": "character", "value": text[10:]}]}
    return [{"event": "user", "text": text, "parse_data": parsed}, {"event": "action", "name": "action_who_plays"}]


def _slots_after(store: FactStore, character_id: str) -> dict:
    actor = store.actor_of(character_id)[0].actor
    return {"character": character_id, "person": actor}


def test_a_characters_full_name_is_the_character_not_the_actor(store, domain):
    _, mother = _with_relative(store, "mother")
    slots = _slots_after(store, mother)
    said, _, _ = run(
        ActionFact(),
        domain,
        "do u know her whole full name?",
        [_attr("real_name")],
        slots,
        events=_described(store, mother),
    )
    assert "utter_character" in said
    given = _given(store, mother)
    text = f"what is {given}'s full name"
    said, _, _ = run(ActionFact(), domain, text, [name(text, given, "character"), _attr("real_name")])
    assert "utter_character" in said


def test_after_who_plays_a_character_her_full_name_is_the_actors(store, domain):
    _, mother = _with_relative(store, "mother")
    slots = _slots_after(store, mother)
    said, _, _ = run(
        ActionFact(), domain, "and her full name?", [_attr("real_name")], slots, events=_played(store, mother)
    )
    assert said == ["utter_dont_know_subject_attribute"]


def test_who_a_character_is_dating_is_the_love_interest_held(store, domain):
    lover, loved = _with_relative(store, "love_interest")
    given = _given(store, lover)
    text = f"who's {given} going out with, is {given} in a relationship?"
    _, _, slots = run(ActionFact(), domain, text, [name(text, given, "character"), _attr("dating")])
    assert slots.get("character") == loved
    # a character with no love interest held, and an actor, stay "I don't know"
    single = next(c for c in store.characters if not store.related(c, ("love_interest",)) and store.actor_of(c))
    text = f"who is {_given(store, single)} dating"
    said, _, _ = run(ActionFact(), domain, text, [name(text, _given(store, single), "character"), _attr("dating")])
    assert said == ["utter_dont_know_subject_attribute"]
    actor = store.people[store.actor_of(lover)[0].actor].name
    text = f"who is {actor} dating"
    said, _, _ = run(ActionFact(), domain, text, [name(text, actor, "person"), _attr("dating")])
    assert said == ["utter_dont_know_subject_attribute"]


def test_a_death_a_description_tells_needs_no_spoiler_question(store, domain):
    told = next(c for c in store.characters.values() if c.description and "died" in str(c.description.value))
    owner = next(r.subject for r in store.relations if r.object == told.id)
    given = _given(store, owner)
    relation = next(r.relation for r in store.relations if r.subject == owner and r.object == told.id)
    text = f"so how did {given}'s {relation} die"
    entities = [name(text, given, "character"), name(text, relation, "relation")]
    said, _, slots = run(ActionEnding(), domain, text, entities, intent="ask_ending")
    assert "utter_spoiler_warning" not in said
    assert slots.get("character") == told.id
    # a death the description does not tell is the story's: the spoiler question first
    lead = next(c for c in store.characters.values() if c.description and "died" not in str(c.description.value))
    text = f"does {_given(store, lead.id)} die"
    said, _, _ = run(
        ActionEnding(), domain, text, [name(text, _given(store, lead.id), "character")], intent="ask_ending"
    )
    assert said == ["utter_spoiler_warning"]


def _attr(key: str) -> dict:
    return {"entity": "attribute", "value": key}


def test_the_character_action_answers_a_relation_found_through_a_typo(store, domain):
    subject, mother = _with_relative(store, "mother")
    given = _given(store, subject)
    text = f"who is {given}s mothr"
    result = reading(store, text, "ask_character", [name(text, given, "character")])
    entities = [name(text, given, "character"), {"entity": "relation", "value": tags(result)["relation"]}]
    _, _, slots = run(ActionCharacter(), domain, text, entities, intent="ask_character")
    assert slots.get("character") == mother


# 4. "Tell me more about her", "are they dating?" and a verb after an apposition ---------------------------


def test_tell_me_more_about_a_pronoun_is_a_description_of_whom_it_means(store):
    for text in (
        "could you tell me a bit more about him?",
        "what else do you know about her",
        "know anything about him",
    ):
        assert reading(store, text, "nlu_fallback").intent == "ask_person", text
    # an attribute asked about her is that attribute, not a description
    assert reading(store, "tell me about her age", "ask_fact").intent != "ask_person"


def test_more_about_her_after_a_character_is_the_character_after_who_plays_the_actor(store, domain):
    from actions.people import ActionPerson

    _, mother = _with_relative(store, "mother")
    slots = _slots_after(store, mother)
    _, _, told = run(ActionPerson(), domain, "tell me more about her", [], slots, events=_described(store, mother))
    assert told.get("character") == mother
    said, _, _ = run(ActionPerson(), domain, "tell me more about her", [], slots, events=_played(store, mother))
    assert "utter_character" not in said


def test_are_they_dating_after_a_character_is_the_love_interest(store, domain):
    lover, loved = _with_relative(store, "love_interest")
    slots = _slots_after(store, lover)
    _, _, told = run(
        ActionFact(), domain, "r they a couple?", [_attr("dating")], slots, events=_described(store, lover)
    )
    assert told.get("character") == loved
    said, _, _ = run(
        ActionFact(), domain, "is he seeing anyone", [_attr("dating")], slots, events=_played(store, lover)
    )
    assert said == ["utter_dont_know_subject_attribute"]


def test_a_verb_after_an_apposition_is_no_claim_of_the_relation(store):
    subject, sister = _with_relative(store, "sister")
    a, b = _given(store, subject), _given(store, sister)
    text = f"does {a}'s sister {b} get sick too?"
    entities = [name(text, a, "character"), name(text, b, "character")]
    assert "claim" not in tags(reading(store, text, "ask_character", entities))
    text = f"is {b} really {a}'s sister?"
    entities = [name(text, a, "character"), name(text, b, "character")]
    assert tags(reading(store, text, "ask_character", entities)).get("claim") == "related:sister"


def test_how_does_she_know_another_character_is_their_relation(store, domain):
    first, second = _with_relative(store, "best_friend")
    other = _given(store, second)
    text = f"how did she feel towards {other}?"
    assert tags(reading(store, text, "ask_character", [name(text, other, "character")])).get("relation") == "between"
    slots = _slots_after(store, first)
    entities = [name(text, other, "character"), {"entity": "relation", "value": "between"}]
    for events in (_described(store, first), _played(store, first)):
        said, _, _ = run(ActionCharacter(), domain, text, entities, slots, intent="ask_character", events=events)
        assert said == ["utter_relation_between"], said


# 5. A relation follow-up after a relative asked by a pronoun --------------------------------------------


def _ask_after(store: FactStore, domain, previous: list[list[dict]], entities: list[dict], answered: str) -> dict:
    from bot.understanding.ellipsis import SAME_QUESTION

    events = [
        {"event": "user", "text": "", "parse_data": {"intent": {"name": "ask_character"}, "entities": e}}
        for e in previous
    ]
    marker = {"entity": "attribute", "value": SAME_QUESTION}
    _, _, slots = run(
        ActionCharacter(),
        domain,
        "and then?",
        [*entities, marker],
        {"character": answered},
        intent="ask_character",
        events=events,
    )
    return slots


def test_and_her_other_relative_after_her_mother_asked_by_a_pronoun_is_still_hers(store, domain):
    daughter = next(r.subject for r in store.relations if r.relation == "mother" and r.subject == "haruna_sakurai")
    mother = store.related(daughter, ("mother",))[0].object
    father = store.related(daughter, ("father",))[0].object
    asked = [{"entity": "relation", "value": "mother"}]  # "who is her mum?"
    slots = _ask_after(store, domain, [asked], [{"entity": "relation", "value": "father"}], mother)
    assert slots.get("character") == father


def test_what_about_another_after_a_follow_up_asks_their_relative(store, domain):
    # "... and his mother?" (itself a follow-up, with its marker), then "what about <b>?": <b>'s mother
    from bot.understanding.ellipsis import SAME_QUESTION

    shared_mother = next(
        r.object
        for r in store.relations
        if r.relation == "mother" and sum(x.object == r.object for x in store.relations if x.relation == "mother") > 1
    )
    asked = [{"entity": "relation", "value": "mother"}, {"entity": "attribute", "value": SAME_QUESTION}]
    other = "haruna_sakurai"
    named = {"entity": "character", "value": store.characters[other].name}
    slots = _ask_after(store, domain, [asked], [named], shared_mother)
    assert slots.get("character") == store.related(other, ("mother",))[0].object
