"""The lead's round-127 check set: a seeded random sample of the titles of real question posts on Reddit, from
r/AskScienceFiction (questions about films, shows, books and games, each title tagged with its work) and from four
general "ask" subreddits (r/NoStupidQuestions, r/Questions, r/AskReddit, r/TooAfraidToAsk: the titles that use a film,
TV, actor, book or music word), each with the later-ranked titles of the same work or kind of subject.

Reads one dataset from its mirror on this machine (`git show <commit>:<path>`, nothing is downloaded):

- Reddit question titles that Trang Khong (the GitHub user tkhong95) collected with PRAW (Reddit's API) in September
  2023 for a General Assembly data-science project that tells human answers from ChatGPT's (repository
  tkhong95/APIs_NLP, "Web APIs & NLP"; no paper): the all-time top posts (`top(limit=1000)`, posts marked over 18
  left out by the collecting script) of six subreddits, one CSV file per subreddit with the columns `` (the row
  index), `question` (the post's title, as its asker typed it), `human_answer` (the post's most upvoted comment) and
  `ai_answer` (ChatGPT's answer to the title). Read at commit f9323bc (f9323bcf2de64b22aa1f5a5982f516be01a5d70a,
  2023-11-06, its newest; the data/ folder entered in 095d2df, 2023-09-20): data/<subreddit>_reddit_0to880.csv for
  the FILES below, all present (487 KB to 1.1 MB; real blobs, not LFS pointers; data/project3_data.csv is an absent
  blob and is not wanted). Only the row index and the `question` column are read: never the human answers, and never
  the model-written ai_answer column. data/morbidquestions_reddit_0to880.csv (r/MorbidQuestions) is not read: its
  titles ask about death, violence and bodies, unfit for a test file. Licence: the repository states none (no
  licence file; the README names none); the titles are Reddit users' posts, as in the Reddit sets of rounds 30, 49,
  57, 85 and 102. Cited as `RedditQ <subreddit> <index>` (the file's subreddit name and the row's index, from 0).

Pool: the titles (FILES in order, each in file order) that ask (a sentence ending in "?") and are at most MAX_CHARS
characters long; of the four general subreddits only the titles that use a film, TV, actor, book or music word
(SCREEN_WORDS below; it also lets in shows of other kinds, "stories" and "characters" of one's life, and Reddit
itself). A title repeated (compared without case or punctuation) is kept once, at its first place; titles an earlier
probe file cites, quotes or asks are left out (counts only are printed).

Each candidate prints the later-ranked candidates of its kind, at most FOLLOW_UPS, with their ranks in the seeded
order: an r/AskScienceFiction title's kind is the work its tag names, the tags of one franchise taken together
(FRANCHISES: "[MCU]", "[Marvel]" and "[Avengers: Endgame]" are Marvel; a title with no tag has none), a general
subreddit's title the kind of subject its words name (SUBJECT_KINDS: music, book, person, work). The
subreddits have no threads of one asker, so the probe file makes those later candidates that can be adapted
follow-ups of the candidate, with the names changed the same way, as rounds 96, 102 and 106 did.

    python -m tooling.lead_checks.round127_sample
"""

from __future__ import annotations

import csv
import io
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
    stored_in_folder,
    unseen,
)

SEED = 127
FOLLOW_UPS = 4
MAX_CHARS = 300
OWN_FILE = "probes_round127_lead_check.yml"
SOURCE = "RedditQ"  # its name in citations and in the ranked output

REDDITQ = MIRRORS / "tkhong95+APIs_NLP" / "repo"
# The commit read (the repository's newest when mirrored).
COMMIT = "f9323bcf2de64b22aa1f5a5982f516be01a5d70a"
FOLDER = "data/"
# The subreddits read, by their files' names, and whether every title is kept (True) or only those that use a
# SCREEN_WORDS word (False).
FILES = (
    ("asksciencefiction", True),
    ("nostupidquestion", False),
    ("question", False),
    ("askreddit", False),
    ("tooafraidtoask", False),
)
# Film, TV, actor, book and music words, as Reddit's askers type them.
SCREEN_WORDS = re.compile(
    r"\b(?:movies?|films?|flicks?|cinemas?|theaters?|theatres?|actors?|actress(?:es)?|acting|starr(?:ed|ing)|cast|"
    r"characters?|directors?|directed|scenes?|plots?|endings?|sequels?|prequels?|remakes?|trailers?|episodes?|"
    r"seasons?|series|shows?|tv|television|netflix|hbo|dvds?|blu-?rays?|imdb|oscars?|hollywood|cartoons?|animated|"
    r"anime|manga|novels?|novelists?|books?|authors?|writers?|wrote|written|stor(?:y|ies)|chapters?|poems?|songs?|"
    r"singers?|bands?|albums?|music|soundtracks?|lyrics|roles?|played|watch(?:ed|ing)?)\b",
    re.IGNORECASE,
)
SUBJECT_KINDS = (
    ("music", re.compile(r"\b(?:songs?|singers?|bands?|albums?|music|soundtracks?|lyrics)\b", re.IGNORECASE)),
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
# An r/AskScienceFiction title's opening tag, the work it asks about: "[MCU]", "[Star Wars]", "[Dune/Meta]".
TAG = re.compile(r"^\s*\[([^\]]{1,60})\]")
# The franchises whose works the askers tag in many ways ("[MCU]", "[Marvel]", "[Avengers: Endgame]"; "[Batman]",
# "[DC]"): a tag that names one is of its kind, so that a conversation stays with one franchise; any other tag is its
# own kind. The first match wins ("[Marvel/DC]" is Marvel).
FRANCHISES = (
    (
        "marvel",
        re.compile(
            r"\b(?:mcu|marvel|avengers?|x-?men|spider-?man|spidey|thor|hulk|loki|ant-?man|iron man|captain america|"
            r"deadpool|guardians|black panther|doctor strange|dr\.? strange|infinity war|endgame|wolverine|logan)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "dc",
        re.compile(
            r"\b(?:dc|dceu|dcu|batman|superman|joker|dark knight|gotham|the flash|wonder woman|green lantern|"
            r"man of steel|justice league)\b",
            re.IGNORECASE,
        ),
    ),
    ("star wars", re.compile(r"\b(?:star ?wars|sw|mandalorian|boba fett|phantom menace|jedi)\b", re.IGNORECASE)),
    ("harry potter", re.compile(r"\b(?:harry potter|hp|hogwarts)\b", re.IGNORECASE)),
    ("lord of the rings", re.compile(r"\b(?:lotr|lord of the rings|tolkien|hobbit)\b", re.IGNORECASE)),
    ("doctor who", re.compile(r"\b(?:doctor who|dr\.? who)\b", re.IGNORECASE)),
    ("avatar", re.compile(r"\b(?:atla|airbender|korra|lok)\b", re.IGNORECASE)),
    ("addams family", re.compile(r"\baddams\b", re.IGNORECASE)),
    ("scooby-doo", re.compile(r"\bscooby", re.IGNORECASE)),
    ("the matrix", re.compile(r"\bmatrix\b", re.IGNORECASE)),
    ("truman show", re.compile(r"\btruman\b", re.IGNORECASE)),
    ("star trek", re.compile(r"\bstar ?trek\b", re.IGNORECASE)),
)
CITED_REDDITQ = re.compile(r"\bRedditQ\s+([a-z]+\s+\d+)\b")


@dataclass(frozen=True)
class Title:
    subreddit: str  # the file's subreddit name
    index: int  # the row's index, from 0
    text: str  # the title, as typed
    kind: str

    @property
    def cited(self) -> str:
        return f"{self.subreddit} {self.index}"


def rows(subreddit: str, stored: set[str]) -> list[tuple[int, str]]:
    """A subreddit file's (index, title) rows, in file order; none when its content is not stored."""
    name = f"{subreddit}_reddit_0to880.csv"
    if name not in stored:
        return []
    reader = csv.reader(io.StringIO(git_text(REDDITQ, FOLDER + name, COMMIT), newline=""))
    header = next(reader, [])
    column = header.index("question") if "question" in header else 1
    return [(int(row[0]), row[column]) for row in reader if len(row) > column and row[0].isdigit()]


def kind(subreddit: str, text: str) -> str:
    if subreddit == "asksciencefiction":
        tag = TAG.match(text)
        if not tag:
            return ""
        named = " ".join(tag.group(1).lower().split())
        return f"work [{next((name for name, pattern in FRANCHISES if pattern.search(named)), named)}]"
    return kind_of(text, SUBJECT_KINDS)


def titles() -> list[Title]:
    """The pool's titles in FILES order, each file in file order."""
    stored = stored_in_folder(REDDITQ, COMMIT, FOLDER)
    found: list[Title] = []
    for subreddit, every in FILES:
        for index, raw in rows(subreddit, stored):
            text = one_line(raw)
            if not text or len(text) > MAX_CHARS or not asks(text):
                continue
            if every or SCREEN_WORDS.search(text):
                found.append(Title(subreddit, index, text, kind(subreddit, text)))
    return found


def where(title: Title) -> str:
    shown = f", {title.kind}" if title.kind else ""
    return f"{SOURCE} {title.cited} (r/{title.subreddit}{shown})"


def pool(skip: Cited) -> tuple[list[Candidate], int]:
    """The pool, each candidate with its same-kind later candidates, and how many titles an earlier probe file
    cites, quotes or asks."""
    kept, seen = unseen(titles(), lambda title: title.cited, lambda title: title.text, skip, SOURCE)
    return ranked_with_later_of_kind(kept, SOURCE, where, SEED, FOLLOW_UPS), seen


def main() -> None:
    skip = cited_earlier(OWN_FILE, {SOURCE: CITED_REDDITQ}, asks=True)
    found, seen = pool(skip)
    print(f"# {SOURCE} commit {COMMIT}")
    print_left_out(((SOURCE, seen),), unit="titles")
    print_quietly(((SOURCE, found, len(found)),), SEED)


if __name__ == "__main__":
    main()
