"""The lead's round-84 check set: a seeded random sample of the factoid questions that Indonesian speakers wrote in
Indonesian about Indonesian news passages for FacQA on films, TV, actors, books and music, each with the later
questions written on the same passage and the later-ranked candidates about the same kind of subject.

Reads one dataset from its mirror on this machine (`git show <commit>:<path>`, nothing is downloaded):

- FacQA (Ayu Purwarianti, Masatoshi Tsuchiya and Seiichi Nakagawa, "A Machine Learning Approach for Indonesian
  Question Answering System", Proceedings of Artificial Intelligence and Applications 2007, pp. 573-578; released as
  the FacQA task of IndoNLU: Bryan Wilie, Karissa Vincentio, Genta Indra Winata et al., "IndoNLU: Benchmark and
  Resources for Evaluating Indonesian Natural Language Understanding", AACL-IJCNLP 2020): 3,117 factoid questions
  written in Indonesian, each on a short passage of an Indonesian news article that holds its answer (2,495 train,
  311 valid, 311 test). Read from the IndoNLU repository IndoNLP/indonlu at commit ce728f6 (2024-11-16, its newest):
  dataset/facqa_qa-factoid-itb/{train,valid,test}_preprocess.csv, all present (test_preprocess_masked_label.csv, the
  same questions with the answers masked, is not read). Each file is CSV with the columns `question`, `passage` and
  `seq_label`, the first two a Python list of tokens; only `question` and `passage` are read (the passage to group
  the questions and decide the subject), never `seq_label`, the answer. The tokens are joined with single spaces,
  as IndoNLU's preprocessing split them ("Inggris ?", "( 1973 )"); the wording, casing and spelling are the writer's.
  Licence: the repository's LICENSE is the Apache License 2.0 (its README badge and the Hugging Face card say MIT);
  both allow copying and modifying with the notice. Cited as `FacQA <split> <row>` (the row's number in its file,
  from 1, the header not counted).

Pool: the passages (in SPLITS order, then the order of their first question in the file) whose text or questions use
a film, TV, actor, book or music word (SCREEN_WORDS below); the filter also lets in news where such a word has another
sense or the passage mentions a film in passing (a "bintang" that is a star or a general's rank, a "grup" of
companies, a stage "drama" of politics, a book of accounts); they come with the rest of the sample. Each passage is a
candidate through its first unused question; a first question repeated (compared without case or punctuation) is
kept once, at its first place; questions an earlier probe file cites, quotes or asks are left out (counts only are
printed).

Each candidate prints first its passage's later questions ("turn <n>"), at most PASSAGE_TURNS, the source's nearest
thing to a conversation (FacQA does not say whether one writer wrote them); then the later-ranked candidates that ask
about the same kind of subject (SUBJECT_KINDS below: a song or singer, a book or its author, a performer or director,
a film or show), with their ranks in the seeded order, at most FOLLOW_UPS, for a candidate whose passage gives no
follow-up that can be adapted, as round 77 did. The kind is a rough guide for the writer, who reads each question.

    python -m tooling.lead_checks.round84_sample
"""

from __future__ import annotations

import ast
import csv
import io
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

SEED = 84
FOLLOW_UPS = 2  # same-kind later candidates
PASSAGE_TURNS = 4  # the passage's later questions
PASSAGE_CHARS = 160  # the opening of a passage printed beside its candidate, to show its subject
OWN_FILE = "probes_round84_lead_check.yml"
SOURCE = "FacQA"  # its name in citations and in the ranked output

INDONLU = MIRRORS / "IndoNLP+indonlu" / "repo"
# The commit read (the repository's newest when mirrored).
INDONLU_COMMIT = "ce728f6926a36174b9923dfe49d6a6839b6e9bb7"
FACQA_FOLDER = "dataset/facqa_qa-factoid-itb/"
SPLITS = ("train", "valid", "test")

# Film, TV, actor, book and music words, as Indonesian news writes them (with the suffix -nya, "its").
SCREEN_WORDS = re.compile(
    r"\b(?:film|sinetron|bioskop|sinema|aktor|aktris|artis|pemeran|dibintangi|membintangi|bintang|sutradara|"
    r"menyutradarai|disutradarai|skenario|produser|penyanyi|lagu|album|musik|musisi|band|grup|konser|lirik|"
    r"novel|novelis|buku|penulis|pengarang|sastrawan|puisi|penyair|cerpen|komik|drama|naskah|teater|televisi|tv|"
    r"serial|oscar|ffi)(?:nya)?\b",
    re.IGNORECASE,
)
# What a question asks about, by its wording (else its passage's), the first that matches.
SUBJECT_KINDS = (
    (
        "music",
        re.compile(r"\b(?:penyanyi|lagu|album|musik|musisi|band|konser|lirik)(?:nya)?\b", re.IGNORECASE),
    ),
    (
        "book",
        re.compile(
            r"\b(?:novel|novelis|buku|penulis|pengarang|sastrawan|puisi|penyair|cerpen|komik|naskah)(?:nya)?\b",
            re.IGNORECASE,
        ),
    ),
    (
        "person",
        re.compile(
            r"\b(?:aktor|aktris|artis|pemeran|dibintangi|membintangi|sutradara|menyutradarai|disutradarai|"
            r"produser)(?:nya)?\b",
            re.IGNORECASE,
        ),
    ),
    (
        "work",
        re.compile(
            r"\b(?:film|sinetron|bioskop|sinema|skenario|drama|teater|televisi|tv|serial|oscar|ffi)(?:nya)?\b",
            re.IGNORECASE,
        ),
    ),
)
CITED_FACQA = re.compile(r"\bFacQA\s+((?:train|valid|test)\s+\d+)\b")


@dataclass(frozen=True)
class Passage:
    split: str
    text: str
    questions: tuple[tuple[int, str], ...]  # (row, question) in file order

    @property
    def screen(self) -> bool:
        return any(SCREEN_WORDS.search(text) for text in (self.text, *(question for _, question in self.questions)))


@dataclass(frozen=True)
class Question:
    split: str
    row: int  # its number in its file, from 1
    opening: str  # its passage's first PASSAGE_CHARS characters
    text: str
    kind: str  # a SUBJECT_KINDS name, or "" when none matches
    later: tuple[tuple[int, str], ...]  # the passage's later unused questions

    @property
    def cited(self) -> str:
        return f"{self.split} {self.row}"


def tokens(cell: str) -> str:
    """A preprocessed cell (a Python list of tokens) as one line of text, its tokens joined by single spaces."""
    return one_line(" ".join(str(token) for token in ast.literal_eval(cell)))


def passages() -> list[Passage]:
    """The passages of the stored files, in SPLITS order and the order of their first question, each with its
    questions in file order (only the `question` and `passage` columns are read)."""
    present = stored_in_folder(INDONLU, INDONLU_COMMIT, FACQA_FOLDER)
    found: dict[tuple[str, str], Passage] = {}
    for split in SPLITS:
        name = f"{split}_preprocess.csv"
        if name not in present:
            continue
        rows = csv.DictReader(io.StringIO(git_text(INDONLU, FACQA_FOLDER + name, INDONLU_COMMIT)))
        for row, item in enumerate(rows, 1):
            text = tokens(item["question"])
            if not text:
                continue
            key = (split, tokens(item["passage"]))
            passage = found.get(key) or Passage(split, key[1], ())
            found[key] = replace(passage, questions=(*passage.questions, (row, text)))
    return list(found.values())


def where(question: Question) -> str:
    return f"{question.cited} [{question.opening}] ({question.kind or '-'})"


def pool(skip: Cited) -> tuple[list[Candidate], int]:
    """The pool (each screen passage's first unused question, with its later ones), and how many of the screen
    passages' questions an earlier probe file cites, quotes or asks."""
    left_out = 0
    firsts: list[Question] = []
    for passage in passages():
        if not passage.screen:
            continue
        unused = []
        for row, text in passage.questions:
            if f"{passage.split} {row}" in skip.ids[SOURCE] or normalised(text) in skip.texts:
                left_out += 1
            else:
                unused.append((row, text))
        if unused:
            row, text = unused[0]
            kind = kind_of(text, SUBJECT_KINDS) or kind_of(passage.text, SUBJECT_KINDS)
            opening = passage.text[:PASSAGE_CHARS]
            firsts.append(Question(passage.split, row, opening, text, kind, tuple(unused[1:])))
    kept = first_unseen(firsts, lambda question: question.text, lambda question: False)
    ranked = ranked_with_later_of_kind(kept, SOURCE, where, SEED, FOLLOW_UPS)
    found = []
    for question, candidate in zip(kept, ranked, strict=True):
        turns = tuple(
            f"turn {number}: {row}: {text}" for number, (row, text) in enumerate(question.later[:PASSAGE_TURNS], 2)
        )
        found.append(replace(candidate, follow_ups=turns + candidate.follow_ups))
    return found, left_out


def main() -> None:
    skip = cited_earlier(OWN_FILE, {SOURCE: CITED_FACQA}, asks=True)
    found, left_out = pool(skip)
    print_one_pool(SOURCE, found, left_out, SEED)


if __name__ == "__main__":
    main()
