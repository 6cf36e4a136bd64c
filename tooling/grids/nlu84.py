"""nlu84's round-20 grid: a relation or a named award asked of one of the film's people x every kind of person
(cast, director, screenwriter, composer, theme singer, producer, the novel's author) x held / not held.

Each frame of `nlu84_frames.yml` names its kind and the person kinds it fits; the expectation comes from the store:
an award is held for a person when one of their works' notes names it (the vocabulary's award names, as the
answering code reads them), a birthplace when the person has one; every other relation the frames ask (teacher,
spouse, schooling, company, employer, membership) the store holds for nobody, so "I don't know". Every name, title
and place comes from bot/facts/drawing_closer.yml through `bot.store`. The holdout
(tests/nlu/probes_round20_nlu84_holdout.yml) is hand-written, not generated.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import yaml

from bot.store import FactStore, Person
from bot.understanding.lexicon import default_lexicon, tokens
from tooling.grids._turns import framed_lines

FRAMES_PATH = Path(__file__).with_name("nlu84_frames.yml")
PROBE_FILE = "probes_round20_nlu84.yml"
DONT_KNOW = "DONT_KNOW"
YES, NO = "(?i)^yes", "(?i)^no\\b"
# Openers of a yes/no question: a held award or place is answered "Yes", another place "No".
YES_NO_OPENERS = ("was ", "did ", "does ", "is ", "has ")
# Cast kinds: their billing position (1-based) in the store's cast list.
CAST_KINDS = {"lead": 1, "lead_actress": 2, "cast_6": 6, "cast_7": 7}
CREW_KINDS = {"director", "screenplay", "music", "producer", "theme_song"}
POSSESSIVE = {"he": "his", "she": "her", "they": "their"}


def person_of(store: FactStore, kind: str) -> Person:
    """The person a kind of the frames names: a billed actor, the first person of a crew credit, the author."""
    if kind in CAST_KINDS:
        return store.people[store.cast[CAST_KINDS[kind] - 1].actor]
    if kind in CREW_KINDS:
        return store.people[store.crew[kind].people[0]]
    return store.people[str(store.novel["author"].value)]


def award_name(award: str) -> str:
    """How a question names an award: the vocabulary's longest name for it, capitalised ("Grand Bell Awards")."""
    names = default_lexicon().award_names[award]
    return max(names, key=len).title()


def held_awards(person: Person) -> dict[str, str]:
    """Award -> the title of the work whose note names it (what the answer must say)."""
    lexicon = default_lexicon()
    held: dict[str, str] = {}
    for work in person.known_for:
        for award in lexicon.awards_named(tokens(work.detail or "")):
            held.setdefault(award, work.title)
    return held


def asks_yes_no(template: str) -> bool:
    return template.lower().startswith(YES_NO_OPENERS)


def held_answer(template: str, work_title: str) -> str:
    return YES if asks_yes_no(template) else "(?i)" + re.escape(work_title)


def fill(template: str, person: Person, store: FactStore, **slots: str) -> str:
    company = store.people[store.crew["production_company"].people[0]].name
    return template.format(
        a=person.name, they=person.pronoun, their=POSSESSIVE[person.pronoun], company=company, **slots
    )


def frame_turns(store: FactStore, frame: Mapping[str, Any], frames_file: Mapping[str, Any]) -> Iterator[dict]:
    template, kind = str(frame["template"]), frame["kind"]
    for person_kind in frame["people"]:
        person = person_of(store, person_kind)
        turn = {"category": frame["id"], "source": person_kind}
        if kind == "named_award":
            held = held_awards(person)
            named = default_lexicon().awards_named(tokens(template))
            work = next((held[award] for award in named if award in held), None)
            expect = held_answer(template, work) if work else DONT_KNOW
            yield {**turn, "ask": fill(template, person, store), "expect": expect}
        elif kind == "award_slot":
            for award, work in held_awards(person).items():
                ask = fill(template, person, store, award=award_name(award))
                yield {**turn, "ask": ask, "expect": held_answer(template, work)}
            for other in frames_file["other_awards"][:2]:
                yield {**turn, "ask": fill(template, person, store, award=other), "expect": DONT_KNOW}
        elif kind == "place_slot":
            yield from place_turns(store, template, person, turn, frames_file["other_places"])
        else:
            yield {**turn, "ask": fill(template, person, store), "expect": DONT_KNOW}


def place_turns(store: FactStore, template: str, person: Person, turn: dict, other_places: list[str]) -> Iterator[dict]:
    """The held birthplace (Yes) and another place (No); without a held birthplace, "I don't know"."""
    if person.birthplace is None or not person.birthplace.known:
        yield {**turn, "ask": fill(template, person, store, place=other_places[0]), "expect": DONT_KNOW}
        return
    place = str(person.birthplace.value)
    other = next(p for p in other_places if p != place)
    yield {**turn, "ask": fill(template, person, store, place=place), "expect": YES}
    yield {**turn, "ask": fill(template, person, store, place=other), "expect": NO}


HEADER = """\
# Round-20 probes of nlu84 (issue 10): a person's relation or named award the store may not hold, a grid.
# GENERATED by `python -m tooling.grids` from tooling/grids/nlu84_frames.yml and bot/facts/drawing_closer.yml: never
# edit by hand. Each real question frame (its source on the `# <frame>:` line: LCQ2 = Cenze94/LC-QuAD-NoA
# LC-QuAD-NoA/dataset/<split>_balanced.json uid, an original LC-QuAD 2.0 entry; SQA = eladsegal/strategyqa
# data/strategyqa/train.json qid) asks a relation (won / was nominated for a named award, a teacher, a spouse,
# schooling, a business, an employer, a membership, a birthplace) of each fitting person of the store: the held
# answer where the store holds it for that person, DONT_KNOW where it does not (a named award never held for the
# person: "I don't know", never "No" and never the other award held). Only the person, award or place is replaced.
# Written and scored before any round-20 change.
conversations:
"""


def probe_files(store: FactStore) -> dict[str, str]:
    """File name -> YAML text of the grid."""
    frames_file = yaml.safe_load(FRAMES_PATH.read_text(encoding="utf-8"))
    lines = framed_lines(frames_file["frames"], lambda frame: frame_turns(store, frame, frames_file))
    return {PROBE_FILE: HEADER + "\n".join(lines) + "\n"}
