"""The film's title in a language: "what is the french title?", "what's it called in german?".

The store holds the film's title in some languages (vocabulary `title_languages.held`); asked in one of those,
the question is the title's. Asked in any other language, the title is one the store does not hold: "I don't
know", never the titles it does hold as if they answered.
"""

from __future__ import annotations

from bot.understanding.lexicon import Hit, Lexicon

TITLE = "title"
OTHER_LANGUAGE_TITLE = "title_in_other_language"
TITLE_NOUNS = frozenset({"title", "titles", "name", "names"})
# A title is always a work's; a name or a verb of naming is the film's only when the film is pointed at before
# the language ("what's it called in german?"), not a character's ("what does <a>'s name mean in japanese?").
WORK_TITLES = frozenset({"title", "titles"})
NAMING_VERBS = frozenset({"called", "named", "titled", "known", "call", "name", "say"})
# "the name of the movie in spanish": how far before "in <language>" the naming word may stand
NAMING_REACH = 5


def title_in_a_language(words: list[str], hits: list[Hit], lexicon: Lexicon) -> list[Hit]:
    """The first "<language> title" / "title in <language>" / "called in <language>" of the words, read as the
    title asked (a language whose title is held) or as a title not held; the hits it covers (the language as a
    claim, "title", "name") give way to it."""
    held, others = lexicon.title_languages.get("held", frozenset()), lexicon.title_languages.get("others", frozenset())
    for at, word in enumerate(words):
        if word not in held and word not in others:
            continue
        span = _naming_span(words, at, lexicon)
        if span is None:
            continue
        start, end = span
        key = TITLE if word in held else OTHER_LANGUAGE_TITLE
        kept = [hit for hit in hits if hit.end <= start or hit.start >= end]
        return sorted([*kept, Hit("attribute", key, " ".join(words[start:end]), start, end)], key=lambda h: h.start)
    return hits


def asks_a_title_in_a_language(words: list[str], lexicon: Lexicon) -> bool:
    """ "What is the name of the movie in korean?" asks a title, not which film is a Korean one."""
    languages = lexicon.title_languages.get("held", frozenset()) | lexicon.title_languages.get("others", frozenset())
    return any(word in languages and _naming_span(words, at, lexicon) is not None for at, word in enumerate(words))


def _naming_span(words: list[str], at: int, lexicon: Lexicon) -> tuple[int, int] | None:
    """Where the language at `at` names the film's title: "<language> title" (after it) or "<naming word> ...
    in <language>" (before it); None for any other use of the language ("is it in french?", "french films"), and
    for a name that is not the film's (`WORK_TITLES`)."""
    span = None
    if at + 1 < len(words) and words[at + 1] in TITLE_NOUNS:
        span = at, at + 2
    elif at >= 1 and words[at - 1] == "in":
        before = words[max(0, at - 1 - NAMING_REACH) : at - 1]
        named = [i for i, w in enumerate(before) if w in TITLE_NOUNS or w in NAMING_VERBS]
        if named:
            span = at - 1 - len(before) + named[-1], at + 1
    if span is None:
        return None
    naming = words[span[0] + 1] if words[span[0]] == words[at] else words[span[0]]
    # "the french name of <the film>": the film named right after the name is the film pointed at as well
    named_after = words[span[1] : span[1] + 1] == ["of"] and _film_pointed(words[span[1] + 1 :], lexicon)
    return span if naming in WORK_TITLES or named_after or _film_pointed(words[:at], lexicon) else None


def _film_pointed(words: list[str], lexicon: Lexicon) -> bool:
    """Whether the words point at the film or name it ("it", "the movie", its title)."""
    said = f" {' '.join(words)} "
    return any(f" {run} " in said for run in (*lexicon.film_references, *lexicon.film_titles))
