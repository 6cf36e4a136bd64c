"""Round 39: questions crowd workers asked in KdConv's film and music conversations, wrote in the Self-dialogue
Corpus, and the team's own probes in the same styles, that got another question's answer.

- "What was the score on Metacritic?", "its rating on Letterboxd": the site's score, never the film's music.
- "What honours has he won?": his awards. "How many reviews is that based on?": a count no source gives, never the
  reviews themselves.
- "Are you going to watch it?", "<names>, any you like?": the assistant's own experience and taste.
- "Do you know where he's from?": where he was born, never where the last answer came from.
- "Do you think the <team> bounce back this year?": "this year" says when, it asks no release date.
- "<a statement>. Do you know when the film was shot?": the question after the statement is what is asked; "<a
  film> released in <a year>, is it <a kind>?": the year is told, not asked.
- "Who are the guitarists in the band?", "will <a singer> come out with more songs?": a band's members and music
  still to come, which the store does not hold; never the cast or the release date.
- "Will they be making a new one after <the film>?": a sequel.

Each test names the general rule; phrasings are mine or adapted from those datasets, names come from the store.
"""

from __future__ import annotations

import pytest

from bot.understanding import assistants_taste, described_film, named_work, person_asked
from bot.understanding.lexicon import default_lexicon, tokens
from tests.reading_helpers import reading, tags, values
from tests.reading_helpers import refused as _refused


def _attributes(text: str) -> list[str]:
    return [hit.key for hit in default_lexicon().find(tokens(text), ("attribute",))]


# --- scores, awards and counts ---


@pytest.mark.parametrize(
    ("text", "attribute"),
    [
        ("What was the score on Metacritic?", "rotten_tomatoes"),
        ("what's its rating on rotten tomatoes?", "rotten_tomatoes"),
        ("what was the score on letterboxd", "site_scores"),
        ("score on imdb?", "imdb"),
    ],
)
def test_a_score_on_a_site_is_the_sites_never_the_music(store, text, attribute):
    assert _attributes(text) == [attribute]
    assert "music" not in values(reading(store, text, "ask_crew"), "crew_role")


def test_the_score_alone_is_still_the_music():
    assert _attributes("who did the score?") == ["music"]


@pytest.mark.parametrize("text", ["what honours has he won?", "Do you know what honors she has won?"])
def test_honours_are_awards(text):
    assert _attributes(text) == ["awards"]


@pytest.mark.parametrize(
    "text", ["How many reviews is that based on?", "Based on how many critics?", "how many reviews does it have?"]
)
def test_a_count_of_reviews_is_not_held_never_the_reviews(store, text):
    result = reading(store, text, "ask_fact")
    assert result.intent == "ask_fact" and values(result, "attribute") == ["review_count"]


# --- the assistant's own experience ---


@pytest.mark.parametrize(
    "text", ["Are you going to watch it?", "are you gonna read the book?", "are you planning to see it?"]
)
def test_watching_intended_is_asked_of_the_assistant(text):
    asked = assistants_taste.taste_asked(tokens(text))
    assert asked is not None and asked.kind == assistants_taste.WATCHED


@pytest.mark.parametrize("text", ["are you going to tell me who directed it?", "are you going to any games?"])
def test_an_intention_of_no_watching_is_no_taste(text):
    assert assistants_taste.taste_asked(tokens(text)) is None


def test_watching_intended_answers_honestly_never_where_to_watch(store):
    result = reading(store, "June 27, I think. Are you going to watch it?", "ask_where_to_watch")
    assert tags(result).get("taste") == assistants_taste.WATCHED


@pytest.mark.parametrize("text", ["any you like?", "anyone you liked?"])
def test_any_you_like_asks_the_assistants_taste(text):
    asked = assistants_taste.taste_asked(tokens(text))
    assert asked is not None and asked.kind == assistants_taste.TASTE


# --- where someone is from ---


@pytest.mark.parametrize(
    "text", ["do you know where he is from?", "Do you know where he's from?", "any idea where she comes from?"]
)
def test_where_someone_is_from_inside_a_question_is_their_birthplace(store, text):
    result = reading(store, text, "ask_source")
    assert result.intent == "ask_fact" and values(result, "attribute") == ["birthday"]


# --- a time said in passing ---


@pytest.mark.parametrize(
    "text",
    [
        "Do you think the Vikings bounce back this year?",
        "Do you think the raiders will be as good as they showed last year?",
    ],
)
def test_a_time_said_in_passing_asks_no_release_date(store, text):
    assert "release_date" not in _attributes(text)
    assert reading(store, text, "nlu_fallback").intent != "ask_release_date"


@pytest.mark.parametrize("text", ["Is it coming out this year?", "what year did it come out?", "which year?"])
def test_the_release_asked_with_a_year_is_still_the_release(text):
    assert "release_date" in _attributes(text)


# --- a statement before the question ---


def test_the_question_after_a_statement_is_what_is_asked(store):
    producers = ", ".join(store.people[key].name for key in ("kei_haruna", "sho_toguchi"))
    text = f"The producers are {producers} and others. Do you know when the film was shot?"
    result = reading(store, text, "ask_crew")
    assert not values(result, "claim") and not values(result, "crew_role") and result.intent != "ask_crew"


def test_a_year_told_before_a_yes_no_question_is_not_asked(store):
    year = store.release_year
    text = f"This is an old film released in {year}, is it a black-and-white film?"
    assert not values(reading(store, text, "ask_release_date"), "claim")


@pytest.mark.parametrize("template", ["it was released in {year}, wasn't it?", "is it from {year}?"])
def test_a_year_asked_is_still_decided(store, template):
    text = template.format(year=store.release_year)
    assert values(reading(store, text, "ask_release_date"), "claim")


# --- bands, music to come, sequels ---


@pytest.mark.parametrize(
    "text", ["Who are the guitarists in the band?", "who are the band members?", "will {singer} release more songs?"]
)
def test_a_bands_members_and_music_to_come_are_not_held(store, text):
    text = text.format(singer=store.people["suis"].name)
    result = reading(store, text, "ask_cast")
    assert result.intent == "ask_fact" and values(result, "attribute") == ["music_career"]


def test_a_new_one_after_the_film_is_a_sequel(store):
    text = f"Do you feel they will be making a new one after {store.title}?"
    assert "sequel" in _attributes(text)
    result = reading(store, text, "ask_ending")
    assert tags(result).get("topic") == "sequel"


# --- producing, languages, albums, what the assistant knows, dating ---


def test_who_is_producing_is_the_producer_credit(store):
    text = "Agreed, do you know who is producing?"
    assert _attributes(text) == ["producer"]
    assert "producer" in values(reading(store, text, "ask_crew"), "crew_role")


@pytest.mark.parametrize("language", ["mandarin", "cantonese", "hindi"])
def test_a_languages_name_is_everyday_never_another_subject(language):
    assert language in default_lexicon().ordinary_names


@pytest.mark.parametrize("text", ["do you know anything about the album?", "So do you know anything about this album?"])
def test_an_album_pointed_at_is_a_soundtrack_release_not_held(store, text):
    result = reading(store, text, "bot_challenge")
    assert result.intent == "ask_fact" and values(result, "attribute") == ["music_release"]


def test_what_the_assistant_knows_of_someone_else_is_still_the_assistant():
    assert not _attributes("do you know about me?")


@pytest.mark.parametrize("template", ["I think so. Didn't she date {actor}?", "did he date {actor}?"])
def test_date_as_a_verb_asks_a_love_life_never_the_release_date(store, template):
    actor = store.people["ren_nagase"].name
    assert _attributes(template.format(actor=actor)) == ["dating"]


def test_the_date_it_came_out_is_still_the_release():
    assert _attributes("what date did it come out?") == ["release_date"]


# --- someone described before a question ---


@pytest.mark.parametrize(
    "text",
    [
        "Wow, he really is an accomplished director, what are his best works?",
        "she's a great actress, what else has she been in?",
    ],
)
def test_someone_described_by_a_noun_is_said_not_asked(store, text):
    result = reading(store, text, "ask_director")
    assert result.intent == "ask_other_work" and "director" not in values(result, "crew_role")


def test_someone_described_then_asked_yes_or_no_is_still_the_claim(store):
    result = reading(store, "he's a director, right?", "ask_person")
    assert values(result, "claim") == ["person_describes:director"]


# --- what making a film has, asked of the book ---


@pytest.mark.parametrize(
    "text",
    [
        "Who is the editor of the {title} novel?",
        "How much did Netflix pay for the rights to the book {title}?",
    ],
)
def test_a_films_making_asked_of_the_book_is_not_held_never_the_novels_card(store, text):
    result = reading(store, text.format(title=store.title), "ask_novel")
    assert result.intent == "ask_fact" and values(result, "attribute") == [person_asked.ASKED_OF_PERSON]


def test_the_films_editor_is_still_the_films(store):
    assert reading(store, "who edited the film?", "ask_crew").intent in (None, "ask_crew")


# --- "is that a movie about <X>?", the headliner ---


def test_what_that_is_asked_by_a_premise_is_no_other_film(store):
    assert reading(store, "is that a movie about baseball?", "out_of_scope").intent != "out_of_scope"


def test_that_movie_recalled_by_another_story_is_still_another_film(store):
    text = "who directed that movie about a dog who waits for his owner?"
    assert reading(store, text, "ask_director").intent == "out_of_scope"


def test_the_headliner_is_the_cast_never_a_role_no_character_fits(store):
    result = reading(store, "Who is the headliner in the movie?", "nlu_fallback")
    assert result.intent == "ask_cast" and "role_asked" not in values(result, "attribute")


def test_a_job_no_character_has_is_still_not_known(store):
    assert values(reading(store, "who plays the waiter?", "ask_who_plays"), "attribute") == ["role_asked"]


def test_it_will_points_at_the_film(store):
    result = reading(store, "Do you think it'll be out anytime soon?", "out_of_scope")
    assert result.intent == "ask_release_date"


@pytest.mark.parametrize("text", ["when was it filmed", "Do you know when the film was shot?"])
def test_when_it_was_filmed_is_the_shooting_schedule_never_the_locations(text):
    assert _attributes(text) == ["shooting"]


def test_where_it_was_filmed_is_still_the_locations():
    assert _attributes("where was it filmed") == ["filming"]


@pytest.mark.parametrize(
    "text",
    [
        "{person}, famous as the bassist of Tokyo Jihen, was born in what year?",
        "Who is the drummer for the band?",
        "are all the members of the band still alive",
    ],
)
def test_one_band_member_named_is_no_bands_members_asked(store, text):
    assert "music_career" not in _attributes(text.format(person=store.people["seiji_kameda"].name))


# --- whether the assistant knows of the film; taste asked in a statement's order ---


@pytest.mark.parametrize(
    ("template", "intent"),
    [
        ("have you heard of {title}?", "ask_plot"),
        ("ever heard of it?", "ask_plot"),
        ("I'm reading {title}. Ever heard of it?", "ask_plot"),
        ("have you heard of the book?", "ask_novel"),
    ],
)
def test_heard_of_the_film_is_yes_then_what_it_is(store, template, intent):
    result = reading(store, template.format(title=store.title), "nlu_fallback")
    assert result.intent == intent and tags(result).get("taste") == assistants_taste.KNOWN


@pytest.mark.parametrize("text", ["have you heard of {actor}?", "have you heard of Titanic?"])
def test_anyone_or_anything_else_heard_of_is_left_to_the_other_rules(store, text):
    result = reading(store, text.format(actor=store.people["ren_nagase"].name), "ask_person")
    assert tags(result).get("taste") != assistants_taste.KNOWN


def test_the_honest_answer_to_heard_of_is_a_response(domain):
    from actions.common import HONEST_ANSWERS

    assert HONEST_ANSWERS[assistants_taste.KNOWN] in domain["responses"]


@pytest.mark.parametrize(
    "text", ["this is the saddest film i've ever seen", "has she ever been in a horror film?", "best movie ever"]
)
def test_ever_in_a_statement_asks_nothing_of_the_assistant(text):
    asked = assistants_taste.taste_asked(tokens(text))
    assert asked is None or asked.kind != assistants_taste.KNOWN


@pytest.mark.parametrize("text", ["You don't like {title}, do you? Seriously?", "you never saw it?"])
def test_taste_asked_in_a_statements_order_is_the_assistants(store, text):
    result = reading(store, text.format(title=store.title), "help")
    assert "taste" in tags(result)


def test_the_song_sung_about_is_what_the_song_is_about(store):
    result = reading(store, "so what are they singing about?", "ask_plot")
    assert result.intent == "ask_crew" and values(result, "attribute") == ["song_meaning"]


@pytest.mark.parametrize("text", ["What do you know about mipt?", "what do you know about movies?"])
def test_what_the_assistant_knows_of_another_subject_is_refused(store, text):
    assert reading(store, text, "help").intent == "out_of_scope"


@pytest.mark.parametrize(
    "text",
    [
        "what do you know about me?",
        "what do you know?",
        "what do you know about it?",
        "what do you know about, exactly?",
    ],
)
def test_what_the_assistant_knows_of_us_or_of_itself_is_no_other_subject(store, text):
    assert reading(store, text, "help").intent != "out_of_scope"


# --- which film a credited song is from ---


def _song_title(store) -> str:
    return next(" ".join(said) for _, said in named_work.credit_titles(store) if said[0].isascii())


@pytest.mark.parametrize("template", ["which movie is {song} from?", "What film did {song} appear in??"])
def test_the_film_a_credited_song_is_from_is_this_one(store, template):
    message = _refused(store, template.format(song=_song_title(store)))
    assert message.get("intent")["name"] == "ask_title"
    found = [{k: e[k] for k in ("entity", "value")} for e in message.get("entities")]
    assert {"entity": "attribute", "value": described_film.FILM_IDENTIFIED} in found
    assert {"entity": "also_ask", "value": "ask_crew"} in found  # then what the song is in it


def test_the_film_another_song_is_from_is_still_refused(store):
    assert _refused(store, "which movie is Yesterday from?").get("intent")["name"] == "out_of_scope"


def test_a_franchise_asked_is_the_novel_series():
    assert _attributes("is it part of a franchise?") == ["novel_series"]


def test_when_the_franchise_began_is_not_the_series_card_which_gives_no_date():
    assert "novel_series" not in _attributes("when was the franchise created first?")


@pytest.mark.parametrize(
    "text", ["does it interest you?", "does the novel interest you?", "Pique your interest at all?"]
)
def test_what_interests_the_assistant_is_its_taste(text):
    asked = assistants_taste.taste_asked(tokens(text))
    assert asked is not None and asked.kind == assistants_taste.TASTE


@pytest.mark.parametrize(
    "text",
    [
        "who wrote the book and what was the budget",
        "Who is the author of the novel and who are his editors?",
        "it is an edition series in which book edition series?",
    ],
)
def test_the_films_making_asked_apart_from_the_book_is_not_the_books(store, text):
    assert person_asked.ASKED_OF_PERSON not in values(reading(store, text, "ask_novel"), "attribute")


@pytest.mark.parametrize("text", ["i've never heard of it", "she had heard of it before"])
def test_heard_of_in_a_statement_asks_nothing_of_the_assistant(text):
    assert assistants_taste.known_asked(tokens(text)) is None


# --- the kind a judgement is measured against ---


def _claims(text: str) -> list[str]:
    return [hit.key for hit in default_lexicon().find(tokens(text), ("claim",))]


@pytest.mark.parametrize("text", ["is that long for a japanese movie?", "is it scary for a romance?"])
def test_the_kind_after_for_a_is_measured_against_never_claimed(text):
    assert "language" not in _claims(text) and "genre" not in _claims(text.replace("scary", "good"))


def test_a_kind_asked_is_still_claimed():
    assert _claims("is it a japanese movie?") == ["language"]


@pytest.mark.parametrize("text", ["how funny is it?", "how sad?", "how scary is the movie really?"])
def test_how_much_of_a_kind_it_is_is_its_genres_never_the_runtime(store, text):
    assert reading(store, text, "ask_runtime").intent == "ask_genre"


@pytest.mark.parametrize(
    ("text", "intent"), [("how long is it?", "ask_runtime"), ("how sad is Haruna?", "ask_character")]
)
def test_how_long_or_how_someone_is_is_no_kind(store, text, intent):
    assert reading(store, text, intent).intent in (None, intent)


@pytest.mark.parametrize("text", ["how emotional is it?", "how violent is the movie?"])
def test_a_degree_no_source_gives_is_not_held_never_the_runtime(store, text):
    result = reading(store, text, "ask_runtime")
    assert result.intent == "ask_fact" and values(result, "attribute") == [person_asked.ASKED_OF_PERSON]


@pytest.mark.parametrize("text", ["how old is it?", "how old is the movie?"])
def test_the_films_age_is_when_it_came_out_never_who_may_watch_it(text):
    assert _attributes(text) == ["release_date"]


def test_an_age_rating_is_still_the_rating():
    assert "release_date" not in _attributes("what's the age rating?")
