"""What every lead-check sampler needs: the stored dataset mirrors read with git, one seeded sample, and the lines
of the earlier probe files whose citations and quoted originals are left out."""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import subprocess
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Protocol, TypeVar

MIRRORS = Path("/work/.mirror")
PROBE_DIR = Path(__file__).resolve().parents[2] / "tests" / "nlu"
# An original quoted in a probe comment: a question an earlier file already adapted.
QUOTED = re.compile(r'"([^"\n]{8,})"')
Item = TypeVar("Item")


@lru_cache(maxsize=32)  # a sampler may read one file for two purposes
def git_text(repo: Path, path: str, commit: str = "HEAD") -> str:
    """A file of a bare mirror at `commit`, as text."""
    shown = subprocess.run(["git", "-C", str(repo), "show", f"{commit}:{path}"], capture_output=True, check=True)
    return shown.stdout.decode("utf-8")


def git_json(repo: Path, path: str) -> object:
    return json.loads(git_text(repo, path))


def stored_files(repo: Path, pattern: str) -> list[str]:
    """Files matching `pattern` whose content the mirror holds (`git ls-tree -l` lists a missing blob as BAD)."""
    listing = subprocess.run(
        ["git", "-C", str(repo), "ls-tree", "-r", "-l", "HEAD"], capture_output=True, text=True, check=True
    ).stdout
    rows = (line.split(None, 4) for line in listing.splitlines())
    return sorted(row[4] for row in rows if len(row) == 5 and row[3].isdigit() and re.search(pattern, row[4]))


def stored_in_folder(repo: Path, commit: str, folder: str) -> set[str]:
    """The names of the files of `folder` whose content the mirror holds at `commit` (a missing blob is listed as
    BAD); none when the mirror is not on this machine."""
    if not repo.is_dir():
        return set()
    listing = subprocess.run(
        ["git", "-C", str(repo), "ls-tree", "-l", commit, folder], capture_output=True, text=True, check=False
    ).stdout
    rows = (line.split(None, 4) for line in listing.splitlines())
    return {row[4].rpartition("/")[2] for row in rows if len(row) == 5 and row[3].isdigit()}


def sample(pool: Sequence[Item], count: int, seed: int) -> list[Item]:
    """The first `count` of the pool in a seeded random order: the same seed gives the same sample."""
    shuffled = list(pool)
    random.Random(seed).shuffle(shuffled)
    return shuffled[:count]


def one_line(text: str) -> str:
    """The text with its line breaks and runs of spaces made single spaces."""
    return " ".join(text.split())


SENTENCE = re.compile(r"[^.!?]*[.!?]+|[^.!?]+$")


def asks(text: str) -> bool:
    """Whether a message holds a sentence that ends in a question mark."""
    return any(sentence.strip().endswith("?") for sentence in SENTENCE.findall(text))


def normalised(text: str) -> str:
    """A text compared without case or punctuation."""
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower()).split())


def first_unseen(items: Iterable[Item], text: Callable[[Item], str], seen: Callable[[Item], bool]) -> list[Item]:
    """The items an earlier probe file has not used (`seen`), each text (compared normalised) kept once, at its
    first place."""
    kept: list[Item] = []
    texts: set[str] = set()
    for item in items:
        key = normalised(text(item))
        if seen(item) or key in texts:
            continue
        texts.add(key)
        kept.append(item)
    return kept


# The question a probe turn asks, as the probe files write it: `ask: "<text>"`.
ASKED = re.compile(r"\bask:\s*\"([^\"]+)\"")


@dataclass
class Cited:
    """What the earlier probe files already use: what each citation pattern finds in them (an id, or the tuple of its
    groups), and the originals they quote (with `asks`, also the questions they ask), normalised."""

    ids: dict[str, set[object]]
    texts: set[str]


def cited_earlier(own_file: str, citations: Mapping[str, re.Pattern[str]], asks: bool = False) -> Cited:
    """The earlier probe files' citations of a source (one set per named pattern) and their quoted originals."""
    found = Cited({name: set() for name in citations}, set())
    for line in earlier_probe_lines(own_file):
        for name, pattern in citations.items():
            found.ids[name].update(pattern.findall(line))
        found.texts.update(normalised(quoted) for quoted in QUOTED.findall(line))
        asked = ASKED.search(line) if asks else None
        if asked:
            found.texts.add(normalised(asked.group(1)))
    return found


def kind_of(text: str, kinds: Sequence[tuple[str, re.Pattern[str]]]) -> str:
    """The first kind of subject whose pattern the text matches, or ""."""
    return next((kind for kind, pattern in kinds if pattern.search(text)), "")


def earlier_probe_lines(own_file: str) -> Iterator[str]:
    """Every line of every tests/nlu/probes*.yml except the sampler's own output file."""
    for path in PROBE_DIR.glob("probes*.yml"):
        if path.name != own_file:
            yield from path.read_text(encoding="utf-8").splitlines()


@dataclass(frozen=True)
class Candidate:
    """One sampled question: its source, where the probe comments cite it, its text, and the same dialogue's next
    film questions ("turn <n>: <text>") for sources that have dialogues."""

    source: str
    where: str
    text: str
    follow_ups: tuple[str, ...] = ()


def print_samples(pools: Sequence[tuple[str, Sequence[Candidate], int]], seed: int) -> None:
    """Each source's first `count` candidates in seeded random order, ranked, with their follow-ups."""
    for source, pool, count in pools:
        print(f"# {source}: {len(pool)} candidates, seed {seed}, first {count}")
        for rank, candidate in enumerate(sample(pool, count, seed), 1):
            print(f"{source}#{rank}\t{candidate.where}\t{candidate.text}")
            for follow_up in candidate.follow_ups:
                print(f"\t-> {follow_up}")


class Asked(Protocol):
    """A question of a source: its text and the kind of subject it asks about ("" when none)."""

    @property
    def text(self) -> str: ...

    @property
    def kind(self) -> str: ...


Question = TypeVar("Question", bound=Asked)


def ranked_with_later_of_kind(
    kept: Sequence[Question], source: str, where: Callable[[Question], str], seed: int, follow_ups: int
) -> list[Candidate]:
    """The candidates, each listing the later-ranked questions of its subject kind (at most `follow_ups`), with
    their ranks in print_samples' seeded order: shuffling with one seed permutes any list of the same length alike,
    so the ranks computed here before printing are the printed ones."""
    order = sample(range(len(kept)), len(kept), seed)
    rank = {index: position for position, index in enumerate(order, 1)}
    pool = []
    for index, question in enumerate(kept):
        later = sorted(
            (rank[other], other)
            for other in range(len(kept))
            if question.kind and kept[other].kind == question.kind and rank[other] > rank[index]
        )[:follow_ups]
        same_kind_later = tuple(
            f"later {question.kind}: {source}#{position} {where(kept[other])}: {kept[other].text}"
            for position, other in later
        )
        pool.append(Candidate(source, where(question), question.text, same_kind_later))
    return pool


def print_quietly(pools: Sequence[tuple[str, Sequence[Candidate], int]], seed: int) -> None:
    """print_samples, leaving quietly when the reader stops early (`| head`)."""
    try:
        print_samples(pools, seed)
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def one_source_main(description: str, source: str, pool: Callable[[], Sequence[Candidate]], seed: int) -> None:
    """The command line of a sampler with one source: `--<source> N` prints its first N candidates (0: all)."""
    option = source.lower()
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument(f"--{option}", type=int, default=0, help=f"{source} candidates to print (0: the whole pool)")
    count = getattr(parser.parse_args(), option)
    found = pool()
    print_quietly(((source, found, count or len(found)),), seed)


def unseen(
    every: Sequence[Item], cited: Callable[[Item], str], text: Callable[[Item], str], skip: Cited, source: str
) -> tuple[list[Item], int]:
    """The items no earlier probe file cites (by `cited`, the id its citations give) or quotes or asks (by `text`),
    each text once at its first place; and how many were left out as cited, quoted or asked."""
    seen = {item for item in every if cited(item) in skip.ids[source] or normalised(text(item)) in skip.texts}
    return first_unseen(every, text, lambda item: item in seen), len(seen)


def print_one_pool(source: str, found: Sequence[Candidate], left_out: int, seed: int) -> None:
    """A one-source sampler's whole output: how many questions were left out, then every candidate, ranked."""
    print_left_out(((source, left_out),))
    print_quietly(((source, found, len(found)),), seed)


def print_left_out(left_out: Sequence[tuple[str, int]], unit: str = "questions") -> None:
    """How many of each source's questions (or messages) the earlier probe files already use: counts only, never
    their text."""
    for source, count in left_out:
        print(f"# {source}: {count} {unit} left out, cited, quoted or asked by an earlier probe file")
