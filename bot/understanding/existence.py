"""What the film has or not, asked about before the store's answer can be read.

- A count presupposes the thing counted: "how many episodes does it have?" asks of a series. When the store
  says the film is no such thing (a claim it denies), the answer is that claim's "No, …", never the attribute
  a classifier guessed for the rest of the words.
- A wh-question about a part of a thing presupposes the thing: "what season is it on?", "when does season 2 come
  out?" ask of a series's seasons. The same "No, …" answers it, never the date or platform of the film.
- "Is there a <thing> and who directed it?": "it" in the later clause is the thing whose existence was asked,
  not the film. When the store knows nothing of the thing, its "I don't know of <the thing>" answers both.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.store import FactStore
from bot.understanding import clauses
from bot.understanding.lexicon import Hit, Lexicon

COUNT_OPENER = ("how", "many")
# Parts only a series has: a wh-question about one presupposes the series.
PART_WORDS = frozenset({"season", "seasons", "episode", "episodes"})
NUMBER_WORDS = frozenset({"one", "two", "three", "four", "five"})
SEASON_ORDINALS = frozenset(
    {"first", "second", "third", "fourth", "fifth", "next", "new", "last", "latest", "final", "another", "1st", "2nd"}
)
WH_OPENERS = frozenset({"what", "whats", "what's", "which", "when", "where", "how", "who", "whos", "who's"})
# Prepositions a wh-phrase may open with ("in what episode …", "during which season …").
WH_PREPOSITIONS = clauses.WH_PREPOSITIONS | {"during"}


def wh_at(words: Sequence[str]) -> int | None:
    """Where the question's wh-word stands: first, or after its preposition ("in what episode …"); None without."""
    at = 1 if words[:1] and words[0] in WH_PREPOSITIONS else 0
    return at if len(words) > at and words[at] in WH_OPENERS else None


# A request for a list: "list the …", "name the …", "give me the …", "tell me the …".
LISTING_OPENERS = (("list",), ("name",), ("give", "me"), ("tell", "me"))


def listing_asked(words: Sequence[str]) -> bool:
    return any(tuple(words[: len(opener)]) == opener for opener in LISTING_OPENERS)


def part_asked_first(words: Sequence[str]) -> bool:
    """ "In what episode did <a character> first appear?", "which season is <a character> in?": the part asked is
    the wh-phrase itself, whoever else the question names."""
    at = wh_at(words)
    return at is not None and len(words) > at + 1 and words[at + 1] in PART_WORDS


# Works other than the film whose parts may be asked of.
OTHER_WORKS = frozenset({"novel", "novels", "book", "books", "manga", "anime", "drama", "dramas", "show", "shows"})
# Words that ask whether a thing exists: "is there a <thing>", "will there be a <thing>", "any <things>?".
EXISTENCE_WORDS = frozenset({"there", "any"})
EXISTENCE_REACH = 3  # "is there a <thing>": how far before the thing's word the existence word may stand
# Words that join a later clause to an existence question: "is there a sequel and who directed it?".
LATER_CLAUSE_JOINS = frozenset({"and", "then", "also", "so", "if"})
# Words that point back at the last thing named, which outside such a message is the film.
POINTING_BACK = frozenset({"it", "its", "that", "this"})


def counted_thing_it_lacks(words: Sequence[str], hits: Sequence[Hit], lexicon: Lexicon, store: FactStore) -> Hit | None:
    """The claim hit that the noun of "how many <noun>" names, when the store denies that claim of the film
    ("how many seasons": a series, which it is not); None for any other count."""
    if any(h.kind == "other_topic" or h.kind == "attribute" and not _showing_verb(words, h) for h in hits):
        return None  # "how many episodes are in the novel series?": something else is counted
    claims = {h.start: h for h in hits if h.kind == "claim" and lexicon.claims[h.key].holds is True}
    at = next((i + 2 for i in range(len(words) - 1) if tuple(words[i : i + 2]) == COUNT_OPENER), None)
    counted = None
    while at in claims:  # "how many anime episodes": the last noun is what is counted
        counted = claims[at]
        at = counted.end
    if counted is None:
        return None
    section, _, name = lexicon.claims[counted.key].fact.rpartition(".")
    fact = (store.novel if section == "novel" else store.film).get(name)
    if fact is None or fact.unknown or fact.value is not False:
        return None  # a count the store may hold, or cannot deny
    return counted


def _showing_verb(words: Sequence[str], hit: Hit) -> bool:
    """ "How many seasons have been released?": a verb of showing asks nothing besides the count."""
    return set(words[hit.start : hit.end]) <= SHOWING_WORDS


# Verbs of getting to see the film: a question with one asks where, whatever parts it presupposes.
WATCHING_VERBS = frozenset({"watch", "stream", "download", "see", "find"})


def part_of_what_it_lacks(words: Sequence[str], hits: Sequence[Hit], lexicon: Lexicon, store: FactStore) -> Hit | None:
    """The claim hit of a part only a kind of work has ("season", "episode": a series's), asked of by a wh-question,
    when the store denies the film is that kind; None otherwise (a yes/no question is the claim's own reader's)."""
    # "in what episode did <a character> first appear?": the wh-phrase may follow its preposition; "list the episode
    # titles" asks as a wh-question does
    if (wh_at(words) is None and not listing_asked(words)) or any(h.kind == "other_topic" for h in hits):
        return None
    if set(words) & OTHER_WORKS:
        return None  # "how many seasons does the anime of the novel have?": another work's parts
    if set(words) & WATCHING_VERBS and words[:2] != ["how", "many"]:
        return None  # "where can I watch all episodes?": where to see it is asked (its card says it is a film)
    for hit in hits:
        if hit.kind != "claim" or lexicon.claims[hit.key].holds is not True:
            continue
        if hit.phrase not in PART_WORDS and not (hit.phrase == "series" and _numbered_season(words, hit)):
            continue  # "the first series of <the title>": a season, as the British say
        if hit.phrase.startswith("season") and not _numbered_season(words, hit):
            continue  # "what season is the movie set in?": a time of year
        if words[hit.start - 1 : hit.start] in (["this"], ["that"]) and not part_asked_first(words):
            continue  # "who wrote the storyline of this episode?": the work pointed at, its part not asked
        fact = store.film.get(lexicon.claims[hit.key].fact)
        if fact is not None and not fact.unknown and fact.value is False:
            return hit
    return None


# Prepositions that make a claim's word a place the film was shown in: "when did it come out in theaters?".
PLACE_PREPOSITIONS = frozenset({"in", "at", "into", "to"})
# Verbs of a film's release or showing, and words for films other than this one.
SHOWING_WORDS = frozenset(
    """release released releasing come came out premiere premiered premiering shown show showing screened screening
    playing played debut debuted open opened hit air aired airing""".split()
)
OTHER_FILMS = frozenset({"movies", "films", "new", "other"})
# The intent a claim of what kind of work the film is answers with ("a series"): its genre card.
KIND_OF_WORK_INTENT = "ask_genre"


def place_it_was_never_in(words: Sequence[str], hits: Sequence[Hit], lexicon: Lexicon, store: FactStore) -> Hit | None:
    """The claim hit of a place a wh-question presupposes the film was shown in ("when did it come out in
    theaters?"), when the store denies it was (no cinema release); None otherwise."""
    if wh_at(words) is None or any(h.kind == "other_topic" for h in hits):
        return None
    said = set(words)
    # the film's own showing: "when did it come out in theaters?", not "what new movies are played in cinemas?" nor
    # "how often do you go to the cinema?"
    if (
        not said & SHOWING_WORDS
        or said & OTHER_FILMS
        or not (said & POINTING_BACK or any(h.kind == "film" for h in hits))
    ):
        return None
    for hit in hits:
        claim = lexicon.claims.get(hit.key) if hit.kind == "claim" else None
        if claim is None or claim.holds is not True or claim.then == KIND_OF_WORK_INTENT:
            continue  # "what happens in the series?": a kind of work, no place
        at = hit.start - 1 if words[hit.start - 1 : hit.start] == ["the"] else hit.start
        if at < 1 or words[at - 1] not in PLACE_PREPOSITIONS:
            continue
        fact = store.film.get(lexicon.claims[hit.key].fact)
        if fact is not None and not fact.unknown and fact.value is False:
            return hit
    return None


def _numbered_season(words: Sequence[str], hit: Hit) -> bool:
    """ "season 2", "the second season", "a new season", "what season is it on": a series's season."""
    before, after = words[hit.start - 1 : hit.start], words[hit.end : hit.end + 1]
    numbered = bool(after) and (after[0].isdigit() or after[0] in NUMBER_WORDS)
    return numbered or bool(set(before) & SEASON_ORDINALS) or words[-1:] == ["on"]


def unknown_thing_pointed_back_at(
    words: Sequence[str], hits: Sequence[Hit], clause_starts: Sequence[int], lexicon: Lexicon, store: FactStore
) -> tuple[Hit, str] | None:
    """The thing (its hit and topic) whose existence the message asks and the store knows nothing of, when a
    later clause points back at it ("is there a sequel? who directed it?"); None when the later clause names the
    film ("… who directed the film?") or there is no later clause."""
    for hit in hits:
        topic = lexicon.attributes[hit.key].entity.get("topic") if hit.kind == "attribute" else None
        if topic is None or not EXISTENCE_WORDS & set(words[max(0, hit.start - EXISTENCE_REACH) : hit.start]):
            continue
        fact = store.film.get(str(topic))
        if fact is None or not fact.unknown:
            continue
        after = words[hit.end :]
        join = next((i for i, word in enumerate(after) if word in LATER_CLAUSE_JOINS), None)
        if join is None and hit.end not in clause_starts:
            return None  # "is there a sequel to it?": one clause
        later = after[join + 1 :] if join is not None else after
        film_named = any(h.kind == "film" and h.start >= hit.end and h.phrase not in POINTING_BACK for h in hits)
        if film_named or not POINTING_BACK & set(later):
            return None
        return hit, str(topic)
    return None
