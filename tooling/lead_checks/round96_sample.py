"""The lead's round-96 check set: a seeded random sample of the web search queries of the TREC 2009 Million Query
track, real queries that people typed into commercial search engines, keeping those about films, TV, actors, books
and music (and the off-topic ones the filter lets in), each with the later-ranked queries that ask about the same kind
of subject.

Reads one dataset from its mirror on this machine (`git show <commit>:<path>`, nothing is downloaded):

- TREC 2009 Million Query track topics (Ben Carterette, Virgil Pavlu, Hui Fang and Evangelos Kanoulas, "Million
  Query Track 2009 Overview", TREC 2009): 40,000 web search queries that the track's organisers sampled from the
  query logs of commercial search engines, to be run against the ClueWeb09 crawl, numbered 20001-60000. NIST
  distributes them as "2009 Million Query track topics (20001-60000)"; they are stored in castorini/anserini-tools,
  the evaluation-data repository of Anserini and Pyserini, at commit 5b819c1 (2026-08-21, its newest; the file entered
  in 43add83, 2026-08-09): topics/topics.mq.20001-60000.txt, present (1.0 MB). Each line is
  "<number>:<priority>:<query>" (the priority, 1 to 4, is the order the track judged queries in); only the number and
  the query are read. The queries are kept as typed: lower case, no question marks, their spelling and spacing. A few
  lines are not UTF-8 (a Latin-1 "ñ"); such a line is read as Latin-1. Licence: the repository states none; NIST gives
  TREC's topics out freely for research, and the earlier checks read this repository's TriviaQA and MS MARCO files
  the same way. Cited as `MQ2009 <number>`. The track's 2007 and 2008 topics (topics.mq.1-10000.txt and
  topics.mq.10001-20000.txt) are not read: they were chosen to match pages of the .gov crawl GOV2 and hold few
  queries about films.

Pool: the queries (in file order) that use a film, TV, actor, book or music word (SCREEN_WORDS below); the filter also
lets in queries where such a word has another sense (a "tv" stand, a horse "show", "book" a flight, a "series" of
bonds); they come with the rest of the sample. A query repeated (compared without case or punctuation) is kept once,
at its first place; queries an earlier probe file cites, quotes or asks are left out (counts only are printed).

Each candidate prints the later-ranked candidates that ask about the same kind of subject (SUBJECT_KINDS below: a song
or singer, a book or its author, a performer or character, a film or show), with their ranks in the seeded order, at
most FOLLOW_UPS: the log has no sessions (the track gives each query alone), so the probe file makes those of them
that can be adapted follow-ups of the candidate, with the names changed the same way, as round 72 did with AfriQA's
questions. The kind is a rough guide for the writer, who reads each query.

    python -m tooling.lead_checks.round96_sample
"""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from tooling.lead_checks.mirrors import (
    MIRRORS,
    Candidate,
    Cited,
    cited_earlier,
    kind_of,
    one_line,
    print_left_out,
    print_quietly,
    ranked_with_later_of_kind,
    stored_in_folder,
    unseen,
)

SEED = 96
FOLLOW_UPS = 4
OWN_FILE = "probes_round96_lead_check.yml"
SOURCE = "MQ2009"  # its name in citations and in the ranked output

ANSERINI_TOOLS = MIRRORS / "castorini+anserini-tools" / "repo"
# The commit read (the repository's newest when mirrored).
ANSERINI_TOOLS_COMMIT = "5b819c1a45c8a0a3ec9426f476694f44a29dfaf3"
FOLDER = "topics"
NAME = "topics.mq.20001-60000.txt"
# A topic line: the query's number, its judging priority, the query.
TOPIC_LINE = re.compile(r"^(?P<number>\d+):(?P<priority>\d+):(?P<text>.*)$")

# Film, TV, actor, book and music words, as searchers type them (lower case, often without apostrophes).
SCREEN_WORDS = re.compile(
    r"\b(?:movies?|films?|filmed|filming|cinemas?|theaters?|theatres?|actors?|actress(?:es)?|acting|starr(?:ed|ing)|"
    r"cast|characters?|directors?|directed|scenes?|plots?|sequels?|episodes?|seasons?|series|tv|television|shows?|"
    r"sitcoms?|soaps?|cartoons?|anime|manga|hollywood|oscars?|imdb|dvds?|trailers?|premiere|box office|screenplay|"
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
            r"\b(?:novels?|novelists?|books?|authors?|writers?|wrote|written|poems?|poets?|fiction|manga)\b",
            re.IGNORECASE,
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
CITED_MQ = re.compile(r"\bMQ2009\s+(\d+)\b")


@dataclass(frozen=True)
class Query:
    number: str  # as the topic file gives it
    text: str
    kind: str  # a SUBJECT_KINDS name, or "" when none matches

    @property
    def cited(self) -> str:
        return self.number


@lru_cache(maxsize=4)
def git_lines(repo: Path, path: str, commit: str) -> tuple[str, ...]:
    """A file of a bare mirror at `commit`, line by line: each line as UTF-8, or as Latin-1 where it is not UTF-8
    (mirrors.git_text reads a whole file as UTF-8 and this one has a few Latin-1 bytes)."""
    shown = subprocess.run(["git", "-C", str(repo), "show", f"{commit}:{path}"], capture_output=True, check=True)
    lines = []
    for raw in shown.stdout.splitlines():
        try:
            lines.append(raw.decode("utf-8"))
        except UnicodeDecodeError:
            lines.append(raw.decode("latin-1"))
    return tuple(lines)


def queries() -> list[Query]:
    """The queries of the stored topic file whose text uses a SCREEN_WORDS word, in file order (only each line's
    number and query are read)."""
    if NAME not in stored_in_folder(ANSERINI_TOOLS, ANSERINI_TOOLS_COMMIT, FOLDER + "/"):
        return []
    found: list[Query] = []
    for line in git_lines(ANSERINI_TOOLS, f"{FOLDER}/{NAME}", ANSERINI_TOOLS_COMMIT):
        matched = TOPIC_LINE.match(line.strip())
        if not matched:
            continue
        text = one_line(matched.group("text"))
        if text and SCREEN_WORDS.search(text):
            found.append(Query(matched.group("number"), text, kind_of(text, SUBJECT_KINDS)))
    return found


def where(query: Query) -> str:
    return f"{query.cited} ({query.kind or '-'})"


def pool(skip: Cited) -> tuple[list[Candidate], int]:
    """The pool, each candidate with its same-kind later candidates, and how many of the pool's queries an earlier
    probe file cites, quotes or asks."""
    kept, seen = unseen(queries(), lambda query: query.cited, lambda query: query.text, skip, SOURCE)
    return ranked_with_later_of_kind(kept, SOURCE, where, SEED, FOLLOW_UPS), seen


def main() -> None:
    skip = cited_earlier(OWN_FILE, {SOURCE: CITED_MQ}, asks=True)
    found, seen = pool(skip)
    print_left_out(((SOURCE, seen),))
    print_quietly(((SOURCE, found, len(found)),), SEED)


if __name__ == "__main__":
    main()
