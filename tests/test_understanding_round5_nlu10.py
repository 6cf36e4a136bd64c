"""Round 5 of the question reader, nlu10 (issue 10): the last yes/no and two-in-one gaps.

Phrasings here are other than the probes' (tests/nlu/probes_round5_nlu10.yml): the rules must hold
for the structure. Reader tests are Rasa-free, with entities as the entity rules would find them;
action tests assert response names and the verdicts decided from the store.
"""

from __future__ import annotations

import pytest

from actions.claims import verdict
from actions.crew import ActionCrew
from actions.people import ActionWhoPlays
from bot.understanding.clauses import asks_existence, writing_unnamed
from tests.conftest import tracker
from tests.reading_helpers import name, reading, responses_of, tags, values


def with_entities(text: str, entities: list[tuple[str, str]]):
    message_tracker = tracker(text=text)
    message_tracker.latest_message["entities"] = [
        {"entity": entity, "value": value, "start": i, "end": i + 1} for i, (entity, value) in enumerate(entities)
    ]
    return message_tracker


# 1. "Does it have <a credited role>?": an existence question gets a yes before who holds it.
@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("is there any music in the film?", "music"),
        ("does the film have an ost?", "music"),
        ("has it got a theme song?", "theme_song"),
        ("are there producers?", "producer"),
    ],
)
def test_an_existence_question_about_a_credit_is_a_claim(store, text, role):
    result = reading(store, text, "ask_crew")
    assert tags(result)["claim"] == f"has_credit:{role}"
    assert role in values(result, "crew_role")


def test_a_credit_asked_by_whom_is_no_existence_question(store):
    # "who did the music?" asks who, not whether; "is there music by <a name>?" names someone
    assert "claim" not in tags(reading(store, "who did the music?", "ask_crew"))
    assert not asks_existence("who did the music".split())
    assert asks_existence("is there a soundtrack".split())


def test_has_credit_is_yes_when_someone_is_credited_and_unknown_otherwise():
    empty = tracker()
    decided, fact = verdict("has_credit:music", empty)
    assert decided is True and fact is not None
    # a role the store holds no one for cannot be decided (never a confident "no")
    assert verdict("has_credit:cinematographer", empty) == (None, None)
    assert verdict("has_credit:no_such_role", empty) == (None, None)


def test_an_existence_question_answers_yes_then_the_credit(domain):
    asked = with_entities("is there a score", [("claim", "has_credit:music"), ("crew_role", "music")])
    assert responses_of(ActionCrew(), asked, domain)[0] == "utter_claim_yes"


# 2. One verb, several roles: "produced by" is a producer or a production company; "wrote" without
#    a noun of the script is the script or the story.
def test_produced_by_a_production_company_is_yes(store):
    company = store.crew["production_company"].people[0]
    named = store.display_name("person", company) if company in store.people else company
    asked = with_entities(f"was it produced by {named}", [("person", named), ("claim", "credit:producer")])
    decided, _ = verdict("credit:producer", asked)
    assert decided is True
    # a producer is asked about by the same verb, and a name credited for neither is a no
    assert verdict("credit:producer", with_entities("was it produced by x", [("person", "takahiro miki")]))[0] is False


def test_did_the_novels_author_write_it_is_yes_and_the_director_no(store):
    author = store.display_name("person", store.novel["author"].value)
    director = store.display_name("person", store.crew["director"].people[0])
    said = with_entities(f"did {author} write it", [("person", author), ("claim", "credit:writer")])
    assert verdict("credit:writer", said)[0] is True
    other = with_entities(f"did {director} write it", [("person", director), ("claim", "credit:writer")])
    assert verdict("credit:writer", other)[0] is False
    # the screenplay named: the novel's author did not write it
    script = with_entities(f"did {author} write the script", [("person", author), ("claim", "credit:screenplay")])
    assert verdict("credit:screenplay", script)[0] is False


@pytest.mark.parametrize(
    ("words", "unnamed"),
    [("did she write it".split(), True), ("did she write the script".split(), False), ("who penned it".split(), True)],
)
def test_writing_without_a_noun_of_the_script(words, unnamed):
    assert writing_unnamed(words, "writer") is unnamed
    assert writing_unnamed(words, "director") is False


def test_the_reader_tags_writing_it_as_the_writer_claim(store):
    text = "Has Ao Morita written it?"
    result = reading(store, text, "ask_crew", [name(text, "Ao Morita", "person")])
    assert tags(result)["claim"] == "credit:writer"
    text = "Did Ao Morita write the screenplay for it?"
    result = reading(store, text, "ask_crew", [name(text, "Ao Morita", "person")])
    assert tags(result)["claim"] == "credit:screenplay"


# 3. "Does <an actor> play <a relation> of <a character>?": the role asked is the relation's.
def test_playing_a_relation_of_a_character_is_decided_for_that_relation(domain):
    yes = with_entities(
        "is yasuko matsuyuki haruna's mom",
        [("person", "yasuko matsuyuki"), ("character", "haruna"), ("relation", "mother"), ("claim", "plays")],
    )
    assert responses_of(ActionWhoPlays(), yes, domain)[0] == "utter_claim_yes"
    no = with_entities(
        "does nene otsuka play the mom of haruna",
        [("person", "nene otsuka"), ("character", "haruna"), ("relation", "mother"), ("claim", "plays")],
    )
    assert responses_of(ActionWhoPlays(), no, domain)[0] == "utter_claim_no"


# 4. Two wh-questions, the cast first: both are answered.
@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("who starred in it, and who was the director?", "ask_director"),
        ("Who's the actor? And who made it?", "ask_director"),
        ("who acted in the film and what genre is it?", "ask_genre"),
    ],
)
def test_the_cast_then_another_question(store, text, intent):
    result = reading(store, text, intent)
    assert result.intent == "ask_cast"
    assert intent in values(result, "also_ask")


def test_sung_by_a_name_is_the_theme_song_claim(store):
    text = "Was the song sung by Natsuki Deguchi?"
    result = reading(store, text, "ask_person", [name(text, "Natsuki Deguchi", "person")])
    assert tags(result)["claim"] == "credit:theme_song"


# 5. "Did he also write it?": a pronoun subject is the conversation's person.
@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("was she the composer?", "credit:music"),
        ("Has he written it too?", "credit:writer"),
        ("is he the director as well?", "credit:director"),
    ],
)
def test_a_pronoun_subject_makes_a_credit_claim(store, text, claim):
    assert tags(reading(store, text, "ask_crew"))["claim"] == claim


def test_a_pronoun_credit_is_decided_for_the_conversations_person(store):
    director = store.crew["director"].people[0]
    screenwriter = store.crew["screenplay"].people[0]
    asked = tracker(text="did he write the screenplay too", slots={"person": director})
    assert verdict("credit:screenplay", asked)[0] is False
    asked = tracker(text="did she write the screenplay", slots={"person": screenwriter})
    assert verdict("credit:screenplay", asked)[0] is True
    # no pronoun, no name: the conversation's person is not guessed
    asked = tracker(text="was the screenplay written by someone", slots={"person": director})
    assert verdict("credit:screenplay", asked) == (None, None)


# 6. "Is the <crew role> <a word>?": about the one who holds the role, from their description.
@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("was the director japanese?", "person_describes:japanese"),
        ("Is the composer famous?", "person_describes:famous"),
    ],
)
def test_a_crew_member_described_in_a_yes_no(store, text, claim):
    assert tags(reading(store, text, "ask_director")).get("claim") == claim


def test_a_phrase_after_the_role_is_no_description(store):
    result = reading(store, "is the writer of the novel famous?", "ask_crew")
    assert not tags(result).get("claim", "").startswith("person_describes")


def test_a_crew_member_description_is_yes_or_unknown_never_no():
    japanese = with_entities("is the director japanese", [("crew_role", "director")])
    assert verdict("person_describes:japanese", japanese) == (True, None)
    # the store never says what someone is not: a word it does not hold is not a "no"
    assert verdict("person_describes:french", japanese) == (None, None)
    # a role held by several people names no one person
    assert verdict("person_describes:japanese", with_entities("x", [("crew_role", "producer")])) == (None, None)


# 7. "Is it based on a <a name> novel?": the source's author by a name the store may not hold.
@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Was it adapted from a Haruki Murakami book?", "Haruki Murakami"),
        ("is the film based on a novel by Agatha Christie?", "Agatha Christie"),
    ],
)
def test_the_source_by_a_name_is_a_claim_on_the_author(store, text, who):
    result = reading(store, text, "ask_novel")
    assert tags(result)["claim"] == f"credit_by:novel_author/{who}"
    assert result.intent == "ask_novel"


def test_the_source_by_another_name_is_no_and_by_the_author_yes(store):
    author = store.display_name("person", store.novel["author"].value)
    assert verdict("credit_by:novel_author/Agatha Christie", tracker())[0] is False
    assert verdict(f"credit_by:novel_author/{author}", tracker())[0] is True


def test_based_on_a_book_without_a_name_is_still_the_novel_claim(store):
    assert tags(reading(store, "is it adapted from a book?", "ask_novel"))["claim"].startswith("novel:")


# 8. "Was it made in <a country>?": decided from the store's country; a city or a year is no country.
@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("was this film produced in France?", "made_in:France"),
        ("Was the movie made in the UK?", "made_in:United Kingdom"),
        ("was it made in south korea?", "made_in:South Korea"),
    ],
)
def test_made_in_a_country_is_a_claim(store, text, claim):
    assert tags(reading(store, text, "ask_language"))["claim"] == claim


def test_made_in_a_city_or_a_year_is_no_country_claim(store):
    assert not tags(reading(store, "was it made in Osaka?", "ask_language")).get("claim", "").startswith("made_in")
    assert tags(reading(store, "was it made in 2019?", "ask_release_date"))["claim"] == "released:2019"


def test_made_in_is_yes_for_the_stores_country_and_no_for_another(store):
    held = str(store.film["country"].value)
    assert verdict(f"made_in:{held}", tracker())[0] is True
    assert verdict("made_in:France", tracker())[0] is False
