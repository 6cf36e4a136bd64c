"""Score replies by outcome, as a user sees them: right, wrong, don't know, not understood...

A turn's expectation is a list of accepted outcomes (tests/external/dev.yml):
`fact REF...` (every REF's value appears in the reply), `yes`/`no` (the reply
starts with it; REFs may follow), `dont_know`, `refusal`, `clarify`,
`spoiler_check`. REFs name store keys, resolved here against the fact store, so
a corrected fact changes the key with it; a REF whose fact the store records as
unknown turns its alternative into `dont_know`.

The markers of "don't know", "didn't get that", the refusal, a question back
and the spoiler check are read from domain.yml by response name (as
tooling/bench/answers.py does), so rewording a response does not break scoring.
A reply that is none of those and not right is `wrong`: a confident answer to a
different question.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import yaml

from bot.store import FactStore
from bot.text import format_date, format_value

RIGHT, WRONG, DONT_KNOW, NOT_UNDERSTOOD, REFUSED, CLARIFY = (
    "right",
    "wrong",
    "dont_know",
    "not_understood",
    "refused",
    "clarify",
)
OUTCOMES = (RIGHT, WRONG, DONT_KNOW, NOT_UNDERSTOOD, REFUSED, CLARIFY)
SPOILER_CHECK = "spoiler_check"
# Which responses say what; names absent from a domain are skipped.
MARKER_RESPONSES = {
    DONT_KNOW: (
        "utter_dont_know",
        "utter_dont_know_about",
        "utter_dont_know_subject_attribute",
        "utter_other_work_unknown",
        "utter_not_in_film",
    ),
    NOT_UNDERSTOOD: ("utter_default",),
    REFUSED: ("utter_out_of_scope",),
    CLARIFY: ("utter_which_one", "utter_ask_who"),
    SPOILER_CHECK: ("utter_spoiler_warning",),
}
YES_NO = re.compile(r"^\W*(yes|yeah|yep|no|nope|nah)\b", re.I)
PREFIX = 25  # long values (descriptions, the premise) are matched on their opening words


@dataclass(frozen=True)
class Markers:
    by_outcome: dict[str, tuple[str, ...]]

    @classmethod
    def from_domain(cls, domain: Path) -> Markers:
        responses = yaml.safe_load(domain.read_text(encoding="utf-8"))["responses"]
        found: dict[str, tuple[str, ...]] = {}
        for outcome, names in MARKER_RESPONSES.items():
            prefixes = []
            for name in names:
                for variant in responses.get(name, []):
                    prefix = str(variant.get("text", "")).split("{", 1)[0].strip()
                    if len(prefix) >= 8:  # a bare "{premise}" cannot mark anything
                        prefixes.append(prefix)
            found[outcome] = tuple(prefixes)
        return cls(found)

    def observed(self, reply: str) -> str:
        """What kind of reply this is, before comparing it with the expectation."""
        text = reply.casefold()
        for outcome in (REFUSED, NOT_UNDERSTOOD, CLARIFY, SPOILER_CHECK, DONT_KNOW):
            if any(marker.casefold() in text for marker in self.by_outcome.get(outcome, ())):
                return outcome
        return "answer" if text.strip() else NOT_UNDERSTOOD


class Resolver:
    """Store references ('crew:director', 'film:language'...) -> strings a right reply contains."""

    def __init__(self, store: FactStore) -> None:
        self.store = store

    def groups(self, ref: str) -> list[tuple[str, ...]] | None:
        """Each group needs one of its strings in the reply; None when the store does not know."""
        kind, _, rest = ref.partition(":")
        store, people = self.store, self.store.people
        if kind == "film":
            return self._fact(store.film[rest])
        if kind == "novel":
            fact = store.novel[rest]
            if rest == "author" and fact.known:
                return [(people[fact.value].name,)]
            return self._fact(fact)
        if kind == "crew":
            credit = store.crew[rest]
            return None if credit.unknown else [tuple(people[p].name for p in credit.people)]
        if kind == "cast" and rest == "leads":
            return [(people[c.actor].name,) for c in store.cast[:2]]
        if kind == "plot" and rest == "premise":
            return [(store.plot[0].text[:PREFIX],)]
        if kind == "person":
            person_id, _, attribute = rest.partition(":")
            return self._person(person_id, attribute)
        if kind == "character":
            character_id, _, attribute = rest.partition(":")
            character = store.characters[character_id]
            if attribute == "description" and character.description is not None and character.description.known:
                return [(str(character.description.value)[:PREFIX],)]
            if attribute == "actor":
                return [tuple(people[c.actor].name for c in store.actor_of(character_id))] or None
            return None
        if kind == "relation":
            character_id, _, relation = rest.partition(":")
            return self._relation(character_id, relation)
        raise ValueError(f"unknown store reference {ref!r}")

    @staticmethod
    def _fact(fact) -> list[tuple[str, ...]] | None:
        if fact.unknown:
            return None
        value = fact.value
        if isinstance(value, list | tuple):
            return [tuple(format_value(v) for v in value)]
        if isinstance(value, str) and re.fullmatch(r"\d{4}-\d\d-\d\d", value):
            return [(format_date(value),)]
        return [(format_value(value)[:PREFIX],)]

    def _person(self, person_id: str, attribute: str) -> list[tuple[str, ...]] | None:
        person = self.store.people[person_id]
        if attribute == "about":
            return [(str(person.about.value)[:PREFIX],)] if person.about and person.about.known else None
        if attribute == "known_for":
            return [tuple(work.title for work in person.known_for)] if person.known_for else None
        if attribute == "roles":
            names = [self.store.characters[c.character].name for c in self.store.roles_of(person_id)]
            names += [credit.role.replace("_", " ")[:6] for credit in self.store.crew_roles_of(person_id)]
            return [tuple(names)] if names else None
        raise ValueError(f"unknown person attribute {attribute!r}")

    def _relation(self, character_id: str, relation: str) -> list[tuple[str, ...]] | None:
        """'haruna_sakurai', 'mother' -> the characters the store describes as "Haruna's mother"."""
        first = self.store.characters[character_id].name.split()[0]
        phrase = re.compile(rf"\b{re.escape(first)}'s (?:late )?{re.escape(relation)}\b", re.I)
        names: list[str] = []
        for other in self.store.characters.values():
            description = other.description.value if other.description and other.description.known else ""
            if phrase.search(other.name) or phrase.search(str(description)):
                names.append(other.name)
                names += [self.store.people[c.actor].name for c in self.store.actor_of(other.id)]
        return [tuple(names)] if names else None


@dataclass(frozen=True)
class Alternative:
    kind: str  # fact, yes, no, dont_know, refusal, clarify, spoiler_check
    groups: tuple[tuple[str, ...], ...] = ()


def alternatives(expect: Sequence[str], resolver: Resolver) -> list[Alternative]:
    """The accepted outcomes of a turn, with store references resolved."""
    result = []
    for entry in expect:
        kind, *refs = str(entry).split()
        groups: list[tuple[str, ...]] = []
        unknown = False
        for ref in refs:
            found = resolver.groups(ref)
            if found is None:
                unknown = True
            else:
                groups += found
        if unknown and kind == "fact":
            result.append(Alternative("dont_know"))
            continue
        result.append(Alternative(kind, tuple(groups)))
    return result


def judge(reply: str, accepted: Iterable[Alternative], markers: Markers) -> str:
    """right, or what the reply was instead (wrong = a confident answer that is not the right one)."""
    text = reply.casefold()
    observed = markers.observed(reply)

    def has_all(groups: tuple[tuple[str, ...], ...]) -> bool:
        return all(any(option.casefold() in text for option in group if option) for group in groups)

    for alternative in accepted:
        kind = alternative.kind
        if kind == "fact" and alternative.groups and has_all(alternative.groups) and observed != REFUSED:
            return RIGHT
        if kind in ("yes", "no"):
            said = YES_NO.match(reply)
            if said and said.group(1).lower().startswith(kind[0]) and has_all(alternative.groups):
                return RIGHT
        if (kind, observed) in (
            ("dont_know", DONT_KNOW),
            ("refusal", REFUSED),
            ("clarify", CLARIFY),
            ("spoiler_check", SPOILER_CHECK),
        ):
            return RIGHT
    if observed == "answer":
        return WRONG
    return CLARIFY if observed == SPOILER_CHECK else observed


def load_set(path: Path) -> list[dict]:
    return yaml.safe_load(path.read_text(encoding="utf-8"))["items"]


def turn_category(item: dict, turn: dict) -> str:
    return turn.get("category") or item["category"]


@dataclass
class Tally:
    counts: dict[str, int]

    @classmethod
    def empty(cls) -> Tally:
        return cls({outcome: 0 for outcome in OUTCOMES})

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def rate(self, outcome: str) -> float:
        return self.counts[outcome] / self.total if self.total else 0.0

    def as_dict(self) -> dict:
        return {"turns": self.total, **self.counts, **{f"{o}_rate": round(self.rate(o), 4) for o in OUTCOMES}}


def tally(results: Sequence[dict]) -> dict[str, Tally]:
    """Outcomes per category, plus 'all' and 'multi-turn'."""
    by: dict[str, Tally] = {}
    for result in results:
        keys = ["all", result["category"]] + (["multi-turn"] if result["multi_turn"] else [])
        for key in keys:
            by.setdefault(key, Tally.empty()).counts[result["outcome"]] += 1
    return by
