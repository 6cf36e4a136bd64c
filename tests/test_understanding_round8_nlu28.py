"""Round 8 of the question reader, nlu28 (issue 10): yes/no questions as typed into a search box.

Phrasings here are other than the probes' (tests/nlu/probes_round8_nlu28.yml): the rules must hold
for the structure. Reader tests are Rasa-free; verdicts are decided from the store; names come from it.
"""

from __future__ import annotations

import pytest

from actions.claims import verdict
from actions.crew import ActionNovel
from actions.film_facts import ActionReleaseDate
from actions.people import ActionOtherWork
from tests.conftest import tracker
from tests.reading_helpers import name, reading, responses_of, tags, values


def director(store) -> str:
    return store.people[store.crew["director"].people[0]].name


def author(store) -> str:
    return store.people[str(store.novel["author"].value)].name


def described_person(store, word: str):
    """A person whose description says `word`, and one whose description does not."""
    said = [p for p in store.people.values() if p.about and p.about.known and word in str(p.about.value).lower()]
    unsaid = [
        p
        for p in store.people.values()
        if p.kind == "person" and p.about and p.about.known and word not in str(p.about.value).lower()
    ]
    return said[0], unsaid[0]


def two_characters(store) -> tuple[str, str]:
    first, second = list(store.characters.values())[:2]
    return first.name.split()[0].lower(), second.name.split()[0].lower()


# 1. A yes/no whose answer is a list the store holds: "Yes" before the list.
@pytest.mark.parametrize(
    "template",
    [
        "did {name} make any other films",
        "has {name} directed anything else",
        "does {name} have more movies",
        "was {name} in anything before this",
    ],
)
def test_a_yes_no_over_a_persons_other_work_is_the_other_work_claim(store, template):
    text = template.format(name=director(store).lower())
    result = reading(store, text, "ask_other_work", [name(text, director(store), "person")])
    assert values(result, "claim") == ["other_work"]


def test_a_named_work_is_no_other_work_claim(store):
    # "did <a director> direct <a title>?" asks about one work (no word of more work): no list claim
    text = f"did {director(store).lower()} direct solanin"
    result = reading(store, text, "ask_other_work", [name(text, director(store), "person")])
    assert "other_work" not in values(result, "claim")


def test_a_wh_question_about_other_work_has_no_claim(store):
    text = f"what other films has {director(store).lower()} made"
    result = reading(store, text, "ask_other_work", [name(text, director(store), "person")])
    assert "other_work" not in values(result, "claim")


def test_other_work_is_yes_when_the_store_lists_some_and_unknown_otherwise(store):
    listed = next(p for p in store.people.values() if p.known_for)
    unlisted = next(p for p in store.people.values() if not p.known_for)
    assert verdict("other_work", tracker(entities={"person": listed.name}))[0] is True
    assert verdict("other_work", tracker(entities={"person": unlisted.name})) == (None, None)
    # with no list, the reader adds no claim: the answer says what it does not know, as before
    text = f"has {unlisted.name.lower()} been in other movies"
    result = reading(store, text, "ask_other_work", [name(text, unlisted.name, "person")])
    assert "other_work" not in values(result, "claim")


def test_the_other_work_answer_says_yes_first(store, domain):
    asked = tracker(
        "has she done other dramas", "ask_other_work", [("person", director(store)), ("claim", "other_work")]
    )
    assert responses_of(ActionOtherWork(), asked, domain)[0] == "utter_claim_yes"


@pytest.mark.parametrize(
    "text",
    [
        "are there more books",
        "is the novel part of a series",
        "is there another book",
        "are there other books in the series",
    ],
)
def test_a_yes_no_over_the_novels_series_is_the_series_claim(store, text):
    result = reading(store, text, "ask_novel")
    assert "novel_series" in values(result, "attribute")
    assert values(result, "claim") == ["novel_series"]


def test_a_wh_question_about_the_series_has_no_claim(store):
    result = reading(store, "how many books are in the series", "ask_novel")
    assert values(result, "attribute") == ["novel_series"] and not values(result, "claim")


def test_the_series_claim_is_decided_from_the_store(store, domain):
    decided, fact = verdict("novel_series", tracker())
    assert decided is True and fact == store.novel["series"]
    asked = tracker("are there other books", "ask_novel", [("attribute", "novel_series"), ("claim", "novel_series")])
    assert responses_of(ActionNovel(), asked, domain)[:2] == ["utter_claim_yes", "utter_novel_series"]


# 2. Which came first, said as "a book before a movie".
@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("was it a novel before it was a film", "came_first:novel"),
        ("was yomeboku a book before the film", "came_first:novel"),
    ],
)
def test_a_book_before_a_movie_is_which_came_first(store, text, claim):
    assert tags(reading(store, text, "ask_novel")).get("claim") == claim


def test_reading_the_book_before_the_film_is_no_claim(store):
    assert "claim" not in tags(reading(store, "do i need to read the book before the movie", "ask_novel"))


# 3. "Is it out?": released by now, decided from the premiere date.
@pytest.mark.parametrize("text", ["is the film out", "is it out already", "has it come out yet", "is it released yet"])
def test_out_by_now_is_a_release_claim(store, text):
    result = reading(store, text, "ask_plot")
    assert values(result, "claim") == ["released_by:now"]
    assert result.intent == "ask_release_date"


@pytest.mark.parametrize("text", ["did she find out", "is it out on netflix", "when does it come out"])
def test_other_outs_are_no_release_claim(store, text):
    assert "released_by:now" not in values(reading(store, text, "ask_plot"), "claim")


def test_released_by_now_is_decided_from_the_premiere(store, domain):
    decided, fact = verdict("released_by:now", tracker())
    assert decided is True and fact == store.film["premiere_date"]  # the store's premiere is in the past
    asked = tracker("is it out", "ask_release_date", [("claim", "released_by:now")])
    assert responses_of(ActionReleaseDate(), asked, domain)[0] == "utter_claim_yes"


# 4. A country word closing a yes/no about one named person: their origin.
def test_a_country_word_the_description_says_is_yes(store):
    said, _ = described_person(store, "japanese")
    text = f"is {said.name.lower()} japanese"
    result = reading(store, text, "ask_person", [name(text, said.name, "person")])
    assert values(result, "claim") == ["person_describes:japanese"]
    assert verdict("person_describes:japanese", tracker(entities={"person": said.name}))[0] is True


def test_a_country_word_the_description_does_not_say_is_the_unheld_origin(store):
    _, unsaid = described_person(store, "japanese")
    text = f"was {unsaid.name.lower()} japanese"
    result = reading(store, text, "ask_person", [name(text, unsaid.name, "person")])
    assert values(result, "attribute") == ["origin"] and result.intent == "ask_fact"


def test_a_language_of_a_persons_work_is_no_origin(store):
    said, _ = described_person(store, "japanese")
    text = f"is {said.name.lower()} in english"
    result = reading(store, text, "ask_person", [name(text, said.name, "person")])
    assert "origin" not in values(result, "attribute")


# 5. Two characters getting married: what happens between them, the ending (spoiler prompt).
@pytest.mark.parametrize("template", ["do {a} and {b} get married", "will {a} and {b} marry in the end"])
def test_two_characters_marrying_is_the_ending(store, template):
    a, b = two_characters(store)
    text = template.format(a=a, b=b)
    result = reading(store, text, "ask_fact", [name(text, a, "character"), name(text, b, "character")])
    assert result.intent == "ask_ending"


def test_one_character_married_is_still_the_unheld_marital_status(store):
    a, _ = two_characters(store)
    text = f"is {a} married"
    result = reading(store, text, "ask_fact", [name(text, a, "character")])
    assert result.intent == "ask_fact" and values(result, "attribute") == ["married"]


# 6. "Has the <a crew role> won an award?": the person's awards (not held), not the film's.
@pytest.mark.parametrize("text", ["did the director ever win an award", "was the director nominated for a prize"])
def test_awards_of_the_crew_role_asked_are_the_persons(store, text):
    result = reading(store, text, "ask_director", [name(text, "director", "crew_role")])
    assert values(result, "person") == [director(store)]
    assert result.intent == "ask_fact" and "awards" in values(result, "attribute")


def test_the_films_awards_stay_the_films(store):
    result = reading(store, "did the movie win any awards", "ask_fact")
    assert not values(result, "person")


# 7. Word classes: genres, a kind of group, a real person, kids watching.
@pytest.mark.parametrize("text", ["is it a western", "is this a western film"])
def test_more_genre_words_are_genre_claims(store, text):
    assert tags(reading(store, text, "ask_genre")).get("claim", "").startswith("genre:")


def test_a_band_is_a_group_in_a_persons_description(store):
    member = next(p for p in store.people.values() if p.about and " group " in f" {p.about.value} ")
    assert verdict("known_for:band", tracker(entities={"person": member.name}))[0] is True


def test_a_character_based_on_a_real_person_is_the_true_story(store):
    a, _ = two_characters(store)
    text = f"is {a} based on a real woman"
    result = reading(store, text, "ask_character", [name(text, a, "character")])
    assert tags(result).get("topic") == "true story" or result.intent == "ask_fact"


def test_kids_watching_is_the_rating(store):
    assert reading(store, "can children watch it", "ask_character").intent == "ask_rating"


def test_an_author_is_named_by_the_store(store):
    assert author(store)  # the helper used above holds for this store


# 8. Search-box word order: the title first, then the yes/no ("<the title> is it sad").
def film_title(store) -> str:
    return str(store.film["title"].value).lower()


@pytest.mark.parametrize(("rest", "claim"), [("is it an anime", "animated:"), ("was it a comedy", "genre:")])
def test_the_title_said_first_then_a_yes_no_is_a_claim(store, rest, claim):
    result = reading(store, f"{film_title(store)} {rest}", "ask_genre")
    assert tags(result).get("claim", "").startswith(claim)


def test_the_title_said_first_then_a_wh_question_is_no_claim(store):
    assert "claim" not in tags(reading(store, f"{film_title(store)} who is in it", "ask_cast"))


# 9. A later instalment: "<the title> 2", "will there be a season 2?" (never refused with nothing else named).
@pytest.mark.parametrize("template", ["is there a {t} 2", "{t} part two", "will there be a {t} 3 movie"])
def test_a_number_after_the_title_asks_for_a_sequel(store, template):
    result = reading(store, template.format(t=film_title(store)), "ask_rating")
    assert tags(result).get("topic") == "sequel" and result.intent == "ask_fact"


@pytest.mark.parametrize("template", ["is {t} 2 hours long", "is it 2 hours"])
def test_a_number_that_counts_something_is_no_sequel(store, template):
    assert tags(reading(store, template.format(t=film_title(store)), "ask_runtime")).get("topic") != "sequel"


def test_a_later_season_with_nothing_else_named_is_this_films(store):
    result = reading(store, "is there going to be a second season", "out_of_scope")
    assert result.intent == "ask_fact" and tags(result).get("topic") == "sequel"


@pytest.mark.parametrize("text", ["will there be a season 2 of the crown", "does the crown have a season 2"])
def test_a_later_season_of_another_show_stays_refused(store, text):
    assert reading(store, text, "out_of_scope").intent in (None, "out_of_scope")


def test_a_later_season_of_this_film_by_its_title_stays_this_films(store):
    result = reading(store, f"will there be a season 2 of {film_title(store)}", "out_of_scope")
    assert result.intent == "ask_fact" and tags(result).get("topic") == "sequel"


def test_coming_out_in_a_wh_clause_is_no_release_claim(store):
    result = reading(store, "is it a drama? when did it come out?", "ask_release_date")
    assert "released_by:now" not in values(result, "claim")
