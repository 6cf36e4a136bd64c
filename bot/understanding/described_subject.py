"""This film described instead of named, as the subject of another question (issue 10, round 40).

Multi-step questions name the film by what is in it: "Who wrote the <year> film in which <a> played <b>?", "What
is the meaning of the title of the <year> film directed by <c>?", "What year was the movie that stars <a>, <b> and
<d>?". The description is a noun phrase: "the" (or a possessive), at most a few modifiers (a year, a service), a work
noun,
then a word that opens its clues ("in which", "where", "that", "starring", "directed by") and the clues, to the end
of the sentence.

When every clue fits this film (described_film.contradicted_clue: its years, its people's names, a role the store
gives them) and one singles it out (described_film.singles_out), the description stands for "the film" and the
question is read as asked of it: "Who wrote the film?". A description that does not fit is left to the other rules,
which refuse another film. Rasa-free.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from bot.store import FactStore
from bot.understanding import coverage, described_film
from bot.understanding.lexicon import Lexicon, token_spans, tokens

# What opens the description: "the <year> film", "his <year> movie".
DESCRIPTION_DETERMINERS = frozenset({"the", "his", "her", "their"})
WORK_HEADS = frozenset({"film", "movie", "show", "series", "drama", "picture", "flick"})
# The novel described ("the book in which <a character> appears", "the literary work where …") stands for the novel.
BOOK_HEADS = frozenset({"book", "novel"})
LITERARY = "literary"  # "the literary work in which …": a book ("the work" alone may be either)
# Words that open the clues right after the work noun.
CLUE_OPENERS = (
    ("in", "which"),
    ("in", "whom"),
    ("where",),
    ("that",),
    ("which",),
    ("starring",),
    ("featuring",),
    ("directed", "by"),
    ("written", "by"),
    ("based", "on"),
)
# Words that pick one work among several: "the original movie featuring <a>", "the second film".
ORDER_WORDS = frozenset({"original", "second", "third", "earliest", "final", "only"})
# Words that ask which work a description names: "name the <year> movie …", "the name of the show that …".
NAMING_WORDS = frozenset({"name", "named", "title", "titled", "called"})
# How many words may stand between the determiner and the work noun ("the <year> <nationality> <service> film").
MAX_MODIFIERS = 3
YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# The phrase read in the description's place: the film's, or the novel's for a book described.
STAND_IN = "the film"
BOOK_STAND_IN = "the novel"


@dataclass(frozen=True)
class Description:
    """Where a description of this film (or its novel) stands in a question, and the words read in its place."""

    start: int
    end: int
    stand_in: str = STAND_IN


# A sentence ends at a full stop, but not the one of a title before a name ("Dr. <a family name>").
SENTENCE_END = re.compile(r"[?!;]|(?<!\bDr)(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bSt)\.")


def described_span(text: str, entities: list[dict[str, Any]], store: FactStore, lexicon: Lexicon) -> Description | None:
    """The description of this film (or its novel) inside a question that asks something else of it, or None.
    None when the film is named besides ("<the title>, the <year> movie based on …"): the title says which film."""
    descriptions = _descriptions(text)
    if not descriptions:
        return None  # most messages: nothing described, no lexicon pass
    if any(h.kind == "film" and h.phrase in lexicon.film_titles for h in lexicon.find(tokens(text), ("film",))):
        return None
    for start, region_end, _, stand_in in descriptions:
        inside = [e for e in entities if start <= int(e.get("start", -1)) and int(e.get("end", -1)) <= region_end]
        # the clues end with their last name or year: "did the show in which <a> played <b> in <year> debut?"
        anchors = [int(e["end"]) for e in inside] + [m.end() for m in YEAR.finditer(text, start, region_end)]
        end = max(anchors, default=region_end)
        clue_words = tokens(text[start:end])
        if end - start < len(stand_in) or not described_film.singles_out(clue_words, inside, store, lexicon):
            continue
        if described_film.contradicted_clue(text[start:end], clue_words, inside, store, lexicon) is not None:
            continue
        if _roles_fit(inside, store):
            return Description(start, end, stand_in)
    return None


def another_film_described(text: str, store: FactStore) -> str | None:
    """The clue of a description that is not this film's ("who directed the <other year> film in which <a>
    starred?": a year, service, nationality or genre this film does not have), or None. Not when the question asks
    which work it is ("name the <year> movie directed by <a>", "what was the name of the show that <b> hosted in
    <year>?"): their works answer those."""
    words = tokens(text)
    if described_film.asks_which_film(text) or NAMING_WORDS & set(words):
        return None
    for _, _, clue_words, _ in _descriptions(text):
        against = next((w for w in clue_words if described_film.clue_against(w, store)), None)
        if against is not None:
            return against
    return None


def _descriptions(text: str) -> list[tuple[int, int, list[str], str]]:
    """(start, end, words, stand-in) of each description a question asks something of: a determiner after the question's
    first word, a work noun, a clue opener, and the clues to the end of the sentence."""
    words, spans = tokens(text), token_spans(text)
    if len(words) != len(spans):
        return []  # Japanese segments: no English description
    found = []
    for at, word in enumerate(words):
        if at == 0 or word not in DESCRIPTION_DETERMINERS:
            continue  # the description is the question's object: something is asked before it
        head = _work_head(words, at + 1)
        if head is None or _clue_opener(words, head + 1) is None:
            continue
        stop = SENTENCE_END.search(text, spans[head][1])
        end_char = stop.start() if stop else len(text)
        last = max(i for i in range(head, len(words)) if spans[i][1] <= end_char)
        stand_in = STAND_IN if words[head] in WORK_HEADS else BOOK_STAND_IN
        found.append((spans[at][0], spans[last][1], words[at : last + 1], stand_in))
    return found


def _work_head(words: list[str], start: int) -> int | None:
    """The index of the work noun within a few modifiers from `start`, or None ("the first movie in which …", "the
    original film featuring …" pick one of several works, never describe this one)."""
    for at in range(start, min(len(words), start + MAX_MODIFIERS + 1)):
        if words[at] in described_film.NOT_THIS_ONE or words[at] in ORDER_WORDS:
            return None
        if words[at] in WORK_HEADS or words[at] in BOOK_HEADS or (words[at] == "work" and words[at - 1] == LITERARY):
            return at
        if words[at] in coverage.FUNCTION_WORDS:
            return None
    return None


def _clue_opener(words: list[str], at: int) -> tuple[str, ...] | None:
    return next((opener for opener in CLUE_OPENERS if tuple(words[at : at + len(opener)]) == opener), None)


def _roles_fit(inside: list[dict[str, Any]], store: FactStore) -> bool:
    """A person and a character named together: the person plays that character here ("the film in which <a>
    played <b>"); a person with a part here and a character of someone else's is another film's."""
    people = [
        m.id for e in inside if e.get("entity") == "person" for m in store.resolve(str(e.get("value")), ("person",))[:1]
    ]
    characters = {
        m.id
        for e in inside
        if e.get("entity") == "character"
        for m in store.resolve(str(e.get("value")), ("character",))[:1]
    }
    if len(people) != 1 or len(characters) != 1:
        return True
    played = {credit.character for credit in store.roles_of(people[0])}
    return not played or bool(played & characters)


def read_as_described(text: str, description: Description) -> str:
    """The text with the description written as "the film" (or "the novel"), padded so that every later offset
    stays the text's."""
    start, end = description.start, description.end
    return text[:start] + description.stand_in.ljust(end - start) + text[end:]
