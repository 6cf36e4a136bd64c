"""The lead's round-85 check set: a seeded random sample of the questions that Reddit users typed into their
r/tipofmytongue requests for a film they half remember, each with the same request's later questions (the asker's
own follow-ups), and of the questions that people typed in the Ubuntu chat of Molweni's dialogues (the off-topic
share).

Reads two datasets from their mirrors on this machine (`git show <commit>:<path>`, nothing is downloaded):

- Reddit-TOMT (Samarth Bhargav, Georgios Sidiropoulos and Evangelos Kanoulas, "'It's on the tip of my tongue': A new
  Dataset for Known-Item Retrieval", WSDM 2022): the requests that Reddit users posted to r/tipofmytongue to find a
  film whose title they had forgotten, a title line ("[TOMT][MOVIE] ...") and a description in the asker's own words,
  with questions among it ("Was it on Netflix?", "Who was the actress?"). Read from the authors' repository
  samarthbhargav/tomt-data at commit 9171571 (2025-02-28, its newest; trec_dataset.zip entered in 75ee767,
  2023-07-23): trec_dataset.zip, present, whose trec_dataset/Movies/{validation,test,train}.jsonl hold the 9,103
  film requests the authors mapped to the TREC-ToT corpus (data_release/Movies.zip is an absent blob and is not
  read). Only each line's `id` (the Reddit post id) and `text` (the description) are read, never the title line, the
  answer (the Wikipedia and IMDb fields) or anything else. Licence: MIT (the repository's LICENSE). Cited as
  `TOMT <split> <id> q<n>` (n: the question's place among the request's questions, from 1).
- Molweni (Jiaqi Li, Ming Liu, Min-Yen Kan, Zihao Zheng, Zekun Wang, Wenqiang Lei, Ting Liu and Bing Qin, "Molweni: A
  Challenge Multiparty Dialogues-based Machine Reading Comprehension Dataset with Discourse Structure", COLING 2020):
  dialogues of the Ubuntu Chat Corpus (people helping each other on the #ubuntu IRC channel, several speakers each),
  tokenised as the data gives them ("ca n't", "i 'm"). Read from the authors' repository HIT-SCIR/Molweni at commit
  2eb681d (2021-05-28, its newest): MRC(withDiscourse)/test.json, DP/dev.json and DP/test.json, present (the train
  files and MRC(withDiscourse)/dev.json are absent blobs and are not read). Only each dialogue's `edus` (`text`) are
  read, never the annotators' questions, answers or discourse relations. Licence: Apache 2.0 (the repository's
  LICENSE). Cited as `Molweni <file> <dialogue>.<edu>` (both counted from 1; the file MRC, DPdev or DPtest).

TOMT pool: the questions of the requests, in split order (validation, test, train) and file order: the sentences of
a description (line breaks read as spaces) that end in "?", 12 to 200 characters long, that open with a letter, hold
no bracket left open (a "(maybe 2014?" cut from its sentence) and use a film, TV, actor, book or music word, or point
at the film ("it", "this", "that movie") (SCREEN_WORDS and POINTS_AT below). Each prints the same request's later
questions (the asker's own follow-ups, "q<n>: <text>"), at most FOLLOW_UPS, and its kind (SUBJECT_KINDS).

Molweni pool: the dialogue messages that ask (a sentence ending in "?"), in file and dialogue order, each a single
candidate: the probe file's off-topic share is taken from it, kept exactly as typed.

A text repeated (compared without case or punctuation) is kept once, at its first place; questions an earlier probe
file cites, quotes or asks are left out (counts only are printed).

    python -m tooling.lead_checks.round85_sample [--tomt N] [--molweni N]
"""

from __future__ import annotations

import argparse
import io
import json
import re
import subprocess
import zipfile
from dataclasses import dataclass
from functools import lru_cache

from tooling.lead_checks.mirrors import (
    MIRRORS,
    SENTENCE,
    Candidate,
    asks,
    cited_earlier,
    git_text,
    kind_of,
    one_line,
    print_left_out,
    print_quietly,
    unseen,
)

SEED = 85
FOLLOW_UPS = 5
OWN_FILE = "probes_round85_lead_check.yml"
TOMT_SOURCE = "TOMT"  # their names in citations and in the ranked output
MOLWENI_SOURCE = "Molweni"

TOMT = MIRRORS / "samarthbhargav+tomt-data" / "repo"
# The commit read (the repository's newest when mirrored; trec_dataset.zip is unchanged since 75ee767).
TOMT_COMMIT = "91715717363665c72f020ed29264f83318ecbc08"
TOMT_ZIP = "trec_dataset.zip"
TOMT_SPLITS = ("validation", "test", "train")
MOLWENI = MIRRORS / "HIT-SCIR+Molweni" / "repo"
MOLWENI_COMMIT = "2eb681d7e610ee3fda4ab3b4cc364554bd17ee67"
# The stored dialogue files, and their short names in citations.
MOLWENI_FILES = (("MRC", "MRC(withDiscourse)/test.json"), ("DPdev", "DP/dev.json"), ("DPtest", "DP/test.json"))

# Film, TV, actor, book and music words, as the askers write them.
SCREEN_WORDS = re.compile(
    r"\b(?:movies?|films?|flicks?|cinemas?|theaters?|theatres?|actors?|actress(?:es)?|acting|starr(?:ed|ing)|cast|"
    r"characters?|directors?|directed|scenes?|plots?|endings?|sequels?|episodes?|seasons?|series|tv|television|"
    r"shows?|netflix|dvd|vhs|cartoons?|animated|anime|hollywood|trailers?|novels?|books?|authors?|songs?|singers?|"
    r"bands?|music|soundtracks?|roles?|played|watch(?:ed|ing)?|saw|seen)\b",
    re.IGNORECASE,
)
# A question about the film the asker has in mind, named by a pronoun.
POINTS_AT = re.compile(r"\b(?:it|this|that)\b", re.IGNORECASE)
SUBJECT_KINDS = (
    ("music", re.compile(r"\b(?:songs?|singers?|bands?|music|soundtracks?)\b", re.IGNORECASE)),
    ("book", re.compile(r"\b(?:novels?|books?|authors?)\b", re.IGNORECASE)),
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
            r"\b(?:movies?|films?|flicks?|cinemas?|scenes?|plots?|endings?|sequels?|episodes?|seasons?|series|tv|"
            r"television|shows?|netflix|dvd|vhs|cartoons?|animated|anime|trailers?)\b",
            re.IGNORECASE,
        ),
    ),
)
CITED_TOMT = re.compile(r"\bTOMT\s+((?:validation|test|train)\s+\w+\s+q\d+)\b")
CITED_MOLWENI = re.compile(r"\bMolweni\s+((?:MRC|DPdev|DPtest)\s+\d+\.\d+)\b")


@dataclass(frozen=True)
class Request:
    split: str
    id: str  # the Reddit post id
    questions: tuple[str, ...]  # the description's questions, in order


@dataclass(frozen=True)
class Question:
    request: Request
    index: int  # its place among the request's questions, from 0

    @property
    def text(self) -> str:
        return self.request.questions[self.index]

    @property
    def kind(self) -> str:
        return kind_of(self.text, SUBJECT_KINDS)

    @property
    def cited(self) -> str:
        return f"{self.request.split} {self.request.id} q{self.index + 1}"


@dataclass(frozen=True)
class Message:
    file: str  # MRC, DPdev or DPtest
    dialogue: int  # from 1
    edu: int  # from 1
    text: str

    @property
    def cited(self) -> str:
        return f"{self.file} {self.dialogue}.{self.edu}"


@lru_cache(maxsize=1)
def tomt_zip() -> zipfile.ZipFile:
    """The stored trec_dataset.zip (a binary file, so not read through git_text)."""
    shown = subprocess.run(
        ["git", "-C", str(TOMT), "show", f"{TOMT_COMMIT}:{TOMT_ZIP}"], capture_output=True, check=True
    )
    return zipfile.ZipFile(io.BytesIO(shown.stdout))


def is_question(sentence: str) -> bool:
    """A sentence kept as a candidate: a whole question about a film (see the module's description)."""
    return (
        sentence.endswith("?")
        and 12 <= len(sentence) <= 200
        and sentence[0].isalpha()
        and sentence.count("(") <= sentence.count(")")
        and bool(SCREEN_WORDS.search(sentence) or POINTS_AT.search(sentence))
    )


def requests() -> list[Request]:
    """The requests with at least one question, in TOMT_SPLITS order and file order."""
    found: list[Request] = []
    archive = tomt_zip()
    for split in TOMT_SPLITS:
        with archive.open(f"trec_dataset/Movies/{split}.jsonl") as lines:
            for line in io.TextIOWrapper(lines, encoding="utf-8"):
                if not line.strip():
                    continue
                item = json.loads(line)
                sentences = (one_line(sentence) for sentence in SENTENCE.findall(one_line(item.get("text") or "")))
                questions = tuple(sentence for sentence in sentences if is_question(sentence))
                if questions:
                    found.append(Request(split, item["id"], questions))
    return found


def with_follow_ups(question: Question) -> Candidate:
    """A candidate with the same request's later questions (at most FOLLOW_UPS), the asker's own follow-ups."""
    later = tuple(
        f"q{index + 1}: {text}" for index, text in enumerate(question.request.questions) if index > question.index
    )[:FOLLOW_UPS]
    return Candidate(TOMT_SOURCE, f"{question.cited} ({question.kind or '-'})", question.text, later)


def messages() -> list[Message]:
    """The Molweni messages that ask, in MOLWENI_FILES order, dialogue order and message order."""
    found: list[Message] = []
    for short, path in MOLWENI_FILES:
        data = json.loads(git_text(MOLWENI, path, MOLWENI_COMMIT))
        dialogues = data["data"]["dialogues"] if isinstance(data, dict) else data
        for number, dialogue in enumerate(dialogues, 1):
            for edu, unit in enumerate(dialogue["edus"], 1):
                text = one_line(unit.get("text") or "")
                if text and asks(text):
                    found.append(Message(short, number, edu, text))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tomt", type=int, default=0, help="TOMT candidates to print (0: the whole pool)")
    parser.add_argument("--molweni", type=int, default=0, help="Molweni candidates to print (0: the whole pool)")
    args = parser.parse_args()
    skip = cited_earlier(OWN_FILE, {TOMT_SOURCE: CITED_TOMT, MOLWENI_SOURCE: CITED_MOLWENI}, asks=True)
    every = [Question(request, index) for request in requests() for index in range(len(request.questions))]
    tomt, tomt_seen = unseen(every, lambda item: item.cited, lambda item: item.text, skip, TOMT_SOURCE)
    molweni, molweni_seen = unseen(messages(), lambda item: item.cited, lambda item: item.text, skip, MOLWENI_SOURCE)
    print_left_out(((TOMT_SOURCE, tomt_seen), (MOLWENI_SOURCE, molweni_seen)))
    tomt_pool = [with_follow_ups(question) for question in tomt]
    molweni_pool = [Candidate(MOLWENI_SOURCE, message.cited, message.text) for message in molweni]
    pools = ((TOMT_SOURCE, tomt_pool, args.tomt), (MOLWENI_SOURCE, molweni_pool, args.molweni))
    print_quietly(tuple((source, found, count or len(found)) for source, found, count in pools), SEED)


if __name__ == "__main__":
    main()
