"""A period or a kind set on a person's works (round 20, nlu85, issue 10).

"What movies did <a> star in before <year>?", "<a>'s films between <year> and <year>", "the films <a> made after
this one", "in which of these movies has <a> appeared prior to <a work>?": the question asks for the works of one
person that fall in a period. The store dates most of a person's works, so the period filters them; the answer is
never the whole list (nor this film's own date). The bound of a period is a year or a work: this film ("this
one", "it", its title) or one of the person's works by its title, whose year is then the bound.

"Which video game did <a> voice?", "what anime has <a> voiced a character in?": a kind of work the store never
holds of anyone (games, animation, voice roles) asks for something it does not know, never the works it holds.

Rasa-free; bot/understanding/reading.py routes such questions to the person's works, and actions/people.py
filters them with `period_asked`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from bot.store import FactStore, Person, Work
from bot.understanding.lexicon import tokens
from bot.understanding.people_reading import CHARACTER_NOUNS
from bot.understanding.proper_names import PLAYING_VERBS

YEAR_DIGITS = 4
# Openers of a bound: the works before it ("before <year>", "prior to <a work>") or after it.
BEFORE_WORDS = (("prior", "to"), ("earlier", "than"), ("before",), ("until",), ("till",), ("pre",))
AFTER_WORDS = (("later", "than"), ("after",), ("post",))
SINCE_WORDS = (("since",),)
RANGE_OPENERS = frozenset({"between", "from"})
RANGE_JOINS = frozenset({"and", "to", "till", "until", "through", "thru"})
# Words that name this film as the bound: "after this one", "before it", "prior to this movie".
THIS_FILM_WORDS = (("this", "one"), ("this", "film"), ("this", "movie"), ("that", "one"), ("that", "film"), ("it",))
# Nouns of works: the question asks for some of someone's works.
WORK_NOUNS = frozenset(
    """movie movies film films flick flicks work works drama dramas show shows series role roles project projects
    song songs single singles album albums book books novel novels appearances""".split()
)
# Words before a singular works noun that make it one of someone's works ("what <a> movie", "which film", "a
# drama"), unless "the" / "this" comes between ("is <a> in the 2024 film?" is this film).
SOME_WORK_DETERMINERS = frozenset({"which", "what", "a", "an", "any", "another", "other", "one", "his", "her", "their"})
THIS_WORK_DETERMINERS = frozenset({"the", "this", "that", "its"})
DETERMINER_WINDOW = 3
# Kinds of work the store never holds of anyone: games, animation, voice roles and the stage.
UNHELD_KIND_PHRASES = (
    ("video", "games"),
    ("video", "game"),
    ("videogames",),
    ("videogame",),
    ("anime",),
    ("animes",),
    ("cartoon",),
    ("cartoons",),
    ("animated",),
    ("voice", "over"),
    ("voiceover",),
    ("voice", "acting"),
    ("voice", "actor"),
    ("voice", "actress"),
    ("voice", "role"),
    ("voice", "roles"),
    ("voice", "work"),
    ("voiced",),
    ("voices", "in"),
    ("voice", "in"),
    ("voice", "for"),
    ("dubbed",),
    # the stage, where the store lists no one's work
    ("broadway",),
    ("west", "end"),
    ("musicals",),
    ("stage", "play"),
    ("stage", "plays"),
    ("stage", "productions"),
    # a kind of writing the store never sorts works by
    ("non", "fiction"),
    ("nonfiction",),
    ("essays",),
    ("essay",),
    ("poetry",),
    ("poems",),
)


@dataclass(frozen=True)
class Period:
    """The years a work must fall in (either bound may be open, both inclusive) and the words that set them,
    word indices [start, end)."""

    first: int | None
    last: int | None
    start: int
    end: int

    def holds(self, year: int) -> bool:
        return (self.first is None or year >= self.first) and (self.last is None or year <= self.last)

    @property
    def side(self) -> str:
        """Which bounds are set: "between" (both), "until" (only the last) or "from" (only the first)."""
        if self.first is not None and self.last is not None:
            return "between"
        return "until" if self.first is None else "from"


def asks_works(words: Sequence[str]) -> bool:
    """A works noun that is not this film: a plural ("<a>'s films"), or a singular after "which", "what", "a",
    a possessive ... with no "the" / "this" between ("what <a> movie", "which film", "<a>'s latest drama")."""
    for i, word in enumerate(words):
        if word not in WORK_NOUNS:
            continue
        if word.endswith("s") and word not in ("series",):
            return True
        for before in reversed(words[max(0, i - DETERMINER_WINDOW) : i]):
            if before in THIS_WORK_DETERMINERS:
                break
            if before in SOME_WORK_DETERMINERS or before.endswith("'s"):
                return True
    return False


# A part asked of someone: "what role did <a> play in <a year>?" asks the work of that year their part was in.
PART_WORDS = CHARACTER_NOUNS | {"parts"}
PLAYING_WORDS = PLAYING_VERBS | {"portray", "appear", "appeared", "act"} | {"have", "had", "take", "took", "landed"}


# Words that make the year a clue, not the year asked: a ranking ("the best-selling novel of <a year>") or the work
# adapted into this film ("published in <a year>, this novel was adapted into which film?").
NOT_A_YEARS_WORK = frozenset(
    "adapted adaptation adapt based best bestselling best-selling most known famous popular biggest top".split()
)


def work_of_another_year(words: Sequence[str], store: FactStore) -> bool:
    """ "What role did <a> play in <a year>?", "in <a year>, which film did <a> star in?": a work or a part asked in
    years that are not this film's ("in 1986, 1988 and 1989"): those years' works (this film's year asks of this
    film)."""
    years = years_said(words)
    said = set(words)
    if not years or store.release_year in years or said & NOT_A_YEARS_WORK:
        return False
    year_at = next(i for i, word in enumerate(words) if _year(word) is not None)
    if "but" in words[year_at:]:
        return False  # "<a band> recorded <a song> in <a year>, but what's their best known song?": a told year
    return asks_works(words) or bool(said & PART_WORDS and said & PLAYING_WORDS)


# "What did <a> do in <a year>?", "what happened with her in the 90s?": what someone did then is their works then.
DOING_WORDS = frozenset({"do", "doing", "done", "happen", "happened", "happening"})


def doings_asked(words: Sequence[str], store: FactStore, person: Person | None) -> bool:
    """Whether a "what" question asks what someone did (or what happened to them) in a year or a period."""
    if not words or words[0] not in ("what", "whats", "what's") or not DOING_WORDS & set(words):
        return False
    return bool(years_said(words)) or period_asked(words, store, person) is not None


# An award is given in its work's year or the next (a ceremony the following spring), or in a year its note says.
AWARD_LAG_YEARS = 1
YEAR_IN_NOTE = re.compile(r"\b(?:19|20)\d\d\b")


def awarded_in_the_time_asked(
    words: Sequence[str], store: FactStore, person: Person, works: Sequence[Work]
) -> list[Work] | None:
    """The works whose awards may fall in the period or the one year the words set ("what award did <a> receive
    in <a year>?"); None when the words set no time."""
    period = period_asked(words, store, person)
    years = years_said(words)
    if period is None and len(years) != 1:
        return None

    def given_then(work: Work) -> bool:
        dated = {work.year + lag for lag in range(AWARD_LAG_YEARS + 1)} if work.year is not None else set()
        dated |= {int(year) for year in YEAR_IN_NOTE.findall(work.detail or "")}
        return any(period.holds(year) if period is not None else year in years for year in dated)

    return [work for work in works if given_then(work)]


def period_asked(words: Sequence[str], store: FactStore, person: Person | None) -> Period | None:
    """The period the works asked must fall in, or None when the words set none (a single year "in <year>" is a
    year, not a period: the works of that year). A decade ("in the 90s", "the early 2010s") is a period."""
    for i, word in enumerate(words):
        decade = _decade(words, i)
        if decade is not None:
            return decade
        if word in RANGE_OPENERS:
            ranged = _range(words, i)
            if ranged is not None:
                return ranged
        for openers, side in ((BEFORE_WORDS, "before"), (AFTER_WORDS, "after"), (SINCE_WORDS, "since")):
            opener = next((o for o in openers if tuple(words[i : i + len(o)]) == o), None)
            if opener is None:
                continue
            at = i + len(opener)
            bound = _bound(words, at, store, person)
            if bound is not None:
                year, end = bound
                return _period(side, year, i, end)
    return None


def _period(side: str, year: int, start: int, end: int) -> Period:
    if side == "before":
        return Period(None, year - 1, start, end)
    if side == "after":
        return Period(year + 1, None, start, end)
    return Period(year, None, start, end)


def _range(words: Sequence[str], at: int) -> Period | None:
    """ "between <year> and <year>", "from <year> to <year>", "between <year> - <year>" (the dash is no word)."""
    first, join, last = ([*words[at + 1 : at + 4]] + ["", "", ""])[:3]
    if _year(first) is not None and _year(join) is not None:
        join, last, end = "-", join, at + 3
    else:
        end = at + 4
    if _year(first) is None or join not in {*RANGE_JOINS, "-"} or _year(last) is None:
        return None
    low, high = sorted((_year(first) or 0, _year(last) or 0))
    return Period(low, high, at, end)


# "the 90s", "the 1990s", "the early 2010s": a decade, its first two digits left out for the 20th century.
DECADE = re.compile(r"^(?P<century>19|20)?(?P<tens>\d)0s$")
DECADE_PARTS = frozenset({"early", "mid", "late"})
YEARS_OF_A_DECADE = 10


def _decade(words: Sequence[str], at: int) -> Period | None:
    """ "(in) the 90s", "the early 2010s": the decade's years, the whole decade whatever part is said."""
    if words[at] != "the":
        return None
    after = at + 1 + (at + 1 < len(words) and words[at + 1] in DECADE_PARTS)
    said = DECADE.match(words[after]) if after < len(words) else None
    if said is None:
        return None
    century = said.group("century") or "19"
    first = int(century) * 100 + int(said.group("tens")) * 10
    return Period(first, first + YEARS_OF_A_DECADE - 1, at, after + 1)


def years_said(words: Sequence[str]) -> set[int]:
    """The years written in the words ("in 2012")."""
    return {year for word in words if (year := _year(word)) is not None}


def _year(word: str) -> int | None:
    return int(word) if word.isdigit() and len(word) == YEAR_DIGITS else None


def _bound(words: Sequence[str], at: int, store: FactStore, person: Person | None) -> tuple[int, int] | None:
    """The year a bound says and the index after it: a year ("after (the year) <year>"), this film, or a work of the
    person's by title."""
    if tuple(words[at : at + 2]) == ("the", "year"):
        at += 2
    if at < len(words) and _year(words[at]) is not None:
        return _year(words[at]) or 0, at + 1
    rest = list(words[at:])
    for phrase in THIS_FILM_WORDS:
        if tuple(rest[: len(phrase)]) == phrase and store.release_year is not None:
            return store.release_year, at + len(phrase)
    titled = [(store.title, store.release_year)]
    if person is not None:
        titled += [(title, work.year) for work in person.known_for for title in (work.title, work.ja) if title]
    for title, year in titled:
        said = tokens(title)
        if said and rest[: len(said)] == said and year is not None:
            return year, at + len(said)
    return None


# A note naming someone beside the person in a work: "with <First Last>", "double lead with <First Last>".
PARTNER_IN_NOTE = re.compile(r"\bwith ((?:[A-Z][\w-]+ )+[A-Z][\w-]+)")
# Words that ask for a work shared with another person: "<a> and <b> star together", "<a> with <b>".
SHARED_WORDS = frozenset({"together", "with", "alongside", "opposite", "and"})


def works_with_partner(words: Sequence[str], person: Person) -> list[tuple[Work, str]]:
    """ "In which film did <a> and <b> star together?": the person's works whose note names <b> beside them
    ("with <b>"), with the clause of the note that does; none when the words ask for no shared work."""
    if not SHARED_WORDS & set(words):
        return []
    own = set(tokens(person.name))
    found = []
    for work in person.known_for:
        for clause in (work.detail or "").split(";"):
            for partner in PARTNER_IN_NOTE.findall(clause):
                said = tokens(partner)
                if not set(said) & own and _in_order(words, said):
                    found.append((work, clause.strip()))
    return found


def _in_order(words: Sequence[str], said: Sequence[str]) -> bool:
    return any(list(words[i : i + len(said)]) == list(said) for i in range(len(words) - len(said) + 1))


WH_WORDS = frozenset({"what", "which"})


def owned_work_of_a_year(words: Sequence[str], person: Person) -> bool:
    """ "What <X> movie was released in <a year>?", "<X>'s films in <a year>": a works noun right after the
    person's name (after "what" / "which", or their possessive), and a year said; not "<X> in the <year> movie"."""
    if not any(_year(w) is not None for w in words):
        return False
    # the name as typed: whole, or a part of it ("what <family name> show …")
    forms = {tuple(tokens(form)) for form in person.name_forms() if form.isascii()} - {()}
    for name in sorted(forms, key=len, reverse=True):
        for i, word in enumerate(words):
            if word not in WORK_NOUNS or i < len(name):
                continue
            before = tuple(words[i - len(name) : i])
            possessive = (*before[:-1], before[-1].removesuffix("'s")) == name and before[-1].endswith("'s")
            if possessive or (before == name and i > len(name) and words[i - len(name) - 1] in WH_WORDS):
                return True
    return False


# An order asked of the works in a period ("the last movie <X> made before <a work>"): a list held only in part
# cannot say which was last.
ORDER_WORDS = frozenset({"last", "latest", "final", "first", "earliest", "newest", "next"})


def order_asked(words: Sequence[str]) -> bool:
    return bool(ORDER_WORDS & set(words))


COUNT_OPENERS = (("how", "many"), ("number", "of"))
COUNT_WINDOW = 4  # "how many <kind> of films", "how many romance movies"


def count_asked(words: Sequence[str]) -> bool:
    """ "How many films did <a> make ...?", "the number of movies <a> starred in": a count of works, which a list
    the store holds only in part cannot give."""
    for i in range(len(words)):
        if any(tuple(words[i : i + len(opener)]) == opener for opener in COUNT_OPENERS):
            if set(words[i + 2 : i + 2 + COUNT_WINDOW]) & WORK_NOUNS:
                return True
    return False


def unheld_kind(words: Sequence[str]) -> tuple[int, int] | None:
    """The words of a kind of work the store never holds ("video game", "anime", "voiced"), or None."""
    for i in range(len(words)):
        for phrase in UNHELD_KIND_PHRASES:
            if tuple(words[i : i + len(phrase)]) == phrase:
                return i, i + len(phrase)
    return None


# The deed a works question names, by its verb: "what movies did <a> direct?" asks the works they directed.
DEED_WORDS = {
    "direct": frozenset("direct directs directed directing".split()),
    "act": frozenset("act acts acted acting star stars starred starring appear appears appeared".split()),
    "write": frozenset("write writes wrote written writing penned scripted".split()),
    "compose": frozenset("compose composes composed scored".split()),
    "produce": frozenset("produce produces produced producing".split()),
}
# The deeds of each part someone has in this film: a cast part is acting, a crew credit its craft.
DEEDS_OF_CREDIT = {
    "cast": frozenset({"act"}),
    "director": frozenset({"direct"}),
    "screenplay": frozenset({"write"}),
    "music": frozenset({"compose", "produce", "write"}),  # "how many songs did <a composer> write?"
    "producer": frozenset({"produce"}),
    "executive_producer": frozenset({"produce"}),
}
# Nouns of a trade in who the store says someone is ("a music producer, arranger and bassist"), by their deed.
DEED_OF_TRADE = {
    "actor": "act",
    "actress": "act",
    "director": "direct",
    "writer": "write",
    "screenwriter": "write",
    "novelist": "write",
    "author": "write",
    "songwriter": "write",
    "composer": "compose",
    "producer": "produce",
}


def deed_asked(words: Sequence[str], doer: Sequence[str]) -> tuple[str, int] | None:
    """The one deed a works question names by its verb, and the verb's index ("what movies did <a> direct?"), or
    None when it names none or several ("films she wrote and directed"). A verb whose agent after "by" is not the
    `doer` (their name's words) is someone else's deed ("the series directed by <another>")."""
    found = [
        (deed, i)
        for i, word in enumerate(words)
        for deed, verbs in DEED_WORDS.items()
        if word in verbs and (words[i + 1 : i + 2] != ["by"] or list(words[i + 2 : i + 2 + len(doer)]) == list(doer))
    ]
    return found[0] if len({deed for deed, _ in found}) == 1 else None


def deed_of_others(asked: str, credits: Sequence[str], described: Sequence[str]) -> bool:
    """Whether the deed asked is none of this person's: not that of any part they have here (an actor asked for the
    films they directed) nor of a trade the store's description of them names. The store knows them only by those,
    so it holds no work of that deed. A part of no known deed (a theme song, a company) decides nothing."""
    if not credits or any(credit not in DEEDS_OF_CREDIT for credit in credits):
        return False
    deeds = set().union(*(DEEDS_OF_CREDIT[credit] for credit in credits))
    deeds |= {DEED_OF_TRADE[word] for word in described if word in DEED_OF_TRADE}
    return asked not in deeds
