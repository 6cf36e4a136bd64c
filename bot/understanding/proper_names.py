"""Names of things the store does not hold, found by their capitals in the middle of a sentence.

Whose question is it? A question whose subject is a work, person or character the store does not
know ("who directed The Princess Bride?", "when was Elvis born?", "is Tom Hanks in it?") is about
something else, even when its words are this film's words ("directed", "born", "in it"). English
writes names with capitals: a capitalised word that is not the first of its sentence, not one of
this film's names or words, not one the lexicon reads, and not an everyday capitalised word (a
month, a language, a country, a platform: vocabulary `ordinary_names`) names something else.

Two kinds of position are trusted, so that a stray capital ("was it shot in Sendai?") decides
nothing: a run of two or more capitalised words (a full name or a title: "Chris Butler", "Over
Her Dead Body"), or one word in a subject slot ("directed by <X>", "the novel <X>", "the <X>
movies", "when was <X> born"). Text typed in Title Case or all capitals gives no signal.
Rasa-free; bot/understanding/reading.py decides what to do with what it finds.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from bot.names import is_cjk
from bot.store import FactStore
from bot.understanding.lexicon import tokens
from bot.understanding.spelling import known_words

# Small words inside a title or a name: "Gone with the Wind", "Brian De Palma", "United States of America".
GLUE = frozenset("of the a an and with in on at to for de da del von van la le".split())
# Where a sentence ends: the next word's capital is the sentence's, not a name's.
SENTENCE_ENDS = frozenset('.?!:;"“”()')
# Small words of a sentence, capitalised only in Title Case.
SMALL_WORDS = frozenset(
    """is was are were be been do does did has have had can will would it its this that he she they him her his
    their you your i me my we our to for by on at from about into than as then when where who what which how
    and or but not no so if in the a an of with""".split()
)
# More than this share of small words capitalised, and of all words: Title Case, capitals mean nothing.
TITLE_CASE_SHARE = 0.6
TITLE_CASE_WORDS = 0.8
# A word before a name in a subject slot: "by <X>", "the movie <X>", "was <X> born", "who played <X>".
BEFORE_SUBJECT = frozenset(
    """by of movie film novel book books novels series show character actor actress director author writer singer
    was is did does played plays play starred starring star portrayed portray about""".split()
)
# Verbs of playing a part: the word after their "in" names a work ("who played <a part> in <X>?").
PLAYING_VERBS = frozenset("played plays play playing starred stars star starring portrayed portrays acted".split())
# "the sequel to 2007's <X>": a year's work is a title.
YEAR_OF = re.compile(r"(?:19|20)\d\d'?s")
# A word after a name in a subject slot: "the <X> movies", "<X> character".
AFTER_SUBJECT = frozenset("movie movies film films novel novels book books series show character franchise".split())
MIN_FUZZY = 5  # one typo of a known word of five or more letters is that word (a family name, one letter off)
# A misspelt full name scores 88 or more against the right one (a letter wrong or missing in each of two
# words); two different people who share one name part and have near family names score around 80:
# those stay apart.
NAME_SCORE_CUTOFF = 85.0


@dataclass(frozen=True)
class Name:
    start: int  # token positions
    end: int
    text: str  # as typed


def unknown_names(
    text: str,
    words: list[str],
    spans: list[tuple[int, int]],
    covered: Callable[[int], bool],
    known: frozenset[str],
    ordinary: frozenset[str],
    store_names: frozenset[str] = frozenset(),
) -> list[Name]:
    """Capitalised runs naming something the store does not hold, in a trusted position.

    A run close to a full name the store holds ("<Given> <Misspelt family name>") is taken for a
    misspelling of it and left to the name matching; a name only as close as another person's
    ("<Another given name> <a similar family name>") is someone else.
    """
    letters = [i for i, w in enumerate(words) if w.removesuffix("'s").isalpha()]  # "<X>'s" is a word of a name too
    capitals = [i for i in letters if capitalised(text, spans[i])]
    if not capitals and not any(c.isupper() for c in text):
        return _lower_case_names(text, words, spans, covered, known, ordinary, store_names)
    if not capitals or _title_case(text, words, spans, capitals):
        return []
    found: list[Name] = []
    i = 0
    while i < len(words):
        if i not in capitals or _sentence_start(text, spans[i][0]):
            i += 1
            continue
        end = i + 1
        while end < len(words) and _joined(text, spans[end - 1], spans[end]):
            if words[end - 1].endswith("'s"):
                break  # "<a name>'s <thing>": the possessor is the name
            if end in capitals:
                end += 1
            elif (
                words[end] in GLUE
                and end + 1 < len(words)
                and end + 1 in capitals
                and not played_in(words, end + 1)
                and not covered(end + 1)  # "the <X> Award for Best Director with <this title>": ours, not glued on
            ):
                end += 2
            else:
                break
        run = [j for j in range(i, end) if j in capitals]
        unknown = [j for j in run if not _knows(words[j], covered(j), known, ordinary)]
        typed = " ".join(words[j].removesuffix("'s") for j in run)
        misspelt = len(run) >= 2 and _close(typed, store_names)
        if unknown and not misspelt and (len(run) >= 2 or _subject_slot(words, i, end)):
            found.append(Name(i, end, text[spans[i][0] : spans[end - 1][1]]))
        i = end
    return found


# Where a name typed in lower case may stand: after a word of a subject slot ("does it star <x y>", "was <x y> in
# it", "has <x y> worked with ..."), or opening the message before a possessive ("<x y>'s role").
LOWER_CASE_SLOTS = BEFORE_SUBJECT | frozenset({"has", "have", "with", "and", "does", "do", "did", "is", "was"})
LOWER_CASE_NAME_WORDS = (2, 3)
# Prepositions the assistant's word list may lack, never a name's first word: "who plays opposite <x y>".
NOT_NAME_WORDS = frozenset(
    "opposite alongside beside besides against including like unlike versus vs near inside outside without".split()
)


def _lower_case_names(
    text: str,
    words: list[str],
    spans: list[tuple[int, int]],
    covered: Callable[[int], bool],
    known: frozenset[str],
    ordinary: frozenset[str],
    store_names: frozenset[str],
) -> list[Name]:
    """A message typed all in lower case: two or three words in a row that the assistant knows none of, in a
    subject slot, are a full name ("does it star <x y>?"); one such word alone may be anything."""
    everyday = known | known_words()
    low, high = LOWER_CASE_NAME_WORDS
    for i, word in enumerate(words):
        if not (word in LOWER_CASE_SLOTS or i == 0):
            continue
        start = i if i == 0 and word not in LOWER_CASE_SLOTS else i + 1
        end = start
        while (
            end < len(words)
            and end - start < high
            and words[end].removesuffix("'s").isalpha()
            and not _knows(words[end], covered(end), everyday, ordinary)
            and words[end] not in NOT_NAME_WORDS
            and _joined(text, spans[end - 1], spans[end]) | (end == start)
        ):
            end += 1
            if words[end - 1].endswith("'s"):
                break  # "<x y>'s role": the possessive ends the name
        typed = " ".join(words[j].removesuffix("'s") for j in range(start, end))
        if end - start >= low and not _close(typed, store_names):
            if start == 0 and not words[end - 1].endswith("'s"):
                continue  # a message's first words are a name only before a possessive
            return [Name(start, end, text[spans[start][0] : spans[end - 1][1]])]
    return []


def _joined(text: str, left: tuple[int, int], right: tuple[int, int]) -> bool:
    """Only spaces between two words: a comma or a full stop ends a name."""
    return not text[left[1] : right[0]].strip()


def _title_case(text: str, words: list[str], spans: list[tuple[int, int]], capitals: list[int]) -> bool:
    """Typed in Title Case ("When Was It Released?"): most small words inside sentences have capitals.

    Names have capitals in any text; small words ("was", "it", "by") have them only in Title Case.
    """
    inside = [i for i, w in enumerate(words) if w.isalpha() and not _sentence_start(text, spans[i][0])]
    small = [i for i in inside if words[i] in SMALL_WORDS]
    if not small or len([i for i in small if i in capitals]) / len(small) <= TITLE_CASE_SHARE:
        return False
    # A title with small words in it ("<On Her ... Service>") is not Title Case typing: most other words are lower.
    return len([i for i in inside if i in capitals]) / len(inside) > TITLE_CASE_WORDS


def capitalised(text: str, span: tuple[int, int]) -> bool:
    word = text[span[0] : span[1]]
    letters = [c for c in word if c.isalpha()]
    if not letters or not letters[0].isupper():
        return False
    return not (len(letters) > 1 and all(c.isupper() for c in letters))  # "DVD", "US": an acronym


def _sentence_start(text: str, at: int) -> bool:
    before = text[:at].rstrip()
    return not before or before[-1] in SENTENCE_ENDS


def _knows(word: str, covered: bool, known: frozenset[str], ordinary: frozenset[str]) -> bool:
    bare = word.removesuffix("'s")
    if covered or word in ordinary or bare in ordinary or bare in known or word in known:
        return True
    if len(bare) < MIN_FUZZY:
        return False
    return process.extractOne(bare, known, scorer=OSA.distance, score_cutoff=1) is not None


def _subject_slot(words: list[str], start: int, end: int) -> bool:
    before = words[start - 1] if start > 0 else ""
    after = words[end] if end < len(words) else ""
    return (
        before in BEFORE_SUBJECT or after in AFTER_SUBJECT or bool(YEAR_OF.fullmatch(before)) or played_in(words, start)
    )


# The nouns of a part played, and how far before "in" they may stand ("<a>'s character called in <X>").
PART_NOUNS = frozenset({"character", "role"})
PART_NOUN_REACH = 2
OWNING = frozenset({"his", "her", "their"})


def played_in(words: list[str], at: int) -> bool:
    """ "who played the doctor in <X>?": the word at `at` follows an "in" after a verb of playing a part, and a part
    is played in a work, so it names one (not a place)."""
    if at == 0 or words[at - 1] != "in":
        return False
    if PLAYING_VERBS & set(words[: at - 1]):
        return True
    # "what is <a>'s role in <X>?", "<a>'s character called in <X>": someone's part, just before, is the verb's like
    # ("the main character in <X>" is that work's, no part of anyone's)
    return any(someones_part(words, i) for i in range(max(1, at - 1 - PART_NOUN_REACH), at - 1))


def someones_part(words: list[str], at: int) -> bool:
    """The word at `at` is a part's noun owned by someone: "<a>'s character", "his role"."""
    return at > 0 and words[at] in PART_NOUNS and (words[at - 1].endswith("'s") or words[at - 1] in OWNING)


def _close(typed: str, names: frozenset[str]) -> bool:
    return (
        bool(names) and process.extractOne(typed, names, scorer=fuzz.ratio, score_cutoff=NAME_SCORE_CUTOFF) is not None
    )


def store_names(store: FactStore) -> frozenset[str]:
    """The store's proper names as a question's words ("<given> <family>"), not role phrases ("the <job>")."""
    if id(store) not in _STORE_NAMES:
        _STORE_NAMES.clear()  # one store at a time; a test's own store replaces it
        forms = [form for _, _, form in store.name_forms() if form[:1].isupper() or is_cjk(form)]
        # a name written in lower case is still a name (a singer who writes hers so): role phrases are aliases, never
        # the name itself
        forms += [person.name for person in store.people.values()]
        _STORE_NAMES[id(store)] = frozenset(" ".join(tokens(form)) for form in forms)
    return _STORE_NAMES[id(store)]


def is_proper_name(text: str, names: frozenset[str]) -> bool:
    """A name entity's text has a word of one of the store's proper names ("<a given name>"), not only a
    role phrase the entity rules also tag ("the main character")."""
    return bool(set(tokens(text)) & name_parts(names))


# Titles written before a name ("Dr <a family name>"): part of how a name is written, no name of anyone ("the
# doctor" is a role phrase, not a name).
TITLES = frozenset({"dr", "doctor", "mr", "mrs", "ms", "miss", "prof", "professor"})


@cache
def name_parts(names: frozenset[str]) -> frozenset[str]:
    """The words of the proper names (given and family names apart), computed once per set of names."""
    return frozenset(part for name in names for part in name.split() if part not in TITLES)


_STORE_NAMES: dict[int, frozenset[str]] = {}


# Letters a misspelt name part may be off by and still be that part ("<Nomaguchi>" typed "<Nommaguchi>").
MAX_PART_TYPOS = 1
MIN_TYPED_PART = 4


def completed_by_a_typo(text: str, entities: list[dict], store: FactStore) -> list[tuple[dict, dict]]:
    """ "when was <given> <misspelt family name> born?": the entity rules tag the one part they know, which two
    people may share; the word beside it, one letter off the other part of one person's name, completes that
    person's name. (tagged entity, the whole name's entity) pairs; a part whose neighbour is no such typo stays."""
    spans = [(m.start(), m.end()) for m in re.finditer(r"[A-Za-z]+", text)]
    pairs: list[tuple[dict, dict]] = []
    for entity in entities:
        kind = entity.get("entity")
        start, end = int(entity.get("start", -1)), int(entity.get("end", -1))
        if kind not in ("person", "character") or (start, end) not in spans:
            continue
        at = spans.index((start, end))
        part = text[start:end].lower()
        for other, whole in ((at + 1, (start, None)), (at - 1, (None, end))):
            if not 0 <= other < len(spans) or text[min(end, spans[other][1]) : max(start, spans[other][0])].strip():
                continue
            typed = text[spans[other][0] : spans[other][1]].lower()
            name = _name_with_part_near(part, typed, other > at, store, str(kind))
            if name is not None:
                first = whole[0] if whole[0] is not None else spans[other][0]
                last = whole[1] if whole[1] is not None else spans[other][1]
                pairs.append((entity, {"entity": kind, "value": name, "start": first, "end": last}))
                break
    return pairs


def _name_with_part_near(part: str, typed: str, typed_after: bool, store: FactStore, kind: str) -> str | None:
    """The one name of `kind` with `part` in it whose other part `typed` is a typo of (not the part itself)."""
    found = set()
    for form_kind, _, form in store.name_forms():
        words = form.lower().split()
        if form_kind != kind or len(words) != 2 or not form[:1].isupper():
            continue
        mine, others = (words[0], words[1]) if typed_after else (words[1], words[0])
        # "<given> <family>s dad": a possessive glued on without its apostrophe is the relation rules' to read
        if mine == part and typed not in (others, f"{others}s") and len(typed) >= MIN_TYPED_PART:
            if OSA.distance(typed, others) <= MAX_PART_TYPOS:
                found.add(form)
    if len(found) != 1:
        return None
    return found.pop()


# A word this short beside a name part is rarely a given or family name of its own ("mr", "ms", "st").
MIN_NAMESAKE_PART = 3
# Japanese honorifics written after a name ("<family name>-san"): part of how the name is written.
HONORIFICS = frozenset({"san", "kun", "chan", "sama", "sensei", "senpai", "shi"})


def namesakes(text: str, entities: list[dict], store: FactStore, known: frozenset[str]) -> list[tuple[dict, dict]]:
    """ "was <another given name> <our family name> in it?": the entity rules tag the one part they know, but the
    word in the other part's place (before a family name, after a given name), no word of the language and no part
    of any of our names, is the rest of another person's name (a namesake, not ours). (tagged entity, the whole
    name's entity) pairs, the whole name being a person the store does not hold; typos of our own name parts are
    `completed_by_a_typo`'s and are left alone."""
    spans = [(m.start(), m.end()) for m in re.finditer(r"[A-Za-z]+", text)]
    given, family = _people_name_parts(store)
    ours = {part for name in store_names(store) for part in name.lower().split()}
    pairs: list[tuple[dict, dict]] = []
    for entity in entities:
        start, end = int(entity.get("start", -1)), int(entity.get("end", -1))
        if entity.get("entity") != "person" or (start, end) not in spans:
            continue
        at, part = spans.index((start, end)), text[start:end].lower()
        # the other part's place: before a family name, after a given name (English order)
        other = at - 1 if part in family else at + 1 if part in given else -1
        if not 0 <= other < len(spans) or text[min(end, spans[other][1]) : max(start, spans[other][0])].strip():
            continue
        if _other_persons_part(text[spans[other][0] : spans[other][1]].lower(), ours, known):
            first, last = min(start, spans[other][0]), max(end, spans[other][1])
            pairs.append((entity, {"entity": "person", "value": text[first:last], "start": first, "end": last}))
    return pairs


def _people_name_parts(store: FactStore) -> tuple[frozenset[str], frozenset[str]]:
    """(given names, family names) of the store's people written "<given> <family>"."""
    # A part of a character's name too ("<a producer's family name>" = "<a heroine's given name>") is left out:
    # which of the two a message means is the entity rules' to say, not the word beside it.
    characters = {word for c in store.characters.values() for word in c.name.lower().split()}
    two_part = [p.name.lower().split() for p in store.people.values() if p.kind == "person"]
    pairs = [words for words in two_part if len(words) == 2 and not set(words) & characters]
    return frozenset(w[0] for w in pairs), frozenset(w[1] for w in pairs)


# Endings of English inflections and derivations ("appeared", "starring", "mainly"), no romanised name's.
WORD_ENDINGS = ("ed", "ing", "ly", "ness", "tion")
SUFFIXES = ("s", "es", "ed", "d", "ing", "ly")


def _a_word(typed: str, known: frozenset[str]) -> bool:
    """A word of the language: a known word, a known word inflected, or a word with an English ending."""
    if typed in known or typed.endswith(WORD_ENDINGS):
        return True
    return any(typed.endswith(end) and typed[: -len(end)] in known for end in SUFFIXES)


def _other_persons_part(typed: str, our_parts: set[str], known: frozenset[str]) -> bool:
    """A typed word that can only be a name part of someone else: no word we read, no part (or typo) of ours."""
    if len(typed) < MIN_NAMESAKE_PART or typed in SMALL_WORDS | GLUE | TITLES | HONORIFICS or _a_word(typed, known):
        return False
    return not any(OSA.distance(typed, part) <= MAX_PART_TYPOS for part in our_parts)


# A Japanese name in romaji: syllables of an optional consonant (the same one doubled, "sh", "ch", "ts", a
# "y" glide) and a vowel, or a syllable-final "n"; most English words are not: two different consonants
# in a row ("between", "twenty") are no syllable.
ROMAJI_WORD = re.compile(r"(?:(?:([kgsztdnhbpmrwfj])\1?y?|ch|sh|ts|y)?[aeiou]|n)+")
MIN_NAME_PART = 3


def someone_elses_full_name(
    text: str, start: int, end: int, store: FactStore, known: frozenset[str]
) -> tuple[int, int] | None:
    """ "Did <our director's given name> <a family name of another of ours> direct it?", "who did <our lead's given
    name> <an unknown family name> voice?": one part of a name of ours, written beside a word that makes another
    person's full name, is that person, whom the store does not hold (the entity rules tag the part alone). The
    character span of the full name, or None. The word beside it must look like a name part in rōmaji, and be either
    a part of another name of ours or a word the assistant does not know; ours as a pair ("<given> <family>"), or one
    typo of it, stays ours."""
    typed = " ".join(tokens(text[start:end]))
    pairs = name_pairs(store)
    parts = {word for pair in pairs for word in pair}
    given_names = {first for first, _ in pairs}
    # the part as typed, or the part of ours it is one typo of ("<a typo of our given name> <a family name>")
    part = typed if typed in parts else next((p for p in sorted(parts) if OSA.distance(typed, p) <= 1), "")
    if " " in typed or not part or len(typed) < MIN_NAME_PART:
        return None
    after = re.match(r"\s+([A-Za-z]+)", text[end:])
    before = re.search(r"([A-Za-z]+)\s+$", text[:start])
    sides = [
        (after, {last for first, last in pairs if first == part}),
        (before, {first for first, last in pairs if last == part}),
    ]
    for found, partners in sides:
        if found is None or not partners:
            continue
        word = found.group(1).lower()
        if len(word) < MIN_NAME_PART or any(OSA.distance(word, partner) <= 1 for partner in partners):
            continue  # too short for a name, or ours, or one typo of ours
        if word in given_names:
            continue  # "is <Kazuki> <Akito>'s father?", "is <Ayaka> <Haruna>'s friend?": two of ours, side by side
        # "Is Kento <our family name>": a capital inside the sentence, not its first word's ("Does <our name> ...")
        at = found.start(1) + (end if found is after else 0)
        capitalised = found.group(1)[0].isupper() and not _sentence_start(text, at) and not _mostly_capitalised(text)
        # in lower case, a name part looks Japanese; before a family name, a lower-case word is more often English
        # than a given name ("opposite <X>")
        unknown = word not in known and found is after and ROMAJI_WORD.fullmatch(word) is not None
        # in lower case only after a given name: "<x> <y>'s friend" before a family name is two people of ours
        ours_after = word in parts and found is after and ROMAJI_WORD.fullmatch(word) is not None
        if ours_after or unknown or capitalised:
            return (start, end + found.end()) if found is after else (found.start(), end)
    return None


def name_pairs(store: FactStore) -> tuple[tuple[str, str], ...]:
    """(given, family) of every two-word name as the store writes it, given name first ("Doctor <a family name>" is a
    role's name, not a given name's), computed once per store."""
    if id(store) not in _NAME_PAIRS:
        _NAME_PAIRS.clear()  # one store at a time; a test's own store replaces it
        written = [tokens(p.name) for p in store.people.values()] + [tokens(c.name) for c in store.characters.values()]
        _NAME_PAIRS[id(store)] = tuple((n[0], n[1]) for n in written if len(n) == 2 and n[0] not in TITLES)
    return _NAME_PAIRS[id(store)]


_NAME_PAIRS: dict[int, tuple[tuple[str, str], ...]] = {}


def _mostly_capitalised(text: str) -> bool:
    """Title Case or capitals typed throughout: a capital says nothing of a name."""
    words = re.findall(r"[A-Za-z]+", text)[1:]  # the first word's capital is the sentence's
    return bool(words) and sum(word[0].isupper() for word in words) > len(words) * CAPITALISED_SHARE


CAPITALISED_SHARE = 0.5
