"""nlu82's round-19 grid: stated trivia ("did you know <claim>?", "I heard <claim>") whose relation or qualifier the
store may not hold.

A claim is a subject, a relation (the verb phrase: auditioned for, turned down, was dubbed into, has never seen,
is based on, was composed by ...), a value and qualifiers (first, only, originally, back in <decade>, in one day).
The store decides it only when it holds that relation for that subject and every qualifier; otherwise the honest
answer is "I don't know". The frames of `nlu82_frames.yml` (real Topical-Chat fun-fact turns) are filled with the
store's people, characters, titles and song, each with the expectation the store gives: DONT_KNOW for a relation or
qualifier it does not hold (whatever the value: the actor's own character is no more decided than another's),
Yes / No for a relation it holds. The holdout is hand-written (`probes_round19_nlu82_holdout.yml`), not generated.
Every name, title, date and number comes from bot/facts/drawing_closer.yml through `bot.store`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import yaml

from bot.store import FactStore
from tooling.grids import nlu73
from tooling.grids.nlu73 import DONT_KNOW, NO, NO_OR_DONT_KNOW, YES, Filler, named_credits, person_name

FRAMES_PATH = Path(__file__).with_name("nlu82_frames.yml")
PROBE_FILE = "probes_round19_nlu82.yml"
# How many named credits (in billing order) an actor or character frame is filled with.
SUBJECTS = 4


def actors(store: FactStore) -> list[str]:
    return [person_name(store, actor) for actor, _ in named_credits(store)[:SUBJECTS]]


def characters(store: FactStore) -> list[str]:
    return [nlu73.short_character_name(store, character) for _, character in named_credits(store)[:SUBJECTS]]


def actor_and_role(store: FactStore, frame: Mapping[str, Any]) -> Iterator[tuple[dict[str, str], str]]:
    """An unheld relation of an actor to a part (auditioned for, turned down): the actor's own part and the next
    actor's part, both undecided (playing a part is another relation)."""
    credits = named_credits(store)[:SUBJECTS]
    for index, (actor, character) in enumerate(credits):
        other = credits[(index + 1) % len(credits)][1]
        for part in (character, other):
            yield {"actor": person_name(store, actor), "character": nlu73.short_character_name(store, part)}, DONT_KNOW


def person_claim(store: FactStore, frame: Mapping[str, Any]) -> Iterator[tuple[dict[str, str], str]]:
    """An unheld relation or qualifier of a person of the film (the billed leads and the director)."""
    people = [*actors(store), person_name(store, store.crew["director"].people[0])]
    for person in people:
        for value in frame.get("values", [""]):
            yield {"person": person, "value": value.format(title=store.title)}, DONT_KNOW


def character_claim(store: FactStore, frame: Mapping[str, Any]) -> Iterator[tuple[dict[str, str], str]]:
    """An unheld relation of a character (its model, its actor's history, a former name)."""
    for character in characters(store):
        for value in frame.get("values", [""]):
            person = person_name(store, str(store.novel["author"].value))
            yield {"character": character, "value": value, "person": person}, DONT_KNOW


def film_claim(store: FactStore, frame: Mapping[str, Any]) -> Iterator[tuple[dict[str, str], str]]:
    """An unheld relation or qualifier of the film: each value as wording, with the store's platform and genres."""
    slots = {"platform": str(store.film["platform"].value)}
    for value in frame["values"]:
        yield {**slots, "value": value}, frame.get("expect", DONT_KNOW)
    for genre in store.film["genres"].value if frame.get("genres") else []:
        yield {**slots, "value": str(genre)}, frame.get("expect", DONT_KNOW)


def development_decade(store: FactStore, frame: Mapping[str, Any]) -> Iterator[tuple[dict[str, str], str]]:
    """ "in development since the late <decade>": before the novel was published it cannot be (no, or not known);
    the novel's own decade is not held."""
    published = nlu73.date_of(store.novel["published"].value).year
    for decade in frame["decades"]:
        yield {"decade": f"{decade}s"}, NO_OR_DONT_KNOW if decade + 10 <= published else DONT_KNOW


def recorded_song(store: FactStore, frame: Mapping[str, Any]) -> Iterator[tuple[dict[str, str], str]]:
    """A held credit with an unheld qualifier ("in one day"): the singer undecided, a lead who did not record it
    denied or undecided."""
    singer = person_name(store, store.crew["theme_song"].people[0])
    for song in nlu73.song_titles(store):
        yield {"person": singer, "song": song}, DONT_KNOW
        yield {"person": person_name(store, store.cast[0].actor), "song": song}, NO_OR_DONT_KNOW


def premiere(store: FactStore, frame: Mapping[str, Any]) -> Iterator[tuple[dict[str, str], str]]:
    """The held release: on its platform on its day (yes), a day later (no), in theaters (the store's flag)."""
    day = nlu73.date_of(store.film["premiere_date"].value)
    platform = f"on {store.film['platform'].value}"
    for where in (platform, "at theaters"):
        held = where == platform or bool(store.film["theatrical_release"].value)
        yield {"where": where, "day": f"{day:%B} {day.day}", "year": str(day.year)}, YES if held else NO
        later = day + dt.timedelta(days=1)
        yield {"where": where, "day": f"{later:%B} {later.day}", "year": str(day.year)}, NO


FILLERS: dict[str, Filler] = {
    "crew_role": nlu73.crew_role,
    "film_source": nlu73.film_source,
    "actor_and_role": actor_and_role,
    "person_claim": person_claim,
    "character_claim": character_claim,
    "film_claim": film_claim,
    "development_decade": development_decade,
    "recorded_song": recorded_song,
    "premiere": premiere,
}

HEADER = """\
# Round-19 probes of nlu82 (issue 10): stated trivia whose relation or qualifier the store may not hold, a grid.
# GENERATED by `python -m tooling.grids` from tooling/grids/nlu82_frames.yml and bot/facts/drawing_closer.yml:
# never edit this file by hand. Each real fun-fact frame (its source on the `# <frame>:` line: TC =
# alexa/Topical-Chat conversations/<split>.json, conversation id, message index; no earlier probe file and not the
# round-18 lead check uses these ids) is filled with the store's people, characters and titles: DONT_KNOW where the
# store does not hold the relation or a qualifier, ^Yes / ^No where it holds it. Written and scored before any
# round-19 change.
conversations:
"""


def probe_files(store: FactStore) -> dict[str, str]:
    """File name -> YAML text of the grid (the holdout is hand-written)."""
    frames = yaml.safe_load(FRAMES_PATH.read_text(encoding="utf-8"))["frames"]
    return {PROBE_FILE: HEADER + "\n".join(nlu73.conversations(store, frames, FILLERS)) + "\n"}
