"""Round 25: follow-ups that point back at a person's other work, and what a question with no one to point at asks.

Each test names the general rule; phrasings are mine or the opened CANARD check's, names come from the store.
"""

from __future__ import annotations

import pytest
from rasa.shared.nlu.training_data.message import Message

from actions.claims import verdict
from actions.crew import ActionDirector
from actions.film_facts import ActionGenre, ActionReleaseDate
from actions.people import ActionCast, ActionCharacter, ActionOtherWork, ActionWhoPlays
from actions.story import ActionPlot
from actions.topics import ActionFact
from bot.nlu_frame import QuestionReader
from bot.understanding import person_asked, polar_form, stated_claims
from bot.understanding.lexicon import default_lexicon, tokens
from bot.understanding.person_asked import ASKED_OF_PERSON
from tests.conftest import tracker
from tests.reading_helpers import name, reading, run, tags, values


def _lead(store) -> str:
    return store.cast[0].actor


def _after(
    response: str, asked: str, question: str = "what was his debut?", attribute: str | None = None
) -> list[dict]:
    """A conversation whose last answer said `response` to `question`, then the message `asked`."""
    entities = [{"entity": "attribute", "value": attribute}] if attribute else []
    return [
        {"event": "user", "text": question, "parse_data": {"entities": entities}},
        {"event": "action", "name": "action_fact"},
        {"event": "bot", "metadata": {"utter_action": response}},
        {"event": "user", "text": asked},
    ]


@pytest.mark.parametrize(
    ("action", "text"),
    [
        (ActionPlot(), "what was it about?"),
        (ActionReleaseDate(), "when did that come out?"),
        (ActionReleaseDate(), "what year was that?"),
        (ActionCast(), "who else was in it?"),
        (ActionDirector(), "who directed that one?"),
        (ActionFact(), "did it do well?"),
    ],
)
@pytest.mark.parametrize("previous", ["utter_person_work_note", "utter_person_work_said", "utter_earliest_work"])
def test_a_pronoun_right_after_one_other_work_asks_of_that_work(store, turn, action, text, previous):
    said = turn(action, text=text, slots={"person": _lead(store)}, events=_after(previous, text))
    assert said.responses == ["utter_dont_know_of_other_work"]
    assert said.values("utter_dont_know_of_other_work")["person_name"] == store.people[_lead(store)].name


@pytest.mark.parametrize("text", ["what are they about?", "when did those come out?", "were they hits?"])
def test_a_plural_pronoun_right_after_a_works_list_asks_of_those_works(store, turn, text):
    said = turn(ActionPlot(), text=text, slots={"person": _lead(store)}, events=_after("utter_other_work_cut", text))
    assert said.responses == ["utter_dont_know_of_other_works"]


def test_it_right_after_an_unknown_debut_is_that_unknown_work(store, turn):
    events = _after("utter_dont_know_subject_attribute", "what was it about?", "what was his first film?", "debut")
    said = turn(ActionPlot(), text="what was it about?", slots={"person": _lead(store)}, events=events)
    assert said.responses == ["utter_dont_know_of_other_work"]


def test_a_second_follow_up_still_points_at_the_other_work(store, turn):
    said = turn(
        ActionCast(),
        text="and who starred in it?",
        slots={"person": _lead(store)},
        events=_after("utter_dont_know_of_other_work", "and who starred in it?"),
    )
    assert said.responses == ["utter_dont_know_of_other_work"]


@pytest.mark.parametrize(
    ("text", "previous"),
    [
        # "it" after several works may be this film again; a list is "they"
        ("when did it come out?", "utter_other_work_cut"),
        # the film named again
        ("what is the movie about?", "utter_person_work_note"),
        ("what is Drawing Closer about?", "utter_person_work_note"),
        # an unknown attribute other than a work ("how tall is he?") leaves "it" to the film
        ("what was it about?", "utter_dont_know_subject_attribute"),
    ],
)
def test_the_film_stays_the_subject_when_no_other_work_is_pointed_at(store, turn, text, previous):
    said = turn(ActionPlot(), text=text, slots={"person": _lead(store)}, events=_after(previous, text))
    assert said.responses[0] == "utter_premise"


def test_more_works_of_the_person_go_on_with_the_person(store, turn):
    said = turn(
        ActionOtherWork(),
        text="any others besides those?",
        slots={"person": _lead(store)},
        events=_after("utter_other_work_cut", "any others besides those?"),
    )
    assert said.responses[0].startswith("utter_other_work")


# --- what is asked when nobody is named ---------------------------------------------------------------------------


@pytest.mark.parametrize("quantity", ["a lot of", "lots of", "a bunch of", "plenty of"])
def test_a_quantity_word_is_not_what_is_asked(quantity):
    words = tokens(f"did he have {quantity} fans?")
    found = person_asked.asked_beyond(words, [], [], frozenset(), frozenset({"did"}))
    assert found is not None
    assert words[found.start : found.end] == ["fans"]


def test_words_asked_of_a_pronoun_that_points_at_nobody_are_named(domain):
    text = "Did he have a lot of fans?"
    said, messages, _ = run(ActionFact(), domain, text, [name(text, "fans", "attribute", ASKED_OF_PERSON)])
    assert said == ["utter_dont_know_asked"]
    assert messages[0]["asked"] == "fans"


# --- a yes/no of what led to someone's fame -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["did it make her famous?", "Did this help her become well known?", "did that make him famous?"],
)
def test_whether_something_made_someone_famous_is_left_open_before_any_works(store, text):
    # "I don't know whether ...", the works (the classifier's card) at most after it
    assert tags(reading(store, text, "ask_other_work"))["claim"].startswith("polar_open")


@pytest.mark.parametrize("text", ["what made her famous?", "what is he famous for?"])
def test_what_made_someone_famous_is_still_their_works(store, text):
    assert reading(store, text, "ask_other_work").intent in (None, "ask_other_work")


@pytest.mark.parametrize("intent", ["ask_source", "help"])
def test_a_yes_no_of_someone_is_not_the_assistants_own_answer(store, intent):
    result = reading(store, "did that make him famous?", intent)
    assert tags(result)["claim"].startswith("polar_open:")


@pytest.mark.parametrize("text", ["is that from some random website?", "did you get that from her wikipedia page?"])
def test_a_yes_no_of_the_assistants_sources_stays_its_own(store, text):
    assert "claim" not in tags(reading(store, text, "ask_source"))


# --- what the film itself is adapted from -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["is it a manga adaptation?", "is this based off a manga?", "was the movie an adaptation of a manga?"],
)
def test_the_film_said_to_adapt_a_manga_is_a_no(store, text):
    # the film adapts the novel; that a manga of the novel exists does not make the film a manga adaptation
    assert store.novel["manga"].known
    assert verdict(f"manga:{text}", tracker(text))[0] is False


@pytest.mark.parametrize("text", ["is there a manga?", "is there a manga based on it?", "has it got a manga version?"])
def test_whether_a_manga_exists_is_decided_from_the_manga(store, text):
    assert verdict("manga:a manga", tracker(text))[0] is True


def test_based_off_is_based_on(store):
    assert stated_claims.other_source_said(tokens("is it based off a video game?"))[0] == "based_on:a video game"


# --- a choice between alternatives ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "is it live action or animated?",
        "is it based on a manga or a novel?",
        "Is Natsuki Deguchi a singer or an actress?",
        "so is it sad or happy?",
        "does it have a happy ending or a sad one?",
    ],
)
def test_a_choice_between_alternatives_is_no_yes_no(text):
    assert polar_form.alternative_question(text, default_lexicon().yes_no_openers)


@pytest.mark.parametrize(
    "text",
    [
        "is it sad or not?",
        "is it a remake or something?",
        "is it on netflix?",
        "who plays akito or haruna?",
        "is it a comedy or is it a romance?",
    ],
)
def test_a_yes_no_with_or_not_stays_a_yes_no(text):
    assert not polar_form.alternative_question(text, default_lexicon().yes_no_openers)


def test_a_choice_gets_the_facts_without_a_bare_yes_or_no(turn):
    said = turn(ActionGenre(), text="is it sad or happy?", entities={"claim": "genre:tearjerker"})
    assert said.responses[0] == "utter_genre"
    assert not {"utter_claim_yes", "utter_claim_no"} & set(said.responses)


def test_the_same_yes_no_alone_gets_its_verdict(turn):
    said = turn(ActionGenre(), text="is it sad?", entities={"claim": "genre:tearjerker"})
    assert said.responses[0] == "utter_claim_yes"


# --- two questions in one message -----------------------------------------------------------------------------------


@pytest.mark.parametrize("intent", ["ask_novel", "ask_director"])
def test_the_director_asked_before_the_book_is_still_asked(store, intent):
    result = reading(store, "who is the director and who wrote the book", intent)
    assert (result.intent or intent) == "ask_director"
    assert values(result, "also_ask") == ["ask_novel"]


@pytest.mark.parametrize(
    "text", ["who's the director and who's the author?", "how long is it and who is the novelist?"]
)
def test_a_books_word_for_its_writer_in_a_later_part_asks_the_novel(store, text):
    result = reading(store, text, "ask_director")
    assert values(result, "also_ask") == ["ask_novel"]
    assert "crew_role" not in tags(result)


def test_a_writer_in_a_later_part_is_still_the_screenplays(store):
    result = reading(store, "who directed it and who wrote it?", "ask_director")
    assert tags(result)["crew_role"] == "screenplay"


def test_both_parents_of_a_character_whose_first_name_is_also_an_actors_name(domain, store):
    # a character's first name that an actor's name holds too: the relation is the character's
    actors = {word.lower() for person in store.people.values() for word in person.name.split()}
    anchor = next(c for c in store.characters.values() if c.name.split()[0].lower() in actors)
    assert store.related(anchor.id, ("mother",)) and store.related(anchor.id, ("father",))
    first = anchor.name.split()[0]
    text = f"who plays {first}'s mom and dad?"
    entities = [name(text, first, "character"), name(text, "mom and dad", "relation", "parents")]
    said, _, _ = run(ActionWhoPlays(), domain, text, entities, intent="ask_who_plays")
    assert said[:2] == ["utter_who_plays", "utter_who_plays"]


def test_a_family_name_several_characters_share_owns_no_relation(domain, store):
    text = "Natsumi Hayasaka, the youngest member of the Hayasaka family, was portrayed by which actor?"
    family = text.split(", the youngest")[0].split()[-1]
    assert len([c for c in store.characters.values() if c.name.endswith(family)]) > 1
    at = text.index(f"the {family} family") + 4
    entities = [
        name(text, "Natsumi Hayasaka", "character"),
        {"entity": "character", "value": family, "start": at, "end": at + len(family)},
        # the reader's relation for "family"
        {"entity": "relation", "value": "parents", "start": at + len(family) + 1, "end": at + len(family) + 7},
    ]
    said, _, _ = run(ActionWhoPlays(), domain, text, entities, intent="ask_who_plays")
    assert said[:2] != ["utter_who_plays", "utter_who_plays"]


# --- the time someone has left, asked around its subject ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "how long does akito have?",
        "how long does he have?",
        "how much time does the girl have?",
        "how long has she got?",
        "how long did her character have?",
    ],
)
def test_how_long_someone_has_is_their_time_left(text):
    words = tokens(text)
    assert [h.key for h in default_lexicon().find(words, ("attribute",)) if h.key == "time_left"] == ["time_left"]


@pytest.mark.parametrize(
    "text", ["how long does the movie have?", "how long does it have?", "how long is it?", "do you have it?"]
)
def test_a_works_length_is_no_time_left(text):
    assert "time_left" not in {h.key for h in default_lexicon().find(tokens(text), ("attribute",))}


def test_how_long_he_has_is_not_the_runtime(store):
    result = reading(store, "how long does he have?", "ask_runtime")
    assert result.intent not in (None, "ask_runtime")


# --- what a don't-know names --------------------------------------------------------------------------------------


@pytest.mark.parametrize(("asked", "key"), [("in love with", "love_interest"), ("dating", "love_interest")])
def test_a_relation_said_as_a_verb_is_named_by_its_noun(domain, store, asked, key):
    # a character the store gives no love interest
    loved = {r.subject for r in store.relations if r.relation == key}
    character = next(c for c in store.characters.values() if c.id not in loved and len(c.name.split()) == 2)
    first = character.name.split()[0]
    text = f"who is {first} {asked}?"
    entities = [name(text, first, "character"), name(text, asked, "relation", key)]
    said, messages, _ = run(ActionCharacter(), domain, text, entities, intent="ask_character")
    assert said == ["utter_dont_know_subject_attribute"]
    assert messages[0]["attribute_words"] == key.replace("_", " ")


@pytest.mark.parametrize(("typed", "meant"), [("gud", "good"), ("gr8", "great"), ("rly", "really")])
def test_chat_spellings_of_opinion_words(typed, meant):
    assert tokens(f"is it {typed}") == ["is", "it", meant]


# --- "when did that happen?" ----------------------------------------------------------------------------------------


def _answered_by(action: str, asked: str) -> list[dict]:
    return [
        {"event": "user", "text": "an earlier question"},
        {"event": "action", "name": action},
        {"event": "bot", "metadata": {"utter_action": "utter_something"}},
        {"event": "user", "text": asked},
    ]


@pytest.mark.parametrize("text", ["when did that happen?", "In what year did this happen?"])
@pytest.mark.parametrize("previous", ["action_fact", "action_plot", "action_other_work"])
def test_when_that_happened_after_another_answer_is_not_the_premiere(turn, text, previous):
    said = turn(ActionReleaseDate(), text=text, events=_answered_by(previous, text))
    assert said.responses == ["utter_dont_know_when_that_happened"]


@pytest.mark.parametrize("previous", ["action_release_date", "action_where_to_watch", "action_director", "action_cast"])
def test_when_that_happened_after_an_answer_about_the_film_is_the_premiere(turn, previous):
    text = "when did that happen?"
    assert turn(ActionReleaseDate(), text=text, events=_answered_by(previous, text)).responses == ["utter_release_date"]


def test_when_it_happened_as_a_first_question_is_the_premiere(turn):
    assert turn(ActionReleaseDate(), text="when did it happen?").responses == ["utter_release_date"]


@pytest.mark.parametrize("intent", ["ask_source", "out_of_scope"])
def test_when_did_that_happen_is_a_follow_up_not_another_topic(store, intent):
    assert reading(store, "when did that happen?", intent).intent == "ask_release_date"


# --- the kind of someone's works ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["What type of films did {} appear in?", "what kind of movies does {} do?", "what sort of films has {} made?"],
)
def test_the_kind_of_someones_works_is_their_works_genre(store, text):
    person = store.people[store.cast[1].actor].name
    text = text.format(person)
    result = reading(store, text, "ask_other_work", [name(text, person, "person")])
    assert tags(result)["works_attribute"] == "genre"


def test_the_kind_of_this_film_is_its_genre(store):
    assert "works_attribute" not in tags(reading(store, "what kind of movie is it?", "ask_genre"))


# --- where an answer came from ------------------------------------------------------------------------------------


def _classified(store, text: str, ranking: list[tuple[str, float]], other_subject: str | None = None) -> str:
    """The intent the QuestionReader leaves on a message the classifier ranked so (and the guard found another
    subject in)."""
    ranked = [{"name": intent, "confidence": confidence} for intent, confidence in ranking]
    message = Message(data={"text": text, "intent": ranked[0], "intent_ranking": ranked})
    message.set("entities", [])
    if other_subject is not None:
        message.set("other_subject", other_subject)
    QuestionReader(store, default_lexicon()).process([message])
    return message.get("intent")["name"]


@pytest.mark.parametrize(
    "text", ["Was it shown to the public?", "What is the next Netflix film that he worked on?", "whos that movie by"]
)
def test_a_question_with_no_word_of_sources_is_not_the_sources_of_the_last_answer(store, text):
    assert _classified(store, text, [("ask_source", 0.6), ("ask_fact", 0.1)]) != "ask_source"


@pytest.mark.parametrize(
    "text",
    ["really?", "is that true?", "are you sure?", "sauce?", "where did you get that?", "prove it", "according to who?"],
)
def test_a_question_of_sources_or_of_doubt_keeps_the_sources(store, text):
    assert _classified(store, text, [("ask_source", 0.9), ("ask_fact", 0.05)]) == "ask_source"


# --- leads of the round-25 check, opened after its blind score ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "person_words"),
    [("please give me information about {}", True), ("i need some details about him please assist", False)],
)
def test_information_about_someone_is_who_they_are_not_the_story(store, text, person_words):
    person = store.people[store.crew["screenplay"].people[0]].name
    text = text.format(person)
    names = [name(text, person, "person")] if person_words else []
    assert reading(store, text, "ask_plot", names).intent == "ask_person"


@pytest.mark.parametrize("text", ["give me information about the movie", "tell me details about the plot"])
def test_information_about_the_film_is_still_its_story(store, text):
    assert reading(store, text, "ask_plot").intent in (None, "ask_plot")


@pytest.mark.parametrize(
    ("text", "intent"), [("{}", "ask_plot"), ("the movie {}?", "ask_plot"), ("how is the new movie {}", "ask_fact")]
)
def test_the_film_named_alone_is_what_it_is_about_or_how_it_is(store, text, intent):
    result = reading(store, text.format(store.title.lower()), "nlu_fallback")
    assert result.intent == intent
    if intent == "ask_fact":
        assert tags(result)["topic"] == "reviews"


@pytest.mark.parametrize("text", ["the movie", "it", "{} cast"])
def test_the_film_named_with_something_asked_or_not_named_is_not_the_story_alone(store, text):
    assert "the film named alone" not in reading(store, text.format(store.title), "nlu_fallback").why


@pytest.mark.parametrize(
    "text",
    [
        "what is {} doing right now",
        "what is {} working on now",
        "what does {} do in his day to day life",
        "what has {} been up to",
    ],
)
def test_what_someone_is_doing_now_is_present_day_news(text):
    hits = default_lexicon().find(tokens(text.format("he")), ("attribute",))
    assert "present_day" in {h.key for h in hits}


def test_what_someone_worked_on_before_is_no_present_day_news():
    hits = default_lexicon().find(tokens("what was he working on before this film?"), ("attribute",))
    assert "present_day" not in {h.key for h in hits}


@pytest.mark.parametrize(
    "text",
    [
        "what state is he from",
        "what prefecture is takahiro miki from",
        "which town was she born in",
        "what part of japan is ren nagase from",
    ],
)
def test_what_place_someone_is_from_is_their_birthplace(text):
    assert "birthday" in {h.key for h in default_lexicon().find(tokens(text), ("attribute",))}


@pytest.mark.parametrize("text", ["what city is the film set in", "what country is it from", "what part did he play"])
def test_a_place_of_the_film_or_a_part_is_no_birthplace(text):
    assert "birthday" not in {h.key for h in default_lexicon().find(tokens(text), ("attribute",))}


@pytest.mark.parametrize("guess", ["ask_person", "affirm"])
def test_who_holds_the_credit_of_a_work_named_by_its_title(store, guess):
    # the credited work's title in Latin letters, as the store writes it in brackets
    work = next(c.work for c in store.crew.values() if c.work is not None)
    title = str(work.value).rsplit("(", 1)[-1].rstrip(")")
    ranking = [("out_of_scope", 0.99), (guess, 0.5)]
    assert _classified(store, f"who is the singer of {title}", ranking, other_subject=title) == "ask_crew"


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("tell me toru nomaguchi middle name", "real_name"),
        ("check hana toyoshima where abouts", "present_day"),
        ("what are her whereabouts", "present_day"),
    ],
)
def test_more_words_of_what_the_store_does_not_hold(text, key):
    assert key in {h.key for h in default_lexicon().find(tokens(text), ("attribute",))}


@pytest.mark.parametrize("text", ["出典は？", "ソースどこ？"])
def test_a_japanese_question_of_sources_keeps_the_sources(store, text):
    assert _classified(store, text, [("ask_source", 0.9), ("ask_fact", 0.05)]) == "ask_source"


@pytest.mark.parametrize("text", ["what's he up to", "what's she been up to?"])
def test_what_someone_is_up_to_is_no_greeting(store, text):
    result = reading(store, text, "greet")
    assert tags(result)["attribute"] == "present_day"


def test_whats_up_is_still_a_greeting(store):
    assert reading(store, "what's up", "greet").intent is None


@pytest.mark.parametrize("text", ["what new movie is natsuki deguchi working on", "what is he working on?"])
def test_what_someone_is_working_on_is_present_day_news(text):
    assert "present_day" in {h.key for h in default_lexicon().find(tokens(text), ("attribute",))}


def test_a_yes_no_about_a_credited_work_named_by_its_title_stays_a_yes_no(store):
    work = next(c.work for c in store.crew.values() if c.work is not None)
    title = str(work.value).rsplit("(", 1)[-1].rstrip(")")
    ranking = [("out_of_scope", 0.99), ("deny", 0.5)]
    assert _classified(store, f"was {title} recorded in one take", ranking, other_subject=title) != "ask_crew"


@pytest.mark.parametrize("text", ["sorce?", "citaton please"])
def test_a_misspelt_word_of_sources_keeps_the_sources(store, text):
    assert _classified(store, text, [("ask_source", 0.9), ("ask_fact", 0.05)]) == "ask_source"
