"""The lead's round-46 check set: a seeded random sample of the questions that people typed to a chatbot about films,
TV, actors, books and music in DUO's Wizard of Wikipedia conversations, and of those that people asked each other on the
telephone in the Switchboard conversations about them, each with the turn before it and the same conversation's later
questions.

Reads two datasets from their mirrors on this machine (`git show <commit>:<path>`, nothing is downloaded):

- DUO (Ikumi Numaya, Shoji Moriya, Shiki Sato, Reina Akama and Jun Suzuki, "How Stylistic Similarity Shapes Preferences
  in Dialogue Dataset with User and Third Party Evaluations", SIGDIAL 2025): conversations that MTurk workers held with
  a dialogue system (GPT-4o or Llama 3.1 70B) and then rated. In its Wizard of Wikipedia setting the system opens on a
  topic drawn from Multi-Source Wizard of Wikipedia (a band, a TV series, an actor, a film genre, a novelist) and the
  worker, as the apprentice, asks about it turn after turn ("Okay. Who are the main characters?", "How old was John when
  he died?", "Super. What role did he played?"), typed as they came (casing, spacing, punctuation and typos kept). Read
  from the authors' repository ikuminumaya/duo-dataset at commit a1c4243 (2025-12-15, its newest; the English files are
  unchanged since 1fcd027, 2025-09-26): wow/en/<dialogue>.json, 157 conversations, all present. Only each conversation's
  `dialogue_id` and `dialogue` (each message's `message_id`, `speaker`, Human or Bot, and `message`) are read, never the
  topic label, the model, the prompt or the ratings; runs of whitespace are read as one space. The EmpatheticDialogues
  setting (ed/en/) is not read: its conversations open on Empathetic Dialogues' situations, a source an earlier round
  used, and they are about feelings. Licence: Apache License 2.0 for the Wizard of Wikipedia setting (the repository's
  README and wow/LICENSE.txt). Cited as `DUO wow <dialogue>.<message>` (the message's `message_id`, counted from 0 as
  the data gives it; the system's messages are even, the worker's odd).
- The Switchboard Dialog Act Corpus, SwDA (Daniel Jurafsky, Elizabeth Shriberg and Debra Biasca, "Switchboard
  SWBD-DAMSL Shallow-Discourse-Function Annotation Coders Manual", 1997; Andreas Stolcke et al., "Dialogue Act
  Modeling for Automatic Tagging and Recognition of Conversational Speech", Computational Linguistics 2000): 1,155
  conversations of the Switchboard-1 Telephone Speech Corpus (John J. Godfrey, Edward C. Holliman and Jane McDaniel,
  ICASSP 1992), recorded in 1990 and 1991, in which two volunteers who did not know each other, paired by a computer
  that also picked the topic from a list (films, TV programmes, music, books and literature among some seventy), talk
  on the telephone for a few minutes ("Have you seen DANCES WITH WOLVES?", "How long did that movie run?"), as
  transcribed by hand: disfluencies ("uh", "um"), restarts ("do you, do you listen to"), commas and casing kept,
  titles in capitals as the transcription convention writes them. SwDA splits each speaker's turns into utterances
  and tags each with a dialogue act. The text is read from the copy that NathanDuran/Switchboard-Corpus (Nathan
  Duran's utilities for dialogue act classification, built on Christopher Potts's cgpotts/swda, whose swda.zip is an
  absent blob in its mirror) carries at commit 2aec5da (2021-01-24, its newest; the conversation files are unchanged
  since 0de45e7, 2020-08-23): swda_data/train/<conversation>.txt (1,115 conversations), swda_data/val/ (21) and
  swda_data/test/ (19), one file a conversation, all present (the merged swda_data/train_set.txt and full_set.txt and
  swda_archive/swda_archive.zip are absent blobs and are not read). Each line is one utterance,
  `<speaker>|<text>|<act>`: the speaker A or B, the words as transcribed (the copy drops the non-verbal ones and the
  disfluency brackets, and joins an utterance that the other speaker interrupted; the SwDA annotators' notes, from a
  `*` to the end of the utterance, "*listen", "*typo ...", are left out here), and the SwDA dialogue-act tag, read only
  to tell a question from a backchannel ("Is that right?", `bh`), a request to repeat ("Excuse me?", `br`) or a
  rhetorical question (`qh`). The topic of each call is in Switchboard's tables of metadata, which neither copy
  carries; it is not read. Licence: CC BY-NC-SA 3.0 (the Hugging Face catalogue card of SwDA, which names this
  repository as SwDA's); the copy's repository carries the GNU GPL v3 for its code (LICENSE). Cited as `SwDA <split>
  <conversation>.<line>` (train, val or test; the conversation is Switchboard's number, the file's name; the line is
  the utterance's line in the file, counted from 1).

DUO pool: the worker's questions in the conversations about films, TV, actors, books or music: those at least
DUO_SCREEN_MESSAGES of whose messages (the system's or the worker's) use a SCREEN_WORDS word (below; "book" not as a
verb, "show" only as a programme, "series" not as "a series of"). The filter also lets in conversations where such a
word comes up in passing (a dance's music, clubs' bands); they are kept as they come. A question is a worker's message
that holds a sentence ending in "?", taken whole, with the statements around its question; every question of such a
conversation is a candidate (the system opens on the topic). Each candidate prints the system's message just before it
("before <message>: <text>", what it answers or leans on) and the same conversation's later questions ("message <n>:
<text>"), at most FOLLOW_UPS: the probe file makes those of them that can be adapted follow-ups of the candidate, with
the names changed the same way, as round 42 did with Empathetic Dialogues' later questions.

SwDA pool: the questions of the calls about films, TV, actors, books or music. A call is taken as one when at least
SCREEN_UTTERANCES of its utterances use a SCREEN_WORDS word: of the 1,155 calls 656 use none and 1,056 fewer than ten,
while the 99 kept (81 to 424 utterances each) name films, programmes, singers or books in 10 to 45 of them. The
threshold still lets in calls on neighbouring topics (hobbies, current events and how one follows them, social
changes); their questions come with the rest. A question is an utterance that SwDA tags as one (QUESTION_ACTS: yes-no,
wh-, open, or-, declarative yes-no and declarative wh-questions), taken whole as transcribed; every question from the
call's first utterance with a SCREEN_WORDS word on is a candidate, as round 40 took DailyDialog's. Each candidate
prints the utterances said just before it (at most BEFORE: "before <line>: <speaker>: <text>") and the same call's
later questions ("line <n>: <speaker>: <text>"), at most FOLLOW_UPS, which the probe file uses the same way.

In each pool a candidate repeated (compared without case or punctuation) is kept once, at its first place (DUO in
dialogue order; SwDA train, then val, then test, calls in number order). Questions that any tests/nlu/probes*.yml
already cites (by a `DUO wow <dialogue>.<message>` or `SwDA <split> <conversation>.<line>` citation), quotes or asks
word for word are left out; only the number of them is printed. Each pool is shuffled with a fixed seed and printed in
that order. The probe file tests/nlu/probes_round46_lead_check.yml takes the candidates in this order, skipping only
those that cannot be adapted to a question about this single film (its header says which ranks were skipped).

    python -m tooling.lead_checks.round46_sample [--duo N] [--swda N]
"""

from __future__ import annotations

import argparse
import json
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

SEED = 46
FOLLOW_UPS = 8  # a DUO conversation holds ten or so of the worker's turns, a call a dozen or so questions
OWN_FILE = "probes_round46_lead_check.yml"

# Film, TV, actor, book and music words, as DUO's workers and systems type them and Switchboard's callers say them
# ("T V" as transcribed). "book" is left out where a word after it makes it the verb (book a flight, book tickets),
# "show" is kept only as a programme (a T V show, that show), "series" not as "a series of". "read" is left out: calls
# on current events read newspapers.
SCREEN_WORDS = re.compile(
    r"\b(?:movies?|films?|cinemas?|movie ?theat(?:er|re)s?|actors?|actress(?:es)?|acting|starr(?:ed|ing)|"
    r"(?:film|movie) ?stars?|characters?|directors?|directed|sequels?|episodes?|series(?! of)|tv|t v|television|"
    r"soap operas?|soaps|sitcoms?|cartoons?|hollywood|oscars?|documentar(?:y|ies)|"
    r"(?:tv|t v|talk|game|favou?rite|the|that|this) shows?|novels?|novelists?|"
    r"books?(?! (?:a|an|the|me|us|it|you|him|her|them|tickets?|seats?|rooms?|tables?|flights?|trips?|in|for|now|up)\b)|"
    r"authors?|writers?|poems?|poets?|poetry|songs?|singers?|sing|sings|singing|sang|bands?|albums?|music|"
    r"musicians?|musicals?|lyrics|soundtracks?|composers?|concerts?|comed(?:y|ies)|thrillers?|dramas?|operas?)\b",
    re.IGNORECASE,
)

DUO = MIRRORS / "ikuminumaya+duo-dataset" / "repo"
# The commit read (the repository's newest when mirrored; the English files are unchanged since 1fcd027).
DUO_COMMIT = "a1c424371fc6fb716184bb177beaba91a183093a"
DUO_FOLDER = "wow/en/"  # the Wizard of Wikipedia setting's English conversations, one file each
DUO_FILE = re.compile(r"^(\d+)\.json$")
DUO_WORKER = "Human"  # the `speaker` of the worker's messages (the system's is "Bot")
DUO_SCREEN_MESSAGES = 3  # a conversation with fewer messages that use a SCREEN_WORDS word is on another topic
# A sentence of a message ("?" ends it, with or without a space before it), and one that asks.
CITED_DUO = re.compile(r"\bDUO\s+(wow\s+\d+\.\d+)")
DUO_SOURCE = "DUO"  # its name in citations and in the ranked output

SWDA = MIRRORS / "NathanDuran+Switchboard-Corpus" / "repo"
# The commit read (the repository's newest when mirrored; the conversation files are unchanged since 0de45e7).
SWDA_COMMIT = "2aec5da98f15808d578c83328b871907b9d31f05"
SWDA_FOLDER = "swda_data/"
# The folders read, in this order, each its split (the merged *_set.txt files are absent blobs or repeat these).
SWDA_SPLITS = ("train", "val", "test")
SWDA_FILE = re.compile(r"^(\d+)\.txt$")
BEFORE = 3  # Switchboard's utterances are short (a clause each): the three before hold what a question leans on
# SwDA's question acts as the copy tags them: yes-no, wh-, open, or-, declarative yes-no and declarative wh-questions
# (not `qh`, rhetorical; `bh`, backchannel in question form; `br`, signal-non-understanding; `^g`, tag question).
QUESTION_ACTS = frozenset({"qy", "qw", "qo", "qrr", "qy^d", "qw^d"})
SCREEN_UTTERANCES = 10  # a call with fewer utterances that use a SCREEN_WORDS word is on another topic
# An annotator's note that SwDA writes into an utterance, from a `*` to its end ("*listen", "*typo your you're").
NOTE = re.compile(r"\s*\*.*$")
CITED_SWDA = re.compile(r"\bSwDA\s+((?:train|val|test)\s+\d+\.\d+)")
SWDA_SOURCE = "SwDA"  # its name in citations and in the ranked output


@dataclass(frozen=True)
class Message:
    id: int  # its `message_id`, as the data gives it (from 0)
    worker: bool  # the worker's message (else the system's)
    text: str


@dataclass(frozen=True)
class DuoQuestion:
    dialogue: str  # its `dialogue_id`, as the data gives it
    messages: tuple[Message, ...]
    index: int  # the question's place among the messages, from 0

    @property
    def text(self) -> str:
        return self.messages[self.index].text

    @property
    def cited(self) -> str:
        """The question as the probe comments cite it, less the source."""
        return f"wow {self.dialogue}.{self.messages[self.index].id}"


def duo_questions() -> list[DuoQuestion]:
    """The worker's questions in the screen conversations of the stored DUO files, in dialogue order and message
    order (only each conversation's `dialogue_id` and each message's `message_id`, `speaker` and `message` are
    read)."""
    found: list[DuoQuestion] = []
    names = (DUO_FILE.match(name) for name in stored_in_folder(DUO, DUO_COMMIT, DUO_FOLDER))
    for number in sorted(name.group(1) for name in names if name):
        item = json.loads(git_text(DUO, f"{DUO_FOLDER}{number}.json", DUO_COMMIT))
        messages = tuple(
            Message(said["message_id"], said["speaker"] == DUO_WORKER, one_line(said["message"]))
            for said in item["dialogue"]
        )
        if sum(1 for said in messages if SCREEN_WORDS.search(said.text)) < DUO_SCREEN_MESSAGES:
            continue
        found.extend(
            DuoQuestion(item["dialogue_id"], messages, index)
            for index, said in enumerate(messages)
            if said.worker and asks(said.text)
        )
    return found


def duo_with_context(question: DuoQuestion) -> Candidate:
    """A candidate with the system's message just before it and the same conversation's later questions (at most
    FOLLOW_UPS)."""
    messages, index = question.messages, question.index
    before = (f"before {messages[index - 1].id}: {messages[index - 1].text}",) if index else ()
    later = tuple(
        f"message {said.id}: {said.text}" for said in messages[index + 1 :] if said.worker and asks(said.text)
    )
    return Candidate(DUO_SOURCE, question.cited, question.text, before + later[:FOLLOW_UPS])


def duo(skip: Cited) -> list[Candidate]:
    kept = first_unseen(
        duo_questions(),
        lambda question: question.text,
        lambda question: question.cited in skip.ids[DUO_SOURCE] or normalised(question.text) in skip.texts,
    )
    return [duo_with_context(question) for question in kept]


@dataclass(frozen=True)
class Utterance:
    speaker: str  # A or B
    text: str
    act: str  # the SwDA dialogue-act tag, as the copy gives it


@dataclass(frozen=True)
class SwdaQuestion:
    split: str
    conversation: int  # Switchboard's number: the file's name
    utterances: tuple[Utterance, ...]
    index: int  # the question's place among the utterances, from 0 (its line less one)

    @property
    def text(self) -> str:
        return self.utterances[self.index].text

    def cited(self, index: int) -> str:
        """The call's utterance `index` (from 0) as the probe comments cite it, less the source."""
        return f"{self.split} {self.conversation}.{index + 1}"


def utterance(line: str) -> Utterance:
    """One line of a call's file: `<speaker>|<text>|<act>` (the text split off at the first and last bar), less any
    annotator's note."""
    speaker, _, rest = line.partition("|")
    text, _, act = rest.rpartition("|")
    return Utterance(speaker.strip(), one_line(NOTE.sub("", text)), act.strip())


def asked(said: Utterance) -> bool:
    return said.act in QUESTION_ACTS and bool(said.text)


def call_questions(split: str, number: int, utterances: tuple[Utterance, ...]) -> list[SwdaQuestion]:
    """The questions of one call about films, TV, books or music, from its first utterance with a SCREEN_WORDS word
    on; none when fewer than SCREEN_UTTERANCES of its utterances use one."""
    screen = [index for index, said in enumerate(utterances) if SCREEN_WORDS.search(said.text)]
    if len(screen) < SCREEN_UTTERANCES:
        return []
    return [
        SwdaQuestion(split, number, utterances, index)
        for index in range(screen[0], len(utterances))
        if asked(utterances[index])
    ]


def swda_questions() -> list[SwdaQuestion]:
    """The questions of the screen calls of the stored SwDA files, in SWDA_SPLITS order, call number order and line
    order (only each utterance's speaker, text and act tag are read)."""
    found: list[SwdaQuestion] = []
    for split in SWDA_SPLITS:
        folder = f"{SWDA_FOLDER}{split}/"
        names = (SWDA_FILE.match(name) for name in stored_in_folder(SWDA, SWDA_COMMIT, folder))
        for number in sorted(int(name.group(1)) for name in names if name):
            lines = git_text(SWDA, f"{folder}{number}.txt", SWDA_COMMIT).splitlines()
            found.extend(call_questions(split, number, tuple(utterance(line) for line in lines if line)))
    return found


def said_by(utterances: tuple[Utterance, ...], index: int) -> str:
    return f"{utterances[index].speaker}: {utterances[index].text}"


def swda_with_context(question: SwdaQuestion) -> Candidate:
    """A candidate with the utterances said just before it (at most BEFORE) and the same call's later questions (at
    most FOLLOW_UPS)."""
    utterances, index = question.utterances, question.index
    before = tuple(
        f"before {other + 1}: {said_by(utterances, other)}" for other in range(max(0, index - BEFORE), index)
    )
    later = tuple(
        f"line {other + 1}: {said_by(utterances, other)}"
        for other in range(index + 1, len(utterances))
        if asked(utterances[other])
    )
    return Candidate(SWDA_SOURCE, question.cited(index), question.text, before + later[:FOLLOW_UPS])


def swda(skip: Cited) -> list[Candidate]:
    kept = first_unseen(
        swda_questions(),
        lambda question: question.text,
        lambda question: question.cited(question.index) in skip.ids[SWDA_SOURCE]
        or normalised(question.text) in skip.texts,
    )
    return [swda_with_context(question) for question in kept]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--duo", type=int, default=0, help="DUO candidates to print (0: the whole pool)")
    parser.add_argument("--swda", type=int, default=0, help="SwDA candidates to print (0: the whole pool)")
    args = parser.parse_args()
    skip = cited_earlier(OWN_FILE, {DUO_SOURCE: CITED_DUO, SWDA_SOURCE: CITED_SWDA}, asks=True)
    # Only how much the earlier probe files hold is printed, never what they cite or quote.
    cited = ", ".join(f"{len(found)} {source} citations" for source, found in skip.ids.items())
    print(f"# earlier probe files: {cited}, {len(skip.texts)} quoted or asked texts (left out)")
    pools = ((DUO_SOURCE, duo(skip), args.duo), (SWDA_SOURCE, swda(skip), args.swda))
    print_quietly(tuple((source, pool, count or len(pool)) for source, pool, count in pools), SEED)


if __name__ == "__main__":
    main()
