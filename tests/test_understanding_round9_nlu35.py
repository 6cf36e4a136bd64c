"""Round 9 of the question reader, nlu35 (issue 10): opinions, remarks and story questions the store cannot answer.

Phrasings here are other than the probes' (tests/nlu/probes_round9_nlu35*.yml): the rules must hold for the
structure (this film or a part of it judged or felt, a verbless judgement, an opinion of the speaker's; what the
story means, which the store does not state). Reader tests are Rasa-free, with the classifier's intent as it went
wrong before; the converse cases keep questions, consent and news with the same words.
"""

from __future__ import annotations

import pytest
from rasa.shared.nlu.training_data.message import Message

from bot.nlu_components import OtherSubjectGuard
from bot.nlu_frame import QuestionReader
from bot.scope import OTHER_SUBJECT, Vocabulary
from bot.understanding import film_talk
from bot.understanding.lexicon import Hit, default_lexicon
from bot.understanding.reading import REMARK
from tests.reading_helpers import name, reading, tags, values

GUARD_CONFIG = {"out_of_scope_intent": "out_of_scope", "unguarded_intents": []}


def the_title(store) -> str:
    return str(store.film["title"].value)


def a_person(store) -> str:
    """The first person the store lists, by name (no name literal in the tests)."""
    return next(iter(store.people.values())).name


# 1. This film, a part of it or one of its people, judged or felt: a remark, acknowledged.
@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("the movie was kinda slow tbh", "out_of_scope"),
        ("the acting was amazing", "ask_cast"),
        ("this film made me cry so hard", "ask_fact"),
        ("the last scene broke my heart", "ask_ending"),
        ("the film should be fun on a rainy day", "ask_where_to_watch"),
        ("really great film", "ask_genre"),
        ("so good!", "nlu_fallback"),
        ("i found the middle part a bit dull", "ask_plot"),
        ("i thought it was kind of a let down", "ask_fact"),
        ("the ending was sad but i loved it", "out_of_scope"),
        ("the music was lovely. watched it twice", "ask_crew"),
        ("it was a letdown when it came out", "ask_release_date"),  # "when" joins a clause, asks nothing
    ],
)
def test_a_judgement_of_the_film_is_a_remark(store, text, intent):
    result = reading(store, text, intent)
    assert result.intent == REMARK
    assert result.why[-1] == "a remark, nothing asked"


def test_the_title_or_a_persons_name_as_the_subject_is_a_remark(store):
    title, person = the_title(store), a_person(store)
    assert reading(store, f"{title} is really good", "nlu_fallback").intent == REMARK
    assert reading(store, f"{title.lower()} was a masterpiece", "ask_fact").intent == REMARK
    text = f"{person} was brilliant in it"
    assert reading(store, text, "ask_person", [name(text, person, "person")]).intent == REMARK


def test_a_film_named_is_a_remark_whatever_consent_the_classifier_read(store):
    # "sounds" after the film itself is no consent to an offer; "that sounds good" still is
    assert reading(store, f"{the_title(store)} sounds like a lovely film", "affirm").intent == REMARK
    assert reading(store, "the movie sounds like a lovely film", "affirm").intent == REMARK
    assert reading(store, "that sounds good", "affirm").intent != REMARK


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("the movie was released in june", "ask_release_date"),  # a claim, no judgement
        ("the ending was good, what happens to her friend?", "ask_plot"),  # a question inside
        ("it was a let down when did it come out", "ask_release_date"),  # "when" asks here
        ("great", "affirm"),  # one word may consent to an offer
        ("i found it on netflix", "ask_where_to_watch"),  # no judgement
        ("i thought it came out in july", "ask_release_date"),  # a belief to check
        ("should i watch it alone", "ask_fact"),
        ("the film could be streaming where?", "ask_where_to_watch"),
    ],
)
def test_a_question_a_claim_or_consent_is_no_remark(store, text, intent):
    assert reading(store, text, intent).intent != REMARK


def test_a_quoted_title_not_this_films_is_no_remark(store):
    assert reading(store, 'we watched "the other side of us" yesterday and loved it', "deny").intent != REMARK
    assert reading(store, 'loved "hello goodbye spaceman" so much', "ask_fact").intent != REMARK
    assert (
        reading(store, f'we watched "{the_title(store).lower()}" yesterday and loved it', "ask_fact").intent == REMARK
    )


# 2. What the story means: the store states no moral, message or theme, so "I don't know <that>".
@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("what's the moral here", "out_of_scope"),
        ("what message does it send", "ask_plot"),
        ("what is the moral of the story", "out_of_scope"),
        ("does the story have a deeper meaning", "ask_title"),
        ("what are the themes of the novel", "ask_novel"),
        ("what is the theme of drawing closer", "ask_crew"),  # "theme of": the subject matter, not the song
        ("any life lessons in it?", "ask_fact"),
    ],
)
def test_what_the_story_means_is_an_unheld_attribute(store, text, intent):
    result = reading(store, text, intent)
    assert result.intent == "ask_fact"
    assert tags(result)["attribute"] == "story_meaning"


@pytest.mark.parametrize(
    "text", ["who sings the theme", "what's the theme song", "who did the musical theme of the film", "play the theme"]
)
def test_a_theme_with_music_or_alone_stays_the_song(store, text):
    assert "story_meaning" not in values(reading(store, text, "ask_crew"), "attribute")


def test_theme_of_is_read_as_the_story_only_without_music_words():
    words = "what is the theme of the film".split()
    song = Hit("attribute", "theme_song", "theme", 3, 4)
    assert film_talk.theme_as_subject(words, [song])[0].key == "story_meaning"
    with_music = [*words, "song"]
    assert film_talk.theme_as_subject(with_music, [song])[0].key == "theme_song"


def test_the_climax_is_the_ending(store):
    # the story's high point is behind the spoiler question, as the ending is
    assert reading(store, "what's the climax", "ask_fact").intent == "ask_ending"


@pytest.mark.parametrize(
    "text", ["what is the deeper meaning of life", "what's the moral of the tortoise and the hare"]
)
def test_a_meaning_of_something_else_stays_refused(store, text):
    assert reading(store, text, "out_of_scope").intent in (None, "out_of_scope")


# 3. A judgement after "was" is no name of another subject: the remark stands after the scope guard.
def guarded(store, text: str, intent: str) -> tuple[str, object]:
    guard = OtherSubjectGuard(GUARD_CONFIG, None, None, Vocabulary(frozenset("the movie film was is ending".split())))
    message = Message(data={"text": text, "intent": {"name": intent, "confidence": 0.9}})
    QuestionReader(store, default_lexicon()).process(guard.process([message]))
    return message.get("intent")["name"], message.get(OTHER_SUBJECT)


@pytest.mark.parametrize("text", ["the film was quite predictable lol", "the ending is heartbreaking honestly"])
def test_a_judgement_of_the_film_passes_the_scope_guard(store, text):
    assert guarded(store, text, "ask_fact") == (REMARK, None)


@pytest.mark.parametrize("text", ["the movie was directed by spielberg", "the film was mongkok right"])
def test_other_words_after_was_stay_another_subject(store, text):
    intent, other = guarded(store, text, "ask_director")
    assert intent == "out_of_scope" and other


# 4. Whether someone would like it, or whether it is overrated: what critics said, not a refusal nor the rating.
@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("would my dad enjoy it", "out_of_scope"),
        ("will my girlfriend love this", "ask_where_to_watch"),
        ("would i like the film", "out_of_scope"),
        ("is it really that overrated", "ask_rating"),
        ("was the movie underrated", "ask_rating"),
        ("what part made you laugh the most", "out_of_scope"),  # the assistant moved: what critics said
    ],
)
def test_whether_someone_would_like_it_is_the_reviews(store, text, intent):
    result = reading(store, text, intent)
    assert result.intent == "ask_fact"
    assert tags(result).get("topic") == "reviews"


@pytest.mark.parametrize(
    "text", ["i would like it in english", "it made me cry", "would you like to know more", "what made you sad today"]
)
def test_a_wish_or_a_remark_is_no_liking_asked(store, text):
    assert "reviews" not in values(reading(store, text, "ask_language"), "topic")
