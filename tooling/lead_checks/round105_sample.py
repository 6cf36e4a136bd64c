"""The lead's round-105 check set: a seeded random sample of the statements that crowd workers wrote for TabFact's
blind test about Wikipedia tables of films, TV, actors, books and music (and the statements about other tables that
use a film, TV, book or music word), each with the later-ranked statements written about the same table.

Reads one dataset from its mirror on this machine (`git show <commit>:<path>`, nothing is downloaded):

- TabFact (Wenhu Chen, Hongmin Wang, Jianshu Chen, Yunkai Zhang, Hong Wang, Shiyang Li, Xiyou Zhou and William Yang
  Wang, "TabFact: A Large-scale Dataset for Table-based Fact Verification", ICLR 2020): statements that Amazon
  Mechanical Turk workers wrote in their own words about Wikipedia tables, each true or false of its table ("sterling
  marlin won his most races in the year 1995", "Novacek was never even a top ranked 25 player once in his career.").
  Read from the authors' repository wenhuchen/Table-Fact-Checking at commit 2ab782b (2023-09-19, its newest): the
  challenge's blind test, challenge/blind_test.json (9,750 statements about tables seen in training; the file entered
  in feb3c24, 2019-10-15), present (1.6 MB). Each entry is "<test id>": [statement, table file, table caption (the
  Wikipedia page title, lower case)]; no label is given out and none is read. The main collected files
  (collected_data/r1_training_all.json, r2_training_all.json) are not in the mirror (over its size limit) and are not
  read. The statements are kept as typed, their casing, spelling and spacing. Licence: MIT (the repository's
  LICENSE); the README states no separate licence for the data. Cited as `TabFact <test id>`.

Pool: the statements (in file order) whose table caption or own words use a film, TV, actor, book or music word
(SCREEN_WORDS below); the filter also lets in statements about other tables where such a word has another sense (a
television station, a "series" of races, a "cast" of a sports award, a "record"); they come with the rest of the
sample. A statement repeated (compared without case or punctuation) is kept once, at its first place; statements an
earlier probe file cites, quotes or asks are left out (counts only are printed).

Each candidate prints the later-ranked candidates written about the same table (its kind is `table <file>`), with
their ranks in the seeded order, at most FOLLOW_UPS: the probe file makes those of them that can be adapted follow-ups
of the candidate, with the names changed the same way, so that a conversation stays with one film, show, person,
album or book as the workers' statements about one table do.

    python -m tooling.lead_checks.round105_sample
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
    git_text,
    one_line,
    print_left_out,
    print_quietly,
    ranked_with_later_of_kind,
    unseen,
)

SEED = 105
FOLLOW_UPS = 4
OWN_FILE = "probes_round105_lead_check.yml"
SOURCE = "TabFact"  # its name in citations and in the ranked output

TABFACT = MIRRORS / "wenhuchen+Table-Fact-Checking" / "repo"
# The commit read (the repository's newest when mirrored).
TABFACT_COMMIT = "2ab782ba42b5808076ac91fec846473aa5315a79"
BLIND_TEST = "challenge/blind_test.json"

# Film, TV, actor, book and music words, as TabFact's workers and Wikipedia's page titles write them.
SCREEN_WORDS = re.compile(
    r"\b(?:movies?|films?|filmed|filming|filmography|cinemas?|actors?|actress(?:es)?|acting|starr(?:ed|ing)|cast|"
    r"characters?|directors?|directed|screenplay|screenwriters?|scenes?|plots?|sequels?|episodes?|series|tv|"
    r"television|sitcoms?|cartoons?|anime|hollywood|oscars?|academy awards?|box office|comedians?|novels?|"
    r"novelists?|books?|authors?|writers?|wr[io]te|written|publish(?:ed|er)?|poems?|poets?|fiction|songs?|"
    r"songwriters?|singers?|sang|sings?|singles?|bands?|albums?|discography|music|musicians?|musical|lyrics|"
    r"lyricists?|soundtracks?|composers?|composed|concerts?|rappers?|grammys?|record label|recorded|vocals|"
    r"vocalists?|eurovision|viewers|ratings|aired|broadcast)\b",
    re.IGNORECASE,
)
CITED_TABFACT = re.compile(r"\bTabFact\s+(test\d+)\b")


@dataclass(frozen=True)
class Statement:
    test_id: str  # the blind test's key, "test<n>"
    table: str  # the table's file name
    caption: str  # the table's caption (its Wikipedia page title, lower case)
    text: str  # the statement, as typed
    screen_table: bool  # whether the caption uses a SCREEN_WORDS word

    @property
    def kind(self) -> str:
        return f"table {self.table}"


def statements() -> list[Statement]:
    """The blind test's statements whose caption or words use a SCREEN_WORDS word, in file order (no label is read:
    the file holds none)."""
    entries = json.loads(git_text(TABFACT, BLIND_TEST, TABFACT_COMMIT))
    found: list[Statement] = []
    for test_id, fields in entries.items():
        if not isinstance(fields, list) or len(fields) < 3:
            continue
        text, table, caption = one_line(str(fields[0])), str(fields[1]), one_line(str(fields[2]))
        screen_table = bool(SCREEN_WORDS.search(caption))
        if text and (screen_table or SCREEN_WORDS.search(text)):
            found.append(Statement(test_id, table, caption, text, screen_table))
    return found


def where(statement: Statement) -> str:
    by_words = "" if statement.screen_table else ", by its words"
    return f"{statement.test_id} ({statement.kind}: {statement.caption}{by_words})"


def pool(skip: Cited) -> tuple[list[Candidate], int]:
    """The pool, and how many of its statements an earlier probe file cites, quotes or asks."""
    kept, seen = unseen(statements(), lambda found: found.test_id, lambda found: found.text, skip, SOURCE)
    return ranked_with_later_of_kind(kept, SOURCE, where, SEED, FOLLOW_UPS), seen


def main() -> None:
    skip = cited_earlier(OWN_FILE, {SOURCE: CITED_TABFACT}, asks=True)
    found, seen = pool(skip)
    print_left_out(((SOURCE, seen),), unit="statements")
    print_quietly(((SOURCE, found, len(found)),), SEED)


if __name__ == "__main__":
    main()
