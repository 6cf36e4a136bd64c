"""Round 12 of the question reader, nlu48 (issue 10): talk about the conversation itself, and two things in one
message.

Phrasings here are other than the probes' (tests/nlu/probes_round12_nlu48.yml): the rules hold for the
structure (the words of the exchange around one verb or judgement), not for the probes' sentences. Reader tests
are Rasa-free; action tests assert response names.
"""

from __future__ import annotations

import pytest

from actions.conversation import ActionFallback, last_replies
from actions.story import ActionDeny
from bot.understanding.conversation_talk import about_the_conversation, corrects
from bot.understanding.lexicon import tokens
from tests.reading_helpers import name, reading, run, values


# 1. The last answer judged wrong: a word of error, a negated word of truth, what the user meant denied.
@pytest.mark.parametrize(
    "text",
    [
        "nah that's totally wrong",
        "that isn't accurate",
        "this is not what i meant",
        "hmm you misunderstood me",
        "it's not right",
        "i didn't say that",
        "that was a mistake",
        "you've got it wrong",
    ],
)
def test_the_last_answer_judged_wrong(text):
    assert corrects(tokens(text))
    assert about_the_conversation(tokens(text)) == "deny"


@pytest.mark.parametrize(
    "text",
    [
        "is that right?",  # a question, an auxiliary first
        "what's wrong with her",  # a wh-question
        "is the ending wrong",  # about the film
        "what went wrong in the story",
        "that's right",
        "not really",
        "i don't think so",
        "no",
    ],
)
def test_questions_and_plain_answers_judge_nothing(text):
    assert not corrects(tokens(text))


# 2. Say it again: a verb of repeating, of saying with "again", what "you" said, not having heard.
@pytest.mark.parametrize(
    "text",
    [
        "could you repeat the answer",
        "say that one more time please",
        "tell me that again",
        "what were you saying",
        "sorry i didn't hear that",
        "pardon?",
        "i missed that",
    ],
)
def test_asks_for_the_last_answer_again(text):
    assert about_the_conversation(tokens(text)) == "repeat"


@pytest.mark.parametrize(
    "text",
    [
        "tell me again who directed it",  # a question asked again, answered as itself
        "what did you say about the ending",
        "say hi",
        "i didn't hear about the novel",
    ],
)
def test_a_question_said_again_is_no_request_to_repeat(text):
    assert about_the_conversation(tokens(text)) != "repeat"


# 3. Stop, help, bot: verbs of stopping with no object but the exchange; a matter noun with a verb of ability.
@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("forget it", "deny"),
        ("just stop talking please", "deny"),
        ("cancel my last request", "deny"),
        ("ok never mind", "deny"),
        ("which questions are you able to answer", "help"),
        ("what areas can you talk about", "help"),
        ("what can you help me with", "help"),
        ("are you a real person or a robot", "bot_challenge"),
        ("let me know if you're a machine", "bot_challenge"),
    ],
)
def test_stop_help_and_bot(text, intent):
    assert about_the_conversation(tokens(text)) == intent


@pytest.mark.parametrize(
    "text",
    [
        "does he stop painting",  # about someone in the film
        "i don't mind",
        "what kind of movie is it",
        "what topics does the film cover",  # no "you": the film's themes
        "is it real",
    ],
)
def test_the_film_is_no_talk_about_the_conversation(text):
    assert about_the_conversation(tokens(text)) is None


def test_the_film_named_may_stand_in_a_request_for_help(store):
    text = "which topics about the movie can you answer"
    assert reading(store, text, "ask_plot").intent == "help"
    assert reading(store, "stop the movie", "ask_plot").intent != "deny"


# 4. The reader sets the intent whatever the classifier guessed; names keep a message about the film.
@pytest.mark.parametrize(
    ("text", "guess", "intent"),
    [
        ("nope you're wrong", "nlu_fallback", "deny"),
        ("could you say that again", "ask_source", "nlu_fallback"),  # its action repeats
        ("what were you just saying", "out_of_scope", "nlu_fallback"),
        ("what subjects can you answer", "ask_plot", "help"),
    ],
)
def test_the_reader_sets_the_intent(store, text, guess, intent):
    assert reading(store, text, guess).intent == intent


# 5. The actions: an apology for a correction, the acknowledgement for a plain "no"; the last replies again.
def test_deny_apologises_for_a_wrong_answer(domain):
    said, _, _ = run(ActionDeny(), domain, "no, that is not correct", [], intent="deny")
    assert said == ["utter_correction"]
    said, _, _ = run(ActionDeny(), domain, "no thanks", [], intent="deny")
    assert said == ["utter_deny_ack"]


def test_repeat_sends_the_last_replies_again(domain):
    events = [
        {"event": "user", "text": "first"},
        {"event": "bot", "text": "old answer"},
        {"event": "user", "text": "second"},
        {"event": "bot", "text": "answer one"},
        {"event": "bot", "text": "answer two", "data": {"buttons": []}},
    ]
    assert [e["text"] for e in last_replies([*events, {"event": "user", "text": "again"}])] == [
        "answer one",
        "answer two",
    ]
    _, messages, _ = run(ActionFallback(), domain, "say it again", [], intent="nlu_fallback", events=events)
    assert [m.get("text") for m in messages] == ["answer one", "answer two"]


def test_repeat_before_any_answer(domain):
    said, _, _ = run(ActionFallback(), domain, "say it again", [], intent="nlu_fallback")
    assert said == ["utter_nothing_to_repeat"]


# 6. "How much is it?": the film as subject, nothing after it but the clause's end or a purpose: the price,
#    which the store lacks ("I don't know"), answered in its place among the other parts.
@pytest.mark.parametrize(
    ("text", "guess"),
    [
        ("how much is it", "ask_fact"),
        ("how much is the film to rent?", "ask_where_to_watch"),
        ("ok how much is it on netflix and who is in it", "ask_cast"),
        ("how much is this movie, what's the genre", "ask_genre"),
    ],
)
def test_how_much_the_film_is_asks_its_price(store, text, guess):
    result = reading(store, text, guess)
    assert ("attribute", "price") in [(e["entity"], e["value"]) for e in result.entities]


@pytest.mark.parametrize(
    "text",
    ["how much is it rated", "how much is the budget", "how much did it make", "how much is a netflix subscription"],
)
def test_how_much_of_something_else_is_no_price(store, text):
    result = reading(store, text, "ask_fact")
    assert ("attribute", "price") not in [(e["entity"], e["value"]) for e in result.entities]


# 7. The film's attribute asked in a clause of its own, after a clause that names someone: the film's, answered
#    after the named one's question ("I don't know <the character's> runtime" was the answer).
@pytest.mark.parametrize(
    ("text", "who", "kind", "film_intent"),
    [
        ("tell me about haruna and what's the runtime", "haruna", "character", "ask_runtime"),
        ("who is akito, and how long is the film", "akito", "character", "ask_runtime"),
        ("who is ren nagase and when was the movie released", "ren nagase", "person", "ask_release_date"),
    ],
)
def test_the_films_attribute_asked_apart(store, text, who, kind, film_intent):
    result = reading(store, text, "ask_character", [name(text, who, kind)])
    assert film_intent in values(result, "also_ask")
    assert result.intent in ("ask_character", "ask_person")


def test_an_attribute_pointing_at_the_one_named_stays_theirs(store):
    text = "who is ren nagase and how old is he"
    result = reading(store, text, "ask_person", [name(text, "ren nagase", "person")])
    assert "ask_runtime" not in values(result, "also_ask")


# 8. A clause read as a fact the store may lack (the price); the one clause left unread is the classifier's.
def test_the_clause_left_unread_is_the_classifiers_question(store):
    result = reading(store, "how much is it? how long does it go on for", "ask_runtime")
    assert values(result, "also_ask") == ["ask_runtime"]
