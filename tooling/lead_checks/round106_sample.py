"""The lead's round-106 check set: a seeded random sample of the questions that Japanese speakers posted on Yahoo!
Chiebukuro (Yahoo!知恵袋), Yahoo! Japan's question-and-answer site, in its film, drama, actor, novel, book and music
categories, each with the later-ranked questions of the same kind of subject.

Reads one dataset from its mirror on this machine (`git show <commit>:<path>`, nothing is downloaded):

- Yahoo! Chiebukuro questions as Takuo Fujimoto saved them in August 2016 for a question-answering experiment
  (FujimotoTakuo/chiebukuro_qa, "chie" in its scripts, beside questions of 教えて!goo and OKWave in its goo/ and ok/
  folders, which are not read): one file of questions and one of answers per Chiebukuro category, one post a line
  (the question as the asker typed it, the site's opening words and body run together; a post whose opening words
  are the whole of it is saved twice in a row, and is read once). Read from the repository at commit 7ba7972
  (7ba7972bf318992b3e4fd05f68540df5c59bebfb, 2016-08-25, its newest; the origin/ folder entered in f23a321,
  2016-08-21): origin/question_<category>.txt for the ten categories of CATEGORIES below, all present (real blobs, not
  LFS pointers; the repository's merged files under all_20160825/, big/ and zantei/ are absent blobs and are not
  wanted). Only each line's text and place are read, never the answer files or the MeCab-tokenised copies. Licence:
  none stated (the repository has no licence file and no README); the questions are the askers' own posts on a public
  site, and Yahoo! Japan's terms keep their rights with the askers. Cited as `Chiebukuro <category> <line>` (the
  category as the file name gives it, the line from 1).

Pool: the posts of the ten categories (in the order of CATEGORIES, each in file order) that ask (hold "？" or "?") and
are at most MAX_CHARS characters long, so that one post makes one turn; longer posts tell a story around their
question and are left out. The categories are the film, drama, actor, novel, book and music ones; they also hold posts
that ask about cinemas, tickets, devices, studying or the asker's own life, which come with the rest of the sample. A
text repeated (compared without case or punctuation) is kept once, at its first place; posts an earlier probe file
cites, quotes or asks are left out (counts only are printed).

The site has no conversations (each post stands alone), so each candidate prints the later-ranked candidates of the
same kind of subject (the kind its category gives: KINDS below), with their ranks in the seeded order, at most
FOLLOW_UPS: the probe file makes those of them that can be adapted follow-ups of the candidate, with the names changed
the same way, as rounds 72 and 96 did.

    python -m tooling.lead_checks.round106_sample
"""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

from tooling.lead_checks.mirrors import (
    MIRRORS,
    Candidate,
    Cited,
    cited_earlier,
    git_text,
    one_line,
    print_left_out,
    print_quietly,
    ranked_with_later_of_kind,
    unseen,
)

SEED = 106
FOLLOW_UPS = 4
MAX_CHARS = 160
OWN_FILE = "probes_round106_lead_check.yml"
SOURCE = "Chiebukuro"  # its name in citations and in the ranked output

CHIEBUKURO = MIRRORS / "FujimotoTakuo+chiebukuro_qa" / "repo"
# The commit read (the repository's newest when mirrored).
CHIEBUKURO_COMMIT = "7ba7972bf318992b3e4fd05f68540df5c59bebfb"
FOLDER = "origin"
# The Chiebukuro categories read, each with the kind of subject its posts ask about.
CATEGORIES = (
    ("映画", "work"),
    ("日本映画", "work"),
    ("外国映画", "work"),
    ("ドラマ", "work"),
    ("俳優、女優", "person"),
    ("小説", "book"),
    ("話題の本", "book"),
    ("邦楽", "music"),
    ("音楽", "music"),
    ("バンド", "music"),
)
ASKS = re.compile(r"[？?]")
CITED_CHIEBUKURO = re.compile(r"\bChiebukuro\s+(\S+)\s+(\d+)\b")


@dataclass(frozen=True)
class Post:
    category: str
    line: int  # the post's line in its category's file, from 1
    text: str
    kind: str

    @property
    def cited(self) -> tuple[str, str]:
        return (self.category, str(self.line))


def stored_names(repo: Path, commit: str, folder: str) -> set[str]:
    """The names of the files of `folder` whose content the mirror holds at `commit` (a missing blob is listed as
    BAD); none when the mirror is not on this machine. As mirrors.stored_in_folder, with the Japanese file names
    given as they are (git quotes them otherwise)."""
    if not repo.is_dir():
        return set()
    listing = subprocess.run(
        ["git", "-C", str(repo), "-c", "core.quotepath=off", "ls-tree", "-l", commit, folder],
        capture_output=True,
        text=True,
        check=False,
    ).stdout
    rows = (line.split(None, 4) for line in listing.splitlines())
    return {row[4].rpartition("/")[2] for row in rows if len(row) == 5 and row[3].isdigit()}


def once(text: str) -> str:
    """The post's text, read once where the file saved it twice in a row."""
    half = len(text) // 2
    return text[:half] if len(text) % 2 == 0 and text[:half] == text[half:] else text


def posts() -> list[Post]:
    """The asking posts of the stored category files, at most MAX_CHARS long, in CATEGORIES and file order."""
    stored = stored_names(CHIEBUKURO, CHIEBUKURO_COMMIT, FOLDER + "/")
    found: list[Post] = []
    for category, kind in CATEGORIES:
        name = f"question_{category}.txt"
        if name not in stored:
            continue
        for number, line in enumerate(git_text(CHIEBUKURO, f"{FOLDER}/{name}", CHIEBUKURO_COMMIT).splitlines(), 1):
            text = once(one_line(line))
            if text and len(text) <= MAX_CHARS and ASKS.search(text):
                found.append(Post(category, number, text, kind))
    return found


def where(post: Post) -> str:
    return f"{SOURCE} {post.category} {post.line} ({post.kind})"


def pool(skip: Cited) -> tuple[list[Candidate], int]:
    """The pool, each candidate with its same-kind later candidates, and how many of the pool's posts an earlier
    probe file cites, quotes or asks."""
    kept, seen = unseen(posts(), lambda post: post.cited, lambda post: post.text, skip, SOURCE)
    return ranked_with_later_of_kind(kept, SOURCE, where, SEED, FOLLOW_UPS), seen


def main() -> None:
    skip = cited_earlier(OWN_FILE, {SOURCE: CITED_CHIEBUKURO}, asks=True)
    found, seen = pool(skip)
    print_left_out(((SOURCE, seen),))
    print_quietly(((SOURCE, found, len(found)),), SEED)


if __name__ == "__main__":
    main()
