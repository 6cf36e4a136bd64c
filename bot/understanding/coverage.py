"""Does the answer about to be given cover what was asked? Two checks on a question's slots.

- The *head* of a wh-phrase ("which <X>", "what <X>", "what is the <X>", "how many <X>") names
  the kind of thing wanted. When no word of it is known (not an attribute, a name, a crew role,
  a topic, nor a neutral head such as "movie" or "year"), the store has nothing of that kind:
  the reply is "I don't know <X>", never the nearest fact it does hold.
- The *work slot* of a question ("directed <X>", "the music for <X>", "the movie <X>", "was <X>
  filmed") names the work asked about. An unknown title-like phrase there is another work:
  out of scope, never answered for this film.

Rasa-free; bot/understanding/reading.py calls it with the words it has already read.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rapidfuzz import process
from rapidfuzz.distance import OSA

from bot.store import FactStore
from bot.understanding.lexicon import Hit, Lexicon, tokens

# Words that glue a question together; never a head or a title.
FUNCTION_WORDS = frozenset(
    """is was are were be been being 's do does did done has have had can could will would should shall may might
    it its it's this that these those the a an of in on at for to by with about from into as than
    he she they him her his hers their them you your yours i me my we our us
    and or but not no so if then else there here one ones all any some many much more most
    who whom whose what whats what's which when where why how
    gonna gotta wanna""".split()  # chat forms of auxiliaries: "is the movie gonna take long", no title
)
ARTICLES = frozenset({"the", "a", "an"})
WH_WORDS = frozenset({"what", "which", "whats", "what's"})
COPULAS = frozenset({"is", "was", "are", "were", "'s"})
DETERMINERS = frozenset({"the", "his", "her", "its", "their", "a", "an"})
# "What kind of <X>": the kind is the head's kind.
KIND_WORDS = frozenset({"kind", "type", "sort", "kinds", "types", "sorts"})
# "what kinda <X>": the "of" written into the word.
KIND_OF_WORDS = frozenset({"kinda", "sorta", "typa"})
# "What is the name|title of <X>": the head is X, the thing named.
NAMING_WORDS = frozenset({"name", "names", "title", "titles"})
# Adjectives before a head ("the main <X>", "the original <X>"): the head is what follows.
MODIFIERS = frozenset(
    """main original full official exact whole entire real actual other first last best new same
    english japanese netflix specific particular""".split()
)
# "the <X> of|on|about|with <an attribute or the film>": <X> is only a container ("the gist of the plot").
CONTAINER_PREPOSITIONS = frozenset({"of", "on", "about", "with", "for", "behind"})
# "the <X> with|on <a name>": <X> only a container ("the deal with <a>", "the lowdown on <a>"), never "of".
NAME_CONTAINER_PREPOSITIONS = frozenset({"with", "on"})
# Where a question names the work it is about: after these (and any article), a title.
WORK_PREPOSITIONS = frozenset({"for", "of", "in", "on"})
# Kinds of work before a title: "the movie <X>", "the book <X>".
WORK_NOUNS = frozenset({"movie", "film", "show", "series", "book", "novel", "anime", "drama", "manga", "flick"})
# Attributes whose words are verbs or nouns of making a work: what follows them may be a title.
MAKING = frozenset(
    {"director", "writer", "music", "producer", "studio", "cast", "theme_song", "screen_adaptation", "creator"}
)
TITLE_MAX_WORDS = 5
# Attributes asked with a verb after "did <X> …" ("did <X> come out", "who did <X> direct").
VERB_KEYS = frozenset({"release_date", "director", "writer", "music", "producer", "filming", "awards"})


@dataclass(frozen=True)
class Span:
    start: int  # token positions
    end: int


def film_vocabulary(store: FactStore, lexicon: Lexicon) -> frozenset[str]:
    """Every word of this film's titles, people, characters, crew roles and topics (computed once per store)."""
    key = (id(store), id(lexicon))
    if key not in _VOCABULARIES:
        _VOCABULARIES.clear()  # one store and lexicon at a time; a test's own store replaces it
        _VOCABULARIES[key] = _film_vocabulary(store, lexicon)
    return _VOCABULARIES[key]


_VOCABULARIES: dict[tuple[int, int], frozenset[str]] = {}


def known_work_words(store: FactStore) -> frozenset[str]:
    """Words of the other works the store's people are known for (computed once per store): a title of one of
    them is no unknown work ("who gained prominence in <a work>")."""
    if id(store) not in _KNOWN_WORK_WORDS:
        _KNOWN_WORK_WORDS.clear()
        _KNOWN_WORK_WORDS[id(store)] = frozenset(
            w for p in store.people.values() for work in p.known_for for w in tokens(work.title)
        )
    return _KNOWN_WORK_WORDS[id(store)]


_KNOWN_WORK_WORDS: dict[int, frozenset[str]] = {}


def _film_vocabulary(store: FactStore, lexicon: Lexicon) -> frozenset[str]:
    texts: list[str] = [store.title, *lexicon.film_words, *lexicon.not_titles]
    for key in ("title_forms", "title_romaji", "nickname"):
        fact = store.film.get(key)
        if fact is not None and fact.value is not None:
            texts += [str(v) for v in fact.value] if isinstance(fact.value, list) else [str(fact.value)]
    publisher = store.novel.get(
        "publisher"
    )  # "<the title> published by <its publisher>": the novel's, a clue that fits
    if publisher is not None and publisher.value is not None:
        texts.append(str(publisher.value))
    texts += [form for _, _, form in store.name_forms()]
    texts += [*store.topics, *store.roles]
    return frozenset(word for text in texts for word in tokens(text))


def covered(index: int, hits: Iterable[Hit], spans: Iterable[Span]) -> bool:
    """The word at `index` is part of a lexicon phrase or of an entity."""
    return any(h.start <= index < h.end for h in hits) or any(s.start <= index < s.end for s in spans)


_covered = covered


# Characters a possessive adds after a name: "'s", "s", "'".
POSSESSIVE_TAIL = 2


def entity_spans(spans: list[tuple[int, int]], entities: Iterable[dict]) -> list[Span]:
    """Token ranges of the entities (names, crew roles, topics) the entity rules found."""
    found = []
    for entity in entities:
        start, end = entity.get("start"), entity.get("end")
        if start is None or end is None:
            continue
        # A possessive glued to the name's last word ("<given> <family>'s", "<given> <family>s") is the
        # name's: it owns what follows, it is no unknown word of its own.
        inside = [
            i for i, (a, b) in enumerate(spans) if a >= start and (b <= end or (a < end and b - end <= POSSESSIVE_TAIL))
        ]
        if inside:
            found.append(Span(inside[0], inside[-1] + 1))
    return found


def unknown_head(
    words: list[str],
    hits: list[Hit],
    entities: list[Span],
    lexicon: Lexicon,
    known: frozenset[str],
    owners: list[Span] | None = None,
) -> Span | None:
    """The head of the question's wh-phrase when none of its words is known; else None.

    `owners` are the names (people, characters) that may own the thing in "the name of <a name>'s <X>"."""
    for at in wh_positions(words):
        head = head_after(words, at)
        if head is None:
            continue
        # a people's name only modifies the head ("what Australian suburb"): the noun after it is what is asked
        skipped = MODIFIERS | lexicon.peoples_names
        group = [i for i in range(head.start, head.end) if words[i] not in skipped]
        if not group:
            continue
        named = _named_thing(words, group, hits, entities, owners or [], lexicon)
        if named is not None:  # "what is the name of <X>": X is asked about, not the film's title
            return named if named.end > named.start else None
        if any(_covered(i, hits, entities) or _neutral(words[i], lexicon) for i in group):
            return None  # a known attribute, name or neutral head (or a typo of one): the classifier's answer may fit
        if any(words[i] in known or words[i].isdigit() or _near_head(words[i], lexicon.head_words) for i in group):
            return None
        after = head.end
        if (
            after + 1 < len(words)
            and words[after] in CONTAINER_PREPOSITIONS
            and _covered(
                after + 1 + (words[after + 1] in ARTICLES or words[after + 1] in ("this", "that")),
                [h for h in hits if h.kind in ("attribute", "film")],
                [],
            )
        ):
            return None  # "what's the lowdown on the plot?", "what's the deal with this movie?": a container
        if (
            after + 1 < len(words)
            and words[after] in NAME_CONTAINER_PREPOSITIONS
            and _covered(after + 1 + (words[after + 1] in ARTICLES), [], owners or [])
        ):
            return None  # "what's the deal with <a character>?": about them; "the degree of <X>" is X's degree
        return Span(group[0], group[-1] + 1)
    return None


def _named_thing(
    words: list[str], group: list[int], hits: list[Hit], entities: list[Span], owners: list[Span], lexicon: Lexicon
) -> Span | None:
    """ "the name|title of <X>": X is what is asked about. An empty span when X is known (an attribute, a
    name, the film, a neutral head: "the name of the director", "the title of the movie"); X's noun group
    when it is not ("the name of <a character>'s hospital"); None when the head is no "name of"."""
    if len(group) != 1 or words[group[0]] not in NAMING_WORDS:
        return None
    i = group[0] + 1
    if i >= len(words) or words[i] != "of":
        return None
    i += 1
    while i < len(words) and words[i] in ARTICLES | {"this", "that", "his", "her", "their", "its"}:
        i += 1
    # A possessor before the noun ("<a character>'s hospital", "the florist' shop"): the noun is asked.
    owner = next((s for s in owners if s.start <= i < s.end), None)
    if owner is None and i + 1 < len(words) and words[i].endswith("'s") and words[i + 1] not in FUNCTION_WORDS:
        i += 1  # "<a name>'s school": the possessive is the owner
    elif owner is not None:
        after = owner.end + (owner.end < len(words) and words[owner.end] in ("s", "'s"))
        if after < len(words) and words[after] not in FUNCTION_WORDS:
            i = after
    end = i
    while end < len(words) and end - i < 2 and words[end] not in FUNCTION_WORDS:
        starting = next((s for s in entities if s.start == end), None)
        if end > i and starting is not None:
            if words[end] in MODIFIERS:  # "the name of the unfortunate main character": the role is the head noun
                end = starting.end
            break  # "the name of the painting <a character> draws": a name starts a clause
        end += 1
    inner = [k for k in range(i, end) if words[k] not in MODIFIERS]
    # a kind of film before another noun only describes it: "the name of this musical group" asks a group
    inner_heads = [k for k in inner if k == inner[-1] or not _only_a_kind(k, hits)]
    if not inner or any(
        _covered(k, hits, entities) or _neutral(words[k], lexicon) or words[k] in lexicon.film_words
        for k in inner_heads
    ):
        return Span(i, i)
    return Span(inner[0], inner[-1] + 1)


def _only_a_kind(index: int, hits: list[Hit]) -> bool:
    """Whether the word is covered only by a kind of film ("musical", "romantic"), which may describe another noun."""
    covering = [h for h in hits if h.start <= index < h.end]
    return bool(covering) and all(h.kind in ("attribute", "claim") and h.key == "genre" for h in covering)


def _neutral(word: str, lexicon: Lexicon) -> bool:
    return _near_head(word, lexicon.neutral_heads)


def _near_head(word: str, vocabulary: frozenset[str]) -> bool:
    """The word or a typo of one in `vocabulary`, strictly: a short word only by swapped letters ("plto"),
    a five-letter one at the same length ("moive"), so that "gift" is no "gist", "sport" no "sort"."""
    if word in vocabulary:
        return True
    if len(word) < 4:
        return False
    if len(word) == 4:
        return any(len(w) == 4 and sorted(w) == sorted(word) and OSA.distance(w, word) <= 1 for w in vocabulary)
    # every word one typo away, not the first a set's order gives: the answer must not depend on the hash seed
    matches = process.extract(word, vocabulary, scorer=OSA.distance, score_cutoff=1, limit=None)
    return any(len(word) >= 6 or len(found) == len(word) for found, _, _ in matches)


NAME_REQUESTS = frozenset({"tell", "give", "show"})


def wh_positions(words: Sequence[str]) -> list[int]:
    """Where a head follows: after "what"/"which" and "how many"/"how much"."""
    found = [i + 1 for i, word in enumerate(words) if word in WH_WORDS]
    found += [i + 2 for i in range(len(words) - 1) if words[i] == "how" and words[i + 1] in ("many", "much")]
    # "tell me the name of <X>": a request for a name is asked as "what is" ("the title of the picture" is the film's)
    found += [
        i + 2
        for i in range(1, len(words) - 3)
        if words[i - 1] in NAME_REQUESTS and words[i] == "me" and words[i + 1] == "the" and words[i + 2] == "name"
    ]
    return sorted(found)


def head_after(words: Sequence[str], at: int) -> Span | None:
    """ "which <X> …", "what kind of <X>", "what is the <X> of …": the noun group there."""
    i = at
    if i < len(words) and words[i] in COPULAS:
        if i + 1 >= len(words) or words[i + 1] not in DETERMINERS:
            return None  # "what is it about?", "what was Haruna's illness": no head here
        i += 2
    elif i < len(words) and words[i] in ARTICLES:
        i += 1
    if i + 1 < len(words) and words[i] in KIND_WORDS and words[i + 1] == "of":
        i += 2
    elif i < len(words) and words[i] in KIND_OF_WORDS:
        i += 1
    end = i
    while end < len(words) and end - i < 3 and words[end] not in FUNCTION_WORDS:
        end += 1
    return Span(i, end) if end > i else None


def other_work(
    words: list[str], hits: list[Hit], entities: list[Span], crew_roles: list[Span], known: frozenset[str]
) -> Span | None:
    """An unknown title in the question's work slot ("directed <X>", "the movie <X>"); else None."""
    making = [Span(h.start, h.end) for h in hits if h.kind == "attribute" and h.key in MAKING] + crew_roles
    starts = [s.end for s in making]
    # "the movie <X>", "the book <X>"
    starts += [i + 2 for i in range(len(words) - 2) if words[i] in ARTICLES and words[i + 1] in WORK_NOUNS]
    for start in sorted(set(starts)):
        title = _title_at(words, start, hits, entities)
        if title is None and start in {s.end for s in making} and start < len(words) and words[start] in VERB_OPENERS:
            title = _lower_case_title(words, start, hits, entities)  # "who directed if i stay", "who wrote your <x>"
        if title is not None and _of_this_film(words, title, hits):
            continue  # "the film cut of <the film>": an attribute of this film, not another's title
        if title is not None and any(DECADE.match(word) for word in words[title.start : title.end]):
            continue  # "was the show created in the mid 60s?": a time, not a title
        if title is not None and (_unknown_words(words, title, known) or _addressed_title(words, title)):
            return title
    # "in what language was <X> filmed?", "when did <X> come out?": between an auxiliary and a verb of making
    for i, word in enumerate(words[:-2]):
        if word in ("was", "is", "did", "does") and i > 0:
            after = next((h for h in hits if h.start > i + 1 and h.kind == "attribute"), None)
            if after is None or not _verb_of_making(after, participle=word in ("was", "is")):
                continue
            title = Span(i + 1, after.start)
            typed = _title_like(words, title, hits, entities) or _opened_title(words, title, hits, entities)
            if 0 < title.end - title.start <= TITLE_MAX_WORDS and typed and _unknown_words(words, title, known):
                return title
    return None


# A decade: "the 60s", "the 1990s", "80's".
DECADE = re.compile(r"^(?:1[89]|20)?\d0'?s$")


# Prepositions that tie a noun to the work it belongs to: "the cut type of <the film>".
OWNING_PREPOSITIONS = frozenset({"of", "for", "in", "from"})


def _of_this_film(words: list[str], title: Span, hits: list[Hit]) -> bool:
    """The words of `title` stand right before "of"/"for"/"in" and this film's name ("the film cut type of <the
    title>"): they name a thing of this film, not another work."""
    at = title.end
    return (
        at < len(words)
        and words[at] in OWNING_PREPOSITIONS
        and any(h.kind == "film" and h.start == at + 1 for h in hits)
    )


def title_after_film_noun(
    words: list[str], hits: list[Hit], entities: list[Span], known: frozenset[str]
) -> Span | None:
    """ "the movie the notebook", "the book the little prince", "the movie if i stay", "the film a <two words>":
    a work noun followed at once by a word that opens a title and unknown words names that work, so the work noun
    is no reference to this film or its novel; else None."""
    for hit in hits:
        if words[hit.end - 1] not in WORK_NOUNS or hit.end + 1 >= len(words):  # "the movie", "the book", "novel"
            continue
        if words[hit.end] == "the":
            end = start = hit.end + 1
            # the title runs to the next word the lexicon knows or a word of grammar ("... published", "... about")
            while (
                end < len(words)
                and end - start < TITLE_MAX_WORDS
                and _title_like(words, Span(end, end + 1), hits, entities)
            ):
                end += 1
            if any(h.kind == "film" and h.start == end for h in hits):
                continue  # "the movie? the latest <this film's title>": words before our title describe it
            if end > start and _unknown_words(words, Span(start, end), known):
                return Span(start, end)
        elif words[hit.end] in TITLE_OPENERS and not _predicate_follows(words, hit):
            title = _lower_case_title(words, hit.end, hits, entities)
            if title is not None and (_unknown_words(words, title, known) or _addressed_title(words, title)):
                return title
    return None


# Words that cannot go on a question right after a work noun, so they open the work's title typed in lower case:
# "the movie a <title>", "the film if i <verb>", "the anime your <title>", "the movie me before <x>" ("the"
# has a rule of its own, above). A subject pronoun ("the movie i watched") or a possessive ("the movie my friend
# likes") may open a clause about the film, so neither is one.
TITLE_OPENERS = frozenset({"a", "an", "if", "your", "me"})
# Title openers right after a verb of making ("who directed if i stay"); an article there may open a description
# ("who wrote a song for it"), so not "a"/"an".
VERB_OPENERS = frozenset({"if", "your", "me"})
# "is the book a web novel?", "would you call the film a masterpiece": after these an article opens what the work
# is said to be, not its title ("how long is the movie a <title>" asks of the title: a wh-word before the copula).
PREDICATE_ARTICLES = frozenset({"a", "an"})
COPULA_OPENERS = frozenset({"is", "was", "are", "were", "isn't", "wasn't"})
NAMING_VERBS = frozenset({"call", "called", "consider", "considered", "rate", "rated", "give", "gave"})
NOUN_DETERMINERS = frozenset({"the", "this", "that"})
QUESTION_WH = frozenset({"what", "whats", "what's", "which", "who", "whos", "who's", "how", "when", "where", "why"})
# Words of the asker's own clause ("the movie if i don't have <a service>", "the film if you liked <x>"): a run
# with one of them is a condition on the question, not a title.
CLAUSE_WORDS = frozenset(
    """do does did don't doesn't didn't dont can can't cant could would will should shall have has had haven't am
    i'm im be been being liked loved enjoyed wanted watched seen saw""".split()
)
# "i liked the movie a lot", "i've seen the film a few times": an article before an amount or a time is no title.
AMOUNT_NOUNS = frozenset(
    """lot lots bit little while few couple ton tons bunch second third ten year years day days hour hours minute
    minutes week weeks month months time times""".split()
)
# "the movie if i <verb>": a condition with any other subject ("if it's good", "if you liked <x>") is the asker's.
CONDITION_SUBJECT = "i"
# "and", "or", "but": a second clause or a second work begins.
CLAUSE_JOINS = frozenset({"and", "or", "but", "right"})


def _opened_title(words: list[str], title: Span, hits: list[Hit], entities: list[Span]) -> bool:
    """ "when did if i stay come out": the words between an auxiliary and a verb of making open with a title
    opener and run whole as a lower-case title (no word of the asker's clause inside)."""
    if words[title.start] not in VERB_OPENERS:
        return False
    found = _lower_case_title(words, title.start, hits, entities)
    return found is not None and found.end == title.end


def _predicate_follows(words: list[str], hit: Hit) -> bool:
    """An article after the work noun says what the work is ("is the movie a remake?", "would you call the book a
    classic?"): the noun follows a yes/no question's copula or a verb of naming."""
    if words[hit.end] not in PREDICATE_ARTICLES | {"your"}:  # "is the movie your favourite?"
        return False
    before = hit.start
    while before > 0 and words[before] in NOUN_DETERMINERS | WORK_NOUNS:
        before -= 1
    if words[before] in NAMING_VERBS:
        return True
    return words[before] in COPULA_OPENERS and not QUESTION_WH & set(words[:before])


def _lower_case_title(words: list[str], start: int, hits: list[Hit], entities: list[Span]) -> Span | None:
    """The title that opens at `start` with a TITLE_OPENERS word: its words up to a word the lexicon or the entity
    rules know ("... come out", "... on <a service>"), a join or the question's end, at most TITLE_MAX_WORDS; None
    when a word of the asker's own clause is among them ("if I liked <x>") or nothing but the opener is left."""
    end = start + 1
    while (
        end < len(words)
        and end - start < TITLE_MAX_WORDS
        and not _covered(end, hits, entities)
        and words[end] not in CLAUSE_JOINS
    ):
        end += 1
    inside = words[start + 1 : end]
    if not inside or set(inside) & CLAUSE_WORDS:
        return None
    if words[start] in PREDICATE_ARTICLES and inside[0] in AMOUNT_NOUNS:
        return None
    if words[start] == "if" and inside[0] != CONDITION_SUBJECT:
        return None
    if words[start] == "your" and inside[0].endswith("ing"):
        return None  # "the movie your talking about": "you're" typed "your", a clause about the film
    return Span(start, end)


def _verb_of_making(hit: Hit, participle: bool) -> bool:
    """ "filmed", "released", "come out": a hit that is a verb about a work (not "story", "cast")."""
    first = hit.phrase.split()[0]
    if participle:
        return first.endswith(("ed", "en")) or first in ("shot", "made", "out")
    return hit.key in VERB_KEYS and not first.endswith(("er", "ion", "ing"))


def _title_at(words: list[str], start: int, hits: list[Hit], entities: list[Span]) -> Span | None:
    """After a making word: skip "the"/"is"/a named role ("wrote the script"), one preposition, then a title."""
    i = start
    while i < len(words) and (words[i] in ARTICLES or words[i] in COPULAS or _covered(i, hits, entities)):
        i += 1
    if i + 1 < len(words) and words[i] == "in" and words[i + 1] in ("a", "an"):
        return None  # "what is the movie about in a few words?", "in a nutshell": a manner, no title
    if i < len(words) and words[i] in WORK_PREPOSITIONS:
        i += 1
    elif not (i > start and words[i - 1] in ARTICLES):
        return None  # "who directed the music video", "what has the director made": no title there
    while i < len(words) and words[i] in ARTICLES:
        i += 1
    end = i
    while end < len(words) and end - i < TITLE_MAX_WORDS and words[end] not in ("and", "or", "but", "right"):
        end += 1
    title = Span(i, end)
    if end == i or not _title_like(words, title, hits, entities):
        return None
    return title


def _title_like(words: list[str], title: Span, hits: list[Hit], entities: list[Span]) -> bool:
    """No lexicon phrase, name or pronoun inside: "<X>" is words of its own, not "it" or "Haruna"."""
    return not any(
        _covered(i, hits, entities) or words[i] in FUNCTION_WORDS - ARTICLES - {"of", "on", "in", "to", "your"}
        for i in range(title.start, title.end)
    )


def addressed_title(words: list[str], title: Span) -> bool:
    """ "your <X>" where a work is named: a title (see `_addressed_title`)."""
    return _addressed_title(words, title)


def _addressed_title(words: list[str], title: Span) -> bool:
    """ "the director of your name": the assistant owns no work, so "your <X>" in a work slot is a title
    however common its words, unless <X> is a kind of work ("the director of your movie" is this film)."""
    said = words[title.start : title.end]
    return said[:1] == ["your"] and len(said) > 1 and not set(said) & (WORK_NOUNS | {"one", "ones"})


def _unknown_words(words: list[str], title: Span, known: frozenset[str]) -> bool:
    content = [w for w in words[title.start : title.end] if w not in FUNCTION_WORDS and not w.isdigit()]
    if not content:
        return False
    return any(not _knows(w, known) for w in content)


def knows(word: str, known: frozenset[str]) -> bool:
    """The word, a number or one typo of a word of five letters or more, is one of `known`."""
    return _knows(word, known)


def _knows(word: str, known: frozenset[str]) -> bool:
    if word in known or re.fullmatch(r"\d+(st|nd|rd|th|s)?", word):
        return True
    if len(word) < 5:
        return _vowel_dropped(word, known)
    return process.extractOne(word, known, scorer=OSA.distance, score_cutoff=1) is not None  # one typo


VOWELS = "aeiouy"


def _vowel_dropped(word: str, known: frozenset[str]) -> bool:
    """ "cst", "plt": a short word with no vowel is a known word with its vowel left out, never a title."""
    if not word.isalpha() or any(c in VOWELS for c in word):
        return False
    return any(word[:i] + vowel + word[i:] in known for i in range(1, len(word)) for vowel in VOWELS)


QUESTION_OPENERS = frozenset(
    {"what", "which", "who", "whos", "who's", "whose", "when", "where", "how", "whats", "what's"}
)
AUXILIARIES = frozenset({"do", "does", "did", "can", "could", "will", "would", "should"})
FILM_NOUN_PHRASES = frozenset({"the movie", "the film", "the flick", "that movie", "that film"})


def titled_film(words: list[str], hits: list[Hit], entities: list[Span], known: frozenset[str]) -> Span | None:
    """ "How long is the movie <X>?": "the movie" followed by a title that is not this film's."""
    if not words or words[0] not in QUESTION_OPENERS:
        return None
    for hit in hits:
        if hit.kind != "film" or hit.phrase not in FILM_NOUN_PHRASES:
            continue
        end = hit.end
        while end < len(words) and end - hit.end < TITLE_MAX_WORDS and not _covered(end, hits, entities):
            if words[end] in FUNCTION_WORDS:
                break
            end += 1
        title = Span(hit.end, end)
        if words[title.start : title.end] == [STRANDED_LIKE]:
            continue  # "what is the movie like?": the preposition of a description asked, not a title
        if words[hit.end - 1].endswith("'s"):
            continue  # "the film's content rating": what the film has follows its possessive, never a title
        if _passive_participle(words, hit, title):
            continue  # "when was the movie made?": the question's verb, not a title
        after_auxiliary = hit.start > 0 and words[hit.start - 1] in AUXILIARIES
        if after_auxiliary and not any(h.start == end and h.kind == "attribute" for h in hits):
            continue  # "which language does the film use?": a verb follows, not a title
        if _verb_after_a_phrase_of_the_film(words, hit, title):
            continue  # "which actor in the movie won an award?": the question's verb, not a title
        if _of_this_film(words, title, hits):
            continue  # "the film cut type of <the film>": a thing of this film, not another's title
        if end > hit.end and _unknown_words(words, title, known) and not _adverbs_only(words, title):
            return title
    return None


# "What is <X> like?": the preposition left at the end of a question asking what a thing is like; alone after
# "the movie" it is never a title.
STRANDED_LIKE = "like"
# Participles of making and showing a film that do not end in -ed ("when was the movie made?"); none in -en by
# its ending alone: "the movie frozen" is a title.
IRREGULAR_PARTICIPLES = frozenset("made shot set done put lit cut sung written shown out".split())
# Words that open an object right after a verb ("won an award", "sang the song", "got any prizes").
OBJECT_OPENERS = frozenset({"a", "an", "the", "any", "some", "his", "her", "their", "its"})


def _passive_participle(words: list[str], hit: Hit, title: Span) -> bool:
    """ "when was the movie made?", "where were the films shot?": after a form of "be", one word ending the
    question that a participle may be is the question's own verb."""
    return (
        hit.start > 0
        and words[hit.start - 1] in COPULAS
        and title.end - title.start == 1
        and title.end == len(words)
        and (words[title.start].endswith("ed") or words[title.start] in IRREGULAR_PARTICIPLES)
    )


def _verb_after_a_phrase_of_the_film(words: list[str], hit: Hit, title: Span) -> bool:
    """ "which actor in the movie won an award?", "who of the film got a prize?": "in|of the movie" qualifies the
    subject before it, so the one word after it, followed by its object, is the question's verb."""
    return (
        hit.start > 0
        and words[hit.start - 1] in ("in", "of", "from")
        and title.end - title.start == 1
        and words[title.end : title.end + 1] != []
        and words[title.end] in OBJECT_OPENERS
    )


def _adverbs_only(words: list[str], span: Span) -> bool:
    """ "where was the movie originally filmed?": words in -ly between the film and its verb say how or when the
    verb was done; they are no title."""
    return all(len(word) > 4 and word.endswith("ly") for word in words[span.start : span.end])
