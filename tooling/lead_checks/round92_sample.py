"""The lead's round-92 check set: a seeded random sample of the queries that users of the Sogou search engine typed
about films, TV, actors, books and music, in ten minutes of one night in 2008 (the SogouQ query log's sample),
each with the same user's later queries and the later-ranked queries that ask about the same kind of subject.

Reads one dataset from its mirror on this machine (`git show <commit>:<path>`, nothing is downloaded):

- SogouQ, the search query log that the Sogou Lab (搜狗实验室) released for research: the queries that users of the
  Sogou web search engine typed, one line a click, with the user's anonymous cookie id. Its 10,000-line sample
  (SogouQ.sample, the first ten minutes of one day, 00:00:00 to 00:09:41; no date is given: its queries about the
  Wenchuan earthquake of May 2008 place it in mid-2008, and the Lab describes the full log as June 2008; 4,787 users,
  4,077 distinct queries) is read from the repository OscarJin/SogouQ-Data-Analysis (Oscar Jin, a data-science course
  project analysing the log, 2022) at commit de9dac4 (2022-06-05, its newest): the file src/data/SogouQ.sample,
  present (898,235 bytes, encoded GB18030 as Sogou released it). Each line is "<time><TAB><user id><TAB>[<query>]<TAB>
  <rank of the clicked URL> <order of the click><TAB><clicked URL>"; only the time, the user id and the query are
  read, never the clicked URL. The queries are Chinese (with some English, Japanese and pinyin), kept as typed, with
  their spelling, spacing and the "+" the log writes for a space ("Dances+with+Wolves"). Licence: the repository is
  MIT (its LICENSE, Copyright (c) 2022 Oscar Jin); the Sogou Lab gave the log out for research use. Cited as
  `SogouQ <line>` (the line's number in the file, from 1).

Pool: the sample's queries (in file order, which is time order) that use a film, TV, actor, book or music word
(SCREEN_WORDS below, Chinese and the few Latin ones Chinese searchers type: mp3, MV, txt, DVD); the filter also lets
in queries where such a word has another sense (a 电视 "television" set, a 小说 e-book reader, a football club's
or a party's 歌 anthem); they come with the rest of the sample. A query repeated (compared without case or punctuation,
so also a user's second click on one query) is kept once, at its first place; queries an earlier probe file cites,
quotes or asks are left out (counts only are printed).

Each candidate prints, first, the same user's later queries in the sample (`user +<seconds>s`: the ten minutes are one
search session), at most SESSION_NEXT, whatever their subject, each with its own rank when it is a candidate too; then
the later-ranked candidates that ask about the same kind of subject (SUBJECT_KINDS below: a song or singer, a book or
its author, a performer or director, a film or show), with their ranks in the seeded order, at most FOLLOW_UPS. The
probe file makes the user's later queries that stay on the subject and can be adapted follow-ups of the candidate, as
earlier query-log checks did, and only where the user gives none the same-kind ones, as round 72 did with AfriQA's
questions. The kind is a rough guide for the writer, who reads each query.

    python -m tooling.lead_checks.round92_sample
"""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass
from datetime import datetime, timedelta

from tooling.lead_checks.mirrors import (
    MIRRORS,
    Candidate,
    Cited,
    cited_earlier,
    first_unseen,
    kind_of,
    normalised,
    one_line,
    print_left_out,
    print_quietly,
    ranked_with_later_of_kind,
    sample,
    stored_in_folder,
)

SEED = 92
FOLLOW_UPS = 4
SESSION_NEXT = 5
OWN_FILE = "probes_round92_lead_check.yml"
SOURCE = "SogouQ"  # its name in citations and in the ranked output

SOGOUQ = MIRRORS / "OscarJin+SogouQ-Data-Analysis" / "repo"
# The commit read (the repository's newest when mirrored).
SOGOUQ_COMMIT = "de9dac4c9d3385db165b07f135d1453962c6f231"
FOLDER = "src/data"
NAME = "SogouQ.sample"
ENCODING = "gb18030"  # as the Sogou Lab released the log
# A record: time, user id, the query in square brackets, the clicked URL's rank and the click's order, the URL.
RECORD = re.compile(r"^(?P<time>\d\d:\d\d:\d\d)\t(?P<user>\d+)\t\[(?P<text>.*)\]\t\d+ \d+\t")

# Film, TV, actor, book and music words, as Sogou's searchers type them (Chinese has no word boundaries; 歌 is not the
# 歌 of 谷歌, Google).
SCREEN_WORDS = re.compile(
    r"电影|影片|影视|影院|大片|三级片|片尾曲|片头曲|主题曲|主题歌|插曲|电视剧|连续剧|电视|剧情|剧集|全集|第\d+集|"
    r"在线观看|在线看|观看|演员|主演|出演|演过|导演|明星|角色|动漫|动画|漫画|综艺|节目|"
    r"(?<!谷)歌|唱|专辑|音乐|演唱会|乐队|乐团|小说|作者|作家|电子书|书籍|图书|读书|诗|"
    r"(?i:mp3|\bmv\b|mtv|txt|dvd|rmvb)",
)
# What a query asks about, by its wording, the first that matches.
SUBJECT_KINDS = (
    (
        "music",
        re.compile(
            r"片尾曲|片头曲|主题曲|主题歌|插曲|(?<!谷)歌|唱|专辑|音乐|演唱会|乐队|乐团|(?i:mp3|\bmv\b|mtv)",
        ),
    ),
    ("book", re.compile(r"小说|作者|作家|电子书|书籍|图书|读书|诗|漫画|(?i:txt)")),
    ("person", re.compile(r"演员|主演|出演|演过|导演|明星|角色")),
    (
        "work",
        re.compile(
            r"电影|影片|影视|影院|大片|三级片|电视剧|连续剧|电视|剧情|剧集|全集|第\d+集|在线观看|在线看|观看|动漫|"
            r"动画|综艺|节目|(?i:dvd|rmvb)",
        ),
    ),
)
CITED_SOGOUQ = re.compile(r"\bSogouQ\s+(\d+)\b")


@dataclass(frozen=True)
class Query:
    line: int  # the record's line number in the file, from 1
    time: datetime
    user: str  # the anonymous cookie id, as the log gives it
    text: str
    kind: str  # a SUBJECT_KINDS name, or "" when none matches

    @property
    def cited(self) -> str:
        return str(self.line)


def log_text() -> str:
    """The sample file at SOGOUQ_COMMIT, decoded from GB18030 (mirrors.git_text reads UTF-8 only); none when the
    mirror does not hold it."""
    if NAME not in stored_in_folder(SOGOUQ, SOGOUQ_COMMIT, FOLDER + "/"):
        return ""
    shown = subprocess.run(
        ["git", "-C", str(SOGOUQ), "show", f"{SOGOUQ_COMMIT}:{FOLDER}/{NAME}"], capture_output=True, check=True
    )
    return shown.stdout.decode(ENCODING)


def queries() -> list[Query]:
    """Every record's query in file order (the log's time order); a query clicked twice is two records, both kept
    here."""
    found: list[Query] = []
    for number, line in enumerate(log_text().splitlines(), 1):
        matched = RECORD.match(line)
        if not matched:
            continue
        text = one_line(matched.group("text"))
        if text:
            time = datetime.strptime(matched.group("time"), "%H:%M:%S")
            found.append(Query(number, time, matched.group("user"), text, kind_of(text, SUBJECT_KINDS)))
    return found


def where(query: Query) -> str:
    return f"{SOURCE} {query.cited} {query.time:%H:%M:%S} user {query.user} ({query.kind or '-'})"


def pool(skip: Cited) -> tuple[list[Candidate], int]:
    """The pool, each candidate with its user's later queries and its same-kind later candidates, and how many of the
    pool's queries an earlier probe file cites, quotes or asks."""
    every = queries()
    by_user: dict[str, list[Query]] = {}
    for query in every:
        by_user.setdefault(query.user, []).append(query)
    screen = [query for query in every if SCREEN_WORDS.search(query.text)]
    seen = {query for query in screen if query.cited in skip.ids[SOURCE] or normalised(query.text) in skip.texts}
    kept = first_unseen(screen, lambda query: query.text, lambda query: query in seen)
    ranked = ranked_with_later_of_kind(kept, SOURCE, where, SEED, FOLLOW_UPS)
    rank = {normalised(candidate.text): position for position, candidate in enumerate(ranked_order(ranked), 1)}
    with_user = []
    for query, candidate in zip(kept, ranked, strict=True):
        later = user_later(by_user[query.user], query, skip)
        lines = tuple(
            f"user +{seconds(other.time - query.time)}s: "
            f"{f'{SOURCE}#{rank[normalised(other.text)]} ' if normalised(other.text) in rank else ''}"
            f"{SOURCE} {other.cited}: {other.text}"
            for other in later
        )
        with_user.append(Candidate(candidate.source, candidate.where, candidate.text, lines + candidate.follow_ups))
    return with_user, len(seen)


def ranked_order(pool: list[Candidate]) -> list[Candidate]:
    """The pool in print_samples' seeded order (the same shuffle ranked_with_later_of_kind ranks by)."""
    return sample(pool, len(pool), SEED)


def user_later(queries: list[Query], query: Query, skip: Cited) -> list[Query]:
    """The same user's queries after `query` in the file, each text once and none the query's own text nor one an
    earlier probe file cites, quotes or asks, at most SESSION_NEXT."""
    texts = {normalised(query.text)}
    later = []
    for other in queries:
        if other.line <= query.line:
            continue
        key = normalised(other.text)
        if key in texts or key in skip.texts or other.cited in skip.ids[SOURCE]:
            continue
        texts.add(key)
        later.append(other)
        if len(later) == SESSION_NEXT:
            break
    return later


def seconds(gap: timedelta) -> int:
    return int(gap.total_seconds())


def main() -> None:
    skip = cited_earlier(OWN_FILE, {SOURCE: CITED_SOGOUQ}, asks=True)
    found, seen = pool(skip)
    print_left_out(((SOURCE, seen),))
    print_quietly(((SOURCE, found, len(found)),), SEED)


if __name__ == "__main__":
    main()
