"""The lead's round-136 check set: a seeded random sample of the questions that Japanese Amazon customers wrote inside
their reviews of DVDs, books and music (Amazon.co.jp, crawled for the Webis Cross-Lingual Sentiment corpus,
Webis-CLS-10), in Japanese as typed, each with the later-ranked questions of the same kind of product.

Reads one dataset from its mirror on this machine (`git show <commit>:<path>`, nothing is downloaded):

- Webis-CLS-10 (Peter Prettenhofer and Benno Stein, "Cross-Language Text Classification using Structural
  Correspondence Learning", ACL 2010): Amazon product reviews in English, German, French and Japanese for three
  product categories (books, dvd, music), the German, French and Japanese ones crawled from Amazon in November 2009.
  The corpus itself is given out on request from Zenodo (record 3251672); its Japanese train and test files are read
  from the copy that Juntao Li, Ruidan He, Hai Ye, Hwee Tou Ng, Lidong Bing and Rui Yan committed with the code of
  "Unsupervised Domain Adaptation of a Pretrained Cross-Lingual Language Model" (IJCAI-PRICAI 2020), repository
  lijuntaopku/UFD at commit 1d5f78c (1d5f78c1a5c579910e6dff0ca2144d2e46492abb, 2020-11-26, its newest; the data
  entered in 2f0bc22, 2020-11-23): data/jp/<category>/<split>.review for the three categories and the train and test
  splits, six XML files of 2,000 reviews each, all present (2.1-2.4 MB, real blobs, not LFS pointers). Each <item>
  holds the review's <text>, <summary> (its headline), <title> (the product), <category> and <rating>; only the text,
  the product title and the item's place are read (never the rating, the reviewer's name or place; the tokenised
  .txt copies and the sampled.txt files are not read). Licence: the repository states none (no licence file; the
  README cites the paper only); the reviews are the customers' own words on a public site, quoted for research as the
  earlier checks quote other sites' posts. Cited as `WebisCLS <category> <split> <item>:<n>` (the item from 1 in its
  file, the n-th question of its text from 1).

Pool: the sentences of the review texts (in CATEGORIES and SPLITS order, each file in item order) that end in a
question mark ("？" or "?", with any closing bracket after it), of MIN_CHARS to MAX_CHARS characters, so that one
question makes one turn: a sentence runs from the end of the one before it (。！？!?, a line break, or the text's
start). Reviews are not dialogues; these are the questions their writers asked, of the reader, of themselves or of
the makers. A text repeated (compared without case or punctuation) is kept once, at its first place; questions an
earlier probe file cites, quotes or asks are left out (counts only are printed).

Each candidate prints the later-ranked candidates of its kind (the kind its category gives: KINDS below), at most
FOLLOW_UPS, with their ranks in the seeded order: the probe file makes those that can be adapted follow-ups of the
candidate, with the names changed the same way, as rounds 106 and 108 did.

    python -m tooling.lead_checks.round136_sample
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
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
    stored_files,
    unseen,
)

SEED = 136
FOLLOW_UPS = 3
MIN_CHARS = 8
MAX_CHARS = 120
OWN_FILE = "probes_round136_lead_check.yml"
SOURCE = "WebisCLS"  # its name in citations and in the ranked output

UFD = MIRRORS / "lijuntaopku+UFD" / "repo"
# The commit read (the repository's newest when mirrored).
UFD_COMMIT = "1d5f78c1a5c579910e6dff0ca2144d2e46492abb"
# The Japanese categories read, each with the kind of product its reviews are about.
CATEGORIES = (("dvd", "work"), ("books", "book"), ("music", "music"))
SPLITS = ("test", "train")
# A question: the words since the last sentence end, up to a question mark and any closing bracket after it.
QUESTION = re.compile(r"[^。！？!?\n]*[？?]+[）)」』]*")
CITED_WEBISCLS = re.compile(r"\bWebisCLS\s+(\S+\s+\S+\s+\d+:\d+)\b")


@dataclass(frozen=True)
class Question:
    category: str
    split: str
    item: int  # the review's place in its file, from 1
    number: int  # the question's place in the review's text, from 1
    product: str  # the product reviewed, as the file titles it
    text: str
    kind: str

    @property
    def cited(self) -> str:
        return f"{self.category} {self.split} {self.item}:{self.number}"


def review_file(category: str, split: str) -> str:
    return f"data/jp/{category}/{split}.review"


def questions() -> list[Question]:
    """The question sentences of the stored review files, in CATEGORIES, SPLITS and item order."""
    stored = set(stored_files(UFD, r"^data/jp/"))
    found: list[Question] = []
    for category, kind in CATEGORIES:
        for split in SPLITS:
            path = review_file(category, split)
            if path not in stored:
                continue
            items = ET.fromstring(git_text(UFD, path, UFD_COMMIT).encode("utf-8")).iter("item")
            for item, review in enumerate(items, 1):
                product = one_line(review.findtext("title") or "")
                asked = (one_line(match) for match in QUESTION.findall(review.findtext("text") or ""))
                kept = [text for text in asked if MIN_CHARS <= len(text) <= MAX_CHARS]
                for number, text in enumerate(kept, 1):
                    found.append(Question(category, split, item, number, product, text, kind))
    return found


def where(question: Question) -> str:
    return f"{SOURCE} {question.cited} ({question.kind}: {question.product})"


def pool(skip: Cited) -> tuple[list[Candidate], int]:
    """The pool, each candidate with its same-kind later candidates, and how many of its questions an earlier probe
    file cites, quotes or asks."""
    kept, seen = unseen(questions(), lambda question: question.cited, lambda question: question.text, skip, SOURCE)
    return ranked_with_later_of_kind(kept, SOURCE, where, SEED, FOLLOW_UPS), seen


def main() -> None:
    skip = cited_earlier(OWN_FILE, {SOURCE: CITED_WEBISCLS}, asks=True)
    found, seen = pool(skip)
    print(f"# {SOURCE} commit {UFD_COMMIT}")
    print_left_out(((SOURCE, seen),))
    print_quietly(((SOURCE, found, len(found)),), SEED)


if __name__ == "__main__":
    main()
