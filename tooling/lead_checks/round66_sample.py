"""The lead's round-66 check set: a seeded random sample of the questions that Arabic-speaking crowd workers wrote
about Arabic Wikipedia paragraphs in ARCD, each with the other questions written on the same paragraph.

Reads one dataset from its mirror on this machine (`git show <commit>:<path>`, nothing is downloaded):

- ARCD, the Arabic Reading Comprehension Dataset (Hussein Mozannar, Karl El Hajal, Elie Maamary and Hazem Hajj,
  "Neural Arabic Question Answering", WANLP at ACL 2019): 1,395 questions that crowd workers wrote in Arabic on
  paragraphs of 155 Arabic Wikipedia articles (chosen among the articles people searched for most), three
  questions on each paragraph. Read from the authors' repository husseinmozannar/SOQAL at commit 1229d34
  (2023-08-03, its newest; the file entered in b40416c, 2019-05-31, and last changed in fb76f88, 2020-04-04, which
  fixed answer offsets): data/arcd.json (train and test together), present (data/Arabic-SQuAD.json, the machine
  translation of SQuAD, is an absent blob and is not read). Only each article's `title`, the first CONTEXT_CHARS
  characters of its paragraph's `context` (to decide its subject) and its questions' `id` and `question` are read,
  never the answers. Licence: MIT (the repository's LICENSE). Cited as `ARCD <question id>`.

Two pools: ARCD-screen, the paragraphs whose article title or opening uses a film, TV, book, music, poetry or art
word (SCREEN_WORDS below; it also lets in other subjects that name such a word), and ARCD-other, every other
paragraph. Each paragraph is a candidate through its first question, with the paragraph's later questions as its
follow-ups. Questions that any tests/nlu/probes*.yml already cites, quotes or asks word for word are left out; only
how many is printed. Each pool is shuffled with seed 66 and printed in that order.

    python -m tooling.lead_checks.round66_sample [--screen N] [--other N]
"""

from __future__ import annotations

import argparse
import json
import re
from dataclasses import dataclass

from tooling.lead_checks.mirrors import (
    MIRRORS,
    Candidate,
    Cited,
    cited_earlier,
    first_unseen,
    git_text,
    normalised,
    one_line,
    print_left_out,
    print_quietly,
    stored_in_folder,
)

SEED = 66
FOLLOW_UPS = 2  # every ARCD paragraph holds three questions
CONTEXT_CHARS = 200  # the opening of a paragraph, which names its subject
OWN_FILE = "probes_round66_lead_check.yml"

ARCD = MIRRORS / "husseinmozannar+SOQAL" / "repo"
ARCD_COMMIT = "1229d34aa2b7a0b9a2e4858c9268e68f45d7e3c4"
ARCD_FOLDER = "data/"
ARCD_FILE = "arcd.json"
SOURCE = "ARCD"
SCREEN = "ARCD-screen"
OTHER = "ARCD-other"
SCREEN_WORDS = re.compile(
    "فيلم|أفلام|سينما|سينمائي|مخرج|ممثل|تمثيل|مسلسل|تلفزيون|رواية|روايات|كتاب|كاتب|أديب|أدب|قصة|شاعر|شعر|قصيدة|"
    "مطرب|مغن|أغنية|أغاني|غناء|ألبوم|موسيقى|موسيقي|فرقة|أنمي|مانغا|رسوم متحركة|لوحة|رسام"
)
CITED = re.compile(r"\bARCD\s+(\d+)")


@dataclass(frozen=True)
class Paragraph:
    title: str
    screen: bool
    questions: tuple[tuple[str, str], ...]  # (id, question) in file order


def paragraphs() -> list[Paragraph]:
    """The paragraphs of the stored ARCD file, in file order."""
    if ARCD_FILE not in stored_in_folder(ARCD, ARCD_COMMIT, ARCD_FOLDER):
        return []
    found = []
    for article in json.loads(git_text(ARCD, ARCD_FOLDER + ARCD_FILE, ARCD_COMMIT))["data"]:
        title = one_line(article.get("title", ""))
        for paragraph in article["paragraphs"]:
            screen = bool(SCREEN_WORDS.search(title + " " + paragraph["context"][:CONTEXT_CHARS]))
            questions = tuple(
                (str(qa["id"]), one_line(qa["question"])) for qa in paragraph["qas"] if qa["question"].strip()
            )
            if questions:
                found.append(Paragraph(title, screen, questions))
    return found


def pools(skip: Cited) -> tuple[list[Candidate], list[Candidate], int]:
    """The two pools (a paragraph's first unused question, with the later ones), and how many questions are left
    out."""
    left_out = 0
    screen: list[Candidate] = []
    other: list[Candidate] = []
    for paragraph in paragraphs():
        unused = []
        for qid, text in paragraph.questions:
            if qid in skip.ids[SOURCE] or normalised(text) in skip.texts:
                left_out += 1
            else:
                unused.append((qid, text))
        if unused:
            later = tuple(f"{qid}: {text}" for qid, text in unused[1 : 1 + FOLLOW_UPS])
            qid, text = unused[0]
            name = SCREEN if paragraph.screen else OTHER
            candidate = Candidate(name, f"{qid} [{paragraph.title}]", text, later)
            (screen if paragraph.screen else other).append(candidate)
    return (
        first_unseen(screen, lambda candidate: candidate.text, lambda candidate: False),
        first_unseen(other, lambda candidate: candidate.text, lambda candidate: False),
        left_out,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--screen", type=int, default=0, help="ARCD-screen candidates to print (0: all)")
    parser.add_argument("--other", type=int, default=0, help="ARCD-other candidates to print (0: all)")
    args = parser.parse_args()
    skip = cited_earlier(OWN_FILE, {SOURCE: CITED}, asks=True)
    screen, other, left_out = pools(skip)
    print_left_out(((SOURCE, left_out),))
    chosen = ((SCREEN, screen, args.screen), (OTHER, other, args.other))
    print_quietly(tuple((source, pool, count or len(pool)) for source, pool, count in chosen), SEED)


if __name__ == "__main__":
    main()
