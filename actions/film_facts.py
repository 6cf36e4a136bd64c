"""One-fact answers about the film: release, platform, runtime, rating, genre, language, titles."""

from __future__ import annotations

from abc import ABC
from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.events import EventType

from actions import claims
from actions.common import Reply, StoreAction, entity_values, store
from actions.pointed_event import other_event_pointed_at
from bot import i18n
from bot.text import format_duration
from bot.understanding import assistants_taste
from bot.understanding.described_film import FILM_IDENTIFIED, FILM_NOT_THIS
from bot.understanding.lexicon import tokens


class FilmFactAction(StoreAction, ABC):
    """Utters `response` with each fact in `facts` passed in under its own key.

    If any of them is unknown, says "I don't know" instead of guessing.
    """

    response: str
    facts: tuple[str, ...]
    detail_of: str | None = None  # the fact whose user-facing detail adds context

    def values(self, reply: Reply) -> dict[str, Any]:
        film = store().film
        return {key: reply.value(film[key]) for key in self.facts}

    def answer(self, reply: Reply, tracker: Tracker) -> list[EventType]:
        film = store().film
        cited = [film[key] for key in self.facts]
        if any(fact.unknown for fact in cited):
            reply.dont_know(tracker)
            return []
        reply.utter(self.response, cite=cited, **self.values(reply))
        if self.detail_of:
            reply.detail(film[self.detail_of])
        return []


class ActionReleaseDate(FilmFactAction):
    response = "utter_release_date"
    facts = ("premiere_date", "premiere_weekday", "platform")

    def name(self) -> str:
        return "action_release_date"

    def answer(self, reply: Reply, tracker: Tracker) -> list[EventType]:
        if other_event_pointed_at(tracker):  # "an award? ... in what year did this happen?": not the premiere
            reply.dont_know(tracker, "utter_dont_know_when_that_happened")
            return []
        return super().answer(reply, tracker)

    def values(self, reply: Reply) -> dict[str, Any]:
        values = super().values(reply)
        date = store().film["premiere_date"].value
        values["premiere_date"] = reply.date(date)
        if reply.japanese:
            values["premiere_weekday"] = i18n.weekday(date)
        return values


class ActionWhereToWatch(FilmFactAction):
    response = "utter_where_to_watch"
    facts = ("platform", "netflix_url")

    def name(self) -> str:
        return "action_where_to_watch"

    def answer(self, reply: Reply, tracker: Tracker) -> list[EventType]:
        if assistants_taste.invited_to_watch(tokens(str(tracker.latest_message.get("text") or ""))) is not None:
            reply.utter("utter_assistant_invited_to_watch")  # "wanna watch <the film>?": it can't; where you can
        events = super().answer(reply, tracker)
        if claims.release_time_said(tracker) and not claims.release_time_holds(tracker):
            ActionReleaseDate().answer(reply, tracker)  # "did it open on <the service> on <another day>?": the day
        theatrical = store().film["theatrical_release"]
        if theatrical.known and theatrical.value is False:
            reply.utter("utter_no_theatrical_release", cite=[theatrical])
        return events


class ActionRuntime(FilmFactAction):
    response = "utter_runtime"
    facts = ("runtime_minutes",)

    def name(self) -> str:
        return "action_runtime"

    def values(self, reply: Reply) -> dict[str, Any]:
        minutes = store().film["runtime_minutes"].value
        hours = i18n.duration(minutes) if reply.japanese else format_duration(minutes)
        return {"runtime_minutes": str(minutes), "runtime_hours": hours}


class ActionRating(FilmFactAction):
    response = "utter_rating"
    facts = ("maturity_rating",)
    detail_of = "maturity_rating"

    def name(self) -> str:
        return "action_rating"

    def answer(self, reply: Reply, tracker: Tracker) -> list[EventType]:
        from actions.ages import bare_age_of_the_person  # ages imports the people's modules, which import this one

        person = bare_age_of_the_person(reply, tracker)  # "who plays <a>?" then "how old?": that person's age
        return person if person is not None else super().answer(reply, tracker)


class ActionGenre(FilmFactAction):
    response = "utter_genre"
    facts = ("genres",)
    detail_of = "genres"

    def name(self) -> str:
        return "action_genre"


class ActionLanguage(FilmFactAction):
    response = "utter_language"
    facts = ("language", "country")

    def name(self) -> str:
        return "action_language"


class ActionTitle(FilmFactAction):
    response = "utter_title"
    facts = ("title_japanese", "title_romaji", "title_meaning", "nickname")

    def name(self) -> str:
        return "action_title"

    def values(self, reply: Reply) -> dict[str, Any]:
        return {**super().values(reply), "title_english": store().title}

    def answer(self, reply: Reply, tracker: Tracker) -> list[EventType]:
        described = {FILM_IDENTIFIED, FILM_NOT_THIS} & set(entity_values(tracker, "attribute"))
        if not described:
            return super().answer(reply, tracker)
        # A quiz question that described a film by clues: this film when the store confirms them all
        film = store().film
        cited = [film["title"], film["premiere_date"], film["platform"]]
        if any(fact.unknown for fact in cited):
            reply.dont_know(tracker)
            return []
        year, platform = str(store().release_year or ""), reply.value(film["platform"])
        if FILM_NOT_THIS in described:  # a clue is another film's: never answered as this one
            reply.dont_know(tracker, "utter_dont_know_described_film", year=year, platform=platform)
            return []
        reply.utter("utter_film_identified", cite=cited, year=year, platform=platform)
        return []
