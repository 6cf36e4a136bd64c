"""Round 16, nlu70 (issue 10): the thing that owns the attribute. An attribute asked of the film's trailer, theme
song, music video, a soundtrack album or a sequel is that thing's: what the store holds of it answers, anything else
is "I don't know <the thing>'s <attribute>", and the film's own fact (its release date, its platform, its runtime)
never answers it. Phrasings are the engineer's own; the things' words come from the vocabulary."""

from __future__ import annotations

import pytest

from actions.conversation import ActionOutOfScope
from actions.topics import ActionFact
from bot.understanding.lexicon import default_lexicon
from tests.reading_helpers import name, reading, run, tags, values


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("when did the trailer come out?", "ask_release_date"),
        ("when was the teaser released", "ask_release_date"),
        ("what year did the trailer for the movie come out", "ask_release_date"),
        ("when did the new trailer drop", "ask_release_date"),
    ],
)
def test_a_date_asked_of_the_trailer_is_the_trailers(store, text, intent):
    """The trailer's dates are held (the trailer fact): its topic answers, not the film's premiere."""
    result = reading(store, text, intent)
    assert result.intent == "ask_fact"
    assert [store.topic(v) for v in values(result, "topic")] == ["trailer"]
    assert not values(result, "attribute")


@pytest.mark.parametrize(
    ("text", "intent", "asked"),
    [
        ("how long is the trailer", "ask_runtime", "runtime"),
        ("where can i watch the trailer?", "ask_where_to_watch", "platform"),
        ("who directed the trailer", "ask_director", "director"),
        ("when did the music video come out", "ask_release_date", "release_date"),
        ("the trailer's length?", "ask_runtime", "runtime"),
    ],
)
def test_an_attribute_the_store_lacks_of_a_thing_is_not_known_of_it(store, text, intent, asked):
    """Nothing held of the thing: "I don't know" of that attribute, with the thing tagged as its owner."""
    result = reading(store, text, intent)
    assert result.intent == "ask_fact"
    assert values(result, "attribute") == [asked]
    assert values(result, "topic")[0] in default_lexicon().owned_things


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("When did the song come out?", "ask_release_date"),
        ("when was this song released", "ask_release_date"),
        ("What year did that song come out?", "ask_release_date"),
        ("who wrote the song for the film", "ask_crew"),
        ("who sings the song in the trailer", "ask_crew"),
    ],
)
def test_what_is_asked_of_the_song_is_the_theme_songs(store, text, intent):
    """The theme song's card holds its singer, its original writer and the cover's release: the song's date is never
    the film's premiere."""
    result = reading(store, text, intent)
    assert result.intent == "ask_crew"
    assert values(result, "crew_role") == ["theme_song"]


def test_the_song_named_by_its_title_is_the_theme_song_even_when_refused(store):
    """ "Who sang the song <its title>?": the title is the theme song's (from the store's credit), so the classifier's
    refusal gives way to the theme song's card."""
    credit = store.crew["theme_song"]
    title = str(credit.work.value).rsplit("(", 1)[-1].rstrip(")")
    result = reading(store, f"Who sang the song {title}?", "out_of_scope")
    assert result.intent == "ask_crew"
    assert "theme_song" in values(result, "crew_role")


@pytest.mark.parametrize(
    "text",
    [
        "who sang the song hotel california",  # another song, named by a title that is not ours
        "when did the barbie trailer come out",  # another film's trailer
    ],
)
def test_a_thing_named_by_another_title_is_not_ours(store, text):
    result = reading(store, text, "out_of_scope" if text.startswith("who") else "ask_release_date")
    assert "theme_song" not in values(result, "crew_role")
    assert "trailer" not in values(result, "topic")


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("what year did that album come out", "ask_release_date"),
        ("when is the sequel coming out", "ask_release_date"),
        ("who is in the sequel", "ask_cast"),
    ],
)
def test_a_thing_of_which_nothing_is_held_answers_for_itself(store, text, intent):
    """No album, no sequel: whatever is asked of them is their own "I don't know", not the film's fact."""
    result = reading(store, text, intent)
    assert result.intent == "ask_fact"
    found = set(values(result, "attribute")) | {store.topic(v) for v in values(result, "topic")}
    assert found & {"music_release", "sequel"}


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("when did drawing closer come out", "ask_release_date"),
        ("I saw the trailer and would love to watch it, where can i?", "ask_where_to_watch"),
        ("how long is it", "ask_runtime"),
    ],
)
def test_the_film_still_owns_its_own_attributes(store, text, intent):
    result = reading(store, text, intent)
    assert result.intent in (None, intent)
    assert not values(result, "topic")


def test_a_clause_that_asks_again_keeps_the_first_clauses_owner(store):
    """ "When did that song come out, what year specifically?": one question, the song's, not the song's and then
    the film's year."""
    result = reading(store, "When did that song come out, what year specifically?", "ask_release_date")
    assert result.intent == "ask_crew"
    assert "also_ask" not in tags(result)


def test_the_dont_know_names_the_thing_and_the_attribute(turn):
    said = turn(ActionFact(), text="how long is the trailer", entities={"attribute": "runtime", "topic": "trailer"})
    assert said.responses == ["utter_dont_know_subject_attribute"]
    message = said.values("utter_dont_know_subject_attribute")
    things = default_lexicon().owned_things
    assert message["subject_name"] == things["trailer"].label
    assert message["attribute_words"] == default_lexicon().attribute_nouns["runtime"]


def test_a_sequel_asked_of_says_it_knows_of_no_sequel(turn):
    """A thing of which nothing is held is named by its own "I don't know of a film sequel", not as an owner."""
    said = turn(ActionFact(), text="who is in the sequel", entities={"topic": "sequel"})
    assert said.responses[0] == "utter_dont_know_about"


def test_every_held_answer_of_a_thing_is_an_attribute_of_the_vocabulary():
    lexicon = default_lexicon()
    for thing in lexicon.owned_things.values():
        for answer in thing.held.values():
            assert answer in lexicon.attributes


@pytest.mark.parametrize(
    "template",
    [
        "{lead} also sang the theme song of the film.",  # a statement: the credit is said of its subject
        "did the trailer come out in may?",  # a yes/no question: left to the claims
    ],
)
def test_statements_and_yes_no_questions_are_left_to_the_claims(store, template):
    lead = store.people[store.cast[0].actor]
    text = template.format(lead=lead.name)
    entities = [name(text, lead.name, "person")] if "{lead}" in template else []
    result = reading(store, text, "ask_crew", entities)
    assert not any("asked of" in why for why in result.why)


@pytest.mark.parametrize(
    "template", ["please give me detail of {title} song", "Who recorded the song {title} released in 2007?"]
)
def test_the_theme_song_named_by_its_title_is_ours_when_refused(store, template):
    """Refused as someone's music, but the title is the theme song's (the store's credit): its card."""
    title = str(store.crew["theme_song"].work.value).rsplit("(", 1)[-1].rstrip(")")
    result = reading(store, template.format(title=title.lower()), "out_of_scope")
    assert result.intent == "ask_crew"
    assert values(result, "crew_role") == ["theme_song"]


@pytest.mark.parametrize("text", ["when did the manga come out", "what year did the manga of drawing closer come out"])
def test_the_mangas_date_is_the_manga_part_of_the_novels_answer(store, text):
    """The manga adaptation is a thing of the novel's: its own part of the novel's answer, not the premiere."""
    result = reading(store, text, "ask_release_date")
    assert result.intent == "ask_novel"
    assert values(result, "attribute") == ["novel_manga"]


def _after_the_theme_song(store) -> list[dict]:
    role_words = next(iter(store.crew["theme_song"].aliases))
    asked = {"entities": [{"entity": "crew_role", "value": role_words}]}
    return [
        {"event": "user", "text": f"what's the {role_words}?", "parse_data": asked},
        {"event": "action", "name": "action_crew"},
    ]


def test_a_refused_question_pointing_at_the_song_just_answered_is_that_songs(store, domain):
    """ "who is singing this song?" right after the theme song's card: the film's song, not the user's music."""
    text = "who is singing this song"
    said, _, _ = run(
        ActionOutOfScope(),
        domain,
        text,
        [name(text, "song", "crew_role")],
        intent="out_of_scope",
        events=_after_the_theme_song(store),
    )
    assert "utter_out_of_scope" not in said
    assert said


def test_a_refused_question_about_a_song_cold_stays_refused(store, domain):
    text = "who is singing this song"
    said, _, _ = run(ActionOutOfScope(), domain, text, [name(text, "song", "crew_role")], intent="out_of_scope")
    assert said == ["utter_out_of_scope"]


def test_a_clause_with_an_owner_of_its_own_is_no_restatement(store):
    """ "How long is it? How long is the book?": the same attribute, but of the book: both are answered."""
    result = reading(store, "how long is it? how long is the book?", "ask_runtime")
    assert "also_ask" in tags(result)
