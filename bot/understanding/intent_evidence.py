"""Evidence for the classifier's intent in the question's own words.

The linear classifier always picks some intent. When most of a question's words were never seen in training,
that pick rests on function words, the bias or a character n-gram ("is it good for a date night?" -> goodbye;
"where can i buy new shingles" -> where to watch). An intent is *supported* by a message when one of its content
words (not a function word, not a word that only points at the film) is a word the intent's training examples use
far more than the other intents' do, or when an entity of a kind its examples annotate is found in the message.

The table is computed from the training data (data/nlu/, English and Japanese) when first asked, so it always
follows the data the classifier was trained on; nothing in it is written by hand.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml
from rapidfuzz import process
from rapidfuzz.distance import OSA

from bot.understanding.coverage import FUNCTION_WORDS
from bot.understanding.lexicon import GENERIC_FILM_WORDS, time_in_passing, tokens

TRAINING_DATA = Path(__file__).resolve().parents[2] / "data" / "nlu"
# An annotated entity in a training example: "[<text>](<label>)" or "[<text>]{...}".
ANNOTATION = re.compile(r"\[([^\]]+)\](?:\(([^)]+)\)|\{[^}]*\"entity\":\s*\"([^\"]+)\"[^}]*\})")
# The word standing for an entity of a kind, in the table and in a message: "@person", "@crew_role".
ENTITY_MARK = "@"
# A word supports an intent when that intent's rate of examples using it is at least this fraction of the
# highest intent's rate (each intent's count normalised by its number of examples). The figures it was first set by
# were not kept; it is checked on the dev set and the round-22 grid (reports/nlu-round22-nlu92.md).
MIN_SHARE = 0.2
# A word used by at least this many intents at a supporting rate says nothing of which one is asked: neutral.
# (The film's title words, names, "tell", "know" ...)
MAX_SUPPORTED = 10
# The shortest stem an ending is cut to.
STEM_MIN_LENGTH = 3
# Unseen words a message about nothing of ours needs before the intent is taken for another subject's question
# (one is often a filler: "btw", "sorry", "oh").
MIN_UNSEEN = 2
# Words this long or longer may be a known word with one typo ("directr" for "director").
TYPO_MIN_LENGTH = 4
# Words that carry no evidence for any intent: they glue a question or point at the film. Kept as evidence: the
# wh-words and "about" ("when?" asks a date, "what is it about?" the story), "no" and "not" (a denial).
EVIDENCE_FUNCTION_WORDS = frozenset({"no", "not", "who", "whom", "whose", "when", "where", "why", "how", "about"})
# Of those, the ones too weak to stand alone beside a word no example uses: the wh-words ("where can i buy <X>").
WEAK_WORDS = EVIDENCE_FUNCTION_WORDS - {"about"}
EMPTY_WORDS = (FUNCTION_WORDS - EVIDENCE_FUNCTION_WORDS) | GENERIC_FILM_WORDS
# The kinds of entity that name someone: a question naming one is about them.
NAME_KINDS = frozenset({"person", "character"})
# Endings cut before a word is compared ("starred" ~ "star", "actors" ~ "actor", "playing" ~ "play").
ENDINGS = ("ist", "ing", "ed", "es", "s")


@dataclass(frozen=True)
class IntentEvidence:
    """Word (or "@<entity kind>") -> the intents whose examples use it distinctively."""

    supports: Mapping[str, frozenset[str]]
    known: frozenset[str]  # every content word of the training data
    # Word -> the intents whose examples use it most ("where" -> where to watch): a wh-word is strong evidence
    # for them, weak for the others.
    leading: Mapping[str, frozenset[str]] = field(default_factory=dict)

    def content_words(self, words: Iterable[str]) -> list[str]:
        """The words that may carry evidence, as stems; a function word with a typo ("esle") is none, nor the noun
        of a time said in passing ("this year")."""
        words = list(words)
        kept = [
            word
            for at, word in enumerate(words)
            if word not in EMPTY_WORDS and any(ch.isalpha() for ch in word) and not time_in_passing(words, at)
        ]
        return [stem(word) for word in kept if stem(word) in self.known or not empty_with_typo(word)]

    def known_as(self, word: str) -> str | None:
        """The training data's spelling of a message word: itself, or a known word one typo away ("directr")."""
        if word in self.known or word.removesuffix("'s") in self.known:
            return word if word in self.known else word.removesuffix("'s")
        near = self.neighbours(word)
        return near[0] if len(near) == 1 else None

    def neighbours(self, word: str) -> list[str]:
        """The known words one typo away from a word long enough to carry a typo."""
        if len(word) < TYPO_MIN_LENGTH:
            return []
        matches = process.extract(word, self.known, scorer=OSA.distance, score_cutoff=1, limit=None)
        return sorted(str(match[0]) for match in matches)

    def ambiguous(self, word: str) -> bool:
        """An unknown word one typo from several known ones ("lile": like, life, live): no evidence either way."""
        return word not in self.known and word.removesuffix("'s") not in self.known and len(self.neighbours(word)) > 1

    def supporting(self, intent: str, words: Iterable[str], entity_kinds: Iterable[str] = ()) -> list[str]:
        """The message's words (and entity kinds) that support `intent`."""
        marks = [ENTITY_MARK + kind for kind in entity_kinds]
        spelled = [self.known_as(word) or word for word in self.content_words(words)]
        return [word for word in [*spelled, *marks] if intent in self.supports.get(word, ())]

    def telling(self, words: Iterable[str]) -> list[str]:
        """The content words that could tell what is asked: unseen in training, or supporting some intent; a known
        word that supports none (a name, the title's words) tells nothing."""
        telling = []
        for word in self.content_words(words):
            if self.ambiguous(word):
                continue
            spelled = self.known_as(word)
            if spelled is None or self.supports.get(spelled):
                telling.append(word)
        return telling

    def unseen(self, words: Iterable[str]) -> list[str]:
        """The content words no training example uses (nor one typo away)."""
        return [word for word in self.content_words(words) if self.known_as(word) is None and not self.ambiguous(word)]

    def unseen_words(self, words: Iterable[str]) -> list[str]:
        """The unseen content words that are words: letters only, three or more (not a number, a letter or two)."""
        return [word for word in self.unseen(words) if len(word) > 2 and word.isalpha()]

    def new_words(self, words: Iterable[str]) -> list[str]:
        """The content words no training example spells so (unseen, or a known word with one typo)."""
        return [word for word in self.content_words(words) if word not in self.known and not self.ambiguous(word)]

    def supports_only(self, word: str, intents: frozenset[str]) -> bool:
        """A known word every intent it supports is one of `intents` ("you" of the questions to the assistant)."""
        spelled = self.known_as(stem(word)) if word not in EMPTY_WORDS else None
        support = self.supports.get(spelled, frozenset()) if spelled is not None else frozenset()
        return bool(support) and support <= intents

    def own_telling(self, intent: str, words: list[str]) -> tuple[list[str], list[str]]:
        """The telling words as training spells them, and those of them that support `intent`."""
        telling = [self.known_as(word) or word for word in self.telling(words)]
        return [word for word in telling if intent in self.supports.get(word, ())], telling

    def unsupported_talk(self, intent: str, words: list[str]) -> bool:
        """A conversational intent ("Bye!", "Yes") for a question about the film needs half of the words that tell
        something to be its own ("is it good for a date night?" is no goodbye: only "night" is goodbye's)."""
        own, telling = self.own_telling(intent, words)
        return 2 * len(own) < len(telling)

    def talk_unexplained(self, intent: str, words: list[str], entity_kinds: Iterable[str] = ()) -> bool:
        """Talk ("No", "Bye!") that no word of the message is evidence for, beside at least MIN_UNSEEN words no
        example uses: a search for something else ("<a city> <a building>"), never a greeting with a place in it."""
        return len(self.unseen_words(words)) >= MIN_UNSEEN and not self.supporting(intent, words, entity_kinds)

    def unexplained(self, intent: str, words: list[str], entity_kinds: Iterable[str] = ()) -> bool:
        """At least MIN_UNSEEN words no example uses (not a number, not a letter or two), and more of them than words
        that support `intent`: the intent explains too little of the message."""
        unseen = self.unseen_words(words)
        return len(unseen) >= MIN_UNSEEN and len(unseen) > len(self.supporting(intent, words, entity_kinds))

    def unsupported(self, intent: str, words: list[str], entity_kinds: Iterable[str] = ()) -> bool:
        """The message has a word no training example spells so, tells something (a word unseen in training or a
        word of some intent), and none of it, nor an
        entity of a kind the intent's examples name, is evidence for `intent`; or only a wh-word is, beside words
        no example uses, and the intent is not the one whose examples use that wh-word most ("who is the bravest
        <X> character": "who" is all the cast intent has, and "who" asks who plays whom first)."""
        support = self.supporting(intent, words, entity_kinds)
        if not self.telling(words) or not self.new_words(words):
            # every word was seen in training: the classifier weighed them all, and this table is no better judge;
            # unless someone is named whom the intent's examples never name, and no word is its ("what did <a
            # singer> sing for it?" is no question of the rating)
            named = NAME_KINDS & set(entity_kinds)
            return bool(named) and bool(self.telling(words)) and not support

        weak = set(support) <= WEAK_WORDS and not any(intent in self.leading.get(word, ()) for word in support)
        return not support or (weak and len(self.unseen(words)) >= MIN_UNSEEN)


def stem(word: str) -> str:
    """A word without its inflections, doubled last consonant undone ("starred" -> "star", "ratings" and "rating"
    -> "rat"): only for comparing words, never shown."""
    for _ in range(2):  # "ratings" -> "rating" -> "rat", as "rating" -> "rat"
        ending = next((e for e in ENDINGS if word.endswith(e) and len(word) - len(e) >= STEM_MIN_LENGTH), None)
        if ending is None or word.endswith("ss"):
            break
        word = word[: -len(ending)]
        if len(word) > STEM_MIN_LENGTH and word[-1] == word[-2] and word[-1] not in "aeiou":
            word = word[:-1]
    return word


def empty_with_typo(word: str) -> bool:
    """One typo from a word that carries no evidence ("esle" for "else"); asked only of words no example uses."""
    if len(word) < TYPO_MIN_LENGTH:
        return False
    return process.extractOne(word, EMPTY_WORDS, scorer=OSA.distance, score_cutoff=1) is not None


def example_words(example: str) -> tuple[list[str], list[str]]:
    """A training example's words (annotations unwrapped) and the kinds of its annotated entities."""
    kinds = [match.group(2) or match.group(3) for match in ANNOTATION.finditer(example)]
    return tokens(ANNOTATION.sub(lambda match: match.group(1), example)), [k for k in kinds if k]


def training_examples(directory: Path = TRAINING_DATA) -> dict[str, list[str]]:
    """Intent -> its examples, from every NLU file under `directory`."""
    examples: dict[str, list[str]] = defaultdict(list)
    for path in sorted(directory.rglob("*.yml")):
        for block in (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("nlu") or []:
            if "intent" in block:
                lines = str(block.get("examples") or "").splitlines()
                examples[block["intent"]].extend(line.strip()[2:] for line in lines if line.strip().startswith("- "))
    return dict(examples)


def evidence_from(examples: Mapping[str, list[str]], min_share: float = MIN_SHARE) -> IntentEvidence:
    """Each content word's supported intents: those whose rate of examples using it is `min_share` or more of the
    highest intent's rate; a word that many intents use supports none (it is neutral)."""
    uses: dict[str, Counter[str]] = defaultdict(Counter)
    for intent, texts in examples.items():
        for text in texts:
            words, kinds = example_words(text)
            seen = {stem(word) for word in words if word not in EMPTY_WORDS} | {ENTITY_MARK + kind for kind in kinds}
            for word in seen:
                uses[word][intent] += 1
    sizes = {intent: max(len(texts), 1) for intent, texts in examples.items()}
    supports, leading = {}, {}
    for word, counts in uses.items():
        rates = {intent: count / sizes[intent] for intent, count in counts.items()}
        top = max(rates.values())
        chosen = frozenset(intent for intent, rate in rates.items() if rate >= min_share * top)
        supports[word] = chosen if len(chosen) < MAX_SUPPORTED else frozenset()
        leading[word] = frozenset(intent for intent, rate in rates.items() if rate == top) & supports[word]
    known = frozenset(word for word in uses if not word.startswith(ENTITY_MARK))
    return IntentEvidence(supports, known, leading)


@lru_cache(maxsize=1)
def default_evidence() -> IntentEvidence:
    return evidence_from(training_examples())
