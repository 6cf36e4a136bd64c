"""Round 17 of the question reader, nlu73 (issue 10): yes/no claims, from a grid of real frames.

Phrasings here are other than the grid's (tests/nlu/probes_round17_nlu73.yml): the rules must hold for the
structure. Names, dates and numbers come from the store. Reader tests are Rasa-free, with entities as the entity
rules would find them; verdict tests assert what the store decides (True, False, or None: not known).
"""

from __future__ import annotations

import datetime as dt
import re

import pytest

from actions.claims import verdict
from bot.store import FactStore
from bot.understanding import clauses
from tests.conftest import tracker
from tests.reading_helpers import name, reading, values


def first_name(store: FactStore, character_id: str) -> str:
    return store.characters[character_id].name.split()[0]


def relative(store: FactStore, relation: str) -> tuple[str, str]:
    """(a character, their relative of that kind) from the store, a named character first."""
    return next(
        (r.subject, r.object)
        for r in store.relations
        if r.relation == relation and "'" not in store.characters[r.subject].name
    )


def other_character(store: FactStore, *not_these: str) -> str:
    return next(c for c in store.characters if c not in not_these and "'" not in store.characters[c].name)


# 1. A character has one mother, one father, one spouse: naming someone else as that relative is a "no".
@pytest.mark.parametrize("relation", ["mother", "father"])
def test_someone_else_as_the_one_relative_is_a_no(store, relation):
    owner, held = relative(store, relation)
    stranger = other_character(store, owner, held)
    names = [("character", first_name(store, stranger)), ("character", first_name(store, owner))]
    assert verdict(f"related:{relation}", tracker("is x y's z?", "ask_character", names))[0] is False
    names = [("character", first_name(store, held)), ("character", first_name(store, owner))]
    assert verdict(f"related:{relation}", tracker("is x y's z?", "ask_character", names))[0] is True


def test_a_relative_named_by_its_own_name_is_no_second_party(store):
    """ "<a>'s father is <the florist>, right?": the store's character called "<a>'s father" is the one asked of,
    not a second character that would make the claim true."""
    named_by_relation = next(c for c in store.characters.values() if "'s " in c.name)
    owner_name, _, relation = named_by_relation.name.partition("'s ")
    owner = store.resolve(owner_name, ("character",))[0].id
    stranger = other_character(store, owner, named_by_relation.id)
    names = [
        ("character", named_by_relation.name),
        ("character", first_name(store, stranger)),
        ("character", owner_name),
    ]
    assert verdict(f"related:{relation}", tracker("x", "ask_character", names))[0] is False


def test_friends_are_never_decided_no(store):
    """Someone has many friends: a friend the store does not list is not known to be none."""
    owner, friend = relative(store, "best_friend")
    stranger = other_character(store, owner, friend)
    names = [("character", first_name(store, stranger)), ("character", first_name(store, owner))]
    assert verdict("related:best_friend", tracker("x", "ask_character", names))[0] is None


# 2. "Does <a> have a sister?": whether the store holds such a relative; one it lacks is not known to be missing.
@pytest.mark.parametrize(
    "opening", ["does {a} have a sister", "Does {a} have any sister in it?", "did {a} have a sister"]
)
def test_having_a_relative_is_a_claim(store, opening):
    owner, _ = relative(store, "sister")
    text = opening.format(a=first_name(store, owner))
    result = reading(store, text, "ask_character", [name(text, first_name(store, owner), "character")])
    assert values(result, "claim") == ["has_relative:sister"]


def test_having_a_relative_is_decided_from_the_relations(store):
    owner, _ = relative(store, "sister")
    held = tracker("x", "ask_character", [("character", first_name(store, owner))])
    assert verdict("has_relative:sister", held)[0] is True
    lacking = next(kind for kind in ("brother", "sister") if not store.related(owner, (kind,)))
    assert verdict(f"has_relative:{lacking}", held)[0] is None


def test_a_relative_named_is_still_who_they_are(store):
    """ "Does <a> have a sister called <b>?" names both: the relation between them, not the having."""
    owner, sister = relative(store, "sister")
    text = f"is {first_name(store, sister)} {first_name(store, owner)}'s sister"
    entities = [name(text, first_name(store, sister), "character"), name(text, first_name(store, owner), "character")]
    assert values(reading(store, text, "ask_character", entities), "claim") == ["related:sister"]


# 3. "Was <a> married to <b> on <the title>?": the marriage verb's claim, the title after "on" only where.
def test_married_to_on_the_title_is_the_spouse_claim(store):
    husband, wife = relative(store, "wife")
    text = f"was {first_name(store, husband)} married to {first_name(store, wife)} on {store.title.lower()}"
    entities = [name(text, first_name(store, husband), "character"), name(text, first_name(store, wife), "character")]
    assert values(reading(store, text, "ask_character", entities), "claim") == ["related:spouse"]


def test_another_couples_wife_is_a_no(store):
    couples = [(r.subject, r.object) for r in store.relations if r.relation == "wife"]
    (husband, wife), (_, other_wife) = couples[0], couples[1]
    names = [("character", first_name(store, husband)), ("character", first_name(store, other_wife))]
    assert verdict("related:spouse", tracker("x", "ask_character", names))[0] is False
    names = [("character", first_name(store, husband)), ("character", first_name(store, wife))]
    assert verdict("related:spouse", tracker("x", "ask_character", names))[0] is True


# 4. Dates: the weekend is a release time; the novel's year is the novel's; a thing's year is never the film's.
def test_the_weekend_is_a_release_time(store):
    words = "did it come out on the weekend".split()
    assert clauses.release_time_claimed(words) == ("released_on:weekend", words.index("weekend"))
    premiere = dt.date.fromisoformat(str(store.film["premiere_date"].value))
    assert verdict("released_on:weekend", tracker())[0] is (premiere.weekday() >= 5)


@pytest.mark.parametrize("text", ["was the novel published in {year}", "did the book come out in {year}, right?"])
def test_the_novels_year_is_a_claim_of_the_novel(store, text):
    year = str(store.novel["published"].value)[:4]
    result = reading(store, text.format(year=year), "ask_novel")
    assert values(result, "claim") == [f"published:{year}"]
    assert result.intent == "ask_novel"
    assert verdict(f"published:{year}", tracker())[0] is True
    assert verdict(f"published:{int(year) + 1}", tracker())[0] is False
    assert verdict(f"published_before:{int(year) + 1}", tracker())[0] is True


def test_the_novels_year_is_not_the_manga_one(store):
    year = str(store.novel["published"].value)[:4]
    assert clauses.novel_year_claimed(f"was the manga of the book published in {year}".split()) is None


@pytest.mark.parametrize("thing", ["trailer", "teaser", "theme song"])
def test_a_things_year_is_never_the_films_release(store, thing):
    year = str(store.release_year)
    result = reading(store, f"was the {thing} released in {year}", "ask_release_date")
    assert not [claim for claim in values(result, "claim") if claim.startswith("released")]


# 5. "Can it be watched in two hours?": the whole runtime fits in the time said.
@pytest.mark.parametrize(
    ("text", "minutes"),
    [("can you watch it in two hours?", 120), ("Can it be watched in its entirety in 90 minutes", 90)],
)
def test_watched_within_a_time_is_a_runtime_claim(store, text, minutes):
    result = reading(store, text, "ask_runtime")
    assert values(result, "claim") == [f"runtime_within:{minutes}"]
    runtime = int(store.film["runtime_minutes"].value)
    assert verdict(f"runtime_within:{minutes}", tracker())[0] is (runtime <= minutes)


def test_watched_in_a_language_is_no_runtime(store):
    claims = values(reading(store, "can i watch it in english?", "ask_language"), "claim")
    assert not [claim for claim in claims if claim.startswith("runtime")]


# 6. The grid's files are the generator's output.
# 7. "Does <a person> sing <the theme song's title>?": the title is this film's credited work, the credit decides.
def test_singing_a_credited_works_title_is_its_credit(store):
    role, credit = next((role, credit) for role, credit in store.crew.items() if credit.work is not None)
    title = re.search(r"\((.+?)\)", str(credit.work.value))
    assert title is not None
    singer = store.people[credit.people[0]].name
    text = f"does {singer} sing {title.group(1).lower()}"
    result = reading(store, text, "out_of_scope", [name(text, singer, "person")])
    assert values(result, "claim") == [f"credit_by:{role}/{singer}"]
    assert result.intent == "ask_crew"


def test_the_songs_original_artist_is_not_decided_by_the_cover(store):
    """The cover's singer holds the credit; the song's original artist sang another version: the card, no verdict."""
    role, credit = next((role, credit) for role, credit in store.crew.items() if credit.work is not None)
    original = store.people[str(credit.work.extra["original_by"])].name
    title = re.search(r"\((.+?)\)", str(credit.work.value))
    assert title is not None
    text = f"did {original} sing {title.group(1).lower()}"
    result = reading(store, text, "out_of_scope", [name(text, original, "person")])
    assert values(result, "claim") == []
    assert result.intent == "ask_crew"


# 8. Vocabulary: "amazon prime" is one platform; a golden globe is an award.
def test_amazon_prime_or_something_is_one_platform_claimed(store):
    result = reading(store, "is it on Amazon Prime or something?", "ask_where_to_watch")
    assert values(result, "claim") == ["platform:amazon"]


@pytest.mark.parametrize("prize", ["a golden globe", "an emmy", "a bafta"])
def test_a_named_prize_is_an_award(store, prize):
    result = reading(store, f"did it ever win {prize}?", "ask_ending")
    assert values(result, "topic") == ["awards"]


# 9. "Did the song come out in <year>?": the thing's own year decides, never the film's.
def test_a_things_year_is_decided_from_its_own_answer(store):
    year = str(store.release_year)
    result = reading(store, f"did the trailer come out in {int(year) - 11}", "ask_release_date")
    assert values(result, "claim") == [f"thing_released:trailer/released:{int(year) - 11}"]
    trailer_year = re.search(r"\b(?:19|20)\d\d\b", str(store.film["trailer"].value))
    assert trailer_year is not None
    held = trailer_year.group(0)
    assert verdict(f"thing_released:trailer/released:{held}", tracker())[0] is True
    assert verdict(f"thing_released:trailer/released:{int(held) - 1}", tracker())[0] is False
    assert verdict(f"thing_released:trailer/released_before:{int(held) + 1}", tracker())[0] is True
