"""Write every grid probe file: `python -m tooling.grids` (what `make grids` runs; the one entry point).

Each module of this package builds one grid (real question frames x the store's values) and exposes
`probe_files(store) -> dict[str, str]`, file name -> YAML text; the files land in tests/nlu/.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from pathlib import Path

import tooling.grids
from bot.launcher import PROJECT_ROOT
from bot.store import FactStore

PROBE_DIR = PROJECT_ROOT / "tests" / "nlu"


def generators() -> dict[str, Callable[[FactStore], dict[str, str]]]:
    """Every grid module's `probe_files`, by module name."""
    found = {}
    for module in pkgutil.iter_modules(tooling.grids.__path__):
        if module.name.startswith("_"):
            continue
        loaded = importlib.import_module(f"tooling.grids.{module.name}")
        found[module.name] = loaded.probe_files
    return found


def grid_files(store: FactStore) -> dict[str, dict[str, str]]:
    """Each grid module's files (file name -> YAML text), by module name."""
    return {module: probe_files(store) for module, probe_files in generators().items()}


def write_all(directory: Path = PROBE_DIR) -> list[Path]:
    written = []
    for files in grid_files(FactStore.load()).values():
        for name, text in files.items():
            path = directory / name
            path.write_text(text, encoding="utf-8")
            written.append(path)
    return written


if __name__ == "__main__":
    for path in write_all():
        print(path.relative_to(PROJECT_ROOT))
