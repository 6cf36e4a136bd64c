"""The lead's round-36 check set: a seeded random sample of TyDi QA's English questions about films, TV, actors,
books and songs, written by people who wanted to know the answer and had not seen it.

Reads one dataset from its bare mirror on this machine (`git show <commit>:<path>`, nothing is downloaded):

- TyDi QA (Jonathan H. Clark, Eunsol Choi, Michael Collins, Dan Garrette, Tom Kwiatkowski, Vitaly Nikolaev and
  Jennimaria Palomaki, "TyDi QA: A Benchmark for Information-Seeking Question Answering in Typologically Diverse
  Languages", TACL 2020): information-seeking questions that annotators wrote, out of their own curiosity, after
  reading only a short prompt (the first words of a Wikipedia article), before any answer was looked for: "questions
  are written by people who want to know the answer, but don't know the answer yet" (the authors' README). Kept as
  typed (casing, typos, spacing). The English questions of the gold-passage task (GoldP v1.1) are read from the copy
  split by language in sagorbrur/tydiqa-language-specific at commit 55c6649 (2021-06-01, its newest; a fork of the
  authors' repository google-research-datasets/tydiqa, which carries no data), whose files
  language_data/english/english_tydiqa_dev.json (440 questions) and english_tydiqa_train.json (3,696) entered the
  repository at commit d69f645 (2021-06-01) and are unchanged since; both are present in the mirror. Only each
  question's `question` (and its `id`, to cite it) is read, never the article title, the passage or the answer.
  Licence: the authors' repository and the copy carry the Apache License 2.0 (their LICENSE); the Hugging Face
  catalogue lists the data as apache-2.0 and the TyDi QA website as CC BY-SA 3.0 (the Wikipedia passages). Cited as
  `TyDi <id>` (the example's id as the data gives it, `english-<example id>-<n>`).

Pool: the questions of the two files (dev, then train, in file order) that use a film, TV, actor, book or music word
(SCREEN_WORDS below); the word filter also lets in questions where such a word has another sense or names a thing no
film has (a television set, a hit single's chart place, a book of the Bible); they are kept as they come. A question
repeated (compared without case or punctuation) is kept once, at its first place. TyDi has no dialogues, so each
candidate prints the later candidates that ask about the same kind of subject (a song or band, a book or its author,
an actor or character, a TV series, a film; SUBJECT_KINDS below), with their ranks in the seeded order, at most
twelve: the probe file makes one of them a follow-up of the candidate by writing a pronoun for the subject the two
share, as round 34 did with SubjQA; its header says which. The kind is a rough guide for the writer, who reads each
question. The ranks are those of print_samples' order: shuffling with one seed permutes any list of the same length
alike, so the ranks computed here before printing are the printed ones.

Questions that any tests/nlu/probes*.yml already cites (by a `TyDi <id>` citation), quotes or asks word for word are
left out. The pool is shuffled with a fixed seed and printed in that order. The probe file
tests/nlu/probes_round36_lead_check.yml takes the candidates in this order, skipping only those that cannot be adapted
to a question about this single film (its header says which ranks were skipped).

    python -m tooling.lead_checks.round36_sample [--tydi N]
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tooling.lead_checks.mirrors import (
    MIRRORS,
    Candidate,
    cited_earlier,
    first_unseen,
    git_json,
    kind_of,
    normalised,
    one_source_main,
    ranked_with_later_of_kind,
    stored_in_folder,
)

SEED = 36
FOLLOW_UPS = 12
OWN_FILE = "probes_round36_lead_check.yml"

TYDI = MIRRORS / "sagorbrur+tydiqa-language-specific" / "repo"
# The commit read (the repository's newest when mirrored; the data files are unchanged since d69f645).
TYDI_COMMIT = "55c6649475e0765f717a6d32a173c6664096a8ce"
TYDI_FOLDER = "language_data/english/"
# The files read, in this order.
TYDI_FILES = ("english_tydiqa_dev.json", "english_tydiqa_train.json")

# Film, TV, actor, book and music words, as TyDi's question writers used them.
SCREEN_WORDS = re.compile(
    r"\b(?:movies?|films?|cinemas?|actors?|actress(?:es)?|starr(?:ed|ing)|characters?|directors?|directed|scenes?|"
    r"sequels?|episodes?|series|tv|television|shows?|sitcoms?|netflix|hollywood|oscars?|academy awards?|anime|manga|"
    r"novels?|novelists?|books?|authors?|songs?|singers?|bands?|albums?|music|musical|lyrics|soundtracks?|cast|"
    r"play(?:ed|s)? (?:the )?(?:role|part))\b",
    re.IGNORECASE,
)
# What a question asks about, by its wording, the first that matches: a song or band, a book or its author, an actor
# or character, a TV series, a film.
SUBJECT_KINDS = (
    (
        "music",
        re.compile(
            r"\b(?:songs?|singers?|sing|sang|bands?|albums?|music|musical|lyrics|soundtracks?|rapper|records?)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "book",
        re.compile(
            r"\b(?:novels?|novelists?|books?|authors?|wr[io]te|written|writers?|publish(?:ed)?|manga|poems?)\b",
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
        "tv",
        re.compile(
            r"\b(?:tv|television|series|episodes?|seasons?|shows?|sitcoms?|anime|netflix|cartoons?)\b", re.IGNORECASE
        ),
    ),
    (
        "film",
        re.compile(
            r"\b(?:movies?|films?|cinemas?|directors?|directed|scenes?|sequels?|hollywood|oscars?|academy awards?)\b",
            re.IGNORECASE,
        ),
    ),
)
CITED_TYDI = re.compile(r"\bTyDi\s+(english-[-0-9]+)")
SOURCE = "TyDi"  # its name in citations and in the ranked output


@dataclass(frozen=True)
class Question:
    id: str  # the example's id as the data gives it
    text: str
    kind: str  # a SUBJECT_KINDS name, or "" when none matches


def one_line(text: str) -> str:
    return " ".join(text.split())


def tydi_file(name: str) -> list[Question]:
    """Every question of one stored TyDi file that uses a SCREEN_WORDS word, in file order."""
    data = git_json(TYDI, TYDI_FOLDER + name)
    assert isinstance(data, dict)
    found: list[Question] = []
    for article in data["data"]:
        for paragraph in article["paragraphs"]:
            for qa in paragraph["qas"]:
                text = one_line(qa["question"])
                if text and SCREEN_WORDS.search(text):
                    found.append(Question(qa["id"], text, kind_of(text, SUBJECT_KINDS)))
    return found


def tydi_questions() -> list[Question]:
    """The screen questions of the stored TyDi files, in TYDI_FILES order and file order."""
    present = stored_in_folder(TYDI, TYDI_COMMIT, TYDI_FOLDER)
    return [question for name in TYDI_FILES if name in present for question in tydi_file(name)]


def tydi_where(question: Question) -> str:
    return f"{question.id} ({question.kind or '-'})"


def pool() -> list[Candidate]:
    skip = cited_earlier(OWN_FILE, {SOURCE: CITED_TYDI}, asks=True)
    kept = first_unseen(
        tydi_questions(),
        lambda question: question.text,
        lambda question: question.id in skip.ids[SOURCE] or normalised(question.text) in skip.texts,
    )
    return ranked_with_later_of_kind(kept, SOURCE, tydi_where, SEED, FOLLOW_UPS)


def main() -> None:
    one_source_main(__doc__.splitlines()[0], SOURCE, pool, SEED)


if __name__ == "__main__":
    main()
