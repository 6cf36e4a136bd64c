"""The work a question names right after a work noun (issue 10, round 15; bot/understanding/named_work.py).

Phrasings here are other than the probes' (tests/nlu/probes_round15_nlu67.yml). A quoted title after a work
noun that is not this film's is another work (out of scope, whatever this film's attribute words the question
uses); a title of a work one of this film's people is known for is that person's work (its year from the
person's works, any other attribute "I don't know"); this film's own title stays this film's. Works and names
come from the store.
"""

from __future__ import annotations

from typing import Any

import pytest

from actions.people import ActionOtherWork
from bot.store import FactStore, Work
from bot.understanding import named_work
from bot.understanding.lexicon import default_lexicon, tokens
from bot.understanding.reading import OUT_OF_SCOPE, names_a_work_of_ours, other_subject
from tests.reading_helpers import name, reading, run, values

OUR_TITLES = frozenset(" ".join(tokens(title)) for title in default_lexicon().film_titles)


@pytest.fixture(scope="module")
def known_work(store: FactStore) -> tuple[str, Work]:
    """A person of this film and a work of theirs whose title has two words or more and a year."""
    for person in store.people.values():
        for work in person.known_for:
            if work.year and len(tokens(work.title)) >= 2 and work.title.isascii():
                return person.name, work
    raise AssertionError("no dated work with a title of two words")


# --- another work, quoted after a work noun --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        'who sang the theme for the film "Paper Moon"?',  # a song asked of it
        'what was the budget of the movie "the long goodbye"',  # lower case inside the quotes
        "I did love the soundtrack of the show \u201cNorth Shore Nights\u201d. Who composed it?",  # curly quotes
        'How many stars did critics give the film "Who Knew"?',  # the title opens with a question word
    ],
)
def test_a_quoted_title_after_a_work_noun_is_another_work(store, text):
    result = reading(store, text, "ask_crew")
    assert result.intent == OUT_OF_SCOPE
    assert (other_subject(result) or "").startswith("another work")


@pytest.mark.parametrize(
    "template",
    [
        'who directed the movie "{title}"?',
        'what year did the film "{title}" come out',
        "when did the film {title} premiere",
    ],
)
def test_this_films_own_title_is_never_another_work(store, template):
    text = template.format(title=store.title)
    found = named_work.find(text, store, OUR_TITLES)
    assert found is not None and found.ours
    assert reading(store, text, "ask_director").intent != OUT_OF_SCOPE


def test_a_quoted_title_beside_one_of_our_people_is_left_to_the_other_rules(store):
    """ "was <our actor> in the film "<X>"?" asks of our person: not refused here."""
    actor = store.people[store.cast[0].actor].name
    text = f'was {actor} in the film "Paper Moon"?'
    result = reading(store, text, "ask_other_work", [name(text, actor, "person")])
    assert result.intent != OUT_OF_SCOPE


@pytest.mark.parametrize(
    "text",
    [
        "was the film Netflix only?",  # an everyday capitalised word after the noun
        "who directed the film",
        "Who Directed The Movie",  # Title Case typing
    ],
)
def test_no_title_after_the_noun_is_no_work(store, text):
    found = named_work.find(text, store, OUR_TITLES)
    assert found is None or found.ours


# --- a work one of this film's people is known for ---------------------------------------------------------


@pytest.mark.parametrize(
    "template",
    [
        "when did the film {title} come out?",
        'what year was the movie "{title}" released',
        "in what year did the drama {lower} first air",  # the known title in lower case
    ],
)
def test_the_year_of_a_known_work_is_asked_of_its_persons_works(store, known_work, template):
    person, work = known_work
    text = template.format(title=work.title, lower=work.title.lower())
    result = reading(store, text, "ask_release_date")
    assert result.intent == "ask_other_work"
    assert values(result, "person") == [person]
    assert values(result, "works_attribute") == []
    assert names_a_work_of_ours(text, store, default_lexicon())


@pytest.mark.parametrize(
    ("template", "asked"),
    [
        ("who directed the movie {title}?", "director"),
        ("who wrote the music for the film {title}", "music"),
        ("how long is the film {title}", "runtime"),
    ],
)
def test_another_attribute_of_a_known_work_is_one_the_store_does_not_hold(store, known_work, template, asked):
    person, work = known_work
    text = template.format(title=work.title)
    result = reading(store, text, "ask_director")
    assert result.intent == "ask_other_work"
    assert values(result, "person") == [person]
    assert values(result, "works_attribute") == [asked]


def test_the_action_says_it_does_not_know_and_gives_no_credit_of_this_film(store, known_work, domain: dict[str, Any]):
    person, work = known_work
    text = f"who directed the film {work.title}?"
    result = reading(store, text, "ask_director")
    said, _, _ = run(ActionOtherWork(), domain, text, result.entities, intent="ask_other_work")
    # round 17 (nlu75): the work named by its title is said by name: "I don't know <title>'s director"
    assert said == ["utter_dont_know_subject_attribute"]


def test_the_year_of_a_known_work_lists_the_works_with_their_years(store, known_work, domain: dict[str, Any]):
    person, work = known_work
    text = f"what year did the movie {work.title} come out"
    result = reading(store, text, "ask_release_date")
    said, messages, _ = run(ActionOtherWork(), domain, text, result.entities, intent="ask_other_work")
    if work.year is None:
        assert said and said[0].startswith("utter_other_work")
    else:  # the work named, with its year, never a list it may be cut from (round 46)
        assert said == ["utter_person_work_said"]
        assert str(work.year) in messages[0]["work"]


# --- a capitalised title after a work noun, a title opening a passive question, a pointer back ----------------


@pytest.mark.parametrize(
    "text",
    [
        "What song plays over the credits of the movie Blue Sky Diaries?",  # everyday words, capitalised
        "who was the cinematographer on the film Seven Quiet Rivers",
        "What year did the film Return to Oak Street come out?",  # a small word inside the title
    ],
)
def test_capitalised_words_after_a_work_noun_are_another_title(store, text):
    result = reading(store, text, "ask_crew")
    assert result.intent == OUT_OF_SCOPE


def test_our_people_after_a_work_noun_are_no_title(store):
    actor = store.people[store.cast[0].actor].name
    found = named_work.find(f"which film {actor} starred in is the best", store, OUR_TITLES)
    assert found is None


@pytest.mark.parametrize(
    "text",
    [
        "moonrise was directed by which director",
        "the warriors was written by who",  # a title with an article
        "gravity is directed by whom",
    ],
)
def test_a_title_opening_a_passive_question_is_the_work_asked_about(store, text):
    assert reading(store, text, "ask_director").intent == OUT_OF_SCOPE


@pytest.mark.parametrize(
    "text",
    [
        "the film was directed by which director",
        "the novel was written by who",
        "the score was composed by whom",
    ],
)
def test_this_films_own_words_opening_a_passive_question_are_this_film(store, text):
    assert reading(store, text, "ask_director").intent != OUT_OF_SCOPE


def test_a_known_work_opening_a_passive_question_is_its_persons_work(store, known_work):
    person, work = known_work
    result = reading(store, f"{work.title.lower()} was directed by which director", "ask_director")
    assert result.intent == "ask_other_work"
    assert values(result, "person") == [person]


@pytest.mark.parametrize(
    "text",
    [
        "I just rewatched Pulp Fiction, have you seen that film?",
        "How about Moonstruck? I never saw that one.",  # "how about <X>" names it
        "Films like Paper Moon are my favourites, have you seen that one?",
    ],
)
def test_that_after_another_title_points_back_at_it(store, text):
    assert reading(store, text, "ask_fact").intent == OUT_OF_SCOPE


def test_that_after_one_of_our_names_is_still_this_film(store):
    actor = store.people[store.cast[0].actor].name
    text = f"{actor} is great, have you seen that movie?"
    assert reading(store, text, "ask_fact", [name(text, actor, "person")]).intent != OUT_OF_SCOPE


@pytest.mark.parametrize("template", ["who published the book {short}?", "when did the novel {short} come out"])
def test_a_short_form_of_this_films_or_its_novels_title_is_ours(store, template):
    """The first words of the novel's romaji title ("the book <Yomei Ichinen>") are this film's book."""
    romaji = str(store.novel["title_romaji"].value).split()
    found = named_work.find(template.format(short=" ".join(romaji[:2])), store, OUR_TITLES)
    assert found is not None and found.ours


def test_a_name_with_a_bare_possessive_after_a_work_noun_is_no_title(store):
    author = store.people[str(store.novel["author"].value)].name
    assert named_work.find(f"Is the novel {author}s first book?", store, OUR_TITLES) is None
