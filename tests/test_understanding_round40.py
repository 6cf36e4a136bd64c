"""Round 40: questions of MuDoCo's music conversations, Open Trivia, X-RiSAWOZ and RealPersonaChat (the round-55
and round-56 checks, opened), of HybridQA's multi-step questions (the round-57 check, opened), and the team's own
probes in the same styles, that got another question's answer.

- "How many views does the song have on YouTube?", "what did it hit on the billboard charts?", "how long was it in
  the top 10?": counts and runs no source gives, never the film's Netflix chart places.
- "When was the movie made?": when it came out (not "didn't get that"; "when was it produced?" is no producer).
- "Can you watch it on TV?", "Have you seen the movie? The latest <title>": this film, never another work.
- "Did <the theme song's title> win any award?": the title is read as its credit, "the theme song".
- "Was <a singer> the first to record <the song>?": the song's original artist decides, never its performer.
- "Who wrote the 2024 film in which <an actor> played <a character>?": the description stands for the film; one
  of another year is another film.

Each test names the general rule; phrasings are mine or adapted from those datasets, names come from the store.
"""

from __future__ import annotations

from typing import Any

import pytest
from rasa.shared.nlu.training_data.message import Message
from rasa_sdk import Tracker

from actions.conversation import ActionFallback, ActionOutOfScope
from actions.people import ActionOtherWork
from actions.story import ActionPlot
from bot.nlu_components import ApostropheNormalizer, standard_message
from bot.nlu_frame import QuestionReader
from bot.understanding import (
    assistants_taste,
    clauses,
    conversation_talk,
    countries,
    coverage,
    described_film,
    described_subject,
    film_talk,
    spoiler_setting,
)
from bot.understanding.lexicon import default_lexicon, tokens
from bot.understanding.named_work import credit_titles
from tests.reading_helpers import name, reading, refused, responses_of, run, tags, values


def _attributes(text: str) -> list[str]:
    """The attributes the lexicon finds, read beside the film's own words ("when was it made")."""
    return [
        hit.key
        for hit in default_lexicon().find(tokens(text), ("attribute", "film", "other_topic"))
        if hit.kind == "attribute"
    ]


def _processed(store, text: str, intent: str, entities: list[dict[str, Any]] | None = None) -> Message:
    """The question reader of the NLU pipeline on a message the classifier read as `intent`."""
    ranked = [{"name": intent, "confidence": 0.9}, {"name": "ask_plot", "confidence": 0.05}]
    message = Message(data={"text": text, "intent": ranked[0], "intent_ranking": ranked})
    message.set("entities", entities or [])
    QuestionReader(store, default_lexicon()).process([message])
    return message


def _entity_values(message: Message, kind: str) -> list[str]:
    return [str(e["value"]) for e in message.get("entities") or [] if e["entity"] == kind]


def _song_title(store) -> str:
    """The theme song's title as written in Latin letters (its romanised form)."""
    return next(" ".join(words) for _, words in credit_titles(store) if all(w.isascii() for w in words))


def _lead(store) -> tuple[str, str]:
    """(actor, character) of the first cast credit, by name."""
    credit = store.cast[0]
    return store.people[credit.actor].name, store.characters[credit.character].name


# --- counts and places the store does not hold ---


@pytest.mark.parametrize(
    ("text", "attribute"),
    [
        ("How many views does this song has on YouTube ?", "views_elsewhere"),
        ("What did it hit on the billboard charts ?", "views_elsewhere"),
        ("how many streams does the song have?", "views_elsewhere"),
        ("How long as it been on the chart .", "chart_run"),
        ("how long did it stay in the top 10?", "chart_run"),
    ],
)
def test_counts_on_other_sites_and_chart_runs_are_not_held(store, text, attribute):
    assert attribute in _attributes(text)
    assert "viewership" not in _attributes(text)
    result = reading(store, text, "ask_fact")
    assert result.intent == "ask_fact"
    assert values(result, "attribute") == [attribute]


@pytest.mark.parametrize(
    "text", ["was it in the top 10?", "how many views did it get on netflix", "how popular was it?"]
)
def test_the_netflix_charts_are_still_the_viewership(text):
    assert "viewership" in _attributes(text)


def test_how_long_before_another_question_is_still_the_runtime():
    assert _attributes("How long is the movie? Was it a hit?") == ["runtime", "viewership"]


# --- when it was made ---


@pytest.mark.parametrize(
    "text", ["When was the movie made?", "when was it made", "when was it produced?", "When was this film created?"]
)
def test_when_the_film_was_made_is_its_release(store, text):
    assert _attributes(text) == ["release_date"]
    assert reading(store, text, None).intent == "ask_release_date"


def test_who_produced_it_is_still_the_producer():
    assert _attributes("who produced it?") == ["producer"]


@pytest.mark.parametrize("text", ["What day did the film debut?", "what day did it debut?"])
def test_a_films_debut_is_its_premiere(text):
    assert _attributes(text) == ["release_date"]


def test_a_persons_debut_is_still_their_first_role(store):
    person = store.people[store.cast[0].actor].name
    assert _attributes(f"when did {person} debut?") == ["debut"]


# --- ratings, languages and the basis ---


@pytest.mark.parametrize("text", ["What's its rating online?", "Does it have a high rating?", "a good rating?"])
def test_how_well_it_is_rated_is_the_audience_score(text):
    assert _attributes(text) == ["imdb"]


def test_what_it_is_rated_is_still_the_maturity_rating():
    assert _attributes("what is it rated?") == ["rating"]


def test_a_programming_language_is_another_topic(store):
    text = "In the programming language Java, which keyword would you put on a variable so it doesn't get modified?"
    assert "programming language" in [h.phrase for h in default_lexicon().find(tokens(text), ("other_topic",))]
    assert "language" not in _attributes(text)
    assert reading(store, text, "ask_language").intent != "ask_language"


def test_the_basis_of_the_film_is_the_novel():
    assert _attributes("what is the basis of the movie?") == ["novel"]


# --- this film, never another work ---


def test_watching_it_on_tv_names_no_other_work(store):
    words = tokens("Can you watch it on TV?")
    hits = default_lexicon().find(words, ("attribute", "film", "claim"))
    assert film_talk.other_work_seen(words, hits, coverage.film_vocabulary(store, default_lexicon()), {5}) is None
    assert reading(store, "Drawing Closer! I'd never heard of it. Can you watch it on TV?", None).intent != (
        "out_of_scope"
    )


def test_a_title_seen_is_still_another_work(store):
    words = tokens("have you seen Frozen on Disney?")
    hits = default_lexicon().find(words, ("attribute", "film", "claim"))
    assert film_talk.other_work_seen(words, hits, coverage.film_vocabulary(store, default_lexicon()), {3}) == "frozen"


def test_words_before_this_films_title_are_no_other_title(store):
    text = f"have you seen the movie? The latest {store.title}"
    words = tokens(text)
    hits = default_lexicon().find(words, ("attribute", "film", "claim"))
    known = coverage.film_vocabulary(store, default_lexicon())
    assert coverage.title_after_film_noun(words, hits, [], known) is None
    assert reading(store, text, None).intent != "out_of_scope"


def test_a_title_after_a_film_noun_is_still_another_work(store):
    words = tokens("who directed the movie the notebook?")
    hits = default_lexicon().find(words, ("attribute", "film", "claim"))
    known = coverage.film_vocabulary(store, default_lexicon())
    assert coverage.title_after_film_noun(words, hits, [], known) is not None


# --- the theme song by its title ---


def test_an_award_of_the_song_named_by_its_title_is_the_songs_never_a_refusal(store):
    message = refused(store, f"Did {_song_title(store)} win any Academy award ?", confidence=0.56)
    assert message.get("intent")["name"] == "ask_fact"
    assert _entity_values(message, "attribute") == ["awards"]


def test_a_title_read_as_its_credit_keeps_every_offset(store):
    reader = QuestionReader(store, default_lexicon())
    text = f"who sings {_song_title(store)} ?"
    read_text, intent = reader.credits_for_titles(text, "out_of_scope")
    assert len(read_text) == len(text)
    assert "the theme song" in read_text
    assert intent == "nlu_fallback"


def test_a_title_the_classifier_understood_is_left_to_the_credit_rules(store):
    text = f"who sings {_song_title(store)} ?"
    assert QuestionReader(store, default_lexicon()).credits_for_titles(text, "ask_crew") == (text, "ask_crew")


@pytest.mark.parametrize("template", ["download song {title}?", "is the {title} cover good?"])
def test_a_title_a_noun_already_introduces_is_read_as_typed(store, template):
    text = template.format(title=_song_title(store))
    read_text, _ = QuestionReader(store, default_lexicon()).credits_for_titles(text, "ask_crew")
    assert read_text == text


@pytest.mark.parametrize(
    ("template", "role"),
    [
        ("Was {singer} the first to record the theme song ?", "song_original"),
        ("was {singer} the first one to sing the song?", "song_original"),
        ("did {singer} sing the theme song?", "theme_song"),
    ],
)
def test_the_first_to_record_a_cover_is_its_original_artist(store, template, role):
    singer = store.people[store.crew["theme_song"].people[0]].name
    words = tokens(template.format(singer=singer))
    assert clauses.claimed_role(words, "theme_song", "theme_song") == role


def test_the_singer_of_the_cover_was_not_the_first_to_record_it(store):
    singer = store.people[store.crew["theme_song"].people[0]].name
    text = f"Was {singer} the first to record the theme song ?"
    message = _processed(store, text, "ask_crew", [name(text, singer, "person")])
    assert "credit:song_original" in _entity_values(message, "claim")


def test_who_made_the_song_is_its_credit(store):
    result = reading(store, "Who made this song ?", "ask_fact")
    assert result.intent == "ask_crew"
    assert "theme_song" in values(result, "crew_role")


@pytest.mark.parametrize("text", ["Who is in this band ?", "who are the members of the band?"])
def test_a_bands_members_are_not_held_never_the_cast(store, text):
    assert _attributes(text) == ["band_members"]
    assert reading(store, text, "ask_cast").intent == "ask_fact"


def test_who_is_in_it_is_still_the_cast():
    assert _attributes("who's in it?") == ["cast"]


# --- the assistant's taste ---


@pytest.mark.parametrize("text", ["which music would you like to hear from her?", "what would you like to watch next?"])
def test_what_the_assistant_would_like_to_see_or_hear_is_its_taste(text):
    assert assistants_taste.taste_asked(tokens(text)) is not None


@pytest.mark.parametrize("text", ["would you like to come to my party?", "what would you like to know?"])
def test_an_offer_is_no_taste(text):
    assert assistants_taste.taste_asked(tokens(text)) is None


# --- this film described ---


def test_a_question_of_the_film_described_by_its_people_is_asked_of_the_film(store):
    actor, character = _lead(store)
    text = f"Who wrote the {store.release_year} film in which {actor} played {character} ?"
    entities = [name(text, actor, "person"), name(text, character, "character")]
    span = described_subject.described_span(text, entities, store, default_lexicon())
    assert span is not None
    assert described_subject.read_as_described(text, span).rstrip(" ?") == "Who wrote the film"
    message = _processed(store, text, "ask_person", entities)
    assert message.get("intent")["name"] == "ask_crew"
    assert not _entity_values(message, "person")


def test_the_description_ends_with_its_last_clue(store):
    actor, character = _lead(store)
    text = f"What day did the show in which {actor} played {character} in {store.release_year} debut ?"
    entities = [name(text, actor, "person"), name(text, character, "character")]
    span = described_subject.described_span(text, entities, store, default_lexicon())
    assert span is not None
    assert described_subject.read_as_described(text, span).split() == [
        "What",
        "day",
        "did",
        "the",
        "film",
        "debut",
        "?",
    ]


def test_a_part_the_actor_does_not_play_here_describes_no_film_of_ours(store):
    actor = store.people[store.cast[0].actor].name
    other = next(store.characters[c.character].name for c in store.cast if c.actor != store.cast[0].actor)
    text = f"Who wrote the film in which {actor} played {other} ?"
    entities = [name(text, actor, "person"), name(text, other, "character")]
    assert described_subject.described_span(text, entities, store, default_lexicon()) is None


def test_a_film_of_another_year_is_another_film(store):
    actor = store.people[store.cast[0].actor].name
    text = f"who directed the 2019 film in which {actor} starred?"
    assert described_subject.another_film_described(text, store) == "2019"
    message = _processed(store, text, "ask_director", [name(text, actor, "person")])
    assert message.get("intent")["name"] == "out_of_scope"


def test_the_meaning_of_the_title_is_not_which_film(store):
    director = store.people[store.crew["director"].people[0]].name
    assert not described_film.asks_which_film(
        f"What is the meaning of the title of the 2024 film directed by {director}?"
    )
    assert described_film.asks_which_film(f"What is the title of the 2024 film directed by {director}?")


def test_a_film_the_director_also_made_is_not_this_one(store):
    text = f"Which 1999 film was also directed by the director of the 2024 film {store.title} ?"
    message = _processed(store, text, "ask_title")
    assert "film_identified" not in _entity_values(message, "attribute")
    assert tags(reading(store, "which film is it?", None)) is not None


def test_a_novel_described_by_its_characters_is_asked_of_the_novel(store):
    character = store.characters[store.cast[0].character].name
    text = f"What's the title of the literary work in which a man called {character} appears?"
    span = described_subject.described_span(text, [name(text, character, "character")], store, default_lexicon())
    assert span is not None and span.stand_in == "the novel"


# --- the JMRD conversations (the round-58 check, opened) ---


def test_the_death_of_someone_with_no_part_is_theirs_never_the_ending(store):
    director = store.people[store.crew["director"].people[0]].name
    text = f"What was the last work film director {director} left before he died?"
    result = reading(store, text, "ask_ending", [name(text, director, "person")])
    assert result.intent == "ask_fact"
    assert values(result, "attribute") == ["death"]


def test_an_actor_dying_is_still_the_characters_ending(store):
    actor = store.people[store.cast[0].actor].name
    text = f"does {actor} die at the end?"
    result = reading(store, text, "ask_ending", [name(text, actor, "person")])
    assert result.intent in (None, "ask_ending")  # None: the classifier's ending stands
    assert "death" not in values(result, "attribute")


@pytest.mark.parametrize("text", ["what characters are there?", "which characters are in the movie?"])
def test_the_characters_there_are_the_cast(store, text):
    assert reading(store, text, None).intent == "ask_cast"


@pytest.mark.parametrize("text", ["Speaking of lately, what's new?", "speaking of music, who wrote the song?"])
def test_a_change_of_subject_asks_no_language(text):
    assert "language" not in _attributes(text)


def test_speaking_a_language_is_still_the_language():
    assert "language" in _attributes("what language are they speaking?")


@pytest.mark.parametrize(
    "text",
    [
        "Are you planning to go and see it on opening day?",
        "So you only saw the ending?!",
    ],
)
def test_seeing_it_somewhere_or_some_time_asks_the_assistants_experience(text):
    assert assistants_taste.taste_asked(tokens(text)) is not None


@pytest.mark.parametrize(
    "text", ["Are you planning to go and see it on opening day?", "did you see it in 3D?", "seen it tonight?"]
)
def test_seeing_it_somewhere_is_answered_honestly(store, text):
    assert values(reading(store, text, "bot_challenge"), "taste") == ["watched"]


# --- typed spellings, as the classifier reads them ---


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("Could you tell me the stroy?", "Could you tell me the story?"),
        ("waht is hte movie about?", "what is the movie about?"),
        ("Whos the director", "Whos the director"),  # a longer spelling would move every later offset
    ],
)
def test_the_classifier_reads_typed_words_in_their_standard_spelling(typed, read):
    assert standard_message(typed) == read


def test_names_and_real_words_keep_their_spelling(store):
    actor, character = _lead(store)
    text = f"does {character} like the form {actor} gave it?"
    assert standard_message(text) == text


def test_the_pipelines_first_component_writes_the_standard_spelling():
    message = Message(data={"text": "Could u tell me the stroy?"})
    ApostropheNormalizer().process([message])
    assert message.get("text") == "Could u tell me the story?"


# --- the story asked on, right after the premise ---


def _after_the_premise(text: str, intent: str) -> Tracker:
    asked = {"event": "user", "text": "what is it about?", "parse_data": {"intent": {"name": "ask_plot"}}}
    latest = {"text": text, "intent": {"name": intent}, "entities": []}
    events = [asked, {"event": "action", "name": "action_plot"}, {"event": "user", "text": text, "parse_data": latest}]
    return Tracker("t", {}, latest, events, False, None, {}, "")


@pytest.mark.parametrize(
    "text", ["And after that?", "I see. And what hapens after that?", "Really! And the punchline?", "And so?"]
)
def test_how_the_story_goes_on_is_asked_as_the_ending(text):
    assert conversation_talk.story_continued(tokens(text))


@pytest.mark.parametrize("text", ["and the director?", "so who plays her?", "and then who wrote it?"])
def test_another_question_after_the_premise_is_no_continuation(text):
    assert not conversation_talk.story_continued(tokens(text))


@pytest.mark.parametrize(
    ("action", "intent"),
    [(ActionPlot(), "ask_plot"), (ActionFallback(), "nlu_fallback"), (ActionOutOfScope(), "out_of_scope")],
)
def test_the_story_asked_on_after_the_premise_gets_the_spoiler_question(domain, action, intent):
    tracker = _after_the_premise("And after that?", intent)
    assert responses_of(action, tracker, domain) == ["utter_spoiler_warning"]


def test_the_plot_asked_with_no_premise_before_is_still_the_premise(domain):
    latest = {"text": "and then?", "intent": {"name": "ask_plot"}, "entities": []}
    tracker = Tracker(
        "t", {}, latest, [{"event": "user", "text": "and then?", "parse_data": latest}], False, None, {}, ""
    )
    assert responses_of(ActionPlot(), tracker, domain)[0] == "utter_premise"


# --- someone's works of a year ---


def _in_a_work_of(store, domain, year: int) -> list[str]:
    """The responses to "was <the lead actor> in a <year> film?"."""
    actor = store.people[store.cast[0].actor].name
    text = f"Was {actor} in a {year} film?"
    entities = [name(text, actor, "person"), {"entity": "claim", "value": f"known_for:{year}"}]
    said, _, _ = run(ActionOtherWork(), domain, text, entities, intent="ask_other_work")
    return said


def test_a_year_of_the_actors_listed_works_is_a_yes(store, domain):
    person = store.people[store.cast[0].actor]
    year = next(w.year for w in person.known_for if w.year and w.medium in (None, "film"))
    assert _in_a_work_of(store, domain, year)[0] == "utter_claim_yes"


def test_this_films_year_is_a_yes_for_its_people(store, domain):
    assert _in_a_work_of(store, domain, store.release_year)[0] == "utter_claim_yes"


def test_a_year_of_no_listed_work_is_never_a_no(store, domain):
    said = _in_a_work_of(store, domain, 1950)
    assert "utter_claim_no" not in said and "utter_claim_yes" not in said


# --- the JMRD conversations and ParsiNLU's search-box questions (rounds 58 and 60, opened) ---


@pytest.mark.parametrize("text", ["Is it Japan?", "is it from Japan?", "is the movie from Korea?"])
def test_where_the_film_is_from_is_where_it_was_made(text):
    found = countries.made_in_country(tokens(text))
    assert found is not None and found[1] == len(tokens(text))


@pytest.mark.parametrize("text", ["is it from the novel?", "is Haruna from Japan?", "where is it from?"])
def test_other_froms_are_no_country_of_making(text):
    assert countries.made_in_country(tokens(text)) is None


@pytest.mark.parametrize(
    ("text", "attribute"),
    [
        ("Which women are in it?", "cast"),
        ("Who is said to be the model for it?", "true_story"),
        ("the writer of it is from where?", "birthday"),
        ("from which app should we watch it?", "platform"),
    ],
)
def test_search_box_phrasings_ask_what_they_mean(text, attribute):
    assert attribute in _attributes(text)


def test_from_where_alone_is_no_birthplace():
    assert "birthday" not in _attributes("from where can i watch it?")


@pytest.mark.parametrize(
    "text", ["Do you watch films often?", "Had you been watching it eagerly since the drama version?"]
)
def test_how_often_and_how_long_the_assistant_watches_is_its_experience(store, text):
    assert values(reading(store, text, "out_of_scope"), "taste") in (["watched"], ["taste"])


def test_a_person_named_in_a_statement_is_no_description_asked(store):
    director = store.people[store.crew["director"].people[0]].name
    text = f"It's director {director}. Do you know him?"
    result = reading(store, text, "ask_person", [name(text, director, "person")])
    assert not any(str(v).startswith("person_describes:") for v in values(result, "claim"))


def test_a_description_of_a_person_is_still_checked(store):
    actor = store.people[store.cast[0].actor].name
    text = f"Is {actor} a model?"
    result = reading(store, text, "ask_person", [name(text, actor, "person")])
    assert values(result, "claim") == ["person_describes:model"]


@pytest.mark.parametrize(
    "text", ["Or do you get spoilers on the net?", "do you have spoilers?", "does the trailer spoil it?"]
)
def test_a_question_about_spoilers_sets_nothing(text):
    assert _spoiler_setting(text) is None


@pytest.mark.parametrize("text", ["can you spoil it?", "spoilers are fine", "no spoilers please"])
def test_a_spoiler_setting_is_still_read(text):
    assert _spoiler_setting(text) is not None


def _spoiler_setting(text: str) -> spoiler_setting.SpoilerSetting | None:
    words, lexicon = tokens(text), default_lexicon()
    turning, openers = lexicon.spoiler_turning_words, lexicon.yes_no_openers
    return spoiler_setting.read_setting(words, [" "] * len(words), lexicon.spoiler_words, turning, openers)


@pytest.mark.parametrize(
    "template",
    [
        "What was the first movie in which {actor} appeared?",
        "Was it the original movie featuring {character}?",
        "Who played the lead in {title}, the 2024 movie based on the novel?",
    ],
)
def test_a_description_that_picks_one_work_or_stands_beside_the_title_is_left_alone(store, template):
    actor, character = _lead(store)
    text = template.format(actor=actor, character=character, title=store.title)
    entities = [name(text, n, k) for n, k in ((actor, "person"), (character, "character")) if n in text]
    assert described_subject.described_span(text, entities, store, default_lexicon()) is None


def test_which_work_a_description_names_is_never_refused_as_another(store):
    director = store.people[store.crew["director"].people[0]].name
    assert described_subject.another_film_described(f"Name the 2016 movie directed by {director}.", store) is None


def test_a_film_from_a_country_asked_for_is_no_claim_about_this_one():
    text = "I'm looking for a movie from Taiwan. Can you recommend a movie starring him?"
    assert countries.made_in_country(tokens(text)) is None


@pytest.mark.parametrize("text", ["what year was the nomination?", "which year did it win the award?"])
def test_the_year_of_an_award_is_the_awards_never_the_release(text):
    assert _attributes(text) == ["awards"]


def test_the_year_alone_is_still_the_release():
    assert set(_attributes("what year did it come out?")) == {"release_date"}


def test_a_ranking_of_albums_is_no_netflix_chart():
    assert "views_elsewhere" in _attributes("How high did it get on the American album ranking?")


def test_a_credit_named_with_the_is_this_films_whatever_the_classifier_refused(store):
    text = "can you tell me who sings the song at the end"
    result = reading(store, text, "out_of_scope", [name(text, "song", "crew_role")])
    assert result.intent == "ask_crew"


def test_a_knowledge_question_after_a_name_is_no_description_asked(store):
    band = store.people[store.crew["theme_song"].work.extra["original_by"]].name
    text = f"I've never heard of {band} before. Can you tell me about them?"
    result = reading(store, text, "ask_person", [name(text, band, "person")])
    assert not any(str(v).startswith("person_describes:") for v in values(result, "claim"))


def test_a_title_read_as_its_credit_only_answers_what_is_asked_of_it(store):
    message = refused(store, f"can you find me sheet music for {_song_title(store)} online", confidence=0.9)
    assert "theme_song" not in _entity_values(message, "crew_role")


@pytest.mark.parametrize(
    "text",
    [
        "Who composed the score of the romance film directed by someone else in 2024?",
        "what is the title of the song we're listening to right now",
    ],
)
def test_a_credit_of_another_work_or_of_no_one_asked_stays_refused(store, text):
    entity = "score" if "score" in text else "song"
    assert reading(store, text, "out_of_scope", [name(text, entity, "crew_role")]).intent in (None, "out_of_scope")
