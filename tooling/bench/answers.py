"""Answer accuracy over REST: is the reply to a held-out question right, for any bot?

The held-out set annotates each question with its intent and entities. From
those and the fact store, `expected` derives what a right answer must
contain (the director's name, the runtime, "I don't know" for a fact the
store lacks, a refusal for another film), never a sentence: both bots word
their answers differently. Questions that need an earlier turn ("what else
has he been in?") or that name someone ambiguously are not scored. Each bot
gets its own markers for a refusal and for "don't know", read from its domain.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from bot import markup
from bot.store import FactStore, Match
from bot.text import format_date, format_value

# What counts as a right answer.
FACT, DONT_KNOW, REFUSAL, SPOILER_CHECK = "fact", "dont_know", "refusal", "spoiler_check"
# rasa_sdk's ActionQueryKnowledgeBase says this when an attribute has no value.
SDK_DONT_KNOW = "Did not find a valid value"
ROLE_STEM = 6  # "director" -> "direct", which "directed" and "director" both contain
# How people name the store's relations ("<a character>'s mom"). The scorer's own table, apart from the
# bot's vocabulary, so that a reply is checked against the store, not against the bot's reading.
RELATION_WORDS = {
    "mother": ("mother", "mom", "mum", "mommy", "mama"),
    "father": ("father", "dad", "daddy", "papa"),
    "sister": ("sister", "little sister", "younger sister"),
    "brother": ("brother",),
    "daughter": ("daughter",),
    "son": ("son",),
    "best_friend": ("best friend", "bestie"),
    "childhood_friend": ("childhood friend",),
    "love_interest": ("girlfriend", "boyfriend", "love interest", "crush"),
}


@dataclass(frozen=True)
class Expected:
    kind: str
    groups: tuple[tuple[str, ...], ...] = ()  # every group needs one of its strings (facts)


@dataclass(frozen=True)
class Markers:
    """How one bot says 'I don't know that' and 'not my topic'."""

    dont_know: tuple[str, ...]
    refusal: tuple[str, ...]


def _response_prefix(domain: Path, response: str) -> str:
    """A response's fixed opening words (up to its first {placeholder})."""
    responses = yaml.safe_load(domain.read_text(encoding="utf-8"))["responses"]
    text = responses[response][0]["text"]
    return text.split("{", 1)[0].strip()


def markers_from_domain(domain: Path, dont_know: Sequence[str], refusal: Sequence[str]) -> Markers:
    return Markers(
        dont_know=tuple(_response_prefix(domain, r) if r.startswith("utter_") else r for r in dont_know),
        refusal=tuple(_response_prefix(domain, r) for r in refusal),
    )


def _one(matches: list[Match]) -> Match | None:
    """The match, unless two are equally good (then the question is ambiguous)."""
    if not matches or (len(matches) > 1 and matches[0].score == matches[1].score):
        return None
    return matches[0]


def _values(entities: Iterable[tuple[str, str]], kind: str) -> list[str]:
    return [text for entity, text in entities if entity == kind]


def expected(intent: str, entities: Sequence[tuple[str, str]], store: FactStore, text: str = "") -> Expected | None:
    """What a right answer contains; None when the question cannot be scored on its own.

    `text` is the question: a relation it asks ("<a character>'s mother", "how is <a> related to <b>")
    changes whom the answer is about."""
    film = store.film
    people = store.people

    def names(ids: Iterable[str]) -> tuple[str, ...]:
        return tuple(people[i].name for i in ids)

    def fact(key: str) -> Expected:
        return Expected(FACT, ((format_value(film[key].value),),))

    if intent == "out_of_scope":
        return Expected(REFUSAL)
    if intent == "ask_director":
        return Expected(FACT, (names(store.crew["director"].people),))
    if intent == "ask_cast":
        leads = store.cast[:2]
        return Expected(FACT, tuple((people[c.actor].name,) for c in leads))
    if intent == "ask_plot":
        return Expected(FACT, ((store.plot[0].text[:40],),))
    if intent == "ask_ending":
        return Expected(SPOILER_CHECK, (("spoil", *(p.text[:40] for p in store.ending)),))
    if intent == "ask_release_date":
        return Expected(FACT, ((format_date(film["premiere_date"].value),),))
    if intent == "ask_where_to_watch":
        return fact("platform")
    if intent == "ask_runtime":
        return fact("runtime_minutes")
    if intent == "ask_rating":
        return fact("maturity_rating")
    if intent == "ask_genre":
        return Expected(FACT, (tuple(str(g) for g in film["genres"].value),))
    if intent == "ask_language":
        return Expected(FACT, ((str(film["language"].value), str(film["country"].value)),))
    if intent == "ask_title":
        keys = ("title_japanese", "title_romaji", "title_meaning", "nickname")
        return Expected(FACT, (tuple(format_value(film[k].value) for k in keys),))
    if intent == "ask_novel":
        author = store.novel["author"]
        return Expected(FACT, ((people[author.value].name, format_value(store.novel["title"].value)),))
    if intent == "ask_crew":
        roles = _values(entities, "crew_role")
        role = store.role(roles[0]) if roles else None
        if role is None:
            return None
        credit = store.crew[role]
        return Expected(DONT_KNOW) if credit.unknown else Expected(FACT, (names(credit.people),))
    if intent == "ask_fact":
        topics = _values(entities, "topic")
        key = store.topic(topics[0]) if topics else None
        if key is None:
            return None
        topic = film[key]
        if topic.unknown:
            return Expected(DONT_KNOW)
        if isinstance(topic.value, bool):
            return None  # "is it a true story?" is answered in words, not with the value
        return Expected(FACT, ((format_value(topic.value)[:30],),))
    if intent in ("ask_who_plays", "ask_character") and _relation_asked(text):
        return _about_relation(intent, text, entities, store)
    if intent in ("ask_who_plays", "ask_person", "ask_character", "ask_other_work"):
        return _about_someone(intent, entities, store)
    return None  # greetings, yes/no, sources: nothing to look up


def _relation_pattern(owner: str) -> re.Pattern[str]:
    words = "|".join(re.escape(w) for forms in RELATION_WORDS.values() for w in sorted(forms, key=len, reverse=True))
    return re.compile(rf"\b{re.escape(owner)}(?:'s|s'|s)?\s+(?:{words})\b", re.IGNORECASE)


def _relation_asked(text: str) -> bool:
    said = text.casefold()
    return " related to " in said or any(
        re.search(rf"'s\s+{re.escape(w)}\b", said) for forms in RELATION_WORDS.values() for w in forms
    )


def _about_relation(intent: str, text: str, entities: Sequence[tuple[str, str]], store: FactStore) -> Expected | None:
    """ "who plays <a>'s mother": the related character's actor; "how is <a> related to <b>": the
    relation, in either direction. None when the store cannot say (not scorable on its own)."""
    named = [_one(store.resolve(words, ("character",))) for words in _values(entities, "character")]
    ids = [m.id for m in named if m is not None]
    if len(ids) == 2 and " related to " in text.casefold():
        a, b = ids
        kinds = {r.relation for r in store.relations if {r.subject, r.object} == {a, b}}
        words = tuple(w for kind in sorted(kinds) for w in RELATION_WORDS.get(kind, (kind.replace("_", " "),)))
        return Expected(FACT, (words,)) if words else None
    if len(ids) != 1:
        return None
    owner = _values(entities, "character")[0]
    found = _relation_pattern(owner).search(text)
    if found is None:
        return None
    said = found.group(0).casefold()
    kinds = [kind for kind, forms in RELATION_WORDS.items() if any(said.endswith(f) for f in forms)]
    targets = [r.object for r in store.related(ids[0], kinds)]
    if not targets:
        return None
    if intent == "ask_who_plays":
        actors = tuple(store.people[c.actor].name for t in targets for c in store.actor_of(t))
        return Expected(FACT, (actors,)) if actors else None
    return Expected(FACT, (tuple(store.characters[t].name for t in targets),))


def _about_someone(intent: str, entities: Sequence[tuple[str, str]], store: FactStore) -> Expected | None:
    people = store.people
    if intent == "ask_who_plays":
        words = (_values(entities, "character") or _values(entities, "person") or [None])[0]
        match = _one(store.resolve(words, ("character",))) if words else None
        if match is None:
            return None
        return Expected(FACT, (tuple(people[c.actor].name for c in store.actor_of(match.id)),))
    if intent == "ask_character":
        words = (_values(entities, "character") or [None])[0]
        match = _one(store.resolve(words, ("character",))) if words else None
        if match is None:
            return None
        character = store.characters[match.id]
        accepted = [people[c.actor].name for c in store.actor_of(match.id)]
        if character.description is not None and character.description.known:
            accepted.append(str(character.description.value)[:25])
        return Expected(FACT, (tuple(accepted),)) if accepted else None
    person_words = _values(entities, "person")
    if intent == "ask_other_work" and not person_words:
        roles = _values(entities, "crew_role")
        role = store.role(roles[0]) if roles else None
        if role is None or store.crew[role].unknown:
            return None
        ids = store.crew[role].people
    else:
        match = _one(store.resolve(person_words[0], ("person",))) if person_words else None
        if match is None:
            return None
        ids = (match.id,)
    if intent == "ask_other_work":
        titles = tuple(work.title for pid in ids for work in people[pid].known_for)
        return Expected(FACT, (titles,)) if titles else Expected(DONT_KNOW)
    person_id = ids[0]
    accepted = [store.characters[c.character].name for c in store.roles_of(person_id)]
    accepted += [credit.role.replace("_", " ")[:ROLE_STEM] for credit in store.crew_roles_of(person_id)]
    about = people[person_id].about
    if not accepted and about is not None and about.known:
        accepted.append(str(about.value)[:20])
    return Expected(FACT, (tuple(accepted),)) if accepted else None


def is_right(answer: str, want: Expected, markers: Markers) -> bool:
    text = markup.plain(answer).casefold()  # as a person reads it: **Name** is Name

    def has(options: Iterable[str]) -> bool:
        return any(option.casefold() in text for option in options if option)

    if want.kind == REFUSAL:
        return has(markers.refusal)
    if want.kind == DONT_KNOW:
        return has(markers.dont_know)
    return all(has(group) for group in want.groups)


@dataclass
class AnswerScore:
    bot: str
    scored: int = 0
    right: int = 0
    skipped: int = 0
    wrong: list[dict] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        return self.right / self.scored if self.scored else 0.0


def score_answers(
    bot: str,
    webhook: str,
    questions: Sequence[tuple[str, str, Sequence[tuple[str, str]]]],
    store: FactStore,
    markers: Markers,
    progress=None,
) -> AnswerScore:
    """Ask each scorable (text, intent, entities) in a new conversation and check the answer."""
    from tooling.bench import load

    result = AnswerScore(bot)
    load.check_loopback(webhook)

    async def ask_all() -> None:
        async with load.aiohttp.ClientSession(timeout=load.aiohttp.ClientTimeout(total=60)) as session:
            for text, intent, entities in questions:
                want = expected(intent, entities, store, text)
                if progress is not None:
                    progress.update()
                if want is None:
                    result.skipped += 1
                    continue
                reply = await load.ask(session, webhook, load.new_sender("answers"), text)
                answer = "\n".join(reply.texts)
                result.scored += 1
                if is_right(answer, want, markers):
                    result.right += 1
                else:
                    result.wrong.append({"text": text, "intent": intent, "answer": answer[:200]})

    asyncio.run(ask_all())
    return result
