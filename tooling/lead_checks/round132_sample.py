"""The lead's round-132 check set: a seeded random sample of the complex questions that people wrote in their own words
for FanOutQA, keeping those of its film, television, music, literature and entertainment categories (and the questions
of other categories that name a film, actor, director, writer, novel, album or song), each with the later-ranked
questions of the same kind of subject.

Reads one dataset from its mirror on this machine (`git show <commit>:<path>`, nothing is downloaded):

- FanOutQA (Andrew Zhu, Alyssa Hwang, Liam Dugan and Chris Callison-Burch, "FanOutQA: A Multi-Hop, Multi-Document
  Question Answering Benchmark for Large Language Models", ACL 2024): multi-hop "fan-out" questions (counts,
  comparisons, superlatives, "which ... first", one question over many Wikipedia entities) that human annotators wrote
  in their own words, each with its human-written decomposition. Read from the authors' repository zhudotexe/fanoutqa
  at commit 989f4c4 (989f4c40d9deea1ecb0897d7a17a9c0fe20d5c33, its newest when mirrored): fanoutqa/data/
  fanout-final-dev.json (310 questions, with categories) and fanout-final-test.json (724 questions, with categories;
  no answers given out), both present (1.2 MB and 1.1 MB). Only the `id`, `question` and `categories` fields are read
  (never the answers or the decompositions). The questions are kept as typed. Licence: CC BY-SA 4.0 for the data
  (fanoutqa/data/LICENSE); MIT for the code (LICENSE). Cited as `FanOutQA <split> <id>`.

Why this source: the brief asked for Mintaka (amazon-science/mintaka), which earlier probe files already name, so
another source of its kind was taken: complex questions that people wrote in their own words about Wikipedia's
entities, with the same film, music and book categories. No earlier probe file or sampler names FanOutQA.

Pool: the questions (dev, then test, each in file order) with a category of SCREEN_CATEGORIES or whose words name a
film, TV, actor, book or music subject (SCREEN_WORDS). Each text is kept once (compared without case or
punctuation); those an earlier probe file cites, quotes or asks are left out (counts only are printed).

Each candidate prints the later-ranked candidates of its kind (film, music, book, or other for the rest), at most
FOLLOW_UPS, with their ranks in the seeded order: FanOutQA gives each question alone (no threads of one asker), so the
probe file makes those that can be adapted follow-ups of the candidate, as round 108 did.

    python -m tooling.lead_checks.round132_sample
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
    print_left_out,
    print_quietly,
    ranked_with_later_of_kind,
    unseen,
)

SEED = 132
FOLLOW_UPS = 3
OWN_FILE = "probes_round132_lead_check.yml"
SOURCE = "FanOutQA"  # its name in citations and in the ranked output

FANOUTQA = MIRRORS / "zhudotexe+fanoutqa" / "repo"
# The commit read (the repository's newest when mirrored).
FANOUTQA_COMMIT = "989f4c40d9deea1ecb0897d7a17a9c0fe20d5c33"
SPLITS = (("dev", "fanoutqa/data/fanout-final-dev.json"), ("test", "fanoutqa/data/fanout-final-test.json"))

# The categories whose questions are all read.
SCREEN_CATEGORIES = frozenset(
    {"Film Studies", "Television", "Music", "Literature", "Entertainment", "Publishing", "Awards", "Japanese Culture"}
)
# Film, TV, actor, book and music words, as FanOutQA's writers use them.
SCREEN_WORDS = re.compile(
    r"\b(?:movies?|films?|filmography|cinemas?|actors?|actress(?:es)?|starr(?:ed|ing)|cast|characters?|directors?|"
    r"directed|screenplay|screenwriters?|sequels?|episodes?|tv|television|anime|manga|hollywood|oscars?|"
    r"academy awards?|box office|novels?|novelists?|books?|authors?|writers?|wr[io]te|written|poems?|poets?|songs?|"
    r"songwriters?|singers?|singles?|bands?|albums?|music|musicians?|soundtracks?|composers?|grammys?|netflix)\b",
    re.IGNORECASE,
)
# The kind of subject a question asks about, from its categories and words, first match wins.
KINDS = (
    (
        "film",
        re.compile(
            r"\b(?:Film Studies|Television|Entertainment|movies?|films?|actors?|actress|tv|"
            r"television|netflix|directors?|oscars?|anime)\b",
            re.IGNORECASE,
        ),
    ),
    ("music", re.compile(r"\b(?:Music|songs?|singers?|singles?|bands?|albums?|musicians?|grammys?)\b", re.IGNORECASE)),
    ("book", re.compile(r"\b(?:Literature|Publishing|novels?|books?|authors?|writers?|poets?|manga)\b", re.IGNORECASE)),
)
CITED_FANOUTQA = re.compile(r"\bFanOutQA\s+((?:dev|test)\s+[0-9a-f]+)\b")


@dataclass(frozen=True)
class Question:
    split: str
    question_id: str
    categories: tuple[str, ...]
    text: str
    kind: str

    @property
    def cited(self) -> str:
        return f"{self.split} {self.question_id}"


def questions() -> list[Question]:
    """The questions of SCREEN_CATEGORIES or with a SCREEN_WORDS word, dev then test, in file order (their answers
    and decompositions are not read)."""
    found: list[Question] = []
    for split, path in SPLITS:
        for entry in json.loads(git_text(FANOUTQA, path, FANOUTQA_COMMIT)):
            text = one_line(str(entry.get("question", "")))
            categories = tuple(str(category) for category in entry.get("categories", ()))
            if text and (SCREEN_CATEGORIES.intersection(categories) or SCREEN_WORDS.search(text)):
                kind = kind_of(" ".join((*categories, text)), KINDS) or "other"
                found.append(Question(split, str(entry["id"]), categories, text, kind))
    return found


def where(question: Question) -> str:
    return f"{SOURCE} {question.cited} ({question.kind}: {', '.join(question.categories)})"


def pool(skip: Cited) -> tuple[list[Candidate], int]:
    """The pool, and how many of its questions an earlier probe file cites, quotes or asks."""
    kept, seen = unseen(questions(), lambda found: found.cited, lambda found: found.text, skip, SOURCE)
    return ranked_with_later_of_kind(kept, SOURCE, where, SEED, FOLLOW_UPS), seen


def main() -> None:
    skip = cited_earlier(OWN_FILE, {SOURCE: CITED_FANOUTQA}, asks=True)
    found, seen = pool(skip)
    print_left_out(((SOURCE, seen),))
    print_quietly(((SOURCE, found, len(found)),), SEED)


if __name__ == "__main__":
    main()
