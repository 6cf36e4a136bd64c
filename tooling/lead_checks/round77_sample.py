"""The lead's round-77 check set: a seeded random sample of the questions that Thai annotators wrote in Thai about
Thai Wikipedia articles on films, TV, actors, books and music for iApp's Thai Wikipedia QA dataset, each with the
later questions written on the same article and the later-ranked candidates about the same kind of subject.

Reads one dataset from its mirror on this machine (`git show <commit>:<path>`, nothing is downloaded):

- iapp-wiki-qa-dataset (iApp Technology, "Open Thai Wikipedia QA Dataset", 2021; its SQuAD form by Kobkrit
  Viriyayudhakorn and Charin Polpanumas, "iapp_wiki_qa_squad", Zenodo 10.5281/zenodo.4539916): 9,170 questions
  that Thai annotators wrote in Thai, a few on each of 1,961 Thai Wikipedia articles, of which the SQuAD form keeps
  7,242 (5,761 train, 742 valid, 739 test). Read from iApp's repository iapp-technology/iapp-wiki-qa-dataset at
  commit 644a29c (2021-02-13, its newest): squad_format/data.zip, present, which holds data/train.jsonl,
  data/valid.jsonl and data/test.jsonl (the loose squad_format/data/train.jsonl and valid.jsonl and the raw
  iapp-thai-wikipedia-qa-1961-docs-9170-questions.json are absent blobs in the mirror; the loose test.jsonl is
  present and the same bytes as the zip's). One JSON object a line; only its `article_id`, `question_id`, `title`,
  the first CONTEXT_CHARS characters of its `context` (to decide the subject) and its `question` are read, never the
  answers. The Thai is kept as the annotator typed it, with its slips. Licence: MIT (the repository's LICENSE,
  "Copyright (c) 2021 iApp Technology Co., Ltd."). Cited as `iApp <split> <question_id>`.

Pool: the articles (in SPLITS order, then file order) whose title or opening uses a film, TV, actor, book or music
word (SCREEN_WORDS below); the filter also lets in a galaxy ("ดาราจักร"), a Roman theatre ("โรงละคร"), a national
anthem ("เพลงชาติ"), politicians who hosted a TV show and the like; they come with the rest of the sample. Each article
is a candidate through its first question; a question repeated (compared without case or punctuation) is kept once,
at its first place; questions an earlier probe file cites, quotes or asks are left out (counts only are printed).

Each candidate prints first its article's later questions ("turn <n>"), at most ARTICLE_TURNS, written by one
annotator in a row about one subject, the source's nearest thing to a conversation; then the later-ranked candidates
that ask about the same kind of subject (SUBJECT_KINDS below: a song or singer, a book or its author, a performer, a
film or show), with their ranks in the seeded order, at most FOLLOW_UPS, for a candidate whose article gives no
follow-up that can be adapted, as round 72 did. The kind is a rough guide for the writer, who reads each question.

    python -m tooling.lead_checks.round77_sample
"""

from __future__ import annotations

import io
import json
import re
import subprocess
import zipfile
from dataclasses import dataclass, replace
from pathlib import Path

from tooling.lead_checks.mirrors import (
    MIRRORS,
    Candidate,
    Cited,
    cited_earlier,
    first_unseen,
    kind_of,
    normalised,
    one_line,
    print_one_pool,
    ranked_with_later_of_kind,
    stored_in_folder,
)

SEED = 77
FOLLOW_UPS = 2  # same-kind later candidates
ARTICLE_TURNS = 4  # the article's later questions
CONTEXT_CHARS = 200  # the opening of an article, which names its subject
OWN_FILE = "probes_round77_lead_check.yml"
SOURCE = "iApp"  # its name in citations and in the ranked output

IAPP = MIRRORS / "iapp-technology+iapp-wiki-qa-dataset" / "repo"
# The commit read (the repository's newest when mirrored).
IAPP_COMMIT = "644a29c59bac62d5b15b9e9b06c55bba00708eca"
IAPP_FOLDER = "squad_format/"
IAPP_ZIP = "data.zip"
SPLITS = ("train", "valid", "test")

# Film, TV, actor, book and music words, as Thai Wikipedia's openings write them.
SCREEN_WORDS = re.compile(
    "ภาพยนตร์|หนังสือ|นักแสดง|แสดงนำ|ละคร|ซีรีส์|นักร้อง|เพลง|อัลบั้ม|อัลบัม|วงดนตรี|ดนตรี|ศิลปิน|นวนิยาย|นิยาย|"
    "ผู้แต่ง|ประพันธ์|นักเขียน|กวี|กำกับ|การ์ตูน|อนิเมะ|แอนิเมชัน|มังงะ|รายการโทรทัศน์|ตัวละคร|บทบาท|รับบท|"
    "เข้าฉาย|ออกฉาย|ออกอากาศ|ดารา|ซิงเกิล|คอนเสิร์ต|วรรณกรรม|นักพากย์|พิธีกร|นางแบบ|นายแบบ"
)
# What an article is about, by its title and opening, the first that matches.
SUBJECT_KINDS = (
    ("music", re.compile("นักร้อง|เพลง|อัลบั้ม|อัลบัม|วงดนตรี|ดนตรี|ซิงเกิล|คอนเสิร์ต")),
    ("book", re.compile("หนังสือ|นวนิยาย|นิยาย|ผู้แต่ง|ประพันธ์|นักเขียน|กวี|วรรณกรรม|มังงะ")),
    ("person", re.compile("นักแสดง|ดารา|นางแบบ|นายแบบ|พิธีกร|นักพากย์|ศิลปิน")),
    (
        "work",
        re.compile("ภาพยนตร์|ละคร|ซีรีส์|การ์ตูน|อนิเมะ|แอนิเมชัน|รายการโทรทัศน์|ตัวละคร|เข้าฉาย|ออกฉาย|ออกอากาศ"),
    ),
)
CITED_IAPP = re.compile(r"\biApp\s+((?:train|valid|test)\s+\w+)")


@dataclass(frozen=True)
class Article:
    split: str
    id: str
    title: str
    opening: str  # the first CONTEXT_CHARS characters of its context
    questions: tuple[tuple[str, str], ...]  # (question_id, question) in file order

    @property
    def screen(self) -> bool:
        return bool(SCREEN_WORDS.search(self.title + " " + self.opening))


@dataclass(frozen=True)
class Question:
    split: str
    id: str  # the question_id
    title: str  # its article's
    text: str
    kind: str  # a SUBJECT_KINDS name, or "" when none matches
    later: tuple[tuple[str, str], ...]  # the article's later unused questions

    @property
    def cited(self) -> str:
        return f"{self.split} {self.id}"


def git_bytes(repo: Path, path: str, commit: str) -> bytes:
    """A file of a bare mirror at `commit`, as bytes (the zip is not text)."""
    return subprocess.run(["git", "-C", str(repo), "show", f"{commit}:{path}"], capture_output=True, check=True).stdout


def articles() -> list[Article]:
    """The articles of the stored zip, in SPLITS order and file order, each with its questions in file order."""
    if IAPP_ZIP not in stored_in_folder(IAPP, IAPP_COMMIT, IAPP_FOLDER):
        return []
    archive = zipfile.ZipFile(io.BytesIO(git_bytes(IAPP, IAPP_FOLDER + IAPP_ZIP, IAPP_COMMIT)))
    found: dict[tuple[str, str], Article] = {}
    for split in SPLITS:
        for line in archive.read(f"data/{split}.jsonl").decode("utf-8").splitlines():
            if not line.strip():
                continue
            item = json.loads(line)
            text = one_line(item.get("question") or "")
            if not text:
                continue
            key = (split, item["article_id"])
            article = found.get(key) or Article(
                split, item["article_id"], one_line(item["title"]), one_line(item["context"][:CONTEXT_CHARS]), ()
            )
            found[key] = replace(article, questions=(*article.questions, (item["question_id"], text)))
    return list(found.values())


def where(question: Question) -> str:
    return f"{question.cited} [{question.title}] ({question.kind or '-'})"


def pool(skip: Cited) -> tuple[list[Candidate], int]:
    """The pool (each screen article's first unused question, with its later ones), and how many of the screen
    articles' questions an earlier probe file cites, quotes or asks."""
    left_out = 0
    firsts: list[Question] = []
    for article in articles():
        if not article.screen:
            continue
        unused = []
        for qid, text in article.questions:
            if f"{article.split} {qid}" in skip.ids[SOURCE] or normalised(text) in skip.texts:
                left_out += 1
            else:
                unused.append((qid, text))
        if unused:
            kind = kind_of(article.title + " " + article.opening, SUBJECT_KINDS)
            qid, text = unused[0]
            firsts.append(Question(article.split, qid, article.title, text, kind, tuple(unused[1:])))
    kept = first_unseen(firsts, lambda question: question.text, lambda question: False)
    ranked = ranked_with_later_of_kind(kept, SOURCE, where, SEED, FOLLOW_UPS)
    found = []
    for question, candidate in zip(kept, ranked, strict=True):
        turns = tuple(
            f"turn {number}: {qid}: {text}" for number, (qid, text) in enumerate(question.later[:ARTICLE_TURNS], 2)
        )
        found.append(replace(candidate, follow_ups=turns + candidate.follow_ups))
    return found, left_out


def main() -> None:
    skip = cited_earlier(OWN_FILE, {SOURCE: CITED_IAPP}, asks=True)
    found, left_out = pool(skip)
    print_one_pool(SOURCE, found, left_out, SEED)


if __name__ == "__main__":
    main()
