"""The grid probe files are generated: what is committed is what the generators write."""

from __future__ import annotations

import pytest

from bot.store import FactStore
from tooling.grids.__main__ import PROBE_DIR, grid_files

BY_MODULE = grid_files(FactStore.load())
GRID_FILES = {name: text for files in BY_MODULE.values() for name, text in files.items()}


@pytest.mark.parametrize("name", sorted(GRID_FILES))
def test_committed_grid_file_is_the_generators_output(name: str) -> None:
    committed = PROBE_DIR / name
    assert committed.exists(), f"{name}: run `make grids`"
    assert (
        committed.read_text(encoding="utf-8") == GRID_FILES[name]
    ), f"{name} is stale or hand-edited: run `make grids`"


@pytest.mark.parametrize("module", sorted(BY_MODULE))
def test_every_grid_module_builds_at_least_one_file(module: str) -> None:
    assert BY_MODULE[module]
