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
from bot.understanding.lexicon import kind_of_a_part, kind_of_a_person
from bot.understanding.performer_subject import PERFORMER_NOUNS

# Words of a quiz clue that point at what is asked ("born in this city", "written by this author"): the clue
# asks for it, it states nothing to check.
QUIZ_POINTERS = frozenset({"this", "these", "which", "what", "whose"})
# The pronouns a birth may be said of ("was she born in <a year>?"): the person the conversation is about.
BIRTH_PRONOUNS = frozenset({"he", "she"})
# What joins the subject to a birth: the value follows the first of these after "born".
BIRTH_WORDS = frozenset({"born"})
# Words about a place of birth that are no place: "born in a Tokyo family", "born in the city of <X>".
# ("year", "month": "born in the year <y>" names a date, no place)
PLACE_FILLERS = frozenset(
    {"in", "on", "at", "a", "an", "the", "of", "family", "city", "town", "village", "prefecture", "area", "district"}
    | {"year", "month"}
)
# Words that end the value said ("born in <X> and is he ...", "born in <X>, right?").
VALUE_ENDS = frozenset(
    {"and", "but", "or", "so", "right", "correct", "yeah", "isn't", "wasn't", "didn't", "too", "also"}
)
# The comparisons of two people's ages, by the word that says it.
OLDER_WORDS = {"older": "older", "elder": "older", "younger": "younger"}
SAME_YEAR_WORDS = (("same", "age"), ("same", "year"))
# The words of a choice between two people by age ("who is older, <a> or <b>?", "which of the two is youngest?").
AGE_ORDER_WORDS = {**OLDER_WORDS, "oldest": "older", "eldest": "older", "youngest": "younger"}
# The attribute a choice by age is tagged with (actions/ages.py answers it from the two births).
AGE_CHOICE_ATTRIBUTES = {"older": "older_of_two", "younger": "younger_of_two"}
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
    if at is None:
        return birthplace_said(words)
    if _wh_before(words, at) or at + 2 > len(words):
        return None
    # "born in / on / at <X>", or a date said straight after it ("born <Month> <day>, <year>", "born <day> <Month>")
    if words[at + 1] not in ("in", "on", "at") and not (
        words[at + 1] in MONTHS or YEAR.match(words[at + 1]) or ORDINAL.match(words[at + 1])
    ):
        return None
    end = next((i for i in range(at + 1, len(words)) if words[i] in VALUE_ENDS), len(words))
    if end < len(words) and words[end] == "or":
        return None
    value = words[at + 1 : end]
    if not [w for w in value if w not in PLACE_FILLERS] or (QUIZ_POINTERS | WH_WORDS) & set(value):
        return None  # "born in 1972 in this city", "born in 1987. where was she born?": the place asked, not said
    return "born:" + " ".join(value), at + 1, end


# The nouns of a place of birth said as the complement of "was <X> the ... of <a>?".
BIRTHPLACE_NOUNS = (("birthplace",), ("birth", "place"), ("place", "of", "birth"))
# The openers of a yes/no question whose subject is the place said: "was <X> the birthplace of <a>?"
BIRTHPLACE_OPENERS = frozenset({"was", "is", "isn't", "wasn't"})
# Subjects that point at a place said before instead of naming one ("was it the birthplace of <a>?").
PLACE_POINTERS = frozenset({"it", "this", "that", "there", "here", "he", "she", "they"})


def birthplace_said(words: list[str]) -> tuple[str, int, int] | None:
    """("born:in <place>", first, last word index) for "was <place> the birthplace of <a>?", or None: the place is
    said as the subject, the person after "of"; the store's birthplace decides it as it does "born in <place>"."""
    if not words or words[0] not in BIRTHPLACE_OPENERS:
        return None
    for noun in BIRTHPLACE_NOUNS:
        size = len(noun)
        at = next((i for i in range(1, len(words) - size) if tuple(words[i : i + size]) == noun), None)
        if at is None or words[at - 1] != "the" or words[at + size : at + size + 1] != ["of"]:
            continue
        place = words[1 : at - 1]
        if not [w for w in place if w not in PLACE_FILLERS] or (QUIZ_POINTERS | WH_WORDS | PLACE_POINTERS) & set(place):
            return None
        return "born:in " + " ".join(place), 1, at - 1
    return None


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
    "<a> and <b> born in the same year". `people` are (character offset, person id) in the order said; with one
    person named, "he" or "she" on the other side of "older than" stands for the person the conversation is
    about ("is he older than <b>?": claim `older:he/<b>`, the pronoun resolved when decided)."""
    if len(people) == 1:
        people = _with_pronoun(words, spans, people)
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


def _with_pronoun(
    words: list[str], spans: list[tuple[int, int]], people: list[tuple[int, str]]
) -> list[tuple[int, str]]:
    """The one person named after "older than" and a "he"/"she" before it, in the order said ("is she younger
    than <b>?"); a pronoun elsewhere ("is <a> older than the girl she plays?") is someone else's."""
    than = next((i for i, w in enumerate(words[:-1]) if w in OLDER_WORDS and words[i + 1] == "than"), None)
    at = next((i for i, w in enumerate(words[:than]) if w in BIRTH_PRONOUNS), None) if than else None
    if at is None or than is None or people[0][0] < spans[than][0]:
        return people
    return [(spans[at][0], words[at]), *people]


def age_choice(words: list[str], spans: list[tuple[int, int]], people: list[tuple[int, str]]) -> tuple[str, int] | None:
    """("older" or "younger", index of the word) when the words ask which of two people is the older or younger:
    "who is older, <a> or <b>?", "is <a> or <b> older?", "which of <a> and <b> is the youngest?", "<a> and <b>: who
    is older?". A choice, not a yes/no: the answer names one of them. None for "<a> older than <b>" (a yes/no,
    `ages_compared`)."""
    if len(people) != 2 or people[0][1] == people[1][1]:
        return None
    at = next((i for i, w in enumerate(words) if w in AGE_ORDER_WORDS), None)
    if at is None or words[at + 1 : at + 2] == ["than"]:
        return None
    between = [w for w, (start, _) in zip(words, spans, strict=True) if people[0][0] < start < people[1][0]]
    # "<a> and <b>, who is older?": the question follows the pair
    asked_after = any(w in WH_WORDS for w, (start, _) in zip(words[:at], spans, strict=False) if start > people[1][0])
    chosen = "or" in between or ("and" in between and (_wh_before(words, at) and "of" in words or asked_after))
    return (AGE_ORDER_WORDS[words[at]], at) if chosen else None


def _named_by_performer(value: str) -> bool:
    """ "the lead actor": a character named by a word of performing stands for the actor who plays it."""
    return bool(set(value.lower().split()) & PERFORMER_NOUNS)


def characters_said(names: list[dict[str, Any]]) -> list[tuple[int, str]]:
    """The characters the message names by their own names, in order: (character offset, name said)."""
    return sorted(
        (int(e.get("start") or 0), str(e.get("value") or ""))
        for e in names
        if e.get("entity") == "character" and not _named_by_performer(str(e.get("value") or ""))
    )


def people_said(names: list[dict[str, Any]], roles: list[dict[str, Any]], store: FactStore) -> list[tuple[int, str]]:
    """Everyone the message names, in order: a person by name, a crew role held by one person ("the
    director"), a character named by a performer word by the actor who plays it ("the lead actor")."""
    found: list[tuple[int, str]] = []
    for entity in [*names, *roles]:
        start, value, kind = int(entity.get("start") or 0), str(entity.get("value") or ""), entity.get("entity")
        person: str | None = None
        if kind == "person":
            matches = store.resolve(value, ("person",))
            person = matches[0].id if matches else None
        elif kind == "character":
            if not _named_by_performer(value):
                continue  # "is <a character> older than <b>?": the characters, whose ages are the story's, not births
            matches = store.resolve(value, ("character",))
            actors = store.actor_of(matches[0].id) if matches else []
            person = actors[0].actor if len(actors) == 1 else None
        elif kind == "crew_role":  # "the composer" is the credit the store calls "music"
            credit = store.crew.get(value) or store.crew.get(store.role(value) or "")
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
    if at is not None and words[at + 1 : at + 3] in (["or", "after"], ["or", "before"]):
        return None  # "was the novel published before or after the movie?": which one, no yes or no
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
# Links that class the film as a kind of thing ("<the title> is a horror film").
CLASSING_LINKS = frozenset({"was", "is"})
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
        if verb in CLASSING_LINKS and after in ("a", "an"):
            return True  # "<the title> is a horror film.": a kind put to be checked
    return False


# The attribute of "which of <a> and <b> is the better <X>?": no source ranks people (actions/topics.py).
JUDGED_CHOICE = "judged_choice"
# Verbs that give a part to an actor: "<an actor> played <a character>", "<the title> starred <an actor> as <X>".
PLAYED_WORDS = frozenset({"played", "plays", "portrayed", "portrays", "starred", "stars", "as", "voiced"})
# "Whom did <an actor> take as his teacher?" asks, as "who" does.
OBJECT_WH_WORDS = frozenset({"whom", "whose"})


def credit_stated(words: list[str]) -> bool:
    """Whether the words say who plays whom without asking ("<an actor> played <a character> in the film."):
    the one a verb of playing links, checked against the cast as "did <an actor> play <a character>?" is."""
    return bool(PLAYED_WORDS & set(words)) and not set(words) & (WH_WORDS | OBJECT_WH_WORDS | SPEAKER_WORDS)


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
        # "is there any more <the title> coming out?": more of it to come
        more = word == "more" and words[i - 1 : i] in (["any"], ["some"])
        title_end = next((end for start, end in film_spans if start == i + 1), None)
        if more and title_end is not None and words[title_end : title_end + 2] in (["coming", "out"], ["to", "come"]):
            return i
    return None


# "Is <the title> based on <X>?": what the film adapts, said. Words that leave the source open or name the one
# the store holds (its novel) or a true story (read by the rules of those claims): no other source said.
SOURCE_LINKS = (("based", "on"), ("based", "off"), ("inspired", "by"), ("adapted", "from"))
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


# Verbs of a looser link than adaptation: a named work may have inspired a story the store says adapts a novel.
INSPIRED_LINKS = (("inspired", "by"), ("influenced", "by"))
KIND_DETERMINERS = frozenset({"a", "an", "some", "any"})


def _linked_value(words: list[str], links: tuple[tuple[str, str], ...]) -> tuple[int, int, list[str]] | None:
    """(the link's first word, the value's end, the value's words) of the first two-word link ("based on",
    "inspired by") in a question that asks it (no wh-word before it); None without one."""
    at = next((i for i in range(len(words) - 2) if (words[i], words[i + 1]) in links), None)
    if at is None or _wh_before(words, at):
        return None
    end = next((i for i in range(at + 2, len(words)) if words[i] in VALUE_ENDS), len(words))
    return at, end, words[at + 2 : end]


def inspiration_by_a_work(words: list[str]) -> tuple[int, int] | None:
    """The words of "inspired by <a named work>" ("was it inspired by the fault in our stars?"): which works
    inspired the story no source says, so no adaptation decides it. None for a kind ("inspired by a video game?",
    a "no" from the store's source) or a life or a true story."""
    linked = _linked_value(words, INSPIRED_LINKS)
    if linked is None:
        return None
    at, end, said = linked
    if not said or said[0] in KIND_DETERMINERS or set(said) & (SOURCE_LEFT_OPEN - {"a", "an", "the"}):
        return None
    return at, end


def other_source_said(words: list[str]) -> tuple[str, int, int] | None:
    """("based_on:<X>", first, last) when the film is said to adapt <X>, something other than a book or a true
    story ("is it based on a video game?", "is it inspired by world war 2?"): decided against the store's source,
    a novel. None when <X> leaves the source open or names a book, a life or a true story."""
    linked = _linked_value(words, SOURCE_LINKS)
    if linked is None or QUIZ_POINTERS & set(words):
        return None
    at, end, said = linked
    if not said or set(said) & SOURCE_LEFT_OPEN - {"a", "an", "the"} or len(said) > 4:
        return None
    return "based_on:" + " ".join(said), at, end


# --- Every detail of a yes/no question or a trivia statement (round 14) ---------------------------------------
# "<the title>, directed by <a name>, was released in <a year>", "the <year> movie <the title> starred <a>, <b> and
# <c>", "is it a <year> netflix movie directed by <a name>?": each detail said is checked on its own; one false
# detail makes the whole a "No", one the store cannot decide leaves it open, never a "Yes" from the others.

DETAIL_TOKEN = re.compile(r"[\w&]+(?:['’-][\w&]+)*")
# What opens a yes/no question.
YES_NO_OPENERS = frozenset(
    {
        "is",
        "was",
        "are",
        "were",
        "did",
        "does",
        "do",
        "has",
        "have",
        "had",
        "isn't",
        "wasn't",
        "didn't",
        "doesn't",
        "can",
        "could",
    }
)
# Words of the future or of a later work ("will there be a 2025 movie?"): a year said is no claim on this film.
FUTURE_WORDS = frozenset({"will", "gonna", "sequel", "upcoming", "next"})
# A request or an order opens a turn that states nothing to be checked ("tell me about the <year> film ...").
REQUEST_WORDS = frozenset(
    {"tell", "show", "give", "list", "name", "describe", "explain", "recommend", "find", "please"}
)
# Verbs (and nouns) of a credit, by the role they give the name next to them. "wrote" is the script or the story
# (decided as `SAME_VERB_ROLES` in actions/claims.py does); "co-wrote" and "script" are the screenplay only.
CREDIT_WORDS = {
    "directed": "director",
    "directs": "director",
    "direct": "director",
    "director": "director",
    "wrote": "writer",
    "written": "writer",
    "write": "writer",
    "writes": "writer",
    "co-wrote": "screenplay",
    "co-written": "screenplay",
    "cowrote": "screenplay",
    "script": "screenplay",
    "screenplay": "screenplay",
    "scripted": "screenplay",
    "music": "music",
    "composed": "music",
    "scored": "music",
    "starred": "cast",
    "co-starred": "cast",
    "co-stars": "cast",
    "co-starring": "cast",
    "costarred": "cast",
    "stars": "cast",
    "starring": "cast",
    "star": "cast",
    "appeared": "cast",
    "appears": "cast",
    "featuring": "cast",
    "featured": "cast",
    "features": "cast",
    "acted": "cast",
    "role": "cast",
    "with": "cast",
    "played": "cast",
    "plays": "cast",
    "play": "cast",
    "portrayed": "cast",
    "voiced": "cast",
    # an author writes books: "is she the author (of the novel)?", "the book author"
    "author": "novel_author",
    "authored": "novel_author",
    "novelist": "novel_author",
    # the film's singing is its theme song: "does <an actor> sing in it?" is decided by who sings that
    "sing": "theme_song",
    "sings": "theme_song",
    "sang": "theme_song",
    "sung": "theme_song",
}
# Words between a credit word and its name, or between names of one list ("starred <a>, <b> and <c>").
CREDIT_GAPS = frozenset(
    {"by", "and", "both", "also", "all", "who", "has", "had", "have", "was", "is", "a", "the", "too"}
)
# Verbs that give a part: the characters after them are the parts of the person before them.
PART_WORDS = frozenset({"played", "plays", "play", "portrayed", "portrays", "voiced", "voice", "as", "role"})
# Words between a part verb and its characters ("played the role of <a>", "played both <a> and <b>").
PART_GAPS = frozenset({"the", "role", "roles", "of", "both", "and", "as", "character", "part", "voice", "in"})
# Words of kinship or friendship said after a character ("<a character>'s father"): the character they point to.
KIN_WORDS = {
    "father": "father",
    "dad": "father",
    "mother": "mother",
    "mom": "mother",
    "mum": "mother",
    "sister": "sister",
    "brother": "brother",
    "son": "son",
    "daughter": "daughter",
    "friend": "best_friend",
}
# A kind of work the store says completely: whether it is animated (its `animated` fact).
ANIMATION_WORDS = frozenset({"animated", "anime", "cartoon", "animation"})
# Studios known for kinds of films; the store lists every production company of this film, so one of these said of
# it is a no unless the store names it.
STUDIO_WORDS = frozenset({"pixar", "disney", "dreamworks", "ghibli", "marvel", "illumination", "a24", "lionsgate"})
# Words after a studio's word that make it a common noun described ("the marvel that is the movie").
DESCRIBED_NOUN_FOLLOWERS = frozenset({"that", "which", "of"})
# An award category's first word: a genre after it names the category ("Best Actress in a Musical", "Outstanding
# comedy series"), not the film's kind.
AWARD_CATEGORY_OPENERS = frozenset({"best", "outstanding"})
# Genres said of the film ("a horror movie", "a sci-fi thriller"): the store's genre list says which it is, and
# cannot say that the film is not another one, so a genre it lacks is left open.
GENRE_WORDS = {
    "horror": "horror",
    "comedy": "comedy",
    "sci-fi": "science fiction",
    "scifi": "science fiction",
    "thriller": "thriller",
    "musical": "musical",
    "documentary": "documentary",
    "western": "western",
    "fantasy": "fantasy",
    "action": "action",
    "mystery": "mystery",
    "romance": "romance",
    "romantic": "romance",
    "drama": "drama",
    "tearjerker": "tearjerker",
}
# "The film adaptation of the manga <the title>": the kind of work adapted follows, as after "based on".
ADAPTATION_LINKS = (("adaptation", "of"), ("adaptation", "from"), ("adapted", "from"))
# Kinds of work a film may adapt other than a book ("based on the manga"): the store's source is a novel.
OTHER_SOURCES = frozenset({"manga", "anime", "comic", "comics", "game", "play", "musical", "ride"})
# Languages a book may be published in, and the verbs of publishing: the store holds no translations.
LANGUAGE_WORDS = frozenset({"english", "french", "german", "spanish", "korean", "chinese", "italian"})
PUBLISHING_WORDS = frozenset({"published", "translated", "released", "printed", "sold", "available"})
# Words that say what the film cost, followed by an amount.
COST_WORDS = frozenset({"cost", "costs", "budget"})
# Words of life and death said of a real person: the store holds no deaths, so it cannot decide them.
LIFE_WORDS = frozenset({"alive", "dead", "died", "living", "deceased"})
PEOPLE_NOUNS = frozenset({"actor", "actress", "actors", "director", "cast", "members", "writer", "author"})
FILM_WORDS = frozenset({"movie", "film", "films", "movies", "original"})
# Words that make the year after them a bound of the release, not its year ("before <year>", "since <year>").
YEAR_BOUNDS = frozenset({"before", "after", "since", "until", "till", "than", "by"})
# Words before a year that date something other than the film: a birth, the book, the teaser.
OTHER_DATINGS = frozenset(
    {"born", "birth", "birthday", "published", "novel", "book", "manga", "teaser", "trailer", "announced", "written"}
)


def detail_tokens(text: str) -> list[tuple[str, int, int]]:
    """The words of a message, lower-cased, with their character spans (a possessive "'s" kept on its word)."""
    return [(m.group(0).lower().replace("’", "'"), m.start(), m.end()) for m in DETAIL_TOKEN.finditer(text)]


def checkable_form(words: list[str], name_ends: frozenset[int] = frozenset()) -> bool:
    """Whether the words ask a yes/no or state something to be checked: not a wh-question ("who starred in ...",
    "... which year did it come out"), though "<a name>, who is in ..., played <a part>" is a statement (a "who"
    right after a name, at `name_ends`); no request, nothing said of the speaker or the assistant."""
    if not words or words[0] in REQUEST_WORDS or set(_unhedged(words)) & (SPEAKER_WORDS | FUTURE_WORDS | {"or"}):
        return False  # "is it a drama or a comedy?" asks which of the two: no yes/no
    # "in what <year> movie did ...", "... of which movie?", "this film, directed by <a>, ...": a quiz asks which
    # work fits its clues (read by the quiz rules), it does not state them
    return not any(w in WH_WORDS | QUIZ_POINTERS | {"whom"} and i not in name_ends for i, w in enumerate(words))


# Verbs of a speaker's hedge before a statement put to be checked ("I think <the title> was a horror movie, wasn't
# it?", "I heard it's his book, right?"): the statement is about the film, not the speaker.
HEDGE_VERBS = frozenset({"think", "thought", "guess", "believe", "heard", "hear", "read", "remember", "suppose", "bet"})
HEDGE_AUXILIARIES = frozenset({"have", "had", "do", "did", "also"})


def _unhedged(words: list[str]) -> list[str]:
    """The words without a first "I think" / "I have heard" (the speaker's hedge) when a tag asks to confirm what
    follows ("..., right?", "... wasn't it?"): the statement is put to be checked. The words as they are otherwise
    ("I think <an actor> was great as <a part>" is an opinion)."""
    if not _confirmation_tag(words):
        return words
    for i, word in enumerate(words):
        if word != "i":
            continue
        j = i + 1
        while j < len(words) and words[j] in HEDGE_AUXILIARIES:
            j += 1
        if j < len(words) and words[j] in HEDGE_VERBS:
            return words[:i] + words[j + 1 :]
        break
    return words


# The last words of a statement put to be confirmed: "..., right?", "..., correct?", "... wasn't it?".
TAG_ENDS = frozenset({"right", "correct", "true", "yes"})
TAG_PRONOUNS = frozenset({"it", "he", "she", "they", "i", "there"})


def _confirmation_tag(words: list[str]) -> bool:
    """Whether the words end with a tag asking to confirm them ("right", "wasn't it", "didn't he")."""
    if words and words[-1] in TAG_ENDS:
        return True
    return len(words) >= 2 and words[-2].endswith("n't") and words[-1] in TAG_PRONOUNS


def _ends_leading_setting(words: list[str], text: str, tokens: list[tuple[str, int, int]], end: int) -> bool:
    """ "In the novel by <a>, who is <b>?": the name closes a leading "in" phrase at the message's first comma, so
    the "who" after it opens the question, not a relative clause about <a>."""
    return bool(words) and words[0] == "in" and "," not in text[: tokens[end - 1][2]]


def _spans_to_tokens(
    tokens: list[tuple[str, int, int]], spans: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    found = []
    for start, end, value in spans:
        inside = [i for i, (_, s, e) in enumerate(tokens) if s < end and e > start]
        if inside:
            found.append((inside[0], inside[-1] + 1, value))
    return sorted(found)


def details_said(
    text: str,
    people: list[tuple[int, int, str]],
    characters: list[tuple[int, int, str]],
    titles: list[tuple[int, int]],
    store: FactStore,
    works: list[tuple[int, int, str]] | None = None,
    pointed: str | None = None,
) -> list[tuple[str, str]]:
    """Every checkable detail of a yes/no or trivia statement, as (kind, value): `credit` "<role>/<person id>",
    `plays` "<person id>/<character id>", `work` "<person id>/<title>", `year` "<year>" or "<decade>s", `animated`
    "yes"/"no", `studio` "<name>", `platform` "netflix", `genre` "<genre>", `budget` "<words>", `alive` "<words>".
    `people` and `characters` are (first char, end char, id) of the names the reader found; `titles` the character
    spans of the film's title; `works` those of other works of the store's people (the title as the store writes
    it); `pointed` the person the conversation is about, whom "he" / "she" / "his" stand for when the message
    names nobody. Empty when the form asks nothing checkable."""
    tokens = detail_tokens(text)
    words = [w for w, _, _ in tokens]
    persons = _spans_to_tokens(tokens, people)
    by_pronoun = not persons and pointed is not None
    if by_pronoun:  # "didn't he write the screenplay too?", "it's his book right?": the person talked about
        persons = [(i, i + 1, str(pointed)) for i, w in enumerate(words) if w in SUBJECT_PRONOUNS]
    named = _spans_to_tokens(tokens, characters)
    # Only a name set off by a comma opens a relative clause ("<a>, who plays ..."); "... by <a> who was starring"
    # asks who.
    set_off = frozenset(
        end
        for _, end, _ in [*persons, *named]
        if end < len(tokens)
        and "," in text[tokens[end - 1][2] : tokens[end][1]]
        and not _ends_leading_setting(words, text, tokens, end)
    )
    if not checkable_form(words, set_off):
        return []
    parts = _characters_said(words, named, store)
    title_at = [(a, b) for a, b, _ in _spans_to_tokens(tokens, [(s, e, "") for s, e in titles])]
    details: list[tuple[str, str]] = []
    taken = {i for a, b, _ in [*persons, *parts] for i in range(a, b)}
    played = _parts_played(words, persons, parts, taken)
    details += [("plays", f"{p}/{c}") for p, c in played]
    with_part = {p for p, _ in played}
    details += [("part", f"{p}/{d}") for p, d in _parts_described(words, persons, with_part)]
    for start, end, person in persons:
        for role in _credit_of(words, start, end, persons):
            # a pronoun may stand for a character as well as for the actor talked about ("does he play
            # basketball?"): only a crew credit is read of it, never a part
            if (role != "cast" or person not in with_part) and not (by_pronoun and role == "cast"):
                details.append(("credit", f"{role}/{person}"))
    works_at = _spans_to_tokens(tokens, works or [])
    details += [("work", f"{p}/{title}") for p, title in _works_of(words, persons, works_at, title_at)]
    details += _film_details(words, title_at, bool(persons))
    # a studio by its name ("a Marvel movie", "one of the dreamworks movies"), never a noun that a clause or "of"
    # describes ("the marvel that is the movie itself")
    details += [
        ("studio", w)
        for at, w in enumerate(words)
        if w in STUDIO_WORDS and not (at + 1 < len(words) and words[at + 1] in DESCRIBED_NOUN_FOLLOWERS)
    ]
    return list(dict.fromkeys(details))


# Pronouns that stand for the person the conversation is about, as the subject or the owner of a detail.
SUBJECT_PRONOUNS = frozenset({"he", "she", "his", "her", "him"})
# Words between a person and the works said of them ("<a> starred in the movies <X>, <Y> and made an appearance on
# the television series <Z>"): a verb of acting, a kind of work, a list's joints.
WORK_GAPS = frozenset(
    {
        "in",
        "on",
        "the",
        "a",
        "an",
        "and",
        "both",
        "also",
        "made",
        "appearance",
        "appeared",
        "was",
        "is",
        "has",
        "had",
        "have",
        "been",
        "movie",
        "movies",
        "film",
        "films",
        "series",
        "television",
        "tv",
        "drama",
        "dramas",
        "show",
        "shows",
        "called",
        "titled",
    }
)


def _works_of(
    words: list[str],
    persons: list[tuple[int, int, str]],
    works: list[tuple[int, int, str]],
    titles: list[tuple[int, int]],
) -> list[tuple[str, str]]:
    """(person, title) for each other work said as a person's: "<a> starred in <X> and <Y>", "<a> also played in
    <X>": the nearest person before the work, when the words between are of acting, of works, or other works and
    names (a list). A work with no person before it ("<X> starred <a>") is not read."""
    found: list[tuple[str, str]] = []
    spans = {i for a, b, _ in [*persons, *works] for i in range(a, b)} | {i for a, b in titles for i in range(a, b)}
    for start, _, title in works:
        before = [(e, p) for _, e, p in persons if e <= start]
        if not before:
            continue
        end, person = before[-1]
        between = [w for i, w in enumerate(words[end:start], end) if i not in spans]
        if between and all(w in WORK_GAPS or w in CREDIT_WORDS or w in PART_WORDS for w in between):
            found.append((person, title))
    return found


def _characters_said(
    words: list[str], characters: list[tuple[int, int, str]], store: FactStore
) -> list[tuple[int, int, str]]:
    """The characters named, each read with the kinship word after it ("<a>'s father" is <a>'s father), and "his
    <kin>" / "her <kin>" after one of them as that one's relative."""
    found: list[tuple[int, int, str]] = []
    last: str | None = None
    for start, end, character in characters:
        kin = KIN_WORDS.get(words[end]) if end < len(words) else None
        related = store.related(character, (kin,)) if kin else []
        if related:
            found.append((start, end + 1, related[0].object))
        elif start >= 2 and words[start - 1] == "of" and words[start - 2] in KIN_WORDS:  # "the mother of <a>"
            related = store.related(character, (KIN_WORDS[words[start - 2]],))
            found.append((start - 2, end, related[0].object) if related else (start, end, character))
        else:
            found.append((start, end, character))
        last = character
    if last is not None:
        for i, word in enumerate(words[:-1]):
            kin = KIN_WORDS.get(words[i + 1])
            if word in ("his", "her") and kin and not any(a <= i < b for a, b, _ in found):
                related = store.related(last, (kin,))
                if related:
                    found.append((i, i + 2, related[0].object))
    return sorted(found)


# "<a> played a <description>": a part described, not named ("a retired detective").
DESCRIBED_PART_VERBS = frozenset({"played", "plays", "portrayed", "portrays"})
INDEFINITE_ARTICLES = frozenset({"a", "an"})
# Words after the article that make "played a ..." a credit, not a description of the part ("played a role").
PART_NOUNS = frozenset({"role", "part", "character", "lead", "cameo", "supporting", "major", "minor", "small", "big"})
# Words that close a described part ("... a nurse in the film", "... a nurse, right?").
DESCRIPTION_ENDS = frozenset({"in", "on", "at", "for", "who", "that", "which", "and", "right", "correct", "opposite"})
MAX_DESCRIPTION = 5


def _parts_described(
    words: list[str], persons: list[tuple[int, int, str]], with_part: set[str]
) -> list[tuple[str, str]]:
    """(person, description) for "<a> played a <description>" when no character is named for them: the part
    said by what it is, to be checked against the store's description of the part they play."""
    found: list[tuple[str, str]] = []
    for _, end, person in persons:
        if person in with_part or words[end : end + 1] == [] or words[end] not in DESCRIBED_PART_VERBS:
            continue
        if words[end + 1 : end + 2] == [] or words[end + 1] not in INDEFINITE_ARTICLES:
            continue
        described: list[str] = []
        for word in words[end + 2 : end + 2 + MAX_DESCRIPTION]:
            if word in DESCRIPTION_ENDS or not word.isalpha():
                break
            described.append(word)
        if described and not set(described) & PART_NOUNS:
            found.append((person, " ".join(described)))
    return found


def _parts_played(
    words: list[str], persons: list[tuple[int, int, str]], parts: list[tuple[int, int, str]], taken: set[int]
) -> list[tuple[str, str]]:
    """(person, character) for "<a> played <b>", "<a> starred as <b>", "<b> was played by <a>", "<a> played both
    <b> and <c>"."""
    pairs: list[tuple[str, str]] = []
    for start, end, character in parts:
        # "<b> was played by <a>": the name after "played by"
        after = words[end : end + 4]
        if "by" in after and PART_WORDS & set(after):
            by = end + after.index("by") + 1
            person = next((p for s, _, p in persons if s == by), None)
            if person is not None:
                pairs.append((person, character))
                continue
        if start >= 2 and words[start - 1] in ("was", "is") and any(e == start - 1 for _, e, _ in persons):
            # "<a> was <b> in the film", "he is <b>, right?": the person before the link plays the part
            pairs.append((next(p for _, e, p in persons if e == start - 1), character))
            continue
        # "<a> played (the role of | both) <b>": back over the gap words and other parts to a part verb
        i = start - 1
        while i >= 0 and (words[i] in PART_GAPS - {"as", "role", "voice"} or any(a <= i < b for a, b, _ in parts)):
            i -= 1
        if i < 0 or words[i] not in PART_WORDS and not (words[i] == "of" and words[i - 1 : i] == ["role"]):
            if not (i >= 0 and words[i] in ("role", "voice", "as")):
                continue
        before = [p for s, e, p in persons if e <= i]
        if before:
            pairs.append((before[-1], character))
    return pairs


def _credit_of(words: list[str], start: int, end: int, persons: list[tuple[int, int, str]]) -> list[str]:
    """The credits the words next to a name give it: "directed by <a>", "co-written and directed by <a>",
    "starring <a>, <b> and <c>", "<a> co-wrote ...", "the novel by <a>" (`novel_author`), "<a>, who co-wrote the
    screenplay"; empty when no credit word is next to it."""
    names = {i for a, b, _ in persons for i in range(a, b)}
    roles: list[str] = []
    i = start - 1
    while i >= 0 and (words[i] in CREDIT_GAPS or i in names):
        i -= 1
    while i >= 0 and (words[i] in CREDIT_WORDS or words[i] in BOOK_WORDS and words[i + 1 : i + 2] == ["by"]):
        if words[i] in BOOK_WORDS or words[i] in ("written", "wrote") and set(words[max(i - 2, 0) : i]) & BOOK_WORDS:
            roles.append("novel_author")
        elif words[i] in ("written", "wrote") and set(words[max(i - 4, 0) : i]) & MUSIC_NOUNS:
            roles.append("music")  # "the music was written by <a>"
        elif words[i] == "with" and WRITING & set(words[max(i - 3, 0) : i]):
            roles.append("screenplay")  # "co-wrote the screenplay with <a>"
        elif words[i] != "with" or FILM_NOUNS & set(words[:i]) or STARRING & set(words[:i]):
            roles.append(CREDIT_WORDS[words[i]])  # "with" gives a part in "the movie with <a>", "starred ... with <b>"
        if words[i - 1 : i] != ["and"]:  # "written and directed by <a>": both
            break
        i -= 2
    if (
        end < len(words)
        and words[end] in BOOK_WORDS
        and (words[end - 1] in ("his", "her") or words[end - 1][-2:] == "'s")
    ):
        roles.append("novel_author")  # "<a>'s novel", "it's his book": the one who wrote the book
    j = end
    while j < len(words) and (words[j] in CREDIT_GAPS - {"by"} or j in names or _book_before_credit(words, j)):
        j += 1
    # "<a>, was directed by <b>", "the novel by <a>, stars <b>": the credit of the name after the verb
    passive = words[j + 1 : j + 2] == ["by"] or j + 1 in names
    # "does <a> sing?" with nothing sung or nowhere said asks of singing in general, not of the film's song
    bare_singing = CREDIT_WORDS.get(words[j]) == "theme_song" and j + 1 == len(words) if j < len(words) else False
    credited = j < len(words) and words[j] in CREDIT_WORDS and words[j] not in ("with", "music", "director")
    # "did <a> write any essays?", "has <a> acted in other films?": works of theirs asked, no credit of this film
    rest = words[j + 1 : j + 3]
    other_works = bool(rest) and (rest[0] in SOME_WORKS or rest[0] == "in" and rest[1:2] and rest[1] in SOME_WORKS)
    if credited and not passive and not bare_singing and not other_works:
        role = CREDIT_WORDS[words[j]]
        ahead = set(words[j + 1 : j + 5])
        if role == "writer" and ahead & {"script", "screenplay"}:
            role = "screenplay"
        elif role == "writer" and ahead & {"music", "score", "song", "songs"}:
            # "<a> writes protopunk music": what they do, no credit of this film
            determined = _determined_noun(words, j + 1, {"music", "score", "song", "songs"})
            role = "music" if determined else ""
        elif role == "writer" and ahead & BOOK_WORDS:
            role = "novel_author"  # "<a> wrote the novel": the book's author, not the script's
        elif role == "writer" and words[j] in HABITUAL_WRITING and rest and rest[0] not in WRITTEN_THINGS_OF_OURS:
            role = ""  # "<a> writes poetry and prose": what they do, no credit of this film
        if role:
            roles.append(role)
    return list(dict.fromkeys(roles))


# A writing verb of what someone does as a rule ("<a> writes poetry"), and the words after it that still point at
# something of this film ("writes the script", "writes it").
HABITUAL_WRITING = frozenset({"writes"})
WRITTEN_THINGS_OF_OURS = frozenset({"the", "its", "this", "that", "it", "for", "both", "all"})
# Words that make a noun after a credit verb this film's: "wrote the music", "composed its score".
DETERMINERS = frozenset({"the", "its", "this", "that", "all"})
DETERMINER_REACH = 3


def _determined_noun(words: list[str], start: int, nouns: set[str]) -> bool:
    """Whether the first of `nouns` from `start` on has a determiner a few words before it ("the music", "all the
    songs"), not a bare noun ("protopunk music": music in general)."""
    at = next((i for i in range(start, min(start + 4, len(words))) if words[i] in nouns), None)
    return at is not None and bool(DETERMINERS & set(words[max(start, at - DETERMINER_REACH) : at]))


# Quantifiers of works after a credit verb: "wrote any essays", "acted in other films".
SOME_WORKS = frozenset({"any", "some", "other", "another", "many", "more", "several", "anything", "something"})


def _book_before_credit(words: list[str], at: int) -> bool:
    """ "the book author", "the novel's author": a book word before the credit noun it qualifies."""
    return words[at] in BOOK_WORDS and words[at + 1 : at + 2] == ["author"]


WRITING = frozenset({"wrote", "written", "co-wrote", "co-written", "cowrote", "script", "screenplay"})
STARRING = frozenset({"starred", "stars", "starring", "appeared", "acted", "co-starred", "co-stars", "costarred"})
# What a writing verb may have written other than the story: "the music was written by <a>" is the music credit.
MUSIC_NOUNS = frozenset({"music", "score", "soundtrack", "lyrics"})


def _film_details(words: list[str], titles: list[tuple[int, int]], someone: bool) -> list[tuple[str, str]]:
    """Details said of the film itself: its year ("the <year> movie <the title>", "<the title> released in
    <year>", "in <year> <a name> played ..."), animated or not, Netflix, a genre; and a person's life."""
    details: list[tuple[str, str]] = []
    for i, word in enumerate(words):
        decade = word.endswith("s") and YEAR.match(word[:-1])
        if not (YEAR.match(word) or decade):
            continue
        if OTHER_DATINGS & set(words[:i]) or not (titles or FILM_WORDS & set(words)):
            continue  # "born on October 4, <year>": a birth, read by the birth claim; "the novel came out in <year>"
        if words[i - 1 : i] and words[i - 1] in YEAR_BOUNDS:
            continue  # "did <the title> come out before <year>?": a bound the release claim decides, not its year
        near_title = any(a - 3 <= i < a or b <= i <= b + 4 for a, b in titles)
        near_film = (
            bool(FILM_WORDS & set(words[i + 1 : i + 4])) or words[i - 1 : i] == ["in"] and (i == 1 or near_title)
        )
        if near_title or near_film:
            details.append(("year", word))
    said = set(words)
    if said & ANIMATION_WORDS or "voice" in said and "of" in said:
        details.append(("animated", "yes"))
    if ("live" in said and "action" in said) or "live-action" in said:
        details.append(("animated", "no"))
    if "netflix" in said and ("original" in said or FILM_WORDS & said):
        details.append(("platform", "netflix"))
    details += [
        ("genre", GENRE_WORDS[w])
        for i, w in enumerate(words)
        if w in GENRE_WORDS
        and words[i - 1] != "live"
        and not AWARD_CATEGORY_OPENERS & set(words[max(0, i - 5) : i])
        and not kind_of_a_person(words, i + 1)  # "his fame as a western actor": the actor's kind
        and not kind_of_a_part(words, i + 1)  # "abrupt musical transitions": the transitions' kind
    ]
    links = SOURCE_LINKS + ADAPTATION_LINKS
    based = next((i for i in range(len(words) - 1) if (words[i], words[i + 1]) in links), None)
    if based is not None and BOOK_WORDS & set(words[based + 2 : based + 5]):
        details.append(("source", "novel"))  # "based on the japanese novel"
    elif based is not None and OTHER_SOURCES & set(words[based + 2 : based + 5]):
        details.append(("source", next(w for w in words[based + 2 : based + 5] if w in OTHER_SOURCES)))
    language = next((w for w in words if w in LANGUAGE_WORDS), None)
    if language and said & BOOK_WORDS and said & PUBLISHING_WORDS:
        details.append(("book_language", language))  # "was the novel published in english?": not held
    if "science" in said and "fiction" in said:
        details.append(("genre", "science fiction"))
    cost = next((i for i, w in enumerate(words) if w in COST_WORDS), None)
    if cost is not None and any(w[:1].isdigit() for w in words[cost + 1 : cost + 4]):
        details.append(("budget", " ".join(words[cost : cost + 4])))  # "cost $150,000 to make": a budget said
    if said & LIFE_WORDS and (someone or said & PEOPLE_NOUNS):
        details.append(("alive", " ".join(w for w in words if w in LIFE_WORDS)))
    return details
