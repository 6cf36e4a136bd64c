"""The lead's round-115 check set: a seeded random sample of what real people typed to conversational film
recommenders in CRSArena-Dial, each with the turn the system said before it and the same person's later requests in
the same conversation.

Reads one dataset from its mirror on this machine (`git show <commit>:<path>`, nothing is downloaded):

- CRSArena-Dial (Nolwenn Bernard, Hideaki Joko, Faegheh Hasibi and Krisztian Balog, "CRS Arena: Crowdsourced
  Benchmarking of Conversational Recommender Systems", WSDM 2025 demo): 474 English conversations in which people
  chatted, in their own words, with one of nine conversational film recommenders (KBRD, BARCOR, UniCRS, CRB-CRS and
  ChatGPT-based ones trained on ReDial or OpenDialKG) in the CRS Arena, asking for films and following up on the
  films offered (their plot, cast, year, rating, where to see them). Two settings: `open` (254 conversations, anyone
  who came to the arena) and `closed` (220, Prolific crowd workers asked to have at least five exchanges). Read from
  the authors' repository iai-group/crsarena-dial at commit dd7f4e7 (dd7f4e7dd3bcb93673d0711632135de84d3b6d91,
  2024-10-02, its newest; the data files entered in 846a9dc, 2024-09-28): data/crs_arena_dial_open.json (623 kB) and
  data/crs_arena_dial_closed.json (714 kB), both present (real blobs, not LFS pointers). Only each utterance's
  participant, text and ID are read; the systems' utterances are printed as context only (a model wrote them), and
  the sentiment labels and vote files are never read. Licence: none stated (the repository holds no licence file and
  its README names none). Cited as `CRSArena <setting> <utterance ID>` (the ID as the data gives it,
  "<system>-<user id>_<n>").

Pool: the people's (USER) utterances that ask something (a sentence ending in "?", or one opening with a question or
request word: ASKING below), in settings order (open, closed), file order and utterance order. A text repeated
(compared without case or punctuation) is kept once, at its first place: one person of the closed setting often typed
the same opening to two systems. Utterances an earlier probe file cites, quotes or asks are left out (counts only are
printed).

Each candidate prints the system's utterance before it (context only) and the same person's later asking utterances
in the same conversation that are in the pool themselves (none an earlier probe file asks, none a repeat of an earlier
text), at most FOLLOW_UPS: the probe file makes those of them that can be adapted follow-ups of the
candidate, so that a conversation keeps the person's own sequence of requests.

    python -m tooling.lead_checks.round115_sample [--crsarena N]
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from tooling.lead_checks.mirrors import (
    MIRRORS,
    Candidate,
    asks,
    cited_earlier,
    git_text,
    one_line,
    one_source_main,
    print_left_out,
    stored_in_folder,
    unseen,
)

SEED = 115
FOLLOW_UPS = 3
OWN_FILE = "probes_round115_lead_check.yml"
SOURCE = "CRSArena"  # its name in citations and in the ranked output

CRSARENA = MIRRORS / "iai-group+crsarena-dial" / "repo"
# The commit read (the repository's newest when mirrored).
COMMIT = "dd7f4e7dd3bcb93673d0711632135de84d3b6d91"
FOLDER = "data/"
# The files read, in this order, with the setting they are cited by.
FILES = (("open", "crs_arena_dial_open.json"), ("closed", "crs_arena_dial_closed.json"))
# An utterance that opens with a question or request word asks even without a question mark ("What is the plot of
# Superbad 2007", "Recommend me r movi in the science fiction genre").
ASKING = re.compile(
    r"^\W*(?:what|what's|whats|who|who's|whom|whose|when|where|which|why|how|is|isn't|are|aren't|was|were|do|does|"
    r"did|can|could|would|will|should|shall|has|have|tell|give|recommend|suggest|show|list|name|find|any|explain|"
    r"describe|please|i want|i need|i'd like|i would like|i'm looking|i am looking|looking for)\b",
    re.IGNORECASE,
)
CITED = re.compile(r"\bCRSArena\s+((?:open|closed)\s+\S+_\d+)\b")


@dataclass(frozen=True)
class Utterance:
    utterance_id: str
    participant: str  # USER or AGENT
    text: str


@dataclass(frozen=True)
class Request:
    setting: str
    utterances: tuple[Utterance, ...]  # the whole conversation
    index: int  # the request's place among the utterances, from 0

    @property
    def text(self) -> str:
        return self.utterances[self.index].text

    @property
    def cited(self) -> str:
        return f"{self.setting} {self.utterances[self.index].utterance_id}"


def asking(utterance: Utterance) -> bool:
    return utterance.participant == "USER" and (asks(utterance.text) or bool(ASKING.match(utterance.text)))


def conversations(name: str) -> list[tuple[Utterance, ...]]:
    """One file's conversations, in file order, each its utterances in order (three keys of each are read)."""
    found = []
    for conversation in json.loads(git_text(CRSARENA, FOLDER + name, COMMIT)):
        said = (
            Utterance(str(u["utterance ID"]), str(u["participant"]), one_line(str(u["utterance"])))
            for u in conversation["conversation"]
        )
        found.append(tuple(u for u in said if u.text))
    return found


def requests() -> list[Request]:
    """The people's asking utterances of the stored files, in FILES order, file order and utterance order."""
    present = stored_in_folder(CRSARENA, COMMIT, FOLDER)
    found: list[Request] = []
    for setting, name in FILES:
        if name not in present:
            continue
        for utterances in conversations(name):
            found.extend(Request(setting, utterances, i) for i, u in enumerate(utterances) if asking(u))
    return found


def with_context(request: Request, pooled: set[str]) -> Candidate:
    """The candidate, with the system's turn before it and the same person's later requests of the pool."""
    said, index = request.utterances, request.index
    before = (f"before (system): {said[index - 1].text}",) if index and said[index - 1].participant != "USER" else ()
    later = tuple(
        f"later {said[other].utterance_id.rpartition('_')[2]}: {said[other].text}"
        for other in range(index + 1, len(said))
        if f"{request.setting} {said[other].utterance_id}" in pooled
    )
    return Candidate(SOURCE, request.cited, request.text, before + later[:FOLLOW_UPS])


def pool() -> list[Candidate]:
    skip = cited_earlier(OWN_FILE, {SOURCE: CITED}, asks=True)
    kept, seen = unseen(requests(), lambda r: r.cited, lambda r: r.text, skip, SOURCE)
    print_left_out(((SOURCE, seen),), unit="utterances")
    pooled = {request.cited for request in kept}
    return [with_context(request, pooled) for request in kept]


def main() -> None:
    one_source_main(__doc__.splitlines()[0], SOURCE, pool, SEED)


if __name__ == "__main__":
    main()
