"""The lead's round-103 check set: a seeded random sample of the queries that users of the Excite search engine
typed on 16 September 1997, as the Apache Pig tutorial's sample of the Excite query log carries them, keeping those
about films, TV, actors, books and music (and the off-topic ones the filter lets in), each with the same user's later
queries (the search session) and the later-ranked queries that ask about the same kind of subject.

Reads one dataset from its mirror on this machine (`git show <commit>:<path>`, nothing is downloaded):

- The Excite query log sample (Excite, Inc.'s search engine log of 16 September 1997, the log that Amanda Spink,
  Bernard J. Jansen and colleagues studied in "Searching the Web: the public and their queries", JASIST 2001), as the
  Apache Software Foundation's Pig project ships it for its tutorial: apache/pig, tutorial/data/excite-small.log,
  present (208 KB, 4,501 lines, 891 users; the file entered the repository in 3c7ca4f, 2008-06-20, and has not
  changed since), read at commit d795e83 (2024-10-10, the mirror's newest). Each line is "<user>\t<time>\t<query>":
  an anonymous user id (hex), the time as YYMMDDhhmmss, and the query as typed. The larger tutorial/data/excite.log.bz2
  is an absent blob in the mirror and is not read. Licence: the repository is under the Apache License 2.0
  (LICENSE.txt) and its NOTICE.txt names no other terms for the tutorial data; the log itself came with no licence of
  its own, as the AOL log of round 90 did not. Cited as `Excite <line>` (the line's number in the file, from 1).

Pool: the queries (in file order) that use a film, TV, actor, book or music word (SCREEN_WORDS below) or name a film,
show, book, play, song, band, singer, actor, host or writer (ARTS_NAMES below, listed by reading the file's distinct
queries, since most of the log's queries about the arts are bare names); the filter also
lets in queries where such a word has another sense (a "star" newspaper, a "show" of aircraft, a "video" rental
store, "graphics" cards are not let in, "books" of recipes are); they come with the rest of the sample. A query
repeated (compared without case or punctuation) is kept once, at its first place; queries an earlier probe file
cites, quotes or asks are left out (counts only are printed).

Each candidate prints the same user's later distinct queries (at most SESSION_FOLLOW_UPS, film or not: the session
that follows), then the later-ranked candidates that ask about the same kind of subject (SUBJECT_KINDS below: a song or
singer, a book or its author, a performer, a film or show; at most FOLLOW_UPS). The kind is a rough guide for the
writer, who reads each query.

    python -m tooling.lead_checks.round103_sample
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tooling.lead_checks.mirrors import (
    MIRRORS,
    Candidate,
    Cited,
    cited_earlier,
    git_text,
    kind_of,
    normalised,
    one_line,
    print_left_out,
    print_quietly,
    ranked_with_later_of_kind,
    stored_in_folder,
    unseen,
)

SEED = 103
FOLLOW_UPS = 3
SESSION_FOLLOW_UPS = 4
OWN_FILE = "probes_round103_lead_check.yml"
SOURCE = "Excite"  # its name in citations and in the ranked output

PIG = MIRRORS / "apache+pig" / "repo"
# The commit read (the repository's newest when mirrored).
PIG_COMMIT = "d795e8309d321a1b8b818e440348aab4ca3f8b5c"
FOLDER = "tutorial/data"
NAME = "excite-small.log"

# Film, TV, actor, book and music words, as searchers type them (often lower case, without apostrophes).
SCREEN_WORDS = re.compile(
    r"\b(?:movies?|films?|cinemas?|theaters?|theatres?|actors?|actress(?:es)?|stars?|celebrit(?:y|ies)|cast|"
    r"characters?|directors?|scripts?|episodes?|series|tv|television|shows?|sitcoms?|cartoons?|anime|hollywood|"
    r"bollywood|hindi movies|oscars?|videos?|biography|novels?|books?|authors?|writers?|poems?|poetry|stor(?:y|ies)|"
    r"fiction|songs?|singers?|bands?|albums?|music|musicians?|lyrics|soundtracks?|rap|rappers?|rock|pop|guitar|"
    r"disney|spielberg)\b",
    re.IGNORECASE,
)
# The works and people of film, TV, books and music that the log's queries name without a SCREEN_WORDS word, found by
# reading every distinct query of the file (performers of pornography, models, athletes and channels left out).
ARTS_NAMES = re.compile(
    r"\b(?:beverl[ey]+ hills 90210|conan o'brien|entertainment ?tonight|x-files|spiderwoman|howling iii|lionking|"
    r"comedy of errors|shakespeare|stone angel|margaret laurence|edgar allen poe|red fern|sweet valley high|"
    r"snow white|winnie pooh|spiderman|muppets|looney tunes|eek the cat|calvin & hobbes|charlie brown|simpsons|sbtb|"
    r"potemkin|cranes are flying|starfleet|heart of gold|seen the rain|god save the queen|plenty|hare|davidhare|"
    r"lamott|dicaprio|claire danes|demi moore|halle berry|neve campbell|lebrock|natalia cigliuti|mccarthy|"
    r"carmen electra|pamela anderson|allysa milano|jane march|sonia braga|shannon tweed|hamill|flatley|"
    r"river dance|polanski|fleetwood mac|fiona apple|jewel|sarah mclachlan|marilyn manson|nirvana|metalica|"
    r"iron maiden|bon jovi|cypress hill|en vogue|dawn robinson|lil kim|master p|geto boys|portishead|wu tang|"
    r"toni braxton|wallflowers|sublime|pantera|king diamond|evgeny kissin|garth brooks|gavin rosdale|daft|"
    r"howard stern|yamataka eye|hanatarashi|noriko\+sakai|lau tak wah|control machete|kitty kelly|marilyn monroe|"
    r"paola perego|claudia koll|sting chords|r\.e\.m)\b",
    re.IGNORECASE,
)
# What a query asks about, by its wording, the first that matches.
SUBJECT_KINDS = (
    (
        "music",
        re.compile(
            r"\b(?:songs?|singers?|bands?|albums?|music|musicians?|lyrics|soundtracks?|rap|rappers?|rock|pop|guitar)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "book",
        re.compile(r"\b(?:novels?|books?|authors?|writers?|poems?|poetry|fiction)\b", re.IGNORECASE),
    ),
    (
        "person",
        re.compile(
            r"\b(?:actors?|actress(?:es)?|stars?|celebrit(?:y|ies)|cast|characters?|directors?|biography|spielberg)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "work",
        re.compile(
            r"\b(?:movies?|films?|cinemas?|theaters?|theatres?|scripts?|episodes?|series|tv|television|shows?|"
            r"sitcoms?|cartoons?|anime|hollywood|bollywood|oscars?|videos?|stor(?:y|ies)|disney)\b",
            re.IGNORECASE,
        ),
    ),
)
CITED_EXCITE = re.compile(r"\bExcite\s+(\d+)\b")


@dataclass(frozen=True)
class Query:
    line: int  # the line's number in the file, from 1
    user: str
    text: str
    kind: str  # a SUBJECT_KINDS name, or "" when none matches

    @property
    def cited(self) -> str:
        return str(self.line)


def log() -> list[Query]:
    """Every line of the stored log with a query, in file order."""
    if NAME not in stored_in_folder(PIG, PIG_COMMIT, FOLDER + "/"):
        return []
    found: list[Query] = []
    for number, line in enumerate(git_text(PIG, f"{FOLDER}/{NAME}", PIG_COMMIT).splitlines(), 1):
        fields = line.split("\t")
        if len(fields) < 3:
            continue
        text = one_line(fields[2])
        if text:
            found.append(Query(number, fields[0], text, kind_of(text, SUBJECT_KINDS)))
    return found


def sessions(every: list[Query]) -> dict[int, tuple[str, ...]]:
    """For each line, the same user's later distinct queries (compared normalised, not the line's own), at most
    SESSION_FOLLOW_UPS, each as "session Excite <line>: <text>"."""
    later: dict[int, tuple[str, ...]] = {}
    for query in every:
        seen = {normalised(query.text)}
        found: list[str] = []
        for other in every:
            if other.user != query.user or other.line <= query.line or normalised(other.text) in seen:
                continue
            seen.add(normalised(other.text))
            found.append(f"session Excite {other.line}: {other.text}")
            if len(found) == SESSION_FOLLOW_UPS:
                break
        later[query.line] = tuple(found)
    return later


def where(query: Query) -> str:
    return f"{query.cited} ({query.kind or '-'})"


def pool(skip: Cited) -> tuple[list[Candidate], int]:
    """The pool, each candidate with its session's later queries and its same-kind later candidates, and how many of
    the pool's queries an earlier probe file cites, quotes or asks."""
    every = log()
    screen = [query for query in every if SCREEN_WORDS.search(query.text) or ARTS_NAMES.search(query.text)]
    kept, seen = unseen(screen, lambda query: query.cited, lambda query: query.text, skip, SOURCE)
    ranked = ranked_with_later_of_kind(kept, SOURCE, where, SEED, FOLLOW_UPS)
    later = sessions(every)
    found = [
        Candidate(candidate.source, candidate.where, candidate.text, later[query.line] + candidate.follow_ups)
        for query, candidate in zip(kept, ranked, strict=True)
    ]
    return found, seen


def main() -> None:
    skip = cited_earlier(OWN_FILE, {SOURCE: CITED_EXCITE}, asks=True)
    found, seen = pool(skip)
    print_left_out(((SOURCE, seen),))
    print_quietly(((SOURCE, found, len(found)),), SEED)


if __name__ == "__main__":
    main()
