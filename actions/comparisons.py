"""This film compared with another work (bot/understanding/comparisons.py): which came out first, from the years
the store holds of both; a length or a cost of another work, which the store never holds, is "I don't know"."""

from __future__ import annotations

from rasa_sdk import Tracker
from rasa_sdk.events import EventType

from actions.common import Reply, film_titles, store
from bot import i18n
from bot.japanese import JAPANESE
from bot.store import Fact, Work
from bot.understanding.comparisons import NOVEL, parse

# What each measure is called in "I don't know <the other work>'s <that>".
MEASURE_WORDS = {"release": "release date", "runtime": "runtime", "cost": "production cost"}
MEASURE_WORDS_JA = {"release": "公開日", "runtime": "上映時間", "cost": "製作費"}


def answer_works_compared(reply: Reply, tracker: Tracker, value: str) -> list[EventType]:
    """ "Which came out first, <the title> or <the other>?" (the earlier one with both years), "did <the title> come
    out before <the other>?" (yes or no first); "I don't know" of what the store does not hold of the other."""
    parsed = parse(value)
    if parsed is None:
        reply.dont_know(tracker)
        return []
    measure, order, other = parsed
    facts = store()
    premiere = facts.film.get("premiere_date")
    other_side = _other_dated(other)
    if measure != "release" or premiere is None or not premiere.known or facts.release_year is None:
        return _dont_know_of(reply, tracker, other, measure)
    if other_side is None or other_side[1] == facts.release_year:  # undated, or the same year: not ordered
        return _dont_know_of(reply, tracker, other, measure)
    cited, other_year = other_side
    film_first = facts.release_year < other_year
    if order != "first":
        reply.utter("utter_claim_yes" if film_first == (order == "film_before") else "utter_claim_no")
    film = (film_titles()["film_title_ja" if reply.japanese else "film_title"], facts.release_year)
    shown = (_other_name(reply, other), other_year)
    (first_title, first_year), (second_title, second_year) = (film, shown) if film_first else (shown, film)
    reply.utter(
        "utter_came_out_first",
        cite=[premiere, cited],
        first_title=first_title[:1].upper() + first_title[1:],
        first_year=str(first_year),
        second_title=second_title,
        second_year=str(second_year),
    )
    return []


def _other_dated(other: str) -> tuple[Fact | Work, int] | None:
    """The fact or work that dates the other side, with its year; None when the store does not date it."""
    facts = store()
    if other == NOVEL:
        published = facts.novel.get("published")
        if published is None or not published.known:
            return None
        return published, int(str(published.value)[:4])
    work = next((w for p in facts.people.values() for w in p.known_for if w.title == other and w.year), None)
    return None if work is None or work.year is None else (work, work.year)


def _other_name(reply: Reply, other: str) -> str:
    if other != NOVEL:
        return other
    return str(i18n.formats(JAPANESE)["the_novel"]) if reply.japanese else "the novel"


def _dont_know_of(reply: Reply, tracker: Tracker, other: str, measure: str) -> list[EventType]:
    """ "I don't know <the other>'s runtime": the side the store holds nothing of, named."""
    reply.dont_know(
        tracker,
        "utter_dont_know_subject_attribute",
        subject_name=_other_name(reply, other),
        attribute_words=MEASURE_WORDS.get(measure, measure),
        asked=MEASURE_WORDS_JA.get(measure, measure),
    )
    return []
