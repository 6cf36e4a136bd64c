"""Round 19 of nlu83 (issue 10): an aspect asked of a subject the store knows (how it was made, its popularity
over time, what a person said of it) is read as that aspect, never answered with the subject's card, its release
date or a spoiler prompt. Phrasings follow the round's grid (tests/nlu/probes_round19_nlu83.yml); names come
from the store."""

from __future__ import annotations

import pytest

from actions.topics import ActionFact
from bot.store import FactStore
from bot.understanding import aspect_asked
from bot.understanding.lexicon import tokens
from bot.understanding.person_asked import ASKED_OF_PERSON
from tests.reading_helpers import name, reading, run, tags


def lead_actor(store: FactStore) -> str:
    return store.people[store.cast[0].actor].name


def second_actor(store: FactStore) -> str:
    return store.people[store.cast[1].actor].name


def lead_character(store: FactStore) -> str:
    return store.characters[store.cast[0].character].name.split()[0]


@pytest.mark.parametrize(
    "text",
    [
        "do you know how they generated the fireworks in the movie?",
        "did they use computers?",
        "No, I did not, why did they film the movie that way?",
        "How did they figure out how to film the rooftop scene?",
        "how were the effects done in {title}?",
        "Did you know that the drawings in {title} is a computer generated image?",
        "Did you know the movie was shot entirely with Imax?",
        "was {title} filmed in front of a live audience",
    ],
)
def test_how_the_film_was_made_is_its_making(store, text):
    """A manner or reason word with a maker or a passive before a verb of making, a maker's tool, or a made-by
    phrase: the making-of, which the store does not hold (it got a spoiler prompt or the release date)."""
    result = reading(store, text.format(title=store.title), "ask_ending")
    assert result.intent == "ask_fact"
    assert undecided(result)


def undecided(result) -> bool:
    """The making asked, or (said as a claim: "did you know …?") the claim the store does not decide
    (bot/understanding/claim_relations.py); either is "I don't know" of what was asked."""
    found = tags(result)
    return found == {"attribute": "making"} or str(found.get("claim", "")).startswith("unheld_relation:")


@pytest.mark.parametrize(
    "text",
    [
        "how long is the movie?",
        "how popular is {title}?",
        "how did they meet?",
        "how does the movie end?",
        "why did they make it to the hospital so late?",
        "who made the movie?",
    ],
)
def test_other_how_and_why_questions_are_no_making(text):
    assert aspect_asked.making_asked(tokens(text.format(title="<title>"))) is None


def test_casting_asked_by_why_is_the_making_not_the_actor(store):
    """ "Why did they decide to cast <a>?": a decision of the makers; the actor's card answered it."""
    text = f"Why did they decide to cast {lead_actor(store)}?"
    person = name(text, lead_actor(store), "person")
    result = reading(store, text, "ask_person", [person])
    assert tags(result) == {"attribute": "making"}
    assert person in result.drop


@pytest.mark.parametrize(
    "text",
    [
        "will the {title} movies be culturally relevant in 200 years?",
        "Is {title} still popular?",
        "do people still watch {title}",
    ],
)
def test_popularity_over_time_of_the_film_is_not_held(store, text):
    result = reading(store, text.format(title=store.title), "ask_release_date")
    assert tags(result) == {"attribute": "lasting_popularity"}


def test_popularity_over_time_of_a_character_is_the_characters_popularity(store):
    """ "are people still that big of a fan of <a> character?": that character's popularity (unheld), not their
    card."""
    character = lead_character(store)
    text = f"are people still that big of a fan of the {character} character?"
    result = reading(store, text, "ask_character", [name(text, character, "character")])
    assert tags(result)["attribute"] == "viewership"


@pytest.mark.parametrize(
    "text", ["are you still a fan of the movie?", "can I still watch it on netflix?", "can i watch it today?"]
)
def test_the_assistants_liking_and_where_to_watch_are_no_popularity(text):
    """An audience's verb counts only with people as its subject: "can I still watch it?" is where to watch it."""
    assert aspect_asked.lasting_asked(tokens(text)) is None


def test_what_a_person_said_is_asked_of_the_person(store):
    text = f"did you see what {second_actor(store)} said of the movie?"
    result = reading(store, text, "ask_person", [name(text, second_actor(store), "person")])
    assert result.intent == "ask_fact"
    asked = next(e for e in result.entities if e["value"] == ASKED_OF_PERSON)
    assert text[asked["start"] : asked["end"]] == "said of the movie"


def test_a_yes_no_question_about_what_was_said_is_not_what_they_said(store):
    words = tokens(f"did {lead_actor(store)} say she liked it")
    assert aspect_asked.saying_asked(words, [aspect_asked.Span(1, 3)]) is None


def test_the_stores_quotes_of_a_person_answer_what_they_said(store, domain):
    """The trivia that quotes the person (their name, then a saying verb or a quotation) is what they said."""
    actor = lead_actor(store)
    text = f"What did {actor} say about the movie?"
    entities = [name(text, actor, "person"), name(text, "say about the movie", "attribute", ASKED_OF_PERSON)]
    said, messages, slots = run(ActionFact(), domain, text, entities)
    family = actor.split()[-1]
    quoted = [m["detail"] for m in messages if m.get("response") == "utter_detail" and family in m.get("detail", "")]
    assert quoted, said
    assert "utter_dont_know_person_asked" not in said


def test_a_person_the_store_never_quotes_is_not_known_to_have_said_it(store, domain):
    actor = second_actor(store)
    text = f"What did {actor} say about the movie?"
    entities = [name(text, actor, "person"), name(text, "say about the movie", "attribute", ASKED_OF_PERSON)]
    said, _, _ = run(ActionFact(), domain, text, entities)
    assert said == ["utter_dont_know_person_asked"]


@pytest.mark.parametrize("text", ["how do movies get made", "do people still watch movies"])
def test_films_in_general_are_no_aspect_of_this_film(store, text):
    """A plural work noun with no determiner or name of this film before it is films in general (sweep: "how do
    movies get made" had become this film's making)."""
    assert reading(store, text, "out_of_scope").intent != "ask_fact"


@pytest.mark.parametrize(
    "text",
    [
        "did you know that {actor} auditioned for the role of {character}?",
        "I heard {title} went into development years before the novel came out",
        "was {character}'s name originally changed to something else?",
        "did you know {actor} turned down the role at first?",
    ],
)
def test_a_productions_history_is_its_making(store, text):
    """Auditions, development, a name changed, a role turned down: the production's history, not the cast list
    ("No, <b> is played by <a>") or the story."""
    said = text.format(actor=second_actor(store), character=lead_character(store), title=store.title)
    assert undecided(reading(store, said, "ask_who_plays"))


def test_character_development_is_no_production_history():
    assert aspect_asked.making_asked(tokens("how is her character development?")) is None
