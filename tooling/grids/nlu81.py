"""Round-19 grid of nlu81: questions to the assistant about its own taste and experience ("are you a fan of <a>?",
"do you like <director> movies?", "have you seen <the film>?", "your favourite <part>?"), with a film entity as
object.

Each frame of `nlu81_frames.yml` (a real question's wording, its object a slot) is filled with every object of the
kinds it names, read from bot/facts/drawing_closer.yml through `bot.store`: this film's people, the film, kinds of
film made of its director or genres, and other films and people. The reply expected is the assistant's honest answer
(it can't watch films, it has no favourite) followed by what the store holds about the object; of other objects, the
polite refusal or the persona, never a fact. A frame with `before` asks a first turn that puts the object in the
conversation, so its pronoun ("his music", "the movie") points at it.

    python -m tooling.grids      # writes tests/nlu/probes_round19_nlu81.yml (the holdout is hand-written)
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import yaml

from bot.store import FactStore
from tooling.grids._turns import literal, multi_turn_lines

FRAMES_PATH = Path(__file__).with_name("nlu81_frames.yml")
PROBE_FILE = "probes_round19_nlu81.yml"
BILLED_CAST = 3
# The assistant's honest answer about itself: it watches, reads and hears nothing, and has no favourite.
HONEST = "[Cc]an't (?:watch|read|listen)|no favourite"
# Of another film or person: the polite refusal or the persona, never a fact about them.
NOT_OURS = "^Sorry, I can only help|^I'm a bot|^(?:No, )?I can't watch"
POSSESSIVES = {"he": "his", "she": "her", "they": "their"}
# What a kind of film made of this film's people or kinds is called: "<director> movies", "<genre> movies".
KIND_NOUN = "movies"
# The parts of the film a favourite is asked of ("who's your favorite actor in <the film>?").
FAVOURITE_PARTS = ("actor in {title}", "character in {title}", "{title} character", "scene in {title}")


def probe_files(store: FactStore) -> dict[str, str]:
    frames = yaml.safe_load(FRAMES_PATH.read_text(encoding="utf-8"))
    conversations = [c for frame in frames["frames"] for c in _conversations(store, frames, frame)]
    return {PROBE_FILE: _render(conversations)}


def _honest_then(*facts: str) -> str:
    """The honest answer, then any of the store's words about the object."""
    return f"(?:{HONEST})[\\s\\S]*(?:{'|'.join(literal(fact) for fact in facts)})"


def _name(store: FactStore, person_id: str) -> str:
    return store.people[person_id].name


def _possessive(store: FactStore, person_id: str) -> str:
    return POSSESSIVES.get(store.people[person_id].pronoun, "their")


def _works(store: FactStore, person_id: str) -> list[str]:
    return [work.title for work in store.people[person_id].known_for]


def _song_romaji(store: FactStore) -> str:
    """The theme song's romanised title (the store writes it in brackets after the Japanese one)."""
    value = str(store.crew["theme_song"].work.value)
    found = re.search(r"\(([^)]+)\)", value)
    return found.group(1) if found else value


def _people(store: FactStore, kind: str) -> list[str]:
    cast = [credit.actor for credit in store.cast[:BILLED_CAST]]
    director = store.crew["director"].people[0]
    singer = store.crew["theme_song"].people[0]
    author = str(store.novel["author"].value)
    kinds = {
        "person": [*cast, director, store.crew["screenplay"].people[0], author, singer],
        "actor_or_director": [*cast, director],
        "director": [director],
        "singer": [singer],
        "author": [author],
    }
    return kinds.get(kind, [])


def _objects(store: FactStore, frames: Mapping[str, Any], kind: str) -> Iterator[tuple[str, dict[str, str], str]]:
    """(category, slots, expected reply) for each object of a kind."""
    title = store.title
    for person_id in _people(store, kind):
        name = _name(store, person_id)
        slots = {"object": name, "his": _possessive(store, person_id), "song": _song_romaji(store)}
        slots["works"] = "music" if kind == "singer" else KIND_NOUN
        yield "person", slots, _honest_then(name, *_works(store, person_id))
    if kind == "film":
        for typed in (title, title.lower()):
            yield "film", {"object": typed}, "[Cc]an't watch[\\s\\S]*critic"
    if kind == "films":
        director_id = store.crew["director"].people[0]
        director = _name(store, director_id)
        yield "kind", {"object": f"{director} {KIND_NOUN}"}, _honest_then(director, *_works(store, director_id))
        genres = [str(genre) for genre in store.film["genres"].value]
        for genre in genres:
            yield "kind", {"object": f"{genre} {KIND_NOUN}"}, _honest_then(*genres)
    if kind == "film_part":
        for part in FAVOURITE_PARTS:
            yield "favourite", {"object": part.format(title=title)}, "no favourite"
    others = {"other_person": "other_people", "other_film": "other_films", "other_kind": "other_kinds"}
    for other in frames.get(others.get(kind, ""), []):
        yield "other", {"object": other}, NOT_OURS


def _conversations(store: FactStore, frames: Mapping[str, Any], frame: Mapping[str, Any]) -> Iterator[dict[str, Any]]:
    source = f'{frame["source"]} "{frame["original"]}"'
    for kind in frame["objects"]:
        for category, slots, expect in _objects(store, frames, kind):
            turns = []
            if "before" in frame:
                turns.append({"ask": frame["before"].format(**slots), "expect": _before_expect(store, category, slots)})
                category = "follow_up"
            turns.append({"ask": frame["text"].format(**slots), "expect": expect})
            yield {"category": category, "source": source, "turns": turns}


def _before_expect(store: FactStore, category: str, slots: Mapping[str, str]) -> str:
    """What the first turn's answer names: the person asked about, or the lead (the film's plot)."""
    if category == "film":
        return literal(store.characters[store.cast[0].character].name)
    return literal(slots["object"])


def _render(conversations: list[dict[str, Any]]) -> str:
    return "\n".join([HEADER.rstrip("\n"), "conversations:", *multi_turn_lines(conversations)]) + "\n"


HEADER = """\
# Round-19 probes of nlu81 (issue 10): the assistant's own taste and experience, asked about this film's people and
# works. GENERATED by tooling/grids/nlu81.py from tooling/grids/nlu81_frames.yml and bot/facts/drawing_closer.yml:
# never edit by hand, run `python -m tooling.grids`. Every frame (a real question to the partner, its object
# replaced) is asked of this film's people (expect the honest answer, then the person's name or works), of the film
# (the honest answer, then what critics said), of kinds of film (the honest answer, then the director's films or
# the film's kinds), of parts of the film ("no favourite") and of other films and people (the refusal or the
# persona). A follow-up first asks who the person is (or what the film is about), then the frame with a pronoun.
# Written and scored before any round-19 change. Source: TC = alexa/Topical-Chat conversations/<split>.json,
# conversation id, message index (ids no earlier probe file uses).
"""
