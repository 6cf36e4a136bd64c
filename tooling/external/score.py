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

Replies in Japanese (tests/nlu/heldout_ja.yml) are scored the same way: every
text variant of a named response counts (conditional variations and a Japanese
catalogue too), a variant that opens with a {variable} is matched as a whole
template, はい/いいえ are yes/no, and a REF accepts the store's Japanese form of
a value (a name's `native`, a fact's `ja`...) beside the English one
(tooling/external/forms.py). `response NAME...` accepts a reply worded by one
of those responses (a greeting, "spoilers are on").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from bot.store import FactStore
from tooling.external import forms

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
        "utter_dont_know_whether",
        # "I don't know that about <X> (<the words asked>)": named in English by the prefix above, in Japanese only
        # by their own templates
        "utter_dont_know_person_asked",
        "utter_dont_know_asked",
        "utter_other_work_unknown",
        "utter_not_in_film",
    ),
    NOT_UNDERSTOOD: ("utter_default",),
    REFUSED: ("utter_out_of_scope", "utter_assistant_declines_taste"),
    CLARIFY: ("utter_which_one", "utter_ask_who"),
    SPOILER_CHECK: ("utter_spoiler_warning",),
}
YES_NO = re.compile(r"^\W*(yes|yeah|yep|no|nope|nah)\b", re.I)
# A Japanese reply's verdict: its opening word (はい、… / いいえ、…); "no" words are tried first.
JA_NO = ("いいえ", "いや、", "ううん", "違います", "ちがいます")
JA_YES = ("はい", "ええ", "うん", "そうです")
PREFIX = 25  # long values (descriptions, the premise) are matched on their opening words


@dataclass(frozen=True)
class Markers:
    """Per outcome: fixed openings of responses, and whole templates of those opening with a {variable}."""

    by_outcome: dict[str, tuple[str, ...]]
    templates: dict[str, tuple[re.Pattern[str], ...]] = field(default_factory=dict)
    responses: dict[str, tuple[re.Pattern[str], ...]] = field(default_factory=dict)

    @classmethod
    def from_domain(cls, domain: Path, catalogues: Sequence[Path] | None = None) -> Markers:
        variants = forms.response_texts(domain, catalogues)
        found: dict[str, tuple[str, ...]] = {}
        templates: dict[str, tuple[re.Pattern[str], ...]] = {}
        for outcome, names in MARKER_RESPONSES.items():
            prefixes, patterns = [], []
            for name in names:
                for text in variants.get(name, []):
                    prefix = text.split("{", 1)[0].strip()
                    if len(prefix) >= 8:  # a bare "{premise}" cannot mark anything
                        prefixes.append(prefix)
                    elif (pattern := forms.template_pattern(text)) is not None:
                        patterns.append(pattern)  # "{film_title}については分かりません。"
            found[outcome] = tuple(prefixes)
            templates[outcome] = tuple(patterns)
        every = {name: tuple(filter(None, map(forms.template_pattern, texts))) for name, texts in variants.items()}
        return cls(found, templates, every)

    def observed(self, reply: str) -> str:
        """What kind of reply this is, before comparing it with the expectation."""
        text = reply.casefold()
        for outcome in (REFUSED, NOT_UNDERSTOOD, CLARIFY, SPOILER_CHECK, DONT_KNOW):
            if any(marker.casefold() in text for marker in self.by_outcome.get(outcome, ())):
                return outcome
            if any(pattern.search(reply) for pattern in self.templates.get(outcome, ())):
                return outcome
        return "answer" if text.strip() else NOT_UNDERSTOOD

    def worded_by(self, reply: str, names: Iterable[str]) -> bool:
        """The reply contains a text variant of one of these responses (its {variables} filled in)."""
        return any(pattern.search(reply) for name in names for pattern in self.responses.get(name, ()))


class Resolver:
    """Store references ('crew:director', 'film:language'...) -> strings a right reply contains.

    Every string comes with the store's Japanese form of it when the store has one
    (forms.py), so a reply in either language can be right."""

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
                return [forms.name_forms(people[fact.value])]
            return self._fact(fact)
        if kind == "crew":
            credit = store.crew[rest]
            if credit.unknown:
                return None
            return [tuple(form for p in credit.people for form in forms.name_forms(people[p]))]
        if kind == "cast" and rest == "leads":
            return [forms.name_forms(people[c.actor]) for c in store.cast[:2]]
        if kind == "plot" and rest == "premise":
            return [forms.text_forms(store.plot[0], PREFIX)]
        if kind == "plot" and rest == "ending":
            return [tuple(form for point in store.ending for form in forms.text_forms(point, PREFIX))]
        if kind == "person":
            person_id, _, attribute = rest.partition(":")
            return self._person(person_id, attribute)
        if kind == "character":
            character_id, _, attribute = rest.partition(":")
            return self._character(character_id, attribute)
        if kind == "relation":
            character_id, _, relation = rest.partition(":")
            return self._relation(character_id, relation)
        if kind == "sources":
            return self._sources(rest)
        raise ValueError(f"unknown store reference {ref!r}")

    @staticmethod
    def _fact(fact) -> list[tuple[str, ...]] | None:
        if fact.unknown:
            return None
        return [forms.value_forms(fact, PREFIX)]

    def _character(self, character_id: str, attribute: str) -> list[tuple[str, ...]] | None:
        store, people = self.store, self.store.people
        character = store.characters[character_id]
        if attribute == "description" and character.description is not None and character.description.known:
            return [forms.value_forms(character.description, PREFIX)]
        if attribute == "actor":
            names = tuple(form for c in store.actor_of(character_id) for form in forms.name_forms(people[c.actor]))
            return [names] if names else None
        if attribute == "name":
            return [forms.name_forms(character)]
        return None

    def _person(self, person_id: str, attribute: str) -> list[tuple[str, ...]] | None:
        person = self.store.people[person_id]
        if attribute == "about":
            return [forms.value_forms(person.about, PREFIX)] if person.about and person.about.known else None
        if attribute in ("born", "birthplace"):
            fact = getattr(person, attribute)
            return [forms.value_forms(fact, PREFIX)] if fact and fact.known else None
        if attribute == "known_for":
            return [tuple(form for work in person.known_for for form in forms.work_forms(work))] or None
        if attribute == "roles":
            names: list[str] = []
            for credit in self.store.roles_of(person_id):
                names += forms.name_forms(self.store.characters[credit.character])
            for crew in self.store.crew_roles_of(person_id):
                names += [crew.role.replace("_", " ")[:6], *forms.role_forms(crew)]
            return [tuple(names)] if names else None
        if attribute == "name":
            return [forms.name_forms(person)]
        raise ValueError(f"unknown person attribute {attribute!r}")

    def _relation(self, character_id: str, relation: str) -> list[tuple[str, ...]] | None:
        """'haruna_sakurai', 'mother' -> the characters the store relates so ("Haruna's mother"), and their actors."""
        store = self.store
        first = store.characters[character_id].name.split()[0]
        phrase = re.compile(rf"\b{re.escape(first)}'s (?:late )?{re.escape(relation)}\b", re.I)
        ids = [link.object for link in store.related(character_id, (relation,))]
        for other in store.characters.values():
            description = other.description.value if other.description and other.description.known else ""
            if (phrase.search(other.name) or phrase.search(str(description))) and other.id not in ids:
                ids.append(other.id)
        names: list[str] = []
        for ident in ids:
            names += forms.name_forms(store.characters[ident])
            for credit in store.actor_of(ident):
                names += forms.name_forms(store.people[credit.actor])
        return [tuple(names)] if names else None

    def _sources(self, ref: str) -> list[tuple[str, ...]] | None:
        """'crew:director' -> the publishers of that fact's sources (a reply to "source?" names one)."""
        kind, _, key = ref.partition(":")
        store = self.store
        facts = {"film": store.film, "novel": store.novel}
        if kind in facts:
            fact = facts[kind][key]
        elif kind == "crew":
            fact = store.crew[key].fact
        else:
            raise ValueError(f"unknown source reference {ref!r}")
        if fact.unknown or not fact.sources:
            return None
        return [tuple(store.sources[k].publisher for k in fact.sources if k in store.sources)]


@dataclass(frozen=True)
class Alternative:
    kind: str  # fact, yes, no, dont_know, refusal, clarify, spoiler_check, response (groups: the names)
    groups: tuple[tuple[str, ...], ...] = ()


def alternatives(expect: Sequence[str], resolver: Resolver) -> list[Alternative]:
    """The accepted outcomes of a turn, with store references resolved."""
    result = []
    for entry in expect:
        kind, *refs = str(entry).split()
        if kind == "response":  # response names, not store references
            result.append(Alternative(kind, (tuple(refs),)))
            continue
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


def verdict(reply: str) -> str | None:
    """'yes' or 'no' when the reply opens with one, in English or Japanese."""
    said = YES_NO.match(reply)
    if said:
        return "yes" if said.group(1).lower().startswith("y") else "no"
    opening = reply.lstrip(" \t\n*「『(（")
    for kind, words in (("no", JA_NO), ("yes", JA_YES)):
        if opening.startswith(words):
            return kind
    return None


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
        if kind in ("yes", "no") and verdict(reply) == kind and has_all(alternative.groups):
            return RIGHT
        if kind == "response" and markers.worded_by(reply, alternative.groups[0]):
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
