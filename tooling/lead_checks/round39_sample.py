"""The lead's round-39 check set: a seeded random sample of GrailQA's crowd-written questions about films, TV, actors,
books and songs, paraphrases that crowd workers wrote in their own words for questions over Freebase.

Reads one dataset from its bare mirror on this machine (`git show <commit>:<path>`, nothing is downloaded):

- GrailQA (Yu Gu, Sue Kase, Michelle Vanni, Brian Sadler, Percy Liang, Xifeng Yan and Yu Su, "Beyond I.I.D.: Three
  Levels of Generalization for Question Answering on Knowledge Bases", WWW 2021): questions over Freebase, each first
  generated from a logical form as a canonical question, then paraphrased by crowd workers in their own words
  ("flagstaff observatory houses what telescope?"), over 86 Freebase domains, film, TV, music and books among them. Kept
  as the data gives them (lower-cased; the workers' typos, spacing and phrasing are kept). The questions of the public
  test set, as carried by the authors' repository dki-lab/GrailQA on its branch leaderboard-source at commit 515bf59
  (2022-04-10, the branch's newest; the file entered in that commit): dataset/grailqa_v1.0_test_public.json (13,231
  questions, `qid` and `question` only: the public test set carries no logical form, answer or domain), present in the
  mirror. The branch main carries no data; the commit's other data files (dataset/grailqa_dev.json,
  grailqa_v1.0_dev.json, grailqa_test_public.json) are absent blobs, not read. Only each question's `question` (and its
  `qid`, to cite it) is read. Licence: the repository carries the Apache License 2.0 (LICENSE on main; its README's
  badge); the GrailQA website distributes the data under CC BY-SA 4.0 (views/index.pug on leaderboard-source). Cited as
  `GrailQA <qid>` (`test-<n>`, as the data gives it).

Pool: the questions of the file (in file order) that use a film, TV, actor, book or music word (SCREEN_WORDS below);
the word filter also lets in questions about a film's schema that no film has a counterpart of here (film festivals,
film ratings, film formats, a genre's sub-genres) and questions where such a word has another sense; they are kept
as they come. A question repeated (compared without case or punctuation) is kept once, at its first place. GrailQA
has no dialogues, so each candidate prints the later candidates that ask about the same kind of subject (a song or
its performer, a book or its author, an actor or character, a member of the crew, a TV series, a film; SUBJECT_KINDS
below), with their ranks in the seeded order, at most twelve: the probe file makes one of them a follow-up of the
candidate by writing a pronoun for the subject the two share, as round 36 did with TyDi QA; its header says which.
The kind is a rough guide for the writer, who reads each question. The ranks are those of print_samples' order:
shuffling with one seed permutes any list of the same length alike, so the ranks computed here before printing are
the printed ones.

Questions that any tests/nlu/probes*.yml already cites (by a `GrailQA <qid>` citation), quotes or asks word for word
are left out. The pool is shuffled with a fixed seed and printed in that order. The probe file
tests/nlu/probes_round39_lead_check.yml takes the candidates in this order, skipping only those that cannot be adapted
to a question about this single film (its header says which ranks were skipped).

    python -m tooling.lead_checks.round39_sample [--grailqa N]
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from tooling.lead_checks.mirrors import (
    MIRRORS,
    Candidate,
    cited_earlier,
    first_unseen,
    git_text,
    kind_of,
    normalised,
    one_source_main,
    ranked_with_later_of_kind,
    stored_in_folder,
)

SEED = 39
FOLLOW_UPS = 12
OWN_FILE = "probes_round39_lead_check.yml"

GRAILQA = MIRRORS / "dki-lab+GrailQA" / "repo"
# The commit read (the newest of the branch leaderboard-source when mirrored; the file entered in it).
GRAILQA_COMMIT = "515bf59e3daa35a499de19acdc2f517160964af2"
GRAILQA_FOLDER = "dataset/"
# The file read: the public test set (the commit's dev files are absent blobs).
GRAILQA_FILE = "grailqa_v1.0_test_public.json"

# Film, TV, actor, book and music words, as GrailQA's crowd workers used them (Freebase's film schema among them).
SCREEN_WORDS = re.compile(
    r"\b(?:movies?|films?|cinemas?|actors?|actress(?:es)?|starr(?:ed|ing)|characters?|directors?|directed|scenes?|"
    r"sequels?|prequels?|screenplays?|screenwriters?|cinematograph(?:er|y)|costume designers?|"
    r"production compan(?:y|ies)|episodes?|series|tv|television|shows?|sitcoms?|netflix|hollywood|oscars?|"
    r"academy awards?|anime|manga|novels?|novelists?|books?|authors?|songs?|singers?|bands?|albums?|music|musical|"
    r"lyrics|soundtracks?|composers?|cast|play(?:ed|s)? (?:the )?(?:role|part))\b",
    re.IGNORECASE,
)
# What a question asks about, by its wording, the first that matches: a song or its performer, a book or its author,
# an actor or character, a member of the crew, a TV series, a film.
SUBJECT_KINDS = (
    (
        "music",
        re.compile(
            r"\b(?:songs?|singers?|sing|sang|bands?|albums?|music|musical|lyrics|soundtracks?|composers?|composed|"
            r"records?|recorded|performed)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "book",
        re.compile(
            r"\b(?:novels?|novelists?|books?|authors?|wr[io]te|written|writers?|publish(?:ed|er)?|manga|poems?|"
            r"adapted|adaptations?)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "actor",
        re.compile(
            r"\b(?:actors?|actress(?:es)?|starr(?:ed|ing)|stars?|characters?|cast|roles?|play(?:ed|s)?|portray(?:ed)?)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "crew",
        re.compile(
            r"\b(?:directors?|directed|producers?|produced|produces|screenplays?|screenwriters?|cinematograph(?:er|y)|"
            r"costumes?|designers?|editors?|edited|production compan(?:y|ies)|distribut(?:ed|or|ors|es))\b",
            re.IGNORECASE,
        ),
    ),
    (
        "tv",
        re.compile(
            r"\b(?:tv|television|series|episodes?|seasons?|shows?|sitcoms?|anime|netflix|cartoons?)\b", re.IGNORECASE
        ),
    ),
    (
        "film",
        re.compile(
            r"\b(?:movies?|films?|cinemas?|scenes?|sequels?|prequels?|hollywood|oscars?|academy awards?)\b",
            re.IGNORECASE,
        ),
    ),
)
CITED_GRAILQA = re.compile(r"\bGrailQA\s+(test-[0-9]+)")
SOURCE = "GrailQA"  # its name in citations and in the ranked output


@dataclass(frozen=True)
class Question:
    id: str  # the question's qid as the data gives it
    text: str
    kind: str  # a SUBJECT_KINDS name, or "" when none matches


def one_line(text: str) -> str:
    return " ".join(text.split())


def grailqa_questions() -> list[Question]:
    """Every question of the stored GrailQA file that uses a SCREEN_WORDS word, in file order."""
    if GRAILQA_FILE not in stored_in_folder(GRAILQA, GRAILQA_COMMIT, GRAILQA_FOLDER):
        return []
    data = json.loads(git_text(GRAILQA, GRAILQA_FOLDER + GRAILQA_FILE, GRAILQA_COMMIT))
    assert isinstance(data, list)
    found: list[Question] = []
    for item in data:
        text = one_line(item["question"])
        if text and SCREEN_WORDS.search(text):
            found.append(Question(item["qid"], text, kind_of(text, SUBJECT_KINDS)))
    return found


def grailqa_where(question: Question) -> str:
    return f"{question.id} ({question.kind or '-'})"


def pool() -> list[Candidate]:
    skip = cited_earlier(OWN_FILE, {SOURCE: CITED_GRAILQA}, asks=True)
    kept = first_unseen(
        grailqa_questions(),
        lambda question: question.text,
        lambda question: question.id in skip.ids[SOURCE] or normalised(question.text) in skip.texts,
    )
    return ranked_with_later_of_kind(kept, SOURCE, grailqa_where, SEED, FOLLOW_UPS)


def main() -> None:
    one_source_main(__doc__.splitlines()[0], SOURCE, pool, SEED)


if __name__ == "__main__":
    main()
