"""The runtime (bot/, actions/) never imports the measuring tools (tooling/): imports go one way."""

from __future__ import annotations

import ast
import importlib
import pkgutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


def runtime_imports_of_tooling() -> list[str]:
    return [
        f"{path.relative_to(ROOT)} imports {module}"
        for package in ("bot", "actions")
        for path in sorted((ROOT / package).rglob("*.py"))
        for module in sorted(imported_modules(path))
        if module == "tooling" or module.startswith("tooling.")
    ]


def test_the_runtime_never_imports_the_tooling():
    assert runtime_imports_of_tooling() == []


def test_the_check_sees_an_import_of_the_tooling(tmp_path):
    planted = tmp_path / "planted.py"
    planted.write_text("from tooling.bench import load\nimport tooling.evaluate\n", encoding="utf-8")
    assert imported_modules(planted) >= {"tooling.bench", "tooling.evaluate"}


TOOLING_MODULES = sorted(
    info.name for info in pkgutil.walk_packages([str(ROOT / "tooling")], "tooling.") if "baseline." not in info.name
)


@pytest.mark.parametrize("module", TOOLING_MODULES)
def test_every_tooling_module_imports(module):
    """The tooling is not run by the server, so a renamed runtime helper would otherwise break it unseen."""
    importlib.import_module(module)
