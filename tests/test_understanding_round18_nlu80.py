"""Round 18, nlu80 (issue 10): who a question is about when it uses the film's words. The assistant ("your
<attribute>", "<made> you", "you work for") is asked what it is; an owner phrase of everyday words, one of them
unseen, is another subject's; this film, named or pointed at, keeps its answer. Phrasings follow the round's
probes (CLINC150, HWU64 frames); names come from the store."""

from __future__ import annotations

import pytest

from bot.understanding import everyday
from bot.understanding.lexicon import default_lexicon, tokens
from bot.understanding.reading import OUT_OF_SCOPE
from tests.reading_helpers import reading

ASSISTANT = "bot_challenge"


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("where is your country of origin", "ask_language"),
        ("what is your production company?", "ask_crew"),
        ("what is your studio", "ask_crew"),
        ("what's the name of the company that designed you", "ask_crew"),
        ("what was the company that designed you", "ask_source"),  # "that" opens a clause, points back at nothing
        ("what was the company that produced you", "ask_crew"),
        ("what company do you work for", "help"),
        ("who do you work for", "ask_fact"),
        ("where do you originate from", "ask_language"),
    ],
)
def test_film_words_asked_of_the_assistant_ask_what_it_is(store, text, intent):
    """ "Your" owns the attribute, or "you" is what was made or who works somewhere: the assistant is asked,
    never the film's country, studio or crew."""
    assert reading(store, text, intent).intent == ASSISTANT


@pytest.mark.parametrize(
    "text",
    [
        "what is your rating of it",
        "what is your favourite scene",
        "what are your thoughts on the studio",
        "did you make that up",
        "what company made the movie",
    ],
)
def test_an_opinion_a_doubt_or_the_film_is_not_asked_of_the_assistant(text):
    """An opinion ("your rating"), "your" kept off the attribute by a preposition, a doubt of the last answer and a
    question naming the film stay with the film's rules."""
    words = tokens(text)
    hits = default_lexicon().find(words, ("attribute", "claim", "film"))
    about = [h for h in hits if h.kind in ("attribute", "claim")]
    film = [h for h in hits if h.kind == "film"]
    assert film or not everyday.asked_of_the_assistant(words, about)


@pytest.mark.parametrize(
    "text",
    [
        "what's the average review for training day",
        "how many stars does training day have",
    ],
)
def test_an_owner_of_everyday_words_with_an_unseen_one_is_another_subjects(store, text):
    """ "<two everyday words>" after "review for": one word the film never uses makes it another title, refused,
    though the other word is one of the film's story."""
    assert reading(store, text, "ask_fact").intent == OUT_OF_SCOPE


@pytest.mark.parametrize(
    "text",
    [
        "what's the average review for the movie",
        "how are the reviews for {title}",
        "does {title} have good reviews",
        "how many stars does {title} have",
        "what company made {title}",
        "what are the reviews about {title}",
        "is there a sequel to {title}",
    ],
)
def test_this_film_named_keeps_its_answer(store, text):
    """The same frames with this film's title or "the movie" are never refused."""
    result = reading(store, text.format(title=store.title.lower()), "ask_fact")
    assert result.intent not in (OUT_OF_SCOPE, ASSISTANT)


@pytest.mark.parametrize(
    "text",
    ["tell me your birthday", "what is the name of your boss", "who made you up", "what's your designation"],
)
def test_the_assistants_own_particulars_refused_by_the_classifier_say_what_it_is(store, text):
    """ "Your" right before a word of what the assistant is, or "you" as what was made: what the assistant is, even
    where the classifier refused (round-17 lead CLINC check)."""
    assert reading(store, text, OUT_OF_SCOPE).intent == ASSISTANT


@pytest.mark.parametrize(
    "text",
    [
        "what is the average wait time at the cheese cake factory",  # "cheese" is no typo of a review word
        "give me the product reviews about training day",  # "product" is no typo of "producer"; reviews about <X>
        "is there a sequel to spirited away",  # "the sequel to <X>": the work it follows owns it
    ],
)
def test_real_words_and_reviewed_or_followed_works_are_other_subjects(store, text):
    assert reading(store, text, "ask_fact").intent == OUT_OF_SCOPE


@pytest.mark.parametrize(
    ("text", "asked_of_the_speaker"),
    [
        ("what is the length of my commute", True),
        ("what's the release date of my package", True),
        ("what's the rating of my car", True),
        ("what is the name of my favorite character", False),
    ],
)
def test_an_attribute_of_the_speakers_own_thing_is_not_this_films(store, text, asked_of_the_speaker):
    """ "my <X>" owns the attribute: the speaker's thing, refused, unless <X> names something of the film."""
    assert (reading(store, text, "ask_fact").intent == OUT_OF_SCOPE) is asked_of_the_speaker


@pytest.mark.parametrize(
    ("text", "other"),
    [
        ("when will they release the sequel to spirited away", True),
        ("when will they release the sequel to the cheesecake factory", True),
        ("when will they release the sequel", False),
    ],
)
def test_the_makers_they_points_at_nobody_of_the_film(store, text, other):
    """ "They" before a verb of releasing is whoever makes films: the sequel's owner decides, another work's is
    refused; with none, the film's sequel is asked (never a character's, never the film's own premiere)."""
    result = reading(store, text, "ask_release_date")
    assert (result.intent == OUT_OF_SCOPE) is other
    assert "of a character" not in " ".join(result.why)


@pytest.mark.parametrize(
    ("text", "intent"),
    [("when did your name come out", "ask_release_date"), ("lets talk about your hobbies", "out_of_scope")],
)
def test_your_owning_a_noun_of_its_own_is_a_title_not_the_assistant(store, text, intent):
    """ "Your" owns "name" here, whose release is asked: a title, never the assistant (round-1 probes); "your hobbies"
    is small talk, refused (round-17 lead CLINC check), not an attribute of where the assistant comes from."""
    assert reading(store, text, intent).intent != ASSISTANT
