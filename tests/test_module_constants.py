"""A module-level name is bound once: two engineers' tables of the same name in one module (merged from two
branches) would silently hide the first, and every rule that read it would change (it happened twice)."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def rebound_names(source: str) -> list[str]:
    """Top-level names assigned more than once (plain or annotated assignments; `if TYPE_CHECKING` blocks and
    functions are left to ruff's F811)."""
    seen: set[str] = set()
    rebound: list[str] = []
    for node in ast.parse(source).body:
        targets: list[ast.expr] = []
        if isinstance(node, ast.Assign):
            targets = list(node.targets)
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            targets = [node.target]
        for target in targets:
            if isinstance(target, ast.Name):
                if target.id in seen:
                    rebound.append(target.id)
                seen.add(target.id)
    return rebound


def test_no_module_of_the_runtime_binds_a_name_twice():
    found = {
        str(path.relative_to(ROOT)): names
        for package in ("bot", "actions")
        for path in sorted((ROOT / package).rglob("*.py"))
        if (names := rebound_names(path.read_text(encoding="utf-8")))
    }
    assert found == {}


def test_the_check_sees_a_second_table_of_the_same_name():
    assert rebound_names("WORDS = {'a'}\nOTHER = 1\nWORDS = {'b'}\n") == ["WORDS"]
    assert rebound_names("WORDS: frozenset[str] = frozenset()\nWORDS = frozenset({'b'})\n") == ["WORDS"]
    assert rebound_names("def f():\n    x = 1\n    x = 2\n") == []
