"""Round 29: what a musician's record, a work's subject, a ranking and a film's bare name ask.

- "what was <a singer>'s first song / best-selling album?", "who was <a band>'s first drummer?": a musician's record
  the store does not hold (vocabulary `music_career`), never the theme song's card nor the novel's sales.
- "what novel did <X> write about a dog?": what someone's works are about is a condition the store cannot check
  (works_condition.TOPIC_KEY), never the unfiltered list.
- "<X>'s books that they wrote": the owner's own deed names the works; it asks no writer of them.
- "what theme song won the most oscars?": a ranking of every work by awards, out of scope.
- "when was the first <title> movie?": the film named with nothing asked of it but "when" is its release.
- "when is the fifth movie in the <title> saga coming out?": a later instalment, not this film's premiere.
- "what was the last year that <X> played for <Y>?": "that" after a time opens a relative clause; it points at
  nothing of the film, so the unknown subject after "for" is another subject's.

Each test names the general rule; phrasings are mine, names come from the store or are invented.
"""

from __future__ import annotations

import pytest

from actions.people import ActionOtherWork
from actions.topics import ActionFact
from bot.scope import Vocabulary, points_at_film, unknown_subject
from bot.understanding import (
    award_named,
    coverage,
    film_talk,
    people_reading,
    proper_names,
    wh_kind,
    works_condition,
    works_of_people,
)
from bot.understanding.lexicon import default_lexicon
from bot.understanding.proper_names import someone_elses_full_name
from bot.understanding.reading import _Words, asks_of_sources
from tests.reading_helpers import name, reading, run, tags, values
from tests.reading_helpers import refused as _refused


def _singer(store) -> str:
    return store.people[store.crew["theme_song"].people[0]].name


def _author(store) -> str:
    return store.people[str(store.novel["author"].value)].name


# --- a musician's record ---


@pytest.mark.parametrize(
    ("asked", "intent"),
    [
        ("what was {x}'s best selling album?", "ask_novel"),
        ("what is {x} first album?", "ask_person"),
        ("when did {x} release her first song?", "ask_crew"),
        ("what was {x}'s biggest hit?", "ask_person"),
        ("who was the original drummer of {x}?", "ask_person"),
    ],
)
def test_a_musicians_record_is_not_held(store, domain, asked, intent):
    singer = _singer(store)
    text = asked.format(x=singer)
    entities = [name(text, singer, "person")]
    result = reading(store, text, intent, entities)
    assert result.intent == "ask_fact"
    assert values(result, "attribute") == ["music_career"]
    said, _, _ = run(ActionFact(), domain, text, [*entities, *result.entities])
    assert said == ["utter_dont_know_subject_attribute"]


def test_the_theme_songs_own_singer_is_still_its_card(store):
    text = "who sings the theme song?"
    result = reading(store, text, "ask_crew")
    assert result.intent == "ask_crew" and "music_career" not in values(result, "attribute")


def test_the_novels_sales_are_still_the_novels(store):
    result = reading(store, "how many copies has the book sold?", "ask_novel")
    assert result.intent == "ask_novel"
    assert values(result, "attribute") != ["music_career"]


# --- what someone's works are about ---


@pytest.mark.parametrize(
    "asked",
    [
        "what novel did {x} write about a dog?",
        "what novels has {x} written about dogs?",
        "which book of {x} is about baseball?",
    ],
)
def test_what_someones_works_are_about_is_not_held(store, domain, asked):
    author = _author(store)
    text = asked.format(x=author)
    entities = [name(text, author, "person")]
    result = reading(store, text, "ask_other_work", entities)
    assert result.intent == "ask_other_work"
    assert tags(result).get("works_attribute") == works_condition.TOPIC_KEY
    said, _, _ = run(ActionOtherWork(), domain, text, [*entities, *result.entities], intent="ask_other_work")
    assert said == ["utter_dont_know_works_attribute"]


@pytest.mark.parametrize(
    "text",
    [
        "what is the novel about",  # this film's novel, its story: no works of anyone's, nothing after "about"
        "what are her movies about",  # nothing after "about": the plots, another rule's
        "tell me about her movies",  # "about" before the works
    ],
)
def test_about_with_no_subject_after_the_works_is_no_condition(text):
    assert works_condition._topic_condition(text.split()) is None


def test_the_owners_own_deed_names_the_works_and_asks_nothing(store):
    author = _author(store)
    text = f"what were the names of {author}'s books that they wrote?"
    entities = [name(text, author, "person")]
    result = reading(store, text, "ask_novel", entities)
    assert result.intent == "ask_other_work"
    assert "works_attribute" not in tags(result)
    words = "books that they wrote".split()
    assert works_of_people.own_deed_words(words) == {1, 2, 3}
    assert works_of_people.own_deed_words("books that were written by him".split()) == set()


# --- a ranking by awards ---


@pytest.mark.parametrize(
    "text", ["what theme song won the most oscars?", "which movie has the most awards", "who won the most grammys"]
)
def test_a_ranking_of_all_works_by_awards_is_out_of_scope(store, text):
    assert award_named.ranks_by_awards(text.rstrip("?").split())
    assert reading(store, text, "ask_crew").intent == "out_of_scope"


@pytest.mark.parametrize("text", ["did it win any oscars?", "which of its actors has the most awards?"])
def test_awards_of_this_film_are_no_ranking_of_all_works(store, text):
    assert reading(store, text, "ask_fact").intent != "out_of_scope"


# --- the film named, and its later instalments ---


@pytest.mark.parametrize("template", ["when was the first {t} movie?", "when was {t}?", "when is the {t} movie"])
def test_when_the_film_named_was_is_its_release(store, template):
    text = template.format(t=store.title.lower())
    assert reading(store, text, "nlu_fallback").intent == "ask_release_date"


def test_when_with_more_asked_of_the_film_is_not_its_release(store):
    text = f"when was {store.title.lower()} filmed?"
    assert reading(store, text, "nlu_fallback").intent != "ask_release_date"


@pytest.mark.parametrize("ordinal", ["third", "fifth", "3rd"])
def test_a_later_instalment_by_its_number_is_a_sequel(store, ordinal):
    text = f"when is the {ordinal} movie in the {store.title.lower()} saga coming out?"
    result = reading(store, text, "ask_release_date")
    assert result.intent == "ask_fact"
    assert values(result, "topic") == ["sequel"]


# --- "that" after a time ---


def test_that_after_a_time_opens_a_relative_clause():
    assert not points_at_film("what was the last year that someone played for a team".split())
    assert points_at_film("what year was that".split())
    assert points_at_film("was that good".split())


# --- a refusal of a message that names this film ---


@pytest.mark.parametrize(
    "template",
    [
        "what scene from {t} gives you second hand embarrassment?",
        "what has been the most breathtaking performance in it?",
        "if you could change one scene in it, what would it be?",
    ],
)
def test_a_refused_question_that_names_this_film_is_not_known_not_refused(store, template):
    message = _refused(store, template.format(t=store.title.lower()))
    assert message.get("intent")["name"] == "ask_fact"


@pytest.mark.parametrize(
    "text", ["is it raining in the city?", "what is it like to be a pilot?", "what is the capital"]
)
def test_a_mere_it_keeps_the_refusal(store, text):
    assert _refused(store, text).get("intent")["name"] == "out_of_scope"


@pytest.mark.parametrize(
    ("words", "part"),
    [
        ("the best scene in it".split(), True),
        ("any songs at all in it".split(), True),
        ("is it cold in it".split(), False),
    ],
)
def test_a_part_of_it_points_at_this_film(words, part):
    assert film_talk.part_of_it(words) is part


def test_a_long_message_refused_for_sure_keeps_the_refusal_unless_it_names_ours(store):
    chat = (
        "anyone here good at physics? i need help. do you guys know a book where i can study the basics, "
        "beginner and medium level of it"
    )
    assert _refused(store, chat, confidence=0.99).get("intent")["name"] == "out_of_scope"
    named = chat.replace("a book", f"the {store.title.lower()} book")
    assert _refused(store, named, confidence=0.99).get("intent")["name"] != "out_of_scope"


def test_a_one_word_nickname_of_the_film_keeps_the_guard_away():
    vocabulary = Vocabulary(frozenset("what event happens on the first pages of to".split()))
    titles = default_lexicon().film_titles
    nickname = next(t for t in titles if " " not in t and t.isascii())
    text = f"what event happens on the first pages of {nickname} to build tension"
    assert unknown_subject(text, vocabulary, False, titles) is None
    assert unknown_subject(text.replace(nickname, "zorblax"), vocabulary, False, titles) is not None


# --- opinion and doubt words ---


@pytest.mark.parametrize("text", ["has it aged poorly?", "does it hold up?"])
def test_how_it_has_aged_is_its_popularity_today_not_its_rating(store, text):
    result = reading(store, text, "ask_rating")
    assert result.intent == "ask_fact" and values(result, "attribute") == ["lasting_popularity"]


def test_doubt_words_ask_of_sources_only_in_a_short_message():
    assert asks_of_sources("are you sure about that".split())
    assert asks_of_sources("how do you know that is true".split())
    assert not asks_of_sources("non sad songs in it that make you really sad".split())
    assert asks_of_sources("what is the source for the songs in it that make you sad".split())


def test_a_remark_before_a_yes_no_question_claims_nothing(store):
    result = reading(store, "Best romantic line from it. Do you have any?", "ask_genre")
    assert values(result, "claim") == []
    asked = reading(store, "I love sad films. Is it sad?", "ask_genre")
    assert values(asked, "claim") == ["genre:tearjerker"]


def test_a_real_word_is_no_typo_of_an_attribute_word():
    assert not default_lexicon().find("is it raining in the city".split(), ("attribute",))


@pytest.mark.parametrize(
    "text", ["does kenzo morimura appear in it?", "did kenzo morimura star in it?", "has kenzo morimura been in it?"]
)
def test_a_lower_case_name_before_a_verb_of_being_in_the_film_is_a_name(store, text):
    result = reading(store, text, "ask_ending")
    assert values(result, "person") == ["kenzo morimura"]


def test_a_known_word_before_the_verb_is_no_name(store):
    assert values(reading(store, "does the dog die in it?", "ask_ending"), "person") == []


# --- where someone's other works stream ---


def _performer_with_a_service_note(store) -> tuple[str, str]:
    """A person of the cast with a work whose note calls it a service's series or film, and that service's word."""
    for credit in store.cast:
        person = store.people[credit.actor]
        for work in person.known_for:
            said = (work.detail or "").lower().split()
            for service, noun in zip(said, said[1:], strict=False):
                if service in ("netflix", "hulu") and noun.strip(",;.") in ("series", "film"):
                    return person.name, service
    raise AssertionError("no cast member has a work noted as a service's series or film")


def test_a_service_of_someones_works_is_answered_by_the_notes_that_name_it(store, domain):
    person, service = _performer_with_a_service_note(store)
    text = f"is {person} in any other {service} movies?"
    entities = [name(text, person, "person")]
    result = reading(store, text, "ask_other_work", entities)
    assert tags(result).get("works_attribute") == works_condition.SERVICE_KEY
    said, _, _ = run(ActionOtherWork(), domain, text, [*entities, *result.entities], intent="ask_other_work")
    assert said[0] == "utter_claim_yes" and set(said[1:]) == {"utter_person_work_said"}


@pytest.mark.parametrize("template", ["what else is {x} in on hulu?", "has {x} been in other films on hulu"])
def test_a_service_no_note_names_is_not_known_of_someones_works(store, domain, template):
    person = store.people[store.cast[0].actor].name
    text = template.format(x=person)
    entities = [name(text, person, "person")]
    result = reading(store, text, "ask_other_work", entities)
    assert tags(result).get("works_attribute") == works_condition.SERVICE_KEY
    said, _, _ = run(ActionOtherWork(), domain, text, [*entities, *result.entities], intent="ask_other_work")
    assert said == ["utter_dont_know_works_attribute"]


def test_this_films_own_service_is_no_condition_on_works(store):
    assert works_condition._service_condition("is it on netflix".split()) is None


# --- picks among all films, counts of a person, a group's members ---


@pytest.mark.parametrize("text", ["what's the best japanese romance movie?", "which is the saddest anime film"])
def test_a_wh_question_picking_the_best_of_all_films_is_a_record_of_all(store, text):
    assert film_talk.record_among_all_films(text.rstrip("?").split(), store) is not None


@pytest.mark.parametrize("text", ["what's the best scene in the movie", "is it the best japanese romance movie"])
def test_a_superlative_of_this_films_things_is_no_record_of_all(store, text):
    assert film_talk.record_among_all_films(text.split(), store) is None


def test_a_count_is_given_by_no_persons_card():
    named = wh_kind.kind_asked("how many members does kenzo have".split(), [(wh_kind.Span(4, 5), wh_kind.PERSON)])
    assert named is not None and wh_kind.mismatched(named, "ask_person")
    aged = wh_kind.kind_asked("how old is kenzo".split(), [(wh_kind.Span(3, 4), wh_kind.PERSON)])
    assert aged is not None and not wh_kind.mismatched(aged, "ask_person")


def _a_group(store) -> str:
    for person_id in store.people:
        group = people_reading.group_of(store, person_id)
        if group:
            return " ".join(group)
    raise AssertionError("no person's description names a group")


def test_the_members_of_a_group_are_asked_of_its_member_not_the_cast(store):
    text = f"who are the members of {_a_group(store)}?"
    assert reading(store, text, "ask_cast").intent == "ask_person"
    assert reading(store, "who are the cast members?", "ask_cast").intent in (None, "ask_cast")


# --- what the asker needs to do or be ---


@pytest.mark.parametrize(
    "text", ["do i need to watch anything before this?", "do i have to watch them in order?", "is there a part one?"]
)
def test_earlier_parts_to_watch_first_are_a_series_which_the_film_is_not(store, text):
    result = reading(store, text, "ask_where_to_watch")
    assert [claim.split(":")[0] for claim in values(result, "claim")] == ["series"]


def test_what_the_asker_needs_to_do_is_left_open_not_decided(store):
    result = reading(store, "do i need to read the book first?", "ask_novel")
    claims = values(result, "claim")
    assert len(claims) == 1 and claims[0].startswith("polar_open:")


@pytest.mark.parametrize("text", ["do i have to be 18 to watch it?", "is there an age limit?"])
def test_an_age_the_viewer_must_have_is_the_rating(store, text):
    assert reading(store, text, "ask_where_to_watch").intent == "ask_rating"


def test_a_superlative_of_a_known_word_names_no_other_subject():
    vocabulary = Vocabulary(frozenset("which part of the movie is sad funny".split()))
    titles = default_lexicon().film_titles
    assert unknown_subject("which part of the movie is the saddest", vocabulary, False, titles) is None
    assert unknown_subject("which part of the movie is the funniest", vocabulary, False, titles) is None
    assert unknown_subject("which part of the movie is the zorblaxest", vocabulary, False, titles) is not None


# --- regressions the sweep caught ---


def test_a_title_after_a_possessive_names_the_askers_own_thing(store):
    message = _refused(store, f"would you like to come to my {store.title} party?")
    assert message.get("intent")["name"] == "out_of_scope"


def test_a_long_refused_message_with_film_words_may_be_ours(store):
    text = (
        "2024 saw the release of a Netflix full length film about a boy with a year to live who meets a girl "
        "with six months, and I wonder in which country was it made and by whom?"
    )
    message = _refused(store, text, confidence=0.99)
    assert message.get("intent")["name"] != "out_of_scope"


def test_a_description_of_the_book_after_who_wrote_it_asks_the_author(store):
    text = "who wrote it, a book which was first posted on a web novel site?"
    result = reading(store, text, "ask_novel")
    assert values(result, "attribute") == []


def test_first_hit_the_shelves_is_no_musicians_record(store):
    text = f"what year did the best selling novel {store.title} first hit the shelves?"
    assert "music_career" not in values(reading(store, text, "ask_novel"), "attribute")


# --- a name of ours beside a part of someone else's ---


def _pair(store, index: int) -> tuple[str, str]:
    person = store.people[store.cast[index].actor]
    given, family = person.name.split()
    return given, family


def test_our_given_name_beside_another_family_name_of_ours_is_someone_else(store):
    given, _ = _pair(store, 0)
    _, other_family = _pair(store, 1)
    text = f"Did {given} {other_family} direct it?"
    start = text.index(given)
    span = someone_elses_full_name(text, start, start + len(given), store, frozenset({other_family.lower()}))
    assert span is not None and text[span[0] : span[1]] == f"{given} {other_family}"


@pytest.mark.parametrize("neighbour", ["Kobayami", "kobayami"])
def test_our_given_name_beside_an_unknown_word_is_someone_else(store, neighbour):
    given, _ = _pair(store, 1)
    text = f"who did {given} {neighbour} voice?"
    start = text.index(given)
    span = someone_elses_full_name(text, start, start + len(given), store, frozenset())
    assert span is not None and text[span[0] : span[1]] == f"{given} {neighbour}"


def test_our_own_pair_and_its_typos_stay_ours(store):
    given, family = _pair(store, 1)
    for typed in (family, family[:-2] + family[-1] + family[-2]):
        text = f"is {given} {typed} in it?"
        start = text.index(given)
        assert someone_elses_full_name(text, start, start + len(given), store, frozenset()) is None


def test_a_capitalised_known_word_beside_our_family_name_is_someone_elses_given_name(store):
    _, family = _pair(store, 0)
    text = f"Is Kento {family} in it?"
    start = text.index(family)
    span = someone_elses_full_name(text, start, start + len(family), store, frozenset({"kento"}))
    assert span is not None and text[span[0] : span[1]] == f"Kento {family}"
    title_case = f"Is Kento {family} In It?"
    assert someone_elses_full_name(title_case, start, start + len(family), store, frozenset({"kento"})) is None


def test_a_full_name_is_a_typo_of_ours_word_by_word(store):
    given, family = _pair(store, 0)
    assert store.resolve(f"Kento {family}") == []
    swapped = family[:-2] + family[-1] + family[-2]
    assert [m.id for m in store.resolve(f"{given} {swapped}")][:1] == [store.cast[0].actor]


# --- names of people the store does not hold, however typed ---


@pytest.mark.parametrize(
    ("text", "name_typed"),
    [
        ("who does kenzo morimura play in it", "kenzo morimura"),
        ("kenzo morimura's role in it?", "kenzo morimura's"),
        ("what is Kenzo Morimura's character's name in it?", "Kenzo Morimura's"),
    ],
)
def test_a_full_name_the_store_does_not_hold_is_found_lower_case_or_possessive(store, text, name_typed):
    lexicon = default_lexicon()
    words = _Words.of(text)
    known = coverage.film_vocabulary(store, lexicon)
    found = proper_names.unknown_names(
        text, words.words, words.spans, lambda i: False, known, lexicon.ordinary_names, proper_names.store_names(store)
    )
    assert [n.text for n in found][:1] == [name_typed]


@pytest.mark.parametrize(
    ("text", "names"),
    [("who plays opposite john wayne", []), ("is it worth watching", []), ("does the dog die", [])],
)
def test_english_words_typed_in_lower_case_are_no_name(store, text, names):
    lexicon = default_lexicon()
    words = _Words.of(text)
    found = proper_names.unknown_names(
        text, words.words, words.spans, lambda i: False, frozenset(), lexicon.ordinary_names, frozenset()
    )
    assert [n.text for n in found] == names


@pytest.mark.parametrize("text", ["how old is kenzo in the movie", "does kenzo die in it", "what does kenzo do in it"])
def test_someone_asked_of_in_this_film_is_one_of_its_people(text):
    assert people_reading.asked_in_this_film(text.split())


def test_a_thing_asked_of_in_this_film_is_no_part(store):
    assert not people_reading.asks_a_part("what is the most famous quote in the movie".split())


def test_someone_placed_in_the_movie_is_asked_of_not_the_movie():
    named = [(wh_kind.Span(3, 4), wh_kind.CHARACTER)]
    asked = wh_kind.kind_asked("how old is kenzo in the movie".split(), named)
    assert asked is not None and asked.subject == wh_kind.CHARACTER


def test_a_service_film_said_of_this_film_is_no_condition_on_works():
    assert works_condition._service_condition("what novel by x was adapted into a netflix film".split()) is None
    assert works_condition._service_condition("is she in any other netflix movies".split()) is not None


@pytest.mark.parametrize("opener", ["Does", "Did", "Is"])
def test_the_sentences_first_word_is_no_given_name_of_someone_else(store, opener):
    character = store.characters[store.cast[0].character].name.split()[0]
    text = f"{opener} {character} have a sister?"
    start = text.index(character)
    assert someone_elses_full_name(text, start, start + len(character), store, frozenset()) is None


def test_how_known_someone_is_is_never_a_yes_from_their_credit(store, domain):
    director = store.people[store.crew["director"].people[0]].name.split()[-1]
    text = f"Is {director} a famous director?"
    entities = [name(text, director, "person")]
    result = reading(store, text, "ask_director", entities)
    assert not any(v.startswith("credit") for v in values(result, "claim"))


def test_two_of_our_names_side_by_side_are_no_one_else(store):
    father = next(c for c in store.characters.values() if c.name.split()[0] != c.name and len(c.name.split()) == 2)
    lead = store.characters[store.cast[0].character].name.split()[0]
    text = f"Is {father.name.split()[0]} {lead}'s father?"
    start = text.index(father.name.split()[0])
    assert someone_elses_full_name(text, start, start + len(father.name.split()[0]), store, frozenset()) is None


def test_a_title_and_a_family_name_is_no_given_name(store):
    text = "Doctor Kenzo Morimura takes care of him"
    assert someone_elses_full_name(text, 0, len("Doctor"), store, frozenset()) is None


def test_a_possessive_ends_a_capitalised_name(store):
    lexicon = default_lexicon()
    text = f"When was the final book in {store.title}'s Saga released?"
    words = _Words.of(text)
    known = coverage.film_vocabulary(store, lexicon)
    found = proper_names.unknown_names(
        text, words.words, words.spans, lambda i: False, known, lexicon.ordinary_names, proper_names.store_names(store)
    )
    assert all(store.title.split()[0] not in n.text for n in found)


def test_someone_placed_in_the_novel_is_asked_of_the_novel():
    named = [(wh_kind.Span(3, 4), wh_kind.CHARACTER)]
    asked = wh_kind.kind_asked("how old is kenzo in the novel".split(), named)
    assert asked is not None and asked.subject == wh_kind.NOVEL


def test_a_lower_case_name_of_ours_before_another_of_ours_is_two_people(store):
    first = store.characters[store.cast[2].character].name.split()[0].lower()
    second = store.characters[store.cast[1].character].name.split()[0].lower()
    text = f"is {first} {second}'s friend"
    start = text.index(second)
    assert someone_elses_full_name(text, start, start + len(second), store, frozenset()) is None


def test_a_capitalised_name_of_ours_before_another_of_ours_is_two_people(store):
    first = store.characters[store.cast[2].character].name.split()[0]
    second = store.characters[store.cast[1].character].name.split()[0]
    text = f"is {first} {second}'s friend?"
    start = text.index(second)
    assert someone_elses_full_name(text, start, start + len(second), store, frozenset()) is None
