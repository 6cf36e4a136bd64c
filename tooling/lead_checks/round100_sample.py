"""The lead's round-100 check set: a seeded random sample of CREAK's claims, sentences about entities that crowd
workers wrote in their own words, keeping those about films, TV, actors, books and music (and the off-topic ones the
filter lets in), each with the later-ranked claims that are about the same kind of subject.

Reads one dataset from its mirror on this machine (`git show <commit>:<path>`, nothing is downloaded):

- CREAK, cited CREAK (Yasumasa Onoe, Michael J.Q. Zhang, Eunsol Choi and Greg Durrett, "CREAK: A Dataset for
  Commonsense Reasoning over Entity Knowledge", NeurIPS 2021 Datasets and Benchmarks): about 13,000 true or false
  claims about a Wikipedia entity (a person, a film, a band, a food, a place), each written by a crowd worker in their
  own words. Read from the authors' repository yasumasaonoe/creak at commit 5e892b2 (2023-01-31, its newest; the data
  files are unchanged since 8a9fca2, 2021-11-08): data/creak/train.json, dev.json and test_without_labels.json, all
  present (3.0 MB, 383 KB and 253 KB; 10,176, 1,371 and 1,371 lines). One JSON object a line; only `ex_id` and
  `sentence` (the claim) are read, never the label, the worker's explanation, the entity or its Wikipedia page. The
  claim is kept as the worker typed it, spelling, casing and punctuation included. data/creak/contrast_set.json is
  not read: its 500 claims are pairs edited for evaluation (pair ids, no explanation, no Wikipedia page), not the
  workers' claims of the three splits. Licence: MIT (the repository's LICENSE.txt, "Copyright (c) 2021 Yasumasa Onoe,
  Michael J.Q. Zhang, Eunsol Choi, and Greg Durrett"). Cited as `CREAK <ex_id>` (the id as the data gives it:
  train_1423, dev_12, test_7).

Pool: the claims of the three files (train, dev, test, then file order) that use a film, TV, actor, book or music word
(SCREEN_WORDS below); the filter also lets in claims where such a word has another sense (to "book" a flight, a
"series" of numbers, a "cast" on a broken arm, a "played" sport, a "season" of the year); they come with the rest of
the sample. A text repeated (compared without case or punctuation) is kept once, at its first place; claims an
earlier probe file cites, quotes or asks are left out (counts only are printed). LEFT_OUT holds five dev claims whose
label and explanation were seen by accident when the file's format was first looked at; they are never candidates.

Each candidate prints the later-ranked candidates that are about the same kind of subject (SUBJECT_KINDS below: a
song or singer, a book or its author, a performer or character, a film or show), with their ranks in the seeded
order, at most FOLLOW_UPS: CREAK has no dialogues, so the probe file makes those of them that can be adapted
follow-ups of the candidate, with the names changed the same way, as round 72 did with AfriQA's questions. The kind is
a rough guide for the writer, who reads each claim.

    python -m tooling.lead_checks.round100_sample
"""

from __future__ import annotations

import json
import re
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
    stored_in_folder,
    unseen,
)

SEED = 100
FOLLOW_UPS = 4
OWN_FILE = "probes_round100_lead_check.yml"
SOURCE = "CREAK"  # its name in citations and in the ranked output

CREAK = MIRRORS / "yasumasaonoe+creak" / "repo"
# The commit read (the repository's newest when mirrored).
CREAK_COMMIT = "5e892b28b6dad3e87769cfc01f00a6577ca44068"
FOLDER = "data/creak"
# The split names, in reading order, and their files under FOLDER.
SPLITS = (
    ("train", "train.json"),
    ("dev", "dev.json"),
    ("test", "test_without_labels.json"),
)
# Claims whose label was seen (the first lines of dev.json, printed whole to learn the format): never candidates.
LEFT_OUT = frozenset({"dev_0", "dev_1", "dev_2", "dev_3", "dev_4"})

# Film, TV, actor, book and music words, as the crowd workers write them.
SCREEN_WORDS = re.compile(
    r"\b(?:movies?|films?|filmed|filming|cinemas?|actors?|actress(?:es)?|acting|starr(?:ed|ing)|stars?|cast|"
    r"characters?|directors?|directed|producers?|produced|scenes?|plots?|heroe?s?|heroines?|sequels?|episodes?|"
    r"seasons?|series|tv|television|shows?|sitcoms?|cartoons?|anime|manga|netflix|hollywood|bollywood|oscars?|"
    r"screenplay|novels?|novelists?|books?|authors?|writers?|wr[io]te|written|publish(?:ed)?|poems?|poets?|"
    r"stor(?:y|ies)|fiction|songs?|singers?|sang|sings?|bands?|albums?|music|musicians?|lyrics|soundtracks?|"
    r"composers?|composed|concerts?|rappers?|roles?|played|portray(?:s|ed)?)\b",
    re.IGNORECASE,
)
# What a claim is about, by its wording, the first that matches.
SUBJECT_KINDS = (
    (
        "music",
        re.compile(
            r"\b(?:songs?|singers?|sang|sings?|bands?|albums?|music|musicians?|lyrics|soundtracks?|composers?|"
            r"composed|concerts?|rappers?)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "book",
        re.compile(
            r"\b(?:novels?|novelists?|books?|authors?|writers?|wr[io]te|written|publish(?:ed)?|poems?|poets?|"
            r"fiction|manga)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "person",
        re.compile(
            r"\b(?:actors?|actress(?:es)?|acting|starr(?:ed|ing)|stars?|cast|characters?|roles?|played|"
            r"portray(?:s|ed)?|heroe?s?|heroines?|directors?|directed|producers?|produced)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "work",
        re.compile(
            r"\b(?:movies?|films?|filmed|filming|cinemas?|scenes?|plots?|sequels?|episodes?|seasons?|series|tv|"
            r"television|shows?|sitcoms?|cartoons?|anime|netflix|hollywood|bollywood|oscars?|screenplay|"
            r"stor(?:y|ies))\b",
            re.IGNORECASE,
        ),
    ),
)
CITED_CREAK = re.compile(r"\bCREAK\s+((?:train|dev|test)_\d+)\b")


@dataclass(frozen=True)
class Claim:
    id: str  # as the data gives it
    text: str  # as the worker typed it, line breaks and runs of spaces made single spaces
    kind: str  # a SUBJECT_KINDS name, or "" when none matches

    @property
    def cited(self) -> str:
        return self.id


def claims() -> list[Claim]:
    """The claims of the stored files whose text uses a SCREEN_WORDS word, in SPLITS order and file order (only each
    line's `ex_id` and `sentence` are read), less LEFT_OUT."""
    found: list[Claim] = []
    present = stored_in_folder(CREAK, CREAK_COMMIT, FOLDER + "/")
    for _split, name in SPLITS:
        if name not in present:
            continue
        for line in git_text(CREAK, f"{FOLDER}/{name}", CREAK_COMMIT).splitlines():
            if not line.strip():
                continue
            item = json.loads(line)
            claim_id, text = item["ex_id"], one_line(item.get("sentence") or "")
            if claim_id not in LEFT_OUT and text and SCREEN_WORDS.search(text):
                found.append(Claim(claim_id, text, kind_of(text, SUBJECT_KINDS)))
    return found


def where(claim: Claim) -> str:
    return f"{claim.cited} ({claim.kind or '-'})"


def pool(skip: Cited) -> tuple[list[Candidate], int]:
    """The pool, each candidate with its same-kind later candidates, and how many of the pool's claims an earlier
    probe file cites, quotes or asks."""
    kept, seen = unseen(claims(), lambda claim: claim.cited, lambda claim: claim.text, skip, SOURCE)
    return ranked_with_later_of_kind(kept, SOURCE, where, SEED, FOLLOW_UPS), seen


def main() -> None:
    skip = cited_earlier(OWN_FILE, {SOURCE: CITED_CREAK}, asks=True)
    found, seen = pool(skip)
    print_left_out(((SOURCE, seen),), unit="claims")
    print_quietly(((SOURCE, found, len(found)),), SEED)


if __name__ == "__main__":
    main()
