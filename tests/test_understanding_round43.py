"""Round 43: JaQuAD's Japanese Wikipedia questions and the Wizard-of-Wikipedia messages of BEGIN and FaithDial (the
round-68 and 69 checks, opened), and the team's own probes in the same styles, that got another question's answer.

- "Are there certain characteristics of a song that …?": a credit word that is the complement of another noun is
  not what the existence form asks about.
- "Is <a person> a historical writer?": a role noun with a describing word is what the person is, not a credit.
- "I love <a service>, do you know what it is?": a wrapped wh-question in a later clause asks no yes/no.
- "In what year was <a> admitted to <a hospital> (<its Japanese name>)?": a Japanese gloss in brackets repeats a name;
  the English around it asks the question.
- "What about <a> was unpopular?": a name followed by a verb is a wh-question of its own, no elliptic follow-up.
- "…, so to speak": a hedge, never the language spoken.
- "Are there any other genres they fit in?": "any other" before a noun that is no work asks no one's other works.
- "Who wrote the lyrics?", "who wrote <the song's title>?": the song's writer, not its card.
- "In what year was <the title> published by <the novel's publisher>?": the publisher is a clue that fits the novel.
- "Did the show or its actors win any awards?": the film's awards, then the cast's.
- "I read the novel last year. When was the movie made?": a classifier intent that rests on a statement's words only
  gives way to the question.
- "When did <a> start the series? I've heard of it …": in a message of several clauses, the clause that names one of
  ours is read for what it asks of them.
- "Who called it "<words>"?": who said a quote is the reviews' to answer, and only a quote the reviews hold.
- "I know the show has <a thing>, but what's the plot?": a wh-question after a framed claim is asked, not the claim.
- "<an actress> drama", typed as a search: her works, with no verdict before them.
- "When was the first episode aired?": "No, it's a single film", then the release; "what else has <a> done outside
  of the <title> series?": a kind of work set aside is not the kind asked.
- "When was it announced that <a> would direct it?": the film's announcement; "was the show created in the mid
  60s?": a decade, no title.
- "What did <a> get help from to write <the title>?": making as another verb's aim asks no works.
- "That sounds scary! Are there any well known actors in it?": only the yes/no's own words weigh against the card.
- "Is the author a billionaire?": the novel's author described, never another subject nor a title.
- "Who painted the paintings in the film?": no credit names their maker, never the cast.
- "この映画は好き？", "原作は読んだ？": the assistant's taste or experience asked in Japanese; "秋人はどこに住んで
  いますか？" asks where he lives, never where to watch.

Each test names the general rule; phrasings are mine or adapted from those datasets, names come from the store.
"""

from __future__ import annotations

import pytest
from rasa.shared.nlu.training_data.message import Message

from actions.topics import ActionFact
from bot.japanese import japanese_glosses
from bot.nlu_frame import QuestionReader
from bot.scope import OTHER_SUBJECT
from bot.understanding import (
    cast_by_work,
    claim_frames,
    clauses,
    japanese_taste,
    novel_reading,
    people_reading,
    quoted_saying,
)
from bot.understanding.lexicon import default_lexicon, tokens
from tests.reading_helpers import name, reading, run, values


def _lead(store) -> str:
    return store.people[store.cast[0].actor].name


def _author(store) -> str:
    return store.people[str(store.novel["author"].value)].name


def _title(store) -> str:
    return store.film["title"].value


def _song_title(store) -> str:
    """The theme song's title in Latin letters: the part in brackets of its stored value."""
    return str(store.crew["theme_song"].work.value).split("(")[1].rstrip(")")


def _decided(store, text: str, intent: str, entities: list[dict]) -> Message:
    ranked = [{"name": intent, "confidence": 0.6}, {"name": "ask_plot", "confidence": 0.05}]
    message = Message(data={"text": text, "intent": ranked[0], "intent_ranking": ranked})
    message.set("entities", entities)
    QuestionReader(store, default_lexicon()).process([message])
    return message


# --- existence of another thing ---


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("are there certain characteristics of a song that make it pop", "song", True),
        ("is there any kind of theme song", "theme", False),
        ("is there a song in it", "song", False),
    ],
)
def test_a_credit_word_after_another_noun_is_its_complement(text, word, expected):
    words = tokens(text)
    assert clauses.complement_of_another_noun(words, words.index(word)) is expected


def test_the_existence_of_another_thing_is_no_credit_asked(store):
    result = reading(store, "Are there certain characteristics of a song that classifies it as pop?", "bot_challenge")
    assert not any(value.startswith("has_credit:") for value in values(result, "claim"))


def test_whether_the_film_has_a_song_is_still_a_credit(store):
    assert "has_credit:theme_song" in values(reading(store, "is there a theme song?", "ask_crew"), "claim")


# --- what someone is ---


@pytest.mark.parametrize(
    "template",
    ["are you aware {a} was also a historical writer?", "is {a} an Indian writer?", "was {a} a famous writer?"],
)
def test_a_described_role_is_no_credit(store, template):
    author = _author(store)
    text = template.format(a=author)
    result = reading(store, text, "bot_challenge", [name(text, author, "person")])
    assert not any(value.startswith("credit:") for value in values(result, "claim"))


def test_a_role_after_another_verb_is_not_what_someone_is(store):
    band = next(p for p in store.people.values() if p.known_for and all(w.medium == "music" for w in p.known_for))
    text = f"did {band.name} get a new singer"
    result = reading(store, text, "ask_person", [name(text, band.name, "person")])
    assert result.intent != "ask_person"


def test_the_credit_holder_of_a_bare_role_still_holds_the_credit(store):
    writer = store.people[store.crew["screenplay"].people[0]].name
    text = f"is {writer} a writer?"
    assert "credit:writer" in values(reading(store, text, "ask_crew", [name(text, writer, "person")]), "claim")


# --- a wrapped wh-question in a later clause ---


def test_a_wrapped_wh_question_after_a_statement_is_no_yes_no(store):
    service = str(store.film["platform"].value)
    result = reading(store, f"I love watching shows on {service}, do you know what it is?", "ask_where_to_watch")
    assert not values(result, "claim")


# --- Japanese glosses ---


def test_a_japanese_gloss_in_an_english_question_is_found():
    text = "In what year was ann admitted to the city hospital (市立病院)?"
    (start, end), *_ = japanese_glosses(text)
    assert text[start:end] == "(市立病院)"


@pytest.mark.parametrize("text", ["誰が(主題歌)を歌っていますか？", "who is (早坂)?"])
def test_a_japanese_message_or_a_bare_bracket_keeps_its_words(text):
    assert japanese_glosses(text) == []


@pytest.mark.parametrize(
    "template",
    [
        "In what year was {a} admitted to the city hospital (市立病院)?",  # a gloss: never the release
        # several clauses: the one naming one of ours is read for its question
        "oh really? that's pretty interesting. when did {a} start the series? i've heard of it for years.",
    ],
)
def test_what_is_asked_of_the_author_beyond_who_they_are_is_not_known(store, template):
    author = _author(store)
    text = template.format(a=author)
    result = reading(store, text, "out_of_scope", [name(text, author, "person")])
    assert result.intent == "ask_fact"
    assert values(result, "attribute") == ["asked_of_person"]


# --- what about <a name> was …? ---


def test_a_name_then_a_verb_after_what_about_is_no_follow_up(store):
    author = _author(store)
    text = f"At the old university, what about {author} was unpopular?"
    result = reading(store, text, "out_of_scope", [name(text, author, "person")])
    assert "same_question" not in values(result, "attribute")
    assert result.intent == "ask_fact"


def test_what_about_a_name_is_still_a_follow_up(store):
    author = _author(store)
    text = f"what about {author}?"
    assert "same_question" in values(reading(store, text, "ask_person", [name(text, author, "person")]), "attribute")


# --- hedges and other nouns ---


def test_so_to_speak_is_no_language_asked(store):
    result = reading(store, "so the band is named after him? he carries the band, so to speak.", "nlu_fallback")
    assert "language" not in values(result, "attribute")
    assert result.intent != "ask_language"


@pytest.mark.parametrize("noun", ["genres", "languages", "questions"])
def test_any_other_before_a_noun_that_is_no_work_is_no_other_work(noun):
    hits = default_lexicon().find(tokens(f"are there any other {noun} they fit in"), ("attribute",))
    assert "other_work" not in [h.key for h in hits]


@pytest.mark.parametrize("text", ["does she have any other songs", "any other films by him", "any other?"])
def test_any_other_alone_or_before_a_work_is_still_other_work(text):
    assert "other_work" in [h.key for h in default_lexicon().find(tokens(text), ("attribute",))]


# --- the song's writer ---


@pytest.mark.parametrize("text", ["who wrote the lyrics?", "who is the lyricist?", "who wrote the lyrics of the song?"])
def test_who_wrote_the_lyrics_is_the_songs_writer(store, text):
    result = reading(store, text, "ask_crew")
    assert "work_writer" in values(result, "attribute")


def test_who_wrote_the_songs_title_is_its_writer(store):
    song = _song_title(store)
    message = _decided(store, f'Who wrote the lyrics of "{song}"?', "out_of_scope", [])
    assert message.get("intent")["name"] == "ask_crew"
    assert "work_writer" in [e["value"] for e in message.get("entities") if e["entity"] == "attribute"]


def test_who_sings_the_songs_title_is_not_its_writer(store):
    message = _decided(store, f"who sings {_song_title(store)}?", "ask_crew", [])
    assert "work_writer" not in [e["value"] for e in message.get("entities") if e["entity"] == "attribute"]


# --- the novel's publisher as a clue ---


def test_the_novels_publisher_is_a_clue_that_fits(store):
    publisher = str(store.novel["publisher"].value).split("(")[0].strip()
    message = _decided(store, f"In what year was '{_title(store)}' published by {publisher}?", "ask_title", [])
    assert message.get("intent")["name"] == "ask_novel"


# --- the film and its cast ---


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("did the show or its actors receive any awards", True),
        ("has the film and the cast won anything", True),
        ("did any of the actors win awards", False),
        ("did the film win any awards", False),
    ],
)
def test_the_film_beside_its_cast(text, expected):
    assert cast_by_work.film_beside_cast(tokens(text)) is expected


def test_the_film_and_its_cast_awards_are_both_answered(domain):
    text = "do you know if the show or its actors have received any awards?"
    said, _, _ = run(ActionFact(), domain, text, [name(text, "awards", "topic")])
    assert said[0] == "utter_dont_know_about"
    assert len(said) > 1  # then the cast's awards, or that they are not known


def test_the_casts_awards_alone_are_not_the_films(domain):
    text = "did any of the actors win awards?"
    said, _, _ = run(ActionFact(), domain, text, [name(text, "awards", "topic")])
    assert "utter_dont_know_about" not in said


# --- statements beside the question ---


def test_a_classifier_intent_from_a_statement_only_gives_way(store):
    result = reading(store, "i read the novel last year. when was the movie made?", "ask_novel")
    assert result.intent == "ask_release_date"


def test_a_question_that_asks_the_statements_subject_keeps_it(store):
    result = reading(store, "I read the book. Who wrote it?", "ask_novel")
    assert result.intent in (None, "ask_novel")


def test_a_question_turned_back_keeps_the_statement(store):
    assert "statements left out: 1" not in reading(store, "I'm good, how about you?", "ask_plot").why


# --- who said a quote ---


@pytest.mark.parametrize(
    "text", ['who called it "worth the tissues"?', 'Who rated the acting as "thrilling and overwhelming"?']
)
def test_who_said_a_quote_is_the_reviews(store, text):
    result = reading(store, text, "ask_title")
    assert result.intent == "ask_fact"
    assert values(result, "topic") == ["reviews"]


@pytest.mark.parametrize(
    "text",
    [
        'what does "heaven above" mean?',
        'who sings "the long song"?',
        'who wrote "the long song"?',
        "who called it sad?",
    ],
)
def test_no_quote_of_words_or_no_saying_is_no_quote_asked(text):
    assert quoted_saying.who_said_a_quote(text) is None


def test_a_quote_the_reviews_do_not_hold_is_not_known(store, domain):
    text = 'who called it "a masterpiece of the decade"?'
    said, _, _ = run(ActionFact(), domain, text, [name(text, "a masterpiece of the decade", "topic", "reviews")])
    assert said == ["utter_dont_know_asked"]


def test_a_quote_the_reviews_hold_gets_the_reviews(store, domain):
    detail = store.film["reviews"].detail
    quote = detail.split('"')[1]
    text = f'who called it "{quote}"?'
    said, _, _ = run(ActionFact(), domain, text, [name(text, quote, "topic", "reviews")])
    assert said and "utter_dont_know_asked" not in said


def test_the_unheld_quote_is_found_against_the_held_texts():
    assert quoted_saying.unheld_quote('who said "two hour wallow"?', ["a two-hour wallow"]) is None
    assert quoted_saying.unheld_quote('who said "pure gold"?', ["a two-hour wallow"]) == "pure gold"


# --- a wh-question after a framed claim ---


def test_a_wh_question_after_a_framed_claim_is_asked():
    assert claim_frames.canonical_claim("i know the show has zombies, but beyond that, what's the plot?") is None


def test_a_framed_claim_asked_back_is_still_a_claim():
    assert claim_frames.canonical_claim("I think it's a romance, what do you think?") is not None


# --- what the sweep of the team's probes kept ---


def test_a_statement_naming_the_film_stays_beside_a_wh_question(store):
    text = f"I was just watching {_title(store).lower()} on the treadmill today! What's your favorite movie?"
    assert not any(why.startswith("statements left out") for why in reading(store, text, "ask_fact").why)


def test_a_question_pointing_at_a_statements_name_keeps_the_statement(store):
    character = store.characters[store.cast[2].character].name
    text = f"I've heard of {character}. Who is that?"
    result = reading(store, text, "ask_character", [name(text, character, "character")])
    assert not any(why.startswith("statements left out") for why in result.why)


def test_a_song_of_a_named_singer_is_no_description_of_them(store):
    actor = _lead(store).lower()
    text = f"is {_song_title(store).lower()} a {actor} song"
    result = reading(store, text, "ask_crew", [name(text, actor, "person")])
    assert result.intent == "ask_crew"


def test_sheet_music_for_the_song_is_not_its_writer(store):
    message = _decided(store, f"can you find me sheet music for {_song_title(store)} online", "out_of_scope", [])
    assert "work_writer" not in [e["value"] for e in message.get("entities") if e["entity"] == "attribute"]


# --- a search is no claim ---


@pytest.mark.parametrize(
    ("text", "expected"), [("ann lee drama", True), ("ann lee in a drama?", False), ("is it sad", False)]
)
def test_a_few_words_without_a_question_are_a_search(text, expected):
    assert clauses.typed_as_a_search(text) is expected


def test_a_person_and_a_kind_typed_as_a_search_gets_no_verdict(store, domain):
    from actions.people import ActionOtherWork

    actress = store.people[store.cast[1].actor].name.lower()
    text = f"{actress} drama"
    said, _, _ = run(ActionOtherWork(), domain, text, [name(text, actress, "person")], intent="ask_other_work")
    assert "utter_claim_yes" not in said
    assert said


# --- when a part the film lacks came out ---


@pytest.mark.parametrize("text", ["When was the first episode aired?", "when did the first season air?"])
def test_when_a_part_it_lacks_aired_is_no_then_the_release(store, text):
    result = reading(store, text, "nlu_fallback")
    assert values(result, "claim")
    assert values(result, "also_ask") == ["ask_release_date"]


def test_a_count_of_a_part_it_lacks_asks_no_date(store):
    assert values(reading(store, "how many episodes are there?", "ask_genre"), "also_ask") == []


# --- a kind of work set aside ---


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("what else has she done outside of the long series", None),
        ("besides movies what tv shows has she done", "series"),
        ("what movies has she been in", "film"),
    ],
)
def test_a_kind_set_aside_is_not_the_kind_asked(text, expected):
    assert people_reading.medium_asked(tokens(text), default_lexicon().work_media) == expected


# --- news told in a that-clause ---


def test_when_it_was_announced_that_someone_would_direct_is_the_films_announcement(store):
    director = store.people[store.crew["director"].people[0]].name.split()[-1]
    text = f"when was it announced that {director} would direct it?"
    result = reading(store, text, "ask_release_date", [name(text, director, "person")])
    assert values(result, "topic") == ["announced"]


def test_a_persons_own_announcement_stays_theirs(store):
    director = store.people[store.crew["director"].people[0]].name
    text = f"when was {director}'s announcement?"
    result = reading(store, text, "ask_person", [name(text, director, "person")])
    assert values(result, "topic") != ["announced"]


# --- a verb of making that is another verb's aim ---


def test_making_as_another_verbs_aim_is_no_works_asked(store):
    author = _author(store)
    text = f"What did {author} get help from to write {_title(store)}?"
    result = reading(store, text, "nlu_fallback", [name(text, author, "person")])
    assert result.intent != "ask_other_work"


@pytest.mark.parametrize("template", ["what did {a} write?", "what else did {a} ever write?"])
def test_what_someone_made_is_still_their_works(store, template):
    author = _author(store)
    text = template.format(a=author)
    assert reading(store, text, "nlu_fallback", [name(text, author, "person")]).intent == "ask_other_work"


# --- a reaction before a yes/no ---


def test_a_reactions_words_are_not_asked_of_the_card(store):
    result = reading(store, "That sounds scary! Are there any well known actors in the show?", "ask_source")
    assert not any(value.startswith("polar_open") for value in values(result, "claim"))


# --- "are you aware" frames a claim ---


def test_are_you_aware_frames_a_claim(store):
    actor, character = _lead(store), store.characters[store.cast[0].character].name.split()[0]
    text = f"are you aware that {actor} plays {character}?"
    entities = [name(text, actor, "person"), name(text, character, "character")]
    assert values(reading(store, text, "bot_challenge", entities), "claim")


# --- a decade is a time, no title ---


@pytest.mark.parametrize(
    ("text", "titled"),
    [
        ("was the show created in the mid 60s", False),
        ("was it made in the 1990s", False),
        ("who directed if i stay", True),
    ],
)
def test_a_decade_after_a_verb_of_making_is_no_title(store, text, titled):
    from bot.understanding import coverage

    lexicon = default_lexicon()
    words = tokens(text)
    hits = lexicon.find(words, ("attribute", "claim", "film", "relation", "other_topic", "spoilers"))
    assert (coverage.other_work(words, hits, [], [], coverage.film_vocabulary(store, lexicon)) is not None) is titled


# --- the novel's author described ---


@pytest.mark.parametrize("text", ["is the author a billionaire?", "isn't the author a billionaire now?"])
def test_the_novels_author_described_is_not_another_subject(store, text):
    ranked = [{"name": "out_of_scope", "confidence": 0.6}, {"name": "ask_novel", "confidence": 0.2}]
    message = Message(data={"text": text, "intent": ranked[0], "intent_ranking": ranked})
    message.set("entities", [])
    message.set(OTHER_SUBJECT, "billionaire")
    QuestionReader(store, default_lexicon()).process([message])
    assert message.get("intent")["name"] != "out_of_scope"
    assert not message.get(OTHER_SUBJECT)


def test_the_author_of_another_work_is_still_another_subject(store):
    assert not novel_reading.novelist_described(tokens("is the author of harry potter rich"))


# --- the maker of a thing no credit names ---


@pytest.mark.parametrize("text", ["who painted the paintings in the film?", "who drew the pictures in the movie?"])
def test_the_maker_of_a_thing_no_credit_names_is_not_known(store, text):
    result = reading(store, text, "ask_cast")
    assert result.intent == "ask_fact"
    assert values(result, "attribute") == ["maker_asked"]


@pytest.mark.parametrize(
    ("text", "intent"), [("who made the film?", "ask_director"), ("who made the costumes?", "ask_fact")]
)
def test_a_film_or_a_credit_made_is_not_an_unknown_things_maker(store, text, intent):
    assert "maker_asked" not in values(reading(store, text, intent), "attribute")


def test_the_unknown_maker_is_said_with_the_words_asked(domain):
    text = "who painted the paintings in the film?"
    said, messages, _ = run(
        ActionFact(), domain, text, [name(text, "painted the paintings", "attribute", "maker_asked")]
    )
    assert said == ["utter_dont_know_maker"]
    assert messages[0]["asked"] == "painted the paintings"


# --- the assistant's taste asked in Japanese ---


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("この映画は好き？", japanese_taste.LIKED),
        ("主題歌は好きですか？", japanese_taste.LIKED),
        ("原作は読んだ？", japanese_taste.EXPERIENCED),
        ("この映画見ましたか？", japanese_taste.EXPERIENCED),
    ],
)
def test_a_japanese_question_of_liking_or_experience_asks_the_assistant(text, kind):
    from bot.japanese import words as japanese_words

    found = japanese_taste.taste_asked(japanese_words(text), text)
    assert found is not None and found.kind == kind


@pytest.mark.parametrize("text", ["秋人は春奈が好き？", "この映画が好きです。", "主題歌は誰？"])
def test_someone_elses_liking_a_statement_or_another_question_is_no_taste_asked(text):
    from bot.japanese import words as japanese_words

    assert japanese_taste.taste_asked(japanese_words(text), text) is None


@pytest.mark.parametrize(
    ("text", "intent", "taste"),
    [
        ("この映画は好き？", "ask_fact", "favourite"),
        ("この映画見ましたか？", "ask_fact", "watched"),
        ("主題歌は好き？", "ask_crew", "taste"),
        ("どんな音楽が好き？", "ask_crew", "taste"),
        ("原作は読んだ？", "ask_novel", "taste"),
    ],
)
def test_the_assistants_taste_asked_in_japanese_is_answered_honestly(store, text, intent, taste):
    result = reading(store, text, "nlu_fallback")
    assert result.intent == intent
    assert values(result, "taste") == [taste]


def test_a_japanese_question_of_liking_of_something_not_ours_is_refused(store):
    # round 44: still the refusal, now with the taste that words it ("I have no favourites of my own")
    result = reading(store, "好きな食べ物は何？", "out_of_scope")
    assert result.intent == "out_of_scope"
    assert values(result, "taste") == ["taste"]


def test_where_someone_lives_in_japanese_is_no_place_to_watch(store):
    text = "秋人はどこに住んでいますか？"
    character = store.characters[store.cast[0].character]
    short = next(alias for alias in character.aliases if alias in text)
    result = reading(store, text, "ask_where_to_watch", [name(text, short, "character")])
    assert result.intent == "ask_character"


def test_the_song_writers_tag_is_no_unheld_attribute_of_a_fact(domain):
    text = "who painted the paintings in the film? and who wrote the lyrics?"
    entities = [
        name(text, "lyrics", "attribute", "work_writer"),
        name(text, "painted the paintings", "attribute", "maker_asked"),
    ]
    entities.sort(key=lambda e: -e["start"])  # the second question's tag first, as the parts reader adds it
    said, _, _ = run(ActionFact(), domain, text, entities)
    assert said == ["utter_dont_know_maker"]
