"""The lead's round-70 check set: a seeded random sample of the questions in XPersona's Japanese chit-chat
conversations that talk about films, TV, actors, books or music, each with the turn before it and the same
conversation's later questions.

Reads one dataset from its mirror on this machine (`git show <commit>:<path>`, nothing is downloaded):

- XPersona (Zhaojiang Lin, Zihan Liu, Genta Indra Winata, Samuel Cahyawijaya, Andrea Madotto, Yejin Bang, Etsuko
  Ishii and Pascale Fung, "XPersona: Evaluating Multilingual Personalized Chatbot", NLP4ConvAI workshop 2021):
  PersonaChat's ConvAI2 validation conversations (two crowd workers chatting, each playing a given persona) carried
  into six languages; the validation and test splits were translated and then corrected by native-speaking human
  annotators ("human annotated"). Only the Japanese files are read: dataset/Jp_persona_split_valid_human_annotated.json
  (275 conversations) and dataset/Jp_persona_split_test_human_annotated.json, from the authors' repository
  HLTCHKUST/Xpersona at commit 1da049a (2022-05-25, its newest when mirrored), both present (the *_train_corrected.json
  files, machine translated only, are absent blobs and not wanted). Each file is one JSON list of
  {"persona": [...], "dialogue": [[first speaker, second speaker], ...]}; only `dialogue` is read, its pairs
  flattened into turns in order, never the persona sentences. Runs of whitespace are read as one space; the Japanese
  is kept as written, including the annotators' spacing before "！" and "？". Licence: MIT (the repository's LICENSE,
  Copyright (c) 2020 CAiRE). Cited as `XPersona ja <split> <conversation>.<turn>` (the conversation its place in the
  file, the turn its place among the flattened turns, both counted from 1).

English PersonaChat (ConvAI2) is already used by earlier checks; the Japanese wording, written by Japanese annotators,
is new to the probe files, and the assistant answers Japanese questions, so the questions are kept in Japanese.

Pool: every turn that asks (a sentence ending in "？" or "?") from the conversation's first turn with a SCREEN_WORDS
word (below) on; a candidate repeated (compared without case or punctuation) is kept once, at its first place. Each
candidate prints the turn said just before it and the same conversation's later questions, at most FOLLOW_UPS.

Questions that any tests/nlu/probes*.yml already cites (an `XPersona ja <split> <c>.<t>` citation), quotes or asks
word for word are left out; only how many is printed. The pool is shuffled with a fixed seed and printed in that
order; tests/nlu/probes_round70_lead_check.yml takes the candidates in this order (its header lists the skips).

    python -m tooling.lead_checks.round70_sample [--xpersona N]
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from tooling.lead_checks.mirrors import (
    MIRRORS,
    Candidate,
    cited_earlier,
    first_unseen,
    git_text,
    normalised,
    one_line,
    one_source_main,
    print_left_out,
    stored_in_folder,
)

SEED = 70
FOLLOW_UPS = 6
OWN_FILE = "probes_round70_lead_check.yml"
SOURCE = "XPersona"

XPERSONA = MIRRORS / "HLTCHKUST+Xpersona" / "repo"
XPERSONA_COMMIT = "1da049a1bbf3b01548f98cc23ba75ef871416e50"
FOLDER = "dataset/"
# The files read, in this order, each with the split it is cited by.
FILES = (
    ("valid", "Jp_persona_split_valid_human_annotated.json"),
    ("test", "Jp_persona_split_test_human_annotated.json"),
)
# Film, TV, actor, book and music words as the Japanese annotators write them; 本 not inside 日本 or 本当/本気.
SCREEN_WORDS = re.compile(
    r"映画|テレビ|番組|ドラマ|アニメ|(?<!日)本(?!当|気|物)|小説|読書|読む|読み|読ん|音楽|ミュージック|歌|曲|バンド|"
    r"ギター|ピアノ|俳優|女優|作家|作者|著者|ネットフリックス|netflix|ミュージカル|漫画|マンガ|コンサート|ライブ|"
    r"シリーズ|ホラー|コメディ|ロマンス|ジャンル|主演|出演|監督|ジャズ|ロック|ポップ|カントリー|ラップ",
    re.IGNORECASE,
)
ASKING = re.compile(r"[?？]")
CITED = re.compile(r"\bXPersona\s+ja\s+((?:valid|test)\s+\d+\.\d+)")


@dataclass(frozen=True)
class Question:
    split: str
    conversation: int  # its place in the file, from 1
    turns: tuple[str, ...]
    index: int  # the question's place among the turns, from 0

    @property
    def text(self) -> str:
        return self.turns[self.index]

    @property
    def where(self) -> str:
        return f"ja {self.split} {self.conversation}.{self.index + 1}"


def questions() -> list[Question]:
    """The questions of the screen conversations, in FILES order, file order and turn order."""
    present = stored_in_folder(XPERSONA, XPERSONA_COMMIT, FOLDER)
    found: list[Question] = []
    for split, name in FILES:
        if name not in present:
            continue
        for number, item in enumerate(json.loads(git_text(XPERSONA, FOLDER + name, XPERSONA_COMMIT)), 1):
            turns = tuple(text for text in (one_line(turn) for pair in item["dialogue"] for turn in pair) if text)
            first = next((index for index, turn in enumerate(turns) if SCREEN_WORDS.search(turn)), len(turns))
            found.extend(
                Question(split, number, turns, index)
                for index in range(first, len(turns))
                if ASKING.search(turns[index])
            )
    return found


def with_context(question: Question) -> Candidate:
    turns, index = question.turns, question.index
    before = (f"before {index}: {turns[index - 1]}",) if index else ()
    later = tuple(
        f"turn {other + 1}: {turns[other]}" for other in range(index + 1, len(turns)) if ASKING.search(turns[other])
    )
    return Candidate(SOURCE, question.where, question.text, before + later[:FOLLOW_UPS])


def pool() -> list[Candidate]:
    skip = cited_earlier(OWN_FILE, {SOURCE: CITED}, asks=True)
    every = questions()
    seen = {
        question
        for question in every
        if question.where.removeprefix("ja ") in skip.ids[SOURCE] or normalised(question.text) in skip.texts
    }
    print_left_out(((SOURCE, len(seen)),))
    kept = first_unseen(every, lambda question: question.text, lambda question: question in seen)
    return [with_context(question) for question in kept]


def main() -> None:
    one_source_main(__doc__.splitlines()[0], SOURCE, pool, SEED)


if __name__ == "__main__":
    main()
