"""Small talk is a closed class of formulas ("hiya", "cheers", "ttyl", "バイバイ"): a message made only of
the formulas of one social intent, and of words that pad them ("thanks so much", "hi there"), is that
intent, whatever the classifier made of a word it never saw.

A message that mixes two kinds ("ok thanks", "no thanks", "yes, bye") or says anything else is left to
the classifier: which one it is depends on what came before.

Rasa-free; bot/understanding/reading.py calls it with the words it has read.
"""

from __future__ import annotations

from bot.understanding.lexicon import Lexicon


def formula(words: list[str], lexicon: Lexicon) -> str | None:
    """The social intent every word of the message belongs to, or None."""
    hits = lexicon.find(words, ("social",))
    kinds = {hit.key for hit in hits}
    if len(kinds) != 1:
        return None
    covered = {index for hit in hits for index in range(hit.start, hit.end)}
    if any(word not in lexicon.social_padding for index, word in enumerate(words) if index not in covered):
        return None
    return kinds.pop()
