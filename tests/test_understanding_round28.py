"""Round 28: a part asked with no work named is a part in this film, and a song named by its title is that song.

- "what character does <someone we do not hold> play?" is about this film's cast: the reply is that nobody by that
  name is in it (utter_not_in_film), not the out-of-scope refusal; "is <a character> played by <them>?" is a No
  decided by the cast list.
- "who sang the song <another title>?" asks of another song, never of this film's theme song.

Each test names the general rule; phrasings are mine, the names of people nobody holds are invented, ours come from
the store.
"""

from __future__ import annotations

import pytest
from rasa.shared.nlu.training_data.message import Message

from actions import trivia
from actions.people import ActionPerson, ActionWhoPlays
from actions.topics import ActionFact
from bot.nlu_components import OtherSubjectGuard
from bot.nlu_frame import QuestionReader
from bot.scope import Vocabulary
from bot.understanding import ellipsis, named_work, people_reading, stated_claims, wh_kind
from bot.understanding.lexicon import default_lexicon
from tests.reading_helpers import name, reading, run, values

UNHELD = "Kenzo Morimura"  # an invented name: nobody the store holds

# --- a part asked of a name the store does not hold ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("asked", "intent"),
    [
        ("what character does {x} play", "ask_person"),
        ("Who is {x} playing?", "ask_person"),
        ("what part did {x} have", "ask_person"),
        ("is {x} in the cast", "ask_cast"),
        ("Which character is played by {x}?", "ask_who_plays"),
        ("what role does {x} play", "ask_who_plays"),
    ],
)
def test_a_part_asked_of_someone_unheld_is_asked_of_this_films_cast(store, asked, intent):
    text = asked.format(x=UNHELD)
    result = reading(store, text, intent)
    assert result.intent == "ask_person"
    assert values(result, "person") == [UNHELD]


@pytest.mark.parametrize(
    ("asked", "intent"),
    [
        ("who is {x}", "ask_person"),  # who they are: another subject
        ("how old is {x}", "ask_fact"),
        ("who does {x} play for", "ask_who_plays"),  # a team, not a part
        ("who did {x} play in Forrest Gump", "ask_who_plays"),  # a part in another work
    ],
)
def test_other_questions_of_someone_unheld_stay_another_subject(store, asked, intent):
    assert reading(store, asked.format(x=UNHELD), intent).intent == "out_of_scope"


@pytest.mark.parametrize(
    ("words", "part"),
    [
        ("what character does she play", True),
        ("who is he playing", True),
        ("is she in the cast", True),
        ("did she act in the film", True),
        ("what part of japan is she from", False),
        ("who does he play for", False),
        ("who is she", False),
    ],
)
def test_a_part_is_asked_by_a_part_noun_a_who_with_playing_or_acting_in_this_film(words, part):
    assert people_reading.asks_a_part(words.split()) is part


GUARD_CONFIG = {"out_of_scope_intent": "out_of_scope", "unguarded_intents": []}


def _parsed(store, text: str, ranking: list[str]) -> Message:
    """The guard, then the reader, on a message the classifier ranked so (the guard knows everyday words only)."""
    everyday = "what character does play who is in the cast did act film which by".split()
    guard = OtherSubjectGuard(GUARD_CONFIG, None, None, Vocabulary(frozenset(everyday)))
    ranked = [{"name": intent, "confidence": 0.9 - 0.1 * i} for i, intent in enumerate(ranking)]
    message = Message(data={"text": text, "intent": ranked[0], "intent_ranking": ranked})
    QuestionReader(store, default_lexicon()).process(guard.process([message]))
    return message


@pytest.mark.parametrize(
    ("asked", "ranking"),
    [
        ("what character does {x} play", ["ask_person", "ask_who_plays"]),
        ("did {x} act in the film", ["ask_release_date", "help"]),  # no part intent guessed: the person's
    ],
)
def test_the_guards_refusal_of_an_unknown_name_gives_way_to_a_part_in_this_film(store, asked, ranking):
    message = _parsed(store, asked.format(x=UNHELD), ranking)
    assert message.get("intent")["name"] == "ask_person"
    assert [e["value"] for e in message.get("entities") if e["entity"] == "person"] == [UNHELD]
    assert message.get("other_subject") is None


def test_an_unknown_name_asked_of_nothing_of_the_film_stays_refused(store):
    message = _parsed(store, f"how old is {UNHELD}", ["ask_fact"])
    assert message.get("intent")["name"] == "out_of_scope"


# --- a character played by someone the store does not hold ----------------------------------------------------------


@pytest.mark.parametrize("asked", ["is {c} played by {x}?", "does {x} play {c}", "was {c} portrayed by {x}"])
def test_a_character_played_by_someone_unheld_is_a_no_from_the_cast(store, domain, asked):
    character = store.characters[store.cast[0].character].name.split()[0]
    text = asked.format(c=character, x=UNHELD)
    entities = [name(text, character, "character")]
    result = reading(store, text, "ask_who_plays", entities)
    assert result.intent == "ask_who_plays"
    assert values(result, "claim") == ["plays"] and values(result, "person") == [UNHELD]
    said, _, _ = run(ActionWhoPlays(), domain, text, [*entities, *result.entities], intent="ask_who_plays")
    assert said[:2] == ["utter_claim_no", "utter_who_plays"]


def test_a_character_played_by_its_actor_is_still_a_yes(store, domain):
    credit = store.cast[0]
    character = store.characters[credit.character].name.split()[0]
    actor = store.people[credit.actor].name
    text = f"is {character} played by {actor}?"
    entities = [name(text, character, "character"), name(text, actor, "person")]
    result = reading(store, text, "ask_who_plays", entities)
    said, _, _ = run(ActionWhoPlays(), domain, text, [*entities, *result.entities], intent="ask_who_plays")
    assert said[0] == "utter_claim_yes"


# --- a song named by its title ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "asked", ["who sings the song Pretender", "who sang the song Lemon", "who wrote the single Hello Goodbye"]
)
def test_a_song_named_by_another_title_is_another_song(store, asked):
    assert reading(store, asked, "ask_crew").intent == "out_of_scope"


def test_the_song_named_by_each_of_its_titles_is_ours(store):
    for _, title in named_work.credit_titles(store):
        text = f"who sings the song {' '.join(title)}"
        found = named_work.find(text, store, default_lexicon().film_titles)
        assert found is not None and found.ours, title
        assert reading(store, text, "ask_crew").intent in (None, "ask_crew")


def test_a_song_noun_without_a_title_is_the_theme_song(store):
    assert reading(store, "who sings the song at the end", "ask_crew").intent in (None, "ask_crew")


# --- a reason asked ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("why did it come out on Netflix", "ask_release_date"),
        ("why did the director make it", "ask_director"),
        ("how come it is rated that way", "ask_rating"),
        ("why is it so long", "ask_runtime"),
        ("why did the author write the book", "ask_novel"),
    ],
)
def test_a_reason_is_given_by_no_card_of_the_films_facts(store, text, intent):
    result = reading(store, text, intent)
    assert result.intent == "ask_fact"  # "I don't know that about ...", whichever reader says it
    assert values(result, "attribute")


def test_a_reason_asked_of_characters_is_in_their_description(store):
    a, b = (store.characters[c.character].name.split()[0] for c in store.cast[:2])
    text = f"why did {a} and {b} stop talking"
    result = reading(store, text, "ask_who_plays", [name(text, a, "character"), name(text, b, "character")])
    assert result.intent == "ask_character"


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("why is it called that", "ask_title"),  # the title's meaning
        ("why does he go to the hospital", "ask_ending"),  # the story's
        ("what is the story about", "ask_plot"),
    ],
)
def test_a_reason_the_story_may_give_stays_the_storys(store, text, intent):
    assert reading(store, text, intent).intent in (None, intent)


def test_why_is_a_wh_word_of_its_own_part():
    assert wh_kind.kind_asked("why did it come out then".split(), []).kind == wh_kind.REASON
    assert wh_kind.kind_asked("who directed it and why".split(), []) is None  # two parts


# --- a bare time asked after an answer --------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["since when", "since when?", "from when", "when?"])
@pytest.mark.parametrize("intent", ["out_of_scope", "ask_fact", "nlu_fallback"])
def test_a_bare_when_asks_the_time_of_what_was_just_said(store, text, intent):
    assert reading(store, text, intent).intent == "ask_release_date"


@pytest.mark.parametrize("text", ["since when is it on netflix", "when was he born", "since when do you care"])
def test_a_when_with_more_asked_is_not_bare(text):
    assert not ellipsis.when_was_that(text.split())


def test_a_song_noun_inside_a_name_names_no_title(store):
    text = "which song won the Best Rap/Song Performance award"
    assert named_work.find(text, store, default_lexicon().film_titles) is None


def test_the_first_artists_possessive_before_our_songs_title_is_our_song(store):
    artist = "Someartist"  # the original artist's name, typed before the title
    for _, title in named_work.credit_titles(store):
        text = f"what is the meaning behind the song {artist}'s, {' '.join(title)} ?"
        found = named_work.find(text, store, default_lexicon().film_titles)
        assert found is not None and found.ours


@pytest.mark.parametrize(
    "text",
    [
        "who played gandalf in the lord of the rings movies",  # "in" another work
        "What famous comic strip character died of acne?",  # a character, no part asked
        "What important role in Sleepless in Seattle did Ross Malinger play?",
        "what present does she give him in the Cast Away movie",
    ],
)
def test_a_part_in_another_work_is_not_asked_of_this_film(text):
    assert not people_reading.asks_a_part(text.lower().replace("?", " ?").split())


# --- the store's trivia, and what nobody's sources hold -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "attribute"),
    [
        ("tell me a fun fact about the movie", "trivia"),
        ("any behind the scenes facts?", "trivia"),
        ("how did {a} prepare for the role", "trivia"),
        ("what inspired the author to write it", "inspiration"),
        ("what can we learn from the film", "lesson"),
        ("how did {a} start her acting career", "debut"),
        ("how did {a} get into acting", "debut"),
    ],
)
def test_what_is_asked_is_read_as_its_attribute(store, text, attribute):
    actor = store.people[store.cast[0].actor].name
    text = text.format(a=actor)
    entities = [name(text, actor, "person")] if actor in text else []
    result = reading(store, text, "ask_person", entities)
    assert result.intent == "ask_fact"
    assert values(result, "attribute") == [attribute]


def test_trivia_of_a_person_is_the_stores_points_that_name_them(store, domain):
    person = store.people[store.cast[0].actor]
    text = f"any trivia about {person.name}"
    entities = [name(text, person.name, "person"), {"entity": "attribute", "value": "trivia", "start": 4, "end": 10}]
    said, messages, slots = run(ActionFact(), domain, text, entities)
    named = [p.text for p in store.trivia if not p.spoiler and person.name.split()[-1] in p.text]
    assert said and set(said) == {"utter_detail"} and len(said) == min(len(named), trivia.MAX_POINTS)
    assert all(m["detail"] in named for m in messages if m["response"] == "utter_detail")
    assert slots["person"] == person.id


def test_trivia_of_the_film_ranks_the_points_sharing_the_questions_words_first(store, domain):
    spoiler_free = [p.text for p in store.trivia if not p.spoiler]
    last = spoiler_free[-1]
    words = " ".join(sorted({w for w in last.lower().split() if w.isalpha() and len(w) > 5})[:3])
    text = f"any trivia about {words}"
    entities = [{"entity": "attribute", "value": "trivia", "start": 4, "end": 10}]
    _, messages, _ = run(ActionFact(), domain, text, entities)
    assert messages[0]["detail"] == last
    assert not any(p.text == m.get("detail") for p in store.trivia if p.spoiler for m in messages)


def test_trivia_of_someone_the_store_says_nothing_of_is_not_known(store, domain):
    quoted = " ".join(p.text for p in store.trivia)
    person = next(p for p in store.people.values() if p.name.split()[-1] not in quoted)
    text = f"any trivia about {person.name}"
    entities = [name(text, person.name, "person"), {"entity": "attribute", "value": "trivia", "start": 4, "end": 10}]
    said, _, _ = run(ActionFact(), domain, text, entities)
    assert said == ["utter_dont_know_subject_attribute"]


# --- where to watch it, whatever parts the question supposes -------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Where can I watch all episodes of it online?",
        "How can I download all episodes of it?",
        "what is the best website to watch all episodes",
        "how can i download the movie",
    ],
)
def test_where_to_see_it_is_asked_whatever_parts_it_supposes(store, text):
    assert reading(store, text, "ask_where_to_watch").intent in (None, "ask_where_to_watch")


def test_a_count_of_parts_it_lacks_is_still_the_premises_no(store):
    assert reading(store, "how many episodes does it have", "ask_runtime").intent == "ask_genre"


# --- a way asked ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("how did the author come up with the story", "ask_novel"),
        ("how do the characters change throughout the novel", "ask_novel"),
        ("how did the director get the job", "ask_director"),
        ("how does she know him", "ask_person"),
    ],
)
def test_a_way_is_given_by_no_card_of_the_films_facts(store, text, intent):
    assert reading(store, text, intent).intent == "ask_fact"


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("how can I watch it", "ask_where_to_watch"),  # where to watch it is how to see it
        ("how does it end", "ask_ending"),
        ("how is the movie", "ask_fact"),  # a state or an opinion, not a way
    ],
)
def test_a_way_the_answer_gives_stays_its_own(store, text, intent):
    assert reading(store, text, intent).intent in (None, intent)


def test_as_part_of_a_franchise_is_no_part_played():
    words = "who played the captain as part of the pirates franchise ?".split()
    assert not people_reading.asks_a_part(words)


# --- what a character is like, the role a character plays, how good someone is ------------------------------------


def test_a_characters_personality_is_their_description(store):
    character = store.characters[store.cast[1].character].name
    text = f"What are the personality traits of {character}"
    assert reading(store, text, "ask_fact", [name(text, character, "character")]).intent == "ask_character"


@pytest.mark.parametrize(
    "asked", ["what role does {c} play in the book series?", "what part does {c} play in the novel"]
)
def test_the_role_a_character_plays_in_any_of_our_works_is_their_description(store, asked):
    character = store.characters[store.cast[2].character].name.split()[0]
    text = asked.format(c=character)
    assert reading(store, text, "ask_novel", [name(text, character, "character")]).intent == "ask_character"


@pytest.mark.parametrize("judged", ["a good actor", "a talented actor", "the best actor"])
def test_how_good_an_actor_is_is_never_a_yes(store, domain, judged):
    person = store.people[store.cast[0].actor].name
    text = f"is {person} {judged}"
    claimed = judged.split(" ", 1)[1]
    entities = [name(text, person, "person"), {"entity": "claim", "value": f"person_describes:{claimed}"}]
    said, _, _ = run(ActionPerson(), domain, text, entities, intent="ask_person")
    assert "utter_claim_yes" not in said


def test_an_actor_of_the_cast_is_still_an_actor(store, domain):
    person = store.people[store.cast[0].actor].name
    text = f"is {person} an actor"
    entities = [name(text, person, "person"), {"entity": "claim", "value": "person_describes:actor"}]
    said, _, _ = run(ActionPerson(), domain, text, entities, intent="ask_person")
    assert said[0] == "utter_claim_yes"


def test_a_person_judged_at_their_credit_is_no_credit_claim(store):
    director = store.people[store.crew["director"].people[0]].name
    text = f"is {director} a good director"
    result = reading(store, text, "ask_director", [name(text, director, "person")])
    assert not [v for v in values(result, "claim") if v.startswith("credit")]


# --- which of two is better, and trailers to come ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("asked", "judgement"),
    [
        ("which actor is more versatile {a} or {b}?", "more versatile"),
        ("who is the better actor, {a} or {b}", "better"),
        ("who is more famous, {a} or {b}?", "more famous"),
    ],
)
def test_which_of_two_people_is_better_is_never_ranked(store, domain, asked, judgement):
    a, b = (store.people[c.actor].name for c in store.cast[:2])
    text = asked.format(a=a, b=b)
    entities = [name(text, a, "person"), name(text, b, "person")]
    result = reading(store, text, "ask_person", entities)
    assert result.intent == "ask_fact" and values(result, "attribute") == [stated_claims.JUDGED_CHOICE]
    said, messages, _ = run(ActionFact(), domain, text, [*entities, *result.entities])
    assert said == ["utter_dont_know_judged_choice"] and messages[0]["asked"] == judgement


def test_who_is_older_is_still_decided_from_births(store):
    a, b = (store.people[c.actor].name for c in store.cast[:2])
    text = f"who is older, {a} or {b}?"
    result = reading(store, text, "ask_person", [name(text, a, "person"), name(text, b, "person")])
    assert stated_claims.JUDGED_CHOICE not in values(result, "attribute")


@pytest.mark.parametrize("text", ["will Netflix release another trailer of it?", "is there a new trailer"])
def test_a_trailer_to_come_is_not_the_ones_that_came_out(store, text):
    result = reading(store, text, "ask_release_date")
    assert result.intent == "ask_fact" and values(result, "attribute") == ["new_trailer"]


@pytest.mark.parametrize(
    ("text", "attribute"),
    [("what influenced him to become an actor", "inspiration"), ("what motivated her", "inspiration")],
)
def test_an_influence_is_an_inspiration(store, text, attribute):
    assert values(reading(store, text, "ask_person"), "attribute") == [attribute]


def test_an_exclamation_about_a_film_asks_no_film_by_its_description():
    from bot.understanding import described_film

    assert not described_film.asks_which_film("What an extraordinary film about a painter. What do you think?")
    assert described_film.asks_which_film("what 2024 film stars a painter?")


@pytest.mark.parametrize(
    ("text", "attribute"),
    [
        ("the physical appearance of {a}", "appearance"),
        ("{a} biography", "biography"),
        ("{a}'s life story", "biography"),
    ],
)
def test_looks_and_life_stories_are_read_as_such(store, text, attribute):
    actor = store.people[store.cast[0].actor].name
    text = text.format(a=actor)
    result = reading(store, text, "ask_other_work", [name(text, actor, "person")])
    assert result.intent in ("ask_fact", "ask_person")
    assert attribute in values(result, "attribute") or result.intent == "ask_person"


@pytest.mark.parametrize("text", ["is Kenzo Morimura in the movie", "was Kenzo Morimura in it"])
def test_someone_unheld_said_to_be_in_this_film_is_not_in_it(store, text):
    result = reading(store, text, "ask_person")
    assert result.intent == "ask_person" and values(result, "person") == ["Kenzo Morimura"]


@pytest.mark.parametrize(
    "text", ["how do you like her", "how did she become famous", "how do u like it", "how did he get so popular"]
)
def test_the_assistants_taste_and_a_way_to_fame_are_no_way_asked(text):
    assert wh_kind.kind_asked(text.split(), []) is None


def test_a_remark_that_something_looks_like_another_asks_no_looks(store):
    text = "is it korean? the poster looks like a kdrama"
    assert "appearance" not in values(reading(store, text, "ask_language"), "attribute")
