"""The lead's round-45 check set: a seeded random sample of the claims that crowd workers wrote about films, TV, actors,
books and music for FEVER, each with the other claims written from the same Wikipedia page.

Reads one dataset from its mirror on this machine (`git show <commit>:<path>`, nothing is downloaded):

- FEVER (James Thorne, Andreas Vlachos, Christos Christodoulopoulos and Arpit Mittal, "FEVER: a large-scale dataset
  for Fact Extraction and VERification", NAACL 2018): short claims that crowd workers wrote in their own words from a
  sentence of a Wikipedia article's introduction, each a statement a reader could check ("Kelly Preston starred in
  Batman.", "Tenacious D started in Texas."), some of them altered on purpose by the workers (negated, made more
  general or more specific, a name or a year swapped: "Goosebumps (film) is based on a story by Jane Austen."), as
  typed (casing, grammar, odd wording and typos kept: "Girl is by an French singer."). Read from the copy of its paper
  development set (the 9,999 claims of the paper's development split, 3,333 of each label) that zixianma/interactive-
  chains (Zixian Ma's chain-of-explanations prototype) carries: data/paper_dev.jsonl, present, at commit 9d8c87b
  (2024-08-18, "added files for prototype v0", where the file entered as FEVER gives it). The repository's newest
  commit, b782dd0 (2024-09-25), holds the file as 1e679aa (2024-09-06) edited it: nine claims about one song had
  "(song)" cut from their text; that version is not read. Each line is one JSON object; only each claim's `id`,
  `claim` and the Wikipedia page titles its `evidence` names (to group the claims written from one page, and to tell
  a film's, a song's or a band's page by its "(film)", "(song)", "(band)" tag) are read, never the `label`, the
  `verifiable` flag or the evidence sentences. Licence: CC BY-SA 3.0 (the FEVER task's data page, fever.ai: the claims
  are derived from Wikipedia); the copy's repository states none. Cited as `FEVER paper_dev <id>` (the id as the data
  gives it).

FEVER pool: the claims of the file (file order) about films, TV, actors, books or music: those whose text uses a
SCREEN_WORDS word (below), or whose evidence names a page whose title carries a SCREEN_PAGE tag ("(film)", "(2004
film)", "(TV series)", "(album)", "(song)", "(novel)", "(band)", "(actor)", "(singer)", ...). The claims that FEVER
left without evidence ("NOT ENOUGH INFO") name no page and come in by their words only. The filter also lets in claims
where such a word has another sense (a rock band of soldiers, a record in sport, a player's character) or where the
work is only a step towards a place or a prize; they are kept as they come. A claim repeated (compared without case or
punctuation) is kept once, at its first place. FEVER has no dialogues; each candidate prints the other claims written
from the same Wikipedia page (the first page its evidence names; file order, at most SAME_PAGE): the probe file makes
some of them follow-ups of the candidate by writing a pronoun for the subject the two share, as round 40 did with
WikiTableQuestions' same-table questions. A claim is a statement, not a question: the probe file asks each as the
yes-or-no question a person would ask of it ("Is it true that ...?", "Did ...?", "Was ...?"), its words kept
otherwise.

Claims that any tests/nlu/probes*.yml already cites (by a `FEVER paper_dev <id>` citation), quotes or asks word for
word are left out. The pool is shuffled with a fixed seed and printed in that order. The probe file
tests/nlu/probes_round45_lead_check.yml takes the candidates in this order, skipping only those that cannot be adapted
to a question about this single film or whose adaptation repeats an earlier kept one (its header says which ranks were
skipped).

    python -m tooling.lead_checks.round45_sample [--fever N]
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from tooling.lead_checks.mirrors import (
    MIRRORS,
    Candidate,
    cited_earlier,
    first_unseen,
    git_text,
    normalised,
    one_source_main,
    stored_in_folder,
)

SEED = 45
SAME_PAGE = 12  # at most this many other claims of the same page are printed
OWN_FILE = "probes_round45_lead_check.yml"

FEVER = MIRRORS / "zixianma+interactive-chains" / "repo"
# The commit read: the one where the file entered, as FEVER gives it (1e679aa later cut "(song)" from nine claims).
FEVER_COMMIT = "9d8c87b34e741024fcf82847c77e374b55b0ec85"
FEVER_FOLDER = "data/"
# The file read: FEVER's paper development split (9,999 claims).
FEVER_FILE = "paper_dev.jsonl"

# Film, TV, actor, book and music words, as FEVER's claim writers use them. "show" is kept only as a programme (a TV
# show, the show), "series" not as "a series of", "record" only as a record label or a recording.
SCREEN_WORDS = re.compile(
    r"\b(?:movies?|films?|filmed|filmmakers?|cinemas?|actors?|actress(?:es)?|acting|acted|starr(?:ed|ing)|co-?starr(?:ed|"
    r"ing)|(?:film|movie|tv|television) stars?|characters?|roles?|portray(?:ed|s)?|directors?|directed|sequels?|"
    r"prequels?|remakes?|screenplays?|screenwriters?|episodes?|seasons?|series(?! of)|tv|television|sitcoms?|"
    r"miniseries|soap operas?|cartoons?|animated|anime|manga|netflix|hbo|hollywood|bollywood|oscars?|academy awards?|"
    r"emmys?|golden globes?|grammys?|box office|(?:tv|talk|game|reality|the|a|this) shows?|premiered?|aired|"
    r"broadcast|novels?|novelists?|novellas?|books?|authors?|writers?|poems?|poets?|comics?|songs?|songwriters?|"
    r"singers?|sings?|sang|sung|singles?|bands?|albums?|EPs?|mixtapes?|music|musicians?|musicals?|lyrics|"
    r"soundtracks?|composers?|composed|rappers?|hip hop|record(?:ed|ing)?s? (?:label|artist|deal)|recording artists?|"
    r"records|guitarists?|drummers?|bassists?|concerts?|tours?|cast|comed(?:y|ies)|comedians?|thrillers?|dramas?|"
    r"horror|documentar(?:y|ies)|operas?)\b",
    re.IGNORECASE,
)
# The tag FEVER's page titles give a film's, a show's, a work's or a performer's page ("Soul_Food_-LRB-film-RRB-",
# "Riverdale_-LRB-2017_TV_series-RRB-", "Halsey_-LRB-singer-RRB-").
SCREEN_PAGE = re.compile(
    r"-LRB-(?:[^-]*_)?(?:film|movie|TV_series|TV_program(?:me)?|series|miniseries|sitcom|soap_opera|franchise|album|"
    r"EP|song|single|soundtrack|musical|opera|novel|book|novella|comics|manga|band|group|singer|rapper|musician|"
    r"actor|actress|comedian|entertainer|director|filmmaker|writer|author|novelist|character)-RRB-"
)
CITED_FEVER = re.compile(r"\bFEVER\s+paper_dev\s+(\d+)")
SOURCE = "FEVER"  # its name in citations and in the ranked output


@dataclass(frozen=True)
class Claim:
    id: str  # as the data gives it: a number
    text: str
    page: str  # the first Wikipedia page its evidence names, "" when none (FEVER's NOT ENOUGH INFO)
    screen_page: bool  # whether a page its evidence names carries a SCREEN_PAGE tag


def one_line(text: str) -> str:
    return " ".join(text.split())


def evidence_pages(evidence: list) -> list[str]:
    """The Wikipedia page titles an `evidence` field names, in its order, each once (an evidence item is
    [annotation id, evidence id, page, sentence]; only the page is read)."""
    pages: list[str] = []
    for group in evidence:
        for item in group:
            if item[2] and item[2] not in pages:
                pages.append(item[2])
    return pages


def fever_claims() -> list[Claim]:
    """Every claim of the stored FEVER file, in file order (only its id, text and evidence pages are read, never the
    label or the evidence sentences)."""
    if FEVER_FILE not in stored_in_folder(FEVER, FEVER_COMMIT, FEVER_FOLDER):
        return []
    found: list[Claim] = []
    for line in git_text(FEVER, FEVER_FOLDER + FEVER_FILE, FEVER_COMMIT).splitlines():
        item = json.loads(line)
        pages = evidence_pages(item["evidence"])
        screen_page = any(SCREEN_PAGE.search(page) for page in pages)
        found.append(Claim(str(item["id"]), one_line(item["claim"]), pages[0] if pages else "", screen_page))
    return found


def fever_pool() -> list[Candidate]:
    every = fever_claims()
    skip = cited_earlier(OWN_FILE, {SOURCE: CITED_FEVER}, asks=True)
    kept = first_unseen(
        (claim for claim in every if claim.screen_page or SCREEN_WORDS.search(claim.text)),
        lambda claim: claim.text,
        lambda claim: claim.id in skip.ids[SOURCE] or normalised(claim.text) in skip.texts,
    )
    pool = []
    for claim in kept:
        others = [other for other in every if claim.page and other.page == claim.page and other.id != claim.id]
        same_page = tuple(f"same page: {other.id}: {other.text}" for other in others[:SAME_PAGE])
        pool.append(Candidate(SOURCE, f"paper_dev {claim.id} ({claim.page or '-'})", claim.text, same_page))
    return pool


def main() -> None:
    one_source_main(__doc__.splitlines()[0], SOURCE, fever_pool, SEED)


if __name__ == "__main__":
    main()
