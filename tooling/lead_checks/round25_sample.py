"""The lead's round-25 check set: a seeded random sample of real people's spoken film questions from SLURP.

Reads the dataset from its bare mirror on this machine (`git show HEAD:<path>`, nothing is downloaded):

- SLURP (Bastianelli, Vanzo, Swietojanski and Rieser, EMNLP 2020, as carried by pswietojanski/slurp:
  dataset/slurp/test.jsonl and devel.jsonl, present; train.jsonl and train_synthetic.jsonl are missing blobs in
  the mirror, so not used): commands and questions that real people spoke to a home voice assistant, transcribed
  in lowercase without punctuation. Each jsonl row has `sentence` (the speaker's words), `scenario`, `action`,
  `intent` and `slurp_id`. Only `sentence` is read as text; `intent` (and its `scenario`) choose the pool. The text
  data is released under CC BY 4.0 (the repository's LICENSE.txt and README).

The pool is the utterances about films, TV, their people, books, music and general facts: every
`recommendation_movies` utterance, and the `qa_factoid`, `qa_definition`, `general_quirky` and `music_query`
utterances whose sentence uses a film, TV, book, music, rating or person word (FILM_WORDS below) or names a person,
artist, song or film (a span SLURP annotates as `person`, `artist_name`, `song_name` or `movie_name`; the
annotation is read only for this). A sentence repeated (several speakers read the same prompt) is kept once, at its
first row (test before devel). Cited as `SLURP <split> <slurp_id>`.

Each candidate that names a person, artist, song or film prints the later candidates that also name one (the
NAMED spans), with their ranks in the seeded order, at most eight: the probe file makes one of them a real
follow-up of the candidate by swapping its name for the candidate's subject and then writing a pronoun for that
repeated name ("how old is he", "what are her most popular songs"); its header says which. The ranks are those of
print_samples' order: shuffling with one seed permutes any list of the same length alike, so the ranks computed
here before printing are the printed ones.

Utterances that any tests/nlu/probes*.yml already cites are left out: by id (the SLURP id) and by text (an earlier
file quoting the original). The pool is shuffled with a fixed seed and printed in that order. The probe file
tests/nlu/probes_round25_lead_check.yml takes the candidates in this order, skipping only those that cannot be
adapted to a question about this single film (its header says which ranks were skipped).

    python -m tooling.lead_checks.round25_sample [--slurp 250]
"""

from __future__ import annotations

import argparse
import json
import re
from dataclasses import dataclass, field

from tooling.lead_checks.mirrors import (
    MIRRORS,
    QUOTED,
    Candidate,
    earlier_probe_lines,
    git_text,
    normalised,
    print_samples,
    sample,
    stored_files,
)

SLURP = MIRRORS / "pswietojanski+slurp" / "repo"
SPLITS = ("test", "devel")
SEED = 25
FOLLOW_UPS = 8

# Every utterance of these intents is about films.
FILM_INTENTS = frozenset({"recommendation_movies"})
# Utterances of these intents are in the pool when they use a FILM_WORDS word.
WORDED_INTENTS = frozenset({"qa_factoid", "qa_definition", "general_quirky", "music_query"})
# Film, TV, book, music, rating and person words, as people say them to a voice assistant.
FILM_WORDS = re.compile(
    r"\b(?:movies?|films?|filmed|cinemas?|actors?|actress(?:es)?|acting|acted|starr?(?:ed|ing|s)?|cast|director|"
    r"directed|tv|television|shows?|series|episodes?|seasons?|sitcoms?|books?|novels?|authors?|wrote|written|"
    r"writers?|songs?|singers?|sang|sings|sung|theme|soundtracks?|albums?|bands?|music|released?|premiered?|"
    r"ratings?|rated|reviews?|imdb|rotten|netflix|stream(?:ing)?|oscars?|awards?|born|birthday|age|old|"
    r"married|wife|husband|celebrit(?:y|ies)|famous)\b"
    r"|\bwho (?:is|was|are|were|did|played|plays|won)\b",
    re.IGNORECASE,
)
# SLURP's entity types that name a person, an artist, a song or a film.
NAMED = frozenset({"person", "artist_name", "song_name", "movie_name"})
CITED_SLURP = re.compile(r"\bSLURP\s+(?:test|devel|train)\s+(\d+)\b", re.IGNORECASE)


@dataclass
class Cited:
    slurp_ids: set[int] = field(default_factory=set)
    texts: set[str] = field(default_factory=set)  # normalised quoted originals


@dataclass(frozen=True)
class Utterance:
    split: str
    slurp_id: int
    text: str
    intent: str
    names: bool  # the sentence has a NAMED span


def cited() -> Cited:
    """What earlier probe files already use."""
    found = Cited()
    for line in earlier_probe_lines("probes_round25_lead_check.yml"):
        found.slurp_ids.update(int(number) for number in CITED_SLURP.findall(line))
        found.texts.update(normalised(quoted) for quoted in QUOTED.findall(line))
    return found


def jsonl_rows(path: str) -> list[dict[str, object]]:
    """The rows of a jsonl file of the mirror."""
    return [json.loads(line) for line in git_text(SLURP, path).splitlines() if line.strip()]


def utterances() -> list[Utterance]:
    """Every row of the stored splits, in file order."""
    present = stored_files(SLURP, r"^dataset/slurp/\w+\.jsonl$")
    found: list[Utterance] = []
    for split in SPLITS:
        path = f"dataset/slurp/{split}.jsonl"
        if path not in present:
            continue
        for row in jsonl_rows(path):
            text = " ".join(str(row["sentence"]).split())
            entities = row.get("entities")
            types = {str(entity.get("type")) for entity in entities} if isinstance(entities, list) else set()
            found.append(Utterance(split, int(str(row["slurp_id"])), text, str(row["intent"]), bool(types & NAMED)))
    return found


def in_pool(utterance: Utterance) -> bool:
    if utterance.intent in FILM_INTENTS:
        return True
    return utterance.intent in WORDED_INTENTS and (utterance.names or bool(FILM_WORDS.search(utterance.text)))


def where(utterance: Utterance) -> str:
    return f"{utterance.split} {utterance.slurp_id} ({utterance.intent})"


def slurp(skip: Cited) -> list[Candidate]:
    kept: list[Utterance] = []
    texts: set[str] = set()
    for utterance in utterances():
        key = normalised(utterance.text)
        if utterance.slurp_id in skip.slurp_ids or key in skip.texts or key in texts or not in_pool(utterance):
            continue
        texts.add(key)
        kept.append(utterance)
    # The rank of every utterance in the seeded order (the permutation print_samples applies to the pool).
    order = sample(range(len(kept)), len(kept), SEED)
    rank = {index: position for position, index in enumerate(order, 1)}
    pool = []
    for index, utterance in enumerate(kept):
        later = sorted(
            (rank[other], other)
            for other in range(len(kept))
            if utterance.names and kept[other].names and rank[other] > rank[index]
        )[:FOLLOW_UPS]
        named_later = tuple(
            f"later named: SLURP#{position} {where(kept[other])}: {kept[other].text}" for position, other in later
        )
        pool.append(Candidate("SLURP", where(utterance), utterance.text, named_later))
    return pool


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--slurp", type=int, default=250, help="SLURP candidates to print")
    args = parser.parse_args()
    print_samples((("SLURP", slurp(cited()), args.slurp),), SEED)


if __name__ == "__main__":
    main()
