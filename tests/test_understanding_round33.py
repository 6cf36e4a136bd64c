"""Round 33: scene questions about characters (FriendsQA's kind) never get an answer to another question.

- "who was consoling <a>?": a who-question the classifier alone took for who plays <a>, with a word no casting
  question uses, asks something the store does not hold - never the actor.
- "why does <a> want to go out with <b>?": one character's card says nothing of two characters named apart; a card
  answers "who are <a> and <b>?".
- "why did <a>'s dad get upset?": the relative's card, read from a relation word, never answers a word it does not
  say.
- "when does <a> get upset?", "how much does <a> spend on art supplies?": the classifier's ending, alone, for a
  scene's words, is not the spoiler question.
- "where is the scene taking place?" is the setting; "what is <a> recovering from?" the illness.
- "what is going on between <a> and <b>?" and "who had feelings for <a>?" are how the two are related.
- a card's agent noun speaks to its verb: an owner to "owns".

Each test names the general rule; phrasings are mine (or adapted from FriendsQA's crowd questions), names come from
the store.
"""

from __future__ import annotations

import pytest

from actions.topics import ActionFact
from bot.understanding import card_coverage
from bot.understanding.lexicon import tokens
from bot.understanding.person_asked import ASKED_OF_PERSON
from tests.reading_helpers import name, reading, run, values


def _lead_characters(store) -> tuple[str, str]:
    """The first names of the two leads' characters (as users say them)."""
    first, second = (credit.character for credit in store.cast[:2])
    return store.characters[first].name.split()[0], store.characters[second].name.split()[0]


def _asked(text: str, result) -> list[str]:
    return [text[e["start"] : e["end"]].lower() for e in result.entities if e["value"] == ASKED_OF_PERSON]


# --- who-questions the classifier took for who plays someone ---


@pytest.mark.parametrize(
    ("template", "asked"),
    [("Who was consoling {}?", "consoling"), ("Who is always teasing {}?", "always teasing")],
)
def test_a_who_question_with_a_deed_is_not_who_plays(store, domain, template, asked):
    who, _ = _lead_characters(store)
    text = template.format(who)
    entity = name(text, who, "character")
    result = reading(store, text, "ask_who_plays", [entity])
    assert result.intent == "ask_fact"
    assert _asked(text, result)[0].startswith(asked)
    said, _, _ = run(ActionFact(), domain, text, [entity, *result.entities])
    assert said == ["utter_dont_know_person_asked"]


@pytest.mark.parametrize(
    "template",
    [
        "who plays {}?",
        "Who was {} played by?",
        "who is the actress for {}?",
        "who takes the role of {}?",
        "who brings {} to life?",
        "who embodies {}?",
        "who does the role of {}?",
        "who gave life to {}?",
    ],
)
def test_who_plays_someone_is_still_who_plays(store, template):
    who, _ = _lead_characters(store)
    text = template.format(who)
    result = reading(store, text, "ask_who_plays", [name(text, who, "character")])
    assert result.intent in (None, "ask_who_plays")
    assert ASKED_OF_PERSON not in values(result, "attribute")


# --- one card says nothing of two characters named apart ---


@pytest.mark.parametrize(
    ("template", "asked"),
    [
        ("Why does {a} want to go out with {b}?", "want to go out with"),
        ("What did {a} say he gave {b}?", "say he gave"),
        ("Who is the person introduced to {b} by {a}?", "introduced to"),
    ],
)
def test_one_card_never_answers_two_characters_named_apart(store, domain, template, asked):
    first, second = _lead_characters(store)
    text = template.format(a=first, b=second)
    entities = [name(text, first, "character"), name(text, second, "character")]
    result = reading(store, text, "ask_character", entities)
    assert result.intent == "ask_fact"
    assert _asked(text, result) == [asked]
    said, _, _ = run(ActionFact(), domain, text, [*entities, *result.entities])
    assert said == ["utter_dont_know_person_asked"]


@pytest.mark.parametrize(
    ("template", "intent"),
    [
        ("who are {a} and {b}?", "ask_character"),
        ("tell me about {a}, {b}", "ask_character"),
        ("Who plays {a} and who plays {b}?", "ask_who_plays"),
        ("who plays {a} and then who plays {b}", "ask_who_plays"),
    ],
)
def test_names_said_together_still_get_their_cards(store, template, intent):
    """Side by side, or each after the same question: each one's card, as asked."""
    first, second = _lead_characters(store)
    text = template.format(a=first, b=second)
    entities = [name(text, first, "character"), name(text, second, "character")]
    result = reading(store, text, intent, entities)
    assert result.intent in (None, intent)
    assert ASKED_OF_PERSON not in values(result, "attribute")


def test_how_one_knows_another_misspelt_is_how_they_are_related(store):
    first, second = _lead_characters(store)
    text = f"how does {first} knwo {second}"
    entities = [name(text, first, "character"), name(text, second, "character")]
    result = reading(store, text, "ask_character", entities)
    assert values(result, "relation") == ["between"]


# --- a relative's card never answers a word it does not say ---


def _child_with_father(store) -> tuple[str, str]:
    relation = next(r for r in store.relations if r.relation == "father" and r.subject in store.characters)
    return store.characters[relation.subject].name.split()[0], relation.object


def test_a_relatives_card_never_answers_a_word_it_does_not_say(store, domain):
    child, father = _child_with_father(store)
    text = f"Why did {child}'s dad get upset?"
    entities = [name(text, child, "character"), name(text, "dad", "relation", "father")]
    result = reading(store, text, "nlu_fallback", entities)
    assert result.intent == "ask_fact"
    assert _asked(text, result) == ["upset"]
    # the reply is about the relative, whom the new character entity names
    subject = [e["value"] for e in result.entities if e["entity"] == "character"]
    assert [store.resolve_one(v, ("character",)).id for v in subject] == [father]
    said, _, _ = run(ActionFact(), domain, text, result.entities)
    assert said == ["utter_dont_know_person_asked"]


@pytest.mark.parametrize("template", ["who is {c}'s dad?", "Who is the father of fictional character {c}?"])
def test_who_the_relative_is_is_still_their_card(store, template):
    child, _ = _child_with_father(store)
    text = template.format(c=child)
    word = "dad" if "dad" in text else "father"
    entities = [name(text, child, "character"), name(text, word, "relation", "father")]
    result = reading(store, text, "ask_character", entities)
    assert result.intent in (None, "ask_character")
    assert ASKED_OF_PERSON not in values(result, "attribute")


# --- the classifier's ending alone for a scene's words ---


@pytest.mark.parametrize(
    ("template", "asked"),
    [("When does {} get upset?", "upset"), ("How much does {} spend on art supplies?", "spend on art supplies")],
)
def test_a_scene_question_is_not_the_ending(store, template, asked):
    who, _ = _lead_characters(store)
    text = template.format(who)
    result = reading(store, text, "ask_ending", [name(text, who, "character")])
    assert result.intent == "ask_fact"
    assert _asked(text, result) == [asked]


@pytest.mark.parametrize(
    "template",
    [
        "how does it end?",
        "when does {} die?",
        "what was {}'s fate?",
        "how many people die at the end?",
        "why does {} go to the hospital?",
        "which character do you think don't deserve the bad ending they got and why?",
    ],
)
def test_the_ending_asked_stays_the_ending(store, template):
    who, _ = _lead_characters(store)
    text = template.format(who)
    entities = [name(text, who, "character")] if who in text else []
    result = reading(store, text, "ask_ending", entities)
    assert ASKED_OF_PERSON not in values(result, "attribute")


# --- vocabulary: setting, illness, relation words ---


@pytest.mark.parametrize(
    ("text", "attribute"),
    [
        ("Where is the scene taking place?", "setting"),
        ("What is the approximate location of the actions taking place?", "setting"),
    ],
)
def test_where_things_take_place_is_the_setting(store, text, attribute):
    result = reading(store, text, "ask_where_to_watch")  # the classifier's second choice, which the guard keeps
    assert (result.intent, values(result, "attribute")) == ("ask_fact", [attribute])


def test_what_someone_recovers_from_is_their_illness(store):
    who, _ = _lead_characters(store)
    text = f"What is {who} recovering from?"
    result = reading(store, text, "ask_character", [name(text, who, "character")])
    assert "illness" in values(result, "attribute")


def test_what_is_going_on_between_two_characters_is_how_they_are_related(store):
    first, second = _lead_characters(store)
    text = f"What is going on between {first} and {second}?"
    entities = [name(text, first, "character"), name(text, second, "character")]
    result = reading(store, text, "ask_character", entities)
    assert values(result, "relation") == ["between"]


def test_who_had_feelings_for_someone_is_their_love_interest(store):
    who, _ = _lead_characters(store)
    text = f"Who had feelings for {who}?"
    result = reading(store, text, "ask_who_plays", [name(text, who, "character")])
    assert values(result, "relation") == ["love_interest"]


# --- a card's agent noun speaks to its verb ---


def test_an_agent_noun_of_the_card_speaks_to_its_verb(store):
    with_nouns = [
        (character, [w for w in tokens(str(character.description.value)) if len(w) >= 5 and w.endswith("er")])
        for character in store.characters.values()
        if character.description is not None and character.description.known
    ]
    character, nouns = next((c, n) for c, n in with_nouns if n)
    said = card_coverage.card_words(store, "character", character.id)
    verb = nouns[0][:-2] + "s"
    assert card_coverage.speaks_to(verb, said)
    assert not card_coverage.speaks_to("disgraced", said)


# --- the theme song's card (SParC's kind of question) ---


def _song_title(store) -> str:
    """The theme song's romanised title, as the card gives it in brackets."""
    value = str(store.crew["theme_song"].work.value)
    return value[value.index("(") + 1 : value.index(")")]


def test_a_word_the_songs_card_never_says_is_not_known(store, domain):
    text = f"What instruments does the song {_song_title(store)} use?"
    result = reading(store, text, "out_of_scope", [name(text, "song", "crew_role")])
    assert result.intent == "ask_fact"
    assert _asked(text, result)[0].startswith("instruments")
    said, _, _ = run(ActionFact(), domain, text, result.entities)
    assert said == ["utter_dont_know_asked"]


@pytest.mark.parametrize(
    "template",
    [
        "who sings the song {}?",
        "what is the song {} about?",
        "Which group recorded the melancholy ballad {}?",
        "When did the all-time favorite song {} come out?",
    ],
)
def test_what_the_songs_card_says_is_still_the_card(store, template):
    text = template.format(_song_title(store))
    entities = [name(text, "song", "crew_role")] if "song" in text else []
    result = reading(store, text, "out_of_scope", entities)
    assert ASKED_OF_PERSON not in values(result, "attribute")


@pytest.mark.parametrize(("text", "attribute"), [("what genre is the theme song?", "genre")])
def test_an_attribute_after_a_copula_is_asked_of_the_thing_after_it(store, text, attribute):
    result = reading(store, text, "ask_crew", [name(text, "theme song", "crew_role")])
    assert result.intent == "ask_fact"
    assert attribute in values(result, "attribute")


def test_the_songs_producer_is_the_songs_card(store):
    text = "who produced the theme song?"
    result = reading(store, text, "ask_crew", [name(text, "theme song", "crew_role")])
    assert result.intent in (None, "ask_crew")


@pytest.mark.parametrize("text", ["what was its weekly rank?", "How about its weekly rank?"])
def test_a_weekly_rank_is_the_chart_position(store, text):
    result = reading(store, text, "ask_plot")
    assert result.intent == "ask_fact"
    assert values(result, "topic") == ["top 10"]


# --- a later instalment asked by what it would do; who plays whom is never a date ---


@pytest.mark.parametrize("text", ["will they continue the story?", "is there a continuation?"])
def test_continuing_the_story_is_a_sequel(store, text):
    result = reading(store, text, "ask_character")
    assert result.intent == "ask_fact"
    assert values(result, "topic") == ["sequel"]


def test_when_someone_was_cast_is_not_who_plays_whom(store):
    credit = store.cast[2]
    actor, character = store.people[credit.actor].name, store.characters[credit.character].name
    text = f"When was {actor} cast as {character}?"
    entities = [name(text, actor, "person"), name(text, character, "character")]
    result = reading(store, text, "ask_who_plays", entities)
    assert result.intent == "ask_fact"


# --- a character by description, and what the film itself owns ---


def test_the_owner_of_the_film_is_no_characters_role(store):
    text = f"Who is the owner of {store.title}?"
    result = reading(store, text, "nlu_fallback")
    assert values(result, "character") == []


def test_a_character_described_in_the_films_title_is_still_described(store):
    lead = store.cast[1]  # the second lead: her card says she is ill
    text = f"who plays the sick girl in {store.title.lower()}?"
    result = reading(store, text, "ask_cast")
    assert result.intent == "ask_who_plays"
    assert [store.resolve_one(v, ("character",)).id for v in values(result, "character")] == [lead.character]


def test_a_verb_of_its_own_between_a_role_and_an_actor_is_no_casting_claim(store):
    """ "Did <a>'s actress date <another actor>?" is never "No" from who plays <a>."""
    first, second = store.cast[0], store.cast[1]
    actor = store.people[first.actor].name.split()[0]
    who = store.characters[second.character].name.split()[0]
    text = f"did {who}'s actress date {actor}?"
    entities = [name(text, who, "character"), name(text, actor, "person")]
    result = reading(store, text, "ask_who_plays", entities)
    assert "plays" not in values(result, "claim")
    chatty = f"I know right? Did you know {actor} is {who}?"
    said_around = reading(
        store, chatty, "ask_who_plays", [name(chatty, actor, "person"), name(chatty, who, "character")]
    )
    assert values(said_around, "claim") == ["plays"]  # what is said around the two claims nothing of them
    casting = f"does {actor} play {who}?"
    claimed = reading(
        store, casting, "ask_who_plays", [name(casting, who, "character"), name(casting, actor, "person")]
    )
    assert values(claimed, "claim") == ["plays"]


def test_the_owner_of_the_movie_is_no_characters_role(store):
    result = reading(store, "who is the owner of the movie?", "nlu_fallback")
    assert values(result, "character") == []


@pytest.mark.parametrize("template", ["who embodies {}?", "who does the role of {}?", "who brings {} to life?"])
def test_a_part_played_however_said_is_who_plays(store, template):
    """The classifier's character card, then a verb that ties someone to the character: playing the part."""
    who, _ = _lead_characters(store)
    text = template.format(who)
    result = reading(store, text, "ask_character", [name(text, who, "character")])
    assert result.intent == "ask_who_plays"


def test_giving_ones_life_to_someone_is_not_playing_them(store):
    who, _ = _lead_characters(store)
    text = f"who does {who} give his life to?"
    result = reading(store, text, "ask_character", [name(text, who, "character")])
    assert result.intent != "ask_who_plays"


def test_what_the_card_says_between_two_characters_is_still_the_card(store):
    """ "What does <a> teach <b>?" when <a>'s card says she teaches him: the card answers it."""
    for character in store.characters.values():
        if character.description is None or not character.description.known:
            continue
        text = str(character.description.value)
        others = [
            o.name.split()[0] for o in store.characters.values() if o.id != character.id and o.name.split()[0] in text
        ]
        verbs = [w for w in tokens(text) if w.endswith("es") and len(w) >= 7 and w.isalpha()]
        if others and verbs:
            break
    who, other, verb = character.name.split()[0], others[0], verbs[0]
    question = f"what does {who} {verb[:-2]} {other}?"
    entities = [name(question, who, "character"), name(question, other, "character")]
    result = reading(store, question, "ask_character", entities)
    assert result.intent in (None, "ask_character")
    assert ASKED_OF_PERSON not in values(result, "attribute")


def test_an_actor_and_a_character_named_apart_are_no_two_characters(store):
    """ "Yeah <an actor> was <a character> right?" (refused by the classifier): a casting claim, never "I don't know
    that" about two characters - and the person's card is read as a person's."""
    credit = store.cast[2]
    actor, character = store.people[credit.actor].name, store.characters[credit.character].name
    text = f"Yeah {actor} was {character} right?"
    entities = [name(text, actor, "person"), name(text, character, "character")]
    result = reading(store, text, "nlu_fallback", entities)
    assert ASKED_OF_PERSON not in values(result, "attribute")


# --- a critic named is what critics said ---


def _critic(store) -> str:
    """The publisher of the reviews' first source, as people say it (no "(via …)" note)."""
    return store.sources[store.film["reviews"].sources[0]].publisher.split(" (")[0]


@pytest.mark.parametrize(
    ("template", "intent"),
    [("what rating did {} give it?", "ask_rating"), ("what did {} say about it?", "ask_plot")],
)
def test_a_critic_named_is_what_critics_said(store, template, intent):
    text = template.format(_critic(store))
    result = reading(store, text, intent)
    assert result.intent == "ask_fact"
    assert values(result, "topic") == ["reviews"]


def test_the_rating_without_a_critic_is_still_the_maturity_rating(store):
    assert reading(store, "what rating did it get in the US?", "ask_rating").intent in (None, "ask_rating")


# --- someone looking for another film's name ---


def test_a_long_description_of_another_film_whose_name_is_looked_for_is_refused(store):
    text = (
        "Fighting in French. I watched this movie in my film class a couple years ago. The movie was in black and "
        "white and I believe it was from the 60s maybe earlier. They spoke French in the film and a scene we watched "
        "had a couple arguing, using titles of books on the bookshelf. Anyone ideas on this one?"
    )
    assert reading(store, text, "out_of_scope").intent == "out_of_scope"


def test_a_description_of_this_film_whose_name_is_looked_for_is_not_refused(store):
    premise = store.plot[0].text  # this film's own premise, as someone might retell it
    text = f"i'm trying to remember the name of a netflix movie: {premise} anyone know it?"
    assert reading(store, text, "out_of_scope").intent != "out_of_scope"


# --- a relative the store does not hold, asked yes or no ---


def test_a_relative_not_held_asked_yes_or_no_is_named_in_the_dont_know(store, domain):
    """ "Does <a> have a brother?" with none held: "I don't know <a>'s brother", as "who is <a>'s brother?" gets,
    never a bare "I don't know that about <the film>"."""
    from actions.people import ActionCharacter

    relation = next(r for r in store.relations if r.relation == "sister" and r.subject in store.characters)
    owner = relation.subject
    lacking = next(kind for kind in ("brother", "sister") if not store.related(owner, (kind,)))
    who = store.characters[owner].name.split()[0]
    text = f"does {who} have a {lacking}?"
    entities = [name(text, who, "character"), name(text, lacking, "relation"), name(text, lacking, "claim")]
    entities[-1]["value"] = f"has_relative:{lacking}"
    said, _, _ = run(ActionCharacter(), domain, text, entities)
    assert said == ["utter_dont_know_subject_attribute"]
