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

import re
from collections.abc import Sequence

from rapidfuzz.distance import Levenshtein

from bot.store import FactStore
from bot.understanding import clauses
from bot.understanding.lexicon import Hit

BOOK_WORDS = frozenset({"book", "books", "novel", "novels", "novella", "light novel"}) | frozenset(
    # the book in print: "which house published the japanese edition?", "when did the paperback come out?"
    "edition editions paperback paperbacks hardcover hardcovers hardback hardbacks".split()
)
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
        "differently",
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
        # "is the book similar to the movie?": a likeness is a comparison too ("the same as": SAME_AS)
        "similar",
        "identical",
        "alike",
    }
)
# Words that compare the book with the film even when the film goes unnamed: what else would it differ from.
DIFFERENCE_WORDS = frozenset({"differ", "differs", "differed", "difference", "differences", "different", "differently"})
# "Is the book the same as the movie?", "does the book have the same ending?": "same" compares before "as"/"to" or
# a part of the story; "the novel of the same name" names the book.
SAME_AS = frozenset({"as", "to"})
SAME_PARTS = frozenset({"ending", "end", "characters", "story", "plot", "way", "scenes", "events", "storyline"})


def _same_as(words: Sequence[str], at: int) -> bool:
    return words[at] == "same" and words[at + 1 : at + 2] != [] and words[at + 1] in SAME_AS | SAME_PARTS


# Attributes a comparison or a series question about the book may also carry ("does the ending differ
# from the book?"); any other ("is the novel's title different?") is what the question asks instead.
ABOUT_THE_BOOK = frozenset(
    {
        "novel",
        "novel_series",
        "novel_changes",
        "sequel",
        "writer",
        "creator",
        "ending",
        "plot",
        "screen_adaptation",
        "other_work",  # "what other books are in the series?": the series' books, not a person's works
    }
)
FILM_WORDS = frozenset({"film", "movie", "films", "movies", "adaptation", "it"})
# What a sales question says: "how many copies has the book series sold?" asks for the copies sold.
SALES_WORDS = frozenset({"sold", "sell", "sells", "selling", "copies", "sales", "bestseller", "bestselling"})
WORKS = frozenset({"books", "novels", "stories", "works"})
PLURAL_BOOKS = frozenset({"books", "novels", "volumes"})


def _about_the_book(words: Sequence[str], attributes: Sequence[Hit]) -> bool:
    bare = {_possessive_base(word) for word in words}  # "is the book's ending different?"
    return bool(BOOK_WORDS & bare) and all(h.key in ABOUT_THE_BOOK for h in attributes)


def book_not_film(words: Sequence[str], this_film: frozenset[str] = frozenset()) -> bool:
    """The book is named and the film is not: "how long is the novel?" is about the book alone."""
    bare = {_possessive_base(word) for word in words}
    return bool(BOOK_WORDS & bare) and not (FILM_WORDS | this_film) & bare


def compared_with_novel(
    words: Sequence[str], attributes: Sequence[Hit], this_film: frozenset[str] = frozenset()
) -> int | None:
    """The position of the comparison word when the question compares the film with its novel.

    `this_film`: the store's words that name the film (its title, platform, year)."""
    if not _about_the_book(words, attributes):
        return None
    if not (FILM_WORDS | this_film) & set(words) and not _differs_from_unnamed(words):
        return None  # "does the book have a different ending?" compares with the film unnamed
    if any(h.key == "novel_changes" for h in attributes):
        return next(h.start for h in attributes if h.key == "novel_changes")
    return next(
        (i for i, word in enumerate(words) if word in COMPARE_WORDS or _same_as(words, i) or _equal_to(words, i)),
        None,
    )


def _differs_from_unnamed(words: Sequence[str]) -> bool:
    """A difference word with nothing it differs from ("is the book's ending different?"): the film, the only other
    telling; "different from other books" names what it differs from."""
    # "does the book have the same ending?": the same as the other telling
    return any(_same_as(words, i) for i in range(len(words))) or any(
        word in DIFFERENCE_WORDS and words[i + 1 : i + 2] not in (["from"], ["than"], ["to"])
        for i, word in enumerate(words)
    )


# "as well as", "as soon as", "as long as" join or time; they compare nothing.
NOT_EQUATIVE = frozenset({"well", "soon", "long", "far", "much", "many"})


def _equal_to(words: Sequence[str], at: int) -> bool:
    """ "Is the movie as good as the book?", "is it as sad as the novel": "as <a word> as" weighs the two."""
    return words[at] == "as" and at + 2 < len(words) and words[at + 2] == "as" and words[at + 1] not in NOT_EQUATIVE


# "other book series", "another series": a series besides the novel's.
OTHER_WORDS = frozenset({"other", "another", "different"})
OTHER_REACH = 2


def series_of_novel(
    words: Sequence[str], attributes: Sequence[Hit], film: frozenset[int] = frozenset()
) -> tuple[int, int] | None:
    """The token span that asks for the novel's series, in a question about the book.

    `film`: the positions of the film's names, which may stand between "how many" and the books counted
    ("how many <the title> novels are there?" counts the series' books)."""
    listed = next((h for h in attributes if h.key == "novel_series"), None)
    if SALES_WORDS & set(words) or COMPARE_WORDS & set(words):
        return None
    if listed is not None and OTHER_WORDS & set(words[max(0, listed.start - OTHER_REACH) : listed.start]):
        return None  # "has he written other book series?": another series, one of the author's works
    if PUBLISHER_WORDS & set(words):  # "who is the publisher of the series?": the novel's answer names the publisher
        return None
    for how in (i for i in range(len(words) - 2) if list(words[i : i + 2]) == ["how", "many"]):
        counted = next((i for i in range(how + 2, len(words)) if i not in film), None)
        if counted is not None and counted > how + 2 and words[counted] in PLURAL_BOOKS:
            return how, counted + 1
    if listed is not None and all(h.key in ABOUT_THE_BOOK for h in attributes):
        return listed.start, listed.end
    if not _about_the_book(words, attributes):
        return None
    at = next((i for i, word in enumerate(words) if word in SERIES_WORDS), None)
    return None if at is None else (at, at + 1)


# "the third book in the series", "the second <title> novel", "book 2": one book of the series by its place, which
# the store does not give (it counts the series' books and names some of them, in no order). "first" is the novel.
ORDINAL_WORDS = "second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth".split()
NUMBER_WORDS = "two three four five six seven eight nine ten".split()
ORDINALS = frozenset(ORDINAL_WORDS) | {"final"}
# "the 13th book": any numeral ordinal but the first
NUMERAL_ORDINAL = re.compile(r"(?:[2-9]|\d\d+)(?:st|nd|rd|th)")
NUMBERS = frozenset(str(n) for n in range(2, 11)) | frozenset(NUMBER_WORDS)
PLACED_BOOK_NOUNS = frozenset({"book", "books", "novel", "novels", "volume", "volumes", "installment", "instalment"})
# Words between the ordinal and the book noun: the film's own title ("the second <title> book") and nothing else.
ORDINAL_GAP = 4


# The place each ordinal or number names ("final" names none).
PLACES = {
    **{word: place for place, word in enumerate(ORDINAL_WORDS, start=2)},
    **{word: place for place, word in enumerate(NUMBER_WORDS, start=2)},
}
LEADING_COUNT = re.compile(r"^\s*(\d+)\b")


def place_of(word: str) -> int | None:
    """The place a word of `numbered_book` names: "fourth", "4th", "4" -> 4; None for "final"."""
    digits = re.match(r"\d+", word)
    return int(digits.group()) if digits else PLACES.get(word)


def books_in_series(store: FactStore) -> int | None:
    """How many books the store says the novel's series has (its value's leading count), if it says."""
    series = store.novel.get("series")
    found = LEADING_COUNT.match(str(series.value)) if series is not None and series.known else None
    return int(found.group(1)) if found else None


def numbered_book(words: Sequence[str], film: frozenset[int] = frozenset()) -> tuple[int, int] | None:
    """The token span of one book of the series asked by its place ("the third book", "book 2"); else None.

    `film`: the positions of the film's names, which may stand between the ordinal and the book noun."""
    for at, word in enumerate(words):
        if word in ORDINALS or NUMERAL_ORDINAL.fullmatch(word):
            noun = next((i for i in range(at + 1, min(len(words), at + ORDINAL_GAP)) if i not in film), None)
            if noun is not None and words[noun] in PLACED_BOOK_NOUNS:
                return at, noun + 1
        if word in PLACED_BOOK_NOUNS and at + 1 < len(words) and words[at + 1] in NUMBERS:
            return at, at + 2
    return None


def only_the_author(people: Sequence[str], store: FactStore) -> bool:
    """No one is named but the novel's author (whose series the question may ask about)."""
    author = store.novel.get("author")
    return all(author is not None and person == author.value for person in people)


def other_series_written(words: Sequence[str]) -> bool:
    """ "Has he written other book series?", "did she write another series?": the writer's works, not the novel's
    own series."""
    said = set(words)
    if not WRITE_VERBS & said:
        return False
    at = next((i for i, word in enumerate(words) if word in SERIES_WORDS), None)
    return at is not None and bool(OTHER_WORDS & set(words[max(0, at - OTHER_REACH - 1) : at]))


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


def possessive_base(word: str) -> str:
    """ "novel's", "books'": the noun owned."""
    return _possessive_base(word)


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
    # and in Japanese, as the tokenizer cuts the words: 漫画版, 漫画化, コミカライズ
    "novel_manga": (
        ("manga",),
        ("comic",),
        ("comics",),
        ("comic", "book"),
        ("漫画", "版"),
        ("漫画", "化"),
        ("コミカライズ",),
        ("コミック", "版"),
        # "<題名>の漫画", "漫画はある？", "漫画もありましたか": the manga itself (漫画なの？ asks what it adapts)
        *((before, drawn) for before in ("の",) for drawn in ("漫画", "マンガ", "コミック")),
        *((drawn, after) for drawn in ("漫画", "マンガ") for after in ("は", "も", "あり", "ある")),
    ),
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
        ("first", "published"),
        ("published", "where"),
        ("where", "was", "the", "novel", "published"),
        ("where", "was", "the", "book", "published"),
        ("web", "novel"),
        ("posted", "online"),
        ("first", "posted"),
        ("originally", "posted"),
    ),
    # "is there a spin-off?": the book told from another character's side
    "novel_spin_off": (
        ("spin", "off"),
        ("spin", "offs"),
        ("spinoff",),
        ("spinoffs",),
        ("side", "story"),
        ("side", "stories"),
        ("companion", "novel"),
        ("companion", "book"),
        ("スピン", "オフ"),
        ("外伝",),
        ("番外", "編"),
    ),
    # "how many copies did the book sell?", "the novel's sales": the copies sold, with their date
    # "was the book popular?": how well a book did is its sales
    "novel_copies_sold": (
        ("copies",),
        ("sold",),
        ("sell",),
        ("sells",),
        ("sales",),
        ("bestseller",),
        ("bestselling",),
        ("bestsellers",),
        ("best", "seller"),
        ("popular",),
        ("a", "hit"),
        ("a", "success"),
        ("successful",),
    ),
}
# Runs that ask where the book first appeared only in a "where" question.
WHERE_ONLY_RUNS = frozenset({("first", "published")})
# A part's words before one of these describe a person ("written by this web-novel author"), not the part asked.
AUTHOR_NOUNS = frozenset({"author", "authors", "writer", "writers", "novelist", "novelists"})
# A manga word only asks for the manga when the question does not ask whether the film adapts one
# ("is it based on a manga?" is the film's source, decided against the novel).
SOURCE_WORDS = frozenset({"based", "adapted", "adaptation", "source"})
WHEN_WORDS = frozenset({"when", "year", "date", "what year"})
# Words that open a relative clause: what follows describes the book, it asks nothing.
RELATIVE_OPENERS = frozenset({"which", "that"})
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
        if key == "novel_origin" and bare[:1] == ["who"]:  # "who wrote the web novel?": its author or publisher
            continue
        where_only = key == "novel_origin" and "where" not in bare
        for run in runs:
            at = _run_at(bare, run)
            if at is None or where_only and run in WHERE_ONLY_RUNS:
                continue  # ("what was <the author>'s first published novel?": the book, not where it appeared)
            after = set(bare[at + len(run) : at + len(run) + 1])
            if bare[:1] == ["who"] and RELATIVE_OPENERS & set(bare[1:at]):
                continue  # "who wrote <it>, a book which was first posted on a web novel site?": a description
            if key == "novel_copies_sold" and after & BOOK_WORDS:
                continue  # "the author of the popular novel …": a word that describes the book, not its sales asked
            if not after & AUTHOR_NOUNS:
                return key, at, at + len(run)
    apart = title_meaning_apart(words)
    return ("novel_title_meaning", *apart) if apart is not None else None


# The novel's writer by a noun of its own: "author" and "novelist" are never the screenplay's.
NOVELIST_NOUNS = frozenset({"author", "novelist"})


def names_the_novelist(word: str) -> bool:
    """ "The author", "the auther", "the novelist": the novel's writer, whoever wrote the screenplay (one letter
    changed, left out or added: "autor", "authour")."""
    bare = _possessive_base(word)
    return any(bare == noun or len(bare) >= 5 and Levenshtein.distance(bare, noun) == 1 for noun in NOVELIST_NOUNS)


def described_novelist(words: Sequence[str], at: int, film: frozenset[int]) -> list[int] | None:
    """ "Is the author (of <the film>) a woman?", "was the novelist japanese?": the positions of the words that
    describe the novel's author, or None when the question is no "is the author <a word or two>?".

    The author is named by the noun at `at`, after "is/was the"; "of <the film or the book>" only says whose
    author (`film`: the positions of the film's names), and the author noun said again ("a female author") is
    no description.
    """
    if at != 2 or len(words) < 4 or words[0] not in ("is", "was", "isn't", "wasn't") or words[1] != "the":
        return None
    rest = [i for i in range(at + 1, len(words)) if i not in film and words[i] not in ("?", ".")]
    if rest and words[rest[0]] == "of":  # "the author of <the film>": whose author, then the description
        whose = [i for i in rest[1:] if words[i] in ("the", "this") or words[i] in BOOK_WORDS]
        if not any(i in film for i in range(at + 1, len(words))) and not whose:
            return None  # "is the author of <another work> …?": not this book's author
        rest = [i for i in rest[1:] if i not in whose]
    said = [i for i in rest if words[i] not in ("a", "an", "really", "also") and not names_the_novelist(words[i])]
    if not said or len(said) > 2 or said != list(range(said[0], said[-1] + 1)):
        return None
    if any(words[i] in SCREENPLAY_NOUNS for i in said):
        return None  # "is the author also the screenwriter?": whether one person holds both, the credit's answer
    return said


def novelist_described(words: Sequence[str]) -> bool:
    """ "Is the author a billionaire?": a yes/no that describes the novel's author, named by the author noun."""
    return len(words) > 2 and names_the_novelist(words[2]) and described_novelist(words, 2, frozenset()) is not None


# Words between the opener and the book that leave it the same question ("is there also a novel?").
BOOK_DETERMINERS = frozenset({"a", "an", "any", "the", "also", "originally", "actually", "really", "light", "original"})
# "Is there a book for/of <the film>?": the film the book is of.
OF_THE_FILM = frozenset({"for", "of", "behind", "to"})
BOOK_NOUNS = frozenset({"book", "books", "novel", "novels"})


# Words after "book" that name the book itself: "is there a book version (of it)?".
BOOK_FORMS = frozenset({"version", "versions", "form", "edition", "original"})


def book_exists(words: Sequence[str], film: frozenset[int]) -> bool:
    """ "Is there a book?", "is there a novel for <the film>?", "is <the film> a book?", "does it have a book?":
    whether the film has a book, a yes/no the store's novel decides, before the novel's answer.

    `film`: the positions of the words that name the film ("it", "the movie", its title). Anything more said
    of the book ("a book after it", "a book about the making of it", "a book 2") asks something else.
    """
    at = next((len(opener) for opener in clauses.EXISTENCE_OPENERS if tuple(words[: len(opener)]) == opener), None)
    if at is None and words[:1] in (["is"], ["was"]) and 1 in film:
        at = next((i for i in range(1, len(words)) if i not in film), len(words))  # "is <the film> a book?"
    if at is None:
        return False
    while at < len(words) and words[at] in BOOK_DETERMINERS:
        at += 1
    if at >= len(words) or words[at] not in BOOK_NOUNS:
        return False
    said = enumerate(words[at + 1 :], start=at + 1)
    rest = [
        word
        for i, word in said
        if i not in film and word not in ("originally", "too", "also", "?", ".") and word not in BOOK_FORMS
    ]
    return not rest or rest[0] in OF_THE_FILM and all(word in ("the", "this", "that") for word in rest[1:])


# "Is there a movie of the book?", "is <the novel> going to be a movie?": whether the book was made into a film,
# which this film is.
FILM_NOUNS = frozenset({"movie", "film", "movies", "films", "live action"})
FILM_FORMS = frozenset({"version", "versions", "adaptation", "adaptations"})
OF_THE_BOOK = frozenset({"of", "for", "based", "on", "from", "about"})
TURNED_INTO = (
    ("going", "to", "be"),
    ("gonna", "be"),
    ("become",),
    ("becoming",),
    ("made", "into"),
    ("adapted", "into"),
    ("turned", "into"),
    ("adapted", "to"),
    ("made", "as"),
)
FILM_DETERMINERS = frozenset({"a", "an", "any", "the", "also", "ever"})
OTHER_THAN = frozenset({"besides", "except", "other", "another", "else"})


def film_of_the_book(words: Sequence[str], film: frozenset[int]) -> bool:
    """ "Is there a movie of the book?", "is there a movie version of <the shared nickname>?", "is <the book> going to
    be a movie?", "has the novel been made into a film?": the book made into a film. `film`: the positions of the
    words that name the film or its shared nickname ("it" excluded: "is it going to be a movie?" asks nothing of
    a book)."""
    if OTHER_THAN & set(words):
        return False  # "was any of his work besides <the title> turned into a movie?": other works
    named = {i for i in film if words[i] not in ("it", "its", "that", "this")}
    book = {i for i, word in enumerate(words) if word in BOOK_NOUNS} | named
    if not book:
        return False
    at = next((len(opener) for opener in clauses.EXISTENCE_OPENERS if tuple(words[: len(opener)]) == opener), None)
    if at is not None and words[:2] in (["is", "there"], ["was", "there"], ["are", "there"]):
        while at < len(words) and words[at] in FILM_DETERMINERS:
            at += 1
        if at >= len(words) or words[at] not in FILM_NOUNS:
            return False
        rest = [w for w in words[at + 1 :] if w not in FILM_FORMS and w not in OF_THE_BOOK and w != "the"]
        return bool(rest) and all(i in book for i, w in enumerate(words) if i > at and w in rest)
    for turn in TURNED_INTO:
        size = len(turn)
        start = next((i for i in range(len(words) - size) if tuple(words[i : i + size]) == turn), None)
        if start is None or not any(i < start for i in book):
            continue
        after = [w for w in words[start + size :] if w not in FILM_DETERMINERS and w not in ("?", ".")]
        if after[:1] and after[0] in FILM_NOUNS:
            return True
    return False


# What may follow "the book" that names no other book: a verb of it or the question's end ("when was the book
# published?", "was the novel translated?"); a title after it ("the novel <another title>") is another book.
AFTER_THE_BOOK = frozenset(
    {
        "published",
        "publish",
        "released",
        "translated",
        "written",
        "first",
        "originally",
        "come",
        "came",
        "sell",
        "sold",
        "banned",
        "?",
        ".",
        "!",
    }
)


def the_book_itself(words: Sequence[str]) -> bool:
    """ "When was the novel published for the first time?": "the book" with no title after it is this film's novel,
    the one book a question about the film can mean."""
    return any(
        words[i] == "the"
        and words[i + 1] in ("book", "novel")
        and (i + 2 == len(words) or words[i + 2] in AFTER_THE_BOOK)
        for i in range(len(words) - 1)
    )


# What the novel's one answer (its title, author, publisher and date) or a claim read before says of the book
# in a yes/no: "was the book published first?", "has the novel been made into a movie?". Any other word of
# the yes/no ("was the book banned?", "is the novel good?") asks what the store does not hold of it.
SAID_BY_THE_ANSWER = frozenset(
    {
        "published",
        "publish",
        "publishing",
        "written",
        "write",
        "wrote",
        "released",
        "release",
        "out",
        "first",
        "originally",
        "original",
        "japanese",
        "japan",
        "made",
        "make",
        "turned",
        "into",
        "movie",
        "film",
        "movies",
        "films",
        "adapted",
        "adaptation",
        "based",
        "real",
        "really",
        "actually",
        "still",
        "also",
        "ever",
        "source",
        "even",
        "yet",
        "already",
        "before",
        "after",
        "same",
        "name",
        "title",
        "called",
        "named",
        "there",
    }
)
YES_NO_VERBS = frozenset({"is", "was", "are", "were", "did", "does", "do", "has", "have", "had"})


def undecided_of_the_book(words: Sequence[str], grammar: frozenset[str], named: frozenset[int]) -> int | None:
    """ "Was the book banned upon its publishing?", "is the novel good?": a plain yes/no whose subject is the
    book and whose predicate the novel's one answer does not decide. The position of the first word of that
    predicate, or None.

    `grammar`: function words; `named`: the positions of names, titles and other words read as something
    else (the film's names), which are never the predicate.
    """
    if len(words) < 3 or words[0] not in YES_NO_VERBS:
        return None
    book = next((i for i, word in enumerate(words) if _possessive_base(word) in BOOK_WORDS), None)
    if book is None or book > 3:  # the subject, right after the verb and its article
        return None
    return next(
        (
            i
            for i, word in enumerate(words)
            if i > book
            and i not in named
            and word.isalpha()
            and word not in grammar
            and _possessive_base(word) not in BOOK_WORDS | SAID_BY_THE_ANSWER
        ),
        None,
    )


# Words of "published by <a publisher>" that say no name: "was it published by a big publisher?" names none.
PUBLISHER_GENERIC = frozenset(
    {
        "a",
        "an",
        "the",
        "big",
        "small",
        "major",
        "famous",
        "japanese",
        "publisher",
        "publishers",
        "publishing",
        "company",
        "companies",
        "house",
        "press",
        "label",
        "imprint",
        "someone",
        "anyone",
        "itself",
        "themselves",
    }
)
# Words that end the publisher's name: what follows says when or where ("published by <X> in 2021").
NAME_ENDS = frozenset(
    {"in", "on", "at", "and", "or", "when", "?", ".", ",", "right", "too", "also", "first", "originally", "initially"}
)


def publisher_claimed(words: Sequence[str]) -> tuple[int, int] | None:
    """ "Was the novel published by <a name>?": the token span of the publisher claimed, or None when no
    publisher is named ("published by a big publisher?") or the question says no "published by"."""
    at = next(
        (i + 2 for i in range(len(words) - 2) if words[i] in {"published", "publish"} and words[i + 1] == "by"), None
    )
    if at is None:
        return None
    end = next((i for i in range(at, len(words)) if words[i] in NAME_ENDS), len(words))
    if all(word in PUBLISHER_GENERIC for word in words[at:end]):
        return None
    return at, end


# Words that ask who drew a book's pictures; the manga's artist is the manga's answer instead.
ILLUSTRATE_WORDS = frozenset(
    {"illustrated", "illustrate", "illustrates", "illustrator", "illustrators", "illustration", "illustrations"}
)


def illustration_asked(words: Sequence[str]) -> int | None:
    """The position of the word that asks for the book's illustrations ("who illustrated the novel?"), or None
    when the question is about the manga or asks no such thing."""
    if {"manga", "comic", "comics"} & {_possessive_base(word) for word in words}:
        return None
    return next((i for i, word in enumerate(words) if word in ILLUSTRATE_WORDS), None)


# Words that ask for the book in another language ("was the novel translated into english?", "is there an english
# edition of the book?"): translations the store does not hold. The title's meaning is the title's own part.
TRANSLATE_WORDS = frozenset({"translated", "translation", "translations", "translate", "translates", "translator"})
EDITION_WORDS = frozenset({"edition", "editions", "version", "versions", "release"})
LANGUAGE_WORDS = frozenset({"english", "american", "british"})
TITLE_WORDS = frozenset({"title", "titles", "name", "names", "called", "mean", "means", "meaning"})


def translation_asked(words: Sequence[str]) -> int | None:
    """The position of the word that asks for the book's translation ("was the book translated?", "an english
    edition of the novel"), or None when the question asks what its title means or no such thing."""
    bare = [_possessive_base(word) for word in words]
    if TITLE_WORDS & set(bare):
        return None
    at = next((i for i, word in enumerate(bare) if word in TRANSLATE_WORDS), None)
    if at is not None:
        return at
    edition = next(
        (i for i in range(len(bare) - 1) if bare[i] in LANGUAGE_WORDS and bare[i + 1] in EDITION_WORDS),
        None,
    )
    if edition is not None:
        return edition
    # "is the book in english?", "can i read the novel in english": the book in another language is a translation
    return next((i for i in range(1, len(bare)) if bare[i - 1] == "in" and bare[i] in LANGUAGE_WORDS), None)


# "where can i buy the book?", "is the novel for sale": where the book is sold.
BUY_WORDS = frozenset({"buy", "buying", "bought", "purchase", "purchasing", "sale", "sold"})


def purchase_asked(words: Sequence[str]) -> int | None:
    """The position of the word that asks where to get the book ("where can i buy the novel?"), or None; a count
    of copies sold ("how many copies were sold") is the book's sales."""
    if SALES_WORDS & set(words) - {"sold"} or {"how", "many"} <= set(words):
        return None
    return next((i for i, word in enumerate(words) if word in BUY_WORDS), None)


# "how much does the book cost?", "what is the price of the novel?": what a copy costs, which the store does not hold
# (what making the film cost is the film's budget, asked of the film).
PRICE_WORDS = frozenset({"price", "prices", "priced", "cost", "costs", "expensive", "cheap", "pricey"})
PRICE_VERBS = frozenset({"is", "'s", "are", "does", "do"})
# The novel's parts a copy of which is sold: "how much is the manga?".
PRICED_PARTS = frozenset({"manga", "comic", "comics", "spinoff"})
DETERMINERS = frozenset({"the", "this", "that", "a", "its"})


def price_asked(words: Sequence[str], things: frozenset[str] = BOOK_WORDS) -> int | None:
    """The position of the word that asks what the book costs ("how much is the novel?", "is the book expensive?"),
    or None; "how much of the book is in the film?" asks how much of it was kept, "how much did it sell?" its
    sales."""
    at = next((i for i, word in enumerate(words) if word in PRICE_WORDS), None)
    if at is not None:
        return at
    for i in range(len(words) - 3):
        if words[i : i + 2] != ["how", "much"] or words[i + 2] not in PRICE_VERBS:
            continue
        rest = [word for word in words[i + 3 :] if word not in DETERMINERS]
        # "how much is the book?": the book is all that follows ("how much does the book differ?" asks more)
        if rest and _possessive_base(rest[0]) in things and len(rest) == 1:
            return i
    return None


# What a story is called when its writer is asked: "who wrote <a character>'s story?"
STORY_NOUNS = frozenset({"story", "stories", "tale", "tales"})


def story_writer_asked(words: Sequence[str]) -> bool:
    """ "Who wrote <a character>'s story?", "who wrote <two characters>' love story?": the story's writer is the
    novel's author (the screenplay tells a story it did not invent), whoever the story is about."""
    if len(words) < 3 or words[0] not in SUBJECT_WH or words[1] not in WRITE_VERBS | {"came", "created", "invented"}:
        return False
    return not SCREENPLAY_NOUNS & set(words) and _possessive_base(words[-1]) in STORY_NOUNS


# What people thought of a work: asked of the book, the film's reviews, ratings and awards answer another question.
RECEPTION_KEYS = frozenset({"reviews", "imdb", "rotten_tomatoes", "awards"})
# Who may be the subject instead of the book: "did the author win an award?" asks about a person ("they" may be
# the books themselves: "are they any good?").
PERSON_SUBJECT_WORDS = AUTHOR_NOUNS | {"he", "she", "him", "her", "his"}


def book_is_judged(words: Sequence[str], film: frozenset[int]) -> bool:
    """ "What did critics say about the book?", "did the novel win any awards?", "are the yomeboku books any good?":
    the book is what is judged, not the film or a person.

    A book word names the subject; the film's names are allowed only as the book's own name, next to the book word
    ("the novel <the title>", "the <the title> books"; `film`: the positions of the film's names). A word that names
    the film itself ("movie", "it"), its adaptation, or a person (the author, a pronoun) makes the film or that
    person the one judged.
    """
    bare = [_possessive_base(word) for word in words]
    books = [i for i, word in enumerate(bare) if word in BOOK_WORDS]
    if not books or (FILM_WORDS | SOURCE_WORDS | PERSON_SUBJECT_WORDS) & set(bare):
        return False
    named: set[int] = set()
    for book in books:  # the film's name run that touches a book word is the book's name
        for step in (1, -1):
            at = book + step
            while at in film:
                named.add(at)
                at += step
    return film <= named


WRITER_NOUNS = frozenset({"writer", "writers", "author", "authors", "novelist"})


def writer_of_the_book(words: Sequence[str]) -> int | None:
    """ "How old is the writer of the book?", "the novel's writer": the position of a writer noun that the book
    owns, whose writer is the novelist (a "writer" alone may be the screenplay's), or None."""
    for i, word in enumerate(words):
        if word not in WRITER_NOUNS:
            continue
        after = list(words[i + 1 : i + 4])
        if after[:1] == ["of"] and len(after) == 3 and after[1] in ("the", "this", "that") and after[2] in BOOK_WORDS:
            return i
        if i > 0 and _possessive_base(words[i - 1]) in BOOK_WORDS and words[i - 1].endswith("'s"):
            return i
    return None


# Verbs of making a work, with the book as their object: "who published the book?", "did the director write the novel?".
MAKING_VERBS = WRITE_VERBS | frozenset(
    {"directed", "direct", "directs", "made", "make", "created", "create", "produced"}
)


def book_made(words: Sequence[str], this_film: frozenset[str] = frozenset()) -> bool:
    """ "What company published the book?", "did the director write the novel?", "who directed the book?": the book is
    the object of a verb of making, so its makers (the novel's author and publisher) are asked, not the film's crew,
    whatever role word the question uses. The film named anywhere ("the book the movie is based on") or the
    screenplay ("who wrote the script of the book?") leaves the crew question as it is."""
    bare = [_possessive_base(word) for word in words]
    if not book_not_film(words, this_film) or SCREENPLAY_NOUNS & set(bare):
        return False
    return any(
        word in MAKING_VERBS
        and bare[i + 1 : i + 2] in (["the"], ["this"], ["that"])
        and _book_noun_at(bare, i + 2)
        # "who wrote the book?": the crew's writer credit answers it too; "did the director write it?" it does not
        and (word not in WRITING or bool(OTHER_CREW & set(bare[:i])))
        for i, word in enumerate(bare)
    )


# Words between the determiner and the book's noun: "published the japanese edition", "wrote the original novel".
BOOK_MODIFIERS = frozenset({"japanese", "original", "first", "printed", "english"})


def _book_noun_at(bare: Sequence[str], at: int) -> bool:
    """A book's noun at `at`, after at most two modifiers ("the book", "the japanese edition")."""
    while at < len(bare) and bare[at] in BOOK_MODIFIERS and at < len(bare) - 1:
        at += 1
    return at < len(bare) and bare[at] in BOOK_WORDS


WRITING = frozenset({"write", "written", "wrote", "penned"})
OTHER_CREW = frozenset({"director", "producer", "composer", "actor", "actress", "cinematographer", "editor"})


# "what is the book about?", "what was the novel about": the book as the subject of "about" asks its story.
STORY_OPENERS = frozenset({"what", "whats", "what's"})
STORY_GAP = 4  # "what is <the book> about": at most a determiner and a possessive between the verb and the book


def story_of_the_book(words: Sequence[str]) -> bool:
    """ "What is the book about?", "what's <the author>'s novel about": a question whose subject is the book and whose
    last word is "about" asks for its story (the film tells the same one), not the novel's title and author."""
    bare = [_possessive_base(word) for word in words]
    if len(bare) < 3 or bare[0] not in STORY_OPENERS or bare[-1] != "about":
        return False
    return bool(BOOK_WORDS & set(bare[1:-1])) and len(bare) - 2 <= STORY_GAP + 1


# "what does the title of the novel mean?": the title and the verb of meaning apart, in one clause.
MEANING_VERBS = frozenset({"mean", "means", "meant", "translate", "translates", "translated"})
MEANING_GAP = 5


def title_meaning_apart(words: Sequence[str]) -> tuple[int, int] | None:
    """The span of "title" when a verb of meaning follows a few words later ("the title of the novel mean")."""
    bare = [_possessive_base(word) for word in words]
    for at, word in enumerate(bare):
        if word in ("title", "titles"):
            near = range(at + 1, min(len(bare), at + MEANING_GAP + 1))
            end = next((i for i in near if bare[i] in MEANING_VERBS), None)
            if end is not None:
                return at, at + 1  # the title is what is asked; the verb says what of it
    return None


def book_named_by_title(words: Sequence[str], film: frozenset[int]) -> bool:
    """ "the novel <title>", "the <nickname> novel": a book word right beside the film's title names the book by
    that title; only when no film word ("the movie", "the film") is said elsewhere."""
    bare = [_possessive_base(word) for word in words]
    for at, word in enumerate(bare):
        if word in BOOK_WORDS and (at + 1 in film or at - 1 in film):
            others = {i for i in film if bare[i] in FILM_WORDS or bare[i] in ("film", "movie")}
            return not others
    return False


# Who the novel's one answer names: its author and its publisher; "who is the <another role> of the book?" asks for
# someone it does not name.
NAMED_BY_THE_ANSWER = AUTHOR_NOUNS | PUBLISHER_WORDS | {"creator", "creators", "publishers"}
WHO_IS = frozenset({"is", "was", "are", "were"})
ROLE_LINKS = frozenset({"of", "for", "behind", "at"})


def unnamed_role_of_the_book(words: Sequence[str], covered: frozenset[int]) -> tuple[int, int] | None:
    """ "who is the founder of the publisher of the novel?", "who's the cover designer of the book?": the span of a
    role noun of the book (or of its maker) that the novel's answer does not name and that no other reading knows
    (`covered`: positions of attributes, relations, names and roles the lexicon found), or None."""
    if len(words) < 5 or words[0] not in SUBJECT_WH:
        return None
    at = 1 if words[0] != "who" else 2
    if words[0] == "who" and words[1] not in WHO_IS:
        return None
    at += words[at] in ("the", "a", "an")
    link = next((i for i in range(at + 1, min(at + MAX_ROLE_WORDS + 1, len(words))) if words[i] in ROLE_LINKS), None)
    if link is None:
        return None
    head = words[at:link]
    if any(w in NAMED_BY_THE_ANSWER or w in BOOK_WORDS or not w.isalpha() for w in head):
        return None
    if any(i in covered for i in range(at, link)):
        return None
    return (at, link) if BOOK_WORDS & {_possessive_base(w) for w in words[link + 1 :]} else None


MAX_ROLE_WORDS = 2  # "the cover designer of …"


# Nouns of the film as the book's adaptation: "in the adaptation of <the title>" names the film, not its book.
ADAPTATION_NOUNS = frozenset({"adaptation", "film adaptation", "movie adaptation", "screen adaptation"})


def adaptation_of_the_film(words: Sequence[str], hits: list[Hit]) -> list[Hit]:
    """ "who plays <a> in the adaptation of <the title>?", "the <year> adaptation of <the title> was directed by?": an
    adaptation "of" the film's title is the film itself; its word asks nothing about the novel. "what is <the
    title> an adaptation of?" keeps it (nothing follows "of")."""
    titles = {h.start for h in hits if h.kind == "film"}
    title_ends = {h.end for h in hits if h.kind == "film"}

    def the_film_itself(h: Hit) -> bool:
        of_the_title = h.end + 1 < len(words) and words[h.end] == "of" and h.end + 1 in titles
        # "in the <title> TV adaptation": the title and a medium before the noun name the film
        between = next((h.start - end for end in title_ends if 0 <= h.start - end <= 2), None)
        after_the_title = between is not None and set(words[h.start - between : h.start]) <= MEDIUM_WORDS
        return of_the_title or after_the_title

    return [
        h
        for h in hits
        if not (h.kind == "attribute" and h.key == "novel" and h.phrase in ADAPTATION_NOUNS and the_film_itself(h))
    ]


# Words that say the medium of an adaptation named by its title ("the <title> TV adaptation").
MEDIUM_WORDS = frozenset({"tv", "film", "movie", "netflix", "live", "action", "screen", "cinema"})


# "What book is <a character> reading?", "what kind of book is she looking at?": a book in a character's hands in
# the story, not the novel the film adapts.
HANDLING_VERBS = frozenset(
    """read reads reading looking holding holds held carry carries carrying carried buy buys buying bought borrow
    borrows borrowing borrowed lend lends lending lent give gives giving gave get gets getting got find finds
    finding found keep keeps keeping kept hide hides hiding hid""".split()
)
HANDLING_AUXILIARIES = frozenset({"is", "was", "does", "did", "has", "had", "'s"})
BOOK_ASKED_REACH = 4  # words from the book noun to the character: "what kind of book is <a> reading"


def book_in_a_characters_hands(words: Sequence[str], character_starts: Sequence[int]) -> int | None:
    """The word index of the book noun asked of a character's own book in the story, or None."""
    for at in character_starts:
        verb = at + 1 if at + 1 < len(words) and words[at + 1] in HANDLING_VERBS else None
        if verb is None and at + 2 < len(words) and words[at + 1] in HANDLING_AUXILIARIES:
            verb = at + 2 if words[at + 2] in HANDLING_VERBS else None
        if verb is None:
            continue
        book = next((i for i in range(max(0, at - BOOK_ASKED_REACH), at) if words[i] in BOOK_NOUNS), None)
        if book is not None and book > 0 and words[0] in OBJECT_WH:
            return book
    return None


# Words between "about" and the one a book is about: "the book about the band <X>".
ABOUT_FILLERS = frozenset({"the", "a", "an", "band", "group", "singer", "actor", "actress", "director", "author"})
ABOUT_FILLERS_MAX = 2


def book_about_someone(words: Sequence[str], people: Sequence[tuple[int, int]]) -> int | None:
    """Where the book noun of "a book about <a real person named>" stands ("what kind of book was the book about
    <a band>?"), else None: a book about that person, never the novel the film adapts."""
    for at, word in enumerate(words[:-1]):
        if word not in BOOK_NOUNS or words[at + 1] != "about":
            continue
        start = at + 2
        while start < len(words) and words[start] in ABOUT_FILLERS and start - at - 2 < ABOUT_FILLERS_MAX:
            start += 1
        # "a book about <X>'s character": about someone of the story, whom the novel may well be about
        if any(name_start == start and not _possessive(words, end) for name_start, end in people):
            return at
    return None


def _possessive(words: Sequence[str], end: int) -> bool:
    """Whether the name ending before `end` is said in the possessive ("<X>'s", "<X> 's")."""
    return words[end - 1].endswith(("'s", "’s")) or words[end : end + 1] in (["'s"], ["’s"])
