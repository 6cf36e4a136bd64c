"""The lead's round-152 check set: a seeded random sample of the Japanese questions that crowd workers wrote in their
own words about photographs for LookVQA, the gaze-grounded visual question answering dataset (questions about the
people in a picture, and about what they look at, hold or watch), each with the later-ranked questions written about
the same picture.

Reads one dataset from its mirror on this machine (`git show <commit>:<path>`, nothing is downloaded):

- LookVQA (Shun Inadumi, Seiya Kawano, Akishige Yuguchi, Yasutomo Kawanishi and Koichiro Yoshino, "A Gaze-grounded
  Visual Question Answering Dataset for Clarifying Ambiguous Japanese Questions", LREC-COLING 2024): 17,276 Japanese
  questions that crowd workers typed about GazeFollow and COCO photographs, where the person in the picture looks at
  something, each with the answers other workers typed. The questions are ambiguous on purpose, as people speak:
  they point with それ, 彼, 彼女, この人 instead of naming the thing ("それの色は何色ですか?", "彼女は何を持って
  いますか?"). Read from the authors' repository riken-grp/LookVQA at commit 442a4b2
  (442a4b2435719bca8f51664c6eb9237adde2be20, 2024-08-30, its newest; the data entered in 7aa594e, 2024-02-22):
  qa/train.json, qa/val.json and qa/test.json, all present (real blobs of 2.6 MB, 0.3 MB and 0.7 MB, not LFS
  pointers). Each entry is {image_id, qa_id, question, answer, and for the test split c_question, the question made
  unambiguous by the authors}; only image_id, qa_id and question are read (never the answers, the clarified questions
  or the attrs/ files). Questions are kept as typed, their spacing, half-width "?" and slips. Licence: CC BY 4.0 (the
  README). Cited as `LookVQA <split> <qa_id>`.

Pool: the questions (split by split in SPLITS order, each in file order) that name or point at a person (PERSON_WORDS)
or at a picture, a screen, a book or a flower (THING_WORDS), the subjects that have a counterpart in a film; the filter
also lets in questions about a person's ball, kite or food, which come with the rest of the sample. A question
repeated (compared without case or punctuation) is kept once, at its first place; questions an earlier probe file
cites, quotes or asks are left out (counts only are printed).

Each candidate prints the later-ranked candidates written about the same picture (its kind is `image <image_id>`),
with their ranks in the seeded order, at most FOLLOW_UPS: the probe file makes those of them that can be adapted
follow-ups of the candidate, with the names changed the same way, so that a conversation stays with one scene and one
person as the workers' questions about one picture do.

    python -m tooling.lead_checks.round152_sample
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
    one_line,
    print_left_out,
    print_quietly,
    ranked_with_later_of_kind,
    unseen,
)

SEED = 152
FOLLOW_UPS = 3
OWN_FILE = "probes_round152_lead_check.yml"
SOURCE = "LookVQA"  # its name in citations and in the ranked output

LOOKVQA = MIRRORS / "riken-grp+LookVQA" / "repo"
# The commit read (the repository's newest when mirrored).
LOOKVQA_COMMIT = "442a4b2435719bca8f51664c6eb9237adde2be20"
SPLITS = ("train", "val", "test")

# People, as the workers name them or point at them.
PERSON_WORDS = re.compile(r"男|女|彼|人|子|少年|少女|赤ちゃん|おじいさん|おばあさん|選手|お母さん|お父さん|カップル")
# Things that a film, its novel or its flowers have: pictures, screens, books, flowers.
THING_WORDS = re.compile(r"絵|画面|テレビ|映|写真|本|花|スケッチ|ノート|手紙|スマホ|携帯|電話|病院|ベッド|屋上|海|空")
CITED_LOOKVQA = re.compile(r"\bLookVQA\s+(\w+\s+\d+)\b")


@dataclass(frozen=True)
class Question:
    split: str
    qa_id: int
    image_id: int
    text: str  # the question, as typed

    @property
    def kind(self) -> str:
        return f"image {self.image_id}"

    @property
    def cited(self) -> str:
        return f"{self.split} {self.qa_id}"


def questions() -> list[Question]:
    """The questions of the three splits that use a PERSON_WORDS or THING_WORDS word, in SPLITS and file order (the
    answers and clarified questions are not read)."""
    found: list[Question] = []
    for split in SPLITS:
        for entry in json.loads(git_text(LOOKVQA, f"qa/{split}.json", LOOKVQA_COMMIT)):
            text = one_line(str(entry.get("question", "")))
            if text and (PERSON_WORDS.search(text) or THING_WORDS.search(text)):
                found.append(Question(split, int(entry["qa_id"]), int(entry["image_id"]), text))
    return found


def where(question: Question) -> str:
    return f"{SOURCE} {question.cited} ({question.kind})"


def pool(skip: Cited) -> tuple[list[Candidate], int]:
    """The pool, and how many of its questions an earlier probe file cites, quotes or asks."""
    kept, seen = unseen(questions(), lambda found: found.cited, lambda found: found.text, skip, SOURCE)
    return ranked_with_later_of_kind(kept, SOURCE, where, SEED, FOLLOW_UPS), seen


def main() -> None:
    skip = cited_earlier(OWN_FILE, {SOURCE: CITED_LOOKVQA}, asks=True)
    found, seen = pool(skip)
    print_left_out(((SOURCE, seen),))
    print_quietly(((SOURCE, found, len(found)),), SEED)


if __name__ == "__main__":
    main()
