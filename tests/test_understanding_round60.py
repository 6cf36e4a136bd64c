"""Round 60: the round-131 to 136 checks, opened, and the kinds of wrong answer they share.

- A thing of the film's is named in the plural as in the singular: "the theme songs", "the songs", "the
  trailers" own what is asked of them ("how long are the theme songs?", "who wrote the songs?"), never the film.
- The credits' words people use in the plural ("the writers", "the composers", "the editors") are entities as
  the singular ones are.
- "How long are …" asks a length, as "how long is …" does.

Each test names the general rule; phrasings are mine or adapted from those datasets, names come from the store.
"""

from __future__ import annotations

import pytest

from bot import nlu_build
from bot.japanese import has_japanese
from bot.nlu_components import standard_message
from bot.store import FactStore
from bot.understanding import attribute_owner
from bot.understanding.lexicon import default_lexicon, plural_run, tokens
from tests.reading_helpers import decided, name, reading

# --- the plural of a noun phrase ---


@pytest.mark.parametrize(
    ("run", "plural"),
    [
        (("theme", "song"), ("theme", "songs")),
        (("story",), ("stories",)),
        (("day",), ("days",)),
        (("box",), ("boxes",)),
        (("sketch",), ("sketches",)),
    ],
)
def test_a_noun_phrase_is_made_plural_by_its_last_word(run, plural):
    assert plural_run(run) == plural


@pytest.mark.parametrize("run", [("songs",), ("part", "2"), ("主題歌",), ()])
def test_no_plural_of_a_plural_a_number_or_a_word_in_another_script(run):
    assert plural_run(run) is None


# --- the film's things, named in the plural ---


@pytest.mark.parametrize("text", ["how long are the theme songs", "when did the trailers come out"])
def test_a_thing_named_in_the_plural_is_found_as_in_the_singular(text):
    found = attribute_owner.things_named(tokens(text), default_lexicon())
    assert [thing.key for _, _, thing in found] in (["theme_song"], ["trailer"])


def test_who_wrote_the_theme_songs_asks_the_songs_writer(store: FactStore):
    text = "who wrote the theme songs?"
    read = reading(store, text, "ask_crew", [name(text, "theme songs", "crew_role")])
    assert read.intent == "ask_crew"
    assert ("attribute", "work_writer") in {(e["entity"], e["value"]) for e in read.entities}


def test_how_long_are_the_theme_songs_is_not_the_films_runtime(store: FactStore):
    text = "how long are the theme songs?"
    read = reading(store, text, "ask_crew", [name(text, "theme songs", "crew_role")])
    assert read.intent == "ask_fact"
    assert any("asked of theme_song: not held" in why for why in read.why)


# --- credits in the plural ---


def _patterns(store: FactStore) -> dict[str, str]:
    return {p.text.casefold(): p.id for p in nlu_build.entity_patterns(store) if p.label == "crew_role"}


def test_every_job_of_a_credit_is_an_entity_in_the_plural_too(store: FactStore):
    """A credit's alias that names a person by their job ("writer", "composer", "editor") has its plural."""
    patterns = _patterns(store)
    jobs = [alias for alias in patterns if alias.isascii() and alias.endswith(("er", "or"))]
    assert jobs
    missing = [job for job in jobs if f"{job}s" not in patterns or patterns[f"{job}s"] != patterns[job]]
    assert not missing


def test_the_theme_songs_are_the_theme_songs_credit(store: FactStore):
    patterns = _patterns(store)
    assert patterns["theme songs"] == patterns["theme song"]


def test_songs_alone_are_anyones_songs():
    """ "What songs did <a singer> release?": a noun alone in the plural is no thing of the film's."""
    assert not attribute_owner.things_named(tokens("what songs did she release"), default_lexicon())


# --- the film's arrival in a country ---


@pytest.mark.parametrize(
    "form",
    [
        "when will Canada get {title}?",
        "when will {title} be in the UK? I need them",
        "when will it come to japan?",
        "When is {title} coming to india?",
    ],
)
def test_when_the_film_arrives_in_a_country_is_its_release(store: FactStore, form):
    text = form.format(title=store.title)
    assert reading(store, text, "nlu_fallback").intent == "ask_release_date"


@pytest.mark.parametrize(
    "form",
    [
        "when will the UK get the sequel?",  # another thing arrives
        "when will {character} be in the uk?",  # someone in the story
        "when will Canada get {title} on blu-ray?",  # a word of something else asked
    ],
)
def test_arriving_is_the_films_release_only_when_nothing_else_is_said(store: FactStore, form):
    character = store.characters[store.cast[0].character].name.split()[0]
    text = form.format(title=store.title, character=character)
    assert reading(store, text, "nlu_fallback").intent != "ask_release_date"


# --- a Japanese judgement of the film asked ---


@pytest.mark.parametrize("text", ["名作ですか？", "駄作？", "ダメ映画なのか…？", "つまらないですか？", "見るべき？"])
def test_a_japanese_judgement_asked_is_what_critics_said(store: FactStore, text):
    read = reading(store, text, "nlu_fallback")
    assert read.intent == "ask_fact"
    assert ("topic", "reviews") in {(e["entity"], e["value"]) for e in read.entities}


def test_a_silly_question_opening_is_no_judgement(store: FactStore):
    read = reading(store, "つまらない質問ですが、監督は誰？", "ask_director")
    assert ("topic", "reviews") not in {(e["entity"], e["value"]) for e in read.entities}


# --- a credit of this film, asked for its holder's other works ---


def _crew_entities(text: str, role_word: str) -> list[dict]:
    return [name(text, role_word, "crew_role")]


@pytest.mark.parametrize(
    ("form", "role_word", "classified"),
    [
        ("the director of {title} also directed which films?", "director", "ask_director"),
        ("the screenwriter of {title} also wrote which films?", "screenwriter", "ask_crew"),
    ],
)
def test_a_credit_of_this_film_asked_for_its_works_is_its_holders_works(store: FactStore, form, role_word, classified):
    text = form.format(title=store.title)
    read = reading(store, text, classified, _crew_entities(text, role_word))
    assert read.intent == "ask_other_work"


def test_the_theme_songs_credit_has_no_works_to_ask_for(store: FactStore):
    text = f"the theme song of {store.title} appears in which films?"
    read = reading(store, text, "ask_crew", _crew_entities(text, "theme song"))
    assert read.intent != "ask_other_work"


# --- hashtags ---


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("#DrawingCloser is so sad", " DrawingCloser is so sad"),
        ("so sad #crying #netflix", "so sad  crying  netflix"),
        ("is it the #1 film?", "is it the #1 film?"),  # a rank, no hashtag
        ("written in C#", "written in C#"),
    ],
)
def test_a_hashtags_sign_is_blanked_and_its_word_kept(typed, read):
    assert standard_message(typed) == read
    assert len(standard_message(typed)) == len(typed)


def test_the_title_run_together_names_the_film(store: FactStore):
    run_together = store.title.replace(" ", "").lower()
    assert " ".join(tokens(run_together)) in default_lexicon().film_titles


def test_a_title_run_together_after_a_name_is_no_part_of_the_name(store: FactStore):
    character = store.characters[store.cast[0].character].name.split()[0].lower()
    text = standard_message(f"who plays {character} #{store.title.replace(' ', '')}")
    message = decided(store, text, "ask_who_plays", [name(text, character, "character")])
    assert [e["entity"] for e in message.get("entities") if e["entity"] in ("person", "character")] == ["character"]


# --- the novel, named by its Japanese title, asked of the assistant ---


def _japanese_novel_title(store: FactStore) -> str:
    title = str(store.novel["title"].value).rstrip("。")
    assert has_japanese(title)
    return title


@pytest.mark.parametrize("ending", ["ちゃんと読みました？", "は好き？"])
def test_whether_the_assistant_read_the_novel_is_no_book_card(store: FactStore, ending):
    text = f"『{_japanese_novel_title(store)}』{ending}"
    assert reading(store, text, "ask_novel").intent != "ask_novel"


def test_who_wrote_the_novel_named_by_its_japanese_title_is_still_the_book(store: FactStore):
    text = f"『{_japanese_novel_title(store)}』は誰が書いた？"
    assert reading(store, text, "ask_novel").intent == "ask_novel"


# --- trouble playing it ---


@pytest.mark.parametrize(
    "text",
    [
        "trying to watch {title} on my iPad, keep getting network issues. Help?",
        "can't stream {title} on Apple TV. What gives?",
        "the movie won't play on my tv",
    ],
)
def test_trouble_playing_it_is_not_where_it_streams(store: FactStore, text):
    read = reading(store, text.format(title=store.title), "ask_where_to_watch")
    assert read.intent == "ask_fact"
    assert ("attribute", "playback_trouble") in {(e["entity"], e["value"]) for e in read.entities}


@pytest.mark.parametrize("text", ["where can I stream it?", "can I stream it on netflix?"])
def test_streaming_it_is_still_where_it_streams(store: FactStore, text):
    read = reading(store, text, "ask_where_to_watch")
    assert ("attribute", "playback_trouble") not in {(e["entity"], e["value"]) for e in read.entities}


# --- some book, not the film's novel ---


@pytest.mark.parametrize(
    "text", ["find me a book about cancer", "Please renew my library books.", "I need a book for my class"]
)
def test_some_book_asked_for_is_not_the_films_novel(store: FactStore, text):
    assert reading(store, text, "ask_novel").intent == "out_of_scope"


@pytest.mark.parametrize(
    "text", ["is there a book?", "i heard there's a novel", "is it based on a book?", "was it a novel first?"]
)
def test_a_book_of_the_film_is_still_its_novel(store: FactStore, text):
    assert reading(store, text, "ask_novel").intent != "out_of_scope"


def test_someones_books_are_not_some_book(store: FactStore):
    """ "i have read some of his books": the author's, whom the conversation is about."""
    text = "yes i think i have read some of his books - is he a crime writer?"
    assert reading(store, text, "ask_novel").intent != "out_of_scope"
