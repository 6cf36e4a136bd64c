"""The lead's round-101 check set: a seeded random sample of what real users typed or said to the Almond virtual
assistant (Stanford's open assistant, deployed on the web, Android, GNOME and a home server) that its logs kept and its
developers annotated, keeping the requests that use a film, TV, book or music word (and the off-topic ones the filter
lets in), each with the same conversation's later user turns or, for a request alone in its log entry, the
later-ranked requests about the same kind of subject.

Reads one dataset from its mirror on this machine (`git show <commit>:<path>`, nothing is downloaded):

- The Thingpedia evaluation dialogues of Almond (Giovanni Campagna, Silei Xu, Mehrad Moradshahi, Richard Socher and
  Monica S. Lam, "Genie: A Generator of Natural Language Semantic Parsers for Virtual Assistant Commands", PLDI 2019;
  the Almond/Genie project of Monica Lam's Stanford Open Virtual Assistant Lab): each Thingpedia skill keeps
  hand-annotated dev and train dialogues in eval/{dev,train}/annotated.txt, one dialogue between `====` lines, its id
  on the first `# ` line, the user's turns on `U: ` lines (the agent's on `A: ` lines, the ThingTalk on `UT:`, `C:`,
  `AT:` lines). The id names where the dialogue came from (the repository's doc/adding-new-device.md,
  doc/maintainer.md and doc/log-processing.md): `log/<n>` and `log-dev/<n>` are the commands that users of the
  deployed Almond (almond.stanford.edu and dev.almond.stanford.edu) sent and agreed to share (the "passive" logs),
  `recording/<hex>` the whole conversations that users of Web Almond recorded with "Enable recording", and
  `online/<n>` the commands that users typed into the deployed Train Almond page. Only those ids are read (REAL_USER
  below); the dialogues of other origins are not: crowd paraphrases (`mturk`, `turking`), the team's own (`manual`,
  and the researcher-prefixed `online/ep…`, `online/cheat…`, `online/count-…`, `online/ac…`, `online/agg-…`,
  `online/ifttt…`), other datasets (`snips-nlu`, `multiwoz`, `sgd`, `schemaorg`, `nlu-modified`) and the numbered
  ones. Read from stanford-oval/thingpedia-common-devices at commit 35592e1 (2022-02-09, its newest): every stored
  `.../eval/{dev,train}/annotated.txt` (ANNOTATED below: each skill's, and the release aggregates under eval/), all
  present. A dialogue in several files (a skill's file and an aggregate) is read once, from the first file in path
  order. Only the `# ` id and the `U: ` turns are read, never the agent's replies or the ThingTalk. The turns are kept
  as stored: the logs lower-case, the recordings as typed or transcribed, their spelling ("irone maiden",
  "gorillatz", "aroud"). A turn whose named entities the logs replaced with placeholders ("QUOTED_STRING",
  "str:...::0:") is left out: its words are not all the user's. Licence: the repository's LICENSE, BSD 3-Clause
  (README: datasets under another licence carry it in their folder; only the Snips benchmark, not read, does). Cited
  as `Thingpedia <id>#<turn>` (the dialogue's id, its user turn from 1).

Pool: the user turns (in path order, file order, turn order) that use a film, TV, book or music word (SCREEN_WORDS
below, which counts "play" and "spotify": Almond's users ask it to play music); the filter also lets in turns where
such a word has another sense or subject (a "tv stand", a "radio" station, "youtube" videos, "play" a podcast, "read"
a news story); they come with the rest of the sample. A text repeated (compared without case or punctuation) is kept
once, at its first place; texts an earlier probe file cites, quotes or asks are left out (counts only are printed).

The earlier probe files are read as mirrors.cited_earlier reads them, except the sealed ones this round's rules keep
closed (SEALED below); no probe file names Thingpedia or Almond, so leaving them unread leaves nothing of it in.

A candidate whose dialogue goes on prints the dialogue's next user turns ("turn <n>: <text>", at most FOLLOW_UPS),
whatever their words ("play it", "what about the album"); a candidate with no later turn prints the later-ranked
candidates of its kind of subject (SUBJECT_KINDS below), with their ranks in the seeded order, at most FOLLOW_UPS, as
round 72 did with AfriQA's questions. The kind is a rough guide for the writer, who reads each turn.

    python -m tooling.lead_checks.round101_sample
"""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass

from tooling.lead_checks.mirrors import (
    ASKED,
    MIRRORS,
    PROBE_DIR,
    QUOTED,
    Candidate,
    Cited,
    git_text,
    kind_of,
    normalised,
    one_line,
    print_one_pool,
    ranked_with_later_of_kind,
    unseen,
)

SEED = 101
FOLLOW_UPS = 4
OWN_FILE = "probes_round101_lead_check.yml"
SOURCE = "Thingpedia"  # its name in citations and in the ranked output

THINGPEDIA = MIRRORS / "stanford-oval+thingpedia-common-devices" / "repo"
# The commit read (the repository's newest when mirrored).
THINGPEDIA_COMMIT = "35592e1f22f9318d1f26ca79f0ab86e50e55ae87"
# The annotated dev and train dialogues of a skill, or of a release aggregate under eval/.
ANNOTATED = re.compile(r"(?:^|/)eval/(?:[^/]+/)?(?:dev|train)/annotated\.txt$")
# The ids of dialogues that real users of the deployed Almond typed or said: its passive logs (prod and dev), Web
# Almond's recordings, and Train Almond (numbered ids only: the letter-prefixed ones are the team's own).
REAL_USER = re.compile(r"^(?:(?:log|log-dev|online)/\d+|recording/[0-9a-f]{32})$")
# An entity the logs replaced with a placeholder.
PLACEHOLDER = re.compile(r"QUOTED_STRING|[A-Z]+_[A-Z_]*\d|\bstr:|::")
# Lead checks this round's rules keep closed, and other round-100+ helpers' files.
SEALED = re.compile(r"^probes_round(?:26b|7[3-5]_|9[7-9]_|1\d\d_)")
CITED_THINGPEDIA = re.compile(r"\bThingpedia\s+((?:log|log-dev|online|recording)/[0-9a-f]+#\d+)")

# Film, TV, book and music words, as Almond's users type or say them (Almond plays music from Spotify and radio).
SCREEN_WORDS = re.compile(
    r"\b(?:movies?|films?|cinemas?|actors?|actress(?:es)?|starr(?:ed|ing)|cast|characters?|directors?|directed|"
    r"sequels?|episodes?|seasons?|series|tv|television|shows|sitcoms?|cartoons?|anime|netflix|hulu|imdb|trailers?|"
    r"youtube|videos?|novels?|books?|authors?|wrote|written|poems?|poets?|stor(?:y|ies)|read|"
    r"songs?|singers?|sang|sings?|bands?|albums?|music|musicians?|lyrics|soundtracks?|composers?|artists?|tracks?|"
    r"playlists?|podcasts?|radio|spotify|play|plays|playing|played|rappers?|hits?)\b",
    re.IGNORECASE,
)
# What a turn asks about, by its wording, the first that matches.
SUBJECT_KINDS = (
    (
        "book",
        re.compile(r"\b(?:novels?|books?|authors?|wrote|written|poems?|poets?|stor(?:y|ies)|read)\b", re.IGNORECASE),
    ),
    (
        "person",
        re.compile(r"\b(?:actors?|actress(?:es)?|starr(?:ed|ing)|cast|characters?|directors?|directed)\b", re.I),
    ),
    (
        "work",
        re.compile(
            r"\b(?:movies?|films?|cinemas?|sequels?|episodes?|seasons?|series|tv|television|shows|sitcoms?|"
            r"cartoons?|anime|netflix|hulu|imdb|trailers?|youtube|videos?)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "music",
        re.compile(
            r"\b(?:songs?|singers?|sang|sings?|bands?|albums?|music|musicians?|lyrics|soundtracks?|composers?|"
            r"artists?|tracks?|playlists?|podcasts?|radio|spotify|play|plays|playing|played|rappers?|hits?)\b",
            re.IGNORECASE,
        ),
    ),
)


@dataclass(frozen=True)
class Turn:
    dialogue: str  # the dialogue's id, as the data gives it
    number: int  # the user turn's place in its dialogue, from 1
    text: str  # as stored, runs of whitespace made single spaces
    kind: str  # a SUBJECT_KINDS name, or "" when none matches
    later: tuple[str, ...]  # the dialogue's next user turns, "turn <n>: <text>", at most FOLLOW_UPS

    @property
    def cited(self) -> str:
        return f"{self.dialogue}#{self.number}"


def annotated_files() -> list[str]:
    """The ANNOTATED files whose content the mirror holds at THINGPEDIA_COMMIT (`git ls-tree -l` lists a missing blob
    as BAD), in path order; none when the mirror is not on this machine."""
    if not THINGPEDIA.is_dir():
        return []
    listing = subprocess.run(
        ["git", "-C", str(THINGPEDIA), "ls-tree", "-r", "-l", THINGPEDIA_COMMIT],
        capture_output=True,
        text=True,
        check=False,
    ).stdout
    rows = (line.split(None, 4) for line in listing.splitlines())
    return sorted(row[4] for row in rows if len(row) == 5 and row[3].isdigit() and ANNOTATED.search(row[4]))


def dialogues() -> dict[str, list[str]]:
    """The user turns of every REAL_USER dialogue, by id, each dialogue from the first file (in path order) that holds
    it; only the `# ` id line and the `U: ` lines are read."""
    found: dict[str, list[str]] = {}
    for path in annotated_files():
        for block in re.split(r"^====\s*$", git_text(THINGPEDIA, path, THINGPEDIA_COMMIT), flags=re.MULTILINE):
            lines = block.splitlines()
            ids = [line[2:].strip() for line in lines if line.startswith("# ")]
            if not ids or not REAL_USER.match(ids[0]) or ids[0] in found:
                continue
            found[ids[0]] = [one_line(line[3:]) for line in lines if line.startswith("U: ")]
    return found


def turns() -> list[Turn]:
    """The user turns of the real users' dialogues that use a SCREEN_WORDS word and hold no placeholder, in the order
    read, each with its dialogue's next user turns."""
    found: list[Turn] = []
    for dialogue, said in dialogues().items():
        for index, text in enumerate(said):
            if not text or not SCREEN_WORDS.search(text) or PLACEHOLDER.search(text):
                continue
            later = tuple(f"turn {index + 2 + step}: {after}" for step, after in enumerate(said[index + 1 :]))
            found.append(Turn(dialogue, index + 1, text, kind_of(text, SUBJECT_KINDS), later[:FOLLOW_UPS]))
    return found


def cited_in_open_files() -> Cited:
    """mirrors.cited_earlier with `asks=True`, over every tests/nlu/probes*.yml except this sampler's own output file
    and the SEALED ones: their Thingpedia citations, the originals they quote and the questions they ask,
    normalised."""
    found = Cited({SOURCE: set()}, set())
    for path in sorted(PROBE_DIR.glob("probes*.yml")):
        if path.name == OWN_FILE or SEALED.match(path.name):
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            found.ids[SOURCE].update(CITED_THINGPEDIA.findall(line))
            found.texts.update(normalised(quoted) for quoted in QUOTED.findall(line))
            asked = ASKED.search(line)
            if asked:
                found.texts.add(normalised(asked.group(1)))
    return found


def where(turn: Turn) -> str:
    return f"{turn.cited} ({turn.kind or '-'})"


def pool(skip: Cited) -> tuple[list[Candidate], int]:
    """The pool, each candidate with its dialogue's next user turns or, when it has none, its same-kind later
    candidates; and how many of the pool's turns an earlier probe file cites, quotes or asks."""
    kept, seen = unseen(turns(), lambda turn: turn.cited, lambda turn: turn.text, skip, SOURCE)
    ranked = ranked_with_later_of_kind(kept, SOURCE, where, SEED, FOLLOW_UPS)
    return [
        Candidate(candidate.source, candidate.where, candidate.text, turn.later or candidate.follow_ups)
        for turn, candidate in zip(kept, ranked, strict=True)
    ], seen


def main() -> None:
    found, seen = pool(cited_in_open_files())
    print_one_pool(SOURCE, found, seen, SEED)


if __name__ == "__main__":
    main()
