"""Round 32: a card of one of the film's people never answers a word it does not say; which film this is; the
trade in general; more about the film; the ending asked again after the spoiler question.

- "what is <a character>'s accent?", "why was <a character> disgraced?": the character's card (or anyone's, for a
  question the classifier refused) never speaks to that word, so the word is what is asked, and not known.
- "didn't <a> remind <b> of her father?": a verb of its own between two characters and a relation word is no claim
  that they are related.
- "what did <a character> mean by '...'?": the meaning of their words, not of their name.
- "what movie is this from?", "which film are you about?": which film the conversation is about.
- "why do directors make cameo appearances in their movies?": film-making's people in general, refused.
- "what was that movie where ...?" described by a story that is not this film's: another film, refused.
- "can you tell me anything else about <the title>?": more facts about the film (its trivia), not someone's work.
- "is <a character> dead?": their fate is the ending, behind the spoiler question.
- the ending asked again right after the spoiler question: the question itself answers it.

Each test names the general rule; phrasings are mine (or adapted from DoQA's crowd questions), names come from the
store.
"""

from __future__ import annotations

import pytest

from actions.film_facts import ActionTitle
from actions.story import ActionEnding
from actions.topics import ActionFact
from bot.understanding import card_coverage, film_identity, film_talk, spoiler_setting
from bot.understanding.described_film import FILM_IDENTIFIED
from bot.understanding.lexicon import default_lexicon, tokens
from bot.understanding.person_asked import ASKED_OF_PERSON
from bot.understanding.reading import OUT_OF_SCOPE
from tests.reading_helpers import name, reading, run, values


def _lead_characters(store) -> tuple[str, str]:
    """The first names of the two leads' characters (as users say them)."""
    first, second = (credit.character for credit in store.cast[:2])
    return store.characters[first].name.split()[0], store.characters[second].name.split()[0]


def _character(text: str, store, who: str) -> dict:
    return name(text, who, "character")


# --- a card of one of the film's people never answers a word it does not say ---


@pytest.mark.parametrize(
    ("template", "intent", "asked"),
    [
        ("What is {}'s accent?", "ask_character", "accent"),
        ("Why was {} disgraced?", "nlu_fallback", "disgraced"),
        ("Shouldn't {} have a different accent?", "ask_character", "different accent"),
        ("Who did {} remind us of?", "nlu_fallback", "remind us of"),
    ],
)
def test_a_word_the_characters_card_never_says_is_not_known(store, domain, template, intent, asked):
    who, _ = _lead_characters(store)
    text = template.format(who)
    entity = _character(text, store, who)
    result = reading(store, text, intent, [entity])
    assert result.intent == "ask_fact"
    spans = [text[e["start"] : e["end"]].lower() for e in result.entities if e["value"] == ASKED_OF_PERSON]
    assert spans == [asked]
    said, _, _ = run(ActionFact(), domain, text, [entity, *result.entities])
    assert said == ["utter_dont_know_person_asked"]


@pytest.mark.parametrize(
    "template",
    [
        "Who is {}?",
        "What is {} like?",
        "Tell me about {}",
        "What's {}'s personality?",
        "tell me a bit about {}",
        "how old is {} supposed to be",
    ],
)
def test_what_the_characters_card_answers_is_still_the_card(store, template):
    who, _ = _lead_characters(store)
    text = template.format(who)
    result = reading(store, text, "ask_character", [_character(text, store, who)])
    assert result.intent in (None, "ask_character")
    assert ASKED_OF_PERSON not in values(result, "attribute")


def test_a_word_the_card_says_is_answered_by_the_card(store):
    """ "Why is <a character> in the hospital?": the card's own description speaks to it (any inflection)."""
    character_id = store.cast[1].character
    description = str(store.characters[character_id].description.value)
    said = card_coverage.card_words(store, "character", character_id)
    longest = max((w for w in tokens(description) if w.isalpha()), key=len)
    assert card_coverage.speaks_to(longest, said)
    assert not card_coverage.speaks_to("disgraced", said)
    who = store.characters[character_id].name.split()[0]
    text = f"Why is {who} {longest}?"
    result = reading(store, text, "ask_character", [_character(text, store, who)])
    assert ASKED_OF_PERSON not in values(result, "attribute")


# --- a relation word after a verb of its own is no relation claim ---


def test_a_verb_between_two_characters_and_a_relation_is_not_a_relation_claim(store, domain):
    first, second = _lead_characters(store)
    text = f"Are you sure {first} didn't remind {second} of her father?"
    entities = [_character(text, store, first), _character(text, store, second), name(text, "father", "relation")]
    result = reading(store, text, "nlu_fallback", entities)
    assert result.intent == "ask_fact"
    assert not any(str(v).startswith("related:") for v in values(result, "claim"))
    assert [text[e["start"] : e["end"]] for e in result.entities if e["value"] == ASKED_OF_PERSON] == ["remind"]


@pytest.mark.parametrize("template", ["is {a} {b}'s boyfriend?", "was {a} really {b}'s boyfriend?"])
def test_being_related_is_still_a_relation_claim(store, template):
    first, second = _lead_characters(store)
    text = template.format(a=first, b=second)
    entities = [_character(text, store, first), _character(text, store, second), name(text, "boyfriend", "relation")]
    result = reading(store, text, "ask_character", entities)
    assert any(str(v).startswith("related:") for v in values(result, "claim"))


# --- the meaning of someone's words is not their name's ---


def test_what_a_character_meant_by_words_is_not_their_names_meaning(store):
    who, _ = _lead_characters(store)
    text = f'What did {who} mean by "we never really die"?'
    result = reading(store, text, "nlu_fallback", [_character(text, store, who)])
    assert values(result, "attribute") == ["words_meant"]
    named = f"what does {who}'s name mean?"
    own_name = reading(store, named, "ask_character", [_character(named, store, who)])
    assert "words_meant" not in values(own_name, "attribute")


# --- a dash between spaces ends a clause of the spoiler setting ---


def test_a_question_after_a_dash_asks_about_spoilers_it_sets_nothing():
    lexicon = default_lexicon()
    text = "the film - does it spoil the novel?"
    words = tokens(text)
    gaps = ["", " ", " - ", " ", " ", " ", " "]
    assert len(gaps) == len(words)
    found = spoiler_setting.read_setting(
        words, gaps, lexicon.spoiler_words, lexicon.spoiler_turning_words, lexicon.yes_no_openers
    )
    assert found is None
    free = ["spoiler", "free", "please"]
    setting = spoiler_setting.read_setting(
        free, ["", "-", " "], lexicon.spoiler_words, lexicon.spoiler_turning_words, lexicon.yes_no_openers
    )
    assert setting is not None and not setting.wanted


# --- which film this is ---


@pytest.mark.parametrize(
    "text",
    [
        "what movie is this",
        "What movie is this from?",
        "What show is this?",
        "which film are you about",
        "what movie is this again?",
    ],
)
def test_which_film_this_is_is_the_film_identified(store, domain, text):
    result = reading(store, text, "nlu_fallback")
    assert result.intent == "ask_title"
    assert values(result, "attribute") == [FILM_IDENTIFIED]
    said, _, _ = run(ActionTitle(), domain, text, result.entities, intent="ask_title")
    assert said == ["utter_film_identified"]


@pytest.mark.parametrize("text", ["what movie should i watch tonight", "what movie is this actor from", "what is this"])
def test_a_film_picked_among_all_is_not_this_one(text):
    assert not film_identity.this_film_asked(tokens(text))


# --- film-making's people in general ---


@pytest.mark.parametrize(
    "text",
    [
        "Why do directors make cameo appearances in their movies?",
        "What techniques are used by directors to make an actor cry?",
        "Is it hard for actors to focus during a crying scene?",
        "how do actors cry on cue",
    ],
)
def test_the_trade_in_general_is_refused(store, text):
    assert reading(store, text, "ask_fact").intent == OUT_OF_SCOPE


@pytest.mark.parametrize(
    "text", ["do actors cry for real in it?", "who are the actors", "are the actors good", "is it hard for the actors"]
)
def test_the_trade_of_this_film_is_not_in_general(text):
    assert film_talk.trade_in_general(tokens(text)) is None


def test_the_trade_with_the_film_named_is_this_films(store):
    text = f"why do actors cry so much in {store.title}?"
    assert reading(store, text, "ask_fact").intent != OUT_OF_SCOPE


# --- another film recalled by its story ---


def test_a_film_recalled_by_a_story_not_this_ones_is_another_film(store):
    text = "What was that movie where the bad guys are trapped in a 2d plane in space"
    assert reading(store, text, "ask_fact").intent == OUT_OF_SCOPE


# --- more about the film ---


@pytest.mark.parametrize(
    "template",
    [
        "Can you tell me anything else about {title}?",
        "anything else about the movie?",
        "No worries, do you know any other details about the movie?",
        "tell me something interesting about the movie",
    ],
)
def test_more_about_the_film_is_its_trivia(store, template):
    text = template.format(title=store.title)
    assert "trivia" in values(reading(store, text, "ask_other_work"), "attribute")


def test_anything_else_about_someone_is_still_their_other_work(store):
    person = store.people[store.cast[0].actor].name
    text = f"anything else about {person}?"
    result = reading(store, text, "ask_other_work", [name(text, person, "person")])
    assert "trivia" not in values(result, "attribute")


def test_anything_else_about_it_is_left_to_the_conversation(store):
    result = reading(store, "is there anything else you can tell me about it", "ask_other_work")
    assert "trivia" not in values(result, "attribute")


# --- what is good or bad about it; another cut; a character's fate ---


@pytest.mark.parametrize("text", ["What positive things can you tell me about it?", "Is the movie disturbing to you?"])
def test_what_is_good_or_bad_about_it_is_what_critics_said(store, text):
    assert values(reading(store, text, "help"), "topic") == ["reviews"]


def test_a_longer_version_is_not_where_to_watch(store):
    text = "It's a great piece but too short...do you know if there is a longer rendition available?"
    result = reading(store, text, "out_of_scope")
    assert result.intent == "ask_fact"
    assert values(result, "attribute") == ["asked"]


def test_whether_a_character_is_dead_is_the_ending(store):
    who, _ = _lead_characters(store)
    text = f"Is {who} dead?"
    assert reading(store, text, "ask_character", [_character(text, store, who)]).intent == "ask_ending"
    person = store.people[store.cast[0].actor].name
    said = f"is {person} dead?"
    assert reading(store, said, "ask_person", [name(said, person, "person")]).intent != "ask_ending"


# --- the ending asked again right after the spoiler question ---


def test_the_ending_asked_again_after_the_spoiler_question_is_told(turn, store):
    told = turn(ActionEnding(), text="did he die or survive", slots={"spoiler_question_pending": True})
    assert told.responses[0] == "utter_ending"
    assert told.slots["spoilers_ok"] is True
    first = turn(ActionEnding(), text="how does it end")
    assert first.responses == ["utter_spoiler_warning"]


# --- from TyDi QA's questions (round-36 check, opened this round) ---


@pytest.mark.parametrize(
    "template",
    [
        "In what episode of {title} did the character {who} first appear?",
        "When did the first series of {title} begin?",
    ],
)
def test_a_part_of_a_series_asked_first_is_the_film_being_no_series(store, template):
    who, _ = _lead_characters(store)
    text = template.format(title=store.title, who=who)
    entities = [_character(text, store, who)] if who in text else []
    result = reading(store, text, "ask_ending", entities)
    assert result.intent == "ask_genre"
    assert any(str(v).startswith("series:") for v in values(result, "claim"))


def test_a_season_of_the_year_is_still_no_part_of_a_series(store):
    result = reading(store, "what season is the movie set in", "ask_fact")
    assert not any(str(v).startswith("series:") for v in values(result, "claim"))


def test_an_adaptation_named_by_the_title_is_the_film_itself(store):
    who = store.characters[store.cast[0].character].name
    text = f"Who plays {who} in the {store.title} TV adaptation?"
    result = reading(store, text, "ask_who_plays", [_character(text, store, who)])
    assert result.intent in (None, "ask_who_plays")
    asked = f"what is {store.title} an adaptation of"
    assert reading(store, asked, "ask_novel").intent in (None, "ask_novel")


def test_a_release_after_when_only_dates_what_is_asked_first(store):
    text = f"How many people saw the Netflix film {store.title} when it was released?"
    result = reading(store, text, "ask_release_date")
    assert result.intent == "ask_fact"
    assert values(result, "topic") == ["top 10"]
    assert reading(store, "when was it released", "ask_release_date").intent in (None, "ask_release_date")
    # "... and when did it come out?": a question of its own, not a time frame
    three = "Who is in this movie and who directed it? and when did it come out?"
    assert values(reading(store, three, "ask_cast"), "also_ask") == ["ask_director", "ask_release_date"]


def test_popularity_among_the_films_people_is_not_its_viewership(store):
    text = f"Who is the most popular character in {store.title}?"
    result = reading(store, text, "ask_cast")
    assert values(result, "attribute") == ["asked"]
    assert "top 10" not in values(result, "topic")
    assert values(reading(store, "is it popular", "ask_fact"), "topic") == ["top 10"]


def test_a_superlative_beside_the_novels_card_ranks_what_it_does_not(store):
    result = reading(store, "What's its longest book?", "ask_novel")
    assert result.intent == "ask_fact"
    assert values(result, "attribute") == [ASKED_OF_PERSON]
    assert reading(store, "when was the novel first published", "ask_novel").intent in (None, "ask_novel")


def test_a_musicians_first_band_is_their_debut(store):
    person = store.people[store.crew["music"].people[0]].name
    text = f"What was {person}'s first band?"
    assert values(reading(store, text, "ask_person", [name(text, person, "person")]), "attribute") == ["debut"]
    series = "Do you know who wrote the first novel in the series?"
    assert "debut" not in values(reading(store, series, "ask_novel"), "attribute")


def test_a_co_star_in_another_of_their_works_is_not_this_films_cast(store):
    person = store.people[store.cast[1].actor].name
    text = f"who was {person}'s costar in her first film"
    assert reading(store, text, "ask_other_work", [name(text, person, "person")]).intent != "ask_cast"
    here = f"who co-starred with {person}"
    assert reading(store, here, "ask_other_work", [name(here, person, "person")]).intent == "ask_cast"


# --- a yes/no question about the book that its card does not decide ---


@pytest.mark.parametrize(
    "text", ["is the book sad", "was the book published in america", "is the novel by a female author"]
)
def test_a_claim_about_the_book_its_card_never_says_is_left_open(store, text):
    result = reading(store, text, "ask_novel")
    assert result.intent == "ask_novel"
    assert [str(v).split(":")[0] for v in values(result, "claim")] == ["polar_open_card"]


@pytest.mark.parametrize(
    "template", ["is it based on a book", "is the novel part of a series", "was the novel published by {}"]
)
def test_a_claim_the_books_card_says_is_still_the_card(store, template):
    publisher = str(store.novel["publisher"].value).split()[0]
    result = reading(store, template.format(publisher), "ask_novel")
    assert not any(str(v).startswith("polar_open") for v in values(result, "claim"))


# --- who wrote the credited song ---


@pytest.mark.parametrize("text", ["who wrote the theme song", "who composed the theme song"])
def test_the_writer_of_the_theme_song_is_its_writer_not_the_covers_credits(store, domain, text):
    from actions.crew import ActionCrew

    result = reading(store, text, "ask_crew", [name(text, "theme song", "crew_role")])
    assert "work_writer" in values(result, "attribute")
    said, _, _ = run(ActionCrew(), domain, text, result.entities, intent="ask_crew")
    assert said == ["utter_work_writer_of_cover"]


def test_who_sings_the_theme_song_is_still_its_card(store, domain):
    from actions.crew import ActionCrew

    text = "who sings the theme song"
    result = reading(store, text, "ask_crew", [name(text, "theme song", "crew_role")])
    assert "work_writer" not in values(result, "attribute")
    said, _, _ = run(ActionCrew(), domain, text, [name(text, "theme song", "crew_role"), *result.entities])
    assert said[0] == "utter_crew_theme_song"


def test_the_songs_writer_comes_from_the_store(store):
    work = store.crew["theme_song"].work
    assert work is not None and work.extra["written_by"] in store.people


def test_a_claim_of_the_books_language_or_said_around_is_still_the_card(store):
    for text in ("Is it true that the book was originally written in French?", "Did he write the book as well?"):
        result = reading(store, text, "ask_novel")
        assert not any(str(v).startswith("polar_open") for v in values(result, "claim"))


# --- a real person's death is theirs, never the story's ending ---


def test_when_a_real_person_died_is_their_death_not_the_ending(store):
    person = store.people[store.cast[0].actor].name
    text = f"when did {person} die"
    result = reading(store, text, "ask_ending", [name(text, person, "person")])
    assert result.intent != "ask_ending"
    assert values(result, "attribute") == ["death"]
    at_the_end = f"does {person} die at the end"
    assert reading(store, at_the_end, "ask_ending", [name(at_the_end, person, "person")]).intent in (None, "ask_ending")


def test_a_persons_first_novel_is_their_debut(store):
    author = store.people[str(store.novel["author"].value)].name
    text = f"What was {author}'s first novel?"
    assert values(reading(store, text, "ask_person", [name(text, author, "person")]), "attribute") == ["debut"]
    theirs = "what was the first novel of the series"
    assert "debut" not in values(reading(store, theirs, "ask_novel"), "attribute")


def test_a_synonym_of_a_word_the_card_says_is_spoken_to(store):
    lexicon = default_lexicon()
    character_id = store.cast[1].character
    plain = card_coverage.card_words(store, "character", character_id)
    widened = card_coverage.card_words(store, "character", character_id, lexicon.synonyms)
    found = next(
        (
            w
            for words in lexicon.synonyms
            if any(card_coverage.speaks_to(x, plain) for x in words)
            for w in words
            if not card_coverage.speaks_to(w, plain)
        ),
        None,
    )
    assert found is not None
    assert card_coverage.speaks_to(found, widened)


def test_who_wrote_it_right_after_the_theme_song_is_its_writer(domain):
    """ "Who sings the theme song?" then "who wrote it?": the song's writer, not its card nor the screenplay."""
    import asyncio

    from rasa_sdk import Tracker
    from rasa_sdk.executor import CollectingDispatcher

    from actions.crew import ActionCrew

    def said_after(first: list[dict], text: str) -> list[str]:
        role = {
            "entity": "crew_role",
            "value": "screenplay",
            "start": text.index("wrote"),
            "end": text.index("wrote") + 5,
        }
        message = {"text": text, "intent": {"name": "ask_crew", "confidence": 1.0}, "entities": [role]}
        events = [
            {"event": "user", "text": "", "parse_data": {"intent": {"name": "ask_crew"}, "entities": first}},
            {"event": "user", "text": text, "parse_data": message},
        ]
        dispatcher = CollectingDispatcher()
        asyncio.run(
            ActionCrew().run(dispatcher, Tracker("t", {}, message, events, False, None, {}, "action_listen"), domain)
        )
        return [m["response"] for m in dispatcher.messages if m.get("response")]

    assert said_after([{"entity": "crew_role", "value": "theme_song"}], "who wrote it?") == [
        "utter_work_writer_of_cover"
    ]
    assert said_after([{"entity": "crew_role", "value": "director"}], "who wrote it?")[0] == "utter_crew_screenplay"
