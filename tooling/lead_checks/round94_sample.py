"""The lead's round-94 check set: a seeded random sample of the questions that Basque-speaking volunteers asked in the
dialogues of ElkarHizketak about films, TV, actors, books and music (and the other questions of the Wikipedia
sections that are about them), each with the later-ranked questions asked about the same section, or, for a question
whose section has no other in the pool, about the same kind of subject.

Reads one dataset from its mirror on this machine (`git show <commit>:<path>`, nothing is downloaded):

- ElkarHizketak (Arantxa Otegi, Aitor Agirre, Jon Ander Campos, Aitor Soroa, Eneko Agirre, "Conversational Question
  Answering in Low Resource Scenarios: A Dataset and Case Study for Basque", LREC 2020): about 400 dialogues in
  Basque between two native-speaker volunteers, a student who read a short introduction to a popular person and asked
  questions in their own words about a Wikipedia section they could not see, and a teacher who answered from it. The
  original files are not in any stored repository; its questions are read from BasqueGLUE's QNLIeu task (Gorka
  Urbizu, Iñaki San Vicente, Xabier Saralegi, Rodrigo Agerri, Aitor Soroa, "BasqueGLUE: A Natural Language
  Understanding Benchmark for Basque", LREC 2022), which pairs each ElkarHizketak question with sentences of its
  section. Read from the authors' repository orai-nlp/BasqueGLUE at commit fae9d7b (2022-12-21, its newest): the three
  files qnli/train.jsonl, qnli/val.jsonl and qnli/test.jsonl (1,764, 230 and 238 pairs; 959, 127 and 135 distinct
  questions), all present. Each line's `idx`, `question` and `sentence` are read, never its `label`. QNLIeu keeps
  neither the dialogues nor their order; questions that share a paired sentence were asked about one section (one
  dialogue in the source's design), so the sections are rebuilt from the shared sentences, within a split (a question
  that names nothing, "Noiz jaio zen?", is asked in many dialogues, so its pairs join no sections together). The Basque
  is kept as the volunteer typed it ("ezanena", "Nun", "Esagutzen", a lower-case start, a missing "?"). Licence:
  CC BY-SA 4.0 (qnli/README; the data under it is ElkarHizketak's, CC BY-SA 4.0 too). Cited as
  `ElkarHizketak <split> <idx>` (the QNLIeu `idx` of the question's first pair in its file).

Pool: the distinct questions of the three files (in SPLITS order, then file order of their first pair) whose Basque
uses a film, TV, actor, book or music word (SCREEN_WORDS below, matched at the start of a word, since Basque adds its
endings to the stem), and every other question of a section one of whose paired sentences uses one (a section about
an actor or a singer: "Noiz jaio zen?", "When was she born?", has no screen word). The filter also lets in other
senses and subjects (a "paper", a company's "zuzendari", a record that is "grabatu", a footballer's section whose
sentences mention television); they come with the rest of the sample. A question repeated (compared without case or
punctuation) is kept once, at its first place; questions an earlier probe file cites, quotes or asks are left out
(counts only are printed).

Each candidate prints the later-ranked candidates of its kind, with their ranks in the seeded order, at most
FOLLOW_UPS: its kind is its section (`section <split> <idx>`) when the section has other questions in the pool, and
otherwise the kind of subject its Basque asks about, or its section's sentences when the question names none
(SUBJECT_KINDS below: a song or singer, a book or its author, a performer or character, a film or show). The probe file
makes those of them that can be adapted follow-ups of the candidate, with the names changed the same way.

    python -m tooling.lead_checks.round94_sample
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
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

SEED = 94
FOLLOW_UPS = 4
OWN_FILE = "probes_round94_lead_check.yml"
SOURCE = "ElkarHizketak"  # its name in citations and in the ranked output

BASQUEGLUE = MIRRORS / "orai-nlp+BasqueGLUE" / "repo"
# The commit read (the repository's newest when mirrored).
BASQUEGLUE_COMMIT = "fae9d7b42c9591cecaf01ee3c13ebe7fe6f5eea4"
FOLDER = "qnli"
SPLITS = ("train", "val", "test")

# Stems of the music, book, performer and screen words as the volunteers write them, in the order SUBJECT_KINDS tries
# them: song, singer, song and sing, music and musician, record, album, concert, composer, opera, rock, rap, jazz;
# novel, book, writer, written, published, poem, poet, verse, story, literature, essay, comic; actor, actress,
# performer, to act, to perform, character, role, director, directed, producer, produced, script and scriptwriter;
# film, cinema, theatre, television, TV series, series, documentary, cartoon, animation, premiere, Hollywood, Oscar,
# Goya.
MUSIC = r"abesti|abeslari|kantu|kantari|kanta|musika|disko|album|kontzertu|konposit|konposa|opera|rock|rap|jazz"
BOOK = r"eleberri|nobela|liburu|idazle|idatzi|argitar|poema|poeta|olerki|bertso|ipuin|literatur|saiakera|komiki"
PERSON = (
    r"aktore|antzezle|antzez|interpret|pertsonai|pertsonaje|rol|paper|zuzendari|zuzendu|ekoizle|ekoiztu|ekoizpen|gidoi"
)
WORK = (
    r"film|pelikul|zinem|zine-|antzerki|telebist|telesail|serie|dokumental|marrazki|animazio|estreina|hollywood|oscar|"
    r"goya"
)
SCREEN_WORDS = re.compile(rf"\b(?:{MUSIC}|{BOOK}|{PERSON}|{WORK})", re.IGNORECASE)
SUBJECT_KINDS = tuple(
    (kind, re.compile(rf"\b(?:{stems})", re.IGNORECASE))
    for kind, stems in (("music", MUSIC), ("book", BOOK), ("person", PERSON), ("work", WORK))
)
CITED_ELKARHIZKETAK = re.compile(r"\bElkarHizketak\s+((?:train|val|test)\s+\d+)\b")


@dataclass(frozen=True)
class Question:
    split: str
    idx: int  # the QNLIeu idx of its first pair in the file
    section: int  # the lowest idx of its section's pairs
    text: str  # the Basque, as typed
    screen: bool  # whether the question itself uses a SCREEN_WORDS word
    kind: str  # its section, or a SUBJECT_KINDS name, or "" when none matches

    @property
    def cited(self) -> str:
        return f"{self.split} {self.idx}"


# A question that names someone or something (a capital after its first word, a quote, a digit): asked in one
# dialogue. A question that names nothing ("Noiz jaio zen?", "Non bizi da?") is asked in many, so its pairs are not
# joined to each other: each pair joins only the section of its sentence.
NAMES_SOMETHING = re.compile(r"^\S+\s.*(?:[A-ZÁÉÍÓÚÑ]|\d)|[\"“”«»'0-9]")


class Sections:
    """The sections of one split: the sentences joined by the questions paired with them (a union-find)."""

    def __init__(self) -> None:
        self.parent: dict[tuple[str, str], tuple[str, str]] = {}

    def root(self, node: tuple[str, str]) -> tuple[str, str]:
        self.parent.setdefault(node, node)
        while self.parent[node] != node:
            self.parent[node] = self.parent[self.parent[node]]
            node = self.parent[node]
        return node

    def join(self, first: tuple[str, str], second: tuple[str, str]) -> None:
        first, second = self.root(first), self.root(second)
        if first != second:
            self.parent[first] = second


def question_node(text: str, idx: int) -> tuple[str, str]:
    """A question's node: one for all the pairs of a question that names something, one a pair otherwise."""
    return ("q", text) if NAMES_SOMETHING.search(text) else ("p", str(idx))


def split_questions(split: str) -> list[Question]:
    """The questions of one split's file that use a SCREEN_WORDS word or belong to a section one of whose sentences
    uses one, in the file order of their first pair (only `idx`, `question` and `sentence` are read). A question that
    names nothing and is paired with sentences of several sections belongs to the first that uses a screen word, or
    else to the first."""
    pairs = []
    for line in git_text(BASQUEGLUE, f"{FOLDER}/{split}.jsonl", BASQUEGLUE_COMMIT).splitlines():
        pair = json.loads(line) if line.strip() else {}
        text, sentence = one_line(pair.get("question") or ""), one_line(pair.get("sentence") or "")
        if text:
            pairs.append((pair["idx"], text, sentence))
    sections = Sections()
    for idx, text, sentence in pairs:
        sections.join(question_node(text, idx), ("s", sentence))
    lowest: dict[tuple[str, str], int] = {}
    sentences: defaultdict[tuple[str, str], list[str]] = defaultdict(list)
    asked: dict[str, list[tuple[int, tuple[str, str]]]] = {}
    for idx, text, sentence in pairs:
        root = sections.root(("s", sentence))
        lowest[root] = min(lowest.get(root, idx), idx)
        sentences[root].append(sentence)
        asked.setdefault(text, []).append((idx, root))
    kept = []
    for text, places in asked.items():
        screen = bool(SCREEN_WORDS.search(text))
        about_screen = [root for _, root in places if any(SCREEN_WORDS.search(line) for line in sentences[root])]
        if screen or about_screen:
            root = (about_screen or [places[0][1]])[0]
            subject = kind_of(text, SUBJECT_KINDS) or kind_of(" ".join(sentences[root]), SUBJECT_KINDS)
            kept.append((root, Question(split, places[0][0], lowest[root], text, screen, subject)))
    in_pool: defaultdict[tuple[str, str], int] = defaultdict(int)
    for root, _ in kept:
        in_pool[root] += 1
    return [
        Question(
            question.split,
            question.idx,
            question.section,
            question.text,
            question.screen,
            f"section {question.split} {question.section}" if in_pool[root] > 1 else question.kind,
        )
        for root, question in kept
    ]


def questions() -> list[Question]:
    """The pool's questions of the stored files, in SPLITS order."""
    present = stored_in_folder(BASQUEGLUE, BASQUEGLUE_COMMIT, FOLDER + "/")
    return [question for split in SPLITS if f"{split}.jsonl" in present for question in split_questions(split)]


def where(question: Question) -> str:
    return f"{question.cited} ({question.kind or '-'}{'' if question.screen else ', by its section'})"


def pool(skip: Cited) -> tuple[list[Candidate], int]:
    """The pool, and how many of its questions an earlier probe file cites, quotes or asks."""
    kept, seen = unseen(questions(), lambda question: question.cited, lambda question: question.text, skip, SOURCE)
    return ranked_with_later_of_kind(kept, SOURCE, where, SEED, FOLLOW_UPS), seen


def main() -> None:
    skip = cited_earlier(OWN_FILE, {SOURCE: CITED_ELKARHIZKETAK}, asks=True)
    found, seen = pool(skip)
    print_left_out(((SOURCE, seen),))
    print_quietly(((SOURCE, found, len(found)),), SEED)


if __name__ == "__main__":
    main()
