"""The lead's round-102 check set: a seeded random sample of the questions that people typed in the comment threads of
Reddit's r/movies, r/books and r/television forums in February to April 2015, those about films, TV, actors, books and
music (and the off-topic ones the filter lets in), each with the questions typed under it in the same reply chain
(the thread's own follow-ups) and the later-ranked questions that ask about the same kind of subject.

Reads one dataset from its mirror on this machine (`git show <commit>:<path>`, nothing is downloaded):

- Reddit Corpus Creator (the repository leahrnh/reddit_corpus of the GitHub user leahrnh, 2015; no paper): the
  statement-response pairs that its script took with Reddit's API from the comment threads of each day's 25 top
  submissions of 14 subreddits, written to one JSON file per subreddit and day, 2 February to 21 April 2015. Each
  record holds `docID` (the subreddit's id), `qSentId` and `question` (a submission's title or a comment), `aSentId`
  and `answer` (a comment posted in reply to it), and `corpus`; an id names one text within its file, so the records
  rebuild each file's reply trees (a submission's title is a root, never an answer). Read from that repository
  at commit bedbf66 (bedbf6671d14d5fb4fa632bfd5e502bd5a8f7573, 2015-04-24, its newest): the 63 files
  reddit_corpus/{movies,books,television}_2015-MM-DD.json, all present (112 KB to 2.3 MB; seven files of other
  subreddits, AskReddit and News, are absent blobs and are not read). Some files lack the commas between records (the
  README warns of a stray comma); every file is read record by record (json.JSONDecoder.raw_decode), so none is
  dropped. Only the ids and texts are read. HTML entities that the API left in the texts ("&amp;", "&gt;") are
  decoded; the texts are otherwise kept as typed (casing, spelling, profanity, missing apostrophes and question
  marks). Licence: the repository states none; the texts are Reddit users' comments. Cited as `Reddit2015 <file> <id>`
  (the file's name without ".json", the text's id in it).

Pool: the texts (files in name order, then id order) that ask (a sentence ending in "?"), are 12 to 200 characters
long, quote no other comment (no leading ">", HTML's "&gt;"), hold no link and use a film, TV, actor, book or music
word (SCREEN_WORDS below); the filter also lets in comments about a thread, a fee, a school or a game that use such a
word in passing; they come with the rest of the sample. A text repeated (compared without case or punctuation) is kept
once, at its first place; texts an earlier probe file cites, quotes or asks are left out (counts only are printed;
round 49 read r/movies comments from another dataset, Movie Dialog).

Each candidate prints the first text of its reply tree that the file holds (the submission's title where the file
has it; in brackets, cut to 70 characters), then the questions typed below it in its reply chain ("reply <depth>:
<text>", the same filter without the screen word, at most REPLIES, in id order), then the later-ranked candidates
that ask about the same kind of subject (SUBJECT_KINDS below: a song or band, a book or its author, a performer or
character, a film or show), with their ranks in the seeded order, at most FOLLOW_UPS. The probe file makes those that
can be adapted follow-ups of the candidate. The kind is a rough guide for the writer, who reads each question.

    python -m tooling.lead_checks.round102_sample
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

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
    sample,
    stored_in_folder,
    unseen,
)

SEED = 102
REPLIES = 3
FOLLOW_UPS = 3
OWN_FILE = "probes_round102_lead_check.yml"
SOURCE = "Reddit2015"  # its name in citations and in the ranked output

REDDIT = MIRRORS / "leahrnh+reddit_corpus" / "repo"
# The commit read (the repository's newest when mirrored).
REDDIT_COMMIT = "bedbf6671d14d5fb4fa632bfd5e502bd5a8f7573"
FOLDER = "reddit_corpus"
# The subreddits read, by the start of their files' names.
SUBREDDIT_FILE = re.compile(r"^(?:movies|books|television)_\d{4}-\d{2}-\d{2}\.json$")
TITLE_CHARS = 70

# Film, TV, actor, book and music words, as Reddit's commenters type them.
SCREEN_WORDS = re.compile(
    r"\b(?:movies?|films?|flicks?|cinemas?|theaters?|theatres?|actors?|actress(?:es)?|acting|starr(?:ed|ing)|cast|"
    r"characters?|directors?|directed|scenes?|plots?|endings?|sequels?|prequels?|remakes?|trailers?|episodes?|"
    r"seasons?|series|shows?|tv|television|netflix|hbo|dvds?|blu-?rays?|imdb|oscars?|hollywood|cartoons?|animated|"
    r"anime|manga|novels?|novelists?|books?|authors?|writers?|wrote|written|stor(?:y|ies)|chapters?|poems?|songs?|"
    r"singers?|bands?|albums?|music|soundtracks?|scores?|roles?|played|watch(?:ed|ing)?)\b",
    re.IGNORECASE,
)
SUBJECT_KINDS = (
    ("music", re.compile(r"\b(?:songs?|singers?|bands?|albums?|music|soundtracks?|scores?)\b", re.IGNORECASE)),
    (
        "book",
        re.compile(
            r"\b(?:novels?|novelists?|books?|authors?|writers?|wrote|written|chapters?|poems?|manga)\b", re.IGNORECASE
        ),
    ),
    (
        "person",
        re.compile(
            r"\b(?:actors?|actress(?:es)?|acting|starr(?:ed|ing)|cast|characters?|roles?|played|directors?|"
            r"directed)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "work",
        re.compile(
            r"\b(?:movies?|films?|flicks?|cinemas?|theaters?|theatres?|scenes?|plots?|endings?|sequels?|prequels?|"
            r"remakes?|trailers?|episodes?|seasons?|series|shows?|tv|television|netflix|hbo|dvds?|blu-?rays?|imdb|"
            r"oscars?|hollywood|cartoons?|animated|anime|stor(?:y|ies)|watch(?:ed|ing)?)\b",
            re.IGNORECASE,
        ),
    ),
)
LINK = re.compile(r"https?://|www\.|\]\(", re.IGNORECASE)
CITED_REDDIT = re.compile(r"\bReddit2015\s+((?:movies|books|television)_\d{4}-\d{2}-\d{2}\s+\d+)\b")
DECODER = json.JSONDecoder()


@dataclass(frozen=True, eq=False)  # one object a file: compared and hashed by identity
class Thread:
    """One file's texts by id, each reply's parent, and each text's replies (ids in order)."""

    name: str  # the file's name without ".json"
    texts: dict[int, str]
    parent: dict[int, int]
    replies: dict[int, tuple[int, ...]]

    def root(self, node: int) -> int:
        while node in self.parent:
            node = self.parent[node]
        return node

    def below(self, node: int) -> Iterator[tuple[int, int]]:
        """The texts of the reply chain under `node`, depth first in id order, each with its depth (1: a reply)."""
        stack = [(child, 1) for child in reversed(self.replies.get(node, ()))]
        while stack:
            child, depth = stack.pop()
            yield child, depth
            stack.extend((grandchild, depth + 1) for grandchild in reversed(self.replies.get(child, ())))


@dataclass(frozen=True)
class Question:
    thread: Thread
    id: int

    @property
    def text(self) -> str:
        return self.thread.texts[self.id]

    @property
    def kind(self) -> str:
        return kind_of(self.text, SUBJECT_KINDS)

    @property
    def cited(self) -> str:
        return f"{self.thread.name} {self.id}"


def records(text: str) -> Iterator[dict]:
    """The records of one file, read one by one: some files lack the commas between records."""
    index = 0
    while index < len(text):
        while index < len(text) and text[index] in "[], \r\n\t":
            index += 1
        if index >= len(text):
            return
        record, index = DECODER.raw_decode(text, index)
        yield record


@lru_cache(maxsize=1)
def threads() -> tuple[Thread, ...]:
    """Every stored file of the three subreddits, in name order, as its reply trees."""
    present = stored_in_folder(REDDIT, REDDIT_COMMIT, FOLDER + "/")
    found = []
    for name in sorted(file for file in present if SUBREDDIT_FILE.match(file)):
        texts: dict[int, str] = {}
        parent: dict[int, int] = {}
        for record in records(git_text(REDDIT, f"{FOLDER}/{name}", REDDIT_COMMIT)):
            texts.setdefault(record["qSentId"], one_line(html.unescape(record["question"] or "")))
            texts.setdefault(record["aSentId"], one_line(html.unescape(record["answer"] or "")))
            parent.setdefault(record["aSentId"], record["qSentId"])
        replies: dict[int, list[int]] = {}
        for child, above in sorted(parent.items()):
            replies.setdefault(above, []).append(child)
        found.append(Thread(name.removesuffix(".json"), texts, parent, {k: tuple(v) for k, v in replies.items()}))
    return tuple(found)


def is_asked(text: str) -> bool:
    """A text that asks, 12 to 200 characters long, quoting no comment and holding no link."""
    return 12 <= len(text) <= 200 and asks(text) and not text.startswith(">") and not LINK.search(text)


def questions() -> list[Question]:
    """The pool's questions (see the module's description), in file and id order."""
    return [
        Question(thread, node)
        for thread in threads()
        for node in sorted(thread.texts)
        if is_asked(thread.texts[node]) and SCREEN_WORDS.search(thread.texts[node])
    ]


def where(question: Question) -> str:
    title = question.thread.texts[question.thread.root(question.id)][:TITLE_CHARS]
    return f"{question.cited} ({question.kind or '-'}) [{title}]"


def ranked(kept: list[Question]) -> list[Candidate]:
    """The candidates, each with its reply chain's questions and the later-ranked questions of its kind, with their
    ranks in print_samples' seeded order (one seed permutes any list of the same length alike)."""
    order = sample(range(len(kept)), len(kept), SEED)
    rank = {index: position for position, index in enumerate(order, 1)}
    by_kind: dict[str, list[int]] = {}  # each kind's questions, in rank order
    for index in order:
        by_kind.setdefault(kept[index].kind, []).append(index)
    place = {index: position for ranked_kind in by_kind.values() for position, index in enumerate(ranked_kind)}
    pool = []
    for index, question in enumerate(kept):
        thread = question.thread
        in_reply = [
            f"reply {depth}: {thread.name} {node}: {thread.texts[node]}"
            for node, depth in thread.below(question.id)
            if is_asked(thread.texts[node])
        ][:REPLIES]
        later = by_kind[question.kind][place[index] + 1 : place[index] + 1 + FOLLOW_UPS] if question.kind else []
        same_kind = [
            f"later {question.kind}: {SOURCE}#{rank[other]} {kept[other].cited}: {kept[other].text}" for other in later
        ]
        pool.append(Candidate(SOURCE, where(question), question.text, tuple(in_reply + same_kind)))
    return pool


def pool(skip: Cited) -> tuple[list[Candidate], int]:
    """The pool, ranked, and how many of its questions an earlier probe file cites, quotes or asks."""
    kept, seen = unseen(questions(), lambda question: question.cited, lambda question: question.text, skip, SOURCE)
    return ranked(kept), seen


def main() -> None:
    skip = cited_earlier(OWN_FILE, {SOURCE: CITED_REDDIT}, asks=True)
    found, seen = pool(skip)
    print_left_out(((SOURCE, seen),))
    print_quietly(((SOURCE, found, len(found)),), SEED)


if __name__ == "__main__":
    main()
