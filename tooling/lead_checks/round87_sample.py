"""The lead's round-87 check set: a seeded random sample of the questions that crowd workers wrote for OK-VQA about
photographs, questions that need knowledge from outside the picture, keeping those about films, TV, actors, books,
music or famous people (and the off-topic ones the filter lets in), each with the later-ranked questions that ask about
the same kind of subject.

Reads one dataset from its mirror on this machine (`git show <commit>:<path>`, nothing is downloaded):

- OK-VQA (Kenneth Marino, Mohammad Rastegari, Ali Farhadi and Roozbeh Mottaghi, "OK-VQA: A Visual Question Answering
  Benchmark Requiring External Knowledge", CVPR 2019): 14,055 questions that Amazon Mechanical Turk workers wrote
  themselves about COCO photographs, asked to write questions whose answer needs outside knowledge. The official v1.0
  question files, as the authors distribute them (their `info` says "This is v1.0 of the OK-VQA dataset.", their
  `license` the Creative Commons Attribution 4.0 International License), are stored unchanged in
  luomancs/retriever_reader_for_okvqa at commit 106a8aa (2022-05-06, its newest):
  lxmert/okvqa_data/OpenEnded_mscoco_train2014_questions.json (9,009 questions) and
  lxmert/okvqa_data/OpenEnded_mscoco_val2014_questions.json (5,046), both present. Only each question's `question_id`
  and `question` are read, never the image or the answers (whose files are absent there anyway). The text is the
  worker's, kept as written: casing, spelling and missing capitals ("gene kelley", "muscial", "charecter").
  Cited as `OK-VQA <split> <question_id>`.

Pool: the questions of the two files (train, then val, then file order) that use a film, TV, actor, book, music or
famous-person word (SCREEN_WORDS below); the filter also lets in questions where such a word has another sense (a
"show" bike, a "tv" remote, a "book" in a picture, a "character" on a sign); they come with the rest of the sample. A
question repeated (compared without case or punctuation) is kept once, at its first place; questions an earlier probe
file cites, quotes or asks are left out (counts only are printed).

Each candidate prints the later-ranked candidates that ask about the same kind of subject (SUBJECT_KINDS below: a
song or singer, a book or its author, a performer or character, a film or show), with their ranks in the seeded
order, at most FOLLOW_UPS: the probe file makes those of them that can be adapted follow-ups of the candidate, with
the names changed the same way, as round 72 did with AfriQA. The kind is a rough guide for the writer, who reads each
question.

    python -m tooling.lead_checks.round87_sample
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

SEED = 87
FOLLOW_UPS = 4
OWN_FILE = "probes_round87_lead_check.yml"
SOURCE = "OK-VQA"  # its name in citations and in the ranked output

OKVQA = MIRRORS / "luomancs+retriever_reader_for_okvqa" / "repo"
# The commit read (the repository's newest when mirrored).
OKVQA_COMMIT = "106a8aaf0b619ad78a34891e2d7c5855e76d7ff4"
FOLDER = "lxmert/okvqa_data"
SPLITS = ("train", "val")

# Film, TV, actor, book, music and famous-person words, as OK-VQA's workers write them.
SCREEN_WORDS = re.compile(
    r"\b(?:movies?|films?|filmed|cinemas?|actors?|actress(?:es)?|acting|starr(?:ed|ing)|stars|cast|characters?|"
    r"charecters?|directors?|directed|producers?|scenes?|plots?|sequels?|episodes?|seasons?|series|tv|television|"
    r"shows?|sitcoms?|cartoons?|animated|anime|disney|pixar|dreamworks|hollywood|oscars?|franchises?|"
    r"novels?|books?|authors?|writers?|wr[io]te|written|publish(?:ed)?|poems?|poets?|stor(?:y|ies)|storybook|fiction|"
    r"comics?|superhero(?:es)?|songs?|singers?|sang|sings?|bands?|albums?|music|musicals?|musicians?|lyrics|"
    r"soundtracks?|composers?|rappers?|famous|celebrit(?:y|ies)|roles?|played)\b",
    re.IGNORECASE,
)
# What a question asks about, by its wording, the first that matches.
SUBJECT_KINDS = (
    (
        "music",
        re.compile(
            r"\b(?:songs?|singers?|sang|sings?|bands?|albums?|music|musicals?|musicians?|lyrics|soundtracks?|"
            r"composers?|rappers?)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "book",
        re.compile(
            r"\b(?:novels?|books?|authors?|writers?|wr[io]te|written|publish(?:ed)?|poems?|poets?|storybook|"
            r"fiction|comics?)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "person",
        re.compile(
            r"\b(?:actors?|actress(?:es)?|acting|starr(?:ed|ing)|stars|cast|characters?|charecters?|roles?|played|"
            r"directors?|directed|producers?|celebrit(?:y|ies)|famous)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "work",
        re.compile(
            r"\b(?:movies?|films?|filmed|cinemas?|scenes?|plots?|sequels?|episodes?|seasons?|series|tv|television|"
            r"shows?|sitcoms?|cartoons?|animated|anime|disney|pixar|dreamworks|hollywood|oscars?|franchises?|"
            r"stor(?:y|ies)|superhero(?:es)?)\b",
            re.IGNORECASE,
        ),
    ),
)
CITED_OKVQA = re.compile(r"\bOK-VQA\s+((?:train|val)\s+\d+)\b")


@dataclass(frozen=True)
class Question:
    split: str
    id: int  # the file's question_id
    text: str  # the worker's question
    kind: str  # a SUBJECT_KINDS name, or "" when none matches

    @property
    def cited(self) -> str:
        return f"{self.split} {self.id}"


def questions() -> list[Question]:
    """The questions of the stored files that use a SCREEN_WORDS word, in SPLITS order and file order (only each
    question's `question_id` and `question` are read)."""
    found: list[Question] = []
    present = stored_in_folder(OKVQA, OKVQA_COMMIT, FOLDER + "/")
    for split in SPLITS:
        name = f"OpenEnded_mscoco_{split}2014_questions.json"
        if name not in present:
            continue
        data = json.loads(git_text(OKVQA, f"{FOLDER}/{name}", OKVQA_COMMIT))
        for item in data["questions"]:
            text = one_line(item.get("question") or "")
            if text and SCREEN_WORDS.search(text):
                found.append(Question(split, item["question_id"], text, kind_of(text, SUBJECT_KINDS)))
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
    skip = cited_earlier(OWN_FILE, {SOURCE: CITED_OKVQA}, asks=True)
    found, seen = pool(skip)
    print_left_out(((SOURCE, seen),))
    print_quietly(((SOURCE, found, len(found)),), SEED)


if __name__ == "__main__":
    main()
