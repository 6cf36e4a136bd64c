"""Keep the README's accuracy and speed tables in step with the reports that make eval and make bench write.

The README marks each table with `<!-- NAME:start -->` and `<!-- NAME:end -->`;
`update` replaces what is between them and leaves everything else alone.
"""

from __future__ import annotations

from pathlib import Path

from bot.launcher import PROJECT_ROOT

README = PROJECT_ROOT / "README.md"


def replace_section(text: str, name: str, body: str) -> str:
    start, end = f"<!-- {name}:start -->", f"<!-- {name}:end -->"
    if start not in text or end not in text:
        raise ValueError(f"README has no {start} ... {end} markers")
    before, rest = text.split(start, 1)
    _, after = rest.split(end, 1)
    return f"{before}{start}\n{body.strip()}\n{end}{after}"


def update(name: str, body: str, readme: Path = README) -> bool:
    """Replace the marked section; False (and nothing written) when the README has no such markers."""
    text = readme.read_text(encoding="utf-8")
    try:
        new = replace_section(text, name, body)
    except ValueError:
        return False
    if new != text:
        readme.write_text(new, encoding="utf-8")
    return True


def hand_written_tail(path: Path, heading: str) -> str:
    """What a generated report keeps on regeneration: its hand-written part from `heading` on."""
    if not path.exists():
        return ""
    old = path.read_text(encoding="utf-8")
    return "\n" + old[old.index(heading) :] if heading in old else ""
