"""The lead's round-76 check set: a seeded random sample of the questions that crowd workers typed to each other in
INSPIRED's movie-recommendation conversations, each with the same speaker's later questions in that conversation.

Reads one dataset from its mirror on this machine (`git show <commit>:<path>`, nothing is downloaded):

- INSPIRED (Shirley Anugrah Hayati, Dongyeop Kang, Qingxiaoyang Zhu, Weiyan Shi and Zhou Yu, "INSPIRED: Toward
  Sociable Recommendation Dialog Systems", EMNLP 2020): 1,001 conversations in English between two Amazon Mechanical
  Turk workers typing live to each other, one (the RECOMMENDER) finding out what films the other (the SEEKER) likes
  and recommending one, whose trailer the seeker then watched. Both speak as themselves: their own tastes, the films
  they saw, their own questions, typed with their own casing, spelling and typos. Read from the release INSPIRED2
  (Ahtsham Manzoor and Dietmar Jannach, "INSPIRED2: An Improved Dataset for Sociable Conversational Recommendation",
  KaRS workshop at RecSys 2022), which re-annotates the same conversations and carries a licence: repository
  ahtsham58/INSPIRED2 at commit 0cfa8de (2022-10-03, its newest): Dataset/tsv/dev_set.tsv (99 conversations) and
  Dataset/tsv/test_set.tsv (99), both present (train_set.tsv and the JSON train file are absent blobs). Each file is
  tab-separated with a header row, one utterance a row; only `dialog_id`, `utt_id`, `speaker` and `text` are read,
  never the placeholders, entity lists, strategy labels, outcome or trailer id. INSPIRED2's text is the original
  release's (sweetpeach/Inspired) except that the double quotes the original writes as "QUOTATION_MARK" are spaces;
  runs of whitespace are read as one space. Licence: GNU GPL v3 (INSPIRED2's LICENSE); the original release
  sweetpeach/Inspired states none. Cited as `INSPIRED <split> <dialog_id>/<utt_id>` (both as the data gives them).

Pool: the questions of the conversations one of whose utterances uses a SCREEN_WORDS word (all of them), from the
first such utterance on, so that the opening greetings are left out. A question is an utterance that holds a sentence
ending in "?"; it is taken whole. Both speakers' questions are read: the seeker's are mostly about films, the
recommender's mostly about the seeker's own taste (a question of the listener's taste for this assistant); questions
about the speakers' lives come with the rest. A question repeated (compared without case or punctuation) is kept
once, at its first place. Each candidate prints the utterance said just before it and the same speaker's later
questions in the conversation ("later <n>: <text>", n its utt_id), at most FOLLOW_UPS: the probe file makes those that
can be adapted follow-ups of the candidate.

Questions that any tests/nlu/probes*.yml already cites (by an `INSPIRED <split> <dialog_id>/<utt_id>` citation),
quotes or asks word for word are left out; only how many is printed. The pool is shuffled with a fixed seed and
printed in that order. The probe file tests/nlu/probes_round76_lead_check.yml takes the candidates in this order,
skipping only those that cannot be adapted to a question about this single film (its header says which ranks).

    python -m tooling.lead_checks.round76_sample [--inspired N]
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass

from tooling.lead_checks.mirrors import (
    MIRRORS,
    Candidate,
    asks,
    cited_earlier,
    git_text,
    one_line,
    one_source_main,
    print_left_out,
    stored_in_folder,
    unseen,
)

SEED = 76
FOLLOW_UPS = 4
OWN_FILE = "probes_round76_lead_check.yml"
SOURCE = "INSPIRED"  # its name in citations and in the ranked output

INSPIRED = MIRRORS / "ahtsham58+INSPIRED2" / "repo"
# The commit read (the repository's newest when mirrored).
COMMIT = "0cfa8de9345f97deca09fe65160052512cee1725"
FOLDER = "Dataset/tsv/"
# The files read, in this order, with the split they are cited by (train_set.tsv is an absent blob).
FILES = (("dev", "dev_set.tsv"), ("test", "test_set.tsv"))

# Film, TV, actor, book and music words as the crowd workers type them.
SCREEN_WORDS = re.compile(
    r"\b(?:movies?|films?|flicks?|cinemas?|theat(?:er|re)s?|actors?|actress(?:es)?|starr(?:ed|ing)|cast|"
    r"characters?|directors?|directed|sequels?|prequels?|trailers?|episodes?|series|tv|television|netflix|shows?|"
    r"sitcoms?|cartoons?|anime|hollywood|oscars?|documentar(?:y|ies)|genres?|comed(?:y|ies)|dramas?|thrillers?|"
    r"horror|romance|romantic|action|sci-?fi|superheroe?s?|marvel|disney|pixar|novels?|books?|authors?|songs?|"
    r"singers?|bands?|albums?|music|musicals?|soundtracks?)\b",
    re.IGNORECASE,
)
CITED = re.compile(r"\bINSPIRED\s+((?:dev|test)\s+\S+/\d+)")


@dataclass(frozen=True)
class Utterance:
    utt_id: str
    speaker: str  # RECOMMENDER or SEEKER
    text: str


@dataclass(frozen=True)
class Question:
    split: str
    dialogue: str  # its dialog_id
    utterances: tuple[Utterance, ...]
    index: int  # the question's place among the utterances, from 0

    @property
    def text(self) -> str:
        return self.utterances[self.index].text

    @property
    def cited(self) -> str:
        return f"{self.split} {self.dialogue}/{self.utterances[self.index].utt_id}"


def dialogues(name: str) -> dict[str, list[Utterance]]:
    """One file's conversations, in file order, each its utterances in file order (only four columns are read)."""
    stored = git_text(INSPIRED, FOLDER + name, COMMIT)
    rows = csv.DictReader(io.StringIO(stored), delimiter="\t", quoting=csv.QUOTE_NONE)
    found: dict[str, list[Utterance]] = {}
    for row in rows:
        text = one_line(row["text"] or "")
        if text:
            found.setdefault(row["dialog_id"], []).append(Utterance(row["utt_id"], row["speaker"], text))
    return found


def questions() -> list[Question]:
    """The questions of the stored files' conversations from their first SCREEN_WORDS utterance on, in FILES order,
    file order and utterance order."""
    present = stored_in_folder(INSPIRED, COMMIT, FOLDER)
    found: list[Question] = []
    for split, name in FILES:
        if name not in present:
            continue
        for key, said in dialogues(name).items():
            utterances = tuple(said)
            first = next((i for i, u in enumerate(utterances) if SCREEN_WORDS.search(u.text)), len(utterances))
            found.extend(
                Question(split, key, utterances, index)
                for index in range(first, len(utterances))
                if asks(utterances[index].text)
            )
    return found


def with_context(question: Question) -> Candidate:
    said, index = question.utterances, question.index
    speaker = said[index].speaker
    before = (f"before ({said[index - 1].speaker.lower()}): {said[index - 1].text}",) if index else ()
    later = tuple(
        f"later {said[other].utt_id}: {said[other].text}"
        for other in range(index + 1, len(said))
        if said[other].speaker == speaker and asks(said[other].text)
    )
    where = f"{question.cited} ({speaker.lower()})"
    return Candidate(SOURCE, where, question.text, before + later[:FOLLOW_UPS])


def pool() -> list[Candidate]:
    skip = cited_earlier(OWN_FILE, {SOURCE: CITED}, asks=True)
    kept, seen = unseen(questions(), lambda q: q.cited, lambda q: q.text, skip, SOURCE)
    print_left_out(((SOURCE, seen),))
    return [with_context(question) for question in kept]


def main() -> None:
    one_source_main(__doc__.splitlines()[0], SOURCE, pool, SEED)


if __name__ == "__main__":
    main()
