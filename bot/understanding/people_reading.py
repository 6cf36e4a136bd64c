"""Reading questions about the film's people and characters (cast, who plays whom).

Each rule decides from the question's own structure (the wh-form, a play verb, the kind of answer
asked for) which people intent fits, so that the answer is never a fact of another kind:
- "who starred in the movie?" with nobody named is the cast of this film, not another person's work;
- "who played <a name the store does not hold>?" is "I don't know" naming it, never the main cast;
- "what is the name of the character played by <an actor>?" asks for a character, not the title;
- "what actor played the role of <a character>?" asks for an actor, not a crew credit.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from rapidfuzz.distance import OSA

from bot.store import FactStore
from bot.understanding import award_named, work_asked
from bot.understanding.clauses import PERSON_POINTERS
from bot.understanding.lexicon import tokens

# Verbs and nouns that make "who <verb> X" a question about who plays X.
PLAY_VERBS = frozenset({"play", "plays", "played", "playing", "portray", "portrays", "portrayed", "portraying"})
# Words after "who <play verb>" that introduce the film or a role, not a character's name.
ROLE_OPENERS = frozenset(
    {"in", "the", "a", "an", "role", "part", "of", "it", "this", "that", "for", "on", "him", "her", "them", "who"}
)
# Words that ask for a person's other work rather than this film's cast.
OTHER_WORK_WORDS = frozenset({"else", "other", "besides", "before", "after", "previously", "next"})
VOICE_WORDS = frozenset({"voice", "voices", "voiced", "voicing"})
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers", "they", "them", "their"})
# Nouns that make the expected answer a character (a title answer does not fit them).
CHARACTER_NOUNS = frozenset({"character", "characters", "role", "roles", "part"})


# Words that put a person's other work, not this film's role, in a question about "<a person>'s character".
OTHER_ROLES_WORDS = OTHER_WORK_WORDS | frozenset({"movies", "films", "shows", "dramas", "roles", "series", "career"})


def role_here_not_other_work(words: Sequence[str], current: str | None, relation_key: str, names: list[dict]) -> bool:
    """ "what was <an actor>'s character('s) name?": the character word owned by an actor of this film
    asks for the role here, not the actor's other work (which the classifier may guess from the actor's
    name), unless another work is asked ("<an actor>'s other roles", "her characters in other films")."""
    if current != "ask_other_work" or relation_key != "character":
        return False
    if not any(n.get("entity") == "person" for n in names):
        return False
    # "what did <an actor> win for his role?": an award for the role, not the role
    return not set(words) & (OTHER_ROLES_WORDS | award_named.WINNING_WORDS | award_named.AWARD_NOUNS)


# Words that put the named characters among the film's cast: "who else is in it", "who else stars".
CAST_WORDS = frozenset({"cast", "characters", "star", "stars", "starring", "appear", "appears", "appearing"})
IN_THIS = frozenset({"it", "this", "the", "that"})


# Words that leave the named out: "who else …", "besides <a>", "apart from <a>", "other than <a>".
EXCLUDING_WORDS = frozenset({"else", "besides", "except", "excluding"})
EXCLUDING_PAIRS = frozenset({("apart", "from"), ("aside", "from"), ("other", "than"), ("except", "for")})


def rest_of_cast(words: Sequence[str], names: list[dict[str, Any]], store: FactStore) -> bool:
    """ "the main characters are <a>, <b> and who else?", "who else is in it besides <an actor>?": the
    cast beyond the characters or actors named, not a description of one of them; who else does
    something ("who else loves <a>?") is no cast question."""
    if not names:
        return _others_in_the_cast(words)
    said = set(words)
    pairs = set(zip(words, words[1:], strict=False))
    if not said & {"who", "whos", "who's"} or not (said & EXCLUDING_WORDS or pairs & EXCLUDING_PAIRS):
        return False
    if not all(_in_cast(n, store) for n in names):
        return False
    in_it = any(w == "in" and i + 1 < len(words) and words[i + 1] in IN_THIS for i, w in enumerate(words))
    return bool(said & CAST_WORDS) or in_it


# Performers asked beyond those already talked about: "any other famous actors in this movie?".
OTHER_PERFORMERS = frozenset({"actor", "actors", "actress", "actresses", "star", "stars", "cast"})


# "in it", "in this movie", "in the film": this film as the place of a cast.
THIS_FILM_AFTER_IN = (("it",), ("this",), ("this", "movie"), ("this", "film"), ("the", "movie"), ("the", "film"))
# What may follow "in it": the end of the question or an adverb ("in it too?"), never more of a noun group.
AFTER_THIS_FILM = ("?", ".", "!", "too", "also", "as", "besides")


def _others_in_the_cast(words: Sequence[str]) -> bool:
    """ "who else starred in the movie?", "are there any other big name stars in it?": with no one named, the
    others are beyond whoever the conversation named, in this film's cast (never another work of theirs: "in the
    lead actress's first movie" is no "in the movie")."""
    said = set(words)
    in_it = any(
        w == "in"
        and tuple(words[i + 1 : i + 1 + len(film)]) == film
        and words[i + 1 + len(film) : i + 2 + len(film)] in ([], *([e] for e in AFTER_THIS_FILM))
        for i, w in enumerate(words)
        for film in THIS_FILM_AFTER_IN
    )
    who_else = bool(said & {"who", "whos", "who's"}) and "else" in said
    other_performers = bool(said & {"other", "others"}) and bool(said & OTHER_PERFORMERS)
    return in_it and (who_else or other_performers)


# "co-star", "costarred": a word for sharing the screen ("co-" reads as its own word, the hyphen being a space).
CO_STAR_WORDS = frozenset({"costar", "costars", "costarred", "costarring", "colead", "coleads"})
ACTING_VERBS = frozenset(
    {"star", "stars", "starred", "starring", "act", "acts", "acted", "acting", "appear", "appears", "appeared"}
    | PLAY_VERBS
)
# After a separate "co" ("co-star", "co-starred", "co-lead"): a co-star word.
CO_PARTS = ACTING_VERBS | frozenset({"lead", "leads"})
# Words that put someone beside the one named on screen: "starred alongside <a>", "played opposite <a>".
BESIDE_WORDS = frozenset({"alongside", "opposite", "with"})
# The words of a co-star question, known to the scope guard: "who played opposite <a character>?" names no
# one else ("opposite <a family name>" is not another person's full name).
SCREEN_PARTNER_WORDS = CO_STAR_WORDS | BESIDE_WORDS


def co_stars(words: Sequence[str], names: list[dict[str, Any]], store: FactStore, yes_no: bool) -> bool:
    """ "who co-starred with <an actor>?", "<an actor> starred alongside this actor in <the film>", "who
    played opposite <a character>?": the others in the film's cast, not the named one's own role or works.
    A yes/no question ("has <a> starred with <b> before?") or one about other work is no cast question."""
    pointed = not names and bool(set(words) & PERSON_POINTERS)  # "who did he co-star with?": the one talked about
    if yes_no or not (names or pointed) or not all(_in_cast(n, store) for n in names) or set(words) & OTHER_WORK_WORDS:
        return False
    if _which_work_asked(words) or _one_of_their_works(words):
        # "in what <year> movie did <a> star alongside <b>?": a work is asked, not who is beside; "<a>'s co-star in
        # her first film": beside them in another work
        return False
    pairs = list(zip(words, words[1:], strict=False))
    if any(w in CO_STAR_WORDS for w in words) or any(a == "co" and b in CO_PARTS for a, b in pairs):
        return True
    # "alongside", "opposite" after an acting verb, also past its place ("who stars in <the film> alongside <a>?");
    # "with" only right after the verb and before a name: "who starred with <a>?", not "who starred in it with her dad"
    acting = next((i for i, w in enumerate(words) if w in ACTING_VERBS), None)
    if acting is not None and any(w in ("alongside", "opposite") for w in words[acting + 1 :]):
        return True
    # "the actress opposite <a>", "the actress opposite whom <a> played the lead": beside the one named
    opposite = any(
        a in PERFORMERS and b == "opposite" and _name_at(words, i + 2 + (words[i + 2 : i + 3] == ["whom"]), names)
        for i, (a, b) in enumerate(pairs)
    )
    return opposite or any(
        a in ACTING_VERBS and b == "with" and _name_at(words, i + 2, names) for i, (a, b) in enumerate(pairs)
    )


# Nouns of a work asked by "which"/"what" a few words before them ("in what 2008 movie", "which film").
WORK_NOUNS_ASKED = frozenset({"movie", "movies", "film", "films", "drama", "dramas", "show", "shows", "series"})
WHICH_WORK_WINDOW = 3


# Words before a work noun that make it another of someone's works ("her first film", "his debut movie").
OWN_WORK_ORDER = frozenset({"first", "debut", "earlier", "previous", "last", "latest", "next", "other", "another"})


def _one_of_their_works(words: Sequence[str]) -> bool:
    return any(w in WORK_NOUNS_ASKED and set(words[max(0, i - 2) : i]) & OWN_WORK_ORDER for i, w in enumerate(words))


def _which_work_asked(words: Sequence[str]) -> bool:
    return any(
        w in WORK_NOUNS_ASKED and set(words[max(0, i - WHICH_WORK_WINDOW) : i]) & {"which", "what"}
        for i, w in enumerate(words)
    )


def work_of_a_year_asked(words: Sequence[str], names: list[dict[str, Any]]) -> bool:
    """ "In what 2008 movie did <a person> star alongside ...?", "which 2019 film did <a person> appear in?": a
    work of the named person's in that year is asked (the store dates their works), not their role here nor
    the cast beside them."""
    if not names or any(n.get("entity") != "person" for n in names):
        return False
    for i, word in enumerate(words):
        if word in WORK_NOUNS_ASKED and i >= 2 and words[i - 1].isdigit() and len(words[i - 1]) == YEAR_DIGITS:
            if words[i - 2] in ("which", "what") and set(words[i + 1 :]) & ACTING_VERBS:
                return True
    return False


YEAR_DIGITS = 4


def _name_at(words: Sequence[str], at: int, names: list[dict[str, Any]]) -> bool:
    """Whether the word at `at` begins one of the names (compared as lower-case words)."""
    return at < len(words) and any(str(n.get("value", "")).lower().split()[:1] == [words[at]] for n in names)


# "the <a year> film directed by <a>", "the <a service> romance starring <b>": words that describe a work by its people.
CREDIT_OPENERS = frozenset({"starring", "featuring", "with"})
CREDIT_VERBS = frozenset({"directed", "written", "produced", "scored", "made", "adapted"})
# Nouns (and kinds) that name the work being described; a year or a service before them changes nothing.
DESCRIBED_WORK = frozenset(
    {"film", "movie", "flick", "picture", "romance", "drama", "tearjerker", "weepie", "adaptation", "one", "story"}
)
WH_DETERMINERS = frozenset({"which", "what", "whichever"})
INDEFINITE_DETERMINERS = frozenset({"a", "an", "any", "some", "another"})
# Words that pick one of someone's works, which need not be this film.
SOME_WORK_WORDS = frozenset({"first", "last", "latest", "newest", "earliest", "previous", "another", "debut", "most"})
DESCRIPTION_SPAN = 5


def film_described_by_its_people(
    words: Sequence[str], spans: Sequence[tuple[int, int]], names: list[dict[str, Any]], store: FactStore
) -> list[tuple[int, int]]:
    """ "what was the release year of the film directed by <our director> starring <our actor>?", "what
    director worked on the <a year> tearjerker starring <our actress>?": every name stands in a description
    of a work ("<a work noun> starring / directed by <name>") and is one of this film's people, so the
    work is this film and the question asks about it, not about them. The descriptions' word spans, or
    none. "Which movies starring <a> ...?" asks for the works themselves and is left to the works' readers."""
    if not names or set(words) & (OTHER_WORK_WORDS | SOME_WORK_WORDS):
        return []  # "the first movie directed by <a>", "her other film with <b>": one of their works, maybe not this
    starts = [s for s, _ in spans]
    ends = [e for _, e in spans]
    found: list[tuple[int, int]] = []
    for name in sorted(names, key=lambda n: int(n.get("start", 0))):
        at = next((i for i, s in enumerate(starts) if s == name.get("start")), None)
        last = next((i for i, e in enumerate(ends) if e == name.get("end")), None)
        if at is None or last is None or not _credited_here(name, store):
            return []
        if found and found[-1][1] == at - 1 and words[at - 1] in ("and", "or"):
            found[-1] = (found[-1][0], last + 1)  # "starring <a> and <b>"
            continue
        if at >= 1 and words[at - 1] in CREDIT_OPENERS:
            opener = at - 1
        elif at >= 2 and words[at - 1] == "by" and words[at - 2] in CREDIT_VERBS:
            opener = at - 2
        else:
            return []
        # the work noun before the description, past another description ("the film directed by <a> starring")
        before = words[max(0, opener - DESCRIPTION_SPAN) : opener]
        work = max((i for i, w in enumerate(before) if w in DESCRIBED_WORK), default=None)
        if work is None and not (found and found[-1][1] == opener):
            return []
        if work is not None and (
            work >= 1 and before[work - 1] in WH_DETERMINERS or set(before[:work]) & INDEFINITE_DETERMINERS
        ):
            return []  # "which movies starring <a> …?", "is there a movie with <a>?": some work, not this one
        found.append((opener, last + 1))
    return found


# "<the film>, based on <the author>'s novel", "… from the book by <the author>": the film described by its source.
SOURCE_OPENERS = (("based", "on"), ("adapted", "from"), ("taken", "from"), ("from",))
SOURCE_NOUNS = frozenset({"novel", "novels", "book", "books", "story", "manga", "web", "series"})
SOURCE_DETERMINERS = frozenset({"a", "an", "the", "his", "her", "their"})
# What a phrase beside a title calls the work: "<the title>, <a>'s debut novel", "<the title>, <a>'s <a year> film".
APPOSITIVE_NOUNS = SOURCE_NOUNS | DESCRIBED_WORK - {"one"}
# "<the film>, which is based on …": a relative pronoun and a verb before the description's opener.
RELATIVE_LINKS = frozenset({"which", "that"})
LINK_VERBS = frozenset({"is", "was", "'s", "s"})


def _word_span(spans: Sequence[tuple[int, int]], name: dict[str, Any]) -> tuple[int, int] | None:
    """The first and last word a name covers (a name may end inside a word: "<family name>s novel")."""
    start, end = int(name.get("start", -1)), int(name.get("end", -1))
    first = next((i for i, (a, b) in enumerate(spans) if a <= start < b), None)
    last = next((i for i, (a, b) in enumerate(spans) if a < end <= b), None)
    return None if first is None or last is None else (first, last)


def _source_opener(words: Sequence[str], at: int) -> int | None:
    """Where "based on", "adapted from" or "from" begins if it ends right before `at`, past a determiner."""
    if at >= 1 and words[at - 1] in SOURCE_DETERMINERS:
        at -= 1
    for opener in SOURCE_OPENERS:
        begin = at - len(opener)
        if begin >= 0 and tuple(words[begin:at]) == opener:
            return begin
    return None


def _described_by(
    words: Sequence[str], first: int, last: int, author: bool, film_ends: frozenset[int] = frozenset()
) -> tuple[int, int] | None:
    """The span of a description of a work that names someone at words[first..last]: "starring <a>",
    "directed by <a>", right after a title "<the title>, <a>'s debut novel," and for the novel's author
    "based on a novel by <a>", "based on <a>'s novel", "based on an <a> novel"; or None."""
    if first in film_ends:  # "<the title>, <a>'s (debut) novel": a phrase beside the title that says whose it is
        after = last + 1 + (last + 1 < len(words) and words[last + 1] in ("s", "'s"))
        noun = next((i for i in range(after, min(after + 3, len(words))) if words[i] in APPOSITIVE_NOUNS), None)
        if noun is not None:
            return first, noun + 1
    if first >= 1 and words[first - 1] in CREDIT_OPENERS:
        return first - 1, last + 1
    if first >= 2 and words[first - 1] == "by" and words[first - 2] in CREDIT_VERBS:
        return first - 2, last + 1
    if not author:
        return None
    if first >= 3 and words[first - 1] == "by" and words[first - 2] in SOURCE_NOUNS:
        opener = _source_opener(words, first - 2)
        return None if opener is None else (opener, last + 1)
    after = last + 1
    if after < len(words) and words[after] in ("s", "'s"):
        after += 1  # "<a>'s novel" read as its own word
    opener = _source_opener(words, first)
    if opener is not None and after < len(words) and words[after] in SOURCE_NOUNS:
        return opener, after + 1
    return None


# Words that end a wh-phrase before a work noun: "what is the film …" asks of the film; "what <a year> film …"
# asks for one.
WH_PHRASE_ENDS = frozenset({"the", "is", "was", "in", "of", "for", "about", "it", "this"})


def _wh_work(before: Sequence[str]) -> bool:
    """Whether the work noun after `before` is asked for by a wh-determiner: "what <a year> drama film …"."""
    wh = max((i for i, w in enumerate(before) if w in WH_DETERMINERS), default=None)
    return wh is not None and not set(before[wh + 1 :]) & WH_PHRASE_ENDS


def descriptions_of_this_film(
    words: Sequence[str],
    spans: Sequence[tuple[int, int]],
    names: list[dict[str, Any]],
    store: FactStore,
    film_ends: frozenset[int] = frozenset(),
    clause_starts: Sequence[int] = (0,),
) -> list[tuple[int, int, dict[str, Any]]]:
    """ "what actress played <a character> in <the film>, directed by <our director>?", "who is the dying
    girl in the <a year> movie <the film> based on the book by <our author>?": a description that follows the
    film's title or a word for a work and names one of this film's people in the credit it holds (the
    director after "directed by", an actor after "starring", the novel's author after "based on … by")
    only says which film is meant. Its spans and names, so that the reader leaves them out of what is
    asked; the names outside them (a character) and the words before them are the question. `film_ends`:
    where the film's titles end. "Which movies starring <a> …?", "a film directed by <a>" are some work,
    "<the film> is based on …" says what the film is, and in a yes/no clause ("was it directed by <a>?",
    "is <the film> starring <a>?") the credit is what is asked: no span."""
    some_work = bool(set(words) & (OTHER_WORK_WORDS | SOME_WORK_WORDS))  # "the first film directed by <a>"
    author = store.novel.get("author")
    found = []
    for name in names:
        at = _word_span(spans, name)
        if at is None or not _credited_here(name, store):
            continue
        matches = store.resolve(str(name.get("value")), ("person",))
        is_author = bool(author and matches and author.value == matches[0].id)
        described = _described_by(words, at[0], at[1], is_author, film_ends)
        if described is None or some_work and at[0] not in film_ends:
            continue  # beside a title ("<the title>, <a>'s debut novel") the work is the title's, whatever the words
        opener = described[0]
        clause = max((c for c in clause_starts if c <= opener), default=0)
        if words[clause] in YES_NO_FIRST:
            continue
        if opener >= 2 and words[opener - 1] in LINK_VERBS and words[opener - 2] in RELATIVE_LINKS:
            opener -= 2  # "<the film>, which is based on …"
        elif opener >= 1 and words[opener - 1] in LINK_VERBS:
            continue  # "<the film> is based on <a>'s novel": what the film is, said or asked
        low = max(0, opener - DESCRIPTION_SPAN)
        before = words[low:opener]
        nouns = [i for i, w in enumerate(before) if w in DESCRIBED_WORK]
        nouns += [e - 1 - low for e in film_ends if low < e <= opener]
        work = max(nouns, default=None)
        if work is None or set(before[:work]) & INDEFINITE_DETERMINERS or _wh_work(before[:work]):
            continue
        found.append((opener, described[1], name))
    return found


def _credited_here(name: dict[str, Any], store: FactStore) -> bool:
    """Whether a person named has a role or a credit in this film."""
    if name.get("entity") != "person":
        return False
    matches = store.resolve(str(name.get("value")), ("person",))
    if not matches:
        return False
    person = matches[0].id
    author = store.novel.get("author")
    return bool(store.roles_of(person) or store.crew_roles_of(person)) or bool(author and author.value == person)


def _in_cast(name: dict[str, Any], store: FactStore) -> bool:
    if name.get("entity") == "character":
        return True
    matches = store.resolve(str(name.get("value")), ("person",)) if name.get("entity") == "person" else []
    return bool(matches) and bool(store.roles_of(matches[0].id))


# The intents that answer with a character's actor: a bare "who is <a character>?" is not theirs.
ACTOR_INTENTS = frozenset({"ask_cast", "ask_who_plays"})


def who_the_character_is(
    words: Sequence[str], spans: Sequence[tuple[int, int]], names: list[dict[str, Any]], current: str | None
) -> bool:
    """ "who is the florist?", "whos the doctor": "who is" and one character named, nothing else (no
    play verb, no "in it"), asks who that character is - the description, which also names the
    actor - not only who plays them (the classifier may guess the cast from a role noun)."""
    if current not in ABOUT_INTENTS or len(names) != 1 or names[0].get("entity") != "character":
        return False
    if set(tokens(str(names[0].get("value", "")))) & ALIAS_PERFORMER_NOUNS:
        return False  # "who is the leading actor?": the alias names the performer, who is asked
    words = _without_pointer_clause(words, spans, names[0])
    rest = list(words)
    if rest[:2] in (["who", "is"], ["who", "s"]):
        rest = rest[2:]
    elif rest[:1] in (["whos"], ["who's"]):
        rest = rest[1:]
    else:
        return False
    offset = len(words) - len(rest)
    start, end = int(names[0].get("start", -1)), int(names[0].get("end", -1))
    inside = [start <= a and b <= end for a, b in spans[offset : len(words)]]
    return bool(inside) and all(inside[1:]) and (inside[0] or (rest[0] in ("the", "a", "this") and len(inside) > 1))


# Words of an alias that name the performer rather than the part ("the lead actress", "the leading actor").
ALIAS_PERFORMER_NOUNS = frozenset({"actor", "actress", "actors", "actresses"})


# "the <a character> you mentioned", "that <a character> we talked about": a clause that only points back.
POINTER_SUBJECTS = frozenset({"you", "we", "u"})
POINTER_VERBS = frozenset({"mentioned", "said", "spoke", "talked", "told", "brought", "named", "were", "meant"})
POINTER_TAIL = frozenset({"about", "of", "before", "earlier", "up", "to", "me", "us", "already", "just", "talking"})


def _without_pointer_clause(
    words: Sequence[str], spans: Sequence[tuple[int, int]], name: dict[str, Any]
) -> Sequence[str]:
    """The words up to the name when all that follows it points back at the conversation."""
    after = next((i for i, (a, _) in enumerate(spans) if a >= int(name.get("end", -1))), len(words))
    tail = [w for w in words[after:] if w != "that"]
    if len(tail) >= 2 and tail[0] in POINTER_SUBJECTS and tail[1] in POINTER_VERBS and set(tail[2:]) <= POINTER_TAIL:
        return words[:after]
    return words


# Intents a request about one character may be guessed as: its story, or who plays them.
ABOUT_INTENTS = ACTOR_INTENTS | {"ask_plot"}


def about_the_character(
    words: Sequence[str], spans: Sequence[tuple[int, int]], text: str, names: list[dict[str, Any]], current: str | None
) -> bool:
    """ "tell me more about <a character>, the boy with …": the object of the request is one character,
    alone or with an apposition that describes them (a comma, then "the/a …"). Who that character is
    is asked (the description, which names the actor), not the story nor only who plays them."""
    if current not in ABOUT_INTENTS or len(names) != 1 or names[0].get("entity") != "character":
        return False
    at = about_object(words)
    if at is None:
        return False
    start, end = int(names[0].get("start", -1)), int(names[0].get("end", -1))
    named = [i for i in range(at, len(words)) if start <= spans[i][0] and spans[i][1] <= end + 2]  # "<name>'s"
    if not named or named[0] != at:
        return False
    after = named[-1] + 1
    if after == len(words):
        return True
    apposition = text[end : spans[after][0]].strip().startswith(",") and words[after] in ("the", "a", "an")
    return apposition


def cast_of_this_film(words: Sequence[str], current: str, names: list[dict[str, Any]], other_work: bool) -> bool:
    """ "Who starred in the movie?": another person's work needs a person (named or a pronoun) or
    an "else/other"; with none of them, a "who" question about this film is who is in it."""
    if names or not (current == "ask_other_work" or other_work):
        return False
    said = set(words)
    # "what actress starred in <the film>?": a performer noun after the wh-word asks who, as "who" does
    performer = len(words) > 1 and words[0] in ("what", "which") and words[1] in PERFORMERS
    return not (said & PERSON_PRONOUNS or said & OTHER_WORK_WORDS) and (
        bool(said & {"who", "whos", "who's"}) or performer
    )


# Nouns for the one who plays a role, and the words that make a clause ask for them.
PERFORMER_NOUNS = frozenset({"actor", "actress", "performer"})
PERFORMERS = PERFORMER_NOUNS | {"actors", "actresses", "performers", "star", "stars"}
POINTING_DETERMINERS = frozenset({"the", "this", "that"})
# "I meant the actor" corrects the subject of the question before: it asks for the performer too; "how is the
# actress called?" asks her name.
ASKING_WORDS = frozenset(
    {"who", "whos", "who's", "what", "whats", "what's", "which", "know", "tell", "name", "meant", "mean", "called"}
)


QUESTION_WORDS = frozenset({"who", "whos", "who's", "what", "whats", "what's", "which", "when", "where", "how", "why"})
JOINERS = frozenset({"and", "or", "&", "n", "plus"})


def performer_asked(words: Sequence[str]) -> bool:
    """ "What is the name of the actor?", "do you know the actress?", "the actor of this character?":
    one performer ("the actor", not "actors"), asked for, not another work ("the other actress")."""
    said = set(words)
    if not said & ASKING_WORDS or said & OTHER_WORK_WORDS or said & {"another", "actors", "actresses", "cast"}:
        return False
    if sum(word in QUESTION_WORDS for word in words) > 1:  # "who's the actor and who directed it?": two questions
        return False
    return any(
        word in PERFORMER_NOUNS
        and index > 0
        and (
            words[index - 1] in POINTING_DETERMINERS
            # "what actress is that?", "which actor was he?": the wh-phrase asks who the one pointed at is
            or (
                words[index - 1] in WH_DETERMINERS
                and tuple(words[index + 1 : index + 3]) in POINTED_AT
                and all(w in ENDINGS for w in words[index + 3 :])  # the pointer ends the question
            )
        )
        and (index + 1 == len(words) or words[index + 1] not in JOINERS)  # "the actor and director": two roles
        for index, word in enumerate(words)
    )


ENDINGS = frozenset({"?", ".", "!", "?!", "??"})
POINTED_AT = frozenset(
    (copula, pointer) for copula in ("is", "was", "'s") for pointer in ("that", "this", "it", "she", "he", "her", "him")
)


def unheld_character(
    words: Sequence[str], text: str, spans: Sequence[tuple[int, int]], known: frozenset[str]
) -> tuple[int, int] | None:
    """The span of a capitalised name right after "who <play verb>" that no character, person or
    title of the film contains ("who played <a name> in it?"), or None. Such a question is about a
    character the store does not hold: the answer is "I don't know" naming it, never the main cast."""
    if not words or words[0] not in ("who", "whos", "who's", "which", "what"):
        return None
    for index, word in enumerate(words[:-1]):
        if word not in PLAY_VERBS:
            continue
        name = index + 1
        after = words[name]
        start, end = spans[name]
        if after in ROLE_OPENERS or after in known or not text[start:end][:1].isupper():
            return None
        last = name
        while last + 1 < len(words) and text[spans[last + 1][0] : spans[last + 1][1]][:1].isupper():
            if words[last + 1] in known:
                return None
            last += 1
        return spans[name][0], spans[last][1]
    return None


def character_asked_not_title(words: Sequence[str], current: str, names: list[dict[str, Any]]) -> bool:
    """ "What is the name of the character played by <an actor>?": "name" with a film's title in
    the question reads as the title, but the noun asked about is a character."""
    if current != "ask_title" or not any(n.get("entity") == "person" for n in names):
        return False
    said = list(words)
    return "name" in said and any(word in CHARACTER_NOUNS for word in said[said.index("name") :])


# Nouns of whoever plays a part, as a wh-phrase asks for them ("which actress", "which of these ladies").
PERFORMER_HEADS = frozenset(
    """actor actress actors actresses performer performers lady ladies woman women man men guy guys girl girls
    person people star stars""".split()
)


def actor_of_role(
    words: Sequence[str],
    current: str,
    names: list[dict[str, Any]],
    play_words: frozenset[str],
    character_starts: Sequence[int] = (),
) -> bool:
    """ "What actor played the role of <a character>?": a play verb with a character named asks
    who plays that character, not who held a crew role; "what actress portrays <a character> in <the
    film>?" (a performer asked by the wh-word, only characters named) asks it too, not about a person.
    "Who featured as <a character>?", "who was cast as <a>?": whatever the verb, "who … as <a character>" names
    the part someone took (`character_starts`: the word index of each character named)."""
    if not any(n.get("entity") == "character" for n in names):
        return False
    if words[:1] in (["who"], ["whom"]) and any(
        2 < start <= AS_PART_REACH and words[start - 1] == "as" and not set(words[1 : start - 1]) & AS_NOT_A_PART
        for start in character_starts
    ):
        return True
    plays = any(word in PLAY_VERBS or word in play_words for word in words)
    if current == "ask_crew":
        return plays
    # "what actress", "which of these ladies": the wh-word's own noun is a person ("what other movies is the guy
    # who plays <a> in" asks the movies)
    head = words[3:4] if words[1:2] == ["of"] and words[2:3] in (["these"], ["the"], ["those"]) else words[1:2]
    performer_asked = words[:1] in (["what"], ["which"]) and bool(PERFORMER_HEADS & set(head))
    only_characters = all(n.get("entity") == "character" for n in names)
    # "who does the voice of <a character>?": in a live-action film the voice is the actor's
    voiced = bool(VOICE_WORDS & set(words))
    if only_characters and plays and performer_asked:
        # the wh-phrase asks for a performer, whatever the rest of a long question made the classifier guess
        # ("what actor portrayed <a character> in <the film>, based on <the author>'s novel?" is no novel question)
        return True
    # the classifier may guess a person from the performer noun, or not guess at all; "who" asks a person whatever
    # it guessed ("who does the voice of <a> on <the film>" read as the ending)
    return (current in ("ask_person", "nlu_fallback") or words[:1] == ["who"]) and only_characters and voiced


# "who was cast as <a>": a short verb phrase between "who" and "as" ("who is the director of <a film>, featuring
# <b> as <a>?" asks the director, the part is a clue).
AS_PART_REACH = 5
# "who is as <a> as <b>", "who thinks of <a> as a friend": "as" there compares or describes, it names no part.
AS_NOT_A_PART = frozenset(
    {
        "as",
        "same",
        "such",
        "see",
        "sees",
        "saw",
        "think",
        "thinks",
        "thought",
        "regard",
        "regards",
        "regarded",
        "treat",
        "treats",
        "treated",
        "view",
        "views",
        "viewed",
    }
)


# Honorifics before a family name: the gender they give, and whether they name a parent of the
# family ("Mrs. <a family name>" is the mother, "Miss <a family name>" the daughter).
HONORIFICS: dict[str, tuple[str, bool | None]] = {
    "mr": ("he", True),
    "mrs": ("she", True),
    "ms": ("she", None),
    "miss": ("she", False),
}
PARENT_RELATIONS = ("son", "daughter")


def gender_of(store: FactStore, character_id: str) -> str | None:
    """A character's gender as its actor's pronoun in the store ("he"/"she"), or None."""
    pronouns = {store.people[c.actor].pronoun for c in store.actor_of(character_id)}
    return pronouns.pop() if len(pronouns) == 1 else None


def gendered_character(
    store: FactStore,
    words: Sequence[str],
    spans: Sequence[tuple[int, int]],
    entity: dict[str, Any],
    genders: dict[str, str],
) -> str | None:
    """The one character a name means once the word before it is read: "Mrs. <a family name>"
    (several characters share it) is the family's mother; "the female <a role of the male
    lead>" is the other lead. None when the word before decides nothing or nothing changes."""
    before = [i for i, (_, end) in enumerate(spans) if end <= int(entity.get("start") or 0) and words[i] != "."]
    if not before:
        return None
    word = words[before[-1]]
    matches = store.resolve(str(entity.get("value")), ("character",))
    if not matches:
        return None
    if word in HONORIFICS:
        honorific_gender, parent = HONORIFICS[word]
        best = [m.id for m in matches if m.score == matches[0].score]
        kept = [c for c in best if gender_of(store, c) == honorific_gender]
        if parent is not None:
            kept = [c for c in kept if bool(store.related(c, PARENT_RELATIONS)) == parent]
        return kept[0] if len(kept) == 1 and len(best) > 1 else None
    gender = genders.get(word)
    named = matches[0].id
    both = leads(store)
    if gender is None or named not in both or gender_of(store, named) in (None, gender):
        return None
    other = [c for c in both if c != named and gender_of(store, c) == gender]
    return other[0] if other else None


def relative_clause_start(
    words: Sequence[str], spans: Sequence[tuple[int, int]], names: list[dict[str, Any]]
) -> int | None:
    """The word index where a relative clause describing a named person or character begins
    ("who plays <a character>, the <a noun> who teaches ..."): what the clause mentions describes
    the name and is not what is asked. None without a name before a relative pronoun."""
    wh = [i for i, word in enumerate(words) if word in ("who", "whos", "who's", "which", "what")]
    if not names or not wh:
        return None
    first_name_end = min(int(n.get("end") or 0) for n in names)
    if spans[wh[0]][1] > first_name_end:
        return None  # the name comes before the question word: no clause describes it
    for index in range(wh[0] + 1, len(words)):
        if words[index] in ("who", "that", "which") and spans[index][0] >= first_name_end:
            return index
    return None


# Words that ask how two named characters are related ("what is the relationship between <a> and
# <b>?", "how is <a> related to <b>?"): the answer is the store's relation between the two, never
# one character's love life or description.
RELATIONSHIP_WORDS = frozenset(
    {
        "relationship",
        "relationships",
        "relation",
        "relations",
        "related",
        "connected",
        "connection",
        "connections",
        "linked",
        # "<a>と<b>の関係は？"
        "関係",
        "関係性",
        "間柄",
    }
)
# Words that ask about the relationship as an event in the story ("how long did <a> and <b>'s
# relationship last?"): the plot, not how the two are related.
EVENT_WORDS = frozenset(
    {
        "long",
        "when",
        "why",
        "where",
        "did",
        "does",
        "do",
        "last",
        "lasted",
        "end",
        "ended",
        "start",
        "started",
        "begin",
        "began",
        "develop",
        "change",
        "changed",
        # "<a>と<b>の関係はいつ始まる？"
        "いつ",
        "なぜ",
        "どうして",
        "なんで",
    }
)
# "who is <a> to <b>?": the only other words such a question has.
WHO_TO_WORDS = frozenset(
    {"who", "is", "was", "who's", "whos", "'s", "s", "to", "?", "in", "the", "movie", "film", "story"}
)


def characters_between(
    words: Sequence[str], spans: Sequence[tuple[int, int]], names: list[dict[str, Any]], store: FactStore
) -> tuple[str, str] | None:
    """Two different characters named and a question about how they are related: their ids, in order."""
    found: list[str] = []
    for name in names:
        if name.get("entity") != "character":
            continue
        matches = store.resolve(str(name.get("value")), ("character",))
        if not matches or (len(matches) > 1 and matches[0].score == matches[1].score):
            return None  # a name that may mean several characters: no pair to decide
        if matches[0].id not in found:
            found.append(matches[0].id)
    if len(found) == 2 and _feeling_towards(words, spans, names):
        return found[0], found[1]
    if len(found) != 2 or EVENT_WORDS & set(words):
        return None
    if any(_relationship_word(word) for word in words) or _going_on_between(words):
        return found[0], found[1]
    named = [(int(n["start"]), int(n["end"])) for n in names]
    rest = [w for w, (a, b) in zip(words, spans, strict=False) if not any(s <= a and b <= e for s, e in named)]
    if rest[:1] and rest[0] in ("who", "who's", "whos") and "to" in rest and set(rest) <= WHO_TO_WORDS:
        return found[0], found[1]
    return None


def _going_on_between(words: Sequence[str]) -> bool:
    """ "What is going on between <a> and <b>?": what the two are to each other."""
    return any(words[i : i + 3] == ["going", "on", "between"] for i in range(len(words) - 2))


# The words of "is <x> related to <a>?", "what's the relationship between <x> and <a>?" around the two sides.
RELATED_FRAME = frozenset(
    {
        "is",
        "are",
        "was",
        "how",
        "what",
        "whats",
        "what's",
        "the",
        "relationship",
        "related",
        "to",
        "between",
        "and",
        "with",
        "in",
        "any",
        "way",
        "somehow",
        "?",
        ".",
        "!",
    }
)


def stranger_related(
    words: Sequence[str], spans: Sequence[tuple[int, int]], names: list[dict[str, Any]], store: FactStore
) -> tuple[int, int] | None:
    """ "Is <x> related to <a character>?" where <x> is one word that names no one in the store: its span
    (so that the answer is that no one of that name is in the film, never <a> described); None otherwise."""
    if len(names) != 1 or names[0].get("entity") != "character" or not ({"related", "relationship"} & set(words)):
        return None
    named = (int(names[0]["start"]), int(names[0]["end"]))
    rest = [
        i for i, (a, b) in enumerate(spans) if not (named[0] <= a and b <= named[1]) and words[i] not in RELATED_FRAME
    ]
    if len(rest) != 1 or not words[rest[0]].isalpha() or len(words[rest[0]]) < 3:
        return None
    if store.resolve(words[rest[0]], ("character",)) or store.resolve(words[rest[0]], ("person",)):
        return None
    return spans[rest[0]]


# "How does <a> feel about <b>?", "how does <a> know <b>?": what <a> is to <b>, asked by a verb of feeling or
# acquaintance with <b> as its object (not an event of the story: "how did <a> meet <b>?" is the plot).
FEELING_VERBS = frozenset({"feel", "feels", "felt"})
FEELING_PREPOSITIONS = frozenset({"about", "towards", "toward", "for"})
KNOWING_VERBS = frozenset({"know", "knows", "knew"})


# "how does she know <b>?": the subject a pronoun for the character talked about.
SUBJECT_PRONOUNS = frozenset({"he", "she"})


def feeling_towards_pronoun(
    words: Sequence[str], spans: Sequence[tuple[int, int]], names: list[dict[str, Any]], store: FactStore
) -> bool:
    """ "how does she feel about <b>?", "how does he know <b>?": what the character talked about is to <b> (one
    character named, after the pronoun and the verb)."""
    if len(names) != 1 or names[0].get("entity") != "character" or not store.resolve(str(names[0]["value"])):
        return False
    if len(words) < 4 or words[0] != "how" or words[2] not in SUBJECT_PRONOUNS:
        return False
    pronoun = {"entity": "pronoun", "start": spans[2][0], "end": spans[2][1]}
    return _feeling_towards(words, spans, [pronoun, names[0]])


def _feeling_towards(words: Sequence[str], spans: Sequence[tuple[int, int]], names: list[dict[str, Any]]) -> bool:
    """ "how does <a> feel about <b>?": "how", a character, the verb (and its preposition), the other character
    and nothing more."""
    if words[:1] != ["how"] or len(names) != 2:
        return False
    first, second = sorted(names, key=lambda n: int(n["start"]))
    after_first = next((i for i, (a, _) in enumerate(spans) if a >= int(first["end"])), len(words))
    at_second = next((i for i, (a, _) in enumerate(spans) if a >= int(second["start"])), len(words))
    end_second = next((i for i, (a, _) in enumerate(spans) if a >= int(second["end"])), len(words))
    between = list(words[after_first:at_second])
    if end_second != len(words) or not between:
        return False
    if _one_of(between[0], FEELING_VERBS):
        return len(between) == 2 and between[1] in FEELING_PREPOSITIONS
    return len(between) == 1 and _one_of(between[0], KNOWING_VERBS)


def _one_of(word: str, verbs: frozenset[str]) -> bool:
    """One of these verbs, or one typo off one of four letters or more ("knwo" for "know")."""
    return word in verbs or any(len(v) >= 4 and OSA.distance(word, v, score_cutoff=1) <= 1 for v in verbs)


# A word this long that is one typo from a relationship word is that word ("relatiopnship", "realted").
RELATIONSHIP_TYPO_MIN = 7


def _relationship_word(word: str) -> bool:
    """A word asking how two are related, or one letter off (left out, added, changed) or two swapped."""
    if word in RELATIONSHIP_WORDS:
        return True
    return len(word) >= RELATIONSHIP_TYPO_MIN and any(
        OSA.distance(word, meant) <= 1 for meant in RELATIONSHIP_WORDS if len(meant) >= RELATIONSHIP_TYPO_MIN
    )


# Words between "who" and the verb of "who is watching over <a>?", "who has to look after <a>?".
VERB_LEAD_INS = frozenset({"is", "was", "has", "had", "to", "always", "will", "would", "keeps", "kept"})
# Verbs that ask who someone is or plays, or that other rules read: never a described deed.
NOT_DEEDS = frozenset(
    {
        "is",
        "was",
        "are",
        "were",
        "does",
        "did",
        "do",
        "play",
        "plays",
        "played",
        "playing",
        "portrays",
        "portrayed",
        "voices",
        "voiced",
        "acts",
        "acted",
        "stars",
        "starred",
        "directed",
        "wrote",
        "written",
        "love",
        "loves",
        "loved",
        # a possessive that looks like a verb form ("who was his teacher?" asks his teacher, no deed)
        "his",
        "hers",
        "its",
        "this",
    }
)


# A verb's ending ("watches", "watching", "urged"): "who is the father of <a>?" has no verb before <a>.
VERB_FORM = re.compile(r"(?:[a-z]{2}s|ing|ed)$")
# What may stand between the verb and its object: "watching over <a>", "looks after <a>".
DEED_PARTICLES = frozenset({"over", "for", "after", "with", "on", "to", "at", "up"})


def _stem(word: str) -> str:
    """A verb without its ending: "watching", "watches", "watched" are "watch"."""
    for ending in ("ing", "es", "ed", "s"):
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[: -len(ending)]
    return word


def described_deed(
    words: Sequence[str], spans: Sequence[tuple[int, int]], names: list[dict[str, Any]], store: FactStore
) -> str | None:
    """ "Who is watching over <a character>?": the one other character whose description says that verb and
    names <a> (or is <a>'s relative) - the character asked is its object, not who is asked about. None
    when no description, or more than one, says it."""
    characters = [n for n in names if n.get("entity") == "character"]
    if len(characters) != 1 or len(names) != 1 or not words or words[0] != "who":
        return None
    at = 1
    while at < len(words) and words[at] in VERB_LEAD_INS:
        at += 1
    begin = int(characters[0]["start"])
    if at >= len(words) or words[at] in NOT_DEEDS or not VERB_FORM.search(words[at]):
        return None
    after = at + 1
    while after < len(words) and words[after] in DEED_PARTICLES:
        after += 1
    if after >= len(words) or spans[after][0] != begin:
        return None  # the character is the verb's object, right after it ("who urges <a> to ..."), or not asked
    matches = store.resolve(str(characters[0]["value"]), ("character",))
    if not matches:
        return None
    object_id = matches[0].id
    given = store.characters[object_id].name.split()[0].lower()
    verb = _stem(words[at])
    found = []
    for character_id, character in store.characters.items():
        description = character.description
        if character_id == object_id or description is None or not description.known:
            continue
        said = re.findall(r"[a-z]+", str(description.value).lower())
        related = any(r.object == object_id for r in store.relations if r.subject == character_id)
        if any(_stem(w) == verb for w in said) and (given in said or related):
            found.append(character_id)
    return found[0] if len(found) == 1 else None


# Words after which "<an actor> played <...>" names another work, not this film's role.
WORK_NOUNS = frozenset({"movies", "films", "shows", "dramas", "roles", "characters", "parts"})
# ... and, right after a wh-word, these: "which movie did <an actor> play in?"
WORK_NOUN = frozenset({"movie", "film", "show", "drama", "series", "anime"})
ROLE_WH = frozenset({"what", "which", "who", "whom", "whose"})
# What may end "<an actor> played who in <...>" and still mean this film (besides the words of the store
# that name it: title, platform, year).
THIS_FILM_WORDS = frozenset({"in", "on", "the", "movie", "film", "motion", "picture", "it", "this", "?", "new"})


# Words that open a phrase describing the title before it: "<the title>, one of the best dramas".
APPOSITIVE_OPENERS = frozenset({"one", "a", "an", "the", "which", "that"})


def appositive_of_title(
    words: Sequence[str], spans: Sequence[tuple[int, int]], text: str, title_words: frozenset[str]
) -> int:
    """Where a phrase describing this film's title begins ("in <the title>, one of the most popular
    films"), or the number of words: what describes the film says nothing about other work."""
    for i in range(1, len(words)):
        comma = "," in text[spans[i - 1][1] : spans[i][0]]
        if comma and words[i - 1] in title_words and words[i] in APPOSITIVE_OPENERS:
            return i
    return len(words)


def role_of_actor(
    words: Sequence[str],
    spans: Sequence[tuple[int, int]],
    names: list[dict[str, Any]],
    store: FactStore,
    title_words: frozenset[str],
    text: str = "",
) -> bool:
    """ "What character does <an actor> portray?", "<an actor> played who?", "what part did <an actor>
    have?", "the name of the doctor played by <an actor>": which of this film's characters the actor
    plays (not the actor's other work, nor an attribute "played").

    The form decides: a person named; a play verb with a wh-word as its object (right after it, or
    before a character noun: "what character", "the role of what"), or "<a noun> played by <the
    person>" in a wh-question; no other work asked ("else", "movies"); no other title after "in".
    """
    words = words[: appositive_of_title(words, spans, text, title_words)] if text else words
    people = [n for n in names if n.get("entity") == "person"]
    if len(people) != 1 or any(w in OTHER_WORK_WORDS or w in WORK_NOUNS for w in words):
        return False
    if any(w in ROLE_WH and nxt in WORK_NOUN for w, nxt in zip(words, words[1:], strict=False)):
        return False
    matches = store.resolve(str(people[0].get("value")), ("person",))
    if not matches or not store.roles_of(matches[0].id):
        return False
    played = {c.character for c in store.roles_of(matches[0].id)}
    for name in names:  # a character named must be the actor's own ("the doctor played by <its actor>")
        if name.get("entity") == "character":
            found = store.resolve(str(name.get("value")), ("character",))
            if not found or found[0].id not in played:
                return False
    said = list(words)
    verbs = [i for i, w in enumerate(said) if w in PLAY_VERBS or w in ("have", "had", "take", "took")]
    if not verbs:
        return False
    asked = any(
        said[i] in ROLE_WH and said[i + 1] in CHARACTER_NOUNS for i in range(len(said) - 1)
    )  # "what character", "which role", "what part"
    after = said[verbs[0] + 1 : verbs[0] + 5]
    if after[1:3] in (["role", "of"], ["part", "of"]):  # "played the role of what"
        after = after[3:]
    asked = asked or bool(after[:1] and after[0] in ROLE_WH)
    person_start = int(people[0]["start"])
    # "played by <the person>", "played by (the) actress <the person>": a performer noun may stand before the name
    at_person = next((i for i, (a, _) in enumerate(spans) if a == person_start), -1)
    by_person = any(
        said[i] == "by"
        and said[i - 1] in PLAY_VERBS
        and set(said[i + 1 : at_person]) <= PERFORMER_NOUNS | {"the"}
        and at_person - i <= 3
        for i in range(1, min(len(said) - 1, at_person))
    )
    if not asked and not (by_person and said[0] in ROLE_WH | {"whats", "what's", "name"}):
        return False
    if not asked and said[verbs[0]] in ("have", "had", "take", "took"):
        return False
    tail = [w for w, (a, _) in zip(said, spans, strict=False) if a > spans[verbs[-1]][0]]
    if "in" in tail or "on" in tail:
        start = max(i for i, w in enumerate(tail) if w in ("in", "on"))
        rest = set(tail[start:]) - THIS_FILM_WORDS - title_words
        return not rest
    return True


# Nouns for a young person of one gender: in a film with one lead of each, "who plays the girl?" and
# "and the guy?" mean the lead of that gender (with a describing word, "the sick girl", the description
# decides: reading._described_character).
LEAD_NOUNS = {
    **dict.fromkeys(("girl", "gal", "heroine"), "she"),
    **dict.fromkeys(("boy", "guy", "lad", "dude", "hero"), "he"),
}
LEAD_ADJECTIVES = frozenset({"main", "lead", "leading", "starring"})
# What may follow the noun without describing the person further: "the girl in the movie", "the guy then".
AFTER_LEAD = frozenset({"then", "again", "too", "also"})


def lead_by_noun(words: Sequence[str], spans: Sequence[tuple[int, int]], store: FactStore) -> dict[str, Any] | None:
    """A character entity for "the girl" / "the (main) guy" ending its phrase: the lead of that gender
    (the two best-attested cast entries), or None. "the girl's mom", "the guy who ...", "the girl at
    the shop" describe someone else or further, and are left to the other rules."""
    film_words = THIS_FILM_WORDS | set(tokens(store.title))  # "the girl in <the title>"
    for index, word in enumerate(words):
        # "what's the girl's name?", and typed without the apostrophe, "whats the girls name": hers
        bare = word.endswith("s") and word[:-1] in LEAD_NOUNS
        named = (word.endswith("'s") or bare) and index + 1 < len(words) and words[index + 1] in NAME_NOUNS
        word = word.removesuffix("'s").removesuffix("s") if named else word
        if word not in LEAD_NOUNS:
            continue
        first = index - 1
        if first >= 0 and words[first] in LEAD_ADJECTIVES:
            first -= 1
        if first < 0 or words[first] != "the":
            continue
        rest = words[index + 2 :] if named else words[index + 1 :]
        in_film = bool(rest) and rest[0] in ("in", "on", "from", "of") and all(w in film_words for w in rest[1:])
        placed = None if named or in_film else _placed_by_description(rest, LEAD_NOUNS[word], store)
        if placed is not None:  # "the girl in the hospital": the one character of hers whose description says so
            last = max(i for i in range(index, len(words)) if words[i] not in PLACE_FILLERS)
            start, end = spans[first][0], spans[last][1]  # the place is part of the name, no other work
            return {"entity": "character", "value": store.characters[placed].name, "start": start, "end": end}
        if rest and not in_film and not all(w in AFTER_LEAD for w in rest):
            continue
        character = lead_of_gender(store, LEAD_NOUNS[word])
        if character is None:
            return None
        start, end = spans[first][0], spans[index][1]
        return {"entity": "character", "value": store.characters[character].name, "start": start, "end": end}
    return None


# Prepositions that place a person ("the girl in the hospital", "the guy at the flower shop"), and the words
# of the place phrase that say nothing of it.
PLACING = frozenset({"in", "at", "from", "with"})
PLACE_FILLERS = frozenset({"the", "a", "an", "that", "this", "?", ".", "!"})


def _placed_by_description(rest: Sequence[str], gender: str, store: FactStore) -> str | None:
    """The one character of that gender whose description holds every word of the place phrase that opens
    `rest` ("in the hospital"), or None (no such phrase, none or several characters fit)."""
    if len(rest) < 2 or rest[0] not in PLACING:
        return None
    place = [w for w in rest[1:] if w not in PLACE_FILLERS]
    if not place or len(place) > 3:
        return None
    found = []
    for character_id, character in store.characters.items():
        description = character.description
        if description is None or not description.known or gender_of(store, character_id) != gender:
            continue
        said = set(re.findall(r"[a-z]+", str(description.value).lower()))
        if all(w in said or w.removesuffix("s") in said for w in place):
            found.append(character_id)
    if len(found) > 1:  # "the girl" names a lead first, as it does alone
        found = [c for c in found if c in leads(store)]
    return found[0] if len(found) == 1 else None


def leads(store: FactStore) -> list[str]:
    """The two lead characters: the first two best-attested cast entries."""
    return [credit.character for credit in store.cast if credit.confidence == "high"][:2]


def lead_of_gender(store: FactStore, gender: str) -> str | None:
    """The one lead character of a gender ("he"/"she", the actor's pronoun), or None."""
    fitting = [c for c in leads(store) if gender_of(store, c) == gender]
    return fitting[0] if len(fitting) == 1 else None


NAME_OWNERS = frozenset({"his", "her"})
NAME_NOUNS = frozenset({"name", "names"})


def name_of_pronoun(words: Sequence[str]) -> bool:
    """ "what's his name?", "what was her name in it?", "do you remember his name?": the name of whom the
    pronoun points at. After an answer about an actor or a character the other name is the one not yet
    given, so who plays whom (which names both) answers it; nothing else may be asked."""
    for index, word in enumerate(words):
        if word in NAME_NOUNS and index > 0 and words[index - 1] in NAME_OWNERS:
            rest = words[index + 1 :]
            return not rest or all(w in THIS_FILM_WORDS | FILLER_TAIL for w in rest)
    return False


# "Tell me more about her", "what else do you know about him?", "do you know much about her life?": who the
# pronoun points at, described; nothing else is asked.
ABOUT_OPENERS = (
    ("tell", "me"),
    ("can", "you", "tell", "me"),
    ("could", "you", "tell", "me"),
    ("what", "do", "you", "know"),
    ("what", "else", "do", "you", "know"),
    ("do", "you", "know"),
    ("anything", "else"),
    ("know", "anything"),
)
ABOUT_AMOUNTS = frozenset({"more", "much", "anything", "something", "a", "bit", "little", "else", "some", "things"})
ABOUT_PRONOUNS = frozenset({"her", "him", "them"})
ABOUT_TAILS = frozenset({"life", "then", "please", "again"}) | {"'s", "s"}


def about_object(words: Sequence[str]) -> int | None:
    """Where the object of "tell me (more) about <X>", "what do you know about <X>" starts, or None."""
    for opener in ABOUT_OPENERS:
        if tuple(words[: len(opener)]) != opener:
            continue
        at = len(opener)
        while at < len(words) and words[at] in ABOUT_AMOUNTS:
            at += 1
        if at + 1 < len(words) and words[at] == "about":
            return at + 1
    return None


def about_pronoun(words: Sequence[str]) -> bool:
    """ "tell me more about her", "do you know anything about him?": a description of whom the pronoun means."""
    at = about_object(words)
    if at is None or words[at].removesuffix("'s") not in ABOUT_PRONOUNS:
        return False
    return all(word in ABOUT_TAILS | FILLER_TAIL for word in words[at + 1 :])


# Words that ask of two people's work together: "have <a> and <b> worked together?", "were they co-stars before?".
TOGETHER_WORDS = frozenset({"together", "costar", "costars", "costarred", "co-star", "co-stars", "co-starred"})
EACH_OTHER = (("each", "other"), ("one", "another"))


# Words that put the work together outside this film: "other films", "before", "again".
ELSEWHERE_WORDS = frozenset(
    {"other", "another", "before", "again", "previously", "else", "besides", "past", "earlier", "prior", "since"}
)


def together_asked(words: Sequence[str]) -> bool:
    """ "have <a> and <b> been in other films together?", "did they work with each other before?": work together
    outside this film ("have <a> and <b> starred in a movie together?" is this film's)."""
    said = set(words)
    if not said & ELSEWHERE_WORDS:
        return False
    return bool(TOGETHER_WORDS & said) or any(tuple(words[i : i + 2]) in EACH_OTHER for i in range(len(words) - 1))


# Plural parts asked with no one named: "who plays its characters?", "who played the main roles?" ask the cast.
PART_PLURALS = frozenset({"characters", "roles", "parts"})


# "Who is he?", "who's she again?": whom the pronoun points at, described.
WHO_IS = (("who", "is"), ("who", "was"), ("who", "'s"), ("whos",), ("who's",), ("who", "s"))
WHO_IS_PRONOUNS = frozenset({"he", "she", "they"})


def who_is_pronoun(words: Sequence[str]) -> bool:
    """ "who is he?", "who's she again?": a bare pronoun after "who is", nothing else asked."""
    said = [w for w in words if w not in ("?", ".", "!", ",")]
    for opener in WHO_IS:
        if tuple(said[: len(opener)]) == opener and len(said) > len(opener) and said[len(opener)] in WHO_IS_PRONOUNS:
            return all(w in FILLER_TAIL for w in said[len(opener) + 1 :])
    return False


# Words that may end a question without asking more: "by any chance", "again", "please".
FILLER_TAIL = frozenset({"by", "any", "chance", "again", "please", "then", "there"})


# "Which one came out first?", "which of those is the oldest?": the earliest of the works just listed.
WHICH_WORDS = frozenset({"which", "what"})
EARLIEST_WORDS = frozenset({"first", "earliest", "oldest"})
WHICH_ONE_WORDS = frozenset(
    {"one", "ones", "of", "them", "those", "these", "came", "come", "out", "was", "is", "it", "released", "the"}
)


def earliest_asked(words: Sequence[str]) -> bool:
    """ "which one came out first?", "which was the earliest?": "which" and an earliest word with
    nothing else but words pointing back at what was listed (no title, no name, no other question)."""
    said = [w for w in words if w not in ("?", ".", "!", ",")]
    if not said or said[0] not in WHICH_WORDS or not EARLIEST_WORDS & set(said):
        return False
    return all(w in WHICH_ONE_WORDS | EARLIEST_WORDS | WHICH_WORDS for w in said)


# "What is <a person>'s latest novel?", "her newest book": the latest of their books. A film or a role is left
# to the attribute `debut` and to "I don't know" (an actor's list of works is a selection), and so is a first
# book: a writer's earliest listed work may be a short story, and their debut is what the store says it is.
LATE_ORDER = frozenset({"last", "latest", "newest", "recent"})
ORDERED_WORKS = frozenset({"book", "books", "novel", "novels", "story", "stories"})
# Words that may stand between the order and the work ("her latest published novel", "his last full book").
WORK_QUALIFIERS = frozenset(
    {"published", "released", "full", "own", "ever", "written", "solo", "short", "unfinished", "completed"}
)


def work_by_order(words: Sequence[str]) -> str | None:
    """ "What is <a person>'s latest book?", "name <a person>'s newest novel": "latest" when an order word
    qualifies a noun of a book (at most one qualifier between), or None. A yes/no ("is this her latest
    book?") asks whether, and is left to the yes/no rules."""
    found = ordered_work(words)
    return None if found is None else found[0]


def ordered_work(words: Sequence[str]) -> tuple[str, int] | None:
    """The order asked ("latest") and the position of the book noun it qualifies, or None."""
    if not words or words[0] in YES_NO_FIRST:
        return None
    for i, word in enumerate(words):
        if word not in LATE_ORDER:
            continue
        after = words[i + 1 : i + 3]
        if after[:1] and after[0] in ORDERED_WORKS:
            return "latest", i + 1
        if len(after) == 2 and after[0] in WORK_QUALIFIERS and after[1] in ORDERED_WORKS:
            return "latest", i + 2
    return None


YES_NO_FIRST = frozenset({"is", "was", "are", "were", "did", "does", "do", "has", "have"})


# Words that make a role's name its performer's: "the lead actor", "the leading lady" (the store's aliases of
# the leads), and the adjectives that pick a lead when nobody is named ("the main actress").
PERFORMER_WORDS = frozenset({"actor", "actress", "performer", "leading"})
RELATIVE_WORDS = frozenset({"who", "that"})


def actors_named_by_role(
    words: Sequence[str], spans: Sequence[tuple[int, int]], names: list[dict[str, Any]], store: FactStore
) -> list[tuple[tuple[int, int], str, dict[str, Any] | None]]:
    """ "How old is the lead actor?", "who is the guy who plays <a character> married to?": a character named
    through its performer stands for the actor, so that a person's attribute is the actor's, never the
    character's. Each found: the words' character span, the actor's id, and the character entity it replaces
    (None for "the main actress", which no entity tags: the lead the store's alias "lead actress" names)."""
    found: list[tuple[tuple[int, int], str, dict[str, Any] | None]] = []
    covered: set[int] = set()
    for name in names:
        if name.get("entity") != "character":
            continue
        inside = [i for i, (s, e) in enumerate(spans) if s >= int(name["start"]) and e <= int(name["end"])]
        if not inside:
            continue
        first, last = inside[0], inside[-1]
        own = set(words[first : last + 1])
        # "the actress who plays <a character>": a relative clause, not the question's own "who plays"
        relative = first >= 3 and words[first - 1] in PLAY_VERBS and words[first - 2] in RELATIVE_WORDS
        if not (own & PERFORMER_WORDS or relative):
            continue
        actor = _actor_of_character(str(name.get("value")), store)
        if actor is None:
            continue
        start = spans[first - 3][0] if relative and not own & PERFORMER_WORDS else int(name["start"])
        found.append(((start, int(name["end"])), actor, name))
        covered.update(range(first - (3 if relative else 0), last + 1))
    for i, word in enumerate(words):
        if i == 0 or i in covered or word not in {"actor", "actress"} or words[i - 1] not in LEAD_ADJECTIVES:
            continue
        actor = _actor_of_character(f"lead {word}", store)
        if actor is not None:
            found.append(((spans[i - 1][0], spans[i][1]), actor, None))
    return found


def _actor_of_character(words: str, store: FactStore) -> str | None:
    matches = store.resolve(words, ("character",))
    credits = store.actor_of(matches[0].id) if matches else []
    return credits[0].actor if credits else None


# "Who is the youngest actor?", "the two oldest cast members": a superlative over the film's performers. Age
# is computed from the birth dates the store holds; the others name a measure the store holds nothing of (an
# opinion, "the most famous actor", is not one: the leads answer it).
AGE_SUPERLATIVES = {"youngest": "youngest", "oldest": "oldest", "eldest": "oldest"}
UNHELD_SUPERLATIVES = {
    "tallest": "heights",
    "shortest": "heights",
    "heaviest": "weights",
    "lightest": "weights",
    "richest": "wealth",
}
SUPERLATIVE_WORDS = frozenset(AGE_SUPERLATIVES) | frozenset(UNHELD_SUPERLATIVES)
# The vocabulary's attribute of each measure the store holds nothing of (bot/understanding/vocabulary.yml).
UNHELD_MEASURE_KEYS = {"heights": "height", "weights": "weight", "wealth": "salary"}


def unheld_measure_of_one(words: Sequence[str]) -> tuple[int, str] | None:
    """ "Was <X> the tallest member of the cast?": a superlative of a measure the store holds nothing of, said
    of one person - its position and the attribute it asks (whatever the cast, the measure is not known)."""
    for index, word in enumerate(words):
        measure = UNHELD_SUPERLATIVES.get(word)
        if measure is not None:
            return index, UNHELD_MEASURE_KEYS[measure]
    return None


# Words that make the superlative one over the cast (not "the youngest player in the league").
CAST_MEMBER_NOUNS = frozenset(
    {"actor", "actors", "actress", "actresses", "cast", "star", "stars", "performer", "performers"}
)
# Words that ask who performs a part: without one, a relation ("the parents of <a character>") asks who they are.
PERFORMING_WORDS = CAST_MEMBER_NOUNS | PERFORMER_NOUNS | VOICE_WORDS
# "the youngest actress": the cast members of that pronoun only.
SHE_NOUNS = frozenset({"actress", "actresses", "girl", "girls", "woman", "women", "female"})
HE_NOUNS = frozenset({"guy", "guys", "boy", "boys", "man", "men", "male"})
COUNT_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "2": 2, "3": 3, "4": 4, "5": 5}


@dataclass(frozen=True)
class CastSuperlative:
    """A superlative asked over the cast: `word` is "youngest" or "oldest" when computed from birth dates,
    else `unheld` names what the store lacks ("heights"); `count` is how many are asked, `pronoun` whose."""

    word: str
    unheld: str | None = None
    count: int = 1
    pronoun: str | None = None


def cast_superlative(words: Sequence[str], title_words: frozenset[str] = frozenset()) -> CastSuperlative | None:
    """ "Who is the youngest actor in <the film>?", "which cast member is the oldest?", "who is the tallest
    actress?": a superlative asked of the film's performers, or None (no cast noun, no superlative)."""
    said = set(words)
    if not said & CAST_MEMBER_NOUNS and not _bare_superlative(words):
        return None
    if said & WORLDWIDE and not said & (FILM_SAID_WORDS | title_words):
        return None  # "the oldest actor ever", "the youngest actress in japan": over everyone
    for index, word in enumerate(words):
        unheld = UNHELD_SUPERLATIVES.get(word)
        if word not in AGE_SUPERLATIVES and unheld is None:
            continue
        before = words[index - 1] if index else ""
        pronoun = "she" if said & SHE_NOUNS else "he" if said & HE_NOUNS else None
        return CastSuperlative(AGE_SUPERLATIVES.get(word, word), unheld, COUNT_WORDS.get(before, 1), pronoun)
    return None


# Words that make a superlative over performers one over everyone ("the oldest actor ever", "in hollywood",
# "the oldest living actor"), unless this film is named too ("the youngest actor in the film ever cast"; its title's
# words, `title_words`, are the caller's).
WORLDWIDE = frozenset(
    """ever history time world hollywood bollywood japan japanese america american usa korea china country alive
    living today currently industry""".split()
)
FILM_SAID_WORDS = frozenset({"film", "movie", "cast", "it", "this"})


# Superlatives that rank performers: "the oldest actor ever", "the best actress in the world".
RANKING_WORDS = SUPERLATIVE_WORDS | frozenset({"best", "greatest", "most", "highest", "biggest", "first", "worst"})


def of_another_work(words: Sequence[str], title_words: frozenset[str] = frozenset()) -> bool:
    """ "the youngest actor in <another title>": a place or a work after "in", "from" or "of" that is not this film."""
    ours = FILM_SAID_WORDS | title_words | {"the", "a"}
    return any(
        word in ("in", "from", "of") and words[at + 1 : at + 2] and words[at + 1] not in ours
        for at, word in enumerate(words)
    )


def superlative_over_everyone(words: Sequence[str], title_words: frozenset[str] = frozenset()) -> bool:
    """ "who is the oldest actor ever?", "the youngest actress in japan", "the best actor in the world": a ranking
    of performers over everyone, with nothing of this film said."""
    said = set(words)
    ranked = said & CAST_MEMBER_NOUNS and said & RANKING_WORDS and said & WORLDWIDE
    return bool(ranked and not said & (FILM_SAID_WORDS | title_words))


# The openers of an elliptic follow-up ("and the oldest?", "what about the youngest one?") and its other words.
ELLIPSIS_OPENERS = (("and",), ("what", "about"), ("how", "about"))
BARE_SUPERLATIVE_WORDS = frozenset({"the", "one", "then"})


def _bare_superlative(words: Sequence[str]) -> bool:
    """ "And the oldest?" after "who is the youngest actor?": an elliptic follow-up with a superlative of age and
    nothing else asks the same of the cast. Not "who is the oldest?" said alone (whose, is not said)."""
    opener = next((o for o in ELLIPSIS_OPENERS if tuple(words[: len(o)]) == o), None)
    if opener is None:
        return False
    rest = words[len(opener) :]
    ages = [w for w in rest if w in AGE_SUPERLATIVES]
    return len(ages) == 1 and all(w in BARE_SUPERLATIVE_WORDS or w in AGE_SUPERLATIVES for w in rest)


# "a member of the idol group <a group>", "the vocalist of <a band>": the group a person's description
# names (its capitalised words after "<a member word> of").
GROUP_IN_ABOUT = re.compile(
    r"\b(?:member|vocalist|singer|bassist|guitarist|drummer|leader) of (?:the )?(?:[a-z-]+ )*?"
    r"((?:[A-Z][^\s,();]*)(?: (?:[A-Z&][^\s,();]*))*)"
)


def group_of(store: FactStore, person_id: str) -> list[str] | None:
    """The words of the group the person's description says they belong to, or None."""
    about = store.people[person_id].about
    if about is None or not about.known:
        return None
    found = GROUP_IN_ABOUT.search(str(about.value))
    return tokens(found.group(1)) if found else None


def group_named(words: Sequence[str], store: FactStore) -> str | None:
    """The words of a group one of the film's people belongs to, if the message names it ("is <their band> an
    American band?"), else None."""
    for person_id in store.people:
        group = group_of(store, person_id)
        if group and _words_at(words, group) is not None:
            return " ".join(group)
    return None


def member_of_group(words: Sequence[str], spans: Sequence[tuple[int, int]], store: FactStore) -> dict[str, Any] | None:
    """ "Who does the <a group> member play?", "the guy from <a band>": a person entity for the one of the
    film's people whose description puts them in the group named, or None (no group, or several members)."""
    found = []
    for person_id, person in store.people.items():
        group = group_of(store, person_id)
        at = _words_at(words, group) if group else None
        if at is not None:
            found.append(
                {"entity": "person", "value": person.name, "start": spans[at[0]][0], "end": spans[at[1] - 1][1]}
            )
    return found[0] if len(found) == 1 else None


# "who are the members of <a band>?", "<a band>'s line-up": the people of a group named.
MEMBER_NOUNS = frozenset({"members", "member", "lineup", "lineups"})


def members_of_a_named_group(words: Sequence[str], names: Sequence[dict[str, Any]], store: FactStore) -> bool:
    """Whether the one name said is a group's (a person of the store of kind "group") and its members are asked: the
    film's people the group's members are, found by `member_of_group`, answer it, not the group's card."""
    if len(names) != 1:
        return False
    line_up = any(words[at : at + 2] in (["line", "up"], ["line", "ups"]) for at in range(len(words)))
    if not (line_up or MEMBER_NOUNS & set(words)):
        return False
    match = store.resolve_one(str(names[0].get("value")), ("person",))
    return match is not None and store.people[match.id].kind == "group"


# "what group starred in it?", "which band is in the movie?": a group asked among the film's performers.
GROUP_NOUNS = frozenset({"group", "band", "boyband", "idol"})
STARRING_WORDS = frozenset({"starred", "stars", "star", "starring", "acts", "acted", "appears", "appeared"})
# "which band is in the movie?": "in" this film, said by one of these after it.
RECORD_NOUNS = frozenset({"record", "records", "most", "award", "awards", "formed", "founded"})
IN_THIS_FILM = (["it"], ["this"], ["the", "movie"], ["the", "film"], ["the", "cast"])


def group_in_cast(words: Sequence[str], spans: Sequence[tuple[int, int]], store: FactStore) -> dict[str, Any] | None:
    """ "What group starred in it?": a person entity, over the group noun, for the one cast member whose description
    puts them in a group, when the message asks which group (a wh-word before a group noun, then a word of
    starring)."""
    asked = next(
        (at + 1 for at, word in enumerate(words[:-1]) if word in ("what", "which") and words[at + 1] in GROUP_NOUNS),
        None,
    )
    if asked is None:
        return None
    rest = words[asked + 1 :]
    after_in = (*IN_THIS_FILM, tokens(store.title))  # "in <the title>" too
    in_this_film = any(
        w == "in" and any(rest[i + 1 : i + 1 + len(p)] == p for p in after_in) for i, w in enumerate(rest)
    )
    if not (STARRING_WORDS & set(rest) or in_this_film) or RECORD_NOUNS & set(words):
        return None  # "which band formed in the early 2000s?", "which group held the record ...?": not of ours
    members = list(dict.fromkeys(c.actor for c in store.cast if c.actor in store.people and group_of(store, c.actor)))
    if len(members) != 1:
        return None
    start, end = spans[asked]
    return {"entity": "person", "value": store.people[members[0]].name, "start": start, "end": end}


def _words_at(words: Sequence[str], group: list[str]) -> tuple[int, int] | None:
    """Where the group's words are said in a row; "and" may stand between them for a "&" ("king and prince")."""
    for start in range(len(words)):
        at, matched = start, 0
        while at < len(words) and matched < len(group):
            if words[at] == group[matched]:
                matched += 1
            elif not matched or words[at] not in ("and", "n"):
                break
            at += 1
        if matched == len(group):
            return start, at
    return None


def medium_asked(words: Sequence[str], media: dict[str, tuple[str, ...]]) -> str | None:
    """ "What movies has she been in?": the one kind of work (a store medium) the words name; None when
    they name none or several ("movies or shows")."""
    text = f" {' '.join(_without_excluded(words))} "
    named = {medium for medium, phrases in media.items() if any(f" {phrase} " in text for phrase in phrases)}
    return named.pop() if len(named) == 1 else None


# Words that set a kind of work aside: "what else has she done outside of the <title> series?" asks for any other.
EXCLUDING = (("outside", "of"), ("other", "than"), ("apart", "from"), ("besides",), ("except",), ("beyond",))
EXCLUDED_MAX_WORDS = 5
EXCLUSION_ENDS = frozenset({"what", "which", "who", "has", "have", "did", "does", "is", "are", "was", "were"})


def _without_excluded(words: Sequence[str]) -> list[str]:
    """The words less a phrase set aside by "outside of", "besides" and the like (up to a question word after it)."""
    kept = list(words)
    for i in range(len(kept)):
        marker = next((m for m in EXCLUDING if tuple(kept[i : i + len(m)]) == m), None)
        if marker is None:
            continue
        end = i + len(marker)
        while end < len(kept) and end - i < len(marker) + EXCLUDED_MAX_WORDS and kept[end] not in EXCLUSION_ENDS:
            end += 1
        kept[i:end] = [""] * (end - i)
    return [word for word in kept if word]


def of_medium(works: Sequence[Any], medium: str | None) -> list[Any]:
    """The works that may be of the medium asked: a work the store gives as another kind is left out."""
    return [work for work in works if medium is None or work.medium in (None, medium)]


# "is <someone> in it?", "was <someone> in <the title>?": one person's being in the film, asked of a name
NAME_IN_FILM_OPENERS = frozenset({"is", "was", "isnt", "wasnt"})
NAME_MIN_WORDS, NAME_MAX_WORDS = 2, 3


# "does <a name> appear in it?": auxiliaries of doing, and the verbs of being in a film that follow the name.
DOING_OPENERS = frozenset({"does", "did", "has"})
IN_FILM_VERBS = frozenset(
    "appear appears appeared act acts acted star stars starred play plays played feature features featured been".split()
)


def unknown_name_in_film(
    words: Sequence[str], film_spans: Sequence[tuple[int, int]], taken: set[int], known: frozenset[str]
) -> tuple[int, int] | None:
    """ "is <a name in lower case> in <the title>?" typed in lower case: two or three words between "is"/"was" and
    "in <this film>" that are no word the assistant knows (of the film, the lexicon or grammar) and no name
    found are a name, someone the store may not hold; the entity rules find names by their capitals only.
    Token positions of the name, or None. Any known word ("is bad language in it?") makes it no name."""
    if len(words) < NAME_MIN_WORDS + 3 or words[0] not in NAME_IN_FILM_OPENERS | DOING_OPENERS:
        return None
    for start, end in film_spans:  # the film closes the question: "… in it", "… in <the title>"
        if end != len(words) or start < 2 or words[start - 1] != "in":
            continue
        # "does <a name> appear in it?", "did <a name> star in <the title>?": a verb of being in a film before "in"
        verb = 1 if words[start - 2] in IN_FILM_VERBS and words[0] in DOING_OPENERS else 0
        name = range(1, start - 1 - verb)
        if not NAME_MIN_WORDS <= len(name) <= NAME_MAX_WORDS:
            return None
        if any(i in taken or not words[i].isalpha() or words[i] in known for i in name):
            return None
        return 1, start - 1 - verb
    return None


# Nouns for a performer described by another of their works: "the actress from <a work>".
DESCRIBED_PERFORMERS = frozenset(
    {"guy", "girl", "boy", "man", "woman", "lady", "dude", "actor", "actress", "star", "one"}
)
# The pronoun a gendered performer noun fits ("the guy from <a work>" is no actress of it).
NOUN_PRONOUNS = {
    "guy": "he",
    "boy": "he",
    "man": "he",
    "dude": "he",
    "girl": "she",
    "woman": "she",
    "lady": "she",
    "actress": "she",
}
# Words that tie the performer to that work: "the guy from <a work>", "the actor in <a work>".
FROM_WORDS = frozenset({"from", "in", "of"})
# Words before a performer noun that keep the phrase one description ("the actress famous for her role in ...").
DESCRIBING_WORDS = frozenset({"famous", "known", "best", "for", "her", "his", "their", "role", "roles", "part", "lead"})


def _title_words(title: str) -> list[str]:
    """A work's title as said: its words before a subtitle ("The Makanai: Cooking for ..." is "the makanai")."""
    return tokens(title.split(":")[0])


def performer_by_work(
    words: Sequence[str], spans: Sequence[tuple[int, int]], store: FactStore
) -> dict[str, Any] | None:
    """ "What character does the actress from <a work> play?", "the guy in <a work>": a person entity for the one of
    the film's people known for the work named after a performer noun (with or without its leading "the"), or
    None (no such phrase, a work of several of them, or a title of one word, which an ordinary word may be)."""
    found: dict[str, dict[str, Any]] = {}
    for at, word in enumerate(words[:-1]):
        if word not in DESCRIBED_PERFORMERS or at == 0 or words[at - 1] not in ("the", "that", "this"):
            continue
        # "from/in/of" right after the noun, or after a few describing words ("famous for her role in")
        tie = next((i for i in range(at + 1, min(len(words), at + 6)) if words[i] in FROM_WORDS), None)
        if tie is None or not set(words[at + 1 : tie]) <= DESCRIBING_WORDS:
            continue
        for person in store.people.values():
            if NOUN_PRONOUNS.get(word, person.pronoun) != person.pronoun:
                continue
            for work in person.known_for:
                title = _title_words(work.title)
                bare = title[1:] if title[:1] == ["the"] else title
                said_the = words[tie + 1 : tie + 2] == ["the"]
                # one word is a title only with the title's own "the" said ("the makanai", not "mother")
                shortest = 1 if said_the and bare != title else 2
                start = tie + 2 if said_the else tie + 1
                if len(bare) >= shortest and list(words[start : start + len(bare)]) == bare:
                    end = spans[start + len(bare) - 1][1]
                    found[person.id] = {"entity": "person", "value": person.name, "start": spans[at][0], "end": end}
    return next(iter(found.values())) if len(found) == 1 else None


def names_performer_by_work(text: str, store: FactStore) -> bool:
    """Whether the message describes one of the film's people by another of their works ("the actress from
    <a work>"): that work's title is then no other subject (the scope guard asks)."""
    words = tokens(text.replace("-", " "))
    return performer_by_work(words, [(0, 0)] * len(words), store) is not None


# Nouns of a work asked by a wh-head: "in what movie did <X> play <a part>?", "which show did <X> play a maiko in?".
ASKED_WORK_NOUNS = frozenset(
    {"movie", "movies", "film", "films", "show", "shows", "drama", "dramas", "series", "anime", "flick", "work"}
)
# Words around the part named after the play verb that are not the part ("play a maiko in?").
PART_FILLERS = frozenset({"a", "an", "the", "in", "on", "role", "of", "part", "character"})
# Words that end the part named: another clause or question starts ("... a policeman and what year ...").
PART_ENDS = frozenset({"and", "or", "but", "what", "when", "which", "who", "where", "how", "why"})
PART_PREPOSITIONS = frozenset({"in", "on", "for", "with", "from"})


def part_in_another_work(words: Sequence[str]) -> list[str] | None:
    """ "In what movie did <X> play <a part>?": the words of the part a person played in a work asked by its
    wh-head (a work noun right after "what"/"which"), or None. The part is what follows the last play verb,
    without its articles and the closing "in"; the person and this film's characters are for the caller to check."""
    head = next((i for i, w in enumerate(words[:4]) if w in WH_DETERMINERS), None)
    if head is None or head + 1 >= len(words) or words[head + 1] not in ASKED_WORK_NOUNS:
        # "what is the name of the movie where <X> plays the role of <a part>?": the work noun the wh-phrase heads
        asked = work_asked.work_asked(list(words), ())
        if asked is None:
            return None
        head = asked.end - 2
    verbs = [i for i, w in enumerate(words) if w in PLAY_VERBS and i > head + 1]
    if not verbs:
        return None
    after = list(words[verbs[-1] + 1 :])
    # "... play a policeman and what year was it released?": the part ends where another question starts
    # "... (who played <a> in <the title>) appear in?": a preposition with words after it ends the part too
    end = next(
        (i for i, w in enumerate(after) if w in PART_ENDS or (w in PART_PREPOSITIONS and i + 1 < len(after))),
        len(after),
    )
    part = [w for w in after[:end] if w not in PART_FILLERS]
    return part or None


# Nouns of a part in a film: "what character does <X> play?", "is <X> in the cast?".
PART_NOUNS = frozenset({"character", "characters", "role", "roles", "part"})
# Verbs that ask a part with a part noun: "what part did <X> have?", "which role does <X> play?".
PART_VERBS = PLAY_VERBS | frozenset({"have", "has", "had"})
# After a verb of playing, words of a game or a team, not of a part: "who does <X> play for?".
NOT_A_PART_AFTER = frozenset({"for", "with", "against", "at"})
# Nouns of a work that, without "the" or "this" before them, name another ("the <title> movie", "a franchise").
OTHER_WORK_NOUNS = frozenset({"movie", "movies", "film", "films", "show", "series", "book", "franchise", "saga"})
# Words that may end a question after "in <this film>": nothing more is named.
ENDING_WORDS = frozenset({"?", ".", "!", "right", "too", "then", "again"})


def asks_a_part(words: Sequence[str]) -> bool:
    """ "what character does <X> play?", "who is <X> playing?", "is <X> in the cast?", "who plays <Y>?", "did <X>
    act in the film?": the question asks of a part in a film, and names no other work ("... in <another title>",
    "the <title> movie"). With no other work named, the film is this one (the one the assistant is about), so a
    name it does not know is someone not in it, not another subject."""
    said = set(words)
    in_this_film = _in_this_film(words)
    if in_this_film is None:
        return False  # "who played <X> in <another title>?": that work's part
    # "as part of <a franchise>" is no part played
    nouns = {w for i, w in enumerate(words) if w in PART_NOUNS and not (w == "part" and words[i + 1 : i + 2] == ["of"])}
    part = (
        bool(nouns and PART_VERBS & said)
        or "who" in said
        and any(w in PLAY_VERBS and not (set(words[i + 1 : i + 2]) & NOT_A_PART_AFTER) for i, w in enumerate(words))
    )
    cast = any(words[i : i + 3] == ["in", "the", "cast"] for i in range(len(words)))
    # "did <X> act in the film?", "is <X> in the movie?"
    acting = in_this_film and (bool(ACTING_VERBS & said) or words[:1] in (["is"], ["was"], ["are"], ["were"]))
    return part or cast or acting


def asked_in_this_film(words: Sequence[str]) -> bool:
    """ "How old is <X> in the movie?", "does <X> die in it?": a question that ends placing what it asks of "in" this
    film; whoever it names is one of its people or characters, so a full name it does not know is no one in it."""
    return bool(_in_this_film(words)) and bool(words) and words[0] in PLACED_OPENERS


# Openers of a question about someone placed "in" this film: "how old is <X> in it?", "does <X> die in it?".
PLACED_OPENERS = frozenset({"how", "does", "did", "what", "whats", "what's", "when", "where", "who", "why"})


def _in_this_film(words: Sequence[str]) -> bool | None:
    """True when the question places itself "in" this film ("in it", "in the movie", "in the cast") and ends
    there, False when it says no "in", None when an "in" or a work noun names something else."""
    found = False
    for i, word in enumerate(words):
        if word in OTHER_WORK_NOUNS and (i == 0 or words[i - 1] not in ("the", "this")):
            return None  # "the <title> movie", "a movie"
        if word != "in":
            continue
        phrase = next((p for p in IN_THIS_FILM if list(words[i + 1 : i + 1 + len(p)]) == p), None)
        rest = [w for w in words[i + 1 + len(phrase) :] if w not in ENDING_WORDS] if phrase else None
        if phrase is None or rest:
            return None
        found = True
    return found


# Words that rank a person's works by a measure the store does not hold ("the most episodes", "the best", "the
# highest rated"); "most famous", "best known", "most recent" ask what they are known for or the order of their works.
WORKS_RANKING_WORDS = frozenset(
    """best worst most least highest lowest longest shortest biggest greatest top successful""".split()
)
NOT_RANKED_AFTER = frozenset({"famous", "known", "popular", "recent", "recently", "notable", "remembered"})


def ranking_asked(words: Sequence[str]) -> str | None:
    """The words that rank someone's works by a measure ("most episodes", "best"), or None."""
    for at, word in enumerate(words):
        if word not in WORKS_RANKING_WORDS:
            continue
        after = words[at + 1] if at + 1 < len(words) else ""
        if after in NOT_RANKED_AFTER or after.isdigit() or after in COUNT_WORDS:
            continue  # "list top five movies of him": a few of the works, listed
        # the measure is a plural or a participle ("most episodes", "highest rated"), never a name ("most <a name>")
        measured = after.endswith(("s", "ed", "ing")) and after not in RANKING_STOPS
        end = at + 1 + measured
        return " ".join(words[at:end])
    return None


# Words after a ranking word that are not its measure: "the best of them", "which is the best?".
RANKING_STOPS = frozenset({"of", "in", "to", "for", "one", "ones", "and", "or", "is", "was", "film", "movie", "show"})


# Superlatives that rank the characters by what no source measures ("the scariest character", "the most famous
# character"); the ages are cast_superlative's, and "the most important character" is the lead.
RANKED_CHARACTER_NOUNS = frozenset({"character", "characters"})
# ("the best character" is the listener's taste, which the other readers answer)
CHARACTER_RANKING_WORDS = frozenset({"most", "least"})
LEAD_DEGREES = frozenset({"important", "central", "main", "prominent"})
NOT_SUPERLATIVES = frozenset(
    """interest honest forest request contest suggest harvest protest modest manifest arrest guest quest invest digest
    attest detest chest nest rest test west earnest""".split()
)
MIN_SUPERLATIVE_LENGTH = 6  # "scariest", "cutest": shorter "-est" words are "best", "rest", "test"


def character_ranked(words: Sequence[str]) -> int | None:
    """Where a superlative ranking the film's characters stands ("who is the scariest character?"), or None."""
    if not RANKED_CHARACTER_NOUNS & set(words):
        return None
    for i, word in enumerate(words):
        if word in CHARACTER_RANKING_WORDS and words[i + 1 : i + 2] and words[i + 1] in LEAD_DEGREES:
            return None
        if word in CHARACTER_RANKING_WORDS or (
            len(word) >= MIN_SUPERLATIVE_LENGTH and word.endswith("est") and word not in NOT_SUPERLATIVES
        ):
            return i
    return None
