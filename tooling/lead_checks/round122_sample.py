"""The lead's round-122 check set: a seeded random sample of the questions that people wrote in their own tweets about
films, TV, actors, books and music, as the TweetEval benchmark gathers those tweets from four SemEval shared tasks
(sentiment, emoji prediction, emotion and irony), each with the later-ranked tweets that ask about the same kind of
subject.

Reads one dataset from its mirror on this machine (`git show <commit>:<path>`, nothing is downloaded):

- TweetEval (Francesco Barbieri, Jose Camacho-Collados, Luis Espinosa-Anke and Leonardo Neves, "TweetEval: Unified
  Benchmark and Comparative Evaluation for Tweet Classification", Findings of EMNLP 2020): seven tweet-classification
  sets of earlier SemEval tasks, one tweet a line, "in the original format, i.e., no preprocessing has been applied"
  (datasets/README.txt) apart from user names made `@user`. Read from the authors' repository cardiffnlp/tweeteval at
  commit 4fbd22c (4fbd22cd78421f05b1ecdb4fc5725bc7a7bd8f66, 2022-07-08, its newest): the text files of FILES below,
  all present (real blobs, not LFS pointers): sentiment (SemEval-2017 Task 4, Rosenthal et al.; its train_text.txt is
  an absent blob in the mirror and is not read), emoji (SemEval-2018 Task 2, Barbieri et al.), emotion (SemEval-2018
  Task 1, Mohammad et al.) and irony (SemEval-2018 Task 3, Van Hee et al.). Only the tweets' text and line are read,
  never the label files. Not read: hate and offensive (sets chosen for abusive tweets) and stance (five political
  targets). Licence: the README says TweetEval "is released without any restrictions but restrictions may apply to
  individual tasks ... or Twitter"; the tweets are their authors' own public posts. Cited as
  `TweetEval <task> <split> <line>` (the line from 1).

Pool: the tweets (file by file in FILES order, each in file order) that ask (a sentence ending in "?", mirrors.asks)
and use a film, TV, actor, book or music word (SCREEN_WORDS below). The filter also lets in tweets where such a word
has another sense (a "show" of hands, a "season" of the year, "watch" a game, "book" an appointment, a "series" of
ballgames); they come with the rest of the sample. A text repeated (compared without case or punctuation) is kept
once, at its first place; tweets an earlier probe file cites, quotes or asks are left out (counts only are printed).
The earlier probe files are read as mirrors.cited_earlier reads them, except the sealed ones this round's rules keep
closed (SEALED below); none of the readable ones names this source (checked by name only).

Tweets stand alone (no threads of one author are given), so each candidate prints the later-ranked candidates that
ask about the same kind of subject (SUBJECT_KINDS below), with their ranks in the seeded order, at most FOLLOW_UPS:
the probe file makes those of them that can be adapted follow-ups of the candidate, with the names changed the same
way, as rounds 96 and 107 did.

    python -m tooling.lead_checks.round122_sample
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tooling.lead_checks.mirrors import (
    MIRRORS,
    PROBE_DIR,
    QUOTED,
    Cited,
    asks,
    git_text,
    kind_of,
    normalised,
    one_line,
    print_left_out,
    print_quietly,
    ranked_with_later_of_kind,
    stored_files,
    unseen,
)

SEED = 122
FOLLOW_UPS = 3
OWN_FILE = "probes_round122_lead_check.yml"
SOURCE = "TweetEval"  # its name in citations and in the ranked output

TWEETEVAL = MIRRORS / "cardiffnlp+tweeteval" / "repo"
# The commit read (the repository's newest when mirrored).
TWEETEVAL_COMMIT = "4fbd22cd78421f05b1ecdb4fc5725bc7a7bd8f66"
# The (task, split) text files read, in this order: datasets/<task>/<split>_text.txt.
FILES = (
    ("sentiment", "test"),
    ("sentiment", "val"),
    ("emoji", "train"),
    ("emoji", "val"),
    ("emoji", "test"),
    ("emotion", "train"),
    ("emotion", "val"),
    ("emotion", "test"),
    ("irony", "train"),
    ("irony", "val"),
    ("irony", "test"),
)
# The probe files this round's rules keep closed: never opened, here or anywhere.
SEALED = re.compile(
    r"^(?:probes_round7[345].*|.*fresh.*|.*26b.*|dev.*\.yml|probes_round109.*|probes_round1[12][0-9].*)$"
)

SCREEN_WORDS = re.compile(
    r"\b(?:movies?|films?|filmed|filming|cinemas?|actors?|actress(?:es)?|acting|starr(?:ed|ing)|cast|"
    r"characters?|directors?|directed|scenes?|plots?|sequels?|prequels?|episodes?|seasons?|series|tv|television|"
    r"shows?|sitcoms?|cartoons?|anime|hollywood|oscars?|dvds?|trailers?|premieres?|finale|netflix|hulu|"
    r"binge|watch(?:ed|ing)?|novels?|books?|authors?|writers?|poems?|read(?:ing)?|songs?|singers?|sang|sing(?:ing)?|"
    r"bands?|albums?|lyrics|soundtracks?|music|concerts?|spoilers?|ending)\b",
    re.IGNORECASE,
)
SUBJECT_KINDS = (
    (
        "music",
        re.compile(
            r"\b(?:songs?|singers?|sang|sing(?:ing)?|bands?|albums?|lyrics|soundtracks?|music|concerts?)\b", re.I
        ),
    ),
    ("book", re.compile(r"\b(?:novels?|books?|authors?|writers?|poems?|read(?:ing)?)\b", re.I)),
    ("person", re.compile(r"\b(?:actors?|actress(?:es)?|acting|starr(?:ed|ing)|cast|characters?|directors?)\b", re.I)),
    ("work", SCREEN_WORDS),
)
CITED_TWEETEVAL = re.compile(r"\bTweetEval\s+(\w+ \w+ \d+)\b")
ASKED = re.compile(r"\bask:\s*\"([^\"]+)\"")


@dataclass(frozen=True)
class Tweet:
    task: str
    split: str
    line: int  # from 1
    text: str
    kind: str

    @property
    def cited(self) -> str:
        return f"{self.task} {self.split} {self.line}"


def tweets() -> list[Tweet]:
    """The tweets of FILES that ask and use a SCREEN_WORDS word, in order (files the mirror lacks are skipped)."""
    stored = set(stored_files(TWEETEVAL, r"^datasets/\w+/\w+_text\.txt$"))
    found: list[Tweet] = []
    for task, split in FILES:
        path = f"datasets/{task}/{split}_text.txt"
        if path not in stored:
            continue
        for number, raw in enumerate(git_text(TWEETEVAL, path, TWEETEVAL_COMMIT).splitlines(), 1):
            text = one_line(raw)
            if text and asks(text) and SCREEN_WORDS.search(text):
                found.append(Tweet(task, split, number, text, kind_of(text, SUBJECT_KINDS)))
    return found


def cited_earlier_unsealed() -> Cited:
    """What the earlier probe files (not this round's own, not the SEALED ones) cite of this source, quote or ask."""
    found = Cited({SOURCE: set()}, set())
    for path in PROBE_DIR.glob("probes*.yml"):
        if path.name == OWN_FILE or SEALED.match(path.name):
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            found.ids[SOURCE].update(CITED_TWEETEVAL.findall(line))
            found.texts.update(normalised(quoted) for quoted in QUOTED.findall(line))
            question = ASKED.search(line)
            if question:
                found.texts.add(normalised(question.group(1)))
    return found


def where(tweet: Tweet) -> str:
    return f"{SOURCE} {tweet.cited} ({tweet.kind or '-'})"


def main() -> None:
    kept, seen = unseen(tweets(), lambda t: t.cited, lambda t: t.text, cited_earlier_unsealed(), SOURCE)
    found = ranked_with_later_of_kind(kept, SOURCE, where, SEED, FOLLOW_UPS)
    print(f"# {SOURCE} commit {TWEETEVAL_COMMIT}")
    print_left_out(((SOURCE, seen),))
    print_quietly(((SOURCE, found, len(found)),), SEED)


if __name__ == "__main__":
    main()
