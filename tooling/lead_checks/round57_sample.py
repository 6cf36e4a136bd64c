"""The lead's round-57 check set: a seeded random sample of the crowd-written questions about films, TV, actors, books
and music in HybridQA, and of the music-recommendation requests that people typed on Reddit in MusicRecoNER.

Reads two datasets from their mirrors on this machine (`git show <commit>:<path>`, nothing is downloaded):

- HybridQA (Wenhu Chen, Hanwen Zha, Zhiyu Chen, Wenhan Xiong, Hong Wang and William Yang Wang, "HybridQA: A Dataset of
  Multi-Hop Question Answering over Tabular and Textual Data", Findings of EMNLP 2020): questions that crowd workers
  wrote about a Wikipedia table and the passages its cells link to, each needing both ("Who directed the film that
  ...?", "What year was the album ... released ?"). Read from the authors' repository wenhuchen/HybridQA at commit
  db22fda (2023-06-02, its newest; the data files are unchanged since 8be23b0, 2020-09-27): released_data/dev.json
  (3,466 questions) and released_data/test.json (3,463), both present (train.json is an absent blob, over the 4 MiB
  limit). Each is one JSON list; only each question's `question_id` and `question` are read, never the table, the
  answer or the part-of-speech tags. The released text is tokenised the way the authors give it (a space before "?",
  "'s" split off: "the men 's event ?"), and is kept so. Licence: MIT (the repository's LICENSE). Cited as `HybridQA
  <split> <question_id>` (dev or test: the file read; the id as the data gives it).
- MusicRecoNER (Elena V. Epure and Romain Hennequin, "A Human Subject Study of Named Entity Recognition in
  Conversational Music Recommendation Queries", EACL 2023): requests for music recommendations that people posted on
  Reddit, in their own words ("Songs similar to ... by ...?", "Looking for calm, ghost-related songs"), which the
  authors annotated with artist and work-of-art entities. Read from the authors' repository deezer/music-ner-eacl2023
  at commit b07d7a8 (2023-03-03, its newest; the data files are unchanged since 07a945a, 2023-03-02):
  data/dataset<n>/queries.csv for n 1-4 (the paper's DS1, DS2, DS3 and Trial), all present. Each is a CSV with a
  header; only each row's `original` text is read (as posted: casing, spelling, punctuation and emoticons kept), never
  the `preprocessed` text or the annotation files. Licence: MIT (the repository's LICENSE; the data README gives no
  other). Cited as `MusicRecoNER DS<n> <row>` (n the dataset's folder number, row the query's place in the file, from
  1, the header not counted).

Why these sources: the brief's suggestions were checked first. No stored copy of mTOP's or TOPv2's data files was
found (only code that reads them); NLPCC 2016 KBQA's questions are stored (huangxiangzhou/NLPCC2016KBQA) with no
licence; the Japanese Daily Dialogue corpus (jqk09a/japanese-daily-dialogue) forbids redistribution and derivatives
(CC BY-NC-ND 4.0 and its own notice); CPCD (google-research-datasets/cpcd) has its test split as an absent blob and
its 50 validation conversations are playlist-building requests ("can you add ..."), not questions about a work; the
Microsoft SQA sequences and ConvRef were found only as code that reads them. HybridQA's questions are single ones, so,
as rounds 36 and 41-43 did, each candidate lists the later candidates that ask about the same kind of subject, and the
probe file makes some of them follow-ups.

HybridQA pool: the questions of the two files (dev, then test, in file order) that use a film, TV, actor, book or
music word (SCREEN_WORDS below); the filter also lets in questions where such a word has another sense or the work is
only a step towards something else (a footballer's "character", a "show" jumping event, the author of a law), each
once. MusicRecoNER pool: every query of the four files (DS1-DS4, in file order): all of them ask for music; a query
repeated (compared without case or punctuation) is kept once, at its first place.

Each candidate prints the later candidates of its pool that ask about the same kind of subject (a song or its
performer, a book or its author, an actor or character, a member of the crew, a TV series, a film; SUBJECT_KINDS
below), with their ranks in the seeded order, at most FOLLOW_UPS: the probe file makes some of them follow-ups of the
candidate by writing a pronoun or leaving out the subject the two share.

Questions that any tests/nlu/probes*.yml already cites (by a `HybridQA <split> <question_id>` or `MusicRecoNER
DS<n> <row>` citation), quotes or asks word for word are left out; only how many is printed. Each pool is shuffled
with a fixed seed and printed in that order. The probe file tests/nlu/probes_round57_lead_check.yml takes the
candidates in this order, skipping only those that cannot be adapted to a question about this single film (its header
says which ranks were skipped).

    python -m tooling.lead_checks.round57_sample [--hybridqa N] [--musicreconer N]
"""

from __future__ import annotations

import argparse
import csv
import io
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

SEED = 57
FOLLOW_UPS = 8  # at most this many later-ranked questions of the same kind are printed
OWN_FILE = "probes_round57_lead_check.yml"

HYBRIDQA = MIRRORS / "wenhuchen+HybridQA" / "repo"
# The commit read (the repository's newest when mirrored; the data files are unchanged since 8be23b0).
HYBRIDQA_COMMIT = "db22fda8c5951438fade3c69d75b350335ba93b3"
HYBRIDQA_FOLDER = "released_data/"
# The files read, in this order, with the split each is cited by (train.json is an absent blob).
HYBRIDQA_FILES = (("dev", "dev.json"), ("test", "test.json"))
HYBRIDQA_SOURCE = "HybridQA"  # its name in citations and in the ranked output
CITED_HYBRIDQA = re.compile(r"\bHybridQA\s+(?:dev|test)\s+([0-9a-f]{16})\b")
# Film, TV, actor, book and music words, as HybridQA's crowd workers use them about Wikipedia tables ("the film
# directed by", "the album released in", "the actor who played", "the novel written by"); "show" only as a programme,
# "series" not as "a series of", "book" not as the verb.
SCREEN_WORDS = re.compile(
    r"\b(?:movies?|films?|filmed|cinemas?|actors?|actress(?:es)?|acting|starr(?:ed|ing)|characters?|roles?|"
    r"portray(?:ed|s)?|directors?|directed|screenplays?|screenwriters?|sequels?|episodes?|series(?! of)|tv|"
    r"television|sitcoms?|cartoons?|animated|anime|oscars?|academy awards?|documentar(?:y|ies)|"
    r"(?:tv|talk|game|reality|cooking|the|that|this|a) shows?|novels?|novelists?|"
    r"books?(?! (?:a|an|the|tickets?|seats?|rooms?|flights?)\b)|authors?|writers?|wr[io]te|written|poems?|poets?|"
    r"poetry|comics?|manga|songs?|singers?|sings?|sang|singles?|bands?|albums?|music|musicians?|musicals?|lyrics|"
    r"soundtracks?|composers?|composed|concerts?|rappers?|record(?:ed|ing)? (?:label|artist)s?|"
    r"comed(?:y|ies)|thrillers?|dramas?|horror|romance|romantic|theat(?:er|re)s?|operas?|plays? written)\b",
    re.IGNORECASE,
)

MUSICRECONER = MIRRORS / "deezer+music-ner-eacl2023" / "repo"
# The commit read (the repository's newest when mirrored; the data files are unchanged since 07a945a).
MUSICRECONER_COMMIT = "b07d7a80b6ff44994de4c2bede2696be2db29a3a"
MUSICRECONER_DATASETS = (1, 2, 3, 4)  # data/dataset<n>/, read in this order
MUSICRECONER_SOURCE = "MusicRecoNER"  # its name in citations and in the ranked output
CITED_MUSICRECONER = re.compile(r"\bMusicRecoNER\s+(DS\d\s+\d+)\b")

# What a question asks about, by its wording, the first that matches: a song or its performer, a book or its author,
# an actor or character, a member of the crew, a TV series, a film (round 43's kinds).
SUBJECT_KINDS = (
    (
        "music",
        re.compile(
            r"\b(?:songs?|singers?|sing|sings|sang|singles?|bands?|albums?|music|musical|lyrics|soundtracks?|"
            r"composers?|composed|records?|recorded|performers?|performed|tracks?|artists?|tunes?|genres?)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "book",
        re.compile(
            r"\b(?:novels?|novelists?|books?|authors?|wr[io]te|written|writers?|publish(?:ed|er)?|manga|poems?)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "actor",
        re.compile(
            r"\b(?:actors?|actress(?:es)?|starr(?:ed|ing)|stars?|characters?|cast|roles?|play(?:ed|s)?|portray(?:ed)?)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "crew",
        re.compile(
            r"\b(?:directors?|directed|producers?|produced|screenplays?|screenwriters?|distribut(?:ed|or|ors|es))\b",
            re.IGNORECASE,
        ),
    ),
    ("tv", re.compile(r"\b(?:tv|television|series|episodes?|seasons?|shows?|sitcoms?|anime)\b", re.IGNORECASE)),
    ("film", re.compile(r"\b(?:movies?|films?|cinemas?|sequels?|hollywood|oscars?)\b", re.IGNORECASE)),
)


@dataclass(frozen=True)
class Question:
    cited: str  # as the probe comments cite it, less the source
    text: str
    kind: str  # a SUBJECT_KINDS name, or ""


def where(question: Question) -> str:
    return f"{question.cited} ({question.kind or '-'})"


def hybridqa_questions() -> list[Question]:
    """The screen questions of the stored HybridQA files, in HYBRIDQA_FILES order and file order (only each one's
    `question_id` and `question` are read)."""
    present = stored_in_folder(HYBRIDQA, HYBRIDQA_COMMIT, HYBRIDQA_FOLDER)
    found: list[Question] = []
    for split, name in HYBRIDQA_FILES:
        if name not in present:
            continue
        for item in json.loads(git_text(HYBRIDQA, HYBRIDQA_FOLDER + name, HYBRIDQA_COMMIT)):
            text = one_line(item["question"] or "")
            if text and SCREEN_WORDS.search(text):
                found.append(Question(f"{split} {item['question_id']}", text, kind_of(text, SUBJECT_KINDS)))
    return found


def musicreconer_queries() -> list[Question]:
    """Every query of the stored MusicRecoNER files, in MUSICRECONER_DATASETS order and file order (only each row's
    `original` text is read)."""
    found: list[Question] = []
    for number in MUSICRECONER_DATASETS:
        folder = f"data/dataset{number}/"
        if "queries.csv" not in stored_in_folder(MUSICRECONER, MUSICRECONER_COMMIT, folder):
            continue
        rows = csv.DictReader(io.StringIO(git_text(MUSICRECONER, folder + "queries.csv", MUSICRECONER_COMMIT)))
        for row_number, row in enumerate(rows, 1):
            text = one_line(row["original"] or "")
            if text:
                found.append(Question(f"DS{number} {row_number}", text, kind_of(text, SUBJECT_KINDS)))
    return found


def pool(every: list[Question], source: str, skip: Cited) -> tuple[list[Candidate], int]:
    """The pool, and how many of its questions an earlier probe file cites, quotes or asks."""
    seen = {
        question for question in every if question.cited in skip.ids[source] or normalised(question.text) in skip.texts
    }
    kept = first_unseen(every, lambda question: question.text, lambda question: question in seen)
    return ranked_with_later_of_kind(kept, source, where, SEED, FOLLOW_UPS), len(seen)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--hybridqa", type=int, default=0, help="HybridQA candidates to print (0: the whole pool)")
    parser.add_argument(
        "--musicreconer", type=int, default=0, help="MusicRecoNER candidates to print (0: the whole pool)"
    )
    args = parser.parse_args()
    skip = cited_earlier(
        OWN_FILE, {HYBRIDQA_SOURCE: CITED_HYBRIDQA, MUSICRECONER_SOURCE: CITED_MUSICRECONER}, asks=True
    )
    hybridqa_pool, hybridqa_seen = pool(hybridqa_questions(), HYBRIDQA_SOURCE, skip)
    musicreconer_pool, musicreconer_seen = pool(musicreconer_queries(), MUSICRECONER_SOURCE, skip)
    print_left_out(((HYBRIDQA_SOURCE, hybridqa_seen), (MUSICRECONER_SOURCE, musicreconer_seen)))
    pools = (
        (HYBRIDQA_SOURCE, hybridqa_pool, args.hybridqa),
        (MUSICRECONER_SOURCE, musicreconer_pool, args.musicreconer),
    )
    print_quietly(tuple((source, found, count or len(found)) for source, found, count in pools), SEED)


if __name__ == "__main__":
    main()
