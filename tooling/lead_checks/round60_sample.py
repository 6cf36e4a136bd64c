"""The lead's round-60 check set: a seeded random sample of the Persian questions about films, TV series, actors,
books and music that people typed into Google's search box, as ParsiNLU gathered them from its auto-complete.

Reads one dataset from its mirror on this machine (`git show <commit>:<path>`, nothing is downloaded):

- ParsiNLU (Daniel Khashabi, Arman Cohan, Siamak Shakeri, Pedram Hosseini, Pouya Pezeshkpour, Malihe Alikhani, Moin
  Aminnaseri, Marzieh Bitaab, Faeze Brahman, Sarik Ghazarian, Mozhdeh Gheini, Arman Kabiri, Rabeeh Karimi Mahabadi,
  Omid Memarrast, Ahmadreza Mosallanezhad, Erfan Noury, Shahab Raji, Mohammad Sadegh Rasooli, Sepideh Sadeghi, Erfan
  Sadeqi Azer, Niloofar Safi Samghabadi, Mahsa Shafaei, Saber Sheybani, Ali Tazarv, Yadollah Yaghoobzadeh,
  "ParsiNLU: A Suite of Language Understanding Challenges for Persian", TACL 2021): its reading-comprehension
  questions, which the authors mined from Google's auto-complete suggestions, that is what many people typed ("who is
  the director of the film ...?", "why was the film ... not screened?"), and the questions of its query-paraphrasing
  pairs marked `natural`, mined the same way (the pairs marked `qqp` are machine-translated Quora questions and are not
  read). Read from the authors' repository persiannlp/parsinlu at commit a3b08d0 (2021-03-28, its newest):
  data/reading_comprehension/dev.jsonl, eval.jsonl and train.jsonl (125, 570 and 600 questions) and
  data/qqp/train.jsonl, dev.jsonl and test.jsonl, all present (the .json files beside the reading-comprehension
  .jsonl ones hold the same questions in another layout and are not read; english_squad_parsinlu_train.json is an
  absent blob and is English SQuAD, already used). Only each reading-comprehension line's `question`, and each
  paraphrase line's `q1`, `q2` and `category`, are read, never the passages, answers or labels; runs of whitespace
  are read as one space and the text is kept as typed (colloquial forms, missing letters, typos such as "کارگردن").
  Licence: CC BY-NC-SA 4.0 (the repository's LICENSE). Cited as `ParsiNLU rc-<split> <n>` or `ParsiNLU qp-<split>
  <n><a|b>` (the split the file, n the line's place in it from 1, a or b the pair's first or second question).

The questions are Persian; the probe file translates each one it keeps into English, word for word where English
allows, keeping the asker's register, word order and errors as far as a translation can.

Pool: the questions whose Persian uses a film, TV, actor, book or music word (SCREEN_WORDS below, matched at the start
of a word, so that a suffix or a joined plural still counts); the filter also lets in questions where such a word has
another sense (a holy book, a poem's handicraft namesake, music in religious law) and search queries for a download, a
lyric or a ringtone; they come with the rest of the sample. A question repeated (compared without case or punctuation)
is kept once, at its first place, the reading-comprehension files first (dev, eval, train) and then the paraphrase
files (train, dev, test; each pair's first question before its second).

The source has no dialogues, so each candidate prints the later candidates of the pool that ask about the same kind of
subject (a song or its singer, a book or its author, an actor or a role, a member of the crew, a TV series, a film;
SUBJECT_KINDS below), with their ranks in the seeded order, at most FOLLOW_UPS: the probe file makes some of them
follow-ups of the candidate by writing a pronoun or leaving out the subject the two share, as rounds 36 and 41-43 did
with single-question sources.

Questions that any tests/nlu/probes*.yml already cites (by a `ParsiNLU` citation), quotes or asks word for word are
left out; only how many is printed. The pool is shuffled with a fixed seed and printed in that order. The probe file
tests/nlu/probes_round60_lead_check.yml takes the candidates in this order, skipping only those that cannot be adapted
to a question about this single film (its header says which ranks were skipped).

    python -m tooling.lead_checks.round60_sample [--parsinlu N]
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from tooling.lead_checks.mirrors import (
    MIRRORS,
    Candidate,
    cited_earlier,
    first_unseen,
    git_text,
    kind_of,
    normalised,
    one_line,
    one_source_main,
    print_left_out,
    ranked_with_later_of_kind,
    stored_in_folder,
)

SEED = 60
FOLLOW_UPS = 8  # at most this many later-ranked questions of the same kind are printed
OWN_FILE = "probes_round60_lead_check.yml"

PARSINLU = MIRRORS / "persiannlp+parsinlu" / "repo"
# The commit read (the repository's newest when mirrored).
PARSINLU_COMMIT = "a3b08d0b93ca84e0017e2f490a2aa3ab36c79885"
# The files read, in this order: (the name a citation gives them, folder, file, kind of file).
PARSINLU_FILES = (
    ("rc-dev", "data/reading_comprehension/", "dev.jsonl", "rc"),
    ("rc-eval", "data/reading_comprehension/", "eval.jsonl", "rc"),
    ("rc-train", "data/reading_comprehension/", "train.jsonl", "rc"),
    ("qp-train", "data/qqp/", "train.jsonl", "qp"),
    ("qp-dev", "data/qqp/", "dev.jsonl", "qp"),
    ("qp-test", "data/qqp/", "test.jsonl", "qp"),
)
NATURAL = "natural"  # the paraphrase pairs mined from auto-complete (the others are translated Quora questions)
SOURCE = "ParsiNLU"  # its name in citations and in the ranked output
CITED = re.compile(r"\bParsiNLU\s+((?:rc|qp)-\w+\s+\d+[ab]?)")

# Film, TV, actor, book and music words in Persian, matched at a word's start (suffixes and joined plurals such as
# "فیلمهای" and "بازیگران" count): film, cinema, screening, series, episode, actor, role, director, producer,
# screenplay, book, novel, writer/author, story, poem/poet, song, singer, lyric, music, composer, album, Oscar.
SCREEN_WORDS = re.compile(
    r"(?<!\w)(?:فیلم|سینما|اکران|سریال|قسمت|بازیگر|هنرپیشه|نقش|کارگردان|کارگردن|تهیه ?کننده|"
    r"کتاب|رمان|نویسنده|داستان|شعر|شاعر|آهنگ|اهنگ|خواننده|ترانه|موسیقی|موزیک|آهنگساز|آلبوم|اسکار)"
)
# What a question asks about, by its wording, the first that matches: a song or its singer, a book or its author, an
# actor or role, a member of the crew, a TV series, a film.
SUBJECT_KINDS = (
    ("music", re.compile(r"(?<!\w)(?:آهنگ|اهنگ|خواننده|ترانه|موسیقی|موزیک|آلبوم|تیتراژ)")),
    ("book", re.compile(r"(?<!\w)(?:کتاب|رمان|نویسنده|شعر|شاعر)")),
    ("actor", re.compile(r"(?<!\w)(?:بازیگر|هنرپیشه|نقش)")),
    ("crew", re.compile(r"(?<!\w)(?:کارگردان|کارگردن|تهیه ?کننده|آهنگساز)")),
    ("tv", re.compile(r"(?<!\w)(?:سریال|قسمت)")),
    ("film", re.compile(r"(?<!\w)(?:فیلم|سینما|اکران|اسکار|داستان)")),
)


@dataclass(frozen=True)
class Question:
    cited: str  # `<file> <n>[a|b]`, as the probe comments cite it less the source
    text: str
    kind: str  # a SUBJECT_KINDS name, or ""


def questions() -> list[Question]:
    """The screen questions of the stored ParsiNLU files, in PARSINLU_FILES order and file order."""
    found: list[Question] = []
    for name, folder, file, kind_of_file in PARSINLU_FILES:
        if file not in stored_in_folder(PARSINLU, PARSINLU_COMMIT, folder):
            continue
        for number, line in enumerate(git_text(PARSINLU, folder + file, PARSINLU_COMMIT).splitlines(), 1):
            item = json.loads(line)
            if kind_of_file == "rc":
                texts = (("", item["question"]),)
            elif item["category"] == NATURAL:
                texts = (("a", item["q1"]), ("b", item["q2"]))
            else:
                continue
            for part, raw in texts:
                text = one_line(raw)
                if text and SCREEN_WORDS.search(text):
                    found.append(Question(f"{name} {number}{part}", text, kind_of(text, SUBJECT_KINDS)))
    return found


def where(question: Question) -> str:
    return f"{question.cited} ({question.kind or '-'})"


def pool() -> list[Candidate]:
    """The ranked candidates; prints how many questions an earlier probe file cites, quotes or asks."""
    skip = cited_earlier(OWN_FILE, {SOURCE: CITED}, asks=True)
    every = questions()
    seen = {
        question for question in every if question.cited in skip.ids[SOURCE] or normalised(question.text) in skip.texts
    }
    print_left_out(((SOURCE, len(seen)),))
    kept = first_unseen(every, lambda question: question.text, lambda question: question in seen)
    return ranked_with_later_of_kind(kept, SOURCE, where, SEED, FOLLOW_UPS)


def main() -> None:
    one_source_main(__doc__.splitlines()[0], SOURCE, pool, SEED)


if __name__ == "__main__":
    main()
