"""The lead's round-41 check set: a seeded random sample of the questions that crowd workers asked each other about
films, TV, actors, books and music in ConvAI2's and Blended Skill Talk's chit-chat, each with the same dialogue's later
questions, and of MuSiQue's crowd-composed questions about them.

Reads three datasets from their mirrors on this machine (`git show <commit>:<path>`, nothing is downloaded):

- ConvAI2 (Emily Dinan, Varvara Logacheva, Valentin Malykh, Alexander Miller, Kurt Shuster, Jack Urbanek, Douwe Kiela,
  Arthur Szlam, Iulian Serban, Ryan Lowe, Shrimai Prabhumoye, Alan W Black, Alexander Rudnicky, Jason Williams, Joelle
  Pineau, Mikhail Burtsev and Jason Weston, "The Second Conversational Intelligence Challenge (ConvAI2)", 2019), built
  on PersonaChat (Saizheng Zhang, Emily Dinan, Jack Urbanek, Arthur Szlam, Douwe Kiela and Jason Weston,
  "Personalizing Dialogue Agents: I have a dog, do you have pets too?", ACL 2018): two crowd workers, paired at random,
  each given a short profile of a persona to play, chat to get to know each other, in turns ("what kind of music do
  you like ?", "who is your favorite author ?"). ParlAI distributes the data from its own download server only; it is
  read from the copy of ConvAI2's validation split that bzantium/Posterior-Knowledge-Selection (a PyTorch
  implementation of Lian et al., "Learning to Select Knowledge for Response Generation in Dialog Systems", 2019)
  carries at commit d7ab647 (2021-12-20, its newest; the file entered in 6c0728c, 2019-06-16, and is unchanged since):
  data/valid_self_original_no_cands.txt (1,000 dialogues, 1,042,927 bytes, the size ParlAI's ConvAI2 file has),
  present in the mirror. The training file there (data/train_self_original_no_cands.txt) is an absent blob, as are
  the ConvAI2 and Persona-Chat files of datasets-mila/datasets--convai2 and datasets--personachat (git-annex links with
  no content); songhaoyu/BoB's data/ConvAI2/ files are 8 KB excerpts; KnowEE's data/persona_chat/ files (below) had
  their contractions expanded by its preprocessing and are not read. ParlAI's format: a dialogue is a run of numbered
  lines starting again at 1; its first lines give the persona ("your persona: ..."), never read here; each later line
  holds two turns separated by a tab, the partner's then the persona's. The text is lower-cased and tokenised as the
  data gives it (a space before punctuation and clitics, "i've", "don't"), grammar and typos kept. Licence: ParlAI,
  which hosts and distributes the data, is under the MIT licence, and a Hugging Face catalogue card of Persona-Chat
  gives mit (the conv_ai_2 card gives unknown); the copy's repository carries no licence of its own. Cited as `ConvAI2
  valid <dialogue>.<turn>` (the dialogue counted from 1 in file order, the turn its place in the dialogue, counted from
  1: the partner's turns are odd, the persona's even).
- Blended Skill Talk (Eric Michael Smith, Mary Williamson, Kurt Shuster, Jason Weston and Y-Lan Boureau, "Can You Put
  it All Together: Evaluating Conversational Agents' Ability to Blend Skills", ACL 2020): two crowd workers chat freely,
  one of them shown suggestions, on openings taken from PersonaChat, Wizard of Wikipedia and Empathetic Dialogues; kept
  as typed (casing, spacing and typos). Read from the copy preprocessed for KnowEE (Xuanfan Ni, Hongliang Dai, Zhaochun
  Ren and Piji Li, "Multi-Source Multi-Type Knowledge Exploration and Exploitation for Dialogue Generation", EMNLP
  2023) in Patrick-Ni/KnowEE at commit 84b0910 (2024-03-12, its newest; the files entered in 7f83d78, 2024-02-20, and
  are unchanged since): data/preprocess_data/blended_skill_talk/val.json (1,009 dialogues) and test.json (980), both
  present (train.json is an absent blob). Each is one JSON list; only each dialogue's `dialogue` (its turns, from the
  workers' first) is read, never the personas, runs of whitespace read as one space. KnowEE's
  data/blended_skill_talk/ files split each dialogue into context and response and drop the last turn of 165 of them;
  they are not read. Licence: ParlAI's task description gives CC BY-NC in one version and CC BY 4.0 in a later one (a
  Hugging Face catalogue card gives unknown); the copy's repository carries the MIT licence for KnowEE's code. Cited
  as `BST <split> <dialogue>.<turn>` (valid or test; the dialogue is its place in the copy's file, the turn its place
  in the dialogue, both from 1).
- MuSiQue (Harsh Trivedi, Niranjan Balasubramanian, Tushar Khot and Ashish Sabharwal, "MuSiQue: Multihop Questions via
  Single-hop Question Composition", TACL 2022): multi-hop questions that crowd workers wrote by composing single-hop
  questions into one ("Who is the spouse of the Green performer?"), kept as typed. Read from the copy of its
  answerable development set in peterbaile/lag at commit eb25311 (2025-05-20, its newest; the file entered in 69a54d1
  the same day): data/musique/dev.json (2,417 questions), present (data/musique/dev_docs.json, the paragraphs, is an
  absent blob). Only each question's `id` and `question` are read, never the decomposition or the answer. Licence: CC
  BY 4.0 (the authors' README); the copy's repository states none. Cited as `MuSiQue <id>` (as the data gives it).

ConvAI2 and BST pools: the questions of their files (ConvAI2's; BST's valid, then test; file order, turn order) that
are about films, TV, actors, books or music: a turn that holds a sentence ending in "?", taken whole, with the
statements around its question, whose text uses a SCREEN_WORDS word (below; "book" not as a verb, "show" only as a
programme, "read" as reading books), or whose turn before uses one (so that "what is it about ?" after "i'm reading a
new book ." comes in). The filter also lets in questions where such a word is said in passing or has another sense (a
question about pets after "i like music", a band of friends, a reading of a meter); they are kept as they come. A
candidate repeated (compared without case or punctuation) is kept once, at its first place. The dialogues are their
conversations: each candidate prints the turn said just before it ("before <turn>: <text>", what it answers or leans
on) and the same dialogue's later questions ("turn <n>: <text>"), at most FOLLOW_UPS: the probe file makes those of
them that can be adapted follow-ups of the candidate, with the names changed the same way, as round 40 did with
DailyDialog's later questions.

MuSiQue pool: the questions of the file that use a film, TV, actor, book or music word (MUSIQUE_SCREEN_WORDS below; the
filter also lets in questions where the work is only a step towards a place, a league or a prize), each once. MuSiQue
has no dialogues, so each candidate prints the later candidates that ask about the same kind of subject (a song or its
performer, a book or its author, an actor or character, a member of the crew, a TV series, a film; SUBJECT_KINDS
below), with their ranks in the seeded order, at most MUSIQUE_FOLLOW_UPS: the probe file makes one of them a
follow-up of the candidate by writing a pronoun for the subject the two share, as round 36 did with TyDi QA.

Questions that any tests/nlu/probes*.yml already cites (by a `ConvAI2 valid <dialogue>.<turn>`, `BST <split>
<dialogue>.<turn>` or `MuSiQue <id>` citation), quotes or asks word for word are left out. Each pool is shuffled with a
fixed seed and printed in that order. The probe file tests/nlu/probes_round41_lead_check.yml takes the candidates in
this order, skipping only those that cannot be adapted to a question about this single film (its header says which
ranks were skipped).

    python -m tooling.lead_checks.round41_sample [--convai2 N] [--bst N] [--musique N]
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
    kind_of,
    normalised,
    one_line,
    print_quietly,
    ranked_with_later_of_kind,
    stored_in_folder,
)

SEED = 41
FOLLOW_UPS = 8  # a dialogue holds a dozen or so questions; more later ones are not printed
OWN_FILE = "probes_round41_lead_check.yml"

CONVAI2 = MIRRORS / "bzantium+Posterior-Knowledge-Selection" / "repo"
# The commit read (the repository's newest when mirrored; the data file is unchanged since 6c0728c).
CONVAI2_COMMIT = "d7ab647970b200c8a1ecbdfacb2c8fd3f3e11a37"
CONVAI2_FOLDER = "data/"
# The file read, with the split it is cited by (data/train_self_original_no_cands.txt is an absent blob).
CONVAI2_FILES = (("valid", "valid_self_original_no_cands.txt"),)
PERSONA = "your persona:"  # a persona line of ParlAI's format, never read as a turn

# Film, TV, actor, book and music words, as ConvAI2's and BST's crowd workers use them. "book" is left out where a
# word after it makes it the verb (book a trip, book tickets), "show" is kept only as a programme (a tv show, that
# show), "series" not as "a series of", "read" only as reading (books, novels, "i like to read").
SCREEN_WORDS = re.compile(
    r"\b(?:movies?|films?|cinemas?|movie ?theat(?:er|re)s?|actors?|actress(?:es)?|acting|starr(?:ed|ing)|"
    r"(?:film|movie) ?stars?|characters?|directors?|directed|sequels?|episodes?|series(?! of)|tv|television|"
    r"netflix|hulu|soap operas?|sitcoms?|cartoons?|anime|hollywood|oscars?|documentar(?:y|ies)|"
    r"(?:tv|talk|game|reality|cooking|favou?rite|the|that|this) shows?|novels?|novelists?|"
    r"books?(?! (?:a|an|the|me|us|it|you|him|her|them|tickets?|seats?|rooms?|tables?|flights?|trips?|in|for|now|up)\b)|"
    r"authors?|writers?|poems?|poets?|poetry|read|reads|reading|comics?|manga|songs?|singers?|sing|sings|singing|sang|"
    r"bands?|albums?|music|musicians?|musicals?|lyrics|soundtracks?|composers?|concerts?|rapper|cast|comed(?:y|ies)|"
    r"thrillers?|dramas?|horror|romance|theat(?:er|re)s?|operas?|harry potter|star wars|star trek|disney|pixar|marvel|"
    r"game of thrones|walking dead|lord of the rings|twilight)\b",
    re.IGNORECASE,
)
# A sentence of a turn (tokenised: " ? " ends it), and one that asks.
CITED_CONVAI2 = re.compile(r"\bConvAI2\s+(valid\s+\d+\.\d+)")
SOURCE = "ConvAI2"  # its name in citations and in the ranked output

BST = MIRRORS / "Patrick-Ni+KnowEE" / "repo"
# The commit read (the repository's newest when mirrored; the files are unchanged since 7f83d78).
BST_COMMIT = "84b0910f969e399a8cca0b1a005a03c0c3671dd3"
BST_FOLDER = "data/preprocess_data/blended_skill_talk/"
# The files read, in this order, with the split each is cited by (train.json is an absent blob).
BST_FILES = (("valid", "val.json"), ("test", "test.json"))
CITED_BST = re.compile(r"\bBST\s+((?:valid|test)\s+\d+\.\d+)")
BST_SOURCE = "BST"  # its name in citations and in the ranked output

MUSIQUE = MIRRORS / "peterbaile+lag" / "repo"
# The commit read (the repository's newest when mirrored; the file entered in 69a54d1 and is unchanged since).
MUSIQUE_COMMIT = "eb253119caaef69b91d60ca26c672fd921d960df"
MUSIQUE_FOLDER = "data/musique/"
# The file read: MuSiQue's answerable development questions (dev_docs.json, the paragraphs, is an absent blob).
MUSIQUE_FILE = "dev.json"
MUSIQUE_FOLLOW_UPS = 12  # at most this many later-ranked questions of the same kind are printed
# Film, TV, actor, book and music words, as MuSiQue's composed questions use them.
MUSIQUE_SCREEN_WORDS = re.compile(
    r"\b(?:movies?|films?|cinemas?|actors?|actress(?:es)?|starr(?:ed|ing)|characters?|directors?|directed|sequels?|"
    r"screenplays?|screenwriters?|episodes?|series|tv|television|shows?|sitcoms?|netflix|hollywood|oscars?|anime|"
    r"manga|novels?|novelists?|books?|authors?|songs?|singers?|sang|bands?|albums?|music|musical|lyrics|"
    r"soundtracks?|composers?|performers?|cast|play(?:ed|s)? (?:the )?(?:role|part))\b",
    re.IGNORECASE,
)
# What a question asks about, by its wording, the first that matches: a song or its performer, a book or its author,
# an actor or character, a member of the crew, a TV series, a film.
SUBJECT_KINDS = (
    (
        "music",
        re.compile(
            r"\b(?:songs?|singers?|sing|sang|bands?|albums?|music|musical|lyrics|soundtracks?|composers?|composed|"
            r"records?|recorded|performers?|performed)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "book",
        re.compile(
            r"\b(?:novels?|novelists?|books?|authors?|wr[io]te|written|writers?|publish(?:ed|er)?|manga|poems?)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "actor",
        re.compile(
            r"\b(?:actors?|actress(?:es)?|starr(?:ed|ing)|stars?|characters?|cast|roles?|play(?:ed|s)?|portray(?:ed)?)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "crew",
        re.compile(
            r"\b(?:directors?|directed|producers?|produced|screenplays?|screenwriters?|distribut(?:ed|or|ors|es))\b",
            re.IGNORECASE,
        ),
    ),
    ("tv", re.compile(r"\b(?:tv|television|series|episodes?|seasons?|shows?|sitcoms?|anime|netflix)\b", re.IGNORECASE)),
    ("film", re.compile(r"\b(?:movies?|films?|cinemas?|sequels?|hollywood|oscars?)\b", re.IGNORECASE)),
)
CITED_MUSIQUE = re.compile(r"\bMuSiQue\s+(\d+hop\w*)")
MUSIQUE_SOURCE = "MuSiQue"  # its name in citations and in the ranked output


@dataclass(frozen=True)
class Question:
    split: str
    dialogue: int  # its place in the file, from 1
    turns: tuple[str, ...]  # the dialogue's turns, the persona lines left out
    index: int  # the question's place among the turns, from 0

    @property
    def text(self) -> str:
        return self.turns[self.index]

    def cited(self, index: int) -> str:
        """The dialogue's turn `index` (from 0) as the probe comments cite it, less the source."""
        return f"{self.split} {self.dialogue}.{index + 1}"


def dialogues(text: str) -> list[tuple[str, ...]]:
    """The dialogues of a file in ParlAI's format, each as its run of turns (the persona lines left out)."""
    found: list[list[str]] = []
    for line in text.splitlines():
        number, _, rest = line.partition(" ")
        if number == "1" or not found:
            found.append([])
        if rest.startswith(PERSONA):
            continue
        found[-1].extend(one_line(turn) for turn in rest.split("\t")[:2])
    return [tuple(turns) for turns in found]


def screen_questions(split: str, number: int, turns: tuple[str, ...]) -> list[Question]:
    """The questions of one dialogue whose turn, or the turn before it, uses a SCREEN_WORDS word."""
    return [
        Question(split, number, turns, index)
        for index, turn in enumerate(turns)
        if asks(turn) and (SCREEN_WORDS.search(turn) or (index and SCREEN_WORDS.search(turns[index - 1])))
    ]


def convai2_questions() -> list[Question]:
    """The screen questions of the stored ConvAI2 files, in CONVAI2_FILES order, file order and turn order."""
    present = stored_in_folder(CONVAI2, CONVAI2_COMMIT, CONVAI2_FOLDER)
    found: list[Question] = []
    for split, name in CONVAI2_FILES:
        if name not in present:
            continue
        for number, turns in enumerate(dialogues(git_text(CONVAI2, CONVAI2_FOLDER + name, CONVAI2_COMMIT)), 1):
            found.extend(screen_questions(split, number, turns))
    return found


def with_context(source: str, question: Question) -> Candidate:
    """A candidate with the turn said just before it and the same dialogue's later questions (at most FOLLOW_UPS)."""
    turns, index = question.turns, question.index
    before = (f"before {index}: {turns[index - 1]}",) if index else ()
    later = tuple(f"turn {other + 1}: {turns[other]}" for other in range(index + 1, len(turns)) if asks(turns[other]))
    return Candidate(source, question.cited(index), question.text, before + later[:FOLLOW_UPS])


def convai2(skip: Cited) -> list[Candidate]:
    kept = first_unseen(
        convai2_questions(),
        lambda question: question.text,
        lambda question: question.cited(question.index) in skip.ids[SOURCE] or normalised(question.text) in skip.texts,
    )
    return [with_context(SOURCE, question) for question in kept]


@dataclass(frozen=True)
class Dialogue:
    split: str
    number: int  # its place in the file, from 1
    turns: tuple[str, ...]


def bst_dialogues() -> list[Dialogue]:
    """The dialogues of the stored Blended Skill Talk files, in BST_FILES order and file order (only each one's
    `dialogue` is read, never the personas)."""
    present = stored_in_folder(BST, BST_COMMIT, BST_FOLDER)
    found: list[Dialogue] = []
    for split, name in BST_FILES:
        if name not in present:
            continue
        for number, item in enumerate(json.loads(git_text(BST, BST_FOLDER + name, BST_COMMIT)), 1):
            found.append(Dialogue(split, number, tuple(one_line(turn) for turn in item["dialogue"])))
    return found


def bst(skip: Cited) -> list[Candidate]:
    questions = [
        question
        for dialogue in bst_dialogues()
        for question in screen_questions(dialogue.split, dialogue.number, dialogue.turns)
    ]
    kept = first_unseen(
        questions,
        lambda question: question.text,
        lambda question: question.cited(question.index) in skip.ids[BST_SOURCE]
        or normalised(question.text) in skip.texts,
    )
    return [with_context(BST_SOURCE, question) for question in kept]


@dataclass(frozen=True)
class MusiqueQuestion:
    id: str  # as the data gives it: `<n>hop<graph>__<single-hop ids>`
    text: str
    kind: str  # a SUBJECT_KINDS name, or "" when none matches


def musique_questions() -> list[MusiqueQuestion]:
    """The questions of the stored MuSiQue file that use a MUSIQUE_SCREEN_WORDS word, in file order (only each one's
    `id` and `question` are read, never the decomposition or the answer)."""
    if MUSIQUE_FILE not in stored_in_folder(MUSIQUE, MUSIQUE_COMMIT, MUSIQUE_FOLDER):
        return []
    found: list[MusiqueQuestion] = []
    for item in json.loads(git_text(MUSIQUE, MUSIQUE_FOLDER + MUSIQUE_FILE, MUSIQUE_COMMIT)):
        text = one_line(item["question"])
        if text and MUSIQUE_SCREEN_WORDS.search(text):
            found.append(MusiqueQuestion(item["id"], text, kind_of(text, SUBJECT_KINDS)))
    return found


def musique_where(question: MusiqueQuestion) -> str:
    return f"{question.id} ({question.kind or '-'})"


def musique(skip: Cited) -> list[Candidate]:
    kept = first_unseen(
        musique_questions(),
        lambda question: question.text,
        lambda question: question.id in skip.ids[MUSIQUE_SOURCE] or normalised(question.text) in skip.texts,
    )
    return ranked_with_later_of_kind(kept, MUSIQUE_SOURCE, musique_where, SEED, MUSIQUE_FOLLOW_UPS)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--convai2", type=int, default=0, help="ConvAI2 candidates to print (0: the whole pool)")
    parser.add_argument("--bst", type=int, default=0, help="Blended Skill Talk candidates to print (0: the whole pool)")
    parser.add_argument("--musique", type=int, default=0, help="MuSiQue candidates to print (0: the whole pool)")
    args = parser.parse_args()
    citations = {SOURCE: CITED_CONVAI2, BST_SOURCE: CITED_BST, MUSIQUE_SOURCE: CITED_MUSIQUE}
    skip = cited_earlier(OWN_FILE, citations, asks=True)
    pools = (
        (SOURCE, convai2(skip), args.convai2),
        (BST_SOURCE, bst(skip), args.bst),
        (MUSIQUE_SOURCE, musique(skip), args.musique),
    )
    print_quietly(tuple((source, pool, count or len(pool)) for source, pool, count in pools), SEED)


if __name__ == "__main__":
    main()
