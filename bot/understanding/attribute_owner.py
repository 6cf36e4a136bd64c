"""Which of this film's things owns the attribute asked: its trailer, its theme song, an album, a sequel.

"When did the trailer come out?" asks the trailer's date, "how long is the trailer?" its length, "what year did
that album come out?" an album's: the classifier hears the attribute (a release date, a runtime, where to watch)
and answers it of the film, a confident answer to another question. What decides is the noun the attribute is
asked of, its owner:

- a possessive right before it ("the trailer's length");
- "of" or "for" after it ("the release date of the song");
- the subject between the question's last opening word (a wh-word, an auxiliary) and the attribute ("when did
  <the trailer> come out", "what year did <that album> come out", "when was <this song> released");
- else the object after it, when the subject is missing or the speaker ("how long is <the trailer>", "who
  directed <the trailer>", "where can i watch <the trailer>").

The owner's head is the first of the vocabulary's `owned_things` nouns in that phrase ("the song in the trailer"
is the song), and the words around it are this film's or only shape the phrase (a determiner, a preposition, a
title word, "new"): "the song <another title>" or "the <another film> trailer" is another work's, left to the
other rules. What the store holds of the thing answers it; anything else is not known of it. Rasa-free.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from bot.understanding.coverage import COPULAS
from bot.understanding.lexicon import Hit, Lexicon, OwnedThing
from bot.understanding.owners import AUXILIARIES, DETERMINERS, WH_WORDS

# Words that shape an owner phrase without naming anything: "the new trailer for it", "this song in the film".
PHRASE_SHAPERS = DETERMINERS | frozenset(
    "of for in on from to its their his her new official first main latest original full whole final other".split()
    # "the writers for each of the songs": which of them, never another thing
    + "each all both".split()
    # "the fifth movie in the <title> saga": the film's own series, named by its title
    + "saga series franchise".split()
    # "this song currently playing", "the song playing now": the thing as it is heard
    + "currently now playing".split()
    # "the author of the verses of the song": the song's own words, written by whoever wrote it
    + "lyrics lyric verses words".split()
)
# The speaker or the assistant as the subject: "where can i watch <X>", "can you show me <X>": the object owns it.
# So do the makers ("when will they release <X>"): a "they" that releases is whoever makes films.
SPEAKERS = frozenset({"i", "we", "you", "u", "me", "they"})
# Words that end the object phrase: a new clause or question.
CLAUSE_ENDS = WH_WORDS | AUXILIARIES | frozenset({"and", "or", "but", "if", "because", "so"})
MAX_PHRASE_WORDS = 7
# A subject may be longer than an object: "when is <the fifth movie in the <two-word title> saga> coming out".
MAX_SUBJECT_WORDS = 9
# Prepositions that link a thing to the work it belongs to or follows: "the sequel to <X>", "the trailer of <X>".
LINKING = frozenset({"to", "of"})
# Title words beside a thing's noun that name it as ours: two, so that one common word of a title is not enough.
TITLE_WORDS_NEEDED = 2


@dataclass(frozen=True)
class AskedOfAThing:
    """An attribute asked of one of the film's things; `answer` is the attribute whose answer gives it (None when
    the store holds nothing of it)."""

    thing: OwnedThing
    thing_span: tuple[int, int]
    asked: Hit
    answer: str | None
    # the owner phrase names it by this film's words ("the song <its title>", "the <title> trailer")
    named_ours: bool = False


def asked_of_a_thing(
    words: Sequence[str], hits: Sequence[Hit], lexicon: Lexicon, ours: Callable[[int], bool]
) -> AskedOfAThing | None:
    """The first attribute of the message whose owner phrase is one of this film's things, or None.

    `ours(i)` says whether word i is this film's (a title word, a name, a word of the film's things' titles)."""
    bare = [word.removesuffix("'s").removesuffix("'") for word in words]
    things = thing_spans(bare, lexicon)
    if not things:
        return None
    for hit in hits:
        if hit.kind != "attribute" or any(a < hit.end and hit.start < b for a, b, _ in things):
            continue  # the thing's own word ("trailer") is not asked of it
        if _placing(words, hit):
            continue  # "the song that played at the end": where the thing is heard, not its ending
        for region in _owner_regions(words, hit):
            found = _thing_heading(region, things, bare, ours)
            if found is not None:
                start, end, thing = found
                named = any(ours(i) for i in region)
                return AskedOfAThing(thing, (start, end), hit, thing.answer(hit.key), named)
    return _thing_asked_by_wh(words, things)


# Media other than this film: "what tv theme songs", "which anime songs" ask of other works' things.
OTHER_MEDIA = frozenset({"tv", "television", "radio", "anime", "game", "games", "broadway", "stage", "musical"})
# How far a wh-word may stand before the thing it asks for: "which albums", "which music albums".
WH_REACH = 2


# Prepositions that place a thing in the film: "the song that played at the end", "the song in the end credits".
PLACING = frozenset({"at", "in", "during", "over", "through", "throughout"})
# The film's parts a thing is placed in ("in the top 10" is a chart place asked, not where the song plays).
PLACED_IN = frozenset({"ending", "opening"})


def _placing(words: Sequence[str], hit: Hit) -> bool:
    """The film's ending or opening after a preposition of place ("at the end", "in the end credits"): where
    something is heard or seen, not what is asked of it."""
    if hit.key not in PLACED_IN:
        return False
    before = hit.start - 1
    while before >= 0 and words[before] in DETERMINERS:
        before -= 1
    return words[hit.start] in PLACING or (before >= 0 and before < hit.start - 1 and words[before] in PLACING)


def _thing_asked_by_wh(words: Sequence[str], things: Sequence[tuple[int, int, OwnedThing]]) -> AskedOfAThing | None:
    """ "Which albums contain the song?", "what sequel is there?": the thing itself is asked, its own answer
    (an album's: no soundtrack release is held)."""
    for start, end, thing in things:
        if not any(words[i] in ("which", "what") for i in range(max(0, start - WH_REACH), start)):
            continue
        if OTHER_MEDIA & set(words[max(0, start - WH_REACH) : start]):
            continue  # "what tv theme songs …?": another medium's
        answer = thing.answer(thing.key)
        if answer is not None:
            return AskedOfAThing(thing, (start, end), Hit("attribute", thing.key, "", start, end), answer)
    return None


def thing_named_by_title(
    words: Sequence[str], lexicon: Lexicon, titled: Callable[[int], bool]
) -> tuple[int, int, OwnedThing] | None:
    """One of the film's things named with its own title, two title words or more right before or after its noun
    ("the song <its title>", "<its title> song"): this film's thing, whatever else the message says of it."""
    bare = [word.removesuffix("'s").removesuffix("'") for word in words]
    for start, end, thing in thing_spans(bare, lexicon):
        after = range(end, min(len(words), end + 2))
        before = range(max(0, start - 2), start)
        if any(len(side) == TITLE_WORDS_NEEDED and all(titled(i) for i in side) for side in (after, before)):
            return start, end, thing
    return None


def things_named(words: Sequence[str], lexicon: Lexicon) -> list[tuple[int, int, OwnedThing]]:
    """Where the words name owned things ("the trailer", "the song"), in text order."""
    return thing_spans(words, lexicon)


def thing_spans(words: Sequence[str], lexicon: Lexicon) -> list[tuple[int, int, OwnedThing]]:
    """Where the vocabulary's owned things are named, longest phrase first, not overlapping, in text order."""
    phrases = lexicon.owned_thing_phrases
    taken = [False] * len(words)
    found = []
    for phrase, thing in phrases:
        size = len(phrase)
        for start in range(len(words) - size + 1):
            if size and tuple(words[start : start + size]) == phrase and not any(taken[start : start + size]):
                found.append((start, start + size, thing))
                taken[start : start + size] = [True] * size
    return sorted(found, key=lambda f: f[0])


def _owner_regions(words: Sequence[str], hit: Hit) -> list[range]:
    """Where the attribute's owner may be, in order: a possessive, an "of"/"for" phrase, the subject, the object."""
    regions = []
    if hit.start and words[hit.start - 1].endswith(("'s", "s'")):
        regions.append(range(hit.start - 1, hit.start))
    if hit.end < len(words) and words[hit.end] in ("of", "for"):
        regions.append(_phrase_after(words, hit.end + 1))
    subject = _subject_before(words, hit)
    if subject is None and hit.start and not any(word in WH_WORDS for word in words[: hit.start]):
        # "theme song release date", typed as a search: the nouns before the attribute are its owner
        regions.append(range(max(0, hit.start - MAX_PHRASE_WORDS), hit.start))
    if subject:
        regions.append(subject)
        if [words[i] for i in subject] == ["it"]:
            regions.extend(_topic_before(words))  # "<the song>, when was it released?": "it" is the topic
    # the object only in a question ("how long is <X>", "who directed <X>"): in a statement ("<a> sang the theme
    # song") the attribute is said of its subject, not asked of the object
    opened = subject is not None or words[hit.start] in WH_WORDS
    if opened and (not subject or all(words[i] in SPEAKERS for i in subject)):
        # "what genre is <X>?": the copula right after the attribute opens its owner
        # (not "what music is in the trailer?", whose place phrase is the trailer's, not the music's owner)
        copula = words[hit.end : hit.end + 1] and words[hit.end] in COPULAS
        after = hit.end + 1 if copula and words[hit.end + 1 : hit.end + 2] not in PLACE_PREPOSITIONS else hit.end
        regions.append(_phrase_after(words, after))
    return regions


PLACE_PREPOSITIONS = (["in"], ["on"], ["at"], ["during"], ["inside"])


def _subject_before(words: Sequence[str], hit: Hit) -> range | None:
    """The words between the last opening word (a wh-word or an auxiliary) before the attribute and the attribute,
    or None when no opening word comes before it in reach."""
    for at in range(hit.start - 1, max(-1, hit.start - 1 - MAX_SUBJECT_WORDS), -1):
        if words[at] in WH_WORDS or words[at] in AUXILIARIES:
            return range(at + 1, hit.start)
    return None


def _topic_before(words: Sequence[str]) -> list[range]:
    """The phrase a message opens with before its first wh-word ("album <a title> when was it released?"), which a
    later "it" stands for; none when the message opens with the question."""
    opening = next((i for i, word in enumerate(words) if word in WH_WORDS), 0)
    return [range(0, opening)] if 0 < opening <= MAX_PHRASE_WORDS else []


def _phrase_after(words: Sequence[str], start: int) -> range:
    end = start
    while end < min(len(words), start + MAX_PHRASE_WORDS) and words[end] not in CLAUSE_ENDS:
        end += 1
    return range(start, end)


def _thing_heading(
    region: range, things: Sequence[tuple[int, int, OwnedThing]], words: Sequence[str], ours: Callable[[int], bool]
) -> tuple[int, int, OwnedThing] | None:
    """The first thing named in the region, when the words before it shape or name this film's ("the new",
    "the <title>") and the word right after it names no other work ("the song <another title>" is not ours)."""
    inside = [t for t in things if t[0] in region and t[1] - 1 in region]
    if not inside:
        return None
    start, end, thing = inside[0]
    before_ours = all(words[i] in PHRASE_SHAPERS or ours(i) for i in range(region.start, start))
    after = end if end in region else None
    if after is not None and words[after] in LINKING:
        # "the sequel to <X>", "the trailer of the <X>": the work named after the preposition decides
        linked = next((i for i in range(after + 1, region.stop) if words[i] not in DETERMINERS), None)
        after = linked if linked is not None else after
    named_apart = after is not None and not (
        words[after] in PHRASE_SHAPERS or ours(after) or any(t[0] == after for t in things)
    )
    return (start, end, thing) if before_ours and not named_apart else None
