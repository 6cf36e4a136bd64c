"""The lead's round-55 check set: a seeded random sample of the film and TV requests that people typed to a human
"system" in X-RiSAWOZ's Wizard-of-Oz dialogues, each with the same dialogue's later film and TV requests, of the
first requests of its dialogues on other subjects, and of the questions about films, TV, books and music that Japanese
speakers asked each other in RealPersonaChat's free chats, each with the same chat's later such questions.

Reads two datasets from their mirrors on this machine (`git show <commit>:<path>`, nothing is downloaded):

- X-RiSAWOZ (Mehrad Moradshahi, Tianhao Shen, Kalika Bali and others, "X-RiSAWOZ: High-Quality End-to-End
  Multilingual Dialogue Datasets and Few-shot Agents", Findings of ACL 2023), the multilingual version of RiSAWOZ (Jun
  Quan, Shian Zhang, Qian Cao, Zizhong Li and Deyi Xiong, "RiSAWOZ: A Large-Scale Multi-Domain Wizard-of-Oz Dataset
  with Rich Semantic Annotations for Task-Oriented Dialogue Modeling", EMNLP 2020). RiSAWOZ's dialogues are
  human-to-human: one crowd worker, given a goal, typed as a user asking for films, TV series, hotels, trains and so on
  (in Chinese); another, the "wizard", answered from a database. X-RiSAWOZ's English is the authors' machine
  translation of the Chinese, post-edited by people. Read from the authors' repository stanford-oval/dialogues at
  commit a2d3178 (2023-07-03, its newest; the file entered in 728285b, 2023-05-13, and is unchanged since):
  dialogues/risawoz/data/original/en_fewshot.json (100 dialogues), present (en_valid.json and en_test.json are absent
  blobs; the Chinese zh_fewshot.json holds the same dialogues and is not read). Only each turn's `turn_id`,
  `turn_domain` and `user_utterance` text are read, never the wizard's replies, states, acts or database results; the
  English is kept as it is given (runs of whitespace read as one space). Licence: the repository's LICENSE is BSD
  3-Clause; RiSAWOZ's own data are CC BY 4.0 (terryqj0107/RiSAWOZ's README). Cited as `X-RiSAWOZ <dialogue>.<turn>`
  (the dialogue's `dialogue_id`, the turn's `turn_id`, from 0).
- RealPersonaChat (Sanae Yamashita, Koji Inoue, Ao Guo, Shota Mochizuki, Tatsuya Kawahara and Ryuichiro Higashinaka,
  "RealPersonaChat: A Realistic Persona Chat Corpus with Interlocutors' Own Personalities", PACLIC 2023): about 14,000
  Japanese text chats between two of 233 paid speakers, each talking as themselves about whatever they liked (about
  30 messages each). Read from the authors' repository nu-dialogue/real-persona-chat at commit 28d0b6b (2024-03-07,
  its newest): every real_persona_chat/dialogues/<id>.json, all present. Only each utterance's `utterance_id` and
  `text` are read (never the speakers' personas, personality scores or evaluations). Licence: CC BY-SA 4.0 (the
  repository's README and LICENSE). Cited as `RealPersonaChat <dialogue>.<utterance>` (the `dialogue_id` and the
  `utterance_id`, from 0).

X-RiSAWOZ pools: RiSAWOZ film (the user turns whose `turn_domain` is Movie or TV, each printing the same dialogue's
later Movie or TV user turns, at most FOLLOW_UPS, each marked "[asked earlier]" when an earlier probe file quotes or
asks it word for word) and RiSAWOZ other (the first user turn of each domain of the other
dialogues, that is each first request about a hotel, a train, the weather, a class and so on, single turns: the check
takes its off-topic share from them).

RealPersonaChat pool: the messages that hold a question mark (Japanese "？" or "?") and a SCREEN_WORDS word (films,
drama series, anime, actors, novels, manga, songs, singers and watching); each prints the message before it and the
same chat's later such questions (at most FOLLOW_UPS).

Questions that any tests/nlu/probes*.yml already cites (by an `X-RiSAWOZ <dialogue>.<turn>` or `RealPersonaChat
<dialogue>.<utterance>` citation), quotes or asks word for word are left out; only how many is printed. A text
repeated (compared without case or punctuation) is kept once, at its first place. Each pool is shuffled with a fixed
seed and printed in that order; the probe file tests/nlu/probes_round55_lead_check.yml takes the candidates in this
order, skipping only those that cannot be adapted (its header says which ranks were skipped).

    python -m tooling.lead_checks.round55_sample [--film N] [--other N] [--rpc N]
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
from collections.abc import Sequence
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

SEED = 55
FOLLOW_UPS = 6
OWN_FILE = "probes_round55_lead_check.yml"

RISAWOZ = MIRRORS / "stanford-oval+dialogues" / "repo"
# The commit read (the repository's newest when mirrored; the file is unchanged since 728285b).
RISAWOZ_COMMIT = "a2d317843b2c92338112bc56fc279b73a01fb66f"
RISAWOZ_FOLDER = "dialogues/risawoz/data/original/"
RISAWOZ_FILE = "en_fewshot.json"
RISAWOZ_SOURCE = "X-RiSAWOZ"
FILM_DOMAINS = {"Movie", "TV"}
CITED_RISAWOZ = re.compile(r"\bX-RiSAWOZ\s+(\S+###\d+\.\d+)")

RPC = MIRRORS / "nu-dialogue+real-persona-chat" / "repo"
RPC_COMMIT = "28d0b6b3865b29cabc26c230a2db37cdf315e937"
RPC_FOLDER = "real_persona_chat/dialogues/"
RPC_SOURCE = "RealPersonaChat"
CITED_RPC = re.compile(r"\bRealPersonaChat\s+(\d+\.\d+)")
# Films, drama series, anime, actors, novels, manga, songs, singers, watching, as the speakers write them.
SCREEN_WORDS = re.compile(
    r"映画|ドラマ|アニメ|俳優|女優|役者|主演|出演|キャスト|監督|原作|小説|漫画|マンガ|まんが|ジブリ|ネットフリックス|"
    r"Netflix|ネトフリ|アマプラ|邦画|洋画|主題歌|歌手|アーティスト|曲|音楽|観|見まし|見ます|見てい|見た"
)
QUESTION = re.compile(r"[?？]")


@dataclass(frozen=True)
class Turn:
    dialogue: str
    number: int
    text: str
    domain: str


def risawoz_dialogues() -> list[tuple[str, list[Turn]]]:
    """Each dialogue of the stored file with its user turns, in file order (only the user's text is read)."""
    if RISAWOZ_FILE not in stored_in_folder(RISAWOZ, RISAWOZ_COMMIT, RISAWOZ_FOLDER):
        return []
    found = []
    for item in json.loads(git_text(RISAWOZ, RISAWOZ_FOLDER + RISAWOZ_FILE, RISAWOZ_COMMIT)):
        turns = [
            Turn(
                item["dialogue_id"], turn["turn_id"], one_line(turn["user_utterance"][0]), "/".join(turn["turn_domain"])
            )
            for turn in item["dialogue"]
        ]
        found.append((item["dialogue_id"], turns))
    return found


def asked_before(text: str, skip: Cited) -> str:
    """A mark for a follow-up that an earlier probe file quotes or asks word for word (the check leaves it out)."""
    return " [asked earlier]" if normalised(text) in skip.texts else ""


def film_turn(turn: Turn) -> bool:
    return bool(set(turn.domain.split("/")) & FILM_DOMAINS)


def unseen(turns: list[Turn], skip: Cited, ids: set[object]) -> tuple[list[Turn], int]:
    seen = {turn for turn in turns if f"{turn.dialogue}.{turn.number}" in ids or normalised(turn.text) in skip.texts}
    return first_unseen(turns, lambda turn: turn.text, lambda turn: turn in seen), len(seen)


def risawoz(skip: Cited) -> tuple[list[Candidate], list[Candidate], int]:
    """The film pool (with later film turns), the other pool (first request of each other domain), and how many an
    earlier probe file cites, quotes or asks."""
    ids = skip.ids[RISAWOZ_SOURCE]
    film: list[Turn] = []
    other: list[Turn] = []
    later: dict[Turn, tuple[str, ...]] = {}
    for _, turns in risawoz_dialogues():
        film_turns = [turn for turn in turns if film_turn(turn)]
        film.extend(film_turns)
        for index, turn in enumerate(film_turns):
            later[turn] = tuple(
                f"turn {next_.number}: {next_.text}{asked_before(next_.text, skip)}"
                for next_ in film_turns[index + 1 :]
            )[:FOLLOW_UPS]
        if not film_turns:
            domains_seen: set[str] = set()
            for turn in turns:
                if turn.domain != "General" and turn.domain not in domains_seen:
                    domains_seen.add(turn.domain)
                    other.append(turn)
    film_kept, film_seen = unseen(film, skip, ids)
    other_kept, other_seen = unseen(other, skip, ids)

    def candidate(turn: Turn, follow_ups: tuple[str, ...] = ()) -> Candidate:
        return Candidate(RISAWOZ_SOURCE, f"{turn.dialogue}.{turn.number} [{turn.domain}]", turn.text, follow_ups)

    return (
        [candidate(turn, later[turn]) for turn in film_kept],
        [candidate(turn) for turn in other_kept],
        film_seen + other_seen,
    )


def rpc_files() -> list[str]:
    """The chat files of the stored folder whose content the mirror holds, in name order."""
    return sorted(stored_in_folder(RPC, RPC_COMMIT, RPC_FOLDER))


def rpc_texts(names: Sequence[str]) -> list[str]:
    """The files' texts, read in one `git cat-file --batch` (thousands of `git show` calls would be slow)."""
    specs = "".join(f"{RPC_COMMIT}:{RPC_FOLDER}{name}\n" for name in names).encode()
    out = subprocess.run(
        ["git", "-C", str(RPC), "cat-file", "--batch"], input=specs, capture_output=True, check=True
    ).stdout
    texts, position = [], 0
    for _ in names:
        header_end = out.index(b"\n", position)
        size = int(out[position:header_end].split()[2])
        texts.append(out[header_end + 1 : header_end + 1 + size].decode("utf-8"))
        position = header_end + 1 + size + 1
    return texts


def rpc(skip: Cited) -> tuple[list[Candidate], int]:
    """The pool (each with the message before and later screen questions), and how many an earlier file uses."""
    ids = skip.ids[RPC_SOURCE]
    questions: list[Turn] = []
    context: dict[Turn, tuple[str, ...]] = {}
    names = rpc_files()
    for text in rpc_texts(names):
        item = json.loads(text)
        number = str(item["dialogue_id"])
        messages = [(u["utterance_id"], one_line(u["text"])) for u in item["utterances"]]
        asked = [
            (index, Turn(number, uid, text_, ""))
            for index, (uid, text_) in enumerate(messages)
            if QUESTION.search(text_) and SCREEN_WORDS.search(text_)
        ]
        for position, (index, turn) in enumerate(asked):
            before = (f"before {messages[index - 1][0]}: {messages[index - 1][1]}",) if index else ()
            later = tuple(
                f"turn {other.number}: {other.text}{asked_before(other.text, skip)}"
                for _, other in asked[position + 1 :]
            )[:FOLLOW_UPS]
            context[turn] = before + later
            questions.append(turn)
    kept, seen = unseen(questions, skip, ids)
    pool = [Candidate(RPC_SOURCE, f"{turn.dialogue}.{turn.number}", turn.text, context[turn]) for turn in kept]
    return pool, seen


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--film", type=int, default=0, help="RiSAWOZ film candidates to print (0: the whole pool)")
    parser.add_argument("--other", type=int, default=0, help="RiSAWOZ other candidates to print (0: the whole pool)")
    parser.add_argument("--rpc", type=int, default=0, help="RealPersonaChat candidates to print (0: the whole pool)")
    args = parser.parse_args()
    skip = cited_earlier(OWN_FILE, {RISAWOZ_SOURCE: CITED_RISAWOZ, RPC_SOURCE: CITED_RPC}, asks=True)
    film, other, risawoz_seen = risawoz(skip)
    rpc_pool, rpc_seen = rpc(skip)
    print_left_out(((RISAWOZ_SOURCE, risawoz_seen), (RPC_SOURCE, rpc_seen)))
    pools: tuple[tuple[str, list[Candidate], int], ...] = (
        ("RiSAWOZ-film", film, args.film),
        ("RiSAWOZ-other", other, args.other),
        ("RealPersonaChat", rpc_pool, args.rpc),
    )
    print_quietly(tuple((source, pool, count or len(pool)) for source, pool, count in pools), SEED)


if __name__ == "__main__":
    main()
