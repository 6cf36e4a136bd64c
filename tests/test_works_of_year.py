"""A year asked of a person's works ("what movie did <a director> direct in <a year>?") gets the works
of that year the store lists, this film among them when it is of that year; none, "I don't know"."""

from __future__ import annotations

from actions.people import ActionOtherWork, years_asked


def director(store):
    return store.crew["director"].people[0]


def this_films_year(store) -> int:
    return int(str(store.film["premiere_date"].value)[:4])


def test_this_films_year_names_this_film(store, turn):
    person = director(store)
    year = this_films_year(store)
    result = turn(ActionOtherWork(), text=f"what movie did he direct in {year}?", slots={"person": person})
    assert result.responses == ["utter_works_of_year"]
    assert store.title in result.values("utter_works_of_year")["works"]
    assert result.slots["person"] == person


def test_a_year_of_other_works_lists_only_those(store, turn):
    person = director(store)
    work = next(w for w in store.people[person].known_for if w.year is not None)
    result = turn(ActionOtherWork(), text=f"which film did he make in {work.year}", slots={"person": person})
    works = result.values("utter_works_of_year")["works"]
    assert work.title in works
    assert all(str(w.year) in works for w in store.people[person].known_for if w.title in works and w.year)


def test_a_year_with_no_work_listed_is_not_known(store, turn):
    result = turn(ActionOtherWork(), text="what did he direct in 1901?", slots={"person": director(store)})
    assert result.responses == ["utter_works_of_year_unknown"]


def test_the_years_asked():
    assert years_asked("what did she star in in 2019?") == (2019,)
    assert years_asked("what did she star in in 2010, 2003 and 2005?") == (2003, 2005, 2010)
    assert years_asked("what else has she been in") == ()
    assert years_asked("her roles in 1990, 1991, 1992, 1993 and 1994") == ()


def test_several_years_with_no_work_listed_are_not_known(store, turn):
    """ "What films did <a> appear in 2003, 2005 and 2010?": none listed then, never the list of every work."""
    result = turn(
        ActionOtherWork(), text="what did he direct in 1901, 1903 and 1905?", slots={"person": director(store)}
    )
    assert result.responses == ["utter_works_of_year_unknown"]
    assert result.values("utter_works_of_year_unknown")["year"] == "1901, 1903 and 1905"


def test_several_years_list_the_works_of_each(store, turn):
    person = director(store)
    dated = sorted({w.year for w in store.people[person].known_for if w.year is not None})[:2]
    text = f"which films did he make in {dated[0]} and {dated[-1]}?"
    works = turn(ActionOtherWork(), text=text, slots={"person": person}).values("utter_works_of_year")["works"]
    assert all(w.title in works for w in store.people[person].known_for if w.year in dated)
