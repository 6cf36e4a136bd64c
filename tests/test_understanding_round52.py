"""Round 52: the ElkarHizketak dialogues, the CommonsenseQA 2.0 statements and the TREC 2009 Million Query searches
(the round-94, 95 and 96 checks, opened), and the team's own probes in the same styles, that got another question's
answer.

- "What studies does <a> have?", "did she do music studies?", "what was <a>'s first theatre group?", "<a> concert
  dates": schooling, a stage career and concerts, which the store holds for nobody; never the person's card.
- "<the title> movie quote", "<the song> sheet music", "<the title> movie toys": things no source gives.
- "What is his best-known written work?", "her best-known character": what someone is known for, however the work
  is named; never the screenplay's credit or the card.
- A spoiler setting the classifier reads in a statement about someone of ours with no word of spoilers ("<a band>'s
  bass player doesn't sing: he lets the front man take the spotlight") sets nothing.
- A statement about a character that the classifier reads as "who plays", with words the card never says ("<a> has
  the highest kill-count of any character"): "I don't know that about <a>", never the actor.
- "his fame as a western actor": a genre said of a person's kind, no claim of the film's genre.
- A statement the classifier refused, read as the theme song's card from the song's name, saying things that card
  never says: "I don't know that", never the card.
- "the <title> TV series", "the soap opera <title>": the film taken for a series; the reply says first that it is a
  single film, then answers.

Each test names the general rule; phrasings are mine or adapted from those datasets, names come from the store.
"""

from __future__ import annotations

import re

import pytest

from actions.film_facts import ActionWhereToWatch
from actions.people import ActionPerson
from bot.store import FactStore
from bot.understanding import person_asked, polar_form, stated_claims
from bot.understanding.lexicon import default_lexicon, tokens
from bot.understanding.series_premise import takes_the_film_for_a_series
from tests.reading_helpers import decided, details_of, name, reading, run, values


def _intent(message) -> str:
    return (message.get("intent") or {}).get("name")


def _person(store: FactStore, role: str) -> str:
    return store.people[store.crew[role].people[0]].name


def _lead(store: FactStore) -> tuple[str, str]:
    """(the lead character's first name, the lead actor's name)."""
    credit = store.cast[0]
    return store.characters[credit.character].name.split()[0], store.people[credit.actor].name


def _service(store: FactStore) -> str:
    return str(store.film["platform"].value)


def _song(store: FactStore) -> tuple[str, str]:
    """(the theme song's romanised title, the band that first released it)."""
    work = store.crew["theme_song"].work
    assert work is not None
    title = re.search(r"\(([^)]+)\)", str(work.value))
    assert title is not None
    return title.group(1), store.people[str(work.extra["original_by"])].name


# --- what the store holds for nobody ---


@pytest.mark.parametrize(
    ("form", "attribute"),
    [
        ("What studies does {p} have?", "education"),
        ("Did {p} do music studies?", "education"),
        ("Does {p} have any theatre studies?", "education"),
        ("What was {p}'s first theatre group?", "stage_career"),
        ("In his theatre career, in what has {p} stood out?", "stage_career"),
        ("{p} concert dates", "concerts"),
    ],
)
def test_schooling_a_stage_career_and_concerts_are_not_known(store, form, attribute):
    _, actor = _lead(store)
    text = form.format(p=actor)
    result = reading(store, text, "ask_person", [name(text, actor, "person")])
    assert result.intent == "ask_fact"
    assert attribute in values(result, "attribute")


@pytest.mark.parametrize(
    ("text", "attribute"),
    [
        ("{title} movie quote", "quotes"),
        ("what is the most famous line in {title}", "quotes"),
        ("{song} sheet music", "sheet_music"),
        ("{service} {title} movie toys", "asked"),
    ],
)
def test_things_no_source_gives_are_not_known(store, text, attribute):
    song, _ = _song(store)
    text = text.format(title=store.title.lower(), song=song.lower(), service=_service(store).lower())
    result = reading(store, text, "ask_where_to_watch", [])
    assert result.intent == "ask_fact"
    assert attribute in values(result, "attribute")


# --- what someone is best known for ---


@pytest.mark.parametrize(
    "form", ["What is {p}'s best-known written work?", "What is {p}'s best known character?", "{p} well known films"]
)
def test_the_work_someone_is_best_known_for_is_their_works(store, form):
    author = store.people[str(store.novel["author"].value)].name
    text = form.format(p=author)
    assert reading(store, text, "ask_crew", [name(text, author, "person")]).intent == "ask_other_work"


def test_the_most_famous_song_of_the_film_is_no_ones_works(store):
    text = f"what's the most famous song in {store.title.lower()}"
    assert reading(store, text, "ask_crew", []).intent != "ask_other_work"


# --- a spoiler setting with no word of spoilers ---


def test_a_statement_with_no_word_of_spoilers_sets_nothing(store):
    _, band = _song(store)
    text = f"The bass player of {band} usually doesn't sing because he prefers to let the front man take the spotlight"
    assert _intent(decided(store, text, "no_spoilers", [name(text, band, "person")], 0.9)) != "no_spoilers"


@pytest.mark.parametrize("form", ["no spoilers about {c} please", "I haven't seen it yet so don't spoil {c}'s ending"])
def test_a_spoiler_setting_said_of_one_of_ours_stays(store, form):
    character, _ = _lead(store)
    text = form.format(c=character)
    assert _intent(decided(store, text, "no_spoilers", [name(text, character, "character")], 0.9)) == "no_spoilers"


# --- a statement about a character read as "who plays" ---


def test_a_statement_the_card_never_says_is_not_known(store):
    character, _ = _lead(store)
    text = f"{character} has the highest kill-count of any {_service(store)} character."
    result = reading(store, text, "ask_who_plays", [name(text, character, "character")])
    assert result.intent == "ask_fact"
    assert values(result, "attribute") == [person_asked.ASKED_OF_PERSON]


@pytest.mark.parametrize("form", ["{c} actress", "{c}'s voice actor", "{c} sakurai"])
def test_a_search_for_who_plays_stays(store, form):
    character, _ = _lead(store)
    text = form.format(c=character)
    result = reading(store, text, "ask_who_plays", [name(text, character, "character")])
    assert result.intent in (None, "ask_who_plays")


# --- a genre said of a person's kind ---


@pytest.mark.parametrize("text", ["his enduring fame as a western actor", "is she a horror movie actress"])
def test_a_genre_said_of_a_persons_kind_is_no_claim_of_the_film(store, text):
    assert not [h for h in default_lexicon().find(tokens(text), ("claim",)) if h.key == "genre"]
    assert not [d for d in details_of(store, text) if d[0] == "genre"]


def test_a_genre_said_of_the_film_stays_a_claim(store):
    text = f"{store.title} is a western movie."
    assert ("genre", "western") in details_of(store, text)
    assert [h for h in default_lexicon().find(tokens("is it a western?"), ("claim",)) if h.key == "genre"]
    assert stated_claims.GENRE_WORDS["western"] == "western"


# --- a refused statement about the theme song ---


def test_a_refused_statement_the_song_card_never_says_is_not_known(store):
    song, band = _song(store)
    text = f'Even a casual fan of {band} is capable of recognizing the song "{song}" from the drums alone'
    entities = [name(text, band, "person"), name(text, "song", "crew_role")]
    result = reading(store, text, "out_of_scope", entities)
    assert result.intent == "ask_fact"
    assert values(result, "attribute") == [person_asked.ASKED_OF_PERSON]


def test_a_refused_statement_of_what_the_song_card_says_keeps_the_card(store):
    song, _ = _song(store)
    text = f"the theme song of {store.title.lower()} is {song.lower()}"
    result = reading(store, text, "out_of_scope", [name(text, "theme song", "crew_role")])
    assert person_asked.ASKED_OF_PERSON not in values(result, "attribute")


# --- the film taken for a series ---


@pytest.mark.parametrize(
    "form",
    [
        "Many fans watch the {t} TV series",
        "The final episode of the soap opera {t} revealed it",
        "when does {t} season 2 come out",
        "You may have watched the game show {t} on TV",
        "{t} ran for at least one season on {s}?",
    ],
)
def test_the_film_named_as_a_series_is_a_series_premise(store, form):
    assert takes_the_film_for_a_series(form.format(t=store.title, s=_service(store)), default_lexicon())


@pytest.mark.parametrize(
    "form",
    [
        "the {nick} book series",
        "the {t} show",
        "is the show good?",
        "who plays in the {t} movie?",
        "{t} is the best film of the season",
    ],
)
def test_the_film_or_its_novel_named_as_such_is_no_series_premise(store, form):
    nickname = next(t for t in default_lexicon().film_titles if t.isascii() and t != store.title.lower())
    assert not takes_the_film_for_a_series(form.format(t=store.title, nick=nickname), default_lexicon())


def test_an_answer_to_a_question_on_the_series_says_first_it_is_a_film(store, domain):
    text = f"Many fans watch the {store.title} TV series"
    said, _, _ = run(ActionWhereToWatch(), domain, text, [])
    assert said[0] == "utter_series_premise"
    assert len(said) > 1


def test_a_person_asked_of_the_series_is_answered_after_the_premise(store, domain):
    _, actor = _lead(store)
    text = f"Who does {actor} play in the {store.title} TV series?"
    said, _, _ = run(ActionPerson(), domain, text, [name(text, actor, "person")], intent="ask_person")
    assert said.count("utter_series_premise") == 1
    assert said[0] == "utter_series_premise"


# --- a score of the film asked of a person ---


@pytest.mark.parametrize("form", ["What is {p}'s IMDb rating?", "imdb {p}"])
def test_a_films_score_asked_of_a_person_is_not_known(store, form):
    _, actor = _lead(store)
    text = form.format(p=actor)
    result = reading(store, text, "ask_fact", [name(text, actor, "person"), name(text, "imdb", "topic")])
    assert result.intent == "ask_fact"
    assert values(result, "attribute") == ["imdb"]


@pytest.mark.parametrize("form", ["{p} {t} imdb", "what's the imdb score of {p}'s {s} movie"])
def test_a_films_score_asked_with_the_film_beside_a_person_is_the_films(store, form):
    _, actor = _lead(store)
    text = form.format(p=actor, t=store.title, s=_service(store).lower())
    result = reading(store, text, "ask_fact", [name(text, actor, "person"), name(text, "imdb", "topic")])
    assert "imdb" not in values(result, "attribute")


# --- the parts of another work named ---


def test_the_episodes_of_another_work_named_are_no_claim_of_the_film(store):
    _, actor = _lead(store)
    person = next(p for p in store.people.values() if p.name == actor)
    work = next(w.title for w in person.known_for if w.title.isascii() and " " in w.title and ":" not in w.title)
    text = f"In the {work} TV series, over how many episodes did he take part?"
    assert not [v for v in values(reading(store, text, "ask_other_work", []), "claim") if v.startswith("series")]


def test_the_episodes_of_the_film_are_its_series_claim(store):
    text = f"how many episodes does {store.title.lower()} have"
    assert [v for v in values(reading(store, text, "ask_fact", []), "claim") if v.startswith("series")]


# --- who created a character ---


def test_who_created_a_character_is_the_novel(store):
    character, _ = _lead(store)
    text = f"Was the fictional character {character} created by a novelist from Scotland?"
    assert reading(store, text, "ask_novel", [name(text, character, "character")]).intent == "ask_novel"


@pytest.mark.parametrize(
    ("form", "statement"),
    [
        ("Was the fictional character {c} created by a novelist?", "the fictional character {c} was created by"),
        ("Is the band {b} Japanese?", "the band {b} is Japanese"),
    ],
)
def test_a_name_apposed_to_the_subjects_noun_is_the_subjects(store, form, statement):
    character, _ = _lead(store)
    _, band = _song(store)
    found = polar_form.polar_question(form.format(c=character, b=band), default_lexicon().yes_no_openers)
    assert found is not None
    assert found.statement.startswith(statement.format(c=character, b=band))


# --- a first work, a favourite said before its owner ---


def test_a_singers_first_work_is_their_debut(store):
    singer = store.people[store.crew["theme_song"].people[0]].name
    text = f"What is {singer}'s first work?"
    result = reading(store, text, "ask_person", [name(text, singer, "person")])
    assert result.intent == "ask_fact"
    assert values(result, "attribute") == ["debut"]


@pytest.mark.parametrize(
    ("form", "entities"), [("Who is the favourite writer for her?", False), ("What is the favorite food of {c}?", True)]
)
def test_a_favourite_with_its_owner_after_it_is_personal(store, form, entities):
    character, _ = _lead(store)
    text = form.format(c=character)
    result = reading(store, text, "ask_crew", [name(text, character, "character")] if entities else [])
    assert result.intent == "ask_fact"
    assert values(result, "attribute") == ["personal"]


def test_a_favourite_of_the_film_is_no_ones_personal_detail(store):
    result = reading(store, "what is the favourite song of the film", "ask_crew", [])
    assert "personal" not in values(result, "attribute")


def test_a_work_noun_that_modifies_a_person_describes_no_work(store):
    writer = store.people[str(store.crew["theme_song"].work.extra["written_by"])].name
    text = f"{writer} was a half time show performer"
    result = reading(store, text, "out_of_scope", [name(text, writer, "person")])
    assert result.intent == "ask_fact"
    assert values(result, "attribute") == [person_asked.ASKED_OF_PERSON]


# --- a count of the film's songs ---


def test_a_count_of_the_films_songs_is_not_known(store):
    result = reading(store, "how many songs are in the movie", "nlu_fallback", [])
    assert result.intent == "ask_fact"
    assert values(result, "attribute") == ["asked"]


def test_a_game_played_is_no_part_played(store):
    character, _ = _lead(store)
    text = f"{character} served in congress after he played football for Alabama."
    result = reading(store, text, "ask_who_plays", [name(text, character, "character")])
    assert result.intent == "ask_fact"
    assert values(result, "attribute") == [person_asked.ASKED_OF_PERSON]


@pytest.mark.parametrize(
    ("form", "attribute"),
    [("How old was {p} when she made {t}?", "age"), ("Hello, have you seen the new {t}? {p} is in it.", "reviews")],
)
def test_a_persons_own_attribute_with_the_film_beside_them_stays_theirs(store, form, attribute):
    actress = store.people[store.cast[1].actor].name
    text = form.format(p=actress, t=store.title)
    result = reading(store, text, "ask_fact", [name(text, actress, "person")])
    assert values(result, "attribute") == [attribute]


def test_a_quote_of_another_text_is_no_film_quote(store):
    text = "who wrote the quote two heads are better than one'?"
    assert "quotes" not in values(reading(store, text, "out_of_scope", []), "attribute")
