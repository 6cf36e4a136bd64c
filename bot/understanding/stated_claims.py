"""Yes/no claims that compare a value said in the message with the store's fact.

A yes/no question (or a trivia statement put to the assistant, "<an actress> was born in <a city>.") that
names a value of a fact is decided by comparing the two, never answered with the fact alone:

- a birth said of one person ("was <a name> born in <a city> / in <a year> / on <a date>?"): claim
  `born:<the words said>`, each part (year, month, day, place) against the store's birth date and place;
- the ages of two people compared ("is <a> older than <b>?", "are <a> and <b> born in the same year?", "is the
  director younger than the lead?"): claim `older:<id>/<id>`, `younger:...`, `same_year:...`, from their births;
- one thing named twice ("are <a character> and <an alias> the same person?", "is <the title> the same as <a
  Japanese title>?"): claim `same:<id>/<id>`;
- which came first, the book or the film ("was the novel published before <the title>?"): claim `came_first`.

A part the store holds nothing for leaves the verdict open ("I don't know"), never a yes from a near fact.
Rasa-free; `bot/understanding/reading.py` tags the claims, `actions/claims.py` decides them.
"""

from __future__ import annotations

import re
from typing import Any

from bot.store import FactStore
from bot.understanding.clauses import MONTHS, WH_WORDS

# Words of a quiz clue that point at what is asked ("born in this city", "written by this author"): the clue
# asks for it, it states nothing to check.
QUIZ_POINTERS = frozenset({"this", "these", "which", "what", "whose"})
# What joins the subject to a birth: the value follows the first of these after "born".
BIRTH_WORDS = frozenset({"born"})
# Words about a place of birth that are no place: "born in a Tokyo family", "born in the city of <X>".
PLACE_FILLERS = frozenset(
    {"in", "on", "at", "a", "an", "the", "of", "family", "city", "town", "village", "prefecture", "area", "district"}
)
# Words that end the value said ("born in <X> and is he ...", "born in <X>, right?").
VALUE_ENDS = frozenset(
    {"and", "but", "or", "so", "right", "correct", "yeah", "isn't", "wasn't", "didn't", "too", "also"}
)
# The comparisons of two people's ages, by the word that says it.
OLDER_WORDS = {"older": "older", "elder": "older", "younger": "younger"}
SAME_YEAR_WORDS = (("same", "age"), ("same", "year"))
# Nouns of "the same <noun>": one thing named twice.
SAME_NOUNS = frozenset({"person", "people", "character", "characters", "guy", "girl", "one", "movie", "film", "thing"})
BOOK_WORDS = frozenset({"book", "novel", "books", "novels"})
FILM_NOUNS = frozenset({"movie", "film"})
ORDER_WORDS = {"before": True, "after": False}
# Verbs of taking the works in: "read the book after watching it" orders the speaker's reading, not the works.
VIEWING_VERBS = frozenset({"read", "reading", "watch", "watching", "watched", "see", "seeing", "seen", "saw"})
ORDINAL = re.compile(r"^(\d{1,2})(st|nd|rd|th)?$")
YEAR = re.compile(r"^(19|20)\d\d$")


def _wh_before(words: list[str], at: int) -> bool:
    return any(w in WH_WORDS for w in words[:at])


def birth_said(words: list[str]) -> tuple[str, int, int] | None:
    """("born:<words>", first, last word index) for a birth value said after "born", or None.

    Not a wh-question ("where was she born?" asks it), not "born in <X> or <Y>" (which of the two)."""
    at = next((i for i, w in enumerate(words) if w in BIRTH_WORDS), None)
    if at is None or _wh_before(words, at) or at + 2 > len(words) or words[at + 1] not in ("in", "on", "at"):
        return None
    end = next((i for i in range(at + 1, len(words)) if words[i] in VALUE_ENDS), len(words))
    if end < len(words) and words[end] == "or":
        return None
    value = words[at + 1 : end]
    if not [w for w in value if w not in PLACE_FILLERS] or (QUIZ_POINTERS | WH_WORDS) & set(value):
        return None  # "born in 1972 in this city", "born in 1987. where was she born?": the place asked, not said
    return "born:" + " ".join(value), at + 1, end


def birth_parts(said: str) -> tuple[int | None, int | None, int | None, list[str]]:
    """(year, month, day, place words) said of a birth: "in <y> in a <city> family" -> (<y>, None, None, [<city>])."""
    year = month = day = None
    place: list[str] = []
    for word in said.split():
        if YEAR.match(word):
            year = int(word)
        elif word in MONTHS:
            month = MONTHS.index(word) + 1
        elif (found := ORDINAL.match(word)) and 1 <= int(found.group(1)) <= 31:
            day = int(found.group(1))
        elif word not in PLACE_FILLERS:
            place.append(word)
    return year, month, day, place


def ages_compared(
    words: list[str], spans: list[tuple[int, int]], people: list[tuple[int, str]]
) -> tuple[str, int, int] | None:
    """("older:<a>/<b>", first, last) when the words compare two people's ages: "<a> older than <b>",
    "<a> and <b> born in the same year". `people` are (character offset, person id) in the order said."""
    if len(people) != 2 or people[0][1] == people[1][1]:
        return None
    at = next((i for i, w in enumerate(words) if w in OLDER_WORDS and words[i + 1 : i + 2] == ["than"]), None)
    if at is not None and not _wh_before(words, at):
        first, second = people
        if not first[0] < spans[at][0] < second[0]:  # "<a> is older than <b>": a comparison between the two
            return None
        return f"{OLDER_WORDS[words[at]]}:{first[1]}/{second[1]}", at, at + 2
    pairs = list(zip(words, words[1:], strict=False))
    same = next((i for i, pair in enumerate(pairs) if pair in SAME_YEAR_WORDS), None)
    if same is None or _wh_before(words, same):
        return None
    return f"same_year:{people[0][1]}/{people[1][1]}", same, same + 2


def people_said(names: list[dict[str, Any]], roles: list[dict[str, Any]], store: FactStore) -> list[tuple[int, str]]:
    """Everyone the message names, in order: a person by name, a crew role held by one person ("the
    director"), a character by the actor who plays it ("the lead actor", "Haruna")."""
    found: list[tuple[int, str]] = []
    for entity in [*names, *roles]:
        start, value, kind = int(entity.get("start") or 0), str(entity.get("value") or ""), entity.get("entity")
        person: str | None = None
        if kind == "person":
            matches = store.resolve(value, ("person",))
            person = matches[0].id if matches else None
        elif kind == "character":
            matches = store.resolve(value, ("character",))
            actors = store.actor_of(matches[0].id) if matches else []
            person = actors[0].actor if len(actors) == 1 else None
        elif kind == "crew_role":
            credit = store.crew.get(value)
            person = credit.people[0] if credit is not None and not credit.unknown and len(credit.people) == 1 else None
        if person is not None and all(person != p for _, p in found):
            found.append((start, person))
    return sorted(found)


def same_said(words: list[str]) -> int | None:
    """The word index of "same" in "are <a> and <b> the same <person|movie|…>?" or "is <a> the same as <b>?"."""
    for i, word in enumerate(words[:-1]):
        if word == "same" and (words[i + 1] in SAME_NOUNS or words[i + 1] == "as") and not _wh_before(words, i):
            return i
    return None


def came_first_said(words: list[str], film_at: list[int]) -> tuple[str, int] | None:
    """("came_first:novel" or ":film", index of before/after) when the book and the film are set in time against
    each other: "was the novel published before <the title>?", "did the movie come out after the book?"."""
    at = next((i for i, w in enumerate(words) if w in ORDER_WORDS), None)
    if at is None or _wh_before(words, at) or set(words) & (SPEAKER_WORDS | VIEWING_VERBS | {"there"}):
        # "should i read the book before the movie?": the order to take them in; "is there a book after it?":
        # a later book of the series; neither asks which came first
        return None
    book_before = any(w in BOOK_WORDS for w in words[:at])
    book_after = any(w in BOOK_WORDS for w in words[at + 1 :])
    film_before = any(i < at for i in film_at) or any(w in FILM_NOUNS for w in words[:at])
    film_after = any(i > at for i in film_at) or any(w in FILM_NOUNS for w in words[at + 1 :])
    if book_before and film_after and not book_after:
        first = "novel" if ORDER_WORDS[words[at]] else "film"
    elif film_before and book_after and not book_before:
        first = "film" if ORDER_WORDS[words[at]] else "novel"
    else:
        return None
    return f"came_first:{first}", at


# A trivia statement put to the assistant opens with the film, then a verb of what was done to it or by it:
# "The movie <the title> was released in 2023.", "<the title> starred <an actor> as <a character>." Said
# so, it is checked as a yes/no question is ("No, it came out in <year>"). Words that may stand before the title.
TITLE_LEADS = frozenset({"the", "movie", "film", "netflix", "japanese", "romance", "drama"})
LINKS = frozenset({"was", "is", "were", "got", "had", "has"})
# Words that point at the film without naming it: a statement with them is talk, not trivia.
FILM_POINTERS = frozenset({"it", "its", "this", "that", "one", "the", "movie", "film", "flick"})
# Said by the speaker of themselves or to the assistant: a remark or a request, never trivia put to be checked.
SPEAKER_WORDS = frozenset({"i", "i'm", "im", "me", "my", "we", "you", "your", "u", "ur", "us", "let's", "lets"})


def film_statement(words: list[str], film_spans: list[tuple[int, int]]) -> bool:
    """Whether the words state a fact of the film as trivia: the title first (after "the movie", "the 2024
    film"), then a linking verb with a past participle or a verb in the past ("was rated", "premiered")."""
    if not words or set(words) & (WH_WORDS | SPEAKER_WORDS | QUIZ_POINTERS):
        return False
    for start, end in film_spans:
        if end >= len(words) - 1 or not all(w in TITLE_LEADS or YEAR.match(w) for w in words[:start]):
            continue
        if set(words[start:end]) <= FILM_POINTERS:
            continue  # "it was released in 2023": told in the talk, not a trivia statement naming the film
        verb, after = words[end], words[end + 1]
        if verb in LINKS and after.endswith("ed") or verb.endswith("ed") and verb not in ("based", "named"):
            return True
    return False


# Verbs that give a part to an actor: "<an actor> played <a character>", "<the title> starred <an actor> as <X>".
PLAYED_WORDS = frozenset({"played", "plays", "portrayed", "portrays", "starred", "stars", "as", "voiced"})


def credit_stated(words: list[str]) -> bool:
    """Whether the words say who plays whom without asking ("<an actor> played <a character> in the film."):
    the one a verb of playing links, checked against the cast as "did <an actor> play <a character>?" is."""
    return bool(PLAYED_WORDS & set(words)) and not set(words) & (WH_WORDS | SPEAKER_WORDS)


def day_said(words: list[str], month: str) -> int | None:
    """The day said with a month ("<month> <day>", "<day> <month>", "the <day>th of <month>"), or None."""
    if month not in words:
        return None
    at = words.index(month)
    for near in (words[at + 1 : at + 2], words[max(at - 1, 0) : at], words[max(at - 2, 0) : max(at - 1, 0)]):
        found = ORDINAL.match(near[0]) if near else None
        if found and 1 <= int(found.group(1)) <= 31:
            return int(found.group(1))
    return None


# "Is there a movie after <the title>?", "are there more films after it?": a later work of the same story.
LATER_WORK_NOUNS = frozenset({"movie", "movies", "film", "films", "part", "parts", "installment", "installments"})
LATER_WORDS = frozenset({"after", "following"})


def later_work_asked(words: list[str], film_spans: list[tuple[int, int]]) -> int | None:
    """The index of the work noun when the words ask whether a film follows this one ("is there a movie after
    <the title>?", "will there be more films after it"): its sequel. None otherwise (a wh-question, or a noun
    not followed by "after" and the film)."""
    if "there" not in words or set(words) & WH_WORDS:
        return None
    for i, word in enumerate(words[:-2]):
        if word in LATER_WORK_NOUNS and words[i + 1] in LATER_WORDS and any(s == i + 2 for s, _ in film_spans):
            return i
    return None


# "Is <the title> based on <X>?": what the film adapts, said. Words that leave the source open or name the one
# the store holds (its novel) or a true story (read by the rules of those claims): no other source said.
SOURCE_LINKS = (("based", "on"), ("inspired", "by"), ("adapted", "from"))
SOURCE_LEFT_OPEN = frozenset(
    {
        "a",
        "an",
        "the",
        "any",
        "anything",
        "something",
        "what",
        "which",
        "whose",
        "some",
        "real",
        "true",
        "life",
        "lives",
        "experience",
        "experiences",
        "event",
        "events",
        "story",
        "stories",
        "book",
        "books",
        "novel",
        "novels",
        "manga",
        "comic",
        "comics",
        "light",
        "web",
        "series",
        "person",
        "people",
        "his",
        "her",
        "their",
        "its",
        "own",
        "someone",
        "somebody",
        "actual",
        "facts",
        "fact",
        "history",
        "historical",
        "same",
        "name",
    }
)


def other_source_said(words: list[str]) -> tuple[str, int, int] | None:
    """("based_on:<X>", first, last) when the film is said to adapt <X>, something other than a book or a true
    story ("is it based on a video game?", "is it inspired by world war 2?"): decided against the store's source,
    a novel. None when <X> leaves the source open or names a book, a life or a true story."""
    at = next((i for i in range(len(words) - 2) if (words[i], words[i + 1]) in SOURCE_LINKS), None)
    if at is None or _wh_before(words, at) or QUIZ_POINTERS & set(words):
        return None
    end = next((i for i in range(at + 2, len(words)) if words[i] in VALUE_ENDS), len(words))
    said = words[at + 2 : end]
    if not said or set(said) & SOURCE_LEFT_OPEN - {"a", "an", "the"} or len(said) > 4:
        return None
    return "based_on:" + " ".join(said), at, end
