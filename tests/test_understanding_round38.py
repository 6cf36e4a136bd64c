"""Round 38: questions people asked on Yahoo Answers (TREC LiveQA), wrote under /r/movies (Movie Dialog, task 4),
sent to an assistant (oasst1) and a film bot (IAI MovieBot), and the team's own probes in the same styles, that got
another question's answer.

- "Is it really good?", "how was it?", "should I watch it?", "should I read <the title> books?", "which is better,
  the book or the movie?", "do you recommend it?", "does <the title>'s theme song make your ears bleed?": the
  assistant's own judgement asked; its honest answer (it has no taste) opens what it knows: the reviews, the novel,
  the song. "Where should I watch it?" asks where, never the reviews.
- "Did you see the trailer?": it watches nothing; then when the trailers came out. "Did you cry at the end?": it
  watches nothing; then what critics said, never the spoiler question.
- "Have you read <the title> or <another book>? Which is better?": the second sentence asks its taste too.
- "Could you give me the full lyrics?": the song's words, not held; never the spoiler question.
- "People don't like that movie?": what critics said.
- "Compare and contrast <a> and <b>", "who are <a> and <b>?": each character's card, not only the first one's
  and never who plays them alone.
- "Is it a romantic adventure film?", "is it in English and Japanese?": every kind named must hold for a yes.
- "Fox movie, isn't it?", "was it made by Toho?": a studio named, decided against the production companies; a
  studio's name alone ("is there a fox in it?") claims nothing.
- "What's the letterboxd rating?", "the rating on douban": a site's score, not held; never the maturity rating.
  "Is there a clip of the ending?": no clips are held; never the spoiler question or the refusal.
- "I didn't know <a> could act", "this is the saddest movie I've seen all year": the speaker's remark, never "no
  spoilers from now on" or the release year; "is it the saddest movie of the year?" still asks.
- "What's the movie about without spoilers?": the plot, told without them; never "another film described".
- "When was he born?" then "where?": where he was born; "when did it come out?" then "where?": its release,
  which says where. After any other question "where?" is not placed ("I don't know that"), never a repeat.
- "What region is the film from?" is its country; "when was it shown?" its release; "the film's English name"
  its title, and a character's English name their card; "his representative work" his works.
- "What did you like about it?", "did you enjoy the soundtrack?": the assistant's taste, of which it has none;
  then the reviews, the music credit.

Each test names the general rule; phrasings are mine or adapted from those datasets, names come from the store.
"""

from __future__ import annotations

import pytest

from actions.claims import verdict
from bot.understanding import assistants_taste, ellipsis
from bot.understanding.lexicon import default_lexicon, tokens
from tests.conftest import tracker
from tests.reading_helpers import name, reading, run, tags, values


def _characters(store) -> tuple[str, str]:
    first, second = list(store.characters.values())[:2]
    return first.name, second.name


# --- the assistant's judgement asked ---


@pytest.mark.parametrize(
    "text",
    [
        "Is it really good?",
        "is it good?",
        "is it any good?",
        "is it worth watching?",
        "should I watch it?",
        "should i bother watching it?",
        "so should I see it or not?",
        "should I watch {title}?",
        "do you recommend it?",
        "how was it?",
        "How was the movie?",
    ],
)
def test_a_judgement_of_the_film_asked_is_the_honest_answer_then_the_reviews(store, text):
    result = reading(store, text.format(title=store.title), "ask_fact")
    assert result.intent == "ask_fact"
    assert tags(result) == {"taste": assistants_taste.TASTE, "topic": "reviews"}


@pytest.mark.parametrize("text", ["which is better?", "which one is best?", "what's better?"])
def test_a_preference_asked_without_its_things_is_no_favourite_then_the_reviews(store, text):
    result = reading(store, text, "out_of_scope")
    assert tags(result) == {"taste": assistants_taste.FAVOURITE, "topic": "reviews"}


@pytest.mark.parametrize(
    "text",
    ["Should I read {title} books?", "which is better, the book or the movie?", "is the book any good?"],
)
def test_a_judgement_of_the_novel_asked_is_the_honest_answer_then_the_novel(store, text):
    result = reading(store, text.format(title=store.title), "ask_novel")
    assert result.intent == "ask_novel" and values(result, "taste") == [assistants_taste.TASTE]


def test_what_the_song_does_to_the_assistant_is_its_taste_then_the_song(store):
    text = f"Does {store.title}s theme song make your ears bleed?"
    result = reading(store, text, "ask_crew", [name(text, "theme song", "crew_role", "theme_song")])
    assert result.intent == "ask_crew" and values(result, "taste") == [assistants_taste.TASTE]


@pytest.mark.parametrize(
    "text", ["did you see the trailer?", "have you seen the teaser?", "didn't you see the trailer?"]
)
def test_the_trailer_seen_is_the_honest_answer_then_the_trailers(store, text):
    result = reading(store, text, "ask_fact")
    assert tags(result) == {"taste": assistants_taste.WATCHED, "topic": "trailer"}


@pytest.mark.parametrize("text", ["did you cry at the end?", "did you cry?"])
def test_the_assistants_tears_are_the_honest_answer_never_the_ending(store, text):
    result = reading(store, text, "ask_ending")
    assert tags(result) == {"taste": assistants_taste.WATCHED, "topic": "reviews"}


@pytest.mark.parametrize(("text", "intent"), [("will I cry?", "ask_genre"), ("does Haruna cry?", "ask_character")])
def test_someone_elses_tears_are_no_taste_of_the_assistants(store, text, intent):
    assert "taste" not in tags(reading(store, text, intent))


def test_a_second_sentence_asking_taste_keeps_the_first_sentences_taste(store):
    text = f"Have you read {store.title} or the other book? Which is better?"
    result = reading(store, text, "ask_character")
    assert values(result, "taste") in ([assistants_taste.WATCHED], [assistants_taste.TASTE])


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("where should I watch it?", "ask_where_to_watch"),
        ("what's the best way to watch it?", "ask_where_to_watch"),
        ("is it good for kids?", "ask_rating"),
        ("how was it made?", "ask_fact"),
        ("How is it?", "nlu_fallback"),  # may greet: "how is it going?"
        ("how is it rated?", "ask_rating"),
        ("is it sad?", "ask_genre"),
        ("which is the best streaming service to watch it on?", "ask_where_to_watch"),
    ],
)
def test_a_question_of_fact_asks_no_judgement(store, text, intent):
    result = reading(store, text, intent)
    assert "taste" not in tags(result) and "reviews" not in values(result, "topic")


def test_a_ranking_of_films_is_no_preference_of_the_assistants(store):
    assert "taste" not in tags(reading(store, f"Which is the best {store.title} movie?", "ask_fact"))


def test_a_word_one_letter_from_contrast_is_no_comparison(store):
    assert "comparison" not in values(reading(store, "did they fulfill their contract?", "ask_character"), "attribute")


def test_a_judgement_needs_its_copula_first():
    assert assistants_taste.taste_asked(tokens("it is good")) is None
    assert assistants_taste.taste_asked(tokens("what is good about it")) is None


# --- the song's words, what people think, who characters are ---


def test_the_lyrics_asked_are_not_held_never_the_ending(store):
    result = reading(store, "could you give me the full lyrics?", "ask_ending")
    assert result.intent == "ask_fact" and values(result, "attribute") == ["lyrics"]


def test_the_lyrics_of_another_song_are_another_topic(store):
    result = reading(store, "what are the lyrics to Bohemian Rhapsody?", "out_of_scope")
    assert result.intent == "out_of_scope" and "lyrics" not in values(result, "attribute")


@pytest.mark.parametrize("text", ["people dont like that movie?", "why didn't people like it?"])
def test_people_not_liking_it_is_what_critics_said(store, text):
    assert values(reading(store, text, "nlu_fallback"), "topic") == ["reviews"]


@pytest.mark.parametrize(
    ("template", "intent"),
    [
        ("compare and contrast {a} and {b}", "ask_character"),
        ("what is the difference between {a} and {b}?", "ask_character"),
        ("tell me about {a} and {b}", "ask_character"),
        ("who are {a} and {b}?", "ask_person"),
    ],
)
def test_two_characters_asked_together_are_each_described(store, domain, template, intent):
    from actions.people import ActionCharacter, ActionPerson

    first, second = _characters(store)
    text = template.format(a=first, b=second)
    entities = [name(text, first, "character"), name(text, second, "character")]
    result = reading(store, text, intent, entities)
    action = ActionCharacter() if (result.intent or intent) == "ask_character" else ActionPerson()
    found = [*entities, *(e for e in result.entities if e["entity"] == "attribute")]
    said, _, _ = run(action, domain, text, found, intent=result.intent or intent)
    assert said.count("utter_character") == 2


@pytest.mark.parametrize(
    ("template", "asked"),
    [
        ("who is the father of {a} and {b}?", {"entity": "relation", "value": "father"}),
        ("how old are {a} and {b}?", {"entity": "attribute", "value": "age"}),
    ],
)
def test_something_asked_of_two_characters_is_not_their_cards(store, template, asked):
    from actions.people import several_characters

    first, second = _characters(store)
    named = [{"entity": "character", "value": first}, {"entity": "character", "value": second}]
    message = tracker(template.format(a=first, b=second), "ask_character", [*named, asked])
    assert several_characters(message) == []
    assert several_characters(tracker(template.format(a=first, b=second), "ask_character", named)) != []


# --- every kind named must hold ---


def _unheld_genre(store) -> str:
    held = " ".join(str(g).lower() for g in store.film["genres"].value)
    return next(g for g in ("adventure", "western", "musical", "horror") if g not in held)


def test_a_kind_named_with_one_it_is_not_is_no(store):
    other = _unheld_genre(store)
    result = reading(store, f"is it a romantic {other} film?", "ask_genre")
    (claim,) = values(result, "claim")
    assert claim == f"genre:romance+{other}"
    assert verdict(claim, tracker())[0] is False


def test_kinds_that_all_hold_are_yes(store):
    held = [str(g).lower() for g in store.film["genres"].value if " " not in str(g)][:2]
    result = reading(store, f"is it a {held[0]} {held[1]}?", "ask_genre")
    (claim,) = values(result, "claim")
    assert verdict(claim, tracker())[0] is True


def test_two_languages_claimed_must_both_be_spoken(store):
    result = reading(store, "is it in english and japanese?", "ask_language")
    (claim,) = values(result, "claim")
    assert verdict(claim, tracker())[0] is False


# --- who made it ---


@pytest.mark.parametrize(
    "text",
    [
        "Fox movie isn't it?",
        "is it a Warner Bros film?",
        "was it made by Toho?",
        "is it a toho production?",
        "is {title} a Toho film?",
    ],
)
def test_another_studio_named_is_a_no(store, text):
    text = text.format(title=store.title)
    result = reading(store, text, "ask_genre")
    (claim,) = values(result, "claim")
    assert result.intent == "ask_crew" and claim.startswith("credit_by:production_company/")
    assert verdict(claim, tracker(text))[0] is False


def test_the_studio_that_made_it_is_a_yes(store):
    credit = store.crew["production_company"]
    studio = store.people[credit.people[0]].name
    result = reading(store, f"is it a {studio} film?", "ask_person")
    (claim,) = values(result, "claim")
    assert verdict(claim, tracker())[0] is True


@pytest.mark.parametrize(
    "text",
    [
        "is there a fox in the movie?",
        "is it a universal story?",
        "Does the Pixar film {title} feature Japanese people?",  # a premise before the title; its question is asked
    ],
)
def test_a_studios_name_alone_claims_no_studio(store, text):
    result = reading(store, text.format(title=store.title), "ask_fact")
    assert not any(c.startswith("credit_by:") for c in values(result, "claim"))


def test_a_studios_name_is_no_other_subject():
    assert "toho" in default_lexicon().ordinary_names


# --- scores, clips, countries, titles ---


@pytest.mark.parametrize(
    ("text", "attribute"),
    [
        ("what's the letterboxd rating?", "site_scores"),
        ("what's the rating on douban?", "site_scores"),
        ("is there a clip of the ending?", "clips"),
        ("any gifs of it?", "clips"),
    ],
)
def test_what_no_source_holds_is_not_held(store, text, attribute):
    result = reading(store, text, "ask_rating")
    assert result.intent == "ask_fact" and values(result, "attribute") == [attribute]


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("what region is the film from?", "ask_language"),
        ("when was it shown?", "ask_release_date"),
        ("what's the film's English name?", "ask_title"),
    ],
)
def test_other_words_for_the_films_facts(store, text, intent):
    assert reading(store, text, "nlu_fallback").intent == intent


def test_a_characters_name_in_a_language_is_their_card_not_the_films_title(store):
    character = next(iter(store.characters.values())).name.split()[0]
    text = f"what's {character}'s english name?"
    result = reading(store, text, "ask_title", [name(text, character, "character")])
    assert result.intent == "ask_character"


def test_someones_representative_work_is_their_works(store):
    actor = store.people["ren_nagase"].name
    text = f"what is {actor}'s representative work?"
    result = reading(store, text, "ask_other_work", [name(text, actor, "person")])
    assert result.intent in (None, "ask_other_work")
    assert [h.key for h in default_lexicon().find(tokens(text), ("attribute",))] == ["other_work"]


@pytest.mark.parametrize("text", ["what did you like about it?", "what did you love about the movie?"])
def test_what_the_assistant_liked_about_it_is_its_honest_answer(store, text):
    result = reading(store, text, "out_of_scope")
    assert tags(result) == {"taste": assistants_taste.TASTE, "topic": "reviews"}


def test_someones_music_liked_is_not_the_films_music_credit(store):
    result = reading(store, "you like her music?", "ask_other_work")
    assert "music" not in values(result, "crew_role")


@pytest.mark.parametrize("text", ["Did you enjoy the soundtrack?", "did you like the music?"])
def test_the_music_liked_is_the_honest_answer_then_the_music_credit(store, text):
    result = reading(store, text, "ask_crew")
    assert result.intent == "ask_crew" and tags(result) == {"taste": assistants_taste.TASTE, "crew_role": "music"}


# --- "where?" after a question of when ---


@pytest.mark.parametrize("text", ["where?", "and where?", "ok, where was that?", "where then?"])
def test_a_bare_where_asks_the_place_of_what_was_asked(store, text):
    result = reading(store, text, "nlu_fallback")
    assert result.intent == "ask_fact" and tags(result) == {"attribute": ellipsis.SAME_QUESTION_WHERE}


@pytest.mark.parametrize("text", ["where is it set?", "where was he born?", "where can i watch it?"])
def test_a_question_of_where_with_more_in_it_is_no_follow_up(store, text):
    assert ellipsis.SAME_QUESTION_WHERE not in values(reading(store, text, "ask_fact"), "attribute")


def _after(question: str, intent: str, entities: list[dict], answered_by: str) -> list[dict]:
    return [
        {"event": "user", "text": question, "parse_data": {"intent": {"name": intent}, "entities": entities}},
        {"event": "action", "name": answered_by},
        {"event": "action", "name": "action_listen"},
    ]


def _where(domain, events: list[dict], slots: dict | None = None) -> list[str]:
    from actions.topics import ActionFact

    marker = {"entity": "attribute", "value": ellipsis.SAME_QUESTION_WHERE, "start": 0, "end": 6}
    said, _, _ = run(ActionFact(), domain, "where?", [marker], slots, events=events)
    return said


def test_where_after_a_birth_asked_of_a_pronoun_is_the_birthplace(store, domain):
    born = next(p for p in store.people.values() if p.birthplace is not None and p.birthplace.known)
    events = _after("when was he born?", "ask_fact", [{"entity": "attribute", "value": "birthday"}], "action_fact")
    assert _where(domain, events, {"person": born.id}) == ["utter_person_birthplace"]


def test_where_after_the_release_is_the_release(domain):
    import actions.film_facts  # noqa: F401  the release's action, which the follow-up finds among those loaded

    assert _where(domain, _after("when did it come out?", "ask_release_date", [], "action_release_date")) == [
        "utter_release_date"
    ]


def test_where_after_another_question_repeats_nothing(store, domain):
    said = _where(domain, _after("who directed it?", "ask_director", [], "action_director"))
    assert "utter_director" not in said and said[0].startswith("utter_dont_know")


@pytest.mark.parametrize("text", ["what's the movie about without spoilers?", "what is the film about minus spoilers"])
def test_the_plot_asked_without_spoilers_is_no_other_film_described(store, text):
    result = reading(store, text, "out_of_scope")
    assert result.intent != "out_of_scope"


# --- the speaker's own remarks ---


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("I didn't know {actor} could act", "no_spoilers"),
        ("I never knew it was based on a book", "no_spoilers"),
        ("I did not know it was based on a book", "no_spoilers"),
        ("This is the saddest movie I've seen all year", "ask_release_date"),
        ("that was the greatest ending", "ask_ending"),
    ],
)
def test_the_speakers_remark_is_no_setting_and_no_question(store, text, intent):
    text = text.format(actor=store.people["ren_nagase"].name)
    assert reading(store, text, intent).intent == "deny"


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("i don't want to know the ending", "no_spoilers"),
        ("actually I'd rather not know how it ends", "no_spoilers"),
        ("I did not know the ending, don't tell me", "no_spoilers"),
        ("I didn't know the ending, don't tell me", "no_spoilers"),
        ("is it the saddest movie of the year?", "ask_fact"),
    ],
)
def test_a_remark_that_asks_or_wishes_still_does(store, text, intent):
    assert reading(store, text, intent).intent != "deny"
