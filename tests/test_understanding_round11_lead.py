"""Round 11 of the question reader, the lead's rules (issue 10): what a request recommends, a work slot
addressed to the assistant, a request about one character, and a polite request that is no yes/no.

Phrasings here are other than the held-out set's: the rules must hold for the structure. Reader tests are
Rasa-free, with entities as the entity rules would find them. People and characters come from the store.
"""

from __future__ import annotations

import pytest

from bot.understanding.reading import OUT_OF_SCOPE
from tests.reading_helpers import name, reading, values


def lead_actor(store) -> str:
    return store.people[store.cast[0].actor].name


def lead_character(store) -> str:
    return store.characters[store.cast[0].character].name.split()[0]


# 1. "recommend" gives way to the other work it is said of; alone, it asks what people thought of the film.
@pytest.mark.parametrize(
    "template",
    [
        "recommend me more movies with {}",
        "could you recommend other films starring {}",
        "can you suggest more stuff featuring {}",
    ],
)
def test_recommending_other_work_asks_for_the_persons_works(store, template):
    text = template.format(lead_actor(store))
    result = reading(store, text, "ask_fact", [name(text, lead_actor(store), "person")])
    assert result.intent == "ask_other_work"
    assert "claim" not in {e["entity"] for e in result.entities}  # a request, no "Yes." before the list


@pytest.mark.parametrize("text", ["would you recommend it?", "do you recommend this movie"])
def test_recommending_the_film_is_its_reviews(store, text):
    result = reading(store, text, "ask_fact")
    assert result.intent in (None, "ask_fact")
    assert "other_work" not in values(result, "attribute")


def test_other_work_in_a_relative_clause_is_no_recommendation_of_it(store):
    text = "would you recommend it to someone who liked other movies"
    result = reading(store, text, "ask_fact")
    assert result.intent != "ask_other_work"


def test_a_yes_no_about_other_work_still_gets_its_yes(store):
    text = f"has {lead_actor(store)} made other movies?"
    result = reading(store, text, "ask_other_work", [name(text, lead_actor(store), "person")])
    assert values(result, "claim") == ["other_work"]


# 2. The assistant owns no work: "your <X>" after a credit is another work's title, unless <X> is a film noun.
@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("who is the director of your name", "ask_director"),
        ("who composed the music for your name", "ask_crew"),
        ("who was the producer of your name?", "ask_crew"),
    ],
)
def test_a_title_addressed_to_the_assistant_is_another_work(store, text, intent):
    assert reading(store, text, intent).intent == OUT_OF_SCOPE


@pytest.mark.parametrize("text", ["who's the director of your movie", "who directed your film?"])
def test_your_film_is_this_film(store, text):
    assert reading(store, text, "ask_director").intent != OUT_OF_SCOPE


# 3. "tell me about <a character>[, <who they are>]" asks who the character is, not the story.
@pytest.mark.parametrize(
    "template",
    [
        "tell me about {}",
        "tell me more about {}, the one in the hospital",
        "what do you know about {}, the painter",
        "tell me a bit about {}",
    ],
)
def test_a_request_about_one_character_asks_who_they_are(store, template):
    who = lead_character(store)
    text = template.format(who)
    assert reading(store, text, "ask_plot", [name(text, who, "character")]).intent == "ask_character"


@pytest.mark.parametrize(
    "template",
    [
        "tell me about {}'s illness",  # an attribute of the character
        "tell me about {}, what happens to them",  # a second question, not an apposition
        "tell me about the story of {}",  # the object is the story
    ],
)
def test_a_request_about_more_than_the_character_is_left_alone(store, template):
    who = lead_character(store)
    text = template.format(who)
    result = reading(store, text, "ask_plot", [name(text, who, "character")])
    assert "who a character is, not only who plays them" not in result.why


# 4. "what's the <attribute> <a clause>": the head is asked; the clause after it only says which one.
@pytest.mark.parametrize(
    "text",
    [
        "what's the language it was filmed in",
        "what is the language the movie was shot in",
        "what language was it filmed in",
    ],
)
def test_the_head_attribute_is_asked_not_the_clause_after_it(store, text):
    words = text.split()
    verb = next(w for w in words if w in ("filmed", "shot"))
    result = reading(store, text, "ask_fact", [name(text, verb, "topic", "filmed")])
    assert result.intent == "ask_language"


# 5. "who is the <a character> you mentioned?": the clause only points back at the conversation.
@pytest.mark.parametrize(
    "template", ["who is the {} you spoke about", "who's {} that you mentioned", "who is this {} we talked about"]
)
def test_a_character_pointed_back_at_is_asked_who_they_are(store, template):
    who = lead_character(store)
    text = template.format(who)
    assert reading(store, text, "ask_plot", [name(text, who, "character")]).intent == "ask_character"


def test_a_clause_that_says_more_than_a_pointer_is_left_alone(store):
    who = lead_character(store)
    text = f"who is the {who} you said dies"
    result = reading(store, text, "ask_plot", [name(text, who, "character")])
    assert "who a character is, not only who plays them" not in result.why
