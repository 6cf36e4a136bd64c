"""Round 64: words someone said, a thing someone owns, and Japanese questions of the film by its title.

- "Did <a character> say "<words>"?" asks whether those words were said: the quotation's own words ("at once",
  "the end") ask nothing, and its pronouns are the speaker's in the quote ("I love you" is never turned into "you
  love you"); the store cannot decide it, so the reply says it does not know whether they said it.
- "Does <a character>'s <pill> work?" asks about the thing they own: a sentence of the character's text with the
  verb ("didn't work") answers another question.
- A Japanese title's own words (年, 出会う) are no evidence of what is asked of the film: "<the title>は5点ですか？"
  is not its release date, "<the title>は全体的にレトロな雰囲気？" not its title card.
- A Japanese message read as a spoiler setting says a word of spoilers or of an answer: a hotel guest's thanks
  ("…気にかけていただきました") sets nothing.
- "<the title>の漫画はありますか？", "漫画もありましたか" ask for the manga adaptation (yes, and the manga's card),
  never "No, it is based on a novel"; "漫画なの？" still asks what it adapts.

Names and values come from the store; the phrasings are mine.
"""

from __future__ import annotations

import pytest

from actions.topics import ActionFact
from bot.store import FactStore
from bot.understanding import quoted_saying
from bot.understanding.lexicon import default_lexicon
from bot.understanding.person_asked import ASKED_OF_PERSON
from bot.understanding.polar_form import polar_question
from tests.reading_helpers import decided, name, reading, values


def _hero(store: FactStore) -> str:
    return str(store.characters[store.cast[0].character].name).split()[0]


def _title_ja(store: FactStore) -> str:
    return str(store.film["title_japanese"].value)


def test_a_quotation_keeps_its_own_pronouns():
    found = polar_question('did she say "I love you"?', default_lexicon().yes_no_openers)
    assert found is not None and found.statement == 'she did say "I love you"'


def test_the_speaker_s_own_words_are_still_turned():
    found = polar_question("is my mom going to like it?", default_lexicon().yes_no_openers)
    assert found is not None and found.statement == "your mom is going to like it"


def test_a_you_outside_the_quotation_still_asks_the_assistant():
    assert polar_question("is it 'the one' for you?", default_lexicon().yes_no_openers) is None


def test_whether_words_were_said_is_found_by_its_quotation():
    text = 'Did he say "everything happens at once in the end"?'
    assert quoted_saying.whether_said_a_quote(text) == (text.index('"'), text.rindex('"') + 1)
    assert quoted_saying.whether_said_a_quote('Did he say "yes"?') is None  # one word: a scare quote or a title
    assert quoted_saying.whether_said_a_quote('what did he say about "the ending"?') is None


def test_a_quotation_s_words_ask_nothing_of_the_ending(store: FactStore):
    hero = _hero(store)
    text = f'Did {hero} say "the only reason for time is so that everything doesn\'t happen at once"?'
    result = reading(store, text, "ask_ending", [name(text, hero, "character")])
    assert result.intent != "ask_ending"
    assert any(str(claim).startswith("polar_open") for claim in values(result, "claim"))


def test_a_deed_of_a_thing_someone_owns_is_not_their_story(store: FactStore, turn):
    hero = _hero(store)
    text = f"Does {hero}'s abdominal fat reducer pill work?"
    at = text.index("abdominal")
    entities = [
        name(text, hero, "character"),
        {"entity": "attribute", "value": ASKED_OF_PERSON, "start": at, "end": len(text) - 1},
    ]
    answer = turn(ActionFact(), text=text, intent="ask_fact", entities=entities)
    assert answer.responses == ["utter_dont_know_person_asked"]


def test_a_deed_of_the_character_is_still_told_from_their_story(store: FactStore, turn):
    hero = _hero(store)
    text = f"who does {hero} hide things from?"
    entities = [name(text, hero, "character"), name(text, "hide things from", "attribute", ASKED_OF_PERSON)]
    answer = turn(ActionFact(), text=text, intent="ask_fact", entities=entities)
    assert answer.responses == ["utter_character_detail"]


@pytest.mark.parametrize(
    ("form", "guessed"), [("{t}は5点ですか？", "ask_release_date"), ("{t}は全体的にレトロな雰囲気？", "ask_title")]
)
def test_a_japanese_title_s_words_are_no_evidence(store: FactStore, form: str, guessed: str):
    message = decided(store, form.format(t=_title_ja(store)), guessed)
    assert message.get("intent")["name"] != guessed


@pytest.mark.parametrize(
    ("form", "intent"), [("{t}はいつ？", "ask_release_date"), ("{t}はどこで見られますか？", "ask_where_to_watch")]
)
def test_a_japanese_question_of_the_film_keeps_its_own_evidence(store: FactStore, form: str, intent: str):
    assert decided(store, form.format(t=_title_ja(store)), intent).get("intent")["name"] == intent


def test_a_japanese_remark_without_spoiler_words_sets_no_spoilers(store: FactStore):
    text = (
        "また、部屋に案内して下さった方も子供の名前を覚えてくださり、"
        "夕食会場でお会いした時にも気にかけていただきました。"
    )
    assert decided(store, text, "spoilers_ok").get("intent")["name"] != "spoilers_ok"


@pytest.mark.parametrize("text", ["ネタバレしていいよ", "全部話していいよ", "もう見たからネタバレOK"])
def test_a_japanese_spoiler_setting_stays_one(store: FactStore, text: str):
    assert decided(store, text, "spoilers_ok").get("intent")["name"] == "spoilers_ok"


@pytest.mark.parametrize("form", ["{t}の漫画はありますか？", "{t}の漫画もたくさんありましたか？", "漫画はある？"])
def test_a_japanese_question_of_the_manga_asks_for_it(store: FactStore, form: str):
    result = reading(store, form.format(t=_title_ja(store)), "nlu_fallback")
    assert result.intent == "ask_novel" and "novel_manga" in values(result, "attribute")
    assert all(not str(claim).startswith("based_on") for claim in values(result, "claim"))


def test_whether_it_is_a_manga_still_asks_what_it_adapts(store: FactStore):
    result = reading(store, "漫画なの？", "nlu_fallback")
    assert any(str(claim).startswith("based_on") for claim in values(result, "claim"))


def test_the_manga_is_named_without_the_particles_read_with_it(store: FactStore, turn):
    from actions.crew import ActionNovel

    text = f"{_title_ja(store)}の漫画はありますか？"
    drawn = text.index("の漫画は")
    entities = [
        {"entity": "claim", "value": "manga:の 漫画", "start": drawn, "end": drawn + 3},
        {"entity": "attribute", "value": "novel_manga", "start": drawn, "end": drawn + 4},
    ]
    answer = turn(ActionNovel(), text=text, intent="ask_novel", entities=entities)
    assert "utter_fact" in answer.responses
    assert answer.values("utter_fact")["topic_words"] == "漫画"


def test_watching_someone_s_movies_asks_where_their_works_stream(store: FactStore):
    actor = store.people[store.cast[0].actor].name
    text = f"Can you watch {actor}'s movies?"
    result = reading(store, text, "ask_person", [name(text, actor, "person")])
    assert result.intent == "ask_other_work" and values(result, "works_attribute") == ["platform"]


def test_whether_someone_starred_in_movies_is_still_a_claim(store: FactStore):
    actor = store.people[store.cast[0].actor].name
    text = f"Did {actor} star in movies with a dog?"
    result = reading(store, text, "ask_person", [name(text, actor, "person")])
    assert "platform" not in values(result, "works_attribute")


@pytest.mark.parametrize(
    "text", ["are there musical numbers?", "are there funny scenes?", "is the romantic subplot good?"]
)
def test_a_genre_word_of_a_part_is_no_genre_of_the_film(store: FactStore, text: str):
    result = reading(store, text, "ask_fact")
    assert not any(str(claim).startswith("genre:") for claim in values(result, "claim"))


@pytest.mark.parametrize(
    "text", ["is it a musical?", "is it a musical film?", "is it a teen romance?", "is it sad tho?"]
)
def test_a_genre_said_of_the_film_is_still_its_claim(store: FactStore, text: str):
    assert any(str(claim).startswith("genre:") for claim in values(reading(store, text, "ask_genre"), "claim"))


@pytest.mark.parametrize(
    "text",
    [
        "For as awesome as the novel and the manga are, is it a disappointment?",
        "as much as I loved the book, is the movie a letdown?",
    ],
)
def test_a_clause_granted_before_the_question_asks_nothing(store: FactStore, text: str):
    result = reading(store, text, "ask_novel")
    assert result.intent == "ask_fact" and "reviews" in values(result, "topic")


def test_a_second_clause_of_unseen_words_is_not_the_classifier_s(store: FactStore):
    text = "Is it compatible with many of my cameras and does it do everything that the echo dot does?"
    result = reading(store, text, "ask_ending")
    assert "ask_ending" not in values(result, "also_ask") and result.intent != "ask_ending"


def test_a_second_clause_of_the_classifier_s_words_is_still_its(store: FactStore):
    result = reading(store, "how much is it? how long does it last?", "ask_runtime")
    assert "ask_runtime" in [result.intent, *values(result, "also_ask")]


def test_a_year_said_of_the_film_in_japanese_is_put_to_its_release_date(store: FactStore):
    text = f"{_title_ja(store)}は2014年製作でとても新しく,快適な映画でしたか？"
    assert decided(store, text, "ask_release_date").get("intent")["name"] == "ask_release_date"


def test_japanese_glue_is_no_evidence():
    from bot.nlu_frame import words_beside_names

    assert words_beside_names("お一人でされていますか？", []) == ["お", "一人"]
    assert words_beside_names("どこで見られますか？", []) == ["どこ", "見"]  # 見る is watching, however it may help


def test_a_person_named_beside_japanese_glue_is_no_title_question(store: FactStore):
    director = str(store.people[store.crew["director"].people[0]].native)
    text = f"{_title_ja(store)}は{director}さんがお一人でされていますか？"
    message = decided(store, text, "ask_title", [name(text, director, "person")])
    assert message.get("intent")["name"] != "ask_title"


def test_what_a_short_title_stands_for_is_the_title_card(store: FactStore):
    nickname = str(store.film["nickname"].extra["ja"])
    assert decided(store, f"{nickname}って何の略？", "ask_title").get("intent")["name"] == "ask_title"


def test_a_japanese_title_s_words_are_no_vocabulary_evidence(store: FactStore):
    assert decided(store, f"{_title_ja(store)}は少し古いかな?", "ask_plot").get("intent")["name"] != "ask_plot"


@pytest.mark.parametrize("form", ["is there a game based on {t}?", "is there a popup bar based on it?"])
def test_something_based_on_the_film_is_no_source_of_it(store: FactStore, form: str):
    text = form.format(t=store.film["title"].value)
    assert not any(str(claim).startswith("based_on:") for claim in values(reading(store, text, "ask_novel"), "claim"))


def test_another_source_of_the_film_is_still_a_claim(store: FactStore):
    assert "based_on:a game" in values(reading(store, "is it based on a game?", "ask_novel"), "claim")


@pytest.mark.parametrize("text", ["What do you guys think about {t}?", "Have you tried {t}?", "did you all see it?"])
def test_the_assistant_asked_in_the_plural_or_as_having_tried_it_is_its_own_taste(store: FactStore, text: str):
    result = reading(store, text.format(t=store.film["title"].value), "ask_plot")
    assert values(result, "taste")


@pytest.mark.parametrize("text", ["What's the deal with {t}?", "what happens in the story?"])
def test_the_story_asked_with_no_word_of_its_end_is_the_plot(store: FactStore, text: str):
    assert reading(store, text.format(t=store.film["title"].value), "ask_ending").intent == "ask_plot"


def test_how_the_story_ends_is_still_the_ending(store: FactStore):
    assert reading(store, "how does the story end?", "ask_ending").intent in (None, "ask_ending")


def _band(store: FactStore) -> str:
    """The Japanese name of the band the store describes (the theme song's original band)."""
    return next(
        str(p.native)
        for p in store.people.values()
        if p.native and p.about is not None and " band " in str(p.about.value)
    )


def test_a_name_only_before_a_japanese_question_is_not_what_it_asks(store: FactStore):
    band = _band(store)
    text = f"{band}ですか。いいですね。今から楽しみですよね？"
    assert reading(store, text, "bot_challenge", [name(text, band, "person")]).intent != "ask_person"


def test_a_name_in_the_japanese_question_is_still_asked_about(store: FactStore):
    band = _band(store)
    text = f"{band}について何を知っていますか？"
    assert reading(store, text, "bot_challenge", [name(text, band, "person")]).intent == "ask_person"


def test_people_described_as_they_are_no_claim_of_the_film_s_language(store: FactStore):
    result = reading(store, "Are they more asian, indian, spanish or mixed?", "ask_language")
    assert not any(str(claim).startswith(("language:", "nationality:")) for claim in values(result, "claim"))


def test_a_studio_s_word_described_as_a_noun_is_no_studio(store: FactStore):
    from bot.understanding.stated_claims import details_said

    said = details_said(
        "Unfortunately, were the trailers nothing compared to the marvel that is the movie?", [], [], [], store
    )
    assert ("studio", "marvel") not in said
    assert ("studio", "marvel") in details_said("Is it a Marvel movie?", [], [], [], store)


def test_how_much_the_film_differs_from_its_source_is_not_held_in_japanese(store: FactStore):
    result = reading(store, "あのー、あれ、原作の映画とは、どれぐらい違うの？", "ask_novel")
    assert "novel_changes" in values(result, "attribute")


def test_how_the_title_is_shortened_is_the_title_card(store: FactStore):
    assert decided(store, "これって何て略すの？", "ask_title").get("intent")["name"] == "ask_title"


@pytest.mark.parametrize("form", ["{t} doesn't work anymore... why?", "Can't download {t} anymore!?!?"])
def test_the_film_that_stopped_playing_is_trouble_playing_it(store: FactStore, form: str):
    result = reading(store, form.format(t=store.film["title"].value), "ask_title")
    assert "playback_trouble" in values(result, "attribute")


def test_a_name_in_an_earlier_question_of_the_same_message_is_still_asked_about(store: FactStore):
    author = str(store.people[store.novel["author"].value].native)
    text = f"{author}さんはやはり女性向きなのでしょうか？ 男性が読んでもわからないですか？"
    assert reading(store, text, "bot_challenge", [name(text, author, "person")]).intent not in (None, "bot_challenge")


def test_a_long_japanese_message_read_as_help_asks_something_else(store: FactStore):
    text = "海外ドラマについて質問です。主人公が女性で、人の心の声が聞こえる能力がありました。何がわかる方いますか？"
    assert decided(store, text, "help").get("intent")["name"] != "help"
    assert decided(store, "何ができるの？", "help").get("intent")["name"] == "help"
