"""The lead's round-20 check set: a seeded random sample of real people's film questions from Taskmaster-3 and HotpotQA.

Reads two datasets from their bare mirrors on this machine (`git show HEAD:<path>`, nothing is downloaded):

- Taskmaster-3 (google-research-datasets/Taskmaster, TM-3-2020/reward/reward_00.json ... reward_07.json): movie
  ticketing dialogues whose user turns people typed. Each reward example holds a dialogue prefix (`context`); the
  same dialogue recurs with longer prefixes, so a dialogue is kept once, at its longest prefix (one whose user turns
  no other example continues). The pool is the user turns that ask about a film (its rating, length, story, cast,
  director, genre, reviews, release ...); each candidate prints the next user turns of its dialogue that ask about
  a film too (its real follow-ups). A text repeated across dialogues is kept once, at its first dialogue.
  Cited as `TM3 reward_<nn> <conversation_id> user turn <n>`. (TM-3's data/*.json and all but one splits/*.tsv are
  over the mirror's 4 MiB limit; splits/train/train-bc.tsv, which earlier probe files cite, is not used.)
- HotpotQA, from the verbatim copy of its questions in RUCAIBox/HaluEval (generation/qa/qa_one-turn_data.json, one
  JSON object a line; qa_multi-turn_data.json holds the same questions): the human `question`. HotpotQA's own
  files and HaluEval's data/qa_data.json are over the limit. Cited as `HotpotQA qa_one-turn_data.json line <n>`.

Questions that any tests/nlu/probes*.yml already cites are left out: by id (the conversation id with its user turn,
or the HotpotQA line) and by text (an earlier file quoting the original).
Each pool is shuffled with a fixed seed and printed in that order. The probe file
tests/nlu/probes_round20_lead_check.yml takes the candidates in this order, skipping only those that cannot be
adapted to a question about this single film (its header says which ranks were skipped).

    python -m tooling.lead_checks.round20_sample [--tm3 90] [--hotpot 60]
"""

from __future__ import annotations

import argparse
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from tooling.lead_checks.mirrors import (
    MIRRORS,
    QUOTED,
    Candidate,
    earlier_probe_lines,
    git_text,
    normalised,
    print_samples,
    stored_files,
)

TASKMASTER = MIRRORS / "google-research-datasets+Taskmaster" / "repo"
HALUEVAL = MIRRORS / "RUCAIBox+HaluEval" / "repo"
HOTPOT_FILE = "generation/qa/qa_one-turn_data.json"
SEED = 20
FOLLOW_UPS = 2  # real follow-up turns printed with a Taskmaster candidate

# A user turn that asks about a film: a question (or a request to tell) about one of its attributes.
ASKS = re.compile(
    r"\?|^\s*(what|who|whos|how|is|isn't|are|does|did|do|can|could|tell|when|which|where|any)\b", re.IGNORECASE
)
FILM_ATTRIBUTE = re.compile(
    r"\b(rated|rating|ratings|run ?time|runtime|how long|long is|long does|about\W*$|tell me (?:more )?about|"
    r"plot|story|synopsis|who(?:'s| is)? in|stars?|starr(?:s|ed|ing)|cast|actors?|actress(?:es)?|director|"
    r"directed|genre|reviews?|critics?|rotten|"
    r"tomatoes|imdb|trailer|released?|come out|came out|kids?|family|scary|violent|based on|book|sequel|"
    r"language|subtitles?|awards?|oscars?)\b",
    re.IGNORECASE,
)
# HotpotQA questions about films, their people, novels and songs.
FILM_WORDS = re.compile(
    r"\b(movies?|films?|filmed|actors?|actress(es)?|directors?|directed|starr?(ed|ing)|stars|cast|screenplay|"
    r"screenwriters?|novels?|novelists?|songs?|singers?|soundtrack|Oscars?|Academy Awards?|cinema|sitcom|"
    r"television series|TV series)\b",
    re.IGNORECASE,
)
CITED_TM3 = re.compile(r"\b(dlg-[\w-]+)[^\n\"]*?\buser turn\s+(\d+)", re.IGNORECASE)
CITED_HOTPOT = re.compile(r"\bHotpotQA\b[^\n\"]*?\bline\s+(\d+)", re.IGNORECASE)


@dataclass
class Cited:
    tm3_turns: set[tuple[str, int]] = field(default_factory=set)  # (conversation id, user turn)
    hotpot_lines: set[int] = field(default_factory=set)
    texts: set[str] = field(default_factory=set)  # normalised quoted originals


def cited() -> Cited:
    """What earlier probe files already use."""
    found = Cited()
    for line in earlier_probe_lines("probes_round20_lead_check.yml"):
        found.tm3_turns.update((dialogue, int(turn)) for dialogue, turn in CITED_TM3.findall(line))
        found.hotpot_lines.update(int(number) for number in CITED_HOTPOT.findall(line))
        found.texts.update(normalised(quoted) for quoted in QUOTED.findall(line))
    return found


def asks_about_film(text: str) -> bool:
    return bool(ASKS.search(text) and FILM_ATTRIBUTE.search(text))


@dataclass(frozen=True)
class Dialogue:
    file: str
    conversation_id: str
    user_turns: tuple[str, ...]


def taskmaster_dialogues() -> list[Dialogue]:
    """Every TM-3 reward dialogue once, at its longest prefix, in file order."""
    examples = []
    for path in stored_files(TASKMASTER, r"^TM-3-2020/reward/reward_\d+\.json$"):
        for example in json.loads(git_text(TASKMASTER, path)):
            turns = json.loads(example["context"])
            users = tuple(" ".join(t["text"].split()) for t in turns if t.get("role") == "user" and t.get("text"))
            examples.append(Dialogue(Path(path).stem, example["conversation_id"], users))
    continued = {d.user_turns[:k] for d in examples for k in range(len(d.user_turns))}
    seen: set[tuple[str, ...]] = set()
    longest = []
    for dialogue in examples:
        if dialogue.user_turns and dialogue.user_turns not in continued and dialogue.user_turns not in seen:
            seen.add(dialogue.user_turns)
            longest.append(dialogue)
    return longest


def taskmaster(skip: Cited) -> list[Candidate]:
    pool, texts = [], set()
    for dialogue in taskmaster_dialogues():
        for number, text in enumerate(dialogue.user_turns, 1):
            key = normalised(text)
            if not asks_about_film(text) or key in texts or key in skip.texts:
                continue
            texts.add(key)
            if (dialogue.conversation_id, number) in skip.tm3_turns:
                continue
            later = [
                f"user turn {n}: {t}"
                for n, t in enumerate(dialogue.user_turns[number:], number + 1)
                if asks_about_film(t)
            ]
            where = f"{dialogue.file} {dialogue.conversation_id} user turn {number}"
            pool.append(Candidate("TM3", where, text, tuple(later[:FOLLOW_UPS])))
    return pool


def hotpot(skip: Cited) -> list[Candidate]:
    pool, texts = [], set()
    for number, line in enumerate(git_text(HALUEVAL, HOTPOT_FILE).splitlines(), 1):
        if not line.strip():
            continue
        text = " ".join(json.loads(line)["question"].split())
        key = normalised(text)
        if number in skip.hotpot_lines or key in skip.texts or key in texts or not FILM_WORDS.search(text):
            continue
        texts.add(key)
        pool.append(Candidate("HotpotQA", f"{Path(HOTPOT_FILE).name} line {number}", text))
    return pool


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tm3", type=int, default=90, help="Taskmaster-3 candidates to print")
    parser.add_argument("--hotpot", type=int, default=60, help="HotpotQA candidates to print")
    args = parser.parse_args()
    skip = cited()
    print_samples((("TM3", taskmaster(skip), args.tm3), ("HotpotQA", hotpot(skip), args.hotpot)), SEED)


if __name__ == "__main__":
    main()
