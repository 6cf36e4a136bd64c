"""The Rasa side of bot/understanding: applies `read` to every parsed message.

Last in the pipeline (after the classifier, the entity rules, the
FallbackClassifier and the OtherSubjectGuard), so that it sees the final
intent and can correct it. Not trained: its knowledge is the fact store and
the curated vocabulary, loaded once.
"""

from __future__ import annotations

import logging
import os
import re
from functools import cached_property, lru_cache
from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import ENTITIES, TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.i18n import LANGUAGE_SLOT
from bot.japanese import Morpheme, has_japanese, has_other_script, is_kanji, language_of, morphemes
from bot.nlu_components import film_forms
from bot.scope import OTHER_SUBJECT, names_film
from bot.store import DEFAULT_FACTS_PATH, DESCRIBED_NAME_SCORE, FactStore
from bot.understanding import (
    aspect_judged,
    assistants_taste,
    cast_by_work,
    clauses,
    countries,
    coverage,
    described_film,
    everyday,
    film_talk,
    inner_clues,
    japanese_taste,
    named_work,
    novel_reading,
    people_reading,
    person_asked,
    title_language,
    works_condition,
)
from bot.understanding.clauses import is_question
from bot.understanding.described_subject import another_film_described, described_span, read_as_described
from bot.understanding.intent_evidence import (
    EMPTY_WORDS,
    EVIDENCE_FUNCTION_WORDS,
    IntentEvidence,
    default_evidence,
    stem,
)
from bot.understanding.lexicon import Lexicon, default_lexicon, tokens
from bot.understanding.proper_names import is_proper_name, someone_elses_full_name, store_names
from bot.understanding.reading import (
    MUSIC_MAKERS,
    OUT_OF_SCOPE,
    REMARK,
    WORK_WRITER,
    Reading,
    about_the_conversation,
    asks_of_sources,
    beside_another_subject,
    credited_titles,
    credited_work_performed,
    described_by_birth,
    film_name_words,
    japanese_social_opening,
    japanese_titles_said,
    judged_part,
    names_a_work_of_ours,
    other_subject,
    polar_words_of_ours,
    read,
    refused_work,
    remark_on_this_film,
    talk_closing,
    titles_of_our_credits,
)
from bot.understanding.spelling import known_words

EXTRACTOR = "QuestionReader"
ASK_SOURCE = "ask_source"
# The classifier's guesses about people (or talk) that, for a credited work named by its title in a question, ask
# who holds its credit: "who is the singer of <the title>?", "who is <the title> by?"
CREDIT_HOLDER_GUESSES = frozenset(
    {"ask_person", "ask_who_plays", "ask_cast", "ask_character", "affirm", "deny", "thanks", "greet", "goodbye"}
)
RELEASE_DATE = "ask_release_date"
# A year said as digits ("2014", "2014年"): what a release date is checked against.
SAID_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
FALLBACK = "nlu_fallback"
CREW_INTENT = "ask_crew"
PERSON_INTENT = "ask_person"
# The classifier's readings that leave a credited work's title to be read as its credit: a refusal, no reading, or a
# reply ("<the title> by <a band>": the "no" of a romanised title is no answer).
UNSURE_INTENTS = frozenset({OUT_OF_SCOPE, FALLBACK, None, "affirm", "deny"})
# Words that ask about a work in general ("tell me about <the title>", "info on <the title>"), nothing of it in
# particular; a request to play or find it ("play <the title>") gets what is known of it, which is all there is.
ABOUT_A_WORK = frozenset(
    "tell me about info information details detail on more know anything everything please pls what whats what's is "
    "it the a song track single play listen to search find".split()
)
# A yes or a no, which a romanised title may hold as a word ("no").
YES_NO_TALK = frozenset({"affirm", "deny"})
# Words before a credited work's title that already say what it is: "the <title>", "the song <title>".
# "the '<title>'": an article (and an opening quote) right before a title.
ARTICLE_BEFORE_A_TITLE = re.compile(r"\bthe\s*['\"\u2018\u201c]?\s*$", re.IGNORECASE)
TITLE_INTRODUCERS = frozenset({"the", "song", "track", "single", "tune", "titled", "called", "named"})
WHO_WORDS = frozenset({"who", "whos", "who's", "whose"})
TITLE = "ask_title"
OTHER_WORK = "ask_other_work"
NOVEL = "ask_novel"
# Intents that are no guess of what is asked: the refusal and the fallback decide nothing about the question.
NOT_GUESSES = frozenset({RELEASE_DATE, OUT_OF_SCOPE, "nlu_fallback"})
# What a question of a part in the film asks ("what character does <X> play?"): the person first.
PART_INTENTS = ("ask_person", "ask_who_plays", "ask_character", "ask_cast")
# Intents the evidence check does not judge: the refusal and the fallback are no answer to a question.
# Greetings, help and questions to the assistant itself are talk that may be a question too ("how's it going?",
# "are you a fan of <a>?"), of words no example needs to have: not judged either.
TALK_INTENTS = frozenset({"greet", "help", "bot_challenge"})
UNJUDGED_INTENTS = frozenset({OUT_OF_SCOPE, "nlu_fallback", None}) | TALK_INTENTS
# Intents of talk that never answer a question about the film; judged only on such questions. (A greeting, help
# and the assistant's own questions do answer questions: "how's it going?", "are you a fan of <a>?".)
# What the conversation says of spoilers ("no spoilers please"), not a question.
SPOILER_SETTINGS = frozenset({"spoilers_ok", "no_spoilers"})
HELP = "help"
# A Japanese request for help is short ("何ができるの？", "使い方を教えて"): a longer message asks something else.
HELP_MAX_CHARACTERS = 30
CONVERSATIONAL_INTENTS = frozenset({"goodbye", "thanks", "affirm", "deny"}) | SPOILER_SETTINGS
# Talk whose reply answers nothing of the film, judged on every message the classifier alone gave it to: the
# message's telling words must not be mostly another thing's (QuestionReader.talk_about_something_else).
JUDGED_TALK = TALK_INTENTS | CONVERSATIONAL_INTENTS | {ASK_SOURCE}
# The telling words not of the talk a message needs before it is read as saying something else: one is often a
# filler or a name ("bye, <a name>"; "thanks mate").
MIN_OTHER_WORDS = 2
# The classifier's confidence in talk for a message of one word at which that word is taken as the talk's own.
LONE_WORD_SURE = 0.8
# Words that address the assistant: a question to it may name anything ("are you a fan of <a>?").
ADDRESSING_WORDS = frozenset({"you", "your", "u", "ur", "yours"})
# A person of the conversation: a follow-up about one of ours ("who is he?"), never another subject's question.
PERSONAL_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers"})
# The letters a search's last noun has at least ("composer museum").
SEARCH_HEAD_MIN_LETTERS = 4
# Words that end a search with how or when the thing is wanted, never what is searched: "<the title> watch online".
SEARCH_MANNER_WORDS = frozenset({"online", "free", "now", "today", "legally", "tonight"})
# What a search's words may name of ours: an attribute, the film, a claim of it, a relation, a topic.
SEARCHED_KINDS = ("attribute", "film", "claim", "relation", "other_topic")
# Entities whose words are names (of ours): no evidence of what is asked, and no unseen word either.
NAME_ENTITIES = frozenset({"person", "character"})
# A question opening on "the others" asks of others than whom the news named.
OTHERS_THAN_NAMED = ("他", "ほか", "その他")
# Where a Japanese sentence ends, the trailing dots of "怖そうですね…" too (japanese_taste.SENTENCE_END, which reads
# the assistant's taste, does not count them).
SENTENCE_ENDS = re.compile(r"[。！？!?\n…]+")
# How many kanji a family name written before a given name may have ("沖野", "長谷川").
JAPANESE_FAMILY_NAME_MAX = 3
# What a message asking the assistant's own taste of nothing of ours ends as when no rule answers it.
DECLINED_TASTE_INTENTS = frozenset({OUT_OF_SCOPE, FALLBACK, "help", "bot_challenge"})
# The classifier's confidence under which a wh-word that needs the word after it ("how long", "how much") is
# no evidence alone for its answer ("who" asks for a person on its own).
WH_WORD_SURE = 0.7
INCOMPLETE_WH_WORDS = frozenset({"how"})
# "what time": a time of day asked, so "time" is no evidence of a length then.
CLOCK_TIME = ("what", "time")
# A next guess of the classifier under this confidence is no guess: the question is not understood.
NEXT_GUESS_FLOOR = 0.25
# A refusal the classifier is this sure of, of a message this long, stands unless the message names ours by name.
CONFIDENT_REFUSAL = 0.9
LONG_MESSAGE_WORDS = 28
# Words of films and their stories: a long message with one of them may be about this film, however it is refused.
SCREEN_WORDS = frozenset(
    "movie movies film films flick novel novels cinema anime drama story plot scene ending".split()
)
# With nothing asked, ask_fact answers "I don't know that about <the film>".
UNHELD = "ask_fact"
# Answers that stay beside words no example uses once one word asks for them: who plays a part ("which Dutch
# actress played <a> in …?") and where it streams (the external set's questions of where to watch). A person's card
# stays even without one ("in what field was <a> active?").
KEPT_BESIDE_UNSEEN_WORDS = frozenset({"ask_who_plays", "ask_where_to_watch"})
# What a follow-up is about after a quiz question describing a film that is not this one.
ANOTHER_FILM = "a film described by clues that are not this film's"

logger = logging.getLogger(__name__)


# Determiners before a title that make it a modifier of the speaker's or another's thing: "my <title> party".
OWNING_DETERMINERS = frozenset({"my", "your", "our", "a", "an"})


def _owned_by_someone(said: str, title: str) -> bool:
    before = said[: said.index(f" {title} ")].split()
    return bool(before) and before[-1] in OWNING_DETERMINERS


def title_words(store: FactStore) -> frozenset[str]:
    """The words of the film's and the novel's titles and nickname and of the theme song's title that no training
    example uses, every form the store gives (romanised too): a name of ours, never an unseen word."""
    facts = [*store.film.items(), *store.novel.items()]
    values: list[object] = []
    for key, fact in facts:
        if key.startswith(("title", "nickname")) and key != "title_meaning":
            values += [fact.value, fact.extra.get("ja"), *(a.value for a in fact.alternatives), *fact.aliases]
    song = store.crew["theme_song"].work if "theme_song" in store.crew else None
    values.append(song.value if song is not None else None)  # the theme song's title, in all its forms
    words = {word for value in values if isinstance(value, str) for word in tokens(value)}
    known = default_evidence().known
    return frozenset(word for word in words if stem(word) not in known) - EMPTY_WORDS


def words_beside_names(text: str, entities: list[dict]) -> list[str]:
    """The message's words outside the names the entity rules found ("who played <a character>?": who, played);
    in Japanese, without the words that only glue the sentence there (が, な, です, される)."""
    spans = [(int(e["start"]), int(e["end"])) for e in entities if e.get("entity") in NAME_ENTITIES and "start" in e]
    kept = "".join(" " if any(start <= i < end for start, end in spans) else ch for i, ch in enumerate(text))
    if not has_japanese(kept):
        return tokens(kept)
    glue = japanese_glue(kept)
    return [word for word in tokens(kept) if word not in glue]


@lru_cache(maxsize=256)
def japanese_glue(text: str) -> frozenset[str]:
    """The words that only glue the sentence wherever `text` says them (cut once per text: each check asks)."""
    said = morphemes(text)
    return frozenset(m.surface.lower() for m in said if _glue(m)) - {m.surface.lower() for m in said if not _glue(m)}


# Japanese parts of speech that only glue a sentence (particles, auxiliaries, symbols), and the verbs that only help
# another (する, いる, くださる, as SudachiPy normalises them; not 見る, which it may also call non-independent): no
# evidence of what is asked.
JAPANESE_GLUE_PARTS = frozenset({"助詞", "助動詞", "補助記号"})
JAPANESE_HELPING_VERBS = frozenset(
    {"為る", "する", "居る", "いる", "有る", "ある", "成る", "なる", "下さる", "くださる", "頂く", "いただく", "おる"}
)


def _glue(word: Morpheme) -> bool:
    return word.pos in JAPANESE_GLUE_PARTS or (word.pos == "動詞" and word.lemma in JAPANESE_HELPING_VERBS)


def searched_head(text: str, words: list[str]) -> str | None:
    """The last word of a few English words typed as a search (the noun the others modify), when it is a word of
    SEARCH_HEAD_MIN_LETTERS letters or more and no name or title of ours (whose words `words`, the message's words
    beside names and titles, leave out)."""
    if not clauses.typed_as_a_search(text) or has_japanese(text):
        return None
    head = tokens(text)[-1]
    if not head.isalpha() or len(head) < SEARCH_HEAD_MIN_LETTERS or head != (words[-1:] or [""])[0]:
        return None
    return head


def blanked(text: str, spans: list[tuple[int, int]]) -> str:
    """The text with each span written as spaces: every other word keeps its offsets."""
    for start, end in spans:
        text = text[:start] + " " * (end - start) + text[end:]
    return text


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False)
class QuestionReader(GraphComponent):
    """Checks the intent against the words asked; adds relation, attribute, claim, spoilers, also_ask."""

    def __init__(self, store: FactStore, lexicon: Lexicon) -> None:
        self.store = store
        self.lexicon = lexicon
        self.own_words = title_words(store)

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> QuestionReader:
        return cls(FactStore.load(os.environ.get("FACTS_PATH", DEFAULT_FACTS_PATH)), default_lexicon())

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            before = (dict(message.get("intent") or {}), [dict(e) for e in message.get(ENTITIES) or []])
            try:
                self.apply(message)
                self.decline_taste_of_its_own(message)
                self.refuse_life_asked_in_japanese(message)
                self.refuse_a_term_asked_in_japanese(message)
                self.statement_asked_back(message)
            except Exception:  # noqa: BLE001 - a reader's bug must never cost the user the turn
                # the classifier's parse stands, as if no rule had applied; the error is logged for the developers
                logger.exception("the question reader failed on a message; the classifier's parse stands")
                message.set("intent", before[0], add_to_output=True)
                message.set(ENTITIES, before[1], add_to_output=True)
        return messages

    def process_training_data(self, training_data: Any) -> Any:
        return training_data

    def apply(self, message: Message) -> None:
        self.tag_language(message)
        if has_other_script(message.get(TEXT) or ""):
            # "<the title> 감독": a language the assistant does not read; the words it knows are no reading of
            # what is asked ("I didn't get that", with what it can answer)
            message.set(ENTITIES, [e for e in message.get(ENTITIES) or [] if e.get("entity") == LANGUAGE_SLOT])
            self.set_intent(message, FALLBACK)
            return
        self.tag_credited_titles(message)
        self.widen_names_of_someone_else(message)
        if self.described_film(message):
            return
        if self.cast_member_of_a_work(message):
            return
        if message.get(OTHER_SUBJECT) and talk_closing(message.get(TEXT) or "", self.lexicon):
            # "i like to watch the news. i've got to run now. great chats!": the guard took a remark's word for a
            # subject; the message closes the conversation
            message.set(OTHER_SUBJECT, None, add_to_output=True)
            self.set_intent(message, "goodbye")
            return
        if message.get(OTHER_SUBJECT):
            if remark_on_this_film(message.get(TEXT) or "", self.store, self.lexicon):
                # "the movie was kinda slow tbh": a judgement the guard took for a name; told, not asked
                message.set(OTHER_SUBJECT, None, add_to_output=True)
                self.set_intent(message, REMARK)
            talk = about_the_conversation(message.get(TEXT) or "", self.lexicon)
            if talk is not None:  # "what did you just say": the guard took "just" for a subject; the exchange's
                message.set(OTHER_SUBJECT, None, add_to_output=True)
                self.set_intent(message, talk)
            if self.beside_another_subject(message):
                return
            text = message.get(TEXT) or ""
            said = tokens(text)
            ours = names_a_work_of_ours(text, self.store, self.lexicon) or credited_work_performed(text, self.store)
            # "<the theme song's title> was written in which key?": a credited work of ours named by its whole title;
            # the word the guard took ("key") is asked of it
            ours = ours or bool(titles_of_our_credits(text, self.store))
            # "is the movie playing at <a cinema>?", "was <the song's title> written for the movie?": the guard took
            # the place or the song for a subject; a polar question asks a relation of ours
            ours = ours or polar_words_of_ours(
                text, str(message.get(OTHER_SUBJECT)), message.get(ENTITIES) or [], self.store, self.lexicon
            )
            # "what character does <X> play?": a part asked with no work named is one in this film; the reader says
            # whether the name is someone the store does not hold, asked as the classifier first read it
            # "is the plot complicated?": the guard took the predicate for a subject; the film's part is judged
            judged = judged_part(said, str(message.get(OTHER_SUBJECT)))
            # "how is the suspense?": an aspect of the film judged, the guard took the aspect for a subject
            film_words = film_name_words(self.store, self.lexicon)
            judged = judged or aspect_judged.judged_aspect(said, [], film_words) is not None
            # "don't you think the ending was pretty wonderful?": the assistant's opinion of a part of the film
            judged = judged or assistants_taste.opinion_of_a_part(said, film_talk.PARTS_OF_A_FILM)
            # "is the author a billionaire?": the guard took the description for a subject; the author is asked
            author_described = novel_reading.novelist_described(said)
            ours = ours or judged or author_described
            part = people_reading.asks_a_part(said)
            # "how old is <a full name> in the movie?": a person asked of in this film, not another subject
            part = part or (" " in str(message.get(OTHER_SUBJECT)) and people_reading.asked_in_this_film(said))
            if not described_by_birth(text, self.store) and not ours and not part:
                if self.beside_one_of_ours(message):
                    # "what did <one of ours> do with <someone else>?": asked of one of ours, through a person the
                    # store does not hold: "I don't know", never the refusal nor a guess from one of ours alone
                    message.set(OTHER_SUBJECT, None, add_to_output=True)
                    self.set_intent(message, UNHELD)
                return  # "who directed the film Barbie?": the guard saw another subject; "the film" is not ours
            # "which actress was born in <a place>?": the guard took the place for a subject; one of ours is asked;
            # "what year did the film <a work of one of ours> come out?": the guard took its title for another's
            message.set(OTHER_SUBJECT, None, add_to_output=True)
            if part and not ours:
                self.restore_guess(message, PART_INTENTS)
            if judged or author_described:
                self.restore_guess(message)
        intent = message.get("intent") or {}
        if intent.get("name") == RELEASE_DATE and described_film.year_only_a_clue(tokens(message.get(TEXT) or "")):
            # "what character did <a> play in the <year> movie <title>?": the year said which film, the classifier's
            # next guess says what is asked
            self.restore_guess(message)
            intent = message.get("intent") or {}
        entities = list(message.get(ENTITIES) or [])
        named = any(e.get("entity") in NAME_ENTITIES for e in entities)
        if not named and film_talk.generic_infinitive(tokens(message.get(TEXT) or ""), self.lexicon):
            # "is it legal to do a cover of a song?": "it" stands for what follows; no film of ours is asked of
            self.set_intent(message, OUT_OF_SCOPE)
            return
        if self.confident_refusal_of_a_long_message(message):
            # "anyone in physics? ... do you guys know a book ... of it": a long message the classifier refused for
            # sure, naming nothing of ours by name; a generic "book", "teacher" or "it" in it is no question of ours
            return
        read_text, read_intent = message.get(TEXT) or "", intent.get("name")
        if self.talk_only_in_a_title(read_text, read_intent):
            # "<the theme song's romanised title>?": its "no" is no answer; the message is read as unclassified
            self.set_intent(message, FALLBACK)
            read_intent = FALLBACK
        english = not has_japanese(read_text)
        described = described_span(read_text, entities, self.store, self.lexicon) if english else None
        if described is None and english and another_film_described(read_text, self.store):
            # "who directed the <other year> film in which <a> starred?": another of their films, never this one's
            message.set(OTHER_SUBJECT, ANOTHER_FILM, add_to_output=True)
            self.set_intent(message, OUT_OF_SCOPE)
            return
        if described is not None:
            # "who wrote the <year> film in which <a> played <b>?": read as "who wrote the film?"; the names were
            # clues to which film, never the subject asked of (nor the classifier's reading of them)
            read_text = read_as_described(read_text, described)
            entities = [e for e in entities if not described.start <= int(e.get("start", -1)) < described.end]
            message.set(ENTITIES, entities, add_to_output=True)
            read_intent = FALLBACK
        qualifying = named_work.credits_qualifying_a_record(read_text, entities) if english else []
        if qualifying:
            # "what was <a singer>'s last studio album?": "studio" is the kind of album, no studio's credit; a credit
            # the classifier read from that word is read again as asked of the person named, if one is
            entities = [e for e in entities if e not in qualifying]
            message.set(ENTITIES, entities, add_to_output=True)
            # "<a singer>'s last album", as the attribute's phrase reads it
            read_text = blanked(read_text, [(int(e["start"]), int(e["end"])) for e in qualifying])
            if read_intent == CREW_INTENT:
                person_named = any(e.get("entity") == "person" for e in entities)
                read_intent = PERSON_INTENT if person_named else FALLBACK
        if english and self.searched_for_something_else(read_text, entities):
            # "<a club> team song", "desktop background music": a word no example uses says whose the attribute is,
            # and nothing of ours is named: another thing's, never the film's
            self.set_intent(message, OUT_OF_SCOPE)
            return
        reading = read(read_text, read_intent, entities, self.store, self.lexicon)
        reading = self.credited_reading(read_text, read_intent, entities, reading)
        entities, reading = self.question_after_news_read(message, read_text, read_intent, entities, reading)
        if reading.drop:
            dropped = {(e["entity"], e["start"], e["end"]) for e in reading.drop}
            entities = [e for e in entities if (e.get("entity"), e.get("start"), e.get("end")) not in dropped]
        if reading.entities or reading.drop:
            added = [{**entity, "extractor": EXTRACTOR} for entity in reading.entities]
            message.set(ENTITIES, entities + added, add_to_output=True)
        other = other_subject(reading)
        if not other and not reading.intent and intent.get("name") == OUT_OF_SCOPE:
            other = refused_work(message.get(TEXT) or "", self.store, self.lexicon)  # the classifier's refusal
        if other:  # what the conversation is now about, for a follow-up ("who's in it?")
            message.set(OTHER_SUBJECT, other, add_to_output=True)
        if reading.intent and reading.intent != intent.get("name"):
            self.set_intent(message, reading.intent)
        elif not reading.intent and not reading.entities and not other:
            self.check_evidence(message)  # the classifier's intent alone decides: its words must support it
        self.credited_title_asked(message)
        refused = (message.get("intent") or {}).get("name") == OUT_OF_SCOPE
        if refused and not reading.intent and not message.get(OTHER_SUBJECT) and self.refusal_names_ours(message):
            # "what scene from <the title> gives you second-hand embarrassment?": a question the reader could not
            # place, of this film by its name: "I don't know that about <the film>", never the refusal
            self.set_intent(message, UNHELD)

    def question_after_news_read(
        self, message: Message, text: str, intent: str | None, entities: list[dict[str, Any]], reading: Reading
    ) -> tuple[list[dict[str, Any]], Reading]:
        """ "初めて聞いた監督さんです！ネット配信とかですか？": a Japanese question after news that names no one is
        read alone (the director was the speaker's news), when it reads as something; the news's entities are
        dropped. Not after a refusal: the news may be of another film ("…という映画を見ました。恋愛ものですか？").
        Returns the entities and the reading to go on with."""
        if not has_japanese(text) or intent == OUT_OF_SCOPE or message.get(OTHER_SUBJECT):
            return entities, reading
        start = self.question_after_news(text, entities)
        if start is None:
            return entities, reading
        kept = [e for e in entities if int(e.get("start") or 0) >= start or e.get("entity") == LANGUAGE_SLOT]
        question = " " * start + text[start:]
        alone = read(question, FALLBACK, kept, self.store, self.lexicon)
        if not alone.intent:  # "…ホラーっぽいんですかね？": a claim the reader decides of the classifier's intent
            alone = read(question, intent, kept, self.store, self.lexicon)
        if not alone.intent:
            return entities, reading
        message.set(ENTITIES, kept, add_to_output=True)
        alone.why.append("the question after the news")
        return kept, alone

    def question_after_news(self, text: str, entities: list[dict[str, Any]]) -> int | None:
        """Where the one question of a Japanese message starts when only news comes before it, naming no one, and
        the question itself names something asked (an attribute or a claim); else None."""
        ends = [
            m.end()
            for m in SENTENCE_ENDS.finditer(text.rstrip())
            if m.end() < len(text.rstrip()) and not text[: m.end()].endswith(self.titles_ending_on_a_stop)
        ]
        start = ends[-1] if ends else 0
        question = text[start:].strip()
        asked_before = any(mark in text[:start] for mark in japanese_taste.QUESTION_MARKS)
        if start == 0 or not question.endswith(japanese_taste.QUESTION_ENDS) or asked_before:
            return None
        named_before = any(e.get("entity") in NAME_ENTITIES and int(e.get("start") or 0) < start for e in entities)
        if named_before and not question.startswith(OTHERS_THAN_NAMED):
            # "<a>さん、素敵ですね。何歳ですか？": the question is of whom the news named
            # ("他はどんな俳優が出ていますか？" asks of the others)
            return None
        if self.lexicon.find(tokens(text[:start]), ("spoilers",)):
            # "ネタバレ大丈夫です。ラストはどうなりますか？": the news says yes to spoilers, read with the question
            return None
        return start if self.lexicon.find(tokens(question), ("attribute", "claim")) else None

    def decline_taste_of_its_own(self, message: Message) -> None:
        """ "What's your favorite band?", "do you like dogs?": the assistant's own taste asked of nothing of this
        film, which every rule left unanswered (refused, not understood, or read as talk about the assistant). It has
        no taste to give: the refusal says so (a `taste` entity on the refusal). The Japanese reader declines its
        own when it reads the message (bot/understanding/reading.py); the other subject's guard may leave it
        unread ("好きなバンドはありますか？": "バンド" is someone else's subject)."""
        entities = list(message.get(ENTITIES) or [])
        text = message.get(TEXT) or ""
        intent = (message.get("intent") or {}).get("name")
        if (
            intent not in DECLINED_TASTE_INTENTS
            and not self.invited_to_watch_nothing_of_ours(intent, text)
            and not self.taste_asked_back_of_nothing_of_ours(intent, text)
        ):
            return
        if any(e.get("entity") in {"taste", *NAME_ENTITIES} for e in entities):
            return
        if has_japanese(text):
            last = text[japanese_taste.last_sentence_start(text) :]  # "…ですよ。好きなバンドはありますか？"
            asked = japanese_taste.taste_asked(tokens(last), last)
            if asked is None or asked.kind == japanese_taste.KNOWN:
                return  # "東京を知っていますか？": whether it knows of something is a fact about it, no taste
        elif assistants_taste.taste_of_its_own(tokens(text)) is None:
            return
        taste = {"entity": "taste", "value": assistants_taste.TASTE, "start": 0, "end": len(text)}
        message.set(ENTITIES, [*entities, {**taste, "extractor": EXTRACTOR}], add_to_output=True)
        self.set_intent(message, OUT_OF_SCOPE)

    def invited_to_watch_nothing_of_ours(self, intent: str | None, text: str) -> bool:
        """ "What do you want to watch?", "do you want to go to a movie on friday?": an invitation to watch, which
        the classifier may read as where to watch this film; naming no film of ours, it asks nothing of it."""
        if intent != "ask_where_to_watch" or has_japanese(text):
            return False
        said = tokens(text)
        invited = assistants_taste.invited_to_watch(said)
        if invited is None:
            return False
        return not any(hit.kind == "film" for hit in self.lexicon.find(said[invited.start :], ("film",)))

    def taste_asked_back_of_nothing_of_ours(self, intent: str | None, text: str) -> bool:
        """ "I love comedy, how about you?": the asker's own taste asked back of the assistant, which the classifier
        may read as a question of this film ("what about" the story); naming nothing of ours, it asks nothing of it."""
        if not (intent or "").startswith("ask_") or has_japanese(text):
            return False
        said = tokens(text)
        tag = assistants_taste.about_you(said)
        return bool(tag) and not self.lexicon.find(said[:tag], ("film",))

    def statement_asked_back(self, message: Message) -> None:
        """ "I'm Sam. What about you?", "I'm from Ohio, how about you?": the asker's own news asked back of the
        assistant, naming nothing of this film; the classifier may read "what about" as the story asked. What is
        asked is the assistant itself: what it is (a taste asked back is the taste rules')."""
        intent = (message.get("intent") or {}).get("name") or ""
        text = message.get(TEXT) or ""
        if not intent.startswith("ask_") or has_japanese(text):
            return
        said = tokens(text)
        tag = assistants_taste.about_you(said)
        if not tag or assistants_taste.taste_of_its_own(said) is not None:
            return
        if any(e.get("entity") in NAME_ENTITIES for e in message.get(ENTITIES) or []):
            return
        if self.lexicon.find(said, ("film",)):
            return
        self.set_intent(message, "bot_challenge")

    def refuse_life_asked_in_japanese(self, message: Message) -> None:
        """ "あなたは運動しますか？", "あなたは来ますか？": the classifier reads a Japanese question put to "you" as one
        about what the assistant is; one that asks nothing of that (no word of its name, maker, nature or skills) and
        nothing of this film asks of the assistant's life, which it has none of: the refusal."""
        if (message.get("intent") or {}).get("name") != "bot_challenge":
            return
        text = message.get(TEXT) or ""
        if not has_japanese(text) or everyday.japanese_identity_asked(text):
            return
        if self.lexicon.find(tokens(text), ("film", "attribute")):
            return
        self.set_intent(message, OUT_OF_SCOPE)

    def refuse_a_term_asked_in_japanese(self, message: Message) -> None:
        """ "歌舞伎における少年俳優を何という？", "テレビを見れるようにする物を何という？": the word for a thing
        described, a quiz's question; the classifier reads its "俳優" or "見れる" as this film's cast or where to
        watch it. Naming nothing of this film (no name, no title, no word of "this film"), it asks of another topic:
        the refusal."""
        text = message.get(TEXT) or ""
        if not has_japanese(text) or not everyday.japanese_term_asked(text):
            return
        if (message.get("intent") or {}).get("name") == OUT_OF_SCOPE:
            return
        entities = message.get(ENTITIES) or []
        if any(e.get("entity") in NAME_ENTITIES for e in entities) or self.names_ours(tokens(text), entities):
            return
        if titles_of_our_credits(text, self.store):
            return
        self.set_intent(message, OUT_OF_SCOPE)

    def widen_names_of_someone_else(self, message: Message) -> None:
        """ "Did <our given name> <another family name> direct it?": the entity rules tagged our given name alone; the
        full name is someone the store does not hold (bot/understanding/proper_names.py), answered as such."""
        text = message.get(TEXT) or ""
        entities = message.get(ENTITIES) or []
        if not any(e.get("entity") in NAME_ENTITIES for e in entities):
            return  # most messages name nobody: no word list is built for them
        if has_japanese(text):
            message.set(ENTITIES, [self.japanese_full_name(text, e, entities) for e in entities], add_to_output=True)
            return
        known = coverage.film_vocabulary(self.store, self.lexicon) | known_words() | coverage.FUNCTION_WORDS
        widened = []
        for entity in entities:
            start, end = int(entity.get("start") or 0), int(entity.get("end") or 0)
            span = None
            if entity.get("entity") in NAME_ENTITIES and entity.get("end") is not None:
                span = someone_elses_full_name(text, start, end, self.store, known)
            if span is None or self.names_this_film(text, span, start, end):
                widened.append(entity)
                continue
            name = text[span[0] : span[1]]
            full = {**entity, "entity": "person", "value": name, "start": span[0], "end": span[1]}
            if not any(e.get("start") == span[0] and e.get("end") == span[1] for e in widened):
                widened.append(full)  # both parts of the name were tagged: one entity for the whole
        message.set(ENTITIES, widened, add_to_output=True)

    def names_this_film(self, text: str, span: tuple[int, int], start: int, end: int) -> bool:
        """The word a name was widened by is this film's title run together ("<our given name> #<TheTitle>")."""
        beside = text[span[0] : start] if span[0] < start else text[end : span[1]]
        return " ".join(tokens(beside)) in self.lexicon.film_titles

    def japanese_full_name(self, text: str, entity: dict, entities: list[dict]) -> dict:
        """ "沖野れんの作品は？": our given name right after a family name in kanji that is none of ours is someone
        else's full name (Japanese writes no space between the two); the entity then holds the whole name."""
        start, end = int(entity.get("start") or 0), entity.get("end")
        if entity.get("entity") not in NAME_ENTITIES or end is None:
            return entity
        said = text[start : int(end)]
        match = self.store.resolve_one(said, (str(entity.get("entity")),))
        entry = None
        if match is not None:
            entry = (self.store.people if match.kind == "person" else self.store.characters).get(match.id)
        given = entry is not None and entry.native and entry.native != said and not entry.native.startswith(said)
        if not given:
            return entity  # a full name, or a family name ("三木" of "三木孝浩"), is ours whatever stands before it
        family = start
        while family > 0 and start - family < JAPANESE_FAMILY_NAME_MAX and is_kanji(text[family - 1]):
            family -= 1
        if family == start:
            return entity
        run = text[family:start]
        covered = any(
            int(e.get("start") or 0) < start and int(e.get("end") or 0) > family
            for e in entities
            if e.get("entity") != LANGUAGE_SLOT  # the reply's language spans the whole message
        )
        if covered or self.store.resolve(run) or self.lexicon.find(tokens(run), ("attribute", "film", "relation")):
            return entity  # "主人公秋人", "俳優永瀬廉": a word of ours before the name, no family name
        full = text[family : int(end)]
        if self.store.resolve(full, ("person", "character")):
            return entity  # one of ours, written whole
        return {**entity, "entity": "person", "value": full, "start": family}

    def credited_reading(
        self, read_text: str, read_intent: str | None, entities: list[dict[str, Any]], reading: Reading
    ) -> Reading:
        """The message read again with each credited work's title written as its credit, when that reads what is
        asked of the work: "did <the theme song's title> win any award?", refused for its unfamiliar words, as "did the
        theme song win any award?" (an attribute, a yes/no, whether the assistant knows or likes it, its writer;
        never the bare card for whatever else was asked: "sheet music for <it>"); "who composed the <title>?", where
        the classifier heard a credit, as who wrote the song (its writer only, not the credit's card)."""
        heard_credit = reading.intent is None and read_intent == CREW_INTENT
        if not heard_credit and reading.intent not in (OUT_OF_SCOPE, None):
            return reading
        credited_text, credited_intent = self.credits_for_titles(read_text, FALLBACK if heard_credit else read_intent)
        if credited_text == read_text:
            return reading
        intent = read_intent if heard_credit else credited_intent
        credited = read(credited_text, intent, entities, self.store, self.lexicon)
        writer = any(e["value"] == WORK_WRITER for e in credited.entities)
        of_the_work = credited.intent == "ask_fact" or any(e["entity"] in ("claim", "taste") for e in credited.entities)
        # "tell me about <the title>", "<the title>?": nothing else asked of the work, whose card answers it
        about_it = credited.intent == CREW_INTENT and self.only_the_title_asked(read_text)
        return credited if writer or (of_the_work and not heard_credit) or about_it else reading

    def talk_only_in_a_title(self, text: str, intent: str | None) -> bool:
        """A yes or no the classifier heard only in a credited work's romanised title ("<a title> no <a word>"):
        no word outside the titles is one its examples use."""
        said = tokens(text)
        if intent not in YES_NO_TALK or has_japanese(text) or (said and said[0] in self.lexicon.yes_no_openers):
            return False  # "wasn't <the title> by <a>?": a yes/no question, read as one
        titles = credited_titles(text, self.store)  # the original's title too ("<the title> by <its first band>")
        if not titles:
            return False
        outside = blanked(text, [(start, end) for _, start, end in titles])
        return not default_evidence().supporting(intent, tokens(outside))

    def only_the_title_asked(self, text: str) -> bool:
        """Whether every word outside the credited works' titles only asks about a thing in general ("tell me
        about", "info on") or glues the question together."""
        titles = titles_of_our_credits(text, self.store)
        outside = blanked(text, [(start, end) for _, start, end in titles])
        return bool(titles) and all(w in ABOUT_A_WORK or not w.isalpha() for w in tokens(outside))

    def credits_for_titles(self, text: str, intent: str | None) -> tuple[str, str | None]:
        """The text with each credited work's title written as its credit ("did <the theme song's title> win any
        award?" as "did the theme song win any award?"), padded so that every offset stays the text's, and the intent
        to read it with (a refusal of the unfamiliar title is read as unclassified). Only when the classifier was
        unsure: a question it understood keeps its title, which the credit rules read. A book word reads the title as
        the book's ("is <the song's title> in the book?", tag_credited_titles); a noun before the title already says
        what it is ("the song <title>")."""
        if intent not in UNSURE_INTENTS or has_japanese(text) or novel_reading.BOOK_WORDS & set(tokens(text)):
            return text, intent
        read = text
        for role, start, end in titles_of_our_credits(text, self.store):
            credit = f"the {self.store.crew[role].aliases[0]}"
            article = ARTICLE_BEFORE_A_TITLE.search(text[:start])
            if article is not None:  # "who composed the '<title>'?": the article is the credit's own
                start = article.start()
            if end - start < len(credit) or set(tokens(text[:start])[-1:]) & TITLE_INTRODUCERS:
                continue
            read = read[:start] + credit.ljust(end - start) + read[end:]
        return read, (FALLBACK if read != text and intent == OUT_OF_SCOPE else intent)

    def credited_title_asked(self, message: Message) -> None:
        """ "who was the band that made <the song's title>?", "what band sings <the title>?": a wh-question of a
        credited work that the classifier and the reader left unsure or refused asks of its credit."""
        text = message.get(TEXT) or ""
        words = tokens(text)
        # "who ...?", "which band ...?": its holder asked ("what are the words to <the title>?" asks the lyrics)
        holder_asked = bool(words) and (words[0] in WHO_WORDS or len(words) > 1 and words[1] in MUSIC_MAKERS)
        if not holder_asked or has_japanese(text):
            return
        if (message.get("intent") or {}).get("name") not in (FALLBACK, OUT_OF_SCOPE):
            return
        if titles_of_our_credits(text, self.store):
            message.set(OTHER_SUBJECT, None, add_to_output=True)
            self.set_intent(message, "ask_crew")

    def tag_credited_titles(self, message: Message) -> None:
        """ "who wrote <the theme song's title>?": a credited work named by its whole title names its credit, as the
        credit's own nouns would ("the theme song"); a subject the guard saw inside the title is that work, ours."""
        text = message.get(TEXT) or ""
        entities = list(message.get(ENTITIES) or [])
        found = titles_of_our_credits(text, self.store)
        words = tokens(text)
        polar = bool(words) and words[0] in self.lexicon.yes_no_openers
        # "is there a full version of <the song's title>?": the song's words read as the book's; a yes/no with no
        # word of the book asks of the credit's work (a wh-question may ask what neither holds: "its first concert")
        of_the_book = NOVEL if novel_reading.BOOK_WORDS & set(words) or not polar else "ask_crew"
        if found and (message.get("intent") or {}).get("name") == NOVEL:
            self.set_intent(message, of_the_book)
        if not found or (polar and credited_work_performed(text, self.store)):
            return  # "does <a singer> sing <the title>?": the guard's subject is read below, as a yes/no of ours
        roles = [e for e in entities if e.get("entity") == "crew_role"]
        added = [
            {"entity": "crew_role", "value": self.store.crew[role].aliases[0], "start": start, "end": end}
            | {"extractor": EXTRACTOR}
            for role, start, end in found
            if not any(int(e.get("start", -1)) < end and start < int(e.get("end", -1)) for e in roles)
        ]
        message.set(ENTITIES, entities + added, add_to_output=True)
        subject = message.get(OTHER_SUBJECT)
        if subject and any(str(subject).lower() in text[start:end].lower() for _, start, end in found):
            message.set(OTHER_SUBJECT, None, add_to_output=True)
            if (message.get("intent") or {}).get("name") == OUT_OF_SCOPE:  # the guard's refusal: the classifier's guess
                guess = next((r for r in message.get("intent_ranking") or [] if r.get("name") != OUT_OF_SCOPE), None)
                if guess is not None:
                    # "who is the singer of <the title>?": the credit's holder, not a person to pick
                    name = str(guess["name"])
                    holder = name in CREDIT_HOLDER_GUESSES and not polar  # (a yes/no is read as one, below)
                    self.set_intent(message, "ask_crew" if holder else of_the_book if name == NOVEL else name)

    def restore_guess(self, message: Message, among: tuple[str, ...] | None = None) -> None:
        """The classifier's best guess that is neither a refusal, the fallback nor a release date (one of `among`
        if given, the first of them when the classifier guessed none), as the intent."""
        guesses = [str(r.get("name")) for r in message.get("intent_ranking") or [] if r.get("name") not in NOT_GUESSES]
        if among is not None:
            guesses = [g for g in guesses if g in among] or [among[0]]
        if guesses:
            self.set_intent(message, guesses[0])

    def cast_member_of_a_work(self, message: Message) -> bool:
        """ "Which cast member starred in <another work>?": the one of this film's cast whose works hold the
        title is asked of (bot/understanding/cast_by_work.py), with their works, even when the guard or the
        classifier took the title for another subject. True when it decided."""
        text = message.get(TEXT) or ""
        if has_japanese(text):
            return False
        found = cast_by_work.cast_member_of_a_work(text, self.store, self.lexicon)
        if found is None:
            return False
        person = self.store.people[found[0]]
        message.set(OTHER_SUBJECT, None, add_to_output=True)
        entities = [e for e in message.get(ENTITIES) or [] if e.get("entity") not in ("person", "character")]
        tagged = {"entity": "person", "value": person.name, "start": 0, "end": 0, "extractor": EXTRACTOR}
        message.set(ENTITIES, [*entities, tagged], add_to_output=True)
        self.set_intent(message, OTHER_WORK)
        return True

    def beside_one_of_ours(self, message: Message) -> bool:
        """The guard's other subject (a person, a place, a word it does not know) is named beside a person the store
        holds: "did <one of ours> top <a chart>?" is asked of one of ours."""
        subject = str(message.get(OTHER_SUBJECT)).lower()
        people = [e for e in message.get(ENTITIES) or [] if e.get("entity") == "person"]
        # a name the store holds exactly (not a namesake's near match), which is not the other subject itself
        held = any(
            subject not in str(e.get("value")).lower()
            and str(e.get("value")).lower() not in subject
            and self._held_exactly(str(e.get("value")))
            for e in people
        )
        # "is <the band one of ours sings in> an American band from <a state>?": that band is of ours
        group = people_reading.group_named(tokens(message.get(TEXT) or ""), self.store)
        return held or (group is not None and subject not in group and group not in subject)

    def _held_exactly(self, name: str) -> bool:
        found = self.store.resolve_one(name, ("person",))
        # as typed, or after words describing them ("actress <a name>"): never a near match
        return found is not None and found.score >= DESCRIBED_NAME_SCORE

    def beside_another_subject(self, message: Message) -> bool:
        """ "What type of movie is it? Where is the theater located?": the film's sentences answered, the later one
        about another subject a part of its own (reading.beside_another_subject). True when it decided."""
        text = message.get(TEXT) or ""
        intent = (message.get("intent") or {}).get("name")
        entities = list(message.get(ENTITIES) or [])
        subject = str(message.get(OTHER_SUBJECT))
        reading = beside_another_subject(text, intent, entities, subject, self.store, self.lexicon)
        if reading is None:
            return False
        dropped = {(e["entity"], e["start"], e["end"]) for e in reading.drop}
        kept = [e for e in entities if (e.get("entity"), e.get("start"), e.get("end")) not in dropped]
        message.set(ENTITIES, kept + [{**e, "extractor": EXTRACTOR} for e in reading.entities], add_to_output=True)
        message.set(OTHER_SUBJECT, None, add_to_output=True)
        if reading.intent and reading.intent != intent:
            self.set_intent(message, reading.intent)
        return True

    def described_film(self, message: Message) -> bool:
        """A quiz question that describes a film by clues (bot/understanding/described_film.py). Asked which film:
        this film's title when every clue fits and one singles it out. A clue that is not this film's ("the 2019
        movie <title>", "what Korean movie ...") is never answered as this film: "I don't know" when the message
        names this film or its people, else the refusal. True when it decided the message."""
        text = message.get(TEXT) or ""
        words = tokens(text)
        if has_japanese(text) or not words:
            return False
        entities = list(message.get(ENTITIES) or [])
        credited: list[tuple[str, int, int]] = []
        if (
            described_film.asks_which_film(text)
            and described_film.ANOTHER_OF_THE_SAME & set(words)
            and names_film(text, self.lexicon.film_titles)
        ):
            return False  # "which film was also directed by the director of <this film>?": another film of his
        if described_film.asks_which_film(text) and not title_language.asks_a_title_in_a_language(words, self.lexicon):
            # "which movie is <the theme song's title> from?": a title of ours is no clue against this film
            credited = titles_of_our_credits(text, self.store)
            unclued = blanked(text, [(start, end) for _, start, end in credited])
            clue = described_film.contradicted_clue(unclued, tokens(unclued), entities, self.store, self.lexicon)
            # a work credited to this film singles it out as well as the clues the store holds
            if (
                clue is None
                and not credited
                and not described_film.singles_out(words, entities, self.store, self.lexicon)
            ):
                return False
        elif described_film.asks_a_question(words) and self.names_ours(words, entities):
            clue = described_film.work_phrase_clue(text, self.store)
            if clue is None:  # "<a character>, played by <someone else>, …", "<the title>, the <year> anime …"
                clue = inner_clues.contradiction(text, entities, self.store, self.lexicon)
            if clue is None:
                return False
        else:
            return False
        if (
            clue is not None
            and not self.names_ours(words, entities, ("character",))
            and described_film.known_elsewhere(clue, entities, self.store)
        ):
            return False  # "in what 2010 movie did <the director> ...": one of his other works, read as such
        if clue is not None and not self.names_ours(words, entities):
            if not message.get(OTHER_SUBJECT):  # a follow-up ("who's in it?") is about that film too
                message.set(OTHER_SUBJECT, ANOTHER_FILM, add_to_output=True)
            self.set_intent(message, OUT_OF_SCOPE)
            return True
        message.set(OTHER_SUBJECT, None, add_to_output=True)  # the guard took a clue word for another subject
        found = described_film.FILM_IDENTIFIED if clue is None else described_film.FILM_NOT_THIS
        tag = {"entity": "attribute", "value": found, "start": 0, "end": len(text), "extractor": EXTRACTOR}
        # "what movie is <the theme song's title> from?": the film, then what the song is in it (its credit's card)
        also = (
            [{"entity": "also_ask", "value": "ask_crew", "extractor": EXTRACTOR}] if clue is None and credited else []
        )
        message.set(ENTITIES, [*entities, tag, *also], add_to_output=True)
        self.set_intent(message, TITLE)
        return True

    def check_evidence(self, message: Message) -> None:
        """The classifier's intent, when nothing but the classifier chose it, needs evidence in the question's
        words (bot/understanding/intent_evidence.py). Unsupported: the next intent of the ranking that has
        evidence; else "I don't know that about <the film>" when the message is about the film (names it, "it",
        one of its people), else the refusal."""
        intent = (message.get("intent") or {}).get("name")
        if intent in JUDGED_TALK and self.talk_about_something_else(message, str(intent)):
            return
        if intent in UNJUDGED_INTENTS:
            return
        text = message.get(TEXT) or ""
        entities = list(message.get(ENTITIES) or [])
        kinds = [str(e.get("entity")) for e in entities]
        # a Japanese title's own words (年, 出会う) are no evidence of what is asked of the film
        words = words_beside_names(self.without_japanese_titles(text), entities)
        evidence = default_evidence()
        # the titles' words are ours; a word only that talk uses ("you") tells nothing of what is asked of the film
        words = [w for w in words if w not in self.own_words and not evidence.supports_only(w, TALK_INTENTS)]
        ours = self.mentions_ours(text, entities, words)
        if intent not in CONVERSATIONAL_INTENTS and self.unknown_head_of_a_search(text, entities, words, evidence):
            # "<a credit> interview", typed as a search: the last noun is what is searched, and no example has it;
            # a credit, a word or a name of the film before it makes it the film's, not known ("thanks a million"
            # is talk, judged below)
            modified = (
                ours
                or any(e.get("entity") == "crew_role" for e in entities)
                or bool(self.lexicon.find(tokens(text), ("attribute",)))
            )
            self.set_intent(message, UNHELD if modified else OUT_OF_SCOPE)
            return
        if intent == PERSON_INTENT and self.unexplained_head_of_a_name_search(text, entities, words, evidence):
            # "<a director> money", "<a band> tour": what is searched of someone is no word of who they are
            self.set_intent(message, UNHELD)
            return
        if intent in CONVERSATIONAL_INTENTS:
            # "Hi", "hola", "are you a fan of <a>?", "it was nice chatting, bye": talk is judged only as the answer
            # to a question about the film ("Bye!" for "is it good for a date night?"), or when no word of it is
            # talk's and several are no example's ("<a city> <a building>" typed as a search is no "No")
            if not ours and evidence.talk_unexplained(str(intent), words, kinds):
                self.set_intent(message, OUT_OF_SCOPE)
                return
            # a spoiler setting is judged in a statement too: "<a band>'s bassist doesn't sing, he lets the front
            # man take the spotlight" sets nothing
            judged = is_question(text) or intent in SPOILER_SETTINGS
            if not (ours and judged and evidence.unsupported_talk(str(intent), words)):
                return
        elif not ours and evidence.unexplained(str(intent), words, kinds):
            # "find hotels in baltimore that have positive reviews": one film word among words no example uses,
            # and nothing of ours named: another subject's question
            self.set_intent(message, OUT_OF_SCOPE)
            return
        elif self.resting_on_a_wh_word(message, words, kinds, evidence):
            # "have I told you how much I love <the title>?": "how" is all the runtime has, and the classifier is
            # unsure; a wh-word asks, it does not say what (a next guess the words support may)
            pass
        elif ours and self.detail_beyond_the_card(str(intent), text, words, evidence):
            # "why did <a> bury the cloth in the snow?": a detail of the story the synopsis or a character's card
            # does not tell; "<a> and <b> advice for small investors?": no one's works; "I don't know", never the card
            self.set_intent(message, UNHELD)
            return
        elif intent == ASK_SOURCE and not has_japanese(text) and not asks_of_sources(tokens(text)):
            pass  # "was it shown to the public?": no word of sources or of doubt, whatever "shown" is in training
        elif not evidence.unsupported(str(intent), words, kinds) or self.vocabulary_supports(text, str(intent)):
            return
        if not self.next_supported_guess(message, words, kinds, evidence):
            self.set_intent(message, UNHELD if ours else OUT_OF_SCOPE)

    def next_supported_guess(
        self, message: Message, words: list[str], kinds: list[str], evidence: IntentEvidence
    ) -> bool:
        """Take the classifier's next guess (above NEXT_GUESS_FLOOR) that the words are evidence for, if any."""
        for guess in (message.get("intent_ranking") or [])[1:]:
            if float(guess.get("confidence") or 0.0) < NEXT_GUESS_FLOOR:
                break
            name = str(guess.get("name"))
            if (
                name not in UNJUDGED_INTENTS
                and name not in JUDGED_TALK
                and evidence.supporting(name, words, kinds)
                and not evidence.unsupported(name, words, kinds)
                # talk as the next guess for a question: half of its telling words, as talk guessed first
                and not (name in CONVERSATIONAL_INTENTS and evidence.unsupported_talk(name, words))
            ):
                self.set_intent(message, name)
                return True
        return False

    def talk_about_something_else(self, message: Message, intent: str) -> bool:
        """Talk the classifier alone chose (a greeting, help, a question to the assistant or of its sources, yes,
        no, bye, a spoiler setting) for a message that says something else: at least MIN_OTHER_WORDS of the words
        that tell something are not that talk's (one, in a message of one word or of none of the talk's words), and
        they are more than its own ("are you going to any football games this year?" is no question of what the
        assistant is; "no till food plot seed" no spoiler setting; "cartoon" no goodbye).
        The next guess the words support answers, else "I don't know" (of ours) or the refusal. Sets the intent
        and says whether it did."""
        text = message.get(TEXT) or ""
        if has_japanese(text):
            # a Japanese particle supports several intents: no count of telling words holds; but thanks or a
            # greeting that only opens a question ("ありがとうございます。<a question>") is no answer to it, and a
            # spoiler setting says a word of spoilers or of an answer
            if (intent in SPOILER_SETTINGS and not self.says_a_spoiler_setting(text)) or (
                intent == HELP and len(text) > HELP_MAX_CHARACTERS
            ):
                # "…何がわかる方いますか？" after a paragraph about another show asks no help of the assistant
                said = words_beside_names(text, list(message.get(ENTITIES) or []))
                return self.read_as_a_question(message, [w for w in said if w not in self.own_words])
            return japanese_social_opening(text, self.lexicon) > 0 and self.question_after_talk(message)
        entities = list(message.get(ENTITIES) or [])
        evidence = default_evidence()
        words = [w for w in words_beside_names(text, entities) if w not in self.own_words]
        own, telling = evidence.own_telling(intent, words)
        # the other words that say what the message is about: no wh-word, no contraction, no word only talk uses
        other = [
            word
            for word in telling
            if word not in own
            and word not in EVIDENCE_FUNCTION_WORDS
            and "'" not in word
            and not evidence.supports_only(word, JUDGED_TALK)
        ]
        # "cartoon" typed alone, which the classifier was unsure of: no remark, whatever it made of it ("goodnight",
        # of which it is sure, is its own word however unseen)
        confidence = float((message.get("intent") or {}).get("confidence") or 0.0)
        lone = len(tokens(text)) == 1 and confidence < LONE_WORD_SURE
        # "<an actor> new movie": something of ours named, no word of the talk's own, and a word training gives to
        # something else ("that can't be true" names nothing: a "no" to the last answer)
        ownless = (
            not own
            and any(evidence.known_as(word) is not None for word in other)
            and self.names_ours(tokens(text), entities)
        )
        if intent in CONVERSATIONAL_INTENTS and not is_question(text) and not (lone or ownless):
            return False  # "got it! buh bye!": a remark closing or answering may say anything beside
        if len(other) < (1 if lone or ownless else MIN_OTHER_WORDS) or len(own) >= len(other):
            return False
        addressed = bool(ADDRESSING_WORDS & set(tokens(text)))
        if addressed and intent in TALK_INTENTS and len(evidence.unseen(other)) < MIN_OTHER_WORDS:
            return False  # "are you a fan of <a>?": asked of the assistant, in words talk's examples may not have
        return self.read_as_a_question(message, [w for w in words if not evidence.supports_only(w, TALK_INTENTS)])

    def without_japanese_titles(self, text: str) -> str:
        """The text with the film's and the novel's Japanese titles blanked: their own words (年, 出会っ) are no
        evidence of what is asked."""
        return blanked(text, japanese_titles_said(text, self.store))

    def says_a_spoiler_setting(self, text: str) -> bool:
        """A Japanese message with a word of spoilers ("ネタバレ", "結末") or of an answer ("いいよ", "お願い")."""
        lowered = text.lower()
        return any(word in lowered for word in (*self.lexicon.spoiler_setting_words, *self.lexicon.answer_words))

    def question_after_talk(self, message: Message) -> bool:
        """The question after an opening of talk that no rule read ("ありがとうございます。<a question>"), read
        without the talk's words. Sets the intent; True."""
        text = message.get(TEXT) or ""
        evidence = default_evidence()
        words = words_beside_names(text, list(message.get(ENTITIES) or []))
        content = [w for w in words if w not in self.own_words and not evidence.supports_only(w, JUDGED_TALK)]
        return self.read_as_a_question(message, content)

    def read_as_a_question(self, message: Message, content: list[str]) -> bool:
        """Talk that is no answer to the message: the next guess its `content` words support, else "I don't know"
        (of ours) or the refusal. Sets the intent; True."""
        text = message.get(TEXT) or ""
        entities = list(message.get(ENTITIES) or [])
        kinds = [str(e.get("entity")) for e in entities]
        if not self.next_supported_guess(message, content, kinds, default_evidence()):
            self.set_intent(message, UNHELD if self.mentions_ours(text, entities, content) else OUT_OF_SCOPE)
        return True

    def resting_on_a_wh_word(
        self, message: Message, words: list[str], kinds: list[str], evidence: IntentEvidence
    ) -> bool:
        """The classifier's answer, under WH_WORD_SURE, that no word of the question supports but "how" (or the "time"
        of "what time"), while other words tell something: what the question asks is not known."""
        intent = str((message.get("intent") or {}).get("name"))
        confidence = float((message.get("intent") or {}).get("confidence") or 0.0)
        if confidence >= WH_WORD_SURE or has_japanese(message.get(TEXT) or ""):
            return False
        support = set(evidence.supporting(intent, words, kinds))
        if not support:
            return False  # every word seen, the classifier weighed them ("what is it like?")
        # "what time are you all watching it?": a time of day, never a length ("how much time is it?")
        clock = {CLOCK_TIME[1]} if CLOCK_TIME in zip(words, words[1:], strict=False) else set()
        if not support <= INCOMPLETE_WH_WORDS | clock or self.vocabulary_supports(message.get(TEXT) or "", intent):
            return False  # a word of the answer's own ("how long is it?")
        return len(evidence.telling(words)) > len(support)

    def detail_beyond_the_card(self, intent: str, text: str, words: list[str], evidence: IntentEvidence) -> bool:
        """A question of the film the classifier alone gave an answer to (a whole card, such as the story, or a
        fact, such as the runtime; not a person's card), where more of the words are no training
        example's than are the intent's (at least MIN_UNSEEN of them, not a name or a title of the store's people's
        works): it asks what the answer does not hold."""
        if intent in JUDGED_TALK or intent == PERSON_INTENT or not is_question(text):
            return False
        if self.vocabulary_supports(text, intent):
            return False
        if intent == RELEASE_DATE and SAID_YEAR.search(text):
            return False  # "<the title>は2014年製作でしたか？": a year said is put to the release date
        unnamed = [w for w in words if w not in self.named_words]
        if intent in KEPT_BESIDE_UNSEEN_WORDS and evidence.supporting(intent, unnamed, ()):
            return False  # "which Dutch actress played <a> in …?": a word asks who plays; never "was <a> paternal?"
        return evidence.unexplained(intent, unnamed, ())

    @cached_property
    def titles_ending_on_a_stop(self) -> tuple[str, ...]:
        """The film's Japanese titles that end on a full stop ("…出会った話。"): no sentence of a message ends
        there."""
        return tuple(form for form in film_forms(self.store) if SENTENCE_ENDS.fullmatch(form[-1:]))

    @cached_property
    def named_words(self) -> frozenset[str]:
        """The words of the film's names and titles and of the store's people's other works (built once)."""
        return coverage.film_vocabulary(self.store, self.lexicon) | coverage.known_work_words(self.store)

    def mentions_ours(self, text: str, entities: list[dict], words: list[str]) -> bool:
        """The message names this film, one of its people or credited works, or says "he"/"she" of one named
        before; `words` are its words beside names and without the titles' own words."""
        return (
            self.names_ours(tokens(text), entities)
            or bool(titles_of_our_credits(text, self.store))  # "<the theme song's title>": a work of ours
            or names_a_work_of_ours(text, self.store, self.lexicon)
            or len(words) < len(tokens(text))  # a title of ours, as typed ("<the novel's romanised title>")
            or bool(PERSONAL_PRONOUNS & set(tokens(text)))  # "what else has she been in": one of ours, said before
        )

    def searched_for_something_else(self, text: str, entities: list[dict]) -> bool:
        """A few words typed as a search naming nothing of ours, where a word right before its last phrase (back to
        a function word) is one no training example uses, nor a country, a major language or another everyday name:
        that word says whose attribute is searched ("<a club> team song", "gay novels"); "movie theme song",
        "germany age rating", "explanation of the song" stay the film's."""
        if not clauses.typed_as_a_search(text) or any(e.get("entity") in NAME_ENTITIES for e in entities):
            return False
        evidence = default_evidence()
        own = [w for w in words_beside_names(text, entities) if w not in self.own_words]
        if self.mentions_ours(text, entities, own):
            return False
        said = tokens(text)
        hits = self.lexicon.find(said, SEARCHED_KINDS)
        if not hits:
            return False
        if self.lexicon.find(said, ("relation",)):
            return False  # "<a name> mom": a relative of one of ours, however the name is typed
        covered = {at for hit in hits for at in range(hit.start, hit.end)}
        # the words that modify the last phrase, back to a function word ("explanation of the song" is the song's)
        modifiers = []
        for at in range(max(hit.start for hit in hits) - 1, -1, -1):
            if said[at] in EMPTY_WORDS:
                break
            if at not in covered:
                modifiers.append(said[at])
        return any(
            word.isalpha()
            and evidence.unseen_words([word])
            and word not in self.lexicon.ordinary_names
            and not countries.names_a_country_or_language(word)
            for word in modifiers
        )

    def unknown_head_of_a_search(
        self, text: str, entities: list[dict], words: list[str], evidence: IntentEvidence
    ) -> bool:
        """A few words typed as a search, no question in them, whose last word (the noun the others modify) is a
        word no training example uses and no name, title or vocabulary phrase ends on: "composer museum" searches a
        museum, never the composer."""
        said = tokens(text)
        head = searched_head(text, words)
        if head is None:
            return False
        if head in SEARCH_MANNER_WORDS:
            return False  # "<the title> watch online": how it is wanted, the verb before it says what
        if head in person_asked.ABOUT_SOMEONE_WORDS and any(e.get("entity") in NAME_ENTITIES for e in entities):
            return False  # "<a person> profile", "<a person> group": who they are, which their card says
        end = len(text.rstrip(" ?.!"))
        tagged = [e for e in entities if e.get("entity") != LANGUAGE_SLOT]  # the reply's language spans it all
        # a plural or an inflection of a word examples have is no unseen word ("names" of "name")
        forms = {head, head.removesuffix("s"), head.removesuffix("es")}
        if not all(evidence.unseen([form]) for form in forms) or any(int(e.get("end") or 0) >= end for e in tagged):
            return False
        found = self.lexicon.find(said, SEARCHED_KINDS)
        return not any(hit.end == len(said) for hit in found)

    def unexplained_head_of_a_name_search(
        self, text: str, entities: list[dict], words: list[str], evidence: IntentEvidence
    ) -> bool:
        """A few words typed as a search, naming one of the store's people, whose last word (what is searched of
        them) is no word of who someone is, no word the person card's examples use and no vocabulary phrase's end:
        "<a director> money" searches his earnings, which his card does not give."""
        head = searched_head(text, words)
        if head is None or not any(e.get("entity") == "person" for e in entities):
            return False
        if head in person_asked.ABOUT_SOMEONE_WORDS or evidence.supporting(PERSON_INTENT, [head]):
            return False
        said = tokens(text)
        return not any(hit.end == len(said) for hit in self.lexicon.find(said, SEARCHED_KINDS))

    def confident_refusal_of_a_long_message(self, message: Message) -> bool:
        intent = message.get("intent") or {}
        if intent.get("name") != OUT_OF_SCOPE or float(intent.get("confidence") or 0.0) < CONFIDENT_REFUSAL:
            return False
        text = message.get(TEXT) or ""
        if len(tokens(text)) < LONG_MESSAGE_WORDS or has_japanese(text):
            return False
        names = store_names(self.store)
        named = any(
            is_proper_name(text[int(e.get("start") or 0) : int(e.get("end") or 0)], names)
            for e in message.get(ENTITIES) or []
            if e.get("entity") in ("person", "character")
        )
        words = set(tokens(text))
        services = set(self.lexicon.claims[works_condition.SERVICE_CLAIM].words)
        screen_talk = bool(
            (SCREEN_WORDS | services) & words
        )  # "a netflix film about a boy with a year to live ...": ours
        titled = names_film(text, self.lexicon.film_titles)
        return not (named or titled or screen_talk or titles_of_our_credits(text, self.store))

    def refusal_names_ours(self, message: Message) -> bool:
        """The refused message names this film by a title, one of its people or characters, a credited work's title
        ("<the theme song's title>"), or a part of "it" ("the best scene in it"): never a mere "it"."""
        text = message.get(TEXT) or ""
        if has_japanese(text):
            return False  # a Japanese refusal is the reader's own (its subject words are cut otherwise)
        words = tokens(text)
        said = f" {' '.join(words)} "
        return (
            # "my <title> party" is the asker's party, named after the film: not a question of it
            any(f" {title} " in said and not _owned_by_someone(said, title) for title in self.lexicon.film_titles)
            or bool(titles_of_our_credits(text, self.store))
            or any(
                self.store.resolve(str(e.get("value")), ("person", "character"))
                for e in message.get(ENTITIES) or []
                if e.get("entity") in ("person", "character")
            )
            or film_talk.part_of_it(words)
        )

    def vocabulary_supports(self, text: str, intent: str) -> bool:
        """An attribute of the vocabulary that the intent answers of the film is in the words ("what network is it
        on?" for where to watch, "<略称>って何の略？" for the title): evidence that no training example's words need to
        give. A Japanese title's own words (出会っ) are none."""
        attributes = self.lexicon.attributes
        said = self.without_japanese_titles(text)
        return any(
            hit.key in attributes and attributes[hit.key].intent_for("film") == intent
            for hit in self.lexicon.find(tokens(said), ("attribute",))
        )

    def names_ours(
        self, words: list[str], entities: list[dict], kinds: tuple[str, ...] = ("person", "character")
    ) -> bool:
        """The message names this film, or one of its people or characters (of `kinds`)."""
        if self.lexicon.find(words, ("film",)):
            return True
        named = [str(e.get("value")) for e in entities if e.get("entity") in kinds]
        return any(self.store.resolve(value, kinds) for value in named)

    @staticmethod
    def set_intent(message: Message, name: str) -> None:
        verdict = {"name": name, "confidence": 1.0}
        ranking = [r for r in message.get("intent_ranking") or [] if r.get("name") != name]
        message.set("intent", verdict, add_to_output=True)
        message.set("intent_ranking", [verdict, *ranking], add_to_output=True)

    @staticmethod
    def tag_language(message: Message) -> None:
        """The language to answer in, as an entity that fills the `reply_language` slot every turn.

        A message that is only names ("<漢字の名前>") or has no letters ("2") keeps the
        conversation's language: the entity is left out and the slot keeps its value.
        """
        text = message.get(TEXT) or ""
        entities = list(message.get(ENTITIES) or [])
        rest = text
        for entity in sorted(entities, key=lambda e: -int(e.get("start", 0))):
            if entity.get("entity") in ("person", "character"):
                rest = rest[: entity["start"]] + rest[entity["end"] :]
        language = language_of(rest)
        if language is None:
            return
        tag = {"entity": LANGUAGE_SLOT, "value": language, "start": 0, "end": len(text), "extractor": EXTRACTOR}
        message.set(ENTITIES, [*entities, tag], add_to_output=True)
