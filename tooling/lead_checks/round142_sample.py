"""The lead's round-142 check set: a seeded random sample of the chat messages that real viewers typed into the live
chat of four Twitch streams in June 2017 (short, slangy, full of Twitch emotes), keeping those that ask, each with the
later-ranked asking messages of the same stream's chat.

Reads one dataset from its mirror on this machine (`git show <commit>:<path>`, nothing is downloaded):

- Twitch chat logs that Chris Langhout, Chak Shun Yu and Mark Pasterkamp gathered for "Twitch categories", a student
  project that classifies Twitch streams into genres by their chat (clanghout/twitch-classification; no paper): the
  messages of four channels' live chats (#enviosity and #shenryyr, "chill"; #totalbiscuit, "variety"; #gamej06,
  "speedrunning"), logged from Twitch's IRC chat with an existing logger (bernardopires/twitch-chat-logger, named in
  the project's first README) for two hours on 19 June 2017 (18:55-20:55 UTC) and exported from its database into one
  CSV file. Read at commit d6209e9 (d6209e93b874b45439b8a8dd063b89998e5130fa, 2017-07-05, its newest; the file entered
  in 7b7dbdb, 2017-07-05): data/data.csv (5,293 messages, 443 kB), present (a real blob, not an LFS pointer). Each row
  is genre, channel, sender, date (Unix milliseconds), message; only the genre, channel and message are read, and the
  sender only to leave out the bots, never printed. The messages are kept as typed, their emotes (Kappa, LUL, 4Head,
  monkaS, the channels' own), casing, spelling and spacing. Licence: none stated (the repository has no licence file;
  its README states none); the messages are the viewers' own, typed into public chats. Cited as `TwitchChat <row>`
  (the message's row in the file, from 1 after the header).

Pool: the messages (in file order) that hold a sentence ending in "?" (mirrors.asks), at most MAX_CHARS characters
long, that are not a chat command (opening with "!") and not typed by one of the channels' bots (BOTS below: command
replies, subscription notices, quotes). Most of them are about the stream, the game being played or the streamer; they
come with the rest of the sample. A text repeated (compared without case or punctuation) is kept once, at its first
place; messages an earlier probe file cites, quotes or asks are left out (counts only are printed).

Each candidate prints the later-ranked candidates typed into the same stream's chat (its kind is `stream <channel>`),
with their ranks in the seeded order, at most FOLLOW_UPS: a live chat is one running conversation of its viewers, so
the probe file makes those of them that can be adapted follow-ups of the candidate, with the names changed the same
way.

    python -m tooling.lead_checks.round142_sample
"""

from __future__ import annotations

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
    git_text,
    one_line,
    print_left_out,
    print_quietly,
    ranked_with_later_of_kind,
    unseen,
)

SEED = 142
FOLLOW_UPS = 3
MAX_CHARS = 200
OWN_FILE = "probes_round142_lead_check.yml"
SOURCE = "TwitchChat"  # its name in citations and in the ranked output

TWITCH = MIRRORS / "clanghout+twitch-classification" / "repo"
# The commit read (the repository's newest when mirrored).
TWITCH_COMMIT = "d6209e93b874b45439b8a8dd063b89998e5130fa"
CHAT_LOG = "data/data.csv"
# The channels' bots: their messages are command replies, subscription notices and saved quotes, not viewers' words.
BOTS = frozenset({"nightbot", "moobot", "shen_chair_bot", "automaticrobot"})
CITED_TWITCH = re.compile(r"\bTwitchChat\s+(\d+)\b")


@dataclass(frozen=True)
class Message:
    row: int  # the message's row in the file, from 1 after the header
    genre: str  # the stream's genre, as the project labelled it
    channel: str  # the stream's channel, "#<name>"
    text: str  # the message, as typed

    @property
    def kind(self) -> str:
        return f"stream {self.channel}"


def messages() -> list[Message]:
    """The viewers' asking messages, at most MAX_CHARS long, in file order (the sender is read only to leave out the
    bots)."""
    rows = csv.DictReader(io.StringIO(git_text(TWITCH, CHAT_LOG, TWITCH_COMMIT)))
    found: list[Message] = []
    for number, fields in enumerate(rows, 1):
        text = one_line(fields["message"] or "")
        if fields["sender"] in BOTS or text.startswith("!") or len(text) > MAX_CHARS or not asks(text):
            continue
        found.append(Message(number, fields["genre"], fields["channel"], text))
    return found


def where(message: Message) -> str:
    return f"{SOURCE} {message.row} ({message.genre}, {message.kind})"


def pool(skip: Cited) -> tuple[list[Candidate], int]:
    """The pool, each candidate with its same-stream later candidates, and how many of the pool's messages an earlier
    probe file cites, quotes or asks."""
    kept, seen = unseen(messages(), lambda message: str(message.row), lambda message: message.text, skip, SOURCE)
    return ranked_with_later_of_kind(kept, SOURCE, where, SEED, FOLLOW_UPS), seen


def main() -> None:
    skip = cited_earlier(OWN_FILE, {SOURCE: CITED_TWITCH}, asks=True)
    found, seen = pool(skip)
    print_left_out(((SOURCE, seen),), unit="messages")
    print_quietly(((SOURCE, found, len(found)),), SEED)


if __name__ == "__main__":
    main()
