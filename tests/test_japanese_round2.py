"""Japanese round 2 (issue 12): the kinds of question that went wrong on the held-out set.

Rasa-free: the scope rule (bot/scope.py), the reader (bot/understanding/reading.py),
name forms (bot/names.py) and the "I don't know" answer that names what was asked.
Titles of other films are written here as made-up or generic examples, and names of
this film's people come from the store, never from literals in the assertions.
"""

from __future__ import annotations

import pytest

from actions.topics import ActionFact
from bot import i18n
from bot.japanese import JAPANESE, family_name_of, has_japanese
from bot.nlu_components import film_forms, japanese_attribute_words
from bot.scope import Vocabulary, unknown_japanese_subject
from bot.understanding.lexicon import default_lexicon
from bot.understanding.reading import read

JA = {i18n.LANGUAGE_SLOT: JAPANESE}


@pytest.fixture(scope="module")
def vocabulary(store) -> Vocabulary:
    forms = film_forms(store)
    from bot.japanese import words

    known = {w for form in forms for w in words(form)} | default_lexicon().subject_words
    return Vocabulary(frozenset({"映画", "監督", "見れる", "配信"})).including(known, japanese_attribute_words())


@pytest.mark.parametrize(
    "text",
    [
        "ローマの休日って何分？",  # a proper noun before って
        "タイタニックのあらすじ教えて",  # a katakana word before の
        "進撃の巨人のキャストは？",  # two unknown nouns, a particle inside the title
        "「ほげほげ物語」はいつ公開？",  # a quoted title
        "花束みたいな恋をしたの監督は？",  # a title that is a clause, before a role word
    ],
)
def test_another_film_named_in_japanese_is_another_subject(text, vocabulary, store):
    assert unknown_japanese_subject(text, vocabulary, False, film_forms(store))


@pytest.mark.parametrize(
    "text",
    [
        "この映画って何分？",
        "監督は誰？",
        "二人は付き合うんですか？",
        "スマホで見れる？",  # で is not where a subject ends
        "海外の配信はある？",  # one generic kanji noun is not a title
        "よめぼくの監督は？",  # the film's nickname
    ],
)
def test_this_film_and_generic_words_are_not_another_subject(text, vocabulary, store):
    assert unknown_japanese_subject(text, vocabulary, False, film_forms(store)) is None


def test_the_film_s_own_title_in_quotes_is_not_another_subject(vocabulary, store):
    title = store.film["title_japanese"].value
    assert unknown_japanese_subject(f"「{title}」の監督は？", vocabulary, False, film_forms(store)) is None


def test_a_named_person_keeps_the_question_in_scope(vocabulary, store):
    assert unknown_japanese_subject("ローマの休日って何分？", vocabulary, True, film_forms(store)) is None


def _name(text: str, value: str, kind: str) -> dict:
    start = text.index(value)
    return {"entity": kind, "value": value, "start": start, "end": start + len(value)}


def _character(store, key: str) -> str:
    """A character's given name in kanji (the store's first CJK alias)."""
    return next(a for a in store.characters[key].aliases if not a.isascii() and len(a) == 2)


@pytest.mark.parametrize(
    ("template", "intent", "expected"),
    [
        ("{a}は最後どうなる？", "ask_character", "ask_ending"),
        ("{a}の病気は治る？", "ask_character", "ask_ending"),
        ("{a}は生きるの？", "ask_character", "ask_ending"),
        ("{a}と{b}はどうやって知り合う？", "ask_character", "ask_plot"),
        ("{a}はどんな子？", "ask_character", None),  # a description stays one
    ],
)
def test_what_happens_to_a_character_is_the_story(store, template, intent, expected):
    a, b = _character(store, "akito_hayasaka"), _character(store, "haruna_sakurai")
    text = template.format(a=a, b=b)
    entities = [_name(text, a, "character")] + ([_name(text, b, "character")] if b in text else [])
    assert read(text, intent, entities, store, default_lexicon()).intent == expected


@pytest.mark.parametrize("text", ["ネタバレ込みで最後を教えて", "ネタバレ大丈夫です。ラストはどうなりますか？"])
def test_consent_and_the_ending_in_one_message(store, text):
    reading = read(text, "ask_ending", [], store, default_lexicon())
    assert reading.intent == "ask_ending"
    assert ("spoilers", "yes") in [(e["entity"], e["value"]) for e in reading.entities]


@pytest.mark.parametrize(
    ("text", "intent", "expected"),
    [
        ("えっと", "affirm", "nlu_fallback"),  # an interjection is not consent
        ("ふむ", "deny", "nlu_fallback"),
        ("知りたくない", "affirm", "deny"),
        ("今はいいや", "nlu_fallback", "deny"),
        ("構わないよ", "affirm", None),  # "I don't mind" is a yes
        ("はい", "affirm", None),
    ],
)
def test_a_short_japanese_answer_is_read_from_its_words(store, text, intent, expected):
    assert read(text, intent, [], store, default_lexicon()).intent == expected


@pytest.mark.parametrize(("text", "expected"), [("げんさくは？", "ask_novel"), ("じょうえいじかんは？", "ask_runtime")])
def test_terms_in_hiragana(store, text, expected):
    assert read(text, "nlu_fallback", [], store, default_lexicon()).intent == expected


def test_a_relation_with_yaku_asks_who_plays_it(store):
    a = _character(store, "akito_hayasaka")
    text = f"{a}の妹役は？"
    reading = read(text, "ask_character", [_name(text, a, "character")], store, default_lexicon())
    assert reading.intent == "ask_who_plays"
    assert ("relation", "sister") in [(e["entity"], e["value"]) for e in reading.entities]


def test_other_work_of_a_person_in_japanese(store):
    person = store.people["ren_nagase"].native
    text = f"{person}って他に何してる？"
    assert read(text, "ask_person", [_name(text, person, "person")], store, default_lexicon()).intent == (
        "ask_other_work"
    )


def test_a_family_name_alone_names_every_character_who_has_it(store):
    haruna, hazuki = store.characters["haruna_sakurai"], store.characters["hazuki_sakurai"]
    family = family_name_of(haruna.native) or ""
    assert family and hazuki.native.startswith(family)
    assert {m.id for m in store.resolve(family, ("character",))} >= {haruna.id, hazuki.id}


def test_a_person_s_family_name_alone_resolves(store):
    person = store.people["ren_nagase"]
    family = family_name_of(person.native)
    assert family and [m.id for m in store.resolve(family, ("person",))] == [person.id]


def test_i_don_t_know_names_what_was_asked_in_japanese(turn, store):
    fact = store.film["box_office"]
    alias = next(a for a in fact.aliases if has_japanese(a))
    result = turn(ActionFact(), text=f"{alias}は？", entities={"topic": alias}, slots=JA)
    assert result.responses[0] == "utter_dont_know_about"
    assert result.values("utter_dont_know_about")["asked"] == alias


def test_i_don_t_know_an_unheld_attribute_names_it_in_japanese(turn, store):
    person = store.people["ren_nagase"].native
    entities = {"attribute": "height", "person": person}
    result = turn(ActionFact(), text=f"{person}の身長は？", entities=entities, slots=JA)
    assert result.responses[0] == "utter_dont_know_subject_attribute"
    asked = result.values("utter_dont_know_subject_attribute")["asked"]
    assert has_japanese(asked) and asked in default_lexicon().attributes["height"].words


def test_other_work_in_japanese_uses_the_store_s_japanese_titles(turn, store):
    from actions.people import ActionOtherWork

    person = store.people["ren_nagase"]
    result = turn(
        ActionOtherWork(), text=f"{person.native}の他の作品は？", entities={"person": person.native}, slots=JA
    )
    works = result.values(result.responses[0])["works"]
    with_ja = [w for w in person.known_for if w.ja]
    assert with_ja and with_ja[0].ja in works and with_ja[0].title not in works
    english = turn(ActionOtherWork(), text="what else has he been in?", entities={"person": person.name})
    assert with_ja[0].title in english.values(english.responses[0])["works"]


def test_words_inside_the_films_own_title_are_the_title(store):
    """The Japanese title holds the words for time left and meeting; inside the title they ask nothing."""
    from bot.understanding.lexicon import default_lexicon
    from bot.understanding.reading import read

    title = next(form for form in store.film["title_forms"].value if "余命" in form)
    lexicon = default_lexicon()
    assert read(f"who played haruna in {title}", "ask_who_plays", [], store, lexicon).intent is None
    assert read(f"what does {title} mean", "ask_title", [], store, lexicon).intent is None
    # outside the title the same word still asks: a character's time left
    assert read("秋人の余命は？", "ask_fact", [], store, lexicon).intent == "ask_plot"
