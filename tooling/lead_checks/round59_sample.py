"""The lead's round-59 check set: a seeded random sample of the Japanese quiz questions of the AI王 (AIO) question
answering competitions that ask about films, TV, actors, books and music, each with the later-ranked questions of the
same kind of subject.

Reads one dataset from its mirror on this machine (`git show <commit>:<path>`, nothing is downloaded):

- AI王 / AIO (the Japanese open-domain question answering competitions "AI王 〜クイズAI日本一決定戦〜", organised with
  Tohoku University, whose NLP group owns the repository read; the first in 2020, the second in 2021): quiz
  questions that professional quiz writers (株式会社キュービック and クイズ法人カプリティオ) wrote for the competitions,
  in the long Japanese quiz style that describes a thing and then asks for it ("映画『…』の監督は誰でしょう？",
  "…といえば、何でしょう？"). Read from cl-tohoku/quiz-datasets at commit aabe06f (2023-05-31, its newest; the AIO files
  are unchanged since aa47611, 2022-07-06, and 3327e7b, 2022-08-06): data/aio/aio_01_dev1.txt, aio_01_dev2.txt,
  aio_01_test_lb.txt, aio_01_test_lc.txt, aio_01_unused.txt (the first competition's 1,992 development, 2,000 test and
  608 unused questions) and aio_02_dev.txt (the second's 1,000 development questions), all present. Each is
  tab-separated with a header; only each row's `qid` and `original_question` are read, never the answer or the
  additional information; runs of whitespace are read as one space, and the question is kept as the data gives it
  (full-width "？", 『』 and 「」). The data/abc files (the abc/EQIDEN competitions' questions, whose copyright stays
  with their committee and which Tohoku University may redistribute for research only) are not read, nor the Wikipedia
  passages. Licence: CC BY-SA 4.0 for the questions under data/aio (the repository's README; its code is MIT). Cited as
  `AIO <qid>` (the qid as the data gives it: QA20CAPR-<n> or QA20QBIK-<n>, by the writers' company, for the first
  competition, AIO02-<n> for the second).

Why this source: the brief's suggestions were checked first. CREPE (velocityCavalry/CREPE) holds a download script
and no questions; FalseQA (thunlp/FalseQA) carries no licence; SituatedQA (mikejqzhang/SituatedQA) is built on
Natural Questions and AmbigQA, both already used; JSQuAD (yahoojapan/JGLUE, datasets/jsquad-v1.3, CC BY-SA 4.0) has
present validation and test files, but their 118 Wikipedia articles hold no film, and each question leans on its
paragraph; the Koala test set and Self-Instruct's user-oriented instructions were found in no stored file.

Pool: the questions of the six files, in the order above and file order, that use a film, TV, actor, book or music
word (SCREEN_WORDS below); the filter also lets in questions where such a word has another sense or the work is only a
step towards something else (a 曲線, a 作品 of art, a game show's host, an athlete's nickname); they come with the
rest of the sample. A text repeated (compared without case or punctuation) is kept once, at its first place.

The source has no dialogues, so each candidate prints the later-ranked candidates that ask about the same kind of
subject (a song or its singer, a book or its author, an actor or a role, the crew, a TV programme, a film; SUBJECT_KINDS
below), with their ranks in the seeded order, at most FOLLOW_UPS: the probe file makes some of them follow-ups of the
candidate by writing a pronoun or leaving out the subject the two share, as rounds 36, 41, 42 and 43 did.

Questions that any tests/nlu/probes*.yml already cites (by an `AIO <qid>` citation), quotes or asks word for word are
left out; only how many is printed. The pool is shuffled with a fixed seed and printed in that order. The probe file
tests/nlu/probes_round59_lead_check.yml translates the candidates into English in this order, skipping only those
that cannot be adapted to a question about this single film (its header says which ranks were skipped).

    python -m tooling.lead_checks.round59_sample [--aio N]
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass

from tooling.lead_checks.mirrors import (
    MIRRORS,
    Candidate,
    cited_earlier,
    first_unseen,
    git_text,
    kind_of,
    normalised,
    one_line,
    one_source_main,
    print_left_out,
    ranked_with_later_of_kind,
    stored_in_folder,
)

SEED = 59
FOLLOW_UPS = 12  # at most this many later-ranked questions of the same kind are printed
OWN_FILE = "probes_round59_lead_check.yml"

AIO = MIRRORS / "cl-tohoku+quiz-datasets" / "repo"
# The commit read (the repository's newest when mirrored; the AIO files are unchanged since 3327e7b).
AIO_COMMIT = "aabe06f84bb173fff2ac395a52dc59870cb224e1"
AIO_FOLDER = "data/aio/"
# The files read, in this order: the first competition's development, test and unused questions, then the second's
# development questions.
AIO_FILES = (
    "aio_01_dev1.txt",
    "aio_01_dev2.txt",
    "aio_01_test_lb.txt",
    "aio_01_test_lc.txt",
    "aio_01_unused.txt",
    "aio_02_dev.txt",
)
AIO_SOURCE = "AIO"  # its name in citations and in the ranked output
CITED_AIO = re.compile(r"\bAIO\s+((?:QA20[A-Z]+|AIO02)-\d+)\b")

# Film, TV, actor, book and music words, as the quiz writers use them (Japanese has no word boundaries, so each is
# matched anywhere in the question).
SCREEN_WORDS = re.compile(
    r"映画|シネマ|ドラマ|テレビ|番組|アニメ|ネットフリックス|Netflix|配信|俳優|女優|主演|出演|演じ|役者|監督|脚本|"
    r"小説|作家|文学|著書|著作|原作|出版|ベストセラー|芥川賞|直木賞|漫画|マンガ|作品|"
    r"歌手|歌詞|歌っ|歌う|主題歌|楽曲|名曲|作曲|作詞|バンド|アルバム|シングル|ミュージシャン|ミュージカル"
)

# What a question asks about, by its wording, the first that matches: a song or its performer, a book or its author,
# an actor or a role, a member of the crew, a TV programme, a film (round 43's kinds, in Japanese).
SUBJECT_KINDS = (
    ("music", re.compile(r"歌|曲|バンド|アルバム|シングル|ミュージシャン|ミュージカル")),
    ("book", re.compile(r"小説|作家|文学|著書|著作|原作|出版|ベストセラー|芥川賞|直木賞|漫画|マンガ")),
    ("actor", re.compile(r"俳優|女優|主演|出演|演じ|役者|役")),
    ("crew", re.compile(r"監督|脚本|プロデューサー|製作|制作")),
    ("tv", re.compile(r"ドラマ|テレビ|番組|アニメ|配信")),
    ("film", re.compile(r"映画|シネマ")),
)


@dataclass(frozen=True)
class AioQuestion:
    qid: str  # as the data gives it
    text: str  # `original_question`, whitespace made single spaces
    kind: str  # a SUBJECT_KINDS name, or ""


def aio_questions() -> list[AioQuestion]:
    """The screen questions of the stored AIO files, in AIO_FILES order and file order (only each row's `qid` and
    `original_question` are read)."""
    present = stored_in_folder(AIO, AIO_COMMIT, AIO_FOLDER)
    found: list[AioQuestion] = []
    for name in AIO_FILES:
        if name not in present:
            continue
        rows = csv.DictReader(
            io.StringIO(git_text(AIO, AIO_FOLDER + name, AIO_COMMIT)), delimiter="\t", quoting=csv.QUOTE_NONE
        )
        for row in rows:
            text = one_line(row["original_question"] or "")
            if text and SCREEN_WORDS.search(text):
                found.append(AioQuestion(row["qid"], text, kind_of(text, SUBJECT_KINDS)))
    return found


def aio_pool() -> list[Candidate]:
    """The candidates, each with its later-ranked questions of the same kind; prints how many questions an earlier
    probe file cites, quotes or asks."""
    skip = cited_earlier(OWN_FILE, {AIO_SOURCE: CITED_AIO}, asks=True)
    every = aio_questions()
    seen = {
        question
        for question in every
        if question.qid in skip.ids[AIO_SOURCE] or normalised(question.text) in skip.texts
    }
    kept = first_unseen(every, lambda question: question.text, lambda question: question in seen)
    print_left_out(((AIO_SOURCE, len(seen)),))
    return ranked_with_later_of_kind(kept, AIO_SOURCE, lambda question: question.qid, SEED, FOLLOW_UPS)


def main() -> None:
    one_source_main(__doc__.splitlines()[0], AIO_SOURCE, aio_pool, SEED)


if __name__ == "__main__":
    main()
