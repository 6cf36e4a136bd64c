"""The lead's round-23 check set: a seeded random sample of real people's film questions from WikiQA.

Reads the dataset from its bare mirror on this machine (`git show HEAD:<path>`, nothing is downloaded):

- WikiQA (Microsoft Research's WikiQA corpus, as carried by rohantilva/Google-Like-Question-Answering-System:
  data/WikiQA/WikiQA-{train,dev,test}.tsv.gz, all three present): real Bing queries phrased as questions, each
  linked to the Wikipedia page that may answer it (`DocumentTitle`). Only the `Question` (the searcher's own text) is
  read, never the answer sentences. The pool is the questions about films, shows, their people, books and songs: a
  question with the screen words of round 22's filter, or one linked to a page whose title marks it as a film, TV
  series, novel, song, album or musical, less sports and instruments. Each candidate prints the pool's other
  questions linked to the same page (other people asking about the same film, show, book or song), which the probe
  file may ask after it in one conversation. A question repeated across splits is kept once, at its first. Cited as
  `WikiQA <split> <QuestionID>`.

Questions that any tests/nlu/probes*.yml already cites are left out: by id (the WikiQA QuestionID) and by text (an
earlier file quoting the original).
The pool is shuffled with a fixed seed and printed in that order. The probe file
tests/nlu/probes_round23_lead_check.yml takes the candidates in this order, skipping only those that cannot be
adapted to a question about this single film (its header says which ranks were skipped).

    python -m tooling.lead_checks.round23_sample [--wikiqa 200]
"""

from __future__ import annotations

import argparse
import csv
import gzip
import io
import re
import subprocess
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from tooling.lead_checks.mirrors import (
    MIRRORS,
    QUOTED,
    Candidate,
    earlier_probe_lines,
    normalised,
    print_samples,
    stored_files,
)
from tooling.lead_checks.round22_sample import NOT_SCREEN, SCREEN_WORDS

WIKIQA = MIRRORS / "rohantilva+Google-Like-Question-Answering-System" / "repo"
SEED = 23

# A Wikipedia page about a film, show, book or song.
SCREEN_PAGE = re.compile(
    r"\((?:\d{4} )?(?:[\w ]+ )?(?:film|TV series|miniseries|novel|book|song|single|album|musical|soundtrack)\)$",
    re.IGNORECASE,
)
CITED_WIKIQA = re.compile(r"\bWikiQA\s+\w+\s+(Q\d+)\b", re.IGNORECASE)


@dataclass
class Cited:
    wikiqa_ids: set[str] = field(default_factory=set)  # "Q<n>"
    texts: set[str] = field(default_factory=set)  # normalised quoted originals


@dataclass(frozen=True)
class Question:
    split: str
    qid: str
    text: str
    page: str


def cited() -> Cited:
    """What earlier probe files already use."""
    found = Cited()
    for line in earlier_probe_lines("probes_round23_lead_check.yml"):
        found.wikiqa_ids.update(CITED_WIKIQA.findall(line))
        found.texts.update(normalised(quoted) for quoted in QUOTED.findall(line))
    return found


def git_gzip_text(repo: Path, path: str) -> str:
    """A gzip-compressed file of a bare mirror, as text."""
    shown = subprocess.run(["git", "-C", str(repo), "show", f"HEAD:{path}"], capture_output=True, check=True)
    return gzip.decompress(shown.stdout).decode("utf-8")


def wikiqa_questions() -> list[Question]:
    """Every question of the three splits once (the files repeat a question for each candidate answer sentence)."""
    questions: list[Question] = []
    seen: set[str] = set()
    present = stored_files(WIKIQA, r"^data/WikiQA/WikiQA-\w+\.tsv\.gz$")
    for split in ("train", "dev", "test"):
        path = f"data/WikiQA/WikiQA-{split}.tsv.gz"
        if path not in present:
            continue
        rows = csv.DictReader(io.StringIO(git_gzip_text(WIKIQA, path)), delimiter="\t", quoting=csv.QUOTE_NONE)
        for row in rows:
            if row["QuestionID"] in seen:
                continue
            seen.add(row["QuestionID"])
            text = " ".join(row["Question"].split())
            questions.append(Question(split, row["QuestionID"], text, row["DocumentTitle"]))
    return questions


def is_screen(question: Question) -> bool:
    if NOT_SCREEN.search(question.text):
        return False
    return bool(SCREEN_WORDS.search(question.text) or SCREEN_PAGE.search(question.page))


def wikiqa(skip: Cited) -> list[Candidate]:
    kept: list[Question] = []
    texts: set[str] = set()
    for question in wikiqa_questions():
        key = normalised(question.text)
        if question.qid in skip.wikiqa_ids or key in skip.texts or key in texts or not is_screen(question):
            continue
        texts.add(key)
        kept.append(question)
    by_page: dict[str, list[Question]] = defaultdict(list)
    for question in kept:
        by_page[question.page].append(question)
    pool = []
    for question in kept:
        others = (other for other in by_page[question.page] if other != question)
        same_page = tuple(f"same page: {other.split} {other.qid}: {other.text}" for other in others)
        where = f"{question.split} {question.qid} (page: {question.page})"
        pool.append(Candidate("WikiQA", where, question.text, same_page))
    return pool


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wikiqa", type=int, default=200, help="WikiQA candidates to print")
    args = parser.parse_args()
    print_samples((("WikiQA", wikiqa(cited()), args.wikiqa),), SEED)


if __name__ == "__main__":
    main()
