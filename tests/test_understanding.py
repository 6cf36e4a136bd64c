"""The question reader (bot/understanding), Rasa-free: subject, attribute, form, and the intent check.

Entities are given as the entity rules would find them, so each case shows
exactly which words decide.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.understanding.lexicon import Lexicon, VocabularyError, default_lexicon, tokens
from tests.reading_helpers import name, reading, tags


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
    # round 5: also marked as the previous question asked again (actions/follow_on.py)
    assert tags(result) == {"relation": "mother", "attribute": "same_question"}
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


# --- round 2: the kinds of question people ask that the first reader missed -------------------


def test_that_one_is_the_film_not_the_last_answer(store):
    assert reading(store, "who is in that one?", "ask_source").intent == "ask_cast"
    assert reading(store, "is that out now?", "ask_source").intent == "ask_release_date"
    # with a word about sources, "that" is still the last answer
    assert reading(store, "Could you tell me where that information was published?", "ask_source").intent is None


def test_a_second_question_after_a_named_role_is_answered_too(store):
    text = "who directed it, and who wrote the screenplay?"
    result = reading(store, text, "ask_director", [name(text, "screenplay", "crew_role")])
    assert tags(result) == {"also_ask": "ask_crew", "crew_role": "screenplay"}


def test_a_yes_no_in_a_second_clause_is_asked_second(store):
    result = reading(store, "how long is the movie and is it on netflix", "ask_runtime")
    assert result.intent is None
    assert tags(result) == {"claim": "platform:netflix", "also_ask": "ask_where_to_watch"}


def test_an_unheld_question_and_a_held_one(store):
    result = reading(store, "what language is it and is it dubbed", "ask_language")
    assert (result.intent, tags(result)) == ("ask_fact", {"attribute": "dubbing", "also_ask": "ask_language"})


@pytest.mark.parametrize(
    ("text", "names", "claim", "intent"),
    [
        ("does ren nagase play akito", [("ren nagase", "person"), ("akito", "character")], "plays", "ask_who_plays"),
        (
            "is haruna played by natsuki deguchi",
            [("haruna", "character"), ("natsuki deguchi", "person")],
            "plays",
            "ask_who_plays",
        ),
        ("is akito sick", [("akito", "character")], "describes:sick", "ask_character"),
        (
            "is ayaka haruna's friend",
            [("ayaka", "character"), ("haruna", "character")],
            "related:friend",
            "ask_character",
        ),
        ("is ren nagase the lead", [("ren nagase", "person")], "lead:the lead", "ask_person"),
    ],
)
def test_yes_no_about_people_and_characters_is_tagged_as_a_claim(store, text, names, claim, intent):
    result = reading(store, text, "ask_person", [name(text, words, kind) for words, kind in names])
    assert (tags(result)["claim"], result.intent) == (claim, intent)


def test_a_yes_no_about_a_character_with_nothing_to_claim_is_not_a_description_claim(store):
    # round 7: "is <a character> in the film?" is whether the film has the character (yes), not a description
    text = "is akito in the film"
    assert tags(reading(store, text, "ask_character", [name(text, "akito", "character")])).get("claim") == "in_film"


@pytest.mark.parametrize(
    ("text", "character", "intent"),
    [
        ("who plays the sick girl", "Haruna Sakurai", "ask_who_plays"),
        ("who plays the boy with the heart tumor", "Akito Hayasaka", "ask_who_plays"),
        ("who's the lady at the flower shop", "Mikiko", "ask_character"),
    ],
)
def test_a_character_by_description(store, text, character, intent):
    result = reading(store, text, "ask_plot")
    assert (tags(result).get("character"), result.intent) == (character, intent)


def test_a_description_that_fits_several_characters_names_none(store):
    # round 12: a place held by several descriptions ("the girl in the hospital") names the lead among them
    # (tests/test_understanding_round12_nlu50.py); a place held by none names no one
    assert "character" not in tags(reading(store, "who plays the girl in the volcano", "ask_who_plays"))
    assert reading(store, "who's acting in it besides the two leads?", "ask_cast").intent is None
    assert reading(store, "who is the main actress?", "ask_cast").intent is None  # the lead, from the cast
    assert reading(store, "who is the main actress?", "ask_person").intent is None


def test_a_relation_with_no_one_named_is_left_to_the_store(store):
    assert tags(reading(store, "who played the little sister", "ask_who_plays")) == {"relation": "sister"}
    assert tags(reading(store, "who's the girl's mom in the film", "ask_cast")) == {"relation": "mother"}


@pytest.mark.parametrize(
    ("text", "intent", "expected", "entities"),
    [
        ("who created haruna", "ask_character", "ask_novel", {}),
        ("who did the story", "ask_plot", "ask_novel", {}),
        ("who adapted the novel for the screen", "ask_novel", "ask_crew", {"crew_role": "screenplay"}),
        # the asker's question to whoever has seen it: the honest answer, then the reviews (round 38)
        ("is it good?", "ask_genre", "ask_fact", {"taste": "taste", "topic": "reviews"}),
        ("what did critics think", "nlu_fallback", "ask_fact", {"topic": "reviews"}),
        ("whats the imdb score", "ask_crew", "ask_fact", {"topic": "imdb"}),
        ("was it nominated for anything", "ask_rating", "ask_fact", {"topic": "awards"}),
        ("how many people watched it", "nlu_fallback", "ask_fact", {"topic": "top 10"}),
        ("is it based on real events", "nlu_fallback", "ask_fact", {"topic": "true story"}),
        ("what camera did they use", "nlu_fallback", "ask_fact", {"attribute": "equipment"}),
    ],
)
def test_words_for_the_novel_reviews_and_topics(store, text, intent, expected, entities):
    result = reading(store, text, intent)
    assert (result.intent, tags(result)) == (expected, entities)


def test_the_music_of_someone_else_is_another_topic(store):
    assert reading(store, "what genre of music is king gnu", "ask_genre").intent == "out_of_scope"
    assert reading(store, "what kind of music is in it", "ask_crew").intent is None


def test_real_words_are_not_read_as_typos(store):
    assert reading(store, "how is Kazuki related to Akito", "ask_character").intent is None
    assert reading(store, "thanks a lot, that's exactly what i was looking for", "thanks").intent is None
    assert reading(store, "sounds good to me", "affirm").intent is None


def test_a_crew_role_inside_another_roles_name_is_that_role(store):
    text = "who was the art director on drawing closer"
    result = reading(store, text, "ask_director", [name(text, "director", "crew_role")])
    assert (result.intent, tags(result)) == ("ask_crew", {"crew_role": "production_designer"})
    assert [e["value"] for e in result.drop] == ["director"]
    text = "who wrote the music and who sings the theme song"
    both = reading(store, text, "ask_crew", [name(text, "music", "crew_role"), name(text, "theme song", "crew_role")])
    assert not both.drop


def test_crew_credits_the_store_does_not_list_are_named_in_the_dont_know(store):
    result = reading(store, "who was the casting director", "ask_director")
    assert (result.intent, tags(result)) == ("ask_fact", {"attribute": "other_crew"})


def test_yes_no_about_the_novel(store):
    text = "was the novel written by ao morita"
    result = reading(store, text, "ask_novel", [name(text, "ao morita", "person")])
    assert (result.intent, tags(result)["claim"]) == ("ask_novel", "novel_author")
    assert tags(reading(store, "is there a manga", "ask_novel"))["claim"] == "manga:a manga"


def test_in_another_work_is_not_in_the_film(store):
    text = "was natsuki deguchi in the makanai"
    result = reading(store, text, "ask_person", [name(text, "natsuki deguchi", "person")])
    assert (result.intent, tags(result)["claim"]) == ("ask_other_work", "known_for:makanai")
    for text in ("is mayu yokota in drawing closer", "is mayu yokota in it"):
        result = reading(store, text, "ask_person", [name(text, "mayu yokota", "person")])
        assert tags(result)["claim"] == "in_film", text


def test_career_details_the_store_does_not_hold(store):
    text = "what was natsuki deguchi's latest movie"
    result = reading(store, text, "ask_other_work", [name(text, "natsuki deguchi", "person")])
    assert (result.intent, tags(result)) == ("ask_fact", {"attribute": "career"})
    text = "what was natsuki deguchi's first movie"  # a debut: answered from a work's note when one says so
    result = reading(store, text, "ask_other_work", [name(text, "natsuki deguchi", "person")])
    assert (result.intent, tags(result)) == ("ask_fact", {"attribute": "debut"})


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("what language was it filmed in", "ask_fact"),
        ("what language are the actors speaking", "ask_cast"),
        ("where was the movie produced", "ask_crew"),
        ("is it in english or japanese", "ask_language"),
    ],
)
def test_language_and_country_questions(store, text, intent):
    result = reading(store, text, intent)
    assert result.intent in (None, "ask_language") and "claim" not in tags(result)
    assert (result.intent or intent) == "ask_language"


def test_is_an_actor_a_relation(store):
    text = "is Toru Nakamura the dad?"
    result = reading(store, text, "ask_person", [name(text, "Toru Nakamura", "person")])
    assert (result.intent, tags(result)) == ("ask_person", {"claim": "role_relation:father"})
