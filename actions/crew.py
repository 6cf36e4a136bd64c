"""The crew by role (director, screenplay, music, producers, studio, theme song) and the novel."""

from __future__ import annotations

import re
from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, SlotSet

from actions.common import Reply, StoreAction, entity_values, store
from actions.topics import _asked_span, dont_know_attribute
from bot.japanese import JAPANESE, has_japanese
from bot.store import CrewCredit
from bot.understanding.lexicon import default_lexicon, tokens
from bot.understanding.novel_reading import NOVEL_PARTS
from bot.understanding.reading import SONG_MEANING, WORK_WRITER  # "what is <the song> about?", "who wrote it?"


def role_words(credit: CrewCredit, language: str) -> str:
    """What the role is called: its first Japanese alias in the store for a Japanese answer."""
    if language == JAPANESE:
        japanese = [alias for alias in credit.aliases if has_japanese(alias)]
        if japanese:
            return japanese[0]
    return credit.role.replace("_", " ").capitalize()


def utter_crew_credit(reply: Reply, credit: CrewCredit) -> None:
    facts = store()
    response = f"utter_crew_{credit.role}"
    if not reply.has_response(response):
        response = "utter_crew"
    values: dict[str, Any] = {
        "people": reply.join([reply.name(facts.people[p]) for p in credit.people]),
        "role_words": role_words(credit, reply.language),
    }
    cited = [credit.fact]
    if credit.work is not None:
        cited.append(credit.work)
        values["work"] = str(credit.work.value)
        for key, value in credit.work.extra.items():
            if isinstance(value, str) and value in facts.people:
                values[key] = reply.name(facts.people[value])
            elif isinstance(value, int):  # a year of the work ("the 2007 song")
                values[key] = str(value)
    reply.utter(response, cite=cited, **values)


def _writer_of_the_novel(tracker: Tracker) -> bool:
    """ "Who wrote it?" right after an answer about the novel: "it" is the novel.

    Only when the user named no role (the NLU inferred "screenplay" from "wrote").
    """
    typed = [e for e in tracker.latest_message.get("entities") or [] if e.get("entity") == "crew_role"]
    if not typed or any(e.get("extractor") != "QuestionReader" for e in typed):
        return False
    if _names_the_film(str(tracker.latest_message.get("text") or "")):
        return False  # "who wrote the movie?" after the novel: the film is the subject, its screenwriter asked
    for event in reversed(tracker.events or []):
        if event.get("event") == "action" and event.get("name") not in (None, "action_listen"):
            return event.get("name") == "action_novel"
    return False


# Words that make the film the subject of "who wrote ...": the film itself, or its script.
FILM_SUBJECT_WORDS = frozenset({"movie", "movies", "film", "films", "flick", "script", "screenplay"})


def _names_the_film(text: str) -> bool:
    words = set(re.findall(r"[a-z]+", text.lower()))
    return bool(words & FILM_SUBJECT_WORDS) or store().title.lower() in text.lower()


def _asked_role(tracker: Tracker, role: str) -> str | None:
    """The words the user wrote for this credit ("director of photography"), as tagged."""
    facts = store()
    for value in entity_values(tracker, "crew_role"):
        if facts.role(value) == role:
            # a value the reader set is the store's key ("production_designer"), not words to show
            return str(value).lower().replace("_", " ")
    return None


def _credits_the_verb_names(tracker: Tracker, roles: list[str | None]) -> list[str | None]:
    """ "Who produced it?": a credit asked by its verb brings the other credits the vocabulary says share it
    (`verb_words` / `verb_also`)."""
    text = str(tracker.latest_message.get("text") or "")
    credit_words = {a.entity.get("crew_role"): a for a in default_lexicon().attributes.values() if a.verb_also}
    for entity in tracker.latest_message.get("entities") or []:
        if entity.get("entity") != "crew_role" or entity.get("start") is None:
            continue
        role = store().role(str(entity.get("value")))
        attribute = credit_words.get(role)
        said = text[int(entity["start"]) : int(entity["end"])].lower()
        if attribute is None or said not in attribute.verb_words or role not in roles:
            continue
        joint = [role, *attribute.verb_also]
        if not any(r in joint and r != role for r in roles):
            at = roles.index(role)
            roles = [*roles[:at], *joint, *roles[at + 1 :]]
    return roles


class ActionCrew(StoreAction):
    default_role: str | None = None

    def name(self) -> str:
        return "action_crew"

    def answer(self, reply: Reply, tracker: Tracker) -> list[EventType]:
        facts = store()
        if _writer_of_the_novel(tracker):
            return ActionNovel().answer(reply, tracker)
        words = entity_values(tracker, "crew_role")
        # "Who wrote the music and who sings the theme song?" names two roles: answer both.
        # An inferred role ("who directed it?") comes first; any other role named is asked too.
        named = [facts.role(w) for w in words]
        roles: list[str | None] = [self.default_role, *(r for r in named if r)] if self.default_role else named
        if self.default_role and any(
            r and r != self.default_role and self.default_role in w for w, r in zip(words, named, strict=True)
        ):
            roles = [r for r in named if r]  # "the director of photography" names another credit than the director
        roles = _credits_the_verb_names(tracker, roles)
        credits = [facts.crew.get(role) if role else None for role in dict.fromkeys(roles)] or [None]
        events: list[EventType] = []
        for credit in credits:
            if credit is not None and f"utter_crew_{credit.role}" in reply.said:
                continue  # already answered in this turn ("who directed it and who wrote it?")
            if credit is None:
                reply.dont_know(tracker)
                continue
            if credit.unknown:  # "who was the cinematographer?": name the credit not held
                asked = _asked_role(tracker, credit.role) or credit.role.replace("_", " ")
                reply.dont_know(tracker, "utter_dont_know_about", topic_label=f"its {asked}", asked=asked)
                continue
            if WORK_WRITER in entity_values(tracker, "attribute") and _utter_who_wrote_the_work(reply, credit):
                continue  # "who wrote the theme song?": its writer, not the cover's credits
            if SONG_MEANING in entity_values(tracker, "attribute") and credit.work is not None:
                # "what is <the theme song> about?": what the store says the song is about, else not known
                if not _utter_what_the_song_is_about(reply, credit):
                    return dont_know_attribute(reply, tracker, SONG_MEANING)
                continue
            utter_crew_credit(reply, credit)
            reply.detail(credit.fact)
            if len(credit.people) == 1:
                events = [SlotSet("person", credit.people[0])]
        return events


def _utter_who_wrote_the_work(reply: Reply, credit: CrewCredit) -> bool:
    """The credited cover's writer (`written_by`), with the band that first released it and the version the film
    uses; False when the store names no writer or no original (the card answers as before)."""
    work, facts = credit.work, store()
    if work is None:
        return False
    writer, original = work.extra.get("written_by"), work.extra.get("original_by")
    if writer not in facts.people or original not in facts.people:
        return False
    reply.utter(
        "utter_work_writer_of_cover",
        cite=[work],
        work=str(work.value),
        writer=reply.name(facts.people[str(writer)]),
        people=reply.join([reply.name(facts.people[p]) for p in credit.people]),
        original_by=reply.name(facts.people[str(original)]),
        original_year=str(work.extra.get("original_year", "")),
    )
    return True


def _utter_what_the_song_is_about(reply: Reply, credit: CrewCredit) -> bool:
    """The credited work's `about` (its Japanese `about_ja` in a Japanese answer); False when the store has none."""
    work = credit.work
    about = work.extra.get("about") if work is not None else None
    if work is None or not about:
        return False
    if reply.language == JAPANESE:
        about = work.extra.get("about_ja") or about
    reply.utter("utter_song_about", cite=[work], work=str(work.value), about=str(about))
    return True


class ActionDirector(ActionCrew):
    default_role = "director"

    def name(self) -> str:
        return "action_director"


# The attribute the reader gives a clause that asks the novel itself beside another clause asking a part of it
# ("who published the book and how many books are in the series?"): both are answered, the book first.
THE_NOVEL_ITSELF = "novel"


class ActionNovel(StoreAction):
    def name(self) -> str:
        return "action_novel"

    def answer(self, reply: Reply, tracker: Tracker) -> list[EventType]:
        facts = store()
        novel = facts.novel
        if any(novel[key].unknown for key in NOVEL_FACTS):
            reply.dont_know(tracker)
            return []
        author = facts.people[novel["author"].value]
        asked = entity_values(tracker, "attribute")
        series = novel.get("series")
        part = next((key for key in asked if key in NOVEL_PARTS), None)
        fact = None if part is None else novel.get(part.removeprefix("novel_"))
        if "novel_series" in asked and series is not None:
            # "how many books are in the series?": the series, not the first book's answer
            if THE_NOVEL_ITSELF in asked:
                _utter_novel(reply, author)
            if series.unknown:
                return dont_know_attribute(reply, tracker, "novel_series")
            reply.utter(
                "utter_novel_series",
                cite=[novel["title"], novel["author"], series],
                novel_title=novel["title"].value,
                author=reply.name(author),
                series=reply.value(series),
            )
            reply.detail(series)
            return [SlotSet("person", author.id)]
        if part is not None and fact is not None:
            # "who drew the manga?", "what is the book called in english?": that part, not the first answer
            if THE_NOVEL_ITSELF in asked:
                _utter_novel(reply, author)
            if fact.unknown:
                return dont_know_attribute(reply, tracker, part)
            spoken = _asked_span(tracker, "attribute", part)
            english = spoken is not None and spoken.isascii()
            if spoken is None or english and not any(tuple(tokens(spoken)) == run for run in NOVEL_PARTS[part]):
                # "who drew the cartoon?": the part by its own name, not the asker's word for it
                spoken = part.removeprefix("novel_").replace("_", " ")
            elif not english:  # "<題名>の漫画はある？": the thing's word, not the particles or the verb read with it
                spoken = JAPANESE_RUN_EDGES.sub("", spoken)
            if part == "novel_copies_sold":  # a count that is only true with its date
                reply.utter("utter_novel_more", cite=[fact], copies_sold=fact.value, as_of=str(fact.as_of or ""))
            else:
                reply.utter("utter_fact", cite=[fact], value=reply.value(fact), topic_words=spoken)
            reply.detail(fact)
            return [SlotSet("person", author.id)]
        _utter_novel(reply, author)
        sales = novel.get("copies_sold")
        if sales is not None and sales.known:
            reply.utter("utter_novel_more", cite=[sales], copies_sold=sales.value, as_of=str(sales.as_of or ""))
            reply.detail(sales)
        return [SlotSet("person", author.id)]


# The particles and the verb a Japanese run of NOVEL_PARTS may be read with, at its edges ("の漫画", "漫画はあり").
JAPANESE_RUN_EDGES = re.compile(r"^の|(?:は|も|あり|ある)$")
# The novel's facts its answer gives: the title, the author, the publisher, the day it came out.
NOVEL_FACTS = ("title", "title_romaji", "author", "publisher", "published")


def _utter_novel(reply: Reply, author: Any) -> None:
    novel = store().novel
    reply.utter(
        "utter_novel",
        cite=[novel[key] for key in NOVEL_FACTS],
        novel_title=novel["title"].value,
        novel_title_romaji=novel["title_romaji"].value,
        author=reply.name(author),
        publisher=reply.value(novel["publisher"]),
        published=reply.date(novel["published"].value),
    )
