"""Round 9 of the question reader, nlu33 (issue 10): the novel, its author and the screenwriter.

Phrasings here are other than the probes' (tests/nlu/probes_round9_nlu33.yml): the rules must hold for
the structure. Reader tests are Rasa-free, with entities as the entity rules would find them; action
tests assert response names and the verdicts decided from the store. Names come from the store.
"""

from __future__ import annotations

import pytest

from actions.claims import verdict
from actions.crew import ActionNovel
from actions.people import ActionOtherWork, ActionPerson
from actions.topics import ActionFact
from bot.understanding import novel_reading, people_reading
from bot.understanding.lexicon import tokens
from tests.reading_helpers import name, reading, tags, values


def _author(store) -> str:
    return store.people[store.novel["author"].value].name


# 1. "The author" as the subject of a yes/no is the novel's author, never the screenplay's credit.
@pytest.mark.parametrize(
    ("text", "described"),
    [
        ("is the novelist young", "young"),
        ("is the authour famous?", "famous"),  # one letter off
        ("was the author of this book japanese?", "japanese"),
    ],
)
def test_the_author_in_a_yes_no_is_the_novels_author(store, text, described):
    result = reading(store, text, "ask_novel")
    assert result.intent == "ask_person"
    assert values(result, "person") == [_author(store)]
    assert tags(result)["claim"] == f"person_describes:{described}"
    assert "crew_role" not in tags(result)


def test_the_author_of_the_film_named_by_its_title_is_the_novels_author(store):
    result = reading(store, f"is the author of {store.title} a teenager", "ask_novel")
    assert values(result, "person") == [_author(store)] and tags(result)["claim"] == "person_describes:teenager"


def test_the_writer_stays_the_screenplays_and_another_works_author_is_not_ours(store):
    # "writer" may be the film's: the screenplay credit, as before
    result = reading(store, "is the writer famous?", "ask_crew")
    assert tags(result)["crew_role"] == "screenplay" and "person" not in tags(result)
    assert novel_reading.described_novelist(tokens("is the author of moby dick a woman"), 2, frozenset()) is None


def test_a_yes_no_about_the_author_is_unknown_when_the_description_does_not_say(domain, turn, store):
    author = _author(store)
    asked = turn(
        ActionPerson(), text="is the author a woman", entities=[("person", author), ("claim", "person_describes:woman")]
    )
    assert asked.responses[0] != "utter_claim_yes"
    assert verdict("person_describes:woman", asked.tracker)[0] is None


# 2. "Is there a book?": yes when the store holds the novel, before the novel's answer.
@pytest.mark.parametrize(
    "text",
    [
        "are there books of it?",
        "is there also a novel?",
        "does it have a book",
        "was it a novel originally",
        "is there a light novel for the movie",
    ],
)
def test_whether_a_book_exists_is_a_yes_no_over_the_novel(store, text):
    result = reading(store, text, "ask_novel")
    assert result.intent == "ask_novel"
    assert tags(result)["claim"] == "novel:book"


@pytest.mark.parametrize(
    "text", ["is there a book about the making of the movie", "is there a book after it", "is there a book 2"]
)
def test_more_said_of_the_book_is_no_question_whether_it_exists(store, text):
    assert tags(reading(store, text, "ask_novel")).get("claim") != "novel:book"


def test_a_book_that_exists_answers_yes_then_the_novel(domain, turn):
    asked = turn(ActionNovel(), text="is there a novel", intent="ask_novel", entities=[("claim", "novel:book")])
    assert asked.responses[0] in ("utter_claim_novel_yes", "utter_claim_yes")


def test_a_graphic_novel_is_no_novel(store):
    result = reading(store, "was it adapted from a graphic novel?", "ask_novel")
    assert tags(result)["claim"] == "based_on:graphic novel"
    assert verdict("based_on:graphic novel", None)[0] is False  # type: ignore[arg-type]


# 3. What the book is asked about when the novel's answer does not say it.
@pytest.mark.parametrize(
    "text", ["is the novel based on real life?", "is the book about real people", "is the book a real story"]
)
def test_a_true_story_asked_of_the_book_is_the_true_story_answer(store, text):
    result = reading(store, text, "ask_novel")
    assert result.intent == "ask_fact"
    assert values(result, "topic") == ["true story"]


@pytest.mark.parametrize("text", ["who drew the illustrations in the book?", "who is the illustrator of the novels"])
def test_the_books_illustrator_is_not_held(store, text):
    result = reading(store, text, "ask_novel")
    assert result.intent == "ask_fact" and tags(result)["attribute"] == "novel_illustrator"


def test_the_mangas_artist_stays_the_mangas_answer(store):
    result = reading(store, "who illustrated the manga version?", "ask_novel")
    assert tags(result)["attribute"] == "novel_manga"


def test_an_unheld_illustrator_says_i_dont_know(domain, turn):
    asked = turn(ActionFact(), text="who illustrated the book", entities=[("attribute", "novel_illustrator")])
    assert asked.responses == ["utter_dont_know_about"]


def test_how_many_books_of_the_title_is_the_series(store):
    result = reading(store, f"how many {store.title} books exist?", "ask_novel")
    assert tags(result)["attribute"] == "novel_series"
    # the pages or the copies of the books are asked, not the series
    assert tags(reading(store, "how many pages do the novels have", "ask_novel")).get("attribute") != "novel_series"


# 4. A writer's latest book: the latest of the works the store lists (a first book is their debut, which the
#    store states; the earliest listed work may be a short story).
@pytest.mark.parametrize(
    ("words", "order"),
    [
        ("what is her newest book", "latest"),
        ("their most recent published novel", "latest"),
        ("name the last novel she wrote", "latest"),
        ("name the first novel she published", None),  # her debut
        ("is this his latest book", None),  # a yes/no
        ("what was his latest movie", None),  # a film: an actor's works are a selection
    ],
)
def test_an_order_word_before_a_book_picks_the_latest_work(words, order):
    assert people_reading.work_by_order(words.split()) == order


def test_the_reader_reads_a_writers_latest_book_as_their_work(store):
    author = _author(store)
    text = f"what's the newest novel by {author}?"
    result = reading(store, text, "ask_person", [name(text, author, "person")])
    assert result.intent == "ask_other_work"
    text = f"when did {author}'s latest novel come out"  # more is asked of it: not the list of works
    assert reading(store, text, "ask_novel", [name(text, author, "person")]).intent != "ask_other_work"


def test_the_latest_book_is_uttered(turn, store):
    asked = turn(
        ActionOtherWork(), text="her latest book?", intent="ask_other_work", entities=[("person", _author(store))]
    )
    assert asked.responses == ["utter_latest_work"]
    works = [w for w in store.people[store.novel["author"].value].known_for if w.year is not None]
    latest = max(w.year for w in works if w.year is not None)
    assert str(latest) in str(asked.values("utter_latest_work")["work"])


def test_the_author_also_the_screenwriter_is_the_credits_question(store):
    result = reading(store, "was the author also the screenwriter?", "ask_novel")
    assert "person_describes" not in str(tags(result).get("claim"))
    assert "person_describes" not in str(
        tags(reading(store, "is the author also the director", "ask_novel")).get("claim")
    )


# 5. The sentence that asks, and the story's writer.
def test_a_part_of_the_novel_in_a_clue_before_the_question_is_not_asked(store):
    text = "This author first posted the story online, where an editor found it. Do you know who they are?"
    assert "attribute" not in tags(reading(store, text, "ask_novel"))
    # the part asked in the last sentence still is
    text = "I read it last year. Where was the book first posted?"
    assert tags(reading(store, text, "ask_novel"))["attribute"] == "novel_origin"


def test_who_wrote_a_characters_story_is_the_novel(store):
    character = next(iter(store.characters.values())).name.split()[0]
    text = f"who wrote {character}'s love story"
    result = reading(store, text, "ask_character", [name(text, character, "character")])
    assert result.intent == "ask_novel" and "crew_role" not in tags(result)
    assert not novel_reading.story_writer_asked(tokens("who wrote the screenplay of the story"))
