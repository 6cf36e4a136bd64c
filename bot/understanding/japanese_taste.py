"""The assistant's own taste or experience asked in Japanese (round 43, issue 10).

"この映画は好き？" ("do you like this film?"), "主題歌は好きですか？", "原作は読んだ？" ("have you read the novel?"): a
Japanese question leaves its subject out, so a liking or an experience asked with no one else as its subject is the
listener's: the assistant's. The English reader of the same questions is bot/understanding/assistants_taste.py; this
one reads the Japanese words as SudachiPy cuts them (bot/japanese.py).

"秋人は春奈が好き？" ("does Akito like Haruna?") names who likes (the topic before は, the object before が): the
character's feelings, never the assistant's taste.

Rasa-free; bot/understanding/reading.py turns what it finds into the taste entities the actions answer.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

# Words of liking: "好き" (like), "大好き" (love), "お気に入り" (favourite), "ファン" (a fan).
LIKING = frozenset({"好き", "大好き", "嫌い", "お気に入り", "ファン"})
# Stems of experiencing a work, as SudachiPy cuts them before the past ending: 見(た), 観(た), 読ん(だ), 聴い(た).
EXPERIENCING = frozenset({"見", "観", "読ん", "読み", "聴い", "聞い", "聴き", "聞き"})
# Endings of the past after the stem: "見た", "見ました", "読んだ", "観てる" (have seen).
PAST_ENDINGS = frozenset({"た", "だ", "まし", "て", "てる", "ている"})
QUESTION_MARKS = ("?", "\uff1f")
QUESTION_PARTICLES = frozenset({"か", "の", "かな"})
TOPIC_PARTICLE = "は"
OBJECT_PARTICLE = "が"

LIKED = "liked"
EXPERIENCED = "experienced"


@dataclass(frozen=True)
class JapaneseTaste:
    """What is asked of the assistant (`LIKED` or `EXPERIENCED`) and where the verb or the liking word stands."""

    kind: str
    at: int


def taste_asked(words: Sequence[str], text: str) -> JapaneseTaste | None:
    """The assistant's liking or experience a Japanese question asks, or None (no question, no such word, or
    someone else named as the one who likes)."""
    if not words or not (text.rstrip().endswith(QUESTION_MARKS) or words[-1] in QUESTION_PARTICLES):
        return None
    liking = next((i for i, word in enumerate(words) if word in LIKING), None)
    if liking is not None:
        before = list(words[:liking])
        if OBJECT_PARTICLE in before and TOPIC_PARTICLE in before[: before.index(OBJECT_PARTICLE)]:
            return None  # "<A>は<B>が好き？": A is the one who likes
        return JapaneseTaste(LIKED, liking)
    for i, word in enumerate(words):
        if word in EXPERIENCING and PAST_ENDINGS & set(words[i + 1 : i + 3]):
            return JapaneseTaste(EXPERIENCED, i)
    return None
