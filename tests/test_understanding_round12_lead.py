"""Round 12 of the question reader, the lead's rules (issue 10): a pronoun that names nobody is no other subject,
"it" watched is the film, and a language a version is watched in is the language asked, with no yes or no.

Reader tests are Rasa-free, with the classifier's intent as it went wrong before; the converse cases keep the
refusals and the yes/no questions about the film's own language.
"""

from __future__ import annotations

import pytest
from rasa.shared.nlu.training_data.message import Message

from actions import ages
from bot.nlu_components import OtherSubjectGuard
from bot.nlu_frame import QuestionReader
from bot.scope import OTHER_SUBJECT, Vocabulary
from bot.understanding.lexicon import default_lexicon
from bot.understanding.reading import OUT_OF_SCOPE
from tests.reading_helpers import reading

GUARD_CONFIG = {"out_of_scope_intent": OUT_OF_SCOPE, "unguarded_intents": []}
# The guard learns its words from the training data; these few stand for it.
VOCABULARY = Vocabulary(frozenset("does die at the end who in it is was get sick famous".split()))


def guarded(store, text: str, intent: str) -> tuple[str, object]:
    guard = OtherSubjectGuard(GUARD_CONFIG, None, None, VOCABULARY)
    message = Message(data={"text": text, "intent": {"name": intent, "confidence": 0.9}})
    QuestionReader(store, default_lexicon()).process(guard.process([message]))
    return message.get("intent")["name"], message.get(OTHER_SUBJECT)


# 1. "somebody", "anyone", "everything": nobody named, so no other subject to refuse.
@pytest.mark.parametrize(
    "text",
    ["does somebody die at the end", "does everybody die in the end", "was somebody sick in it", "is nobody famous"],
)
def test_an_indefinite_pronoun_names_no_other_subject(store, text):
    intent, other = guarded(store, text, "ask_ending")
    assert other is None
    assert intent != OUT_OF_SCOPE


def test_an_unknown_name_is_still_another_subject(store):
    assert guarded(store, "does Gandalf die at the end", "ask_ending") == (OUT_OF_SCOPE, "gandalf")


# 2. "it" as what is watched is the film: a country or a language after it asks of the film.
@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("can i watch it in english in the us", "ask_where_to_watch"),
        ("can i see it in french in austria", "out_of_scope"),
        ("could we watch this in spanish in mexico", "ask_where_to_watch"),
    ],
)
def test_a_language_and_a_country_after_the_film_watched_ask_of_the_film(store, text, intent):
    result = reading(store, text, intent)
    assert result.intent == "ask_language"
    assert "claim" not in {e["entity"] for e in result.entities}  # no "No." before the film's language


@pytest.mark.parametrize(
    "text", ["what language do they speak in the us", "what language is spoken in brazil", "which language in peru"]
)
def test_the_language_of_a_country_is_still_another_topic(store, text):
    assert reading(store, text, "ask_language").intent == OUT_OF_SCOPE


# 3. The language a version is watched in: the film's own language, no yes/no (the store holds no versions).
@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("can i see it in french", "ask_language"),
        ("can you watch this in korean", "ask_where_to_watch"),
        ("英語で見られる？", "ask_language"),
        ("英語で観ることはできますか", "ask_where_to_watch"),
        ("韓国語で視聴できる？", "ask_language"),
    ],
)
def test_a_version_watched_in_a_language_asks_the_language_without_a_verdict(store, text, intent):
    result = reading(store, text, intent)
    assert result.intent in (None, "ask_language") and (result.intent or intent) == "ask_language"
    assert "claim" not in {e["entity"] for e in result.entities}


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("is it in english", "language:english"),  # the film's language: yes or no
        ("is the movie in french?", "language:french"),
        ("英語ですか", "language:english"),
    ],
)
def test_the_films_own_language_is_still_a_yes_no_question(store, text, claim):
    result = reading(store, text, "ask_language")
    assert claim in {e["value"] for e in result.entities if e["entity"] == "claim"}


def test_a_service_watched_on_stays_a_platform_question(store):
    result = reading(store, "Netflixで見られる？", "ask_where_to_watch")
    assert (result.intent or "ask_where_to_watch") == "ask_where_to_watch"
    assert any(e["value"].startswith("platform:") for e in result.entities if e["entity"] == "claim")


# 4. An age asked at the film's time with a pronoun is the actor's age then, computed from the birth date.
@pytest.mark.parametrize(
    "text",
    [
        "how old was she when it came out?",
        "how old was he when the movie was released",
        "what age was she when the film premiered",
    ],
)
def test_an_age_at_the_films_release_is_the_persons(store, text):
    result = reading(store, text, "ask_release_date")
    assert result.intent == "ask_fact"
    assert {e["value"] for e in result.entities if e["entity"] == "attribute"} == {"age"}
    assert ages.film_time_asked(text)


@pytest.mark.parametrize("text", ["how old was she when her first single came out", "how old is she"])
def test_other_times_are_not_the_films(text):
    assert not ages.film_time_asked(text)


# 5. The assistant's favourite part of the film: it has none, and says what critics said (never the refusal).
@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("who was your favorite character?", OUT_OF_SCOPE),
        ("which is ur fave scene", OUT_OF_SCOPE),
        ("what's your favourite moment in the film", "ask_plot"),
        ("your favorite song from drawing closer?", "ask_crew"),
    ],
)
def test_the_assistants_favourite_part_of_the_film_is_what_critics_said(store, text, intent):
    result = reading(store, text, intent)
    assert result.intent == "ask_fact"
    assert [e["value"] for e in result.entities if e["entity"] == "topic"] == ["reviews"]


@pytest.mark.parametrize(
    "text", ["what's your favourite food", "what is your favorite color", "do you have a favorite movie"]
)
def test_a_favourite_of_another_kind_is_no_question_of_the_film(store, text):
    assert reading(store, text, OUT_OF_SCOPE).intent in (None, OUT_OF_SCOPE)


def test_the_favourite_asked_is_answered_with_none_then_the_reviews(turn):
    from actions.topics import ActionFact

    said = turn(ActionFact(), text="who was your favorite character?", entities={"topic": "reviews"})
    assert [name for name in said.responses if name != "utter_detail"] == [
        "utter_assistant_has_no_favourite",
        "utter_fact_reviews",
    ]


# 6. "It" and a verb of its effect on the speaker: a remark, told and not asked (never the genre as an answer).
@pytest.mark.parametrize("text", ["it made me cry so much", "that broke my heart", "this really touched me"])
def test_what_the_film_did_to_the_speaker_is_a_remark(store, text):
    assert reading(store, text, "ask_genre").intent == "deny"  # the remark's reply (reading.REMARK)


def test_a_question_after_the_effect_is_still_asked(store):
    assert reading(store, "it made me cry, is the book sadder?", "ask_genre").intent == "ask_novel"


# 7. "<X>'s acting" asks how they played the part only when "acting" heads its phrase (found after the merge).
def test_an_acting_education_is_no_performance(store):
    from bot.understanding import film_talk

    words = ["what", "about", "x", "'s", "acting", "education"]
    assert film_talk.performance_judged(words, (2, 3), liked=False) is None
    assert film_talk.performance_judged(["was", "x", "'s", "acting", "good"], (1, 2), liked=False) == 3
    assert film_talk.performance_judged(["x", "'s", "acting", "?"], (0, 1), liked=False) == 2


# 8. "Was it directed by <a name>?" typed in lower case: the name after "by" ends the yes/no, so it is decided.
@pytest.mark.parametrize(
    "text",
    [
        "was it directed by hirokazu kore-eda",
        "was the movie directed by steven spielberg?",
        "is it directed by bong joon ho",
    ],
)
def test_a_lower_case_name_after_by_in_a_passive_yes_no_is_a_credit_claim(store, text):
    result = reading(store, text, "ask_director")
    claims = [e["value"] for e in result.entities if e["entity"] == "claim"]
    assert len(claims) == 1 and claims[0].startswith("credit_by:director/")


@pytest.mark.parametrize(
    "text", ["was it directed by a woman", "was it directed by someone famous", "who was it directed by"]
)
def test_no_name_after_by_is_no_credit_claim(store, text):
    result = reading(store, text, "ask_director")
    assert not any(str(e["value"]).startswith("credit_by:") for e in result.entities if e["entity"] == "claim")


# 9. The spoiler offer is answered at once or not at all (seen in a fresh clone's chat: "does somebody die at the
# end?" → another question → "you're wrong" got the spoiler-free plot, as if it answered the offer).
def test_another_answer_closes_the_spoiler_offer(turn):
    from actions.crew import ActionDirector

    said = turn(ActionDirector(), text="who directed it?", slots={"spoiler_question_pending": True})
    assert said.slots.get("spoiler_question_pending") is False


def test_the_spoiler_offer_stays_open_only_while_asked(turn):
    from actions.story import ActionEnding

    said = turn(ActionEnding(), text="does anyone die at the end", slots={"spoilers_ok": False})
    assert said.responses == ["utter_spoiler_warning"]
    assert said.slots.get("spoiler_question_pending") is True


@pytest.mark.parametrize(("text", "response"), [("you're wrong", "utter_correction"), ("no", "utter_spoilers_kept")])
def test_a_correction_is_no_answer_to_the_spoiler_offer(turn, text, response):
    from actions.story import ActionDeny

    said = turn(ActionDeny(), text=text, slots={"spoiler_question_pending": True})
    assert said.responses[0] == response
