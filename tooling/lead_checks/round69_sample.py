"""The lead's round-69 check set: a seeded random sample of the questions that crowd workers, playing the curious
apprentice in Wizard of Wikipedia's conversations, asked about films, TV, actors, books and music, as two later
benchmarks built on those conversations store them (BEGIN and FaithDial's data audit), each with the later-ranked
questions about the same kind of work.

Reads two datasets from their mirrors on this machine (`git show <commit>:<path>`, nothing is downloaded):

- BEGIN (Nouha Dziri, Hannah Rashkin, Tal Linzen and David Reitter, "Evaluating Attribution in Dialogue Systems: The
  BEGIN Benchmark", TACL 2022): responses of four dialogue models annotated for whether their knowledge supports
  them, each beside the turn said before it (`message`). Its Wizard of Wikipedia part (Emily Dinan, Stephen Roller,
  Kurt Shuster, Angela Fan, Michael Auli and Jason Weston, "Wizard of Wikipedia: Knowledge-Powered Conversational
  Agents", ICLR 2019) takes that turn from the original conversations between two crowd workers, the apprentice
  typing what they wonder or like about a topic ("What was he in?"). Read from google/BEGIN-dataset at commit 6e65f0d
  (2022-05-27, its newest): wow/begin_dev_wow.tsv (430 rows) and wow/begin_test_wow.tsv (3,607 rows), both present.
  Only the `message` column is read, never the knowledge, the model's response or the label. Licence: CC BY 4.0
  (wow/LICENSE and wow/NOTICE: the Wizard of Wikipedia conversation histories, CC BY 4.0 from Facebook, Inc.). Cited
  as `BEGIN <split> <row>` (dev or test; the row its place among the file's data rows, from 1).
- FaithDial's data audit (Nouha Dziri, Ehsan Kamalloo, Sivan Milton, Osmar Zaiane, Mo Yu, Edoardo M. Ponti and Siva
  Reddy, "FaithDial: A Faithful Benchmark for Information-Seeking Dialogue", TACL 2022; "On the Origin of
  Hallucinations in Conversational Models", NAACL 2022): 200 Wizard of Wikipedia turns per file, the gold response
  and three models' responses annotated for hallucination, each beside the turn before it (`history`). Read from
  McGill-NLP/FaithDial at commit 25671c6 (2023-02-04, its newest): data-audit/gold/wow.csv, data-audit/GPT2/
  gpt2_processed_wow.csv, data-audit/CTRL/ctrl_processed_wow.csv and data-audit/DoHA/doha_processed_wow.csv, all
  present. Only `history` is read. The files' CMU-DoG and Topical-Chat parts are not read (both sets already used).
  Licence: MIT (the repository's LICENSE). Cited as `FaithDial audit <folder> <row>` (row from 1).

Neither source keeps whole conversations: each row holds one earlier turn. So the multi-turn conversations are made
as earlier rounds made them for single-question sets: each candidate lists the later-ranked candidates that ask about
the same kind of work (KINDS: a song or band, a book, a TV programme, a film), and the probe file makes those that can
be adapted follow-ups of it.

Pool: the `message`/`history` turns that hold a sentence ending in "?" and use a SCREEN_WORDS word, taken whole, each
text once (compared without case or punctuation) across both sources, BEGIN first; FaithDial's turns that BEGIN
already holds are not listed again. Turns that any tests/nlu/probes*.yml already cites, quotes or asks word for word
are left out; only how many is printed. Each pool is shuffled with seed 69 and printed in that order.

    python -m tooling.lead_checks.round69_sample [--begin N] [--faithdial N]
"""

from __future__ import annotations

import argparse
import csv
import io
import re
from dataclasses import dataclass

from tooling.lead_checks.mirrors import (
    MIRRORS,
    Cited,
    asks,
    cited_earlier,
    first_unseen,
    git_text,
    kind_of,
    normalised,
    one_line,
    print_left_out,
    print_quietly,
    ranked_with_later_of_kind,
)

SEED = 69
FOLLOW_UPS = 6  # later same-kind questions printed per candidate
OWN_FILE = "probes_round69_lead_check.yml"

BEGIN = MIRRORS / "google+BEGIN-dataset" / "repo"
BEGIN_COMMIT = "6e65f0d5a1ed1b9574643a7640ff1678d4e979b5"  # the repository's newest when mirrored
BEGIN_FILES = (("dev", "wow/begin_dev_wow.tsv"), ("test", "wow/begin_test_wow.tsv"))
BEGIN_SOURCE = "BEGIN"
CITED_BEGIN = re.compile(r"\bBEGIN\s+((?:dev|test)\s+\d+)")

FAITHDIAL = MIRRORS / "McGill-NLP+FaithDial" / "repo"
FAITHDIAL_COMMIT = "25671c6e3aa7d667943b7744a2b91507e7187f83"  # the repository's newest when mirrored
FAITHDIAL_FILES = (
    ("gold", "data-audit/gold/wow.csv"),
    ("GPT2", "data-audit/GPT2/gpt2_processed_wow.csv"),
    ("CTRL", "data-audit/CTRL/ctrl_processed_wow.csv"),
    ("DoHA", "data-audit/DoHA/doha_processed_wow.csv"),
)
FAITHDIAL_SOURCE = "FaithDial"
CITED_FAITHDIAL = re.compile(r"\bFaithDial\s+audit\s+(\w+\s+\d+)")

# Film, TV, actor, book and music words as the apprentices type them; "show" only as a programme, "book" not as the
# verb, "read" as reading.
SCREEN_WORDS = re.compile(
    r"\b(?:movies?|films?|cinemas?|actors?|actress(?:es)?|acting|starr(?:ed|ing)|characters?|directors?|directed|"
    r"sequels?|episodes?|series(?! of)|tv|television|netflix|hulu|trailers?|sitcoms?|cartoons?|anime|hollywood|"
    r"oscars?|documentar(?:y|ies)|(?:tv|talk|game|reality|cooking|favou?rite|the|that|this|a) shows?|novels?|"
    r"books?(?! (?:a|an|the|tickets?|flights?|trips?|rooms?)\b)|authors?|writers?|wr[io]te|written|fiction|"
    r"read|reads|reading|comics?|manga|songs?|singers?|sing|sings|singing|sang|bands?|albums?|music|musicians?|"
    r"musicals?|lyrics|soundtracks?|composers?|concerts?|rappers?|comed(?:y|ies)|thrillers?|horror|operas?)\b",
    re.IGNORECASE,
)
# The kind of work a question is about, for the follow-ups: the first that matches.
KINDS = (
    (
        "music",
        re.compile(r"\b(?:songs?|singers?|sing\w*|sang|bands?|albums?|music\w*|lyrics|concerts?|rappers?)\b", re.I),
    ),
    (
        "book",
        re.compile(r"\b(?:books?|novels?|authors?|writers?|wr[io]te|written|read\w*|fiction|comics?|manga)\b", re.I),
    ),
    ("tv", re.compile(r"\b(?:tv|television|shows?|series|episodes?|sitcoms?|netflix|cartoons?|anime)\b", re.I)),
    (
        "film",
        re.compile(r"\b(?:movies?|films?|cinemas?|actors?|actress\w*|acting|directors?|hollywood|oscars?)\b", re.I),
    ),
)


@dataclass(frozen=True)
class Turn:
    file: str  # BEGIN's split or FaithDial's folder
    row: int  # its place among the file's data rows, from 1
    text: str

    @property
    def kind(self) -> str:
        return kind_of(self.text, KINDS)


def rows(repo, commit: str, path: str, column: str, delimiter: str) -> list[str]:
    """One column of a stored table, each value on one line."""
    quoting = csv.QUOTE_NONE if delimiter == "\t" else csv.QUOTE_MINIMAL
    reader = csv.DictReader(io.StringIO(git_text(repo, path, commit)), delimiter=delimiter, quoting=quoting)
    return [one_line(row[column] or "") for row in reader]


def screen_turns(texts: list[str], file: str) -> list[Turn]:
    return [Turn(file, row, text) for row, text in enumerate(texts, 1) if asks(text) and SCREEN_WORDS.search(text)]


def begin_turns() -> list[Turn]:
    found: list[Turn] = []
    for split, path in BEGIN_FILES:
        found.extend(screen_turns(rows(BEGIN, BEGIN_COMMIT, path, "message", "\t"), split))
    return found


def faithdial_turns() -> list[Turn]:
    found: list[Turn] = []
    for folder, path in FAITHDIAL_FILES:
        found.extend(screen_turns(rows(FAITHDIAL, FAITHDIAL_COMMIT, path, "history", ","), folder))
    return found


def kept_turns(every: list[Turn], source: str, skip: Cited, also_seen: set[str]) -> tuple[list[Turn], int]:
    """The turns no earlier probe file cites, quotes or asks, each text once, less those in `also_seen`; and how many
    an earlier probe file uses."""
    used = {
        turn for turn in every if f"{turn.file} {turn.row}" in skip.ids[source] or normalised(turn.text) in skip.texts
    }
    kept = first_unseen(every, lambda turn: turn.text, lambda turn: turn in used or normalised(turn.text) in also_seen)
    return kept, len(used)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--begin", type=int, default=0, help="BEGIN candidates to print (0: the whole pool)")
    parser.add_argument("--faithdial", type=int, default=0, help="FaithDial candidates to print (0: the whole pool)")
    args = parser.parse_args()
    skip = cited_earlier(OWN_FILE, {BEGIN_SOURCE: CITED_BEGIN, FAITHDIAL_SOURCE: CITED_FAITHDIAL}, asks=True)
    begin, begin_used = kept_turns(begin_turns(), BEGIN_SOURCE, skip, set())
    faithdial, faithdial_used = kept_turns(
        faithdial_turns(), FAITHDIAL_SOURCE, skip, {normalised(turn.text) for turn in begin}
    )
    print_left_out(((BEGIN_SOURCE, begin_used), (FAITHDIAL_SOURCE, faithdial_used)))

    def where(source: str):
        return lambda turn: f"{'audit ' if source == FAITHDIAL_SOURCE else ''}{turn.file} {turn.row}"

    pools = (
        (
            BEGIN_SOURCE,
            ranked_with_later_of_kind(begin, BEGIN_SOURCE, where(BEGIN_SOURCE), SEED, FOLLOW_UPS),
            args.begin,
        ),
        (
            FAITHDIAL_SOURCE,
            ranked_with_later_of_kind(faithdial, FAITHDIAL_SOURCE, where(FAITHDIAL_SOURCE), SEED, FOLLOW_UPS),
            args.faithdial,
        ),
    )
    print_quietly(tuple((source, pool, count or len(pool)) for source, pool, count in pools), SEED)


if __name__ == "__main__":
    main()
