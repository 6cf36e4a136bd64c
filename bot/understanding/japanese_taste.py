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

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

# Words of liking: "好き" (like), "大好き" (love), "お気に入り" (favourite), "ファン" (a fan).
LIKING = frozenset({"好き", "大好き", "嫌い", "お気に入り", "ファン"})
# Stems of experiencing a work, as SudachiPy cuts them before the past ending: 見(た), 観(た), 読ん(だ), 聴い(た).
EXPERIENCING = frozenset({"見", "観", "読ん", "読み", "聴い", "聞い", "聴き", "聞き"})
# Endings of the past after the stem: "見た", "見ました", "読んだ", "観てる" (have seen).
PAST_ENDINGS = frozenset({"た", "だ", "まし", "て", "てる", "ている"})
QUESTION_MARKS = ("?", "\uff1f")
# How a Japanese question may end: a question mark, or the particle か ("…ですか").
QUESTION_ENDS = (*QUESTION_MARKS, "か")
QUESTION_PARTICLES = frozenset({"か", "の", "かな"})
TOPIC_PARTICLE = "は"
# "何を見ていますか", "どこを見てる？", "誰を見てる？": the object asked of a verb of seeing.
OBJECTS_ASKED = frozenset({"何", "どこ", "誰"})
OBJECT_MARK = "を"
OBJECT_PARTICLE = "が"
# "<A>が見ているものは？": the same particle marking the one who sees.
SUBJECT_PARTICLE = "が"

LIKED = "liked"
EXPERIENCED = "experienced"
# What the listener does as a habit: "お笑いとかは見ます？", "どんな音楽を聴きますか？",
# "よくライブに行かれるんですか？".
HABIT = "habit"
HABITUAL = EXPERIENCING | frozenset({"行か", "行き"})
# The present (polite or plain, or honorific) right after the stem: 見ます, 見る, 行かれる.
HABIT_ENDINGS = frozenset({"ます", "る", "れる"})
# Asking where, when or by what one watches is where to watch it ("どこで見ますか？"), no habit of the listener's.
WAY_ASKED = frozenset({"どこ", "いつ", "どうやって", "どう"})
# Whether the assistant knows of something: "若者のすべてを知っていますか？", "この映画知ってる？".
KNOWN = "known"
KNOWING = frozenset({"知っ"})
KNOWING_ENDINGS = frozenset({"て", "てる", "ている", "てん"})

# The listener named: "あなたはどう？" ("and you?"), "君も？" ("you too?").
LISTENER = frozenset({"あなた", "あなた様", "君", "きみ", "あんた", "お前", "おまえ"})
LISTENER_PARTICLES = frozenset({"は", "も"})
# All that may follow "あなたは" in a sentence that only asks the speaker's words back: "どうですか", "どう思う".
ASKED_BACK_ENDINGS = frozenset({"どう", "です", "か", "でしょう", "思う", "思い", "ます", "の", "かな"})
# Parts of a film one has a favourite of: "好きなシーンは？", "好きなキャラクターは誰？" (English FAVOURITE_OBJECTS).
FILM_PARTS = frozenset(
    {"シーン", "場面", "名場面", "キャラクター", "キャラ", "登場人物", "台詞", "セリフ", "名言", "カップル"}
)
# Where a Japanese sentence ends: its words are read apart from the sentence before.
SENTENCE_END = re.compile(r"[。！？!?\n]+")


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
        topic = before.index(TOPIC_PARTICLE) if TOPIC_PARTICLE in before else None
        listener = topic is not None and topic > 0 and before[topic - 1] in LISTENER  # "あなたは犬が好き？"
        if OBJECT_PARTICLE in before and topic is not None and topic < before.index(OBJECT_PARTICLE) and not listener:
            return None  # "<A>は<B>が好き？": A is the one who likes
        return JapaneseTaste(LIKED, liking)
    for i, word in enumerate(words):
        if word in EXPERIENCING and PAST_ENDINGS & set(words[i + 1 : i + 3]) and not _someones_sight(words, i):
            return JapaneseTaste(EXPERIENCED, i)
    for i, word in enumerate(words):
        if word in KNOWING and words[i + 1 : i + 2] and words[i + 1] in KNOWING_ENDINGS:
            return JapaneseTaste(KNOWN, i)
    means_asked = any(w == "何" and words[i + 1 : i + 2] == ["で"] for i, w in enumerate(words))  # 何で見る？
    if WAY_ASKED & set(words) or means_asked:
        return None
    for i, word in enumerate(words):
        if word in HABITUAL and words[i + 1 : i + 2] and words[i + 1] in HABIT_ENDINGS:
            return JapaneseTaste(HABIT, i)
    return None


def _someones_sight(words: Sequence[str], verb: int) -> bool:
    """ "<A>は何を見ていますか？", "<A>はどこを見ている？", "<A>が見ているものは？": what A looks at, asked with A as
    the topic and 何 as the object, or with A as the subject; A sees, not the assistant ("この映画は見た？" has no
    何を: the film is what is seen)."""
    before = list(words[:verb])
    if len(before) >= 2 and before[-1] == SUBJECT_PARTICLE and before[-2] not in LISTENER:
        return True  # "<A>が見ているものは何？": A is the one who sees
    if len(before) < 2 or before[-2] not in OBJECTS_ASKED or before[-1] != OBJECT_MARK or TOPIC_PARTICLE not in before:
        return False
    topic = before.index(TOPIC_PARTICLE)
    return topic > 0 and before[topic - 1] not in LISTENER


def asked_back(text: str, cut: Callable[[str], Sequence[str]]) -> bool:
    """ "私はロックが好きです。あなたはどうですか？": the last sentence only asks the speaker's own taste back of the
    assistant ("あなたはどう？", "君も？"; English "what about you?"), after a liking or an experience told, or
    alone. `cut` cuts a sentence into words."""
    if not text.strip() or not text.rstrip().endswith(QUESTION_ENDS):
        return False
    start = last_sentence_start(text)
    told = set(cut(text[:start]))
    if told and not told & (LIKING | EXPERIENCING):
        return False  # "大きくなったら犬になります。あなたは？": the speaker's plans asked back, no taste
    words = list(cut(text[start:]))
    return (
        len(words) >= 2
        and words[0] in LISTENER
        and words[1] in LISTENER_PARTICLES
        and set(words[2:]) <= ASKED_BACK_ENDINGS
    )


def last_sentence_start(text: str) -> int:
    """Where the message's last sentence starts: "…好きです！あなたは来ますか？" asks only its last sentence, and a
    liking said before it is the speaker's news."""
    ends = [m.end() for m in SENTENCE_END.finditer(text.rstrip()) if m.end() < len(text.rstrip())]
    return ends[-1] if ends else 0
