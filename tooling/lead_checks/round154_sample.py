"""The lead's round-154 check set: a seeded random sample of the questions that real users typed into GitHub issues
(titles and bodies run together, as Ticket Tagger's data gives them), one candidate per issue, each with the same
issue's next questions, the asker's own follow-ups.

Reads one dataset from its mirror on this machine (`git show <commit>:<path>`, nothing is downloaded):

- Ticket Tagger's GitHub issues (Rafael Kallis, Andrea Di Sorbo, Gerardo Canfora and Sebastiano Panichella, "Ticket
  Tagger: Machine Learning Driven Issue Classification", ICSME 2019, and "Predicting issue types on GitHub", Science of
  Computer Programming 205, 2021): issues that users opened on public GitHub repositories of every kind (libraries,
  apps, games, media tools), each labelled bug, enhancement or question by the repository's own label. Read from the
  copy in ChristianBirchler/ticket-tagger-analysis (Tim Moser, David Steiger, Christian Birchler, Lara Fried,
  Sebastiano Panichella and Rafael Kallis, "Machine Learning Model Evaluations for GitHub Issue Classification",
  2020) at commit 5ec53ee (5ec53eedcb7e654f00ac6976f277bfc865f5e9bd, 2021-03-01, its newest; the file entered in
  e878c1a, 2020-11-24): datasets/preprocessing/balancing/rafaels-rebalanced-dataset-only-english.txt, Kallis's
  rebalanced English sample (3,689 issues, 1,230 of each label), present (2.9 MB; a real blob, not an LFS pointer;
  the repository's pandas files and the other preprocessing/*.txt files are absent blobs and are not read). One issue
  a line in fastText form, `__label__<label> "<title> <body>"`, the title and body run together as typed (quotes
  doubled inside). Licence: GPL-3.0 (the repository's LICENSE and README, a derivative of Ticket Tagger, GPL-3.0).
  Cited as `TicketTagger <line>` (the issue's line in the file, from 1).

Pool: the issues (in file order) that hold a question of their own words: a sentence ending in "?" of MIN_CHARS to
MAX_CHARS characters with no code, path, link or markup in it (CODE below); the candidate is the issue's first such
question, and its next ones (at most FOLLOW_UPS) are printed under it as the same asker's follow-ups. A text repeated
(compared without case or punctuation) is kept once, at its first place; issues an earlier probe file cites, quotes
or asks are left out (counts only are printed).

    python -m tooling.lead_checks.round154_sample
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tooling.lead_checks.mirrors import (
    MIRRORS,
    SENTENCE,
    Candidate,
    Cited,
    cited_earlier,
    git_text,
    one_line,
    print_one_pool,
    unseen,
)

SEED = 154
FOLLOW_UPS = 3
MIN_CHARS = 12
MAX_CHARS = 200
OWN_FILE = "probes_round154_lead_check.yml"
SOURCE = "TicketTagger"  # its name in citations and in the ranked output

TICKET_TAGGER = MIRRORS / "ChristianBirchler+ticket-tagger-analysis" / "repo"
# The commit read (the repository's newest when mirrored).
TICKET_TAGGER_COMMIT = "5ec53eedcb7e654f00ac6976f277bfc865f5e9bd"
ISSUES = "datasets/preprocessing/balancing/rafaels-rebalanced-dataset-only-english.txt"
LINE = re.compile(r'^__label__(\w+)\s+"?(.*?)"?\s*$')
# Code, paths, links and markup: a question holding any of these is not read as a person's words.
CODE = re.compile(r"[`{}\[\]<>=\\|$#@~^*]|https?:|www\.|\w/\w|\w\.\w+\(|::|->|\b\w+_\w+\b")
CITED_TICKET_TAGGER = re.compile(r"\bTicketTagger\s+(\d+)\b")


@dataclass(frozen=True)
class Issue:
    line: int  # the issue's line in the file, from 1
    label: str  # bug, enhancement or question
    questions: tuple[str, ...]  # its questions, in the order typed

    @property
    def text(self) -> str:
        return self.questions[0]

    @property
    def cited(self) -> str:
        return str(self.line)


def questions_of(text: str) -> tuple[str, ...]:
    """The sentences of a text that ask, as typed, without code, paths or links, MIN_CHARS to MAX_CHARS long."""
    found = []
    for sentence in SENTENCE.findall(one_line(text)):
        asked = sentence.strip()
        if asked.endswith("?") and MIN_CHARS <= len(asked) <= MAX_CHARS and not CODE.search(asked):
            found.append(asked)
    return tuple(found)


def issues() -> list[Issue]:
    """The issues of the file that ask a question of their own words, in file order."""
    found: list[Issue] = []
    for number, raw in enumerate(git_text(TICKET_TAGGER, ISSUES, TICKET_TAGGER_COMMIT).splitlines(), 1):
        matched = LINE.match(raw)
        if not matched:
            continue
        asked = questions_of(matched.group(2).replace('""', '"'))
        if asked:
            found.append(Issue(number, matched.group(1), asked))
    return found


def where(issue: Issue) -> str:
    return f"{SOURCE} {issue.line} ({issue.label})"


def pool(skip: Cited) -> tuple[list[Candidate], int]:
    """The pool, each candidate with the same issue's next questions, and how many of its issues an earlier probe
    file cites, quotes or asks."""
    kept, seen = unseen(issues(), lambda issue: issue.cited, lambda issue: issue.text, skip, SOURCE)
    found = [
        Candidate(
            SOURCE,
            where(issue),
            issue.text,
            tuple(f"turn {turn}: {text}" for turn, text in enumerate(issue.questions[1 : FOLLOW_UPS + 1], 2)),
        )
        for issue in kept
    ]
    return found, seen


def main() -> None:
    skip = cited_earlier(OWN_FILE, {SOURCE: CITED_TICKET_TAGGER}, asks=True)
    found, seen = pool(skip)
    print_one_pool(SOURCE, found, seen, SEED)


if __name__ == "__main__":
    main()
