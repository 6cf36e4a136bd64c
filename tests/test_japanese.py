"""Japanese questions answered in Japanese (issue 12): script detection, the
tokenizer, the reader's Japanese words, actions under a Japanese conversation,
the Japanese response variations, the web page's languages."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
import yaml
from rasa.shared.nlu.training_data.message import Message

from actions.crew import ActionDirector, ActionNovel
from actions.film_facts import ActionReleaseDate, ActionRuntime
from actions.people import ActionCast, ActionWhoPlays
from actions.story import ActionAffirm, ActionEnding
from bot import i18n
from bot.channels import web
from bot.japanese import ENGLISH, JAPANESE, language_of, words
from bot.nlu_frame import QuestionReader
from bot.understanding.lexicon import VOCABULARY_PATH, Lexicon, VocabularyError, default_lexicon
from bot.understanding.reading import read

ROOT = Path(__file__).resolve().parent.parent
JA = {i18n.LANGUAGE_SLOT: JAPANESE}
# Responses that only pass a store text through ({premise}, {detail}): nothing to translate.
PASS_THROUGH = {"utter_premise", "utter_plot_part", "utter_detail"}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("監督は誰？", JAPANESE),
        ("Nagase Renは誰の役？", JAPANESE),
        ("監督？", JAPANESE),
        ("who is 永瀬廉?", ENGLISH),
        ("what does 余命一年の僕が mean", ENGLISH),  # an English sentence around a Japanese title
        ("Netflixで見れる？", JAPANESE),
        ("Ren Nagaseの他の作品は？", JAPANESE),
        ("who directed it?", ENGLISH),
        ("2", None),
        ("😀", None),
    ],
)
def test_the_language_of_a_message_is_its_script(text, language):
    assert language_of(text) == language


def test_japanese_is_cut_into_words():
    assert words("春奈役は誰ですか")[:2] == ["春奈", "役"]
    assert words("who plays Haruna?") == []


def test_the_spacy_pipeline_cuts_japanese_and_leaves_english_alone(store):
    import spacy

    import bot.ja_tokenizer  # noqa: F401  (registers the tokenizer)

    nlp = spacy.load(ROOT / "build" / "spacy")
    english = spacy.blank("en")
    for text in ("who plays Haruna's mum?", "what's it rated, e.g. PG-13?"):
        assert [t.text for t in nlp(text)] == [t.text for t in english(text)]
    doc = nlp("桜井春奈の母は誰？")
    assert [t.text for t in doc][:3] == ["桜井", "春奈", "の"]
    assert [(e.label_, e.ent_id_) for e in doc.ents] == [("character", "haruna_sakurai")]
    mixed = nlp("Nagase Renは誰の役？")
    assert mixed.text == "Nagase Renは誰の役？"
    assert [(e.text, e.label_) for e in mixed.ents] == [("Nagase Ren", "person")]


def test_japanese_words_join_the_entries_of_the_main_vocabulary():
    lexicon = default_lexicon()
    assert "身長" in lexicon.attributes["height"].words
    assert "母" in lexicon.relations["mother"]
    assert lexicon.possessive_gaps == {"の"}


def test_a_japanese_word_for_an_entry_the_main_vocabulary_lacks_is_refused(tmp_path):
    extra = tmp_path / "vocabulary_ja.yml"
    extra.write_text("attributes:\n  shoe_size: {words: [靴のサイズ]}\n", encoding="utf-8")
    with pytest.raises(VocabularyError, match="attributes.shoe_size"):
        Lexicon.load(VOCABULARY_PATH, extra)


def _name(text: str, value: str, kind: str) -> dict:
    start = text.index(value)
    return {"entity": kind, "value": value, "start": start, "end": start + len(value)}


@pytest.mark.parametrize(
    ("text", "intent", "names", "expected_intent", "expected"),
    [
        ("春奈の母は誰？", "ask_character", [("春奈", "character")], None, ("relation", "mother")),
        ("秋人のお父さん役は？", "ask_who_plays", [("秋人", "character")], None, ("relation", "father")),
        ("永瀬廉の身長は？", "ask_person", [("永瀬廉", "person")], "ask_fact", ("attribute", "height")),
        ("アニメですか？", "nlu_fallback", [], "ask_genre", ("claim", "animated:アニメ")),
        ("恋愛映画？", "ask_genre", [], "ask_genre", ("claim", "genre:romance")),
        ("英語字幕はある？", "ask_language", [], "ask_fact", ("attribute", "dubbing")),
    ],
)
def test_the_reader_reads_japanese(store, text, intent, names, expected_intent, expected):
    entities = [_name(text, value, kind) for value, kind in names]
    reading = read(text, intent, entities, store, default_lexicon())
    assert reading.intent == expected_intent
    assert expected in [(e["entity"], e["value"]) for e in reading.entities]


def test_a_question_word_makes_it_not_yes_no(store):
    reading = read("監督は誰ですか", "ask_director", [], store, default_lexicon())
    assert not [e for e in reading.entities if e["entity"] == "claim"]


@pytest.mark.parametrize(
    ("text", "names", "language"),
    [("監督は誰？", [], JAPANESE), ("who directed it?", [], ENGLISH), ("永瀬廉", [("永瀬廉", "person")], None)],
)
def test_every_message_that_says_tags_its_language(store, text, names, language):
    message = Message(data={"text": text, "entities": [_name(text, v, k) for v, k in names]})
    QuestionReader(store, default_lexicon()).tag_language(message)
    tags = [e["value"] for e in message.get("entities") if e["entity"] == i18n.LANGUAGE_SLOT]
    assert tags == ([language] if language else [])


def test_every_response_has_a_japanese_variation():
    responses = yaml.safe_load((ROOT / "domain.yml").read_text(encoding="utf-8"))["responses"]
    condition = [{"type": "slot", "name": i18n.LANGUAGE_SLOT, "value": JAPANESE}]
    for name, variants in responses.items():
        if name in PASS_THROUGH:
            continue
        english = [v for v in variants if not v.get("condition")]
        japanese = [v for v in variants if v.get("condition") == condition]
        assert len(english) == 1 and len(japanese) == 1, name
        assert len(japanese[0].get("buttons") or []) == len(english[0].get("buttons") or []), name
        assert english[0] is variants[0], f"{name}: the English text comes first (sentence counting reads it)"


def test_director_in_japanese_names_him_in_kanji(turn, store):
    result = turn(ActionDirector(), text="監督は誰？", slots=JA)
    assert result.responses == ["utter_crew_director"]
    values = result.values("utter_crew_director")
    assert values["people"] == store.people["takahiro_miki"].native
    assert values["film_title_ja"] == store.film["title_japanese"].value
    english = turn(ActionDirector(), text="who directed it?", slots={i18n.LANGUAGE_SLOT: ENGLISH})
    assert english.values("utter_crew_director")["people"] == store.people["takahiro_miki"].name
    assert "utter_detail" in english.responses and "utter_detail" not in result.responses


def test_dates_and_durations_in_japanese(turn, store):
    release = turn(ActionReleaseDate(), text="いつ配信された？", slots=JA).values("utter_release_date")
    premiere = store.film["premiere_date"].value
    assert release["premiere_date"] == i18n.date(premiere)
    assert release["premiere_weekday"] == i18n.weekday(premiere)
    assert str(premiere)[:4] + "年" in release["premiere_date"]
    runtime = turn(ActionRuntime(), text="上映時間は？", slots=JA).values("utter_runtime")
    assert runtime["runtime_hours"] == i18n.duration(store.film["runtime_minutes"].value)


def test_who_plays_and_the_leads_in_japanese(turn, store):
    plays = turn(ActionWhoPlays(), text="春奈役は誰", entities={"character": "春奈"}, slots=JA)
    values = plays.values("utter_who_plays")
    assert (values["character_name"], values["actor_name"]) == (
        store.characters["haruna_sakurai"].native,
        store.people["natsuki_deguchi"].native,
    )
    leads = turn(ActionCast(), text="主演は？", slots=JA)
    assert leads.responses == ["utter_leads"]
    assert store.people["ren_nagase"].native in leads.values("utter_leads")["leads"]
    actress = turn(ActionCast(), text="主演女優は誰？", slots=JA)
    assert actress.responses == ["utter_lead_actress"]
    everyone = turn(ActionCast(), text="キャスト全員", slots=JA)
    assert everyone.responses[0] == "utter_cast_full"


def test_the_ending_in_japanese_needs_consent_and_comes_from_the_store(turn, store):
    asked = turn(ActionEnding(), text="結末は？", slots=JA)
    assert asked.responses == ["utter_spoiler_warning"]
    assert asked.slots["spoiler_question_pending"] is True
    told = turn(ActionAffirm(), text="はい", slots={**JA, "spoiler_question_pending": True})
    assert told.responses[0] == "utter_ending"
    assert told.values("utter_ending")["ending"] == "".join(p.text_ja or p.text for p in store.ending)
    assert all(point.text_ja for point in store.ending)


def test_the_novel_in_japanese(turn, store):
    values = turn(ActionNovel(), text="原作は？", slots=JA).values("utter_novel")
    assert values["author"] == store.people[store.novel["author"].value].native
    assert values["publisher"] == store.novel["publisher"].extra["ja"]
    assert values["published"] == i18n.date(store.novel["published"].value)


def test_the_web_page_offers_a_japanese_greeting(store):
    settings = web.page_settings(store)
    japanese = settings["languages"][JAPANESE]
    assert japanese["title"] == store.film["title_japanese"].value
    assert japanese["init_payload"] == f'/greet{{"{i18n.LANGUAGE_SLOT}": "ja"}}'
    assert settings["languages"][ENGLISH]["init_payload"] == settings["init_payload"]


@pytest.mark.server
def test_japanese_over_rest_with_spoiler_consent_and_a_switch(server, store):
    """The real server: Japanese turns answered in Japanese, consent by button payload, then English."""
    sender = uuid.uuid4().hex
    director = store.people["takahiro_miki"]
    assert director.native in server.ask("監督は誰？", sender)
    warning = server.ask_messages("結末は？", sender)
    assert [b["payload"] for m in warning for b in m.get("buttons") or []] == ["/affirm", "/deny"]
    assert not any(point.text_ja[:20] in str(warning) for point in store.ending)
    told = server.ask("/affirm", sender)  # the button: no text, the conversation stays Japanese
    assert store.ending[0].text_ja[:20] in told
    assert director.name in server.ask("who directed it?", sender)
    assert i18n.duration(store.film["runtime_minutes"].value) in server.ask("上映時間は？", sender)
    assert store.film["title_japanese"].value in server.ask("バービーの監督は誰？", sender)
