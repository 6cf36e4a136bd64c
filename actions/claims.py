"""Yes/no questions: "is it an anime?" gets "No" first, decided from the store.

The NLU tags the claim (`claim` entity, "<claim key>:<word>", keys in
bot/understanding/vocabulary.yml) and routes the question to the intent that
answers it in full; this module decides yes, no or unknown before that answer.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timezone
from typing import Any

from rasa_sdk import Tracker

from actions.ages import birth_of, born_before
from actions.common import Reply, agrees, entity_values, full_names_written, pronoun_asked, store
from bot.names import normalise
from bot.store import CrewCredit, Fact, Person
from bot.understanding import clauses, countries, film_talk, people_reading, stated_claims, works_period
from bot.understanding.claim_relations import UNHELD_RELATION
from bot.understanding.countries import same_country
from bot.understanding.lexicon import default_lexicon, tokens
from bot.understanding.reading import CLAIM_WORDS_JOINED, OPEN_CLAIM, OPEN_CLAIM_WITH_CARD, relation_keys

# Nouns in a publisher's name that any publisher may have ("<X> Publishing", "<X> Press"): never what decides.
PUBLISHER_NOUNS = frozenset({"the", "publishing", "publishers", "publisher", "press", "books", "company", "inc", "co"})
# What "based on a <kind>" must name for the film's source, a novel, to be it.
NOVEL_WORDS = frozenset({"novel", "book", "light novel", "web novel"})
# "is it a ...", "was the movie an ...": a yes/no of what the film itself is
FILM_IS_A = re.compile(
    r"\b(?:is|was|isn't|wasn't)\s+(?:it|this|that|the (?:movie|film))\s+"
    r"(?:a|an|(?:based|adapted|inspired)\s+(?:on|off|from|by))\b",
    re.IGNORECASE,
)
# Relations a character has at most one of: the store holding one decides that nobody else is it.
ONE_OF_A_KIND = frozenset({"mother", "father", "wife", "husband"})
# Kin: one person is one of these to another, never two ("is <a's father> <a>'s brother?" is a no); a friend or a
# love interest may also be anything else, so only a kin claim, or a kin relation held, decides against another.
KIN = frozenset({"mother", "father", "sister", "brother", "son", "daughter", "wife", "husband"})
# "<b> is <a>'s brother", "the mother of <a>": one named as the other's relative; "did <a> and <b> have a son?"
# claims a third person, which their own relation does not decide.
OWNED_RELATIVE = re.compile(r"\w(?:'s|’s|s')(?=\s)|\bof\b", re.IGNORECASE)


def verdict(claim_value: str, tracker: Tracker) -> tuple[bool | None, Fact | None]:
    """(True/False, the fact that decides it), or (None, None) when the store cannot decide."""
    key, _, word = claim_value.partition(":")
    facts = store()
    if key == "manga" and FILM_IS_A.search(tracker.latest_message.get("text") or ""):
        key, word = "based_on", "manga"  # "is it a manga adaptation?": the film's own source, not whether one exists
    if key == "plays":
        return _plays(tracker)
    if key == "describes":
        return _describes(word, tracker)
    if key == "described":
        return _film_described(word), None
    if key == "related":
        return _related(word, tracker)
    if key == "has_relative":
        return _has_relative(word, tracker)
    if key == "role_relation":
        person = _person(tracker)
        if person is None:
            return None, None
        played = {credit.character for credit in facts.roles_of(person)}
        wanted = relation_keys(word)
        return any(r.object in played and r.relation in wanted for r in facts.relations), None
    if key == "lead":
        return _lead(tracker)
    if key in ("older", "younger", "same_year"):
        return _ages_compared(key, _pronoun_resolved(word, tracker)), None
    if key == "born":
        return _born(word, tracker)
    if key == "same":  # "are <a> and <b> the same person?": one thing named twice, or two things
        first, _, second = word.partition("/")
        return first == second, None
    if key in ("runtime_over", "runtime_under", "runtime_within"):
        runtime = facts.film.get("runtime_minutes")
        if runtime is None or not runtime.known or not word.isdigit():
            return None, None
        if key == "runtime_within":  # "can it be watched in two hours?": the whole film fits
            return int(runtime.value) <= int(word), runtime
        longer = int(runtime.value) > int(word)
        return (longer if key == "runtime_over" else int(runtime.value) < int(word)), runtime
    if key == "known_for":
        return _known_for(word, tracker)
    if key == "other_work":  # "has <a director> made other movies?": yes when the store lists other work
        person = _person(tracker)
        return (True, None) if person is not None and _works_of_kind_asked(tracker, person) else (None, None)
    if key == "novel_series":  # "is the book part of a series?", "is there a book after it?"
        series = facts.novel.get("series")
        return (True, series) if series is not None and series.known else (None, None)
    if key == "based_on":  # the film adapts the store's novel: based on a manga, a game, ... is a no
        source = facts.novel.get("title")
        if source is None or not source.known:
            return None, None
        return word in NOVEL_WORDS, source
    if key == "released":  # "came out on <month> <day> in <year>": every part of the date said, not the year alone
        decided, fact = _released(key, word)
        return (decided and _date_parts_hold(tracker, fact) if decided is not None else None), fact
    if key in ("released_before", "released_after", "released_years_ago"):
        return _released(key, word)
    if key in ("published", "published_before", "published_after"):
        return _published(key, word)
    if key == "thing_released":
        return _thing_released(word), None
    if key == "released_by":  # "is it out yet?": premiered by today
        premiere = facts.film.get("premiere_date")
        if premiere is None or not premiere.known:
            return None, None
        return str(premiere.value) <= datetime.now(timezone.utc).date().isoformat(), premiere
    if key == "came_first":  # "did the book come first?": the novel's publication against the premiere
        published, premiere = facts.novel.get("published"), facts.film.get("premiere_date")
        if published is None or premiere is None or not published.known or not premiere.known:
            return None, None
        novel_first = str(published.value) < str(premiere.value)  # ISO dates sort as they fall
        return novel_first == (word == "novel"), published
    if key == "released_on":  # "released on <month> <another day>": the day decides too
        decided, fact = _released_on(word)
        return (decided and _date_parts_hold(tracker, fact) if decided is not None else None), fact
    if key == "novel_author":
        author = facts.novel.get("author")
        person = _person(tracker)
        if person is None or author is None or not author.known:
            return None, None
        return author.value == person, author
    if key == "novel_publisher":  # "was the novel published by <a name>?": any word of the name in the publisher's
        publisher = facts.novel.get("publisher")
        said = set(normalise(word).split()) - PUBLISHER_NOUNS
        if publisher is None or not publisher.known or not said:
            return None, None
        return bool(said & set(normalise(str(publisher.value)).split())), publisher
    if key == "credit_by":  # "was it directed by <a name>?", the name as written
        role, _, who = word.partition("/")
        if role == "novel_author":  # "is it based on a <a name> novel?": the source's author
            author = facts.novel.get("author")
            if author is None or not author.known:
                return None, None
            found = facts.resolve(who, ("person",))
            return bool(found) and found[0].id == author.value, author
        credit = _credit_of(role)
        if credit is None or credit.unknown:
            return None, None
        matches = facts.resolve(who, ("person",))
        return bool(matches) and matches[0].id in _credited(role), credit.fact
    if key in ("in_film", "credit"):
        person = _person(tracker)
        if person is None and key == "in_film":  # "did <a character> appear in it?": one the store holds
            named = [w for w in entity_values(tracker, "character") if facts.resolve(w, ("character",))]
            return (True, None) if named else (None, None)
        if person is None:
            return None, None
        if key == "in_film":  # "does it include <an actor> and <an actress>?": every one named
            people = _people(tracker)
            return all(facts.roles_of(p) or facts.crew_roles_of(p) for p in people), None
        credit = _credit_of(word)
        if credit is None or credit.unknown:
            return None, None
        # "were <a> and <b> both directors?": the credit is claimed of each one joined, not of the first alone
        return all(each in _credited(word) for each in _joined_people(tracker) or [person]), credit.fact
    if key == "made_in":  # "was it made in <a country>?"
        country = facts.film.get("country")
        if country is None or not country.known:
            return None, None
        return same_country(word, str(country.value)), country
    if key == "person_describes":
        return _person_describes(word, tracker), None
    if key == "written_for":  # "was the song written for the film?": a cover of an earlier song was not
        credit = facts.crew.get(word)
        work = credit.work if credit is not None else None
        return (False, work) if work is not None and work.extra.get("original_by") else (None, None)
    if key in ("cover", "original"):  # "is the theme song a cover?": its credit names the song's original artist
        credit = facts.crew.get(word)
        work = credit.work if credit is not None else None
        if work is None or not work.extra.get("original_by"):
            return None, None  # no original artist held: the store does not say it is no cover
        return key == "cover", work
    if key == "both_credit":  # "are <a> and <b> both actors?": every person named holds that kind of credit
        return _all_credited(word, _people(tracker)), None
    if key == "has_credit":  # "does it have a soundtrack?": yes when the store credits someone for it
        credit = facts.crew.get(word)
        if credit is None or credit.unknown or not credit.people:
            return None, None
        return True, credit.fact
    claim = default_lexicon().claims.get(key)
    if claim is None:
        return None, None
    section, _, name = claim.fact.rpartition(".")
    table = facts.novel if section == "novel" else facts.film
    fact = table.get(name)
    if fact is None:
        return None, None
    if claim.holds in ("known", "contrary") and fact.known and _place_not_held(tracker, fact):
        return None, None
    if claim.holds == "known":
        return fact.known, fact
    if claim.holds == "contrary":  # "was it a flop?": what the store holds says no; nothing held cannot say yes
        return (False, fact) if fact.known else (None, None)
    if fact.unknown:
        return None, fact
    if claim.holds == "word":
        # "is it a romantic adventure film?": a yes only when every word said holds
        matched = all(_matches(each, fact.value) for each in word.split(CLAIM_WORDS_JOINED))
        if (
            matched
            and claim.then in RELEASE_PLACE_INTENTS
            and release_time_said(tracker)
            and not release_time_holds(tracker)
        ):
            # "did it open on <its platform> on <another day>?": the service is right, the day is not
            return False, facts.film.get("premiere_date")
        return matched, fact
    return fact.value == claim.holds, fact


# Claims of where the film came out: "did it open on <a service> on <a day>?" says when too, and a yes must hold
# for the time said as well as the place.
RELEASE_PLACE_INTENTS = frozenset({"ask_where_to_watch"})
YEAR_SAID = re.compile(r"\b(?:19|20)\d\d\b")


# Verbs of coming out: only then is a time said the release's ("is it on <a service> in 2025?" asks whether it is
# still there, not when it came out).
RELEASE_VERBS = frozenset(
    """open opens opened opening premiere premieres premiered release releases released come comes came coming
    debut debuts debuted drop drops dropped launch launches launched air aired""".split()
)


def release_time_said(tracker: Tracker) -> bool:
    """Whether the message says when the film came out: a verb of coming out and a year or a month ("opened on
    <a service> on <month> <day>")."""
    text = str(tracker.latest_message.get("text") or "").lower()
    words = set(re.findall(r"[\w']+", text))
    timed = bool(YEAR_SAID.search(text)) or any(w in clauses.MONTHS and w != "may" for w in words)
    return timed and bool(words & RELEASE_VERBS)


def release_time_holds(tracker: Tracker) -> bool:
    """Whether every year, month and day the message names is the premiere's (true when it names none)."""
    premiere = store().film.get("premiere_date")
    year = store().release_year
    if premiere is None or not premiere.known or year is None:
        return True
    years = {int(y) for y in YEAR_SAID.findall(str(tracker.latest_message.get("text") or ""))}
    return years <= {year} and _date_parts_hold(tracker, premiere)


def _place_not_held(tracker: Tracker, fact: Fact) -> bool:
    """ "Was it successful in <a country>?": a claim qualified by a country the fact deciding it does not name is
    not decided by that fact (its chart places are where it was a hit, not everywhere)."""
    words = tokens(str(tracker.latest_message.get("text") or ""))
    country = countries.country_after(words)
    if country is None:
        return False
    said = normalise(" ".join(str(part) for part in (fact.value, fact.detail or "")))
    return not any(re.search(rf"\b{re.escape(normalise(name))}\b", said) for name in _country_names(country))


def _country_names(country: str) -> set[str]:
    """A country's English name and the short forms people write for it ("korea", "us")."""
    return {country} | {short for short, name in countries.SHORT_FORMS.items() if name == country}


# Roles one verb names: "produced by <a name>" is said of a producer and of a production company
# alike, so a "no" must hold for every role the verb can mean, never for one of them only.
SAME_VERB_ROLES: dict[str, tuple[str, ...]] = {
    "producer": ("producer", "production_company"),
    "production_company": ("production_company", "producer"),
    "writer": ("screenplay", "novel.author"),  # "did <a name> write it?": the script or the story
    "song": ("theme_song", "theme_song.original"),  # "is it a <band> song?": its performer's or its original's
    "song_original": ("theme_song.original",),  # "was it originally sung by <a band>?": its original's only
    "song_producer": ("theme_song.producer",),  # "was the theme song produced by <a>?": its producer's
    "song_writer": ("theme_song.writer",),  # "was the song written by <a>?": its writer's
}
# The song's own credits, held on its work: "theme_song.<part>" -> the work's key naming who holds that part.
SONG_WORK_CREDITS = {"original": "original_by", "producer": "produced_by", "writer": "written_by"}


def _credit_of(role: str) -> CrewCredit | None:
    """The crew credit a claimed role is decided from (an original's is its song's credit)."""
    return store().crew.get(SAME_VERB_ROLES.get(role, (role,))[0].partition(".")[0])


def _credited(role: str) -> set[str]:
    """Everyone credited for a role, or for any role the same verb names."""
    facts = store()
    credited: set[str] = set()
    for each in SAME_VERB_ROLES.get(role, (role,)):
        credit_role, _, part = each.partition(".")
        if part in SONG_WORK_CREDITS:  # a cover is still the song of the artist who first recorded it
            song = facts.crew.get(credit_role)
            work = song.work if song is not None else None
            if work is not None and work.extra.get(SONG_WORK_CREDITS[part]):
                credited.add(str(work.extra[SONG_WORK_CREDITS[part]]))
            continue
        if each == "novel.author":
            author = facts.novel.get("author")
            if author is not None and author.known:
                credited.add(str(author.value))
            continue
        credit = facts.crew.get(each)
        if credit is not None and not credit.unknown:
            credited.update(credit.people)
    return credited


def _matches(word: str, value: Any) -> bool:
    values = value if isinstance(value, list | tuple) else [value]
    return any(
        normalise(word) in normalise(str(item)).split() or normalise(word) == normalise(str(item)) for item in values
    )


def _plays(tracker: Tracker) -> tuple[bool | None, Fact | None]:
    """ "Does <an actor> play <a character>?": decided from the cast list."""
    facts = store()
    from actions.relations import related_subjects

    person = _person(tracker)
    # "Did <an actor> play the father of <a character>?": the role asked is the one the relation names.
    characters = related_subjects(tracker, ("character",))
    if characters is None:
        characters = [m for w in entity_values(tracker, "character") for m in facts.resolve(w, ("character",))[:1]]
    if not characters:
        return None, None
    actors = facts.actor_of(characters[0].id)
    if person is None and actors and _only_unheld_people(tracker):
        return False, None  # "is <a character> played by <someone the store does not hold>?": the cast says who
    if person is None:
        return None, None
    return any(credit.actor == person for credit in actors), None


def _only_unheld_people(tracker: Tracker) -> bool:
    """A person named, and nobody the store holds by any of the names (the reader tags a name it does not know)."""
    said = entity_values(tracker, "person")
    return bool(said) and not any(store().resolve(words, ("person",)) for words in said)


def _describes(claimed: str, tracker: Tracker) -> tuple[bool | None, Fact | None]:
    """ "Is <a character> sick?": yes when the character's description says so (or a synonym of it);
    the store never says what a character is not, so otherwise it cannot decide."""
    from actions.relations import related_subjects

    facts = store()
    related = related_subjects(tracker, ("character",))
    if related is None:
        related = [m for w in entity_values(tracker, "character") for m in facts.resolve(w, ("character",))[:1]]
        # "was <a character> a nurse?" may tag "nurse" as her alias too: one character, named twice
        related = list({m.id: m for m in related}.values())
    if len(related or []) != 1:
        return None, None
    character = facts.characters[related[0].id]
    description = character.description
    if description is None or not description.known:
        return None, None
    parts = (character.name, *character.aliases, description.value, description.detail)
    text = " ".join(str(part or "") for part in parts)
    said = set(normalise(text).split())
    lexicon = default_lexicon()
    wanted = [word for word in claimed.split() if word not in ("is", "a", "an") and word not in HEDGES]
    if wanted and all(lexicon.same_as(word) & said for word in wanted):
        return True, None
    return None, None


# Words that only insist on what is claimed ("a real painter", "an actual artist"): never what decides it.
HEDGES = frozenset({"real", "really", "actual", "actually", "true", "truly", "genuine", "proper"})


def _film_described(described: str) -> bool | None:
    """ "Is that the one with <something>?": yes when one spoiler-free text of the store (a story
    point, a piece of trivia, a character, a cast credit) has every word described, or a synonym, or
    the word without its plural "s". A spoiler never confirms it: a "yes" would tell it."""
    if clauses.UNTOLD_WORDS & set(described.split()):
        return None  # "is it the one where he dies?": any answer would tell how it ends
    facts = store()
    lexicon = default_lexicon()
    texts = [p.text for p in (*facts.plot, *facts.trivia) if not p.spoiler]
    for character in facts.characters.values():
        about = character.description.value if character.description and character.description.known else ""
        texts.append(" ".join((character.name, *character.aliases, str(about))))
    texts += [f"{facts.people[c.actor].name} {facts.characters[c.character].name}" for c in facts.cast]

    def forms(word: str) -> set[str]:
        return set(lexicon.same_as(word) | lexicon.same_as(word.removesuffix("s"))) | {word.removesuffix("s")}

    wanted = [forms(word) for word in described.split()]
    # "is that the movie with <an actor> and <an actress>?": each word a name of someone credited in it
    credited = {*(c.actor for c in facts.cast), *(p for credit in facts.crew.values() for p in credit.people)}
    names = {w for p in credited if p in facts.people for w in normalise(facts.people[p].name).split()}
    if len(described.split()) > 1 and set(described.split()) <= names:
        return True
    for text in texts:
        said = set(re.findall(r"\w+", normalise(text)))
        said |= {word.removesuffix("s") for word in said}
        if all(form & said for form in wanted):
            return True
    return None


# Words that stress a description without adding to it: "was <a band> a real band?" asks whether it was a band.
REALLY_WORDS = frozenset({"real", "actual", "proper", "genuine"})
# Words that ask whether a description holds today, which no source dates.
STILL_WORDS = frozenset({"still", "anymore", "currently", "nowadays"})


def _asks_of_today(tracker: Tracker) -> bool:
    return bool(STILL_WORDS & set(tokens(str(tracker.latest_message.get("text") or ""))))


def _person_describes(claimed: str, tracker: Tracker) -> bool | None:
    """ "Is the director Japanese?": yes when the one person holding the role is so described (or by
    a synonym); the store never says what someone is not, so otherwise it cannot decide."""
    facts = store()
    roles = entity_values(tracker, "crew_role")
    credit = facts.crew.get(roles[-1]) if roles else None
    # "is <an actress> a model?", "is <a screenwriter> a director?": the one named is the subject, even when the
    # claimed word is a crew role; "is the director Japanese?" names none, so the role's one holder is
    named = _person(tracker) if not roles or entity_values(tracker, "person") else None
    if named is None:
        if credit is None or credit.unknown or len(credit.people) != 1 or credit.people[0] not in facts.people:
            return None
        named = credit.people[0]
    lexicon = default_lexicon()
    if set(claimed.split()) & film_talk.PERSON_JUDGEMENTS:
        return None  # "is <a> a good actor?": the store holds what people are, never how good they are
    if _asks_of_today(tracker):
        return None  # "is <a band> still a band?": what they were when the sources wrote, not what they are now
    if _holds_credit_said(named, claimed):
        return True  # "is he a composer?" of this film's composer: his credit says so
    plain = [word for word in claimed.split() if word not in ("a", "an") and word not in REALLY_WORDS]
    if plain and plain[-1] in ACTOR_WORDS and len(plain) == 1 and facts.roles_of(named):
        return True  # "is she an actress?" of one of the cast: her part says so ("her longest tenure as actress" not)
    about = facts.people[named].about
    if about is None or not about.known:
        return None
    said = set(normalise(f"{about.value} {about.detail or ''}").split())
    wanted = [word for word in claimed.split() if word not in ("a", "an") and word not in REALLY_WORDS]
    if wanted and all(lexicon.same_as(word) & said for word in wanted):
        return True
    return None


# The credits of this film that make someone each kind of person a "both <kind>" question asks; "actor" is the
# cast. A person of the film without such a credit is not of that kind here (the lists are the film's complete
# credits); a person the store does not credit in the film at all cannot be decided.
KIND_CREDITS = {
    "director": ("director",),
    "writer": ("screenplay", "novel.author"),
    "producer": ("producer", "executive_producer"),
    "composer": ("music",),
}


# Words of acting: the cast list says who acts in the film.
ACTOR_WORDS = frozenset({"actor", "actress", "actors", "actresses"})


def _all_credited(kind: str, people: list[str]) -> bool | None:
    """Whether every one of two or more people holds the kind of credit; None when one holds no credit at all."""
    facts = store()
    if len(people) < 2:
        return None
    if any(not facts.roles_of(p) and not facts.crew_roles_of(p) and p not in _credited("novel.author") for p in people):
        return None
    return all(_holds_kind(person, kind) for person in people)


def _holds_kind(person: str, kind: str) -> bool:
    if kind == "actor":
        return bool(store().roles_of(person))
    return any(person in _credited(role) for role in KIND_CREDITS.get(kind, ()))


def _holds_credit_said(person_id: str, claimed: str) -> bool:
    """Whether the words claimed name a crew credit of this film that the person holds ("a composer")."""
    facts = store()
    lexicon = default_lexicon()
    for hit in lexicon.find(claimed.split(), ("attribute",)):
        attribute = lexicon.attributes[hit.key]
        role = attribute.entity.get("crew_role") or ("director" if hit.key == "director" else None)
        credit = facts.crew.get(role) if role else None
        if credit is not None and person_id in credit.people:
            return True
    return False


def _related(relation: str, tracker: Tracker) -> tuple[bool | None, Fact | None]:
    """ "Is <a character> <another>'s friend?": yes when the store relates the two. Who is not a friend the
    store never says; but a character has one mother, one father, one spouse: "is <b> <a>'s mother?" is a
    no when the store holds <a>'s mother and she is not <b>."""
    facts = store()
    wanted = relation_keys(relation)
    written = entity_values(tracker, "character")
    # "<a>'s father is the florist": "<a>'s father" names the relative asked of, not a second party
    written = [w for w in written if normalise(w).split()[-1:] not in ([key] for key in (relation, *wanted))]
    named = [m.id for w in written for m in facts.resolve(w, ("character",))[:1]]
    if len(named) == 1:  # "is she <a>'s mother?": the other is the one the conversation is about
        named += _pointed_character(tracker)
    for subject in named:
        if any(r.object in named and r.object != subject for r in facts.related(subject, wanted)):
            return True, None
    pair = set(named)
    between = {r.relation for r in facts.relations if len(pair) == 2 and {r.subject, r.object} == pair}
    owned = OWNED_RELATIVE.search(str(tracker.latest_message.get("text") or ""))
    if owned and between and not between & set(wanted) and (between | set(wanted)) & KIN:
        return False, None  # "is <a's best friend> <a>'s sister?": the store relates them otherwise
    for subject in named:
        held = [r.object for r in facts.related(subject, wanted) if r.relation in ONE_OF_A_KIND]
        others = [other for other in named if other != subject]
        if held and others and len(set(named)) == 2 and not set(others) & set(held):
            return False, None
    return None, None


def _has_relative(relation: str, tracker: Tracker) -> tuple[bool | None, Fact | None]:
    """ "Does <a character> have a sister?": yes when the store holds one; the store lists the relatives its
    sources name, so a relative it lacks is not known to be missing."""
    facts = store()
    named = [m.id for w in entity_values(tracker, "character") for m in facts.resolve(w, ("character",))[:1]]
    subjects = named[:1] or _pointed_character(tracker)
    if subjects and facts.related(subjects[0], relation_keys(relation)):
        return True, None
    return None, None


def _pointed_character(tracker: Tracker) -> list[str]:
    """The character the conversation is about (or the one its actor plays), when the message's pronoun fits."""
    facts = store()
    pronoun = pronoun_asked(str(tracker.latest_message.get("text") or ""))
    for kind in ("character", "person"):
        remembered = tracker.get_slot(kind)
        for match in facts.resolve(str(remembered), (kind,))[:1] if remembered else []:
            if not agrees(match, pronoun):
                continue
            played = [credit.character for credit in facts.roles_of(match.id)] if kind == "person" else [match.id]
            return played[:1]
    return []


def _known_for(title: str, tracker: Tracker) -> tuple[bool | None, Fact | None]:
    """ "Was <an actress> in The Makanai?": yes when it is among what she is known for; the store
    lists only some of each person's work, so otherwise it cannot say."""
    person = _person(tracker)
    wanted = _and_as_ampersand(title)
    if person is None or len(wanted) < 3:
        return None, None
    facts = store()
    if wanted == str(facts.release_year) and (facts.roles_of(person) or facts.crew_roles_of(person)):
        return True, None  # "was <an actor> in the <year> film?": this film is of that year, and they are in it
    if wanted.isdigit():
        asked = tokens(str(tracker.latest_message.get("text") or ""))
        medium = people_reading.medium_asked(asked, default_lexicon().work_media)
        works = people_reading.of_medium(facts.people[person].known_for, medium)
        # "was <an actor> in a 2019 film?": a work of that year (and kind) is listed; never "no": the lists end
        return (True, None) if any(work.year == int(wanted) for work in works) else (None, None)
    for work in facts.people[person].known_for:
        if wanted in normalise(work.title):
            return True, None
    about = facts.people[person].about  # "is he in <a group>?": a group named in the description
    # "is he in a band?": a kind of group, said in the description by it or a synonym ("an idol group"); "is he
    # still in <a group>?" asks of today, which the description does not date
    said = ""
    if about is not None and about.known and not _asks_of_today(tracker):
        said = f" {normalise(str(about.value))} "
    if any(f" {normalise(word)} " in said for word in default_lexicon().same_as(wanted)):
        return True, None
    # "was he in <A> and <B>?": two works named; yes when each is among what he is known for
    parts = [normalise(part) for part in re.split(r",|\band\b|&", title)]
    titles = [normalise(work.title) for work in facts.people[person].known_for]
    if len(parts) > 1 and all(len(part) >= MIN_TITLE_CHARS and any(part in t for t in titles) for part in parts):
        return True, None
    return None, None


MIN_TITLE_CHARS = 3


def _and_as_ampersand(title: str) -> str:
    """A name as normalised, with "and" read as the "&" it often stands for ("<A> and <B>" for "<A> & <B>",
    which normalises to "king prince")."""
    return normalise(re.sub(r"\band\b", "&", title))


def in_described_group(person: Person, claims: list[str]) -> bool:
    """Whether a "known_for:<X>" claim about this person names no work of theirs and is decided by their
    description ("is he in a band?" of "a member of the idol group ...")."""
    titles = [c.partition(":")[2] for c in claims if c.startswith("known_for:")]
    if not titles or person.about is None or not person.about.known:
        return False
    wanted = _and_as_ampersand(titles[0])
    if len(wanted) < 3 or any(wanted in normalise(work.title) for work in person.known_for):
        return False
    said = f" {normalise(str(person.about.value))} "
    return any(f" {normalise(word)} " in said for word in default_lexicon().same_as(wanted))


def _lead(tracker: Tracker) -> tuple[bool | None, Fact | None]:
    """ "Is <an actor> the lead?": one of the two top-billed of the main cast."""
    facts = store()
    leads = [c for c in facts.cast if c.confidence == "high"][:2]
    person = _person(tracker)
    if person is not None:
        return any(c.actor == person for c in leads), None
    named = [m.id for w in entity_values(tracker, "character") for m in facts.resolve(w, ("character",))[:1]]
    if named:
        return any(c.character == named[0] for c in leads), None
    return None, None


def _birth_of(person_id: str) -> tuple[int, int | None, int | None] | None:
    person = store().people.get(person_id)
    return None if person is None else birth_of(person)


def _pronoun_resolved(pair: str, tracker: Tracker) -> str:
    """ "<a>/<b>" with a "he"/"she" put for the person the conversation is about (the `person` slot): "is he
    older than <b>?" after "who plays <a character>?" compares that actor with <b>."""
    remembered = tracker.get_slot("person")
    if remembered not in store().people:
        return pair
    return "/".join(str(remembered) if side in PERSON_PRONOUNS else side for side in pair.split("/"))


def _ages_compared(key: str, pair: str) -> bool | None:
    """ "Is <a> older than <b>?", "are <a> and <b> born in the same year?": from their births, as far as the
    store dates them (a year alone cannot order two births of the same year)."""
    first, _, second = pair.partition("/")
    a, b = _birth_of(first), _birth_of(second)
    if key == "same_year":
        return None if a is None or b is None else a[0] == b[0]
    a_first = born_before(a, b)
    return None if a_first is None else a_first == (key == "older")


def _born(said: str, tracker: Tracker) -> tuple[bool | None, Fact | None]:
    """ "Was <a name> born in <a city> / in <a year> / on <a date>?": every part said against the store's birth
    date and place; a part said wrongly is a no, a part the store does not hold leaves it open. Said of "he" or
    "she", it is the person the conversation is about."""
    person_id, _, words = said.partition("/")
    if person_id in PERSON_PRONOUNS:
        person_id = _person(tracker) or person_id
    person = store().people.get(person_id)
    if person is None:
        return None, None
    year, month, day, place = stated_claims.birth_parts(words)
    held_year, held_month, held_day = _birth_of(person_id) or (None, None, None)
    verdicts: list[bool | None] = []
    for told, held in ((year, held_year), (month, held_month), (day, held_day)):
        if told is not None:
            verdicts.append(None if held is None else told == held)
    birthplace = getattr(person, "birthplace", None)
    if place:
        verdicts.append(_born_at(place, birthplace))
    if False in verdicts:
        fact = birthplace if place and verdicts[-1] is False else person.born
        return False, fact
    if verdicts and all(v is True for v in verdicts):
        return True, person.born if year is not None or month is not None else birthplace
    return None, None


def _born_at(place: list[str], birthplace: Fact | None) -> bool | None:
    """A place said of a birth against the store's birthplace: yes when one of its words is said; no when another
    place is said and the store holds the birthplace; a country against a city is left open (the store does
    not say which country its cities are in)."""
    if birthplace is None or not birthplace.known:
        return None
    held = set(normalise(str(birthplace.value)).split())
    if held & set(place):
        return True
    if countries.country_named(place) is not None:
        return None
    return False


def _released(key: str, when: str) -> tuple[bool | None, Fact | None]:
    """ "Is it from the 1990s?" (released:1990s), "is it a 2024 film?", "did it come out before 2020?"."""
    premiere = store().film.get("premiere_date")
    digits = when.rstrip("s")
    if premiere is None or not premiere.known or not digits.isdigit():
        return None, None
    year = store().release_year
    if year is None or key != "released_years_ago" and len(digits) != 4:
        return None, None
    if key == "released_years_ago":  # "two years ago": counted back from this year
        return datetime.now(timezone.utc).year - int(when) == year, premiere
    if key == "released_before":
        return year < int(digits), premiere
    if key == "released_after":
        return year > int(digits), premiere
    if when.endswith("s"):  # a decade
        return year // 10 == int(digits) // 10, premiere
    return year == int(digits), premiere


def _date_parts_hold(tracker: Tracker, fact: Fact | None) -> bool:
    """Whether the month and the day said in the message ("on <month> <day>") are the premiere's: a claim decided
    by its year or its month alone must not pass a wrong day."""
    if fact is None:
        return True
    words = re.findall(r"[\w']+", str(tracker.latest_message.get("text") or "").lower())
    month = next((w for w in words if w in clauses.MONTHS and w != "may"), None)  # "may" is mostly the verb
    if month is None:
        return True
    try:
        premiere = date.fromisoformat(str(fact.value))
    except ValueError:
        return True
    day = stated_claims.day_said(words, month)
    return clauses.MONTHS.index(month) + 1 == premiere.month and day in (None, premiere.day)


def _thing_released(word: str) -> bool | None:
    """ "Did the song come out in 2013 / on a Friday?": decided from the one year (or date) the thing's held answer
    gives (its fact, or its credit's text); none or several held (which one is meant?): undecided."""
    thing_key, _, claim = word.partition("/")
    lexicon = default_lexicon()
    thing = lexicon.owned_things.get(thing_key)
    answer = thing.answer("release_date") if thing is not None else None
    attribute = lexicon.attributes.get(answer) if answer else None
    if attribute is None:
        return None
    facts = store()
    role, topic = str(attribute.entity.get("crew_role")), str(attribute.entity.get("topic"))
    fact = facts.crew[role].fact if role in facts.crew else facts.film.get(topic)
    if fact is None or not fact.known:
        return None
    held_text = f"{fact.value} {fact.detail or ''}"
    kind, _, when = claim.partition(":")
    if kind == "released_on":
        return _thing_falls_on(held_text, when)
    years = set(YEAR_IN_TEXT.findall(held_text))
    digits = when.rstrip("s")
    if len(years) != 1 or not digits.isdigit() or len(digits) != 4:
        return None
    held = int(years.pop())
    if kind == "released_before":
        return held < int(digits)
    if kind == "released_after":
        return held > int(digits)
    return held // 10 == int(digits) // 10 if when.endswith("s") else held == int(digits)


YEAR_IN_TEXT = re.compile(r"\b(?:19|20)\d\d\b")


def _published(key: str, when: str) -> tuple[bool | None, Fact | None]:
    """ "Was the novel published in <year>?", "did the book come out before <year>?": from the novel's date."""
    published = store().novel.get("published")
    digits = when.rstrip("s")
    if published is None or not published.known or not digits.isdigit() or len(digits) != 4:
        return None, None
    year = int(str(published.value)[:4])
    if key == "published_before":
        return year < int(digits), published
    if key == "published_after":
        return year > int(digits), published
    if when.endswith("s"):  # a decade
        return year // 10 == int(digits) // 10, published
    return year == int(digits), published


def _released_on(when: str) -> tuple[bool | None, Fact | None]:
    """ "Did it come out on a Sunday / on the weekend / in June / in the summer?": decided from the premiere date."""
    premiere = store().film.get("premiere_date")
    if premiere is None or not premiere.known:
        return None, None
    try:
        day = date.fromisoformat(str(premiere.value))
    except ValueError:
        return None, None
    return _falls_on(day, when), premiere


def _falls_on(day: date, when: str) -> bool | None:
    """Whether a day is on the weekday, the weekend, in the month or the season said; None for another time."""
    if when in clauses.WEEKDAYS:
        return clauses.WEEKDAYS[day.weekday()] == when
    if when == clauses.WEEKEND:
        return clauses.WEEKDAYS[day.weekday()] in clauses.WEEKEND_DAYS
    if when in clauses.MONTHS:
        return clauses.MONTHS[day.month - 1] == when
    if when in clauses.SEASONS:
        return day.month in clauses.SEASONS[when]
    return None


# A date as the store's texts write it: "24 April 2024".
DATE_IN_TEXT = re.compile(rf"\b(\d{{1,2}}) ({'|'.join(clauses.MONTHS)}) ((?:19|20)\d\d)\b", re.IGNORECASE)


def _thing_falls_on(text: str, when: str) -> bool | None:
    """ "Did the trailer come out on a Tuesday?": decided from the one date the thing's held answer gives; none or
    several dates held (which one is meant?): undecided."""
    dates = {(int(d), m.lower(), int(y)) for d, m, y in DATE_IN_TEXT.findall(text)}
    if len(dates) != 1:
        return None
    day, month, year = dates.pop()
    return _falls_on(date(year, clauses.MONTHS.index(month) + 1, day), when)


# What joins two names into one subject: "<a> and <b>", "<a> & <b>", "<a>, <b>".
NAME_JOINS = frozenset({"and", "&", ",", "or"})


def _joined_people(tracker: Tracker) -> list[str]:
    """The people named as one subject ("<a> and <b>"): each name joined to the next by "and", "&" or a comma
    alone; empty when the names stand apart ("was it directed by <a>, starring <b>?")."""
    text = tracker.latest_message.get("text") or ""
    spans = sorted(
        (e["start"], e["end"], str(e.get("value")))
        for e in tracker.latest_message.get("entities") or []
        if e.get("entity") == "person" and e.get("end")
    )
    between = [text[a[1] : b[0]].strip() for a, b in zip(spans, spans[1:], strict=False)]
    if len(spans) < 2 or any(joint not in NAME_JOINS for joint in between):
        return []
    found = [store().resolve(words, ("person",)) for _, _, words in spans]
    return [matches[0].id for matches in found if matches] if all(found) else []


def _people(tracker: Tracker) -> list[str]:
    """Every person named in the message that the store knows."""
    found = []
    for words in entity_values(tracker, "person"):
        matches = store().resolve(words, ("person",))
        if matches and matches[0].id not in found:
            found.append(matches[0].id)
    return found


# "Did he also write it?": a person pronoun is the person the conversation is about (the `person` slot).
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})


def _works_of_kind_asked(tracker: Tracker, person: str) -> bool:
    """Whether the store lists a work of the person's of the kind the question names ("other series": a work the
    store gives as a series; a work of no given kind may be a film, never another kind), as the list would."""
    said = tokens(str(tracker.latest_message.get("text") or ""))
    medium = people_reading.medium_asked(said, default_lexicon().work_media)
    facts = store()
    works = list(facts.people[person].known_for)
    period = works_period.period_asked(said, facts, facts.people[person])
    years = works_period.years_said(said)
    if period is not None or years:
        # "was <a> in any films before <a year>?": only the works the store dates then (this film when it is of
        # then); none dated then is no "yes" (the store lists only some of anyone's works)
        def then(year: int | None) -> bool:
            return year is not None and (period.holds(year) if period is not None else year in years)

        here = then(facts.release_year) and bool(facts.roles_of(person) or facts.crew_roles_of(person))
        works = [work for work in works if then(work.year)]
        if here and medium in (None, "film"):
            return True
    if medium in (None, "film"):
        return bool(people_reading.of_medium(works, medium))
    return any(work.medium == medium for work in works)


def _person(tracker: Tracker) -> str | None:
    for words in entity_values(tracker, "person"):
        matches = store().resolve(words, ("person",))
        if matches:
            return matches[0].id
    said = set(normalise(str(tracker.latest_message.get("text") or "")).split())
    remembered = tracker.get_slot("person")
    if said & PERSON_PRONOUNS and remembered in store().people:
        return str(remembered)
    return None


def answer_claim(reply: Reply, tracker: Tracker) -> bool:
    """Say yes or no first; False when the store cannot decide (the caller says it does not know)."""
    claims = entity_values(tracker, "claim")
    if not claims:
        return True
    decided, fact = verdict(claims[0], tracker)
    if decided is None:
        return False
    key = claims[0].partition(":")[0]
    answer = "yes" if decided else "no"
    response = f"utter_claim_{key}_{answer}"
    if not reply.has_response(response):
        response = f"utter_claim_{answer}"
    if fact is not None and fact.known:
        reply.utter(response, cite=[fact], value=reply.value(fact))
    else:
        reply.utter(response)
    return True


# Claims whose answer says itself what the store lacks: "was <X> born in <a city>?" with no birthplace held gets
# the birth answer, which names the part not held ("I don't know <X>'s birthplace") and gives the part held.
# "has she done other songs?" of someone whose works the store does not list: the works answer says so; "does <a>
# have a brother?" with none held: the relative's answer says it ("I don't know <a>'s brother")
ANSWERED_WHEN_UNDECIDED = frozenset({"born", "other_work", "has_relative"})


def answered_when_undecided(tracker: Tracker) -> bool:
    """Whether the claim left open is answered by the question's own answer rather than a bare "I don't know"."""
    claims = entity_values(tracker, "claim")
    return bool(claims) and claims[0].partition(":")[0] in ANSWERED_WHEN_UNDECIDED


def undecided_response(tracker: Tracker) -> str:
    """The "I don't know" for a claim the store cannot decide: "is <a name the store lacks> in it?" says that
    nobody by that name is known in the film (as a question about that person does), not a bare "I don't know"."""
    claims = entity_values(tracker, "claim")
    named = entity_values(tracker, "person")
    if claims and claims[0] == "in_film" and named and not any(store().resolve(n, ("person",)) for n in named):
        return "utter_not_in_film"
    return "utter_dont_know"


def open_claim(tracker: Tracker) -> tuple[str, bool] | None:
    """(the claim said as a statement, whether the classifier's card follows) when the reader left a yes/no
    question's claim open (bot/understanding/reading.py, _polar_form_checked); else None."""
    claims = entity_values(tracker, "claim")
    if not claims:
        return None
    key, _, statement = claims[0].partition(":")
    if key not in (OPEN_CLAIM, OPEN_CLAIM_WITH_CARD):
        return None
    return _claimed(statement), key == OPEN_CLAIM_WITH_CARD


def unheld_claim(reply: Reply, tracker: Tracker) -> tuple[str, str] | None:
    """(the claim's subject, the words claimed of it) when the reader found the claim's relation or a qualifier
    the store does not hold (bot/understanding/claim_relations.py): "<a> auditioned for the role of <b>" is
    (<a>'s name, "auditioned for the role of <b>"); a claim opened by no name of ours is the film's. Else None."""
    message = tracker.latest_message
    text = str(message.get("text") or "")
    entities = message.get("entities") or []
    claim = next(
        (e for e in entities if e.get("entity") == "claim" and str(e.get("value")).startswith(f"{UNHELD_RELATION}:")),
        None,
    )
    if claim is None:
        return None
    start, end = int(claim.get("start") or 0), int(claim.get("end") or len(text))
    facts = store()
    for entity in entities:
        if entity.get("entity") in ("person", "character") and entity.get("start") == start:
            found = facts.resolve(str(entity.get("value") or ""), (str(entity["entity"]),))
            if found:
                first = [reply.name(found[0])]
                names, after = _joined_names(reply, text, entities, first, int(entity.get("end") or start))
                return " and ".join(names), _claimed(text[after:end])
    said = text[start:end]
    if said.lower().startswith(facts.title.lower()):
        return facts.title, _claimed(said[len(facts.title) :])
    return facts.title, _claimed(said)


def _joined_names(reply: Reply, text: str, entities: list[dict], names: list[str], after: int) -> tuple[list[str], int]:
    """ "<a> and <b> both <X>": the claim's subject is every name joined by "and" (its words end at `after`)."""
    for entity in sorted(entities, key=lambda e: int(e.get("start") or 0)):
        start = int(entity.get("start") or 0)
        if entity.get("entity") != "person" or start <= after or text[after:start].strip().lower() not in ("and", "&"):
            continue
        found = store().resolve(str(entity.get("value") or ""), ("person",))
        if found:
            names.append(reply.name(found[0]))
            after = int(entity.get("end") or start)
    return names, after


def _claimed(words: str) -> str:
    return words.removeprefix("'s").strip(" .!?,;:").replace('"', "'")  # the answer quotes it


def describe_undecided(reply: Reply, tracker: Tracker) -> None:
    """After "I don't know" to "is <a person> (also) a singer?": what the store does say they are, so that the
    user can judge ("<X> is a member of the idol group ..."); nothing for any other claim."""
    claims = entity_values(tracker, "claim")
    if not claims or not claims[0].startswith("person_describes:"):
        return
    facts = store()
    roles = entity_values(tracker, "crew_role")
    credit = facts.crew.get(roles[-1]) if roles else None
    person = _person(tracker) if not roles or entity_values(tracker, "person") else None  # the one named first
    if person is None and credit is not None and not credit.unknown and len(credit.people) == 1:
        person = credit.people[0]  # "is the director Japanese?": the one who holds the role
    if person is None or person not in facts.people:
        return
    about = facts.people[person].about
    if about is None or not about.known:
        return
    reply.utter(
        "utter_person_about", cite=[about], person_name=reply.name(facts.people[person]), about=reply.value(about)
    )


# --- every detail of a yes/no or a trivia statement (bot/understanding/stated_claims.details_said) -------------


def said_details(tracker: Tracker) -> list[tuple[str, str]]:
    """The checkable details of the latest message, its names as the reader found them; none for a message of
    several yes/no parts (each part is decided alone, bot/understanding/reading._yes_no_parts)."""
    message = tracker.latest_message
    entities = message.get("entities") or []
    if any(e.get("entity") == "also_claim" for e in entities):
        return []
    facts = store()
    found: dict[str, list[tuple[int, int, str]]] = {"person": [], "character": []}
    for entity in entities:
        kind = str(entity.get("entity"))
        if kind not in found or entity.get("start") is None:
            continue
        matches = facts.resolve(str(entity.get("value") or ""), (kind,))
        if matches or kind == "person":  # a name the store lacks is kept: a detail about it cannot be decided
            span = (int(entity["start"]), int(entity.get("end") or entity["start"]))
            found[kind].append((*span, matches[0].id if matches else UNKNOWN_PERSON))
    text = str(message.get("text") or "")
    if clauses.wh_phrase_in_place(tokens(text)):
        return []  # "<the song>, sung by <a>, is by which band?": the details are clues to a wh-question, no claim
    found["person"] += _untagged_people(text, found["person"])
    titles = _title_spans(text)
    remembered = tracker.get_slot("person")
    pointed = str(remembered) if remembered in facts.people else None  # whom "he" / "she" stands for
    works = _work_spans(text, titles)
    taken = [*titles, *[(a, b) for a, b, _ in [*found["person"], *found["character"], *works]]]
    found["person"] += [(a, b, UNKNOWN_PERSON) for a, b in _other_names(text, taken)]
    details = stated_claims.details_said(text, found["person"], found["character"], titles, facts, works, pointed)
    of_their_works = any(e.get("entity") == "claim" and str(e.get("value")).startswith("known_for:") for e in entities)
    if of_their_works or any(e.get("entity") == "works_attribute" for e in entities):
        # "has <a> been in any horror movies?", "was <a> in a 2019 film?": a genre, a year ... said of their works,
        # no detail of this film
        details = [(kind, value) for kind, value in details if kind in PERSON_DETAILS]
    if any(str(e.get("value")).partition(":")[2] in clauses.SONG_CREDIT_CLAIMS for e in entities):
        # "was the theme song written by <a>?": the song's own credit is claimed, no writing credit of the film
        details = [(kind, value) for kind, value in details if kind != "credit"]
    return details


# Details said of a person rather than of the film: their credits, parts and works.
PERSON_DETAILS = frozenset({"credit", "plays", "work", "part"})


# Two capitalised words in a row, in a text not all lower case: a person's name, when no name of the store's is
# there ("... with <a> and <an actress the store does not know>").
FULL_NAME = re.compile(r"\b([A-Z][a-z]+) ([A-Z][a-z]+)\b")


def _other_names(text: str, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans of full names the store does not know, outside the names, titles and works found: a credit said of
    one of them cannot be decided ("I don't know"), never read as held by the others named."""
    found = []
    not_names = NOT_NAME_WORDS | store().place_words
    for hit in FULL_NAME.finditer(text):
        words = {w.lower() for w in hit.groups()}
        opens = text[: hit.start()].rstrip()[-1:] in ("", ".", "!", "?")  # a sentence's first word is capitalised
        if opens or words & not_names or any(a < hit.end() and hit.start() < b for a, b in taken):
            continue
        found.append((hit.start(), hit.end()))
    return found


# Capitalised words of titles, places and awards, not of a person's name (with the store's own service, country
# and language: `FactStore.place_words`).
NOT_NAME_WORDS = frozenset({"tokyo", "academy", "award", "awards", "best", "the", "of", "film", "movie"}) | frozenset(
    clauses.MONTHS
)


def _work_spans(text: str, titles: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """Where the other works of the store's people are written in the text (their English titles, as the store
    writes them), longest first, none inside the film's own title."""
    lowered = text.lower().replace("’", "'")  # the length kept: spans stay those of the text
    found: list[tuple[int, int, str]] = []
    # a title as the store writes it, and its head before a subtitle ("<X>: <a subtitle>" is often said "<X>")
    forms = {
        form: work.title
        for person in store().people.values()
        for work in person.known_for
        if work.title.isascii()
        for form in (work.title, work.title.partition(":")[0].strip())
    }
    for form in sorted(forms, key=len, reverse=True):
        if len(form) < 4:
            continue
        title = forms[form]
        for hit in re.finditer(r"\b" + re.escape(form.lower()) + r"\b", lowered):
            if " " not in form and text[hit.start() : hit.end()] != form:
                continue  # a one-word title ("Mother") is a common word unless written as the title
            taken = [*titles, *[(a, b) for a, b, _ in found]]
            if not any(a < hit.end() and hit.start() < b for a, b in taken):
                found.append((hit.start(), hit.end(), title))
    return found


# The id of a person the store does not know, named in a credit ("starring <a name not in the cast list>").
UNKNOWN_PERSON = "?"


def _untagged_people(text: str, tagged: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Full names of the store's people written in the text that no entity covers ("directed by <a name>" is
    read as the crew role, its name left untagged): a first and a last name, never one word alone, which may be
    a character's name too."""
    found: list[tuple[int, int, str]] = []
    for start, end, person in full_names_written(text):
        if not any(a < end and start < b for a, b, _ in [*tagged, *found]):
            found.append((start, end, person))
    return found


def _title_spans(text: str) -> list[tuple[int, int]]:
    """Where the film's title (any of its forms) is written in the text."""
    forms = store().film.get("title_forms")
    lowered = text.lower()
    spans = []
    for form in [str(f).lower() for f in (forms.value if forms is not None and forms.known else [])]:
        at = lowered.find(form)
        if at >= 0 and form.isascii():
            spans.append((at, at + len(form)))
    return spans


def detail_verdict(kind: str, value: str) -> bool | None:
    """One detail against the store: True, False, or None when the store cannot decide it."""
    facts = store()
    if value.partition("/")[2] == UNKNOWN_PERSON or value.partition("/")[0] == UNKNOWN_PERSON:
        role = value.partition("/")[0]
        if kind != "credit" or role == "cast":
            return None  # the cast list may be partial: someone the store lacks may be in it
        # the store's crew credits and the novel's author are complete: a name it does not know holds none of them
        if role == "novel_author":
            author = facts.novel.get("author")
            return None if author is None or not author.known else False
        credit = facts.crew.get(SAME_VERB_ROLES.get(role, (role,))[0])
        return None if credit is None or credit.unknown else False
    if kind == "credit":
        role, _, person = value.partition("/")
        if role == "cast":
            return bool(facts.roles_of(person)) or None  # not in the cast list: the store's list may be partial
        if role == "novel_author":
            author = facts.novel.get("author")
            return None if author is None or not author.known else author.value == person
        credit = facts.crew.get(SAME_VERB_ROLES.get(role, (role,))[0])
        if credit is None or credit.unknown:
            return None
        return person in _credited(role)
    if kind == "part":  # "<a> played a <description>": the head noun in the description of a part they play
        person, _, described = value.partition("/")
        head = described.split()[-1]
        parts = [facts.characters[c.character] for c in facts.roles_of(person) if c.character in facts.characters]
        texts = [normalise(f"{part.name} {part.description.value}") for part in parts if part.description is not None]
        return True if any(head in text.split() for text in texts) else None
    if kind == "plays":
        person, _, character = value.partition("/")
        actors = facts.actor_of(character)
        return any(c.actor == person for c in actors) if actors else None
    if kind == "year":
        year = facts.release_year
        digits = value.rstrip("s")
        if year is None or not digits.isdigit():
            return None
        return year // 10 == int(digits) // 10 if value.endswith("s") else year == int(digits)
    if kind == "animated":
        animated = facts.film.get("animated")
        return None if animated is None or not animated.known else bool(animated.value) == (value == "yes")
    if kind == "studio":
        credit = facts.crew.get("production_company")
        if credit is None or credit.unknown:
            return None
        return any(value in normalise(facts.people[p].name).split() for p in credit.people if p in facts.people)
    if kind == "platform":
        platform = facts.film.get("platform")
        return None if platform is None or not platform.known else value in normalise(str(platform.value)).split()
    if kind == "genre":
        genres = facts.film.get("genres")
        held = normalise(" ".join(map(str, genres.value))) if genres is not None and genres.known else ""
        if not held:
            return None
        return all(w in held.split() for w in value.split())  # the store's genres, as the `genre` claim reads them
    if kind == "work":  # "<a> starred in <X>": one of their works; another's of the film's people is a no
        person, _, work_title = value.partition("/")
        if person not in facts.people:
            return None
        if any(work.title == work_title for work in facts.people[person].known_for):
            return True
        # the store lists some of each one's works: a work it gives to another of the film's people only is read
        # as theirs, not this person's
        others = any(any(w.title == work_title for w in p.known_for) for p in facts.people.values())
        return False if others else None
    if kind == "source":  # "based on the (Japanese) novel": the store's source is a novel, no manga
        title = facts.novel.get("title")
        return None if title is None or not title.known else value == "novel"
    return None  # "alive": the store holds no deaths


def answer_details(reply: Reply, tracker: Tracker) -> str | None:
    """Check every detail said: "no" when one is false (said with the fact that contradicts it), "open" when one
    cannot be decided, "yes" when every one holds; None when the message says no checkable detail."""
    details = said_details(tracker)
    claims = entity_values(tracker, "claim")
    if not details or claims and verdict(claims[0], tracker)[0] is False and not details_decide(claims[0], tracker):
        return None  # the message's own claim already says no: its answer, as before
    verdicts = [(kind, value, detail_verdict(kind, value)) for kind, value in details]
    false = [(kind, value) for kind, value, v in verdicts if v is False]
    if false:
        _contradict(reply, tracker, false)
        return "no"
    if any(v is None for _, _, v in verdicts):
        return "open"
    return "yes"


def story_credits(reply: Reply, tracker: Tracker) -> None:
    """After a "Yes." to "written by <the novel's author>": the screenplay's credit, since the name holds for the
    story only (the novel), never a bare "Yes" that lets the script pass as theirs too."""
    facts = store()
    author = facts.novel.get("author")
    screenplay = facts.crew.get("screenplay")
    if author is None or not author.known or screenplay is None or screenplay.unknown:
        return
    if ("credit", f"writer/{author.value}") in said_details(tracker) and author.value not in screenplay.people:
        from actions.crew import utter_crew_credit

        utter_crew_credit(reply, screenplay)


def details_decide(claim: str, tracker: Tracker) -> bool:
    """Whether the details, each true, decide the message's claim about the people named: a credit claim when a
    crew credit was read next to a name ("did <a> write all the music?": the music credit, not a writing one), "is
    <a> in it?" when a credit was read for every name."""
    key = claim.partition(":")[0]
    credits = [value for kind, value in said_details(tracker) if kind == "credit"]
    if key in ("credit", "credit_by"):
        return any(not value.startswith("cast/") for value in credits)
    return key == "in_film" and bool(credits)


def _contradict(reply: Reply, tracker: Tracker, false: list[tuple[str, str]]) -> None:
    """ "No." and, for each detail said wrongly, the fact that contradicts it."""
    facts = store()
    kind, value = false[0]
    if kind == "animated" and value == "yes":
        reply.utter("utter_claim_animated_no", cite=[facts.film["animated"]])
    else:
        reply.utter("utter_claim_no")
    told: set[str] = set()
    for kind, value in false:
        if kind in told and kind in ("year", "studio", "animated", "genre"):
            continue
        told.add(kind)
        if kind == "source" or kind == "credit" and value.startswith("novel_author/"):
            if "novel" not in told:
                told.add("novel")
                from actions.crew import ActionNovel

                ActionNovel().answer(reply, tracker)
        elif kind == "credit":
            role = value.partition("/")[0]
            credit = facts.crew.get(SAME_VERB_ROLES.get(role, (role,))[0])
            if credit is not None and not credit.unknown and f"credit:{credit.role}" not in told:
                told.add(f"credit:{credit.role}")
                from actions.crew import utter_crew_credit

                utter_crew_credit(reply, credit)
        elif kind == "plays":
            character = value.partition("/")[2]
            for part in facts.actor_of(character):
                reply.utter(
                    "utter_who_plays",
                    character_name=reply.name(facts.characters[character]),
                    actor_name=reply.name(facts.people[part.actor]),
                )
        elif kind == "work" and "works" not in told:
            told.add("works")
            from actions.people import ActionOtherWork

            ActionOtherWork().answer(reply, tracker)  # the works the store does give them
        elif kind == "year":
            from actions.film_facts import ActionReleaseDate

            ActionReleaseDate().answer(reply, tracker)
        elif kind == "genre":
            from actions.film_facts import ActionGenre

            ActionGenre().answer(reply, tracker)
        elif kind == "studio":
            credit = facts.crew.get("production_company")
            if credit is not None and not credit.unknown:
                from actions.crew import utter_crew_credit

                utter_crew_credit(reply, credit)
