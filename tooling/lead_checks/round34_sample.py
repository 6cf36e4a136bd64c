"""The lead's round-34 check set: a seeded random sample of crowd workers' questions about films and shows from
SubjQA's movies domain, and of TREC CAsT conversations about a film, a book, a band or music.

Reads two datasets from their bare mirrors on this machine (`git show <commit>:<path>`, nothing is downloaded):

- SubjQA (Johannes Bjerva, Nikita Bhutani, Behzad Golshan, Wang-Chiew Tan and Isabelle Augenstein, "SubjQA: A
  Dataset for Subjectivity and Review Comprehension", EMNLP 2020): questions that crowd workers wrote about a
  product from an opinion mined from its reviews ("good acting" -> "How is the acting?"), each then paired with one
  or more Amazon reviews; the movies domain is films and TV shows sold on DVD and Blu-ray (Amazon's "Movies and TV"
  reviews). Kept as typed (casing, typos, a space before a question mark). As carried by the authors' repository
  megagonlabs/SubjQA at commit 6ea88c7 (2020-10-04, its newest): SubjQA/movies/splits/dev.csv (278 question-review
  rows) and SubjQA/movies/splits/test.csv (582 rows), both present in the mirror; the domain's train.csv is an absent
  blob and is not read. Only the `question` column (and the row's `q_reviews_id`, to cite it) is read, never the
  reviews, answer spans, subjectivity labels or mined opinions. Licence: the README states none of its own; it says
  each domain's data "should be considered under the same license as the dataset it was built upon" (for movies,
  the UCSD Amazon Review dataset). Cited as `SubjQA <split>.csv <line> <q_reviews_id>` (the file line where the row's
  CSV record starts, the header being line 1, and the id SubjQA gives all rows sharing one question).
- TREC CAsT (Jeffrey Dalton, Chenyan Xiong and Jamie Callan, "CAsT 2019: The Conversational Assistance Track
  Overview", TREC 2019, and the track's 2020 and 2021 editions): conversational information-seeking topics, each a
  run of user turns written by the track's organisers, the later turns real follow-ups with pronouns and ellipsis
  ("What is it about?", "Who was the author and when what it published?"). As carried by the track's repository
  daltonj/treccastweb at commit 3384661 (2023-06-15, its newest): 2019/data/training/train_topics_v1.0.json (30
  topics), 2019/data/evaluation/evaluation_topics_v1.0.json (50), 2020/2020_manual_evaluation_topics_v1.0.json (25)
  and 2021/2021_manual_evaluation_topics_v1.0.json (26), all present. Only each turn's `raw_utterance` (the user's own
  text) is read, never the manual or automatic rewrites, the canonical passages or the relevance judgements. The 2022
  topics are not read: their user turns are branches of a mixed-initiative tree that answer the system's own replies
  (held in the same file), which no film assistant would have given. Licence: MIT (the repository's LICENSE).
  Cited as `CAsT <year> <topic>_<turn>`.

SubjQA pool: every question of the domain's two stored files: the domain fixes the subject (a film or show the asker
is looking at), so no word filter is used. Some questions are not about the film at all (a favourite colour,
medicine, a price) or ask after a DVD's own features (the transfer, the extras); they are kept as they come, like the
rest of the sample. A question repeated (the same text, compared without case or punctuation; SubjQA pairs one
question with several reviews, so most come more than once) is kept once, at its first place (dev, then test, in
file order). Each candidate prints the later candidates that ask about the same kind of subject (the story: story,
plot, script, ending; the acting: actors, cast, performance, characters, roles; the sound: music, soundtrack, songs,
audio; the look: cinematography, scenery, effects, costumes, video; the work as a whole: movie, film, show, series;
SUBJECT_KINDS below), with their ranks in the seeded order, at most twelve: the probe file makes one of them a real
follow-up of the candidate by writing a pronoun for the subject the two share; its header says which. The kind is a
rough guide for the writer, who reads each question. The ranks are those of print_samples' order: shuffling with one
seed permutes any list of the same length alike, so the ranks computed here before printing are the printed ones.

CAsT pool: the topics with a turn that uses a film, TV, book or music word (SCREEN_WORDS below); the word filter also
lets in topics where such a word has another sense or is said in passing (a series A funding round, toilets in film);
they are kept as they come. Each candidate is a topic's first turn, printed with its later turns (its real
follow-ups, in order).

Questions and topics that any tests/nlu/probes*.yml already cites are left out: by id (a `SubjQA <split>.csv <line>
<q_reviews_id>` or `CAsT <year> <topic>_<turn>` citation) and by text (an earlier file quoting the original, or
asking it word for word). Each pool is shuffled with a fixed seed and printed in that order. The probe file
tests/nlu/probes_round34_lead_check.yml takes the candidates in this order, skipping only those that cannot be adapted
to a question about this single film (its header says which ranks were skipped).

    python -m tooling.lead_checks.round34_sample [--subjqa N] [--cast N]
"""

from __future__ import annotations

import argparse
import csv
import io
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
    kind_of,
    normalised,
    print_quietly,
    ranked_with_later_of_kind,
    stored_in_folder,
)

SEED = 34
FOLLOW_UPS = 12
OWN_FILE = "probes_round34_lead_check.yml"

SUBJQA = MIRRORS / "megagonlabs+SubjQA" / "repo"
# The commit read (the repository's newest when mirrored).
SUBJQA_COMMIT = "6ea88c77802798b4a09a8218bd6bbde5b9cf4278"
SUBJQA_FOLDER = "SubjQA/movies/splits/"
# The files read, in this order (the domain's train.csv is an absent blob in the mirror).
SUBJQA_FILES = ("dev.csv", "test.csv")

CAST = MIRRORS / "daltonj+treccastweb" / "repo"
# The commit read (the repository's newest when mirrored).
CAST_COMMIT = "33846610b736da392efeab00e4c6f4519e0dacf1"
# The topic files read, in this order, with the year each is cited by.
CAST_FILES = (
    ("2019", "2019/data/training/", "train_topics_v1.0.json"),
    ("2019", "2019/data/evaluation/", "evaluation_topics_v1.0.json"),
    ("2020", "2020/", "2020_manual_evaluation_topics_v1.0.json"),
    ("2021", "2021/", "2021_manual_evaluation_topics_v1.0.json"),
)

# What a SubjQA question asks about, by its wording, the first that matches: a part of the film (its story, its
# acting, its sound, its look) or the film or show as a whole.
SUBJECT_KINDS = (
    (
        "story",
        re.compile(
            r"\b(?:story|storyline|plots?|script|screenplay|writing|written|dialogues?|end|ending|twists?|"
            r"suspense|jokes?|humou?r|comedy)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "acting",
        re.compile(
            r"\b(?:actors?|actress(?:es)?|act|acting|cast|performances?|characters?|roles?|chemistry|people|"
            r"woman|girl|man|guy)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "sound",
        re.compile(r"\b(?:music|musical|soundtrack|score|songs?|singing|sound|audio|tracks?|number)\b", re.IGNORECASE),
    ),
    (
        "look",
        re.compile(
            r"\b(?:cinematography|photography|scenery|scenes?|effects?|colou?rs?|costumes?|sets?|visuals?|video|"
            r"picture|animation|transfer|quality)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "work",
        re.compile(
            r"\b(?:movies?|movte|films?|shows?|series|seasons?|episodes?|documentary|dvd|version|sequel|it|this)\b",
            re.IGNORECASE,
        ),
    ),
)
# Film, TV, book and music words, as CAsT's topic writers used them.
SCREEN_WORDS = re.compile(
    r"\b(?:movies?|films?|cinemas?|actors?|actress(?:es)?|starr(?:ed|ing)|characters?|directors?|directed|scenes?|"
    r"sequels?|episodes?|series|tv|television|shows?|netflix|hollywood|novels?|books?|authors?|songs?|singers?|"
    r"bands?|albums?|music|musical|lyrics|soundtracks?|oscars?)\b",
    re.IGNORECASE,
)
CITED_SUBJQA = re.compile(r"\bSubjQA\s+\S+\.csv\s+\d+\s+([0-9a-f]{32})\b")
CITED_CAST = re.compile(r"\bCAsT\s+(\d{4})\s+(\d+)_\d+\b")
SUBJQA_SOURCE, CAST_SOURCE = "SubjQA", "CAsT"  # their names in citations and in the ranked output


@dataclass(frozen=True)
class Question:
    file: str
    line: int  # where the row's CSV record starts in the file (the header is line 1)
    id: str  # the row's q_reviews_id
    text: str
    kind: str  # a SUBJECT_KINDS name, or "" when none matches


def one_line(text: str) -> str:
    return " ".join(text.split())


def subjqa_file(name: str) -> list[Question]:
    """Every question-review row of one SubjQA file, in file order, with the line its record starts on."""
    reader = csv.reader(io.StringIO(git_text(SUBJQA, SUBJQA_FOLDER + name, SUBJQA_COMMIT), newline=""))
    found: list[Question] = []
    question_column = id_column = -1
    start = 1
    for number, row in enumerate(reader):
        if number == 0:
            question_column, id_column = row.index("question"), row.index("q_reviews_id")
        elif row:
            text = one_line(row[question_column])
            if text:
                found.append(Question(name, start, row[id_column], text, kind_of(text, SUBJECT_KINDS)))
        start = reader.line_num + 1
    return found


def subjqa_questions() -> list[Question]:
    """Every question-review row of the stored SubjQA files, in SUBJQA_FILES order and file order."""
    present = stored_in_folder(SUBJQA, SUBJQA_COMMIT, SUBJQA_FOLDER)
    return [question for name in SUBJQA_FILES if name in present for question in subjqa_file(name)]


def subjqa_where(question: Question) -> str:
    return f"{question.file} {question.line} {question.id} ({question.kind or '-'})"


def subjqa(skip: Cited) -> list[Candidate]:
    kept = first_unseen(
        subjqa_questions(),
        lambda question: question.text,
        lambda question: question.id in skip.ids[SUBJQA_SOURCE] or normalised(question.text) in skip.texts,
    )
    return ranked_with_later_of_kind(kept, SUBJQA_SOURCE, subjqa_where, SEED, FOLLOW_UPS)


def cast_topics() -> list[tuple[str, str, list[tuple[str, str]]]]:
    """Every topic of the stored CAsT files, in CAST_FILES order and file order: its year, number and turns (each
    turn's number and user text)."""
    found: list[tuple[str, str, list[tuple[str, str]]]] = []
    for year, folder, name in CAST_FILES:
        if name not in stored_in_folder(CAST, CAST_COMMIT, folder):
            continue
        topics = git_json(CAST, folder + name)
        assert isinstance(topics, list)
        for topic in topics:
            turns = [(str(turn["number"]), one_line(turn["raw_utterance"])) for turn in topic["turn"]]
            found.append((year, str(topic["number"]), [(number, text) for number, text in turns if text]))
    return found


def cast(skip: Cited) -> list[Candidate]:
    pool: list[Candidate] = []
    for year, topic, turns in cast_topics():
        if not turns or (year, topic) in skip.ids[CAST_SOURCE] or normalised(turns[0][1]) in skip.texts:
            continue
        if not any(SCREEN_WORDS.search(text) for _, text in turns):
            continue
        later = tuple(f"turn {number}: {text}" for number, text in turns[1:])
        pool.append(Candidate(CAST_SOURCE, f"{year} {topic}_{turns[0][0]}", turns[0][1], later))
    return pool


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--subjqa", type=int, default=0, help="SubjQA candidates to print (0: the whole pool)")
    parser.add_argument("--cast", type=int, default=0, help="CAsT topics to print (0: the whole pool)")
    args = parser.parse_args()
    skip = cited_earlier(OWN_FILE, {SUBJQA_SOURCE: CITED_SUBJQA, CAST_SOURCE: CITED_CAST})
    pools = ((SUBJQA_SOURCE, subjqa(skip), args.subjqa), (CAST_SOURCE, cast(skip), args.cast))
    print_quietly(tuple((source, pool, count or len(pool)) for source, pool, count in pools), SEED)


if __name__ == "__main__":
    main()
