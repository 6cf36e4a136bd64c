"""Clues inside a question: appositives, participial phrases and relative clauses (issue 10, round 14).

Quiz questions carry clues inside the question, set off by commas or as reduced relative clauses: "What is <an
attribute> of <a character>, portrayed by <an actor> in <the title>?", "Who played the lead in <the title>, the
<year> movie based on the novel?", "<a person>, who plays <a role> in <the title>, was born where?", "Who wrote
the novel <the title> which sold <n> copies?", "Who plays <a role> in <the title> directed by <a person>?". The
question is split into its asking clause and its clue phrases (`find`):

- what is asked is read from the asking clause only: reading.read blanks the clue spans, as it blanks a clue
  sentence before the question and remarks beside it, so that a clue's words ("portrayed by", "novel", "sold")
  lend nothing to the answer;
- every clue is checked against the store (`contradiction`): a year, service, genre or nationality of the film,
  "<a character>, played by <a person>", "<a person>, who plays <a role>", "directed/written by <a person>", "a
  novel by <a person>", "starring <a person>", a capitalised name the store does not hold, a sales figure. A clue
  that contradicts the store is another film's (bot/nlu_frame.py: "I don't know" when the message names this
  film or its people, else the refusal); a clue the store cannot decide is left aside.

Only wh-questions are split: in a yes/no question ("is <the title> directed by <a person>?") the clue is what is
asked. A clause that defines its noun ("the character played by <a person>", "the actress who plays <a role>")
is what is asked, never a clue: without a comma, only a clue after a name or a film noun is one. Rasa-free.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from bot.japanese import has_japanese
from bot.store import FactStore
from bot.understanding import coverage, described_film, proper_names
from bot.understanding.lexicon import Lexicon, token_spans, tokens

WH_WORDS = described_film.QUESTION_WORDS | frozenset({"what's", "whats", "who's", "whos"})
# Participles that open a clue with a name or a work after "by", "on" or "from": ", portrayed by <a>", "based on".
PARTICIPLES = frozenset(
    """played portrayed voiced directed written penned produced composed scored created based adapted made
    published released""".split()
)
# Verbs of acting: a clue with one says who plays whom ("<a character>, played by <a>", "<a>, who plays <b>").
ACTING_VERBS = frozenset({"played", "portrayed", "voiced"})
PLAYING_VERBS = frozenset({"plays", "played", "portrays", "portrayed", "playing", "portraying", "voices", "voiced"})
PARTICIPLE_LINKS = frozenset({"by", "on", "from", "in"})
# Participles that take the names right after them: ", starring <a> and <b>".
STARRING = frozenset({"starring", "featuring", "feat"})
RELATIVES = frozenset({"who", "which", "whose"})
APPOSITIVE_DETERMINERS = frozenset({"the", "a", "an"})
# Nouns an appositive names a work or a person by: ", the <year> movie based on …", ", a character from …".
KIND_NOUNS = (
    described_film.FILM_HEADS
    | described_film.GENRE_WORDS
    | frozenset(
        """anime adaptation novel book story character girl boy painter artist actor actress director screenwriter
    writer novelist author composer singer model idol student teenager nurse doctor heroine hero""".split()
    )
)
# The nouns of KIND_NOUNS that name a work, not a person: a "who" after them opens no relative clause.
WORK_NOUNS = described_film.GENRE_WORDS | frozenset({"anime", "adaptation", "novel", "book", "story"})
# Where a comma-less relative clause ends: the main verb of the asking clause ("<a> who plays <b> was born when").
MAIN_VERBS = frozenset({"is", "was", "are", "were", "has", "had", "did", "does", "can", "will", "would"})
# The words of the asking clause before a participle that make it the main verb ("was it directed by …").
BE_WORDS = frozenset({"is", "was", "are", "were", "be", "been", "being", "it", "get", "got", "has", "had", "have"})
GENERIC_FILM_WORDS = frozenset({"it", "its", "this", "that", "the", "a", "one", "film", "movie", "picture", "flick"})
# A comma, a bracket, a sentence's end (between words: a figure's comma is none, see `separator`).
OPENING_MARKS = re.compile(r"[,(]")
CLOSING_MARKS = re.compile(r"[,)]|[.!?;:](?:\s|$)")
# How far after a determiner an appositive's noun may stand: ", the <year> Japanese Netflix romance movie".
MAX_APPOSITIVE_MODIFIERS = 5
MIN_WORDS = 6


@dataclass(frozen=True)
class Clue:
    kind: str  # participle | starring | relative | appositive | setting
    start: int  # token positions of the clue, [start, end)
    end: int
    chars: tuple[int, int]  # its characters in the message


@dataclass(frozen=True)
class _Message:
    text: str
    words: list[str]
    spans: list[tuple[int, int]]
    named: frozenset[int]  # token positions inside a name of the store, the film's title or a capitalised name
    titles: frozenset[int]  # token positions inside the film's title

    def someone(self, at: int) -> bool:
        """A person's or a character's name ends at token `at` (not the title): "who" and "played by" describe
        only them."""
        return at in self.named and at not in self.titles

    def separator(self, at: int) -> str:
        """The characters between token `at - 1` and token `at` (or the message's end)."""
        start = self.spans[at - 1][1] if at > 0 else 0
        between = self.text[start : self.spans[at][0] if at < len(self.spans) else len(self.text)]
        inside = 0 < at < len(self.words) and self.words[at - 1].isdigit() and self.words[at].isdigit()
        if between in (",", ".") and inside:
            return ""  # inside a figure: "620,000"
        return between


def _message(text: str, entities: list[dict[str, Any]], lexicon: Lexicon) -> _Message:
    lowered = text.lower().replace("\u2019", "'")
    spans = token_spans(text) if len(lowered) == len(text) else []
    words = [lowered[a:b] for a, b in spans]
    # the film's title, not "it" or "the film": a clue after those may say which part of it is meant
    titles = {
        i
        for h in lexicon.find(words, ("film",))
        if not set(tokens(h.phrase)) <= GENERIC_FILM_WORDS
        for i in range(h.start, h.end)
    }
    named = set(titles)
    for entity in entities:
        if entity.get("entity") in ("person", "character"):
            start, end = int(entity.get("start", -1)), int(entity.get("end", -1))
            named.update(i for i, (a, b) in enumerate(spans) if start <= a and b <= end)
    named.update(
        i
        for i, span in enumerate(spans)
        if i
        and proper_names.capitalised(text, span)
        and words[i] not in coverage.FUNCTION_WORDS
        and not re.search(r"[.!?]\s*$", text[: span[0]])  # "…? And who made it?": a sentence's first word
    )
    return _Message(text, words, spans, frozenset(named), frozenset(titles))


def find(text: str, entities: list[dict[str, Any]], lexicon: Lexicon) -> list[Clue]:
    """The clue phrases of a wh-question, in message order; [] when the message is no such question."""
    if has_japanese(text):
        return []
    message = _message(text, entities, lexicon)
    words = message.words
    if len(words) < MIN_WORDS or not WH_WORDS & set(words):
        return []
    if _asks_for_a_film(words):
        return []  # "Which is the film directed by <a>, produced by <b>?": the clues describe the film asked for
    setting = book_setting(message)
    clues: list[Clue] = [setting] if setting is not None else []
    at = setting.end if setting is not None else 1
    while at < len(words):
        # a clue right after another describes what that one did: "<a>, a character from <the title>, portrayed
        # by <b>, …"
        chained = next((c for c in clues if c.end == at and message.someone(c.start - 1)), None)
        clue = _clue_at(message, at, chained is not None)
        if clue is None:
            at += 1
            continue
        clues.append(clue)
        at = clue.end
    # the asking clause is what is left in each clue's sentence: it asks with a wh-word of its own, or the
    # relative-looking clause was the question ("<the title> who directed it"), or the sentence asks nothing
    # and its clues are the conversation's ("It was directed by <a> who is good.")
    while True:
        silent = [c for c in clues if not WH_WORDS & set(_outside(_sentence_of(message, c.start), clues))]
        if not silent:
            return clues
        sentence = _sentence_of(message, silent[0].start)
        relatives = [c for c in clues if c.kind == "relative" and sentence[c.start] is not None]
        clues.remove(relatives[-1] if relatives else silent[0])


# Nouns of the book a leading phrase sets the question in: "In the novel <title> by <b>, who is <a character>?".
SETTING_BOOKS = frozenset({"novel", "novels", "book", "books"})
# How long a leading setting phrase may be: "In the novel <title> by Japanese author <b>," (a longer one tells).
MAX_SETTING_WORDS = 12


def book_setting(message: _Message) -> Clue | None:
    """ "In the novel <title> by <b>, who is <a character>?", "In <b>'s book, what club is <a> in?": a leading
    "in" phrase naming the book says where the asked thing is, not what is asked; the clause after its comma,
    opened by a wh-word, asks."""
    words = message.words
    if len(words) < 2 or words[0] != "in":
        return None
    end = _marked_end(message, 1)
    if not 1 < end <= MAX_SETTING_WORDS or end >= len(words) or "," not in message.separator(end):
        return None
    inside = {word.removesuffix("'s") for word in words[1:end]}
    if not SETTING_BOOKS & inside or WH_WORDS & inside or words[end] not in WH_WORDS:
        return None
    return Clue("setting", 0, end, (message.spans[0][0], message.spans[end - 1][1]))


def _outside(words: Sequence[str | None], clues: list[Clue]) -> list[str]:
    return [w for i, w in enumerate(words) if w is not None and not any(c.start <= i < c.end for c in clues)]


SENTENCE_ENDS = re.compile(r"[.!?]")


def _sentence_of(message: _Message, at: int) -> list[str | None]:
    """The words of the sentence token `at` is in, the others None (positions kept)."""
    starts = [0, *(i for i in range(1, len(message.words)) if SENTENCE_ENDS.search(message.separator(i)))]
    start = max(s for s in starts if s <= at)
    end = min([s for s in starts if s > at] or [len(message.words)])
    return [w if start <= i < end else None for i, w in enumerate(message.words)]


# How close after the first wh-word a film noun makes the question one for a film ("which is the film …").
FILM_ASKED_WITHIN = 4


def _asks_for_a_film(words: list[str]) -> bool:
    """ "Which is the film directed by <a>, produced by <b>?", "what movie, starring <a>, …": the clues describe
    the film asked for (described_film.py reads them), none is beside the question."""
    first = next((i for i, w in enumerate(words) if w in WH_WORDS), None)
    return first is not None and bool(described_film.FILM_HEADS & set(words[first + 1 : first + 1 + FILM_ASKED_WITHIN]))


def _clue_at(message: _Message, at: int, chained: bool = False) -> Clue | None:
    words, word, before = message.words, message.words[at], message.words[at - 1]
    following = words[at + 1] if at + 1 < len(words) else ""
    marked = bool(OPENING_MARKS.search(message.separator(at)))
    if marked and before not in coverage.FUNCTION_WORDS:
        if word in ACTING_VERBS | PLAYING_VERBS and not (chained or message.someone(at - 1)):
            # "the girl in the film, played by <a>", "the mother in <the title>, played by <a>": who plays her says
            # whom the question is about
            return None
        if word in PARTICIPLES and following in PARTICIPLE_LINKS:
            kind = "participle"
        elif word in STARRING:
            kind = "starring"
        elif word in RELATIVES and _relative_head(message, at):
            # after a name or a noun of a work or a person ("<the title>, which …", "the novel, which …"); after
            # another word it asks ("doesn't matter what language, who directed it")
            if (at - 1) not in message.named and PLAYING_VERBS & set(words[at + 1 : at + 3]):
                return None  # "the girl, who plays her?": who plays her is what is asked
            kind = "relative"
        elif word in APPOSITIVE_DETERMINERS and (at - 1) in message.named and _kind_noun_after(words, at + 1):
            kind = "appositive"
        else:
            return None
        end = _marked_end(message, at + 1)
        return _clue(message, kind, at, end)
    if marked or not _names_a_work_or_someone(message, at - 1):
        return None
    if word in PARTICIPLES and following == "by" and before not in BE_WORDS:
        end = _name_end(message, at + 2)
        return _clue(message, "participle", at, end) if end > at + 2 else None
    if word in STARRING:
        end = _name_end(message, at + 1)
        return _clue(message, "starring", at, end) if end > at + 1 else None
    if word in RELATIVES and _relative_head(message, at) and (at - 1) in message.named and following not in WH_WORDS:
        verb = next((i for i in range(at + 2, len(words)) if words[i] in MAIN_VERBS), None)
        if verb is None and not _asked_before(message, at):
            return None  # "any idea where <a> who worked on it came from": the question's verb is in the clause
        end = verb if verb is not None else _marked_end(message, at + 1)
        return _clue(message, "relative", at, end)
    return None


def _clue(message: _Message, kind: str, start: int, end: int) -> Clue | None:
    """A clue over [start, end) that asks nothing itself: no wh-word but its own relative opener."""
    inside = message.words[start + 1 if kind == "relative" else start : end]
    if end <= start + 1 or WH_WORDS & set(inside):
        return None
    return Clue(kind, start, end, (message.spans[start][0], message.spans[end - 1][1]))


def _marked_end(message: _Message, at: int) -> int:
    """The token where a clue opened by a comma ends: the next comma, bracket or sentence end."""
    return next(
        (i for i in range(at, len(message.words)) if CLOSING_MARKS.search(message.separator(i))), len(message.words)
    )


def _name_end(message: _Message, at: int) -> int:
    """Where the names after "by" or "starring" end: "<a> and <b>", up to a function word or a mark."""
    end = at
    while end < len(message.words) and not (end > at and CLOSING_MARKS.search(message.separator(end))):
        word = message.words[end]
        if word == "and" and end + 1 < len(message.words) and end + 1 in message.named:
            end += 1
            continue
        if word in coverage.FUNCTION_WORDS or word in WH_WORDS:
            break
        end += 1
    return end


# Relatives of people, and of things: "<the title>, who is the director" asks.
PERSON_RELATIVES = frozenset({"who", "whose"})


def _relative_head(message: _Message, at: int) -> bool:
    """What a relative clause at `at` may describe: "who" a person's or a character's name or a noun of a person,
    "which" a name or a noun of a work or a person."""
    before = message.words[at - 1]
    if message.words[at] in PERSON_RELATIVES:
        # "who" describes a person, never a work: "who wrote the book, who directed it" asks a second question
        return message.someone(at - 1) or before in KIND_NOUNS - described_film.FILM_HEADS - WORK_NOUNS
    return (at - 1) in message.named or before in KIND_NOUNS


def _asked_before(message: _Message, at: int) -> bool:
    """A whole question before token `at`: a wh-word, then a word of its own besides names and function words
    ("who wrote the novel <the title> which …"), not only a name ("where <a> who …")."""
    wh = next((i for i in range(at) if message.words[i] in WH_WORDS), None)
    return wh is not None and any(
        i not in message.named and message.words[i] not in coverage.FUNCTION_WORDS for i in range(wh + 1, at)
    )


def _names_a_work_or_someone(message: _Message, at: int) -> bool:
    """A clue without a comma describes a name ("<the title> directed by …", "<a person> who plays …"); after a
    noun it defines what is asked ("the character played by …", "the first film directed by …")."""
    return at >= 0 and at in message.named


def _kind_noun_after(words: list[str], at: int) -> bool:
    """ "the <year> movie", "a Japanese actress": a noun of a work or a person after a few describing words."""
    for i in range(at, min(len(words), at + MAX_APPOSITIVE_MODIFIERS + 1)):
        if words[i] in KIND_NOUNS:
            return True
        if words[i] in coverage.FUNCTION_WORDS:
            return False
    return False


# The credits a "<participle> by <a person>" clue names: "directed by" the director, "a novel by" its author.
CREDIT_VERBS = {
    "directed": ("director",),
    "written": ("screenplay", "author"),
    "penned": ("screenplay", "author"),
    "composed": ("music",),
    "scored": ("music",),
    "produced": ("producer", "executive_producer", "production_company"),
    "novel": ("author",),
    "book": ("author",),
    "story": ("author", "screenplay"),
    "music": ("music",),
}
# Words that make a clue one about sales ("which sold <n> copies"): its figure must be the store's.
SALES_WORDS = frozenset({"sold", "copies", "selling"})
NUMBER = re.compile(r"\d[\d,.]*")
SCALE_WORDS = {"thousand": 1_000, "million": 1_000_000, "millions": 1_000_000, "billion": 1_000_000_000}


def contradiction(text: str, entities: list[dict[str, Any]], store: FactStore, lexicon: Lexicon) -> str | None:
    """The words of the first clue that does not fit the store, or None when every clue fits or cannot be
    decided."""
    clues = find(text, entities, lexicon)
    message = _message(text, entities, lexicon)
    if not clues and _leading_sentence(message) is None:
        return None
    known = coverage.film_vocabulary(store, lexicon) | coverage.known_work_words(store)
    unknown = proper_names.unknown_names(
        text,
        message.words,
        message.spans,
        lambda i: False,
        known,
        lexicon.ordinary_names,
        proper_names.store_names(store),
    )
    leading = _leading_sentence(message)
    for clue in [*([leading] if leading is not None else []), *clues]:
        if any(name.start < clue.start <= name.end for name in unknown):
            continue  # "<someone the store does not hold>, the main character in <another film>": theirs
        said = text[clue.chars[0] : clue.chars[1]]
        if any(clue.start <= name.start < clue.end for name in unknown):
            return said  # "from a novel by <a writer the store does not hold>"
        if _against(message, clue, entities, store, lexicon):
            return said
    return None


def _against(message: _Message, clue: Clue, entities: list[dict[str, Any]], store: FactStore, lexicon: Lexicon) -> bool:
    words = message.words[clue.start : clue.end]
    titled = bool(set(range(clue.start, clue.end)) & _title_positions(message, lexicon))
    if clue.kind != "setting" and (titled or _about_the_film(message, clue, lexicon)):
        # (a book's setting says the book's year, not the film's: "in the 2021 novel <title>, …")
        # a year, service, nationality or genre said of this film: "<the title>, the <year> anime based on …"
        if any(described_film.clue_against(word, store) for word in words):
            return True
    named = _named_in(message, clue, entities, store)
    head = _head(message, clue, entities, store)
    for i, word in enumerate(words[:-1]):
        if words[i + 1] != "by":
            continue
        people = [person for at, person in named if at > clue.start + i + 1]
        if not people:
            continue
        if word in ACTING_VERBS:
            if head[0] == "character" and people[0] not in {c.actor for c in store.actor_of(head[1])}:
                return True  # "<a character>, played by <someone who plays another>"
            if not store.roles_of(people[0]):
                return True
        roles = CREDIT_VERBS.get(word)
        if roles is not None and not any(_credited(store, role, people[0]) for role in roles):
            return True  # "directed by <the screenwriter>"
    if clue.kind == "starring":
        return any(not store.roles_of(person) for _, person in named)
    if clue.kind == "relative" and head[0] == "person" and PLAYING_VERBS & set(words[:3]):
        role = _role_in(message, clue, entities, store, lexicon)
        if role is not None and head[1] not in {c.actor for c in store.actor_of(role)}:
            return True  # "<a person>, who plays <another's role>"
    return bool(SALES_WORDS & set(words)) and _sales_against(message.text[clue.chars[0] : clue.chars[1]], store)


SENTENCE_BREAK = re.compile(r"[.!]\s")
CLUE_SENTENCE_OPENERS = frozenset({"this", "the"})


def _leading_sentence(message: _Message) -> Clue | None:
    """ "This <year> <genre> film was directed by <a>. Who wrote its screenplay?": sentences of clues about the
    film ("this"/"the", at most three describing words, a film noun) before a wh-question (reading.py blanks them
    as a clue before the question; here they are checked)."""
    words = message.words
    if not words or words[0] not in CLUE_SENTENCE_OPENERS:
        return None
    breaks = [i for i in range(1, len(words)) if SENTENCE_BREAK.search(message.separator(i))]
    noun = next((i for i, w in enumerate(words[:5]) if w in described_film.FILM_HEADS), None)
    if not breaks or noun is None or not WH_WORDS & set(words[breaks[-1] :]):
        return None
    if WH_WORDS & set(words[: breaks[-1]]) or set(words[1:noun]) & coverage.FUNCTION_WORDS:
        return None
    return Clue("sentence", 0, breaks[-1], (message.spans[0][0], message.spans[breaks[-1] - 1][1]))


def _title_positions(message: _Message, lexicon: Lexicon) -> set[int]:
    return {
        i
        for h in lexicon.find(message.words, ("film",))
        if h.phrase not in FILM_POINTERS
        for i in range(h.start, h.end)
    }


FILM_POINTERS = frozenset({"it", "its", "that", "this", "that one", "this one"})


def _about_the_film(message: _Message, clue: Clue, lexicon: Lexicon) -> bool:
    """The clue describes this film: it follows the title or a film noun ("This <year> film, which …")."""
    before = clue.start - 1
    if clue.kind == "sentence":
        return True
    return before in _title_positions(message, lexicon) or message.words[before] in described_film.FILM_HEADS


def _named_in(message: _Message, clue: Clue, entities: list[dict[str, Any]], store: FactStore) -> list[tuple[int, str]]:
    """(token position, person id) of the store's people the clue names, by the entity rules' tags or, in
    lower-case typing the tags missed, by the name matching."""
    found: list[tuple[int, str]] = []
    for entity in entities:
        if entity.get("entity") != "person":
            continue
        at = _token_of(message, int(entity.get("start", -1)))
        if at is None or not clue.start <= at < clue.end:
            continue
        match = store.resolve(str(entity.get("value")), ("person",))
        if match:
            found.append((at, match[0].id))
    return sorted(found)


def _token_of(message: _Message, char: int) -> int | None:
    return next((i for i, (a, b) in enumerate(message.spans) if a <= char < b), None)


def _head(message: _Message, clue: Clue, entities: list[dict[str, Any]], store: FactStore) -> tuple[str, str]:
    """What the clue describes: ("character" | "person", id) when the word before it ends a name of the store's,
    else ("", "")."""
    if clue.start == 0:
        return "", ""
    before = message.spans[clue.start - 1]
    for entity in entities:
        kind = entity.get("entity")
        if kind not in ("person", "character") or not int(entity.get("start", -1)) <= before[0] < int(
            entity.get("end", -1)
        ):
            continue
        match = store.resolve(str(entity.get("value")), (str(kind),))
        if match:
            return str(kind), match[0].id
    return "", ""


def _role_in(
    message: _Message, clue: Clue, entities: list[dict[str, Any]], store: FactStore, lexicon: Lexicon
) -> str | None:
    """The character a "who plays <a role>" clause names: a character, or "<a character>'s <relation>" when the
    store holds exactly one such relative."""
    for entity in entities:
        if entity.get("entity") != "character":
            continue
        at = _token_of(message, int(entity.get("start", -1)))
        if at is None or not clue.start <= at < clue.end:
            continue
        match = store.resolve(str(entity.get("value")), ("character",))
        if not match:
            continue
        last = _token_of(message, int(entity.get("end", 0)) - 1)
        after = [h for h in lexicon.find(message.words, ("relation",)) if last is not None and h.start == last + 1]
        if not after:
            return match[0].id
        related = store.related(match[0].id, (after[0].key,))
        return related[0].object if len(related) == 1 else None
    return _typed_role(message, clue, store, lexicon)


def _typed_role(message: _Message, clue: Clue, store: FactStore, lexicon: Lexicon) -> str | None:
    """ "who plays <a>s mother": a character's name typed without capitals or apostrophe, which the entity
    rules miss, read by exact name and the relation word after it."""
    words = message.words
    relations = {h.start: h.key for h in lexicon.find(words, ("relation",))}
    for at in range(clue.start + 1, clue.end):
        word = words[at]
        if word in coverage.FUNCTION_WORDS or len(word) < MIN_NAME_LETTERS:
            continue
        for form in dict.fromkeys((word.removesuffix("'s"), word.removesuffix("s"))):
            match = [m for m in store.resolve(form, ("character",)) if m.score >= EXACT]
            if len(match) != 1:
                continue
            if at + 1 not in relations:
                return match[0].id
            related = store.related(match[0].id, (relations[at + 1],))
            return related[0].object if len(related) == 1 else None
    return None


MIN_NAME_LETTERS = 4
EXACT = 100.0


def _credited(store: FactStore, role: str, person: str) -> bool:
    if role == "author":
        author = store.novel.get("author")
        return author is not None and author.known and str(author.value) == person
    credit = store.crew.get(role)
    return credit is not None and person in credit.people


def _sales_against(said: str, store: FactStore) -> bool:
    """ "which sold <n> copies": a figure none of the store's figures (nor their alternatives) is."""
    fact = store.novel.get("copies_sold")
    if fact is None or not fact.known:
        return False
    held = {_figure(str(v)) for v in (fact.value, *(a.value for a in fact.alternatives))}
    figure = _figure(said)
    return figure is not None and figure not in held


def _figure(text: str) -> int | None:
    """The number written in words or figures: "620,000", "2 million", "two million"."""
    text = text.lower()
    found = NUMBER.search(text)
    small = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
    value: float | None = float(found.group().replace(",", "")) if found else None
    if value is None:
        value = next((float(n) for w, n in small.items() if re.search(rf"\b{w}\b", text)), None)
    if value is None:
        return None
    scale = next((s for w, s in SCALE_WORDS.items() if re.search(rf"\b{w}\b", text)), 1)
    return int(value * scale)


# The questions a clue's verb would ask on its own: the classifier, which saw the clue, may have taken its word
# for what is asked ("<a character>, played by <an actor>, …" read as the actor's other work, "… was written by
# <a>" as <a>'s works).
PEOPLE_QUESTIONS = frozenset({"ask_cast", "ask_who_plays", "ask_other_work", "ask_person"})
WORKS_OF = frozenset({"ask_other_work", "ask_person"})
LENT_QUESTIONS = {
    **dict.fromkeys(ACTING_VERBS | STARRING | PLAYING_VERBS | {"starred", "stars"}, PEOPLE_QUESTIONS),
    **dict.fromkeys(("directed", "made"), WORKS_OF | {"ask_director", "ask_crew"}),
    **dict.fromkeys(("written", "penned", "composed", "scored", "produced"), WORKS_OF | {"ask_crew", "ask_novel"}),
    **dict.fromkeys(("based", "adapted", "published", "novel", "book", "sold"), frozenset({"ask_novel"})),
    "released": frozenset({"ask_release_date"}),
}


def lent_questions(spans: list[str]) -> frozenset[str]:
    """The intents the clues' own verbs and nouns would ask: "portrayed by" the cast, "based on" the novel."""
    return frozenset(question for span in spans for word in tokens(span) for question in LENT_QUESTIONS.get(word, ()))
