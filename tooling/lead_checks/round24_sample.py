"""The lead's round-24 check set A: a seeded random sample of real people's film conversations from CANARD (QuAC).

Reads the dataset from its bare mirror on this machine (`git show HEAD:<path>`, nothing is downloaded):

- CANARD (Elgohary, Peskov and Boyd-Graber 2019, as carried by aagohary/canard: data/release/dev.json, present;
  data/release/train.json and test.json are over the mirror's 4 MiB limit and absent, so not used): the questions of
  QuAC dialogues, in which a crowd worker who sees only a Wikipedia article's title and one section's title asks a
  second worker, who reads the section, a run of questions, each later one a real follow-up of the earlier ones
  ("what other films was he in?", "did that film do well?"). Only each turn's `Question` (the asker's own text,
  typos and casing kept) is read, never CANARD's `Rewrite` nor the answers in `History`; the article and section
  titles (the first two `History` items) only choose the pool. The pool is the dialogues about films, shows and
  their people: the article title marks a film, TV series, novel, musical or play, or the section title or one of
  the dialogue's questions uses a film or television word (movie, film, directed, starred, actor, actress, acting,
  cast members, casting, Oscar, Hollywood, screenplay, box office, sequel, premiere, TV, television, sitcom,
  episode, cinema, documentary). Each candidate is a dialogue's first question, printed with its later questions
  (its real follow-ups, in order). Cited as `CANARD dev <QuAC_dialog_id> q<Question_no>` (Question_no from 1).

Dialogues whose questions any tests/nlu/probes*.yml already cites are left out: by id (the QuAC dialogue id) and by
text (an earlier file quoting the original first question). The pool is shuffled with a fixed seed and printed in
that order. The probe file tests/nlu/probes_round24_lead_check.yml takes the candidates in this order, skipping only
those that cannot be adapted to questions about this single film (its header says which ranks were skipped).

    python -m tooling.lead_checks.round24_sample [--canard 60]
"""

from __future__ import annotations

import argparse
import re
from dataclasses import dataclass, field
from typing import Any

from tooling.lead_checks.mirrors import (
    MIRRORS,
    QUOTED,
    Candidate,
    earlier_probe_lines,
    git_json,
    normalised,
    print_samples,
    stored_files,
)

CANARD = MIRRORS / "aagohary+canard" / "repo"
CANARD_DEV = "data/release/dev.json"
SEED = 24

# A Wikipedia article about a film, show, book or stage work.
SCREEN_ARTICLE = re.compile(
    r"\((?:\d{4} )?(?:[\w ]+ )?(?:film|TV series|miniseries|novel|musical|play)\)$",
    re.IGNORECASE,
)
# A section title or question about films or television. "role" and "play" are left out: QuAC's sports, politics
# and music sections use them for other things ("his role in the movement", "played for").
FILM_WORDS = re.compile(
    r"\b(?:movies?|films?|filmed|filming|directed|directors?|directing|starr?(?:ed|ing)|actors?|actress(?:es)?|"
    r"acting|cast members?|casting|oscars?|academy awards?|hollywood|screenplay|box office|sequel|premiered?|tv|"
    r"television|sitcom|episodes?|filmography|cinema|documentar(?:y|ies))\b",
    re.IGNORECASE,
)
CITED_CANARD = re.compile(r"\bCANARD\s+dev\s+(C_\w+)\s+q\d+", re.IGNORECASE)


@dataclass
class Cited:
    dialogs: set[str] = field(default_factory=set)  # QuAC dialogue ids
    texts: set[str] = field(default_factory=set)  # normalised quoted originals


def cited() -> Cited:
    """What earlier probe files already use."""
    found = Cited()
    for line in earlier_probe_lines("probes_round24_lead_check.yml"):
        found.dialogs.update(CITED_CANARD.findall(line))
        found.texts.update(normalised(quoted) for quoted in QUOTED.findall(line))
    return found


def one_line(text: str) -> str:
    return " ".join(text.split())


def dialogues() -> dict[str, list[dict[str, Any]]]:
    """The dev split's rows grouped by QuAC dialogue, each dialogue's questions in order."""
    if CANARD_DEV not in stored_files(CANARD, r"^data/release/\w+\.json$"):
        return {}
    rows = git_json(CANARD, CANARD_DEV)
    assert isinstance(rows, list)
    grouped: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        grouped.setdefault(str(row["QuAC_dialog_id"]), []).append(row)
    return {dialog: sorted(turns, key=lambda turn: int(turn["Question_no"])) for dialog, turns in grouped.items()}


def is_screen(article: str, section: str, questions: list[str]) -> bool:
    if SCREEN_ARTICLE.search(article) or FILM_WORDS.search(section):
        return True
    return any(FILM_WORDS.search(question) for question in questions)


def canard(skip: Cited) -> list[Candidate]:
    pool: list[Candidate] = []
    for dialog, turns in dialogues().items():
        article, section = (one_line(text) for text in turns[0]["History"][:2])
        questions = [one_line(turn["Question"]) for turn in turns]
        if dialog in skip.dialogs or normalised(questions[0]) in skip.texts:
            continue
        if not is_screen(article, section, questions):
            continue
        later = tuple(f"q{turn['Question_no']}: {text}" for turn, text in zip(turns[1:], questions[1:], strict=True))
        where = f"dev {dialog} q{turns[0]['Question_no']} (article: {article}; section: {section})"
        pool.append(Candidate("CANARD", where, questions[0], later))
    return pool


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--canard", type=int, default=60, help="CANARD dialogues to print")
    args = parser.parse_args()
    print_samples((("CANARD", canard(cited()), args.canard),), SEED)


if __name__ == "__main__":
    main()
