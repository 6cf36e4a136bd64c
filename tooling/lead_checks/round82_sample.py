"""The lead's round-82 check set: a seeded random sample of the questions crowd workers wrote for Schema2QA's
evaluation set about films, books and music, each with the later-ranked questions of the same domain.

Reads one dataset from its mirror on this machine (`git show <commit>:<path>`, nothing is downloaded):

- Schema2QA (Silei Xu, Giovanni Campagna, Jian Li and Monica S. Lam, "Schema2QA: High-Quality and Low-Cost Q&A Agents
  for the Structured Web", CIKM 2020): a question-answering set over Schema.org data in six domains (restaurants,
  hotels, people, movies, books, music). Its evaluation questions were written by crowd workers who were told only the
  domain and the properties it supports, so the wording is their own; the authors annotated each with a ThingTalk
  program. Read from the authors' repository stanford-oval/schema2qa at commit 06e4219 (2022-08-21, its newest): the
  three files {movies,books,music}/eval/annotated.tsv (the validation questions; the test set is not in the
  repository), all present. Each line is `id <tab> sentence <tab> program`; only the id and the sentence are read,
  never the program or the training paraphrases. The sentences are stored lower-cased and tokenized ("i 'd like",
  "tom hanks 's", "released ?"); the sampler undoes the tokenizer's spaces before punctuation and clitics only
  (UNTOKENIZED below) and keeps the rest as stored: case, spelling ("forest gump", "squeals") and wording. Licence:
  CC BY 3.0 (the repository's LICENSE). Cited as `Schema2QA <id>` (the id as the data gives it, e.g. movies-019).

Pool: the questions of the movies, books and music files whole (SCREEN_DOMAINS below; the domain is the filter, and
the people, restaurants and hotels files are not read). Every question of those files asks about films, books or
music, but many ask for other works by their properties and name nothing ("find movies about aliens", "which book
has the highest amount of reviews?"): for an assistant about one film those are off-topic, and they come with the
rest of the sample. A question repeated (compared without case or punctuation) is kept once, at its first place;
questions an earlier probe file cites, quotes or asks are left out (counts only are printed).

The earlier probe files are read as mirrors.cited_earlier reads them, except the sealed ones this round's rules keep
closed (SEALED below: the round-26b, 73, 74, 75, 79, 80 and 81 lead checks and the other round-82 to 84 helpers'
files); none of them can cite Schema2QA (no probe file names it), so leaving them unread leaves nothing of it in.

Each film, book or music candidate prints the later-ranked candidates of its domain (film, book, music), with their
ranks in the seeded order, at most FOLLOW_UPS: the probe file makes those of them that can be adapted follow-ups of
the candidate, with the names changed the same way, as round 72 did with AfriQA's questions. Schema2QA has single
questions only, no conversations.

    python -m tooling.lead_checks.round82_sample
"""

from __future__ import annotations

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
    normalised,
    one_line,
    print_one_pool,
    ranked_with_later_of_kind,
    stored_in_folder,
    unseen,
)

SEED = 82
FOLLOW_UPS = 4
OWN_FILE = "probes_round82_lead_check.yml"
SOURCE = "Schema2QA"  # its name in citations and in the ranked output

SCHEMA2QA = MIRRORS / "stanford-oval+schema2qa" / "repo"
# The commit read (the repository's newest when mirrored).
SCHEMA2QA_COMMIT = "06e4219aef4111df3047f79b84d5de9d31568354"
# The film, book and music domains, and the kind of subject each prints its follow-ups by.
SCREEN_DOMAINS = (("movies", "film"), ("books", "book"), ("music", "music"))
# Lead checks this round's rules keep closed, and the other round-82 helpers' files.
SEALED = re.compile(r"^probes_round(?:26b.*|7[3-5]_lead_check\.yml|79_lead_check\.yml|8[0-4]_lead_check\.yml)$")
CITED_SCHEMA2QA = re.compile(r"\bSchema2QA\s+((?:movies|books|music|people|restaurants|hotels)-\d+)\b")
# The spaces Schema2QA's tokenizer put before punctuation and clitics ("released ?", "i 'd", "hanks 's"); a lone
# apostrophe ("bruce willis ' first movie", "'camping '") is kept as stored.
UNTOKENIZED = re.compile(r" (?=[.,?!;:](?:\s|$)|'(?:s|d|m|re|ve|ll)\b)")


@dataclass(frozen=True)
class Question:
    id: str  # as the data gives it: <domain>-<number>
    text: str  # the sentence, the tokenizer's spaces undone
    kind: str  # "film", "book" or "music"

    @property
    def cited(self) -> str:
        return self.id


def untokenized(sentence: str) -> str:
    """The sentence without the spaces the tokenizer put before punctuation and clitics."""
    return UNTOKENIZED.sub("", one_line(sentence))


def questions() -> list[Question]:
    """The questions of the stored eval files of SCREEN_DOMAINS, in that order and file order (only each line's id
    and sentence are read)."""
    found: list[Question] = []
    for domain, kind in SCREEN_DOMAINS:
        if "annotated.tsv" not in stored_in_folder(SCHEMA2QA, SCHEMA2QA_COMMIT, f"{domain}/eval/"):
            continue
        for line in git_text(SCHEMA2QA, f"{domain}/eval/annotated.tsv", SCHEMA2QA_COMMIT).splitlines():
            fields = line.split("\t")
            if len(fields) >= 2 and fields[1].strip():
                found.append(Question(fields[0], untokenized(fields[1]), kind))
    return found


def cited_in_open_files() -> Cited:
    """mirrors.cited_earlier with `asks=True`, over every tests/nlu/probes*.yml except this sampler's own output file
    and the SEALED ones: their Schema2QA citations, the originals they quote and the questions they ask, normalised."""
    found = Cited({SOURCE: set()}, set())
    for path in sorted(PROBE_DIR.glob("probes*.yml")):
        if path.name == OWN_FILE or SEALED.match(path.name):
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            found.ids[SOURCE].update(CITED_SCHEMA2QA.findall(line))
            found.texts.update(normalised(quoted) for quoted in QUOTED.findall(line))
            asked = ASKED.search(line)
            if asked:
                found.texts.add(normalised(asked.group(1)))
    return found


def where(question: Question) -> str:
    return f"{question.cited} ({question.kind})"


def pool(skip: Cited) -> tuple[list[Candidate], int]:
    """The pool, and how many of its questions an earlier probe file cites, quotes or asks."""
    kept, seen = unseen(questions(), lambda question: question.cited, lambda question: question.text, skip, SOURCE)
    return ranked_with_later_of_kind(kept, SOURCE, where, SEED, FOLLOW_UPS), seen


def main() -> None:
    found, seen = pool(cited_in_open_files())
    print_one_pool(SOURCE, found, seen, SEED)


if __name__ == "__main__":
    main()
