"""The lead's round-140 check set: a seeded random sample of the questions that Japanese people typed to each other in
the text chats the authors of 『Pythonでつくる対話システム』 collected and released with the book, each with the
same chat's later questions.

Reads one dataset from its mirror on this machine (`git show <commit>:<path>`, nothing is downloaded):

- 『Pythonでつくる対話システム』 (Ryuichiro Higashinaka (東中竜一郎), Michimasa Inaba (稲葉通将) and Masahiro Mizukami
  (水上雅博), Ohmsha (オーム社), 2020): the book's data, dialogue_pairs.txt, text chats between two people who typed to
  each other in their own words, in Japanese ("最近はまっていることなどはありますか？", "朝ドラでしょうか。"), as the
  example-based chat system of the book's chapter 4 uses them. Read from the book's repository dsbook/dsbook at commit
  03dd39a (03dd39ae7a0279c9041514cbf0d32b263652869f, 2023-06-14, its newest; the file entered in 0147eb9, 2020-01-20),
  present (2.0 MB, a real blob, not an LFS pointer). The file holds each chat as the pairs of its consecutive messages,
  one pair a line ("<message>\t<next message>"): a chat is a run of lines whose first message is the previous line's
  second one, and a line that does not continue the previous one opens the next chat. Only the chats' text is read;
  the repository's dialogue_data.zip (chats with a system, for breakdown detection) is not read. The messages are kept
  as typed, their spelling, punctuation and emoticons. Licence: MIT (the repository's LICENSE, "Copyright (c) 2019
  dsbook"); the README asks users of its data to cite the book. Cited as `DSBook <chat> <turn>` (the chat's place in
  the file and the message's place in the chat, both from 1).

Pool: the messages of every chat (in file order) that ask (hold "？" or "?") and are at most MAX_CHARS characters
long. A text repeated (compared without case or punctuation: the chats' greetings and stock openers) is kept once, at
its first place; messages an earlier probe file cites, quotes or asks are left out (counts only are printed).

Each candidate prints the same chat's later asking messages ("turn <n>: <text>"), at most FOLLOW_UPS: the probe file
makes those of them that can be adapted follow-ups of the candidate, with the names changed the same way, so that a
conversation stays with the one chat as the two people's did.

    python -m tooling.lead_checks.round140_sample
"""

from __future__ import annotations

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
    unseen,
)

SEED = 140
FOLLOW_UPS = 4
MAX_CHARS = 120
OWN_FILE = "probes_round140_lead_check.yml"
SOURCE = "DSBook"  # its name in citations and in the ranked output

DSBOOK = MIRRORS / "dsbook+dsbook" / "repo"
# The commit read (the repository's newest when mirrored).
DSBOOK_COMMIT = "03dd39ae7a0279c9041514cbf0d32b263652869f"
PAIRS = "dialogue_pairs.txt"
ASKS = re.compile(r"[？?]")
CITED_DSBOOK = re.compile(r"\bDSBook\s+(\d+\s+\d+)\b")


@dataclass(frozen=True)
class Message:
    chat: int  # the chat's place in the file, from 1
    turn: int  # the message's place in its chat, from 1
    text: str

    @property
    def cited(self) -> str:
        return f"{self.chat} {self.turn}"


def chats() -> list[list[str]]:
    """The file's chats, each the list of its messages in order: a line continues the chat when its first message is
    the previous line's second one."""
    found: list[list[str]] = []
    last = None
    for line in git_text(DSBOOK, PAIRS, DSBOOK_COMMIT).splitlines():
        first, tab, second = line.partition("\t")
        if not tab:
            continue
        if last is None or first != last:
            found.append([first])
        found[-1].append(second)
        last = second
    return found


def asking(every: list[list[str]]) -> list[Message]:
    """The chats' asking messages of at most MAX_CHARS characters, in file order."""
    return [
        Message(chat, turn, one_line(text))
        for chat, messages in enumerate(every, 1)
        for turn, text in enumerate(messages, 1)
        if one_line(text) and len(one_line(text)) <= MAX_CHARS and ASKS.search(text)
    ]


def where(message: Message) -> str:
    return f"{SOURCE} {message.cited}"


def pool(skip: Cited) -> tuple[list[Candidate], int]:
    """The pool, each candidate with its chat's later asking messages (of the pool), and how many of the asking
    messages an earlier probe file cites, quotes or asks."""
    kept, seen = unseen(asking(chats()), lambda found: found.cited, lambda found: found.text, skip, SOURCE)
    by_chat: dict[int, list[Message]] = {}
    for message in kept:
        by_chat.setdefault(message.chat, []).append(message)
    found = []
    for message in kept:
        later = [other for other in by_chat[message.chat] if other.turn > message.turn][:FOLLOW_UPS]
        follow_ups = tuple(f"turn {other.turn}: {other.text}" for other in later)
        found.append(Candidate(SOURCE, where(message), message.text, follow_ups))
    return found, seen


def main() -> None:
    skip = cited_earlier(OWN_FILE, {SOURCE: CITED_DSBOOK}, asks=True)
    found, seen = pool(skip)
    print(f"# {SOURCE}: {len(chats())} chats in {PAIRS} at {DSBOOK_COMMIT[:7]}")
    print_left_out(((SOURCE, seen),))
    print_quietly(((SOURCE, found, len(found)),), SEED)


if __name__ == "__main__":
    main()
