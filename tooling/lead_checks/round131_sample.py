"""The lead's round-131 check set: a seeded random sample of the questions that crowd workers wrote for QuAIL about
short texts (fiction, news, blogs, user stories) that tell of films, TV, actors, books, singers, songs or music, each
with the later-ranked questions written about the same text.

Reads one dataset from its mirror on this machine (`git show <commit>:<path>`, nothing is downloaded):

- QuAIL (Anna Rogers, Olga Kovaleva, Matthew Downey and Anna Rumshisky, "Getting Closer to AI Complete Question
  Answering: A Set of Prerequisite Real Tasks", AAAI 2020): multiple-choice questions that Amazon Mechanical Turk
  workers wrote in their own words about texts of 300-350 words, about a dozen and a half per text, each asked for one
  of nine kinds (what happened, when, who, why, what a character is like or believes, what happens next, how long,
  or something the text does not say). Read from the authors' repository text-machine-lab/quail at commit e2b0705
  (2020-10-30, its newest): the dev set, quail_v1.3/xml/randomized/quail_1.3_dev_randomized.xml (120 texts, 2,164
  questions; the file entered in 506501c, 2020-10-30), present (1.1 MB). Only the texts' domains, ids, titles and
  bodies (to choose the pool) and the questions' words are read; the answer options are never read. The train files
  are not in the mirror (absent blobs) and are not read; the challenge set is not read (its questions were
  paraphrased by the authors, not written by the workers). The questions are kept as typed, their casing, spelling
  and spacing. Licence: CC BY-NC-SA 4.0 (the repository's LICENSE.md). Cited as `QuAIL <text id>-<question id>`.

Pool: the questions (in file order) of the texts whose title and body use film, TV, actor, book or music words
(SCREEN_WORDS below) at least MIN_HITS times; the filter also lets in texts that only mention a book, a TV set or a
band in passing; they come with the rest of the sample. A question repeated (compared without case or
punctuation) is kept once, at its first place; questions an earlier probe file cites, quotes or asks are left out
(counts only are printed).

Each candidate prints the later-ranked candidates written about the same text (its kind is `text <id>`), with their
ranks in the seeded order, at most FOLLOW_UPS: the probe file makes those of them that can be adapted follow-ups of
the candidate, with the names changed the same way, so that a conversation stays with one story as the workers'
questions about one text do.

    python -m tooling.lead_checks.round131_sample
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass

from tooling.lead_checks.mirrors import (
    MIRRORS,
    Candidate,
    Cited,
    cited_earlier,
    git_text,
    one_line,
    print_left_out,
    print_quietly,
    ranked_with_later_of_kind,
    unseen,
)

SEED = 131
FOLLOW_UPS = 3
OWN_FILE = "probes_round131_lead_check.yml"
SOURCE = "QuAIL"  # its name in citations and in the ranked output

QUAIL = MIRRORS / "text-machine-lab+quail" / "repo"
# The commit read (the repository's newest when mirrored).
QUAIL_COMMIT = "e2b0705a2099f44b60fad0bad5a947913b181bbd"
DEV = "quail_v1.3/xml/randomized/quail_1.3_dev_randomized.xml"

# Film, TV, actor, book and music words, as the texts' writers use them; words with a common other sense (cast,
# director, series, show, single, record, scene, character) are left out, and a text needs MIN_HITS of them.
SCREEN_WORDS = re.compile(
    r"\b(?:movies?|films?|filmed|filming|cinemas?|actress(?:es)?|starr(?:ed|ing)|screenplay|plots?|sequels?|"
    r"episodes?|tv|television|sitcoms?|anime|hollywood|oscars?|box office|novels?|novelists?|books?|authors?|"
    r"poems?|poets?|fiction|songs?|songwriters?|singers?|sang|singing|bands?|albums?|music|musicians?|musical|"
    r"lyrics|soundtracks?|composers?|concerts?|guitars?|pianos?|netflix)\b",
    re.IGNORECASE,
)
MIN_HITS = 2
CITED_QUAIL = re.compile(r"\bQuAIL\s+([a-z]+\d+-\d+)\b")


@dataclass(frozen=True)
class Question:
    text_id: str  # the text's id ("f141": the domain's letter and a number)
    number: str  # the question's id within its text
    domain: str  # fiction, news, blogs or user_stories
    title: str  # the text's title
    text: str  # the question, as typed

    @property
    def kind(self) -> str:
        return f"text {self.text_id}"

    @property
    def cited(self) -> str:
        return f"{self.text_id}-{self.number}"


def questions() -> list[Question]:
    """The dev set's questions about texts whose title and body use SCREEN_WORDS words at least MIN_HITS times, in
    file order (no answer option is read)."""
    root = ET.fromstring(git_text(QUAIL, DEV, QUAIL_COMMIT))
    found: list[Question] = []
    for text in root.iter("text"):
        body = one_line(text.findtext("text_body") or "")
        title = one_line(text.findtext("metadata/title") or "")
        if len(SCREEN_WORDS.findall(f"{title} {body}")) < MIN_HITS:
            continue
        for asked in text.iter("q"):
            words = one_line(asked.text or "")
            if words:
                found.append(Question(text.get("id", ""), asked.get("id", ""), text.get("domain", ""), title, words))
    return found


def where(question: Question) -> str:
    return f"{question.cited} ({question.kind}, {question.domain}: {question.title})"


def pool(skip: Cited) -> tuple[list[Candidate], int]:
    """The pool, and how many of its questions an earlier probe file cites, quotes or asks."""
    kept, seen = unseen(questions(), lambda found: found.cited, lambda found: found.text, skip, SOURCE)
    return ranked_with_later_of_kind(kept, SOURCE, where, SEED, FOLLOW_UPS), seen


def main() -> None:
    skip = cited_earlier(OWN_FILE, {SOURCE: CITED_QUAIL}, asks=True)
    found, seen = pool(skip)
    print_left_out(((SOURCE, seen),))
    print_quietly(((SOURCE, found, len(found)),), SEED)


if __name__ == "__main__":
    main()
