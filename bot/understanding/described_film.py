"""Quiz questions that describe the film instead of naming it (issue 10, round 13).

Trivia is written as clues around a head: "What <year> movie, starring <a>, was about <a premise>?", "In which
film, directed by <b>, did <a> star opposite <c>?", "What is the name of the <year> movie in which ...?", or a
statement to be named ("This <year> tear jerker starring <a> is about ..."). The head is a work noun; everything
else is a clue, and every clue is checked against the store:

- a year must be one of the film's (its release, the novel's publication, a birth year of its people);
- a word of a streaming service, a nationality, a genre or a kind of film must agree with the film's;
- every capitalised name must be one of the store's.

When the clues fit and at least one singles this film out (its year, one of its characters, two of its people,
what its story turns on), the question asks which film this is: the reader answers with the title. When a clue
does not fit, the question is about another film, never answered as this one.

A year that is only a clue does not ask the release date either: "what character did <a> play in the 2024
movie <title>?" asks the character (`year_only_a_clue`). Rasa-free.
"""

from __future__ import annotations

import re

from bot.store import FactStore
from bot.understanding import clauses, coverage, everyday, proper_names
from bot.understanding.countries import same_country
from bot.understanding.lexicon import Hit, Lexicon, token_spans, tokens

YEAR_TOKEN = re.compile(r"(?:19|20)\d\d")
# Nouns a quiz names a film by when it asks which film: "what <year> movie", "in which film", "what romance".
FILM_HEADS = frozenset(
    {"movie", "film", "picture", "flick", "tearjerker", "jerker", "romance", "drama", "comedy", "thriller", "musical"}
)
# Words between the wh-word and the head that ask for a film other than this one, or for advice.
NOT_THIS_ONE = frozenset(
    """other another else next previous latest upcoming new first last similar better best worst favourite favorite
    recommended""".split()
)
# How many clue words may stand between "what" and its head ("what <year> Japanese Netflix romance film").
MAX_MODIFIERS = 5
# Verbs and links that open a clue right after the head: "what movie starring ...", "which film, directed by ...".
CLUE_OPENERS = frozenset(
    """starring stars starred star featuring features featured directed written based adapted released made
    about where tells told concerns involved involves depicts follows did does do is was""".split()
)
ASKING_WH = frozenset({"what", "which"})
COPULA_THE = [[copula, "the"] for copula in ("is", "was", "'s")]
# What opens a description after "what is the film ...": "whose", "with", "in which", "directed by" ...
RELATIVE_CLUES = frozenset(
    """whose with that which where in starring featuring directed written based adapted produced composed""".split()
)
# "what is the name of the <head>", "name the <head>": the head after a word of naming.
NAMING = frozenset({"name", "title"})
# Before a word of naming, what the name means is asked, not which film it names.
MEANING_WORDS = frozenset({"meaning", "mean", "means", "translation", "significance"})
# A statement to be named opens with one of these before its head: "This <year> tear jerker starring ...".
STATEMENT_OPENERS = frozenset({"this", "these"})
QUESTION_WORDS = frozenset({"what", "which", "who", "whom", "whose", "when", "where", "how", "why"})
MIN_STATEMENT_WORDS = 8

# Clue words of a kind the store holds one value of. Services people name a film's home by.
SERVICES = frozenset({"netflix", "amazon", "prime", "disney", "hulu", "hbo", "apple", "paramount", "peacock"})
# Nationality adjectives and the country each says a film is from.
NATIONALITIES = {
    "japanese": "Japan",
    "korean": "South Korea",
    "chinese": "China",
    "taiwanese": "Taiwan",
    "thai": "Thailand",
    "indian": "India",
    "bollywood": "India",
    "american": "United States",
    "hollywood": "United States",
    "british": "United Kingdom",
    "french": "France",
    "german": "Germany",
    "italian": "Italy",
    "spanish": "Spain",
}
# Genres and kinds of film: one the store's genres do not name is another film's.
GENRE_WORDS = frozenset(
    """comedy horror thriller action adventure western musical documentary animated animation anime cartoon fantasy
    war superhero mystery crime spy biopic sci science slasher""".split()
)


def asks_which_film(text: str) -> bool:
    """The question's head is a film: "what <year> movie ...", "in which film ...?", "what is the name of the movie
    ...", "name the movie ...", or a quiz statement "This <year> film, directed by ..., starred ...".

    Only the first wh-word heads the question; "which films" (a list), "which other film" and a film picked by a
    career ("what movie was <a>'s debut?") are not asked by description."""
    words = tokens(text)
    if not words or CAREER_WORDS & set(words):
        return False
    first = next((i for i, word in enumerate(words) if word in QUESTION_WORDS), None)
    exclaimed = first is not None and words[first + 1 : first + 2] in (["a"], ["an"])  # "what a great film!"
    if first is not None and words[first] in ASKING_WH and not exclaimed and _film_head(words, first + 1):
        return True
    # "what is the film whose music is by <a>?": the head after a copula and its article
    if first is not None and words[first] in ASKING_WH and words[first + 1 : first + 3] in COPULA_THE:
        head = first + 3
        after = words[head + 1 : head + 2]
        if words[head : head + 1] and words[head] in FILM_HEADS and after and after[0] in RELATIVE_CLUES:
            return True  # not "what is the movie about?", which asks its story
    for i, word in enumerate(words):
        if MEANING_WORDS & set(words[:i]):
            break  # "what is the meaning of the title of the <year> film …?": the title's meaning, not which film
        if word in NAMING and (i == 0 or words[i - 1] in ("the", "a")) and i + 1 < len(words):
            start = i + 2 if words[i + 1] == "of" else i + 1
            if _film_head(words, start):
                return True
    if "?" in text or len(words) < MIN_STATEMENT_WORDS or words[0] not in STATEMENT_OPENERS:
        return False
    return _film_head(words, 1) and not _question_inside(text, words)


# "which film was also directed by <this film's director>?": another film that shares something with this one.
ANOTHER_OF_THE_SAME = frozenset({"also", "too", "again", "another", "other"})
# Words that pick a film among someone's works by their career, not by a description.
CAREER_WORDS = frozenset({"debut", "debuts", "award", "awards", "nominated", "nomination", "most", "money", "best"})
# Wh-words that never open a relative clause: a statement with one asks something else.
NEVER_RELATIVE = frozenset({"what", "when", "how", "why"})
SENTENCE_END = re.compile(r"[.!?;:]\s*$")


def _question_inside(text: str, words: list[str]) -> bool:
    """A wh-word that asks rather than describes: "what", "how", a wh-word opening a sentence ("... novel. who wrote
    the screenplay") or after a function word ("..., so who plays her"); after a noun or a name it opens a relative
    clause ("a boy who has a year", "<a>, who sings")."""
    spans = token_spans(text)
    for at in range(1, len(words)):
        word = words[at]
        if word in NEVER_RELATIVE:
            return True
        if word not in QUESTION_WORDS:
            continue
        if words[at - 1] in coverage.FUNCTION_WORDS or SENTENCE_END.search(text[: spans[at][0]]):
            return True
    return False


def _film_head(words: list[str], start: int) -> bool:
    """A singular film noun within a few clue words from `start`, followed by a clue or the end."""
    for j in range(start, min(len(words), start + MAX_MODIFIERS + 1)):
        word = words[j]
        if word in NOT_THIS_ONE:
            return False
        if word in FILM_HEADS:
            after = words[j + 1] if j + 1 < len(words) else ""
            if after in FILM_HEADS:
                continue  # "what romance movie": the last noun is the head
            return not after or after in CLUE_OPENERS or after in coverage.FUNCTION_WORDS
        if word in coverage.FUNCTION_WORDS and word not in ("the", "a", "an", "that"):  # "that movie where ..."
            return False
    return False


def contradicted_clue(
    text: str, words: list[str], entities: list[dict], store: FactStore, lexicon: Lexicon
) -> str | None:
    """The first clue of the message that does not fit this film ("2019", "korean", "comedy", "William
    Thatcher", "as an alcoholic actress"), or None when every clue fits."""
    clue = next((word for word in words if clue_against(word, store)), None)
    if clue is not None:
        return clue
    role = _role_against(text, words, entities, store)
    if role is not None:
        return role
    known = coverage.film_vocabulary(store, lexicon)
    names = proper_names.unknown_names(
        text, words, token_spans(text), lambda i: False, known, lexicon.ordinary_names, proper_names.store_names(store)
    )
    return names[0].text if names else None


def clue_against(word: str, store: FactStore) -> bool:
    """A year, service, nationality or genre word that is not this film's."""
    if YEAR_TOKEN.fullmatch(word):
        return int(word) not in _film_years(store)
    platform = store.film.get("platform")
    held_platform = str(platform.value).lower() if platform is not None and platform.known else ""
    country = store.film.get("country")
    held_country = str(country.value) if country is not None and country.known else ""
    genres = store.film.get("genres")
    held_genres = set(tokens(" ".join(map(str, genres.value)))) if genres is not None and genres.known else set()
    if word in SERVICES:
        return bool(held_platform) and word not in tokens(held_platform)
    if word in NATIONALITIES:
        return bool(held_country) and not same_country(NATIONALITIES[word], held_country)
    return word in GENRE_WORDS and bool(held_genres) and word not in held_genres


# Words that end a role clue "<a person> as <a role>": the next clue or clause.
ROLE_ENDS = frozenset({"and", "in", "opposite", "alongside", "with", "while", "but", "directed", "from"})


def _role_against(text: str, words: list[str], entities: list[dict], store: FactStore) -> str | None:
    """ "<a> as an alcoholic actress": a role given to one of the film's people must be told in words the store
    uses of the film's story and characters (at least half of its content words); else it is another film's."""
    spans = token_spans(text)
    story = everyday.story_words(store)
    for entity in entities:
        if entity.get("entity") != "person" or not store.resolve(str(entity.get("value")), ("person",)):
            continue
        after = next((i for i, (start, _) in enumerate(spans) if start >= int(entity.get("end", 0))), None)
        if after is None or after >= len(words) or words[after] != "as":
            continue
        end = next((i for i in range(after + 1, len(words)) if words[i] in ROLE_ENDS), len(words))
        content = [
            w
            for w in words[after + 1 : end]
            if len(w) >= clauses.MIN_CONTENT_LETTERS and w.isalpha() and w not in clauses.GENERIC_DESCRIPTION_WORDS
        ]
        ours = [w for w in content if {w, w.removesuffix("s"), w.removesuffix("es")} & story]
        if content and 2 * len(ours) < len(content):
            return " ".join(words[after:end])
    return None


def work_phrase_clue(text: str, store: FactStore) -> str | None:
    """ "in the 2019 movie <title>", "in <a>'s 2016 movie", "the Korean movie <title>": a clue that is not this
    film's, written before a film noun in a wh-question (a yes/no sentence, "is it a horror film?", is decided from
    the store elsewhere)."""
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        words = tokens(sentence)
        # the wh-word opens the question, or ends it where its answer would stand ("... was directed by whom?")
        if not words or not (QUESTION_WORDS & set(words[:3]) or words[-1] in QUESTION_WORDS):
            continue
        for j, word in enumerate(words):
            if word not in FILM_HEADS:
                continue
            for k in range(j - 1, max(-1, j - MAX_MODIFIERS), -1):
                if words[k] in coverage.FUNCTION_WORDS:
                    break
                if clue_against(words[k], store):
                    return words[k]
    return None


def known_elsewhere(clue: str, entities: list[dict], store: FactStore) -> bool:
    """The clue is one of another work of a person the message names ("In what 2010 movie did <the director> ...",
    "<an actress> as <a role in her other film>"): a question about that work, not about this film."""
    for entity in entities:
        if entity.get("entity") != "person":
            continue
        for match in store.resolve(str(entity.get("value")), ("person",))[:1]:
            # "<a> and <b>" as the clue: <b> beside the person named in one of their works ("with <b>")
            parts = [p for p in CLUE_JOINS.split(clue) if p and p.lower() != str(entity.get("value")).lower()]
            for work in store.people[match.id].known_for:
                said = f"{work.title} {work.detail or ''}".lower()
                if clue == str(work.year) or clue.lower() in said or (parts and all(p.lower() in said for p in parts)):
                    return True
    return False


# What joins the names of a clue of several people: "<a> and <b>", "<a>, <b>".
CLUE_JOINS = re.compile(r"\s*(?:,|\band\b|&)\s*")


def asks_a_question(words: list[str]) -> bool:
    """A wh-question, not a yes/no one ("is it a 2023 movie?" is decided from the store) nor a request for another
    film ("what's a Korean movie like <title>")."""
    return bool(QUESTION_WORDS & set(words)) and not (NOT_THIS_ONE | LIKENESS) & set(words)


LIKENESS = frozenset({"like", "similar", "recommend", "suggest", "than"})


def singles_out(words: list[str], entities: list[dict], store: FactStore, lexicon: Lexicon) -> bool:
    """A clue only this film has among its people's works: its release year, one of its characters by name, two
    of its people, or what its story turns on (an illness, the time left to live)."""
    named = {str(e.get("value")) for e in entities if e.get("entity") in ("person", "character")}
    people = {m.id for value in named for m in store.resolve(value, ("person",))[:1]}
    year = store.release_year
    if year is not None and str(year) in words:
        if not _another_film_that_year(people, year, store) or _story_clue(words, entities, store, lexicon):
            return True
    characters = {m.id for value in named for m in store.resolve(value, ("character",))[:1]}
    if characters or len(people) >= 2:
        return True
    return any(h.key in clauses.PREMISE_KEYS for h in lexicon.find(words, ("attribute",)))


def _another_film_that_year(people: set[str], year: int, store: FactStore) -> bool:
    """One of the named people has another work of that year that may be a film (a film, or a work whose medium
    the sources do not give): "what film did <an actor> star in in <year>" is then not this film alone."""
    return any(
        work.year == year and work.medium in ("film", None) for pid in people for work in store.people[pid].known_for
    )


def _story_clue(words: list[str], entities: list[dict], store: FactStore, lexicon: Lexicon) -> bool:
    """A word of this film's story among the clues, beside the names, the year and what is asked ("... featured a
    boy drawing a girl in a hospital"): with it, a year two of a person's films share still says which."""
    named = {w for e in entities for w in tokens(str(e.get("value")))}
    asked = {i for hit in lexicon.find(words, ("attribute",)) for i in range(hit.start, hit.end)}
    clues = [
        w
        for i, w in enumerate(words)
        if i not in asked and w not in named and w not in coverage.FUNCTION_WORDS and w not in coverage.WORK_NOUNS
    ]
    return bool(set(clues) & everyday.story_words(store) - {str(store.release_year)})


def _film_years(store: FactStore) -> set[int]:
    """The years a clue about this film may name: its release, the novel's publication, its people's births."""
    found: set[int] = set()
    dated = [store.film.get("premiere_date"), store.novel.get("published")]
    dated += [person.born for person in store.people.values()]
    for fact in dated:
        if fact is not None and fact.known:
            found.update(int(y) for y in YEAR_TOKEN.findall(str(fact.value)))
    return found


# Words that ask a time: with one, a year in the question may be what is asked about the release.
TIME_WORDS = frozenset(
    """when year years date day month time ago long released release premiered premiere came come out aired
    dropped""".split()
)


def year_only_a_clue(words: list[str]) -> bool:
    """ "What character did <a> portray in the <year> romance movie <title>?": a wh-question with a year in it and
    no word of time or release asks something else; the year only says which film."""
    if not any(YEAR_TOKEN.fullmatch(word) for word in words):
        return False
    if not QUESTION_WORDS & set(words):
        return False
    return not TIME_WORDS & set(words)


# The `attribute` entity the reader adds when a described film is this one: the title action names it.
FILM_IDENTIFIED = "film_identified"
# ... and when a clue is not this film's, though the message names it or its people: "I don't know" that film.
FILM_NOT_THIS = "film_not_this"


# Determiners that open a noun phrase naming a film: "the <runtime> <service> drama <title>".
# The film's own facts a clue before the film noun may give; people, roles and careers ("the lead actress's first
# movie") say whose film it is, and are read as such.
FILM_CLUE_KEYS = frozenset(
    {"runtime", "platform", "rating", "rating_label", "language", "country", "release_date", "genre"}
)
FILM_DETERMINERS = frozenset({"the", "a", "an", "this", "that"})


def clues_before_film(words: list[str], hits: list[Hit]) -> list[Hit]:
    """ "Who wrote the screenplay for the <runtime> <service> drama <title>?": attribute words between a determiner
    and a film noun (a length, a service, a rating, a language) only say which film. When the question asks an
    attribute outside them, they ask nothing; alone ("is the <n>-minute movie too long?") they are the question."""
    spans = []
    for j, word in enumerate(words):
        if word not in FILM_HEADS:
            continue
        k = j - 1
        while k >= 0 and j - k <= MAX_MODIFIERS and words[k] not in coverage.FUNCTION_WORDS:
            k -= 1
        if 0 <= k < j - 1 and words[k] in FILM_DETERMINERS:
            spans.append((k + 1, j))
    inside = [
        h
        for h in hits
        if h.kind == "attribute" and h.key in FILM_CLUE_KEYS and any(a <= h.start and h.end <= b for a, b in spans)
    ]
    if not inside or not any(h.kind == "attribute" and h not in inside for h in hits):
        return hits
    return [h for h in hits if h not in inside]
