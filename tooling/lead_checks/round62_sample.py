"""The lead's round-62 check set: a seeded random sample of the questions the characters of the TV series Friends
ask each other about films, TV, acting, books and music, in two emotion-annotated corpora of its transcripts, each
with the same scene's later questions.

Reads two datasets from their mirrors on this machine (`git show <commit>:<path>`, nothing is downloaded):

- EmoryNLP Emotion Detection (Sayyed M. Zahiri and Jinho D. Choi, "Emotion Detection on TV Show Transcripts with
  Sequence-based Convolutional Neural Networks", AAAI Workshops 2018; part of Emory NLP's Character Mining project):
  the transcripts of Friends seasons 1-4, scene by scene, each utterance with its speakers and an emotion label. Read
  from the authors' repository emorynlp/emotion-detection at commit 289b967 (2018-04-13, its newest):
  json/emotion-detection-dev.json (11 episodes, 99 scenes) and json/emotion-detection-tst.json (9 episodes, 85
  scenes), both present. Its training split, json/emotion-detection-trn.json, is an absent blob there; it is read
  instead from the copy MELD's authors carry (below), data/emorynlp/emorynlp_train_final.csv (entered in 39766f4,
  2018-10-23, unchanged since: 77 episodes, 659 scenes, 7,551 of the split's 9,934 utterances, the rest left out by
  that copy), whose `Season`, `Episode`, `Scene_ID` and `Utterance_ID` give the same ids: the development split's
  copy there (954 of its 1,344 utterances) matches the JSON's ids and text in every row. Only each
  utterance's id and transcript (`Utterance`) are read, never the emotion, the speakers or the tokens. Licence:
  Apache-2.0 (the authors' LICENSE.txt). Cited as `EmoryNLP <utterance_id>` (season, episode, scene and utterance).
- MELD (Soujanya Poria, Devamanyu Hazarika, Navonil Majumder, Gautam Naik, Erik Cambria and Rada Mihalcea, "MELD: A
  Multimodal Multi-Party Dataset for Emotion Recognition in Conversations", ACL 2019): dialogues cut from Friends
  (all seasons), each utterance with its speaker, emotion and sentiment. Read from the authors' repository
  declare-lab/MELD at commit 2d2011b (2024-03-10, its newest): data/MELD/train_sent_emo.csv, dev_sent_emo.csv and
  test_sent_emo.csv, all present. Only each row's `Utterance`, `Dialogue_ID` and `Utterance_ID` are read. The
  repository's data/MELD_Dyadic/ (the same utterances again) is not read, and data/emorynlp/ only for the EmoryNLP
  training split. Licence: GPL-3.0 (the repository's LICENSE). Cited as `MELD <split> <dialogue>.<utterance>` (the
  ids as the data gives them).

These are scripted lines, written for the show and said by its actors, not questions typed by the public; they are
used for how people talk about films and TV to each other in conversation ("Did you see it?", "Who's directing?",
"What's it about?"), with follow-ups that lean on the lines before.

Pool: the questions (an utterance holding a sentence that ends in "?") that use a SCREEN_WORDS word (below), in file
order; the filter also lets in lines where such a word has another sense (to "play" a game, a "part" of something, a
"show" of hands); they come with the rest of the sample. A candidate repeated (compared without case or punctuation)
is kept once, at its first place. Each candidate prints the line said just before it and the same scene's (MELD: the
same dialogue's) later questions, at most FOLLOW_UPS, which the probe file makes follow-ups where they can be adapted.

Questions that any tests/nlu/probes*.yml already cites (an `EmoryNLP <id>` or `MELD <split> <d>.<u>` citation),
quotes or asks word for word are left out; only how many is printed. Each pool is shuffled with a fixed seed and
printed in that order. The probe file tests/nlu/probes_round62_lead_check.yml takes the candidates in this order,
skipping only those that cannot be adapted to a question about this single film (its header says which ranks were
skipped).

    python -m tooling.lead_checks.round62_sample [--emorynlp N] [--meld N]
"""

from __future__ import annotations

import argparse
import csv
import io
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

SEED = 62
FOLLOW_UPS = 6  # a scene can run to forty lines; more later questions are not printed
OWN_FILE = "probes_round62_lead_check.yml"

EMORYNLP = MIRRORS / "emorynlp+emotion-detection" / "repo"
EMORYNLP_COMMIT = "289b967a34556f0d86b52ea36571c2a0c90740ae"  # the repository's newest when mirrored
EMORYNLP_FOLDER = "json/"
# The files read (emotion-detection-trn.json is an absent blob).
EMORYNLP_FILES = ("emotion-detection-dev.json", "emotion-detection-tst.json")
# The training split, from MELD's copy (the CSV of MELD's repository, MELD_COMMIT).
EMORYNLP_TRAIN_FOLDER = "data/emorynlp/"
EMORYNLP_TRAIN = "emorynlp_train_final.csv"
EMORYNLP_SOURCE = "EmoryNLP"
CITED_EMORYNLP = re.compile(r"\bEmoryNLP\s+(s\d\d_e\d\d_c\d\d_u\d\d\d)\b")

MELD = MIRRORS / "declare-lab+MELD" / "repo"
MELD_COMMIT = "2d2011b409d3ca2d7e94460cd007d434b1d0a102"  # the repository's newest when mirrored
MELD_FOLDER = "data/MELD/"
MELD_FILES = (("train", "train_sent_emo.csv"), ("dev", "dev_sent_emo.csv"), ("test", "test_sent_emo.csv"))
MELD_SOURCE = "MELD"
CITED_MELD = re.compile(r"\bMELD\s+((?:train|dev|test)\s+\d+\.\d+)\b")

# Film, TV, acting, book and music words, as the characters use them (Joey's auditions, parts and scenes, a play, a
# show, a book they read, a song they sing); "seen" and "watch" let in "Have you seen ...?" and "Did you watch ...?".
SCREEN_WORDS = re.compile(
    r"\b(?:movies?|films?|cinemas?|actors?|actress(?:es)?|acting|starr(?:ed|ing)|stars|characters?|directors?|"
    r"directed|directing|sequels?|episodes?|series|tv|television|soaps?|soap operas?|sitcoms?|cartoons?|hollywood|"
    r"oscars?|novels?|books?|authors?|writers?|wr[io]te|written|read|reading|songs?|singers?|sing|sang|bands?|"
    r"albums?|music|musicals?|play|plays|roles?|parts?|auditions?|auditioned|auditioning|shows?|scenes?|scripts?|"
    r"premieres?|ending|cast|seen|watch(?:ed|ing)?|theat(?:er|re)s?)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Line:
    where: str  # its citation, less the source
    text: str


@dataclass(frozen=True)
class Question:
    scene: tuple[Line, ...]  # the scene's (or dialogue's) lines in order
    index: int  # the question's place among them

    @property
    def line(self) -> Line:
        return self.scene[self.index]


def questions_of(scene: tuple[Line, ...]) -> list[Question]:
    return [
        Question(scene, index) for index, line in enumerate(scene) if asks(line.text) and SCREEN_WORDS.search(line.text)
    ]


def emorynlp_scenes() -> list[tuple[Line, ...]]:
    """The scenes of the stored files, in EMORYNLP_FILES order and file order."""
    present = stored_in_folder(EMORYNLP, EMORYNLP_COMMIT, EMORYNLP_FOLDER)
    scenes: list[tuple[Line, ...]] = []
    for name in EMORYNLP_FILES:
        if name not in present:
            continue
        data = json.loads(git_text(EMORYNLP, EMORYNLP_FOLDER + name, EMORYNLP_COMMIT))
        for episode in data["episodes"]:
            for scene in episode["scenes"]:
                lines = (Line(u["utterance_id"], one_line(u["transcript"] or "")) for u in scene["utterances"])
                scenes.append(tuple(line for line in lines if line.text))
    if EMORYNLP_TRAIN in stored_in_folder(MELD, MELD_COMMIT, EMORYNLP_TRAIN_FOLDER):
        current: dict[tuple[str, str, str], list[Line]] = {}
        for row in csv.DictReader(io.StringIO(git_text(MELD, EMORYNLP_TRAIN_FOLDER + EMORYNLP_TRAIN, MELD_COMMIT))):
            key = (row["Season"], row["Episode"], row["Scene_ID"])
            where = f"s{int(key[0]):02d}_e{int(key[1]):02d}_c{int(key[2]):02d}_u{int(row['Utterance_ID']):03d}"
            text = one_line(row["Utterance"] or "")
            if text:
                current.setdefault(key, []).append(Line(where, text))
        scenes.extend(tuple(lines) for lines in current.values())
    return scenes


def meld_dialogues() -> list[tuple[Line, ...]]:
    """The dialogues of the stored files, in MELD_FILES order and file order."""
    present = stored_in_folder(MELD, MELD_COMMIT, MELD_FOLDER)
    dialogues: list[tuple[Line, ...]] = []
    for split, name in MELD_FILES:
        if name not in present:
            continue
        current: dict[str, list[Line]] = {}
        for row in csv.DictReader(io.StringIO(git_text(MELD, MELD_FOLDER + name, MELD_COMMIT))):
            text = one_line(row["Utterance"] or "")
            if text:
                where = f"{split} {row['Dialogue_ID']}.{row['Utterance_ID']}"
                current.setdefault(row["Dialogue_ID"], []).append(Line(where, text))
        dialogues.extend(tuple(lines) for lines in current.values())
    return dialogues


def with_context(source: str, question: Question) -> Candidate:
    """A candidate with the line said just before it and the same scene's later questions (at most FOLLOW_UPS)."""
    scene, index = question.scene, question.index
    before = (f"before {scene[index - 1].where}: {scene[index - 1].text}",) if index else ()
    later = tuple(f"later {line.where}: {line.text}" for line in scene[index + 1 :] if asks(line.text))
    return Candidate(source, question.line.where, question.line.text, before + later[:FOLLOW_UPS])


def pool(source: str, scenes: list[tuple[Line, ...]], skip: Cited) -> tuple[list[Candidate], int]:
    """The pool, and how many of its questions an earlier probe file cites, quotes or asks."""
    every = [question for scene in scenes for question in questions_of(scene)]
    seen = {
        question
        for question in every
        if question.line.where in skip.ids[source] or normalised(question.line.text) in skip.texts
    }
    kept = first_unseen(every, lambda question: question.line.text, lambda question: question in seen)
    return [with_context(source, question) for question in kept], len(seen)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--emorynlp", type=int, default=0, help="EmoryNLP candidates to print (0: the whole pool)")
    parser.add_argument("--meld", type=int, default=0, help="MELD candidates to print (0: the whole pool)")
    args = parser.parse_args()
    skip = cited_earlier(OWN_FILE, {EMORYNLP_SOURCE: CITED_EMORYNLP, MELD_SOURCE: CITED_MELD}, asks=True)
    emorynlp_pool, emorynlp_seen = pool(EMORYNLP_SOURCE, emorynlp_scenes(), skip)
    meld_pool, meld_seen = pool(MELD_SOURCE, meld_dialogues(), skip)
    print_left_out(((EMORYNLP_SOURCE, emorynlp_seen), (MELD_SOURCE, meld_seen)))
    pools = ((EMORYNLP_SOURCE, emorynlp_pool, args.emorynlp), (MELD_SOURCE, meld_pool, args.meld))
    print_quietly(tuple((source, found, count or len(found)) for source, found, count in pools), SEED)


if __name__ == "__main__":
    main()
