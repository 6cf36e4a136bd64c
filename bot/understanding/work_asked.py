"""A wh-phrase that asks for a work (round 34, issue 10).

"<a person> is the director of what tv episode?", "the company that produced <the film> also produced what concert
film?", "which tv show has the same cast members as <the film>?": the wh-phrase's head is a work noun, so the answer
is a work, whatever the rest of the question names on the way. The card of a person, of the cast, of a credit or of
the plot names no such work; given for such a question it answers another one. bot/understanding/reading.py asks
`work_asked` of the reading it would give, and reads the question again: the works of the one of the film's people
named or pointed at ("he", "the main actress", a character's actor), else "I don't know that" (a work this film or
its theme song is named beside is another one). Rasa-free; its table data is tested in
tests/test_understanding_round34.py.
"""

from __future__ import annotations

from collections.abc import Iterable

from bot.understanding.coverage import COPULAS, FUNCTION_WORDS, Span
from bot.understanding.lexicon import Hit

WH = frozenset({"what", "which"})
# "what's <X>'s best movie?": a wh-word with its copula, before a possessive.
WH_CONTRACTED = frozenset({"what's", "whats"})
# Nouns of a work one could ask for by its kind, singular and plural.
SCREEN_WORKS = frozenset(
    """movie movies film films flick flicks show shows series episode episodes sitcom sitcoms documentary
    documentaries anime drama dramas miniseries""".split()
)
SONG_WORKS = frozenset("song songs album albums single singles track tracks".split())
BOOK_WORKS = frozenset("book books novel novels manga".split())
WORK_HEADS = SCREEN_WORKS | SONG_WORKS | BOOK_WORKS
# Nouns after a work noun that make it a modifier of another head: "what film genre", "which movie rating",
# "what film collection", "which song title".
COMPOUND_TAILS = frozenset(
    """genre genres rating ratings collection collections format formats cut cuts festival festivals type types
    kind kinds title titles name names series franchise character characters role roles company companies studio
    studios producer producers director directors writer writers score scores soundtrack soundtracks music budget
    release releases version versions adaptation adaptations scene scenes location locations award awards
    distributor distributors medium media subject subjects topic topics theme themes runtime length""".split()
)
# Words that ask a character's other works of their actor ("what shows has <a> appeared in?", "what other films is
# <a> in?"); without them "which film is <a> in?" asks which film this is.
ACTING_WORDS = frozenset(
    """other else besides another appeared appear appears starred acted played been done worked""".split()
)
# Function words that may stand among a head's modifiers: "<X>'s most famous song".
DEGREE_WORDS = frozenset({"most", "more"})
# How many words may stand between the wh-word and the work noun ("what tv theme songs", "what concert film").
MODIFIER_WORDS = 3


def work_asked(words: list[str], hits: Iterable[Hit]) -> Span | None:
    """The wh-phrase whose head is a work noun ("what tv episode", "which tv show", "what is <X>'s most famous
    song", "what is the name of the movie ..."), or None.

    The head is the first work noun within MODIFIER_WORDS content words of "what"/"which" (or of a possessive after
    "what is") that no noun of another head follows and that does not start an attribute the lexicon knows ("what
    film genre", "what movie rating")."""
    starts = {h.start for h in hits if h.kind == "attribute"}
    for i, word in enumerate(words):
        if word in WH:
            head = _head_after(words, i, starts)
            if head is None and words[i + 1 : i + 2] and words[i + 1] in COPULAS:
                head = _head_after_owner(words, i + 1, starts) or _head_after_naming(words, i + 1, starts)
        elif word in WH_CONTRACTED:
            head = _head_after_owner(words, i, starts) or _head_after_naming(words, i, starts)
        else:
            continue
        if head is not None:
            return Span(i, head)
    return None


def _head_after(words: list[str], i: int, starts: set[int]) -> int | None:
    """The end of the work noun that heads the words right after position `i`, or None."""
    for j in range(i + 1, min(len(words), i + 2 + MODIFIER_WORDS)):
        if words[j] in FUNCTION_WORDS and words[j] not in DEGREE_WORDS:
            return None
        if words[j] not in WORK_HEADS:
            continue
        after = words[j + 1] if j + 1 < len(words) else ""
        if after in COMPOUND_TAILS or after in WORK_HEADS or j + 1 in starts:
            return None
        # "which film featured song": a later work noun, before any word of grammar, is the head
        reach = min(len(words), j + 3)
        stop = next((k for k in range(j + 1, reach) if words[k] in FUNCTION_WORDS), reach)
        return next((k for k in range(stop - 1, j, -1) if words[k] in WORK_HEADS), j) + 1
    return None


def _head_after_naming(words: list[str], i: int, starts: set[int]) -> int | None:
    """ "what is the name of the movie where <X> plays ...?": the work noun after "the name/title of (the)"."""
    if words[i + 1 : i + 2] != ["the"] or words[i + 2 : i + 3] not in (["name"], ["title"]):
        return None
    if words[i + 3 : i + 4] != ["of"]:
        return None
    at = i + 4 + (words[i + 4 : i + 5] in (["the"], ["a"]))
    return _head_after(words, at - 1, starts)


def _head_after_owner(words: list[str], i: int, starts: set[int]) -> int | None:
    """ "what is <X>'s most famous song?": the work noun heading the words after a possessive soon after `i`."""
    owner = next((k for k in range(i + 1, min(len(words), i + 5)) if words[k].endswith("'s")), None)
    return None if owner is None else _head_after(words, owner, starts)


def asks_song(words: list[str], asked: Span) -> bool:
    """The work asked is a song or a record ("which song plays at the end?")."""
    return words[asked.end - 1] in SONG_WORKS
