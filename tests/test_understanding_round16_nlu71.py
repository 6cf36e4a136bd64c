"""Round 16, nlu71 (issue 10): conversations. Follow-ups that name the other kind of subject, relatives asked with
"have" or of a pronoun, the speaker's own advice, "did you see that?", the assistant's liking, the book's author.
Phrasings are the tests' own; names come from the store."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.claims import verdict
from actions.people import ActionCharacter, ActionPerson
from bot.store import FactStore
from bot.understanding import film_talk, stated_claims
from bot.understanding.reading import REMARK, _Words
from tests.reading_helpers import name, reading, tags, values


def lead_character(store: FactStore, pronoun: str) -> str:
    """The first billed character played by someone of this pronoun."""
    return next(c.character for c in store.cast if store.people[c.actor].pronoun == pronoun)


def related_pair(store: FactStore, relation: str) -> tuple[str, str]:
    """(owner, relative): the first relation of the store of that kind."""
    found = next(r for r in store.relations if r.relation == relation)
    return found.subject, found.object


def first_name(store: FactStore, character: str) -> str:
    return store.characters[character].name.split()[0]


def conversation(
    text: str,
    intent: str,
    entities: list[dict],
    *,
    previous_intent: str,
    previous: list[dict],
    slots: dict[str, Any] | None = None,
) -> Tracker:
    """A tracker after one earlier question (its intent and entities), answered."""
    earlier = {"intent": {"name": previous_intent}, "entities": previous}
    message = {"text": text, "intent": {"name": intent, "confidence": 0.99}, "entities": entities}
    events = [
        {"event": "action", "name": "action_listen"},
        {"event": "user", "text": "earlier", "parse_data": earlier},
        {"event": "action", "name": previous_intent.replace("ask_", "action_", 1)},
        {"event": "action", "name": "action_listen"},
        {"event": "user", "text": text, "parse_data": message},
    ]
    return Tracker("test", dict(slots or {}), message, events, False, None, {}, "action_listen")


def run(action: Any, tracker: Tracker, domain: dict) -> list[str]:
    dispatcher = CollectingDispatcher()
    asyncio.run(action.run(dispatcher, tracker, domain))
    return [m.get("response") for m in dispatcher.messages]


# 1. "who plays <a character>?" then "what about <an actor>?": whom the actor plays, not the actor's actor.
def test_an_actor_after_who_plays_a_character_asks_whom_they_play(store, domain):
    hero = lead_character(store, "he")
    heroine_actor = store.actor_of(lead_character(store, "she"))[0].actor
    actor_name = store.people[heroine_actor].name
    tracker = conversation(
        f"what about {actor_name}?",
        "ask_person",
        [{"entity": "person", "value": actor_name}, {"entity": "attribute", "value": "same_question"}],
        previous_intent="ask_who_plays",
        previous=[{"entity": "character", "value": store.characters[hero].name}],
        slots={"character": hero},
    )
    said = run(ActionPerson(), tracker, domain)
    assert "utter_not_in_film" not in said
    assert tracker.latest_message["intent"]["name"] == "ask_person"  # not repeated as "who plays <an actor>"


def test_a_character_after_an_actors_age_still_asks_the_age(store, domain):
    """Only the bare part question is inverted: "how old is <an actor>?" then "what about <a character>?" repeats
    the age."""
    hero = lead_character(store, "he")
    actor_name = store.people[store.actor_of(hero)[0].actor].name
    tracker = conversation(
        f"what about {first_name(store, hero)}?",
        "ask_character",
        [
            {"entity": "character", "value": first_name(store, hero)},
            {"entity": "attribute", "value": "same_question"},
        ],
        previous_intent="ask_fact",
        previous=[{"entity": "person", "value": actor_name}, {"entity": "attribute", "value": "age"}],
    )
    run(ActionCharacter(), tracker, domain)
    assert tracker.latest_message["intent"]["name"] == "ask_fact"


# 2. Relatives: "does <a> have (any other) siblings?", "has she got a father?", the pronoun's owner.
@pytest.mark.parametrize(
    "template",
    ["does {a} even have other siblings?", "does {a} have any siblings", "has {a} got a sister?"],
)
def test_the_subject_of_have_owns_the_relation(store, template):
    owner, _ = related_pair(store, "sister")
    text = template.format(a=first_name(store, owner))
    result = reading(store, text, "ask_character", [name(text, first_name(store, owner), "character")])
    assert values(result, "relation") in (["sibling"], ["sister"])
    assert result.intent in (None, "ask_character")  # None: the classifier's, which is kept


@pytest.mark.parametrize("text", ["has she got a father?", "does he have a mother?", "does she even have a father"])
def test_a_pronoun_subject_of_have_owns_the_relation(store, text):
    assert len(values(reading(store, text, "ask_character"), "relation")) == 1


def test_a_relative_is_no_other_work(store):
    result = reading(store, "has she got a father?", "ask_other_work")
    assert result.intent == "ask_character"
    assert values(result, "relation") == ["father"]


@pytest.mark.parametrize("text", ["does he have other movies?", "do you have a sister?"])
def test_having_without_a_relative_or_with_you_is_no_relation_of_a_character(store, text):
    result = reading(store, text, "ask_other_work")
    assert values(result, "relation") == [] or result.intent != "ask_character"


def test_a_pronoun_the_remembered_one_does_not_fit_is_the_one_named_before(store, domain):
    """ "who is <a>'s sister?" (answered: the sister), then "who are his parents?": <a>'s, as "his" fits only him."""
    owner, sister = related_pair(store, "sister")
    tracker = conversation(
        "who are his parents?",
        "ask_character",
        [{"entity": "relation", "value": "parents", "start": 12, "end": 19}],
        previous_intent="ask_character",
        previous=[
            {"entity": "character", "value": first_name(store, owner)},
            {"entity": "relation", "value": "sister"},
        ],
        slots={"character": sister},
    )
    from actions.relations import related_subjects

    parents = {m.id for m in related_subjects(tracker, ("character",)) or []}
    wanted = {r.object for r in store.relations if r.subject == owner and r.relation in ("mother", "father")}
    assert parents == wanted


# 3. "is she <a>'s mother?": whether the one talked about is that relative.
@pytest.mark.parametrize("opener", ["is she", "Is that", "was she"])
def test_a_pointed_one_asked_as_a_relative_is_a_claim(store, opener):
    owner, mother = related_pair(store, "mother")
    text = f"{opener} {first_name(store, owner)}'s mother?"
    result = reading(store, text, "ask_character", [name(text, first_name(store, owner), "character")])
    assert "related:mother" in values(result, "claim")


def test_the_claim_is_decided_from_the_conversations_character(store):
    owner, mother = related_pair(store, "mother")
    text = f"is she {first_name(store, owner)}'s mother?"
    message = {
        "text": text,
        "intent": {"name": "ask_character"},
        "entities": [{"entity": "character", "value": first_name(store, owner)}],
    }
    tracker = Tracker("t", {"character": mother}, message, [], False, None, {}, "action_listen")
    assert verdict("related:mother", tracker)[0] is True
    other = lead_character(store, "he")
    tracker = Tracker("t", {"character": other}, message, [], False, None, {}, "action_listen")
    assert verdict("related:mother", tracker)[0] is None  # "she" is not him: undecided, never a guess


def test_a_relative_with_more_said_is_no_pointed_claim(store):
    owner, _ = related_pair(store, "mother")
    text = f"is she {first_name(store, owner)}'s mother's friend from work?"
    result = reading(store, text, "ask_character", [name(text, first_name(store, owner), "character")])
    assert "related:mother" not in values(result, "claim")


# 4. The speaker's own advice is told, not asked; "can you recommend" still asks.
@pytest.mark.parametrize(
    ("text", "told"),
    [
        ("I recommend it", True),
        ("i would definitely recommend it", True),
        ("Honestly I'd recommend watching it when you have a chance.", True),
        ("can you recommend it?", False),
        ("would you recommend it", False),
        ("what would you suggest?", False),
    ],
)
def test_the_speakers_recommendation_is_a_remark_and_one_asked_is_not(store, text, told):
    assert (reading(store, text, "ask_fact").intent == REMARK) is told


# 6. "do you like <a>?": the assistant's taste, no description of <a> to check.
@pytest.mark.parametrize("text", ["{a}, do you like him?", "What about {a}, did you like her?"])
def test_the_assistants_liking_is_no_description_claim(store, text):
    hero = first_name(store, lead_character(store, "he"))
    text = text.format(a=hero)
    result = reading(store, text, "ask_character", [name(text, hero, "character")])
    assert not [c for c in values(result, "claim") if c.startswith("describes:")]


@pytest.mark.parametrize(
    ("text", "asked"),
    [("do you like him", True), ("did u enjoy her?", True), ("does she like him", False), ("i like him", False)],
)
def test_the_assistants_liking_asked(text, asked):
    assert film_talk.assistants_liking_asked(_Words.of(text).words) is asked


# 7. An author is the novel's: "is she the book author as well?".
@pytest.mark.parametrize(
    "text", ["Is she the book author as well?", "is he the author?", "was she the author of the novel too?"]
)
def test_an_author_is_the_novels(store, text):
    writer = store.crew["screenplay"].people[0]
    details = stated_claims.details_said(text, [], [], [], store, [], writer)
    assert details == [("credit", f"novel_author/{writer}")]


def test_a_screenplay_writer_stays_the_screenplays(store):
    writer = store.crew["screenplay"].people[0]
    details = stated_claims.details_said("did she write the script too?", [], [], [], store, [], writer)
    assert ("credit", f"screenplay/{writer}") in details
    assert tags(reading(store, "who wrote the book?", "ask_novel")).get("claim") is None


def test_a_full_name_the_reader_left_untagged_is_whom_the_pronoun_means(store, domain):
    """ "have you seen it with <an actor>?" (read as the reviews, the name left untagged), then "who does he
    play?": the actor written in the previous question, when the pronoun fits only them."""
    hero = lead_character(store, "he")
    actor = store.actor_of(hero)[0].actor
    earlier = {"intent": {"name": "ask_fact"}, "entities": [{"entity": "topic", "value": "reviews"}]}
    message = {"text": "who does he play?", "intent": {"name": "ask_person", "confidence": 0.99}, "entities": []}
    events = [
        {"event": "user", "text": f"have you seen it with {store.people[actor].name}?", "parse_data": earlier},
        {"event": "action", "name": "action_fact"},
        {"event": "user", "text": "who does he play?", "parse_data": message},
    ]
    tracker = Tracker("test", {}, message, events, False, None, {}, "action_listen")
    said = run(ActionPerson(), tracker, domain)
    assert "utter_ask_who" not in said


def test_a_relative_with_a_play_word_keeps_its_reading(store):
    """ "<a>'s father, played by <b>, died how?": the classifier's other work with a play word is not moved to who
    plays the father (the rules below read it as the character's story)."""
    owner, father = related_pair(store, "father")
    actor = store.people[store.actor_of(father)[0].actor].name
    text = f"{first_name(store, owner)}'s father in the film, played by {actor}, died in what way?"
    assert reading(store, text, "ask_other_work").intent != "ask_who_plays"
