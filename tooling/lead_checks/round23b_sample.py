"""The lead's round-23b check set: a seeded random sample of crowd-verbalised film questions from LC-QuAD 1.0.

Reads the dataset from its bare mirror on this machine (`git show HEAD:<path>`, nothing is downloaded):

- LC-QuAD 1.0 (Large-scale Complex Question Answering Dataset, as carried by AskNowQA/LC-QuAD: test-data.json and
  train-data.json, both present): 5,000 questions over DBpedia, each written from a template and then rewritten by a
  crowd worker in their own words (`corrected_question`, typos and casing kept). Only the worker's
  `corrected_question` is read, never the template text or the query's answer. The pool is the questions about films,
  shows, their people, books and songs: a question with the screen words of round 22's filter, or one whose query
  uses a film, show, book or song property or class (starring, director, cinematography, music composer, based on,
  Film, TelevisionShow, Book, Single ...), less sports and instruments. Each candidate prints the pool's other
  questions whose query names the same film, show, book or song (DBpedia resource), which the probe file may ask
  after it in one conversation. A question repeated across splits is kept once, at its first. Cited as
  `LC-QuAD 1.0 <split> <_id>`.

Questions that any tests/nlu/probes*.yml already cites are left out: by id and by text (an earlier file quoting the
original). The pool is shuffled with a fixed seed and printed in that order. The probe file
tests/nlu/probes_round23b_lead_check.yml takes the candidates in this order, skipping only those that cannot be
adapted to a question about this single film (its header says which ranks were skipped).

    python -m tooling.lead_checks.round23b_sample [--lcquad 200]
"""

from __future__ import annotations

import argparse
import re
from collections import defaultdict
from dataclasses import dataclass, field

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
from tooling.lead_checks.round22_sample import NOT_SCREEN, SCREEN_WORDS

LCQUAD = MIRRORS / "AskNowQA+LC-QuAD" / "repo"
SEED = 231

# A DBpedia property or class of films, shows, their people, books and songs.
SCREEN_QUERY = re.compile(
    r"/(?:starring|director|cinematography|editing|musicComposer|basedOn|screenplay|producer|distributor|"
    r"narrator|runtime|gross|budget|Film|TelevisionShow|TelevisionEpisode|Book|Novel|Single|Song|Album|"
    r"Musical|Actor|author|artist|showJudge|presenter|channel|network)>",
)
# A film, show, book or song the query names: the subject of the same-film follow-ups.
RESOURCE = re.compile(r"<http://dbpedia\.org/resource/([^>]+)>")
CITED_LCQUAD = re.compile(r"\bLC-QuAD 1\.0\s+\w+\s+(\d+)\b", re.IGNORECASE)


@dataclass
class Cited:
    ids: set[str] = field(default_factory=set)  # LC-QuAD 1.0 `_id`
    texts: set[str] = field(default_factory=set)  # normalised quoted originals


@dataclass(frozen=True)
class Question:
    split: str
    qid: str
    text: str
    resources: tuple[str, ...]


def cited() -> Cited:
    """What earlier probe files already use."""
    found = Cited()
    for line in earlier_probe_lines("probes_round23b_lead_check.yml"):
        found.ids.update(CITED_LCQUAD.findall(line))
        found.texts.update(normalised(quoted) for quoted in QUOTED.findall(line))
    return found


def lcquad_questions() -> list[Question]:
    """Every question of the two splits that has the crowd worker's text."""
    questions: list[Question] = []
    present = stored_files(LCQUAD, r"^(?:test|train)-data\.json$")
    for split in ("test", "train"):
        path = f"{split}-data.json"
        if path not in present:
            continue
        rows = git_json(LCQUAD, path)
        assert isinstance(rows, list)
        for row in rows:
            text = " ".join(str(row.get("corrected_question") or "").split())
            if not text:
                continue
            query = str(row["sparql_query"])
            resources = tuple(sorted(set(RESOURCE.findall(query))))
            questions.append(Question(split, str(row["_id"]), text, resources))
    return questions


def is_screen(question: Question, query_screen: bool) -> bool:
    if NOT_SCREEN.search(question.text):
        return False
    return bool(SCREEN_WORDS.search(question.text) or query_screen)


def lcquad(skip: Cited) -> list[Candidate]:
    queries: dict[tuple[str, str], str] = {}
    for split in ("test", "train"):
        rows = git_json(LCQUAD, f"{split}-data.json")
        assert isinstance(rows, list)
        queries.update({(split, str(row["_id"])): str(row["sparql_query"]) for row in rows})
    kept: list[Question] = []
    texts: set[str] = set()
    for question in lcquad_questions():
        key = normalised(question.text)
        query_screen = bool(SCREEN_QUERY.search(queries[(question.split, question.qid)]))
        if question.qid in skip.ids or key in skip.texts or key in texts or not is_screen(question, query_screen):
            continue
        texts.add(key)
        kept.append(question)
    by_resource: dict[str, list[Question]] = defaultdict(list)
    for question in kept:
        for resource in question.resources:
            by_resource[resource].append(question)
    pool = []
    for question in kept:
        same: list[str] = []
        for resource in question.resources:
            same.extend(
                f"same {resource}: {other.split} {other.qid}: {other.text}"
                for other in by_resource[resource]
                if other != question
            )
        where = f"{question.split} {question.qid} ({', '.join(question.resources)})"
        pool.append(Candidate("LC-QuAD 1.0", where, question.text, tuple(same)))
    return pool


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lcquad", type=int, default=200, help="LC-QuAD 1.0 candidates to print")
    args = parser.parse_args()
    print_samples((("LC-QuAD 1.0", lcquad(cited()), args.lcquad),), SEED)


if __name__ == "__main__":
    main()
