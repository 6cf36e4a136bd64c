"""The lead's round-156 check set: a seeded random sample of the sentences that IMDb users wrote in their reviews of
the film Wicked (2024), each with the later-ranked sentences of the same review.

Reads one dataset from its mirror on this machine (`git show <commit>:<path>`, nothing is downloaded):

- IMDb user reviews of Wicked (2024) as Hang Nguyen scraped them with her scraper (hangngdata/IMDb_reviews_scraper,
  "Movie Data & IMDb User Reviews Scrapers", published July 2025): 100 reviews that IMDb users posted on the film's
  review page on 19-22 November 2024, each with its title, author, date, rating out of 10, text and helpful votes,
  kept as the viewers typed them (casing, spelling and typos: "amazong", "extrodinary", "WOW!!!"). Read from the
  repository at commit 933297f (933297f22bbe9e541945a409d986fa2e8e0d61d1, 2025-07-18, its newest):
  data/wicked_reviews.csv (143 kB), present (a real blob, not an LFS pointer). The repository's other data files
  (data/cleaned_movie_df.csv, box-office figures from The Numbers; data/url_df.csv, the review pages' links) hold no
  review text and are not read. Licence: MIT (the repository's LICENSE, Copyright (c) 2025 Hang Nguyen); the reviews
  are the IMDb users' own posts. Cited as `IMDbReviews <review>.<sentence>` (the review's place in the file and the
  sentence's place in its text, both from 1).

Pool: every sentence of every review's text (the text made one line, cut after each run of ".", "!" or "?"), of at
least MIN_WORDS words and at most MAX_CHARS characters, in file order. A sentence repeated (compared without case or
punctuation) is kept once, at its first place; sentences an earlier probe file cites, quotes or asks are left out
(counts only are printed). The review titles, ratings and author names are not read into the pool.

Each candidate prints the later-ranked sentences of the same review (its kind is `review <n>`), with their ranks in
the seeded order, at most FOLLOW_UPS: the probe file makes those of them that can be adapted follow-ups of the
candidate, with the names changed the same way, so that a conversation keeps to one viewer's words, as round 105 kept
to the statements about one table.

    python -m tooling.lead_checks.round156_sample
"""

from __future__ import annotations

import csv
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
    unseen,
)

SEED = 156
FOLLOW_UPS = 3
MIN_WORDS = 4
MAX_CHARS = 200
OWN_FILE = "probes_round156_lead_check.yml"
SOURCE = "IMDbReviews"  # its name in citations and in the ranked output

REVIEWS = MIRRORS / "hangngdata+IMDb_reviews_scraper" / "repo"
# The commit read (the repository's newest when mirrored).
REVIEWS_COMMIT = "933297f22bbe9e541945a409d986fa2e8e0d61d1"
REVIEWS_FILE = "data/wicked_reviews.csv"
CITED_REVIEWS = re.compile(r"\bIMDbReviews\s+(\d+\.\d+)\b")


@dataclass(frozen=True)
class Sentence:
    review: int  # the review's place in the file, from 1
    number: int  # the sentence's place in the review's text, from 1
    text: str  # as typed

    @property
    def cited(self) -> str:
        return f"{self.review}.{self.number}"

    @property
    def kind(self) -> str:
        return f"review {self.review}"


def sentences() -> list[Sentence]:
    """The review sentences of MIN_WORDS words to MAX_CHARS characters, in file order."""
    found: list[Sentence] = []
    rows = csv.DictReader(io.StringIO(git_text(REVIEWS, REVIEWS_FILE, REVIEWS_COMMIT)))
    for review, row in enumerate(rows, 1):
        parts = (part.strip() for part in SENTENCE.findall(one_line(row.get("review_content") or "")))
        for number, text in enumerate((part for part in parts if part), 1):
            if len(text.split()) >= MIN_WORDS and len(text) <= MAX_CHARS:
                found.append(Sentence(review, number, text))
    return found


def where(sentence: Sentence) -> str:
    return f"{SOURCE} {sentence.cited} ({sentence.kind})"


def pool(skip: Cited) -> tuple[list[Candidate], int]:
    """The pool, each candidate with its same-review later candidates, and how many of its sentences an earlier
    probe file cites, quotes or asks."""
    kept, seen = unseen(sentences(), lambda found: found.cited, lambda found: found.text, skip, SOURCE)
    return ranked_with_later_of_kind(kept, SOURCE, where, SEED, FOLLOW_UPS), seen


def main() -> None:
    skip = cited_earlier(OWN_FILE, {SOURCE: CITED_REVIEWS}, asks=True)
    found, seen = pool(skip)
    print_left_out(((SOURCE, seen),), unit="sentences")
    print_quietly(((SOURCE, found, len(found)),), SEED)


if __name__ == "__main__":
    main()
