"""The lead's round-97 check set: a seeded random sample of the questions that Polish annotators wrote in Polish
about passages of Polish Wikipedia articles on films, TV, actors, books and music for PoQuAD, each with the later
questions written on the same passage and the later-ranked candidates about the same kind of subject.

Reads one dataset from its mirror on this machine (`git show <commit>:<path>`, nothing is downloaded):

- PoQuAD (Ryszard Tuora, Natalia Zawadzka-Paluektau, Cezary Klamra, Aleksandra Zwierzchowska and Łukasz Kobyliński,
  "Towards a Polish Question Answering Dataset (PoQuAD)", ICADL 2022, and "PoQuAD - The Polish Question Answering
  Dataset - Description and Analysis", K-CAP 2023): questions that Polish annotators wrote in Polish, a few in a row
  on each passage of original (not translated) Polish Wikipedia articles chosen for the topics most relevant to
  Polish speakers, SQuAD 2.0 style (with questions the passage cannot answer). Read from the authors' repository as
  stored here, dudiiiiiiii/poquad (its README cites github.com/ipipan/poquad, which is not stored), at commit 8f31dfe
  (2022-11-20, "acknowledgments"): poquad_dev.json, present (4.0 MB; the dataset version of 2022-11-08, 764 articles,
  one passage each, 3,690 questions). The newest commit, c5b0f6c (2022-12-16, "december version"), and every
  commit's poquad_train.json are absent blobs, so the newest commit whose development file is stored is read. Only
  each article's `id` and `title`, the first CONTEXT_CHARS characters of its `summary` (the article's lead, which
  names its subject) and of its passage's `context`, and each question's `question` are read, never the answers. The
  Polish is kept as the annotator typed it. Licence: the repository's license.txt is the GNU GPL v3; the dataset's
  cards (clarin-pl/poquad) give CC BY 4.0; both allow use with attribution. The questions have no ids: cited as
  `PoQuAD dev <article id> q<n>`, n the question's place among its article's questions, from 1.

Pool: the articles (in file order) whose title, summary opening or passage opening uses a film, TV, actor, book or
music word (SCREEN_WORDS below); the filter also lets in a medical "zespół" (syndrome), a sports "zespół" (team), a
cookery "książka", a TV journalist, the Eurovision song contest and the like; they come with the rest of the sample.
Each passage is a candidate through its first question; a question repeated (compared without case or punctuation) is
kept once, at its first place; questions an earlier probe file cites, quotes or asks are left out (counts only are
printed).

Each candidate prints first its passage's later questions ("turn <n>"), at most PASSAGE_TURNS, written by one
annotator in a row about one passage, the source's nearest thing to a conversation; then the later-ranked candidates
that ask about the same kind of subject (SUBJECT_KINDS below: a song, album, band or musician, a book or its author, a
performer or character, a film or show), with their ranks in the seeded order, at most FOLLOW_UPS, for a candidate
whose passage gives no follow-up that can be adapted, as round 86 did. The kind is a rough guide for the writer, who
reads each question.

    python -m tooling.lead_checks.round97_sample
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace

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
    print_one_pool,
    ranked_with_later_of_kind,
    stored_in_folder,
)

SEED = 97
FOLLOW_UPS = 2  # same-kind later candidates
PASSAGE_TURNS = 4  # the passage's later questions
CONTEXT_CHARS = 250  # the opening of a summary or passage, which names its subject
OWN_FILE = "probes_round97_lead_check.yml"
SOURCE = "PoQuAD"  # its name in citations and in the ranked output

POQUAD = MIRRORS / "dudiiiiiiii+poquad" / "repo"
# The commit read: the newest whose poquad_dev.json blob is stored (the newest commit's is absent).
POQUAD_COMMIT = "8f31dfe6adc4ff15548352dac2eb8266e183c2b9"
POQUAD_DEV = "poquad_dev.json"
SPLIT = "dev"

# Film, TV, actor, book and music words, as Polish Wikipedia writes them (stems with their endings).
SCREEN_WORDS = re.compile(
    r"\b(?:film\w*|kino|kina|kinie|kinem|kinow\w*|kinematograf\w*|aktor\w*|reżyser\w*|scenarzy\w*|scenariusz\w*|"
    r"serial\w*|telewizj\w*|telewizyjn\w*|obsad\w*|bohater(?:ka|ki|ce|kę|em|a|owie|ów)?|animowan\w*|kreskówk\w*|"
    r"komiks\w*|anime|mang[aię]|oscar(?:a|y|ów|em)|hollywood\w*|"
    r"powieś\w*|powieści\w*|powieściopisa\w*|książk\w*|książek|pisar\w*|literac\w*|literatur\w*|autor\w*|poet\w*|"
    r"poezj\w*|poemat\w*|wiersz\w*|opowiada(?:nie|nia|niu|ń|niami|niach)|nowel\w*|dramat\w*|dramatopisa\w*|"
    r"piosen\w*|piosenkar\w*|utw[oó]r(?:y|ów|u|em|ze|ami|ach)?|album\w*|płyt(?:a|y|ę|ą|ach|ami|owy\w*|owa\w*)?|"
    r"singl\w*|zesp[oó]ł\w*|muzy\w*|kompozytor\w*|skomponowa\w*|śpiew\w*|wokalist\w*|rap|rapu|raper\w*|"
    r"rock(?:ow\w*|a|u)?|koncert\w*|oper(?:a|y|ę|ze|ą|ach|ami|owy\w*|owa\w*|owe\w*|owej)|symfoni\w*|eurowizj\w*|"
    r"teledys\w*|przebój\w*|przeboj\w*|gitarzyst\w*|perkusist\w*|basist\w*|dyrygent\w*)\b",
    re.IGNORECASE,
)
# What a passage is about, by its article's title, summary opening and passage opening, the first that matches.
SUBJECT_KINDS = (
    (
        "music",
        re.compile(
            r"\b(?:piosen\w*|piosenkar\w*|utw[oó]r(?:y|ów|u|em|ze|ami|ach)?|album\w*|płyt(?:a|y|ę|ą|ach|ami)?|"
            r"singl\w*|zesp[oó]ł\w*|muzy\w*|kompozytor\w*|skomponowa\w*|śpiew\w*|wokalist\w*|rap|rapu|raper\w*|"
            r"rock(?:ow\w*|a|u)?|koncert\w*|oper(?:a|y|ę|ze|ą|ach|ami|owy\w*|owa\w*|owe\w*|owej)|symfoni\w*|"
            r"eurowizj\w*|teledys\w*|przebój\w*|przeboj\w*|gitarzyst\w*|perkusist\w*|basist\w*|dyrygent\w*)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "book",
        re.compile(
            r"\b(?:powieś\w*|powieści\w*|powieściopisa\w*|książk\w*|książek|pisar\w*|literac\w*|literatur\w*|"
            r"autor\w*|poet\w*|poezj\w*|poemat\w*|wiersz\w*|opowiada(?:nie|nia|niu|ń|niami|niach)|nowel\w*|"
            r"dramatopisa\w*)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "person",
        re.compile(r"\b(?:aktor\w*|obsad\w*|bohater(?:ka|ki|ce|kę|em|a|owie|ów)?)\b", re.IGNORECASE),
    ),
    (
        "work",
        re.compile(
            r"\b(?:film\w*|kino|kina|kinie|kinem|kinow\w*|kinematograf\w*|reżyser\w*|scenarzy\w*|scenariusz\w*|"
            r"serial\w*|telewizj\w*|telewizyjn\w*|animowan\w*|kreskówk\w*|komiks\w*|anime|mang[aię]|"
            r"oscar(?:a|y|ów|em)|hollywood\w*|dramat\w*)\b",
            re.IGNORECASE,
        ),
    ),
)
CITED_POQUAD = re.compile(r"\bPoQuAD\s+(dev\s+\d+\s+q\d+)\b")


@dataclass(frozen=True)
class Passage:
    article: int  # its article's id
    title: str  # its article's
    opening: str  # the first CONTEXT_CHARS characters of the article's summary and of the passage's context
    questions: tuple[tuple[str, str], ...]  # ("<article id> q<n>", question) in file order

    @property
    def screen(self) -> bool:
        return bool(SCREEN_WORDS.search(self.title + " " + self.opening))


@dataclass(frozen=True)
class Question:
    id: str  # "<article id> q<n>"
    title: str  # its article's
    text: str
    kind: str  # a SUBJECT_KINDS name, or "" when none matches
    later: tuple[tuple[str, str], ...]  # the passage's later unused questions

    @property
    def cited(self) -> str:
        return f"{SPLIT} {self.id}"


def passages() -> list[Passage]:
    """The passages of the stored development file, in file order, each with its questions in file order (numbered
    through the article)."""
    if POQUAD_DEV not in stored_in_folder(POQUAD, POQUAD_COMMIT, POQUAD_DEV):
        return []
    data = json.loads(git_text(POQUAD, POQUAD_DEV, POQUAD_COMMIT))
    found = []
    for article in data["data"]:
        title = one_line(article["title"])
        summary = one_line(article.get("summary") or "")[:CONTEXT_CHARS]
        number = 0
        for paragraph in article["paragraphs"]:
            asked = []
            for item in paragraph["qas"]:
                number += 1
                text = one_line(item["question"])
                if text:
                    asked.append((f"{article['id']} q{number}", text))
            opening = summary + " " + one_line(paragraph["context"])[:CONTEXT_CHARS]
            found.append(Passage(article["id"], title, opening, tuple(asked)))
    return found


def where(question: Question) -> str:
    return f"{question.cited} [{question.title}] ({question.kind or '-'})"


def pool(skip: Cited) -> tuple[list[Candidate], int]:
    """The pool (each screen passage's first unused question, with its later ones), and how many of the screen
    passages' questions an earlier probe file cites, quotes or asks."""
    left_out = 0
    firsts: list[Question] = []
    for passage in passages():
        if not passage.screen:
            continue
        unused = []
        for qid, text in passage.questions:
            if f"{SPLIT} {qid}" in skip.ids[SOURCE] or normalised(text) in skip.texts:
                left_out += 1
            else:
                unused.append((qid, text))
        if unused:
            kind = kind_of(passage.title + " " + passage.opening, SUBJECT_KINDS)
            qid, text = unused[0]
            firsts.append(Question(qid, passage.title, text, kind, tuple(unused[1:])))
    kept = first_unseen(firsts, lambda question: question.text, lambda question: False)
    ranked = ranked_with_later_of_kind(kept, SOURCE, where, SEED, FOLLOW_UPS)
    found = []
    for question, candidate in zip(kept, ranked, strict=True):
        turns = tuple(
            f"turn {number}: {qid}: {text}" for number, (qid, text) in enumerate(question.later[:PASSAGE_TURNS], 2)
        )
        found.append(replace(candidate, follow_ups=turns + candidate.follow_ups))
    return found, left_out


def main() -> None:
    skip = cited_earlier(OWN_FILE, {SOURCE: CITED_POQUAD}, asks=True)
    found, left_out = pool(skip)
    print_one_pool(SOURCE, found, left_out, SEED)


if __name__ == "__main__":
    main()
