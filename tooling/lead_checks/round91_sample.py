"""The lead's round-91 check set: a seeded random sample of the questions that SelQA's crowd workers wrote about
Wikipedia articles on films, TV, actors, books and music, each with the later-ranked questions about the same article
and the later-ranked questions that ask about the same kind of subject.

Reads one dataset from its mirror on this machine (`git show <commit>:<path>`, nothing is downloaded):

- SelQA (Tomasz Jurczyk, Michael Zhai and Jinho D. Choi, "SelQA: A New Benchmark for Selection-based Question
  Answering", ICTAI 2016): about 8,000 factoid questions that crowd workers on Amazon Mechanical Turk wrote in their
  own words about sections of Wikipedia articles of ten topics (MUSIC, TV, TRAVEL, ART, SPORT, COUNTRY, MOVIES,
  HISTORICAL EVENTS, SCIENCE, FOOD), and, for about half of them, a second worker's paraphrase (`is_paraphrase`).
  Read from the authors' repository emorynlp/selqa at commit fef3d6a (2018-02-06, its newest): the answer sentence
  selection files ass/selqa-ass-dev.json and ass/selqa-ass-test.json (785 and 1,590 questions), present; the train
  file and the answer-triggering files (at/) are not stored in the mirror (missing blobs) and are not read. Each file
  is one JSON list; only each item's `question`, `topic` and `article` (the Wikipedia article's title) are read,
  never the section, the candidate sentences or the answers. The questions are kept as the workers typed them, with
  their casing, spelling and spacing ("metacritics", a lower-case "who"). Licence: Apache 2.0 (the repository's
  LICENSE.txt, Copyright 2016 Emory University). Cited as `SelQA <split> <index>` (the item's place in its file's
  list, counted from 0).

Pool: the questions of the two files (dev, then test, then file order) of the topics MOVIES, TV and MUSIC, and those
of the other topics whose wording uses a film, TV, actor, book or music word (SCREEN_WORDS below); the filter also
lets in questions where such a word has another sense (a "season" of the year, a "role" in physics or a revolution, a
"series" of aircraft, a history "book"); they come with the rest of the sample. A question repeated (compared
without case or punctuation) is kept once, at its first place; questions an earlier probe file cites, quotes or asks
are left out (counts only are printed).

Each candidate prints, first, the later-ranked candidates about the same Wikipedia article (`article`), at most
ARTICLE_NEXT: the workers wrote several questions on one article's section, so these ask about the same work, as a
person asking on would; then the later-ranked candidates that ask about the same kind of subject (SUBJECT_KINDS
below: a song or singer, a book or its author, a performer or character, a film or show; a question whose wording
names none takes its topic's kind), at most FOLLOW_UPS, with their ranks in the seeded order. The probe file makes
those of them that can be adapted follow-ups of the candidate, the same article's first, with the names changed the
same way, as round 72 did with AfriQA's questions. The kind is a rough guide for the writer, who reads each question.

    python -m tooling.lead_checks.round91_sample
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
    sample,
    stored_in_folder,
)

SEED = 91
FOLLOW_UPS = 4
ARTICLE_NEXT = 5
OWN_FILE = "probes_round91_lead_check.yml"
SOURCE = "SelQA"  # its name in citations and in the ranked output

SELQA = MIRRORS / "emorynlp+selqa" / "repo"
# The commit read (the repository's newest when mirrored).
SELQA_COMMIT = "fef3d6ac6944e2d4237165d90e5f859c71676bdd"
FOLDER = "ass"
# The splits read, in this order (the train file's content is not in the mirror).
SPLITS = ("dev", "test")
# The topics about films, TV and music, taken whole.
SCREEN_TOPICS = {"MOVIES": "work", "TV": "work", "MUSIC": "music"}

# Film, TV, actor, book and music words, as SelQA's workers write them.
SCREEN_WORDS = re.compile(
    r"\b(?:movies?|films?|filmed|filming|cinemas?|actors?|actress(?:es)?|acting|starr(?:ed|ing)|cast|characters?|"
    r"directors?|directed|producers?|produced|scenes?|plots?|sequels?|episodes?|seasons?|series|tv|television|"
    r"shows?|sitcoms?|cartoons?|anime|hollywood|oscars?|box office|screenplay|novels?|novelists?|books?|authors?|"
    r"writers?|wr[io]te|written|publish(?:ed)?|poems?|poets?|stor(?:y|ies)|fiction|songs?|singers?|sang|sings?|"
    r"bands?|albums?|music|musicians?|lyrics|soundtracks?|composers?|composed|concerts?|rappers?|roles?|played)\b",
    re.IGNORECASE,
)
# What a question asks about, by its wording, the first that matches (else its topic's kind, SCREEN_TOPICS).
SUBJECT_KINDS = (
    (
        "music",
        re.compile(
            r"\b(?:songs?|singers?|sang|sings?|bands?|albums?|music|musicians?|lyrics|soundtracks?|composers?|"
            r"composed|concerts?|rappers?|singles?|charts?|record(?:ed|ing)?)\b",
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
            r"\b(?:actors?|actress(?:es)?|acting|starr(?:ed|ing)|cast|characters?|roles?|played|plays|portray(?:ed|s)?|"
            r"voiced?|directors?|directed|producers?|produced)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "work",
        re.compile(
            r"\b(?:movies?|films?|filmed|filming|cinemas?|scenes?|plots?|sequels?|episodes?|seasons?|series|tv|"
            r"television|shows?|sitcoms?|cartoons?|anime|hollywood|oscars?|box office|gross(?:ed)?|screenplay|"
            r"stor(?:y|ies))\b",
            re.IGNORECASE,
        ),
    ),
)
CITED_SELQA = re.compile(r"\bSelQA\s+((?:dev|test)\s+\d+)\b")


@dataclass(frozen=True)
class Question:
    split: str
    index: int  # the item's place in its file's list, from 0
    text: str
    topic: str
    article: str  # the Wikipedia article's title
    kind: str  # a SUBJECT_KINDS name, else the topic's kind, or "" when neither gives one

    @property
    def cited(self) -> str:
        return f"{self.split} {self.index}"


def questions() -> list[Question]:
    """The questions of the stored files of the SCREEN_TOPICS, or whose wording uses a SCREEN_WORDS word, in SPLITS
    order and file order (only each item's `question`, `topic` and `article` are read)."""
    present = stored_in_folder(SELQA, SELQA_COMMIT, FOLDER + "/")
    found: list[Question] = []
    for split in SPLITS:
        name = f"selqa-ass-{split}.json"
        if name not in present:
            continue
        for index, item in enumerate(json.loads(git_text(SELQA, f"{FOLDER}/{name}", SELQA_COMMIT))):
            text = one_line(item.get("question") or "")
            topic = item.get("topic") or ""
            if text and (topic in SCREEN_TOPICS or SCREEN_WORDS.search(text)):
                kind = kind_of(text, SUBJECT_KINDS) or SCREEN_TOPICS.get(topic, "")
                found.append(Question(split, index, text, topic, one_line(item.get("article") or ""), kind))
    return found


def where(question: Question) -> str:
    return f"{question.cited} [{question.topic}: {question.article}] ({question.kind or '-'})"


def pool(skip: Cited) -> tuple[list[Candidate], int]:
    """The pool, each candidate with its article's later-ranked candidates and its same-kind later candidates, and
    how many of the pool's questions an earlier probe file cites, quotes or asks."""
    every = questions()
    seen = {
        question for question in every if question.cited in skip.ids[SOURCE] or normalised(question.text) in skip.texts
    }
    kept = first_unseen(every, lambda question: question.text, lambda question: question in seen)
    ranked = ranked_with_later_of_kind(kept, SOURCE, where, SEED, FOLLOW_UPS)
    order = sample(range(len(kept)), len(kept), SEED)
    rank = {index: position for position, index in enumerate(order, 1)}
    with_article = []
    for index, (question, candidate) in enumerate(zip(kept, ranked, strict=True)):
        later = sorted(
            (rank[other], other)
            for other in range(len(kept))
            if kept[other].article == question.article and rank[other] > rank[index]
        )[:ARTICLE_NEXT]
        lines = tuple(
            f"article: {SOURCE}#{position} {where(kept[other])}: {kept[other].text}" for position, other in later
        )
        with_article.append(Candidate(candidate.source, candidate.where, candidate.text, lines + candidate.follow_ups))
    return with_article, len(seen)


def main() -> None:
    skip = cited_earlier(OWN_FILE, {SOURCE: CITED_SELQA}, asks=True)
    found, seen = pool(skip)
    print_left_out(((SOURCE, seen),))
    print_quietly(((SOURCE, found, len(found)),), SEED)


if __name__ == "__main__":
    main()
