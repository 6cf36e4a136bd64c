"""The lead's round-153 check set: a seeded random sample of what Steam users wrote in their English game reviews,
the questions they asked in them and the short reviews that are one opinion, each with the later-ranked questions of
the same review.

Reads one dataset from its mirror on this machine (`git show <commit>:<path>`, nothing is downloaded):

- Steam review aspect dataset (Sandy Khosasi, "Steam review aspect dataset", SRec blog, 2024,
  https://srec.ai/blog/steam-review-aspect-dataset): 1,100 English reviews that Steam users wrote about games and
  mods, taken from a snapshot of SRec's database of Steam reviews (21 February 2024, gathered with Steam's review API)
  and annotated by the author with eight aspects (recommended, story, gameplay, visual, audio, technical, price,
  suggestion). Read from the author's repository ilos-vigil/steam-review-aspect-dataset at commit 6758afd
  (6758afdfdda81ed46611810ba11d07cc1ca3a2e4, 2024-06-11, its newest; the data entered in 8e00c0d, 2024-05-28):
  dataset/v1/train.json (900 reviews) and dataset/v1/test.json (200), both present (real blobs, 2.7 MB and 558 kB;
  the CSV and Arrow copies of the same rows are not read). Each row gives the game's Steam app id, the review as
  written, a cleaned copy (BBCode stripped, runs of spaces and blank lines reduced) and the eight labels; only the
  cleaned text, the app id and the labels are read. The reviewers' words are kept as typed, casing, spelling and
  spacing. Licence: CC BY 4.0 (the README). Cited as `SteamAspect <split> <row>` (the row from 1 in its file).

Pool: every sentence of a review (split at line breaks, then at ".", "!" and "?") that ends in a question mark and is
MIN_CHARS to MAX_CHARS characters long, and every whole review of at most MAX_CHARS characters (a short review is one
opinion: it is one turn); reviews of train.json before those of test.json, each in file order, its sentences in order.
A sentence or review holding a link is left out. A text repeated (compared without case or punctuation) is kept once,
at its first place; texts an earlier probe file cites, quotes or asks are left out (counts only are printed).

Each candidate prints the later-ranked candidates of the same review (its kind is `review <split> <row>`), with their
ranks in the seeded order, at most FOLLOW_UPS: the probe file makes those of them that can be adapted follow-ups of
the candidate, with the names changed the same way, so that a conversation is one reviewer's questions.

    python -m tooling.lead_checks.round153_sample
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from tooling.lead_checks.mirrors import (
    MIRRORS,
    SENTENCE,
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

SEED = 153
FOLLOW_UPS = 4
MIN_CHARS = 12
MAX_CHARS = 160
OWN_FILE = "probes_round153_lead_check.yml"
SOURCE = "SteamAspect"  # its name in citations and in the ranked output

STEAM_ASPECT = MIRRORS / "ilos-vigil+steam-review-aspect-dataset" / "repo"
# The commit read (the repository's newest when mirrored).
STEAM_ASPECT_COMMIT = "6758afdfdda81ed46611810ba11d07cc1ca3a2e4"
SPLITS = ("train", "test")
ASPECTS = ("recommended", "story", "gameplay", "visual", "audio", "technical", "price", "suggestion")
LINK = re.compile(r"https?://|www\.", re.IGNORECASE)
CITED_STEAM_ASPECT = re.compile(r"\bSteamAspect\s+((?:train|test)\s+\d+)\b")


@dataclass(frozen=True)
class Said:
    split: str
    row: int  # the review's row in its file, from 1
    appid: int
    aspects: str  # the review's labelled aspects, comma-separated
    text: str
    whole: bool  # the whole review (a short one), not one of its questions

    @property
    def cited(self) -> str:
        return f"{self.split} {self.row}"

    @property
    def kind(self) -> str:
        return f"review {self.cited}"


def questions_of(review: str) -> list[str]:
    """The review's sentences that end in a question mark, MIN_CHARS to MAX_CHARS long, in order."""
    found = []
    for line in review.splitlines():
        for sentence in SENTENCE.findall(line):
            text = one_line(sentence)
            if text.endswith("?") and MIN_CHARS <= len(text) <= MAX_CHARS:
                found.append(text)
    return found


def said() -> list[Said]:
    """The short reviews and the questions of every review, train before test, in file order."""
    found: list[Said] = []
    for split in SPLITS:
        rows = json.loads(git_text(STEAM_ASPECT, f"dataset/v1/{split}.json", STEAM_ASPECT_COMMIT))
        for number, row in enumerate(rows, 1):
            review = str(row.get("cleaned_review") or "")
            aspects = ",".join(aspect for aspect in ASPECTS if row.get(f"label_{aspect}"))
            whole = one_line(review)
            texts = [(whole, True)] if whole and len(whole) <= MAX_CHARS else []
            texts += [(question, False) for question in questions_of(review) if question != whole]
            for text, is_whole in texts:
                if not LINK.search(text):
                    found.append(Said(split, number, int(row.get("appid") or 0), aspects, text, is_whole))
    return found


def where(item: Said) -> str:
    part = "whole review" if item.whole else "question"
    return f"{SOURCE} {item.cited} (appid {item.appid}, {part}; aspects: {item.aspects or 'none'})"


def pool(skip: Cited) -> tuple[list[Candidate], int]:
    """The pool, each candidate with the same review's later candidates, and how many of its texts an earlier probe
    file cites, quotes or asks."""
    kept, seen = unseen(said(), lambda item: item.cited, lambda item: item.text, skip, SOURCE)
    return ranked_with_later_of_kind(kept, SOURCE, where, SEED, FOLLOW_UPS), seen


def main() -> None:
    skip = cited_earlier(OWN_FILE, {SOURCE: CITED_STEAM_ASPECT}, asks=True)
    found, seen = pool(skip)
    print_left_out(((SOURCE, seen),))
    print_quietly(((SOURCE, found, len(found)),), SEED)


if __name__ == "__main__":
    main()
