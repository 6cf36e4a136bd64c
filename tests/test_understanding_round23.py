"""Round 23: leads of the round-23 check (real Bing queries, WikiQA), read as rules of their kind.

Each test names the general rule; phrasings are mine or the opened check's, names and titles come from the store.
"""

from __future__ import annotations

import pytest

from actions.crew import SONG_MEANING, ActionCrew
from bot.understanding import existence, people_reading, wh_kind
from bot.understanding.lexicon import default_lexicon, tokens
from bot.understanding.reading import credited_titles
from tests.reading_helpers import name, reading, run, tags, values


@pytest.fixture(scope="module")
def lead(store):
    """A lead character's first name, as users write it."""
    return store.characters[store.cast[0].character].name.split()[0]


@pytest.fixture(scope="module")
def song_title(store):
    """The theme song's romanised title, as users type it ("<words> (<romanised>)" in the store)."""
    return str(store.crew["theme_song"].work.value).split("(")[-1].rstrip(")")


@pytest.mark.parametrize("verb", ["featured", "appeared", "was cast", "is credited", "starred"])
def test_who_with_any_verb_as_a_character_asks_who_plays_them(store, lead, verb):
    text = f"Who {verb} as {lead} in the film?"
    assert reading(store, text, "ask_fact", [name(text, lead, "character")]).intent == "ask_who_plays"


def test_as_that_compares_or_describes_names_no_part(store, lead):
    text = f"who sees {lead} as a friend"
    assert reading(store, text, "ask_fact", [name(text, lead, "character")]).intent != "ask_who_plays"


@pytest.mark.parametrize("text", ["How is the actress called?", "how is the actor called"])
def test_how_a_performer_is_called_asks_their_name(text):
    assert people_reading.performer_asked(tokens(text))


@pytest.mark.parametrize("text", ["Who was the lead?", "Who were the leads?", "who are the main leads"])
def test_the_leads_are_asked_of_the_cast(text):
    hits = default_lexicon().find(tokens(text), ("attribute",))
    assert [h.key for h in hits] == ["cast"]


def test_a_content_classification_is_the_rating():
    hits = default_lexicon().find(tokens("Content classification for the movie?"), ("attribute",))
    assert [h.key for h in hits] == ["rating"]


@pytest.mark.parametrize("text", ["when was the original story released", "when was the source story published"])
def test_the_original_story_is_the_novel_the_film_adapts(text):
    asked = wh_kind.kind_asked(tokens(text), [])
    assert asked is not None and asked.subject == wh_kind.NOVEL


@pytest.mark.parametrize("intent", ["help", "bot_challenge"])
def test_a_film_question_addressing_neither_side_is_no_help_request(store, intent):
    text = "what do critics think of it"
    assert tags(reading(store, text, intent, [name(text, "critics", "topic")])).get("topic") == "reviews"


def test_a_help_request_that_addresses_the_assistant_stays_help(store):
    text = "what can you tell me about critics"
    assert reading(store, text, "help", [name(text, "critics", "topic")]).intent in (None, "help")


@pytest.mark.parametrize("genre", ["Science fiction", "horror"])
def test_a_yes_no_category_of_a_genre_claims_the_genre(store, genre):
    text = f"Does this fit into the category of {genre}?"
    result = reading(store, text, "ask_ending")
    assert result.intent == "ask_genre"
    assert tags(result)["claim"].startswith("genre:")


def test_the_genre_of_another_film_is_still_refused(store):
    assert reading(store, "what is the genre of Titanic?", "ask_genre").intent == "out_of_scope"


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("where was the movie drawing closer directed", "ask_director"),
        ("how much are the drawing closer movies worth", "ask_runtime"),
        ("where was the drawing closer book wrote at", "ask_novel"),
    ],
)
def test_a_card_that_gives_no_such_thing_is_judged(text, key):
    asked = wh_kind.kind_asked(tokens(text), [])
    assert asked is not None and wh_kind.mismatched(asked, key)


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("how much time is the movie", "ask_runtime"),
        ("how much time does it take to watch", "ask_runtime"),
        ("where was the novel published", "ask_novel"),
        ("where is the director from", "ask_director"),
    ],
)
def test_a_card_that_gives_the_thing_is_kept(text, key):
    asked = wh_kind.kind_asked(tokens(text), [])
    assert asked is None or not wh_kind.mismatched(asked, key)


def test_a_credited_work_is_found_by_its_whole_title(store, song_title):
    text = f"who wrote {song_title.lower()}"
    assert [(role, text[a:b]) for role, a, b in credited_titles(text, store)] == [("theme_song", song_title.lower())]
    assert credited_titles(f"who wrote {song_title.split()[0]}", store) == []  # one word of it is no title


def test_the_date_of_a_song_named_by_its_title_is_the_songs(store, song_title):
    text = f"when was {song_title} released"
    result = reading(store, text, "ask_release_date", [name(text, song_title, "crew_role", "theme song")])
    assert result.intent == "ask_crew"


@pytest.mark.parametrize(
    ("text", "lacks"),
    [
        ("what season is drawing closer on", True),
        ("which episode does she die in", True),
        ("what season is the movie set in", False),  # a time of year
        ("how many seasons does the anime of the novel have", False),  # another work's
    ],
)
def test_a_wh_question_about_a_series_part_presupposes_a_series(store, text, lacks):
    lexicon = default_lexicon()
    words = tokens(text)
    hits = lexicon.find(words, ("attribute", "claim", "film", "other_topic"))
    assert (existence.part_of_what_it_lacks(words, hits, lexicon, store) is not None) is lacks


def test_a_numbered_season_is_a_sequel_the_store_does_not_know(store):
    result = reading(store, "when does season 2 come out", "ask_release_date")
    assert result.intent == "ask_fact" and "sequel" in values(result, "topic")


@pytest.mark.parametrize(
    "text", ["Where Are Drawing Closer Cast Members Today?", "what happened to the actors after the movie"]
)
def test_what_people_do_now_is_not_held(store, text):
    result = reading(store, text, "ask_cast")
    assert result.intent == "ask_fact" and "present_day" in values(result, "attribute")


def test_a_kind_of_name_after_a_character_placed_in_the_film_is_theirs(store, lead):
    text = f"what is {lead.lower()} from drawing closer last name"
    assert reading(store, text, "ask_title", [name(text, lead, "character")]).intent == "ask_character"


@pytest.mark.parametrize("asked", ["what is the song {} about", "what is the meaning of {}"])
def test_what_a_credited_song_is_about_is_asked_of_the_song(store, song_title, asked):
    result = reading(store, asked.format(song_title), "ask_crew")
    assert result.intent == "ask_crew" and SONG_MEANING in values(result, "attribute")


def test_what_the_film_is_about_stays_its_plot(store):
    assert SONG_MEANING not in values(reading(store, "what is the movie about", "ask_plot"), "attribute")


def test_the_song_about_answer_says_what_the_store_holds(domain):
    text = "what is the theme song about"
    entities = [name(text, "theme song", "crew_role"), {"entity": "attribute", "value": SONG_MEANING}]
    said, _, _ = run(ActionCrew(), domain, text, entities, intent="ask_crew")
    assert said == ["utter_song_about"]


def test_a_credit_word_inside_a_things_name_is_that_thing(store):
    text = "who directed the music video"
    result = reading(store, text, "ask_director", [name(text, "music", "crew_role")])
    assert [e["value"] for e in result.drop] == ["music"]
    assert result.intent in (None, "ask_director")


def test_the_theme_song_named_by_its_credit_words_stays_its_credit(store):
    text = "who sings the theme song"
    result = reading(store, text, "ask_crew", [name(text, "theme song", "crew_role")])
    assert not result.drop


@pytest.mark.parametrize("text", ["how is the movie?", "how was the film", "how's drawing closer?"])
def test_how_the_film_is_asks_its_reviews(store, text):
    result = reading(store, text, "nlu_fallback")
    assert result.intent == "ask_fact" and values(result, "topic") == ["reviews"]


@pytest.mark.parametrize("text", ["how was it?", "how is the movie rated", "how long is the movie"])
def test_how_with_more_asked_or_only_it_is_not_the_reviews_rule(store, text):
    assert "how the film is: its reviews" not in reading(store, text, "nlu_fallback").why


def test_singing_with_nothing_sung_is_no_claim_on_the_theme_song(store):
    from bot.understanding import stated_claims

    text = "Does Ren Nagase sing?"
    person = store.resolve("Ren Nagase", ("person",))[0].id
    start = text.index("Ren")
    details = stated_claims.details_said(text, [(start, start + len("Ren Nagase"), person)], [], [], store, [], None)
    assert not any(value.startswith("theme_song") for _, value in details)


def test_a_credits_holder_is_the_person_asked_of(store):
    text = "where did the director die?"
    result = reading(store, text, "ask_director", [name(text, "director", "crew_role")])
    # round 35: the credit's death is the person's (an attribute the store does not hold), no longer a where-kind
    assert result.intent == "ask_fact" and values(result, "attribute") == ["death"]
    director = store.people[store.crew["director"].people[0]].name
    assert values(result, "person") == [director]  # kept for the next turn's "him"


def test_a_film_noun_before_a_credit_names_its_kind_of_work(store):
    text = "Where did the film director of Drawing Closer die?"
    asked = wh_kind.kind_asked(tokens(text), [(wh_kind.Span(4, 5), wh_kind.PERSON)])
    assert asked is not None and asked.subject == wh_kind.PERSON


@pytest.mark.parametrize(
    ("text", "judged"), [("where did Takahiro Miki die?", True), ("where does Haruna die?", False)]
)
def test_the_ending_never_tells_a_real_persons_death(store, text, judged):
    names = [("Takahiro Miki", "person"), ("Haruna", "character")]
    spans = [
        (wh_kind.Span(i, i + len(n.split())), wh_kind.PERSON if k == "person" else wh_kind.CHARACTER)
        for n, k in names
        for i in range(len(tokens(text)))
        if tokens(text)[i : i + len(n.split())] == tokens(n)
    ]
    asked = wh_kind.kind_asked(tokens(text), spans)
    assert asked is not None and wh_kind.mismatched(asked, "ask_ending") is judged
