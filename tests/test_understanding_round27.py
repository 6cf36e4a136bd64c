"""Round 27: questions about such things in general (a good book, an award's winner, a dog's diet) are no questions
about this film, and the reader says so instead of answering one of its facts.

Each test names the general rule; phrasings are mine, names come from the store.
"""

from __future__ import annotations

import re

import pytest

from actions.crew import ActionNovel
from actions.people import ActionOtherWork, ActionPerson
from actions.topics import ActionFact
from bot.nlu_components import OtherSubjectGuard
from bot.scope import Vocabulary
from bot.understanding import everyday, film_talk, people_reading
from bot.understanding.lexicon import UNHELD, default_lexicon, tokens
from tests.reading_helpers import name, reading, run, values

# --- a good one of a kind of work, asked for ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("what's a good romance novel", "ask_novel"),
        ("i need a good novel", "ask_novel"),
        ("recommend a good drama", "ask_genre"),
        ("whats a good show to binge", "ask_where_to_watch"),
    ],
)
def test_a_good_work_of_a_kind_asked_for_is_any_such_work(store, text, intent):
    assert reading(store, text, intent).intent == "out_of_scope"


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("is there a good manga version", "ask_novel"),  # a version of this story
        ("is it a good book", "ask_novel"),  # pointed at
        ("is there a book", "ask_novel"),
        ("who wrote the book", "ask_novel"),
    ],
)
def test_this_films_work_is_not_any_work(store, text, intent):
    assert reading(store, text, intent).intent != "out_of_scope"


# --- an award's winner among everyone ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("who won best actor at the oscars", "ask_fact"),
        ("who won the japan academy prize for best actress", "ask_fact"),
        ("who got best actress at the japan academy prize", "ask_who_plays"),
        ("who won the oscar", "ask_fact"),
    ],
)
def test_the_winner_of_an_award_named_is_among_everyone(store, text, intent):
    assert reading(store, text, intent).intent == "out_of_scope"


@pytest.mark.parametrize(
    "text",
    [
        "which cast member won a japan academy prize",
        "who in the cast won an oscar",
        "who won an award for it",
        "who won a japan academy prize in the movie",
        "who won an award",  # no award named: the classifier's reading stays
    ],
)
def test_a_winner_among_this_films_people_is_asked_of_the_film(store, text):
    assert reading(store, text, "ask_fact").intent != "out_of_scope"


def test_a_winner_named_is_one_of_ours(store):
    text = "who won best actress, natsuki deguchi?"
    assert reading(store, text, "ask_fact", [name(text, "natsuki deguchi", "person")]).intent != "out_of_scope"


# --- a yes/no question of nothing of this film -----------------------------------------------------------------------


@pytest.mark.parametrize("text", ["can dogs eat chocolate", "can cats swim?", "are dogs allowed in hospitals"])
def test_a_yes_no_question_of_nothing_of_this_film_is_another_topic(store, text):
    assert reading(store, text, "nlu_fallback").intent == "out_of_scope"


@pytest.mark.parametrize(
    "text",
    [
        "do they kiss",  # the conversation's people
        "is there a dog in the movie",  # the film
        "can i download it",
        "can you help me",  # the assistant
        "does haruna like dogs",
    ],
)
def test_a_yes_no_question_that_points_at_the_film_is_not_refused(store, text):
    assert reading(store, text, "nlu_fallback").intent != "out_of_scope"


# --- the words of this film's song, and the end of its run: not held ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("what are the lyrics of the theme song", "out_of_scope"),
        ("what are the words to the theme song", "ask_crew"),
        ("lyrics to the theme song", "ask_crew"),
        ("what are the words to the chorus for the theme song", "ask_crew"),
    ],
)
def test_the_words_of_this_films_song_are_not_held(store, text, intent):
    """The store has no lyrics: "I don't know" of the words asked (an unknown head), never the song's card."""
    theme_song = "theme song"
    result = reading(store, text, intent, [name(text, theme_song, "crew_role")])
    assert result.intent == "ask_fact"
    assert values(result, "attribute") == ["asked"]


def test_the_words_of_a_song_called_something_else_are_another_topic(store):
    text = "what are the lyrics of a song called hello"
    assert reading(store, text, "ask_crew", [name(text, "song", "crew_role", "theme song")]).intent == "out_of_scope"


@pytest.mark.parametrize("text", ["lyrics of despacito", "what are the lyrics to bohemian rhapsody"])
def test_the_words_of_another_song_are_another_topic(store, text):
    assert reading(store, text, "ask_crew").intent == "out_of_scope"


@pytest.mark.parametrize("text", ["when did it go off the air", "when will it leave netflix", "is it leaving netflix"])
def test_the_end_of_its_run_is_unheld(text):
    hits = default_lexicon().find(tokens(text), ("attribute",))
    assert [h.key for h in hits] == ["end_of_run"]
    assert default_lexicon().attributes["end_of_run"].answer["film"] == UNHELD


# --- a record among all works; an experience in general ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "what was the first english play written exclusively for children?",
        "what is the first song recorded on the moon",
    ],
)
def test_the_first_work_of_a_kind_made_so_is_a_record_of_all_works(store, text):
    assert film_talk.record_among_all_films(tokens(text), store) is not None
    assert reading(store, text, "ask_fact").intent == "out_of_scope"


@pytest.mark.parametrize(
    "text",
    [
        "when was the first book written",  # this film's novel series
        "when was the first book in the series published",
        "what was the first book written by ao morita",
    ],
)
def test_the_first_work_of_ours_is_no_record(store, text):
    assert film_talk.record_among_all_films(tokens(text), store) is None


@pytest.mark.parametrize(
    "text",
    [
        "what is it like to experience a near death episode",
        "what's it like being famous",
        "what is it like to have cancer",
    ],
)
def test_what_an_experience_is_like_is_an_everyday_question(store, text):
    assert reading(store, text, "ask_genre").intent == "out_of_scope"


@pytest.mark.parametrize("text", ["what was it like to film it", "what is it like"])
def test_what_watching_or_making_it_is_like_stays_with_the_film(store, text):
    assert reading(store, text, "ask_genre").intent != "out_of_scope"


# --- a group among the cast; the names of several people ----------------------------------------------------------


def _member_of_a_group(store) -> str:
    members = [c.actor for c in store.cast if people_reading.group_of(store, c.actor)]
    assert len(set(members)) == 1
    return store.people[members[0]].name


@pytest.mark.parametrize("text", ["what group starred in it", "which band is in the movie"])
def test_a_group_asked_among_the_cast_is_its_member(store, text):
    result = reading(store, text, "ask_other_work")
    assert result.intent == "ask_person"
    assert values(result, "person") == [_member_of_a_group(store)]


def test_the_singing_of_a_group_named_is_its_members_not_the_theme_songs(store):
    member = _member_of_a_group(store)
    group = " ".join(people_reading.group_of(store, store.resolve(member, ("person",))[0].id) or [])
    text = f"which member of the cast sang vocals for {group}"
    result = reading(store, text, "ask_crew")
    assert result.intent == "ask_person"
    assert values(result, "person") == [member]


def test_a_yes_no_about_the_groups_member_and_the_song_is_still_decided(store):
    member = _member_of_a_group(store)
    group = " ".join(people_reading.group_of(store, store.resolve(member, ("person",))[0].id) or [])
    assert reading(store, f"does the {group} member sing the theme song", "ask_crew").intent != "ask_person"


def test_the_names_of_people_named_are_who_they_are(store, domain):
    a, b = (store.people[c.actor] for c in store.cast[:2])
    last_a, last_b = a.name.split()[-1], b.name.split()[-1]
    text = f"what are the first names of {last_a} and {last_b}"
    entities = [name(text, last_a, "person"), name(text, last_b, "person")]
    assert reading(store, text, "ask_other_work", entities).intent == "ask_person"
    said, _, slots = run(ActionPerson(), domain, text, entities, intent="ask_person")
    assert said.count("utter_person_plays") == 2
    assert slots["person"] == store.cast[1].actor


def test_the_name_of_a_persons_works_is_not_the_person(store):
    person = store.people[store.cast[0].actor]
    text = f"what are the names of the movies of {person.name}"
    assert reading(store, text, "ask_other_work", [name(text, person.name, "person")]).intent != "ask_person"


# --- a part in another work of theirs -------------------------------------------------------------------------------


def _work_with_a_part(store):
    """A person of ours and a work whose note says the part ("as ...")."""
    for person in store.people.values():
        for work in person.known_for:
            if work.title.isascii() and (work.detail or "").startswith("as ") or "; as " in (work.detail or ""):
                return person, work
    raise AssertionError("the store notes no part played")


@pytest.mark.parametrize("asked", ["who did {p} play in {w}", "what role did {p} play in {w}"])
def test_the_part_in_another_work_of_theirs_is_its_notes(store, domain, asked):
    person, work = _work_with_a_part(store)
    text = asked.format(p=person.name.lower(), w=work.title.lower())
    result = reading(store, text, "ask_fact", [name(text, person.name, "person")])
    assert result.intent == "ask_other_work"
    assert values(result, "works_attribute") == ["part_played"]
    said, messages, _ = run(ActionOtherWork(), domain, text, result.entities, intent="ask_other_work")
    assert said == ["utter_person_work_said"]
    assert "as " in messages[0]["note"]


def test_the_kind_of_part_played_is_found_in_the_notes(store, domain):
    """ "what detective did <a> play?": a note saying "as the detective <a name>" answers it."""
    found = [
        (person, kind.group(1))
        for person in store.people.values()
        for work in person.known_for
        if (kind := re.search(r"\bas the ([a-z]+) [A-Z]", work.detail or ""))
    ]
    assert found, "the store notes no part of a kind"
    person, kind = found[0]
    text = f"what {kind} did {person.name.lower()} play"
    entities = [name(text, person.name, "person")]
    result = reading(store, text, "ask_fact", entities)
    said, messages, _ = run(ActionFact(), domain, text, entities + result.entities, intent=result.intent or "ask_fact")
    assert said == ["utter_person_work_said"]
    assert kind in messages[0]["note"]


# --- superlatives of performers: over the cast, or over everyone -----------------------------------------------------


@pytest.mark.parametrize("text", ["which actress is the oldest", "which actor is youngest"])
def test_a_superlative_of_performers_refused_by_the_classifier_is_over_the_cast(store, text):
    assert reading(store, text, "out_of_scope").intent == "ask_cast"


@pytest.mark.parametrize(
    "text",
    [
        "who is the oldest actor ever",
        "who is the youngest actress in japan",
        "who is the oldest living actor",
        "who is the best actor in the world",
    ],
)
def test_a_superlative_of_performers_over_everyone_is_another_topic(store, text):
    assert people_reading.cast_superlative(tokens(text)) is None
    assert reading(store, text, "ask_cast").intent == "out_of_scope"


@pytest.mark.parametrize(
    "text", ["who is the youngest japanese actor in the film", "which cast member is the most famous in japan"]
)
def test_a_superlative_said_of_this_film_stays_with_the_cast(store, text):
    assert reading(store, text, "ask_cast").intent != "out_of_scope"


def test_superlatives_of_people_name_no_other_subject():
    config = {"out_of_scope_intent": "out_of_scope", "unguarded_intents": []}
    guard = OtherSubjectGuard(config, None, None, Vocabulary(frozenset()))
    assert all(word in guard.vocabulary.words for word in people_reading.SUPERLATIVE_WORDS)


@pytest.mark.parametrize(
    "asked",
    [
        "what is the birth name of {a}?",  # another name than the store's
        "what was the name of {a}s first wife?",  # someone of theirs
        "what are the names of {a}'s parents?",
        "what's the name of {a}'s business?",
    ],
)
def test_a_name_of_something_of_theirs_is_not_who_they_are(store, asked):
    person = store.people[store.cast[0].actor]
    text = asked.format(a=person.name)
    assert reading(store, text, "ask_fact", [name(text, person.name, "person")]).intent != "ask_person"


@pytest.mark.parametrize(
    "text",
    [
        "as of 2015, which group held the record for the most grammy awards of any group in drawing closer?",
        "the theme song became the signature song of which band formed in the early 2000s?",
    ],
)
def test_a_group_asked_of_something_else_is_not_the_cast_members(store, text):
    assert people_reading.group_in_cast(tokens(text), [(0, 1)] * len(tokens(text)), store) is None


# --- a future work of theirs; a time before this film ---------------------------------------------------------------


def test_a_persons_next_book_is_their_career_not_the_novel(store):
    author = store.people[str(store.novel["author"].value)]
    text = f"when will {author.name} publish her next book?"
    result = reading(store, text, "ask_novel", [name(text, author.name, "person")])
    assert result.intent == "ask_fact"
    assert values(result, "attribute") == ["career"]


def test_a_time_before_this_film_and_its_novel_is_another_topic(store):
    assert reading(store, "what tv channel showed the olympics in 1988", "ask_where_to_watch").intent == "out_of_scope"


@pytest.mark.parametrize(
    ("text", "intent"),
    [("was it released in 2001", "ask_release_date"), ("is the story set in 1990", "ask_plot")],
)
def test_a_year_said_of_this_film_or_its_story_stays(store, text, intent):
    assert reading(store, text, intent).intent != "out_of_scope"


# --- the leads by a noun "on" the film; the film by who is in it -----------------------------------------------------


@pytest.mark.parametrize("text", ["who plays the girl on drawing closer", "who plays the guy on it"])
def test_the_lead_by_a_noun_on_the_film(store, text):
    result = reading(store, text, "ask_who_plays")
    assert values(result, "character")


def test_when_the_work_with_a_character_of_ours_is_this_films_release(store):
    character = store.characters[store.cast[1].character]
    first = character.name.split()[0].lower()
    text = f"when is that netflix series with {first}"
    result = reading(store, text, "ask_character", [name(text, first, "character")])
    assert result.intent == "ask_release_date"


def test_when_a_character_does_something_is_not_the_release(store):
    character = store.characters[store.cast[1].character]
    first = character.name.split()[0].lower()
    text = f"when does {first} get sick"
    assert reading(store, text, "ask_character", [name(text, first, "character")]).intent != "ask_release_date"


# --- someone tied to the person talked about by a clause ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "who is the actress she once said she wished she looked like?",
        "who's the actor he admires",
        "who is the singer that she likes",
    ],
)
def test_someone_tied_to_the_person_talked_about_is_unheld_not_the_cast(store, text):
    result = reading(store, text, "ask_cast")
    assert result.intent == "ask_fact"
    assert values(result, "attribute") == ["asked_of_person"]


@pytest.mark.parametrize("text", ["who is the actress she plays with", "who is the girl he loves"])
def test_a_part_played_or_a_story_tie_is_left_to_the_other_rules(store, text):
    assert values(reading(store, text, "ask_cast"), "attribute") != ["asked_of_person"]


@pytest.mark.parametrize("tie", ["rival", "boss", "pet", "neighbour"])
def test_ties_the_store_never_holds_are_unheld(tie):
    hits = default_lexicon().find(tokens(f"who is her {tie}"), ("attribute",))
    assert [h.key for h in hits] == ["other_ties"]
    assert set(default_lexicon().attributes["other_ties"].answer.values()) == {UNHELD}


def test_a_year_said_of_the_novel_is_checked_not_refused(store):
    assert reading(store, "was the book published in 2020", "ask_novel").intent != "out_of_scope"


# --- how long watching it takes -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["how long does it take to watch", "how long does it take to watch it", "how long will it take to watch the movie"],
)
def test_how_long_watching_it_takes_is_the_runtime(store, text):
    assert reading(store, text, "ask_where_to_watch").intent == "ask_runtime"


@pytest.mark.parametrize(
    "text", ["how long does it take to see a doctor", "how long time does it take to type a screenplay"]
)
def test_how_long_another_activity_takes_is_not_the_runtime(store, text):
    assert not everyday.runtime_asked(tokens(text))
    assert reading(store, text, "ask_runtime").intent != "ask_runtime"


# --- two questions in one of the same card -------------------------------------------------------------------------


def test_a_later_yes_no_of_the_same_card_is_answered_after_the_first_question(store, domain):
    """ "who wrote the novel and is there a manga?": the novel's card for the first part, then the claim's Yes and
    the manga, not the manga alone."""
    text = "who wrote the novel and is there a manga"
    result = reading(store, text, "ask_novel")
    said, _, _ = run(ActionNovel(), domain, text, result.entities, intent=result.intent or "ask_novel")
    assert said[0] == "utter_novel"
    assert said.index("utter_claim_yes") > said.index("utter_novel")


def test_a_later_true_story_question_keeps_the_books_question_first(store, domain):
    """ "who wrote the book and is it a true story?": the novel (its author), then the true-story answer; the book's
    true story said alone stays the true-story answer."""
    text = "who wrote the book and is it a true story"
    result = reading(store, text, "ask_novel")
    assert result.intent in (None, "ask_novel")
    said, _, _ = run(ActionNovel(), domain, text, result.entities, intent="ask_novel")
    assert said[0] == "utter_novel"
    assert "utter_fact_true_story_no" in said
    assert reading(store, "is the book a true story", "ask_novel").intent == "ask_fact"
