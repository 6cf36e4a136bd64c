"""The lead's round-53 check set: a seeded random sample of the questions that volunteers typed in the first
Conversational Intelligence Challenge (ConvAI, 2017), chatting with a bot or another person about a Wikipedia
paragraph, where the paragraph or the chat is about films, TV, actors, books or music, each with the same chat's later
questions by the same kind of person.

Reads one dataset from its mirror on this machine (`git show <commit>:<path>`, nothing is downloaded):

- ConvAI 2017 (Mikhail Burtsev, Varvara Logacheva, Valentin Malykh, Iulian Vlad Serban, Ryan Lowe, Shrimai
  Prabhumoye, Alan W Black, Alexander Rudnicky and Yoshua Bengio, "The First Conversational Intelligence Challenge",
  The NIPS '17 Competition, 2018): during the DeepHack Turing school-hackathon and the challenge's human evaluation
  round (23 to 29 July 2017), volunteers, through Telegram and Facebook Messenger, were paired at random with a bot
  submitted by a team or with another volunteer, both shown the same paragraph of a Wikipedia article (SQuAD's), and
  chatted about it ("What is the text about?", "who starred in that movie?", "Do you like this singer?"). Read from the
  organisers' repository deeppavlov/turing-data at commit 958dd67 (2017-11-03, its newest; the data files entered in
  2bee9da and e54541c, 2017-10-23, and are unchanged since): train_final.json (749 dialogues) and the five day files
  train_20170724.json to train_20170728.json (1,742 dialogues, none of them with a dialogId of train_final.json), all
  present. train_full.json and data_full_1501534800.json are absent blobs (one blob, over the 4 MiB limit); each
  test_*.json holds the same dialogues as the train file of its name, less the quality marks, and is not read; the
  tarball data_1501534800.tar.gz is not read. Only each dialogue's `dialogId`, `context` (the paragraph), `users` (who
  is a Human and who a Bot) and `thread` (its messages in order, each with the `userId` that sent it) are read, never
  the `evaluation` marks. Only the messages of Human users are candidates; a bot's messages are printed only as the
  turn before a question, when they are. Runs of whitespace are read as one space; casing, spelling and typos are kept
  as typed. Licence: Apache License 2.0 (the repository's LICENSE). Cited as `ConvAI 2017 <dialogId>.<turn>` (the
  dialogue's id as the data gives it, the turn its place in the thread, counted from 1).

Why this source: the brief's first suggestions were checked first. DuConv was found in no stored repository with its
data (lvyufeng/DuConv_mindspore holds a README and code only); NaturalConv's repository (naturalconv/NaturalConvDataSet)
holds a README only, its data given on request; ConvAI2's wild-evaluation dialogues (DeepPavlovAdmin/convai) are the
PersonaChat task, which an earlier check used; that repository's 2017/data/train_full.json is an absent blob, the same
blob as turing-data's, which is why the day files and train_final.json are read. ConvAI 2017 is a conversational set
no earlier sampler reads: real people's typed questions, many leaning on the turns before.

Pool: the Human users' questions of the dialogues about films, TV, actors, books or music: a dialogue is one when its
paragraph uses SCREEN_WORDS words (below) at least PARAGRAPH_HITS times, and then every Human question of it is a
candidate; otherwise its Human questions from the first Human message with such a word on are ("Do you like
movies?" in a chat about a river). A question is a message that holds a sentence ending in "?"; it is taken whole. A
dialogue repeated in two files (the same paragraph and messages) is read once, at its first place; a candidate
repeated (compared without case or punctuation) is kept once, at its first place. The filter lets in paragraphs on
other subjects that name a book, a song or a series twice (a capacitor, photographic film, monks) and the chat's
small talk ("How are you?", "Are you a bot?"); they come with the rest. Each candidate prints the start of its
paragraph ("paragraph: ...", what the question's names and pronouns point at), the message said just before it
("before <turn> (human|bot): <text>") and the same user's later questions in the dialogue ("turn <n>: <text>"), at
most FOLLOW_UPS: the probe file makes those of them that can be adapted follow-ups of the candidate, with the names
changed the same way.

Questions that any tests/nlu/probes*.yml already cites (by a `ConvAI 2017 <dialogId>.<turn>` citation), quotes or
asks word for word are left out; only how many is printed. The pool is shuffled with a fixed seed and printed in that
order. The probe file tests/nlu/probes_round53_lead_check.yml takes the candidates in this order, skipping only those
that cannot be adapted to a question about this single film (its header says which ranks were skipped).

    python -m tooling.lead_checks.round53_sample [--convai N]
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
    print_left_out,
    print_quietly,
    stored_in_folder,
)

SEED = 53
FOLLOW_UPS = 8  # a chat holds a few dozen messages at most; more later questions are not printed
PARAGRAPH_START = 300  # characters of the paragraph printed beside a candidate
OWN_FILE = "probes_round53_lead_check.yml"

CONVAI = MIRRORS / "deeppavlov+turing-data" / "repo"
# The commit read (the repository's newest when mirrored; the data files are unchanged since 2017-10-23).
CONVAI_COMMIT = "958dd6706a989cb3f06265f78a64b032cfdd7e7d"
# The files read, in this order (train_full.json is an absent blob; each test_*.json repeats its train file).
CONVAI_FILES = (
    "train_final.json",
    "train_20170724.json",
    "train_20170725.json",
    "train_20170726.json",
    "train_20170727.json",
    "train_20170728.json",
)
CONVAI_SOURCE = "ConvAI"  # its name in the ranked output; citations read `ConvAI 2017 <dialogId>.<turn>`

# Film, TV, actor, book and music words, as SQuAD's Wikipedia paragraphs and the volunteers use them: a paragraph is
# about films, TV, actors, books or music when it uses such words at least PARAGRAPH_HITS times (one "film" or "music"
# in passing does not make it one); a volunteer's message needs one. "film" is left out as photographic film (film
# speed, negative film), "series" kept only as a TV or book series, "band" only as a group of musicians.
SCREEN_WORDS = re.compile(
    r"\b(?:movies?|films?(?! (?:speed|stock|format|grain|base|camera)s?\b)|filmed|filming|cinemas?|actors?|"
    r"actress(?:es)?|starr(?:ed|ing)|co-starr(?:ed|ing)|directed|director|screenplays?|screenwriters?|sequels?|"
    r"episodes?|sitcoms?|(?:tv|television|book|drama|anime|comic) series|cartoons?|anime|hollywood|oscars?|"
    r"academy awards?|golden globes?|box office|documentar(?:y|ies)|(?:tv|talk|game|reality) shows?|novels?|"
    r"novelists?|books?(?! (?:a|an|the|me|us|it|you|tickets?|seats?|rooms?|tables?|flights?|in|for|now|up)\b)|"
    r"authors?|poems?|poets?|comics?|manga|songs?|songwriters?|singers?|sang|albums?|(?:rock|pop|boy|his|her|the) "
    r"bands?|musicians?|musicals?|lyrics|soundtracks?|composers?|concerts?|rappers?|grammys?|billboard|"
    r"hit singles?|record label|tours?)\b",
    re.IGNORECASE,
)
PARAGRAPH_HITS = 2
CITED_CONVAI = re.compile(r"\bConvAI 2017\s+(-?\d+\.\d+)")


@dataclass(frozen=True)
class Message:
    user: str  # the thread's `userId` ("Alice" or "Bob")
    human: bool  # whether that user is a Human, not a Bot
    text: str


@dataclass(frozen=True)
class Question:
    dialogue: int  # the dialogue's `dialogId`
    paragraph: str  # its `context`
    messages: tuple[Message, ...]  # its thread, in order
    index: int  # the question's place in the thread, from 0

    @property
    def text(self) -> str:
        return self.messages[self.index].text

    def cited(self, index: int) -> str:
        """The dialogue's message `index` (from 0) as the probe comments cite it, less the source."""
        return f"{self.dialogue}.{index + 1}"


def dialogue_questions(item: dict) -> list[Question]:
    """The Human questions of one dialogue about films, TV, actors, books or music: all of them when its paragraph
    uses a SCREEN_WORDS word, else those from its first Human message with one on."""
    humans = {user["id"] for user in item["users"] if user["userType"] == "Human"}
    paragraph = one_line(item["context"])
    messages = tuple(
        Message(message["userId"], message["userId"] in humans, one_line(message["text"]))
        for message in item["thread"]
        if one_line(message["text"])
    )
    if len(SCREEN_WORDS.findall(paragraph)) >= PARAGRAPH_HITS:
        first = 0
    else:
        first = next(
            (index for index, message in enumerate(messages) if message.human and SCREEN_WORDS.search(message.text)),
            len(messages),
        )
    return [
        Question(int(item["dialogId"]), paragraph, messages, index)
        for index in range(first, len(messages))
        if messages[index].human and asks(messages[index].text)
    ]


def convai_questions() -> list[Question]:
    """The Human questions of the screen dialogues of the stored files, in CONVAI_FILES order, file order and thread
    order, each dialogue (its paragraph and messages) read once."""
    present = stored_in_folder(CONVAI, CONVAI_COMMIT, ".")
    found: list[Question] = []
    dialogues: set[tuple[str, tuple[str, ...]]] = set()
    for name in CONVAI_FILES:
        if name not in present:
            continue
        for item in json.loads(git_text(CONVAI, name, CONVAI_COMMIT)):
            key = (item["context"], tuple(message["text"] for message in item["thread"]))
            if key in dialogues:
                continue
            dialogues.add(key)
            found.extend(dialogue_questions(item))
    return found


def with_context(question: Question) -> Candidate:
    """A candidate with the start of its paragraph, the message said just before it and the same user's later
    questions in the dialogue (at most FOLLOW_UPS)."""
    messages, index = question.messages, question.index
    paragraph = question.paragraph
    start = paragraph if len(paragraph) <= PARAGRAPH_START else paragraph[:PARAGRAPH_START] + " ..."
    shown = [f"paragraph: {start}"]
    if index:
        before = messages[index - 1]
        shown.append(f"before {index} ({'human' if before.human else 'bot'}): {before.text}")
    user = messages[index].user
    later = [
        f"turn {other + 1}: {messages[other].text}"
        for other in range(index + 1, len(messages))
        if messages[other].user == user and asks(messages[other].text)
    ]
    return Candidate(CONVAI_SOURCE, f"2017 {question.cited(index)}", question.text, (*shown, *later[:FOLLOW_UPS]))


def convai(skip: Cited) -> tuple[list[Candidate], int]:
    """The pool, and how many of its questions an earlier probe file cites, quotes or asks."""
    every = convai_questions()
    seen = {
        question
        for question in every
        if question.cited(question.index) in skip.ids[CONVAI_SOURCE] or normalised(question.text) in skip.texts
    }
    kept = first_unseen(every, lambda question: question.text, lambda question: question in seen)
    return [with_context(question) for question in kept], len(seen)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--convai", type=int, default=0, help="ConvAI candidates to print (0: the whole pool)")
    args = parser.parse_args()
    skip = cited_earlier(OWN_FILE, {CONVAI_SOURCE: CITED_CONVAI}, asks=True)
    pool, seen = convai(skip)
    print_left_out(((CONVAI_SOURCE, seen),))
    print_quietly(((CONVAI_SOURCE, pool, args.convai or len(pool)),), SEED)


if __name__ == "__main__":
    main()
