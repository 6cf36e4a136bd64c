"""Round 15 of the question reader, nlu64 (issue 10): questions about the film's people.

- which of this film's cast was in another work the question names (bot/understanding/cast_by_work.py);
- the part's own name after "<a>'s mother" belongs to the performer phrase (performer_subject.py);
- "who produced films starring <X>": the verb of "who" right before the works noun asks of the works
  (works_of_people.py);
- "the last movie <X> made": never decided from the works a person is known for (vocabulary.yml, career).

Phrasings here are other than the probes' (tests/nlu/probes_round15_nlu64.yml). Names and titles come from the
store.
"""

from __future__ import annotations

from typing import Any

import pytest
from rasa.shared.nlu.training_data.message import Message

from actions.people import ActionOtherWork
from bot.nlu_components import OtherSubjectGuard
from bot.nlu_frame import QuestionReader
from bot.scope import Vocabulary
from bot.understanding import cast_by_work, works_of_people
from bot.understanding.lexicon import default_lexicon, tokens
from tests.reading_helpers import name, reading, run, tags

GUARD_CONFIG = {"out_of_scope_intent": "out_of_scope", "unguarded_intents": []}


def cast_work(store) -> tuple[Any, str]:
    """A cast member and the title (two words or more) of one of their works no other cast member shares."""
    cast = [store.people[c.actor] for c in store.cast]
    for person in cast:
        for work in person.known_for:
            title = work.title.split(":")[0]
            run = tokens(title)
            shared = any(
                tokens(w.title.split(":")[0]) == run for other in cast if other is not person for w in other.known_for
            )
            if len(run) >= 2 and title.isascii() and not shared:
                return person, title
    raise AssertionError("no cast member with a titled work")


# 1. Which cast member was in <another work>: the store's works of each cast member decide it.
@pytest.mark.parametrize(
    "template",
    [
        "which cast member was in {}",
        "who in the cast acted in {}?",
        "which of these actors appeared in {}",
        "what actress from drawing closer had a part in {}",
    ],
)
def test_the_cast_member_whose_works_hold_the_title(store, template):
    person, title = cast_work(store)
    found = cast_by_work.cast_member_of_a_work(template.format(title), store, default_lexicon())
    assert found is not None and found[0] == person.id


@pytest.mark.parametrize(
    "template",
    [
        "who starred in {}",  # no tie to this film's cast: another film's question
        "what year was the cast member from {} born",  # an attribute of the person is asked
        "which cast member was in a film called Nowhere Road",  # no work of the store named
        "this actress, who was in {}, plays which character here",  # her part is asked, "who" is relative
        "the actor who starred in {} played what role in the cast",
    ],
)
def test_no_cast_member_decided(store, template):
    _, title = cast_work(store)
    assert cast_by_work.cast_member_of_a_work(template.format(title), store, default_lexicon()) is None


def test_a_one_word_title_must_be_typed_as_a_title(store):
    # "mother" is a relation word of the vocabulary, never a title here
    assert cast_by_work.cast_member_of_a_work("which cast member played the mother", store, default_lexicon()) is None


def test_the_reader_component_answers_the_cast_member_over_a_refusal(store):
    person, title = cast_work(store)
    guard = OtherSubjectGuard(GUARD_CONFIG, None, None, Vocabulary(frozenset("who which cast member".split())))
    reader = QuestionReader(store, default_lexicon())
    message = Message(data={"text": f"which cast member acted in {title}", "intent": {"name": "out_of_scope"}})
    reader.process(guard.process([message]))
    assert message.get("intent")["name"] == "ask_other_work"
    assert [e["value"] for e in message.get("entities") if e["entity"] == "person"] == [person.name]


# 2. "<a>'s mother <her name>": the name after the part is the part said again.
def parent_part(store) -> tuple[Any, str, Any, Any]:
    """A character, a parent relation, the parent character and the parent's actor."""
    for relation in store.relations:
        if relation.relation in ("mother", "father") and len(store.related(relation.subject, [relation.relation])) == 1:
            credits = store.actor_of(relation.object)
            if len(credits) == 1:
                parent = store.characters[relation.object]
                return store.characters[relation.subject], relation.relation, parent, store.people[credits[0].actor]
    raise AssertionError("no parent with one actor")


@pytest.mark.parametrize(
    "template",
    [
        "where was the actor who plays {0}'s {1} {2} born",
        "is the actress that played {0}'s {1} {2} married",
        "what school did the performer who plays {0}'s {1} {2} attend",
    ],
)
def test_the_parts_own_name_belongs_to_the_performer_phrase(store, template):
    child, relation, parent, actor = parent_part(store)
    first, parent_first = child.name.split()[0], parent.name.split()[0]
    text = template.format(first, relation, parent_first)
    names = [name(text, first, "character"), name(text, parent_first, "character")]
    result = reading(store, text, "ask_who_plays", names)
    assert tags(result).get("person") == actor.name
    assert result.intent == "ask_fact"


# 3. "who produced films starring <X>": the verb of "who" asks of the works.
@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("who produced films starring {}", "producer"),
        ("who directed movies with {}", "director"),
        ("who scored films starring {} in them", "music"),
    ],
)
def test_the_verb_of_who_asks_of_the_works(store, text, asked):
    person = store.people[store.cast[0].actor]
    words = tokens(text.format(person.name))
    hits = default_lexicon().find(words, ("attribute",))
    named = set(tokens(person.name))
    found = works_of_people.works_asked(words, hits, lambda i: words[i] in named)
    assert found is not None and found.asked == asked


def test_a_word_before_the_noun_still_qualifies_it_without_who(store):
    person = store.people[store.cast[0].actor]
    words = tokens(f"which are well reviewed movies by {person.name}")
    hits = default_lexicon().find(words, ("attribute",))
    named = set(tokens(person.name))
    assert works_of_people.works_asked(words, hits, lambda i: words[i] in named) is None


# 4. "The last movie <X> made": the career, which the store does not hold, never the list of works.
@pytest.mark.parametrize(
    "template",
    [
        "what was the last film {} was in",
        "name {}'s final movie before this one",
        "which was the last role {} played",
    ],
)
def test_the_last_work_is_the_career_not_the_list(store, template):
    person = store.people[store.cast[1].actor]
    text = template.format(person.name)
    result = reading(store, text, "ask_other_work", [name(text, person.name, "person")])
    assert tags(result).get("attribute") == "career"


# 5. "In what <year> movie did <X> star ...?": a work of that year is asked, not the cast beside them.
def dated_work(store) -> tuple[Any, int]:
    person = next(store.people[c.actor] for c in store.cast if any(w.year for w in store.people[c.actor].known_for))
    return person, next(w.year for w in person.known_for if w.year)


@pytest.mark.parametrize(
    "template",
    [
        "in what {1} film did {0} star alongside a famous singer",
        "which {1} movie did {0} appear in with her old friend",
        "what {1} drama did {0} act opposite a comedian in",
    ],
)
def test_a_work_of_a_year_is_asked(store, template):
    person, year = dated_work(store)
    text = template.format(person.name, year)
    result = reading(store, text, "ask_cast", [name(text, person.name, "person")])
    assert result.intent == "ask_other_work"


def test_who_starred_alongside_stays_the_cast(store):
    person, _ = dated_work(store)
    text = f"who starred alongside {person.name}"
    result = reading(store, text, "ask_cast", [name(text, person.name, "person")])
    assert result.intent != "ask_other_work"


# 6. "<an actor> (<a>'s mom)": the part in brackets shows who is meant; what is asked is asked of the actor.
@pytest.mark.parametrize(
    "template",
    [
        "where was {0} ({1}'s {2}) born",
        "how tall is {0} ({1}'s {2}) in real life",
        "is {0} ( {1}'s {2} ) married",
    ],
)
def test_a_part_in_brackets_is_a_clue(store, template):
    child, relation, _, actor = parent_part(store)
    first = child.name.split()[0]
    text = template.format(actor.name, first, relation)
    result = reading(store, text, "ask_character", [name(text, actor.name, "person"), name(text, first, "character")])
    assert result.intent == "ask_fact"
    assert "relation" not in tags(result)


# 7. "Who is the leading actor?": an alias holding a performer noun asks who the performer is, not the part.
def performer_aliases(store) -> list[str]:
    return [
        alias
        for character in store.characters.values()
        for alias in character.aliases
        if set(tokens(alias)) & {"actor", "actress"}
    ]


@pytest.mark.parametrize("template", ["who is the {}", "who's the {}?", "who is the {} in it"])
def test_an_alias_naming_the_performer_is_no_character_question(store, template):
    alias = performer_aliases(store)[0]
    text = template.format(alias)
    result = reading(store, text, "ask_cast", [name(text, alias, "character")])
    assert "who a character is, not only who plays them" not in result.why


def test_an_alias_naming_the_part_stays_the_character(store):
    alias = next(
        a
        for c in store.characters.values()
        for a in c.aliases
        if len(tokens(a)) == 2 and not set(tokens(a)) & {"actor", "actress"} and a.isascii()
    )
    text = f"who is the {alias}"
    result = reading(store, text, "ask_cast", [name(text, alias, "character")])
    assert "who a character is, not only who plays them" in result.why


# 8. "A degree in literature", "magna cum laude": schooling said of a person, not this film's novel.
@pytest.mark.parametrize(
    "template",
    [
        "did {} graduate magna cum laude",
        "does {} have a degree in literature",
        "did {} get a master's degree in english literature",
    ],
)
def test_a_degree_is_the_persons_education_not_the_novel(store, template):
    person = store.people[store.cast[2].actor]
    text = template.format(person.name)
    result = reading(store, text, "ask_person", [name(text, person.name, "person")])
    assert tags(result).get("attribute") == "education"
    assert "claim" not in tags(result)


# 9. "Was <X> in <A> and <B>?": yes when each work named is among what they are known for.
def two_works(store) -> tuple[Any, str, str]:
    for credit in store.cast:
        person = store.people[credit.actor]
        titles = [w.title for w in person.known_for if w.title.isascii() and len(tokens(w.title)) >= 2]
        if len(titles) >= 2:
            return person, titles[0], titles[1]
    raise AssertionError("no cast member with two titled works")


@pytest.mark.parametrize(
    ("template", "answer"),
    [
        ("was {0} in {1} and {2}", "utter_claim_yes"),
        ("did {0} act in {1}, {2}", "utter_claim_yes"),
        ("was {0} in {1} and Nowhere Road Forever", None),
    ],
)
def test_two_works_named_in_one_yes_no(store, domain, template, answer):
    person, first, second = two_works(store)
    text = template.format(person.name, first, second)
    claimed = text[text.index(first) :]
    start = text.index(first)
    entities = [
        name(text, person.name, "person"),
        {"entity": "claim", "value": f"known_for:{claimed}", "start": start, "end": len(text)},
    ]
    said, _, _ = run(ActionOtherWork(), domain, text, entities, intent="ask_other_work")
    if answer is None:
        assert "utter_claim_yes" not in said
    else:
        assert said[0] == answer


# 10. "the actor who plays <a> in <this film>": the film says where the part is played, not a claim.
@pytest.mark.parametrize(
    "template",
    [
        "is the actor who plays {} in {} a twin",
        "did you know the actress playing {} in {} is left-handed",
        "is the person who played {} in {} related to royalty",
    ],
)
def test_the_film_of_the_part_is_no_in_film_claim(store, template):
    character = store.characters[store.cast[0].character]
    first = character.name.split()[0]
    text = template.format(first, store.title)
    result = reading(store, text, "ask_who_plays", [name(text, first, "character")])
    assert tags(result).get("claim") != "in_film"
    assert any("performer of a part" in why for why in result.why)
