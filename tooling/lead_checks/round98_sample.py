"""The lead's round-98 check set: a seeded random sample of the claims that crowd workers wrote for INFOTABS about
the Wikipedia infoboxes of films, musicians, albums, books and screen, music and book people (and the claims about
other infoboxes that use a film, TV, book or music word), each with the later-ranked claims written about the same
infobox.

Reads one dataset from its mirror on this machine (`git show <commit>:<path>`, nothing is downloaded):

- INFOTABS (Vivek Gupta, Maitrey Mehta, Pegah Nokhiz and Vivek Srikumar, "INFOTABS: Inference on Tables as
  Semi-structured Data", ACL 2020): 23,738 short claims ("hypotheses") that Amazon Mechanical Turk workers wrote in
  their own words about 2,540 Wikipedia infoboxes, each worker three about one infobox: one the infobox makes true, one
  it makes false and one it leaves open ("In Rainbows was released over ten years ago.", "Nigel Godrich has only
  produced one album."). Read from the authors' repository infotabs/infotabs at commit 34e7dc0 (2021-09-30, its
  newest): the five files data/maindata/infotabs_{dev,test_alpha1,test_alpha2,test_alpha3,train}.tsv, the infoboxes'
  categories (data/tables/table_categories.tsv) and the infoboxes themselves (data/tables/json/<table_id>.json), all
  present. Of each claim only its `table_id` and `hypothesis` are read, never the worker's label (true, false,
  neither) or the validators' labels; of each infobox only its title and, for a person, the occupations it lists. The
  claim is kept as the worker typed it, with its casing, spelling and spacing. Licence: Apache 2.0 (the repository's
  LICENSE). Cited as `INFOTABS <split> <row>` (the claim's row in its split's file, the header not counted).

Pool: the claims of the five files (in SPLITS order, then file order) about an infobox of a film, musician, album or
book (SCREEN_CATEGORIES below) or of a person whose listed occupations use a film, TV, book or music word (an actor, a
singer, an author: SCREEN_WORDS below), and every other claim whose own words use such a word (SCREEN_WORDS): the
filter also lets in claims about other subjects (a pipe band, a motor-racing team's "series", a TV channel, an awards
show, an aviator listed as a "Company director", a "magazine publisher"); they come with the rest of the sample. A
claim repeated (compared without case or punctuation) is kept once, at its first place; claims an earlier probe file
cites, quotes or asks are left out (counts only are printed).

Each candidate prints the later-ranked candidates written about the same infobox (its kind is `table <table_id>`),
with their ranks in the seeded order, at most FOLLOW_UPS: the probe file makes those of them that can be adapted
follow-ups of the candidate, with the names changed the same way, so that a conversation stays with one film, person,
album or book as the workers' claims about one infobox do.

    python -m tooling.lead_checks.round98_sample
"""

from __future__ import annotations

import csv
import json
import re
from dataclasses import dataclass
from functools import cache

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

SEED = 98
FOLLOW_UPS = 4
OWN_FILE = "probes_round98_lead_check.yml"
SOURCE = "INFOTABS"  # its name in citations and in the ranked output

INFOTABS = MIRRORS / "infotabs+infotabs" / "repo"
# The commit read (the repository's newest when mirrored).
INFOTABS_COMMIT = "34e7dc0900a0d861ad62be3d7371d8eb0aace4fe"
SPLITS = ("dev", "test_alpha1", "test_alpha2", "test_alpha3", "train")
CLAIMS = "data/maindata"
CATEGORIES = "data/tables/table_categories.tsv"
TABLES = "data/tables/json"

# The infobox categories (as table_categories.tsv names them) that are about a film, music or a book.
SCREEN_CATEGORIES = frozenset({"Movie", "Musician", "Album", "Book"})
# Film, TV, actor, book and music words, as INFOTABS' workers and Wikipedia's occupations write them.
SCREEN_WORDS = re.compile(
    r"\b(?:movies?|films?|filmed|filming|cinemas?|actors?|actress(?:es)?|acting|starr(?:ed|ing)|cast|characters?|"
    r"directors?|directed|screenplay|screenwriters?|scenes?|plots?|sequels?|episodes?|series|tv|television|"
    r"sitcoms?|cartoons?|anime|hollywood|oscars?|box office|comedians?|novels?|novelists?|books?|authors?|"
    r"writers?|wr[io]te|written|publish(?:ed|er)?|poems?|poets?|fiction|songs?|songwriters?|singers?|sang|sings?|"
    r"bands?|albums?|music|musicians?|musical|lyrics|lyricists?|soundtracks?|composers?|composed|concerts?|"
    r"rappers?|grammys?|record label|recorded|vocals|vocalists?)\b",
    re.IGNORECASE,
)
CITED_INFOTABS = re.compile(r"\bINFOTABS\s+((?:dev|test_alpha[123]|train)\s+\d+)\b")


@dataclass(frozen=True)
class Claim:
    split: str
    row: int  # the claim's row in its split's file, the header not counted
    table: str  # the infobox's table_id
    text: str  # the claim, as typed
    screen_table: bool  # whether the infobox is a film, music, book or screen person's

    @property
    def cited(self) -> str:
        return f"{self.split} {self.row}"

    @property
    def kind(self) -> str:
        return f"table {self.table}"


@cache
def categories() -> dict[str, str]:
    """Each infobox's category, as table_categories.tsv gives it."""
    rows = (line.split("\t") for line in git_text(INFOTABS, CATEGORIES, INFOTABS_COMMIT).splitlines()[1:])
    return {row[0].strip(): row[1].strip() for row in rows if len(row) >= 2}


@cache
def stored_infoboxes() -> set[str]:
    """The names of the infobox files whose content the mirror holds."""
    return stored_in_folder(INFOTABS, INFOTABS_COMMIT, TABLES + "/")


@cache
def infobox(table: str) -> dict[str, list[str]]:
    """An infobox's keys and values (none when the mirror does not hold it)."""
    if f"{table}.json" not in stored_infoboxes():
        return {}
    return json.loads(git_text(INFOTABS, f"{TABLES}/{table}.json", INFOTABS_COMMIT))


def title(table: str) -> str:
    return one_line(" ".join(infobox(table).get("title") or [])) or "?"


@cache
def is_screen_table(table: str) -> bool:
    """Whether an infobox is a film's, musician's, album's or book's, or a person's whose listed occupations use a
    SCREEN_WORDS word."""
    category = categories().get(table, "")
    if category in SCREEN_CATEGORIES:
        return True
    occupations = " ".join(
        value for key, values in infobox(table).items() if key.lower().startswith("occupation") for value in values
    )
    return category == "Person" and bool(SCREEN_WORDS.search(occupations))


def claims() -> list[Claim]:
    """The claims of the stored files about a screen infobox or using a SCREEN_WORDS word, in SPLITS order and file
    order (only each row's `table_id` and `hypothesis` are read)."""
    present = stored_in_folder(INFOTABS, INFOTABS_COMMIT, CLAIMS + "/")
    found: list[Claim] = []
    for split in SPLITS:
        name = f"infotabs_{split}.tsv"
        if name not in present:
            continue
        # One claim a line, tab-separated, a field holding double quotes quoted as in CSV ("Lenght of Album ""...""").
        rows = csv.reader(git_text(INFOTABS, f"{CLAIMS}/{name}", INFOTABS_COMMIT).splitlines(), delimiter="\t")
        header = next(rows)
        table_at, text_at = header.index("table_id"), header.index("hypothesis")
        for row, fields in enumerate(rows, 1):
            if len(fields) != len(header):
                continue
            table, text = fields[table_at].strip(), one_line(fields[text_at])
            screen_table = is_screen_table(table)
            if text and (screen_table or SCREEN_WORDS.search(text)):
                found.append(Claim(split, row, table, text, screen_table))
    return found


def where(claim: Claim) -> str:
    category = categories().get(claim.table, "?")
    by_words = "" if claim.screen_table else ", by its words"
    return f"{claim.cited} ({claim.kind}, {category}: {title(claim.table)}{by_words})"


def pool(skip: Cited) -> tuple[list[Candidate], int]:
    """The pool, and how many of its claims an earlier probe file cites, quotes or asks."""
    kept, seen = unseen(claims(), lambda claim: claim.cited, lambda claim: claim.text, skip, SOURCE)
    return ranked_with_later_of_kind(kept, SOURCE, where, SEED, FOLLOW_UPS), seen


def main() -> None:
    skip = cited_earlier(OWN_FILE, {SOURCE: CITED_INFOTABS}, asks=True)
    found, seen = pool(skip)
    print_left_out(((SOURCE, seen),), unit="claims")
    print_quietly(((SOURCE, found, len(found)),), SEED)


if __name__ == "__main__":
    main()
