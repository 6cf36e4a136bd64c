"""Round 16, nlu69 (issue 10): comparisons, counts, places in order and the yes/no questions built on them.
Phrasings follow Mintaka's crowd-written complex questions (amazon-science/mintaka); names, titles and dates
come from the store."""

from __future__ import annotations

import pytest

from actions.ages import birth_parts, born_before
from actions.topics import ActionFact
from bot.store import FactStore, Person, Work
from bot.understanding import comparisons, selection_asked
from bot.understanding.lexicon import default_lexicon
from tests.reading_helpers import details_of, name, reading, run, tags, values


def _dated(store: FactStore) -> list[Person]:
    """The film's people whose whole birth date the store holds, earliest first."""
    people = []
    for person in store.people.values():
        born = birth_parts(str(person.born.value)) if person.born is not None and person.born.known else None
        if born is not None and None not in born:
            people.append((born, person))
    return [person for _, person in sorted(people, key=lambda entry: entry[0])]


@pytest.fixture(scope="module")
def elder_and_younger(store: FactStore) -> tuple[Person, Person]:
    dated = _dated(store)
    return dated[0], dated[-1]


@pytest.fixture(scope="module")
def undated(store: FactStore) -> Person:
    return next(p for p in store.people.values() if p.kind == "person" and p.born is None and store.roles_of(p.id))


@pytest.fixture(scope="module")
def dated_work(store: FactStore) -> Work:
    """A work one of the film's people is known for, dated a year other than the film's, with a two-word title."""
    return next(
        work
        for person in store.people.values()
        for work in person.known_for
        if work.year and work.year != store.release_year and work.title.isascii() and len(work.title.split()) >= 2
    )


def _people(text: str, *people: Person) -> list[dict]:
    return [name(text, person.name, "person") for person in people]


# --- which of two is older -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("template", "attribute"),
    [
        ("Who is older, {a} or {b}?", "older_of_two"),
        ("Is {b} or {a} older?", "older_of_two"),
        ("who is younger, {a} or {b}", "younger_of_two"),
        ("Which of {a} and {b} is the youngest?", "younger_of_two"),
    ],
)
def test_a_choice_between_two_people_by_age_is_read_as_such(store, elder_and_younger, template, attribute):
    """ "Who is older, <a> or <b>?" asks which one, not who either is: the attribute for the choice."""
    a, b = elder_and_younger
    text = template.format(a=a.name, b=b.name)
    result = reading(store, text, "ask_person", _people(text, a, b))
    assert result.intent == "ask_fact"
    assert values(result, "attribute") == [attribute]


def test_older_than_stays_a_yes_no(store, elder_and_younger):
    a, b = elder_and_younger
    text = f"Is {a.name} older than {b.name}?"
    result = reading(store, text, "ask_fact", _people(text, a, b))
    assert values(result, "claim") == [f"older:{a.id}/{b.id}"]


@pytest.mark.parametrize("template", ["Is he older than {b}?", "is she younger than {b}?"])
def test_a_pronoun_before_older_than_is_the_person_talked_about(store, elder_and_younger, template):
    """ "Is he older than <b>?" after a question about someone: the pronoun is a side of the comparison (resolved
    from the `person` slot when decided), not a question about <b> alone."""
    _, b = elder_and_younger
    text = template.format(b=b.name)
    result = reading(store, text, "ask_fact", _people(text, b))
    claim = values(result, "claim")
    assert claim and claim[0].endswith(f":{text.split()[1]}/{b.id}")


def test_a_pronoun_after_older_than_is_someone_else(store, elder_and_younger):
    a, _ = elder_and_younger
    text = f"Is {a.name} older than the girl she plays?"
    result = reading(store, text, "ask_fact", _people(text, a))
    assert not any(v.startswith(("older:", "younger:")) for v in values(result, "claim"))


def test_the_choice_names_the_earlier_born_with_both_dates(store, domain, elder_and_younger):
    a, b = elder_and_younger
    text = f"Who is older, {b.name} or {a.name}?"
    entities = [*_people(text, b, a), {"entity": "attribute", "value": "older_of_two", "start": 7, "end": 12}]
    said, messages, slots = run(ActionFact(), domain, text, entities)
    assert said == ["utter_age_choice"]
    assert messages[0]["chosen_name"] == a.name and messages[0]["other_name"] == b.name
    assert slots["person"] == a.id


def test_the_choice_without_a_birth_date_says_which_is_missing(store, domain, elder_and_younger, undated):
    a, _ = elder_and_younger
    text = f"Who is older, {undated.name} or {a.name}?"
    entities = [*_people(text, undated, a), {"entity": "attribute", "value": "younger_of_two", "start": 7, "end": 12}]
    said, messages, _ = run(ActionFact(), domain, text, entities)
    assert said == ["utter_dont_know_subject_attribute"]
    assert messages[0]["subject_name"] == undated.name


def test_two_births_of_one_year_without_days_are_not_ordered():
    assert born_before((1990, None, None), (1990, 5, 1)) is None
    assert born_before((1990, 1, 2), (1990, 1, 3)) is True
    assert born_before(None, (1990, 1, 3)) is None


# --- release order and other comparisons with another work --------------------------------------------------


def test_a_year_after_before_is_a_bound_not_the_films_year(store):
    """ "Did <the title> come out before <the year after its release>?" must not read that year as its own."""
    text = f"Did {store.title} come out before {int(store.release_year or 0) + 1}?"
    assert ("year", str(int(store.release_year or 0) + 1)) not in details_of(store, text)


def _compared(store: FactStore, text: str) -> comparisons.Compared | None:
    return comparisons.works_compared(text, store, default_lexicon().film_titles)


def test_which_came_first_the_film_or_the_novel(store):
    found = _compared(store, f"Which came out first, {store.title} or the novel?")
    assert found is not None and (found.measure, found.order, found.other) == ("release", "first", comparisons.NOVEL)


def test_before_another_work_is_a_yes_no_about_this_film(store, dated_work):
    found = _compared(store, f"Did {store.title} come out before {dated_work.title}?")
    assert found is not None and (found.order, found.other) == ("film_before", dated_work.title)
    found = _compared(store, f"Was {dated_work.title} released before {store.title}?")
    assert found is not None and found.order == "film_after"


@pytest.mark.parametrize(
    "template",
    ["Which movie is longer, {title} or {work}?", "is it longer than {work}?"],
)
def test_a_length_against_another_work_is_the_other_works_runtime(store, dated_work, template):
    found = _compared(store, template.format(title=store.title, work=dated_work.title))
    assert found is not None and (found.measure, found.other) == ("runtime", dated_work.title)


@pytest.mark.parametrize(
    "template",
    [
        "Did {title} come out before {year}?",  # a year: the release claim's
        "Would a binge watch of {title} take longer than two hours?",  # a length: the runtime claim's
        "Is {title} longer than the book?",
    ],
)
def test_no_other_work_no_comparison_of_works(store, template):
    text = template.format(title=store.title, year=int(store.release_year or 0) + 1)
    found = _compared(store, text)
    assert found is None or found.other == comparisons.NOVEL


def test_the_earlier_of_two_works_is_said_with_both_years(store, domain, dated_work):
    text = f"Did {store.title} come out before {dated_work.title}?"
    value = f"compared:release:film_before:{dated_work.title}"
    entities = [{"entity": "attribute", "value": value, "start": 0, "end": len(text)}]
    said, messages, _ = run(ActionFact(), domain, text, entities)
    film_first = int(store.release_year or 0) < int(dated_work.year or 0)
    assert said == ["utter_claim_yes" if film_first else "utter_claim_no", "utter_came_out_first"]
    assert messages[1]["first_year"] == str(min(int(store.release_year or 0), int(dated_work.year or 0)))


def test_another_works_runtime_is_not_known(store, domain, dated_work):
    text = f"Which movie is longer, {store.title} or {dated_work.title}?"
    value = f"compared:runtime:first:{dated_work.title}"
    entities = [{"entity": "attribute", "value": value, "start": 0, "end": len(text)}]
    said, messages, _ = run(ActionFact(), domain, text, entities)
    assert said == ["utter_dont_know_subject_attribute"]
    assert messages[0]["subject_name"] == dated_work.title


def test_the_reader_tags_a_comparison_of_works(store):
    result = reading(store, f"Which came out first, {store.title} or the novel?", "ask_novel")
    assert result.intent == "ask_fact"
    assert values(result, "attribute") == ["compared:release:first:novel"]


# --- together in a film -------------------------------------------------------------------------------------


def test_two_of_the_films_people_together_in_a_movie_is_this_film(store, elder_and_younger):
    a, b = elder_and_younger
    text = f"Have {a.name} and {b.name} ever starred in a movie together?"
    result = reading(store, text, "ask_other_work", _people(text, a, b))
    assert values(result, "claim") == ["in_film"]


def test_together_without_a_film_asks_something_else(store, elder_and_younger):
    a, b = elder_and_younger
    text = f"Did {a.name} and {b.name} go to school together?"
    result = reading(store, text, "ask_person", _people(text, a, b))
    assert "in_film" not in values(result, "claim")


# --- counts and places over a selection ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("how many awards has he won", True),
        ("has he made 5 non-documentary feature movies as of 2021", True),
        ("has she been nominated more than eight times", True),
        ("is it one of the top 10 movies on netflix", False),
        ("what awards has he won", False),
    ],
)
def test_a_count_asked_or_claimed(text, counted):
    assert selection_asked.count_asked(text.split()) is counted


@pytest.mark.parametrize(("place", "attribute"), [("first", "debut"), ("latest", "career")])
def test_a_place_among_someones_works_with_the_name_between(store, elder_and_younger, place, attribute):
    """ "What is the title of the first <a person> movie?": the person's debut, never this film's title."""
    a, _ = elder_and_younger
    text = f"What is the title of the {place} {a.name} movie?"
    result = reading(store, text, "ask_title", _people(text, a))
    assert result.intent == "ask_fact"
    assert values(result, "attribute") == [attribute]


def test_a_count_of_someones_works_is_their_career(store):
    author = store.people[str(store.novel["author"].value)]
    for text in (f"How many novels has {author.name} released?", f"Has {author.name} made 5 feature movies by now?"):
        result = reading(store, text, "ask_novel", _people(text, author))
        assert tags(result).get("attribute") == "career", text


def test_a_count_in_the_series_is_the_series(store):
    author = store.people[str(store.novel["author"].value)]
    text = f"How many books has {author.name} written in the series?"
    result = reading(store, text, "ask_novel", _people(text, author))
    assert tags(result).get("attribute") != "career"


@pytest.mark.parametrize(
    ("template", "entity", "value"),
    [
        ("How many {title} movies are there?", "topic", "sequel"),
        ('Did "{title}" have two installments?', "topic", "sequel"),
        ("How many books are there in the {title} series?", "attribute", "novel_series"),
        ("How many titles are there in the {title} series?", "attribute", "novel_series"),
    ],
)
def test_a_count_of_this_storys_films_or_books(store, template, entity, value):
    result = reading(store, template.format(title=store.title), "ask_release_date")
    assert value in values(result, entity)


def test_how_many_titles_of_the_film_is_not_the_series(store):
    result = reading(store, f"how many titles does {store.title} have?", "ask_title")
    assert "novel_series" not in values(result, "attribute")


@pytest.mark.parametrize("text", ["and the oldest?", "what about the youngest?", "and the youngest one?"])
def test_a_superlative_of_age_said_alone_asks_it_of_the_cast(store, text):
    """ "And the oldest?" after "who is the youngest actor?": the cast by their birth dates, not "didn't get that"."""
    assert reading(store, text, "nlu_fallback").intent == "ask_cast"


@pytest.mark.parametrize("text", ["which book is the oldest?", "who is the oldest?", "and the oldest book?"])
def test_a_superlative_with_another_noun_or_alone_is_not_the_casts(store, text):
    assert reading(store, text, "ask_novel").intent != "ask_cast"


def test_the_books_of_a_saga_are_the_novels_series(store):
    result = reading(store, f"How many books are there in the {store.title} saga?", "out_of_scope")
    assert values(result, "attribute") == ["novel_series"]


def test_crew_roles_compared_by_age_are_their_holders(store):
    """ "Who is older, the director or the composer?": the two credits' holders, tagged for the answer."""
    text = "who is older, the director or the composer?"
    roles = [name(text, "director", "crew_role"), name(text, "composer", "crew_role")]
    result = reading(store, text, "ask_crew", roles)
    assert values(result, "attribute") == ["older_of_two"]
    held = [store.people[store.crew[role].people[0]].name for role in ("director", "music")]
    assert values(result, "person") == held


@pytest.mark.parametrize(("word", "order"), [("older", "film_before"), ("newer", "film_after")])
def test_older_than_another_work_is_which_came_out_first(store, dated_work, word, order):
    found = _compared(store, f"Is {store.title} {word} than {dated_work.title}?")
    assert found is not None and (found.measure, found.order) == ("release", order)


def test_the_manga_is_not_the_novel(store):
    found = _compared(store, "Did the manga come out before the movie?")
    assert found is None or found.other != comparisons.NOVEL


def test_before_or_after_is_a_choice_not_a_yes_no(store, dated_work):
    """ "Was the novel published before or after the movie?": which came first, never "Yes."."""
    result = reading(store, "was the novel published before or after the movie?", "ask_novel")
    assert not values(result, "claim")
    assert values(result, "attribute") == ["compared:release:first:novel"]
    found = _compared(store, f"did {store.title} come out before or after {dated_work.title}?")
    assert found is not None and (found.order, found.other) == ("first", dated_work.title)


@pytest.mark.parametrize("text", ["Did it come out before or after Christmas?", "Did it come out before June?"])
def test_a_time_is_no_work_to_compare_with(store, text):
    assert _compared(store, text) is None


def test_a_known_title_with_a_comma_is_compared(store):
    work = next(w for p in store.people.values() for w in p.known_for if "," in w.title and w.year)
    found = _compared(store, f"Which movie came out first, {store.title} or {work.title}?")
    assert found is not None and found.other == work.title
