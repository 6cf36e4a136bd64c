"""Round 55: real Japanese questions (the round-103 to 107 checks, opened; round 106's Yahoo! Chiebukuro above all)
that got another question's answer.

- "<名前>さんの髪の色は黒ですか？", "<名前>ってガサツですか？", "<名前>は、どうやって痩せたんですか？": a yes/no, how or
  why question of someone whose words no training question uses and nothing read explains is no question their
  card answers: "I don't know that about <them>", naming the words asked (bot/understanding/japanese_coverage.py).
  A word of the card's own ("…娘の役ですよね？": the role) or a question word asking who or what leaves the card.

Each test names the general rule; phrasings are mine or adapted from those datasets, names come from the store.
"""

from __future__ import annotations

import re

import pytest

from bot.store import FactStore
from bot.understanding import japanese_coverage
from bot.understanding.person_asked import ASKED_OF_PERSON
from tests.reading_helpers import details_of, name, reading, values


def _lead(store: FactStore, index: int = 1) -> str:
    """A lead actor's Japanese name."""
    return str(store.people[store.cast[index].actor].native)


def _asked(store: FactStore, form: str, intent: str = "ask_person") -> tuple[str | None, str]:
    """(the reading's intent, the words it says were asked of the person) for `form` with a lead's name in it."""
    actor = _lead(store)
    text = form.format(n=actor)
    result = reading(store, text, intent, [name(text, actor, "person")])
    spans = [e for e in result.entities if e["entity"] == "attribute" and e["value"] == ASKED_OF_PERSON]
    return result.intent, text[spans[0]["start"] : spans[0]["end"]] if spans else ""


# --- a Japanese yes/no, how or why question of someone that no card answers ---


@pytest.mark.parametrize(
    ("form", "intent", "asked"),
    [
        # (髪の色 and 血液型 are vocabulary words since round 56: tests/test_understanding_round56.py)
        ("{n}さんの肌の色は白ですか？", "ask_other_work", "肌の色は白"),
        ("{n}ってガサツですか？", "ask_person", "ガサツ"),
        ("{n}は、どうやってあんなに痩せて可愛くなったんですか？", "ask_person", "あんなに痩せて可愛くなった"),
        ("{n}って料理上手なの？", "ask_person", "料理上手"),
        ("{n}は左利き？", "ask_person", "左利き"),
    ],
)
def test_a_yes_no_how_or_why_question_no_card_answers_is_not_known(store, form, intent, asked):
    assert _asked(store, form, intent) == ("ask_fact", asked)


@pytest.mark.parametrize(
    "form",
    [
        "{n}って誰？",  # who: the card
        "{n}は何の役？",  # which role: the card
        "{n}は出てる？",  # whether they are in it: the card's words
        "{n}ちゃん、娘の役ですよね？",  # the role: a word of the card's own
        "{n}って誰かにはめられたり、発狂する役がハマり役ですよね？",  # 誰か is someone, and the role is the card's
    ],
)
def test_the_card_stays_where_it_answers(store, form):
    assert _asked(store, form)[1] == ""


def test_the_words_of_two_people_asked_together_are_named(store):
    first, second = _lead(store, 0), _lead(store, 1)
    text = f"{first}と{second}､声似てますか？"
    result = reading(store, text, "ask_person", [name(text, first, "person"), name(text, second, "person")])
    assert result.intent == "ask_fact" and ASKED_OF_PERSON in values(result, "attribute")


def test_how_two_people_are_related_is_asked_not_their_cards(store):
    first, second = _lead(store, 0), _lead(store, 1)
    text = f"{first}と{second}は兄弟ですか？"
    result = reading(store, text, "ask_person", [name(text, first, "person"), name(text, second, "person")])
    assert result.intent == "ask_fact"


def test_the_novel_asked_yes_or_no_of_what_its_card_never_says(store):
    title = str(store.novel["title"].value).rstrip("。")
    author = str(store.people[str(store.novel["author"].value)].native)
    text = f"{author}さんの{title}って、リアルにありえますか？"
    result = reading(store, text, "ask_novel", [name(text, author, "person")])
    assert result.intent == "ask_fact" and ASKED_OF_PERSON in values(result, "attribute")


@pytest.mark.parametrize(
    ("sentence", "asks"),
    [
        ("髪は黒ですか？", True),
        ("本なの？", True),
        ("キュンとなりますよね？", True),
        ("なんで売れたの？", True),
        ("どうやって痩せたの", True),
        ("役は？", False),
        ("誰の役ですか？", False),
        ("どの作品が好きですか？", False),
        ("かわいいですよね", False),
    ],
)
def test_which_sentences_ask_yes_no_how_or_why(sentence, asks):
    from bot.japanese import morphemes

    assert japanese_coverage._asks_yes_no_how_or_why(morphemes(sentence)) is asks


def test_sentences_keep_their_closing_marks():
    assert japanese_coverage.sentences("はい。 それは何？ 教えて") == [(0, 3), (3, 9), (9, 13)]


def test_a_title_ending_on_a_full_stop_ends_no_sentence():
    assert japanese_coverage.sentences("題名。の監督は？", [(0, 3)]) == [(0, 8)]


def test_a_band_named_alone_then_asked_why_is_not_their_card(store):
    band = str(store.people[str(store.crew["theme_song"].work.extra["original_by"])].native)
    text = f"{band}ってなんで解散したの？"
    # the classifier placed nothing: only the name made it their card
    result = reading(store, text, "nlu_fallback", [name(text, band, "person")])
    assert result.intent == "ask_fact" and ASKED_OF_PERSON in values(result, "attribute")


def test_knowing_someone_is_asked_by_their_card(store):
    actor = _lead(store)
    text = f"{actor}ご存知ですか？"
    assert reading(store, text, "ask_person", [name(text, actor, "person")]).intent != "ask_fact"


def _title_ja(store: FactStore) -> str:
    return str(store.film["title_japanese"].value)


@pytest.mark.parametrize(
    ("form", "intent"),
    [
        ("{t}の小説が無料で読めるサイトってありますか？", "ask_title"),
        ("映画「{t}」にはがっかりですか？", "ask_plot"),
    ],
)
def test_a_yes_no_question_of_the_film_no_card_answers_is_not_known(store, form, intent):
    result = reading(store, form.format(t=_title_ja(store)), intent)
    assert result.intent == "ask_fact" and ASKED_OF_PERSON in values(result, "attribute")


@pytest.mark.parametrize(
    ("text", "intent"),
    [("2時間超える？", "ask_runtime"), ("バラエティ映画ですか？", "ask_genre"), ("どんな話？", "ask_plot")],
)
def test_the_films_measures_kinds_and_story_stay_their_cards(store, text, intent):
    assert reading(store, text, intent).intent != "ask_fact"


def _novel_title(store: FactStore) -> str:
    return str(store.novel["title"].value).rstrip("。")


def _author(store: FactStore) -> str:
    return str(store.people[str(store.novel["author"].value)].native)


def test_a_title_said_beside_the_author_holds_no_word_of_the_card(store):
    # the novel's title has a verb the person card's questions use (出会った); it is a title, not the card's word
    author = _author(store)
    text = f"{author}さんの{_novel_title(store)}はやはり女性向きなのでしょうか？"
    result = reading(store, text, "bot_challenge", [name(text, author, "person")])
    assert result.intent == "ask_fact" and ASKED_OF_PERSON in values(result, "attribute")


def test_anyone_is_no_question_word(store):
    character = str(store.characters[store.cast[0].character].native)
    text = f"{character}に抱き締められたらだれでもキュンとなりますよね？"
    result = reading(store, text, "nlu_fallback", [name(text, character, "character")])
    assert result.intent == "ask_fact" and ASKED_OF_PERSON in values(result, "attribute")


def test_the_words_said_of_someone_follow_their_name(store):
    intent, asked = _asked(store, "夏休みといえば、{n}を連想しますか？")
    assert intent == "ask_fact" and asked.startswith("連想")


# --- English: the round-103 to 105 questions (Excite, HoVer, TabFact, opened) ---


def _service(store: FactStore) -> str:
    return str(store.film["platform"].value)


@pytest.mark.parametrize("form", ["{s}", "{s}?", "on {s}?"])
def test_the_service_named_alone_asks_where_it_streams(store, form):
    assert reading(store, form.format(s=_service(store).lower()), "deny").intent == "ask_where_to_watch"


def test_the_service_in_a_remark_is_no_request(store):
    assert reading(store, f"i love {_service(store)}", "deny").intent != "ask_where_to_watch"


def test_a_roman_numeral_after_the_title_is_a_later_part(store):
    from bot.understanding.lexicon import tokens

    assert tokens(f"{store.title} iii")[-1] == "iii"
    assert values(reading(store, f'"{store.title.lower()} iii"', "nlu_fallback"), "topic") == ["sequel"]


def test_a_letter_held_down_is_still_one_letter():
    from bot.understanding.lexicon import tokens

    assert tokens("sooo good") == ["so", "good"]


def test_a_place_among_someones_records_is_their_career_not_the_credit(store):
    work = store.crew["theme_song"].work
    title = str(work.value).split("(")[-1].rstrip(")")
    text = f"Was {title} the last recorded song on their album?"
    result = reading(store, text, "out_of_scope", [name(text, title, "crew_role", "theme song")])
    assert "music_career" in values(result, "attribute") and "credit:song" not in values(result, "claim")


def test_what_someone_writes_as_a_rule_claims_no_credit_of_this_film(store):
    singer = _person_of_role(store, "theme_song")
    band = store.people[str(store.crew["theme_song"].work.extra["original_by"])].name
    text = f"{singer} writes poetry and prose such as Other Days as well as leading the metal band {band}."
    assert not [detail for detail in details_of(store, text) if detail[0] == "credit"]


def test_writing_this_films_script_is_still_its_credit(store):
    writer = _person_of_role(store, "screenplay")
    assert [kind for kind, _ in details_of(store, f"{writer} writes the script.")] == ["credit"]


def _person_of_role(store: FactStore, role: str) -> str:
    return store.people[store.crew[role].people[0]].name


# --- Japanese: a message that names none of ours, mostly in words no training question uses ---


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        (
            "ドラマでみるCSIは実際にアメリカ合衆国に存在するのでしょうか？日本にもこういった組織は存在するのでしょうか？",
            "ask_genre",
        ),
        ("顔評価。 私ってそんなにドブスですか？ 自分では可愛いとは断じて思ってませんが", "ask_person"),
    ],
)
def test_a_japanese_message_of_another_topic_is_refused(store, text, intent):
    assert reading(store, text, intent).intent == "out_of_scope"


@pytest.mark.parametrize(
    "text",
    [
        "この映画のロケ地はどこで、撮影期間はどれくらいでしたか？",  # the film pointed at
        "子供と一緒に見ても大丈夫？",  # few words, all seen
    ],
)
def test_a_japanese_question_of_the_film_is_no_other_topic(store, text):
    assert reading(store, text, "ask_fact").intent != "out_of_scope"


def test_a_japanese_question_naming_one_of_ours_is_no_other_topic(store):
    actor = _lead(store)
    text = f"{actor}は昔フィギュアスケートの選手として全国大会に出場した経験がありますか？"
    assert reading(store, text, "ask_person", [name(text, actor, "person")]).intent != "out_of_scope"


# --- Japanese: a thing of someone's asked by a wh-question that no card says ---


@pytest.mark.parametrize(("form", "asked"), [("{n}の趣味は何？", "趣味"), ("{n}の口癖は？", "口癖")])
def test_a_thing_of_someones_no_card_says_is_not_known(store, form, asked):
    assert _asked(store, form) == ("ask_fact", asked)


@pytest.mark.parametrize(
    "form",
    [
        "{n}の役どころは？",  # a compound opening with the card's word (役)
        "{n}の代表作は？",  # the works: the lexicon's
        "{n}の役は？",
    ],
)
def test_a_thing_the_card_answers_stays_the_card(store, form):
    assert _asked(store, form)[1] == ""


def test_a_thing_the_cards_text_says_stays_the_card(store):
    person = next(
        p for p in store.people.values() if p.about is not None and "グループ" in str(p.about.extra.get("ja"))
    )
    text = f"{person.native}のグループは？"
    result = reading(store, text, "ask_person", [name(text, str(person.native), "person")])
    assert ASKED_OF_PERSON not in values(result, "attribute")


def test_a_yes_no_question_the_cards_text_answers_stays_the_card(store):
    character = store.characters[store.cast[0].character]
    text = f"{character.native}は美術部員ですか？"
    assert "美術部員" in str(character.description.extra.get("ja"))
    result = reading(store, text, "ask_character", [name(text, str(character.native), "character")])
    assert ASKED_OF_PERSON not in values(result, "attribute")


def test_the_actor_of_a_character_asked_of_a_birth_year_is_that_actor(store):
    character = store.characters[store.cast[2].character]
    first = character.name.split()[-1] if " " in character.name else character.name
    director = store.people[store.crew["director"].people[0]]
    year = re.search(r"\d{4}", str(director.born.value)).group()  # another person's birth year
    text = f"Is it true that the actor who plays {first} was born in {year}?"
    result = reading(store, text, "ask_who_plays", [name(text, first, "character")])
    assert "a person described by their birth" not in result.why


def test_a_yes_no_of_someone_with_a_credit_they_do_not_hold_is_their_card(store):
    author = store.people[str(store.novel["author"].value)].name
    text = f"Did {author} have a career as a composer in the 1700s?"
    entities = [name(text, author, "person"), name(text, "composer", "crew_role", "composer")]
    assert reading(store, text, "ask_crew", entities).intent == "ask_person"


def test_a_credit_claim_of_someone_is_still_decided(store):
    actor = _person_of_role(store, "music")
    text = f"did {actor} compose the music?"
    entities = [name(text, actor, "person"), name(text, "music", "crew_role", "music")]
    assert reading(store, text, "ask_crew", entities).intent == "ask_crew"


# --- Japanese: the novel's series, the song's own end, the song named by its title ---


def _song_ja(store: FactStore) -> str:
    return re.search(r"「([^」]+)」", str(store.crew["theme_song"].work.value)).group(1)


@pytest.mark.parametrize("text", ["よめぼくの小説は、今何巻まで出てますか？", "原作は何冊ありますか？"])
def test_how_many_books_asked_in_japanese_is_the_novels_series(store, text):
    assert "novel_series" in values(reading(store, text, "ask_novel"), "attribute")


def test_the_end_of_the_song_is_not_the_films_ending(store):
    text = f"{_song_ja(store)}の最後、なんて言っているのでしょうか"
    result = reading(store, text, "ask_ending")
    assert result.intent == "ask_fact" and ASKED_OF_PERSON in values(result, "attribute")


def test_the_song_named_by_its_japanese_title_is_asked_not_refused(store):
    result = reading(store, f"{_song_ja(store)}は誰の曲？", "out_of_scope")
    assert result.intent == "ask_crew" and values(result, "crew_role")


def test_the_song_named_in_a_remark_is_no_question(store):
    assert reading(store, f"{_song_ja(store)}が好き", "out_of_scope").intent is None


def test_a_credit_verb_before_works_in_general_asks_of_their_other_works(store):
    composer = _person_of_role(store, "music")
    text = f"did {composer} write songs?"
    assert reading(store, text, "nlu_fallback", [name(text, composer, "person")]).intent == "ask_other_work"
