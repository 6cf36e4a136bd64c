"""Round 16 of the question reader, nlu68 (issue 10): what people ask about one of the film's people.

Phrasings here are other than the probes' (tests/nlu/probes_round16_nlu68.yml): the rules must hold for the
structure. Action tests assert response names and slots; people are taken from the store by what it holds.
An age today is not a fact the sources give (the lead's revision of the decision): "I don't know", then the
birth date held.
"""

from __future__ import annotations

import pytest

from actions import ages, birth
from actions.people import ActionCharacter
from actions.person_facts import actor_answered_last
from actions.topics import ActionFact
from bot.store import FactStore, Person
from bot.understanding import stated_claims
from tests.reading_helpers import run, span

AGE_UNKNOWN_THEN_BORN = ["utter_dont_know_subject_attribute", "utter_person_born"]


def held_birth(store: FactStore, whole: bool) -> Person:
    """A person whose birth date the store holds: a whole date, or a year alone."""
    for person in store.people.values():
        parts = ages.birth_parts(str(person.born.value)) if person.born is not None and person.born.known else None
        if parts is not None and (parts[2] is not None) is whole:
            return person
    pytest.skip("no such birth date held")


def no_birth(store: FactStore) -> Person:
    for person in store.people.values():
        if person.born is None or not person.born.known:
            return person
    pytest.skip("every person's birth date is held")


# 1. "How old is <X>?" today, and only today: the tense or an event asks another time.
@pytest.mark.parametrize(
    ("text", "now"),
    [
        ("how old is he", True),
        ("what's her age", True),
        ("how old is she now", True),
        ("how old is the actor in real life", True),
        ("age of the director?", True),
        ("how old was she", False),
        ("how old will he be next year", False),
        ("at what age did she start acting", False),
        ("how old was she when she debuted", False),
        ("how old is he in the film", False),
        ("how old is the character she plays", False),
        ("how old is her husband", False),  # a relative's age
        ("how old are his children", False),
        ("撮影当時は何歳", False),
        ("何歳だった", False),
        ("何歳ですか", True),
    ],
)
def test_todays_age_asked(text, now):
    assert ages.now_asked(text) is now


def ask_age(domain: dict, person: Person, template: str, asked: str = "how old") -> tuple[list[str], dict, dict]:
    """The age action's responses, first message and slots for a question about `person`."""
    text = template.format(name=person.name)
    entities = [span(text, person.name, "person"), span(text, asked, "attribute", "age")]
    said, messages, slots = run(ActionFact(), domain, text, entities)
    return said, messages[0], slots


@pytest.mark.parametrize(
    ("whole", "template", "asked"),
    [(True, "how old is {name}?", "how old"), (False, "what age is {name} now", "what age")],
)
def test_age_today_is_unknown_and_the_birth_date_follows(store, domain, whole, template, asked):
    person = held_birth(store, whole=whole)
    said, message, slots = ask_age(domain, person, template, asked)
    assert said == AGE_UNKNOWN_THEN_BORN
    assert message["subject_name"] == person.name
    assert slots["person"] == person.id


@pytest.mark.parametrize(
    ("held", "template", "response"),
    [
        (False, "how old is {name}", "utter_dont_know_subject_attribute"),  # no birth date: an honest "I don't know"
        # another event's time: the store holds no date of it; never today's age
        (True, "how old was {name} when she got engaged", "utter_dont_know_subject_attribute"),
        (True, "how old was {name} when they were filming it", "utter_person_age_at_premiere"),  # as before
    ],
)
def test_ages_not_of_today(store, domain, held, template, response):
    person = held_birth(store, whole=True) if held else no_birth(store)
    said, _, _ = ask_age(domain, person, template)
    assert said == [response]


# 2. After "who plays <a character>?", "how old is he?" is the actor's age, and so is the next question.
def _actor_of_a_dated_character(store: FactStore) -> tuple[str, Person]:
    for credit in store.cast:
        person = store.people[credit.actor]
        if person.born is not None and person.born.known and ages.birth_parts(str(person.born.value)):
            return credit.character, person
    pytest.skip("no cast member with a birth date")


def _who_plays(character: str, person: Person) -> list[dict]:
    return [
        {"event": "user", "text": "who plays her", "parse_data": {"entities": [{"entity": "character"}]}},
        {"event": "action", "name": "action_who_plays"},
        {"event": "slot", "name": "character", "value": character},
        {"event": "slot", "name": "person", "value": person.id},
        {"event": "action", "name": "action_listen"},
    ]


def test_the_actors_age_after_who_plays(store, domain):
    character, person = _actor_of_a_dated_character(store)
    text = "how old is he"
    said, _, slots = run(
        ActionCharacter(),
        domain,
        text,
        [span(text, "how old", "attribute", "age")],
        {"character": character, "person": person.id},
        intent="ask_character",
        events=_who_plays(character, person),
    )
    assert said == AGE_UNKNOWN_THEN_BORN
    assert slots["person"] == person.id
    assert "character" not in slots


def test_an_age_answered_of_the_actor_keeps_the_actor(store):
    """ "who plays <a>?", "how old is he?" (the actor's age: the person set, no character), then "what's his
    age now?": still the actor. A character's description in between (it sets the character) gives it back."""
    from rasa_sdk import Tracker

    character, person = _actor_of_a_dated_character(store)
    asked = {"event": "user", "text": "how old is he", "parse_data": {"entities": []}}
    answered_actor = [asked, {"event": "action", "name": "action_character"}]
    answered_actor += [{"event": "slot", "name": "person", "value": person.id}]
    answered_role = [asked, {"event": "action", "name": "action_character"}]
    answered_role += [{"event": "slot", "name": "character", "value": character}]
    for between, actor in ((answered_actor, True), (answered_role, False)):
        events = [*_who_plays(character, person), *between, {"event": "action", "name": "action_listen"}]
        events.append({"event": "user", "text": "what's his age now"})
        tracker = Tracker("t", {}, {"text": "what's his age now"}, events, False, None, {}, "")
        assert actor_answered_last(tracker) is actor


# 3. "Born in the year <y>": a date said, no place.
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("he was born in the year 1999", False),
        ("she was born in the spring of 2001", False),
        ("was she born in the city of osaka", True),
        ("born in 1987 in tokyo", True),
    ],
)
def test_a_year_is_no_place(text, place):
    assert birth.asked_parts(text)[1] is place


def test_the_year_word_is_no_place_said():
    assert stated_claims.birth_parts("in the year 1999") == (1999, None, None, [])


# 4. A question of "he"/"she" that the classifier took for no question about a person.
@pytest.mark.parametrize(
    ("text", "intent", "asked"),
    [
        ("does he drive a truck?", "nlu_fallback", "drive"),
        ("nice. does she collect stamps?", "out_of_scope", "collect stamps"),
        ("wow. did he ever run a marathon?", "help", "run"),
        ("cool. does she surf?", "greet", "surf"),
        ("does she knit?", "ask_person", "knit"),
    ],
)
def test_a_pronouns_question_asks_of_the_person(store, text, intent, asked):
    from bot.understanding.person_asked import ASKED_OF_PERSON
    from tests.reading_helpers import reading

    result = reading(store, text, intent)
    assert result.intent == "ask_fact"
    found = [e for e in result.entities if e["entity"] == "attribute" and e["value"] == ASKED_OF_PERSON]
    assert found
    said = text[found[0]["start"] : found[0]["end"]].lower()
    assert all(word in said for word in asked.split())


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("who is he?", "ask_person"),  # who they are: the person's card
        ("is she famous?", "ask_other_work"),  # a word of asking about someone
        ("where did he get that from?", "ask_source"),  # where the last answer came from
        ("what is the weather like?", "out_of_scope"),  # nobody pointed at
        ("is the book good? what is his shoe size?", "nlu_fallback"),  # an earlier clause asks: two questions
    ],
)
def test_what_a_pronouns_question_does_not_take(store, text, intent):
    from bot.understanding.person_asked import ASKED_OF_PERSON
    from tests.reading_helpers import reading

    result = reading(store, text, intent)
    assert not any(e["value"] == ASKED_OF_PERSON for e in result.entities)


def test_after_a_character_described_the_pronoun_is_hers(store, domain):
    """ "who is <a character>?" then "does she collect stamps?": "I don't know that about <the character>"."""
    credit = store.cast[0]
    text = "does he collect stamps?"
    events = [
        {"event": "user", "text": "who is that", "parse_data": {"entities": [{"entity": "character"}]}},
        {"event": "action", "name": "action_character"},
        {"event": "slot", "name": "character", "value": credit.character},
        {"event": "slot", "name": "person", "value": credit.actor},
        {"event": "action", "name": "action_listen"},
    ]
    entities = [span(text, "collect stamps", "attribute", "asked_of_person")]
    slots = {"character": credit.character, "person": credit.actor}
    said, messages, set_slots = run(ActionFact(), domain, text, entities, slots, events=events)
    assert said == ["utter_dont_know_person_asked"]
    assert messages[0]["subject_name"] == store.characters[credit.character].name
    assert set_slots == {"character": credit.character}


# 5. "I wonder if he is <a nationality>?": the person's origin (not held: "I don't know"), never the film's language.
@pytest.mark.parametrize("text", ["I wonder if he is japanese?", "i wonder whether she is korean"])
def test_a_wrapped_nationality_of_a_pronoun_is_the_persons_origin(store, text):
    from tests.reading_helpers import reading

    result = reading(store, text, "ask_language")
    assert result.intent == "ask_fact"
    assert [e["value"] for e in result.entities if e["entity"] == "attribute"] == ["origin"]


# 6. "Did <X> win an award for <a work>?": the note of that work that says so, not "not held of other works".
def test_an_award_of_another_work_is_its_notes(store, domain):
    from actions.people import ActionOtherWork
    from bot.understanding.lexicon import default_lexicon

    said = default_lexicon().attributes["awards"].evidence
    found = next(
        (
            (person, work)
            for person in store.people.values()
            for work in person.known_for
            if work.title.isascii() and set(str(work.detail or "").lower().split()) & set(said)
        ),
        None,
    )
    if found is None:
        pytest.skip("no work note says an award")
    person, work = found
    text = f"did {person.name} win an award for the film {work.title}?"
    entities = [span(text, person.name, "person"), span(text, "award", "works_attribute", "awards")]
    responses, messages, slots = run(ActionOtherWork(), domain, text, entities, intent="ask_other_work")
    assert responses == ["utter_claim_yes", "utter_person_work_said"]
    assert work.title in messages[1]["work"]
    assert slots["person"] == person.id
    # a work whose note says nothing of it: the honest "I don't know" of other works
    quiet = next(
        (w for w in person.known_for if w.title.isascii() and not set(str(w.detail or "").lower().split()) & set(said)),
        None,
    )
    if quiet is not None:
        text = f"did {person.name} win an award for the film {quiet.title}?"
        entities = [span(text, person.name, "person"), span(text, "award", "works_attribute", "awards")]
        responses, _, _ = run(ActionOtherWork(), domain, text, entities, intent="ask_other_work")
        # round 17 (nlu75): a work named by its title is said by name: "I don't know <title>'s <attribute>"
        assert responses == ["utter_dont_know_subject_attribute"]


# 7. "I heard <X>'s first lead was <a work>.": checked against the work whose note calls it so.
def test_a_first_lead_said_is_checked(store, domain):
    found = next(
        (
            (person, work)
            for person in store.people.values()
            for work in person.known_for
            if work.title.isascii() and "first" in str(work.detail or "") and "lead" in str(work.detail or "")
        ),
        None,
    )
    if found is None:
        pytest.skip("no note calls a work someone's first lead")
    person, work = found
    other = next((w for w in person.known_for if w is not work and w.title.isascii()), None)
    for named, verdict in ((work, "utter_claim_yes"), (other, "utter_claim_no")):
        if named is None:
            continue
        text = f"I heard {person.name}'s first lead was {named.title}."
        entities = [span(text, person.name, "person"), span(text, "first lead", "attribute", "debut")]
        responses, _, _ = run(ActionFact(), domain, text, entities)
        assert responses == [verdict, "utter_person_work_note"]


# 8. "How old is she?" after an answer about a man is not his age; a closing tag asks yes or no.
def test_a_pronoun_of_the_other_gender_is_not_the_person(store, domain):
    man = next((p for p in store.people.values() if p.pronoun == "he" and p.born is not None and p.born.known), None)
    if man is None:
        pytest.skip("no man with a birth date held")
    text = "how old is she"
    said, _, _ = run(ActionFact(), domain, text, [span(text, "how old", "attribute", "age")], {"person": man.id})
    assert "utter_person_born" not in said
    text = "how old is he"
    said, _, _ = run(ActionFact(), domain, text, [span(text, "how old", "attribute", "age")], {"person": man.id})
    assert said == AGE_UNKNOWN_THEN_BORN


@pytest.mark.parametrize(
    ("text", "asks"),
    [("she is japanese, isn't she?", True), ("he is japanese right?", True), ("is he japanese", True)]
    + [("I wonder if she is japanese", True), ("what is his nationality?", False), ("he is japanese", False)],
)
def test_yes_or_no_asked(text, asks):
    from actions.person_facts import asks_yes_no

    assert asks_yes_no(text) is asks
