"""Round 44: the Japanese small talk of XPersona, the DialogRE and SPOLIN scenes, the AfriQA questions and the
Commonsense-Dialogues turns (the round-70, 71, 72 and 67 checks, opened), and the team's own probes in the same
styles, that got another question's answer.

- "What's your favorite band?", "do you like dogs?", "あなたの好きなバンドは何ですか？": the assistant's own taste asked
  of nothing of this film is declined in its own words (it has none), a refusal, never the bot's identity nor the
  film's genre.
- "Do you want to go to a movie on Friday?", "what do you want to watch?": an invitation to watch is the assistant's
  experience asked, never where to watch this film.
- "私はロックが好きです。あなたはどう？": the speaker's taste asked back in Japanese; only after a taste told.
- "…が好きです！あなたは来ますか？": only the last Japanese sentence asks; a liking before it is the speaker's news.
- "あなたは運動しますか？": a Japanese question of the assistant's life, not of what it is, is refused.
- "若者のすべてを知っていますか？", "have you heard of <the song's title>?": whether the assistant knows this film, its
  novel or a credited work by its title: yes, then its card; "東京を知っていますか？" is no taste.
- "身長は？", "誕生日は？" after "who plays <a>?": a Japanese question leaves its subject unsaid; a personal attribute
  of no one named is the conversation's person's. "彼女は何歳？": the film's rating never answers of a person.
- "Who plays <a>?" then "how old?", "and how tall?", "birthday?": a bare follow-up right after an answer about one
  person asks of that person, never the film's rating or "its height".
- "<an actress>は何歳？": a Japanese answer names the attribute by its noun ("年齢"), never by the question word.
- "You read the novel, right?": a statement of the assistant's experience to confirm.
- "Where is actress <a> from?": a title before a name leaves the question around the name whole.
- "In which hospital did <a> die?": the wh-phrase's unknown thing is asked, the life event only places it.
- "Which song made <a> popular?": the work that made someone famous is a place in a career, never the theme song.
- "Were you watching Netflix?": what the assistant is doing, its experience, never where to watch; "which movie are
  you watching if you hear <a quote>?" asks a title.
- "When did <a singer> start music?": a time asked of one named person, with the word of a credit another holds, is
  never that credit's card.
- "Did the rest of the audience like it?": a quantity of a determined noun is one subject.
- "I'm Sam. What about you?": the asker's news asked back, naming nothing of ours, asks what the assistant is; "I
  watched it. What about you?" gets one honest answer, not two.

Each test names the general rule; phrasings are mine or adapted from those datasets, names come from the store.
"""

from __future__ import annotations

import pytest
from rasa.shared.nlu.training_data.message import Message
from rasa_sdk import Tracker

from actions.ages import bare_age_of_the_person
from actions.common import HONEST_ANSWERS, Reply, subject_unsaid
from actions.conversation import ActionOutOfScope
from actions.topics import ActionFact
from bot.japanese import has_japanese
from bot.understanding import (
    assistants_taste,
    career_place,
    everyday,
    japanese_taste,
    named_work,
    polar_form,
)
from bot.understanding.lexicon import default_lexicon, tokens
from tests.reading_helpers import decided, name, reading, run, values


def _intent(message: Message) -> str:
    return (message.get("intent") or {}).get("name")


def _taste(message: Message) -> list[str]:
    return [e["value"] for e in message.get("entities") or [] if e.get("entity") == "taste"]


def _lead(store) -> str:
    return store.people[store.cast[0].actor].name


def _cut(sentence: str) -> list[str]:
    return tokens(sentence)


# --- the assistant's own taste, of nothing of ours ---


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("What's your favorite band?", "out_of_scope"),
        ("Do you like dogs?", "help"),
        ("I like horror movies. What about you?", "out_of_scope"),
        ("Do you have a favourite film genre?", "out_of_scope"),
        ("That would be cool. Do you want to go to a movie on Friday?", "out_of_scope"),
        ("Oh ya, that would be cool. What do you want to watch?", "ask_where_to_watch"),
    ],
)
def test_the_assistants_own_taste_of_nothing_of_ours_is_declined(store, text, intent):
    message = decided(store, text, intent)
    assert _intent(message) == "out_of_scope"
    assert _taste(message) == ["taste"]


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("I'm Sam. What about you?", "bot_challenge"),  # a name asked back, no taste
        ("Would you like to know who directed it?", "ask_director"),  # an offer
        ("Do you want to watch the movie with me?", "ask_where_to_watch"),  # this film: where it is watched
    ],
)
def test_no_taste_or_this_films_invitation_is_not_declined(store, text, intent):
    message = decided(store, text, intent)
    assert not _taste(message)
    assert _intent(message) == intent


def test_an_invitation_to_watch_is_the_assistants_experience():
    asked = assistants_taste.invited_to_watch(tokens("would you like to go to a movie sometime or something"))
    assert asked is not None and asked.kind == assistants_taste.WATCHED
    assert assistants_taste.invited_to_watch(tokens("do you want to know who plays her")) is None


def test_the_declined_taste_is_a_refusal_worded_for_it(domain):
    said, _, _ = run(ActionOutOfScope(), domain, "do you like dogs?", [{"entity": "taste", "value": "taste"}])
    assert said == ["utter_assistant_declines_taste"]
    said, _, _ = run(ActionOutOfScope(), domain, "who won the world cup?", [])
    assert said == ["utter_out_of_scope"]


# --- Japanese taste and life ---


@pytest.mark.parametrize(
    "text",
    [
        "ねえ、あなたの好きなバンドは何ですか？",
        "あなたは犬が好きですか？",
        "ええ、素晴らしいですよ。好きなバンドはありますか？",
    ],
)
def test_a_japanese_taste_of_nothing_of_ours_is_declined(store, text):
    message = decided(store, text, "bot_challenge")
    assert _intent(message) == "out_of_scope"
    assert _taste(message)


def test_a_japanese_taste_of_a_part_of_the_film_gets_what_critics_said(store):
    result = reading(store, "好きなシーンはありますか？", "nlu_fallback")
    assert result.intent == "ask_fact"
    assert values(result, "topic") == ["reviews"]


def test_the_film_named_before_the_japanese_question_is_its_object(store):
    title = store.film["title_forms"].value[2]  # the Japanese title without its closing mark
    result = reading(store, f"{title}の映画が好きです。それらを見たことがありますか？", "nlu_fallback")
    assert result.intent == "ask_fact"
    assert values(result, "taste") == [assistants_taste.WATCHED]


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("私はロックが好きです。あなたはどうですか？", True),
        ("あなたは？", True),
        ("大きくなったら犬になります。あなたは？", False),  # plans, not taste
        ("あなたは犬が好きですか？", False),  # a question of its own
    ],
)
def test_the_speakers_taste_asked_back_in_japanese(text, asked):
    assert japanese_taste.asked_back(text, _cut) is asked


def test_the_speakers_taste_asked_back_gets_the_honest_answer(store):
    result = reading(store, "私はR&Bが好きです。あなたはどう？", "bot_challenge")
    assert result.intent == "ask_fact"
    assert values(result, "taste") == [assistants_taste.TASTE]


def test_a_liking_before_the_last_japanese_sentence_is_the_speakers_news(store):
    text = "ウェイロンジェニングスは私のお気に入りです！来週はベイクセールです。あなたは来ますか？"
    assert japanese_taste.last_sentence_start(text) == text.index("あなたは来")
    message = decided(store, text, "bot_challenge")
    assert _intent(message) == "out_of_scope"
    assert not _taste(message)


@pytest.mark.parametrize(
    ("text", "identity"),
    [("あなたは誰？", True), ("君はAI？", True), ("中の人いるの？", True), ("あなたは運動しますか？", False)],
)
def test_a_japanese_question_of_what_the_assistant_is(text, identity):
    assert everyday.japanese_identity_asked(text) is identity


def test_a_japanese_question_of_the_assistants_life_is_refused(store):
    assert _intent(decided(store, "あなたは運動しますか？", "bot_challenge")) == "out_of_scope"
    assert _intent(decided(store, "あなたは誰？", "bot_challenge")) == "bot_challenge"


# --- English readings ---


def test_a_statement_of_the_assistants_experience_to_confirm_is_asked(store):
    result = reading(store, "Well, except for the novel. You read the novel, right?", "ask_novel")
    assert result.intent == "ask_novel"
    assert values(result, "taste")


def test_a_title_before_a_name_keeps_the_question_around_it(store):
    text = "Where is actress, Natsuki Deguchi from?"
    person = store.people[store.cast[1].actor].name
    text = text.replace("Natsuki Deguchi", person)
    result = reading(store, text, "nlu_fallback", [name(text, person, "person")])
    assert result.intent == "ask_fact"
    assert values(result, "attribute") == ["birthday"]


def test_an_unknown_thing_asked_before_an_attribute_is_what_is_asked(store):
    person = _lead(store)
    text = f"In which hospital did {person} die?"
    result = reading(store, text, "ask_person", [name(text, person, "person")])
    assert values(result, "attribute") == ["asked"]
    text = f"In which city was {person} born?"  # the birthplace itself
    result = reading(store, text, "ask_person", [name(text, person, "person")])
    assert values(result, "attribute") == ["birthday"]


def test_the_work_that_made_someone_famous_is_a_place_in_a_career(store):
    words = tokens("which song made suis popular")
    assert career_place.fame_work(words, [(3, 4)]) == (1, 2)
    assert career_place.fame_work(tokens("which song made it popular"), []) is None


def test_news_asked_back_asks_what_the_assistant_is(store):
    assert _intent(decided(store, "I'm Sam. What about you?", "ask_plot")) == "bot_challenge"
    assert _intent(decided(store, "I'm Sam. What's the plot?", "ask_plot")) == "ask_plot"


def test_the_taste_asked_back_gets_one_honest_answer(domain):
    text = "I watched it. What about you?"
    entities = [{"entity": "taste", "value": "favourite"}, name(text, "about you", "topic", "reviews")]
    said, _, _ = run(ActionFact(), domain, text, entities)
    assert len([r for r in said if r in HONEST_ANSWERS.values()]) == 1


@pytest.mark.parametrize("text", ["were you watching netflix", "are you watching it"])
def test_what_the_assistant_is_doing_is_its_experience(store, text):
    asked = assistants_taste.taste_asked(tokens(text))
    assert asked is not None and asked.kind == assistants_taste.WATCHED
    result = reading(store, text + "?", "ask_where_to_watch")
    assert values(result, "taste") == [assistants_taste.WATCHED]


def test_a_quantity_of_a_determined_noun_is_one_subject():
    form = polar_form.polar_question("Did the rest of the audience seem to like it?", default_lexicon().yes_no_openers)
    assert form is not None and form.statement.startswith("the rest of the audience did")


def _song_title_ja(store) -> str:
    return next(
        w for role, said in named_work.credit_titles(store) if has_japanese(w := "".join(said)) and role in store.crew
    )


def test_whether_the_assistant_knows_a_credited_work_in_japanese(store):
    title = _song_title_ja(store)
    result = reading(store, f"{title}の曲を知っていますか？", "out_of_scope")
    assert result.intent == "ask_crew"
    assert values(result, "taste") == [assistants_taste.KNOWN]
    result = reading(store, "この映画知ってる？", "nlu_fallback")
    assert result.intent == "ask_plot"
    assert values(result, "taste") == [assistants_taste.KNOWN]


def test_whether_the_assistant_knows_something_else_is_no_taste(store):
    message = decided(store, "東京を知っていますか？", "nlu_fallback")
    assert not _taste(message)


def test_whether_the_assistant_heard_of_the_songs_title(store):
    role, said = next((r, s) for r, s in named_work.credit_titles(store) if not has_japanese("".join(s)))
    text = f"Have you heard of {' '.join(said)}?"
    message = decided(store, text, "out_of_scope")
    assert _intent(message) == "ask_crew"
    assert _taste(message) == [assistants_taste.KNOWN]


def _tracker(text: str, entities: list[dict], person: str | None) -> Tracker:
    message = {"text": text, "intent": {"name": "ask_fact", "confidence": 1.0}, "entities": entities}
    return Tracker("test", {"person": person}, message, [], False, None, {}, "")


def test_a_japanese_personal_attribute_of_no_one_named_is_the_conversations_persons(store):
    person = store.cast[1].actor
    height = [{"entity": "attribute", "value": "height"}]
    assert subject_unsaid(_tracker("身長は？", height, person))
    assert not subject_unsaid(_tracker("how tall?", height, person))  # English says its subject ("she")
    assert not subject_unsaid(_tracker("予算は？", [{"entity": "attribute", "value": "budget"}], person))


def test_the_films_rating_never_answers_of_a_person(store):
    result = reading(store, "彼女は何歳？", "ask_rating")
    assert result.intent == "ask_character"
    assert values(result, "attribute") == ["age"]
    assert reading(store, "何歳から見られる？", "ask_rating").intent in (None, "ask_rating")


def test_a_wh_question_of_what_is_being_watched_asks_a_title():
    assert assistants_taste.taste_asked(tokens("which movie are you watching if you hear that line")) is None


def test_a_place_of_a_life_event_is_the_event_asked(store):
    person = store.crew["director"].people[0]
    text = f"In what area is the territory where {store.people[person].name} was born?"
    result = reading(store, text, "ask_person", [name(text, store.people[person].name, "person")])
    assert values(result, "attribute") != ["asked"]


def test_a_time_asked_of_someone_with_anothers_credit_word_is_not_that_credit(store):
    singer = next(p for p in store.people if {c.role for c in store.crew_roles_of(p)} == {"theme_song"})
    text = f"When did {store.people[singer].name} start music?"
    entities = [name(text, store.people[singer].name, "person"), name(text, "music", "crew_role")]
    result = reading(store, text, "ask_crew", entities)
    # round 47: when she started in music is not held ("I don't know"), never the music credit nor her card
    assert result.intent == "ask_fact"
    assert values(result, "attribute") == ["music_career"]


def _after(answer: str, text: str, entities: list[dict], person: str) -> Tracker:
    events = [
        {"event": "user", "text": "who plays her?", "parse_data": {"entities": []}},
        {"event": "action", "name": answer},
        {"event": "user", "text": text},
    ]
    message = {"text": text, "intent": {"name": "ask_fact", "confidence": 1.0}, "entities": entities}
    return Tracker("test", {"person": person}, message, events, False, None, {}, "")


def test_a_bare_english_follow_up_right_after_a_person_is_theirs(store):
    person = store.cast[1].actor
    text = "and how tall?"
    height = [name(text, "how tall", "attribute", "height")]
    assert subject_unsaid(_after("action_who_plays", text, height, person))
    assert not subject_unsaid(_after("action_runtime", text, height, person))  # after a film's fact: the film's
    text = "how tall is the theme song singer?"
    assert not subject_unsaid(_after("action_who_plays", text, [name(text, "how tall", "attribute", "height")], person))


def test_a_bare_age_right_after_a_person_is_their_age_not_the_rating(store, domain):
    from rasa_sdk.executor import CollectingDispatcher

    person = store.cast[1].actor
    dispatcher = CollectingDispatcher()
    reply = Reply(dispatcher, domain, "en")
    assert bare_age_of_the_person(reply, _after("action_who_plays", "how old?", [], person)) is not None
    said = [m["response"] for m in dispatcher.messages if m.get("response")]
    assert said[0] == "utter_dont_know_subject_attribute"
    assert (
        bare_age_of_the_person(
            Reply(CollectingDispatcher(), domain, "en"), _after("action_runtime", "how old?", [], person)
        )
        is None
    )
    assert (
        bare_age_of_the_person(
            Reply(CollectingDispatcher(), domain, "en"), _after("action_who_plays", "how old must kids be?", [], person)
        )
        is None
    )


def test_a_japanese_answer_names_the_attribute_by_its_noun(store, domain):
    from bot.i18n import LANGUAGE_SLOT

    person = store.people[store.cast[1].actor]
    text = f"{person.name}は何歳？"
    entities = [name(text, person.name, "person"), name(text, "何歳", "attribute", "age")]
    said, messages, _ = run(ActionFact(), domain, text, entities, {LANGUAGE_SLOT: "ja"})
    assert said[0] == "utter_dont_know_subject_attribute"
    assert messages[0]["asked"] == "年齢"
