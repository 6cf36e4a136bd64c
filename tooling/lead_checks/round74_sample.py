"""The lead's round-74 check set: a seeded random sample of the questions that people typed to chatbots about films,
TV, actors, books and music in the human-chatbot chats of the third Dialogue Breakdown Detection Challenge (DBDC3),
English and Japanese, each with the same chat's later questions.

Reads one dataset from its mirror on this machine (`git show <commit>:<path>`, nothing is downloaded):

- DBDC3 (Ryuichiro Higashinaka, Kotaro Funakoshi, Michimasa Inaba, Yuiko Tsunomori, Tetsuro Takahashi and Nobuhiro
  Kaji, "Overview of Dialogue Breakdown Detection Challenge 3", DSTC6 workshop, 2017): text chats, ten turns each way,
  in which a person talks with a chatbot; every system turn is labelled by annotators as a breakdown or not. Only the
  people's turns are read. The organizers' archive docs/data/DBDC3.zip in their repository dbd-challenge/dbdc3 at
  commit c0927f9 (2018-08-25, its newest; the archive entered in 0663a29, 2018-02-27, and is unchanged since b5b9940,
  2018-02-28), present (3.6 MB), is opened in memory. Its folder DBDC3/dbdc3/ holds, in English, IRIS_100 and
  TKTK_100 (development; chats with the IRIS and TickTock chatbots taken from the WOCHAT data), YI_100 (development;
  chats with a chatbot of the Moscow Institute of Physics and Technology that the organizers collected), their
  evaluation counterparts IRIS_50, TKTK_50 and YI_50, and CIC_115 and CIC_50 (chats of the first Conversational
  Intelligence Challenge, ConvAI 2017, which an earlier check already used: not read); in Japanese, DCM, DIT and IRS
  (evaluation; chats with NTT DOCOMO's chat API, Denso IT Laboratory's system and an IR-status system, 50 each). The
  folder DBDC3/dbdc3_revised/ re-annotates some of the same chats with the same text and is not read. Only each
  chat's `turns` (`speaker` "U" for the person, `turn-index`, `utterance`) are read, never the annotations. Runs of
  whitespace are read as one space; casing, spelling and typos are kept as typed. Licence: MIT (the archive's
  DBDC3/LICENSE.txt and docs/data/index.md: "can be used for both profit and nonprofit purposes under the MIT
  license"). Cited as `DBDC3 <set> <chat> <turn>` (the set its folder, the chat its file name less `.log.json`, the
  turn its `turn-index`, counted from 0 over both speakers).

Pool: the people's questions in the chats about films, TV, actors, books or music: those one of whose people's turns
uses a SCREEN_WORDS word (English) or SCREEN_WORDS_JA word (Japanese). A question is a person's turn that holds a
sentence ending in "?" (English), or one holding "?" or "？" or ending in a question particle (か, かな, の, っけ before
the closing punctuation; Japanese). Every question from the chat's first person's turn with such a word on is a
candidate. A candidate repeated (compared without case or punctuation) is kept once, at its first place. Each
candidate prints the system's turn said just before it ("before <turn>: <text>", what it answers or leans on) and the
same chat's later questions by the person ("turn <n>: <text>"), at most FOLLOW_UPS: the probe file makes those of them
that can be adapted follow-ups of the candidate, with the names changed the same way.

Questions that any tests/nlu/probes*.yml already cites (by a `DBDC3 <set> <chat> <turn>` citation), quotes or asks
word for word are left out; only how many is printed. The pool is shuffled with a fixed seed and printed in that
order. The probe file tests/nlu/probes_round74_lead_check.yml takes the candidates in this order, skipping only those
that cannot be adapted to a question about this single film (its header says which ranks were skipped).

    python -m tooling.lead_checks.round74_sample [--dbdc3 N]
"""

from __future__ import annotations

import argparse
import io
import json
import re
import subprocess
import zipfile
from dataclasses import dataclass

from tooling.lead_checks.mirrors import (
    MIRRORS,
    Candidate,
    Cited,
    asks,
    cited_earlier,
    first_unseen,
    normalised,
    one_line,
    print_left_out,
    print_quietly,
)

SEED = 74
FOLLOW_UPS = 8  # a chat holds ten turns of the person's; more later questions are not printed
OWN_FILE = "probes_round74_lead_check.yml"

DBDC3 = MIRRORS / "dbd-challenge+dbdc3" / "repo"
# The commit read (the repository's newest when mirrored; the archive is unchanged since b5b9940).
DBDC3_COMMIT = "c0927f91fc59dedfcf3d4986502d65a93e8fa28e"
DBDC3_ARCHIVE = "docs/data/DBDC3.zip"
DBDC3_FOLDER = "DBDC3/dbdc3/"
# The sets read, in this order, each with its language (CIC_115 and CIC_50, ConvAI 2017's chats, are not read).
DBDC3_SETS = (
    ("en/dev/IRIS_100", "en"),
    ("en/dev/TKTK_100", "en"),
    ("en/dev/YI_100", "en"),
    ("en/eval/IRIS_50", "en"),
    ("en/eval/TKTK_50", "en"),
    ("en/eval/YI_50", "en"),
    ("ja/eval/DCM", "ja"),
    ("ja/eval/DIT", "ja"),
    ("ja/eval/IRS", "ja"),
)
DBDC3_SOURCE = "DBDC3"  # its name in citations and in the ranked output
CITED_DBDC3 = re.compile(r"\bDBDC3\s+(\w+\s+[\w.-]+\s+\d+)")

# Film, TV, actor, book and music words as the people chatting use them ("Have you seen any good movies?", "What TV
# shows do you like?", "Do you like romance novels?"). "show" counts only as a programme, "book" not as the verb,
# "read" and "watch" only with what is read or watched nearby left to the filter's other words, so they are kept out.
SCREEN_WORDS = re.compile(
    r"\b(?:movies?|moves|films?|cinemas?|actors?|actress(?:es)?|starr(?:ed|ing)|characters?|directors?|directed|"
    r"sequels?|episodes?|series|tv|television|netflix|trailers?|sitcoms?|cartoons?|anime|hollywood|oscars?|"
    r"documentar(?:y|ies)|(?:tv|talk|game|reality|favou?rite|the|that|this|a) shows?|novels?|novelists?|"
    r"books?(?! (?:a|an|the|me|us|tickets?|rooms?|tables?|flights?|trips?)\b)|authors?|writers?|genres?|fiction|"
    r"comics?|manga|songs?|singers?|bands?|albums?|music|musicians?|musicals?|lyrics|soundtracks?|concerts?|"
    r"rappers?|comed(?:y|ies)|thrillers?|dramas?|horror|romance|theat(?:er|re)s?|star wars|twilight|harry potter)\b",
    re.IGNORECASE,
)
# The same in Japanese: 映画 (film), ドラマ (drama), テレビ (TV), 番組 (programme), アニメ, 俳優 and 女優
# (actor, actress), 監督 (director), 小説 (novel), 本 as a book (not 日本 or 本当), 漫画, 作家 (writer), 音楽,
# 歌 (song), 曲 (piece), バンド, アーティスト, 主演 (starring), 主人公 (hero), ジブリ. The filter also lets in
# words that only contain these (曲がる, to turn), kept as they come.
SCREEN_WORDS_JA = re.compile(
    r"映画|ドラマ|テレビ|番組|アニメ|俳優|女優|監督|小説|(?<![日])本(?![当来])|読書|漫画|マンガ|作家|音楽|歌|曲|バンド|"
    r"アーティスト|主演|主人公|ジブリ|シネマ|洋画|邦画"
)
# A Japanese question: a question mark, or a question particle closing the turn.
ASKS_JA = re.compile(r"[?？]|(?:か|かな|の|っけ)[。！!…~〜ｗw]*$")


@dataclass(frozen=True)
class Question:
    set_name: str  # the set's folder name, e.g. TKTK_50
    chat: str  # the file name less .log.json
    turns: tuple[tuple[int, str, str], ...]  # (turn-index, speaker, utterance) of the whole chat
    index: int  # the question's place in `turns`

    @property
    def text(self) -> str:
        return self.turns[self.index][2]

    def cited(self, index: int) -> str:
        """Turn `index` of `turns` as the probe comments cite it, less the source."""
        return f"{self.set_name} {self.chat} {self.turns[index][0]}"


def is_question(text: str, language: str) -> bool:
    return asks(text) if language == "en" else bool(ASKS_JA.search(text))


def screen(text: str, language: str) -> bool:
    return bool((SCREEN_WORDS if language == "en" else SCREEN_WORDS_JA).search(text))


def archive() -> zipfile.ZipFile:
    """The organizers' archive, read from the mirror at DBDC3_COMMIT into memory."""
    shown = subprocess.run(
        ["git", "-C", str(DBDC3), "show", f"{DBDC3_COMMIT}:{DBDC3_ARCHIVE}"], capture_output=True, check=True
    )
    return zipfile.ZipFile(io.BytesIO(shown.stdout))


def chat_questions(set_name: str, chat: str, language: str, data: dict) -> list[Question]:
    """The person's questions of one chat from the person's first turn with a screen word on."""
    turns = tuple(
        (int(turn["turn-index"]), turn["speaker"], one_line(turn["utterance"]))
        for turn in data["turns"]
        if one_line(turn["utterance"])
    )
    people = [index for index, turn in enumerate(turns) if turn[1] == "U"]
    first = next((index for index in people if screen(turns[index][2], language)), len(turns))
    return [
        Question(set_name, chat, turns, index)
        for index in people
        if index >= first and is_question(turns[index][2], language)
    ]


def dbdc3_questions() -> list[Question]:
    """The questions of the screen chats, in DBDC3_SETS order and file-name order (only `turns` is read)."""
    found: list[Question] = []
    with archive() as zipped:
        names = sorted(zipped.namelist())
        for folder, language in DBDC3_SETS:
            prefix = f"{DBDC3_FOLDER}{folder}/"
            set_name = folder.rpartition("/")[2]
            for name in names:
                if name.startswith(prefix) and name.endswith(".log.json"):
                    chat = name[len(prefix) : -len(".log.json")]
                    found.extend(chat_questions(set_name, chat, language, json.loads(zipped.read(name))))
    return found


def with_context(question: Question) -> Candidate:
    """A candidate with the system's turn just before it and the same chat's later questions (at most FOLLOW_UPS)."""
    turns, index = question.turns, question.index
    before = (f"before {turns[index - 1][0]}: {turns[index - 1][2]}",) if index else ()
    language = "ja" if question.set_name in {"DCM", "DIT", "IRS"} else "en"
    later = tuple(
        f"turn {turns[other][0]}: {turns[other][2]}"
        for other in range(index + 1, len(turns))
        if turns[other][1] == "U" and is_question(turns[other][2], language)
    )
    return Candidate(DBDC3_SOURCE, question.cited(index), question.text, before + later[:FOLLOW_UPS])


def dbdc3(skip: Cited) -> tuple[list[Candidate], int]:
    """The pool, and how many of its questions an earlier probe file cites, quotes or asks."""
    every = dbdc3_questions()
    seen = {
        question
        for question in every
        if question.cited(question.index) in skip.ids[DBDC3_SOURCE] or normalised(question.text) in skip.texts
    }
    kept = first_unseen(every, lambda question: question.text, lambda question: question in seen)
    return [with_context(question) for question in kept], len(seen)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dbdc3", type=int, default=0, help="DBDC3 candidates to print (0: the whole pool)")
    args = parser.parse_args()
    skip = cited_earlier(OWN_FILE, {DBDC3_SOURCE: CITED_DBDC3}, asks=True)
    pool, seen = dbdc3(skip)
    print_left_out(((DBDC3_SOURCE, seen),))
    print_quietly(((DBDC3_SOURCE, pool, args.dbdc3 or len(pool)),), SEED)


if __name__ == "__main__":
    main()
