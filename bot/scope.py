"""Is a question about this film, or about some other film or thing?

DIET learns what a question asks ("who directed ...?") but cannot know every
other film's title, so "who directed Barbie?" looks like "who directed it?".
The signal used here: a word the assistant has never seen in an in-scope
question (nor a typo of one) right after the place where a question names its
subject, in a message that names nothing from the film and does not point at
it ("it", "this film"). Rasa-free, so it is tested on its own; the NLU
component in bot/nlu_components.py applies it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from bot.japanese import has_japanese, morphemes
from bot.japanese import words as japanese_words
from bot.understanding.conversation_talk import points_back
from bot.understanding.information_asked import subject_asked
from bot.understanding.lexicon import default_lexicon
from bot.understanding.proper_names import ROMAJI_WORD, name_parts
from bot.understanding.spelling import standard

WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")
# Words after which a question names what it is about.
SUBJECT_SLOTS = frozenset(
    "of for in is was directed did does about watch called named plays play starring stars made wrote".split()
)
# Words that point at the film the conversation is about, or at someone in it
# ("what religion does she practice?" is about the person just named).
FILM_POINTERS = frozenset("it it's its this that he she him his her hers they them their".split())
# Pronouns that name nobody in particular: "does somebody die at the end?" asks of the film's story.
INDEFINITE_PRONOUNS = frozenset(
    """somebody someone anybody anyone everybody everyone nobody something anything everything nothing
    whoever whatever""".split()
)
WINDOW = 3
MIN_TITLE_WORD = 6
# A word that asks the question again ("what is the run time again?"): of the conversation's subject, no name.
ASKED_AGAIN = frozenset({"again"})
# Words a subject's name stands behind, not counted in the window: "who wrote the book the <X>".
BEFORE_NAME = frozenset("the a an book books novel novels film films movie movies series show manga anime".split())
WORK_NOUNS = frozenset("movie movies film films book books novel novels show shows series one ones".split())
# Nouns of time a "that" after which opens a relative clause too: "the last year that <X> played for <Y>".
TIME_NOUNS = frozenset("year years time times day days date season".split())
# "who <slot> the <X>": X is a character by job, not another film.
ROLE_SLOTS = frozenset("plays play played is was".split())
WHO = frozenset({"who", "whos", "who's"})
# The message attribute where the guard leaves the word that named another subject,
# so that later components do not take the question back into scope.
OTHER_SUBJECT = "other_subject"
MIN_WORD_LENGTH = 3
TYPO_CUTOFF = 80.0
# A capitalised word is a name typed with care: only a closer typo of a known word (one letter off a long word).
NAME_TYPO_CUTOFF = 90.0


@dataclass(frozen=True)
class Vocabulary:
    words: frozenset[str]
    # Japanese words that ask for an attribute (監督, 上映時間): where a question's subject ends.
    attribute_words: frozenset[str] = frozenset()

    @classmethod
    def from_texts(cls, texts: Iterable[str]) -> Vocabulary:
        """English words, and the Japanese words of texts in Japanese (cut as bot/japanese.py cuts them)."""
        found: set[str] = set()
        for text in texts:
            found.update(WORD.findall(text.lower()))
            if has_japanese(text):
                found.update(japanese_words(text))
        return cls(frozenset(found))

    def including(self, words: Iterable[str], attribute_words: Iterable[str] = ()) -> Vocabulary:
        return Vocabulary(self.words | frozenset(words), self.attribute_words | frozenset(attribute_words))

    def knows(self, word: str) -> bool:
        if word in self.words or len(word) < MIN_WORD_LENGTH:
            return True
        return process.extractOne(word, self.words, scorer=fuzz.ratio, score_cutoff=TYPO_CUTOFF) is not None


def _misspelt_attribute(word: str) -> bool:
    """Text-speak or a typo of an attribute word ("bday", "raing"): it asks something, names no subject."""
    lexicon = default_lexicon()
    return standard(word) in lexicon.head_words or lexicon.short_typo(word) is not None


def _superlative_of_known(word: str, vocabulary: Vocabulary) -> bool:
    """ "saddest", "funniest", "cutest": the superlative of a known adjective describes, it names nothing."""
    if not word.endswith("est") or len(word) < SUPERLATIVE_MIN_LETTERS:
        return False
    stem = word[:-3]
    bases = _bases_of(stem)
    if stem.endswith("i"):
        bases.add(stem[:-1] + "y")
    return any(vocabulary.knows(base) for base in bases if len(base) > 1)


def _bases_of(stem: str) -> set[str]:
    """The words a stem left by an ending may come from: itself, with its "e" back ("writ" of "write"), without a
    doubled last letter ("sadd" of "sad")."""
    return {stem, stem + "e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else stem}


SUPERLATIVE_MIN_LETTERS = 6


def _participle_of_known(word: str, vocabulary: Vocabulary) -> bool:
    """ "writing", "started": a verb form of a known verb does something, it names nothing."""
    ending = next((e for e in PARTICIPLE_ENDINGS if word.endswith(e)), None)
    if ending is None or len(word) < PARTICIPLE_MIN_LETTERS:
        return False
    return any(vocabulary.knows(base) for base in _bases_of(word[: -len(ending)]) if len(base) > 2)


PARTICIPLE_ENDINGS = ("ing", "ed")
PARTICIPLE_MIN_LETTERS = 6


# "What is <X>?": a question of what a thing is, which only an unfamiliar word can make another subject's.
DEFINITION_OPENERS = (("what", "is"), ("what", "are"), ("what's",), ("whats",), ("what", "does"))
# Words of the two sides of the conversation: "what is your name?", "what are my options?" ask of them.
PARTY_WORDS = frozenset("you your yours yourself u ur i me my we us our".split())


def asks_what_a_thing_is(text: str) -> bool:
    """ "What is <X>?", "what are <X>s?", "what does <X> mean?", "find information about <X>": of a thing, not of
    the assistant or the user."""
    words = WORD.findall(text.lower())
    if subject_asked(words) is not None:
        return True
    opened = any(tuple(words[: len(opener)]) == opener for opener in DEFINITION_OPENERS)
    return opened and not PARTY_WORDS & set(words)


def names_film(text: str, film_names: Iterable[str]) -> bool:
    """One of the film's titles is in the text, also as a possessive ("what is <the title>'s rating")."""
    words = [word.removesuffix("'s") for word in WORD.findall(text.lower())]
    joined = f" {' '.join(words)} "
    return any(f" {name} " in joined for name in film_names)


def unknown_subject(
    text: str,
    vocabulary: Vocabulary,
    has_entities: bool,
    film_names: Iterable[str] = (),
    own_names: frozenset[str] = frozenset(),
) -> str | None:
    """The unfamiliar word that names another subject, or None if the question is about the film.

    A message that names this film ("from whose novel was the motion picture <this film> adapted?")
    is about it, whatever other words it has; the question reader looks at the rest. A pointer ("it",
    "she") keeps its own sentence this film's, not the next one: "is it on <a service>? what about a show
    for <another film>?" asks of the other film. A word written with a capital inside a sentence is a
    name: known only as itself or as a typo of one of this film's names (`own_names`), not as a typo of
    any word ("Thor" is no "author").
    """
    if has_entities:
        return None
    # a title of two words or more, or one long word of its own ("<the film's nickname>"): not a word of any question
    if names_film(text, [name for name in film_names if " " in name or name.isascii() and len(name) >= MIN_TITLE_WORD]):
        return None
    capitalised = _capitalised(text)
    # a slot's subject is in its own sentence: "what is it about? but no spoilers" names nothing after "about"
    for sentence in SENTENCE_END.split(text.lower()):
        words = WORD.findall(sentence)
        if points_at_film(words):
            continue
        for position, word in enumerate(words):
            if word not in SUBJECT_SLOTS or _names_a_role(words, position):
                continue
            for candidate in _after_slot(words, position):
                if candidate in ASKED_AGAIN:
                    continue
                if candidate in capitalised:
                    known = _known_name(candidate, vocabulary, own_names)
                else:
                    known = vocabulary.knows(candidate) or vocabulary.knows(standard(candidate))  # "gril": girl
                    known = known or _superlative_of_known(candidate, vocabulary)  # "the saddest": of "sad"
                    known = known or _participle_of_known(candidate, vocabulary)  # "start writing": of "write"
                if not known and not _misspelt_attribute(candidate):
                    return candidate
    return None


# Of a message's words, how many may be capitalised for a capital to still mark a name ("Who Directed It" marks none).
CAPITALISED_SHARE = 0.5


def _capitalised(text: str) -> frozenset[str]:
    """The words written with a capital inside a sentence (not its first word), in lower case; none when most
    words are capitalised (title case marks no name)."""
    found: set[str] = set()
    total = capitals = 0
    for sentence in SENTENCE_END.split(text):
        typed = re.findall(r"[A-Za-z]+(?:'[A-Za-z]+)?", sentence)
        total += len(typed)
        capitals += sum(1 for w in typed if w[0].isupper())
        found.update(w.lower() for w in typed[1:] if w[0].isupper() and w != "I" and not w.isupper())
    return frozenset(found) if capitals <= CAPITALISED_SHARE * total else frozenset()


def _known_name(word: str, vocabulary: Vocabulary, own_names: frozenset[str]) -> bool:
    """A capitalised word the assistant knows: itself, a typo of one of this film's names ("Haruma"), or a close
    typo of another known word ("Japanes"; "Thor" is too far from "author")."""
    if len(word) < MIN_WORD_LENGTH or word in vocabulary.words or standard(word) in vocabulary.words:
        return True
    if process.extractOne(word, own_names, scorer=fuzz.ratio, score_cutoff=TYPO_CUTOFF) is not None:
        return True
    known = vocabulary.words | default_lexicon().ordinary_names
    return process.extractOne(word, known, scorer=fuzz.ratio, score_cutoff=NAME_TYPO_CUTOFF) is not None


SENTENCE_END = re.compile(r"[?!;]+|\.(?:\s|$)")


def other_person(text: str, entities: Iterable[dict], vocabulary: Vocabulary, store_names: Iterable[str]) -> str | None:
    """ "<one of our given names> <another family name>": the full name of someone else, or None.

    The entity rules tag one part of a name ("Natsuki", "Ren"); the word where the rest of the name
    goes (after a given name, before a family name) decides whose it is. A word the assistant knows,
    or a typo of one (of our own name parts too: "<given> <misspelt family name>"), keeps it ours; a
    word it has never seen makes it another person ("<our given name> <another family name>").
    """
    pairs = [tuple(name.split()) for name in store_names if len(name.split()) == 2]
    for entity in entities:
        if entity.get("entity") not in ("person", "character"):
            continue
        start, end = int(entity.get("start", 0)), int(entity.get("end", 0))
        typed = WORD.findall(text[start:end].lower())
        if len(typed) != 1:
            continue
        part = typed[0]
        after = WORD.findall(text[end:].lower())[:1]
        before = WORD.findall(text[:start].lower())[-1:]
        given = any(first == part for first, _ in pairs)
        family = any(last == part for _, last in pairs)
        neighbours = [(after, given), (before, family)]
        ours = {last for first, last in pairs if first == part} | {first for first, last in pairs if last == part}
        for word, slot in neighbours:
            if not slot or not word or len(word[0]) < MIN_WORD_LENGTH or vocabulary.knows(word[0]):
                continue
            if not ROMAJI_WORD.fullmatch(word[0]):
                continue  # "does <given name> attend ...": an English word, not a (Japanese) family name
            # one typo of our own name's other part ("<given> <one letter off>") keeps the name ours
            if not any(OSA.distance(word[0], other) <= 1 for other in ours):
                return f"{part} {word[0]}" if word is after else f"{word[0]} {part}"
    return None


def owned_by_name(text: str, store_names: Iterable[str], vocabulary: Vocabulary) -> bool:
    """ "what does <a given name>s father look like": one of the film's names with a bare "s" for its
    possessive (no apostrophe typed) names someone of the film, as the name itself does. A word the
    assistant knows is itself ("films" is no possessive of a company's "Film")."""
    parts = name_parts(frozenset(store_names))
    words = WORD.findall(text.lower())
    return any(
        w.endswith("s") and len(w) > MIN_WORD_LENGTH and w[:-1] in parts and w not in vocabulary.words for w in words
    )


def points_at_film(words: list[str]) -> bool:
    """ "it", "this", "she": the message points at the film or at someone in it.

    "That" after a work noun or a time opens a relative clause ("movies that are directed by <X>", "the year
    that <X> played"): it describes, it does not point at this film.
    """
    pointer = any(
        word in FILM_POINTERS and not (word == "that" and i > 0 and words[i - 1] in WORK_NOUNS | TIME_NOUNS)
        for i, word in enumerate(words)
    )
    return pointer or points_back(words) or _the_film_as_subject(words)  # "the above novel": what was named before


# "the film's budget", "how much did the film take …", "in what year was the film re-released": the film the question
# is about, as "it" is ("the film <another title>" names another, "the movie was directed by <a name>" claims).
THE_FILM_NOUNS = frozenset({"film", "movie"})
THE_FILM_POSSESSIVES = frozenset({"film's", "movie's"})
INVERTING_AUXILIARIES = frozenset({"is", "was", "did", "does", "has", "had", "will", "would", "can", "could"})
# Verbs that may follow the inverted subject ("did the film take", "was the film re-released"): not another title.
THE_FILM_VERBS = frozenset(
    """re take make get come do win earn gross sell recover receive perform open premiere release end start begin
    become have been made shot filmed released premiered received earned grossed sold recovered ever first still
    originally really""".split()
)


def _the_film_as_subject(words: list[str]) -> bool:
    for i, word in enumerate(words[1:], 1):
        if words[i - 1] != "the":
            continue
        if word in THE_FILM_POSSESSIVES:
            return True
        if (
            word in THE_FILM_NOUNS
            and i >= 2
            and words[i - 2] in INVERTING_AUXILIARIES
            and words[i + 1 : i + 2] in ([w] for w in THE_FILM_VERBS)
        ):
            return True
    return False


# Words that open the next clause of a message that asks two things: "who wrote the book and also how long is
# it", "who directed it and then what is it rated". A subject named after a slot ends before them.
CLAUSE_JOINERS = frozenset("also then plus".split())
CLAUSE_OPENERS = CLAUSE_JOINERS | frozenset(
    """who whos what whats when where which why how is are was were does do did can could will tell give list""".split()
)


def _after_slot(words: list[str], position: int) -> list[str]:
    """The first WINDOW words after a subject slot, past articles and work nouns ("wrote the book the <X>"), up to
    the end of its clause: "and" before a clause's opener, or a joining word, starts the next question."""
    found: list[str] = []
    following = words[position + 1 :]
    for index, word in enumerate(following):
        if len(found) == WINDOW or _opens_clause(following, index):
            break
        if word not in BEFORE_NAME:
            found.append(word)
    return found


def _opens_clause(words: list[str], index: int) -> bool:
    """ "also", "then", "plus", or "and" followed by a question's opener ("and how long", "and also")."""
    word = words[index]
    if word in CLAUSE_JOINERS:
        return True
    return word == "and" and index + 1 < len(words) and words[index + 1] in CLAUSE_OPENERS


# Japanese: the particles after which a question goes on to what it asks (<主題>は監督?, <主題>の監督,
# <主題>って何分?); what stands before the first of them is the question's subject.
TOPIC_PARTICLES = frozenset({"は", "って", "の", "が"})
QUOTED = re.compile(r"[「『]([^」』]+)[」』]")
# Parts of speech of words that can name something (SudachiPy): nouns, not numbers or suffixes.
NAMING_POS = frozenset({"名詞"})
NOT_NAMING_DETAIL = frozenset({"数詞", "助動詞語幹"})
MIN_JAPANESE_SUBJECT = 2
FUNCTION_POS = frozenset({"助詞", "助動詞", "補助記号", "記号", "空白"})
KATAKANA = re.compile(r"[\u30a1-\u30fa]")


def unknown_japanese_subject(
    text: str, vocabulary: Vocabulary, has_entities: bool, film_forms: Iterable[str] = ()
) -> str | None:
    """The noun phrase that names another subject in a Japanese question, or None.

    The subject of a Japanese question stands before its first topic or possessive
    particle (<ローマの休日>って何分？, <君の名は。>の監督は？) or in quotes (「…」); if
    a noun there is a word the assistant has never seen in an in-scope question, and
    the message names nothing from the film, it is about something else.
    """
    if has_entities or not has_japanese(text):
        return None
    for quoted in QUOTED.findall(text):
        if not any(form and form in quoted for form in film_forms) and not _all_known(quoted, vocabulary):
            return quoted
    words = morphemes(text)
    ends = [i for i, m in enumerate(words) if i > 0 and m.pos == "助詞" and m.surface in TOPIC_PARTICLES]
    if not ends:
        return None
    # Up to the last particle before the first word the assistant knows as a question's attribute
    # ("<君の名は。>の監督"): a title may have particles in it.
    first_known = next(
        (i for i, m in enumerate(words) if m.pos == "名詞" and m.surface in vocabulary.attribute_words), len(words)
    )
    before = [i for i in ends if i < first_known]
    end = before[-1] if before else ends[0]
    unknown = [
        m
        for m in words[:end]
        if m.pos in NAMING_POS and m.detail not in NOT_NAMING_DETAIL and m.surface not in vocabulary.words
    ]
    named = "".join(m.surface for m in unknown)
    # A name: a proper noun (ローマ), a katakana word (タイタニック), several unknown nouns
    # (進撃/巨人) or an unknown noun in a clause. One unknown common noun in kanji (海外,
    # 以外, 元) is a generic word far more often than a title.
    if len(named) < MIN_JAPANESE_SUBJECT:
        return None
    clause = any(m.pos == "動詞" for m in words[:end])  # a title that is a sentence: <花束みたいな恋をした>の
    if clause or len(unknown) >= 2 or any(m.detail == "固有名詞" or KATAKANA.search(m.surface) for m in unknown):
        return named
    return None


def _all_known(text: str, vocabulary: Vocabulary) -> bool:
    """Every word of a quoted phrase but particles and punctuation is one the assistant knows."""
    return all(m.surface in vocabulary.words for m in morphemes(text) if m.pos not in FUNCTION_POS)


def _names_a_role(words: list[str], position: int) -> bool:
    """ "Who plays the waiter?", "who is the bus driver?": a role in this film (answered, or not known), not a title."""
    after = words[position + 1 : position + 2]
    return words[position] in ROLE_SLOTS and after == ["the"] and bool(WHO & set(words[:position]))
