"""The lead's round-43 check set: a seeded random sample of the requests that people typed to a home assistant about
films, TV, actors, books and music in HWU64, and of the crowd-written film and work searches of the Snips benchmark.

Reads two datasets from their mirrors on this machine (`git show <commit>:<path>`, nothing is downloaded):

- HWU64, the NLU-Evaluation-Data (Xingkun Liu, Arash Eshghi, Pawel Swietojanski and Verena Rieser, "Benchmarking
  Natural Language Understanding Services for building Conversational Agents", IWSDS 2019): what people answered, in
  their own words, when asked what they would say to a home robot or assistant for one of 64 intents in 21 scenarios
  ("Who is the artist of this song?", "Olly, give me a description of Iron Fist on netflix."), kept as typed (casing,
  punctuation, typos, the odd "PDA," or "Olly," said to the assistant). The authors' repository
  xliuhw/NLU-Evaluation-Data at commit f6071b4 (2022-03-09, its newest; the cross-validation files are unchanged since
  they entered) holds the annotated set in AnnotatedData/NLU-Data-Home-Domain-Annotated-All.csv and the collected
  originals in Collected-Original-Data/paraphrases_and_intents_26k_normalised_all.csv, both absent blobs in the
  mirror; it is read from the 10-fold cross-validation sets the authors generated from it and carry there, all
  present: in CrossValidation/autoGeneFromRealAnno/autoGene_2018_03_22-13_01_25_169/CrossValidation/ (HWU_FOLDS),
  KFold_<k>/testset/csv/<intent>.csv and KFold_<k>/trainset/<intent>.csv (k 1-10; 10,997 distinct questions, a capped
  share of each intent of the 25,716 annotated). The files are semicolon-separated with a header; only each row's
  `answerid`, `scenario`, `intent`, `answer_from_user` (the text as the person typed it, which is read) and
  `answer_from_anno` (its normalised form, compared with the earlier files' quotes) are read, never the annotation.
  Licence: CC BY 4.0 (the repository's LICENSE and README; CC BY-SA 3.0 before 2021-04-02). Cited as `HWU64 <answerid>
  (<scenario>_<intent>)` (the data reuses a few answerids for different texts, so the intent goes with it).
- Snips (Alice Coucke, Alaa Saade, Adrien Ball, Théodore Bluche, Alexandre Caulier, David Leroy, Clément Doumouro,
  Thibault Gisselbrecht, Francesco Caltagirone, Thibaut Lavril, Maël Primet and Joseph Dureau, "Snips Voice Platform:
  an embedded Spoken Language Understanding system for private-by-design voice interfaces", 2018): queries that crowd
  workers wrote for seven intents of a voice assistant, kept as typed. Read from the authors' repository
  sonos/nlu-benchmark at commit b86ac7f (2020-09-23, its newest; the 2017-06 files are unchanged since they entered):
  the two intents that ask about works, 2017-06-custom-intent-engines/SearchCreativeWork/ ("Please look up the TV
  show, Vanity.") and SearchScreeningEvent/ ("When will Third Person Singular Number be playing?"), each's
  train_<intent>_full.json (1,954 and 1,959 queries) and validate_<intent>.json (100 each), all present
  (train_<intent>.json is a subset of the full file and is not read; 2016-12-built-in-intents/benchmark_data.json is
  an absent blob). Each query is the concatenation of its `data` chunks' `text`; the slot labels are never read.
  RateBook, PlayMusic and AddToPlaylist are commands to rate, play or file a work, not questions about one, and are
  not read. Licence: CC0 1.0 (the repository's LICENSE). Cited as `SNIPS <intent> <file> <n>` (file train_full or
  validate, n the query's place in the file's list, from 1).

Not used: Taskmaster-2's movie and music dialogues (google-research-datasets/Taskmaster, TM-2-2020/data/movies.json
and music.json) are absent blobs in the mirror at d92cb6a, as are all seven of its data files, and no other stored
copy was found; OpenDialKG's data/opendialkg.csv and CCPE-M's data.json are absent blobs as well. MASSIVE's en-US
utterances are SLURP's, a source an earlier round used.

HWU64 pool: the questions of HWU_INTENTS (below), in KFold order (1-10), each fold's test file before its training
file, intents in file-name order, rows in file order: every question of the intents about films or music
(recommendation_movies, music_query) and those of the general question intents (qa_factoid, qa_definition,
general_quirky) that use a SCREEN_WORDS word; the filter also lets in questions where such a word has another sense (a
TV set described, the word "novel" defined). music_likeness is left out: its people tell the assistant to remember
that they like a song ("Save this song", "PDA I love hip-hop"), they do not ask about one. Each (answerid, text) is
read once (the folds repeat every question), and a text repeated (compared without case or punctuation) is kept once,
at its first place.

Snips pool: the queries of the two intents (SearchCreativeWork, then SearchScreeningEvent; the full training file
before the validation file; file order), each text once. SearchScreeningEvent also asks for cinemas and showtimes of
no named film ("Please give me movie schedules"); such queries come with the rest of the sample.

Neither source has dialogues, so each candidate prints the later candidates of its pool that ask about the same kind
of subject (a song or its performer, a book or its author, an actor or character, a member of the crew, a TV series, a
film; SUBJECT_KINDS below, an intent's own subject where no word matches), with their ranks in the seeded order, at
most FOLLOW_UPS: the probe file makes some of them follow-ups of the candidate by writing a pronoun or leaving out the
subject the two share, as rounds 36, 41 and 42 did with TyDi QA, MuSiQue and PopQA.

Questions that any tests/nlu/probes*.yml already cites (by a `HWU64 <answerid>` or `SNIPS <intent> <file> <n>`
citation), quotes or asks word for word are left out. Each pool is shuffled with a fixed seed and printed in that
order. The probe file tests/nlu/probes_round43_lead_check.yml takes the candidates in this order, skipping only those
that cannot be adapted to a question about this single film (its header says which ranks were skipped).

    python -m tooling.lead_checks.round43_sample [--hwu64 N] [--snips N]
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
    print_quietly,
    ranked_with_later_of_kind,
    stored_in_folder,
)

SEED = 43
FOLLOW_UPS = 12  # at most this many later-ranked questions of the same kind are printed
OWN_FILE = "probes_round43_lead_check.yml"

HWU = MIRRORS / "xliuhw+NLU-Evaluation-Data" / "repo"
# The commit read (the repository's newest when mirrored; the cross-validation files are unchanged since they entered).
HWU_COMMIT = "f6071b496b17d71e6eb43f543af0707f4ff30557"
HWU_FOLDS = "CrossValidation/autoGeneFromRealAnno/autoGene_2018_03_22-13_01_25_169/CrossValidation/"
HWU_FOLD_COUNT = 10
# Each fold's files, in this order: its test questions, then its training questions.
HWU_SUBFOLDERS = ("testset/csv/", "trainset/")
# The intents read, with the subject each asks about ("" when a question's words must show it: the general ones).
HWU_INTENTS = {
    "general_quirky": "",
    "music_query": "music",
    "qa_definition": "",
    "qa_factoid": "",
    "recommendation_movies": "film",
}
# Film, TV, actor, book and music words, as HWU64's people use them to an assistant. "book" is left out where a word
# after it makes it the verb (book a table, book tickets), "show" is kept only as a programme (a tv show, that show),
# "play" not at all (play a game, play the radio), "series" not as "a series of".
SCREEN_WORDS = re.compile(
    r"\b(?:movies?|films?|cinemas?|movie ?theat(?:er|re)s?|actors?|actress(?:es)?|acting|starr(?:ed|ing)|"
    r"(?:film|movie) ?stars?|characters?|directors?|directed|sequels?|episodes?|series(?! of)|tv|television|"
    r"netflix|hulu|trailers?|premieres?|soap operas?|sitcoms?|cartoons?|anime|hollywood|oscars?|documentar(?:y|ies)|"
    r"(?:tv|talk|game|reality|cooking|favou?rite|the|that|this|a) shows?|novels?|novelists?|"
    r"books?(?! (?:a|an|the|me|us|it|you|him|her|them|tickets?|seats?|rooms?|tables?|flights?|trips?|taxis?|cabs?|"
    r"in|for|now|up)\b)|authors?|writers?|wr[io]te|written|poems?|poets?|poetry|comics?|manga|songs?|singers?|sing|"
    r"sings|singing|sang|bands?|albums?|music|musicians?|musicals?|lyrics|soundtracks?|composers?|concerts?|"
    r"rapper|cast|comed(?:y|ies)|thrillers?|dramas?|horror|romance|theat(?:er|re)s?|operas?|harry potter|"
    r"star wars|star trek|disney|pixar|marvel|game of thrones|lord of the rings|twilight)\b",
    re.IGNORECASE,
)
NO_TEXT = ("", "null")  # a row whose person typed nothing (the data writes "null")
CITED_HWU = re.compile(r"\bHWU64\s+(\d+)\b")
HWU_SOURCE = "HWU64"  # its name in citations and in the ranked output

SNIPS = MIRRORS / "sonos+nlu-benchmark" / "repo"
# The commit read (the repository's newest when mirrored; the 2017-06 files are unchanged since they entered).
SNIPS_COMMIT = "b86ac7f1577868c42158d0dec77db50956046696"
SNIPS_FOLDER = "2017-06-custom-intent-engines/"
# The intents read, with the subject each asks about where no word shows it.
SNIPS_INTENTS = {"SearchCreativeWork": "", "SearchScreeningEvent": "film"}
# The files of an intent read, in this order, with the name each is cited by (train_<intent>.json is a subset of the
# full file).
SNIPS_FILES = (("train_full", "train_{intent}_full.json"), ("validate", "validate_{intent}.json"))
CITED_SNIPS = re.compile(r"\bSNIPS\s+(\w+\s+\w+\s+\d+)")
SNIPS_SOURCE = "SNIPS"  # its name in citations and in the ranked output

# What a question asks about, by its wording, the first that matches: a song or its performer, a book or its author,
# an actor or character, a member of the crew, a TV series, a film (round 42's kinds).
SUBJECT_KINDS = (
    (
        "music",
        re.compile(
            r"\b(?:songs?|singers?|sing|sings|sang|bands?|albums?|music|musical|lyrics|soundtracks?|composers?|"
            r"composed|records?|recorded|performers?|performed|tracks?|artists?)\b",
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


def one_line(text: str) -> str:
    return " ".join(text.split())


@dataclass(frozen=True)
class HwuQuestion:
    answerid: str  # as the data gives it (a few are reused for different texts)
    intent: str  # `<scenario>_<intent>`
    text: str  # `answer_from_user`, as typed
    normalised_text: str  # `answer_from_anno`, the data's normalised form
    kind: str  # a SUBJECT_KINDS name, the intent's subject when none matches, or ""


def hwu_questions() -> list[HwuQuestion]:
    """The screen questions of the stored HWU64 cross-validation files, in fold order, each fold's test file before its
    training file, intents in file-name order and rows in file order; each (answerid, text) once."""
    found: list[HwuQuestion] = []
    seen: set[tuple[str, str]] = set()
    for fold in range(1, HWU_FOLD_COUNT + 1):
        for subfolder in HWU_SUBFOLDERS:
            folder = f"{HWU_FOLDS}KFold_{fold}/{subfolder}"
            present = stored_in_folder(HWU, HWU_COMMIT, folder)
            for intent, subject in sorted(HWU_INTENTS.items()):
                if f"{intent}.csv" not in present:
                    continue
                rows = csv.DictReader(io.StringIO(git_text(HWU, f"{folder}{intent}.csv", HWU_COMMIT)), delimiter=";")
                for row in rows:
                    text = one_line(row["answer_from_user"])
                    key = (row["answerid"], text)
                    if text.lower() in NO_TEXT or key in seen or not (subject or SCREEN_WORDS.search(text)):
                        continue
                    seen.add(key)
                    kind = kind_of(text, SUBJECT_KINDS) or subject
                    name = f"{row['scenario']}_{row['intent']}"
                    found.append(HwuQuestion(row["answerid"], name, text, one_line(row["answer_from_anno"]), kind))
    return found


def hwu_where(question: HwuQuestion) -> str:
    return f"{question.answerid} ({question.intent}; {question.kind or '-'})"


def hwu(skip: Cited) -> list[Candidate]:
    kept = first_unseen(
        hwu_questions(),
        lambda question: question.text,
        lambda question: question.answerid in skip.ids[HWU_SOURCE]
        or normalised(question.text) in skip.texts
        or normalised(question.normalised_text) in skip.texts,
    )
    return ranked_with_later_of_kind(kept, HWU_SOURCE, hwu_where, SEED, FOLLOW_UPS)


@dataclass(frozen=True)
class SnipsQuery:
    cited: str  # `<intent> <file> <n>`, as the probe comments cite it less the source
    text: str
    kind: str  # a SUBJECT_KINDS name, the intent's subject when none matches, or ""


def snips_queries() -> list[SnipsQuery]:
    """The queries of the stored Snips files of SNIPS_INTENTS, in that order, SNIPS_FILES order and file order (only
    the text of each query's chunks is read, never the slot labels)."""
    found: list[SnipsQuery] = []
    for intent, subject in SNIPS_INTENTS.items():
        folder = f"{SNIPS_FOLDER}{intent}/"
        present = stored_in_folder(SNIPS, SNIPS_COMMIT, folder)
        for cited_name, pattern in SNIPS_FILES:
            name = pattern.format(intent=intent)
            if name not in present:
                continue
            items = json.loads(git_text(SNIPS, folder + name, SNIPS_COMMIT))[intent]
            for number, item in enumerate(items, 1):
                text = one_line("".join(chunk["text"] for chunk in item["data"]))
                if text:
                    kind = kind_of(text, SUBJECT_KINDS) or subject
                    found.append(SnipsQuery(f"{intent} {cited_name} {number}", text, kind))
    return found


def snips_where(query: SnipsQuery) -> str:
    return f"{query.cited} ({query.kind or '-'})"


def snips(skip: Cited) -> list[Candidate]:
    kept = first_unseen(
        snips_queries(),
        lambda query: query.text,
        lambda query: query.cited in skip.ids[SNIPS_SOURCE] or normalised(query.text) in skip.texts,
    )
    return ranked_with_later_of_kind(kept, SNIPS_SOURCE, snips_where, SEED, FOLLOW_UPS)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--hwu64", type=int, default=0, help="HWU64 candidates to print (0: the whole pool)")
    parser.add_argument("--snips", type=int, default=0, help="Snips candidates to print (0: the whole pool)")
    args = parser.parse_args()
    skip = cited_earlier(OWN_FILE, {HWU_SOURCE: CITED_HWU, SNIPS_SOURCE: CITED_SNIPS}, asks=True)
    pools = ((HWU_SOURCE, hwu(skip), args.hwu64), (SNIPS_SOURCE, snips(skip), args.snips))
    print_quietly(tuple((source, pool, count or len(pool)) for source, pool, count in pools), SEED)


if __name__ == "__main__":
    main()
