"""The question reader (bot/understanding), Rasa-free: subject, attribute, form, and the intent check.

Entities are given as the entity rules would find them, so each case shows
exactly which words decide.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.understanding.lexicon import Lexicon, VocabularyError, default_lexicon, tokens
from bot.understanding.reading import read


def name(text: str, words: str, kind: str) -> dict:
    start = text.lower().index(words.lower())
    return {"entity": kind, "value": text[start : start + len(words)], "start": start, "end": start + len(words)}


def reading(store, text: str, intent: str | None = "ask_person", entities: list[dict] | None = None):
    return read(text, intent, entities or [], store, default_lexicon())


def tags(result) -> dict[str, str]:
    return {e["entity"]: e["value"] for e in result.entities}


@pytest.mark.parametrize(
    ("text", "anchor", "relation"),
    [
        ("who plays Akito's father?", "Akito", "father"),
        ("who plays the mother of haruna", "haruna", "mother"),
        ("actress playing akito's little sister?", "akito", "sister"),
        ("does akito have a sister", "akito", "sister"),
    ],
)
def test_a_relation_from_a_named_character_is_tagged(store, text, anchor, relation):
    result = reading(store, text, "ask_who_plays", [name(text, anchor, "character")])
    assert tags(result)["relation"] == relation
    assert result.intent in (None, "ask_who_plays", "ask_character")


def test_a_relation_from_an_untagged_possessive_adds_the_character(store):
    result = reading(store, "who plays akitos dad", "ask_who_plays")
    assert tags(result) == {"relation": "father", "character": "akito"}


def test_a_pronoun_relation_is_left_to_the_conversation(store):
    result = reading(store, "and her mum?", "nlu_fallback")
    assert tags(result) == {"relation": "mother"}
    assert result.intent == "ask_character"


def test_a_relation_of_an_actor_is_about_the_actor_not_the_character(store):
    text = "does natsuki deguchi have a boyfriend"
    result = reading(store, text, "ask_person", [name(text, "natsuki deguchi", "person")])
    assert "relation" not in tags(result)
    assert (result.intent, tags(result)["attribute"]) == ("ask_fact", "dating")


def test_a_role_named_after_a_possessive_is_the_subject(store):
    text = "who is akito's doctor"
    owner, role = name(text, "akito", "character"), name(text, "doctor", "character")
    result = reading(store, text, "ask_character", [owner, role])
    assert result.drop == [owner]


@pytest.mark.parametrize(
    ("text", "person", "attribute"),
    [
        ("how tall is natsuki deguchi", "natsuki deguchi", "height"),
        ("how much did ren nagase get paid", "ren nagase", "salary"),
        ("is ren nagase married", "ren nagase", "married"),
        ("whats mayu yokota's instagram", "mayu yokota", "social_media"),
        ("how old is ren nagase", "ren nagase", "age"),
        ("does natsuki deguchi have kids", "natsuki deguchi", "family"),
        ("what nationality is ren nagase", "ren nagase", "origin"),
        ("is mayu yokota religious", "mayu yokota", "religion"),
    ],
)
def test_an_attribute_the_store_does_not_hold_is_never_answered_with_another(store, text, person, attribute):
    result = reading(store, text, "ask_person", [name(text, person, "person")])
    assert (result.intent, tags(result)["attribute"]) == ("ask_fact", attribute)


@pytest.mark.parametrize(
    ("text", "attribute"),
    [
        ("when is the blu ray coming out", "home_video"),
        ("where is the film set?", "setting"),
        ("who did the costumes", "costumes"),
    ],
)
def test_unheld_film_attributes(store, text, attribute):
    result = reading(store, text, "ask_release_date")
    assert (result.intent, tags(result)["attribute"]) == ("ask_fact", attribute)


def test_the_same_attribute_of_a_character_is_answered_from_the_character(store):
    text = "how old is akito"
    assert reading(store, text, "ask_person", [name(text, "akito", "character")]).intent == "ask_character"


@pytest.mark.parametrize(
    ("text", "wrong", "right"),
    [
        ("what is the main language spoken in the film?", "out_of_scope", "ask_language"),
        ("where can i stream it", "ask_genre", "ask_where_to_watch"),
        ("who helmed it", "ask_cast", "ask_director"),
        ("since when?", "nlu_fallback", "ask_release_date"),
        ("whats the lenght of the film", "ask_plot", "ask_runtime"),
    ],
)
def test_an_intent_that_answers_none_of_the_words_asked_is_replaced(store, text, wrong, right):
    assert reading(store, text, wrong).intent == right


def test_an_intent_that_fits_is_kept(store):
    assert reading(store, "when was it released", "ask_release_date").intent is None


def test_a_crew_verb_adds_the_role_the_answer_needs(store):
    result = reading(store, "who penned the movie?", "nlu_fallback")
    assert (result.intent, tags(result)["crew_role"]) == ("ask_crew", "screenplay")
    assert reading(store, "who wrote the book", "ask_crew").intent is None  # writers of the novel fit


@pytest.mark.parametrize(
    ("text", "claim", "intent"),
    [
        ("is it an anime?", "animated:anime", "ask_genre"),
        ("was it in cinemas?", "theatrical:cinemas", "ask_where_to_watch"),
        ("is it on amazon prime", "platform:amazon", "ask_where_to_watch"),
        ("is it in english", "language:english", "ask_language"),
        ("is it sad?", "genre:tearjerker", "ask_genre"),
        ("havent seen it yet, is it scary?", "genre:horror", "ask_genre"),
        ("any anime in it", "animated:anime", "ask_genre"),
        ("its on netflix right?", "platform:netflix", "ask_where_to_watch"),
    ],
)
def test_yes_no_claims(store, text, claim, intent):
    result = reading(store, text, "ask_genre")
    assert (result.intent, tags(result)["claim"]) == (intent, claim)


def test_yes_no_about_a_person(store):
    text = "is ren nagase in it"
    assert tags(reading(store, text, "nlu_fallback", [name(text, "ren nagase", "person")]))["claim"] == "in_film"
    text = "did takahiro miki direct it"
    result = reading(store, text, "ask_person", [name(text, "takahiro miki", "person")])
    assert (result.intent, tags(result)["claim"]) == ("ask_director", "credit:director")


def test_a_clause_or_a_tag_makes_a_question_yes_no_only_where_it_stands(store):
    assert reading(store, "who is the right person to ask about the anime", "ask_person").intent != "ask_genre"
    assert reading(store, "the anime version, is there one?", "ask_genre").intent == "ask_genre"


def test_a_question_about_the_ending_is_not_a_genre_claim(store):
    assert "claim" not in tags(reading(store, "is the ending sad", "ask_ending"))


@pytest.mark.parametrize("text", ["what's 3 times 3?", "what's 12 + 7", "whats the weather like in tokyo"])
def test_arithmetic_and_other_topics_are_out_of_scope(store, text):
    assert reading(store, text, "ask_release_date").intent == "out_of_scope"


def test_another_film_stays_refused(store):
    assert reading(store, "who directed titanic", "out_of_scope").intent is None


def test_the_plot_without_spoilers_is_both(store):
    result = reading(store, "tell me the plot, but no spoilers", "no_spoilers")
    assert (result.intent, tags(result)["spoilers"]) == ("ask_plot", "no")
    result = reading(store, "how does it end? i don't care about spoilers", "no_spoilers")
    assert (result.intent, tags(result)["spoilers"]) == ("ask_ending", "yes")


def test_two_questions_are_answered_in_the_order_asked(store):
    result = reading(store, "how long is it and what's it rated", "ask_rating")
    assert result.intent == "ask_runtime"
    assert tags(result)["also_ask"] == "ask_rating"


def test_smalltalk_is_left_alone(store):
    assert reading(store, "thanks, that's all", "thanks").intent is None


def test_tokens_unify_apostrophes():
    assert tokens("Akito’s DAD") == ["akito's", "dad"]


def test_typos_of_long_words_match_but_exact_words_win():
    lexicon = default_lexicon()
    assert [h.key for h in lexicon.find(tokens("who composd it"), ("attribute",))] == ["music"]
    assert [h.key for h in lexicon.find(tokens("explain the premise"), ("attribute",))] == ["plot"]


def test_a_broken_vocabulary_fails_on_load_naming_the_entry(tmp_path: Path):
    path = tmp_path / "vocabulary.yml"
    path.write_text("attributes:\n  height:\n    words: [tall]\n    answer: {film: unheld}\n", encoding="utf-8")
    with pytest.raises(VocabularyError, match=r"attributes\.height\.answer"):
        Lexicon.load(path)


def test_a_named_character_wins_over_a_pronoun_relation(store):
    text = "who plyed Natsumi, his little sister"
    assert "relation" not in tags(reading(store, text, "ask_who_plays", [name(text, "Natsumi", "character")]))


def test_the_role_of_someone_who_plays_nobody_is_not_a_character_relation(store):
    text = "whats Miki's role in the film"
    assert "relation" not in tags(reading(store, text, "ask_person", [name(text, "Miki", "person")]))
    text = "who is ren nagase's character"
    assert tags(reading(store, text, "ask_person", [name(text, "ren nagase", "person")]))["relation"] == "character"


def test_other_work_of_a_crew_role_is_that_persons(store):
    result = reading(store, "any other films by the same director?", "ask_other_work")
    assert (result.intent, tags(result)["person"]) == ("ask_other_work", store.people["takahiro_miki"].name)
