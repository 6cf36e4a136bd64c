"""The lead's round-104 check set: a seeded random sample of the claims that crowd workers wrote for HoVer about
films, TV, actors, books and music, each with the later-ranked claims that are about the same kind of subject.

Reads one dataset from its mirror on this machine (`git show <commit>:<path>`, nothing is downloaded):

- HoVer (Yichen Jiang, Shikha Bordia, Zheng Zhong, Charles Dognin, Maneesh Singh and Mohit Bansal, "HoVer: A Dataset
  for Many-Hop Fact Extraction And Claim Verification", Findings of EMNLP 2020): claims that crowd workers wrote in
  their own words, each a statement about two to four Wikipedia subjects that a reader could check ("Stephen King
  wrote the novel that the movie directed by Stanley Kubrick ... was based on."), many of them altered on purpose by
  the workers (a name, a year or a relation swapped, negated, made more or less specific). The workers first
  rewrote a HotpotQA question with its answer into a claim, then mutated it; the claims are new text, not HotpotQA's
  questions. Read from the authors' repository hover-nlp/hover at commit 39b8469 (2020-11-29, its newest):
  data/hover/hover_dev_release_v1.1.json (4,000 claims) and data/hover/hover_test_release_v1.1.json (4,000 claims,
  without labels), both present; hover_train_release_v1.1.json is an absent blob (over the mirror's limit) and is
  not read. Each file is one JSON list; only each claim's `uid` and `claim` are read, never the `label`, the
  `supporting_facts`, `num_hops` or `hpqa_id`. The text is kept as the worker typed it (casing, spelling, grammar,
  false premises). Licence: the repository's LICENSE is MIT; the project page (hover-nlp.github.io) gives the data
  under CC BY-SA 4.0. Cited as `HoVer <split> <uid>`.

Pool: the claims of the two files (dev, then test, then file order) that use a film, TV, actor, book or music word
(SCREEN_WORDS below); the filter also lets in claims where such a word has another sense (a "series" of games, a
"show" in sport, a "played" match, a "record" label's owner); they come with the rest of the sample. A text repeated
(compared without case or punctuation) is kept once, at its first place; texts an earlier probe file cites, quotes or
asks are left out (counts only are printed).

Each candidate prints the later-ranked candidates that are about the same kind of subject (SUBJECT_KINDS below: a
song or singer, a book or its author, a performer or character, a film or show), with their ranks in the seeded
order, at most FOLLOW_UPS: HoVer has no dialogues, so the probe file makes those of them that can be adapted
follow-ups of the candidate, with the names changed the same way, as round 95 did with CSQA2's. A claim is a
statement: the probe file asks some as typed and some as the yes-or-no question a person would ask of it ("Is it
true that ...?"), its words kept otherwise, as round 45 did with FEVER's. The kind is a rough guide for the writer,
who reads each claim.

    python -m tooling.lead_checks.round104_sample
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
    first_unseen,
    git_text,
    kind_of,
    normalised,
    one_line,
    print_left_out,
    print_quietly,
    ranked_with_later_of_kind,
    stored_in_folder,
)

SEED = 104
FOLLOW_UPS = 4
OWN_FILE = "probes_round104_lead_check.yml"
SOURCE = "HoVer"  # its name in citations and in the ranked output

HOVER = MIRRORS / "hover-nlp+hover" / "repo"
# The commit read (the repository's newest when mirrored).
HOVER_COMMIT = "39b84697f196308f398a251a7aea9b82ae0f0562"
FOLDER = "data/hover/"
# The split names, in reading order, and their files under FOLDER (the train file is an absent blob).
SPLITS = (
    ("dev", "hover_dev_release_v1.1.json"),
    ("test", "hover_test_release_v1.1.json"),
)

# Film, TV, actor, book and music words, as the crowd workers write them.
SCREEN_WORDS = re.compile(
    r"\b(?:movies?|films?|filmed|filming|cinemas?|actors?|actress(?:es)?|acting|starr(?:ed|ing)|stars?|cast|"
    r"characters?|directors?|directed|screenwriters?|scenes?|plots?|sequels?|episodes?|seasons?|series|tv|"
    r"television|sitcoms?|cartoons?|anime|manga|netflix|hollywood|bollywood|oscars?|screenplay|"
    r"novels?|novelists?|books?|authors?|writers?|wr[io]te|written|poems?|poets?|fiction|"
    r"songs?|singers?|sang|sings?|bands?|albums?|music|musicians?|lyrics|soundtracks?|composers?|composed|"
    r"rappers?|roles?|portrayed)\b",
    re.IGNORECASE,
)
# What a claim is about, by its wording, the first that matches.
SUBJECT_KINDS = (
    (
        "music",
        re.compile(
            r"\b(?:songs?|singers?|sang|sings?|bands?|albums?|music|musicians?|lyrics|soundtracks?|composers?|"
            r"composed|rappers?)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "book",
        re.compile(
            r"\b(?:novels?|novelists?|books?|authors?|writers?|wr[io]te|written|poems?|poets?|fiction|manga)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "person",
        re.compile(
            r"\b(?:actors?|actress(?:es)?|acting|starr(?:ed|ing)|stars?|cast|characters?|roles?|portrayed|"
            r"directors?|directed|screenwriters?)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "work",
        re.compile(
            r"\b(?:movies?|films?|filmed|filming|cinemas?|scenes?|plots?|sequels?|episodes?|seasons?|series|tv|"
            r"television|sitcoms?|cartoons?|anime|netflix|hollywood|bollywood|oscars?|screenplay)\b",
            re.IGNORECASE,
        ),
    ),
)
CITED_HOVER = re.compile(r"\bHoVer\s+((?:dev|test)\s+[0-9a-f-]{36})\b")


@dataclass(frozen=True)
class Claim:
    split: str
    uid: str  # as the data gives it
    text: str  # as the worker typed it, line breaks and runs of spaces made single spaces
    kind: str  # a SUBJECT_KINDS name, or "" when none matches

    @property
    def cited(self) -> str:
        return f"{self.split} {self.uid}"


def claims() -> list[Claim]:
    """The claims of the stored files whose text uses a SCREEN_WORDS word, in SPLITS order and file order (only each
    claim's `uid` and `claim` are read)."""
    found: list[Claim] = []
    present = stored_in_folder(HOVER, HOVER_COMMIT, FOLDER)
    for split, name in SPLITS:
        if name not in present:
            continue
        for item in json.loads(git_text(HOVER, FOLDER + name, HOVER_COMMIT)):
            text = one_line(item.get("claim") or "")
            if text and SCREEN_WORDS.search(text):
                found.append(Claim(split, item["uid"], text, kind_of(text, SUBJECT_KINDS)))
    return found


def where(claim: Claim) -> str:
    return f"{claim.cited} ({claim.kind or '-'})"


def pool(skip: Cited) -> tuple[list[Candidate], int]:
    """The pool, and how many of its claims an earlier probe file cites, quotes or asks."""
    every = claims()
    seen = {claim for claim in every if claim.cited in skip.ids[SOURCE] or normalised(claim.text) in skip.texts}
    kept = first_unseen(every, lambda claim: claim.text, lambda claim: claim in seen)
    return ranked_with_later_of_kind(kept, SOURCE, where, SEED, FOLLOW_UPS), len(seen)


def main() -> None:
    skip = cited_earlier(OWN_FILE, {SOURCE: CITED_HOVER}, asks=True)
    found, seen = pool(skip)
    print_left_out(((SOURCE, seen),))
    print_quietly(((SOURCE, found, len(found)),), SEED)


if __name__ == "__main__":
    main()
