"""Round 63: what someone does in a scene, asked in Japanese, is no card's.

- "<名前>は何をみていますか？" asks what they look at: the card's "見つかって" (found) does not say 見る (see); a card
  says a verb only by a word of its own with that dictionary form.
- A deed with an object of its own ("どこに手を置いていますか", "何を手にしていますか"), "which finger" ("どの指を
  たてていますか") and a scene pictured before the name ("左側に立つ制服の<名前>は何をしているの？") ask the scene.
- A relative asked so ("<名前>の母は台所で何をしていますか？") gets "I don't know that about <the relative>", never
  the relative's card; who the relative is stays their card.
- The kind of a thing of theirs that no card says ("<名前>は今どんな気持ちですか？": their feelings) is not known;
  "どんな人？", "どんな性格？" (what they are like) stay their card.
- A trait of the thing someone handles ("<名前>の母が切っているものの形は何ですか？") is not known either.
- "<名前>のシーンが怖かった。好きなキャラクターはいますか？" asks the assistant's favourite of the film's characters:
  the honest answer and what critics said, never the card of the one named in the remark before.
- A yes/no question left open is followed by the classifier's card only for a word of that card's own, never a verb
  of every topic ("does that make this a 'do not buy'?" gets no spoiler prompt).
- Fan forums ("which are the best forums about <the film>?") are not held, and "the option to change the language of
  <the film>" asks its audio and subtitles (not held), never the language it was made in.
- "Film of the year?" is an accolade (awards), never the release date; "what time is the show?" asks a showing
  (where it is shown), and the "time" of "what time" is no evidence of the runtime.
- Someone who plays a relative of a character billed above theirs is introduced by that tie ("what about <her
  actor>?": she plays <a name>, who is <the heroine>'s mother); the first billed is introduced by no one.
- A streaming service that only says which film is meant ("does the <service> film <the title> feature …?", "<the
  title> (<service>)") is no claim of where it streams: never "Yes, on <the service>"; "is it a <service> film?" and
  "is it on <the service>?" still are.
- The acting judged in Japanese ("演技は良かった？", "キャストの演技はどうでしたか？",
  "<an actor>の演技はどうでしたか？") gets what critics said, as "was the acting good?" does in English; never the
  cast list or "didn't get that".
- "Has anyone heard anything from <an actor> lately?", "any news from <a studio>?" ask present-day news (not
  held), never their works or the production card.
- "How to run <the film>?", "how can I access it?" ask how to get it playing (where it streams), never the runtime.
- "I ended up buying it" is what the speaker came to do, never the story's ending; "it's worth your money" judges it
  (what critics said), never the runtime.

Names and values come from the store; the phrasings are mine.
"""

from __future__ import annotations

import pytest

from actions.people import ActionPerson
from bot.store import FactStore
from bot.understanding.person_asked import ASKED_OF_PERSON
from tests.reading_helpers import decided, name, reading, values


def _hero(store: FactStore) -> str:
    return str(store.characters[store.cast[0].character].native)


def _heroine(store: FactStore) -> str:
    return str(store.characters[store.cast[1].character].native)


def _not_known(store: FactStore, text: str, named: str, intent: str = "nlu_fallback") -> bool:
    result = reading(store, text, intent, [name(text, named, "character")])
    return result.intent == "ask_fact" and ASKED_OF_PERSON in values(result, "attribute")


@pytest.mark.parametrize(
    "form",
    [
        "{n}は何をみていますか?",
        "{n}はどこに手を置いていますか?",
        "{n}は何を手にしていますか?",
        "{n}はどの指をたてていますか?",
        "左側に立つ制服の{n}は何をしているのですか?",
    ],
)
def test_what_someone_does_in_a_scene_is_not_known(store: FactStore, form: str):
    assert _not_known(store, form.format(n=_hero(store)), _hero(store))


def test_what_one_looks_at_of_another_is_not_known(store: FactStore):
    hero, heroine = _hero(store), _heroine(store)
    text = f"{heroine}は{hero}の何を見ていますか?"
    entities = [name(text, heroine, "character"), name(text, hero, "character")]
    result = reading(store, text, "ask_character", entities)
    assert result.intent == "ask_fact" and ASKED_OF_PERSON in values(result, "attribute")


@pytest.mark.parametrize("form", ["{n}は何をしていますか？", "{n}は何をしている人？", "{n}は誰？"])
def test_what_someone_does_in_life_stays_their_card(store: FactStore, form: str):
    assert not _not_known(store, form.format(n=_hero(store)), _hero(store), "ask_character")


def test_a_verb_the_card_says_keeps_the_card(store: FactStore):
    """The heroine's card says she draws ("絵を描き"): "<名前>は何を描いていますか？" is answered by it."""
    assert "描き" in str(store.characters[store.cast[1].character].description.extra.get("ja"))
    assert not _not_known(store, f"{_heroine(store)}は何を描いていますか?", _heroine(store))


def _mother(store: FactStore) -> str:
    heroine = store.cast[1].character
    (relation,) = store.related(heroine, ["mother"])
    return store.characters[relation.object].name


@pytest.mark.parametrize(
    "form",
    ["{n}の母は台所で何をしていますか?", "{n}の母は何を持っていますか？", "{n}の母が切っているものの形は何ですか?"],
)
def test_what_a_relative_does_in_a_scene_is_not_known_of_the_relative(store: FactStore, form: str):
    heroine = _heroine(store)
    text = form.format(n=heroine)
    result = reading(store, text, "ask_character", [name(text, heroine, "character")])
    assert result.intent == "ask_fact" and ASKED_OF_PERSON in values(result, "attribute")
    assert values(result, "character") == [_mother(store)]


@pytest.mark.parametrize("form", ["{n}の母は誰ですか？", "{n}の母は何をしている人ですか？", "{n}の母の名前は？"])
def test_who_a_relative_is_stays_their_card(store: FactStore, form: str):
    heroine = _heroine(store)
    text = form.format(n=heroine)
    result = reading(store, text, "ask_character", [name(text, heroine, "character")])
    assert ASKED_OF_PERSON not in values(result, "attribute")


@pytest.mark.parametrize(
    "form", ["{n}のシーンなどですね。怖かった…。好きなキャラクターはいますか？", "{n}です。好きなシーンは？"]
)
def test_a_favourite_part_asked_after_a_remark_naming_someone_is_of_the_film(store: FactStore, form: str):
    hero = _hero(store)
    text = form.format(n=hero)
    result = reading(store, text, "ask_character", [name(text, hero, "character")])
    assert (result.intent, values(result, "taste"), values(result, "topic")) == ("ask_fact", ["favourite"], ["reviews"])


def test_a_favourite_part_of_someone_named_in_the_question_is_theirs(store: FactStore):
    text = f"{_hero(store)}のシーンは好き？"
    assert reading(store, text, "ask_character", [name(text, _hero(store), "character")]).intent == "ask_character"


def test_a_verb_of_every_topic_brings_no_card_after_an_open_question(store: FactStore):
    result = reading(store, 'Does that make this a "Do not buy"?', "ask_ending")
    assert result.intent == "ask_fact" and values(result, "claim")[0].startswith("polar_open:")


@pytest.mark.parametrize(
    ("text", "attribute"),
    [
        ("Which are the best forums about {title}?", "fan_forums"),
        ("is there a fan site for {title}?", "fan_forums"),
        ("Where is the option to change the language of {title}?", "dubbing"),
        ("how do I switch the language settings?", "dubbing"),
    ],
)
def test_forums_and_language_settings_are_not_held(store: FactStore, text: str, attribute: str):
    result = reading(store, text.format(title=store.title), "ask_plot")
    assert (result.intent, values(result, "attribute")) == ("ask_fact", [attribute])


@pytest.mark.parametrize("text", ["Film of the year for everyone else?", "was {title} the movie of the year?"])
def test_film_of_the_year_is_an_accolade(store: FactStore, text: str):
    result = reading(store, text.format(title=store.title), "nlu_fallback")
    assert (result.intent, values(result, "topic")) == ("ask_fact", ["awards"])


@pytest.mark.parametrize("text", ["what time is the show?", "what time does the movie start?"])
def test_the_time_of_a_showing_is_where_it_is_shown(store: FactStore, text: str):
    assert reading(store, text, "nlu_fallback").intent == "ask_where_to_watch"


def test_what_time_is_no_evidence_for_the_runtime(store: FactStore):
    decision = decided(store, "Wat time u all watching e movie?", "ask_runtime", confidence=0.51)
    assert decision.get("intent")["name"] != "ask_runtime"


def test_how_much_time_keeps_an_unsure_runtime(store: FactStore):
    decision = decided(store, f"how much time is {store.title}?", "ask_runtime", confidence=0.51)
    assert decision.get("intent")["name"] == "ask_runtime"


def test_what_the_speaker_ended_up_doing_is_no_ending(store: FactStore):
    text = "I pirated this film first and loved it so much I ended up buying it. It's worth your money and time."
    result = reading(store, text, "ask_runtime")
    assert (result.intent, values(result, "topic")) == ("ask_fact", ["reviews"])


def test_whom_a_character_ends_up_with_is_still_the_ending(store: FactStore):
    hero = store.characters[store.cast[0].character].name.split()[0]
    text = f"who does {hero} end up with?"
    assert reading(store, text, "ask_ending", [name(text, hero, "character")]).intent in (None, "ask_ending")


@pytest.mark.parametrize("form", ["{n}は今どんな気持ちですか？", "今 {n}はどんな気持ちです?"])
def test_the_kind_of_a_feeling_is_not_known(store: FactStore, form: str):
    assert _not_known(store, form.format(n=_hero(store)), _hero(store), "ask_character")


@pytest.mark.parametrize("form", ["{n}はどんな人ですか？", "{n}はどんな性格ですか？", "{n}はどんなキャラクター？"])
def test_what_someone_is_like_stays_their_card(store: FactStore, form: str):
    assert not _not_known(store, form.format(n=_heroine(store)), _heroine(store), "ask_character")


def test_which_one_someone_is_stays_their_card(store: FactStore):
    actor = str(store.people[store.cast[2].actor].native)
    text = f"{actor}ってどの子？"
    result = reading(store, text, "ask_person", [name(text, actor, "person")])
    assert ASKED_OF_PERSON not in values(result, "attribute")


@pytest.mark.parametrize("text", ["How to run {title}?", "how can I access it?"])
def test_how_to_run_it_is_where_it_streams(store: FactStore, text: str):
    assert reading(store, text.format(title=store.title), "ask_runtime").intent == "ask_where_to_watch"


def test_how_long_it_runs_is_still_its_runtime(store: FactStore):
    assert reading(store, "how long does it run?", "ask_runtime").intent in (None, "ask_runtime")


def test_someone_playing_a_relative_is_introduced_by_the_tie(store: FactStore, turn):
    heroine = store.cast[1].character
    (mother,) = store.related(heroine, ["mother"])
    actor = next(credit.actor for credit in store.cast if credit.character == mother.object)
    answer = turn(ActionPerson(), text="what about her?", intent="ask_person", entities={"person": actor})
    assert answer.responses[:1] == ["utter_person_plays"] and "utter_relation_between" in answer.responses
    tie = answer.values("utter_relation_between")
    assert (tie["relative_name"], tie["character_name"]) == (
        store.characters[mother.object].name,
        store.characters[heroine].name,
    )


def test_the_first_billed_is_introduced_by_no_one(store: FactStore, turn):
    lead = store.cast[0].actor
    answer = turn(ActionPerson(), text="who is he?", intent="ask_person", entities={"person": lead})
    assert "utter_relation_between" not in answer.responses


def _service(store: FactStore) -> str:
    return str(store.film["platform"].value)


@pytest.mark.parametrize(
    "template",
    [
        "Does {title} ({service}) have superpowers?",
        "Is {service} {title} film vaporware?",
        "Does the {service} film {title} feature talking animals?",
    ],
)
def test_a_service_naming_the_film_is_no_claim_of_where_it_streams(store: FactStore, template: str):
    text = template.format(title=store.title, service=_service(store))
    result = reading(store, text, "ask_where_to_watch")
    assert result.intent == "ask_fact" and values(result, "claim")[0].startswith("polar_open:")
    assert _service(store).lower() not in values(result, "claim")[0].lower()


@pytest.mark.parametrize(
    "template", ["is it a {service} original?", "Is {title} a {service} film?", "is it on {service}?"]
)
def test_the_service_claimed_is_still_where_it_streams(store: FactStore, template: str):
    text = template.format(title=store.title, service=_service(store))
    assert values(reading(store, text, "ask_where_to_watch"), "claim")[0].startswith("platform:")


@pytest.mark.parametrize(
    "text", ["It explores various forms of what trait?", "other forms of media, what would it be called?"]
)
def test_forms_are_no_forums(store: FactStore, text: str):
    assert "fan_forums" not in values(reading(store, text, "nlu_fallback"), "attribute")


@pytest.mark.parametrize(
    "text", ["演技は良かった？", "キャストの演技はどうでしたか？", "演技は上手でしたか？", "{a}の演技はどうでしたか？"]
)
def test_the_acting_judged_in_japanese_is_what_critics_said(store: FactStore, text: str):
    actor = str(store.people[store.cast[0].actor].native)
    text = text.format(a=actor)
    entities = [name(text, actor, "person")] if actor in text else []
    result = reading(store, text, "ask_cast" if "キャスト" in text else "nlu_fallback", entities)
    assert (result.intent, values(result, "topic")) == ("ask_fact", ["reviews"])


@pytest.mark.parametrize("template", ["Has anyone heard anything from {a} lately?", "Any news from {a}?"])
def test_news_from_someone_is_not_held(store: FactStore, template: str):
    actor = store.people[store.cast[0].actor].name
    text = template.format(a=actor)
    result = reading(store, text, "ask_other_work", [name(text, actor, "person")])
    assert (result.intent, values(result, "attribute")) == ("ask_fact", ["present_day"])


def test_a_cast_member_featured_in_the_service_film_is_still_a_cast_question(store: FactStore):
    actor = store.people[store.cast[0].actor].name
    text = f"Does the {_service(store)} film {store.title} feature {actor}?"
    result = reading(store, text, "ask_where_to_watch", [name(text, actor, "person")])
    assert (result.intent, values(result, "claim")) == ("ask_person", ["in_film"])


def test_what_kind_of_work_the_film_is_stays_its_story(store: FactStore):
    text = f"なるほど。{store.film['title_japanese'].value}はどんな作品ですか？"
    assert ASKED_OF_PERSON not in values(reading(store, text, "ask_plot"), "attribute")


def test_a_follow_up_names_the_words_of_the_question_it_repeats(store: FactStore):
    """ "What is <a>'s mother holding?" then "what about <an actor>?": the words asked are the first question's,
    read from that question's text, never the same positions of the follow-up's."""
    from actions.common import ASKED_AS
    from actions.topics import _asked_span
    from tests.conftest import tracker

    first = "what is her mother holding?"
    at = first.index("holding")
    asked = {"entity": "attribute", "value": ASKED_OF_PERSON, "start": at, "end": at + len("holding")}
    follow_up = tracker(text="what about her?", entities=[asked])
    follow_up.latest_message[ASKED_AS] = first
    assert _asked_span(follow_up, "attribute", ASKED_OF_PERSON) == "holding"
    alone = tracker(text=first, entities=[asked])
    assert _asked_span(alone, "attribute", ASKED_OF_PERSON) == "holding"
