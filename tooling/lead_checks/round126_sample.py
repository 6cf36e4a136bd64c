"""The lead's round-126 check set: a seeded random sample of the Reddit comments of GoEmotions that ask something
about a film, a TV show, an actor, a book or a song (a sentence that ends in a question mark, in a comment that uses a
film, TV, actor, book or music word), each with the later-ranked comments of the same kind of subject.

Reads one dataset from a mirror on this machine (`git show <commit>:<path>`, nothing is downloaded):

- GoEmotions (Dorottya Demszky, Dana Movshovitz-Attias, Jeongwoo Ko, Alan Cowen, Gaurav Nemade and Sujith Ravi,
  "GoEmotions: A Dataset of Fine-Grained Emotions", ACL 2020): 58,009 English Reddit comments (2005-2019, from
  popular English subreddits), written by Reddit users, each labelled by crowd raters with the emotions it shows;
  names of people are masked by the authors as "[NAME]" and religions as "[RELIGION]". Google publishes it in
  google-research/google-research under goemotions/data/ (train.tsv, dev.tsv, test.tsv: the 54,263 comments of the
  authors' split, one a line, "<text>\t<emotion ids>\t<comment id>"). That repository's snapshot (about 1.1 GB) is
  over the size that can be brought here, so the three files are read from the verbatim copy in
  monologg/GoEmotions-pytorch (Jangwon Park), data/original/{train,dev,test}.tsv, at commit b75f9d3 (2021-01-17, its
  newest; the files entered in 47f5afb, 2020-06-19), present (3.5 MB, 439 kB, 437 kB; real blobs, not LFS
  pointers). Each file has the same number of characters as google-research's goemotions/data file of the same name
  (3,497,811, 436,365 and 434,093, as the stored copy of google-research at 2adf640 and b91598b gives them), and the
  same opening and closing text. Only the text and the comment id are read, never the emotion labels. Licence:
  Apache-2.0 (google-research's LICENSE, which covers its data; monologg/GoEmotions-pytorch is also Apache-2.0).
  Cited as `GoEmotions <comment id>`.

Pool: the comments of train.tsv, dev.tsv and test.tsv (in that order, each in file order) that hold a sentence ending
in a question mark (mirrors.asks) and use a SCREEN_WORDS word; each comment text once (compared without case or
punctuation). The filter also lets in comments where such a word has another sense (a "show" of force, a "book" of
law, a "character" of a person, a "record"): they come with the rest of the sample. Comments an earlier probe file
cites, quotes or asks are left out (counts only are printed).

Reddit threads are not in these files (each comment stands alone), so each candidate prints the later-ranked
candidates of the same kind of subject (KINDS below: music, book, actor, tv, film; "" when none), with their ranks in
the seeded order, at most FOLLOW_UPS: the probe file makes those of them that can be adapted follow-ups of the
candidate, with the names changed the same way, as rounds 106 and 108 did.

    python -m tooling.lead_checks.round126_sample
"""

from __future__ import annotations

import re
import subprocess
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

SEED = 126
FOLLOW_UPS = 3
OWN_FILE = "probes_round126_lead_check.yml"
SOURCE = "GoEmotions"  # its name in citations and in the ranked output

GOEMOTIONS = MIRRORS / "monologg+GoEmotions-pytorch" / "repo"
# The commit read (the repository's newest when mirrored).
GOEMOTIONS_COMMIT = "b75f9d3a8b76bc1060687925b04ca98a1b8ea66b"
SPLITS = ("data/original/train.tsv", "data/original/dev.tsv", "data/original/test.tsv")

# Film, TV, actor, book and music words, as Reddit's commenters write them.
SCREEN_WORDS = re.compile(
    r"\b(?:movies?|films?|filmed|cinemas?|theaters?|theatres?|netflix|hollywood|oscars?|sequels?|prequels?|trailers?|"
    r"directors?|directed|scenes?|plots?|endings?|spoilers?|actors?|actress(?:es)?|acting|cast|starr(?:ed|ing)|"
    r"characters?|roles?|shows?|episodes?|seasons?|series|tv|sitcoms?|anime|books?|novels?|authors?|writers?|"
    r"wr[io]te|written|chapters?|songs?|singers?|sang|albums?|bands?|music|lyrics|soundtracks?|covers?)\b",
    re.IGNORECASE,
)
# The kind of subject a comment asks about: the first pattern it matches.
KINDS = (
    ("music", re.compile(r"\b(?:songs?|singers?|sang|albums?|bands?|music|lyrics|soundtracks?|covers?)\b", re.I)),
    ("book", re.compile(r"\b(?:books?|novels?|authors?|writers?|wr[io]te|written|chapters?)\b", re.I)),
    ("actor", re.compile(r"\b(?:actors?|actress(?:es)?|acting|cast|starr(?:ed|ing)|roles?)\b", re.I)),
    ("tv", re.compile(r"\b(?:shows?|episodes?|seasons?|series|tv|sitcoms?|anime)\b", re.I)),
    (
        "film",
        re.compile(
            r"\b(?:movies?|films?|filmed|cinemas?|theat(?:er|re)s?|netflix|hollywood|oscars?|"
            r"sequels?|prequels?|trailers?|directors?|directed|scenes?|plots?|endings?|spoilers?|"
            r"characters?)\b",
            re.I,
        ),
    ),
)
CITED_GOEMOTIONS = re.compile(r"\bGoEmotions\s+([a-z0-9]{6,8})\b")


@dataclass(frozen=True)
class Comment:
    comment_id: str  # the Reddit comment id GoEmotions gives
    split: str  # train, dev or test
    line: int  # its line in that file, from 1
    text: str  # the comment, as written
    kind: str


def full_commit() -> str:
    return subprocess.run(
        ["git", "-C", str(GOEMOTIONS), "rev-parse", GOEMOTIONS_COMMIT], capture_output=True, text=True, check=True
    ).stdout.strip()


def unquoted(text: str) -> str:
    """A field the files quote as CSV does (a text that holds a double quote is written in double quotes, its own
    double quotes doubled), as the commenter wrote it."""
    if len(text) > 1 and text.startswith('"') and text.endswith('"'):
        return text[1:-1].replace('""', '"')
    return text


def comments() -> list[Comment]:
    """The comments of the three files that ask and use a SCREEN_WORDS word, in file order (labels are not read)."""
    found: list[Comment] = []
    for path in SPLITS:
        split = path.rpartition("/")[2].removesuffix(".tsv")
        for number, row in enumerate(git_text(GOEMOTIONS, path, GOEMOTIONS_COMMIT).splitlines(), 1):
            fields = row.split("\t")
            if len(fields) != 3:
                continue
            text = unquoted(one_line(fields[0]))
            if text and asks(text) and SCREEN_WORDS.search(text):
                found.append(Comment(fields[2], split, number, text, kind_of(text, KINDS)))
    return found


def where(comment: Comment) -> str:
    return f"{SOURCE} {comment.comment_id} ({comment.split} {comment.line}; {comment.kind or 'no kind'})"


def pool(skip: Cited) -> tuple[list[Candidate], int]:
    """The pool, each candidate with its same-kind later candidates; and how many an earlier probe file cites, quotes
    or asks."""
    kept, seen = unseen(comments(), lambda found: found.comment_id, lambda found: found.text, skip, SOURCE)
    return ranked_with_later_of_kind(kept, SOURCE, where, SEED, FOLLOW_UPS), seen


def main() -> None:
    skip = cited_earlier(OWN_FILE, {SOURCE: CITED_GOEMOTIONS}, asks=True)
    found, seen = pool(skip)
    print(f"# {SOURCE} commit {full_commit()}")
    print_left_out(((SOURCE, seen),), unit="comments")
    print_quietly(((SOURCE, found, len(found)),), SEED)


if __name__ == "__main__":
    main()
