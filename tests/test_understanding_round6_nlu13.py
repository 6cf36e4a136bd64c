"""Round 6 of the question reader, nlu13 (issue 10): questions about the story world.

Which noun is asked about ("the name of <X>" asks X's name), a character's attribute the store does
not hold is not known (never their whole description), the story's time is not the film's release
date or runtime, and a definition question is not a title question. Phrasings here are other than
the probes' (tests/nlu/probes_round6_nlu13.yml). Names come from the store.
"""

from __future__ import annotations

import asyncio

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions.people import ActionCharacter, story_detail
from actions.topics import ActionFact
from tests.conftest import Turn, tracker
from tests.reading_helpers import name, reading, tags


def first_name(store, character_id: str) -> str:
    return store.characters[character_id].name.split()[0]


def asked_words(text: str, result) -> list[str]:
    return [text.lower()[e["start"] : e["end"]] for e in result.entities if e["entity"] == "attribute"]


# 1. "the name of <X>": X is what is asked about, not the film's title
@pytest.mark.parametrize(
    ("text", "head"),
    [
        ("what's the name of the cafe they go to?", "cafe"),
        ("what was the name of the school in the film?", "school"),
        ("tell me the title of the picture on the poster", None),  # no wh-question: the classifier's
    ],
)
def test_the_name_of_an_unknown_thing_is_not_known(store, text, head):
    result = reading(store, text, "ask_title")
    if head is None:
        assert result.intent is None
    else:
        assert result.intent == "ask_fact"
        assert asked_words(text, result) == [head]


def test_only_a_name_owns_the_thing_named(store):
    # "the song" is a credit, not the owner of what follows: the song's name is the theme song's
    text = "what was the name of the song played over the credits?"
    song = {"entity": "crew_role", "value": "song", "start": text.index("song"), "end": text.index("song") + 4}
    assert "asked" not in tags(reading(store, text, "ask_crew", [song])).values()


def test_the_name_of_a_characters_thing_is_asked_with_its_owner(store):
    owner = first_name(store, "ayaka_miura")
    text = f"what is the name of {owner}'s school?"
    result = reading(store, text, "ask_character", [name(text, owner, "character")])
    assert result.intent == "ask_fact"
    assert asked_words(text, result) == ["school"]


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("what is the name of the composer?", "ask_crew"),
        ("what's the name of the film in japanese?", "ask_title"),
        ("what is the name of the ending song?", "ask_crew"),
        ("what is the name of the book it is based on?", "ask_novel"),
    ],
)
def test_the_name_of_something_known_is_left_to_its_answer(store, text, intent):
    result = reading(store, text, intent)
    assert result.intent in (None, intent)
    assert "attribute" not in tags(result) or tags(result)["attribute"] != "asked"


# 2. A character's time is the story's, not the film's release date or runtime
def test_a_year_in_a_characters_story_is_not_the_release_date(store):
    who = first_name(store, "natsumi_hayasaka")
    text = f"which year was {who} born in the story?"
    result = reading(store, text, "ask_release_date", [name(text, who, "character")])
    assert result.intent == "ask_fact"
    text = f"in what year did {who} start high school?"
    result = reading(store, text, "ask_release_date", [name(text, who, "character")])
    assert (result.intent, tags(result).get("attribute")) == ("ask_fact", "release_date")


def test_the_film_named_with_a_character_keeps_its_release_date(store):
    who = first_name(store, "ayaka_miura")
    text = f"when did the movie with {who} come out?"
    assert reading(store, text, "ask_release_date", [name(text, who, "character")]).intent is None


def test_how_long_in_the_story_is_not_the_runtime(store):
    who = first_name(store, "ayaka_miura")
    text = f"how long had {who} been friends with her?"
    result = reading(store, text, "ask_runtime", [name(text, who, "character")])
    assert result.intent == "ask_fact"
    # "how long" only frames another attribute: the time left to live is held
    text = f"how long did {who} have to live?"
    assert tags(reading(store, text, "ask_character", [name(text, who, "character")])).get("attribute") is None
    assert reading(store, "how long was the film?", "ask_runtime").intent is None


# 3. A character's attribute is named to the action, which reads it from the store or does not know
@pytest.mark.parametrize(
    ("text", "key"), [("where does {who} stay at?", "residence"), ("what job has {who} got", "occupation")]
)
def test_a_characters_attribute_is_tagged_for_the_action(store, text, key):
    who = first_name(store, "eri")
    text = text.format(who=who)
    result = reading(store, text, "ask_character", [name(text, who, "character")])
    assert tags(result)["attribute"] == key


def test_the_speakers_own_life_is_not_asked(store):
    result = reading(store, "we live in canada, can we stream it there?", "ask_where_to_watch")
    assert "residence" not in tags(result).values()
    # a bare "live" asks where someone lives only in a where-question
    assert "residence" not in tags(reading(store, "is the film live action?", "ask_genre")).values()


def test_story_detail_reads_the_store_text_about_the_character(
    store,
):
    lexicon_evidence = ("lives", "live with", "home")
    found = story_detail("akito_hayasaka", lexicon_evidence)
    assert found is not None and "lives" in found[0]
    assert story_detail("shigemi_hayasaka", ("nurse", "job", "works")) is None  # no job in the store
    # another character's sentence is not theirs: "<her> mother is ... a nurse" is the mother's job
    assert story_detail("haruna_sakurai", ("nurse",)) is None
    # a family name shared with others names none of them
    assert story_detail("kazuki_hayasaka", ("painter",)) is None


def test_the_character_action_answers_or_does_not_know(domain, store):
    who = store.characters["akito_hayasaka"].name
    residence = {"character": who, "attribute": "residence"}
    lives = Turn(ActionCharacter(), domain, text=f"who does {who} live with", entities=residence)
    assert lives.responses == ["utter_character_detail"]
    # "where does he live?" asks a place, which "lives with his family" does not say (round 46)
    where = Turn(
        ActionCharacter(), domain, text=f"where does {who} live", entities={"character": who, "attribute": "residence"}
    )
    assert where.responses == ["utter_dont_know_subject_attribute"]
    mother = store.characters["shigemi_hayasaka"].name
    job = Turn(
        ActionCharacter(),
        domain,
        text=f"what is {mother}'s job",
        entities={"character": mother, "attribute": "occupation"},
    )
    assert job.responses == ["utter_dont_know_subject_attribute"]


# 4. A definition question is not a title question
@pytest.mark.parametrize(
    ("text", "defined"),
    [
        ("what does the word melodrama mean?", "melodrama"),
        ("what is the meaning of tearjerker", "tearjerker"),
    ],
)
def test_a_definition_names_the_word_defined(store, text, defined):
    result = reading(store, text, "ask_title")
    assert result.intent == "ask_fact"
    assert asked_words(text, result) == [defined]


@pytest.mark.parametrize("text", ["what does the english title mean?", "what does yomeboku mean", "what do you mean?"])
def test_the_titles_meaning_and_no_definition_are_left_alone(store, text):
    assert reading(store, text, "ask_title").intent is None


def test_a_definition_of_a_word_of_the_story_is_not_refused(store):
    # "teen tearjerker" is one of the film's genres in the store
    assert reading(store, "what's the meaning of tearjerker?", "out_of_scope").intent == "ask_fact"
    assert reading(store, "what does serendipity mean?", "out_of_scope").intent in (None, "out_of_scope")
    assert reading(store, "what does love mean?", "out_of_scope").intent in (None, "out_of_scope")


def test_a_definition_not_held_names_the_word(domain):
    asked = Turn(ActionFact(), domain, text="what does melodrama mean", entities={"attribute": "meaning"})
    assert asked.responses == ["utter_dont_know_meaning"]


# 5. A place or a time in a character's story is not their description
@pytest.mark.parametrize(
    ("text", "key"),
    [("where did {who} grow up?", "story_place"), ("when did {who} first go to hospital", "story_duration")],
)
def test_where_and_when_in_a_characters_story_are_not_known(store, text, key):
    who = first_name(store, "ayaka_miura")
    text = text.format(who=who)
    result = reading(store, text, "ask_character", [name(text, who, "character")])
    assert (result.intent, tags(result)["attribute"]) == ("ask_fact", key)


def test_where_is_a_character_is_left_to_the_description(store):
    who = first_name(store, "ayaka_miura")
    text = f"where is {who} from?"
    assert reading(store, text, "ask_character", [name(text, who, "character")]).intent is None


# 6. A thing asked about a character is read from the store's text when it is there, with a name when
# "the name of" it is asked; otherwise not known
def asked_turn(domain, text: str, who: str, asked: str) -> list[str]:
    """ActionFact's responses to a message whose `asked` words the reader tagged, about a character."""
    start = text.index(asked)
    message = tracker(text=text)
    message.latest_message["entities"] = [
        {"entity": "character", "value": who},
        {"entity": "attribute", "value": "asked", "start": start, "end": start + len(asked)},
    ]
    dispatcher = CollectingDispatcher()
    asyncio.run(ActionFact().run(dispatcher, message, domain))
    return [m.get("response") for m in dispatcher.messages]


def test_a_thing_in_the_story_text_is_answered_from_it(domain, store):
    who = store.characters["akito_hayasaka"].name
    text = f"which exhibition did {who} hope to get into"
    assert asked_turn(domain, text, who, "exhibition") == ["utter_character_detail"]


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("what is the name of the hospital {who} is in", "hospital"),  # a hospital, but no name for it
        ("what kind of gift did {who} get", "gift"),  # "gifted" is not a gift
    ],
)
def test_a_thing_not_in_the_story_text_is_not_known(domain, store, text, asked):
    who = store.characters["haruna_sakurai"].name
    text = text.format(who=who)
    assert asked_turn(domain, text, who, asked) == ["utter_dont_know_subject_attribute"]


def test_a_characters_name_defined_is_theirs_even_without_an_apostrophe(store):
    who = first_name(store, "natsumi_hayasaka").lower()
    result = reading(store, f"what does {who}s name mean", "ask_title")
    assert result.intent == "ask_character"
    assert tags(result)["character"] == store.characters["natsumi_hayasaka"].name
    assert tags(result)["attribute"] == "meaning"
