"""The fact store: the film's facts, typed, validated and searchable.

Loads the human-edited YAML file (see ``bot/facts/drawing_closer.yml``) into
frozen dataclasses. Loading either yields a complete, consistent store or
raises :class:`FactsError` naming the file, the entry and what is wrong; there
is no half-loaded state. Nothing here imports Rasa.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

import yaml

from bot import names
from bot.yaml_files import load_yaml_file

DEFAULT_FACTS_PATH = Path(__file__).parent / "facts" / "drawing_closer.yml"
CONFIDENCE_LEVELS = ("high", "medium", "low")
PRONOUNS = ("he", "she", "they")
PERSON_KINDS = ("person", "company", "group")
# What a person's other work is, when the sources say: "what movies has she been in?" leaves out her series.
WORK_MEDIA = ("film", "series", "music_video", "music", "album", "book")
# How much a person would trust a source, best first (docs/answer-style.md, "Sources").
SOURCE_KINDS = ("official", "publisher", "press", "web", "blog", "mirror")
SCHEMA_VERSION = 1
# Words that mark team-only text: how facts were researched, how sure we are,
# and instructions to whoever writes answers. User-facing text never has them.
TEAM_SPEAK = re.compile(
    r"\b(search(es|ed|ing)|search for|not found|confidence|unverified|inference|corpus|dossier|do not|don't quote|"
    r"always give|never (say|quote|give)|source key|rejected|outlier)\b",
    re.IGNORECASE,
)
# Values and story text may say "he searches his phone"; they are checked for the rest.
TEAM_SPEAK_IN_VALUES = re.compile(r"\b(confidence|unverified|corpus|dossier|source key)\b", re.IGNORECASE)
# A user-facing detail is context after an answer: at most two sentences.
MAX_DETAIL_SENTENCES = 2
# `as_of` of a figure: 2024, 2024-01, 2024-01-25, or early/mid/late 2025.
AS_OF = re.compile(r"^(?:(?P<part>early|mid|late) (?P<py>\d{4})|(?P<y>\d{4})(?:-(?P<m>\d{2}))?(?:-(?P<d>\d{2}))?)$")
PART_MONTH = {"early": 2, "mid": 6, "late": 11}


class FactsError(ValueError):
    """The facts file cannot be used; the message says where and why."""


@dataclass(frozen=True)
class Source:
    key: str
    publisher: str
    title: str
    url: str
    kind: str  # one of SOURCE_KINDS
    research: str | None = None  # team-only, never rendered

    @property
    def rank(self) -> int:
        """0 for the most trusted kind (the studio), higher is weaker."""
        return SOURCE_KINDS.index(self.kind)


@dataclass(frozen=True)
class AsOf:
    """When a figure was true: sortable, and readable ("Jan 2024", "late 2025")."""

    label: str
    year: int
    month: int = 0
    day: int = 0

    @property
    def sort_key(self) -> tuple[int, int, int]:
        return (self.year, self.month, self.day)

    def __str__(self) -> str:
        if self.label[0].isalpha():
            return self.label
        if self.month:
            return dt.date(self.year, self.month, self.day or 1).strftime("%-d %b %Y" if self.day else "%b %Y")
        return str(self.year)


@dataclass(frozen=True)
class Alternative:
    """What another source claims, when sources disagree."""

    value: Any
    sources: tuple[str, ...] = ()
    as_of: AsOf | None = None
    rejected: bool = False  # the better sources contradict it (shown, if at all, as such)
    detail: str | None = None  # user-facing
    research: str | None = None  # team-only, never rendered


@dataclass(frozen=True)
class Fact:
    """One fact with its provenance, or a recorded absence of one."""

    key: str
    value: Any = None
    sources: tuple[str, ...] = ()
    confidence: str | None = None
    unknown: bool = False
    detail: str | None = None  # user-facing context after the answer, at most two sentences
    research: str | None = None  # team-only research notes, never rendered
    label: str | None = None  # what users call it, for "I don't know the ... of the film"
    as_of: AsOf | None = None
    alternatives: tuple[Alternative, ...] = ()
    aliases: tuple[str, ...] = ()
    spoiler: bool = False
    extra: Mapping[str, Any] = field(default_factory=dict)

    @property
    def known(self) -> bool:
        return not self.unknown

    @property
    def disputed(self) -> bool:
        """Sources disagree and the disagreement is not settled against them."""
        return any(not alternative.rejected for alternative in self.alternatives)


@dataclass(frozen=True)
class Work:
    """Another film or show a person is known for."""

    title: str
    year: int | None = None
    ja: str | None = None  # its Japanese title, for a Japanese answer (same sources)
    detail: str | None = None  # user-facing: native title, role
    research: str | None = None
    sources: tuple[str, ...] = ()
    confidence: str | None = None
    medium: str | None = None  # one of WORK_MEDIA; None when the sources do not say


@dataclass(frozen=True)
class Person:
    id: str
    name: str
    kind: str = "person"
    pronoun: str = "they"
    native: str | None = None
    kana: str | None = None
    aliases: tuple[str, ...] = ()
    about: Fact | None = None
    born: Fact | None = None  # read after "born": "on <a date>", "in <a year>", as the sources give it
    birthplace: Fact | None = None
    hometown: Fact | None = None  # where the sources say someone is from (出身), when no birthplace is given
    known_for: tuple[Work, ...] = ()

    def name_forms(self) -> tuple[str, ...]:
        split = self.kind == "person"
        return names.name_forms(self.name, self.native, self.kana, self.aliases, split_parts=split)


@dataclass(frozen=True)
class Character:
    id: str
    name: str
    native: str | None = None
    kana: str | None = None
    aliases: tuple[str, ...] = ()
    description: Fact | None = None

    def name_forms(self) -> tuple[str, ...]:
        return names.name_forms(self.name, self.native, self.kana, self.aliases, split_parts=True)


@dataclass(frozen=True)
class CastCredit:
    actor: str
    character: str
    sources: tuple[str, ...]
    confidence: str


@dataclass(frozen=True)
class Relation:
    """One character's relation to another: `subject`'s `relation` is `object` ("X's father is Y")."""

    subject: str
    relation: str
    object: str
    sources: tuple[str, ...]
    confidence: str


# The parents of one child are each other's spouse: a child's mother is its father's wife, and he is her
# husband (the store records children's parents, and a widow's husband is her child's late father).
SPOUSE_OF_PARENT = {"mother": "wife", "father": "husband"}
LOWER_CONFIDENCE = {"high": 0, "medium": 1, "low": 2}


def spouses(relations: tuple[Relation, ...]) -> tuple[Relation, ...]:
    """The wife and husband relations that the held mother and father of each child imply, with both relations'
    sources and the lower confidence; none where the store already holds a spouse of either parent."""
    held = {(r.subject, r.relation) for r in relations}
    derived: dict[tuple[str, str], Relation] = {}
    for child in dict.fromkeys(r.subject for r in relations):
        parents = {r.relation: r for r in relations if r.subject == child and r.relation in SPOUSE_OF_PARENT}
        if len(parents) != len(SPOUSE_OF_PARENT):
            continue
        mother, father = parents["mother"], parents["father"]
        sources = tuple(dict.fromkeys(mother.sources + father.sources))
        confidence = max(mother.confidence, father.confidence, key=lambda c: LOWER_CONFIDENCE.get(c, 2))
        for one, other in ((father, mother), (mother, father)):
            kind = SPOUSE_OF_PARENT[other.relation]
            if (one.object, kind) not in held:
                derived.setdefault((one.object, kind), Relation(one.object, kind, other.object, sources, confidence))
    return tuple(derived.values())


@dataclass(frozen=True)
class CrewCredit:
    role: str
    people: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    fact: Fact = field(default_factory=lambda: Fact(key=""))
    work: Fact | None = None

    @property
    def unknown(self) -> bool:
        return self.fact.unknown


@dataclass(frozen=True)
class PlotPoint:
    text: str
    spoiler: bool
    sources: tuple[str, ...]
    confidence: str
    ending: bool = False
    text_ja: str | None = None  # the same point in Japanese, for Japanese answers


# A name this short is too likely inside any fact's words to be the one named there.
MIN_NAMED_IN_A_FACT = 3


@dataclass(frozen=True)
class Match:
    """A name in the store that a user's words may refer to."""

    kind: str  # "person" or "character"
    id: str
    name: str
    score: float


@dataclass(frozen=True)
class FactStore:
    path: Path
    sources: Mapping[str, Source]
    film: Mapping[str, Fact]
    novel: Mapping[str, Fact]
    people: Mapping[str, Person]
    characters: Mapping[str, Character]
    cast: tuple[CastCredit, ...]
    crew: Mapping[str, CrewCredit]
    plot: tuple[PlotPoint, ...]
    trivia: tuple[PlotPoint, ...]
    relations: tuple[Relation, ...] = ()

    # -- loading -----------------------------------------------------------

    @classmethod
    def load(cls, path: str | Path = DEFAULT_FACTS_PATH) -> FactStore:
        path = Path(path)
        try:
            raw = load_yaml_file(path)
        except OSError as error:
            raise FactsError(f"{path}: cannot read the facts file ({error.strerror or error})") from error
        except UnicodeDecodeError as error:
            raise FactsError(f"{path}: the facts file is not UTF-8 text") from error
        except yaml.YAMLError as error:
            where = getattr(error, "problem_mark", None)
            line = f" at line {where.line + 1}" if where else ""
            raise FactsError(f"{path}: not valid YAML{line}: {getattr(error, 'problem', error)}") from error
        return cls.from_dict(raw, path)

    @classmethod
    def from_dict(cls, raw: Any, path: Path = DEFAULT_FACTS_PATH) -> FactStore:
        return _Parser(path).store(raw)

    # -- facts ---------------------------------------------------------------

    @property
    def ending(self) -> tuple[PlotPoint, ...]:
        return tuple(point for point in self.plot if point.ending)

    @property
    def spoilers(self) -> tuple[PlotPoint, ...]:
        return tuple(point for point in self.plot if point.spoiler)

    @property
    def title(self) -> str:
        return str(self.film["title"].value)

    @property
    def release_year(self) -> int | None:
        """The year of the premiere, when the store knows it."""
        premiere = self.film.get("premiere_date")
        found = re.match(r"\d{4}", str(premiere.value)) if premiere is not None and premiere.known else None
        return int(found.group()) if found else None

    @cached_property
    def place_words(self) -> frozenset[str]:
        """The normalised words of the film's service, country and language as the store holds them: words of a
        place or a language, never of a person's name or a title."""
        held = (self.film[key] for key in ("platform", "country", "language") if key in self.film)
        return frozenset(word for fact in held if fact.known for word in names.normalise(str(fact.value)).split())

    @cached_property
    def topics(self) -> Mapping[str, str]:
        """Normalised word users say -> film fact key, for facts that have aliases."""
        return {
            names.normalise(alias): key
            for key, fact in self.film.items()
            for alias in (*fact.aliases, key.replace("_", " "))
        }

    @cached_property
    def roles(self) -> Mapping[str, str]:
        """Normalised word users say -> crew role."""
        return {
            names.normalise(alias): role
            for role, credit in self.crew.items()
            for alias in (*credit.aliases, role.replace("_", " "))
        }

    def topic(self, words: str) -> str | None:
        return _lookup_fuzzy(self.topics, words)

    def role(self, words: str) -> str | None:
        return _lookup_fuzzy(self.roles, words)

    # -- people and characters -----------------------------------------------

    def actor_of(self, character_id: str) -> list[CastCredit]:
        return [credit for credit in self.cast if credit.character == character_id]

    def roles_of(self, person_id: str) -> list[CastCredit]:
        return [credit for credit in self.cast if credit.actor == person_id]

    def related(self, character_id: str, relations: Iterable[str]) -> list[Relation]:
        """The relations of these kinds from one character, in the store's order."""
        wanted = set(relations)
        return [r for r in self.relations if r.subject == character_id and r.relation in wanted]

    def crew_roles_of(self, person_id: str) -> list[CrewCredit]:
        return [credit for credit in self.crew.values() if person_id in credit.people]

    def display_name(self, kind: str, entity_id: str) -> str:
        table = self.people if kind == "person" else self.characters
        return table[entity_id].name

    @cached_property
    def _name_index(self) -> Mapping[str, frozenset[tuple[str, str]]]:
        index: dict[str, set[tuple[str, str]]] = {}
        entries: Iterable[tuple[str, Person | Character]] = [
            *(("person", person) for person in self.people.values()),
            *(("character", character) for character in self.characters.values()),
        ]
        for kind, entry in entries:
            for form in (*entry.name_forms(), entry.id.replace("_", " ")):
                key = names.normalise(form)
                if key:
                    index.setdefault(key, set()).add((kind, entry.id))
        return {key: frozenset(value) for key, value in index.items()}

    @cached_property
    def _name_indexes(self) -> dict[frozenset[str], Mapping[str, frozenset[tuple[str, str]]]]:
        return {}

    @cached_property
    def _run_together(self) -> dict[str, str]:
        """Each two-part name's key with its space taken out, to the key ("toru nakamura" from "torunakamura")."""
        return {joined: key for key in self._name_index if (joined := names.run_together(key)) is not None}

    def _name_index_of(self, kinds: frozenset[str]) -> Mapping[str, frozenset[tuple[str, str]]]:
        """`_name_index` restricted to these kinds of entry, built once per set of kinds: rebuilding
        it on every `resolve` was about 9% of a turn's CPU (py-spy, 2026-12-01)."""
        index = self._name_indexes.get(kinds)
        if index is None:
            filtered = {
                key: frozenset(hit for hit in hits if hit[0] in kinds) for key, hits in self._name_index.items()
            }
            index = self._name_indexes[kinds] = {key: hits for key, hits in filtered.items() if hits}
        return index

    def name_forms(self) -> Iterator[tuple[str, str, str]]:
        """(kind, id, surface form) for every name the store knows."""
        return iter(self._all_name_forms)

    @cached_property
    def _all_name_forms(self) -> tuple[tuple[str, str, str], ...]:
        # Built once: each Japanese name's family name is found with SudachiPy, which `mentions`
        # ran again for every name on every call (30 tokenizations per follow-up question).
        return tuple(self._name_forms())

    def _name_forms(self) -> Iterator[tuple[str, str, str]]:
        for person in self.people.values():
            for form in person.name_forms():
                yield "person", person.id, form
        for character in self.characters.values():
            for form in character.name_forms():
                yield "character", character.id, form

    def resolve(self, words: str, kinds: Iterable[str] = ("person", "character")) -> list[Match]:
        """Everything ``words`` may name, best first; several equal matches mean ambiguity.

        Exact (normalised) forms win; otherwise the closest forms within a small
        edit distance, so one-letter typos still resolve.
        """
        index = self._name_index_of(frozenset(kinds))
        query = names.normalise(words)
        if not query:
            return []
        if query in index:
            scored = {hit: 100.0 for hit in index[query]}
        elif query in self._run_together:
            # "torunakamura": a two-part name run together, as a search or a hashtag types it (exactly, never by
            # a close match: "akito morita" is no typo of another name run together)
            key = self._run_together[query]
            scored = {hit: 100.0 for hit in index.get(key, ())}
        elif (described := _name_after_a_description(query, index)) is not None:
            # "guitar maestro <a surname>": the name the description leads to
            scored = {hit: DESCRIBED_NAME_SCORE for hit in index[described]}
        else:
            scored = {}
            for key, score in names.close_matches(query, index):
                for hit in index[key]:
                    scored[hit] = max(scored.get(hit, 0.0), score)
            if not scored:
                return []
            best = max(scored.values())
            scored = {hit: score for hit, score in scored.items() if score == best}
        matches = [
            Match(kind=kind, id=entity_id, name=self.display_name(kind, entity_id), score=score)
            for (kind, entity_id), score in scored.items()
        ]
        return sorted(matches, key=lambda match: (-match.score, self._billing(match), match.name))

    def resolve_one(self, words: str, kinds: Iterable[str] = ("person", "character")) -> Match | None:
        """The one thing ``words`` names, or None: nothing, or several equally good ("<a given name> two people
        share"), where answering with the first would answer about someone the user may not mean."""
        matches = self.resolve(words, kinds)
        if not matches or (len(matches) > 1 and matches[1].score == matches[0].score):
            return None
        return matches[0]

    def facts_naming(self, name: str) -> list[tuple[str, Fact]]:
        """(topic, fact) of the film's and the novel's facts whose value names `name`, as written ("<a manga
        artist>" in the manga's fact): someone the store knows of only through what they made, who is no person of
        its own. Nothing for a name shorter than MIN_NAMED_IN_A_FACT letters."""
        wanted = name.strip().casefold()
        if len(wanted) < MIN_NAMED_IN_A_FACT:
            return []
        return [
            (key.replace("_", " "), fact)
            for facts in (self.film, self.novel)
            for key, fact in facts.items()
            if fact.known and wanted in str(fact.value).casefold()
        ]

    def mentions(self, text: str, kinds: Iterable[str] = ("person", "character")) -> list[Match]:
        """Names written in non-Latin script inside free text (spaCy's English tokenizer
        does not split Japanese, so the entity rules cannot see them)."""
        wanted = set(kinds)
        found: dict[tuple[str, str], Match] = {}
        for kind, entity_id, form in self.name_forms():
            if kind in wanted and names.is_cjk(form) and form.replace(" ", "") in text.replace(" ", ""):
                found[(kind, entity_id)] = Match(kind, entity_id, self.display_name(kind, entity_id), 100.0)
        return list(found.values())

    def _billing(self, match: Match) -> int:
        for position, credit in enumerate(self.cast):
            if match.id in (credit.actor, credit.character):
                return position
        return len(self.cast)

    # -- sources ---------------------------------------------------------------

    def cite(self, keys: Iterable[str]) -> list[Source]:
        return [self.sources[key] for key in dict.fromkeys(keys)]

    def ranked(self, keys: Iterable[str]) -> list[Source]:
        """The sources a person would trust most first (studio, publisher, press, web, blogs);
        mirror copies only when nothing else backs the answer. Ties keep their order."""
        cited = [source for source in self.cite(keys) if source.key in self.sources]
        originals = [source for source in cited if source.kind != "mirror"]
        return sorted(originals or cited, key=lambda source: source.rank)


def sentences(text: str) -> list[str]:
    """Sentences of a reply (a full stop, ? or ! followed by a space and a capital or a quote)."""
    parts = re.split(r"(?<=[.!?])[\"')]*\s+(?=[A-Z\"(「0-9])", text.strip())
    return [part for part in parts if part.strip()]


# A name found after the words describing someone ("maestro <a surname>") counts as nearly exact. The words must end
# with a noun of what someone does: another given name before a family name of ours ("<another given name> <a
# surname>") is someone else.
DESCRIBED_NAME_SCORE = 95.0
MAX_DESCRIBING_WORDS = 2
DESCRIBING_NOUNS = frozenset(
    """maestro actor actress singer vocalist musician composer producer director writer novelist author
    screenwriter guitarist bassist drummer pianist star idol artist legend veteran""".split()
)


def _name_after_a_description(query: str, index: Mapping[str, Any]) -> str | None:
    """The exact name form that ends ``query`` after one or two words that describe someone ("guitar maestro
    <a surname>", "actress <a name>"), or None."""
    words = query.split()
    for dropped in range(1, min(MAX_DESCRIBING_WORDS, len(words) - 1) + 1):
        rest = " ".join(words[dropped:])
        if words[dropped - 1] in DESCRIBING_NOUNS and rest in index:
            return rest
    return None


def _lookup_fuzzy(table: Mapping[str, str], words: str) -> str | None:
    query = names.normalise(words)
    if query in table:
        return table[query]
    close = names.close_matches(query, table, limit=1)
    return table[close[0][0]] if close else None


# -- parsing -------------------------------------------------------------------


class _Parser:
    """Turns the raw YAML into a FactStore, or raises FactsError naming the entry."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.known_sources: Mapping[str, Any] = {}

    def fail(self, where: str, problem: str) -> FactsError:
        return FactsError(f"{self.path}: {where}: {problem}")

    def mapping(self, value: Any, where: str) -> Mapping[str, Any]:
        if not isinstance(value, Mapping):
            raise self.fail(where, f"expected a mapping, found {type(value).__name__}")
        return value

    def sequence(self, value: Any, where: str) -> list[Any]:
        if not isinstance(value, list):
            raise self.fail(where, f"expected a list, found {type(value).__name__}")
        return value

    def text(self, value: Any, where: str, *, optional: bool = False) -> str | None:
        if value is None and optional:
            return None
        if isinstance(value, dt.date | int | float) and not isinstance(value, bool):
            value = str(value)
        if not isinstance(value, str) or not value.strip():
            raise self.fail(where, "expected non-empty text")
        return value.strip()

    def texts(self, value: Any, where: str) -> tuple[str, ...]:
        if value is None:
            return ()
        items = self.sequence(value, where)
        return tuple(self.text(item, f"{where}[{i}]") or "" for i, item in enumerate(items))

    def source_keys(self, value: Any, where: str) -> tuple[str, ...]:
        keys = self.texts(value, where)
        missing = [key for key in keys if key not in self.known_sources]
        if missing:
            raise self.fail(where, f"unknown source key(s) {', '.join(missing)} (add them under 'sources:')")
        return keys

    def confidence(self, value: Any, where: str) -> str:
        if value not in CONFIDENCE_LEVELS:
            raise self.fail(where, f"confidence must be one of {', '.join(CONFIDENCE_LEVELS)}, found {value!r}")
        return value

    def choice(self, value: Any, allowed: tuple[str, ...], where: str, default: str) -> str:
        if value is None:
            return default
        if value not in allowed:
            raise self.fail(where, f"must be one of {', '.join(allowed)}, found {value!r}")
        return value

    def no_team_speak(self, text: str, where: str, pattern: re.Pattern[str] = TEAM_SPEAK) -> str:
        found = pattern.search(text) or self.source_key_in(text)
        if found:
            raise self.fail(
                where,
                f"user-facing text speaks of research or gives instructions ({found.group(0)!r}); "
                "move that part to 'research:' (team-only)",
            )
        return text

    def user_text(self, value: Any, where: str) -> str | None:
        """Optional text a user may read: no research notes, at most two sentences."""
        text = self.text(value, where, optional=True)
        if text is None:
            return None
        self.no_team_speak(text, where)
        if len(sentences(text)) > MAX_DETAIL_SENTENCES:
            raise self.fail(where, f"user-facing text has more than {MAX_DETAIL_SENTENCES} sentences")
        return text

    def source_key_in(self, text: str) -> re.Match[str] | None:
        """A source key (NF1, EIGA_MIKI) written in the text: a pointer for the team."""
        keys = "|".join(re.escape(key) for key in sorted(self.known_sources, key=len, reverse=True))
        return re.search(rf"(?<![\w-])({keys})(?![\w-])", text) if keys else None

    def as_of(self, value: Any, where: str) -> AsOf | None:
        if value is None:
            return None
        label = self.text(value, where) or ""
        found = AS_OF.match(label)
        if not found:
            raise self.fail(where, f"expected a date like 2024, 2024-01, 2024-01-25 or 'late 2025', found {label!r}")
        if found["part"]:
            return AsOf(label, int(found["py"]), PART_MONTH[found["part"]])
        return AsOf(label, int(found["y"]), int(found["m"] or 0), int(found["d"] or 0))

    def no_note(self, body: Mapping[str, Any], where: str) -> None:
        if "note" in body:
            raise self.fail(
                f"{where}.note",
                "'note' is ambiguous: write what users may read as 'detail:' and research notes as 'research:'",
            )

    def alternative(self, raw: Any, where: str) -> Alternative:
        body = self.mapping(raw, where)
        self.no_note(body, where)
        if body.get("value") is None:
            raise self.fail(where, "an alternative needs a 'value'")
        return Alternative(
            value=body["value"],
            sources=self.source_keys(body.get("sources"), f"{where}.sources"),
            as_of=self.as_of(body.get("as_of"), f"{where}.as_of"),
            rejected=bool(body.get("rejected", False)),
            detail=self.user_text(body.get("detail"), f"{where}.detail"),
            research=self.text(body.get("research"), f"{where}.research", optional=True),
        )

    def fact(self, key: str, raw: Any, where: str) -> Fact:
        body = self.mapping(raw, where)
        self.no_note(body, where)
        aliases = self.texts(body.get("aliases"), f"{where}.aliases")
        texts: dict[str, Any] = {
            "detail": self.user_text(body.get("detail"), f"{where}.detail"),
            "research": self.text(body.get("research"), f"{where}.research", optional=True),
            "label": self.user_text(body.get("label"), f"{where}.label"),
        }
        spoiler = bool(body.get("spoiler", False))
        if body.get("unknown"):
            if "value" in body:
                raise self.fail(where, "an unknown fact cannot also have a value")
            sources = self.source_keys(body.get("sources"), f"{where}.sources")
            return Fact(key=key, unknown=True, aliases=aliases, sources=sources, spoiler=spoiler, **texts)
        if body.get("value") is None:
            raise self.fail(where, "missing 'value' (write 'unknown: true' if it was searched for and not found)")
        sources = self.source_keys(body.get("sources"), f"{where}.sources")
        if not sources:
            raise self.fail(where, "a known fact needs at least one source")
        for item in body["value"] if isinstance(body["value"], list) else [body["value"]]:
            if isinstance(item, str):
                self.no_team_speak(item, f"{where}.value", TEAM_SPEAK_IN_VALUES)
        if "ja" in body:  # the value as a Japanese answer gives it: text, or a list of texts
            for item in body["ja"] if isinstance(body["ja"], list) else [body["ja"]]:
                self.no_team_speak(self.text(item, f"{where}.ja") or "", f"{where}.ja", TEAM_SPEAK_IN_VALUES)
        alternatives = tuple(
            self.alternative(alt, f"{where}.alternatives[{i}]")
            for i, alt in enumerate(self.sequence(body.get("alternatives", []), f"{where}.alternatives"))
        )
        known_keys = {
            "value", "sources", "confidence", "detail", "research", "label", "as_of",
            "alternatives", "aliases", "spoiler", "unknown",
        }  # fmt: skip
        return Fact(
            key=key,
            value=body["value"],
            sources=sources,
            confidence=self.confidence(body.get("confidence"), f"{where}.confidence"),
            as_of=self.as_of(body.get("as_of"), f"{where}.as_of"),
            alternatives=alternatives,
            aliases=aliases,
            spoiler=spoiler,
            extra={k: v for k, v in body.items() if k not in known_keys},
            **texts,
        )

    def facts(self, raw: Any, section: str) -> dict[str, Fact]:
        body = self.mapping(raw, section)
        return {str(key): self.fact(str(key), value, f"{section}.{key}") for key, value in body.items()}

    def identifier(self, value: Any, where: str, seen: set[str]) -> str:
        ident = self.text(value, where) or ""
        if not ident.replace("_", "").isalnum() or ident != ident.lower():
            raise self.fail(where, f"id must be snake_case, found {ident!r}")
        if ident in seen:
            raise self.fail(where, f"duplicate id {ident!r}")
        seen.add(ident)
        return ident

    def person(self, raw: Any, where: str, seen: set[str]) -> Person:
        body = self.mapping(raw, where)
        ident = self.identifier(body.get("id"), f"{where}.id", seen)
        where = f"people[{ident}]"
        return Person(
            id=ident,
            name=self.text(body.get("name"), f"{where}.name") or "",
            kind=self.choice(body.get("kind"), PERSON_KINDS, f"{where}.kind", "person"),
            pronoun=self.choice(body.get("pronoun"), PRONOUNS, f"{where}.pronoun", "they"),
            native=self.text(body.get("native"), f"{where}.native", optional=True),
            kana=self.text(body.get("kana"), f"{where}.kana", optional=True),
            aliases=self.texts(body.get("aliases"), f"{where}.aliases"),
            about=self.fact("about", body["about"], f"{where}.about") if body.get("about") else None,
            born=self.fact("born", body["born"], f"{where}.born") if body.get("born") else None,
            birthplace=self.fact("birthplace", body["birthplace"], f"{where}.birthplace")
            if body.get("birthplace")
            else None,
            hometown=self.fact("hometown", body["hometown"], f"{where}.hometown") if body.get("hometown") else None,
            known_for=tuple(
                self.work(item, f"{where}.known_for[{i}]")
                for i, item in enumerate(self.sequence(body.get("known_for", []), f"{where}.known_for"))
            ),
        )

    def work(self, raw: Any, where: str) -> Work:
        body = self.mapping(raw, where)
        year = body.get("year")
        if year is not None and not isinstance(year, int):
            raise self.fail(f"{where}.year", f"expected a year, found {year!r}")
        self.no_note(body, where)
        return Work(
            title=self.text(body.get("title"), f"{where}.title") or "",
            year=year,
            ja=self.text(body.get("ja"), f"{where}.ja", optional=True),
            detail=self.user_text(body.get("detail"), f"{where}.detail"),
            research=self.text(body.get("research"), f"{where}.research", optional=True),
            sources=self.source_keys(body.get("sources"), f"{where}.sources"),
            confidence=self.confidence(body.get("confidence", "high"), f"{where}.confidence"),
            medium=self.choice(body.get("medium"), WORK_MEDIA, f"{where}.medium", "") or None,
        )

    def character(self, raw: Any, where: str, seen: set[str]) -> Character:
        body = self.mapping(raw, where)
        ident = self.identifier(body.get("id"), f"{where}.id", seen)
        where = f"characters[{ident}]"
        return Character(
            id=ident,
            name=self.text(body.get("name"), f"{where}.name") or "",
            native=self.text(body.get("native"), f"{where}.native", optional=True),
            kana=self.text(body.get("kana"), f"{where}.kana", optional=True),
            aliases=self.texts(body.get("aliases"), f"{where}.aliases"),
            description=(
                self.fact("description", body["description"], f"{where}.description")
                if body.get("description")
                else None
            ),
        )

    def crew_credit(self, raw: Any, where: str, people: Mapping[str, Person]) -> CrewCredit:
        body = dict(self.mapping(raw, where))
        role = self.text(body.pop("role", None), f"{where}.role") or ""
        where = f"crew[{role}]"
        ids = self.texts(body.pop("people", None), f"{where}.people")
        for ident in ids:
            if ident not in people:
                raise self.fail(f"{where}.people", f"no person with id {ident!r}")
        work = self.fact("work", body.pop("work"), f"{where}.work") if body.get("work") else None
        aliases = body.get("aliases")
        if not body.get("unknown"):
            if not ids:
                raise self.fail(where, "a known crew role needs 'people' (or 'unknown: true')")
            body["value"] = list(ids)
        return CrewCredit(
            role=role,
            people=ids,
            aliases=self.texts(aliases, f"{where}.aliases"),
            fact=self.fact(role, body, where),
            work=work,
        )

    def relation(self, raw: Any, where: str, characters: Mapping[str, Character]) -> Relation:
        body = self.mapping(raw, where)
        ends: dict[str, str] = {}
        for end in ("from", "to"):
            ident = body.get(end)
            if not isinstance(ident, str) or ident not in characters:
                raise self.fail(f"{where}.{end}", f"no character with id {ident!r}")
            ends[end] = ident
        sources = self.source_keys(body.get("sources"), f"{where}.sources")
        if not sources:
            raise self.fail(where, "needs at least one source")
        return Relation(
            subject=ends["from"],
            relation=self.text(body.get("relation"), f"{where}.relation") or "",
            object=ends["to"],
            sources=sources,
            confidence=self.confidence(body.get("confidence"), f"{where}.confidence"),
        )

    def plot_point(self, raw: Any, where: str) -> PlotPoint:
        body = self.mapping(raw, where)
        sources = self.source_keys(body.get("sources"), f"{where}.sources")
        if not sources:
            raise self.fail(where, "needs at least one source")
        return PlotPoint(
            text=self.no_team_speak(
                self.text(body.get("text"), f"{where}.text") or "", f"{where}.text", TEAM_SPEAK_IN_VALUES
            ),
            spoiler=bool(body.get("spoiler", False)),
            sources=sources,
            confidence=self.confidence(body.get("confidence"), f"{where}.confidence"),
            ending=bool(body.get("ending", False)),
            text_ja=self.user_text(body.get("ja"), f"{where}.ja"),
        )

    def store(self, raw: Any) -> FactStore:
        top = self.mapping(raw, "top level")
        if top.get("schema_version") != SCHEMA_VERSION:
            raise self.fail("schema_version", f"expected {SCHEMA_VERSION}, found {top.get('schema_version')!r}")
        for section in ("sources", "film", "novel", "people", "characters", "cast", "crew", "plot"):
            if section not in top:
                raise self.fail("top level", f"missing section '{section}'")

        sources = {}
        self.known_sources = {str(key): None for key in self.mapping(top["sources"], "sources")}
        for key, body in self.mapping(top["sources"], "sources").items():
            entry = self.mapping(body, f"sources.{key}")
            sources[str(key)] = Source(
                key=str(key),
                publisher=self.text(entry.get("publisher"), f"sources.{key}.publisher") or "",
                title=self.no_team_speak(
                    self.text(entry.get("title"), f"sources.{key}.title") or "",
                    f"sources.{key}.title",
                    TEAM_SPEAK_IN_VALUES,
                ),
                research=self.text(entry.get("research"), f"sources.{key}.research", optional=True),
                url=self.text(entry.get("url"), f"sources.{key}.url") or "",
                kind=self.choice(entry.get("kind"), SOURCE_KINDS, f"sources.{key}.kind", ""),
            )
            if not sources[str(key)].kind:
                raise self.fail(f"sources.{key}.kind", f"missing: one of {', '.join(SOURCE_KINDS)}")
        self.known_sources = sources

        film = self.facts(top["film"], "film")
        for key, fact in film.items():
            if fact.unknown and fact.aliases and not fact.label:
                raise self.fail(f"film.{key}", "an unknown topic needs a 'label' (e.g. 'a budget figure') for answers")
        if "title" not in film or film["title"].unknown:
            raise self.fail("film.title", "the film needs a title")
        novel = self.facts(top["novel"], "novel")

        seen: set[str] = set()
        people = {
            p.id: p
            for p in (
                self.person(item, f"people[{i}]", seen) for i, item in enumerate(self.sequence(top["people"], "people"))
            )
        }
        seen = set()
        characters = {
            c.id: c
            for c in (
                self.character(item, f"characters[{i}]", seen)
                for i, item in enumerate(self.sequence(top["characters"], "characters"))
            )
        }
        author = novel.get("author")
        if author and author.known and author.value not in people:
            raise self.fail("novel.author", f"no person with id {author.value!r}")

        cast = []
        for i, item in enumerate(self.sequence(top["cast"], "cast")):
            body = self.mapping(item, f"cast[{i}]")
            actor, character = body.get("actor"), body.get("character")
            if actor not in people:
                raise self.fail(f"cast[{i}].actor", f"no person with id {actor!r}")
            if character not in characters:
                raise self.fail(f"cast[{i}].character", f"no character with id {character!r}")
            cast.append(
                CastCredit(
                    actor=actor,
                    character=character,
                    sources=self.source_keys(body.get("sources"), f"cast[{i}].sources"),
                    confidence=self.confidence(body.get("confidence"), f"cast[{i}].confidence"),
                )
            )

        crew = {}
        for i, item in enumerate(self.sequence(top["crew"], "crew")):
            credit = self.crew_credit(item, f"crew[{i}]", people)
            if credit.role in crew:
                raise self.fail(f"crew[{i}]", f"duplicate role {credit.role!r}")
            crew[credit.role] = credit

        plot = tuple(self.plot_point(item, f"plot[{i}]") for i, item in enumerate(self.sequence(top["plot"], "plot")))
        if not plot or plot[0].spoiler:
            raise self.fail("plot[0]", "the first plot point must be the spoiler-free premise")
        for i, point in enumerate(plot):
            if point.ending and not point.spoiler:
                raise self.fail(f"plot[{i}]", "an ending plot point must also be marked spoiler: true")
        relations = tuple(
            self.relation(item, f"relations[{i}]", characters)
            for i, item in enumerate(self.sequence(top.get("relations", []), "relations"))
        )
        relations += spouses(relations)
        trivia = tuple(
            self.plot_point(item, f"trivia[{i}]")
            for i, item in enumerate(self.sequence(top.get("trivia", []), "trivia"))
        )
        return FactStore(
            path=self.path,
            sources=sources,
            film=film,
            novel=novel,
            people=people,
            characters=characters,
            cast=tuple(cast),
            crew=crew,
            plot=plot,
            trivia=trivia,
            relations=relations,
        )
