"""Round 15 of the question reader, nlu63 (issue 10): yes/no questions and statements put to be confirmed, whose
subject is a pronoun or whose details name other works (bot/understanding/stated_claims.details_said,
actions/claims.detail_verdict / said_details).

Phrasings here are other than the probes' (tests/nlu/probes_round15_nlu63.yml): the rules must hold for the
structure. Names, works and parts come from the store.
"""

from __future__ import annotations

import pytest

from actions.claims import _other_names, _work_spans, detail_verdict, said_details
from bot.understanding import stated_claims
from tests.conftest import tracker
from tests.reading_helpers import details_of, name_spans


def _crew(store, role: str) -> tuple[str, str]:
    person = store.crew[role].people[0]
    return person, store.people[person].name


def _with_works(store, text: str, pointed: str | None = None) -> list[tuple[str, str]]:
    """The details of `text` with the store's names, the film's title and the other works found in it."""
    title = store.title.lower()
    at = text.lower().find(title)
    titles = [(at, at + len(title))] if at >= 0 else []
    return stated_claims.details_said(
        text,
        name_spans(store, text, "person"),
        name_spans(store, text, "character"),
        titles,
        store,
        _work_spans(text, titles),
        pointed,
    )


def _worker(store) -> tuple[str, str, list[str]]:
    """(id, name, titles) of a person of the film with at least two other works."""
    for person in store.people.values():
        titles = [w.title for w in person.known_for if w.title.isascii() and " " in w.title]
        if len(titles) >= 2:
            return person.id, person.name, titles
    raise AssertionError("no person with two works")


def _others_work(store, person_id: str) -> str:
    """A title of another person's works, not this person's."""
    own = {w.title for w in store.people[person_id].known_for}
    for person in store.people.values():
        for work in person.known_for:
            if work.title not in own and work.title.isascii() and " " in work.title and ":" not in work.title:
                return work.title
    raise AssertionError("no other work")


# 1. A pronoun stands for the person the conversation is about (the `person` slot), when the message names nobody.
@pytest.mark.parametrize(
    ("phrasing", "role"),
    [
        ("did she write the script as well?", "screenplay"),
        ("he directed it, didn't he?", "director"),
        ("so it was her novel, right?", "novel_author"),
    ],
)
def test_a_pronoun_is_the_person_talked_about(store, phrasing, role):
    composer, _ = _crew(store, "music")
    assert ("credit", f"{role}/{composer}") in stated_claims.details_said(phrasing, [], [], [], store, [], composer)
    assert detail_verdict("credit", f"{role}/{composer}") is False


@pytest.mark.parametrize("phrasing", ["does he play tennis?", "he acted well in it, right?", "is she starring?"])
def test_a_pronoun_gets_no_part(store, phrasing):
    """ "he" may be a character as well as the actor talked about: no cast credit is read of it."""
    actor = store.cast[0].actor
    details = stated_claims.details_said(phrasing, [], [], [], store, [], actor)
    assert not [d for d in details if d == ("credit", f"cast/{actor}")]


def test_a_named_person_wins_over_the_pronoun(store):
    director, name = _crew(store, "director")
    composer, _ = _crew(store, "music")
    text = f"{name} wrote the screenplay, didn't he?"
    details = stated_claims.details_said(text, name_spans(store, text, "person"), [], [], store, [], composer)
    assert ("credit", f"screenplay/{director}") in details
    assert not [d for d in details if composer in d[1]]


@pytest.mark.parametrize("link", ["was", "is"])
def test_a_person_linked_to_a_part_plays_it(store, link):
    credit, other = store.cast[0], store.cast[1]
    character = store.characters[other.character].name
    text = f"he {link} {character} in the movie, right?"
    details = stated_claims.details_said(text, [], name_spans(store, text, "character"), [], store, [], credit.actor)
    assert ("plays", f"{credit.actor}/{other.character}") in details
    assert detail_verdict("plays", f"{credit.actor}/{other.character}") is False


# 2. Other works said as a person's are checked against the store's works.
@pytest.mark.parametrize(
    "phrasing",
    [
        "{name} has acted in {a} and {b}.",
        "{name} also appeared in the series {a}, and in {b}",
        "{name} was in {a} and {b}, right?",
    ],
)
def test_a_persons_own_works_hold(store, phrasing):
    person, name, titles = _worker(store)
    text = phrasing.format(name=name, a=titles[0], b=titles[1])
    details = _with_works(store, text)
    assert [d for d in details if d[0] == "work"] == [("work", f"{person}/{t}") for t in titles[:2]]
    assert all(detail_verdict(*d) for d in details if d[0] == "work")


@pytest.mark.parametrize(
    "phrasing",
    ["{name} starred in {a} and {b}.", "{name} appeared in {b}, didn't they?", "In {title}, {name} co-starred in {b}"],
)
def test_another_persons_work_is_false(store, phrasing):
    person, name, titles = _worker(store)
    other = _others_work(store, person)
    text = phrasing.format(name=name, a=titles[0], b=other, title=store.title)
    assert ("work", f"{person}/{other}") in _with_works(store, text)
    assert detail_verdict("work", f"{person}/{other}") is False


def test_a_work_unknown_to_the_store_is_open(store):
    person, _, _ = _worker(store)
    assert detail_verdict("work", f"{person}/A Title Nobody Holds") is None


def test_a_one_word_title_is_a_common_word_in_lower_case(store):
    single = next(
        (
            w.title
            for p in store.people.values()
            for w in p.known_for
            if " " not in w.title and w.title.isascii() and w.title.isalpha()
        ),
        None,
    )
    if single is None:
        pytest.skip("no one-word title in the store")
    assert not _work_spans(f"she played the {single.lower()} of the boy", [])
    assert _work_spans(f"she was in {single}", [])


# 3. A speaker's hedge before a confirmation tag keeps the statement checkable; an opinion stays unchecked.
@pytest.mark.parametrize(
    "phrasing",
    [
        "I believe {title} came out in 2019, right?",
        "i remember {title} came out in 2019 didn't it",
        "I have heard {title} came out in 2019, correct?",
    ],
)
def test_a_hedged_statement_is_checked(store, phrasing):
    assert ("year", "2019") in details_of(store, phrasing.format(title=store.title))


@pytest.mark.parametrize(
    "phrasing",
    ["I think {title} came out in 2019", "I saw {title} in 2019, right?", "did I say {title} came out in 2019?"],
)
def test_no_hedge_no_check(store, phrasing):
    assert details_of(store, phrasing.format(title=store.title)) == []


# 4. A birth date said straight after "born", and a birth said of "he" / "she".
@pytest.mark.parametrize(
    ("words", "said"),
    [
        ("she was born 12 may 2000", "born:12 may 2000"),
        ("he was born march 3 1990 right", "born:march 3 1990"),
        ("the actor was born 1985 in osaka", "born:1985 in osaka"),
    ],
)
def test_a_birth_date_after_born(words, said):
    found = stated_claims.birth_said(words.split())
    assert found is not None and found[0] == said


def test_born_to_is_no_birth_said():
    assert stated_claims.birth_said("she was born to a family of actors".split()) is None


def test_a_birth_said_of_a_pronoun_is_the_person_talked_about(store):
    from actions.claims import verdict

    person = next(p for p in store.people.values() if p.born is not None and p.born.known)
    year = str(person.born.value).split()[-1]
    asked = tracker(f"was she born in {year}?", "ask_fact", slots={"person": person.id})
    assert verdict(f"born:she/in {year}", asked)[0] is True
    assert verdict(f"born:she/in {int(year) + 3}", asked)[0] is False


# 5. Credits read by their verb: co-starring, singing (the theme song), music written by, a book's owner.
@pytest.mark.parametrize(
    "phrasing", ["{a} co-starred with {b} in {title}.", "{b} costarred in {title}", "{title} co-stars {a} and {b}"]
)
def test_co_starring_is_the_cast(store, phrasing):
    a, b = (store.people[c.actor] for c in store.cast[:2])
    text = phrasing.format(a=a.name, b=b.name, title=store.title)
    assert ("credit", f"cast/{b.id}") in details_of(store, text)


@pytest.mark.parametrize(
    "phrasing", ["does {a} sing in {title}", "{a} sang the ending of {title}, right?", "did {a} sing for the film"]
)
def test_singing_is_the_theme_song(store, phrasing):
    actor = store.people[store.cast[0].actor]
    text = phrasing.format(a=actor.name, title=store.title)
    assert ("credit", f"theme_song/{actor.id}") in details_of(store, text)
    assert detail_verdict("credit", f"theme_song/{actor.id}") is False


@pytest.mark.parametrize(
    "phrasing",
    [
        "the music was written by {w}",
        "the film's score was written by {w}, right?",
        "its soundtrack was written by {w}",
    ],
)
def test_music_written_by_is_the_music_credit(store, phrasing):
    writer, name = _crew(store, "screenplay")
    assert ("credit", f"music/{writer}") in details_of(store, phrasing.format(w=name))
    assert detail_verdict("credit", f"music/{writer}") is False


@pytest.mark.parametrize("phrasing", ["{d} wrote the novel, right?", "it's {d}'s book", "{d} also wrote the book"])
def test_a_book_of_a_person_is_the_novel(store, phrasing):
    director, name = _crew(store, "director")
    assert ("credit", f"novel_author/{director}") in details_of(store, phrasing.format(d=name))


# 6. A full name the store lacks, a cost, a kind of work adapted.
def test_a_name_the_store_lacks_is_found(store):
    text = "It co-stars Someone Unheard and the lead."
    assert _other_names(text, []) == [(text.index("Someone"), text.index(" and"))]
    assert _other_names("Someone Unheard is in it", []) == []  # a sentence's first words
    assert _other_names("it was on Netflix Japan", []) == []


def test_a_name_the_store_lacks_leaves_a_credit_open(store):
    lead = store.people[store.cast[0].actor].name
    asked = tracker(f"{store.title} stars {lead} and Someone Unheard.", "ask_cast")
    details = said_details(asked)
    assert ("credit", "cast/?") in details
    assert detail_verdict("credit", "cast/?") is None


@pytest.mark.parametrize(
    "phrasing", ["{t} cost $2 million to make.", "its budget was 300 million yen, right?", "{t} costs 5 dollars"]
)
def test_a_cost_said_is_a_detail(store, phrasing):
    details = details_of(store, phrasing.format(t=store.title))
    assert [d for d in details if d[0] == "budget"]
    assert all(detail_verdict(*d) is None for d in details if d[0] == "budget")


@pytest.mark.parametrize(
    "phrasing",
    [
        "{t} is the film adaptation of the manga.",
        "the live adaptation from a comic, {t}, came out in 2024",
        "{t} was adapted from a manga",
    ],
)
def test_an_adaptation_of_another_kind_of_work_is_false(store, phrasing):
    details = details_of(store, phrasing.format(t=store.title))
    sources = [d for d in details if d[0] == "source"]
    assert sources and all(detail_verdict(*d) is False for d in sources)


# 7. "Isn't that the movie with <a> in it?": whether this is the film its people describe, asked negated.
@pytest.mark.parametrize(
    "phrasing",
    [
        "Isn't that the movie with {a} in it?",
        "wasn't it the film starring {a}?",
        "isnt that the one directed by {d}",
    ],
)
def test_a_negated_identification_is_a_yes_no(store, phrasing):
    from tests.reading_helpers import name, reading, values

    actor = store.people[store.cast[0].actor].name
    _, director = _crew(store, "director")
    text = phrasing.format(a=actor, d=director)
    said = actor if actor in text else director
    result = reading(store, text, "nlu_fallback", [name(text, said, "person")])
    assert values(result, "claim") == ["in_film"]
    assert result.intent == "ask_person"


@pytest.mark.parametrize("role", ["director", "screenplay", "novel_author"])
def test_a_name_the_store_lacks_holds_no_crew_credit(store, role):
    """The crew credits and the novel's author are complete in the store: a name it lacks holds none of them; the
    cast list may be partial, so a part of someone it lacks is left open."""
    assert detail_verdict("credit", f"{role}/?") is False
    assert detail_verdict("credit", "cast/?") is None
