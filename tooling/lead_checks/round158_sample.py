"""The lead's round-158 check set: a seeded random sample of the reviews that people wrote of the Netflix app on the
Google Play Store (as the Kaggle set "Netflix Reviews [DAILY UPDATED]" saved them, copied to GitHub), keeping those
that ask a question, each with the later-ranked reviews of the same kind of subject.

Reads one dataset from its mirror on this machine (`git show <commit>:<path>`, nothing is downloaded):

- Netflix app reviews from the Google Play Store (the reviewers' own words, English as typed, scraped with the
  store's review listing; the Kaggle set by Ashish Kumar, ashishkumarak/netflix-reviews-playstore-daily-updated),
  in the copy that Samarpit Kandhari uploaded for a sentiment-analysis exercise (SamarpitKandhari/
  Netflix-Sentimental-Analysis): netflix_reviews.csv (1.37 MB, present: a real blob, not an LFS pointer), 5,999
  reviews posted 2024-02-10 to 2024-06-12, columns reviewId, userName, content, score, thumbsUpCount,
  reviewCreatedVersion, at, appVersion. Read at commit 5f33134 (5f33134b95f5deb970fdfb2f1750908f802f6c06,
  2024-06-15, the repository's newest when mirrored; the file entered there). Only each review's id and text are
  read: never the reviewer's name, which is never printed. Licence: none stated (the repository holds no licence
  file and a one-line README); the reviews are public store posts, quoted for research as the earlier checks quote
  other sites' posts. Cited as `PlayReview row <n>` (the review's row in the file, from 1, the header not counted),
  with the first 8 hex digits of its reviewId: an id alone does not name one review, since 244 ids occur twice
  (the Kaggle set saved a review again when its reviewer edited it, sometimes with new words).

Pool: the reviews (in file order) that hold a sentence ending in a question mark (mirrors.asks) and are at most
MAX_CHARS characters long, so that one review makes one turn. Most ask about the app (prices, households, casting,
downloads, the brightness) and come with the rest of the sample as off-topic ones. A text repeated (compared without
case or punctuation) is kept once, at its first place; reviews an earlier probe file cites, quotes or asks are left
out (counts only are printed).

The store gives each review alone (no threads), so each candidate prints the later-ranked candidates of the same kind
of subject (KINDS below: the first that its words match), with their ranks in the seeded order, at most FOLLOW_UPS:
the probe file makes those of them that can be adapted follow-ups of the candidate, with the names changed the same
way, as rounds 106 and 108 did.

    python -m tooling.lead_checks.round158_sample
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
    asks,
    cited_earlier,
    git_text,
    kind_of,
    one_line,
    print_left_out,
    print_quietly,
    ranked_with_later_of_kind,
    unseen,
)

SEED = 158
FOLLOW_UPS = 3
MAX_CHARS = 500
OWN_FILE = "probes_round158_lead_check.yml"
SOURCE = "PlayReview"  # its name in citations and in the ranked output

REVIEWS = MIRRORS / "SamarpitKandhari+Netflix-Sentimental-Analysis" / "repo"
# The commit read (the repository's newest when mirrored).
REVIEWS_COMMIT = "5f33134b95f5deb970fdfb2f1750908f802f6c06"
REVIEWS_FILE = "netflix_reviews.csv"
ID_CHARS = 8  # the part of a reviewId printed
# The kinds of subject a review asks about, the first whose words it uses.
KINDS = (
    ("people", re.compile(r"\b(?:actors?|actress(?:es)?|cast|characters?|director|starring)\b", re.IGNORECASE)),
    ("music", re.compile(r"\b(?:songs?|music|soundtracks?|singers?)\b", re.IGNORECASE)),
    ("language", re.compile(r"\b(?:subtitles?|subs|dub(?:bed|bing|s)?|audio|languages?|hindi|english)\b", re.I)),
    (
        "film",
        re.compile(
            r"\b(?:movies?|films?|shows?|series|episodes?|seasons?|anime|k-?dramas?|dramas?|documentar(?:y|ies)|"
            r"titles?|sequels?|ending|trailers?|books?|novels?)\b",
            re.IGNORECASE,
        ),
    ),
)
CITED_REVIEW = re.compile(r"\bPlayReview\s+row\s+(\d+)\b")


@dataclass(frozen=True)
class Review:
    review_id: str  # its first ID_CHARS hex digits
    line: int  # its row in the file, from 1 (the header not counted)
    text: str
    kind: str

    @property
    def cited(self) -> str:
        return str(self.line)


def reviews() -> list[Review]:
    """The asking reviews of at most MAX_CHARS characters, in file order (only the id and text are read)."""
    rows = csv.DictReader(io.StringIO(git_text(REVIEWS, REVIEWS_FILE, REVIEWS_COMMIT)))
    found: list[Review] = []
    for number, row in enumerate(rows, 1):
        text = one_line(row.get("content") or "")
        if text and len(text) <= MAX_CHARS and asks(text):
            found.append(Review(str(row["reviewId"])[:ID_CHARS], number, text, kind_of(text, KINDS)))
    return found


def where(review: Review) -> str:
    return f"{SOURCE} row {review.line} ({review.review_id}, {review.kind or 'app'})"


def pool(skip: Cited) -> tuple[list[Candidate], int]:
    """The pool, each candidate with its same-kind later candidates, and how many of the pool's reviews an earlier
    probe file cites, quotes or asks."""
    kept, seen = unseen(reviews(), lambda review: review.cited, lambda review: review.text, skip, SOURCE)
    return ranked_with_later_of_kind(kept, SOURCE, where, SEED, FOLLOW_UPS), seen


def main() -> None:
    skip = cited_earlier(OWN_FILE, {SOURCE: CITED_REVIEW}, asks=True)
    found, seen = pool(skip)
    print(f"# {SOURCE} commit {REVIEWS_COMMIT}")
    print_left_out(((SOURCE, seen),), unit="reviews")
    print_quietly(((SOURCE, found, len(found)),), SEED)


if __name__ == "__main__":
    main()
