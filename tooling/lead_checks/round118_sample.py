"""The lead's round-118 check set: a seeded random sample of the query pairs of the FollowUp dataset (a question and
the follow-up the same writer asked right after it, leaning on it: "which series has the max viewers ?" -> "what is its
original air date ?") whose Wikipedia table is about films, TV, actors, books or music (and the pairs about other
tables that use a film, TV, book or music word), each with its own follow-up and the later-ranked pairs asked about the
same table.

Reads one dataset from its mirror on this machine (`git show <commit>:<path>`, nothing is downloaded):

- FollowUp (Qian Liu, Bei Chen, Jian-Guang Lou, Ge Jin and Dongmei Zhang, "FANDA: A Novel Approach to Perform
  Follow-up Query Analysis", AAAI 2019): 1,000 query triples on 120 Wikipedia tables (taken from WikiSQL's tables; no
  WikiSQL question is read or used), each a precedent query, the follow-up query asked right after it in the writer's
  own words (ellipsis and pronouns: "how about before ?", "what is its original air date ?", "show the air date of
  those two titles ."), and a fused query that the annotators wrote to resolve the follow-up (never read). Read from
  the authors' repository SivilTaram/FollowUp at commit cea8f07 (cea8f0794fc29ea7af78570ec2908ad17d80deee,
  2019-08-22, its newest): data/train.tsv (114 kB) and data/test.tsv (29 kB), one triple a line, "precedent <TAB>
  follow-up <TAB> fused <TAB> table id", the table id being the line (from 1) of data/tables.jsonl (939 kB: each
  table's page title, section title, caption and header are read, never its rows); all three present (real blobs, no
  LFS pointer, no missing blob; the mirror's ls-tree gives their sizes). The queries are kept as typed, their casing,
  spacing before punctuation and spelling ("chassises", "avg", "compare result of that date to date 8 ."). Licence:
  Apache-2.0 (the repository's LICENSE). Cited as `FollowUp <split> <line>` (the line of train.tsv or test.tsv, from 1).

Pool: the triples (train.tsv then test.tsv, each in file order) whose table's page title, section title, caption or
header uses a film, TV, actor, book or music word (SCREEN_WORDS below: "Directed by", "Written by", "Original air
date", "Song", "Performer", "Studio", "Role", a filmography, an album's accolades), or whose two queries do; the
filter also lets in tables where such a word has another sense (a "Television service" list of Italian sports
channels, a list of NHL "broadcasters", a "Series" column of motor racing, a baseball team's "Role with Dodgers"), and
they come with the rest of the sample. A precedent repeated (compared without case or punctuation) is kept once, at
its first place; triples an earlier probe file cites, quotes or asks are left out (counts only are printed).

Each candidate prints its own follow-up query first ("follow-up:", the writer's next turn, which the probe file makes
the candidate's second turn), then the later-ranked candidates asked about the same table (its kind is `table <id>`)
with their ranks in the seeded order, at most FOLLOW_UPS, which the probe file may add as a third and fourth turn.

    python -m tooling.lead_checks.round118_sample
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from tooling.lead_checks.mirrors import (
    MIRRORS,
    Candidate,
    Cited,
    cited_earlier,
    git_text,
    one_line,
    print_left_out,
    print_quietly,
    ranked_with_later_of_kind,
    unseen,
)

SEED = 118
FOLLOW_UPS = 2
OWN_FILE = "probes_round118_lead_check.yml"
SOURCE = "FollowUp"  # its name in citations and in the ranked output

FOLLOWUP = MIRRORS / "SivilTaram+FollowUp" / "repo"
# The commit read (the repository's newest when mirrored).
FOLLOWUP_COMMIT = "cea8f0794fc29ea7af78570ec2908ad17d80deee"
SPLITS = (("train", "data/train.tsv"), ("test", "data/test.tsv"))
TABLES = "data/tables.jsonl"

# Film, TV, actor, book and music words, as Wikipedia's tables and the writers' queries use them.
SCREEN_WORDS = re.compile(
    r"\b(?:movies?|films?|filmography|cinemas?|actors?|actress(?:es)?|cast|characters?|roles?|directors?|directed|"
    r"screenplay|writers?|written|teleplay|story by|episodes?|series|air ?dates?|aired|airdate|viewers|ratings|tv|"
    r"television|broadcast(?:ers?)?|dramas?|sitcoms?|studios?|box office|novels?|books?|authors?|comics?|songs?|"
    r"singers?|albums?|artists?|performers?|recordings?|music|eurovision|accolades?)\b",
    re.IGNORECASE,
)
CITED_FOLLOWUP = re.compile(r"\bFollowUp\s+(train|test)\s+(\d+)\b")


@dataclass(frozen=True)
class Table:
    number: int  # its line in tables.jsonl, from 1
    title: str  # page title, section title and caption, as far as given
    header: str

    @property
    def screen(self) -> bool:
        return bool(SCREEN_WORDS.search(self.title) or SCREEN_WORDS.search(self.header))


@dataclass(frozen=True)
class Pair:
    split: str
    line: int  # from 1
    text: str  # the precedent query, as typed
    follow_up: str  # the follow-up query, as typed
    table: Table

    @property
    def kind(self) -> str:
        return f"table {self.table.number}"

    @property
    def cited(self) -> tuple[str, str]:
        return (self.split, str(self.line))


def tables() -> dict[int, Table]:
    found: dict[int, Table] = {}
    for number, line in enumerate(git_text(FOLLOWUP, TABLES, FOLLOWUP_COMMIT).splitlines(), 1):
        table = json.loads(line)
        parts = (table.get("page_title"), table.get("section_title"), table.get("caption"))
        title = " / ".join(dict.fromkeys(one_line(str(part)) for part in parts if part))
        header = " | ".join(one_line(str(cell)) for cell in table["header"])
        found[number] = Table(number, title or "(untitled)", header)
    return found


def pairs() -> list[Pair]:
    """The triples whose table or queries use a SCREEN_WORDS word, train then test, in file order (the fused query is
    never read)."""
    by_number = tables()
    found: list[Pair] = []
    for split, path in SPLITS:
        for line, row in enumerate(git_text(FOLLOWUP, path, FOLLOWUP_COMMIT).splitlines(), 1):
            fields = row.split("\t")
            if len(fields) < 4 or not fields[3].strip().isdigit():
                continue
            text, follow_up = one_line(fields[0]), one_line(fields[1])
            table = by_number.get(int(fields[3]))
            if not text or table is None:
                continue
            if table.screen or SCREEN_WORDS.search(text) or SCREEN_WORDS.search(follow_up):
                found.append(Pair(split, line, text, follow_up, table))
    return found


def where(pair: Pair) -> str:
    by_words = "" if pair.table.screen else ", by its words"
    return f"{SOURCE} {pair.split} {pair.line} ({pair.kind}: {pair.table.title} [{pair.table.header}]{by_words})"


def pool(skip: Cited) -> tuple[list[Candidate], int]:
    """The pool, each candidate with its own follow-up and its same-table later candidates, and how many triples an
    earlier probe file cites, quotes or asks."""
    kept, seen = unseen(pairs(), lambda pair: pair.cited, lambda pair: pair.text, skip, SOURCE)
    ranked = ranked_with_later_of_kind(kept, SOURCE, where, SEED, FOLLOW_UPS)
    found = [
        Candidate(SOURCE, candidate.where, candidate.text, (f"follow-up: {pair.follow_up}", *candidate.follow_ups))
        for pair, candidate in zip(kept, ranked, strict=True)
    ]
    return found, seen


def main() -> None:
    skip = cited_earlier(OWN_FILE, {SOURCE: CITED_FOLLOWUP}, asks=True)
    found, seen = pool(skip)
    print(f"# {SOURCE} commit {FOLLOWUP_COMMIT}")
    print_left_out(((SOURCE, seen),), unit="query pairs")
    print_quietly(((SOURCE, found, len(found)),), SEED)


if __name__ == "__main__":
    main()
