"""The lead's round-88 check set: a seeded random sample of the questions that Norwegian annotators wrote in
Norwegian (Bokmål) about passages of Norwegian Wikipedia articles and Norwegian news articles on films, TV, actors,
books and music for NorQuAD, each with the later questions written on the same passage and the later-ranked candidates
about the same kind of subject.

Reads one dataset from its mirror on this machine (`git show <commit>:<path>`, nothing is downloaded):

- NorQuAD (Sardana Ivanova, Fredrik Aas Andreassen, Matias Jentoft, Sondre Wold and Lilja Øvrelid, "NorQuAD:
  Norwegian Question Answering Dataset", NoDaLiDa 2023): 4,752 questions that two annotators (the README names
  Fredrik Aas Andreassen and Matias Jentoft) wrote themselves in Norwegian, one to thirteen in a row on each of 756
  passages (the opening, about 1,100 to 3,600 characters, of a Norwegian Wikipedia article or a Norwegian news
  article), following guidelines (guidelines.md) that ask for five to ten varied questions a passage, "very precise
  natural questions you would ask when you want information from another person". Read from the authors' repository
  ltgoslo/NorQuAD at commit 701f7db (2023-04-20, its newest): the four annotation files
  data/annotation/{wikipedia,news}/answers_{1,2}.json, all present (SQuAD form, one passage a document; together they
  hold every question of the dataset, the 944 of the validation and test files among them; the training files
  data/evaluation/*/training_dataset_flattened.json are absent blobs and are not needed). Only each passage's
  `context` (its first line, the article's title or the headline, and its first CONTEXT_CHARS characters, to decide
  the subject) and each question's `id` and `question` are read, never the answers. The Norwegian is kept as the
  annotator typed it. Licence: CC0 1.0 (the repository's LICENSE). Question ids repeat across the four files, so a
  question is cited as `NorQuAD <domain> <file> <id>` (for example `NorQuAD wikipedia answers_1 1569`).

Pool: the passages (in FILES order, then file order) whose opening uses a film, TV, actor, book or music word
(SCREEN_WORDS below); the filter also lets in a news story's TV channel or podcast "episode", an operating system
("operativsystem" begins with "opera"), a car's "Serie 1", a colony's "rolle", a fund's "Thin Film", a gospel "bok"
and the like; they come with the rest of the sample. Each passage is a candidate through its first unused question;
a first question repeated (compared without case or punctuation) is kept once, at its first place; questions an
earlier probe file cites, quotes or asks are left out (counts only are printed).

Each candidate prints first its passage's later questions ("turn <n>"), at most PASSAGE_TURNS, written by one
annotator in a row about one passage, the source's nearest thing to a conversation; then the later-ranked candidates
that ask about the same kind of subject (SUBJECT_KINDS below: a song, album, band or musician, a book or its author, a
performer, a film or show), with their ranks in the seeded order, at most FOLLOW_UPS, for a candidate whose passage
gives no follow-up that can be adapted, as round 86 did. The kind is a rough guide for the writer, who reads each
question.

    python -m tooling.lead_checks.round88_sample
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

SEED = 88
FOLLOW_UPS = 2  # same-kind later candidates
PASSAGE_TURNS = 4  # the passage's later questions
CONTEXT_CHARS = 300  # the opening of a passage: the article's title or the headline, and its first lines
OWN_FILE = "probes_round88_lead_check.yml"
SOURCE = "NorQuAD"  # its name in citations and in the ranked output

NORQUAD = MIRRORS / "ltgoslo+NorQuAD" / "repo"
# The commit read (the repository's newest when mirrored).
NORQUAD_COMMIT = "701f7db6a51f0264a282ce1ff8e59580251b391e"
# (domain, file) in the order read: data/annotation/<domain>/<file>.json.
FILES = (
    ("wikipedia", "answers_1"),
    ("wikipedia", "answers_2"),
    ("news", "answers_1"),
    ("news", "answers_2"),
)

# Film, TV, actor, book and music words, as Norwegian Wikipedia and the Norwegian press write them (Bokmål).
SCREEN_WORDS = re.compile(
    r"\b(?:film\w*|kino\w*|skuespill\w*|regissør\w*|regissert\w*|regi|(?:tv-)?serie(?:n|r|ne)?|tv|tv-\w+|"
    r"episode\w*|netflix|oscar\w*|hovedrolle\w*|rolle(?:n|r|ne)?|roman(?:en|er|ene)?|romanforfatter\w*|"
    r"forfatter\w*|bok(?:en|a)?|bøker(?:ne)?|dikt\w*|poet\w*|tegneserie\w*|manus\w*|sang(?:en|er|ene)?|"
    r"sanger(?:e|en|inne\w*)?|sanggruppe\w*|låt(?:en|er|ene)?|album\w*|band(?:et|ene)?|musikk\w*|musiker\w*|"
    r"musikal\w*|komponist\w*|plate(?:n|r|ne)?|plateselskap\w*|plateprodus\w*|artist\w*|konsert\w*|opera\w*|"
    r"eurovision)\b",
    re.IGNORECASE,
)
# What a passage is about, by its opening, the first that matches.
SUBJECT_KINDS = (
    (
        "music",
        re.compile(
            r"\b(?:sang(?:en|er|ene)?|sanger(?:e|en|inne\w*)?|sanggruppe\w*|låt(?:en|er|ene)?|album\w*|"
            r"band(?:et|ene)?|musikk\w*|musiker\w*|komponist\w*|plate(?:n|r|ne)?|plateselskap\w*|plateprodus\w*|"
            r"artist\w*|konsert\w*|opera\w*|eurovision)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "book",
        re.compile(
            r"\b(?:roman(?:en|er|ene)?|romanforfatter\w*|forfatter\w*|bok(?:en|a)?|bøker(?:ne)?|dikt\w*|poet\w*|"
            r"tegneserie\w*)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "person",
        re.compile(r"\b(?:skuespill\w*|hovedrolle\w*|rolle(?:n|r|ne)?)\b", re.IGNORECASE),
    ),
    (
        "work",
        re.compile(
            r"\b(?:film\w*|kino\w*|regissør\w*|regissert\w*|regi|(?:tv-)?serie(?:n|r|ne)?|tv|tv-\w+|episode\w*|"
            r"netflix|oscar\w*|manus\w*|musikal\w*)\b",
            re.IGNORECASE,
        ),
    ),
)
CITED_NORQUAD = re.compile(r"\bNorQuAD\s+((?:wikipedia|news)\s+answers_[12]\s+\d+)\b")


@dataclass(frozen=True)
class Passage:
    domain: str  # "wikipedia" or "news"
    file: str  # "answers_1" or "answers_2"
    title: str  # the context's first line: the article's title or the headline
    opening: str  # the first CONTEXT_CHARS characters of its context
    questions: tuple[tuple[int, str], ...]  # (id, question) in file order

    @property
    def screen(self) -> bool:
        return bool(SCREEN_WORDS.search(self.opening))

    def cited(self, qid: int) -> str:
        return f"{self.domain} {self.file} {qid}"


@dataclass(frozen=True)
class Question:
    cited: str  # "<domain> <file> <id>"
    title: str  # its passage's
    text: str
    kind: str  # a SUBJECT_KINDS name, or "" when none matches
    later: tuple[tuple[str, str], ...]  # (cited, text): the passage's later unused questions


def passages() -> list[Passage]:
    """The passages of the stored annotation files, in FILES order and file order, each with its questions in file
    order."""
    found = []
    for domain, name in FILES:
        folder = f"data/annotation/{domain}/"
        if f"{name}.json" not in stored_in_folder(NORQUAD, NORQUAD_COMMIT, folder):
            continue
        data = json.loads(git_text(NORQUAD, f"{folder}{name}.json", NORQUAD_COMMIT))
        for document in data["data"]:
            for paragraph in document["paragraphs"]:
                context = paragraph["context"]
                asked = tuple(
                    (item["id"], one_line(item["question"])) for item in paragraph["qas"] if one_line(item["question"])
                )
                title = one_line(context.strip().split("\n", 1)[0])
                found.append(Passage(domain, name, title, one_line(context[:CONTEXT_CHARS]), asked))
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
            if passage.cited(qid) in skip.ids[SOURCE] or normalised(text) in skip.texts:
                left_out += 1
            else:
                unused.append((passage.cited(qid), text))
        if unused:
            kind = kind_of(passage.opening, SUBJECT_KINDS)
            cited, text = unused[0]
            firsts.append(Question(cited, passage.title, text, kind, tuple(unused[1:])))
    kept = first_unseen(firsts, lambda question: question.text, lambda question: False)
    ranked = ranked_with_later_of_kind(kept, SOURCE, where, SEED, FOLLOW_UPS)
    found = []
    for question, candidate in zip(kept, ranked, strict=True):
        turns = tuple(
            f"turn {number}: {cited}: {text}" for number, (cited, text) in enumerate(question.later[:PASSAGE_TURNS], 2)
        )
        found.append(replace(candidate, follow_ups=turns + candidate.follow_ups))
    return found, left_out


def main() -> None:
    skip = cited_earlier(OWN_FILE, {SOURCE: CITED_NORQUAD}, asks=True)
    found, left_out = pool(skip)
    print_one_pool(SOURCE, found, left_out, SEED)


if __name__ == "__main__":
    main()
