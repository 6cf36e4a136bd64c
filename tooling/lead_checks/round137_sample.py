"""The lead's round-137 check set: a seeded random sample of the sentences that Goodreads readers wrote in their own
book reviews (the UCSD Book Graph's spoiler-tagged reviews, each sentence marked by its reader as a spoiler or not),
each with the later-ranked sentences of the same review.

Reads one dataset from its mirror on this machine (`git show <commit>:<path>`, nothing is downloaded):

- Goodreads spoiler reviews (Mengting Wan, Rishabh Misra, Ndapa Nakashole and Julian McAuley, "Fine-Grained Spoiler
  Detection from Large-Scale Review Corpora", ACL 2019; the UCSD Book Graph): English reviews that Goodreads users
  wrote about books they read, split into sentences, each with the flag its reader's own spoiler tags give it. The
  authors' file (goodreads_reviews_spoiler.json.gz, 1.38 million reviews) is served from UCSD and Google Drive, not
  from GitHub, and no stored repository holds it; the stored copy read here is the excerpt that Pawel Rzepinski kept
  for his spoiler-detection thesis (rzepinskip/spoiler-detection, supervised by Anna Wroblewska): two JSON-lines
  files of ten reviews each, in the dataset's own format ({"user_id", "timestamp", "review_sentences": [[flag,
  sentence], ...], "rating", "has_spoiler", "book_id", "review_id"}), present at the commits below (real blobs,
  17 kB and 15 kB; the repository's newest commit, 70448409, has removed them). Read: data/goodreads.jsonl at 70eec12
  (70eec129ae5d9e18d240b727bec08e90283524f4, 2020-03-24) and tests/fixtures/goodreads.jsonl at 13f7507
  (13f7507e5668b724cb33ef78ae17082ac0347484, 2020-03-27), which holds ten other reviews; the fixture's other versions
  (b4a7cd3, a791dd7) repeat reviews of data/goodreads.jsonl and add none. Only each sentence's text and place are
  read; the spoiler flags, ratings and user ids are not used. Licence: the repository states none (no licence file);
  the UCSD Book Graph's terms allow academic, non-commercial use. Cited as `Goodreads <review id> <sentence>` (the
  first 8 characters of the review id, the sentence numbered from 1 in its review).

Pool: every sentence of the twenty reviews (file by file, in file order) with at least MIN_WORDS words. A text
repeated (compared without case or punctuation) is kept once, at its first place; sentences an earlier probe file
cites, quotes or asks are left out (counts only are printed).

Each candidate prints the later-ranked candidates of the same review (its kind is `review <id>`), with their ranks in
the seeded order, at most FOLLOW_UPS: the probe file makes those of them that can be adapted follow-ups of the
candidate, with the names changed the same way, so that a conversation stays with one book, as one reader's review
does.

    python -m tooling.lead_checks.round137_sample
"""

from __future__ import annotations

import json
import re
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
    unseen,
)

SEED = 137
FOLLOW_UPS = 4
MIN_WORDS = 3
OWN_FILE = "probes_round137_lead_check.yml"
SOURCE = "Goodreads"  # its name in citations and in the ranked output

SPOILERS = MIRRORS / "rzepinskip+spoiler-detection" / "repo"
# The files read, each at the commit that holds it (the newest commit has removed both).
FILES = (
    ("70eec129ae5d9e18d240b727bec08e90283524f4", "data/goodreads.jsonl"),
    ("13f7507e5668b724cb33ef78ae17082ac0347484", "tests/fixtures/goodreads.jsonl"),
)
ID_CHARS = 8
CITED_GOODREADS = re.compile(r"\bGoodreads\s+([0-9a-f]{8}\s+\d+)\b")


@dataclass(frozen=True)
class Sentence:
    review: str  # the first ID_CHARS characters of the review id
    book: str  # the Goodreads book id
    number: int  # the sentence's place in its review, from 1
    text: str

    @property
    def kind(self) -> str:
        return f"review {self.review}"

    @property
    def cited(self) -> str:
        return f"{self.review} {self.number}"


def sentences() -> list[Sentence]:
    """The sentences of the stored reviews with at least MIN_WORDS words, file by file, in file order; a review
    stored twice is read once (no flag, rating or user id is read)."""
    found: list[Sentence] = []
    reviews: set[str] = set()
    for commit, path in FILES:
        for line in git_text(SPOILERS, path, commit).splitlines():
            if not line.strip():
                continue
            review = json.loads(line)
            review_id = str(review["review_id"])
            if review_id in reviews:
                continue
            reviews.add(review_id)
            for number, (_flag, raw) in enumerate(review["review_sentences"], 1):
                text = one_line(str(raw))
                if len(text.split()) >= MIN_WORDS:
                    found.append(Sentence(review_id[:ID_CHARS], str(review["book_id"]), number, text))
    return found


def where(sentence: Sentence) -> str:
    return f"{SOURCE} {sentence.cited} (book {sentence.book})"


def pool(skip: Cited) -> tuple[list[Candidate], int]:
    """The pool, each candidate with its same-review later candidates, and how many of its sentences an earlier
    probe file cites, quotes or asks."""
    kept, seen = unseen(sentences(), lambda found: found.cited, lambda found: found.text, skip, SOURCE)
    return ranked_with_later_of_kind(kept, SOURCE, where, SEED, FOLLOW_UPS), seen


def main() -> None:
    skip = cited_earlier(OWN_FILE, {SOURCE: CITED_GOODREADS}, asks=True)
    found, seen = pool(skip)
    print_left_out(((SOURCE, seen),), unit="sentences")
    print_quietly(((SOURCE, found, len(found)),), SEED)


if __name__ == "__main__":
    main()
