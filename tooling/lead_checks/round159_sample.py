"""The lead's round-159 check set: a seeded random sample of the questions that crowd workers typed, in their own
words, as the user of STAR's Wizard-of-Oz dialogues (an assistant for hotels, restaurants, rides, flights, trips,
doctors, parties, meetings, apartments, banks, weather, trivia and a spaceship), each with the same dialogue's later
questions of the user.

Reads one dataset from its mirror on this machine (`git cat-file` of one commit, nothing is downloaded):

- STAR (Johannes E. M. Mosig, Shikib Mehri and Thomas Kober, "STAR: A Schema-Guided Dialog Dataset for Transfer
  Learning", arXiv:2010.11853, 2020): 6,652 dialogues that pairs of Amazon Mechanical Turk workers held in real time,
  one playing the user from a task description and free instructions ("say something random about ..."), typing in
  their own words, the other the assistant (the "wizard", who picked replies from suggestions). Read from Rasa's
  repository RasaHQ/STAR at commit 3058975 (3058975092cdd09798e4a3a9e4ae135755824545, 2021-11-17, its newest):
  dialogues/<id>.json, one dialogue a file, all present (real blobs, not LFS pointers; `git ls-tree -l` lists no
  missing blob). Only each dialogue's `DialogueID`, its scenario's `Domains` and the `Text` of its `Events` whose
  `Agent` is "User" and `Action` "utter" are read, never the wizard's turns, the instructions, the task descriptions or
  the questionnaires. The user turns are kept as typed, their casing, spelling and spacing. Licence: MIT (the
  repository's LICENSE.txt, Rasa Technologies GmbH). Cited as `STAR <dialogue id>#<turn>` (the user's turn from 1).

Pool: the user turns (dialogue by dialogue in id order, each in turn order) that ask (hold a sentence ending in "?")
and are at most MAX_CHARS characters long. A text repeated (compared without case or punctuation) is kept once, at its
first place; turns an earlier probe file cites, quotes or asks are left out (counts only are printed). Most ask about
the dialogues' own subjects (a hotel's rating, a flight, the weather, a party venue); they come with the rest of the
sample, as the off-topic share or to be skipped.

Each candidate prints the same dialogue's later asking user turns, at most FOLLOW_UPS: the probe file makes those that
can be adapted follow-ups of the candidate, so that a conversation is one worker's own.

    python -m tooling.lead_checks.round159_sample
"""

from __future__ import annotations

import json
import re
import subprocess
from dataclasses import dataclass
from typing import Any

from tooling.lead_checks.mirrors import (
    MIRRORS,
    Candidate,
    Cited,
    asks,
    cited_earlier,
    one_line,
    print_one_pool,
    stored_in_folder,
    unseen,
)

SEED = 159
FOLLOW_UPS = 3
MAX_CHARS = 240
OWN_FILE = "probes_round159_lead_check.yml"
SOURCE = "STAR"  # its name in citations and in the ranked output

STAR = MIRRORS / "RasaHQ+STAR" / "repo"
# The commit read (the repository's newest when mirrored).
STAR_COMMIT = "3058975092cdd09798e4a3a9e4ae135755824545"
FOLDER = "dialogues"
CITED_STAR = re.compile(r"\bSTAR\s+(\d+#\d+)\b")


@dataclass(frozen=True)
class Turn:
    dialogue: int
    turn: int  # the user's turn in its dialogue, from 1
    domains: str
    text: str

    @property
    def cited(self) -> str:
        return f"{self.dialogue}#{self.turn}"


def dialogues() -> list[dict[str, Any]]:
    """Every stored dialogue file at STAR_COMMIT, read with one `git cat-file --batch`, in dialogue id order."""
    names = sorted(stored_in_folder(STAR, STAR_COMMIT, FOLDER + "/"), key=lambda name: int(name.partition(".")[0]))
    asked = "".join(f"{STAR_COMMIT}:{FOLDER}/{name}\n" for name in names).encode()
    shown = subprocess.run(
        ["git", "-C", str(STAR), "cat-file", "--batch"], input=asked, capture_output=True, check=True
    )
    out, start = shown.stdout, 0
    found: list[dict[str, Any]] = []
    while start < len(out):
        end = out.index(b"\n", start)
        size = int(out[start:end].split()[2])
        found.append(json.loads(out[end + 1 : end + 1 + size]))
        start = end + 2 + size  # the object, then its closing newline
    return found


def user_turns(dialogue: dict[str, Any]) -> list[Turn]:
    """A dialogue's user turns, in order, numbered from 1."""
    scenario = dialogue.get("Scenario") or {}
    domains = "+".join(str(domain) for domain in (scenario.get("Domains") or []) if domain) or "none"
    events = [event for event in dialogue.get("Events") or [] if isinstance(event, dict)]
    said = [
        one_line(str(event.get("Text", "")))
        for event in events
        if event.get("Agent") == "User" and event.get("Action") == "utter"
    ]
    return [Turn(int(str(dialogue["DialogueID"])), number, domains, text) for number, text in enumerate(said, 1)]


def asking(turn: Turn) -> bool:
    return bool(turn.text) and len(turn.text) <= MAX_CHARS and asks(turn.text)


def where(turn: Turn) -> str:
    return f"{SOURCE} {turn.cited} ({turn.domains})"


def pool(skip: Cited) -> tuple[list[Candidate], int]:
    """The pool, each candidate with the same dialogue's later asking user turns, and how many of the pool's turns an
    earlier probe file cites, quotes or asks."""
    every: list[Turn] = []
    later: dict[Turn, tuple[str, ...]] = {}
    for dialogue in dialogues():
        turns = [turn for turn in user_turns(dialogue) if asking(turn)]
        for place, turn in enumerate(turns):
            every.append(turn)
            later[turn] = tuple(
                f"turn {after.turn}: {after.text}" for after in turns[place + 1 : place + 1 + FOLLOW_UPS]
            )
    kept, seen = unseen(every, lambda turn: turn.cited, lambda turn: turn.text, skip, SOURCE)
    return [Candidate(SOURCE, where(turn), turn.text, later[turn]) for turn in kept], seen


def main() -> None:
    skip = cited_earlier(OWN_FILE, {SOURCE: CITED_STAR}, asks=True)
    found, seen = pool(skip)
    print_one_pool(SOURCE, found, seen, SEED)


if __name__ == "__main__":
    main()
