"""A spaCy tokenizer for English with Japanese in it: one model for both languages.

Text without Japanese script goes to spaCy's English tokenizer unchanged (the
English figures depend on it). Runs of Japanese script are cut into words by
SudachiPy (bot/japanese.py), the rest of the text by the English tokenizer, so
the entity rules, the count features and the classifier see 監督 / は / 誰
rather than one opaque token. Registered with spaCy under TOKENIZER_NAME: the
pipeline that `make generate` writes (bot/nlu_build.py) names it in its config,
and importing this module (bot/nlu_components.py does) lets Rasa's SpacyNLP load it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import registry
from spacy.vocab import Vocab

from bot.japanese import JAPANESE_RUN, has_japanese, segments

TOKENIZER_NAME = "bot.english_japanese_tokenizer.v1"


class EnglishJapaneseTokenizer:
    def __init__(self, vocab: Vocab, english: Callable[[str], Doc]) -> None:
        self.vocab = vocab
        self.english = english

    def __call__(self, text: str) -> Doc:
        if not has_japanese(text):
            return self.english(text)
        spans = sorted(self._english_spans(text) + segments(text))
        words: list[str] = []
        spaces: list[bool] = []
        position = 0
        for start, end in spans:
            gap = text[position:start]
            if gap == " " and words:
                spaces[-1] = True
            elif gap:
                words.append(gap)
                spaces.append(False)
            words.append(text[start:end])
            spaces.append(False)
            position = end
        if text[position:]:
            words.append(text[position:])
            spaces.append(False)
        return Doc(self.vocab, words=words, spaces=spaces)

    def _english_spans(self, text: str) -> list[tuple[int, int]]:
        spans = []
        position = 0
        for run in [*JAPANESE_RUN.finditer(text), None]:
            end = run.start() if run else len(text)
            part = text[position:end]
            if part.strip():
                tokens = [t for t in self.english(part) if not t.is_space]
                spans += [(position + t.idx, position + t.idx + len(t.text)) for t in tokens]
            position = run.end() if run else len(text)
        return spans

    def pipe(self, texts: Iterable[str], batch_size: int = 1000) -> Iterable[Doc]:
        for text in texts:
            yield self(text)

    # spaCy saves and loads the tokenizer with the pipeline; the English rules are
    # spaCy's own defaults, so these delegate to the English tokenizer.
    def to_disk(self, path: str | Path, **kwargs: Any) -> None:
        self.english.to_disk(path, **kwargs)  # type: ignore[attr-defined]

    def from_disk(self, path: str | Path, **kwargs: Any) -> EnglishJapaneseTokenizer:
        self.english.from_disk(path, **kwargs)  # type: ignore[attr-defined]
        return self

    def to_bytes(self, **kwargs: Any) -> bytes:
        return self.english.to_bytes(**kwargs)  # type: ignore[attr-defined]

    def from_bytes(self, data: bytes, **kwargs: Any) -> EnglishJapaneseTokenizer:
        self.english.from_bytes(data, **kwargs)  # type: ignore[attr-defined]
        return self


@registry.tokenizers(TOKENIZER_NAME)
def create_tokenizer() -> Callable[[Language], EnglishJapaneseTokenizer]:
    english_factory = registry.tokenizers.get("spacy.Tokenizer.v1")()

    def make(nlp: Language) -> EnglishJapaneseTokenizer:
        return EnglishJapaneseTokenizer(nlp.vocab, english_factory(nlp))

    return make
