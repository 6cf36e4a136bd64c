"""Round 30: scenes nobody lists, the web novel's writer, a pronoun's works on a service, a singer's other songs.

- "is there a kiss?", "is there a post-credits scene?", "a love triangle?": a scene or story shape of this film that
  no source lists is "I don't know" about it (vocabulary `content_details` and `asked`), never the refusal.
- "who wrote the web novel?": the book written is named by "web novel"; its author is asked, not where it was posted.
- "which of her movies are on netflix?": a condition on the works of the person talked about, named by a pronoun,
  is checked like one on a named person's works.
- "who sings the theme song?" then "what else has she sung?": "she" is the singer; her other work is asked, not
  the song's card again.

Each test names the general rule; phrasings are mine, names come from the store or are invented.
"""

from __future__ import annotations

import asyncio

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.crew import ActionNovel
from actions.people import ActionOtherWork
from actions.topics import ActionFact
from bot.understanding import novel_reading, works_condition
from bot.understanding.lexicon import tokens
from tests.reading_helpers import reading, run, tags, values

# --- scenes and story shapes no source lists ---


@pytest.mark.parametrize(
    ("text", "attribute"),
    [
        ("is there a kiss?", "content_details"),
        ("do they kiss at the end", "content_details"),
        ("is there a post-credits scene?", "asked"),
        ("does the movie have an after credits scene", "asked"),
        ("is there a love triangle?", "asked"),
    ],
)
def test_a_scene_no_source_lists_is_not_known_not_refused(store, domain, text, attribute):
    result = reading(store, text, "nlu_fallback")  # the classifier's sure refusal reaches the reader as a fallback
    assert result.intent == "ask_fact"
    assert values(result, "attribute") == [attribute]
    said, _, _ = run(ActionFact(), domain, text, result.entities)
    assert said == ["utter_dont_know_about"]


def test_a_kiss_in_another_work_is_still_refused(store):
    result = reading(store, "who sang kiss me in the 90s?", "out_of_scope")
    assert result.intent in (None, "out_of_scope")


# --- the web novel's writer ---


@pytest.mark.parametrize(
    "text", ["who wrote the web novel?", "who first published the novel?", "who posted the web novel"]
)
def test_who_asks_the_person_of_the_novels_origin_not_the_origin(text):
    part = novel_reading.part_of_novel(text.rstrip("?").split())
    assert part is None or part[0] != "novel_origin"


@pytest.mark.parametrize(
    "text", ["was it originally a web novel?", "where was the novel first published?", "was the book posted online"]
)
def test_the_novels_origin_is_still_asked_without_who(text):
    part = novel_reading.part_of_novel(text.rstrip("?").split())
    assert part is not None and part[0] == "novel_origin"


def test_who_wrote_the_web_novel_names_its_author(store, domain):
    text = "who wrote the web novel?"
    result = reading(store, text, "ask_novel")
    assert "novel_origin" not in values(result, "attribute")
    said, _, _ = run(ActionNovel(), domain, text, result.entities, intent="ask_novel")
    assert said[0] == "utter_novel"


# --- a pronoun's works on a service ---


@pytest.mark.parametrize(
    "text",
    [
        "which of her movies are on netflix?",
        "are any of his films on netflix",
        "what other films of hers are on netflix",
    ],
)
def test_a_service_condition_on_a_pronouns_works_is_the_condition(store, text):
    result = reading(store, text, "out_of_scope")
    assert result.intent == "ask_other_work"
    assert tags(result).get("works_attribute") == works_condition.SERVICE_KEY


def test_the_condition_is_checked_on_the_person_of_the_conversation(store, domain):
    # the person whose work notes name a service, asked of by a pronoun: those works, never the whole list
    services = works_condition.default_lexicon().claims[works_condition.SERVICE_CLAIM].words
    person = next(
        p
        for p in store.people.values()
        if any(set((w.detail or "").lower().split()) & set(services) for w in p.known_for)
    )
    service = next(s for s in services if any(s in (w.detail or "").lower() for w in person.known_for))
    text = f"which of their movies are on {service}?"
    result = reading(store, text, "out_of_scope")
    said, _, slots = run(
        ActionOtherWork(), domain, text, result.entities, {"person": person.id}, intent="ask_other_work"
    )
    assert said and set(said) == {"utter_person_work_said"}
    assert slots.get("person") == person.id


def test_a_pronoun_with_no_condition_is_still_the_whole_list(store):
    result = reading(store, "what other movies has she been in?", "ask_other_work")
    assert "works_attribute" not in tags(result)


# --- a singer's other songs after the song ---


def _after_the_song(store, text: str) -> Tracker:
    role = next(role for role, credit in store.crew.items() if credit.work is not None)
    earlier = {"intent": {"name": "ask_crew"}, "entities": [{"entity": "crew_role", "value": role}]}
    message = {"text": text, "intent": {"name": "ask_other_work", "confidence": 0.99}, "entities": []}
    events = [
        {"event": "user", "text": "earlier", "parse_data": earlier},
        {"event": "action", "name": "action_crew"},
        {"event": "action", "name": "action_listen"},
        {"event": "user", "text": text, "parse_data": message},
    ]
    person = store.crew[role].people[0]
    return Tracker("test", {"person": person}, message, events, False, None, {}, "action_listen")


@pytest.mark.parametrize(
    "text", ["what else has she sung?", "what other songs did she sing", "has she sung anything else"]
)
def test_a_pronoun_for_the_singer_asks_of_the_singer_not_the_song(store, domain, text):
    dispatcher = CollectingDispatcher()
    asyncio.run(ActionOtherWork().run(dispatcher, _after_the_song(store, text), domain))
    said = [m.get("response") for m in dispatcher.messages]
    assert not any(str(s).startswith("utter_crew_") for s in said)
    assert said[0] in ("utter_other_work_unknown", "utter_other_work", "utter_other_work_cut")


@pytest.mark.parametrize("text", ["when did she record her version?", "when did she release the cover"])
def test_a_pronoun_for_the_singer_asking_of_the_song_is_the_songs(store, domain, text):
    dispatcher = CollectingDispatcher()
    asyncio.run(ActionOtherWork().run(dispatcher, _after_the_song(store, text), domain))
    assert str(dispatcher.messages[0].get("response")).startswith("utter_crew_")


def test_it_after_the_song_is_still_the_song(store, domain):
    dispatcher = CollectingDispatcher()
    asyncio.run(ActionOtherWork().run(dispatcher, _after_the_song(store, "who sang it originally?"), domain))
    assert str(dispatcher.messages[0].get("response")).startswith("utter_crew_")


# --- round 31 check, opened: the questions a search box gets about a film ---


def _song(store):
    return next(credit for credit in store.crew.values() if credit.work is not None)


def _song_title(store) -> str:
    from bot.understanding import named_work

    return next(" ".join(said) for _, said in named_work.credit_titles(store) if " ".join(said).isascii())


def _original_artist(store) -> str:
    return store.people[str(_song(store).work.extra["original_by"])].name


@pytest.mark.parametrize(
    "text", ["is it still on the air", "did they cancel it", "has it been renewed?", "is {t} going off the air"]
)
def test_a_broadcast_run_presupposes_a_series(store, domain, text):
    text = text.format(t=store.title.lower())
    result = reading(store, text, "ask_fact")
    assert values(result, "claim")[:1] and values(result, "claim")[0].startswith("series:")
    from actions.film_facts import ActionGenre

    said, _, _ = run(ActionGenre(), domain, text, result.entities, intent=result.intent or "ask_genre")
    assert said[0] == "utter_claim_series_no"


@pytest.mark.parametrize("text", ["will there be a new {t} series", "will there be a series?", "is there a new series"])
def test_a_series_yet_to_come_is_a_later_work_not_a_no(store, text):
    result = reading(store, text.format(t=store.title.lower()), "ask_genre")
    assert result.intent == "ask_fact" and tags(result).get("topic") == "sequel"
    assert not any(v.startswith("series:") for v in values(result, "claim"))


@pytest.mark.parametrize("text", ["are they making more episodes of it", "will there be episodes?"])
def test_episodes_yet_to_come_still_presuppose_a_series(store, text):
    result = reading(store, text, "ask_genre")
    assert any(v.startswith("series:") for v in values(result, "claim"))


def test_a_season_of_a_film_is_no_series_then_the_sequel(store, domain):
    text = f"is there a second season of {store.title.lower()}"
    said, _, _ = run(ActionFact(), domain, text, [{"entity": "topic", "value": "sequel", "start": 0, "end": 5}])
    assert said[:2] == ["utter_claim_series_no", "utter_dont_know_about"]
    said, _, _ = run(
        ActionFact(), domain, "is there a sequel?", [{"entity": "topic", "value": "sequel", "start": 0, "end": 5}]
    )
    assert said[0] == "utter_dont_know_about"


@pytest.mark.parametrize("text", ["is it a sequel", "is {t} a continuation of something", "is the movie a prequel?"])
def test_the_film_itself_called_a_later_part_is_a_no_then_its_novel(store, text):
    result = reading(store, text.format(t=store.title.lower()), "ask_fact")
    assert result.intent == "ask_novel"
    assert values(result, "claim")[0].startswith("series:")


def test_whether_a_sequel_exists_is_still_the_sequel(store):
    result = reading(store, "is there a sequel?", "ask_fact")
    assert not any(v.startswith("series:") for v in values(result, "claim"))


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("do akito and haruna get together", "ask_ending"),
        ("does haruna get better?", "ask_ending"),
        ("do akito and haruna get back together", "ask_ending"),
    ],
)
def test_how_the_story_turns_out_for_its_people_is_the_ending(store, text, intent):
    characters = [c for c in store.characters.values() if c.name.split()[0].lower() in text]
    entities = [
        {
            "entity": "character",
            "value": c.name.split()[0].lower(),
            **dict(zip(("start", "end"), _span(text, c), strict=True)),
        }
        for c in characters
    ]
    result = reading(store, text, "ask_ending", entities)
    assert result.intent in (None, intent)
    assert not any(v.startswith("describes:") for v in values(result, "claim"))


def _span(text: str, character) -> tuple[int, int]:
    word = character.name.split()[0].lower()
    start = text.index(word)
    return start, start + len(word)


def test_a_description_of_a_character_is_still_decided(store):
    character = next(iter(store.characters.values()))
    word = character.name.split()[0].lower()
    text = f"is {word} a painter?"
    result = reading(
        store, text, "ask_character", [{"entity": "character", "value": word, "start": 3, "end": 3 + len(word)}]
    )
    assert any(v.startswith("describes:") for v in values(result, "claim"))


@pytest.mark.parametrize(
    "text",
    [
        "is yomeboku going to be a movie",
        "is there a movie version of yomeboku?",
        "is there a movie yomeboku",
    ],
)
def test_the_book_made_into_a_film_is_yes_then_the_premiere(store, domain, text):
    result = reading(store, text, "ask_fact")
    assert result.intent == "ask_release_date"
    from actions.film_facts import ActionReleaseDate

    said, _, _ = run(ActionReleaseDate(), domain, text, result.entities, intent="ask_release_date")
    assert said[:2] == ["utter_claim_yes", "utter_release_date"]


@pytest.mark.parametrize(
    "text", ["is there a movie about cancer?", "is it going to be a movie?", "is there a book of the movie?"]
)
def test_no_book_named_is_no_film_of_the_book(text):
    from bot.understanding.lexicon import default_lexicon, tokens

    words = tokens(text)
    film = frozenset(i for h in default_lexicon().find(words, ("film",)) for i in range(h.start, h.end))
    assert not novel_reading.film_of_the_book(words, film)


def test_a_numbered_book_within_the_series_exists(store):
    count = novel_reading.books_in_series(store)
    assert count is not None and count >= 4
    result = reading(store, "is there a 4th book in the series", "ask_novel")
    assert result.intent == "ask_novel" and "novel_series" in values(result, "claim")
    beyond = reading(store, f"is there a {count + 3}th book?", "ask_novel")
    assert "novel_series" not in values(beyond, "claim")
    asked = reading(store, "what is the third book in the series?", "ask_novel")
    assert asked.intent == "ask_fact"  # which book is third: not held


def test_more_of_the_film_to_come_is_its_sequel(store):
    result = reading(store, "is there any more yomeboku coming out", "ask_release_date")
    assert tags(result).get("topic") == "sequel"


def test_a_characters_story_called_a_spin_off_is_the_novels(store):
    text = "was ayaka's story a spin off of the movie"
    result = reading(store, text, "ask_fact")
    assert result.intent == "ask_novel" and values(result, "attribute") == ["novel_spin_off"]


@pytest.mark.parametrize(
    "text", ["was yomeboku inspired by the fault in our stars", "was the novel inspired by your lie in april?"]
)
def test_inspiration_by_a_named_work_is_left_open(store, text):
    result = reading(store, text, "out_of_scope")
    assert result.intent == "ask_fact"
    claims = values(result, "claim")
    assert claims and claims[0].startswith("polar_open:") or values(result, "attribute") == ["inspiration"]


def test_inspiration_by_a_kind_of_work_is_still_a_no(store):
    result = reading(store, "was it inspired by a video game?", "ask_novel")
    assert values(result, "claim") and values(result, "claim")[0].startswith("based_on:")


def test_music_of_the_songs_first_artist_is_the_songs_credit(store, domain):
    artist = _original_artist(store)
    text = f"does the movie have {artist.lower()} music"
    entities = [{"entity": "person", "value": artist, "start": 20, "end": 20 + len(artist)}]
    result = reading(store, text, "ask_crew", entities)
    assert "credit:song" in values(result, "claim")
    score = reading(
        store,
        f"did {artist.lower()} compose the music?",
        "ask_crew",
        [{"entity": "person", "value": artist, "start": 4, "end": 4 + len(artist)}],
    )
    assert "credit:song" not in values(score, "claim")


def test_a_songs_title_read_as_the_books_asks_the_song(store):
    from rasa.shared.nlu.training_data.message import Message

    from bot.nlu_frame import QuestionReader
    from bot.understanding.lexicon import default_lexicon

    text = f"is there a full version of {_song_title(store).lower()}"
    message = Message(data={"text": text, "intent": {"name": "ask_novel", "confidence": 1.0}, "entities": []})
    QuestionReader(store, default_lexicon()).apply(message)
    assert message.get("intent")["name"] == "ask_crew"
    book = Message(
        data={
            "text": f"is {_song_title(store).lower()} in the book?",
            "intent": {"name": "ask_novel", "confidence": 1.0},
            "entities": [],
        }
    )
    QuestionReader(store, default_lexicon()).apply(book)
    assert book.get("intent")["name"] == "ask_novel"


@pytest.mark.parametrize("text", ["is the theme song about summer?", "is {s} about vietnam"])
def test_whether_the_song_is_about_something_is_what_it_is_about(store, text):
    text = text.format(s=_song_title(store).lower())
    noun = "theme song"
    at = text.find(noun)
    entities = [{"entity": "crew_role", "value": noun, "start": at, "end": at + len(noun)}] if at >= 0 else []
    result = reading(store, text, "ask_fact", entities)
    assert result.intent == "ask_crew" and "song_meaning" in values(result, "attribute")


def test_still_asks_of_today_which_no_description_dates(store, domain):
    from actions.people import ActionPerson

    artist = _original_artist(store)
    for text, expected in (
        (f"is {artist} still a band?", "utter_dont_know"),
        (f"is {artist} a real band?", "utter_claim_yes"),
    ):
        entities = [{"entity": "person", "value": artist, "start": 3, "end": 3 + len(artist)}]
        result = reading(store, text, "ask_person", entities)
        said, _, _ = run(ActionPerson(), domain, text, [*entities, *result.entities], intent="ask_person")
        assert said[0] == expected, text


@pytest.mark.parametrize("text", ["is it on now tv", "can i stream it on tubi"])
def test_a_service_it_is_not_on_is_a_no(store, text):
    result = reading(store, text, "ask_where_to_watch")
    assert any(v.startswith("platform:") for v in values(result, "claim"))


# --- a part of the film judged; a general "is it <adjective> to ...?" ---


@pytest.mark.parametrize(
    "text", ["is the plot predictable?", "is the story boring?", "was the ending rushed?", "is the story good?"]
)
def test_a_part_of_the_film_judged_is_what_critics_said(store, text):
    result = reading(store, text, "ask_plot")
    assert result.intent == "ask_fact" and tags(result).get("topic") == "reviews"


@pytest.mark.parametrize("text", ["is the plot about cancer?", "what is the plot?", "is the ending sad?"])
def test_a_part_asked_without_judgement_is_not_the_reviews(store, text):
    assert tags(reading(store, text, "ask_plot")).get("topic") != "reviews"


def test_the_guards_subject_after_a_judged_part_is_its_predicate():
    from bot.understanding.reading import judged_part

    assert judged_part(tokens("was the chemistry between the leads good?"), "between")
    assert judged_part(tokens("is the plot complicated?"), "complicated")
    assert not judged_part(tokens("is the film titanic good?"), "titanic")  # a title after the film's noun
    assert not judged_part(tokens("who directed the plot of barbie?"), "barbie")


@pytest.mark.parametrize(
    ("text", "generic"),
    [
        ("is it legal to do a cover of a song", True),
        ("is it hard to learn japanese?", True),
        ("is it ok to watch with my kids?", False),  # watching: the film
        ("is it possible to download the movie?", False),  # the film named
        ("is it going to be on netflix?", False),  # "it" is the film
        ("is it supposed to be good?", False),
        ("is it sad to the end?", False),  # no infinitive
        ("is it based on a book?", False),
    ],
)
def test_an_it_that_anticipates_an_infinitive_is_no_film(text, generic):
    from bot.understanding import film_talk
    from bot.understanding.lexicon import default_lexicon

    assert film_talk.generic_infinitive(tokens(text), default_lexicon()) is generic


# --- round 32 check, opened: a yes/no that asks more of a person or credit than the store says ---


def _author(store) -> str:
    return store.people[str(store.novel["author"].value)].name


def _person_entity(text: str, name: str) -> dict:
    start = text.lower().index(name.lower())
    return {"entity": "person", "value": name, "start": start, "end": start + len(name)}


@pytest.mark.parametrize(
    "template",
    [
        "has {a} written mysteries?",
        "did {a} create an elephant character in one of his books?",
        "does the author of the novel use cornwall in another novel?",
    ],
)
def test_a_credit_claimed_with_more_said_is_left_open(store, template):
    author = _author(store)
    text = template.format(a=author)
    entities = [_person_entity(text, author)] if author.lower() in text.lower() else []
    result = reading(store, text, "ask_novel", entities)
    claims = values(result, "claim")
    assert claims and claims[0].startswith("polar_open:"), result.why
    if entities:
        assert author in claims[0]  # the full name stays whole in the statement


@pytest.mark.parametrize(
    "template", ["did {a} write the novel?", "was the novel written by {a}?", "did {a} write it, didn't he?"]
)
def test_a_credit_claimed_alone_is_still_decided(store, template):
    author = _author(store)
    text = template.format(a=author)
    result = reading(store, text, "ask_novel", [_person_entity(text, author)])
    assert not any(v.startswith("polar_open") for v in values(result, "claim")), result.why


def test_what_a_credit_claim_leaves_unexplained_is_named(store):
    from bot.understanding.lexicon import default_lexicon
    from bot.understanding.reading import _said_beyond_a_credit

    author = _author(store)
    text = f"Has {author} written mysteries?"
    entities = [_person_entity(text, author), {"entity": "claim", "value": "credit:writer", "start": 0, "end": 3}]
    assert _said_beyond_a_credit(text, entities, store, default_lexicon()) == ["mysteries"]
    language = {"entity": "reply_language", "value": "en", "start": 0, "end": len(text)}  # spans the whole message
    assert _said_beyond_a_credit(text, [*entities, language], store, default_lexicon()) == ["mysteries"]


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("Do any of the actors in it get migraines?", "ask_cast"),
        ("Is Drawing Closer director a Razzie award legend?", "ask_director"),
        ("Did its author see the film adaptation?", "ask_novel"),
    ],
)
def test_a_yes_no_asking_more_than_the_card_opens_with_the_card(store, text, intent):
    result = reading(store, text, intent)
    claims = values(result, "claim")
    assert claims and claims[0].startswith("polar_open_card:"), result.why


@pytest.mark.parametrize(
    ("text", "intent"), [("is the director japanese?", "ask_director"), ("was the novel a bestseller?", "ask_novel")]
)
def test_a_yes_no_the_card_answers_is_not_opened(store, text, intent):
    assert not any(v.startswith("polar_open") for v in values(reading(store, text, intent), "claim"))


def test_polar_statements_keep_a_quantity_and_a_titles_noun_whole():
    from bot.understanding import polar_form

    openers = {"is", "do", "have", "did", "was"}
    form = polar_form.polar_question("Do any of the actors in it get migraines?", openers)
    assert form is not None and form.statement.startswith("any of the actors in it do get")
    form = polar_form.polar_question("Is drawing closer director a legend?", openers, ("drawing closer",))
    assert form is not None and form.statement.startswith("drawing closer director is")


def test_a_description_said_with_more_than_an_actor_word_is_not_decided(store, domain):
    from actions.people import ActionPerson

    person = next(p for p in store.people.values() if store.roles_of(p.id))
    for text, expected in (
        (f"was it {person.name}'s longest tenure as actor?", "utter_dont_know"),
        (f"is {person.name} an actor?", "utter_claim_yes"),
    ):
        entities = [_person_entity(text, person.name)]
        result = reading(store, text, "ask_person", entities)
        said, _, _ = run(ActionPerson(), domain, text, [*entities, *result.entities], intent="ask_person")
        assert said[0] == expected, text
