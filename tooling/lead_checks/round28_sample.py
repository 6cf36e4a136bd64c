"""The lead's round-28 check set: a seeded random sample of real people's film and TV questions from Quora.

Reads the dataset from its bare mirror on this machine (`git show HEAD:<path>`, nothing is downloaded):

- Quora questions, as carried by selinayanganlan/NLP-Topic-Modelling-for-Quora: quora_sample.csv, present (9,838
  questions, one column `question_text`, quoted as CSV where a question holds a comma or a quote). Questions that
  people typed on Quora, kept as typed (casing, typos, missing spaces). The mirror is a topic-modelling exercise and
  does not say where its sample was drawn from; its one column has the name and the form of the question column of
  Quora's Kaggle release "Quora Insincere Questions Classification" (2018). Only the question text is read. Licence:
  none is stated by the mirror (it has no LICENSE file; its README is a title and three lines). Cited as
  `Quora quora_sample.csv <line>` (the file line where the question's CSV record starts; the header is line 1).

The brief's first choices were not usable: NarrativeQA's questions were already used by earlier probe files (rounds
6 to 14, through BookQA's human-study sample) and its qaps.csv is absent from deepmind/narrativeqa's mirror (over the
4 MiB limit); DuoRC's data files are absent from duorc/duorc's mirror (the same limit); no stored copy of Quora's
question-pairs file was found whole or in parts under the limit (the one found, a repository's sample_train.csv, has
99 pairs). This file is the largest stored set of Quora questions found.

The pool is the questions that use a film or TV word (SCREEN_WORDS below: movie, film, cinema, actor, actress,
acting, starred, cast, character, director, directed, scene, plot, villain, hero, heroine, protagonist, sequel,
trilogy, remake, episode, series, tv, television, show, sitcom, netflix, hollywood, bollywood, anime, screenplay,
trailer, novel, spoiler, oscar ...). The word filter also lets in questions where such a word has another sense (a
math series, Chinese characters, a company director, a cast bullet); they are kept as they come, like the rest of
the sample. A question repeated (the same text, compared without case or punctuation) is kept once, at its first
line.

Each candidate prints the later candidates that ask about the same kind of subject (a person: an actor, an actress,
a character, a role, a hero or villain; or a work: a film, show, series, episode, scene, plot, sequel; SUBJECT_KINDS
below), with their ranks in the seeded order, at most twelve: the probe file makes one of them a real follow-up of
the candidate by swapping its name for the candidate's subject and then writing a pronoun for that repeated name
("how did she become an actress", "is there a sequel to it"); its header says which. The kind is a rough guide for
the writer, who reads each question. The ranks are those of print_samples' order: shuffling with one seed permutes
any list of the same length alike, so the ranks computed here before printing are the printed ones.

Questions that any tests/nlu/probes*.yml already cites are left out: by line (a `Quora quora_sample.csv <line>`
citation) and by text (an earlier file quoting the original). The pool is shuffled with a fixed seed and printed in
that order. The probe file tests/nlu/probes_round28_lead_check.yml takes the candidates in this order, skipping only
those that cannot be adapted to a question about this single film (its header says which ranks were skipped).

    python -m tooling.lead_checks.round28_sample [--quora N]
"""

from __future__ import annotations

import argparse
import csv
import io
import re
from dataclasses import dataclass, field

from tooling.lead_checks.mirrors import (
    MIRRORS,
    QUOTED,
    Candidate,
    earlier_probe_lines,
    git_text,
    normalised,
    print_quietly,
    ranked_with_later_of_kind,
    stored_files,
)

QUORA = MIRRORS / "selinayanganlan+NLP-Topic-Modelling-for-Quora" / "repo"
FILE = "quora_sample.csv"
SEED = 28
FOLLOW_UPS = 12
OWN_FILE = "probes_round28_lead_check.yml"

# Film and TV words, as people wrote them on Quora.
SCREEN_WORDS = re.compile(
    r"\b(?:movies?|films?|filmed|cinemas?|actors?|actress(?:es)?|acting|starr(?:ed|ing)|cast|characters?|"
    r"directors?|directed|scenes?|plots?|villains?|hero(?:es|ine)?|protagonists?|sequels?|prequels?|trilogy|"
    r"remakes?|episodes?|series|tv|television|shows?|sitcoms?|netflix|hollywood|bollywood|anime|screenplay|"
    r"trailers?|novels?|spoil(?:s|ed|ers?)?|oscars?|box office)\b",
    re.IGNORECASE,
)
# What a question asks about, by its wording, the first that matches: a person (a performer or a character) or a
# work (a film or show, its parts and its story).
SUBJECT_KINDS = (
    (
        "person",
        re.compile(
            r"\b(?:actors?|actress(?:es)?|acting|characters?|roles?|hero(?:es|ine)?|protagonists?|villains?|"
            r"who (?:is|was|plays|played)|(?:play|portray)(?:ed|s)?)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "work",
        re.compile(
            r"\b(?:movies?|films?|series|shows?|tv|television|sitcoms?|anime|episodes?|scenes?|plots?|sequels?|"
            r"prequels?|trilogy|remakes?|netflix|trailers?|novels?|spoil(?:s|ed|ers?)?|endings?|cast|directed)\b",
            re.IGNORECASE,
        ),
    ),
)
CITED_QUORA = re.compile(r"\bQuora\s+quora_sample\.csv\s+(\d+)\b")


@dataclass
class Cited:
    lines: set[int] = field(default_factory=set)
    texts: set[str] = field(default_factory=set)  # normalised quoted originals


@dataclass(frozen=True)
class Question:
    line: int  # where the question's CSV record starts in the file
    text: str
    kind: str  # a SUBJECT_KINDS name, or "" when neither matches


def cited() -> Cited:
    """What earlier probe files already use."""
    found = Cited()
    for line in earlier_probe_lines(OWN_FILE):
        found.lines.update(int(number) for number in CITED_QUORA.findall(line))
        found.texts.update(normalised(quoted) for quoted in QUOTED.findall(line))
    return found


def kind_of(text: str) -> str:
    return next((kind for kind, pattern in SUBJECT_KINDS if pattern.search(text)), "")


def questions() -> list[Question]:
    """Every question of the file, in file order, with the line its record starts on."""
    if FILE not in stored_files(QUORA, re.escape(FILE) + "$"):
        return []
    reader = csv.reader(io.StringIO(git_text(QUORA, FILE), newline=""))
    found: list[Question] = []
    start = 1
    for number, row in enumerate(reader):
        if number and row:  # the first record is the header
            text = " ".join(row[0].split())
            if text:
                found.append(Question(start, text, kind_of(text)))
        start = reader.line_num + 1
    return found


def where(question: Question) -> str:
    return f"{FILE} {question.line} ({question.kind or '-'})"


def quora(skip: Cited) -> list[Candidate]:
    kept: list[Question] = []
    texts: set[str] = set()
    for question in questions():
        key = normalised(question.text)
        if question.line in skip.lines or key in skip.texts or key in texts:
            continue
        if not SCREEN_WORDS.search(question.text):
            continue
        texts.add(key)
        kept.append(question)
    return ranked_with_later_of_kind(kept, "Quora", where, SEED, FOLLOW_UPS)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quora", type=int, default=0, help="Quora candidates to print (0: the whole pool)")
    args = parser.parse_args()
    pool = quora(cited())
    print_quietly((("Quora", pool, args.quora or len(pool)),), SEED)


if __name__ == "__main__":
    main()
