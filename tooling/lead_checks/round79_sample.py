"""The lead's round-79 check set: a seeded random sample of the open questions that Databricks employees wrote for
databricks-dolly-15k about films, TV, actors, books and music, each with the later-ranked questions that ask about the
same kind of subject.

Reads one dataset from its mirror on this machine (`git show <commit>:<path>`, nothing is downloaded):

- Dolly = databricks-dolly-15k (Mike Conover, Matt Hayes, Ankit Mathur, Jianwei Xie, Jun Wan, Sam Shah, Ali Ghodsi,
  Patrick Wendell, Matei Zaharia and Reynold Xin, "Free Dolly: Introducing the World's First Truly Open
  Instruction-Tuned LLM", Databricks blog, April 2023): about 15,000 instructions and answers that more than 5,000
  Databricks employees wrote themselves in March and April 2023, in seven task categories. Its `open_qa` category
  (3,742 records) holds the questions the employees wrote with no reference text, as they would ask them. The full
  file (about 13 MB) is stored nowhere on this machine (databrickslabs/dolly keeps no data file, and
  Wilderdbb/databricks-dolly-15k holds it only as a Git LFS pointer), so the open_qa records are read from the verbatim
  copy that prp-e/chinkara-openqa-dataset made at commit 6720f52 (2023-07-26, its newest): chinkara-open_qa.jsonl,
  present (1,442,152 bytes), one JSON object a line, the 3,742 open_qa records in Dolly's order, each written as
  `{"text": "### Human: <instruction> ### Assistant: <response>"}` by the repository's dataset_producing.ipynb. Only
  the instruction is read (the text between "### Human: " and the first " ### Assistant: "), never the response. The
  instruction is kept as its writer typed it (casing, spelling, spacing), with line breaks made single spaces.
  Licence: CC BY-SA 3.0 (databricks-dolly-15k's licence, as its dataset card and the Dolly 2.0 announcement give it;
  the copy carries no licence of its own and changes nothing but the layout). Cited as `Dolly open_qa <n>` (the
  record's line in the copy, counted from 1).

Pool: the open_qa questions (in file order) that use a film, TV, actor, book or music word (SCREEN_WORDS below); the
filter also lets in questions where such a word has another sense (a "show" of hands, a board game "played", a
"season" of the year, a "character" of a language); they come with the rest of the sample. A question repeated
(compared without case or punctuation) is kept once, at its first place; questions an earlier probe file cites, quotes
or asks are left out (counts only are printed).

Each candidate prints the later-ranked candidates that ask about the same kind of subject (SUBJECT_KINDS below: a
song or singer, a book or its author, a performer or character, a film or show), with their ranks in the seeded
order, at most FOLLOW_UPS: the probe file makes those of them that can be adapted follow-ups of the candidate, with
the names changed the same way, as round 72 did with AfriQA's questions. The kind is a rough guide for the writer,
who reads each question.

    python -m tooling.lead_checks.round79_sample
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
    kind_of,
    one_line,
    print_one_pool,
    ranked_with_later_of_kind,
    stored_in_folder,
    unseen,
)

SEED = 79
FOLLOW_UPS = 4
OWN_FILE = "probes_round79_lead_check.yml"
SOURCE = "Dolly"  # its name in citations and in the ranked output

CHINKARA = MIRRORS / "prp-e+chinkara-openqa-dataset" / "repo"
# The commit read (the repository's newest when mirrored).
CHINKARA_COMMIT = "6720f527aa8da8318e57f3667ffbba23a8a196bb"
OPEN_QA_FILE = "chinkara-open_qa.jsonl"
HUMAN = "### Human: "
ASSISTANT = " ### Assistant: "

# Film, TV, actor, book and music words, as Dolly's writers write them.
SCREEN_WORDS = re.compile(
    r"\b(?:movies?|films?|filmed|filming|cinemas?|actors?|actress(?:es)?|acting|starr(?:ed|ing)|cast|characters?|"
    r"directors?|directed|producers?|produced|scenes?|plots?|heroe?s?|heroines?|sequels?|episodes?|seasons?|series|"
    r"tv|television|shows?|sitcoms?|cartoons?|anime|hollywood|bollywood|oscars?|academy awards?|emmys?|grammys?|"
    r"golden globes?|netflix|hbo|disney|pixar|marvel|broadway|screenplay|novels?|novelists?|books?|authors?|"
    r"writers?|wr[io]te|written|publish(?:ed)?|poems?|poets?|stor(?:y|ies)|fiction|songs?|singers?|sang|sings?|"
    r"bands?|albums?|music|musicians?|lyrics|soundtracks?|composers?|composed|concerts?|rappers?|guitarists?|"
    r"drummers?|opera|jazz|roles?|played)\b",
    re.IGNORECASE,
)
# What a question asks about, by its wording, the first that matches.
SUBJECT_KINDS = (
    (
        "music",
        re.compile(
            r"\b(?:songs?|singers?|sang|sings?|bands?|albums?|music|musicians?|lyrics|soundtracks?|composers?|"
            r"composed|concerts?|rappers?|guitarists?|drummers?|grammys?|opera|jazz)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "book",
        re.compile(
            r"\b(?:novels?|novelists?|books?|authors?|writers?|wr[io]te|written|publish(?:ed)?|poems?|poets?|"
            r"fiction)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "person",
        re.compile(
            r"\b(?:actors?|actress(?:es)?|acting|starr(?:ed|ing)|cast|characters?|roles?|played|heroe?s?|heroines?|"
            r"directors?|directed|producers?|produced)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "work",
        re.compile(
            r"\b(?:movies?|films?|filmed|filming|cinemas?|scenes?|plots?|sequels?|episodes?|seasons?|series|tv|"
            r"television|shows?|sitcoms?|cartoons?|anime|hollywood|bollywood|oscars?|academy awards?|emmys?|"
            r"golden globes?|netflix|hbo|disney|pixar|marvel|broadway|screenplay|stor(?:y|ies))\b",
            re.IGNORECASE,
        ),
    ),
)
CITED_DOLLY = re.compile(r"\bDolly\s+open_qa\s+(\d+)\b")


@dataclass(frozen=True)
class Question:
    line: int  # the record's line in the copy, counted from 1
    text: str  # the instruction, as its writer typed it
    kind: str  # a SUBJECT_KINDS name, or "" when none matches

    @property
    def cited(self) -> str:
        return f"open_qa {self.line}"


def instruction(record: str) -> str:
    """The instruction of one line of the copy: what its writer asked, never the response after it."""
    text = json.loads(record)["text"]
    asked, _, _ = text.removeprefix(HUMAN).partition(ASSISTANT)
    return one_line(asked)


def questions() -> list[Question]:
    """The open_qa questions of the stored copy that use a SCREEN_WORDS word, in file order (none when the copy is
    absent)."""
    if OPEN_QA_FILE not in stored_in_folder(CHINKARA, CHINKARA_COMMIT, "."):
        return []
    found: list[Question] = []
    for line, record in enumerate(git_text(CHINKARA, OPEN_QA_FILE, CHINKARA_COMMIT).splitlines(), 1):
        if not record.strip():
            continue
        text = instruction(record)
        if text and SCREEN_WORDS.search(text):
            found.append(Question(line, text, kind_of(text, SUBJECT_KINDS)))
    return found


def where(question: Question) -> str:
    return f"{question.cited} ({question.kind or '-'})"


def pool(skip: Cited) -> tuple[list[Candidate], int]:
    """The pool, and how many of its questions an earlier probe file cites, quotes or asks."""
    kept, seen = unseen(questions(), lambda question: str(question.line), lambda question: question.text, skip, SOURCE)
    return ranked_with_later_of_kind(kept, SOURCE, where, SEED, FOLLOW_UPS), seen


def main() -> None:
    skip = cited_earlier(OWN_FILE, {SOURCE: CITED_DOLLY}, asks=True)
    found, seen = pool(skip)
    print_one_pool(SOURCE, found, seen, SEED)


if __name__ == "__main__":
    main()
