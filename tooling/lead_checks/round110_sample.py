"""The lead's round-110 check set: a seeded random sample of the web search queries of Microsoft's ORCAS click log
(real queries that Bing users typed and then clicked a result for), as the hand-labelled test set of ORCAS-I carries
them, keeping those about films, TV, actors, books and music (and the off-topic ones the filter lets in), each with the
later-ranked queries that ask about the same kind of subject.

Reads one dataset from its mirror on this machine (`git show <commit>:<path>`, nothing is downloaded):

- ORCAS (Nick Craswell, Daniel Campos, Bhaskar Mitra, Emine Yilmaz and Bodo Billerbeck, "ORCAS: 18 Million Clicked
  Query-Document Pairs for Analyzing Search", CIKM 2020): 18.8 million pairs of a query that Bing users typed and a
  document of the TREC Deep Learning (MS MARCO) document collection that they clicked for it, 10.4 million distinct
  queries, released with the TREC Deep Learning track. The whole log (orcas.tsv.gz, 330 MB) is stored in no
  repository; its test sample is: ORCAS-I (Daria Alexander, Wojciech Kusa and Arjen P. de Vries, "ORCAS-I: Queries
  Annotated with Intent using Weak Supervision", SIGIR 2022) drew 1,000 queries from ORCAS at random and labelled
  their intent by hand, and the authors' repository ProjectDossier/intents_labelling stores that test set:
  data/test/orcas_test.tsv, read at commit 6aa9803 (2022-08-04, the mirror's newest; the file last changed in 2b96e03,
  2022-01-27), present (101,518 bytes, a header and 1,000 lines; not an absent blob or an LFS pointer). Each line is
  "<qid>\t<query>\t<did>\t<url>\t<label_manual>": ORCAS's query id and query, the document clicked (its id and
  address) and the intent label. The id and the query are read, and the clicked address is printed beside each
  candidate (it tells the writer which work or person the searcher meant); the intent label is not read. The
  queries are kept as typed: lower case, no question marks, their spelling and spacing ("outlamder", "padora music",
  "tomgreen", "fuzzy bears"). Licence: the repository states none; Microsoft gives ORCAS out "for research use only"
  under the MS MARCO terms (microsoft/msmarco, ORCAS.md), as earlier checks read MS MARCO's own queries (round 26).
  Cited as `ORCAS <qid>`.

Pool: the queries (in file order) that use a film, TV, actor, book or music word (SCREEN_WORDS below) or name a film,
show, book, play, song, album, band, singer, actor, host, character or writer (ARTS_NAMES below, listed by reading the
file's 1,000 queries and the pages clicked for them, since many of the log's queries about the arts are bare names);
the filter also lets in queries where such a word has another sense (a "show" of an IP address, a "tv" remote app, a
food "plot", a "log book", a tulip "season", a citation's "authors"); they come with the rest of the sample. A query
repeated (compared without case or punctuation) is kept once, at its first place; queries an earlier probe file cites,
quotes or asks are left out (counts only are printed).

Each candidate prints the later-ranked candidates that ask about the same kind of subject (SUBJECT_KINDS below: a song
or singer, a book or its author, a performer or character, a film or show), with their ranks in the seeded order, at
most FOLLOW_UPS: the log has no sessions (ORCAS gives each query alone), so the probe file makes those of them that
can be adapted follow-ups of the candidate, with the names changed the same way, as round 96 did with the Million Query
track's queries. The kind is a rough guide for the writer, who reads each query.

    python -m tooling.lead_checks.round110_sample
"""

from __future__ import annotations

import re
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

SEED = 110
FOLLOW_UPS = 4
OWN_FILE = "probes_round110_lead_check.yml"
SOURCE = "ORCAS"  # its name in citations and in the ranked output

INTENTS = MIRRORS / "ProjectDossier+intents_labelling" / "repo"
# The commit read (the repository's newest when mirrored).
INTENTS_COMMIT = "6aa980385c016013ee16c80f35c13781aabae6ec"
FOLDER = "data/test"
NAME = "orcas_test.tsv"
HEADER = "qid"  # the first field of the file's header line

# Film, TV, actor, book and music words, as searchers type them (lower case, often without apostrophes).
SCREEN_WORDS = re.compile(
    r"\b(?:movies?|films?|filmed|filming|cinemas?|theaters?|theatres?|actors?|actress(?:es)?|acting|starr(?:ed|ing)|"
    r"cast|characters?|directors?|directed|scenes?|plots?|sequels?|episodes?|seasons?|series|tv|television|shows?|"
    r"sitcoms?|soaps?|drama|cartoons?|anime|manga|hollywood|oscars?|imdb|dvds?|trailers?|premiere|box office|"
    r"screenplay|celebrit(?:y|ies)|novels?|novelists?|books?|authors?|writers?|wrote|written|poems?|poets?|"
    r"stor(?:y|ies)|fiction|songs?|singers?|sang|sings?|bands?|albums?|discography|music|musicians?|artists?|lyrics|"
    r"soundtracks?|composers?|concerts?|rappers?|roles?|played|netflix)\b",
    re.IGNORECASE,
)
# The works, people and characters of film, TV, books and music that the file's queries name without a SCREEN_WORDS
# word, found by reading all 1,000 queries with the page clicked for each (myths, games, toys, athletes, painters,
# channels and a trope left out; "outlamder" clicked Outlander (TV series), "tomgreen" Tom Green, "fuzzy bears" Fozzie
# Bear, "highwayman" the Highwaymen's album, "bogdanoff twins" the twin TV presenters).
ARTS_NAMES = re.compile(
    r"\b(?:best reads|novelas|outlamder|richard gere|algernon|daniel keyes|romeo and juliet|big brother|"
    r"steve mcqueen|monster mash|nina dobrev|america got talent|transformers|naruto|michael jackson|bill maher|"
    r"highwayman|bogdanoff|betty white|aa milne|fuzzy bears|kermit|boss baby|alan alda|real housewives|"
    r"travis barker|hunter thompson|tomgreen|motley crue|starwars)\b",
    re.IGNORECASE,
)
# What a query asks about, by its wording, the first that matches.
SUBJECT_KINDS = (
    (
        "music",
        re.compile(
            r"\b(?:songs?|singers?|sang|sings?|bands?|albums?|discography|music|musicians?|lyrics|soundtracks?|"
            r"composers?|concerts?|rappers?|monster mash|michael jackson|highwayman|travis barker|motley crue)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "book",
        re.compile(
            r"\b(?:novels?|novelists?|books?|authors?|writers?|wrote|written|poems?|poets?|fiction|manga|best reads|"
            r"algernon|daniel keyes|aa milne|hunter thompson|romeo and juliet)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "person",
        re.compile(
            r"\b(?:actors?|actress(?:es)?|acting|starr(?:ed|ing)|cast|characters?|roles?|played|directors?|directed|"
            r"celebrit(?:y|ies)|imdb|richard gere|steve mcqueen|nina dobrev|naruto|bill maher|bogdanoff|betty white|"
            r"fuzzy bears|kermit|alan alda|tomgreen)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "work",
        re.compile(
            r"\b(?:movies?|films?|filmed|filming|cinemas?|theaters?|theatres?|scenes?|plots?|sequels?|episodes?|"
            r"seasons?|series|tv|television|shows?|sitcoms?|soaps?|drama|cartoons?|anime|hollywood|oscars?|dvds?|"
            r"trailers?|premiere|box office|screenplay|stor(?:y|ies)|netflix|novelas|outlamder|big brother|"
            r"america got talent|transformers|boss baby|real housewives|starwars)\b",
            re.IGNORECASE,
        ),
    ),
)
CITED_ORCAS = re.compile(r"\bORCAS\s+(\d+)\b")


@dataclass(frozen=True)
class Query:
    qid: str  # ORCAS's query id, as the file gives it
    text: str
    clicked: str  # the address of the document the searcher clicked
    kind: str  # a SUBJECT_KINDS name, or "" when none matches

    @property
    def cited(self) -> str:
        return self.qid


def queries() -> list[Query]:
    """The queries of the stored test set that use a SCREEN_WORDS word or name an ARTS_NAMES work or person, in file
    order (each line's query id, query and clicked address are read)."""
    if NAME not in stored_in_folder(INTENTS, INTENTS_COMMIT, FOLDER + "/"):
        return []
    found: list[Query] = []
    for line in git_text(INTENTS, f"{FOLDER}/{NAME}", INTENTS_COMMIT).splitlines():
        fields = line.split("\t")
        if len(fields) < 4 or fields[0] == HEADER:
            continue
        text = one_line(fields[1])
        if text and (SCREEN_WORDS.search(text) or ARTS_NAMES.search(text)):
            found.append(Query(fields[0].strip(), text, fields[3].strip(), kind_of(text, SUBJECT_KINDS)))
    return found


def where(query: Query) -> str:
    return f"{query.cited} ({query.kind or '-'}) [clicked {query.clicked}]"


def pool(skip: Cited) -> tuple[list[Candidate], int]:
    """The pool, each candidate with its same-kind later candidates, and how many of the pool's queries an earlier
    probe file cites, quotes or asks."""
    kept, seen = unseen(queries(), lambda query: query.cited, lambda query: query.text, skip, SOURCE)
    return ranked_with_later_of_kind(kept, SOURCE, where, SEED, FOLLOW_UPS), seen


def main() -> None:
    skip = cited_earlier(OWN_FILE, {SOURCE: CITED_ORCAS}, asks=True)
    found, seen = pool(skip)
    print_left_out(((SOURCE, seen),))
    print_quietly(((SOURCE, found, len(found)),), SEED)


if __name__ == "__main__":
    main()
