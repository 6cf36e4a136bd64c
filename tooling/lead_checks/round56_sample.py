"""The lead's round-56 check set: a seeded random sample of the questions that crowd workers wrote for an imagined
music assistant in MuDoCo's multi-turn music dialogs, each with the same dialog's later questions, and of the Open
Trivia Database's user-contributed quiz questions about films, TV, books, music and their people (and, for the
off-topic share, about everything else).

Reads two datasets from their mirrors on this machine (`git show <commit>:<path>`, nothing is downloaded):

- MuDoCo (Scott Martin, Shivani Poddar and Kartikeya Upasani, "MuDoCo: Corpus for Multidomain Coreference Resolution
  and Referring Expression Generation", LREC 2020): short dialogs that crowd workers authored between an imagined
  user and an imagined voice assistant, in six domains (calling, messaging, music, news, reminders, weather), written
  so that later turns refer back to earlier ones ("When was it released ?", "Who sang it first", "Is it a duet ?").
  Read from the authors' repository facebookresearch/mudoco at commit da9f4e7 (2022-03-24, its newest; the file
  entered in 1db8f26, 2020-06-12, the first commit, and is unchanged since): mudoco_music.json (983 dialogs,
  present; mudoco_calling.json and mudoco_messaging.json are absent blobs and are not wanted; the news, reminders and
  weather files are not read). Only each dialog's `split` and its turns' `number` and `utterance` are read, never the
  named-entity, reference or link annotations. The user speaks the odd turns (1, 3, 5, ...), the assistant the even
  ones. The utterances are tokenised in the data (a space before "?", ",", "." and "'s"); they are kept as the data
  gives them, with runs of whitespace read as one space. Licence: CC BY-NC 4.0 (the repository's LICENSE.md). Cited as
  `MuDoCo music <dialog>.<turn>` (the dialog the first 8 characters of its id, the turn its `number`).
- The Open Trivia Database (opentdb.com): quiz questions that its users contributed and its moderators verified, in
  24 categories, each multiple-choice or true/false. Read from the copy that kickturn's scraper saved from the
  database's API in kickturn/opentdb-scraper at commit 40221ac (2026-07-28, its newest; the file entered in be6a25b
  the same day): opentdb.json (5,250 verified questions, present; one JSON object whose `results` list holds them).
  Only each question's `type`, `category` and `question` are read, never the answers. The API gives the text with HTML
  entities ("&quot;", "&#039;"); they are decoded, nothing else is changed. Only the multiple-choice questions that
  ask (hold a sentence ending in "?") are kept: the true/false items are statements, not questions. Licence: CC BY-SA
  4.0 (the database's own terms; the copy's LICENSE file gives the ISC licence for the scraper's code and the CC BY-SA
  4.0 text for the data). Cited as `OpenTDB <n>` (the question's place in the file's `results` list, from 1).

Why these sources: the brief's suggestions were checked first. The Yahoo! Answers topic data (yahoo_answers_topics)
is carried by no stored repository with its files, and Yahoo's Webscope terms forbid redistribution; HC3's question
files (reddit_eli5, open_qa) were found in no stored repository (its open_qa questions are WikiQA's, already used);
LIMA is downloaded from a gated Hugging Face page and no stored copy was found; no MovieLens or IMDb forum question
copy with a licence was found. Others looked at and left: ConvMix (CONVINSE holds a download script, no data), the
Microsoft movie-ticket dialogue challenge (xiul-msr/e2e_dialog_challenge: its licence forbids distributing the data),
the MIT Movie Corpus (no licence given), el-cms/Open-trivia-database (no licence: "facts are fact"). MuDoCo gives
multi-turn questions about songs, which this film's theme song answers; the Open Trivia Database gives single
questions about films, TV, books and their people.

MuDoCo pool: the user turns of the music dialogs that ask: a turn that ends in "?" or begins with a question word
(QUESTION_START below; many typed questions have no "?": "Who sang it first"), less the turns that only ask the
assistant to do something with the user's music (SERVICE below: "Can you play ...", "Add it to my playlist", "Do I have
... in my library"). Every such turn is a candidate, each text once (compared without case or punctuation). Each prints
the user turn said just before it ("before <turn>: <text>", what its pronouns point at) and the same dialog's later
candidate turns ("turn <n>: <text>"), at most FOLLOW_UPS: the probe file makes those of them that can be adapted
follow-ups of the candidate, with the names changed the same way.

OpenTDB pools: the multiple-choice questions that ask, in file order, split by category: OpenTDB-screen holds those of
the film, television, book, music, musical and theatre, celebrity, anime and manga, and cartoon categories
(SCREEN_CATEGORIES below); OpenTDB-other holds every other category (history, geography, science, sports, video games,
...), the pool from which the off-topic share is taken, kept as typed.

Questions that any tests/nlu/probes*.yml already cites (by a `MuDoCo music <dialog>.<turn>` or `OpenTDB <n>`
citation), quotes or asks word for word are left out; only how many is printed. Each pool is shuffled with a fixed
seed and printed in that order. The probe file tests/nlu/probes_round56_lead_check.yml takes the candidates in this
order, skipping only those that cannot be adapted to a question about this single film (its header says which ranks
were skipped).

    python -m tooling.lead_checks.round56_sample [--mudoco N] [--opentdb-screen N] [--opentdb-other N]
"""

from __future__ import annotations

import argparse
import html
import json
import re
from dataclasses import dataclass

from tooling.lead_checks.mirrors import (
    MIRRORS,
    Candidate,
    Cited,
    asks,
    cited_earlier,
    first_unseen,
    git_text,
    normalised,
    one_line,
    print_left_out,
    print_quietly,
    stored_in_folder,
)

SEED = 56
FOLLOW_UPS = 6  # a MuDoCo dialog holds at most a handful of user turns
OWN_FILE = "probes_round56_lead_check.yml"

MUDOCO = MIRRORS / "facebookresearch+mudoco" / "repo"
# The commit read (the repository's newest when mirrored).
MUDOCO_COMMIT = "da9f4e798baeb9cc48c460a80384f97560779dcd"
MUDOCO_FILE = "mudoco_music.json"
MUDOCO_SOURCE = "MuDoCo"  # its name in citations and in the ranked output
CITED_MUDOCO = re.compile(r"\bMuDoCo\s+music\s+([0-9a-f]{8}\.\d+)")
# A user turn that asks without a "?": one that begins with a question word or an auxiliary verb.
QUESTION_START = re.compile(
    r"^(?:who|whom|whose|what|what's|whats|when|where|which|why|how|is|are|was|were|did|do|does|has|have|had|"
    r"can|could|will|would|should|isn't|wasn't|didn't|doesn't)\b",
    re.IGNORECASE,
)
# A turn that only asks the assistant to act on the user's music (play, queue, add, find, download, ...) or asks
# about the user's own library or playlists: service talk, not a question about a work.
SERVICE = re.compile(
    r"^(?:(?:please|ok(?:ay)?|yes|no|actually|great|wait|now)\s*,?\s*)*(?:(?:can|could|would|will)\s+you\s+"
    r"(?:please\s+)?(?:play|add|put|queue|find|start|stop|skip|shuffle|download|remove|delete|turn|repeat|save|"
    r"create|make|open|search|switch|change|pause|resume|replay|send|share|buy|purchase|stream|move|set)\b)|"
    r"\b(?:my|our)\s+(?:\w+\s+){0,3}?(?:playlists?|library|list|queue|collection|account|spotify|pandora)\b|"
    r"\bdo\s+(?:i|we)\s+have\b",
    re.IGNORECASE,
)

OPENTDB = MIRRORS / "kickturn+opentdb-scraper" / "repo"
# The commit read (the repository's newest when mirrored; the file entered in be6a25b).
OPENTDB_COMMIT = "40221acc1fc3440a5c2b07621cbd05460e4eafac"
OPENTDB_FILE = "opentdb.json"
OPENTDB_SCREEN = "OpenTDB-screen"  # the pools' names in the ranked output; both are cited as `OpenTDB <n>`
OPENTDB_OTHER = "OpenTDB-other"
CITED_OPENTDB = re.compile(r"\bOpenTDB\s+(\d+)\b")
# The categories about films, TV, books, music and their people (as the API names them, entities decoded).
SCREEN_CATEGORIES = frozenset(
    {
        "Entertainment: Film",
        "Entertainment: Television",
        "Entertainment: Books",
        "Entertainment: Music",
        "Entertainment: Musicals & Theatres",
        "Entertainment: Japanese Anime & Manga",
        "Entertainment: Cartoon & Animations",
        "Celebrities",
    }
)


@dataclass(frozen=True)
class Turn:
    dialog: str  # the first 8 characters of the dialog's id
    number: int  # the turn's number in the dialog, from 1
    text: str

    @property
    def cited(self) -> str:
        return f"music {self.dialog}.{self.number}"


def asks_something(text: str) -> bool:
    """Whether a user turn asks, with or without its "?", and is not service talk."""
    return (asks(text) or bool(QUESTION_START.search(text))) and not SERVICE.search(text)


def mudoco_dialogs() -> list[list[Turn]]:
    """The user turns of each stored music dialog, in file order (only `number` and `utterance` are read)."""
    if MUDOCO_FILE not in stored_in_folder(MUDOCO, MUDOCO_COMMIT, MUDOCO_FILE):
        return []
    found = []
    for dialog_id, dialog in json.loads(git_text(MUDOCO, MUDOCO_FILE, MUDOCO_COMMIT))["dialogs"].items():
        turns = sorted(dialog["turns"], key=lambda turn: turn["number"])
        found.append(
            [Turn(dialog_id[:8], turn["number"], one_line(turn["utterance"])) for turn in turns if turn["number"] % 2]
        )
    return found


def mudoco(skip: Cited) -> tuple[list[Candidate], int]:
    """The pool (each candidate with the user turn before it and the dialog's later candidates), and how many of its
    questions an earlier probe file cites, quotes or asks."""
    every: list[tuple[Turn, tuple[str, ...]]] = []
    for turns in mudoco_dialogs():
        for index, turn in enumerate(turns):
            if not asks_something(turn.text):
                continue
            before = (f"before {turns[index - 1].number}: {turns[index - 1].text}",) if index else ()
            later = tuple(
                f"turn {other.number}: {other.text}" for other in turns[index + 1 :] if asks_something(other.text)
            )
            every.append((turn, before + later[:FOLLOW_UPS]))
    seen = {turn for turn, _ in every if turn.cited in skip.ids[MUDOCO_SOURCE] or normalised(turn.text) in skip.texts}
    kept = first_unseen(every, lambda item: item[0].text, lambda item: item[0] in seen)
    return [Candidate(MUDOCO_SOURCE, turn.cited, turn.text, context) for turn, context in kept], len(seen)


@dataclass(frozen=True)
class TriviaQuestion:
    number: int  # its place in the file's `results` list, from 1
    category: str
    text: str


def opentdb_questions() -> list[TriviaQuestion]:
    """The stored file's multiple-choice questions that ask, in file order, their HTML entities decoded."""
    if OPENTDB_FILE not in stored_in_folder(OPENTDB, OPENTDB_COMMIT, OPENTDB_FILE):
        return []
    found = []
    for number, item in enumerate(json.loads(git_text(OPENTDB, OPENTDB_FILE, OPENTDB_COMMIT))["results"], 1):
        text = one_line(html.unescape(item["question"]))
        if item["type"] == "multiple" and asks(text):
            found.append(TriviaQuestion(number, html.unescape(item["category"]), text))
    return found


def opentdb(skip: Cited) -> tuple[list[Candidate], list[Candidate], int]:
    """The screen and the other pools, and how many of their questions an earlier probe file cites, quotes or asks."""
    every = opentdb_questions()
    seen = {
        question
        for question in every
        if str(question.number) in skip.ids[OPENTDB_SCREEN] or normalised(question.text) in skip.texts
    }
    kept = first_unseen(every, lambda question: question.text, lambda question: question in seen)
    pools: dict[bool, list[Candidate]] = {True: [], False: []}
    for question in kept:
        screen = question.category in SCREEN_CATEGORIES
        source = OPENTDB_SCREEN if screen else OPENTDB_OTHER
        pools[screen].append(Candidate(source, f"{question.number} ({question.category})", question.text))
    return pools[True], pools[False], len(seen)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mudoco", type=int, default=0, help="MuDoCo candidates to print (0: the whole pool)")
    parser.add_argument("--opentdb-screen", type=int, default=0, help="OpenTDB-screen candidates (0: all)")
    parser.add_argument("--opentdb-other", type=int, default=0, help="OpenTDB-other candidates (0: all)")
    args = parser.parse_args()
    skip = cited_earlier(OWN_FILE, {MUDOCO_SOURCE: CITED_MUDOCO, OPENTDB_SCREEN: CITED_OPENTDB}, asks=True)
    mudoco_pool, mudoco_seen = mudoco(skip)
    screen_pool, other_pool, opentdb_seen = opentdb(skip)
    print_left_out(((MUDOCO_SOURCE, mudoco_seen), ("OpenTDB", opentdb_seen)))
    pools = (
        (MUDOCO_SOURCE, mudoco_pool, args.mudoco),
        (OPENTDB_SCREEN, screen_pool, args.opentdb_screen),
        (OPENTDB_OTHER, other_pool, args.opentdb_other),
    )
    print_quietly(tuple((source, pool, count or len(pool)) for source, pool, count in pools), SEED)


if __name__ == "__main__":
    main()
