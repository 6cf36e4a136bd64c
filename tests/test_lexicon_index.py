"""The lexicon's indexed search finds exactly what comparing every phrase at every position finds.

`Lexicon.find` looks phrases up by their first word and typos with one rapidfuzz call per long
word (it was a third of a turn's CPU, reports/profile.md); the reference here is the plain
search it replaced: longest phrase first, exact matches before typos, no overlaps.
"""

from __future__ import annotations

import pytest
from rapidfuzz import fuzz

from bot.understanding.lexicon import TYPO_MIN_LENGTH, TYPO_SCORE, Hit, Lexicon, default_lexicon, tokens


def reference_find(lexicon: Lexicon, words: list[str], kinds: tuple[str, ...]) -> list[Hit]:
    taken = [False] * len(words)
    hits = []
    for fuzzy in (False, True):
        for kind, key, phrase in (p for p in lexicon.phrases if p[0] in kinds):
            size = len(phrase)
            for start in range(len(words) - size + 1):
                if any(taken[start : start + size]):
                    continue
                part = words[start : start + size]
                if fuzzy:
                    same = (
                        size == 1
                        and part[0] not in lexicon.not_typos
                        and len(phrase[0]) >= TYPO_MIN_LENGTH
                        and len(part[0]) >= TYPO_MIN_LENGTH
                        and fuzz.ratio(part[0], phrase[0]) >= TYPO_SCORE
                    )
                else:
                    same = list(phrase) == part
                if same:  # a typo's hit carries the phrase it is a typo of ("netflx" claims "netflix")
                    hits.append(Hit(kind, key, " ".join(phrase if fuzzy else part), start, start + size))
                    taken[start : start + size] = [True] * size
    return sorted(hits, key=lambda hit: hit.start)


KINDS = [("relation",), ("attribute", "claim", "spoilers", "film", "other_topic")]
TEXTS = [
    "who directed it?",
    "who is the directer of the film",
    "what's the premise",
    "when did it premeire on netflix",
    "who plays akito's father in the movie",
    "is it based on a novel? how long is it",
    "who composd the music and who wrote the screenplay",
    "does haruna die at the end, spoilers are fine",
    "how tall is ren nagase and what is his nationality",
    "what did the cinematograper shoot before",
]


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("kinds", KINDS)
def test_indexed_find_equals_the_plain_search(text, kinds):
    lexicon = default_lexicon()
    words = tokens(text)
    assert lexicon.find(words, kinds) == reference_find(lexicon, words, kinds)


def test_typos_and_exact_words_are_found():
    lexicon = default_lexicon()
    found = {hit.phrase for hit in lexicon.find(tokens("who is the directer"), KINDS[1])}
    assert "directer" in found
