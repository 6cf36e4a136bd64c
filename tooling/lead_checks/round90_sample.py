"""The lead's round-90 check set: a seeded random sample of the queries that AOL search users typed in spring 2006
about films, TV, actors, books and music, each with the same search session's later queries and the later-ranked
queries that ask about the same kind of subject.

Reads one dataset from its mirror on this machine (`git show <commit>:<path>`, nothing is downloaded):

- AOL query log, the 1,000-user subset of Wasi Uddin Ahmad's "AOL Query Log Analysis" (University of Virginia,
  2016): the queries that 1,000 AOL search users typed from 1 March to 31 May 2006, the users with the most queries
  followed by a click in the log AOL released for research in August 2006, one file a user (318,023 queries). Read from
  the repository wasiahmad/aol_query_log_analysis at commit a3457b5 (2017-07-14, its newest): the 1,000 files
  user_search_logs/<anonymous user id>.txt, all present. Each record is a line "<query><TAB><time>", a line with the
  clicked address, and a blank line; only the query and its time are read, never the clicked address. The queries
  are kept as typed, lower case, with their spelling, spacing and missing apostrophes ("whos", "gwen stefani
  lyrics"). Licence: MIT (the repository's LICENSE, Copyright (c) 2016 Wasi U Ahmad). Cited as `AOL <user id>
  <date> <time>` (the user's anonymous number as the file name gives it and the query's time).

Pool: the users' queries (files in name order, then file order) that use a film, TV, actor, book or music word
(SCREEN_WORDS below); the filter also lets in queries where such a word has another sense (a "tv" stand, a horse
"show", "book" a flight, a "series" of savings bonds); they come with the rest of the sample. A query repeated
(compared without case or punctuation) is kept once, at its first place; queries an earlier probe file cites, quotes
or asks are left out (counts only are printed).

Each candidate prints, first, the same search session's later queries (`session +<minutes>m`), at most SESSION_NEXT,
whatever their subject (a session: the user's queries with no gap of more than SESSION_GAP between two), each with
its own rank when it is a candidate too; then the later-ranked candidates that ask about the same kind of subject
(SUBJECT_KINDS below: a song or singer, a book or its author, a performer or character, a film or show), with their
ranks in the seeded order, at most FOLLOW_UPS. The probe file makes the session's later queries that stay on the
subject and can be adapted follow-ups of the candidate, as earlier query-log checks did, and only where the session
gives none the same-kind ones, as round 72 did with AfriQA's questions. The kind is a rough guide for the writer, who
reads each query.

    python -m tooling.lead_checks.round90_sample
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta

from tooling.lead_checks.mirrors import (
    MIRRORS,
    Candidate,
    Cited,
    cited_earlier,
    first_unseen,
    git_text,
    kind_of,
    normalised,
    one_line,
    print_left_out,
    print_quietly,
    ranked_with_later_of_kind,
    sample,
    stored_in_folder,
)

SEED = 90
FOLLOW_UPS = 4
SESSION_NEXT = 5
SESSION_GAP = timedelta(minutes=30)
OWN_FILE = "probes_round90_lead_check.yml"
SOURCE = "AOL"  # its name in citations and in the ranked output

AOL = MIRRORS / "wasiahmad+aol_query_log_analysis" / "repo"
# The commit read (the repository's newest when mirrored).
AOL_COMMIT = "a3457b56769818ddf5242fcae220d8da51f07532"
FOLDER = "user_search_logs"
# A query line: the query, a tab, its time.
QUERY_LINE = re.compile(r"^(?P<text>[^\t]*)\t(?P<time>\d{4}-\d\d-\d\d \d\d:\d\d:\d\d)\s*$")

# Film, TV, actor, book and music words, as AOL's searchers type them (lower case, often without apostrophes).
SCREEN_WORDS = re.compile(
    r"\b(?:movies?|films?|filmed|filming|cinemas?|theaters?|theatres?|actors?|actress(?:es)?|acting|starr(?:ed|ing)|"
    r"cast|characters?|directors?|directed|scenes?|plots?|sequels?|episodes?|seasons?|series|tv|television|shows?|"
    r"sitcoms?|soaps?|cartoons?|anime|hollywood|oscars?|imdb|dvds?|trailers?|premiere|box office|screenplay|"
    r"novels?|novelists?|books?|authors?|writers?|wrote|written|poems?|poets?|stor(?:y|ies)|fiction|"
    r"songs?|singers?|sang|sings?|bands?|albums?|music|musicians?|lyrics|soundtracks?|composers?|concerts?|"
    r"rappers?|roles?|played|netflix|blockbuster)\b",
    re.IGNORECASE,
)
# What a query asks about, by its wording, the first that matches.
SUBJECT_KINDS = (
    (
        "music",
        re.compile(
            r"\b(?:songs?|singers?|sang|sings?|bands?|albums?|music|musicians?|lyrics|soundtracks?|composers?|"
            r"concerts?|rappers?)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "book",
        re.compile(
            r"\b(?:novels?|novelists?|books?|authors?|writers?|wrote|written|poems?|poets?|fiction)\b", re.IGNORECASE
        ),
    ),
    (
        "person",
        re.compile(
            r"\b(?:actors?|actress(?:es)?|acting|starr(?:ed|ing)|cast|characters?|roles?|played|directors?|"
            r"directed)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "work",
        re.compile(
            r"\b(?:movies?|films?|filmed|filming|cinemas?|theaters?|theatres?|scenes?|plots?|sequels?|episodes?|"
            r"seasons?|series|tv|television|shows?|sitcoms?|soaps?|cartoons?|anime|hollywood|oscars?|imdb|dvds?|"
            r"trailers?|premiere|box office|screenplay|stor(?:y|ies)|netflix|blockbuster)\b",
            re.IGNORECASE,
        ),
    ),
)
CITED_AOL = re.compile(r"\bAOL\s+(\d+\s+\d{4}-\d\d-\d\d\s+\d\d:\d\d:\d\d)\b")


@dataclass(frozen=True)
class Query:
    user: str  # the anonymous user number, as the file name gives it
    time: datetime
    text: str
    session: int  # the session's number among the user's sessions
    kind: str  # a SUBJECT_KINDS name, or "" when none matches

    @property
    def cited(self) -> str:
        return f"{self.user} {self.time:%Y-%m-%d %H:%M:%S}"


def user_queries(user: str) -> list[Query]:
    """One user's queries in file order (the log's time order), each with its session's number: a new session
    starts after a gap of more than SESSION_GAP. A query clicked twice is two records; both are kept here."""
    found: list[Query] = []
    session = 0
    last: datetime | None = None
    for line in git_text(AOL, f"{FOLDER}/{user}.txt", AOL_COMMIT).splitlines():
        matched = QUERY_LINE.match(line)
        if not matched:
            continue  # a clicked address or a blank line
        text = one_line(matched.group("text"))
        time = datetime.strptime(matched.group("time"), "%Y-%m-%d %H:%M:%S")
        if last is not None and time - last > SESSION_GAP:
            session += 1
        last = time
        if text and text != "-":
            found.append(Query(user, time, text, session, kind_of(text, SUBJECT_KINDS)))
    return found


def users() -> list[str]:
    """The anonymous user numbers whose files the mirror holds, in file-name order."""
    names = stored_in_folder(AOL, AOL_COMMIT, FOLDER + "/")
    return sorted(name.removesuffix(".txt") for name in names if name.endswith(".txt"))


def where(query: Query) -> str:
    return f"{query.cited} ({query.kind or '-'})"


def pool(skip: Cited) -> tuple[list[Candidate], int]:
    """The pool, each candidate with its session's later queries and its same-kind later candidates, and how many of
    the pool's queries an earlier probe file cites, quotes or asks."""
    every_user = {user: user_queries(user) for user in users()}
    screen = [query for queries in every_user.values() for query in queries if SCREEN_WORDS.search(query.text)]
    seen = {query for query in screen if query.cited in skip.ids[SOURCE] or normalised(query.text) in skip.texts}
    kept = first_unseen(screen, lambda query: query.text, lambda query: query in seen)
    ranked = ranked_with_later_of_kind(kept, SOURCE, where, SEED, FOLLOW_UPS)
    rank = {normalised(candidate.text): position for position, candidate in enumerate(ranked_order(ranked), 1)}
    with_session = []
    for query, candidate in zip(kept, ranked, strict=True):
        later = session_later(every_user[query.user], query, skip)
        lines = tuple(
            f"session +{minutes(other.time - query.time)}m: "
            f"{f'{SOURCE}#{rank[normalised(other.text)]} ' if normalised(other.text) in rank else ''}"
            f"{other.cited}: {other.text}"
            for other in later
        )
        with_session.append(Candidate(candidate.source, candidate.where, candidate.text, lines + candidate.follow_ups))
    return with_session, len(seen)


def ranked_order(pool: list[Candidate]) -> list[Candidate]:
    """The pool in print_samples' seeded order (the same shuffle ranked_with_later_of_kind ranks by)."""
    return sample(pool, len(pool), SEED)


def session_later(queries: list[Query], query: Query, skip: Cited) -> list[Query]:
    """The same session's queries after `query`, each text once and none the query's own text nor one an earlier
    probe file cites, quotes or asks, at most SESSION_NEXT."""
    texts = {normalised(query.text)}
    later = []
    for other in queries:
        if other.session != query.session or other.time <= query.time:
            continue
        key = normalised(other.text)
        if key in texts or key in skip.texts or other.cited in skip.ids[SOURCE]:
            continue
        texts.add(key)
        later.append(other)
        if len(later) == SESSION_NEXT:
            break
    return later


def minutes(gap: timedelta) -> int:
    return int(gap.total_seconds() // 60)


def main() -> None:
    skip = cited_earlier(OWN_FILE, {SOURCE: CITED_AOL}, asks=True)
    found, seen = pool(skip)
    print_left_out(((SOURCE, seen),))
    print_quietly(((SOURCE, found, len(found)),), SEED)


if __name__ == "__main__":
    main()
