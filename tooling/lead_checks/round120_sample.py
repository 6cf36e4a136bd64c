"""The lead's round-120 check set: a seeded random sample of real Yahoo! Search queries, the Yahoo part of the Y-ERD
test collection for entity linking in queries, keeping those about films, TV, actors, books and music (and the
off-topic ones the filter lets in), each with the same searcher's later queries (the search session) and the
later-ranked queries that ask about the same kind of subject.

Reads one dataset from its mirror on this machine (`git show <commit>:<path>`, nothing is downloaded):

- Y-ERD (Faegheh Hasibi, Krisztian Balog and Svein Erik Bratsberg, "Entity Linking in Queries: Tasks and Evaluation",
  ICTIR 2015): search sessions of real users of Yahoo! Search, drawn from the Yahoo! Search Query Log To Entities
  collection (YSQLE, Yahoo! Webscope L24), with each query's entity annotations. Read from the authors' repository
  hasibi/EntityLinkingInQueries-ELQ at commit 365405a (365405a96c0f22416e972260572a1726dae111a7, 2023-09-13, its
  newest when mirrored; the data file entered in 0940906, 2015-08-06, and has not changed since):
  Y-ERD/Y-ERD.tsv, present (163 kB, 2,530 annotation rows; not an LFS pointer or an absent blob). Each row gives a
  difficulty, a query id ("yahoo-<session>_<n>" or "trec-2010-<topic>_<n>"), the query as typed and one annotated
  mention with its DBpedia entity (a query with several entities has several rows; one with none, one row). Only
  the rows whose id starts "yahoo-" are read: 1,143 distinct queries in 363 sessions, read once each (the first row
  of an id). The "trec-2010-" rows are TREC 2010 Session track queries, a source earlier checks used, and are not
  read; nor are the spell-corrected copy, the qrels or the runs. Licence: MIT (the repository's LICENSE, copyright
  2016 Faegheh Hasibi); the queries are Yahoo! searchers' own, as the collection's authors published them. Cited as
  `Y-ERD <query id>`.

Pool: the Yahoo queries (in file order: session by session, each session in query order) that use a film, TV, actor,
book or music word (SCREEN_WORDS below) or whose annotated entity is a film, show, book, song, album, band, singer,
actor or the like (ARTS_ENTITIES below: DBpedia names with such a qualifier, and the names of works and people of the
arts found by reading the file's distinct entities); the filter also lets in film sites and services (showtimes,
ticket sites, streaming logins) and words in another sense (a hotel's "four seasons", a "notebook" computer), which
come with the rest of the sample. A query repeated (compared without case or punctuation) is kept once, at its first
place; queries an earlier probe file cites, quotes or asks are left out (counts only are printed).

Each candidate prints the same session's later distinct queries (at most SESSION_FOLLOW_UPS, film or not: the
session that follows), then the later-ranked candidates that ask about the same kind of subject (SUBJECT_KINDS below:
music, a book, a person, a film or show; at most FOLLOW_UPS). The kind is a rough guide for the writer, who reads each
query.

    python -m tooling.lead_checks.round120_sample
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
    normalised,
    one_line,
    print_left_out,
    print_quietly,
    ranked_with_later_of_kind,
    stored_in_folder,
    unseen,
)

SEED = 120
FOLLOW_UPS = 3
SESSION_FOLLOW_UPS = 4
OWN_FILE = "probes_round120_lead_check.yml"
SOURCE = "Y-ERD"  # its name in citations and in the ranked output

ELQ = MIRRORS / "hasibi+EntityLinkingInQueries-ELQ" / "repo"
# The commit read (the repository's newest when mirrored).
ELQ_COMMIT = "365405a96c0f22416e972260572a1726dae111a7"
FOLDER = "Y-ERD"
NAME = "Y-ERD.tsv"
YAHOO = re.compile(r"^yahoo-(\d+)_(\d+)$")

# Film, TV, actor, book and music words, as searchers type them (often lower case, without apostrophes).
SCREEN_WORDS = re.compile(
    r"\b(?:movies?|films?|cinemas?|theaters?|theatres?|showtimes?|actors?|actress(?:es)?|stars?|celebrit(?:y|ies)|"
    r"cast|characters?|directors?|scripts?|episodes?|seasons?|series|tv|television|shows?|sitcoms?|cartoons?|anime|"
    r"dvds?|imdb|netflix|hulu|redbox|fandango|moviefone|trailers?|oscars?|videos?|novels?|e?books?|authors?|"
    r"writers?|poems?|poetry|stor(?:y|ies)|fiction|songs?|singers?|bands?|albums?|music|musicians?|lyrics|"
    r"soundtracks?|concerts?|rap|rappers?|rock|pop|guitar)\b",
    re.IGNORECASE,
)
# The annotated entities (DBpedia names) that are works or people of film, TV, books and music: those with such a
# qualifier, and the others found by reading every distinct entity of the Yahoo rows (athletes, politicians, news
# anchors, channels, shops and web services left out).
ARTS_ENTITIES = re.compile(
    r"_\((?:[0-9]{4}_)?(?:[A-Za-z.]+_)?(?:film|TV_series|season_[0-9]+|band|album|song|novel|singer|actor|actress|"
    r"musician|rapper|artist|entertainer|musical|video_game)\)$|"
    r"^(?:Adam_Levine|Adele|Adventure_Time|Amanda_Bynes|Anne_Hathaway|Bj%C3%B6rk|Bon_Jovi|Bradley_Cooper|"
    r"Breaking_Bad|Brenda_Song|Bret_Michaels|Bruno_Mars|Carol_Burnett|Cascada|Cate_Blanchett|Channing_Tatum|"
    r"Charlie_Sheen|Chris_Diamantopoulos|Connie_Britton|Corpse_Bride|Cyndi_Lauper|Dean_Cain|Death_of_a_Salesman|"
    r"Deborah_Raffin|Denise_Richards|Dick_Clark|Dirty_Jobs|Dolly_Parton|Dora_the_Explorer|Ed_Begley,_Jr\.|"
    r"Edens_Edge|Elizabeth_Banks|Ellen_DeGeneres|Ellen_Douglas|Esther_Phillips|Eva_Longoria|Evan_Rachel_Wood|"
    r"Flipping_Out|G\.I\._Joe:_Retaliation|Game_of_Thrones|George_Lucas|Green_Day|Gregg_Allman|Hayden_Panettiere|"
    r"Here_Comes_Honey_Boo_Boo|Hugh_Grant|Into_the_Woods|Iron_Sky|Jackson_Hurst|Jamie_Grace|Jennifer_Lawrence|"
    r"Justin_Bieber|Kanye_West|Katy_Perry|Kelly_Carlson|King_of_New_York|Kristen_Renton|Kristen_Stewart|"
    r"Kristen_Wiig|La_criada_bien_criada|Lark_Voorhies|Led_Zeppelin|Les_Mis%C3%A9rables|Life_of_Pi|Lindsay_Lohan|"
    r"Little_Treasure|LMFAO|Loretta_Swit|Louise_Lasser|Mackenzie_Foy|Mayim_Bialik|Miley_Cyrus|"
    r"Mister_Rogers'_Neighborhood|Monica_Potter|Nicholas_Hoult|Olivia_Wilde|Oprah's_Lifeclass|Pen%C3%A9lope_Cruz|"
    r"Pitch_Perfect|Premium_Rush|Queen_Latifah|Rihanna|River_Phoenix|Rocky_Balboa|Rooney_Mara|Ryan_Gosling|"
    r"Ryan_Reynolds|Sam_Elliott|Sarah_Jessica_Parker|Saturday_Night_Live|Scarlett_Johansson|Selena_Gomez|"
    r"Shia_LaBeouf|Silver_Linings_Playbook|South_Park|Steve_Guttenberg|SWV|Taylor_Lautner|Ted_Nugent|"
    r"The_Big_Bang_Theory|The_Black_Eyed_Peas|The_Bling_Ring|The_Goodwin_Games|The_Lumineers|"
    r"The_Mickey_Mouse_Club|The_Price_Is_Right|The_Twilight_Saga:.*|Tim_Burton|Timeflies|Top_Gun|"
    r"Trans-Siberian_Orchestra|Tron:_Legacy|Vanessa_Bayer|Victoria_Jackson|Wanda_Jackson|W\._C\._Handy|"
    r"White_House_Down)$"
)
# What a query asks about, by its wording or its entity, the first that matches.
SUBJECT_KINDS = (
    (
        "music",
        re.compile(
            r"\b(?:songs?|singers?|bands?|albums?|music|musicians?|lyrics|soundtracks?|concerts?|rap|rappers?|rock|"
            r"pop|guitar)\b|_\((?:band|album|song|singer|musician|rapper)\)",
            re.IGNORECASE,
        ),
    ),
    ("book", re.compile(r"\b(?:novels?|e?books?|authors?|writers?|poems?|poetry|fiction)\b|_\(novel\)", re.IGNORECASE)),
    (
        "person",
        re.compile(
            r"\b(?:actors?|actress(?:es)?|stars?|celebrit(?:y|ies)|cast|characters?|directors?)\b|_\(actor\)",
            re.IGNORECASE,
        ),
    ),
    (
        "work",
        re.compile(
            r"\b(?:movies?|films?|cinemas?|theaters?|theatres?|showtimes?|scripts?|episodes?|seasons?|series|tv|"
            r"television|shows?|sitcoms?|cartoons?|anime|dvds?|trailers?|oscars?|videos?|stor(?:y|ies))\b|"
            r"_\((?:[0-9]{4}_)?(?:film|TV_series)\)",
            re.IGNORECASE,
        ),
    ),
)
CITED_YERD = re.compile(r"\bY-ERD\s+(yahoo-\d+_\d+)\b")


@dataclass(frozen=True)
class Query:
    qid: str  # "yahoo-<session>_<n>"
    session: int
    number: int  # the query's place in its session
    text: str
    entities: tuple[str, ...]  # the annotated DBpedia names, without "<dbpedia:" and ">"
    kind: str  # a SUBJECT_KINDS name, or "" when none matches

    @property
    def cited(self) -> str:
        return self.qid


def log() -> list[Query]:
    """Every Yahoo query of the stored file, once (its rows' entities gathered), sessions in file order and each
    session's queries in their order."""
    if NAME not in stored_in_folder(ELQ, ELQ_COMMIT, FOLDER + "/"):
        return []
    texts: dict[str, str] = {}
    entities: dict[str, list[str]] = {}
    for line in git_text(ELQ, f"{FOLDER}/{NAME}", ELQ_COMMIT).splitlines()[1:]:
        fields = line.split("\t")
        if len(fields) < 3 or not YAHOO.match(fields[1]):
            continue
        texts.setdefault(fields[1], one_line(fields[2]))
        entity = fields[4].removeprefix("<dbpedia:").removesuffix(">") if len(fields) > 4 else ""
        if entity:
            entities.setdefault(fields[1], []).append(entity)
    order = {qid: place for place, qid in enumerate(texts)}
    first_of_session: dict[int, int] = {}
    for qid in texts:
        first_of_session.setdefault(int(YAHOO.match(qid).group(1)), order[qid])  # type: ignore[union-attr]
    found = []
    for qid, text in texts.items():
        session, number = (int(group) for group in YAHOO.match(qid).groups())  # type: ignore[union-attr]
        names = tuple(entities.get(qid, ()))
        found.append(Query(qid, session, number, text, names, kind_of(" ".join((text, *names)), SUBJECT_KINDS)))
    return sorted(found, key=lambda query: (first_of_session[query.session], query.number))


def arts(query: Query) -> bool:
    return bool(SCREEN_WORDS.search(query.text)) or any(ARTS_ENTITIES.search(name) for name in query.entities)


def sessions(every: list[Query]) -> dict[str, tuple[str, ...]]:
    """For each query, the same session's later distinct queries (compared normalised, not the query's own), at most
    SESSION_FOLLOW_UPS, each as "session Y-ERD <query id>: <text>"."""
    later: dict[str, tuple[str, ...]] = {}
    for query in every:
        seen = {normalised(query.text)}
        found: list[str] = []
        for other in every:
            if other.session != query.session or other.number <= query.number or normalised(other.text) in seen:
                continue
            seen.add(normalised(other.text))
            found.append(f"session {SOURCE} {other.qid}: {other.text}")
            if len(found) == SESSION_FOLLOW_UPS:
                break
        later[query.qid] = tuple(found)
    return later


def where(query: Query) -> str:
    entities = ", ".join(query.entities) or "-"
    return f"{SOURCE} {query.cited} ({query.kind or '-'}; {entities})"


def pool(skip: Cited) -> tuple[list[Candidate], int]:
    """The pool, each candidate with its session's later queries and its same-kind later candidates, and how many of
    the pool's queries an earlier probe file cites, quotes or asks."""
    every = log()
    screen = [query for query in every if arts(query)]
    kept, seen = unseen(screen, lambda query: query.cited, lambda query: query.text, skip, SOURCE)
    ranked = ranked_with_later_of_kind(kept, SOURCE, where, SEED, FOLLOW_UPS)
    later = sessions(every)
    found = [
        Candidate(candidate.source, candidate.where, candidate.text, later[query.qid] + candidate.follow_ups)
        for query, candidate in zip(kept, ranked, strict=True)
    ]
    return found, seen


def main() -> None:
    skip = cited_earlier(OWN_FILE, {SOURCE: CITED_YERD}, asks=True)
    found, seen = pool(skip)
    print_left_out(((SOURCE, seen),))
    print_quietly(((SOURCE, found, len(found)),), SEED)


if __name__ == "__main__":
    main()
