"""Round 61: a Japanese question gets a Japanese answer of everything the store can tell in English.

- Every descriptive fact shown in an answer (who someone is, a character's description, the reviews, the
  charts, the novel's imprint, manga and spin-off, each piece of trivia) has its Japanese form in the store, so a
  Japanese answer is never half English.
- The store's trivia is told in Japanese ("豆知識を教えて"), as "any fun facts?" is in English.
- The parts of the novel asked in Japanese (漫画化, スピンオフ) get that part, as in English.
- The streaming-launch event the store holds ("when was the premiere event?", 完成披露) is answered from it.

Names and values come from the store; the Japanese phrasings are mine.
"""

from __future__ import annotations

import re

import pytest

from actions.people import ActionPerson
from actions.topics import ActionFact
from bot import i18n
from bot.japanese import JAPANESE, has_japanese
from bot.nlu_components import film_forms
from bot.store import Fact, FactStore
from tests.reading_helpers import decided, name, reading

JA = {i18n.LANGUAGE_SLOT: JAPANESE}
# Two words of Latin letters in a row: prose, which a Japanese answer must not show untranslated.
PROSE = re.compile(r"[A-Za-z]+,? [A-Za-z]+")
# The film's and the novel's facts that are English by nature: its titles and what they mean in English.
ENGLISH_BY_NATURE = frozenset({"title", "title_romaji", "title_meaning"})


def _prose(fact: Fact | None) -> bool:
    return fact is not None and isinstance(fact.value, str) and PROSE.search(fact.value) is not None


# --- the store: a Japanese form of every descriptive fact ---


def test_every_persons_description_has_a_japanese_form(store: FactStore):
    missing = [p.id for p in store.people.values() if _prose(p.about) and not p.about.extra.get("ja")]
    assert not missing


def test_every_characters_description_has_a_japanese_form(store: FactStore):
    missing = [c.id for c in store.characters.values() if _prose(c.description) and not c.description.extra.get("ja")]
    assert not missing


@pytest.mark.parametrize("part", ["film", "novel"])
def test_every_descriptive_fact_of_the_film_and_the_novel_has_a_japanese_form(store: FactStore, part: str):
    facts = getattr(store, part)
    missing = [
        key
        for key, fact in facts.items()
        if isinstance(fact, Fact) and key not in ENGLISH_BY_NATURE and _prose(fact) and not fact.extra.get("ja")
    ]
    assert not missing


def test_every_piece_of_trivia_has_a_japanese_form(store: FactStore):
    assert store.trivia and all(has_japanese(point.text_ja or "") for point in store.trivia)


# --- answers in Japanese ---


def test_who_someone_is_is_said_in_japanese(turn, store: FactStore):
    author = next(p for p in store.people.values() if p.native and store.crew_roles_of(p.id) and _prose(p.about))
    result = turn(ActionPerson(), text=f"{author.native}って誰？", entities={"person": author.native}, slots=JA)
    assert "utter_person_about" in result.responses
    assert result.values("utter_person_about")["about"] == author.about.extra["ja"]


def test_trivia_is_told_in_japanese(turn, store: FactStore):
    result = turn(ActionFact(), text="豆知識を教えて", entities={"attribute": "trivia"}, slots=JA)
    told = [m["detail"] for m in result.dispatcher.messages if m.get("response") == "utter_detail"]
    japanese = {point.text_ja for point in store.trivia if not point.spoiler}
    assert told and set(told) <= japanese


def test_trivia_in_english_is_still_english(turn, store: FactStore):
    result = turn(ActionFact(), text="any fun facts?", entities={"attribute": "trivia"})
    told = [m["detail"] for m in result.dispatcher.messages if m.get("response") == "utter_detail"]
    assert told and set(told) <= {point.text for point in store.trivia}


def test_a_person_s_trivia_in_japanese_names_them(turn, store: FactStore):
    lead = store.people[store.cast[0].actor]
    entities = {"attribute": "trivia", "person": lead.native}
    result = turn(ActionFact(), text=f"{lead.native}の裏話は？", entities=entities, slots=JA)
    told = [m["detail"] for m in result.dispatcher.messages if m.get("response") == "utter_detail"]
    family = lead.native[:2]
    assert told and all(family in text for text in told)


# --- the words of Japanese questions ---


@pytest.mark.parametrize("text", ["豆知識を教えて", "裏話ある？", "トリビアは？"])
def test_trivia_is_asked_in_japanese(store: FactStore, text: str):
    read = reading(store, text, "nlu_fallback")
    assert ("attribute", "trivia") in {(e["entity"], e["value"]) for e in read.entities}


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("スピンオフはある？", "novel_spin_off"),
        ("番外編は出てる？", "novel_spin_off"),
        ("漫画化されてる？", "novel_manga"),
        ("コミカライズはありますか？", "novel_manga"),
    ],
)
def test_a_part_of_the_novel_asked_in_japanese_is_that_part(store: FactStore, text: str, part: str):
    read = reading(store, text, "ask_novel")
    assert read.intent == "ask_novel"
    assert part in {e["value"] for e in read.entities}


@pytest.mark.parametrize("text", ["when was the premiere event?", "完成披露はいつ？", "配信記念イベントはあった？"])
def test_the_launch_event_is_the_stores_launch_event(store: FactStore, text: str):
    read = reading(store, text, "ask_release_date")
    assert ("topic", "launch event") in {(e["entity"], e["value"]) for e in read.entities}


def test_the_launch_event_has_an_answer_of_its_own(turn, store: FactStore):
    result = turn(ActionFact(), text="完成披露はいつ？", entities={"topic": "launch event"}, slots=JA)
    assert result.responses[0] == "utter_fact_launch_event"
    assert result.values("utter_fact_launch_event")["value"] == store.film["launch_event"].extra["ja"]


# --- relations in a Japanese answer ---


def test_every_relation_the_store_tells_has_a_japanese_word(store: FactStore):
    words = i18n.formats(JAPANESE)["relations"]
    assert all(has_japanese(words.get(relation.relation, "")) for relation in store.relations)


@pytest.mark.parametrize(("asked", "between"), [("関係は？", True), ("関係はいつ始まる？", False)])
def test_how_two_characters_are_related_is_asked_in_japanese(store: FactStore, asked: str, between: bool):
    """ "<a>と<b>の関係は？" asks how the two are related; "…の関係はいつ始まる？" asks when, not how."""
    relation = next(r for r in store.relations if store.characters[r.subject].native)
    subject, related = (store.characters[relation.subject].native, store.characters[relation.object].native)
    text = f"{subject}と{related}の{asked}"
    names = [name(text, subject, "character"), name(text, related, "character")]
    read = reading(store, text, "ask_character", names)
    assert (("relation", "between") in {(e["entity"], e["value"]) for e in read.entities}) == between


def test_how_two_characters_are_related_is_said_in_japanese(turn, store: FactStore):
    from actions.people import ActionCharacter

    relation = next(r for r in store.relations if store.characters[r.subject].native)
    subject, related = store.characters[relation.subject], store.characters[relation.object]
    entities = [("character", subject.native), ("character", related.native), ("relation", "between")]
    text = f"{subject.native}と{related.native}の関係は？"
    result = turn(ActionCharacter(), text=text, entities=entities, slots=JA)
    said = result.values("utter_relation_between")["relation"]
    assert has_japanese(said) and said in i18n.formats(JAPANESE)["relations"].values()
    english = turn(ActionCharacter(), text="how are they related?", entities=entities)
    assert not has_japanese(english.values("utter_relation_between")["relation"])


# --- attributes asked in Japanese as in English ---


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("見どころは？", ("topic", "reviews")),
        ("この映画って有名？", ("topic", "top 10")),
        ("原作は何ページ？", ("attribute", "novel_length")),
        ("原作の評判は？", ("attribute", "novel_reviews")),
        ("原作はどこで買える？", ("attribute", "novel_purchase")),
        ("再生できないんだけど", ("attribute", "playback_trouble")),
        ("レビューは何件？", ("attribute", "review_count")),
    ],
)
def test_an_attribute_asked_in_japanese_is_the_one_asked_in_english(store: FactStore, text: str, found: tuple):
    """What is good about it: what critics said; whether it is famous: its charts; the rest, not held."""
    read = reading(store, text, "nlu_fallback")
    assert found in {(e["entity"], e["value"]) for e in read.entities}


def test_the_opening_scene_asked_in_japanese_is_the_story_not_its_ending(store: FactStore):
    assert reading(store, "冒頭のシーンは？", "ask_ending").intent == "ask_plot"


@pytest.mark.parametrize(
    ("text", "attribute"),
    [
        ("原作は何ページ？", "novel_length"),
        ("レビューは何件？", "review_count"),
        ("ランキングに何週入ってた？", "chart_run"),
    ],
)
def test_i_dont_know_names_the_attribute_not_the_question_word(turn, store: FactStore, text: str, attribute: str):
    read = reading(store, text, "nlu_fallback")
    assert ("attribute", attribute) in {(e["entity"], e["value"]) for e in read.entities}
    result = turn(ActionFact(), text=text, entities=read.entities, slots=JA)
    asked = result.values(result.responses[0])["asked"]
    assert result.responses[0].startswith("utter_dont_know")
    assert has_japanese(asked) and not asked.startswith("何")


# --- a Japanese question after news ---


@pytest.mark.parametrize(
    ("text", "classified", "intent"),
    [
        ("初めて聞いた監督さんです！ネット配信とかですか？", "ask_director", "ask_where_to_watch"),
        ("綺麗な女優さんですよね。恋愛ものですか？", "ask_cast", "ask_genre"),
        ("割と最近の映画なんですね。なんだか怖そうですね…ホラーっぽいんですかね？", "ask_genre", "ask_genre"),
    ],
)
def test_a_question_after_news_naming_no_one_is_read_alone(store: FactStore, text: str, classified: str, intent: str):
    """The director or an actress in the news before the question is the speaker's news, not what is asked."""
    message = decided(store, text, classified)
    assert message.get("intent")["name"] == intent


def test_a_question_after_news_of_someone_is_of_them(store: FactStore):
    """ "<a>さん、素敵ですね。何歳ですか？": the age asked is the person's, never the film's rating."""
    lead = store.people[store.cast[1].actor].native
    text = f"{lead}さん、素敵ですね。何歳ですか？"
    message = decided(store, text, "ask_person", [name(text, lead, "person")])
    assert message.get("intent")["name"] != "ask_rating"
    assert any(e["entity"] == "person" for e in message.get("entities"))


def test_the_others_asked_after_news_of_someone_are_the_cast(store: FactStore):
    """ "<a>さんに違和感がない…。他はどんな俳優が出ていますか？": the rest of the cast, not <a>'s card."""
    third = store.people[store.cast[2].actor].native
    text = f"あー、{third}さんにそれ程違和感がないのは分かる気がします。他はどんな俳優が出ていますか？"
    message = decided(store, text, "ask_person", [name(text, third, "person")])
    assert message.get("intent")["name"] == "ask_cast"


@pytest.mark.parametrize("text", ["古い映画でしょうか？", "is it an old movie?", "was it an old film?"])
def test_whether_it_is_old_or_new_is_its_release_date(store: FactStore, text: str):
    read = reading(store, text, "ask_genre")
    assert read.intent == "ask_release_date"


@pytest.mark.parametrize("text", ["what is the recent movie you watched?", "What is {lead}'s most recent movie?"])
def test_a_recent_movie_is_no_question_of_this_ones_release(store: FactStore, text: str):
    lead = store.people[store.cast[0].actor].name
    text = text.format(lead=lead)
    names = [name(text, lead, "person")] if lead in text else []
    assert decided(store, text, "ask_release_date", names).get("intent")["name"] != "ask_release_date"


def test_the_titles_own_full_stop_ends_no_news(store: FactStore):
    """ "<the title, ending on 。>の映画って全部で何本ありますか？" is one question, never a question after news."""
    title = next(form for form in film_forms(store) if form.endswith("。"))
    message = decided(store, f"{title}の映画って全部で何本ありますか？", "ask_title")
    assert message.get("intent")["name"] != "ask_novel"


def test_spoilers_allowed_in_the_news_are_read_with_the_question(store: FactStore):
    message = decided(store, "ネタバレ大丈夫です。ラストはどうなりますか？", "ask_ending")
    assert message.get("intent")["name"] == "ask_ending"
    assert ("spoilers", "yes") in {(e["entity"], e["value"]) for e in message.get("entities")}


def test_what_is_so_awesome_about_it_is_what_critics_said(store: FactStore):
    read = reading(store, "What is so awesome about it?", "ask_plot")
    assert ("topic", "reviews") in {(e["entity"], e["value"]) for e in read.entities}


# --- the assistant invited to watch ---


@pytest.mark.parametrize("text", ["Do you really wanna watch it?", "do you want to watch it with me tonight?"])
def test_invited_to_watch_it_says_it_cannot_then_where_you_can(turn, text: str):
    from actions.film_facts import ActionWhereToWatch

    result = turn(ActionWhereToWatch(), text=text)
    assert result.responses[:2] == ["utter_assistant_invited_to_watch", "utter_where_to_watch"]


def test_where_to_watch_asked_is_no_invitation(turn):
    from actions.film_facts import ActionWhereToWatch

    assert turn(ActionWhereToWatch(), text="where can I watch it?").responses[0] == "utter_where_to_watch"


# --- a card or a claim for words it does not explain ---


@pytest.mark.parametrize(
    ("template", "classified"),
    [
        ("Is {title} all at once a film that deals with love and loss...two very strong emotions?", "ask_runtime"),
        ("{lead} and {second} advice for small investors?", "ask_other_work"),
        ("If {hero} prides himself on anything is it his ability to be friendly with everybody?", "ask_rating"),
        ("At times was {hero} being paternal with her as opposed to acting as her lover?", "ask_who_plays"),
    ],
)
def test_an_answer_the_classifier_alone_chose_needs_the_words_asked(store: FactStore, template: str, classified: str):
    """More words no example uses than words of the answer's: "I don't know that about <the film>", never the
    runtime, someone's works or the rating."""
    lead, second = (store.people[c.actor].name for c in store.cast[:2])
    hero = store.characters[store.cast[0].character].name.split()[0]
    text = template.format(title=store.title, lead=lead, second=second, hero=hero)
    names = [name(text, n, "person") for n in (lead, second) if n in text]
    names += [name(text, hero, "character")] if hero in text else []
    message = decided(store, text, classified, names)
    assert message.get("intent")["name"] == "ask_fact"


@pytest.mark.parametrize(
    ("text", "classified"),
    [
        ("who directed {title}? I am curious", "ask_director"),
        ("how long is {title}?", "ask_runtime"),
        ("what else has {lead} been in?", "ask_other_work"),
        ("Which Dutch actress played {hero} in the James Bond movie {title}?", "ask_who_plays"),
        ("can I stream {title} on my iPad without the premium subscription?", "ask_where_to_watch"),
    ],
)
def test_an_answer_the_words_ask_for_is_kept(store: FactStore, text: str, classified: str):
    lead = store.people[store.cast[0].actor].name
    hero = store.characters[store.cast[1].character].name.split()[0]
    text = text.format(title=store.title, lead=lead, hero=hero)
    names = [name(text, lead, "person")] if lead in text else []
    names += [name(text, hero, "character")] if hero in text else []
    assert decided(store, text, classified, names).get("intent")["name"] == classified


def test_a_persons_card_answers_what_is_asked_of_them_in_words_no_example_has(store: FactStore):
    """ "In what field was <the author> active?": who they are answers it; never "I don't know"."""
    author = store.people[store.novel["author"].value].name
    text = f"In what field was {author} active?"
    assert decided(store, text, "ask_person", [name(text, author, "person")]).get("intent")["name"] == "ask_person"
