"""The forms a right reply may take, in English or Japanese, for the outcome scorer (score.py).

Values: the store's English value, and its Japanese form when the store has one:
a person's or character's `native` name, a fact's `ja` (or `japanese`, `value_ja`...)
field, a CJK alias of a crew role, the Japanese title that opens a work's `detail`.
Until the store has a Japanese form, only the English one is accepted, so a
Japanese reply is right exactly when the store backs the words it uses.

Responses: every text variant of a response, wherever the domain keeps them:
domain.yml (or a domain/ directory), conditional response variations, responses
named `<name>_ja`, and message catalogues (YAML under bot/ whose keys are response
names, at the top, under `responses:` or under a language code).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import yaml

from bot.text import format_date, format_value

CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uff66-\uff9f]")
ISO_DATE = re.compile(r"(\d{4})-(\d\d)-(\d\d)")
# Fields that may hold a Japanese form of a value, on a record or in a fact's extra keys.
JAPANESE_FIELDS = ("native", "ja", "japanese", "value_ja", "text_ja", "name_ja", "title_ja", "ja_value")
LANGUAGE = "ja"
LANGUAGE_SUFFIXES = ("_ja", ".ja", "__ja")
PLACEHOLDER = re.compile(r"\{[^{}]*\}")
MIN_TEMPLATE_CHARS = 4  # fixed characters a template needs to mark anything ("はい。" is too little)


def has_japanese(text: str) -> bool:
    return bool(CJK.search(text))


def _strings(value: Any) -> list[str]:
    """Strings of a field: a string, a list of them, or a {ja: ...} mapping."""
    if value is None or isinstance(value, bool):
        return []
    if isinstance(value, str):
        return [value] if value.strip() else []
    if isinstance(value, Mapping):
        for key in (LANGUAGE, "value", "text", "name", "title"):
            if key in value:
                return _strings(value[key])
        return []
    if isinstance(value, list | tuple):
        return [text for item in value for text in _strings(item)]
    return [str(value)]


def japanese_forms(record: Any) -> list[str]:
    """The Japanese forms the store gives a record (person, character, fact, work, plot point)."""
    found: list[str] = []
    extra = getattr(record, "extra", None)
    for name in JAPANESE_FIELDS:
        found += _strings(getattr(record, name, None))
        if isinstance(extra, Mapping):
            found += _strings(extra.get(name))
    return found


def _unique(texts: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(text.strip() for text in texts if text and text.strip()))


def date_forms(iso: str) -> list[str]:
    """'2024-06-27' -> 27 June 2024, 2024年6月27日 (and 2024年06月27日)."""
    match = ISO_DATE.fullmatch(iso)
    if not match:
        return [iso]
    year, month, day = match.groups()
    return [format_date(iso), f"{year}年{int(month)}月{int(day)}日", f"{year}年{month}月{day}日"]


def _split_gloss(text: str) -> list[str]:
    """'Poplar Publishing (ポプラ社)' -> the whole, 'Poplar Publishing' and 'ポプラ社'."""
    match = re.fullmatch(r"(.+?)\s*[(（](.+?)[)）]", text.strip())
    return [text, match.group(1), match.group(2)] if match else [text]


def _one_value(value: Any, prefix: int) -> list[str]:
    if isinstance(value, str) and ISO_DATE.fullmatch(value):
        return date_forms(value)
    text = format_value(value)
    return [part[:prefix] for part in _split_gloss(text)]


def value_forms(fact: Any, prefix: int) -> tuple[str, ...]:
    """A fact's value as a reply may give it: each item of a list, a date in both languages, glosses."""
    value = fact.value
    items = value if isinstance(value, list | tuple) else [value]
    english = [form for item in items for form in _one_value(item, prefix)]
    japanese = [form[:prefix] for text in japanese_forms(fact) for form in _split_gloss(text)]
    return _unique(english + japanese)


def name_forms(record: Any) -> tuple[str, ...]:
    """A person's or character's name: the English name and the Japanese one (永瀬廉, 桜井春奈)."""
    return _unique([record.name, *japanese_forms(record)])


def text_forms(point: Any, prefix: int) -> tuple[str, ...]:
    """A plot point's opening words, in English and in Japanese when the store has them."""
    return _unique([point.text[:prefix], *(text[:prefix] for text in japanese_forms(point))])


def work_forms(work: Any) -> tuple[str, ...]:
    """A work's title, and its Japanese title: the store's field, or the one its `detail` opens with."""
    titles = [work.title, *japanese_forms(work)]
    opening = re.match(r"[^\s;,(（]+", work.detail or "")
    if opening and has_japanese(opening.group(0)):
        titles.append(opening.group(0))
    return _unique(titles)


def role_forms(credit: Any) -> tuple[str, ...]:
    """A crew role's Japanese words (監督, 脚本): its CJK aliases and Japanese fields."""
    return _unique([*(a for a in credit.aliases if has_japanese(a)), *japanese_forms(credit)])


# -- responses ---------------------------------------------------------------


def _variant_texts(value: Any) -> list[str]:
    """Texts of one response: a list of variants ({text: ...} or strings) or a {language: ...} mapping."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, Mapping):
        if "text" in value:
            return [str(value["text"])] if value["text"] else []
        return [text for item in value.values() for text in _variant_texts(item)]
    if isinstance(value, list | tuple):
        return [text for item in value for text in _variant_texts(item)]
    return []


def _responses_in(data: Any) -> dict[str, list[str]]:
    """Response texts by name in one YAML document: under `responses:`, at the top, or under `ja:`."""
    if not isinstance(data, Mapping):
        return {}
    found: dict[str, list[str]] = {}
    for scope in (data, data.get("responses"), data.get(LANGUAGE), (data.get("responses") or {}).get(LANGUAGE)):
        if not isinstance(scope, Mapping):
            continue
        for name, value in scope.items():
            if isinstance(name, str) and name.startswith("utter_"):
                for suffix in LANGUAGE_SUFFIXES:
                    name = name.removesuffix(suffix)
                found.setdefault(name, []).extend(_variant_texts(value))
    return found


def catalogue_files(root: Path) -> list[Path]:
    """YAML files that may hold responses: a domain/ directory, and message catalogues under bot/."""
    candidates = [*sorted((root / "domain").rglob("*.yml"))] if (root / "domain").is_dir() else []
    for pattern in ("*.yml", "*.yaml"):
        candidates += sorted(p for p in (root / "bot").rglob(pattern) if "facts" not in p.parts)
    return candidates


def response_texts(domain: Path, catalogues: Sequence[Path] | None = None) -> dict[str, list[str]]:
    """Every text variant of every response, by name, from the domain and the catalogues."""
    files = sorted(domain.rglob("*.yml")) if domain.is_dir() else [domain]
    files += catalogue_files(domain.parent) if catalogues is None else []
    files += list(catalogues or [])
    texts: dict[str, list[str]] = {}
    for path in dict.fromkeys(files):
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
        except (OSError, yaml.YAMLError):
            continue
        for name, variants in _responses_in(data).items():
            known = texts.setdefault(name, [])
            known += [text for text in variants if text not in known]
    return texts


def template_pattern(text: str) -> re.Pattern[str] | None:
    """A response text as a pattern: its fixed words in order, anything for each {variable}."""
    parts = [part.strip() for part in PLACEHOLDER.split(text)]
    if sum(len(part) for part in parts) < MIN_TEMPLATE_CHARS:
        return None
    return re.compile(r".*?".join(re.escape(part) for part in parts if part), re.S | re.I)
