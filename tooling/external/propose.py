"""Draft a selection of SimpleQuestions lines for the external dev set (one-off helper).

`python -m tooling.external.propose SNAPSHOT` prints candidate entries for
tooling/external/selection.yml: a question's line, its relation and a guess at
the words naming the film or person (to be swapped for ours). The guesses are
only a draft; every entry kept in selection.yml was read and corrected by hand.
"""

from __future__ import annotations

import argparse
import random
import re
from pathlib import Path

SQ_FILES = ("SimpleQuestions_v2/annotated_fb_data_test.txt", "SimpleQuestions_v2/annotated_fb_data_valid.txt")
FRAME = set(
    "what what's whats which who whom whose where when wich wat kind kinds type types sort of film films movie movies "
    "genre genres is was are were does did do the a an in for from by on to language languages spoken country "
    "countries nation director directed direct wrote write written writer writers screenplay story composed composer "
    "music score soundtrack produced producer producers production company companies edited editor cinematographer "
    "cinematography filmed shot released release rated rating rate receive given format located location filming "
    "fall under titled called named created made make used lang did's one someone person originally subject about "
    "discussed portrayed sequel prequel to it's ? , style category falls fit into".split()
)
KEEP_THE = {"the"}


def guess(question: str) -> str | None:
    """The question's words left once the frame words are stripped from both ends."""
    words = re.findall(r"[^\s?]+", question)
    low = [w.lower() for w in words]
    start, end = 0, len(words)
    while (
        start < end
        and low[start] in FRAME
        and not (low[start] == "the" and start + 1 < end and low[start + 1] not in FRAME)
    ):
        start += 1
    while end > start and low[end - 1] in FRAME:
        end -= 1
    title = " ".join(words[start:end])
    return title or None


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("snapshot", type=Path)
    parser.add_argument("relation")
    parser.add_argument("-n", type=int, default=30)
    args = parser.parse_args()
    rows = []
    for name in SQ_FILES:
        lines = (args.snapshot / name).read_text(encoding="utf-8").splitlines()
        for number, line in enumerate(lines, 1):
            parts = line.split("\t")
            if len(parts) == 4 and parts[1].endswith(args.relation):
                rows.append((name.split("_")[-1].removesuffix(".txt"), number, parts[3].strip()))
    random.Random(args.relation).shuffle(rows)
    for split, number, question in rows[: args.n]:
        words = guess(question)
        print(f"  - [{split}, {number}, {words!r}]  # {question}")


if __name__ == "__main__":
    main()
