"""The lead's round-26 check set: a seeded random sample of real people's film questions from MS MARCO's queries.

Reads the dataset from its bare mirror on this machine (`git show HEAD:<path>`, nothing is downloaded):

- MS MARCO (Microsoft MAchine Reading COmprehension; Nguyen, Rosenberg, Song, Gao, Tiwary, Majumder and Deng, 2016,
  and the TREC Deep Learning tracks built on it), as carried by castorini/anserini-tools: the query files
  topics/topics.<set>.txt of the sets in SETS, all present in the mirror. Each line is `<qid>\\t<query>`: a real,
  anonymised search query that someone typed into Bing (the MS MARCO question set is sampled from Bing's logs), kept
  as typed (lowercase, typos, no question mark). Only the query text is read. TREC DL 2023's topics are left out:
  some of them are written by a language model, not by searchers. MS MARCO's terms: free of charge, for
  non-commercial research purposes only.

The pool is the queries that use a film, TV, book or music word or ask after a performer (SCREEN_WORDS below: movie,
actor, cast, starred, who played, tv show, book, novel, author, song, sang, album, netflix, oscar, net worth, how
old is ...). A query repeated across the sets (the passage and document sets share queries) is kept once, at its
first (in SETS order). Cited as `MSMARCO <set> <qid>`.

Each candidate is given a subject kind (KINDS: a person, a film or show, a song, a book; the first that matches) and
prints the later candidates of the same kind, with their ranks in the seeded order, at most eight: the probe file
makes one of them a real follow-up of the candidate by swapping its subject for the candidate's and then writing a
pronoun ("he", "she", "it", "the movie") for that repeated subject; its header says which. The ranks are those of
print_samples' order: shuffling with one seed permutes any list of the same length alike, so the ranks computed here
before printing are the printed ones.

Queries that any tests/nlu/probes*.yml already cites are left out: by id (an `MSMARCO <set> <qid>` citation) and by
text (an earlier file quoting the original; earlier rounds quoted other Bing queries, WikiQA's). The pool is
shuffled with a fixed seed and printed in that order. The probe file tests/nlu/probes_round26_lead_check.yml takes
the candidates in this order, skipping only those that cannot be adapted to a question about this single film (its
header says which ranks were skipped).

    python -m tooling.lead_checks.round26_sample [--msmarco 250]
"""

from __future__ import annotations

import argparse
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

ANSERINI_TOOLS = MIRRORS / "castorini+anserini-tools" / "repo"
# The query sets read, in this order (MS MARCO v1 passage and document dev and test queries, MS MARCO v2's dev
# queries, TREC DL 2019-2022's topics).
SETS = (
    "msmarco-passage.dev-subset",
    "msmarco-passage.test-subset",
    "msmarco-doc.dev",
    "msmarco-doc.test",
    "msmarco-v2-passage.dev",
    "msmarco-v2-passage.dev2",
    "dl19-passage",
    "dl20",
    "dl21",
    "dl22",
)
SEED = 26
FOLLOW_UPS = 8

# Film, TV, book and music words, and questions after a performer, as people type them into a search box.
SCREEN_WORDS = re.compile(
    r"\b(?:movies?|films?|filmed|cinemas?|actors?|actress(?:es)?|acting|starr?(?:ed|ing)|cast|film director|"
    r"directed|tv (?:shows?|series)|on tv|television (?:shows?|series)|sitcoms?|episodes?|books?|novels?|novelist|"
    r"authors?|songs?|singers?|sang|sings|sung|soundtracks?|albums?|netflix|streaming|oscars?|emmys?|grammys?|"
    r"academy awards?|box office|hollywood|imdb|rotten tomatoes|sequel|prequel|premiere[ds]?|screenplay|"
    r"screenwriter|composer|theme song|lyrics|rated)\b"
    r"|\bwho (?:played|plays|sang|sings|wrote|starred|stars|directed|voices|voiced)\b|\bnet worth\b|\bhow old is\b",
    re.IGNORECASE,
)
# A query's subject kind, the first that matches: follow-ups pair queries of one kind.
KINDS = (
    (
        "person",
        re.compile(
            r"\b(?:net worth|how old is|how tall is|age of|born|birthday|married|wife|husband|girlfriend|boyfriend|"
            r"biography|who is (?:the )?(?:actor|actress|singer))\b",
            re.IGNORECASE,
        ),
    ),
    ("song", re.compile(r"\b(?:songs?|sang|sings|sung|singers?|albums?|lyrics|soundtracks?)\b", re.IGNORECASE)),
    ("book", re.compile(r"\b(?:books?|novels?|novelist|authors?|wrote)\b", re.IGNORECASE)),
    ("film", re.compile(r".", re.IGNORECASE)),
)
CITED_MSMARCO = re.compile(r"\bMSMARCO\s+[\w.-]+\s+(\d+)\b", re.IGNORECASE)


@dataclass
class Cited:
    qids: set[str] = field(default_factory=set)
    texts: set[str] = field(default_factory=set)  # normalised quoted originals


@dataclass(frozen=True)
class Query:
    set_name: str
    qid: str
    text: str
    kind: str


def cited() -> Cited:
    """What earlier probe files already use."""
    found = Cited()
    for line in earlier_probe_lines("probes_round26_lead_check.yml"):
        found.qids.update(CITED_MSMARCO.findall(line))
        found.texts.update(normalised(quoted) for quoted in QUOTED.findall(line))
    return found


def kind_of(text: str) -> str:
    return next(name for name, pattern in KINDS if pattern.search(text))


def queries() -> list[Query]:
    """Every query of the stored sets, in SETS order and file order."""
    present = stored_files(ANSERINI_TOOLS, r"^topics/topics\.[\w.-]+\.txt$")
    found: list[Query] = []
    for set_name in SETS:
        path = f"topics/topics.{set_name}.txt"
        if path not in present:
            continue
        for line in git_text(ANSERINI_TOOLS, path).splitlines():
            qid, _, text = line.partition("\t")
            text = " ".join(text.split())
            if qid.strip() and text:
                found.append(Query(set_name, qid.strip(), text, kind_of(text)))
    return found


def where(query: Query) -> str:
    return f"{query.set_name} {query.qid} ({query.kind})"


def msmarco(skip: Cited) -> list[Candidate]:
    kept: list[Query] = []
    qids: set[str] = set()
    texts: set[str] = set()
    for query in queries():
        key = normalised(query.text)
        if query.qid in skip.qids or key in skip.texts or query.qid in qids or key in texts:
            continue
        if not SCREEN_WORDS.search(query.text):
            continue
        qids.add(query.qid)
        texts.add(key)
        kept.append(query)
    # The rank of every query in the seeded order (the permutation print_samples applies to the pool).
    order = sample(range(len(kept)), len(kept), SEED)
    rank = {index: position for position, index in enumerate(order, 1)}
    pool = []
    for index, query in enumerate(kept):
        later = sorted(
            (rank[other], other)
            for other in range(len(kept))
            if kept[other].kind == query.kind and rank[other] > rank[index]
        )[:FOLLOW_UPS]
        same_kind_later = tuple(
            f"later {query.kind}: MSMARCO#{position} {where(kept[other])}: {kept[other].text}"
            for position, other in later
        )
        pool.append(Candidate("MSMARCO", where(query), query.text, same_kind_later))
    return pool


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--msmarco", type=int, default=250, help="MS MARCO candidates to print")
    args = parser.parse_args()
    print_samples((("MSMARCO", msmarco(cited()), args.msmarco),), SEED)


if __name__ == "__main__":
    main()
