"""The relation a polar (yes/no) question asks, read before any card (round 21).

"Is it playing at <a cinema>?", "are <a> and <b> both actors?", "is <the song> a cover?", "was it written for the
movie?": a polar question puts a claim - a subject, a relation, a value - and its reply must start with the verdict
on that claim, never with the card of a word the question happens to hold ("star" in a cinema's name, the first
person named, "written" as the screenplay). This module reads, from the one polar sentence of a message, which
relation it asks of which subject, as the claim `actions/claims.py` decides from the store:

- showing at a place or a time (`theatrical`): "is <the film / it> playing | showing | screening at <a place>, in
  that area, near me, right now, in theaters": the store's theatrical release;
- both <a kind of person> (`both_credit`): "are (both) <a> and <b> (both) actors | directors | writers |
  producers | composers?": every person named holds that credit; a predicate that is no such kind ("both
  American") is a relation the store does not hold (`unheld_relation`); "is she an actress?", "is <a> a Japanese band?"
  (`person_describes`) ask what one person is, read after every other reader (a word such as "a lady" is
  theirs);
- the theme song's making (`cover`, `original`, `written_for`): "is <the song / its title / it> a cover | an
  original song?", "was it written for the film?": its credit's original artist; "is it a pop song?" asks the
  song's genre, which the store does not hold.

Wh-questions are never read here. Rasa-free: bot/understanding/reading.py gives the text, the spans of the people
and characters named, and the credited works' titles.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from bot.understanding.claim_relations import UNHELD_RELATION


@dataclass(frozen=True)
class PolarClaim:
    """The claim of a polar question: its entity value ("<key>:<word>"), its characters, the intent whose answer
    follows the verdict and the crew role that answer is about (if any)."""

    value: str
    start: int
    end: int
    intent: str
    crew_role: str | None = None


# Reactions before the question that ask nothing ("Yes, that will be perfect.", "ok so").
_LEAD_IN = r"(?:(?:yes|yeah|yep|ok|okay|so|and|but|well|oh|hmm|great|cool|also)\b[\s,]*)*"
_OPENER = r"(?:is|are|was|were|isn'?t|aren'?t|wasn'?t|weren'?t)\b"
_POLAR = re.compile(rf"^\s*{_LEAD_IN}{_OPENER}", re.IGNORECASE)
_SENTENCE = re.compile(r"[^.!?]+[.!?]*")
# A statement asked to be confirmed: "<statement>, right?", "..., isn't it?".
_CONFIRMATION_TAG = re.compile(
    r",?\s*(?:right|correct|true|yes|no|isn'?t\s+it|wasn'?t\s+it|aren'?t\s+they|weren'?t\s+they"
    r"|isn'?t\s+(?:he|she)|wasn'?t\s+(?:he|she))\s*\?+\s*$",
    re.IGNORECASE,
)
# A second question joined inside the sentence: a conjunction, then an opener or a wh-word.
_SECOND_QUESTION = re.compile(
    r"\b(?:and|or|but)\s+(?:also\s+)?(?:is|are|was|were|does|do|did|has|have|can|will|who|what|when|where|which"
    r"|how)\b",
    re.IGNORECASE,
)
_WH_WORD = re.compile(r"\b(?:who|what|when|where|which|why|how|whose|whom)\b", re.IGNORECASE)
# A copula after the subject of a statement ("it's", "<the song> is"): the subject ends before it.
_COPULA_AFTER = re.compile(r"(?:'s|\s+(?:is|was|are|were))\s*$", re.IGNORECASE)

# Showing somewhere or at some time: a cinema's screening, whatever the place or time named.
_SHOWING = re.compile(
    r"\b(?:playing|showing|screening)\s+(?:at\b|near\b|nearby\b|anywhere\b|locally\b|around\s+here\b"
    r"|in\s+(?:that|this|my|your|the|our)\s+(?:area|city|town|neighbou?rhood)\b"
    r"|(?:in|on|at)\s+(?:the\s+)?(?:theat(?:er|re)s?|cinemas?|movie\s+theat(?:er|re)s?)\b"
    r"|(?:right\s+)?now\b|today\b|tonight\b|this\s+week(?:end)?\b)",
    re.IGNORECASE,
)
# A screen at home said beside the showing ("is it streaming online now?"), or a streaming service (the
# vocabulary's platform words, given by the caller): where it streams, which the platform's readers decide.
_AT_HOME = re.compile(r"\b(?:stream\w*|online|tv|television|at\s+home|platform)\b", re.IGNORECASE)
# Words before a person named in the subject that make the name a detail of the film ("<the title> directed by
# <a>"), not the subject that plays somewhere.
_DETAIL_BEFORE_NAME = re.compile(r"\b(?:by|with|starring|featuring)\s*$", re.IGNORECASE)

# "both <kind>": the kinds of person the store's credits say (actions/claims.py decides each).
PERSON_KINDS = {
    "actor": "actor",
    "actress": "actor",
    "film actor": "actor",
    "director": "director",
    "film director": "director",
    "filmmaker": "director",
    "movie director": "director",
    "writer": "writer",
    "author": "writer",
    "screenwriter": "writer",
    "novelist": "writer",
    "producer": "producer",
    "film producer": "producer",
    "composer": "composer",
}
_KIND_WORDS = frozenset(PERSON_KINDS)
_BOTH = re.compile(r"\bboth\b", re.IGNORECASE)
_AND = re.compile(r"^\s*(?:and|&)\s*$", re.IGNORECASE)

# The theme song as a subject, by its nouns ("the theme song", "the song", "the ending song").
_SONG_NOUN = re.compile(r"\b(?:the|this|that)\s+(?:theme\s+|ending\s+|title\s+)?(?:song|track|theme)\b", re.IGNORECASE)
_PRONOUN = re.compile(r"^\s*(?:it|that|this)\s*$", re.IGNORECASE)
# What is said of the song: a cover, an original song, a <kind> song, made for the film.
_COVER = re.compile(r"^\s*(?:a\s+)?cover(?:\s+(?:song|version))?\W*$", re.IGNORECASE)
_ORIGINAL = re.compile(r"^\s*(?:an\s+)?original\s+(?:song|track|composition)\W*$", re.IGNORECASE)
_ORIGINAL_OF_SONG = re.compile(r"^\s*(?:an\s+)?original\W*$", re.IGNORECASE)  # only when the song is named
_SONG_KIND = re.compile(r"^\s*(?:a|an)\s+([a-z-]+)\s+(?:song|track|number|ballad|tune)\W*$", re.IGNORECASE)
_MADE_FOR = re.compile(
    r"^\s*(?:originally\s+|specifically\s+|actually\s+)?(?:written|made|composed|created|recorded)\s+for\s+"
    r"(?:the\s+(?:film|movie)|this\s+(?:film|movie)|it)\W*$",
    re.IGNORECASE,
)


def polar_sentence(text: str) -> tuple[int, int] | None:
    """The characters of the message's one polar question sentence, or None: no polar sentence, or another
    question beside it (the message's own readers answer each part)."""
    sentences = [m.span() for m in _SENTENCE.finditer(text) if m.group().strip()]
    asked = [(a, b) for a, b in sentences if text[a:b].rstrip().endswith("?")]
    if not asked and len(sentences) == 1:
        asked = sentences
    if len(asked) != 1:
        return None
    start, end = asked[0]
    said = text[start:end]
    if _SECOND_QUESTION.search(said):
        return None  # "is it sad and also is it playing in theaters": two questions, read by the message's readers
    if _POLAR.match(said):
        return start, end
    tag = _CONFIRMATION_TAG.search(said)
    if tag is not None:  # "it's playing at <a cinema>, right?": the statement before the tag is put to be checked
        return start, start + tag.start()
    if said.rstrip().endswith("?") and not _WH_WORD.search(said):  # "<a> and <b> are both actors?": intonation
        return start, end
    return None


def polar_claim(
    text: str,
    people: Sequence[tuple[int, int]],
    characters: Sequence[tuple[int, int]],
    song_titles: Sequence[str],
    film_titles: Sequence[str],
    services: Sequence[str] = (),
) -> PolarClaim | None:
    """The claim of the message's polar question (see the module's relations), or None. `services`: the streaming
    services' names, lower-case."""
    sentence = polar_sentence(text)
    if sentence is None:
        return None
    return (
        _showing(text, sentence, [*people, *characters], film_titles, services)
        or _both_kind(text, sentence, people)
        or _pointed_persons_kind(text, sentence)
        or _named_persons_kind(text, sentence, people)
        or _song_claim(text, sentence, song_titles, film_titles, people)
    )


def _opener_end(text: str, sentence: tuple[int, int]) -> int:
    found = _POLAR.match(text[sentence[0] : sentence[1]])
    return sentence[0] + (found.end() if found else 0)


# The film as the subject of a showing: a pronoun or a film noun (one of its titles is checked apart).
_FILM_SUBJECT = re.compile(r"^\s*(?:it|this|that|(?:the|this|that)\s+(?:movie|film|one))\b", re.IGNORECASE)


def _showing(
    text: str,
    sentence: tuple[int, int],
    named: Sequence[tuple[int, int]],
    film_titles: Sequence[str],
    services: Sequence[str],
) -> PolarClaim | None:
    """ "Is <the film> playing at <a place>?": the film's cinema release, whoever or whatever else is said."""
    start, end = sentence
    found = _SHOWING.search(text, start, end)
    said = text[start:end].lower()
    if found is None or _AT_HOME.search(said) or any(re.search(rf"\b{re.escape(s)}\b", said) for s in services):
        return None
    subject = (_opener_end(text, sentence), found.start())
    said = " ".join(re.findall(r"[\w']+", text[subject[0] : subject[1]].lower()))
    titled = any(title and f"{said} ".startswith(f"{title} ") for title in film_titles)
    if not titled and not (_FILM_SUBJECT.match(said) and not _other_name_before(text, start, film_titles)):
        return None  # "is <another film> playing at <a cinema>?", "I wanted to see <X>. Is it showing ...?"
    for a, _ in named:
        if subject[0] <= a < subject[1] and not _DETAIL_BEFORE_NAME.search(text[subject[0] : a]):
            return None  # "is <an actor> playing at <a venue>?": a person's deed, not the film's screening
    return PolarClaim("theatrical:cinema", found.start(), found.end(), "ask_where_to_watch")


# A capitalised word inside a sentence: a name ("I wanted to see <X>").
_NAME_INSIDE = re.compile(r"(?<=[\w,;:] )[A-Z][\w'-]*")


def _other_name_before(text: str, before: int, film_titles: Sequence[str]) -> bool:
    """Whether the message names, before the question, something not of this film that its "it" may point at."""
    ours = {word for title in film_titles for word in title.split()}
    return any(m.group().lower() not in ours and m.group() != "I" for m in _NAME_INSIDE.finditer(text[:before]))


def _both_kind(text: str, sentence: tuple[int, int], people: Sequence[tuple[int, int]]) -> PolarClaim | None:
    """ "Are (both) <a> and <b> (both) <kind>?": two people named, joined by "and", then what both are."""
    start, end = sentence
    inside = sorted((a, b) for a, b in people if start <= a and b <= end)
    if len(inside) != 2 or not _AND.match(text[inside[0][1] : inside[1][0]]):
        return None
    before = text[_opener_end(text, sentence) : inside[0][0]]
    after = text[inside[1][1] : end]
    if not (_BOTH.search(before) or _BOTH.match(after.strip())) or before.strip(" ,").lower() not in ("", "both"):
        return None
    predicate = _BOTH.sub(" ", after).strip(" ?!.,").lower()
    predicate = re.sub(r"^(?:are|were|is|was)\s+", "", predicate)  # "<a> and <b> are both actors, right?"
    predicate = re.sub(r"^(?:a|an|the)\s+", "", predicate)
    kind = PERSON_KINDS.get(predicate) or PERSON_KINDS.get(predicate.removesuffix("s"))
    kind = kind or PERSON_KINDS.get(predicate.removesuffix("es"))
    if kind is None:  # "both American", "both Japanese rock bands": a relation the store does not hold
        word = predicate.split()[0] if predicate else "both"
        return PolarClaim(f"{UNHELD_RELATION}:{word}", inside[0][0], end, "ask_fact")
    return PolarClaim(f"both_credit:{kind}", inside[0][0], end, "ask_person")


# "is she an actress?", "is he also a director?": the person a pronoun points at, said to be a kind of person.
_POINTED_KIND = re.compile(
    r"^\s*(?:he|she)(?:'s|\s+is|\s+was)?\s+(?:also\s+|really\s+)?(?:a|an)\s+(?P<kind>[a-z ]+?)"
    r"(?:\s+too|\s+as\s+well)?\W*$",
    re.IGNORECASE,
)


def _pointed_persons_kind(text: str, sentence: tuple[int, int]) -> PolarClaim | None:
    """ "Is she an actress?" after a turn about an actress: whether the person pointed at holds that kind of credit
    (the actions resolve the pronoun from the conversation's person)."""
    begin = _opener_end(text, sentence)
    found = _POINTED_KIND.match(text[begin : sentence[1]])
    if found is None or found.group("kind").lower() not in _KIND_WORDS:
        return None
    said = found.group("kind").lower()
    return PolarClaim(f"person_describes:{said}", begin + found.start("kind"), begin + found.end("kind"), "ask_person")


# "is <a> a Japanese band?", "is <a> an actress too?": what one person named is, in a few plain words.
_DESCRIPTION = re.compile(
    r"^\s*(?:'s|is|was)?\s*(?:also\s+|really\s+|still\s+)?(?:a|an)\s+(?P<said>[a-z][a-z -]*?)"
    r"(?:\s+too|\s+as\s+well|\s+also)?\W*$",
    re.IGNORECASE,
)
MAX_DESCRIPTION_WORDS = 3
# Words that make the description a relation to something else ("a member of <a group>", "a fan of <a>"):
# another reader's.
_RELATION_WORDS = frozenset({"of", "in", "for", "from", "with", "by", "to", "at", "on", "and", "or"})


def _named_persons_kind(text: str, sentence: tuple[int, int], people: Sequence[tuple[int, int]]) -> PolarClaim | None:
    """ "Is <a> an actor?", "is <a> a Japanese band?" (`person_describes`: their credits or what the store says
    of them): one person named as the subject, then a few plain words."""
    begin, end = _opener_end(text, sentence), sentence[1]
    inside = [(a, b) for a, b in people if begin <= a and b <= end]
    if len(inside) != 1 or text[begin : inside[0][0]].strip():
        return None
    found = _DESCRIPTION.match(text[inside[0][1] : end])
    if found is None:
        return None
    said = found.group("said").lower().split()
    if not said or len(said) > MAX_DESCRIPTION_WORDS or _RELATION_WORDS & set(said):
        return None
    start, stop = inside[0][1] + found.start("said"), inside[0][1] + found.end("said")
    return PolarClaim(f"person_describes:{' '.join(said)}", start, stop, "ask_person")


def _song_claim(
    text: str,
    sentence: tuple[int, int],
    song_titles: Sequence[str],
    film_titles: Sequence[str],
    people: Sequence[tuple[int, int]],
) -> PolarClaim | None:
    """ "Is <the song> a cover?", "is it an original song?", "is it a pop song?", "was it written for the movie?"."""
    start, end = sentence
    body = text[_opener_end(text, sentence) : end]
    offset = end - len(body)
    for subject_end in _subject_ends(body):
        subject, said = _COPULA_AFTER.sub("", body[:subject_end]), body[subject_end:]
        named = bool(_SONG_NOUN.search(subject)) or _names_a_title(subject, song_titles)
        if not named and not _PRONOUN.match(subject):
            continue
        at = offset + subject_end
        if _COVER.match(said):
            return PolarClaim("cover:theme_song", at, end, "ask_crew", "theme_song")
        if _ORIGINAL.match(said) or named and _ORIGINAL_OF_SONG.match(said):
            return PolarClaim("original:theme_song", at, end, "ask_crew", "theme_song")
        kind = _SONG_KIND.match(said)
        named_kind = kind is not None and any(a < at + kind.end(1) and at + kind.start(1) < b for a, b in people)
        if kind is not None and not named_kind:  # the song's genre (not "a <its artist> song"): the store holds none
            return PolarClaim(f"{UNHELD_RELATION}:{kind.group(1).lower()}", at, end, "ask_fact")
        if _MADE_FOR.match(said) or _made_for_a_title(said, film_titles):
            return PolarClaim("written_for:theme_song", at, end, "ask_crew", "theme_song")
    return None


def _subject_ends(body: str) -> list[int]:
    """Where the subject may end: after each word (the predicate is what follows)."""
    return [m.end() for m in re.finditer(r"\S+", body)]


def _names_a_title(subject: str, titles: Sequence[str]) -> bool:
    said = " ".join(re.findall(r"[\w']+", subject.lower()))
    return any(title and said == title for title in titles)


def _made_for_a_title(said: str, film_titles: Sequence[str]) -> bool:
    """ "written for <the title>": a verb of making, "for", then one of the film's titles."""
    found = re.match(r"^\s*(?:written|made|composed|created|recorded)\s+for\s+(.+?)\W*$", said, re.IGNORECASE)
    return found is not None and _names_a_title(found.group(1), film_titles)
