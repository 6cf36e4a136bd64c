"""Round 20, nlu86 (issue 10): a yes/no question is decided only when the store holds its relation and can compare
its value; a manner, a place or a time the store does not hold leaves it undecided.

Phrasings are the engineer's own, other than the probes' (tests/nlu/probes_round20_nlu86.yml); names, titles and
dates come from the store.
"""

from __future__ import annotations

import datetime as dt

import pytest

from actions.claims import release_time_holds, release_time_said, verdict
from actions.film_facts import ActionWhereToWatch
from bot.understanding import claim_relations
from bot.understanding.claim_relations import UNHELD_RELATION
from tests.conftest import tracker
from tests.reading_helpers import name, reading, run, tags


def _actor(store, billed: int = 0) -> str:
    return store.people[store.cast[billed].actor].name


def _song_title(store) -> str:
    """The theme song's romanised title (the store writes it in brackets after the Japanese one)."""
    return str(store.crew["theme_song"].work.value).split("(")[-1].rstrip(")")


def _singer(store) -> str:
    return store.people[store.crew["theme_song"].people[0]].name


# 1. How a person took part in the film: acting is held, a manner (singing, an instrument, stunts) is not.
@pytest.mark.parametrize(
    ("manner", "word"),
    [
        ("sing his own songs", "sing"),
        ("dancing", "dancing"),
        ("play the violin", "violin"),
        ("do all the stunts", "stunts"),
    ],
)
def test_a_manner_of_taking_part_is_undecided(store, manner, word):
    actor = _actor(store)
    text = f"did {actor} {manner} in the movie?"
    result = reading(store, text, "ask_person", [name(text, actor, "person")])
    assert tags(result)["claim"] == f"{UNHELD_RELATION}:{word}"
    assert result.intent == "ask_fact"


@pytest.mark.parametrize("verb", ["act", "appear", "star", "play"])
def test_acting_in_the_film_is_still_decided(store, verb):
    actor = _actor(store)
    text = f"did {actor} {verb} in {store.title}?"
    result = reading(store, text, "ask_person", [name(text, actor, "person")])
    assert not tags(result).get("claim", "").startswith(UNHELD_RELATION)


def test_singing_in_it_is_held_of_the_one_the_song_is_credited_to(store):
    singer = _singer(store)
    text = f"does {singer} sing in the film?"
    result = reading(store, text, "ask_person", [name(text, singer, "person")])
    assert not tags(result).get("claim", "").startswith(UNHELD_RELATION)


def test_the_manner_words_rule(store):
    words = "was she singing and dancing".split()
    assert claim_relations.manner_in_film(words, range(2, 5), sings_credited=False) == 2
    assert claim_relations.manner_in_film(words, range(2, 5), sings_credited=True) == 4
    assert claim_relations.manner_in_film("was she the lead".split(), range(2, 4), sings_credited=False) is None


def test_singing_a_characters_part_is_undecided(store):
    actor = _actor(store, 1)
    character = store.characters[store.cast[1].character].name.split()[0]
    text = f"did {actor} sing the songs for {character}?"
    entities = [name(text, actor, "person"), name(text, character, "character")]
    result = reading(store, text, "ask_who_plays", entities)
    assert tags(result)["claim"] == f"{UNHELD_RELATION}:sing"


# 2. Popularity in a country the chart fact does not name: undecided; in one it names: decided.
def _countries_named(store) -> tuple[str, str]:
    """(a country the chart fact names, one it does not)."""
    chart = str(store.film["top10"].value)
    named = next(c for c in ("Japan", "Korea", "Brazil") if c in chart)
    unnamed = next(c for c in ("Germany", "Mexico", "Canada") if c not in chart)
    return named, unnamed


def test_popular_in_a_country_not_on_the_charts_is_undecided(store):
    named, unnamed = _countries_named(store)
    asked = f"was it a big hit in {unnamed}?"
    assert verdict("popular:big hit", tracker(asked, "ask_fact"))[0] is None
    assert verdict("popular:big hit", tracker(f"was it a big hit in {named}?", "ask_fact"))[0] is True
    assert verdict("popular:big hit", tracker("was it a big hit?", "ask_fact"))[0] is True


# 3. A platform said with a release time: the yes holds only for the premiere's time.
def _premiere(store) -> dt.date:
    return dt.date.fromisoformat(str(store.film["premiere_date"].value))


def test_a_platform_with_another_release_day_is_no(store):
    platform = str(store.film["platform"].value).lower()
    day = _premiere(store)
    other = day + dt.timedelta(days=3)
    wrong = f"did it launch on {platform} on {other.day} {other.strftime('%B').lower()}?"
    right = f"did it launch on {platform} on {day.day} {day.strftime('%B').lower()}?"
    assert verdict(f"platform:{platform}", tracker(wrong, "ask_where_to_watch"))[0] is False
    assert verdict(f"platform:{platform}", tracker(right, "ask_where_to_watch"))[0] is True


def test_a_year_without_a_verb_of_coming_out_is_no_release_time(store):
    platform = str(store.film["platform"].value).lower()
    later = _premiere(store).year + 1
    assert not release_time_said(tracker(f"can i stream it on {platform} in {later}?"))
    assert release_time_said(tracker(f"was it released on {platform} in {later}?"))
    assert not release_time_holds(tracker(f"was it released on {platform} in {later}?"))


def test_the_no_gives_the_premiere_date(store, domain):
    platform = str(store.film["platform"].value)
    other = _premiere(store) + dt.timedelta(days=8)
    text = f"did it premiere on {platform} on {other.strftime('%B')} {other.day}?"
    entities = [{"entity": "claim", "value": f"platform:{platform.lower()}", "start": 0, "end": len(text)}]
    said, _, _ = run(ActionWhereToWatch(), domain, text, entities, intent="ask_where_to_watch")
    assert said[0] == "utter_claim_no"
    assert "utter_release_date" in said


# 4. A bare time word asked of a person with a verb the store does not hold: not the film's release date.
def test_what_year_a_band_formed_is_asked_of_the_band(store):
    original = store.people[store.crew["theme_song"].work.extra["original_by"]].name
    text = f"what year did {original} get together?"
    result = reading(store, text, "ask_release_date", [name(text, original, "person")])
    assert result.intent == "ask_fact"
    # (round 30: "get together" names how a story turns out, which of a real person is their history, not held)
    assert tags(result).get("attribute") in ("asked_of_person", "story_outcome")


# 5. "Originally recorded by <a band>": the original of the cover, which the song's credit holds.
def test_originally_before_a_verb_of_recording_is_held(store):
    words = "the theme song was originally recorded by someone".split()
    claim = claim_relations.ClaimWords(lambda i: True, lambda i: False, lambda i: False, lambda i: False)
    assert claim_relations.unheld_word(words, claim, any_word=False) is None
    words = "he was originally cast".split()
    assert claim_relations.unheld_word(words, claim, any_word=False) == 2


def test_originally_asks_for_the_original_artist_only(store):
    work = store.crew["theme_song"].work
    original = store.people[work.extra["original_by"]].name
    singer = _singer(store)
    text = "was the theme song originally sung by {}?"
    assert verdict(f"credit_by:song_original/{original}", tracker(text.format(original)))[0] is True
    assert verdict(f"credit_by:song_original/{singer}", tracker(text.format(singer)))[0] is False
    assert verdict(f"credit_by:song/{singer}", tracker("is the theme song by {singer}?"))[0] is True


# 6. "Is it a cover?" after the theme song: "it" is the song, whose card says what it is a cover of.
def test_a_recording_question_of_it_after_the_song_is_the_songs():
    from actions.follow_on import _asks_of_a_recording

    assert _asks_of_a_recording({"text": "is it a cover?"})
    assert _asks_of_a_recording({"text": "who originally recorded it?"})
    assert not _asks_of_a_recording({"text": "is it a drama?"})


# 7. "Who recorded the <year> song <the theme song's title>?": the song's credit, not someone else's music.
def test_who_recorded_the_songs_title_is_the_songs_credit(store):
    text = f"who recorded the old song {_song_title(store)}?"
    result = reading(store, text, "out_of_scope")
    assert result.intent == "ask_crew"
    assert tags(result)["crew_role"] == "theme_song"


# 8. An attribute not held of the song, asked with its noun and its title: the song's "I don't know".
def test_the_songs_chart_place_is_not_its_card(store):
    title = _song_title(store)
    text = f"when did the song {title} climb the charts?"
    result = reading(store, text, "ask_crew")
    assert result.intent == "ask_fact"
    assert tags(result).get("topic") == "theme_song"
    held = reading(store, f"who sang the song {title}?", "ask_crew")
    assert held.intent == "ask_crew"


# 9. "Was the theme song written for the film?": a cover of an earlier song was not.
def test_a_cover_was_not_written_for_the_film(store):
    result = reading(store, "was the theme song made for the movie?", "ask_crew")
    assert tags(result)["claim"] == "written_for:theme_song"
    assert verdict("written_for:theme_song", tracker("was the theme song made for the movie?"))[0] is False
    assert not tags(reading(store, "was the screenplay written for the movie?", "ask_crew")).get("claim")


def test_a_word_describing_the_song_or_its_credit_is_not_asked_of_it(store):
    title = _song_title(store)
    for text in (f"who made the cover of the song {title}?", f"what year was the popular song {title} released?"):
        assert reading(store, text, "ask_crew").intent != "ask_fact"
