"""Round 14 of the question reader, nlu61 (issue 10): every asking part of a message answered or declared
unknown; the conversation judged well is a goodbye; everyday questions that borrow one film word.

Phrasings here are other than the probes' (tests/nlu/probes_round14_nlu61.yml): the rules read the structure (a
request clause the reader cannot place alone; a talk word judged well with nothing asked; a verb with an object of
its own; "for <X>" after reviews; "are you from"). Reader tests are Rasa-free, with the classifier's intent as it
went wrong before; action tests assert response names.
"""

from __future__ import annotations

import pytest

from actions.film_facts import ActionGenre
from actions.topics import ActionFact
from bot.understanding import asking_parts, social
from bot.understanding.lexicon import default_lexicon, tokens
from bot.understanding.reading import beside_another_subject, talk_closing
from tests.reading_helpers import reading, run, values


# 1. A request clause the reader cannot place alone is answered by its structure or declared unknown.
@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("which cinema is closest", asking_parts.WHERE_TO_WATCH),
        ("what's the address of the movie theatre", asking_parts.WHERE_TO_WATCH),
        ("how long does the film last", asking_parts.RUNTIME),
        ("how long will the movie go", asking_parts.RUNTIME),
        ("how much is it", asking_parts.UNHELD),
        ("how much do the tickets cost", asking_parts.UNHELD),
    ],
)
def test_an_unplaced_clause_is_read_by_its_structure(text, intent):
    found = asking_parts.unplaced(tokens(text))
    assert found is not None and found.intent == intent


def test_how_much_asks_the_price_over_its_words():
    found = asking_parts.unplaced(tokens("how much do the tickets cost"))
    assert found is not None and (found.attribute, found.start) == (asking_parts.PRICE, 0)


@pytest.mark.parametrize(("text", "head"), [("is there a poster", "poster"), ("what are the snack options", "snack")])
def test_a_noun_asked_is_declared_unknown_by_name(text, head):
    words = tokens(text)
    found = asking_parts.unplaced(words)
    assert found is not None and found.attribute == asking_parts.ASKED
    assert words[found.start] == head


@pytest.mark.parametrize(
    "text", ["how did it do", "who is she", "and you", "what is this", "what do you think", "what should i know"]
)
def test_a_clause_that_names_nothing_is_left_alone(text):
    assert asking_parts.unplaced(tokens(text)) is None


@pytest.mark.parametrize(
    ("text", "intent", "first", "also"),
    [
        ("what genre is it and which cinema has it", "ask_genre", "ask_genre", "ask_where_to_watch"),
        ("how long does the film last and who directed it?", "ask_director", "ask_runtime", "ask_director"),
        ("what year is it from, and how much?", "ask_release_date", "ask_release_date", "ask_fact"),
    ],
)
def test_every_part_of_a_message_is_answered(store, text, intent, first, also):
    result = reading(store, text, intent)
    assert result.intent == first
    assert values(result, "also_ask") == [also]


def test_the_unknown_part_is_named_by_its_words(store):
    # (round 53 gave the store the poster: a calendar is still a part no source names)
    text = "what year did it come out and is there a calendar"
    result = reading(store, text, "ask_release_date")
    assert "ask_fact" in [result.intent, *values(result, "also_ask")]
    asked = next(e for e in result.entities if e["entity"] == "attribute")
    assert (asked["value"], text[asked["start"] : asked["end"]]) == ("asked", "calendar")


def test_the_genre_and_the_price_are_both_answered(store, domain):
    assert ActionFact().name() == "action_fact"  # the later part's action, found among the loaded actions
    text = "what genre is it and how much are the tickets"
    result = reading(store, text, "ask_genre")
    said, _, _ = run(ActionGenre(), domain, text, result.entities, intent="ask_genre")
    assert said[0] == "utter_genre"
    assert "utter_dont_know_about" in said


# 2. A later sentence about another subject is a part of its own: the film's sentences are still answered.
@pytest.mark.parametrize(
    ("text", "subject", "first", "also"),
    [
        ("who wrote it? where is the cinema located", "located", "ask_crew", "ask_where_to_watch"),
        ("how long is it? who directed titanic?", "titanic", "ask_runtime", "out_of_scope"),
    ],
)
def test_a_sentence_about_another_subject_is_its_own_part(store, text, subject, first, also):
    result = beside_another_subject(text, "out_of_scope", [], subject, store, default_lexicon())
    assert result is not None and result.intent in (first, "ask_director", "ask_screenwriter")
    assert values(result, "also_ask") == [also]


def test_another_subject_in_the_first_sentence_is_left_to_the_guard(store):
    assert (
        beside_another_subject("who directed titanic? is it long?", None, [], "titanic", store, default_lexicon())
        is None
    )


# 3. The conversation judged well, with nothing asked, is a goodbye.
@pytest.mark.parametrize(
    "text",
    [
        "so nice talking with you tonight",
        "really enjoyed our chat",
        "it's been a pleasure chatting with you, take care",
        "ok well, fun convo!",
    ],
)
def test_the_talk_judged_well_is_goodbye(store, text):
    assert reading(store, text, "ask_language").intent == "goodbye"


@pytest.mark.parametrize(
    "text",
    ["was it fun to talk about the ending?", "what do they talk about in the movie", "do they speak english in it"],
)
def test_talk_asked_about_is_no_goodbye(text):
    words = tokens(text)
    assert social.talk_closing([words], default_lexicon()) is None


def test_remarks_before_the_closing_name_no_subject():
    text = "I mostly watch cooking shows. Anyway, lovely chatting with you!"
    assert talk_closing(text, default_lexicon())


# 4. An everyday question that borrows a film word: the word's attribute holds only of the film.
@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("how long does it take to get a passport", "ask_runtime"),
        ("how long does it take to make a sandwich", "ask_runtime"),
        ("how long will it take to get to the airport", "ask_runtime"),
        ("where is portugal", "ask_where_to_watch"),
        ("where's the philippines", "ask_where_to_watch"),
        ("any good reviews for pizza hut", "ask_fact"),
        ("what are the reviews for starbucks like", "ask_fact"),
        ("what sort of rating does the hilton have", "ask_fact"),
        ("what kind of reviews did the sushi bar get", "ask_fact"),
    ],
)
def test_an_everyday_question_is_refused(store, text, intent):
    assert reading(store, text, intent).intent == "out_of_scope"


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("how long does it take to watch it", "ask_runtime"),
        ("where is it streaming", "ask_where_to_watch"),
        ("what are the reviews for it", "ask_fact"),
        ("reviews for the movie?", "ask_fact"),
        ("what kind of reviews did the movie get", "ask_fact"),
        ("what kind of reviews does it have", "ask_fact"),
    ],
)
def test_the_same_words_asked_of_the_film_are_not_refused(store, text, intent):
    assert reading(store, text, intent).intent != "out_of_scope"


@pytest.mark.parametrize("text", ["so where r u from", "which city are you from", "what state are you from originally"])
def test_where_the_assistant_is_from_is_about_the_assistant(store, text):
    assert reading(store, text, "ask_language").intent == "bot_challenge"


def test_where_the_film_is_from_is_not_about_the_assistant(store):
    assert reading(store, "what country is it from", "ask_language").intent != "bot_challenge"


# 5. A noun phrase asked by its question mark alone is a part too, when it names a cinema or a price.
@pytest.mark.parametrize(
    ("text", "intent", "also"),
    [
        ("Who directed it? Nearest cinema?", "ask_director", "ask_where_to_watch"),
        ("What's it about? Cost of a rental?", "ask_plot", "ask_fact"),
    ],
)
def test_a_bare_noun_phrase_asked_is_a_part(store, text, intent, also):
    result = reading(store, text, intent)
    assert also in [result.intent, *values(result, "also_ask")]


@pytest.mark.parametrize("text", ["What genre? Really?", "who directed it? oh nice?"])
def test_a_bare_reaction_asks_nothing(store, text):
    assert values(reading(store, text, "ask_genre"), "also_ask") == []


# 6. A statement that another work was seen makes the message's "it" that work.
@pytest.mark.parametrize(
    "text",
    [
        "I have never seen Groundhog Day, is it funny?",
        "i've actually not watched Pulp Fiction yet, who is in it?",
    ],
)
def test_it_after_another_work_seen_is_that_work(store, text):
    assert reading(store, text, "ask_cast").intent == "out_of_scope"


def test_this_film_seen_is_not_another_work(store):
    result = reading(store, f"I've never seen {store.title}, is it any good?", "ask_cast")
    assert result.intent != "out_of_scope"
