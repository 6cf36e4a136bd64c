"""Round 50: the NorQuAD questions, the TriviaQA quiz questions and the AOL searches (the round-88, 89 and 90 checks,
opened), and the team's own probes in the same styles, that got another question's answer or none.

- "<a name> <a noun>", typed as a search with no question: the last noun is what is searched. When nothing read
  explains it and no training question of the card uses it ("<a band> news", "<a singer> song remix"), the store
  holds nothing of that kind: "I don't know that about <them>", never the card of the name before it.
- A credited work's romanised title may hold "no": that word alone is no answer ("<the title>?" is the song's card,
  never "All right"); a yes or a no said outside the title still is.
- "<the theme song> release date", typed as a search: the nouns before the attribute own it (the song's, never the
  film's release).

Each test names the general rule; phrasings are mine or adapted from those datasets, names come from the store.
"""

from __future__ import annotations

import pytest

from bot.store import FactStore
from bot.understanding import person_asked
from tests.reading_helpers import decided, name, reading, values


def _lead_actor(store: FactStore) -> str:
    return store.people[store.cast[0].actor].name.lower()


def _song_title(store: FactStore) -> str:
    """The theme song's romanised title, as users type it (the store gives it in brackets)."""
    value = str(store.crew["theme_song"].work.value)
    return value[value.index("(") + 1 : value.index(")")].lower()


def _intent(message) -> str:
    return (message.get("intent") or {}).get("name")


# --- a search for a noun nothing explains ---


@pytest.mark.parametrize(
    ("searched", "asked"), [("news", "news"), ("song remix", "remix"), ("tattoo designs", "tattoo designs")]
)
def test_a_search_for_what_no_card_says_is_not_known(store, searched, asked):
    actor = _lead_actor(store)
    text = f"{actor} {searched}"
    result = reading(store, text, "ask_person", [name(text, actor, "person")])
    assert result.intent == "ask_fact"
    assert values(result, "attribute") == [person_asked.ASKED_OF_PERSON]
    tagged = next(e for e in result.entities if e["entity"] == "attribute")
    assert text[tagged["start"] : tagged["end"]] == asked


@pytest.mark.parametrize(("searched", "intent"), [("movies", "ask_other_work"), ("height", "ask_fact")])
def test_a_search_for_what_is_held_keeps_its_reading(store, searched, intent):
    actor = _lead_actor(store)
    text = f"{actor} {searched}"
    result = reading(store, text, intent, [name(text, actor, "person")])
    assert person_asked.ASKED_OF_PERSON not in values(result, "attribute")


def test_a_search_whose_noun_the_cards_questions_use_keeps_the_card(store):
    text = f"{store.title.lower()} synopsis"
    assert reading(store, text, "ask_plot", []).intent in (None, "ask_plot")


def test_a_question_is_no_search(store):
    actor = _lead_actor(store)
    text = f"who is {actor} and what is the news?"
    result = reading(store, text, "ask_person", [name(text, actor, "person")])
    assert "a search for what no card says: news" not in result.why


# --- a "no" inside a romanised title ---


@pytest.mark.parametrize("form", ["{title}", "{title}?", "tell me about {title}", "info on {title}"])
def test_a_no_only_inside_a_title_is_no_answer(store, form):
    text = form.format(title=_song_title(store))
    if " no " not in f" {_song_title(store)} ":
        pytest.skip("the theme song's title holds no 'no' in this store")
    assert _intent(decided(store, text, "deny", confidence=0.95)) == "ask_crew"


def test_a_title_with_a_word_of_its_own_is_not_its_card(store):
    text = f"{_song_title(store)} guitar chords"
    assert _intent(decided(store, text, "deny", confidence=0.95)) not in ("deny", "ask_crew")


@pytest.mark.parametrize("text", ["no thanks", "no", "nope, {title}"])
def test_a_no_outside_a_title_is_still_an_answer(store, text):
    assert _intent(decided(store, text.format(title=_song_title(store)), "deny", confidence=0.95)) == "deny"


# --- the owner of an attribute typed as a search ---


@pytest.mark.parametrize("thing", ["theme song", "song"])
def test_a_thing_before_an_attribute_in_a_search_owns_it(store, thing):
    text = f"{thing} release date"
    result = reading(store, text, "ask_release_date", [name(text, thing, "crew_role")])
    assert result.intent not in (None, "ask_release_date")


def test_the_films_release_searched_stays_the_films(store):
    text = f"{store.title.lower()} release date"
    assert reading(store, text, "ask_release_date", []).intent in (None, "ask_release_date")
