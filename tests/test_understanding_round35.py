"""Round 35: questions asked of the film's real people never get the story's answers (2WikiMultihopQA's kind).

- "What is the date of death of the director of <the film>?", "did the composer of <the film> die?": the death of a
  crew member named by their credit is that person's, which the store does not hold; never the director's card nor
  the spoiler question of the story's ending.
- "Where did he die?", "who was his teacher?" right after an answer about one of the film's people who plays no part
  (its director, composer): the pronoun is that person, never a character of the story. After an actor, "does he
  die?" may mean the part, and stays the story's.
- "Who is the brother of the composer?", "the mother of the director of <the film>": a relation owned by a credit is
  a real person's family, not a character's relative.
- "Who was his teacher?" after a character: the possessive is no verb of a deed ("who is watching over <a>?").
- "What was the book of <the film> about?": "about" stranded at the end asks the book's story.
- "What actor had the role of the narrator?": a part no character fits is not known, however the performer is asked.

Each test names the general rule; phrasings are mine (or adapted from 2WikiMultihopQA's templates), names come from
the store.
"""

from __future__ import annotations

import pytest

from actions.people import ActionCharacter
from actions.story import ActionEnding
from tests.reading_helpers import name, reading, run, tags, values


def _crew_person(store, role: str) -> str:
    return store.crew[role].people[0]


def _after(action: str, asked: str) -> list[dict]:
    """The events of one earlier turn: the message and the action that answered it."""
    return [{"event": "user", "text": asked}, {"event": "action", "name": action}]


# --- a credit's death ---


@pytest.mark.parametrize(
    ("text", "role_words", "intent"),
    [
        ("What is the date of death of the director of film Drawing Closer?", "director", "ask_director"),
        ("what is the date of death of the composer of the film?", "composer", "ask_release_date"),
        ("when did the director of Drawing Closer die?", "director", "ask_director"),
        ("did the composer die?", "composer", "ask_ending"),
    ],
)
def test_the_death_of_a_credit_is_the_persons_not_the_ending(store, text, role_words, intent):
    role = store.role(role_words)
    result = reading(store, text, intent, [name(text, role_words, "crew_role")])
    assert result.intent == "ask_fact" and values(result, "attribute") == ["death"]
    assert values(result, "person") == [store.people[_crew_person(store, role)].name]


@pytest.mark.parametrize(
    "text",
    ["did the director show how Akito dies?", "does the director explain why the girl dies at the end?"],
)
def test_a_death_in_the_story_beside_a_credit_stays_the_ending(store, text):
    result = reading(store, text, "ask_ending", [name(text, "director", "crew_role")])
    assert "death" not in values(result, "attribute")


# --- a pronoun right after one of the film's real people ---


@pytest.mark.parametrize("text", ["where did he die?", "what is his cause of death?", "when did he die?"])
def test_a_death_pointed_at_a_crew_member_is_not_known_of_him(store, domain, text):
    director = _crew_person(store, "director")
    said, messages, slots = _ending_asked(domain, text, director, "action_director")
    assert said == ["utter_dont_know_subject_attribute"]
    assert messages[0]["subject_name"] == store.people[director].name
    assert slots.get("spoiler_question_pending") is not True


def _ending_asked(domain, text: str, person: str, answered_by: str) -> tuple[list[str], list[dict], dict]:
    """The ending action on `text` with `person` remembered, right after an answer by `answered_by`."""
    return run(
        ActionEnding(), domain, text, [], {"person": person}, intent="ask_ending", events=_after(answered_by, "...")
    )


def test_a_death_pointed_at_an_actor_may_be_the_parts_and_stays_the_ending(store, domain):
    actor = next(credit.actor for credit in store.cast)
    assert _ending_asked(domain, "does he die?", actor, "action_who_plays")[0] == ["utter_spoiler_warning"]


def test_a_death_asked_at_the_end_of_the_story_stays_the_ending(store, domain):
    director = _crew_person(store, "director")
    said = _ending_asked(domain, "does he die at the end of the film?", director, "action_director")[0]
    assert said == ["utter_spoiler_warning"]


def test_a_character_found_by_a_word_after_a_crew_member_is_not_known_of_him(store, domain):
    composer = _crew_person(store, "music")
    teacher = next(c for c in store.characters.values() if "teacher" in c.aliases)
    text = "Who was his teacher?"
    said, messages, slots = run(
        ActionCharacter(),
        domain,
        text,
        [name(text, "teacher", "character", teacher.name)],
        {"person": composer},
        intent="ask_character",
        events=_after("action_fact", "where was the composer born?"),
    )
    assert said == ["utter_dont_know_person_asked"]
    assert (messages[0]["subject_name"], messages[0]["asked"]) == (store.people[composer].name, "teacher")
    assert slots == {"person": composer}


def test_a_character_named_after_a_crew_member_is_still_the_characters(store, domain):
    composer = _crew_person(store, "music")
    lead = store.characters[store.cast[0].character]
    text = f"who is his friend {lead.name}?"
    said, _, _ = run(
        ActionCharacter(),
        domain,
        text,
        [name(text, lead.name, "character")],
        {"person": composer},
        intent="ask_character",
        events=_after("action_crew", "who composed the music?"),
    )
    assert "utter_dont_know_person_asked" not in said


# --- a relation owned by a credit ---


@pytest.mark.parametrize(
    ("text", "role_words"),
    [
        ("who is the brother of the composer?", "composer"),
        ("Who is the mother of the director of film Drawing Closer?", "director"),
    ],
)
def test_a_relation_of_a_credit_is_the_persons_family(store, text, role_words):
    role = store.role(role_words)
    result = reading(store, text, "ask_character", [name(text, role_words, "crew_role")])
    assert result.intent == "ask_fact" and values(result, "attribute") == ["family"]
    assert values(result, "person") == [store.people[_crew_person(store, role)].name]
    assert not values(result, "relation")


def test_a_relation_of_someone_described_beside_a_credit_is_no_credits(store):
    text = "who is the mother of the girl in the song?"
    result = reading(store, text, "ask_character", [name(text, "song", "crew_role")])
    assert "family" not in values(result, "attribute")


# --- a possessive is no deed ---


def test_his_teacher_is_the_characters_teacher_not_a_deed(store):
    teacher = next(c for c in store.characters.values() if "teacher" in c.aliases)
    text = "who was his teacher?"
    result = reading(store, text, "ask_character", [name(text, "teacher", "character", teacher.name)])
    assert "who does what a character's description says, to the character named" not in result.why
    assert values(result, "character") in ([], [teacher.name])


# --- the book's story ---


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("What was the book of Drawing Closer about?", "ask_plot"),
        ("what was the novel of the movie about?", "nlu_fallback"),
    ],
)
def test_what_the_book_was_about_is_its_story(store, text, intent):
    assert reading(store, text, intent).intent in ("ask_plot", None)
    assert reading(store, text, intent).intent != "ask_novel"


def test_who_wrote_the_book_is_still_the_novels_card(store):
    assert reading(store, "who wrote the book of the movie?", "ask_novel").intent in ("ask_novel", None)


# --- a part no character fits, however its performer is asked ---


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("What actor had the role of the narrator of Drawing Closer?", "ask_title"),
        ("what actor played the narrator?", "ask_who_plays"),
        ("who played the role of the narrator?", "ask_who_plays"),
    ],
)
def test_a_part_no_character_fits_is_not_known(store, text, intent):
    result = reading(store, text, intent)
    assert result.intent == "ask_fact" and values(result, "attribute") == ["role_asked"]


def test_a_part_a_character_fits_is_still_who_plays_it(store):
    result = reading(store, "what actor had the role of the doctor?", "ask_who_plays")
    assert "role_asked" not in values(result, "attribute")


# --- the theme song's own attributes, asked yes or no ---


@pytest.mark.parametrize(
    ("text", "role_words"),
    [
        ("was the song in the top 10?", "song"),
        ("Was the song of Drawing Closer in the top 20?", "song"),
        ("did the theme song top the charts?", "theme song"),
    ],
)
def test_a_chart_asked_of_the_song_is_not_the_films(store, text, role_words):
    result = reading(store, text, "ask_fact", [name(text, role_words, "crew_role")])
    assert result.intent == "ask_fact" and values(result, "topic") != ["top 10"]
    assert result.asked_of_things == {"viewership": "theme_song"}


def test_a_fact_held_of_a_thing_asked_yes_or_no_is_still_the_claims(store):
    result = reading(store, "was the trailer released in 2024?", "ask_release_date")
    assert values(result, "claim") == ["thing_released:trailer/released:2024"]  # decided by the trailer's dates


@pytest.mark.parametrize("text", ["Explanation of the song", "explain the theme song", "the meaning of the song?"])
def test_an_explanation_of_the_song_is_what_it_is_about(store, text):
    result = reading(store, text, "ask_crew", [name(text, "song", "crew_role")])
    assert result.intent == "ask_crew" and values(result, "attribute") == ["song_meaning"]


# --- where it is shown ---


@pytest.mark.parametrize(
    "text",
    ["what are the showtimes?", "Show me Drawing Closer movie times.", "What is the nearest movie house playing it"],
)
def test_showtimes_are_where_to_watch_it(store, text):
    assert reading(store, text, "ask_runtime").intent in ("ask_where_to_watch", None)
    assert reading(store, text, "nlu_fallback").intent == "ask_where_to_watch"


# --- a search for the film ---


@pytest.mark.parametrize("text", ["Search for Drawing Closer", "find me drawing closer", "look up drawing closer"])
def test_a_search_for_the_film_is_what_it_is(store, text):
    assert reading(store, text, "ask_rating").intent == "ask_plot"


def test_a_search_for_something_of_the_film_is_that_thing(store):
    text = "find the director of drawing closer"
    assert reading(store, text, "ask_director", [name(text, "director", "crew_role")]).intent in (None, "ask_director")


# --- the name of a thing a kind of film only describes ---


def test_the_name_of_a_musical_group_is_not_the_films_title(store):
    result = reading(store, "what is the name of this musical group", "ask_title")
    assert result.intent == "ask_fact" and values(result, "attribute") == ["asked"]


def test_the_name_of_the_film_is_still_its_title(store):
    assert reading(store, "what's the name of the romance movie?", "ask_title").intent in (None, "ask_title")


# --- what the assistant watches ---


@pytest.mark.parametrize(
    "text",
    ["What do you watch on Hulu?", "what shows do you watch?", "what do you watch?", "what kind of books do you read?"],
)
def test_what_the_assistant_watches_is_its_honest_answer(store, text):
    result = reading(store, text, "help")
    assert result.intent == "ask_fact" and values(result, "taste") == ["watched"]


def test_where_one_watches_it_is_still_where_to_watch(store):
    assert "taste" not in tags(reading(store, "where do you watch it?", "ask_where_to_watch"))


@pytest.mark.parametrize(
    "text", ["Where was the place of burial of the director of film Drawing Closer?", "where is the director buried?"]
)
def test_a_credits_burial_is_the_persons_death_not_known(store, text):
    result = reading(store, text, "ask_fact", [name(text, "director", "crew_role")])
    assert result.intent == "ask_fact" and values(result, "attribute") == ["death"]
    assert values(result, "person") == [store.people[_crew_person(store, "director")].name]


def test_what_the_assistant_watches_asked_after_the_askers_news_is_its_honest_answer(store):
    text = "I haven't watched actual TV in sooo long. What do you watch on Hulu?"
    assert values(reading(store, text, "ask_where_to_watch"), "taste") == ["watched"]


# --- a work of theirs recommended, the film described, songs heard ---


@pytest.mark.parametrize("text", ["Recommend a movie with Ren Nagase.", "suggest a film with Ren Nagase"])
def test_a_work_recommended_with_a_person_is_their_works(store, text):
    result = reading(store, text, "nlu_fallback", [name(text, "Ren Nagase", "person")])
    assert result.intent == "ask_other_work" and "reviews" not in values(result, "attribute")


def test_recommending_the_film_is_still_what_critics_said(store):
    text = "would you recommend a movie with Ren Nagase in it like this one?"
    assert reading(store, "would you recommend the movie?", "ask_fact").intent in (None, "ask_fact")
    assert reading(store, text, "ask_fact", [name(text, "Ren Nagase", "person")]).intent == "ask_other_work"


@pytest.mark.parametrize("text", ["describe the movie", "can you describe it?"])
def test_describing_the_film_is_its_story(store, text):
    assert reading(store, text, "nlu_fallback").intent == "ask_plot"


def test_songs_heard_by_the_assistant_get_its_honest_answer(store):
    text = "Do you hear songs of Seiji Kameda music?"
    result = reading(store, text, "ask_crew", [name(text, "Seiji Kameda", "person")])
    assert values(result, "taste") == ["taste"]


def test_news_heard_is_no_taste(store):
    assert "taste" not in tags(reading(store, "did you hear that he left his group?", "ask_person"))


def test_a_relative_asked_after_a_crew_member_is_not_known_of_him(store, domain):
    director = _crew_person(store, "director")
    text = "does he have a brother?"
    entities = [name(text, "brother", "relation"), name(text, "brother", "claim", "has_relative:brother")]
    said, messages, _ = run(
        ActionCharacter(),
        domain,
        text,
        entities,
        {"person": director},
        intent="ask_character",
        events=_after("action_director", "who directed it?"),
    )
    assert said == ["utter_dont_know_person_asked"]
    assert (messages[0]["subject_name"], messages[0]["asked"]) == (store.people[director].name, "brother")


# --- an actor acting in it is in it ---


@pytest.mark.parametrize("text", ["Does it have Mayu Yokota acting in it?", "is Mayu Yokota acting in it?"])
def test_someone_acting_in_it_is_whether_they_are_in_it(store, text):
    result = reading(store, text, "ask_person", [name(text, "Mayu Yokota", "person")])
    assert "reviews" not in values(result, "topic")


@pytest.mark.parametrize("text", ["Mayu Yokota's acting?", "how is Mayu Yokota's acting in it?"])
def test_someones_acting_is_still_how_they_played(store, text):
    result = reading(store, text, "ask_person", [name(text, "Mayu Yokota", "person")])
    assert values(result, "topic") == ["reviews"]


# --- one of ours in a work of a kind ---


@pytest.mark.parametrize(
    "text", ["Did she act in a Netflix American television series?", "did Natsuki Deguchi act in a Netflix series?"]
)
def test_being_in_a_work_of_a_kind_is_their_works_not_the_films_platform(store, text):
    entities = [name(text, "Natsuki Deguchi", "person")] if "Natsuki" in text else []
    result = reading(store, text, "ask_other_work", entities)
    assert result.intent == "ask_other_work" and not values(result, "claim")


def test_the_film_on_a_platform_is_still_the_films(store):
    result = reading(store, "is it on Netflix?", "ask_where_to_watch")
    assert values(result, "claim") == ["platform:netflix"]


# --- cinema as an art, a language word describing a claim's noun ---


def test_cinema_as_an_art_is_no_claim_of_cinemas(store):
    text = "Is Takahiro Miki widely credited with altering the profile of Indian cinema in the 1970s?"
    result = reading(store, text, "ask_where_to_watch", [name(text, "Takahiro Miki", "person")])
    assert not any(v.startswith("theatrical") for v in values(result, "claim"))


def test_a_language_word_before_cinemas_describes_them(store):
    result = reading(store, "is it in japanese cinemas?", "ask_language")
    assert [v.split(":")[0] for v in values(result, "claim")] == ["theatrical"]


@pytest.mark.parametrize("text", ["is it a korean drama?", "is it a japanese romance?"])
def test_a_language_word_before_a_kind_still_claims_the_language(store, text):
    assert "language" in [v.split(":")[0] for v in values(reading(store, text, "ask_language"), "claim")]


def test_the_films_language_asked_is_still_its_language(store):
    assert [v.split(":")[0] for v in values(reading(store, "is it in japanese?", "ask_language"), "claim")] == [
        "language"
    ]


# --- a name requested, the song as it plays, the soundtrack as a release ---


def test_the_name_requested_of_something_not_held_is_not_the_title(store):
    result = reading(store, "Please tell me the name of the band in Drawing Closer", "ask_title")
    assert result.intent == "ask_fact" and values(result, "attribute") == ["asked"]


def test_the_name_requested_of_the_film_is_still_its_title(store):
    assert reading(store, "give me the title of the movie", "ask_title").intent in (None, "ask_title")
    assert reading(store, "tell me the name of the movie", "ask_title").intent in (None, "ask_title")


def test_the_genre_of_the_song_as_it_plays_is_the_songs(store):
    text = "What genre is this song currently playing?"
    result = reading(store, text, "nlu_fallback", [name(text, "song", "crew_role")])
    assert result.asked_of_things == {"genre": "theme_song"}


@pytest.mark.parametrize(
    ("text", "intent", "attribute"),
    [
        ("When was the soundtrack for Drawing Closer published?", "ask_fact", ["music_release"]),
        ("who wrote the soundtrack?", "ask_crew", ["work_writer"]),
        ("who made the soundtrack?", "ask_crew", []),
    ],
)
def test_the_soundtrack_is_a_release_made_by_the_composer(store, text, intent, attribute):
    result = reading(store, text, "ask_crew", [name(text, "soundtrack", "crew_role")])
    assert (result.intent or "ask_crew") == intent and values(result, "attribute") == attribute


# --- a span of time claimed beside being in the film ---


def test_being_in_it_for_a_span_of_time_is_not_decided(store):
    text = "Did Ren Nagase act in Drawing Closer for five years?"
    result = reading(store, text, "ask_cast", [name(text, "Ren Nagase", "person")])
    assert "in_film" not in values(result, "claim")


def test_being_in_it_is_still_decided(store):
    text = "did Ren Nagase act in Drawing Closer?"
    assert values(reading(store, text, "ask_cast", [name(text, "Ren Nagase", "person")]), "claim") == ["in_film"]


# --- "this" right after the song's answer ---


def _after_the_song(text: str) -> list[dict] | None:
    from rasa_sdk import Tracker

    from actions.follow_on import _unheld_of_the_last_thing

    first = {"intent": {"name": "ask_crew"}, "entities": [{"entity": "crew_role", "value": "theme_song"}]}
    message = {"text": text, "intent": {"name": "ask_genre", "confidence": 1.0}, "entities": []}
    events = [
        {"event": "user", "text": "who sings the theme song?", "parse_data": first},
        {"event": "user", "text": text, "parse_data": message},
    ]
    return _unheld_of_the_last_thing(Tracker("test", {}, message, events, False, None, {}, "action_listen"))


@pytest.mark.parametrize("text", ["what genre is this?", "what genre is it?"])
def test_this_right_after_the_song_is_the_song(text):
    assert _after_the_song(text) == [
        {"entity": "attribute", "value": "genre"},
        {"entity": "topic", "value": "theme_song"},
    ]


def test_this_movie_right_after_the_song_is_the_film():
    assert _after_the_song("what genre is this movie?") is None
