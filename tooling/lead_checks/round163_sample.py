"""The lead's round-163 check set: a seeded random sample of the titles of wikiHow's how-to articles (the questions
"How to ...?" that wikiHow's writers, its community of volunteer authors, ask and answer), keeping those of its film,
TV, celebrity, fandom, book, reading, storytelling, music and concert categories (and the off-topic ones those
categories hold), each with the later-ranked titles of the same kind of subject.

Reads one dataset from its mirror on this machine (`git show <commit>:<path>`, nothing is downloaded):

- Themis3000/wikihow_guess (Themi Megas): the wikiHow article titles that its scraper (build_img_dir.py) read from
  wikiHow's category pages for a guessing game, at commit f8ee09a (f8ee09ab1ecc90214291e108bc282dfc4289fc14,
  2021-08-15, its newest when mirrored). Only category_page_dir.txt is read (present, 2.1 MB: a JSON list of 15,155
  entries, each {"link", "title", "category"}: the article's wikiHow address, its title without "How to", and the
  wikiHow category page it was listed on, 427 categories). The game's articles_dir.txt (1,966 of the same titles with
  image links) and category_dir.txt (the category pages) are not read. The titles are kept as wikiHow's writers
  wrote them, their casing and spelling. Licence: MIT (the repository's LICENSE, 2021, Themi Megas); the titles are
  wikiHow's (CC BY-NC-SA 3.0, wikiHow's own licence). Cited as `WikiHow <entry>` (the entry's place in the file,
  from 1).

Pool: the entries (in file order) of the CATEGORIES below, and those of the other categories whose title uses a film,
TV, book, celebrity or music word (WORD_KINDS below: the verb "book", an exercise "band" and a Ganesh "idol" come with
them); a title listed twice (compared without case or punctuation) is kept once, at its first place; titles an earlier
probe file cites, quotes or asks are left out (counts only are printed).

Each candidate prints the later-ranked candidates of its kind (the kind of its category, or of the word it uses: work,
book, person, music), at most FOLLOW_UPS, with their ranks in the seeded order: wikiHow gives each title alone (no
threads of one asker), so the probe file makes those that can be adapted follow-ups of the candidate, as rounds 96 and
108 did.

    python -m tooling.lead_checks.round163_sample
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
    kind_of,
    one_line,
    print_left_out,
    print_quietly,
    ranked_with_later_of_kind,
    unseen,
)

SEED = 163
FOLLOW_UPS = 12
OWN_FILE = "probes_round163_lead_check.yml"
SOURCE = "WikiHow"  # its name in citations and in the ranked output

WIKIHOW = MIRRORS / "Themis3000+wikihow_guess" / "repo"
# The commit read (the repository's newest when mirrored).
WIKIHOW_COMMIT = "f8ee09ab1ecc90214291e108bc282dfc4289fc14"
TITLES = "category_page_dir.txt"
# The wikiHow categories read, each with the kind of subject its titles ask about.
CATEGORIES = {
    "Arts and Entertainment": "work",
    "Movies": "work",
    "TV Viewing and Shows": "work",
    "Media": "work",
    "Performing Arts": "work",
    "Books": "book",
    "Reading": "book",
    "Storytelling": "book",
    "Celebrities": "person",
    "Fandom": "person",
    "Music": "music",
    "Concerts": "music",
}
# Film, TV, actor, book and music words, as wikiHow's titles write them: a title of any other category that uses one
# is read too, its kind given by the first group that matches (the verb "book" and an exercise "band" come with them).
WORD_KINDS = (
    (
        "work",
        re.compile(r"\b(?:movies?|films?|netflix|tv|television|episodes?|dvds?|cinemas?|theaters?|anime)\b", re.I),
    ),
    ("book", re.compile(r"\b(?:novels?|books?|characters?)\b", re.I)),
    ("person", re.compile(r"\b(?:celebrit(?:y|ies)|actors?|actress(?:es)?|fans?|idols?)\b", re.I)),
    ("music", re.compile(r"\b(?:songs?|bands?|singers?|musicians?|concerts?|albums?)\b", re.I)),
)
CITED_WIKIHOW = re.compile(r"\bWikiHow\s+(\d+)\b")


@dataclass(frozen=True)
class Title:
    entry: int  # the entry's place in the file, from 1
    category: str
    text: str  # the title as wikiHow writes it, without "How to"
    kind: str

    @property
    def cited(self) -> str:
        return str(self.entry)


def titles() -> list[Title]:
    """The titles of the CATEGORIES and the other titles that use a WORD_KINDS word, in file order."""
    entries = json.loads(git_text(WIKIHOW, TITLES, WIKIHOW_COMMIT))
    found: list[Title] = []
    for number, entry in enumerate(entries, 1):
        if not isinstance(entry, dict):
            continue
        category, text = str(entry.get("category", "")), one_line(str(entry.get("title", "")))
        kind = CATEGORIES.get(category) or kind_of(text, WORD_KINDS)
        if text and kind:
            found.append(Title(number, category, text, kind))
    return found


def where(title: Title) -> str:
    return f"{SOURCE} {title.cited} ({title.category}; {title.kind})"


def pool(skip: Cited) -> tuple[list[Candidate], int]:
    """The pool, each candidate with its same-kind later candidates; and how many titles an earlier probe file cites,
    quotes or asks."""
    kept, seen = unseen(titles(), lambda title: title.cited, lambda title: title.text, skip, SOURCE)
    return ranked_with_later_of_kind(kept, SOURCE, where, SEED, FOLLOW_UPS), seen


def main() -> None:
    skip = cited_earlier(OWN_FILE, {SOURCE: CITED_WIKIHOW}, asks=True)
    found, seen = pool(skip)
    print(f"# {SOURCE} commit {WIKIHOW_COMMIT}")
    print_left_out(((SOURCE, seen),), unit="titles")
    print_quietly(((SOURCE, found, len(found)),), SEED)


if __name__ == "__main__":
    main()
