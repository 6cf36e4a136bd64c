"""nlu78's round-18 grid: questions about people, ours and not ours.

Each frame of `nlu78_frames.yml` (the wording of a real question, its source, the attribute it asks) is filled
with every person the store credits (one per credit kind and the billed cast) and with real people the store does
not hold, some of whom share a family or given name with one of ours. The expectation comes from the store: the
person's card, a held attribute's value, "I don't know" for an attribute not held, a refusal for a stranger, "No"
when a stranger is asked to be in this film. Every name and value comes from bot/facts/drawing_closer.yml through
`bot.store`; the frames file holds wording and the strangers' names only.

    python -m tooling.grids      # writes tests/nlu/probes_round18_nlu78.yml
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import yaml

from bot.store import FactStore, Person
from tooling.grids._turns import conversation_lines, literal

FRAMES_PATH = Path(__file__).with_name("nlu78_frames.yml")
PROBE_FILE = "probes_round18_nlu78.yml"

DONT_KNOW = "DONT_KNOW"
REFUSE = "REFUSE"
NO = "^No"
YES = "^Yes"
# The crew credits a question about "the film's people" reaches beyond the cast, in the order they are tried.
CREW_ROLES = ("director", "screenplay", "music", "theme_song")
# How many billed actors (in billing order) the grid asks about: the leads, a veteran, a minor part.
CAST_ACTORS = (0, 1, 2, 4, 8)
TITLES = {"he": "Mr", "she": "Ms"}


def our_people(store: FactStore) -> list[Person]:
    """Billed actors, the crew's first person per role and the novelist: every kind of credit once."""
    ids = [store.cast[index].actor for index in CAST_ACTORS if index < len(store.cast)]
    ids += [store.crew[role].people[0] for role in CREW_ROLES if store.crew[role].people]
    ids += [pid for pid, person in store.people.items() if "novel" in str(person.about.value if person.about else "")]
    unique = list(dict.fromkeys(ids))
    return [store.people[pid] for pid in unique if store.people[pid].kind == "person"]


def in_cast(store: FactStore, person: Person) -> bool:
    return any(credit.actor == person.id for credit in store.cast)


def first_value_words(text: str) -> str:
    """A regex for a held value as the reply words it: its first words, escaped."""
    return literal(" ".join(text.split()[:2]))


def expectation(store: FactStore, person: Person, asks: str) -> str | None:
    """What a reply about one of ours must say for `asks`; None when the frame does not fit the person."""
    if asks == "card":
        # A cast card names the person in bold, a crew card says "<name> is <about>": both are the person's.
        return rf"{literal(person.name)}\*\*|{literal(person.name)} is "
    if asks == "in_film":
        return YES if in_cast(store, person) else None
    if asks == "not_held":
        return DONT_KNOW
    if asks == "birthplace":
        place = person.birthplace or person.hometown
        return first_value_words(str(place.value)) if place and place.known else DONT_KNOW
    if asks == "born":
        born = person.born
        if not (born and born.known):
            return DONT_KNOW
        year = re.search(r"\d{4}", str(born.value))
        return year.group() if year else DONT_KNOW
    raise ValueError(asks)


def stranger_expectation(asks: str) -> str:
    """A person the store does not hold: refused as another topic, or "No" when asked to be in this film."""
    return NO if asks == "in_film" else REFUSE


def slots(store: FactStore, name: str, pronoun: str) -> dict[str, str]:
    surname = name.split()[-1]
    return {
        "person": name,
        "person_lower": name.lower(),
        "title_surname": f"{TITLES.get(pronoun, 'Mr')} {surname}",
        "title_lower": store.title.lower(),
    }


def frame_turns(store: FactStore, frame: Mapping[str, Any], strangers: list[str]) -> Iterator[tuple[str, str]]:
    template, asks = str(frame["template"]), str(frame["asks"])
    uses_surname_only = "{title_surname}" in template
    for person in our_people(store):
        expect = expectation(store, person, asks)
        # "Mr"/"Ms" + family name only where the store gives the person's pronoun and a family name.
        if expect is None or (uses_surname_only and (len(person.name.split()) < 2 or person.pronoun not in TITLES)):
            continue
        yield template.format(**slots(store, person.name, person.pronoun)), expect
    for name in strangers:
        yield template.format(**slots(store, name, "he")), stranger_expectation(asks)


def conversations(store: FactStore, data: Mapping[str, Any]) -> list[str]:
    lines: list[str] = []
    seen: set[str] = set()
    for frame in data["frames"]:
        # A surname-only frame skips the namesakes: "Mr <family name>" of a namesake is one of ours.
        strangers = list(data["strangers"]) + ([] if "{title_surname}" in frame["template"] else data["namesakes"])
        lines.append(f"# {frame['id']}: {frame['source']}")
        for text, expect in frame_turns(store, frame, strangers):
            if text in seen:
                continue
            seen.add(text)
            turn = {"category": str(frame["id"]), "source": str(frame["asks"]), "ask": text, "expect": expect}
            lines += conversation_lines([turn])
    return lines


HEADER = """\
# Round-18 probes of nlu78 (issue 10): questions about people, a grid. GENERATED by `python -m tooling.grids`
# (tooling/grids/nlu78.py) from tooling/grids/nlu78_frames.yml and bot/facts/drawing_closer.yml: never edit by hand.
# Each real question frame (its source on the `# <frame>:` line: TC = alexa/Topical-Chat conversations/<split>.json,
# conversation id, message index; LCQ = Cenze94/LC-QuAD-NoA LC-QuAD-NoA/dataset/train_balanced.json uid) is filled
# with the store's people (card, held attribute -> its value, not held -> DONT_KNOW) and real people it does not
# hold (REFUSE; "^No" when asked to be in this film), some sharing a name part with one of ours.
# Written and scored before any round-18 change.
conversations:
"""


def probe_files(store: FactStore) -> dict[str, str]:
    """File name -> YAML text of the grid."""
    data = yaml.safe_load(FRAMES_PATH.read_text(encoding="utf-8"))
    return {PROBE_FILE: HEADER + "\n".join(conversations(store, data)) + "\n"}
