"""Real English words, from a word-frequency list that ships inside a package (pyspellchecker's English list,
built from subtitles; no download).

A message's word that is a real word was meant as typed: "decrease" is no typo of "deceased", "related" none of
"created". The lexicon reads a word one typo from one of its phrases as that phrase only when the word is no real
word. Rasa-free.
"""

from __future__ import annotations

from functools import lru_cache
from os.path import commonprefix

# A word counted this often in the list is a real word. Below it the list holds common misspellings ("directer"
# is counted 50 times, the list's floor); the 47,000 words at or above it are real.
MIN_COUNT = 100
# The letters two forms of one word may differ in at their end ("-er" / "-re", "-ed" / "-er").
ENDING_LETTERS = 2


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    """The words of the list counted at least MIN_COUNT times (loaded once, on first use)."""
    from spellchecker import SpellChecker  # imported here: the list is read only when a typo is weighed

    counts = SpellChecker(language="en", distance=1).word_frequency.dictionary
    return frozenset(word for word, count in counts.items() if count >= MIN_COUNT and word.isalpha())


def is_real_word(word: str) -> bool:
    """Whether the lower-case `word` is a real English word."""
    return word in english_words()


def one_word(word: str, phrase: str) -> bool:
    """Whether the two are forms of one word: they differ only in their last two letters or fewer, after what
    they share ("directors" of "director", "theatre" of "theater", "cancelled" of "canceled"); not "decrease"
    and "deceased", which part after three letters."""
    shared = len(commonprefix([word, phrase]))
    return shared >= min(len(word), len(phrase)) - ENDING_LETTERS
