"""Round 47: the Dolly open questions, the Japanese three-person chats and the SimpleQA questions (the round-79, 80
and 81 checks, opened), and the team's own probes in the same styles, that got another question's answer or none.

- "実写ですか？", "漫画なんですか？", "韓国ですか？": the film's kind, what it adapts and its country asked yes or no
  in Japanese, with no subject; "韓国でも配信してる？" asks where, and "実写の主演は？" asks about a noun.
- "<the novel's Japanese title>の作家さん？": the book, never the film's screenwriter nor "didn't get that".
- "誰の曲？": the theme song.
- "What was <an actor>'s mother's name?": a real person's family, never their works or card.
- "Name some female characters from <the film>": the characters, never the title. "What is the name of the character
  that delivers newspapers?": the character the clause describes, else "I don't know", never the title.
- "Who is the primary male protagonist on the TV show <the title>?": that character.
- "Who voices <a character> in the English dub?": a dub's voice cast, never the original actor.
- "How many minutes and seconds …", "what are three movies with <a>?": one measure and a selection, not two questions
  nor a count.
- "Who composed the '<the theme song's title>'?": its writer, never a refusal.
- "お笑いとかは見ます？": the listener's habits, declined as taste; and a Japanese taste decline leaves the film the
  conversation's subject.
- "Where does <a character> work?": a place in the story, never the spoiler question.

Each test names the general rule; phrasings are mine or adapted from those datasets, names come from the store.
"""

from __future__ import annotations

import re

import pytest

from actions.other_subject import names_this_film
from bot.understanding import named_work, selection_asked
from bot.understanding.lexicon import tokens
from bot.understanding.reading import (
    DESCRIPTION_STOPWORDS,
    TASTE_OF_NOTHING_OURS,
    _joined,
    _Words,
    other_subject,
    titles_of_our_credits,
)
from tests.reading_helpers import decided, name, reading, values


def _intent(message) -> str:
    return (message.get("intent") or {}).get("name")


def _entities(message, kind: str) -> list[str]:
    return [e["value"] for e in message.get("entities") or [] if e["entity"] == kind]


# --- Japanese yes/no of the film's kind, source and country ---


@pytest.mark.parametrize(
    ("text", "classified", "claim"),
    [
        ("実写ですか！？", "nlu_fallback", "live_action:"),
        ("漫画ですか？", "nlu_fallback", "based_on:manga"),
        ("漫画なんですか？", "bot_challenge", "based_on:manga"),
        ("漫画版はありますか？", "nlu_fallback", "manga:"),
        ("韓国ですか？", "nlu_fallback", "language:korean"),
    ],
)
def test_a_japanese_kind_asked_with_no_subject_is_the_films(store, text, classified, claim):
    message = decided(store, text, classified)
    assert any(value.startswith(claim) for value in _entities(message, "claim"))
    assert _intent(message) in ("ask_genre", "ask_novel", "ask_language")


def test_a_country_with_a_particle_of_place_is_where_not_whose(store):
    assert not _entities(decided(store, "韓国でも配信してる？", "ask_where_to_watch"), "claim")


def test_a_closing_topic_particle_asks_about_its_noun(store):
    # "実写の主演は？": the lead is asked, no yes/no of live action
    assert not _entities(decided(store, "実写の主演は？", "ask_cast"), "claim")


def test_the_assistant_named_keeps_its_own_question(store):
    assert _intent(decided(store, "あなたは漫画ですか？", "bot_challenge")) != "ask_novel"


# --- the novel by its Japanese title ---


def _novel_title(store) -> str:
    return str(store.novel["title"].value).rstrip("。")


@pytest.mark.parametrize("asked", ["{}の作家さん？", "{}の作者は？", "{}？"])
def test_the_novels_japanese_title_names_the_book(store, asked):
    assert _intent(decided(store, asked.format(_novel_title(store)), "ask_title")) == "ask_novel"


def test_the_novels_title_beside_another_subject_is_not_only_the_book(store):
    text = f"{_novel_title(store)}、テレビアニメが始まるんですか？"
    assert "the novel named by its Japanese title" not in reading(store, text, "nlu_fallback").why


# --- whose song ---


def test_whose_song_in_japanese_is_the_theme_song(store):
    message = decided(store, "誰の曲なの～？！？！", "nlu_fallback")
    assert _intent(message) == "ask_crew"
    assert "theme_song" in _entities(message, "crew_role")


# --- a real person's relative ---


def _actor(store) -> str:
    return store.people[store.cast[0].actor].name


def _character(store, billed: int) -> str:
    """The given name of the character the cast member billed at `billed` plays."""
    return store.characters[store.cast[billed].character].name.split()[0]


def _asked_of(store, text: str, who: str, kind: str, intent: str):
    return reading(store, text, intent, [name(text, who, kind)])


@pytest.mark.parametrize("asked", ["What was {}'s mother's name?", "what is {}'s sister's name?"])
def test_a_persons_relative_is_their_family_not_their_works(store, asked):
    actor = _actor(store)
    result = _asked_of(store, asked.format(actor), actor, "person", "ask_other_work")
    assert result.intent == "ask_fact"
    assert values(result, "attribute") == ["family"]


def test_a_characters_relative_stays_a_relation(store):
    character = _character(store, 0)
    text = f"what is {character}'s mother's name?"
    result = reading(store, text, "ask_character", [name(text, character, "character")])
    assert values(result, "attribute") != ["family"]


# --- the characters, listed or described ---


@pytest.mark.parametrize(
    "asked", ["Name some female characters from {title}.", "list the main characters", "name the characters"]
)
def test_characters_listed_are_the_cast_list(store, asked):
    assert reading(store, asked.format(title=store.title), "ask_title").intent == "ask_cast"


def test_a_listing_of_someones_characters_is_theirs(store):
    actor = _actor(store)
    text = f"Name the characters {actor} played"
    assert reading(store, text, "ask_title", [name(text, actor, "person")]).intent != "ask_cast"


def test_a_character_described_by_nothing_held_is_not_known(store):
    text = f"On {store.title}, what is the name of the character that delivers newspapers?"
    result = reading(store, text, "ask_title")
    assert result.intent == "ask_fact"
    assert not result.entities


def _word_of_one_description(store) -> tuple[str, str]:
    """A word of one character's description that no other character's says, and that character's name."""
    words = {
        c.id: {w for w in re.findall(r"[a-z]+", str(c.description.value).lower()) if len(w) > 4} - DESCRIPTION_STOPWORDS
        for c in store.characters.values()
        if c.description is not None
    }
    for cid, own in words.items():
        alone = sorted(own - set().union(*(w for other, w in words.items() if other != cid)))
        if alone:
            return alone[0], store.characters[cid].name
    raise AssertionError("no word of one description only")


def test_a_character_described_by_their_description_is_that_character(store):
    word, character = _word_of_one_description(store)
    result = reading(store, f"what's the name of the character who has {word}?", "ask_title")
    assert result.intent == "ask_character"
    assert values(result, "character") == [character]


# --- who a ranked character is ---


def _part_alias(store) -> str:
    return next(
        a
        for c in store.characters.values()
        for a in c.aliases
        if len(tokens(a)) == 2 and not set(tokens(a)) & {"actor", "actress"} and a.isascii()
    )


def test_a_rank_word_before_a_character_asks_who_they_are(store):
    alias = _part_alias(store)
    text = f'Who is the primary {alias} on the TV show "{store.title}"?'
    assert reading(store, text, "ask_plot", [name(text, alias, "character")]).intent == "ask_character"


# --- a dub's voice cast ---


@pytest.mark.parametrize(
    "asked", ["who voices {} in the English dub?", "Who is the voice actor for {} in the German dub?"]
)
def test_a_dubs_voice_cast_is_not_held(store, asked):
    character = _character(store, 1)
    result = _asked_of(store, asked.format(character), character, "character", "ask_who_plays")
    assert result.intent == "ask_fact"
    assert values(result, "attribute") == ["dubbing"]


def test_the_original_voice_is_the_actor(store):
    character = _character(store, 1)
    text = f"who is {character}'s voice actor?"
    assert "dubbing" not in values(
        reading(store, text, "ask_who_plays", [name(text, character, "character")]), "attribute"
    )


# --- one measure, a selection ---


def test_units_of_one_measure_are_one_request():
    assert not _joined(_Words.of("How many minutes and seconds is the song?"))
    assert not _joined(_Words.of("What day, month, and year was it released?"))
    assert _joined(_Words.of("who directed it and who wrote it?"))


def test_a_number_asked_for_is_a_selection_not_a_count():
    assert not selection_asked.count_asked(tokens("What are three movies with her?"))
    assert not selection_asked.count_asked(tokens("name 3 films she was in"))
    assert selection_asked.count_asked(tokens("has he made 5 movies?"))


# --- the theme song's title after an article or in single quotes ---


def _song_title(store) -> str:
    _, words = next((r, w) for r, w in named_work.credit_titles(store) if all(x.isascii() for x in w))
    return " ".join(w.capitalize() for w in words)


@pytest.mark.parametrize("asked", ["Who composed '{}'?", "Who composed the '{}', and when?"])
def test_a_quoted_credited_title_is_ours(store, asked):
    assert titles_of_our_credits(asked.format(_song_title(store)), store)


def test_a_title_joined_to_a_word_by_an_apostrophe_is_not_named(store):
    assert not titles_of_our_credits(f"x'{_song_title(store)}", store)


def test_who_composed_the_songs_title_is_its_writer(store):
    message = decided(store, f"Who composed the '{_song_title(store)}', and when?", "ask_crew")
    assert _intent(message) == "ask_crew"
    assert "work_writer" in _entities(message, "attribute")


def test_a_refused_question_of_the_songs_quoted_title_is_the_songs(store):
    message = decided(store, f"Who composed the '{_song_title(store)}', and when?", "out_of_scope")
    assert _intent(message) == "ask_crew"


# --- the listener's habits in Japanese ---


@pytest.mark.parametrize("text", ["お笑いとかは見ます？", "よくライブに行かれるんですか？", "何を見ますか？"])
def test_a_japanese_habit_of_the_listener_is_declined_as_taste(store, text):
    message = decided(store, text, "nlu_fallback")
    assert _intent(message) == "out_of_scope"
    assert _entities(message, "taste")


@pytest.mark.parametrize("text", ["どこで見ますか？", "何で見ますか？"])
def test_where_one_watches_is_no_habit(store, text):
    assert not _entities(decided(store, text, "ask_where_to_watch"), "taste")


def test_a_japanese_taste_decline_makes_no_other_subject(store):
    result = reading(store, "犬が好きですか？", "nlu_fallback")
    assert result.why[-1] == TASTE_OF_NOTHING_OURS
    assert other_subject(result) is None


def test_the_films_japanese_title_names_this_film(store):
    title = str(store.film["title_forms"].value[0])
    japanese = next(str(f) for f in store.film["title_forms"].value if not str(f).isascii())
    assert names_this_film(f"{japanese}の監督は？", [])
    assert names_this_film(f"who directed {title}?", [])
    assert not names_this_film("監督は？", [])


# --- where a character does something ---


def test_where_a_character_works_is_a_place_in_the_story(store):
    character = _character(store, 0)
    text = f"Where does {character} work on the show"
    result = reading(store, text, "ask_ending", [name(text, character, "character")])
    assert result.intent == "ask_fact"
    assert values(result, "attribute") == ["story_place"]


def test_where_a_character_dies_stays_the_ending(store):
    character = _character(store, 1)
    text = f"where does {character} die?"
    assert reading(store, text, "ask_ending", [name(text, character, "character")]).intent in (None, "ask_ending")


# --- a band's songs of another year, a record of ours not held, a song by someone else ---


def _original_artist(store) -> str:
    role, _ = next((r, w) for r, w in named_work.credit_titles(store) if all(x.isascii() for x in w))
    return store.people[str(store.crew[role].work.extra["original_by"])].name


def test_a_bands_song_of_another_year_is_among_their_works(store):
    band = _original_artist(store)
    text = f"what {band} song was a hit in 1993?"
    assert reading(store, text, "out_of_scope", [name(text, band, "person")]).intent == "ask_other_work"


def test_a_record_of_ours_by_an_unknown_title_is_not_held(store):
    band = _original_artist(store)
    text = f'What day, month, and year was {band}\'s album "ZZQX" released on CD?'
    result = reading(store, text, "out_of_scope", [name(text, band, "person")])
    assert result.intent == "ask_fact"
    assert values(result, "attribute") == ["asked_of_person"]


def test_a_song_by_someone_not_ours_is_another_work(store):
    text = "In which year was the song written by Pedro Medina declared the national anthem of Bogota?"
    assert reading(store, text, "out_of_scope").intent == "out_of_scope"


def test_episode_titles_listed_are_not_a_series(store):
    result = reading(store, f'List the ten episode titles from the fifth season of "{store.title}".', "ask_cast")
    assert any(v.startswith("series:") for v in values(result, "claim"))


def test_a_last_unfinished_novel_is_the_latest_book():
    from bot.understanding import people_reading

    assert people_reading.work_by_order(tokens("What was her last (unfinished) novel")) == "latest"


# --- when the cast was announced ---


@pytest.mark.parametrize("asked", ["when was the cast announced?", "when were the leads revealed?"])
def test_when_the_cast_was_announced_is_the_films_announcement(store, asked):
    result = reading(store, asked, "ask_cast")
    assert result.intent == "ask_fact"
    assert values(result, "topic") == ["announced"]


def test_when_someone_named_was_announced_is_left_to_the_other_rules(store):
    actor = store.people[store.cast[3].actor].name
    text = f"when was {actor} announced?"
    assert (
        "when the film and those it named were announced"
        not in reading(store, text, "ask_person", [name(text, actor, "person")]).why
    )


# --- a record named in capitals, and a follow-up naming our song ---


def test_a_record_titled_in_capitals_is_another_work(store):
    assert reading(store, "album ZZQXW when was it released?", "ask_release_date").intent == "out_of_scope"


def test_an_acronym_after_a_film_noun_is_no_title(store):
    from bot.understanding.lexicon import default_lexicon

    assert named_work.find("is the movie on HBOX?", store, default_lexicon().film_titles) is None


def test_our_songs_title_names_this_film_after_a_refusal(store):
    assert names_this_film(f"when was the single {_song_title(store)} released?", [])


# --- the name of a character described ---


def test_the_name_of_a_character_described_is_that_character(store):
    word, character = _word_of_one_description(store)
    result = reading(store, f"what's the name of the {word} one?", "ask_plot")
    assert result.intent == "ask_character"
    assert values(result, "character") == [character]


def test_a_record_named_only_in_a_note_of_ours_is_not_known(store):
    noted = next(
        found.group(1)
        for p in store.people.values()
        for work in p.known_for
        for found in [re.search(r"『([A-Za-z ]+)』", work.detail or "")]
        if found
    )
    result = reading(store, f"When was the album {noted} released?", "ask_release_date")
    assert result.intent == "ask_fact"
    assert not result.entities
