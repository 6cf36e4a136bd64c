"""The lead's round-134 check set: a seeded random sample of the questions that people ask each other in MuTual's
dialogues about films, cinemas, TV, actors, books and music, each with the turn before it and the same dialogue's
later questions.

Reads one dataset from its mirror on this machine (`git show <commit>:<path>`, nothing is downloaded):

- MuTual (Leyang Cui, Yu Wu, Shujie Liu, Yue Zhang and Ming Zhou, "MuTual: A Dataset for Multi-Turn Dialogue
  Reasoning", ACL 2020): 6,371 two-person dialogues of daily life (friends, couples, a customer and a clerk, a
  student and a teacher), taken from the listening tests of Chinese high schools' English exams, where people wrote
  them, and cut by the authors into 8,860 contexts, each followed by four candidate replies that annotators wrote.
  Only the contexts are read here: the people's dialogues, not a model's ("have you seen the new film ?", "who 's
  in it ?", "what 's it about ?"), lower-cased and split into tokens by the authors, as the data gives them. Read
  from the authors' repository Nealcly/MuTual at commit b90ceca (b90cecada5b34226cd3d88e217844c80a6d8ee3f,
  2020-10-07, its newest when mirrored): data/mutual/train/train_<n>.txt (7,088 files), data/mutual/dev/ (886) and
  data/mutual/test/ (886), one JSON context a file, all present (real blobs, not LFS pointers). Only each file's `id`
  and `article` are read, never the candidate replies or the answer keys; the folder data/mutual_plus/ repeats these
  contexts and is not read. Each turn of an article opens with its speaker, `m :` or `f :`. Licence: none stated (the
  repository holds no licence file and its README names none). Cited as `MuTual <id>.<turn>` (the context's `id`, the
  turn counted from 1).

The authors cut one dialogue into several contexts, each a longer opening of the same dialogue; a context that opens
another one (compared as text) is read only through the longest, so that each dialogue is read once. The text of a
turn is given with the tokenizer's spaces taken back out of it ("do n't" -> "don't", "film ?" -> "film?", "it 's" ->
"it's"), its words, casing and typos otherwise as the data gives them (DETOKENISED below).

Pool: the questions of the dialogues about films, TV, actors, books or music. A dialogue is taken as one when at least
SCREEN_TURNS of its turns use a SCREEN_WORDS word (below); the filter also lets in dialogues where such a word has
another sense (a camera film, a book as an account) or comes up in passing; they are kept as they come. A question is
a turn (of either speaker) that holds a sentence ending in "?", taken whole, with the statements around it; every
question from the dialogue's first turn with a SCREEN_WORDS word on is a candidate, as round 46 took Switchboard's.
Each candidate prints the turn just before it ("before <turn>: <speaker>: <text>", what it answers or leans on) and
the same dialogue's later questions ("turn <n>: <speaker>: <text>"), at most FOLLOW_UPS: the probe file makes those of
them that can be adapted follow-ups of the candidate, with the names changed the same way.

A candidate repeated (compared without case or punctuation) is kept once, at its first place (train, then dev, then
test, each in file-number order). Questions that any tests/nlu/probes*.yml already cites (by a `MuTual <id>.<turn>`
citation), quotes or asks word for word are left out; only the number of them is printed. The pool is shuffled with a
fixed seed and printed in that order. The probe file tests/nlu/probes_round134_lead_check.yml takes the candidates in
this order, skipping only those that cannot be adapted to a question about this single film (its header says which
ranks were skipped).

    python -m tooling.lead_checks.round134_sample
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from tooling.lead_checks.mirrors import (
    MIRRORS,
    Candidate,
    Cited,
    asks,
    cited_earlier,
    git_text,
    one_line,
    print_one_pool,
    stored_in_folder,
    unseen,
)

SEED = 134
FOLLOW_UPS = 6  # a dialogue holds five to fifteen turns
SCREEN_TURNS = 2  # a dialogue with fewer turns that use a SCREEN_WORDS word is on another topic
OWN_FILE = "probes_round134_lead_check.yml"
SOURCE = "MuTual"  # its name in citations and in the ranked output

MUTUAL = MIRRORS / "Nealcly+MuTual" / "repo"
# The commit read (the repository's newest when mirrored).
MUTUAL_COMMIT = "b90cecada5b34226cd3d88e217844c80a6d8ee3f"
FOLDER = "data/mutual/"
# The splits read, in this order, each a folder of `<split>_<n>.txt` files.
SPLITS = ("train", "dev", "test")
CONTEXT_FILE = re.compile(r"^(train|dev|test)_(\d+)\.txt$")
# A speaker's mark that opens a turn: `m :` or `f :`, at the start or after a space.
SPEAKER = re.compile(r"(?:^|\s)([mf]) : ")
CITED_MUTUAL = re.compile(r"\bMuTual\s+((?:train|dev|test)_\d+\.\d+)")
# The tokenizer's spaces, taken back out: before punctuation and a clitic, inside "n't", "do n't" -> "don't".
DETOKENISED = (
    (re.compile(r" n't\b"), "n't"),
    (re.compile(r" '(s|re|ve|m|ll|d)\b"), r"'\1"),
    (re.compile(r" ([.,?!;:%])"), r"\1"),
    (re.compile(r"\$ (\d)"), r"$\1"),
)

# Film, TV, actor, book and music words, as MuTual's dialogues write them. "book" is left out where a word after it
# makes it the verb (book a table, book tickets), "show" is kept only as a programme, "series" not as "a series of".
SCREEN_WORDS = re.compile(
    r"\b(?:movies?|films?|cinemas?|movie ?theat(?:er|re)s?|actors?|actress(?:es)?|acting|starr(?:ed|ing)|"
    r"(?:film|movie) ?stars?|characters?|directors?|directed|sequels?|episodes?|series(?! of)|tv|television|"
    r"soap operas?|sitcoms?|cartoons?|hollywood|oscars?|documentar(?:y|ies)|"
    r"(?:tv|talk|game|favou?rite|the|that|this) shows?|novels?|novelists?|"
    r"books?(?! (?:a|an|the|me|us|it|you|him|her|them|tickets?|seats?|rooms?|tables?|flights?|trips?|in|for|now|up)\b)|"
    r"authors?|writers?|poems?|poets?|poetry|songs?|singers?|sing|sings|singing|sang|bands?|albums?|music|"
    r"musicians?|musicals?|lyrics|soundtracks?|composers?|concerts?|comed(?:y|ies)|thrillers?|dramas?|operas?|"
    r"westerns?|romances?|love stor(?:y|ies)|horror)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Turn:
    number: int  # its place in the dialogue, from 1
    speaker: str  # "m" or "f"
    text: str


@dataclass(frozen=True)
class Question:
    context: str  # the context's `id`, as the data gives it
    turns: tuple[Turn, ...]
    index: int  # the question's place among the turns, from 0

    @property
    def text(self) -> str:
        return self.turns[self.index].text

    @property
    def cited(self) -> str:
        """The question as the probe comments cite it, less the source."""
        return f"{self.context}.{self.turns[self.index].number}"


def detokenised(text: str) -> str:
    """A turn with the tokenizer's spaces taken back out (DETOKENISED)."""
    for pattern, replacement in DETOKENISED:
        text = pattern.sub(replacement, text)
    return one_line(text)


def article_turns(article: str) -> tuple[Turn, ...]:
    """An article's turns, each opened by its speaker's mark."""
    marks = list(SPEAKER.finditer(article))
    turns = (
        (mark.group(1), article[mark.end() : marks[place + 1].start() if place + 1 < len(marks) else len(article)])
        for place, mark in enumerate(marks)
    )
    kept = [(speaker, detokenised(text)) for speaker, text in turns]
    return tuple(Turn(number, speaker, text) for number, (speaker, text) in enumerate(kept, 1) if text)


def contexts() -> list[tuple[str, str]]:
    """Every stored context's `id` and `article`, in SPLITS order and file-number order."""
    found: list[tuple[str, str]] = []
    for split in SPLITS:
        names = (CONTEXT_FILE.match(name) for name in stored_in_folder(MUTUAL, MUTUAL_COMMIT, f"{FOLDER}{split}/"))
        for number in sorted(int(name.group(2)) for name in names if name and name.group(1) == split):
            item = json.loads(git_text(MUTUAL, f"{FOLDER}{split}/{split}_{number}.txt", MUTUAL_COMMIT))
            found.append((str(item["id"]), str(item["article"])))
    return found


def longest(found: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The contexts that open no other context (each dialogue read once, through its longest context), each article
    once, in the order given. In text order a context that opens others comes just before one of them."""
    articles = sorted({article for _, article in found})
    openers = {article for article, after in zip(articles, articles[1:], strict=False) if after.startswith(article)}
    kept: list[tuple[str, str]] = []
    seen: set[str] = set()
    for context, article in found:
        if article not in openers and article not in seen:
            seen.add(article)
            kept.append((context, article))
    return kept


def questions() -> list[Question]:
    """The questions of the screen dialogues, from each dialogue's first SCREEN_WORDS turn on."""
    found: list[Question] = []
    for context, article in longest(contexts()):
        turns = article_turns(article)
        screen = [index for index, turn in enumerate(turns) if SCREEN_WORDS.search(turn.text)]
        if len(screen) < SCREEN_TURNS:
            continue
        found.extend(
            Question(context, turns, index) for index in range(screen[0], len(turns)) if asks(turns[index].text)
        )
    return found


def with_context(question: Question) -> Candidate:
    """A candidate with the turn just before it and the same dialogue's later questions (at most FOLLOW_UPS)."""
    turns, index = question.turns, question.index
    last = turns[index - 1]
    before = (f"before {last.number}: {last.speaker}: {last.text}",) if index else ()
    later = tuple(f"turn {turn.number}: {turn.speaker}: {turn.text}" for turn in turns[index + 1 :] if asks(turn.text))
    return Candidate(SOURCE, f"{SOURCE} {question.cited}", question.text, before + later[:FOLLOW_UPS])


def pool(skip: Cited) -> tuple[list[Candidate], int]:
    """The pool, each candidate with its context, and how many of its questions an earlier probe file cites, quotes
    or asks."""
    kept, seen = unseen(questions(), lambda question: question.cited, lambda question: question.text, skip, SOURCE)
    return [with_context(question) for question in kept], seen


def main() -> None:
    skip = cited_earlier(OWN_FILE, {SOURCE: CITED_MUTUAL}, asks=True)
    found, seen = pool(skip)
    print_one_pool(SOURCE, found, seen, SEED)


if __name__ == "__main__":
    main()
