"""The grid probe files are generated: what is committed is what the generators write."""

from __future__ import annotations

import pytest

from tooling.grids.__main__ import PROBE_DIR, generators


def _grid_files() -> dict[str, str]:
    return {name: text for probe_files in generators().values() for name, text in probe_files().items()}


GRID_FILES = _grid_files()


@pytest.mark.parametrize("name", sorted(GRID_FILES))
def test_committed_grid_file_is_the_generators_output(name: str) -> None:
    committed = PROBE_DIR / name
    assert committed.exists(), f"{name}: run `make grids`"
    assert (
        committed.read_text(encoding="utf-8") == GRID_FILES[name]
    ), f"{name} is stale or hand-edited: run `make grids`"


def test_every_grid_module_builds_at_least_one_file() -> None:
    for module, probe_files in generators().items():
        assert probe_files(), module
