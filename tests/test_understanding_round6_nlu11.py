"""Round 6 of the question reader, nlu11 (issue 10): relations asked the way knowledge-base sets ask them.

Phrasings here are other than the probes' (tests/nlu/probes_round6_nlu11.yml): the rules must hold
for the structure. Reader tests are Rasa-free, with entities as the entity rules would find them;
action tests assert response names. People are taken from the store by what it holds for them.
"""

from __future__ import annotations

import pytest

from actions.birth import asked_parts
from actions.crew import ActionCrew, ActionDirector
from actions.topics import ActionFact
from tests.reading_helpers import name, reading, tags, values


def person_where(store, held: str, missing: str = "") -> str:
    """A person's name for whom the store holds `held` and not `missing` (birth facts)."""
    for person in store.people.values():
        has = getattr(person, held) is not None
        lacks = not missing or getattr(person, missing) is None
        if has and lacks:
            return person.name
    pytest.skip(f"no person with {held} and without {missing}")


def asked(store, text: str, who: str, intent: str = "ask_person"):
    return reading(store, text, intent, [name(text, who, "person")])


# 1. A word that only names the kind of answer ("which company", "which country") gives way to the
#    relation the verb or noun names; "which company produced it?" stays the production company.
def test_the_verb_names_the_relation_not_the_kind_of_answer(store):
    result = reading(store, "which company handled the distribution of the movie?", "ask_crew")
    assert (result.intent, tags(result).get("topic")) == ("ask_fact", "distributor")
    result = reading(store, "what company distributes this film", "ask_crew")
    assert tags(result).get("topic") == "distributor"


def test_a_company_that_made_it_is_the_production_company(store):
    result = reading(store, "what company produced the movie", "ask_crew")
    assert "attribute" not in tags(result)
    assert "production_company" in values(result, "crew_role") or result.intent in (None, "ask_crew")


@pytest.mark.parametrize(
    "text", ["which country was it produced in", "what language is it and which country is it from"]
)
def test_the_films_country_keeps_its_own_question(store, text):
    # only the relations the vocabulary lists take over a kind word: the film's country is held
    assert "distributor" not in values(reading(store, text, "ask_language"), "attribute")
    assert reading(store, text, "ask_language").intent in (None, "ask_language")


def test_which_country_someone_was_born_in_is_their_birth(store):
    who = person_where(store, "birthplace")
    result = asked(store, f"what country was {who} born in", who)
    assert tags(result)["attribute"] == "birthday"


# 2. A person's language and country are theirs, not the film's: not held.
def test_a_persons_language_is_not_the_films(store):
    who = next(iter(store.people.values())).name
    result = asked(store, f"what is the native language of {who}", who, "ask_language")
    assert (result.intent, tags(result)["attribute"]) == ("ask_fact", "language")
    assert "attribute" not in tags(reading(store, "what language is the movie in", "ask_language"))


def test_a_persons_country_of_citizenship_is_their_origin(store):
    who = next(iter(store.people.values())).name
    result = asked(store, f"what's the country of citizenship of {who}?", who, "ask_language")
    assert tags(result)["attribute"] == "origin"
    # "where is <X> from?" is where they were born: the store's birthplace when it holds one (actions/birth.py)
    result = asked(store, f"where is {who} from", who, "ask_language")
    assert tags(result)["attribute"] == "birthday"


# 3. Birth: the place and the date are asked apart; only the part not held is named in the "I don't know".
@pytest.mark.parametrize(
    ("question", "parts"),
    [
        ("what is the city of birth of her", (False, True)),
        ("birth location?", (False, True)),
        ("was he born in canada?", (False, True)),
        ("was he born in 1990?", (True, False)),
        ("when and where was she born", (True, True)),
    ],
)
def test_the_parts_of_a_birth_question(question, parts):
    assert asked_parts(question) == parts


def test_birth_words_with_place_nouns_are_the_birth(store):
    who = next(iter(store.people.values())).name
    for text in (f"{who}'s birth city?", f"what is the location of birth of {who}", f"birth place of {who}"):
        assert tags(asked(store, text, who))["attribute"] == "birthday", text


def test_only_the_missing_part_of_a_birth_is_named(store, turn):
    who = person_where(store, "born", "birthplace")
    result = turn(
        ActionFact(), text=f"what is the hometown of {who}?", entities={"attribute": "birthday", "person": who}
    )
    assert result.responses == ["utter_dont_know_subject_attribute"]
    assert result.values("utter_dont_know_subject_attribute")["attribute_words"] == "birthplace"
    result = turn(
        ActionFact(), text=f"when and where was {who} born", entities={"attribute": "birthday", "person": who}
    )
    assert result.responses == ["utter_person_born", "utter_dont_know_subject_attribute"]


# 5. Occupation: career, field of work, "what does <X> do"; a second question about the same person.
@pytest.mark.parametrize("template", ["what is the career of {}", "in which field of work is {}", "what does {} do"])
def test_occupation_words(store, template):
    who = next(iter(store.people.values())).name
    result = asked(store, template.format(who), who, "nlu_fallback")
    assert result.intent in (None, "ask_person"), result.why
    assert "attribute" not in tags(result)


def test_a_second_question_about_the_named_person_is_answered_too(store):
    who = next(iter(store.people.values())).name
    result = asked(store, f"where does {who} come from and what is {who}'s job", who, "ask_person")
    assert tags(result)["attribute"] == "birthday"
    assert "ask_person" in values(result, "also_ask")


# 6. Works of a person asked with a work noun; not when the question is about a debut or this film.
@pytest.mark.parametrize(
    "template",
    [
        "which movies has {} appeared in",
        "what films does {} star in?",
        "name some dramas {} was in",
        "list the novels by {}",
        "tell me a movie with {}",
    ],
)
def test_a_work_noun_asks_for_a_persons_works(store, template):
    who = next(iter(store.people.values())).name
    result = asked(store, template.format(who), who)
    assert result.intent == "ask_other_work", result.why


def test_a_debut_or_this_film_is_no_list_of_works(store):
    who = next(iter(store.people.values())).name
    assert asked(store, f"what film was the debut of {who}", who).intent == "ask_fact"
    assert asked(store, f"which film is {who} in, this one?", who).intent != "ask_other_work"


# 7. Credits: "known for being <a credit>", a credit word is never a character's job, unknown credits named.
def test_known_for_being_a_credit_asks_the_credit(store):
    result = reading(
        store,
        "who is known for being the composer of the film?",
        "ask_crew",
        [name("x composer", "composer", "crew_role")],
    )
    assert result.intent not in ("ask_cast", "ask_other_work"), result.why


def test_a_credit_word_is_not_a_role_in_the_story(store):
    text = "who is the screenwriter for the movie"
    result = reading(store, text, "ask_crew", [name(text, "screenwriter", "crew_role")])
    assert "role_asked" not in values(result, "attribute")


def test_an_unknown_credit_is_named(turn):
    result = turn(ActionCrew(), text="who did the editing?", entities={"crew_role": "editing"})
    assert result.responses == ["utter_dont_know_about"]
    assert result.values("utter_dont_know_about")["topic_label"] == "its editing"


def test_a_director_of_another_kind_is_not_the_director(turn):
    result = turn(
        ActionDirector(), text="who was the director of photography?", entities={"crew_role": "director of photography"}
    )
    assert result.responses == ["utter_dont_know_about"]


# 8. The story's location is its setting; cast members of this film are never another work.
def test_the_narrative_location_is_the_setting(store):
    result = reading(store, "what is the story location of the movie?", "ask_fact")
    assert (result.intent, tags(result)["attribute"]) == ("ask_fact", "setting")


def test_crew_and_cast_members_of_this_film_are_not_refused(store):
    result = reading(store, "who are the cast members and the film crew members?", "ask_cast")
    assert result.intent != "out_of_scope", result.why
