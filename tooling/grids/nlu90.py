"""nlu90's round-22 grid: the kind of answer a wh-word names (when -> a date, how long -> a duration or a length, how
many -> a count, how old -> an age, where -> a place, who -> a person) and of which subject (the film, its novel, the
theme song, the manga, one of its people, a character). The reply must give that kind of that subject, or say "I
don't know".

`nlu90_frames.yml` lists each frame's fills as references into bot/facts/drawing_closer.yml, resolved through
`bot.store` (nlu87's subjects and expectations plus the film's premiere, the novel's publication, the runtime and a
character's age), so no name, title, date or place is written in Python. The holdout
(tests/nlu/probes_round22_nlu90_holdout.yml) is hand-written, not generated.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from pathlib import Path

import yaml

from bot.store import FactStore
from tooling.grids import nlu87
from tooling.grids._turns import framed_lines

FRAMES_PATH = Path(__file__).with_name("nlu90_frames.yml")
PROBE_FILE = "probes_round22_nlu90.yml"
DONT_KNOW = nlu87.DONT_KNOW
AGE = re.compile(r"(\d{1,2})-year-old")


def _day(value: object) -> str:
    """An ISO date as the replies write it ("<d> <Month> <yyyy>")."""
    day = date.fromisoformat(str(value))
    return f"{day.day} {day:%B %Y}"


def _character_age(store: FactStore, position: str) -> str:
    character = store.characters[store.cast[int(position) - 1].character]
    found = AGE.search(str(character.description.value)) if character.description is not None else None
    return nlu87._either(found.group(1)) if found else DONT_KNOW


def _trailer(store: FactStore) -> str:
    return nlu87._either(*(_day(store.film[field].value) for field in ("teaser_date", "trailer_date")))


def _manga_artist(store: FactStore) -> str:
    """The artist the manga fact names: "a manga adaptation by <artist> (<publisher> ...)"."""
    found = re.search(r"by ([^(]+?) \(", str(store.novel["manga"].value))
    return nlu87._either(found.group(1)) if found else DONT_KNOW


EXPECTATIONS: dict[str, Callable[[FactStore, str], str]] = {
    "premiere": lambda store, _: nlu87._either(_day(store.film["premiere_date"].value)),
    "novel_published": lambda store, _: nlu87._either(_day(store.novel["published"].value)),
    "runtime": lambda store, _: nlu87._either(str(store.film["runtime_minutes"].value)),
    "trailer": lambda store, _: _trailer(store),
    "character_age": _character_age,
    "manga_artist": lambda store, _: _manga_artist(store),
}


def expectation(store: FactStore, ref: str) -> str:
    kind, _, arg = ref.partition(":")
    own = EXPECTATIONS.get(kind)
    return own(store, arg) if own is not None else nlu87.expectation(store, ref)


HEADER = """\
# Round-22 probes of nlu90 (issue 10): the kind of answer a wh-word names, and of which subject, a grid. GENERATED
# by `python -m tooling.grids` from tooling/grids/nlu90_frames.yml and bot/facts/drawing_closer.yml: never edit by
# hand. Each real question frame (its source on the `# <frame>:` line: OTQ = uberspot/OpenTriviaQA
# categories/<file>, line of the `#Q`; QALD = ag-sc/QALD 9/data/qald-9-<split>-multilingual.json, question id) asks
# a thing of one kind (a date, a duration or length, a count, an age, a place, a person) of one subject (the film,
# its novel, the theme song, the manga, one of its people, a character): the held answer of that kind where the
# store holds it, DONT_KNOW where it does not (never a fact of another kind or of another subject).
# Written and scored before any round-22 change.
conversations:
"""


def probe_files(store: FactStore) -> dict[str, str]:
    """File name -> YAML text of the grid."""
    frames_file = yaml.safe_load(FRAMES_PATH.read_text(encoding="utf-8"))
    lines = framed_lines(frames_file["frames"], lambda frame: nlu87.frame_turns(store, frame, expectation))
    return {PROBE_FILE: HEADER + "\n".join(lines) + "\n"}
