"""The lead's round-65 check set: a seeded random sample of the questions that people typed into WikiAnswers about
films, TV, actors, books and music, as Google's query-wellformedness dataset carries them, each with the later-ranked
questions that ask about the same kind of subject.

Reads one dataset from its mirror on this machine (`git show <commit>:<path>`, nothing is downloaded):

- Query-wellformedness (Manaal Faruqui and Dipanjan Das, "Identifying Well-formed Natural Language Questions",
  EMNLP 2018): 25,100 queries from the Paralex corpus (Anthony Fader, Luke Zettlemoyer and Oren Etzioni,
  "Paraphrase-Driven Learning for Open Question Answering", ACL 2013), that is questions people typed into the
  WikiAnswers site, each rated by five crowd workers for whether it is a well-formed question. Read from the
  authors' repository google-research-datasets/query-wellformedness at commit fb69c21 (2018-10-09, its newest; the
  data files entered in faaf185, 2018-09-10, and are unchanged since): train.tsv (17,500 queries), dev.tsv (3,750)
  and test.tsv (3,850), all present. Only each line's first column (the query) is read, never the rating; the query
  is kept as typed, with its casing, typos and the space before its "?" ("How doyou use ohms meter ?"). Licence:
  CC BY-SA 4.0 (the repository's README). Cited as `QWF <split> <line>` (the file read and the query's line in it,
  from 1).

Pool: the queries of the three files (train, dev, test, in file order) that use a film, TV, actor, book or music word
(SCREEN_WORDS below); the filter also lets in queries where such a word has another sense (a book of the Bible, a
band of a spectrum, a character of a language); they come with the rest of the sample. A query repeated (compared
without case or punctuation) is kept once, at its first place; queries an earlier probe file cites, quotes or asks
are left out (counts only are printed).

Each candidate prints the later-ranked candidates that ask about the same kind of subject (SUBJECT_KINDS below: a
song or singer, a book or its author, a performer or character, a film or show), with their ranks in the seeded
order, at most FOLLOW_UPS: the probe file makes those of them that can be adapted follow-ups of the candidate, with
the names changed the same way, as round 28 did with Quora's questions. The kind is a rough guide for the writer, who
reads each question.

    python -m tooling.lead_checks.round65_sample
"""

from __future__ import annotations

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

SEED = 65
FOLLOW_UPS = 4
OWN_FILE = "probes_round65_lead_check.yml"
SOURCE = "QWF"  # its name in citations and in the ranked output

QWF = MIRRORS / "google-research-datasets+query-wellformedness" / "repo"
# The commit read (the repository's newest when mirrored; the data files are unchanged since faaf185).
QWF_COMMIT = "fb69c21416195cddc797277ea9e4d393226571d2"
QWF_FILES = (("train", "train.tsv"), ("dev", "dev.tsv"), ("test", "test.tsv"))

# Film, TV, actor, book and music words, as WikiAnswers' askers write them.
SCREEN_WORDS = re.compile(
    r"\b(?:movies?|films?|filmed|cinemas?|actors?|actress(?:es)?|acting|starr(?:ed|ing)|cast|characters?|"
    r"directors?|directed|scenes?|plots?|villains?|heroe?s?|heroines?|protagonists?|sequels?|prequels?|trilogy|"
    r"remakes?|episodes?|series|tv|television|shows?|sitcoms?|cartoons?|anime|hollywood|oscars?|screenplay|"
    r"novels?|novelists?|books?|authors?|writers?|wr[io]te|written|poems?|poets?|stor(?:y|ies)|fiction|"
    r"songs?|singers?|sang|sings?|bands?|albums?|music|musicians?|lyrics|soundtracks?|composers?|composed|"
    r"concerts?|rappers?|roles?|played)\b",
    re.IGNORECASE,
)
# What a query asks about, by its wording, the first that matches.
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
            r"\b(?:novels?|novelists?|books?|authors?|writers?|wr[io]te|written|poems?|poets?|fiction)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "person",
        re.compile(
            r"\b(?:actors?|actress(?:es)?|acting|starr(?:ed|ing)|cast|characters?|roles?|played|heroe?s?|"
            r"heroines?|villains?|protagonists?|directors?|directed)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "work",
        re.compile(
            r"\b(?:movies?|films?|filmed|cinemas?|scenes?|plots?|sequels?|prequels?|trilogy|remakes?|episodes?|"
            r"series|tv|television|shows?|sitcoms?|cartoons?|anime|hollywood|oscars?|screenplay|stor(?:y|ies))\b",
            re.IGNORECASE,
        ),
    ),
)
CITED_QWF = re.compile(r"\bQWF\s+((?:train|dev|test)\s+\d+)\b")


@dataclass(frozen=True)
class Query:
    split: str
    line: int  # its line in the file, from 1
    text: str
    kind: str  # a SUBJECT_KINDS name, or "" when none matches

    @property
    def cited(self) -> str:
        return f"{self.split} {self.line}"


def queries() -> list[Query]:
    """The queries of the stored files that use a SCREEN_WORDS word, in QWF_FILES order and file order (only the
    first column is read)."""
    present = stored_in_folder(QWF, QWF_COMMIT, ".")
    found: list[Query] = []
    for split, name in QWF_FILES:
        if name not in present:
            continue
        for number, row in enumerate(git_text(QWF, name, QWF_COMMIT).splitlines(), 1):
            text = one_line(row.split("\t")[0])
            if text and SCREEN_WORDS.search(text):
                found.append(Query(split, number, text, kind_of(text, SUBJECT_KINDS)))
    return found


def where(query: Query) -> str:
    return f"{query.cited} ({query.kind or '-'})"


def pool(skip: Cited) -> tuple[list[Candidate], int]:
    """The pool, and how many of its queries an earlier probe file cites, quotes or asks."""
    every = queries()
    seen = {query for query in every if query.cited in skip.ids[SOURCE] or normalised(query.text) in skip.texts}
    kept = first_unseen(every, lambda query: query.text, lambda query: query in seen)
    return ranked_with_later_of_kind(kept, SOURCE, where, SEED, FOLLOW_UPS), len(seen)


def main() -> None:
    skip = cited_earlier(OWN_FILE, {SOURCE: CITED_QWF}, asks=True)
    found, seen = pool(skip)
    print_left_out(((SOURCE, seen),))
    print_quietly(((SOURCE, found, len(found)),), SEED)


if __name__ == "__main__":
    main()
