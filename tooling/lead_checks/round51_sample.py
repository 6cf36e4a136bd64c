"""The lead's round-51 check set: a seeded random sample of the questions that crowd workers asked each other in
KdConv's Chinese conversations about films and music, each with the same conversation's later questions, and of their
questions in KdConv's travel conversations, which give the off-topic share.

Reads one dataset from its mirror on this machine (`git show <commit>:<path>`, nothing is downloaded):

- KdConv (Hao Zhou, Chujie Zheng, Kaili Huang, Minlie Huang and Xiaoyan Zhu, "KdConv: A Chinese Multi-domain Dialogue
  Dataset Towards Multi-turn Knowledge-driven Conversation", ACL 2020): 4.5K conversations in Chinese between two crowd
  workers, each conversation starting from a film, a song or a tourist sight and moving on to related ones (its
  director, its lead actor, the actor's other films, a singer's other songs), each message typed by one of them and
  annotated with the knowledge-graph triples it uses ("知道恋恋笔记本这部电影吗？", "是哪年上映的呀？",
  "导演知道是谁呢？"). Read from the authors' repository thu-coai/KdConv at commit 653db76 (2023-05-08, its newest;
  the data files entered in be192e4 and 9ce926c, 2020-08-20, "Upload the complete corpus", and are unchanged since):
  data/film/dev.json and data/film/test.json (150 conversations each),
  data/music/dev.json and data/music/test.json (150 each), data/travel/dev.json and data/travel/test.json (150 each),
  all present (each domain's train.json and the film and music knowledge bases are absent blobs). Each file is one
  JSON list; only each conversation's `messages` (each one's `message`, in order) is read, never the `attrs`
  knowledge triples or the knowledge bases; runs of whitespace are read as one space. The messages are Chinese: the
  probe file translates them faithfully into English (its header says how). The two workers alternate; the dataset
  does not say which of them plays a "user". Licence: Apache 2.0 (the repository's LICENSE). Cited as `KdConv
  <domain> <split> <conversation>.<turn>` (the conversation its place in the file, the turn its place in the
  conversation, both counted from 1).

Why this source: the brief's ideas were checked. KdConv's film and music dev and test files are present, and its
conversations lean on earlier turns ("是哪年上映的呀？" after the film is named) as real follow-ups do. GraphQuestions
(ysu1989/GraphQuestions) holds its questions in freebase13/graphquestions.{training,testing}.json, both absent blobs,
and no stored copy of them was found (the results files give question ids, not texts). GoRecDial was found in no
stored repository. No earlier sampler reads KdConv.

Film and music pools: every question of the domain's conversations (dev, then test, in file order): a message holding
a sentence that ends in a question mark ("？" or "?"; ZH_ASKS below), the asker's partner's questions back as well as
the opener's. A question repeated word for word is kept once, at its first place. Each candidate prints the turn said
just before it ("before <turn>: <text>", what it answers or leans on) and the same conversation's later questions
("turn <n>: <text>"), at most FOLLOW_UPS: the probe file makes those of them that can be adapted follow-ups of the
candidate, with the names changed the same way.

Travel pool: the questions of the travel conversations, single questions (no follow-ups printed): all of them are
about other subjects (sights, cities, tickets, opening hours), and the probe file takes its off-topic share from them
in rank order, translated faithfully, with no name changed.

Questions that any tests/nlu/probes*.yml already cites (by a `KdConv <domain> <split> <conversation>.<turn>`
citation) or quotes word for word are left out; only how many is printed. Each pool is shuffled with a fixed seed and
printed in that order. The probe file tests/nlu/probes_round51_lead_check.yml takes the candidates in this order,
skipping only those that cannot be adapted to a question about this single film (its header says which ranks were
skipped).

    python -m tooling.lead_checks.round51_sample [--film N] [--music N] [--travel N]
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
    cited_earlier,
    first_unseen,
    git_text,
    normalised,
    one_line,
    print_left_out,
    print_quietly,
    stored_in_folder,
)

SEED = 51
FOLLOW_UPS = 4  # a conversation holds ten or more questions; the probe file keeps at most five turns of one
OWN_FILE = "probes_round51_lead_check.yml"

KDCONV = MIRRORS / "thu-coai+KdConv" / "repo"
# The commit read (the repository's newest when mirrored).
KDCONV_COMMIT = "653db76432de09a004ba708a68f8bbd5500e6bec"
# The splits read, in this order (each domain's train.json is an absent blob).
KDCONV_SPLITS = ("dev", "test")
# The domains, each with its name in the ranked output and whether its candidates print their follow-ups.
KDCONV_DOMAINS = (("film", "KdConv-film", True), ("music", "KdConv-music", True), ("travel", "KdConv-travel", False))
# A sentence of a Chinese message: it ends in "。", "！", "？", "…" or their ASCII forms, or where the message ends.
ZH_SENTENCE = re.compile(r"[^。！？!?…]*[。！？!?…]+|[^。！？!?…]+$")
CITED_KDCONV = re.compile(r"\bKdConv\s+((?:film|music|travel)\s+(?:dev|test)\s+\d+\.\d+)")
SOURCE = "KdConv"  # its name in citations


def zh_asks(text: str) -> bool:
    """Whether a message holds a sentence that ends in a question mark (Chinese "？" or ASCII "?")."""
    return any(sentence.rstrip().rstrip("。！!…").endswith(("？", "?")) for sentence in ZH_SENTENCE.findall(text))


@dataclass(frozen=True)
class Question:
    domain: str
    split: str
    conversation: int  # its place in the file, from 1
    turns: tuple[str, ...]  # the conversation's messages in order
    index: int  # the question's place among the turns, from 0

    @property
    def text(self) -> str:
        return self.turns[self.index]

    def cited(self, index: int) -> str:
        """The conversation's turn `index` (from 0) as the probe comments cite it, less the source."""
        return f"{self.domain} {self.split} {self.conversation}.{index + 1}"


def kdconv_questions(domain: str) -> list[Question]:
    """The questions of one domain's stored files, in KDCONV_SPLITS order, file order and turn order (only each
    conversation's messages are read, never the knowledge triples)."""
    folder = f"data/{domain}/"
    present = stored_in_folder(KDCONV, KDCONV_COMMIT, folder)
    found: list[Question] = []
    for split in KDCONV_SPLITS:
        if f"{split}.json" not in present:
            continue
        conversations = json.loads(git_text(KDCONV, f"{folder}{split}.json", KDCONV_COMMIT))
        for number, conversation in enumerate(conversations, 1):
            turns = tuple(one_line(message["message"]) for message in conversation["messages"])
            found.extend(
                Question(domain, split, number, turns, index) for index, turn in enumerate(turns) if zh_asks(turn)
            )
    return found


def with_context(question: Question, source: str) -> Candidate:
    """A candidate with the turn said just before it and the same conversation's later questions (at most
    FOLLOW_UPS)."""
    turns, index = question.turns, question.index
    before = (f"before {index}: {turns[index - 1]}",) if index else ()
    later = tuple(
        f"turn {other + 1}: {turns[other]}" for other in range(index + 1, len(turns)) if zh_asks(turns[other])
    )
    return Candidate(source, question.cited(index), question.text, before + later[:FOLLOW_UPS])


def pool(domain: str, source: str, follow_ups: bool, skip: Cited) -> tuple[list[Candidate], int]:
    """A domain's pool, and how many of its questions an earlier probe file cites or quotes."""
    every = kdconv_questions(domain)
    seen = {
        question
        for question in every
        if question.cited(question.index) in skip.ids[SOURCE] or normalised(question.text) in skip.texts
    }
    kept = first_unseen(every, lambda question: question.text, lambda question: question in seen)
    if follow_ups:
        return [with_context(question, source) for question in kept], len(seen)
    return [Candidate(source, question.cited(question.index), question.text) for question in kept], len(seen)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    for domain, _, _ in KDCONV_DOMAINS:
        parser.add_argument(f"--{domain}", type=int, default=0, help=f"KdConv {domain} candidates to print (0: all)")
    args = parser.parse_args()
    skip = cited_earlier(OWN_FILE, {SOURCE: CITED_KDCONV})
    pools = []
    left_out = []
    for domain, source, follow_ups in KDCONV_DOMAINS:
        found, seen = pool(domain, source, follow_ups, skip)
        left_out.append((source, seen))
        pools.append((source, found, getattr(args, domain) or len(found)))
    print_left_out(left_out)
    print_quietly(pools, SEED)


if __name__ == "__main__":
    main()
