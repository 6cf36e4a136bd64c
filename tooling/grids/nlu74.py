"""Round-17 grid of nlu74: the attribute asked, of every kind of subject the store holds.

Each frame of `nlu74_frames.yml` (a real question's wording with its subject as a slot) is filled with every
fitting subject of the fact store (leads, supporting actors, director, the novel's author, composer, theme-song
singer, the film, the novel, characters), and the expectation is read from the store: the held fact, or
"I don't know" when the store does not hold the thing asked. `python -m tooling.grids.nlu74` writes the probe
files into tests/nlu/; never edit those by hand.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import yaml

from bot.store import FactStore, Person
from tooling.grids._turns import conversation_lines

FRAMES_PATH = Path(__file__).with_name("nlu74_frames.yml")
PROBE_FILE = "probes_round17_nlu74.yml"
HOLDOUT_FILE = "probes_round17_nlu74_holdout.yml"
DONT_KNOW = "DONT_KNOW"

# Which cast credits (by billing) and crew roles fill each file: the probe and the holdout ask of different people.
PROBE_CAST_BILLING = (0, 1, 3, 6)
HOLDOUT_CAST_BILLING = (2, 4, 5, 7)
PROBE_CREW_ROLES = ("director", "music", "theme_song")
HOLDOUT_CREW_ROLES = ("screenplay",)
PROBE_CHARACTER_BILLING = (0, 1)
HOLDOUT_CHARACTER_BILLING = (2, 7)

# A person's credit in the words a question puts before the name ("actor <a>", "director <b>").
CREW_ROLE_WORDS = {"director": "director", "screenplay": "screenwriter", "music": "composer", "theme_song": "singer"}
ACTOR_WORDS = {"he": "actor", "she": "actress"}
POSSESSIVES = {"he": "his", "she": "her"}
MUSIC_ROLES = ("music", "theme_song")
# Attributes the store never holds of a person or character: asked, they are "I don't know".
NEVER_HELD = frozenset(
    {"height", "spouse", "education", "siblings", "children", "record_label", "parents", "awards", "pages"}
)
AWARD_WORDS = re.compile(r"\b(award|prize|won)\b", re.IGNORECASE)
# The group named after "member of" / "vocalist of" in a person's description ("<a> is a member of <group>").
GROUP_OF = re.compile(r"\b(?:member|vocalist) of (?:the [a-z ]+? group )?([A-Z][^,.(]*?)\s*(?:\(|,|\.|$)")


@dataclass(frozen=True)
class Subject:
    kind: str  # person, film, novel, character
    id: str
    slots: dict[str, str]


def probe_files(store: FactStore) -> dict[str, str]:
    """File name -> YAML text of the probe file and its holdout."""
    frames = yaml.safe_load(FRAMES_PATH.read_text(encoding="utf-8"))
    return {
        PROBE_FILE: _render(store, frames["probe"], _subjects(store, holdout=False), PROBE_HEADER),
        HOLDOUT_FILE: _render(store, frames["holdout"], _subjects(store, holdout=True), HOLDOUT_HEADER),
    }


def _subjects(store: FactStore, *, holdout: bool) -> dict[str, list[Subject]]:
    cast_billing = HOLDOUT_CAST_BILLING if holdout else PROBE_CAST_BILLING
    crew_roles = HOLDOUT_CREW_ROLES if holdout else PROBE_CREW_ROLES
    people = [store.cast[i].actor for i in cast_billing]
    people += [pid for role in crew_roles for pid in store.crew[role].people]
    if not holdout:
        people.append(str(store.novel["author"].value))
    character_billing = HOLDOUT_CHARACTER_BILLING if holdout else PROBE_CHARACTER_BILLING
    title = store.title
    return {
        "person": [_person_subject(store, store.people[pid]) for pid in people],
        "character": [
            Subject("character", cid, {"character": store.characters[cid].name, "title": title})
            for cid in (store.cast[i].character for i in character_billing)
        ],
        "film": [Subject("film", "film", {"film": film, "title": title}) for film in (title, "the movie")],
        "novel": [Subject("novel", "novel", {"novel": novel}) for novel in ("the novel", f"the {title} book")],
    }


def _person_subject(store: FactStore, person: Person) -> Subject:
    return Subject(
        "person",
        person.id,
        {
            "person": person.name,
            "role": _role_word(store, person),
            "their": POSSESSIVES.get(person.pronoun, "their"),
        },
    )


def _role_word(store: FactStore, person: Person) -> str:
    if store.roles_of(person.id):
        return ACTOR_WORDS.get(person.pronoun, "actor")
    for credit in store.crew_roles_of(person.id):
        if credit.role in CREW_ROLE_WORDS:
            return CREW_ROLE_WORDS[credit.role]
    return "author"


def _fits(store: FactStore, frame: dict, subject: Subject) -> bool:
    fits = frame.get("fits")
    if fits is None or subject.kind != "person":
        return True
    person = store.people[subject.id]
    checks: dict[str, Callable[[], bool]] = {
        "musicians": lambda: any(c.role in MUSIC_ROLES for c in store.crew_roles_of(person.id)),
        "men": lambda: person.pronoun == "he",
        "women": lambda: person.pronoun == "she",
        "unawarded_actors": lambda: bool(store.roles_of(person.id)) and not AWARD_WORDS.search(_person_text(person)),
    }
    return checks[fits]()


def _person_text(person: Person) -> str:
    parts = [str(person.about.value or ""), person.about.detail or ""] if person.about else []
    parts += [work.detail or "" for work in person.known_for]
    return ". ".join(parts)


def _expect(store: FactStore, asks: str, subject: Subject) -> str:
    if subject.kind == "person":
        return _person_expect(store, asks, store.people[subject.id])
    if subject.kind == "character":
        return _character_expect(store, asks, subject.id)
    if asks == "review_score" and "imdb_rating" in store.film:
        return re.escape(str(store.film["imdb_rating"].value))
    return DONT_KNOW  # the film's budget, setting, filming locations and awards, the novel's pages: not held


def _person_expect(store: FactStore, asks: str, person: Person) -> str:
    if asks in NEVER_HELD:
        return DONT_KNOW
    fact = {"born": person.born, "birthplace": person.birthplace, "grew_up": person.hometown}.get(asks)
    if asks == "born" and fact and fact.known:
        year = re.search(r"\d{4}", str(fact.value))
        return year.group(0) if year else DONT_KNOW
    if fact and fact.known:
        return re.escape(str(fact.value))
    if asks == "band":
        group = GROUP_OF.search(_person_text(person))
        return re.escape(group.group(1).strip()) if group else DONT_KNOW
    return DONT_KNOW


def _character_expect(store: FactStore, asks: str, character_id: str) -> str:
    relation = {"sister": "sister", "brother": "brother", "mother": "mother", "father": "father"}.get(asks)
    if relation is None:
        return DONT_KNOW
    related = store.related(character_id, [relation])
    if not related:
        return DONT_KNOW
    return "|".join(re.escape(store.characters[r.object].name) for r in related)


def _turns(store: FactStore, frames: list[dict], subjects: dict[str, list[Subject]]) -> Iterator[dict]:
    year = str(store.release_year or "")
    for frame in frames:
        for subject in subjects[frame["kind"]]:
            if not _fits(store, frame, subject):
                continue
            slots = {**subject.slots, "year": year, "title": store.title}
            if "{film}" not in frame["ask"] and subject.kind == "film" and subject.slots["film"] != store.title:
                continue  # a frame naming the title itself is asked once
            expect = _expect(store, frame["asks"], subject)
            held = "not_held" if expect == DONT_KNOW else "held"
            yield {
                "category": f"{subject.kind}_{held}",
                "source": f'{frame["source"]} "{frame["original"]}"',
                "ask": frame["ask"].format(**slots),
                "expect": expect,
            }


def _render(store: FactStore, frames: list[dict], subjects: dict[str, list[Subject]], header: str) -> str:
    lines = [header.rstrip("\n"), "conversations:", *conversation_lines(_turns(store, frames, subjects))]
    return "\n".join(lines) + "\n"


PROBE_HEADER = """\
# Round-17 probes of nlu74 (issue 10): a grid of the attribute asked. GENERATED by tooling/grids/nlu74.py from
# tooling/grids/nlu74_frames.yml and bot/facts/drawing_closer.yml: never edit by hand, run
# `python -m tooling.grids.nlu74`. Every frame (a real question's wording, its subject replaced) is asked of every
# fitting subject the store holds: the two leads and two supporting actors, the director, the composer, the
# theme-song singer, the novel's author, the film, the novel and the two lead characters. Attributes the store
# holds (birth year, birthplace, hometown, group, IMDb rating, characters' relatives) expect the fact; attributes it
# does not hold (height, spouse, college, siblings, children, awards, record label, budget, setting, filming
# location, pages) expect DONT_KNOW. Written and scored before any round-17 change. Sources (lines no earlier
# probe file uses):
#   OTQA = uberspot/OpenTriviaQA categories/<file>:<line of the #Q>;
#   QALD = ag-sc/QALD 5/data/qald-5_train.json, question id (English string);
#   LCQ2 = LC-QuAD 2.0 by uid, from the verbatim copy in Cenze94/LC-QuAD-NoA LC-QuAD-NoA/dataset/<file>;
#   HWU  = xliuhw/NLU-Evaluation-Data CrossValidation/.../KFold_<k>/testset/annotated/qa_factoid, index.
"""

HOLDOUT_HEADER = """\
# Round-17 holdout of nlu74 (issue 10): other frames of the same sources as probes_round17_nlu74.yml (the
# attribute asked), asked of other subjects (other supporting actors, the screenwriter, other characters).
# GENERATED by tooling/grids/nlu74.py from tooling/grids/nlu74_frames.yml and bot/facts/drawing_closer.yml: never
# edit by hand. Scored only before any round-17 change and at the end, never looked at while changing code.
# Sources (lines no earlier probe file uses):
#   OTQA = uberspot/OpenTriviaQA categories/<file>:<line of the #Q>.
"""
