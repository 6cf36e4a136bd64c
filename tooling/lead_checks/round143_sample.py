"""The lead's round-143 check set: a seeded random sample of the questions that Yelp reviewers typed into their
reviews of restaurants, bars, shops, hotels and other businesses (English, as typed), each with the later-ranked
questions of the same review and of the same kind of subject.

Reads one dataset from its mirror on this machine (`git show <commit>:<path>`, nothing is downloaded):

- Yelp reviews: reviews that Yelp users wrote in their own words about businesses (mostly in and around Phoenix,
  Arizona), from the Yelp Dataset Challenge data, as a 10,000-review `yelp.csv` (columns `text` and `stars`, among
  others) that Vinh Phu Phan split for a sentiment experiment in the repository vinhphuphan/Yelp-data-preprocessing:
  its preprocess.py keeps each review's text, turns its stars into a label (1 for four stars or more, 0 below) and
  splits the reviews 70/10/20 after a shuffle (random_state 42). Read at commit 4f2cab1
  (4f2cab1c72937fcb8940f2a8c7b9e6a8be13685b, 2023-11-02, its newest; both files read entered in ca02b59, the same
  day): yelp_test.csv (2,000 reviews, 1.4 MB) and yelp_val.csv (1,000 reviews, 0.7 MB), both present (real blobs, not
  LFS pointers; yelp.csv and yelp_train.csv are absent blobs, over the mirror's size limit, and are not read). Each
  row is `label,sentence`: the label is never read; the sentence is the whole review as its writer typed it, line
  breaks included. The README repeats the description of Zhang, Zhao and LeCun's Yelp Review Full set (Yelp Dataset
  Challenge 2015), whose files have other columns; the rows are real Yelp reviews either way. Licence: none stated by
  the repository (no licence file); the reviews come from Yelp's dataset, which Yelp gives out under its Dataset Terms
  of Use (academic, non-commercial use). Cited as `Yelp <split> <row> q<n>`: the split (test or val), the review's
  row in its file (from 1, the header not counted) and the question's place among that review's questions in the pool
  (from 1).

Pool: every sentence of a review (test, then val, each in file order) that ends in a question mark and is
MIN_CHARS-MAX_CHARS characters long, so that one sentence makes one turn; a review's text is cut into sentences at
runs of ".", "!" and "?" and at line breaks. Reviewers ask the reader, the staff or themselves ("how can you go
wrong?"); most of their questions are about food, prices, parking and the like, and come with the rest of the sample.
A text repeated (compared without case or punctuation) is kept once, at its first place; questions an earlier probe
file cites, quotes or asks are left out (counts only are printed).

Each candidate prints the later-ranked candidates of the same review (`later review <split> <row>`), then those of
the same kind of subject (KINDS: the business's people, its ratings and reviews, the place itself, its prices), with
their ranks in the seeded order, at most FOLLOW_UPS of each: the probe file makes those of them that can be adapted
follow-ups of the candidate, with the names changed the same way, so that a conversation stays with one reviewer's
questions or with one subject.

    python -m tooling.lead_checks.round143_sample
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, replace

from tooling.lead_checks.mirrors import (
    MIRRORS,
    Candidate,
    Cited,
    cited_earlier,
    git_text,
    kind_of,
    one_line,
    print_left_out,
    print_quietly,
    ranked_with_later_of_kind,
    stored_in_folder,
    unseen,
)

SEED = 143
FOLLOW_UPS = 3
MIN_CHARS = 12
MAX_CHARS = 200
OWN_FILE = "probes_round143_lead_check.yml"
SOURCE = "Yelp"  # its name in citations and in the ranked output

YELP = MIRRORS / "vinhphuphan+Yelp-data-preprocessing" / "repo"
# The commit read (the repository's newest when mirrored).
YELP_COMMIT = "4f2cab1c72937fcb8940f2a8c7b9e6a8be13685b"
# The files read, each with the name of its split in citations.
SPLITS = (("test", "yelp_test.csv"), ("val", "yelp_val.csv"))
# A sentence: up to a run of ".", "!" or "?" (closing quotes and brackets kept with it), or up to a line break.
SENTENCE = re.compile(r"[^.!?\n]*[.!?]+[\"')\]]*|[^.!?\n]+")
CITED_YELP = re.compile(r"\bYelp\s+(\w+\s+\d+\s+q\d+)\b")
# The kinds of subject a reviewer's question asks about, in the order tried: the first whose words it uses is its
# kind (none: only the same review's later questions follow it). Each has a counterpart in a film: its people, its
# ratings and reviews, the work itself, what it costs to see.
KINDS = (
    (
        "people",
        re.compile(
            r"\b(?:waiters?|waitress(?:es)?|servers?|staff|managers?|management|owners?|chefs?|cooks?|bartenders?|"
            r"host(?:ess)?|employees?|cashiers?|service)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "rating",
        re.compile(r"\b(?:stars?|ratings?|reviews?|reviewed|yelp\w*|recommend\w*|reccomend\w*)\b", re.IGNORECASE),
    ),
    (
        "place",
        re.compile(
            r"\b(?:place|restaurants?|hotels?|motels?|stores?|shops?|bars?|joint|location|bakery|cafe|diner|"
            r"resort|spa|gym|market)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "price",
        re.compile(
            r"\$|\b(?:prices?|priced|pricey|costs?|pay|paid|paying|charg\w+|cheap\w*|expensive)\b", re.IGNORECASE
        ),
    ),
)


@dataclass(frozen=True)
class Question:
    split: str
    row: int  # the review's row in its file, from 1 (the header not counted)
    number: int  # the question's place among the review's questions in the pool, from 1
    text: str
    kind: str  # the first of KINDS whose words the question uses, or ""

    @property
    def cited(self) -> str:
        return f"{self.split} {self.row} q{self.number}"


def review_questions(review: str) -> list[str]:
    """The sentences of a review that end in a question mark, as typed (spaces made single)."""
    found = []
    for sentence in SENTENCE.findall(review):
        text = one_line(sentence)
        if text.rstrip("\"')]").endswith("?"):
            found.append(text)
    return found


def questions() -> list[Question]:
    """The pool's questions, test then val, each in file order (no label is read)."""
    stored = stored_in_folder(YELP, YELP_COMMIT, ".")
    found: list[Question] = []
    for split, name in SPLITS:
        if name not in stored:
            continue
        rows = csv.reader(io.StringIO(git_text(YELP, name, YELP_COMMIT)))
        next(rows, None)  # the header, `label,sentence`
        for row_number, row in enumerate(rows, 1):
            if len(row) < 2:
                continue
            asked = [text for text in review_questions(row[-1]) if MIN_CHARS <= len(text) <= MAX_CHARS]
            found.extend(
                Question(split, row_number, number, text, kind_of(text, KINDS)) for number, text in enumerate(asked, 1)
            )
    return found


@dataclass(frozen=True)
class OfReview:
    """A question seen with its review as its kind, for the later questions of the same review."""

    question: Question

    @property
    def text(self) -> str:
        return self.question.text

    @property
    def kind(self) -> str:
        return f"review {self.question.split} {self.question.row}"


def where(question: Question) -> str:
    kind = f" ({question.kind})" if question.kind else ""
    return f"{SOURCE} {question.cited}{kind}"


def pool(skip: Cited) -> tuple[list[Candidate], int]:
    """The pool, each candidate with its later candidates of the same review and then of the same kind, and how many
    of the pool's questions an earlier probe file cites, quotes or asks."""
    kept, seen = unseen(questions(), lambda question: question.cited, lambda question: question.text, skip, SOURCE)
    of_review = ranked_with_later_of_kind(
        [OfReview(question) for question in kept], SOURCE, lambda found: where(found.question), SEED, FOLLOW_UPS
    )
    of_kind = ranked_with_later_of_kind(kept, SOURCE, where, SEED, FOLLOW_UPS)
    return [
        replace(by_kind, follow_ups=by_review.follow_ups + by_kind.follow_ups)
        for by_review, by_kind in zip(of_review, of_kind, strict=True)
    ], seen


def main() -> None:
    skip = cited_earlier(OWN_FILE, {SOURCE: CITED_YELP}, asks=True)
    found, seen = pool(skip)
    print(f"# {SOURCE} commit {YELP_COMMIT}")
    print_left_out(((SOURCE, seen),))
    print_quietly(((SOURCE, found, len(found)),), SEED)


if __name__ == "__main__":
    main()
