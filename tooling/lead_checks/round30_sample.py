"""The lead's round-30 check set: a seeded random sample of real people's film, TV, book and music questions from
AskReddit.

Reads the dataset from its bare mirror on this machine (`git show <commit>:<path>`, nothing is downloaded):

- AskReddit questions (Shih-Hong Huang, Chieh-Yang Huang, Ya-Fang Lin and Ting-Hao Kenneth Huang, "What Types of
  Questions Require Conversation to Answer? A Case Study of AskReddit Questions", CHI EA 2023): question titles that
  people posted on Reddit's r/AskReddit, drawn by the authors at random from the one-million-reddit-questions
  collection (SocialGrep) and kept as typed (casing, typos, emoji). As carried by the authors' repository
  Crowd-AI-Lab/AskReddit at commit faf2769 (2023-05-18): data/asking_for_help.csv (1,992 questions, columns `ID`,
  `Text`, `Label`, the label being the authors' judgement whether it asks for help) and
  data/AskReddit_Turk_processed.csv (500 further questions that a classifier took as asking for help, with the
  crowd workers' mean ratings; columns `ID`, `Text`, `Category`, ...). Both are present in the mirror; only the
  question text is read, never the labels or ratings (data/AskReddit_Turk_raw.csv repeats the 500 questions nine
  times, once per worker, and is not read). Licence: none is stated (the repository has no LICENSE file; its README
  asks that the paper be cited). Cited as `AskReddit <file> <line>` (the file line where the question's CSV record
  starts; the header is line 1).

The pool is the questions that use a film, TV, book or music word (SCREEN_WORDS below: movie, film, cinema, actor,
actress, acting, starred, cast, character, director, directed, scene, plot, villain, hero, protagonist, sequel,
remake, episode, series, tv, television, show, sitcom, netflix, hollywood, anime, screenplay, trailer, novel, book,
author, song, singer, band, album, soundtrack, oscar ...). The word filter also lets in questions where such a word
has another sense (a talk show of one's life, a cast on an arm, a character trait); they are kept as they come, like
the rest of the sample. A question repeated (the same text, compared without case or punctuation) is kept once, at
its first place (asking_for_help.csv first, then AskReddit_Turk_processed.csv).

Each candidate prints the later candidates that ask about the same kind of subject (a person: an actor, an actress,
a character, a role, a hero or villain, a singer or author; or a work: a film, show, series, episode, scene, plot,
sequel, book, song; SUBJECT_KINDS below), with their ranks in the seeded order, at most twelve: the probe file makes
one of them a real follow-up of the candidate by swapping its name for the candidate's subject and then writing a
pronoun for that repeated name; its header says which. The kind is a rough guide for the writer, who reads each
question. The ranks are those of print_samples' order: shuffling with one seed permutes any list of the same length
alike, so the ranks computed here before printing are the printed ones.

Questions that any tests/nlu/probes*.yml already cites are left out: by file and line (an `AskReddit <file> <line>`
citation) and by text (an earlier file quoting the original). The pool is shuffled with a fixed seed and printed in
that order. The probe file tests/nlu/probes_round30_lead_check.yml takes the candidates in this order, skipping only
those that cannot be adapted to a question about this single film (its header says which ranks were skipped).

    python -m tooling.lead_checks.round30_sample [--askreddit N]
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
    stored_in_folder,
)

ASKREDDIT = MIRRORS / "Crowd-AI-Lab+AskReddit" / "repo"
# The commit read (the repository's newest when mirrored).
COMMIT = "faf2769ed229fed5c33e59be7d29ec7ad2885278"
FOLDER = "data/"
# The files read, in this order; each has its question in the column `Text`.
FILES = ("asking_for_help.csv", "AskReddit_Turk_processed.csv")
SEED = 30
FOLLOW_UPS = 12
OWN_FILE = "probes_round30_lead_check.yml"

# Film, TV, book and music words, as people wrote them on AskReddit.
SCREEN_WORDS = re.compile(
    r"\b(?:movies?|films?|filmed|cinemas?|actors?|actress(?:es)?|acting|starr(?:ed|ing)|cast|characters?|"
    r"directors?|directed|scenes?|plots?|villains?|hero(?:es|ine)?|protagonists?|sequels?|prequels?|trilogy|"
    r"remakes?|episodes?|series|tv|television|shows?|sitcoms?|netflix|hollywood|bollywood|anime|screenplay|"
    r"trailers?|novels?|books?|authors?|songs?|singers?|bands?|albums?|soundtracks?|lyrics|"
    r"spoil(?:s|ed|ers?)?|oscars?|box office)\b",
    re.IGNORECASE,
)
# What a question asks about, by its wording, the first that matches: a person (a performer, a character, a singer
# or an author) or a work (a film, show, book or song, its parts and its story).
SUBJECT_KINDS = (
    (
        "person",
        re.compile(
            r"\b(?:actors?|actress(?:es)?|acting|characters?|roles?|hero(?:es|ine)?|protagonists?|villains?|"
            r"singers?|authors?|celebrit(?:y|ies)|who (?:is|was|plays|played)|(?:play|portray)(?:ed|s)?)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "work",
        re.compile(
            r"\b(?:movies?|films?|series|shows?|tv|television|sitcoms?|anime|episodes?|scenes?|plots?|sequels?|"
            r"prequels?|trilogy|remakes?|netflix|trailers?|novels?|books?|songs?|albums?|soundtracks?|"
            r"spoil(?:s|ed|ers?)?|endings?|cast|directed)\b",
            re.IGNORECASE,
        ),
    ),
)
CITED_ASKREDDIT = re.compile(r"\bAskReddit\s+(asking_for_help\.csv|AskReddit_Turk_processed\.csv)\s+(\d+)\b")


@dataclass
class Cited:
    lines: set[tuple[str, int]] = field(default_factory=set)
    texts: set[str] = field(default_factory=set)  # normalised quoted originals


@dataclass(frozen=True)
class Question:
    file: str
    line: int  # where the question's CSV record starts in the file
    text: str
    kind: str  # a SUBJECT_KINDS name, or "" when neither matches


def cited() -> Cited:
    """What earlier probe files already use."""
    found = Cited()
    for line in earlier_probe_lines(OWN_FILE):
        found.lines.update((name, int(number)) for name, number in CITED_ASKREDDIT.findall(line))
        found.texts.update(normalised(quoted) for quoted in QUOTED.findall(line))
    return found


def kind_of(text: str) -> str:
    return next((kind for kind, pattern in SUBJECT_KINDS if pattern.search(text)), "")


def file_questions(name: str) -> list[Question]:
    """Every question of one file, in file order, with the line its record starts on."""
    reader = csv.reader(io.StringIO(git_text(ASKREDDIT, FOLDER + name, COMMIT), newline=""))
    found: list[Question] = []
    column = -1
    start = 1
    for number, row in enumerate(reader):
        if number == 0:
            column = row.index("Text")
        elif row:
            text = " ".join(row[column].split())
            if text:
                found.append(Question(name, start, text, kind_of(text)))
        start = reader.line_num + 1
    return found


def questions() -> list[Question]:
    """Every question of the stored files, in FILES order and file order."""
    present = stored_in_folder(ASKREDDIT, COMMIT, FOLDER)
    return [question for name in FILES if name in present for question in file_questions(name)]


def where(question: Question) -> str:
    return f"{question.file} {question.line} ({question.kind or '-'})"


def askreddit(skip: Cited) -> list[Candidate]:
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
    return ranked_with_later_of_kind(kept, "AskReddit", where, SEED, FOLLOW_UPS)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--askreddit", type=int, default=0, help="AskReddit candidates to print (0: the whole pool)")
    args = parser.parse_args()
    pool = askreddit(cited())
    print_quietly((("AskReddit", pool, args.askreddit or len(pool)),), SEED)


if __name__ == "__main__":
    main()
