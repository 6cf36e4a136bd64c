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
