"""nlu88's round-21 grid: a polar (yes/no) question x its subject (the film named, "the movie", a pronoun after a
turn about the film; the theme song named or said with a pronoun; two of the film's people) x a relation the store
holds the same, holds as different, or does not hold.

Each frame of `nlu88_frames.yml` names its relation; the expectation comes from the store: the film is shown only
on its platform (never in a cinema: "No"), premiered in its year, has its genres; the theme song is a cover (of
another artist's song, so not written for the film); a person is an actor when billed in the cast, a director /
writer / producer when credited so (the screenplay and the novel's author write). A relation the store does not
hold (a song's genre, a person's nationality) is DONT_KNOW. Every name, title and value comes from
bot/facts/drawing_closer.yml through `bot.store`. The holdout (tests/nlu/probes_round21_nlu88_holdout.yml) is
hand-written, not generated.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import yaml

from bot.store import FactStore
from tooling.grids._turns import framed_multi_turn_lines

FRAMES_PATH = Path(__file__).with_name("nlu88_frames.yml")
PROBE_FILE = "probes_round21_nlu88.yml"
DONT_KNOW = "DONT_KNOW"
YES, NO = "(?i)^yes", "(?i)^no\\b"
NOT_IN_CINEMAS = "(?i)^no\\b|not shown in (cinemas|theat)|streaming-only|only on netflix|no cinema release"
# The kinds of people a "both <kind>" frame asks, as the store's credits say them.
CREDIT_ROLES = {"director": ("director",), "writer": ("screenplay",), "producer": ("producer",)}
SONG_KINDS = {"a cover": YES, "an original song": NO, "a pop song": DONT_KNOW}


def song_title(store: FactStore) -> str:
    """The song's romanised title as people type it ("Wakamono no Subete")."""
    work = str(store.crew["theme_song"].work.value)  # type: ignore[union-attr]
    found = re.search(r"\(([^)]+)\)", work)
    return found.group(1) if found else work


def film_subjects(store: FactStore) -> list[tuple[list[dict], str, str]]:
    """(context turns, the subject as said in the question, as said in a first sentence)."""
    director = store.people[store.crew["director"].people[0]].name
    about = [{"ask": f"who directed {store.title}?", "expect": re.escape(director)}]
    return [([], store.title, store.title), ([], "the movie", "The movie"), (about, "it", "It")]


def song_subjects(store: FactStore) -> list[tuple[list[dict], str]]:
    title = song_title(store)
    about = [{"ask": f"what's the theme song of {store.title}?", "expect": re.escape(title)}]
    return [([], title), ([], "the theme song"), (about, "it")]


def credited(store: FactStore, person_id: str, kind: str) -> bool:
    if kind == "actor":
        return any(credit.actor == person_id for credit in store.cast)
    if kind == "writer" and str(store.novel["author"].value) == person_id:
        return True
    return any(person_id in store.crew[role].people for role in CREDIT_ROLES[kind])


def people_pairs(store: FactStore, kind: str) -> Iterator[tuple[str, str, str]]:
    """(a, b, expect): two people who both hold the kind (Yes) and one who holds another credit (No)."""
    cast = [credit.actor for credit in store.cast]
    crew = [person for role in ("director", "screenplay", "producer", "music") for person in store.crew[role].people]
    people = [*cast[:3], *crew, str(store.novel["author"].value)]
    holders = [p for p in people if credited(store, p, kind)]
    others = [p for p in people if not credited(store, p, kind)]
    name = {p: store.people[p].name for p in people}
    if len(holders) >= 2:
        yield name[holders[0]], name[holders[1]], YES
    for other in others[:3]:
        yield name[holders[0]], name[other], NO
        yield name[other], name[holders[-1]], NO


def conversation(category: str, source: str, context: list[dict], ask: str, expect: str) -> dict:
    return {"category": category, "source": source, "turns": [*context, {"ask": ask, "expect": expect}]}


def frame_conversations(store: FactStore, frame: Mapping[str, Any], frames: Mapping[str, Any]) -> Iterator[dict]:
    relation, template = frame["relation"], str(frame["template"])
    source = f"{frame['id']}: {frame['source'].split(' ', 1)[0]}"
    if relation in ("cinema", "cinema_any", "service", "year", "genre"):
        for context, film, first in film_subjects(store):
            for slots, expect in film_values(store, relation, frames):
                ask = template.format(film=film, film_said=first, **slots)
                yield conversation(relation, source, context, ask, expect)
    elif relation in ("written_for", "song_kind"):
        kinds = SONG_KINDS.items() if relation == "song_kind" else [("", NO)]
        for context, song in song_subjects(store):
            for kind, expect in kinds:
                ask = template.format(song=song, title=store.title, song_kind=kind)
                yield conversation(relation, source, context, ask, expect)
    elif relation == "both":
        for a, b, expect in people_pairs(store, frame["kind"]):
            yield conversation(relation, source, [], template.format(a=a, b=b), expect)
    else:  # both_unheld: a relation no person of the store holds
        for a, b, _ in list(people_pairs(store, "actor"))[:3]:
            yield conversation(relation, source, [], template.format(a=a, b=b), DONT_KNOW)


def film_values(store: FactStore, relation: str, frames: Mapping[str, Any]) -> list[tuple[dict[str, str], str]]:
    if relation == "cinema":
        return [({"cinema": cinema}, NOT_IN_CINEMAS) for cinema in frames["cinemas"][:2]]
    if relation == "cinema_any":
        return [({}, NOT_IN_CINEMAS)]
    if relation == "service":
        held = str(store.film["platform"].value)
        return [({"service": held}, YES), ({"service": frames["services"][0]}, NO)]
    if relation == "year":
        year = str(store.film["premiere_date"].value)[:4]
        return [({"year": year}, YES), ({"year": "'" + year[2:]}, YES), ({"year": frames["other_years"][0]}, NO)]
    genres = [str(genre) for genre in store.film["genres"].value]
    others = frames["other_genres"]
    return [({"genre": genres[0]}, YES), ({"genre": others[0]}, NO), ({"genre": others[2]}, NO)]


HEADER = """\
# Round-21 probes of nlu88 (issue 10): a polar (yes/no) question gets a verdict or "I don't know whether ...", a
# grid. GENERATED by `python -m tooling.grids` from tooling/grids/nlu88_frames.yml and bot/facts/drawing_closer.yml:
# never edit by hand. Each real polar question frame (its source on the category's comment, full text in the frames
# file: SGD = dstc8-schema-guided-dialogue dialogue id and turn; BoolQ = d-eremeev/BoolQ-Question-Answering
# data/dev.jsonl line; HotpotQA = RUCAIBox/HaluEval generation/qa/qa_one-turn_data.json line) is filled with each
# subject (the film named, "the movie", a pronoun after a turn about the film; the theme song named or a pronoun;
# two of the film's people) and a value the store holds (^Yes), holds as different (^No) or does not hold
# (DONT_KNOW). Only the slots are replaced. Written and scored before any round-21 change.
conversations:
"""


def probe_files(store: FactStore) -> dict[str, str]:
    """File name -> YAML text of the grid."""
    frames_file = yaml.safe_load(FRAMES_PATH.read_text(encoding="utf-8"))
    lines = framed_multi_turn_lines(frames_file["frames"], lambda frame: frame_conversations(store, frame, frames_file))
    return {PROBE_FILE: HEADER + "\n".join(lines) + "\n"}
