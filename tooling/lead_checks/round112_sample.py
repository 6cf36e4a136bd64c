"""The lead's round-112 check set: a seeded random sample of the questions that Reddit users typed into the top posts
of r/NetflixBestOf, r/MovieSuggestions, r/netflix, r/anime, r/manga, r/japanlife and r/movies (2010 to August 2013),
those about films, TV, actors, books and music (and the off-topic ones the filter lets in), each with the same post's
later questions (the poster's own follow-ups) and the later-ranked questions that ask about the same kind of subject.

Reads one dataset from its mirror on this machine (`git show <commit>:<path>`, nothing is downloaded):

- Reddit Top 2.5 Million (the repository umbrae/reddit-top-2.5-million of the GitHub user umbrae, Chris Dary, 2013;
  no paper): the top 1,000 all-time posts of each of the 2,500 most-subscribed subreddits that are not marked NSFW,
  pulled with Reddit's API on 15-20 August 2013, one CSV file per subreddit with a header line (`created_utc`, `id`,
  `title`, `selftext` and the post's score, links and flags; the authors were stripped in 2017). Read at commit
  d0efcad (d0efcade504b8ed735a48ddc2b15552fa924c9d9, 2020-04-11, its newest; the seven files read are unchanged since
  f6585ba, 2017-01-19): data/{NetflixBestOf,MovieSuggestions,netflix,anime,manga,japanlife,movies}.csv, all present
  (354 KB to 823 KB; not LFS pointers; the repository's 6 absent blobs are other subreddits' files). Only each post's
  `id`, `created_utc`, `title` and `selftext` are read. HTML entities that the API left in the texts ("&amp;",
  "&gt;") are decoded; a body's lines quoted from elsewhere (a leading ">") are not read; the texts are otherwise kept
  as typed (casing, spelling, missing apostrophes, "??"). Licence: Open Data Commons Public Domain Dedication and
  License (PDDL) 1.0 (the repository's LICENSE). Cited as `RedditTop <subreddit> <id> q<n>` (n: the question's place
  among the post's questions, the title's first, from 1). The repository's r/TrueFilm file is not read: its top posts
  are essays whose questions argue film theory, and they would be over half the pool.

Pool: the questions of the posts (files in the order above, posts in file order, which is the score order): the
sentences of a post's title, then of its body, that end in "?", are 12 to 200 characters long, open with a letter,
hold no bracket left open and no link, and use a film, TV, actor, book or music word (SCREEN_WORDS below); the filter
also lets in questions about living in Japan, TV sets, streaming plans, subtitles or Reddit itself that use such a
word in passing; they come with the rest of the sample. A question repeated (compared without case or punctuation) is
kept once, at its first place; questions an earlier probe file cites, quotes or asks are left out (counts only are
printed).

Each candidate prints its post's title (in brackets, cut to 70 characters) and year, then the same post's later
questions ("q<n>: <text>", the same shape without the screen word, at most FOLLOW_UPS: the poster's own follow-ups),
then the later-ranked candidates that ask about the same kind of subject (SUBJECT_KINDS below: a song or band, a book
or its author, a performer or character, a film or show), with their ranks in the seeded order, at most LATER. The
probe file makes those that can be adapted follow-ups of the candidate. The kind is a rough guide for the writer, who
reads each question.

    python -m tooling.lead_checks.round112_sample
"""

from __future__ import annotations

import csv
import html
import io
import re
from dataclasses import dataclass
from datetime import datetime, timezone
from functools import lru_cache

from tooling.lead_checks.mirrors import (
    MIRRORS,
    SENTENCE,
    Candidate,
    Cited,
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

SEED = 112
FOLLOW_UPS = 4
LATER = 3
TITLE_CHARS = 70
OWN_FILE = "probes_round112_lead_check.yml"
SOURCE = "RedditTop"  # its name in citations and in the ranked output

TOP = MIRRORS / "umbrae+reddit-top-2.5-million" / "repo"
# The commit read (the repository's newest when mirrored; the files read are unchanged since f6585ba).
TOP_COMMIT = "d0efcade504b8ed735a48ddc2b15552fa924c9d9"
FOLDER = "data"
# The subreddits read, in this order.
SUBREDDITS = ("NetflixBestOf", "MovieSuggestions", "netflix", "anime", "manga", "japanlife", "movies")

# Film, TV, actor, book and music words, as the posters write them.
SCREEN_WORDS = re.compile(
    r"\b(?:movies?|films?|flicks?|cinemas?|theaters?|theatres?|actors?|actress(?:es)?|acting|starr(?:ed|ing)|cast|"
    r"characters?|directors?|directed|scenes?|plots?|endings?|sequels?|prequels?|remakes?|adaptations?|trailers?|"
    r"episodes?|seasons?|series|shows?|tv|television|netflix|hulu|hbo|dvds?|blu-?rays?|imdb|oscars?|hollywood|"
    r"cartoons?|animated|animation|anime|manga|mangaka|dub(?:bed|s)?|subbed|documentar(?:y|ies)|novels?|books?|"
    r"authors?|writers?|wrote|written|stor(?:y|ies)|chapters?|volumes?|songs?|singers?|bands?|albums?|music|"
    r"soundtracks?|scores?|roles?|played|watch(?:ed|ing)?)\b",
    re.IGNORECASE,
)
SUBJECT_KINDS = (
    ("music", re.compile(r"\b(?:songs?|singers?|bands?|albums?|music|soundtracks?|scores?)\b", re.IGNORECASE)),
    (
        "book",
        re.compile(
            r"\b(?:novels?|books?|authors?|writers?|wrote|written|chapters?|volumes?|manga|mangaka)\b", re.IGNORECASE
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
            r"remakes?|adaptations?|trailers?|episodes?|seasons?|series|shows?|tv|television|netflix|hulu|hbo|dvds?|"
            r"blu-?rays?|imdb|oscars?|hollywood|cartoons?|animated|animation|anime|dub(?:bed|s)?|subbed|"
            r"documentar(?:y|ies)|stor(?:y|ies)|watch(?:ed|ing)?)\b",
            re.IGNORECASE,
        ),
    ),
)
LINK = re.compile(r"https?://|www\.|\]\(", re.IGNORECASE)
# A web address with the text around it up to the next space: a link's dots must not end a sentence.
ADDRESS = re.compile(r"\S*(?:https?://|www\.)\S*", re.IGNORECASE)
CITED_TOP = re.compile(r"\bRedditTop\s+(\w+\s+\w+\s+q\d+)\b")


@dataclass(frozen=True)
class Post:
    subreddit: str
    id: str
    year: int
    title: str
    questions: tuple[str, ...]  # the title's, then the body's, in order


@dataclass(frozen=True)
class Question:
    post: Post
    index: int  # its place among the post's questions, from 0

    @property
    def text(self) -> str:
        return self.post.questions[self.index]

    @property
    def kind(self) -> str:
        return kind_of(self.text, SUBJECT_KINDS)

    @property
    def cited(self) -> str:
        return f"{self.post.subreddit} {self.post.id} q{self.index + 1}"


def is_question(sentence: str) -> bool:
    """A sentence shaped as a whole question (see the module's description), whatever it is about."""
    return (
        sentence.endswith("?")
        and 12 <= len(sentence) <= 200
        and sentence[0].isalpha()
        and sentence.count("(") <= sentence.count(")")
        and not LINK.search(sentence)
    )


def sentences(text: str) -> list[str]:
    """A title's or body's sentences, one line each; a body's quoted lines (a leading ">") left out, and each web
    address made one token that marks its sentence as holding a link."""
    lines = (line for line in html.unescape(text or "").splitlines() if not line.lstrip().startswith(">"))
    flat = ADDRESS.sub(" http:// ", one_line(" ".join(lines)))
    return [one_line(sentence) for sentence in SENTENCE.findall(flat) if sentence.strip()]


@lru_cache(maxsize=1)
def posts() -> tuple[Post, ...]:
    """The posts with at least one question, in SUBREDDITS order and file order."""
    present = stored_in_folder(TOP, TOP_COMMIT, FOLDER + "/")
    found = []
    for subreddit in SUBREDDITS:
        if f"{subreddit}.csv" not in present:
            continue
        for row in csv.DictReader(io.StringIO(git_text(TOP, f"{FOLDER}/{subreddit}.csv", TOP_COMMIT))):
            title = one_line(html.unescape(row["title"] or ""))
            asked = tuple(s for s in sentences(row["title"]) + sentences(row["selftext"]) if is_question(s))
            if asked:
                year = datetime.fromtimestamp(float(row["created_utc"]), tz=timezone.utc).year
                found.append(Post(subreddit, row["id"], year, title, asked))
    return tuple(found)


def questions() -> list[Question]:
    """The pool's questions: the posts' questions that use a screen word, in post and question order."""
    return [
        Question(post, index)
        for post in posts()
        for index, text in enumerate(post.questions)
        if SCREEN_WORDS.search(text)
    ]


def where(question: Question) -> str:
    return f"{question.cited} ({question.kind or '-'}) [{question.post.year}: {question.post.title[:TITLE_CHARS]}]"


def ranked(kept: list[Question]) -> list[Candidate]:
    """The candidates, each with its post's later questions and the later-ranked questions of its kind, with their
    ranks in print_samples' seeded order (one seed permutes any list of the same length alike)."""
    order = sample(range(len(kept)), len(kept), SEED)
    rank = {index: position for position, index in enumerate(order, 1)}
    by_kind: dict[str, list[int]] = {}  # each kind's questions, in rank order
    for index in order:
        by_kind.setdefault(kept[index].kind, []).append(index)
    place = {index: position for ranked_kind in by_kind.values() for position, index in enumerate(ranked_kind)}
    pool = []
    for index, question in enumerate(kept):
        post = question.post
        own = [
            f"q{number}: {post.questions[number - 1]}" for number in range(question.index + 2, len(post.questions) + 1)
        ]
        later = by_kind[question.kind][place[index] + 1 : place[index] + 1 + LATER] if question.kind else []
        same_kind = [
            f"later {question.kind}: {SOURCE}#{rank[other]} {kept[other].cited}: {kept[other].text}" for other in later
        ]
        pool.append(Candidate(SOURCE, where(question), question.text, tuple(own[:FOLLOW_UPS] + same_kind)))
    return pool


def pool(skip: Cited) -> tuple[list[Candidate], int]:
    """The pool, ranked, and how many of its questions an earlier probe file cites, quotes or asks."""
    kept, seen = unseen(questions(), lambda question: question.cited, lambda question: question.text, skip, SOURCE)
    return ranked(kept), seen


def main() -> None:
    skip = cited_earlier(OWN_FILE, {SOURCE: CITED_TOP}, asks=True)
    found, seen = pool(skip)
    print_left_out(((SOURCE, seen),))
    print_quietly(((SOURCE, found, len(found)),), SEED)


if __name__ == "__main__":
    main()
