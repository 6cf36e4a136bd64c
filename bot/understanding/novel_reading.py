"""Questions about the novel as a book: its series, how the film compares with it, books by a person.

The classifier puts every question with "book" or "novel" in it on the novel's one answer (title,
author, publisher, date). Three structures ask something else, and answering them with that
answer would answer a different question:

- the novel's *series* ("how many books are in the series?", "is there a sequel to the book?"):
  a series word in a question about the book asks for the series, not the first book;
- a *comparison* of the film with the novel ("is the movie faithful to the book?", "does the ending
  differ from the novel?"): the store compares nothing, so the reply is "I don't know" that;
- *books by a person* ("give me all books written by <the author>", "what did the author of the novel
  write?"): that person's works.

Rasa-free, used by bot/understanding/reading.py.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.store import FactStore
from bot.understanding.lexicon import Hit

BOOK_WORDS = frozenset({"book", "books", "novel", "novels", "novella", "light novel"})
# Words that make a question about the book ask for its series: the later books.
SERIES_WORDS = frozenset(
    {"series", "sequel", "sequels", "volumes", "installments", "instalments", "followup", "prequel", "prequels"}
)
# Words that ask how two things compare: with the film and its book, how the film adapts the book.
COMPARE_WORDS = frozenset(
    {
        "faithful",
        "unfaithful",
        "faithfully",
        "differ",
        "differs",
        "differed",
        "difference",
        "differences",
        "different",
        "compare",
        "compares",
        "compared",
        "comparison",
        "vs",
        "versus",
        "deviate",
        "deviates",
        "accurate",
        "accurately",
        "closely",
        "change",
        "changes",
        "changed",
        # "is it better than the book?": a judgement of the two, which the store does not compare either
        "better",
        "worse",
    }
)
# Attributes a comparison or a series question about the book may also carry ("does the ending differ
# from the book?"); any other ("is the novel's title different?") is what the question asks instead.
ABOUT_THE_BOOK = frozenset(
    {"novel", "novel_series", "novel_changes", "sequel", "writer", "creator", "ending", "plot", "screen_adaptation"}
)
FILM_WORDS = frozenset({"film", "movie", "films", "movies", "adaptation", "it"})
# What a sales question says: "how many copies has the book series sold?" asks for the copies sold.
SALES_WORDS = frozenset({"sold", "sell", "sells", "selling", "copies", "sales", "bestseller", "bestselling"})
WORKS = frozenset({"books", "novels", "stories", "works"})


def _about_the_book(words: Sequence[str], attributes: Sequence[Hit]) -> bool:
    return bool(BOOK_WORDS & set(words)) and all(h.key in ABOUT_THE_BOOK for h in attributes)


def book_not_film(words: Sequence[str], this_film: frozenset[str] = frozenset()) -> bool:
    """The book is named and the film is not: "how long is the novel?" is about the book alone."""
    bare = {_possessive_base(word) for word in words}
    return bool(BOOK_WORDS & bare) and not (FILM_WORDS | this_film) & bare


def compared_with_novel(
    words: Sequence[str], attributes: Sequence[Hit], this_film: frozenset[str] = frozenset()
) -> int | None:
    """The position of the comparison word when the question compares the film with its novel.

    `this_film`: the store's words that name the film (its title, platform, year)."""
    if not _about_the_book(words, attributes) or not (FILM_WORDS | this_film) & set(words):
        return None
    if any(h.key == "novel_changes" for h in attributes):
        return next(h.start for h in attributes if h.key == "novel_changes")
    return next((i for i, word in enumerate(words) if word in COMPARE_WORDS), None)


def series_of_novel(words: Sequence[str], attributes: Sequence[Hit]) -> tuple[int, int] | None:
    """The token span that asks for the novel's series, in a question about the book."""
    listed = next((h for h in attributes if h.key == "novel_series"), None)
    if SALES_WORDS & set(words) or COMPARE_WORDS & set(words):
        return None
    if listed is not None and all(h.key in ABOUT_THE_BOOK for h in attributes):
        return listed.start, listed.end
    if not _about_the_book(words, attributes):
        return None
    at = next((i for i, word in enumerate(words) if word in SERIES_WORDS), None)
    return None if at is None else (at, at + 1)


def only_the_author(people: Sequence[str], store: FactStore) -> bool:
    """No one is named but the novel's author (whose series the question may ask about)."""
    author = store.novel.get("author")
    return all(author is not None and person == author.value for person in people)


def books_by(words: Sequence[str], people: Sequence[tuple[int, str]]) -> bool:
    """ "Books (written) by <a person>": works in the plural made by a person the store holds.

    `people` are the named people's first token positions and ids.
    """
    for start, _ in people:
        if start < 2 or words[start - 1] != "by":
            continue
        before = words[max(0, start - 4) : start - 1]
        if WORKS & set(before):
            return True
    return False


AUTHOR_WORDS = frozenset({"author", "novelist", "writer"})
WRITE_VERBS = frozenset({"write", "written", "wrote", "penned", "publish", "published"})
OBJECT_WH = frozenset({"what", "which"})
AUXILIARIES = frozenset({"did", "does", "has", "have"})


def what_the_author_wrote(words: Sequence[str]) -> bool:
    """ "What did the author of the novel write?": the object of the author's writing, their works.

    The wh-word opens the question, the author is the subject and the verb of writing ends it ("what
    did the author write about?" asks for the story, and "who wrote it" has no object wh-word).
    """
    if len(words) < 4 or words[0] not in OBJECT_WH or not AUXILIARIES & set(words[1:3]):  # "which books did"
        return False
    author = next((i for i, word in enumerate(words) if word in AUTHOR_WORDS), None)
    if author is None or not BOOK_WORDS & set(words) and words[author] == "writer":
        return False
    verb = next((i for i, word in enumerate(words) if word in WRITE_VERBS and i > author), None)
    return verb is not None and all(word in ("?", ".", "else", "too", "also") for word in words[verb + 1 :])


# The screenplay's own nouns: a "writer" may be the novel's, these never are.
SCREENPLAY_NOUNS = frozenset(
    {"screenplay", "screenplays", "script", "scripts", "screenwriter", "screenwriters", "scriptwriter", "scripted"}
)
SUBJECT_WH = frozenset({"who", "who's", "whos", "whom"})
YES_NO_OPENERS = frozenset({"is", "was", "are", "were", "did", "does", "has", "have"})
BOOK_OR_AUTHOR = BOOK_WORDS | {"book's", "novel's", "author", "novelist", "author's", "novelist's"}


def _possessive_base(word: str) -> str:
    return word[:-2] if word.endswith("'s") else word


def screenplay_asked(words: Sequence[str]) -> bool:
    """ "Who adapted the script from the book?", "is the author also the screenwriter?": the screenplay's credit.

    A "who" question whose first noun of writing is the screenplay's asks who wrote the screenplay, whatever
    book it was adapted from ("who wrote the novel the script is based on?" names the book first). A yes/no
    question that sets the novel's author beside the screenwriter asks whether they are the same person,
    which the screenplay's credit answers.
    """
    if not words:
        return False
    screenplay = next((i for i, word in enumerate(words) if word in SCREENPLAY_NOUNS), None)
    if screenplay is None:
        return False
    book = next((i for i, word in enumerate(words) if _possessive_base(word) in BOOK_OR_AUTHOR), None)
    if words[0] in SUBJECT_WH:
        return book is None or screenplay < book
    return words[0] in YES_NO_OPENERS and any(_possessive_base(word) in AUTHOR_WORDS for word in words)


# Parts of the novel the store holds beside its one answer, asked in a question about the book. Each is a
# set of word runs; the first part whose run is in the question is the one asked.
NOVEL_PARTS: dict[str, tuple[tuple[str, ...], ...]] = {
    # "who drew the manga?", "which publisher published the manga of it?"
    "novel_manga": (("manga",), ("comic",), ("comics",), ("comic", "book")),
    # "what is the book called in english?", "the novel's english title"
    "novel_title_meaning": (
        ("english", "title"),
        ("english", "name"),
        ("called", "in", "english"),
        ("entitled", "in", "english"),
        ("title", "in", "english"),
        ("name", "in", "english"),
        ("title", "mean"),
        ("title", "means"),
        ("title", "translate"),
        ("title", "translated"),
        ("translation", "of", "the", "title"),
    ),
    # "where was the novel first published?", "was it originally a web novel?"
    "novel_origin": (
        ("originally", "published"),
        ("first", "published", "where"),
        ("published", "where"),
        ("where", "was", "the", "novel", "published"),
        ("where", "was", "the", "book", "published"),
        ("web", "novel"),
        ("posted", "online"),
        ("first", "posted"),
        ("originally", "posted"),
    ),
    # "how many copies did the book sell?", "the novel's sales": the copies sold, with their date
    "novel_copies_sold": (("copies",), ("sold",), ("sell",), ("sells",), ("sales",), ("bestseller",), ("bestselling",)),
}
# A part's words before one of these describe a person ("written by this web-novel author"), not the part asked.
AUTHOR_NOUNS = frozenset({"author", "authors", "writer", "writers", "novelist", "novelists"})
# A manga word only asks for the manga when the question does not ask whether the film adapts one
# ("is it based on a manga?" is the film's source, decided against the novel).
SOURCE_WORDS = frozenset({"based", "adapted", "adaptation", "source"})
WHEN_WORDS = frozenset({"when", "year", "date", "what year"})
# "who is <the author>'s publisher?": the novel's publisher, not the person.
PUBLISHER_WORDS = frozenset({"publisher", "publishers", "publishing", "publishes", "publish"})


def _run_at(words: Sequence[str], run: tuple[str, ...]) -> int | None:
    size = len(run)
    return next((i for i in range(len(words) - size + 1) if tuple(words[i : i + size]) == run), None)


def part_of_novel(words: Sequence[str]) -> tuple[str, int, int] | None:
    """The part of the novel a question about the book asks for (a NOVEL_PARTS key) and its token span."""
    bare = [_possessive_base(word) for word in words]
    for key, runs in NOVEL_PARTS.items():
        if key == "novel_manga" and SOURCE_WORDS & set(bare):
            continue
        if key == "novel_origin" and WHEN_WORDS & set(bare):  # "when was it originally published?": the date
            continue
        for run in runs:
            at = _run_at(bare, run)
            if at is not None and not set(bare[at + len(run) : at + len(run) + 1]) & AUTHOR_NOUNS:
                return key, at, at + len(run)
    return None
