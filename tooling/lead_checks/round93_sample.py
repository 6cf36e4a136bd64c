"""The lead's round-93 check set: a seeded random sample of the questions that Amharic-speaking crowd workers wrote
for AmQA about films, TV, actors, books and music (and the other questions of the passages that are about them),
each with the later-ranked questions that the same crowd workers wrote about the same passage.

Reads one dataset from its mirror on this machine (`git show <commit>:<path>`, nothing is downloaded):

- AmQA (Tilahun Abedissa Taffa, Ricardo Usbeck, Yaregal Assabie, "Low Resource Question Answering: An Amharic
  Benchmarking Dataset", RAIL workshop at LREC-COLING 2024): 2,628 question-answer pairs that crowd workers wrote in
  Amharic, in their own words, about 378 Amharic Wikipedia articles and news passages, SQuAD-style. Read from the
  authors' repository semantic-systems/amharic-qa at commit 68d06ea (2024-05-27, its newest): the three files
  train_data.json, dev_data.json and test_data.json (1,723, 595 and 299 questions; they split AmQA_Dataset.json,
  which is not read), all present. Only each passage's `document_id` and the opening sentence of its `context`, and
  each question's `id` and `question`, are read, never the answers. The Amharic is kept as the crowd worker typed it
  (spelling variants such as መጽሐፍ, መፅሐፍ and መፅሃፍ for "book", two questions typed twice, "ኮሎኔር" for "ኮሎኔል").
  Licence: MIT (the repository's LICENSE). Cited as `AmQA <split> <id>` (the question id as the data gives it).

Pool: the questions of the three files (in SPLITS order, then file order) whose Amharic uses a film, TV, actor, book
or music word (SCREEN_WORDS below, matched anywhere in a word, since Amharic joins prepositions and endings to its
words), and every other question of a passage whose opening sentence uses one (a passage about a singer, a writer, a
novel or a film: "Where was he born?" asks about the singer without a screen word). The filter also lets in other
senses (the Bible, "መጽሐፍ ቅዱስ", is a "holy book"; laws and scripts are "written"; a history of television sets;
church chant, "ዜማ"); they come with the rest of the sample. A question repeated (compared without case or
punctuation) is kept once, at its first place; questions an earlier probe file cites, quotes or asks are left out
(counts only are printed).

Each candidate prints the later-ranked candidates that the crowd workers wrote about the same passage (its kind is
`passage <document_id>`), with their ranks in the seeded order, at most FOLLOW_UPS: the probe file makes those of them
that can be adapted follow-ups of the candidate, with the names changed the same way, so that a conversation stays
with one person or work as the crowd worker's questions did.

    python -m tooling.lead_checks.round93_sample
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
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
    stored_in_folder,
    unseen,
)

SEED = 93
FOLLOW_UPS = 4
OWN_FILE = "probes_round93_lead_check.yml"
SOURCE = "AmQA"  # its name in citations and in the ranked output

AMQA = MIRRORS / "semantic-systems+amharic-qa" / "repo"
# The commit read (the repository's newest when mirrored).
AMQA_COMMIT = "68d06ea20ba0dedfdb99385d44fbdc54b83ad96a"
SPLITS = ("dev", "test", "train")

# Film, TV, actor, book and music words as AmQA's crowd workers write them, matched anywhere in a word: film, cinema,
# actor and acting, drama, television and TV, theatre and play, song, singer and sang, melody, music and musician,
# album, vocalist, poem and poet, book and books (in their spellings), novel, author, writer, literature, composition,
# wrote and written, cartoon, Oscar, Hollywood, Grammy, concert.
SCREEN_WORDS = re.compile(
    r"ፊልም|ሲኒማ|ተዋና|ትወና|ድራማ|ቴሌቪዥን|ቴሌቭዥን|ቲቪ|ቴአትር|ቲያትር|ትያትር|ቲአትር|ተውኔት|ዘፈ|ዘፋኝ|ዜማ|ሙዚቃ|ሙዚቀኛ|"
    r"አልበም|ድምፃዊ|ድምጻዊ|ግጥም|ገጣሚ|መጽሐፍ|መፅሐፍ|መጽሃፍ|መፅሃፍ|መፅሀፍ|መጽሀፍ|መጻሕፍ|መፃሕፍ|መጻህፍ|መፃህፍ|ልቦለድ|"
    r"ልብ ወለድ|ልብ-ወለድ|ልብወለድ|ደራሲ|ጸሐፊ|ፀሐፊ|ጸሃፊ|ፀሃፊ|ጸሃፍ|ጻህፊ|ጽሑፍ|ጽሁፍ|ፅሁፍ|ፅሑፍ|ድርሰት|ጻፈ|ፃፈ|ጻፉ|ፃፉ|"
    r"ካርቶን|ኦስካር|ሆሊውድ|ግራሚ|ኮንሰርት"
)
# The end of a passage's opening sentence: the Amharic full stop, or the two word-separators typed for it.
SENTENCE_END = re.compile(r"።|፡፡|::")
CITED_AMQA = re.compile(r"\bAmQA\s+((?:dev|test|train)\s+\d+)\b")


@dataclass(frozen=True)
class Question:
    split: str
    id: int  # as the data gives it
    passage: int  # the passage's document_id
    text: str  # the Amharic, as typed
    screen: bool  # whether the question itself uses a SCREEN_WORDS word

    @property
    def cited(self) -> str:
        return f"{self.split} {self.id}"

    @property
    def kind(self) -> str:
        return f"passage {self.passage}"


def passages(split: str) -> Iterator[dict]:
    """The passages of a split's file (an article's `paragraphs` is a list, or once a single passage)."""
    for article in json.loads(git_text(AMQA, f"{split}_data.json", AMQA_COMMIT))["data"]:
        paragraphs = article["paragraphs"]
        yield from [paragraphs] if isinstance(paragraphs, dict) else paragraphs


def questions() -> list[Question]:
    """The questions of the stored files that use a SCREEN_WORDS word or belong to a passage whose opening sentence
    uses one, in SPLITS order and file order (only ids, the passage's opening sentence and the questions are read)."""
    present = stored_in_folder(AMQA, AMQA_COMMIT, ".")
    found: list[Question] = []
    for split in SPLITS:
        if f"{split}_data.json" not in present:
            continue
        for passage in passages(split):
            opening = SENTENCE_END.split(passage.get("context") or "", maxsplit=1)[0]
            about_screen = bool(SCREEN_WORDS.search(opening))
            for item in passage["qas"]:
                text = one_line(item.get("question") or "")
                screen = bool(SCREEN_WORDS.search(text))
                if text and (screen or about_screen):
                    found.append(Question(split, item["id"], passage["document_id"], text, screen))
    return found


def where(question: Question) -> str:
    return f"{question.cited} ({question.kind}{'' if question.screen else ', by its passage'})"


def pool(skip: Cited) -> tuple[list[Candidate], int]:
    """The pool, and how many of its questions an earlier probe file cites, quotes or asks."""
    kept, seen = unseen(questions(), lambda question: question.cited, lambda question: question.text, skip, SOURCE)
    return ranked_with_later_of_kind(kept, SOURCE, where, SEED, FOLLOW_UPS), seen


def main() -> None:
    skip = cited_earlier(OWN_FILE, {SOURCE: CITED_AMQA}, asks=True)
    found, seen = pool(skip)
    print_left_out(((SOURCE, seen),))
    print_quietly(((SOURCE, found, len(found)),), SEED)


if __name__ == "__main__":
    main()
