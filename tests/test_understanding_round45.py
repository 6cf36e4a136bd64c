"""Round 45: the PIAF questions, the DBDC3 chats and the HeQ and JCommonsenseQA questions (the round-73, 74 and 75
checks, opened), and the team's own probes in the same styles, that got another question's answer.

- "When did they first broadcast the series <the title>?": a date asked of where to watch it is its release date,
  never the service's name.
- "Who was <an actress>'s singing teacher?": a real person's own role noun, however described, is something of the
  person the store does not hold, never the film's character of that noun.
- "How many members does the band <a band> have?": a kind noun set before a name ("the band", "the singer") asks
  nothing beyond who they are; the count is asked, which the store does not hold, never the band's card.
- "What was <an actor>'s character called in <a work of his>?", "what is his role in <it>?": someone's part in
  another work of theirs, as "what character did he play in <it>?" asks, never this film's character.
- "この映画のキャラクターは？", "登場人物は？": the film's characters, in Japanese, are its cast.
- "テレビを見れるようにする物を何という？", "歌舞伎における少年俳優を何という？": a Japanese question of the word for a
  thing described, naming nothing of this film, is a quiz's of another topic: refused, never the cast or where to watch.
- "Do you know <the title>?", "do you know the novel?": whether the assistant knows the work, as "have you heard of
  it?" asks: yes, then its card; "do you know who plays <a>?" still asks who.
- "What is <a character>'s name in Japanese?", "how do you write <a>'s name in Japanese?", "<a character>'s other
  name?", "<名前>の漢字は？": the store's Japanese form of the name and its reading, never the screenplay credit nor the
  card that does not give it; "her name in kanji?" after "who plays <a>?" is the actress's, and "how old?" after it
  is still hers.
- "Which <family name> show came out in <a year>?": a person's works of a year, however much of the name is typed,
  never this film's release date.
- "In which chart was the single <the song's title> in third place?": a single is the song, whose chart the store does
  not hold, never the film's Netflix charts.
- "What about <a character>'s hair?": something of theirs asked, never the previous question asked again of them.
- "What do you know about it?": a request for what "it" is, as "find information about it" is; "it" alone is the
  film talked of (another film's "it" stays refused by its guard).
- "In what year was <the author>'s book adapted for the screen?": the screen is the film the book became, its release
  date, never the book's publication.
- "<人物>の作品のタイトルは？": the titles of a person's works, never this film's title.
- "Which comic did <a musician> admire?", "what book does <an actor> love?": a person's own taste or reading, which
  the store does not hold, never this film's novel nor the works they made.
- "Why did <a studio> go ahead with the film about <a character>?": "the film about <a>" names the film by its
  subject; it asks no plot (the reason asked is not held).
- "I asked you earlier if you saw his new movie?": an indirect question of the assistant's experience; a condition
  ("if you like romance, is it good?") asks nothing of it.
- "Who made the first radio adaptation of <the title>?", "who wrote the anime adaptation?": an adaptation the store
  does not hold, never this film's director nor the novel's card.
- "沖野れんの作品は？": our given name right after a family name in kanji that is none of ours is someone else's full
  name, never our person's works; "俳優<a full name>", "主人公<a given name>" stay ours.
- "What role did <an actor> play in <another year>?", "in <a year>, which film did <a> star in?": the work or part
  of that year, never this film's part; this film's own year still asks of this film.
- "Who starred alongside <an actor> in <a work of his>?": that work's co-stars, from its note where it names them,
  else "I don't know", never this film's cast.
- "In which year did <a director> direct <a title of his>?": the title is the verb's object, his work, even with him
  named.
- "What was the name of the character <an actress> played in the series <the title>?": her part in this film,
  whatever the asker calls the film, never its title.
- "How many children does <a character> have?": how many the story names, then each, never the list alone.
- "How did they meet?", "how does <a> meet <b>?": how the story begins, which its premise tells; two real people's
  meeting is not held.
- "Which music group was <a musician> a part of?": the person's group, which their description may say, never the
  film's music credit; "a part of" is no role in a film.

Each test names the general rule; phrasings are mine or adapted from those datasets, names come from the store.
"""

from __future__ import annotations

import pytest
from rasa.shared.nlu.training_data.message import Message

from actions.people import ActionCharacter, ActionOtherWork
from actions.topics import ActionFact
from bot.understanding import (
    assistants_taste,
    clauses,
    everyday,
    information_asked,
    proper_names,
    wh_kind,
    works_period,
)
from bot.understanding.lexicon import default_lexicon, tokens
from tests.reading_helpers import decided, name, reading, run, values


def _intent(message: Message) -> str:
    return (message.get("intent") or {}).get("name")


def _actress(store) -> str:
    return next(store.people[c.actor].name for c in store.cast if c.actor in store.people)


def _common_role(store) -> str:
    """A character the film names by a common noun ("teacher"), as the store gives it."""
    return next(a for c in store.characters.values() for a in c.aliases if a.islower() and " " not in a)


# --- a date asked of where to watch ---


@pytest.mark.parametrize(
    "text",
    [
        "When did they first broadcast the series {title}?",
        "when did it first air on netflix?",
        "since when can I stream it?",
    ],
)
def test_a_date_asked_of_where_to_watch_is_the_release_date(store, text):
    result = reading(store, text.format(title=store.title), "ask_where_to_watch")
    assert result.intent == "ask_release_date"


def test_when_in_cinemas_is_where_to_watch_it(store):
    text = f"When is the movie {store.title} going to be in cinemas in the Netherlands?"
    assert reading(store, text, "ask_where_to_watch").intent in (None, "ask_where_to_watch")


def test_where_to_watch_still_answers_where(store):
    assert reading(store, "where can I stream it?", "ask_where_to_watch").intent in (None, "ask_where_to_watch")
    asked = wh_kind.kind_asked(["where", "can", "i", "stream", "it"], [])
    assert asked is not None and not wh_kind.mismatched(asked, "ask_where_to_watch")


# --- a real person's own role ---


@pytest.mark.parametrize("described", ["", "singing ", "old art "])
def test_a_real_persons_own_role_is_not_the_films_character(store, described):
    person, role = _actress(store), _common_role(store)
    text = f"Who was {person}'s {described}{role}?"
    entities = [name(text, person, "person"), name(text, role, "character")]
    result = reading(store, text, "ask_person", entities)
    assert result.intent == "ask_fact"
    assert values(result, "attribute") == ["asked_of_person"]
    assert any(e["entity"] == "character" for e in result.drop)


def test_a_characters_role_is_still_the_films(store):
    role = _common_role(store)
    lead = next(c for c in store.characters.values() if c.name[0].isupper())
    owner = lead.name.split()[0]
    text = f"who plays {owner}'s {role}?"
    entities = [name(text, owner, "character"), name(text, role, "character")]
    result = reading(store, text, "ask_who_plays", entities)
    assert "asked_of_person" not in values(result, "attribute")


# --- a kind noun before a name ---


def test_a_kind_noun_before_a_name_asks_nothing_beyond_the_name(store):
    band = next(p.name for p in store.people.values() if p.kind == "group")
    text = f"How many members does the band {band} have?"
    result = reading(store, text, "ask_person", [name(text, band, "person")])
    assert result.intent == "ask_fact"
    assert values(result, "attribute") == [wh_kind.KIND_ASKED, wh_kind.KIND_SUBJECT]


# --- someone's part in another work ---


def _other_work(store) -> tuple[str, str]:
    """A lead's full name and the title of another work of theirs whose note gives the part."""
    for credit in store.cast:
        person = store.people.get(credit.actor)
        for work in person.known_for if person else ():
            if work.detail and " as " in work.detail and work.title.isascii() and ":" not in work.title:
                return person.name, work.title
    raise AssertionError("no other work with a part")


@pytest.mark.parametrize(
    "asked", ["What was {owner}'s character called in {work}?", "what is {owner}'s role in {work}?"]
)
def test_someones_character_in_another_work_is_that_works_part(store, asked):
    person, work = _other_work(store)
    owner = person.split()[-1]
    text = asked.format(owner=owner, work=work)
    result = reading(store, text, "ask_person", [name(text, owner, "person")])
    assert result.intent == "ask_other_work"
    assert values(result, "works_attribute") == ["part_played"]


def test_the_main_character_of_a_work_is_no_ones_part():
    words = "who is the main character in another show".split()
    assert not proper_names.played_in(words, words.index("in") + 1)
    words = "what was his role in another show".split()
    assert proper_names.played_in(words, words.index("in") + 1)


# --- Japanese: the characters, and the word for a thing ---


@pytest.mark.parametrize("text", ["この映画のキャラクターは？", "登場人物は？", "キャラクターについて教えて"])
def test_the_films_characters_in_japanese_are_its_cast(store, text):
    assert "cast" in [h.key for h in default_lexicon().find(tokens(text), ("attribute",))]


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("テレビを見れるようにする物を何という？", True),
        ("映画館で映像が映し出される画面のことをなんというか？", True),
        ("主人公の名前を何という？", True),
        ("主人公の名前は？", False),
        ("何という映画ですか？それは面白い？", False),  # only the last sentence asks
    ],
)
def test_a_japanese_question_of_the_word_for_a_thing(text, asked):
    assert everyday.japanese_term_asked(text) is asked


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("歌舞伎における少年俳優を何という？", "ask_cast"),
        ("テレビを見れるようにする物を何という？", "ask_where_to_watch"),
    ],
)
def test_the_word_for_a_thing_of_another_topic_is_refused(store, text, intent):
    assert _intent(decided(store, text, intent)) == "out_of_scope"


def test_the_word_for_a_thing_of_this_film_is_answered(store):
    character = next(c for c in store.characters.values() if c.native)
    text = f"{character.native}の病気は何という？"
    entities = [name(text, character.native, "character", character.name)]
    assert _intent(decided(store, text, "ask_character", entities)) != "out_of_scope"
    assert _intent(decided(store, "この映画の英語のタイトルを何という？", "ask_title")) == "ask_title"


# --- whether the assistant knows the work ---


@pytest.mark.parametrize(
    ("text", "known"),
    [
        ("do you know {title}?", True),
        ("Do you know the movie {title}?", True),
        ("do you know who plays her?", False),
        ("do you know anything about {title}?", False),
        ("I know {title}.", False),
        ("do you know the box office ranking of {title}?", False),  # something of it
        ("do you know these people?", False),
        ("my favorite song is the theme song ! do you know it ?", False),  # "it" is the song
        ("ok do you know it?", True),
    ],
)
def test_do_you_know_the_work_asks_whether_it_is_known(store, text, known):
    asked = assistants_taste.known_asked(tokens(text.format(title=store.title)))
    assert (asked is not None and asked.kind == assistants_taste.KNOWN) is known


def test_do_you_know_the_film_is_yes_then_its_premise(store):
    result = reading(store, f"Do you know {store.title}?", "help")
    assert result.intent == "ask_plot"
    assert values(result, "taste") == [assistants_taste.KNOWN]


# --- a name in Japanese ---


def _lead_character(store):
    return next(c for c in store.characters.values() if c.native and c.kana)


@pytest.mark.parametrize(
    "asked", ["what is {a}'s name in Japanese?", "how do you write {a}'s name in Japanese?", "{a}'s japanese name?"]
)
def test_a_name_in_japanese_is_asked(store, asked):
    character = _lead_character(store)
    given = character.name.split()[0]
    text = asked.format(a=given)
    result = reading(store, text, "ask_character", [name(text, given, "character")])
    assert result.intent == "ask_fact"
    assert values(result, "attribute") == ["native_name"]


def test_the_name_in_japanese_is_the_stores_with_its_reading(store, domain):
    character = _lead_character(store)
    text = f"what is {character.name}'s name in Japanese?"
    entities = [name(text, character.name, "character"), name(text, "name in Japanese", "attribute", "native_name")]
    said, messages, slots = run(ActionFact(), domain, text, entities)
    assert said == ["utter_native_name"]
    assert messages[0]["native"] == character.native and character.kana in messages[0]["reading"]
    assert slots["character"] == character.id


def test_a_characters_other_name_is_its_japanese_one(store, domain):
    character = _lead_character(store)
    text = f"what is {character.name.lower()}'s other name?"
    entities = [name(text, character.name, "character"), name(text, "other name", "attribute", "real_name")]
    said, _, _ = run(ActionFact(), domain, text, entities)
    assert said == ["utter_native_name"]


def test_a_bare_age_right_after_a_persons_japanese_name_is_their_age(store, domain):
    from rasa_sdk import Tracker
    from rasa_sdk.executor import CollectingDispatcher

    from actions.ages import bare_age_of_the_person
    from actions.common import Reply

    events = [
        {
            "event": "user",
            "text": "what is her name in Japanese?",
            "parse_data": {"entities": [{"entity": "attribute", "value": "native_name"}]},
        },
        {"event": "action", "name": "action_fact"},
        {"event": "user", "text": "how old?"},
    ]
    message = {"text": "how old?", "intent": {"name": "ask_rating", "confidence": 1.0}, "entities": []}
    tracker = Tracker("test", {"person": store.cast[1].actor}, message, events, False, None, {}, "")
    assert bare_age_of_the_person(Reply(CollectingDispatcher(), domain, "en"), tracker) is not None


def test_a_persons_name_in_japanese_by_a_pronoun(store, domain):
    person = store.people[store.cast[1].actor]
    text = "what is her name in kanji?"
    entities = [name(text, "name in kanji", "attribute", "native_name")]
    said, messages, _ = run(ActionFact(), domain, text, entities, {"person": person.id})
    assert said == ["utter_native_name"]
    assert messages[0]["native"] == person.native


# --- a person's works of a year, by part of the name ---


def test_a_persons_works_of_a_year_by_the_family_name(store):
    person = store.people[store.cast[0].actor]
    family = person.name.split()[-1]
    text = f"Which {family} show came out in 2004?"
    result = reading(store, text, "ask_person", [name(text, family, "person")])
    assert result.intent == "ask_other_work"


# --- the single ---


def test_a_chart_of_the_single_is_the_songs_not_the_films(store):
    text = "In which chart was the single in third place?"
    result = reading(store, text, "ask_fact", [name(text, "chart", "topic")])
    assert values(result, "topic") == ["theme_song"]


# --- what about <a name>'s <thing>? ---


def test_what_about_a_names_thing_asks_the_thing(store):
    character = _lead_character(store).name.split()[0]
    text = f"what about {character}'s hair?"
    result = reading(store, text, "ask_character", [name(text, character, "character")])
    assert "same_question" not in values(result, "attribute")
    assert result.intent == "ask_fact"
    text = f"what about {character}?"
    result = reading(store, text, "ask_character", [name(text, character, "character")])
    assert values(result, "attribute") == ["same_question"]


# --- what do you know about it? ---


@pytest.mark.parametrize("text", ["What do you know about it?", "what can you tell me about it?"])
def test_what_do_you_know_about_it_is_what_the_film_is(store, text):
    assert reading(store, text, "nlu_fallback").intent == "ask_plot"


def test_what_do_you_know_about_it_is_a_request_for_what_it_is():
    assert information_asked.pointed_subject_asked(tokens("what do you know about it"))
    assert information_asked.pointed_subject_asked(tokens("find information about it"))
    assert not information_asked.pointed_subject_asked(tokens("what do you know about the novel"))
    assert not information_asked.pointed_subject_asked(tokens("what do you know"))


# --- the screen; a person's works' titles in Japanese ---


def test_a_book_adapted_for_the_screen_asks_the_films_date(store):
    author = next(p.name for p in store.people.values() if store.crew_roles_of(p.id) and p.kind == "person")
    text = f"In what year was {author}'s book adapted for the screen?"
    result = reading(store, text, "ask_novel", [name(text, author, "person")])
    assert result.intent == "ask_release_date"


@pytest.mark.parametrize("asked", ["{a}の作品のタイトルは？", "{a}の映画の題名はどれ？"])
def test_the_titles_of_a_persons_works_in_japanese(store, asked):
    person = store.people[store.cast[0].actor]
    text = asked.format(a=person.native)
    result = reading(store, text, "ask_title", [name(text, person.native, "person")])
    assert result.intent == "ask_other_work"
    assert reading(store, "この映画のタイトルは？", "ask_title").intent in (None, "ask_title")


# --- a person's own taste ---


@pytest.mark.parametrize(
    ("asked", "taste"),
    [
        ("Which comic did {a} admire?", True),
        ("what book does {a} love?", True),
        ("what manga did {a} read as a child?", True),
        ("which movies did {a} star in?", False),
        ("what film did {a} make in 2014?", False),
    ],
)
def test_a_persons_own_taste_is_not_held(store, asked, taste):
    person = store.people[store.cast[0].actor].name
    text = asked.format(a=person)
    result = reading(store, text, "ask_person", [name(text, person, "person")])
    assert (result.intent == "ask_fact" and values(result, "attribute") == ["asked_of_person"]) is taste


# --- the film named by its subject ---


def test_the_film_about_a_name_is_no_plot_asked():
    words = tokens("why did the studio go ahead with the film about haruna sakurai")
    hits = default_lexicon().find(words, ("attribute",))
    at = words.index("haruna")
    assert "plot" in [h.key for h in hits]
    assert "plot" not in [h.key for h in clauses.film_described_by_its_subject(words, hits, [at])]
    words = tokens("what is the film about")
    hits = default_lexicon().find(words, ("attribute",))
    assert "plot" in [h.key for h in clauses.film_described_by_its_subject(words, hits, [])]


# --- an indirect question of the assistant's experience ---


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("okay, i asked you earlier if you saw his new movie", True),
        ("i wonder whether you watched it", True),
        ("if you like romance, is it good", False),
        ("so if you liked it, who directed it", False),
    ],
)
def test_an_indirect_question_of_the_assistants_experience(text, asked):
    found = assistants_taste.taste_asked(tokens(text))
    assert (found is not None and found.kind in (assistants_taste.WATCHED, assistants_taste.TASTE)) is asked


# --- other adaptations ---


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("Who made the first radio adaptation of {title}?", "ask_director"),
        ("who wrote the anime adaptation?", "ask_novel"),
    ],
)
def test_an_adaptation_the_store_does_not_hold(store, text, intent):
    result = reading(store, text.format(title=store.title), intent)
    assert result.intent == "ask_fact"
    assert values(result, "attribute") == ["other_adaptation"]


# --- a Japanese given name after another family name ---


def _japanese_given(store):
    person = next(p for p in store.people.values() if p.native and p.kana and " " in p.kana)
    return person, person.kana.split()[-1]


def test_our_given_name_after_another_family_name_is_someone_else(store):
    person, given = _japanese_given(store)
    text = f"沖野{given}の作品は？"
    message = decided(store, text, "ask_other_work", [name(text, given, "person", person.name)])
    named = [e for e in message.get("entities") if e.get("entity") == "person"]
    assert [e["value"] for e in named] == [f"沖野{given}"]


def test_a_word_of_ours_before_a_name_is_no_family_name(store):
    person, _ = _japanese_given(store)
    text = f"俳優{person.native}の出演作は？"
    message = decided(store, text, "ask_other_work", [name(text, person.native, "person", person.name)])
    assert [e["value"] for e in message.get("entities") if e.get("entity") == "person"] == [person.name]


# --- a part in another year ---


@pytest.mark.parametrize(
    "asked",
    [
        "What role did {a} play in {year}?",
        "In {year}, which film did {a} star in?",
        "What character did {a} play in {year}?",
    ],
)
def test_a_part_in_another_year_is_that_years_work(store, asked):
    person = store.people[store.cast[0].actor].name
    text = asked.format(a=person, year=store.release_year - 3)
    result = reading(store, text, "ask_person", [name(text, person, "person")])
    assert result.intent == "ask_other_work"


@pytest.mark.parametrize(
    "text",
    [
        "What 2021 best-selling novel by {a} was adapted into a Netflix film?",
        "{a} recorded a song in 2009, but what's their best known song?",
    ],
)
def test_a_year_as_a_clue_asks_no_years_work(store, text):
    assert not works_period.work_of_another_year(tokens(text.format(a="someone")), store)


def test_a_part_in_this_films_year_is_this_films(store):
    person = store.people[store.cast[0].actor].name
    text = f"Which character did {person} portray in {store.release_year}?"
    result = reading(store, text, "ask_person", [name(text, person, "person")])
    assert result.intent != "ask_other_work"


# --- another work's co-stars; a title as the verb's object ---


def _work_with_a_partner(store):
    for person in store.people.values():
        for work in person.known_for:
            if work.detail and "with " in work.detail and work.title.isascii() and ":" not in work.title:
                return person, work
    raise AssertionError("no work whose note names a partner")


def test_another_works_co_stars_are_that_works(store, domain):
    person, work = _work_with_a_partner(store)
    text = f"Who starred alongside {person.name} in {work.title}?"
    result = reading(store, text, "out_of_scope", [name(text, person.name, "person")])
    assert result.intent == "ask_other_work"
    assert values(result, "works_attribute") == ["co_stars"]
    entities = [name(text, person.name, "person"), name(text, "alongside", "works_attribute", "co_stars")]
    said, _, _ = run(ActionOtherWork(), domain, text, entities, intent="ask_other_work")
    assert said == ["utter_person_work_said"]


def test_a_title_as_the_verbs_object_is_the_owners_work(store):
    person = next(p for p in store.people.values() if store.crew_roles_of(p.id) and p.known_for)
    work = next(w for w in person.known_for if w.title.isascii() and w.year)
    text = f"In which year did {person.name} direct {work.title}?"
    result = reading(store, text, "ask_person", [name(text, person.name, "person")])
    assert result.intent == "ask_other_work"


# --- the part a person played ---


@pytest.mark.parametrize(
    "asked",
    [
        'What was the name of the character {a} played in the series "{title}"?',
        "What was the character {a} played in the series {title}?",
        "which role did {a} portray?",
    ],
)
def test_the_part_a_person_played_in_this_film(store, asked):
    person = store.people[store.cast[1].actor].name.split()[-1]
    text = asked.format(a=person, title=store.title)
    result = reading(store, text, "ask_crew", [name(text, person, "person")])
    assert result.intent == "ask_person"


# --- a count of relatives ---


def test_a_count_of_relatives_says_how_many_then_each(store, domain):
    parent = next(r for r in store.relations if r.relation in ("son", "daughter"))
    owner = store.characters[parent.subject].name
    children = [r for r in store.relations if r.subject == parent.subject and r.relation in ("son", "daughter")]
    text = f"How many children does {owner} have?"
    entities = [name(text, owner, "character"), name(text, "children", "relation", "child")]
    said, messages, _ = run(ActionCharacter(), domain, text, entities, intent="ask_character")
    assert said[0] == "utter_relatives_count"
    assert messages[0]["count"] == len(children)
    assert len(said) == 1 + len(children)


# --- how two characters meet ---


def test_how_two_characters_meet_is_the_premise(store):
    first, second = (store.characters[c.character].name.split()[0] for c in store.cast[:2])
    text = f"how does {first} meet {second}?"
    entities = [name(text, first, "character"), name(text, second, "character")]
    assert reading(store, text, "ask_character", entities).intent == "ask_plot"
    assert reading(store, "how did they meet?", "nlu_fallback").intent == "ask_plot"


def test_how_two_real_people_met_is_not_held(store):
    first, second = (store.people[c.actor].name for c in store.cast[:2])
    text = f"when did {first} first meet {second}?"
    entities = [name(text, first, "person"), name(text, second, "person")]
    result = reading(store, text, "ask_person", entities)
    assert result.intent == "ask_fact"


# --- a person's music group ---


def test_a_persons_music_group_is_theirs(store, domain):
    person = next(
        p for p in store.people.values() if p.about and "member of" in str(p.about.value) and p.kind == "person"
    )
    text = f"which music group was {person.name} a part of?"
    result = reading(store, text, "ask_crew", [name(text, person.name, "person")])
    assert values(result, "attribute") == ["music_group"]
    entities = [name(text, person.name, "person"), name(text, "music group", "attribute", "music_group")]
    said, _, _ = run(ActionFact(), domain, text, entities)
    assert said == ["utter_person_about"]


def test_the_theme_songs_japanese_name_is_its_card(store):
    result = reading(store, "what is the Japanese name of the theme song?", "ask_fact")
    assert result.intent == "ask_crew"


def test_a_credit_holders_name_in_japanese(store):
    text = "what's the director's Japanese name?"
    result = reading(store, text, "ask_director", [name(text, "director", "crew_role")])
    assert result.intent == "ask_fact"
    assert values(result, "attribute") == ["native_name"] and len(values(result, "person")) == 1


def test_the_children_of_a_relative_are_not_counted_as_the_relative(store, domain):
    parent = next(r for r in store.relations if r.relation in ("son", "daughter"))
    child = store.characters[parent.object].name.split()[0]
    text = f"How many children does {child}'s mother have?"
    entities = [name(text, child, "character"), name(text, "mother", "relation")]
    said, _, _ = run(ActionCharacter(), domain, text, entities, intent="ask_character")
    assert "utter_relatives_count" not in said
