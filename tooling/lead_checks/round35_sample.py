"""The lead's round-35 check set: a seeded random sample of DoQA's conversations about films and shows, questions
asked after a real Movies & TV Stack Exchange post, each conversation's later turns its own follow-ups.

Reads one dataset from its bare mirror on this machine (`git show <commit>:<path>`, nothing is downloaded):

- DoQA (Jon Ander Campos, Arantxa Otegi, Aitor Soroa, Jan Deriu, Mark Cieliebak and Eneko Agirre, "DoQA - Accessing
  Domain-Specific FAQs via Conversational QA", ACL 2020): information-seeking dialogues built on Stack Exchange
  threads. A crowd worker in the user's role reads a real user's post (its title and background) and asks about it
  in their own words, one turn at a time, with the follow-ups, pronouns and ellipsis of a conversation ("What about
  another meaning?"); a second worker answers from the thread's accepted reply. The movies domain is Movies & TV
  Stack Exchange (films and TV series). Kept as typed (casing, typos, spacing). The authors' repository
  (ixa-ehu/DoQA) has no stored snapshot here; the data is read from the copy of the DoQA v2.1 release carried by
  ShawnGardy/CIND860-NLPAnalysisOfDoQADataset at commit 0d51ef3 (2024-03-10, its newest), whose file
  doqa_dataset/doqa-movies-test-v2.1.json (400 dialogues, 1,884 questions) entered the repository at commit bdf4d95
  (2023-10-24) and is unchanged since; it is present in the mirror (the domain has only this test split; the
  cooking train file is an absent blob and is not read). Only each turn's `question` (and the dialogue's `id`, to
  cite it) is read, never the post's title or background, the reply, the answer spans or the follow-up and yes/no
  flags. Licence: DoQA's data comes from Stack Exchange posts, which Stack Exchange publishes under CC BY-SA; the
  DoQA release states no further licence (the Hugging Face and TFDS catalogues list "no known license"); the copy's
  repository is MIT-licensed (its LICENSE, for the repository's own work). Cited as `DoQA movies <dialogue id>_<turn>`
  (the dialogue id without its `C_` prefix, cut to its first 12 hex digits, and the turn's `q#` number).

Pool: every dialogue of the file, in file order: the domain fixes the subject (a film or show the asker has in mind),
so no word filter is used. Some dialogues ask after a show's production, a real person or film-making in general;
they are kept as they come. Each candidate is a dialogue's first turn, printed with its later turns (its real
follow-ups, in order). Dialogues that any tests/nlu/probes*.yml already cites (by a `DoQA movies <id>_<turn>`
citation) or whose first turn an earlier file quotes or asks word for word are left out; a first turn repeated
(compared without case or punctuation) is kept once, at its first place. The pool is shuffled with a fixed seed and
printed in that order. The probe file tests/nlu/probes_round35_lead_check.yml takes the candidates in this order,
skipping only those that cannot be adapted to a question about this single film (its header says which ranks were
skipped).

    python -m tooling.lead_checks.round35_sample [--doqa N]
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
    normalised,
    one_source_main,
    stored_in_folder,
)

SEED = 35
OWN_FILE = "probes_round35_lead_check.yml"

DOQA = MIRRORS / "ShawnGardy+CIND860-NLPAnalysisOfDoQADataset" / "repo"
# The commit read (the repository's newest when mirrored; the data file is unchanged since bdf4d95).
DOQA_COMMIT = "0d51ef3bad521c75438b040563669f225d839407"
DOQA_FOLDER = "doqa_dataset/"
DOQA_FILE = "doqa-movies-test-v2.1.json"
ID_DIGITS = 12

CITED_DOQA = re.compile(r"\bDoQA\s+movies\s+([0-9a-f]{12})_\d+\b")
SOURCE = "DoQA"  # its name in citations and in the ranked output
TURN = re.compile(r"_q#(\d+)$")


@dataclass(frozen=True)
class Dialogue:
    id: str  # the short dialogue id
    turns: tuple[tuple[str, str], ...]  # each turn's number and question, in order

    @property
    def text(self) -> str:
        return self.turns[0][1]


def one_line(text: str) -> str:
    return " ".join(text.split())


def short_id(dialogue_id: str) -> str:
    return dialogue_id.removeprefix("C_")[:ID_DIGITS]


def dialogues() -> list[Dialogue]:
    """Every dialogue of the stored movies file, in file order, each with its non-empty turns."""
    if DOQA_FILE not in stored_in_folder(DOQA, DOQA_COMMIT, DOQA_FOLDER):
        return []
    data = git_json(DOQA, DOQA_FOLDER + DOQA_FILE)
    assert isinstance(data, dict)
    found: list[Dialogue] = []
    for post in data["data"]:
        for paragraph in post["paragraphs"]:
            turns = []
            for qa in paragraph["qas"]:
                number = TURN.search(qa["id"])
                text = one_line(qa["question"])
                if number and text:
                    turns.append((number.group(1), text))
            if turns:
                found.append(Dialogue(short_id(paragraph["id"]), tuple(turns)))
    return found


def pool() -> list[Candidate]:
    skip = cited_earlier(OWN_FILE, {SOURCE: CITED_DOQA}, asks=True)
    kept = first_unseen(
        dialogues(),
        lambda dialogue: dialogue.text,
        lambda dialogue: dialogue.id in skip.ids[SOURCE] or normalised(dialogue.text) in skip.texts,
    )
    return [
        Candidate(
            SOURCE,
            f"movies {dialogue.id}_{dialogue.turns[0][0]}",
            dialogue.text,
            tuple(f"turn {number}: {text}" for number, text in dialogue.turns[1:]),
        )
        for dialogue in kept
    ]


def main() -> None:
    one_source_main(__doc__.splitlines()[0], SOURCE, pool, SEED)


if __name__ == "__main__":
    main()
