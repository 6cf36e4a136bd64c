"""Round 21, nlu87: the expected answer type of a wh-question. The wh-phrase's head asks a thing of one kind, of
one subject; a reading whose reply gives no thing of that kind, or gives it of another subject, is read again as
the head asked (bot/understanding/answer_type.py). Phrasings are real questions' frames; names come from the
store."""

from __future__ import annotations

import re

import pytest
from rasa_sdk import Tracker

from actions.claims import verdict
from bot.store import FactStore, Person
from bot.understanding import answer_type
from bot.understanding.coverage import Span
from bot.understanding.lexicon import tokens
from tests.reading_helpers import name, reading, tags


def _singer(store: FactStore) -> Person:
    return store.people[store.crew["theme_song"].people[0]]


def _song(store: FactStore) -> str:
    """The theme song's romanised title: the store's value is "<native title> (<romanised>)"."""
    work = store.crew["theme_song"].work
    found = re.search(r"\(([^)]+)\)", str(work.value)) if work is not None else None
    return found.group(1) if found else "the song"


def _lead(store: FactStore) -> Person:
    return store.people[store.cast[0].actor]


def _director(store: FactStore) -> Person:
    return store.people[store.crew["director"].people[0]]


@pytest.mark.parametrize(
    ("text", "kind", "head"),
    [
        ("the song is sung by someone from which group?", "group", "group"),
        ("the film starred the actor known as someone in what bbc series?", "series", "bbc series"),
        ("netflix co-produced the movie starring someone and which actor, and entrepreneur?", "actor", "actor"),
        ("how many times did someone run for president?", "times", "times"),
        ("what netflix coach has the most titles?", "other_trade", "netflix coach"),
        ("what is the name of the fourth chapter in the third book?", "book", "fourth chapter"),
        ("what nationality is someone?", "nationality", "nationality"),
    ],
)
def test_the_kind_a_wh_head_asks(text: str, kind: str, head: str) -> None:
    words = tokens(text)
    asked = answer_type.asked_kind(words, [])
    assert asked is not None
    assert asked.kind == kind
    assert " ".join(words[asked.head.start : asked.head.end]) == head


@pytest.mark.parametrize(
    "text",
    [
        "what is the movie about?",  # a neutral head
        "who directed it?",  # no head
        "what year did it come out?",  # a kind the table does not judge
        "what genre is it?",
        "which streaming service has it?",
    ],
)
def test_no_kind_is_judged_without_a_typed_head(text: str) -> None:
    assert answer_type.asked_kind(tokens(text), []) is None


def test_a_name_before_from_which_owns_the_head() -> None:
    words = tokens("the song is sung by someone from which group?")
    singer = Span(words.index("someone"), words.index("someone") + 1)
    asked = answer_type.asked_kind(words, [singer])
    assert asked is not None and asked.owner == singer and asked.owner_named


def test_a_member_noun_owns_the_head_of_the_name_before_it() -> None:
    words = tokens("the song is sung by someone, best known as the singer and principal songwriter of which band?")
    singer = Span(words.index("someone"), words.index("someone") + 1)
    asked = answer_type.asked_kind(words, [singer])
    assert asked is not None and asked.owner == singer


def test_a_described_person_owns_the_head_when_one_comes_after_the_name() -> None:
    words = tokens("a song by someband for a movie starring an actor who was an original member of which idol group")
    band = Span(words.index("someband"), words.index("someband") + 1)
    asked = answer_type.asked_kind(words, [band])
    assert asked is not None and asked.owner is not None and not asked.owner_named


@pytest.mark.parametrize(
    ("kind", "key", "mismatch"),
    [
        ("group", "ask_crew:theme_song", False),  # the song's card names the band it is a cover of
        ("actor", "ask_crew:producer", True),
        ("series", "ask_cast", True),
        ("times", "ask_runtime", True),
        ("actor", "ask_cast", False),
        ("group", "ask_person", False),  # a person's card: not judged
        ("book", "ask_novel", False),
    ],
)
def test_a_reading_gives_the_kinds_of_its_table(kind: str, key: str, mismatch: bool) -> None:
    asked = answer_type.AskedKind(kind, Span(0, 1), None)
    assert answer_type.mismatched(asked, [key]) is mismatch


def test_a_question_of_several_parts_is_judged_by_all_of_them() -> None:
    asked = answer_type.AskedKind("actor", Span(0, 1), None)
    assert not answer_type.mismatched(asked, ["ask_director", "ask_cast"])
    assert answer_type.mismatched(asked, ["ask_crew:producer", "ask_crew:producer"])


def test_the_group_of_the_singer_is_asked_of_her_not_the_songs_card(store: FactStore) -> None:
    singer = _singer(store)
    text = f"{_song(store)} is a song sung by {singer.name} from which group?"
    result = reading(store, text, "ask_crew", [name(text, singer.name, "person"), name(text, "song", "crew_role")])
    assert result.intent == "ask_fact"
    assert tags(result).get("attribute") == "asked"
    assert not any(e["entity"] == "crew_role" for e in result.entities)
    assert any(e["entity"] == "crew_role" for e in result.drop)


def test_which_actor_beside_the_producers_is_the_cast(store: FactStore) -> None:
    actress = store.people[store.cast[1].actor]
    text = f'Netflix co-produced the movie "{store.title}" starring {actress.name} and which actor, and entrepreneur?'
    entities = [name(text, actress.name, "person"), name(text, "produced", "crew_role", "producer")]
    result = reading(store, text, "ask_crew", entities)
    parts = {result.intent, *(e["value"] for e in result.entities if e["entity"] == "also_ask")}
    assert "ask_cast" in parts


def test_which_actor_asked_of_the_producers_card_alone_is_the_cast(store: FactStore) -> None:
    text = f'Netflix co-produced the movie "{store.title}" with which actor?'
    result = reading(store, text, "ask_crew", [name(text, "produced", "crew_role", "producer")])
    assert result.intent == "ask_cast"


def test_a_series_asked_of_a_person_is_among_their_works(store: FactStore) -> None:
    lead = _lead(store)
    text = f"{store.title} starred the Japanese actor {lead.name} in what BBC series?"
    result = reading(store, text, "ask_cast", [name(text, lead.name, "person")])
    assert result.intent == "ask_other_work"


def test_a_series_asked_of_the_film_is_not_its_cast(store: FactStore) -> None:
    text = f"{store.title} starred the Japanese actor known as Taro Yamada in what BBC series?"
    result = reading(store, text, "ask_cast")
    assert result.intent == "ask_fact"
    asked = next(e for e in result.entities if e["entity"] == "attribute")
    assert text[asked["start"] : asked["end"]] == "BBC series"


def test_a_count_of_times_is_no_runtime(store: FactStore) -> None:
    producer = store.people[store.crew["producer"].people[0]]
    text = f"How many times did {producer.name} run for president?"
    result = reading(store, text, "ask_runtime", [name(text, producer.name, "person")])
    assert result.intent == "ask_fact"
    assert tags(result).get("attribute") == "asked"


def test_the_films_words_before_a_head_only_place_it(store: FactStore) -> None:
    text = f"What {store.title} coach has the most titles?"
    result = reading(store, text, "ask_title")
    asked = next(e for e in result.entities if e["entity"] == "attribute")
    assert text[asked["start"] : asked["end"]] == "coach"


def test_a_described_actors_group_drops_the_band_named_before_him(store: FactStore) -> None:
    band = store.people[str(store.crew["theme_song"].work.extra["original_by"])]
    text = (
        f"It is a song written and recorded by {band.name} as the theme song for a movie starring a Japanese actor "
        "who was an original member of which idol group"
    )
    entities = [name(text, band.name, "person"), name(text, "theme song", "crew_role", "theme_song")]
    result = reading(store, text, "ask_crew", entities)
    assert result.intent == "ask_fact"
    assert any(e["entity"] == "person" for e in result.drop)


@pytest.mark.parametrize(
    ("text", "intent", "role"),
    [
        ("which band sang the theme song?", "ask_crew", "theme_song"),  # the song's card names the band
        ("who sings the theme song?", "ask_crew", "theme_song"),
        ("which company produced it?", "ask_crew", "producer"),
    ],
)
def test_a_reading_that_gives_the_kind_asked_is_kept(store: FactStore, text: str, intent: str, role: str) -> None:
    result = reading(store, text, intent, [name(text, text.split()[-2], "crew_role", role)])
    assert result.intent != "ask_fact" or tags(result).get("attribute") != "asked"


def test_the_directors_band_is_still_his_not_a_card(store: FactStore) -> None:
    director = _director(store)
    text = f"which band is {director.name} in?"
    result = reading(store, text, "ask_person", [name(text, director.name, "person")])
    assert result.intent in (None, "ask_person", "ask_fact")


def _tracker(text: str, people: list[str]) -> Tracker:
    entities = [name(text, person, "person") for person in people]
    message = {"text": text, "intent": {"name": "ask_director", "confidence": 1.0}, "entities": entities}
    return Tracker("test", {}, message, [{"event": "user", "text": text}], False, None, {}, "")


def test_a_credit_claimed_of_two_joined_names_holds_only_for_both(store: FactStore) -> None:
    director, writer = _director(store), store.people[store.crew["screenplay"].people[0]]
    text = f"Were {director.name} and {writer.name} both directors?"
    assert verdict("credit:director", _tracker(text, [director.name, writer.name]))[0] is False


def test_a_credit_claimed_of_a_name_beside_another_clause_is_the_first_names(store: FactStore) -> None:
    director, lead = _director(store), _lead(store)
    text = f"Was it directed by {director.name}, starring {lead.name}?"
    assert verdict("credit:director", _tracker(text, [director.name, lead.name]))[0] is True
