"""Round 18, the lead's fixes (issue 10). Phrasings are the lead's own; names come from the store."""

from __future__ import annotations

import pytest
import yaml

from actions.people import ActionCharacter
from actions.topics import ActionFact
from bot.understanding import title_language
from bot.understanding.lexicon import VOCABULARY_PATH, Lexicon, VocabularyError, default_lexicon, tokens
from tests.reading_helpers import name, reading, tags


@pytest.mark.parametrize(
    ("text", "guessed"),
    [
        ("what's the french title?", "ask_title"),
        ("what is the movie called in spanish", "out_of_scope"),
        ("what's the german title of drawing closer", "ask_title"),
        ("what is the name of the movie in korean", "ask_title"),
        ("whats it called in italian", "ask_fact"),
    ],
)
def test_a_title_in_a_language_the_store_lacks_is_not_held(store, text, guessed):
    """The Japanese title used to answer "what's the french title?", and "called in spanish" was refused as
    another topic: the store holds no such title, so it is "I don't know" of the title asked."""
    result = reading(store, text, guessed)
    assert tags(result).get("attribute") == title_language.OTHER_LANGUAGE_TITLE
    assert default_lexicon().attributes[title_language.OTHER_LANGUAGE_TITLE].answer["film"] == "unheld"


@pytest.mark.parametrize("text", ["what is the english title", "what's it called in japanese", "japanese title?"])
def test_a_title_in_a_held_language_is_the_title(store, text):
    assert reading(store, text, "ask_fact").intent == "ask_title"


@pytest.mark.parametrize(
    "text",
    [
        "can i watch it in french",
        "is it in spanish",
        "are there french subtitles",
        "what korean movie is like it",
        "What does Harunas name mean in Japanese?",  # a character's name, not the film's title
        "what is akito called in french",
    ],
)
def test_a_language_without_a_title_word_asks_no_title(store, text):
    assert not title_language.asks_a_title_in_a_language(tokens(text), default_lexicon())


def test_the_vocabulary_may_not_hold_and_lack_one_language(tmp_path):
    vocabulary = yaml.safe_load(VOCABULARY_PATH.read_text(encoding="utf-8"))
    vocabulary["title_languages"] = {"held": ["english"], "others": ["english", "french"]}
    path = tmp_path / "vocabulary.yml"
    path.write_text(yaml.safe_dump(vocabulary, allow_unicode=True), encoding="utf-8")
    with pytest.raises(VocabularyError, match="both held and not"):
        Lexicon.load(path)


def test_the_title_answer_names_the_english_title(domain):
    """The English reply named only the Japanese title, so "what is the english title?" got a different one."""
    english = next(r for r in domain["responses"]["utter_title"] if "condition" not in r)
    assert "{title_english}" in english["text"]


def test_the_lexicon_loads_its_title_languages():
    languages = default_lexicon().title_languages
    assert isinstance(default_lexicon(), Lexicon)
    assert languages["held"] and languages["others"] and not languages["held"] & languages["others"]


@pytest.mark.parametrize(
    ("text", "thing"),
    [("is there a sequel and when will it come out", "sequel"), ("is there a trailer and when did it come out", None)],
)
def test_a_later_it_asks_of_the_thing_before(store, text, thing):
    """ "When will it come out" after "is there a sequel" asks the sequel's release: it used to add this film's
    premiere date, an answer to a different question."""
    result = reading(store, text, "ask_fact")
    assert "also_ask" not in tags(result)
    assert result.asked_of_things == {"release_date": "sequel" if thing else "trailer"}


def test_a_later_clause_naming_its_own_subject_is_still_asked(store):
    result = reading(store, "who directed it and when did it come out", "ask_director")
    assert tags(result).get("also_ask") == "ask_release_date"


@pytest.mark.parametrize(
    ("text", "claimed", "relation", "said", "relative"),
    [
        # <a>'s father claimed a brother: kin is one thing to another, never two
        ("is kazuki akito's brother", "kazuki", "brother", "akito", "kazuki_hayasaka"),
        # <a>'s best friend claimed a sister: the store relates the two otherwise
        ("is ayaka haruna's sister", "ayaka", "sister", "haruna", "ayaka_miura"),
        # another's mother: <a> has one, and she is named
        ("is shigemi haruna's mom", "shigemi", "mother", "haruna", "hazuki_sakurai"),
    ],
)
def test_a_false_kin_claim_is_a_no_with_what_the_store_holds(turn, store, text, claimed, relation, said, relative):
    """These were "I don't know" (or "No" then "I don't know"): the store decides them, and says how it relates
    the two, or who holds the relation claimed."""
    entities = [("character", claimed), ("character", said), ("relation", relation), ("claim", f"related:{relation}")]
    result = turn(ActionCharacter(), text=text, intent="ask_character", entities=entities)
    assert result.responses == ["utter_claim_no", "utter_relation_between"]
    assert result.values("utter_relation_between")["relative_name"] == store.characters[relative].name


def test_a_true_kin_claim_still_describes_the_relative(turn):
    entities = [("character", "hazuki"), ("character", "haruna"), ("relation", "mother"), ("claim", "related:mother")]
    result = turn(ActionCharacter(), text="is hazuki haruna's mom", intent="ask_character", entities=entities)
    assert result.responses[:2] == ["utter_claim_yes", "utter_character"]


def test_a_friend_claim_the_store_cannot_rule_out_stays_unknown(turn):
    """A love interest may also be a friend: not a no."""
    entities = [("character", "akito"), ("character", "haruna"), ("relation", "friend"), ("claim", "related:friend")]
    result = turn(ActionCharacter(), text="is akito haruna's friend", intent="ask_character", entities=entities)
    assert result.responses == ["utter_dont_know"]


@pytest.mark.parametrize(
    "text",
    ["has ren nagase won an oscar", "How many Best Actor Oscars has Ren Nagase won?", "did he win an emmy"],
)
def test_an_award_asked_by_name_needs_a_note_that_names_it(turn, text):
    """ "Has <a> won an Oscar?" used to get "Yes." and his Japan Academy prize: another award than the one asked."""
    entities = {"person": "ren nagase", "attribute": "awards"}
    result = turn(ActionFact(), text=text, intent="ask_fact", entities=entities, slots={"person": "ren_nagase"})
    assert "utter_claim_yes" not in result.responses
    assert "utter_person_work_said" not in result.responses
    assert result.responses[0].startswith("utter_dont_know")


@pytest.mark.parametrize("text", ["has ren nagase won a japan academy award", "has ren nagase won any awards"])
def test_an_award_the_notes_name_is_confirmed(turn, text):
    entities = {"person": "ren nagase", "attribute": "awards"}
    result = turn(ActionFact(), text=text, intent="ask_fact", entities=entities)
    assert result.responses[:2] == ["utter_claim_yes", "utter_person_work_said"]


def test_a_longer_award_name_wins_over_the_shorter_inside_it():
    lexicon = default_lexicon()
    assert lexicon.awards_named(tokens("won a japan academy award")) == {"japan academy"}
    assert lexicon.awards_named(tokens("won an academy award and a golden globe")) == {"oscar", "golden globe"}


def test_a_cover_is_no_other_works_title(store):
    """ "Is the theme song a cover?" was refused as a question about a work titled "cover"."""
    text = "is the theme song a cover"
    result = reading(store, text, "ask_crew", [name(text, "theme song", "crew_role")])
    assert result.intent != "out_of_scope"


def test_the_original_version_of_the_theme_song_is_on_its_card(store):
    """The song is a cover: its original version is the song's own card, not an unheld remake of it."""
    result = reading(store, "who did the original version of the theme song", "ask_crew")
    assert result.intent == "ask_crew"
    assert tags(result).get("crew_role") == "theme_song"


def test_an_earlier_it_of_the_film_keeps_the_later_it_the_films(store):
    result = reading(store, "is there a trailer for it and also when did it come out", "ask_fact")
    assert tags(result).get("also_ask") == "ask_release_date"


def test_a_couple_having_a_son_is_not_decided_by_their_own_relation(turn):
    """ "Did <a> and <b> have a son?" claims a third person: that the two are married says nothing of it."""
    entities = [("character", "kazuki"), ("character", "shigemi"), ("relation", "son"), ("claim", "related:son")]
    result = turn(
        ActionCharacter(), text="did kazuki and shigemi have a son", intent="ask_character", entities=entities
    )
    assert "utter_claim_no" not in result.responses


@pytest.mark.parametrize(
    ("text", "owner"),
    [("who is the producer of suis", "suis"), ("who is the lead singer of fujifabric", "fujifabric")],
)
def test_a_role_of_a_person_is_not_this_films_credit(store, text, owner):
    """ "Who is the producer of <the singer>?" got this film's producers: another question."""
    entities = [name(text, owner, "person")]
    if "producer" in text:
        entities.append(name(text, "producer", "crew_role"))
    result = reading(store, text, "ask_crew", entities)
    assert result.intent == "ask_fact"
    assert tags(result).get("attribute") == "asked_of_person"


@pytest.mark.parametrize(
    ("text", "owner"),
    [("who is the director of ren nagase's movie", "ren nagase"), ("who is the singer of the theme song", None)],
)
def test_a_role_of_a_film_stays_the_credit(store, text, owner):
    entities = [name(text, owner, "person")] if owner else []
    assert reading(store, text, "ask_crew", entities).intent != "ask_fact"
