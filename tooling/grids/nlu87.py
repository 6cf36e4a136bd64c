"""nlu87's round-21 grid: the expected answer type of a wh-question. Each frame's wh-phrase asks a thing of one
type (a group, a year, a date, a place, a person, a number, a work of a kind) of one subject (the film, its novel,
the theme song, one of its people, a character, a described entity); the reply must give that type of that
subject, or say "I don't know".

`nlu87_frames.yml` lists each frame's fills: the subject put in {x} and the expectation, both as references into
bot/facts/drawing_closer.yml (resolved here through `bot.store`, so no name, title, date or place is written in
Python). The holdout (tests/nlu/probes_round21_nlu87_holdout.yml) is hand-written, not generated.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

import yaml

from bot.store import FactStore, Person
from tooling.grids._turns import framed_lines

FRAMES_PATH = Path(__file__).with_name("nlu87_frames.yml")
PROBE_FILE = "probes_round21_nlu87.yml"
DONT_KNOW = "DONT_KNOW"
CREW_KINDS = {"director", "screenplay", "music", "producer", "theme_song"}
# Person kinds that are no crew credit: the billed leads, the novel's author, the band the song is a cover of.
LEAD_POSITIONS = {"lead": 1, "lead_actress": 2}
YEAR = re.compile(r"\d{4}")


def person_of(store: FactStore, kind: str) -> Person:
    """A person kind of the frames: a billed actor (lead, lead_actress, cast_<n>), a crew credit's first person,
    the novel's author or the band whose song the theme is a cover of."""
    if kind in LEAD_POSITIONS or kind.startswith("cast_"):
        position = LEAD_POSITIONS.get(kind) or int(kind.removeprefix("cast_"))
        return store.people[store.cast[position - 1].actor]
    if kind in CREW_KINDS:
        return store.people[store.crew[kind].people[0]]
    if kind == "original_band":
        return store.people[str(store.crew["theme_song"].work.extra["original_by"])]
    return store.people[str(store.novel["author"].value)]


def character_name(store: FactStore, position: str) -> str:
    return store.characters[store.cast[int(position) - 1].character].name


def subject_text(store: FactStore, ref: str) -> str:
    kind, _, arg = ref.partition(":")
    if kind == "name":
        return person_of(store, arg).name
    if kind == "character":
        return character_name(store, arg)
    if kind == "title":
        return store.title
    if kind == "song":
        return _song_romaji(store)
    if kind == "novel":
        return str(store.novel["title_romaji"].value)
    return arg if kind == "text" else ref


def _song_romaji(store: FactStore) -> str:
    """The theme song's romanised title: the part in brackets of its work value ("「<native>」 (<romaji>)")."""
    value = str(store.crew["theme_song"].work.value)
    found = re.search(r"\(([^)]+)\)", value)
    return found.group(1) if found else value


def _either(*texts: str) -> str:
    return "(?i)" + "|".join(re.escape(t) for t in texts if t)


def _born_year(store: FactStore, kind: str) -> str:
    born = person_of(store, kind).born
    year = YEAR.search(str(born.value)) if born is not None and born.known else None
    return _either(year.group(0)) if year else DONT_KNOW


def _birthplace(store: FactStore, kind: str) -> str:
    place = person_of(store, kind).birthplace
    return _either(str(place.value).split(",")[0]) if place is not None and place.known else DONT_KNOW


def _group_in_about(store: FactStore, kind: str) -> str:
    """The group a person's description names: its last run of capitalised words ("... of <Group> (<native>)")."""
    about = person_of(store, kind).about
    runs = re.findall(r"[A-Z][\w]*(?: (?:&|[A-Z][\w]*))*", str(about.value)) if about is not None else []
    return _either(runs[-1]) if runs else DONT_KNOW


def _relative(store: FactStore, arg: str) -> str:
    position, relation = arg.split(":")
    character = store.cast[int(position) - 1].character
    found = store.related(character, [relation])
    return _either(*(store.characters[r.object].name.split()[0] for r in found)) if found else DONT_KNOW


def _song_release(store: FactStore) -> str:
    detail = str(store.crew["theme_song"].fact.detail or "")
    found = re.search(r"\d{1,2} \w{3,9} \d{4}", detail)
    return _either(found.group(0)) if found else DONT_KNOW


def _novel_month(store: FactStore, field: str) -> str:
    """The month and year a fact of the novel gives ("serialised from <month> <year>")."""
    found = re.search(r"[A-Z][a-z]+ \d{4}", str(store.novel[field].value))
    return _either(found.group(0)) if found else DONT_KNOW


def _series_size(store: FactStore) -> str:
    found = re.search(r"\d+", str(store.novel["series"].value))
    return _either(found.group(0)) if found else DONT_KNOW


EXPECTATIONS: dict[str, Callable[[FactStore, str], str]] = {
    "name": lambda store, arg: _either(person_of(store, arg).name),
    "about": _group_in_about,
    "born_year": _born_year,
    "birthplace": _birthplace,
    "character": lambda store, arg: _either(character_name(store, arg).split()[0]),
    "relative": _relative,
    "release_year": lambda store, _: _either(str(store.release_year)),
    "song_release": lambda store, _: _song_release(store),
    "novel_series": lambda store, _: _series_size(store),
    "novel_month": _novel_month,
    "country": lambda store, _: _either(str(store.film["country"].value)),
}


def expectation(store: FactStore, ref: str) -> str:
    if ref == DONT_KNOW:
        return DONT_KNOW
    kind, _, arg = ref.partition(":")
    return EXPECTATIONS[kind](store, arg)


def frame_turns(
    store: FactStore, frame: Mapping[str, Any], expect: Callable[[FactStore, str], str] | None = None
) -> Iterator[dict]:
    """Each fill's turn; `expect` resolves an expectation ref (this grid's `expectation` unless another grid's)."""
    resolve = expect or expectation
    for fill in frame["fills"]:
        ask = str(frame["template"]).format(x=subject_text(store, fill["x"]))
        yield {"category": frame["id"], "source": fill["x"], "ask": ask, "expect": resolve(store, fill["expect"])}


HEADER = """\
# Round-21 probes of nlu87 (issue 10): the expected answer type of a wh-question, a grid. GENERATED by
# `python -m tooling.grids` from tooling/grids/nlu87_frames.yml and bot/facts/drawing_closer.yml: never edit by
# hand. Each real question frame (its source on the `# <frame>:` line: Mintaka = amazon-science/mintaka
# data/mintaka_dev.json id; LCQ2 = Cenze94/LC-QuAD-NoA LC-QuAD-NoA/dataset/test_balanced.json uid) asks a thing of
# one type (group, year, date, place, person, number, a work of a kind) of one subject (the film, its novel, the
# theme song, one of its people, a character, a described entity): the held answer of that type where the store
# holds it, DONT_KNOW where it does not (never a fact of another type or of another subject).
# Written and scored before any round-21 change.
conversations:
"""


def probe_files(store: FactStore) -> dict[str, str]:
    """File name -> YAML text of the grid."""
    frames_file = yaml.safe_load(FRAMES_PATH.read_text(encoding="utf-8"))
    lines = framed_lines(frames_file["frames"], lambda frame: frame_turns(store, frame))
    return {PROBE_FILE: HEADER + "\n".join(lines) + "\n"}
