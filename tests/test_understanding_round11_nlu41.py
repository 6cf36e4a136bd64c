"""Round 11 of the question reader, nlu41 (issue 10): questions about one of the film's people, by name, by the
part they play or by a pronoun ("is he famous?", "isn't she from <a place>?", "tell me more about her", "the guy
that plays <a character>?", "what else has <a character> been in?").

Phrasings here are other than the probes' (tests/nlu/probes_round11_nlu41.yml): the rules must hold for the
structure. Reader tests are Rasa-free, with entities as the entity rules would find them; action tests assert
response names and slots. People and characters are taken from the store by what they hold.
"""

from __future__ import annotations

from typing import Any

import pytest
from rasa_sdk import Tracker

from actions.claims import verdict
from actions.people import ActionOtherWork
from actions.topics import ActionFact
from tests.reading_helpers import name, reading, run, tags


def person_whose(store, test) -> Any:
    found = next((p for p in store.people.values() if test(p)), None)
    if found is None:
        pytest.skip("no such person in the store")
    return found


def with_works(store) -> Any:
    return person_whose(store, lambda p: len(p.known_for) > 1 and store.roles_of(p.id))


def first_name(store, character_id: str) -> str:
    return store.characters[character_id].name.split()[0]


# 1. Fame: of a person, what they are known for; of the film, its place on the charts; a comparison is neither.
@pytest.mark.parametrize("template", ["is {} well known", "what did {} get famous for", "was {} famous in the past"])
def test_a_persons_fame_is_what_they_are_known_for(store, template):
    person = with_works(store)
    text = template.format(person.name)
    result = reading(store, text, "ask_person", [name(text, person.name, "person")])
    assert result.intent == "ask_other_work"


def test_fame_asked_of_a_pronoun_is_the_persons(store):
    result = reading(store, "was she well known before this?", "nlu_fallback")
    assert result.intent == "ask_other_work"


def test_fame_of_a_crew_role_is_still_its_holders_description(store):
    text = "is the composer well known?"
    result = reading(store, text, "ask_crew", [name(text, "composer", "crew_role")])
    assert tags(result).get("claim") == "person_describes:well known"


def test_what_a_crew_role_is_famous_for_is_its_holders_works(store):
    text = "what is the composer famous for"
    result = reading(store, text, "ask_crew", [name(text, "composer", "crew_role")])
    holder = store.people[store.crew["music"].people[0]]
    assert (result.intent, tags(result).get("person")) == ("ask_other_work", holder.name)


def test_fame_of_the_actor_named_by_a_part(store):
    credit = store.cast[0]
    character = first_name(store, credit.character)
    text = f"is the actress that plays {character} well known"
    result = reading(store, text, "ask_character", [name(text, character, "character")])
    assert (result.intent, tags(result).get("person")) == ("ask_other_work", store.people[credit.actor].name)


def test_the_films_fame_is_its_popularity(store):
    result = reading(store, "is this film well known", "nlu_fallback")
    assert (result.intent, tags(result).get("topic")) == ("ask_fact", "top 10")


@pytest.mark.parametrize(
    "text", ["which actor in it is the most famous", "who is more famous in the cast", "who's the well known actress"]
)
def test_fame_compared_is_not_one_persons(store, text):
    result = reading(store, text, "ask_cast")
    assert result.intent != "ask_other_work"
    assert tags(result).get("attribute") != "fame"


def test_the_fame_answer_lists_the_works(store, domain):
    person = with_works(store)
    text = f"is {person.name} famous at all"
    said, _, slots = run(ActionOtherWork(), domain, text, [name(text, person.name, "person")], intent="ask_other_work")
    assert said and said[0].startswith("utter_other_work")
    assert slots.get("person") == person.id


# 2. "What else has <a character> been in?": the character stands for its actor, never a person whose name is
# close to the character's.
def test_other_work_of_a_character_is_its_actors(store, domain):
    checked = 0
    for credit in store.cast:
        character = first_name(store, credit.character)
        matches = store.resolve(character, ("character",))
        if not matches or matches[0].id != credit.character or len(store.actor_of(credit.character)) != 1:
            continue  # a first name that is no name alone ("Dr"), or shared
        text = f"what other dramas has the one who plays {character} done"
        entities = [name(text, character, "character")]
        _, _, slots = run(ActionOtherWork(), domain, text, entities, intent="ask_other_work")
        assert slots.get("person") == credit.actor, character
        checked += 1
    assert checked


def test_a_person_named_is_still_that_person(store, domain):
    person = with_works(store)
    text = f"what else has {person.name} been in"
    _, _, slots = run(ActionOtherWork(), domain, text, [name(text, person.name, "person")], intent="ask_other_work")
    assert slots.get("person") == person.id


# 3. "Is he from <a place>?": where the person comes from (birthplace or hometown), not their description.
def test_a_named_person_from_a_place_asks_where_they_are_from(store):
    person = person_whose(store, lambda p: p.birthplace is not None and p.birthplace.known)
    text = f"was {person.name} really from Osaka?"
    result = reading(store, text, "ask_person", [name(text, person.name, "person")])
    assert (result.intent, tags(result).get("attribute")) == ("ask_fact", "birthday")


@pytest.mark.parametrize("text", ["isn't she from Kyoto?", "she's originally from Sapporo, right?", "is he from Ueno"])
def test_a_pronoun_from_a_place_asks_where_they_are_from(store, text):
    result = reading(store, text, "nlu_fallback")
    assert (result.intent, tags(result).get("attribute")) == ("ask_fact", "birthday")


@pytest.mark.parametrize("text", ["is she from the film", "what show is he from"])
def test_from_a_film_or_a_wh_question_is_not_a_place(store, text):
    assert tags(reading(store, text, "ask_other_work")).get("attribute") != "birthday"


def test_from_a_place_is_answered_from_the_birthplace(store, domain):
    person = person_whose(store, lambda p: p.birthplace is not None and p.birthplace.known)
    text = f"is {person.name} from there"
    entities = [name(text, person.name, "person"), {**name(text, "from there", "attribute"), "value": "birthday"}]
    said, _, _ = run(ActionFact(), domain, text, entities)
    assert said == ["utter_person_birthplace"]


# 4. "Tell me more about her": the person talked about.
@pytest.mark.parametrize("text", ["could you tell me a little more about him", "info on that actress please"])
def test_about_someone_pointed_at_is_the_person(store, text):
    assert reading(store, text, "nlu_fallback").intent == "ask_person"


def test_about_the_film_is_not_a_person(store):
    assert reading(store, "tell me more about the film", "ask_plot").intent != "ask_person"


# 5. "Is he a singer too?": what the person pointed at is; "was she the composer?" is still the credit.
def test_a_role_noun_after_a_is_a_description_of_the_pronoun(store):
    result = reading(store, "so is she a writer as well?", "ask_crew")
    assert (result.intent, tags(result).get("claim")) == ("ask_person", "person_describes:writer")


def test_the_role_noun_after_the_is_the_credit(store):
    result = reading(store, "was he the composer?", "ask_crew")
    assert tags(result).get("claim") == "credit:music"


def test_a_credit_held_makes_the_description_true(store):
    holder = store.crew["music"].people[0]
    message = {"text": "is he a composer?", "intent": {"name": "ask_person"}, "entities": []}
    tracker = Tracker("test", {"person": holder}, message, [], False, None, {}, "")
    assert verdict("person_describes:composer", tracker)[0] is True


def test_a_reaction_before_the_question_opens_nothing(store):
    result = reading(store, "wow and is he a composer too?", "ask_crew")
    assert (result.intent, tags(result).get("claim")) == ("ask_person", "person_describes:composer")


# 6. A person's or a character's nickname is not held; the film's is among its titles.
def test_a_persons_nickname_is_not_the_films_title(store):
    person = with_works(store)
    text = f"does {person.name} have any nicknames"
    result = reading(store, text, "ask_title", [name(text, person.name, "person")])
    assert (result.intent, tags(result).get("attribute")) == ("ask_fact", "nickname")


def test_the_films_nickname_is_its_title(store):
    assert reading(store, "what nickname does the movie have", "ask_title").intent in (None, "ask_title")


# 7. "The guy that plays <a character>?": who plays the part.
def test_a_performer_named_by_the_part_alone_asks_who(store):
    character = first_name(store, store.cast[1].character)
    text = f"that actor who played {character} in the movie?"
    assert reading(store, text, "ask_plot", [name(text, character, "character")]).intent == "ask_who_plays"


def test_a_remark_on_the_performer_is_no_question(store):
    character = first_name(store, store.cast[1].character)
    text = f"the girl who plays {character} was so good in it"
    assert reading(store, text, "ask_plot", [name(text, character, "character")]).intent != "ask_who_plays"


# 8. "Which of his films made the most money?": earnings, not held of a person, never the list of works.
def test_the_most_money_is_earnings(store):
    person = with_works(store)
    text = f"which movie did {person.name} make the most money on"
    result = reading(store, text, "ask_other_work", [name(text, person.name, "person")])
    assert (result.intent, tags(result).get("attribute")) == ("ask_fact", "box_office")


# 9. "Is he in a band?", "was she in <a work>?": the person pointed at in another work or a group, never refused.
@pytest.mark.parametrize("text", ["so is she in a group?", "is he in any tv shows", "has she ever been in dramas"])
def test_a_pronoun_in_another_work_is_their_other_work(store, text):
    assert reading(store, text, "out_of_scope").intent == "ask_other_work"


def test_a_pronoun_in_a_work_of_the_store_is_that_work(store):
    titles = [w.title.lower() for p in store.people.values() for w in p.known_for if len(w.title.split()) > 1]
    titles = [t for t in titles if t.isascii()]
    read = [reading(store, f"was she in {title}", "out_of_scope") for title in titles]
    claimed = [r for r in read if r.intent == "ask_other_work" and str(tags(r).get("claim")).startswith("known_for:")]
    assert titles and len(claimed) >= 0.6 * len(titles)  # a title with a phrase of its own ("according to") may not


@pytest.mark.parametrize("text", ["is he in love?", "was she in the hospital", "is she in the movie"])
def test_in_something_else_is_no_work(store, text):
    assert reading(store, text, "out_of_scope").intent != "ask_other_work"


def test_a_relatives_other_work_is_still_the_relatives(store, domain):
    credit = store.cast[0]
    relation = next((r for r in store.relations if r.subject == credit.character), None)
    if relation is None or len(store.actor_of(relation.object)) != 1:
        pytest.skip("no relative with one actor")
    character = first_name(store, credit.character)
    text = f"what else has {character}'s relative been in"
    entities = [name(text, character, "character"), {**name(text, "relative", "relation"), "value": relation.relation}]
    _, _, slots = run(ActionOtherWork(), domain, text, entities, intent="ask_other_work")
    assert slots.get("person") == store.actor_of(relation.object)[0].actor


def test_a_part_named_through_its_performer_in_another_work_is_the_actors(store):
    credit = store.cast[1]
    character = first_name(store, credit.character)
    text = f"is the woman who plays {character} in any tv dramas"
    result = reading(store, text, "out_of_scope", [name(text, character, "character")])
    assert (result.intent, tags(result).get("person")) == ("ask_other_work", store.people[credit.actor].name)


@pytest.mark.parametrize("text", ["latest news about the celebrity", "which famous publisher released the manga"])
def test_a_celebrity_or_a_famous_noun_is_no_fame(store, text):
    # a person spoken of ("the celebrity": no fame word, so the scope guard still sees another subject), or fame
    # describing the noun asked ("which famous publisher")
    assert tags(reading(store, text, "out_of_scope")).get("attribute") != "fame"
