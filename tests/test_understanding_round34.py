"""Round 34: a question that asks for a work never gets a card that names none (GrailQA's kind of question).

- "<a person> is the director of what tv episode?": a wh-phrase whose head is a work noun asks for a work; the card
  of a person, the cast, a credit or the plot names none. Asked of one of the film's people (named, pointed at by a
  pronoun or a role, or a character's actor), it is their works; asked beside this film or its theme song with
  nobody of ours named, it is another work: "I don't know that".
- "which song plays at the end?", "which film is <a character> in?": the theme song's card and this film answer
  those, and keep answering them.
- A person whose only work the store holds is this film: "what film did <a producer> produce?" gets their credit,
  then that the store lists no other work of theirs.
- "the film cut type of <the film>" is a thing of this film, never another work's title.
- "who distributed it?" is the film's distributor, a fact of the store; "what film continues the story of <the
  film>?" asks for a sequel.

Each test names the general rule; phrasings are mine (or adapted from GrailQA's crowd paraphrases), names come from
the store.
"""

from __future__ import annotations

import re

import pytest

from actions.people import ActionOtherWork
from actions.topics import ActionFact
from bot.understanding import people_reading, work_asked
from bot.understanding.lexicon import default_lexicon, tokens
from bot.understanding.person_asked import ASKED_OF_PERSON
from tests.reading_helpers import name, reading, run, tags, values


def _director(store) -> str:
    return store.people[store.crew["director"].people[0]].name


def _song_title(store) -> str:
    """The theme song's romanised title, as the card gives it in brackets."""
    value = str(store.crew["theme_song"].work.value)
    return value[value.index("(") + 1 : value.index(")")]


def _asked(text: str, result) -> list[str]:
    return [text[e["start"] : e["end"]].lower() for e in result.entities if e["value"] == ASKED_OF_PERSON]


def _work_phrase(text: str) -> str | None:
    words = tokens(text)
    found = work_asked.work_asked(words, default_lexicon().find(words, ("attribute", "film")))
    return None if found is None else " ".join(words[found.start : found.end])


# --- the wh-phrase's head ---


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("he is the director of what tv episode?", "what tv episode"),
        ("which tv show has the same cast?", "which tv show"),
        ("what tv theme songs are written by her?", "what tv theme songs"),
        ("she performed which film featured song?", "which film featured song"),
        ("what film genre is it?", None),
        ("what movie rating does it have?", None),
        ("what film collection includes it?", None),
        ("what is the film about?", None),
    ],
)
def test_the_head_of_the_wh_phrase_is_the_work_asked(text, phrase):
    assert _work_phrase(text) == phrase


# --- a work asked of one of the film's people ---


@pytest.mark.parametrize(
    ("template", "intent"),
    [
        ("{} is the director of what tv episode?", "ask_person"),
        ("{} directed what concert film besides this one?", "ask_director"),
    ],
)
def test_a_work_asked_of_a_person_is_their_works(store, template, intent):
    who = _director(store)
    text = template.format(who)
    result = reading(store, text, intent, [name(text, who, "person")])
    assert result.intent == "ask_other_work"
    assert values(result, "person") == [who]


def test_a_work_asked_of_a_person_beside_this_film_is_still_their_works(store):
    who = _director(store)
    text = f"what other movies has {who} made besides {store.title}?"
    result = reading(store, text, "ask_person", [name(text, who, "person")])
    assert result.intent == "ask_other_work"


@pytest.mark.parametrize("text", ["what tv shows has the male lead appeared in?", "what movies did he direct?"])
def test_a_work_asked_of_someone_pointed_at_is_their_works(store, text):
    assert reading(store, text, "ask_person").intent == "ask_other_work"


def test_which_film_a_character_is_in_is_not_their_actors_works(store):
    character = store.characters[store.cast[0].character].name.split()[0]
    text = f"which film is {character} in?"
    result = reading(store, text, "ask_character", [name(text, character, "character")])
    assert result.intent in (None, "ask_character")


# --- a work asked beside this film, with nobody of ours ---


@pytest.mark.parametrize(
    ("template", "intent", "asked"),
    [
        ("the company that produced {} also produced what concert film?", "ask_crew", "concert film"),
        ("which tv show has the same cast members as {}?", "ask_cast", "tv show"),
    ],
)
def test_another_work_asked_beside_this_film_is_not_known(store, domain, template, intent, asked):
    text = template.format(store.title.lower())
    result = reading(store, text, intent)
    assert result.intent == "ask_fact"
    assert _asked(text, result) == [asked]
    said, _, _ = run(ActionFact(), domain, text, result.entities)
    assert said == ["utter_dont_know_asked"]


def test_another_song_than_the_theme_song_is_not_known(store):
    text = f"what tv theme songs are written by the lyricist who wrote {_song_title(store).lower()}?"
    result = reading(store, text, "ask_crew", [name(text, "theme songs", "crew_role", "theme song")])
    assert result.intent == "ask_fact"
    assert _asked(text, result) == ["tv theme songs"]


@pytest.mark.parametrize(
    ("text", "role"),
    [("which song plays at the end?", "song"), ("suis performed which film featured song?", "song")],
)
def test_the_song_asked_with_no_title_is_the_theme_songs_card(store, text, role):
    result = reading(store, text, "ask_crew", [name(text, role, "crew_role")])
    assert result.intent in (None, "ask_crew")


def test_works_asked_of_the_people_of_the_last_answer_keep_the_card(store):
    # "they" after a credit's card: no one to look up works of, so the card stands
    assert reading(store, "they produced which films?", "ask_crew").intent in (None, "ask_crew")


# --- a person whose only work held is this film ---


def _producer_without_other_work(store):
    return next(
        store.people[p] for credit in store.crew.values() for p in credit.people if not store.people[p].known_for
    )


def test_the_work_of_someone_with_no_other_work_is_their_credit_here(store, domain):
    person = _producer_without_other_work(store)
    role = next(c.role for c in store.crew_roles_of(person.id))
    text = f"what film did {person.name} work on?"
    said, _, _ = run(ActionOtherWork(), domain, text, [name(text, person.name, "person")], intent="ask_other_work")
    assert said[0].startswith("utter_crew") and role in said[0]
    assert said[-1] == "utter_other_work_unknown"


def test_other_work_of_someone_with_none_is_only_not_known(store, domain):
    person = _producer_without_other_work(store)
    text = f"what else has {person.name} worked on?"
    said, _, _ = run(ActionOtherWork(), domain, text, [name(text, person.name, "person")], intent="ask_other_work")
    assert said == ["utter_other_work_unknown"]


# --- the film's own things ---


@pytest.mark.parametrize(
    "template", ["which is the film cut type of {}?", "what jurisdiction released the film cut of {}?"]
)
def test_a_thing_of_this_film_after_the_film_noun_is_no_other_work(store, template):
    text = template.format(store.title.lower())
    assert reading(store, text, "nlu_fallback").intent != "out_of_scope"


@pytest.mark.parametrize(
    "text", ["who distributed the movie?", "which film distributor distributes it?", "配給会社は？"]
)
def test_the_distributor_is_the_films_fact(store, domain, text):
    result = reading(store, text, "ask_crew")
    assert (result.intent, tags(result).get("topic")) == ("ask_fact", "distributor")
    said, _, _ = run(ActionFact(), domain, text, result.entities)
    assert said[0] == "utter_fact_distributor"


def test_no_one_but_the_film_has_a_distributor(store):
    person = store.people[store.cast[0].actor].name
    text = f"who is {person}'s distributor?"
    result = reading(store, text, "ask_person", [name(text, person, "person")])
    assert "distributor" not in values(result, "topic")


def test_what_continues_the_story_is_a_sequel(store):
    text = f"what film continues the story of {store.title.lower()}?"
    assert values(reading(store, text, "ask_plot"), "topic") == ["sequel"]


# --- a real person's friends ---


def _two_leads(store) -> tuple[str, str]:
    first, second = (store.people[credit.actor].name for credit in store.cast[:2])
    return first, second


@pytest.mark.parametrize(
    ("template", "intent", "asked"),
    [
        ("who is {a}'s best friend?", "ask_person", "best friend"),
        ("is {a} friends with {b}?", "ask_person", "friends"),
        ("are {a} and {b} friends?", "ask_other_work", "friends"),
    ],
)
def test_a_real_persons_friends_are_not_known(store, domain, template, intent, asked):
    a, b = _two_leads(store)
    text = template.format(a=a, b=b)
    entities = [name(text, who, "person") for who in (a, b) if who in text]
    result = reading(store, text, intent, entities)
    assert result.intent == "ask_fact"
    assert _asked(text, result)[0].startswith(asked)
    said, _, _ = run(ActionFact(), domain, text, [*entities, *result.entities])
    assert said == ["utter_dont_know_person_asked"]


def test_a_characters_best_friend_is_still_the_storys(store):
    character = store.characters[store.cast[1].character].name.split()[0]
    text = f"who is {character}'s best friend?"
    result = reading(store, text, "ask_character", [name(text, character, "character")])
    assert ASKED_OF_PERSON not in values(result, "attribute")


# --- a possessive or a name before the work noun ---


def test_a_work_of_a_roles_holder_is_their_works(store):
    text = "what is the composer's most famous song?"
    result = reading(store, text, "ask_crew", [name(text, "composer", "crew_role"), name(text, "song", "crew_role")])
    composer = store.people[store.crew[store.role("composer")].people[0]].name
    assert result.intent == "ask_other_work"
    assert values(result, "person") == [composer]


def test_the_films_own_song_is_still_the_theme_song(store):
    text = f"what is {store.title.lower()}'s theme song?"
    result = reading(store, text, "ask_crew", [name(text, "theme song", "crew_role")])
    assert result.intent in (None, "ask_crew")


def _known_part(store):
    """A person of the cast whose note on one work names a part ("as <a part>"), with that part's first word."""
    for credit in store.cast:
        person = store.people[credit.actor]
        for work in person.known_for:
            found = re.search(r"\bas (?:the \w+ )?([A-Z]\w+)", work.detail or "")
            if found:
                return person, found.group(1)
    pytest.skip("no note names a part")


def test_the_name_of_the_work_where_someone_plays_a_part_is_theirs(store, domain):
    person, part = _known_part(store)
    text = f"what is the name of the movie where {person.name.lower()} plays the role of {part.lower()}?"
    entity = name(text, person.name, "person")
    result = reading(store, text, "ask_person", [entity])  # the reader reads the title asked, then the work
    assert result.intent == "ask_other_work"
    said, _, _ = run(ActionOtherWork(), domain, text, [entity], intent="ask_other_work")
    assert said == ["utter_person_work_said"]


def test_a_part_no_note_names_is_not_known(store, domain):
    person = store.people[store.cast[0].actor]
    text = f"which movie did {person.name} play a lighthouse keeper in and when was it released?"
    said, _, _ = run(ActionOtherWork(), domain, text, [name(text, person.name, "person")], intent="ask_other_work")
    assert said == ["utter_dont_know_part_in_works"]


def test_the_name_of_the_film_a_character_is_in_is_this_film(store):
    actor = store.people[store.cast[1].actor].name
    character = store.characters[store.cast[1].character].name.split()[0]
    text = f"what is the name of the movie where {actor} plays {character}?"
    entities = [name(text, actor, "person"), name(text, character, "character")]
    assert reading(store, text, "ask_title", entities).intent in (None, "ask_title")


# --- words before the question ---


@pytest.mark.parametrize(
    ("template", "intent"),
    [
        ("Hey , May , look , is the novel sad ?", "ask_novel"),
        ("{title} ? Is that book funny ?", "ask_novel"),
        ("Ahem ... uh , sir , I beg your pardon ... is the novel sad ?", "ask_novel"),
    ],
)
def test_words_that_call_for_attention_leave_the_question(store, template, intent):
    text = template.format(title=store.title)
    result = reading(store, text, intent)
    # read as the yes/no question it is: never the novel's card alone
    assert result.intent is not None or result.entities


# --- the assistant's own opinion asked by a tag ---


@pytest.mark.parametrize(
    "template",
    [
        "{a} may be handsome , but I think he's a bit crazy , don't you ?",
        "Are you interested in watching {title} ?",
        "{title} is a great film, don't you think?",
    ],
)
def test_an_opinion_asked_of_the_assistant_is_its_taste(store, template):
    a = store.people[store.cast[0].actor].name
    text = template.format(a=a, title=store.title)
    entities = [name(text, a, "person")] if a in text else []
    result = reading(store, text, "ask_person", entities)
    assert "taste" in {e["entity"] for e in result.entities}


# --- a ranking of someone's works ---


@pytest.mark.parametrize(
    ("template", "ranked"),
    [("which tv show did {} star in the most episodes?", "most episodes"), ("which film of {} is the best?", "best")],
)
def test_a_ranking_of_someones_works_is_not_known(store, domain, template, ranked):
    person = next(p for p in store.people.values() if p.known_for)
    text = template.format(person.name)
    said, messages, _ = run(
        ActionOtherWork(), domain, text, [name(text, person.name, "person")], intent="ask_other_work"
    )
    assert said == ["utter_dont_know_works_ranking"]
    assert people_reading.ranking_asked(tokens(text)) == ranked


@pytest.mark.parametrize("text", ["what is her most famous movie?", "her best known works", "her most recent film"])
def test_fame_and_order_are_no_ranking(text):
    assert people_reading.ranking_asked(tokens(text)) is None


@pytest.mark.parametrize("template", ["{} agency", "what talent agency represents {}?"])
def test_a_persons_agency_is_not_known(store, template):
    person = store.people[store.cast[1].actor].name
    text = template.format(person)
    result = reading(store, text, "ask_other_work", [name(text, person, "person")])
    assert (result.intent, values(result, "attribute")) == ("ask_fact", ["agency"])


# --- the assistant asked back, and a film's maker by "by" ---


@pytest.mark.parametrize("text", ["what about you?", "and you?", "how about yourself?"])
def test_a_bare_what_about_you_asks_the_assistants_taste(store, text):
    result = reading(store, text, "ask_plot")
    assert (result.intent, "taste" in tags(result)) == ("ask_fact", True)


def test_the_asker_s_words_before_what_about_you_are_the_object(store):
    author = store.people[store.crew["original_author"].people[0]].name if "original_author" in store.crew else None
    who = author or store.people[store.cast[0].actor].name
    text = f"Like to read more especially if it is {who}. What about you?"
    result = reading(store, text, "ask_person", [name(text, who, "person")])
    assert "taste" in tags(result)


def test_the_askers_own_news_after_a_taste_question_keeps_it(store):
    who = store.people[store.cast[0].actor].name
    text = f"do you like {who}? i see him every year"
    result = reading(store, text, "ask_person", [name(text, who, "person")])
    assert "taste" in tags(result)


@pytest.mark.parametrize("text", ["who's it by?", "Excellent, I will look out for it. who's it by?"])
def test_who_a_film_is_by_is_its_director(store, text):
    assert reading(store, text, "nlu_fallback").intent == "ask_director"


def test_an_honorific_after_a_name_is_part_of_it(store):
    family = store.people[store.cast[1].actor].name.split()[-1]
    text = f"Um, who is {family}-san?"
    result = reading(store, text, "ask_person", [name(text, family, "person")])
    assert ASKED_OF_PERSON not in values(result, "attribute")


def test_a_part_ends_where_a_preposition_leads_on(store):
    # "(who played <a> in <the film>) appear in?": the part is <a>, a character of ours, not a part no note names
    character = store.characters[store.cast[0].character].name.split()[0]
    said = tokens(f"What other TV show did he (who played {character} in {store.title}) appear in?")
    assert people_reading.part_in_another_work(said) == [character.lower()]


def test_the_actor_who_plays_a_character_has_their_works_asked(store):
    character = store.characters[store.cast[0].character].name.split()[0]
    text = f"The actor who plays {character} in it is a character in which film?"
    result = reading(store, text, "ask_cast", [name(text, character, "character")])
    assert result.intent == "ask_other_work"


def test_which_book_the_assistant_read_is_its_experience(store):
    result = reading(store, "what book did you read ?", "ask_novel")
    assert "taste" in tags(result)


def test_a_number_of_top_works_is_a_list_not_a_ranking():
    assert people_reading.ranking_asked(tokens("list top five movies of him")) is None


def test_a_real_persons_friend_with_the_possessive_glued_on_is_not_known(store):
    given, family = store.people[store.cast[0].actor].name.split()
    text = f"who is {given} {family}s best friend?"
    result = reading(store, text, "ask_person", [name(text, given, "person")])
    assert result.intent == "ask_fact"
    assert _asked(text, result) == ["best friend"]
