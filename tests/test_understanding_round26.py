"""Round 26: what people say in the words of a question without asking one, and follow-ups the last answer explains.

Each test names the general rule; phrasings are mine or the opened round-26 check's, names come from the store.
"""

from __future__ import annotations

import pytest
from rasa.shared.nlu.training_data.message import Message

from actions.ages import film_time_asked
from actions.other_work_referent import other_work_pointed_at
from actions.people import ActionOtherWork, ActionWhoPlays
from actions.topics import ActionFact
from bot.nlu_frame import QuestionReader
from bot.understanding import ellipsis, film_talk, people_reading, polar_form
from bot.understanding.lexicon import default_lexicon, tokens
from tests.conftest import tracker
from tests.reading_helpers import name, reading, tags, values


def default_openers() -> frozenset[str]:
    return frozenset(default_lexicon().yes_no_openers)


@pytest.mark.parametrize("text", ["have a nice day", "have a great day!", "have fun", "Have a good one."])
def test_a_wish_in_the_words_of_a_yes_no_is_no_question(store, text):
    assert polar_form.polar_question(text, default_openers()) is None
    assert reading(store, text, "goodbye").entities == []


@pytest.mark.parametrize(
    "text", ["have they made a sequel?", "have a lot of people seen it?", "have any critics reviewed it?"]
)
def test_have_with_a_question_mark_still_asks(text):
    assert polar_form.polar_question(text, default_openers()) is not None


def test_a_quantity_of_something_is_the_whole_subject():
    form = polar_form.polar_question("have a lot of people seen it?", default_openers())
    assert form is not None and form.statement == "a lot of people have seen it"


# --- the name of the film, after an unknown work --------------------------------------------------------------------


@pytest.mark.parametrize("text", ["what's the name of the film?", "what is the name of this movie"])
def test_the_name_of_the_film_is_its_title(store, text):
    assert reading(store, text, "nlu_fallback").intent == "ask_title"


def _after_unknown_debut(text: str, intent: str) -> list[dict]:
    return [
        {
            "event": "user",
            "text": "what was her debut?",
            "parse_data": {"entities": [{"entity": "attribute", "value": "debut"}]},
        },
        {"event": "action", "name": "action_fact"},
        {"event": "bot", "metadata": {"utter_action": "utter_dont_know_subject_attribute"}},
        {"event": "user", "text": text, "parse_data": {"intent": {"name": intent}}},
    ]


def test_the_name_of_the_movie_right_after_an_unknown_debut_is_that_works(store):
    text = "what's the name of the movie?"
    asked = tracker(text=text, intent="ask_title", events=_after_unknown_debut(text, "ask_title"))
    assert other_work_pointed_at(asked) == "one"


def test_another_question_of_the_movie_after_an_unknown_debut_is_this_films(store):
    text = "who directed the movie?"
    asked = tracker(text=text, intent="ask_director", events=_after_unknown_debut(text, "ask_director"))
    assert other_work_pointed_at(asked) is None


# --- who is he? -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["who is he", "who's she again?", "who was he?", "whos he"])
def test_who_is_a_bare_pronoun_describes_whom_it_points_at(store, text):
    assert reading(store, text, "nlu_fallback").intent == "ask_person"


@pytest.mark.parametrize("text", ["who is he in the movie", "who are they", "who is he married to"])
def test_who_is_a_pronoun_with_more_asked_is_not_the_bare_description(text):
    assert not people_reading.who_is_pronoun(tokens(text))


# --- a performer asked by the part -----------------------------------------------------------------------------------


def test_the_name_of_the_one_who_plays_a_part_is_who_plays_it(store):
    character = store.characters[store.cast[0].character]
    first = character.name.split()[0]
    text = f"what is the name of the guy who plays {first} on {store.title}"
    result = reading(store, text, "ask_title", [name(text, first, "character")])
    assert result.intent == "ask_who_plays"


def test_a_remark_on_the_one_who_plays_a_part_stays_a_remark(store):
    character = store.characters[store.cast[1].character]
    first = character.name.split()[0]
    text = f"the girl who plays {first} was so good in it"
    assert reading(store, text, "ask_plot", [name(text, first, "character")]).intent != "ask_who_plays"


# --- real people's deaths -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text", ["what {title} actor died recently", "did any of the actors die", "which cast member passed away"]
)
def test_a_death_among_the_films_people_is_not_held_and_no_spoiler(store, text):
    result = reading(store, text.format(title=store.title), "ask_ending")
    assert result.intent == "ask_fact"
    assert values(result, "attribute") == ["death"]


def test_a_persons_death_is_not_held(store):
    person = store.people[store.cast[0].actor]
    text = f"has {person.name} passed away"
    result = reading(store, text, "ask_ending", [name(text, person.name, "person")])
    assert values(result, "attribute") == ["death"]


@pytest.mark.parametrize("text", ["does {first} pass away", "does {first} die in the end"])
def test_a_characters_death_is_the_ending(store, text):
    first = store.characters[store.cast[0].character].name.split()[0]
    said = text.format(first=first)
    assert reading(store, said, "ask_ending", [name(said, first, "character")]).intent in (None, "ask_ending")


def test_a_death_asked_of_the_film_names_its_people(turn):
    said = turn(ActionFact(), text="did any of the actors die", entities={"attribute": "death"})
    assert said.responses == ["utter_dont_know_about"]
    assert said.values("utter_dont_know_about")["topic_label"] == default_lexicon().attributes["death"].film_label


# --- records of a whole trade, works in general ----------------------------------------------------------------------


@pytest.mark.parametrize("text", ["who is the oldest film director", "who is the most famous director"])
def test_a_superlative_over_a_credit_of_one_is_a_record_of_the_trade(store, text):
    result = reading(store, text, "ask_director", [name(text, "director", "crew_role")])
    assert result.intent == "out_of_scope"


@pytest.mark.parametrize("text", ["who is the director", "who is the oldest director of this film"])
def test_the_films_own_credit_is_still_its_own(store, text):
    assert reading(store, text, "ask_director", [name(text, "director", "crew_role")]).intent != "out_of_scope"


@pytest.mark.parametrize("text", ["most banned books reasons", "what tv shows are cancelled"])
def test_ranked_or_picked_works_of_a_kind_are_works_in_general(store, text):
    assert film_talk.films_in_general(tokens(text), default_lexicon().find(tokens(text), ("attribute",)), store)


@pytest.mark.parametrize(
    "text", ["are there books", "books?", "what books are in the series", "how many books are there"]
)
def test_books_asked_of_ours_are_the_novels(store, text):
    assert reading(store, text, "ask_novel").intent != "out_of_scope"


# --- the parts, the network, the band ---------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["who plays its characters", "who played the roles in it?"])
def test_every_part_asked_is_the_cast(turn, text):
    assert turn(ActionWhoPlays(), text=text).responses == ["utter_cast_cut"]


def test_a_part_owned_by_the_characters_is_not_the_cast(turn):
    assert turn(ActionWhoPlays(), text="who plays the characters' parents").responses != ["utter_cast_cut"]


def test_the_main_characters_are_the_leads_not_an_unknown_role(store):
    assert reading(store, "who plays the main characters", "ask_who_plays").intent != "ask_fact"


@pytest.mark.parametrize("text", ["what network is it on", "which network aired it", "what tv station is it on"])
def test_a_streaming_films_network_is_where_to_watch_it(store, text):
    ranked = [{"name": "ask_where_to_watch", "confidence": 0.65}, {"name": "ask_genre", "confidence": 0.07}]
    message = Message(data={"text": text, "intent": ranked[0], "intent_ranking": ranked})
    message.set("entities", [])
    QuestionReader(store, default_lexicon()).process([message])
    assert message.get("intent")["name"] == "ask_where_to_watch"


def test_a_persons_channel_is_not_held(store):
    person = store.people[store.cast[0].actor]
    text = f"is {person.name} on a tv channel"
    result = reading(store, text, "ask_where_to_watch", [name(text, person.name, "person")])
    assert result.intent != "ask_where_to_watch"


@pytest.mark.parametrize("ranking", [[("nlu_fallback", 0.45)], [("out_of_scope", 0.96), ("deny", 0.03)]])
def test_a_wh_question_of_a_credited_title_asks_of_its_credit(store, ranking):
    from bot.nlu_frame import titles_of_our_credits

    song = next(
        (t for t in ("wakamono no subete", "若者のすべて") if titles_of_our_credits(f"who made {t}", store)), None
    )
    assert song is not None
    ranked = [{"name": intent, "confidence": confidence} for intent, confidence in ranking]
    message = Message(data={"text": f"what band sings {song}", "intent": ranked[0], "intent_ranking": ranked})
    message.set("entities", [])
    QuestionReader(store, default_lexicon()).process([message])
    assert message.get("intent")["name"] == "ask_crew"


# --- two people's works -----------------------------------------------------------------------------------------------


def _two(store):
    first, second = (store.people[c.actor] for c in store.cast[:2])
    return first, second


def test_works_together_elsewhere_asks_both_peoples_works(store):
    a, b = _two(store)
    text = f"have {a.name} and {b.name} been in other films together?"
    result = reading(store, text, "ask_person", [name(text, a.name, "person"), name(text, b.name, "person")])
    assert result.intent == "ask_other_work"
    assert tags(result).get("works_attribute") == "together"
    assert "claim" not in tags(result)


def test_together_in_a_movie_is_still_this_film(store):
    a, b = _two(store)
    text = f"have {a.name} and {b.name} starred in a movie together?"
    result = reading(store, text, "ask_other_work", [name(text, a.name, "person"), name(text, b.name, "person")])
    assert "works_attribute" not in tags(result)


def _shared_pair(store):
    people = list(store.people.values())
    for i, a in enumerate(people):
        for b in people[i + 1 :]:
            if {w.title for w in a.known_for} & {w.title for w in b.known_for}:
                return a, b
    return None


def test_works_together_are_those_both_lists_hold(store, turn):
    pair = _shared_pair(store)
    assert pair is not None
    a, b = pair
    pair_entities = [("person", a.name), ("person", b.name), ("works_attribute", "together")]
    said = turn(ActionOtherWork(), text="did they work together before?", entities=pair_entities)
    assert said.responses == ["utter_claim_yes", "utter_works_together"]
    shared = {w.title for w in a.known_for} & {w.title for w in b.known_for}
    assert all(title in said.values("utter_works_together")["works"] for title in shared)


def test_no_work_together_listed_is_said_without_a_no(store, turn):
    a, b = _two(store)
    pair_entities = [("person", a.name), ("person", b.name), ("works_attribute", "together")]
    said = turn(ActionOtherWork(), text="have they been in other films together?", entities=pair_entities)
    assert said.responses == ["utter_dont_know_works_together"]


def test_each_persons_works_when_two_are_asked(store, turn):
    a, b = _two(store)
    said = turn(
        ActionOtherWork(), text="what movies have they been in", entities=[("person", a.name), ("person", b.name)]
    )
    named = [
        m.get("person_name") for m in said.dispatcher.messages if m.get("response", "").startswith("utter_other_work")
    ]
    assert named == [a.name, b.name]


def test_tv_shows_of_two_people_are_their_works(store):
    a, b = _two(store)
    text = f"what tv shows did {a.name} and {b.name} play in"
    result = reading(store, text, "ask_person", [name(text, a.name, "person"), name(text, b.name, "person")])
    assert result.intent == "ask_other_work"


@pytest.mark.parametrize("text", ["how old is he when he made it", "how old is she when they filmed the movie"])
def test_when_with_a_past_verb_asks_the_age_then(text):
    assert film_time_asked(text)


@pytest.mark.parametrize("text", ["how old is he", "how old is she now"])
def test_an_age_with_no_time_is_todays(text):
    assert not film_time_asked(text)


# --- more of the same -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text", ["anything else?", "any more?", "anything besides those?", "what else?", "is there anything else"]
)
def test_more_of_the_same_is_read_as_a_follow_up(store, text):
    assert reading(store, text, "nlu_fallback").intent == "ask_other_work"


@pytest.mark.parametrize(
    "text", ["what else has she been in", "anything else about the ending?", "is there more to the story"]
)
def test_more_with_something_asked_is_not_the_bare_follow_up(text):
    assert not ellipsis.more_of_the_same(tokens(text))


def _after(response: str, text: str, shown: str = "") -> list[dict]:
    return [
        {"event": "user", "text": "earlier question"},
        {"event": "bot", "text": shown, "metadata": {"utter_action": response}},
        {"event": "user", "text": text},
    ]


@pytest.mark.parametrize("previous", ["utter_premise", "utter_where_to_watch", "utter_release_date"])
def test_anything_else_after_a_fact_of_the_film_is_never_someones_works(store, turn, previous):
    lead = store.cast[0].actor
    said = turn(
        ActionOtherWork(), text="anything else?", slots={"person": lead}, events=_after(previous, "anything else?")
    )
    assert said.responses == ["utter_help"]


def test_any_more_after_part_of_the_cast_is_the_rest_of_it(turn):
    said = turn(ActionOtherWork(), text="any more?", events=_after("utter_cast_cut", "any more?"))
    assert said.responses[0] == "utter_cast_others"


def test_any_more_after_works_gives_those_not_yet_named(store, turn):
    person = max(store.people.values(), key=lambda p: len(p.known_for))
    first, *others = person.known_for
    events = _after("utter_other_work", "any more?", shown=f"{person.name} is known for {first.title}.")
    said = turn(ActionOtherWork(), text="any more?", slots={"person": person.id}, events=events)
    assert said.responses == ["utter_other_work_more"]
    works = said.values("utter_other_work_more")["works"]
    assert first.title not in works and all(w.title in works for w in others)


def test_any_more_after_every_work_was_named_says_so(store, turn):
    person = max(store.people.values(), key=lambda p: len(p.known_for))
    shown = " ".join(w.title for w in person.known_for)
    events = _after("utter_other_work", "any more?", shown=shown)
    said = turn(ActionOtherWork(), text="any more?", slots={"person": person.id}, events=events)
    assert said.responses == ["utter_no_more_works"]


def test_what_else_after_a_credit_is_that_persons_works(store, turn):
    director = store.crew["director"].people[0]
    events = _after("utter_crew_director", "what else?")
    said = turn(ActionOtherWork(), text="what else?", slots={"person": director}, events=events)
    assert said.responses[0].startswith("utter_other_work")


@pytest.mark.parametrize("text", ["what age is the book for", "how old do you have to be to read the book"])
def test_an_age_asked_of_the_book_is_not_the_films_rating(store, text):
    assert reading(store, text, "ask_rating").intent != "ask_rating"


@pytest.mark.parametrize("text", ["what age is the movie for", "how old do you have to be to watch it"])
def test_an_age_asked_of_the_film_is_its_rating(store, text):
    assert reading(store, text, "ask_rating").intent in (None, "ask_rating")


def test_a_superlative_before_a_credited_work_is_no_record_of_a_trade(store):
    text = "who wrote and performed the popular song"
    assert reading(store, text, "ask_crew", [name(text, "song", "crew_role")]).intent != "out_of_scope"
    text = "where was the first theme song concert held"
    assert reading(store, text, "ask_crew", [name(text, "theme song", "crew_role")]).intent != "out_of_scope"


def test_what_of_a_credited_title_is_not_always_its_card(store):
    from bot.nlu_frame import titles_of_our_credits

    song = next(t for t in ("wakamono no subete", "若者のすべて") if titles_of_our_credits(f"who made {t}", store))
    ranked = [{"name": "nlu_fallback", "confidence": 0.45}]
    message = Message(
        data={"text": f"what are the words to the chorus for {song}", "intent": ranked[0], "intent_ranking": ranked}
    )
    message.set("entities", [])
    QuestionReader(store, default_lexicon()).process([message])
    assert message.get("intent")["name"] != "ask_crew"
