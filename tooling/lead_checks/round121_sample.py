"""The lead's round-121 check set: a seeded random sample of the question sequences that crowd workers wrote for the
Microsoft Research Sequential Question Answering dataset (SQA; Mohit Iyyer, Wen-tau Yih and Ming-Wei Chang, "Search-
based Neural Structured Learning for Sequential Question Answering", ACL 2017), keeping those about Wikipedia tables of
films, TV, actors, books and music (and the off-topic ones the topic words let in), each with the sequence's later
questions, its short follow-ups ("and on what dates?", "which of those ...?").

Reads one dataset from its mirror on this machine (`git show <commit>:<path>`, nothing is downloaded):

- scottyih/DynSP (Wen-tau Yih; the authors' code and data for the ACL 2017 paper), at commit 2b8c459
  (2b8c459a1cf86a7a989733441cfea6d59a2bf1dd, 2018-05-25, its newest when mirrored): data/test.tsv, SQA's test split
  (3,012 questions in 1,025 sequences; the file entered in 125ada6, present, 0.5 MB, no LFS pointer), and the header
  row of each sequence's table, data/table_csv/<table>.csv (all 185 test tables present). Columns: id, annotator,
  position, question, table_file, answer_coordinates, answer_text; the answers are never read. Each sequence (one id
  and annotator) is one worker's decomposition of a WikiTableQuestions question into simple questions asked in turn,
  as in a conversation. Licence: MIT (the repository's LICENSE, Microsoft Corporation). Cited as
  `MSR-SQA <id>/<annotator>` ("MSR-" because earlier files cite StrategyQA as `SQA`).

Pool: the sequences (in file order) whose questions or table header use a film, TV, actor, book or music word
(SCREEN_WORDS), each sequence's first question kept once (compared without case or punctuation); left out, counts
only printed: those an earlier probe file cites, quotes or asks.

    python -m tooling.lead_checks.round121_sample
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass

from tooling.lead_checks.mirrors import (
    MIRRORS,
    Candidate,
    Cited,
    cited_earlier,
    git_text,
    one_line,
    print_one_pool,
    stored_files,
    unseen,
)

SEED = 121
OWN_FILE = "probes_round121_lead_check.yml"
SOURCE = "MSR-SQA"  # its name in citations and in the ranked output

DYNSP = MIRRORS / "scottyih+DynSP" / "repo"
DYNSP_COMMIT = "2b8c459a1cf86a7a989733441cfea6d59a2bf1dd"
QUESTIONS = "data/test.tsv"
TABLES = "data/"  # table_file is relative to data/
SCREEN_WORDS = re.compile(
    r"\b(?:films?|movies?|actors?|actress(?:es)?|roles?|starr(?:ed|ing)|cast|characters?|directors?|directed|"
    r"episodes?|sitcom|albums?|songs?|singles?|soundtracks?|billboard|bands?|singers?|novels?|books?|authors?|"
    r"awards?|nominat\w*|oscars?|grammys?|emmys?|box office)\b",
    re.IGNORECASE,
)
CITED_SQA = re.compile(r"\bMSR-SQA\s+(\S+/\d+)")


@dataclass(frozen=True)
class Sequence:
    id: str
    annotator: str
    table: str
    questions: tuple[str, ...]  # in position order

    @property
    def cited(self) -> str:
        return f"{self.id}/{self.annotator}"


def sequences() -> list[Sequence]:
    """SQA's test sequences, in file order, each question as typed (made one line)."""
    rows = csv.DictReader(io.StringIO(git_text(DYNSP, QUESTIONS, DYNSP_COMMIT)), delimiter="\t")
    grouped: dict[tuple[str, str], list[dict[str, str]]] = {}
    for row in rows:
        grouped.setdefault((row["id"], row["annotator"]), []).append(row)
    return [
        Sequence(
            key[0],
            key[1],
            turns[0]["table_file"],
            tuple(one_line(turn["question"]) for turn in sorted(turns, key=lambda turn: int(turn["position"]))),
        )
        for key, turns in grouped.items()
    ]


def header(table: str, stored: set[str]) -> str:
    """The first row of a sequence's table (its column names), or "" when the mirror does not hold it."""
    path = TABLES + table
    return git_text(DYNSP, path, DYNSP_COMMIT).partition("\n")[0] if path in stored else ""


def on_topic(sequence: Sequence, stored: set[str]) -> bool:
    return bool(SCREEN_WORDS.search(" ".join(sequence.questions) + " " + header(sequence.table, stored)))


def where(sequence: Sequence, stored: set[str]) -> str:
    return f"{SOURCE} {sequence.cited} ({sequence.table}: {header(sequence.table, stored)[:80]})"


def pool(skip: Cited) -> tuple[list[Candidate], int]:
    """The candidates (a sequence's first question, with its later questions as follow-ups) and how many sequences an
    earlier probe file cites, quotes or asks."""
    stored = set(stored_files(DYNSP, r"^data/table_csv/"))
    every = [sequence for sequence in sequences() if on_topic(sequence, stored)]
    kept, seen = unseen(every, lambda sequence: sequence.cited, lambda sequence: sequence.questions[0], skip, SOURCE)
    return [
        Candidate(
            SOURCE,
            where(sequence, stored),
            sequence.questions[0],
            tuple(f"turn {number}: {text}" for number, text in enumerate(sequence.questions[1:], 2)),
        )
        for sequence in kept
    ], seen


def main() -> None:
    skip = cited_earlier(OWN_FILE, {SOURCE: CITED_SQA}, asks=True)
    found, seen = pool(skip)
    print(f"# {SOURCE} commit {DYNSP_COMMIT}")
    print_one_pool(SOURCE, found, seen, SEED)


if __name__ == "__main__":
    main()
