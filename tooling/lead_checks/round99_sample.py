"""The lead's round-99 check set: a seeded random sample of the queries that MSN Search users typed in 2005 about
films, TV, actors, books and music, as the KDD Cup 2005 gave them out, each with the later-ranked queries that ask
about the same kind of subject.

Reads one dataset from its mirror on this machine (`git show <commit>:<path>`, nothing is downloaded):

- KDD Cup 2005 queries ("Internet user search query categorization", the ACM SIGKDD KDD Cup 2005; Ying Li, Zijian Zheng
  and Honghua (Kathy) Dai, "KDD CUP-2005 report: facing a great challenge", SIGKDD Explorations 7(2), 2005): the cup
  gave out 800,000 queries that users of MSN Search typed, and the organisers' human editors labelled a random 800 of
  them (the evaluation set; foreign-language, "trash" and improper queries were dropped before the draw) and 111 more
  (CategorizedQuerySample.txt, given to the contestants) with up to five of 67 categories. Read from the repository
  turian/query-classification-with-word-representations (Joseph Turian's query-classification scripts for the cup, 2010)
  at commit 31ed1ea (2010-02-11, its newest): data/test/labeler2.txt.new (the 800 evaluation queries with, by its name,
  the second of the three editors' labels), data/train/CategorizedQuerySample.train-partition.txt (56 of the 111 sample
  queries) and data/train/CategorizedQuerySample.dev-partition.txt (the other 55), all present. A line is
  "<query><TAB><category><TAB>..."; the query is kept as typed, with its casing, spelling and spacing ("brittany
  spears", "clebrity", "kenny latimore"). The editors' categories are read only to let a query into the pool (below),
  never used as answers. The 800,000 unlabelled queries are not in the repository. Licence: the SIGKDD published the
  task, the data and the answer set on the KDD Cup 2005 site for research; there is no open licence of its own, and the
  repository has no licence file. Cited as `KDD2005 <file> <line>` (file: test, sample-train or sample-dev; the line's
  number in the file, from 1).

Pool: the queries of the three files (test, then sample-train, then sample-dev, each in file order) that an editor put
in a film, TV, music, celebrity or book category (SCREEN_CATEGORIES below) or whose text uses a film, TV, actor, book or
music word (SCREEN_WORDS below); the filter also lets in newspapers, magazines, guitar strings and keyboards, cable
channels and the like; they come with the rest of the sample. A query repeated (compared without case or punctuation)
is kept once, at its first place; queries an earlier probe file cites, quotes or asks are left out (counts only are
printed).

The log gives no user or session, so each candidate prints the later-ranked candidates that ask about the same kind of
subject (SUBJECT_KINDS below by wording, else by the editor's category: a song or singer, a book or its author, a
performer or celebrity, a film or show), with their ranks in the seeded order, at most FOLLOW_UPS: the probe file makes
those of them that can be adapted follow-ups of the candidate, with the names changed the same way, as round 72 did
with AfriQA's questions. The kind is a rough guide for the writer, who reads each query.

    python -m tooling.lead_checks.round99_sample
"""

from __future__ import annotations

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
    stored_in_folder,
    unseen,
)

SEED = 99
FOLLOW_UPS = 4
OWN_FILE = "probes_round99_lead_check.yml"
SOURCE = "KDD2005"  # its name in citations and in the ranked output

KDD = MIRRORS / "turian+query-classification-with-word-representations" / "repo"
# The commit read (the repository's newest when mirrored).
KDD_COMMIT = "31ed1ea3461b8b22bb3515507ac2e8e1270b36a6"
# The files read, in pool order: their names in citations and their paths.
FILES = (
    ("test", "data/test/labeler2.txt.new"),
    ("sample-train", "data/train/CategorizedQuerySample.train-partition.txt"),
    ("sample-dev", "data/train/CategorizedQuerySample.dev-partition.txt"),
)

# The editors' categories of the arts this film belongs to (KDD Cup 2005's 67 categories, "<top>\<sub>").
SCREEN_CATEGORIES = {
    "Entertainment\\Movies": "work",
    "Entertainment\\TV": "work",
    "Entertainment\\Music": "music",
    "Entertainment\\Celebrities": "person",
    "Living\\Book & Magazine": "book",
}
# Film, TV, actor, book and music words, as MSN's searchers type them (mostly lower case, few apostrophes).
SCREEN_WORDS = re.compile(
    r"\b(?:movies?|films?|filmed|filming|cinemas?|theaters?|theatres?|actors?|actress(?:es)?|acting|starr(?:ed|ing)|"
    r"cast|characters?|directors?|directed|scenes?|plots?|scripts?|sequels?|episodes?|seasons?|series|tv|"
    r"television|shows?|sitcoms?|soaps?|cartoons?|anime|hollywood|oscars?|celebrit(?:y|ies)|clebrity|dvds?|"
    r"trailers?|posters?|premiere|box office|screenplay|novels?|novelists?|books?|authors?|writers?|wrote|written|"
    r"poems?|poets?|poetry|literature|stor(?:y|ies)|fiction|songs?|singers?|sang|sings?|bands?|albums?|music|"
    r"musicians?|lyrics|soundtracks?|composers?|concerts?|rap|rappers?|roles?|played|ringtones?)\b",
    re.IGNORECASE,
)
# What a query asks about, by its wording, the first that matches.
SUBJECT_KINDS = (
    (
        "music",
        re.compile(
            r"\b(?:songs?|singers?|sang|sings?|bands?|albums?|music|musicians?|lyrics|soundtracks?|composers?|"
            r"concerts?|rap|rappers?|ringtones?)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "book",
        re.compile(
            r"\b(?:novels?|novelists?|books?|authors?|writers?|wrote|written|poems?|poets?|poetry|literature|fiction)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "person",
        re.compile(
            r"\b(?:actors?|actress(?:es)?|acting|starr(?:ed|ing)|cast|characters?|roles?|played|directors?|"
            r"directed|celebrit(?:y|ies)|clebrity)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "work",
        re.compile(
            r"\b(?:movies?|films?|filmed|filming|cinemas?|theaters?|theatres?|scenes?|plots?|scripts?|sequels?|"
            r"episodes?|seasons?|series|tv|television|shows?|sitcoms?|soaps?|cartoons?|anime|hollywood|oscars?|"
            r"dvds?|trailers?|posters?|premiere|box office|screenplay|stor(?:y|ies))\b",
            re.IGNORECASE,
        ),
    ),
)
CITED_KDD = re.compile(r"\bKDD2005\s+((?:test|sample-train|sample-dev)\s+\d+)\b")


@dataclass(frozen=True)
class Query:
    file: str  # its name in citations: test, sample-train or sample-dev
    line: int  # the line's number in the file, from 1
    text: str  # the query as typed
    categories: tuple[str, ...]  # the editor's categories, as the file gives them
    kind: str  # a SUBJECT_KINDS name, else the first screen category's kind, or "" when neither

    @property
    def cited(self) -> str:
        return f"{self.file} {self.line}"


def screen_kind(text: str, categories: tuple[str, ...]) -> str:
    """The kind of subject a query asks about: by its wording, else by its first screen category."""
    return kind_of(text, SUBJECT_KINDS) or next(
        (SCREEN_CATEGORIES[category] for category in categories if category in SCREEN_CATEGORIES), ""
    )


def queries() -> list[Query]:
    """The queries of the stored files that an editor put in a SCREEN_CATEGORIES category or that use a SCREEN_WORDS
    word, in FILES order and file order."""
    found: list[Query] = []
    for name, path in FILES:
        folder, _, file_name = path.rpartition("/")
        if file_name not in stored_in_folder(KDD, KDD_COMMIT, folder + "/"):
            continue
        for number, line in enumerate(git_text(KDD, path, KDD_COMMIT).splitlines(), 1):
            text, *labels = line.split("\t")
            text = one_line(text)
            categories = tuple(label.strip() for label in labels if label.strip())
            if text and (SCREEN_WORDS.search(text) or any(category in SCREEN_CATEGORIES for category in categories)):
                found.append(Query(name, number, text, categories, screen_kind(text, categories)))
    return found


def where(query: Query) -> str:
    shown = ", ".join(category.rpartition("\\")[2] for category in query.categories)
    return f"{query.cited} ({query.kind or '-'}; {shown})"


def pool(skip: Cited) -> tuple[list[Candidate], int]:
    """The pool, and how many of its queries an earlier probe file cites, quotes or asks."""
    kept, seen = unseen(queries(), lambda query: query.cited, lambda query: query.text, skip, SOURCE)
    return ranked_with_later_of_kind(kept, SOURCE, where, SEED, FOLLOW_UPS), seen


def main() -> None:
    skip = cited_earlier(OWN_FILE, {SOURCE: CITED_KDD}, asks=True)
    found, seen = pool(skip)
    print_left_out(((SOURCE, seen),))
    print_quietly(((SOURCE, found, len(found)),), SEED)


if __name__ == "__main__":
    main()
