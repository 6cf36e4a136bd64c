"""Does a message say whether it wants spoilers? Composed from its words, not matched against phrases.

A fixed list of phrases ("no spoilers", "spoilers are fine") misses most ways of saying it, and a
bag-of-words classifier cannot tell "hide spoilers" from "don't hide spoilers". Here a clause with a
word for spoilers wants them unless words that turn the wish around ("no", "don't", "hide", "avoid",
"spoiler-free") occur an odd number of times: "don't mind spoilers" is turned twice, a yes.

A clause that asks about spoilers ("does the trailer spoil it?", "what are the spoilers?") or tells
of something that spoils ("the trailer spoils everything") sets nothing.

Rasa-free; bot/understanding/reading.py calls it with the words it has read and the lexicon's word classes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Where one clause ends and the next begins: a spoiler setting is read within its own clause
# ("i haven't seen it, so no spoilers").
# A dash between spaces also ends one ("<the title> - does it spoil the book?"); a hyphen inside a word does not
# ("spoiler-free").
CLAUSE_BREAK = re.compile(r"[,.;:!?()–—]|\s-+\s")
CONJUNCTIONS = frozenset({"but", "so", "and", "because", "since", "cause", "cos", "as", "though", "although", "then"})
WH_WORDS = frozenset({"what", "what's", "whats", "which", "who", "when", "where", "why", "how"})
ADDRESSEES = frozenset({"you", "u", "ya"})
# "spoiler free" (and its typos): turns the wish only right after the spoiler word ("feel free to spoil").
TURNING_AFTER = frozenset({"free", "fre", "freee"})
# Verb forms that tell of something spoiling ("the review spoiled it"), unless the user is the one spoilt
# ("i don't want to be spoiled").
TELLING_FORMS = frozenset({"spoils", "spoiled", "spoilt"})
PASSIVE_MARKERS = frozenset({"be", "being", "get", "getting", "got", "been"})
# Words before a clause's question that change nothing: "please can you spoil it", "or do you get spoilers?".
LEADING_WORDS = frozenset({"please", "or"})
# The openers that make "<opener> you <verb> …" a request: "can you spoil it?", "would you spoil the ending?".
REQUEST_MODALS = frozenset({"can", "could", "will", "would", "won't", "wont", "cant", "can't"})


@dataclass(frozen=True)
class SpoilerSetting:
    wanted: bool
    at: int  # token position of the word for spoilers
    said: tuple[int, int]  # token positions from the first to the last word that says it ("no spoilers")
    clause: tuple[int, int]  # token positions of the clause that says it

    @property
    def key(self) -> str:
        return "yes" if self.wanted else "no"


def spoils(word: str) -> bool:
    """The verb ("don't spoil the ending"), not the noun or adjective ("a spoiler-free summary")."""
    return word.startswith("spoil") and not word.startswith("spoiler")


def clauses(words: list[str], gaps: list[str]) -> list[tuple[int, int]]:
    """Token ranges of the clauses; gaps[i] is the text between word i-1 and word i."""
    starts = [0]
    for index in range(1, len(words)):
        if CLAUSE_BREAK.search(gaps[index]) or words[index] in CONJUNCTIONS:
            starts.append(index)
    return list(zip(starts, [*starts[1:], len(words)], strict=True))


def read_setting(
    words: list[str],
    gaps: list[str],
    spoiler_words: frozenset[str],
    turning_words: frozenset[str],
    question_openers: frozenset[str],
) -> SpoilerSetting | None:
    """The spoiler setting of the first clause that says one, or None."""
    for start, end in clauses(words, gaps):
        clause = words[start:end]
        at = next((i for i, word in enumerate(clause) if word in spoiler_words), None)
        if at is None:
            continue
        if _asks_or_tells(clause, at, question_openers):
            return None
        turning = [
            i
            for i, word in enumerate(clause)
            if i != at and (_negation(word) or word in turning_words or (word in TURNING_AFTER and i == at + 1))
        ]
        said = (start + min([at, *turning]), start + max([at, *turning]) + 1)
        return SpoilerSetting(wanted=len(turning) % 2 == 0, at=start + at, said=said, clause=(start, end))
    return None


NEGATIONS = frozenset(
    """no not never none nothing without zero dont doesnt didnt cant wont wouldnt shouldnt couldnt
    isnt arent wasnt werent havent hasnt aint""".split()
)


def _negation(word: str) -> bool:
    return word in NEGATIONS or word.endswith("n't")


def _asks_or_tells(clause: list[str], at: int, question_openers: frozenset[str]) -> bool:
    """A question about spoilers or a statement that something spoils: not a setting."""
    start = 1 if clause[0] in LEADING_WORDS and len(clause) > 1 else 0
    first, following = clause[start], clause[start + 1] if start + 1 < len(clause) else ""
    if first in WH_WORDS:
        return True
    # "can you spoil it", "do not spoil it" are requests; "does the trailer spoil it", "are there spoilers" ask, and
    # so does "do you get spoilers on the net?" (only a modal before "you" makes a request)
    if first in question_openers and following in ADDRESSEES and first not in REQUEST_MODALS:
        return True
    if first in question_openers and following not in ADDRESSEES and not _negation(following):
        return True
    word = clause[at]
    return word in TELLING_FORMS and not (at > 0 and clause[at - 1] in PASSIVE_MARKERS)
