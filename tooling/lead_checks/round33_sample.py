"""The lead's round-33 check set: a seeded random sample of crowd workers' questions on Wikipedia articles about a
singer, a composer, a film and a novel, from SQuAD 2.0.

Reads the dataset from its bare mirror on this machine (`git show <commit>:<path>`, nothing is downloaded):

- SQuAD 2.0 (Pranav Rajpurkar, Robin Jia and Percy Liang, "Know What You Don't Know: Unanswerable Questions for
  SQuAD", ACL 2018, with the SQuAD 1.1 questions of Rajpurkar, Zhang, Lopyrev and Liang, EMNLP 2016): questions that
  crowd workers wrote about paragraphs of Wikipedia articles, kept as typed (casing, typos), and in 2.0 also
  questions written to look answerable when the paragraph does not answer them (`is_impossible`). The release's own
  repository (rajpurkar/SQuAD-explorer) is mirrored here without its dataset blobs. As carried by
  PhongNTDo/guide_train_MRC_transformers at commit 631a448 (the file was added in f626fe8, 2022-05-07):
  train-v2.0.json, the first ten articles of the release's training file (4,719 questions), present in the mirror
  (one line of JSON). Of those, the articles about a singer, a composer, a film and a novel are read (ARTICLES
  below: Beyoncé, Frédéric_Chopin, Spectre_(2015_film), To_Kill_a_Mockingbird; 2,140 questions); the others (the
  Ming dynasty and Tibet, the iPod, a video game, an earthquake, New York City, solar energy) are not. Only the
  `question` text is read, never the paragraphs or answers. Licence: CC BY-SA 4.0 (the SQuAD release); the carrying
  repository states none. Cited as `SQuAD train-v2.0.json <article> <id>` (the question's article title and id).

The pool is every question of those four articles: the article fixes the subject, so no word filter is used. Many
questions ask about the subject's life and times rather than the work (Polish history around Chopin, the Jim Crow
South, Bond's filming locations); they are kept as they come, like the rest of the sample. A question repeated (the
same text, compared without case or punctuation) is kept once, at its first place (in file order).

Each candidate prints the later candidates of the same kind of subject (a musician: the Beyoncé and Chopin
articles; a work: the Spectre and To Kill a Mockingbird articles; SUBJECT_KINDS below), with their ranks in the
seeded order, at most twelve: the probe file makes one of them a real follow-up of the candidate by swapping its
name for the candidate's subject and then writing a pronoun for that repeated name; its header says which. The ranks
are those of print_samples' order: shuffling with one seed permutes any list of the same length alike, so the ranks
computed here before printing are the printed ones.

Questions that any tests/nlu/probes*.yml already cites are left out: by id (a `SQuAD train-v2.0.json <article>
<id>` citation) and by text (an earlier file quoting the original). The pool is shuffled with a fixed seed and
printed in that order. The probe file tests/nlu/probes_round33_lead_check.yml takes the candidates in this order,
skipping only those that cannot be adapted to a question about this single film (its header says which ranks were
skipped).

    python -m tooling.lead_checks.round33_sample [--squad N]
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
    one_source_main,
    ranked_with_later_of_kind,
    stored_in_folder,
)

SQUAD = MIRRORS / "PhongNTDo+guide_train_MRC_transformers" / "repo"
# The commit read (the repository's newest when mirrored).
COMMIT = "631a448de42714910b179afdf83799e01ff1bfaa"
FILE = "train-v2.0.json"
SEED = 33
FOLLOW_UPS = 12
OWN_FILE = "probes_round33_lead_check.yml"

# The articles read, each with the kind of subject its questions ask about.
SUBJECT_KINDS = {
    "Beyoncé": "musician",
    "Frédéric_Chopin": "musician",
    "Spectre_(2015_film)": "work",
    "To_Kill_a_Mockingbird": "work",
}
CITED_SQUAD = re.compile(r"\bSQuAD\s+train-v2\.0\.json\s+\S+\s+([0-9a-f]{24})\b")
SOURCE = "SQuAD"  # its name in citations and in the ranked output


@dataclass(frozen=True)
class Question:
    article: str
    id: str
    text: str
    kind: str  # a SUBJECT_KINDS value


def questions() -> list[Question]:
    """Every question of the articles read, in file order (none when the file is not stored)."""
    if FILE not in stored_in_folder(SQUAD, COMMIT, FILE):
        return []
    data = json.loads(git_text(SQUAD, FILE, COMMIT))["data"]
    return [
        Question(article["title"], item["id"], " ".join(item["question"].split()), SUBJECT_KINDS[article["title"]])
        for article in data
        if article["title"] in SUBJECT_KINDS
        for paragraph in article["paragraphs"]
        for item in paragraph["qas"]
        if item["question"].strip()
    ]


def where(question: Question) -> str:
    return f"{FILE} {question.article} {question.id} ({question.kind})"


def squad(skip: Cited) -> list[Candidate]:
    kept = first_unseen(
        questions(),
        lambda question: question.text,
        lambda question: question.id in skip.ids[SOURCE] or normalised(question.text) in skip.texts,
    )
    return ranked_with_later_of_kind(kept, SOURCE, where, SEED, FOLLOW_UPS)


def main() -> None:
    one_source_main(
        __doc__.splitlines()[0], SOURCE, lambda: squad(cited_earlier(OWN_FILE, {SOURCE: CITED_SQUAD})), SEED
    )


if __name__ == "__main__":
    main()
