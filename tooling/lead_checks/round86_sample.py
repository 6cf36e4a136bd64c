"""The lead's round-86 check set: a seeded random sample of the questions that Catalan annotators wrote in Catalan
about passages of Catalan Wikipedia articles on films, TV, actors, books and music for ViquiQuAD, each with the later
questions written on the same passage and the later-ranked candidates about the same kind of subject.

Reads one dataset from its mirror on this machine (`git show <commit>:<path>`, nothing is downloaded):

- ViquiQuAD (Carlos Gerardo Rodriguez-Penagos and Carme Armentano-Oller, "ViquiQuAD: an extractive QA dataset from
  Catalan Wikipedia", Zenodo, doi 10.5281/zenodo.4562345, 2021; described in Jordi Armengol-Estapé et al., "Are
  Multilingual Models the Best Choice for Moderately Under-resourced Languages? A Comprehensive Assessment for
  Catalan", Findings of ACL 2021): about 15,000 questions that native Catalan annotators wrote in Catalan, one to
  five on each of 3,111 passages of 597 original (not translated) Catalan Wikipedia articles (11,255 train, 1,492
  validation, 1,429 test). Only its test split is stored in a repository here: the Catalan Language Understanding
  Benchmark's repository projecte-aina/club at commit 7cba5ee (2022-05-17, its newest) holds it as
  src/qa/viquiquad-test.json, present (518 KB): SQuAD form, version 1.0.1, 60 articles, 300 passages, 1,428
  questions. Only each article's `title`, the first CONTEXT_CHARS characters of each passage's `context` (to decide
  the subject) and each question's `id` and `question` are read, never the answers. The Catalan is kept as the
  annotator typed it. Licence: CC BY-SA 4.0 (the dataset card; the repository's own LICENSE is MIT). Cited as
  `ViquiQuAD test <id>`.

Pool: the passages (in file order) whose article title or passage opening uses a film, TV, actor, book or music word
(SCREEN_WORDS below); the filter also lets in a painting's "escena", a painter's "obra" named with a "sèrie", an
architect's "grup" of buildings and the like; they come with the rest of the sample. Each passage is a candidate
through its first question; a question repeated (compared without case or punctuation) is kept once, at its first
place; questions an earlier probe file cites, quotes or asks are left out (counts only are printed).

Each candidate prints first its passage's later questions ("turn <n>"), at most PASSAGE_TURNS, written by one
annotator in a row about one passage, the source's nearest thing to a conversation; then the later-ranked candidates
that ask about the same kind of subject (SUBJECT_KINDS below: a song, album, band or composer, a book or its author, a
performer or character, a film or show), with their ranks in the seeded order, at most FOLLOW_UPS, for a candidate
whose passage gives no follow-up that can be adapted, as round 77 did. The kind is a rough guide for the writer, who
reads each question.

    python -m tooling.lead_checks.round86_sample
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace

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
    print_one_pool,
    ranked_with_later_of_kind,
    stored_in_folder,
)

SEED = 86
FOLLOW_UPS = 2  # same-kind later candidates
PASSAGE_TURNS = 4  # the passage's later questions
CONTEXT_CHARS = 300  # the opening of a passage, which names its subject
OWN_FILE = "probes_round86_lead_check.yml"
SOURCE = "ViquiQuAD"  # its name in citations and in the ranked output

CLUB = MIRRORS / "projecte-aina+club" / "repo"
# The commit read (the repository's newest when mirrored).
CLUB_COMMIT = "7cba5ee13a776bffea3e7db8b602f1c822ea43d0"
CLUB_FOLDER = "src/qa/"
VIQUIQUAD_TEST = "viquiquad-test.json"
SPLIT = "test"

# Film, TV, actor, book and music words, as Catalan Wikipedia writes them.
SCREEN_WORDS = re.compile(
    r"\b(?:pel·lícul\w*|films?|filmaci\w*|cinema\w*|cineast\w*|actor|actors|actriu|actrius|director|directors|"
    r"dirigi\w*|guió|guions|guionist\w*|sèries?|televisi\w*|episodis?|estren\w*|escenes?|personatges?|"
    r"protagonist\w*|novel·l\w*|llibres?|llibrets?|escriptor\w*|autor\w*|poet\w*|poemes?|narrativ\w*|contes?|"
    r"cançons?|cançó|àlbum\w*|discs?|discogràf\w*|bandes?|banda|grup|grups|músic\w*|compositor\w*|compos\w*|"
    r"òper\w*|simfoni\w*|cantants?|rock|pistes?|concerts?|gires?|intèrprets?|cors)\b",
    re.IGNORECASE,
)
# What a passage is about, by its article's title and its opening, the first that matches.
SUBJECT_KINDS = (
    (
        "music",
        re.compile(
            r"\b(?:cançons?|cançó|àlbum\w*|discs?|discogràf\w*|bandes?|banda|grup|grups|músic\w*|compositor\w*|"
            r"compos\w*|òper\w*|simfoni\w*|cantants?|rock|pistes?|concerts?|gires?|llibrets?|cors)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "book",
        re.compile(
            r"\b(?:novel·l\w*|llibres?|escriptor\w*|autor\w*|poet\w*|poemes?|narrativ\w*|contes?)\b", re.IGNORECASE
        ),
    ),
    (
        "person",
        re.compile(r"\b(?:actor|actors|actriu|actrius|intèrprets?|personatges?|protagonist\w*)\b", re.IGNORECASE),
    ),
    (
        "work",
        re.compile(
            r"\b(?:pel·lícul\w*|films?|filmaci\w*|cinema\w*|cineast\w*|director|directors|dirigi\w*|guió|guions|"
            r"guionist\w*|sèries?|televisi\w*|episodis?|estren\w*|escenes?)\b",
            re.IGNORECASE,
        ),
    ),
)
CITED_VIQUIQUAD = re.compile(r"\bViquiQuAD\s+(test\s+P_\d+_C_\d+_Q\d+)\b")


@dataclass(frozen=True)
class Passage:
    title: str  # its article's
    opening: str  # the first CONTEXT_CHARS characters of its context
    questions: tuple[tuple[str, str], ...]  # (id, question) in file order

    @property
    def screen(self) -> bool:
        return bool(SCREEN_WORDS.search(self.title + " " + self.opening))


@dataclass(frozen=True)
class Question:
    id: str
    title: str  # its article's
    text: str
    kind: str  # a SUBJECT_KINDS name, or "" when none matches
    later: tuple[tuple[str, str], ...]  # the passage's later unused questions

    @property
    def cited(self) -> str:
        return f"{SPLIT} {self.id}"


def passages() -> list[Passage]:
    """The passages of the stored test file, in file order, each with its questions in file order."""
    if VIQUIQUAD_TEST not in stored_in_folder(CLUB, CLUB_COMMIT, CLUB_FOLDER):
        return []
    data = json.loads(git_text(CLUB, CLUB_FOLDER + VIQUIQUAD_TEST, CLUB_COMMIT))
    found = []
    for article in data["data"]:
        title = one_line(article["title"])
        for paragraph in article["paragraphs"]:
            asked = tuple(
                (item["id"], one_line(item["question"])) for item in paragraph["qas"] if one_line(item["question"])
            )
            found.append(Passage(title, one_line(paragraph["context"][:CONTEXT_CHARS]), asked))
    return found


def where(question: Question) -> str:
    return f"{question.cited} [{question.title}] ({question.kind or '-'})"


def pool(skip: Cited) -> tuple[list[Candidate], int]:
    """The pool (each screen passage's first unused question, with its later ones), and how many of the screen
    passages' questions an earlier probe file cites, quotes or asks."""
    left_out = 0
    firsts: list[Question] = []
    for passage in passages():
        if not passage.screen:
            continue
        unused = []
        for qid, text in passage.questions:
            if f"{SPLIT} {qid}" in skip.ids[SOURCE] or normalised(text) in skip.texts:
                left_out += 1
            else:
                unused.append((qid, text))
        if unused:
            kind = kind_of(passage.title + " " + passage.opening, SUBJECT_KINDS)
            qid, text = unused[0]
            firsts.append(Question(qid, passage.title, text, kind, tuple(unused[1:])))
    kept = first_unseen(firsts, lambda question: question.text, lambda question: False)
    ranked = ranked_with_later_of_kind(kept, SOURCE, where, SEED, FOLLOW_UPS)
    found = []
    for question, candidate in zip(kept, ranked, strict=True):
        turns = tuple(
            f"turn {number}: {qid}: {text}" for number, (qid, text) in enumerate(question.later[:PASSAGE_TURNS], 2)
        )
        found.append(replace(candidate, follow_ups=turns + candidate.follow_ups))
    return found, left_out


def main() -> None:
    skip = cited_earlier(OWN_FILE, {SOURCE: CITED_VIQUIQUAD}, asks=True)
    found, left_out = pool(skip)
    print_one_pool(SOURCE, found, left_out, SEED)


if __name__ == "__main__":
    main()
