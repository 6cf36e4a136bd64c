"""Another work typed in lower case, and the novel asked in people's words (issue 10, round 16, nlu72).

Phrasings here are other than the probes' (tests/nlu/probes_round16_nlu72.yml). A word that cannot go on a
question right after a work noun ("a", "an", "if", "your", "me") opens that work's title typed in lower case:
another work, refused, never this film's fact. A book of the series by its place is "I don't know"; the
publisher of the series is the novel's answer; the author's other books are the author's works; a role of the
story asked in the book is the story's character. Names and titles of this film come from the store.
"""

from __future__ import annotations

import pytest

from bot.store import FactStore
from bot.understanding import coverage, owners
from bot.understanding.lexicon import default_lexicon, tokens
from bot.understanding.reading import OUT_OF_SCOPE
from tests.reading_helpers import name, reading, values


def author_name(store: FactStore) -> str:
    return store.people[str(store.novel["author"].value)].name


# --- another work, its title typed in lower case after a work noun ------------------------------------------


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("who was the director of the film if i stay", "ask_director"),
        ("what year did the movie if i stay come out", "ask_release_date"),
        ("who composed the music for the anime your lie in april", "ask_crew"),
        ("what is the runtime of the movie a walk to remember", "ask_runtime"),
        ("is the film me before you a tearjerker", "ask_genre"),
        ("who is the author of the novel if i stay", "ask_novel"),
        ("who sang the theme song of the film your name", "ask_crew"),
    ],
)
def test_a_title_typed_in_lower_case_after_a_work_noun_is_another_work(store, text, intent):
    """ "the movie if i stay", "the anime your <x>", "the movie a <x>": the words after the work noun cannot go on
    the question, so they are the title of the work asked about, not this film."""
    result = reading(store, text, intent)
    assert result.intent == OUT_OF_SCOPE
    assert result.why[-1].startswith("another work")


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("was the novel a bestseller in japan", "ask_novel"),  # a copula opens the question: what it is said to be
        ("is this film a remake", "ask_fact"),
        ("would you call the movie a classic", "ask_fact"),  # a verb of naming
        ("could i see the movie if i don't have netflix", "ask_where_to_watch"),  # the asker's own condition
        ("should i watch the film if it's sad", "ask_genre"),  # a condition whose subject is not "i"
        ("i enjoyed the movie a lot, who directed it", "ask_director"),  # an amount, no title
        ("is the movie your favourite", "ask_fact"),
    ],
)
def test_words_that_go_on_the_question_are_no_title(store, text, intent):
    assert reading(store, text, intent).intent != OUT_OF_SCOPE


def test_the_lower_case_title_runs_to_a_word_the_lexicon_knows():
    lexicon = default_lexicon()
    words = tokens("when did the movie if i stay come out on netflix")
    hits = lexicon.find(words, ("attribute", "claim", "film"))
    title = coverage.title_after_film_noun(words, hits, [], frozenset())
    assert title is not None
    assert words[title.start : title.end] == ["if", "i", "stay"]


# --- the novel and its author --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("template", "intent"),
    [
        ("which is the fourth novel of the {title} series?", "ask_novel"),
        ("when did the second {title} book come out", "ask_release_date"),
        ("what's book 3 of the series called", "ask_novel"),
    ],
)
def test_a_book_of_the_series_by_its_place_is_not_held(store, template, intent):
    """The store counts the series' books and names some of them, in no order: "I don't know" that book, never the
    first novel's answer or the series' count."""
    result = reading(store, template.format(title=store.title), intent)
    assert result.intent == "ask_fact"
    assert values(result, "attribute") == ["asked"]


def test_the_first_book_of_the_series_is_the_novel(store):
    result = reading(store, "was the novel the first book of the series", "ask_novel")
    assert "asked" not in values(result, "attribute")


def test_the_publisher_of_the_series_is_the_novels_answer(store):
    result = reading(store, "which company publishes the book series?", "ask_novel")
    assert "novel_series" not in values(result, "attribute")


@pytest.mark.parametrize("text", ["who illustrated the manga?", "who pencilled the manga"])
def test_who_drew_the_manga_asks_the_manga(store, text):
    """ "who <verb> the <x>": "who" is the subject, so the verb is no owner of the attribute."""
    result = reading(store, text, "ask_novel")
    assert result.intent == "ask_novel"
    assert values(result, "attribute") == ["novel_manga"]


def test_who_with_its_verb_names_no_owner():
    words = tokens("who painted the manga")
    manga = default_lexicon().find(words, ("attribute",))
    assert owners.other_owner(words, manga, lambda i: False, len(words)) is None


@pytest.mark.parametrize(
    "text", ["tell me the author's other novels", "what are the novelist's other books?", "the author's other book?"]
)
def test_the_authors_other_books_are_the_authors_works(store, text):
    """ "the author's other novels": the novelist, whose words are possessive or plural, not the screenwriter."""
    result = reading(store, text, "ask_novel")
    assert result.intent == "ask_other_work"
    assert values(result, "person") == [author_name(store)]


def test_other_books_in_the_series_are_the_series(store):
    result = reading(store, "which other books are there in the series?", "ask_other_work")
    assert result.intent == "ask_novel"
    assert values(result, "attribute") == ["novel_series"]


@pytest.mark.parametrize(
    "template",
    ["who is the heroine of the book?", "what's the name of the tragic main character in {author}'s book?"],
)
def test_a_role_asked_in_the_book_is_the_storys_character(store, template):
    author = author_name(store)
    text = template.format(author=author)
    role = "heroine" if "heroine" in text else "main character"
    entities = [name(text, role, "character")]
    if author in text:
        entities.append(name(text, author, "person"))
    result = reading(store, text, "ask_novel", entities)
    assert result.intent == "ask_character"
    assert all(e.get("entity") != "person" for e in result.entities)


def test_the_authors_birthplace_is_no_role_of_another_work(store):
    """ "the author of the novel was born in what city": the city is asked of the author; the work after "of" is
    the novel."""
    text = "the author of the novel was born in which town?"
    result = reading(store, text, "ask_novel")
    assert result.intent != OUT_OF_SCOPE


def test_a_role_in_your_work_is_a_role_of_another_work(store):
    """ "who plays the heroine in your <x>": the assistant owns no work, so "your <x>" after a role is a title."""
    text = "who played the heroine in your name?"
    result = reading(store, text, "ask_cast", [name(text, "heroine", "character")])
    assert result.intent == OUT_OF_SCOPE


@pytest.mark.parametrize("text", ["is the novel available in english?", "could i read the book in english"])
def test_the_book_in_another_language_is_its_translation(store, text):
    """The store holds no translation of the book: "I don't know" it, never the novel's answer."""
    result = reading(store, text, "ask_novel")
    assert result.intent == "ask_fact"
    assert values(result, "attribute") == ["novel_translation"]


@pytest.mark.parametrize(
    ("text", "intent"), [("who directed if i stay?", "ask_director"), ("who wrote me before you", "ask_novel")]
)
def test_a_lower_case_title_right_after_a_verb_of_making_is_another_work(store, text, intent):
    assert reading(store, text, intent).intent == OUT_OF_SCOPE


def test_a_condition_after_a_verb_of_making_is_no_title(store):
    assert reading(store, "who directed it if i may ask", "ask_director").intent != OUT_OF_SCOPE


@pytest.mark.parametrize("text", ["where could i purchase the novel?", "can i buy a copy of the book somewhere?"])
def test_where_to_buy_the_book_is_not_the_novels_answer(store, text):
    result = reading(store, text, "ask_novel")
    assert result.intent == "ask_fact"
    assert values(result, "attribute") == ["novel_purchase"]


def test_copies_sold_stay_the_books_sales(store):
    assert "novel_purchase" not in values(
        reading(store, "how many copies of the novel were sold", "ask_novel"), "attribute"
    )


@pytest.mark.parametrize("text", ["does the novel end differently?", "is the book's ending different"])
def test_a_difference_of_the_book_compares_it_with_the_film_unnamed(store, text):
    """The book differs from the film it is compared with, named or not: "I don't know" the differences, never the
    film's ending or the novel's answer."""
    result = reading(store, text, "ask_ending")
    assert values(result, "attribute") == ["novel_changes"]


def test_a_lower_case_title_between_an_auxiliary_and_a_verb_of_making_is_another_work(store):
    assert reading(store, "in which year did if i stay come out", "ask_release_date").intent == OUT_OF_SCOPE


@pytest.mark.parametrize(
    "template",
    ["is {title} similar to a walk to remember?", "is it like the notebook", "was this film better than your name"],
)
def test_this_film_weighed_against_another_work_is_not_held(store, template):
    """ "is it like <another film>?": how the two compare, which the store does not say; never refused when this
    film is named, never a fact of this film read from the other title's words."""
    result = reading(store, template.format(title=store.title), "out_of_scope")
    assert result.intent == "ask_fact"
    assert values(result, "attribute") == ["compared_work"]


@pytest.mark.parametrize(
    ("text", "intent"), [("is it like a love story", "ask_genre"), ("is it like super long", "ask_runtime")]
)
def test_a_likeness_of_the_film_itself_is_no_other_work(store, text, intent):
    assert "compared_work" not in values(reading(store, text, intent), "attribute")
