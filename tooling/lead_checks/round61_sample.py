"""The lead's round-61 check set: a seeded random sample of the questions that people wrote about Chinese Wikipedia
articles on films, TV, actors, books and music in CMRC 2018, each with the other questions written on the same
paragraph, and of the Japanese multi-hop questions about them in JEMHopQA.

Reads two datasets from their mirrors on this machine (`git show <commit>:<path>`, nothing is downloaded):

- CMRC 2018 (Yiming Cui, Ting Liu, Wanxiang Che, Li Xiao, Zhipeng Chen, Wentao Ma, Shijin Wang and Guoping Hu, "A
  Span-Extraction Dataset for Chinese Machine Reading Comprehension", EMNLP 2019): Chinese questions that human
  annotators wrote, several on each paragraph of a Chinese Wikipedia article ("《X》是由哪两个公司合作开发的？").
  Read from the authors' repository ymcui/cmrc2018 at commit c0eb1b6 (2022-04-27, its newest; the file entered in
  c81039 "add squad-style datasets", 2019-03-29): squad-style-data/cmrc2018_dev.json (848 paragraphs, each with its
  article's `title`), present (the train files are absent blobs; data/cmrc2018_dev.json holds the same questions in
  another layout and is not read; the trial file is a separate earlier release and is not read). Only each
  paragraph's `title`, the first CONTEXT_CHARS characters of its `context` (to decide its subject) and its questions'
  `id` and `question` are read, never the answers. Licence: CC BY-SA 4.0 (the repository's LICENCE and README). Cited
  as `CMRC2018 dev <question id>` (the id as the data gives it, e.g. DEV_12_QUERY_2).
- JEMHopQA ver1.2 (Ai Ishii, Naoya Inoue, Hisami Suzuki and Satoshi Sekine, "JEMHopQA: Dataset for Japanese
  Explainable Multi-Hop Question Answering", LREC-COLING 2024): Japanese compositional and comparison questions that
  crowd workers wrote over two linked Japanese Wikipedia articles ("孝明天皇が生涯過ごした都に以前の都から遷都があった年
  は？"). Read from the authors' repository aiishii/JEMHopQA at commit fed5024 (2025-04-10, its newest; ver1.2 was
  released in 84c1591, 2025-03-11): corpus_ver1.2/dev_ver1.2.json (120 questions) and corpus_ver1.2/train_ver1.2.json
  (1,059), both present. Only each question's `qid`, `question` and the relation names of its `derivations` (to decide
  its subject) are read, never the answers. Licence: CC BY-SA 4.0 (the README; the data is copyrighted by RIKEN).
  Cited as `JEMHopQA <split> <qid>` (the qid's first 8 hex digits).

CMRC 2018 pool: the paragraphs whose article title or opening uses a film, TV, actor, book or music word (CMRC_WORDS
below); each is a candidate through its first question, with the paragraph's later questions as its follow-ups (at
most FOLLOW_UPS). The filter also lets in games, comics and other subjects that name such a word; they come with the
rest. JEMHopQA pool: the questions (dev, then train, in file order) whose text or derivation relations use such a word
(JEMHOP_WORDS below); single questions. Questions that any tests/nlu/probes*.yml already cites, quotes or asks word
for word are left out; only how many is printed. Each pool is shuffled with seed 61 and printed in that order.

    python -m tooling.lead_checks.round61_sample [--cmrc N] [--jemhopqa N]
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

SEED = 61
FOLLOW_UPS = 4  # a CMRC 2018 paragraph holds three to five questions
CONTEXT_CHARS = 150  # the opening of a paragraph, which names its subject
OWN_FILE = "probes_round61_lead_check.yml"

CMRC = MIRRORS / "ymcui+cmrc2018" / "repo"
CMRC_COMMIT = "c0eb1b6ba219847457e6af3180da722bbeb656af"
CMRC_FOLDER = "squad-style-data/"
CMRC_FILE = "cmrc2018_dev.json"
CMRC_SOURCE = "CMRC2018"
CMRC_WORDS = re.compile(
    "电影|影片|导演|主演|演员|男演员|女演员|电视剧|剧集|连续剧|动画|小说|作家|作者|歌手|专辑|歌曲|单曲|乐队|乐团|漫画|"
    "饰演|编剧|上映|配音|声优|综艺|节目|电视台|作曲|演唱|唱片|文学|诗人|话剧|歌剧"
)
CITED_CMRC = re.compile(r"\bCMRC2018\s+dev\s+(DEV_\d+_QUERY_\d+)")

JEMHOP = MIRRORS / "aiishii+JEMHopQA" / "repo"
JEMHOP_COMMIT = "fed5024f4f39f02727e699cb7ccb67935a779a5a"
JEMHOP_FOLDER = "corpus_ver1.2/"
JEMHOP_FILES = (("dev", "dev_ver1.2.json"), ("train", "train_ver1.2.json"))
JEMHOP_SOURCE = "JEMHopQA"
JEMHOP_WORDS = re.compile(
    "映画|監督|主演|出演|俳優|女優|声優|ドラマ|アニメ|小説|作者|著者|作家|原作|脚本|主題歌|歌手|楽曲|シングル|アルバム|"
    "バンド|漫画|番組|放送|公開|配給|作詞|作曲|歌詞|ミュージカル|文学|受賞"
)
CITED_JEMHOP = re.compile(r"\bJEMHopQA\s+((?:dev|train)\s+[0-9a-f]{8})")


@dataclass(frozen=True)
class Paragraph:
    title: str
    questions: tuple[tuple[str, str], ...]  # (id, question) in file order


def cmrc_paragraphs() -> list[Paragraph]:
    """The screen paragraphs of the stored CMRC 2018 development file, in file order."""
    if CMRC_FILE not in stored_in_folder(CMRC, CMRC_COMMIT, CMRC_FOLDER):
        return []
    found = []
    for article in json.loads(git_text(CMRC, CMRC_FOLDER + CMRC_FILE, CMRC_COMMIT))["data"]:
        for paragraph in article["paragraphs"]:
            if not CMRC_WORDS.search(article.get("title", "") + paragraph["context"][:CONTEXT_CHARS]):
                continue
            questions = tuple((qa["id"], one_line(qa["question"])) for qa in paragraph["qas"] if qa["question"].strip())
            if questions:
                found.append(Paragraph(article.get("title", ""), questions))
    return found


def cmrc(skip: Cited) -> tuple[list[Candidate], int]:
    """The pool (a paragraph's first unused question, with the later ones), and how many questions are left out."""
    left_out = 0
    pool = []
    for paragraph in cmrc_paragraphs():
        unused = []
        for qid, text in paragraph.questions:
            if qid in skip.ids[CMRC_SOURCE] or normalised(text) in skip.texts:
                left_out += 1
            else:
                unused.append((qid, text))
        if unused:
            later = tuple(f"{qid}: {text}" for qid, text in unused[1 : 1 + FOLLOW_UPS])
            qid, text = unused[0]
            pool.append(Candidate(CMRC_SOURCE, f"dev {qid} [{paragraph.title}]", text, later))
    kept = first_unseen(pool, lambda candidate: candidate.text, lambda candidate: False)
    return kept, left_out


@dataclass(frozen=True)
class HopQuestion:
    split: str
    qid: str  # first 8 hex digits
    text: str


def jemhop_questions() -> list[HopQuestion]:
    """The screen questions of the stored JEMHopQA ver1.2 files, in JEMHOP_FILES order and file order."""
    present = stored_in_folder(JEMHOP, JEMHOP_COMMIT, JEMHOP_FOLDER)
    found = []
    for split, name in JEMHOP_FILES:
        if name not in present:
            continue
        for item in json.loads(git_text(JEMHOP, JEMHOP_FOLDER + name, JEMHOP_COMMIT)):
            text = one_line(item["question"])
            relations = " ".join(str(step[1]) for step in item.get("derivations", []) if len(step) > 1)
            if text and JEMHOP_WORDS.search(text + " " + relations):
                found.append(HopQuestion(split, item["qid"][:8], text))
    return found


def jemhop(skip: Cited) -> tuple[list[Candidate], int]:
    every = jemhop_questions()
    seen = {
        question
        for question in every
        if f"{question.split} {question.qid}" in skip.ids[JEMHOP_SOURCE] or normalised(question.text) in skip.texts
    }
    kept = first_unseen(every, lambda question: question.text, lambda question: question in seen)
    return [Candidate(JEMHOP_SOURCE, f"{q.split} {q.qid}", q.text) for q in kept], len(seen)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cmrc", type=int, default=0, help="CMRC 2018 candidates to print (0: the whole pool)")
    parser.add_argument("--jemhopqa", type=int, default=0, help="JEMHopQA candidates to print (0: the whole pool)")
    args = parser.parse_args()
    skip = cited_earlier(OWN_FILE, {CMRC_SOURCE: CITED_CMRC, JEMHOP_SOURCE: CITED_JEMHOP}, asks=True)
    cmrc_pool, cmrc_seen = cmrc(skip)
    jemhop_pool, jemhop_seen = jemhop(skip)
    print_left_out(((CMRC_SOURCE, cmrc_seen), (JEMHOP_SOURCE, jemhop_seen)))
    pools = ((CMRC_SOURCE, cmrc_pool, args.cmrc), (JEMHOP_SOURCE, jemhop_pool, args.jemhopqa))
    print_quietly(tuple((source, pool, count or len(pool)) for source, pool, count in pools), SEED)


if __name__ == "__main__":
    main()
