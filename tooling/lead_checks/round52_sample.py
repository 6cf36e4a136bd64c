"""The lead's round-52 check set: a seeded random sample of the questions that crowd workers wrote in the
Self-dialogue Corpus's conversations about films, TV, books and music, each with the same conversation's later
questions, and of the questions of its sports and fashion conversations (the off-topic share).

Reads one dataset from its mirror on this machine (`git show <commit>:<path>`, nothing is downloaded):

- The Self-dialogue Corpus (Joachim Fainberg, Ben Krause, Mihai Dobre, Marco Damonte, Emmanuel Kahembwe, Daniel
  Duma, Bonnie Webber and Federico Fancellu, "Talking to myself: self-dialogues as data for conversational agents",
  arXiv 1809.06641, 2018; collected for the Edina socialbot of the 2017 Alexa Prize): Amazon Mechanical Turk workers
  each wrote a whole conversation on a given topic, playing both speakers in turn ("Have you seen ...?", "Who were
  the actors in it again?"), one message a line, up to 10 or 20 lines. 24,165 conversations across 23 topics
  (movies, music, and subtopics such as Star Wars, Harry Potter, Disney, horror, rock, the Beatles, Lady Gaga; and
  sports and fashion). Read from the authors' repository jfainberg/self_dialogue_corpus at commit 113a1b0
  (2024-03-19, its newest; the data files are unchanged since 4d3a438, "Make CSVs searchable in GitHub's
  interface"): every corpus/<topic>/*.csv, all present. These are Mechanical Turk's raw result files, one row a
  conversation; only each row's `AssignmentId`, `WorkerId`, `Reject` and `Answer.sentence<n>` fields (the lines in
  the order of n) are read, never the task's other fields. As the authors' get_data.py does, a row with a `Reject`
  value or by a worker of blocked_workers.txt is left out, and a line that is empty or "{}" (an empty answer from
  Mechanical Turk) is skipped. Runs of whitespace are read as one space; casing, spelling and typos are kept as
  typed. Licence: BSD 3-Clause (the repository's LICENSE), which allows redistribution with the copyright notice.
  Cited as `Self-dialogue <topic>/<file> <row>.<turn>` (the file's name without ".csv", the row its place among the
  file's data rows, the turn its line number n, both counted from 1).

Screen pool (`Self-dialogue`): the questions of the conversations of the SCREEN_TOPICS (films, TV, books and music).
A question is a line that holds a sentence ending in "?"; it is taken whole, with the statements around its question
(they hold what its pronouns point at). Every question of the conversation is a candidate, whichever speaker asks it.
A candidate repeated (compared without case or punctuation) is kept once, at its first place. Each candidate prints
the line said just before it ("before <turn>: <text>") and the same conversation's later questions ("turn <n>:
<text>"), at most FOLLOW_UPS: the probe file makes those of them that can be adapted follow-ups of the candidate, with
the names changed the same way.

Other-topic pool (`Self-dialogue other`): the questions of the conversations of the OTHER_TOPICS (sports and
fashion), each a single candidate: the probe file's off-topic share is taken from it, kept exactly as typed.

Questions that any tests/nlu/probes*.yml already cites (by a `Self-dialogue` citation), quotes or asks word for word
are left out; only how many is printed. Each pool is shuffled with a fixed seed and printed in that order. The probe
file tests/nlu/probes_round52_lead_check.yml takes the candidates in this order, skipping only those that cannot be
adapted to a question about this single film (its header says which ranks were skipped).

    python -m tooling.lead_checks.round52_sample [--screen N] [--other N]
"""

from __future__ import annotations

import argparse
import csv
import io
import re
from dataclasses import dataclass

from tooling.lead_checks.mirrors import (
    MIRRORS,
    Candidate,
    Cited,
    asks,
    cited_earlier,
    first_unseen,
    git_text,
    normalised,
    one_line,
    print_left_out,
    print_quietly,
    stored_in_folder,
)

SEED = 52
FOLLOW_UPS = 8  # a conversation holds 20 lines at most; more later questions are not printed
OWN_FILE = "probes_round52_lead_check.yml"

SELF_DIALOGUE = MIRRORS / "jfainberg+self_dialogue_corpus" / "repo"
# The commit read (the repository's newest when mirrored; the data files are unchanged since 4d3a438).
SELF_DIALOGUE_COMMIT = "113a1b0ff10308f1227c13a4aaded9bc85577816"
CORPUS = "corpus"
# The corpus's topic folders about films, TV, books and music, and about other subjects.
SCREEN_TOPICS = (
    "action",
    "beatles",
    "comedy",
    "disney",
    "fast_furious",
    "harry_potter",
    "horror",
    "lady_gaga",
    "movies",
    "music",
    "music_and_movies",
    "pop",
    "rap_hiphop",
    "rock",
    "star_wars",
    "superhero",
    "thriller",
    "transition_music_movies",
)
OTHER_TOPICS = ("baseball", "basketball", "fashion", "icehockey", "nfl_football")
SCREEN_SOURCE = "Self-dialogue"  # its name in citations and in the ranked output
OTHER_SOURCE = "Self-dialogue other"
# A line's field in the result files: Answer.sentence<n>.
LINE_FIELD = re.compile(r"^Answer\.sentence(\d+)$")
CITED = re.compile(r"\bSelf-dialogue\s+(?:other\s+)?([a-z_]+/[\w-]+ \d+\.\d+)")


@dataclass(frozen=True)
class Question:
    topic: str
    file: str  # the result file's name without ".csv"
    row: int  # its place among the file's data rows, from 1
    turns: tuple[tuple[int, str], ...]  # the conversation's lines: (n of Answer.sentence<n>, text), in order of n
    index: int  # the question's place among the turns, from 0

    @property
    def text(self) -> str:
        return self.turns[self.index][1]

    def cited(self, index: int) -> str:
        """The conversation's turn `index` (from 0) as the probe comments cite it, less the source."""
        return f"{self.topic}/{self.file} {self.row}.{self.turns[index][0]}"


def blocked_workers() -> set[str]:
    """The workers the authors list as not complying with the task (their get_data.py leaves them out)."""
    return set(git_text(SELF_DIALOGUE, "blocked_workers.txt", SELF_DIALOGUE_COMMIT).split())


def conversation_lines(row: dict[str, str]) -> tuple[tuple[int, str], ...]:
    """A result row's lines in the order of their numbers, less the empty ones and Mechanical Turk's "{}"."""
    numbered = sorted(
        (int(found.group(1)), text) for key, text in row.items() if (found := LINE_FIELD.match(key or ""))
    )
    return tuple(
        (number, line) for number, line in ((n, one_line(text or "")) for n, text in numbered) if line not in ("", "{}")
    )


def topic_questions(topic: str, blocked: set[str]) -> list[Question]:
    """The questions of one topic's conversations, in file order (the files sorted by name), row order and turn
    order."""
    folder = f"{CORPUS}/{topic}/"
    found: list[Question] = []
    for name in sorted(stored_in_folder(SELF_DIALOGUE, SELF_DIALOGUE_COMMIT, folder)):
        if not name.endswith(".csv"):
            continue
        rows = csv.DictReader(io.StringIO(git_text(SELF_DIALOGUE, folder + name, SELF_DIALOGUE_COMMIT)))
        for number, row in enumerate(rows, 1):
            if (row.get("Reject") or "") or row.get("WorkerId") in blocked:
                continue
            turns = conversation_lines(row)
            stem = name.removesuffix(".csv")
            found.extend(
                Question(topic, stem, number, turns, index) for index in range(len(turns)) if asks(turns[index][1])
            )
    return found


def with_context(question: Question) -> Candidate:
    """A candidate with the line said just before it and the same conversation's later questions (at most
    FOLLOW_UPS)."""
    turns, index = question.turns, question.index
    before = (f"before {turns[index - 1][0]}: {turns[index - 1][1]}",) if index else ()
    later = tuple(f"turn {number}: {text}" for number, text in turns[index + 1 :] if asks(text))
    return Candidate(SCREEN_SOURCE, question.cited(index), question.text, before + later[:FOLLOW_UPS])


def pool(topics: tuple[str, ...], skip: Cited, blocked: set[str]) -> tuple[list[Question], int]:
    """The questions of the topics not used earlier, each text once, and how many an earlier probe file cites,
    quotes or asks."""
    every = [question for topic in topics for question in topic_questions(topic, blocked)]
    seen = {
        question
        for question in every
        if question.cited(question.index) in skip.ids[SCREEN_SOURCE] or normalised(question.text) in skip.texts
    }
    kept = first_unseen(every, lambda question: question.text, lambda question: question in seen)
    return kept, len(seen)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--screen", type=int, default=0, help="screen candidates to print (0: the whole pool)")
    parser.add_argument("--other", type=int, default=0, help="other-topic candidates to print (0: the whole pool)")
    args = parser.parse_args()
    skip = cited_earlier(OWN_FILE, {SCREEN_SOURCE: CITED}, asks=True)
    blocked = blocked_workers()
    screen, screen_seen = pool(SCREEN_TOPICS, skip, blocked)
    other, other_seen = pool(OTHER_TOPICS, skip, blocked)
    print_left_out(((SCREEN_SOURCE, screen_seen), (OTHER_SOURCE, other_seen)))
    screen_pool = [with_context(question) for question in screen]
    other_pool = [Candidate(OTHER_SOURCE, question.cited(question.index), question.text) for question in other]
    pools = ((SCREEN_SOURCE, screen_pool, args.screen), (OTHER_SOURCE, other_pool, args.other))
    print_quietly(tuple((source, found, count or len(found)) for source, found, count in pools), SEED)


if __name__ == "__main__":
    main()
