"""The lead's round-129 check set: a seeded random sample of the IMDb user reviews of the Large Movie Review Dataset
(aclImdb) that ask something, each with its first question and the review's later questions in the reviewer's order.

Reads one dataset from its mirror on this machine (`git cat-file` of the files at one commit, nothing is downloaded):

- The Large Movie Review Dataset v1.0 (Andrew L. Maas, Raymond E. Daly, Peter T. Pham, Dan Huang, Andrew Y. Ng and
  Christopher Potts, "Learning Word Vectors for Sentiment Analysis", ACL 2011): 50,000 reviews that IMDb users wrote
  of films and TV shows (at most 30 a title), one file a review, named <id>_<rating>.txt (the user's 1-10 stars; the
  labelled sets hold ratings <= 4 in neg/ and >= 7 in pos/), with the IMDb page of each review's title in
  urls_<label>.txt (line <id>, from 0). Read from the copy in iamsorenl/Feature-Engineering-and-Sentiment-Analysis
  (a course project's repository, which committed the unpacked archive whole) at commit 55144e2
  (55144e2ea1de74c60ce9190a47b605b4b071e0ee, 2024-10-19, its newest; aclImdb/ entered in ae22832, 2024-10-18): the
  labelled reviews aclImdb/{train,test}/{pos,neg}/*.txt (50,000 files, all present: real blobs, no LFS pointer; only
  the archive aclImdb_v1.tar.gz is an LFS pointer and the *.feat files are absent blobs, none read) and the four
  urls_{pos,neg}.txt files. The unlabelled train/unsup/ reviews are not read. Licence: none stated (the dataset's
  README asks users to cite the ACL 2011 paper; the repository holds no licence file); the reviews are the IMDb users'
  own posts. Cited as `aclImdb <split>/<label>/<id>_<rating>`.

Pool: the reviews (train before test, pos before neg, by id) that hold a question: a sentence (mirrors.SENTENCE, after
the `<br />` line breaks are made spaces) that ends in "?" and has MIN_CHARS-MAX_CHARS characters. A candidate is such
a review: its text is the review's first such question, and it prints the review's later questions (at most
FOLLOW_UPS), each with its sentence number in the review (from 1), so that the probe file can make a conversation of
one reviewer's questions in their order. Each first question is kept once (compared without case or punctuation);
reviews an earlier probe file cites, or whose first question it quotes or asks, are left out (counts only printed).

    python -m tooling.lead_checks.round129_sample
"""

from __future__ import annotations

import re
import subprocess
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
    stored_files,
    unseen,
)

SEED = 129
FOLLOW_UPS = 5
MIN_CHARS = 12
MAX_CHARS = 220
OWN_FILE = "probes_round129_lead_check.yml"
SOURCE = "aclImdb"  # its name in citations and in the ranked output

ACLIMDB = MIRRORS / "iamsorenl+Feature-Engineering-and-Sentiment-Analysis" / "repo"
# The commit read (the repository's newest when mirrored).
ACLIMDB_COMMIT = "55144e2ea1de74c60ce9190a47b605b4b071e0ee"
REVIEW = re.compile(r"^aclImdb/(train|test)/(pos|neg)/(\d+)_(\d+)\.txt$")
SPLITS = ("train", "test")
LABELS = ("pos", "neg")
BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)
CITED_ACLIMDB = re.compile(r"\baclImdb\s+((?:train|test)/(?:pos|neg)/\d+_\d+)\b")


@dataclass(frozen=True)
class Review:
    split: str
    label: str
    number: int  # the review's id in its folder
    rating: int  # the user's stars, 1-10
    title: str  # the IMDb title id of the film or show reviewed
    questions: tuple[tuple[int, str], ...]  # (sentence number from 1, sentence) of each question, in order

    @property
    def cited(self) -> str:
        return f"{self.split}/{self.label}/{self.number}_{self.rating}"

    @property
    def text(self) -> str:
        return self.questions[0][1]


def review_paths() -> list[tuple[str, str, int, int, str]]:
    """The labelled review files the mirror holds (split, label, id, rating, path), train before test, pos before neg,
    by id (stored_files lists only files whose content is present)."""
    found = []
    for path in stored_files(ACLIMDB, r"^aclImdb/(?:train|test)/(?:pos|neg)/\d+_\d+\.txt$"):
        matched = REVIEW.match(path)
        if matched:
            split, label, number, rating = matched.groups()
            found.append((split, label, int(number), int(rating), path))
    return sorted(found, key=lambda row: (SPLITS.index(row[0]), LABELS.index(row[1]), row[2]))


def blobs(paths: list[str]) -> list[str]:
    """The files at ACLIMDB_COMMIT as text, read in one `git cat-file --batch` (50,000 `git show` calls would take
    minutes)."""
    request = "".join(f"{ACLIMDB_COMMIT}:{path}\n" for path in paths).encode("utf-8")
    out = subprocess.run(
        ["git", "-C", str(ACLIMDB), "cat-file", "--batch"], input=request, capture_output=True, check=True
    ).stdout
    texts, at = [], 0
    for _ in paths:
        header_end = out.index(b"\n", at)
        size = int(out[at:header_end].split()[2])
        texts.append(out[header_end + 1 : header_end + 1 + size].decode("utf-8", errors="replace"))
        at = header_end + 1 + size + 1
    return texts


def titles(split: str, label: str) -> list[str]:
    """The IMDb title id of each review of a folder, by review id (urls_<label>.txt, one URL a line)."""
    urls = git_text(ACLIMDB, f"aclImdb/{split}/urls_{label}.txt", ACLIMDB_COMMIT).splitlines()
    return [next(iter(re.findall(r"/title/(tt\d+)", url)), url) for url in urls]


def questions_of(text: str) -> tuple[tuple[int, str], ...]:
    """The review's questions (sentences ending in "?", MIN_CHARS-MAX_CHARS long), with their sentence numbers."""
    sentences = [one_line(sentence) for sentence in SENTENCE.findall(one_line(BREAK.sub(" ", text)))]
    return tuple(
        (number, sentence)
        for number, sentence in enumerate((sentence for sentence in sentences if sentence), 1)
        if sentence.endswith("?") and MIN_CHARS <= len(sentence) <= MAX_CHARS
    )


def reviews() -> list[Review]:
    rows = review_paths()
    texts = blobs([row[4] for row in rows])
    urls = {(split, label): titles(split, label) for split in SPLITS for label in LABELS}
    found: list[Review] = []
    for (split, label, number, rating, _), text in zip(rows, texts, strict=True):
        asked = questions_of(text)
        if asked:
            listed = urls[(split, label)]
            title = listed[number] if number < len(listed) else "?"
            found.append(Review(split, label, number, rating, title, asked))
    return found


def where(review: Review) -> str:
    return f"{SOURCE} {review.cited} ({review.title}, sentence {review.questions[0][0]})"


def pool(skip: Cited) -> tuple[list[Candidate], int]:
    """The pool, each candidate with its review's later questions, and how many reviews an earlier probe file cites,
    or whose first question it quotes or asks."""
    kept, seen = unseen(reviews(), lambda review: review.cited, lambda review: review.text, skip, SOURCE)
    return [
        Candidate(
            SOURCE,
            where(review),
            review.text,
            tuple(f"sentence {number}: {sentence}" for number, sentence in review.questions[1 : 1 + FOLLOW_UPS]),
        )
        for review in kept
    ], seen


def main() -> None:
    skip = cited_earlier(OWN_FILE, {SOURCE: CITED_ACLIMDB}, asks=True)
    found, seen = pool(skip)
    print_left_out(((SOURCE, seen),), unit="reviews")
    print_quietly(((SOURCE, found, len(found)),), SEED)


if __name__ == "__main__":
    main()
