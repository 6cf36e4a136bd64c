"""Round 11 of the question reader, the lead's rules (issue 10): what a request recommends, a work slot
addressed to the assistant, a request about one character, and a polite request that is no yes/no.

Phrasings here are other than the held-out set's: the rules must hold for the structure. Reader tests are
Rasa-free, with entities as the entity rules would find them. People and characters come from the store.
"""

from __future__ import annotations

import pytest
from rasa_sdk import Tracker

from actions.story import ActionAffirm, ActionEnding, ActionNoSpoilers, ActionSpoilersOk
from bot.understanding.reading import OUT_OF_SCOPE
from tests.reading_helpers import name, reading, responses_of, values


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


# 6. The project's own training examples that the reader used to override wrongly (the classifier was right).
@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("please turn off spoilers", "no_spoilers"),  # a setting of the assistant, no device's
        ("switch spoilers on", "spoilers_ok"),
        ("how does this work?", "help"),  # how to use the assistant, not how something works
    ],
)
def test_settings_and_help_are_not_everyday_topics(store, text, intent):
    assert reading(store, text, intent).intent != OUT_OF_SCOPE


def test_how_something_else_works_is_still_another_topic(store):
    assert reading(store, "how does a dishwasher work", "help").intent == OUT_OF_SCOPE


@pytest.mark.parametrize("text", ["what's the film about, in short?", "what is the movie about in a few words"])
def test_a_stranded_about_describes_no_other_film(store, text):
    assert reading(store, text, "ask_plot").intent != OUT_OF_SCOPE


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("no spoilers please, we will watch it tonight", "no_spoilers"),
        ("tell me the premise before i watch it", "ask_plot"),
    ],
)
def test_the_speakers_own_watching_is_not_asked(store, text, intent):
    assert reading(store, text, intent).intent in (None, intent)


def test_where_to_watch_is_still_asked_by_the_speaker(store):
    result = reading(store, "where can i watch it", "ask_plot")
    assert result.intent == "ask_where_to_watch"


def test_everyone_but_the_one_named_is_the_cast(store):
    actor = lead_actor(store)
    for template in ("other than {}, who is in it", "aside from {} who is in the cast"):
        text = template.format(actor)
        assert reading(store, text, "ask_person", [name(text, actor, "person")]).intent == "ask_cast"


def test_the_deal_with_a_character_is_about_them(store):
    who = lead_character(store)
    text = f"what's the deal with {who}?"
    result = reading(store, text, "ask_character", [name(text, who, "character")])
    assert result.intent in (None, "ask_character")


def test_the_head_of_a_name_is_still_asked(store):
    actor = lead_actor(store)
    text = f"what is the academic degree of {actor}?"
    result = reading(store, text, "ask_person", [name(text, actor, "person")])
    assert result.intent == "ask_fact"  # the unknown head: "I don't know <X>'s academic degree"


def test_what_kinda_asks_the_kind(store):
    who = lead_character(store)
    text = f"what kinda person is {who}"
    result = reading(store, text, "ask_character", [name(text, who, "character")])
    assert result.intent in (None, "ask_character")


@pytest.mark.parametrize(
    ("text", "intent", "expected"),
    [
        ("who was behind the camera?", "ask_fact", "ask_director"),
        ("can we watch it in english", "ask_where_to_watch", "ask_language"),
        ("小学生でも見られる？", "ask_rating", "ask_rating"),  # not where to watch
    ],
)
def test_words_that_name_another_attribute_than_their_neighbours(store, text, intent, expected):
    assert (reading(store, text, intent).intent or intent) == expected


def test_making_up_is_no_make_up(store):
    names = [c.name.split()[0] for c in list(store.characters.values())[:2]]
    text = f"do {names[0]} and {names[1]} make up in the end"
    entities = [name(text, n, "character") for n in names]
    assert "costumes" not in values(reading(store, text, "ask_ending", entities), "attribute")


def test_the_story_of_two_characters_is_the_films(store):
    a, b = (store.characters[c.character].name.split()[0] for c in store.cast[:2])
    text = f"what's the story of {a} and {b}"
    entities = [name(text, a, "character"), name(text, b, "character")]
    assert reading(store, text, "ask_plot", entities).intent in (None, "ask_plot")


# 7. A short word with its vowel left out is a typo of a known word, never another work's title.
def test_a_vowel_dropped_typo_is_no_title(store):
    assert reading(store, "whos in the cst", "ask_cast").intent != OUT_OF_SCOPE


def test_a_short_title_with_vowels_is_still_another_work(store):
    assert reading(store, "who's in the cast of the movie jaws", "ask_cast").intent == OUT_OF_SCOPE


# 8. Found by `make eval --training` after the merge: the owner rule (nlu44) and the book's yes/no (nlu43)
#    overrode three training examples the classifier had right.
@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("does anyone die?", "ask_ending"),  # someone in the story owns no other topic
        ("will someone die in the end", "ask_ending"),
        ("where does that information come from", "ask_source"),  # the assistant's own answer
    ],
)
def test_story_people_and_the_answers_own_no_other_topic(store, text, intent):
    assert reading(store, text, intent).intent != OUT_OF_SCOPE


@pytest.mark.parametrize("text", ["is there a book version", "is there a book version of it?"])
def test_a_book_version_is_the_book(store, text):
    assert values(reading(store, text, "ask_novel"), "claim") == ["novel:book"]


# 9. Found in the fresh clone's shell chat: after a refusal about another film, "turn off spoilers" was refused
#    as a follow-up about that film. A setting or an acknowledgement asks nothing of a subject.
@pytest.mark.parametrize(
    ("action", "text", "response"),
    [
        (ActionNoSpoilers(), "turn off spoilers", "utter_spoilers_off"),
        (ActionSpoilersOk(), "spoilers are fine", "utter_spoilers_on"),
        (ActionAffirm(), "ok", "utter_affirm_ack"),
    ],
)
def test_a_setting_after_a_refusal_about_another_film_is_still_set(domain, action, text, response):
    refused = {"event": "action", "name": "action_out_of_scope"}
    asked = {
        "event": "user",
        "text": "who directed <X>?",
        "parse_data": {"text": "who directed <X>?", "other_subject": "x"},
    }
    latest = {"text": text, "intent": {"name": "x"}, "entities": []}
    tracker = Tracker(
        "t", {}, latest, [asked, refused, {"event": "user", "text": text, "parse_data": latest}], False, None, {}, ""
    )
    assert responses_of(action, tracker, domain) == [response]


def test_a_question_after_a_refusal_about_another_film_is_still_refused(domain):
    refused = {"event": "action", "name": "action_out_of_scope"}
    asked = {
        "event": "user",
        "text": "who directed <X>?",
        "parse_data": {"text": "who directed <X>?", "other_subject": "x"},
    }
    latest = {"text": "how does it end", "intent": {"name": "ask_ending"}, "entities": []}
    tracker = Tracker(
        "t",
        {},
        latest,
        [asked, refused, {"event": "user", "text": "how does it end", "parse_data": latest}],
        False,
        None,
        {},
        "",
    )
    assert responses_of(ActionEnding(), tracker, domain) == ["utter_out_of_scope"]


# 10. The assistant's answers named as the thing that comes from somewhere: their sources, never the film's origin.
@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("where does this data come from?", "ask_language"),
        ("where did you find that info", "out_of_scope"),
        ("how do you know those facts?", "ask_fact"),
    ],
)
def test_where_the_answers_come_from_asks_for_the_sources(store, text, intent):
    assert reading(store, text, intent).intent == "ask_source"


def test_where_the_film_comes_from_is_still_its_origin(store):
    assert reading(store, "where does the movie come from?", "ask_language").intent != "ask_source"
