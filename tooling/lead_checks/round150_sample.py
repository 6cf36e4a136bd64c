"""The lead's round-150 check set: a seeded random sample of the questions that people typed into their e-mails in the
Enron Email corpus (as the Annotated Enron Subject Line Corpus keeps its messages), keeping the question sentences
that name someone or something or use a film, TV, book, music or story word, in two pools ranked apart: those of the
e-mails the mailbox owners wrote (their sent folders), then those of the e-mails they received (their inboxes).

Reads one dataset from its mirror on this machine (`git show <commit>:<path>`, nothing is downloaded):

- AESLC, the Annotated Enron Subject Line Corpus (Rui Zhang and Joel Tetreault, "This Email Could Save Your Life:
  Introducing the Task of Email Subject Line Generation", ACL 2019): 18,302 e-mails of the Enron Email corpus (the
  CMU copy of the mailboxes of about 150 Enron employees, made public by the Federal Energy Regulatory Commission),
  cleaned of headers and quoted replies, one file per e-mail: the body (a sentence or line a line, as typed), then
  `@subject` and the writer's subject line, then `@ann0`-`@ann2` (subject lines that annotators wrote for the dev and
  test e-mails). Read from the authors' repository ryanzhumich/AESLC at commit 7afc087
  (7afc087a1cc234d07121f0d4a2d87102ddceabc2, 2023-02-02, its newest; the data entered in 615a317, 2019-05-30):
  enron_subject_line/{train,dev,test}/<mailbox>_<folder>_<n>.subject (14,436 + 1,960 + 1,906 files: 7,894 from sent
  folders, 10,408 from inboxes), all present (real blobs, none missing, no LFS pointers), read in one
  `git cat-file --batch`. Only the body is read, never the subject lines or the annotations. Licence: CC BY-NC-SA 4.0
  (the repository's LICENSE.md and README). Cited as `Enron <split>/<file stem> q<n>` (the n-th question sentence of
  the e-mail's body, from 1).

Pools (FOLDERS): the question sentences of the sent e-mails, then those of the received ones (each split by
mirrors.SENTENCE, in the order train, dev, test, each in file name order, each body in its order) of 3 to MAX_WORDS
words that name someone or something (a capitalised word after the first, other than I, weekdays, months and the
greetings of NOT_NAMES) or use a film, TV, book, music or story word (SCREEN_WORDS), so that changing a name or a
title can adapt them; the e-mails' other questions ask about a document, a deal or a meeting that no name carries and
are left out. The received e-mails also hold newsletters, advertisements, forms and forwarded articles and jokes; they
come with the rest of the sample. A text repeated (compared without case or punctuation) is kept once, at its first
place; questions an earlier probe file cites, quotes or asks are left out (counts only are printed).

Each candidate prints the next questions of its own e-mail (its question sentences after it, at most FOLLOW_UPS,
"turn <n>: <text>", whether or not they are in the pool: an e-mail is one writer's run of questions) and, for a sent
e-mail, the later-ranked candidates of the same writer (the mailbox, at most FOLLOW_UPS, with their ranks); the probe
file makes those of them that can be adapted the conversation's follow-ups, with the names changed the same way.

    python -m tooling.lead_checks.round150_sample
"""

from __future__ import annotations

import re
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass

from tooling.lead_checks.mirrors import (
    MIRRORS,
    SENTENCE,
    Candidate,
    Cited,
    cited_earlier,
    one_line,
    print_left_out,
    print_quietly,
    ranked_with_later_of_kind,
    stored_files,
    unseen,
)

SEED = 150
FOLLOW_UPS = 3
MAX_WORDS = 30
OWN_FILE = "probes_round150_lead_check.yml"
SOURCE = "Enron"  # its name in citations
# The two pools, each ranked on its own: the e-mails the mailbox owners wrote (their sent folders), then the e-mails
# they received (their inboxes), each with its name in the ranked output.
FOLDERS = (("sent", "EnronSent"), ("inbox", "EnronInbox"))

AESLC = MIRRORS / "ryanzhumich+AESLC" / "repo"
# The commit read (the repository's newest when mirrored).
AESLC_COMMIT = "7afc087a1cc234d07121f0d4a2d87102ddceabc2"
FOLDER = "enron_subject_line"
SPLITS = ("train", "dev", "test")
BODY_END = "\n@subject"

SCREEN_WORDS = re.compile(
    r"\b(?:movies?|films?|cinemas?|theat(?:er|re)s?|actors?|actress(?:es)?|starr(?:ed|ing)|cast|characters?|"
    r"directors?|directed|scripts?|screenplay|sequels?|episodes?|series|tv|television|shows?|novels?|books?|"
    r"authors?|wr[io]te|written|stor(?:y|ies)|songs?|singers?|sang|bands?|albums?|music|lyrics|concerts?|"
    r"watch(?:ed|ing)?|seen|premiere|released?|ending|paint(?:er|ing)?|drawings?|fireworks|flowers?|hospital|"
    r"heart|die[sd]?|dying)\b",
    re.IGNORECASE,
)
# Capitalised words that name nobody: the writer, days, months, greetings and question openers.
NOT_NAMES = frozenset(
    "I I'm I'll I've I'd Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May "
    "June July August September October November December Mr Mrs Ms Dr Thanks Thank Hi Hello Hey Please OK Ok".split()
)
NAME = re.compile(r"^[A-Z][\w&'.-]*$")
CITED_ENRON = re.compile(r"\bEnron\s+(\w+/[\w.-]+\s+q\d+)\b")


@dataclass(frozen=True)
class Question:
    split: str
    stem: str  # the e-mail's file name without ".subject": <mailbox>_<folder>_<n>
    number: int  # the question's place among the body's question sentences, from 1
    text: str
    later: tuple[str, ...]  # the body's next question sentences, "turn <n>: <text>"

    @property
    def cited(self) -> str:
        return f"{self.split}/{self.stem} q{self.number}"

    @property
    def kind(self) -> str:
        """The writer, for a sent e-mail: the mailbox whose sent folder holds it; "" for a received one (its writer
        is not given)."""
        mailbox, _, rest = self.stem.partition("_")
        return f"writer {mailbox}" if rest.startswith("sent_") else ""


def question_sentences(body: str) -> list[str]:
    """The body's sentences that end in a question mark, in order, each on one line."""
    found: list[str] = []
    for line in body.splitlines():
        found.extend(one_line(sentence) for sentence in SENTENCE.findall(line) if sentence.strip().endswith("?"))
    return [sentence for sentence in found if sentence.strip("? ")]


def names_or_screen(text: str) -> bool:
    """Whether a question names someone or something (a capitalised word after its first) or uses a SCREEN_WORDS
    word."""
    words = [word.strip(",;:()\"'?!") for word in text.split()[1:]]
    named = any(NAME.match(word) and word.rstrip(".") not in NOT_NAMES for word in words if word)
    return named or bool(SCREEN_WORDS.search(text))


def bodies(paths: list[str]) -> Iterator[str]:
    """The bodies of the files at AESLC_COMMIT, in order, read in one `git cat-file --batch` (one `git show` per
    file would start 7,894 processes)."""
    names = "".join(f"{AESLC_COMMIT}:{path}\n" for path in paths).encode("utf-8")
    shown = subprocess.run(
        ["git", "-C", str(AESLC), "cat-file", "--batch"], input=names, capture_output=True, check=True
    )
    data, at = shown.stdout, 0
    for _ in paths:
        header_end = data.index(b"\n", at)
        size = int(data[at:header_end].split()[2])
        text = data[header_end + 1 : header_end + 1 + size].decode("utf-8")
        at = header_end + 1 + size + 1
        yield text.split(BODY_END)[0]


def questions(folder: str) -> list[Question]:
    """A pool's questions (the e-mails of the mailboxes' `folder`), in SPLITS order, each split in file name order,
    each body in its order."""
    found: list[Question] = []
    for split in SPLITS:
        paths = stored_files(AESLC, rf"^{FOLDER}/{split}/[^/]+_{folder}_\d+\.subject$")
        for path, body in zip(paths, bodies(paths), strict=True):
            asked = question_sentences(body)
            stem = path.rpartition("/")[2].removesuffix(".subject")
            for number, text in enumerate(asked, 1):
                if 3 <= len(text.split()) <= MAX_WORDS and names_or_screen(text):
                    later = tuple(f"turn {n}: {t}" for n, t in enumerate(asked[number:], number + 1))
                    found.append(Question(split, stem, number, text, later[:FOLLOW_UPS]))
    return found


def full_commit() -> str:
    return subprocess.run(
        ["git", "-C", str(AESLC), "rev-parse", AESLC_COMMIT], capture_output=True, text=True, check=True
    ).stdout.strip()


def where(question: Question) -> str:
    return f"{SOURCE} {question.cited}"


def pool(folder: str, name: str, skip: Cited) -> tuple[list[Candidate], int]:
    """A pool, each candidate with its e-mail's next questions and (sent e-mails) its writer's later-ranked
    candidates, and how many of the pool's questions an earlier probe file cites, quotes or asks."""
    kept, seen = unseen(questions(folder), lambda found: found.cited, lambda found: found.text, skip, SOURCE)
    ranked = ranked_with_later_of_kind(kept, name, where, SEED, FOLLOW_UPS)
    return [
        Candidate(name, candidate.where, candidate.text, question.later + candidate.follow_ups)
        for question, candidate in zip(kept, ranked, strict=True)
    ], seen


def main() -> None:
    skip = cited_earlier(OWN_FILE, {SOURCE: CITED_ENRON}, asks=True)
    pools = [(name, *pool(folder, name, skip)) for folder, name in FOLDERS]
    print(f"# {SOURCE} commit {full_commit()}")
    print_left_out([(name, seen) for name, _, seen in pools])
    print_quietly([(name, found, len(found)) for name, found, _ in pools], SEED)


if __name__ == "__main__":
    main()
