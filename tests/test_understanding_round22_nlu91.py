"""Round 22, nlu91: a yes/no question always gets its verdict first, or an honest "I don't know <whether ...>".

The polar form is read once, for every reading (bot/understanding/polar_form.py), and checked after every reader
(bot/understanding/reading.py, _polar_form_checked). Phrasings are mine or the grid's; names come from the store.
"""

from __future__ import annotations

import pytest

from actions.film_facts import ActionRuntime
from actions.topics import ActionFact
from bot.understanding import polar_form
from bot.understanding.lexicon import default_lexicon
from bot.understanding.reading import OPEN_CLAIM, OPEN_CLAIM_WITH_CARD, UNHELD_CLAIM_INTENT
from tests.reading_helpers import reading, run, tags


def statement(text: str) -> str | None:
    found = polar_form.polar_question(text, default_lexicon().yes_no_openers, ("drawing closer", "the movie"))
    return found.statement if found is not None else None


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("is it in black and white?", "it is in black and white"),
        ("would kids like it?", "kids would like it"),
        ("I loved the trailer. is it good for a date night?", "it is good for a date night"),
        ("Is the movie in 3d?", "the movie is in 3d"),
        ("is the movie drawing closer a remake", "the movie drawing closer is a remake"),
        ("is it a remake or not?", "it is a remake"),
        ("It's a standalone movie, isn't it?", "it's a standalone movie"),
        ("it's in black and white, right?", "it's in black and white"),
        ("can I watch it with my grandma?", "you can watch it with your grandma"),
    ],
)
def test_the_polar_form_gives_the_claim_as_a_statement_in_the_users_words(text, said):
    assert statement(text) == said


@pytest.mark.parametrize(
    "text",
    [
        "can you tell me the plot?",
        "could you list the cast?",
        "do you know who directed it?",
        "could I ask when it came out?",
        "do you like it?",
        "have you seen it?",
        "is she?",
        "did it really?",
        "who directed it?",
        "is it sad? who directed it?",
    ],
)
def test_requests_questions_to_the_assistant_follow_ups_and_two_questions_are_not_polar(text):
    """A request in a yes/no form is a wh-question; "is she?" belongs to the conversation; two questions are each
    read by their own readers."""
    assert statement(text) is None


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("is it good for a date night?", "goodbye"),  # "Bye!" answers nothing
        ("would kids like it?", "ask_character"),  # "who do you mean?" with nobody named
        ("is it a film for the whole family?", "ask_character"),
        ("is it in black and white?", "nlu_fallback"),  # "didn't get that"
        ("Is the movie in black and white?", "out_of_scope"),  # a refusal of a question about this film
    ],
)
def test_a_polar_question_answered_by_no_card_is_left_open(store, text, intent):
    result = reading(store, text, intent)
    assert result.intent == UNHELD_CLAIM_INTENT
    assert tags(result)["claim"].startswith(f"{OPEN_CLAIM}:")


def test_the_classifiers_card_alone_follows_the_open_claim_as_context(store):
    """ "is it in 3d?" with the release date's card chosen by the classifier alone: "I don't know" first, the card
    after it; no word of the claim names another attribute."""
    result = reading(store, "It looks pretty good.  Is it in 3d?  I haven't seen it yet.", "ask_release_date")
    assert result.intent == "ask_release_date"
    assert tags(result)["claim"] == f"{OPEN_CLAIM_WITH_CARD}:it is in 3d"


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("does it have a happy ending?", "ask_ending"),  # the card its words name decides it
        ("can you tell me the plot?", "ask_plot"),
        ("are there spoilers?", "spoilers_ok"),
        ("is the weather nice today?", "out_of_scope"),
        ("is there a sequel?", "ask_fact"),
    ],
)
def test_readings_that_answer_what_is_asked_are_kept(store, text, intent):
    result = reading(store, text, intent)
    assert not any(str(e["value"]).startswith(OPEN_CLAIM) for e in result.entities)


@pytest.mark.parametrize(("said", "genre"), [("a chick flick", "romance"), ("a weepie", "tearjerker")])
def test_another_name_of_a_genre_is_decided_from_the_stores_genres(store, said, genre):
    """The vocabulary's genre words (never Python) decide "is it a chick flick?" against the store's genres."""
    assert any(genre in str(g).lower() for g in store.film["genres"].value)
    result = reading(store, f"is it {said}?", "ask_genre")
    assert tags(result)["claim"] == f"genre:{genre}"


def test_the_action_says_it_does_not_know_the_claim_in_the_users_words(store, domain):
    text = "would kids like it?"
    claim = {"entity": "claim", "value": f"{OPEN_CLAIM}:kids would like it", "start": 0, "end": len(text) - 1}
    said, messages, _ = run(ActionFact(), domain, text, [claim])
    assert said == ["utter_dont_know_whether"]
    assert messages[0]["asked"] == "kids would like it"


def test_the_action_gives_the_card_after_the_open_claim(store, domain):
    text = "is it long?"
    claim = {"entity": "claim", "value": f"{OPEN_CLAIM_WITH_CARD}:it is long", "start": 0, "end": len(text) - 1}
    said, _, _ = run(ActionRuntime(), domain, text, [claim], intent="ask_runtime")
    assert said[0] == "utter_dont_know_whether"
    assert len(said) > 1 and said[1] != "utter_dont_know_whether"


@pytest.mark.parametrize(("text", "intent"), [("is that all?", "goodbye"), ("is that right?", "affirm")])
def test_a_yes_no_question_about_the_conversation_keeps_its_social_reply(store, text, intent):
    result = reading(store, text, intent)
    assert not any(str(e["value"]).startswith(OPEN_CLAIM) for e in result.entities)


@pytest.mark.parametrize(
    "text",
    [
        "is she the one who plays the lead?",  # a wh-clause inside
        "is there someone else you work for",  # the assistant asked
        "i think you said he also starred in another drama, right?",
    ],
)
def test_a_wh_clause_or_the_assistant_inside_is_no_polar_claim(text):
    assert statement(text) is None


def test_a_persons_pronoun_keeps_the_conversations_person(store):
    """ "is she in any other movies?" with nobody named: the conversation's person (the action resolves "she")."""
    result = reading(store, "is she in any other movies?", "ask_other_work")
    assert not any(str(e["value"]).startswith(OPEN_CLAIM) for e in result.entities)


def test_it_alone_is_not_this_film_for_a_refused_question(store):
    assert reading(store, "will it rain tomorrow", "out_of_scope").intent in (None, "out_of_scope")


def test_a_detail_of_the_film_said_is_decided_by_the_action(store):
    """ "is <the title> a pixar movie?": the studio, a detail the action checks (stated_claims.details_said)."""
    result = reading(store, f"is {store.title.lower()} a pixar movie", "ask_fact")
    assert not any(str(e["value"]).startswith(OPEN_CLAIM) for e in result.entities)
