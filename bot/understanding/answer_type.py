"""The expected answer type of a wh-question (round 21, issue 10): the classic question-answering check.

The wh-phrase and its head name the kind of thing wanted ("which group", "what BBC series", "how many times",
"which actor"); the reading the reader chose (an intent, a crew role) gives a reply of some kinds. When the
head's kind is one the reply does not give, the reply would answer another question (the song's card for
"<a singer> from which group?", the producers for "starring <a> and which actor?", the runtime for "how many
times did <a> run for president?"): the question is read again as the head asked, of the subject that owns it,
so that the answering action gives the thing of that kind the store holds or "I don't know <the head>".

Two tables, data not branches: ANSWER_TYPES (a head noun's kind) and READING_TYPES (the kinds a reading's reply
gives; a reading not in it gives too many kinds to check: a person's card, a fact asked by name, the plot).
REROUTES say which reading answers a kind of a subject (a person's works for a work of a kind asked of them).
Rasa-free; bot/understanding/reading.py calls it on the reading it made.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from bot.understanding import coverage
from bot.understanding.coverage import ARTICLES, FUNCTION_WORDS, NAMING_WORDS, Span

# The kind of thing a wh-phrase's head noun asks for (its last word: "which BBC series" -> series).
ANSWER_TYPES: dict[str, frozenset[str]] = {
    "group": frozenset("group groups band bands unit duo trio".split()),
    "series": frozenset("series sitcom sitcoms programme program programmes programs".split()),
    "book": frozenset("book books novel novels novella manga installment instalment chapter chapters".split()),
    "song": frozenset("song songs single singles album albums track tracks".split()),
    "place": frozenset("city cities town towns prefecture country countries venue venues".split()),
    "nationality": frozenset("nationality nationalities ethnicity".split()),
    "organisation": frozenset("company companies studio studios label agency team teams club university".split()),
    "actor": frozenset("actor actors actress actresses".split()),
    "times": frozenset({"times"}),
    # the people it is for: "what kind of people watch this?" ("how many people" counts viewers: AUDIENCE_WH)
    "audience": frozenset("people viewers audience audiences".split()),
    # people of other trades than the film's: no reading of this film gives one
    "other_trade": frozenset(
        "coach coaches player players quarterback manager president presidents athlete boss leader".split()
    ),
}
HEAD_TYPE = {noun: kind for kind, nouns in ANSWER_TYPES.items() for noun in nouns}

# The kinds each reading's reply gives. Keys: an intent, or "ask_crew:<role>" for a crew member's card.
READING_TYPES: dict[str, frozenset[str]] = {
    "ask_cast": frozenset({"actor"}),
    "ask_who_plays": frozenset({"actor"}),
    "ask_director": frozenset(),
    "ask_crew:producer": frozenset({"organisation"}),  # the production companies are named with the producers
    "ask_crew:executive_producer": frozenset({"organisation"}),
    "ask_crew:production_company": frozenset({"organisation"}),
    "ask_crew:screenplay": frozenset(),
    "ask_crew:music": frozenset({"song", "group"}),  # the composer's card names the theme song he produced
    "ask_crew:theme_song": frozenset({"song", "group"}),  # the song's card names the band it is a cover of
    "ask_novel": frozenset({"book", "series", "organisation"}),  # the publisher, the series it grew into
    "ask_release_date": frozenset(),
    "ask_runtime": frozenset(),
    "ask_rating": frozenset({"audience"}),  # whom it is rated for
    "ask_genre": frozenset(),
    "ask_language": frozenset({"nationality", "place"}),  # the country it was made in
    "ask_title": frozenset(),
    "ask_where_to_watch": frozenset({"place", "organisation"}),  # countries and services
}

# The reading that answers a kind asked of a subject: a work of a kind asked of a person is among their works;
# an actor asked of the film is in its cast.
PERSON_SUBJECT, FILM_SUBJECT = "person", "film"
# Values: the intent, and the crew role it is asked of when it is one ("the title of the song" is the theme song's).
REROUTES: dict[tuple[str, str], tuple[str, str | None]] = {
    ("series", PERSON_SUBJECT): ("ask_other_work", None),
    ("book", PERSON_SUBJECT): ("ask_other_work", None),
    ("song", PERSON_SUBJECT): ("ask_other_work", None),
    ("actor", FILM_SUBJECT): ("ask_cast", None),
    ("song", FILM_SUBJECT): ("ask_crew", "theme_song"),
    ("audience", FILM_SUBJECT): ("ask_rating", None),
}
# The wh-words that ask which people the film is for ("what kind of people"); "how many people" asks a count.
AUDIENCE_WH = frozenset({"what", "which", "whats", "what's"})
# "people" is an audience only as a kind of people ("what kind of people watch it?"); "which people are in the
# cast?" asks the cast.
KIND_WORDS = frozenset({"kind", "kinds", "type", "types", "sort", "sorts"})
# "a book series", "the manga saga": a series of the kind before it.
SERIES_NOUNS = frozenset({"series", "saga", "franchise"})
WHO_WORDS = frozenset({"who", "whos", "who's", "whom"})
# How many words a head's noun group may run to ("the all time assist leader").
HEAD_MAX_WORDS = 5
# A preposition between a name and the wh-phrase makes the name its owner: "<a singer> from which group?".
OWNER_PREPOSITIONS = frozenset({"from", "of", "in"})
# Nouns of a place in a group: "<a name>, the singer of which band?" asks the band of the name.
MEMBER_NOUNS = frozenset(
    """member members singer vocalist songwriter guitarist bassist drummer keyboardist frontman frontwoman leader
    founder""".split()
)
# Nouns that describe a person without naming one: "an actor who was a member of which group" asks his group.
DESCRIBED_PEOPLE = frozenset("actor actress singer man woman person girl boy musician artist".split())
RELATIVE_PRONOUNS = frozenset({"who", "that", "whose"})


@dataclass(frozen=True)
class AskedKind:
    kind: str
    head: Span  # the head's words, named in "I don't know <the head>"
    owner: Span | None  # the name the head is asked of ("<a> from which group"), if the phrase says it
    owner_named: bool = True  # False: a person described, not named ("an actor who was a member of which group")


def asked_kind(words: Sequence[str], names: Iterable[Span]) -> AskedKind | None:
    """The kind the question's first typed wh-head asks for ("which BBC series" -> series); None when no wh-head
    names a kind of the table (a neutral head, an attribute asked by name, "who"/"when" alone)."""
    names = list(names)
    # "who is the <X> of ...": a person asked by a head noun, judged like "which <X>"
    after_who = [i + 1 for i, word in enumerate(words[:-1]) if word in WHO_WORDS]
    for at in sorted({*coverage.wh_positions(words), *after_who}):
        head = coverage.head_after(words, at)
        if head is None:
            continue
        head = _named_by_container(words, head) or head
        noun = _head_noun(words, head, names)
        if noun is None:
            continue
        kind = HEAD_TYPE.get(words[noun])
        if kind == "audience" and not _audience_asked(words, at, noun):
            continue
        if words[noun] in SERIES_NOUNS and noun > head.start and words[noun - 1] in HEAD_TYPE:
            kind = HEAD_TYPE[words[noun - 1]]  # "what book series": books
        if kind is not None:
            owner = _owner(words, at, names)
            named = owner is None or any(name.start <= owner.start < name.end for name in names)
            return AskedKind(kind, Span(head.start, noun + 1), owner, named)
    return None


def reading_key(intent: str | None, crew_roles: Sequence[str]) -> str | None:
    if intent == "ask_crew" and crew_roles:
        return f"ask_crew:{crew_roles[0]}"
    return intent


def mismatched(asked: AskedKind, keys: Sequence[str | None]) -> bool:
    """No part of the reading's reply gives a thing of the kind asked, or gives it of another subject than the
    name the wh-phrase is asked of ("<a singer> from which group": the song's card names the band of the song,
    not hers). `keys`: the reading's parts ("who directed it and which actors are in it": two); a part the table
    does not list is not judged, so neither is the reading."""
    given = [READING_TYPES.get(key or "") for key in keys]
    if not given or any(kinds is None for kinds in given):
        return False
    return asked.owner is not None or not any(asked.kind in kinds for kinds in given if kinds is not None)


def reroute(asked: AskedKind, subject: str) -> tuple[str, str | None] | None:
    """The intent (and crew role) whose reply gives the kind asked of this subject, or None ("I don't know
    <the head>")."""
    return REROUTES.get((asked.kind, subject))


def _named_by_container(words: Sequence[str], head: Span) -> Span | None:
    """ "what is the name of the fourth <X>": the head is the noun group after "name of" (a container)."""
    last = head.end - 1
    if words[last] not in NAMING_WORDS or head.end >= len(words) or words[head.end] != "of":
        return None
    start = head.end + 1
    while start < len(words) and words[start] in ARTICLES:
        start += 1
    return coverage.head_after(words, start)


def _audience_asked(words: Sequence[str], at: int, noun: int) -> bool:
    """Whether an audience head asks who the film is for: after what/which (the wh-word before `at`), and for
    "people" only as a kind of them."""
    if words[at - 1] not in AUDIENCE_WH:
        return False
    return words[noun] != "people" or bool(KIND_WORDS & set(words[at:noun]))


def _head_noun(words: Sequence[str], head: Span, names: list[Span]) -> int | None:
    """The head's noun: its last word of a kind of the table, before a name begins ("which group <a name> ..."
    stops at the name) or a verb ("which band covered ..."), in a noun group of up to HEAD_MAX_WORDS ("the all
    time assist leader")."""
    end = head.end
    while end < len(words) and end - head.start < HEAD_MAX_WORDS and words[end] not in FUNCTION_WORDS:
        end += 1
    for name in names:
        if head.start < name.start < end:
            end = name.start
        elif name.start <= head.start < name.end:
            return None  # the wh-word is followed by a name: "which <a character> ...": no kind asked
    typed = [i for i in range(head.start, end) if words[i] in HEAD_TYPE]
    return typed[-1] if typed else None


def _owner(words: Sequence[str], at: int, names: list[Span]) -> Span | None:
    """ "<a name> from which group": the name just before the preposition before the wh-word; "<a name> ... the
    singer of which band", "<a name> is a member of which group": the last name before a member noun there."""
    preposition = at - 2
    if preposition < 1 or words[preposition] not in OWNER_PREPOSITIONS:
        return None
    right_before = next((name for name in names if name.end == preposition), None)
    if right_before is not None or words[preposition - 1] not in MEMBER_NOUNS:
        return right_before
    named = max((name for name in names if name.end < preposition), key=lambda name: name.end, default=None)
    start = named.end if named is not None else 0
    described = [
        i
        for i in range(start, preposition - 1)
        if words[i] in DESCRIBED_PEOPLE and words[i + 1] in RELATIVE_PRONOUNS  # "an actor who was ..."
    ]
    if described:  # "... a movie starring an actor who was a member of which group": the actor, unnamed
        return Span(described[-1], described[-1] + 1)
    return named
