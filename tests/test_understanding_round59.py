"""Round 59: the round-125 to 130 checks, opened, and the kinds of wrong answer they share.

- A Japanese question of someone whose words the card's own training questions never use ("<名前>は泣いていたの
  だろうか", "<名前>が改名したってほんと？") asks what the card does not say: "I don't know", never the card.
- "本名" (a real name) is no title of someone's works.
- Japanese "生まれ" asks the birth (the date the store holds, or "I don't know" of the place), never the release.
- Japanese sentences that only thank, greet or acknowledge ("ありがとうございます。", "いいですね。") open the
  question after them, as "thanks! who …?" does in English.
- The の inside the film's Japanese title is no possessive of the film's.
- A choice between things no card names ("<名前>はロングとショートどっちが好き？") is asked, not the card.
- Whom the film is for ("who is <the title> best for?", "what kind of people watch this?") is its rating; "who did
  the writing" asks the writer.
- A question the classifier refused, given a card only because it names someone, is checked against the card in
  every clause.
- A claim framed in a later sentence ("…. I guess it's on Prime now?") leaves the sentences told before it.
- In Japanese, a death said of the speaker ("もし私が死んだら") is no ending, and a child is a viewer only as one
  who would watch ("子供と見れる？"), never any child ("子どもたちの面倒", "<名前>の子どもの頃").
- "is this your type of film?" asks the assistant's taste; "最新の小説" (the latest novel) is never decided from the
  works a person is known for, as "latest novel" is not in English.

Each test names the general rule; phrasings are mine or adapted from those datasets, names come from the store.
"""

from __future__ import annotations

import pytest

from bot.japanese import ends_on_a_verb, has_japanese
from bot.nlu_components import standard_message
from bot.store import FactStore
from bot.understanding import answer_type, assistants_taste, claim_frames
from bot.understanding.lexicon import default_lexicon, tokens
from bot.understanding.reading import japanese_social_opening
from tests.reading_helpers import decided, name, refused


def _lead_actor(store: FactStore):
    """The actor of the first-billed part, who has a native (Japanese) name."""
    return store.people[store.cast[0].actor]


def _japanese_title(store: FactStore) -> str:
    """The film's Japanese title (it ends on a full stop, and has の inside)."""
    title = str(store.film["title_japanese"].value)
    assert has_japanese(title) and "の" in title
    return title


def _intent(message) -> str:
    return message.get("intent")["name"]


def _asked(message) -> set[str]:
    return {str(e.get("value")) for e in message.get("entities") if e.get("entity") == "attribute"}


def _keys(text: str) -> set[str]:
    return {hit.key for hit in default_lexicon().find(tokens(text), ("attribute",))}


def _of_actor(store: FactStore, form: str, intent: str = "ask_person"):
    actor = _lead_actor(store)
    text = form.format(n=actor.native)
    return decided(store, text, intent, [name(text, actor.native, "person", actor.name)])


# --- what a Japanese question asks of someone, beyond the card ---


@pytest.mark.parametrize("form", ["{n}は泣いていたのだろうか。", "{n}が改名したってほんと？"])
def test_words_the_cards_questions_never_use_are_asked_not_the_card(store, form):
    message = _of_actor(store, form)
    assert _intent(message) == "ask_fact"
    assert "asked_of_person" in _asked(message)


@pytest.mark.parametrize("form", ["{n}ってどんな人？", "{n}について教えて", "{n}はどんな役を演じた？"])
def test_who_someone_is_is_still_their_card(store, form):
    assert _intent(_of_actor(store, form)) == "ask_person"


def test_who_a_nickname_points_at_is_still_the_card(store):
    # "…って誰のことを指してる？" asks who, which the card says, whatever the verb
    assert _intent(_of_actor(store, "「{n}」って誰のことを指してるのか教えてもらえませんか？")) == "ask_person"


def test_a_question_word_is_not_what_is_asked(store):
    # "どうやって" asks how: the meeting asked is the story's, not "どうやって" unknown
    first, second = (store.characters[part.character] for part in store.cast[:2])
    text = f"{first.native}と{second.native}ってどうやって出会うの？"
    entities = [
        name(text, first.native, "character", first.name),
        name(text, second.native, "character", second.name),
    ]
    assert "asked_of_person" not in _asked(decided(store, text, "ask_character", entities))


def test_a_real_name_is_no_title_of_their_works(store):
    message = _of_actor(store, "{n}の本名知ってる？")
    assert _intent(message) == "ask_fact"
    assert "real_name" in _asked(message)


def test_the_titles_of_their_works_are_still_asked(store):
    assert _intent(_of_actor(store, "{n}の作品名は？")) == "ask_other_work"


# --- a birth, asked in Japanese ---


@pytest.mark.parametrize("text", ["いつ生まれた？", "どこで生まれましたか。", "何年生まれ？"])
def test_a_birth_asked_in_japanese_is_the_birthday_attribute(text):
    assert "birthday" in _keys(text)


def test_when_someone_was_born_is_not_the_release_date(store):
    message = _of_actor(store, "{n}はいつ生まれた？", "ask_release_date")
    assert _intent(message) != "ask_release_date"


def test_a_verb_with_its_endings_names_nothing():
    # the reply names the attribute's noun ("誕生日"), not "生まれた"
    assert ends_on_a_verb("生まれた")
    assert ends_on_a_verb("亡くなっ")
    assert not ends_on_a_verb("誕生日")


# --- an opening sentence of thanks, a greeting or an acknowledgement ---


def test_a_question_after_thanks_is_answered(store):
    text = f"ありがとうございます。{_japanese_title(store)}のジャンルを教えてください。"
    assert _intent(decided(store, text, "thanks")) == "ask_genre"


@pytest.mark.parametrize("opening", ["いいですね。", "わかりました。", "こんにちは。"])
def test_a_question_after_an_acknowledgement_is_read_alone(store, opening):
    text = f"{opening}{_japanese_title(store)}の電話番号を教えてください。"
    message = decided(store, text, "ask_plot")
    assert _intent(message) == "ask_fact"


@pytest.mark.parametrize("text", ["ありがとうございます。", "いいですね。ありがとう！"])
def test_thanks_alone_is_still_thanks(store, text):
    assert _intent(decided(store, text, "thanks")) == "thanks"


def test_a_yes_before_a_question_is_no_opening(store):
    # "はい。" may answer the assistant's own question: it is left to the classifier and the dialogue
    assert japanese_social_opening("はい。ジャンルは？", default_lexicon()) == 0
    assert japanese_social_opening("いいですね。ジャンルは？", default_lexicon()) > 0


# --- the film's Japanese title ---


def test_the_no_inside_the_title_is_not_the_films_possessive(store):
    text = f"{_japanese_title(store)}の電話番号を教えてください。"
    assert _intent(decided(store, text, "ask_plot")) == "ask_fact"


def test_the_story_asked_by_the_title_is_still_the_story(store):
    text = f"{_japanese_title(store)}のあらすじを教えて"
    assert _intent(decided(store, text, "ask_plot")) == "ask_plot"


def test_a_choice_asked_of_someone_is_not_their_card(store):
    lead = store.characters[store.cast[0].character]
    text = f"{lead.native}はロングとショートどっちが好き？"
    message = decided(store, text, "ask_character", [name(text, lead.native, "character", lead.name)])
    assert _intent(message) == "ask_fact"
    assert "asked_of_person" in _asked(message)


# --- English: whom the film is for, who did the writing ---


@pytest.mark.parametrize("text", ["who is this movie for?", "who is {title} best for?", "who should watch it?"])
def test_whom_the_film_is_for_is_its_rating(store, text):
    assert "rating" in _keys(text.format(title=store.title))


def test_who_did_the_writing_asks_the_writer():
    assert "writer" in _keys("who did the writing for it?")


@pytest.mark.parametrize(
    "text",
    ["what kind of people watch this?", "I hate this programme, what kind of people sit and watch this garbage??"],
)
def test_a_kind_of_people_asked_is_the_audience(store, text):
    assert _intent(decided(store, text, "ask_where_to_watch")) == "ask_rating"


@pytest.mark.parametrize(
    ("text", "intent"),
    [("which people are in the cast?", "ask_cast"), ("how many people watched it?", "ask_fact")],
)
def test_people_in_it_or_counted_are_no_audience(store, text, intent):
    assert answer_type.asked_kind(tokens(text), []) is None
    assert _intent(decided(store, text, intent)) == intent


# --- a refusal overturned by a name alone, in several clauses ---


def test_several_clauses_of_a_refused_question_are_checked_against_the_card(store):
    lead = store.characters[store.cast[0].character]
    first = lead.name.split()[0]
    text = (
        f"How does {first} frequently make deductions that involve understanding how people behave, yet struggle "
        "to understand people's behaviour in social situations?"
    )
    message = refused(store, text, entities=[name(text, first, "character", lead.name)])
    assert _intent(message) == "ask_fact"
    assert "asked_of_person" in _asked(message)


# --- a claim framed in a later sentence ---


def test_a_framed_claim_leaves_the_sentences_told_before_it():
    claim = claim_frames.canonical_claim("I was so sad when it ended. I guess it's on Prime now? I need to rewatch it.")
    assert claim is not None
    assert "sad" not in claim and "Prime" in claim


# --- the speaker's own life and other people's children, in Japanese ---


def test_the_speakers_own_death_is_not_the_ending(store):
    message = decided(store, "もし私が死んだりしたら、誰が子どもたちの面倒を見てくれるだろう？", "nlu_fallback")
    assert _intent(message) not in ("ask_ending", "ask_rating")


@pytest.mark.parametrize("text", ["誰が子どもたちの面倒を見てくれる？", "{n}の子どもの頃について何か知っていますか。"])
def test_any_child_is_no_viewer(store, text):
    assert "rating" not in _keys(text.format(n=_lead_actor(store).native))


@pytest.mark.parametrize(
    "text",
    ["子供と一緒に見ても大丈夫？", "子どもでも大丈夫？", "子ども向け？", "子供も見られる？"],
)
def test_children_as_viewers_are_still_the_rating(text):
    assert "rating" in _keys(text)


def test_a_characters_death_is_still_the_ending(store):
    lead = store.characters[store.cast[0].character]
    text = f"最後に{lead.native}は死ぬの？"
    message = decided(store, text, "ask_ending", [name(text, lead.native, "character", lead.name)])
    assert _intent(message) == "ask_ending"


# --- the assistant's taste, the latest work ---


@pytest.mark.parametrize("text", ["Is this your type of film?", "is it your cup of tea?"])
def test_the_film_as_the_assistants_type_asks_its_taste(text):
    asked = assistants_taste.taste_asked(tokens(text))
    assert asked is not None and asked.kind == assistants_taste.TASTE


def test_what_kind_of_film_it_is_asks_no_taste():
    assert assistants_taste.taste_asked(tokens("what kind of movie is it?")) is None


@pytest.mark.parametrize("text", ["彼の最新の小説は何ですか。", "最新の作品は？"])
def test_the_latest_work_asked_in_japanese_is_never_decided(text):
    assert "career" in _keys(text)


def test_a_sentence_that_only_tells_asks_nothing_of_the_subject(store):
    # "…について詳しく教えてください！最近<名前>のことも好きになりました。": the request asks who they are
    actor = _lead_actor(store)
    text = f"{actor.native}について詳しく教えてください！最近{actor.native}のことも好きになりました。"
    first = name(text, actor.native, "person", actor.name)
    at = text.rindex(actor.native)
    second = {**first, "start": at, "end": at + len(actor.native)}
    assert _intent(decided(store, text, "ask_person", [first, second])) == "ask_person"


@pytest.mark.parametrize(
    "text",
    [
        "Am I the only one that seems affected by the movie on netflix?",
        "am i the only one who cried at the end?",
        "am i the only one who thinks the ending was rushed?",
    ],
)
def test_am_i_the_only_one_canvasses_what_others_made_of_it(text):
    asked = assistants_taste.taste_asked(tokens(text))
    assert asked is not None and asked.kind == assistants_taste.OPINION


# --- a social-media post's handles, an exclamation after a question to the assistant ---


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("@user do you watch it?", "      do you watch it?"),
        ("@someone: who directed it?", " " * len("@someone: ") + "who directed it?"),
        ("great film via @user", "great film via      "),
        ("mail me@example.com", "mail me@example.com"),
        ("@user", "@user"),
    ],
)
def test_handles_are_blanked_space_for_space(typed, read):
    assert standard_message(typed) == read


def test_an_exclamation_after_a_question_to_the_assistant_leaves_it_alone(store):
    text = f"Do you watch {store.title}? Fucking lav it! Oh also let's do something on Saturday"
    message = decided(store, text, "ask_where_to_watch", [name(text, store.title, "film_title", store.title)])
    assert "watched" in {str(e.get("value")) for e in message.get("entities") if e.get("entity") == "taste"}


def test_thanks_before_a_question_no_rule_reads_is_no_answer_to_it(store):
    message = decided(store, "ありがとうございます。営業時間と最寄り駅も教えて下さい。", "thanks")
    assert _intent(message) != "thanks"


def test_an_at_sign_before_japanese_is_no_handle():
    assert standard_message("@コアラ はありますか？") == "@コアラ はありますか？"


def test_a_claim_after_a_question_keeps_the_question():
    # "what's it about? I believe it was …": the question is asked too, not only the claim decided
    claim = claim_frames.canonical_claim("Maybe! What's it about? I believe it was a horror film in 1933 as well.")
    assert claim is None or "about" in claim


def test_a_name_in_a_clause_of_its_own_is_still_their_card(store):
    lead = store.characters[store.cast[0].character]
    first = lead.name.split()[0]
    text = f"{first}? Like, the main character? Edit: Whoosh. Right over my head."
    message = refused(store, text, entities=[name(text, first, "character", lead.name)])
    assert "asked_of_person" not in _asked(message)
