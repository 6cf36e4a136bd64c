"""The lead's round-29 check set: a seeded random sample of real people's film, TV, book and music questions from
ComQA (WikiAnswers).

Reads the dataset from its bare mirror on this machine (`git show <commit>:<path>`, nothing is downloaded):

- ComQA (Abdalghani Abujabal, Rishiraj Saha Roy, Mohamed Yahya and Gerhard Weikum, "ComQA: A Community-sourced
  Dataset for Complex Factoid Question Answering with Paraphrase Clusters", NAACL 2019): 11,214 questions that users
  asked on the WikiAnswers community question-answering site, cleaned and grouped by crowd workers into paraphrase
  clusters (the questions of a cluster are different askers' wordings of one need), lower-cased as WikiAnswers
  stores them. As carried by aorogat/CBench (a benchmark suite for question answering over knowledge graphs):
  data/Freebase/No_SPARQL/ComQA/comqa_train.json, comqa_dev.json and comqa_test.json, all present at commit
  e473c69 ("Editing structure of the datasets", 2019-08-27); a later commit (b1ed814) deleted the folder, so they are
  read at that commit, not at HEAD. The train and dev files hold clusters (`cluster_id`, `questions`, `answers`),
  the test file single questions (`id`, `question`, `answers`): 7,850 + 1,121 + 2,243 questions, the whole dataset.
  Only the question text is read, never the answers. Licence: none is stated with the data in the mirror (the
  repository's Apache-2.0 LICENSE is for its own code); the Hugging Face dataset card for com_qa says "unknown".
  Cited as `ComQA <file> <line> <cluster>` (the file line holding the question, and its cluster id or test id).

The pool is the questions that use a film, TV, book or music word or ask after a performer (SCREEN_WORDS below:
movie, film, actor, actress, starred, played, portrayed, voice, director, directed, cast, character, tv, television,
show, series, sitcom, cartoon, anime, episode, novel, book, author, wrote, song, sang, singer, album, band, oscar,
academy award, emmy, grammy, hollywood, broadway ...). A paraphrase cluster gives one candidate, its first question
with such a word (the others are the same need in other askers' words; a few clusters appear in both the train and
the dev file of this copy, and give one candidate, at their first place); a question repeated elsewhere (the same text,
compared without case or punctuation) is kept once, at its first place (train, dev, test).

Each candidate prints the later candidates that ask about the same kind of subject (a work asked after its people:
who played, directed, wrote or sang it; a person: born, age, family, real name, what did X play, an actor, singer or
author; or another work: a film, show, book, song or character; SUBJECT_KINDS below), with their ranks in the seeded
order, at most twelve: the probe file makes one of them a real follow-up of the candidate by swapping its name for
the candidate's subject and then writing a pronoun for that repeated name ("when was he born", "who directed it");
its header says which. The kind is a rough guide for the writer, who reads each question. The ranks are those of
print_samples' order: shuffling with one seed permutes any list of the same length alike, so the ranks computed here
before printing are the printed ones.

Questions that any tests/nlu/probes*.yml already cites are left out: by file and line (a `ComQA <file> <line>`
citation) and by text (an earlier file quoting the original). The pool is shuffled with a fixed seed and printed in
that order. The probe file tests/nlu/probes_round29_lead_check.yml takes the candidates in this order, skipping only
those that cannot be adapted to a question about this single film (its header says which ranks were skipped).

    python -m tooling.lead_checks.round29_sample [--comqa N]
"""

from __future__ import annotations

import argparse
import json
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

COMQA = MIRRORS / "aorogat+CBench" / "repo"
# The commit that holds the ComQA files (a later commit deleted the folder).
COMMIT = "e473c69bea1dfb9fec2ad9dc943a7cfaee17fe0d"
FOLDER = "data/Freebase/No_SPARQL/ComQA/"
# The files read, in this order: train, dev, test.
FILES = ("comqa_train.json", "comqa_dev.json", "comqa_test.json")
SEED = 29
FOLLOW_UPS = 12
OWN_FILE = "probes_round29_lead_check.yml"

# Film, TV, book and music words, and questions after a performer, as people asked them on WikiAnswers.
SCREEN_WORDS = re.compile(
    r"\b(?:movies?|films?|filmed|cinemas?|actors?|actress(?:es)?|acting|starr(?:ed|ing)|"
    r"(?:the|movie|film|tv|television|screen|broadway|hollywood) stars?|played|plays|"
    r"portray(?:ed|s)?|voices?|voiced|directors?|directed|cast|characters?|tv|television|shows?|series|sitcoms?|"
    r"soap operas?|cartoons?|anime|episodes?|novels?|novelist|books?|authors?|wrote|written|songs?|sang|sings?|"
    r"singers?|albums?|bands?|rappers?|musicals?|oscars?|academy awards?|emmys?|grammys?|hollywood|broadway|"
    r"screenplay|sequels?|soundtracks?|lyrics)\b",
    re.IGNORECASE,
)
# What a question asks about, by its wording, the first that matches: a work asked after its people (who played,
# directed, wrote or sang it), a person (their life, their family, their other work), or a work.
SUBJECT_KINDS = (
    (
        "work",
        re.compile(
            r"\b(?:who (?:played|plays|portrayed|starred|co-starred|directed|wrote|sang|sings|created|voiced|"
            r"does the voice|did the voice|is the voice|was the voice)|"
            r"(?:what|which) (?:actor|actress)e?s? (?:\w+ )?(?:played|portrayed|starred)|"
            r"(?:director|author|singer|star|stars|cast|voice) of)\b",
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
            r"\b(?:movies?|films?|tv|television|shows?|series|sitcoms?|cartoons?|anime|episodes?|novels?|books?|"
            r"songs?|albums?|characters?|played|portrayed|starr(?:ed|ing)|cast|wrote|written|released?|sequels?|"
            r"oscars?)\b",
            re.IGNORECASE,
        ),
    ),
)
CITED_COMQA = re.compile(r"\bComQA\s+(comqa_(?:train|dev|test)\.json)\s+(\d+)\b")
# The lines of the files that matter: a cluster's or a test question's id, the start and end of a cluster's
# question list, and a question (a JSON string alone on its line, or a test item's `question` value).
CLUSTER_LINE = re.compile(r'^\s*"(?:cluster_id|id)":\s*"?([^",]+)"?,?\s*$')
QUESTIONS_START = re.compile(r'^\s*"questions":\s*\[\s*$')
LIST_END = re.compile(r"^\s*\],?\s*$")
STRING_LINE = re.compile(r'^\s*("(?:[^"\\]|\\.)*")\s*,?\s*$')
QUESTION_LINE = re.compile(r'^\s*"question":\s*("(?:[^"\\]|\\.)*")\s*,?\s*$')


@dataclass
class Cited:
    lines: set[tuple[str, int]] = field(default_factory=set)
    texts: set[str] = field(default_factory=set)  # normalised quoted originals


@dataclass(frozen=True)
class Question:
    file: str
    line: int
    cluster: str  # the cluster id (train, dev) or the question id (test)
    text: str
    kind: str  # a SUBJECT_KINDS name, or "" when neither matches


def cited() -> Cited:
    """What earlier probe files already use."""
    found = Cited()
    for line in earlier_probe_lines(OWN_FILE):
        found.lines.update((name, int(number)) for name, number in CITED_COMQA.findall(line))
        found.texts.update(normalised(quoted) for quoted in QUOTED.findall(line))
    return found


def kind_of(text: str) -> str:
    return next((kind for kind, pattern in SUBJECT_KINDS if pattern.search(text)), "")


def file_questions(name: str) -> list[Question]:
    """Every question of one file, in file order, with its line and its cluster; checked against a JSON parse."""
    text = git_text(COMQA, FOLDER + name, COMMIT)
    found: list[Question] = []
    cluster, in_list = "", False
    for number, row in enumerate(text.splitlines(), 1):
        if match := CLUSTER_LINE.match(row):
            cluster = match.group(1)
        elif QUESTIONS_START.match(row):
            in_list = True
        elif in_list and LIST_END.match(row):
            in_list = False
        elif (match := QUESTION_LINE.match(row)) or (in_list and (match := STRING_LINE.match(row))):
            question = " ".join(json.loads(match.group(1)).split())
            found.append(Question(name, number, cluster, question, kind_of(question)))
    parsed = [
        " ".join(question.split())
        for item in json.loads(text)
        for question in item.get("questions", [item.get("question", "")])
    ]
    if parsed != [question.text for question in found]:
        raise ValueError(f"{name}: the line scan does not match the JSON ({len(found)} vs {len(parsed)} questions)")
    return found


def questions() -> list[Question]:
    """Every question of the stored files, in FILES order and file order."""
    present = stored_in_folder(COMQA, COMMIT, FOLDER)
    return [question for name in FILES if name in present for question in file_questions(name)]


def where(question: Question) -> str:
    return f"{question.file} {question.line} {question.cluster} ({question.kind or '-'})"


def cluster_key(question: Question) -> str:
    """A cluster's id is one across train and dev (`cluster-<n>`); a test question's id is its own."""
    return question.cluster if question.cluster.startswith("cluster-") else f"{question.file} {question.cluster}"


def comqa(skip: Cited) -> list[Candidate]:
    kept: list[Question] = []
    texts: set[str] = set()
    clusters: set[str] = set()
    for question in questions():
        key = normalised(question.text)
        if (question.file, question.line) in skip.lines or key in skip.texts or key in texts:
            continue
        if not SCREEN_WORDS.search(question.text) or cluster_key(question) in clusters:
            continue
        texts.add(key)
        clusters.add(cluster_key(question))
        kept.append(question)
    return ranked_with_later_of_kind(kept, "ComQA", where, SEED, FOLLOW_UPS)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--comqa", type=int, default=0, help="ComQA candidates to print (0: the whole pool)")
    args = parser.parse_args()
    pool = comqa(cited())
    print_quietly((("ComQA", pool, args.comqa or len(pool)),), SEED)


if __name__ == "__main__":
    main()
