"""An attribute asked of *the other works* of someone: the owner is a plural works phrase, not this film.

"When were the films starring <X> released?", "who acted in the movies directed by <X>?", "what genre are
the other films she starred in?", "how long are the films by the director of <this film>?": the attribute
words (a year, a cast, a genre) are the classifier's cue to answer this film's fact, but their owner is a
plural works noun tied to a person:

- by a possessive before it ("<X>'s other movies", "her films", "the composer's other films");
- by a person right before it ("the other <X> movies");
- by a participle or a preposition after it and a person ("the films directed by <X>", "the movies
  starring <X>", "the books by the novelist", "the movies with him", "the other movies of <X>");
- by a relative clause whose subject is a person ("the movies <X> acted in", "the films she starred in").

What such a question asks is then read outside the phrase: a time ("when", "what years", "released", "come
out") asks the works with their years, which the store holds; any other attribute (a genre, a cast, a
director, a length, reviews) is one the store does not hold of other works. Rasa-free.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from bot.understanding.lexicon import Hit

# Plural nouns of works: a single work ("the movie starring <X>") may be this film.
WORK_PLURALS = frozenset({"movies", "films", "books", "novels", "works", "dramas", "shows", "flicks", "projects"})
POSSESSIVE_PRONOUNS = frozenset({"his", "her", "their"})
# Words between a possessor and the works noun: "her other movies", "his earlier films".
WORK_MODIFIERS = frozenset({"other", "previous", "earlier", "later", "past", "recent", "older", "newer", "many"})
# Words that tie the works to a person after the noun: a participle of making or acting, or a preposition.
LINKS = frozenset(
    """directed written starring starred produced scored composed made published featuring penned created
    acted released by with of from""".split()
)
# The links that are participles: the lexicon may read them as an attribute asked ("starring" as the cast).
PARTICIPLE_LINKS = LINKS - frozenset({"by", "with", "of", "from"})
# Words allowed between a link and the person: "directed by the director", "starring in by".
LINK_FILLERS = frozenset({"by", "in", "the", "a", "an", "same", "that", "this"})
# Verbs of a relative clause whose subject is the person: "the movies <X> acted in", "the films she was in".
WORK_VERBS = frozenset(
    """acted starred stars acts appeared appears was were is are been has have had directed directs wrote writes
    made makes did does played plays worked works scored composed produced""".split()
)
YES_NO_OPENERS = frozenset("did does do is are was were has have had can could will would".split())
# "Can you watch <X>'s movies?", "could I stream her films?": where the works are watched, asked as one may ask it.
WATCHING_OPENERS = frozenset({"can", "could"})
ANYONE_WATCHING = frozenset({"you", "u", "i", "we", "one"})
WATCHING_VERBS = frozenset({"watch", "stream", "see", "find"})
WHICH = frozenset({"which", "what", "whats", "what's"})
RELATIVE_OPENERS = frozenset({"that", "which", "who"})
SUBJECT_PRONOUNS = frozenset({"he", "she", "they"})
# Attribute keys that are the works themselves or the link, never an attribute asked of them.
WORK_KEYS = frozenset({"other_work", "novel", "fame", "career", "debut", "novel_series", "novel_spin_off"})
# Asking when: the store holds the works' years.
TIME_KEYS = frozenset({"release_date"})
TIME_WORDS = frozenset({"when", "year", "years", "date", "dates", "whens"})
TIME = "time"
CAST = "cast"
WHO = frozenset({"who", "whos", "who's"})
ACTING = frozenset("appeared appears starred stars acted acts played plays featured".split())
LENGTH = "runtime"
PLOT = "plot"
MAX_PERSON_GAP = 3


@dataclass(frozen=True)
class WorksAsked:
    """The works phrase (word indices [start, end)), the person's word indices in it, and what is asked of the
    works: TIME, or an attribute key the store does not hold of them, with the words asking it [at, to)."""

    start: int
    end: int
    person: tuple[int, ...]
    asked: str
    at: int
    to: int


def works_asked(
    words: Sequence[str], hits: Sequence[Hit], person_at: Callable[[int], bool], clause_starts: Sequence[int] = (0,)
) -> WorksAsked | None:
    """What is asked of a person's other works, or None when no attribute is asked of a works phrase.

    `person_at(i)` says whether word i names a person of this film or points at one (a name, a crew or lead
    role, a pronoun). Only the clause of the works phrase is read for what is asked ("who plays <a character>,
    and what are her other movies?" asks no cast of them). A yes/no question ("did <X> star in movies with
    <Y>?") claims something of the works; it asks no attribute of them."""
    if words and words[0] in YES_NO_OPENERS and not _asks_where_to_watch(words):
        return None
    for i, word in enumerate(words):
        if word not in WORK_PLURALS or (i and words[i - 1] in WHICH):
            continue  # "which movies starring <X> were directed by <Y>?": the works asked, the rest filters them
        phrase = _phrase(words, i, person_at)
        if phrase is None:
            continue
        start, end, person = phrase
        first = max((c for c in clause_starts if c <= start), default=0)
        last = min((c for c in clause_starts if c >= end), default=len(words))
        # a word right before the noun qualifies the works ("which are well reviewed movies by <X>"), asks nothing
        # unless it is the verb of "who": "who produced films starring <X>" asks the producer of the works
        clause = [h for h in hits if first <= h.start and h.end <= last and (h.end != i or _verb_of_who(words, h))]
        asked = _asked(words, clause, start, end, (first, last))
        if asked is not None:
            return WorksAsked(start, end, person, *asked)
    return None


def _asks_where_to_watch(words: Sequence[str]) -> bool:
    """ "Can you watch <X>'s movies?": no claim of the works, but where one watches them."""
    return (
        len(words) > 2 and words[0] in WATCHING_OPENERS and words[1] in ANYONE_WATCHING and words[2] in WATCHING_VERBS
    )


def _verb_of_who(words: Sequence[str], hit: Hit) -> bool:
    return hit.start > 0 and words[hit.start - 1] in WHO


def _phrase(
    words: Sequence[str], noun: int, person_at: Callable[[int], bool]
) -> tuple[int, int, tuple[int, ...]] | None:
    before = noun - 1
    while before >= 0 and words[before] in WORK_MODIFIERS:
        before -= 1
    if before >= 0 and words[before] in POSSESSIVE_PRONOUNS:  # "her films"
        return _extend(words, before, noun + 1, (before,))
    if before >= 0 and person_at(before):  # "the composer's films", "<X>'s other films", "the other <X> movies"
        first = before
        while first > 0 and person_at(first - 1):
            first -= 1
        return _extend(words, first, noun + 1, tuple(range(first, before + 1)))
    after = noun + 1
    if after < len(words) and words[after] in LINKS:
        at = after + 1
        while at < len(words) and at - after <= MAX_PERSON_GAP and not person_at(at):
            if words[at] not in LINK_FILLERS:
                return None
            at += 1
        if at < len(words) and person_at(at):
            return _extend(words, noun, at, _run(words, at, person_at))
        return None
    if after < len(words) and words[after] in RELATIVE_OPENERS:
        after += 1
    if after < len(words) and person_at(after):  # "the movies <X> acted in", "the films she starred in"
        person = _run(words, after, person_at)
        verb = person[-1] + 1
        if any(w in WORK_VERBS for w in words[verb : verb + 2]):
            end = verb + 1 + (words[verb + 1 : verb + 2] == ["in"])
            return noun, end, person
    return None


def _run(words: Sequence[str], at: int, person_at: Callable[[int], bool]) -> tuple[int, ...]:
    end = at
    while end < len(words) and person_at(end):
        end += 1
    return tuple(range(at, end))


def _extend(words: Sequence[str], start: int, at: int, person: tuple[int, ...]) -> tuple[int, int, tuple[int, ...]]:
    """The phrase up to the end of its person, with "of <a work>" after a role ("the director of <the film>")."""
    end = max(person) + 1 if person else at
    end = max(end, at)
    if end < len(words) and words[end] == "of":
        end += 1
        while end < len(words) and words[end] not in LINKS and words[end] not in WORK_VERBS and end - at < 6:
            end += 1
    return start, _own_relative_clause_end(words, end), person


def own_deed_words(words: Sequence[str]) -> set[int]:
    """The words that tie a works noun to its maker and ask nothing of the works: its own relative clause ("books
    that they wrote") or the participle right after it ("movies starring <X>", "films directed by <X>")."""
    found: set[int] = set()
    for i, word in enumerate(words):
        if word in WORK_PLURALS:
            found.update(range(i + 1, _own_relative_clause_end(words, i + 1)))
            if i + 1 < len(words) and words[i + 1] in PARTICIPLE_LINKS:
                found.update(range(i + 1, i + 2 + (i + 2 < len(words) and words[i + 2] == "by")))
    return found


def _own_relative_clause_end(words: Sequence[str], end: int) -> int:
    """ "<X>'s books that they wrote", "her films she starred in": the owner's own deed, part of the phrase
    (it names the works, asks nothing of them: "wrote" is no writer asked)."""

    def word_in(at: int, kind: frozenset[str]) -> bool:
        return at < len(words) and words[at] in kind

    at = end + word_in(end, RELATIVE_OPENERS)
    if word_in(at, SUBJECT_PRONOUNS) and word_in(at + 1, WORK_VERBS):
        return at + 2 + word_in(at + 2, frozenset({"in"}))
    return end


def _asked(
    words: Sequence[str], hits: Sequence[Hit], start: int, end: int, clause: tuple[int, int]
) -> tuple[str, int, int] | None:
    outside = [
        h for h in hits if h.kind == "attribute" and h.key not in WORK_KEYS and (h.end <= start or h.start >= end)
    ]
    timed = next((h for h in outside if h.key in TIME_KEYS), None)
    if timed is not None:
        return TIME, timed.start, timed.end
    around = [i for i in range(*clause) if not start <= i < end]
    when = next((i for i in around if words[i] in TIME_WORDS), None)
    if when is not None and not outside:
        return TIME, when, when + 1
    if outside:
        return outside[0].key, outside[0].start, outside[0].end
    # "who else appeared in the films with <X>": the people in them
    who = next((i for i in around if i < start and words[i] in WHO), None)
    if who is not None and any(words[i] in ACTING for i in range(who + 1, start)):
        return CAST, who, who + 1
    # "how long are the films by <X>": a length; "what are the movies of <X> about": a story
    long = next((i for i in around if words[i : i + 2] == ["how", "long"]), None)
    if long is not None:
        return LENGTH, long, long + 2
    if end < clause[1] and words[end] == "about" and any(words[i] in ("what", "whats", "what's") for i in around):
        return PLOT, end, end + 1
    return None


# Words that open a phrase of someone's works, a kind said between them and the noun: "any r rated movies".
KIND_OF_WORKS_OPENERS = frozenset({"any", "other", "more", "some", "his", "her", "their"})
KIND_TO_NOUN_GAP = 2  # "any r rated action movies"
# What a kind said of works asks of them, by the intent its claim answers of this film.
WORKS_ATTRIBUTE_OF_CLAIM = {"ask_rating": "rating", "ask_genre": "genre", "ask_language": "language"}


def kind_of_works(words: Sequence[str], start: int, end: int) -> bool:
    """Whether the words [start, end) (a claim's) say a kind of plural works opened before them: "does <X> play in
    any r rated movies?" asks of <X>'s works, never of this film."""
    noun = next((i for i in range(end, min(len(words), end + KIND_TO_NOUN_GAP + 1)) if words[i] in WORK_PLURALS), None)
    return noun is not None and bool(KIND_OF_WORKS_OPENERS & set(words[max(0, start - 2) : start]))
