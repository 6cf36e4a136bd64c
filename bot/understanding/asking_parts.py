"""Every asking part of a message answered or declared unknown.

"What sort of movie is it and which theater is best?", "how much are tickets? what type of movie is it?": the
reader splits a message into its request clauses and reads each alone (reading._questions_left). A clause the
reader cannot place alone (no attribute word it knows, no name) used to be dropped silently while another
clause was answered. Such a clause still asks something, and its structure says what:

- *where* to see it, when it names a cinema ("which theater is best", "the address of the theater"): the film
  is on a streaming service and had no cinema release, which the where-to-watch answer says;
- *how long* the film itself lasts ("how long does the movie run", "how long is it going to be"): the runtime;
- *when* the film itself starts or is shown ("when does it start", "when will it be showing"): the release date,
  since it premiered on a streaming service and has no show times;
- *how much* with nothing else asked, or with a word of paying ("how much?", "how much are tickets"): the
  price, which the store does not hold;
- otherwise the clause's head noun ("is there a trailer", "which snacks are sold"): declared unknown by name.

A clause whose words leave nothing asked ("and you?") is left as it was. Rasa-free: the reader adds what this
module returns as the clause's part (an `also_ask` with the attribute over its words).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

# Places to see a film in: asked of this film, the answer is where it streams (it had no cinema release).
CINEMA_WORDS = frozenset({"theater", "theaters", "theatre", "theatres", "cinema", "cinemas", "imax"})
# Verbs and words of the film lasting: "how long does the movie run", "how long is it going to be".
LASTING_WORDS = frozenset({"run", "runs", "last", "lasts", "be", "going", "go", "goes", "is", "was", "will", "does"})
# Words that point at this film in a clause of its own.
FILM_SUBJECT = frozenset({"it", "this", "that", "the", "movie", "film", "flick", "one", "thing", "to"})
# Words of paying: "how much are tickets", "how much does a ticket cost".
PAYING_WORDS = frozenset(
    {"ticket", "tickets", "cost", "costs", "pay", "price", "admission", "rent", "rental", "charge", "fee", "fare"}
)
# Words that ask nothing by themselves: openers, auxiliaries, pronouns, articles, politeness.
FUNCTION_WORDS = frozenset(
    """what what's whats which who whose where when how why is are was were be been do does did can could will
    would should has have had there there's it its it's this that these those the a an of for to in on at me us
    you u i we please tell give get show find let know kindly also and then plus so just any some about like
    much many long best good nice better one""".split()
)
# Nouns that name this film itself, no attribute: "what is this movie", "the film".
FILM_NOUNS = frozenset({"movie", "movies", "film", "films", "flick"})
MAX_HEAD_WORDS = 3
# The speakers: a clause about them ("what do you think", "what should i watch for") asks no noun of the film.
SPEAKERS = frozenset({"you", "u", "i", "we", "i'm", "im", "you're", "youre", "we're", "me", "us", "my", "your"})
# Openers of a clause that asks for a thing by its noun: "what is the address", "is there a trailer".
NOUN_OPENERS = frozenset(
    {"what", "what's", "whats", "which", "is", "are", "any", "does", "do", "tell", "give", "can", "could", "where"}
)

# Verbs of a film starting or being shown: "when does it start", "when will it be showing", "when is it out".
SHOWING_WORDS = frozenset(
    {"start", "starts", "begin", "begins", "show", "showing", "shown", "play", "playing", "air", "airing", "out"}
    | {"come", "comes", "coming", "open", "opens", "premiere", "premieres", "released", "release"}
)

# Verbs of the film being made: "when did they make it", "when was it shot" (a later clause borrowing the film from
# the first): the release date, as the classifier reads the same question alone.
MAKING_WORDS = frozenset({"make", "made", "making", "shoot", "shot", "film", "filmed", "produce", "produced"})
AUXILIARIES = frozenset({"did", "do", "was", "were", "has", "have", "had"})
# Pronouns a later clause borrows its subject with ("... and when did they start writing"): no noun asked.
BORROWED_SUBJECTS = frozenset({"they", "he", "she", "them", "him", "her", "their", "his"})

WHERE_TO_WATCH = "ask_where_to_watch"
RELEASE_DATE = "ask_release_date"
RUNTIME = "ask_runtime"
UNHELD = "ask_fact"
PRICE = "price"
ASKED = "asked"


@dataclass(frozen=True)
class Unplaced:
    """What an unplaced clause asks: the intent answering it, and the attribute (with its word span, relative
    to the clause) when the answer is "I don't know <that>"."""

    intent: str
    attribute: str | None = None
    start: int = 0
    end: int = 0


def unplaced(clause: Sequence[str], bare: bool = False) -> Unplaced | None:
    """What a request clause the reader could not place asks (see the module's docstring), or None when its
    words ask nothing by themselves. A `bare` clause is a noun phrase asked with a question mark and no opener
    ("Address of theater?", "Price of rental?"): only a cinema or a word of paying places it."""
    words = [w.lower() for w in clause]
    if CINEMA_WORDS & set(words):
        return Unplaced(WHERE_TO_WATCH)
    if bare:
        return Unplaced(UNHELD, PRICE, 0, len(words)) if PAYING_WORDS & set(words) else None
    if (
        words[:1] == ["when"]
        and (SHOWING_WORDS | MAKING_WORDS) & set(words)
        and set(words[1:])
        <= SHOWING_WORDS | MAKING_WORDS | LASTING_WORDS | AUXILIARIES | FILM_SUBJECT | BORROWED_SUBJECTS
    ):
        return Unplaced(RELEASE_DATE)  # no show times: the film premiered on a streaming service
    if words[:1] == ["where"] and set(words[1:]) <= LASTING_WORDS | FILM_SUBJECT and "it" in words:
        return Unplaced(WHERE_TO_WATCH)  # "where is it", a later clause of the film: where it streams
    if words[:1] == ["when"]:
        # "... and when did they start writing": a time the store does not give, asked by its verb
        head = [i for i, w in enumerate(words) if w not in FUNCTION_WORDS | FILM_NOUNS | BORROWED_SUBJECTS]
        if head and len(head) <= MAX_HEAD_WORDS and head[-1] - head[0] < MAX_HEAD_WORDS:
            return Unplaced(UNHELD, ASKED, head[0], head[-1] + 1)
        return None
    how = _how_at(words)
    if how is not None and words[how + 1] == "long" and set(words[how + 2 :]) <= LASTING_WORDS | FILM_SUBJECT:
        return Unplaced(RUNTIME)
    if how is not None and words[how + 1] == "much":
        rest = set(words[how + 2 :])
        if rest <= FUNCTION_WORDS | FILM_SUBJECT or rest & PAYING_WORDS:
            return Unplaced(UNHELD, PRICE, how, len(words))
    if how is not None or words[0] not in NOUN_OPENERS:
        return None  # "how did it do": a manner or degree; "who …": a person, not a noun asked
    asked = _after_request(words)
    if SPEAKERS & set(words[asked:]):
        return None  # "what do you think", "what should i know": about the speakers, no noun of the film
    head = [i for i, w in enumerate(words) if w not in FUNCTION_WORDS and w not in FILM_NOUNS]
    if not head or len(head) > MAX_HEAD_WORDS or head[-1] - head[0] >= MAX_HEAD_WORDS:
        return None  # nothing asked by name, or a clause too long to be one noun asked
    return Unplaced(UNHELD, ASKED, head[0], head[-1] + 1)


def _after_request(words: Sequence[str]) -> int:
    """Where a clause's question starts after a request ("can you tell me", "could u give us"), else 0."""
    at = 0
    if words[:1] and words[0] in ("can", "could", "would", "will") and words[1:2] and words[1] in ("you", "u"):
        at = 2
    if words[at : at + 1] and words[at] in ("tell", "give", "show", "find", "get"):
        at += 1 + (words[at + 1 : at + 2] in (["me"], ["us"]))
    return at


def _how_at(words: Sequence[str]) -> int | None:
    at = next((i for i, w in enumerate(words) if w == "how"), None)
    return at if at is not None and at + 1 < len(words) else None
