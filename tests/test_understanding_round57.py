"""Round 57: the round-113 to 118 checks, opened, and the kinds of wrong answer they share.

- A detail of the story asked in words no training example uses ("why did <a> bury the cloth in the snow?") gets
  "I don't know", never the synopsis, the ending or the character's card the classifier picked.
- The film's full Japanese title said alone ("「<題名>」は？") asks what the film is: the synopsis, as "<the title>?"
  does in English; the title card would only say the title back. The novel's title alone, in brackets, is the book.
- "<題名>の歌" is the film's song; "the <language> name of <the film>" is its title in that language.
- A real word is never read as a typo of another ("decrease" is no "deceased").
- A real person's death asked in Japanese is their death, told by their description when it tells it.

Each test names the general rule; phrasings are mine or adapted from those datasets, names come from the store.
"""

from __future__ import annotations

import pytest

from actions.people import asks_for_lead
from actions.topics import ActionFact
from bot.store import FactStore
from bot.understanding import real_words
from bot.understanding.lexicon import default_lexicon, tokens
from bot.understanding.reading import JAPANESE_NOVEL_STAND_IN, _japanese_title_alone
from tests.reading_helpers import decided, name, reading, run, values


def _lead(store: FactStore) -> str:
    """The first-billed character's name."""
    return store.characters[store.cast[0].character].name


def _japanese_title(store: FactStore) -> str:
    """The film's full Japanese title, without its closing full stop."""
    return str(store.film["title_japanese"].value).rstrip("。")


def _departed(store: FactStore):
    """Someone with no part in the story whose description tells their death."""
    return next(
        p
        for p in store.people.values()
        if p.about is not None and "died" in str(p.about.value) and not store.roles_of(p.id) and p.native
    )


def _keys(text: str, kinds: tuple[str, ...] = ("attribute",)) -> set[str]:
    return {hit.key for hit in default_lexicon().find(tokens(text), kinds)}


# --- a detail of the story beyond the card ---


@pytest.mark.parametrize(
    ("form", "intent"),
    [
        ("Why did {c} bury the cloth in the snow?", "ask_plot"),
        ("If {c} is a ghost how can he be seen without glasses?", "ask_plot"),
        ("Did {c} succeed to decrease crime rates?", "ask_ending"),
        ("Why did {c} take the risk of placing a gun in his hand?", "ask_character"),
    ],
)
def test_a_story_detail_in_unseen_words_is_not_known(store, form, intent):
    text = form.format(c=_lead(store))
    message = decided(store, text, intent, [name(text, _lead(store), "character")])
    assert message.get("intent")["name"] == "ask_fact"


@pytest.mark.parametrize(
    ("form", "intent"),
    [
        ("what happens to {c} at the end?", "ask_ending"),
        ("who is {c}?", "ask_character"),
    ],
)
def test_the_story_asked_in_known_words_is_still_the_card(store, form, intent):
    text = form.format(c=_lead(store))
    message = decided(store, text, intent, [name(text, _lead(store), "character")])
    assert message.get("intent")["name"] == intent


def test_a_remark_naming_another_work_of_theirs_is_still_the_story(store):
    work = next(w.title for p in store.people.values() for w in p.known_for if w.title.isascii() and " " in w.title)
    text = f"oh right, already seen {work.lower()}. What is {store.title.lower()} about?"
    assert decided(store, text, "ask_plot").get("intent")["name"] == "ask_plot"


# --- titles said alone, in Japanese ---


@pytest.mark.parametrize("form", ["「{t}」は？", "え、「{t}」？", "{t}ってどういうの？", "『{t}』って何？"])
def test_the_full_japanese_title_alone_asks_what_the_film_is(store, form):
    text = form.format(t=_japanese_title(store))
    assert _japanese_title_alone(text, store)
    assert reading(store, text, "ask_title").intent == "ask_plot"


def test_the_nickname_alone_is_still_the_title_card(store):
    nickname = str(store.film["nickname"].extra["ja"])
    assert not _japanese_title_alone(f"{nickname}って何？", store)


def test_the_title_with_something_asked_of_it_is_no_title_alone(store):
    assert not _japanese_title_alone(f"{_japanese_title(store)}の監督は？", store)


def test_the_novels_title_alone_in_brackets_is_the_book(store):
    text = f"『{str(store.novel['title'].value).rstrip('。')}』？"
    result = reading(store, text, "ask_plot")
    assert result.intent == "ask_novel"
    assert JAPANESE_NOVEL_STAND_IN not in text  # the title, not the word standing in for it, was typed


# --- the film's song, its title in another language ---


def test_the_films_song_in_japanese_is_the_theme_song(store):
    assert "theme_song" in _keys(f"{_japanese_title(store)}の歌は？")


def test_singing_well_is_no_theme_song():
    assert "theme_song" not in _keys("この人は歌うまい？")


@pytest.mark.parametrize("form", ["what is the french name of {t}?", "the german title of {t}"])
def test_a_name_in_another_language_of_the_film_is_not_held(store, form):
    text = form.format(t=store.title)
    assert "title_in_other_language" in values(reading(store, text, "ask_title"), "attribute")


def test_the_name_of_a_character_in_another_language_is_no_title(store):
    text = f"what is the french name of {_lead(store)}?"
    result = reading(store, text, "ask_character", [name(text, _lead(store), "character")])
    assert "title_in_other_language" not in values(result, "attribute")


# --- real words are not typos ---


@pytest.mark.parametrize(("word", "not_meant"), [("decrease", "death"), ("sitting", "setting")])
def test_a_real_word_is_no_typo_of_an_attribute(word, not_meant):
    assert real_words.is_real_word(word)
    assert not_meant not in _keys(f"were they {word} it")


TYPED = [("who is the directr", "director"), ("who is the composr", "music"), ("is it a thriler", "genre")]


@pytest.mark.parametrize(("typed", "key"), TYPED)
def test_a_typo_that_is_no_word_is_still_read(typed, key):
    assert key in _keys(typed, ("attribute", "claim"))


@pytest.mark.parametrize(("word", "phrase"), [("theatre", "theater"), ("cancelled", "canceled"), ("actors", "actor")])
def test_two_forms_of_one_word_are_one_word(word, phrase):
    assert real_words.one_word(word, phrase)


def test_two_words_that_part_early_are_two_words():
    assert not real_words.one_word("decrease", "deceased")


# --- a real person's death, in Japanese ---


@pytest.mark.parametrize("form", ["{n}さん死んだってマジ？", "{n}は亡くなったの？"])
def test_a_real_persons_death_in_japanese_is_their_death(store, form):
    person = _departed(store)
    text = form.format(n=person.native)
    result = reading(store, text, "nlu_fallback", [name(text, person.native, "person")])
    assert result.intent == "ask_fact" and "death" in values(result, "attribute")


def test_an_actors_death_in_japanese_is_still_their_characters_ending(store):
    actor = store.people[store.cast[0].actor]
    text = f"{actor.native}は死んだ？"
    result = reading(store, text, "ask_person", [name(text, actor.native, "person")])
    assert "death" not in values(result, "attribute")


def test_a_death_the_description_tells_is_told_in_japanese(store, domain):
    person = _departed(store)
    text = f"{person.native}は亡くなったの？"
    entities = [
        name(text, person.native, "person", person.name),
        {"entity": "attribute", "value": "death"},
        {"entity": "reply_language", "value": "ja"},
    ]
    said, _, _ = run(ActionFact(), domain, text, entities, {"reply_language": "ja"})
    assert said == ["utter_person_about"]


# --- short Japanese questions the vocabulary had no word for ---


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("作家は誰？", "writer"),
        ("主役は？", "cast"),
        ("いい映画？", "reviews"),
        ("面白いですか？", "reviews"),
    ],
)
def test_a_short_japanese_question_names_its_attribute(text, key):
    assert key in _keys(text)


def test_a_promotion_video_is_the_music_video():
    things = {
        thing.key
        for words, thing in default_lexicon().owned_thing_phrases
        if words == tuple(tokens("プロモーションビデオ"))
    }
    assert things == {"music_video"}


@pytest.mark.parametrize(("text", "pronoun"), [("主役の女の子は誰？", "she"), ("主役の男の子は？", "he")])
def test_the_lead_girl_or_boy_is_that_lead(text, pronoun):
    assert asks_for_lead(text) == (True, pronoun)


# --- talk the classifier chose for a message that says something else ---


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("are you going to any football games this year?", "bot_challenge"),
        ("What are biosorption and bioaccumulation?", "help"),
        ("Is that made in the uk?", "ask_source"),
        ("Show me in the dictionary where it says that the word means something else", "ask_source"),
    ],
)
def test_talk_for_a_message_about_something_else_is_no_talk(store, text, intent):
    assert decided(store, text, intent).get("intent")["name"] in ("out_of_scope", "ask_fact")


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("are you a bot?", "bot_challenge"),
        ("what can you do?", "help"),
        ("thanks so much, that was really helpful", "thanks"),
        ("no spoilers please", "no_spoilers"),
        ("ok bye see you later", "goodbye"),
        ("what's your source for that?", "ask_source"),
    ],
)
def test_talk_in_its_own_words_is_still_talk(store, text, intent):
    assert decided(store, text, intent).get("intent")["name"] == intent


def test_talk_for_a_question_of_ours_is_not_known(store):
    text = f"why did {_lead(store)} hide the cloth under the floorboards?"
    message = decided(store, text, "thanks", [name(text, _lead(store), "character")])
    assert message.get("intent")["name"] == "ask_fact"


def test_a_funny_story_asked_for_is_no_review():
    assert "reviews" not in _keys("何か面白い話して")
