"""The lead's round-95 check set: a seeded random sample of the yes/no questions and assertions that players of the
"Teach Your AI" game wrote for CommonsenseQA 2.0 about films, TV, actors, books and music, each with the
later-ranked questions that ask about the same kind of subject.

Reads one dataset from its mirror on this machine (`git show <commit>:<path>`, nothing is downloaded):

- CommonsenseQA 2.0, cited CSQA2 (Alon Talmor, Ori Yoran, Ronan Le Bras, Chandra Bhagavatula, Yoav Goldberg, Yejin
  Choi and Jonathan Berant, "CommonsenseQA 2.0: Exposing the Limits of AI through Gamification", NeurIPS 2021
  Datasets and Benchmarks): about 14,300 yes/no questions and assertions that players of an online game wrote
  themselves to beat an AI, each validated by other players. Not CommonsenseQA 1.0 (multiple-choice questions built
  from ConceptNet), a different set. Read from the authors' repository allenai/csqa2 at commit 3f57a4a (2024-03-26,
  its newest; the data files are unchanged since 2021-06-09): dataset/CSQA2_train.json.gz, CSQA2_dev.json.gz and
  CSQA2_test_no_answers.json.gz, all present (gzip, read in memory). Each holds one JSON object a line; only its `id`
  and `question` are read, never the answer, the validations or the prompts. The text is kept as the player typed
  it, with its casing, spelling, spacing and punctuation (a statement with no question mark, a stray space, a false
  premise). Licence: CC BY 4.0 (the repository's LICENSE). Cited as `CSQA2 <split> <id>` (the id as the data gives
  it).

Pool: the questions of the three files (train, dev, test, then file order) that use a film, TV, actor, book or music
word (SCREEN_WORDS below); the filter also lets in texts where such a word has another sense (to "book" a ticket, a
"series" of tubes, a "show" of hands, a "played" game); they come with the rest of the sample. A text repeated
(compared without case or punctuation) is kept once, at its first place; texts an earlier probe file cites, quotes or
asks are left out (counts only are printed).

Each candidate prints the later-ranked candidates that ask about the same kind of subject (SUBJECT_KINDS below: a
song or singer, a book or its author, a performer or character, a film or show), with their ranks in the seeded
order, at most FOLLOW_UPS: the probe file makes those of them that can be adapted follow-ups of the candidate, with
the names changed the same way, as round 72 did with AfriQA's questions. The kind is a rough guide for the writer,
who reads each question.

    python -m tooling.lead_checks.round95_sample
"""

from __future__ import annotations

import gzip
import json
import re
import subprocess
from dataclasses import dataclass

from tooling.lead_checks.mirrors import (
    MIRRORS,
    Candidate,
    Cited,
    cited_earlier,
    first_unseen,
    kind_of,
    normalised,
    one_line,
    print_left_out,
    print_quietly,
    ranked_with_later_of_kind,
    stored_in_folder,
)

SEED = 95
FOLLOW_UPS = 4
OWN_FILE = "probes_round95_lead_check.yml"
SOURCE = "CSQA2"  # its name in citations and in the ranked output

CSQA2 = MIRRORS / "allenai+csqa2" / "repo"
# The commit read (the repository's newest when mirrored).
CSQA2_COMMIT = "3f57a4a6a1d51fe6a9b462b59be67c08d41fdc39"
# The split names, in reading order, and their files under dataset/.
SPLITS = (
    ("train", "CSQA2_train.json.gz"),
    ("dev", "CSQA2_dev.json.gz"),
    ("test", "CSQA2_test_no_answers.json.gz"),
)

# Film, TV, actor, book and music words, as the game's players write them.
SCREEN_WORDS = re.compile(
    r"\b(?:movies?|films?|filmed|filming|cinemas?|actors?|actress(?:es)?|acting|starr(?:ed|ing)|cast|characters?|"
    r"directors?|directed|producers?|produced|scenes?|plots?|heroe?s?|heroines?|sequels?|episodes?|seasons?|series|"
    r"tv|television|shows?|sitcoms?|cartoons?|anime|manga|netflix|hollywood|bollywood|oscars?|screenplay|"
    r"novels?|novelists?|books?|authors?|writers?|wr[io]te|written|publish(?:ed)?|poems?|poets?|stor(?:y|ies)|"
    r"fiction|songs?|singers?|sang|sings?|bands?|albums?|music|musicians?|lyrics|soundtracks?|composers?|composed|"
    r"concerts?|rappers?|artistes?|roles?|played)\b",
    re.IGNORECASE,
)
# What a question asks about, by its wording, the first that matches.
SUBJECT_KINDS = (
    (
        "music",
        re.compile(
            r"\b(?:songs?|singers?|sang|sings?|bands?|albums?|music|musicians?|lyrics|soundtracks?|composers?|"
            r"composed|concerts?|rappers?|artistes?)\b",
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
            r"\b(?:actors?|actress(?:es)?|acting|starr(?:ed|ing)|cast|characters?|roles?|played|heroe?s?|heroines?|"
            r"directors?|directed|producers?|produced)\b",
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
CITED_CSQA2 = re.compile(r"\bCSQA2\s+((?:train|dev|test)\s+[0-9a-f]{32})\b")


@dataclass(frozen=True)
class Question:
    split: str
    id: str  # as the data gives it
    text: str  # as the player typed it, line breaks and runs of spaces made single spaces
    kind: str  # a SUBJECT_KINDS name, or "" when none matches

    @property
    def cited(self) -> str:
        return f"{self.split} {self.id}"


def git_gzip_lines(path: str) -> list[str]:
    """The lines of a gzipped file of the mirror at CSQA2_COMMIT (a binary file, so not read through git_text)."""
    shown = subprocess.run(["git", "-C", str(CSQA2), "show", f"{CSQA2_COMMIT}:{path}"], capture_output=True, check=True)
    return gzip.decompress(shown.stdout).decode("utf-8").splitlines()


def questions() -> list[Question]:
    """The questions of the stored files whose text uses a SCREEN_WORDS word, in SPLITS order and file order (only
    each line's `id` and `question` are read)."""
    found: list[Question] = []
    present = stored_in_folder(CSQA2, CSQA2_COMMIT, "dataset/")
    for split, name in SPLITS:
        if name not in present:
            continue
        for line in git_gzip_lines(f"dataset/{name}"):
            if not line.strip():
                continue
            item = json.loads(line)
            text = one_line(item.get("question") or "")
            if text and SCREEN_WORDS.search(text):
                found.append(Question(split, item["id"], text, kind_of(text, SUBJECT_KINDS)))
    return found


def where(question: Question) -> str:
    return f"{question.cited} ({question.kind or '-'})"


def pool(skip: Cited) -> tuple[list[Candidate], int]:
    """The pool, and how many of its questions an earlier probe file cites, quotes or asks."""
    every = questions()
    seen = {
        question for question in every if question.cited in skip.ids[SOURCE] or normalised(question.text) in skip.texts
    }
    kept = first_unseen(every, lambda question: question.text, lambda question: question in seen)
    return ranked_with_later_of_kind(kept, SOURCE, where, SEED, FOLLOW_UPS), len(seen)


def main() -> None:
    skip = cited_earlier(OWN_FILE, {SOURCE: CITED_CSQA2}, asks=True)
    found, seen = pool(skip)
    print_left_out(((SOURCE, seen),))
    print_quietly(((SOURCE, found, len(found)),), SEED)


if __name__ == "__main__":
    main()
