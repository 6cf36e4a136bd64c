"""An aspect asked of a subject the store knows, which the store may not hold (round 19, issue 10).

A question names its subject (the film, a scene, a character, an actor) and, apart from it, the aspect it wants.
When that aspect is how the film was made, what people say of it now, or what someone said of it, the nearest
fact the store holds about the subject (its card, its release date, its story) answers a different question.
Three structures are read here, each by its words' roles, never by a subject:

- *making*: a manner or reason word ("how", "why") whose clause has a maker ("they", "the crew") or a passive
  ("was <X> filmed") before a verb of making ("how did they generate the fireworks?", "why did they film it that
  way?", "why did they decide to cast <a>?"), or the tool of a maker ("did they use computers?"), or a made-by
  phrase ("computer generated", "done on computer", "shot entirely with imax"), or a production's history
  ("<a> auditioned for the role", "it started development in <a year>", "the name was briefly changed");
- *lasting*: popularity over time ("is <X> still popular?", "are people still fans of <X>?", "will it be
  culturally relevant in 200 years?", "how many of the fans of <X> are still around?");
- *saying*: what a named person said or thought of something ("what did <a person> say about the movie?", "did
  you see what <a person> said of it?"), the person given as the speaker's span.

Rasa-free; bot/understanding/reading.py calls it first and tags the aspect's words as an attribute.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from bot.understanding.coverage import Span

MAKING = "making"
LASTING = "lasting"
SAYING = "saying"

MANNER_WORDS = frozenset({"how", "why"})
# "how long/many/much/old ...": a measure (runtime, budget, shooting schedule), read by the vocabulary
MEASURE_WORDS = frozenset({"long", "many", "much", "old", "often", "far", "big", "tall", "come", "popular"})
# Who makes a film, as a clause's subject: "how did they ...", "how did the crew ...".
MAKERS = frozenset(
    """they you filmmakers crew director directors producer producers studio netflix team staff animators
    editors cinematographer""".split()
)
PASSIVE_AUXILIARIES = frozenset({"was", "were", "is", "are", "been", "be", "get", "got"})
# Verbs of making a film or a part of it; their participles make a passive ("how was it shot?").
MAKING_VERBS = frozenset(
    """make makes making film films filming shoot shoots shooting generate generates generating create creates
    creating animate animates animating render renders rendering design designs designing achieve achieves
    achieving build builds building cast casts casting choose chooses choosing pick picks picking use uses using
    light lights lighting edit edits editing stage stages staging""".split()
)
PARTICIPLES = frozenset(
    """made filmed shot generated created animated rendered designed achieved built cast chosen picked used lit
    edited staged done""".split()
)
# A clause ends at these: the manner word's verb is looked for within its own clause.
CLAUSE_ENDS = frozenset({"?", "!", ".", ",", ";", "and", "but", "or"})
CLAUSE_REACH = 10
# "how did they make it to the hospital?": a verb of moving or befriending, not of making the film.
NOT_MAKING_AFTER = {"make": ("it to", "up", "friends", "money", "it through"), "made": ("it to", "up", "friends")}
# A maker's tool in a yes/no question: "did they use <X>?", "do they use computers?".
WH_WORDS = frozenset({"what", "which", "whats", "what's", "where", "who", "when"})
TOOL_AUXILIARIES = frozenset({"did", "do", "does", "have", "had"})
TOOL_VERBS = frozenset({"use", "used", "using"})
# What the made thing was made by or on: "computer generated", "done on (a) computer", "shot entirely with imax".
MADE_BY = re.compile(
    r"\b(?:computer generated|cgi generated|done (?:on|with|by) (?:a )?computers?|made (?:on|with) (?:a )?computers?"
    r"|(?:shot|filmed) (?:entirely |all |100 % |100% )?(?:with|on) (?:digital )?imax|green screen|practical effects"
    r"|(?:filmed|shot) in black and white|in front of a live audience|recycled (?:their |the )?(?:animation )?frames)\b"
)
# A production's history: auditions, development, recasting, reshoots, a name or a part changed ("did you know
# <a> auditioned for the role of <b>?", "it started development back in <a year>", "her name was briefly changed
# to <c>"): none of it is the cast list or the story.
PRODUCTION_HISTORY = re.compile(
    r"\b(?:auditioned|auditions? for|(?:\w+ed|in|into) development|development hell|recast|recasting|reshoots?"
    r"|rewrites|turned down the role|offered the role|originally cast"
    r"|(?:was|were) (?:briefly |originally |later |first )?changed to|(?:briefly|originally) changed to)\b"
)
# Popularity over time: "still" near a word of being liked ("is it still popular?", "fans ... still around"), or
# near a verb of an audience whose subject is people ("do people still watch it?"; "can I still watch it?" is
# where to watch it).
STILL_WORDS = frozenset({"still", "anymore", "nowadays", "today"})
LIKED_WORDS = frozenset({"popular", "relevant", "remembered", "loved", "liked", "famous", "fan", "fans", "big"})
AUDIENCE_VERBS = frozenset({"watch", "watched", "watching", "listen", "like", "love", "care"})
AUDIENCES = frozenset({"people", "anyone", "anybody", "everyone", "everybody", "fans", "viewers", "audiences"})
STILL_REACH = 5
LASTING_PHRASES = re.compile(
    r"\b(?:culturally relevant|be relevant|be remembered|stand the test of time|in \d+ years|years from now" r")\b"
)
# "are you a fan of <X>?": the assistant's own taste, not the subject's popularity.
ASKED_OF_THE_ASSISTANT = re.compile(r"\b(?:are|were) (?:you|u) (?:a |still a |a big |still )?(?:big )?fans?\b")
# What a person said or thought: the verb after the speaker.
SAYING_VERBS = frozenset({"say", "said", "says", "think", "thought", "thinks", "feel", "felt", "feels"})
SAYING_AUXILIARIES = frozenset({"did", "does", "do", "has", "have", "had"})


# Works in general: a plural work noun with no determiner or name of this film's before it ("how do movies get
# made?", "do people still watch movies?"; "the <title> movies" are this film's).
GENERAL_WORKS = frozenset({"movies", "films", "shows", "dramas", "animes", "books", "novels", "songs"})
DETERMINERS = frozenset({"the", "these", "those", "its", "their", "his", "her", "both", "all"})


@dataclass(frozen=True)
class Aspect:
    kind: str  # MAKING, LASTING or SAYING
    span: Span  # the words that ask it


def aspect_asked(
    words: Sequence[str], people: Sequence[Span] = (), film_words: frozenset[str] = frozenset()
) -> Aspect | None:
    """The aspect the question asks of its subject (see the module's docstring), or None. `people` are the spans
    of the persons the message names (for *saying*), `film_words` the words of this film's names and titles."""
    if works_in_general(words, film_words):
        return None  # "how do movies get made?": films in general, not this film
    return making_asked(words) or saying_asked(words, people) or lasting_asked(words)


def works_in_general(words: Sequence[str], film_words: frozenset[str]) -> bool:
    """A plural work noun after neither a determiner nor a word of this film's names: "do movies", "watch films"."""
    for i, word in enumerate(words):
        before = words[i - 1] if i > 0 else ""
        if word in GENERAL_WORKS and before not in DETERMINERS and before not in film_words:
            return True
    return False


def making_asked(words: Sequence[str]) -> Aspect | None:
    for i, word in enumerate(words):
        if word in MANNER_WORDS and not (i + 1 < len(words) and words[i + 1] in MEASURE_WORDS):
            end = _making_verb_after(words, i)
            if end is not None:
                return Aspect(MAKING, Span(i, end))
        asked_which = WH_WORDS & set(words[:i])  # "what camera did they use?": the head's kind, read elsewhere
        if (
            word in TOOL_AUXILIARIES
            and not asked_which
            and words[i + 1 : i + 2] == ["they"]
            and set(words[i + 2 : i + 3]) & TOOL_VERBS
        ):
            return Aspect(MAKING, Span(i, _clause_end(words, i + 3)))
    found = MADE_BY.search(" ".join(words)) or PRODUCTION_HISTORY.search(" ".join(words))
    if found is None:
        return None
    start = " ".join(words)[: found.start()].count(" ")
    return Aspect(MAKING, Span(start, start + found.group(0).count(" ") + 1))


def _making_verb_after(words: Sequence[str], manner: int) -> int | None:
    """The end of the making clause after the manner word at `manner`: a maker or a passive before a verb of
    making, within the manner word's clause; None when the clause has no such verb."""
    maker = passive = False
    for j in range(manner + 1, min(len(words), manner + CLAUSE_REACH)):
        word = words[j]
        if word in CLAUSE_ENDS:
            return None
        maker = maker or word in MAKERS
        passive = passive or word in PASSIVE_AUXILIARIES
        after = " ".join(words[j + 1 : j + 3])
        if any(after.startswith(phrase) for phrase in NOT_MAKING_AFTER.get(word, ())):
            return None
        if (maker and word in MAKING_VERBS | PARTICIPLES) or (passive and word in PARTICIPLES):
            return _clause_end(words, j + 1)
    return None


def _clause_end(words: Sequence[str], start: int) -> int:
    end = start
    while end < len(words) and words[end] not in CLAUSE_ENDS:
        end += 1
    return end


def saying_asked(words: Sequence[str], people: Sequence[Span]) -> Aspect | None:
    """ "what did <a person> say about it?", "did you see what <a person> said of the movie?": from the saying verb
    right after a named person (an auxiliary before the person, or "what" before them) to the clause's end."""
    for person in people:
        before = words[person.start - 1] if person.start > 0 else ""
        if before not in SAYING_AUXILIARIES and before != "what":
            continue
        if person.end < len(words) and words[person.end] in SAYING_VERBS:
            if before in SAYING_AUXILIARIES and "what" not in words[: person.start]:
                continue  # "did <a person> say she liked it?": a yes/no question about what was said
            return Aspect(SAYING, Span(person.end, _clause_end(words, person.end + 1)))
    return None


def lasting_asked(words: Sequence[str]) -> Aspect | None:
    text = " ".join(words)
    if ASKED_OF_THE_ASSISTANT.search(text):
        return None
    for i, word in enumerate(words):
        if word in STILL_WORDS:
            near = [j for j in range(max(0, i - STILL_REACH), min(len(words), i + STILL_REACH + 1)) if j != i]
            audience = bool(AUDIENCES & set(words))
            liked = [j for j in near if words[j] in LIKED_WORDS or (audience and words[j] in AUDIENCE_VERBS)]
            if liked:
                return Aspect(LASTING, Span(min(i, liked[0]), max(i, liked[-1]) + 1))
    found = LASTING_PHRASES.search(text)
    if found is None:
        return None
    start = text[: found.start()].count(" ")
    return Aspect(LASTING, Span(start, start + found.group(0).count(" ") + 1))
