"""The work a question names right after a work noun: "the movie "<a title>"", "the film <A Title>" (issue 10).

The subject of a question is the work it names. A title typed right after a work noun, in quotes or as a run
of capitalised words, is that work, and this film's attribute words ("song", "music", "directed", "year")
then ask about it, not about this film:

- this film's own title (any of its forms) is this film: nothing to do here;
- a title of a work one of this film's people is known for is that person's work (`owner`): the store holds
  its year, nothing else about it;
- any other title is another work, which the store does not hold.

Quotes mark a title whatever its words ("the movie "Who Paid the Piper"": every word an everyday one, the first
a question word). A capitalised run is a title only after a work noun, not at a sentence's start. Rasa-free;
bot/understanding/reading.py decides what to do with what it finds.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from bot.store import FactStore, Work
from bot.understanding import proper_names
from bot.understanding.lexicon import default_lexicon, token_spans, tokens

# Singular nouns of a work a title follows: "the movie <X>", "the film "<X>"".
TITLED_NOUNS = frozenset({"movie", "film", "flick", "picture", "show", "series", "drama", "book", "novel", "manga"})
# Nouns of a recording: one capitalised word after them is its title ("the song <Lemon>"), since a song is not
# named after a company or a place the way "the film <a studio> made" is.
SONG_NOUNS = frozenset({"song", "single", "track", "tune", "album"})
# A record's title typed in capitals ("album <TITLE>") is one word of this many letters at least (not "EP", "CD").
MIN_TITLE_IN_CAPITALS = 4
SONG_DETERMINERS = frozenset({"the", "a", "this", "that", "his", "her", "their", "hit", "new", "old"})
# A title in double quotes (straight or curly) right after one of them: only spaces between.
QUOTES = '"\u201c\u201d'
QUOTED_AFTER = re.compile(r"\s*[\"\u201c\u201d]([^\"\u201c\u201d]+)[\"\u201c\u201d]")
# Words after which a question names its subject without a work noun: "who directed <a title>?", "actors starring
# in <a title>", "the music of <a title>".
SUBJECT_WORDS = frozenset(
    "directed direct directs starring starred stars in on of for about wrote made produced was is did does".split()
)
# Verbs of making or starring whose object a title is: "did <a> direct <a title>?".
MAKING_WORDS = frozenset("directed direct directs wrote made produced starring starred stars".split())
# Words before a known title that are none of its words: "in the new <a title> series".
TITLE_ARTICLES = frozenset({"the", "new", "that", "this"})
# Words a known title typed in lower case must have: one everyday word may be anything ("the show mother").
MIN_LOWER_CASE_TITLE = 2
# Capitalised words in a row after a work noun that make a title whatever they are.
MIN_TITLE_RUN = 2
# "<X> was directed by which director?": a passive question whose subject opens it.
PASSIVE_LINKS = frozenset({"was", "is", "were", "are"})
PASSIVE_VERBS = frozenset(
    "directed written produced made scored composed released filmed shot adapted based starred distributed".split()
)
AGENT_WH = frozenset({"which", "what", "who", "whom"})
# A title's main part is a name of it from this many words ("The <Word>: <subtitle>"); one word is too often a word.
MIN_MAIN_TITLE_WORDS = 2
MAX_PASSIVE_SUBJECT = 5
# A title as close as this to a known one is that one, typed with a letter off or a word dropped
# ("<Two Words>" typed "<two word>").
TITLE_SCORE_CUTOFF = 85.0


@dataclass(frozen=True)
class NamedWork:
    title: str  # as typed
    start: int  # character offsets of the title in the text
    end: int
    owner: str | None  # id of the person of this film known for it; None for a work the store does not hold
    ours: bool = False  # one of this film's own titles


def find(text: str, store: FactStore, film_titles: Collection[str]) -> NamedWork | None:
    """The first title typed right after a work noun, with whose work it is; None when there is none. `film_titles`:
    this film's titles as lower-case word runs (`Lexicon.film_titles`)."""
    spans = token_spans(text)
    words = [text[a:b].lower() for a, b in spans]
    for i, word in enumerate(words):
        # "who played <a part> in <A Title>": "in" after a verb of playing stands where a work noun would
        # a song noun names a title after an article ("the song <X>"), not inside one ("Best <Rap/Song> Performance")
        # "<a singer>'s album "<X>"": a possessive introduces the title as an article does
        # ("album <X> when was it released?": a message may open with the noun)
        song = word in SONG_NOUNS and (i == 0 or words[i - 1] in SONG_DETERMINERS or words[i - 1].endswith("'s"))
        titled = word in TITLED_NOUNS or song
        if (not titled and not proper_names.played_in(words, i + 1)) or i + 1 >= len(words):
            continue
        if song and _credited_title_after(words[i + 1 :], store):
            return NamedWork(text[spans[i + 1][0] :], spans[i + 1][0], len(text), None, ours=True)
        found = _known_title_after(words, spans, i, store) or _title_after(text, spans, i, shouted=song)
        if found is None:
            continue
        start, end = _before_a_name(text, found, store)
        typed = text[start:end]
        said = " ".join(tokens(typed))
        if not said:
            continue
        if typed.endswith(("'s", "\u2019s")) and store.resolve_one(typed[:-2], ("person", "character")) is not None:
            continue  # "who played piano in <one of ours>'s first band?": their possessive, no title
        if (
            _close(said, film_titles)
            or set(said.split()) <= own_title_words(store)
            or _opens_with_ours(said.split(), film_titles)
        ):
            # "the book Yomei Ichinen": a short form of this film's or its novel's title is ours
            return NamedWork(typed, start, end, None, ours=True)
        owner = owner_of(said, store)
        quoted = text[:start].rstrip().endswith(tuple(QUOTES))
        # "the song <an artist>'s, <a title>": the possessive is the artist's, not the title
        one_song = song and not typed.endswith(("'s", "\u2019s"))
        if owner is not None or quoted or one_song or _title_run(said.split(), store):
            return NamedWork(typed, start, end, owner)
        # one capitalised word may be a place or a person ("the film <a company> made", "the movie <a
        # character> paints in"): the capitalised-name rules (bot/understanding/proper_names.py) judge it
    return _known_work_named(text, spans, words, store, film_titles)


def _known_work_named(
    text: str, spans: list[tuple[int, int]], words: list[str], store: FactStore, film_titles: Collection[str]
) -> NamedWork | None:
    """ "who directed <a title>?", "give me all actors starring in <a title>": the whole title of a work one of this
    film's people is known for, typed as a question's subject with no work noun before it, is that work, as it is
    after one. Only a title the store holds is read so: any run of words after "in" or "of" could be a title."""
    for i, word in enumerate(words[:-1]):
        if word not in SUBJECT_WORDS:
            continue
        before_title = i
        while before_title + 2 < len(words) and words[before_title + 1] in TITLE_ARTICLES:
            before_title += 1  # "who is in the <a title> series?": the article is no word of the title
        found = _known_title_after(words, spans, before_title, store)
        if found is None and proper_names.capitalised(text, spans[i + 1]):
            found = spans[i + 1]  # a one-word title typed as a name ("<Title>"): a lower-case word may be any word
        if found is None:
            continue
        typed = text[found[0] : found[1]]
        said = " ".join(tokens(typed))
        owner = owner_of(said, store)
        # "in which year did <a> direct <a title of his>?": the title is the verb's object, the work asked, even with
        # its owner named (after "of" or "in" it may be a clue about the person, whom the question asks)
        made = word in MAKING_WORDS
        if owner is not None and not _close(said, film_titles) and (made or not _names_owner(text, store, owner)):
            return NamedWork(typed, found[0], found[1], owner)
    return None


def _names_owner(text: str, store: FactStore, owner: str) -> bool:
    """ "<a>, famous as the bassist of <a title of theirs>, was born in what year?": with its owner named, a title
    without a work noun is a clue about the person, whom the question asks about (the person rules read it)."""
    said = f" {' '.join(tokens(text))} "
    forms = (
        " ".join(tokens(form)) for form in store.people[owner].name_forms() if form.isascii() and form[:1].isupper()
    )
    return any(form and f" {form} " in said for form in forms)


def _opens_with_ours(said: list[str], film_titles: Collection[str]) -> bool:
    """ "the movie <this film's title> <an actor> played in": a run of capitals that opens with this film's title is
    this film, whatever capitalised words follow it (a name, a place)."""
    return any(" ".join(said[:size]) in film_titles for size in range(1, len(said)))


def _before_a_name(text: str, span: tuple[int, int], store: FactStore) -> tuple[int, int]:
    """The span without the name of one of this film's people that closes it ("the movie <A Title> <Given Family>
    starred in"): the name is the sentence's subject, not part of the title. The span as it is when nothing of it
    would be left."""
    start, end = span
    inside = [(start + a, start + b) for a, b in token_spans(text[start:end])]
    said = [text[a:b].lower() for a, b in inside]
    names = proper_names.store_names(store)
    for size in range(len(said) - 1, 0, -1):
        if " ".join(said[size:]) in names:
            return start, inside[size - 1][1]
    return span


def _title_after(text: str, spans: list[tuple[int, int]], noun: int, shouted: bool = False) -> tuple[int, int] | None:
    """The character span of a quoted title or a capitalised run right after the noun at `noun`; after a record's
    noun, a word in capitals is a title too ("album <TITLE>"), not an acronym."""
    after = spans[noun][1]
    quoted = QUOTED_AFTER.match(text, after)
    if quoted:
        return quoted.start(1), quoted.end(1)
    first = noun + 1
    word = text[spans[first][0] : spans[first][1]]
    in_capitals = shouted and len(word) >= MIN_TITLE_IN_CAPITALS and word.isalpha() and word.isupper()
    if not (proper_names.capitalised(text, spans[first]) or in_capitals) or text[after : spans[first][0]].strip():
        return None
    last = first
    while last + 1 < len(spans) and not text[spans[last][1] : spans[last + 1][0]].strip():
        following = spans[last + 1]
        if proper_names.capitalised(text, following) or text[following[0] : following[1]].isdigit():
            last += 1
        elif (
            text[following[0] : following[1]].lower() in proper_names.GLUE
            and last + 2 < len(spans)
            and proper_names.capitalised(text, spans[last + 2])
        ):
            last += 2  # "<Gone> with the <Wind>": small words inside a title
        else:
            break
    if _title_case(text):
        return None  # "Who Directed The Movie Drawing Closer": capitals say nothing
    return spans[first][0], spans[last][1]


@dataclass(frozen=True)
class KnownWork:
    """A work one of this film's people is known for, as the readers match it: its title's words, and its English
    and Japanese titles as word runs."""

    person_id: str
    title: str
    title_words: tuple[str, ...]
    forms: tuple[str, ...]
    # its forms with its main title too ("The <Word>" of "The <Word>: <subtitle>"): a title said without its
    # subtitle names it only where a work must stand (the subject of "<X> was directed by whom?")
    short_forms: tuple[str, ...]


def known_works(store: FactStore) -> tuple[KnownWork, ...]:
    """Every work of this film's people, tokenised once per store (the readers try them on every message)."""
    if id(store) not in _KNOWN_WORKS:
        _KNOWN_WORKS.clear()  # one store at a time; a test's own store replaces it
        _KNOWN_WORKS[id(store)] = tuple(
            KnownWork(
                person_id,
                work.title,
                tuple(tokens(work.title)),
                title_forms(work, short=False),
                title_forms(work),
            )
            for person_id, person in store.people.items()
            for work in person.known_for
        )
    return _KNOWN_WORKS[id(store)]


_KNOWN_WORKS: dict[int, tuple[KnownWork, ...]] = {}


def title_forms(work: Work, short: bool = True) -> tuple[str, ...]:
    """A work's titles as lower-case word runs: as the store holds it, in Japanese, and (`short`) its main part."""
    main = _main_title(work.title) if short else None
    return tuple(" ".join(tokens(form)) for form in (work.title, work.ja, main) if form)


def _main_title(title: str) -> str | None:
    """A title's part before its subtitle ("<Main>: <subtitle>"), the short form people name it by, when it is more
    than a word; None when the title has no subtitle."""
    main, colon, _ = title.partition(":")
    return main if colon and len(tokens(main)) >= MIN_MAIN_TITLE_WORDS else None


def _known_title_after(
    words: list[str], spans: list[tuple[int, int]], noun: int, store: FactStore
) -> tuple[int, int] | None:
    """A known work's title typed in lower case right after the noun ("the movie <a title of one of our people>"):
    the whole title, word for word; a title of everyday words alone ("mother") is too common to be one."""
    said = tuple(tokens(" ".join(words[noun + 1 :])))
    for work in known_works(store):
        title = work.title_words
        if len(title) >= MIN_LOWER_CASE_TITLE and said[: len(title)] == title:
            return spans[noun + 1][0], spans[noun + len(title)][1]
    return None


def _credited_title_after(said: list[str], store: FactStore) -> bool:
    """ "the song <our theme song's title>": the words after a song noun hold one of this film's credited titles."""
    following = tokens(" ".join(said))
    for _, title in credit_titles(store):
        wanted = tokens(" ".join(title))
        if wanted and any(following[at : at + len(wanted)] == wanted for at in range(len(following))):
            return True  # "the song <its title>", "the song <its first artist>'s <its title>"
    return False


def credit_titles(store: FactStore) -> list[tuple[str, list[str]]]:
    """(crew role, title words as written) of each credited work's titles ("<romanised title>", "<native title>")."""
    found = []
    for credit in store.crew.values():
        if credit.work is None:
            continue
        for part in re.split(r"[()「」]", str(credit.work.value)):
            said = re.findall(r"[\w']+", part)
            if said:
                found.append((credit.role, said))
    return found


def own_title_words(store: FactStore) -> frozenset[str]:
    """The words of this film's and its novel's titles in every form the store holds (romaji too)."""
    texts: list[str] = [store.title]
    for facts in (store.film, store.novel):
        for key in ("title", "title_forms", "title_romaji", "nickname"):
            fact = facts.get(key)
            if fact is not None and fact.value is not None:
                texts += [str(v) for v in fact.value] if isinstance(fact.value, list) else [str(fact.value)]
    return frozenset(word for text in texts for word in tokens(text))


def _title_run(said: list[str], store: FactStore) -> bool:
    """Two or more capitalised words after a work noun are a title ("the movie <High School Musical 3>") even
    when each is an everyday word, unless they are only names of this film's people and everyday names
    ("the film <an actor> starred in", "the movie <a company> <a country> made")."""
    everyday = proper_names.name_parts(proper_names.store_names(store)) | default_lexicon().ordinary_names
    # "the novel <Given> <Family>s only novel": a name's possessive typed without its apostrophe is the name
    bare = {w[:-1] if w.endswith("s") and w[:-1] in everyday else w for w in said}
    return len(said) >= MIN_TITLE_RUN and not bare <= everyday


def _title_case(text: str) -> bool:
    typed = re.findall(r"[A-Za-z]+", text)
    return bool(typed) and sum(1 for w in typed if w[0].isupper()) > proper_names.TITLE_CASE_SHARE * len(typed)


def close_to(said: str, title: str) -> bool:
    """Whether `said` is the title (both as lower-case word runs), give or take a letter or a word."""
    return _close(said, (title,))


def _close(said: str, titles: Collection[str]) -> bool:
    return any(said == t or fuzz.ratio(said, t) >= TITLE_SCORE_CUTOFF for t in titles)


def owner_of(said: str, store: FactStore, short: bool = False) -> str | None:
    """The person of this film known for the work with this title, when exactly one is; `short`: its main title
    alone names it too."""
    owners = {work.person_id for work in known_works(store) if _close(said, work.short_forms if short else work.forms)}
    return owners.pop() if len(owners) == 1 else None


def passive_work(text: str, store: FactStore) -> NamedWork | None:
    """ "<a title> was directed by whom?": the work of one of this film's people opening a passive question, or
    None."""
    spans = token_spans(text)
    passive = passive_subject([text[a:b].lower() for a, b in spans])
    if passive is None:
        return None
    start, end = spans[passive[0]][0], spans[passive[1] - 1][1]
    owner = owner_of(" ".join(tokens(text[start:end])), store, short=True)
    return NamedWork(text[start:end], start, end, owner) if owner is not None else None


def passive_subject(words: list[str]) -> tuple[int, int] | None:
    """The words [start, end) before "<was> <directed> by <which>" that open a question ("breakthrough was directed
    by which director"): the work asked about, whatever it is; None when the question is not built so."""
    for link in range(1, min(len(words) - 3, MAX_PASSIVE_SUBJECT + 1)):
        if (
            words[link] in PASSIVE_LINKS
            and words[link + 1] in PASSIVE_VERBS
            and words[link + 2] == "by"
            and words[link + 3] in AGENT_WH
        ):
            return 0, link
    return None


# Nouns of a recording that a credit's word may qualify: "studio album", "studio version" (never a studio's credit).
# Not "song": "<the theme song's title> song" is the credited title before its noun.
QUALIFIED_RECORDS = frozenset({"album", "albums", "recording", "recordings", "version", "session", "sessions"})


def credits_qualifying_a_record(text: str, entities: Sequence[dict]) -> list[dict]:
    """The credit entities whose word is a kind of record ("<a singer>'s last studio album"): the word qualifies
    the record noun right after it, and asks no one's credit."""
    lowered = text.lower()
    # a credited title ("<the song's title> album") is no word of a credit
    credits = [
        e
        for e in entities
        if e.get("entity") == "crew_role" and len(lowered[int(e.get("start", 0)) : int(e.get("end", 0))].split()) == 1
    ]
    if not credits:
        return []
    spans = token_spans(text)
    return [
        entity
        for entity in credits
        if next((lowered[start:end] for start, end in spans if start >= int(entity.get("end", -1))), None)
        in QUALIFIED_RECORDS
    ]
