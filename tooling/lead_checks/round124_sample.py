"""The lead's round-124 check set: a seeded random sample of Free917's questions, which two native English speakers
wrote in their own words about entities of Freebase, keeping those about films, TV, books, music, comics, fictional
worlds, celebrities, awards and people (and the questions of other domains that use a film, TV, book or music word),
each with the later-ranked questions of the same Freebase domain.

Reads one dataset from its mirror on this machine (`git show <commit>:<path>`, nothing is downloaded):

- Free917 (Qingqing Cai and Alexander Yates, "Large-scale Semantic Parsing via Schema Matching and Lexicon
  Extension", ACL 2013): 917 questions written by two native English speakers who were not involved in the research,
  in their own words, about entities of 81 Freebase domains ("how long is Titanic 's runtime", "what substancs has
  Robert Downey jr abused"), each paired with a lambda-calculus query over Freebase. The authors gave the set out
  from their own and the SEMPRE pages (not stored here); it is read from a copy in brmson/Xserpy (a shift-reduce
  semantic parser that trains and tests on Free917), at commit 5dc9757
  (5dc9757b546a6d2713998dd928c687510b40cc82, 2016-08-16, its newest when mirrored):
  data/free917.trn.examples.canonicalized.json (641 questions) and data/free917.tst.examples.canonicalized.json (276),
  Cai and Yates's training and test splits in SEMPRE's JSON form (`utterance`, `targetFormula`), both present (110 kB
  and 47 kB; real blobs, no LFS pointer; the files took their names and last content in 68a5cb6 and 074f298,
  2016-04/05). The
  questions are kept as written, their casing, spacing and typos ("primetieme", "substancs", "Titanic 's"); the copy
  writes an apostrophe inside a title as "_" ("charlie_s angels"), which the adaptation replaces with the film's
  names. Only each question's text and the Freebase domains of its query are read (the domain gives its kind); the
  answers are never read. Licence: none stated (the repository holds no licence file; its README names no licence for
  the data); the questions are quoted for research as the earlier checks quote other sets. Cited as
  `Free917 <split> <n>` (split trn or tst, n the question's place in its file, from 1).

Pool: the questions (training split first, each in file order) whose query uses a film, TV, book, music, comic-book,
fictional-universe, celebrity, award, media, theatre, broadcast or people domain (DOMAINS below), or whose own words use
a film, TV, book or music word (SCREEN_WORDS); the people, award and broadcast domains also hold questions about
politicians, kings, scientists, companies and radio stations, which come with the rest of the sample. A text repeated
(compared without case or punctuation) is kept once, at its first place; questions an earlier probe file cites,
quotes or asks are left out (counts only are printed).

Free917 has no conversations (each question stands alone), so each candidate prints the later-ranked candidates of
the same kind (the first domain of DOMAINS its query uses, or "words" for one let in by its words), with their ranks
in the seeded order, at most FOLLOW_UPS: the probe file makes those that can be adapted follow-ups of the candidate,
with the names changed the same way, as rounds 106 and 108 did.

    python -m tooling.lead_checks.round124_sample
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
    one_line,
    print_left_out,
    print_quietly,
    ranked_with_later_of_kind,
    unseen,
)

SEED = 124
FOLLOW_UPS = 3
OWN_FILE = "probes_round124_lead_check.yml"
SOURCE = "Free917"  # its name in citations and in the ranked output

XSERPY = MIRRORS / "brmson+Xserpy" / "repo"
# The commit read (the repository's newest when mirrored).
XSERPY_COMMIT = "5dc9757b546a6d2713998dd928c687510b40cc82"
# Cai and Yates's two splits, as the copy names them.
SPLITS = (
    ("trn", "data/free917.trn.examples.canonicalized.json"),
    ("tst", "data/free917.tst.examples.canonicalized.json"),
)
# The Freebase domains read, in the order that gives a question its kind (its first one used).
DOMAINS = (
    "film",
    "tv",
    "book",
    "music",
    "comic_books",
    "fictional_universe",
    "celebrities",
    "theater",
    "media_common",
    "award",
    "broadcast",
    "people",
)
DOMAIN = re.compile(r"\bfb:([a-z_]+)\.")
# Film, TV, book and music words, as Free917's writers use them.
SCREEN_WORDS = re.compile(
    r"\b(?:movies?|films?|actors?|actress(?:es)?|starr(?:ed|ing)|cast|directors?|directed|screenplay|sequels?|"
    r"episodes?|series|tv|television|shows?|novels?|books?|authors?|wr[io]te|written|songs?|singers?|albums?|"
    r"bands?|music|musicians?|composers?|composed|soundtracks?)\b",
    re.IGNORECASE,
)
CITED_FREE917 = re.compile(r"\bFree917\s+(trn|tst)\s+(\d+)\b")


@dataclass(frozen=True)
class Question:
    split: str  # "trn" or "tst"
    number: int  # the question's place in its split's file, from 1
    text: str  # the utterance, as written
    kind: str  # its first DOMAINS domain, or "words"

    @property
    def cited(self) -> tuple[str, str]:
        return (self.split, str(self.number))


def kind_of_query(formula: str) -> str:
    """The first of DOMAINS that the query uses, or ""."""
    used = set(DOMAIN.findall(formula))
    return next((domain for domain in DOMAINS if domain in used), "")


def questions() -> list[Question]:
    """The questions of both splits whose query uses one of DOMAINS or whose words use a SCREEN_WORDS word, in split
    and file order (the query is read only for its domains)."""
    found: list[Question] = []
    for split, path in SPLITS:
        entries = json.loads(git_text(XSERPY, path, XSERPY_COMMIT))
        for number, entry in enumerate(entries, 1):
            text = one_line(str(entry.get("utterance", "")))
            kind = kind_of_query(str(entry.get("targetFormula", "")))
            if text and (kind or SCREEN_WORDS.search(text)):
                found.append(Question(split, number, text, kind or "words"))
    return found


def where(question: Question) -> str:
    return f"{SOURCE} {question.split} {question.number} ({question.kind})"


def pool(skip: Cited) -> tuple[list[Candidate], int]:
    """The pool, each candidate with its same-kind later candidates, and how many of its questions an earlier probe
    file cites, quotes or asks."""
    kept, seen = unseen(questions(), lambda found: found.cited, lambda found: found.text, skip, SOURCE)
    return ranked_with_later_of_kind(kept, SOURCE, where, SEED, FOLLOW_UPS), seen


def main() -> None:
    skip = cited_earlier(OWN_FILE, {SOURCE: CITED_FREE917}, asks=True)
    found, seen = pool(skip)
    print_left_out(((SOURCE, seen),))
    print_quietly(((SOURCE, found, len(found)),), SEED)


if __name__ == "__main__":
    main()
