"""The lead's round-42 check set: a seeded random sample of the questions that crowd workers asked each other about
films, TV, actors, books and music in Empathetic Dialogues' conversations about their feelings, each with the same
conversation's later questions, completed from 2WikiMultihopQA's, PopQA's and MuSiQue's composed questions about films.

Reads four datasets from their mirrors on this machine (`git show <commit>:<path>`, nothing is downloaded):

- Empathetic Dialogues (Hannah Rashkin, Eric Michael Smith, Margaret Li and Y-Lan Boureau, "Towards Empathetic
  Open-domain Conversation Models: a New Benchmark and Dataset", ACL 2019): two crowd workers talk; one of them, the
  speaker, was given an emotion, wrote a short situation in which they felt it, and opens the conversation about it,
  and the other, the listener, answers and asks ("What movie was it?", "Did you like it?"); a conversation has two to
  eight turns, the two alternating, the speaker's first. The authors distribute the data from ParlAI's download server
  only; it is read from the copy that Patrick-Ni/KnowEE (Xuanfan Ni, Hongliang Dai, Zhaochun Ren and Piji Li,
  "Multi-Source Multi-Type Knowledge Exploration and Exploitation for Dialogue Generation", EMNLP 2023) carries at
  commit 84b0910 (2024-03-12, its newest; the files entered then, "update data"): its parsed copies of the validation
  and test splits as the workers typed them, data/empathetic/others/parsed_raw_valid.json (2,769 conversations) and
  parsed_raw_test.json (2,546), both present (parsed_raw_train.json is an absent blob). Each is one JSON list; only each
  conversation's `conv_id` (ParlAI's `hit:<n>_conv:<n>`) and `utterence` (its turns, the speaker's first) are read,
  never the situation (`prompt`) or the emotion (`label`); runs of whitespace are read as one space; casing, spelling,
  contractions, emoticons and typos are kept (ParlAI's `_comma_` already written back as a comma). KnowEE's other
  copies (data/empathetic/*.json, data/empathetic/others/{val,test}.json, data/preprocess_data/empathetic/) were
  lower-cased and had their contractions expanded by its wash_data.py; they are not read. Licence: CC BY-NC 4.0 (the
  Hugging Face catalogue card of facebook/empathetic_dialogues); the copy's repository carries the MIT licence for
  KnowEE's code. Cited as `ED <split> <conv_id>.<turn>` (valid or test; the turn its place in the conversation,
  counted from 1: the speaker's turns are odd, the listener's even).
- 2WikiMultihopQA (Xanh Ho, Anh-Khoa Duong Nguyen, Saku Sugawara and Akiko Aizawa, "Constructing A Multi-hop QA
  Dataset for Comprehensive Evaluation of Reasoning Steps", COLING 2020): questions composed by templates from
  Wikipedia and Wikidata ("Where was the director of film Taxi! born?", "Which film came out first, X or Y?"), kept as
  the data gives them (titles in title case, "(Film)" tags). Read from the copy of 4,000 of its development questions
  in peterbaile/lag at commit eb25311 (2025-05-20, its newest; the file entered in 69a54d1 the same day):
  data/wikihop/dev.json, present (data/wikihop/dev_docs.json, the paragraphs, is an absent blob). Only each question's
  `_id` and `question` are read, never its type, evidence or answer. Licence: Apache License 2.0 (the authors' Hugging
  Face mirror xanhho/2WikiMultihopQA); the copy's repository states none. Cited as `2Wiki <_id>`.
- PopQA (Alex Mallen, Akari Asai, Victor Zhong, Rajarshi Das, Daniel Khashabi and Hannaneh Hajishirzi, "When Not to
  Trust Language Models: Investigating Effectiveness and Limitations of Parametric and Non-Parametric Memories", ACL
  2023): questions made by templates from Wikidata facts, one template a relation ("Who was the director of X?", "Who
  was the screenwriter for X?"). The authors' data/popQA.tsv is an absent blob in their repository's mirror
  (AlexTMallen/adaptive-retrieval); it is read from the copy of its long-tail subset (the 1,399 questions about the
  least-viewed subjects, as Self-RAG, Asai et al. 2024, evaluates on it) that HuskyInSalt/CRAG (Shi-Qi Yan, Jia-Chen
  Gu, Yun Zhu and Zhen-Hua Ling, "Corrective Retrieval Augmented Generation", 2024) carries at commit de7c296
  (2024-10-08, its newest; the file entered in 1b34082, 2024-02-23, and is unchanged since): data/popqa/sources (1,399
  questions, one a line, the questions only: no id, no answer), present (data/popqa/test_popqa.txt is an absent blob).
  Licence: MIT (AlexTMallen/adaptive-retrieval's LICENSE); the copy's repository states none. Cited as `PopQA longtail
  <line>` (the question's line in the file, from 1).
- MuSiQue (Harsh Trivedi, Niranjan Balasubramanian, Tushar Khot and Ashish Sabharwal, "MuSiQue: Multihop Questions via
  Single-hop Question Composition", TACL 2022): multi-hop questions that crowd workers wrote by composing single-hop
  questions into one ("Who is the spouse of the Green performer?"), kept as typed. Read, as round 41 did, from the copy
  of its answerable development set in peterbaile/lag at commit eb25311: data/musique/dev.json (2,417 questions),
  present. Only each question's `id` and `question` are read, never the decomposition or the answer. Licence: CC BY
  4.0 (the authors' README). Cited as `MuSiQue <id>`.

ED pool: the questions of the conversations (valid, then test; file order) about films, TV, actors, books or music:
those one of whose turns uses a SCREEN_WORDS word (below; "book" not as a verb, "show" only as a programme, "read" as
reading). A question is a turn that holds a sentence ending in "?"; it is taken whole, as the worker typed it, with
the statements around its question (they hold what its pronouns point at). Every question from the conversation's
first turn with a SCREEN_WORDS word on is a candidate, as round 40 took DailyDialog's. The filter also lets in
conversations where such a word is said in passing or has another sense (a TV left on for a dog, a concert as a night
out, stolen comic books, a cookery book, a video game's trailer); they are kept as they come. A candidate repeated
(compared without case or punctuation) is kept once, at its first place. Each candidate prints the turn said just
before it ("before <turn>: <text>", what it answers or leans on) and the same conversation's later questions ("turn
<n>: <text>"), at most FOLLOW_UPS: the probe file makes those of them that can be adapted follow-ups of the candidate,
with the names changed the same way, as rounds 40 and 41 did.

2Wiki, PopQA and MuSiQue pools: 2WikiMultihopQA's film questions (those that use WIKI2_FILM_WORDS, below), PopQA's
film questions (those of its director, screenwriter, producer and composer templates, POPQA_FILM) and MuSiQue's
questions that use a film, TV, actor, book or music word (MUSIQUE_SCREEN_WORDS, round 41's filter), each text once.
They have no dialogues, so each candidate prints the later candidates of its pool that ask about the same kind of
subject (2Wiki and MuSiQue: a song or its performer, a book or its author, an actor or character, a member of the
crew, a TV series, a film, SUBJECT_KINDS below; PopQA: any, as each asks about a film), with their ranks in the
seeded order, at most 12: the probe file makes some of them follow-ups of the candidate by writing a pronoun for the
subject the two share, as round 41 did with MuSiQue.

Questions that any tests/nlu/probes*.yml already cites (by an `ED <split> <conv_id>.<turn>`, `2Wiki <_id>`, `PopQA
longtail <line>` or `MuSiQue <id>` citation), quotes or asks word for word are left out. Each pool is shuffled with a
fixed seed and printed in that order. The probe file tests/nlu/probes_round42_lead_check.yml takes the candidates in
this order, skipping only those that cannot be adapted to a question about this single film (its header says which
ranks were skipped).

    python -m tooling.lead_checks.round42_sample [--ed N] [--wiki2 N] [--popqa N] [--musique N]
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

SEED = 42
FOLLOW_UPS = 8  # a conversation holds at most eight turns; more later questions are never printed
OWN_FILE = "probes_round42_lead_check.yml"

ED = MIRRORS / "Patrick-Ni+KnowEE" / "repo"
# The commit read (the repository's newest when mirrored; the parsed files entered in it).
ED_COMMIT = "84b0910f969e399a8cca0b1a005a03c0c3671dd3"
ED_FOLDER = "data/empathetic/others/"
# The files read, in this order, with the split each is cited by (parsed_raw_train.json is an absent blob).
ED_FILES = (("valid", "parsed_raw_valid.json"), ("test", "parsed_raw_test.json"))
ED_SOURCE = "ED"  # its name in citations and in the ranked output

# Film, TV, actor, book and music words, as Empathetic Dialogues' crowd workers use them. "book" is left out where a
# word after it makes it the verb (book a trip, book tickets), "show" is kept only as a programme (a tv show, that
# show), "series" not as "a series of", "read" only as reading (books, novels, "i love to read").
SCREEN_WORDS = re.compile(
    r"\b(?:movies?|films?|cinemas?|movie ?theat(?:er|re)s?|actors?|actress(?:es)?|acting|starr(?:ed|ing)|"
    r"(?:film|movie) ?stars?|characters?|directors?|directed|sequels?|episodes?|series(?! of)|tv|television|"
    r"netflix|hulu|binge[- ]?watch(?:ed|ing)?|trailers?|premieres?|soap operas?|sitcoms?|cartoons?|anime|hollywood|"
    r"oscars?|documentar(?:y|ies)|(?:tv|talk|game|reality|cooking|favou?rite|the|that|this|a) shows?|novels?|"
    r"novelists?|books?(?! (?:a|an|the|me|us|it|you|him|her|them|tickets?|seats?|rooms?|tables?|flights?|trips?|in|"
    r"for|now|up)\b)|authors?|writers?|poems?|poets?|poetry|read|reads|reading|comics?|manga|songs?|singers?|sing|"
    r"sings|singing|sang|bands?|albums?|music|musicians?|musicals?|lyrics|soundtracks?|composers?|concerts?|rapper|"
    r"cast|comed(?:y|ies)|thrillers?|dramas?|horror|romance|theat(?:er|re)s?|operas?|harry potter|star wars|"
    r"star trek|disney|pixar|marvel|avengers|game of thrones|walking dead|stranger things|breaking bad|"
    r"lord of the rings|twilight)\b",
    re.IGNORECASE,
)
# A sentence of a turn ("?" ends it, with or without a space before it), and one that asks.
CITED_ED = re.compile(r"\bED\s+((?:valid|test)\s+hit:\d+_conv:\d+\.\d+)")

WIKI2 = MIRRORS / "peterbaile+lag" / "repo"
# The commit read (the repository's newest when mirrored; the file entered in 69a54d1 and is unchanged since).
WIKI2_COMMIT = "eb253119caaef69b91d60ca26c672fd921d960df"
WIKI2_FOLDER = "data/wikihop/"
# The file read: 4,000 of 2WikiMultihopQA's development questions (dev_docs.json, the paragraphs, is an absent blob).
WIKI2_FILE = "dev.json"
WIKI2_FOLLOW_UPS = 12  # at most this many later-ranked questions of the same kind are printed
# Film words, as 2WikiMultihopQA's templates use them ("the director of film X", "Which film came out first"): its
# film questions only, not those about songs, albums, bands or TV series.
WIKI2_FILM_WORDS = re.compile(r"\b(?:movies?|films?)\b", re.IGNORECASE)
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
    ("tv", re.compile(r"\b(?:tv|television|series|episodes?|seasons?|shows?|sitcoms?|anime)\b", re.IGNORECASE)),
    ("film", re.compile(r"\b(?:movies?|films?|cinemas?|sequels?|hollywood|oscars?)\b", re.IGNORECASE)),
)
CITED_WIKI2 = re.compile(r"\b2Wiki\s+([0-9a-f]{32})\b")
WIKI2_SOURCE = "2Wiki"  # its name in citations and in the ranked output

POPQA = MIRRORS / "HuskyInSalt+CRAG" / "repo"
# The commit read (the repository's newest when mirrored; the file entered in 1b34082 and is unchanged since).
POPQA_COMMIT = "de7c2961ae624a1483a138c5798e1f6d0c4fb0e0"
POPQA_FOLDER = "data/popqa/"
# The file read: PopQA's long-tail questions, one a line, questions only (test_popqa.txt is an absent blob).
POPQA_FILE = "sources"
POPQA_FOLLOW_UPS = 12  # at most this many later-ranked questions of the same film are printed
# PopQA's templates for its four film relations (Wikidata's director, screenwriter, producer and composer): its film
# questions.
POPQA_FILM = re.compile(r"^Who was the (?:director|screenwriter|producer|composer) (?:of|for) ")
CITED_POPQA = re.compile(r"\bPopQA\s+longtail\s+(\d+)")
POPQA_SOURCE = "PopQA"  # its name in citations and in the ranked output

MUSIQUE = MIRRORS / "peterbaile+lag" / "repo"
# The commit read (the repository's newest when mirrored; the file entered in 69a54d1 and is unchanged since).
MUSIQUE_COMMIT = "eb253119caaef69b91d60ca26c672fd921d960df"
MUSIQUE_FOLDER = "data/musique/"
# The file read: MuSiQue's answerable development questions (dev_docs.json, the paragraphs, is an absent blob).
MUSIQUE_FILE = "dev.json"
MUSIQUE_FOLLOW_UPS = 12  # at most this many later-ranked questions of the same kind are printed
# Film, TV, actor, book and music words, as MuSiQue's composed questions use them (round 41's filter).
MUSIQUE_SCREEN_WORDS = re.compile(
    r"\b(?:movies?|films?|cinemas?|actors?|actress(?:es)?|starr(?:ed|ing)|characters?|directors?|directed|sequels?|"
    r"screenplays?|screenwriters?|episodes?|series|tv|television|shows?|sitcoms?|netflix|hollywood|oscars?|anime|"
    r"manga|novels?|novelists?|books?|authors?|songs?|singers?|sang|bands?|albums?|music|musical|lyrics|"
    r"soundtracks?|composers?|performers?|cast|play(?:ed|s)? (?:the )?(?:role|part))\b",
    re.IGNORECASE,
)
CITED_MUSIQUE = re.compile(r"\bMuSiQue\s+(\d+hop\w*)")
MUSIQUE_SOURCE = "MuSiQue"  # its name in citations and in the ranked output


@dataclass(frozen=True)
class Question:
    split: str
    conv_id: str  # as the data gives it: `hit:<n>_conv:<n>`
    turns: tuple[str, ...]  # the conversation's turns, the speaker's first
    index: int  # the question's place among the turns, from 0

    @property
    def text(self) -> str:
        return self.turns[self.index]

    def cited(self, index: int) -> str:
        """The conversation's turn `index` (from 0) as the probe comments cite it, less the source."""
        return f"{self.split} {self.conv_id}.{index + 1}"


def conversation_questions(split: str, conv_id: str, turns: tuple[str, ...]) -> list[Question]:
    """The questions of one conversation from its first turn with a SCREEN_WORDS word on."""
    first_screen = next((index for index, turn in enumerate(turns) if SCREEN_WORDS.search(turn)), len(turns))
    return [Question(split, conv_id, turns, index) for index in range(first_screen, len(turns)) if asks(turns[index])]


def ed_questions() -> list[Question]:
    """The questions of the screen conversations of the stored Empathetic Dialogues files, in ED_FILES order, file
    order and turn order (only each conversation's `conv_id` and turns are read, never its situation or emotion)."""
    present = stored_in_folder(ED, ED_COMMIT, ED_FOLDER)
    found: list[Question] = []
    for split, name in ED_FILES:
        if name not in present:
            continue
        for item in json.loads(git_text(ED, ED_FOLDER + name, ED_COMMIT)):
            turns = tuple(turn for turn in (one_line(turn) for turn in item["utterence"]) if turn)
            found.extend(conversation_questions(split, item["conv_id"], turns))
    return found


def with_context(question: Question) -> Candidate:
    """A candidate with the turn said just before it and the same conversation's later questions (at most
    FOLLOW_UPS)."""
    turns, index = question.turns, question.index
    before = (f"before {index}: {turns[index - 1]}",) if index else ()
    later = tuple(f"turn {other + 1}: {turns[other]}" for other in range(index + 1, len(turns)) if asks(turns[other]))
    return Candidate(ED_SOURCE, question.cited(index), question.text, before + later[:FOLLOW_UPS])


def ed(skip: Cited) -> list[Candidate]:
    kept = first_unseen(
        ed_questions(),
        lambda question: question.text,
        lambda question: question.cited(question.index) in skip.ids[ED_SOURCE]
        or normalised(question.text) in skip.texts,
    )
    return [with_context(question) for question in kept]


@dataclass(frozen=True)
class Wiki2Question:
    id: str  # as the data gives it: 32 hex digits
    text: str
    kind: str  # a SUBJECT_KINDS name, or "" when none matches


def wiki2_questions() -> list[Wiki2Question]:
    """The questions of the stored 2WikiMultihopQA file that use a WIKI2_FILM_WORDS word, in file order (only each
    one's `_id` and `question` are read, never its type, evidence or answer)."""
    if WIKI2_FILE not in stored_in_folder(WIKI2, WIKI2_COMMIT, WIKI2_FOLDER):
        return []
    found: list[Wiki2Question] = []
    for item in json.loads(git_text(WIKI2, WIKI2_FOLDER + WIKI2_FILE, WIKI2_COMMIT)):
        text = one_line(item["question"])
        if text and WIKI2_FILM_WORDS.search(text):
            found.append(Wiki2Question(item["_id"], text, kind_of(text, SUBJECT_KINDS)))
    return found


def wiki2_where(question: Wiki2Question) -> str:
    return f"{question.id} ({question.kind or '-'})"


def wiki2(skip: Cited) -> list[Candidate]:
    kept = first_unseen(
        wiki2_questions(),
        lambda question: question.text,
        lambda question: question.id in skip.ids[WIKI2_SOURCE] or normalised(question.text) in skip.texts,
    )
    return ranked_with_later_of_kind(kept, WIKI2_SOURCE, wiki2_where, SEED, WIKI2_FOLLOW_UPS)


@dataclass(frozen=True)
class PopQuestion:
    line: int  # its line in the file, from 1
    text: str
    kind: str = "film"  # every question of the pool asks about a film: each lists the later ones of any relation


def popqa_questions() -> list[PopQuestion]:
    """The film questions of the stored PopQA file, in file order (the file holds the questions only, never the
    answers)."""
    if POPQA_FILE not in stored_in_folder(POPQA, POPQA_COMMIT, POPQA_FOLDER):
        return []
    lines = git_text(POPQA, POPQA_FOLDER + POPQA_FILE, POPQA_COMMIT).splitlines()
    return [PopQuestion(line, one_line(text)) for line, text in enumerate(lines, 1) if POPQA_FILM.match(one_line(text))]


def popqa_where(question: PopQuestion) -> str:
    return f"longtail {question.line}"


def popqa(skip: Cited) -> list[Candidate]:
    kept = first_unseen(
        popqa_questions(),
        lambda question: question.text,
        lambda question: str(question.line) in skip.ids[POPQA_SOURCE] or normalised(question.text) in skip.texts,
    )
    return ranked_with_later_of_kind(kept, POPQA_SOURCE, popqa_where, SEED, POPQA_FOLLOW_UPS)


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
    parser.add_argument("--ed", type=int, default=0, help="Empathetic Dialogues candidates to print (0: all)")
    parser.add_argument("--wiki2", type=int, default=0, help="2WikiMultihopQA candidates to print (0: the whole pool)")
    parser.add_argument("--popqa", type=int, default=0, help="PopQA candidates to print (0: the whole pool)")
    parser.add_argument("--musique", type=int, default=0, help="MuSiQue candidates to print (0: the whole pool)")
    args = parser.parse_args()
    citations = {
        ED_SOURCE: CITED_ED,
        WIKI2_SOURCE: CITED_WIKI2,
        POPQA_SOURCE: CITED_POPQA,
        MUSIQUE_SOURCE: CITED_MUSIQUE,
    }
    skip = cited_earlier(OWN_FILE, citations, asks=True)
    pools = (
        (ED_SOURCE, ed(skip), args.ed),
        (WIKI2_SOURCE, wiki2(skip), args.wiki2),
        (POPQA_SOURCE, popqa(skip), args.popqa),
        (MUSIQUE_SOURCE, musique(skip), args.musique),
    )
    print_quietly(tuple((source, pool, count or len(pool)) for source, pool, count in pools), SEED)


if __name__ == "__main__":
    main()
