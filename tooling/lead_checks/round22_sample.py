"""The lead's round-22 check set: a seeded random sample of real people's film questions from ConvQuestions and
Natural Questions.

Reads two datasets from their bare mirrors on this machine (`git show HEAD:<path>`, nothing is downloaded):

- ConvQuestions, as carried by Verbal-ConvQuestions (endrikacupaj/Verbal-ConvQuestions,
  dataset/{val,test}/{val,test}_movies.json; the train files are over the mirror's 4 MiB limit and absent): crowd
  workers' conversations of five questions about one film, each later question a follow-up of the earlier ones.
  Only each turn's `question` (the worker's own text) is read, never the generated paraphrases. The pool is the
  movie-domain conversations; each candidate is a conversation's first question, printed with its later turns (its
  real follow-ups); a first question repeated across conversations is kept once, at its first. Cited as
  `ConvQuestions <split> <question_id>` (question_id is `<conv_id>-<turn>`, turn from 0).
- Natural Questions open (google-research-datasets/natural-questions, nq_open/NQ-open.dev.jsonl; NQ-open.train.jsonl
  is over the mirror's limit and absent): real Google queries. The pool is the queries about films, shows, their
  people, books and songs. Cited as `NaturalQuestions nq-open dev line <n>` (n counts the file's lines from 1).

Questions that any tests/nlu/probes*.yml already cites are left out: by id (the ConvQuestions question id, the
Natural Questions line) and by text (an earlier file quoting the original).
Each pool is shuffled with a fixed seed and printed in that order. The probe file
tests/nlu/probes_round22_lead_check.yml takes the candidates in this order, skipping only those that cannot be
adapted to a question about this single film (its header says which ranks were skipped).

    python -m tooling.lead_checks.round22_sample [--convq 40] [--nq 90]
"""

from __future__ import annotations

import argparse
import json
import re
from dataclasses import dataclass, field
from typing import Any

from tooling.lead_checks.mirrors import (
    MIRRORS,
    QUOTED,
    Candidate,
    earlier_probe_lines,
    git_json,
    git_text,
    normalised,
    print_samples,
    stored_files,
)

CONVQUESTIONS = MIRRORS / "endrikacupaj+Verbal-ConvQuestions" / "repo"
NATURAL_QUESTIONS = MIRRORS / "google-research-datasets+natural-questions" / "repo"
NQ_DEV = "nq_open/NQ-open.dev.jsonl"
SEED = 22

# Natural Questions queries about films, shows, their people, novels and songs.
SCREEN_WORDS = re.compile(
    r"\b(play(?:s|ed)?|star(?:s|red|ring)?|voices?|voiced|movies?|films?|filmed|act(?:s|ed|or|ors|ress)?|"
    r"directors?|directed|cast|characters?|novels?|books?|author|wrote|written|songs?|sings?|sang|singer|"
    r"soundtrack|theme|oscars?|academy awards?|tv shows?|shows?|series|episodes?|sequel)\b",
    re.IGNORECASE,
)
# Sports, instruments and games, where "play" and "star" mean something else.
NOT_SCREEN = re.compile(
    r"play\w* (?:for|4|in the (?:nba|nfl|world cup))\b|position|playoff|soccer|sport|\bball|guitar|tennis|team|"
    r"stadium|league|instrument|world series|super bowl|olympic|quarterback|pitcher|golf|football|basketball|"
    r"baseball|hockey|cricket|\bstar (?:is|in the sky)|north star|all.?star",
    re.IGNORECASE,
)
CITED_CONVQ = re.compile(r"\bConvQuestions\s+\w+\s+(\d+-\d+)", re.IGNORECASE)
CITED_NQ = re.compile(r"\bNaturalQuestions\s+nq-open\s+dev\s+line\s+(\d+)", re.IGNORECASE)


@dataclass
class Cited:
    convq_ids: set[str] = field(default_factory=set)  # "<conv_id>-<turn>"
    nq_lines: set[int] = field(default_factory=set)
    texts: set[str] = field(default_factory=set)  # normalised quoted originals


def cited() -> Cited:
    """What earlier probe files already use."""
    found = Cited()
    for line in earlier_probe_lines("probes_round22_lead_check.yml"):
        found.convq_ids.update(CITED_CONVQ.findall(line))
        found.nq_lines.update(int(number) for number in CITED_NQ.findall(line))
        found.texts.update(normalised(quoted) for quoted in QUOTED.findall(line))
    return found


def one_line(text: str) -> str:
    return " ".join(text.split())


def convq_candidate(split: str, conversation: dict[str, Any], skip: Cited, texts: set[str]) -> Candidate | None:
    """A conversation's first question with its later turns, unless an earlier file used its first question or an
    earlier conversation opens with the same text (workers given the same film often asked the same first question)."""
    turns = sorted(conversation["questions"], key=lambda turn: int(turn["turn"]))
    first = turns[0]
    text = one_line(first["question"])
    key = normalised(text)
    if key in texts or first["question_id"] in skip.convq_ids or key in skip.texts:
        return None
    texts.add(key)
    later = tuple(f"turn {turn['turn']}: {one_line(turn['question'])}" for turn in turns[1:])
    where = f"{split} {first['question_id']} (film: {conversation.get('seed_entity_text', '?')})"
    return Candidate("ConvQuestions", where, text, later)


def convquestions(skip: Cited) -> list[Candidate]:
    pool: list[Candidate] = []
    texts: set[str] = set()
    for path in stored_files(CONVQUESTIONS, r"^dataset/(val|test)/\w+_movies\.json$"):
        split = path.split("/")[1]
        conversations = git_json(CONVQUESTIONS, path)
        assert isinstance(conversations, list)
        for conversation in conversations:
            candidate = convq_candidate(split, conversation, skip, texts)
            if candidate is not None:
                pool.append(candidate)
    return pool


def natural_questions(skip: Cited) -> list[Candidate]:
    pool, texts = [], set()
    for number, line in enumerate(git_text(NATURAL_QUESTIONS, NQ_DEV).splitlines(), 1):
        text = one_line(json.loads(line)["question"])
        key = normalised(text)
        if number in skip.nq_lines or key in skip.texts or key in texts:
            continue
        if not SCREEN_WORDS.search(text) or NOT_SCREEN.search(text):
            continue
        texts.add(key)
        pool.append(Candidate("NaturalQuestions", f"nq-open dev line {number}", text))
    return pool


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--convq", type=int, default=40, help="ConvQuestions candidates to print")
    parser.add_argument("--nq", type=int, default=90, help="Natural Questions candidates to print")
    args = parser.parse_args()
    skip = cited()
    pools = (("ConvQuestions", convquestions(skip), args.convq), ("NaturalQuestions", natural_questions(skip), args.nq))
    print_samples(pools, SEED)


if __name__ == "__main__":
    main()
