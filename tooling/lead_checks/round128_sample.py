"""The lead's round-128 check set: a seeded random sample of the questions that crowd workers typed, in Japanese and in
their own words, as the customer of a travel information centre in JMultiWOZ's Wizard-of-Oz dialogues, each with the
same dialogue's later questions of that customer (a conversation kept as a conversation).

Reads one dataset from its mirror on this machine (`git show <commit>:<path>`, nothing is downloaded):

- JMultiWOZ (Atsumoto Ohashi, Ryu Hirai, Shinya Iizuka and Ryuichiro Higashinaka, "JMultiWOZ: A Large-Scale Japanese
  Multi-Domain Task-Oriented Dialogue Dataset", LREC-COLING 2024): 4,246 Japanese text dialogues between two crowd
  workers, one typing as a customer who plans a trip to one of nine Japanese cities (sights, hotels, restaurants,
  shopping, taxis, weather) from a goal given in prose, the other as the travel-centre operator answering from a
  database. The authors' repository nu-dialogue/jmultiwoz (a78dd33, 2024-03-27, its newest) holds the dialogues only
  as dataset/JMultiWOZ_1.0.zip, an absent blob in its mirror (`git ls-tree -l` gives BAD at every commit), so the
  customer turns are read from llm-jp/JMultiWOZ-TC at commit 2dbbe66 (2dbbe66c9f3779b2639bf096a0bf6ce5f7b90144,
  2026-01-09, its newest), which re-packs every JMultiWOZ dialogue for a tool-calling test: JMultiWOZ-TC_data.zip
  (present, 2,270,410 bytes; the unzipped copies beside it are absent blobs), member jmultiwoz_tc_input.json, one JSON
  object a line, one line for each of the 31,303 customer turns, holding the dialogue's `dialogue_id` and the messages
  up to that turn. Only each line's `data_id`, `dialogue_id` and its last message (the customer's turn, as typed) are
  read, never the operator's replies or the tool-call answers (jmultiwoz_tc_ground.json). Licence: JMultiWOZ is CC
  BY-SA 4.0 (nu-dialogue/jmultiwoz's README and LICENSE); JMultiWOZ-TC is CC BY 4.0 (its README). Cited as
  `JMultiWOZ <dialogue_id> <turn>` (the customer's turn number in its dialogue, from 0, as the `data_id` gives it).

Pool: one candidate a dialogue, its first customer turn that asks (QUESTION: a "？" or "?", a sentence ending in
"か", or "教えて"), each text once (compared without case or punctuation); turns that an earlier probe file cites,
quotes or asks are left out (counts only printed). Each candidate prints the same dialogue's later asking turns of the
customer, at most FOLLOW_UPS, as "turn <n>: <text>": the probe file keeps those it can adapt as the conversation's
next turns.

    python -m tooling.lead_checks.round128_sample [--jmultiwoz N]
"""

from __future__ import annotations

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
    cited_earlier,
    first_unseen,
    normalised,
    one_line,
    one_source_main,
    print_left_out,
)

SEED = 128
FOLLOW_UPS = 4
OWN_FILE = "probes_round128_lead_check.yml"
SOURCE = "JMultiWOZ"  # its name in citations and in the ranked output

JMULTIWOZ_TC = MIRRORS / "llm-jp+JMultiWOZ-TC" / "repo"
# The commit read (the repository's newest when mirrored).
JMULTIWOZ_TC_COMMIT = "2dbbe66c9f3779b2639bf096a0bf6ce5f7b90144"
ARCHIVE = "JMultiWOZ-TC_data.zip"
MEMBER = "jmultiwoz_tc_input.json"
DATA_ID = re.compile(r"_turn_(\d+)$")
# A customer turn that asks: a question mark, a sentence ending in the question particle か, or "tell me".
QUESTION = re.compile(r"[？?]|か(?:ね|な)?[。．.！!]*(?:\s|$)|教えて")
CITED_JMULTIWOZ = re.compile(r"\bJMultiWOZ\s+(dialogue_\w+\s+\d+)\b")


@dataclass(frozen=True)
class Turn:
    dialogue: str  # JMultiWOZ's dialogue_id, "dialogue_<4 digits><4 characters>"
    number: int  # the customer's turn in its dialogue, from 0
    text: str

    @property
    def cited(self) -> str:
        return f"{self.dialogue} {self.number}"


def archive_lines() -> list[str]:
    """The input member of the stored archive, line by line (the archive is binary: read with `git show`)."""
    shown = subprocess.run(
        ["git", "-C", str(JMULTIWOZ_TC), "show", f"{JMULTIWOZ_TC_COMMIT}:{ARCHIVE}"], capture_output=True, check=True
    )
    with zipfile.ZipFile(io.BytesIO(shown.stdout)) as archive:
        return archive.read(MEMBER).decode("utf-8").splitlines()


def dialogues() -> dict[str, list[Turn]]:
    """Every dialogue's customer turns in order (each line's last message is the customer's turn it is about)."""
    found: dict[str, list[Turn]] = {}
    for line in archive_lines():
        if not line.strip():
            continue
        entry = json.loads(line)
        number = DATA_ID.search(entry["data_id"])
        messages = entry["question"]
        if not number or not messages or messages[-1].get("role") != "user":
            continue
        dialogue = entry["dialogue_id"]
        found.setdefault(dialogue, []).append(Turn(dialogue, int(number.group(1)), one_line(messages[-1]["content"])))
    return found


def asks(turn: Turn) -> bool:
    return bool(QUESTION.search(turn.text))


def pool(skip: Cited) -> tuple[list[Candidate], int]:
    """One candidate a dialogue (its first asking customer turn not used before) with its later asking turns; and how
    many asking turns an earlier probe file cites, quotes or asks."""

    def seen(turn: Turn) -> bool:
        return turn.cited in skip.ids[SOURCE] or normalised(turn.text) in skip.texts

    openers: list[tuple[Turn, tuple[str, ...]]] = []
    left_out = 0
    for turns in dialogues().values():
        asking = [turn for turn in turns if asks(turn)]
        left_out += sum(1 for turn in asking if seen(turn))
        fresh = [turn for turn in asking if not seen(turn)]
        if fresh:
            later = tuple(f"turn {turn.number}: {turn.text}" for turn in fresh[1 : 1 + FOLLOW_UPS])
            openers.append((fresh[0], later))
    kept = first_unseen(openers, lambda opener: opener[0].text, lambda opener: False)
    return [Candidate(SOURCE, f"{SOURCE} {turn.cited}", turn.text, later) for turn, later in kept], left_out


def main() -> None:
    skip = cited_earlier(OWN_FILE, {SOURCE: CITED_JMULTIWOZ}, asks=True)
    found, left_out = pool(skip)
    print(f"# {SOURCE}: customer turns of llm-jp/JMultiWOZ-TC {JMULTIWOZ_TC_COMMIT}:{ARCHIVE}:{MEMBER}")
    print_left_out(((SOURCE, left_out),))
    one_source_main(__doc__.splitlines()[0], SOURCE, lambda: found, SEED)


if __name__ == "__main__":
    main()
