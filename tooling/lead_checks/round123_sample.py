"""The lead's round-123 check set: a seeded random sample of the questions that real people typed to a chatbot, the
Vicuna online demo of LMSYS, as ToxicChat keeps them, those about films, TV, people, books and music (and the
questions about other things that use such a word), each with the later-ranked questions of the same kind of subject.

Reads one dataset from its mirror on this machine (`git show <commit>:<path>`, nothing is downloaded):

- ToxicChat (Zi Lin, Zihan Wang, Yongqi Tong, Yangkun Wang, Yuxin Guo, Yujia Wang and Jingbo Shang, "ToxicChat:
  Unveiling Hidden Challenges of Toxicity Detection in Real-World User-AI Conversation", Findings of EMNLP 2023):
  the first messages that users of the Vicuna online demo (LMSYS, 2023) typed to the chatbot and agreed to share,
  each labelled by the authors for toxicity and for jailbreaking; version toxicchat0124. The authors publish it on the
  Hugging Face hub (lmsys/toxic-chat), not on GitHub; it is read from the copy of its human-annotated part kept in
  dmg-illc/JUDGE-BENCH (Anna Bavaresco, Raffaella Bernardi and others, "LLMs instead of Human Judges? A Large Scale
  Empirical Study across 20 NLP Evaluation Tasks", ACL 2025), converted by the script beside it
  (data/toxic_chat/convert_toxic_chat.py, which keeps the rows whose `human_annotation` is true, each with its
  `conv_id`, `user_input` and the two majority labels). Read at commit 5a0bf50
  (5a0bf500325029efb5dc8adff2c1e991996f0e78, 2025-07-24, its newest; the files entered in da3694d, 2024-06-26):
  data/toxic_chat/toxic_chat_train.json (1.9 MB) and data/toxic_chat/toxic_chat_test.json (1.9 MB), both present
  (real blobs, not LFS pointers). Only each instance's `id`, `instance` (the user's message, as typed) and its two
  labels are read. Licence: CC BY-NC 4.0 (ToxicChat's, as the Hugging Face card and JUDGE-BENCH's data/README.md
  give it). Cited as `ToxicChat <split> <id>` (the split, train or test, and the first 12 characters of the
  conversation id).

Pool: the messages (train then test, each in file order) that the annotators labelled neither toxic nor jailbreaking
(so that no turn of the probe file holds abuse, sexual content or a jailbreak prompt), written in Latin letters (the
demo's messages in Chinese, Japanese, Korean, Russian and the like are left out), at most MAX_CHARS characters long,
that ask (a sentence ending in "?", or a message opening with a question word: people typing to a chatbot often leave
the question mark out) and that use a film, TV, person, book or music word (KINDS below; "who is <someone>" counts as a
person word). The words also let in messages about other things (a "series" of numbers, "characters" of a string or
of a role-play, "rap" and "songs" to be written); they come with the rest of the sample. A text repeated (compared
without case or punctuation) is kept once, at its first place; messages an earlier probe file cites, quotes or asks
are left out (counts only are printed).

ToxicChat keeps only each conversation's first user message, so each candidate prints the later-ranked candidates of
the same kind of subject (work, person, book, music: the first of KINDS whose words it uses), with their ranks in the
seeded order, at most FOLLOW_UPS: the probe file makes those of them that can be adapted follow-ups of the candidate,
with the names changed the same way, as rounds 106 and 108 did.

    python -m tooling.lead_checks.round123_sample
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
    kind_of,
    one_line,
    print_left_out,
    print_quietly,
    ranked_with_later_of_kind,
    unseen,
)

SEED = 123
FOLLOW_UPS = 4
MAX_CHARS = 300
ID_CHARS = 12
OWN_FILE = "probes_round123_lead_check.yml"
SOURCE = "ToxicChat"  # its name in citations and in the ranked output

JUDGE_BENCH = MIRRORS / "dmg-illc+JUDGE-BENCH" / "repo"
# The commit read (the repository's newest when mirrored).
JUDGE_BENCH_COMMIT = "5a0bf500325029efb5dc8adff2c1e991996f0e78"
SPLITS = (
    ("train", "data/toxic_chat/toxic_chat_train.json"),
    ("test", "data/toxic_chat/toxic_chat_test.json"),
)
# The kinds of subject, each with the words that give it; a message takes the first kind whose words it uses.
KINDS = (
    (
        "music",
        re.compile(
            r"\b(?:songs?|lyrics?|albums?|bands?|singers?|sang|sings?|music(?:al|ians?)?|rappers?|rap|"
            r"soundtracks?|concerts?)\b",
            re.IGNORECASE,
        ),
    ),
    ("book", re.compile(r"\b(?:books?|novels?|novelists?|authors?|poems?|poets?|manga|fanfic(?:tion)?)\b", re.I)),
    (
        "work",
        re.compile(
            r"\b(?:movies?|films?|cinemas?|sequels?|prequels?|episodes?|series|tv|television|sitcoms?|anime|netflix|"
            r"hollywood|oscars?|box office|directors?|directed|screenplay|scenes?|plots?|characters?|cast|"
            r"(?:the|this|that) show|shows)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "person",
        re.compile(
            r"\b(?:actors?|actress(?:es)?|celebrit(?:y|ies)|famous|starr(?:ed|ing)|"
            r"who(?:'s| is| was| are| were)\s+(?!you\b|your\b|u\b|i\b|we\b|it\b|this\b|that\b)\w+)",
            re.IGNORECASE,
        ),
    ),
)
# A message that opens with a question word asks, with or without its question mark.
OPENS_A_QUESTION = re.compile(
    r"^(?:who|what|when|where|which|why|how|is|are|was|were|do|does|did|can|could|will|would|has|have|tell me)\b",
    re.IGNORECASE,
)
CITED_TOXICCHAT = re.compile(r"\bToxicChat\s+(?:train|test)\s+([0-9a-f]{12})\b")


@dataclass(frozen=True)
class Question:
    split: str
    conv_id: str
    text: str
    kind: str

    @property
    def cited(self) -> str:
        return self.conv_id[:ID_CHARS]


def latin(text: str) -> bool:
    """Whether a message is written in Latin letters (punctuation and symbols of the general block allowed)."""
    return all(ord(char) < 0x250 or 0x2000 <= ord(char) < 0x2070 for char in text)


def is_question(text: str) -> bool:
    return asks(text) or bool(OPENS_A_QUESTION.match(text))


def questions() -> list[Question]:
    """The pool's messages, train then test, each in file order."""
    found: list[Question] = []
    for split, path in SPLITS:
        data = json.loads(git_text(JUDGE_BENCH, path, JUDGE_BENCH_COMMIT))
        for instance in data["instances"]:
            labels = instance["annotations"]
            if labels["toxicity"]["majority_human"] != "0" or labels["jailbreaking"]["majority_human"] != "0":
                continue
            text = one_line(str(instance["instance"]))
            if not text or len(text) > MAX_CHARS or not latin(text) or not is_question(text):
                continue
            kind = kind_of(text, KINDS)
            if kind:
                found.append(Question(split, str(instance["id"]), text, kind))
    return found


def where(question: Question) -> str:
    return f"{SOURCE} {question.split} {question.cited} ({question.kind})"


def pool(skip: Cited) -> tuple[list[Candidate], int]:
    """The pool, each candidate with its same-kind later candidates, and how many an earlier probe file cites,
    quotes or asks."""
    kept, seen = unseen(questions(), lambda found: found.cited, lambda found: found.text, skip, SOURCE)
    return ranked_with_later_of_kind(kept, SOURCE, where, SEED, FOLLOW_UPS), seen


def main() -> None:
    skip = cited_earlier(OWN_FILE, {SOURCE: CITED_TOXICCHAT}, asks=True)
    found, seen = pool(skip)
    print_left_out(((SOURCE, seen),))
    print_quietly(((SOURCE, found, len(found)),), SEED)


if __name__ == "__main__":
    main()
