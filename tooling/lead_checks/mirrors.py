"""What every lead-check sampler needs: the stored dataset mirrors read with git, and one seeded sample."""

from __future__ import annotations

import json
import random
import re
import subprocess
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import TypeVar

MIRRORS = Path("/work/.mirror")
Item = TypeVar("Item")


@lru_cache(maxsize=32)  # a sampler may read one file for two purposes
def git_text(repo: Path, path: str) -> str:
    """A file of a bare mirror, as text."""
    shown = subprocess.run(["git", "-C", str(repo), "show", f"HEAD:{path}"], capture_output=True, check=True)
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


def sample(pool: Sequence[Item], count: int, seed: int) -> list[Item]:
    """The first `count` of the pool in a seeded random order: the same seed gives the same sample."""
    shuffled = list(pool)
    random.Random(seed).shuffle(shuffled)
    return shuffled[:count]
