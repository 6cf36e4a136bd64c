"""The README's conversation examples are real output: asked again, they come out the same."""

from __future__ import annotations

import pytest

from tooling.bench.readme import README
from tooling.transcripts import CONVERSATIONS, rest_asker, sections

pytestmark = pytest.mark.server


def test_readme_conversations_are_current(server):
    readme = README.read_text(encoding="utf-8")
    for name, body in sections(rest_asker(server.url())).items():
        start, end = f"<!-- {name}:start -->", f"<!-- {name}:end -->"
        assert start in readme and end in readme, name
        shown = readme.split(start, 1)[1].split(end, 1)[0].strip()
        assert shown == body, f"README {name} is out of date: run `python -m tooling.transcripts`"
    assert len(CONVERSATIONS) >= 5
