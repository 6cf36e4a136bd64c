"""Round 42: keyword searches of DBpedia-Entity, WikiAnswers questions and ARCD's Arabic questions (the round-63, 65
and 66 checks, opened), and the team's own probes in the same styles, that got another question's answer or a refusal.

- "What did <an actor> study?", "why didn't the artist <an actor> study acting?": a verb asked of the person, which
  their card ("who they are") does not answer, however the classifier guessed.
- "american embassy nairobi": talk ("No", "Bye!") that no word of the message supports is another subject's search.
- "What does <a word> mean in music?": the field of a definition is no credit asked.
- "When did <a> begin his artistic career?", "<a>'s first screen appearance": the debut, however the career is
  qualified.
- "What is <X>'s most famous work?": the works, never who X is.
- "<an actor> <the film's title>", typed as a search: who they are in this film, never their other works.
- "What did <one of ours> do with <someone else>?": "I don't know", never the refusal.
- "When was <the film> shown in <a country>?": the release, everywhere at once.

Each test names the general rule; phrasings are mine or adapted from those datasets, names come from the store.
"""

from __future__ import annotations

import pytest
from rasa.shared.nlu.training_data.message import Message

from actions.people import ActionOtherWork
from bot.nlu_frame import QuestionReader
from bot.scope import OTHER_SUBJECT
from bot.understanding import clauses, people_reading, person_asked, polar_form
from bot.understanding.coverage import Span
from bot.understanding.intent_evidence import default_evidence
from bot.understanding.lexicon import default_lexicon, tokens
from tests.reading_helpers import name, reading, run, tags, values


def _lead(store) -> str:
    return store.people[store.cast[0].actor].name


def _title(store) -> str:
    return store.film["title"].value


def _debuted(store) -> str:
    """A person whose works include their debut, as the store marks it."""
    return next(
        person.name
        for person in store.people.values()
        if any("debut" in (work.detail or "") and work.medium != "book" for work in person.known_for)
    )


def _decided(store, text: str, intent: str, entities: list[dict], other: str | None = None) -> Message:
    ranked = [{"name": intent, "confidence": 0.6}, {"name": "ask_plot", "confidence": 0.05}]
    message = Message(data={"text": text, "intent": ranked[0], "intent_ranking": ranked})
    message.set("entities", entities)
    if other is not None:
        message.set(OTHER_SUBJECT, other)
    QuestionReader(store, default_lexicon()).process([message])
    return message


# --- a verb asked of a person ---


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("what did <a> study", "study"),
        ("why didn't the artist <a> study acting", "study acting"),
        ("in which film did <a> cry", "cry"),
        ("what field did <a> specialise in after school", "specialise in after school"),
    ],
)
def test_the_verb_asked_of_the_subject_is_found(text, verb):
    words = tokens(text.replace("<a>", "ann lee"))
    at = words.index("ann")
    found = person_asked.verb_asked_of_the_subject(words, Span(at, at + 2), [], [Span(at, at + 2)])
    assert found is not None
    assert " ".join(words[found.start : found.end]) == verb


@pytest.mark.parametrize(
    "text",
    [
        "what did <a> play",
        "what does <a> do",
        "who did <a> marry",
        "what did <a> say",
        "what is <a> like",
        "did <a> cry",
        "how many times did <a> run",
    ],
)
def test_verbs_of_who_someone_is_and_other_questions_are_not_verbs_asked(text):
    words = tokens(text.replace("<a>", "ann lee"))
    at = words.index("ann")
    assert person_asked.verb_asked_of_the_subject(words, Span(at, at + 2), [], [Span(at, at + 2)]) is None


@pytest.mark.parametrize(
    ("template", "intent"),
    [
        ("What did the artist {a} study? And where?", "nlu_fallback"),
        ("What did {a} study?", "ask_person"),
        ("Why didn't the artist {a} study acting?", "no_spoilers"),
    ],
)
def test_a_verb_asked_of_a_person_is_not_their_card(store, template, intent):
    actor = _lead(store)
    text = template.format(a=actor)
    result = reading(store, text, intent, [name(text, actor, "person")])
    assert result.intent == "ask_fact"
    assert values(result, "attribute") == ["asked_of_person"]


def test_what_a_person_played_is_still_read_as_before(store):
    actor = _lead(store)
    text = f"What did {actor} play?"
    assert "asked_of_person" not in values(
        reading(store, text, "ask_person", [name(text, actor, "person")]), "attribute"
    )


# --- talk no word supports ---


@pytest.mark.parametrize(
    ("intent", "text"), [("deny", "american embassy nairobi"), ("goodbye", "niagara falls origin lake")]
)
def test_talk_no_word_supports_beside_unseen_words_is_unexplained(intent, text):
    assert default_evidence().talk_unexplained(intent, tokens(text))


@pytest.mark.parametrize(
    ("intent", "text"),
    [("deny", "no thanks mate"), ("goodbye", "bye bye see ya later alligator"), ("thanks", "cheers from nairobi")],
)
def test_talk_with_its_own_words_is_explained(intent, text):
    assert not default_evidence().talk_unexplained(intent, tokens(text))


def test_a_search_taken_for_talk_is_refused(store):
    assert _decided(store, "american embassy nairobi", "deny", []).get("intent")["name"] == "out_of_scope"


# --- a definition in a field ---


def test_the_field_of_a_definition_is_no_credit_asked(store):
    result = reading(store, "What does pitch mean in music ?", "ask_crew")
    assert result.intent == "ask_fact"
    assert values(result, "attribute") == ["meaning"]


# --- a career's start ---


@pytest.mark.parametrize(
    "text",
    [
        "when did ann begin his artistic career",
        "how did her acting career start",
        "what was ann's first artistic appearance",
        "when did ann's professional career kick off",
    ],
)
def test_a_careers_start_is_the_debut(text):
    assert [h.key for h in clauses.career_started(tokens(text), []) if h.kind == "attribute"] == ["debut"]


@pytest.mark.parametrize(
    "text", ["what did ann do before his career started", "has ann's career started to decline", "how is her career"]
)
def test_other_times_of_a_career_are_no_debut(text):
    assert clauses.career_started(tokens(text), []) == []


def test_a_careers_start_is_answered_from_the_debut(store):
    person = _debuted(store)
    text = f"When did the artist {person} begin his artistic career?"
    result = reading(store, text, "ask_person", [name(text, person, "person")])
    assert values(result, "attribute") == ["debut"]


# --- a person's works and this film ---


def test_a_most_famous_work_is_the_works(store):
    actor = _lead(store)
    text = f"What is {actor}'s most famous work?"
    assert reading(store, text, "ask_person", [name(text, actor, "person")]).intent == "ask_other_work"


def test_known_for_alone_stays_who_someone_is(store):
    actor = _lead(store)
    text = f"What is {actor} known for?"
    assert reading(store, text, "ask_person", [name(text, actor, "person")]).intent in (None, "ask_person")


def test_a_person_and_this_films_title_is_who_they_are_in_it(store):
    actor = _lead(store).lower()
    text = f"{actor} {_title(store).lower()}"
    assert reading(store, text, "ask_other_work", [name(text, actor, "person")]).intent == "ask_person"


def test_a_person_and_a_work_noun_is_still_their_works(store):
    actor = _lead(store).lower()
    text = f"{actor} movie"
    assert reading(store, text, "ask_other_work", [name(text, actor, "person")]).intent != "ask_person"


# --- one of ours beside someone else ---


def test_one_of_ours_beside_another_person_is_not_refused(store):
    actor = _lead(store)
    text = f"What is the last stage work that {actor} did with Ann Example?"
    entities = [name(text, actor, "person"), name(text, "Ann Example", "person")]
    message = _decided(store, text, "out_of_scope", entities, other="ann example")
    assert message.get("intent")["name"] == "ask_fact"
    assert message.get(OTHER_SUBJECT) is None


def test_another_person_alone_is_still_another_subject(store):
    text = "Who is Ann Example?"
    message = _decided(store, text, "out_of_scope", [name(text, "Ann Example", "person")], other="ann example")
    assert message.get("intent")["name"] == "out_of_scope"


# --- the release, wherever it was shown ---


def test_when_the_film_was_shown_is_its_release(store):
    text = f"when was {_title(store).lower()} shown in japan"
    hits = default_lexicon().find(tokens(text), ("attribute", "film"))
    assert "release_date" in [h.key for h in clauses.film_about(tokens(text), hits) if h.kind == "attribute"]


@pytest.mark.parametrize("country", ["the United States", "the United Kingdom"])
def test_a_country_beside_the_release_is_no_unknown_word(store, country):
    text = f"When was it released in {country}?"
    result = reading(store, text, "ask_release_date")
    assert result.intent in (None, "ask_release_date")
    assert "asked_of_person" not in tags(result).values()


def test_a_showing_at_a_venue_is_no_release(store):
    text = f"what time is {_title(store).lower()} showing at the movie house"
    hits = default_lexicon().find(tokens(text), ("attribute", "film"))
    assert "release_date" not in [h.key for h in clauses.film_about(tokens(text), hits) if h.kind == "attribute"]


# --- a performer opposite someone ---


def test_the_performer_opposite_someone_is_a_co_star(store):
    actor = _lead(store)
    text = f"Who is the actress opposite whom {actor} played the lead in 2024?"
    words = tokens(text)
    assert people_reading.co_stars(words, [name(text, actor, "person")], store, yes_no=False)


def test_opposite_without_a_performer_is_no_co_star(store):
    character = store.characters[store.cast[1].character].name.split()[0]
    text = f"who sits opposite {character} in class?"
    assert not people_reading.co_stars(tokens(text), [name(text, character, "character")], store, yes_no=False)


# --- a kind of work none of theirs is ---


def test_albums_of_someone_the_store_lists_only_singles_of_are_not_known(store, domain):
    """ "<a band>'s albums": the store gives their works as another kind (music, not album): none is listed as one."""
    band = next(p for p in store.people.values() if p.known_for and all(w.medium == "music" for w in p.known_for))
    text = f"{band.name} albums"
    said, _, _ = run(ActionOtherWork(), domain, text, [name(text, band.name, "person")], intent="ask_other_work")
    assert said[0] == "utter_no_works_of_that_kind"
    assert "utter_other_work" not in said
    text = f"{band.name} songs"
    said, _, _ = run(ActionOtherWork(), domain, text, [name(text, band.name, "person")], intent="ask_other_work")
    assert said[0] in ("utter_other_work", "utter_other_work_cut")


# --- a search whose last noun no example has ---


def _crew_search(store, text: str, role: str) -> Message:
    ranked = [{"name": "ask_crew", "confidence": 0.9}, {"name": "ask_plot", "confidence": 0.05}]
    message = Message(data={"text": text, "intent": ranked[0], "intent_ranking": ranked})
    message.set("entities", [name(text, role, "crew_role")])
    QuestionReader(store, default_lexicon()).process([message])
    return message


def test_a_search_for_a_credits_unknown_thing_is_not_the_credit(store):
    assert _crew_search(store, "composer museum", "composer").get("intent")["name"] == "ask_fact"


@pytest.mark.parametrize("text", ["composer?", "who is the composer museum", "the composer"])
def test_a_credit_asked_or_last_stays_the_credit(store, text):
    assert _crew_search(store, text, "composer").get("intent")["name"] == "ask_crew"


# --- a possessive name as the subject of a yes/no question ---


def test_a_possessive_name_and_its_noun_are_the_subject_said_back():
    text = "Has Ann Lee's career started to decline?"
    found = polar_form.polar_question(text, default_lexicon().yes_no_openers, ("ann lee",))
    assert found is not None
    assert found.statement == "Ann Lee's career has started to decline"


def test_a_possessive_name_owns_a_whole_title_after_it():
    text = "Was Ann Lee's Red Kite the first film featuring Bo?"
    found = polar_form.polar_question(text, default_lexicon().yes_no_openers, ("ann lee", "red kite"))
    assert found is not None
    assert found.statement == "Ann Lee's Red Kite was the first film featuring Bo"


# --- a venue's opening ---


@pytest.mark.parametrize("text", ["What year did the 1st cinema open ?", "when was the theater built?"])
def test_a_venues_opening_is_another_subject(store, text):
    assert reading(store, text, "ask_release_date").intent == "out_of_scope"


@pytest.mark.parametrize("text", ["when did it open in cinemas?", "did the movie open in theaters?"])
def test_the_film_opening_in_cinemas_is_still_ours(text):
    words = tokens(text)
    assert not clauses.venue_opened(words, default_lexicon().find(words, ("film",)))


@pytest.mark.parametrize(("text", "intent"), [("thanks a million", "thanks"), ("ill see you around", "goodbye")])
def test_talk_ending_on_an_unseen_word_stays_talk(store, text, intent):
    assert _decided(store, text, intent, []).get("intent")["name"] == intent


def test_a_plural_of_a_word_examples_have_is_no_unknown_head(store):
    text = f"{_title(store).lower()} cast names"
    assert _decided(store, text, "ask_cast", []).get("intent")["name"] == "ask_cast"


def test_a_search_of_nothing_of_ours_with_an_unknown_head_is_refused(store):
    assert _decided(store, "List those instruments", "ask_cast", []).get("intent")["name"] == "out_of_scope"


# --- a person and a kind of work, typed as a search ---


@pytest.mark.parametrize("kind", ["tv series", "movies", "albums"])
def test_a_person_and_a_kind_of_work_is_their_works(store, kind):
    actor = _lead(store).lower()
    text = f"{actor} {kind}"
    assert reading(store, text, "ask_person", [name(text, actor, "person")]).intent == "ask_other_work"


def test_a_person_a_kind_and_another_word_is_left_to_the_other_rules(store):
    actor = _lead(store).lower()
    text = f"{actor} tv series ratings"
    result = reading(store, text, "ask_person", [name(text, actor, "person")])
    assert "a person and a kind of work, nothing else asked" not in result.why
