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


# Who is praised: "you", or "you" with its verb in one word ("you're", "you've").
YOU = frozenset({"you", "u", "ya"})
YOU_WITH_VERB = frozenset({"you're", "youre", "ur", "you've", "youve", "you'd"})
NEGATIONS = frozenset({"not", "never", "no", "isn't", "aren't", "wasn't", "weren't", "don't", "didn't", "haven't"})
# Nouns of praised work: "great job, you did well".
PRAISE_NOUNS = frozenset({"job", "work"})
# What a listener may say around praise without asking anything ("wow you're smart, olly"): one such word.
OTHER_WORDS = 1


def praise(words: list[str], lexicon: Lexicon) -> str | None:
    """ "you're awesome", "you've been a big help", "you did great, thanks": the assistant praised, thanked back
    ("thanks"); None for anything else. Around the praise only formulas, fillers and at most one other word (an
    interjection, a name it is called by) may stand, and no negation: "you are great at what?" asks."""
    if NEGATIONS & set(words):
        return None
    thanked = {i for hit in lexicon.find(words, ("social",)) if hit.key == "thanks" for i in range(hit.start, hit.end)}
    ignored = lexicon.social_padding | lexicon.praise_words | lexicon.praise_fillers | lexicon.praise_verbs
    for start, word in enumerate(words):
        if (word not in YOU and word not in YOU_WITH_VERB) or start in thanked:  # "thank you, you're great"
            continue
        end = _praised_at(words, start + 1, word in YOU_WITH_VERB, lexicon)
        if end is None:
            return None
        # before "you", only formulas and praise ("great job, you did well"); fillers such as "it" point at the film
        before = lexicon.social_padding | lexicon.praise_words | PRAISE_NOUNS
        others = [w for i, w in enumerate(words[:start]) if i not in thanked and w not in before]
        others += [w for i, w in enumerate(words[end:], end) if i not in thanked and w not in ignored]
        return "thanks" if len(others) <= OTHER_WORDS else None
    return None


def _praised_at(words: list[str], at: int, verb_said: bool, lexicon: Lexicon) -> int | None:
    """Where the praise after "you" ends, or None if a word other than a verb or filler comes first."""
    for index in range(at, len(words)):
        word = words[index]
        if word in lexicon.praise_words and (verb_said or word in lexicon.praise_verbs):
            return index + 1
        if word in lexicon.praise_verbs:
            verb_said = True
        elif word not in lexicon.praise_fillers:
            return None
    return None
