"""Round 36: questions from conversations and searches (TopiOCQA, ClariQ, OpenDialKG, RuBQ) that got another
question's answer.

- "Who wrote the storyline of this episode?": a series's part pointed at with "this" is the work talked about, the
  film; only a part asked ("which episode is it?") is the series the film is not.
- "Which projects did she do for broadway?", "what musicals has she been in?": the stage is a kind of work the
  store lists of no one; never their film list.
- "Has he written other book series?", "did <the author> write another series?": another series is one of the
  writer's works, not the novel's own series nor this film's screenplay credit.
- "When was the song recorded?" / "which album does it belong to?" / "when was it released?": a thing the song has
  (an album, a genre) asked of "it" keeps the song as what the conversation is about.
- "When was the band he belongs to formed?": the band's beginning, which no membership in it answers.
- "What is <the novel's own title>?": the book, not the film.
- "When did it come out in theaters?": a place the film was never shown in is denied, never the streaming date.
- "What are the other activities of the singer?": their other work; someone with no works listed but a description
  of another activity ("the vocalist of <a band>") is described after the honest answer.
- "What is ashcan comic?", "find me information about <a disease>": a thing asked of whose name the assistant has
  never seen is another subject, even when the classifier took it for a request for help.
- "Who directed the earlier mentioned movie?", "who wrote the above novel?": words that point back at what was said
  name this film's things, never another subject.
- "Can you name some characters?": the parts, which the cast lists.
- "Find information about <the film>", "I'm interested in <the film>": a request for information about the film
  is what it is about; "I'm looking for <one of its people>": who they are.
- "Could you recommend any movies starring <an actor>?": their works, "starring" asking no cast.
- "In what musical direction did <a band> become famous?": a person's genre, which the store does not hold.
- "Has <an actor> starred in any comedy?": a genre of their works, which the store does not give.
- "Sounds like a genre I would like. Who stars in it?": an impression before the question asks nothing.
- "Have you seen any of those?" after someone's works are named: the assistant's honest answer, then the works.
- "Can you tell me more on that?" with no spoiler question pending: no consent to spoilers.

Each test names the general rule; phrasings are mine or adapted from those datasets, names come from the store.
"""

from __future__ import annotations

import pytest
from rasa_sdk import Tracker

from actions.claims import _works_of_kind_asked
from actions.follow_on import _thing_talked_about
from actions.people import ActionCharacter, ActionOtherWork
from actions.story import ActionSpoilersOk
from actions.topics import ActionFact
from bot.scope import asks_what_a_thing_is
from bot.understanding import information_asked
from bot.understanding.conversation_talk import points_back
from bot.understanding.spelling import standard
from tests.reading_helpers import name, reading, run, tags, values


def _person_named(store, person_id: str) -> str:
    return store.people[person_id].name


# --- a series's part pointed at ---


def test_the_storyline_of_this_episode_is_the_films_writer(store):
    result = reading(store, "who wrote the storyline of this episode?", "nlu_fallback")
    assert result.intent == "ask_crew" and "claim" not in tags(result)


def test_an_episode_asked_is_still_the_series_the_film_is_not(store):
    result = reading(store, "which episode is this?", "nlu_fallback")
    assert result.intent == "ask_genre" and values(result, "claim") == ["series:episode"]


# --- kinds of work held of no one ---


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("which projects did she do for broadway?", "broadway"),
        ("what musicals has she been in?", "musicals"),
        ("has she been in any stage plays?", "stage plays"),
    ],
)
def test_the_stage_is_a_kind_of_work_held_of_no_one(store, domain, text, kind):
    actress = store.cast[1].actor
    said, messages, _ = run(ActionOtherWork(), domain, text, [], {"person": actress}, intent="ask_other_work")
    assert said == ["utter_dont_know_works_of_kind"]
    assert messages[0]["kind_words"] == kind


# --- another series written ---


def test_another_book_series_written_is_the_writers_works(store):
    result = reading(store, "has he written other book series apart from the former one?", "ask_novel")
    assert result.intent == "ask_other_work" and "novel_series" not in values(result, "attribute")


def test_the_novels_own_series_is_still_its_series(store):
    result = reading(store, "is the book part of a series?", "ask_novel")
    assert result.intent == "ask_novel" and values(result, "claim") == ["novel_series"]


def test_another_series_by_the_author_is_not_the_screenplays_credit(store):
    author = _person_named(store, store.novel["author"].value)
    text = f"did {author} write another series?"
    result = reading(store, text, "ask_crew", [name(text, author, "person")])
    assert result.intent == "ask_other_work" and "crew_role" not in tags(result)


def test_the_writers_credit_is_still_a_credit(store):
    author = _person_named(store, store.novel["author"].value)
    text = f"did {author} write the novel?"
    result = reading(store, text, "ask_novel", [name(text, author, "person")])
    assert result.intent == "ask_novel"


def test_yes_to_other_work_only_when_the_kind_asked_is_listed(store):
    author = store.novel["author"].value
    kinds = {work.medium for work in store.people[author].known_for}
    assert "book" in kinds and "series" not in kinds

    def listed(text: str) -> bool:
        message = {"text": text, "intent": {"name": "ask_other_work"}, "entities": []}
        return _works_of_kind_asked(Tracker("test", {}, message, [], False, None, {}, ""), author)

    assert listed(f"has {store.people[author].name} written other books?")
    assert not listed(f"what other series has {store.people[author].name} written?")


# --- the song stays what is talked about ---


def _song_conversation(*later: tuple[str, str, list[dict]]) -> Tracker:
    first = {"intent": {"name": "ask_crew"}, "entities": [{"entity": "crew_role", "value": "theme_song"}]}
    events = [{"event": "user", "text": "when was the song recorded?", "parse_data": first}]
    for text, intent, entities in later:
        events.append(
            {
                "event": "user",
                "text": text,
                "parse_data": {"text": text, "intent": {"name": intent}, "entities": entities},
            }
        )
    last = events[-1]["parse_data"]
    return Tracker("test", {}, dict(last), events, False, None, {}, "action_listen")


def test_a_release_asked_after_the_songs_album_is_the_songs():
    album = ("which album does it belong to?", "ask_fact", [{"entity": "attribute", "value": "music_release"}])
    released = ("when was it released?", "ask_release_date", [])
    assert _thing_talked_about(_song_conversation(album, released)) == (
        "ask_crew",
        [{"entity": "crew_role", "value": "theme_song"}],
    )


def test_a_release_asked_after_the_cast_is_the_films():
    cast = ("who is in it?", "ask_cast", [])
    released = ("when was it released?", "ask_release_date", [])
    assert _thing_talked_about(_song_conversation(cast, released)) is None


# --- a band's beginning ---


def test_when_his_band_was_formed_is_not_his_membership(store, domain):
    songwriter = store.crew["theme_song"].work.extra["written_by"]
    text = "when was the band he belong to formed?"
    start = text.index("band")
    entities = [{"entity": "attribute", "value": "asked_of_person", "start": start, "end": start + len("band")}]
    said, _, _ = run(ActionFact(), domain, text, entities, {"person": songwriter}, intent="ask_fact")
    assert said == ["utter_dont_know_person_asked"]


def test_his_band_asked_is_still_his_membership(store, domain):
    songwriter = store.crew["theme_song"].work.extra["written_by"]
    text = "what was his band called?"
    start = text.index("band")
    entities = [{"entity": "attribute", "value": "asked_of_person", "start": start, "end": len(text) - 1}]
    said, _, _ = run(ActionFact(), domain, text, entities, {"person": songwriter}, intent="ask_fact")
    assert said == ["utter_person_about"]


# --- the novel's own title ---


def test_the_novels_own_title_is_the_novel(store):
    assert reading(store, f'what is "{store.novel["title"].value}"?', "ask_plot").intent == "ask_novel"


def test_the_films_title_is_still_what_the_film_is(store):
    assert reading(store, f"what is {store.title}?", "ask_plot").intent == "ask_genre"


# --- a place the film was never shown in ---


@pytest.mark.parametrize(
    "text",
    [
        "when did this film release in the theatre?",
        "when did it come out in theaters?",
        "when was it shown in cinemas?",
    ],
)
def test_a_release_in_cinemas_is_denied(store, text):
    result = reading(store, text, "ask_release_date")
    assert result.intent == "ask_where_to_watch" and values(result, "claim")[0].startswith("theatrical:")


def test_a_release_on_the_platform_is_still_its_date(store):
    assert reading(store, "when did it come out on netflix?", "ask_release_date").intent in (None, "ask_release_date")


# --- other activities, and who someone is when no works are listed ---


def test_other_activities_of_someone_are_their_works(store):
    text = "what are the other activities of the singer?"
    assert reading(store, text, "ask_crew", [name(text, "singer", "crew_role")]).intent == "ask_other_work"


def test_someone_with_no_works_is_described_when_that_tells_another_activity(store, domain):
    singer = store.crew["theme_song"].people[0]
    said, _, _ = run(
        ActionOtherWork(), domain, "what else has she done?", [], {"person": singer}, intent="ask_other_work"
    )
    assert said == ["utter_other_work_unknown", "utter_person_about"]


def test_someone_described_by_their_part_here_is_not_described_again(store, domain):
    minor = next(p.id for p in store.people.values() if not p.known_for and p.about and "plays" in str(p.about.value))
    said, _, _ = run(
        ActionOtherWork(), domain, "what else has she been in?", [], {"person": minor}, intent="ask_other_work"
    )
    assert said == ["utter_other_work_unknown"]


# --- things asked of that the assistant never heard of ---


@pytest.mark.parametrize(
    "text", ["what is ashcan comic?", "what are symphonic poems?", "find me information about diabetes education"]
)
def test_a_thing_asked_of_is_judged_by_the_guard(text):
    assert asks_what_a_thing_is(text)


@pytest.mark.parametrize("text", ["what is your name?", "what can you do?", "what are my options?"])
def test_questions_of_the_two_sides_are_not_things_asked_of(text):
    assert not asks_what_a_thing_is(text)


# --- pointing back ---


@pytest.mark.parametrize(
    "words",
    [
        ["who", "wrote", "the", "above", "novel"],
        ["who", "directed", "the", "earlier", "mentioned", "movie"],
        ["where", "was", "the", "director", "mentioned", "above", "from"],
    ],
)
def test_words_that_point_back_are_the_conversations(words):
    assert points_back(words)


def test_a_title_mentioned_somewhere_else_is_no_pointing_back():
    assert not points_back(["who", "directed", "titanic", "mentioned", "in", "the", "news"])


def test_the_director_mentioned_above_is_ours(store):
    text = "where was the director mentioned above, from?"
    result = reading(store, text, "ask_director", [name(text, "director", "crew_role")])
    assert result.intent != "out_of_scope"


# --- the characters named ---


@pytest.mark.parametrize("text", ["can you name some characters from this film?", "what are the characters' names?"])
def test_the_characters_named_are_the_cast(store, text):
    assert reading(store, text, "nlu_fallback").intent == "ask_cast"


# --- requests for information ---


@pytest.mark.parametrize(
    "text",
    ["I'm interested in Drawing Closer", "Find information about drawing closer.", "i am looking for drawing closer"],
)
def test_information_asked_about_the_film_is_what_it_is_about(store, text):
    assert reading(store, text, "deny").intent == "ask_plot"


def test_not_being_interested_is_no_request(store):
    assert reading(store, "i'm not interested in drawing closer", "deny").intent in (None, "deny")


def test_information_asked_about_one_of_the_films_people_is_who_they_are(store):
    text = "yes i am looking for ren nagase"
    assert reading(store, text, "deny", [name(text, "ren nagase", "person")]).intent == "ask_person"


def test_a_request_for_information_starts_its_subject_after_the_fillers():
    words = ["find", "me", "some", "information", "about", "diabetes"]
    assert information_asked.subject_asked(words) == len(words) - 1
    assert information_asked.subject_asked(["who", "directed", "it"]) is None


# --- works recommended, a genre of works, a person's genre ---


def test_movies_starring_someone_recommended_are_their_works(store):
    text = "Could you recommend any movies starring Ren Nagase?"
    assert reading(store, text, "out_of_scope", [name(text, "Ren Nagase", "person")]).intent == "ask_other_work"


@pytest.mark.parametrize(
    "text",
    [
        "Has Ren Nagase starred in any comedy?",
        "Drawing Closer, I think that was a thriller movie. Has Ren Nagase starred in any comedy?",
    ],
)
def test_a_genre_of_someones_works_is_not_given(store, text):
    result = reading(store, text, "ask_other_work", [name(text, "Ren Nagase", "person")])
    assert result.intent == "ask_other_work" and values(result, "works_attribute") == ["genre"]


def test_the_films_genre_claimed_is_still_decided(store):
    assert values(reading(store, "is it a comedy?", "ask_genre"), "claim")[0].startswith("genre")


def test_a_persons_musical_direction_is_not_held(store):
    text = "In what musical direction did suis and Fujifabric become famous?"
    entities = [name(text, "suis", "person"), name(text, "Fujifabric", "person")]
    result = reading(store, text, "out_of_scope", entities)
    assert result.intent == "ask_fact" and values(result, "attribute") == ["music_genre"]


# --- an impression before the question ---


def test_an_impression_before_the_question_asks_nothing(store):
    assert reading(store, "Sounds like a genre I would like. Who stars in it?", "out_of_scope").intent == "ask_cast"


def test_a_letter_typed_twice_is_the_known_word():
    assert standard("starrs") == "stars" and standard("moviee") == "movie"
    assert standard("soon") == "soon"  # a short word may be another real word ("son")


# --- the assistant asked whether it has seen the works just named ---


def test_works_named_then_seen_asked_get_the_honest_answer(store):
    text = "Ren Nagase is in a few movies like Drawing Closer and Yowamushi Pedal. Have you seen any of those ?"
    result = reading(store, text, "ask_other_work", [name(text, "Ren Nagase", "person")])
    assert result.intent == "ask_other_work" and values(result, "taste") == ["watched"]


# --- no spoiler consent without a spoiler question or word ---


def test_more_asked_without_a_spoiler_question_is_no_consent(domain):
    said, _, slots = run(ActionSpoilersOk(), domain, "can you tell me more on that?", [], intent="spoilers_ok")
    assert said == ["utter_default"] and "spoilers_ok" not in slots


def test_spoilers_said_are_still_consent(domain):
    said, _, slots = run(ActionSpoilersOk(), domain, "spoilers are fine", [], intent="spoilers_ok")
    assert said == ["utter_spoilers_on"] and slots == {"spoilers_ok": True}


# --- the book made into a film ---


@pytest.mark.parametrize("text", ["has the novel been adapted into a movie?", "has the book been turned into a movie?"])
def test_the_book_made_into_a_film_is_yes_this_film(store, text):
    result = reading(store, text, "ask_novel")
    assert result.intent == "ask_novel" and values(result, "claim") == ["feature_film:a movie"]


def test_more_asked_of_the_book_is_still_left_open(store):
    assert values(reading(store, "is the book sad?", "ask_novel"), "claim")[0].startswith("polar_open")


# --- being in the film, asked of a pronoun or "as well" ---


@pytest.mark.parametrize(
    "text", ["is she in it?", "was she also in drawing closer?", "she was also in drawing closer, right?"]
)
def test_the_person_pointed_at_in_the_film_is_decided(store, text):
    result = reading(store, text, "ask_fact")
    assert result.intent == "ask_person" and values(result, "claim") == ["in_film"]


def test_being_in_love_is_no_work(store):
    assert "in_film" not in values(reading(store, "is he in love?", "ask_fact"), "claim")


@pytest.mark.parametrize("text", ["is ren nagase in it as well?", "is ren nagase in that as well?"])
def test_as_well_is_no_title(store, text):
    result = reading(store, text, "ask_person", [name(text, "ren nagase", "person")])
    assert values(result, "claim") == ["in_film"]


# --- works recommended by what the person did in them ---


@pytest.mark.parametrize(
    "text",
    [
        "Can you recommend some movies that mayu yokota stars in?",
        "I like the actress, Mayu Yokota. Can you recommend some movies that she stars in?",
    ],
)
def test_movies_someone_stars_in_recommended_are_their_works(store, text):
    result = reading(store, text, "out_of_scope", [name(text, "yokota", "person", "Mayu Yokota")])
    assert result.intent == "ask_other_work" and "works_attribute" not in tags(result)


def test_the_reviews_of_someones_works_are_still_not_held(store):
    text = "what are the reviews of ren nagase's movies?"
    result = reading(store, text, "ask_other_work", [name(text, "ren nagase", "person")])
    assert values(result, "works_attribute") == ["reviews"]


# --- a list of works asked with more than the list says ---


def test_works_asked_with_words_no_list_says_are_not_known(store):
    text = "What title did the writer Ao Morita inherit from his ancestors?"
    result = reading(store, text, "ask_other_work", [name(text, "Ao Morita", "person")])
    assert result.intent == "ask_fact" and values(result, "attribute") == ["asked_of_person"]


def test_works_asked_plainly_are_still_the_list(store):
    text = "what other movies has ren nagase been in recently?"
    assert reading(store, text, "ask_other_work", [name(text, "ren nagase", "person")]).intent in (
        None,
        "ask_other_work",
    )


# --- the assistant's taste in works in general stays another question (rounds 10, 19 and 35) ---


@pytest.mark.parametrize(
    "text", ["what kind of movies do you like?", "have you seen any good movies lately?", "do you like to read?"]
)
def test_works_in_general_asked_of_the_assistant_are_still_other_questions(store, text):
    assert "taste" not in tags(reading(store, text, "out_of_scope"))


def test_the_film_asked_of_the_assistant_is_still_the_films(store):
    assert values(reading(store, "have you seen the movie?", "ask_fact"), "topic") == ["reviews"]


def test_a_favourite_film_of_all_is_still_another_question(store):
    assert reading(store, "do you have a favorite movie", "out_of_scope").intent in (None, "out_of_scope")


@pytest.mark.parametrize(
    "text", ["how often do you go to the cinema ?", "what new movies are played in cinemas this week?"]
)
def test_cinemas_of_other_films_are_no_release_of_this_one(store, text):
    assert "theatrical" not in " ".join(values(reading(store, text, "nlu_fallback"), "claim"))


def test_a_genre_of_the_film_named_beside_its_director_is_the_films(store):
    text = "What genre is Takahiro Mikis movie “Drawing Closer”?"
    assert reading(store, text, "ask_genre", [name(text, "Takahiro Miki", "person")]).intent in (None, "ask_genre")


def test_what_a_credit_holder_still_does_is_not_their_credit(store):
    author = store.people[store.novel["author"].value].name
    text = f"does {author.lower()} still write for poplar"
    claims = values(reading(store, text, "ask_crew", [name(text, author.lower(), "person", author)]), "claim")
    assert claims and claims[0].startswith("polar_open")


def test_what_other_tv_show_is_still_their_works(store):
    text = "What other TV show did Ren Nagase appear in?"
    result = reading(store, text, "ask_other_work", [name(text, "Ren Nagase", "person")])
    assert "works_attribute" not in tags(result)


# --- who someone is, asked in other words ---


@pytest.mark.parametrize("text", ["what is he like?", "what's she like?", "what is he like as a person?"])
def test_what_the_one_pointed_at_is_like_is_their_description(store, text):
    assert reading(store, text, "nlu_fallback").intent == "ask_person"


def test_what_it_is_like_is_still_the_films(store):
    assert reading(store, "what is it like?", "ask_genre").intent in (None, "ask_genre")


def test_a_biography_asked_of_a_pronoun_right_after_a_crew_member_is_his(store, domain):
    songwriter = store.crew["theme_song"].work.extra["written_by"]
    said, _, slots = run(
        ActionCharacter(),
        domain,
        "no i want to read biographical stuff on him",
        [],
        {"person": songwriter},
        intent="ask_character",
        events=[{"event": "user", "text": "who was he?"}, {"event": "action", "name": "action_person"}],
    )
    assert said == ["utter_person_about"] and slots.get("person") == songwriter


# --- requests for information about things not the film's ---


@pytest.mark.parametrize(
    "text", ["find out when green book was created", "find hotels in baltimore that have positive reviews"]
)
def test_a_search_for_something_else_is_left_to_the_refusal(store, text):
    assert reading(store, text, "out_of_scope").intent in (None, "out_of_scope")


def test_a_novel_used_as_a_base_is_still_in_the_works_list(store):
    text = "What novel by Ao Morita was used as a base for a 2024 romance movie directed by Takahiro Miki?"
    entities = [name(text, "Ao Morita", "person"), name(text, "Takahiro Miki", "person")]
    assert reading(store, text, "ask_other_work", entities).intent in (None, "ask_other_work")


# --- the title by the novel's author, and "it" of a question about the novel ---


@pytest.mark.parametrize(
    "text", ["Find information about drawing closer by ao morita", "who wrote drawing closer by ao morita?"]
)
def test_the_title_by_the_novels_author_is_the_book(store, text):
    author = store.people[store.novel["author"].value].name
    result = reading(store, text, "ask_person", [name(text, author.lower(), "person", author)])
    assert result.intent == "ask_novel"


def test_the_title_by_its_director_is_not_the_book(store):
    director = store.people[store.crew["director"].people[0]].name
    text = f"drawing closer by {director.lower()}"
    assert reading(store, text, "ask_person", [name(text, director.lower(), "person", director)]).intent != "ask_novel"


def test_it_adapted_into_a_movie_asked_of_the_novel_is_yes(store):
    result = reading(store, "has it been adapted into any movies ?", "ask_novel")
    assert values(result, "claim") == ["feature_film:a movie"]


@pytest.mark.parametrize(
    "text",
    [
        "what is drawing closer by ao morita about",
        'What are the literary devices found in the novel "Drawing Closer" by Ao Morita?',
    ],
)
def test_more_asked_of_the_title_by_its_author_is_not_only_the_book(store, text):
    author = store.people[store.novel["author"].value].name
    said = author.lower() if author.lower() in text else author
    result = reading(store, text, "ask_plot", [name(text, said, "person", author)])
    assert "the title by the novel's author: the book" not in result.why
