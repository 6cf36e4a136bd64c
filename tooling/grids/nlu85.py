"""Round-20 grid of nlu85: questions about a person's works that carry a condition or a count ("what <a> movie was
released in <year>?", "in which of these movies has <a> appeared prior to <a work>?", "how many films did <a>
direct from <year> to <year>?", "the first movie in which <a> starred", "which film did <a> and <b> star in
together?", "what other TV show did <a> appear in?", "<a> has done voice-over work in a video game", "how many
movies are in the <title> series?").

Each frame of `nlu85_frames.yml` (a real question's wording, its owner and condition slots) is filled from
bot/facts/drawing_closer.yml through `bot.store`. The reply expected is the held works that meet every condition
the store can decide (kind and year, where held) and none that fails it; when none is held, or the condition is
one the store cannot decide (a count of a list held only in part, a video game), "I don't know".

    python -m tooling.grids      # writes tests/nlu/probes_round20_nlu85.yml (the holdout is hand-written)
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import yaml

from bot.store import FactStore, Work
from tooling.grids._turns import literal, multi_turn_lines

FRAMES_PATH = Path(__file__).with_name("nlu85_frames.yml")
PROBE_FILE = "probes_round20_nlu85.yml"
DONT_KNOW = "DONT_KNOW"
FILM_KINDS = ("film", None)  # a work the store gives no kind may be a film; one of another kind is not
SERIES_KIND = "series"
CAST_ASKED = 8
YEARS_ASKED = 2
# The verb each owner's credit takes in "how many films did <a> <verb> ...".
CREDIT_VERBS = {"director": "direct", "screenplay": "write"}
ACTING_VERB = "star in"
# A note naming a partner in a work: "with <First Last>".
PARTNER = re.compile(r"\bwith ([A-Z][a-z]+ [A-Z][a-z]+)\b")
# A note saying the work was a first one: "his debut", "his first film lead".
FIRST_FILM = re.compile(r"\bdebut\b|\bfirst film\b")
PRONOUNS = {"he": "he", "she": "she", "they": "they"}


def probe_files(store: FactStore) -> dict[str, str]:
    frames = yaml.safe_load(FRAMES_PATH.read_text(encoding="utf-8"))
    builders = {
        "movie_released_in": _released_in,
        "appeared_prior_to": _prior_to,
        "how_many_from_to": _how_many_from_to,
        "first_movie_starred": _first_movie,
        "star_together": _together,
        "other_tv_show": _other_show,
        "voice_video_game": _voice_video_game,
        "how_many_in_series": _in_series,
    }
    conversations = []
    for frame in frames["frames"]:
        for category, slots, expect, before in builders[frame["id"]](store, frames):
            conversations.append(_conversation(frame, category, slots, expect, before))
    return {PROBE_FILE: _render(conversations)}


Built = tuple[str, dict[str, Any], str, tuple[str, str] | None]


def _any_of(titles: Sequence[str], none_of: Sequence[str] = ()) -> str:
    """Any of the titles, and none of the titles that fail the condition."""
    shown = f"(?:{'|'.join(literal(t) for t in titles)})"
    if not none_of:
        return shown
    return f"^(?![\\s\\S]*(?:{'|'.join(literal(t) for t in none_of)}))[\\s\\S]*{shown}"


def _cast(store: FactStore) -> list[str]:
    return [credit.actor for credit in store.cast[:CAST_ASKED]]


def _crew(store: FactStore) -> dict[str, str]:
    return {role: store.crew[role].people[0] for role in CREDIT_VERBS}


def _films(works: Sequence[Work]) -> list[Work]:
    return [work for work in works if work.medium in FILM_KINDS]


def _failing(works: Sequence[Work], meets: Callable[[Work], bool]) -> list[str]:
    """Titles of the works the store says fail the condition: of another kind, or dated and not meeting it."""
    return [w.title for w in works if w.medium not in FILM_KINDS or (w.year is not None and not meets(w))]


def _with_this_film(store: FactStore, person_id: str, works: list[Work]) -> list[tuple[str, int | None]]:
    """(title, year) of the person's film works, this film among them."""
    dated = [(work.title, work.year) for work in _films(works)]
    return [(store.title, store.release_year), *dated]


def _released_in(store: FactStore, frames: Mapping[str, Any]) -> Iterator[Built]:
    owners = [*_crew(store).values(), *_cast(store)]
    for person_id in owners:
        person = store.people[person_id]
        films = _with_this_film(store, person_id, person.known_for)
        years = sorted({year for _, year in films if year is not None})
        asked = [store.release_year, *[y for y in years if y != store.release_year][:YEARS_ASKED]]
        for year in asked:
            titles = [title for title, y in films if y == year]
            others = _failing(person.known_for, lambda work, year=year: work.year == year)
            yield "year", {"owner": person.name, "year": year}, _any_of(titles, others), None
        yield "year", {"owner": person.name, "year": frames["empty_year"]}, DONT_KNOW, None


def _prior_to(store: FactStore, frames: Mapping[str, Any]) -> Iterator[Built]:
    for person_id in _cast(store):
        person = store.people[person_id]
        films = [w for w in _films(person.known_for) if w.year is not None]
        bounds = [(store.title, store.release_year)]
        if films:
            latest = max(films, key=lambda w: w.year or 0)
            bounds.append((latest.title, latest.year))
        for work, bound in bounds:
            before = [w.title for w in films if (w.year or 0) < (bound or 0)]
            after = [
                t for t in _failing(person.known_for, lambda w, bound=bound: (w.year or 0) < (bound or 0)) if t != work
            ]
            expect = _any_of(before, after) if before else DONT_KNOW
            yield "before", {"owner": person.name, "work": work}, expect, None


def _how_many_from_to(store: FactStore, frames: Mapping[str, Any]) -> Iterator[Built]:
    """A count of a list the store holds only in part: never a number."""
    verbs = {person: CREDIT_VERBS[role] for role, person in _crew(store).items()}
    verbs.update({person: ACTING_VERB for person in _cast(store)[:3]})
    for person_id, verb in verbs.items():
        person = store.people[person_id]
        years = sorted(w.year for w in person.known_for if w.year is not None)
        if len(years) < 2:
            continue
        slots = {"owner": person.name, "verb": verb, "first": years[0], "last": years[-1]}
        yield "count", slots, DONT_KNOW, None


def _first_movie(store: FactStore, frames: Mapping[str, Any]) -> Iterator[Built]:
    for person_id in _cast(store):
        person = store.people[person_id]
        noted = [w for w in _films(person.known_for) if FIRST_FILM.search(w.detail or "")]
        expect = _any_of([noted[0].title]) if len(noted) == 1 else DONT_KNOW
        yield "first", {"owner": person.name}, expect, None


def _together(store: FactStore, frames: Mapping[str, Any]) -> Iterator[Built]:
    cast = _cast(store)
    title = _any_of([store.title])
    for first, second in ((0, 1), (1, 0), (0, 2), (1, 3), (0, 5), (4, 5)):
        yield "with", {"owner": store.people[cast[first]].name, "partner": store.people[cast[second]].name}, title, None
    for person_id in cast:
        person = store.people[person_id]
        titles = " ".join(w.title for w in person.known_for)
        for work in person.known_for:
            if work.medium not in (*FILM_KINDS, SERIES_KIND):
                continue
            for partner in PARTNER.findall(work.detail or ""):
                if partner in titles:  # "with <a title>" names a work, not a partner
                    continue
                yield "with", {"owner": person.name, "partner": partner}, _any_of([work.title]), None
    for partner in frames["unheld_partners"]:
        yield "with", {"owner": store.people[cast[0]].name, "partner": partner}, DONT_KNOW, None


def _other_show(store: FactStore, frames: Mapping[str, Any]) -> Iterator[Built]:
    for credit in store.cast[:CAST_ASKED]:
        person = store.people[credit.actor]
        shows = [w.title for w in person.known_for if w.medium == SERIES_KIND]
        films = [w.title for w in person.known_for if w.medium == "film"]
        expect = _any_of(shows, films) if shows else DONT_KNOW
        character = store.characters[credit.character].name.split()[0]
        slots = {"owner": person.name, "character": character, "title": store.title}
        yield "kind", slots, expect, None
        pronoun = PRONOUNS.get(person.pronoun, "they")
        before = (f"Who plays {character}?", literal(person.name))
        yield "follow_up", {**slots, "pronoun": pronoun}, expect, before


def _voice_video_game(store: FactStore, frames: Mapping[str, Any]) -> Iterator[Built]:
    people = [*_cast(store), *_crew(store).values(), store.crew["music"].people[0], store.crew["theme_song"].people[0]]
    for person_id in people:
        yield "unheld_kind", {"owner": store.people[person_id].name}, DONT_KNOW, None


def _in_series(store: FactStore, frames: Mapping[str, Any]) -> Iterator[Built]:
    yield "count", {"kind": "movies", "title": store.title}, "sequel|only (?:one )?film|one film", None
    count = str(store.novel["series"].value).split()[0]
    yield "count", {"kind": "books", "title": store.title}, f"\\b{count} books", None


def _conversation(
    frame: Mapping[str, Any], category: str, slots: Mapping[str, Any], expect: str, before: tuple[str, str] | None
) -> dict[str, Any]:
    source = f'{frame["source"]} "{frame["original"]}"'
    turns = []
    text = frame["text"]
    if before is not None:
        turns.append({"ask": before[0], "expect": before[1]})
        text = frame["follow_up"]
    turns.append({"ask": text.format(**slots), "expect": expect})
    return {"category": category, "source": source, "turns": turns}


def _render(conversations: list[dict[str, Any]]) -> str:
    return "\n".join([HEADER.rstrip("\n"), "conversations:", *multi_turn_lines(conversations)]) + "\n"


HEADER = """\
# Round-20 probes of nlu85 (issue 10): a person's works asked with a condition (a year, before a work, a kind, with
# another person, the first) or a count. GENERATED by tooling/grids/nlu85.py from tooling/grids/nlu85_frames.yml and
# bot/facts/drawing_closer.yml: never edit by hand, run `python -m tooling.grids`. Each frame (a real question, its
# owner and condition replaced) expects the held works that meet the condition and none that fails it; "I don't
# know" when none is held or the store cannot decide the condition (a count of a list held in part, a video game).
# Written and scored before any round-20 change. Sources: OTQA = uberspot/OpenTriviaQA categories/<file>:<line of
# the #Q>; Mintaka = amazon-science/mintaka data/mintaka_dev.json id (lines no earlier probe file uses).
"""
