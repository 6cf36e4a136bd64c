"""The lead's round-72 check set: a seeded random sample of the questions that native speakers of ten African
languages wrote for AfriQA about films, TV, actors, books and music, in the English its translators gave them, each
with the later-ranked questions that ask about the same kind of subject.

Reads one dataset from its mirror on this machine (`git show <commit>:<path>`, nothing is downloaded):

- AfriQA (Odunayo Ogundepo, Tajuddeen R. Gwadabe, Clara E. Rivera, Jonathan H. Clark, Sebastian Ruder et al.,
  "AfriQA: Cross-lingual Open-Retrieval Question Answering for African Languages", Findings of EMNLP 2023): about
  12,000 questions that native speakers wrote in their own language (Bemba, Fon, Hausa, Igbo, Kinyarwanda, Swahili,
  Twi, Wolof, Yoruba, Zulu) about what they wanted to know, each with a human translation into English (French for
  Fon and Wolof) made by the project's translators. Read from the authors' repository masakhane-io/afriqa at commit
  5c29933 (2024-09-27, its newest): the 24 files data/queries/<lang>/queries.afriqa.<lang>.en.<split>.json of the
  eight languages translated into English (bem hau ibo kin swa twi yor zul; dev, test and train each), all present.
  The Fon and Wolof files (translated into French) are not read: the assistant talks English. Each file holds one
  JSON object a line; only its `id` and `translated_question` are read, never the question in the African language,
  the answer or the gold passages. The English is kept as the translator wrote it, with its casing, spelling and
  spacing ("film industryy", "Shakespare"). Licence: CC BY 4.0 (the repository's README and LICENSE). Cited as
  `AfriQA <lang> <split> <id>` (the id as the data gives it).

Pool: the questions of the 24 files (in LANGUAGES order, then dev, test, train, then file order) whose English uses a
film, TV, actor, book or music word (SCREEN_WORDS below); the filter also lets in questions where such a word has
another sense (a book of the Bible, a copper "producer", a football club's "played", a "season" of the year); they
come with the rest of the sample. A question repeated (compared without case or punctuation) is kept once, at its
first place; questions an earlier probe file cites, quotes or asks are left out (counts only are printed).

Each candidate prints the later-ranked candidates that ask about the same kind of subject (SUBJECT_KINDS below: a
song or singer, a book or its author, a performer or character, a film or show), with their ranks in the seeded
order, at most FOLLOW_UPS: the probe file makes those of them that can be adapted follow-ups of the candidate, with
the names changed the same way, as round 65 did with WikiAnswers' queries. The kind is a rough guide for the writer,
who reads each question.

    python -m tooling.lead_checks.round72_sample
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

SEED = 72
FOLLOW_UPS = 4
OWN_FILE = "probes_round72_lead_check.yml"
SOURCE = "AfriQA"  # its name in citations and in the ranked output

AFRIQA = MIRRORS / "masakhane-io+afriqa" / "repo"
# The commit read (the repository's newest when mirrored).
AFRIQA_COMMIT = "5c29933753692c28773c34ac1f68482007f1d2bb"
# The languages whose questions are translated into English (Fon and Wolof are translated into French).
LANGUAGES = ("bem", "hau", "ibo", "kin", "swa", "twi", "yor", "zul")
SPLITS = ("dev", "test", "train")

# Film, TV, actor, book and music words, as AfriQA's translators write them.
SCREEN_WORDS = re.compile(
    r"\b(?:movies?|films?|filmed|filming|cinemas?|actors?|actress(?:es)?|acting|starr(?:ed|ing)|cast|characters?|"
    r"directors?|directed|producers?|produced|scenes?|plots?|heroe?s?|heroines?|sequels?|episodes?|seasons?|series|"
    r"tv|television|shows?|sitcoms?|cartoons?|anime|hollywood|nollywood|bollywood|kannywood|oscars?|screenplay|"
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
            r"fiction)\b",
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
            r"television|shows?|sitcoms?|cartoons?|anime|hollywood|nollywood|bollywood|kannywood|oscars?|screenplay|"
            r"stor(?:y|ies))\b",
            re.IGNORECASE,
        ),
    ),
)
CITED_AFRIQA = re.compile(r"\bAfriQA\s+([a-z]{3}\s+(?:dev|test|train)\s+\d+)\b")


@dataclass(frozen=True)
class Question:
    language: str
    split: str
    id: int  # as the data gives it
    text: str  # the English translation
    kind: str  # a SUBJECT_KINDS name, or "" when none matches

    @property
    def cited(self) -> str:
        return f"{self.language} {self.split} {self.id}"


def questions() -> list[Question]:
    """The questions of the stored files whose English uses a SCREEN_WORDS word, in LANGUAGES order, SPLITS order and
    file order (only each line's `id` and `translated_question` are read)."""
    found: list[Question] = []
    for language in LANGUAGES:
        folder = f"data/queries/{language}"
        present = stored_in_folder(AFRIQA, AFRIQA_COMMIT, folder + "/")
        for split in SPLITS:
            name = f"queries.afriqa.{language}.en.{split}.json"
            if name not in present:
                continue
            for line in git_text(AFRIQA, f"{folder}/{name}", AFRIQA_COMMIT).splitlines():
                if not line.strip():
                    continue
                item = json.loads(line)
                text = one_line(item.get("translated_question") or "")
                if text and SCREEN_WORDS.search(text):
                    found.append(Question(language, split, item["id"], text, kind_of(text, SUBJECT_KINDS)))
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
    skip = cited_earlier(OWN_FILE, {SOURCE: CITED_AFRIQA}, asks=True)
    found, seen = pool(skip)
    print_left_out(((SOURCE, seen),))
    print_quietly(((SOURCE, found, len(found)),), SEED)


if __name__ == "__main__":
    main()
