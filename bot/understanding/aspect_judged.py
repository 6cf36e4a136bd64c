"""An aspect of the film asked to be judged (round 31, issue 10).

"How is the acting?", "what did you think of the plot?", "how would you describe his act?", "how are the visuals?":
the question asks how good a part of the film is, not what it is. Critics' views (the store's reviews) speak of the
performances and of the story; they answer those. Of any other craft of the film (its visuals, suspense, costumes)
no source says how good it is: "I don't know that", never the runtime, the plot's summary or the composer's credit
as if they answered. Rasa-free; bot/understanding/reading.py calls it on the message's words.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.understanding.coverage import Span

# Aspects the critics' views speak of: the acting and the story (and the film as a whole).
REVIEWED_ASPECTS = frozenset(
    """acting performance performances portrayal portrayals act actors actresses cast story storyline stories plot
    script writing pacing film movie""".split()
)
# Other crafts of a film, judged: no source says how good they are.
OTHER_ASPECTS = frozenset(
    """visuals visual animation cinematography photography camerawork effects effect cgi suspense style costume
    costumes scenery sets set design editing directing direction dialogue dialogues chemistry humor humour comedy
    action romance scenes scene atmosphere mood tone soundtrack music score songs song sound characters character
    characterization characterisation""".split()
)
BE = frozenset({"is", "was", "are", "were"})
OWN_WORDS = frozenset({"my", "your", "our", "mine", "yours"})
DETERMINERS = frozenset({"the", "its", "his", "her", "their", "this", "that", "these", "those", "a"})
# Verbs of judging asked of the assistant: "how would you describe/rate the acting?".
JUDGING_VERBS = frozenset({"describe", "rate", "define", "judge", "find", "say", "call"})
THINKING = (("what", "do", "you", "think"), ("what", "did", "you", "think"), ("what", "does", "one", "think"))
# What may follow the aspect: where it is ("in the movie", "of the film", "in it"), or between whom ("the chemistry
# between the leads").
PLACE_WORDS = frozenset(
    """in of on the this movie film it overall between leads lead actors actresses characters couple two main
    stars""".split()
)
# "How good is the acting?": a word of grading between "how" and the verb.
GRADES = frozenset({"good", "bad", "great"})
MAX_ASPECT_WORDS = 2


@dataclass(frozen=True)
class JudgedAspect:
    span: Span  # the aspect's words
    reviewed: bool  # the critics' views speak of it


def judged_aspect(words: list[str], named: list[Span], film_words: frozenset[str] = frozenset()) -> JudgedAspect | None:
    """The aspect a question asks to be judged, or None. `named` are the token spans of the names the entity rules
    found: "<a name>'s acting" and "the act of <a name>" are a performance; any other name makes it no aspect of
    the film's ("how is <a character>'s illness?"). `film_words` are the words of the film's own names: "the acting
    in <the title>" places the aspect in this film."""
    start = _aspect_start(words)
    if start is None:
        return None
    places = PLACE_WORDS | film_words
    end = start
    while end < len(words) and end - start < MAX_ASPECT_WORDS + 2 and words[end] not in places | {"?"}:
        end += 1
    aspect = [w for i, w in enumerate(words[start:end], start) if not _inside(i, named) and w not in ("'s", "s")]
    rest = [w for w in words[end:] if w.isalpha()]
    if not aspect or len(aspect) > MAX_ASPECT_WORDS or any(w not in places for w in rest):
        # "the act of <a name>": a place word then a name
        if not (aspect and aspect[-1] in REVIEWED_ASPECTS and _names_only(words, end, named)):
            return None
    if OWN_WORDS & set(aspect):
        return None  # "what do you think about my performance?": the asker's own, no part of the film
    head = aspect[-1]
    if head in REVIEWED_ASPECTS:
        return JudgedAspect(Span(start, end), True)
    if head in OTHER_ASPECTS and not any(_inside(i, named) for i in range(start, end)):
        return JudgedAspect(Span(start, end), False)
    return None


def _aspect_start(words: list[str]) -> int | None:
    """Where the aspect's words start after the judging frame, skipping a determiner or a name's possessive."""
    at = None
    if len(words) > 2 and words[0] == "how" and words[1] in BE:
        at = 2  # "how is the acting?"
    elif len(words) > 3 and words[0] == "how" and words[1] in GRADES and words[2] in BE:
        at = 3  # "how good is the acting?"
    elif len(words) > 1 and words[0] in ("how's", "hows"):
        at = 1
    else:
        for frame in THINKING:
            if tuple(words[: len(frame)]) == frame and words[len(frame) : len(frame) + 1] in (["of"], ["about"]):
                at = len(frame) + 1
        if at is None and words[:1] == ["how"]:
            verb = next((i for i, w in enumerate(words[:5]) if w in JUDGING_VERBS), None)
            at = verb + 1 if verb is not None else None  # "how would you describe his act?"
    if at is None:
        return None
    while at < len(words) and words[at] in DETERMINERS:
        at += 1
    return at if at < len(words) else None


def _inside(i: int, named: list[Span]) -> bool:
    return any(span.start <= i < span.end for span in named)


def _names_only(words: list[str], end: int, named: list[Span]) -> bool:
    """ "… of <a name>": the words after the aspect are place words and one name."""
    return any(_inside(i, named) for i in range(end, len(words))) and all(
        _inside(i, named) or not w.isalpha() or w in PLACE_WORDS for i, w in enumerate(words[end:], end)
    )
