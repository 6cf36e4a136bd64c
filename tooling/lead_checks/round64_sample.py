"""The lead's round-64 check set: a seeded random sample of the questions that Persian crowd workers wrote about
Persian Wikipedia paragraphs in PersianQA, each with the other questions written on the same paragraph.

Reads one dataset from its mirror on this machine (`git show <commit>:<path>`, nothing is downloaded):

- PersianQA (Sajjad Ayoubi and Mohammad Yasin Davoodeh, "PersianQA: a dataset for Persian Question Answering",
  GitHub 2021): questions that native Persian speakers wrote, ten on each paragraph of a Persian Wikipedia article
  (seven answerable and three that the paragraph cannot answer), some of them in the informal spoken register. Read
  from the authors' repository sajjjadayobi/PersianQA at commit ba4806e (2021-09-08, its newest; the file entered in
  824beca "upload dataset", 2021-04-14): dataset/pqa_test.json (93 paragraphs, 930 questions), present
  (dataset/pqa_train.json is an absent blob). Only each article's `title`, the first CONTEXT_CHARS characters of its
  paragraph's `context` (to decide its subject) and its questions' `id` and `question` are read, never the answers or
  `is_impossible`. Licence: GNU GPL 3.0 (the repository's LICENSE). Cited as `PersianQA test <question id>`.

Two pools: PersianQA-screen, the paragraphs whose article title or opening uses a film, TV, book, music, literature
or art word (SCREEN_WORDS below; it also lets in magazines, social networks and other subjects that name such a
word), and PersianQA-other, every other paragraph. Each paragraph is a candidate through its first question, with
the paragraph's later questions as its follow-ups (at most FOLLOW_UPS). Questions that any tests/nlu/probes*.yml
already cites, quotes or asks word for word are left out; only how many is printed. Each pool is shuffled with seed
64 and printed in that order.

    python -m tooling.lead_checks.round64_sample [--screen N] [--other N]
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

SEED = 64
FOLLOW_UPS = 9  # a PersianQA paragraph holds ten questions
CONTEXT_CHARS = 200  # the opening of a paragraph, which names its subject
OWN_FILE = "probes_round64_lead_check.yml"

PERSIANQA = MIRRORS / "sajjjadayobi+PersianQA" / "repo"
PERSIANQA_COMMIT = "ba4806eb7894b1e78e214e16e7e717840c129450"
PERSIANQA_FOLDER = "dataset/"
PERSIANQA_FILE = "pqa_test.json"
SOURCE = "PersianQA"
SCREEN = "PersianQA-screen"
OTHER = "PersianQA-other"
SCREEN_WORDS = re.compile(
    "فیلم|سینما|کارگردان|بازیگر|سریال|تلویزیون|رمان|کتاب|نویسنده|داستان|شاعر|شعر|حماسه|ادبی|ادبیات|خواننده|"
    "آواز|ترانه|آهنگ|موسیقی|آلبوم|جشنواره|مجله|نقاش"
)
CITED = re.compile(r"\bPersianQA\s+test\s+(\d+)")


@dataclass(frozen=True)
class Paragraph:
    title: str
    screen: bool
    questions: tuple[tuple[str, str], ...]  # (id, question) in file order


def paragraphs() -> list[Paragraph]:
    """The paragraphs of the stored PersianQA test file, in file order."""
    if PERSIANQA_FILE not in stored_in_folder(PERSIANQA, PERSIANQA_COMMIT, PERSIANQA_FOLDER):
        return []
    found = []
    for article in json.loads(git_text(PERSIANQA, PERSIANQA_FOLDER + PERSIANQA_FILE, PERSIANQA_COMMIT))["data"]:
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
            candidate = Candidate(name, f"test {qid} [{paragraph.title}]", text, later)
            (screen if paragraph.screen else other).append(candidate)
    return (
        first_unseen(screen, lambda candidate: candidate.text, lambda candidate: False),
        first_unseen(other, lambda candidate: candidate.text, lambda candidate: False),
        left_out,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--screen", type=int, default=0, help="PersianQA-screen candidates to print (0: all)")
    parser.add_argument("--other", type=int, default=0, help="PersianQA-other candidates to print (0: all)")
    args = parser.parse_args()
    skip = cited_earlier(OWN_FILE, {SOURCE: CITED}, asks=True)
    screen, other, left_out = pools(skip)
    print_left_out(((SOURCE, left_out),))
    chosen = ((SCREEN, screen, args.screen), (OTHER, other, args.other))
    print_quietly(tuple((source, pool, count or len(pool)) for source, pool, count in chosen), SEED)


if __name__ == "__main__":
    main()
