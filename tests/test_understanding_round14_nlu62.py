"""Round 14 of the question reader, nlu62 (issue 10): a character question read as subject + what is asked, a
character by role or description, and the novel as a book.

Phrasings here are other than the probes' (tests/nlu/probes_round14_nlu62.yml): the rules must hold for the
structure. Reader tests are Rasa-free, with entities as the entity rules would find them; action tests assert
response names. Characters are taken from the store by what it holds.
"""

from __future__ import annotations

import pytest

from actions.topics import ActionFact
from bot.store import FactStore
from bot.understanding import character_question, novel_reading
from bot.understanding.coverage import Span
from bot.understanding.lexicon import Hit, tokens
from bot.understanding.person_asked import ASKED_OF_PERSON
from tests.reading_helpers import name, reading, run, tags, values


def _given(store: FactStore, character_id: str) -> str:
    return store.characters[character_id].name.split()[0].lower()


def _a_character(store: FactStore) -> str:
    """A character's given name with a mother held (so "<a>'s mother" is a relation the store answers)."""
    return next(_given(store, r.subject) for r in store.relations if r.relation == "mother")


def _span_of(words: list[str], given: str) -> Span:
    at = words.index(given)
    return Span(at, at + 1)


# 1. "who" asking for someone tied to a character by a verb ------------------------------------------------------


@pytest.mark.parametrize(
    ("shape", "asked"),
    [
        ("who did {a} run into at school", "run into at school"),
        ("to whom does {a} give the flowers", "give the flowers"),
        ("who does {a} write letters to", "write letters to"),
        ("whom was {a} raised by", "raised by"),
        ("who helps {a} with the painting", "helps"),
        ("who ends up looking after {a}", "ends up looking after"),
    ],
)
def test_who_asks_someone_tied_by_a_verb(store, shape, asked):
    a = _a_character(store)
    words = tokens(shape.format(a=a))
    found = character_question.other_person_asked(words, _span_of(words, a))
    assert found is not None, words
    assert " ".join(words[found.start : found.end]) == asked


@pytest.mark.parametrize(
    "shape",
    [
        "who is {a}",
        "who is {a} in the movie",
        "who was {a} played by",
        "who plays {a}",
        "who portrayed {a} in the film",
        "who is the actress of {a}",
        "who was {a} exactly",
        "who is {a} to her",
        "who does {a} work for",
        "who did {a} work with",
    ],
)
def test_who_asks_the_character_itself(store, shape):
    a = _a_character(store)
    words = tokens(shape.format(a=a))
    assert character_question.other_person_asked(words, _span_of(words, a)) is None, words


@pytest.mark.parametrize(
    "shape",
    [
        "who did {a} bump into at the station?",
        "with whom does {a} share a room?",
        "who took care of {a} after her mother's illness?",
        "who does {a} borrow money from",
    ],
)
def test_the_reader_asks_what_the_verb_ties(store, shape):
    a = _a_character(store)
    text = shape.format(a=a)
    result = reading(store, text, "ask_character", [name(text, a, "character")])
    assert result.intent == "ask_fact", (text, result.why)
    assert tags(result).get("attribute") == ASKED_OF_PERSON


@pytest.mark.parametrize("shape", ["who is {a}'s mother?", "who is {a}?", "who plays {a}?", "who does {a} love?"])
def test_the_reader_leaves_relations_and_the_card(store, shape):
    a = _a_character(store)
    text = shape.format(a=a)
    result = reading(store, text, "ask_character", [name(text, a, "character")])
    assert tags(result).get("attribute") != ASKED_OF_PERSON, (text, result.entities)


def test_a_tie_not_held_is_an_honest_miss_naming_the_verb(store, domain):
    a = _a_character(store)
    text = f"who does {a} quarrel with?"
    entities = [name(text, a, "character"), name(text, "quarrel with", "attribute", ASKED_OF_PERSON)]
    said, messages, _ = run(ActionFact(), domain, text, entities, intent="ask_fact")
    assert said == ["utter_dont_know_person_asked"]
    assert messages[0]["asked"] == "quarrel with"


# 2. Relatives the store never holds, and kin prefixes ------------------------------------------------------------


@pytest.mark.parametrize(
    "shape",
    [
        "how many grand kids does {a} have?",
        "who are {a}'s grandchildren",
        "does {a} have a godmother?",
        "list the grand children of {a}",
    ],
)
def test_a_relative_not_held_is_not_a_held_one(store, shape):
    a = _a_character(store)
    text = shape.format(a=a)
    result = reading(store, text, "ask_character", [name(text, a, "character")])
    assert tags(result).get("attribute") == "relatives", (text, result.entities)
    assert tags(result).get("relation") is None


def test_a_kin_prefix_takes_the_kin_word_away():
    words = ["how", "many", "great", "grand", "sons", "and", "children"]
    hits = [Hit("relation", "son", "sons", 4, 5), Hit("relation", "child", "children", 6, 7)]
    assert [h.key for h in character_question.without_prefixed_kin(words, hits)] == ["child"]


# 3. A character by role or description ----------------------------------------------------------------------------


def _role_in_a_place(store: FactStore) -> tuple[str, str, str]:
    """A character, a multi-word alias of its role, and a noun of its description that no alias has."""
    for character in store.characters.values():
        description = str(character.description.value) if character.description else ""
        for alias in character.aliases:
            if len(alias.split()) == 2 and alias.isascii():
                places = [w for w in tokens(description) if w.endswith("hospital")]
                if places:
                    return character.id, alias, places[0]
    raise AssertionError("no role with a place in its description")


@pytest.mark.parametrize("preposition", ["of", "in", "from"])
def test_a_role_of_the_place_its_description_names_is_the_character(store, preposition):
    _, alias, place = _role_in_a_place(store)
    text = f"who is the {alias} {preposition} the {place}?"
    result = reading(store, text, "out_of_scope", [name(text, f"the {alias}", "character")])
    assert result.intent == "ask_character", (text, result.why)


def test_a_role_of_another_work_stays_refused(store):
    _, alias, _ = _role_in_a_place(store)
    text = f"who is the {alias} of grey's anatomy?"
    result = reading(store, text, "out_of_scope", [name(text, f"the {alias}", "character")])
    assert result.intent == "out_of_scope"


@pytest.mark.parametrize(
    "text",
    [
        "who is the boy with a tumour in his heart?",
        "who is the cheerful girl ill since childhood?",
        "who is the teenager with the heart tumour",
        "who is the young painter who was given one year to live",
        "who was the student with only a year to live?",
    ],
)
def test_a_refused_description_of_one_character_is_that_character(store, text):
    result = reading(store, text, "out_of_scope")
    assert result.intent == "ask_character", (text, result.why)
    assert len(values(result, "character")) == 1


@pytest.mark.parametrize("text", ["who is the girl with the pearl earring?", "who is the man in the iron mask"])
def test_a_description_of_nobody_here_stays_refused(store, text):
    assert reading(store, text, "out_of_scope").intent is None


@pytest.mark.parametrize("shape", ["whats the {r} s name", "what was the {r} s name?", "tell me the {r} s name"])
def test_a_role_s_name_typed_apart_is_the_character(store, shape):
    _, alias, _ = _role_in_a_place(store)
    text = shape.format(r=alias)
    result = reading(store, text, "ask_title", [name(text, alias, "character")])
    assert result.intent == "ask_character", (text, result.why)


@pytest.mark.parametrize(
    ("shape", "relation"),
    [
        ("who is the mohter of {a}", "mother"),
        ("who was the fatehr of {a}?", "father"),
        ("whose mothr is {a}", "mother"),
    ],
)
def test_a_misspelt_relation_where_a_relation_is_expected(store, shape, relation):
    a = _a_character(store)
    text = shape.format(a=a)
    result = reading(store, text, "ask_character", [name(text, a, "character")])
    assert tags(result).get("relation") in (relation, "parents", "child", "son", "daughter"), (text, result.entities)


@pytest.mark.parametrize(
    "shape",
    ["which of the women played {a}?", "what lady portrays {a} in the film", "which of these guys played {a}"],
)
def test_a_performer_asked_by_a_wh_phrase_is_who_plays(store, shape):
    a = _a_character(store)
    text = shape.format(a=a)
    result = reading(store, text, "ask_ending", [name(text, a, "character")])
    assert result.intent == "ask_who_plays", (text, result.why)


# 4. The novel as a book -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text", ["what's the novel about?", "what was the book about", "whats the original novel about"]
)
def test_what_the_book_is_about_is_its_story(store, text):
    assert novel_reading.story_of_the_book(tokens(text))
    assert reading(store, text, "ask_novel").intent == "ask_plot"


@pytest.mark.parametrize("text", ["what is the book called?", "what about the book?", "what did you think about"])
def test_other_book_questions_are_no_story(text):
    assert not novel_reading.story_of_the_book(tokens(text))


@pytest.mark.parametrize(
    "text", ["who's the publisher of yomeboku", "the publisher of yomeboku is who?", "yomeboku publisher?"]
)
def test_a_publisher_with_no_title_word_is_the_book_s(store, text):
    assert reading(store, text, "ask_title").intent == "ask_novel", text


@pytest.mark.parametrize(
    "text",
    [
        "what was the novel drawing closer called in japan?",
        "what is the japanese title of the book drawing closer",
        "what is the drawing closer novel titled in japanese",
    ],
)
def test_the_book_named_by_the_film_s_title_is_the_book(store, text):
    assert reading(store, text, "ask_title").intent == "ask_novel", text


def test_the_movie_named_beside_the_book_keeps_the_film_s_title(store):
    text = "what is the title of the movie drawing closer in japan, and the novel?"
    assert reading(store, text, "ask_title").intent != "ask_novel"


@pytest.mark.parametrize(
    "text",
    [
        "what does the novel's title translate to",
        "the title of the book means what?",
        "what do the titles of the novel mean",
    ],
)
def test_a_title_and_its_meaning_apart_ask_the_novel_s_title_meaning(store, text):
    part = novel_reading.part_of_novel(tokens(text))
    assert part is not None and part[0] == "novel_title_meaning", text


# 5. A tie the store's text holds: the sentence with the verb and another character beside it -----------------------


def test_another_character_beside_the_verb_answers_who(store):
    from actions.story_text import event_pattern, other_character_near

    a, b = "akito_hayasaka", "haruna_sakurai"
    other = _given(store, b).capitalize()
    pattern = event_pattern("keep the secret from")
    assert pattern is not None
    assert other_character_near(f"He keeps the secret from {other} for months.", pattern, a)
    assert not other_character_near("He keeps the secret from everyone.", pattern, a)
    assert not other_character_near(f"{other} knows a secret of her own.", event_pattern("paint") or pattern, a)


def test_light_verbs_find_no_event():
    from actions.story_text import event_pattern

    assert event_pattern("have a") is None
    found = event_pattern("is going to live with")
    assert found is not None and found.search("they live together") and not found.search("going home")


def test_a_tie_the_store_holds_is_answered_from_the_character_s_text(store, domain):
    a = next(c for c in store.characters.values() if c.description and "hides" in str(c.description.value))
    given = a.name.split()[0].lower()
    text = f"who does {given} hide things from?"
    entities = [name(text, given, "character"), name(text, "hide things from", "attribute", ASKED_OF_PERSON)]
    said, _, slots = run(ActionFact(), domain, text, entities, intent="ask_fact")
    assert said == ["utter_character_detail"]
    assert slots.get("character") == a.id
