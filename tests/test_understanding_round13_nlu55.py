"""Round 13 of the question reader, nlu55 (issue 10): people chatting about films - a closing, another film asked
for, a remark beside a question, the question put back to the assistant, "how you are doing".

Phrasings here are other than the probes' (tests/nlu/probes_round13_nlu55.yml): the rules read the structure
(a closing phrase with only formulas around it; a word of recommending or watching with a word of "another"; a
judged subject in a clause of its own; "you?" after a remark). Reader tests are Rasa-free, with the classifier's
intent as it went wrong before; action tests assert response names.
"""

from __future__ import annotations

import pytest

from actions.topics import ActionFact
from bot.understanding import film_talk, social
from bot.understanding.lexicon import default_lexicon, tokens
from tests.reading_helpers import name, reading, values


def lead_actor(store) -> str:
    return store.people[store.cast[0].actor].name


def director(store) -> str:
    return store.people[store.crew["director"].people[0]].name


# 1. A closing: "that's all", "that'll be all", "nothing else" with formulas, praise and what was needed around it.
@pytest.mark.parametrize(
    "text",
    [
        "perfect, that's everything for today",
        "ok that will be all thank you",
        "nothing else, thanks",
        "great thats all i wanted",
        "cool that is all i need",
    ],
)
def test_a_closing_is_goodbye(store, text):
    assert social.closing(tokens(text), default_lexicon()) == "goodbye"
    assert reading(store, text, "ask_source").intent == "goodbye"  # the classifier read "that" as the answer


@pytest.mark.parametrize(
    "text",
    [
        "is that all the cast?",
        "that's all the actors?",
        "that's it, who directed it",
        "nothing else matters",
        "that's all i know about the ending",
    ],
)
def test_a_question_with_all_or_else_is_no_closing(store, text):
    assert social.closing(tokens(text), default_lexicon()) is None


def test_a_closing_the_classifier_took_for_small_talk_is_left_alone(store):
    assert reading(store, "no that's all", "deny").intent is None


# 2. Another film to watch asked for: refused as films in general, whatever the classifier guessed.
@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("got any other recs?", "ask_other_work"),
        ("what else could i watch tonight", "ask_where_to_watch"),
        ("suggest me some more films please", "ask_fact"),
        ("what should i see next", "ask_fact"),
        ("any recommendations", "ask_fact"),
    ],
)
def test_another_film_asked_for_is_refused(store, text, intent):
    assert reading(store, text, intent).intent == "out_of_scope"


def test_a_film_like_this_one_named_is_what_its_sources_liken_it_to(store):
    # (refused as another film until round 56; now the store's comparisons: tests/test_understanding_round56.py)
    assert values(reading(store, f"can you name a movie like {store.title}", "ask_fact"), "topic") == ["similar_works"]


@pytest.mark.parametrize(
    "text",
    [
        "would you recommend it to a friend",
        "where else can i stream it",
        "should i watch it tonight",
        "is it worth seeing",
        "what else should i know about the film",
    ],
)
def test_this_film_recommended_or_watched_is_no_other_film(store, text):
    assert film_talk.another_film_asked(tokens(text), []) is None


def test_liking_this_film_is_no_film_like_it(store):
    # "like" is a verb here, not a likeness of "movie" (found by the loop over earlier probe files)
    assert reading(store, f"{store.title} is a great film i really like it", "ask_fact").intent != "out_of_scope"


def test_other_films_of_someone_named_are_their_works(store):
    actor = lead_actor(store)
    text = f"what else would you recommend with {actor}"
    assert reading(store, text, "ask_other_work", [name(text, actor, "person")]).intent != "out_of_scope"


# 3. A remark naming one of the film's people or a part of it, beside a question: only the question is read.
def test_a_person_judged_beside_a_question_is_no_subject(store):
    actor = lead_actor(store)
    text = f"did you watch it? {actor} was brilliant in it"
    result = reading(store, text, "ask_fact", [name(text, actor, "person")])
    assert "remarks left out: 1" in result.why
    assert [e["value"] for e in result.drop] == [actor]


def test_work_done_well_is_a_remark(store):
    person = director(store)
    text = f"{person} did a great job with the story. who plays the lead?"
    result = reading(store, text, "ask_person", [name(text, person, "person")])
    assert "remarks left out: 1" in result.why


@pytest.mark.parametrize(
    ("text", "intent", "asked"),
    [
        ("the soundtrack was lovely. how long is it?", "ask_fact", "ask_runtime"),
        ("the ending wrecked me 😭 who wrote the novel", "ask_ending", "ask_novel"),  # an emoji ends the clause
    ],
)
def test_a_part_judged_beside_a_question_is_left_out(store, text, intent, asked):
    result = reading(store, text, intent)
    assert "remarks left out: 1" in result.why
    assert (result.intent or intent) == asked


@pytest.mark.parametrize(
    "text",
    [
        "it made me cry, is the book sadder?",  # "it" alone names nothing the question could be taken to ask
        "she was great in it, how old is she?",  # the question points back at the remark
    ],
)
def test_remarks_the_question_needs_stay(store, text):
    assert not any(w.startswith("remarks left out") for w in reading(store, text, "ask_fact").why)


# 4. The question put back to the assistant after a remark: its own view, which it has not (then the critics).
# (Round 8 read "i've seen it twice. you?" as a remark, nothing asked; round 13's brief asks the assistant's
# no-opinion answer for an opinion asked of it, so that case moved here.)
@pytest.mark.parametrize(
    "text", ["i really enjoyed it. you?", "the acting was amazing, what about you?", "i've seen it twice. you?"]
)
def test_a_remark_asked_back_asks_the_assistant(store, text):
    result = reading(store, text, "deny")
    assert result.intent == "ask_fact"
    assert values(result, "topic") == ["reviews"]


def test_a_remark_without_a_question_back_stays_a_remark(store):
    assert reading(store, "i really enjoyed it.", "ask_fact").intent == "deny"


def test_the_assistant_asked_back_says_it_has_not_watched(turn):
    said = turn(ActionFact(), text="it was so good. and you?", entities={"topic": "reviews"})
    assert said.responses[:2] == ["utter_assistant_has_not_watched", "utter_fact_reviews"]


# 5. "How you are doing" asked indirectly is a greeting.
@pytest.mark.parametrize("text", ["i would like to know how you are", "i was wondering how you've been lately"])
def test_how_you_are_asked_indirectly_is_a_greeting(store, text):
    assert reading(store, text, "out_of_scope").intent == "greet"


# 6. What the user does not mind is not asked: "i don't care about <an attribute>" leaves the other question alone.
@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("i do not care about the language, when did it come out", "ask_release_date"),
        ("doesn't matter what language, who directed it", "ask_director"),
    ],
)
def test_an_attribute_not_cared_about_is_not_asked(store, text, asked):
    result = reading(store, text, "ask_language")
    assert result.intent == asked
    assert values(result, "attribute") == []


def test_spoilers_not_minded_stay_a_setting(store):
    assert values(reading(store, "i don't care about spoilers, how does it end", "ask_ending"), "spoilers") == ["yes"]
