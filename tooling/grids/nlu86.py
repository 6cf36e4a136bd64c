"""Round-20 grid of nlu86: the theme song's details and yes/no questions whose value the store holds with the same
value, a different value or not at all.

Each frame of `nlu86_frames.yml` (a real question's wording, its subject and value slots) is filled from
bot/facts/drawing_closer.yml through `bot.store`: the song's titles, its original artist and year, the cover's
singer, the film's title, premiere date, platform and cinema release, its cast and characters. A held relation asked
with the held value expects "Yes" (or the value), asked with another value "No"; a relation the store does not hold
(an instrument, a first album, success in a country, a cast member's own singing) expects "I don't know".

    python -m tooling.grids      # writes tests/nlu/probes_round20_nlu86.yml (the holdout is hand-written)
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import yaml

from bot.store import FactStore
from tooling.grids._turns import literal, multi_turn_lines

FRAMES_PATH = Path(__file__).with_name("nlu86_frames.yml")
PROBE_FILE = "probes_round20_nlu86.yml"
BILLED_CAST = 3
DONT_KNOW = "DONT_KNOW"
# A different date is asked a day and a week away from the held one; a different year, one year either side.
OTHER_DAYS = (1, -7, 30)
OTHER_YEARS = (-1, 1)
# How people name the song without its title.
SONG_NOUN = "the theme song of {title}"

# (category, slots, expected reply) of one filled frame.
Filling = tuple[str, dict[str, str], str]


def probe_files(store: FactStore) -> dict[str, str]:
    frames = yaml.safe_load(FRAMES_PATH.read_text(encoding="utf-8"))
    conversations = [c for frame in frames["frames"] for c in _conversations(store, frames, frame)]
    return {PROBE_FILE: _render(conversations)}


def _any_of(*texts: str) -> str:
    return "|".join(literal(text) for text in texts)


def _song_titles(store: FactStore) -> tuple[str, str]:
    """The theme song's Japanese title and its romanised one (the store writes it in brackets after the first)."""
    value = str(store.crew["theme_song"].work.value)
    native = re.search(r"「([^」]+)」", value)
    romaji = re.search(r"\(([^)]+)\)", value)
    return (native.group(1) if native else value, romaji.group(1) if romaji else value)


def _original_artist(store: FactStore) -> str:
    return store.people[store.crew["theme_song"].work.extra["original_by"]].name


def _original_year(store: FactStore) -> int:
    native, _ = _song_titles(store)
    artist = store.people[store.crew["theme_song"].work.extra["original_by"]]
    return next(work.year for work in artist.known_for if work.title == native and work.year)


def _singer(store: FactStore) -> str:
    return store.people[store.crew["theme_song"].people[0]].name


def _premiere(store: FactStore) -> datetime.date:
    return datetime.date.fromisoformat(str(store.film["premiere_date"].value))


def _day_month(day: datetime.date) -> str:
    return f"{day.strftime('%B')} {day.day}"


def _held_date(day: datetime.date) -> str:
    """The held date as a reply writes it ("27 June" or "June 27")."""
    return f"{day.day} {day.strftime('%B')}|{_day_month(day)}"


def _dates(slots: Mapping[str, str], day: datetime.date) -> dict[str, str]:
    """A date as people type it: "June 27", and lower case with its year ("june 27 2024")."""
    return {**slots, "date": _day_month(day), "date_year": f"{_day_month(day).lower()} {day.year}"}


def _song_fillings(store: FactStore, kind: str) -> Iterator[Filling]:
    native, romaji = _song_titles(store)
    artist, singer, year = _original_artist(store), _singer(store), _original_year(store)
    base = {"band": artist, "year": str(year), "decade": f"{year // 10 * 10}s"}
    if kind in ("song_unheld", "song_or_noun_unheld"):
        nouns = (SONG_NOUN.format(title=store.title.lower()),) if kind == "song_or_noun_unheld" else ()
        for song in (romaji, native, *nouns):
            yield "unknown_attribute", {**base, "song": song}, DONT_KNOW
    if kind == "song_band_unheld":
        yield "unknown_attribute", base, DONT_KNOW
    held = {
        "song_original_artist": ("song_held", _any_of(artist)),
        "song_cover_singer": ("song_held", _any_of(singer)),
        "song_original_year": ("song_held", _any_of(str(year))),
        "song_written_for_film": ("yes_no", "^No"),
    }
    if kind in held:
        category, expect = held[kind]
        for song in (romaji, native):
            yield category, {**base, "song": song, "title_lower": store.title.lower()}, expect
    if kind == "song_performer_unheld":
        for performer in (artist, singer):
            yield "unknown_attribute", {"performer": performer}, DONT_KNOW
    if kind == "song_singer_of_film":
        film_year = str(_premiere(store).year)
        for credit in store.cast[:BILLED_CAST]:
            actor = store.people[credit.actor].name
            yield "song_held", {"title": store.title, "film_year": film_year, "actor": actor}, _any_of(singer)
    if kind == "song_follow_up_unheld":
        yield "unknown_attribute", {"title": store.title}, DONT_KNOW


def _release_fillings(store: FactStore, frames: Mapping[str, Any], kind: str) -> Iterator[Filling]:
    title = store.title
    titles = {"title": title, "title_lower": title.lower()}
    premiere = _premiere(store)
    if kind == "release_year":
        yield "yes_no", {**titles, "year": str(premiere.year)}, "^Yes"
        for offset in OTHER_YEARS:
            yield "yes_no", {**titles, "year": str(premiere.year + offset)}, f"^No[\\s\\S]*{premiere.year}"
    if kind == "release_date":
        yield "yes_no", _dates(titles, premiere), "^Yes"
        for offset in OTHER_DAYS:
            other = premiere + datetime.timedelta(days=offset)
            yield "yes_no", _dates(titles, other), f"^No[\\s\\S]*(?:{_held_date(premiere)})"
    if kind == "release_month":
        yield "yes_no", {**titles, "month": premiere.strftime("%B %Y").lower()}, "^Yes"
        later = (premiere.replace(day=1) + datetime.timedelta(days=32)).strftime("%B %Y").lower()
        yield "yes_no", {**titles, "month": later}, f"^No[\\s\\S]*(?:{_held_date(premiere)})"
    if kind == "service":
        platform = str(store.film["platform"].value)
        yield "yes_no", {**titles, "service": platform, "service_lower": platform.lower()}, "^Yes"
        for other in frames["other_services"]:
            yield "yes_no", {**titles, "service": other, "service_lower": other.lower()}, "^No"
    if kind == "medium_unheld":
        for medium in frames["media"]:
            yield "yes_no_unheld", {**titles, "medium": medium}, DONT_KNOW
    if kind == "cinema" and store.film["theatrical_release"].value is False:
        yield "yes_no", titles, "^No"
    if kind == "country_unheld":
        for country in frames["countries"]:
            yield "yes_no_unheld", {**titles, "country": country}, DONT_KNOW


def _people_fillings(store: FactStore, frames: Mapping[str, Any], kind: str) -> Iterator[Filling]:
    titles = {"title": store.title, "title_lower": store.title.lower()}
    billed = store.cast[:BILLED_CAST]
    if kind == "sings_in_film":
        yield "yes_no", {**titles, "person_lower": _singer(store).lower()}, "^Yes"
    if kind in ("sings_in_film", "cast_manner_unheld"):
        for credit in billed:
            yield "person_unknown", {**titles, "person_lower": store.people[credit.actor].name.lower()}, DONT_KNOW
    if kind == "character_manner_unheld":
        for credit in billed:
            yield "person_unknown", {**titles, "character_lower": _first_name(store, credit.character)}, DONT_KNOW
    if kind == "cast_voice_unheld":
        for credit in billed:
            name, character = store.people[credit.actor].name.lower(), _first_name(store, credit.character)
            yield "person_unknown", {**titles, "person_lower": name, "character_lower": character}, DONT_KNOW
    if kind == "cast_instrument_unheld":
        for credit, instrument in zip(billed, frames["instruments"], strict=False):
            name = store.people[credit.actor].name.lower()
            yield "person_unknown", {**titles, "person_lower": name, "instrument": instrument}, DONT_KNOW


def _first_name(store: FactStore, character_id: str) -> str:
    return store.characters[character_id].name.split()[0].lower()


def _fillings(store: FactStore, frames: Mapping[str, Any], kind: str) -> Iterator[Filling]:
    yield from _song_fillings(store, kind)
    yield from _release_fillings(store, frames, kind)
    yield from _people_fillings(store, frames, kind)


def _before_expect(store: FactStore, frame: Mapping[str, Any]) -> str:
    """What the first turn's answer names: the song's original artist, or the lead (the film's plot)."""
    if frame["kind"].startswith("song"):
        return literal(_original_artist(store))
    return literal(store.characters[store.cast[0].character].name)


def _conversations(store: FactStore, frames: Mapping[str, Any], frame: Mapping[str, Any]) -> Iterator[dict[str, Any]]:
    source = f"{frame['id']}: {frame['source']}"
    for category, slots, expect in _fillings(store, frames, frame["kind"]):
        turns = []
        if "before" in frame:
            turns.append({"ask": frame["before"].format(title=store.title), "expect": _before_expect(store, frame)})
        turns.append({"ask": frame["text"].format(**slots), "expect": expect})
        yield {"category": category, "source": source, "turns": turns}


def _render(conversations: list[dict[str, Any]]) -> str:
    return "\n".join([HEADER.rstrip("\n"), "conversations:", *multi_turn_lines(conversations)]) + "\n"


HEADER = """\
# Round-20 probes of nlu86 (issue 10): the theme song's details and yes/no questions whose value the store holds
# with the same value, a different value or not at all. GENERATED by tooling/grids/nlu86.py from
# tooling/grids/nlu86_frames.yml and bot/facts/drawing_closer.yml: never edit by hand, run `python -m tooling.grids`.
# Every frame (a real question, its subject and value replaced) is asked with the held value (expect "Yes" or the
# value), a different value ("No", then the held value where the reply gives it) and a value or aspect the store does
# not hold (DONT_KNOW). Categories: song_held, unknown_attribute (an aspect of the song or its performers not held),
# yes_no (held relation), yes_no_unheld (relation not held), person_unknown (a cast member's singing or playing).
# Written and scored before any round-20 change. Sources (BoolQ, SQA = StrategyQA, OTQ = OpenTriviaQA music, TC =
# Topical-Chat) are on each conversation's line, with their id and original text; see the frames file.
"""
