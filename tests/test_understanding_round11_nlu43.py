"""Round 11 of the question reader, nlu43 (issue 10): yes/no questions, reviews and the novel.

Phrasings here are other than the probes' (tests/nlu/probes_round11_nlu43.yml): the rules must hold
for the structure. Reader tests are Rasa-free, with entities as the entity rules would find them;
action tests assert response names and the verdicts decided from the store.
"""

from __future__ import annotations

import pytest

from actions.claims import verdict
from actions.crew import ActionNovel
from actions.film_facts import ActionGenre
from bot.understanding import novel_reading
from bot.understanding.lexicon import default_lexicon
from bot.understanding.reading import _clause_starts, _stated_as_question, _Words
from tests.conftest import tracker
from tests.reading_helpers import reading, responses_of, tags, values


def _publisher_words(store) -> list[str]:
    """The publisher's name as the store gives it, word by word (no fact written into the test)."""
    return str(store.novel["publisher"].value).split()


# 1. A statement about the film ending in "?" is a yes/no question, as intonation is in speech.
@pytest.mark.parametrize(
    ("text", "intent", "claim"),
    [
        ("ok, it seems kind of funny?", "ask_genre", "genre:comedy"),
        ("i take it that it's romantic?", "ask_genre", "genre:romance"),
        ("the film was a big hit?", "ask_fact", "popular:big hit"),
        ("never seen it. i guess it looks sad?", "ask_genre", "genre:tearjerker"),
    ],
)
def test_a_statement_with_a_question_mark_is_a_yes_no(store, text, intent, claim):
    result = reading(store, text, intent)
    assert tags(result)["claim"] == claim


@pytest.mark.parametrize(
    "text",
    [
        "it seems kind of funny.",  # said, not asked
        "it was released when?",  # a wh-word in place asks that
        "the film was adapted from a book by whom?",
        "it seems funny? is it a comedy?",  # two questions: the second one is the yes/no
    ],
)
def test_no_statement_question_without_a_last_question_mark_or_with_a_wh_word(store, text):
    words = _Words.of(text)
    assert not _stated_as_question(words, default_lexicon(), _clause_starts(words, hedged=True))


# 2. The viewer's tears: "will I cry?" asks whether it is a tearjerker; a character's tears are no genre.
@pytest.mark.parametrize("text", ["would i cry watching this", "is it gonna make me cry", "do i need tissues?"])
def test_the_viewers_tears_ask_for_a_tearjerker(store, text):
    result = reading(store, text, "ask_genre")
    assert tags(result)["claim"] == "genre:tearjerker"


def test_a_tearjerker_claim_is_decided_from_the_genres(store, domain):
    assert verdict("genre:tearjerker", tracker())[0] is ("teen tearjerker" in store.film["genres"].value)
    message = tracker("will i cry", "ask_genre", {"claim": "genre:tearjerker"})
    assert responses_of(ActionGenre(), message, domain)[0] == "utter_claim_yes"


def test_a_characters_tears_are_no_genre_claim(store):
    character = next(iter(store.characters.values())).name
    result = reading(store, f"does {character} cry a lot?", "ask_character")
    assert not str(tags(result).get("claim", "")).startswith("genre:")


# 3. Another cut of the film ("an alternate ending", "a director's cut") is not held: never the ending.
@pytest.mark.parametrize(
    "text", ["does the film have an alternate ending?", "was there a director's cut", "are there any deleted scenes"]
)
def test_another_cut_of_the_film_is_not_held(store, text):
    result = reading(store, text, "ask_ending")
    assert result.intent == "ask_fact"
    assert values(result, "attribute") == ["asked"]


# 4. The book's translations: not held; the title's meaning is still the title's.
@pytest.mark.parametrize(
    "text",
    ["has the book ever been translated?", "is there an english edition of the novel?", "who translated the novel"],
)
def test_the_books_translation_is_not_held(store, text):
    result = reading(store, text, "ask_novel")
    assert result.intent == "ask_fact"
    assert values(result, "attribute") == ["novel_translation"]


def test_the_title_translated_is_no_translation_of_the_book():
    assert novel_reading.translation_asked(["what", "does", "the", "book's", "title", "translate", "to"]) is None
    assert novel_reading.translation_asked(["is", "the", "novel", "translated"]) == 3


# 5. "Is the book the same as the movie?": a likeness is a comparison, which the store does not hold.
@pytest.mark.parametrize(
    "text",
    ["is the film similar to the book?", "are the novel and the movie identical", "is the movie the same as the novel"],
)
def test_a_likeness_of_film_and_book_is_a_comparison(store, text):
    result = reading(store, text, "ask_novel")
    assert values(result, "attribute") == ["novel_changes"]


def test_the_novel_of_the_same_name_is_no_comparison():
    said = ["is", "the", "film", "based", "on", "the", "novel", "of", "the", "same", "name"]
    assert novel_reading.compared_with_novel(said, [], frozenset()) is None


# 6. "Was the novel published by <a name>?": decided against the store's publisher, then the novel's answer.
def test_a_named_publisher_is_a_claim(store):
    first = _publisher_words(store)[0]
    result = reading(
        store, f"was the book put out... no, was the book published by {first.lower()} originally?", "ask_novel"
    )
    assert result.intent == "ask_novel"
    assert tags(result)["claim"] == f"novel_publisher:{first.lower()}"


def test_a_publisher_claim_is_yes_for_the_stores_and_no_for_another(store):
    first = _publisher_words(store)[0]
    assert verdict(f"novel_publisher:{first}", tracker())[0] is True
    assert verdict("novel_publisher:Shueisha", tracker())[0] is False
    assert verdict("novel_publisher:publishing", tracker())[0] is None  # a word every publisher may have


def test_no_publisher_named_is_no_claim():
    assert novel_reading.publisher_claimed(["was", "it", "published", "by", "a", "big", "publisher"]) is None
    assert novel_reading.publisher_claimed(["was", "it", "published", "by", "x", "in", "2020"]) == (4, 5)


def test_a_publisher_claim_says_yes_then_the_novel(store, domain):
    first = _publisher_words(store)[0]
    message = tracker("was it published by …", "ask_novel", {"claim": f"novel_publisher:{first}"})
    assert responses_of(ActionNovel(), message, domain)[0] == "utter_claim_yes"


# 7. A yes/no about the book that no claim decides: "I don't know that", not the novel's one answer.
@pytest.mark.parametrize("text", ["is the novel any fun?", "was the book controversial", "is the book hard to read?"])
def test_an_undecided_yes_no_about_the_book_is_not_the_novels_answer(store, text):
    result = reading(store, text, "ask_novel")
    assert result.intent == "ask_fact"


@pytest.mark.parametrize(
    "text",
    [
        "has the book been made into a film?",  # the novel's answer: the film adapts it
        "was the novel originally published in japan?",
        "is there a book?",
        "is the novel part of a series?",
    ],
)
def test_a_yes_no_the_novels_answer_decides_stays_the_novel(store, text):
    assert reading(store, text, "ask_novel").intent in (None, "ask_novel")  # None: the classifier's kept


# 8. "The book" with nothing after it is this film's novel: no other book is named.
def test_the_book_itself_is_this_films_novel():
    assert novel_reading.the_book_itself(["when", "was", "the", "book", "published", "for", "the", "first", "time"])
    assert not novel_reading.the_book_itself(["when", "was", "the", "novel", "dracula", "published"])


# 9. A judgement of the film asked yes or no ("is it dull and cheesy?") is what critics said.
@pytest.mark.parametrize("text", ["is the film cheesy at all?", "was it disappointing", "is the movie overhyped?"])
def test_a_judgement_of_the_film_is_the_reviews(store, text):
    result = reading(store, text, "nlu_fallback")
    assert result.intent == "ask_fact"
    assert "reviews" in values(result, "attribute") + values(result, "topic")


# 10. "Was the book a success?": how well a book did is its sales, not the novel's one answer.
@pytest.mark.parametrize(
    "text", ["was the novel popular in japan?", "is the book a best seller", "was the book successful"]
)
def test_a_books_success_is_its_sales(store, text):
    assert novel_reading.part_of_novel(text.rstrip("?").split())[0] == "novel_copies_sold"


def test_a_word_that_describes_the_book_is_no_sales_question():
    said = ["the", "author", "of", "the", "popular", "novel", "behind", "it", "what", "is", "his", "name"]
    assert novel_reading.part_of_novel(said) is None
