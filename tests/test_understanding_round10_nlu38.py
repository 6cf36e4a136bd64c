"""Round 10 of the question reader, nlu38 (issue 10): other films, recommendations and chit-chat.

Phrasings here are other than the probes' (tests/nlu/probes_round10_nlu38*.yml): the rules hold for a structure
(praise of the assistant: "you" + a verb + a word of praise; a wh-word or "the new" before a film noun; a title
the user says they saw or want to see; a capitalised word as a name; a pointer keeps only its own sentence). Reader
tests are Rasa-free, with the classifier's intent as it went wrong before; the converse cases keep questions about
this film, and this film's own names, with the same words.
"""

from __future__ import annotations

import pytest
from rasa.shared.nlu.training_data.message import Message

from bot.nlu_components import OtherSubjectGuard
from bot.nlu_frame import QuestionReader
from bot.scope import OTHER_SUBJECT, Vocabulary, unknown_subject
from bot.understanding import social
from bot.understanding.lexicon import default_lexicon, tokens
from bot.understanding.reading import FILMS_IN_GENERAL, OUT_OF_SCOPE
from tests.reading_helpers import reading

GUARD_CONFIG = {"out_of_scope_intent": "out_of_scope", "unguarded_intents": []}


def the_title(store) -> str:
    return str(store.film["title"].value)


def a_long_given_name(store) -> str:
    """The longest given name the store lists (no name literal in the tests): long enough for a typo of it."""
    return max((person.name.split()[0] for person in store.people.values()), key=len)


# 1. Praise of the assistant is thanked back, whatever the classifier made of it.
@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("you're amazing", "bot_challenge"),
        ("you have been super helpful", "help"),
        ("wow, you did a great job", "nlu_fallback"),
        ("you rock!", "nlu_fallback"),
        ("thank you, you're a lifesaver", "ask_fact"),
        ("you are a genius, sam", "bot_challenge"),
        ("well done, you were really useful", "nlu_fallback"),
        ("i owe you", "nlu_fallback"),
    ],
)
def test_praise_of_the_assistant_is_thanks(store, text, intent):
    assert reading(store, text, intent).intent == "thanks"


@pytest.mark.parametrize(
    "text",
    [
        "are you smart?",  # asked, not said
        "you are not very helpful",  # no praise
        "you're great at what exactly?",  # a question after it
        "is it good? you are clever",  # a question before it
        "you are a bot",  # no word of praise
        "you're welcome",
    ],
)
def test_no_praise_without_its_structure(text):
    assert social.praise(tokens(text), default_lexicon()) is None


def test_praise_naming_the_film_is_left_to_the_reader(store):
    assert reading(store, f"you are great, who directed {the_title(store)}?", "ask_director").intent != "thanks"


# 2. A wh-word before a film noun, or "the new" before a plural, picks among all films: another topic.
@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("which film should we watch tonight", "ask_where_to_watch"),
        ("what movie do you recommend", "ask_fact"),
        ("show me the latest films", "ask_release_date"),
        ("list the current movies please", "ask_fact"),
        ("what's the newest comedy out there", "ask_genre"),
    ],
)
def test_picking_among_all_films_is_another_topic(store, text, intent):
    result = reading(store, text, intent)
    assert result.intent == OUT_OF_SCOPE
    assert FILMS_IN_GENERAL in result.why


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("what movie is this", "ask_title"),  # points at this film
        ("what are the latest movies she was in", "ask_other_work"),  # someone of this film
        ("which film is it based on", "ask_novel"),
    ],
)
def test_a_film_noun_that_points_at_this_film_stays(store, text, intent):
    assert FILMS_IN_GENERAL not in reading(store, text, intent).why


def test_the_title_with_a_wh_word_stays_this_film(store):
    assert FILMS_IN_GENERAL not in reading(store, f"what movie is {the_title(store)}", "ask_fact").why


# 3. A title the user says they saw or want to see is another work; "it" after it is that work.
@pytest.mark.parametrize(
    "text",
    [
        "I'd love to see Spirited Away. Is it on tonight?",
        "i have never watched Grave Of The Fireflies, is it sad",
        "We just saw Totoro",
    ],
)
def test_a_title_the_user_saw_is_another_work(store, text):
    result = reading(store, text, "ask_where_to_watch")
    assert result.intent == OUT_OF_SCOPE
    assert result.why[-1].startswith("another work")


@pytest.mark.parametrize(
    "text",
    [
        "i want to see it again",  # this film
        "i watched frozen",  # a bare word told is no title
        "I saw it on Netflix",
    ],
)
def test_what_the_user_saw_without_a_title_is_not_another_work(store, text):
    assert not any(w.startswith("another work") for w in reading(store, text, "ask_where_to_watch").why)


def test_this_films_title_seen_is_not_another_work(store):
    text = f"I wanted to see {the_title(store)}"
    assert not any(w.startswith("another work") for w in reading(store, text, "ask_where_to_watch").why)


# 4. The scope guard: a capitalised word is a name, known only as itself; a pointer keeps its own sentence.
VOCABULARY = Vocabulary(frozenset("who directed the author of it is good what about a show for was".split()))


def test_a_capitalised_word_is_no_typo_of_a_common_word():
    assert unknown_subject("Do you know who directed Thor?", VOCABULARY, False) == "thor"
    assert unknown_subject("and who directed Odin?", VOCABULARY, False) == "odin"


def test_a_capitalised_close_typo_of_a_known_word_is_known():
    vocabulary = VOCABULARY.including({"japanese", "name"})
    assert unknown_subject("what about the Japanes name", vocabulary, False) is None  # one letter off a long word


def test_lower_case_and_title_case_keep_the_typo_reading():
    assert unknown_subject("who directed thor?", VOCABULARY, False) is None  # "author", misspelt
    assert unknown_subject("Who Directed Thor", VOCABULARY, False) is None  # every word capitalised


def test_a_capitalised_typo_of_this_films_name_is_ours(store):
    name = a_long_given_name(store)
    typo = name[:-1] + ("a" if name[-1] != "a" else "o")
    own = frozenset({name.lower()})
    assert unknown_subject(f"and who directed {typo}?", VOCABULARY, False, (), own) is None


def test_a_pointer_keeps_only_its_own_sentence():
    assert unknown_subject("Is it good? What about a show for Zorro?", VOCABULARY, False) == "zorro"
    assert unknown_subject("What about a show for Zorro? Is it good?", VOCABULARY, False) == "zorro"
    assert unknown_subject("who directed it? is it good", VOCABULARY, False) is None


def guarded(store, text: str, intent: str) -> tuple[str, object]:
    guard = OtherSubjectGuard(GUARD_CONFIG, None, None, VOCABULARY)
    message = Message(data={"text": text, "intent": {"name": intent, "confidence": 0.9}})
    QuestionReader(store, default_lexicon()).process(guard.process([message]))
    return message.get("intent")["name"], message.get(OTHER_SUBJECT)


def test_the_classifiers_refusal_of_another_subject_stands(store):
    # the reader would take "is it available" back as where to watch this film; the guard saw another subject
    assert guarded(store, "Is it available? What about a show for Zorro?", "out_of_scope") == (OUT_OF_SCOPE, "zorro")


def test_a_refusal_with_nothing_unknown_is_left_to_the_reader(store):
    intent, other = guarded(store, "is it good?", "out_of_scope")
    assert other is None
    assert intent == (reading(store, "is it good?", "out_of_scope").intent or OUT_OF_SCOPE)
