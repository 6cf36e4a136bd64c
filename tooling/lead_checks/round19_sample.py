"""The lead's round-19 check set: a seeded random sample of real people's film questions from OpenDialKG.

Reads facebookresearch/opendialkg data/opendialkg.csv from its bare mirror on this machine
(`git show HEAD:data/opendialkg.csv`, nothing is downloaded), or from `--csv <path>` when a copy of that file is
given. Each csv row is one dialogue (cited as `OpenDialKG row <n>`, counting data rows from 1); its `Messages`
column is a JSON list of actions whose `sender` is "user" or "assistant" and whose `message` holds a chat turn.

Movie dialogues are those whose KG paths use a film relation (directed_by, starred_actors and their reverses) or
whose messages say movie/film/actor/director. From them, the question *sentences* of user turns (ending in "?",
or opening like a question: OpenDialKG's users often leave the mark off). Rows that any tests/nlu/probes*.yml
already cites are left out. The pool is shuffled with a fixed seed and printed in that order, each with its
follow-ups (the question sentences of the next two user turns of the same dialogue). The probe file
tests/nlu/probes_round19_lead_check.yml takes the candidates in this order, skipping only those that cannot be
adapted to this single film (its header says which ranks were skipped).

    python -m tooling.lead_checks.round19_sample [--count 200] [--csv PATH]

The stored snapshot may lack the csv (the store keeps no file of 4 MiB or more); the script then says so and
exits with status 2 instead of sampling from anything else.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import random
import re
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OPENDIALKG = Path("/work/.mirror") / "facebookresearch+opendialkg" / "repo"
CSV_PATH = "data/opendialkg.csv"
SEED = 19
FOLLOW_UP_TURNS = 2

FILM_RELATIONS = frozenset({"directed_by", "~directed_by", "starred_actors", "~starred_actors"})
FILM_WORDS = re.compile(r"\b(movies?|films?|actors?|actress(es)?|directors?|directed|starr?(ed|ing))\b", re.I)
# How a user's question opens when the "?" is left off ("do you know who directed it", "can you recommend ...").
QUESTION_OPENERS = re.compile(
    r"^(have|has|had|did|do|does|who|whom|whose|what|which|when|where|why|how|is|was|are|were|can|could|would|"
    r"will|should|may|any)\b",
    re.IGNORECASE,
)
SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
CITED_ROW = re.compile(r"\bOpenDialKG row (\d+)\b")


@dataclass(frozen=True)
class Candidate:
    row: int  # the csv data row, counted from 1: the dialogue's id in the probe comments
    turn: int  # index of the chat message in the dialogue
    text: str
    follow_ups: tuple[str, ...]  # "<turn> <text>" of the next user turns' question sentences


def read_csv_text(path: Path | None) -> str:
    """The csv's text, from `path` or from the mirror; exits with a message when neither holds it."""
    if path is not None:
        return path.read_text(encoding="utf-8")
    shown = subprocess.run(["git", "-C", str(OPENDIALKG), "show", f"HEAD:{CSV_PATH}"], capture_output=True, check=False)
    if shown.returncode != 0:
        print(
            f"{CSV_PATH} is not in the stored snapshot at {OPENDIALKG} ({shown.stderr.decode().strip()}); "
            "give a copy of it with --csv",
            file=sys.stderr,
        )
        sys.exit(2)
    return shown.stdout.decode("utf-8")


def dialogues(text: str) -> Iterator[tuple[int, list[dict]]]:
    reader = csv.reader(io.StringIO(text))
    next(reader)  # header: Messages, User Rating, Assistant Rating
    for row, fields in enumerate(reader, 1):
        if fields:
            yield row, json.loads(fields[0])


def cited_rows() -> set[int]:
    """OpenDialKG rows cited by any earlier probe file."""
    rows: set[int] = set()
    for path in (ROOT / "tests" / "nlu").glob("probes*.yml"):
        if path.name == "probes_round19_lead_check.yml":
            continue
        rows.update(int(found) for found in CITED_ROW.findall(path.read_text(encoding="utf-8")))
    return rows


def path_relations(action: dict) -> set[str]:
    path = (action.get("metadata") or {}).get("path") or []
    triples = path[1] if len(path) > 1 and isinstance(path[1], list) else []
    return {triple[1] for triple in triples if isinstance(triple, list) and len(triple) == 3}


def is_movie_dialogue(actions: list[dict]) -> bool:
    if any(path_relations(action) & FILM_RELATIONS for action in actions):
        return True
    return any(FILM_WORDS.search(action.get("message", "")) for action in actions)


def question_sentences(message: str) -> Iterator[str]:
    for sentence in SENTENCE_END.split(message.strip()):
        sentence = sentence.strip()
        if len(sentence.split()) >= 3 and (sentence.endswith("?") or QUESTION_OPENERS.match(sentence)):
            yield sentence


def user_turns(actions: list[dict]) -> list[tuple[int, str]]:
    """(message index, text) of the user's chat turns; the index counts chat messages of both senders."""
    chats = [a for a in actions if a.get("type") == "chat" and a.get("message")]
    return [(index, a["message"]) for index, a in enumerate(chats) if a.get("sender") == "user"]


def candidates(text: str, skip: set[int]) -> list[Candidate]:
    pool = []
    for row, actions in dialogues(text):
        if row in skip or not is_movie_dialogue(actions):
            continue
        turns = user_turns(actions)
        for position, (index, message) in enumerate(turns):
            later = turns[position + 1 : position + 1 + FOLLOW_UP_TURNS]
            follow_ups = tuple(f"{i} {sentence}" for i, m in later for sentence in question_sentences(m))
            for sentence in question_sentences(message):
                pool.append(Candidate(row, index, sentence, follow_ups))
    return pool


def sample(pool: list[Candidate], count: int, seed: int) -> list[Candidate]:
    shuffled = list(pool)
    random.Random(seed).shuffle(shuffled)
    return shuffled[:count]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=200, help="candidates to print")
    parser.add_argument("--csv", type=Path, default=None, help=f"a copy of {CSV_PATH} (default: the mirror's)")
    args = parser.parse_args()
    pool = candidates(read_csv_text(args.csv), cited_rows())
    print(f"# OpenDialKG: {len(pool)} candidates, seed {SEED}, first {args.count}")
    for rank, candidate in enumerate(sample(pool, args.count, SEED), 1):
        print(f"ODKG#{rank}\tOpenDialKG row {candidate.row} {candidate.turn}\t{candidate.text}")
        for follow_up in candidate.follow_ups:
            print(f"\t-> {follow_up}")


if __name__ == "__main__":
    main()
