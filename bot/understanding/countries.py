"""Country names, for "was it made in <a country>?" (a yes/no decided from the store's country).

The names come from Babel's English territory names (a runtime dependency already), not from the
lexicon: every lexicon word becomes known to the other-subject guard, and a country's name in a
title ("Western Stars") must stay unknown there. Only a whole country name after "made in" or
"produced in" makes the claim, so "filmed in <a city>" (where it was shot) is never read as one.
"""

from __future__ import annotations

from functools import lru_cache

from babel import Locale

# Short forms people write for a country that Babel lists under its longer name.
SHORT_FORMS = {
    "korea": "South Korea",
    "usa": "United States",
    "us": "United States",
    "america": "United States",
    "uk": "United Kingdom",
    "britain": "United Kingdom",
    "england": "United Kingdom",
}
MADE_WORDS = frozenset({"made", "produced", "created"})


@lru_cache(maxsize=1)
def _countries() -> dict[str, str]:
    """Lower-case country name -> its English name (territory codes of letters are countries;
    codes of digits are regions such as "Europe" or "World", which are no country)."""
    names = {name.lower(): name for code, name in Locale("en").territories.items() if code.isalpha()}
    names.update({short: name for short, name in SHORT_FORMS.items()})
    return names


@lru_cache(maxsize=1)
def _major_languages() -> frozenset[str]:
    """Lower-case English names of the languages with a two-letter code ("tamil", "hindi"): the ones people name
    when they ask which language a film is in or dubbed in (the three-letter codes add names such as "slave")."""
    return frozenset(name.lower() for code, name in Locale("en").languages.items() if len(code) == 2)


def names_a_country_or_language(word: str) -> bool:
    """ "germany", "uk", "tamil": a word that names a country or a major language."""
    return word in _countries() or word in _major_languages()


def country_named(words: list[str]) -> tuple[str, int] | None:
    """The country the words open with and how many words name it (the longest name first), or None."""
    for size in (3, 2, 1):
        if len(words) >= size and (name := _countries().get(" ".join(words[:size]))):
            return name, size
    return None


# "is it from <a country>?", "is the movie from <a country>?", "is it <a country>?": where the film is from.
FILM_SUBJECTS = frozenset({"it", "movie", "film", "this", "that"})
COPULAS = frozenset({"is", "was", "isn't", "wasn't"})


def made_in_country(words: list[str]) -> tuple[int, int, str] | None:
    """ "Was it made in Germany?", "is it from <a country>?", "is it <a country>?": (start, end, country) of the
    country said of where the film was made."""
    if len(words) >= 3 and words[0] in COPULAS and words[1] in FILM_SUBJECTS:
        found = country_named(words[2:])
        if found is not None and 2 + found[1] == len(words):
            return 2, len(words), found[0]  # "is it <a country>?": the whole predicate is a country
    for index, word in enumerate(words[:-1]):
        # "is it from …", "is the movie from …" (never "a movie from <a country>", which asks for one)
        subject_at = index - 1
        copula_at = subject_at - 1 - (subject_at >= 2 and words[subject_at - 1] in ("the", "this", "that"))
        if word != "from" or subject_at < 1 or words[subject_at] not in FILM_SUBJECTS:
            continue
        if copula_at < 0 or words[copula_at] not in COPULAS:
            continue
        start = index + 1 + (words[index + 1] == "the")
        found = country_named(words[start:])
        if found is not None:
            return start, start + found[1], found[0]
    for index, word in enumerate(words[:-2]):
        if word not in MADE_WORDS or words[index + 1] != "in":
            continue
        start = index + 2 + (words[index + 2] == "the")
        found = country_named(words[start:])
        if found is not None:
            name, size = found
            return start, start + size, name
    return None


def country_after(words: list[str], prepositions: frozenset[str] = frozenset({"in", "of"})) -> str | None:
    """ "Spoken in Brazil", "the language of France": the country named after one of the prepositions."""
    for index, word in enumerate(words[:-1]):
        if word in prepositions:
            start = index + 1 + (words[index + 1] == "the")
            found = country_named(words[start:])
            if found is not None:
                return found[0]
    return None


def same_country(said: str, held: str) -> bool:
    """Whether a country as said is the store's country (by name or a short form of it)."""
    return SHORT_FORMS.get(said.lower(), said).lower() == SHORT_FORMS.get(held.lower(), held).lower()


# Verbs of speaking a language: "which countries speak <a language>", "where is <a language> spoken".
SPEAK_WORDS = frozenset({"speak", "speaks", "spoken", "speaking"})
# How far after a speaking verb the language may be named ("speak the <language> language").
LANGUAGE_WINDOW = 3


@lru_cache(maxsize=1)
def _languages() -> frozenset[str]:
    """Lower-case one-word English names of the major languages (Babel's two-letter codes)."""
    names = Locale("en").languages
    return frozenset(name.lower() for code, name in names.items() if len(code) == 2 and " " not in name)


def language_spoken(words: list[str]) -> str | None:
    """ "Which countries speak <a language>?", "where is <a language> spoken?": the language named next to a
    verb of speaking (after it, or right before "is/are spoken"), or None."""
    for index, word in enumerate(words):
        if word not in SPEAK_WORDS:
            continue
        near = words[index + 1 : index + 1 + LANGUAGE_WINDOW] + words[max(0, index - 2) : index]
        found = next((w for w in near if w in _languages()), None)
        if found is not None:
            return found
    return None
