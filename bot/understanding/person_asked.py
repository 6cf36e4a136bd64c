"""What a question asks of one named person beyond who they are (round 13, issue 10).

A question that names one of the film's people and asks nothing the reader knows ("who is <X>?", "tell me
about <X>") is answered with who the person is. But when its clause holds a content word that nothing
explains - no attribute, name, film word, nor a word of asking about someone - it asks something else of
the person, which the store may not hold:

- "who was <X> inspired by?", "who influenced <X>?", "who is <X>'s best friend?": another person tied to X
  by a verb or a noun the store has no relation for;
- "what does <X> collect?", "what is <X>'s favourite band?": a thing X does or has;
- "<X> is known for collecting these objects": "known for" before a verb's -ing form is a habit, not a work.

Then the words left are what is asked ("I don't know <X>'s <those words>", or the store's note on the person
that names them), never the person's description. Rasa-free; bot/understanding/reading.py calls it when no
attribute, relation or wh-head was found.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from rapidfuzz.distance import OSA

from bot.store import FactStore, Person
from bot.understanding import coverage
from bot.understanding.coverage import FUNCTION_WORDS, MODIFIERS, Span
from bot.understanding.lexicon import Hit, tokens
from bot.understanding.people_reading import (
    ACTING_VERBS,
    CHARACTER_NOUNS,
    CREDIT_VERBS,
    OTHER_ROLES_WORDS,
    SCREEN_PARTNER_WORDS,
    VOICE_WORDS,
)
from bot.understanding.proper_names import HONORIFICS

# Phrases of the release date that name only a time ("what year"), not a release: "what year were <a band>
# formed?" asks when the band did what the rest of the clause says.
TIME_ONLY_PHRASES = frozenset({"what year", "which year", "the year", "year"})
# The attribute the reader tags over the words asked (actions/topics.py says it is not known, naming them).
ASKED_OF_PERSON = "asked_of_person"
# Words that open a question: a wh-word or an auxiliary (a statement asks nothing of its own).
WH_OPENERS = frozenset(
    {"who", "whom", "whos", "who's", "what", "whats", "what's", "which", "where", "when", "why", "how", "by"}
)
# Words of asking who someone is, or about them in general: they ask nothing beyond the person.
ABOUT_SOMEONE_WORDS = frozenset(
    """tell know knows told say said about info information details detail describe description explain
    introduce background bio biography profile summary overview anything something everything more else
    famous popular known celebrity star stars person people guy girl man woman lady boy dude
    actor actress actors actresses performer cast crew member members role part character
    exactly really actually again please pls plz now today currently still ever just also too even
    me us hi hello hey ok okay so well oh um uh like mean means meant yes no
    give find need want wanna would like could can let get got
    major notable important biggest greatest most business
    doing done up lately nowadays days recently these
    work works worked working job career life personal private
    movie movies film films show shows drama dramas series anime book books novel novels story
    song songs sing sings sang sung singing music album albums
    band bands group groups duo singer singers musician musicians vocalist artist artists
    direct directs directing wrote write writes writing compose composes composed produce produces
    name named called call
    lot lots bunch plenty couple""".split()
) | (ACTING_VERBS | CHARACTER_NOUNS | CREDIT_VERBS | OTHER_ROLES_WORDS | SCREEN_PARTNER_WORDS | VOICE_WORDS | MODIFIERS)
# (what they play, star in, made and were in: the cast and works answers read those)
# After "known for", a verb's -ing form names a habit or a deed ("known for collecting stamps"); these name
# the work the store lists ("known for acting in dramas").
WORK_GERUNDS = frozenset(
    """acting starring playing directing writing producing singing dancing modelling modeling performing
    appearing portraying composing scoring making""".split()
)
HABIT_MIN_LETTERS = 6  # "-ing" on a stem of three letters or more: "bring", "thing" are no gerunds
# A preposition that ends the question belongs to the verb asked: "who was <X> inspired by?".
STRANDED_PREPOSITIONS = frozenset({"by", "with", "to", "from", "for", "about", "on", "in", "at", "of"})


def asked_beyond(
    words: Sequence[str],
    hits: Iterable[Hit],
    spans: Iterable[Span],
    known: frozenset[str],
    yes_no_openers: frozenset[str],
) -> Span | None:
    """The first run of content words nothing explains in a question about one named person, else None.

    `hits` are the lexicon's phrases, `spans` the names and roles the entity rules found, `known` the film's
    vocabulary. A question only: a wh-opener or an auxiliary first."""
    hits, spans = list(hits), list(spans)
    # "from which university did <X> graduate?", "with whom ...": a preposition may stand before the wh-word
    opener = 1 if len(words) > 1 and words[0] in STRANDED_PREPOSITIONS and words[1] in WH_OPENERS else 0
    if not words or (words[opener] not in WH_OPENERS and words[opener] not in yes_no_openers):
        return None
    run: list[int] = []
    for i, word in enumerate(words):
        if _explained(i, word, hits, spans, known):
            if run:
                break
            continue
        run.append(i)
    if not run:
        return None
    end = run[-1] + 1
    if end < len(words) and words[end] in STRANDED_PREPOSITIONS and all(not w.isalpha() for w in words[end + 1 :]):
        end += 1
    return Span(run[0], end)


def _explained(i: int, word: str, hits: list[Hit], spans: list[Span], known: frozenset[str]) -> bool:
    if coverage.covered(i, hits, spans) or word in FUNCTION_WORDS or word in ABOUT_SOMEONE_WORDS:
        return True
    if word in HONORIFICS:  # "who is <a>-san?": the honorific is part of the name
        return True
    if not word.isalpha() or len(word) < 3:  # "?", "s", numbers: no word of a question
        return True
    # the vocabulary keeps an alias's possessive ("<group>'s <name>"): the group's word is the film's too
    return coverage.knows(word, known) or f"{word}'s" in known or typo_of_an_explained_word(word, known)


TYPO_MIN_LETTERS = 4
EXPLAINING_WORDS = FUNCTION_WORDS | ABOUT_SOMEONE_WORDS


def typo_of_an_explained_word(word: str, known: frozenset[str]) -> bool:
    """ "who is takahiro miky", "who dose she portay": one letter off (or two swapped) a word of the film's
    names and titles, or of a word that explains itself - a typo asks nothing new."""
    return typo_of_one_of(word, known | EXPLAINING_WORDS)


def typo_of_one_of(word: str, known: Iterable[str]) -> bool:
    """ "sorce", "portay": one letter off (or two swapped) a word of four letters or more."""
    if len(word) < TYPO_MIN_LETTERS:
        return False
    return any(len(k) >= TYPO_MIN_LETTERS and OSA.distance(word, k, score_cutoff=1) <= 1 for k in known)


def known_for_habit(words: Sequence[str]) -> Span | None:
    """ "<X> is known for collecting these objects": the habit after "known for" (a work gerund is the works)."""
    for i in range(len(words) - 2):
        if words[i] in ("known", "famous") and words[i + 1] == "for":
            verb = words[i + 2]
            if verb.endswith("ing") and len(verb) >= HABIT_MIN_LETTERS and verb not in WORK_GERUNDS:
                end = i + 3
                while end < len(words) and end - i < 5 and words[end] not in FUNCTION_WORDS and words[end].isalpha():
                    end += 1
                return Span(i + 2, end)
    return None


# "Which actress was born in <a place>?", "born <a month> <a day>, <a year>, this actress ... who is she?": a person
# described by a birth the store holds. The clue runs from "born" to a word that starts another clue.
BIRTH_PREPOSITIONS = frozenset({"in", "on", "at"})
CLUE_FILLERS = frozenset({"the", "of"})
CLUE_MAX_WORDS = 5
# Nouns of a person asked for by "which/what <noun>": with "who", they make the question one about a person.
PERSON_NOUNS = frozenset(
    """actor actress actors actresses star stars musician musicians singer singers director directors composer
    composers writer writers author authors producer producers model models idol idols person people man woman
    guy girl member members artist artists celebrity celebrities performer performers""".split()
)
WHO_WORDS = frozenset({"who", "whos", "who's", "whom"})
ORDINAL = re.compile(r"^(\d+)(?:st|nd|rd|th)$")


def birth_clue(words: Sequence[str]) -> tuple[int, list[str]] | None:
    """Where the birth clue starts ("born") and its words ("new york", "<month> <day> <year>"), or None."""
    if "born" not in words:
        return None
    at = words.index("born")
    i = at + 1 + (at + 1 < len(words) and words[at + 1] in BIRTH_PREPOSITIONS)
    clue: list[str] = []
    while i < len(words) and len(clue) < CLUE_MAX_WORDS:
        word = words[i]
        if word in CLUE_FILLERS:
            i += 1
            continue
        if not (word.isalnum() and (word.isdigit() or ORDINAL.match(word) or word not in FUNCTION_WORDS)):
            break  # "but", "and", "this", "he", ",": the birth's words end
        found = ORDINAL.match(word)
        clue.append(found.group(1) if found else word)
        i += 1
    return (at, clue) if clue else None


def asks_for_a_person(words: Sequence[str]) -> bool:
    """ "who ...", or "which/what <a person noun>": the answer wanted is a person."""
    said = set(words)
    if said & WHO_WORDS:
        return True
    return any(w in ("which", "what") and set(words[i + 1 : i + 5]) & PERSON_NOUNS for i, w in enumerate(words))


def born_as_described(words: Sequence[str], store: FactStore) -> tuple[Person, int] | None:
    """The one person of the store whose birth date, birthplace or hometown has every word of the question's
    birth clue, and where the clue starts; None when none or several do, or no person is asked for."""
    clue = birth_clue(words)
    if clue is None or not asks_for_a_person(words):
        return None
    at, wanted = clue
    found = []
    for person in store.people.values():
        held = [f for f in (person.born, person.birthplace, person.hometown) if f is not None and f.known]
        said = {word for fact in held for word in tokens(str(fact.value))}
        if held and set(wanted) <= said:
            found.append(person)
    return (found[0], at) if len(found) == 1 else None


# Auxiliaries after which the clause's subject, then its own verb, come: "what did <X> study?", "why hasn't <X> ...".
SUPPORT_AUXILIARIES = frozenset(
    "did does do didn't doesn't don't didnt doesnt dont has have had hasn't haven't hasnt havent".split()
)
# Words that may stand in apposition before the name: "why didn't the artist <X> ...", "what did actor <X> ...".
APPOSITION_WORDS = frozenset({"the", "a", "an", "famous", "young", "japanese"}) | PERSON_NOUNS
# The most words a wh-phrase takes before its auxiliary: "in which film did <X> ...", "what field did <X> ...".
WH_PHRASE_MAX_WORDS = 4
# Words that end the clause of the verb asked: "what did <X> study? and where?".
CLAUSE_ENDS = frozenset({"?", ".", "!", ",", "and", "or", "but"})


def verb_asked_of_the_subject(
    words: Sequence[str], name: Span, hits: Iterable[Hit], spans: Iterable[Span]
) -> Span | None:
    """ "What did <X> study?", "why didn't the artist <X> study acting?": a wh-question whose subject, after an
    auxiliary, is the named person, and whose own verb nothing the reader knows explains: the verb and the rest of
    its clause, which the person's description does not answer. Verbs of who someone is or what they work on
    ("do", "play", "star", "write", "sing", "say"...) and verbs the lexicon reads are left to their readers."""
    hits, spans = list(hits), list(spans)
    opener = 1 if len(words) > 1 and words[0] in STRANDED_PREPOSITIONS and words[1] in WH_OPENERS else 0
    if not words or words[opener] not in WH_OPENERS - {"who", "whom", "whos", "who's", "by"}:
        return None
    if words[opener] == "how" and words[opener + 1 : opener + 2] in (["many"], ["much"]):
        return None  # "how many times did <X> run ...?": a count, which the count rules read
    auxiliary = next(
        (
            i
            for i in range(opener + 1, min(len(words), opener + WH_PHRASE_MAX_WORDS + 1))
            if words[i] in SUPPORT_AUXILIARIES
        ),
        None,
    )
    if auxiliary is None or any(w not in APPOSITION_WORDS for w in words[auxiliary + 1 : name.start]):
        return None
    verb = name.end
    if verb >= len(words) or name.start <= auxiliary:
        return None
    word = words[verb]
    if not word.isalpha() or len(word) < 3 or word in EXPLAINING_WORDS or coverage.covered(verb, hits, spans):
        return None
    end = verb + 1
    while end < len(words) and words[end] not in CLAUSE_ENDS:
        end += 1
    return Span(verb, end)
