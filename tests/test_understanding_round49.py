"""Round 49: the Reddit tip-of-the-tongue requests with Molweni chat, the Catalan ViquiQuAD questions and the OK-VQA
crowd questions (the round-85, 86 and 87 checks, opened), and the team's own probes in the same styles, that got
another question's answer or none.

- A guess put as a question ("Maybe it is a <kind> movie?", "Movie might be from the 90s?", "Possibly a horror
  movie?", "I think it was a <kind> movie?") is the yes/no question of the guess, never a refusal or "I didn't get
  that"; a remark ("I think it was great", "it could be better") is not a question.
- "Is it a coming of age story?": a set expression names a kind of story, not an age (never the maturity rating);
  "a <kind> story" names the film by its kind as "a <kind> movie" does ("is it a good story?" asks the reviews).
- "Is it a British movie?": a people's name claims where the film was made ("No." and its country); said of a person
  ("is <the author> an American writer?") it is no credit confirmed.
- "What is <a bare noun> about?": another thing's story, refused; the film's own title is still its plot.
- "What book is <a character> reading?": a book in the story, which no source names, never the novel's card.
- "Who is famous in this movie?": the cast, never the charts.
- "What movie does it remind you of?": the assistant's own taste, never the rating.

Each test names the general rule; phrasings are mine or adapted from those datasets, names come from the store.
"""

from __future__ import annotations

import pytest
from rasa.shared.nlu.training_data.message import Message
from rasa_sdk import Tracker

from actions.claims import verdict
from bot.nlu_components import OtherSubjectGuard
from bot.scope import OTHER_SUBJECT, Vocabulary
from bot.store import FactStore, Person
from bot.understanding import assistants_taste, claim_frames
from bot.understanding.lexicon import default_lexicon, tokens
from bot.understanding.reading import OUT_OF_SCOPE
from tests.reading_helpers import name, reading, values

GUARD_CONFIG = {"out_of_scope_intent": OUT_OF_SCOPE, "unguarded_intents": []}
# The guard learns its words from the training data; these few stand for it.
VOCABULARY = Vocabulary(frozenset("what is are and who the actors in it".split()))


def _character(store: FactStore) -> str:
    """A character's first name, as a question types it."""
    return next(iter(store.characters.values())).name.split()[-1]


def _author(store: FactStore) -> Person:
    return store.people[str(store.novel["author"].value)]


def _guarded_subject(text: str, intent: str) -> object:
    """The other subject the scope guard finds in the message (None: the message is this film's)."""
    message = Message(data={"text": text, "intent": {"name": intent}})
    OtherSubjectGuard(GUARD_CONFIG, None, None, VOCABULARY).process([message])
    return message.get(OTHER_SUBJECT)


def _claimed(text: str) -> bool | None:
    return verdict(text, Tracker("t", {}, {}, [], False, None, {}, ""))[0]


# --- a guess put as a question ---


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("Maybe it is a martial arts movie?", "it is a martial arts movie, right?"),
        ("Movie might be from the 90s?", "Movie is from the 90s, right?"),
        ("Possibly a horror or suspense movie?", "it is a horror or suspense movie, right?"),
        ("Could be a streaming movie maybe?", "it is a streaming movie , right?"),
    ],
)
def test_a_hedged_guess_is_the_claim_asked(text, claim):
    canonical = claim_frames.canonical_claim(text)
    assert canonical is not None
    assert " ".join(canonical.split()) == claim
    assert len(canonical) == len(text.rstrip("?")) + len(claim_frames.TAG)  # every word stays at its place


@pytest.mark.parametrize("text", ["It could be better", "maybe later", "I think it was great"])
def test_a_hedged_remark_is_no_question(store, text):
    assert claim_frames.canonical_claim(text) is None or not text.endswith("?")
    assert "claim" not in {e["entity"] for e in reading(store, text, "deny").entities}


@pytest.mark.parametrize("intent", ["nlu_fallback", "ask_fact"])
def test_a_decade_guessed_with_might_is_the_release_claim(store, intent):
    result = reading(store, "Movie might be from the 90s?", intent)
    assert [v for v in values(result, "claim") if v.startswith("released:")]


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("Possibly a horror or suspense movie?", OUT_OF_SCOPE),
        ("Maybe it is a martial arts movie?", "ask_fact"),
        ("I think it was a christain movie?", "nlu_fallback"),
        ("It might be a coming of age story?", "ask_fact"),
    ],
)
def test_a_kind_of_film_guessed_is_left_open_with_its_genres(store, text, intent):
    result = reading(store, text, intent)
    assert result.intent == "ask_genre"
    assert [v for v in values(result, "claim") if v.startswith(("polar_open", "genre:"))]


# --- a kind of story ---


def test_a_set_expression_asks_nothing_of_its_words():
    hits = default_lexicon().find(tokens("is it a coming of age story"), ("attribute", "claim", "film"))
    assert not [h for h in hits if h.kind == "attribute" and h.key == "age"]


def test_a_coming_of_age_story_is_the_films_kind_not_its_rating(store):
    result = reading(store, "Is it a coming of age story?", "ask_genre")
    assert result.intent in ("ask_genre", None)
    assert [v for v in values(result, "claim") if v.startswith("polar_open_card:")]


def test_a_good_story_asks_the_reviews(store):
    assert "reviews" in values(reading(store, "Is it a good story?", "ask_plot"), "topic")


def test_a_sad_story_is_the_genre_claim(store):
    assert "genre:tearjerker" in values(reading(store, "Is it a sad story?", "ask_plot"), "claim")


@pytest.mark.parametrize("text", ["is it a story about love?", "what is the story?", "Is it a true story?"])
def test_the_story_told_is_still_asked(store, text):
    hits = default_lexicon().find(tokens(text), ("film",))
    assert not [h for h in hits if h.phrase in ("movie", "story")]


# --- where it was made, said by a people's name ---


@pytest.mark.parametrize("text", ["is it a British movie?", "Is it a South African movie?", "is it a hollywood film?"])
def test_a_peoples_name_claims_the_films_country(store, text):
    claims = [v for v in values(reading(store, text, "ask_genre"), "claim") if v.startswith("nationality:")]
    assert claims
    assert _claimed(claims[0]) is False


def test_a_country_one_letter_from_its_people_is_no_claim(store):
    result = reading(store, "can I watch it on netflix in austria?", "ask_where_to_watch")
    assert not [v for v in values(result, "claim") if v.startswith("nationality:")]


def test_a_people_said_of_a_person_confirms_no_credit(store):
    author = _author(store)
    text = f"is {author.name} an American writer?"
    result = reading(store, text, "ask_crew", [name(text, author.name, "person")])
    assert not [v for v in values(result, "claim") if v.startswith("credit:")]


# --- another thing's story ---


@pytest.mark.parametrize("text", ["What is love about?", "What is TEENAGER about?"])
def test_a_bare_thing_about_is_another_subject(store, text):
    assert reading(store, text, "ask_plot").intent == OUT_OF_SCOPE


@pytest.mark.parametrize("text", ["what is the movie about?", "what's movie about?", "what is it about?"])
def test_the_films_story_is_still_asked(store, text):
    assert reading(store, text, "ask_plot").intent in ("ask_plot", None)


def test_the_films_title_about_is_still_its_story(store):
    assert reading(store, f"What is {store.title} about?", "ask_plot").intent in ("ask_plot", None)


# --- a book in the story ---


@pytest.mark.parametrize("template", ["What book is {c} reading?", "What kind of book is {c} looking at?"])
def test_a_book_in_a_characters_hands_is_not_the_novel(store, template):
    character = _character(store)
    text = template.format(c=character)
    result = reading(store, text, "ask_novel", [name(text, character, "character")])
    assert result.intent == "ask_fact"
    assert values(result, "attribute") == ["asked"]


def test_the_book_a_character_is_from_is_the_novel(store):
    character = _character(store)
    text = f"what book is {character} from?"
    result = reading(store, text, "ask_novel", [name(text, character, "character")])
    assert result.intent in ("ask_novel", None)


# --- the famous ones, the assistant reminded ---


def test_who_is_famous_in_the_film_is_the_cast(store):
    assert reading(store, "Who is famous in this movie?", "ask_fact").intent == "ask_cast"


@pytest.mark.parametrize(
    "text", ["what movie does it remind you of", "does it remind you of any other movie", "it reminds you of what"]
)
def test_what_the_film_reminds_the_assistant_of_is_its_taste(text):
    asked = assistants_taste.taste_asked(tokens(text))
    assert asked is not None
    assert asked.kind == assistants_taste.OPINION


def test_a_remark_reminding_the_speaker_asks_no_taste():
    assert assistants_taste.taste_asked(tokens("it reminds me of my school days")) is None


# --- "the film" talked about, its money, its makers by their kind, its title mistyped ---


@pytest.mark.parametrize(
    "text",
    [
        "How much money did the film take in the first weekend?",
        "In what year was the film re-released?",
        "was the film's investment ever recovered?",
    ],
)
def test_the_film_as_a_subject_is_this_film(store, text):
    assert _guarded_subject(text, "ask_fact") is None


@pytest.mark.parametrize(
    "text", ["who directed the film Zorblax?", "what is the movie Zorblax about?", "was the film Zorblax good?"]
)
def test_the_film_before_another_title_is_still_another_subject(store, text):
    assert _guarded_subject(text, "ask_director") == "zorblax"


def test_an_investment_is_the_budget(store):
    assert values(reading(store, "In how much time was the film's investment recovered?", "ask_runtime"), "topic") == [
        "budget"
    ]


def test_a_maker_asked_by_their_kind_is_the_credit(store):
    text = "What band performs the theme song?"
    result = reading(store, text, "nlu_fallback", [name(text, "theme song", "crew_role")])
    assert result.intent == "ask_crew"


def test_a_label_asked_is_still_not_held(store):
    text = "what label released the theme song?"
    result = reading(store, text, "ask_crew", [name(text, "theme song", "crew_role")])
    assert result.intent == "ask_fact"


def test_the_title_with_one_letter_short_is_still_the_title(store):
    title = store.title.lower()
    typed = title[:-2] + title[-1]  # the last word a letter short
    hits = default_lexicon().find(tokens(f"who directed {typed}"), ("film",))
    assert [h.phrase for h in hits] == [typed]


def test_a_short_title_word_mistyped_is_no_title(store):
    hits = default_lexicon().find(tokens("who directed a drawing"), ("film",))
    assert not hits


# --- "about" as "roughly" ---


@pytest.mark.parametrize(
    "text", ["is it about 2 hours long?", "is it about two hours?", "is it about an hour and a half?"]
)
def test_about_a_length_is_the_runtime(text):
    hits = default_lexicon().find(tokens(text), ("attribute", "film"))
    assert [h.key for h in hits if h.kind == "attribute"][:1] == ["runtime"]


def test_about_the_same_asks_no_story():
    hits = default_lexicon().find(tokens("is it about the same as the book?"), ("attribute", "film"))
    assert not [h for h in hits if h.key == "plot"]


@pytest.mark.parametrize("text", ["is it about a painter?", "is it about time travel?"])
def test_about_a_story_is_still_the_plot(text):
    hits = default_lexicon().find(tokens(text), ("attribute", "film"))
    assert [h.key for h in hits if h.kind == "attribute"] == ["plot"]


def test_the_film_about_a_length_is_no_other_film(store):
    assert reading(store, "is the film about 2 hours?", "ask_runtime").intent != OUT_OF_SCOPE


def test_the_film_about_another_story_is_still_another_film(store):
    assert reading(store, "who directed the movie about a dog who waits for his owner?", "ask_director").intent == (
        OUT_OF_SCOPE
    )


# --- hedges inside a question, a search for the film itself ---


def test_a_hedge_inside_a_credit_claim_says_nothing_more(store):
    director = store.people[store.crew["director"].people[0]]
    text = f"Was the director maybe {director.name}?"
    result = reading(store, text, "ask_fact", [name(text, director.name, "person")])
    assert [v for v in values(result, "claim") if v.startswith("credit:")]


@pytest.mark.parametrize("words", ["full movie", "online free"])
def test_a_search_for_the_film_itself_is_where_to_watch(store, words):
    hits = default_lexicon().find(tokens(f"{store.title} {words}"), ("attribute",))
    assert [h.key for h in hits] == ["platform"]


# --- guards of the round's rules ---


def test_a_peoples_name_before_another_noun_claims_nothing():
    hits = default_lexicon().find(tokens("in what australian suburb is the channel"), ("claim",))
    assert not [h for h in hits if h.key == "nationality"]


def test_a_place_modified_by_a_peoples_name_is_an_unknown_head(store):
    character = _character(store)
    text = f"The show about {character} appears on a channel with headquarters in what Australian suburb?"
    result = reading(store, text, "ask_where_to_watch", [name(text, character, "character")])
    assert result.intent == "ask_fact"
    assert values(result, "attribute") == ["asked"]


def test_a_claim_read_in_a_frame_stands(store):
    author = _author(store)
    text = f"Oh, speaking of {store.title}, did you know that {author.name} wrote the novel?"
    result = reading(store, text, "ask_novel", [name(text, author.name, "person")])
    assert not [v for v in values(result, "claim") if v.startswith("polar_open")]


def test_a_frame_before_another_sentence_is_left_to_that_sentence(store):
    author = _author(store)
    text = f"Really? I thought that one was by {author.name}. He's French, right?"
    result = reading(store, text, "ask_person", [name(text, author.name, "person")])
    assert not [v for v in values(result, "claim") if v.startswith("polar_open")]


def test_a_reception_about_is_this_films(store):
    assert reading(store, "What was critical reception about", "ask_fact").intent != OUT_OF_SCOPE


def test_the_film_named_in_a_frame_claims_nothing(store):
    result = reading(store, f"Did you know {store.title.lower()} film?", "ask_release_date")
    assert not [v for v in values(result, "claim") if v.startswith("polar_open")]
