"""The lead's round-155 check set: a seeded random sample of the reviews that Amazon customers wrote of the Amazon Echo
devices they bought (Echo, Echo Dot, Echo Plus, Echo Show, Echo Spot, Fire TV Stick), in English as typed, each with
the later-ranked reviews of the same product variation.

Reads one dataset from its mirror on this machine (`git show <commit>:<path>`, nothing is downloaded):

- Amazon Alexa Reviews (gathered from Amazon.com in 2018 and shared on Kaggle as "Amazon Alexa Reviews"): 3,150
  reviews that customers wrote of Amazon's Alexa devices, with the review date, the product variation (a colour or
  model, "Charcoal Fabric", "Black  Dot", "Configuration: Fire TV Stick") and a feedback flag (1 positive, 0
  negative). Read from the GitHub copy ghdkim/Sentiment-Analysis-on-Amazon-Alexa-Reviews at commit 1d4a874
  (1d4a874b1ac387c23c8b817fb2d164cd6b4f6e43, 2024-03-16, its newest when mirrored): data/amazon_alexa.tsv, present
  (507 kB; no LFS pointer, no missing blob). The file is in the Mac Roman encoding (its apostrophes are byte D5) and
  is read so. The reviews are kept as typed, their casing, spelling, spacing and the HTML entities of the scrape
  (&#34;). Licence: the repository states none (no licence file); the reviews are
  Amazon customers' posts, quoted here for research as the earlier checks quote other sites' posts. Cited as
  `AlexaReviews <row>` (the data row of the file, from 1 after the header).

Pool: the reviews (in file order) of at least MIN_WORDS words and at most MAX_CHARS characters; a review repeated
(compared without case or punctuation; the file holds many twice) is kept once, at its first place; reviews an
earlier probe file cites, quotes or asks are left out (counts only are printed).

Each candidate prints the later-ranked candidates of the same variation (its kind is `variation <name>`), with their
ranks in the seeded order, at most FOLLOW_UPS: the probe file makes those of them that can be adapted follow-ups of
the candidate, with the names changed the same way, so that a conversation stays with one product as the
customers' reviews of one variation do.

    python -m tooling.lead_checks.round155_sample
"""

from __future__ import annotations

import csv
import io
import re
import subprocess
from dataclasses import dataclass

from tooling.lead_checks.mirrors import (
    MIRRORS,
    Candidate,
    Cited,
    cited_earlier,
    one_line,
    print_left_out,
    print_quietly,
    ranked_with_later_of_kind,
    unseen,
)

SEED = 155
FOLLOW_UPS = 6
MIN_WORDS = 6
MAX_CHARS = 400
OWN_FILE = "probes_round155_lead_check.yml"
SOURCE = "AlexaReviews"  # its name in citations and in the ranked output

ALEXA = MIRRORS / "ghdkim+Sentiment-Analysis-on-Amazon-Alexa-Reviews" / "repo"
# The commit read (the repository's newest when mirrored).
ALEXA_COMMIT = "1d4a874b1ac387c23c8b817fb2d164cd6b4f6e43"
REVIEWS = "data/amazon_alexa.tsv"
ENCODING = "mac_roman"
CITED_ALEXA = re.compile(r"\bAlexaReviews\s+(\d+)\b")


@dataclass(frozen=True)
class Review:
    row: int  # the data row, from 1 after the header
    date: str
    variation: str
    text: str  # the review, as typed

    @property
    def kind(self) -> str:
        return f"variation {self.variation}"


def review_file() -> str:
    """The reviews file as text (mirrors.git_text reads UTF-8 only; this file is Mac Roman)."""
    shown = subprocess.run(
        ["git", "-C", str(ALEXA), "show", f"{ALEXA_COMMIT}:{REVIEWS}"], capture_output=True, check=True
    )
    return shown.stdout.decode(ENCODING)


def reviews() -> list[Review]:
    """The file's reviews of MIN_WORDS words to MAX_CHARS characters, in file order (the feedback flag is not read)."""
    rows = csv.reader(io.StringIO(review_file()), delimiter="\t")
    next(rows)  # date, variation, verified_reviews, feedback
    found: list[Review] = []
    for number, fields in enumerate(rows, 1):
        if len(fields) < 3:
            continue
        date, variation, text = fields[0].strip(), one_line(fields[1]), one_line(fields[2])
        if len(text.split()) >= MIN_WORDS and len(text) <= MAX_CHARS:
            found.append(Review(number, date, variation, text))
    return found


def where(review: Review) -> str:
    return f"{review.row} ({review.kind}, {review.date})"


def pool(skip: Cited) -> tuple[list[Candidate], int]:
    """The pool, and how many of its reviews an earlier probe file cites, quotes or asks."""
    kept, seen = unseen(reviews(), lambda found: str(found.row), lambda found: found.text, skip, SOURCE)
    return ranked_with_later_of_kind(kept, SOURCE, where, SEED, FOLLOW_UPS), seen


def main() -> None:
    skip = cited_earlier(OWN_FILE, {SOURCE: CITED_ALEXA}, asks=True)
    found, seen = pool(skip)
    print_left_out(((SOURCE, seen),), unit="reviews")
    print_quietly(((SOURCE, found, len(found)),), SEED)


if __name__ == "__main__":
    main()
