"""Round 54: the CREAK claims, the Almond users' commands and the Reddit comments (the round-100, 101 and 102 checks,
opened) that got another question's answer, a greeting, a refusal of ours or a "Yes" nothing decided.

- "<the title> is a horror film.": a kind stated of the film is checked as "is it a horror film?" is.
- "<the title> airs every weekday morning.": no greeting ("morning" opens no clause); a schedule only a series has.
- "play <the title>", "play <the song's title>", "search <a name> on youtube": asked to show or find something of
  ours, which is where it streams, the song's card, who they are; "play the oldest song by <a band>": their works.
- "Don't want to make the same mistake with <his> new movie!": no wish about spoilers (nothing told is named).
- "<a band> has created many hit albums": their works, not the novel ("created" is the story's creator elsewhere).
- "<a city> produces many capes.": a statement naming nothing of ours is another topic, not the producers.
- "Has anyone seen <the title>?": what viewers thought (the reception); "did anyone else watch this and hear
  <the song>?": not where to watch.
- "Did <a> write a novel about solving mysteries?": no "Yes." before "I don't know the subjects of their works".
- "Did <a> write in French?", "does <a> know how to read music?": no credit decides them.
- "<a singer> writes protopunk music": what they do, no claim of this film's music.
- "learned" is no typo of "earned"; "CG-i" is computer animation; "series 2" is a later instalment; "the play
  <the title>" is a stage play, no verb of acting.

Each test names the general rule; phrasings are mine or adapted from those datasets, names come from the store.
"""

from __future__ import annotations

import re

import pytest

from actions.people import ActionOtherWork
from bot.store import FactStore
from bot.understanding import named_work, series_premise
from bot.understanding.lexicon import default_lexicon, tokens
from tests.reading_helpers import decided, details_of, name, reading, run, values

OUT_OF_SCOPE = "out_of_scope"
FALLBACK = "nlu_fallback"


def _intent(message) -> str:
    return (message.get("intent") or {}).get("name")


def _person(store: FactStore, person_id: str) -> str:
    return store.people[person_id].name


def _credited(store: FactStore, role: str) -> str:
    return _person(store, store.crew[role].people[0])


def _song(store: FactStore) -> tuple[str, str]:
    """(the theme song's romanised title, the band that first released it)."""
    work = store.crew["theme_song"].work
    assert work is not None
    title = re.search(r"\(([^)]+)\)", str(work.value))
    assert title is not None
    return title.group(1), _person(store, str(work.extra["original_by"]))


def _author(store: FactStore) -> str:
    return str(store.novel["author"].value)


# --- a kind stated of the film ---


@pytest.mark.parametrize(("form", "claim"), [("{t} is a TV series.", "series"), ("{t} is a documentary.", "genre")])
def test_a_kind_stated_of_the_film_is_checked(store, form, claim):
    result = reading(store, form.format(t=store.title), FALLBACK)
    assert [v for v in values(result, "claim") if v.startswith(claim + ":")]


def test_a_remark_of_the_speakers_is_no_kind_stated(store):
    result = reading(store, f"{store.title} is a movie I loved.", FALLBACK)
    assert not values(result, "claim")


# --- a time of day, no greeting ---


def test_a_broadcast_schedule_is_no_greeting(store):
    result = reading(store, f"{store.title} airs every weekday Morning.", "greet")
    assert result.intent == "ask_genre"
    assert values(result, "claim") == ["series:series"]


@pytest.mark.parametrize("form", ["{t}! hello", "good morning! {t}"])
def test_a_greeting_beside_the_title_stays_a_greeting(store, form):
    assert reading(store, form.format(t=store.title), "greet").intent in (None, "greet")


# --- play, search ---


@pytest.mark.parametrize("form", ["play {t}", "put on {t} please", "Play the movie {t} now"])
def test_asked_to_play_the_film_is_where_it_streams(store, form):
    assert reading(store, form.format(t=store.title), FALLBACK).intent == "ask_where_to_watch"


def test_asked_to_play_music_in_general_is_another_topic(store):
    assert reading(store, "play some music", "ask_crew", []).intent == OUT_OF_SCOPE


@pytest.mark.parametrize("form", ["Play {s}.", "search {s}"])
def test_asked_to_play_the_song_by_its_title_is_the_songs_card(store, form):
    song, _ = _song(store)
    text = form.format(s=song)
    message = decided(store, text, FALLBACK, [name(text, song, "crew_role", "theme song")], 0.5)
    assert _intent(message) == "ask_crew"


def test_asked_to_play_a_record_of_a_band_is_their_works(store):
    _, band = _song(store)
    text = f"play the oldest song by {band}"
    result = reading(store, text, "ask_crew", [name(text, "song", "crew_role"), name(text, band, "person")])
    assert result.intent == "ask_other_work"


def test_a_search_for_one_of_ours_on_a_site_is_who_they_are(store):
    actor = _person(store, store.cast[0].actor)
    family = actor.split()[-1].lower()
    text = f"search {family} on youtube"
    message = decided(store, text, FALLBACK, [name(text, family, "person")], 0.5)
    assert _intent(message) == "ask_person"
    assert "attribute" not in [e["entity"] for e in message.get("entities")]


# --- no wish about spoilers ---


def test_a_wish_about_nothing_told_is_no_spoiler_setting(store):
    text = "Don't want to make the same mistake with the new movie!"
    assert reading(store, text, "no_spoilers").intent not in (None, "no_spoilers")


@pytest.mark.parametrize("text", ["I want to be surprised", "stop, I don't want to know", "hold on, no spoliers"])
def test_a_wish_about_the_story_stays_a_spoiler_setting(store, text):
    assert reading(store, text, "no_spoilers").intent in (None, "no_spoilers")


# --- works made ---


def test_works_a_person_created_are_their_works(store):
    _, band = _song(store)
    text = f"{band} has created many hit albums."
    result = reading(store, text, "ask_other_work", [name(text, band, "person")])
    assert result.intent in (None, "ask_other_work")


def test_the_story_created_stays_the_novels(store):
    author = _author(store)
    text = f"did {author} create the story?"
    assert reading(store, text, "ask_person", [name(text, author, "person")]).intent == "ask_novel"


# --- a statement naming nothing of ours ---


@pytest.mark.parametrize("text", ["Port Ellery produces many super hero capes.", "B movie win tons of awards."])
def test_a_statement_naming_nothing_of_ours_is_another_topic(store, text):
    assert reading(store, text, "ask_crew").intent == OUT_OF_SCOPE


@pytest.mark.parametrize(
    "text",
    [
        "Not much of an ending. Very moving though.",
        "Directed by a famous director.",
        "Great acting though.",
        "The director was born in a small town.",
    ],
)
def test_a_statement_of_the_film_talked_about_is_no_other_topic(store, text):
    assert reading(store, text, "ask_crew").intent != OUT_OF_SCOPE


def test_a_statement_naming_the_film_is_no_other_topic(store):
    director = _credited(store, "director")
    text = f"{store.title} was directed by {director}."
    assert reading(store, text, "ask_director", [name(text, director, "person")]).intent != OUT_OF_SCOPE


# --- others who watched it ---


@pytest.mark.parametrize("form", ["Has anyone seen *{t}*? I just watched another one.", "anyone else seen the movie?"])
def test_whether_others_have_seen_it_is_its_reception(store, form):
    result = reading(store, form.format(t=store.title), FALLBACK)
    assert result.intent == "ask_fact"
    assert values(result, "topic") == ["reviews"]


def test_whether_others_have_seen_something_else_is_not_the_reception(store):
    assert values(reading(store, "has anyone seen my keys?", FALLBACK), "topic") != ["reviews"]


def test_others_watching_done_is_not_where_to_watch(store):
    song, _ = _song(store)
    text = f"Did anyone else watch this and, in your mind, hear {song}?"
    result = reading(store, text, OUT_OF_SCOPE, [name(text, song, "crew_role", "theme song")])
    assert result.intent != "ask_where_to_watch"


# --- no "Yes" the details do not decide ---


def test_a_subject_of_someones_works_gets_no_yes(store, domain):
    author = _author(store)
    text = f"Did {author} write a popular novel about solving mysteries?"
    entities = [name(text, author, "person"), {"entity": "works_attribute", "value": "work_topic"}]
    said, _, _ = run(ActionOtherWork(), domain, text, entities, intent="ask_other_work")
    assert "utter_claim_yes" not in said


def test_a_kind_of_work_held_of_no_one_gets_no_yes(store, domain):
    writer = _credited(store, "screenplay")
    text = f"Did {writer} write a lot of poems?"
    said, _, _ = run(ActionOtherWork(), domain, text, [name(text, writer, "person")], intent="ask_other_work")
    assert "utter_claim_yes" not in said
    assert "utter_dont_know_works_of_kind" in said


# --- more said than the credit ---


@pytest.mark.parametrize("form", ["Did {a} write in French?", "Does {a} know how to read music?"])
def test_more_said_than_the_credit_is_left_open(store, form):
    author = _author(store)
    text = form.format(a=author)
    result = reading(store, text, "ask_person", [name(text, author, "person")])
    assert not [v for v in values(result, "claim") if v.startswith("credit:")]


def test_a_credit_said_plainly_stays_a_credit(store):
    composer = _credited(store, "music")
    text = f"did {composer} compose the music?"
    result = reading(store, text, "ask_person", [name(text, composer, "person")])
    assert [v for v in values(result, "claim") if v.startswith("credit:")]


def test_music_in_general_is_no_credit_detail(store):
    singer = _person(store, store.crew["theme_song"].people[0])
    details = details_of(store, f"{singer} writes protopunk music and releases albums.")
    assert not [d for d in details if d[0] == "credit"]


def test_the_films_music_stays_a_credit_detail(store):
    singer = _person(store, store.crew["theme_song"].people[0])
    assert ("credit", f"music/{store.crew['theme_song'].people[0]}") in details_of(
        store, f"{singer} wrote the music for the film."
    )


# --- words ---


def test_learned_is_no_typo_of_a_money_word():
    assert "salary" not in [h.key for h in default_lexicon().find(tokens("she learned to paint"), ("attribute",))]


def test_cg_is_computer_animation():
    hits = default_lexicon().find(tokens("is this finally a serious, fully CG-i film?"), ("claim",))
    assert "animated" in [h.key for h in hits]


@pytest.mark.parametrize("text", ["Not yet, anyway. Series 2?", "could i watch season 3 first?"])
def test_a_numbered_series_or_season_is_a_later_instalment(text):
    assert "sequel" in [h.key for h in default_lexicon().find(tokens(text), ("attribute",))]


def test_the_play_is_a_stage_play_not_acting(store):
    writer = _credited(store, "screenplay")
    text = f"The author of the play {store.title} was {writer}."
    assert reading(store, text, "ask_novel", [name(text, writer, "person")]).intent != "ask_cast"


# --- emphasis and whoever reads it ---


@pytest.mark.parametrize("form", ["what the hell is {t} about?", "what the fuck was this show about?"])
def test_an_expletive_after_a_wh_word_asks_nothing(store, form):
    result = reading(store, form.format(t=store.title), FALLBACK)
    assert not values(result, "attribute")
    assert result.intent in (None, "ask_plot")


def test_a_request_to_anyone_is_a_request(store):
    result = reading(store, "Can anyone give a list of all the books?", "ask_novel")
    assert not [v for v in values(result, "claim") if v.startswith("polar_open")]


def test_new_seasons_are_later_instalments():
    hits = default_lexicon().find(tokens("didn't she come back for the new seasons?"), ("attribute",))
    assert "sequel" in [h.key for h in hits]


# --- who made the film ---


def test_whether_someone_made_the_film_is_the_directors_credit(store):
    director = _credited(store, "director")
    text = f"Did {director} make the movie {store.title}?"
    result = reading(store, text, "ask_person", [name(text, director, "person")])
    assert result.intent == "ask_director"
    assert values(result, "claim") == ["credit:director"]


def test_whether_someone_made_it_is_no_credit(store):
    actor = _person(store, store.cast[0].actor)
    text = f"did {actor} make it?"
    assert "credit:director" not in values(reading(store, text, "ask_person", [name(text, actor, "person")]), "claim")


# --- Japanese: the round-108 questions (Yahoo! Chiebukuro, opened) ---


def _title_ja(store: FactStore) -> str:
    return str(store.film["title_japanese"].value)


@pytest.mark.parametrize("text", ["この映画の評価は？", "感想を教えて"])
def test_reviews_asked_in_japanese(store, text):
    result = reading(store, text, FALLBACK)
    assert result.intent == "ask_fact"
    assert "reviews" in values(result, "topic")


def test_a_gory_film_is_a_genre_claim_in_japanese(store):
    assert values(reading(store, "グロい映画ですか？", FALLBACK), "claim") == ["genre:horror"]


@pytest.mark.parametrize("form", ["{t}のシーズン６は配信されますか？", "{t} 第13話の曲は？", "各エピソードの邦題は？"])
def test_a_part_only_a_series_has_takes_the_film_for_a_series_in_japanese(store, form):
    assert series_premise.takes_the_film_for_a_series(form.format(t=_title_ja(store)), default_lexicon())


@pytest.mark.parametrize("form", ["{t}は何分？", "{t}はドラマ化されますか？"])
def test_no_part_of_a_series_takes_it_for_none_in_japanese(store, form):
    assert not series_premise.takes_the_film_for_a_series(form.format(t=_title_ja(store)), default_lexicon())


def test_a_season_asked_of_a_platform_is_decided_by_the_series_claim_first(store):
    text = f"{store.film['platform'].value}で{_title_ja(store)}のシーズン６は配信されますか？"
    claims = values(reading(store, text, FALLBACK), "claim")
    assert claims and claims[0].startswith("series:")


def test_the_song_at_the_end_is_the_song_not_the_ending(store):
    text = f"{_title_ja(store)}の最後の方の自然が生き返るときの曲はなんという曲でしょうか。"
    assert reading(store, text, OUT_OF_SCOPE).intent != "ask_ending"


def test_how_it_ends_stays_the_ending_in_japanese(store):
    assert reading(store, "最後はどうなるの？", FALLBACK).intent in (None, "ask_ending")


def test_a_nationality_asked_in_japanese_is_the_persons_origin(store):
    person = store.people[store.cast[1].actor]
    text = f"{person.native}さんは韓国人ですか？"
    result = reading(store, text, "ask_person", [name(text, str(person.native), "person", person.name)])
    assert values(result, "attribute") == ["origin"]


# --- the album a song is on ---


@pytest.mark.parametrize("form", ["What album is {s} on?", "{j}はどのアルバムに収録されていますか？"])
def test_the_album_of_the_song_is_its_originals_note(store, domain, form):
    from actions.topics import ActionFact

    song, _ = _song(store)
    native = next(" ".join(said) for role, said in named_work.credit_titles(store) if not said[0].isascii())
    text = form.format(s=song, j=native)
    entities = [{"entity": "attribute", "value": "music_release"}]
    said, _, _ = run(ActionFact(), domain, text, entities)
    assert "utter_person_work_said" in said


def test_an_album_of_nothing_held_stays_unknown(store, domain):
    from actions.topics import ActionFact

    text = "is the soundtrack on spotify?"
    said, _, _ = run(ActionFact(), domain, text, [{"entity": "attribute", "value": "music_release"}])
    assert "utter_person_work_said" not in said


def test_a_message_that_only_takes_the_film_for_a_series_gets_the_premise(store):
    text = f"An episode of the sitcom {store.title} heavily references the food Paella."
    assert values(reading(store, text, FALLBACK), "claim") == ["series:series"]


def test_a_question_beside_the_series_premise_keeps_what_it_asks(store):
    result = reading(store, f"who directed the tv series {store.title}?", "ask_director")
    assert result.intent in (None, "ask_director")


def test_what_happened_with_the_film_is_how_it_fared():
    hits = default_lexicon().find(tokens("yeah, wtf happened with that movie?"), ("attribute",))
    assert [h.key for h in hits] == ["reviews"]


def test_what_happened_in_the_film_stays_the_story():
    hits = default_lexicon().find(tokens("what happened in the movie?"), ("attribute",))
    assert "reviews" not in [h.key for h in hits]


# --- a member of a group ---


def _group(store: FactStore) -> str:
    from bot.understanding import people_reading

    return " ".join(people_reading.group_of(store, store.cast[0].actor))


def test_which_member_the_assistant_likes_is_its_taste(store):
    text = f"which member of {_group(store)} do you like?"
    result = reading(store, text, OUT_OF_SCOPE)
    assert result.intent != "ask_person"
    assert "person" not in [e["entity"] for e in result.entities]


def test_the_member_of_a_group_in_it_is_that_person(store):
    text = f"who is the member of {_group(store)} in it?"
    assert reading(store, text, "ask_cast").intent == "ask_person"


# --- guards the sweep asked for ---


def test_a_work_of_theirs_said_with_its_cast_asked_keeps_the_yes(store, domain):
    person = next(p for p in store.people.values() if any(w.medium == "film" for w in p.known_for))
    work = next(w for w in person.known_for if w.medium == "film")
    text = f"did {person.name} star in {work.title}"
    entities = [name(text, person.name, "person"), {"entity": "works_attribute", "value": "cast"}]
    said, _, _ = run(ActionOtherWork(), domain, text, entities, intent="ask_other_work")
    assert "utter_claim_yes" in said


def test_a_request_for_a_credit_of_a_studios_shows_stays_the_credit(store):
    studio = next(p.name for p in store.people.values() if p.kind == "company")
    text = f"List the producer of the TV shows whose company is {studio}."
    entities = [name(text, "producer", "crew_role"), name(text, studio, "person")]
    assert reading(store, text, "ask_crew", entities).intent != "ask_person"


def test_a_wish_about_nothing_of_ours_is_another_topic(store):
    assert reading(store, "Didn't you study prior to going to the concert?", "no_spoilers").intent == OUT_OF_SCOPE


def test_a_credit_word_in_an_everyday_question_names_no_credit(store):
    text = "On average, how long time does it take to type a screenplay?"
    result = reading(store, text, OUT_OF_SCOPE, [name(text, "screenplay", "crew_role")])
    assert result.intent == OUT_OF_SCOPE


def test_other_than_a_work_asks_for_their_other_works_in_japanese(store):
    singer = store.people[store.crew["theme_song"].people[0]]
    native = next(" ".join(said) for role, said in named_work.credit_titles(store) if not said[0].isascii())
    text = f"{singer.name}さんが歌っている曲で、{native}以外でオススメがあったら教えてください！"
    result = reading(store, text, FALLBACK, [name(text, singer.name, "person")])
    assert result.intent == "ask_other_work"


def test_something_funny_asked_for_is_no_review_in_japanese(store):
    assert "reviews" not in values(reading(store, "何か面白い話して", OUT_OF_SCOPE), "topic")


def test_more_asked_of_the_album_than_which_stays_unknown(store, domain):
    from actions.topics import ActionFact

    song, _ = _song(store)
    text = f"On what date was the album that includes {song} released in Japan?"
    said, _, _ = run(ActionFact(), domain, text, [{"entity": "attribute", "value": "music_release"}])
    assert "utter_person_work_said" not in said


def test_a_question_beside_a_series_part_gets_no_bare_premise(store):
    text = f"How many people on average watched the first four seasons of {store.title}?"
    assert "series:series" not in values(reading(store, text, FALLBACK), "claim")
