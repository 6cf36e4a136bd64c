"""The crew by role (director, screenplay, music, producers, studio, theme song) and the novel."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, SlotSet

from actions.common import Reply, StoreAction, entity_values, store
from bot.store import CrewCredit
from bot.text import format_date, join_list


def utter_crew_credit(reply: Reply, credit: CrewCredit) -> None:
    facts = store()
    response = f"utter_crew_{credit.role}"
    if not reply.has_response(response):
        response = "utter_crew"
    values: dict[str, Any] = {
        "people": join_list([facts.people[p].name for p in credit.people]),
        "role_words": credit.role.replace("_", " ").capitalize(),
    }
    cited = [credit.fact]
    if credit.work is not None:
        cited.append(credit.work)
        values["work"] = str(credit.work.value)
        for key, person_id in credit.work.extra.items():
            if isinstance(person_id, str) and person_id in facts.people:
                values[key] = facts.people[person_id].name
    reply.utter(response, cite=cited, **values)


class ActionCrew(StoreAction):
    default_role: str | None = None

    def name(self) -> str:
        return "action_crew"

    def answer(self, reply: Reply, tracker: Tracker) -> list[EventType]:
        facts = store()
        words = entity_values(tracker, "crew_role")
        role = self.default_role or (facts.role(words[-1]) if words else None)
        credit = facts.crew.get(role) if role else None
        if credit is None or credit.unknown:
            reply.dont_know(tracker)
            return []
        utter_crew_credit(reply, credit)
        reply.detail(credit.fact)
        if len(credit.people) == 1:
            return [SlotSet("person", credit.people[0])]
        return []


class ActionDirector(ActionCrew):
    default_role = "director"

    def name(self) -> str:
        return "action_director"


class ActionNovel(StoreAction):
    def name(self) -> str:
        return "action_novel"

    def answer(self, reply: Reply, tracker: Tracker) -> list[EventType]:
        facts = store()
        novel = facts.novel
        needed = ("title", "title_romaji", "author", "publisher", "published")
        if any(novel[key].unknown for key in needed):
            reply.dont_know(tracker)
            return []
        author = facts.people[novel["author"].value]
        reply.utter(
            "utter_novel",
            cite=[novel[key] for key in needed],
            novel_title=novel["title"].value,
            novel_title_romaji=novel["title_romaji"].value,
            author=author.name,
            publisher=novel["publisher"].value,
            published=format_date(novel["published"].value),
        )
        sales = novel.get("copies_sold")
        if sales is not None and sales.known:
            reply.utter("utter_novel_more", cite=[sales], copies_sold=sales.value, as_of=str(sales.as_of or ""))
            reply.detail(sales)
        return [SlotSet("person", author.id)]
