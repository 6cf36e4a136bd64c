"""The answer rules of docs/answer-style.md that code applies: how long a turn may be,
where lists are cut, which hedge fits the evidence, and how disagreement is summed up.

Pure functions over store records; nothing here imports Rasa. The wording lives in
domain.yml; these functions only choose the response and compute its values.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from bot.japanese import has_japanese
from bot.store import Fact, FactStore, sentences
from bot.understanding.lexicon import default_lexicon, tokens

MAX_SENTENCES = 3  # the answer, then at most two sentences of context (a hedge counts)
LIST_LIMIT = 5  # longer lists are cut, with how to get the rest
MAX_SOURCES = 3  # "source?" shows the best one to three
# Responses that retell the story the user asked for, or list the sources: they are
# exempt from the sentence count (each still fits one chat message).
EXEMPT_RESPONSES = frozenset({"utter_premise", "utter_plot_part", "utter_ending", "utter_source"})
MAX_MESSAGE_CHARS = 1200  # any single message, exempt or not
# Words that ask for a whole list rather than the short version ("full cast").
WHOLE_LIST_WORDS = frozenset({"full", "all", "whole", "complete", "entire", "every", "everyone", "everything"})


def wants_whole_list(text: str) -> bool:
    """ "full cast", "all sources", キャスト全員 (the Japanese words are in the question reader's vocabulary)."""
    if any(word.strip("?!.,'\"") in WHOLE_LIST_WORDS for word in text.casefold().split()):
        return True
    return has_japanese(text) and bool(default_lexicon().whole_list_words.intersection(tokens(text)))


@dataclass(frozen=True)
class Cut:
    shown: tuple[str, ...]
    more: int

    @property
    def cut(self) -> bool:
        return self.more > 0


def cut_list(items: Sequence[str], whole: bool = False, limit: int = LIST_LIMIT) -> Cut:
    """The first `limit` items and how many were left out (none when the user asked for all)."""
    if whole or len(items) <= limit:
        return Cut(tuple(items), 0)
    return Cut(tuple(items[:limit]), len(items) - limit)


def count_sentences(text: str) -> int:
    return len(sentences(text))


# -- hedges --------------------------------------------------------------------


def hedge(items: Iterable[Any]) -> str | None:
    """The hedge that matches the evidence behind an answer, or None when it is solid.

    `low`: only weak sources; `disputed`: sources disagree and nothing settles it;
    `single_source`: one source; `medium`: several sources that agree only partly.
    """
    items = list(items)
    levels = {getattr(item, "confidence", None) for item in items}
    if "low" in levels:
        return "low"
    if "medium" not in levels:
        return None
    weak = [item for item in items if getattr(item, "confidence", None) == "medium"]
    if any(isinstance(item, Fact) and item.disputed for item in items):
        return "disputed"
    if all(len(getattr(item, "sources", ())) <= 1 for item in weak):
        return "single_source"
    return "medium"


# -- disagreement ----------------------------------------------------------------


def disagreement_record(fact: Fact) -> dict[str, Any] | None:
    """What the "source?" turn needs to sum up a fact's disagreement (kept in a slot)."""
    if not fact.alternatives:
        return None

    def when(as_of: Any) -> dict[str, Any] | None:
        return {"label": str(as_of), "sort": list(as_of.sort_key)} if as_of else None

    return {
        "value": str(fact.value),
        "as_of": when(fact.as_of),
        "sources": list(fact.sources),
        "alternatives": [
            {
                "value": str(alternative.value),
                "as_of": when(alternative.as_of),
                "sources": list(alternative.sources),
                "rejected": alternative.rejected,
            }
            for alternative in fact.alternatives
        ],
    }


def best_publisher(store: FactStore, keys: Iterable[str]) -> str | None:
    ranked = store.ranked([key for key in keys if key in store.sources])
    return ranked[0].publisher if ranked else None


def summarise(store: FactStore, records: Sequence[dict[str, Any]]) -> tuple[str, dict[str, Any]] | None:
    """One sentence on where sources disagree: (response name, values), or None.

    Dated figures become a range ("350,000 in Jan 2024 to 620,000 in late 2025");
    otherwise the other claims with their best publisher; claims the better sources
    settle are mentioned only when nothing else disagrees.
    """
    for record in records:
        dated = [
            item
            for item in (record, *[alt for alt in record.get("alternatives", []) if not alt.get("rejected")])
            if item.get("as_of")
        ]
        if len({item["value"] for item in dated}) > 1:
            earliest = min(dated, key=lambda item: item["as_of"]["sort"])
            latest = max(dated, key=lambda item: item["as_of"]["sort"])
            return "utter_sources_differ_by_date", {
                "earliest": earliest["value"],
                "earliest_date": earliest["as_of"]["label"],
                "latest": latest["value"],
                "latest_date": latest["as_of"]["label"],
            }
    for rejected in (False, True):
        claims = []
        for record in records:
            for alt in record.get("alternatives", []):
                if bool(alt.get("rejected")) == rejected:
                    publisher = best_publisher(store, alt.get("sources", [])) or "another source"
                    # A settled claim is named by who made it, not repeated.
                    claims.append(publisher if rejected else f"{publisher} says {alt['value']}")
        if claims:
            shown = cut_list(list(dict.fromkeys(claims)), limit=2)
            text = "; ".join(shown.shown) + (f" (and {shown.more} more)" if shown.cut else "")
            return ("utter_sources_corrected" if rejected else "utter_sources_disagree"), {"claims": text}
    return None
