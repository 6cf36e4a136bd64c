"""The lead's round-139 check set: a seeded random sample of the English tweets of iSarcasmEval, tweets whose own
authors labelled them sarcastic or not, keeping those that use a film, TV, actor, book or music word (and the
tweets about other things that use such a word in another sense), each with the later-ranked tweets of the same kind
of subject.

Reads one dataset from its mirror on this machine (`git show <commit>:<path>`, nothing is downloaded):

- iSarcasmEval (Ibrahim Abu Farha, Silviu Vlad Oprea, Steven Wilson and Walid Magdy, "SemEval-2022 Task 6:
  iSarcasmEval, Intended Sarcasm Detection in English and Arabic", SemEval 2022; built on iSarcasm, Silviu Vlad Oprea
  and Walid Magdy, "iSarcasm: A Dataset of Intended Sarcasm", ACL 2020): tweets that Twitter users wrote themselves
  and then labelled, as their authors, sarcastic or not (a sarcastic one with the author's own plain rephrase). Read
  from the task's repository iabufarha/iSarcasmEval at commit dfc708b (2022-10-21, its newest): the English training
  file train/train.En.csv (3,468 tweets; columns: row, tweet, sarcastic, rephrase and the expert's irony categories)
  and the English test file of sub-task A, test/task_A_En_test.csv (1,400 tweets; columns: text, sarcastic), both
  present (491 kB and 131 kB, real blobs, no LFS pointer). Only each tweet's text and place are read, never a label,
  a rephrase or the third-party annotations. The tweets are kept as typed, handles, emoji, casing and typos included.
  Licence: MIT (the repository's LICENSE, 2022 Ibrahim Abu Farha); the README states no separate licence for the data.
  Cited as `iSarcasmEval <split> <row>` (train: the file's own row number, from 0; test: the tweet's place in the
  file, from 0).

Pool: the tweets (train first, then test, each in file order) that use a film, TV, actor, book or music word
(SCREEN_WORDS below, round 105's); the words also let in tweets where such a word has another sense (a "series" of
games, a "record", a "cast", a "scene"); they come with the rest of the sample. A text repeated (compared without
case or punctuation) is kept once, at its first place; tweets an earlier probe file cites, quotes or asks are left out
(counts only are printed).

Twitter gives each tweet alone here (no threads), so each candidate prints the later-ranked candidates of its kind of
subject (KINDS below: film, tv, person, book, music; "" when none, which prints none), with their ranks in the seeded
order, at most FOLLOW_UPS: the probe file makes those of them that can be adapted follow-ups of the candidate, with
the names changed the same way, as rounds 96 and 106 did.

    python -m tooling.lead_checks.round139_sample
"""

from __future__ import annotations

import csv
import io
import re
import subprocess
from dataclasses import dataclass

from tooling.lead_checks.mirrors import (
    MIRRORS,
    Candidate,
    Cited,
    cited_earlier,
    git_text,
    kind_of,
    one_line,
    print_left_out,
    print_quietly,
    ranked_with_later_of_kind,
    unseen,
)
from tooling.lead_checks.round105_sample import SCREEN_WORDS

SEED = 139
FOLLOW_UPS = 3
OWN_FILE = "probes_round139_lead_check.yml"
SOURCE = "iSarcasmEval"  # its name in citations and in the ranked output

ISARCASMEVAL = MIRRORS / "iabufarha+iSarcasmEval" / "repo"
# The commit read (the repository's newest when mirrored).
ISARCASMEVAL_COMMIT = "dfc708b53bde1bb571abfb5692f63231c2232195"
# Each split read: its file, and the column that holds the tweet.
SPLITS = (
    ("train", "train/train.En.csv", "tweet"),
    ("test", "test/task_A_En_test.csv", "text"),
)
# The kinds of subject a tweet's words point at, the first that matches.
KINDS = (
    (
        "music",
        re.compile(r"\b(?:songs?|singers?|sang|albums?|bands?|music|lyrics|concerts?|playlists?|spotify)\b", re.I),
    ),
    ("book", re.compile(r"\b(?:books?|novels?|authors?|read(?:ing)?|chapters?|poems?|writers?)\b", re.I)),
    (
        "person",
        re.compile(r"\b(?:actors?|actress(?:es)?|acting|cast|starr(?:ed|ing)|celebrit(?:y|ies)|directors?)\b", re.I),
    ),
    ("tv", re.compile(r"\b(?:tv|television|episodes?|series|seasons?|shows?|sitcoms?|netflix|binge)\b", re.I)),
    ("film", re.compile(r"\b(?:movies?|films?|cinemas?|scenes?|trailers?|sequels?|oscars?|hollywood)\b", re.I)),
)
CITED_ISARCASMEVAL = re.compile(r"\biSarcasmEval\s+(train|test)\s+(\d+)\b")


@dataclass(frozen=True)
class Tweet:
    split: str
    row: int  # train: the file's own row number; test: the place in the file; both from 0
    text: str
    kind: str

    @property
    def cited(self) -> tuple[str, str]:
        return (self.split, str(self.row))


def full_commit() -> str:
    return subprocess.run(
        ["git", "-C", str(ISARCASMEVAL), "rev-parse", ISARCASMEVAL_COMMIT], capture_output=True, text=True, check=True
    ).stdout.strip()


def tweets() -> list[Tweet]:
    """The tweets of both splits that use a SCREEN_WORDS word, in SPLITS and file order (no label is read)."""
    found: list[Tweet] = []
    for split, path, column in SPLITS:
        rows = csv.DictReader(io.StringIO(git_text(ISARCASMEVAL, path, ISARCASMEVAL_COMMIT)))
        for place, row in enumerate(rows):
            text = one_line(row.get(column) or "")
            number = int(row[""]) if row.get("", "").isdigit() else place
            if text and SCREEN_WORDS.search(text):
                found.append(Tweet(split, number, text, kind_of(text, KINDS)))
    return found


def where(tweet: Tweet) -> str:
    kind = f" ({tweet.kind})" if tweet.kind else ""
    return f"{SOURCE} {tweet.split} {tweet.row}{kind}"


def pool(skip: Cited) -> tuple[list[Candidate], int]:
    """The pool, each candidate with its same-kind later candidates, and how many of the pool's tweets an earlier
    probe file cites, quotes or asks."""
    kept, seen = unseen(tweets(), lambda tweet: tweet.cited, lambda tweet: tweet.text, skip, SOURCE)
    return ranked_with_later_of_kind(kept, SOURCE, where, SEED, FOLLOW_UPS), seen


def main() -> None:
    skip = cited_earlier(OWN_FILE, {SOURCE: CITED_ISARCASMEVAL}, asks=True)
    found, seen = pool(skip)
    print(f"# {SOURCE} commit {full_commit()}")
    print_left_out(((SOURCE, seen),), unit="tweets")
    print_quietly(((SOURCE, found, len(found)),), SEED)


if __name__ == "__main__":
    main()
