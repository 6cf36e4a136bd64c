"""The lead's round-63 check set: a seeded random sample of the real search-engine and benchmark queries that
DBpedia-Entity v2 gathers (named-entity queries from web search logs, keyword and list queries), less its QALD-2 part.

Reads one dataset from its mirror on this machine (`git show <commit>:<path>`, nothing is downloaded):

- DBpedia-Entity v2 (Faegheh Hasibi, Fedor Nikolaev, Chenyan Xiong, Krisztian Balog, Svein Erik Bratsberg, Alexander
  Kotov and Jamie Callan, "DBpedia-Entity v2: A Test Collection for Entity Search", SIGIR 2017): 467 entity-bearing
  queries assembled from earlier benchmarking campaigns, each with the name of the campaign as its id's prefix:
  SemSearch_ES (named-entity queries that people typed into web search engines, from the Yahoo! and Microsoft logs of
  the SemSearch 2010 and 2011 challenges: "harry potter movie", "imdb batman returns"), SemSearch_LS (the SemSearch
  2011 list-search queries: "movies starring erykah badu", "did nicole kidman have any siblings"), INEX_LD and
  INEX_XER (keyword and list queries of the INEX Linked Data 2012 and Entity Ranking 2009 tracks: "Films directed by
  Akira Kurosawa"), TREC_Entity (the TREC 2009-2010 Entity track's list queries) and QALD2 (natural-language
  questions of QALD-2). Read from the authors' repository iai-group/DBpedia-Entity at commit 56a1776 (2019-05-14, its
  newest): collection/v2/queries-v2.txt (one query a line, its id, a tab, its text), present. The QALD2 queries are
  not read (QALD is a source of earlier checks). Runs of whitespace are read as one space and the ends are trimmed;
  casing, spelling and punctuation are kept as the file gives them. Licence: MIT (the repository's LICENSE). Cited as
  `DBpedia-Entity <query id>` (the id as the file gives it, e.g. `SemSearch_ES-34`).

Pool: every non-QALD2 query of the file, in file order, each text once (compared without case or punctuation), less
those an earlier tests/nlu/probes*.yml cites, quotes or asks word for word (only how many is printed). Each is marked
`screen` when it uses a film, TV, actor, book or music word (SCREEN_WORDS below), so that the reader sees at a glance
the candidates most likely to be adaptable; the mark does not filter: the queries about people, places and things are
candidates too (the probe file adapts a query about a person in the arts and keeps the others, up to a share, as
off-topic). The pool is shuffled with a fixed seed and printed in that order. The probe file
tests/nlu/probes_round63_lead_check.yml takes the candidates in this order, skipping only those that cannot be adapted
to a question about this single film (its header says which ranks were skipped and why).

    python -m tooling.lead_checks.round63_sample [--dbpedia-entity N]
"""

from __future__ import annotations

import argparse
import re
from dataclasses import dataclass

from tooling.lead_checks.mirrors import (
    MIRRORS,
    Candidate,
    Cited,
    cited_earlier,
    first_unseen,
    git_text,
    normalised,
    one_line,
    print_left_out,
    print_quietly,
    stored_in_folder,
)

SEED = 63
OWN_FILE = "probes_round63_lead_check.yml"

DBPEDIA_ENTITY = MIRRORS / "iai-group+DBpedia-Entity" / "repo"
# The commit read (the repository's newest when mirrored).
DBPEDIA_ENTITY_COMMIT = "56a177679f2b72c69c74af00aa02e2b3cbd591df"
DBPEDIA_ENTITY_FOLDER = "collection/v2/"
DBPEDIA_ENTITY_FILE = "queries-v2.txt"
DBPEDIA_ENTITY_SOURCE = "DBpedia-Entity"  # its name in citations and in the ranked output
# The campaign left out: QALD is a source of earlier checks.
LEFT_OUT_CAMPAIGN = "QALD2"

# Film, TV, actor, book and music words, as the queries use them ("harry potter movie", "imdb batman returns", "matt
# berry tv series", "ratt albums", "Neil Gaiman novels", "female rock singers").
SCREEN_WORDS = re.compile(
    r"\b(?:movies?|films?|imdb|actors?|actress(?:es)?|starring|director|directed|tv|series|show|novels?|books?|"
    r"authors?|literature|poets?|autobiography|story|songs?|singers?|albums?|bands?|music|musicians?|composers?|"
    r"guitarist|girl groups|academy awards|bond girls|star trek)\b",
    re.IGNORECASE,
)
CITED_DBPEDIA_ENTITY = re.compile(r"\bDBpedia-Entity\s+([A-Za-z_]+-\d+)")


@dataclass(frozen=True)
class Query:
    id: str  # as the file gives it, e.g. SemSearch_ES-34
    text: str

    @property
    def screen(self) -> bool:
        return bool(SCREEN_WORDS.search(self.text))


def dbpedia_entity_queries() -> list[Query]:
    """The non-QALD2 queries of the stored file, in file order."""
    if DBPEDIA_ENTITY_FILE not in stored_in_folder(DBPEDIA_ENTITY, DBPEDIA_ENTITY_COMMIT, DBPEDIA_ENTITY_FOLDER):
        return []
    found: list[Query] = []
    text = git_text(DBPEDIA_ENTITY, DBPEDIA_ENTITY_FOLDER + DBPEDIA_ENTITY_FILE, DBPEDIA_ENTITY_COMMIT)
    for line in text.splitlines():
        query_id, _, query = line.partition("\t")
        query = one_line(query)
        if query_id and query and not query_id.startswith(LEFT_OUT_CAMPAIGN):
            found.append(Query(query_id, query))
    return found


def dbpedia_entity(skip: Cited) -> tuple[list[Candidate], int]:
    """The pool, and how many of its queries an earlier probe file cites, quotes or asks."""
    every = dbpedia_entity_queries()
    seen = {
        query for query in every if query.id in skip.ids[DBPEDIA_ENTITY_SOURCE] or normalised(query.text) in skip.texts
    }
    kept = first_unseen(every, lambda query: query.text, lambda query: query in seen)
    pool = [
        Candidate(DBPEDIA_ENTITY_SOURCE, query.id, query.text, ("screen",) if query.screen else ()) for query in kept
    ]
    return pool, len(seen)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--dbpedia-entity", type=int, default=0, help="DBpedia-Entity candidates to print (0: the whole pool)"
    )
    args = parser.parse_args()
    skip = cited_earlier(OWN_FILE, {DBPEDIA_ENTITY_SOURCE: CITED_DBPEDIA_ENTITY}, asks=True)
    pool, seen = dbpedia_entity(skip)
    print_left_out(((DBPEDIA_ENTITY_SOURCE, seen),))
    print_quietly(((DBPEDIA_ENTITY_SOURCE, pool, args.dbpedia_entity or len(pool)),), SEED)


if __name__ == "__main__":
    main()
