"""Japanese text: which script a message is in, and its words (SudachiPy).

Rasa-free and spaCy-free, so the question reader (bot/understanding/) and the
spaCy tokenizer (bot/ja_tokenizer.py) cut Japanese the same way. Latin text is
left alone here: the English tokenizer and the reader's own word pattern keep
handling it exactly as before.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

# Hiragana, katakana (incl. the long-vowel mark and half-width forms), CJK ideographs,
# CJK punctuation and full-width forms: the runs handed to the Japanese segmenter.
JAPANESE_RUN = re.compile(
    r"[\u3000-\u303f\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff01-\uffef]+"
)
KANA = re.compile(r"[\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9f]")
KANJI = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def is_kanji(char: str) -> bool:
    return KANJI.fullmatch(char) is not None


LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
# Words that only an English sentence has: question words, auxiliaries, prepositions, pronouns.
ENGLISH_SENTENCE_WORDS = frozenset(
    "who whos what whats when where which why how is are was were do does did can could will would "
    "the of in on about with from for and or me you it its this that tell".split()
)
ENGLISH = "en"
JAPANESE = "ja"


@lru_cache(maxsize=1)
def _sudachi() -> Any:
    # Split mode A (shortest units): <名前>役 -> <名前> / 役, so a name inside a longer
    # word still lines up with the entity rules, which are cut the same way.
    from sudachipy import Dictionary, SplitMode

    return Dictionary().tokenizer(mode=SplitMode.A)


def has_japanese(text: str) -> bool:
    return bool(KANA.search(text) or KANJI.search(text))


# Letters of the scripts of languages the assistant does not read (Korean, Russian, Arabic, Thai, ...): Latin and
# Japanese are its two, and Chinese characters are kanji to it.
OTHER_SCRIPTS = re.compile(
    r"[\u0370-\u03ff\u0400-\u052f\u0590-\u05ff\u0600-\u06ff\u0900-\u0dff\u0e00-\u0e7f\u1100-\u11ff"
    r"\u3130-\u318f\uac00-\ud7af]"
)


def has_other_script(text: str) -> bool:
    """Whether the text holds letters of a script of a language the assistant does not read ("<the title> 감독")."""
    return bool(OTHER_SCRIPTS.search(text))


def language_of(text: str) -> str | None:
    """The language to answer in, by script; None when the text does not say.

    Kana means Japanese. Kanji without kana is Japanese unless the message also
    has Latin words ("who is <漢字の名前>?" is English). A message in neither script
    (a number, an emoji) leaves the conversation's language as it was.
    """
    latin = {word.lower() for word in LATIN_WORD.findall(text)}
    if KANA.search(text):
        # "who played <a name> in <the Japanese title>": an English sentence around a Japanese
        # title is English; names and loanwords in Latin letters ("<a platform>で見れる？") are not.
        return ENGLISH if latin & ENGLISH_SENTENCE_WORDS else JAPANESE
    if latin:
        return ENGLISH
    if KANJI.search(text):
        return JAPANESE
    return None


# A parenthesised part of a message: "<a hospital> (<its name in Japanese>)".
PARENTHESISED = re.compile(r"[(\uff08]([^()\uff08\uff09]*)[)\uff09]")
GLOSSED_SENTENCE_MIN_WORDS = 3  # Latin words left around the glosses: "who is (<a name>)?" keeps its name


def japanese_glosses(text: str) -> list[tuple[int, int]]:
    """Spans of the parenthesised Japanese glosses in an English sentence ("when was <a> admitted to <a hospital>
    (<its Japanese name>)?"): they repeat a name in Japanese, the English around them asks the question."""
    if language_of(text) != ENGLISH:
        return []
    glosses = [
        match.span()
        for match in PARENTHESISED.finditer(text)
        if has_japanese(match.group(1)) and not LATIN_WORD.search(match.group(1))
    ]
    bounds = zip([(0, 0), *glosses], [*glosses, (len(text), 0)], strict=True)
    rest = "".join(text[end:start] for (_, end), (start, _) in bounds)
    return glosses if len(LATIN_WORD.findall(rest)) >= GLOSSED_SENTENCE_MIN_WORDS else []


def segments(text: str) -> list[tuple[int, int]]:
    """Character spans of the Japanese words in `text` (Latin parts are not included)."""
    spans: list[tuple[int, int]] = []
    for run in JAPANESE_RUN.finditer(text):
        offset = run.start()
        for morpheme in _sudachi().tokenize(run.group()):
            start, end = offset + morpheme.begin(), offset + morpheme.end()
            if text[start:end].strip():
                spans.append((start, end))
    return spans


def words(text: str) -> list[str]:
    return [text[start:end] for start, end in segments(text)]


@dataclass(frozen=True)
class Morpheme:
    """A Japanese word with its part of speech (SudachiPy's first level: 名詞, 助詞, ...)."""

    surface: str
    pos: str
    detail: str
    start: int
    lemma: str = ""  # SudachiPy's normalised form: しっ, 知っ -> 知る


def morphemes(text: str) -> list[Morpheme]:
    """The Japanese words of `text` with their parts of speech (Latin parts are not included)."""
    found: list[Morpheme] = []
    for run in JAPANESE_RUN.finditer(text):
        for morpheme in _sudachi().tokenize(run.group()):
            pos = morpheme.part_of_speech()
            if morpheme.surface().strip():
                found.append(
                    Morpheme(
                        morpheme.surface(), pos[0], pos[1], run.start() + morpheme.begin(), morpheme.normalized_form()
                    )
                )
    return found


# SudachiPy's part of speech of a verb.
VERB = "動詞"
AUXILIARY = "助動詞"


def ends_on_a_verb(text: str) -> bool:
    """Whether the Japanese words of `text` end on a verb ("亡くなっ", "死ん"), or on one and its auxiliaries
    ("生まれた"): a verb names no thing ("<X>の亡くなっはわかりません" is no sentence)."""
    found = morphemes(text)
    while found and found[-1].pos == AUXILIARY:
        found.pop()
    return bool(found) and found[-1].pos == VERB


def family_name_of(name: str) -> str | None:
    """ "<姓><名>" -> "<姓>" when SudachiPy reads the first word as a family name (2+ characters), else None."""
    found = list(_sudachi().tokenize(name)) if JAPANESE_RUN.fullmatch(name) else []
    if len(found) < 2:
        return None
    first = found[0]
    pos = first.part_of_speech()
    return first.surface() if len(first.surface()) >= 2 and pos[2:4] == ("人名", "姓") else None
