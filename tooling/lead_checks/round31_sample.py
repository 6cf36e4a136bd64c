"""The lead's round-31 check set: a seeded random sample of real people's yes/no questions about films, TV, books and
music from BoolQ.

Reads the dataset from its bare mirror on this machine (`git show <commit>:<path>`, nothing is downloaded):

- BoolQ (Christopher Clark, Kenton Lee, Ming-Wei Chang, Tom Kwiatkowski, Michael Collins and Kristina Toutanova,
  "BoolQ: Exploring the Surprising Difficulty of Natural Yes/No Questions", NAACL 2019): yes/no questions that people
  typed into the Google search engine, kept as typed (lower case, no question mark, typos), each paired by the
  authors with a Wikipedia page (`title`) and a paragraph of it (`passage`) that answers it. The original repository
  (google-research-datasets/boolean-questions) stores only its README (the data is on a cloud bucket), so it is read
  as carried by d-eremeev/BoolQ-Question-Answering at commit 72c3478 (2021-07-07): data/dev.jsonl, the whole dev split
  (3,270 questions, one JSON object a line: `question`, `title`, `answer`, `passage`), present in the mirror; its
  data/train.jsonl and data/train.csv are listed but absent (the mirror lacks their blobs), and data/valid.csv and
  data/test.csv are the same dev questions split in two, so only dev.jsonl is read. The question is read, and the
  page title and the passage's opening only to tell whether the page is about a work or a performer; the answer is
  never used. Licence: CC BY-SA 3.0 (the original repository's README). Cited as `BoolQ dev.jsonl <line>`.

The pool is the questions that use a film, TV, book or music word (SCREEN_WORDS below: movie, film, actor, actress,
cast, character, director, scene, sequel, remake, season, episode, series, tv, show, sitcom, netflix, novel, book,
author, song, singer, band, album, soundtrack, oscar, true story ...), or whose Wikipedia page is about such a work or
a performer (WORK_TITLE and WORK_PAGE below: its title's qualifier, "(film)", "(TV series)", "(season 3)", "(song)",
"(novel)", "(band)", "(musical)", ..., or the passage's opening naming a film, series, novel, song, album, episode,
soundtrack, actor, actress, singer or band). BoolQ's own pairing of a question with its page is the only judgement
used. The filters also let in questions where such a word has another sense (the World Series, a geometric series,
cast iron, a video game's series); they are kept as they come, like the rest of the sample. A question repeated (the
same text, compared without case or punctuation) is kept once, at its first line.

Each candidate prints the later candidates that ask about the same kind of subject (SUBJECT_KINDS below: whether a
work goes on, "is there a sequel / a season 5 / more episodes"; the story, "does X die", "is it a true story"; a
person, "is X in Y", "did X sing Y"; or another work), with their ranks in the seeded order, at most twelve: the
probe file makes one of them a real follow-up of the candidate by swapping its name for the candidate's subject and
then writing a pronoun for that repeated name; its header says which. The kind is a rough guide for the writer, who
reads each question. The ranks are those of print_samples' order: shuffling with one seed permutes any list of the
same length alike, so the ranks computed here before printing are the printed ones.

Questions that any tests/nlu/probes*.yml or any grid frames file (tooling/grids/*_frames.yml, where the engineers'
grids keep their sources) already cites are left out: by line (a `BoolQ <n>`, `BoolQ dev:<n>`, `BoolQ dev <n>`,
`BoolQ dev.jsonl <n>` or `BoolQ lines <n>, <n> and <n>` citation) and by text (an earlier file quoting the original).
Engineers' probe files have cited BoolQ dev since round 8, so these exclusions are large. The pool is shuffled with a
fixed seed and printed in that order. The probe file tests/nlu/probes_round31_lead_check.yml takes the candidates in
this order, skipping only those that cannot be adapted to a question about this single film (its header says which
ranks were skipped).

    python -m tooling.lead_checks.round31_sample [--boolq N]
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from tooling.lead_checks.mirrors import (
    MIRRORS,
    QUOTED,
    Candidate,
    earlier_probe_lines,
    first_unseen,
    git_text,
    normalised,
    one_source_main,
    ranked_with_later_of_kind,
    stored_in_folder,
)

BOOLQ = MIRRORS / "d-eremeev+BoolQ-Question-Answering" / "repo"
# The commit read (the repository's only commit, and its newest when mirrored).
COMMIT = "72c347852e309ad087cf9f57517b769712a7a2a4"
FOLDER = "data/"
FILE = "dev.jsonl"
SEED = 31
FOLLOW_UPS = 12
OWN_FILE = "probes_round31_lead_check.yml"
# Where the engineers' grids keep the sources of their frames (also cited, so also left out).
GRID_FRAMES = Path(__file__).resolve().parents[1] / "grids"

# Film, TV, book and music words, as people typed them into a search engine.
SCREEN_WORDS = re.compile(
    r"\b(?:movies?|films?|filmed|cinemas?|actors?|actress(?:es)?|acting|starr(?:ed|ing)|cast|characters?|"
    r"directors?|directed|scenes?|plots?|villains?|sequels?|prequels?|trilogy|remakes?|episodes?|seasons?|series|"
    r"tv|television|shows?|sitcoms?|soap operas?|netflix|hulu|hbo|hollywood|anime|cartoons?|screenplay|trailers?|"
    r"novels?|books?|authors?|songs?|singers?|sang|bands?|albums?|soundtracks?|lyrics|musicals?|oscars?|emmys?|"
    r"grammys?|box office|true story)\b",
    re.IGNORECASE,
)
# A Wikipedia page about a work or a performer: its title's qualifier, or the opening of the passage BoolQ paired.
WORK_TITLE = re.compile(
    r"\((?:[^)]*\b(?:film|TV series|series|season \d+|miniseries|sitcom|song|novel|album|band|musical(?! instrument)|"
    r"soundtrack|episode|play|singer|actor|actress|rapper|comics|manga|anime)\b[^)]*)\)",
    re.IGNORECASE,
)
WORK_PAGE = re.compile(
    r"\b(?:film|movie|television series|TV series|sitcom|drama series|miniseries|web series|soap opera|novel|song|"
    r"album|episode|soundtrack|sequel|anime|manga|actor|actress|singer|band|rapper)\b",
    re.IGNORECASE,
)
OPENING = 250  # characters of the passage read for WORK_PAGE
# What a question asks about, by its wording, the first that matches: whether a work goes on (a sequel, a new
# season, more episodes), its story (who dies, how it ends, whether it is true), a person in it, or another work.
SUBJECT_KINDS = (
    (
        "continuation",
        re.compile(
            r"\b(?:sequels?|prequels?|seasons? \d+|\d+(?:st|nd|rd|th) seasons?|series \d+|next season|new season|"
            r"last season|final season|another|more episodes|new episodes|part \d+|coming out|renewed|cancel(?:l?ed)?|"
            r"still (?:on|making|running|airing)|going off the air|come back|returning|continuation|trilogy)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "story",
        re.compile(
            r"\b(?:die|dies|died|dead|death|alive|killed?|end up|ending|get back together|get together|married|"
            r"pregnant|baby|true story|based on|real (?:story|events|person|place))\b",
            re.IGNORECASE,
        ),
    ),
    (
        "person",
        re.compile(
            r"\b(?:actors?|actress(?:es)?|play(?:ed|s)? (?:in|on|the)|starr(?:ed|ing)|sing|sings|sang|sung|singers?|"
            r"voiced?|members?|cast|in the movie|in the film|wrote|written by)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "work",
        re.compile(
            r"\b(?:movies?|films?|shows?|series|episodes?|tv|television|novels?|books?|songs?|albums?|netflix|"
            r"filmed|musicals?|oscars?|emmys?)\b",
            re.IGNORECASE,
        ),
    ),
)
# `BoolQ 597`, `BoolQ dev:232`, `BoolQ dev 719`, `BoolQ dev.jsonl 12`, `BoolQ lines 345, 1190 and 2788`.
CITED_BOOLQ = re.compile(r"\bBoolQ(?:\s+dev(?:\.jsonl)?)?(?:\s+lines?)?(?::\s*|\s+)(\d+(?:(?:,\s*|,?\s+and\s+)\d+)*)\b")


@dataclass
class Cited:
    lines: set[int] = field(default_factory=set)
    texts: set[str] = field(default_factory=set)  # normalised quoted originals


@dataclass(frozen=True)
class Question:
    line: int
    text: str
    title: str  # the Wikipedia page BoolQ paired with the question
    kind: str  # a SUBJECT_KINDS name, or "" when none matches


def earlier_lines() -> Iterator[str]:
    """The earlier probe files' lines, then the grid frames files' lines."""
    yield from earlier_probe_lines(OWN_FILE)
    for path in sorted(GRID_FRAMES.glob("*_frames.yml")):
        yield from path.read_text(encoding="utf-8").splitlines()


def cited() -> Cited:
    """What earlier probe files and grid frames already use."""
    found = Cited()
    for line in earlier_lines():
        for numbers in CITED_BOOLQ.findall(line):
            found.lines.update(int(number) for number in re.findall(r"\d+", numbers))
        found.texts.update(normalised(quoted) for quoted in QUOTED.findall(line))
    return found


def kind_of(text: str) -> str:
    return next((kind for kind, pattern in SUBJECT_KINDS if pattern.search(text)), "")


def about_screen(text: str, title: str, passage: str) -> bool:
    """Whether a question asks about a film, show, book, song or performer, by its words or by its page."""
    return bool(SCREEN_WORDS.search(text) or WORK_TITLE.search(title) or WORK_PAGE.search(passage[:OPENING]))


def questions() -> list[tuple[Question, bool]]:
    """Every question of the stored file, in file order, with whether it is about a work or a performer."""
    if FILE not in stored_in_folder(BOOLQ, COMMIT, FOLDER):
        return []
    found = []
    for number, row in enumerate(git_text(BOOLQ, FOLDER + FILE, COMMIT).splitlines(), 1):
        if not row.strip():
            continue
        item = json.loads(row)
        text = " ".join(item["question"].split())
        question = Question(number, text, item["title"], kind_of(text))
        found.append((question, about_screen(text, item["title"], item["passage"])))
    return found


def where(question: Question) -> str:
    return f"{FILE} {question.line} [{question.title}] ({question.kind or '-'})"


def boolq(skip: Cited) -> list[Candidate]:
    kept = first_unseen(
        (question for question, on_screen in questions() if on_screen),
        lambda question: question.text,
        lambda question: question.line in skip.lines or normalised(question.text) in skip.texts,
    )
    return ranked_with_later_of_kind(kept, "BoolQ", where, SEED, FOLLOW_UPS)


def main() -> None:
    one_source_main(__doc__.splitlines()[0], "BoolQ", lambda: boolq(cited()), SEED)


if __name__ == "__main__":
    main()
