"""The lead's round-73 check set: a seeded random sample of the questions that French-speaking volunteers wrote about
French Wikipedia articles on films, TV, actors, books and music in PIAF, each with the same paragraph's later
questions.

Reads one dataset from its mirror on this machine (`git show <commit>:<path>`, nothing is downloaded):

- PIAF v1.0 (Rachel Keraron, Guillaume Lancrenon, Mathilde Bras, Frédéric Allary, Gilles Moyse, Thomas Scialom,
  Edmundo-Pavel Soriano-Morales and Jacopo Staiano, "Project PIAF: Building a Native French Question-Answering
  Dataset", LREC 2020): questions that French-speaking volunteers wrote, in their own words, on Etalab's collaborative
  annotation platform, about paragraphs of French Wikipedia articles, SQuAD style. Read from the authors' repository
  etalab-ia/piaf-code at commit 86948a7 (2021-06-15, its newest; the data file entered in 6f860d2, 2020-03-13, and is
  unchanged since): piaf-v1.0.json (191 articles, 3,835 questions), present (squad_fr.zip, a machine translation of
  SQuAD, is an absent blob and is not wanted). Only each article's `title`, each paragraph's `context` (to choose the
  articles) and each question's `id` and `question` are read, never the answers. Licence: MIT (the repository's
  LICENSE, DINUM/Etalab). Cited as `PIAF <id>` (the id as the data gives it: p and digits).

Pool: the questions of the paragraphs of the articles whose title or first paragraph (where French Wikipedia says what
the subject is) uses a film, TV, actor, book or music word (SCREEN_WORDS below), in file order; the filter also lets in
articles where such a word is said in passing (a war, a country, a stock exchange, the Olympic Games). A candidate
repeated (compared without case or punctuation) is kept once, at its first place, and those an earlier probe file
cites, quotes or asks are left out. Each candidate prints the article's title and the same paragraph's later questions
("turn <n>: <text>"), at most FOLLOW_UPS: the probe file makes those that can be adapted follow-ups of the candidate,
with the names changed the same way.

    python -m tooling.lead_checks.round73_sample [--piaf N]
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
    normalised,
    one_line,
    one_source_main,
    print_left_out,
    stored_files,
)

SEED = 73
OWN_FILE = "probes_round73_lead_check.yml"
FOLLOW_UPS = 4
PIAF = MIRRORS / "etalab-ia+piaf-code" / "repo"
# The commit read (the repository's newest when mirrored; piaf-v1.0.json is unchanged since 6f860d2).
PIAF_COMMIT = "86948a73b26498948e70ad92e4b9b0231eac81f7"
PIAF_FILE = "piaf-v1.0.json"
PIAF_SOURCE = "PIAF"  # its name in citations and in the ranked output
# Film, TV, actor, book and music words as French Wikipedia writes them (word starts: "réalisat" for réalisateur,
# réalisatrice and réalisation, "chanteu" for chanteur and chanteuse).
SCREEN_WORDS = re.compile(
    r"\b(?:film|cinéma|acteur|actrice|comédien|réalisat|série télévisée|télévis|émission|chanteu|chanson|album|"
    r"musique|musicien|compositeur|groupe de rock|rappeur|roman|romancier|écrivain|livre|poète|poème|opéra|"
    r"bande dessinée|manga|théâtre)",
    re.IGNORECASE,
)
CITED_PIAF = re.compile(r"\bPIAF\s+(p\d+)\b")


@dataclass(frozen=True)
class Question:
    qid: str
    title: str
    paragraph: tuple[str, ...]  # the paragraph's questions in order
    index: int  # the question's place among them, from 0

    @property
    def text(self) -> str:
        return self.paragraph[self.index]


def plain_title(title: str) -> str:
    """An article's title without the HTML markup PIAF keeps in some (<i>, <span lang="en">)."""
    return one_line(re.sub(r"<[^>]+>", "", title))


def piaf_questions() -> list[Question]:
    """The questions of the screen articles of the stored PIAF file, in file order."""
    if PIAF_FILE not in stored_files(PIAF, r"^piaf-v1\.0\.json$"):
        return []
    found: list[Question] = []
    for article in json.loads(git_text(PIAF, PIAF_FILE, PIAF_COMMIT))["data"]:
        paragraphs = article["paragraphs"]
        title = plain_title(article["title"])
        first = paragraphs[0]["context"] if paragraphs else ""
        if not SCREEN_WORDS.search(title + " " + first):
            continue
        for paragraph in paragraphs:
            asked = [(str(qa["id"]), one_line(qa["question"])) for qa in paragraph["qas"]]
            texts = tuple(text for _, text in asked)
            found.extend(Question(qid, title, texts, index) for index, (qid, _) in enumerate(asked))
    return found


def with_context(question: Question) -> Candidate:
    later = tuple(
        f"turn {other + 1}: {question.paragraph[other]}" for other in range(question.index + 1, len(question.paragraph))
    )
    return Candidate(PIAF_SOURCE, f"{question.qid} [{question.title}]", question.text, later[:FOLLOW_UPS])


def piaf(skip: Cited) -> tuple[list[Candidate], int]:
    """The pool, and how many of its questions an earlier probe file cites, quotes or asks."""
    every = piaf_questions()
    seen = {
        question
        for question in every
        if question.qid in skip.ids[PIAF_SOURCE] or normalised(question.text) in skip.texts
    }
    kept = first_unseen(every, lambda question: question.text, lambda question: question in seen)
    return [with_context(question) for question in kept], len(seen)


def pool() -> list[Candidate]:
    skip = cited_earlier(OWN_FILE, {PIAF_SOURCE: CITED_PIAF}, asks=True)
    found, seen = piaf(skip)
    print_left_out(((PIAF_SOURCE, seen),))
    return found


def main() -> None:
    one_source_main(__doc__.splitlines()[0], PIAF_SOURCE, pool, SEED)


if __name__ == "__main__":
    main()
