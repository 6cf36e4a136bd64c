"""A condition on a person's works that the store cannot check (round 14, nlu60, issue 10).

"Which film starring <X> was based on a true story?", "<X> starred in these two movies based on novels",
"has <X> been in another movie directed by <Y>?": the question asks for the works of one of the film's
people that meet a condition. The store lists a person's works with their titles, years and a short note;
it holds no source ("based on", "adapted from") of another work, and a credit of another work ("directed by
<Y>") only when a note names <Y> or <Y>'s own works share the title. A condition the store cannot check is
"I don't know <it> of <X>'s works", never the unfiltered list (which would answer "yes" or "these" for
works that may not meet it).

Rasa-free; bot/understanding/reading.py calls `uncheckable_condition` once a person is the subject.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from bot.store import FactStore
from bot.understanding.coverage import FUNCTION_WORDS
from bot.understanding.lexicon import default_lexicon, tokens

# Nouns of works; a plural, or a singular after a wh-word or another determiner, asks for some of them.
WORK_NOUNS = frozenset({"movie", "film", "work", "drama", "show", "series", "role", "project", "flick"})
WORK_PLURALS = frozenset({"movies", "films", "works", "dramas", "shows", "roles", "projects", "flicks"})
# Determiners that make a singular work one of several ("which film ...", "another movie"), not this film.
SOME_WORK_DETERMINERS = frozenset(
    {"which", "what", "a", "an", "one", "any", "another", "other", "these", "those", "two", "some"}
)
# Words that leave this film out of the works asked.
OTHER_WORK_WORDS = frozenset({"another", "other", "else", "before", "previous", "previously", "earlier", "besides"})
# A source of a work: nothing of it is held for other works.
SOURCE_OPENERS = (("based", "on"), ("adapted", "from"), ("inspired", "by"), ("taken", "from"))
# A credit of a work and the vocabulary's attribute that names it (bot/understanding/vocabulary.yml).
CREDIT_VERBS = {"directed": "director", "written": "writer", "produced": "producer", "scored": "music"}
SOURCE_KEY = "true_story"
# Verbs of writing a work: a condition on an actor's works, whose list says nothing of who wrote them.
WRITING_VERBS = frozenset({"write", "wrote", "written", "writes", "penned", "pen"})
WRITER_KEY = "writer"
# "any other netflix movies?": the streaming service of other works (the vocabulary's claim of a service names them)
SERVICE_KEY = "platform"
SERVICE_CLAIM = "platform"  # the vocabulary's claim whose words name the services
# "what novel did <X> write about a dog?", "her movies about cancer": what a work is about, which the store never
# says of other works. Any work's noun asks it, a book's or a song's too.
TOPIC_KEY = "work_topic"
TOPIC_WORK_NOUNS = (
    WORK_NOUNS
    | WORK_PLURALS
    | frozenset("novel novels book books story stories song songs album albums single singles manga".split())
)
CONDITION_MAX_WORDS = 5
WORK_WINDOW = 4  # a determiner may stand a few words before its noun ("which of her films")


@dataclass(frozen=True)
class Condition:
    """A condition on the works: the vocabulary attribute it asks and its words (indices [start, end))."""

    key: str
    start: int
    end: int


def asks_some_works(words: Sequence[str]) -> bool:
    """A plural works noun, or a singular one after "which", "any", "another", ...: some of a person's works."""
    for i, word in enumerate(words):
        if word in WORK_PLURALS:
            return True
        if word in WORK_NOUNS and set(words[max(0, i - WORK_WINDOW) : i]) & SOME_WORK_DETERMINERS:
            return True
    return False


def uncheckable_condition(
    words: Sequence[str], person: str, credited: Mapping[str, set[str]], store: FactStore
) -> Condition | None:
    """The first condition on `person`'s works the store cannot check, else None.

    `credited` holds, for each credit attribute, the people this film credits with it (this film is one of
    the works unless the question leaves it out)."""
    if not asks_some_works(words) and not _some_work_named(words, TOPIC_WORK_NOUNS) and "else" not in words:
        return None
    topic = _topic_condition(words) or _service_condition(words)
    if topic is not None:
        return topic
    if not asks_some_works(words):
        return None
    written = next((i for i, word in enumerate(words) if word in WRITING_VERBS), None)
    if written is not None and person and not _writes(person, credited, store):
        # "which dramas did <an actor> write and star in?": their list says nothing of writing
        return Condition(WRITER_KEY, written, written + 1)
    for i in range(len(words) - 1):
        pair = (words[i], words[i + 1])
        if pair in SOURCE_OPENERS:
            return Condition(SOURCE_KEY, i, _condition_end(words, i + 2))
        key = CREDIT_VERBS.get(words[i])
        if key is not None and words[i + 1] == "by":
            end = _condition_end(words, i + 2)
            said = [w for w in words[i + 2 : end] if w not in FUNCTION_WORDS]
            if said and not _credit_checkable(said, person, credited.get(key, set()), words, store):
                return Condition(key, i, end)
    return None


def _writes(person: str, credited: Mapping[str, set[str]], store: FactStore) -> bool:
    """Whether the person writes: this film's screenwriter, or the novel's author (whose works are books)."""
    author = store.novel.get("author")
    authors = {match.id for match in store.resolve(str(author.value), ("person",))} if author is not None else set()
    return person in credited.get(WRITER_KEY, set()) | authors


def _some_work_named(words: Sequence[str], nouns: frozenset[str]) -> bool:
    return any(
        word in nouns and set(words[max(0, i - WORK_WINDOW) : i]) & SOME_WORK_DETERMINERS
        for i, word in enumerate(words)
    )


def _some_of_many(words: Sequence[str]) -> bool:
    return bool(set(words) & (WORK_PLURALS | OTHER_WORK_WORDS)) or any(
        w.endswith("s") and w[:-1] in TOPIC_WORK_NOUNS for w in words
    )


def _service_condition(words: Sequence[str]) -> Condition | None:
    """ "any other netflix movies?", "which of her films are on hulu?": where other works stream, never held."""
    services = set(default_lexicon().claims[SERVICE_CLAIM].words)
    for i, word in enumerate(words):
        if word not in services:
            continue
        # "any other netflix movies?": works of the person's; "adapted into a netflix film" is this film
        before_a_work = words[i + 1 : i + 2] and words[i + 1] in TOPIC_WORK_NOUNS and _some_of_many(words)
        works_before = set(words[:i]) & (TOPIC_WORK_NOUNS | OTHER_WORK_WORDS)  # "what else is <X> in on <Y>"
        after_a_work = i and words[i - 1] == "on" and bool(works_before)
        if before_a_work or after_a_work:
            return Condition(SERVICE_KEY, i, i + 1)
    return None


def _topic_condition(words: Sequence[str]) -> Condition | None:
    """ "about <something>" after some works named ("what novel did <X> write about a dog?"); "what is the movie
    about?" names no works of the person's and asks nothing after "about"."""
    for i, word in enumerate(words):
        if word != "about" or not any(w in TOPIC_WORK_NOUNS for w in words[:i]):
            continue
        end = _condition_end(words, i + 1)
        if any(w not in FUNCTION_WORDS for w in words[i + 1 : end]):
            return Condition(TOPIC_KEY, i, end)
    return None


def _condition_end(words: Sequence[str], start: int) -> int:
    end = start
    while end < len(words) and end - start < CONDITION_MAX_WORDS and words[end].isalnum():
        if words[end] in ("and", "or", "but", "before", "after") and end > start:
            break
        end += 1
    return end


def _credit_checkable(
    said: Sequence[str], person: str, this_film_people: set[str], words: Sequence[str], store: FactStore
) -> bool:
    """Whether the store can tell which of `person`'s works have that credit: a note of one names it, the
    credited person's own works share a title, or this film (not left out) is credited to them."""
    wanted = set(said)
    held = store.people.get(person)
    if held is None:
        return True
    if any(wanted <= set(tokens(work.detail or "")) for work in held.known_for):
        return True
    others = [p for p in store.people.values() if wanted <= set(tokens(p.name))]
    if len(others) == 1:
        other = others[0]
        if {w.title for w in other.known_for} & {w.title for w in held.known_for}:
            return True
        if other.id in this_film_people and not set(words) & OTHER_WORK_WORDS:
            return True
    return False
