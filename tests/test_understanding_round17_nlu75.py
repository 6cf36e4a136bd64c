"""Round 17, nlu75 (issue 10): the subject asked about. A work one of this film's people is known for, named by its
title with no work noun before it ("who directed <a title>?"), is that person's work, never this film; a record
among all films ("the first movie ever", "the most films") is no fact of this film; a given name two people share,
with the other part of one's name misspelt beside it, is that one person. Phrasings are the engineer's own; every
name and title comes from the store (tooling/grids/nlu75.py writes the grid these rules were measured on)."""

from __future__ import annotations

import pytest

from actions.people import ActionOtherWork, ActionWhoPlays
from bot.understanding import named_work, proper_names
from bot.understanding.lexicon import default_lexicon
from tests.reading_helpers import name, reading, run, values
from tooling.grids.nlu75 import typo


def film_work_of(store, role: str) -> tuple[str, str]:
    """(person id, title) of the first film the person credited with `role` is known for, with a Latin title."""
    person_id = store.crew[role].people[0]
    work = next(w for w in store.people[person_id].known_for if w.medium == "film" and w.title.isascii())
    return person_id, work.title


@pytest.mark.parametrize("frame", ["Who directed {}?", "Give me all actors starring in {}.", "who was in {}"])
@pytest.mark.parametrize("role", ["director", "screenplay"])
def test_a_known_title_without_a_work_noun_is_its_owners_work(store, frame, role):
    """Asked of the work, not of this film: the reader reads a question of that person's other works."""
    person_id, title = film_work_of(store, role)
    result = reading(store, frame.format(title), "ask_director")
    assert result.intent == "ask_other_work"
    assert values(result, "person") == [store.people[person_id].name]


def test_this_films_title_after_a_subject_word_is_not_another_work(store):
    assert named_work.find(f"who directed {store.title}?", store, default_lexicon().film_titles) is None


def test_an_unknown_lower_case_word_after_a_subject_word_is_no_title(store):
    """Only titles the store holds are read without a work noun: "in" and "of" precede any words."""
    assert named_work.find("who directed something in the end?", store, default_lexicon().film_titles) is None


@pytest.mark.parametrize(
    "text",
    [
        "Who directed the first movie ever?",
        "Who produced the most films?",
        "who directed the highest-grossing film of all time",
        "what was the best film in history",
    ],
)
def test_a_record_among_all_films_is_not_this_film(store, text):
    result = reading(store, text, "ask_crew")
    assert result.intent == "out_of_scope"


@pytest.mark.parametrize("text", ["is this the best movie ever?", "is it the saddest film of all time"])
def test_a_record_said_of_this_film_stays_this_films(store, text):
    assert reading(store, text, "ask_fact").intent != "out_of_scope"


def test_a_record_of_one_of_our_people_stays_theirs(store):
    person = store.people[store.cast[0].actor]
    text = f"what was {person.name.lower()}'s first movie ever"
    assert reading(store, text, "ask_fact").intent != "out_of_scope"


def shared_given_name(store) -> tuple[str, list[str]]:
    """A given name two people of the store share, with their full names."""
    by_given: dict[str, list[str]] = {}
    for person in store.people.values():
        parts = person.name.split()
        if person.kind == "person" and len(parts) == 2:
            by_given.setdefault(parts[0], []).append(person.name)
    return next((given, names) for given, names in by_given.items() if len(names) > 1)


def test_a_misspelt_family_name_beside_a_shared_given_name_completes_the_name(store):
    given, names = shared_given_name(store)
    for full in names:
        text = f"When was {given} {typo(full.split()[1])} born?"
        entity = name(text, given, "person")
        pairs = proper_names.completed_by_a_typo(text, [entity], store)
        assert [new["value"] for _, new in pairs] == [full]
        assert pairs[0][1]["end"] == text.index(" born")


def test_the_completed_name_replaces_the_part_in_the_reading(store):
    given, names = shared_given_name(store)
    full = names[-1]
    text = f"When was {given} {typo(full.split()[1])} born?"
    entity = name(text, given, "person")
    result = reading(store, text, "ask_fact", [entity])
    assert full in values(result, "person")
    assert entity in result.drop


def test_a_given_name_beside_an_everyday_word_is_left_as_tagged(store):
    given, _ = shared_given_name(store)
    text = f"When was {given} born?"
    assert proper_names.completed_by_a_typo(text, [name(text, given, "person")], store) == []


def test_a_named_work_of_one_of_our_people_is_not_known_by_its_own_title(store, domain):
    """ "Who directed <a title>?": "I don't know <the title>'s director", never this film's director first."""
    person_id, title = film_work_of(store, "director")
    person = store.people[person_id]
    text = f"Who directed {title}?"
    entities = [name(text, title, "person", person.name), name(text, "directed", "works_attribute", "director")]
    said, messages, _ = run(ActionOtherWork(), domain, text, entities, intent="ask_other_work")
    assert said == ["utter_dont_know_subject_attribute"]
    assert messages[0]["subject_name"] == title


def test_several_relatives_of_a_named_character_are_each_played(store, domain):
    """ "Who played <a>'s childhood friend?" when <a> has two: each of them with their actor, not a choice."""
    owner, kind = next(
        (r.subject, r.relation) for r in store.relations if len(store.related(r.subject, [r.relation])) > 1
    )
    given = store.characters[owner].name.split()[0]
    words = kind.replace("_", " ")
    text = f"who played {given}'s {words}"
    entities = [name(text, given, "character"), name(text, words, "relation", kind)]
    said, _, _ = run(ActionWhoPlays(), domain, text, entities, intent="ask_who_plays")
    answers = [response for response in said if not response.startswith("utter_hedge")]
    assert answers == ["utter_who_plays"] * len(store.related(owner, [kind]))


@pytest.mark.parametrize("title", ["Dr", "Dr.", "doctor"])
def test_a_title_before_a_misspelt_family_name_keeps_the_name_slot(store, title):
    character = next(c for c in store.characters.values() if c.name.split()[0] in ("Dr", "Doctor"))
    family = character.name.split()[-1]
    text = f"who plays {title} {typo(family)}"
    result = reading(store, text, "ask_who_plays")
    assert character.name in values(result, "character")


def test_our_character_asked_in_another_titled_film_is_that_films_part(store):
    """ "who played <a character of ours> in the movie <Another Title>?": the other film's part, never ours."""
    given = store.characters[store.cast[1].character].name.split()[0]
    text = f"who played {given} in the movie Some Other Picture"
    result = reading(store, text, "ask_who_plays", [name(text, given, "character")])
    assert result.intent == "out_of_scope"


def test_a_role_played_in_another_capitalised_work_is_that_works(store):
    """ "who played the doctor in <Title>?": a part is played in a work, so one capitalised word after "in" names it;
    a title word (doctor) is no name of anyone."""
    role = next(a for c in store.characters.values() for a in c.aliases if a.startswith("the ") and "doctor" in a)
    text = f"Who played {role} in Zyxwv?"
    result = reading(store, text, "ask_who_plays", [name(text, role, "character")])
    assert result.intent == "out_of_scope"


def test_a_title_word_is_no_name_part(store):
    assert not proper_names.is_proper_name("the doctor", proper_names.store_names(store))


def test_when_a_known_title_came_out_is_its_owners_work(store):
    person_id, title = film_work_of(store, "director")
    result = reading(store, f"When was {title} released?", "ask_release_date")
    assert result.intent == "ask_other_work"
    assert values(result, "person") == [store.people[person_id].name]


def test_a_capitalised_run_after_a_part_played_in_is_another_work(store):
    """ "who played <our character> in <Two Capitalised Words>?": the other work's part (out of scope); this film's
    own title there stays this film."""
    given = store.characters[store.cast[0].character].name.split()[0]
    other = f"who played {given} in Some Picture"
    ours = f"who played {given} in {store.title}"
    assert reading(store, other, "ask_who_plays", [name(other, given, "character")]).intent == "out_of_scope"
    assert reading(store, ours, "ask_who_plays", [name(ours, given, "character")]).intent != "out_of_scope"


def test_one_capitalised_word_after_a_part_played_in_is_another_work(store):
    """ "who played <our character> in <Oneword>?": the run of capitals does not glue the name to the work."""
    given = store.characters[store.cast[0].character].name.split()[0]
    text = f"who played {given} in Zyxwv"
    assert reading(store, text, "ask_who_plays", [name(text, given, "character")]).intent == "out_of_scope"


def test_the_writer_of_a_named_book_of_one_of_our_people_is_that_person(store, domain):
    """ "Who wrote <a book they are known for>?": the person, with the book's note."""
    person, book = next(
        (p, w) for p in store.people.values() for w in p.known_for if w.medium == "book" and w.title.isascii()
    )
    text = f"who wrote {book.title}"
    entities = [name(text, book.title, "person", person.name), name(text, "wrote", "works_attribute", "writer")]
    said, messages, _ = run(ActionOtherWork(), domain, text, entities, intent="ask_other_work")
    assert said == ["utter_person_work_said"]
    assert messages[0]["person_name"] == person.name


def test_a_title_beside_its_named_owner_is_a_clue_about_them(store):
    """ "<a>, famous for <a title of theirs>, was born in what year?": the person is asked, not the work."""
    person_id, title = film_work_of(store, "director")
    text = f"{store.people[person_id].name}, famous as the director of {title}, was born in what year?"
    assert named_work.find(text, store, default_lexicon().film_titles) is None


def test_a_relation_not_written_as_the_named_characters_is_no_list_of_relatives(store, domain):
    """ "<a>, who has a <relation>, was portrayed by which actress?": not each of <a>'s relatives (the relation is no
    possessive of <a>'s: the earlier rules decide, as before)."""
    owner, kind = next(
        (r.subject, r.relation) for r in store.relations if len(store.related(r.subject, [r.relation])) > 1
    )
    given = store.characters[owner].name.split()[0]
    words = kind.replace("_", " ")
    text = f"{given}, who has a {words} or two, was portrayed by which actress?"
    entities = [name(text, given, "character"), name(text, words, "relation", kind)]
    said, _, _ = run(ActionWhoPlays(), domain, text, entities, intent="ask_who_plays")
    assert said.count("utter_who_plays") <= 1
