"""This film compared with another work: "which came out first, <the title> or the novel?", "did <the title>
come out before <a work>?", "which movie is longer, <the title> or <a work>?", "is it longer than <a work>?".

The classifier hears a release date or a runtime and would answer this film's alone: a confident answer to a
different question. A comparison has two sides around its pivot ("or", "than", "before", "after"); one side
is this film (a title, "it", "the movie"), the other the novel, a work one of this film's people is known for
(the store holds its year, nothing else), or a title the store does not hold. What is compared is read from
the words (a release, a length, a cost). The answer compares what the store holds of both sides, and says
"I don't know" of the side it holds nothing of. Rasa-free; bot/understanding/reading.py tags the comparison
(attribute `compared:<measure>:<order>:<other>`), actions/comparisons.py answers it.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from bot.store import FactStore
from bot.understanding import named_work, proper_names
from bot.understanding.lexicon import token_spans, tokens

# The attribute's prefix, and the other side when it is the novel.
COMPARED = "compared"
NOVEL = "novel"
# What is compared, by the words that say it.
MEASURES = {
    "release": frozenset(
        """first earlier earliest sooner before after later newer older released release came come out premiered
        published""".split()
    ),
    "runtime": frozenset("longer shorter long length runtime minutes".split()),
    "cost": frozenset("cost costs budget expensive cheaper cheapest production".split()),
}
# Words that end a side before the pivot or open the question ("which movie is longer, <A> or <B>").
SIDE_BOUNDS = frozenset(
    """which what who is was did does do has have had came come out first released longer shorter earlier the
    movie film one than or before after and ,""".split()
)
# Words that point at this film or at the novel on a side.
THIS_FILM_WORDS = frozenset({"it", "this", "the movie", "the film", "this movie", "this film"})
NOVEL_WORDS = frozenset({"the novel", "the book", "novel", "book", "the original novel", "the original book"})
PIVOTS = frozenset({"or", "than", "before", "after"})
# "<A> (came out) before or after <B>?": a choice of order, read as "<A> or <B>".
EITHER_ORDER = (["before", "or", "after"], ["after", "or", "before"])
# "<A> before <B>", "<A> older than <B>" of works: whether A came out first.
ORDER_WORDS = {"before": True, "after": False}
EARLIER_THAN = {"older": True, "earlier": True, "newer": False, "later": False}
YES_NO_OPENERS = frozenset("did does do is was are were has have had".split())
MAX_SIDE_WORDS = 8


@dataclass(frozen=True)
class Compared:
    measure: str  # "release", "runtime" or "cost"
    order: str  # "first" (a choice), "film_before" or "film_after" (a yes/no about this film)
    other: str  # NOVEL, or the other work's title as the store writes it (or as typed when it lacks it)
    at: tuple[int, int]  # character span of the pivot


def attribute(compared: Compared) -> str:
    return f"{COMPARED}:{compared.measure}:{compared.order}:{compared.other}"


def parse(value: str) -> tuple[str, str, str] | None:
    """(measure, order, other) of a `compared:` attribute, or None."""
    prefix, _, rest = value.partition(":")
    measure, _, rest = rest.partition(":")
    order, _, other = rest.partition(":")
    return (measure, order, other) if prefix == COMPARED and other else None


def works_compared(text: str, store: FactStore, film_titles: Collection[str]) -> Compared | None:
    """This film against another work, or None (see the module's note)."""
    spans = token_spans(text)
    words = [text[a:b].lower() for a, b in spans]
    either = next((i for i in range(len(words) - 2) if words[i : i + 3] in EITHER_ORDER), None)
    if either is not None:  # "was the novel published before or after the movie?": which came first
        del spans[either : either + 2], words[either : either + 2]
        words[either] = "or"
    measure = next((m for m, said in MEASURES.items() if said & set(words)), None)
    pivot = next((i for i, w in enumerate(words) if w in PIVOTS), None)
    if measure is None or pivot is None or pivot == 0:
        return None
    left = _side(text, spans, words, range(pivot - 1, max(-1, pivot - 1 - MAX_SIDE_WORDS), -1), store, film_titles)
    right = _side(text, spans, words, range(pivot + 1, min(len(words), pivot + 1 + MAX_SIDE_WORDS)), store, film_titles)
    if left is None or right is None or (left == "film") == (right == "film"):
        return None  # one side must be this film, the other another work
    other = right if left == "film" else left
    if other == NOVEL and measure != "release":
        return None  # "is the movie longer than the book?": how the film adapts it (bot/understanding/novel_reading.py)
    if measure == "release" and other != NOVEL and _known_work(" ".join(tokens(other)), store) is None:
        return None  # "did it come out before Christmas?": a time, not a work; the release claims read it
    if words[pivot] == "or":
        return Compared(measure, "first", other, spans[pivot])
    if words[pivot] == "than" and measure != "release":  # "is it longer than <a work>?": the other is unknown
        return Compared(measure, "first", other, spans[pivot])
    # "did <the title> come out before <a work>?", "is <the title> older than <a work>?": a yes/no of the order
    before = ORDER_WORDS.get(words[pivot]) if words[pivot] != "than" else EARLIER_THAN.get(words[pivot - 1])
    if before is None or words[0] not in YES_NO_OPENERS:
        return None
    film_first = (left == "film") == before
    return Compared(measure, "film_before" if film_first else "film_after", other, spans[pivot])


def _side(
    text: str,
    spans: list[tuple[int, int]],
    words: list[str],
    indices: range,
    store: FactStore,
    film_titles: Collection[str],
) -> str | None:
    """What the words next to the pivot name, read outwards from it up to the question's opening: "film", NOVEL,
    or another work's title. The longest run of them that names something decides ("which movie is longer,
    <the title> or ..." names this film by its title, not by "movie")."""
    taken: list[int] = []
    for i in indices:
        if words[i] in PIVOTS or words[i] in YES_NO_OPENERS:
            break
        taken.append(i)
    taken.sort()
    runs = sorted(
        ((a, b) for a in range(len(taken)) for b in range(a + 1, len(taken) + 1)), key=lambda run: run[0] - run[1]
    )
    for a, b in runs:
        said = " ".join(words[i] for i in taken[a:b])
        found = _named(said, store, film_titles)
        if found is not None:
            return found
    for a, b in runs:  # a title the store does not hold: capitalised words, not the measure's
        run = [spans[i] for i in taken[a:b]]
        if not SIDE_BOUNDS & {words[i] for i in taken[a:b]} and _capitalised(text, run):
            return text[run[0][0] : run[-1][1]]
    return None


def _named(said: str, store: FactStore, film_titles: Collection[str]) -> str | None:
    if said in THIS_FILM_WORDS or any(said in (t, "the movie " + t, "the film " + t) for t in film_titles):
        return "film"
    if said in NOVEL_WORDS:
        return NOVEL
    return _known_work(said, store)


def _known_work(said: str, store: FactStore) -> str | None:
    """The store's title of a work one (or more) of this film's people is known for, typed as `said` (the leading
    "the movie" dropped)."""
    bare = re.sub(r"^(?:the )?(?:movie|film|book|novel|drama|series) ", "", said)
    return next(
        (work.title for work in named_work.known_works(store) if any(named_work.close_to(bare, f) for f in work.forms)),
        None,
    )


def _capitalised(text: str, spans: Sequence[tuple[int, int]]) -> bool:
    """A title the store does not hold: its words capitalised (not a sentence's first word alone), a number only
    inside it ("<Title> 2"; a year alone is no work)."""
    if not spans or not proper_names.capitalised(text, spans[0]):
        return False
    return all(proper_names.capitalised(text, span) or text[span[0] : span[1]].isdigit() for span in spans)
