"""Answers about a named topic (budget, awards, sequel, top 10, ...): the store's
film facts that carry `aliases`. Unknown ones get "I don't know", with the
fact's user-facing `detail` when it has one (e.g. why there is no box office)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, SlotSet

from actions.ages import (
    AGE_CHOICES,
    answer_age_at_film,
    answer_age_choice,
    birth_date_beside_age,
    people_named,
)
from actions.birth import answer_birth, answer_upbringing, hometown_beside_origin, subject_person
from actions.common import (
    NOT_A_SERIES,
    SEQUEL_TOPIC,
    Reply,
    StoreAction,
    asked_text,
    asked_which_person,
    entity_values,
    film_is_no_series,
    film_titles,
    japanese_noun,
    language,
    previous_turn,
    store,
    subject_unsaid,
)
from actions.comparisons import answer_works_compared
from actions.native_names import NATIVE_NAME, answer_native_name
from actions.person_facts import (
    AWARDS,
    DEBUT,
    MUSIC_RELEASE,
    actor_answered_last,
    answer_about_person,
    answer_album,
    answer_cast_awards,
    answer_person_said,
)
from actions.relations import love_life_as_relation
from actions.story_text import asked_pattern, event_pattern, names_near, other_character_near, story_detail
from actions.trivia import TRIVIA, answer_trivia
from bot import i18n
from bot.japanese import ends_on_a_verb, has_japanese
from bot.store import Person
from bot.understanding import cast_by_work, clauses, film_talk, quoted_saying
from bot.understanding.comparisons import parse as parse_compared
from bot.understanding.lexicon import ANY_ATTRIBUTE, OwnedThing, default_lexicon, tokens
from bot.understanding.person_asked import ASKED_OF_PERSON
from bot.understanding.reading import WORK_WRITER
from bot.understanding.stated_claims import JUDGED_CHOICE
from bot.understanding.wh_kind import KIND_ASKED, KIND_SUBJECT

PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers", "they", "them", "their"})
MEANING = "meaning"
ASKED = "asked"
AGE = "age"
UPBRINGING = "upbringing"  # "where did <X> grow up?" (bot/understanding/vocabulary.yml)
# A Japanese nationality is "<country>人" ("韓国人"): a value asked, named in a reply by the attribute's noun.
NATIONALITY_SUFFIX = "人"


def dont_know_attribute(reply: Reply, tracker: Tracker, key: str, character_id: str | None = None) -> list[EventType]:
    """ "How tall is <an actress>?": the store holds no height; say so, naming what was asked."""
    if character_id is None and asked_which_person(reply, tracker):
        return []  # "how tall is <a given name two share>?": which of them, before any answer
    lexicon = default_lexicon()
    attribute = lexicon.attributes.get(key)
    label = attribute.label if attribute else key.replace("_", " ")
    if "{asked}" in label:  # "who was the casting director?" -> "its casting director credit"
        label = label.replace("{asked}", _asked_words(tracker, key))
    # the person or character asked about, kept for the next turn ("how tall is <X>?" -> "what else has she been
    # in?" is still about X)
    asked_of = ("character", character_id) if character_id is not None else _subject(tracker)
    subject = _name_of(asked_of, tracker) if asked_of is not None else None
    words = attribute.words if attribute else ()
    asked = _asked_span(tracker, "attribute", key) or _first_japanese(words) or label
    # "<X>は何歳？", "<X>ホントに中学生？": the attribute's noun ("年齢"), not the question word or the value said
    if asked in lexicon.question_words or asked in lexicon.value_words:
        asked = japanese_noun(words) or asked
    elif has_japanese(asked) and asked.endswith(NATIONALITY_SUFFIX):  # "韓国人ですか？": 国籍, not "韓国人"
        asked = japanese_noun(words) or asked
    elif has_japanese(asked) and ends_on_a_verb(asked):  # "<X>は亡くなった？": 生死, not the verb's stem "亡くなっ"
        asked = japanese_noun(words) or label
    owner = _owning_thing(tracker)
    if owner is not None and character_id is None:  # "how long is the trailer?": the trailer's length
        noun = lexicon.attribute_nouns.get(key, key.replace("_", " "))
        reply.dont_know(
            tracker, "utter_dont_know_subject_attribute", subject_name=owner.label, attribute_words=noun, asked=asked
        )
        return []
    if (
        subject
        and asked_of is not None
        and asked_of[0] == "person"
        and _description_tells(reply, tracker, asked_of[1], key)
    ):
        return [SlotSet(*asked_of)]  # "how old was <X> when he died?": "... he died in <a year>, aged <N>"
    if key == MEANING and not subject:  # "what does <a word> mean?": name the word
        reply.dont_know(tracker, "utter_dont_know_meaning", asked=asked)
    elif subject:
        reply.dont_know(
            tracker, "utter_dont_know_subject_attribute", subject_name=subject, attribute_words=label, asked=asked
        )
        # "how old is <X>?": the birth date held (not when "she" points at a man: `subject_person`)
        if key == AGE and asked_of is not None and asked_of == ("person", subject_person(tracker)):
            birth_date_beside_age(reply, tracker, asked_of[1])
        # "what nationality is <X>?": where they come from, when the store holds it
        if key in ORIGIN_KEYS and asked_of is not None and asked_of[0] == "person":
            hometown_beside_origin(reply, asked_of[1])
    else:
        film_label = attribute.film_label if attribute and attribute.film_label else f"its {label}"
        reply.dont_know(tracker, "utter_dont_know_about", topic_label=film_label, asked=asked)
    return [SlotSet(*asked_of)] if asked_of is not None else []


ORIGIN_KEYS = frozenset({"origin", "country"})  # the vocabulary's attributes of a person's nationality

# Words of a person's description that tell an attribute the store holds no fact of: an age at death ("he died in
# <a year>, aged <N>") answers how old someone was, and when or whether they died.
DESCRIPTION_WORDS = {AGE: re.compile(r"\baged \d+"), "death": re.compile(r"\b(?:died|passed away)\b")}
DEATH_WORDS = frozenset({"die", "died", "dies", "death", "passed", "killed"})


def _description_tells(reply: Reply, tracker: Tracker, person_id: str, key: str) -> bool:
    """Say the person's description when it tells the attribute asked (DESCRIPTION_WORDS); False when it does not,
    or when an age is asked at another time than death ("what age was <X> when he wrote his first song?")."""
    person = store().people.get(person_id)
    pattern = DESCRIPTION_WORDS.get(key)
    if person is None or pattern is None or person.about is None or not person.about.known:
        return False
    if not pattern.search(str(person.about.value)):
        return False
    said = set(tokens(tracker.latest_message.get("text") or ""))
    if key == AGE and "when" in said and not said & DEATH_WORDS:
        return False
    reply.utter(
        "utter_person_about", cite=[person.about], person_name=reply.name(person), about=reply.value(person.about)
    )
    return True


def dont_know_kind_asked(reply: Reply, tracker: Tracker) -> list[EventType]:
    """ "How long is the novel?", "when did <a> start writing?": the wh-phrase asks a kind of thing of a subject
    that no answer gives (bot/understanding/wh_kind.py): say so, quoting the question, of the subject asked (its
    words, else the person or character named, else the film)."""
    asked = _asked_span(tracker, "attribute", KIND_ASKED) or ""
    subject_words = _asked_span(tracker, "attribute", KIND_SUBJECT)
    asked_of = _subject(tracker)
    subject = subject_words or (_name_of(asked_of, tracker) if asked_of is not None else None)
    reply.dont_know(
        tracker,
        "utter_dont_know_person_asked",
        subject_name=subject or film_titles()["film_title"],
        asked=asked.lower(),
    )
    return [SlotSet(*asked_of)] if asked_of is not None else []


def dont_know_judged_choice(reply: Reply, tracker: Tracker) -> list[EventType]:
    """ "Which actor is more versatile, <a> or <b>?": no source ranks people; the two named, and the words asked."""
    people = people_named(tracker)
    if len(people) != 2:
        reply.dont_know(tracker)
        return []
    first, second = people
    reply.dont_know(
        tracker,
        "utter_dont_know_judged_choice",
        first_name=reply.name(first),
        second_name=reply.name(second),
        asked=(_asked_span(tracker, "attribute", JUDGED_CHOICE) or "").lower(),
    )
    return []


def _owning_thing(tracker: Tracker) -> OwnedThing | None:
    """The film's thing the reader tagged as the owner of the attribute asked (a `topic` naming one of the
    vocabulary's owned things: bot/understanding/attribute_owner.py)."""
    things = default_lexicon().owned_things
    # a thing of which nothing is held ("who is in the sequel?") answers for itself: "I don't know of a sequel"
    named = [things[value] for value in entity_values(tracker, "topic") if value in things]
    return next((thing for thing in named if ANY_ATTRIBUTE not in thing.held), None)


def dont_know_of_person(reply: Reply, tracker: Tracker, character_id: str | None = None) -> list[EventType]:
    """ "What does <X> collect?", "who influenced <X>?": the store says nothing of it; the words asked are named
    (of the character `character_id` when the question's pronoun is hers)."""
    asked = _asked_span(tracker, "attribute", ASKED_OF_PERSON) or ""
    if character_id is not None:
        character = store().characters[character_id]
        reply.dont_know(
            tracker, "utter_dont_know_person_asked", subject_name=reply.name(character), asked=asked.lower()
        )
        return [SlotSet("character", character_id)]
    subject = _subject_name(tracker)
    if subject is None and asked:  # "did he have a lot of fans?" with nobody named yet: the words asked
        reply.dont_know(tracker, "utter_dont_know_asked", asked=asked.lower())
        return []
    if subject is None:
        return dont_know_attribute(reply, tracker, ASKED)
    reply.dont_know(tracker, "utter_dont_know_person_asked", subject_name=subject, asked=asked.lower())
    return _subject_slot(tracker)


def _pronoun_of_the_character(tracker: Tracker) -> bool:
    """Whether the message names nobody and its "he"/"she" is the character the last answer described ("who is
    <a character>?" then "does she paint?"), not the actor named last ("who plays <a character>?")."""
    if any(entity_values(tracker, kind) for kind in ("person", "character")):
        return False
    said = set(tokens(tracker.latest_message.get("text") or ""))
    character = tracker.get_slot("character")
    return bool(said & PRONOUNS) and character in store().characters and not actor_answered_last(tracker)


def _asked_span(tracker: Tracker, entity_name: str, value: str) -> str | None:
    """The words of the message tagged as this entity value, as the user wrote them (for the Japanese answer)."""
    text = asked_text(tracker)
    for entity in tracker.latest_message.get("entities") or []:
        if entity.get("entity") == entity_name and str(entity.get("value")) == value and entity.get("end"):
            return text[entity["start"] : entity["end"]]
    return None


def _first_japanese(words: Iterable[str]) -> str | None:
    """The first Japanese word among an attribute's or a fact's words, to name it in a Japanese answer."""
    return next((word for word in words if has_japanese(word)), None)


def _asked_words(tracker: Tracker, key: str) -> str:
    """The words of the message the reader tagged as this attribute, lower-cased."""
    text = asked_text(tracker)
    for entity in tracker.latest_message.get("entities") or []:
        if entity.get("entity") == "attribute" and entity.get("value") == key and entity.get("end"):
            asked = text[entity["start"] : entity["end"]].lower()
            return re.sub(r"^how (?:many|much) ", "", asked)  # "how many pages" -> "pages"
    return key.replace("_", " ")


# A name asked of a character ("her full name"): the store's name of the character is its full name.
NAME_KEYS = frozenset({"real_name"})


def character_name_asked(tracker: Tracker, key: str) -> bool:
    """ "What is <a character>'s full name?", or "what's her full name?" right after a character was described
    ("who is <a>'s mother?"): the character's name, which the store holds, not the actor's real name. After
    "who plays <a>?" the pronoun is the actor's, as before."""
    if key not in NAME_KEYS or entity_values(tracker, "person"):
        return False
    if entity_values(tracker, "character"):
        return all(store().resolve(words, ("character",)) for words in entity_values(tracker, "character"))
    said = set(re.findall(r"[a-z']+", (tracker.latest_message.get("text") or "").lower()))
    return (
        bool(said & PRONOUNS)
        and previous_turn(tracker)[0] == "action_character"
        and bool(tracker.get_slot("character"))
    )


def _other_name_of_a_character(tracker: Tracker, key: str) -> bool:
    """ "What is <a character>'s other name?": a character has no stage name; its other name is its Japanese one."""
    asked = _asked_span(tracker, "attribute", key) or ""
    return key in NAME_KEYS and asked.lower().startswith("other") and character_name_asked(tracker, key)


def _subject_name(tracker: Tracker) -> str | None:
    """The person or character asked about: named, or a pronoun for the conversation's person."""
    subject = _subject(tracker)
    return _name_of(subject, tracker) if subject is not None else None


def _name_of(subject: tuple[str, str], tracker: Tracker) -> str:
    """The name of a (slot, id) subject in the reply's language."""
    kind, subject_id = subject
    facts = store()
    return i18n.name((facts.people if kind == "person" else facts.characters)[subject_id], language(tracker))


def _subject(tracker: Tracker) -> tuple[str, str] | None:
    """(slot, id) of the person or character asked about: named, or a pronoun for the conversation's person."""
    facts = store()
    for entity in ("person", "character"):
        for words in entity_values(tracker, entity):
            match = facts.resolve_one(words, (entity,))  # a name two share is neither of them
            if match is not None:
                return match.kind, match.id
    said = set(re.findall(r"[a-z']+", (tracker.latest_message.get("text") or "").lower()))  # "is he...": "he"
    person = tracker.get_slot("person")
    if (said & PRONOUNS or subject_unsaid(tracker)) and person in facts.people:
        return "person", person
    return None


def _subject_slot(tracker: Tracker) -> list[EventType]:
    """The subject of an "I don't know" kept for the next turn: "how tall is <X>?" -> "what else has she been in?"
    is still about X."""
    subject = _subject(tracker)
    return [SlotSet(*subject)] if subject is not None else []


def answer_from_story(reply: Reply, tracker: Tracker) -> list[EventType] | None:
    """ "Which exhibition did <a character> aim for?": the sentence of the store's spoiler-free text about the
    character that names the thing asked (a name beside it: "the Nika Exhibition"); else None."""
    text = asked_text(tracker)
    span = next(
        (
            e
            for e in tracker.latest_message.get("entities") or []
            if e.get("entity") == "attribute" and e.get("value") == ASKED
        ),
        None,
    )
    characters = [m for v in entity_values(tracker, "character") for m in store().resolve(v, ("character",))[:1]]
    if span is None or span.get("end") is None or not characters or reply.japanese:
        return None
    pattern = asked_pattern(text[span["start"] : span["end"]])
    if pattern is None:
        return None
    character = store().characters[characters[0].id]
    found = story_detail(character.id, pattern)
    if found is None:
        return None
    if not names_near(found[0], pattern):
        return None  # "the name of her hospital", "which school": a sentence with a hospital but no name for it
    reply.utter("utter_character_detail", cite=[found[1]], character_name=reply.name(character), detail=found[0])
    return [SlotSet("character", character.id)]


def answer_tie_from_story(reply: Reply, tracker: Tracker) -> list[EventType] | None:
    """ "Who does <a character> hide the illness from?": the sentence of the character's spoiler-free text with
    the verb's words and another character named beside them; else None (the reply says it is not known)."""
    text = asked_text(tracker)
    span = next(
        (
            e
            for e in tracker.latest_message.get("entities") or []
            if e.get("entity") == "attribute" and e.get("value") == ASKED_OF_PERSON and e.get("end") is not None
        ),
        None,
    )
    characters = [m for v in entity_values(tracker, "character") for m in store().resolve(v, ("character",))[:1]]
    if span is None or not characters or reply.japanese or _owned_by_the_name(tracker, text, span["start"]):
        return None
    pattern = event_pattern(text[span["start"] : span["end"]])
    if pattern is None:
        return None
    character = store().characters[characters[0].id]
    found = story_detail(character.id, pattern)
    if found is None or not other_character_near(found[0], pattern, character.id):
        return None
    reply.utter("utter_character_detail", cite=[found[1]], character_name=reply.name(character), detail=found[0])
    return [SlotSet("character", character.id)]


# What stands between a name and the thing it owns: "'s", "’s" or a bare apostrophe ("<a name>' <thing>").
POSSESSIVE_GAP = re.compile(r"\s*['’]s?\s*")


def _owned_by_the_name(tracker: Tracker, text: str, start: int) -> bool:
    """ "Does <a character>'s <pill> work?": the words asked follow a name's possessive, so their verb is the owned
    thing's, not the character's deed."""
    return any(
        e.get("entity") in ("character", "person")
        and e.get("end") is not None
        and POSSESSIVE_GAP.fullmatch(text[int(e["end"]) : start]) is not None
        for e in tracker.latest_message.get("entities") or []
    )


OTHER_WORK_ACTION = "action_other_work"
# The film's chart places, as the reader tags them: the vocabulary's attribute and its topic.
VIEWERSHIP = "viewership"
# A follow-up this short that names no film is a fragment of the conversation's question ("any chart toppers?").
MAX_FRAGMENT_WORDS = 5
FILM_POINTERS = frozenset({"film", "movie", "it", "its", "this", "drama"})


def _viewership_topic() -> str:
    return default_lexicon().attributes[VIEWERSHIP].entity["topic"]


def _works_followed_up(tracker: Tracker) -> Person | None:
    """The person whose other works the answer before this one listed, when this message is a fragment about the
    film's charts that names neither the film nor anyone ("any chart toppers?"): their works' charts are asked."""
    if _viewership_topic() not in entity_values(tracker, "topic") or previous_turn(tracker)[0] != OTHER_WORK_ACTION:
        return None
    if any(entity_values(tracker, kind) for kind in ("person", "character")):
        return None
    said = tokens(str(tracker.latest_message.get("text") or ""))
    title = set(tokens(store().title))
    if len(said) > MAX_FRAGMENT_WORDS or FILM_POINTERS & set(said) or title <= set(said):
        return None
    return store().people.get(str(tracker.get_slot("person")))


class ActionFact(StoreAction):
    def name(self) -> str:
        return "action_fact"

    def answer(self, reply: Reply, tracker: Tracker) -> list[EventType]:
        facts = store()
        # the song writer's tag is the crew answer's ("…? and who wrote the lyrics?"), never an attribute held here
        unheld = [value for value in entity_values(tracker, "attribute") if value != WORK_WRITER]
        if unheld and unheld[0] == "birthday":
            answered = answer_birth(reply, tracker)
            if answered is not None:
                return answered
        if unheld and unheld[0] == KIND_ASKED:
            return dont_know_kind_asked(reply, tracker)
        if unheld and unheld[0] == TRIVIA:
            answered = answer_trivia(reply, tracker)
            if answered is not None:
                return answered
        if unheld and unheld[0] == UPBRINGING:
            answered = answer_upbringing(reply, tracker)
            if answered is not None:
                return answered
        if unheld and parse_compared(unheld[0]) is not None:  # "which came out first, <the title> or <a work>?"
            return answer_works_compared(reply, tracker, unheld[0])
        if unheld and unheld[0] == clauses.MAKER_ASKED:  # "who painted the paintings in it?": no credit says
            made = _asked_span(tracker, "attribute", clauses.MAKER_ASKED) or ""
            reply.dont_know(tracker, "utter_dont_know_maker", asked=made.lower())
            return []
        if unheld and unheld[0] == JUDGED_CHOICE:  # "which actor is more versatile, <a> or <b>?"
            return dont_know_judged_choice(reply, tracker)
        if unheld and unheld[0] in AGE_CHOICES:  # "who is older, <a> or <b>?": from the two birth dates
            return answer_age_choice(reply, tracker, unheld[0])
        if unheld and unheld[0] == AGE:  # "how old was she when she made it?": computed from her birth date
            answered = answer_age_at_film(reply, tracker)
            if answered is not None:
                return answered
        if unheld and unheld[0] == ASKED_OF_PERSON and _pronoun_of_the_character(tracker):
            # "who is <a character>?" then "does she paint?": the character's, not her actress's private life
            return dont_know_of_person(reply, tracker, tracker.get_slot("character"))
        if unheld and unheld[0] == ASKED_OF_PERSON:
            # "what musical instrument does <X> play?": the store's note on the person that names it, else
            # "I don't know that about <X>", naming the words ("who was <X> inspired by?")
            # "what did <X> say about it?": the trivia that quotes X
            answered = (
                answer_person_said(reply, tracker)
                or answer_about_person(reply, tracker, ASKED)
                or answer_tie_from_story(reply, tracker)
            )
            return dont_know_of_person(reply, tracker) if answered is None else answered
        if unheld and unheld[0] == ASKED:
            answered = answer_from_story(reply, tracker)
            if answered is not None:
                return answered
        if unheld and (unheld[0] in (ASKED, DEBUT) or _has_evidence(unheld[0])):
            # "what band is <a person> in?", "<a person>'s debut", "what awards has <a person> won?"
            answered = answer_about_person(reply, tracker, unheld[0])
            if answered is not None:
                return answered
        if unheld and (unheld[0] == NATIVE_NAME or _other_name_of_a_character(tracker, unheld[0])):
            # "what is <a character>'s name in Japanese?", "<a character>'s other name?": the store's Japanese form
            answered = answer_native_name(reply, _subject(tracker))
            if answered is not None:
                return answered
        if unheld and (love_life_as_relation(tracker) or character_name_asked(tracker, unheld[0])):
            # "who is <a character> dating?", "what is her full name?" after her description: the character's
            from actions.people import ActionCharacter

            return ActionCharacter().answer(reply, tracker)
        if unheld and unheld[0] == MUSIC_RELEASE:  # "what album is <the song> on?": a work's note may say
            answered = answer_album(reply, tracker)
            if answered is not None:
                return answered
        if unheld:
            return dont_know_attribute(reply, tracker, unheld[0])
        works_person = _works_followed_up(tracker)
        if works_person is not None:
            # "did she have any other hits?" then "any chart toppers?": the charts of her works, which the store
            # does not hold, never this film's
            asked = _asked_span(tracker, "topic", _viewership_topic()) or _viewership_topic()
            reply.dont_know(
                tracker,
                "utter_dont_know_works_attribute",
                person_name=reply.name(works_person),
                attribute_words=default_lexicon().attributes[VIEWERSHIP].label,
                asked=asked,
            )
            return [SlotSet("person", works_person.id)]
        mentions = sorted(
            (e for e in tracker.latest_message.get("entities") or [] if e.get("entity") == "topic"),
            key=lambda e: e.get("start") or 0,
        )
        keys: dict[str, str] = {}
        for mention in mentions:
            key = facts.topic(str(mention.get("value")))
            if key is not None:
                keys.setdefault(key, str(mention.get("value")))
        if not keys:
            reply.dont_know(tracker)
            return []
        # "Is there a sequel, and did it win anything?": each topic asked, in the order asked.
        for key, topic_words in keys.items():
            self.topic(reply, tracker, key, topic_words)
        return []

    def topic(self, reply: Reply, tracker: Tracker, key: str, topic_words: str) -> None:
        asked = str(tracker.latest_message.get("text") or "")
        film_and_cast = key == AWARDS and cast_by_work.film_beside_cast(tokens(asked))
        if key == AWARDS and not film_and_cast and answer_cast_awards(reply, tracker) is not None:
            return  # "which actor won <an award>?": the cast's awards, not the film's
        self.topic_of_the_film(reply, tracker, key, topic_words)
        if film_and_cast:  # "did the show or its actors win anything?": the film's, then the cast's
            answer_cast_awards(reply, tracker)

    def topic_of_the_film(self, reply: Reply, tracker: Tracker, key: str, topic_words: str) -> None:
        fact = store().film[key]
        asked = str(tracker.latest_message.get("text") or "")
        quote = quoted_saying.unheld_quote(asked, [str(fact.value), fact.detail or ""]) if key == "reviews" else None
        if quote is not None:  # "who called it "<words no review holds>"?"
            reply.dont_know(tracker, "utter_dont_know_asked", asked=quote)
            return
        honest = bool(entity_values(tracker, "taste"))  # the reader's taste was answered first (honest_about_itself)
        if key == "reviews" and not honest and ASKS_IF_THE_ASSISTANT_WATCHED.search(asked):
            reply.utter("utter_assistant_has_not_watched")  # "have you seen it?": no, then what critics said
        elif (
            key == "reviews"
            and not honest
            and film_talk.assistants_favourite(tokens(asked), film_named=True) is not None
        ):
            reply.utter("utter_assistant_has_no_favourite")  # "your favourite scene?": none, then what critics said
        if key == SEQUEL_TOPIC and SEASON_WORDS & set(tokens(asked)) and film_is_no_series():
            # "is there a second season?": seasons are a series's, which it is not; then the sequel asked (not
            # cited, so the sequel's context follows its own answer)
            reply.utter(NOT_A_SERIES)
        if fact.unknown:
            asked = _asked_span(tracker, "topic", topic_words) or _first_japanese(fact.aliases) or topic_words
            reply.dont_know(
                tracker, "utter_dont_know_about", topic_label=fact.label or f"its {topic_words}", asked=asked
            )
            reply.detail(fact)
            return
        if isinstance(fact.value, bool):
            response = f"utter_fact_{key}_{'yes' if fact.value else 'no'}"
        else:
            response = f"utter_fact_{key}"
        if not reply.has_response(response):
            response = "utter_fact"
        reply.utter(response, cite=[fact], value=reply.value(fact), topic_words=topic_words)
        reply.detail(fact)


SEASON_WORDS = frozenset({"season", "seasons"})


# "Have you seen it?", "did u ever watch it": asked of the assistant, which has watched nothing.
ASKS_IF_THE_ASSISTANT_WATCHED = re.compile(
    r"\b(?:you|u)\s+(?:ever\s+)?(?:seen|see|saw|watched|watch)\b"
    r"|[.!,]\s*(?:and\s+|how\s+about\s+|what\s+about\s+)?(?:you|u|yourself)\s*\?+\s*$",  # "i loved it. you?"
    re.I,
)


def _has_evidence(key: str) -> bool:
    """Whether the vocabulary lists words that answer this attribute in a person's description or work notes."""
    attribute = default_lexicon().attributes.get(key)
    return attribute is not None and bool(attribute.evidence)
