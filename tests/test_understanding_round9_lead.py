"""Round 9, the lead's readings: a crew credit's works ('what movies did the director make?') are that
person's other work; 'film' before a noun of its own ('what kind of film rating') only modifies it; a bare
'year?' is the film's release."""

from __future__ import annotations

import pytest

from tests.reading_helpers import name, reading, values


@pytest.mark.parametrize(
    ("text", "intent", "role"),
    [
        ("what movies did the director of {title} make", "ask_director", "director"),
        ("what films has the director made", "ask_director", "director"),
        ("so what other films has the composer scored", "ask_crew", "music"),
    ],
)
def test_works_of_a_crew_credit_are_that_persons_other_work(store, text, intent, role):
    result = reading(store, text.format(title=store.title.lower()), intent)
    credited = store.people[store.crew[store.role(role)].people[0]].name
    assert result.intent == "ask_other_work"
    assert values(result, "person") == [credited]


def test_works_of_a_role_the_entity_rules_found(store):
    text = "which films did the screenwriter write"
    result = reading(store, text, "ask_crew", [name(text, "screenwriter", "crew_role")])
    writer = store.people[store.crew[store.role("screenwriter")].people[0]].name
    assert result.intent == "ask_other_work"
    assert values(result, "person") == [writer]


@pytest.mark.parametrize(
    "text",
    ["who is the director of {title}", "what did the director say about {title}", "which movie did the director make"],
)
def test_a_credit_without_works_asked_stays_the_credit(store, text):
    assert reading(store, text.format(title=store.title.lower()), "ask_director").intent != "ask_other_work"


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("what kind of film rating does it have", "ask_rating"),
        ("what type of movie runtime does it have", "ask_runtime"),
    ],
)
def test_a_kind_of_film_before_another_noun_gives_way_to_it(store, text, intent):
    assert reading(store, text, "ask_genre").intent == intent


@pytest.mark.parametrize("text", ["what kind of film is it", "what kind of movie is it and is it rated r"])
def test_a_kind_of_film_alone_is_the_genre(store, text):
    assert reading(store, text, "ask_genre").intent in (None, "ask_genre")


@pytest.mark.parametrize("text", ["year?", "year", "the year?"])
def test_a_bare_year_is_the_release(store, text):
    assert reading(store, text, "affirm").intent == "ask_release_date"


@pytest.mark.parametrize(
    "text",
    [
        "is that an adult film, or geared more towards kids/families?",
        "is it geared towards kids",
        "is it aimed at teenagers",
    ],
)
def test_the_audience_it_is_made_for_asks_the_maturity_rating(store, text):
    assert reading(store, text, "ask_person").intent == "ask_rating"


@pytest.mark.parametrize("text", ["what novels has haruki murakami written?", "which films has he directed"])
def test_a_verb_of_making_is_no_credit_as_the_subject(store, text):
    result = reading(store, text, "ask_other_work")
    credited = {store.people[p].name for credit in store.crew.values() for p in credit.people}
    assert not set(values(result, "person")) & credited


@pytest.mark.parametrize(
    ("text", "intent"),
    [("who is this {name} guy you speak of?", "ask_language"), ("the {name} you were speaking about", "ask_person")],
)
def test_the_assistant_speaking_of_someone_is_no_language(store, text, intent):
    name = store.characters[store.cast[0].character].name.split()[0]
    result = reading(store, text.format(name=name), intent)
    assert result.intent != "ask_language"


@pytest.mark.parametrize("text", ["what language do they speak in it", "do they speak english in the film"])
def test_the_films_people_speaking_is_its_language(store, text):
    assert reading(store, text, "ask_language").intent in (None, "ask_language")


@pytest.mark.parametrize(
    "text", ['what actress starred in "{title}"?', "which actors have been in {title}", "what actress starred in it"]
)
def test_a_performer_asked_for_this_film_is_its_cast(store, text):
    assert reading(store, text.format(title=store.title), "ask_other_work").intent == "ask_cast"


@pytest.mark.parametrize("text", ["what has she starred in", "which actress starred in the crown"])
def test_starring_without_this_film_is_no_cast_question(store, text):
    assert reading(store, text, "ask_other_work").intent != "ask_cast"
