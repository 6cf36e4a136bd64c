"""The lead's round-165 check set: a seeded random sample of the web search queries of GERDAQ, queries that people
typed into a web search engine, as typed, keeping those whose words or whose annotated Wikipedia entities are about
films, TV, actors, books or music, each with the later-ranked queries of the same kind of subject.

Reads one dataset from its mirror on this machine (`git show <commit>:<path>`, nothing is downloaded):

- GERDAQ 1.0 (Marco Cornolti, Paolo Ferragina, Massimiliano Ciaramita, Stefan Rüd and Hinrich Schütze, "A Piggyback
  System for Joint Entity Mention Detection and Linking in Web Queries", WWW 2016): about a thousand real web search
  queries (drawn from the KDD Cup 2005 query set, which the MSN search engine logged), each with the Wikipedia entities
  that the annotators linked to its words. Read from the first author's repository marcocor/bat-framework (the BAT
  entity-annotation benchmark framework) at commit 6659001 (6659001b0b2c4cb1986494c8dc829cabe5bcde14, 2018-07-29, its
  newest; the data files entered in 089e795, 2016-02-16): src/main/resources/datasets/gerdaq_1.0/gerdaq_<part>.xml for
  the four PARTS below, all present (real blobs of 54-63 kB, no LFS pointer). Each `<instance>` is one query, its text
  the instance's text with the annotation tags taken away; an `<annotation>` gives the Wikipedia titles linked to a span
  (`rank_<n>_title`), used only to tell the query's subject. The queries are kept as typed, lower case, typos and
  run-together words included. Licence: GPL-3.0 (the repository's LICENSE); the data carries no separate licence. Cited
  as `GERDAQ <part> <n>` (the n-th instance of the part's file, from 1).

Pool: the queries (part by part in PARTS order, each in file order) whose own words or linked Wikipedia titles use a
film, TV, actor, book or music word (KINDS below, with the titles' disambiguations such as "(film)", "(band)" or
"(novel)"), or whose linked title is a performer, writer, work, band, character, channel or magazine that no such word
tells (NAMED_TITLES below, listed by hand from every linked title of the four files); the words also let in queries
about other things that use such a word in another sense (a board of directors, camping "trailers", a trade "show"),
which come with the rest of the sample. A text repeated (compared without case or punctuation) is kept once, at its
first place; queries an earlier probe file cites, quotes or asks are left out (counts only are printed): GERDAQ's
queries come from the same log as the KDD Cup 2005 queries of round 99, and any of those an earlier file used is left
out this way.

The log keeps no sessions, so each candidate prints the later-ranked candidates of its kind of subject (KINDS below:
work, person, book, music), at most FOLLOW_UPS, with their ranks in the seeded order: the probe file makes those of
them that can be adapted follow-ups of the candidate, with the names changed the same way, as rounds 99 and 108 did.

    python -m tooling.lead_checks.round165_sample
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass

from tooling.lead_checks.mirrors import (
    MIRRORS,
    Candidate,
    Cited,
    cited_earlier,
    git_text,
    one_line,
    print_left_out,
    print_quietly,
    ranked_with_later_of_kind,
    stored_in_folder,
    unseen,
)

SEED = 165
FOLLOW_UPS = 3
OWN_FILE = "probes_round165_lead_check.yml"
SOURCE = "GERDAQ"  # its name in citations and in the ranked output

GERDAQ = MIRRORS / "marcocor+bat-framework" / "repo"
# The commit read (the repository's newest when mirrored).
GERDAQ_COMMIT = "6659001b0b2c4cb1986494c8dc829cabe5bcde14"
FOLDER = "src/main/resources/datasets/gerdaq_1.0"
PARTS = ("trainingA", "trainingB", "devel", "test")

# Each kind of subject with the words (in a query or in a linked Wikipedia title) that tell it; the first kind whose
# pattern matches is the query's.
KINDS = (
    (
        "music",
        re.compile(
            r"\b(?:songs?|singers?|sang|sings?|singles?|bands?|albums?|music|musicians?|musical|lyrics?|lyricists?|"
            r"soundtracks?|composers?|concerts?|rappers?|mp3s?|ringtones?|guitar tabs|tabs|tablatures?|chords|"
            r"discography|cds?|"
            r"record label|hip hop|rock|pop|rapper|musician|group\)|band\)|song\)|album\)|singer\))\b",
            re.IGNORECASE,
        ),
    ),
    (
        "book",
        re.compile(
            r"\b(?:books?|novels?|novelists?|authors?|writers?|wr[io]te|written|poems?|poets?|poetry|fiction|"
            r"manga|comics?|publish(?:ed|er)?|librar(?:y|ies)|novel\)|book\)|writer\))\b",
            re.IGNORECASE,
        ),
    ),
    (
        "work",
        re.compile(
            r"\b(?:movies?|films?|filmed|filming|filmography|cinemas?|theat(?:er|re)s?|dvds?|trailers?|hollywood|"
            r"oscars?|academy awards?|box office|directors?|directed|screenplay|scenes?|plots?|sequels?|episodes?|"
            r"series|tv|television|sitcoms?|cartoons?|anime|shows?|netflix|imdb|film\)|TV series\)|miniseries\)|"
            r"TV program\)|video game\))\b",
            re.IGNORECASE,
        ),
    ),
    (
        "person",
        re.compile(
            r"\b(?:actors?|actress(?:es)?|acting|starr(?:ed|ing)|stars?|celebrit(?:y|ies)|cast|characters?|"
            r"comedians?|bio|biograph(?:y|ies)|actor\)|actress\)|character\)|entertainer\))\b",
            re.IGNORECASE,
        ),
    ),
)
# The linked Wikipedia titles of performers, writers, composers, films, shows, songs, albums, bands, characters and
# entertainment channels and magazines that no word of KINDS tells (a bare name), each with its kind: listed by hand
# from a reading of every linked title of the four files, whatever the query around it says.
NAMED_TITLES = {
    "A Bug's Life": "work",
    "American Idol": "work",
    "Angelina Jolie": "person",
    "Betty Brant": "person",
    "Billie Joe Armstrong": "music",
    "C. S. Lewis": "book",
    "Case Closed": "work",
    "Chad Michael Murray": "person",
    "Confessions Part II": "music",
    "Diane Webber": "person",
    "Disney Channel": "work",
    "Good Girls Go Bad": "music",
    "Hitler's Table Talk": "book",
    "In Touch Weekly": "book",
    "Jacqueline Wilson": "book",
    "Jean Sibelius": "music",
    "Kelly Ripa": "person",
    "Lana Lang (Smallville)": "person",
    "Les Paul": "music",
    "Lisa Lynne": "music",
    "Martina McBride": "music",
    "Maxim (magazine)": "book",
    "Mikis Theodorakis": "music",
    "Napoleon Dynamite": "work",
    "Paris Hilton": "person",
    "Randy Jackson": "music",
    "Regis Philbin": "person",
    "Rolling stock (Thomas & Friends)": "work",
    "Sidney Lumet": "work",
    "Stacy Keibler": "person",
    "The Distillers": "music",
    "The Matrix Revolutions": "work",
    "The Red Stick Ramblers": "music",
    "Til Schweiger": "person",
    "Trish Thuy Trang": "person",
    "Alfonsina Storni": "book",
}
CITED_GERDAQ = re.compile(r"\bGERDAQ\s+((?:trainingA|trainingB|devel|test)\s+\d+)\b")


@dataclass(frozen=True)
class Query:
    part: str
    number: int  # the instance's place in its part's file, from 1
    text: str  # the query, as typed
    titles: tuple[str, ...]  # the Wikipedia titles linked to its words
    kind: str

    @property
    def cited(self) -> str:
        return f"{self.part} {self.number}"


def kind_of_query(text: str, titles: tuple[str, ...]) -> str:
    """The first kind whose words the query or one of its linked titles uses, else the kind of its first linked title
    in NAMED_TITLES, or ""."""
    for kind, pattern in KINDS:
        if pattern.search(text) or any(pattern.search(title) for title in titles):
            return kind
    return next((NAMED_TITLES[title] for title in titles if title in NAMED_TITLES), "")


def queries() -> list[Query]:
    """Every query of the PARTS whose file the mirror holds, with the titles linked to it and its kind."""
    stored = stored_in_folder(GERDAQ, GERDAQ_COMMIT, FOLDER + "/")
    found: list[Query] = []
    for part in PARTS:
        name = f"gerdaq_{part}.xml"
        if name not in stored:
            continue
        root = ET.fromstring(git_text(GERDAQ, f"{FOLDER}/{name}", GERDAQ_COMMIT))
        for number, instance in enumerate(root.iter("instance"), 1):
            text = one_line("".join(instance.itertext()))
            titles = tuple(
                value
                for annotation in instance.iter("annotation")
                for key, value in annotation.attrib.items()
                if key.endswith("_title")
            )
            if text:
                found.append(Query(part, number, text, titles, kind_of_query(text, titles)))
    return found


def where(query: Query) -> str:
    linked = "; ".join(dict.fromkeys(query.titles)) or "no entity linked"
    return f"{SOURCE} {query.cited} ({query.kind}: {linked})"


def pool(skip: Cited) -> tuple[list[Candidate], int]:
    """The pool, each candidate with its same-kind later candidates, and how many of its queries an earlier probe file
    cites, quotes or asks."""
    screen = [query for query in queries() if query.kind]
    kept, seen = unseen(screen, lambda query: query.cited, lambda query: query.text, skip, SOURCE)
    return ranked_with_later_of_kind(kept, SOURCE, where, SEED, FOLLOW_UPS), seen


def main() -> None:
    skip = cited_earlier(OWN_FILE, {SOURCE: CITED_GERDAQ}, asks=True)
    found, seen = pool(skip)
    print(f"# {SOURCE} commit {GERDAQ_COMMIT}, {len(queries())} queries read")
    print_left_out(((SOURCE, seen),), unit="queries")
    print_quietly(((SOURCE, found, len(found)),), SEED)


if __name__ == "__main__":
    main()
