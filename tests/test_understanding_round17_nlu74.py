"""Round 17, nlu74 (issue 10): the attribute asked, in real people's words, of every kind of subject.

Phrasings follow the frames of tooling/grids/nlu74_frames.yml; names and facts come from the store."""

from __future__ import annotations

import pytest

from actions.topics import ActionFact
from bot.understanding import coverage
from bot.understanding.lexicon import default_lexicon, tokens
from bot.understanding.reading import OUT_OF_SCOPE
from tests.reading_helpers import name, reading, tags, values
from tooling.grids import nlu74 as grid


def _crew_person(store, role: str):
    return store.people[store.crew[role].people[0]]


def _character_with(store, relation: str):
    held = next(r for r in store.relations if r.relation == relation)
    return store.characters[held.subject], store.characters[held.object]


def _character_without(store, relation: str):
    having = {r.subject for r in store.relations if r.relation == relation}
    cast = {credit.character for credit in store.cast}
    return next(c for c in store.characters.values() if c.id not in having and c.id in cast)


# --- named prizes and review scores: attribute words -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("What television series has <a> won an acting Emmy for?", "awards"),
        ("What Golden Globe Award did the movie win?", "awards"),
        ("How many Grammy Awards did <a> receive throughout her career?", "awards"),
        ("Which is the review score for the movie?", "imdb"),
    ],
)
def test_named_prizes_and_review_scores_are_attribute_words(text, key):
    """A named prize (Emmy, Golden Globe, Grammy) asks for awards, which a person's entry does not hold; a "review
    score" is what reviewers gave, not the film's musical score (it got the composer)."""
    hits = default_lexicon().find(tokens(text), ("attribute",))
    assert key in {hit.key for hit in hits}
    assert "music" not in {hit.key for hit in hits}


def test_a_review_score_is_not_the_composer(store):
    text = f"Which is the review score for {store.title}?"
    result = reading(store, text, "ask_crew")
    assert result.intent == "ask_fact"
    assert tags(result).get("topic") == "imdb"


def test_an_emmy_asked_of_an_actress_is_her_awards(store):
    person = store.people[store.cast[1].actor]
    text = f"What television series has {person.name} won an acting Emmy for?"
    result = reading(store, text, "ask_other_work", [name(text, person.name, "person")])
    assert result.intent == "ask_fact"
    assert values(result, "attribute") == ["awards"]


# --- a credit said as a title before a name -----------------------------------------------------------------


@pytest.mark.parametrize("role", ["director", "music", "theme_song"])
def test_a_bare_credit_before_a_name_is_a_title_not_the_credit_asked(store, role):
    """ "Where did director <X> grow up?" got the director's card: a credit said bare right before a person's name
    only says who the person is."""
    person = _crew_person(store, role)
    credit = grid.CREW_ROLE_WORDS[role]
    text = f"Where did {credit} {person.name} grow up?"
    result = reading(store, text, "ask_fact", [name(text, person.name, "person")])
    assert result.intent == "ask_fact"
    assert values(result, "attribute") == ["upbringing"]


def test_a_credit_with_an_article_before_a_name_is_still_asked(store):
    """ "is the director <X>?" asks whether <X> directed it: the credit is the subject."""
    person = _crew_person(store, "director")
    text = f"is the director {person.name}?"
    result = reading(store, text, "ask_director", [name(text, person.name, "person")])
    assert result.intent == "ask_director"


# --- where someone grew up ----------------------------------------------------------------------------------


def test_growing_up_asks_where_only_in_a_question_of_place(store):
    """ "where did <X> grow up?" asks a place; "did they grow up together?" asks the story, not a hometown."""
    person = store.people[store.cast[2].actor]
    text = f"Where did {person.name} grow up?"
    assert values(reading(store, text, "ask_fact", [name(text, person.name, "person")]), "attribute") == ["upbringing"]
    text = f"{person.name} grew up in Osaka, right?"
    assert "upbringing" in values(reading(store, text, "ask_fact", [name(text, person.name, "person")]), "attribute")
    assert "upbringing" not in values(reading(store, "did they grow up together?", "ask_ending"), "attribute")


def test_where_someone_grew_up_is_their_hometown_when_held(turn, store):
    person = next(p for p in store.people.values() if p.hometown is not None)
    said = turn(
        ActionFact(),
        text=f"Where did {person.name} grow up?",
        entities={"attribute": "upbringing", "person": person.name},
    )
    assert said.responses == ["utter_person_hometown"]
    assert said.values("utter_person_hometown")["value"] == person.hometown.value


def test_a_birthplace_does_not_say_where_someone_grew_up(turn, store):
    """Born in one place, raised in another: without a hometown held, "I don't know", never the birthplace."""
    person = next(p for p in store.people.values() if p.birthplace is not None and p.hometown is None)
    said = turn(
        ActionFact(),
        text=f"Where did {person.name} grow up?",
        entities={"attribute": "upbringing", "person": person.name},
    )
    assert said.responses == ["utter_dont_know_subject_attribute"]


# --- a relative of "(fictional) character <a>" ------------------------------------------------------------


@pytest.mark.parametrize(
    "template", ["Who is the mother of fictional character {c}?", "who is the mother of the character {c}?"]
)
def test_a_relation_of_a_name_titled_character_is_that_characters(store, template):
    """ "Who is the mother of fictional character <a>?" got <a>'s card: the title "character" before the name
    does not stop the relation from reaching it."""
    child, _ = _character_with(store, "mother")
    text = template.format(c=child.name)
    result = reading(store, text, "ask_character", [name(text, child.name, "character")])
    assert result.intent in (None, "ask_character")  # None: the classifier's intent stands
    assert values(result, "relation") == ["mother"]


def test_a_count_of_relatives_of_a_character_titled_by_the_film(store):
    """ "How many sisters does <title> character <a> have?": the sister relation of <a>."""
    brother, _ = _character_with(store, "sister")
    text = f"How many sisters does {store.title} character {brother.name} have?"
    result = reading(store, text, "ask_character", [name(text, brother.name, "character")])
    assert values(result, "relation") == ["sister"]


def test_a_relative_not_held_of_a_titled_character_is_not_known(store):
    only = _character_without(store, "sister")
    text = f"How many sisters does {store.title} character {only.name} have?"
    result = reading(store, text, "ask_character", [name(text, only.name, "character")])
    assert values(result, "relation") == ["sister"]  # the relation answers "I don't know" when none is held


# --- an adverb after "the movie" is no title ------------------------------------------------------------------


def test_an_adverb_after_the_film_noun_is_no_other_title(store):
    """ "Where was the movie originally filmed?" was refused as a film called "originally"."""
    assert reading(store, "Where was the movie originally filmed?", "ask_fact").intent != OUT_OF_SCOPE
    assert coverage._adverbs_only(["originally"], coverage.Span(0, 1))
    assert not coverage._adverbs_only(["lovely", "bones"], coverage.Span(0, 2))


# --- the film's own facts asked of the book --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "intent", "book_attribute"),
    [
        ("what genre is the novel?", "ask_genre", "novel_genre"),
        ("what genre is the book?", "ask_genre", "novel_genre"),
        ("what is the rating of the novel?", "ask_rating", "novel_rating"),
    ],
)
def test_the_films_genre_or_rating_asked_of_the_book_is_not_known(store, text, intent, book_attribute):
    """ "what genre is the novel?" got the film's genres, "what is the rating of the novel?" its TV rating: the
    book's own, which the store does not hold."""
    result = reading(store, text, intent)
    assert result.intent == "ask_fact"
    assert values(result, "attribute") == [book_attribute]


@pytest.mark.parametrize(
    ("text", "intent"), [("what genre is it?", "ask_genre"), ("how old is it rated?", "ask_rating")]
)
def test_the_films_genre_and_rating_are_still_the_films(store, text, intent):
    assert reading(store, text, intent).intent in (None, intent)


def test_a_book_in_another_clause_leaves_the_films_rating(store):
    """ "what is the age rating and find who wrote the novel": the rating is the film's; the novel is the second
    question's (the sweep found it read as the novel's rating)."""
    result = reading(store, "what is the age rating and find who wrote the novel", "ask_rating")
    assert "novel_rating" not in values(result, "attribute")


# --- a person named by a credit of one of the film's things ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "attribute"),
    [
        ("how old is the singer of the theme song?", "age"),
        ("what is the theme song singer's real name?", "real_name"),
        ("where was the singer of the theme song born?", "birthday"),
    ],
)
def test_a_personal_attribute_of_a_things_credit_is_the_persons(store, text, attribute):
    """ "how old is the singer of the theme song?" got the song's card: the credit names a person (the singer),
    whose age is asked, not the song's."""
    singer = _crew_person(store, "theme_song")
    result = reading(store, text, "ask_crew")
    assert result.intent == "ask_fact"
    assert tags(result).get("person") == singer.name
    assert values(result, "attribute") == [attribute]


def test_the_things_own_credits_are_still_its_answer(store):
    assert tags(reading(store, "who sings the theme song?", "ask_crew")).get("crew_role") == "theme_song"


# --- other words for held and unheld attributes -----------------------------------------------------------------


def test_an_isbn_is_not_held(store):
    """ "what is the ISBN of the novel?" was refused as another subject: a book number, which is not held."""
    result = reading(store, "what is the ISBN of the novel?", "out_of_scope")
    assert result.intent == "ask_fact"
    assert values(result, "attribute") == ["isbn"]


@pytest.mark.parametrize("text", ["what's the netflix link?", "can you give me the link to the movie?"])
def test_the_netflix_link_is_where_to_watch(text):
    """The where-to-watch answer gives the Netflix title page's address; a bare "link" ("the link between <a> and
    <b>", "a link to the trailer") asks something else."""
    keys = {hit.key for hit in default_lexicon().find(tokens(text), ("attribute",))}
    assert "platform" in keys
    assert "platform" not in {
        hit.key for hit in default_lexicon().find(tokens("is there a link to the trailer?"), ("attribute",))
    }


@pytest.mark.parametrize(
    ("text", "key"), [("what is the tagline of the film?", "tagline"), ("what is the slogan?", "tagline")]
)
def test_a_tagline_is_not_the_premise(text, key):
    """ "what is the tagline of <the film>?" got the premise, "the slogan" was refused: a marketing line, not held."""
    assert key in {hit.key for hit in default_lexicon().find(tokens(text), ("attribute",))}


def test_the_screenwriter_named_by_the_credit_is_asked_of(store):
    """ "where is the screenwriter from?" got the screenplay's credit: the credit's noun names its holder."""
    writer = _crew_person(store, "screenplay")
    result = reading(store, "where is the screenwriter from?", "ask_crew")
    assert tags(result).get("person") == writer.name
    assert values(result, "attribute") == ["birthday"]


# --- the grid itself ------------------------------------------------------------------------------------------
