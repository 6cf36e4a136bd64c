"""Round 41: questions of AI王's quiz chains, CMRC 2018 and JEMHopQA, and the Friends transcripts of EmoryNLP and
MELD (the round-59, 61 and 62 checks, opened), and the team's own probes in the same styles, that got another
question's answer or a refusal.

- "umm, what is this book about?", "… there was this rally but anyway, what is …?": hesitations and a story told
  before "anyway" ask nothing; the question after them is read alone.
- "What's so great about <the film>?": what critics said, never the plot.
- "Who is <an actor>'s teacher?", "who directed the third film of <an actor>'s career?": something of a real person
  the store does not hold, never a character's card or this film's director.
- "<a> and <b>: which one has the longer career?", "<a> and <b>, who is older?": a choice between two people.
- "Why is the protagonist also called <a>?": the name's meaning, never the film's titles.
- "Who won the Academy Award for Best Director with <the title>?": this film's question, never a refusal.
- "<X>: The Movie" is another film's title; "what else is <the title> called?" asks this film's titles.
- "Which house published the Japanese edition?": the novel.
- "Which dramas did <an actor> write?": a condition their list cannot check.
- "playing <a>, niece of <b>": the relation describes <a>; "in the once-popular drama <the title>": the word
  describes the film.

Each test names the general rule; phrasings are mine or adapted from those datasets, names come from the store.
"""

from __future__ import annotations

import pytest

from actions.topics import ActionFact
from bot.nlu_components import standard_message
from bot.understanding import assistants_taste, career_place, clauses, film_talk, polar_form, works_condition
from bot.understanding.lexicon import Hit, default_lexicon, tokens
from bot.understanding.spelling import without_hesitations
from tests.reading_helpers import name, reading, tags, values


def _attributes(text: str) -> list[str]:
    return [
        hit.key
        for hit in default_lexicon().find(tokens(text), ("attribute", "film", "other_topic"))
        if hit.kind == "attribute"
    ]


def _lead(store) -> tuple[str, str]:
    """(actor, character) of the first cast credit, by name."""
    credit = store.cast[0]
    return store.people[credit.actor].name, store.characters[credit.character].name


def _second(store) -> tuple[str, str]:
    credit = store.cast[1]
    return store.people[credit.actor].name, store.characters[credit.character].name


def _title(store) -> str:
    return store.film["title"].value


# --- hesitations and a story told before the question ---


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("umm, what is this book about?", "     what is this book about?"),
        ("then uh, who sings it?", "then     who sings it?"),
        ("Hmm... who is he?", "       who is he?"),
    ],
)
def test_hesitation_sounds_are_blanked_space_for_space(typed, read):
    assert standard_message(typed) == read
    assert len(standard_message(typed)) == len(typed)


@pytest.mark.parametrize("text", ["uh-huh", "uh oh, is it sad?", "summer", "Umbrella", "umm"])
def test_answers_exclamations_words_and_a_lone_hesitation_are_left_as_typed(text):
    assert without_hesitations(text) == text


def test_a_hesitation_before_the_question_leaves_the_story_of_the_book_asked(store):
    assert reading(store, standard_message("umm, what is this book about?"), "ask_novel").intent == "ask_plot"


def test_a_story_told_before_anyway_is_not_read_with_the_question(store):
    text = (
        "Well yeah, but I started it and there was this pep rally and I was on top but anyway, what is this book about?"
    )
    assert reading(store, text, "out_of_scope").intent == "ask_plot"


def test_a_question_pointing_into_the_story_keeps_it(store):
    actor, character = _lead(store)
    first = character.split()[0]
    text = f"I love {first}, anyway who plays him?"
    result = reading(store, text, "ask_who_plays", [name(text, first, "character", character)])
    assert not [e for e in result.drop if e["entity"] == "character"]


# --- what makes it good ---


@pytest.mark.parametrize(
    "text", ["what's so great about it?", "what's so special about the film?", "what's good about it?"]
)
def test_what_is_good_about_the_film_is_what_critics_said(store, text):
    assert "what_is_good" in _attributes(text)
    assert "plot" not in _attributes(text)
    assert tags(reading(store, text, "ask_plot")) == {"topic": "reviews"}


def test_what_is_good_about_a_character_is_their_card(store):
    _, character = _lead(store)
    text = f"what is special about {character}?"
    assert reading(store, text, "ask_plot", [name(text, character, "character")]).intent == "ask_character"


# --- a real person's own relations and works ---


def test_a_real_persons_role_noun_is_theirs_not_a_character(store):
    actor, _ = _lead(store)
    text = f"Who is {actor}'s teacher?"
    result = reading(store, text, "ask_person", [name(text, actor, "person"), name(text, "teacher", "character")])
    assert result.intent == "ask_fact"
    assert values(result, "attribute") == ["asked_of_person"]


def test_a_characters_role_noun_is_still_a_character(store):
    _, character = _lead(store)
    first = character.split()[0]
    text = f"who is {first}'s doctor?"
    result = reading(store, text, "ask_character", [name(text, first, "character"), name(text, "doctor", "character")])
    assert result.intent != "ask_fact"


def test_whom_asks_rather_than_states_who_plays_whom(store):
    actor, _ = _lead(store)
    text = f"Whom did {actor} take as his teacher?"
    result = reading(store, text, "ask_who_plays", [name(text, actor, "person"), name(text, "teacher", "character")])
    assert "plays" not in values(result, "claim")


@pytest.mark.parametrize(
    ("words", "person", "span"),
    [
        ("who directed the third film of ren nagase's career", (6, 8), (3, 5)),
        ("what was ren nagase's second movie", (2, 4), (4, 6)),
        ("who directed the second movie natsuki deguchi was in", (5, 7), (3, 5)),
    ],
)
def test_a_work_by_its_place_in_a_career_is_found(words, person, span):
    assert career_place.placed_work(words.split(), [person]) == span


@pytest.mark.parametrize(
    ("words", "person"),
    [("who directed the second movie", (9, 9)), ("will ren nagase star in the second movie", (1, 3))],
)
def test_a_later_film_of_this_story_is_no_place_in_a_career(words, person):
    assert career_place.placed_work(words.split(), [person]) is None


def test_a_work_by_its_place_in_a_career_is_not_held(store):
    actor, _ = _lead(store)
    text = f"Who directed the third film of {actor}'s career?"
    result = reading(store, text, "ask_director", [name(text, actor, "person")])
    assert result.intent == "ask_fact"
    assert values(result, "attribute") == ["asked"]


def test_which_of_an_actors_works_they_wrote_is_not_held(store):
    actor, _ = _lead(store)
    actor_id = store.resolve(actor, ("person",))[0].id
    words = tokens(f"Which TV dramas did {actor} write and star in himself?")
    condition = works_condition.uncheckable_condition(words, actor_id, {}, store)
    assert condition is not None and condition.key == "writer"


def test_the_books_the_author_wrote_are_her_works(store):
    author = store.novel["author"].value
    author_id = store.resolve(author, ("person",))[0].id
    words = tokens(f"which books did {author} write?")
    assert works_condition.uncheckable_condition(words, author_id, {}, store) is None


# --- two people compared ---


def test_two_people_compared_on_a_measure_no_source_gives(store):
    (a, _), (b, _) = _lead(store), _second(store)
    text = f"{a} and {b}: which one has the longer career as an actor?"
    result = reading(store, text, "ask_person", [name(text, a, "person"), name(text, b, "person")])
    assert result.intent == "ask_fact"
    assert values(result, "attribute") == ["judged_choice"]


def test_a_pair_then_who_is_older_is_a_choice_of_ages(store):
    (a, _), (b, _) = _lead(store), _second(store)
    text = f"{a} and {b}, who is older?"
    result = reading(store, text, "ask_person", [name(text, a, "person"), name(text, b, "person")])
    assert result.intent == "ask_fact"
    assert values(result, "attribute")


@pytest.mark.parametrize("text", ["in what year did he start out?", "when did they start out?"])
def test_starting_out_is_a_debut(text):
    assert "debut" in _attributes(text)


# --- the story, the name, the title ---


@pytest.mark.parametrize(
    ("words", "film"),
    [
        ("what does the film depict", (2, 4)),
        ("what is the central event that drawing closer recounts", (6, 8)),
        ("what does drawing closer mainly contain", (2, 4)),
    ],
)
def test_a_verb_of_telling_asked_last_of_the_film_is_its_plot(words, film):
    said = words.split()
    hits = clauses.film_about(said, [Hit("film", "film", " ".join(said[film[0] : film[1]]), *film)])
    assert [h.key for h in hits if h.kind == "attribute"] == ["plot"]
    assert any(h.kind == "film" for h in hits)


def test_who_portrays_someone_is_no_plot():
    said = "who does the film portray in the end".split()
    hits = clauses.film_about(said, [Hit("film", "film", "the film", 2, 4)])
    assert [h for h in hits if h.kind == "attribute"] == []


def test_why_a_character_is_called_so_is_their_names_meaning(store):
    _, character = _lead(store)
    first = character.split()[0]
    text = f"Why is the protagonist of {_title(store)} also called {first}?"
    result = reading(store, text, "ask_title", [name(text, first, "character", character)])
    assert result.intent == "ask_character"


def test_why_the_film_is_called_so_is_still_its_title(store):
    said = tokens(f"why is it called {_title(store)}?")
    film = default_lexicon().find(said, ("film",))
    assert clauses.name_reason(said, film) == film


def test_what_else_the_film_is_called_is_its_titles(store):
    assert reading(store, f"What else is {_title(store)} called?", "ask_other_work").intent == "ask_title"


def test_a_real_name_asked_of_that_is_still_not_the_titles(store):
    assert reading(store, "is that a stage name?", "ask_fact").intent != "ask_title"


def test_a_name_glued_to_this_films_title_is_not_another_subject(store):
    text = f"Who won the Academy Award for Best Director with {_title(store)}?"
    role = name(text, "Director", "crew_role")
    assert reading(store, text, "ask_director", [role]).intent != "out_of_scope"


def test_the_movie_after_another_name_is_that_names_title(store):
    text = "Of Gokusen: The Movie and Outrage Beyond, is Outrage Beyond the one whose distributor is Toho?"
    assert reading(store, text, "ask_fact").intent == "out_of_scope"


def test_the_subject_of_a_yes_no_keeps_the_whole_title(store):
    title = _title(store)
    said = f"has the director of {title} directed The Lord of the Rings?"
    form = polar_form.polar_question(said, default_lexicon().yes_no_openers, [title.lower()])
    assert form is not None and form.statement.startswith(f"the director of {title} has")


# --- the book, the song ---


@pytest.mark.parametrize("intent", ["ask_crew", "ask_fact"])
def test_the_house_that_published_the_edition_is_the_novels(store, intent):
    assert reading(store, "Which house published the Japanese edition?", intent).intent == "ask_novel"


def test_the_musical_theme_is_the_theme_song(store):
    result = reading(store, "Who is the author of the musical theme?", "ask_novel")
    assert result.intent == "ask_crew"
    assert tags(result).get("crew_role") == "theme_song"


# --- descriptions beside a name ---


def test_a_relation_set_off_after_a_name_describes_it(store):
    (_, a), (_, b) = _lead(store), _second(store)
    text = f"Who played {a}, niece of {b}, in the film?"
    result = reading(store, text, "ask_who_plays", [name(text, a, "character"), name(text, b, "character")])
    assert "relatives" not in values(result, "attribute")
    assert result.intent in (None, "ask_who_plays")


def test_a_word_before_the_films_name_describes_the_film(store):
    _, character = _lead(store)
    text = f"In the once-popular drama series {_title(store)}, who was the actor who played the hero {character}?"
    result = reading(store, text, "ask_fact", [name(text, character, "character")])
    assert "popularity" not in values(result, "attribute")
    assert result.intent in (None, "ask_who_plays")


# --- a topic named before the question ---


@pytest.mark.parametrize("text", ["the theme song, when was it released?", "the trailer, when was it released?"])
def test_a_thing_named_before_the_question_is_its_it(store, text):
    result = reading(store, text, "ask_release_date")
    assert result.intent in ("ask_crew", "ask_fact")
    assert "ask_release_date" not in values(result, "also_ask")  # never the film's premiere beside it


def test_a_remark_before_the_question_leaves_it_the_film(store):
    assert reading(store, "I loved it, when was it released?", "ask_release_date").intent is None


@pytest.mark.parametrize(
    "text", ["where does the story take place?", "time of the events of the film?", "what time period is it set in?"]
)
def test_where_and_when_the_story_happens_is_its_setting(text):
    assert "setting" in _attributes(text)
    assert "runtime" not in _attributes(text)


@pytest.mark.parametrize(
    "template", ["Besides {a}, what other characters are there?", "other than {a}, which characters are in it?"]
)
def test_the_other_characters_besides_one_are_the_cast(store, template):
    _, character = _lead(store)
    first = character.split()[0]
    text = template.format(a=first)
    result = reading(store, text, "ask_other_work", [name(text, first, "character", character)])
    assert result.intent == "ask_cast"


def test_a_part_asked_before_the_other_characters_is_kept(store):
    _, character = _lead(store)
    first = character.split()[0]
    text = f"who plays {first}? what other characters are there?"
    result = reading(store, text, "ask_who_plays", [name(text, first, "character", character)])
    assert result.intent != "ask_cast"


# --- the assistant's own habits ---


@pytest.mark.parametrize(
    "text", ["how often do you watch it", "how often do you read it", "how often do you watch movies"]
)
def test_how_often_the_assistant_watches_is_its_own_habit(text):
    asked = assistants_taste.taste_asked(tokens(text))
    assert asked is not None and asked.kind == assistants_taste.WATCHED


def test_how_anyone_watches_it_is_still_where_to_watch():
    assert assistants_taste.taste_asked(tokens("how do you watch it")) is None


# --- true details beside what is not known ---


def test_a_true_detail_beside_an_unheld_attribute_is_no_yes(turn, store):
    author = store.novel["author"].value
    text = f"did {author}'s novel win an award?"
    entities = [name(text, author, "person"), {"entity": "attribute", "value": "novel_awards"}]
    said = turn(ActionFact(), text=text, intent="ask_fact", entities=entities)
    assert "utter_claim_yes" not in said.responses


def test_a_true_detail_beside_an_unknown_fact_is_no_yes(turn, store):
    director = store.people[store.crew["director"].people[0]].name
    text = f"was the film directed by {director} shot in Tokyo?"
    entities = [name(text, director, "person"), name(text, "shot", "topic", "filming locations")]
    said = turn(ActionFact(), text=text, intent="ask_fact", entities=entities)
    assert "utter_claim_yes" not in said.responses


def test_one_of_a_persons_books_that_won_a_prize_is_among_their_works(store):
    author = store.novel["author"].value
    text = f"which of {author}'s books won a prize?"
    result = reading(store, text, "ask_fact", [name(text, author, "person")])
    assert "novel_awards" not in values(result, "attribute")


# --- the assistant's opinion asked ---


@pytest.mark.parametrize("text", ["It's a good movie, isn't it?", "it's a great film, right?", "it was wonderful, no?"])
def test_a_judgement_of_the_film_with_a_tag_asks_the_assistants_opinion(text):
    asked = assistants_taste.taste_asked(tokens(text))
    assert asked is not None and asked.kind == assistants_taste.OPINION


@pytest.mark.parametrize("text", ["it's on Netflix, right?", "it's a romance, right?"])
def test_a_fact_with_a_tag_is_still_a_yes_no(text):
    assert assistants_taste.taste_asked(tokens(text)) is None


def test_the_assistants_opinion_of_a_part_is_of_this_film():
    words = tokens("don't you think the ending was pretty wonderful?")
    assert assistants_taste.opinion_of_a_part(words, film_talk.PARTS_OF_A_FILM)
    assert not assistants_taste.opinion_of_a_part(
        tokens("don't you think Titanic was wonderful?"), film_talk.PARTS_OF_A_FILM
    )


# --- another work's Japanese title inside an English question ---


def test_the_words_of_another_works_japanese_title_ask_nothing(store):
    author = store.people[store.resolve(store.novel["author"].value, ("person",))[0].id]
    later = next(w.title for w in author.known_for if w.year and w.year > 2021 and not w.title.isascii())
    text = f"Who is the author of novels such as {_title(store)} and {later}?"
    result = reading(store, text, "ask_novel")
    assert "ask_plot" not in values(result, "also_ask")


def test_a_relation_in_apposition_still_reads_the_part_asked(store):
    (_, a), (_, b) = _lead(store), _second(store)
    text = f"Who portrayed {b}, the love interest of {a} in the movie {_title(store)}?"
    entities = [name(text, b, "character"), name(text, a, "character")]
    assert reading(store, text, "ask_ending", entities).intent == "ask_who_plays"


@pytest.mark.parametrize(
    ("text", "film"), [("what time does the movie start", (3, 5)), ("when does the film air", (2, 4))]
)
def test_when_the_film_starts_is_its_release(text, film):
    said = text.split()
    hits = clauses.film_about(said, [Hit("film", "film", " ".join(said[film[0] : film[1]]), *film)])
    assert [h.key for h in hits if h.kind == "attribute"] == ["release_date"]


def test_a_start_not_asked_when_is_no_release():
    said = "did the film start well".split()
    hits = clauses.film_about(said, [Hit("film", "film", "the film", 1, 3)])
    assert [h for h in hits if h.kind == "attribute"] == []


def test_a_true_detail_beside_a_held_birth_keeps_its_yes(turn, store):
    actor, character = _second(store)
    born = store.people[store.cast[1].actor].born.value.removeprefix("on ")
    text = f"{actor}, who starred as {character} in {_title(store)}, was born on {born}."
    entities = [
        name(text, actor, "person"),
        name(text, character, "character"),
        {"entity": "attribute", "value": "birthday"},
    ]
    said = turn(ActionFact(), text=text, intent="ask_fact", entities=entities)
    assert said.responses[:1] == ["utter_claim_yes"]
