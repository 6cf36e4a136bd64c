"""The lead's round-144 check set: a seeded random sample of the 'Ask HN' post titles that Hacker News users typed
(the questions they put to the site's readers), each with the later-ranked titles of the same kind of subject.

Reads one dataset from its mirror on this machine (`git show <commit>:<path>`, nothing is downloaded):

- Hacker News Posts (the Kaggle dataset "hacker-news/hacker-news-posts": the posts submitted to Hacker News,
  news.ycombinator.com, from September 2015 to 26 September 2016, each with the title its user typed), in the
  20,000-row sample that Dataquest's "Exploring Hacker News Posts" project hands out (the posts with at least one
  comment, sampled at random from almost 300,000), as Folawalker/Exploring-Hacker-News-Posts holds it:
  hacker_news.csv (columns id, title, url, num_points, num_comments, author, created_at; 20,100 rows), present (3.1 MB,
  a real blob, not an LFS pointer), at commit efc01a3 (efc01a38e41a01bd54c7321958ff0c6e3e44984a, 2025-03-22, the
  repository's newest; the file entered in 3e31ddc, 2024-10-21). Only each row's id and title are read, never the
  author, points or link. Licence: none stated (the repository has no licence file and its README states none); the
  titles are the users' own posts on a public site. Cited as `HN <post id>` (the Hacker News item id).

Pool: the rows (in file order) whose title opens with "Ask HN" (any case: the users' own tag) and asks (holds "?");
the tag is cut from the candidate's text (the question is what follows it). Most ask about programming, careers,
companies and products; the film, book, music and people questions are few, so the pool is not narrowed by subject,
and the probe file adapts the titles whose subject is named (a product, site, company or person) and takes the
off-topic ones up to its share. Each title's kind is the first of SUBJECTS whose words it uses, else OTHER. A text
repeated (compared without case or punctuation) is kept once, at its first place; titles an earlier probe file
cites, quotes or asks are left out (counts only are printed).

Hacker News titles stand alone (the comments are not in this file), so each candidate prints the later-ranked
candidates of the same kind, with their ranks in the seeded order, at most FOLLOW_UPS: the probe file makes those of
them that it keeps and that go on with the same subject follow-ups of the candidate, with the names changed the same
way, as rounds 96 and 106 did. FOLLOW_UPS is large because nine titles in ten are of the one kind OTHER and few of
them can be adapted: four later titles would almost never hold one.

    python -m tooling.lead_checks.round144_sample
"""

from __future__ import annotations

import csv
import io
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

SEED = 144
FOLLOW_UPS = 40
OWN_FILE = "probes_round144_lead_check.yml"
SOURCE = "HN"  # its name in citations and in the ranked output

HACKER_NEWS = MIRRORS / "Folawalker+Exploring-Hacker-News-Posts" / "repo"
# The commit read (the repository's newest when mirrored).
HACKER_NEWS_COMMIT = "efc01a38e41a01bd54c7321958ff0c6e3e44984a"
POSTS = "hacker_news.csv"

ASK_HN = re.compile(r"^\s*ask\s+hn\s*[:\-]?\s*", re.IGNORECASE)
# The kinds of subject, each with the words that tell it, as Hacker News users write them; the first that matches.
SUBJECTS = (
    (
        "screen",
        r"movies?|films?|netflix|cinemas?|actors?|actress(?:es)?|tv|television|shows?|series|documentar(?:y|ies)"
        r"|anime|youtube|videos?|watch(?:ed|ing)?|stream(?:ing)?|hollywood|directors?|trailers?",
    ),
    ("book", r"books?|e-?books?|novels?|authors?|read(?:ing|s)?|fiction|publish(?:ed|er|ing)?|stor(?:y|ies)"),
    ("music", r"music|songs?|bands?|albums?|listen(?:ing)?|spotify|singers?|lyrics"),
    ("art", r"art|artists?|draw(?:ing)?|paint(?:ing|er)?|sketch(?:ing)?|design(?:ers?)?"),
    (
        "life",
        r"die|dying|death|dead|sick|illness|cancer|heart|hospital|doctors?|love|dating|friends?|teen(?:age|s)?"
        r"|high school|japan(?:ese)?",
    ),
    ("person", r"who|whom|whose"),
)
KINDS = tuple((kind, re.compile(rf"\b(?:{words})\b", re.IGNORECASE)) for kind, words in SUBJECTS)
OTHER = "other"  # the kind of a title that uses no SUBJECTS word
CITED_HN = re.compile(r"\bHN\s+(\d+)\b")


@dataclass(frozen=True)
class Title:
    post_id: str  # the Hacker News item id
    text: str  # the title after its "Ask HN:" tag, as typed
    kind: str


def titles() -> list[Title]:
    """The asking 'Ask HN' titles, in file order, the tag cut, each with its kind of subject."""
    rows = csv.DictReader(io.StringIO(git_text(HACKER_NEWS, POSTS, HACKER_NEWS_COMMIT).lstrip("\ufeff")))
    found: list[Title] = []
    for row in rows:
        title = one_line(row.get("title") or "")
        tag = ASK_HN.match(title)
        if not tag or "?" not in title:
            continue
        text = title[tag.end() :]
        kind = next((kind for kind, pattern in KINDS if pattern.search(text)), OTHER)
        if text:
            found.append(Title(str(row.get("id") or ""), text, kind))
    return found


def where(title: Title) -> str:
    return f"{SOURCE} {title.post_id} ({title.kind})"


def pool(skip: Cited) -> tuple[list[Candidate], int]:
    """The pool, each candidate with its same-kind later candidates, and how many of its titles an earlier probe
    file cites, quotes or asks."""
    kept, seen = unseen(titles(), lambda title: title.post_id, lambda title: title.text, skip, SOURCE)
    return ranked_with_later_of_kind(kept, SOURCE, where, SEED, FOLLOW_UPS), seen


def main() -> None:
    skip = cited_earlier(OWN_FILE, {SOURCE: CITED_HN}, asks=True)
    found, seen = pool(skip)
    print_left_out(((SOURCE, seen),), unit="titles")
    print_quietly(((SOURCE, found, len(found)),), SEED)


if __name__ == "__main__":
    main()
