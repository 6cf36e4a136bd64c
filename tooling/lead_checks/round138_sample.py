"""The lead's round-138 check set: a seeded random sample of the questions that real people posted about money on
Stack Exchange's Personal Finance & Money site, as the FiQA challenge gathered them, keeping those that name a film,
a show or video, a book or author, a song or musician, a famous person, a painting or artist, Japan, or a media or
technology company (the names that can become this film's), each with the later-ranked questions of the same kind.

Reads one dataset from its mirror on this machine (`git show <commit>:<path>`, nothing is downloaded):

- FiQA (Macedo Maia, Siegfried Handschuh, André Freitas, Brian Davis, Ross McDermott, Manel Zarrouk and Alexandra
  Balahur, "WWW'18 Open Challenge: Financial Opinion Mining and Question Answering", Companion Proceedings of The Web
  Conference 2018): task 2's opinion-based question answering set, questions that people typed as the titles of their
  posts on Stack Exchange's Personal Finance & Money site (the timestamps are the site's, "Nov 8 '11 at 15:14"), in
  their own words, with their typos. The challenge gives the data out from its site; it is read here from the copy in
  Bithiah Yuan's FinBERT-QA repository (yuanbit/FinBERT-QA, "FinBERT-QA: Financial Question Answering with
  pre-trained BERT Language Models"), at commit 108a294 (108a294daa3896af6dd382e301a2df54031102ca, 2025-05-05, its
  newest when mirrored; the file entered in 91452b4, 2020-03-06): data/raw/FiQA_train_question_final.tsv (6,648
  questions, 607,509 bytes), present (a real blob, not an LFS pointer; the answer file
  data/raw/FiQA_train_doc_final.tsv is an absent blob and is not wanted). Each row holds a row number, the qid, the
  question and its timestamp, tab-separated; only the qid and the question are read, never an answer. Licence: none
  stated (the repository holds no licence file and its README states none; the challenge's data are given out for
  research, and the posts are Stack Exchange users', which the site publishes under CC BY-SA). Cited as `FiQA <qid>`.

Pool: the questions (in file order) whose words use a word of one of KINDS below: a film, TV or video word, a book word
(not "book value", "book-keeping" or "book balancing"), a music word, an actor, a celebrity or a famous investor, an art
word, Japan, or a media or technology company ("Google Finance" and "Yahoo Finance" alone do not count). The filter also
lets in questions that use such a word in a money sense or about the asker's own money ("order book", "Economics Books",
YouTube taxes, Japanese yen, a share of Apple the asker received); they come with the rest of the sample. A text
repeated (compared without case or punctuation) is kept once, at its first place; questions an earlier probe file cites,
quotes or asks are left out (counts only are printed).

Stack Exchange gives each question alone (no threads of one asker), so each candidate prints the later-ranked
candidates of the same kind, with their ranks in the seeded order, at most FOLLOW_UPS: the probe file makes those of
them that can be adapted follow-ups of the candidate, with the names changed the same way, as rounds 106 and 108 did.

    python -m tooling.lead_checks.round138_sample
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
    cited_earlier,
    git_text,
    kind_of,
    one_line,
    print_left_out,
    print_quietly,
    ranked_with_later_of_kind,
    unseen,
)

SEED = 138
FOLLOW_UPS = 3
OWN_FILE = "probes_round138_lead_check.yml"
SOURCE = "FiQA"  # its name in citations and in the ranked output

FINBERT_QA = MIRRORS / "yuanbit+FinBERT-QA" / "repo"
# The commit read (the repository's newest when mirrored).
FINBERT_QA_COMMIT = "108a294daa3896af6dd382e301a2df54031102ca"
QUESTIONS = "data/raw/FiQA_train_question_final.tsv"

# The kinds of subject whose names can become this film's, each with its words as the askers write them; a question
# takes the first kind it matches.
KINDS = tuple(
    (kind, re.compile(pattern, re.IGNORECASE))
    for kind, pattern in (
        (
            "work",
            r"\b(?:movies?|films?|cinemas?|movie theat(?:er|re)s?|netflix|hulu|hbo|disney|pixar|hollywood|box office|"
            r"tv|television|dvds?|blu-?rays?|youtube|youtubers?|twitch|documentar(?:y|ies)|episodes?|anime|streaming)\b",
        ),
        (
            "book",
            r"\b(?:books?(?!\s*(?:value|keeping|-keeping|balancing))|novels?|authors?|publish(?:ed|er|ers|ing)|"
            r"royalt(?:y|ies)|copyrights?|manga|comics?|kindle|e-?books?)\b",
        ),
        ("music", r"\b(?:songs?|music(?:ians?)?|albums?|singers?|concerts?|spotify|itunes|record labels?)\b"),
        (
            "person",
            r"\b(?:actors?|actress(?:es)?|celebrit(?:y|ies)|famous|buffett?|benjamin graham|bogle|dave ramsey|"
            r"suze orman|cramer|peter lynch|soros|elon musk|steve jobs|bill gates|zuckerberg|bezos)\b",
        ),
        ("art", r"\b(?:art|arts|artists?|artworks?|paintings?|painters?|galler(?:y|ies)|exhibitions?|florists?)\b"),
        ("japan", r"\b(?:japan|japanese|tokyo|yen|nikkei)\b"),
        (
            "company",
            r"\b(?:apple|aapl|google(?!\s+finance)|goog|alphabet|facebook|amazon|amzn|microsoft|twitter|sony|nintendo|linkedin|"
            r"snapchat|yahoo(?!!?\s+finance)|groupon|zynga|gopro|tesla)\b",
        ),
    )
)
CITED_FIQA = re.compile(r"\bFiQA\s+(\d+)\b")


@dataclass(frozen=True)
class Question:
    qid: str
    text: str
    kind: str


def questions() -> list[Question]:
    """The questions that use a word of one of KINDS, in file order, each with the first kind it matches."""
    rows = csv.reader(io.StringIO(git_text(FINBERT_QA, QUESTIONS, FINBERT_QA_COMMIT)), delimiter="\t")
    next(rows, None)  # the header: "", qid, question, timestamp
    found: list[Question] = []
    for row in rows:
        if len(row) < 3:
            continue
        text = one_line(row[2])
        kind = kind_of(text, KINDS)
        if text and kind:
            found.append(Question(row[1], text, kind))
    return found


def where(question: Question) -> str:
    return f"{SOURCE} {question.qid} ({question.kind})"


def pool(skip: Cited) -> tuple[list[Candidate], int]:
    """The pool, each candidate with its same-kind later candidates, and how many of its questions an earlier probe
    file cites, quotes or asks."""
    kept, seen = unseen(questions(), lambda found: found.qid, lambda found: found.text, skip, SOURCE)
    return ranked_with_later_of_kind(kept, SOURCE, where, SEED, FOLLOW_UPS), seen


def main() -> None:
    skip = cited_earlier(OWN_FILE, {SOURCE: CITED_FIQA}, asks=True)
    found, seen = pool(skip)
    print_left_out(((SOURCE, seen),))
    print_quietly(((SOURCE, found, len(found)),), SEED)


if __name__ == "__main__":
    main()
