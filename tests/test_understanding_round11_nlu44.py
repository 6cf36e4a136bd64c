"""Round 11 of the question reader, nlu44 (issue 10): everyday questions and chit-chat, never this film's facts.

Phrasings here are other than the probes' (tests/nlu/probes_round11_nlu44*.yml): the rules hold for a structure
(the owner of the attribute asked: a possessive, "of <X>", the subject between the question's opening and the
attribute; a language named next to a verb of speaking). Reader tests are Rasa-free, with the classifier's intent
as it went wrong before; the converse cases keep questions about this film, its people and its story.
"""

from __future__ import annotations

import pytest

from bot.understanding import countries, owners
from bot.understanding.lexicon import default_lexicon, tokens
from bot.understanding.reading import OUT_OF_SCOPE
from tests.reading_helpers import name, reading


def a_given_name(store) -> str:
    """The longest given name the store lists (no name literal in the tests): long enough for a typo of it."""
    return max((person.name.split()[0] for person in store.people.values()), key=len)


# 1. The attribute asked of something else: a possessive, "of <X>", "for the <X>", the question's subject.
@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("is the bakery's rating any good", "ask_rating"),  # possessive
        ("how old is the pope", "ask_fact"),
        ("what is the runtime of a football match", "ask_runtime"),  # of <X>
        ("whats the genre of that podcast", "ask_genre"),
        ("what's the average rating for the gym", "ask_rating"),  # for + a determiner
        ("do mcdonalds have good reviews", "ask_fact"),  # does <X> have <attribute>
        ("where does the queen live", "ask_fact"),  # the subject before the attribute
        ("what genre is reggae", "ask_genre"),  # after an attribute that opens the question
        ("how long is a marathon", "ask_runtime"),
        ("how long is the summer vacation", "ask_runtime"),  # a length owned by no work (story words own none)
        ("who wrote the bible", "ask_novel"),
        ("when does the pharmacy close", "ask_ending"),  # wh + does + a subject and its verb
        ("what time do the banks open", "ask_release_date"),
    ],
)
def test_an_attribute_of_something_else_is_another_topic(store, text, intent):
    result = reading(store, text, intent)
    assert result.intent == OUT_OF_SCOPE
    assert result.why == ["another topic"]  # a topic, not a work: a follow-up "who directed it?" stays ours


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("what is the rating of the movie", "ask_rating"),  # the film itself
        ("whats the genre of it", "ask_genre"),
        ("how long is the novel", "ask_novel"),  # a part of this film's world
        ("how long is the trailer", "ask_runtime"),
        ("how long is the hospital scene", "ask_runtime"),
        ("what did ya say the runtime was", "ask_runtime"),  # a clause before the attribute, no owner of it
        ("what's the girl's age", "ask_fact"),  # a lead noun
        ("where does the main character live", "ask_character"),
        ("what is the name of the hospital", "ask_fact"),  # a word of the story
        ("what is the basic story", "ask_plot"),  # the attribute's own words, no subject
        ("what did critics think", "ask_fact"),
        ("what is the user rating", "ask_rating"),
        ("how many stars does it have", "ask_rating"),  # "it" points at this film
        ("who is the bus driver", "ask_fact"),  # a role in the story, answered or not known
        ("what is the plto", "ask_plot"),  # a typo, one noun: no subject and verb to read
        ("so what about the run time?", "ask_plot"),  # no question opens before the attribute
        ("what's your age", "bot_challenge"),  # the assistant's own
        ("where do i live", "ask_fact"),  # the speaker's own
        ("who wrot the novle", "ask_novel"),  # a typo inside a word of this film's vocabulary
    ],
)
def test_an_attribute_of_this_film_or_its_world_is_not_refused_as_another_topic(store, text, intent):
    result = reading(store, text, intent)
    assert not (result.intent == OUT_OF_SCOPE and result.why == ["another topic"])


def test_a_name_of_this_film_as_the_owner_keeps_it(store):
    given = a_given_name(store)
    for text in (f"what is {given}'s age", f"where does {given.lower()} live"):
        assert reading(store, text, "ask_fact", [name(text, given, "person")]).intent != OUT_OF_SCOPE
    typo = given.lower()[:-1] + ("y" if not given.lower().endswith("y") else "i")  # one letter off
    assert reading(store, f"where does {typo} live", "ask_fact").intent != OUT_OF_SCOPE


def test_the_classifiers_own_refusal_is_left_to_the_other_rules(store):
    """ "who directed <a title>" refused by the classifier: the reader records no topic of its own, so the
    other-work rules (and a follow-up) still see another work."""
    assert reading(store, "who directed gladiator", OUT_OF_SCOPE).intent is None


def test_the_owner_phrase_names_what_is_asked_of():
    words = tokens("what's the user rating for the old mill inn")
    hits = default_lexicon().find(words, ("attribute", "claim", "film", "relation", "other_topic"))
    assert owners.other_owner(words, hits, lambda i: False, len(words)) == "mill inn"


# 2. A language named next to a verb of speaking: the language is given, not asked.
@pytest.mark.parametrize(
    "text",
    ["which nations speak the french language", "how many people speak portuguese", "where is german spoken"],
)
def test_a_language_spoken_is_another_topic(store, text):
    assert reading(store, text, "ask_language").intent == OUT_OF_SCOPE


@pytest.mark.parametrize(
    "text", ["do the characters speak english", "is the movie in japanese", "what language do they speak"]
)
def test_the_films_language_is_still_asked(store, text):
    assert reading(store, text, "ask_language").intent != OUT_OF_SCOPE


def test_language_spoken_reads_the_verb_and_the_name():
    assert countries.language_spoken(tokens("which countries speak spanish")) == "spanish"
    assert countries.language_spoken(tokens("where is italian spoken")) == "italian"
    assert countries.language_spoken(tokens("what language is it in")) is None
