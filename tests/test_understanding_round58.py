"""Round 58: the round-119 to 124 checks, opened, and the kinds of wrong answer they share.

- A title asked of the book ("小説のタイトルは？", "what is the title of the novel?") is the book's, on its card; the
  title card gives the film's titles only.
- A school year or "<N>歳" said of someone named is their age, never the film's rating; the reply names the age
  ("年齢"), not the value said.
- "who was <a thing> by?": the preposition left at the end asks who made the thing, not what its noun names.
- Talk the classifier chose for a word typed alone that it was unsure of ("cartoon" as a goodbye), or for words none
  of which is the talk's own ("<an actor> new movie" as a "no"), is no talk.
- "<a person> <a word>" typed as a search, where the word is nothing of who they are ("<the director> money"), gets
  "I don't know", never their card.
- A wh-question in a later sentence ("<a remark naming a character>! when's it out?") asks of the film when only
  the name chose the person's card.

Each test names the general rule; phrasings are mine or adapted from those datasets, names come from the store.
"""

from __future__ import annotations

import pytest

from actions.topics import ActionFact
from bot.store import FactStore
from bot.understanding.lexicon import default_lexicon, tokens
from tests.reading_helpers import decided, name, run


def _lead(store: FactStore) -> str:
    """The first-billed character's name."""
    return store.characters[store.cast[0].character].name


def _lead_actor(store: FactStore):
    """The actor of the first-billed part, who has a native (Japanese) name."""
    return store.people[store.cast[0].actor]


def _director(store: FactStore) -> str:
    return store.people[store.crew["director"].people[0]].name


def _intent(message) -> str:
    return message.get("intent")["name"]


def _keys(text: str) -> set[str]:
    return {hit.key for hit in default_lexicon().find(tokens(text), ("attribute",))}


# --- the book's title ---


@pytest.mark.parametrize(
    "text", ["小説のタイトルは？", "で、結局 本のタイトルは何だったんですか？", "what is the title of the novel?"]
)
def test_a_title_asked_of_the_book_is_the_books(store, text):
    assert _intent(decided(store, text, "ask_title")) == "ask_novel"


@pytest.mark.parametrize("text", ["タイトルは？", "what is the title?"])
def test_a_title_asked_of_nothing_else_is_still_the_films(store, text):
    assert _intent(decided(store, text, "ask_title")) == "ask_title"


# --- an age said of someone ---


@pytest.mark.parametrize("form", ["{n}16歳だよね？？", "{n}ホントに中学生？"])
def test_an_age_said_of_someone_is_their_age_not_the_rating(store, form):
    actor = _lead_actor(store)
    text = form.format(n=actor.native)
    message = decided(store, text, "ask_rating", [name(text, actor.native, "person", actor.name)])
    assert _intent(message) != "ask_rating"
    assert "age" in {e.get("value") for e in message.get("entities") if e.get("entity") == "attribute"}


@pytest.mark.parametrize("text", ["中学生でも見れる？", "何歳から見れる？", "子供と見れる？"])
def test_who_may_watch_the_film_is_still_its_rating(store, text):
    assert "rating" in _keys(text)
    assert _intent(decided(store, text, "ask_rating")) == "ask_rating"


def test_an_age_unknown_is_named_by_its_noun_not_the_value_said(store, domain):
    actor = _lead_actor(store)
    text = f"{actor.native}ホントに中学生？"
    at = text.index("中学生")
    entities = [
        name(text, actor.native, "person", actor.name),
        {"entity": "attribute", "value": "age", "start": at, "end": at + len("中学生")},
        {"entity": "reply_language", "value": "ja"},
    ]
    _, messages, _ = run(ActionFact(), domain, text, entities, {"reply_language": "ja"})
    asked = [m.get("asked") for m in messages if m.get("asked")]
    assert asked and all(word == "年齢" for word in asked)


# --- who made a thing, asked with the preposition last ---


def test_who_a_thing_is_by_asks_who_made_it(store):
    text = f"who was the story of {store.title} by"
    assert _intent(decided(store, text, "ask_plot")) == "ask_novel"


def test_what_a_thing_is_about_is_still_the_thing(store):
    assert _intent(decided(store, "what was the story about", "ask_plot")) == "ask_plot"


# --- talk for words that are not the talk's ---


def test_a_word_typed_alone_that_the_classifier_was_unsure_of_is_no_talk(store):
    assert _intent(decided(store, "cartoon", "goodbye", confidence=0.47)) != "goodbye"


def test_a_word_of_talk_typed_alone_is_still_talk(store):
    assert _intent(decided(store, "goodnight", "goodbye", confidence=0.94)) == "goodbye"


def test_no_word_of_the_talks_own_beside_a_name_is_no_talk(store):
    actor = _lead_actor(store)
    text = f"{actor.name} new movie"
    assert _intent(decided(store, text, "deny", [name(text, actor.name, "person")])) != "deny"


@pytest.mark.parametrize("text", ["no thanks", "nope not interested", "ok cool", "that can't be true"])
def test_talk_in_its_own_words_stays_talk(store, text):
    intent = "affirm" if text == "ok cool" else "deny"
    assert _intent(decided(store, text, intent)) == intent


# --- a word searched of someone that is nothing of who they are ---


@pytest.mark.parametrize("word", ["money", "tour"])
def test_a_search_of_something_of_someone_is_not_their_card(store, word):
    text = f"{_director(store)} {word}"
    message = decided(store, text, "ask_person", [name(text, _director(store), "person")])
    assert _intent(message) == "ask_fact"


@pytest.mark.parametrize("word", ["biography", "profile", "wiki"])
def test_a_search_of_who_someone_is_is_their_card(store, word):
    text = f"{_director(store)} {word}"
    message = decided(store, text, "ask_person", [name(text, _director(store), "person")])
    assert _intent(message) == "ask_person"


# --- a question after a remark naming someone ---


def test_a_question_of_the_film_after_a_remark_naming_someone_asks_of_the_film(store):
    lead = _lead(store)
    text = f"Can't wait to see the movie, {lead} has to be my favourite! When's it out ?"
    message = decided(store, text, "no_spoilers", [name(text, lead, "character")])
    assert _intent(message) == "ask_release_date"


def test_a_question_pointing_back_at_the_one_named_stays_theirs(store):
    lead = _lead(store)
    text = f"{lead} is great. How old is he?"
    message = decided(store, text, "ask_character", [name(text, lead, "character")])
    assert _intent(message) == "ask_character"


# --- a follow-up that names the film is the film's ---


@pytest.mark.parametrize(
    ("text", "only_it"),
    [
        ("この映画はいつ公開？", False),
        ("えっーーーといつこの映画公開されるんですかね？", False),
        ("いつ出たの？", True),
        ("when did the movie come out?", False),
        ("when did it come out?", True),
    ],
)
def test_a_follow_up_naming_the_film_in_japanese_is_the_films(text, only_it):
    """After the theme song, "when did it come out?" is the song's; "この映画はいつ公開？" names the film."""
    from actions.follow_on import _no_subject_but_it

    assert _no_subject_but_it({"text": text, "entities": []}) is only_it


# --- a place in a character's story, asked in Japanese ---


def _lead_native(store: FactStore) -> str:
    return str(store.characters[store.cast[0].character].native)


@pytest.mark.parametrize("form", ["{c}がいってる植物園ってどこか分かりますか？", "{c}の学校はどこ？"])
def test_a_place_in_a_characters_story_is_not_where_to_watch(store, form):
    text = form.format(c=_lead_native(store))
    message = decided(store, text, "ask_where_to_watch", [name(text, _lead_native(store), "character")])
    assert _intent(message) == "ask_fact"


@pytest.mark.parametrize("form", ["{c}はどこで見れる？", "{c}が出てる映画はどこで配信？"])
def test_where_to_watch_the_film_of_a_character_is_still_where_to_watch(store, form):
    text = form.format(c=_lead_native(store))
    message = decided(store, text, "ask_where_to_watch", [name(text, _lead_native(store), "character")])
    assert _intent(message) == "ask_where_to_watch"


# --- the parts someone played ---


def _actor_with_parts(store: FactStore):
    """One of the cast whose works' notes name parts they played."""
    from actions.people import parts_in_works

    return next(store.people[c.actor] for c in store.cast if parts_in_works(store.people[c.actor].known_for))


@pytest.mark.parametrize("form", ["what roles has {a} played?", "what are the roles played by {a}?", "{a}の他の役は？"])
def test_the_parts_someone_played_are_named_with_their_works(store, domain, form):
    from actions.people import ActionOtherWork

    actor = _actor_with_parts(store)
    shown = actor.native if "{a}の" in form else actor.name
    text = form.format(a=shown)
    said, _, slots = run(
        ActionOtherWork(), domain, text, [name(text, shown, "person", actor.name)], intent="ask_other_work"
    )
    assert said == ["utter_other_work_parts"]
    assert slots["person"] == actor.id


def test_the_works_asked_without_parts_are_still_the_list(store, domain):
    from actions.people import ActionOtherWork

    actor = _actor_with_parts(store)
    text = f"what else has {actor.name} been in?"
    said, _, _ = run(ActionOtherWork(), domain, text, [name(text, actor.name, "person")], intent="ask_other_work")
    assert said[0] in ("utter_other_work", "utter_other_work_cut")


def test_a_part_is_read_from_the_note_that_names_it(store):
    from actions.people import PART_NOTE_OPENER, parts_in_works

    actor = _actor_with_parts(store)
    for work, part in parts_in_works(actor.known_for):
        assert part.startswith(PART_NOTE_OPENER) and part in str(work.detail)


# --- "<A>の<B>" in Japanese: B asked ---


def test_a_japanese_possessive_asks_its_head_when_no_card_gives_it(store):
    text = "最後のシーンの場所って？"
    assert "ending" in _keys(text)
    assert _intent(decided(store, text, "ask_ending")) == "ask_fact"


@pytest.mark.parametrize(("text", "intent"), [("主演の年齢は？", "ask_cast"), ("原作の作者は？", "ask_novel")])
def test_a_japanese_possessive_before_a_cards_attribute_keeps_its_owner(store, text, intent):
    assert _intent(decided(store, text, intent)) != "ask_rating"


# --- a person's genre ---


@pytest.mark.parametrize("form", ["what genre did {p} represent", "{p} genre"])
def test_a_persons_genre_is_not_held(store, form):
    person = _director(store)
    text = form.format(p=person)
    message = decided(store, text, "ask_genre", [name(text, person, "person")])
    assert _intent(message) == "ask_fact"


@pytest.mark.parametrize("form", ["what genre is {p}'s movie", "what genre is the film {p} stars in"])
def test_the_genre_of_a_persons_film_is_the_films(store, form):
    actor = _lead_actor(store)
    text = form.format(p=actor.name)
    message = decided(store, text, "ask_genre", [name(text, actor.name, "person")])
    assert _intent(message) == "ask_genre"


@pytest.mark.parametrize("form", ["what characters has {a} played", "what parts has {a} played?"])
def test_the_parts_someone_played_asked_in_the_plural_are_their_works_parts(store, form):
    actor = _lead_actor(store)
    text = form.format(a=actor.name)
    message = decided(store, text, "ask_person", [name(text, actor.name, "person")])
    assert _intent(message) == "ask_other_work"


@pytest.mark.parametrize(
    "form",
    ["what characters does {a} play in {t}", "what character does {a} play", "how many characters has {a} played"],
)
def test_the_part_here_or_a_count_is_no_list_of_parts(store, form):
    actor = _lead_actor(store)
    text = form.format(a=actor.name, t=store.title)
    message = decided(store, text, "ask_person", [name(text, actor.name, "person")])
    assert _intent(message) != "ask_other_work"


def test_the_parts_asked_of_the_one_talked_about_are_theirs(store):
    assert _intent(decided(store, "what characters has she played?", "ask_who_plays")) == "ask_other_work"
