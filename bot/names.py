"""Name forms and matching: case-, accent- and typo-tolerant, Japanese-aware."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

# One wrong, missing or swapped letter in a word of five or more letters scores 80 or more.
TYPO_SCORE_CUTOFF = 80.0
_COMBINING_DIACRITICS = re.compile("[\u0300-\u036f]")
_NOT_WORD = re.compile(r"[^\w]+", re.UNICODE)
# Words that look like name parts but are titles or ordinary English words.
_NOT_A_NAME_PART = {"dr", "the", "of", "s", "mr", "ms", "film", "from"}


def normalise(text: str) -> str:
    """Lower-case, strip Latin accents (ō -> o), unify punctuation and spacing.

    Kana voicing marks are left alone: only the Latin combining block is removed.
    """
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = unicodedata.normalize("NFC", _COMBINING_DIACRITICS.sub("", decomposed))
    return " ".join(_NOT_WORD.sub(" ", stripped).replace("_", " ").split())


def is_cjk(text: str) -> bool:
    return any(unicodedata.name(char, "").startswith(("CJK", "HIRAGANA", "KATAKANA")) for char in text)


def name_forms(
    name: str,
    native: str | None,
    kana: str | None,
    aliases: Iterable[str],
    *,
    split_parts: bool,
) -> tuple[str, ...]:
    """Every way a user may write a name: as given, Japanese order, each part, script forms."""
    forms = [name, *aliases]
    for full in [name, *aliases]:
        parts = full.split()
        if split_parts and len(parts) == 2 and all(_is_name_part(p) for p in parts):
            forms.append(f"{parts[1]} {parts[0]}")  # Japanese order: family name first
            forms.extend(parts)
    for script in (native, kana):
        if script:
            forms.extend([script, script.replace(" ", "")])
            if split_parts and len(script.split()) == 2:
                forms.extend(script.split())  # a kana family or given name alone
    if split_parts and native and " " not in native:
        # A native name is written without a space: a given-name alias it ends with, or the
        # dictionary's family-name reading, tells where the family name stops (<family><given>).
        family = next(
            (native[: -len(a)] for a in aliases if is_cjk(a) and native.endswith(a) and len(a) < len(native)),
            family_name(native),
        )
        if family:
            forms.append(family)
    return tuple(dict.fromkeys(form for form in forms if form.strip()))


def run_together(form: str) -> str | None:
    """A two-part Latin name with its space taken out ("torunakamura"), as a search or a hashtag types it; None for
    any other form (a native name's run-together form is among its own forms already)."""
    return form.replace(" ", "") if form.count(" ") == 1 and form.isascii() else None


def family_name(native: str) -> str | None:
    """The family name at the start of a Japanese full name, when the dictionary reads it as one."""
    from bot.japanese import family_name_of

    return family_name_of(native)


def _is_name_part(word: str) -> bool:
    return word[:1].isupper() and word.isalpha() and word.casefold() not in _NOT_A_NAME_PART


def close_matches(query: str, choices: Iterable[str], limit: int = 5) -> list[tuple[str, float]]:
    """Choices within a typo or two of ``query`` (both already normalised), best first."""
    if len(query) < 3:
        return []
    found = process.extract(query, list(choices), scorer=fuzz.ratio, score_cutoff=TYPO_SCORE_CUTOFF, limit=limit)
    return [(choice, float(score)) for choice, score, _ in found if _each_word_close(query, choice)]


def _each_word_close(query: str, choice: str) -> bool:
    """A full name is a typo of another only word by word: "<another given name> <our family name>" is someone else,
    however close the whole strings score ("kento <x>" is no typo of "ren <x>")."""
    typed, named = query.split(), choice.split()
    if len(typed) != len(named) or len(typed) < 2:
        return True
    return all(OSA.distance(a, b) <= max(1, len(b) // WORD_TYPO_LETTERS) for a, b in zip(typed, named, strict=True))


# One typo per this many letters of a name's word (at least one).
WORD_TYPO_LETTERS = 4
