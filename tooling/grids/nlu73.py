"""nlu73's round-17 grid: real yes/no question frames x every attribute the store holds, true and false values.

Each frame of `nlu73_frames.yml` (the wording of a real question, its source, its slots) is filled with every
fitting subject of the store and, per subject, a true value (expect "Yes"), a false but plausible value taken
from the store (another person, character, year, date; expect "No") and, where the store has nothing, a value it
cannot decide (expect "I don't know"). Frames marked `file: holdout` make the holdout file. Every name, title,
date and number comes from bot/facts/drawing_closer.yml through `bot.store`; the frames file holds wording only.

    python -m tooling.grids.nlu73      # writes tests/nlu/probes_round17_nlu73{,_holdout}.yml
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

import yaml

from bot.store import FactStore

FRAMES_PATH = Path(__file__).with_name("nlu73_frames.yml")
PROBE_FILE = "probes_round17_nlu73.yml"
HOLDOUT_FILE = "probes_round17_nlu73_holdout.yml"

YES = "^Yes"
NO = "^No"
DONT_KNOW = "DONT_KNOW"
# A genre the store does not list may be denied or left open: both are honest.
NO_OR_DONT_KNOW = "^No|^I don't know"
# Crew roles in the order a false credit is taken from (the next role's first person).
ROLE_ROTATION = ("director", "screenplay", "music", "theme_song", "producer")
FAMILY = frozenset({"mother", "father", "sister", "brother", "son", "daughter", "wife", "husband"})
SPOUSES = frozenset({"wife", "husband"})
SIBLINGS = ("sister", "brother")
WEEKEND = frozenset({5, 6})
# How many characters (in billing order) a character frame is tried on.
MAIN_CHARACTERS = 8

Turn = tuple[str, str]  # (the slots' text filled into the frame, the expectation)
Filler = Callable[[FactStore, Mapping[str, Any]], Iterator[tuple[dict[str, str], str]]]


# --- names and values from the store -------------------------------------------------------------------------


def person_name(store: FactStore, person_id: str) -> str:
    return store.people[person_id].name


def short_character_name(store: FactStore, character_id: str) -> str:
    """What people call a character: the given name of a named one, the whole name of a described one."""
    name = store.characters[character_id].name
    if name[0].isupper() and "'" not in name and not name.startswith("Dr "):
        return name.split()[0]
    return name


def named_credits(store: FactStore) -> list[tuple[str, str]]:
    """(actor id, character id) of the billed credits whose character has a name of its own."""
    return [
        (credit.actor, credit.character)
        for credit in store.cast[:MAIN_CHARACTERS]
        if short_character_name(store, credit.character) != store.characters[credit.character].name
    ]


def role_noun(store: FactStore, character_id: str) -> str | None:
    """The first alias that describes a character's place in the story ("florist"), not a name."""
    for alias in store.characters[character_id].aliases:
        if alias.isascii() and alias[0].islower():
            return alias.removeprefix("the ")
    return None


def date_of(value: Any) -> dt.date:
    return dt.date.fromisoformat(str(value))


def dated_works(store: FactStore) -> list[tuple[str, dt.date]]:
    """The things of the store with a day of release, as people name them."""
    works = [
        (store.title, date_of(store.film["premiere_date"].value)),
        ("the novel", date_of(store.novel["published"].value)),
    ]
    for key, name in (("trailer_date", "the trailer"), ("teaser_date", "the teaser")):
        if key in store.film and store.film[key].known:
            works.append((name, date_of(store.film[key].value)))
    return works


def relations_of(store: FactStore, character_id: str) -> dict[str, list[str]]:
    held: dict[str, list[str]] = {}
    for relation in store.relations:
        if relation.subject == character_id:
            held.setdefault(relation.relation, []).append(relation.object)
    return held


def spouse_pairs(store: FactStore) -> list[tuple[str, str]]:
    pairs: list[tuple[str, str]] = []
    for relation in store.relations:
        pair = (relation.subject, relation.object)
        if relation.relation in SPOUSES and (pair[1], pair[0]) not in pairs:
            pairs.append(pair)
    return pairs


def false_people(store: FactStore, role: str, count: int) -> list[str]:
    """People credited in other crew roles (a plausible wrong credit), the next roles first."""
    credited = set(store.crew[role].people)
    start = ROLE_ROTATION.index(role) + 1 if role in ROLE_ROTATION else 0
    names: list[str] = []
    for other in ROLE_ROTATION[start:] + ROLE_ROTATION[:start]:
        credit = store.crew[other]
        if other == role or credit.unknown or not credit.people or credit.people[0] in credited:
            continue
        name = person_name(store, credit.people[0])
        if name not in names:
            names.append(name)
    return names[:count]


def yes_no(holds: bool) -> str:
    return YES if holds else NO


# --- fillers: one per kind of claim ----------------------------------------------------------------------------


def crew_role(store: FactStore, frame: Mapping[str, Any]) -> Iterator[tuple[dict[str, str], str]]:
    """A person did a crew role: the credited person, people of other roles, any person for an unknown role."""
    for role, word in frame["role_nouns"].items():
        credit = store.crew[role]
        if credit.unknown:
            yield {"person": person_name(store, store.crew["director"].people[0]), "role_word": word}, DONT_KNOW
            continue
        yield {"person": person_name(store, credit.people[0]), "role_word": word}, YES
        for name in false_people(store, role, frame.get("false_values", 1)):
            yield {"person": name, "role_word": word}, NO


def sings_song(store: FactStore, frame: Mapping[str, Any]) -> Iterator[tuple[dict[str, str], str]]:
    """The theme song's singer, by each form of the song's title; the two leads as plausible wrong singers."""
    singer = person_name(store, store.crew["theme_song"].people[0])
    leads = [person_name(store, credit.actor) for credit in store.cast[:2]]
    for song in song_titles(store):
        yield {"person": singer, "song": song}, YES
        for lead in leads:
            yield {"person": lead, "song": song}, NO


def cast_credit(store: FactStore, frame: Mapping[str, Any]) -> Iterator[tuple[dict[str, str], str]]:
    credits = named_credits(store)
    for index, (actor, character) in enumerate(credits):
        other = credits[(index + 1) % len(credits)][1]
        yield {"actor": person_name(store, actor), "character": short_character_name(store, character)}, YES
        yield {"actor": person_name(store, actor), "character": short_character_name(store, other)}, NO


def cast_role_noun(store: FactStore, frame: Mapping[str, Any]) -> Iterator[tuple[dict[str, str], str]]:
    described = [(c.actor, noun) for c in store.cast if (noun := role_noun(store, c.character))]
    for index, (actor, noun) in enumerate(described):
        other_actor = described[(index + 1) % len(described)][0]
        yield {"actor": person_name(store, actor), "character_noun": noun}, YES
        yield {"actor": person_name(store, other_actor), "character_noun": noun}, NO


def married_to(store: FactStore, frame: Mapping[str, Any]) -> Iterator[tuple[dict[str, str], str]]:
    """Each married couple (yes), a man with another couple's wife (no), the two leads (not held)."""
    pairs = spouse_pairs(store)
    for index, (one, other) in enumerate(pairs):
        wrong = pairs[(index + 1) % len(pairs)][1]
        yield {"character": short_character_name(store, one), "other": short_character_name(store, other)}, YES
        if wrong != other:
            yield {"character": short_character_name(store, one), "other": short_character_name(store, wrong)}, NO
    lead, partner = store.cast[0].character, store.cast[1].character
    names = {"character": short_character_name(store, lead), "other": short_character_name(store, partner)}
    yield names, "^No|^I don't know"


def relation_noun(store: FactStore, frame: Mapping[str, Any]) -> Iterator[tuple[dict[str, str], str]]:
    """ "<a>'s mother is a nurse": the relative's own occupation (yes), another character's (no), and an
    occupation the store does not give the relative (no or not known)."""
    jobs = [noun for c in store.cast if (noun := role_noun(store, c.character)) and "lead" not in noun]
    for credit in store.cast[:2]:
        for relation, objects in relations_of(store, credit.character).items():
            if relation not in FAMILY | {"best_friend"}:
                continue
            slots = {"character": short_character_name(store, credit.character), "relation": relation.replace("_", " ")}
            own = role_noun(store, objects[0])
            others = [job for job in jobs if job != own]
            if own:
                yield {**slots, "character_noun": with_article(own)}, YES
                yield {**slots, "character_noun": with_article(others[0])}, NO
            else:
                yield {**slots, "character_noun": with_article(others[0])}, NO_OR_DONT_KNOW


def with_article(noun: str) -> str:
    return ("an " if noun[0] in "aeiou" else "a ") + noun


def song_titles(store: FactStore) -> list[str]:
    """Each form of the theme song's title the store gives ("「<native>」 (<romaji>)")."""
    credit = store.crew["theme_song"]
    assert credit.work is not None
    return [native or romaji for native, romaji in re.findall(r"「(.+?)」|\((.+?)\)", str(credit.work.value))]


def song_author(store: FactStore, frame: Mapping[str, Any]) -> Iterator[tuple[dict[str, str], str]]:
    """Whose song the theme song is: its original artist (yes), the male lead (no)."""
    credit = store.crew["theme_song"]
    assert credit.work is not None
    original = person_name(store, str(credit.work.extra["original_by"]))
    for song in song_titles(store):
        yield {"song": song, "person": original}, YES
        yield {"song": song, "person": person_name(store, store.cast[0].actor)}, NO


def sibling(store: FactStore, frame: Mapping[str, Any]) -> Iterator[tuple[dict[str, str], str]]:
    """The two leads and the first character with a brother: a sibling held (yes) or not held (not known)."""
    with_brother = [c.character for c in store.cast if "brother" in relations_of(store, c.character)]
    for character in [store.cast[0].character, store.cast[1].character, *with_brother[:1]]:
        held = relations_of(store, character)
        for relation in SIBLINGS:
            slots = {"character": short_character_name(store, character), "relation": relation}
            yield slots, YES if relation in held else DONT_KNOW


def film_kind(store: FactStore, frame: Mapping[str, Any]) -> Iterator[tuple[dict[str, str], str]]:
    genres = [str(genre) for genre in store.film["genres"].value]
    for genre in genres:
        yield {"kind_phrase": f"a {genre}"}, YES
    for genre in frame["other_genres"]:
        if genre not in genres:
            yield {"kind_phrase": f"a {genre}"}, NO_OR_DONT_KNOW
    for phrase, fact in frame["other_kinds"].items():
        yield {"kind_phrase": phrase}, yes_no(bool(store.film[fact].value))


def film_source(store: FactStore, frame: Mapping[str, Any]) -> Iterator[tuple[dict[str, str], str]]:
    """What the film adapts: a true story (the store's flag), the novel (held), a manga (another adaptation)."""
    adapts_novel = store.novel["title"].known
    truth = {"true_story": bool(store.film["true_story"].value), "novel": adapts_novel, "manga": not adapts_novel}
    for phrase, source in frame["phrases"].items():
        yield {"source_phrase": phrase}, yes_no(truth[source])


def country(store: FactStore, frame: Mapping[str, Any]) -> Iterator[tuple[dict[str, str], str]]:
    held = str(store.film["country"].value)
    yield {"country": held}, YES
    for other in frame["other_countries"]:
        yield {"country": other}, NO


def language(store: FactStore, frame: Mapping[str, Any]) -> Iterator[tuple[dict[str, str], str]]:
    held = str(store.film["language"].value)
    yield {"language": held}, YES
    for other in frame["other_languages"]:
        yield {"language": other}, NO


def platform(store: FactStore, frame: Mapping[str, Any]) -> Iterator[tuple[dict[str, str], str]]:
    held = str(store.film["platform"].value)
    yield {"where": f"on {held}"}, YES
    for other in frame["other_services"]:
        yield {"where": f"on {other}"}, NO
    for words in frame["cinema_words"]:
        yield {"where": words}, yes_no(bool(store.film["theatrical_release"].value))


def weekend(store: FactStore, frame: Mapping[str, Any]) -> Iterator[tuple[dict[str, str], str]]:
    """On the weekend or not, from the day of release; naming the day itself answers it too."""
    for work, day in dated_works(store):
        expect = YES if day.weekday() in WEEKEND else f"^No|{day:%A}"
        yield {"work": work}, expect


def weekday(store: FactStore, frame: Mapping[str, Any]) -> Iterator[tuple[dict[str, str], str]]:
    for work, day in dated_works(store):
        yield {"work": work, "weekday": f"{day:%A}"}, YES
        yield {"work": work, "weekday": f"{day + dt.timedelta(days=1):%A}"}, NO


def before(store: FactStore, frame: Mapping[str, Any]) -> Iterator[tuple[dict[str, str], str]]:
    """The film against each dated thing both ways, and against the start of its own year and the next."""
    works = dated_works(store)
    for first, first_day in works:
        for second, second_day in works:
            if first != second and store.title in (first, second):
                yield {"first": first, "second": second}, yes_no(first_day < second_day)
    film_year = works[0][1].year
    for year in (film_year, film_year + 1):
        yield {"first": store.title, "second": str(year)}, yes_no(works[0][1] < dt.date(year, 1, 1))


def year(store: FactStore, frame: Mapping[str, Any]) -> Iterator[tuple[dict[str, str], str]]:
    for work, day in dated_works(store)[:2]:
        yield {"work": work, "year": str(day.year)}, YES
        for wrong in (day.year - 1, day.year + 1):
            yield {"work": work, "year": str(wrong)}, NO


def runtime(store: FactStore, frame: Mapping[str, Any]) -> Iterator[tuple[dict[str, str], str]]:
    minutes = int(store.film["runtime_minutes"].value)
    for phrase, limit in frame["durations"].items():
        yield {"duration": phrase}, yes_no(limit >= minutes)


def award(store: FactStore, frame: Mapping[str, Any]) -> Iterator[tuple[dict[str, str], str]]:
    held = store.film["awards"]
    for prize in frame["prizes"]:
        yield {"prize": prize}, DONT_KNOW if held.unknown else YES


def unknown_fact(store: FactStore, frame: Mapping[str, Any]) -> Iterator[tuple[dict[str, str], str]]:
    yield {}, DONT_KNOW if store.film[frame["fact"]].unknown else YES


def filming_place(store: FactStore, frame: Mapping[str, Any]) -> Iterator[tuple[dict[str, str], str]]:
    if store.film["filming_locations"].unknown:
        for place in frame["places"]:
            yield {"place": place}, DONT_KNOW


def related(store: FactStore, frame: Mapping[str, Any]) -> Iterator[tuple[dict[str, str], str]]:
    """A named character with a relative (yes) and with the next named character not of the family (no or not known)."""
    named = [character for _, character in named_credits(store)]
    for character in named[:4]:
        family = [r.object for r in store.relations if r.subject == character and r.relation in FAMILY]
        strangers = [other for other in named if other != character and other not in family]
        name = short_character_name(store, character)
        if family:
            yield {"character": name, "other": short_character_name(store, family[0])}, YES
        yield {"character": name, "other": short_character_name(store, strangers[0])}, NO_OR_DONT_KNOW


def couple_son(store: FactStore, frame: Mapping[str, Any]) -> Iterator[tuple[dict[str, str], str]]:
    for one, other in spouse_pairs(store):
        has_son = "son" in relations_of(store, one)
        for first, second in ((one, other), (other, one)):
            slots = {"character": short_character_name(store, first), "other": short_character_name(store, second)}
            yield slots, YES if has_son else DONT_KNOW


def cast_member(store: FactStore, frame: Mapping[str, Any]) -> Iterator[tuple[dict[str, str], str]]:
    for credit in store.cast[:MAIN_CHARACTERS]:
        yield {"actor": person_name(store, credit.actor), "platform": str(store.film["platform"].value)}, YES


def crew_member(store: FactStore, frame: Mapping[str, Any]) -> Iterator[tuple[dict[str, str], str]]:
    for role in ROLE_ROTATION:
        credit = store.crew[role]
        if not credit.unknown:
            yield {"person": person_name(store, credit.people[0])}, YES


FILLERS: dict[str, Filler] = {
    "crew_role": crew_role,
    "sings_song": sings_song,
    "song_author": song_author,
    "cast_credit": cast_credit,
    "cast_role_noun": cast_role_noun,
    "married_to": married_to,
    "relation_noun": relation_noun,
    "sibling": sibling,
    "film_kind": film_kind,
    "film_source": film_source,
    "country": country,
    "language": language,
    "platform": platform,
    "weekend": weekend,
    "weekday": weekday,
    "before": before,
    "year": year,
    "runtime": runtime,
    "award": award,
    "unknown_fact": unknown_fact,
    "filming_place": filming_place,
    "related": related,
    "couple_son": couple_son,
    "cast_member": cast_member,
    "crew_member": crew_member,
}


# --- the files -------------------------------------------------------------------------------------------------


def frame_turns(store: FactStore, frame: Mapping[str, Any], fillers: Mapping[str, Filler] = FILLERS) -> Iterator[Turn]:
    """The frame filled with each of its values; a search-engine query (BoolQ) stays lower case."""
    for slots, expect in fillers[frame["kind"]](store, frame):
        text = str(frame["template"]).format(title=store.title, **slots)
        text = re.sub(r"\s+([?,])", r"\1", text.replace(" ''", ""))
        if str(frame["source"]).startswith("BoolQ"):
            text = text.lower()
        yield text, expect


def quoted(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def conversations(
    store: FactStore, frames: list[Mapping[str, Any]], fillers: Mapping[str, Filler] = FILLERS
) -> list[str]:
    lines: list[str] = []
    seen: set[str] = set()
    for frame in frames:
        lines.append(f"# {frame['id']}: {frame['source']}")
        for text, expect in frame_turns(store, frame, fillers):
            if text in seen:
                continue
            seen.add(text)
            shown = expect if expect == DONT_KNOW else quoted(expect)
            lines.append(f"- category: {frame['id']}  # {frame['kind']}")
            lines.append(f"  turns: [{{ask: {quoted(text)}, expect: {shown}}}]")
    return lines


HEADER = """\
# Round-17 {what} of nlu73 (issue 10): yes/no questions, a grid. GENERATED by `python -m tooling.grids.nlu73`
# from tooling/grids/nlu73_frames.yml and bot/facts/drawing_closer.yml: never edit this file by hand.
# Each real yes/no question frame (its source on the `# <frame>:` line: BoolQ = d-eremeev/BoolQ-Question-Answering
# data/dev.jsonl line; SQA = eladsegal/strategyqa data/strategyqa/train.json index; TC = alexa/Topical-Chat
# conversations/<split>.json, conversation id, message index) is filled with every fitting subject of the store and
# a true value (^Yes), a false but plausible value from the store (^No) or a value the store cannot decide
# (DONT_KNOW). Only the slots are replaced; a BoolQ query stays lower case as it was typed.
# Written and scored before any round-17 change.{extra}
conversations:
"""


def grid_and_holdout(
    store: FactStore, frames_path: Path, header: str, extra: str, fillers: Mapping[str, Filler] = FILLERS
) -> tuple[str, str]:
    """The YAML text of the grid (frames without `file: holdout`) and of the holdout (the others), each under the
    header (its `{what}` and `{extra}` filled)."""
    frames = yaml.safe_load(frames_path.read_text(encoding="utf-8"))["frames"]
    grid = [frame for frame in frames if frame.get("file") != "holdout"]
    holdout = [frame for frame in frames if frame.get("file") == "holdout"]
    return (
        header.format(what="probes", extra="") + "\n".join(conversations(store, grid, fillers)) + "\n",
        header.format(what="holdout", extra=extra) + "\n".join(conversations(store, holdout, fillers)) + "\n",
    )


def probe_files(store: FactStore) -> dict[str, str]:
    """File name -> YAML text of the grid (probe file) and of the holdout's frames."""
    extra = "\n# The holdout: other frames of the same sources, scored only at the start and at the end."
    grid, holdout = grid_and_holdout(store, FRAMES_PATH, HEADER, extra)
    return {PROBE_FILE: grid, HOLDOUT_FILE: holdout}
