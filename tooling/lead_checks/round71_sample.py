"""The lead's round-71 check set: a seeded random sample of the questions about films, TV, actors, books and music
said in the Friends scenes of DialogRE (with the same scene's later questions), and in SPOLIN's improvised and film
dialogue pairs.

Reads two datasets from their mirrors on this machine (`git show <commit>:<path>`, nothing is downloaded):

- DialogRE (Dian Yu, Kai Sun, Claire Cardie and Dong Yu, "Dialogue-Based Relation Extraction", ACL 2020): 1,788
  scenes of the transcripts of the TV series Friends, each annotated with relations between the people and things
  named. Read from the authors' repository nlpdata/dialogre at commit b23e6cd (2020-09-17, its newest): the English
  version 2 files data_v2/en/data/dev.json (358 scenes) and data_v2/en/data/test.json (357), both present. Each item is
  a list of [scene lines, relations]; only the lines are read ("Speaker <n>: <text>"; the speaker prefix is dropped),
  never the relations. train.json is not read (the dev and test scenes suffice). Licence: the repository's
  license.txt, "intended for non-commercial research purpose only". Cited as `DialogRE <split> <scene>.<line>` (the
  scene its place in the file, the line its place in the scene, both from 1).
- SPOLIN (Hyundong Cho and Jonathan May, "Grounding Conversations with Improvised Dialogues", ACL 2020): prompt and
  response pairs, the improvised ones transcribed from the improv podcast Spontaneanation (real improvisers talking,
  unscripted) and film ones from the Cornell Movie-Dialogs Corpus. Read from wise-east/spolin at commit 6d2a48c
  (2025-02-19, its newest): data/spolin-valid.json (present; the train files are absent blobs). Read: the `yesands`
  pairs of both parts (`spont`, `cornell`) and the `non-yesands` pairs of `cornell`; the `non-yesands` of `spont` are
  skipped because the README says they were made artificially by mixing and matching unrelated lines. Only `p` and `r`
  are read. Licence: CC BY-NC 4.0 (data/README.md). Cited as `SPOLIN valid <label> <part> <pair>.<p|r>` (the pair its
  place in its list, from 1).

Pools: in DialogRE, every line that holds a sentence ending in "?" and uses a SCREEN_WORDS word; each prints the line
said before it and the same scene's later asking lines (at most FOLLOW_UPS), which the probe file may make follow-ups.
In SPOLIN, every prompt or response that asks and uses such a word; a prompt's response that also asks is printed as
its possible follow-up. Runs of whitespace are read as one space; the text is otherwise kept as the data gives it.
A candidate cited, quoted or asked by any earlier tests/nlu/probes*.yml is left out (only how many is printed), and
each text is kept once. Each pool is shuffled with a fixed seed and printed in that order.

    python -m tooling.lead_checks.round71_sample [--dialogre N] [--spolin N]
"""

from __future__ import annotations

import argparse
import json
import re
from dataclasses import dataclass

from tooling.lead_checks.mirrors import (
    MIRRORS,
    Candidate,
    Cited,
    asks,
    cited_earlier,
    first_unseen,
    git_text,
    normalised,
    one_line,
    print_left_out,
    print_quietly,
    stored_in_folder,
)

SEED = 71
FOLLOW_UPS = 4
OWN_FILE = "probes_round71_lead_check.yml"

DIALOGRE = MIRRORS / "nlpdata+dialogre" / "repo" / ".git"
DIALOGRE_COMMIT = "b23e6cd7d811a68cf0aafa40e299143b857964e2"
DIALOGRE_FOLDER = "data_v2/en/data/"
DIALOGRE_FILES = (("dev", "dev.json"), ("test", "test.json"))
DIALOGRE_SOURCE = "DialogRE"
CITED_DIALOGRE = re.compile(r"\bDialogRE\s+((?:dev|test)\s+\d+\.\d+)")
SPEAKER = re.compile(r"^Speaker \d+:\s*")

SPOLIN = MIRRORS / "wise-east+spolin" / "repo"
SPOLIN_COMMIT = "6d2a48c3600c640aa4fa4a3fa6276b8eed19232a"
SPOLIN_FILE = "data/spolin-valid.json"
# The lists read: (label, part); spont's non-yesands are artificial pairs and are not read.
SPOLIN_LISTS = (("yesands", "spont"), ("yesands", "cornell"), ("non-yesands", "cornell"))
SPOLIN_SOURCE = "SPOLIN"
CITED_SPOLIN = re.compile(r"\bSPOLIN\s+valid\s+((?:non-)?yesands\s+\w+\s+\d+\.[pr])")

# Film, TV, actor, book and music words ("show" only as a programme, "play" as a play or playing a part).
SCREEN_WORDS = re.compile(
    r"\b(?:movies?|films?|cinemas?|actors?|actress(?:es)?|acting|starr(?:ed|ing)|characters?|directors?|directed|"
    r"sequels?|episodes?|series|tv|television|soap operas?|sitcoms?|cartoons?|hollywood|oscars?|audition(?:s|ed)?|"
    r"casting|roles?|scripts?|(?:tv|talk|game|the|that|this|your|my|a) shows?|novels?|books?|authors?|writers?|"
    r"wrote|written|stor(?:y|ies)|poems?|songs?|singers?|sing|sang|bands?|albums?|music|musicians?|musicals?|lyrics|"
    r"concerts?|plays?|theat(?:er|re)s?|comed(?:y|ies)|drama|romance|romantic|ending|premiere)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Line:
    split: str
    scene: int  # its place in the file, from 1
    lines: tuple[str, ...]
    index: int  # from 0

    @property
    def text(self) -> str:
        return self.lines[self.index]

    def cited(self, index: int) -> str:
        return f"{self.split} {self.scene}.{index + 1}"


def dialogre_questions() -> list[Line]:
    present = stored_in_folder(DIALOGRE, DIALOGRE_COMMIT, DIALOGRE_FOLDER)
    found: list[Line] = []
    for split, name in DIALOGRE_FILES:
        if name not in present:
            continue
        scenes = json.loads(git_text(DIALOGRE, DIALOGRE_FOLDER + name, DIALOGRE_COMMIT))
        for number, (raw, _relations) in enumerate(scenes, 1):
            lines = tuple(one_line(SPEAKER.sub("", line)) for line in raw)
            found.extend(
                Line(split, number, lines, index)
                for index, line in enumerate(lines)
                if asks(line) and SCREEN_WORDS.search(line)
            )
    return found


def with_context(question: Line) -> Candidate:
    lines, index = question.lines, question.index
    before = (f"before {index}: {lines[index - 1]}",) if index else ()
    later = tuple(f"line {other + 1}: {lines[other]}" for other in range(index + 1, len(lines)) if asks(lines[other]))
    return Candidate(DIALOGRE_SOURCE, question.cited(index), question.text, before + later[:FOLLOW_UPS])


def dialogre(skip: Cited) -> tuple[list[Candidate], int]:
    every = dialogre_questions()
    seen = {
        question
        for question in every
        if question.cited(question.index) in skip.ids[DIALOGRE_SOURCE] or normalised(question.text) in skip.texts
    }
    kept = first_unseen(every, lambda question: question.text, lambda question: question in seen)
    return [with_context(question) for question in kept], len(seen)


def spolin(skip: Cited) -> tuple[list[Candidate], int]:
    data = json.loads(git_text(SPOLIN, SPOLIN_FILE, SPOLIN_COMMIT))
    every: list[Candidate] = []
    for label, part in SPOLIN_LISTS:
        for number, pair in enumerate(data[label][part], 1):
            prompt, response = one_line(pair["p"]), one_line(pair["r"])
            if asks(prompt) and SCREEN_WORDS.search(prompt):
                follow = (f"response: {response}",) if asks(response) else ()
                every.append(Candidate(SPOLIN_SOURCE, f"valid {label} {part} {number}.p", prompt, follow))
            if asks(response) and SCREEN_WORDS.search(response):
                every.append(
                    Candidate(SPOLIN_SOURCE, f"valid {label} {part} {number}.r", response, (f"prompt: {prompt}",))
                )
    seen = {
        candidate
        for candidate in every
        if candidate.where.removeprefix("valid ") in skip.ids[SPOLIN_SOURCE] or normalised(candidate.text) in skip.texts
    }
    kept = first_unseen(every, lambda candidate: candidate.text, lambda candidate: candidate in seen)
    return kept, len(seen)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dialogre", type=int, default=0, help="DialogRE candidates to print (0: the whole pool)")
    parser.add_argument("--spolin", type=int, default=0, help="SPOLIN candidates to print (0: the whole pool)")
    args = parser.parse_args()
    skip = cited_earlier(OWN_FILE, {DIALOGRE_SOURCE: CITED_DIALOGRE, SPOLIN_SOURCE: CITED_SPOLIN}, asks=True)
    dialogre_pool, dialogre_seen = dialogre(skip)
    spolin_pool, spolin_seen = spolin(skip)
    print_left_out(((DIALOGRE_SOURCE, dialogre_seen), (SPOLIN_SOURCE, spolin_seen)))
    pools = ((DIALOGRE_SOURCE, dialogre_pool, args.dialogre), (SPOLIN_SOURCE, spolin_pool, args.spolin))
    print_quietly(tuple((source, pool, count or len(pool)) for source, pool, count in pools), SEED)


if __name__ == "__main__":
    main()
