"""Reading the project's own YAML files strictly: a key written twice in one mapping is an error.

PyYAML keeps the last of two equal keys without a word, so a second entry of one name silently
replaces the first (a word list lost, a fact overwritten). Every data file of the runtime is read
through `load_yaml`, which names the file, the key and both lines instead.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml


class DuplicateKeyError(yaml.constructor.ConstructorError):
    """A mapping of a YAML file defines one key twice."""


class _StrictLoader(yaml.SafeLoader):
    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        first_line: dict[Any, int] = {}
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=True)
            try:
                seen = first_line.get(key)
            except TypeError:  # an unhashable key: the base class reports it
                break
            if seen is not None:
                raise DuplicateKeyError(
                    "while reading a mapping",
                    node.start_mark,
                    f"the key {key!r} is written twice (first at line {seen + 1})",
                    key_node.start_mark,
                )
            first_line[key] = key_node.start_mark.line
        return super().construct_mapping(node, deep=deep)


def load_yaml(text: str) -> Any:
    """The data of a YAML document; `yaml.YAMLError` (DuplicateKeyError among them) when it is not valid."""
    return yaml.load(text, Loader=_StrictLoader)  # noqa: S506 - a SafeLoader subclass


def load_yaml_file(path: Path) -> Any:
    """`load_yaml` of a UTF-8 file; its errors name the file."""
    with path.open(encoding="utf-8") as stream:
        return yaml.load(stream, Loader=_StrictLoader)  # noqa: S506 - a SafeLoader subclass
