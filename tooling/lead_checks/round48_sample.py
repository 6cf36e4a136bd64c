"""The lead's round-48 check set: a seeded random sample of the questions that crowd workers asked each other about
films, TV, actors, books and music in OpenDialKG's recommendation and chit-chat conversations, each with the same
conversation's later questions, and of RuBQ's quiz and search-engine questions about them.

Reads two datasets from their mirrors on this machine (`git show <commit>:<path>`, nothing is downloaded):

- OpenDialKG (Seungwhan Moon, Pararth Shah, Anuj Kumar and Rajen Subba, "OpenDialKG: Explainable Conversational
  Reasoning with Attention-based Walks over Knowledge Graphs", ACL 2019): two crowd workers chat about a given topic,
  one of them playing a user who asks for recommendations or talks about what they like, the other an assistant who
  answers from a knowledge graph, in four domains (movies, books, music, sports), in turns ("Do you know who directed
  the movie?", "Who's in New York Minute?", "What else has she been in?"). The authors' data/opendialkg.csv is an
  absent blob in their repository's mirror (facebookresearch/opendialkg, over the 4 MiB limit); it is read from the
  copy preprocessed for KnowEE (Xuanfan Ni, Hongliang Dai, Zhaochun Ren and Piji Li, "Multi-Source Multi-Type
  Knowledge Exploration and Exploitation for Dialogue Generation", EMNLP 2023) in Patrick-Ni/KnowEE at commit 84b0910
  (2024-03-12, its newest; the file entered in 7f83d78, 2024-02-20, and is unchanged since):
  data/preprocess_data/open_dialog_kg/test.json (1,380 conversations), present (train.json is an absent blob; val.json
  is the same blob as test.json and is not read again). It is one JSON list; only each conversation's `dialogue` (its
  chat messages in order, the user's first, the knowledge-graph walks left out) is read, never the `wiki`, `emotion`,
  `intent` or `topic` annotations KnowEE added; runs of whitespace are read as one space; casing, spelling and typos
  are kept as typed ("younf prospect", "Matbe I will check it out"). The copy does not mark who sent a message; the
  two crowd workers mostly alternate, the user first. KnowEE's data/open_dialog_kg/ files split each conversation into
  context and response; they are not read. Licence: CC BY-NC 4.0 (the authors' README); the copy's repository carries
  the MIT licence for KnowEE's code. Cited as `OpenDialKG test <conversation>.<turn>` (the conversation its place in
  the copy's file, the turn its place in the conversation, both counted from 1).
- RuBQ (Vladislav Korablinov and Pavel Braslavski, "RuBQ: A Russian Dataset for Question Answering over Wikidata",
  ISWC 2020; Ivan Rybin, Vladislav Korablinov, Pavel Efimov and Pavel Braslavski, "RuBQ 2.0: An Innovated Russian
  Question Answering Dataset", ESWC 2021): Russian questions that people wrote, RuBQ 1.0's taken from online quiz
  collections ("Who wrote the novel "uncle Tom's Cabin"?") and RuBQ 2.0's new ones from search engines' query
  suggestions, that is what many people typed ("Who is the Director of the film Outcast?"), each with the English
  machine translation the authors distribute beside it (`question_eng`). Read from the authors' repository
  vladislavneon/RuBQ at commit fade3ea (2021-06-06, its newest; the data files entered in 85c981a, 2020-12-23, "Change
  folder structure", and are unchanged since): RuBQ_2.0/RuBQ_2.0_dev.json (580 questions: RuBQ 1.0's 300 development
  questions and 280 new ones) and RuBQ_1.0/RuBQ_1.0_test.json (1,200), both present. RuBQ_2.0/RuBQ_2.0_test.json (its
  1,200 test questions of 1.0 and 1,130 new ones) is an absent blob; RuBQ_1.0/RuBQ_1.0_dev.json holds the same 300
  questions, same uids and same English text, as RuBQ 2.0's development file and is not read. Only each question's
  `uid` and `question_eng` are read, never the Russian text, the answer, the query or the paragraphs; the English is
  kept as the machine translation gives it (casing such as "the Director", "cat's Cradle", quotes and spacing).
  Licence: CC BY-SA 4.0 (the repository's LICENSE.txt). Cited as `RuBQ <version> <split> <uid>` (2.0 dev or 1.0 test:
  the file read; the uid as the data gives it).

Why these sources: the brief's suggestions were checked first. CSQA (Saha et al. 2018) is carried by its authors'
amritasaha1812/CSQA_Code as code only, and no stored repository was found holding its dialogue files; FEVEROUS
(Raldir/FEVEROUS) carries a download script and no claims; KQA Pro's files are downloaded from the authors' site
(shijx12/KQAPro_Baselines holds code and no data); TimeQuestions and TempQuestions were found in no stored repository
(and are built partly on WebQuestions and LC-QuAD 2.0, already used). RuBQ's data files are present; it has single
questions only, so OpenDialKG, a conversational set no earlier sampler reads, gives the multi-turn conversations.

OpenDialKG pool: the questions of the file's conversations about films, TV, actors, books or music: those one of whose
turns uses a SCREEN_WORDS word (below; "book" not as a verb, "show" only as a programme). A question is a turn that
holds a sentence ending in "?"; it is taken whole, with the statements around its question (they hold what its
pronouns point at). Every question from the conversation's first turn with a SCREEN_WORDS word on is a candidate, the
assistant's questions back ("Have you seen either?") as well as the user's. The filter also lets in sports
conversations where such a word is said in passing (a movie about a boxer, a player's stardom); they are kept as they
come. A candidate repeated (compared without case or punctuation) is kept once, at its first place. Each candidate
prints the turn said just before it ("before <turn>: <text>", what it answers or leans on) and the same conversation's
later questions ("turn <n>: <text>"), at most FOLLOW_UPS: the probe file makes those of them that can be adapted
follow-ups of the candidate, with the names changed the same way, as round 42 did with Empathetic Dialogues' later
questions.

RuBQ pool: the questions of the two files (2.0 dev, then 1.0 test, in file order) whose English uses a film, TV,
actor, book or music word (RUBQ_SCREEN_WORDS below); the filter also lets in questions where such a word has another
sense or the work is only a step towards something else (a footballer who "played" for a club, a painting's
"author", an opera browser, a hero of the Soviet Union), each once. RuBQ has no conversations: each candidate is a
single question.

Questions that any tests/nlu/probes*.yml already cites (by an `OpenDialKG test <conversation>.<turn>` or `RuBQ
<version> <split> <uid>` citation), quotes or asks word for word are left out; only how many is printed. Each pool is
shuffled with a fixed seed and printed in that order. The probe file tests/nlu/probes_round48_lead_check.yml takes
the candidates in this order, skipping only those that cannot be adapted to a question about this single film (its
header says which ranks were skipped).

    python -m tooling.lead_checks.round48_sample [--opendialkg N] [--rubq N]
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

SEED = 48
FOLLOW_UPS = 8  # a conversation holds a dozen turns at most; more later questions are not printed
OWN_FILE = "probes_round48_lead_check.yml"

OPENDIALKG = MIRRORS / "Patrick-Ni+KnowEE" / "repo"
# The commit read (the repository's newest when mirrored; the file is unchanged since 7f83d78).
OPENDIALKG_COMMIT = "84b0910f969e399a8cca0b1a005a03c0c3671dd3"
OPENDIALKG_FOLDER = "data/preprocess_data/open_dialog_kg/"
# The file read, with the split it is cited by (train.json is an absent blob, val.json the same blob as test.json).
OPENDIALKG_FILES = (("test", "test.json"),)
OPENDIALKG_SOURCE = "OpenDialKG"  # its name in citations and in the ranked output

# Film, TV, actor, book and music words, as OpenDialKG's crowd workers use them. "book" is left out where a word after
# it makes it the verb (book a trip, book tickets), "show" is kept only as a programme (a tv show, that show), "series"
# not as "a series of", "read" only as reading (books, "i love to read"); "wrote", "genre" and "fiction" let in the
# book conversations that name no book word ("Augusten Burroughs wrote Sellevision").
SCREEN_WORDS = re.compile(
    r"\b(?:movies?|films?|cinemas?|movie ?theat(?:er|re)s?|actors?|actress(?:es)?|acting|starr(?:ed|ing)|stars|"
    r"(?:film|movie) ?stars?|characters?|directors?|directed|sequels?|prequels?|episodes?|series(?! of)|tv|"
    r"television|netflix|hulu|trailers?|soap operas?|sitcoms?|cartoons?|anime|hollywood|oscars?|documentar(?:y|ies)|"
    r"(?:tv|talk|game|reality|cooking|favou?rite|the|that|this|a) shows?|novels?|novelists?|"
    r"books?(?! (?:a|an|the|me|us|it|you|him|her|them|tickets?|seats?|rooms?|tables?|flights?|trips?|in|for|now|up)\b)|"
    r"authors?|writers?|wr[io]te|written|genres?|fiction|memoirs?|biograph(?:y|ies)|literature|poems?|poets?|poetry|"
    r"read|reads|reading|comics?|manga|songs?|singers?|sing|sings|singing|sang|bands?|albums?|music|musicians?|"
    r"musicals?|lyrics|soundtracks?|composers?|concerts?|rappers?|cast|comed(?:y|ies)|thrillers?|dramas?|horror|"
    r"romance|romantic|theat(?:er|re)s?|operas?)\b",
    re.IGNORECASE,
)
# A sentence of a turn ("?" ends it, with or without a space before it), and one that asks.
CITED_OPENDIALKG = re.compile(r"\bOpenDialKG\s+(test\s+\d+\.\d+)")

RUBQ = MIRRORS / "vladislavneon+RuBQ" / "repo"
# The commit read (the repository's newest when mirrored; the data files are unchanged since 85c981a).
RUBQ_COMMIT = "fade3eae6a4807c35b19cfce20dfa805fc8c0cdf"
# The files read, in this order, each with the version and split it is cited by (RuBQ_2.0_test.json is an absent
# blob; RuBQ_1.0_dev.json holds the same questions as RuBQ_2.0_dev.json).
RUBQ_FILES = (("2.0 dev", "RuBQ_2.0/", "RuBQ_2.0_dev.json"), ("1.0 test", "RuBQ_1.0/", "RuBQ_1.0_test.json"))
# Film, TV, actor, book and music words, as RuBQ's English machine translations use them ("Who is the Director of the
# film", "the TV series", "Who wrote the novel", "played the role of"); "played" also lets in sports questions.
RUBQ_SCREEN_WORDS = re.compile(
    r"\b(?:movies?|films?|cinemas?|k ?/ ?f|actors?|actress(?:es)?|starr(?:ed|ing)|characters?|heroe?s?|heroines?|"
    r"directors?|directed|screen(?:ed|play|writer)?s?|sequels?|episodes?|seasons?|series|tv|television|shows?|"
    r"sitcoms?|cartoons?|animated|anime|hollywood|oscars?|novels?|novelists?|books?|authors?|writers?|wr[io]te|"
    r"written|poems?|poets?|poetry|stor(?:y|ies)|fairy tales?|tales?|plays?|playwrights?|comed(?:y|ies)|songs?|"
    r"singers?|sang|sings?|bands?|music(?:al)?|albums?|composers?|composed|operas?|ballets?|soundtracks?|lyrics|"
    r"roles?|played)\b",
    re.IGNORECASE,
)
CITED_RUBQ = re.compile(r"\bRuBQ\s+(?:\d\.\d\s+(?:dev|test)\s+)?(\d+)\b")
RUBQ_SOURCE = "RuBQ"  # its name in citations and in the ranked output


@dataclass(frozen=True)
class Question:
    split: str
    conversation: int  # its place in the file, from 1
    turns: tuple[str, ...]  # the conversation's messages, the user's first
    index: int  # the question's place among the turns, from 0

    @property
    def text(self) -> str:
        return self.turns[self.index]

    def cited(self, index: int) -> str:
        """The conversation's turn `index` (from 0) as the probe comments cite it, less the source."""
        return f"{self.split} {self.conversation}.{index + 1}"


def conversation_questions(split: str, number: int, turns: tuple[str, ...]) -> list[Question]:
    """The questions of one conversation from its first turn with a SCREEN_WORDS word on."""
    first_screen = next((index for index, turn in enumerate(turns) if SCREEN_WORDS.search(turn)), len(turns))
    return [Question(split, number, turns, index) for index in range(first_screen, len(turns)) if asks(turns[index])]


def opendialkg_questions() -> list[Question]:
    """The questions of the screen conversations of the stored OpenDialKG file, in OPENDIALKG_FILES order, file order
    and turn order (only each conversation's `dialogue` is read, never KnowEE's annotations)."""
    present = stored_in_folder(OPENDIALKG, OPENDIALKG_COMMIT, OPENDIALKG_FOLDER)
    found: list[Question] = []
    for split, name in OPENDIALKG_FILES:
        if name not in present:
            continue
        for number, item in enumerate(json.loads(git_text(OPENDIALKG, OPENDIALKG_FOLDER + name, OPENDIALKG_COMMIT)), 1):
            turns = tuple(turn for turn in (one_line(turn) for turn in item["dialogue"]) if turn)
            found.extend(conversation_questions(split, number, turns))
    return found


def with_context(question: Question) -> Candidate:
    """A candidate with the turn said just before it and the same conversation's later questions (at most
    FOLLOW_UPS)."""
    turns, index = question.turns, question.index
    before = (f"before {index}: {turns[index - 1]}",) if index else ()
    later = tuple(f"turn {other + 1}: {turns[other]}" for other in range(index + 1, len(turns)) if asks(turns[other]))
    return Candidate(OPENDIALKG_SOURCE, question.cited(index), question.text, before + later[:FOLLOW_UPS])


def opendialkg(skip: Cited) -> tuple[list[Candidate], int]:
    """The pool, and how many of its questions an earlier probe file cites, quotes or asks."""
    every = opendialkg_questions()
    seen = {
        question
        for question in every
        if question.cited(question.index) in skip.ids[OPENDIALKG_SOURCE] or normalised(question.text) in skip.texts
    }
    kept = first_unseen(every, lambda question: question.text, lambda question: question in seen)
    return [with_context(question) for question in kept], len(seen)


@dataclass(frozen=True)
class RubqQuestion:
    file: str  # the version and split of the file read: "2.0 dev" or "1.0 test"
    uid: int  # as the data gives it
    text: str  # the English machine translation


def rubq_questions() -> list[RubqQuestion]:
    """The questions of the stored RuBQ files whose English uses a RUBQ_SCREEN_WORDS word, in RUBQ_FILES order and
    file order (only each one's `uid` and `question_eng` are read)."""
    found: list[RubqQuestion] = []
    for file, folder, name in RUBQ_FILES:
        if name not in stored_in_folder(RUBQ, RUBQ_COMMIT, folder):
            continue
        for item in json.loads(git_text(RUBQ, folder + name, RUBQ_COMMIT)):
            text = one_line(item["question_eng"] or "")
            if text and RUBQ_SCREEN_WORDS.search(text):
                found.append(RubqQuestion(file, item["uid"], text))
    return found


def rubq(skip: Cited) -> tuple[list[Candidate], int]:
    """The pool, and how many of its questions an earlier probe file cites, quotes or asks."""
    every = rubq_questions()
    seen = {
        question
        for question in every
        if str(question.uid) in skip.ids[RUBQ_SOURCE] or normalised(question.text) in skip.texts
    }
    kept = first_unseen(every, lambda question: question.text, lambda question: question in seen)
    return [Candidate(RUBQ_SOURCE, f"{question.file} {question.uid}", question.text) for question in kept], len(seen)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--opendialkg", type=int, default=0, help="OpenDialKG candidates to print (0: the whole pool)")
    parser.add_argument("--rubq", type=int, default=0, help="RuBQ candidates to print (0: the whole pool)")
    args = parser.parse_args()
    skip = cited_earlier(OWN_FILE, {OPENDIALKG_SOURCE: CITED_OPENDIALKG, RUBQ_SOURCE: CITED_RUBQ}, asks=True)
    opendialkg_pool, opendialkg_seen = opendialkg(skip)
    rubq_pool, rubq_seen = rubq(skip)
    print_left_out(((OPENDIALKG_SOURCE, opendialkg_seen), (RUBQ_SOURCE, rubq_seen)))
    pools = ((OPENDIALKG_SOURCE, opendialkg_pool, args.opendialkg), (RUBQ_SOURCE, rubq_pool, args.rubq))
    print_quietly(tuple((source, pool, count or len(pool)) for source, pool, count in pools), SEED)


if __name__ == "__main__":
    main()
