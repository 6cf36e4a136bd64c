"""The lead's round-145 check set: a seeded random sample of the dialogues that crowd workers typed as the driver of a
car, talking to an in-car assistant about their calendar, the weather and where to drive (KVRET), each with the same
dialogue's later driver turns.

Reads one dataset from its mirror on this machine (`git show <commit>:<path>`, nothing is downloaded):

- KVRET, the Stanford Multi-Domain dialogue set (Mihail Eric, Lakshmi Krishnan, Francois Charette and Christopher D.
  Manning, "Key-Value Retrieval Networks for Task-Oriented Dialogue", SIGDIAL 2017): 3,031 dialogues collected
  Wizard-of-Oz style on Amazon Mechanical Turk, one worker typing as the driver in their own words from a short task
  ("You want to find what the temperature is like in San Mateo over the next two days"), another as the car's
  assistant, in three domains: calendar scheduling, weather and point-of-interest navigation ("what's the weather
  going to be like in carson this week", "where's the nearest parking garage", "when is my dentist appointment?").
  The authors' release (kvret_dataset_public) is read from the copy in WING-NUS/sequicity (Wenqiang Lei et al.,
  "Sequicity", ACL 2018, which trains on it), at commit e3ae959 (e3ae9590c6a7553fc22c85f5ca1d7e6c9324ad45,
  2019-03-05, its newest; the data files entered in 0748bbf, 2018-07-14, and are unchanged since):
  data/kvret/kvret_dev_public.json (302 dialogues) and data/kvret/kvret_test_public.json (304), both present
  (kvret_train_public.json is an absent blob and is not read). Each file is one JSON list of dialogues; only each
  dialogue's `dialogue` turns (`turn`, and `data.utterance` of the driver's turns) and its `scenario.task.intent` are
  read, never the assistant's slots or the knowledge-base items. Runs of whitespace are read as one space; the
  driver's words are kept as typed. Licence: none stated in the repository (no licence file; its README states none);
  the dialogues are the authors' public research release. Cited as `KVRET <split> <dialogue>.<turn>` (the dialogue
  its place in the file, the turn its place in the dialogue, driver's and assistant's turns counted, both from 1).

Pool: every dialogue of the two files (dev, then test, in file order) that opens with a driver's turn, as its first
driver turn; a first turn repeated (compared without case or punctuation) is kept once, at its first place, and
dialogues an earlier probe file cites or whose first turn it quotes or asks are left out (counts only are printed).
Each candidate prints the same dialogue's later driver turns ("turn <n>: <text>"), at most FOLLOW_UPS: the probe
file makes those of them that can be adapted follow-ups of the candidate, with the names changed the same way, so
that a conversation keeps the driver's own multi-turn shape.

    python -m tooling.lead_checks.round145_sample
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
    git_text,
    one_line,
    print_left_out,
    print_quietly,
    stored_in_folder,
    unseen,
)

SEED = 145
FOLLOW_UPS = 4
OWN_FILE = "probes_round145_lead_check.yml"
SOURCE = "KVRET"  # its name in citations and in the ranked output

KVRET = MIRRORS / "WING-NUS+sequicity" / "repo"
# The commit read (the repository's newest when mirrored).
KVRET_COMMIT = "e3ae9590c6a7553fc22c85f5ca1d7e6c9324ad45"
FOLDER = "data/kvret"
SPLITS = ("dev", "test")
CITED_KVRET = re.compile(r"\bKVRET\s+((?:dev|test)\s+\d+\.\d+)\b")


@dataclass(frozen=True)
class Dialogue:
    split: str
    number: int  # the dialogue's place in its file, from 1
    intent: str  # the task's domain: schedule, weather or navigate
    turns: tuple[tuple[int, str], ...]  # the driver's turns: (place in the dialogue from 1, text)

    @property
    def text(self) -> str:
        return self.turns[0][1]

    @property
    def cited(self) -> str:
        return f"{self.split} {self.number}.{self.turns[0][0]}"


def dialogues() -> list[Dialogue]:
    """The dialogues of the stored files that open with a driver's turn, in SPLITS and file order."""
    stored = stored_in_folder(KVRET, KVRET_COMMIT, FOLDER + "/")
    found: list[Dialogue] = []
    for split in SPLITS:
        name = f"kvret_{split}_public.json"
        if name not in stored:
            continue
        for number, entry in enumerate(json.loads(git_text(KVRET, f"{FOLDER}/{name}", KVRET_COMMIT)), 1):
            turns = entry.get("dialogue") or []
            driver = tuple(
                (place, one_line(str(turn["data"].get("utterance", ""))))
                for place, turn in enumerate(turns, 1)
                if turn.get("turn") == "driver"
            )
            driver = tuple((place, text) for place, text in driver if text)
            if driver and turns[0].get("turn") == "driver":
                intent = str(entry.get("scenario", {}).get("task", {}).get("intent", ""))
                found.append(Dialogue(split, number, intent, driver))
    return found


def candidate(dialogue: Dialogue) -> Candidate:
    later = tuple(f"turn {place}: {text}" for place, text in dialogue.turns[1 : FOLLOW_UPS + 1])
    return Candidate(SOURCE, f"{SOURCE} {dialogue.cited} ({dialogue.intent})", dialogue.text, later)


def pool(skip: Cited) -> tuple[list[Candidate], int]:
    """The pool, each candidate with its dialogue's later driver turns, and how many dialogues an earlier probe file
    cites, quotes or asks."""
    kept, seen = unseen(dialogues(), lambda found: found.cited, lambda found: found.text, skip, SOURCE)
    return [candidate(dialogue) for dialogue in kept], seen


def main() -> None:
    skip = cited_earlier(OWN_FILE, {SOURCE: CITED_KVRET}, asks=True)
    found, seen = pool(skip)
    print_left_out(((SOURCE, seen),), unit="dialogues")
    print_quietly(((SOURCE, found, len(found)),), SEED)


if __name__ == "__main__":
    main()
