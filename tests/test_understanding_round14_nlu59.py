"""Round 14 of the question reader, nlu59 (issue 10): every detail of a yes/no question or a trivia statement is
checked (bot/understanding/stated_claims.details_said, actions/claims.answer_details).

Phrasings here are other than the probes' (tests/nlu/probes_round14_nlu59.yml): the rules must hold for the
structure. Names, years and parts come from the store; the reader's name entities are given as spans.
"""

from __future__ import annotations

import pytest

from actions.claims import detail_verdict, said_details
from tests.conftest import tracker
from tests.reading_helpers import details_of


def _lead(store) -> tuple[str, str, str, str]:
    """(actor id, actor name, character id, character name) of the first cast credit."""
    credit = store.cast[0]
    return credit.actor, store.people[credit.actor].name, credit.character, store.characters[credit.character].name


def _other_cast(store, n: int) -> tuple[str, str]:
    credit = store.cast[n]
    return credit.actor, store.people[credit.actor].name


def _crew(store, role: str) -> tuple[str, str]:
    person = store.crew[role].people[0]
    return person, store.people[person].name


def _verdicts(store, text: str) -> list[bool | None]:
    return [detail_verdict(kind, value) for kind, value in details_of(store, text)]


# 1. A credit next to a name: "directed by <a>", "starring <a>, <b> and <c>", "<a> co-wrote ...".
@pytest.mark.parametrize(
    "phrasing",
    [
        "{title}, a film directed by {writer}, came out on Netflix.",
        "was {title} made by director {writer}",
        "The romance {title} was directed by {writer} and stars {actor}.",
    ],
)
def test_a_wrong_director_is_a_false_detail(store, phrasing):
    writer_id, writer = _crew(store, "screenplay")
    _, actor, _, _ = _lead(store)
    text = phrasing.format(title=store.title, writer=writer, actor=actor)
    details = details_of(store, text)
    assert ("credit", f"director/{writer_id}") in details  # "made by director <a>": the noun next to the name
    assert detail_verdict("credit", f"director/{writer_id}") is False


@pytest.mark.parametrize(
    "phrasing",
    [
        "{title} stars {a}, {b} and {c}.",
        "{a}, {b} and {c} all acted in {title}.",
        "Starring {a}, {b} and {c}, {title} is a Netflix romance.",
    ],
)
def test_every_name_of_a_cast_list_is_checked(store, phrasing):
    names = [_other_cast(store, n) for n in (0, 1, 2)]
    text = phrasing.format(title=store.title, a=names[0][1], b=names[1][1], c=names[2][1])
    details = details_of(store, text)
    assert [d for d in details if d[0] == "credit"] == [("credit", f"cast/{p}") for p, _ in names]
    assert all(_verdicts(store, text))


@pytest.mark.parametrize(
    "phrasing",
    [
        "{director} also wrote the screenplay for {title}.",
        "{director} co-wrote the script of {title} with {writer}.",
        "the screenplay of {title} was co-written by {director}",
    ],
)
def test_a_writing_credit_of_the_director_is_false(store, phrasing):
    director_id, director = _crew(store, "director")
    _, writer = _crew(store, "screenplay")
    text = phrasing.format(director=director, writer=writer, title=store.title)
    details = details_of(store, text)
    assert ("credit", f"screenplay/{director_id}") in details
    assert detail_verdict("credit", f"screenplay/{director_id}") is False


def test_writing_the_music_is_the_music_credit(store):
    composer_id, composer = _crew(store, "music")
    assert details_of(store, f"did {composer} write the score for {store.title}") == [
        ("credit", f"music/{composer_id}")
    ]
    assert detail_verdict("credit", f"music/{composer_id}") is True


def test_the_novel_by_a_name_is_the_source_author(store):
    author = store.novel["author"].value
    name = store.people[author].name
    for text in (
        f"{store.title} adapts the book by {name}.",
        f"The film {store.title} comes from a novel written by {name}.",
        f"is {store.title} based on the novel by {name}",
    ):
        assert ("credit", f"novel_author/{author}") in details_of(store, text), text
        assert detail_verdict("credit", f"novel_author/{author}") is True


def test_a_verb_followed_by_a_name_is_the_credit_of_that_name(store):
    """ "... by <a>, stars <b>": "stars" gives <b> a part, not <a>; "<a>, was directed by <b>": the director is <b>."""
    author = store.novel["author"].value
    _, actor, _, _ = _lead(store)
    director_id, director = _crew(store, "director")
    text = f"Based on the novel by {store.people[author].name}, {store.title} stars {actor}."
    assert ("credit", f"cast/{author}") not in details_of(store, text)
    text = f"{store.title}, starring {actor}, was directed by {director}."
    assert ("credit", f"director/{director_id}") in details_of(store, text)
    assert not any(v.startswith("director/") and v != f"director/{director_id}" for _, v in details_of(store, text))


# 2. Parts: "<a> played <b>", "<b> was played by <a>", "<a> played both <b> and <c>", "<a>'s father was played by".
@pytest.mark.parametrize(
    "phrasing",
    [
        "{actor} portrayed {character} in {title}.",
        "In {title}, {character} is played by {actor}.",
        "{actor} was cast in the role of {character}.",
    ],
)
def test_a_part_said_is_checked_against_the_cast(store, phrasing):
    actor_id, actor, character_id, character = _lead(store)
    text = phrasing.format(actor=actor, character=character, title=store.title)
    assert ("plays", f"{actor_id}/{character_id}") in details_of(store, text)
    assert detail_verdict("plays", f"{actor_id}/{character_id}") is True


def test_a_part_given_to_the_wrong_actor_is_false(store):
    actor_id, actor, _, _ = _lead(store)
    other = store.cast[1].character
    text = f"{actor} played both {store.characters[store.cast[0].character].name} and {store.characters[other].name}."
    assert ("plays", f"{actor_id}/{other}") in details_of(store, text)
    assert detail_verdict("plays", f"{actor_id}/{other}") is False


def test_a_relative_of_a_character_is_that_character(store):
    relation = next(r for r in store.relations if r.relation == "father")
    actor = store.actor_of(relation.object)[0].actor
    name = store.characters[relation.subject].name.split()[0]
    for text in (
        f"{name}'s father was played by {store.people[actor].name}.",
        f"{store.people[actor].name} plays {name}'s father.",
    ):
        assert ("plays", f"{actor}/{relation.object}") in details_of(store, text), text


# 3. The film's own details: its year, animated or not, a studio, Netflix, a genre, its source.
@pytest.mark.parametrize(
    ("phrasing", "holds"),
    [
        ("the {year} film {title} stars {actor}", True),
        ("{title} came out in {wrong}, starring {actor}.", False),
        ("is {title} a {wrong} movie with {actor}", False),
    ],
)
def test_a_year_said_of_the_film_is_its_release_year(store, phrasing, holds):
    _, actor, _, _ = _lead(store)
    year = store.release_year
    text = phrasing.format(year=year, wrong=year - 2, title=store.title, actor=actor)
    years = [v for k, v in details_of(store, text) if k == "year"]
    assert len(years) == 1
    assert detail_verdict("year", years[0]) is holds


def test_a_birth_year_is_not_the_release_year(store):
    person = next(p for p in store.people.values() if p.born is not None and p.born.known)
    text = f"{person.name}, who is in {store.title}, was born in 1990."
    assert not [d for d in details_of(store, text) if d[0] == "year"]


@pytest.mark.parametrize(
    ("phrasing", "detail", "holds"),
    [
        ("{title} is a cartoon from Japan.", ("animated", "yes"), False),
        ("was {title} shot as a live-action film", ("animated", "no"), True),
        ("is {title} one of the dreamworks movies", ("studio", "dreamworks"), False),
        ("{title} is a Netflix film.", ("platform", "netflix"), True),
        ("{title} is a documentary.", ("genre", "documentary"), False),
        ("is {title} a romantic film", ("genre", "romance"), True),
        ("is {title} adapted from a japanese book", ("source", "novel"), True),
    ],
)
def test_a_kind_said_of_the_film(store, phrasing, detail, holds):
    text = phrasing.format(title=store.title)
    assert detail in details_of(store, text)
    assert detail_verdict(*detail) is holds


def test_life_and_death_of_people_cannot_be_decided(store):
    director = _crew(store, "director")[1]
    for text in (
        f"is {director} still alive",
        f"is any actor of {store.title} dead",
        "is the lead actress of it still living",
    ):
        alive = [d for d in details_of(store, text) if d[0] == "alive"]
        assert alive, text
        assert detail_verdict(*alive[0]) is None


# 4. Only a yes/no or a statement: not a wh-question, a request, nor something said of the speaker.
@pytest.mark.parametrize(
    "text",
    [
        "who starred in the {year} film {title}",
        "which year did {title} come out, {year}?",
        "tell me about the {year} movie {title}",
        "i watched the {year} movie {title} with my sister",
        "can you recommend a film like the {year} movie {title}",
    ],
)
def test_no_details_of_a_question_or_a_remark(store, text):
    assert details_of(store, text.format(year=store.release_year, title=store.title)) == []


def test_a_relative_who_is_no_question(store):
    actor_id, actor, character_id, character = _lead(store)
    text = f"{actor}, who is in {store.title}, plays {character}."
    assert ("plays", f"{actor_id}/{character_id}") in details_of(store, text)


# 5. The action reads the names the reader tagged, and the full names it left untagged.
def test_untagged_full_names_are_read(store):
    director_id, director = _crew(store, "director")
    text = f"{store.title} was co-written by {director}."
    assert ("credit", f"screenplay/{director_id}") in said_details(tracker(text, "ask_crew"))


def test_a_name_the_store_lacks_leaves_its_credit_open():
    text = "the movie stars Somebody Unknown"
    message = tracker(text, "ask_person", [("person", "Somebody Unknown")])
    message.latest_message["entities"][0].update(start=16, end=32)
    details = said_details(message)
    assert details == [("credit", "cast/?")]
    assert detail_verdict(*details[0]) is None


def test_several_yes_no_parts_are_left_to_their_own_reading(store):
    director = _crew(store, "director")[1]
    message = tracker(f"was it directed by {director} and is it a 2010 movie", "ask_crew", [("also_claim", "x|y")])
    assert said_details(message) == []


def test_a_year_of_the_book_or_the_teaser_is_not_the_release_year(store):
    for text in (
        f"was the novel of {store.title} published in 2019",
        f"the teaser for the movie {store.title} came out in 2020",
        f"{store.title} is based on a book written in 2018",
    ):
        assert not [d for d in details_of(store, text) if d[0] == "year"], text


@pytest.mark.parametrize(
    "text",
    [
        "is {title} a drama or a comedy",
        "will there be a {title} movie in {later}",
        "{title} was made by which director, {director}?",
        "This film, directed by {director}, came out in {year}.",
    ],
)
def test_no_details_of_a_choice_a_future_or_a_quiz(store, text):
    said = text.format(title=store.title, later=store.release_year + 2, year=store.release_year, director="X")
    assert details_of(store, said) == []


def test_a_language_the_book_was_published_in_cannot_be_decided(store):
    author = store.people[store.novel["author"].value].name
    for text in (
        f"was the novel by {author} translated into french",
        f"is the {store.title} book published in english",
        "the original novel was released in korean too",
    ):
        said = [d for d in details_of(store, text) if d[0] == "book_language"]
        assert said, text
        assert detail_verdict(*said[0]) is None
