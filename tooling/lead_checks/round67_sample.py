"""The lead's round-67 check set: a seeded random sample of the questions crowd workers typed in Commonsense-Dialogues'
conversations about films, TV, books and music, each with the same conversation's later questions.

Reads one dataset from its mirror on this machine (`git show <commit>:<path>`, nothing is downloaded):

- Commonsense-Dialogues (Pei Zhou, Karthik Gopalakrishnan, Behnam Hedayatnia, Seokhwan Kim, Jay Pujara, Xiang Ren,
  Yang Liu and Dilek Hakkani-Tur, "Commonsense-Focused Dialogues for Response Generation: An Empirical Study",
  SIGDIAL 2021): Amazon Mechanical Turk workers each wrote a whole six-turn conversation between two people, given a
  short everyday situation taken from SocialIQA ("Lee went to the movies with friends ..."), the situation's person
  speaking first. Read from the authors' repository alexa/Commonsense-Dialogues at commit 53b5532 (2021-09-14, its
  newest): data/valid.json (1,157 conversations) and data/test.json, both present (data/train.json is an absent blob).
  Each file is one JSON object from a conversation id to its `context`, `speaker` and `turns`; only `turns` is read,
  never the situation text; runs of whitespace are read as one space, and casing, spelling and typos are kept as
  typed. Licence: CC BY-NC 4.0 (the repository's LICENSE). Cited as `Commonsense-Dialogues <split> <id>.<turn>` (the
  id as the file gives it, the turn its place in the conversation, counted from 1).

Why this source: the brief's suggestions were checked first. Quoref, DROP and MLQA have no stored copy of their
question files (their data is downloaded from the authors' sites; DROP appears only as snippets in code); ConvoKit's
corpora are downloaded from Cornell's servers, not stored; Circa's circa-data.tsv is an absent blob; the M2M movie
dialogues (google-research-datasets/simulated-dialogue) and FollowupQG carry no licence.

Pool: the questions of the conversations one of whose turns uses a SCREEN_WORDS word (below), from the first such turn
on. A question is a turn that holds a sentence ending in "?"; it is taken whole. The filter also lets in conversations
where such a word is said in passing; they come with the rest. A candidate repeated (compared without case or
punctuation) is kept once, at its first place. Each candidate prints the turn said just before it and the same
conversation's later questions ("turn <n>: <text>"), at most FOLLOW_UPS.

Questions that any tests/nlu/probes*.yml already cites (by a `Commonsense-Dialogues <split> <id>.<turn>` citation),
quotes or asks word for word are left out; only how many is printed. The pool is shuffled with a fixed seed and
printed in that order. The probe file tests/nlu/probes_round67_lead_check.yml takes the candidates in this order,
skipping only those that cannot be adapted to a question about this single film (its header says which ranks).

    python -m tooling.lead_checks.round67_sample [--dialogues N]
"""

from __future__ import annotations

import argparse
import json
import re
from dataclasses import dataclass

from tooling.lead_checks.mirrors import (
    MIRRORS,
    Candidate,
    asks,
    cited_earlier,
    first_unseen,
    git_text,
    normalised,
    one_line,
    print_left_out,
    print_quietly,
    stored_in_folder,
)

SEED = 67
FOLLOW_UPS = 4  # a conversation holds six turns
OWN_FILE = "probes_round67_lead_check.yml"
SOURCE = "Commonsense-Dialogues"  # its name in citations and in the ranked output

DIALOGUES = MIRRORS / "alexa+Commonsense-Dialogues" / "repo"
# The commit read (the repository's newest when mirrored).
COMMIT = "53b55325ee010279ce4ad5ca019fa2878e4f5b57"
FOLDER = "data/"
# The files read, in this order, with the split they are cited by (train.json is an absent blob).
FILES = (("valid", "valid.json"), ("test", "test.json"))

# Film, TV, book and music words as the crowd workers use them: "book" not as the verb, "show" only as a programme,
# "read" only as reading.
SCREEN_WORDS = re.compile(
    r"\b(?:movies?|films?|cinemas?|movie ?theat(?:er|re)s?|actors?|actress(?:es)?|starr(?:ed|ing)|characters?|"
    r"directors?|directed|sequels?|episodes?|series(?! of)|tv|television|netflix|trailers?|sitcoms?|cartoons?|anime|"
    r"hollywood|oscars?|documentar(?:y|ies)|(?:tv|talk|game|reality|favou?rite|the|that|this|a) shows?|novels?|"
    r"books?(?! (?:a|an|the|me|us|it|you|him|her|them|tickets?|seats?|rooms?|tables?|flights?|trips?|in|for|now|up)\b)|"
    r"authors?|writers?|songs?|singers?|bands?|albums?|music|musicians?|musicals?|lyrics|soundtracks?|concerts?|"
    r"comed(?:y|ies)|thrillers?|horror|romance|romantic)\b",
    re.IGNORECASE,
)
CITED = re.compile(r"\bCommonsense-Dialogues\s+((?:valid|test)\s+\S+\.\d+)")


@dataclass(frozen=True)
class Question:
    split: str
    conversation: str  # its id in the file
    turns: tuple[str, ...]
    index: int  # the question's place among the turns, from 0

    @property
    def text(self) -> str:
        return self.turns[self.index]

    def cited(self, index: int) -> str:
        return f"{self.split} {self.conversation}.{index + 1}"


def questions() -> list[Question]:
    """The questions of the screen conversations of the stored files, in FILES order, file order and turn order."""
    present = stored_in_folder(DIALOGUES, COMMIT, FOLDER)
    found: list[Question] = []
    for split, name in FILES:
        if name not in present:
            continue
        for key, item in json.loads(git_text(DIALOGUES, FOLDER + name, COMMIT)).items():
            turns = tuple(one_line(turn) for turn in item["turns"])
            first = next((index for index, turn in enumerate(turns) if SCREEN_WORDS.search(turn)), len(turns))
            found.extend(Question(split, key, turns, index) for index in range(first, len(turns)) if asks(turns[index]))
    return found


def with_context(question: Question) -> Candidate:
    turns, index = question.turns, question.index
    before = (f"before {index}: {turns[index - 1]}",) if index else ()
    later = tuple(f"turn {other + 1}: {turns[other]}" for other in range(index + 1, len(turns)) if asks(turns[other]))
    return Candidate(SOURCE, question.cited(index), question.text, before + later[:FOLLOW_UPS])


def pool() -> list[Candidate]:
    skip = cited_earlier(OWN_FILE, {SOURCE: CITED}, asks=True)
    every = questions()
    seen = {q for q in every if q.cited(q.index) in skip.ids[SOURCE] or normalised(q.text) in skip.texts}
    kept = first_unseen(every, lambda q: q.text, lambda q: q in seen)
    print_left_out(((SOURCE, len(seen)),))
    return [with_context(question) for question in kept]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dialogues", type=int, default=0, help=f"{SOURCE} candidates to print (0: the whole pool)")
    count = parser.parse_args().dialogues
    found = pool()
    print_quietly(((SOURCE, found, count or len(found)),), SEED)


if __name__ == "__main__":
    main()
