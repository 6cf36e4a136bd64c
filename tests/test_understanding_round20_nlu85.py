"""Round 20, nlu85 (issue 10): a person's works asked with a period, a kind or a count. Names, titles and years
come from the store."""

from __future__ import annotations

import pytest

from actions.people import ActionOtherWork
from bot.store import FactStore, Person
from bot.understanding import works_period
from bot.understanding.lexicon import tokens
from tests.reading_helpers import name, reading, run


def _lead(store: FactStore) -> Person:
    return store.people[store.cast[0].actor]


def _dated(person: Person) -> list[tuple[str, int]]:
    return sorted(((w.title, w.year) for w in person.known_for if w.year is not None), key=lambda pair: pair[1])


@pytest.mark.parametrize(
    ("frame", "first", "last"),
    [
        ("what movies did {a} star in before {y}", None, -1),
        ("which films has {a} made after {y}", 1, None),
        ("{a}'s films since {y}", 0, None),
        ("{a}'s films between {y} and {z}", 0, 0),
        ("how many films did {a} make from {y} to {z}", 0, 0),
    ],
)
def test_a_period_of_years_bounds_the_works(store, frame, first, last):
    lead = _lead(store)
    year = _dated(lead)[0][1]
    words = tokens(frame.format(a=lead.name, y=year, z=year + 2))
    period = works_period.period_asked(words, store, lead)
    assert period is not None
    assert period.first == (None if first is None else year + first)
    if "{z}" in frame:
        assert period.last == year + 2
    else:
        assert period.last == (None if last is None else year + last)


def test_a_work_as_the_bound_is_its_year(store):
    """ "prior to <a work of theirs>", "after this one": the year of that work, or of this film."""
    lead = _lead(store)
    title, year = _dated(lead)[-1]
    text = f"which movies has {lead.name} appeared in prior to {title}"
    period = works_period.period_asked(tokens(text), store, lead)
    assert period is not None and period.last == year - 1
    after = works_period.period_asked(tokens(f"the films {lead.name} made after this one"), store, lead)
    assert after is not None and after.first == (store.release_year or 0) + 1
    titled = works_period.period_asked(tokens(f"{lead.name}'s movies before {store.title}"), store, lead)
    assert titled is not None and titled.last == (store.release_year or 0) - 1


@pytest.mark.parametrize("text", ["what happened before the surgery", "was he in hospital before the festival"])
def test_a_bound_that_is_no_year_nor_work_is_no_period(store, text):
    assert works_period.period_asked(tokens(text), store, _lead(store)) is None


@pytest.mark.parametrize(
    "text", ["which video game did {a} voice", "what animated series does {a} voice in", "{a} voiced which 3d film"]
)
def test_a_kind_of_work_held_of_no_one_is_found(store, text):
    assert works_period.unheld_kind(tokens(text.format(a=_lead(store).name))) is not None


@pytest.mark.parametrize("text", ["how many films did {a} make", "the number of movies {a} starred in"])
def test_a_count_of_works_is_asked(store, text):
    assert works_period.count_asked(tokens(text.format(a=_lead(store).name)))


@pytest.mark.parametrize(
    ("frame", "intent"),
    [
        ("What movies did {a} star in before {y}?", "ask_other_work"),
        ("{a}'s films between {y} and {z}", "ask_fact"),
        ("What songs did {a} release before {z}?", "ask_release_date"),
        ("What {a} movie was released in {y}?", "ask_release_date"),
        ("In which of these movies has actor {a} appeared prior to {t}?", "ask_other_work"),
        ("Which video game did {a} voice?", "ask_person"),
    ],
)
def test_works_asked_in_a_period_or_of_a_kind_are_the_persons_works(store, frame, intent):
    """The classifier read the film's date, a fact or the person's card; the works are asked."""
    lead = _lead(store)
    year = _dated(lead)[0][1]
    text = frame.format(a=lead.name, y=year, z=year + 3, t=store.title)
    assert reading(store, text, intent, [name(text, lead.name, "person")]).intent == "ask_other_work"


def test_a_pronoun_stands_for_the_person_talked_about(store):
    assert reading(store, "He voiced which 3D film ?", "ask_fact").intent == "ask_other_work"


@pytest.mark.parametrize("text", ["What year did the movie come out?", "When was it released in Japan?"])
def test_this_film_is_no_persons_works(store, text):
    assert reading(store, text, "ask_release_date").intent in (None, "ask_release_date")


def test_the_works_of_a_period_are_only_those_dated_in_it(store, domain):
    lead = _lead(store)
    dated = _dated(lead)
    _, bound = dated[len(dated) // 2]
    text = f"What did {lead.name} star in before {bound}?"
    said, messages, slots = run(ActionOtherWork(), domain, text, [name(text, lead.name, "person")])
    assert said[0] == "utter_works_in_period_until"
    works = str(messages[0].get("works"))
    assert all(title in works for title, year in dated if year < bound)
    assert not any(title in works for title, year in dated if year >= bound)
    assert slots["person"] == lead.id


def test_a_period_with_no_work_held_is_not_known(store, domain):
    lead = _lead(store)
    first = _dated(lead)[0][1]
    text = f"What movies did {lead.name} make before {first}?"
    said, _, _ = run(ActionOtherWork(), domain, text, [name(text, lead.name, "person")])
    assert said == ["utter_works_in_period_until_unknown"]


def test_a_kind_held_of_no_one_is_not_known(store, domain):
    lead = _lead(store)
    text = f"Which video game did {lead.name} voice?"
    said, _, _ = run(ActionOtherWork(), domain, text, [name(text, lead.name, "person")])
    assert said == ["utter_dont_know_works_of_kind"]


def test_a_count_of_works_is_not_known(store, domain):
    lead = _lead(store)
    first, last = _dated(lead)[0][1], _dated(lead)[-1][1]
    text = f"How many films did {lead.name} star in from {first} to {last}?"
    said, _, _ = run(ActionOtherWork(), domain, text, [name(text, lead.name, "person")])
    assert said[:2] == ["utter_dont_know_works_count", "utter_works_in_period_between"]


def test_a_kind_asked_never_lists_works_of_no_held_kind_as_that_kind(store, domain):
    """ "What other TV show did <a> appear in?" of someone whose works the store gives no kind: not known, with
    those works named as of no held kind; someone with works of that kind gets them, the others named apart."""
    unkinded = next(
        p for p in store.people.values() if p.known_for and not any(w.medium == "series" for w in p.known_for)
    )
    text = f"What other TV show did {unkinded.name} appear in?"
    said, _, _ = run(ActionOtherWork(), domain, text, [name(text, unkinded.name, "person")])
    if any(w.medium is None for w in unkinded.known_for):
        assert said == ["utter_dont_know_works_of_that_kind"]
    lead = _lead(store)
    text = f"What TV shows has {lead.name} been in?"
    said, messages, _ = run(ActionOtherWork(), domain, text, [name(text, lead.name, "person")])
    assert said[0] in ("utter_other_work", "utter_other_work_cut")
    films = [w.title for w in lead.known_for if w.medium == "film"]
    assert not any(title in str(messages[0].get("works")) for title in films)


def _partnered(store: FactStore) -> tuple[Person, str]:
    """A person of the cast and someone a note of one of their works names beside them ("with <b>")."""
    for credit in store.cast:
        person = store.people[credit.actor]
        for work in person.known_for:
            found = works_period.PARTNER_IN_NOTE.search(work.detail or "")
            if found and found.group(1) not in " ".join(w.title for w in person.known_for):
                return person, found.group(1)
    raise AssertionError("no note names a partner")


def test_a_work_shared_with_someone_a_note_names_is_that_work(store, domain):
    """ "In which film did <a> and <b> star together?" of <b> whom a note of <a>'s works names: that work, not
    "I don't know that film"."""
    person, partner = _partnered(store)
    text = f"In which film did {person.name} and {partner} star together?"
    assert reading(store, text, "ask_title", [name(text, person.name, "person")]).intent == "ask_other_work"
    said, messages, _ = run(ActionOtherWork(), domain, text, [name(text, person.name, "person")])
    assert said == ["utter_person_work_said"]
    assert partner in str(messages[0].get("note"))


def test_someone_no_note_names_shares_no_work(store):
    person, _ = _partnered(store)
    assert (
        works_period.works_with_partner(tokens(f"which film did {person.name} and nobody else star in"), person) == []
    )


def test_a_first_lead_is_the_debut_asked_only_of_its_kind(store):
    """ "The first movie in which <a> starred": a note's first lead answers, but only of a work that may be a
    movie; a drama's first lead is no first movie."""
    from actions.person_facts import _debut

    for person in store.people.values():
        for work in person.known_for:
            if "first" in (work.detail or "") and "lead" in (work.detail or "") and work.medium == "series":
                assert _debut(person, f"What was the first movie in which {person.name} starred?") is None
                assert _debut(person, f"What was {person.name}'s first drama lead?") is not None
