"""The lead's round-68 check set: a seeded random sample of the questions that Japanese crowd workers wrote about
Japanese Wikipedia articles on films, TV, actors, books and music in JaQuAD, each with the same paragraph's later
questions.

Reads one dataset from its mirror on this machine (`git show <commit>:<path>`, nothing is downloaded):

- JaQuAD (ByungHoon So, Kyuhong Byun, Kyungwon Kang and Seongjin Cho, "JaQuAD: Japanese Question Answering Dataset
  for Machine Reading Comprehension", 2022): questions that native Japanese crowd workers wrote, in their own words,
  about paragraphs of Japanese Wikipedia articles, SQuAD style. Read from the authors' repository
  SkelterLabsInc/JaQuAD at commit 23f5d72 (2022-01-28, its newest, "Initial commit for JaQuAD dataset version
  0.1.0"): data/dev/jaquad_dev_000[0-3].json and data/train/jaquad_train_00[00-29].json, all present. Only each
  article's `title`, each paragraph's `context` (to choose the articles) and each question's `id` and `question` are
  read, never the answers. Licence: CC BY-SA 3.0 (the README's LICENSE section). Cited as `JaQuAD <id>` (the id as the
  data gives it: de- or tr-, then article, paragraph and question numbers).

Pool: the questions of the paragraphs of the articles whose title or first paragraph (where Japanese Wikipedia says
what the subject is) uses a film, TV, actor, book or music word (SCREEN_WORDS below), in file order; the filter also
lets in articles where such a word is said in passing (a hippo at a zoo, a library, a painter, an economist). A
candidate repeated (compared without case or punctuation) is kept once, at its first place, and those an earlier probe
file cites, quotes or asks are left out. Each candidate prints the article's title and the same paragraph's later
questions ("turn <n>: <text>"), at most FOLLOW_UPS: the probe file makes those that can be adapted follow-ups of the
candidate, with the names changed the same way.
"""

from __future__ import annotations

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
    one_source_main,
    print_left_out,
    stored_files,
)

SEED = 68
OWN_FILE = "probes_round68_lead_check.yml"
FOLLOW_UPS = 4
JAQUAD = MIRRORS / "SkelterLabsInc+JaQuAD" / "repo"
# The commit read (the repository's newest when mirrored).
JAQUAD_COMMIT = "23f5d72cc273c49b35e2d9efe0f51757aa1770bd"
JAQUAD_SOURCE = "JaQuAD"  # its name in citations and in the ranked output
# Film, TV, actor, book and music words as Japanese Wikipedia writes them.
SCREEN_WORDS = re.compile(
    r"映画|テレビ|ドラマ|アニメ|俳優|女優|声優|監督|脚本|主演|出演|歌手|楽曲|シングル|アルバム|バンド|作曲|作詞|"
    r"主題歌|ミュージシャン|音楽|小説|作家|漫画|文学|詩人|歌舞伎|番組|舞台|演劇|ミュージカル|オペラ"
)
CITED_JAQUAD = re.compile(r"\bJaQuAD\s+((?:de|tr)-[\d-]+)")


@dataclass(frozen=True)
class Question:
    qid: str
    title: str
    paragraph: tuple[str, ...]  # the paragraph's questions in order
    index: int  # the question's place among them, from 0

    @property
    def text(self) -> str:
        return self.paragraph[self.index]


def jaquad_questions() -> list[Question]:
    """The questions of the screen articles of the stored JaQuAD files, dev then train, in file order."""
    found: list[Question] = []
    for path in stored_files(JAQUAD, r"^data/(?:dev|train)/jaquad_\w+\.json$"):
        for article in json.loads(git_text(JAQUAD, path, JAQUAD_COMMIT))["data"]:
            paragraphs = article["paragraphs"]
            first = paragraphs[0]["context"] if paragraphs else ""
            if not SCREEN_WORDS.search(article["title"] + first):
                continue
            for paragraph in paragraphs:
                asked = [(qa["id"], one_line(qa["question"])) for qa in paragraph["qas"]]
                texts = tuple(text for _, text in asked)
                found.extend(Question(qid, article["title"], texts, index) for index, (qid, _) in enumerate(asked))
    return found


def with_context(question: Question) -> Candidate:
    later = tuple(
        f"turn {other + 1}: {question.paragraph[other]}" for other in range(question.index + 1, len(question.paragraph))
    )
    return Candidate(JAQUAD_SOURCE, f"{question.qid} [{question.title}]", question.text, later[:FOLLOW_UPS])


def jaquad(skip: Cited) -> tuple[list[Candidate], int]:
    """The pool, and how many of its questions an earlier probe file cites, quotes or asks."""
    every = jaquad_questions()
    seen = {
        question
        for question in every
        if question.qid in skip.ids[JAQUAD_SOURCE] or normalised(question.text) in skip.texts
    }
    kept = first_unseen(every, lambda question: question.text, lambda question: question in seen)
    return [with_context(question) for question in kept], len(seen)


def pool() -> list[Candidate]:
    skip = cited_earlier(OWN_FILE, {JAQUAD_SOURCE: CITED_JAQUAD}, asks=True)
    found, seen = jaquad(skip)
    print_left_out(((JAQUAD_SOURCE, seen),))
    return found


def main() -> None:
    one_source_main(__doc__.splitlines()[0], JAQUAD_SOURCE, pool, SEED)


if __name__ == "__main__":
    main()
