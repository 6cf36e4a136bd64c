"""The lead's round-130 check set: a seeded random sample of the questions that real users asked on Insurance Library
(insurancelibrary.com), the insurance help site whose questions InsuranceQA gathers, each with the later-ranked
questions of the same site section (its kind of product).

Reads one dataset from its mirror on this machine (`git show <commit>:<path>`, nothing is downloaded):

- InsuranceQA (Minwei Feng, Bing Xiang, Michael R. Glass, Lidan Wang and Bowen Zhou, "Applying Deep Learning to
  Answer Selection: A Study and An Open Task", ASRU 2015): questions that users of the Insurance Library website asked
  in their own words ("The content of this corpus consists of questions from real world users", its README), each
  answered by a professional. Read from the authors' repository shuzi/insuranceQA at commit 5c380dd
  (5c380dd086067adacc2fec3bfa920a78e57bdcf6, 2017-01-16, its newest; version 2 entered in 1c12f46, 2016-05-24): the
  version-2 question file V2/InsuranceQA.question.anslabel.raw.encoded.gz (all 16,889 questions of train, valid and
  test, the raw text "with original version" of each, one line each: <domain> TAB <question> TAB <answer labels>)
  and V2/vocabulary (idx_<n> TAB <original word>), both present (real blobs, 307 kB and 1.3 MB; several other
  files of the repository, the answers among them, are absent blobs and are not wanted). Each question is its
  tokens looked up in the vocabulary and joined by single spaces, as typed (the site's title casing, spelling and
  punctuation kept). Only the domain and the question are read, never the answer labels or answers. Licence: none
  stated beyond the README's "provided as is and for research purpose only" (no licence file). Cited as
  `InsuranceQA <line>` (the question's line in the raw file, from 1).

Pool: every question of the file, in file order, each text once (compared without case or punctuation); questions an
earlier probe file cites, quotes or asks are left out (counts only are printed). The site's sections (life, auto,
home, renters, health, Medicare, disability, long-term care, critical illness insurance, annuities, retirement plans,
other) give each question its kind.

The site has no conversations (each question stands alone), so each candidate prints the later-ranked candidates of
the same section, with their ranks in the seeded order, at most FOLLOW_UPS: the probe file makes those of them that
can be adapted follow-ups of the candidate, with the product named changed the same way, as rounds 106 and 108 did.

    python -m tooling.lead_checks.round130_sample
"""

from __future__ import annotations

import gzip
import re
import subprocess
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
    stored_in_folder,
    unseen,
)

SEED = 130
FOLLOW_UPS = 4
OWN_FILE = "probes_round130_lead_check.yml"
SOURCE = "InsuranceQA"  # its name in citations and in the ranked output

INSURANCEQA = MIRRORS / "shuzi+insuranceQA" / "repo"
# The commit read (the repository's newest when mirrored).
INSURANCEQA_COMMIT = "5c380dd086067adacc2fec3bfa920a78e57bdcf6"
FOLDER = "V2/"
QUESTIONS = "InsuranceQA.question.anslabel.raw.encoded.gz"
VOCABULARY = "vocabulary"
CITED_INSURANCEQA = re.compile(r"\bInsuranceQA\s+(\d+)\b")


@dataclass(frozen=True)
class Question:
    line: int  # the question's line in the raw file, from 1
    text: str
    kind: str  # the site section (domain) it was asked in


def vocabulary() -> dict[str, str]:
    """The vocabulary file: each idx_<n> token with the original word it stands for."""
    words: dict[str, str] = {}
    for row in git_text(INSURANCEQA, FOLDER + VOCABULARY, INSURANCEQA_COMMIT).splitlines():
        token, _, word = row.partition("\t")
        words[token] = word
    return words


def raw_lines() -> list[str]:
    """The gzipped question file, line by line (git_text reads text only)."""
    shown = subprocess.run(
        ["git", "-C", str(INSURANCEQA), "show", f"{INSURANCEQA_COMMIT}:{FOLDER}{QUESTIONS}"],
        capture_output=True,
        check=True,
    )
    return gzip.decompress(shown.stdout).decode("utf-8").splitlines()


def questions() -> list[Question]:
    """Every question of the stored file, in file order, its tokens looked up in the vocabulary."""
    present = stored_in_folder(INSURANCEQA, INSURANCEQA_COMMIT, FOLDER)
    if not {QUESTIONS, VOCABULARY} <= present:
        return []
    words = vocabulary()
    found: list[Question] = []
    for number, row in enumerate(raw_lines(), 1):
        fields = row.split("\t")
        if len(fields) < 2:
            continue
        text = one_line(" ".join(words.get(token, token) for token in fields[1].split()))
        if text:
            found.append(Question(number, text, fields[0]))
    return found


def where(question: Question) -> str:
    return f"{SOURCE} {question.line} ({question.kind})"


def pool(skip: Cited) -> tuple[list[Candidate], int]:
    """The pool, each candidate with its same-section later candidates, and how many of the file's questions an
    earlier probe file cites, quotes or asks."""
    kept, seen = unseen(questions(), lambda question: str(question.line), lambda question: question.text, skip, SOURCE)
    return ranked_with_later_of_kind(kept, SOURCE, where, SEED, FOLLOW_UPS), seen


def main() -> None:
    skip = cited_earlier(OWN_FILE, {SOURCE: CITED_INSURANCEQA}, asks=True)
    found, seen = pool(skip)
    print_left_out(((SOURCE, seen),))
    print_quietly(((SOURCE, found, len(found)),), SEED)


if __name__ == "__main__":
    main()
