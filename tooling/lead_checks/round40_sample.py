"""The lead's round-40 check set: a seeded random sample of DailyDialog's everyday dialogues about films, TV, actors,
books and music (each question with the same dialogue's later questions), and of WikiTableQuestions' crowd questions.

Reads two datasets from their mirrors on this machine (`git show <commit>:<path>`, nothing is downloaded):

- DailyDialog (Yanran Li, Hui Su, Xiaoyu Shen, Wenjie Li, Ziqiang Cao and Shuzi Niu, "DailyDialog: A Manually
  Labelled Multi-turn Dialogue Dataset", IJCNLP 2017): two-person dialogues about everyday life, written by people for
  English learners and gathered by the authors from English-learning websites, each a run of turns that alternate
  between the two speakers ("Have you seen the new James Bond movie ?", "What did you think of it ?"). Read from the
  copy of its validation and test splits that snakeztc/NeuralDialog-LAED (Tiancheng Zhao, Kyusong Lee and Maxine
  Eskenazi, ACL 2018) carries at commit 746a483 (2019-01-14, its newest; the files entered in 7eea42a, 2018-05-28, and
  are unchanged since): data/daily_dialog/validation/dialogues.txt (1,000 dialogues) and
  data/daily_dialog/test/dialogues.txt (1,000), both present in the mirror. The training split
  (data/daily_dialog/train/dialogues.txt, 11,118 dialogues) is an absent blob there, as in every other stored copy found
  (XDailyDialog's data/en_train_human.txt, a Sentences-Classifier's train/dialogues_train.txt); it is not read. Each
  line is one dialogue, its turns ended by `__eou__`; the text is tokenised as the data gives it (a space before
  punctuation, "don ’ t"), casing, grammar and typos kept. Only the turns' text is read, never the act or emotion
  labels. Licence: CC BY-NC-SA 4.0 (a Hugging Face catalogue card gives cc-by-nc-sa-4.0); the copy's repository
  carries the Apache License 2.0 for its code (LICENSE). Cited as `DailyDialog <split> <dialogue>.<turn>` (validation or
  test; the dialogue is its line in the file and the turn its place in the dialogue, both counted from 1).
- WikiTableQuestions (Panupong Pasupat and Percy Liang, "Compositional Semantic Parsing on Semi-Structured Tables",
  ACL 2015): questions that crowd workers wrote in their own words about one Wikipedia table each ("what was the next
  film chu did after hero of swallow?"), kept as typed (lower case, typos and punctuation kept). As carried by the
  authors' repository ppasupat/WikiTableQuestions at commit 7d455a5 (2021-03-19, its newest; the question files are
  unchanged since 84dd647, 2017-02-15, "Imported from v1.0.2"): data/training.tsv (14,152 questions) and
  data/pristine-unseen-tables.tsv (4,344, the test questions on unseen tables), both present. Only each question's
  `id`, `utterance` and `context` (its table's path, to group the questions of one table) are read, never the answer
  (`targetValue`) or the table. Licence: CC BY-SA 4.0 (the repository's LICENSE). Cited as `WTQ <id>` (`nt-<n>` or
  `nu-<n>`, as the data gives it).

DailyDialog pool: the questions of the dialogues (validation, then test, in file order) about films, TV, actors, books
or music: those one of whose turns uses a SCREEN_WORDS word (below; "book" not as a verb, "show" only as a programme).
A question is a turn that holds a sentence ending in "?"; it is taken whole, as the speaker said it, with the
statements around its question (they hold what its pronouns point at). Every question from the dialogue's first turn
with a SCREEN_WORDS word on is a candidate. The filter also lets in dialogues where such a word is said in passing or
has another sense (a TV in a hotel room, Chinese characters, a band practice, a cheque book); they are kept as they
come. A candidate repeated (compared without case or punctuation) is kept once, at its first place. DailyDialog's
dialogues are its conversations: each candidate prints the turn said just before it ("before <turn>: <text>", what it
answers or leans on) and the same dialogue's later questions ("turn <n>: <text>"), at most FOLLOW_UPS: the probe file
makes those of them that can be adapted follow-ups of the candidate, with the names changed the same way, as round 38
did with SParC's later questions.

WikiTableQuestions pool: the questions of the two files (training, then test, in file order) that use a film, TV,
actor, book or music word (WTQ_SCREEN_WORDS below); the filter also lets in questions where such a word has another
sense (a test series, a tennis singles final, a TV station). Each candidate prints the other questions of the same
table (file order, at most WTQ_SAME_TABLE): the probe file makes some of them follow-ups of the candidate by writing a
pronoun for the subject the two share, as round 37 did with FriendsQA's same-scene questions.

Questions that any tests/nlu/probes*.yml already cites (by a `DailyDialog <split> <dialogue>.<turn>` or `WTQ <id>`
citation), quotes or asks word for word are left out. Each pool is shuffled with a fixed seed and printed in that
order. The probe file tests/nlu/probes_round40_lead_check.yml takes the candidates in this order, skipping only those
that cannot be adapted to a question about this single film (its header says which ranks were skipped).

    python -m tooling.lead_checks.round40_sample [--dailydialog N] [--wtq N]
"""

from __future__ import annotations

import argparse
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
    print_quietly,
    stored_in_folder,
)

SEED = 40
FOLLOW_UPS = 8  # a dialogue of the pool holds at most a handful of later questions; more are not printed
OWN_FILE = "probes_round40_lead_check.yml"

DAILYDIALOG = MIRRORS / "snakeztc+NeuralDialog-LAED" / "repo"
# The commit read (the repository's newest when mirrored; the data files are unchanged since 7eea42a).
DAILYDIALOG_COMMIT = "746a4834a1b5566011ccc0c40f45c8deaf0e3c67"
DAILYDIALOG_FOLDER = "data/daily_dialog/"
# The files read, in this order, with the split each is cited by (train/dialogues.txt is an absent blob).
DAILYDIALOG_FILES = (("validation", "validation/dialogues.txt"), ("test", "test/dialogues.txt"))
END_OF_TURN = "__eou__"

# Film, TV, actor, book and music words, as DailyDialog's speakers use them. "book" is left out where a word after it
# makes it the verb (book a room, book tickets, book in), "show" is kept only as a programme (the show, a TV show),
# "series" not as "a series of".
SCREEN_WORDS = re.compile(
    r"\b(?:movies?|films?|cinemas?|movie ?theat(?:er|re)s?|actors?|actress(?:es)?|starr(?:ed|ing)|(?:film|movie) "
    r"?stars?|characters?|directors?|directed|sequels?|episodes?|series(?! of)|tv|television|soap operas?|soaps|"
    r"sitcoms?|cartoons?|hollywood|oscars?|(?:tv|talk|game|quiz|variety|cooking|the|that|this) shows?|novels?|"
    r"novelists?|books?(?! (?:a|an|the|me|us|it|you|him|her|them|two|one|tickets?|seats?|rooms?|tables?|flights?|"
    r"in|for|early|now|up|with)\b)|authors?|poems?|poets?|songs?|singers?|sings?|singing|sang|bands?|albums?|music|"
    r"musicals?|lyrics|soundtracks?|composers?|cast|comed(?:y|ies)|thrillers?|dramas?|theat(?:er|re)s?|concerts?|"
    r"operas?|documentar(?:y|ies))\b",
    re.IGNORECASE,
)
# A sentence of a turn (tokenised: " ? " ends it), and one that asks.
CITED_DAILYDIALOG = re.compile(r"\bDailyDialog\s+((?:validation|test)\s+\d+\.\d+)")
DAILYDIALOG_SOURCE = "DailyDialog"  # its name in citations and in the ranked output

WTQ = MIRRORS / "ppasupat+WikiTableQuestions" / "repo"
# The commit read (the repository's newest when mirrored; the question files are unchanged since 84dd647, v1.0.2).
WTQ_COMMIT = "7d455a5a707b96341ef72aff9428749d443d8aa9"
WTQ_FOLDER = "data/"
# The files read, in this order: the training questions, then the test questions on unseen tables.
WTQ_FILES = ("training.tsv", "pristine-unseen-tables.tsv")
WTQ_SAME_TABLE = 12  # at most this many questions of the same table are printed
# Film, TV, actor, book and music words, as WikiTableQuestions' crowd workers used them about a table's rows.
WTQ_SCREEN_WORDS = re.compile(
    r"\b(?:movies?|films?|cinemas?|actors?|actress(?:es)?|starr(?:ed|ing)|co-?starr(?:ed|ing)|roles?|characters?|"
    r"directors?|directed|sequels?|episodes?|series|tv|television|shows?|sitcoms?|cartoons?|anime|hollywood|oscars?|"
    r"novels?|novelists?|books?|authors?|songs?|singers?|singles?|bands?|albums?|soundtracks?|composers?|cast|"
    r"screenplays?|box office|grossed|premiered?|aired|broadcast)\b",
    re.IGNORECASE,
)
CITED_WTQ = re.compile(r"\bWTQ\s+(n[tu]-\d+)")
WTQ_SOURCE = "WTQ"  # its name in citations and in the ranked output


@dataclass(frozen=True)
class Question:
    split: str
    dialogue: int  # its line in the file, from 1
    turns: tuple[str, ...]  # the dialogue's turns
    index: int  # the question's place among the turns, from 0

    @property
    def text(self) -> str:
        return self.turns[self.index]

    def cited(self, index: int) -> str:
        """The dialogue's turn `index` (from 0) as the probe comments cite it, less the source."""
        return f"{self.split} {self.dialogue}.{index + 1}"


def dialogue_questions(split: str, number: int, line: str) -> list[Question]:
    """The questions of one line of a file (a dialogue) from its first turn with a SCREEN_WORDS word on."""
    turns = tuple(turn for turn in (one_line(turn) for turn in line.split(END_OF_TURN)) if turn)
    first_screen = next((index for index, turn in enumerate(turns) if SCREEN_WORDS.search(turn)), len(turns))
    return [Question(split, number, turns, index) for index in range(first_screen, len(turns)) if asks(turns[index])]


def dailydialog_questions() -> list[Question]:
    """The questions of the screen dialogues of the stored DailyDialog files, in DAILYDIALOG_FILES order, file order
    and turn order."""
    found: list[Question] = []
    for split, path in DAILYDIALOG_FILES:
        folder, _, name = path.rpartition("/")
        if name not in stored_in_folder(DAILYDIALOG, DAILYDIALOG_COMMIT, f"{DAILYDIALOG_FOLDER}{folder}/"):
            continue
        text = git_text(DAILYDIALOG, DAILYDIALOG_FOLDER + path, DAILYDIALOG_COMMIT)
        for number, line in enumerate(text.splitlines(), 1):
            found.extend(dialogue_questions(split, number, line))
    return found


def dailydialog(skip: Cited) -> list[Candidate]:
    kept = first_unseen(
        dailydialog_questions(),
        lambda question: question.text,
        lambda question: question.cited(question.index) in skip.ids[DAILYDIALOG_SOURCE]
        or normalised(question.text) in skip.texts,
    )
    candidates = []
    for question in kept:
        turns, index = question.turns, question.index
        before = (f"before {index}: {turns[index - 1]}",) if index else ()
        later = tuple(
            f"turn {other + 1}: {turns[other]}" for other in range(index + 1, len(turns)) if asks(turns[other])
        )
        candidates.append(
            Candidate(DAILYDIALOG_SOURCE, question.cited(index), question.text, before + later[:FOLLOW_UPS])
        )
    return candidates


@dataclass(frozen=True)
class TableQuestion:
    id: str  # as the data gives it: `nt-<n>` (training) or `nu-<n>` (test)
    text: str
    table: str  # the `context` column: the table's csv path, which the question is about


def wtq_questions() -> list[TableQuestion]:
    """Every question of the stored WikiTableQuestions files, in WTQ_FILES order and file order (only its id, text and
    table path are read, never the answer)."""
    present = stored_in_folder(WTQ, WTQ_COMMIT, WTQ_FOLDER)
    found: list[TableQuestion] = []
    for name in WTQ_FILES:
        if name not in present:
            continue
        rows = git_text(WTQ, WTQ_FOLDER + name, WTQ_COMMIT).splitlines()
        header = rows[0].split("\t")
        for row in rows[1:]:
            fields = dict(zip(header, row.split("\t"), strict=True))
            found.append(TableQuestion(fields["id"], one_line(fields["utterance"]), fields["context"]))
    return found


def wtq(skip: Cited) -> list[Candidate]:
    every = wtq_questions()
    kept = first_unseen(
        (question for question in every if WTQ_SCREEN_WORDS.search(question.text)),
        lambda question: question.text,
        lambda question: question.id in skip.ids[WTQ_SOURCE] or normalised(question.text) in skip.texts,
    )
    pool = []
    for question in kept:
        others = [other for other in every if other.table == question.table and other.id != question.id]
        same_table = tuple(f"same table: {other.id}: {other.text}" for other in others[:WTQ_SAME_TABLE])
        pool.append(Candidate(WTQ_SOURCE, f"{question.id} ({question.table})", question.text, same_table))
    return pool


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--dailydialog", type=int, default=0, help="DailyDialog candidates to print (0: the whole pool)"
    )
    parser.add_argument("--wtq", type=int, default=0, help="WikiTableQuestions candidates to print (0: the whole pool)")
    args = parser.parse_args()
    skip = cited_earlier(OWN_FILE, {DAILYDIALOG_SOURCE: CITED_DAILYDIALOG, WTQ_SOURCE: CITED_WTQ}, asks=True)
    pools = ((DAILYDIALOG_SOURCE, dailydialog(skip), args.dailydialog), (WTQ_SOURCE, wtq(skip), args.wtq))
    print_quietly(tuple((source, pool, count or len(pool)) for source, pool, count in pools), SEED)


if __name__ == "__main__":
    main()
