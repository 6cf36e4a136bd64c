"""Round 62: questions that look like a held fact's but ask another thing get "I don't know", never that fact.

- What the novel costs ("how much is the book?") is not held: never the novel's card.
- A character's address is their home, which no card gives: never their card or who plays them.
- A streaming service doing something to the film ("did <a service> ruin it?") is no claim of where it streams:
  never "Yes, on <the service>".
- "How" alone is no evidence for the runtime ("have I told you how much I love it?"): the classifier's unsure
  guess is not answered.
- A yes/no question left open ("I don't know whether …") is followed by the classifier's card only when a word of the
  question is that card's: never the spoiler prompt for "does it support <a file format>?".
- "Did you get a chance to watch it?" asks the assistant's experience, as "did you watch it?" does.
- What someone is looking at or has in their hand ("what is <a> looking at?") is no card's either.
- In Japanese, what someone holds, looks at or is doing ("<名前>は何を持っていますか？") is no card's, and "<名前>は
  何を見ていますか？" asks what they look at, not whether the assistant has seen something.
- In Japanese, "<an actor>が演じているのは誰？" asks whom the actor plays (their card), never "no one of that name".
- In Japanese, "流行った？", "ヒットした？" ask about its chart run, as "was it a hit?" does in English.

Names and values come from the store; the phrasings are mine.
"""

from __future__ import annotations

import pytest

from bot.store import FactStore
from bot.understanding import assistants_taste
from bot.understanding.lexicon import tokens
from bot.understanding.person_asked import ASKED_OF_PERSON
from tests.reading_helpers import decided, name, reading, tags, values


@pytest.mark.parametrize(
    "text",
    ["how much is the book?", "how much does the novel cost?", "what is the price of the novel?", "is the book cheap?"],
)
def test_what_the_novel_costs_is_not_held(store: FactStore, text: str):
    result = reading(store, text, "ask_novel")
    assert (result.intent, values(result, "attribute")) == ("ask_fact", ["novel_price"])


@pytest.mark.parametrize("text", ["how much is the manga?", "how much does the spin-off cost?"])
def test_what_a_part_of_the_novel_costs_is_not_held(store: FactStore, text: str):
    result = reading(store, text, "nlu_fallback")
    assert (result.intent, values(result, "attribute")) == ("ask_fact", ["novel_price"])


@pytest.mark.parametrize("text", ["how much of the book is in the film?", "how many copies did the book sell?"])
def test_how_much_of_the_book_is_no_price(store: FactStore, text: str):
    assert "novel_price" not in values(reading(store, text, "ask_novel"), "attribute")


@pytest.mark.parametrize("template", ["what is {a}'s address?", "I need the address to {a}'s house please."])
def test_a_characters_address_is_their_home(store: FactStore, template: str):
    friend = store.characters[store.cast[2].character].name.split()[0]
    text = template.format(a=friend)
    result = reading(store, text, "ask_character", [name(text, friend, "character")])
    assert values(result, "attribute") == ["residence"]


@pytest.mark.parametrize("deed", ["ruin", "cancel", "promote"])
def test_a_services_deed_is_no_claim_of_where_it_streams(store: FactStore, deed: str):
    service = store.film["platform"].value
    result = reading(store, f"did {service} {deed} {store.title}?", "ask_where_to_watch")
    assert not any(v.startswith("platform:") for v in values(result, "claim"))
    assert result.intent != "ask_where_to_watch"


def test_a_services_shares_are_no_claim_of_where_it_streams(store: FactStore):
    director = store.people[store.crew["director"].people[0]].name
    service = store.film["platform"].value
    text = f"does {director} still own enough {service} shares to control {service} Inc.?"
    result = reading(store, text, "ask_person", [name(text, director, "person")])
    assert not any(v.startswith("platform:") for v in values(result, "claim"))


@pytest.mark.parametrize("deed", ["have", "still have", "stream", "make"])
def test_a_service_having_the_film_is_where_it_streams(store: FactStore, deed: str):
    service = store.film["platform"].value
    result = reading(store, f"does {service} {deed} {store.title}?", "ask_where_to_watch")
    assert tags(result).get("claim", "").startswith("platform:")


@pytest.mark.parametrize("template", ["{title} was {service}, right?", "does {service} include {title} with no ads?"])
def test_a_service_named_as_where_it_is_is_still_a_claim(store: FactStore, template: str):
    text = template.format(title=store.title, service=store.film["platform"].value)
    assert tags(reading(store, text, "ask_where_to_watch")).get("claim", "").startswith("platform:")


def test_how_alone_is_no_evidence_for_the_runtime(store: FactStore):
    text = f"Have I told you how much I love {store.title}??"
    assert decided(store, text, "ask_runtime", confidence=0.48).get("intent")["name"] == "ask_fact"


@pytest.mark.parametrize("text", ["how long is {title}?", "how many minutes is {title}?"])
def test_a_word_of_the_runtime_keeps_an_unsure_guess(store: FactStore, text: str):
    text = text.format(title=store.title)
    assert decided(store, text, "ask_runtime", confidence=0.48).get("intent")["name"] == "ask_runtime"


# --- Japanese: the words people use of a hit and of television ---


@pytest.mark.parametrize("text", ["流行りましたよね？", "ヒットした？"])
def test_whether_it_was_a_hit_asked_in_japanese_is_its_chart_run(store: FactStore, text: str):
    assert tags(reading(store, text, "nlu_fallback")) == {"topic": "top 10"}


# --- Japanese: what someone holds, looks at or is doing is no card's ---


def _heroine(store: FactStore) -> str:
    return str(store.characters[store.cast[1].character].native)


@pytest.mark.parametrize(
    "form",
    [
        "{n}は何を持っていますか？",
        "{n}は何を見ていますか？",
        "{n}は何をしているところですか？",
        "{n}は誰と話していますか？",
        "{n}はどんな表情をしていますか？",
        "{n}が手に持っているのは何？",
        "{n}が見ているものは何ですか？",
        "{n}は右手で何をしていますか？",
        "{n}は何色が好き？",
        "{n}の好きな食べ物は何？",
    ],
)
def test_what_someone_holds_sees_or_is_doing_is_not_known(store: FactStore, form: str):
    text = form.format(n=_heroine(store))
    result = reading(store, text, "ask_character", [name(text, _heroine(store), "character")])
    assert result.intent == "ask_fact" and ASKED_OF_PERSON in values(result, "attribute")
    assert "taste" not in tags(result)


@pytest.mark.parametrize("form", ["{n}は何をしている人？", "{n}は誰？"])
def test_who_someone_is_stays_their_card(store: FactStore, form: str):
    text = form.format(n=_heroine(store))
    result = reading(store, text, "ask_character", [name(text, _heroine(store), "character")])
    assert ASKED_OF_PERSON not in values(result, "attribute")


def test_the_part_someone_played_asked_with_what_is_their_part(store: FactStore):
    actor = str(store.people[store.cast[1].actor].native)
    text = f"{actor}は何を演じた？"
    assert ASKED_OF_PERSON not in values(reading(store, text, "ask_person", [name(text, actor, "person")]), "attribute")


def test_whom_an_actor_plays_asked_in_japanese_is_their_part(store: FactStore):
    """ "<an actor>が演じているのは誰？", which the classifier takes for who plays someone: the actor's part, never
    "no one of that name"."""
    actor = str(store.people[store.cast[0].actor].native)
    text = f"{actor}が演じているのは誰？"
    assert reading(store, text, "ask_who_plays", [name(text, actor, "person")]).intent == "ask_person"


@pytest.mark.parametrize("text", ["{title} in a nutshell?", "tl;dr of the movie?"])
def test_the_story_in_a_nutshell_is_the_plot(store: FactStore, text: str):
    assert reading(store, text.format(title=store.title), "nlu_fallback").intent == "ask_plot"


@pytest.mark.parametrize("text", ["Is {title} for everyone?", "is it for all ages?"])
def test_whether_it_is_for_everyone_is_its_rating(store: FactStore, text: str):
    assert reading(store, text.format(title=store.title), "nlu_fallback").intent == "ask_rating"


@pytest.mark.parametrize("text", ["describe {title}", "give me a description of {title}"])
def test_a_description_of_the_film_asked_by_its_title_is_its_story(store: FactStore, text: str):
    assert reading(store, text.format(title=store.title), "nlu_fallback").intent == "ask_plot"


@pytest.mark.parametrize(
    ("template", "attribute"),
    [("what is {a} looking at?", "line_of_sight"), ("what does {a} have in his hand?", "held_in_hand")],
)
def test_what_someone_looks_at_or_holds_is_not_held(store: FactStore, template: str, attribute: str):
    hero = store.characters[store.cast[0].character].name.split()[0]
    text = template.format(a=hero)
    result = reading(store, text, "ask_character", [name(text, hero, "character")])
    assert values(result, "attribute") == [attribute]


@pytest.mark.parametrize(
    ("template", "classified"),
    [("Does {title} support WebP images?", "ask_ending"), ("Is {title} compatible with Python 3?", "ask_rating")],
)
def test_a_yes_no_question_left_open_gets_no_card_its_words_do_not_ask(
    store: FactStore, template: str, classified: str
):
    """ "I don't know whether …", never followed by the spoiler prompt or the rating that no word asked for."""
    result = reading(store, template.format(title=store.title), classified)
    claims = values(result, "claim")
    assert claims and all(claim.startswith("polar_open:") for claim in claims)


@pytest.mark.parametrize(
    "text", ["What is the difference between the film and the novel?", "what changed from the book?"]
)
def test_the_differences_from_the_novel_are_asked_however_ordered(store: FactStore, text: str):
    assert "novel_changes" in values(reading(store, text, "ask_novel"), "attribute")


@pytest.mark.parametrize("text", ["Did you get a chance to watch it?", "have you had a chance to see it?"])
def test_a_chance_to_watch_asked_of_the_assistant_is_its_experience(text: str):
    asked = assistants_taste.taste_asked(tokens(text))
    assert asked is not None and asked.kind == assistants_taste.WATCHED


def test_a_chance_to_watch_asked_for_oneself_is_where_to_watch():
    assert assistants_taste.taste_asked(tokens("how do I get to watch it?")) is None


def test_a_request_to_look_at_reviews_is_no_gaze(store: FactStore):
    text = f"can you look at what average reviews say about {store.title} for me"
    assert "line_of_sight" not in values(reading(store, text, "ask_fact"), "attribute")


def test_the_card_the_message_asks_of_follows_a_claim_left_open(store: FactStore):
    """ "I hear it's not very family friendly. Is that true?": the rating, which the sentence before asks of."""
    text = "I haven't seen it yet.  I hear it's sad, but not very family friendly.  Is that true?"
    assert values(reading(store, text, "ask_rating"), "claim")[0].startswith("polar_open_card:")


def test_what_someone_wants_to_become_stays_their_card(store: FactStore):
    text = f"{_heroine(store)}は将来何になりたいの？"
    result = reading(store, text, "ask_character", [name(text, _heroine(store), "character")])
    assert ASKED_OF_PERSON not in values(result, "attribute")
