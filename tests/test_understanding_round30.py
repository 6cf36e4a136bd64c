"""Round 30: scenes nobody lists, the web novel's writer, a pronoun's works on a service, a singer's other songs.

- "is there a kiss?", "is there a post-credits scene?", "a love triangle?": a scene or story shape of this film that
  no source lists is "I don't know" about it (vocabulary `content_details` and `asked`), never the refusal.
- "who wrote the web novel?": the book written is named by "web novel"; its author is asked, not where it was posted.
- "which of her movies are on netflix?": a condition on the works of the person talked about, named by a pronoun,
  is checked like one on a named person's works.
- "who sings the theme song?" then "what else has she sung?": "she" is the singer; her other work is asked, not
  the song's card again.

Each test names the general rule; phrasings are mine, names come from the store or are invented.
"""

from __future__ import annotations

import asyncio

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.crew import ActionNovel
from actions.people import ActionOtherWork
from actions.topics import ActionFact
from bot.understanding import novel_reading, works_condition
from tests.reading_helpers import reading, run, tags, values

# --- scenes and story shapes no source lists ---


@pytest.mark.parametrize(
    ("text", "attribute"),
    [
        ("is there a kiss?", "content_details"),
        ("do they kiss at the end", "content_details"),
        ("is there a post-credits scene?", "asked"),
        ("does the movie have an after credits scene", "asked"),
        ("is there a love triangle?", "asked"),
    ],
)
def test_a_scene_no_source_lists_is_not_known_not_refused(store, domain, text, attribute):
    result = reading(store, text, "nlu_fallback")  # the classifier's sure refusal reaches the reader as a fallback
    assert result.intent == "ask_fact"
    assert values(result, "attribute") == [attribute]
    said, _, _ = run(ActionFact(), domain, text, result.entities)
    assert said == ["utter_dont_know_about"]


def test_a_kiss_in_another_work_is_still_refused(store):
    result = reading(store, "who sang kiss me in the 90s?", "out_of_scope")
    assert result.intent in (None, "out_of_scope")


# --- the web novel's writer ---


@pytest.mark.parametrize(
    "text", ["who wrote the web novel?", "who first published the novel?", "who posted the web novel"]
)
def test_who_asks_the_person_of_the_novels_origin_not_the_origin(text):
    part = novel_reading.part_of_novel(text.rstrip("?").split())
    assert part is None or part[0] != "novel_origin"


@pytest.mark.parametrize(
    "text", ["was it originally a web novel?", "where was the novel first published?", "was the book posted online"]
)
def test_the_novels_origin_is_still_asked_without_who(text):
    part = novel_reading.part_of_novel(text.rstrip("?").split())
    assert part is not None and part[0] == "novel_origin"


def test_who_wrote_the_web_novel_names_its_author(store, domain):
    text = "who wrote the web novel?"
    result = reading(store, text, "ask_novel")
    assert "novel_origin" not in values(result, "attribute")
    said, _, _ = run(ActionNovel(), domain, text, result.entities, intent="ask_novel")
    assert said[0] == "utter_novel"


# --- a pronoun's works on a service ---


@pytest.mark.parametrize(
    "text",
    [
        "which of her movies are on netflix?",
        "are any of his films on netflix",
        "what other films of hers are on netflix",
    ],
)
def test_a_service_condition_on_a_pronouns_works_is_the_condition(store, text):
    result = reading(store, text, "out_of_scope")
    assert result.intent == "ask_other_work"
    assert tags(result).get("works_attribute") == works_condition.SERVICE_KEY


def test_the_condition_is_checked_on_the_person_of_the_conversation(store, domain):
    # the person whose work notes name a service, asked of by a pronoun: those works, never the whole list
    services = works_condition.default_lexicon().claims[works_condition.SERVICE_CLAIM].words
    person = next(
        p
        for p in store.people.values()
        if any(set((w.detail or "").lower().split()) & set(services) for w in p.known_for)
    )
    service = next(s for s in services if any(s in (w.detail or "").lower() for w in person.known_for))
    text = f"which of their movies are on {service}?"
    result = reading(store, text, "out_of_scope")
    said, _, slots = run(
        ActionOtherWork(), domain, text, result.entities, {"person": person.id}, intent="ask_other_work"
    )
    assert said and set(said) == {"utter_person_work_said"}
    assert slots.get("person") == person.id


def test_a_pronoun_with_no_condition_is_still_the_whole_list(store):
    result = reading(store, "what other movies has she been in?", "ask_other_work")
    assert "works_attribute" not in tags(result)


# --- a singer's other songs after the song ---


def _after_the_song(store, text: str) -> Tracker:
    role = next(role for role, credit in store.crew.items() if credit.work is not None)
    earlier = {"intent": {"name": "ask_crew"}, "entities": [{"entity": "crew_role", "value": role}]}
    message = {"text": text, "intent": {"name": "ask_other_work", "confidence": 0.99}, "entities": []}
    events = [
        {"event": "user", "text": "earlier", "parse_data": earlier},
        {"event": "action", "name": "action_crew"},
        {"event": "action", "name": "action_listen"},
        {"event": "user", "text": text, "parse_data": message},
    ]
    person = store.crew[role].people[0]
    return Tracker("test", {"person": person}, message, events, False, None, {}, "action_listen")


@pytest.mark.parametrize(
    "text", ["what else has she sung?", "what other songs did she sing", "has she sung anything else"]
)
def test_a_pronoun_for_the_singer_asks_of_the_singer_not_the_song(store, domain, text):
    dispatcher = CollectingDispatcher()
    asyncio.run(ActionOtherWork().run(dispatcher, _after_the_song(store, text), domain))
    said = [m.get("response") for m in dispatcher.messages]
    assert not any(str(s).startswith("utter_crew_") for s in said)
    assert said[0] in ("utter_other_work_unknown", "utter_other_work", "utter_other_work_cut")


def test_it_after_the_song_is_still_the_song(store, domain):
    dispatcher = CollectingDispatcher()
    asyncio.run(ActionOtherWork().run(dispatcher, _after_the_song(store, "who sang it originally?"), domain))
    assert str(dispatcher.messages[0].get("response")).startswith("utter_crew_")
