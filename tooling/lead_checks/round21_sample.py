"""The lead's round-21 check set: a seeded random sample of real people's film questions from CMU_DoG and WebQuestions.

Reads two datasets from their bare mirrors on this machine (`git show HEAD:<path>`, nothing is downloaded):

- CMU_DoG (festvox/datasets-CMU_DoG, Conversations/{train,valid,test}/<id>.json): two crowd workers chatting about a
  film whose Wikipedia summary one or both had read (WikiData/<film>.json; the conversation's `wikiDocumentIdx`
  names it). The pool is the turns that ask about a film (its cast, characters, director, plot, genre, rating,
  reviews, release, book, music ...); each candidate prints the same speaker's next turns of that conversation that
  ask about a film too (its real follow-ups). A text repeated across conversations is kept once, at its first.
  Cited as `CMU_DoG <split>/<first 8 hex of the id> turn <n>` (n counts every turn of the history, from 1).
- WebQuestions (brmson/dataset-factoid-webquestions, main/trainmodel.json, val.json, devtest.json, test.json):
  real Google Suggest queries. The pool is the questions about films, shows, their people, books and songs (the
  words of the repository's own t-movies filter, widened to film/director/book/song words). Cited as
  `WebQuestions <split> <qId>`.

Questions that any tests/nlu/probes*.yml already cites are left out: by id (the conversation with its turn, or the
WebQuestions qId) and by text (an earlier file quoting the original).
Each pool is shuffled with a fixed seed and printed in that order. The probe file
tests/nlu/probes_round21_lead_check.yml takes the candidates in this order, skipping only those that cannot be
adapted to a question about this single film (its header says which ranks were skipped).

    python -m tooling.lead_checks.round21_sample [--dog 120] [--webq 80]
"""

from __future__ import annotations

import argparse
import re
from dataclasses import dataclass, field
from pathlib import Path

from tooling.lead_checks.mirrors import (
    MIRRORS,
    QUOTED,
    Candidate,
    earlier_probe_lines,
    git_json,
    normalised,
    print_samples,
    stored_files,
)

CMU_DOG = MIRRORS / "festvox+datasets-CMU_DoG" / "repo"
WEBQUESTIONS = MIRRORS / "brmson+dataset-factoid-webquestions" / "repo"
WEBQ_SPLITS = ("trainmodel", "val", "devtest", "test")
SEED = 21
FOLLOW_UPS = 2  # real follow-up turns printed with a CMU_DoG candidate

# A chat turn that asks about a film: a question (or a request to tell) about one of its attributes.
ASKS = re.compile(r"\?|^\s*(what|who|whos|how|is|are|does|did|do|can|could|tell|when|which|where)\b", re.IGNORECASE)
FILM_ATTRIBUTE = re.compile(
    r"\b(who (?:is|was|were|are) in|who plays?|who played|played by|starr(?:s|ed|ing)|stars?|cast|actors?|"
    r"actress(?:es)?|director|directed|direct|genre|rated|rating|ratings|reviews?|critics?|rotten|tomatoes|imdb|"
    r"how long|run ?time|released?|come out|came out|what year|when was|based on|book|novel|author|wrote|written|"
    r"sequel|music|song|soundtrack|score|awards?|oscars?|box office|budget|plot|story|about\W*$|happens|ending|"
    r"end up|characters?|role)\b",
    re.IGNORECASE,
)
# WebQuestions queries about films, shows, their people, novels and songs.
SCREEN_WORDS = re.compile(
    r"\b(play(?:s|ed)?|star(?:s|red|ring)?|voices?|voiced|movies?|films?|act(?:s|ed|or|ors|ress)?|directors?|"
    r"directed|cast|character|novels?|books?|author|wrote|songs?|sings?|sang|singer|soundtrack|oscars?|"
    r"academy awards?|tv shows?|shows?|series)\b",
    re.IGNORECASE,
)
# The t-movies filter's exclusions (sports, instruments, positions), and where a team plays.
NOT_SCREEN = re.compile(
    r"play\w* (?:for|4)\b|position|playoff|soccer|sport|ball|guitar|tennis|team|stadium|league|instrument|"
    r"world series|^where do\b.*\bplay\b",
    re.IGNORECASE,
)
CITED_DOG = re.compile(r"\bCMU_DoG\s+(\w+/[0-9a-f]{8})\s+turn\s+(\d+)", re.IGNORECASE)
CITED_WEBQ = re.compile(r"\b(wq[rs]\d{6})\b", re.IGNORECASE)


@dataclass
class Cited:
    dog_turns: set[tuple[str, int]] = field(default_factory=set)  # ("<split>/<id8>", turn)
    webq_ids: set[str] = field(default_factory=set)
    texts: set[str] = field(default_factory=set)  # normalised quoted originals


def cited() -> Cited:
    """What earlier probe files already use."""
    found = Cited()
    for line in earlier_probe_lines("probes_round21_lead_check.yml"):
        found.dog_turns.update((conversation, int(turn)) for conversation, turn in CITED_DOG.findall(line))
        found.webq_ids.update(question_id.lower() for question_id in CITED_WEBQ.findall(line))
        found.texts.update(normalised(quoted) for quoted in QUOTED.findall(line))
    return found


def asks_about_film(text: str) -> bool:
    return bool(ASKS.search(text) and FILM_ATTRIBUTE.search(text))


def one_line(text: str) -> str:
    return " ".join(text.split())


def film_names() -> dict[int, str]:
    """CMU_DoG's document index -> the film's name."""
    names = {}
    for path in stored_files(CMU_DOG, r"^WikiData/.*\.json$"):
        document = git_json(CMU_DOG, path)
        assert isinstance(document, dict)
        names[int(document["wikiDocumentIdx"])] = one_line(document["0"]["movieName"])
    return names


def dog_candidates(path: str, film: str, skip: Cited, texts: set[str]) -> list[Candidate]:
    """The film questions of one conversation, each with its speaker's next film questions."""
    conversation = git_json(CMU_DOG, path)
    assert isinstance(conversation, dict)
    turns = [(turn["uid"], one_line(turn["text"])) for turn in conversation["history"]]
    split, name = Path(path).parent.name, Path(path).stem[:8]
    found = []
    for number, (speaker, text) in enumerate(turns, 1):
        key = normalised(text)
        if not asks_about_film(text) or key in texts or key in skip.texts:
            continue
        texts.add(key)
        if (f"{split}/{name}", number) in skip.dog_turns:
            continue
        later = [
            f"turn {n}: {t}"
            for n, (who, t) in enumerate(turns[number:], number + 1)
            if who == speaker and asks_about_film(t)
        ]
        where = f"{split}/{name} turn {number} (film: {film})"
        found.append(Candidate("CMU_DoG", where, text, tuple(later[:FOLLOW_UPS])))
    return found


def cmu_dog(skip: Cited) -> list[Candidate]:
    films = film_names()
    pool: list[Candidate] = []
    texts: set[str] = set()
    for path in stored_files(CMU_DOG, r"^Conversations/\w+/[0-9a-f]+\.json$"):
        document = git_json(CMU_DOG, path)
        assert isinstance(document, dict)
        film = films.get(int(document["wikiDocumentIdx"]), "?")
        pool.extend(dog_candidates(path, film, skip, texts))
    return pool


def webquestions(skip: Cited) -> list[Candidate]:
    pool, texts = [], set()
    for split in WEBQ_SPLITS:
        questions = git_json(WEBQUESTIONS, f"main/{split}.json")
        assert isinstance(questions, list)
        for question in questions:
            text, question_id = one_line(question["qText"]), question["qId"]
            key = normalised(text)
            if question_id in skip.webq_ids or key in skip.texts or key in texts:
                continue
            if not SCREEN_WORDS.search(text) or NOT_SCREEN.search(text):
                continue
            texts.add(key)
            pool.append(Candidate("WebQuestions", f"{split} {question_id}", text))
    return pool


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dog", type=int, default=120, help="CMU_DoG candidates to print")
    parser.add_argument("--webq", type=int, default=80, help="WebQuestions candidates to print")
    args = parser.parse_args()
    skip = cited()
    print_samples((("CMU_DoG", cmu_dog(skip), args.dog), ("WebQuestions", webquestions(skip), args.webq)), SEED)


if __name__ == "__main__":
    main()
