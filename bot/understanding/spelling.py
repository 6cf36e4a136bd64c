"""Standard spellings of typed words: text-speak ("u", "bday"), misspellings seen in real people's
questions ("genere"), letters held down ("sooo", "pleeease") and two neighbouring letters swapped in
one of the commonest words of a film question ("hte", "waht", "movei").

The table is data (spellings.yml, with the source of each entry). It is one word for one word, so a
word keeps its place in the text and the reader can map readings back to the message. The lexicon's
own phrases pass through the same table, so a phrase and its typed spelling always compare equal.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from bot.yaml_files import load_yaml_file

SPELLINGS_PATH = Path(__file__).with_name("spellings.yml")
VOCABULARY_PATH = Path(__file__).with_name("vocabulary.yml")
# Three or more of one letter: nobody's standard spelling ("sooo", "looong", "pleeease").
HELD_LETTER = re.compile(r"([a-z])\1{2,}")
# Roman numerals that repeat a letter three times: "<a title> iii" is its third part, no "i" held down.
HELD_LETTER_NUMERALS = frozenset({"iii", "viii", "xiii"})
STANDARD_CACHE = 16384  # words seen: every message's words pass through here, many times over


@lru_cache(maxsize=1)
def _spellings_file() -> dict:
    """spellings.yml, read once for the table and the swaps."""
    return load_yaml_file(SPELLINGS_PATH) or {}


@lru_cache(maxsize=1)
def spellings() -> dict[str, str]:
    """Typed word -> the standard word it stands for."""
    raw = _spellings_file()
    table = {str(typed).lower(): str(meant).lower() for typed, meant in (raw.get("text_speak") or {}).items()}
    for section in ("seen",):
        for meant, typed_forms in (raw.get(section) or {}).items():
            table.update({str(typed).lower(): str(meant).lower() for typed in typed_forms})
    for typed, meant in table.items():
        if not meant or " " in meant or " " in typed:
            raise ValueError(f"{SPELLINGS_PATH}: {typed!r} -> {meant!r}: one word for one word only")
    return table


@lru_cache(maxsize=1)
def _swap_table() -> dict[str, str]:
    """Each swap of two neighbouring letters of a `swapped` word -> that word; a swap of two such words
    ("hwo": who, how) and the real words among the swaps (`real_swaps`) are left out: they are unsure."""
    raw = _spellings_file()
    meant_by: dict[str, set[str]] = {}
    for meant in (str(w).lower() for w in raw.get("swapped") or []):
        for i in range(len(meant) - 1):
            typed = meant[:i] + meant[i + 1] + meant[i] + meant[i + 2 :]
            if typed != meant:
                meant_by.setdefault(typed, set()).add(meant)
    real = {str(w).lower() for w in raw.get("real_swaps") or []}
    return {typed: next(iter(meant)) for typed, meant in meant_by.items() if len(meant) == 1 and typed not in real}


@lru_cache(maxsize=1)
def known_words() -> frozenset[str]:
    """The words of vocabulary.yml and of the standard spellings: where a held letter is doubled."""
    text = VOCABULARY_PATH.read_text(encoding="utf-8").lower()
    return frozenset(re.findall(r"[a-z]+", text)) | frozenset(spellings().values())


@lru_cache(maxsize=STANDARD_CACHE)
def standard(word: str) -> str:
    """The standard spelling of one lower-case word (the word itself when it has none).

    A letter held down is one letter ("sooo" -> so) unless two make a known word ("goood" -> good);
    a word swapped from one of the commonest words is that word ("hte" -> the), when it is no known word; so is
    a known word with one letter typed twice ("starrs" -> stars).
    """
    if HELD_LETTER.search(word) and word not in HELD_LETTER_NUMERALS:
        doubled = HELD_LETTER.sub(r"\1\1", word)
        word = doubled if doubled in known_words() else HELD_LETTER.sub(r"\1", word)
    if word in spellings():
        return spellings()[word]
    # a known word is never a swap ("form" of from is listed as real; a word of the vocabulary is meant)
    if word in known_words():
        return word
    return _swap_table().get(word) or _letter_typed_twice(word) or word


DOUBLED_LETTER = re.compile(r"([a-z])\1")
# "starrs" is "stars"; a shorter word may be another real word ("soon" is no "son").
UNDOUBLED_MIN_LETTERS = 5


def _letter_typed_twice(word: str) -> str | None:
    """ "starrs", "moviee": the known word that one letter typed twice stands for, when there is one only."""
    meant = {
        word[: m.start()] + word[m.start() + 1 :]
        for m in DOUBLED_LETTER.finditer(word)
        if len(word) - 1 >= UNDOUBLED_MIN_LETTERS
    }
    known = [w for w in meant if w in known_words()]
    return known[0] if len(known) == 1 else None


TYPED_WORD = re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)?")
# Sounds that only buy time ("umm, what is this book about?", "then uh, who sings it?"), with the comma, dots or
# dash that follow them. Not "uh-huh", "uh-oh" or "uh oh", which answer or exclaim.
HESITATION = re.compile(r"(?i)(?<![\w'-])(?:u+m+|u+h+m*|e+r+m+|h+m+|m{2,})(?![\w'-])(?!\s+oh\b)[,.\u2026\u2014\u2013]*")


# A social-media handle ("@user", "@NetflixJP": Latin letters, digits and "_"), and the colon or comma after it: whom
# a post is addressed to or credits ("via @user"), never a word of what is asked. Not the "@" inside an e-mail
# address, nor one before Japanese ("@コアラ").
HANDLE = re.compile(r"(?<![\w@.])@[A-Za-z0-9_]+[:,]?")


def without_handles(text: str) -> str:
    """The text with each handle blanked, space for space ("@user do you watch it?" -> "      do you watch it?"),
    every offset kept; a message of nothing else is left as typed."""
    return _blanked(HANDLE, text)


# A hashtag's "#" before a word ("#DrawingCloser", "#sad"): the word is said, the sign only tags it. Not "#1" (a
# rank) nor a "#" inside a word ("C#").
HASHTAG_SIGN = re.compile(r"(?<![\w#])#(?=[^\W\d_])")


def without_hashtag_signs(text: str) -> str:
    """The text with each hashtag's "#" blanked, space for space ("#DrawingCloser is so sad" -> " DrawingCloser is so
    sad"), every offset kept."""
    return HASHTAG_SIGN.sub(" ", text)


def without_hesitations(text: str) -> str:
    """The text with each hesitation sound blanked, space for space ("umm, what is it about?" -> "     what is it
    about?"): what is asked reads as if typed without it, and every offset stays that of the text as typed. A message
    of nothing else is left as typed: it still gets its "didn't get that"."""
    return _blanked(HESITATION, text)


def _blanked(pattern: re.Pattern[str], text: str) -> str:
    """Each match of `pattern` blanked, space for space; a message of nothing else is left as typed."""
    blanked = pattern.sub(lambda match: " " * len(match.group(0)), text)
    return blanked if blanked.strip() else text


def standard_text(text: str) -> str:
    """The text with each typed word in its standard spelling ("could you tell me the stroy?" -> "... the story?"),
    a capital kept: what the intent classifier reads, which learnt from standard spellings only. Only spellings of
    the same length are written: the entities' offsets, and every later reader's, stay those of the text as typed
    ("u" stays "u"; the lexicon reads it as "you" anyway)."""

    def meant(match: re.Match[str]) -> str:
        typed = match.group(0)
        word = standard(typed.lower())
        if word == typed.lower() or len(word) != len(typed):
            return typed
        return word.capitalize() if typed[0].isupper() else word

    return TYPED_WORD.sub(meant, text)
