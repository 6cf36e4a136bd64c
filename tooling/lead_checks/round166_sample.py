"""The lead's round-166 check set: a seeded random sample of the questions that crowd workers typed in their own words
in ESConv, the Emotional Support Conversation dataset (one worker seeking support, the other giving it, chatting
freely about the seeker's life), keeping those that ask about films, TV, books, music or what someone watched, read or
listened to, each with the later questions of the same conversation.

Reads one dataset from its mirror on this machine (`git show <commit>:<path>`, nothing is downloaded):

- ESConv (Siyang Liu, Chujie Zheng, Orianna Demasi, Sahand Sabour, Yu Li, Zhou Yu, Yong Jiang and Minlie Huang,
  "Towards Emotional Support Dialog Systems", ACL 2021): chats between two Amazon Mechanical Turk workers, a
  help-seeker and a supporter, each typing freely (the supporter also tags a strategy). Read from the authors'
  repository thu-coai/Emotional-Support-Conversation at commit f262d06 (f262d062ad74cb39b17ea476facc81568ddcba24,
  2024-06-19, its newest when mirrored): FailedESConv.json (196 conversations dropped from the corpus by the authors'
  quality rule and released in 2024-05; 912 kB) and the dev and test splits the authors' code trains on,
  codes/dataset/devWithStrategy_short.tsv and testWithStrategy_short.tsv (1.5 MB each: one line per supporter turn,
  the turn after up to four turns of its conversation, each turn as "<label> <role> <turn> <text>", joined by " EOS ";
  role 0 is the seeker, 1 the supporter, whose text starts with its "[strategy]" tag, which is not read). All three are
  present (no LFS pointer; the mirror lists them with their sizes). ESConv.json itself and the train split
  (trainWithStrategy_short.tsv) are absent blobs in the mirror and are not read. Licence: CC BY-NC 4.0 (the
  repository's LICENSE); the README adds "Data and codes are for academic research use only". Cited as
  `ESConv <file> <conversation> <turn>`: failed <n> is the n-th conversation of FailedESConv.json (from 0), dev <n> and
  test <n> the n-th conversation rebuilt from its split's lines (from 0: a line whose turn number is not above the
  previous line's starts a new conversation), and the turn its number in the conversation (from 0).

Pool: the turns (in the order failed, dev, test; each conversation in turn order) that ask (hold a sentence ending in
"?") and use a film, TV, book, music, actor or watching word (ENTERTAINMENT below); the filter also lets in turns where
such a word has another sense ("show him", "read my description", "listen to you"); they come with the rest of the
sample. A text repeated (compared without case or punctuation) is kept once, at its first place; turns an earlier
probe file cites, quotes or asks are left out (counts only are printed).

Each candidate prints the later asking turns of its own conversation (whoever typed them), at most FOLLOW_UPS, as
"turn <n> (<role>): <text>": the probe file makes those of them that can be adapted follow-ups of the candidate, so
that a conversation keeps the workers' own order.

    python -m tooling.lead_checks.round166_sample
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
    git_text,
    one_line,
    print_left_out,
    print_quietly,
    stored_files,
    unseen,
)

SEED = 166
FOLLOW_UPS = 3
OWN_FILE = "probes_round166_lead_check.yml"
SOURCE = "ESConv"  # its name in citations and in the ranked output

ESCONV = MIRRORS / "thu-coai+Emotional-Support-Conversation" / "repo"
# The commit read (the repository's newest when mirrored).
ESCONV_COMMIT = "f262d062ad74cb39b17ea476facc81568ddcba24"
FAILED = "FailedESConv.json"
SPLITS = (("dev", "codes/dataset/devWithStrategy_short.tsv"), ("test", "codes/dataset/testWithStrategy_short.tsv"))
ROLES = {"speaker": "seeker", "listener": "supporter", "0": "seeker", "1": "supporter"}
STRATEGY = re.compile(r"^\[[^\]]*\]\s*")

# Film, TV, book, music, actor and watching words, as the workers write them.
ENTERTAINMENT = re.compile(
    r"\b(?:movies?|films?|cinemas?|theat(?:er|re)s?|netflix|hulu|prime video|youtube|tv|television|shows?|series|"
    r"episodes?|seasons?|actors?|actress(?:es)?|stars?|books?|novels?|authors?|writers?|read(?:ing|s)?|music|songs?|"
    r"singers?|bands?|albums?|concerts?|watch(?:ed|es|ing)?|listen(?:ed|ing|s)?|anime|cartoons?|documentar(?:y|ies))\b",
    re.IGNORECASE,
)
CITED_ESCONV = re.compile(r"\bESConv\s+(failed|dev|test)\s+(\d+)\s+(\d+)\b")


@dataclass(frozen=True)
class Turn:
    part: str  # failed, dev or test
    conversation: int  # from 0
    turn: int  # from 0
    role: str  # seeker or supporter
    text: str

    @property
    def cited(self) -> tuple[str, str, str]:
        return (self.part, str(self.conversation), str(self.turn))


def failed_conversations() -> list[list[Turn]]:
    """FailedESConv.json's conversations, each a list of its turns."""
    found: list[list[Turn]] = []
    for number, conversation in enumerate(json.loads(git_text(ESCONV, FAILED, ESCONV_COMMIT))):
        turns = [
            Turn("failed", number, index, ROLES.get(str(turn.get("speaker")), "?"), one_line(str(turn.get("content"))))
            for index, turn in enumerate(conversation.get("dialog", []))
        ]
        found.append(turns)
    return found


def split_conversations(part: str, path: str) -> list[list[Turn]]:
    """A split's conversations rebuilt from its lines: every turn a line shows (its last one or one of its context),
    at its number; a line whose last turn number is not above the previous line's starts a new conversation."""
    rebuilt: list[dict[int, tuple[str, str]]] = []
    last = -1
    for line in git_text(ESCONV, path, ESCONV_COMMIT).splitlines():
        fields = [segment.split(None, 3) for segment in line.split(" EOS ")]
        fields = [field for field in fields if len(field) == 4 and field[2].isdigit()]
        if not fields:
            continue
        number = int(fields[-1][2])
        if not rebuilt or number <= last:
            rebuilt.append({})
        last = number
        for _, role, index, text in fields:
            rebuilt[-1][int(index)] = (ROLES.get(role, "?"), one_line(STRATEGY.sub("", text)))
    return [
        [Turn(part, conversation, index, *turns[index]) for index in sorted(turns)]
        for conversation, turns in enumerate(rebuilt)
    ]


def conversations() -> list[list[Turn]]:
    """The stored files' conversations, failed first, then dev and test (a file the mirror lacks gives none)."""
    stored = set(stored_files(ESCONV, r"(?:^FailedESConv\.json|WithStrategy_short\.tsv)$"))
    found = failed_conversations() if FAILED in stored else []
    for part, path in SPLITS:
        if path in stored:
            found.extend(split_conversations(part, path))
    return found


def where(turn: Turn) -> str:
    return f"{SOURCE} {turn.part} {turn.conversation} {turn.turn} ({turn.role})"


def pool(skip: Cited) -> tuple[list[Candidate], int]:
    """The pool, each candidate with its conversation's later asking turns, and how many of the pool's turns an
    earlier probe file cites, quotes or asks."""
    every: list[Turn] = []
    later: dict[tuple[str, str, str], tuple[str, ...]] = {}
    for turns in conversations():
        asking = [turn for turn in turns if asks(turn.text)]
        for position, turn in enumerate(asking):
            if ENTERTAINMENT.search(turn.text):
                every.append(turn)
                later[turn.cited] = tuple(
                    f"turn {after.turn} ({after.role}): {after.text}" for after in asking[position + 1 :][:FOLLOW_UPS]
                )
    kept, seen = unseen(every, lambda turn: turn.cited, lambda turn: turn.text, skip, SOURCE)
    return [Candidate(SOURCE, where(turn), turn.text, later[turn.cited]) for turn in kept], seen


def main() -> None:
    skip = cited_earlier(OWN_FILE, {SOURCE: CITED_ESCONV}, asks=True)
    found, seen = pool(skip)
    print_left_out(((SOURCE, seen),), unit="turns")
    print_quietly(((SOURCE, found, len(found)),), SEED)


if __name__ == "__main__":
    main()
