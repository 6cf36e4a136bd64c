"""The lead's round-149 check set: a seeded random sample of the titles of real questions that people posted on Stack
Overflow, as the StackOverflow short-text dataset of Jiaming Xu and his co-authors carries them, keeping the titles
that ask (end in a question mark), each with the later-ranked titles of the same Stack Overflow tag.

Reads one dataset from its mirror on this machine (`git show <commit>:<path>`, nothing is downloaded):

- StackOverflow (Jiaming Xu, Peng Wang, Guanhua Tian, Bo Xu, Jun Zhao, Fangyuan Wang and Hongwei Hao, "Short Text
  Clustering via Convolutional Neural Networks", NAACL-HLT 2015 Workshop on Vector Space Modeling for NLP; also
  "Self-Taught Convolutional Neural Networks for Short Text Clustering", Neural Networks 2017): 20,000 question titles
  that Stack Overflow users wrote, drawn at random by the authors from the data Kaggle published for its "Predict
  Closed Questions on Stack Overflow" challenge, 1,000 for each of 20 tags (wordpress, oracle, svn, apache, excel,
  matlab, visual-studio, cocoa, osx, bash, spring, hibernate, scala, sharepoint, ajax, qt, drupal, linq, haskell,
  magento). The titles are kept as their askers typed them ("We do not remove any stop words or symbols in the text",
  the README says): casing, spelling, abbreviations and spaces before a question mark. Read from the authors'
  repository jacoxu/StackOverflow at commit 7c207f5 (7c207f51e649fff9e4736610b9d44431bb7ccf00, 2018-02-07, its
  newest; the data entered in c25ea2c, 2015-09-08): rawText/title_StackOverflow.txt (one title a line, 1,030,059
  bytes) and rawText/label_StackOverflow.txt (the tag's number on the same line), both present (real blobs, not LFS
  pointers; the repository's word-vector file rawText/vocab_emb_Word2vec_48.vec is an absent blob and is not wanted).
  Licence: the repository states none (no licence file; the README asks users to cite the paper and acknowledge
  Kaggle); the titles are Stack Overflow posts, published under CC BY-SA. Cited as `StackOverflow <line>` (the line
  of the title file, from 1).

Pool: the titles (in file order) that end in a question mark, are at most MAX_WORDS words long and hold no character
of code (CODE_CHARS below: brackets, slashes, operators, dollar signs, underscores, quotes), so that what is left are
questions in plain words that can be asked of a person; each text once (compared without case or punctuation, at its
first place); titles an earlier probe file cites, quotes or asks are left out (counts only are printed). The titles
are programming questions: the probe file adapts those whose words, once the names in them are changed to this
film's, ask something about the film, and keeps a share of the others as typed, off-topic.

Each candidate prints the later-ranked candidates of the same tag (its kind is `tag <name>`), with their ranks in the
seeded order, at most FOLLOW_UPS: Stack Overflow gives each title alone (no threads of one asker), so the probe file
makes those of them that can be adapted follow-ups of the candidate, with the names changed the same way, as rounds
96 and 107 did.

    python -m tooling.lead_checks.round149_sample
"""

from __future__ import annotations

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
    stored_files,
    unseen,
)

SEED = 149
FOLLOW_UPS = 10
MAX_WORDS = 12
OWN_FILE = "probes_round149_lead_check.yml"
SOURCE = "StackOverflow"  # its name in citations and in the ranked output

STACKOVERFLOW = MIRRORS / "jacoxu+StackOverflow" / "repo"
# The commit read (the repository's newest when mirrored).
STACKOVERFLOW_COMMIT = "7c207f51e649fff9e4736610b9d44431bb7ccf00"
TITLES = "rawText/title_StackOverflow.txt"
LABELS = "rawText/label_StackOverflow.txt"
# The README's numbering of the 20 tags the titles were drawn from.
TAGS = (
    "wordpress",
    "oracle",
    "svn",
    "apache",
    "excel",
    "matlab",
    "visual-studio",
    "cocoa",
    "osx",
    "bash",
    "spring",
    "hibernate",
    "scala",
    "sharepoint",
    "ajax",
    "qt",
    "drupal",
    "linq",
    "haskell",
    "magento",
)
# Characters of code, paths, markup and shell syntax: a title holding one is not a question in plain words.
CODE_CHARS = re.compile(r"[][(){}<>$_=/\\:;@#*&|`\"~^%+]")
CITED_STACKOVERFLOW = re.compile(r"\bStackOverflow\s+(\d+)\b")


@dataclass(frozen=True)
class Title:
    line: int  # the title's line in the title file, from 1
    tag: str
    text: str  # the title, as typed

    @property
    def kind(self) -> str:
        return f"tag {self.tag}"


def titles() -> list[Title]:
    """The titles in plain words that end in a question mark, in file order, each with its tag (none when a file is
    absent)."""
    if not {TITLES, LABELS} <= set(stored_files(STACKOVERFLOW, r"^rawText/")):
        return []
    texts = git_text(STACKOVERFLOW, TITLES, STACKOVERFLOW_COMMIT).splitlines()
    labels = git_text(STACKOVERFLOW, LABELS, STACKOVERFLOW_COMMIT).splitlines()
    found: list[Title] = []
    for number, (raw, label) in enumerate(zip(texts, labels, strict=True), 1):
        text = one_line(raw)
        plain = len(text.split()) <= MAX_WORDS and not CODE_CHARS.search(text)
        if text.endswith("?") and plain and label.strip().isdigit():
            found.append(Title(number, TAGS[int(label) - 1], text))
    return found


def where(title: Title) -> str:
    return f"{SOURCE} {title.line} ({title.kind})"


def pool(skip: Cited) -> tuple[list[Candidate], int]:
    """The pool, each candidate with its same-tag later candidates, and how many of the pool's titles an earlier probe
    file cites, quotes or asks."""
    kept, seen = unseen(titles(), lambda title: str(title.line), lambda title: title.text, skip, SOURCE)
    return ranked_with_later_of_kind(kept, SOURCE, where, SEED, FOLLOW_UPS), seen


def main() -> None:
    skip = cited_earlier(OWN_FILE, {SOURCE: CITED_STACKOVERFLOW}, asks=True)
    found, seen = pool(skip)
    print_left_out(((SOURCE, seen),), unit="titles")
    print_quietly(((SOURCE, found, len(found)),), SEED)


if __name__ == "__main__":
    main()
