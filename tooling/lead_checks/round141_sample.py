"""The lead's round-141 check set: a seeded random sample of the questions that MyAnimeList users asked in their own
English reviews of Naruto, Naruto Shippuden, One Piece, Bleach and Bleach: Thousand-Year Blood War (parts 1 and 2),
each with the later-ranked questions of the same review.

Reads one dataset from its mirror on this machine (`git show <commit>:<path>`, nothing is downloaded):

- MyAnimeList reviews as Turjoy Das scraped them in August 2025 for "The Big Three: A Comparative Sentiment and Review
  Analysis of Naruto, One Piece and Bleach" (repository TurjoyDas/The-Big-Three-A-Comparative-Sentiment-and-Review-
  Analysis-of-Naruto-One-Piece-and-Bleach): the review pages of the six series on myanimelist.net, 100 to 600 reviews
  a series, 1,800 in all, each row the review's text as its user wrote it (the "Read More" part included), the user's
  score, MyAnimeList's recommendation tag, the review date, the series and a review id that the scraper made from the
  text (a hash: no user name is kept). Read from the repository at commit 3927cc3
  (3927cc32dd563ac1c1407dad0d2dce9e06474686, 2025-09-01, its newest; the raw files entered in 381ae13, 2025-08-23):
  data/raw/<series>_reviews_raw.csv for the six series of SERIES below, all present (real blobs, 184 kB to 1.5 MB;
  the repository's data/analysis/final_analysis.csv and data/exports/tableau_reviews_final.csv are absent blobs and
  are not wanted, and its cleaned copy data/clean/all_reviews_clean.csv, which lower-cases and strips the text, is not
  read). The file saved as Bleach TYBW Part 2 holds, by its reviews' words and dates, reviews of Tite Kubo's Burn the
  Witch (2020), which the scraper reached through the MyAnimeList id it was given; they are read as they are. Only
  each review's text, id, series, score and date are read. Licence: MIT (the repository's LICENSE,
  Copyright (c) 2025 TurjoyDas); the reviews are the MyAnimeList users' own posts on a public site. Cited as
  `MyAnimeList <review id> q<n>` (the review's n-th question, from 1).

Pool: the questions the reviewers wrote inside their reviews: every sentence of a review (mirrors.SENTENCE, after the
scraper's HTML entities such as &quot; are decoded and line breaks made spaces) that ends in a question mark and has
MIN_WORDS to MAX_WORDS words, in file order (SERIES order, then row order); a review id seen twice (the scraper met a
few reviews on two pages) is read at its first row only. Many are rhetorical or lean on the sentence before them; they
come with the rest of the sample. A text repeated (compared without case or punctuation) is kept once, at its first
place; questions an earlier probe file cites, quotes or asks are left out (counts only are printed).

Each candidate prints the later-ranked candidates of the same review (its kind is `review <id>`), with their ranks in
the seeded order, at most FOLLOW_UPS: the probe file makes those of them that can be adapted follow-ups of the
candidate, with the names changed the same way, so that a conversation keeps one reviewer's own questions in the
order the seeded sample gives them.

    python -m tooling.lead_checks.round141_sample
"""

from __future__ import annotations

import csv
import html
import io
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
    print_left_out,
    print_quietly,
    ranked_with_later_of_kind,
    stored_in_folder,
    unseen,
)

SEED = 141
FOLLOW_UPS = 3
MIN_WORDS = 4
MAX_WORDS = 40
OWN_FILE = "probes_round141_lead_check.yml"
SOURCE = "MyAnimeList"  # its name in citations and in the ranked output

BIG_THREE = (
    MIRRORS
    / "TurjoyDas+The-Big-Three-A-Comparative-Sentiment-and-Review-Analysis-of-Naruto-One-Piece-and-Bleach"
    / "repo"
)
# The commit read (the repository's newest when mirrored).
BIG_THREE_COMMIT = "3927cc32dd563ac1c1407dad0d2dce9e06474686"
FOLDER = "data/raw"
# The series whose review files are read, in this order (each file is data/raw/<series>_reviews_raw.csv).
SERIES = (
    "naruto",
    "naruto_shippuden",
    "one_piece",
    "bleach",
    "bleach_tybw_part_1",
    "bleach_tybw_part_2",
)
CITED_MYANIMELIST = re.compile(r"\bMyAnimeList\s+([a-z0-9_]+\s+q\d+)\b")


@dataclass(frozen=True)
class Question:
    review_id: str
    number: int  # the question's place among its review's questions, from 1
    series: str  # the series as the file names it ("Naruto Shippuden")
    score: str  # the reviewer's score out of 10
    date: str  # the review's date as MyAnimeList gives it
    text: str  # the sentence, as typed

    @property
    def cited(self) -> str:
        return f"{self.review_id} q{self.number}"

    @property
    def kind(self) -> str:
        return f"review {self.review_id}"


def review_rows(series: str, stored: set[str]) -> list[dict[str, str]]:
    """A series' review file, row by row (none when its content is not in the mirror)."""
    name = f"{series}_reviews_raw.csv"
    if name not in stored:
        return []
    return list(csv.DictReader(io.StringIO(git_text(BIG_THREE, f"{FOLDER}/{name}", BIG_THREE_COMMIT))))


def asked_in(text: str) -> list[str]:
    """The sentences of a review that end in a question mark and have MIN_WORDS to MAX_WORDS words."""
    sentences = (sentence.strip() for sentence in SENTENCE.findall(one_line(html.unescape(text))))
    return [
        sentence for sentence in sentences if sentence.endswith("?") and MIN_WORDS <= len(sentence.split()) <= MAX_WORDS
    ]


def questions() -> list[Question]:
    stored = stored_in_folder(BIG_THREE, BIG_THREE_COMMIT, FOLDER + "/")
    found: list[Question] = []
    reviews: set[str] = set()
    for series in SERIES:
        for row in review_rows(series, stored):
            review_id = row.get("review_id", "")
            if not review_id or review_id in reviews:
                continue
            reviews.add(review_id)
            for number, text in enumerate(asked_in(row.get("review_text", "")), 1):
                found.append(
                    Question(
                        review_id,
                        number,
                        row.get("series_component", ""),
                        row.get("user_score", ""),
                        row.get("review_date", ""),
                        text,
                    )
                )
    return found


def where(question: Question) -> str:
    return f"{SOURCE} {question.cited} ({question.series}, {question.score}/10, {question.date})"


def pool(skip: Cited) -> tuple[list[Candidate], int]:
    """The pool, each candidate with its same-review later candidates, and how many of the pool's questions an earlier
    probe file cites, quotes or asks."""
    kept, seen = unseen(questions(), lambda question: question.cited, lambda question: question.text, skip, SOURCE)
    return ranked_with_later_of_kind(kept, SOURCE, where, SEED, FOLLOW_UPS), seen


def main() -> None:
    skip = cited_earlier(OWN_FILE, {SOURCE: CITED_MYANIMELIST}, asks=True)
    found, seen = pool(skip)
    print_left_out(((SOURCE, seen),))
    print_quietly(((SOURCE, found, len(found)),), SEED)


if __name__ == "__main__":
    main()
