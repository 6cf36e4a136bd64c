"""The lead's round-27 check set: a seeded random sample of real people's film, TV, book and song questions from the
TREC question classification data.

Reads the dataset from its bare mirror on this machine (`git show HEAD:<path>`, nothing is downloaded):

- The TREC question classification data (Xin Li and Dan Roth, "Learning Question Classifiers", COLING 2002; the
  UIUC/CogComp "Experimental Data for Question Classification"), as carried by tmadhuri/TREC-HindiData:
  train_5500.label (the training set: about 4,500 questions published by USC, Hovy et al. 2001, about 500 written for
  rare classes, and the TREC 8 and 9 QA-track questions) and TREC_10.en.label (the TREC 10 QA-track questions, the
  test set), both present. The QA-track questions are real questions people asked, drawn from search logs (Excite,
  Encarta, MSNSearch). Each line is `COARSE:fine <question>`, tokenized (`` x '' , 's ?); only the question is read,
  detokenized with tooling.external.build.detokenize (the tokenization is the dataset's, not the asker's), never the
  labels. The mirror is a Hindi-translation project's copy: its train file has a few lines fewer than the original's
  5,452 and a few digits written in Devanagari, so the line numbers cited are the mirror's. Licence: none stated by
  the mirror (its README is a title); the dataset's page says the collection is freely available for research.
  Cited as `TREC <file> <line>` (the line number in the mirror's file).

The pool is the questions that use a film, TV, book or music word or ask after a performer (SCREEN_WORDS below:
movie, film, actor, actress, starred, the star of, played, portrayed, director, directed, cast, character, tv,
television, show, series, sitcom, cartoon, novel, book, author, wrote, song, sang, singer, album, oscar, academy
award, emmy, grammy, hollywood, broadway ...). A question repeated (the same text, compared without case or
punctuation) is kept once, at its first line (train before test).

Each candidate prints the later candidates that ask about the same kind of subject (a work asked after its people:
who played, directed, wrote or sang it; a person: born, age, family, real name, what did X play, an actor, singer or
author; or another work: a film, show, book, song or character; SUBJECT_KINDS below), with their ranks in the seeded
order, at most twelve: the probe file makes one of them a real follow-up of the candidate by swapping its name for
the candidate's subject and then writing a pronoun for that repeated name ("when was he born", "who directed it");
its header says which. The kind is a rough guide for the writer, who reads each question. The ranks are those of
print_samples' order: shuffling with one seed permutes any list of the same length alike, so the ranks computed here
before printing are the printed ones.

Questions that any tests/nlu/probes*.yml already cites are left out: by file and line (a `TREC <file> <line>`
citation) and by text (an earlier file quoting the original). The pool is shuffled with a fixed seed and printed in
that order. The probe file tests/nlu/probes_round27_lead_check.yml takes the candidates in this order, skipping only
those that cannot be adapted to a question about this single film (its header says which ranks were skipped).

    python -m tooling.lead_checks.round27_sample [--trec 200]
"""

from __future__ import annotations

import argparse
import re
from dataclasses import dataclass, field

from tooling.external.build import detokenize
from tooling.lead_checks.mirrors import (
    MIRRORS,
    QUOTED,
    Candidate,
    earlier_probe_lines,
    git_text,
    normalised,
    print_samples,
    sample,
    stored_files,
)

TREC_QC = MIRRORS / "tmadhuri+TREC-HindiData" / "repo"
# The files read, in this order: the training set, then the TREC 10 test set.
FILES = ("train_5500.label", "TREC_10.en.label")
SEED = 27
FOLLOW_UPS = 12
OWN_FILE = "probes_round27_lead_check.yml"

# Film, TV, book and music words, and questions after a performer, as people asked them.
SCREEN_WORDS = re.compile(
    r"\b(?:movies?|films?|filmed|cinemas?|actors?|actress(?:es)?|acting|starr(?:ed|ing)|"
    r"(?:the|movie|film|tv|television|screen|broadway|hollywood) stars?|played|plays|"
    r"portray(?:ed|s)?|directors?|directed|cast|characters?|tv|television|shows?|series|sitcoms?|soap operas?|"
    r"cartoons?|episodes?|novels?|novelist|books?|authors?|wrote|written|songs?|sang|sings?|singers?|albums?|"
    r"oscars?|academy awards?|emmys?|grammys?|hollywood|broadway|screenplay|sequel|soundtracks?|lyrics)\b",
    re.IGNORECASE,
)
# What a question asks about, by its wording, the first that matches: a work asked after its people (who played,
# directed, wrote or sang it), a person (their life, their family, their other work), or a work.
SUBJECT_KINDS = (
    (
        "work",
        re.compile(
            r"\b(?:who (?:played|plays|portrayed|starred|co-starred|directed|wrote|sang|sings|created)|"
            r"(?:what|which) (?:actor|actress)e?s? (?:\w+ )?(?:played|portrayed|starred)|"
            r"(?:director|author|singer|star|stars|cast) of)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "person",
        re.compile(
            r"\b(?:born|birth(?:day|place)?|how old|age|died|death|buried|married|wife|husband|sister|brother|"
            r"daughters?|sons?|father|mother|children|real name|middle name|first names?|nationality|come from|"
            r"autobiography|who (?:is|was) (?!the\b|a\b|an\b)|what did \w+|"
            r"(?:did|does|has|have|was) (?!the\b|a\b|an\b)\w+(?: \w+)? "
            r"(?:direct|play|star|act|appear|write|win|sing|in\b)|"
            r"actors?|actress(?:es)?|singers?|authors?|novelist|comedians?|directors?)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "work",
        re.compile(
            r"\b(?:movies?|films?|tv|television|shows?|series|sitcoms?|cartoons?|novels?|books?|songs?|albums?|"
            r"characters?|played|portrayed|starr(?:ed|ing)|cast|wrote|written|released?|sequel|oscars?)\b",
            re.IGNORECASE,
        ),
    ),
)
CITED_TREC = re.compile(r"\bTREC\s+(train_5500\.label|TREC_10\.en\.label)\s+(\d+)\b")


@dataclass
class Cited:
    lines: set[tuple[str, int]] = field(default_factory=set)
    texts: set[str] = field(default_factory=set)  # normalised quoted originals


@dataclass(frozen=True)
class Question:
    file: str
    line: int
    text: str
    kind: str  # a SUBJECT_KINDS name, or "" when neither matches


def cited() -> Cited:
    """What earlier probe files already use."""
    found = Cited()
    for line in earlier_probe_lines(OWN_FILE):
        found.lines.update((name, int(number)) for name, number in CITED_TREC.findall(line))
        found.texts.update(normalised(quoted) for quoted in QUOTED.findall(line))
    return found


def kind_of(text: str) -> str:
    return next((kind for kind, pattern in SUBJECT_KINDS if pattern.search(text)), "")


def questions() -> list[Question]:
    """Every question of the stored files, in FILES order and file order."""
    present = stored_files(TREC_QC, r"\.label$")
    found: list[Question] = []
    for name in FILES:
        if name not in present:
            continue
        for number, row in enumerate(git_text(TREC_QC, name).splitlines(), 1):
            _label, _, question = row.partition(" ")
            text = detokenize(" ".join(question.split()))
            if text:
                found.append(Question(name, number, text, kind_of(text)))
    return found


def where(question: Question) -> str:
    return f"{question.file} {question.line} ({question.kind or '-'})"


def trec(skip: Cited) -> list[Candidate]:
    kept: list[Question] = []
    texts: set[str] = set()
    for question in questions():
        key = normalised(question.text)
        if (question.file, question.line) in skip.lines or key in skip.texts or key in texts:
            continue
        if not SCREEN_WORDS.search(question.text):
            continue
        texts.add(key)
        kept.append(question)
    # The rank of every question in the seeded order (the permutation print_samples applies to the pool).
    order = sample(range(len(kept)), len(kept), SEED)
    rank = {index: position for position, index in enumerate(order, 1)}
    pool = []
    for index, question in enumerate(kept):
        later = sorted(
            (rank[other], other)
            for other in range(len(kept))
            if question.kind and kept[other].kind == question.kind and rank[other] > rank[index]
        )[:FOLLOW_UPS]
        same_kind_later = tuple(
            f"later {question.kind}: TREC#{position} {where(kept[other])}: {kept[other].text}"
            for position, other in later
        )
        pool.append(Candidate("TREC", where(question), question.text, same_kind_later))
    return pool


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trec", type=int, default=200, help="TREC candidates to print")
    args = parser.parse_args()
    print_samples((("TREC", trec(cited()), args.trec),), SEED)


if __name__ == "__main__":
    main()
