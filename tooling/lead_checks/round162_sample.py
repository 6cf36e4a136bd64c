"""The lead's round-162 check set: a seeded random sample of the messages that real customers tweeted to the customer
care accounts of 25 companies (streaming, games, software, devices, banks, airlines, telecoms), each with the same
customer's later messages in its conversation and the later-ranked messages sent to the same company.

Reads one dataset from its mirror on this machine (`git show <commit>:<path>`, nothing is downloaded):

- The Twitter Conversations dataset for Conversational Document Prediction (Jatin Ganhotra, Haggai Roitman, Doron
  Cohen, Nathaniel Mills, Chulaka Gunasekara, Yosi Mass, Sachindra Joshi, Luis Lastras and David Konopnicki,
  "Conversational Document Prediction to Assist Customer Care Agents", EMNLP 2020): conversations between customers
  and the customer care agents of 25 organisations on Twitter (AdobeCare, AmazonHelp, AppleSupport, AskPlayStation,
  Ask_Spectrum, Ask_WellsFargo, AskeBay, ChaseSupport, Delta, DropboxSupport, GoDaddyHelp, Google, HPSupport,
  MicrosoftHelps, MojangSupport, RockstarSupport, SouthwestAir, SpotifyCares, TMobileHelp, TeamYouTube,
  Uber_Support, XboxSupport, YahooCare, hulu_support, zoom_us), collected with the Twitter API from the companies'
  timelines (tweets of late 2019 and early 2020), each cut before the agent's reply that links a support document.
  Read from the authors' repository IBM/twitter-customer-care-document-prediction at commit 453470e
  (453470eea55a1777f798053a6ac6302a9bf80f9a, 2020-11-15, its newest; the data entered in 59a25bd, 2020-10-25): the
  validation and test splits, dev.json (525 conversations, 703 kB) and test.json (500 conversations, 673 kB), both
  present (real blobs, not LFS pointers). train.json and docID_content.tsv are absent blobs in the mirror (over its
  size limit) and are not read; neither are the document URLs or the agents' messages. Only the customers' messages
  ("client" turns of dialogContent) are read, as typed (their @-mentions, spelling, emoji and spacing). Licence:
  Apache 2.0 (the repository's LICENSE and README). Cited as `TwitterCDP <split> <session id> turn <n>` (the
  conversation's dialogHeader.sessionID, the message's place in dialogContent from 1).

Pool: the conversations of dev.json then test.json, in file order, whose customer asks (a message holds a sentence
that ends in "?"): the candidate is the customer's first asking message. A text repeated (compared without case or
punctuation) is kept once, at its first place; messages an earlier probe file cites, quotes or asks are left out
(counts only are printed).

Each candidate prints first the same customer's later messages of its conversation ("turn <n>: <text>"), then the
later-ranked candidates sent to the same company (its kind is `company <account>`), with their ranks in the seeded
order, at most FOLLOW_UPS: the probe file makes those that can be adapted follow-ups of the candidate, the customer's
own later messages first, with the names changed the same way.

    python -m tooling.lead_checks.round162_sample
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace

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
    stored_in_folder,
    unseen,
)

SEED = 162
FOLLOW_UPS = 3
OWN_FILE = "probes_round162_lead_check.yml"
SOURCE = "TwitterCDP"  # its name in citations and in the ranked output

CDP = MIRRORS / "IBM+twitter-customer-care-document-prediction" / "repo"
# The commit read (the repository's newest when mirrored).
CDP_COMMIT = "453470eea55a1777f798053a6ac6302a9bf80f9a"
# The splits read, in this order (train.json is an absent blob in the mirror).
SPLITS = ("dev", "test")
CITED_CDP = re.compile(r"\bTwitterCDP\s+((?:dev|test)\s+\w+)\b")


@dataclass(frozen=True)
class Message:
    split: str
    session: str  # the conversation's dialogHeader.sessionID
    turn: int  # the message's place in dialogContent, from 1
    company: str
    text: str  # the customer's first asking message, as typed
    later: tuple[str, ...]  # the same customer's later messages of the conversation, "turn <n>: <text>"

    @property
    def cited(self) -> str:
        return f"{self.split} {self.session}"

    @property
    def kind(self) -> str:
        return f"company {self.company}"


def conversations(split: str) -> list[dict[str, object]]:
    """A split's conversations, or none when its file is not held by the mirror."""
    if f"{split}.json" not in stored_in_folder(CDP, CDP_COMMIT, "."):
        return []
    loaded = json.loads(git_text(CDP, f"{split}.json", CDP_COMMIT))
    return [conversation for conversation in loaded if isinstance(conversation, dict)]


def customer_turns(conversation: dict[str, object]) -> list[tuple[int, str]]:
    """The customer's messages of a conversation, each with its place in dialogContent (from 1)."""
    content = conversation.get("dialogContent")
    if not isinstance(content, list):
        return []
    return [
        (place, one_line(str(turn.get("message", ""))))
        for place, turn in enumerate(content, 1)
        if isinstance(turn, dict) and "client" in turn and one_line(str(turn.get("message", "")))
    ]


def messages() -> list[Message]:
    """Each conversation's first asking customer message, with the customer's later messages, in SPLITS and file
    order."""
    found: list[Message] = []
    for split in SPLITS:
        for conversation in conversations(split):
            header = conversation.get("dialogHeader")
            if not isinstance(header, dict):
                continue
            turns = customer_turns(conversation)
            asking = [index for index, (_, text) in enumerate(turns) if asks(text)]
            if not asking:
                continue
            first = asking[0]
            later = tuple(f"turn {place}: {text}" for place, text in turns[first + 1 :])
            place, text = turns[first]
            found.append(Message(split, str(header.get("sessionID")), place, str(header.get("company")), text, later))
    return found


def where(message: Message) -> str:
    return f"{SOURCE} {message.split} {message.session} turn {message.turn} ({message.kind})"


def pool(skip: Cited) -> tuple[list[Candidate], int]:
    """The pool, each candidate with its customer's later messages and its same-company later candidates, and how
    many of the pool's messages an earlier probe file cites, quotes or asks."""
    kept, seen = unseen(messages(), lambda message: message.cited, lambda message: message.text, skip, SOURCE)
    ranked = ranked_with_later_of_kind(kept, SOURCE, where, SEED, FOLLOW_UPS)
    return [
        replace(candidate, follow_ups=message.later + candidate.follow_ups)
        for message, candidate in zip(kept, ranked, strict=True)
    ], seen


def main() -> None:
    skip = cited_earlier(OWN_FILE, {SOURCE: CITED_CDP}, asks=True)
    found, seen = pool(skip)
    print(f"# {SOURCE} commit {CDP_COMMIT}, splits {' '.join(SPLITS)}")
    print_left_out(((SOURCE, seen),), unit="messages")
    print_quietly(((SOURCE, found, len(found)),), SEED)


if __name__ == "__main__":
    main()
