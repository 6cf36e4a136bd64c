"""Evidence for the classifier's intent (issue 10, round 22; bot/understanding/intent_evidence.py).

When the classifier alone chose the intent (the reader kept it and read nothing), a word of the question must be
evidence for it. Phrasings here are other than the probes' (tests/nlu/probes_round22_nlu92.yml); the classifier's
ranking is given by hand, as a message would carry it.
"""

from __future__ import annotations

import pytest
from rasa.shared.nlu.training_data.message import Message

from bot.nlu_frame import QuestionReader
from bot.store import FactStore
from bot.understanding.intent_evidence import default_evidence, evidence_from, example_words, stem
from bot.understanding.lexicon import default_lexicon, tokens


def classified(store: FactStore, text: str, ranking: list[tuple[str, float]], entities: list[dict] | None = None):
    """The intent the reader leaves on a message the classifier ranked so."""
    ranked = [{"name": name, "confidence": confidence} for name, confidence in ranking]
    message = Message(data={"text": text, "intent": ranked[0], "intent_ranking": ranked})
    message.set("entities", entities or [])
    QuestionReader(store, default_lexicon()).process([message])
    return message.get("intent")["name"]


# 1. the table, from the training data -------------------------------------------------------------------------------


def test_a_word_of_one_intent_supports_it_and_a_word_of_every_intent_none():
    evidence = evidence_from(
        {
            "ask_runtime": ["how long is it", "what is the runtime", "how long is the movie"],
            "ask_genre": ["what genre is it", "what kind of movie is it", "genre?"],
            "goodbye": ["bye", "see you", "good night"],
        }
    )
    assert evidence.supporting("ask_runtime", tokens("how long would it run")) == ["how", "long"]
    assert evidence.supporting("ask_genre", tokens("how long would it run")) == []
    # "movie" and "it" point at the film: no evidence of what is asked
    assert evidence.telling(tokens("is it a movie")) == []


def test_annotated_entities_are_evidence_of_their_kind():
    assert example_words("who plays [Akito](character)?") == (["who", "plays", "akito"], ["character"])
    evidence = evidence_from({"ask_who_plays": ["who plays [A](character)"], "ask_plot": ["what happens"]})
    assert "@character" in evidence.supports
    assert "ask_who_plays" in evidence.supports["@character"]


@pytest.mark.parametrize(("word", "same"), [("starred", "star"), ("actors", "actor"), ("ratings", "rating")])
def test_inflections_compare_alike(word, same):
    assert stem(word) == stem(same)


def test_a_typo_of_a_known_word_is_that_word():
    evidence = default_evidence()
    assert evidence.supporting("ask_director", tokens("who is the directr"))
    assert evidence.known_as("shingles") is None


# 2. wired in: an unsupported intent gives way -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "ranking"),
    [
        ("which shop sells cheap tuxedos and ties", [("ask_where_to_watch", 0.8), ("out_of_scope", 0.1)]),
        ("who painted the sistine chapel ceiling", [("ask_cast", 0.7), ("ask_crew", 0.1)]),
    ],
)
def test_a_film_intent_for_words_no_example_uses_is_refused(store, text, ranking):
    assert classified(store, text, ranking) == "out_of_scope"


@pytest.mark.parametrize(
    ("text", "ranking"),
    [
        ("who is the bravest fictional character in the movie", [("ask_cast", 0.9), ("ask_crew", 0.05)]),
        ("what font do the movie's credits use", [("ask_source", 0.6), ("out_of_scope", 0.02)]),
    ],
)
def test_an_unsupported_intent_about_the_film_is_i_dont_know(store, text, ranking):
    assert classified(store, text, ranking) == "ask_fact"


def test_the_next_guess_with_evidence_is_taken(store):
    assert classified(store, "whats the jenre of the film", [("ask_plot", 0.5), ("ask_genre", 0.3)]) == "ask_genre"


@pytest.mark.parametrize(
    ("text", "ranking"),
    [
        ("how long is it", [("ask_runtime", 0.9), ("ask_plot", 0.05)]),
        ("who directed it?", [("ask_director", 0.9), ("ask_crew", 0.05)]),
        ("what is it about?", [("ask_plot", 0.9), ("ask_ending", 0.05)]),
        ("who is the directr", [("ask_director", 0.9), ("out_of_scope", 0.05)]),
        ("who's in it?", [("ask_cast", 0.9), ("ask_who_plays", 0.05)]),
        ("hey there", [("greet", 0.9), ("goodbye", 0.05)]),
        ("hola", [("greet", 0.6), ("affirm", 0.1)]),
        # a word only the talk intents use ("sort" of "what sort of help") tells nothing of what is asked
        ("hey, what sort of film is it?", [("ask_genre", 0.8), ("ask_plot", 0.1)]),
    ],
)
def test_a_supported_intent_or_one_with_nothing_to_judge_is_kept(store, text, ranking):
    assert classified(store, text, ranking) == ranking[0][0]


def test_talk_for_a_question_about_the_film_needs_half_its_words(store):
    ranking = [("deny", 0.6), ("ask_genre", 0.1)]
    assert classified(store, "is the movie nice for a first date with my girlfriend?", ranking) == "ask_fact"
    assert classified(store, "bye, thanks", [("goodbye", 0.9), ("thanks", 0.05)]) == "goodbye"
    # not a question: talk about the film stays talk
    assert classified(store, "it was lovely to speak with you, bye bye", [("goodbye", 0.9)]) == "goodbye"


def test_a_wh_word_is_strong_evidence_for_the_intent_that_uses_it_most():
    evidence = evidence_from(
        {
            "ask_where_to_watch": ["where can i watch it", "where to stream it"],
            "ask_source": ["what is it based on", "where is it from"],
        }
    )
    assert evidence.leading["where"] == {"ask_where_to_watch"}
    words = tokens("where is it with flibber gronk")
    assert not evidence.unsupported("ask_where_to_watch", words)
    assert evidence.unsupported("ask_source", words)


def test_talk_as_the_next_guess_for_a_question_needs_half_its_words(store):
    ranking = [("ask_runtime", 0.5), ("goodbye", 0.4)]
    # (a yes/no frame of the same words is the polar form's to leave open: bot/understanding/polar_form.py)
    assert classified(store, "what about the movie for a quiet night with popcorn?", ranking) == "ask_fact"


@pytest.mark.parametrize("text", ["what is it like?", "what is it lile?"])
def test_words_all_seen_in_training_or_an_ambiguous_typo_leave_the_classifier_its_intent(store, text):
    # every word seen: the classifier weighed them all; "lile" is one typo from like, life and live: no evidence
    assert classified(store, text, [("ask_genre", 0.69), ("ask_language", 0.07)]) == "ask_genre"


def test_a_typo_with_one_neighbour_is_that_word_and_with_several_none():
    evidence = evidence_from({"ask_runtime": ["how long is it"], "ask_plot": ["what is the life of it", "live"]})
    assert evidence.known_as("lonh") == "long"
    assert evidence.known_as("lile") is None and evidence.ambiguous("lile")
    assert not evidence.unseen(["lile"]) and not evidence.new_words(["lile"])
