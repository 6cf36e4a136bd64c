"""The lead's round-160 check set: a seeded random sample of the titles of real questions that people posted on
Skeptics Stack Exchange (skeptics.stackexchange.com, the Stack Exchange site for scientific scepticism, where askers
bring a claim they read or heard and ask whether it is true), keeping those that name a person, a work, a place or a
product, or use a film, TV, book, music, painting, flower, heart or hospital word, each with the later-ranked titles
of the same site category.

Reads one dataset from its mirror on this machine (`git show <commit>:<path>`, nothing is downloaded):

- Skeptics Stack Exchange questions as purudpd/RecSys-QA saved them for a web-science recommender project ("The data
  from from stack exchange skeptics", its README.txt): web_science_dataset.jsonl, one JSON object a line (1,066
  questions), each with the question as its asker titled it (`question`), its id and address on the site, the site
  category the project gave it (`category`: nutrition, psychology, physics, medical-science, climate-change) and one
  answer. Read from the repository at commit e7fb8f3 (e7fb8f3ec11f45f7d1cf6829b9ace431e663eb74, 2020-03-12, its
  newest; the file entered in that commit), present (2,884,705 bytes; a real blob, not an LFS pointer). Only the
  fields `questionId`, `question` and `category` are read, never the answers. The titles are the askers' own, casing,
  spelling and all. Licence: the posts are Stack Exchange's, published under CC BY-SA; the repository states no
  licence (it holds no licence file). Cited as `Skeptics <questionId>`.

Pool: the titles (in file order) that name someone or something (a capitalised word that does not open the title or
a sentence) or use a film, TV, book, music, painting, flower, heart or hospital word (SUBJECT_WORDS below); the
others ask about a diet, a substance or a physical effect with nothing a name could carry. The filter also lets in
titles whose capitalised word is a place, a company, a product or a scientific term; they come with the rest of the
sample. A title repeated (compared without case or punctuation) is kept once, at its first place; titles an earlier
probe file cites, quotes or asks are left out (counts only are printed).

The site has no conversations (each question stands alone), so each candidate prints the later-ranked candidates of
the same category (its kind), with their ranks in the seeded order, at most FOLLOW_UPS: the probe file makes those of
them that can be adapted follow-ups of the candidate, with the names changed the same way, as rounds 96 and 106 did.

    python -m tooling.lead_checks.round160_sample
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
    git_text,
    one_line,
    print_left_out,
    print_quietly,
    ranked_with_later_of_kind,
    unseen,
)

SEED = 160
FOLLOW_UPS = 4
OWN_FILE = "probes_round160_lead_check.yml"
SOURCE = "Skeptics"  # its name in citations and in the ranked output

SKEPTICS = MIRRORS / "purudpd+RecSys-QA" / "repo"
# The commit read (the repository's newest when mirrored).
SKEPTICS_COMMIT = "e7fb8f3ec11f45f7d1cf6829b9ace431e663eb74"
QUESTIONS = "web_science_dataset.jsonl"

# A capitalised word that neither opens the title nor follows a sentence's end: a name of someone or something.
NAMED = re.compile(r"(?<!^)(?<![.?!:] )\b[A-Z][a-z]+")
# Words of the film's subjects (a film, its song and novel, a painter, flowers, a heart illness, a hospital).
SUBJECT_WORDS = re.compile(
    r"\b(?:movies?|films?|actors?|actress(?:es)?|tv|television|books?|novels?|songs?|music|cinemas?|hollywood|"
    r"shows?|documentar(?:y|ies)|directors?|authors?|singers?|bands?|albums?|netflix|anime|paint\w*|flowers?|"
    r"fireworks?|hearts?|tumou?rs?|hospitals?|nurses?|doctors?|surgery)\b",
    re.IGNORECASE,
)
CITED_SKEPTICS = re.compile(r"\bSkeptics\s+(\d+)\b")


@dataclass(frozen=True)
class Question:
    question_id: str  # the site's question id
    text: str  # the title, as typed
    kind: str  # the category the project gave it


def questions() -> list[Question]:
    """The file's titles that name someone or something or use a SUBJECT_WORDS word, in file order (the answers are
    not read)."""
    found: list[Question] = []
    for line in git_text(SKEPTICS, QUESTIONS, SKEPTICS_COMMIT).splitlines():
        if not line.strip():
            continue
        entry = json.loads(line)
        text = one_line(str(entry.get("question", "")))
        if text and (NAMED.search(text) or SUBJECT_WORDS.search(text)):
            found.append(Question(str(entry.get("questionId", "")), text, str(entry.get("category", ""))))
    return found


def where(question: Question) -> str:
    return f"{question.question_id} ({question.kind})"


def pool(skip: Cited) -> tuple[list[Candidate], int]:
    """The pool, and how many of its titles an earlier probe file cites, quotes or asks."""
    kept, seen = unseen(questions(), lambda found: found.question_id, lambda found: found.text, skip, SOURCE)
    return ranked_with_later_of_kind(kept, SOURCE, where, SEED, FOLLOW_UPS), seen


def main() -> None:
    skip = cited_earlier(OWN_FILE, {SOURCE: CITED_SKEPTICS}, asks=True)
    found, seen = pool(skip)
    print(f"# {SOURCE} commit {SKEPTICS_COMMIT}")
    print_left_out(((SOURCE, seen),))
    print_quietly(((SOURCE, found, len(found)),), SEED)


if __name__ == "__main__":
    main()
