"""The lead's round-26b check set: a seeded random sample of real people's typed film questions from YodaQA's movie
feedback.

Reads the dataset from its mirror on this machine (`git show HEAD:<path>`, nothing is downloaded):

- YodaQA movie feedback ("mfb", as carried by brmson/dataset-factoid-movies: moviesF/train.json and
  moviesF/test.json, present): the questions that internet users (mainly interns of the eClub Prague foundation)
  typed into the public YodaQA Movies question-answering demo and reported through its feedback tool, collected from
  two spreadsheets (README: "mfb questions which stand for movie feedback"). moviesF is the dataset's newest
  version; its rows are `qId`, `qText` (the user's words, casing, typos and word order kept) and `answers`. Only the
  rows whose `qId` starts with `mfb` are read: the `wqr`/`wqs` rows are WebQuestions (already used by an earlier
  lead check) and the `syn` rows are generated from templates (not people's words). Only `qText` is used as text.
  Licence: CC BY 4.0 (the repository's README, "Licence and Acknowledgements"). Cited as `MFB <split> <qId>`.

The pool is every mfb question of both splits (the demo was about films, so no word filter is needed). A question
repeated (the same text, compared without case or punctuation) is kept once, at its first row (train before test).

Each candidate prints the later candidates that ask about the same kind of subject (a person: who is, born, age,
what did X direct or play; or a work: who directed, who played in, released, written, how long; SUBJECT_KINDS
below), with their ranks in the seeded order, at most eight: the probe file makes one of them a real follow-up of
the candidate by swapping its name for the candidate's subject and then writing a pronoun for that repeated name
("when was he born", "who directed it"); its header says which. The kind is a rough guide for the writer, who reads
each question. The ranks are those of print_samples' order: shuffling with one seed permutes any list of the same
length alike, so the ranks computed here before printing are the printed ones.

Questions that any tests/nlu/probes*.yml already cites are left out: by id (the mfb qId) and by text (an earlier
file quoting the original). The pool is shuffled with a fixed seed and printed in that order. The probe file
tests/nlu/probes_round26b_lead_check.yml takes the candidates in this order, skipping only those that cannot be
adapted to a question about this single film (its header says which ranks were skipped).

    python -m tooling.lead_checks.round26b_sample [--mfb 200]
"""

from __future__ import annotations

import argparse
import re
from dataclasses import dataclass, field

from tooling.lead_checks.mirrors import (
    MIRRORS,
    QUOTED,
    Candidate,
    earlier_probe_lines,
    git_json,
    normalised,
    print_samples,
    sample,
    stored_files,
)

MOVIES = MIRRORS / "brmson+dataset-factoid-movies" / "repo"
SPLITS = ("train", "test")
SEED = 2626
FOLLOW_UPS = 12
OWN_FILE = "probes_round26b_lead_check.yml"

# What a question asks about, by its wording: a person (checked first) or a work.
SUBJECT_KINDS = (
    (
        "person",
        re.compile(
            r"\b(?:born|birth(?:day|place)?|how old|age|died|death|married|wife|husband|partner|spouse|children|"
            r"real name|nationality|who (?:is|was) (?!the\b|a\b|an\b|playing\b|starring\b|main\b)(?!.*\bdirector\b)|"
            r"(?:did|does|has|have) (?!the\b|a\b|an\b)\w+(?: \w+)? "
            r"(?:direct|play|star|act|appear|write|win|get|receive)|"
            r"what did \w+|(?:movies?|films?) (?:did|does|has|with|by|of|from|starring|directed by)|"
            r"known (?:for|from))\b",
            re.IGNORECASE,
        ),
    ),
    (
        "work",
        re.compile(
            r"\b(?:direct(?:ed|or)|play(?:ed|s|ing)?|portray(?:ed|s)?|acted|actors?|actress|(?:main )?character|"
            r"released?|premiered?|starr?(?:ed|ing)?|cast|wrote|written|"
            r"writer|screenplay|script|produc(?:ed|er)|how long|length|runtime|music|soundtrack|theme|song|based on|"
            r"about|plot|genre|budget|sequel|seasons?|episodes?|rated|rating|oscars?|awards?)\b",
            re.IGNORECASE,
        ),
    ),
)


@dataclass
class Cited:
    ids: set[str] = field(default_factory=set)
    texts: set[str] = field(default_factory=set)  # normalised quoted originals


@dataclass(frozen=True)
class Question:
    split: str
    qid: str
    text: str
    kind: str  # a SUBJECT_KINDS name, or "" when neither matches


CITED_MFB = re.compile(r"\bMFB\s+(?:train|test)\s+(mfb\d+)\b", re.IGNORECASE)


def cited() -> Cited:
    """What earlier probe files already use."""
    found = Cited()
    for line in earlier_probe_lines(OWN_FILE):
        found.ids.update(qid.lower() for qid in CITED_MFB.findall(line))
        found.texts.update(normalised(quoted) for quoted in QUOTED.findall(line))
    return found


def kind_of(text: str) -> str:
    for kind, pattern in SUBJECT_KINDS:
        if pattern.search(text):
            return kind
    return ""


def questions() -> list[Question]:
    """Every mfb row of the stored splits, in file order."""
    present = stored_files(MOVIES, r"^moviesF/\w+\.json$")
    found: list[Question] = []
    for split in SPLITS:
        path = f"moviesF/{split}.json"
        if path not in present:
            continue
        rows = git_json(MOVIES, path)
        assert isinstance(rows, list)
        for row in rows:
            qid = str(row["qId"])
            if not qid.startswith("mfb"):
                continue
            text = " ".join(str(row["qText"]).split())
            found.append(Question(split, qid, text, kind_of(text)))
    return found


def where(question: Question) -> str:
    return f"{question.split} {question.qid} ({question.kind or '-'})"


def mfb(skip: Cited) -> list[Candidate]:
    kept: list[Question] = []
    texts: set[str] = set()
    for question in questions():
        key = normalised(question.text)
        if question.qid in skip.ids or key in skip.texts or key in texts:
            continue
        texts.add(key)
        kept.append(question)
    # The rank of every question in the seeded order (the permutation print_samples applies to the pool).
    order = sample(range(len(kept)), len(kept), SEED)
    rank = {index: position for position, index in enumerate(order, 1)}
    pool = []
    for index, question in enumerate(kept):
        later = sorted(
            (rank[other], other)
            for other in range(len(kept))
            if question.kind and kept[other].kind == question.kind and rank[other] > rank[index]
        )[:FOLLOW_UPS]
        same_kind_later = tuple(
            f"later {question.kind}: MFB#{position} {where(kept[other])}: {kept[other].text}"
            for position, other in later
        )
        pool.append(Candidate("MFB", where(question), question.text, same_kind_later))
    return pool


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mfb", type=int, default=200, help="mfb candidates to print")
    args = parser.parse_args()
    print_samples((("MFB", mfb(cited()), args.mfb),), SEED)


if __name__ == "__main__":
    main()
