"""The lead's round-37 check set: a seeded random sample of FriendsQA's crowd-written questions about the people of a
TV scene, each with the same scene's other questions, and of TREC Tip-of-the-Tongue's film requests.

Reads two datasets from their mirrors on this machine (`git show <commit>:<path>`, nothing is downloaded):

- FriendsQA (Zhengzhe Yang and Jinho D. Choi, "FriendsQA: Open-Domain Question Answering on TV Show Transcripts",
  SIGDIAL 2019): questions that crowd workers wrote about one scene of the sitcom Friends (its transcript), one of each
  kind (what, who, when, where, why, how) and a paraphrase of each in other words (the ids ending `_Paraphrased`),
  about who the people are, what they do and say, and where and why: "What 's Joey 's profession ?", "Where are they
  ?". Kept as the data gives them: tokenised, with a space before punctuation and clitics ("Joey 's"), casing and typos
  kept. As carried by the authors' repository emorynlp/FriendsQA at commit 9ce6c98 (2020-05-28, its newest; the data
  files are unchanged since 8673695, 2020-04-10, "version 2.0"): dat/friendsqa_dev.json (136 scenes) and
  dat/friendsqa_tst.json (113 scenes), both present in the mirror; dat/friendsqa_trn.json is an absent blob and is not
  read. Only each question's `question` (and its `id`, to cite it) is read, never the transcript (`utterances:`) or
  the answers. Licence: Apache License 2.0 (the repository's LICENSE.txt, Emory University). Cited as
  `FriendsQA <split> <id>` (dev or tst; the id is the scene's, `s<season>_e<episode>_c<scene>`, then the kind).
- TREC Tip-of-the-Tongue (Jaime Arguello, Samarth Bhargav, Fernando Diaz, Evangelos Kanoulas and others,
  "Overview of the TREC 2023 Tip-of-the-Tongue Track", TREC 2023, and the 2024 edition; the requests are posts from
  iRememberThisMovie.com, as gathered by Samarth Bhargav, Georgios Sidiropoulos and Evangelos Kanoulas, "'It's on the
  tip of my tongue': A new Dataset for Known-Item Retrieval", WSDM 2022): real users asking for the title of a film
  they half remember, a title line then a description ("I need help . Alright so I saw this movie ..."). Kept as
  typed, each line break read as a space. As carried by vlcfaria/tip-of-the-tongue at commit 09cae8c (2025-11-03,
  its newest; the query files are unchanged since 0db20ec, 2025-09-21): queries/2023/train/queries.jsonl (150
  requests), queries/2023/test/queries.jsonl (150) and queries/2024/train/queries.jsonl (150), all present. Only each
  line's `query` (and its `query_id`, to cite it) is read, never the relevance judgements (qrel.txt) or any document.
  queries/2024/test-partial/ is not read: its requests are about landmarks and people as well as films. Licence: the
  copy's repository states none; the track distributes the requests for research. Cited as `ToT <year> <split>
  <query_id>`.

FriendsQA pool: every question of the two stored files (dev, then tst, in file order). A TV scene's questions name its
people and what they do, so no word filter is used; a question repeated (compared without case or punctuation) is
kept once, at its first place. FriendsQA has no dialogue turns of its own, but each scene's questions were written
together about one scene: each candidate prints the same scene's other questions (in file order, leaving out the
candidate's own paraphrase or original, which asks the same thing), at most FOLLOW_UPS: the probe file makes some of
them follow-ups of the candidate, with the names changed the same way, as round 34 did with CAsT's later turns.

Tip-of-the-Tongue pool: the requests of the three files (2023 train, 2023 test, 2024 train, in file order) of at most
MAX_CHARS characters, the length of one chat message (most requests are several paragraphs long), each text kept once.
They ask for another film's title, so the probe file keeps a few as typed, as off-topic turns.

Questions that any tests/nlu/probes*.yml already cites (by a `FriendsQA <split> <id>` or `ToT <year> <split> <id>`
citation), quotes or asks word for word are left out. Each pool is shuffled with a fixed seed and printed in that
order. The probe file tests/nlu/probes_round37_lead_check.yml takes the candidates in this order, skipping only those
that cannot be adapted to a question about this single film (its header says which ranks were skipped).

    python -m tooling.lead_checks.round37_sample [--friendsqa N] [--tot N]
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
    cited_earlier,
    first_unseen,
    git_json,
    git_text,
    normalised,
    print_quietly,
    stored_in_folder,
)

SEED = 37
FOLLOW_UPS = 12  # a scene holds at most 12 questions, so all its others are printed
MAX_CHARS = 400
OWN_FILE = "probes_round37_lead_check.yml"

FRIENDSQA = MIRRORS / "emorynlp+FriendsQA" / "repo"
# The commit read (the repository's newest when mirrored; the data files are unchanged since 8673695).
FRIENDSQA_COMMIT = "9ce6c98a6acf13c87d96b6811e4409b5de43bdfe"
FRIENDSQA_FOLDER = "dat/"
# The files read, in this order, with the split each is cited by (friendsqa_trn.json is an absent blob).
FRIENDSQA_FILES = (("dev", "friendsqa_dev.json"), ("tst", "friendsqa_tst.json"))

TOT = MIRRORS / "vlcfaria+tip-of-the-tongue" / "repo"
# The commit read (the repository's newest when mirrored; the query files are unchanged since 0db20ec).
TOT_COMMIT = "09cae8ccf782b5dcb9811cf4c0d71dc7da6afb6d"
# The files read, in this order, with the year and split each is cited by.
TOT_FILES = (("2023", "train"), ("2023", "test"), ("2024", "train"))

# A question's scene and kind: `s03_e21_c03` and `What` in `s03_e21_c03_What_Paraphrased`.
FRIENDSQA_ID = re.compile(r"^(s\d+_e\d+_c\d+)_([A-Za-z]+)")
CITED_FRIENDSQA = re.compile(r"\bFriendsQA\s+(?:dev|tst)\s+(s\d+_e\d+_c\d+_\w+)")
CITED_TOT = re.compile(r"\bToT\s+(\d{4})\s+\w+\s+(\d+)\b")
FRIENDSQA_SOURCE, TOT_SOURCE = "FriendsQA", "ToT"  # their names in citations and in the ranked output


@dataclass(frozen=True)
class Question:
    split: str
    id: str
    text: str

    @property
    def scene(self) -> str:
        found = FRIENDSQA_ID.match(self.id)
        return found.group(1) if found else self.id

    @property
    def pair(self) -> str:
        """The scene and kind a question shares with its paraphrase (or original)."""
        found = FRIENDSQA_ID.match(self.id)
        return f"{found.group(1)}_{found.group(2)}" if found else self.id


def one_line(text: str) -> str:
    return " ".join(text.split())


def friendsqa_file(split: str, name: str) -> list[Question]:
    """Every question of one stored FriendsQA file, in file order."""
    data = git_json(FRIENDSQA, FRIENDSQA_FOLDER + name)
    assert isinstance(data, dict)
    return [
        Question(split, qa["id"], one_line(qa["question"]))
        for scene in data["data"]
        for paragraph in scene["paragraphs"]
        for qa in paragraph["qas"]
        if one_line(qa["question"])
    ]


def friendsqa_questions() -> list[Question]:
    """Every question of the stored FriendsQA files, in FRIENDSQA_FILES order and file order."""
    present = stored_in_folder(FRIENDSQA, FRIENDSQA_COMMIT, FRIENDSQA_FOLDER)
    return [question for split, name in FRIENDSQA_FILES if name in present for question in friendsqa_file(split, name)]


def friendsqa(skip: Cited) -> list[Candidate]:
    every = friendsqa_questions()
    kept = first_unseen(
        every,
        lambda question: question.text,
        lambda question: question.id in skip.ids[FRIENDSQA_SOURCE] or normalised(question.text) in skip.texts,
    )
    pool = []
    for question in kept:
        others = [
            other
            for other in every
            if other.split == question.split and other.scene == question.scene and other.pair != question.pair
        ][:FOLLOW_UPS]
        same_scene = tuple(f"same scene: {other.id}: {other.text}" for other in others)
        pool.append(Candidate(FRIENDSQA_SOURCE, f"{question.split} {question.id}", question.text, same_scene))
    return pool


def tot_requests() -> list[tuple[str, str, str, str]]:
    """Every request of the stored Tip-of-the-Tongue files, in TOT_FILES order and file order: its year, split, id and
    text."""
    found: list[tuple[str, str, str, str]] = []
    for year, split in TOT_FILES:
        folder = f"queries/{year}/{split}/"
        if "queries.jsonl" not in stored_in_folder(TOT, TOT_COMMIT, folder):
            continue
        for line in git_text(TOT, folder + "queries.jsonl", TOT_COMMIT).splitlines():
            if line.strip():
                request = json.loads(line)
                found.append((year, split, str(request["query_id"]), one_line(request["query"])))
    return found


def tot(skip: Cited) -> list[Candidate]:
    kept = first_unseen(
        (request for request in tot_requests() if 0 < len(request[3]) <= MAX_CHARS),
        lambda request: request[3],
        lambda request: (request[0], request[2]) in skip.ids[TOT_SOURCE] or normalised(request[3]) in skip.texts,
    )
    return [Candidate(TOT_SOURCE, f"{year} {split} {number}", text) for year, split, number, text in kept]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--friendsqa", type=int, default=0, help="FriendsQA candidates to print (0: the whole pool)")
    parser.add_argument("--tot", type=int, default=0, help="Tip-of-the-Tongue requests to print (0: the whole pool)")
    args = parser.parse_args()
    skip = cited_earlier(OWN_FILE, {FRIENDSQA_SOURCE: CITED_FRIENDSQA, TOT_SOURCE: CITED_TOT}, asks=True)
    pools = ((FRIENDSQA_SOURCE, friendsqa(skip), args.friendsqa), (TOT_SOURCE, tot(skip), args.tot))
    print_quietly(tuple((source, pool, count or len(pool)) for source, pool, count in pools), SEED)


if __name__ == "__main__":
    main()
