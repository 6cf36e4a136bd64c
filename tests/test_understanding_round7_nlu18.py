"""Round 7 of the question reader, nlu18 (issue 10): everyday requests and small talk are no film question.

Phrasings here are other than the probes' (tests/nlu/probes_round7_nlu18*.yml): the rules must hold
for the structure (a command verb, a date asked with "now", "how long" with an activity, a bare word
defined, "you" with an identity word). Reader tests are Rasa-free, with the classifier's intent as
it went wrong before; the converse cases keep film questions with the same words answered.
"""

from __future__ import annotations

import pytest

from bot.understanding.reading import OUT_OF_SCOPE, other_subject
from tests.reading_helpers import name, reading


# 1. A command to a device or an assistant, with nothing of this film in it.
@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("play some jazz music", "ask_crew"),
        ("hey can you play songs by queen", "ask_crew"),
        ("set a timer for ten minutes", "ask_fact"),
        ("please turn the kitchen lights on", "nlu_fallback"),
        ("could you remind me to buy milk", "ask_fact"),
        ("roll two dice", "nlu_fallback"),
        ("call my dentist please", "ask_fact"),
    ],
)
def test_a_command_to_an_assistant_is_another_topic(store, text, intent):
    result = reading(store, text, intent)
    assert result.intent == OUT_OF_SCOPE
    assert other_subject(result) is None  # an everyday topic: "who directed it?" next is still this film


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("play the theme song", "ask_crew"),  # the film's own song: answered, not refused
        ("set in tokyo?", "ask_fact"),  # where the story is set, not a command
        ("play it", "ask_where_to_watch"),  # the film
    ],
)
def test_a_command_about_this_film_is_not_refused(store, text, intent):
    assert reading(store, text, intent).intent != OUT_OF_SCOPE


def test_a_command_naming_the_films_people_is_not_refused(store):
    text = "play something with Ren Nagase"
    assert reading(store, text, "ask_other_work", [name(text, "Ren Nagase", "person")]).intent != OUT_OF_SCOPE


# 2. The date, day or time now.
@pytest.mark.parametrize(
    "text",
    ["what's today's date", "what is the date tomorrow", "what day will it be in three days", "what time is it now"],
)
def test_the_date_now_is_another_topic(store, text):
    assert reading(store, text, "ask_release_date").intent == OUT_OF_SCOPE


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("what date did it come out", "ask_release_date"),
        ("is it on netflix now", "ask_where_to_watch"),
        ("what time does it come out today", "ask_release_date"),
    ],
)
def test_the_films_date_is_not_refused(store, text, intent):
    assert reading(store, text, intent).intent != OUT_OF_SCOPE


# 3. How long an activity takes.
@pytest.mark.parametrize(
    "text",
    ["how long does it take to boil an egg", "how long should i bake cookies", "how long to drive to osaka"],
)
def test_how_long_an_activity_takes_is_another_topic(store, text):
    assert reading(store, text, "ask_runtime").intent == OUT_OF_SCOPE


@pytest.mark.parametrize("text", ["how long does it take to watch", "how long is it", "how long did it take to film"])
def test_how_long_the_film_takes_is_not_refused(store, text):
    assert reading(store, text, "ask_runtime").intent != OUT_OF_SCOPE


# 4. A bare word defined that the store never uses.
@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("what does ubiquitous mean", "ask_fact"),
        ("define photosynthesis", "ask_fact"),
        ("what is the definition of irony", "help"),
        ("what does lol stand for", "ask_title"),
    ],
)
def test_a_dictionary_definition_is_another_topic(store, text, intent):
    assert reading(store, text, intent).intent == OUT_OF_SCOPE


@pytest.mark.parametrize(
    "text",
    [
        "what does gerbera mean",  # the store's story uses it ("gerberas")
        "what does the Japanese word hanakotoba mean",  # a term framed as one: left to the story reader
        "what does the title mean",
        "what does that mean",
    ],
)
def test_a_definition_of_a_story_word_is_not_refused(store, text):
    assert reading(store, text, "ask_fact").intent != OUT_OF_SCOPE


# 5. Small talk: questions about the assistant, and "how are you".
@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("what should i call you", "help"),
        ("who built you", "ask_crew"),
        ("where do you come from", "nlu_fallback"),
        ("what's your name", "ask_title"),
        ("who are you", "ask_cast"),
    ],
)
def test_a_question_about_the_assistant_is_the_bot_answer(store, text, intent):
    assert reading(store, text, intent).intent == "bot_challenge"


@pytest.mark.parametrize("text", ["how are you today", "how's it going", "how have you been"])
def test_how_are_you_is_a_greeting(store, text):
    assert reading(store, text, "ask_rating").intent == "greet"


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("do you know the name of the girl", "ask_character"),  # someone else's name
        ("do you know his real name", "ask_person"),  # a pronoun: the person last talked about
        ("can you tell me who made it", "ask_crew"),  # the film's makers
        ("how do you make onigiri", "out_of_scope"),
        ("thank you, you are a real help", "thanks"),
    ],
)
def test_questions_that_are_not_about_the_assistant_keep_their_reading(store, text, intent):
    assert reading(store, text, intent).intent not in ("bot_challenge", "greet")


def test_a_question_about_the_films_people_is_not_small_talk(store):
    text = "how old is Natsuki Deguchi"
    assert reading(store, text, "ask_person", [name(text, "Natsuki Deguchi", "person")]).intent != "bot_challenge"


# 6. Verbs that are nouns of a film question too are commands only before an object.
def test_a_noun_verb_is_a_command_only_before_its_object(store):
    assert reading(store, "book us a room near the station", "ask_novel").intent == OUT_OF_SCOPE
    assert reading(store, "book vs film: which is better?", "ask_novel").intent != OUT_OF_SCOPE


# 7. More definition forms, and the assistant's everyday domains as other topics.
@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("serendipity definition", "ask_runtime"),
        ("what is a spatula", "ask_fact"),
        ("which timezone is sydney in", "ask_language"),
        ("delete my alarms", "goodbye"),
        ("how many calories in a bowl of rice", "ask_fact"),
    ],
)
def test_more_everyday_forms_are_another_topic(store, text, intent):
    assert reading(store, text, intent).intent == OUT_OF_SCOPE


def test_a_story_word_asked_as_a_thing_is_not_refused(store):
    assert reading(store, "what is a tearjerker", "ask_genre").intent != OUT_OF_SCOPE


# 8. The user's own music now, and the assistant's own language.
@pytest.mark.parametrize(
    "text", ["skip to the next track", "what's this tune i'm hearing", "speak spanish please", "switch your language"]
)
def test_the_users_music_and_the_assistants_language_are_another_topic(store, text):
    assert reading(store, text, "ask_crew").intent == OUT_OF_SCOPE


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("where can i hear the theme song", "ask_crew"),
        ("what song plays over the ending credits", "ask_crew"),
        ("what language do they speak in it", "ask_language"),
    ],
)
def test_the_films_music_and_language_are_not_refused(store, text, intent):
    assert reading(store, text, intent).intent != OUT_OF_SCOPE
