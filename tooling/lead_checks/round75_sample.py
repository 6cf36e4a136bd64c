"""The lead's round-75 check set: a seeded random sample of the Hebrew questions that crowd workers wrote on Hebrew
Wikipedia paragraphs about films, TV, actors, singers and books (HeQ), each with the same paragraph's later questions,
and of the Japanese questions that crowd workers wrote for a common-sense quiz about films, TV, music and books
(JCommonsenseQA).

Reads two datasets from their mirrors on this machine (`git show <commit>:<path>`, nothing is downloaded):

- HeQ (Amir David Nissan Cohen, Hilla Merhav Fine, Yoav Goldberg and Reut Tsarfaty, "HeQ: a Large and Diverse Hebrew
  Reading Comprehension Benchmark", Findings of EMNLP 2023): Modern Hebrew questions that a team of crowd workers
  wrote, SQuAD-style, several on each paragraph of a Hebrew Wikipedia article or a Geektime news item, answerable
  ones and ones the paragraph does not answer. Read from the authors' repository NNLP-IL/Hebrew-Question-Answering-
  Dataset at commit f46d2ff (2024-12-05, its newest; the version-1.1 files entered that day): `data/data v1.1/val
  v1.1.json` (1,501 questions) and `data/data v1.1/test v1.1.json` (1,504), both present; `train v1.1.json` is an
  absent blob, and the version-1.0 files hold the same questions in an older form and are not read. Only each
  article's `title` and `source`, each paragraph's `context` (to choose the paragraphs) and each question's `id` and
  `question` are read, never the answers or the quality labels. Only Wikipedia paragraphs are read (the Geektime
  ones are technology news). Licence: CC BY 4.0 (the repository's LICENSE). Cited as `HeQ <split> <id>` (val or test;
  the id's first 8 characters).
- JCommonsenseQA (Kentaro Kurihara, Daisuke Kawahara and Tomohide Shibata, "JGLUE: Japanese General Language
  Understanding Evaluation", LREC 2022): Japanese five-choice questions that crowd workers wrote from ConceptNet
  concepts, each in their own words ("舞台は？", quiz questions naming a singer, an anime or a novelist). Read from the
  authors' repository yahoojapan/JGLUE at commit 6f071c0 (2025-03-31, its newest; the v1.3 files entered in 58f0e42
  that day): datasets/jcommonsenseqa-v1.3/train-v1.3.json (8,939 questions), valid-v1.3.json (1,119) and
  test-v1.3.json (1,118), all present. Only each question's `q_id` and `question` are read, never the choices or the
  label. Licence: CC BY-SA 4.0 (the repository's LICENSE). Cited as `JCommonsenseQA <split> <q_id>`.

HeQ pool: the questions of the Wikipedia paragraphs about films, TV, actors, music or books: those whose article title
or paragraph uses a HEQ_SCREEN_WORDS word (below; at least two uses in the paragraph when the title has none). Every
question of such a paragraph is a candidate, each text once (compared without case or punctuation), and prints the
same paragraph's later questions ("turn <n>: <text>"), at most FOLLOW_UPS: the probe file makes those that can be
adapted follow-ups of the candidate, as round 48 did with OpenDialKG's later questions.

JCommonsenseQA pool: the questions (train, valid, test, in file order) that use a JA_SCREEN_WORDS word; single
questions. The filter lets in many that ask what a general word means ("舞台は？"); they come with the rest.

Questions that any tests/nlu/probes*.yml already cites, quotes or asks word for word are left out; only how many is
printed. Each pool is shuffled with a fixed seed and printed in that order.

    python -m tooling.lead_checks.round75_sample [--heq N] [--jcommonsenseqa N]
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

SEED = 75
FOLLOW_UPS = 6  # a paragraph holds up to 14 questions; more later ones are not printed
OWN_FILE = "probes_round75_lead_check.yml"

HEQ = MIRRORS / "NNLP-IL+Hebrew-Question-Answering-Dataset" / "repo"
HEQ_COMMIT = "f46d2ff1b796a95e897530f167ae0d5bed123fe1"
HEQ_FOLDER = "data/data v1.1/"
# The files read, with the split each is cited by (`train v1.1.json` is an absent blob).
HEQ_FILES = (("val", "val v1.1.json"), ("test", "test v1.1.json"))
HEQ_SOURCE = "HeQ"
# Film, TV, actor, music and book words in Hebrew: film, cinema, TV series, TV programme, actor, actress, singer (m/f),
# album, band, director, directing, screenplay, musical, rapper, comics, anime, Netflix, Hollywood, Oscar. Words that
# Hebrew spells inside other words or uses in other senses are left out: book (ספר, also in "number" and "school"),
# song (שיר, also "poem"), chapter or episode (פרק), season (עונה, also "answers"), character (דמות, also "figure").
HEQ_SCREEN_WORDS = re.compile(
    r"סרט|קולנוע|סדרת טלוויזיה|תוכנית טלוויזיה|שחקן|שחקנית|זמר|זמרת|אלבום|להקה|להקת|במאי|בימוי|תסריט|מחזמר|ראפר|"
    r"קומיקס|אנימה|נטפליקס|הוליווד|אוסקר"
)
CITED_HEQ = re.compile(r"\bHeQ\s+((?:val|test)\s+[0-9a-f]{8})\b")

JGLUE = MIRRORS / "yahoojapan+JGLUE" / "repo"
JGLUE_COMMIT = "6f071c09316baae89c3d083a90985b4b1cb9968c"
JCQA_FOLDER = "datasets/jcommonsenseqa-v1.3/"
JCQA_FILES = (("train", "train-v1.3.json"), ("valid", "valid-v1.3.json"), ("test", "test-v1.3.json"))
JCQA_SOURCE = "JCommonsenseQA"
# Film, TV, music and book words in Japanese (film, drama, TV, actor/actress, novel, director, writer, singer, theme
# song, anime, manga, programme, music, song, lyrics, play, stage, screenplay, original work, work, series, lead role,
# story, picture book, band, idol, cinema, screening, streaming, heroine, protagonist, character, line, romance).
JA_SCREEN_WORDS = re.compile(
    r"映画|ドラマ|テレビ|俳優|女優|小説|監督|作家|歌手|主題歌|アニメ|漫画|番組|音楽|楽曲|読書|作曲|歌詞|芝居|演劇|舞台|"
    r"役者|脚本|原作|作品|シリーズ|主演|出演|物語|ストーリー|絵本|書籍|著者|バンド|アイドル|名作|ネットフリックス|劇場|"
    r"上映|配信|ヒロイン|主人公|登場人物|キャラクター|台詞|セリフ|ロマンス|恋愛"
)
CITED_JCQA = re.compile(r"\bJCommonsenseQA\s+((?:train|valid|test)\s+\d+)\b")


@dataclass(frozen=True)
class HeqQuestion:
    split: str
    title: str  # the article's title
    ids: tuple[str, ...]  # the paragraph's question ids, first 8 characters
    turns: tuple[str, ...]  # the paragraph's questions in order
    index: int  # the question's place among them, from 0

    @property
    def text(self) -> str:
        return self.turns[self.index]

    def cited(self, index: int) -> str:
        return f"{self.split} {self.ids[index]}"


def heq_screen(title: str, context: str) -> bool:
    """Whether a paragraph is about films, TV, actors, music or books."""
    return bool(HEQ_SCREEN_WORDS.search(title)) or len(HEQ_SCREEN_WORDS.findall(context)) >= 2


def heq_questions() -> list[HeqQuestion]:
    """The questions of the screen paragraphs of the stored HeQ Wikipedia articles, in HEQ_FILES order, file order and
    question order."""
    present = stored_in_folder(HEQ, HEQ_COMMIT, HEQ_FOLDER)
    found: list[HeqQuestion] = []
    for split, name in HEQ_FILES:
        if name not in present:
            continue
        for article in json.loads(git_text(HEQ, HEQ_FOLDER + name, HEQ_COMMIT))["data"]:
            if article.get("source") != "Wikipedia":
                continue
            for paragraph in article["paragraphs"]:
                if not heq_screen(article["title"], paragraph["context"]):
                    continue
                qas = [(qa["id"][:8], one_line(qa["question"])) for qa in paragraph["qas"] if one_line(qa["question"])]
                ids = tuple(qa_id for qa_id, _ in qas)
                turns = tuple(text for _, text in qas)
                found.extend(HeqQuestion(split, article["title"], ids, turns, index) for index in range(len(turns)))
    return found


def heq_candidate(question: HeqQuestion) -> Candidate:
    """A candidate with its article's title and the same paragraph's later questions (at most FOLLOW_UPS)."""
    turns, index = question.turns, question.index
    later = tuple(
        f"turn {other + 1}: {question.cited(other)}: {turns[other]}" for other in range(index + 1, len(turns))
    )
    where = f"{question.cited(index)} [{question.title}]"
    return Candidate(HEQ_SOURCE, where, question.text, later[:FOLLOW_UPS])


def heq(skip: Cited) -> tuple[list[Candidate], int]:
    every = heq_questions()
    seen = {
        question
        for question in every
        if question.cited(question.index) in skip.ids[HEQ_SOURCE] or normalised(question.text) in skip.texts
    }
    kept = first_unseen(every, lambda question: question.text, lambda question: question in seen)
    return [heq_candidate(question) for question in kept], len(seen)


@dataclass(frozen=True)
class JcqaQuestion:
    split: str
    q_id: int
    text: str


def jcqa_questions() -> list[JcqaQuestion]:
    """The stored JCommonsenseQA questions that use a JA_SCREEN_WORDS word, in JCQA_FILES order and file order (only
    `q_id` and `question` are read)."""
    present = stored_in_folder(JGLUE, JGLUE_COMMIT, JCQA_FOLDER)
    found: list[JcqaQuestion] = []
    for split, name in JCQA_FILES:
        if name not in present:
            continue
        for line in git_text(JGLUE, JCQA_FOLDER + name, JGLUE_COMMIT).splitlines():
            if not line.strip():
                continue
            item = json.loads(line)
            text = one_line(item["question"])
            if text and JA_SCREEN_WORDS.search(text):
                found.append(JcqaQuestion(split, item["q_id"], text))
    return found


def jcqa(skip: Cited) -> tuple[list[Candidate], int]:
    every = jcqa_questions()
    seen = {
        question
        for question in every
        if f"{question.split} {question.q_id}" in skip.ids[JCQA_SOURCE] or normalised(question.text) in skip.texts
    }
    kept = first_unseen(every, lambda question: question.text, lambda question: question in seen)
    pool = [Candidate(JCQA_SOURCE, f"{question.split} {question.q_id}", question.text) for question in kept]
    return pool, len(seen)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--heq", type=int, default=0, help="HeQ candidates to print (0: the whole pool)")
    parser.add_argument("--jcommonsenseqa", type=int, default=0, help="JCommonsenseQA candidates (0: the whole pool)")
    args = parser.parse_args()
    skip = cited_earlier(OWN_FILE, {HEQ_SOURCE: CITED_HEQ, JCQA_SOURCE: CITED_JCQA}, asks=True)
    heq_pool, heq_seen = heq(skip)
    jcqa_pool, jcqa_seen = jcqa(skip)
    print_left_out(((HEQ_SOURCE, heq_seen), (JCQA_SOURCE, jcqa_seen)))
    pools = ((HEQ_SOURCE, heq_pool, args.heq), (JCQA_SOURCE, jcqa_pool, args.jcommonsenseqa))
    print_quietly(tuple((source, pool, count or len(pool)) for source, pool, count in pools), SEED)


if __name__ == "__main__":
    main()
