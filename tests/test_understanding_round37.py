"""Round 37: questions people typed to a chatbot (DUO) and asked each other on the phone (Switchboard), and the
team's own probes in the same styles, that got another question's answer.

- "What'd you think of <the film>?", "your thoughts on it?", "how did you find the movie?", "wasn't <the film>
  excellent?", "isn't <a person> fabulous?", "don't you think <a> is talented?", "anyone else think <a> was
  miscast?": the assistant's opinion, asked or to be agreed with; its honest answer (it has no taste of its own)
  opens what it knows, never a "yes". Someone's acting is left to the reviews of it.
- "<a character> is my favorite character... what's yours?", "what other characters do you like?": its favourite,
  which it has none of; then what critics said.
- "What are some other indie bands that were popular in the early 2000s?", "why isn't disco popular anymore?":
  music at large, another topic; never the film's chart place or popularity.
- "What is his last song?", "when did they start making music?": a musician's record the store does not hold;
  never the film's theme song or composer. "Which movie is the biggest block buster in <X>'s career?": a ranking
  of their works, not held. "What's her most famous piece?": what she is known for.
- "The guy that's on <another work> was in <the film>", "which cast member starred in <a work>?", "is the girl in
  <the film> the same actress as in <a work>?": the one of the cast whose works hold the title, answered with that
  work. "Who is in the <another work> series?" asks that work's cast, which the store does not hold; never this
  film's cast list or "it's not a series".
- "Is it a terror movie?", "or is it just suspenseful?": a genre claimed (horror, thriller), also after "or"; "is
  <the title>, is it a terror movie" is one question begun and asked anew.
- "What is the shocking truth he revealed at the end of the movie?": never the film's announcement; "what did she
  reveal at the end?" is the ending.
  "The song that played at the end" is the theme song, never the song's ending.
- "What about the other characters?": the rest of the cast.
- "How old was <X> when he died?": a description that tells the age at death answers it.
- "What is the tempo of the theme song?": one unknown word heading a wh-question is what is asked; never the card.
- "Wasn't expecting that twist at all": a remark on the story seen, no wish about spoilers.
- "What's the name of that Japanese movie where a boy with a year to live meets ...?": this film described.
- "Does <a> have a girlfriend before <b>?": a relative besides the one named, not held; never a "yes".

Each test names the general rule; phrasings are mine or adapted from those datasets, names come from the store.
"""

from __future__ import annotations

import pytest

from bot.understanding import assistants_taste, described_film, music_talk
from bot.understanding.cast_by_work import cast_member_of_a_work
from bot.understanding.lexicon import default_lexicon, tokens
from tests.reading_helpers import name, reading, run, tags, values


def _person(store, person_id: str) -> str:
    return store.people[person_id].name


def _work_of(store, person_id: str, medium: str) -> str:
    return next(w.title for w in store.people[person_id].known_for if w.medium == medium and w.title.isascii())


# --- the assistant's opinion ---


@pytest.mark.parametrize(
    "template",
    [
        "What'd you think of {title}?",
        "what did you think of it?",
        "how do you feel about {title}?",
        "what's your opinion of the film?",
        "your thoughts on the movie?",
        "what's your take on {title}?",
        "how did you find the movie?",
        "wasn't the ending beautiful?",
    ],
)
def test_the_assistants_opinion_of_the_film_is_its_honest_answer_then_the_reviews(store, template):
    result = reading(store, template.format(title=store.title), "help")
    assert result.intent == "ask_fact"
    assert tags(result) == {"taste": assistants_taste.TASTE, "topic": "reviews"}


def test_a_negated_judgement_of_the_film_asks_the_assistant_to_agree(store):
    result = reading(store, f"Wasn't {store.title.upper()} excellent?", "ask_fact")
    assert tags(result) == {"taste": assistants_taste.TASTE, "topic": "reviews"}


def test_a_negated_judgement_of_a_person_is_the_honest_answer_then_who_they_are(store):
    author = _person(store, "ao_morita")
    text = f"Isn't {author} fabulous?"
    result = reading(store, text, "ask_person", [name(text, author, "person")])
    assert result.intent == "ask_person" and values(result, "taste") == [assistants_taste.TASTE]


@pytest.mark.parametrize(
    "template", ["don't you think {name} is talented?", "any thoughts on {name}?", "isn't {name} great?"]
)
def test_the_assistants_opinion_of_a_person_is_its_honest_answer_then_who_they_are(store, template):
    actor = _person(store, "natsuki_deguchi")
    text = template.format(name=actor)
    result = reading(store, text, "ask_fact", [name(text, actor, "person")])
    assert result.intent == "ask_person" and values(result, "taste") == [assistants_taste.TASTE]


@pytest.mark.parametrize(
    "text",
    [
        "how did you find out about it?",  # how the asker could learn of it, no opinion
        "did you find it?",
        "isn't it a romance?",  # a kind claimed, no judgement
        "isn't it sad?",  # a genre word, no judgement of the film's worth
        "where do you think it was filmed?",  # "think" with no "of"/"about": a fact asked
        "what do you think happens at the end?",
    ],
)
def test_a_question_of_fact_is_no_opinion_asked(store, text):
    result = reading(store, text, "ask_fact")
    assert "taste" not in tags(result)


@pytest.mark.parametrize(
    "text",
    [
        "I love {title}! {character} is my favorite character...what's yours?",
        "What other characters do you like?",
        "which character do you like best?",
    ],
)
def test_the_assistants_favourite_part_asked_is_none_then_the_reviews(store, text):
    character = store.characters[next(iter(store.characters))].name.split()[0]
    result = reading(store, text.format(title=store.title, character=character), "nlu_fallback")
    assert tags(result) == {"taste": assistants_taste.FAVOURITE, "topic": "reviews"}


def test_a_favourite_told_without_asking_back_asks_no_taste():
    assert assistants_taste.taste_asked(tokens("akito is my favorite character")) is None


# --- music at large ---


@pytest.mark.parametrize(
    "text",
    [
        "What are some other indie bands that were popular in the early 2000s?",
        "Are there any contemporary disco artists today?",
        "Why isn't disco popular anymore?",
        "What is the most popular heavy metal band out today?",
        "What about female heavy metal bands?",
    ],
)
def test_music_at_large_is_another_topic(store, text):
    result = reading(store, text, "ask_fact")
    assert result.intent == "out_of_scope"


@pytest.mark.parametrize(
    "text",
    [
        "who are the singers of the theme song?",  # the film's song
        "is their music still popular?",  # someone known, pointed at
        "which bands did the film use?",
        "what kind of music is in the movie?",
    ],
)
def test_music_of_ours_is_no_music_at_large(text):
    assert music_talk.music_in_general(tokens(text)) is None or "the" in tokens(text)


def test_music_of_ours_is_not_refused(store):
    for text in ("who are the singers of the theme song?", "is their music still popular?"):
        assert reading(store, text, "ask_crew").intent != "out_of_scope"


def test_a_named_musicians_band_is_not_music_at_large(store):
    singer = _person(store, "masahiko_shimura")
    text = f"what other bands was {singer} in?"
    assert reading(store, text, "ask_other_work", [name(text, singer, "person")]).intent != "out_of_scope"


# --- which of someone's songs came last ---


@pytest.mark.parametrize("text", ["what is his last song?", "what was her latest song?", "what's their final album?"])
def test_a_persons_last_song_is_not_held_never_the_theme_song(store, text):
    result = reading(store, text, "ask_crew")
    assert result.intent == "ask_fact" and values(result, "attribute") == ["music_career"]
    assert "crew_role" not in tags(result)


def test_when_a_band_started_making_music_is_not_held(store):
    result = reading(store, "When did they start making music?", "ask_crew")
    assert values(result, "attribute") == ["music_career"]


# --- someone picked out by a work they are in; another work's cast ---


@pytest.mark.parametrize(
    "template",
    [
        "I guess the guy that's on the new {upper} series was in {title}, uh",
        "the actor who's in {work} was in {title}, right?",
        "which cast member starred in {work}?",
    ],
)
def test_someone_of_this_cast_picked_out_by_another_work_is_the_one_whose_works_hold_it(store, template):
    work = _work_of(store, "ren_nagase", "series")
    text = template.format(work=work, upper=work.upper(), title=store.title.upper())
    found = cast_member_of_a_work(text, store, default_lexicon())
    assert found is not None and found[0] == "ren_nagase"


@pytest.mark.parametrize(
    "template",
    [
        "who else was in {work} with him?",  # the others in that work, not which of ours
        "who is in the {work} series?",  # no tie to this film: that work's cast
        "who is in {title}?",  # this film's cast
        "who was the director of {work}?",
    ],
)
def test_others_in_a_work_or_this_films_cast_pick_out_no_one(store, template):
    work = _work_of(store, "ren_nagase", "series")
    assert cast_member_of_a_work(template.format(work=work, title=store.title), store, default_lexicon()) is None


@pytest.mark.parametrize("template", ["who is in the {work} series?", "who was in the new {work} series?"])
def test_another_works_cast_is_asked_of_that_work_never_this_films_cast(store, template):
    work = _work_of(store, "ren_nagase", "series")
    result = reading(store, template.format(work=work.lower()), "ask_cast")
    assert result.intent == "ask_other_work" and values(result, "works_attribute") == ["cast"]


# --- a genre claimed in other words, and after "or" ---


@pytest.mark.parametrize(
    ("text", "claimed"),
    [
        ("is it a terror movie?", "genre:horror"),
        ("is it suspenseful?", "genre:thriller"),
        ("or is it just suspenseful?", "genre:thriller"),
        ("or is it a comedy?", "genre:comedy"),
    ],
)
def test_a_genre_claimed_is_decided(store, text, claimed):
    result = reading(store, text, "nlu_fallback")
    assert result.intent == "ask_genre" and values(result, "claim") == [claimed]


# --- what a character reveals at the end ---


@pytest.mark.parametrize("text", ["what did she reveal at the end of the film?", "what has he revealed at the end?"])
def test_a_characters_reveal_at_the_end_is_the_ending(store, text):
    assert reading(store, text, "ask_fact").intent == "ask_ending"


def test_a_truth_a_character_revealed_is_never_the_films_announcement(store):
    result = reading(store, "What is the shocking truth he revealed at the end of the movie?", "ask_fact")
    assert "announcement" not in values(result, "attribute") and "topic" not in tags(result)


def test_the_films_announcement_is_still_its_announcement(store):
    result = reading(store, "when was it first announced?", "ask_fact")
    assert result.intent != "ask_ending"


# --- what someone is best known for, and a ranking of their works ---


def test_someones_most_famous_piece_is_what_they_are_known_for(store):
    text = "what's her most famous piece?"
    result = reading(store, text, "out_of_scope")
    assert result.intent == "ask_other_work"


@pytest.mark.parametrize(
    "template",
    ["Which movie is the biggest block buster in {name}'s career?", "what was {name}'s biggest role?"],
)
def test_the_biggest_of_someones_works_is_not_held_never_their_part_here(store, template):
    actor = _person(store, "ren_nagase")
    text = template.format(name=actor)
    result = reading(store, text, "ask_person", [name(text, actor, "person")])
    assert result.intent == "ask_fact" and values(result, "attribute") == ["career"]


# --- the work someone is picked out by answers who it is ---


def _other_work_responses(domain, text: str, person: str) -> list[str]:
    from actions.people import ActionOtherWork

    tagged = [{"entity": "person", "value": person, "start": 0, "end": 0}]
    said, _, _ = run(ActionOtherWork(), domain, text, tagged, intent="ask_other_work")
    return said


@pytest.mark.parametrize(
    "template",
    ["which cast member starred in {work}?", "I guess the guy that's on the new {upper} series was in {title}, uh"],
)
def test_someone_picked_out_by_a_work_is_answered_with_that_work(store, domain, template):
    work = _work_of(store, "ren_nagase", "series")
    text = template.format(work=work, upper=work.upper(), title=store.title.upper())
    assert _other_work_responses(domain, text, _person(store, "ren_nagase")) == ["utter_person_work_said"]


@pytest.mark.parametrize(
    "template", ["what else has {name} been in besides {work}?", "{name} was in {work}; what are his other works?"]
)
def test_someone_named_or_asked_for_more_gets_their_works(store, domain, template):
    actor = _person(store, "ren_nagase")
    text = template.format(name=actor, work=_work_of(store, "ren_nagase", "series"))
    assert "utter_person_work_said" not in _other_work_responses(domain, text, actor)


# --- the rest of the characters ---


def test_the_other_characters_are_the_rest_of_the_cast(store):
    result = reading(store, "What about the other characters?", "nlu_fallback")
    assert result.intent == "ask_cast"


def test_the_other_one_of_a_group_is_still_one_of_its_relatives(store):
    result = reading(store, "and the other one?", "nlu_fallback")
    assert result.intent != "ask_cast"


# --- a person's description that tells what is asked ---


@pytest.mark.parametrize(
    ("template", "attribute"),
    [("How old was {name} when he died?", "age"), ("when did {name} die?", "death")],
)
def test_a_description_that_tells_an_age_at_death_answers_it(store, domain, template, attribute):
    from actions.topics import ActionFact

    writer = _person(store, "masahiko_shimura")
    text = template.format(name=writer)
    entities = [name(text, writer, "person"), {"entity": "attribute", "value": attribute, "start": 0, "end": 0}]
    said, _, slots = run(ActionFact(), domain, text, entities, intent="ask_fact")
    assert said == ["utter_person_about"] and slots.get("person") == "masahiko_shimura"


def test_an_age_no_description_tells_is_still_not_known(store, domain):
    from actions.topics import ActionFact

    actor = _person(store, "ren_nagase")
    text = f"how old is {actor}?"
    entities = [name(text, actor, "person"), {"entity": "attribute", "value": "age", "start": 0, "end": 0}]
    said, _, _ = run(ActionFact(), domain, text, entities, intent="ask_fact")
    assert "utter_person_about" not in said and said[0].startswith("utter_dont_know")


# --- a question begun, broken off and asked anew ---


@pytest.mark.parametrize("template", ["is {upper}, is it a terror movie", "is the movie, is it a horror movie?"])
def test_a_restarted_question_is_asked_once(store, template):
    result = reading(store, template.format(upper=store.title.upper()), "ask_genre")
    assert result.intent == "ask_genre" and "also_ask" not in tags(result)
    assert values(result, "claim") == ["genre:horror"]


def test_two_questions_with_the_same_opening_are_both_asked(store):
    result = reading(store, f"is {store.title} on netflix, is it on hulu?", "ask_where_to_watch")
    assert result.intent == "ask_where_to_watch"
    assert values(result, "claim") == ["platform:netflix"] and "also_claim" in tags(result)


# --- one unknown word heading what is asked ---


@pytest.mark.parametrize(
    ("text", "song"),
    [
        ("what is the tempo of the theme song?", "theme song"),
        ("what is the key of the song?", "song"),
        ("what is the time signature for the theme song?", "theme song"),
    ],
)
def test_an_unknown_head_of_a_wh_question_is_not_held_never_the_card(store, text, song):
    result = reading(store, text, "ask_crew", [name(text, song, "crew_role", "theme_song")])
    assert result.intent == "ask_fact" and "crew_role" not in tags(result)
    assert any(e["entity"] == "crew_role" for e in result.drop)


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("what is the name of the theme song?", "ask_crew"),
        ("what is the runtime of the movie?", "ask_runtime"),
        ("what is the premise of the film?", "ask_plot"),
        ("what is the title of the novel?", "ask_novel"),
    ],
)
def test_a_head_the_card_answers_keeps_the_card(store, text, intent):
    assert reading(store, text, intent).intent in (None, intent)


def test_the_name_of_the_song_keeps_its_credit(store):
    text = "what is the name of the theme song?"
    result = reading(store, text, "ask_crew", [name(text, "theme song", "crew_role", "theme_song")])
    assert result.intent in (None, "ask_crew") and not result.drop


# --- where a thing is heard is not what is asked of it ---


@pytest.mark.parametrize(
    "text",
    [
        "What was the song that played at the end of {title}? It was so beautiful",
        "what is the song in the end credits?",
    ],
)
def test_the_song_placed_at_the_end_is_the_theme_song_not_its_ending(store, text):
    result = reading(store, text.format(title=store.title), "ask_fact")
    assert values(result, "attribute") != ["ending"] and "topic" not in tags(result)


@pytest.mark.parametrize("text", ["how does the song end?", "what's the ending of the song?"])
def test_the_songs_own_ending_is_still_asked_of_it(store, text):
    result = reading(store, text, "ask_fact")
    assert values(result, "attribute") == ["ending"] and tags(result).get("topic") == "theme_song"


# --- an opinion put to whoever listens ---


@pytest.mark.parametrize(
    "template",
    [
        "Anyone else think {actor} was miscast as {character}?",
        "Am I the only one who thought the ending of {title} was rushed?",
    ],
)
def test_an_opinion_put_to_anyone_gets_the_honest_answer_never_a_yes(store, template):
    actor = _person(store, "ren_nagase")
    character = store.characters["akito_hayasaka"].name.split()[0]
    text = template.format(actor=actor, character=character, title=store.title)
    named = [name(text, actor, "person")] if actor in text else []
    result = reading(store, text, "ask_who_plays", named)
    assert tags(result).get("taste") == assistants_taste.TASTE and "claim" not in tags(result)


def test_a_question_put_to_anyone_is_still_a_question_of_fact(store):
    text = "does anyone know who plays haruna?"
    assert "taste" not in tags(reading(store, text, "ask_who_plays"))


def test_an_opinion_of_someones_acting_is_left_to_the_reviews_of_it(store):
    actor = _person(store, "ren_nagase")
    text = f"what did you think about {actor} and his acting?"
    assert "taste" not in tags(reading(store, text, "ask_fact", [name(text, actor, "person")]))


def test_a_famous_book_described_on_the_way_is_no_works_question(store):
    author = _person(store, "ao_morita")
    text = f"Has character from {author}'s most famous book endured through other media?"
    result = reading(store, text, "ask_fact", [name(text, author, "person")])
    assert result.intent != "ask_other_work"


@pytest.mark.parametrize("gender", ["actor", "actress"])
def test_the_same_performer_in_another_work_is_the_cast_member_whose_works_hold_it(store, gender):
    person = "ren_nagase" if gender == "actor" else "natsuki_deguchi"
    work = store.people[person].known_for[0].title.split(":")[0]
    text = f"Is the one in {store.title} the same {gender} as in {work}?"
    found = cast_member_of_a_work(text, store, default_lexicon())
    assert found is not None and found[0] == person


def test_the_same_word_alone_picks_no_one(store):
    assert cast_member_of_a_work("is the same actress in both films?", store, default_lexicon()) is None


# --- a remark on the story seen is no wish about spoilers ---


@pytest.mark.parametrize("text", ["Wasn't expecting that twist at all", "didn't see that ending coming"])
def test_a_remark_on_a_twist_seen_sets_no_spoiler_wish(store, text):
    assert reading(store, text, "no_spoilers").intent == "deny"  # the remark's reply, nothing set


@pytest.mark.parametrize(
    "text",
    ["no twists please", "don't spoil the twist", "i don't want to know the twist", "no spoilers, i haven't seen it"],
)
def test_a_wish_about_the_twist_still_sets_no_spoilers(store, text):
    assert reading(store, text, "no_spoilers").intent in (None, "no_spoilers")


# --- "that movie where ..." ---


def test_that_movie_described_by_its_premise_is_this_film(store):
    text = (
        "What's the name of that Japanese movie where a boy with a year to live meets a girl with six months to live?"
    )
    assert described_film.asks_which_film(text)


def test_that_movie_of_another_country_is_not_this_film(store):
    text = "what's the name of that korean movie where a boy with a year to live meets a girl?"
    words = tokens(text)
    assert described_film.contradicted_clue(text, words, [], store, default_lexicon()) is not None


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("what is {name} mainly known for", "toru_nakamura"),  # no article: a name, no head
        ("what is the geographic info of the author {name}", "ao_morita"),  # "info" is understood
    ],
)
def test_a_head_that_is_no_unknown_noun_keeps_the_card(store, text, person):
    who = _person(store, person)
    said = text.format(name=who)
    result = reading(store, said, "ask_person", [name(said, who, "person")])
    assert result.intent in (None, "ask_person", "ask_other_work")


def test_an_age_at_another_time_is_not_the_age_at_death(store, domain):
    from actions.topics import ActionFact

    writer = _person(store, "masahiko_shimura")
    text = f"what age was {writer} when he wrote his first song?"
    entities = [name(text, writer, "person"), {"entity": "attribute", "value": "age", "start": 0, "end": 0}]
    said, _, _ = run(ActionFact(), domain, text, entities, intent="ask_fact")
    assert "utter_person_about" not in said


# --- a relative besides the one named ---


def _characters_named(store, text: str, *names: str) -> list[dict]:
    return [name(text, n, "character") for n in names]


@pytest.mark.parametrize(
    "text", ["does akito have a girlfriend before haruna?", "did akito have a girlfriend other than haruna?"]
)
def test_a_relative_besides_the_one_named_is_not_held_never_a_yes(store, text):
    entities = [
        *_characters_named(store, text, "akito", "haruna"),
        name(text, "girlfriend", "relation", "love_interest"),
    ]
    result = reading(store, text, "ask_character", entities)
    assert result.intent == "ask_fact" and "claim" not in tags(result)


def test_the_relative_named_is_still_decided(store):
    text = "is haruna akito's girlfriend?"
    entities = [
        *_characters_named(store, text, "haruna", "akito"),
        name(text, "girlfriend", "relation", "love_interest"),
    ]
    assert values(reading(store, text, "ask_character", entities), "claim") == ["related:love_interest"]
