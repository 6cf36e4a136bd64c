"""The lead's round-81 check set: a seeded random sample of the short fact-seeking questions that OpenAI's AI
trainers wrote for SimpleQA about films, TV, actors, books and music, each with the later-ranked questions that ask
about the same kind of subject.

Reads one dataset from its mirror on this machine (`git show <commit>:<path>`, nothing is downloaded):

- SimpleQA (Jason Wei, Nguyen Karina, Hyung Won Chung, Yunxin Joy Jiao, Spencer Papay, Amelia Glaese, John Schulman
  and William Fedus, "Measuring short-form factuality in large language models", OpenAI, arXiv 2411.04368, 2024):
  4,326 short questions that AI trainers (people OpenAI paid to write them) wrote themselves, each with one answer
  that does not change over time, on any subject (science, politics, art, geography, sports, music, TV shows, video
  games and others). OpenAI publishes the file as simple_qa_test_set.csv beside its simple-evals repository
  (licence MIT); no stored repository of OpenAI's holds it, so it is read from the copy in the repository
  yatender-oktalk/OpenDeepSearch at commit d99b499 (2025-07-06, its newest): evals/datasets/simple_qa_test_set.csv,
  present, all 4,326 rows, with the columns `metadata`, `question` and `true_answer` (OpenAI's `problem` and `answer`
  renamed). Only `question` is read, never the answer or the metadata (topic, answer type, source URLs). The question
  is kept as its writer typed it, with its casing, spelling and punctuation. Cited as `SimpleQA row <n>` (the
  question's row in the file, from 1 for the first under the header).

Pool: the questions of the file (in file order) that use a film, TV, actor, book or music word (SCREEN_WORDS below);
the filter also lets in questions where such a word has another sense (a sports "season", a footballer who
"played", a paper "published" in a journal, a "character" of a script); they come with the rest of the sample. A
question repeated (compared without case or punctuation) is kept once, at its first place; questions an earlier
probe file cites, quotes or asks are left out (counts only are printed).

Each candidate prints the later-ranked candidates that ask about the same kind of subject (SUBJECT_KINDS below: a
song or singer, a book or its author, a performer or character, a film or show), with their ranks in the seeded
order, at most FOLLOW_UPS: the probe file makes those of them that can be adapted follow-ups of the candidate, with
the names changed the same way, as round 72 did with AfriQA's questions. The kind is a rough guide for the writer,
who reads each question.

    python -m tooling.lead_checks.round81_sample
"""

from __future__ import annotations

import csv
import io
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

SEED = 81
FOLLOW_UPS = 4
OWN_FILE = "probes_round81_lead_check.yml"
SOURCE = "SimpleQA"  # its name in citations and in the ranked output

SIMPLEQA = MIRRORS / "yatender-oktalk+OpenDeepSearch" / "repo"
# The commit read (the repository's newest when mirrored).
SIMPLEQA_COMMIT = "d99b499e11f3822d4a9b9076ea29c383386f391b"
SIMPLEQA_FOLDER = "evals/datasets"
SIMPLEQA_FILE = "simple_qa_test_set.csv"

# Film, TV, actor, book and music words, as SimpleQA's writers write them.
SCREEN_WORDS = re.compile(
    r"\b(?:movies?|films?|filmed|filming|cinemas?|actors?|actress(?:es)?|acting|starr(?:ed|ing)|cast|characters?|"
    r"directors?|directed|producers?|produced|scenes?|plots?|villains?|heroe?s?|heroines?|protagonists?|sequels?|"
    r"episodes?|seasons?|series|tv|television|shows?|sitcoms?|cartoons?|anime|manga|hollywood|bollywood|oscars?|"
    r"screenplay|novels?|novelists?|books?|authors?|writers?|wr[io]te|written|publish(?:ed)?|poems?|poets?|"
    r"stor(?:y|ies)|fiction|songs?|singers?|sang|sings?|bands?|albums?|music|musicians?|lyrics|soundtracks?|"
    r"composers?|composed|concerts?|rappers?|roles?|played)\b",
    re.IGNORECASE,
)
# What a question asks about, by its wording, the first that matches.
SUBJECT_KINDS = (
    (
        "music",
        re.compile(
            r"\b(?:songs?|singers?|sang|sings?|bands?|albums?|music|musicians?|lyrics|soundtracks?|composers?|"
            r"composed|concerts?|rappers?)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "book",
        re.compile(
            r"\b(?:novels?|novelists?|books?|authors?|writers?|wr[io]te|written|publish(?:ed)?|poems?|poets?|"
            r"fiction|manga)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "person",
        re.compile(
            r"\b(?:actors?|actress(?:es)?|acting|starr(?:ed|ing)|cast|characters?|roles?|played|villains?|heroe?s?|"
            r"heroines?|protagonists?|directors?|directed|producers?|produced)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "work",
        re.compile(
            r"\b(?:movies?|films?|filmed|filming|cinemas?|scenes?|plots?|sequels?|episodes?|seasons?|series|tv|"
            r"television|shows?|sitcoms?|cartoons?|anime|hollywood|bollywood|oscars?|screenplay|stor(?:y|ies))\b",
            re.IGNORECASE,
        ),
    ),
)
CITED_SIMPLEQA = re.compile(r"\bSimpleQA\s+row\s+(\d+)\b")


@dataclass(frozen=True)
class Question:
    row: int  # the question's row in the file, from 1 for the first under the header
    text: str  # as its writer typed it
    kind: str  # a SUBJECT_KINDS name, or "" when none matches

    @property
    def cited(self) -> str:
        return f"row {self.row}"


def questions() -> list[Question]:
    """The questions of the stored file that use a SCREEN_WORDS word, in file order (only each row's `question` is
    read); none when the file is not stored."""
    if SIMPLEQA_FILE not in stored_in_folder(SIMPLEQA, SIMPLEQA_COMMIT, SIMPLEQA_FOLDER + "/"):
        return []
    rows = csv.DictReader(io.StringIO(git_text(SIMPLEQA, f"{SIMPLEQA_FOLDER}/{SIMPLEQA_FILE}", SIMPLEQA_COMMIT)))
    found: list[Question] = []
    for row, item in enumerate(rows, 1):
        text = one_line(item.get("question") or "")
        if text and SCREEN_WORDS.search(text):
            found.append(Question(row, text, kind_of(text, SUBJECT_KINDS)))
    return found


def where(question: Question) -> str:
    return f"{question.cited} ({question.kind or '-'})"


def pool(skip: Cited) -> tuple[list[Candidate], int]:
    """The pool, and how many of its questions an earlier probe file cites, quotes or asks."""
    kept, seen = unseen(questions(), lambda question: str(question.row), lambda question: question.text, skip, SOURCE)
    return ranked_with_later_of_kind(kept, SOURCE, where, SEED, FOLLOW_UPS), seen


def main() -> None:
    skip = cited_earlier(OWN_FILE, {SOURCE: CITED_SIMPLEQA}, asks=True)
    found, seen = pool(skip)
    print_one_pool(SOURCE, found, seen, SEED)


if __name__ == "__main__":
    main()
