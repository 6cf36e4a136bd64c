"""The lead's round-50 check set: a seeded random sample of the messages that volunteers typed to an assistant in the
OpenAssistant Conversations (oasst1), each with the same thread's later messages of the volunteer, and of what users
asked IAI MovieBot, a conversational film recommender, each with the same dialogue's later requests.

Reads two datasets from their mirrors on this machine (`git show <commit>:<path>`, nothing is downloaded):

- OpenAssistant Conversations, oasst1 (Andreas Köpf, Yannic Kilcher, Dimitri von Rütte and others, "OpenAssistant
  Conversations: Democratizing Large Language Model Alignment", NeurIPS 2023 Datasets and Benchmarks): conversation
  trees written by volunteers, who typed both the user's messages ("prompter") and the assistant's replies, each tree
  starting from a user's first message and branching where several replies or follow-ups were written. The authors'
  files are on Hugging Face; this reads the copy of its English validation messages that TurkuNLP committed to
  TurkuNLP/oasst-fi (their Finnish translation) at commit f164a7d (2023-04-16, "Commit data from
  https://huggingface.co/datasets/OpenAssistant/oasst1"), unchanged at the repository's newest commit 45e9c46
  (2023-05-12): original-data/en-validation.jsonl (2,022 messages of 191 trees, one JSON object a line, the fields as
  oasst1 gives them), present (original-data/en-train.jsonl is an absent blob; the doc-in/ and doc-out/ files hold the
  training texts without their tree structure and are not read). Only each message's `message_id`, `parent_id`,
  `role`, `text` and `deleted` are read, never the ratings, labels or the assistant's texts; runs of whitespace are
  read as one space, casing, spelling and typos are kept as typed. Licence: Apache 2.0 (oasst1's licence, whose text
  the copy carries as original-data/LICENSE; the copy's README gives Apache 2.0 too). Cited as `oasst1 validation
  <id>` (the first 8 hex digits of the message's `message_id`).
- IAI MovieBot dialogues (Javeria Habib, Shuo Zhang and Krisztian Balog, "IAI MovieBot: A Conversational Movie
  Recommender System", CIKM 2020 demo; distributed with UserSimCRS, Nolwenn Bernard and Krisztian Balog): dialogues of
  users with IAI MovieBot v1, a film recommender that answers questions about the films it offers (its plot, director,
  cast, duration). Read from the UserSimCRS repository iai-group/UserSimCRS at commit 1e7d339 (2026-04-21, its newest
  when mirrored; the file entered in f5bfd46, 2024-10-01, and was last changed in 0edb47d, 2025-07-14):
  data/datasets/moviebot/annotated_dialogues.json (8 dialogues, 101 user messages), present. Only each dialogue's
  `conversation` (its messages in order, `participant` and `utterance`) is read, never the dialogue-act annotations.
  Licence: Apache 2.0 (the repository's LICENSE). Cited as `MovieBot <dialogue>.<turn>` (the dialogue its place in the
  file, the turn its place in the dialogue, both counted from 1, the bot's messages counted too).

Why these sources: the brief's second half of ideas was checked. Wizard of the Internet's dialogues were found in no
stored repository (ParlAI downloads them); Doc2Dial/MultiDoc2Dial, MSDialog and PRESTO are about government services,
technical support and assistant tasks, with no film talk; OR-QuAC is built on QuAC and CANARD; no stored copy of
WildChat, ShareGPT or Chatbot Arena conversations with a clear licence was found; the BYU chit-chat dataset's file is
an absent blob, and Anthropic's hh-rlhf holds only its harmless-base test file (its film questions are mostly requests
for actors' home addresses), not used. oasst1's English validation split is stored whole, with its trees; MovieBot's
few dialogues add users' own questions about films to a film bot. Together they give only a small check (16 turns):
oasst1's volunteers seldom ask about films, books or music.

oasst1 pool: the messages of the volunteer playing the user (`role` "prompter", not deleted) of at most MAX_CHARS
characters (longer ones paste in essays, code or lists to work on), each text once (compared without case or
punctuation), at its first place in file order. A message is a candidate whether or not it ends in "?": oasst1's users
mostly ask by request ("Tell me about ...", "Summarise the book ..."). Each prints the same thread's later user
messages ("later <id>: <text>"): the user messages among the message's descendants, depth first in file order, at
most FOLLOW_UPS; the probe file makes those that can be adapted follow-ups of the candidate, along one path of the
tree. A reply between them is not printed (the probe file's follow-ups lean on the conversation, as round 48's do).

MovieBot pool: the user messages, from the first one that names or asks about a film on (FILM_TALK below), that ask
something: a sentence ending in "?", or a request for a film's details (MOVIEBOT_ASKS: "tell me more", "what is the
plot", "director name", "duration"). Each prints the bot's turn just before it and the same dialogue's later such
messages.

Messages that any tests/nlu/probes*.yml already cites, quotes or asks word for word are left out; only how many is
printed. Each pool is shuffled with a fixed seed and printed in that order. The probe file
tests/nlu/probes_round50_lead_check.yml takes the candidates in this order, skipping only those that cannot be adapted
to a question about this single film (its header says which ranks were skipped).

    python -m tooling.lead_checks.round50_sample [--oasst1 N] [--moviebot N]
"""

from __future__ import annotations

import argparse
import json
import re
from collections import defaultdict
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

SEED = 50
FOLLOW_UPS = 6  # the thread's later user messages printed with a candidate, at most
MAX_CHARS = 400  # longer user messages paste in material to work on
OWN_FILE = "probes_round50_lead_check.yml"

OASST1 = MIRRORS / "TurkuNLP+oasst-fi" / "repo"
# The commit read (the repository's newest when mirrored; the file is unchanged since f164a7d).
OASST1_COMMIT = "45e9c4600eacf5844887e321ba3952befe9727dc"
OASST1_FOLDER = "original-data/"
OASST1_FILE = "en-validation.jsonl"  # en-train.jsonl is an absent blob
OASST1_SOURCE = "oasst1"
CITED_OASST1 = re.compile(r"\boasst1\s+(?:validation\s+)?([0-9a-f]{8})\b")

MOVIEBOT = MIRRORS / "iai-group+UserSimCRS" / "repo"
# The commit read (the repository's newest when mirrored).
MOVIEBOT_COMMIT = "1e7d3391f8accad3789239fed7cb8676174ef75e"
MOVIEBOT_FOLDER = "data/datasets/moviebot/"
MOVIEBOT_FILE = "annotated_dialogues.json"
MOVIEBOT_SOURCE = "MovieBot"
CITED_MOVIEBOT = re.compile(r"\bMovieBot\s+(\d+\.\d+)\b")
# A user message about a film: the bot's recommendation questions and the users' requests for details.
FILM_TALK = re.compile(r"\b(?:movies?|films?|plot|director|duration|actors?|cast|about it|more about)\b", re.IGNORECASE)
MOVIEBOT_ASKS = re.compile(
    r"\b(?:tell me (?:more|something)|what is (?:it|the plot)|plot|director|duration|actors?|cast|genre|rating|"
    r"released?|year)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Message:
    message_id: str
    parent_id: str | None
    text: str

    @property
    def short(self) -> str:
        return self.message_id[:8]


def oasst1_messages() -> tuple[list[Message], dict[str, list[str]], dict[str, str]]:
    """The user messages of the stored file in file order (not deleted, whitespace made single), the children of
    every message, and every message's role."""
    if OASST1_FILE not in stored_in_folder(OASST1, OASST1_COMMIT, OASST1_FOLDER):
        return [], {}, {}
    users: list[Message] = []
    children: dict[str, list[str]] = defaultdict(list)
    roles: dict[str, str] = {}
    for line in git_text(OASST1, OASST1_FOLDER + OASST1_FILE, OASST1_COMMIT).splitlines():
        item = json.loads(line)
        if item["deleted"]:
            continue
        roles[item["message_id"]] = item["role"]
        if item["parent_id"]:
            children[item["parent_id"]].append(item["message_id"])
        if item["role"] == "prompter":
            users.append(Message(item["message_id"], item["parent_id"], one_line(item["text"])))
    return users, children, roles


def later_user_messages(message_id: str, children: dict[str, list[str]], roles: dict[str, str]) -> list[str]:
    """The user messages among a message's descendants, depth first in file order."""
    found: list[str] = []
    stack = list(reversed(children.get(message_id, [])))
    while stack:
        current = stack.pop()
        if roles.get(current) == "prompter":
            found.append(current)
        stack.extend(reversed(children.get(current, [])))
    return found


def oasst1(skip: Cited) -> tuple[list[Candidate], int]:
    """The pool, and how many of its messages an earlier probe file cites, quotes or asks."""
    users, children, roles = oasst1_messages()
    by_id = {message.message_id: message for message in users}
    short = [message for message in users if message.text and len(message.text) <= MAX_CHARS]
    seen = {
        message.message_id
        for message in short
        if message.short in skip.ids[OASST1_SOURCE] or normalised(message.text) in skip.texts
    }
    kept = first_unseen(short, lambda message: message.text, lambda message: message.message_id in seen)
    pool = []
    for message in kept:
        later = [by_id[other] for other in later_user_messages(message.message_id, children, roles) if other in by_id]
        follow_ups = tuple(f"later {other.short}: {other.text}" for other in later[:FOLLOW_UPS])
        pool.append(Candidate(OASST1_SOURCE, f"validation {message.short}", message.text, follow_ups))
    return pool, len(seen)


@dataclass(frozen=True)
class Turn:
    dialogue: int  # its place in the file, from 1
    index: int  # its place in the dialogue, from 0
    text: str


def moviebot_dialogues() -> list[list[tuple[str, str]]]:
    """The stored dialogues, each its (participant, utterance) messages in order, whitespace made single."""
    if MOVIEBOT_FILE not in stored_in_folder(MOVIEBOT, MOVIEBOT_COMMIT, MOVIEBOT_FOLDER):
        return []
    data = json.loads(git_text(MOVIEBOT, MOVIEBOT_FOLDER + MOVIEBOT_FILE, MOVIEBOT_COMMIT))
    return [[(turn["participant"], one_line(turn["utterance"])) for turn in item["conversation"]] for item in data]


def asks_about_film(text: str) -> bool:
    return asks(text) or bool(MOVIEBOT_ASKS.search(text))


def moviebot(skip: Cited) -> tuple[list[Candidate], int]:
    """The pool, and how many of its messages an earlier probe file cites, quotes or asks."""
    turns: list[Turn] = []
    context: dict[Turn, tuple[str, ...]] = {}
    for number, dialogue in enumerate(moviebot_dialogues(), 1):
        first = next(
            (index for index, (who, text) in enumerate(dialogue) if who == "USER" and FILM_TALK.search(text)),
            len(dialogue),
        )
        asked = [
            index
            for index in range(first, len(dialogue))
            if dialogue[index][0] == "USER" and dialogue[index][1] and asks_about_film(dialogue[index][1])
        ]
        for position, index in enumerate(asked):
            turn = Turn(number, index, dialogue[index][1])
            before = (f"before {index}: {dialogue[index - 1][1]}",) if index else ()
            later = tuple(f"turn {other + 1}: {dialogue[other][1]}" for other in asked[position + 1 :])
            context[turn] = before + later[:FOLLOW_UPS]
            turns.append(turn)

    def cited(turn: Turn) -> str:
        return f"{turn.dialogue}.{turn.index + 1}"

    seen = {turn for turn in turns if cited(turn) in skip.ids[MOVIEBOT_SOURCE] or normalised(turn.text) in skip.texts}
    kept = first_unseen(turns, lambda turn: turn.text, lambda turn: turn in seen)
    return [Candidate(MOVIEBOT_SOURCE, cited(turn), turn.text, context[turn]) for turn in kept], len(seen)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--oasst1", type=int, default=0, help="oasst1 candidates to print (0: the whole pool)")
    parser.add_argument("--moviebot", type=int, default=0, help="MovieBot candidates to print (0: the whole pool)")
    args = parser.parse_args()
    skip = cited_earlier(OWN_FILE, {OASST1_SOURCE: CITED_OASST1, MOVIEBOT_SOURCE: CITED_MOVIEBOT}, asks=True)
    oasst1_pool, oasst1_seen = oasst1(skip)
    moviebot_pool, moviebot_seen = moviebot(skip)
    print_left_out(((OASST1_SOURCE, oasst1_seen), (MOVIEBOT_SOURCE, moviebot_seen)), "messages")
    pools = ((OASST1_SOURCE, oasst1_pool, args.oasst1), (MOVIEBOT_SOURCE, moviebot_pool, args.moviebot))
    print_quietly(tuple((source, pool, count or len(pool)) for source, pool, count in pools), SEED)


if __name__ == "__main__":
    main()
