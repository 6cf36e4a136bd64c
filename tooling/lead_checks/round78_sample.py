"""The lead's round-78 check set: a seeded random sample of the questions that FeTaQA's annotators wrote in their own
words about Wikipedia tables of films, TV, actors, books and music, each with the later-ranked questions that ask about
the same kind of subject.

Reads one dataset from its mirror on this machine (`git show <commit>:<path>`, nothing is downloaded):

- FeTaQA (Linyong Nan, Chiachun Hsieh, Ziming Mao, Xi Victoria Lin, Neha Verma, Rui Zhang, Wojciech Kryściński,
  Hailey Schoelkopf, Riley Kong, Xiangru Tang, Mutethia Mutuma, Ben Rosand, Isabel Trindade, Renusree Bandaru, Jacob
  Cunningham, Caiming Xiong and Dragomir Radev, "FeTaQA: Free-form Table Question Answering", TACL 10, 2022): about
  10,000 questions that people wrote in their own words about highlighted cells of Wikipedia tables (ToTTo's tables:
  an actor's filmography, a singer's singles, a show's awards, a football club's seasons, an election), each with a
  free-form answer. Read from the authors' repository Yale-LILY/FeTaQA at commit bbc441b (2023-05-11, its newest;
  both files entered in 65008fa, 2021-04-05, "dataset-v1 release", and are unchanged since): data/fetaQA-v1_dev.jsonl
  (1,001 questions) and data/fetaQA-v1_test.jsonl (2,003), both present; data/fetaQA-v1_train.jsonl is an absent blob
  and is not read. One JSON object a line; only its `feta_id` and `question` are read, never the table, its page or
  section titles, the highlighted cells or the answer. The question is kept as written (casing, spelling, spacing).
  Licence: CC BY-SA 4.0 (the repository's README and LICENSE). Cited as `FeTaQA <split> <feta_id>`.

Pool: the questions of the two files (dev, then test, then file order) whose text uses a film, TV, actor, book or music
word (SCREEN_WORDS below); the filter also lets in questions where such a word has another sense (a footballer who
"played" or "appeared", a club's "season", a "series" of races, an election "nominated"); they come with the rest of
the sample. A question repeated (compared without case or punctuation) is kept once, at its first place; questions an
earlier probe file cites, quotes or asks are left out (counts only are printed).

The earlier probe files are read as mirrors.cited_earlier reads them, except the sealed ones this round's rules keep
closed (SEALED below: the round-26b, 73, 74 and 75 lead checks and the other round-76 to 78 helpers' files); none of
them can cite FeTaQA (their sources are other datasets), so leaving them unread leaves nothing of FeTaQA in.

Each candidate prints the later-ranked candidates that ask about the same kind of subject (SUBJECT_KINDS below: a
song, singer or album, a book or its author, a performer, role or crew member, a film or show), with their ranks in the
seeded order, at most FOLLOW_UPS: the probe file makes those of them that can be adapted follow-ups of the candidate,
with the names changed the same way, as round 72 did with AfriQA's questions. The kind is a rough guide for the writer,
who reads each question.

    python -m tooling.lead_checks.round78_sample
"""

from __future__ import annotations

import json
import re
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
    stored_in_folder,
    unseen,
)

SEED = 78
FOLLOW_UPS = 4
OWN_FILE = "probes_round78_lead_check.yml"
SOURCE = "FeTaQA"  # its name in citations and in the ranked output
# Probe files this round's rules keep closed: never read, not even to count what they cite.
SEALED = re.compile(r"^probes_round(?:26b.*|7[3-8]_lead_check\.yml)$")

FETAQA = MIRRORS / "Yale-LILY+FeTaQA" / "repo"
# The commit read (the repository's newest when mirrored).
FETAQA_COMMIT = "bbc441be807212d736c8c35a18146b530dde11d0"
FETAQA_FOLDER = "data/"
SPLITS = ("dev", "test")  # the train file is an absent blob

# Film, TV, actor, book and music words, as FeTaQA's annotators write them.
SCREEN_WORDS = re.compile(
    r"\b(?:movies?|films?|filmed|filming|filmography|cinemas?|actors?|actress(?:es)?|acting|acted|starr(?:ed|ing)|"
    r"co-starr(?:ed|ing)|cast|characters?|roles?|played|portray(?:ed|s|al)?|voiced|appear(?:ed|s|ances?)?|debut(?:ed)?|"
    r"directors?|directed|producers?|produced|scenes?|plots?|heroe?s?|heroines?|sequels?|episodes?|seasons?|series|"
    r"tv|television|shows?|sitcoms?|soaps?|dramas?|cartoons?|anime|hollywood|bollywood|oscars?|emmys?|screenplay|"
    r"musicals?|broadway|nominat(?:ed|ions?)|novels?|novelists?|books?|authors?|writers?|wr[io]te|written|"
    r"publish(?:ed)?|poems?|poets?|stor(?:y|ies)|fiction|songs?|singers?|sang|sings?|singles?|bands?|albums?|music|"
    r"musicians?|lyrics|soundtracks?|composers?|composed|concerts?|rappers?|artistes?|recorded|recordings?|"
    r"discography|charts?|charted|billboard|grammys?)\b",
    re.IGNORECASE,
)
# What a question asks about, by its wording, the first that matches.
SUBJECT_KINDS = (
    (
        "music",
        re.compile(
            r"\b(?:songs?|singers?|sang|sings?|singles?|bands?|albums?|music|musicians?|lyrics|soundtracks?|"
            r"composers?|composed|concerts?|rappers?|artistes?|recorded|recordings?|discography|charts?|charted|"
            r"billboard|grammys?)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "book",
        re.compile(
            r"\b(?:novels?|novelists?|books?|authors?|writers?|wr[io]te|written|publish(?:ed)?|poems?|poets?|"
            r"fiction)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "person",
        re.compile(
            r"\b(?:actors?|actress(?:es)?|acting|acted|starr(?:ed|ing)|co-starr(?:ed|ing)|cast|characters?|roles?|"
            r"played|portray(?:ed|s|al)?|voiced|appear(?:ed|s|ances?)?|debut(?:ed)?|heroe?s?|heroines?|directors?|"
            r"directed|producers?|produced|filmography|nominat(?:ed|ions?))\b",
            re.IGNORECASE,
        ),
    ),
    (
        "work",
        re.compile(
            r"\b(?:movies?|films?|filmed|filming|cinemas?|scenes?|plots?|sequels?|episodes?|seasons?|series|tv|"
            r"television|shows?|sitcoms?|soaps?|dramas?|cartoons?|anime|hollywood|bollywood|oscars?|emmys?|"
            r"screenplay|musicals?|broadway|stor(?:y|ies))\b",
            re.IGNORECASE,
        ),
    ),
)
CITED_FETAQA = re.compile(r"\bFeTaQA\s+((?:dev|test)\s+\d+)\b")


@dataclass(frozen=True)
class Question:
    split: str
    id: int  # the `feta_id` the data gives
    text: str  # the question as written
    kind: str  # a SUBJECT_KINDS name, or "" when none matches

    @property
    def cited(self) -> str:
        return f"{self.split} {self.id}"


def questions() -> list[Question]:
    """The questions of the stored files that use a SCREEN_WORDS word, in SPLITS order and file order (only each
    line's `feta_id` and `question` are read)."""
    present = stored_in_folder(FETAQA, FETAQA_COMMIT, FETAQA_FOLDER)
    found: list[Question] = []
    for split in SPLITS:
        name = f"fetaQA-v1_{split}.jsonl"
        if name not in present:
            continue
        for line in git_text(FETAQA, FETAQA_FOLDER + name, FETAQA_COMMIT).splitlines():
            if not line.strip():
                continue
            item = json.loads(line)
            text = one_line(item.get("question") or "")
            if text and SCREEN_WORDS.search(text):
                found.append(Question(split, item["feta_id"], text, kind_of(text, SUBJECT_KINDS)))
    return found


def cited_in_open_files() -> Cited:
    """mirrors.cited_earlier with `asks=True`, over every tests/nlu/probes*.yml except this sampler's own output file
    and the SEALED ones: their FeTaQA citations, the originals they quote and the questions they ask, normalised."""
    found = Cited({SOURCE: set()}, set())
    for path in sorted(PROBE_DIR.glob("probes*.yml")):
        if path.name == OWN_FILE or SEALED.match(path.name):
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            found.ids[SOURCE].update(CITED_FETAQA.findall(line))
            found.texts.update(normalised(quoted) for quoted in QUOTED.findall(line))
            asked = ASKED.search(line)
            if asked:
                found.texts.add(normalised(asked.group(1)))
    return found


def where(question: Question) -> str:
    return f"{question.cited} ({question.kind or '-'})"


def pool(skip: Cited) -> tuple[list[Candidate], int]:
    """The pool, and how many of its questions an earlier probe file cites, quotes or asks."""
    kept, seen = unseen(questions(), lambda question: question.cited, lambda question: question.text, skip, SOURCE)
    return ranked_with_later_of_kind(kept, SOURCE, where, SEED, FOLLOW_UPS), seen


def main() -> None:
    found, seen = pool(cited_in_open_files())
    print_one_pool(SOURCE, found, seen, SEED)


if __name__ == "__main__":
    main()
