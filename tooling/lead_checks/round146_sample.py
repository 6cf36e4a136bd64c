"""The lead's round-146 check set: a seeded random sample of the questions that Japanese crowd workers typed, in their
own words, in the text chats of the Emotion Transcription in Conversation (ETC) Dataset, kept in Japanese as typed:
the questions of the chats that talk about films, dramas, actors, novels, books, manga, anime or music, each with the
later questions of the same chat.

Reads one dataset from its mirror on this machine (`git show <commit>:<path>`, nothing is downloaded):

- UEC-InabaLab/ETCDataset (Yoshiki Tanaka, Ryuichi Uehara, Koji Inoue and Michimasa Inaba, "Emotion Transcription in
  Conversation: A Benchmark for Capturing Subtle and Complex Emotional States through Natural Language", LREC 2026; in
  Japanese: 田中義規, 上原隆一, 井上昂治, 稲葉通将, 「対話における心情記述」, 言語処理学会第32回年次大会, 2026): 997
  text chats of ten turns between two crowd workers (a speaker who tells of an experience tied to an emotion, a listener
  who answers, in the EmpatheticDialogues set-up), one file a chat, `etc/dialogues/<id>.json`, at commit 6c4f7e1
  (6c4f7e10ff2cd3191c2375248b35de095a480d91, its newest when mirrored). All 997 files are present (real blobs, no LFS
  pointer, no missing blob). Only each turn's `utterance` is read, never the emotion transcriptions, the emotion labels
  or the personality file. Licence: CC BY-NC 4.0 (the repository's LICENSE and README). Cited as
  `ETC <chat>:<turn><S|L>` (S the speaker's message of that turn, L the listener's).

Pool: the chats (in file order) of which a message names a film, drama, actor, novel, book, manga, anime or music word
(SCREEN_WORDS); of those chats, every message (in turn order) that asks, that is holds "？" or "?", and is at most
MAX_CHARS characters (SCREEN_WORDS was widened once, after a first listing of 69 chats held too few questions that could
be adapted, and before any probe turn was written). Each text is kept once (compared without case or punctuation); those
an earlier probe file cites, quotes or asks are left out (counts only printed). Each candidate prints the later
questions of its own chat (at most FOLLOW_UPS, by either participant, in turn order): the probe file makes those that
can be adapted its follow-ups, so a multi-turn conversation is one chat's own questions.

    python -m tooling.lead_checks.round146_sample
"""

from __future__ import annotations

import json
import re
import subprocess
from dataclasses import dataclass

from tooling.lead_checks.mirrors import (
    MIRRORS,
    Candidate,
    cited_earlier,
    git_text,
    one_line,
    print_one_pool,
    stored_in_folder,
    unseen,
)

SEED = 146
FOLLOW_UPS = 3
MAX_CHARS = 160
OWN_FILE = "probes_round146_lead_check.yml"
SOURCE = "ETC"  # its name in citations and in the ranked output

ETC = MIRRORS / "UEC-InabaLab+ETCDataset" / "repo"
ETC_COMMIT = "6c4f7e1"  # the repository's newest when mirrored; resolved to its full hash when read
FOLDER = "etc/dialogues"
# A chat is kept when one of its messages names one of these (films, dramas, actors, books, manga, anime, music).
SCREEN_WORDS = re.compile(
    r"映画|ドラマ|俳優|女優|主演|監督|小説|原作|作家|読書|本を|漫画|マンガ|アニメ|主題歌|曲|歌手|歌って|バンド|"
    r"アーティスト|ライブ|Netflix|ネトフリ|配信|作品|シーン|キャラ|ストーリー|シリーズ|続編|番組|テレビ|推し|音楽|"
    r"ジブリ|ディズニー|観(?!光|客|察|点|念)"
)
ASKS = re.compile(r"[？?]")
CITED_ETC = re.compile(r"\bETC\s+(\d{4}:\d+[SL])\b")


@dataclass(frozen=True)
class Question:
    chat: str  # the file's number, "0945"
    turn: int
    role: str  # "S" or "L"
    text: str

    @property
    def cited(self) -> str:
        return f"{self.chat}:{self.turn}{self.role}"


def full_commit() -> str:
    return subprocess.run(
        ["git", "-C", str(ETC), "rev-parse", ETC_COMMIT], capture_output=True, text=True, check=True
    ).stdout.strip()


def chats() -> list[tuple[str, list[tuple[int, str, str]]]]:
    """Every stored chat, in file order: its number and its messages (turn, S or L, text)."""
    found = []
    for name in sorted(stored_in_folder(ETC, ETC_COMMIT, FOLDER + "/")):
        if not name.endswith(".json"):
            continue
        chat = json.loads(git_text(ETC, f"{FOLDER}/{name}", ETC_COMMIT))
        messages = [
            (int(turn["turn"]), "S" if turn["role"] == "speaker" else "L", one_line(turn["utterance"]))
            for turn in chat["dialogue"]
        ]
        found.append((name.removesuffix(".json"), messages))
    return found


def questions() -> list[list[Question]]:
    """The asking messages of each chat that names a screen, book or music word, chat by chat."""
    every = []
    for chat, messages in chats():
        if not any(SCREEN_WORDS.search(text) for _, _, text in messages):
            continue
        asked = [
            Question(chat, turn, role, text)
            for turn, role, text in messages
            if ASKS.search(text) and len(text) <= MAX_CHARS
        ]
        if asked:
            every.append(asked)
    return every


def where(question: Question) -> str:
    return f"{SOURCE} {question.cited}"


def main() -> None:
    skip = cited_earlier(OWN_FILE, {SOURCE: CITED_ETC}, asks=True)
    by_chat = questions()
    flat = [question for asked in by_chat for question in asked]
    kept, seen = unseen(flat, lambda question: question.cited, lambda question: question.text, skip, SOURCE)
    kept_set = set(kept)
    found = []
    for asked in by_chat:
        for place, question in enumerate(asked):
            if question not in kept_set:
                continue
            later = [other for other in asked[place + 1 :] if other in kept_set][:FOLLOW_UPS]
            follow_ups = tuple(f"turn {other.cited}: {other.text}" for other in later)
            found.append(Candidate(SOURCE, where(question), question.text, follow_ups))
    print(f"# {SOURCE} commit {full_commit()}, {len(by_chat)} chats with a screen, book or music word and a question")
    print_one_pool(SOURCE, found, seen, SEED)


if __name__ == "__main__":
    main()
