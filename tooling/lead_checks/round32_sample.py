"""The lead's round-32 check set: a seeded random sample of real people's film, TV, book and music questions from
StrategyQA.

Reads the dataset from its bare mirror on this machine (`git show <commit>:<path>`, nothing is downloaded):

- StrategyQA (Mor Geva, Daniel Khashabi, Elad Segal, Tushar Khot, Dan Roth and Jonathan Berant, "Did Aristotle Use a
  Laptop? A Question Answering Benchmark with Implicit Reasoning Strategies", TACL 2021): yes/no questions that crowd
  workers wrote, each primed with a Wikipedia term, kept as typed (casing, typos). As carried by wywy136/StrategyQA
  (code for "Disentangled Retrieval and Reasoning for Implicit Question Answering") at commit 4b8cc74 (2021-08-31),
  which holds the release's files: data/train.json and data/dev.json (the release's strategyqa_train.json, 2,290
  questions, split 2,061 / 229 by that repository; the release file itself is absent from the mirror),
  data/strategyqa/strategyqa_train_filtered.json (2,821 further questions of the release) and
  data/strategyqa/strategyqa_test.json (490 questions, no answers). All four are present in the mirror; only the
  `question` text is read, never the answers, facts, decompositions or evidence. Licence: the dataset's own
  repository (eladsegal/strategyqa) carries an MIT LICENSE; the carrying repository states none. Cited as
  `StrategyQA <file> <line> <qid>` (the file line holding the question's `"question":` key, and its qid).

The pool is the questions that use a film, TV, book or music word (SCREEN_WORDS below: movie, film, cinema, actor,
actress, starred, played, cast, character, director, directed, scene, sequel, episode, series, tv, television, show,
sitcom, netflix, hollywood, anime, manga, novel, book, author, wrote, song, singer, band, album, soundtrack, lyrics,
oscar, emmy, grammy ...). The word filter also lets in questions where such a word has another sense (a show of hands,
a played sport, a book of the Bible); they are kept as they come, like the rest of the sample. A question repeated
(the same text, compared without case or punctuation) is kept once, at its first place (train, dev, filtered, test).

Each candidate prints the later candidates that ask about the same kind of subject (a person: an actor, an actress,
a character, a singer or author; or a work: a film, show, series, episode, book, song; SUBJECT_KINDS below), with
their ranks in the seeded order, at most twelve: the probe file makes one of them a real follow-up of the candidate
by swapping its name for the candidate's subject and then writing a pronoun for that repeated name; its header says
which. The kind is a rough guide for the writer, who reads each question. The ranks are those of print_samples'
order: shuffling with one seed permutes any list of the same length alike, so the ranks computed here before
printing are the printed ones.

Questions that any tests/nlu/probes*.yml already cites are left out: by qid (a `StrategyQA <file> <line> <qid>`
citation) and by text (an earlier file quoting the original). The pool is shuffled with a fixed seed and printed in
that order. The probe file tests/nlu/probes_round32_lead_check.yml takes the candidates in this order, skipping only
those that cannot be adapted to a question about this single film (its header says which ranks were skipped).

    python -m tooling.lead_checks.round32_sample [--strategyqa N]
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
    first_unseen,
    git_text,
    kind_of,
    normalised,
    one_source_main,
    ranked_with_later_of_kind,
    stored_in_folder,
)

STRATEGYQA = MIRRORS / "wywy136+StrategyQA" / "repo"
# The commit read (the repository's newest when mirrored).
COMMIT = "4b8cc748362c8d3903ca8f840ceb5c5ac69b514a"
# The files read, in this order: the release's train set (as this repository splits it), its filtered set, its test.
FILES = (
    "data/train.json",
    "data/dev.json",
    "data/strategyqa/strategyqa_train_filtered.json",
    "data/strategyqa/strategyqa_test.json",
)
SEED = 32
FOLLOW_UPS = 12
OWN_FILE = "probes_round32_lead_check.yml"

# Film, TV, book and music words, as the crowd workers wrote them.
SCREEN_WORDS = re.compile(
    r"\b(?:movies?|films?|filmed|cinemas?|actors?|actress(?:es)?|acting|starr(?:ed|ing)|played|portray(?:ed|s)?|"
    r"cast|characters?|directors?|directed|scenes?|plots?|villains?|protagonists?|sequels?|prequels?|trilogy|"
    r"remakes?|episodes?|series|tv|television|shows?|sitcoms?|netflix|hollywood|bollywood|anime|manga|"
    r"screenplay|trailers?|novels?|novelist|books?|authors?|wrote|written|songs?|sang|singers?|bands?|albums?|"
    r"soundtracks?|lyrics|oscars?|academy awards?|emmys?|grammys?|box office|musicals?)\b",
    re.IGNORECASE,
)
# What a question asks about, by its wording, the first that matches: a person (a performer, a character, a singer
# or an author) or a work (a film, show, book or song, its parts and its story).
SUBJECT_KINDS = (
    (
        "person",
        re.compile(
            r"\b(?:actors?|actress(?:es)?|acting|characters?|roles?|protagonists?|villains?|singers?|authors?|"
            r"novelist|directors?|starr(?:ed|ing)|played|portray(?:ed|s)?|sang|wrote)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "work",
        re.compile(
            r"\b(?:movies?|films?|series|shows?|tv|television|sitcoms?|anime|manga|episodes?|scenes?|plots?|"
            r"sequels?|prequels?|trilogy|remakes?|netflix|trailers?|novels?|books?|songs?|albums?|soundtracks?|"
            r"lyrics|cast|directed|written|oscars?|musicals?)\b",
            re.IGNORECASE,
        ),
    ),
)
CITED_STRATEGYQA = re.compile(r"\bStrategyQA\s+\S+\.json\s+\d+\s+(\w+)\b")
SOURCE = "StrategyQA"  # its name in citations and in the ranked output
QUESTION_KEY = re.compile(r'^\s*"question":')


@dataclass(frozen=True)
class Question:
    file: str
    line: int  # the file line holding the question's `"question":` key
    qid: str
    text: str
    kind: str  # a SUBJECT_KINDS name, or "" when neither matches


def file_questions(path: str) -> list[Question]:
    """Every question of one file, in file order, with the line of its `"question":` key (the files are indented
    JSON, one key a line, so the n-th such line is the n-th item's)."""
    text = git_text(STRATEGYQA, path, COMMIT)
    items = json.loads(text)
    lines = [number for number, line in enumerate(text.splitlines(), 1) if QUESTION_KEY.match(line)]
    if len(lines) != len(items):
        raise ValueError(f"{path}: {len(items)} items but {len(lines)} question lines")
    name = path.rpartition("/")[2]
    found = []
    for item, line in zip(items, lines, strict=True):
        question = " ".join(item["question"].split())
        if question:
            found.append(Question(name, line, item["qid"], question, kind_of(question, SUBJECT_KINDS)))
    return found


def questions() -> list[Question]:
    """Every question of the stored files, in FILES order and file order."""
    found: list[Question] = []
    for path in FILES:
        folder, _, name = path.rpartition("/")
        if name in stored_in_folder(STRATEGYQA, COMMIT, folder + "/"):
            found.extend(file_questions(path))
    return found


def where(question: Question) -> str:
    return f"{question.file} {question.line} {question.qid} ({question.kind or '-'})"


def strategyqa(skip: Cited) -> list[Candidate]:
    kept = first_unseen(
        (question for question in questions() if SCREEN_WORDS.search(question.text)),
        lambda question: question.text,
        lambda question: question.qid in skip.ids[SOURCE] or normalised(question.text) in skip.texts,
    )
    return ranked_with_later_of_kind(kept, SOURCE, where, SEED, FOLLOW_UPS)


def main() -> None:
    one_source_main(
        __doc__.splitlines()[0], SOURCE, lambda: strategyqa(cited_earlier(OWN_FILE, {SOURCE: CITED_STRATEGYQA})), SEED
    )


if __name__ == "__main__":
    main()
