"""The lead's round-49 check set: a seeded random sample of the questions that people typed into Yahoo Answers and
that the TREC LiveQA challenges passed on, those about films, TV, actors, books, music and the other arts, each with
the further questions its asker typed into the question's body, and of the /r/movies comments that ask something,
from the Movie Dialog dataset.

Reads two datasets from their mirrors on this machine (`git show <commit>:<path>`, nothing is downloaded):

- TREC LiveQA (Eugene Agichtein, David Carmel, Dan Pelleg, Yuval Pinter and Donna Harman, "Overview of the TREC 2015
  LiveQA Track", TREC 2015; the 2016 and 2017 tracks the same): fresh questions that people had just typed into Yahoo
  Answers (a title that asks and an optional body with details and often further questions), which the organisers'
  challenge system sent in real time to the participants' servers. Read from the organisers' own repository,
  yuvalpinter/liveqa-organizers (Yahoo Research's challenge system, "Initial import from Yahoo repo"):
  - data/liveqa-5k.gz at commit 7cbbcab (2016-12-05, the master branch's newest): 4,635 questions of 2013 in eight
    top categories, one a line, tab-separated: the Yahoo question id, the leaf category, the top category, the date,
    the title and the body (a body holding tabs is read whole). Cited `LiveQA 5k <qid>`.
  - feed/*.xml at commit 74234c7 (2017-07-19, the newest of the branch 2017): the RSS feeds of the 2017 dry runs
    (FEED_FILES), each item a Yahoo question (title "[ <category> ] Question: <title>", the body in `description`,
    the qid in `guid`) or a question of the medical subtask (not read). A question in several feeds, or already in
    the 5k file, is read once, at its first place. Cited `LiveQA feed <qid>`.
  All present. HTML entities are decoded, runs of whitespace read as one space; casing, spelling and typos are kept
  as typed. Licence: the repository's LICENSE, a BSD licence of Yahoo! Inc. (2016), which released the data files
  with the code.
- The Movie Dialog dataset (Jesse Dodge, Andreea Gane, Xiang Zhang, Antoine Bordes, Sumit Chopra, Alexander Miller,
  Arthur Szlam and Jason Weston, "Evaluating Prerequisite Qualities for Learning End-to-End Dialog Systems", ICLR
  2016), task 4: comments that people wrote on Reddit's /r/movies. The task's dialogue files are absent blobs in the
  only stored copy, genandlam/data-processing-various-dataset at commit 02d859e (2019-01-28, its newest); its two
  candidate files are present: movie_dialog_fb/task4_reddit_download/task4_reddit_cand-test.txt and
  task4_reddit_cand-valid.txt (10,000 comments each, a line "1 <comment>"). The files' tokenisation is undone for the
  space before punctuation and clitics (TOKEN_SPACE); everything else is kept as the data gives it. Licence: CC BY 3.0
  (the dataset's LICENSE.txt, movie_dialog_fb/movie_dialog_dataset/LICENSE.txt at commit 0daa9a4 of the same
  repository). Cited `MDD Reddit <cand-test|cand-valid> <line>`. Tasks 1-3 (templated WikiMovies questions) are not
  read.

Why these sources: the brief's ideas for this round were checked first. The WikiAnswers corpus (Paralex, afader/oqa),
ANTIQUE's queries and MIMICS were found in no stored repository; the Maluuba Frames and MetaLWOz dialogues neither
(ConvLab/ConvLab-3 holds only their preprocessing scripts); Quizbowl's questions (QANTA) are downloaded from the
authors' site and are quiz paragraphs, not questions people asked. TREC LiveQA's questions are present, are what
people typed, and come with their bodies, whose questions follow the title's; few are about films, so the /r/movies
comments give the rest.

LiveQA pool: the questions of the 5k file and then of the feeds, in file order, whose title uses a SCREEN_WORDS word,
or whose leaf category is one of ARTS_CATEGORIES and whose body uses one. The filter also lets in questions where such
a word has another sense or the art is the asker's own (writing a story, a poem, an audition); they come with the rest
of the sample. Each candidate is its title; it prints the body's first BODY_SHOWN characters ("body: ...") and the
body's sentences that end in "?" ("body <n>: <sentence>"), at most FOLLOW_UPS, the asker's own further questions,
which the probe file makes follow-ups of the candidate, with the names changed the same way.

MDD pool: the comments of the two candidate files, in MDD_FILES order and file order, that hold a sentence ending in
"?", use a SCREEN_WORDS word and are at most MDD_LONGEST characters long; single questions.

In both pools a question repeated (compared without case or punctuation) is kept once, at its first place, and those
that any tests/nlu/probes*.yml already cites (`LiveQA <5k|feed> <qid>`, `MDD Reddit <file> <line>`), quotes or asks
word for word are left out; only how many is printed. Each pool is shuffled with a fixed seed and printed in that
order. The probe file tests/nlu/probes_round49_lead_check.yml takes the candidates in this order, skipping only those
that cannot be adapted to a question about this single film (its header says which ranks were skipped).

    python -m tooling.lead_checks.round49_sample [--liveqa N] [--mdd N]
"""

from __future__ import annotations

import argparse
import gzip
import html
import re
import subprocess
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from tooling.lead_checks.mirrors import (
    MIRRORS,
    SENTENCE,
    Candidate,
    asks,
    cited_earlier,
    first_unseen,
    normalised,
    one_line,
    print_quietly,
)

SEED = 49
FOLLOW_UPS = 4  # a body rarely asks more; more are not printed
BODY_SHOWN = 400  # characters of the body printed as context
OWN_FILE = "probes_round49_lead_check.yml"
SOURCE = "LiveQA"  # its name in citations and in the ranked output

LIVEQA = MIRRORS / "yuvalpinter+liveqa-organizers" / "repo"
# The master branch's newest commit, which holds the 5k file, and the branch 2017's newest, which holds the feeds.
FIVE_K_COMMIT = "7cbbcabe0518351704a2804a0150867281230118"
FIVE_K_FILE = "data/liveqa-5k.gz"
FEEDS_COMMIT = "74234c79172eac7593c503a71b343b9abcb8ab7d"
FEED_FILES = (
    "feed/liveqa-dryrun.xml",
    "feed/liveqa-dryrun-1936.xml",
    "feed/liveqa-dryrun-2316.xml",
    "feed/liveqa-dryrun-2317.xml",
    "feed/liveqa_dryrun_20170719_0200.xml",
)
MEDICAL = "LiveQA2017_Medical_Subtask"
# A feed item's title: "[ <category> ] Question: <title>" (or "Open Question : <title>").
FEED_TITLE = re.compile(r"^\[\s*(?P<category>[^\]]*?)\s*\]\s*(?:Open\s+)?Question\s*:\s*(?P<title>.*)$", re.DOTALL)
QID = re.compile(r"qid=(\w+)")

# Film, TV, actor, book, music and art words, as Yahoo askers use them. "book" is left out where a word after it makes
# it the verb (book a flight), "show" kept only as a programme, "play" only as a stage play, "draw" and "paint" as art.
SCREEN_WORDS = re.compile(
    r"\b(?:movies?|films?|cinemas?|actors?|actress(?:es)?|acting|starr(?:ed|ing)|characters?|directors?|directed|"
    r"sequels?|episodes?|series(?! of)|tv|television|netflix|trailers?|anime|manga|hollywood|oscars?|"
    r"(?:tv|the|that|this|a) shows?|novels?|novelists?|"
    r"books?(?! (?:a|an|the|me|us|it|tickets?|seats?|rooms?|flights?|trips?|hotels?|in|for|now|up)\b)|"
    r"authors?|writers?|wr[io]te|written|fiction|stor(?:y|ies)|poems?|poets?|poetry|literature|songs?|singers?|"
    r"sang|bands?|albums?|music|musicians?|musicals?|lyrics|soundtracks?|composers?|romance|romantic|"
    r"theat(?:er|re)s?|(?:a|the|school) plays?|painters?|paintings?|drawings?|artists?|artwork|reading|read)\b",
    re.IGNORECASE,
)
# The leaf categories about the arts whose questions are kept when only their body uses such a word.
ARTS_CATEGORIES = frozenset(
    {
        "Books & Authors",
        "Poetry",
        "Theater & Acting",
        "Performing Arts",
        "Painting",
        "Drawing & Illustration",
        "Movies",
        "Comics & Animation",
        "Music",
        "Television",
        "Celebrities",
        "Other - Arts & Humanities",
    }
)
CITED = re.compile(r"\bLiveQA\s+(?:5k|feed)\s+(\w+)")


@dataclass(frozen=True)
class Question:
    file: str  # "5k" or "feed"
    qid: str
    category: str  # the leaf category
    title: str
    body: str

    @property
    def where(self) -> str:
        return f"{self.file} {self.qid}"


def clean(text: str) -> str:
    """A title or body as read: HTML entities decoded, whitespace made single spaces."""
    return one_line(html.unescape(html.unescape(text)))


def git_bytes(commit: str, path: str, repo: Path = LIVEQA) -> bytes:
    """A file of a bare mirror at `commit`, as bytes (the feeds are Latin-1, the 5k file gzipped)."""
    shown = subprocess.run(["git", "-C", str(repo), "show", f"{commit}:{path}"], capture_output=True, check=True)
    return shown.stdout


def five_k() -> list[Question]:
    """The questions of data/liveqa-5k.gz in file order (a body holding tabs is read whole)."""
    found = []
    for line in gzip.decompress(git_bytes(FIVE_K_COMMIT, FIVE_K_FILE)).decode("utf-8").splitlines():
        fields = line.split("\t")
        if len(fields) >= 5:
            found.append(Question("5k", fields[0], fields[1], clean(fields[4]), clean(" ".join(fields[5:]))))
    return found


def feeds() -> list[Question]:
    """The Yahoo questions of the feeds in FEED_FILES order and item order (the medical subtask's are not read)."""
    found = []
    for path in FEED_FILES:
        for item in ElementTree.fromstring(git_bytes(FEEDS_COMMIT, path)).iter("item"):
            title = FEED_TITLE.match(item.findtext("title") or "")
            qid = QID.search(item.findtext("guid") or item.findtext("link") or "")
            if not title or not qid or title["category"].startswith(MEDICAL):
                continue
            category = html.unescape(title["category"])
            found.append(
                Question(
                    "feed", qid.group(1), category, clean(title["title"]), clean(item.findtext("description") or "")
                )
            )
    return found


@cache
def questions() -> list[Question]:
    """The pool's questions of both file kinds, the 5k file first, each qid once (at its first place)."""
    seen: set[str] = set()
    kept = []
    for question in five_k() + feeds():
        if question.qid in seen:
            continue
        seen.add(question.qid)
        if SCREEN_WORDS.search(question.title) or (
            question.category in ARTS_CATEGORIES and SCREEN_WORDS.search(question.body)
        ):
            kept.append(question)
    return kept


def with_body(question: Question) -> Candidate:
    """A candidate with its body's questions (at most FOLLOW_UPS) and the body's beginning."""
    asked = [sentence.strip() for sentence in SENTENCE.findall(question.body) if sentence.strip().endswith("?")]
    later = tuple(f"body {number}: {sentence}" for number, sentence in enumerate(asked[:FOLLOW_UPS], 1))
    shown = (f"body: {question.body[:BODY_SHOWN]}",) if question.body else ()
    return Candidate(SOURCE, f"{question.where} [{question.category}]", question.title, shown + later)


def pool() -> list[Candidate]:
    """The LiveQA candidates, less those an earlier probe file cites, quotes or asks (how many is printed)."""
    skip = cited_earlier(OWN_FILE, {SOURCE: CITED}, asks=True)
    every = questions()
    seen = {
        question for question in every if question.qid in skip.ids[SOURCE] or normalised(question.title) in skip.texts
    }
    print(f"# {SOURCE}: {len(seen)} questions left out, cited, quoted or asked by an earlier probe file")
    kept = first_unseen(every, lambda question: question.title, lambda question: question in seen)
    return [with_body(question) for question in kept]


MDD = MIRRORS / "genandlam+data-processing-various-dataset" / "repo"
# The repository's newest commit; the candidate files entered in e9b47aa (2018-07-11) and are unchanged since.
MDD_COMMIT = "02d859e2f66c798cecf4e307e2c3f7ea97d7b340"
MDD_FOLDER = "movie_dialog_fb/task4_reddit_download/"
# The files read, each with the name it is cited by (task4_reddit_dev.txt and task4_reddit_test.txt are absent blobs).
MDD_FILES = (("cand-test", "task4_reddit_cand-test.txt"), ("cand-valid", "task4_reddit_cand-valid.txt"))
MDD_SOURCE = "MDD"  # its name in citations and in the ranked output
MDD_LONGEST = 400  # characters; longer comments are essays, not questions
CITED_MDD = re.compile(r"\bMDD\s+Reddit\s+(cand-(?:test|valid)\s+\d+)")
# The tokenisation the Movie Dialog files were written with, undone: a space before punctuation and clitics, after
# an opening bracket.
TOKEN_SPACE = re.compile(r" (?=[.,!?;:)%]|n't\b|'(?:s|re|ve|ll|d|m)\b)|(?<=[(]) ")


@dataclass(frozen=True)
class Comment:
    file: str  # "cand-test" or "cand-valid"
    line: int  # its line in the file, from 1
    text: str

    @property
    def where(self) -> str:
        return f"Reddit {self.file} {self.line}"


def mdd_comments() -> list[Comment]:
    """The comments of the two candidate files, in MDD_FILES order and file order, that ask and use a SCREEN_WORDS
    word, at most MDD_LONGEST characters long (each line is "1 <comment>")."""
    found = []
    for file, name in MDD_FILES:
        lines = git_bytes(MDD_COMMIT, MDD_FOLDER + name, MDD).decode("utf-8").splitlines()
        for number, line in enumerate(lines, 1):
            text = TOKEN_SPACE.sub("", one_line(line.removeprefix("1 ")))
            if text and len(text) <= MDD_LONGEST and asks(text) and SCREEN_WORDS.search(text):
                found.append(Comment(file, number, text))
    return found


def mdd_pool() -> list[Candidate]:
    """The MDD candidates, less those an earlier probe file cites, quotes or asks (how many is printed)."""
    skip = cited_earlier(OWN_FILE, {MDD_SOURCE: CITED_MDD}, asks=True)
    every = mdd_comments()
    seen = {
        comment
        for comment in every
        if f"{comment.file} {comment.line}" in skip.ids[MDD_SOURCE] or normalised(comment.text) in skip.texts
    }
    print(f"# {MDD_SOURCE}: {len(seen)} questions left out, cited, quoted or asked by an earlier probe file")
    kept = first_unseen(every, lambda comment: comment.text, lambda comment: comment in seen)
    return [Candidate(MDD_SOURCE, comment.where, comment.text) for comment in kept]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--liveqa", type=int, default=0, help="LiveQA candidates to print (0: the whole pool)")
    parser.add_argument("--mdd", type=int, default=0, help="MDD candidates to print (0: the whole pool)")
    args = parser.parse_args()
    liveqa_pool, reddit_pool = pool(), mdd_pool()
    pools = ((SOURCE, liveqa_pool, args.liveqa), (MDD_SOURCE, reddit_pool, args.mdd))
    print_quietly(tuple((source, found, count or len(found)) for source, found, count in pools), SEED)


if __name__ == "__main__":
    main()
