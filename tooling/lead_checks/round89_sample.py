"""The lead's round-89 check set: a seeded random sample of TriviaQA's questions, which trivia enthusiasts wrote for
trivia and quiz-league websites, keeping those about films, TV, actors, books or music (and the off-topic ones the
filter lets in), each with the later-ranked questions that ask about the same kind of subject.

Reads one dataset from its mirror on this machine (`git show <commit>:<path>`, nothing is downloaded):

- TriviaQA (Mandar Joshi, Eunsol Choi, Daniel S. Weld and Luke Zettlemoyer, "TriviaQA: A Large Scale Distantly
  Supervised Challenge Dataset for Reading Comprehension", ACL 2017): about 95,000 question-answer pairs that trivia
  enthusiasts wrote for 14 trivia and quiz-league websites, gathered by the authors with the sites' question texts
  unchanged. The authors' repository (mandarjoshi90/triviaqa, newest commit ca43b58, 2023-11-13) holds only a
  four-question sample; the question lists are stored in castorini/anserini-tools, the evaluation-data repository of
  Anserini and Pyserini, at commit 5b819c1 (2026-08-21, its newest; the files entered in 43add83, 2026-08-09): the two
  TriviaQA files of Karpukhin et al.'s Dense Passage Retrieval splits, topics/topics.dpr.trivia.test.txt (11,313
  questions: TriviaQA's unfiltered dev set, in its order) and topics/topics.dpr.trivia.dev.txt (8,837: part of
  TriviaQA's train set), both present. Each line is a tab-separated CSV row of the question and its answer list; only
  the question column is read, never the answers. The CSV quoting of the row is undone once, which gives TriviaQA's
  own text: a question whose original held double quotes comes wrapped in quotes with the inner ones doubled, as
  TriviaQA's scrape has it ('"In which movie did Garbo say, ""I want to be alone""."'); it is printed so. Licence:
  Apache 2.0 (the LICENSE of the authors' repository; the dataset's site adds that the University of Washington does
  not own the copyright of the questions); the copy adds no licence of its own. Cited as `TriviaQA <split> <line>`
  (split `test` or `dev`, the file it comes from; line its line in that file, from 1). Not to be confused with
  OpenTriviaQA (uberspot/OpenTriviaQA), another source that earlier probe files cite.

Pool: the questions of the two files (test, then dev, then file order) that use a film, TV, actor, book or music word
(SCREEN_WORDS below); the filter also lets in questions where such a word has another sense (a magazine or newspaper
"published", a word of "written" English, a sport "played", an animal "hit" by cars, a trait "produced" in laboratory
animals); they come with the rest of the sample. A question repeated (compared without case or punctuation) is kept
once, at its first place; questions an earlier probe file cites, quotes or asks are left out (counts only are printed).

Each candidate prints the later-ranked candidates that ask about the same kind of subject (SUBJECT_KINDS below: a
song or singer, a book or its author, a performer or character, a film or show), with their ranks in the seeded
order, at most FOLLOW_UPS: the probe file makes those of them that can be adapted follow-ups of the candidate, with
the names changed the same way, as round 72 did with AfriQA. The kind is a rough guide for the writer, who reads each
question.

    python -m tooling.lead_checks.round89_sample
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass

from tooling.lead_checks.mirrors import (
    MIRRORS,
    Candidate,
    Cited,
    cited_earlier,
    first_unseen,
    git_text,
    kind_of,
    normalised,
    one_line,
    print_left_out,
    print_quietly,
    ranked_with_later_of_kind,
    stored_in_folder,
)

SEED = 89
FOLLOW_UPS = 4
OWN_FILE = "probes_round89_lead_check.yml"
SOURCE = "TriviaQA"  # its name in citations and in the ranked output

ANSERINI_TOOLS = MIRRORS / "castorini+anserini-tools" / "repo"
# The commit read (the repository's newest when mirrored).
ANSERINI_TOOLS_COMMIT = "5b819c1a45c8a0a3ec9426f476694f44a29dfaf3"
FOLDER = "topics"
SPLITS = ("test", "dev")

# Film, TV, actor, book and music words, as TriviaQA's question writers use them.
SCREEN_WORDS = re.compile(
    r"\b(?:movies?|films?|filmed|cinemas?|actors?|actress(?:es)?|acting|starr(?:ed|ing)|co-starred|stars|cast|"
    r"characters?|directors?|directed|producers?|produced|scenes?|plots?|sequels?|episodes?|seasons?|series|"
    r"tv|television|sitcoms?|soaps?|cartoons?|animated|disney|hollywood|oscars?|screenplay|"
    r"novels?|novelists?|books?|authors?|writers?|wr[io]te|written|publish(?:ed)?|poems?|poets?|stor(?:y|ies)|"
    r"fiction|songs?|singers?|sang|sings?|bands?|albums?|music|musicals?|musicians?|lyrics|soundtracks?|"
    r"composers?|composed|hits?|no ?1|number one|charts?|roles?|played)\b",
    re.IGNORECASE,
)
# What a question asks about, by its wording, the first that matches.
SUBJECT_KINDS = (
    (
        "music",
        re.compile(
            r"\b(?:songs?|singers?|sang|sings?|bands?|albums?|music|musicals?|musicians?|lyrics|soundtracks?|"
            r"composers?|composed|hits?|no ?1|number one|charts?)\b",
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
            r"\b(?:actors?|actress(?:es)?|acting|starr(?:ed|ing)|co-starred|stars|cast|characters?|roles?|played|"
            r"directors?|directed|producers?|produced)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "work",
        re.compile(
            r"\b(?:movies?|films?|filmed|cinemas?|scenes?|plots?|sequels?|episodes?|seasons?|series|tv|television|"
            r"sitcoms?|soaps?|cartoons?|animated|disney|hollywood|oscars?|screenplay|stor(?:y|ies))\b",
            re.IGNORECASE,
        ),
    ),
)
CITED_TRIVIAQA = re.compile(r"\bTriviaQA\s+((?:test|dev)\s+\d+)\b")


@dataclass(frozen=True)
class Question:
    split: str
    line: int  # its line in the split's file, from 1
    text: str  # TriviaQA's question text
    kind: str  # a SUBJECT_KINDS name, or "" when none matches

    @property
    def cited(self) -> str:
        return f"{self.split} {self.line}"


def questions() -> list[Question]:
    """The questions of the stored files that use a SCREEN_WORDS word, in SPLITS order and file order (only each
    row's first column, the question, is read)."""
    found: list[Question] = []
    present = stored_in_folder(ANSERINI_TOOLS, ANSERINI_TOOLS_COMMIT, FOLDER + "/")
    for split in SPLITS:
        name = f"topics.dpr.trivia.{split}.txt"
        if name not in present:
            continue
        rows = git_text(ANSERINI_TOOLS, f"{FOLDER}/{name}", ANSERINI_TOOLS_COMMIT).splitlines()
        for line, row in enumerate(csv.reader(rows, delimiter="\t"), 1):
            text = one_line(row[0]) if row else ""
            if text and SCREEN_WORDS.search(text):
                found.append(Question(split, line, text, kind_of(text, SUBJECT_KINDS)))
    return found


def where(question: Question) -> str:
    return f"{question.cited} ({question.kind or '-'})"


def pool(skip: Cited) -> tuple[list[Candidate], int]:
    """The pool, and how many of its questions an earlier probe file cites, quotes or asks."""
    every = questions()
    seen = {
        question for question in every if question.cited in skip.ids[SOURCE] or normalised(question.text) in skip.texts
    }
    kept = first_unseen(every, lambda question: question.text, lambda question: question in seen)
    return ranked_with_later_of_kind(kept, SOURCE, where, SEED, FOLLOW_UPS), len(seen)


def main() -> None:
    skip = cited_earlier(OWN_FILE, {SOURCE: CITED_TRIVIAQA}, asks=True)
    found, seen = pool(skip)
    print_left_out(((SOURCE, seen),))
    print_quietly(((SOURCE, found, len(found)),), SEED)


if __name__ == "__main__":
    main()
