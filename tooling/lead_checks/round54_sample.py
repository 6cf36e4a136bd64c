"""The lead's round-54 check set: a seeded random sample of the questions that people typed while chatting freely
with a chatbot (Meena or Mitsuku) or with another person, in the conversations Google released with the Meena paper,
about films, TV, actors, books or music, each with the same conversation's later questions.

Reads two copies of one release from their mirrors on this machine (`git show <commit>:<path>`, nothing is
downloaded):

- The Meena release (Daniel Adiwardana, Minh-Thang Luong, David R. So, Jamie Hall, Noah Fiedel, Romal Thoppilan, Zi
  Yang, Apoorv Kulshreshtha, Gaurav Nemade, Yifeng Lu and Quoc V. Le, "Towards a Human-like Open-Domain Chatbot",
  arXiv 2001.09977, 2020): the conversations of the paper's interactive evaluation, in which people chatted freely
  with a chatbot, each conversation opened with "Hi!" and then typed as they liked ("do you have a recommendation on
  what to watch on Netflix?", "what genre of movie are they in?", "in which movie?"). Google publishes them in
  google-research/google-research under meena/ (meena.txt, mitsuku.txt, xiaoice.txt, human.txt); that repository's
  snapshot is over the 1 GiB mark and cannot be brought here, so the people's conversations with Meena are read from
  the verbatim copy in Bluehatcoders/Google-Meena-Conversation at commit a3b5611 (2020-11-17, its newest; meena.txt
  entered in f2be5af, 2020-10-29, and is unchanged since; 93 conversations, the same text as google-research's
  meena/meena.txt). Each conversation is a "Meena Conversation <n>" line and then its turns, "Human: <text>" or
  "Meena: <text>"; only the Human turns are candidates. Licence: Apache-2.0 (google-research's LICENSE, which covers
  meena/); the copy carries no licence of its own. Cited as `Meena <conversation>.<turn>` (the conversation's number
  as the file gives it, the turn its place in the conversation, counted from 1).
- The same release's conversations with Mitsuku and between two people, as FED carries them (Shikib Mehri and Maxine
  Eskenazi, "Unsupervised Evaluation of Interactive Dialog with DialoGPT", SIGDIAL 2020: 125 of the release's
  conversations, 40 with Meena, 44 with Mitsuku and 41 between people, annotated for quality). Read from the copy of
  FED's fed_data.json in DSincerity/FED_Replication at commit f0a9a67 (2022-01-11, its newest; the file entered in
  349fa42, 2022-01-11, and is unchanged since), present. It is one JSON list of 500 items: the 375 turn-level ones
  (with a `response`) are slices of the same conversations and are not read; of the 125 conversation-level ones only
  the `context` (the turns, one a line, "User: <text>" or "System: <text>") and the `system` (Meena, Mitsuku or Human)
  are read, never the quality annotations. The 40 Meena conversations are left out (meena.txt holds them); in a
  Mitsuku conversation only the User turns are candidates, in a Human one both sides' turns (both are people). The
  copy's repository carries no licence; the conversations are Google's Apache-2.0 release. Cited as `FED <item>.<turn>`
  (the item its place in the file, the turn its place in the conversation, both counted from 1).

Both: runs of whitespace are read as one space; casing, spelling and typos are kept as typed.

Pool: the questions of the conversations about films, TV, actors, books or music: those one of whose turns uses a
SCREEN_WORDS word (below). A question is a people's turn that holds a sentence ending in "?"; it is taken whole.
Every such question from the conversation's first turn with a SCREEN_WORDS word on (said by either side) is a
candidate. A candidate repeated (compared without case or punctuation) is kept once, at its first place; the pool is
meena.txt's conversations in file order, then FED's in file order. Each candidate prints the turn said just before it
("before <turn>: <text>") and the same conversation's later questions of people ("turn <n>: <text>"), at most
FOLLOW_UPS: the probe file makes those that can be adapted follow-ups of the candidate, as round 48 did.

Questions that any tests/nlu/probes*.yml already cites (by a `Meena <conversation>.<turn>` or `FED <item>.<turn>`
citation), quotes or asks word for word are left out; only how many is printed. The pool is shuffled with a fixed
seed and printed in that order. The probe file tests/nlu/probes_round54_lead_check.yml takes the candidates in this
order, skipping only those that cannot be adapted to a question about this single film (its header says which ranks
were skipped and why).

    python -m tooling.lead_checks.round54_sample [--meena N]
"""

from __future__ import annotations

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
    one_source_main,
    print_left_out,
)

SEED = 54
FOLLOW_UPS = 8  # later questions printed with a candidate, at most
OWN_FILE = "probes_round54_lead_check.yml"
SOURCE = "Meena"  # the release's name in the ranked output

MEENA = MIRRORS / "Bluehatcoders+Google-Meena-Conversation" / "repo"
# The commit read (the repository's newest when mirrored; meena.txt is unchanged since f2be5af).
MEENA_COMMIT = "a3b5611b552a29de99cc3d9687143be96d7b9d0b"
MEENA_FILE = "meena.txt"
MEENA_HEAD = re.compile(r"^Meena Conversation (\d+)\s*$")
MEENA_TURN = re.compile(r"^(Human|Meena):\s?(.*)$")

FED = MIRRORS / "DSincerity+FED_Replication" / "repo"
# The commit read (the repository's newest when mirrored; fed_data.json is unchanged since 349fa42).
FED_COMMIT = "f0a9a675ffcd134e9cb606c46afc8e0c7ad31ba4"
FED_FILE = "fed_data.json"
FED_TURN = re.compile(r"^(User|System):\s?(.*)$")
# The conversations read, with the speakers who are people (Meena's are left out: meena.txt holds them).
FED_PEOPLE = {"Mitsuku": ("User",), "Human": ("User", "System")}

# Film, TV, actor, book and music words as people chatting use them; "show" only as a programme, "book" not as the
# verb, "watch" only of a screen ("watch something", "watch a movie", not "watch out"), "series" not as "a series of".
SCREEN_WORDS = re.compile(
    r"\b(?:movies?|films?|cinemas?|theat(?:er|re)s?|actors?|actress(?:es)?|acting|starr(?:ed|ing)|characters?|"
    r"directors?|directed|sequels?|episodes?|seasons?|series(?! of)|tv|television|netflix|hulu|hbo|disney|"
    r"trailers?|sitcoms?|cartoons?|anime|hollywood|oscars?|documentar(?:y|ies)|marvel|"
    r"(?:tv|talk|game|reality|favou?rite|the|that|this|a) shows?|shows? (?:on|about)|"
    r"watch(?:ed|ing|es)? (?:something|anything|it|that|this|the|a|an|them|those|movies?|films?|tv)|"
    r"novels?|novelists?|books?(?! (?:a|an|the|me|us|it|you|him|her|them|tickets?|seats?|rooms?|tables?|flights?|"
    r"trips?|in|for|now|up)\b)|authors?|writers?|genres?|fiction|poems?|poets?|poetry|reading|comics?|manga|"
    r"songs?|singers?|singing|sang|bands?|albums?|music|musicians?|musicals?|lyrics|soundtracks?|concerts?|"
    r"rappers?|comed(?:y|ies)|thrillers?|dramas?|horror|romance|romantic|operas?)\b",
    re.IGNORECASE,
)
CITED_MEENA = re.compile(r"\bMeena\s+(\d+\.\d+)\b")
CITED_FED = re.compile(r"\bFED\s+(\d+\.\d+)\b")


@dataclass(frozen=True)
class Question:
    source: str  # "Meena" or "FED", as cited
    conversation: int  # meena.txt's conversation number, or the FED item's place in the file
    turns: tuple[tuple[str, str], ...]  # the conversation's (speaker, text), in order
    people: tuple[str, ...]  # the speakers who are people
    index: int  # the question's place among the turns, from 0

    @property
    def text(self) -> str:
        return self.turns[self.index][1]

    def cited(self, index: int) -> str:
        """Turn `index` (from 0) as the probe comments cite it."""
        return f"{self.source} {self.conversation}.{index + 1}"

    def asked_by_people(self, index: int) -> bool:
        speaker, text = self.turns[index]
        return speaker in self.people and asks(text)


def conversation_questions(
    source: str, number: int, turns: tuple[tuple[str, str], ...], people: tuple[str, ...]
) -> list[Question]:
    """The people's questions of one conversation from its first turn with a SCREEN_WORDS word on."""
    first = next((index for index, (_, text) in enumerate(turns) if SCREEN_WORDS.search(text)), len(turns))
    every = (Question(source, number, turns, people, index) for index in range(first, len(turns)))
    return [question for question in every if question.asked_by_people(question.index)]


def split_turns(lines: list[str], pattern: re.Pattern[str]) -> tuple[tuple[str, str], ...]:
    """A conversation's (speaker, text) turns; a line no speaker opens continues the turn before it."""
    turns: list[list[str]] = []
    for line in lines:
        opened = pattern.match(line)
        if opened:
            turns.append([opened.group(1), opened.group(2)])
        elif turns and line.strip():
            turns[-1][1] += " " + line
    return tuple((speaker, one_line(text)) for speaker, text in turns if one_line(text))


def meena_questions() -> list[Question]:
    """The Human questions of meena.txt's screen conversations, in file and turn order."""
    conversations: list[tuple[int, list[str]]] = []
    for line in git_text(MEENA, MEENA_FILE, MEENA_COMMIT).splitlines():
        head = MEENA_HEAD.match(line)
        if head:
            conversations.append((int(head.group(1)), []))
        elif conversations:
            conversations[-1][1].append(line)
    found: list[Question] = []
    for number, lines in conversations:
        found.extend(conversation_questions("Meena", number, split_turns(lines, MEENA_TURN), ("Human",)))
    return found


def fed_questions() -> list[Question]:
    """The people's questions of FED's Mitsuku and Human screen conversations, in file and turn order (only the
    conversation-level items' `context` and `system` are read)."""
    found: list[Question] = []
    for number, item in enumerate(json.loads(git_text(FED, FED_FILE, FED_COMMIT)), 1):
        people = FED_PEOPLE.get(item.get("system", ""))
        if "response" in item or not people:
            continue
        found.extend(conversation_questions("FED", number, split_turns(item["context"].splitlines(), FED_TURN), people))
    return found


def with_context(question: Question) -> Candidate:
    """A candidate with the turn said just before it and the same conversation's later questions of people (at most
    FOLLOW_UPS)."""
    turns, index = question.turns, question.index
    before = (f"before {index}: {turns[index - 1][0]}: {turns[index - 1][1]}",) if index else ()
    later = tuple(
        f"turn {other + 1}: {turns[other][1]}"
        for other in range(index + 1, len(turns))
        if question.asked_by_people(other)
    )
    return Candidate(SOURCE, question.cited(index), question.text, before + later[:FOLLOW_UPS])


def pool() -> list[Candidate]:
    """The pool, after printing how many of its questions an earlier probe file cites, quotes or asks."""
    skip: Cited = cited_earlier(OWN_FILE, {"Meena": CITED_MEENA, "FED": CITED_FED}, asks=True)
    every = meena_questions() + fed_questions()
    seen = {
        question
        for question in every
        if f"{question.conversation}.{question.index + 1}" in skip.ids[question.source]
        or normalised(question.text) in skip.texts
    }
    kept = first_unseen(every, lambda question: question.text, lambda question: question in seen)
    print_left_out(((SOURCE, len(seen)),))
    return [with_context(question) for question in kept]


def main() -> None:
    one_source_main(__doc__.splitlines()[0], SOURCE, pool, SEED)


if __name__ == "__main__":
    main()
