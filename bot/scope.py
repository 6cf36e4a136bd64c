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

WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")
# Words after which a question names what it is about.
SUBJECT_SLOTS = frozenset(
    "of for in is was directed did does about watch called named plays play starring stars made wrote".split()
)
# Words that point at the film the conversation is about, or at someone in it
# ("what religion does she practice?" is about the person just named).
FILM_POINTERS = frozenset("it it's its this that he she him his her hers they them their".split())
WINDOW = 3
# "who <slot> the <X>": X is a character by job, not another film.
ROLE_SLOTS = frozenset("plays play played is was".split())
WHO = frozenset({"who", "whos", "who's"})
# The message attribute where the guard leaves the word that named another subject,
# so that later components do not take the question back into scope.
OTHER_SUBJECT = "other_subject"
MIN_WORD_LENGTH = 3
TYPO_CUTOFF = 80.0


@dataclass(frozen=True)
class Vocabulary:
    words: frozenset[str]

    @classmethod
    def from_texts(cls, texts: Iterable[str]) -> Vocabulary:
        return cls(frozenset(word for text in texts for word in WORD.findall(text.lower())))

    def including(self, words: Iterable[str]) -> Vocabulary:
        return Vocabulary(self.words | frozenset(words))

    def knows(self, word: str) -> bool:
        if word in self.words or len(word) < MIN_WORD_LENGTH:
            return True
        return process.extractOne(word, self.words, scorer=fuzz.ratio, score_cutoff=TYPO_CUTOFF) is not None


def unknown_subject(text: str, vocabulary: Vocabulary, has_entities: bool) -> str | None:
    """The unfamiliar word that names another subject, or None if the question is about the film."""
    if has_entities:
        return None
    words = WORD.findall(text.lower())
    if any(word in FILM_POINTERS for word in words):
        return None
    for position, word in enumerate(words):
        if word not in SUBJECT_SLOTS or _names_a_role(words, position):
            continue
        for candidate in words[position + 1 : position + 1 + WINDOW]:
            if not vocabulary.knows(candidate):
                return candidate
    return None


def _names_a_role(words: list[str], position: int) -> bool:
    """ "Who plays the waiter?", "who is the bus driver?": a role in this film (answered, or not known), not a title."""
    after = words[position + 1 : position + 2]
    return words[position] in ROLE_SLOTS and after == ["the"] and bool(WHO & set(words[:position]))
