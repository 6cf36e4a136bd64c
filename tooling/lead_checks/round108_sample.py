"""The lead's round-108 check set: a seeded random sample of real questions that people typed into Yahoo! Chiebukuro
(Yahoo! 知恵袋, Yahoo! Japan's question-and-answer site), in Japanese as typed, keeping those of its film, TV drama,
actor, celebrity, novel, book and music categories (and the off-topic ones those categories hold), each with the
later-ranked questions of the same kind of subject.

Reads one dataset from its mirror on this machine (`git show <commit>:<path>`, nothing is downloaded):

- FujimotoTakuo/chiebukuro_qa (Takuo Fujimoto): questions and answers gathered from Yahoo! Chiebukuro (folder
  `origin/`), 教えて!goo (`goo/`) and OKWave (`ok/`), one file per site category, one question per line, at commit
  7ba7972 (7ba7972bf318992b3e4fd05f68540df5c59bebfb, its newest when mirrored).
  Only `origin/question_<category>.txt` of the CATEGORIES below are read (present, 63-737 kB each; the repository's
  `all_20160825/`, `big/` and some `mecab/` files are absent blobs, not read). Only the question lines are read, never
  the answer files. Licence: the repository states none (it holds no README or licence file); the questions are
  Yahoo! Chiebukuro posts, quoted here for research as the earlier checks quote other sites' posts. Cited as
  `Chiebukuro <category> <line>` (the line number in its file, from 1).

Pool: the lines (file by file in CATEGORIES order, in file order) that are one question of at most MAX_CHARS
characters, with no character lost (the dump cuts long posts mid-character, leaving U+FFFD); a post whose title repeats
its body whole ("X X") is read once. Each text is kept once (compared without case or punctuation). Left out, counts
only printed: those an earlier probe file cites, quotes or asks, and every candidate whose first 20 characters occur
in the sealed round-106 check (tests/nlu/probes_round106_lead_check.yml, the same source: read as text by code and
never printed; from the r106h branch when the file is not in this checkout).

Each candidate prints the later-ranked candidates of its kind (the kind of its category: work, person, book, music),
at most FOLLOW_UPS, with their ranks in the seeded order: Chiebukuro gives each question alone (no threads of one
asker), so the probe file makes those that can be adapted follow-ups of the candidate, as round 96 did.

    python -m tooling.lead_checks.round108_sample
"""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass

from tooling.lead_checks.mirrors import (
    MIRRORS,
    PROBE_DIR,
    Candidate,
    Cited,
    cited_earlier,
    one_line,
    print_left_out,
    print_quietly,
    ranked_with_later_of_kind,
    unseen,
)

SEED = 108
FOLLOW_UPS = 3
MAX_CHARS = 160
OWN_FILE = "probes_round108_lead_check.yml"
SOURCE = "Chiebukuro"  # its name in citations and in the ranked output

CHIEBUKURO = MIRRORS / "FujimotoTakuo+chiebukuro_qa" / "repo"
CHIEBUKURO_COMMIT = "7ba7972"  # the repository's newest when mirrored; resolved to its full hash when read
FOLDER = "origin"
# The Chiebukuro categories read, each with the kind of subject its questions ask about.
CATEGORIES = (
    ("日本映画", "work"),
    ("映画", "work"),
    ("外国映画", "work"),
    ("ドラマ", "work"),
    ("アジア・韓国ドラマ", "work"),
    ("海外ドラマ", "work"),
    ("俳優、女優", "person"),
    ("芸能人", "person"),
    ("男性アイドル", "person"),
    ("小説", "book"),
    ("話題の本", "book"),
    ("本、雑誌", "book"),
    ("邦楽", "music"),
    ("洋楽", "music"),
    ("音楽", "music"),
    ("ミュージシャン", "music"),
)
# The sealed check of round 106 (the same source): only whether a candidate's first 20 characters occur in it is used.
ROUND106_FILE = "probes_round106_lead_check.yml"
ROUND106_BRANCH = "r106h"
PREFIX_CHARS = 20
CITED_CHIEBUKURO = re.compile(r"\bChiebukuro\s+(\S+\s+\d+)\b")


@dataclass(frozen=True)
class Question:
    category: str
    line: int  # from 1
    text: str
    kind: str

    @property
    def cited(self) -> str:
        return f"{self.category} {self.line}"


def full_commit() -> str:
    return subprocess.run(
        ["git", "-C", str(CHIEBUKURO), "rev-parse", CHIEBUKURO_COMMIT], capture_output=True, text=True, check=True
    ).stdout.strip()


def stored_questions() -> set[str]:
    """The names of the folder's files whose content the mirror holds (mirrors.stored_in_folder, with the file names
    unquoted: git quotes non-ASCII names unless core.quotepath is off)."""
    if not CHIEBUKURO.is_dir():
        return set()
    listing = subprocess.run(
        ["git", "-C", str(CHIEBUKURO), "-c", "core.quotepath=off", "ls-tree", "-l", CHIEBUKURO_COMMIT, FOLDER + "/"],
        capture_output=True,
        text=True,
        check=False,
    ).stdout
    rows = (line.split(None, 4) for line in listing.splitlines())
    return {row[4].rpartition("/")[2] for row in rows if len(row) == 5 and row[3].isdigit()}


def question_lines(category: str, stored: set[str]) -> list[str]:
    """A category's question file, line by line (bytes a cut left invalid become U+FFFD)."""
    name = f"question_{category}.txt"
    if name not in stored:
        return []
    shown = subprocess.run(
        ["git", "-C", str(CHIEBUKURO), "show", f"{CHIEBUKURO_COMMIT}:{FOLDER}/{name}"], capture_output=True, check=True
    )
    return shown.stdout.decode("utf-8", errors="replace").splitlines()


def once(text: str) -> str:
    """A post whose title repeats its whole body ("X X" or "XX") read once."""
    half = len(text) // 2
    for left, right in ((text[:half], text[half:]), (text[:half], text[half + 1 :])):
        if left and left.strip() == right.strip():
            return left.strip()
    return text


def questions() -> list[Question]:
    found: list[Question] = []
    stored = stored_questions()
    for category, kind in CATEGORIES:
        for number, raw in enumerate(question_lines(category, stored), 1):
            text = once(one_line(raw))
            if text and "\ufffd" not in text and len(text) <= MAX_CHARS:
                found.append(Question(category, number, text, kind))
    return found


def round106_text() -> str:
    """The sealed round-106 check as text (never printed): from this checkout, else from its helper's branch."""
    path = PROBE_DIR / ROUND106_FILE
    if path.is_file():
        return path.read_text(encoding="utf-8")
    shown = subprocess.run(
        ["git", "-C", str(PROBE_DIR), "show", f"{ROUND106_BRANCH}:tests/nlu/{ROUND106_FILE}"],
        capture_output=True,
        check=True,
    )
    return shown.stdout.decode("utf-8")


def where(question: Question) -> str:
    return f"{SOURCE} {question.cited} ({question.kind})"


def pool(skip: Cited) -> tuple[list[Candidate], int, int]:
    """The pool, each candidate with its same-kind later candidates; how many an earlier probe file cites, quotes or
    asks; and how many round 106 used (their first 20 characters occur in its file)."""
    used = round106_text()
    every = questions()
    in_round106 = [question for question in every if question.text[:PREFIX_CHARS] in used]
    rest = [question for question in every if question.text[:PREFIX_CHARS] not in used]
    kept, seen = unseen(rest, lambda question: question.cited, lambda question: question.text, skip, SOURCE)
    return ranked_with_later_of_kind(kept, SOURCE, where, SEED, FOLLOW_UPS), seen, len(in_round106)


def main() -> None:
    skip = cited_earlier(OWN_FILE, {SOURCE: CITED_CHIEBUKURO}, asks=True)
    found, seen, in_round106 = pool(skip)
    print(f"# {SOURCE} commit {full_commit()}")
    print_left_out(((SOURCE, seen),))
    print(f"# {SOURCE}: {in_round106} questions left out, their first {PREFIX_CHARS} characters in round 106's check")
    print_quietly(((SOURCE, found, len(found)),), SEED)


if __name__ == "__main__":
    main()
