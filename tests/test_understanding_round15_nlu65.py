"""Round 15 of the question reader, nlu65 (issue 10): opinions said to the bot, and two things in one message.

Phrasings here are other than the probes' (tests/nlu/probes_round15_nlu65.yml): the rules read the structure (a
remark beside clauses that only tell: a judgement, a negated fragment, the speaker's own; a relative clause after
its noun; a memory told). Reader tests are Rasa-free, with the classifier's intent as it went wrong before.
"""

from __future__ import annotations

import pytest

from bot.understanding import asking_parts, film_talk
from bot.understanding.lexicon import tokens
from tests.reading_helpers import name, reading, values

REMARK = "deny"  # the remark's reply (reading.REMARK)


# 1. A remark beside clauses that only tell (no question mark, nothing asked): the social reply, never a fact.
@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("loved it. kinda long in the middle though", "ask_runtime"),
        ("Saw it last week, not as sad as the manga.", "ask_novel"),
        ("we watched it on friday and i honestly don't remember much", "ask_release_date"),
        ("It was amazing. A very quiet kind of film which was beautiful", "ask_genre"),
        ("i remember it was beautiful", "ask_plot"),
        ("I definitely enjoyed the soundtrack", "ask_crew"),
        ("it was good, im a big fan of sad stories", "ask_plot"),
        ("Not much of an ending. Very moving though.", "ask_ending"),
    ],
)
def test_a_remark_with_told_clauses_beside_it_asks_nothing(store, text, intent):
    assert reading(store, text, intent).intent == REMARK


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("I loved it. I'd like to know how long it is", "ask_runtime"),
        ("loved it, i can't remember the director's name", "ask_crew"),
        ("great film. who wrote the score", "ask_crew"),
        ("i liked it. not sure who plays the mom?", "ask_who_plays"),
        ("it was great. it was released in june", "ask_release_date"),
        ("Loved the book. did you read it and was it sad", "ask_novel"),
        ("it looks really good. is it long", "ask_runtime"),
    ],
)
def test_a_clause_that_asks_or_states_a_fact_is_no_remark(store, text, intent):
    assert reading(store, text, intent).intent != REMARK


# 2. The clause rules, Rasa-free.
@pytest.mark.parametrize(
    "text",
    ["not as funny as the trailer", "nothing special", "i am a huge fan", "id watch it again", "kinda slow at times"],
)
def test_a_clause_told_beside_a_remark(text):
    assert film_talk._told_beside(tokens(text))


@pytest.mark.parametrize(
    "text",
    [
        "i'd like to know the runtime",
        "the director is from osaka",
        "id love the details",
        "released in june",
        "was it good",
        "do you think it is sad",
    ],
)
def test_a_clause_that_is_not_told_beside_a_remark(text):
    assert not film_talk._told_beside(tokens(text))


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        ("a gentle movie which was lovely", False),
        ("a novel which was adapted into a film", True),
        ("i remember i cried", False),
        ("i don't remember much", False),
        ("i can't remember the director", True),
        ("which was better", True),
        ("and who was the mother", True),
    ],
)
def test_a_relative_or_a_memory_told_does_not_ask(text, asks):
    assert film_talk._asks(tokens(text)) is asks


# 3. Two things in one message: a clause asking when the film starts or is shown is the release date (it has no
# show times), a person clause read alone is the classifier's person question, "and also get me …" is a request.
@pytest.mark.parametrize(
    "text", ["when does the movie start", "when is it coming out", "when will it be shown", "and when does it begin"]
)
def test_when_the_film_starts_is_its_release(text):
    found = asking_parts.unplaced([w for w in tokens(text) if w != "and"])
    assert found is not None and found.intent == asking_parts.RELEASE_DATE


@pytest.mark.parametrize("text", ["when does akito die", "when does the story start in the book", "when is dinner"])
def test_other_whens_are_not_the_release(text):
    found = asking_parts.unplaced(tokens(text))
    assert found is None or found.intent != asking_parts.RELEASE_DATE


@pytest.mark.parametrize(
    ("text", "intent", "first", "also"),
    [
        ("what kind of film is it and when does it start", "ask_genre", "ask_genre", "ask_release_date"),
        ("how long is the movie and when will it be showing", "ask_runtime", "ask_runtime", "ask_release_date"),
        ("is it on netflix and also get me the director", "ask_director", "ask_where_to_watch", "ask_director"),
    ],
)
def test_every_part_is_answered_in_order(store, text, intent, first, also):
    result = reading(store, text, intent)
    assert (result.intent or intent) == first  # no change keeps the classifier's, the first part
    assert values(result, "also_ask") == [also]


@pytest.mark.parametrize("ask", ["who plays {c} and also is it in cinemas", "who is {c}, and which cinema shows it"])
def test_a_person_clause_keeps_the_classifier_question(store, ask):
    character = next(iter(store.characters.values())).name.split()[0]
    text = ask.format(c=character)
    found = reading(store, text, "ask_who_plays", [name(text, character, "character", character)])
    assert found.intent == "ask_who_plays"
    assert values(found, "also_ask") == ["ask_where_to_watch"]
