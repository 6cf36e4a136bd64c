"""Round 50: the NorQuAD questions, the TriviaQA quiz questions and the AOL searches (the round-88, 89 and 90 checks,
opened), and the team's own probes in the same styles, that got another question's answer or none.

- "<a name> <a noun>", typed as a search with no question: the last noun is what is searched. When nothing read
  explains it and no training question of the card uses it ("<a band> news", "<a singer> song remix"), the store
  holds nothing of that kind: "I don't know that about <them>", never the card of the name before it.
- A credited work's romanised title may hold "no": that word alone is no answer ("<the title>?" is the song's card,
  never "All right"); a yes or a no said outside the title still is.
- "<the theme song> release date", typed as a search: the nouns before the attribute own it (the song's, never the
  film's release).
- "<the title> anime", "<the title> season 5", "tv comedy <the title>": a kind searched with the film's name is the
  yes/no of that kind ("No, it's a live-action film"), never "I didn't get that".
- "Which song did <a singer> forget the words of during <an event>?": the thing a wh-word asks, with words no card
  says, is not known; "which song did <a singer> sing?" is still the song.
- "What is the single by <an actor> that came out in <a year> called?": a record of someone who holds no music credit
  here is one of their works, never their card.
- "Where did <a> and <b> meet?": something between two real people, which no card of either says.
- "Which composer was known as the March King?": someone picked out by a by-name none of ours has is another subject.
- "<the title> dog name", "<the title> character names": a name searched of the nouns before it, never the film's
  own title (nor a "No" the classifier heard).
- "<a person>" then "his age", "how old", "movies?", "dramas?": a bare follow-up right after an answer about one
  person asks that person's age or works, never a greeting, the maturity rating or films in general.
- "<the film's romanised Japanese title>" alone is the film named, as its English title alone is (never "I didn't
  get that").
- A message in a script of a language the assistant does not read (Korean, Russian, ...) is not understood ("I
  didn't get that" and what it can answer), never the card of the English words in it.
- "Which band originally recorded the theme song?": an adverb between the maker's noun and the verb of making still
  asks who holds the credit (the song's card says whose original it is), never "I don't know <the singer>'s band".
- "Who wrote the screenplay of the film adaptation of <the author>'s novel?": the author named as the book's owner is
  not asked; the screenplay's credit is, never the novel's card.
- "What drove <the author> to write it?": the inspiration, not known; "how is the <a part> in <the title>?" judges a
  part, never the ending's spoiler question.

Each test names the general rule; phrasings are mine or adapted from those datasets, names come from the store.
"""

from __future__ import annotations

import pytest

from actions.conversation import ActionFallback, ActionOutOfScope
from actions.crew import ActionDirector
from bot.store import FactStore
from bot.understanding import person_asked
from tests.reading_helpers import decided, name, reading, run, values


def _lead_actor(store: FactStore) -> str:
    return store.people[store.cast[0].actor].name.lower()


def _song_title(store: FactStore) -> str:
    """The theme song's romanised title, as users type it (the store gives it in brackets)."""
    value = str(store.crew["theme_song"].work.value)
    return value[value.index("(") + 1 : value.index(")")].lower()


def _intent(message) -> str:
    return (message.get("intent") or {}).get("name")


# --- a search for a noun nothing explains ---


@pytest.mark.parametrize(
    ("searched", "asked"), [("news", "news"), ("song remix", "remix"), ("tattoo designs", "tattoo designs")]
)
def test_a_search_for_what_no_card_says_is_not_known(store, searched, asked):
    actor = _lead_actor(store)
    text = f"{actor} {searched}"
    result = reading(store, text, "ask_person", [name(text, actor, "person")])
    assert result.intent == "ask_fact"
    assert values(result, "attribute") == [person_asked.ASKED_OF_PERSON]
    tagged = next(e for e in result.entities if e["entity"] == "attribute")
    assert text[tagged["start"] : tagged["end"]] == asked


def test_a_searched_noun_one_letter_off_a_glue_word_is_still_searched(store):
    actor = _lead_actor(store)
    text = f"{actor} concert tours"  # "tours" is one letter off "yours", which asks nothing
    result = reading(store, text, "ask_person", [name(text, actor, "person")])
    assert values(result, "attribute") == [person_asked.ASKED_OF_PERSON]


def test_a_search_of_the_film_no_reader_placed_is_not_known(store):
    text = f"{store.title.lower()} interview"
    result = reading(store, text, "nlu_fallback", [])
    assert result.intent == "ask_fact"
    assert values(result, "attribute") == [person_asked.ASKED_OF_PERSON]


@pytest.mark.parametrize(("searched", "intent"), [("movies", "ask_other_work"), ("height", "ask_fact")])
def test_a_search_for_what_is_held_keeps_its_reading(store, searched, intent):
    actor = _lead_actor(store)
    text = f"{actor} {searched}"
    result = reading(store, text, intent, [name(text, actor, "person")])
    assert person_asked.ASKED_OF_PERSON not in values(result, "attribute")


def test_a_search_whose_noun_the_cards_questions_use_keeps_the_card(store):
    text = f"{store.title.lower()} synopsis"
    assert reading(store, text, "ask_plot", []).intent in (None, "ask_plot")


def test_a_question_is_no_search(store):
    actor = _lead_actor(store)
    text = f"who is {actor} and what is the news?"
    result = reading(store, text, "ask_person", [name(text, actor, "person")])
    assert "a search for what no card says: news" not in result.why


def test_a_name_and_a_title_count_as_one_word_of_a_search(store):
    actor = _lead_actor(store)
    text = f"{store.title.lower()} {actor} interview"
    result = reading(store, text, "ask_other_work", [name(text, actor, "person")])
    assert values(result, "attribute") == [person_asked.ASKED_OF_PERSON]


def test_the_films_year_in_a_search_is_no_detail_to_confirm(store, domain):
    year = str(store.film["premiere_date"].value)[:4]
    text = f"{store.title.lower()} film {year} director"
    said, _, _ = run(ActionDirector(), domain, text, [name(text, "director", "crew_role")], intent="ask_director")
    assert said and "utter_claim_yes" not in said


@pytest.mark.parametrize("searched", ["profile", "group"])
def test_a_search_for_who_someone_is_keeps_their_card(store, searched):
    actor = _lead_actor(store)
    text = f"{actor} {searched}"
    assert _intent(decided(store, text, "ask_person", [name(text, actor, "person")])) == "ask_person"


# --- a "no" inside a romanised title ---


@pytest.mark.parametrize("form", ["{title}", "{title}?", "tell me about {title}", "info on {title}"])
def test_a_no_only_inside_a_title_is_no_answer(store, form):
    text = form.format(title=_song_title(store))
    if " no " not in f" {_song_title(store)} ":
        pytest.skip("the theme song's title holds no 'no' in this store")
    assert _intent(decided(store, text, "deny", confidence=0.95)) == "ask_crew"


def test_a_title_with_a_word_of_its_own_is_not_its_card(store):
    text = f"{_song_title(store)} guitar chords"
    assert _intent(decided(store, text, "deny", confidence=0.95)) not in ("deny", "ask_crew")


def test_a_yes_no_question_with_a_title_is_no_card(store):
    singer = _singer(store)
    text = f"Wasn't {_song_title(store)} by {singer}?"
    message = decided(store, text, "deny", [name(text, singer, "person")], confidence=0.95)
    assert _intent(message) not in ("ask_crew", "ask_person")


def test_something_else_asked_of_a_title_is_no_card(store):
    text = f"What is the performer of {_song_title(store)} named after?"
    assert _intent(decided(store, text, "out_of_scope", confidence=0.95)) != "ask_crew"


@pytest.mark.parametrize("text", ["no thanks", "no", "nope, {title}"])
def test_a_no_outside_a_title_is_still_an_answer(store, text):
    assert _intent(decided(store, text.format(title=_song_title(store)), "deny", confidence=0.95)) == "deny"


# --- the owner of an attribute typed as a search ---


@pytest.mark.parametrize("thing", ["theme song", "song"])
def test_a_thing_before_an_attribute_in_a_search_owns_it(store, thing):
    text = f"{thing} release date"
    result = reading(store, text, "ask_release_date", [name(text, thing, "crew_role")])
    assert result.intent not in (None, "ask_release_date")


def test_the_films_release_searched_stays_the_films(store):
    text = f"{store.title.lower()} release date"
    assert reading(store, text, "ask_release_date", []).intent in (None, "ask_release_date")


# --- a kind searched with the film's name ---


@pytest.mark.parametrize(
    ("form", "claim"),
    [("{title} anime", "animated"), ("{title} season 5", "series"), ("tv comedy {title}", "genre")],
)
def test_a_kind_searched_with_the_films_name_is_its_yes_no(store, form, claim):
    text = form.format(title=store.title.lower())
    result = reading(store, text, "nlu_fallback", [])
    assert result.intent == "ask_genre"
    told = [v for v in values(result, "claim") if v.split(":")[0] == claim]
    assert told
    spans = [(e["start"], e["end"]) for e in result.entities]
    assert all(0 <= start <= end <= len(text) for start, end in spans)


def test_a_search_with_a_word_no_claim_reads_is_no_yes_no(store):
    text = f"{store.title.lower()} movie animals"
    assert "a kind searched with the film's name" not in reading(store, text, "nlu_fallback", []).why


# --- the thing a wh-word asks, with words no card says ---


def _singer(store: FactStore) -> str:
    return store.people[store.crew["theme_song"].people[0]].name


def test_a_song_picked_by_an_event_no_card_says_is_not_known(store):
    singer = _singer(store)
    text = f"Which song did {singer} forget the words of during a Royal Variety Performance"
    result = reading(store, text, "out_of_scope", [name(text, "song", "crew_role"), name(text, singer, "person")])
    assert result.intent == "ask_fact"


def test_the_song_a_singer_sang_is_still_the_song(store):
    singer = _singer(store)
    text = f"which song did {singer} sing"
    result = reading(store, text, "ask_crew", [name(text, "song", "crew_role"), name(text, singer, "person")])
    assert result.intent in (None, "ask_crew")


def test_who_made_the_song_named_by_its_title_keeps_the_card(store):
    text = f'Who wrote and composed the song "{_song_title(store)}" in honour of the state of a far country?'
    result = reading(store, text, "out_of_scope", [name(text, "song", "crew_role")])
    assert result.intent == "ask_crew"


# --- a record of someone without a music credit ---


def test_a_record_of_an_actor_is_one_of_their_works(store):
    actor = store.people[store.cast[2].actor].name
    text = f"What is the single by {actor} that came out in 2001 called?"
    assert reading(store, text, "out_of_scope", [name(text, actor, "person")]).intent == "ask_other_work"


def test_a_person_named_in_a_clue_before_the_record_is_no_record_of_theirs(store):
    band = store.people[str(store.crew["theme_song"].work.extra["original_by"])].name
    text = f"The rock band {band} recorded a single in 2009, but what's their best known song?"
    result = reading(store, text, "ask_crew", [name(text, band, "person"), name(text, "song", "crew_role")])
    assert result.intent != "ask_other_work"


def test_a_song_an_actor_sang_in_the_film_is_still_their_part(store):
    actor = store.people[store.cast[1].actor].name.lower()
    text = f"which song did {actor} sing in the movie"
    result = reading(store, text, "ask_person", [name(text, "song", "crew_role"), name(text, actor, "person")])
    assert result.intent != "ask_other_work"


# --- two real people ---


@pytest.mark.parametrize("form", ["Where did {a} and {b} meet?", "are {a} and {b} friends"])
def test_something_between_two_people_is_not_known(store, form):
    first, second = (store.people[credit.actor].name for credit in store.cast[:2])
    text = form.format(a=first, b=second)
    result = reading(store, text, "ask_other_work", [name(text, first, "person"), name(text, second, "person")])
    assert result.intent == "ask_fact"
    assert values(result, "attribute") == [person_asked.ASKED_OF_PERSON]


def test_who_two_people_are_is_still_their_cards(store):
    first, second = (store.people[credit.actor].name for credit in store.cast[:2])
    text = f"who are {first} and {second}"
    result = reading(store, text, "ask_person", [name(text, first, "person"), name(text, second, "person")])
    assert person_asked.ASKED_OF_PERSON not in values(result, "attribute")


# --- a by-name none of ours has ---


@pytest.mark.parametrize(
    "text", ["Which American composer was known as the March King?", "who is called the godfather of soul"]
)
def test_someone_by_a_by_name_none_of_ours_has_is_another_subject(store, text):
    entities = [name(text, "composer", "crew_role")] if "composer" in text else []
    assert reading(store, text, "ask_crew", entities).intent == "out_of_scope"


def test_one_of_ours_by_a_role_name_is_still_ours(store):
    text = "which character is called the florist"
    assert reading(store, text, "ask_character", [name(text, "the florist", "character")]).intent != "out_of_scope"


# --- what drove someone, and a part judged ---


def test_what_drove_the_author_is_the_inspiration(store):
    author = store.people[str(store.novel["author"].value)].name
    text = f"What drove {author} to write it?"
    result = reading(store, text, "ask_person", [name(text, author, "person")])
    assert "inspiration" in values(result, "attribute")


def test_how_a_part_is_judged_is_no_ending(store):
    text = f"How is the scenography in {store.title}?"
    assert reading(store, text, "ask_ending", []).intent == "ask_fact"


def test_how_the_ending_is_stays_the_ending(store):
    assert reading(store, "how is the ending", "ask_ending", []).intent in (None, "ask_ending")


# --- a name searched of the nouns before it ---


@pytest.mark.parametrize(("form", "intent"), [("{title} dog name", "ask_fact"), ("{title} school name", "ask_fact")])
def test_a_name_searched_of_a_thing_is_not_the_title(store, form, intent):
    text = form.format(title=store.title.lower())
    result = reading(store, text, "ask_title", [])
    assert result.intent == intent
    tagged = [e for e in result.entities if e["entity"] == "attribute"]
    assert tagged
    assert text[tagged[0]["start"] : tagged[0]["end"]] in ("dog", "school")


@pytest.mark.parametrize("text", ["character names", "{title} character names"])
def test_character_names_searched_are_the_cast(store, text):
    assert reading(store, text.format(title=store.title.lower()), "deny", []).intent == "ask_cast"


@pytest.mark.parametrize("text", ["{title} name", "{title} movie name"])
def test_the_films_own_name_searched_stays_its_title(store, text):
    assert reading(store, text.format(title=store.title.lower()), "ask_title", []).intent in (None, "ask_title")


# --- a bare follow-up after an answer about one person ---


@pytest.mark.parametrize(("text", "intent", "key"), [("his age", "greet", "age"), ("how old", "out_of_scope", "age")])
def test_a_bare_personal_attribute_is_asked_of_the_conversations_person(store, text, intent, key):
    result = reading(store, text, intent, [])
    assert result.intent == "ask_fact"
    assert values(result, "attribute") == [key]


def test_an_attribute_of_someone_named_is_no_bare_attribute(store):
    assert not any(
        "a personal attribute alone" in why
        for why in reading(store, "What's Farabi's full name?", "nlu_fallback", []).why
    )


@pytest.mark.parametrize("text", ["hi", "thanks", "how old is the film"])
def test_talk_and_full_questions_are_no_bare_attribute(store, text):
    assert not any("a personal attribute alone" in why for why in reading(store, text, "greet", []).why)


def _after_a_person(previous_action: str) -> list[dict]:
    return [
        {"event": "user", "text": "who plays her?", "parse_data": {"entities": []}},
        {"event": "action", "name": previous_action},
    ]


@pytest.mark.parametrize(("action", "text"), [(ActionOutOfScope(), "movies"), (ActionFallback(), "and dramas?")])
def test_a_bare_kind_of_work_after_a_person_is_their_works(store, domain, action, text):
    person = store.cast[1].actor
    events = _after_a_person("action_who_plays")
    said, _, _ = run(action, domain, text, [], {"person": person}, intent="out_of_scope", events=events)
    assert said and said[0].startswith("utter_other_work")


def test_a_bare_kind_of_work_after_the_films_fact_is_still_refused(store, domain):
    person = store.cast[1].actor
    events = _after_a_person("action_runtime")
    said, _, _ = run(ActionOutOfScope(), domain, "movies", [], {"person": person}, intent="out_of_scope", events=events)
    assert said == ["utter_out_of_scope"]


# --- the film named alone by another of its titles ---


def test_the_films_romanised_title_alone_is_the_film_named(store):
    romanised = [str(f) for f in store.film["title_forms"].value if str(f).isascii() and " " in str(f)]
    longest = max(romanised, key=len)
    assert reading(store, longest.lower(), "nlu_fallback", []).intent == "ask_plot"


# --- a language the assistant does not read ---


@pytest.mark.parametrize("form", ["{title} 감독", "кто режиссер {title}"])
def test_a_script_of_another_language_is_not_understood(store, form):
    text = form.format(title=store.title.lower())
    assert _intent(decided(store, text, "ask_plot", confidence=0.95)) == "nlu_fallback"


def test_japanese_is_still_read(store):
    assert _intent(decided(store, "監督は誰？", "ask_director", confidence=0.95)) == "ask_director"


# --- an adverb between a maker's noun and the verb of making ---


@pytest.mark.parametrize("adverb", ["originally", "first"])
def test_a_maker_noun_then_an_adverb_and_a_verb_of_making_asks_the_credit(store, adverb):
    text = f"which band {adverb} recorded the theme song"
    assert reading(store, text, "ask_fact", [name(text, "theme song", "crew_role")]).intent == "ask_crew"


def test_a_label_is_still_no_credit(store):
    text = "what label released the song"
    assert reading(store, text, "ask_fact", [name(text, "song", "crew_role")]).intent == "ask_fact"


# --- the author named as the book's owner ---


def test_the_screenplay_of_the_adaptation_of_the_authors_novel_is_the_screenplay(store):
    author = store.people[str(store.novel["author"].value)].name
    text = f"Who wrote the screenplay of the film adaptation of {author}'s novel?"
    entities = [name(text, "screenplay", "crew_role"), name(text, author, "person")]
    assert reading(store, text, "ask_novel", entities).intent == "ask_crew"


def test_who_wrote_the_authors_novel_is_still_the_novel(store):
    author = store.people[str(store.novel["author"].value)].name
    text = f"who wrote {author}'s novel"
    assert reading(store, text, "ask_novel", [name(text, author, "person")]).intent in (None, "ask_novel")
