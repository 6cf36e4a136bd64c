"""Round 53: the PoQuAD questions, the INFOTABS claims and the KDD Cup 2005 searches (the round-97, 98 and 99 checks,
opened) that got another question's answer, or a refusal where one of ours was asked of.

- "Is the lead singer of <a group> from <a place>?": "lead" makes a band's part, not a claim that someone is the
  film's lead (which got "Yes").
- "Is <the song> over 5 minutes long?": the song's length, never the film's runtime.
- "<a band's name>" alone, taken for a greeting: the one named is asked.
- "Who will direct the new part?": a later instalment, not this film's director.
- "Who made the film?", "who was in charge of making it?": the director (the first got "I don't know", the second
  the cast).
- "What was the director warned about?": something of the crew member the store does not hold, never the credit.
- "When did <the author> write it, according to <someone>?": the question before the attribution, not the
  assistant's source.
- "What kind of book was the book about <a band>?": a book about one of our people, never the novel.
- "Who are the members of <a band>?", "<a band> line-up": the film's people in that band.
- "Was <a singer written in lower case> born in <a place>?", "is <the band one of ours sings in> an American band?",
  "was <a group> famous around the world?": asked of ours, never refused, never a member's filmography.

Each test names the general rule; phrasings are mine or adapted from those datasets, names come from the store.
"""

from __future__ import annotations

import re

import pytest
from rasa.shared.nlu.training_data.message import Message
from rasa_sdk import Tracker

from actions.claims import said_details, verdict
from actions.topics import ActionFact
from bot.nlu_frame import QuestionReader
from bot.scope import OTHER_SUBJECT
from bot.store import FactStore
from bot.understanding import people_reading, person_asked
from bot.understanding.lexicon import default_lexicon, tokens
from tests.reading_helpers import decided, name, reading, run, values


def _intent(message) -> str:
    return (message.get("intent") or {}).get("name")


def _credited(store: FactStore, role: str) -> str:
    return store.people[store.crew[role].people[0]].name


def _song(store: FactStore) -> tuple[str, str]:
    """(the theme song's romanised title, the band that first released it)."""
    work = store.crew["theme_song"].work
    assert work is not None
    title = re.search(r"\(([^)]+)\)", str(work.value))
    assert title is not None
    return title.group(1), store.people[str(work.extra["original_by"])].name


def _group_and_member(store: FactStore, person_id: str) -> tuple[str, str]:
    """(the words of the group a person of ours belongs to, that person's name)."""
    group = people_reading.group_of(store, person_id)
    assert group
    return " ".join(group), store.people[person_id].name


def _singer(store: FactStore) -> str:
    return store.crew["theme_song"].people[0]


def _lead_actor(store: FactStore) -> str:
    return store.people[store.cast[0].actor].name


# --- "lead" of a band's part ---


def test_the_lead_singer_of_a_group_is_no_claim_of_the_films_lead(store):
    group, _ = _group_and_member(store, store.cast[0].actor)
    text = f"is the lead singer of {group} from south africa?"
    assert not [h for h in default_lexicon().find(tokens(text), ("claim",)) if h.key == "lead"]


@pytest.mark.parametrize("form", ["is {a} the lead?", "is {a} the lead in it?", "was {a} a lead actor?"])
def test_the_lead_asked_of_an_actor_stays_a_claim(store, form):
    text = form.format(a=_lead_actor(store).lower())
    assert [h for h in default_lexicon().find(tokens(text), ("claim",)) if h.key == "lead"]


# --- the song's length compared ---


@pytest.mark.parametrize("form", ["Is {s} over 5 minutes long?", "is the song {s} longer than four minutes?"])
def test_a_length_compared_of_the_song_is_the_songs(store, form):
    song, _ = _song(store)
    text = form.format(s=song)
    result = reading(store, text, "ask_runtime", [name(text, song, "crew_role", "theme song")])
    assert result.intent == "ask_fact"
    assert values(result, "attribute") == ["runtime"]
    assert values(result, "topic") == ["theme_song"]
    assert not values(result, "claim")


def test_a_length_compared_of_the_film_stays_its_runtime(store):
    result = reading(store, f"Is {store.title} over 2 hours long?", "ask_runtime", [])
    assert result.intent == "ask_runtime"
    assert values(result, "claim") == ["runtime_over:120"]


# --- a name taken for a greeting ---


def test_a_groups_name_alone_taken_for_a_greeting_asks_the_one_named(store):
    group, member = _group_and_member(store, _singer(store))
    message = decided(store, group, "greet", [], 0.55)
    assert _intent(message) == "ask_person"
    assert member in [e["value"] for e in message.get("entities") if e["entity"] == "person"]


@pytest.mark.parametrize("form", ["hello", "hi there", "hello {p}"])
def test_a_greeting_stays_a_greeting(store, form):
    singer = store.people[_singer(store)].name
    text = form.format(p=singer)
    entities = [name(text, singer, "person")] if singer in text else []
    assert _intent(decided(store, text, "greet", entities, 0.9)) == "greet"


# --- a later instalment called a part ---


@pytest.mark.parametrize("form", ["Who will direct the new part of {t}?", "when does the next part come out?"])
def test_a_new_part_is_a_sequel(store, form):
    text = form.format(t=store.title)
    hits = default_lexicon().find(tokens(text), ("attribute",))
    assert "sequel" in [h.key for h in hits]
    assert "director" not in [h.key for h in hits if h.phrase == "part"]


# --- who made it ---


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("who made the film?", "ask_crew"),
        ('Who was in charge of making the film "{t}"?', "ask_cast"),
        ("who was in charge of the movie?", "ask_cast"),
    ],
)
def test_who_made_the_film_is_its_director(store, text, intent):
    assert reading(store, text.format(t=store.title), intent, []).intent == "ask_director"


def test_the_director_and_another_credit_asked_together_stay_both(store):
    text = "who is the director and the composer?"
    entities = [name(text, "director", "crew_role"), name(text, "composer", "crew_role")]
    result = reading(store, text, "ask_crew", entities)
    assert result.intent in (None, "ask_crew", "ask_director")
    assert person_asked.ASKED_OF_PERSON not in values(result, "attribute")


# --- something of a crew member the store does not hold ---


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        ("What was the director warned about?", ["director"]),
        ("What were the director and the screenwriter warned about?", ["director", "screenwriter"]),
    ],
)
def test_something_of_a_crew_member_no_source_gives_is_not_known(store, text, roles):
    entities = [name(text, role, "crew_role") for role in roles]
    result = reading(store, text, "ask_crew" if len(roles) > 1 else "ask_director", entities)
    assert result.intent == "ask_fact"
    assert values(result, "attribute") == [person_asked.ASKED_OF_PERSON]
    assert values(result, "person") == [_credited(store, "director")]


def test_a_credited_work_judged_yes_or_no_is_no_crew_member_asked_of(store):
    text = "is the script strong enough?"
    result = reading(store, text, "ask_crew", [name(text, "script", "crew_role")])
    assert person_asked.ASKED_OF_PERSON not in values(result, "attribute")
    assert not values(result, "person")


@pytest.mark.parametrize("text", ["who is the director?", "what is the director's name?"])
def test_the_director_asked_stays_the_credit(store, text):
    result = reading(store, text, "ask_director", [name(text, "director", "crew_role")])
    assert result.intent in (None, "ask_director")
    assert person_asked.ASKED_OF_PERSON not in values(result, "attribute")


# --- "according to" someone else ---


def test_a_question_attributed_to_someone_else_is_no_source_request(store):
    author = store.people[str(store.novel["author"].value)].name
    surname = author.split()[-1]
    text = f"When did {surname} hit upon writing the poem, according to the information presented by a biographer?"
    message = decided(store, text, "ask_source", [name(text, surname, "person", author)], 0.9)
    assert _intent(message) != "ask_source"


@pytest.mark.parametrize("form", ["when was {p} born, according to you?", "according to whom does {p} star in it?"])
def test_the_assistants_own_source_asked_stays(store, form):
    actor = _lead_actor(store)
    text = form.format(p=actor)
    assert _intent(decided(store, text, "ask_source", [name(text, actor, "person")], 0.9)) == "ask_source"


# --- a book about one of ours ---


@pytest.mark.parametrize(
    "form", ["What kind of book was the book about the band {b}?", "who wrote the book about {b}?"]
)
def test_a_book_about_one_of_our_people_is_not_the_novel(store, form):
    _, band = _song(store)
    text = form.format(b=band)
    result = reading(store, text, "ask_novel", [name(text, band, "person")])
    assert result.intent == "ask_fact"
    assert values(result, "attribute") == [person_asked.ASKED_OF_PERSON]


def test_a_book_about_someones_character_asks_what_the_book_is_about(store):
    actor = _lead_actor(store)
    text = f"is the book about {actor}'s character?"
    result = reading(store, text, "ask_novel", [name(text, actor, "person")])
    assert "novel_author" not in values(result, "claim")
    assert person_asked.ASKED_OF_PERSON not in values(result, "attribute")


def test_the_novels_author_asked_yes_or_no_stays_a_claim(store):
    actor = _lead_actor(store)
    text = f"was the novel written by {actor}?"
    assert "novel_author" in values(reading(store, text, "ask_novel", [name(text, actor, "person")]), "claim")


# --- the members of a band ---


@pytest.mark.parametrize("form", ["who are the members of {b}?", "What are the names of the people from {b} line-up?"])
def test_the_members_of_a_band_are_its_people_of_ours(store, form):
    _, band = _song(store)
    member = next(
        p.name for pid, p in store.people.items() if people_reading.group_of(store, pid) == tokens(band.lower())
    )
    text = form.format(b=band)
    result = reading(store, text, "ask_person", [name(text, band, "person")])
    assert member in values(result, "person")


def test_a_band_asked_with_no_word_of_members_stays_the_band(store):
    _, band = _song(store)
    text = f"is {band} a band?"
    assert not values(reading(store, text, "ask_person", [name(text, band, "person")]), "person")


# --- asked of ours, never refused ---


def test_a_name_of_ours_in_lower_case_beside_a_place_is_not_another_name(store):
    singer = store.people[_singer(store)].name
    text = f"Was {singer} born in New England?"
    message = decided(store, text, "nlu_fallback", [name(text, singer, "person")], 0.5)
    assert _intent(message) != "out_of_scope"


def test_the_band_one_of_ours_sings_in_beside_another_subject_is_not_refused(store):
    group, _ = _group_and_member(store, _singer(store))
    text = f"Is {group} an American rock band from Ohio?"
    ranked = [{"name": "out_of_scope", "confidence": 0.99}, {"name": "ask_plot", "confidence": 0.01}]
    message = Message(data={"text": text, "intent": ranked[0], "intent_ranking": ranked})
    message.set("entities", [])
    message.set(OTHER_SUBJECT, "ohio")
    QuestionReader(store, default_lexicon()).process([message])
    assert _intent(message) != "out_of_scope"


@pytest.mark.parametrize(
    "form", ["Was {g} very famous around the world?", "Is {g} a rock band that started in Virginia?"]
)
def test_a_group_asked_of_yes_or_no_is_not_a_members_card(store, form):
    group, _ = _group_and_member(store, store.cast[0].actor)
    result = reading(store, form.format(g=group), "out_of_scope", [])
    assert result.intent == "ask_fact"
    assert values(result, "attribute") == [person_asked.ASKED_OF_PERSON]
    assert not values(result, "person")


@pytest.mark.parametrize("form", ["who does the {g} member play?", "is the {g} guy in the movie?"])
def test_a_member_of_a_group_asked_stays_the_member(store, form):
    group, member = _group_and_member(store, store.cast[0].actor)
    assert member in values(reading(store, form.format(g=group), "ask_person", []), "person")


# --- an aside between commas ---


def test_the_names_of_an_aside_are_no_subject(store):
    urging, asked = (store.characters[c.character].name.split()[0] for c in (store.cast[2], store.cast[1]))
    text = f"With whom, at {urging}'s urging, does {asked} start to sleep?"
    entities = [name(text, urging, "character"), name(text, asked, "character")]
    result = reading(store, text, "ask_character", entities)
    assert result.intent == "ask_fact"
    assert values(result, "attribute") == [person_asked.ASKED_OF_PERSON]
    assert [e["value"] for e in result.drop] == [urging]


def test_a_question_with_no_aside_keeps_every_name(store):
    first, second = (store.characters[c.character].name.split()[0] for c in (store.cast[0], store.cast[1]))
    text = f"Does {first} meet {second} at the hospital?"
    entities = [name(text, first, "character"), name(text, second, "character")]
    assert not reading(store, text, "ask_character", entities).drop


# --- searches for the poster, the scripts, a critique ---


@pytest.mark.parametrize("text", ["{t} poster", "is there a poster?", "what's on the key art?"])
def test_the_poster_is_the_films_key_art(store, domain, text):
    text = text.format(t=store.title.lower())
    result = reading(store, text, "nlu_fallback", [])
    assert result.intent == "ask_fact"
    assert values(result, "topic") == ["poster"]
    said, _, _ = run(ActionFact(), domain, text, result.entities)
    assert said[0] == "utter_fact_poster"
    assert store.film["poster"].sources


def test_a_remark_on_how_the_poster_looks_asks_nothing_of_it():
    hits = default_lexicon().find(tokens("is it korean? the poster looks like a kdrama"), ("attribute",))
    assert "poster" not in [h.key for h in hits]
    asked = default_lexicon().find(tokens("what does the poster look like?"), ("attribute",))
    assert "poster" in [h.key for h in asked]


def test_a_persons_poster_is_not_known(store):
    actor = _lead_actor(store)
    text = f"is there a poster of {actor}?"
    result = reading(store, text, "ask_person", [name(text, actor, "person")])
    assert "poster" not in values(result, "topic")


@pytest.mark.parametrize(("word", "attribute"), [("scripts", "screenwriter"), ("critique", "reviews")])
def test_search_words_for_the_scripts_and_a_critique(store, word, attribute):
    text = f"{store.title.lower()} {word}"
    assert attribute in [h.key for h in default_lexicon().find(tokens(text), ("attribute",))]


# --- the song's producer and writer claimed ---


def _song_credit(store: FactStore, part: str) -> str:
    work = store.crew["theme_song"].work
    assert work is not None
    return store.people[str(work.extra[part])].name


@pytest.mark.parametrize(
    ("form", "part", "claim"),
    [
        ("was the theme song produced by {p}?", "produced_by", "song_producer"),
        ("did {p} produce the theme song?", "produced_by", "song_producer"),
        ("was the theme song written by {p}?", "written_by", "song_writer"),
        ("did {p} write the theme song?", "written_by", "song_writer"),
    ],
)
def test_the_songs_producer_or_writer_claimed_is_decided_by_the_songs_credit(store, form, part, claim):
    holder = _song_credit(store, part).lower()
    text = form.format(p=holder)
    entities = [name(text, "theme song", "crew_role"), name(text, holder, "person")]
    result = reading(store, text, "ask_crew", entities)
    assert f"credit:{claim}" in values(result, "claim")
    tracked = [*entities, *result.entities]
    assert verdict(f"credit:{claim}", _tracker(text, tracked))[0] is True
    assert not [d for d in said_details(_tracker(text, tracked)) if d[0] == "credit"]


def test_the_songs_singer_claimed_as_its_producer_is_no(store):
    singer = store.people[_singer(store)].name
    text = f"was the theme song produced by {singer}?"
    entities = [name(text, "theme song", "crew_role"), name(text, singer, "person")]
    tracked = [*entities, *reading(store, text, "ask_crew", entities).entities]
    assert verdict("credit:song_producer", _tracker(text, tracked))[0] is False


def test_the_films_producer_claimed_stays_the_films(store):
    producer = _credited(store, "producer")
    text = f"did {producer} produce the film?"
    result = reading(store, text, "ask_crew", [name(text, producer, "person")])
    assert "credit:producer" in values(result, "claim")


def _tracker(text: str, entities: list[dict]) -> Tracker:
    message = {"text": text, "intent": {"name": "ask_crew"}, "entities": entities}
    return Tracker("t", {}, message, [{"event": "user", "text": text}], False, None, {}, "")


# --- the central character, in the film of one who made it ---


@pytest.mark.parametrize("words", ["central character", "the central character"])
def test_the_central_character_is_a_name_of_the_lead(store, words):
    lead = store.cast[0].character
    assert [m.id for m in store.resolve(words, ("character",))] == [lead]


@pytest.mark.parametrize(
    "form", ["Who played the central character in {d}'s new production?", "who plays {c} in {d}'s movie?"]
)
def test_a_part_in_the_film_of_one_who_made_it_is_who_plays_it(store, form):
    director = _credited(store, "director")
    surname = director.split()[-1]
    character = store.characters[store.cast[1].character].name.split()[0]
    text = form.format(d=surname, c=character)
    said = "central character" if "central character" in text else character
    entities = [name(text, said, "character"), name(text, surname, "person", director)]
    result = reading(store, text, "ask_person", entities)
    assert result.intent == "ask_who_plays"
    assert [e["value"] for e in result.drop] == [director]


def test_a_part_beside_an_actors_name_is_left_to_the_other_rules(store):
    actor = _lead_actor(store)
    character = store.characters[store.cast[0].character].name.split()[0]
    text = f"who played {character} in {actor}'s film?"
    entities = [name(text, character, "character"), name(text, actor, "person")]
    assert not reading(store, text, "ask_person", entities).drop


# --- a wh-question after "with" ---


def test_a_wh_question_opened_by_with_is_no_yes_or_no_fragment(store):
    singer = store.people[_singer(store)].name
    text = f"With what single did {singer} win the National Festival of Polish Song?"
    result = reading(store, text, "out_of_scope", [name(text, singer, "person"), name(text, "Song", "crew_role")])
    assert not [c for c in values(result, "claim") if c.startswith("credit:")]


def test_a_fragment_with_one_of_ours_stays_a_yes_or_no(store):
    actor = _lead_actor(store)
    text = f"starring {actor.lower()}?"
    assert values(reading(store, text, "ask_cast", [name(text, actor.lower(), "person", actor)]), "claim")


# --- parts of someone's work counted ---


def _actor_and_work(store: FactStore) -> tuple[str, str]:
    """(an actor's name, the title of an ASCII-titled work the store lists for them)."""
    for credit in store.cast:
        person = store.people[credit.actor]
        work = next((w for w in person.known_for if w.title.isascii()), None)
        if work is not None:
            return person.name, work.title
    raise AssertionError("no actor with an ASCII-titled work")


@pytest.mark.parametrize(
    "form",
    [
        "In the {w} TV series, over how many episodes did {a} take part?",
        "how many episodes of {w} was {a} in?",
    ],
)
def test_the_parts_of_someones_work_counted_are_not_known(store, form):
    actor, work = _actor_and_work(store)
    text = form.format(w=work, a=actor)
    result = reading(store, text, "ask_other_work", [name(text, actor, "person")])
    assert result.intent == "ask_fact"
    assert values(result, "attribute") == [person_asked.ASKED_OF_PERSON]


def test_the_episodes_of_this_film_counted_stay_its_premise(store):
    result = reading(store, f"how many episodes does {store.title.lower()} have?", "ask_fact", [])
    assert person_asked.ASKED_OF_PERSON not in values(result, "attribute")


# --- guards the sweep asked for ---


def test_an_aside_naming_no_one_stays_part_of_the_question(store):
    actor = _lead_actor(store)
    surname = actor.split()[-1]
    text = f"When, in the Japanese era calendar, did {surname} become a film actor?"
    result = reading(store, text, "ask_other_work", [name(text, surname, "person", actor)])
    assert not result.drop


def test_a_novel_about_a_family_of_the_story_is_left_open(store):
    author = store.people[str(store.novel["author"].value)].name
    family = store.characters[store.cast[0].character].name.split()[-1]
    text = f"Has {author}'s novel about the {family} family entered the public domain in the United States?"
    result = reading(store, text, "ask_novel", [name(text, author, "person"), name(text, family, "character")])
    assert result.intent == "ask_fact"
    assert [c.partition(":")[0] for c in values(result, "claim")] == ["polar_open"]
    assert "yes/no the novel's author" in result.why


def test_a_singer_asked_whether_they_sing_the_song_is_the_songs_credit(store):
    singer = store.people[_singer(store)].name
    song, _ = _song(store)
    text = f"does {singer} sing {song.lower()}"
    result = reading(store, text, "ask_person", [name(text, singer, "person")])
    assert result.intent == "ask_crew"
    assert values(result, "crew_role") == ["theme_song"]
