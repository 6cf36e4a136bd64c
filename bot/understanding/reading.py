"""Reading a question as subject + attribute + form, and checking the classifier against it.

The intent classifier learns phrasings; it cannot know that "how tall is
the lead actress?" asks for something the store does not hold, nor that "who
plays Akito's father?" is about the father. `read` looks at the words with the
lexicon and the fact store and returns what to change:

- the *subject*: a named person or character, a relation from one
  ("Akito's father", "her mum", "his character"), or the film;
- the *attributes* asked ("height", "director", ...) and whether the store holds them;
- the *form*: a yes/no question with a claim the store can decide ("is it an anime?").

Rules, in order: arithmetic and everyday topics with no reference to the film
are out of scope; an attribute the store does not hold is answered "I don't
know <it>"; when no attribute asked fits the classifier's intent, the intent of
the first attribute replaces it (so an answer is never to a different
question); a question that refers to the film is never out of scope. Extra
entities carry the rest to the actions: `relation`, `attribute`, `claim`,
`spoilers`, `also_ask`. Rasa-free: tested on its own, applied by bot/nlu_frame.py.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, NamedTuple

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from bot.japanese import has_japanese, is_kanji, japanese_glosses, morphemes
from bot.names import name_forms
from bot.store import MIN_NAMED_IN_A_FACT, CastCredit, Character, FactStore, Match, Person
from bot.understanding import (
    answer_type,
    asking_parts,
    aspect_asked,
    aspect_judged,
    assistants_taste,
    attribute_owner,
    award_named,
    card_coverage,
    career_place,
    cast_by_work,
    character_question,
    characters_asked,
    claim_frames,
    claim_relations,
    clauses,
    comparisons,
    conversation_talk,
    countries,
    coverage,
    described_film,
    ellipsis,
    everyday,
    existence,
    film_identity,
    film_talk,
    information_asked,
    inner_clues,
    japanese_coverage,
    japanese_taste,
    music_talk,
    named_work,
    novel_reading,
    owners,
    people_reading,
    performer_subject,
    person_asked,
    polar_form,
    polar_relations,
    proper_names,
    quoted_saying,
    relation_chains,
    role_owner,
    selection_asked,
    series_premise,
    social,
    speakers_own,
    spoiler_setting,
    stated_claims,
    title_language,
    wh_kind,
    work_asked,
    works_condition,
    works_of_people,
    works_period,
)
from bot.understanding.intent_evidence import WEAK_WORDS, IntentEvidence, default_evidence, stem
from bot.understanding.lexicon import (
    ANY_ATTRIBUTE,
    GENERIC_FILM_WORDS,
    SITE_KEYS,
    UNHELD,
    Hit,
    Lexicon,
    OwnedThing,
    standard_word,
    token_spans,
    tokens,
)
from bot.understanding.spelling import known_words

PEOPLE_INTENTS = frozenset({"ask_who_plays", "ask_person", "ask_character", "ask_other_work"})
QUESTION_INTENTS = frozenset(
    {
        *PEOPLE_INTENTS,
        "ask_plot",
        "ask_ending",
        "ask_cast",
        "ask_director",
        "ask_crew",
        "ask_novel",
        "ask_release_date",
        "ask_where_to_watch",
        "ask_runtime",
        "ask_rating",
        "ask_genre",
        "ask_language",
        "ask_title",
        "ask_fact",
        "no_spoilers",
        "spoilers_ok",
        "affirm",
        "deny",
    }
)
FALLBACK = "nlu_fallback"
# Intents of things said rather than asked: a question about the film's reviews overrides them.
NOT_QUESTIONS = frozenset({"greet", "bot_challenge", "help", "ask_source", "thanks", "goodbye"})
YES_NO_ANSWERS = frozenset({"affirm", "deny"})
# A Japanese message the classifier could not place is read as a no only when it is this short.
SHORT_ANSWER = 15
OUT_OF_SCOPE = "out_of_scope"
# A remark is acknowledged like a plain "no": nothing to answer, and an open spoiler question stays closed.
REMARK = "deny"
# What the classifier may read a remark as and be right: "sounds good to me" consents, "i loved it" is thanks.
SOCIAL_INTENTS = frozenset({"affirm", "deny", "thanks", "greet", "goodbye"})
PRONOUNS = frozenset({"his", "her", "their", "hers", "he", "she", "him", "they", "them"})
POSSESSIVE_PRONOUNS = frozenset({"his", "her", "their", "hers"})
# Verbs that open a yes/no question before its subject ("is he …?", "does she …?").
AUXILIARIES = frozenset({"is", "was", "does", "did", "isn't", "wasn't", "doesn't", "has", "can", "could", "would"})
# The score of a name the store holds in exactly that form.
EXACT_MATCH = 100.0
# What may stand between a name and a relation word: "Akito's sister", "Akito has a sister".
POSSESSIVE_GAPS = frozenset(
    {
        "'s",
        "s",
        "'",
        "",
        "has a",
        "have a",
        "has any",
        "have any",
        "got a",
        "has an",
        "have an",
        "have",
        "has",
        "had",
        "had a",
        "had any",
        "had an",
    }
)
# "<a character> falls in love with", "<a character> is in love with": the verb stands between the
# name and the love-interest relation (only that one: "<a> is a friend of <b>" names <b>'s friend).
LOVE_GAPS = frozenset({"falls", "fell", "fall", "falling", "is", "was", "is falling", "was falling"})
PLAY_WORDS = frozenset({"play", "plays", "played", "playing", "actor", "actress", "portrays", "portrayed", "cast"})
CLAUSE_BREAKS = frozenset({",", ".", ";", "!", "?", "...", "-"})
IN_FILM_WORDS = frozenset({"in", "star", "stars", "starring", "act", "acts", "acting", "appear", "appears", "cast"})
# "<a name> worked on the movie": being in the film as its crew is (the "on" after the verb takes the place of "in").
WORKED_ON_VERBS = frozenset({"work", "works", "worked", "working"})
# Words that put a person in the film only right before their name: "it has <an actor>, right?", "with <an actor>?"
WITH_WORDS = frozenset({"with", "has", "have", "features", "featuring", "feature", "include", "includes", "including"})
# A closing tag makes a statement a yes/no question: "<an actress> is in it, isn't she?".
NEGATIVE_TAGS = frozenset(
    {
        "isn't",
        "isnt",
        "doesn't",
        "doesnt",
        "didn't",
        "didnt",
        "wasn't",
        "wasnt",
        "aren't",
        "arent",
        "weren't",
        "hasn't",
        "hasnt",
        "haven't",
        "don't",
        "dont",
        "won't",
        "can't",
        "couldn't",
    }
)
TAG_SUBJECTS = frozenset({"it", "he", "she", "they", "there", "i", "you", "we", "that", "this"})
# General questions about films or the world, with nothing of this film in them.
# What a story's moral, message or theme may be "of" and still be this film's: "the moral of the story", "here".
STORY_MEANING = "story_meaning"
STORY_OWNERS = frozenset(
    {"of", "in", "the", "this", "that", "its", "it", "story", "film", "movie", "book", "novel", "here"}
)
GENERAL_QUESTION = re.compile(
    r"\bhow (?:do|does|did|can|are|is) (?:\w+ ){1,4}work\b"
    r"|\b(?:which|what) (?:\w+ )?(?:movie|film|movies|films|actor|actress|director|anime|show)s? "
    r"(?:\w+ ){0,4}(?:most|best|worst|highest|biggest|top|greatest|first ever)\b",
    re.IGNORECASE,
)
# Verbs of making a credit: "who created the music" asks for the music's credit, not the novel's creator.
MAKING_VERBS = frozenset(
    {"created", "create", "made", "who made", "wrote", "write", "written", "did", "came up with", "invented"}
    | {"produced"}
)
WH_OPENERS = frozenset({"what", "whats", "what's", "when", "who", "whos", "who's", "where", "how", "which", "why"})
FILMING_VERBS = frozenset({"shot", "filmed", "shoot", "shooting", "filming", "recorded"})
# A role in the film by job ("who plays the waiter?"): the attribute the reply names when no character fits.
ROLE_ASKED = "role_asked"
TOGETHER = "together"  # the works two people named were both in (actions/people.py)
CO_STARS = "co_stars"  # who shared another work of one of ours with them (its note names them, or "I don't know")
THIS_FILMS_PART = "this_films_part"  # the part one of ours plays in this film, with its year (actions/people.py)
# Words that ask who shared a work with someone: "who starred alongside <a> in <a work of theirs>?".
CO_STAR_WORDS = frozenset({"alongside", "with", "opposite", "costar", "costars", "co-star", "co-stars", "co-starred"})
# Where the noun group naming a role ends: "the nurse in the hospital", "the man who …".
ROLE_GROUP_ENDS = frozenset(
    {"in", "at", "with", "of", "from", "who", "that", "and", "or", "on", "for", "to", "s", "'s"}
)
# Attributes about a person as a human being: of "the director", they are the director's.
DEATH = "death"  # a real person's death: the vocabulary's attribute, held of no one
PERSONAL_KEYS = frozenset(
    {
        "age",
        "married",
        "dating",
        "birthday",
        "origin",
        "height",
        "weight",
        "real_name",
        "native_name",
        "occupation",
        "salary",
        "religion",
        "personal",
        "social_media",
        "family",
        "gender",
        "debut",
        "education",
        "fame",
        "upbringing",
        DEATH,
    }
)
# Attributes that name a credit of the film (and so may name the one who holds it: "the author of the book").
CREDIT_KEYS = frozenset({"director", "writer", "screenwriter", "novel", "music", "producer", "theme_song", "creator"})
# A person's attributes that make a role named through its performer ("the lead actor", "the actress who
# plays <a character>") the actor: their age, family, schooling or awards, not the character's.
ACTOR_KEYS = PERSONAL_KEYS | frozenset({"awards", "career"})
ARITHMETIC = re.compile(
    r"\d+(?:\.\d+)?\s*(?:[-+*/x×÷^]|times|plus|minus|divided by|multiplied by|over)\s*\d+", re.IGNORECASE
)
NAME_KINDS = ("character", "person")
# Intents that already answer "the actor" asked with nobody named (the lead, who plays the role talked about).
PERFORMER_INTENTS = frozenset({"ask_cast", "ask_who_plays"})
# Entities that say what a span of the question is (not the reply language, which spans the whole message).
SPAN_ENTITIES = frozenset({"character", "person", "crew_role", "topic", "relation", "attribute", "claim"})
# Words of a question about where the last answer came from ("where did you get that?"): with
# them, "that" is the answer; without them, "who is in that one?" is about the film.
# The assistant's answers named as where something comes from: "where does your info come from?".
ANSWER_NOUNS = frozenset("data info information fact facts answer answers".split())
ANSWER_NOUN_PHRASE = re.compile(rf"\b(?:this|that|your|these|those|ur)\s+(?:{'|'.join(sorted(ANSWER_NOUNS))})\b")
ORIGIN_VERBS = frozenset({"come", "comes", "came", "from", "get", "got", "find", "found", "know"})


def _answers_origin(words: _Words) -> bool:
    return bool(
        {"where", "how"} & set(words.words)
        and ORIGIN_VERBS & set(words.words)
        and ANSWER_NOUN_PHRASE.search(" ".join(words.words))
    )


SOURCE_WORDS = frozenset(
    {
        "source",
        "sources",
        "src",
        "ref",
        "cite",
        "citation",
        "according",
        "info",
        "information",
        "reference",
        "website",
        "official",
        "says",
        "say",
        "reliable",
        "relaible",
        "prove",
        "find",
        "found",
        "read",
        "raed",
        "get",
        "back",
        "link",
        "blog",
        "fans",
    }
)
# Words that may stand beside the film's name when nothing else is said: "the new movie <the title>".
NAMING_FILLERS = frozenset(
    {"the", "a", "new", "movie", "film", "netflix", "netflix's", "about", "info", "please"}
    # "search for <the title>", "find me <the title>", "look up <the title>": a search for the film is what it is
    | {"find", "search", "for", "look", "up", "lookup", "me"}
    # "I'm interested in <the title>", "find information about <the title>": so is a request for information
    | information_asked.REQUEST_WORDS
    # "describe <the title>", "give me a description of <the title>": what it is, its story
    | {"describe", "description", "give", "of"}
)


# What may stand beside a service named alone: "on <the service>?", "<the service> please".
SERVICE_NAMING_WORDS = frozenset({"on", "the", "please", "via"})


def _our_service_named_alone(words: _Words, store: FactStore) -> bool:
    """ "<the service>", "on <the service>?": the film's streaming service said alone asks what the store holds of it
    for this film, which is where it streams."""
    fact = store.film.get("platform")
    if fact is None or fact.value is None or not words.words:
        return False
    service = tokens(str(fact.value))
    said = [w for w in words.words if w.isalnum()]
    if not said or said[-len(service) :] != service:
        return False
    return all(w in SERVICE_NAMING_WORDS for w in said[: -len(service)])


# "When will <a country> get <the film>?", "when will it be in <a country>?": the words of a film arriving somewhere,
# besides the film and the country. Asked of this film, its release (worldwide, on one day) answers it.
ARRIVAL_VERBS = frozenset(
    "be get gets getting see come comes coming arrive arrives arriving land lands reach reaches".split()
)
ARRIVAL_WORDS = ARRIVAL_VERBS | frozenset(
    "will does do is are in to the this that it movie film finally ever going gonna".split()
)


def _arrival_in_a_country(words: _Words, lexicon: Lexicon) -> bool:
    """ "When will <a country> get <the film>?", "when will <the film> be in <a country>?": a "when" question of the
    film's arriving in a country, its first sentence nothing but the film, the country and the words of arriving."""
    if words.words[:1] != ["when"]:
        return False
    asked_end = words.text.find("?")
    said = [w for w, (_, end) in zip(words.words, words.spans, strict=True) if asked_end < 0 or end <= asked_end]
    if len(said) < 4 or not ARRIVAL_VERBS & set(said):
        return False
    film = lexicon.find(said, ("film",))
    inside = {i for h in film for i in range(h.start, h.end)}
    for at in (i for i in range(1, len(said)) if i not in inside):
        found = countries.country_named(said[at:])
        if found is not None:
            named = any(h.phrase in lexicon.film_titles for h in film) or "it" in said
            country = range(at, at + found[1])
            rest = [w for i, w in enumerate(said[1:], start=1) if i not in inside and i not in country]
            return named and all(w in ARRIVAL_WORDS for w in rest)
    return False


def _the_film_named_alone(words: _Words, lexicon: Lexicon) -> bool | None:
    """ "<the title>", "the movie <the title>?": the film named and nothing asked (False: what it is about), or
    "how is the new movie <the title>" (True: what people thought of it); None when anything else is said."""
    # a title or nickname, not "it", "the movie" nor "the same name"
    titles = [
        h for h in lexicon.find(words.words, ("film",)) if h.phrase in lexicon.film_titles and "same" not in h.phrase
    ]
    if not titles:
        return None
    how = next((len(opening) for opening in HOW_IS if tuple(words.words[: len(opening)]) == opening), 0)
    inside = {i for h in titles for i in range(h.start, h.end)}
    rest = [w for i, w in enumerate(words.words[how:], start=how) if i not in inside and w.isalnum()]
    if any(w not in NAMING_FILLERS for w in rest):
        return None
    return bool(how)


# What introduces the one a request for information is about: "information about <a>", "info on him".
ABOUT_WORDS = frozenset({"about", "on", "regarding", "of"})
INFORMATION_WORDS = frozenset({"information", "info", "details", "detail", "facts", "bio", "biography", "background"})
SOMEONE_PRONOUNS = frozenset({"him", "her", "them"})


def _information_about_someone(words: _Words, names: list[dict[str, Any]], store: FactStore) -> bool:
    """ "Please give me information about <a person>", "i need some details about him": a word of information, then
    "about" and a person of the store or a pronoun for one, with nothing of the story asked."""
    said = words.words
    if not INFORMATION_WORDS & set(said):
        return False
    for i, word in enumerate(said[:-1]):
        if word not in ABOUT_WORDS:
            continue
        if said[i + 1] in SOMEONE_PRONOUNS:
            return True
        start = words.spans[i + 1][0]
        for name in names:
            if name.get("start") == start and name.get("entity") == "person":
                return bool(store.resolve(str(name.get("value")), ("person",)))
    return False


# The assistant and its user in a yes/no question: "did you get that from her website?" is asked of the assistant.
SECOND_PERSON = frozenset({"you", "your", "yours", "u", "ur"})
# Words of doubting an answer: "really?", "is that true?", "are you sure?" ask where it came from.
DOUBT_WORDS = (
    frozenset("really true sure right correct accurate legit real fact facts sauce proof proven made make up".split())
    | SECOND_PERSON
    | {"ya"}
)


def asks_of_sources(words: list[str]) -> bool:
    """Whether a message has a word of sources or of doubting an answer: "where did you get that?", "really?";
    "was it shown to the public?" has none, whatever the classifier made of "shown"."""
    # doubt is said in a few words ("really?", "are you sure about that?"); in a longer question "really" and "you"
    # are its own words ("songs in it that make you really sad?")
    known = SOURCE_WORDS | DOUBT_WORDS if len(words) <= DOUBT_MAX_WORDS else SOURCE_WORDS
    return any(word in known or person_asked.typo_of_one_of(word, known) for word in words)


DOUBT_MAX_WORDS = 8


# Words that say nothing about a character in "is <a character> <…>?": what is left is the claim.
CLAIM_STOPWORDS = frozenset(
    {
        "a",
        "an",
        "the",
        "really",
        "actually",
        "just",
        "still",
        "very",
        "so",
        "or",
        "something",
        "sort",
        "kind",
        "of",
        "in",
        "film",
        "movie",
        "it",
        "this",
        "that",
        "one",
        "at",
        "all",
        "right",
        "correct",
        "like",
        "supposed",
        "to",
        "be",
        "meant",
        "also",
        "too",
        "s",
        "'s",
        "and",
        "but",
        "character",
        "able",
        "ever",
    }
)


def _as_well(words: list[str], at: int) -> bool:
    """Whether word `at` is part of "as well" ("is <a> in it as well?": "too", no title)."""
    return words[at : at + 2] == ["as", "well"] or at > 0 and words[at - 1 : at + 1] == ["as", "well"]


# A character by description: "who plays the sick girl?".
WHO_WORDS = frozenset({"who", "whos", "who's", "whom", "which"})
DESCRIBING_ATTRIBUTES = frozenset({"illness", "time_left", "cast", "age"})
GENDER_WORDS = {
    **dict.fromkeys(("girl", "woman", "lady", "she", "heroine", "actress", "gal", "female"), "she"),
    **dict.fromkeys(("boy", "guy", "man", "he", "hero", "dude", "male", "lad"), "he"),
}
# Nouns that say only a person's sex ("is <X> a woman?"), not a role ("actress") or a description.
SEX_NOUNS = frozenset({"female", "male", "woman", "man", "girl", "boy", "lady", "guy"})
DESCRIPTION_STOPWORDS = frozenset(
    {
        "the",
        "a",
        "an",
        "with",
        "who",
        "whos",
        "who's",
        "at",
        "in",
        "of",
        "on",
        "and",
        "is",
        "was",
        "that",
        "plays",
        "played",
        "playing",
        "play",
        "film",
        "movie",
        "one",
        "his",
        "her",
        "their",
        "from",
        "has",
        "had",
        "got",
        "about",
        "actor",
        "main",
        "lead",
        "leading",
        "star",
        "starring",
        "part",
        "role",
        "character",
        "drawing",
        "closer",
        "this",
        "there",
        "for",
        "to",
    }
)
# "the girl's mom": someone not named, so every character with that relation is a candidate.
GENERIC_ANCHORS = frozenset({"girl", "boy", "guy", "lady", "woman", "man", "kid", "heroine", "hero", "main"})
# Music questions about anyone but the film ("what kind of music is <a band>?") are another topic.
# Nouns for a work, and words that point at this one, for quiz questions about a work described, not named.
WORK_NOUNS = frozenset({"film", "movie", "novel", "book", "show", "series", "anime", "picture", "drama"})
THIS_WORDS = frozenset({"it", "its", "this", "that", "these"})
YEAR_WORD = re.compile(r"(?:19|20)?\d0'?s|(?:19|20)\d\d")
# "Is it longer than two hours?": a yes/no about the runtime against a length, decided in minutes.
RUNTIME_COMPARED = re.compile(
    r"\b(longer|shorter|more|less|over|under|at least|at most|above|below)\s+(?:than\s+)?"
    r"(an|a|one|two|three|four|\d+)\s+(?:(and a half)\s+)?(hours?|hrs?|minutes?|mins?)\b(\s+and a half)?"
)
NUMBER_WORDS = {"an": 1, "a": 1, "one": 1, "two": 2, "three": 3, "four": 4}
# "Can it be watched in two hours?", "can I finish it within 90 minutes?": the whole film fits in that time.
WATCHED_WITHIN = re.compile(
    r"\b(?:watch|watched|watching|see|seen|finish|finished|done)\b(?:\s+\w+){0,5}?\s+(in|within)\s+"
    r"(an|a|one|two|three|four|\d+)\s+(?:(and a half)\s+)?(hours?|hrs?|minutes?|mins?)\b(\s+and a half)?"
)
LONGER_WORDS = frozenset({"longer", "more", "over", "at least", "above"})
MUSIC_KIND_WORDS = frozenset({"kind", "type", "genre", "style", "sort"})
# Nouns for what a person made, asked by "what <noun> did <a person> ...?" (works, not one fact of the store).
WORKS_HEADS = frozenset({"work", "works", "writings", "piece", "pieces", "oeuvre"})
# Words that pick one work of the list ("her first work"): the list would answer another question.
ONE_WORK_ASKED = frozenset({"first", "last", "latest", "newest", "earliest", "debut", "next", "upcoming"})
# The relation entity of "how are <a> and <b> related?" (actions/relations.py answers it).
BETWEEN = "between"
# The other end of each relation: <a> is <b>'s daughter when <b> is one of <a>'s parents.
INVERSE_RELATIONS = {
    "son": "parents",
    "daughter": "parents",
    "child": "parents",
    "mother": "child",
    "father": "child",
    "parents": "child",
    "sister": "sibling",
    "brother": "sibling",
}
# Verbs between a relation word and the character it is asked of: "how many children does <a> have?",
# "whose sister is <a>?".
ACROSS_VERBS = frozenset({"does", "did", "do", "is", "was"})
HAVE_ASKING = frozenset({"does", "did", "do"})
# "Who did <a character> love?", "who does he fall for?": verbs of the love interest.
FALL_VERBS = frozenset({"fall", "falls", "fell"})
LOVE_VERBS = frozenset({"love", "loves", "loved"}) | FALL_VERBS
RELATION_GROUPS = {
    "child": ("son", "daughter"),
    "parents": ("mother", "father"),
    "sibling": ("sister", "brother"),
    "friend": ("best_friend", "childhood_friend"),
    "spouse": ("wife", "husband"),
}


@dataclass
class Reading:
    """What to change in the NLU result: a new intent (None keeps it) and entities to add."""

    intent: str | None = None
    entities: list[dict[str, Any]] = field(default_factory=list)
    drop: list[dict[str, Any]] = field(default_factory=list)
    why: list[str] = field(default_factory=list)
    # attribute key -> the film's thing it was asked of ("is there a sequel and when will it come out?": the
    # sequel's release): a later clause's "it" asking that attribute is the thing's, not the film's
    asked_of_things: dict[str, str] = field(default_factory=dict)
    # a thing whose existence was asked and the store knows nothing of ("is there a sequel and who directed it?"):
    # a later clause's "it" is that thing, whose "I don't know of <the thing>" answers it
    pronoun_of_unknown_thing: str | None = None

    def add(self, entity: str, value: str, start: int, end: int) -> None:
        self.entities.append({"entity": entity, "value": value, "start": start, "end": end})


# The parts in the plural: "the other characters" are the rest of the cast.
CHARACTERS_PLURAL = frozenset({"characters", "roles", "parts"})


# Why a question is out of scope when it is about an everyday topic, not another film or person:
# after such a refusal, "who directed it?" still means this film.
FILMS_IN_GENERAL = "films in general"
# The listener's taste of something not ours ("犬が好きですか？"): declined as the English "do you like dogs?" is,
# with no other film or person made the conversation's subject.
TASTE_OF_NOTHING_OURS = "the assistant's taste asked in Japanese, of nothing of ours"
TOPIC_REASONS = frozenset({"another topic", "the language of a country", FILMS_IN_GENERAL, TASTE_OF_NOTHING_OURS})


def other_subject(reading: Reading) -> str | None:
    """Why the reader refused a question as being about another film, work or person, or None."""
    if reading.intent != OUT_OF_SCOPE or not reading.why or reading.why[-1] in TOPIC_REASONS:
        return None
    return reading.why[-1]


def refused_work(text: str, store: FactStore, lexicon: Lexicon) -> str | None:
    """What a question the classifier itself refused is about, when that is another film or person.

    The reader's own refusals say why (`other_subject`); the classifier's do not. A work noun ("the
    1941 drama film <X>") or a capitalised name the store does not hold ("rent <X Y>") makes it another
    work or person, so that a follow-up ("who's in it?") stays with it; a question about the weather
    names neither.
    """
    words = _Words.of(text)
    if not words.words or has_japanese(text):
        return None
    # "book me a table": the verb, not a work
    nouns = [
        w
        for i, w in enumerate(words.words)
        if w in coverage.WORK_NOUNS and words.words[i + 1 : i + 2] not in (["me"], ["us"], ["a"], ["an"])
    ]
    if nouns:
        return nouns[0]
    hits = lexicon.find(words.words, ("attribute", "claim", "film", "other_topic"))
    known = coverage.film_vocabulary(store, lexicon) | coverage.known_work_words(store)
    found = proper_names.unknown_names(
        text, words.words, words.spans, lambda i: coverage.covered(i, hits, []), known, lexicon.ordinary_names
    )
    return found[0].text if found else None


def relation_keys(key: str) -> tuple[str, ...]:
    """The store relations a relation word stands for ("parents" -> mother and father)."""
    return RELATION_GROUPS.get(key, (key,))


@dataclass(frozen=True)
class _Words:
    text: str
    words: list[str]
    spans: list[tuple[int, int]]

    @classmethod
    def of(cls, text: str) -> _Words:
        lowered = text.lower().replace("\u2019", "'").replace("-", " ")
        found = token_spans(text) if len(lowered) == len(text) else []
        return cls(text, [standard_word(lowered[a:b]) for a, b in found], found)

    def chars(self, start: int, end: int) -> tuple[int, int]:
        return self.spans[start][0], self.spans[end - 1][1]


def _japanese_work_titles(store: FactStore) -> tuple[str, ...]:
    """The Japanese titles of the works the store's people are known for, longest first (computed once per store)."""
    if id(store) not in _JAPANESE_WORK_TITLES:
        _JAPANESE_WORK_TITLES.clear()
        titles = {t for p in store.people.values() for w in p.known_for for t in (w.title, w.ja) if t}
        _JAPANESE_WORK_TITLES[id(store)] = tuple(sorted((t for t in titles if has_japanese(t)), key=len, reverse=True))
    return _JAPANESE_WORK_TITLES[id(store)]


_JAPANESE_WORK_TITLES: dict[int, tuple[str, ...]] = {}


def _inside_this_title(words: _Words, hits: list[Hit], store: FactStore) -> list[Hit]:
    """The words of this film's own title are its title: the "time left" in the Japanese title of
    "who played <a character> in <the Japanese title>" is not a question about time left."""
    lowered = words.text.lower()
    titles: list[tuple[int, int]] = []
    for form in store.film["title_forms"].value if "title_forms" in store.film else ():
        at = lowered.find(str(form).lower())
        if at >= 0:
            titles.append((at, at + len(str(form))))
    # another work's Japanese title in an English question ("... and <a later book's title>?"): its words ask nothing
    # either (a word of "time left" in it is part of the title)
    others = [(at, at + len(title)) for title in _japanese_work_titles(store) if (at := words.text.find(title)) >= 0]
    if others:
        hits = [hit for hit in hits if not any(a <= words.spans[hit.start][0] < b for a, b in others)]
    if not titles:
        return hits

    def inside(first: int, last: int) -> tuple[int, int] | None:
        start, end = words.spans[first][0], words.spans[last][1]
        return next(((a, b) for a, b in titles if a <= start and end <= b), None)

    kept = [hit for hit in hits if hit.kind == "film" or inside(hit.start, hit.end - 1) is None]
    named = {inside(hit.start, hit.end - 1) for hit in kept if hit.kind == "film"}
    for a, b in sorted(set(titles), key=lambda span: span[0] - span[1]):  # longest first: forms nest
        covered = [i for i, (start, end) in enumerate(words.spans) if a <= start and end <= b]
        if covered and not any(span and span[0] <= a and b <= span[1] for span in named):
            phrase = " ".join(words.words[covered[0] : covered[-1] + 1])
            kept.append(Hit("film", "film", phrase, covered[0], covered[-1] + 1))
            named.add((a, b))
    return sorted(kept, key=lambda hit: hit.start)


# An expletive after a wh-word ("what the hell", "who the heck", "why on earth"): emphasis, nothing asked.
WH_EXPLETIVE = re.compile(
    r"\b(?:what|who|where|when|why|how|which)(?:'s|s)?\s+"
    r"(the\s+(?:hell|heck|fuck|f\*+k|f\*+|fck|frick|frig|devil|deuce)|on\s+earth|in\s+the\s+world)\b",
    re.IGNORECASE,
)


def read(
    text: str,
    intent: str | None,
    entities: list[dict[str, Any]],
    store: FactStore,
    lexicon: Lexicon,
) -> Reading:
    """What to change in the NLU result of `text` (bot/understanding/README or the rules below), checked
    against the kind of thing its wh-head asks."""
    for start, end in japanese_glosses(text):  # read as if the Japanese glosses of an English question were not there
        text = text[:start] + " " * (end - start) + text[end:]
        entities = [e for e in entities if not start <= int(e.get("start", -1)) < end]
    for found in WH_EXPLETIVE.finditer(text):  # "what the hell is it about?": read as "what is it about?"
        start, end = found.span(1)
        text = text[:start] + " " * (end - start) + text[end:]
    novel_titled = _novel_title_as_subject(text, store)
    if novel_titled is not None:
        # "<the novel's Japanese title> is a novel of what genre": read as "the novel is a novel of what genre"
        start, end, stand_in = novel_titled
        standing = text[:start] + stand_in.ljust(end - start) + text[end:]
        kept = [e for e in entities if not start <= int(e.get("start", -1)) < end]
        if stand_in != JAPANESE_NOVEL_STAND_IN:
            text, entities = standing, kept
        elif _the_book_itself_asked(standing, kept, lexicon) and not _asked_of_the_assistant(standing):
            # "<その題名>の作家さん？" as "原作の作家さん？": the classifier read the title's words as the film's;
            # the book or its writer is on the book's card (anything else asked in it is left as typed)
            return Reading(intent="ask_novel", why=["the novel named by its Japanese title"])
    said = _Words.of(text)
    turned = _turned_aside(said)
    opened = turned or _social_opening(said, lexicon)
    if opened:  # "hey, May, look, is that ...?": every rule reads the question after the opening words
        text = " " * opened + text[opened:]
        entities = [e for e in entities if int(e.get("start", -1)) >= opened]
        if turned or intent in OPENING_FORMULAS:  # the classifier read the story or the greeting: the question is
            intent = FALLBACK  # read as unclassified
    aside = None if has_japanese(text) else _prepositional_aside(text)
    set_aside = [e for e in entities if aside is not None and aside[0] <= int(e.get("start", -1)) < aside[1]]
    if aside is not None and any(e.get("entity") in NAME_KINDS for e in set_aside):
        # "with whom, at <a>'s urging, does <b> …?": the aside's names are no subject asked (an aside naming no
        # one, "in one day", "on <the service>", may say what is asked and stays)
        text = text[: aside[0]] + " " * (aside[1] - aside[0]) + text[aside[1] :]
        entities = [e for e in entities if e not in set_aside]
        read_aside = read(text, intent, entities, store, lexicon)
        read_aside.drop.extend(set_aside)
        return read_aside
    if _statement_of_something_else(text, entities, lexicon):
        # "<a city> produces many capes.": told of something that is not ours
        return Reading(intent=OUT_OF_SCOPE, why=["a statement naming nothing of ours"])
    judged = _aspect_judged(text, entities, film_name_words(store, lexicon))
    if judged is not None:
        return judged
    if not has_japanese(text) and film_identity.this_film_asked(tokens(text)):
        # "what movie is this from?": which film the conversation is about, "That's <the title>, the <year> film"
        identified = Reading(intent="ask_title", why=["which film this is"])
        identified.add("attribute", described_film.FILM_IDENTIFIED, 0, len(text))
        return identified
    if not has_japanese(text):
        words = _Words.of(text) if opened else said
        if _our_service_named_alone(words, store):
            return Reading(intent="ask_where_to_watch", why=["the film's service named alone"])
        if _arrival_in_a_country(words, lexicon):
            return Reading(intent="ask_release_date", why=["the film's arrival in a country"])
        taste = _persons_own_taste(words, entities)
        if taste is not None:
            return taste
        seen = _others_have_seen_it(words, lexicon)
        if seen is not None:
            return seen
        if (
            _part_played_asked(words, entities)
            and not _another_work_named(text, store, lexicon)
            and not works_period.work_of_another_year(words.words, store)
        ):
            # "what was the name of the character <a> played in the series <the title>?": <a>'s part in this film,
            # whatever the film is called
            return Reading(intent="ask_person", why=["the part a person played"])
        in_their_film = _part_in_a_crew_members_film(words, entities, store)
        if in_their_film is not None:
            return in_their_film
        structured = _read_by_structure(words, entities, store, lexicon)
        if structured is not None:
            return structured
        placed = _placed_work_of_someone(words, entities)
        if placed is not None:
            return placed
        others = _other_characters_besides(words, entities, lexicon)
        if others is not None:
            return others
    ends = _end_of_a_credited_work(text, store, lexicon)
    if ends is not None:
        # "若者のすべての最後、なんて言っている？": the song's own end (its words), not the film's ending
        song_end = Reading(intent="ask_fact", why=["the end of a credited work, in Japanese"])
        song_end.add("attribute", person_asked.ASKED_OF_PERSON, *ends)
        return song_end
    if _japanese_works_titled(text, entities, store):
        return Reading(intent="ask_other_work", why=["the titles of a person's works, in Japanese"])
    if _trade_in_general(text, entities, lexicon):
        return Reading(intent=OUT_OF_SCOPE, why=[FILMS_IN_GENERAL])
    bare = _bare_personal_attribute(text, intent, entities, lexicon)
    if bare is not None:
        return bare
    if intent in REFUSALS and _another_title_alone(text, store):
        return Reading(intent="ask_plot", why=["the film named alone by another of its titles"])
    if intent in (*REFUSALS, "ask_title") and _japanese_title_alone(text, store):
        # "「<the full Japanese title>」は？": what the film is, as "<the title>?" in English; the title card would
        # only say back the title asked
        return Reading(intent="ask_plot", why=["the film named alone by its Japanese title"])
    searched = _claim_searched(text, intent, entities, store, lexicon) or _name_searched(
        text, intent, entities, store, lexicon
    )
    if searched is not None:
        return searched
    if _someone_by_an_epithet(text, entities, store, lexicon):
        return Reading(intent=OUT_OF_SCOPE, why=["someone named by an epithet none of ours has"])
    if (
        not has_japanese(text)
        and not any(e.get("entity") in NAME_KINDS for e in entities)
        and film_talk.identifying_another_film(tokens(text), everyday.story_words(store))
    ):
        return Reading(intent=OUT_OF_SCOPE, why=["another film whose name is looked for"])
    unwished = intent == "no_spoilers" and not has_japanese(text) and _wish_about_nothing_told(text)
    if unwished:
        intent = FALLBACK  # "don't want to make the same mistake with <his> new movie!": read as unclassified
    reading = _read_part(text, intent, entities, store, lexicon)
    if unwished and reading.intent is None:
        # nothing else read: unclassified if it points at the film ("it shouldn't be good but is?"), else another
        # topic ("didn't you study before the concert?")
        told = tokens(text)
        ours = lexicon.find(told, ("film", "attribute")) or any(e.get("entity") in NAME_KINDS for e in entities)
        reading.intent = FALLBACK if ours else OUT_OF_SCOPE
        reading.why.append("no word of the story or of spoiling it")
    reading = _another_book_checked(text, intent, entities, reading, lexicon)
    reading = _critic_named(text, intent, reading, store)
    reading = _verdict_of_an_unlisted_critic(text, intent, entities, reading, store, lexicon)
    reading = _polar_form_checked(text, intent, entities, reading, store, lexicon)
    reading = _credit_of_someone_else(text, intent, entities, reading, store)
    reading = _wh_card_checked(text, intent, entities, reading, store, lexicon)
    reading = _doer_of_a_deed_checked(text, intent, entities, reading, store, lexicon)
    reading = _ending_checked(text, intent, entities, reading, store, lexicon)
    reading = _fate_of_a_relative_checked(text, entities, reading, store)
    reading = _credit_card_checked(text, intent, entities, reading, store, lexicon)
    reading = _name_card_checked(text, intent, entities, reading, store, lexicon)
    reading = _searched_card_checked(text, intent, entities, reading, store, lexicon)
    reading = _friend_of_a_person_checked(text, intent, entities, reading, store, lexicon)
    reading = _acted_in_a_work_checked(text, entities, reading, store)
    reading = _spoiler_wish_checked(text, intent, reading)
    reading = _work_asked_checked(text, intent, entities, reading, store, lexicon)
    reading = _japanese_card_checked(text, intent, entities, reading, store, lexicon)
    reading = _japanese_credited_work_named(text, intent, reading, store, lexicon)
    reading = _japanese_works_like_this_film(text, entities, reading, store)
    reading = _japanese_place_in_the_story(text, intent, entities, reading, lexicon)
    return _japanese_other_topic_checked(text, intent, entities, reading, store, lexicon)


# Where a place is asked in Japanese: どこ.
JAPANESE_WHERE = "どこ"
# What makes a Japanese "where" one of watching the film: the film or its service named, a word of watching or of
# its release ("<a character>が出てる映画はどこで配信？").
JAPANESE_WATCHING_KINDS = ("film", "claim")
JAPANESE_WATCHING_KEYS = frozenset({"platform", "release_date", "home_video", "music_release"})
JAPANESE_WATCHING_WORDS = frozenset("配信 見 観 見る 観る 視聴 映画 作品 ドラマ 放送 上映".split())


def _kanji_or_katakana(word: str) -> bool:
    """A word of kanji or katakana only: a part of a noun compound, never a particle or an inflection."""
    return bool(word) and all(is_kanji(ch) or "\u30a0" <= ch <= "\u30ff" for ch in word)


# The particles between the thing whose place is asked and どこ ("植物園ってどこ", "学校はどこ").
JAPANESE_WHERE_PARTICLES = frozenset({"は", "って", "とは", "が", "の"})


def _japanese_place_in_the_story(
    text: str, intent: str | None, entities: list[dict[str, Any]], reading: Reading, lexicon: Lexicon
) -> Reading:
    """ "<a character>がいってる植物園ってどこ？": a place in a character's story, which no card gives ("I don't
    know <the thing whose place is asked>"), not where to watch the film, which the classifier alone chose for
    どこ; as "where did <a character> meet <another>?" is in English (_where_or_when_of_a_character)."""
    if reading.intent is not None or intent != "ask_where_to_watch" or not has_japanese(text):
        return reading
    if not any(e.get("entity") == "character" for e in entities):
        return reading
    words = _Words.of(text)
    if JAPANESE_WHERE not in words.words or JAPANESE_WATCHING_WORDS & set(words.words):
        return reading
    found = lexicon.find(words.words, (*JAPANESE_WATCHING_KINDS, "attribute"))
    if any(hit.kind != "attribute" or hit.key in JAPANESE_WATCHING_KEYS for hit in found):
        return reading
    placed = Reading(intent="ask_fact", why=["a place in a character's story, in Japanese"])
    placed.add("attribute", person_asked.ASKED_OF_PERSON, *words.chars(*_japanese_thing_placed(words.words)))
    return placed


def _japanese_thing_placed(words: list[str]) -> tuple[int, int]:
    """The word span of the thing whose place どこ asks ("植物園ってどこ": 植物 / 園), else どこ itself."""
    at = words.index(JAPANESE_WHERE)
    thing = at - 1
    while thing >= 0 and words[thing] in JAPANESE_WHERE_PARTICLES:
        thing -= 1
    if not 0 <= thing < at - 1 or not has_japanese(words[thing]):
        return at, at + 1
    first = thing
    while first > 0 and _kanji_or_katakana(words[first - 1]):
        first -= 1  # a compound cut in two
    return first, thing + 1


# What may stand before them when the likeness is to this film: its title (taken out), a pointer at it, "any".
JAPANESE_LIKENED_TO_OURS = re.compile(
    r"(?:この映画|この作品|本作|これ)?[にと]?(?:何か|なにか|他に|ほかに|他にも|ほかにも)?[、,\s]*"
)
# "似た映画", "似てる作品", "みたいな映画", "のようなドラマ": works asked for by their likeness.
JAPANESE_LIKENED_WORKS = re.compile(
    r"(?:似た|似てる|似ている|似たような|みたいな|のような)(?:映画|作品|ドラマ|小説|本|アニメ)"
)


def _japanese_works_like_this_film(
    text: str, entities: list[dict[str, Any]], reading: Reading, store: FactStore
) -> Reading:
    """ "この映画に似た作品は？", "何か似た映画ある？": works like this one, asked in Japanese of an assistant of this
    film: its sources' comparisons (the store's similar works), as in English; never when someone is named."""
    found = JAPANESE_LIKENED_WORKS.search(text) if has_japanese(text) else None
    if found is None or not japanese_coverage.asks(text):
        return reading
    before = text[: found.start()]
    for start, end in sorted(japanese_titles_said(text, store), reverse=True):
        before = before[:start] + before[end:] if end <= found.start() else before
    if not JAPANESE_LIKENED_TO_OURS.fullmatch(before.strip()):
        return reading  # "<another title>みたいな映画ある？": works like another one
    if any(e.get("entity") in NAME_KINDS and not _role_word(e, store) for e in entities):
        return reading
    similar = Reading(intent="ask_fact", why=["works like this film, in Japanese"])
    similar.add("topic", SIMILAR_WORKS, *found.span())
    return similar


# What a credited work's card answers of it: who made it, and when (its years and release).
CREDIT_CARD_ANSWERS = frozenset({"ask_crew", "ask_release_date"})
# The nouns that name a credited work after the words describing it.
CREDITED_WORK_NOUNS = frozenset({"song", "track", "single", "theme", "cover", "tune", "曲", "歌"})


def _japanese_credited_work_named(
    text: str, intent: str | None, reading: Reading, store: FactStore, lexicon: Lexicon
) -> Reading:
    """ "若者のすべては誰の曲？": a Japanese message the classifier refused or could not place that names a credited
    work by its Japanese title, with nothing else read, asks of that credit (its card names who made it)."""
    if reading.intent is not None or intent not in REFUSALS or not has_japanese(text):
        return reading
    if not japanese_coverage.asks(text):
        return reading  # "若者のすべてが好き": told, not asked
    credited = _japanese_credited_spans(text, store)
    if not credited:
        return reading
    role, at, end = credited[0]
    named = Reading("ask_crew", why=["a credited work named by its Japanese title"])
    named.add("crew_role", store.crew[role].aliases[0], at, end)
    words = _Words.of(text[:at] + " " * (end - at) + text[end:])
    found = lexicon.find(words.words, ("attribute",))
    asked = [
        h
        for h in found
        if lexicon.attributes[h.key].intent_for("film") not in CREDIT_CARD_ANSWERS
        # "the popular song <the title>": a word that describes the work, not what is asked of it
        and not (h.end < len(words.words) and words.words[h.end] in CREDITED_WORK_NOUNS)
    ]
    if asked:  # "若者のすべての歌詞を教えて", "is <the title> still popular?": a thing of the work's, not its credit
        held_of_the_film = lexicon.attributes[asked[0].key].intent_for("film") != UNHELD
        named.intent = "ask_fact"
        named.add(
            "attribute",
            person_asked.ASKED_OF_PERSON if held_of_the_film else asked[0].key,
            *words.chars(asked[0].start, asked[0].end),
        )
        named.why.append(f"of it, what the store does not hold: {asked[0].key}")
    return named


# A Japanese message that names nothing of ours is of another topic when this many of its content words, and this
# share of them, no training question uses ("ドラマでみるCSIは実際にアメリカ合衆国に存在するのでしょうか？").
OTHER_TOPIC_MIN_UNSEEN = 4
OTHER_TOPIC_MIN_SHARE = 0.6


def _japanese_other_topic_checked(
    text: str, intent: str | None, entities: list[dict[str, Any]], reading: Reading, store: FactStore, lexicon: Lexicon
) -> Reading:
    """ "中国の時代劇ドラマは…歴史を描いた作品があるでしょうか？": a Japanese message that names none of ours (no name,
    no title, no word pointing at the film) and is mostly words no training question uses asks of something else,
    however a common word in it (ドラマ, 評価) would read as a claim or a card of this film."""
    final = reading.intent or intent
    if not has_japanese(text) or final in UNPLACED_INTENTS or final in NOT_QUESTIONS:
        return reading
    named = [e for e in entities if e.get("entity") in (*NAME_KINDS, "crew_role") and not _role_word(e, store)]
    if named or japanese_titles_said(text, store):
        return reading
    words = _Words.of(text)
    if any(h.kind == "film" for h in lexicon.find(words.words, ("film",))):
        return reading  # "この映画", "本作": the film pointed at
    unseen, content = japanese_coverage.unseen_share(text)
    if unseen < OTHER_TOPIC_MIN_UNSEEN or unseen < OTHER_TOPIC_MIN_SHARE * content:
        return reading
    return Reading(intent=OUT_OF_SCOPE, why=[*reading.why, f"names none of ours, {unseen} of {content} words unseen"])


def _role_word(entity: dict[str, Any], store: FactStore) -> bool:
    """A character entity said by a role word of theirs only ("主人公", "heroine"), not by a name: any story's
    protagonist, as "軍人を主人公にした小説" is."""
    if entity.get("entity") != "character":
        return False
    said = str(entity.get("value") or "")
    for match in store.resolve(said, ("character",))[:1]:
        character = store.characters[match.id]
        proper = name_forms(character.name, character.native, character.kana, (), split_parts=True)
        return said.casefold() not in {form.casefold() for form in proper}
    return False


# The cards that describe their subject (a person, a character, the novel, a credit): none says how or why, nor any
# trait the store does not hold.
JAPANESE_DESCRIBED_CARDS = frozenset(
    {"ask_person", "ask_character", "ask_other_work", "ask_novel", "ask_crew", "ask_who_plays"}
)
# The film's own cards, given for a question of the film: the same holds of them.
# (Not the cards of a kind, a length or a date: they answer "<a kind>映画ですか？", "2時間超える？", "もう出てる？".)
JAPANESE_FILM_CARDS = frozenset({"ask_plot", "ask_title"})
# "<名前>の母の名前は？": the name of someone, which their card begins with.
JAPANESE_NAME_NOUNS = frozenset({"名前", "氏名", "フルネーム"})
# The most intents a word may support and still be a card's own (出 of the person's card is one of six; 映画 of
# eight is every film card's).
CARD_WORD_MAX_INTENTS = 6


def _japanese_card_checked(
    text: str, intent: str | None, entities: list[dict[str, Any]], reading: Reading, store: FactStore, lexicon: Lexicon
) -> Reading:
    """ "<名前>さんの髪の色は黒ですか？", "<名前>は、どうやって痩せたんですか？", "<題名>にはがっかりですか？": a
    Japanese yes/no, how or why question of someone, of the novel or of the film, whose words no card says
    (bot/understanding/japanese_coverage.py), gets "I don't know that about <them>", naming the words asked, never
    their card. Only where nothing read more than a name."""
    final = reading.intent or intent
    if not has_japanese(text) or final not in JAPANESE_DESCRIBED_CARDS | JAPANESE_FILM_CARDS:
        return reading
    routed = all(why in JAPANESE_NAME_ROUTES or DOES_NOT_ANSWER in why for why in reading.why)
    # "<名前>の母は何をしていますか": a relative of someone named is the subject (the relation read is a span)
    relatives = [e for e in reading.entities if e.get("entity") == "relation" and e.get("end") is not None]
    if (reading.intent is not None and not routed) or len(relatives) < len(reading.entities) or reading.drop:
        return reading
    said = [e for e in entities if e.get("end") is not None and e.get("entity") in SAID_ENTITIES]
    names = [(int(e["start"]), int(e["end"])) for e in said if e.get("entity") in NAME_KINDS]
    titles = japanese_titles_said(text, store)
    if final in JAPANESE_FILM_CARDS:
        subjects = names or titles or [(0, len(text))]  # a question of the film need not name it
    else:
        subjects = names or (titles if final == "ask_novel" else [])
    relative = _relative_named(said, relatives, store)
    if relatives and relative is None:
        return reading
    if relative is not None:
        subjects = [*subjects, (int(relative.relation["start"]), int(relative.relation["end"]))]
    if not subjects:
        return reading
    words = _Words.of(text)
    # a relation is no card's either: "AとBは兄弟ですか" asks how two people are related, which no card decides
    hits = lexicon.find(words.words, ("attribute", "claim", "film", "other_topic", "spoilers"))
    explained = [
        *((int(e["start"]), int(e["end"])) for e in [*said, *relatives]),
        *titles,
        *(words.chars(hit.start, hit.end) for hit in hits),
    ]
    evidence = default_evidence()

    said_by_card = _japanese_card_texts(said, store, relative.relative if relative is not None else None)
    card_words = japanese_coverage.card_words(said_by_card)

    def cards_word(word: str) -> bool:
        """A word the card's questions use, and few others' (映画 is every film card's)."""
        supported = evidence.supports.get(word, frozenset())
        return final in supported and len(supported) <= CARD_WORD_MAX_INTENTS

    def card_says(word: str) -> bool:
        """A word of the card's own text ("<名前>のグループは？": the card names the group), or the dictionary form
        of one; a word of two characters or more within one of its words ("二科展" within "二科展入選")."""
        if word in card_words or word in JAPANESE_NAME_NOUNS:  # every card names whom it is of
            return True
        return len(word) > 1 and has_japanese(word) and word in said_by_card

    named = [*((int(e["start"]), int(e["end"])) for e in said if e.get("entity") in NAME_KINDS), *titles]
    asked = japanese_coverage.unanswered(text, subjects, explained, cards_word, named, card_says, final)
    if asked is None:
        return reading
    words_asked = text[asked[0] : asked[1]]
    checked = Reading(intent="ask_fact", why=[f"asked in Japanese of someone, what no card says: {words_asked}"])
    checked.add("attribute", person_asked.ASKED_OF_PERSON, *asked)
    if relative is not None:  # of whom it is asked: "I don't know that about <the relative>"
        _relative_stands_for(checked, *relative)
    return checked


class _RelativeNamed(NamedTuple):
    """ "<名前>の母": the character named (`owner`), the relation word read of them and the relative it names."""

    owner: dict[str, Any]
    relation: dict[str, Any]
    relative: Character


def _relative_named(
    said: list[dict[str, Any]], relations: list[dict[str, Any]], store: FactStore
) -> _RelativeNamed | None:
    """The one character named, the one relation word read of them and the one relative it names ("<名前>の母");
    None unless each is one."""
    named = [e for e in said if e.get("entity") == "character"]
    if len(named) != 1 or len(relations) != 1:
        return None
    anchor = store.resolve_one(str(named[0].get("value")), ("character",))
    relatives = _relatives_of(store, anchor.id, relations[0]) if anchor is not None else set()
    if len(relatives) != 1:
        return None
    return _RelativeNamed(named[0], relations[0], store.characters[next(iter(relatives))])


def _japanese_card_texts(said: list[dict[str, Any]], store: FactStore, relative: Character | None = None) -> str:
    """What the cards of the people and characters named say, in Japanese where the store gives it, and the card of
    the `relative` asked of ("<名前>の母": her mother's card)."""
    owners: list[Any] = [] if relative is None else [relative]
    for entity in said:
        kind = str(entity.get("entity"))
        if kind not in NAME_KINDS:
            continue
        for match in store.resolve(str(entity.get("value") or ""), (kind,))[:1]:
            owners.append(store.people.get(match.id) if kind == "person" else store.characters.get(match.id))
    texts: list[str] = []
    for owner in owners:
        fact = getattr(owner, "about", None) or getattr(owner, "description", None)
        if fact is not None:
            texts.extend(str(t) for t in (fact.value, fact.extra.get("ja"), fact.detail) if t)
    return "\n".join(texts)


def japanese_titles_said(text: str, store: FactStore) -> list[tuple[int, int]]:
    """Where the film's and the novel's Japanese titles stand in `text` (with the full stop one of them ends on)."""
    forms = store.film.get("title_forms")
    titles = [str(f) for f in (forms.value if forms is not None and forms.known else ())]
    novel = store.novel.get("title")
    if novel is not None and novel.value is not None:
        titles.append(str(novel.value))
    spans: list[tuple[int, int]] = []
    for title in sorted({t for t in titles if has_japanese(t)}, key=len, reverse=True):
        at = text.find(title)
        if at >= 0 and not any(a <= at < b for a, b in spans):
            spans.append((at, at + len(title)))
    return spans


# An aside between commas led by a preposition, inside a question: "with whom, at <a>'s urging, does <b> …?". The
# preposition in lower case: a capitalised one opens a title set off by commas (", <A Title Opened By One>,").
PREPOSITIONAL_ASIDE = re.compile(
    r"(?<=\w),\s*(?:at|in|on|after|before|during|under|upon|despite|according to)\s[^,?.!;:]{1,60},(?=\s*\w)"
)


def _prepositional_aside(text: str) -> tuple[int, int] | None:
    """Where an aside between commas stands (the commas included), if a question's words come before and after it."""
    found = PREPOSITIONAL_ASIDE.search(text)
    return (found.start(), found.end()) if found else None


def _another_title_alone(text: str, store: FactStore) -> bool:
    """ "<the film's romanised Japanese title>", alone: the film named, as its English title alone is."""
    return " ".join(re.findall(r"[\w']+", text.lower())) in _film_titles(store)


# What may follow a Japanese title said alone to ask what the film is: a topic particle and a word of "what".
JAPANESE_WHAT_IS = re.compile(
    r"(?:は|って|とは)?(?:何|なに|なん|どういうの|どんなの|どんな話|どういう話|どんな映画)?(?:です|なの)?か?"
)
# An interjection that may open it ("え、「<the title>」？").
JAPANESE_INTERJECTION = re.compile(r"(?:え|えっ|あ|あっ|ああ)?")


def _japanese_title_alone(text: str, store: FactStore) -> bool:
    """ "「<the film's full Japanese title>」は？", "え、<the title>？": the film's Japanese title (never only its
    nickname, whose card says what it stands for) with nothing but an interjection, a topic particle or "what"."""
    forms = store.film["title_forms"].value if "title_forms" in store.film else ()
    nickname = store.film.get("nickname")
    short = str(nickname.extra.get("ja") or "") if nickname is not None else ""
    titles = sorted((str(f).rstrip("。") for f in forms if has_japanese(str(f)) and str(f) != short), key=len)
    for title in reversed(titles):
        at = text.find(title)
        if at < 0:
            continue
        end = at + len(title) + text[at + len(title) :].startswith("。")
        before = re.sub(r"[\s、。,「『]", "", text[:at])
        after = re.sub(r"[\s」』？?!！。、]", "", text[end:])
        return bool(JAPANESE_INTERJECTION.fullmatch(before) and JAPANESE_WHAT_IS.fullmatch(after))
    return False


# The classifier's readings that leave a bare follow-up unplaced: talk, a refusal, no reading.
UNPLACED_INTENTS = frozenset({OUT_OF_SCOPE, FALLBACK, None, "greet", "affirm", "deny", "thanks", "goodbye"})
BARE_MAX_WORDS = 6  # "and what about her age?"
# What may stand around a bare personal attribute: words that lead a follow-up, and the pronoun of its owner.
BARE_FOLLOW_UP_WORDS = ellipsis.FOLLOW_UP_LEADS | {"his", "her", "their", "he", "she"}


def _bare_personal_attribute(
    text: str, intent: str | None, entities: list[dict[str, Any]], lexicon: Lexicon
) -> Reading | None:
    """ "his age", "how old", "and her height?": a personal attribute alone (a pronoun or a follow-up's lead words
    around it), which talk or a refusal took. It asks that attribute of the conversation's person (the actions
    resolve whom): "I don't know <X>'s age" and the birth date, never a greeting."""
    if intent not in UNPLACED_INTENTS or has_japanese(text) or any(e.get("entity") in NAME_KINDS for e in entities):
        return None
    words = _Words.of(text)
    if len(words.words) > BARE_MAX_WORDS or lexicon.find(words.words, ("relation",)):
        return None  # "and her mum?": a relative, the follow-up readers' matter
    hits = [h for h in lexicon.find(words.words, ("attribute",)) if h.key in PERSONAL_KEYS]
    if len(hits) != 1:
        return None
    hit = hits[0]
    rest = [
        w.removesuffix("'s")
        for i, w in enumerate(words.words)
        if not hit.start <= i < hit.end and any(c.isalnum() for c in w)
    ]
    if not set(rest) <= BARE_FOLLOW_UP_WORDS:
        return None
    reading = Reading(intent="ask_fact", why=[f"a personal attribute alone: {hit.key}"])
    reading.add("attribute", hit.key, *words.chars(hit.start, hit.end))
    return reading


# Words a searched claim may hold besides the film's name and the claim: "<the title> all episodes", "tv comedy".
SEARCH_SHAPERS = frozenset({"tv", "movie", "film", "all", "full", "the", "a", "an"})
POLAR_PREFIX = "is "


def _claim_searched(
    text: str, intent: str | None, entities: list[dict[str, Any]], store: FactStore, lexicon: Lexicon
) -> Reading | None:
    """ "<the title> anime", "<the title> season 5", "tv comedy <the title>": the film's name and a kind it may be,
    typed as a search the classifier could not place. Searched that way, the kind is asked of the film: read as
    "is <the words>?", the yes/no of the claim ("No, it's a live-action film"), never "I didn't get that"."""
    if (
        intent not in REFUSALS | {None}
        or has_japanese(text)
        or not typed_as_a_search_counting_names(text, entities, lexicon)
    ):
        return None
    if any(e.get("entity") in NAME_KINDS for e in entities):
        return None
    words = _Words.of(text)
    hits = lexicon.find(words.words, ("attribute", "claim", "film", "relation", "other_topic", "spoilers"))
    film = [h for h in hits if h.kind == "film" and h.phrase not in film_talk.POINTING_SUBJECTS]
    claims = [h for h in hits if h.kind == "claim"]
    if not film or not claims or len(hits) != len(film) + len(claims):
        return None
    covered = {i for h in hits for i in range(h.start, h.end)}
    if any(i not in covered and w not in SEARCH_SHAPERS and not w.isdigit() for i, w in enumerate(words.words)):
        return None  # "<the title> movie animals": a word no claim reads
    asked = read(f"{POLAR_PREFIX}{text.strip()}?", FALLBACK, [], store, lexicon)
    said = len(text.strip())
    told = [e for e in asked.entities if e.get("entity") == "claim"]
    if not told or any(str(e.get("value")).split(":")[0] not in {h.key for h in claims} for e in told):
        return None
    searched = Reading(intent=asked.intent, why=[*asked.why, "a kind searched with the film's name"])
    _move_entities(asked, searched, len(text) - len(text.lstrip()) - len(POLAR_PREFIX), 0, said)
    return searched


def _move_entities(asked: Reading, into: Reading, shift: int, low: int, high: int) -> None:
    """The entities of a reading of a question written for a search, moved back onto the search's own text (by
    `shift` characters, kept between `low` and `high`)."""
    for entity in asked.entities:
        start = min(max(low, int(entity["start"]) + shift), high)
        end = min(max(start, int(entity["end"]) + shift), high)
        into.add(str(entity["entity"]), str(entity["value"]), start, end)


# How a searched name is asked: "<the title> dog name" as "what is the name of the dog?".
NAME_QUESTION = "what is the name of the "
# The nouns whose names are the cast's: "<the title> character names".
CAST_NOUNS = frozenset({"character", "characters", "cast", "actor", "actors", "actress", "actresses"})
# (a yes or a no too: "<a noun> names" is no answer to anything)
NAME_SEARCH_INTENTS = frozenset({OUT_OF_SCOPE, FALLBACK, None, "ask_title", "affirm", "deny"})


def _name_searched(
    text: str, intent: str | None, entities: list[dict[str, Any]], store: FactStore, lexicon: Lexicon
) -> Reading | None:
    """ "<the title> dog name", "<the title> actress name", "hospital name": a name searched of the nouns before
    it (after the film's name, if any), never the film's own title. Read as "what is the name of the <nouns>?"."""
    if (
        intent not in NAME_SEARCH_INTENTS
        or has_japanese(text)
        or not typed_as_a_search_counting_names(text, entities, lexicon)
    ):
        return None
    words = _Words.of(text)
    said = words.words
    if len(said) < 2 or said[-1] not in ("name", "names") or len(words.spans) != len(said):
        return None
    film = [h for h in lexicon.find(said, ("film",)) if h.phrase not in film_talk.POINTING_SUBJECTS]
    if film and film[0].start != 0:
        return None
    nouns = range(film[0].end if film else 0, len(said) - 1)
    if not nouns or any(not said[i].isalpha() or said[i] in coverage.FUNCTION_WORDS for i in nouns):
        return None
    if any(said[i] in coverage.WORK_NOUNS for i in nouns):
        return None  # "<the title> movie name": the film's own title
    first, last = words.spans[nouns.start][0], words.spans[nouns.stop - 1][1]
    named = [e for e in entities if e.get("entity") in NAME_KINDS]
    if any(e.get("entity") == "person" or (int(e.get("start") or 0), e.get("end")) != (first, last) for e in named):
        return None  # "<a character> school name": the name of something of theirs, the other readers' matter
    if any(h.end == len(said) for h in lexicon.find(said, ("attribute",))):
        return None  # "real name", "pen name": an attribute of its own
    shift = len(NAME_QUESTION) - first
    inside = [
        {**e, "start": int(e["start"]) + shift, "end": int(e["end"]) + shift}
        for e in entities
        if e.get("end") is not None and first <= int(e.get("start") or -1) and int(e["end"]) <= last
    ]
    asked = read(f"{NAME_QUESTION}{text[first:last]}?", FALLBACK, inside, store, lexicon)
    if asked.intent is None and any(e.get("entity") == "character" for e in inside):
        asked.intent = "ask_character"  # "<the title> main character name": the character named by their role
    elif asked.intent is None and {said[i] for i in nouns} <= CAST_NOUNS:
        asked.intent = "ask_cast"  # "<the title> character names": the cast, each with their part
    if asked.intent is None:
        return None
    searched = Reading(intent=asked.intent, why=[*asked.why, "a name searched of the nouns before it"])
    _move_entities(asked, searched, -shift, first, last)
    searched.drop.extend(e for e in entities if e not in inside and e.get("entity") in ("crew_role", "topic"))
    return searched


# Verbs that give someone a by-name: "which composer was known as the March King?".
EPITHET_VERBS = (("known", "as"), ("called",), ("nicknamed",), ("dubbed",))


def _someone_by_an_epithet(text: str, entities: list[dict[str, Any]], store: FactStore, lexicon: Lexicon) -> bool:
    """ "Which composer was known as the March King?": a wh-question for someone picked out by a by-name ("the
    <words>"), with nobody of ours named. When the by-name is no name or alias the store holds and no word of it is
    the film's, it is someone else's: another subject."""
    if has_japanese(text) or any(e.get("entity") in NAME_KINDS for e in entities):
        return False
    said = tokens(text)
    if not said or said[0] not in ("which", "what", "who", "whos", "who's"):
        return False
    for at in range(1, len(said)):
        verb = next((v for v in EPITHET_VERBS if tuple(said[at : at + len(v)]) == v), None)
        if verb is None or said[at + len(verb) : at + len(verb) + 1] != ["the"]:
            continue
        epithet = [w for w in said[at + len(verb) + 1 :] if w.isalnum()]
        if not epithet or len(epithet) > EPITHET_MAX_WORDS:
            return False
        if store.resolve(" ".join(epithet)) or lexicon.find(epithet, ("attribute", "film", "claim", "relation")):
            return False  # "which character is called the florist?": one of ours by their role
        known = coverage.film_vocabulary(store, lexicon)
        owner = epithet[epithet.index("of") + 1 :] if "of" in epithet else []
        if any(coverage.knows(w, known) for w in owner if w not in coverage.FUNCTION_WORDS):
            return False  # "the voice of <a band of ours>": one of ours described by what they are to it
        return not any(store.resolve(w) for w in epithet) and any(
            w not in coverage.FUNCTION_WORDS and not coverage.knows(w, known) for w in epithet
        )
    return False


EPITHET_MAX_WORDS = 4


# Words that set someone apart from the rest asked for: "besides <a>, what other characters are there?".
EXCEPTING = frozenset({"besides", "except", "excluding"})
EXCEPTING_PAIRS = (("apart", "from"), ("aside", "from"), ("other", "than"))


def _other_characters_besides(words: _Words, entities: list[dict[str, Any]], lexicon: Lexicon) -> Reading | None:
    """ "Besides <a>, what other characters are there?": the film's characters (the cast), <a> set apart; never the
    other work of whoever plays <a>."""
    characters = [e for e in entities if e.get("entity") == "character"]
    if not characters:
        return None
    said = words.words
    cast = [h for h in lexicon.find(said, ("attribute",)) if h.key == "cast" and "characters" in h.phrase.split()]
    excepting = EXCEPTING & set(said) or any(pair in zip(said, said[1:], strict=False) for pair in EXCEPTING_PAIRS)
    if not cast or not excepting or words.text.count("?") > 1:
        return None
    reading = Reading(intent="ask_cast", why=["the other characters, one set apart"])
    reading.drop.extend(characters)
    return reading


# Verbs of a person's own liking or experience of a work: "which book does <a> love?", "what manga did <a> read as a
# child?" ask that person's taste, never the works they made nor this film's novel.
LIKING_VERBS = frozenset(
    """love loves loved like likes liked admire admires admired enjoy enjoys enjoyed read reads watch watches
    watched recommend recommends recommended prefer prefers preferred hate hates hated""".split()
)
# Verbs of a person's learning: "what subject did <a> study?", "which instrument did <a> train in?".
LEARNING_VERBS = frozenset(
    "study studied studies train trained trains major majored learn learned learnt learns practise practised".split()
)
# The nouns of the works a taste is of (a film, a book, a comic, a song).
TASTED_WORKS = frozenset(
    """movie movies film films show shows drama dramas series book books novel novels manga comic comics anime song
    songs album albums band bands author authors writer writers""".split()
)
TASTE_AUXILIARIES = frozenset({"did", "does", "do"})


# Words that ask the parts of a career, not this film's: "… in <the title> and other films?".
CAREER_WORDS = frozenset({"other", "else", "films", "movies", "shows", "dramas", "roles", "career"})
# How far before the person the part's noun may stand: "the character <a> played", "the name of the role <a> had".
PART_NOUN_REACH = 3


# Latin words an English question around a Japanese title has at least.
ENGLISH_AROUND_A_TITLE = 3


def _novel_title_as_subject(text: str, store: FactStore) -> tuple[int, int, str] | None:
    """Where the novel's Japanese title names the book, and the words that stand in for it: "the novel" where it opens
    an English question that is otherwise all English ("<the title> is a novel of what genre?"), 原作 anywhere in a
    Japanese one ("<the title>の作家さん？", "<the title>？"). The film's own Japanese title is one of its titles, which
    the lexicon reads anywhere."""
    fact = store.novel.get("title")
    title = str(fact.value).rstrip("。") if fact is not None and fact.value is not None else ""
    at = text.find(title) if title else -1
    if at < 0:
        return None
    end = at + len(title) + text[at + len(title) :].startswith("。")
    rest = text[end:]
    if has_japanese(text[:at] + rest) or not (text[:at] + rest).strip(" ?？!！。、" + TITLE_BRACKETS):
        return at, end, JAPANESE_NOVEL_STAND_IN
    if text[:at].strip() or len(re.findall(r"[A-Za-z]+", rest)) < ENGLISH_AROUND_A_TITLE:
        return None
    return at, end, "the novel"


# The brackets a Japanese title is written in (『…』, 「…」): around a title alone, they say nothing more.
TITLE_BRACKETS = "『』「」"
# What the novel is called in a Japanese question about it ("原作の作者は？").
JAPANESE_NOVEL_STAND_IN = "原作"
# What the book's card answers: the book itself, who wrote it, and whether it is good (its sales, its series).
BOOK_CARD_ATTRIBUTES = frozenset({"novel", "writer", "reviews"})


def _asked_of_the_assistant(text: str) -> bool:
    """ "「<the novel>」ちゃんと読みました？": whether the assistant has read or likes it, not the book's card."""
    return japanese_taste.taste_asked(_Words.of(text).words, text) is not None


def _the_book_itself_asked(text: str, entities: list[dict[str, Any]], lexicon: Lexicon) -> bool:
    """ "原作の作家さん？", "原作は誰が書いた？": nobody named, no claim, nothing asked but the book and its writer (not
    "原作、テレビアニメが始まるんですか？", which asks of an anime)."""
    if any(e.get("entity") in NAME_KINDS for e in entities):
        return False
    said = _Words.of(text).words
    hits = lexicon.find(said, ("attribute", "claim"))
    if not all(h.kind == "attribute" and h.key in BOOK_CARD_ATTRIBUTES for h in hits):
        return False
    # a question word asks of something in the book ("…において、…をなんという…？"), unless it asks who wrote it
    return not _japanese_question_word(said, lexicon) or any(h.key == "writer" for h in hits)


def _part_played_asked(words: _Words, entities: list[dict[str, Any]]) -> bool:
    """ "What was the character <a> played?", "which role did <a> portray": a wh-question whose part noun (just
    before the one person named) is the object of a verb of playing right after them."""
    said = words.words
    people = spans_of(words, [e for e in entities if e.get("entity") == "person"])
    names = [e for e in entities if e.get("entity") in NAME_KINDS]
    if len(people) != 1 or len(names) != 1 or not said or said[0] not in ("what", "which", "whats", "what's"):
        return False
    person = people[0]
    before = said[max(0, person.start - PART_NOUN_REACH) : person.start]
    if not set(before) & proper_names.PART_NOUNS:
        return False
    if set(said) & (works_period.ORDER_WORDS | CAREER_WORDS):
        return False  # "which was the last role <a> played", "… in <the title> and other films?": their career
    # "what is the character <a> plays like?": the character's description, not who they are
    return person.end < len(said) and said[person.end] in people_reading.PLAY_VERBS and said[-1] != "like"


# "Is it a <director> movie?": whether this film is one of that person's (claim `in_film`).
SOMEONES_FILM_OPENERS = frozenset({"is", "was", "isn't", "wasn't", "isnt", "wasnt"})
SOMEONES_FILM_NOUNS = frozenset({"movie", "film", "flick", "production", "project", "picture"})


def _someones_film_asked(words: _Words, entities: list[dict[str, Any]], films: list[Hit]) -> Reading | None:
    """ "Is it a <director> movie?", "is <the title> a <surname> film?": a yes/no whose subject is this film and
    whose predicate is one person of ours's film: whether they are in it or made it."""
    said = words.words
    people = spans_of(words, [e for e in entities if e.get("entity") == "person"])
    names = [e for e in entities if e.get("entity") in NAME_KINDS]
    opener = _last_clause_opening(words, SOMEONES_FILM_OPENERS)
    if len(people) != 1 or len(names) != 1 or opener is None or people[0].start <= opener:
        return None
    person = people[0]
    film = {i for h in films for i in range(h.start, h.end)}
    subject = said[opener + 1 : person.start]
    if subject[-1:] in (["a"], ["an"]):
        subject = subject[:-1]
    if not subject or not all(w in FILM_PRONOUNS or i in film for i, w in enumerate(subject, opener + 1)):
        return None
    rest = [w for w in said[person.end :] if w.isalnum()]
    if not rest or rest[0] not in SOMEONES_FILM_NOUNS or len(rest) > 1:
        return None
    reading = Reading(intent="ask_person", why=["yes/no: this film one person's"])
    reading.add("claim", IN_FILM_CLAIM, *words.chars(person.end, person.end + 1))
    return reading


# Words between "<a>'s" and the film noun: "<the director>'s new production".
FILM_NOUN_ADJECTIVES = frozenset({"new", "latest", "last", "recent", "newest", "own"})


def _part_in_a_crew_members_film(words: _Words, entities: list[dict[str, Any]], store: FactStore) -> Reading | None:
    """ "Who played the key character in <the director>'s new production?": who plays a character of ours, in the
    film of one who holds a credit of it (this film); the one named owns the film, no subject asked of."""
    said = words.words
    people = [e for e in entities if e.get("entity") == "person"]
    characters = [e for e in entities if e.get("entity") == "character"]
    if said[:1] != ["who"] or len(said) < 3 or said[1] not in people_reading.PLAY_VERBS:
        return None
    if len(people) != 1 or len(characters) != 1:
        return None
    match = store.resolve_one(str(people[0].get("value")), ("person",))
    if match is None or not store.crew_roles_of(match.id):
        return None
    (person,) = spans_of(words, people)
    if not said[person.end - 1].endswith("'s") and said[person.end : person.end + 1] != ["'s"]:
        return None
    rest = [w for w in said[person.end :] if w not in ("'s",) and w not in FILM_NOUN_ADJECTIVES]
    if rest != [rest[0]] or rest[0] not in SOMEONES_FILM_NOUNS:
        return None
    reading = Reading(intent="ask_who_plays", why=["a part in the film of one who made it"])
    reading.drop.extend(people)
    return reading


# Parts of a series or a book, counted: "how many episodes …".
COUNTED_PARTS = frozenset({"episode", "episodes", "season", "seasons", "chapter", "chapters", "volume", "volumes"})


def _parts_counted_in_a_known_work(words: _Words, names: list[dict[str, Any]], store: FactStore) -> list[str] | None:
    """ "In the <their series> TV series, over how many episodes did <a> take part?": a count of the parts of a work
    the store lists for the one named (the words counted), else None."""
    said = words.words
    at = next((i for i in range(len(said) - 2) if said[i : i + 2] == ["how", "many"]), None)
    if at is None or not COUNTED_PARTS & set(said[at + 2 : at + 4]):
        return None
    text = " ".join(said)
    for entity in names:
        match = store.resolve_one(str(entity.get("value")), ("person",))
        if match is None:
            continue
        titles = [" ".join(tokens(work.title)) for work in store.people[match.id].known_for]
        if any(title and re.search(rf"\b{re.escape(title)}\b", text) for title in titles):
            return said[at : at + 4]
    return None


def _last_clause_opening(words: _Words, openers: frozenset[str]) -> int | None:
    """Where the message's last clause opens with one of `openers`: its first word, or the first after a comma or a
    full stop ("I'm not familiar with that one, is it …?"); None when it does not."""
    for at in range(len(words.words) - 1, -1, -1):
        if words.words[at] not in openers:
            continue
        before = words.text[words.spans[at - 1][1] : words.spans[at][0]] if at else ","
        if at == 0 or any(mark in before for mark in ",.;!?"):
            return at
    return None


# A drawn version of this live-action film: "who draws the cartoon <the title>?" asks of its manga (whose volumes
# are its books: the novel is one). The manga's own words are the novel readers' (bot/understanding/novel_reading.py).
DRAWN_VERSIONS = frozenset({"cartoon", "cartoons", "volume", "volumes"})
DRAWN_POINTERS = frozenset({"the", "its", "this", "that", "first"})
# What such a question asks of it: its maker, its company or its date ("how many years was it serialised?", "who did
# the voice-over of the cartoon?" ask what the store does not hold).
DRAWN_VERSION_MAKING = frozenset(
    """draw draws drew drawn illustrate illustrates illustrated illustrator artist company publisher published
    publishes sold released""".split()
)


def _drawn_version_asked(words: _Words, entities: list[dict[str, Any]], films: list[Hit]) -> Reading | None:
    """ "Who is the one who draws the cartoon <the title>?", "<the title> is a cartoon of which company?": a wh-question
    of this film's drawn version (pointed at, or the title named) asks of its manga (the novel's part); "is it a
    cartoon?" (a yes/no) is the `animated` claim's, and "your favourite cartoon" no one's."""
    said = words.words
    if any(e.get("entity") in NAME_KINDS for e in entities) or not clauses.WH_WORDS & set(said):
        return None
    drawn = next((i for i, w in enumerate(said) if w in DRAWN_VERSIONS), None)
    if drawn is None or said[0] in people_reading.YES_NO_FIRST or not DRAWN_VERSION_MAKING & set(said):
        return None
    if novel_reading.BOOK_WORDS & set(said):
        return None  # "who wrote the novel's volume 1?": the novel's
    titled = any(h.phrase not in FILM_PRONOUNS for h in films)
    if not titled and (drawn == 0 or said[drawn - 1] not in DRAWN_POINTERS):
        return None
    reading = Reading(intent="ask_novel", why=["this film's drawn version: its manga"])
    reading.add("attribute", "novel_manga", *words.chars(drawn, drawn + 1))
    return reading


# "Does it also include <a>?", "does the movie feature <b>?": whether the one named is in this film.
INCLUDING_OPENERS = frozenset({"does", "did", "will", "doesn't", "didn't"})
INCLUDING_VERBS = frozenset({"include", "includes", "feature", "features", "have", "has", "star", "stars"})
INCLUDED_SUBJECTS = frozenset({"it", "this", "that", "movie", "film", "the", "cast"})
INCLUDING_ADVERBS = frozenset({"also", "even", "still", "really", "actually"})
INCLUDED_ENDINGS = frozenset({"in", "it", "too", "as", "well", "also"})


def _name_included(words: _Words, entities: list[dict[str, Any]], films: list[Hit]) -> Reading | None:
    """ "Does it also include <a character>?", "does <the title> feature <an actor>?": a yes/no whose subject is
    this film and whose object is one name of ours: whether they are in it (claim `in_film`)."""
    said = words.words
    names = spans_of(words, [e for e in entities if e.get("entity") in NAME_KINDS])
    opener = _last_clause_opening(words, INCLUDING_OPENERS)
    if len(names) != 1 or opener is None:
        return None
    verb = names[0].start - 1
    if verb < opener + 2 or said[verb] not in INCLUDING_VERBS:
        return None
    film = {i for h in films for i in range(h.start, h.end)}
    subject = enumerate(said[opener + 1 : verb], opener + 1)
    if not all(w in INCLUDED_SUBJECTS | INCLUDING_ADVERBS or i in film for i, w in subject):
        return None
    if not all(w in INCLUDED_ENDINGS or not w.isalnum() for w in said[names[0].end :]):
        return None
    kind = next(e.get("entity") for e in entities if e.get("entity") in NAME_KINDS)
    reading = Reading(intent="ask_character" if kind == "character" else "ask_person", why=[YES_NO_IN_FILM])
    reading.add("claim", IN_FILM_CLAIM, *words.chars(verb, verb + 1))
    return reading


def _read_by_structure(
    words: _Words, entities: list[dict[str, Any]], store: FactStore, lexicon: Lexicon
) -> Reading | None:
    """An English question whose structure alone says what it asks, whatever the classifier read: this film's drawn
    version, "is it a <person> movie?", "does it include <a>?", other works recommended, what a person won, when a
    person was in this film, and their part here asked as a work. The first that reads the message decides."""
    films = lexicon.find(words.words, ("film",))  # the film's names and pointers, found once for every reader
    return (
        _drawn_version_asked(words, entities, films)
        or _someones_film_asked(words, entities, films)
        or _name_included(words, entities, films)
        or _works_like_this_film(words, entities, films)
        or _other_works_recommended(words, entities, films)
        or _won_by_a_person(words, entities)
        or _year_of_a_part_here(words, entities, store, films)
        or _own_part_reading(words, entities, store)
        or _characters_asked(words, entities, store, lexicon)
        or _who_a_character_is(words, entities, store, lexicon)
        or _voice_in_a_dub(words, lexicon)
        or _record_by_someone_else(words, entities)
        or _announcement_of_the_film(words, entities, films, lexicon)
    )


# What the film's first announcement named: the film, its cast and leads, its director (the store's `announced`).
ANNOUNCED_SUBJECTS = frozenset({"cast", "leads", "lead", "stars", "director", "it", "film", "movie", "main"})
ANNOUNCEMENT = "announcement"


def _announcement_of_the_film(
    words: _Words, entities: list[dict[str, Any]], films: list[Hit], lexicon: Lexicon
) -> Reading | None:
    """ "When was the cast announced?", "when were the leads revealed?": the film's announcement, which named them
    (never the cast list for "when"). Someone named is left to the other rules: a later announcement may have
    named them."""
    said = words.words
    if not said or said[0] != "when" or any(e.get("entity") in NAME_KINDS for e in entities):
        return None
    hit = next((h for h in lexicon.find(said, ("attribute",)) if h.key == ANNOUNCEMENT), None)
    if hit is None:
        return None
    film_words = {i for h in films for i in range(h.start, h.end)}
    subject = [
        w for i, w in enumerate(said[2 : hit.start], 2) if w not in ("the", "its", "film's") and i not in film_words
    ]
    if not subject or not set(subject) <= ANNOUNCED_SUBJECTS:
        return None
    reading = Reading("ask_fact", why=["when the film and those it named were announced"])
    for entity, value in lexicon.attributes[ANNOUNCEMENT].entity.items():
        reading.add(entity, value, *words.chars(hit.start, hit.end))
    return reading


# "the song written by <a name>": a record noun, a participle of making or performing it, and "by".
RECORD_MAKING = frozenset({"written", "sung", "composed", "performed", "recorded", "produced", "released", "made"})


def _record_by_someone_else(words: _Words, entities: list[dict[str, Any]]) -> Reading | None:
    """ "In which year was the song written by <a name the store does not hold> declared …?": a record made by
    someone none of ours is another work, refused (never this film's date or its theme song)."""
    said = words.words
    for i in range(len(said) - 3):
        if said[i] not in named_work.SONG_NOUNS or said[i + 1] not in RECORD_MAKING or said[i + 2] != "by":
            continue
        begin = words.spans[i + 3][0]
        if any(int(e.get("start", -1)) == begin for e in entities if e.get("entity") in NAME_KINDS):
            return None  # "the song written by <a person of ours>": theirs
        if proper_names.capitalised(words.text, words.spans[i + 3]):
            return Reading(OUT_OF_SCOPE, why=[f"another work: a {said[i]} by someone else"])
    return None


# The words of a dubbed version ("the English dub"): its voice cast is not the film's.
DUB_WORDS = frozenset({"dub", "dubs", "dubbed", "dubbing"})
DUB_ATTRIBUTE = "dubbing"


def _voice_in_a_dub(words: _Words, lexicon: Lexicon) -> Reading | None:
    """ "Who voices <a character> in the English dub?", "who is the voice actor for <a> in the German dub?": a dubbed
    version's voice cast, which the store does not hold ("I don't know"), never the actor of the original."""
    said = set(words.words)
    if not said & WHO_WORDS or not said & DUB_WORDS or DUB_ATTRIBUTE not in lexicon.attributes:
        return None
    at = next(i for i, w in enumerate(words.words) if w in DUB_WORDS)
    reading = Reading(intent="ask_fact", why=["a dubbed version's voice cast"])
    reading.add("attribute", DUB_ATTRIBUTE, *words.chars(at, at + 1))
    return reading


# "who is the <primary> male protagonist on the TV show <the title>?": what may stand around the one character
# named besides the film's own names - a copula, a determiner, the place of the character in the film's work.
AROUND_A_CHARACTER = frozenset(
    """the a an on in of from tv television show series film movie drama netflix story book novel""".split()
)


def _who_a_character_is(
    words: _Words, entities: list[dict[str, Any]], store: FactStore, lexicon: Lexicon
) -> Reading | None:
    """ "Who is the primary male protagonist on the TV show <the title>?": who one character named is, with nothing
    else asked (the character's own card, whatever the classifier heard); a rank word before the name ("primary",
    "principal") says what "main" says."""
    # "who s the …": the apostrophe typed apart
    opening = characters_asked.opening_of(words.words, (*characters_asked.WHO_IS_OPENINGS, ("who", "s")))
    characters = [e for e in entities if e.get("entity") == "character"]
    if not opening or len(characters) != 1 or len(entities) - len(characters) > 1:
        return None
    spans = spans_of(words, characters)
    if not spans:
        return None
    span = spans[0]
    ranks = lexicon.same_as("main")
    before = words.words[opening : span.start]
    after = [w for w in words.words[span.end :] if w not in film_name_words(store, lexicon)]
    if not all(w in AROUND_A_CHARACTER or w in ranks for w in before) or not set(after) <= AROUND_A_CHARACTER:
        return None
    if not set(before) & ranks or PLAY_WORDS & set(words.words[span.start : span.end]):
        return None  # the bare "who is the <role>?" and "the lead actress" are the other rules' (rounds 7 and 15)
    if store.resolve_one(str(characters[0].get("value")), ("character",)) is None:
        return None
    return Reading(intent="ask_character", why=["who one character named is"])


def _characters_asked(
    words: _Words, entities: list[dict[str, Any]], store: FactStore, lexicon: Lexicon
) -> Reading | None:
    """ "Name some female characters from <the film>": the characters, listed. "What is the name of the character
    that delivers newspapers?": the one character the clause describes, else "I don't know that" - never the
    title (bot/understanding/characters_asked.py). Nobody named, no other work."""
    listed = characters_asked.characters_listed(words.words) and not _joined(words)
    described = None if listed else characters_asked.character_described(words.words)
    if not listed and described is None:
        return None
    if any(e.get("entity") in NAME_KINDS for e in entities) or _another_work_named(words.text, store, lexicon):
        return None
    if described is None:
        return Reading(intent="ask_cast", why=["the characters listed"])
    film_words = film_name_words(store, lexicon)
    clause = [w for w in words.words[described.clause_start : described.clause_end] if w not in film_words]
    if lexicon.find(clause, ("attribute", "relation")):
        return None  # "the character who dies at the end", "… who is akito's mother": asked by the other rules
    character = _character_described_by(clause, film_words, store, lexicon, stems=True)
    if character is not None:
        reading = Reading(intent="ask_character", why=[f"the character the clause describes: {character.id}"])
        reading.add("character", character.name, *words.chars(described.clause_start, described.clause_end))
        return reading
    return Reading(intent="ask_fact", why=["a character described by what no description says"])


def _own_part_reading(words: _Words, entities: list[dict[str, Any]], store: FactStore) -> Reading | None:
    """ "In what films did <an actor> play <their character here>?": this film, the one the store knows them in."""
    if not _own_part_asked_as_a_work(words, entities, store):
        return None
    reading = Reading("ask_other_work", why=["the work a person played their part of this film in"])
    reading.add("works_attribute", THIS_FILMS_PART, 0, len(words.text))
    return reading


# The store's film fact of the works its sources liken it to.
SIMILAR_WORKS = "similar_works"
# The nouns of works or things asked for by their likeness ("movies like …", "anything similar to …").
LIKENED_NOUNS = frozenset(
    "movies movie films film shows show dramas drama series anime books novels titles ones anything something".split()
)
# The words after which the film, or "it", is what the works are likened to.
LIKENESS = (("like",), ("similar", "to"))
# "Who is the actor familiar from films like <the film>?": a person asked, the films only describe them.
PERSON_WH = frozenset({"who", "whom", "whose"})


def _works_like_this_film(words: _Words, entities: list[dict[str, Any]], films: list[Hit]) -> Reading | None:
    """ "Movies similar to <the film>?", "anything like it out there?", "<the film> and <another> - any suggestions
    of similar films?": works like this one, which only its sources' comparisons answer (the store's similar works),
    never the refusal of a question that names it. Works like another film, or in general, or a person's ("<an
    actor> is in a few movies like <the film> …"), are other readers'."""
    said = words.words
    if PERSON_WH & set(said) or any(e.get("entity") in NAME_KINDS for e in entities):
        return None
    ours = [h for h in films if not set(h.phrase.split()) <= GENERIC_FILM_WORDS]
    for at, word in enumerate(said):
        for likeness in LIKENESS:
            # the works right before the likeness ("movies like"): "did you like it?" likes, it likens nothing
            if tuple(said[at : at + len(likeness)]) != likeness or at == 0 or said[at - 1] not in LIKENED_NOUNS:
                continue
            after = at + len(likeness)
            if any(h.start == after for h in ours) or said[after : after + 1] in (["it"], ["this"]):
                return _similar_works(words, at, after)
        if word == "similar" and said[at + 1 : at + 2] and said[at + 1] in LIKENED_NOUNS and ours:
            return _similar_works(words, at, at + 2)  # "any suggestions of similar films?" after naming it
    return None


def _similar_works(words: _Words, start: int, end: int) -> Reading:
    similar = Reading(intent="ask_fact", why=["works like this film"])
    similar.add("topic", SIMILAR_WORKS, *words.chars(start, end))
    return similar


def _other_works_recommended(words: _Words, entities: list[dict[str, Any]], films: list[Hit]) -> Reading | None:
    """ "Any movies to recommend?", "any musicals similar to <the film>?": other works to watch, asked of an
    assistant that helps with this film only: refused, never this film's reviews. "Any other <an actor> dramas
    you could recommend?": that person's works, which the store lists."""
    asked = assistants_taste.recommendation_asked(words.words)
    if asked is None or any(h.start == asked + 1 for h in films):
        return None  # "would you recommend <the title> to fans of romance movies?": its advice of this film
    names = [e for e in entities if e.get("entity") in NAME_KINDS]
    pointed = not names and bool(ONE_PERSON_PRONOUNS & set(words.words))  # "any other movies with her?"
    if pointed or (len(names) == 1 and names[0].get("entity") == "person"):
        return Reading(intent="ask_other_work", why=["a person's works recommended"])
    if names:
        return None
    # works in general, none named: the polite refusal (as round 22 decided for "can you suggest a good drama?"),
    # and no other subject for the next question's "it" to point at
    return Reading(intent=OUT_OF_SCOPE, why=["other works recommended", FILMS_IN_GENERAL])


# A person's first work (the vocabulary's attribute).
DEBUT = "debut"


# Verbs of winning right after a person asked "what did <a> win?": their awards.
WON_VERBS = frozenset({"win", "won"})


def _won_by_a_person(words: _Words, entities: list[dict[str, Any]]) -> Reading | None:
    """ "What did <an actor> win for his role?", "which prizes has <a> won?": a wh-question whose verb, right after
    the one person named, is winning asks that person's awards."""
    said = words.words
    people = spans_of(words, [e for e in entities if e.get("entity") == "person"])
    if len(people) != 1 or said[:1] not in (["what"], ["which"]) or people[0].end >= len(said):
        return None
    verb = people[0].end
    if said[verb] not in WON_VERBS:
        return None
    reading = Reading(intent="ask_fact", why=["what a person won: their awards"])
    reading.add("attribute", "awards", *words.chars(verb, verb + 1))
    return reading


# Verbs of being in a film's cast: "when did <a> star in <the title>?".
CAST_IN_VERBS = frozenset(
    "star starred appear appeared act acted play played feature featured perform performed".split()
)


def _year_of_a_part_here(
    words: _Words, entities: list[dict[str, Any]], store: FactStore, films: list[Hit]
) -> Reading | None:
    """ "When did <an actor> star in <the title>?", "what year did <a> appear in <the title> and which role did she
    play?": the year of their part in this film, which is the film's; never "I don't know" of the person."""
    said = words.words
    people = spans_of(words, [e for e in entities if e.get("entity") == "person"])
    if len(people) > 1 or not said or any(e.get("entity") == "character" for e in entities):
        return None
    opening = said[1:] if said[0] == "in" else said  # "in what year did <a> appear in <the title>?"
    asks_time = opening[:1] == ["when"] or (opening[:1] in (["what"], ["which"]) and opening[1:2] == ["year"])
    # the person named, or pointed at ("when did she star in <the title>?": the one the conversation is about)
    pointed = next((i + 1 for i, w in enumerate(said[:4]) if w in ONE_PERSON_PRONOUNS), None) if not people else None
    verb = people[0].end if people else pointed
    if verb is None or not asks_time or verb + 2 > len(said) or said[verb] not in CAST_IN_VERBS:
        return None
    if said[verb + 1] != "in":
        return None
    if people:
        person = people[0]
        said_name = words.text[words.spans[person.start][0] : words.spans[person.end - 1][1]]
        named = store.resolve_one(said_name, ("person",))
        if named is None or not store.roles_of(named.id):
            return None
    film = [h for h in films if verb + 2 <= h.start <= verb + 4]
    if not film or works_period.years_said(said):
        return None
    reading = Reading(intent="ask_other_work", why=["the year of a part in this film"])
    reading.add("works_attribute", THIS_FILMS_PART, *words.chars(verb, verb + 1))
    return reading


# The words of a question's verb that put a person in a part: "play", "appear as", "comprise the role of".
PART_JOINING_WORDS = frozenset(
    "play played portray portrayed appear appeared as the role part of comprise take took star starred".split()
)
MAX_PART_JOINING = 4


def _own_part_asked_as_a_work(words: _Words, entities: list[dict[str, Any]], store: FactStore) -> bool:
    """ "In what films did <an actor> play <a character>?", "in what year and film did <a> play <b>?": a work asked
    (a wh-word before a work noun) of one person and the character they play in this film."""
    people = [e for e in entities if e.get("entity") == "person"]
    characters = [e for e in entities if e.get("entity") == "character"]
    said = words.words
    if len(people) != 1 or len(characters) != 1 or not works_period.asks_works(said):
        return False
    person, character = spans_of(words, people)[0], spans_of(words, characters)[0]
    # the question's own verb joins them: "did <a> play <b>", "did <a> appear as <b>", "<a> comprise the role of <b>"
    # ("<a>, who played <b>, also starred in which movies?", "<b> was played by <a>. what series is she known
    # for?" ask their other works)
    joined = said[person.end : character.start]
    if not joined or len(joined) > MAX_PART_JOINING or not set(joined) <= PART_JOINING_WORDS:
        return False
    if not clauses.WH_WORDS & set(said[: person.start]):
        return False  # "did <a> sing the songs for <b>?": no work asked
    return own_part(str(people[0].get("value")), str(characters[0].get("value")), store) is not None


def own_part(person_said: str, character_said: str, store: FactStore) -> CastCredit | None:
    """The cast credit of this film by which the person named plays the character named, or None."""
    person = store.resolve_one(person_said, ("person",))
    character = store.resolve_one(character_said, ("character",))
    if person is None or character is None:
        return None
    return next((credit for credit in store.roles_of(person.id) if credit.character == character.id), None)


def _another_work_named(text: str, store: FactStore, lexicon: Lexicon) -> bool:
    named = named_work.find(text, store, lexicon.film_titles)
    return named is not None and not named.ours


def _persons_own_taste(words: _Words, entities: list[dict[str, Any]]) -> Reading | None:
    """ "Which comic did <a> admire?", "what book does <a> love?": a work asked by a wh-phrase, then an auxiliary,
    one person, and a verb of liking or experience: that person's own taste, which the store does not hold ("I don't
    know that about <a>")."""
    said = words.words
    people = spans_of(words, [e for e in entities if e.get("entity") == "person"])
    if len(people) != 1 or len(said) < 4 or said[0] not in ("which", "what"):
        return None
    person = people[0]
    head = said[1 : person.start - 1]
    if not head or said[person.start - 1] not in TASTE_AUXILIARIES:
        return None
    verb = person.end
    if verb >= len(said):
        return None
    # "what subject did <a> train in?": what they learnt, whatever the noun ("subject" is no film's story here)
    learnt = said[verb] in LEARNING_VERBS
    if not learnt and (head[-1] not in TASTED_WORKS or said[verb] not in LIKING_VERBS):
        return None
    reading = Reading(intent="ask_fact", why=[f"a person's own taste or learning: {said[verb]}"])
    reading.add(
        "attribute", person_asked.ASKED_OF_PERSON, *words.chars(verb, len(said) - (said[-1] in ("?", ".", "!")))
    )
    return reading


def _placed_work_of_someone(words: _Words, entities: list[dict[str, Any]]) -> Reading | None:
    """ "Who directed the third film of <a>'s career?": one of a person's works by its place in their career, which
    the store does not give (bot/understanding/career_place.py); never this film's credit or its sequel."""
    people = [e for e in entities if e.get("entity") == "person"]
    if not people:
        return None
    spans = [(span.start, span.end) for span in coverage.entity_spans(words.spans, people)]
    placed = career_place.placed_work(words.words, spans) or career_place.fame_work(words.words, spans)
    if placed is None:
        return None
    reading = Reading(
        intent="ask_fact", why=[f"a work by its place in a career: {' '.join(words.words[slice(*placed)])}"]
    )
    reading.add("attribute", "asked", *words.chars(*placed))
    return reading


# Verbs of the speaker's own viewing, negated in a remark ("wasn't expecting that twist", "didn't see it coming"):
# what they went through, no wish about spoilers.
EXPERIENCED = frozenset({"expecting", "expect", "expected", "coming", "guess", "guessed", "predict", "predicted"})
# Words of a wish or a request about what is told: with them the classifier's "no spoilers" stands.
WISHING = frozenset(
    "want wanna tell say reveal show spoil spoiler spoilers ruin give please know mention hide avoid skip".split()
)


# "i didn't know <a> could act": surprise at something learnt, no wish about what is told.
SURPRISED = (("didn't", "know"), ("didnt", "know"), ("never", "knew"), ("did", "not", "know"))

# What a wish about spoilers is about ("don't tell me the ending", "i want to be surprised"): with none of these,
# and no word of spoiling, the classifier's "no spoilers" is some other wish.
TOLD_OF_THE_STORY = frozenset(
    "tell telling told know knowing ending endings end ends twist twists plot story happens happened surprised "
    "surprise reveal revealing reveals give giving ruin ruining finished watching".split()
)
SPOILING_STEMS = ("spoil", "spoli", "spioler")


def _wish_about_nothing_told(text: str) -> bool:
    """Whether a message has no word of the story or of spoiling it: no wish about spoilers, whatever it wishes."""
    words = tokens(text)
    return not set(words) & TOLD_OF_THE_STORY and not any(w.startswith(SPOILING_STEMS) for w in words)


def _spoiler_wish_checked(text: str, intent: str | None, reading: Reading) -> Reading:
    """The classifier's "no spoilers" for a remark on the story the speaker has seen ("wasn't expecting that twist
    at all") or on something learnt ("i didn't know <a> could act"): a negated verb of expecting or of knowing, and
    no word of a wish or a request, is a remark, not a setting."""
    if (reading.intent or intent) != "no_spoilers" or reading.intent is not None or has_japanese(text):
        return reading
    words = tokens(text)
    said = set(words)
    surprised = any(tuple(words[at : at + len(phrase)]) == phrase for phrase in SURPRISED for at in range(len(words)))
    if not (said & EXPERIENCED or surprised) or said & WISHING - ({"know"} if surprised else set()):
        return reading
    remark = Reading(REMARK, why=["a remark on the story seen, no wish about spoilers"])
    remark.drop = list(reading.drop)
    return remark


# "did she act in a Netflix series?": a verb of being in a work, then an indefinite work ("a", "an", "any") of a kind.
BEING_IN_VERBS = frozenset(
    "act acted acts star starred stars appear appeared appears play played plays been be feature featured".split()
)
SOME_WORK = frozenset({"a", "an", "any", "another", "other", "some"})
WORK_KINDS = people_reading.WORK_NOUNS_ASKED | {"anime", "sitcom", "musical", "play"}
# The claims a work of theirs takes the place of: what this film is on or in.
PLACE_CLAIMS = ("platform:", "theatrical")


def _acted_in_a_work_checked(text: str, entities: list[dict[str, Any]], reading: Reading, store: FactStore) -> Reading:
    """ "Did <an actress> act in a Netflix series?", "did she star in an American tv show?": whether one of the film's
    people was in some other work of a kind is their works (actions/people.py), not whether this film is on that
    platform or in cinemas. Only when the reader decided such a claim of this film."""
    claims = [str(e.get("value")) for e in reading.entities if e.get("entity") == "claim"]
    if has_japanese(text) or not claims or not all(c.startswith(PLACE_CLAIMS) for c in claims):
        return reading
    said = _Words.of(text).words
    people = [e for e in entities if e.get("entity") == "person" and _only_a_real_person(str(e.get("value")), store)]
    pointed = bool(SUBJECT_PRONOUNS & set(said))
    if not people and not pointed:
        return reading
    for i in range(len(said) - 2):
        if said[i] in BEING_IN_VERBS and said[i + 1] == "in" and said[i + 2] in SOME_WORK:
            if WORK_KINDS & set(said[i + 3 : i + 8]):
                found = Reading(intent="ask_other_work", why=["whether one of ours was in a work of a kind"])
                for person in people:
                    found.add("person", str(person["value"]), int(person["start"]), int(person["end"]))
                return found
    return reading


# Words before "cinema" that make it the art or the industry of a country or a time, not the theatres it is shown in.
CINEMA_AS_AN_ART = frozenset(
    """indian american japanese korean chinese french british italian german spanish european asian hollywood
    bollywood world independent indie modern classic silent national contemporary arthouse""".split()
)


def _cinema_as_an_art(words: _Words, hit: Hit) -> bool:
    """ "Did he change the profile of Indian cinema?", "is it a classic of Japanese cinema?": cinema as an art or
    an industry, no claim that the film was shown in cinemas."""
    singular = hit.phrase == "cinema"  # "japanese cinemas" are theatres
    return hit.key == "theatrical" and singular and hit.start > 0 and words.words[hit.start - 1] in CINEMA_AS_AN_ART


def _this_title_named(hits: Iterable[Hit], lexicon: Lexicon) -> bool:
    """This film named by one of its titles among the hits, not only pointed at ("the film", "it")."""
    return any(h.kind == "film" and h.phrase not in lexicon.film_references for h in hits)


def _only_a_real_person(value: str, store: FactStore) -> bool:
    """A name of one of the film's real people that no character of the story also answers to."""
    return store.resolve_one(value, ("person",)) is not None and store.resolve_one(value, ("character",)) is None


# Relations of the story's characters that no one of the film's real people has in the store: their friends (their
# family, love life and marriage are attributes the store does not hold of them either: vocabulary.yml).
FRIEND_RELATIONS = frozenset({"friend", "best_friend", "childhood_friend"})
IN_FILM_CLAIM = "in_film"
YES_NO_IN_FILM = "yes/no in the film"
GLUED_POSSESSIVE = "a name with a glued possessive"


def _friend_of_a_person_checked(
    text: str, intent: str | None, entities: list[dict[str, Any]], reading: Reading, store: FactStore, lexicon: Lexicon
) -> Reading:
    """ "who is <an actor>'s best friend?": a friend of one of the film's real people, whose card the classifier gave,
    is not held ("I don't know that about <X> ("best friend")"); a character's friend is the story's."""
    final = reading.intent or intent
    found_names = [e for e in reading.entities if e.get("entity") in NAME_KINDS]
    # a part of a name the reader replaced by the whole ("ren" of "<a>s best friend") is all it may have dropped
    renamed = all(e.get("entity") in NAME_KINDS for e in reading.drop) and bool(found_names)
    if final not in NAME_CARDS | {"ask_other_work"} or has_japanese(text) or (reading.drop and not renamed):
        return reading
    if any(
        e not in found_names and (e.get("entity") != "claim" or e.get("value") != IN_FILM_CLAIM)
        for e in reading.entities
    ):
        return reading  # a reader understood something else asked ("is <a> friends with <b>?" is no casting claim)
    if any(why != YES_NO_IN_FILM and not why.startswith(GLUED_POSSESSIVE) for why in reading.why):
        return reading  # "which movie did <a> appear in with her old friend?": a reader read a work asked
    # "who is <a>s best friend?": the name a reader found with its possessive glued on
    named = [e for e in entities if e.get("entity") in NAME_KINDS and e not in reading.drop] or found_names
    if not named or len(named) > 2 or any(e.get("entity") != "person" for e in named):
        return reading
    if not all(_only_a_real_person(str(e.get("value")), store) for e in named):
        return reading
    words = _Words.of(text)
    friends = [h for h in lexicon.find(words.words, ("relation",)) if h.key in FRIEND_RELATIONS]
    if not friends:
        return reading
    return _not_held(words, words.words[friends[0].start : friends[0].end], reading, "a friend of a real person")


# Roles that point at one of the film's people without naming them (as a pronoun does): "what tv episode did he
# direct?", "which movies did the main actress star in?" ask of the conversation's person or of the one the role
# names, whom the action finds (or asks who is meant).
WORK_ROLE_WORDS = frozenset(
    {"actor", "actress", "lead", "star", "director", "writer", "author", "novelist", "singer", "composer"}
)
# "which film is <a> in, this one?": this film pointed at is the work asked
THIS_WORK = frozenset({("this", "one"), ("that", "one"), ("this", "film"), ("this", "movie")})
FILM_POSSESSIVES = frozenset({"film's", "movie's", "flick's", "its", "it's"})
# Cards that name no work but this film: a person's, a character's, the cast's, a credit's, the plot's.
WORKLESS_CARDS = frozenset(
    {"ask_person", "ask_character", "ask_cast", "ask_director", "ask_crew", "ask_plot", "ask_who_plays"}
)


def _work_asked_checked(
    text: str, intent: str | None, entities: list[dict[str, Any]], reading: Reading, store: FactStore, lexicon: Lexicon
) -> Reading:
    """ "<a person> is the director of what tv episode?", "which tv show has the same cast as <the film>?": a
    wh-phrase asking for a work, answered by a card that names none (bot/understanding/work_asked.py), is read
    again: the works of the people or characters of ours it names or points at, else "I don't know that" - a work
    asked beside this film or its theme song, with nobody of ours named, is another one."""
    final = reading.intent or intent
    if has_japanese(text) or reading.drop:
        return reading
    title_asked = final == "ask_title" and not reading.entities
    if not title_asked and (final not in WORKLESS_CARDS or reading.why):
        return reading  # (a reader's own reading understood the question: "who plays <a>'s mother ... which shows?")
    words = _Words.of(text)
    hits = lexicon.find(words.words, ("attribute", "film"))
    asked = work_asked.work_asked(words.words, hits)
    if asked is None:
        return reading
    if title_asked:
        return _work_of_a_person_named(entities, reading, store, hits, lexicon)
    said = " ".join(words.words)
    song_named = any(f" {title} " in f" {said} " for title in _credited_work_titles(store))
    film_words = {i for h in hits if h.kind == "film" for i in range(h.start, h.end)}
    # "<X>'s best song", not "<the film>'s theme song" or "the movie's song"
    owned = any(
        w.endswith("'s") and i not in film_words and w not in FILM_POSSESSIVES
        for i, w in enumerate(words.words[asked.start : asked.end], asked.start)
    )
    if final == "ask_crew" and work_asked.asks_song(words.words, asked) and not song_named and not owned:
        return reading  # "which song plays at the end?": the theme song's card names it (not "<X>'s best song")
    film_named = _this_title_named(hits, lexicon)
    ones = {
        found.id: e
        for e in [*entities, *reading.entities]
        if e.get("entity") in NAME_KINDS
        for found in [store.resolve_one(str(e.get("value")), (str(e.get("entity")),))]
        if found is not None
    }
    said_words = set(words.words)
    characters = [e for e in ones.values() if e.get("entity") == "character"]
    # "the actor who plays <a> is a character in which film?": the actor is the one whose works are asked
    actor_said = bool(WORK_ROLE_WORDS & said_words and people_reading.PLAY_VERBS & said_words)
    if characters and not work_asked.ACTING_WORDS & said_words and not actor_said:
        return reading  # "which film is <a character> in?": this one; "what shows has <a> appeared in?": the actor's
    pairs = set(zip(words.words, words.words[1:], strict=False))
    if pairs & THIS_WORK and not work_asked.ACTING_WORDS & said_words:
        return reading
    # a role's works are asked for in the plural, as other ones or as theirs ("the director's previous film"); "which
    # movie did the director make?" is this film's credit
    bases = {w.removesuffix("'s") for w in words.words}
    several = words.words[asked.end - 1].endswith("s") or bool(work_asked.ACTING_WORDS & said_words)
    owned_by_role = any(w.endswith("'s") and w.removesuffix("'s") in WORK_ROLE_WORDS for w in words.words)
    pointed = bool((PERSONAL_PRONOUNS - GENERIC_PRONOUNS) & bases) or bool(
        WORK_ROLE_WORDS & bases and (several or owned_by_role)
    )
    if not ones and not film_named and not song_named and not pointed:
        return reading  # "they produced which films?": the people of the last answer, whose card stands
    # "the director of <the film> also directed which films?": the film named as whose credit the role is
    credit_of_the_film = film_named and several and _persons_role_before(entities, words, asked, store)
    if not song_named and (ones or not film_named or credit_of_the_film):
        # "what other film has <a> been in besides <the film>?": this film named as the one left out; a
        # character's works are their actor's; "what tv episode did he direct?", "which movies did the main actress
        # star in?": the conversation's person or the one a role names, whom the action finds or asks about
        works = Reading(intent="ask_other_work", why=[*reading.why, "a work asked of a person"])
        for e in ones.values():
            works.add(str(e.get("entity")), str(e.get("value")), int(e.get("start", 0)), int(e.get("end", 0)))
        # "what is the director's previous film?": the one person of the credit a role word names, not the work's
        head = words.chars(asked.end - 1, asked.end)
        roles = [e for e in entities if e.get("entity") == "crew_role" and int(e.get("start", -1)) < head[0]]
        if not ones:
            for role in roles:
                span = (int(role["start"]), int(role["end"]))
                if _credit_as_subject(store.role(str(role.get("value"))), span, store, works):
                    break
        return works
    unknown = Reading(
        intent="ask_fact", why=[*reading.why, f"a work asked: {' '.join(words.words[asked.start + 1 : asked.end])}"]
    )
    unknown.add("attribute", person_asked.ASKED_OF_PERSON, *words.chars(asked.start + 1, asked.end))
    return unknown


def _persons_role_before(entities: list[dict[str, Any]], words: _Words, asked: Any, store: FactStore) -> bool:
    """A credit held by people, not a work (the theme song), named before the wh-phrase asking for a work ("the
    director of <it> also directed which films?")."""
    head = words.chars(asked.start, asked.end)[0]
    roles = [
        store.role(str(e.get("value")))
        for e in entities
        if e.get("entity") == "crew_role" and int(e.get("start", -1)) < head
    ]
    credits = [store.crew.get(role) for role in roles if role is not None]
    return any(credit is not None and credit.people and credit.work is None for credit in credits)


def _work_of_a_person_named(
    entities: list[dict[str, Any]], reading: Reading, store: FactStore, hits: list[Hit], lexicon: Lexicon
) -> Reading:
    """ "What is the name of the movie where <an actor> plays the role of <a part not ours>?": the title card answers
    which film this is; a work asked of one of the film's people, with no character or title of ours named, is one of
    their works (the action finds the note that names the part)."""
    if _this_title_named(hits, lexicon):
        return reading
    named = [e for e in entities if e.get("entity") in NAME_KINDS]
    if len(named) != 1 or named[0].get("entity") != "person":
        return reading
    value = str(named[0].get("value"))
    if not _only_a_real_person(value, store):
        return reading
    works = Reading(intent="ask_other_work", why=[*reading.why, "a work asked of a person"])
    works.add("person", value, int(named[0].get("start", 0)), int(named[0].get("end", 0)))
    return works


# Readings a critic's name turns into what critics said: "what rating did <a review site> give it?" is no maturity
# rating, "what did <a review site> say about it?" no plot.
CRITIC_REROUTED = frozenset({"ask_rating", "ask_plot", "ask_fact", FALLBACK, OUT_OF_SCOPE, "ask_genre"})


def _critic_named(text: str, intent: str | None, reading: Reading, store: FactStore) -> Reading:
    """A publisher of the store's reviews named, with nothing else read: the question is about what critics said."""
    if has_japanese(text):
        return reading
    found = _critic_span(text, store)
    if found is None:
        return reading
    # the critic's name read as someone the store does not hold ("what did <a review site> say?") is the critic
    inside = all(found[0] <= int(e["start"]) and int(e["end"]) <= found[1] for e in reading.entities)
    if (reading.intent or intent) not in CRITIC_REROUTED | {"ask_person"} or not inside:
        return reading
    if (reading.intent or intent) == "ask_person" and not reading.entities:
        return reading  # the classifier's own card of a person: someone is asked about, not what critics said
    critics = Reading(intent="ask_fact", why=[*reading.why, f"a critic named: {text[found[0] : found[1]]}"])
    critics.add("topic", "reviews", *found)
    return critics


# A publisher's name shorter than this is no name a message could be said to say.
MIN_CRITIC_NAME = 4
# Verbs of judging a work, before "by <whoever judged it>".
JUDGED_VERBS = frozenset("rated rate rates reviewed review reviews scored graded ranked judged".split())


def _verdict_of_an_unlisted_critic(
    text: str, intent: str | None, entities: list[dict[str, Any]], reading: Reading, store: FactStore, lexicon: Lexicon
) -> Reading:
    """ "How was <the title> rated by <a critic> of <a paper>?": one critic's verdict, by a name (capitalised) that is
    none of the store's reviewers, nor one of ours, nor a site or a service: "I don't know that ("rated by …")",
    never the maturity rating or what the store's critics said."""
    if (reading.intent or intent) not in CRITIC_REROUTED or has_japanese(text):
        return reading
    words = _Words.of(text)
    if not JUDGED_VERBS & set(words.words) or _critic_span(text, store):
        return reading
    ours = [e for e in entities if e.get("entity") in NAME_KINDS]
    named = {at for span in spans_of(words, ours) for at in range(span.start, span.end)}
    for at, word in enumerate(words.words[:-2]):
        if word not in JUDGED_VERBS or words.words[at + 1] != "by" or at + 2 in named:
            continue
        start, end = words.spans[at + 2]
        judge = text[start:end]
        if judge[:1].isupper() and judge.lower() not in lexicon.ordinary_names:
            return _not_held(words, [word, words.words[-1]], reading, "the verdict of a critic the store does not list")
    return reading


def _critic_span(text: str, store: FactStore) -> tuple[int, int] | None:
    """Where the message names a publisher of the reviews' sources ("<a review site>", with or without "the")."""
    names = _critic_names(store)
    match = names.search(text) if names is not None else None
    return (match.start(), match.end()) if match else None


def _critic_names(store: FactStore) -> re.Pattern[str] | None:
    """The publishers of the reviews' sources as people say them - no "the", no "(via <a mirror>)", no ".com" - as
    one pattern (once per store; None when the store has no reviews)."""
    if id(store) not in _CRITIC_NAMES:
        reviews = store.film.get("reviews")
        said = [
            str(s.publisher or "").split(" (")[0]
            for s in map(store.sources.get, reviews.sources if reviews else ())
            if s
        ]
        names = [re.sub(r"^the\s+|\.(?:com|net|org)$", "", name, flags=re.I) for name in said]
        names = [name for name in names if len(name) >= MIN_CRITIC_NAME]
        _CRITIC_NAMES.clear()
        _CRITIC_NAMES[id(store)] = (
            re.compile(r"\b(?:" + "|".join(map(re.escape, names)) + r")\b", re.I) if names else None
        )
    return _CRITIC_NAMES[id(store)]


_CRITIC_NAMES: dict[int, re.Pattern[str] | None] = {}


def _trade_in_general(text: str, entities: list[dict[str, Any]], lexicon: Lexicon) -> bool:
    """ "Why do directors make cameo appearances in their movies?": film-making's people in general, with no title,
    name or pointer of this film (bot/understanding/film_talk.py); refused whatever else its words read as."""
    if has_japanese(text) or any(e.get("entity") in NAME_KINDS for e in entities):
        return False
    words = tokens(text)
    if film_talk.trade_in_general(words) is None:
        return False
    # "it" is read as the film by the lexicon; film_talk tells the expletive "is it hard for actors to …" apart
    return all(hit.phrase in TOPIC_PRONOUNS for hit in lexicon.find(words, ("film",)))


def _read_part(
    text: str, intent: str | None, entities: list[dict[str, Any]], store: FactStore, lexicon: Lexicon
) -> Reading:
    """The reading of the message or of one of its parts (a clause, a sentence), checked against the kind of thing
    its wh-head asks; the message's polar form is checked once, on the whole message (`read`)."""
    return _kind_checked(text, intent, entities, _read_all(text, intent, entities, store, lexicon), store, lexicon)


# A yes/no question's claim no reader decides: "I don't know whether <the claim>" (actions/follow_on.py), alone, or
# followed by the classifier's card when that card is about the attribute the claim's words name.
OPEN_CLAIM = "polar_open"
OPEN_CLAIM_WITH_CARD = "polar_open_card"
# Entities with which a reading decides a yes/no question: a claim, a later clause's claim.
VERDICT_ENTITIES = frozenset({"claim", "also_claim"})
# Entities with which a reader (or the classifier) understood what the question is about: its answer is about that.
ANSWERING_ENTITIES = frozenset(
    {"attribute", "topic", "relation", "person", "character", "crew_role", "spoilers", "taste", "works_attribute"}
)
# Intents that set the conversation ("are there spoilers?" turns them on), not a claim about the film.
CONVERSATION_SETTINGS = frozenset({"spoilers_ok", "no_spoilers", "ask_source"})
# Intents whose reply is the assistant's answer about itself or its sources: a yes/no asked of it is theirs.
ASSISTANT_ANSWERS = frozenset({"bot_challenge", "help", "ask_source"})
# Intents whose reply answers no question about the film: a social formula, "didn't get that", a refusal.
NON_ANSWERS = frozenset({*NOT_QUESTIONS, *YES_NO_ANSWERS, FALLBACK, OUT_OF_SCOPE})


def _polar_form_checked(
    text: str, intent: str | None, entities: list[dict[str, Any]], reading: Reading, store: FactStore, lexicon: Lexicon
) -> Reading:
    """Every reading of a yes/no question (even the classifier's alone) gets its verdict or an honest "I don't know
    whether <the claim>" (bot/understanding/polar_form.py). Nothing changes when a claim was read, or when a reader
    understood what is asked (an entity, a re-route) and answers it. The claim is left open when the reply would
    be a social formula, "didn't get that", a refusal of a question about this film, "who do you mean?" with
    nobody named, or the classifier's card chosen alone, which follows the "I don't know" only when the claim's
    words name that card's attribute ("is it a tearjerker film?" -> the genre)."""
    if has_japanese(text) or ellipsis.more_of_the_same(tokens(text)):
        return reading  # "is there anything else?": more of the last answer, no claim to decide
    form = polar_form.polar_question(text, lexicon.yes_no_openers, _subject_names(store, lexicon))
    claimed = any(e.get("entity") in VERDICT_ENTITIES for e in [*entities, *reading.entities])
    one_sentence = not SENTENCE_BREAK.search(text.rstrip())
    if form is None and text.rstrip().endswith("?") and not claimed and one_sentence:
        # "I think it was a <kind> movie?", "maybe it is …?": the claim in the speaker's frame is the yes/no asked
        # (a claim a reader decided in the frame stands)
        canonical = claim_frames.canonical_claim(text)
        form = None if canonical is None else polar_form.polar_question(canonical, lexicon.yes_no_openers)
        if form is not None and _names_the_film_only(form, store, lexicon):
            form = None  # "did you know drawing closer film?": the film named, nothing claimed of it
    if form is None:
        return reading
    dropped = {(e.get("entity"), e.get("start"), e.get("end")) for e in reading.drop}
    kept = [e for e in entities if (e.get("entity"), e.get("start"), e.get("end")) not in dropped]
    kept += reading.entities
    extra = _said_beyond_a_credit(text, kept, store, lexicon)
    if extra:
        # "has <the author> written mysteries?", "does <the song> feature a guest guitarist?": the person holds the
        # credit, but the question asks more of it than the credit says; never a "Yes" from the credit alone
        opened = _left_open(form, entities, reading, None)
        opened.drop.extend(e for e in kept if e.get("entity") == "crew_role")
        opened.why.append(f"a credit claimed with more said: {' '.join(extra)}")
        return opened
    if any(e.get("entity") in VERDICT_ENTITIES for e in kept):
        return reading  # a claim read: its verdict, whatever else
    if _details_said(text, kept, store):
        return reading  # "is <the title> a pixar movie?": a detail of the film said, decided by the action
    final = reading.intent or intent
    unread = final in (OUT_OF_SCOPE, FALLBACK) or (
        final == "ask_fact" and reading.intent is None and not {e.get("entity") for e in kept} & ANSWERING_ENTITIES
    )
    if unread and not other_subject(reading) and _kind_of_film_claimed(form, store, lexicon):
        # "Possibly a horror or suspense movie?": the film's kind guessed, which its genres answer
        return _left_open(form, entities, reading, "ask_genre")
    if final == OUT_OF_SCOPE and (other_subject(reading) or not _said_of_this_film(form, store, lexicon)):
        return reading  # "will it rain tomorrow?": another subject, refused
    named = {e.get("entity") for e in kept}
    pointed = PRONOUNS & set(tokens(text))  # "is she in any other movies?": the conversation's person
    if final in PEOPLE_INTENTS and not pointed and not named & {"person", "character", "crew_role"}:
        return _left_open(form, entities, reading, None)  # "would kids like it?": nobody to ask "who?" about
    if final in ASSISTANT_ANSWERS and _of_someone_else(form):
        return _left_open(form, entities, reading, None)  # "did that make him famous?": of the one talked about
    if final in ASSISTANT_ANSWERS:
        return reading  # "is this an AI?", "is that from some random website?": the assistant answers of itself
    if final in NON_ANSWERS:  # "is that all?" is said of the conversation: its social reply stays
        if form.about_the_exchange:
            return reading
        if final == FALLBACK and not named & ANSWERING_ENTITIES and _nothing_of_this_film(text, store, lexicon):
            return Reading(intent=OUT_OF_SCOPE, why=[*reading.why, "a yes/no question of nothing of this film"])
        return _left_open(form, entities, reading, None)
    if final == "ask_novel" and _book_made_into_a_film(text, lexicon):
        # "has the novel been adapted into a movie?": yes, this film, which the novel's card says it adapts
        made = Reading(intent="ask_novel", why=[*reading.why, "yes/no the book made into a film: this one"])
        made.add("claim", f"{FILM_CLAIM}:a movie", form.start, form.end)
        return made
    # only the yes/no's own words: "That sounds scary! Are there any well known actors in it?" asks of the cast
    asked_only = " " * form.start + text[form.start : form.end] + " " * (len(text) - form.end)
    beyond = _unexplained(asked_only, kept, store, lexicon) if final in CARDS_OF_PEOPLE_AND_THINGS else []
    topic_card = final == "ask_fact" and bool(named & {"topic", "attribute"})  # the topic named is what is judged
    if beyond and not reading.entities and not topic_card:
        # "is <the director> a Razzie legend?", "do any of the actors get migraines?": the card of the person or
        # thing named, after "I don't know whether …", never as if it answered what else was asked of them
        opened = _left_open(form, entities, reading, final)
        # the card's subject stays (the song of "a full version of <its title>?")
        opened.drop = [e for e in opened.drop if e.get("entity") not in CARD_SUBJECTS]
        opened.entities += [e for e in reading.entities if e.get("entity") in CARD_SUBJECTS]
        opened.why.append(f"more asked of the card's subject: {' '.join(beyond)}")
        return opened
    if named & ANSWERING_ENTITIES or reading.intent is not None or final in CONVERSATION_SETTINGS:
        return reading  # a reader understood what is asked: its answer is about that
    if final == "ask_novel" and _said_beyond_the_novel(text[form.start : form.end], store, lexicon):
        # "is the book sad?", "was it published in America?": nothing the novel's card says decides it
        return _left_open(form, entities, reading, final)
    asked = _intents_named(text[form.start : form.end], lexicon)
    if final in asked:
        return reading  # "does it have a happy ending?": the card of the attribute its words name decides it
    # the classifier's card alone: context after the "I don't know" unless the words name another attribute, or no
    # word of the message is the card's ("does it support <a file format>?" is no question of the ending; "I hear
    # it's not family friendly. Is that true?" is of the rating)
    supported = default_evidence().supporting(str(final), tokens(text))
    context = not asked and bool(set(supported) - WEAK_WORDS - GENERAL_VERBS)
    return _left_open(form, entities, reading, final if context else None)


# Verbs of every topic: "does that make this a 'do not buy'?" is no question of the ending, though "does he make
# it?" is.
GENERAL_VERBS = frozenset({"make", "makes", "made", "get", "gets", "got", "take", "takes", "took", "go", "goes"})


def _said_beyond_the_novel(claim: str, store: FactStore, lexicon: Lexicon) -> bool:
    """Words of a yes/no claim about the book that its card never says, less chat around a claim and languages."""
    glue = CLAIM_GLUE | lexicon.title_languages["held"] | lexicon.title_languages["others"]
    return bool(card_coverage.said_beyond_the_novel(tokens(claim), store, glue))


# The cards a wh-question may get from the classifier (or a re-route of its refusal) with nothing else read: who a
# person is, what the novel is, the release. They answer "who is <X>?" and "when did it come out?", not "who was
# <X>'s first piano teacher?" nor "when was the novel first studied in schools?".
WH_CARDS = frozenset({"ask_person", "ask_crew", "ask_novel", "ask_release_date", "ask_director", "ask_other_work"})
# Words of a work made from another: a works list may name the one asked ("the novel used as a base for a movie").
ADAPTING_WORDS = frozenset({"base", "based", "basis", "adapted", "adaptation", "inspired", "source"})
REFUSALS = frozenset({OUT_OF_SCOPE, FALLBACK})
# How _check_fit says it re-routed an intent for an attribute asked ("out_of_scope does not answer theme_song").
DOES_NOT_ANSWER = " does not answer "
# Why the reader gave a thing's card: its wh-word asked the thing itself ("which song …?"), nothing more was read.
THING_ASKED_BY_WH = "the thing itself asked by its wh-word"
# Why the reader took a film described for this one ("the director of that tearjerker about a sick girl"): the
# description's words are understood.
DESCRIBED_BY_ITS_PREMISE = "this film described by its premise"


# Words that make any book the film's: one that exists ("there's a novel"), one it comes from ("based on a book"),
# one pointed at ("the book"), or someone's ("some of his books").
OUR_BOOK_WORDS = frozenset(
    "there there's theres the its this that his her their based adapted adaptation original source first".split()
)
# A book said with "a" or "my" ("find me a book about cancer", "renew my library books"): some book, not the film's
# novel.
SOME_BOOK = re.compile(r"\b(?:a|an|my)\s+(?:[a-z']+\s+){0,2}?(?:book|books|novel|novels)\b")


def _another_book_checked(
    text: str, intent: str | None, entities: list[dict[str, Any]], reading: Reading, lexicon: Lexicon
) -> Reading:
    """The novel's card for a message whose only book is some book, with nothing of this film in it: "find me a book
    about cancer" asks for another book (the refusal). "is there a book?", "is it based on a book?" ask of the
    film."""
    if (reading.intent or intent) != "ask_novel" or has_japanese(text) or reading.entities:
        return reading
    said = tokens(text)
    if lexicon.find(said, ("film",)) or any(e.get("entity") in NAME_KINDS for e in entities):
        return reading
    if not SOME_BOOK.search(text.lower()) or OUR_BOOK_WORDS & set(said):
        return reading
    return Reading(intent=OUT_OF_SCOPE, why=[*reading.why, "some book, not the film's"])


def _wh_card_checked(
    text: str, intent: str | None, entities: list[dict[str, Any]], reading: Reading, store: FactStore, lexicon: Lexicon
) -> Reading:
    """A wh-question whose answer would be a card chosen by the classifier alone, or by one word of a question it
    refused, while content words nothing explains are left: those words are what is asked, and the store holds
    nothing of them ("I don't know that"), never the card as if it answered them."""
    final = reading.intent or intent
    # the title's card answers what it is called and where its name comes from, never why anything else is so
    title_why = final == "ask_title" and "why" in _Words.of(text).words
    if final is None or (final not in WH_CARDS and not title_why) or has_japanese(text):
        return reading
    # a refusal re-routed for one attribute word of it (_check_fit), not a reader's understanding of it all
    rerouted = intent in REFUSALS and any(f"{intent}{DOES_NOT_ANSWER}" in why for why in reading.why)
    # "which song did <a> forget the words of during <an event>?": the thing's card, read from its wh-word alone
    by_wh = THING_ASKED_BY_WH in reading.why
    if not rerouted and not by_wh and (reading.intent is not None or reading.entities or reading.drop):
        return reading  # a reader understood what is asked
    if DESCRIBED_BY_ITS_PREMISE in reading.why:
        return reading
    words = _Words.of(text)
    starts = _clause_starts(words)
    asking = _one_wh_question(words) or _wh_head_noun(words.words) is not None  # "name the instruments in <it>"
    if len(starts) > 1 or not asking:
        return reading  # one wh-question only: a statement or several clauses are other readers' work
    dropped = {(e.get("entity"), e.get("start"), e.get("end")) for e in reading.drop}
    kept = [e for e in entities if (e.get("entity"), e.get("start"), e.get("end")) not in dropped]
    if final == "ask_person" and not any(e.get("entity") in NAME_KINDS for e in kept):
        return reading  # "who plays opposite <someone unknown>?": nobody of ours named, whose card it would be
    if final == "ask_other_work" and ADAPTING_WORDS & set(words.words):
        return reading  # "what novel by <the author> was used as a base for a movie?": the works list names it
    known = coverage.film_vocabulary(store, lexicon)
    evidence = default_evidence()
    described = card_coverage.describing_a_work(words.words)
    if final == "ask_release_date":  # "when was it shown in <a country>?": the card gives the release everywhere
        described = described | _country_words(words.words)
    extra = [
        w
        for w in _unexplained(text, kept + reading.entities, store, lexicon)
        if card_coverage.names_what_is_asked(w, known)
        and w not in described
        # a word the card's own training questions use ("based", "when did it hit netflix?") is its
        and not evidence.supporting(final, [w])
    ]
    # the classifier's own card is set aside for two words at least ("initial piano" teacher); a refusal re-routed
    # by one word of it, for one
    # one superlative is enough: "what's its longest book?" ranks what no card ranks
    ranking = any(w in card_coverage.RANKING_SUPERLATIVES for w in extra)
    # and one word a credit's card never says ("what instruments does <the song> use?"): its card is short
    unsaid = _unsaid_by_a_credit(extra, words.words, kept, store, lexicon) if final == "ask_crew" else []
    # and one word that heads what is asked ("what is the time signature of <the song>?"): the card says no such thing
    # or of "what (<a kind>) <a noun> is|does …?" ("what musical instrument is played by <a>?"): the noun that ends
    # the wh-phrase, right before its verb
    at = _wh_head_at(words.words)
    before_verb = [
        w
        for j, w in enumerate(words.words[at : at + HEAD_WORDS] if at is not None else (), start=at or 0)
        if words.words[j + 1 : j + 2] and words.words[j + 1] in QUESTION_AUXILIARIES
    ]
    headed = bool(set(extra) & {*_wh_head(words.words), *before_verb})
    # and one word of a why-question: a card says who, what or when, never why ("why does <a service> censor it?")
    reason = "why" in words.words
    if len(extra) < (1 if rerouted or ranking or unsaid or headed or reason else 2):
        return reading
    checked = _not_held(words, extra, reading, "a card would not answer")
    checked.drop.extend(e for e in kept if e.get("entity") in ("crew_role", "attribute", "topic"))
    return checked


WHO_ASKS_THE_DOER = frozenset({"who", "whom"})


def _doer_of_a_deed_checked(
    text: str, intent: str | None, entities: list[dict[str, Any]], reading: Reading, store: FactStore, lexicon: Lexicon
) -> Reading:
    """ "Who told <a> about …?", "who saved <a>?": "who" asks who did the deed to the one named, which no reader
    placed (not a part played, not a relation of the story); the card of the one named says who they are, never who
    did it: "I don't know that about <a> ("told …")"."""
    if (reading.intent or intent) not in NAME_CARDS or reading.entities or has_japanese(text):
        return reading
    if reading.intent and not set(reading.why) <= NAME_ONLY_WHYS:
        return reading  # a reader understood what is asked (not a card for a name alone)
    words = _Words.of(text)
    if not SOMEONE_ELSE_ASKED & set(words.words) and (not words.words or words.words[0] not in WHO_ASKS_THE_DOER):
        return reading  # no "who", "whose" or "whom" asks for someone
    named = spans_of(words, [e for e in entities if e.get("entity") in NAME_KINDS])
    unexplained = _unexplained(text, entities, store, lexicon)
    owner_asked = _someone_asked_beside_a_deed(words.words, named, unexplained)
    if owner_asked is not None:
        return _not_held(words, owner_asked, reading, "someone asked beside a deed of the one named")
    if len(words.words) < 3 or words.words[0] not in WHO_ASKS_THE_DOER:
        return reading
    verb = words.words[1]
    if verb not in unexplained or any(OSA.distance(verb, aux) <= 1 for aux in QUESTION_AUXILIARIES):
        return reading  # "who dose <a> play?", "who si <a>?": an auxiliary typed with a typo, no deed
    if not any(span.start in (2, 3) for span in named):  # "who told <a>", "who told the <a>"
        return reading
    return _not_held(words, [verb], reading, "who did a deed to the one named")


# Wh-words of someone other than the subject: "in whose house did <a> live?", "with whom did <a> travel?".
SOMEONE_ELSE_ASKED = frozenset({"whose", "whom"})


def _someone_asked_beside_a_deed(
    words: list[str], named: list[coverage.Span], unexplained: list[str]
) -> list[str] | None:
    """ "In whose house did <a> take shelter?", "with whom did <a> travel?": "whose"/"whom" then an auxiliary and the
    one named as the subject; the words nothing explains after the name are the deed (None when there is none)."""
    for at, word in enumerate(words):
        if word not in SOMEONE_ELSE_ASKED:
            continue
        aux = next((i for i in range(at + 1, min(at + 4, len(words))) if words[i] in QUESTION_AUXILIARIES), None)
        if aux is None or not any(span.start == aux + 1 for span in named):
            return None
        deed = [w for w in words[aux + 1 :] if w in unexplained]
        return deed or None
    return None


def typed_as_a_search_counting_names(text: str, entities: list[dict[str, Any]], lexicon: Lexicon) -> bool:
    """A few words typed as a search (bot/understanding/clauses.py), a name or a title counting as one word:
    "<the title> <a person's full name> interview" is three."""
    if clauses.typed_as_a_search(text):
        return True
    if clauses.is_question(text) or "." in text.strip(".") or has_japanese(text):
        return False
    words = _Words.of(text)
    named = [(s.start, s.end) for s in spans_of(words, [e for e in entities if e.get("entity") in NAME_KINDS])]
    named += [(h.start, h.end) for h in lexicon.find(words.words, ("film",))]
    inside = {i for start, end in named for i in range(start, end)}
    units = len([i for i in range(len(words.words)) if i not in inside]) + len(named)
    return clauses.SEARCH_MIN_WORDS <= units <= clauses.SEARCH_MAX_WORDS and len(words.words) <= SEARCH_MAX_TYPED


SEARCH_MAX_TYPED = 8  # names and titles included


# What a search typed as a few words may get for the names in it: a card, or what the classifier alone guessed.
# (and no reading at all: "<the title> interview" is a search of what the store does not hold, understood)
SEARCHED_CARDS = WH_CARDS | {"ask_character", "ask_genre", "ask_plot", "ask_who_plays", "ask_cast", FALLBACK}


def _searched_card_checked(
    text: str, intent: str | None, entities: list[dict[str, Any]], reading: Reading, store: FactStore, lexicon: Lexicon
) -> Reading:
    """ "<a band> concert tours", "<a singer> song remix": a few words typed as a search, no question, whose last
    word is the noun searched (the words before it only modify it). When nothing read explains that noun and no
    training question of the card uses it, the store holds nothing of the kind: "I don't know that about <them>",
    never the card of the name before it. A reader's own understanding of the words stays."""
    final = reading.intent or intent
    if final not in SEARCHED_CARDS or has_japanese(text) or reading.entities or reading.drop:
        return reading
    rerouted = intent in REFUSALS and any(DOES_NOT_ANSWER in why for why in reading.why)
    if reading.intent is not None and not rerouted and not set(reading.why) <= NAME_ONLY_WHYS:
        return reading  # a reader understood what is asked
    if not typed_as_a_search_counting_names(text, entities, lexicon):
        return reading
    words = _Words.of(text)
    ours = any(e.get("entity") in (*NAME_KINDS, "crew_role") for e in entities) or _film_named(words, lexicon)
    if not ours:
        return reading  # "list those instruments": nothing of ours searched, the evidence check refuses it
    said = [w for w in words.words if w.isalnum()]
    if not said or said[-1] != words.words[-1]:
        return reading
    known = coverage.film_vocabulary(store, lexicon)
    evidence = default_evidence()
    unexplained = set(_unexplained(text, entities, store, lexicon))
    head = words.words[-1]
    unowned = _thing_no_card_of_theirs_says(words, entities, store, lexicon)
    if unowned is not None:
        checked = Reading(intent="ask_fact", why=[*reading.why, f"a thing searched that their card never says: {head}"])
        checked.add("attribute", person_asked.ASKED_OF_PERSON, *words.chars(unowned, len(words.words)))
        return checked
    if head not in unexplained or not card_coverage.names_what_is_asked(head, known, glue_typos=False):
        return reading
    thing = _thing_searched_whole(words, lexicon)
    if thing is not None and not any(e.get("entity") in NAME_KINDS for e in entities):
        # "<the title> comic": one of this film's things, searched whole, is what the store holds of it
        attribute = lexicon.attributes[thing]
        answering = attribute.intent_for("film")
        found = Reading(intent="ask_fact" if answering == UNHELD else answering, why=[*reading.why, f"a thing: {head}"])
        if answering == UNHELD:
            found.add("attribute", thing, *words.chars(len(words.words) - 1, len(words.words)))
        part = novel_reading.part_of_novel(words.words) if answering == "ask_novel" else None
        if part is not None:  # the manga is a part of the novel's answer
            found.add("attribute", part[0], *words.chars(part[1], part[2]))
        return found
    if evidence.supporting(final, [head]):
        return reading  # "<the title> synopsis": a word the card's own questions use
    first = len(words.words) - 1
    while first > 0 and words.words[first - 1] in unexplained:
        first -= 1  # "concert tours": the nouns before the head that nothing explains either
    checked = Reading(intent="ask_fact", why=[*reading.why, f"a search for what no card says: {head}"])
    checked.add("attribute", person_asked.ASKED_OF_PERSON, *words.chars(first, len(words.words)))
    return checked


def _thing_searched_last(words: _Words, lexicon: Lexicon) -> tuple[int, OwnedThing] | None:
    """Where the film's thing a search ends on starts, after other words ("<a composer> mv", "<the title> comic"),
    and the thing; None when it ends on none."""
    for phrase, thing in lexicon.owned_thing_phrases:
        start = len(words.words) - len(phrase)
        if start > 0 and tuple(words.words[start:]) == phrase:
            return start, thing
    return None


def _thing_searched_whole(words: _Words, lexicon: Lexicon) -> str | None:
    """The attribute that answers whatever is asked of the film's thing the search ends on ("<the title> comic":
    the manga, on the novel's card), or None."""
    searched = _thing_searched_last(words, lexicon)
    return searched[1].answer(ANY_ATTRIBUTE) if searched is not None else None


def _thing_no_card_of_theirs_says(
    words: _Words, entities: list[dict[str, Any]], store: FactStore, lexicon: Lexicon
) -> int | None:
    """ "<a composer> mv": a thing of this film (the music video, the trailer) searched with one of ours, whose card
    says none of the thing's phrases whole: where the thing's words start, else None (someone whose card says "music
    video" keeps the card)."""
    named = [e for e in entities if e.get("entity") in NAME_KINDS]
    searched = _thing_searched_last(words, lexicon) if len(named) == 1 else None
    if searched is None:
        return None
    start, thing = searched
    match = store.resolve_one(str(named[0].get("value")), (str(named[0].get("entity")),))
    if match is None:
        return None
    said = card_coverage.card_words(store, match.kind, match.id, lexicon.synonyms)
    spoken = any(all(card_coverage.speaks_to(w, said) for w in tokens(words_of)) for words_of in thing.words)
    return None if spoken else start


def _country_words(words: list[str]) -> frozenset[str]:
    """The words of the country names said in `words` ("united", "kingdom")."""
    found: set[str] = set()
    for at in range(len(words)):
        named = countries.country_named(words[at:])
        if named is not None:
            found.update(words[at : at + named[1]])
    return frozenset(found)


def _ending_checked(
    text: str, intent: str | None, entities: list[dict[str, Any]], reading: Reading, store: FactStore, lexicon: Lexicon
) -> Reading:
    """The classifier's ending, alone, for a wh-question of a scene: "when does <a> get upset?", "how much does <a>
    spend on art supplies?". Content words that nothing read explains and that no question about the ending uses are
    what is asked, and the store holds nothing of them: "I don't know that", never the spoiler question. A word of
    the ending's own ("end", "die", "fate") keeps the ending, whatever else is said."""
    if (reading.intent or intent) != "ask_ending" or reading.intent or reading.entities or reading.drop:
        return reading
    words = _Words.of(text)
    if has_japanese(text) or len(_clause_starts(words)) > 1 or not _one_wh_question(words):
        return reading
    # "how is the <a part>?" judges a part of the film, no way things happen
    judged = words.words[1:2] and words.words[1] in coverage.COPULAS and words.words[2:3] == ["the"]
    if words.words[0] == "why" or (
        words.words[0] == "how" and words.words[1:2] not in (["much"], ["many"]) and not judged
    ):
        return reading  # a reason or a way, which the ending may give ("why does he go to the hospital?")
    known = coverage.film_vocabulary(store, lexicon)
    evidence = default_evidence()
    extra = [
        w
        for w in _unexplained(text, entities, store, lexicon)
        if card_coverage.names_what_is_asked(w, known) and not evidence.supporting("ask_ending", [w])
    ]
    if not extra or any(_ending_word(w, evidence) for w in words.words):
        return reading  # a word of the ending's own: the ending is asked, whatever else is said
    return _not_held(words, extra, reading, "the ending would not answer")


def _fate_of_a_relative_checked(
    text: str, entities: list[dict[str, Any]], reading: Reading, store: FactStore
) -> Reading:
    """ "How did <a>'s mother die?": the ending read from a fate word of a relative whom the ending never names (or
    whom the store does not hold): the ending tells nothing of them, so "I don't know that about <the relative>",
    never the spoiler question of someone else's fate."""
    if reading.intent != "ask_ending" or has_japanese(text):
        return reading
    relations = [e for e in reading.entities if e.get("entity") == "relation"]
    named = [e for e in entities if e.get("entity") == "character"]
    if len(relations) != 1 or len(named) != 1:
        return reading
    anchor = store.resolve_one(str(named[0].get("value")), ("character",))
    if anchor is None:
        return reading
    relatives = _relatives_of(store, anchor.id, relations[0])
    if int(named[0]["start"]) <= int(relations[0]["start"]) and int(relations[0]["end"]) <= int(named[0]["end"]):
        relatives = {anchor.id}  # "<a>'s father" is the father's own name in the store
    if len(relatives) > 1:
        return reading
    relative = store.characters[next(iter(relatives))] if relatives else None
    if relative is not None:
        parts = [part for part in tokens(relative.name) if len(part) >= MIN_NAMED_IN_A_FACT]
        ending = " ".join(point.text for point in store.ending).lower()
        if any(re.search(rf"\b{re.escape(part)}\b", ending) for part in parts):
            return reading  # the ending tells of them
        said = card_coverage.card_words(store, "character", relative.id)
        if any(card_coverage.speaks_to(word, said) for word in DEATH_WORDS):
            # "how did <a>'s father die?" when the father's card tells his death: the card answers
            told = Reading(intent="ask_character", why=[*reading.why, "a relative whose card tells the death"])
            told.entities = list(reading.entities)
            return told
    words = _Words.of(text)
    said_at = next((i for i, (start, _) in enumerate(words.spans) if start >= int(relations[0]["end"])), None)
    if said_at is None:
        return reading
    checked = _not_held(words, [words.words[said_at]], reading, "a relative whom the ending never names")
    if relative is not None:
        _relative_stands_for(checked, named[0], relations[0], relative)
    return checked


# Words that ask of one of a group's people, not the group: "is the <group> singer married?".
GROUP_PERSON_NOUNS = people_reading.MEMBER_NOUNS | frozenset(
    {"guy", "girl", "boy", "man", "woman", "singer", "vocalist", "one", "who", "whose", "he", "she", "his", "her"}
)


def _group_is_the_subject(words: _Words, member: dict[str, Any], lexicon: Lexicon) -> bool:
    """ "Was <a group> very famous around the world?": a yes/no question whose subject, right after its first word,
    is the group a person of ours belongs to, with no word of one of its people."""
    if not _asks_yes_or_no(words, lexicon) or GROUP_PERSON_NOUNS & set(words.words):
        return False
    return len(words.spans) > 1 and words.spans[1][0] == int(member["start"])


def _about_someone_named(words: _Words, at: int, people: list[dict[str, Any]]) -> bool:
    """Whether "about" stands at `at`, right before the name of a real person ("the book about <an actor>'s …")."""
    if words.words[at : at + 1] != ["about"]:
        return False
    start = at + 1 + (words.words[at + 1 : at + 2] == ["the"])
    return any(span.start == start for span in spans_of(words, people))


def _book_about_someone(words: _Words, entities: list[dict[str, Any]]) -> Reading | None:
    """ "What kind of book was the book about <a band>?": a book about one of our real people, which no source
    names (the reply names them), never the novel."""
    people = [e for e in entities if e.get("entity") == "person"]
    spans = [(span.start, span.end) for span in coverage.entity_spans(words.spans, people)]
    at = novel_reading.book_about_someone(words.words, spans)
    if at is None:
        return None
    return _not_held(words, [words.words[at]], Reading(), "a book about someone")


def _not_held(words: _Words, asked: list[str], reading: Reading, why: str) -> Reading:
    """ "I don't know that about <X> ("<the words asked>")", or with nobody named "I don't know that ("…")": the
    words from the first of `asked` on are what the store does not hold."""
    span = card_coverage.words_asked(words.words, asked)
    checked = Reading(intent="ask_fact", why=[*reading.why, f"{why}: {' '.join(asked)}"])
    checked.add("attribute", person_asked.ASKED_OF_PERSON, *words.chars(span.start, span.end))
    return checked


# Words of how a story or a life ends that the ending's training questions may not use ("what was <a>'s fate?").
FATE_NOUNS = frozenset({"fate", "death", "outcome", "conclusion", "resolution", "twist", "epilogue", "survives"})


def _words_of_the_ending(words: _Words) -> bool:
    evidence = default_evidence()
    return any(_ending_word(w, evidence) for w in words.words)


def _ending_word(word: str, evidence: IntentEvidence) -> bool:
    """A word the ending's questions use more than any other intent's ("end", "die", "happen"), or one of fate."""
    if word in FATE_NOUNS or word in FATE_WORDS:
        return True
    known = evidence.known_as(stem(word))
    return known is not None and "ask_ending" in evidence.leading.get(known, ())


def _credit_card_checked(
    text: str, intent: str | None, entities: list[dict[str, Any]], reading: Reading, store: FactStore, lexicon: Lexicon
) -> Reading:
    """ "What instruments does the song <its title> use?": the card of a credit held with a work (the theme song),
    read from the work named, for a wh-question with a content word the card never says: "I don't know that"."""
    if (reading.intent or intent) != "ask_crew" or reading.drop or has_japanese(text):
        return reading
    if not reading.entities or any(e.get("entity") != "crew_role" for e in reading.entities):
        return reading  # the classifier's card alone is _wh_card_checked's; anything else read is understood
    words = _Words.of(text)
    asking = _one_wh_question(words) or _wh_head_noun(words.words) is not None  # "name the instruments in <it>"
    # a statement the classifier refused, read as the card of the work it names ("even a casual fan can recognise
    # <the song> from the drums alone"): a trivia claim, of which the card must say the words
    stated = intent in REFUSALS and not asking and not polar_form.polar_question(text, lexicon.yes_no_openers)
    if len(_clause_starts(words)) > 1 or not (asking or stated):
        return reading
    known = coverage.film_vocabulary(store, lexicon)
    evidence = default_evidence()
    extra = [
        w
        for w in _unexplained(text, [*entities, *reading.entities], store, lexicon)
        if card_coverage.names_what_is_asked(w, known) and not evidence.supporting("ask_crew", [w])
    ]
    named = [*entities, *reading.entities]
    unsaid = _unsaid_by_a_credit(extra, words.words, named, store, lexicon, any_word=stated)
    if len(unsaid) < (STATED_UNSAID_MIN if stated else 1):
        return reading
    return _not_held(words, unsaid, reading, "the credit's card does not say")


# Words a refused statement says of a credit's work that its card never says, before it is no reading of the card
# (one may be a filler: "<a singer> once was a singer").
STATED_UNSAID_MIN = 2


def _unsaid_by_a_credit(
    extra: list[str],
    words: list[str],
    entities: list[dict[str, Any]],
    store: FactStore,
    lexicon: Lexicon,
    any_word: bool = False,
) -> list[str]:
    """The words of `extra` that the card of the one credit named (a crew role held with a work, the theme song)
    never says: of a question, only its head noun; of a statement (`any_word`), any."""
    said_roles = (store.role(str(e.get("value") or "")) for e in entities if e.get("entity") == "crew_role")
    roles = {r for r in said_roles if r is not None and r in store.crew}
    credits = [store.crew[r] for r in roles if store.crew[r].work is not None]
    if len(credits) != 1:
        return []
    said = card_coverage.credit_card_words(store, credits[0].role, lexicon.synonyms)
    # only the noun a "what"/"which" asks for ("what instruments …"): a word describing the song or how it was used
    # ("the melancholy ballad", "used as the theme song") asks no new thing of it; a word before the noun may be its
    # kind ("the musical instrument")
    at = _wh_head_at(words)
    heads = set(words[at : at + HEAD_WORDS]) if at is not None else set()
    return [w for w in extra if (any_word or w in heads) and not card_coverage.speaks_to(w, said)]


# Words between "what"/"which" and the noun it asks for: "what kind of instruments".
WH_HEAD_LEAD_INS = frozenset({"kind", "kinds", "type", "types", "sort", "sorts", "of"})


# Requests that name what they want first: "name the instrument used in <the song>", "show me all vocal types …".
THING_REQUESTS = (*existence.LISTING_OPENERS, ("show", "me"))
# Words between a request and its noun, and the nouns that ask for whatever is known ("give me details of <X>").
REQUEST_HEAD_LEAD_INS = WH_HEAD_LEAD_INS | {"the", "all", "a", "an", "any", "some", "its"}
GENERAL_REQUEST_HEADS = information_asked.FILLERS | {"detail", "everything", "facts", "something", "anything"}
# A fragment asks for its first noun: "rhythm and chords of <the song>?".
FRAGMENT_LINKS = (["of"], ["and"])
HEAD_WORDS = 2  # the head noun and the word after it: "vocal types", "musical instrument"


def _wh_head_noun(words: list[str]) -> str | None:
    """The noun a question asks for first: right after an opening "what"/"which" (past "kind of"): "what
    instruments does <the song> use?"; after a request ("name the instrument used in <the song>"); or a fragment's
    own first noun ("rhythm and chords of <the song>?")."""
    at = _wh_head_at(words)
    return None if at is None else words[at]


def _wh_head_at(words: list[str]) -> int | None:
    """Where _wh_head_noun's noun stands."""
    if words[:1] in (["what"], ["which"]):
        rest = [i for i in range(1, min(4, len(words))) if words[i] not in WH_HEAD_LEAD_INS]
        return rest[0] if rest else None
    request = next((len(r) for r in THING_REQUESTS if tuple(words[: len(r)]) == r), 0)
    if request:
        rest = [i for i in range(request, min(request + 4, len(words))) if words[i] not in REQUEST_HEAD_LEAD_INS]
        return rest[0] if rest and words[rest[0]] not in GENERAL_REQUEST_HEADS else None
    return 0 if words[1:2] in FRAGMENT_LINKS else None


# Cards of one of the film's people.
NAME_CARDS = frozenset({"ask_character", "ask_person"})
# Why the reader gave such a card for a name alone (a question it refused that names someone of ours).
NAMES_THE_FILMS_PEOPLE = "names the film's people"
# Why it gave it for a name asked of the assistant ("what do you know about <a name>?").
ASKS_THE_ASSISTANT_ABOUT_SOMEONE = "asks the assistant about someone named"
# Why it gave a character's card for a question of the book that names a character.
BOOK_WORD_BESIDE_A_CHARACTER = "the book word was beside the question; it asks about a character"


def _named_before_the_japanese_question(text: str, names: list[dict[str, Any]], store: FactStore) -> bool:
    """ "<a band>ですか。いいですね。今から楽しみですよね？": in Japanese, the ones named are all in sentences that ask
    nothing, and the sentences that ask name none of them."""
    if not has_japanese(text):
        return False
    # (a title that ends on "。" ends no sentence)
    spans = japanese_coverage.sentences(text, japanese_titles_said(text, store))
    asking = [(a, b) for a, b in spans if text[a:b].rstrip().endswith(("？", "?"))]
    return bool(asking) and not any(a <= int(n.get("start") or 0) < b for n in names for a, b in asking)


def _wh_phrase_why(kind: str, subject: str, key: str | None) -> str:
    return f"the wh-phrase asks a {kind} of the {subject}; {key} gives none"


NAME_ONLY_WHYS = frozenset({NAMES_THE_FILMS_PEOPLE, _wh_phrase_why("reason", "character", "ask_person")})
# Why a reader gave a name's card, from the name alone or the classifier's intent re-routed: the card is still
# checked against the words asked.
JAPANESE_NAME_ROUTES = NAME_ONLY_WHYS | {ASKS_THE_ASSISTANT_ABOUT_SOMEONE, BOOK_WORD_BESIDE_A_CHARACTER}


def _name_card_checked(
    text: str, intent: str | None, entities: list[dict[str, Any]], reading: Reading, store: FactStore, lexicon: Lexicon
) -> Reading:
    """A question that gets the card of a character, or of anyone for a question the classifier refused, only because
    it names them: a content word that nothing read explains and the card itself never says is what is asked
    ("what is <a character>'s accent?", "why was <a character> disgraced?"), and the store holds nothing of it
    ("I don't know that"), never the card as if it answered it. One such word is enough: the card says who someone
    is, and the words of asking that are its own training questions' or its own text's."""
    final = reading.intent or intent
    if final == "ask_character" and not has_japanese(text) and not reading.drop:
        relative = _relative_card_checked(text, entities, reading, store, lexicon)
        if relative is not None:
            return relative
    if final not in NAME_CARDS | {"ask_who_plays"} or has_japanese(text) or reading.entities or reading.drop:
        return reading
    if not set(reading.why) <= NAME_ONLY_WHYS:
        return reading  # a reader understood what is asked
    if final == "ask_who_plays" and reading.why:
        return reading  # a reader chose the actor
    rerouted = intent in REFUSALS and bool(reading.why)
    words = _Words.of(text)
    starts = _clause_starts(words)
    several = len(starts) > 1
    # several clauses are other readers' work, unless only the name overturned the classifier's refusal: then
    # nothing read what they ask ("how does <a> make deductions …, yet struggle …?")
    if not words.words or (several and not rerouted):
        return reading
    if final == "ask_who_plays" and _portrays(words.words, lexicon):
        return reading  # "who takes the role of <a>?", "who brings <a> to life?": who plays <a>, however said
    named = [e for e in entities if e.get("entity") in NAME_KINDS]
    found = [store.resolve_one(str(e.get("value")), (str(e.get("entity")),)) for e in named]
    if not found or None in found:
        return reading
    cards = [m for m in found if m is not None and (rerouted or m.kind == "character")]
    if len(cards) != len(found):
        return reading  # a person's card for the classifier's own reading: _wh_card_checked's matter
    apart = None if several else _two_characters_apart(words, named, found, reading, store, lexicon)
    if apart is not None:
        return apart
    if final == "ask_who_plays":
        said: frozenset[str] = frozenset()  # an actor's name says nothing else asked ("who was consoling <a>?")
    else:
        said = frozenset().union(*(card_coverage.card_words(store, m.kind, m.id, lexicon.synonyms) for m in cards))
    known = coverage.film_vocabulary(store, lexicon)
    evidence = default_evidence()
    described = card_coverage.describing_a_work(words.words)
    extra = [
        w
        for w in _unexplained(text, entities, store, lexicon)
        if card_coverage.names_what_is_asked(w, known)
        and w not in described
        and not card_coverage.speaks_to(w, said)
        and w not in card_coverage.STORY_ASKING_WORDS
        and not evidence.supporting(final, [w])
        and w not in SEARCH_WORDS
    ]
    if several:
        # of several clauses, the one naming them says what is asked of them ("<a>? like, the main character?"
        # asks who <a> is; "how does <a> make deductions …, yet …?" asks a detail); a word that only sets a remark
        # off ("i don't know much about <a> though") asks nothing
        said_of_them = set(_words_of_clauses_naming(words, starts, named)) - REMARK_MARKERS
        extra = [w for w in extra if w in said_of_them]
    if not extra:
        return reading
    return _not_held(words, extra, reading, "the card does not say")


# Words that set a remark off without saying anything of its subject.
REMARK_MARKERS = frozenset({"though", "tho", "anyway", "anyways", "actually", "honestly", "btw", "lol", "haha", "edit"})


def _words_of_clauses_naming(words: _Words, starts: list[int], named: list[dict[str, Any]]) -> list[str]:
    """The words of the clauses (their first words at `starts`) that name one of `named`."""
    ends = [*starts[1:], len(words.words)]
    found: list[str] = []
    for start, end in zip(starts, ends, strict=True):
        first, last = words.spans[start][0], words.spans[end - 1][1]
        if any(first <= int(e.get("start", -1)) < last for e in named):
            found.extend(words.words[start:end])
    return found


# Words of a search typed to an assistant ("search <a name> on youtube"): who they are is what it finds.
SEARCH_WORDS = frozenset({"search", "google", "youtube", "wikipedia", "wiki", "bing", "lookup"})


def _two_characters_apart(
    words: _Words,
    named: list[dict[str, Any]],
    found: list[Match | None],
    reading: Reading,
    store: FactStore,
    lexicon: Lexicon,
) -> Reading | None:
    """ "Why does <a> want to go out with <b>?", "who did <a> introduce to <b>?": something between two characters
    named apart, which the card answered (the first named's) never says - "I don't know that"; None when fewer than
    two characters (an actor and a character is a casting claim), when the names stand side by side or each after
    the same question ("who are <a> and <b>?", "who plays <a> and who plays <b>?"), or when the card says every word
    between them ("what does <a> teach <b>?" when it says so)."""
    characters = {m.id for m in found if m is not None and m.kind == "character"}
    if len(characters) < 2 or any(m is None or m.kind != "character" for m in found):
        return None
    if _names_coordinated(words, named):
        return None
    start, end = _said_between_names(words, named)
    first = min(zip(named, found, strict=True), key=lambda pair: int(pair[0]["start"]))[1]
    answered = card_coverage.card_words(store, first.kind, first.id, lexicon.synonyms) if first else frozenset()
    between = [
        w
        for w, (a, b) in zip(words.words, words.spans, strict=False)
        if start <= a and b <= end and w.isalpha() and w not in coverage.FUNCTION_WORDS
    ]
    if between and all(card_coverage.speaks_to(w, answered) for w in between):
        return None
    if between and set(between) <= MEETING_WORDS and words.words[:1] in (["how"], ["where"]):
        # "how does <a> meet <b>?": how the story begins, which its premise tells
        return Reading(intent="ask_plot", why=[*reading.why, "how two characters meet: the premise"])
    checked = Reading(intent="ask_fact", why=[*reading.why, "a card of one of two characters named apart"])
    checked.add("attribute", person_asked.ASKED_OF_PERSON, start, end)
    return checked


# Words of two characters meeting: "how does <a> first meet <b>?".
MEETING_WORDS = frozenset({"meet", "meets", "met", "first", "end", "up", "ends"})


def _relative_card_checked(
    text: str, entities: list[dict[str, Any]], reading: Reading, store: FactStore, lexicon: Lexicon
) -> Reading | None:
    """ "Why did <a>'s dad get upset?": a relative's card, read from one relation word, for a wh-question with a
    content word that card never says: "I don't know that about <the relative>" (None when that does not hold)."""
    relations = [e for e in reading.entities if e.get("entity") == "relation"]
    if len(relations) != 1 or len(reading.entities) != 1 or not set(reading.why) <= {"relation"}:
        return None
    words = _Words.of(text)
    if not words.words or len(_clause_starts(words)) > 1 or not _one_wh_question(words):
        return None
    named = [e for e in entities if e.get("entity") == "character"]
    anchor = store.resolve_one(str(named[0].get("value")), ("character",)) if len(named) == 1 else None
    if anchor is None:
        return None
    relatives = _relatives_of(store, anchor.id, relations[0])
    if len(relatives) != 1:
        return None
    relative = store.characters[next(iter(relatives))]
    said = card_coverage.card_words(store, "character", relative.id, lexicon.synonyms)
    known = coverage.film_vocabulary(store, lexicon)
    described = card_coverage.describing_a_work(words.words)
    evidence = default_evidence()
    extra = [
        w
        for w in _unexplained(text, [*entities, *reading.entities], store, lexicon)
        if card_coverage.names_what_is_asked(w, known)
        and w not in described
        and w not in CHARACTER_TITLE_WORDS  # "the mother of fictional character <a>"
        and not card_coverage.speaks_to(w, said)
        and w not in card_coverage.STORY_ASKING_WORDS
        and not evidence.supporting("ask_character", [w])
    ]
    if not extra:
        return None
    checked = _not_held(words, extra, reading, "the relative's card does not say")
    _relative_stands_for(checked, named[0], relations[0], relative)
    return checked


def _relatives_of(store: FactStore, character_id: str, relation: dict[str, Any]) -> set[str]:
    """The characters a relation word (an entity: "mum", "parents") names of one character."""
    return {r.object for r in store.related(character_id, relation_keys(str(relation.get("value"))))}


def _relative_stands_for(
    checked: Reading, owner: dict[str, Any], relation: dict[str, Any], relative: Character
) -> None:
    """The relative stands for the owner's name and the relation word: "I don't know that about <the relative>"."""
    start = min(int(owner["start"]), int(relation["start"]))
    end = max(int(owner["end"]), int(relation["end"]))
    checked.drop.append(owner)
    checked.add("character", relative.name, start, end)


# Words of playing a part, however said: a who-question with one of them asks who plays the character named.
PORTRAYAL_WORDS = PLAY_WORDS | frozenset(
    """role roles part parts as portray portraying star stars starred starring act acts acted acting embody embodies
    embodied embodying voice voices voiced casted casting performs performed performing appears appeared""".split()
)
GIVING = frozenset({"give", "gives", "gave", "giving", "given"})


def _portrays(words: list[str], lexicon: Lexicon) -> bool:
    """A word of playing a part, or "brings <a> to life", "gave life to <a>"; not "played football", "plays the
    piano": a game or an instrument played."""
    if any(w in PORTRAYAL_WORDS and not _plays_a_game(words, at, lexicon) for at, w in enumerate(words)):
        return True
    pairs = list(zip(words, words[1:], strict=False))
    return ("to", "life") in pairs or any(
        (a, b) == ("life", "to") and i and words[i - 1] in GIVING for i, (a, b) in enumerate(pairs)
    )


# Games and sports played: "<a> played football" plays no part.
GAMES_PLAYED = frozenset(
    """football soccer baseball basketball tennis golf rugby hockey volleyball cricket chess cards games game sports
    sport""".split()
)


def _plays_a_game(words: list[str], at: int, lexicon: Lexicon) -> bool:
    """Whether the word at `at` is a verb of playing whose object (past an article) is a game or an instrument."""
    if words[at] not in PLAY_WORDS:
        return False
    after = words[at + 1 : at + 3]
    if after[:1] and after[0] in ("the", "a", "some"):
        after = after[1:]
    played = after[0] if after else ""
    return played in GAMES_PLAYED or played in lexicon.person_evidence.get(INSTRUMENT_EVIDENCE, ())


# What may join names said together: "who are <a> and <b>?", "tell me about <a>, <b> & <c>".
NAME_JOINERS = frozenset({"and", "&", ",", "or", "/", "plus"})


def _names_coordinated(words: _Words, names: list[dict[str, Any]]) -> bool:
    """Whether the names stand side by side, joined by "and" or a comma, as one subject ("who are <a> and <b>?"), or
    each after the same question ("who plays <a> and (then) who plays <b>?"): nothing else between."""
    ordered = sorted(names, key=lambda e: int(e["start"]))
    opening = {w for w, (_, b) in zip(words.words, words.spans, strict=False) if b <= int(ordered[0]["start"])}
    for before, after in zip(ordered, ordered[1:], strict=False):
        between = [
            w for w, (a, b) in zip(words.words, words.spans, strict=False) if before["end"] <= a and b <= after["start"]
        ]
        if not between or not set(between) <= NAME_JOINERS | opening | {"then", "also"}:
            return False
    return True


def _said_between_names(words: _Words, names: list[dict[str, Any]]) -> tuple[int, int]:
    """The characters of what is said of two names apart: between the first and the last ("<a> say he gave <b>"),
    else before the first after the wh-word and its auxiliary ("the person introduced to <a> by <b>")."""
    start, end = min(int(e["end"]) for e in names), max(int(e["start"]) for e in names)
    inside = [i for i, (a, b) in enumerate(words.spans) if start <= a and b <= end]
    inside = [i for i in inside if words.words[i] not in NAME_JOINERS and words.words[i].isalpha()]
    if not any(words.words[i] not in coverage.FUNCTION_WORDS for i in inside):
        first = min(int(e["start"]) for e in names)
        inside = [
            i
            for i, (_, b) in enumerate(words.spans)
            if b <= first and words.words[i] not in person_asked.WH_OPENERS and words.words[i] not in AUXILIARIES
        ]
        while inside and words.words[inside[0]] in coverage.FUNCTION_WORDS | person_asked.ABOUT_SOMEONE_WORDS:
            inside = inside[1:]  # "the person introduced to <a> by <b>": what is said of the one asked for
    if not inside:
        return 0, len(words.text)
    return words.chars(inside[0], inside[-1] + 1)


# "what is the <head> of ...", "what's the <head> for ...": the words that open what a wh-question asks.
WH_HEAD_OPENERS = frozenset({"what", "which"})
WH_HEAD_LINKS = frozenset({"is", "was", "are", "were", "'s"})
WH_HEAD_ARTICLES = frozenset({"the", "a", "an"})
# The prepositions after a head that ask it of a thing: "the tempo of the song", "the time signature for it".
WH_HEAD_OF = frozenset({"of", "for"})
# Words that end a noun phrase otherwise: another preposition or a clause ("the shows whose company ...").
WH_HEAD_ENDS = frozenset({"in", "on", "to", "from", "by", "with", "that", "which", "whose", "who", "where", "used"})
WH_HEAD_MAX = 3


def _wh_head(said: list[str]) -> list[str]:
    """The noun that heads "what is the <head> of <a thing>?" (the last word before "of" or "for", at most
    WH_HEAD_MAX words after the article), or none: "what is <a name> known for?" has no article, "what is the
    time?" nothing after its head."""
    if said[:1] == ["what's"] or said[:1] == ["whats"]:
        at = 1
    elif said[:1] and said[0] in WH_HEAD_OPENERS and said[1:2] and said[1] in WH_HEAD_LINKS:
        at = 2
    else:
        return []
    if not said[at : at + 1] or said[at] not in WH_HEAD_ARTICLES:
        return []
    at += 1
    for end in range(at, min(len(said), at + WH_HEAD_MAX + 1)):
        if said[end] in WH_HEAD_OF:
            return said[end - 1 : end] if end > at else []
        if said[end] in WH_HEAD_ENDS:
            return []
    return []


def _one_wh_question(words: _Words) -> bool:
    """A wh-word first ("who was <X>'s teacher?"), or inside a question ending in "?" ("<X> got the award at which
    event?")."""
    if not words.words:
        return False
    if words.words[0] in person_asked.WH_OPENERS:
        return True
    return words.text.rstrip().endswith("?") and bool(set(words.words) & person_asked.WH_OPENERS - {"by"})


# Where a question places what a person did in this film ("which song did <a> sing in the movie?").
IN_THIS_FILM = (
    ("in", "the", "movie"),
    ("in", "the", "film"),
    ("in", "this", "movie"),
    ("in", "this", "film"),
    ("in", "it"),
)


# Requests for a record ("play the latest song by <X>", "list the singles of <X>").
RECORD_REQUESTS = frozenset({"play", "list", "name", "show", "find", "search", "give"})


def _credit_of_someone_else(
    text: str, intent: str | None, entities: list[dict[str, Any]], reading: Reading, store: FactStore
) -> Reading:
    """ "<the original song's band> composed what which was used in it?", "when did <a singer> start music?": a thing
    (or a time) asked of one named person, with the word of a credit another person holds here. What the person did
    for this film is their card (or what they did when, which no card says), never the credit's holder ("The music is
    by <someone else>")."""
    if (reading.intent or intent) != "ask_crew" or reading.drop or has_japanese(text):
        return reading
    if any(e.get("entity") != "crew_role" for e in reading.entities):
        return reading  # a reader read more than the credit's verb
    entities = [*entities, *reading.entities]
    words = tokens(text)
    asked = bool((coverage.WH_WORDS | {"when"}) & set(words))
    # "play the oldest song by <X>": a request for one of their records asks as a wh-question does
    requested = bool(words[:1]) and words[0] in RECORD_REQUESTS
    # "did <X> have a career as a composer?": asked yes or no of the one named
    polar = bool(words[:1]) and words[0] in AUXILIARIES | {"do", "have", "had"} and text.rstrip().endswith("?")
    if person_asked.asks_for_a_person(words) or not (asked or requested or polar):
        return reading  # "who composed it, <X>?", "by what screenplay writer?": the credit's holder is asked
    people = [e for e in entities if e.get("entity") == "person"]
    # the entity rules' words for a role ("song") as the store's role key
    said = [str(e.get("value")) for e in entities if e.get("entity") == "crew_role"]
    roles = {role if role in store.crew else store.role(role) or role for role in said}
    found = store.resolve_one(str(people[0].get("value")), ("person",)) if len(people) == 1 else None
    if found is None or not roles:
        return reading
    held = {credit.role for credit in store.crew_roles_of(found.id)}
    if held & roles:
        return reading
    credit_words = {
        w
        for e in entities
        if e.get("entity") == "crew_role" and e.get("end") is not None
        for w in tokens(text[int(e.get("start") or 0) : int(e["end"])])
        if w not in coverage.FUNCTION_WORDS
    }
    in_this_film = any(tuple(words[i : i + len(p)]) == p for p in IN_THIS_FILM for i in range(len(words)))
    credit_at = min((int(e.get("start") or 0) for e in entities if e.get("entity") == "crew_role"), default=0)
    # the person named after the record ("the single by <a>", "what song did <a> release"), not in a clue before it
    after_the_record = int(people[0].get("start") or 0) > credit_at
    if credit_words <= named_work.SONG_NOUNS and (asked or requested) and after_the_record and not in_this_film:
        # "what is the single by <a> that came out in <a year> called?": a record of theirs, one of their works
        changed = Reading(intent="ask_other_work", why=[*reading.why, "a record of someone else's: their works"])
        changed.drop.extend(e for e in entities if e.get("entity") == "crew_role")
        return changed
    if not (asked or polar):
        return reading  # "list the producer of the shows whose company is <a studio>": the credit asked
    changed = Reading(intent="ask_person", why=[*reading.why, f"a credit of someone else: {' '.join(sorted(roles))}"])
    changed.drop.extend(e for e in entities if e.get("entity") == "crew_role")
    return changed


def _of_someone_else(form: polar_form.PolarQuestion) -> bool:
    """Whether a yes/no question is said of a third person ("did this help her become well known?"), not of the
    assistant or its sources."""
    said = set(tokens(form.statement))
    return bool(said & PRONOUNS) and not said & SECOND_PERSON


# "will there be a new <title> series?", "is there going to be another season?": a work yet to come.
FUTURE_OPENERS = (("will", "there", "be"), ("is", "there", "going", "to", "be"), ("are", "they", "making"))
NEW_WORK_WORDS = frozenset({"new", "another", "next"})
PART_OF_A_SERIES = frozenset({"episode", "episodes", "season", "seasons"})


def _a_new_work(words: list[str], at: int) -> bool:
    """Whether the work noun at `at` is one yet to come: asked in a future existence question ("will there be a
    series?"), or after "new"/"another" (a title may stand between) in an existence question."""
    future = any(tuple(words[: len(opener)]) == opener for opener in FUTURE_OPENERS)
    new = clauses.asks_existence(words) and bool(NEW_WORK_WORDS & set(words[max(0, at - 4) : at]))
    return future or new


# The cards about a person, a credit, the book or a named topic: a yes/no about them may ask far more than the
# card says ("do any of the actors get migraines?"); the film's own cards (runtime, genre, ending) answer their
# adjectives ("is it a long movie?").
CARDS_OF_PEOPLE_AND_THINGS = frozenset(
    {
        "ask_director",
        "ask_cast",
        "ask_crew",
        "ask_person",
        "ask_novel",
        "ask_release_date",
        "ask_fact",
    }
)
CARD_SUBJECTS = frozenset({"crew_role", "topic"})
# Claims decided by who holds a credit of this film (actions/claims.py): true of a name whatever else is said.
CREDIT_CLAIMS = ("credit:", "credit_by:", "novel_author")


def _credit_verb_after_head(said: list[str], head: coverage.Span) -> bool:
    """Whether a verb of making a work follows the wh-phrase's head noun ("what band performs …", "which artist
    sang …"): the head names the work's maker."""
    makers = [i for i in range(head.start, min(head.end, len(said))) if said[i] in MAKER_NOUNS]
    if not makers:
        return False  # "what label released …" asks a label, which no credit names
    verb = makers[0] + 1
    while verb < len(said) and said[verb] in MAKING_ADVERBS:
        verb += 1  # "which band originally recorded …"
    return verb < len(said) and said[verb] in CREDIT_VERBS_SAID


# Adverbs between a maker's noun and the verb of making: "which band originally recorded …".
MAKING_ADVERBS = frozenset({"originally", "first", "initially", "actually", "really", "also", "later"})


# Nouns of the people who make a work ("what band performs …", "which composer wrote …").
MAKER_NOUNS = frozenset(
    "band bands group groups artist artists singer singers musician musicians performer performers vocalist "
    "vocalists composer composers songwriter songwriters duo".split()
)


def _said_beyond_a_credit(text: str, entities: list[dict[str, Any]], store: FactStore, lexicon: Lexicon) -> list[str]:
    """The content words of a yes/no credit claim that nothing read explains: no lexicon phrase, no entity, no word
    of the film's names, titles or works ("mysteries" in "has <the author> written mysteries?"). None said, or
    another claim: []."""
    claims = [str(e.get("value")) for e in entities if e.get("entity") == "claim"]
    if not claims or not claims[0].startswith(CREDIT_CLAIMS):
        return []
    # "does <the author> still write for <the publisher>?": what they do now, which no credit of this film says
    ongoing = [word for word in tokens(text) if word in ONGOING_WORDS]
    # "is <the author> an American writer?": a people's name says where the person is from, which
    # no credit says (as a claim of the film it is the film's country)
    joined = f" {' '.join(tokens(text))} "
    origin = [people for people in lexicon.peoples_names if f" {people} " in joined]
    return ongoing + origin + _unexplained(text, entities, store, lexicon)


def _unexplained(text: str, entities: list[dict[str, Any]], store: FactStore, lexicon: Lexicon) -> list[str]:
    """The content words of a question that nothing read explains: no lexicon phrase, no entity, no word of the
    film's names, titles or works, no word that only glues a question together."""
    words = _Words.of(text)
    if not words.words or len(words.spans) != len(words.words):
        return []
    hits = lexicon.find(words.words, ("attribute", "claim", "film", "relation", "other_topic", "spoilers"))
    read = [e for e in entities if e.get("end") is not None and e.get("entity") in SAID_ENTITIES]
    spans = coverage.entity_spans(words.spans, read)
    known = coverage.film_vocabulary(store, lexicon) | coverage.known_work_words(store) | _credit_title_words(store)
    return [
        word
        for i, word in enumerate(words.words)
        if word not in coverage.FUNCTION_WORDS
        and word not in owners.FILLERS
        and word not in CLAIM_GLUE
        and word not in CREDIT_VERBS_SAID
        and not coverage.covered(i, hits, spans)
        and not coverage.knows(word, known)
    ]


# The word that stands for "it" in a question the classifier read as the novel's.
BOOK_WORD = "book"
# Words that ask what someone does now, not what they did for this film.
ONGOING_WORDS = frozenset({"still", "currently", "nowadays", "anymore"})
# Verbs of making a work: the credit's own verb however it is said ("did <a singer> sing the song?").
CREDIT_VERBS_SAID = frozenset(
    "sing sang sung sings singing perform performed performs compose composed composes write wrote written writes "
    "direct directed directs produce produced produces make made makes create created creates play played plays "
    "star starred stars act acted acts voice voiced record recorded records release released cover covered".split()
)
# Entities that stand for words of the question (the reply's language is tagged over the whole message).
SAID_ENTITIES = frozenset({"person", "character", "crew_role", "topic", "attribute", "relation", "claim"})


def _credit_title_words(store: FactStore) -> frozenset[str]:
    """The words of the credited works' titles ("<the theme song's romanised title>"), once per store."""
    if id(store) not in _CREDIT_TITLE_WORDS:
        _CREDIT_TITLE_WORDS.clear()
        _CREDIT_TITLE_WORDS[id(store)] = frozenset(
            w.lower() for _, said in named_work.credit_titles(store) for w in said
        )
    return _CREDIT_TITLE_WORDS[id(store)]


_CREDIT_TITLE_WORDS: dict[int, frozenset[str]] = {}


# Words of chat around a claim ("yeah, I remember <X> wrote it, right?", "lol that is true", "I'm pretty sure …") and
# words that only place a credit ("the studio behind it", "was she involved").
CHAT_WORDS = frozenset(
    "yeah yea yep yes ya no nope oh ok okay lol haha wow cool nice same here true pretty sure remember recall think "
    "believe guess heard hear talking talk mean meant thought right correct isnt i'm im feature features featured "
    "co you're youre we're i've ive behind responsible involved credited listed".split()
)
# Words of a credit claim that ask nothing more of it ("did she also sing it?", "was it actually written by …").
CLAIM_GLUE = CHAT_WORDS | frozenset(
    "didn't doesn't isn't wasn't aren't weren't won't hasn't haven't didnt doesnt isnt wasnt well too ever both each "
    "himself herself themselves originally indeed personally whole entire maybe perhaps possibly probably".split()
)


# What a service does with a film that says where it is watched: "does <a service> have it?", "is <a service>
# streaming it?", "did <a service> make it?" (and the adverbs between: "does <a service> still have it?").
SERVICE_DEEDS = frozenset(
    """have has had got get carry carries carrying stream streams streaming streamed show shows showing showed air airs
    airing aired offer offers offering own owns make made produce produced release released distribute distributed
    buy bought acquire acquired license licensed add added put drop dropped pick picked premiere premiered host
    hosts hosting sell sells include includes including feature features list lists still even also actually really
    currently now already finally""".split()
)


# What a streaming service has as a company, not as where a film is watched: "<a service> shares", "<a service> Inc.".
COMPANY_NOUNS = frozenset(
    """shares share stock stocks stockholders shareholders inc corp corporation ceo founder founders cofounder
    headquarters hq employees earnings revenue profits""".split()
)


def _service_as_a_company(words: _Words, hit: Hit) -> bool:
    """ "Does <the director> own enough <a service> shares to control <a service> Inc.?": the service named as a
    company (its shares, its staff), which says nothing of where the film is watched."""
    return hit.key == "platform" and bool(COMPANY_NOUNS & set(words.words[hit.end : hit.end + 1]))


# What names the film in a subject that a streaming service modifies: "the <service> film <the title>".
SERVICE_MODIFIED_NOUNS = frozenset({"film", "movie", "flick", "original"})
# What stands before a service that opens the subject: "does the <service> film …", "is <a service> <the title> …".
SUBJECT_OPENERS = frozenset({"the", "this", "that"})


def _service_naming_the_film(words: _Words, hit: Hit, lexicon: Lexicon) -> bool:
    """ "Does the <service> film <the title> feature <a people>?", "Is <a service> <the title> film vaporware?",
    "Does <the title> (<a service>) have superpowers?": the service only says which film the subject is, and
    something else is asked of it. Not "is it a <service> film?" (the film's kind claimed) nor "is it on <a
    service>?"."""
    if hit.key != "platform" or hit.start == 0:
        return False
    start, end = words.spans[hit.start][0], words.spans[hit.end - 1][1]
    if words.text[:start].rstrip().endswith("(") and words.text[end:].lstrip().startswith(")"):
        return True  # "<the title> (<a service>)": a note of which film is meant
    before = words.words[hit.start - 1]
    opens_the_question = before in QUESTION_AUXILIARIES and hit.start - 1 in _clause_starts(words)
    if before not in SUBJECT_OPENERS and not opens_the_question:
        return False
    titled = [h for h in lexicon.find(words.words, ("film",)) if h.start == hit.end and h.key == "film"]
    named_end = titled[0].end if titled else hit.end
    while named_end < len(words.words) and words.words[named_end] in SERVICE_MODIFIED_NOUNS:
        named_end += 1
    if named_end == hit.end:
        return False  # nothing of the film follows the service
    return any(w.isalpha() and w not in coverage.FUNCTION_WORDS for w in words.words[named_end:])


def _without_the_naming_service(words: _Words, naming: list[Hit]) -> str:
    """The text with each service that only names the film (`naming`) blanked, with its brackets: "Does <the
    title> (<a service>) have …?" as "Does <the title> have …?"."""
    text = words.text
    for hit in naming:
        start, end = words.spans[hit.start][0], words.spans[hit.end - 1][1]
        while start > 0 and text[start - 1] in "( ":
            start -= 1
        while end < len(text) and text[end] in ") ":
            end += 1
        text = text[:start] + " " * (end - start) + text[end:]
    return text


def _claim_left_open(words: _Words, store: FactStore, lexicon: Lexicon, reading: Reading, why: str) -> bool:
    """Read the yes/no question as "I don't know whether <its claim>" (no fact decides it); False when the message
    is no yes/no question."""
    form = polar_form.polar_question(words.text, lexicon.yes_no_openers, _subject_names(store, lexicon))
    if form is None:
        return False
    left_open = _left_open(form, [], reading, None)
    reading.intent, reading.entities = left_open.intent, left_open.entities
    reading.why.append(why)
    return True


def _service_doing_something_else(words: _Words, hit: Hit, lexicon: Lexicon) -> bool:
    """ "Did <a service> ruin it?": the service named as the subject of a yes/no question, doing a deed that says
    nothing of where the film is watched. A service before the title ("is <a service> <the title> good?") or
    before a function word ("is <a service> the only place?") is not judged here."""
    if hit.key != "platform" or hit.start == 0 or hit.end >= len(words.words):
        return False
    opener = hit.start - 1  # the auxiliary that opens the question: "was it <a service>, right?" asks where
    if words.words[opener] not in QUESTION_AUXILIARIES or opener not in _clause_starts(words):
        return False
    deed = words.words[hit.end]
    if deed in SERVICE_DEEDS or deed in coverage.FUNCTION_WORDS or not deed.isalpha():
        return False
    return not any(h.start == hit.end for h in lexicon.find(words.words, ("film",)))


def _left_open(
    form: polar_form.PolarQuestion, entities: list[dict[str, Any]], reading: Reading, card: str | None
) -> Reading:
    """The yes/no question's claim left open: "I don't know whether <the claim>", then `card`'s answer if any."""
    key = OPEN_CLAIM if card is None else OPEN_CLAIM_WITH_CARD
    opened = Reading(intent=card or UNHELD_CLAIM_INTENT, why=[*reading.why, "a yes/no question no reader decides"])
    opened.add("claim", f"{key}:{form.statement}", form.start, form.end)
    opened.drop.extend(e for e in entities if e.get("entity") in ASKING_ENTITIES | {"spoilers"})
    return opened


def _intents_named(claim: str, lexicon: Lexicon) -> set[str]:
    """The intents whose answer is about an attribute or a claim the words name ("film" of "a tearjerker film" is
    no attribute; "genre", "rated", "tearjerker" are)."""
    words = tokens(claim)  # the speaker's own people ("would my dad like it?") name no attribute of the film
    hits = speakers_own.speakers_people(words, lexicon.find(words, ("attribute", "claim")))
    hits = film_talk.watching_judged(words, hits)  # "it is weird to watch it alone": no platform named
    named = {lexicon.claims[h.key].then for h in hits if h.kind == "claim" and h.key in lexicon.claims}
    for hit in hits:
        if hit.kind == "attribute" and hit.key in lexicon.attributes and not _fame_caused(words, hit):
            named.update(lexicon.attributes[hit.key].answer.values())
            named.update(lexicon.attributes[hit.key].fits)
    return named


def film_name_words(store: FactStore, lexicon: Lexicon) -> frozenset[str]:
    """The words of the film's own names said as a subject (its title, "the movie"), lower-case (once per store
    and lexicon: every message asks for them)."""
    key = (id(store), id(lexicon))
    if key not in _FILM_NAME_WORDS:
        _FILM_NAME_WORDS.clear()
        _FILM_NAME_WORDS[key] = frozenset(word for name in _film_subject_names(store, lexicon) for word in name.split())
    return _FILM_NAME_WORDS[key]


_FILM_NAME_WORDS: dict[tuple[int, int], frozenset[str]] = {}


def _film_subject_names(store: FactStore, lexicon: Lexicon) -> tuple[str, ...]:
    """The film's names said as a subject in more than one word (its title, "the movie"), lower-case."""
    return tuple({" ".join(tokens(name)) for name in (store.title, *lexicon.film_words) if len(tokens(name)) > 1})


def _subject_names(store: FactStore, lexicon: Lexicon) -> tuple[str, ...]:
    """The subjects said in more than one word: the film's names and its people's and characters' full names
    (a polar question's statement keeps them whole: "<given> <family> has written …"); once per store."""
    key = (id(store), id(lexicon))
    if key not in _SUBJECT_NAMES:
        _SUBJECT_NAMES.clear()
        people = {" ".join(tokens(form)) for kind, _, form in store.name_forms() if kind in ("person", "character")}
        _SUBJECT_NAMES[key] = tuple(set(_film_subject_names(store, lexicon)) | {n for n in people if " " in n})
    return _SUBJECT_NAMES[key]


_SUBJECT_NAMES: dict[tuple[int, int], tuple[str, ...]] = {}


# Other topics that are this film's when its song is what they are of: "lyrics of the theme song", not "of <a hit>".
SONG_TOPICS = frozenset({"lyrics of", "lyrics to", "words to"})
THEME_SONG_KEY = "theme_song"
# Words between the topic and the song that name a part of it: "the words to the chorus for <the song>".
SONG_PART_WORDS = frozenset({"the", "this", "its", "chorus", "refrain", "verse", "first", "last", "of", "for", "in"})


def _words_of_this_song(words: _Words, hit: Hit, roles: list[dict[str, Any]], store: FactStore) -> bool:
    """ "what are the lyrics of the theme song?", "the words to <its title>": the song's words, not another song's.
    The song is named right after the topic's words ("the lyrics of a song called <X>" is another song)."""
    if hit.phrase not in SONG_TOPICS:
        return False
    at = hit.end
    while at < len(words.words) and words.words[at] in SONG_PART_WORDS:  # "the words to the chorus of <it>"
        at += 1
    if at >= len(words.words):
        return False
    return any(
        store.role(str(e.get("value") or "")) == THEME_SONG_KEY and int(e.get("start", -1)) == words.spans[at][0]
        for e in roles
    )


def _book_made_into_a_film(text: str, lexicon: Lexicon) -> bool:
    """ "Has the novel been adapted into a movie?", and "has it been …?" of a question read as the novel's (its "it"
    is the book)."""
    said = [BOOK_WORD if word == "it" else word for word in tokens(text)]
    film = frozenset(i for h in lexicon.find(said, ("film",)) for i in range(h.start, h.end))
    return FILM_CLAIM in lexicon.claims and novel_reading.film_of_the_book(said, film)


def _nothing_of_this_film(text: str, store: FactStore, lexicon: Lexicon) -> bool:
    """ "can dogs eat chocolate?": no word of this film's vocabulary or lexicon, no pronoun that may point at one of
    its people or at it, and no word of the speaker or the assistant ("can you help me?" is theirs)."""
    words = tokens(text)
    if set(words) & (PRONOUNS | POINTER_WORDS | SPEAKER_AND_ASSISTANT | coverage.film_vocabulary(store, lexicon)):
        return False
    return not lexicon.find(words, ("attribute", "claim", "relation", "film", "other_topic"))


def _names_the_film_only(form: polar_form.PolarQuestion, store: FactStore, lexicon: Lexicon) -> bool:
    """Whether the claim's words are only the film's names, work nouns and function words ("<the title> film")."""
    said = set(tokens(form.statement)) - film_name_words(store, lexicon) - coverage.WORK_NOUNS
    return not said - coverage.FUNCTION_WORDS


# Where a message goes on to another sentence or clause ("Really? I thought …", "… his books - is he …?").
SENTENCE_BREAK = re.compile(r"[.!?;]\s|\s[-\u2013\u2014]\s")
# "<it> is a <kind> movie": the film said to be a film of a kind ("it", "this", "that" or the film's own names as the
# subject, as of "about").
KIND_CLAIM_VERBS = frozenset({"is", "was", "it's", "its"})
KIND_CLAIM_HEADS = frozenset({"movie", "film", "flick", "story", "tale"})


def _kind_of_film_claimed(form: polar_form.PolarQuestion, store: FactStore, lexicon: Lexicon) -> bool:
    """Whether the yes/no claim says the film is a film of some kind: "it is a martial arts movie"."""
    said = tokens(form.statement)
    verb = next((i for i, w in enumerate(said) if w in KIND_CLAIM_VERBS), None)
    if verb is None or said[verb + 1 : verb + 2] not in (["a"], ["an"]) or said[-1] not in KIND_CLAIM_HEADS:
        return False
    subject = " ".join(said[:verb]) if said[verb] in ("is", "was") else "it"
    return subject in clauses.ABOUT_SUBJECTS or subject in _film_subject_names(store, lexicon)


def _said_of_this_film(form: polar_form.PolarQuestion, store: FactStore, lexicon: Lexicon) -> bool:
    """Whether the polar question's subject names this film ("is the movie in black and white?"); "it" alone may
    be anything ("will it rain tomorrow?")."""
    subject = " ".join(tokens(form.statement)[:4])
    return any(subject == n or subject.startswith(n + " ") for n in _film_subject_names(store, lexicon))


def _details_said(text: str, kept: list[dict[str, Any]], store: FactStore) -> bool:
    """Whether the message says a checkable detail of the film (a genre, a studio, a year, a credit ...) that the
    action decides from the store (bot/understanding/stated_claims.details_said), with the names found so far."""
    found: dict[str, list[tuple[int, int, str]]] = {"person": [], "character": []}
    for entity in kept:
        kind = str(entity.get("entity"))
        if kind in found and entity.get("start") is not None:
            matches = store.resolve(str(entity.get("value") or ""), (kind,))
            if matches:
                found[kind].append((int(entity["start"]), int(entity.get("end") or entity["start"]), matches[0].id))
    lowered = text.lower()
    titles = [(lowered.find(t), lowered.find(t) + len(t)) for t in _title_forms(store) if t in lowered]
    return bool(stated_claims.details_said(text, found["person"], found["character"], titles, store))


def _title_forms(store: FactStore) -> list[str]:
    forms = store.film.get("title_forms")
    values = forms.value if forms is not None and forms.known else [store.title]
    return [str(f).lower() for f in values if str(f).isascii()]


def _read_all(
    text: str, intent: str | None, entities: list[dict[str, Any]], store: FactStore, lexicon: Lexicon
) -> Reading:
    polar = _polar_relation(text, entities, store, lexicon)
    if polar is not None and not _claims_of(polar)[0]["value"].startswith(DESCRIPTION_CLAIMS):
        return polar  # a yes/no question's relation decides first: its verdict, never a card it did not ask
    aspect = _aspect_of_the_subject(text, entities, store, lexicon)
    stated = claim_relations.asked_claim(text) is not None
    if aspect is not None and not stated:
        return aspect
    reading = _read_named(text, intent, entities, store, lexicon)
    if any(e["entity"] == "taste" for e in reading.entities):
        return reading  # a question of the assistant's taste frames no claim: "did you ever see <the film by …>?"
    claimed = reading if _claims_of(reading) else _framed_claim(text, intent, entities, store, lexicon)
    # a claim reader decides the words of a description ("<a> is a painter"): then only the claim's verbs and
    # qualifiers can say that the store does not hold the relation
    described = [e for e in _claims_of(claimed) if str(e["value"]).startswith(DESCRIPTION_CLAIMS)] if claimed else []
    unheld = _unheld_trivia(text, entities, store, lexicon, claimed=claimed is not None, described=described)
    # a stated claim ("did you know <a> auditioned for <b>?") is undecided as that claim, naming what was claimed;
    # the aspect of its making when no claim reader placed it
    result = unheld or aspect or claimed or reading
    _no_verdict_for_a_wh_phrase(text, entities, result)
    decided = [e for e in result.entities if e["entity"] in ("claim", "attribute")]
    if polar is not None and all(e["value"] == person_asked.ASKED_OF_PERSON for e in decided):
        # "is <a> a Japanese band?": what someone is, when no reader of a kept word ("a lady": the gender) read more
        # than "something asked of a person"
        return polar
    return result


def _no_verdict_for_a_wh_phrase(text: str, entities: list[dict[str, Any]], reading: Reading) -> None:
    """ "<the song> is the second song on which album ...?": a wh-phrase where the answer would stand asks that,
    not yes or no; the classifier's claim on its words would put a "Yes." before a card of another relation."""
    if _claims_of(reading) or not clauses.wh_phrase_in_place(tokens(text)):
        return
    reading.drop.extend(e for e in entities if e.get("entity") == "claim" and e not in reading.drop)


# The vocabulary's claim whose words are the streaming services ("is it on <a service>?").
PLATFORM_CLAIM = "platform"


def _polar_relation(text: str, entities: list[dict[str, Any]], store: FactStore, lexicon: Lexicon) -> Reading | None:
    """ "Is it playing at <a cinema>?", "are <a> and <b> both actors?", "is <the song> a cover?": the relation of a
    polar question (bot/understanding/polar_relations.py) as its claim, with the intent whose answer follows the
    verdict; the classifier's readings of its words (a cast word, a crew role, another claim) are dropped."""
    if has_japanese(text) and not any(ord(c) < 128 and c.isalpha() for c in text):
        return None
    people = [(int(e["start"]), int(e["end"])) for e in entities if e.get("entity") == "person" and "start" in e]
    characters = [(int(e["start"]), int(e["end"])) for e in entities if e.get("entity") == "character" and "start" in e]
    services = lexicon.claims[PLATFORM_CLAIM].words
    found = polar_relations.polar_claim(
        text, people, characters, _credited_work_titles(store), _film_titles(store), services
    )
    if found is None:
        return None
    reading = Reading(intent=found.intent, why=[f"a polar question's relation: {found.value.partition(':')[0]}"])
    reading.add("claim", found.value, found.start, found.end)
    if found.crew_role is not None:
        reading.add("crew_role", found.crew_role, found.start, found.end)
    of_people = ("both_credit:", "person_describes:", f"{claim_relations.UNHELD_RELATION}:")
    kept = ("person",) if found.value.startswith(of_people) else ()  # the people the claim is said of
    reading.drop.extend(e for e in entities if e.get("entity") in POLAR_DROPPED and e.get("entity") not in kept)
    return reading


def polar_words_of_ours(
    text: str, other: str, entities: list[dict[str, Any]], store: FactStore, lexicon: Lexicon
) -> bool:
    """Whether the word the scope guard took for another subject is a polar question's place or its song: the
    cinema named after "playing at" ("is the movie playing at <a cinema>?"), or the theme song, whose relation
    to this film is asked ("was <its title> written for the movie?")."""
    words = tokens(text)
    inspired = stated_claims.inspiration_by_a_work(words)
    other_words = other.lower()
    if inspired is not None and (
        other_words in " ".join(words[inspired[0] :]) or other_words in novel_reading.BOOK_WORDS
    ):
        # "was the film influenced by <another story>?": the other work is what inspired ours, asked of ours
        said_before = words[: inspired[0]]
        return bool(lexicon.find(said_before, ("film",))) or bool(novel_reading.BOOK_WORDS & set(said_before))
    found = _polar_relation(text, entities, store, lexicon)
    claim = next((e for e in found.entities if e["entity"] == "claim"), None) if found is not None else None
    if found is None or claim is None:
        return False
    if any(e["entity"] == "crew_role" for e in found.entities):  # the song, named or pointed at
        return True
    at = text.lower().find(other.lower())
    return str(claim["value"]).startswith("theatrical:") and at >= int(claim["start"])


# The classifier's entities a polar question's relation replaces (the language of the reply stays).
POLAR_DROPPED = frozenset({"claim", "attribute", "topic", "crew_role", "person", "character", "spoilers", "also_ask"})


def _credited_work_titles(store: FactStore) -> list[str]:
    """Each credited work's titles as words ("<romanised title>", "<native title>"): the song named as a subject."""
    return [" ".join(said).lower() for _, said in named_work.credit_titles(store)]


# "how is the movie?", "how's drawing closer?": what people thought of it (its reviews).
POINTING_PHRASES = frozenset({"it", "its", "that", "this", "that one", "this one"})
HOW_IS = frozenset({("how", "is"), ("how", "was"), ("how's",), ("hows",)})


def _how_the_film_is(words: _Words, lexicon: Lexicon, reading: Reading) -> bool:
    """ "How is the movie?", "how was the film?": the film named by its noun or title and nothing else asked is
    how it was received (its reviews), not its runtime or its story. "How was it?" alone may follow any answer."""
    opener = next((size for size in (2, 1) if tuple(words.words[:size]) in HOW_IS), None)
    if opener is None:
        return False
    films = [h for h in lexicon.find(words.words, ("film",)) if h.phrase not in POINTING_PHRASES]
    covered = {i for h in films for i in range(h.start, h.end)}
    if not films or any(i not in covered for i in range(opener, len(words.words))):
        return False
    reading.intent = "ask_fact"
    reading.add("topic", "reviews", *words.chars(films[0].start, films[-1].end))
    reading.why.append("how the film is: its reviews")
    return True


# "what is <the theme song> about?", "what does the song mean?": the song's subject, not its card.
SONG_MEANING = "song_meaning"
MEANING_WORDS = frozenset({"meaning", "mean", "means", "meant"})
WHAT_WORDS = frozenset({"what", "whats", "what's"})
EXPLAINING_WORDS = frozenset({"explanation", "explain", "interpretation", "meaning"})
SINGING_WORDS = frozenset({"sing", "sings", "singing", "sang"})


def _what_a_song_is_about(words: _Words, entities: list[dict[str, Any]], store: FactStore, reading: Reading) -> bool:
    """ "What is <a credited song> about?", "the meaning of the theme song?": what the song is about (its credit's
    work, actions/crew.py), whatever the classifier guessed. One credited work with a work named (by its title or
    its credit's noun), a "what" question, and "about" at its end or a word of meaning."""
    if has_japanese(words.text) or not words.words:
        return False
    said = words.words
    asked = bool(WHAT_WORDS & set(said[:2])) and (said[-1] == "about" or bool(MEANING_WORDS & set(said)))
    asked = asked or bool(EXPLAINING_WORDS & set(said))  # "explanation of the song", "explain the song to me"
    # "is <the song> about <a subject>?": what it is about answers it (a song about one thing may touch others)
    polar = said[:1] in (["is"], ["was"]) and "about" in said[2:]
    if not asked and not polar:
        return False
    named = {role for role, _, _ in titles_of_our_credits(words.text, store)}
    named |= {
        role
        for e in entities
        if e.get("entity") == "crew_role" and (role := store.role(str(e.get("value")))) is not None
    }
    if not named and said[-1] == "about" and SINGING_WORDS & set(said):
        # "what are they singing about?": the song sung, the one credited song when the store has one
        named = {role for role, credit in store.crew.items() if credit.work is not None}
    songs = [role for role in named if store.crew[role].work is not None]
    if len(songs) != 1 or len(named) > 1:
        return False
    reading.intent = "ask_crew"
    if not any(e.get("entity") == "crew_role" for e in entities):
        reading.add("crew_role", store.crew[songs[0]].aliases[0], 0, len(words.text))
    reading.add("attribute", SONG_MEANING, 0, len(words.text))
    reading.why.append("what a credited song is about")
    return True


OPENS_A_TITLE = r"(?:(?<![\w'])|(?<=\s')|(?<=^'))"
CLOSES_A_TITLE = r"(?:(?![\w'])|(?='(?!\w)))"


def credited_titles(text: str, store: FactStore) -> list[tuple[str, int, int]]:
    """(crew role, start, end) of each credited work's title written whole in `text` ("<the theme song's romanised
    title>"), word for word, any case."""
    found = []
    for role, said in named_work.credit_titles(store):
        # a single quote may open and close the title ("who composed the '<title>'?"), never join it to a word
        pattern = OPENS_A_TITLE + r"\W+".join(re.escape(word) for word in said) + CLOSES_A_TITLE
        found += [(role, m.start(), m.end()) for m in re.finditer(pattern, text, re.IGNORECASE)]
    return found


def titles_of_our_credits(text: str, store: FactStore) -> list[tuple[str, int, int]]:
    """The credited works named by their whole title (`credited_titles`) as this film's credits: not when the message
    names the work's original (its first artist, or a year other than the film's: "who sang lead vocals on <the
    original artist>'s hit <the title> (<its year>)?" asks of the original, which the credit is a cover of)."""
    found = credited_titles(text, store)
    if not found:
        return []
    lowered = text.lower()
    premiere = store.film.get("premiere_date")
    film_year = str(premiere.value)[:4] if premiere is not None and premiere.known else None
    if any(year != film_year for year in re.findall(r"\b(?:19|20)\d\d\b", text)):
        return []
    kept = []
    for role, start, end in found:
        work = store.crew[role].work
        first = work.extra.get("original_by") if work is not None else None
        person = store.people.get(str(first)) if first else None
        if person is not None and any(form.lower() in lowered for form in person.name_forms()):
            continue
        kept.append((role, start, end))
    return kept


def _film_titles(store: FactStore) -> list[str]:
    forms = store.film["title_forms"].value if "title_forms" in store.film else [store.title]
    return [" ".join(re.findall(r"[\w']+", str(form).lower())) for form in forms]


def _kind_checked(
    text: str, intent: str | None, entities: list[dict[str, Any]], reading: Reading, store: FactStore, lexicon: Lexicon
) -> Reading:
    """The reading, unless its reply gives no thing of the kind the wh-head asks ("<a singer> from which group?"
    answered by the song's card): then the head asked, of its owner (bot/understanding/answer_type.py)."""
    if has_japanese(text):
        return reading
    words = _Words.of(text)
    dropped = {(e.get("entity"), e.get("start"), e.get("end")) for e in reading.drop}
    kept = [e for e in entities if (e.get("entity"), e.get("start"), e.get("end")) not in dropped]
    kept += reading.entities
    names = [e for e in kept if e.get("entity") in ("person", "character")]
    asked = answer_type.asked_kind(words.words, spans_of(words, names))
    if asked is None:
        return _wh_kind_checked(words, intent, kept, names, reading, store)
    # the reader's own crew role (a store role) before the entity rules' word for it ("song")
    roles = [str(e.get("value")) for e in [*reading.entities, *kept] if e.get("entity") == "crew_role"]
    key = answer_type.reading_key(reading.intent or intent, roles)
    # a question of several parts ("who directed it and which actors are in it?"): any part may give the head
    parts = [answer_type.reading_key(str(e.get("value")), roles) for e in kept if e.get("entity") == "also_ask"]
    if not answer_type.mismatched(asked, [key, *parts]):
        return reading
    credit = next((r for r in roles if asked.kind in answer_type.READING_TYPES.get(_crew_key(r, store), ())), None)
    if credit is not None and asked.owner is None:
        # "who was the band that made <the theme song's title>?": the credit named gives the head's kind
        reading.intent = "ask_crew"
        reading.why.append(f"the wh-head asks a {asked.kind} the credit of {credit} gives")
        return reading
    people = [e for e in names if e.get("entity") == "person"] if asked.owner_named else []
    subject = answer_type.PERSON_SUBJECT if people else answer_type.FILM_SUBJECT
    rerouted = answer_type.reroute(asked, subject)
    checked = Reading(intent=rerouted[0] if rerouted else "ask_fact")
    # the reply's own subjects go (a crew role, an attribute, a topic); the names asked of stay, unless the head
    # is asked of a person described, not named ("an actor who was a member of which group": not the band named)
    gone = ("crew_role", "attribute", "topic", "also_ask") + (() if asked.owner_named else NAME_KINDS)
    checked.drop = [e for e in entities if e.get("entity") in gone]
    checked.entities = [e for e in reading.entities if e.get("entity") in ("person", "character") and people]
    # the film's own words before the head noun only place it ("what <the title> coach"): the noun is asked
    film_words = coverage.film_vocabulary(store, lexicon)
    start = asked.head.start
    while start < asked.head.end - 1 and words.words[start] in film_words:
        start += 1
    if rerouted is None:
        checked.add("attribute", "asked", *words.chars(start, asked.head.end))
    elif rerouted[1] is not None:
        checked.add("crew_role", rerouted[1], *words.chars(start, asked.head.end))
    head = " ".join(words.words[start : asked.head.end])
    of = " of a name it does not give" if asked.owner is not None else ""
    checked.why = [*reading.why, f"the wh-head {head!r} asks a {asked.kind}{of}; {key} gives none"]
    return checked


def _crew_key(role: str, store: FactStore) -> str:
    """The answer-type key of a crew role's card, as a role's words or its store key name it."""
    return f"ask_crew:{role if role in store.crew else store.role(role) or role}"


def _wh_kind_checked(
    words: _Words,
    intent: str | None,
    kept: list[dict[str, Any]],
    names: list[dict[str, Any]],
    reading: Reading,
    store: FactStore,
) -> Reading:
    """The reading, unless its reply gives no thing of the kind the bare wh-word asks of its subject ("when did
    <a> release the song?" answered by the film's release date): then the subject's own fact, or "I don't know
    <the wh-phrase> for <the subject>" (bot/understanding/wh_kind.py). Judged on every reading, the classifier's
    alone included; a question of several parts is left to the parts' own readers."""
    if any(e.get("entity") == "also_ask" for e in kept):
        return reading
    named = [
        (span, wh_kind.PERSON if e.get("entity") == "person" else wh_kind.CHARACTER)
        for e in names
        for span in spans_of(words, [e])
    ]
    # a credit's holder named by the credit ("where did the director die?") is a person asked of; a credit for a work
    # ("the theme song") is the work's, named by its own nouns
    # the credit's own noun ("the director", not the verb "wrote" the reader read as the screenplay's)
    credits = [
        e
        for e in kept
        if e.get("entity") == "crew_role"
        and (role := store.role(str(e.get("value")))) is not None
        and store.crew[role].work is None
        and store.crew[role].people
        and words.text[int(e.get("start", 0)) : int(e.get("end", 0))].lower() in store.crew[role].aliases
    ]
    credit_spans = {(span.start, span.end): e for e in credits for span in spans_of(words, [e])}
    # a credited work named by its title ("when was <the theme song's title> released?") is the song asked of
    titles = [(start, end) for _, start, end in titles_of_our_credits(words.text, store)]
    named += [
        (span, wh_kind.SONG) for span in coverage.entity_spans(words.spans, [{"start": a, "end": b} for a, b in titles])
    ]
    starts = _sentence_starts(words)
    asked = wh_kind.kind_asked(words.words, named, starts)
    if asked is not None and asked.kind != wh_kind.PERSON and credit_spans:
        # "where did the director die?": the credit's holder is asked of; "who wrote the music?" asks the holder
        named += [(coverage.Span(*span), wh_kind.PERSON) for span in credit_spans]
        asked = wh_kind.kind_asked(words.words, named, starts)
    if asked is None:
        return reading
    if (
        asked.subject == wh_kind.UNNAMED
        and reading.why
        and set(reading.why) <= NAME_ONLY_WHYS
        and not wh_kind.CONTEXT_PRONOUNS & set(words.words)
    ):
        # "can't wait to see it, <a> is my favourite! when's it out?": the name alone chose the person's card, and
        # what is asked is asked of the film ("it")
        asked = replace(asked, subject=wh_kind.FILM)
    # the store's role for the entity rules' words ("theme song" -> its role key)
    said = [str(e.get("value")) for e in [*reading.entities, *kept] if e.get("entity") == "crew_role"]
    roles = [role if role in store.crew else store.role(role) or role for role in said]
    key = wh_kind.reading_key(reading.intent or intent, roles)
    if not wh_kind.mismatched(asked, key):
        return reading
    answering = wh_kind.answer(asked)
    checked = Reading(intent=answering[0] if answering else "ask_fact")
    gone = ("crew_role", "attribute", "topic")
    checked.drop = [e for e in kept if e.get("entity") in gone]
    if answering is not None and answering[1] is not None and asked.subject_words is not None:
        checked.add("crew_role", answering[1], *words.chars(asked.subject_words.start, asked.subject_words.end))
    if answering is None:
        checked.add("attribute", wh_kind.KIND_ASKED, *words.chars(asked.clause.start, asked.clause.end))
        if asked.subject_words is not None:
            # a name has no modifiers before it; a credit's noun ("the director") has its article
            a_name = any(span == asked.subject_words for span in spans_of(words, names))
            subject = _subject_phrase(words.words, asked.subject_words, modified=not a_name)
            checked.add("attribute", wh_kind.KIND_SUBJECT, *words.chars(subject.start, subject.end))
    checked.entities += [e for e in reading.entities if e.get("entity") in NAME_KINDS]
    held_by = credit_spans.get((asked.subject_words.start, asked.subject_words.end)) if asked.subject_words else None
    holders = store.crew[str(store.role(str(held_by.get("value"))))].people if held_by is not None else ()
    if held_by is not None and len(holders) == 1 and holders[0] in store.people:
        # "where did the director die?": he is asked of, and the next turn's "him"
        checked.add("person", store.people[holders[0]].name, int(held_by["start"]), int(held_by["end"]))
    checked.why = [*reading.why, _wh_phrase_why(asked.kind, asked.subject, key)]
    return checked


def _subject_phrase(words: list[str], noun: coverage.Span, modified: bool) -> coverage.Span:
    """The subject noun with the determiner and modifiers before it: "the Drawing Closer novel", "the opening
    scene" (up to three words back, stopping at a function word other than an article), and what a possessive
    owns after it ("<a character>'s mother")."""
    start = noun.start
    while modified and start > 0 and noun.start - start < 3 and words[start - 1] not in coverage.FUNCTION_WORDS:
        start -= 1
    if modified and start > 0 and words[start - 1] in coverage.ARTICLES:
        start -= 1
    end = noun.end
    while end < len(words) and words[end - 1].endswith("'s") and words[end] not in coverage.FUNCTION_WORDS:
        end += 1  # "<a character>'s mother": the one owned is asked of
    return coverage.Span(start, end)


# Claims whose words are a description a claim reader decides ("<a> is left-handed"): the words are its own.
DESCRIPTION_CLAIMS = ("describes:", "person_describes:")


# The entities that name a thing of the film (not the reply's language, which spans the whole message).
NAMED_ENTITIES = frozenset({"person", "character", "crew_role"})
# The intent a stated claim the store does not decide is answered under (its claim says "I don't know whether").
UNHELD_CLAIM_INTENT = "ask_fact"


def _unheld_trivia(
    text: str,
    entities: list[dict[str, Any]],
    store: FactStore,
    lexicon: Lexicon,
    *,
    claimed: bool,
    described: list[dict[str, Any]],
) -> Reading | None:
    """ "Did you know <a> auditioned for the role of <b>?", "I heard <the title> was the first film dubbed into
    <a language>": a stated claim with a relation or a qualifier the store does not hold
    (bot/understanding/claim_relations.py) is undecided, whatever the neighbouring relation, card or spoiler
    setting its words would otherwise read."""
    found = claim_relations.asked_claim(text)  # English frames only; a Japanese title inside is the song's or ours
    if found is None:
        return None
    start, end, asked = found
    words = _Words.of(text)
    hits = lexicon.find(words.words, ("attribute", "claim", "relation", "film"))
    spans = spans_of(words, [e for e in entities if e.get("entity") in NAMED_ENTITIES] + described)
    # (the titles of the film's credited works and of its people's other works are named things too)
    known = coverage.film_vocabulary(store, lexicon) | _credited_work_words(store) | coverage.known_work_words(store)
    first = next((i for i, (a, _) in enumerate(words.spans) if a >= start), len(words.words))

    def in_claim(index: int) -> bool:
        return start <= words.spans[index][0] and words.spans[index][1] <= end

    def in_phrase(index: int) -> bool:
        return coverage.covered(index, hits, spans)

    people = spans_of(words, [e for e in entities if e.get("entity") in ("person", "character")])

    def named_before(index: int) -> bool:
        return any(first <= span.start < index for span in people)

    claim = claim_relations.ClaimWords(in_claim, in_phrase, lambda index: words.words[index] in known, named_before)
    at = claim_relations.unheld_word(words.words, claim, asked and not claimed)
    if at is None:
        return None
    reading = Reading(intent=UNHELD_CLAIM_INTENT)
    reading.add("claim", f"{claim_relations.UNHELD_RELATION}:{words.words[at]}", start, end)
    reading.drop.extend(e for e in entities if e.get("entity") in ("topic", "attribute", "claim", "spoilers"))
    reading.why.append(f"a stated claim the store does not decide ({words.words[at]!r})")
    return reading


# The attribute each aspect is tagged as (bot/understanding/vocabulary.yml): making-of details and popularity over
# time are held for no subject; a person's words are asked of that person (actions/topics.py).
ASPECT_ATTRIBUTES = {aspect_asked.MAKING: "making", aspect_asked.LASTING: "lasting_popularity"}
# Popularity of a person or a character: the vocabulary's attribute for it, unheld of them.
POPULARITY_OF_SOMEONE = "viewership"
# The classifier's entities an aspect reading replaces: what it took for the question asked.
ASKING_ENTITIES = frozenset({"attribute", "claim", "topic", "crew_role"})


def _aspect_of_the_subject(
    text: str, entities: list[dict[str, Any]], store: FactStore, lexicon: Lexicon
) -> Reading | None:
    """ "how did they generate the fireworks?", "is <a> still popular?", "what did <a person> say about it?": an
    aspect of the subject that the nearest held fact does not answer (bot/understanding/aspect_asked.py). The
    aspect's words are tagged as its attribute: "I don't know" names it, never the subject's card or date."""
    if has_japanese(text):
        return None
    words = _Words.of(text)
    people = [e for e in entities if e.get("entity") == "person"]
    film_words = coverage.film_vocabulary(store, lexicon)
    aspect = aspect_asked.aspect_asked(words.words, coverage.entity_spans(words.spans, people), film_words)
    if aspect is None:
        return None
    if not any(e.get("entity") in NAME_KINDS for e in entities) and music_talk.music_in_general(words.words):
        return None  # "why isn't disco popular anymore?": music at large, another topic, no aspect of ours
    reading = Reading("ask_fact", why=[f"an aspect asked of the subject: {aspect.kind}"])
    reading.drop.extend(e for e in entities if e.get("entity") in ASKING_ENTITIES)
    someone = [e for e in entities if e.get("entity") in ("person", "character")]
    if aspect.kind == aspect_asked.SAYING:
        key = person_asked.ASKED_OF_PERSON
    elif aspect.kind == aspect_asked.LASTING and someone:
        key = POPULARITY_OF_SOMEONE
    else:
        key = ASPECT_ATTRIBUTES[aspect.kind]
        reading.drop.extend(someone)  # "why did they cast <a>?": the film's making, not the person's card
    reading.add("attribute", key, *words.chars(aspect.span.start, aspect.span.end))
    return reading


def _claims_of(reading: Reading) -> list[dict[str, Any]]:
    return [e for e in reading.entities if e["entity"] == "claim"]


def _framed_claim(
    text: str,
    intent: str | None,
    entities: list[dict[str, Any]],
    store: FactStore,
    lexicon: Lexicon,
) -> Reading | None:
    """ "I think <claim>", "did you know that <claim>?", "I know <a>, I think <claim>": the claim read as
    "<claim>, right?" (bot/understanding/claim_frames.py), decided from the store like any claim. Only when that
    reading finds a claim: a frame around an opinion or a question keeps the message's own reading."""
    canonical = claim_frames.canonical_claim(text)
    if canonical is None:
        return None
    framed = [e for e in entities if not canonical[int(e.get("start", 0)) : int(e.get("end", 0))].strip()]
    claimed = _read_named(canonical, intent, [e for e in entities if e not in framed], store, lexicon)
    if not _claims_of(claimed):
        return None
    claimed.drop.extend(e for e in framed if e not in claimed.drop)
    claimed.why.append("a claim inside a speaker's frame")
    return claimed


def _read_named(
    text: str,
    intent: str | None,
    entities: list[dict[str, Any]],
    store: FactStore,
    lexicon: Lexicon,
) -> Reading:
    completed = proper_names.completed_by_a_typo(text, entities, store)
    if not completed:
        # "was <another given name> <our family name> in it?": someone else's whole name, never ours
        completed = proper_names.namesakes(text, entities, store, _namesake_known_words(store, lexicon))
    if not completed:
        return _read_message(text, intent, entities, store, lexicon)
    # "when was <given> <misspelt family name> born?": the whole name, not the part two people share
    tagged = [old for old, _ in completed]
    whole = [new for _, new in completed]
    reading = _read_message(text, intent, [e for e in entities if e not in tagged] + whole, store, lexicon)
    kept = [e for e in whole if e not in reading.drop]
    reading.drop.extend(tagged)
    reading.entities[:0] = kept
    reading.drop[:] = [e for e in reading.drop if e not in whole]
    return reading


def _names_ours_from(
    words: _Words, start: int, entities: list[dict[str, Any]], lexicon: Lexicon, end: int | None = None
) -> bool:
    """Whether the words from `start` (to `end`) name this film (its title) or one of its people or characters:
    "find information about <the film>", "i watched <the title> today", not "find hotels in <a city>"."""
    end = len(words.words) if end is None else end
    begin, finish = words.spans[start][0], words.spans[end - 1][1]
    if any(e.get("entity") in NAME_KINDS and begin <= int(e.get("start", -1)) < finish for e in entities):
        return True
    titles = [h for h in lexicon.find(words.words[start:end], ("film",)) if h.phrase in lexicon.film_titles]
    return bool(titles)


# "What is he like?", "what's she like as a person?": the pronoun's description.
WHAT_LIKE_OPENERS = (("what", "is"), ("what", "was"), ("what's",), ("whats",))
LIKE_SUBJECTS = frozenset({"he", "she"})


def _what_someone_is_like(words: _Words) -> bool:
    said = words.words
    opener = next((o for o in WHAT_LIKE_OPENERS if tuple(said[: len(o)]) == o), None)
    if opener is None:
        return False
    rest = said[len(opener) :]
    return len(rest) >= 2 and rest[0] in LIKE_SUBJECTS and rest[1] == "like" and len(rest) <= LIKE_MAX_WORDS


LIKE_MAX_WORDS = 5  # "what is she like as a person"


def _namesake_known_words(store: FactStore, lexicon: Lexicon) -> frozenset[str]:
    """The words a word beside one of our name parts may be and still not be another person's name part."""
    return known_words() | coverage.film_vocabulary(store, lexicon) | lexicon.ordinary_names


def _read_message(
    text: str,
    intent: str | None,
    entities: list[dict[str, Any]],
    store: FactStore,
    lexicon: Lexicon,
) -> Reading:
    greeted = _social_opening(_Words.of(text), lexicon)
    if greeted:  # "hi what's up, who plays <a character>?": the greeting asks nothing and names no one
        text = " " * greeted + text[greeted:]
        entities = [e for e in entities if int(e.get("start", -1)) >= greeted]
        if intent in OPENING_FORMULAS:
            # "Hello. Have you ever heard of <a person>?": the classifier read the greeting, which asks nothing;
            # the question after it is read as if unclassified
            intent = FALLBACK
    said = _Words.of(text)
    requested = None if has_japanese(text) else information_asked.subject_asked(said.words)
    if not has_japanese(text) and information_asked.pointed_subject_asked(said.words):
        # "what do you know about it?": what the film is (a film of someone else's was the guard's to refuse)
        return Reading(intent="ask_plot", why=["information asked about the film pointed at"])
    if requested is not None and _names_ours_from(said, requested, entities, lexicon):
        # "I'm interested in <the film>", "find information about <its cast>": the subject alone is asked, as if
        # unclassified (the classifier may have taken the request for a statement)
        cut = said.spans[requested][0]
        text = " " * cut + text[cut:]
        entities = [e for e in entities if int(e.get("start", -1)) >= cut]
        intent = FALLBACK
    whole_text = text
    quoted = quoted_saying.who_said_a_quote(text)
    if quoted is not None:  # "who called it "<words>"?": what critics said, if one of them said it
        said_by = Reading(intent="ask_fact", why=["who said a quote: the reviews"])
        said_by.add("topic", "reviews", *quoted)
        return said_by
    if quoted_saying.whether_said_a_quote(text) is not None:
        intent = FALLBACK  # "did <a> say "<words> at the end"?": the quote's words are said, not asked about
    taste = _assistants_taste(_Words.of(text), entities, store, lexicon)
    if taste is not None:  # "are you a fan of <a>?", "did you ever see <the film>?": the assistant's taste, then facts
        return taste
    stranger = _stranger_asked_about(_Words.of(text), store, lexicon)
    if stranger is not None:  # "lol, do you know who <a stranger> is?": that person is the subject, not ours
        return Reading(OUT_OF_SCOPE, why=[f"another person asked about: {stranger}"])
    stated = _statements(_Words.of(text), entities, lexicon)
    remarks = [r for r in _remarks_beside_a_question(_Words.of(text), store, lexicon) if r not in stated]
    told = sorted([*stated, *remarks])
    seen = _told_of_another_work(_Words.of(text), told, entities, store, lexicon)
    if seen is not None:  # "i've never seen <another film>, is it any good? who's in it?": "it" is that film
        return Reading(OUT_OF_SCOPE, why=[f"another work: {seen}"])
    titled = _titled_work_read(_Words.of(text), entities, store, lexicon)
    if titled is not None:  # "the music in the movie "<a title>"": that work's music, not this film's
        return titled
    if told:
        whole = _read(text, intent, entities, store, lexicon)
        if whole.why == [FILMS_IN_GENERAL]:  # "i'd like to see a movie, any genre is fine": no film of ours
            return whole
        if whole.intent == REMARK:  # "i saw it, not as good as the book": told throughout, no clause asks
            return whole
    if told and _intent_from_what_was_told(_Words.of(text), told, intent, lexicon):
        intent = FALLBACK  # "i haven't read the book. when was <the title> made into a movie?": not the book's
    if told:  # "i liked the trailer, how long is it?": only the question is read
        for a, b in told:
            text = text[:a] + " " * (b - a) + text[b:]
        inside = [
            e for e in entities if any(a <= int(e.get("start", -1)) and int(e.get("end", -1)) <= b for a, b in told)
        ]
        entities = [e for e in entities if e not in inside]
    clue = _clue_before_question(text, lexicon)
    if clue and not told:  # "<the film>, a film about …, was released in <year>. In which country was it made?"
        text = " " * clue + text[clue:]
        inside = [e for e in entities if int(e.get("start", -1)) < clue]
        entities = [e for e in entities if e not in inside]
    # "<a character>, played by <an actor> in <the title>, is …?": the clues inside the question say who or which
    # film (nlu_frame checked them against the store); only the asking clause is read
    found_inside = inner_clues.find(text, entities, lexicon)
    lent = inner_clues.lent_questions(
        [whole_text[:clue] if not told else "", *(text[c.chars[0] : c.chars[1]] for c in found_inside)]
    )
    # blanked when the classifier may have taken a clue's word for the question; else its reading stands
    inner = [clue.chars for clue in found_inside] if intent in lent or intent in (None, FALLBACK) else []
    for a, b in inner:
        text = text[:a] + " " * (b - a) + text[b:]
    # "<an actor> (<a>'s mom)": the part in brackets only shows who is meant
    bracketed = performer_subject.parts_in_brackets(text, entities)
    for a, b in bracketed:
        text = text[:a] + " " * (b - a) + text[b:]
    inner += bracketed
    described = [e for e in entities if any(a <= int(e.get("start", -1)) < b for a, b in inner)]
    entities = [e for e in entities if e not in described]
    parts = _pointing_parts(text, intent, entities, store, lexicon)
    if parts is not None:
        return parts
    about = None if has_japanese(text) else _book_about_someone(_Words.of(text), entities)
    if about is not None:  # "who wrote the book about <a band>?": that book, not the novel of the film
        return about
    reading = _read(text, intent, entities, store, lexicon)
    if reading.intent in (None, intent) and not reading.entities and _what_someone_is_like(_Words.of(text)):
        # "what is he like?": who the one talked about is (actions/people.py: the character just described, or
        # the person)
        reading.intent = "ask_person"
        reading.why.append("what the one pointed at is like")
    elif reading.intent in (None, intent) and not reading.entities:
        # no rule read the question: "is he still alive?" asks something of "he" the store may not hold
        _asked_of_a_pronoun(_Words.of(text), intent or FALLBACK, entities, store, lexicon, reading)
    if (inner or clue) and intent in lent:
        reading = _asking_clause_read(text, intent, entities, reading)
    if intent == "ask_novel" and reading.intent is None:
        reading = _book_word_beside_the_question(text, intent, entities, store, lexicon, reading)
    _sex_as_gender(reading, entities, store)
    _the_book_asked(_Words.of(text), intent, entities, store, lexicon, reading)
    _performance_judged(_Words.of(text), entities, store, reading)
    _part_judged(_Words.of(text), lexicon, reading)
    _yes_no_over_a_list(_Words.of(text), intent, entities, store, lexicon, reading)
    _publisher_yes_no(_Words.of(text), store, lexicon, reading)
    _undecided_of_the_book(_Words.of(text), intent, entities, lexicon, reading)
    if not _yes_no_parts(text, entities, store, lexicon, reading):
        _questions_left(text, intent, entities, store, lexicon, reading)
        _in_message_order(text, intent, reading)
    if told or clue:
        reading.drop.extend(inside)
        if stated or clue:
            reading.why.append(f"statements left out: {len(stated) or 1}")
        if remarks:  # "<an actor> was amazing in it, …": judged, not asked
            reading.why.append(f"remarks left out: {len(remarks)}")
    if inner:
        reading.drop.extend(described)
        reading.why.append(f"clues inside the question left out: {len(inner)}")
    return reading


def _intent_from_what_was_told(
    words: _Words, told: list[tuple[int, int]], intent: str | None, lexicon: Lexicon
) -> bool:
    """Whether the classifier's intent rests on words of the statements only, none of the question's ("i read the
    book last year. when was the movie made?")."""
    if intent in (None, FALLBACK):
        return False
    hits = lexicon.find(words.words, ("attribute",))
    in_told = [h for h in hits if any(a <= words.chars(h.start, h.end)[0] < b for a, b in told)]
    fitting = [h for h in hits if lexicon.attributes[h.key].fits_intent(intent, "film")]
    return bool(fitting) and all(h in in_told for h in fitting)


# Between the words of one claim that all must hold ("genre:romance+adventure"); actions/claims.py splits them.
CLAIM_WORDS_JOINED = "+"
SENTENCE_BOUNDARY = re.compile(r"[.?!]+(?=\s|$)")
# The classifier's entities a taste question keeps: who or what its object is, and the reply's language.
TASTE_KEEPS = frozenset({"person", "character", "crew_role", "reply_language"})


def _taste_sentence_alone(words: _Words, verb: int) -> bool:
    """Whether the sentence asking the assistant's taste is the message's only question: no sentence after it says
    anything but the asker's own news ("have you seen <the film>? <a> is in it.": a claim to decide), none before it
    asks ("who plays her? do you like her?": the first question is answered)."""
    at = words.spans[verb][0]
    ends = [m.end() for m in SENTENCE_BOUNDARY.finditer(words.text)]
    after = next((end for end in ends if end > at), len(words.text))
    later = [i for i, (start, _) in enumerate(words.spans) if start >= after]
    # "do you like <a band>? i see them in concert every year": the asker's own news decides nothing; "have you
    # read <a> or <b>? which is better?" asks the assistant's taste again
    # "do you watch <the film>? fucking love it!": an exclamation after it tells the asker's own feeling
    next_end = next((end for end in ends if end > after), len(words.text))
    exclaimed = words.text[after:next_end].rstrip().endswith("!")
    if (
        later
        and words.words[later[0]] not in SPEAKERS_OWN_OPENERS
        and not set(words.words[later[0] :]) <= ASIDES
        and not exclaimed
        and assistants_taste.taste_asked(words.words[later[0] :]) is None
    ):
        return False
    return "?" not in words.text[: max((end for end in ends if end <= at), default=0)]


# A sentence that only presses the question: "you don't like it, do you? seriously?".
ASIDES = frozenset({"seriously", "really", "honestly", "lol", "haha", "right", "huh", "yeah", "truly", "though"})
# Words that open a sentence about the asker: "i see them every year", "my sister loves it".
SPEAKERS_OWN_OPENERS = frozenset({"i", "i'm", "im", "i've", "ive", "i'd", "my", "we", "we're", "we've"})


def _assistants_taste(
    words: _Words, entities: list[dict[str, Any]], store: FactStore, lexicon: Lexicon
) -> Reading | None:
    """A question to the assistant about its own taste or experience whose object is this film, one of its people
    or works, or a kind of film it is (bot/understanding/assistants_taste.py): the intent answering the object, with
    a `taste` entity for the honest answer that opens the reply. None for any other question or object."""
    if has_japanese(words.text):
        return _japanese_taste(words, entities, store, lexicon)
    asked = assistants_taste.taste_asked(words.words) or assistants_taste.known_asked(words.words)
    if asked is None or not _taste_sentence_alone(words, asked.verb):
        return None
    if asked.start == asked.end and assistants_taste.about_you(words.words) == 0:
        # a bare "what about you?": the assistant's own taste, which it has none of; then what critics said
        bare = Reading("ask_fact", why=["the assistant's taste asked back"])
        bare.add("taste", assistants_taste.TASTE, *words.chars(asked.verb, asked.verb + 1))
        bare.add("topic", "reviews", *words.chars(asked.verb, asked.verb + 1))
        return bare
    first = words.spans[asked.start][0] if asked.start < asked.end else 0
    last = words.spans[asked.end - 1][1] if asked.start < asked.end else 0
    people = [int(e["start"]) for e in entities if e.get("entity") == "person" and first <= int(e["start"]) < last]
    films = [
        h
        for h in lexicon.find(words.words, ("film",))
        if asked.start <= h.start < asked.end and not assistants_taste.pointing_only(h.phrase.split())
    ]  # "the movie" points; "the movie <another title>" names another film
    # what the object's head is: "<a>'s movies", "<a> in <the title>" ask of the person; "the film by <a> called
    # <the title>" of the film (a film noun before the title opens it)
    film_at = assistants_taste.film_head(words.words, films[0].start, asked.start) if films else len(words.words)
    person_first = bool(people) and words.chars(film_at, film_at + 1)[0] > min(people) if films else bool(people)
    genres = {w for genre in store.film["genres"].value for w in str(genre).lower().split()}
    read = assistants_taste.object_read(
        words.words,
        asked,
        person_named=person_first,
        film_named=bool(films) and not person_first,
        genre_words=frozenset(genres | {f"{w}s" for w in genres}),
        part_words=film_talk.FAVOURITE_OBJECTS,
        works_listed=any(e.get("entity") == "person" and int(e["start"]) < first for e in entities),
    )
    if read is None:
        return None
    reading = Reading(read.intent, why=[f"the assistant's {asked.kind} asked"])
    reading.add("taste", read.honest, *words.chars(asked.verb, asked.verb + 1))
    if read.topic is not None:
        reading.add("topic", read.topic, *words.chars(asked.verb, asked.verb + 1))
    if read.intent == "ask_crew" and not any(e.get("entity") == "crew_role" for e in entities):
        # "did you enjoy the soundtrack?": the music credit; "the theme song", "her song": the song's
        role = "music" if assistants_taste.MUSIC_NOUNS & set(words.words[asked.start : asked.end]) else "theme song"
        reading.add("crew_role", role, *words.chars(asked.verb, asked.verb + 1))
    # the classifier's other readings of the object ("fan" as a claim about <a>, "favourite" as an attribute)
    reading.drop = [e for e in entities if e.get("entity") not in TASTE_KEEPS]
    return reading


# The object of a Japanese question of taste, by the attribute its words name: the intent answering it, and the
# credit it names ("主題歌は好き？": the theme song's card after the honest answer).
JAPANESE_TASTE_OBJECTS = {
    "theme_song": ("ask_crew", "theme song"),
    "music": ("ask_crew", "music"),
    "novel": ("ask_novel", None),
}


def _japanese_taste(
    words: _Words, entities: list[dict[str, Any]], store: FactStore, lexicon: Lexicon
) -> Reading | None:
    """ "この映画は好き？", "原作は読んだ？", "<an actor>は好きですか？": the assistant's liking or experience asked in
    Japanese (bot/understanding/japanese_taste.py), of this film, one of its people or characters, its song, music or
    novel; the honest answer first, then what the store holds of the object. None for anything else."""
    if japanese_taste.asked_back(words.text, lambda sentence: _Words.of(sentence).words):
        # "私はロックが好きです。あなたはどう？": the assistant's own taste asked back, which it has none of; then what
        # critics said (as "what about you?" in English)
        back = Reading("ask_fact", why=["the assistant's taste asked back in Japanese"])
        back.add("taste", assistants_taste.TASTE, 0, len(words.text))
        back.add("topic", "reviews", 0, len(words.text))
        return back
    # only the last sentence asks: a liking before it is the speaker's news ("…が好きです！あなたは来ますか？"); what is
    # liked may be named before it ("<the title>が好きです。見たことがありますか？")
    last = japanese_taste.last_sentence_start(words.text)
    first = next((i for i, (start, _) in enumerate(words.spans) if start >= last), len(words.words))
    asked = japanese_taste.taste_asked(words.words[first:], words.text)
    if asked is None:
        return None
    at = words.chars(first + asked.at, first + asked.at + 1)
    names = [e for e in entities if e.get("entity") in ("person", "character")]
    if japanese_taste.FILM_PARTS & set(words.words[first:]) and all(int(n.get("start", -1)) < last for n in names):
        # "<a character>のシーンが怖かった。好きなキャラクターはいますか？": the favourite of the film's characters is
        # asked; the one named before is the speaker's news
        names = []
    # the title's own words ("余命", "出会った") are the film, not attributes
    hits = _inside_this_title(words, lexicon.find(words.words, ("film", "attribute")), store)
    credited = _japanese_credited_titles(words.text, store)
    if asked.kind == japanese_taste.KNOWN:
        return _known_in_japanese(names, hits, credited, store, at)
    if credited and not names:  # "若者のすべては好き？": the credited work's card after the honest answer
        song = Reading("ask_crew", why=["the assistant's taste asked in Japanese, of a credited work by its title"])
        song.add("taste", assistants_taste.TASTE, *at)
        song.add("crew_role", store.crew[credited[0]].aliases[0], *at)
        song.drop = [e for e in entities if e.get("entity") not in TASTE_KEEPS]
        return song
    part = bool(japanese_taste.FILM_PARTS & set(words.words))  # "好きなシーンは？": of a part of this film
    others = not names and not part and not any(h.kind == "film" or h.key in JAPANESE_TASTE_OBJECTS for h in hits)
    if others and asked.kind == japanese_taste.EXPERIENCED and hits:
        return None  # "子供が見ても大丈夫？": seeing in another question (whether children may), not the assistant's
    if others:
        # "あなたの好きなバンドは何ですか？", "犬が好きですか？": a taste of the assistant's that is about nothing of
        # this film; it has no taste of its own, and answers only of this film
        declined = Reading(OUT_OF_SCOPE, why=[TASTE_OF_NOTHING_OURS])
        declined.add("taste", assistants_taste.TASTE, *at)
        declined.drop = [e for e in entities if e.get("entity") not in TASTE_KEEPS]
        return declined
    if not names and (part or any(h.kind == "film" for h in hits)):
        experienced = asked.kind in (japanese_taste.EXPERIENCED, japanese_taste.HABIT)
        film = Reading("ask_fact", why=["the assistant's taste asked in Japanese, of the film"])
        film.add("taste", assistants_taste.WATCHED if experienced else assistants_taste.FAVOURITE, *at)
        film.add("topic", "reviews", *at)
        return film
    liker = any(OWNERS_LIKING.match(words.text[int(n.get("end") or 0) : at[0]]) for n in names)
    if liker and asked.kind == japanese_taste.LIKED:
        return None  # "<a>の好きな食べ物は何？": what the one named likes, not the assistant's taste
    if names:
        intent, role = ("ask_person" if names[0].get("entity") == "person" else "ask_character"), None
    else:
        thing = next((h for h in hits if h.kind == "attribute" and h.key in JAPANESE_TASTE_OBJECTS), None)
        if thing is None:
            return None
        intent, role = JAPANESE_TASTE_OBJECTS[thing.key]
    reading = Reading(intent, why=["the assistant's taste asked in Japanese"])
    reading.add("taste", assistants_taste.TASTE, *at)
    if role is not None and not any(e.get("entity") == "crew_role" for e in entities):
        reading.add("crew_role", role, *at)
    reading.drop = [e for e in entities if e.get("entity") not in TASTE_KEEPS]
    return reading


# What stands between a name and a liking word when the one named likes: "<a>の好きな…", "<a>さんの好きな…".
OWNERS_LIKING = re.compile(r"^(?:さん|くん|君|ちゃん|先生)?の$")


# The lexicon's attribute of how a story ends.
ENDING_ATTRIBUTE = "ending"


def _end_of_a_credited_work(text: str, store: FactStore, lexicon: Lexicon) -> tuple[int, int] | None:
    """Where "<a credited work's Japanese title>の<an ending word>" names that work's end ("若者のすべての最後"): the
    span of the ending word; None when no such phrase is said."""
    if not has_japanese(text):
        return None
    words = _Words.of(text)
    hits = lexicon.find(words.words, ("attribute",))
    endings = [words.chars(h.start, h.end) for h in hits if h.key == ENDING_ATTRIBUTE]
    for _, _, title_end in _japanese_credited_spans(text, store):
        ending = next((span for span in endings if span[0] == title_end + 1), None)
        if text[title_end : title_end + 1] == "の" and ending is not None:
            return ending
    return None


def _japanese_credited_titles(text: str, store: FactStore) -> list[str]:
    """The crew roles whose credited work's Japanese title is in `text` ("若者のすべて")."""
    return [role for role, _, _ in _japanese_credited_spans(text, store)]


def _japanese_credited_spans(text: str, store: FactStore) -> list[tuple[str, int, int]]:
    """(crew role, start, end) of each credited work's Japanese title in `text`: Japanese runs on with no spaces, so
    the title is found as it is written, not by word boundaries."""
    found = []
    for role, said in named_work.credit_titles(store):
        title = "".join(said)
        at = text.find(title) if has_japanese(title) else -1
        if at >= 0:
            found.append((role, at, at + len(title)))
    return found


def _known_in_japanese(
    names: list[dict[str, Any]],
    hits: list[Hit],
    credited: list[str],
    store: FactStore,
    at: tuple[int, int],
) -> Reading | None:
    """ "この映画知ってる？", "若者のすべてを知っていますか？": whether the assistant knows of this film, its novel or a
    credited work: yes (it answers questions about them), then the premise or the credit's card. Whether it knows of
    someone, or of anything else, is left to the other rules (as English "have you heard of <a>?")."""
    if names:
        return None
    if credited:
        known = Reading("ask_crew", why=["whether the assistant knows a credited work, asked in Japanese"])
        known.add("crew_role", store.crew[credited[0]].aliases[0], *at)
    elif any(h.kind == "attribute" and h.key == "novel" for h in hits):
        known = Reading("ask_novel", why=["whether the assistant knows the novel, asked in Japanese"])
    elif any(h.kind == "film" for h in hits):
        known = Reading("ask_plot", why=["whether the assistant knows the film, asked in Japanese"])
    else:
        return None
    known.add("taste", assistants_taste.KNOWN, *at)
    return known


def _asking_clause_read(text: str, intent: str | None, entities: list[dict[str, Any]], reading: Reading) -> Reading:
    """The classifier read the whole message, clues and all, and its guess is what a clue's verb would ask
    ("<a character>, played by <an actor>, is a member of what club?" taken for the actor's other work; "<the
    title>, starring <a>, who plays <b>?" for the cast). When the reader found no attribute of its own, the asking
    clause's subject is what is asked about: who plays a character when its verb is a play word, else the
    character or the credit ("who composed its music")."""
    if reading.intent not in (None, *inner_clues.PEOPLE_QUESTIONS):
        return reading
    # the entities outside the clues, even those the reader dropped for the classifier's guess
    kinds = {str(e.get("entity")) for e in (*entities, *reading.entities)}
    if "attribute" in kinds:
        return reading
    plays = bool(PLAY_WORDS & set(_Words.of(text).words))
    # a person left in the asking clause keeps the guess: "<a>, who played <b>, also starred in which movies?"
    # asks <a>'s other work in its own words
    kind = next((k for k in ("character", "crew_role") if k in kinds), "")
    subject = {"character": "ask_who_plays" if plays else "ask_character", "crew_role": "ask_crew"}.get(kind, "")
    if subject and subject != (reading.intent or intent):
        reading.intent = subject
        reading.drop = [e for e in reading.drop if e.get("entity") != kind]  # dropped for the classifier's guess
        reading.why.append(f"{intent} was a clue's word; the asking clause asks about its subject")
    return reading


CREATOR = "creator"  # the vocabulary's attribute of who created the story


def _book_word_beside_the_question(
    text: str, intent: str | None, entities: list[dict[str, Any]], store: FactStore, lexicon: Lexicon, reading: Reading
) -> Reading:
    """ "In the novel <title> by <b>, who is <a character>?", "who plays <a> in the adaptation of <the title>
    directed by <c>?", "who played the lead in <the title>, the movie based on the novel?": the classifier took a
    book word of a setting, a clue or a film noun for the question (the novel's one answer). When the asking
    clause (the clues blanked) names no book, it is read as a question about the character it names or about who
    plays whom; with neither, the reading stands."""
    words = _Words.of(text).words
    if novel_reading.BOOK_WORDS & {novel_reading.possessive_base(w) for w in words}:
        return reading
    if any(h.key == CREATOR for h in lexicon.find(words, ("attribute",))):
        return reading  # "was <a character> created by a novelist?": the novel's author created the characters
    # "the play <the title>": a stage play, a noun, no verb of acting
    plays = any(w in PLAY_WORDS and not (w == "play" and words[i - 1 : i] == ["the"]) for i, w in enumerate(words))
    named = any(e.get("entity") == "character" for e in entities)
    asked = ("ask_who_plays" if named else "ask_cast") if plays else "ask_character"
    again = _read(text, asked, entities, store, lexicon)
    found = [e for e in (*entities, *again.entities) if e not in again.drop]
    if not plays and not any(e.get("entity") == "character" for e in found):
        return reading
    if again.intent in (None, "ask_novel"):  # "the adaptation of <the title>": the film, not its book
        again.intent = asked
        again.entities = [e for e in again.entities if (e.get("entity"), e.get("value")) != ("attribute", "novel")]
    again.drop = [*reading.drop, *again.drop]
    again.why = [*reading.why, *again.why, BOOK_WORD_BESIDE_A_CHARACTER]
    return again


def _told_of_another_work(
    words: _Words, told: list[tuple[int, int]], entities: list[dict[str, Any]], store: FactStore, lexicon: Lexicon
) -> str | None:
    """The other work a statement of the message says was seen ("I've never seen <a title>, is it good?"), when the
    message names nothing of this film: its questions' "it" is that work. None otherwise."""
    if not told or has_japanese(words.text) or any(e.get("entity") in NAME_KINDS for e in entities):
        return None
    hits = lexicon.find(words.words, ("attribute", "claim", "film"))
    if any(h.kind == "film" and h.phrase not in FILM_PRONOUNS for h in hits):
        return None  # "i saw <a title> but who directed <this film>?": this film is named
    capitalised = {
        i
        for i, (a, _) in enumerate(words.spans)
        if i and words.text[a].isupper() and not words.text[:a].rstrip().endswith((".", "?", "!"))
    }
    inside = [i for i, (a, b) in enumerate(words.spans) if any(start <= a and b <= end for start, end in told)]
    if not inside:
        return None
    clause = words.words[: inside[-1] + 1]
    return film_talk.other_work_seen(clause, hits, coverage.film_vocabulary(store, lexicon), capitalised)


# Words that ask when a work came out: the store holds the years of its people's works.
WORK_TIME_WORDS = frozenset("when year years released release premiere premiered premier date".split())
WORK_TIME_PHRASES = (("come", "out"), ("came", "out"), ("hit", "the"))


def names_a_work_of_ours(text: str, store: FactStore, lexicon: Lexicon) -> bool:
    """ "who directed the film <a work one of our people is known for>": a title after a work noun is one of the
    store's works, not another subject the store never heard of (bot/understanding/named_work.py)."""
    if has_japanese(text):
        return False
    named = named_work.find(text, store, lexicon.film_titles)
    return named is not None and named.owner is not None


def _named_in_a_note(title: str, store: FactStore) -> bool:
    """Whether a work's title is said in the note of a work one of our people is known for."""
    said = " ".join(tokens(title))
    return bool(said) and any(
        f" {said} " in f" {' '.join(tokens(work.detail or ''))} " for p in store.people.values() for work in p.known_for
    )


def _record_noun_before(words: _Words, named: named_work.NamedWork) -> int | None:
    """The index of the record noun right before a title ("album <X>"), or None."""
    before = [i for i, (_, end) in enumerate(words.spans) if end <= named.start]
    return before[-1] if before and words.words[before[-1]] in named_work.SONG_NOUNS else None


def _record_of_ours_unknown(words: _Words, named: named_work.NamedWork, entities: list[dict[str, Any]]) -> bool:
    """ "<a singer>'s album "<X>"": a record noun right before the title, owned by one of our people (their
    possessive right before the noun)."""
    noun = _record_noun_before(words, named)
    if noun is None or noun == 0:
        return False  # no record noun, or no word before it to own it
    owner = noun - 1
    people = spans_of(words, [e for e in entities if e.get("entity") == "person"])
    return words.words[owner].endswith("'s") and any(span.end == owner + 1 for span in people)


# The attribute a verb of playing (people_reading.PLAY_VERBS) asks of another work of one of our people.
PART_PLAYED = "part_played"


def _titled_work_read(
    words: _Words, entities: list[dict[str, Any]], store: FactStore, lexicon: Lexicon
) -> Reading | None:
    """The work a title after a work noun names is the question's subject (bot/understanding/named_work.py).

    Another work the store does not hold, in a message naming nothing else of this film: out of scope, so that
    "it" in the next question is that work. A work one of this film's people is known for: its year is asked of
    that person's works (listed with their years); another attribute is one the store does not hold of them
    ("I don't know the <attribute> of <X>'s other works"). None when the title is this film's or nothing is read.
    """
    if not words.words or has_japanese(words.text):
        return None
    named = named_work.find(words.text, store, lexicon.film_titles)
    passive = named_work.passive_subject(words.words) if named is None else None
    if passive is not None:  # "<X> was directed by which director": X is the work asked about
        subject = [w for w in words.words[passive[0] : passive[1]] if w not in coverage.FUNCTION_WORDS]
        owner = named_work.owner_of(" ".join(words.words[passive[0] : passive[1]]), store, short=True)
        known = coverage.film_vocabulary(store, lexicon) | coverage.known_work_words(store)
        if owner is not None:
            named = named_work.NamedWork(" ".join(subject), *words.chars(*passive), owner)
        elif subject and not any(coverage.knows(w, known) for w in subject):
            return Reading(OUT_OF_SCOPE, why=[f"another work: {' '.join(subject)}"])
    if named is None or named.ours:
        return None
    outside = [i for i, (a, b) in enumerate(words.spans) if b <= named.start or a >= named.end]
    hits = [h for h in lexicon.find(words.words, ("attribute", "film")) if h.start in outside]
    if _this_title_named(hits, lexicon):
        return None  # this film is named beside it: the other rules decide
    if named.owner is None and _record_noun_before(words, named) is not None and _named_in_a_note(named.title, store):
        # "when was the album <X> released?", where <X> is named only in a note of a work of ours (the album a
        # song of ours is on): of ours, but nothing of it is held
        return Reading("ask_fact", why=[f"a work named only in a note: {named.title}"])
    if named.owner is None and _record_of_ours_unknown(words, named, entities):
        # "when was <a singer of ours>'s album "<X>" released?": a record of theirs the store does not hold
        unknown = Reading("ask_fact", why=[f"a record of one of ours not held: {named.title}"])
        unknown.add("attribute", person_asked.ASKED_OF_PERSON, named.start, named.end)
        unknown.drop.extend(e for e in entities if e.get("entity") in ("crew_role", "topic", "attribute"))
        return unknown
    if named.owner is None:
        store_names = proper_names.store_names(store)
        if any(
            e.get("entity") == "person"
            and not (named.start <= int(e.get("start", -1)) < named.end)
            and proper_names.is_proper_name(str(e.get("value")), store_names)
            for e in entities
        ):
            # "was <one of our actors> in the film "<X>"?": asked of our person; a character of ours is in this
            # film only ("who played <a character> in the movie <X>?" asks of the other film's part)
            return None
        return Reading(OUT_OF_SCOPE, why=[f"another work: {named.title}"])
    said = [words.words[i] for i in outside]
    pairs = set(zip(said, said[1:], strict=False))
    person = store.people[named.owner]
    reading = Reading("ask_other_work")
    reading.add("person", person.name, named.start, named.end)
    # what the classifier took for this film's credit or topic ("the soundtrack of the film <X>") is the work's
    reading.drop.extend(e for e in entities if e.get("entity") in ("crew_role", "topic", "attribute"))
    # the owner named beside the title, whole or in part ("<first name> <surname>s first movie, <X>"): one person,
    # not two to choose from
    owner_words = set(tokens(person.name))
    reading.drop.extend(
        e for e in entities if e.get("entity") == "person" and set(tokens(str(e.get("value", "")))) <= owner_words
    )
    if set(said) & WORK_TIME_WORDS or pairs & set(WORK_TIME_PHRASES):
        reading.why.append("asked of someone's work: time")
        return reading
    attributes = [h for h in hits if h.kind == "attribute" and h.key not in works_of_people.WORK_KEYS]
    played = next((i for i in outside if words.words[i] in people_reading.PLAY_VERBS), None)
    # "what was <a>'s character called in <a work of theirs>?": the character noun asks the part as the verb does
    played = (
        played if played is not None else next((i for i in outside if proper_names.someones_part(words.words, i)), None)
    )
    shared = next((i for i in outside if words.words[i] in CO_STAR_WORDS), None)
    if not attributes and shared is not None and words.words[:1] == ["who"]:
        # "who starred alongside <a> in <a work of theirs>?": that work's co-stars, never this film's cast
        reading.add("works_attribute", CO_STARS, *words.chars(shared, shared + 1))
        reading.why.append("asked of someone's work: the co-stars")
        return reading
    if not attributes and played is not None:  # "who did <a> play in <a work of theirs>?": the part in that work
        reading.add("works_attribute", PART_PLAYED, *words.chars(played, played + 1))
        reading.why.append("asked of someone's work: the part played")
        return reading
    if not attributes:
        return None
    # "who wrote the music for the film <X>": the noun after the verb is what is asked, the last before the title
    before = [h for h in attributes if words.spans[h.start][0] < named.start]
    asked = before[-1] if before else attributes[0]
    reading.add("works_attribute", asked.key, *words.chars(asked.start, asked.end))
    reading.why.append(f"asked of someone's work: {asked.key}")
    return reading


def _performance_judged(words: _Words, entities: list[dict[str, Any]], store: FactStore, reading: Reading) -> None:
    """ "Was <an actor> good in the movie?", "how was <an actor> as <a character>?": how a cast member played their
    part in this film is what critics said of it (the reviews), not whether they are in it nor their own reviews
    (film_talk.performance_judged reads the structure)."""
    if reading.intent == REMARK:  # "i especially enjoyed <an actor>'s performance": told, not asked
        return
    years = works_period.years_said(words.words)
    if years and years != {store.release_year}:  # "<an actor>'s acting in <another year>": not in this film
        return
    named = [e for e in (*entities, *reading.entities) if e.get("entity") == "person"]
    liked = any(e.get("entity") in ("topic", "attribute") and e.get("value") == "reviews" for e in reading.entities)
    for entity in named:
        found = store.resolve(str(entity.get("value")), ("person",))
        start, stop = int(entity.get("start") or 0), int(entity.get("end") or 0)
        first = next((i for i, (a, b) in enumerate(words.spans) if a <= start < b), None)
        last = next((i for i, (a, b) in enumerate(words.spans) if a < stop <= b), None)  # "<X>'s acting": one token
        if not found or first is None or last is None or not store.roles_of(found[0].id):
            continue
        at = film_talk.performance_judged(words.words, (first, last + 1), liked)
        if at is None:
            continue
        gone = ("person", "character", "claim", "attribute", "topic")
        reading.entities = [e for e in reading.entities if e.get("entity") not in gone]
        reading.drop.extend(e for e in entities if e.get("entity") in gone)
        reading.intent = "ask_fact"
        reading.add("topic", "reviews", *words.chars(at, at + 1))
        reading.why.append("an actor's performance judged: the reviews")
        return


def _aspect_judged(text: str, entities: list[dict[str, Any]], film_words: frozenset[str]) -> Reading | None:
    """ "How is the acting?", "what did you think of the plot?", "how are the visuals?": an aspect of the film asked
    to be judged, the whole question (bot/understanding/aspect_judged.py): what critics said of the acting and the
    story, "I don't know that" of any other craft; never the part itself, the runtime, a credit or a refusal."""
    words = _Words.of(text)
    if has_japanese(text) or len(_clause_starts(words)) > 1:
        return None
    names = [e for e in entities if e.get("entity") in NAME_KINDS]
    found = aspect_judged.judged_aspect(words.words, spans_of(words, names), film_words)
    if found is None:
        return None
    reading = Reading(intent="ask_fact")
    span = words.chars(found.span.start, found.span.end)
    gone = ("person", "character", "claim", "attribute", "topic", "crew_role")
    reading.drop.extend(e for e in entities if e.get("entity") in gone)
    if found.reviewed:
        reading.add("topic", "reviews", *span)
        reading.why.append("an aspect of the film judged: the reviews")
    else:
        reading.add("attribute", person_asked.ASKED_OF_PERSON, *span)
        reading.why.append("an aspect of the film judged that no source judges")
    return reading


# The reviews' key, and the Japanese word of acting that makes someone's judged acting the critics' to answer.
REVIEWS = "reviews"
JAPANESE_ACTING = frozenset({"演技", "演技力"})
# A part of the film judged yes or no: "is the plot predictable?", "was the ending rushed?" (what critics said).
JUDGED_PARTS = frozenset(
    {
        "plot",
        "story",
        "storyline",
        "ending",
        "premise",
        "acting",
        "music",
        "script",
        "dialogue",
        "pacing",
        "chemistry",
        "movie",
        "film",
        "it",
    }
)
POLAR_BE = frozenset({"is", "was", "are", "were", "isn't", "wasn't"})
FILM_ITSELF = frozenset({"movie", "film", "it"})


def judged_part(words: list[str], other: str) -> bool:
    """ "Is the plot complicated?", "was the chemistry between the leads good?": a yes/no whose subject is a part of
    the film ("the <part>"), with the word the scope guard took for another subject after it."""
    if len(words) < 4 or words[0] not in POLAR_BE or words[1] != "the":
        return False
    if words[2] in FILM_PARTS_JUDGED and other and other.lower().split() == words[-1:]:
        # "is the costume not beautiful?", "is the actor attractive?": one word judging a part of the film, last
        between = words[3:-1]
        return all(w in GRADING_WORDS or w == "not" for w in between)
    if words[2] not in JUDGED_PARTS - FILM_ITSELF:
        return False  # ("is the film <a title> good?": a title after the film's noun names another film)
    return other.lower().split()[0] in words[3:] if other else False


# Parts of the film a yes/no may judge by one last word (the guard may take that word for a name or a title).
FILM_PARTS_JUDGED = (
    film_talk.PARTS_OF_A_FILM
    | aspect_judged.REVIEWED_ASPECTS
    | aspect_judged.OTHER_ASPECTS
    | frozenset({"costume", "costumes", "violence", "twist", "twists", "actor", "actress", "lead", "leads"})
) - FILM_ITSELF


def _part_judged(words: _Words, lexicon: Lexicon, reading: Reading) -> None:
    """ "Is the plot predictable?", "was the story boring?": a part of the film with a word of judgement for
    its predicate asks what critics said (the reviews), not the part itself (the plot, the ending's spoiler)."""
    said = words.words
    if reading.intent is not None or reading.entities or not said or said[0] not in POLAR_BE:
        return  # another reader understood it
    subject = next((i for i in range(1, min(len(said), 4)) if said[i] in JUDGED_PARTS), None)
    if subject is None:
        return
    found = lexicon.find(said, ("attribute", "claim"))
    judged = [h for h in found if h.key == "reviews" and h.start > subject]
    if any(h.kind == "claim" for h in found):
        return
    if not judged:
        _part_judged_by_an_unknown_word(words, subject, found, lexicon, reading)
        return
    reading.intent = "ask_fact"
    reading.add("topic", "reviews", *words.chars(judged[0].start, judged[0].end))
    reading.why.append("a part of the film judged: the reviews")


# Words that only grade a judgement: "was the story too complex?", "is the script strong enough?".
GRADING_WORDS = frozenset("too very so really quite pretty enough kind of a bit little overly somewhat".split())
JUDGEMENT_MAX_WORDS = 3


def _part_judged_by_an_unknown_word(
    words: _Words, subject: int, found: list[Hit], lexicon: Lexicon, reading: Reading
) -> None:
    """ "Was the storyline credible?", "was the story complex?": a named part of the film judged by a word the
    vocabulary does not know. Nobody's sources decide it ("I don't know whether …"); what critics said follows,
    never the part itself as if it answered (the plot's summary is no "yes" or "no")."""
    said = words.words
    if said[subject] in FILM_ITSELF or any(h.start > subject for h in found):
        return  # "is it cool?": "it" may be anything talked about; a known word has its own reader
    predicate = [w for w in said[subject + 1 :] if w not in GRADING_WORDS]
    if not 0 < len(predicate) <= JUDGEMENT_MAX_WORDS or any(
        w in coverage.FUNCTION_WORDS or not w.isalpha() for w in predicate
    ):
        return  # "is the plot about a girl?": a phrase, not a word of judgement
    form = polar_form.polar_question(words.text, lexicon.yes_no_openers)
    if form is None:
        return
    reading.intent = "ask_fact"
    reading.add("topic", "reviews", *words.chars(subject + 1, len(said)))
    reading.add("claim", f"{OPEN_CLAIM_WITH_CARD}:{form.statement}", form.start, form.end)
    reading.why.append("a part of the film judged by a word no source decides: the reviews after it")


def _sex_as_gender(reading: Reading, entities: list[dict[str, Any]], store: FactStore) -> None:
    """ "Is <a person> a woman?", "is the director a guy?": a description that says only a sex asks the person's
    gender, which the store does not hold: "I don't know <X>'s gender", not "I don't know that" and a description.
    A crew role names the one who holds it (the subject of the reply)."""
    for entity in list(reading.entities):
        value = str(entity.get("value"))
        if entity.get("entity") != "claim" or value.removeprefix("person_describes:") not in SEX_NOUNS:
            continue
        reading.entities.remove(entity)
        reading.add("attribute", "gender", int(entity["start"]), int(entity["end"]))
        reading.intent = "ask_fact"
        reading.why.append("a person described by a sex: their gender")
        found = [*entities, *reading.entities]
        if any(e.get("entity") == "person" for e in found):
            continue
        role = next((e for e in found if e.get("entity") == "crew_role"), None)
        held = store.role(str(role.get("value"))) if role is not None else None
        credit = store.crew.get(held) if held is not None else None
        holders = list(credit.people) if credit is not None else []
        if role is not None and len(holders) == 1 and holders[0] in store.people:
            reading.add("person", store.people[holders[0]].name, int(role["start"]), int(role["end"]))


# Verbs of knowing someone: "do you know (much about) <X>", "have you heard of <X>".
KNOWING = frozenset({"know", "knew", "heard", "hear"})
# Words of a question about whom a name means: "who <X> is", "who is <X>", "(know|heard) (much) (about|of) <X>".
WHO_IS = frozenset({"is", "was"})
ABOUT_SOMEONE = frozenset({"about", "of"})
# Words that may close such a question after the name: "… <X> though?", "… <X> at all?".
CLOSING_WORDS = frozenset({"though", "at", "all", "anyway"})


def _stranger_asked_about(words: _Words, store: FactStore, lexicon: Lexicon) -> str | None:
    """ "It would be scary lol, do you know who <X> is?", "do you know much about Mr <X>?": a capitalised name the
    store does not hold, in the place of whom the question is about (proper_names.py), makes the whole message
    about that person, whatever film words (a genre, "it") another clause has. The name, or None."""
    if has_japanese(words.text):
        return None
    hits = lexicon.find(words.words, ("attribute", "claim", "film", "other_topic"))
    known = coverage.film_vocabulary(store, lexicon) | coverage.known_work_words(store)
    found = proper_names.unknown_names(
        words.text,
        words.words,
        words.spans,
        lambda i: coverage.covered(i, hits, []),
        known,
        lexicon.ordinary_names,
        proper_names.store_names(store),
    )
    for name in found:
        before, rest = words.words[: name.start], words.words[name.end :]
        if rest and rest[0] in WHO_IS and before[-1:] == ["who"]:
            rest = rest[1:]  # "who <X> is"
        elif not (before[-2:-1] == ["who"] and before[-1:] and before[-1] in WHO_IS) and not (
            before[-1:] and before[-1] in ABOUT_SOMEONE and KNOWING & set(before)
        ):
            continue
        if set(rest) <= CLOSING_WORDS:
            return name.text
    return None


# Social formulas that may open a question without changing it: a greeting, thanks. A "yes" or a "no" may
# answer the question before (spoilers), so it stays.
OPENING_FORMULAS = frozenset({"greet", "thanks"})


def _social_opening(words: _Words, lexicon: Lexicon) -> int:
    """Where the question starts after clauses that only greet or thank ("hi what's up, who plays <a>?",
    "hey there! thanks, and who wrote it?"), call for attention ("hey, May, look, is that ...?") or say the film's
    title back ("<the title>? is that book funny?"), or 0. Read with the greeting, a formula such as "what's up" is a
    wh-question about an unknown "up"; the greeting is answered by answering the question."""
    if has_japanese(words.text):
        return japanese_social_opening(words.text, lexicon)
    starts = _clause_starts(words)
    ends = [*starts[1:], len(words.words)]
    for start, end in zip(starts, ends, strict=True):
        said = words.words[start:end]
        opening = (
            social.formula(said, lexicon) in OPENING_FORMULAS
            or _calls_for_attention(words, start, end)
            or (start == 0 and len(starts) > 1 and _title_echoed(said, lexicon))
        )
        if not opening:
            # the greeting stands before a request ("hi, who …?"), not before something told ("hey, have you
            # seen <another film>? it was …", which is read whole); a last clause with a question mark asks
            # whatever its first word ("hello. have you ever heard of <a person>?")
            asked = _asks(words.words[start:end]) or (end == len(words.words) and words.text.rstrip().endswith("?"))
            return words.spans[start][0] if start and asked else 0
    return 0  # only formulas: the message is small talk


def japanese_social_opening(text: str, lexicon: Lexicon) -> int:
    """ "ありがとうございます。<題名>のジャンルを教えてください。", "いいですね。<題名>の電話番号は？": where the
    question starts after whole sentences that only greet, thank or acknowledge the last answer, when what follows
    asks; or 0."""
    spans = japanese_coverage.sentences(text)
    for index, (start, end) in enumerate(spans):
        said = text[start:end]
        opening = social.formula(tokens(said), lexicon) in OPENING_FORMULAS or (
            JAPANESE_SENTENCE_MARKS.sub("", said) in lexicon.opening_remarks
        )
        if not opening:
            return start if index and japanese_coverage.asks(text[start:]) else 0
    return 0


# The marks around a Japanese sentence, left out when it is compared with a formula.
JAPANESE_SENTENCE_MARKS = re.compile(r"[\s。．、！？!?…ー〜]+")


# Words that turn from something told to what is asked: "… and there was this rally, but anyway, what is …?".
TURNING_WORDS = frozenset({"anyway", "anyways", "anyhow"})
# Words in the question that may point back into the story told before it: then the story is kept.
STORY_POINTERS = frozenset({"he", "she", "him", "her", "his", "hers", "it", "its", "they", "them", "their"})


def _turned_aside(words: _Words) -> int:
    """Where the question starts when "anyway" turns to it from a story told ("I started it and there was this
    rally, but anyway, what is this book about?"), or 0. The story asks nothing (no question mark, no opening
    request) and the question points at nothing in it ("anyway, who plays her?" keeps what "her" means)."""
    said = words.words
    turn = max((i for i, word in enumerate(said) if word in TURNING_WORDS), default=0)
    if turn == 0 or turn + 1 >= len(said):
        return 0
    asked = said[turn + 1 :]
    if "?" in words.text[: words.spans[turn][0]] or _asks(said[:turn]) or STORY_POINTERS & set(asked):
        return 0
    return words.spans[turn + 1][0] if _asks(asked) or words.text.rstrip().endswith("?") else 0


# Words that only call for attention or buy time before a question: "hey, look, is that ...?", "ahem ... uh, sir, I
# beg your pardon ... are you ...?".
ATTENTION_WORDS = frozenset(
    """hey look oh wow well ahem uh um er hmm yeah ok okay so sir mister madam maam excuse me pardon i beg your listen
    say dear man dude""".split()
)


def _calls_for_attention(words: _Words, start: int, end: int) -> bool:
    """A clause of attention words only, or one capitalised word addressing someone ("hey, May, look, ...")."""
    said = words.words[start:end]
    if said and all(w in ATTENTION_WORDS for w in said):
        return True
    return end == start + 1 and start > 0 and words.text[words.spans[start][0]].isupper()


def _title_echoed(said: list[str], lexicon: Lexicon) -> bool:
    """A clause that only says this film's title back ("<the title>? is that book funny?")."""
    hits = lexicon.find(said, ("film",))
    return len(hits) == 1 and hits[0].phrase not in lexicon.film_references and hits[0].end - hits[0].start == len(said)


# Answers that name one person of the film, whom a later "he" or "she" of the same message means.
NAMING_ANSWERS = frozenset({"ask_director", "ask_crew", "ask_who_plays"})
# Words that only react to the last answer ("really", "oh cool", "wow ok"): no clause of their own.
REACTION_WORDS = film_talk.OPENERS | frozenset({"really", "interesting", "cool", "nice", "great", "ah", "hmm", "huh"})
# What a later clause is not, read alone: nothing asked, or not about the film.
NOT_A_PART = frozenset({FALLBACK, OUT_OF_SCOPE, REMARK, *NOT_QUESTIONS, *YES_NO_ANSWERS})


def _pointing_parts(
    text: str, intent: str | None, entities: list[dict[str, Any]], store: FactStore, lexicon: Lexicon
) -> Reading | None:
    """ "Who directed it? how old is he?", "who plays <a character>, and how old is he?": the later clause asks
    about whom the earlier part's answer names. Each part is read alone (the later one as the follow-up it
    would be in the next message) and answered in order; actions/follow_on.py gives the later part the
    person the first answer named. None when the message is not of that shape."""
    if has_japanese(text):
        return None
    words = _Words.of(text)
    at = clauses.pointing_clause(words.words, _clause_starts(words))
    if at is None:
        return None
    begin = words.spans[at][0]
    if set(words.words[:at]) <= REACTION_WORDS:
        return None  # "really, and is he …?": the head only reacts to the last answer; the pronoun means its person
    before = [e for e in entities if int(e.get("end", len(text) + 1)) <= begin]
    inside = [e for e in entities if int(e.get("start", -1)) >= begin]
    if any(e.get("entity") in NAME_KINDS for e in inside):
        return None  # "who plays <a>, and is he <b>'s brother?": the later clause names its own subject
    head = text[:begin] + " " * (len(text) - begin)
    first = _read_part(head, intent, before, store, lexicon)
    if (first.intent or intent) not in NAMING_ANSWERS:
        first = _read_part(head, FALLBACK, before, store, lexicon)  # the classifier read the later clause
    plays = PLAY_WORDS & set(words.words[:at]) and any(e.get("entity") == "character" for e in before)
    if first.intent == "ask_person" and plays:
        first.intent = "ask_who_plays"  # "do you know who played <a character>?": the actor, named
    # (or a part that names a person by a role: "how old is the main actress, and what else has she been in?")
    if (first.intent or intent) not in NAMING_ANSWERS and not any(e["entity"] == "person" for e in first.entities):
        return None
    later = _read_part(" " * begin + text[begin:], FALLBACK, inside, store, lexicon)
    part = later.intent or ("ask_person" if clauses.who_is_pointed(words.words[at:]) else None)
    # the same question of another one ("who plays <a> and who plays his sister?") is a part of its own
    # (only after a question of its own: "<a>, and who plays his sister?" names whom the one question is about)
    own_subject = any(e["entity"] == "relation" for e in later.entities) and words.words[0] in clauses.WH_WORDS
    if part is None or part in NOT_A_PART or part == (first.intent or intent) and not own_subject:
        return None
    first.add("also_ask", part, begin, len(text))
    first.entities.extend(e for e in later.entities if e["entity"] != "also_ask")
    first.drop.extend(e for e in inside if e not in later.drop)
    first.why.append(f"a later clause about whom the answer names: {part}")
    return first


# Openers typed as a letter or a word of their own ("r u sure", "any good"): "is it PG 13 or R rated?" is one
# question of a choice, not two.
LETTER_OPENERS = frozenset({"r", "any", "iz"})
# Words that join a second yes/no question to the first: "is it sad and is it long", "is it X or is it Y".
YES_NO_JOINERS = clauses.JOINING | {"or", "but", "so"}


def _yes_no_parts(
    text: str, entities: list[dict[str, Any]], store: FactStore, lexicon: Lexicon, reading: Reading
) -> bool:
    """ "Is it a true story? is it based on a book?", "did <a> direct it and did <b> star in it": two yes/no
    questions or more in one message, each with a claim of its own when read alone. The first is the message's
    reading; each later one is an `also_claim` ("<intent>|<claim>", over its clause), decided and answered after
    it (actions/follow_on.py), so that every yes or no asked is given. False when the message is not of that
    shape (fewer than two yes/no clauses with a claim each)."""
    if has_japanese(text):
        return False
    words = _Words.of(text)
    breaks = set(_clause_starts(words))
    starts = [
        i
        for i, word in enumerate(words.words)
        if word in lexicon.yes_no_openers - LETTER_OPENERS
        and (i == 0 or i in breaks or words.words[i - 1] in YES_NO_JOINERS)
    ]
    if len(starts) < 2 or starts[0] > 1:  # the message opens with its first yes/no ("so is it …")
        return False
    parts: list[tuple[Reading, int, int]] = []
    for a, b in zip(starts, [*starts[1:], len(words.words)], strict=True):
        while b - 1 > a and words.words[b - 1] in YES_NO_JOINERS:
            b -= 1  # the joining word belongs to neither part
        begin, end = words.chars(a, b)
        inside = [e for e in entities if begin <= int(e.get("start", -1)) < end]
        part = _read_part(" " * begin + text[begin:end] + " " * (len(text) - end), FALLBACK, inside, store, lexicon)
        claims = [e for e in part.entities if e["entity"] == "claim"]
        if part.intent is None or part.intent in NOT_A_PART or not claims:
            return False
        parts.append((part, begin, end))
    first, first_end = parts[0][0], parts[0][2]
    said = [e for e in reading.entities if e["entity"] == "claim"]
    if not said or int(said[0].get("start", 0)) >= first_end:  # the message read whole is not its first question
        reading.intent = first.intent
        reading.entities = [e for e in reading.entities if e["entity"] not in SPAN_ENTITIES | {"also_ask"}]
        reading.entities.extend(first.entities)
    for part, begin, end in parts[1:]:
        claim = next(e for e in part.entities if e["entity"] == "claim")
        reading.add("also_claim", f"{part.intent}|{claim['value']}", begin, end)
        reading.entities.extend(e for e in part.entities if e["entity"] not in ("claim", "also_ask"))
    reading.why.append(f"yes/no questions read one by one: {len(parts)}")
    return True


# The word that takes back what was asked before it: "... no, was the book published by <X>?".
CORRECTING = "no"
# Intents that ask for a person: a clause read alone as one of them is the clause the classifier read as another.
PERSON_ASKED = frozenset({"ask_person", "ask_who_plays", "ask_character", "ask_cast", "ask_director"})


def _questions_left(
    text: str, intent: str | None, entities: list[dict[str, Any]], store: FactStore, lexicon: Lexicon, reading: Reading
) -> None:
    """ "Who is the lead actress? Who is the director?", "what is it rated and then how long is it", "what kind of
    movie is it? also is it sad?": a message of several requests answered with one part only. Each request clause
    (a wh-word, an auxiliary or a request verb after a break or after joining words, see clauses.part_starts) is
    read alone. When the answer given is one of those readings, every clause is answered, in the order asked:
    a clause that is neither the answer given nor anything already added is no longer dropped."""
    current = reading.intent or intent
    if current in NOT_A_PART or current is None or has_japanese(text):
        return
    if any(e["entity"] == "also_ask" for e in reading.entities):
        return
    words = _Words.of(text)
    if _opens_with_an_apposition(text, words, entities):
        return  # one question of the one named: its predicate comes after the clause that describes them
    bounds = clauses.part_starts(words.words, _clause_starts(words))
    asking = [
        (a, b)
        for a, b in zip(bounds, [*bounds[1:], len(words.words)], strict=True)
        if (_request_clause(words, a, b) or _bare_question(words, a, b)) and len(_part_words(words.words[a:b])) > 1
    ]
    # "was the book put out... no, was the book published by <X>?": a clause taken back asks nothing
    corrected = [i for i, (a, _) in enumerate(asking) if i and CORRECTING in words.words[a - 1 : a + 1]]
    asking = asking[corrected[-1] :] if corrected else asking
    # "is <the title>, is it a terror movie": a question begun, then asked again from its start
    subject_words = film_name_words(store, lexicon) | {"it"}
    asking = [
        part for i, part in enumerate(asking) if not _restarted(words.words, part, asking[i + 1 :], subject_words)
    ]
    if len(asking) < 2:
        return
    parts: list[tuple[Reading, int, int]] = []
    for a, b in asking:
        begin, end = words.chars(a, b)
        inside = [e for e in entities if begin <= int(e.get("start", -1)) < end]
        part = _read_part(" " * begin + text[begin:end] + " " * (len(text) - end), FALLBACK, inside, store, lexicon)
        parts.append((part, begin, end))
    unread = [part for part, _, _ in parts if part.intent is None]
    placed = {part.intent for part, _, _ in parts}
    kin = [part for part, _, _ in parts if part.intent in PERSON_ASKED and current in PERSON_ASKED]
    if current not in placed and len(kin) == 1:
        kin[0].intent = current  # "who plays <a character> and …": the classifier's person question is that clause's
    elif current not in placed and len(unread) == 1:
        unread[0].intent = current  # the one clause the reader cannot place alone is the one the answer given read
    elif (
        current == "ask_fact"
        and intent in QUESTION_INTENTS
        and intent not in placed
        and len(unread) == 1
        and not _clause_unexplained(text, parts, unread[0], intent)
    ):
        # "how much is it? how long does it last?": a rule read one clause as a fact the store may lack (the
        # price), the classifier read the message as another question; that is the clause the reader cannot place
        # (unless its words are mostly unseen: "does it do everything that the <a device> does?")
        unread[0].intent = intent
    if current not in {part.intent for part, _, _ in parts}:
        return  # the answer given is not one of the clauses' own readings: the message is read as a whole
    for part, begin, end in parts:
        if part.intent is None:  # "… and which theater is best?": answered or declared unknown, never dropped
            _place_by_structure(words, part, begin, end)
    claimed = any(e["entity"] == "claim" for e in [*entities, *reading.entities])
    restated = _restating_clauses(words, asking, entities, lexicon)
    kept: list[tuple[Reading, int, int]] = []
    repeated: list[tuple[Reading, int, int]] = []
    for index, (part, begin, end) in enumerate(parts):
        if index in restated:
            continue  # "when did that song come out, what year specifically?": the same question again, of the same
        if index and _asks_of_the_thing_before(words, asking[index], part, reading, lexicon):
            continue
        other = part.intent == OUT_OF_SCOPE  # "how long is it and what's the weather like?": refused, not dropped
        if part.intent is None or (part.intent in NOT_A_PART and not other):
            continue
        if part.intent in {p.intent for p, _, _ in kept}:
            repeated.append((part, begin, end))
            continue
        part_claim = any(e["entity"] == "claim" for e in part.entities)
        if part_claim and claimed and part.intent != current:
            continue  # one yes/no is answered per message: the one already read stays
        claimed = claimed or part_claim
        kept.append((part, begin, end))
    _same_question_of_other_parts(kept, repeated, reading)
    if len(kept) < 2:
        return
    # the first clause's part is answered first, the one the classifier chose where it was asked; a part about
    # something else is refused after the film's parts
    kept.sort(key=lambda kept_part: kept_part[0].intent == OUT_OF_SCOPE)
    reading.intent = kept[0][0].intent
    have = {(e["entity"], str(e["value"])) for e in [*entities, *reading.entities]}
    for part, begin, end in kept:
        if part is not kept[0][0]:
            reading.add("also_ask", str(part.intent), begin, end)
        for entity in part.entities:
            if entity["entity"] != "also_ask" and (entity["entity"], str(entity["value"])) not in have:
                reading.entities.append(entity)
                have.add((entity["entity"], str(entity["value"])))
        if part.intent != current:
            reading.why.append(f"another request read alone: {part.intent}")


def _clause_unexplained(text: str, parts: list[tuple[Reading, int, int]], clause: Reading, intent: str) -> bool:
    """Whether the words of one clause are mostly words no training example uses, more than support `intent`."""
    begin, end = next((b, e) for part, b, e in parts if part is clause)
    return default_evidence().unexplained(intent, tokens(text[begin:end]))


def _story_without_its_end(words: _Words, attributes: list[Hit]) -> bool:
    """Only the story's words are read ("what's the deal with …", "the plot"), and no other word is evidence of the
    ending ("end", "die", "happen")."""
    if {h.key for h in attributes} != {"plot"}:
        return False
    outside = [w for at, w in enumerate(words.words) if not any(h.start <= at < h.end for h in attributes)]
    return not default_evidence().supporting("ask_ending", outside)


# Words that open a clause describing the one just named: "<a>, who won <a prize>, is …", "<a>, as <a title>, is …".
APPOSITION_OPENERS = frozenset({"who", "whose", "which", "as", "being"})


def _opens_with_an_apposition(text: str, words: _Words, entities: list[dict[str, Any]]) -> bool:
    """ "<a person>, who received <a prize>, is a citizen of what country?": a name, a comma and a clause that
    describes the one named; the question after it is the predicate of that name, never a request of its own."""
    named = spans_of(words, [e for e in entities if e.get("entity") in NAME_KINDS])
    first = next((span for span in named if span.start == 0), None)
    if first is None or first.end >= len(words.words) or words.words[first.end] not in APPOSITION_OPENERS:
        return False
    between = text[words.spans[first.end - 1][1] : words.spans[first.end][0]]
    return "," in between


def _restarted(said: list[str], part: tuple[int, int], later: list[tuple[int, int]], subject: frozenset[str]) -> bool:
    """A clause of an auxiliary and the film alone (`subject`: the words that name or point at it) that the next
    clause opens with the same auxiliary again ("is <the title>, is it a terror movie", "does the movie, does it have
    a sequel?"): begun, broken off, asked anew."""
    a, b = part
    if not later or b - a < 2 or said[later[0][0]] != said[a]:
        return False
    return all(word in subject for word in said[a + 1 : b])


# Words before a name that ask for someone else: "a girlfriend before <b>", "friends other than <b>".
BESIDES_ONE = frozenset({"before", "besides", "beside", "except", "prior"})
BESIDES_TWO = (("other", "than"), ("apart", "from"), ("aside", "from"), ("prior", "to"))


def _someone_besides(words: _Words, names: list[dict[str, Any]]) -> bool:
    """The last name said right after a word that excludes it ("before <b>", "other than <b>")."""
    starts = [int(n.get("start", -1)) for n in names if n.get("start") is not None]
    if not starts:
        return False
    at = next((i for i, (a, _) in enumerate(words.spans) if a >= max(starts)), None)
    if at is None or at == 0:
        return False
    return words.words[at - 1] in BESIDES_ONE or tuple(words.words[max(0, at - 2) : at]) in BESIDES_TWO


def _asks_of_the_thing_before(
    words: _Words, clause: tuple[int, int], part: Reading, reading: Reading, lexicon: Lexicon
) -> bool:
    """ "Is there a sequel and when will it come out?": a later clause whose "it" asks an attribute the whole
    message asked of one of the film's things is that thing's question, already answered, not the film's. When an
    earlier clause's "it" was the film ("is there a trailer for it and when did it come out?"), so is this one."""
    if not FILM_PRONOUNS & set(words.words[clause[0] : clause[1]]) or any(
        e["entity"] in NAME_KINDS for e in part.entities
    ):
        return False
    if reading.pronoun_of_unknown_thing is not None:
        return True
    if FILM_PRONOUNS & set(words.words[: clause[0]]):
        return False
    asked = (lexicon.attributes.get(key) for key in reading.asked_of_things)
    return any(attribute is not None and attribute.intent_for("film") == part.intent for attribute in asked)


# What a clause asks when it asks the thing of its intent itself beside a clause asking a part of it: "who
# published the book and how many books are in the series?" asks the novel (its author, publisher, year) and its
# series (actions/crew.py answers both).
THE_THING_ITSELF = {"ask_novel": "novel"}
# Entities that name the part a question asks for, each answered by the same action: two crew credits.
NAMED_PARTS = frozenset({"crew_role"})


def _same_question_of_other_parts(
    kept: list[tuple[Reading, int, int]], repeated: list[tuple[Reading, int, int]], reading: Reading
) -> None:
    """Two clauses read alone as the same question of different attributes ("who published the novel and how many
    books are in the series", "when was it published, how many books are in the series"): the later clause is no
    part of its own, but its attributes are asked too. A clause that names no attribute asks the thing itself."""
    for part, begin, end in repeated:
        twin, twin_begin, twin_end = next(k for k in kept if k[0].intent == part.intent)
        have = {(e["entity"], str(e["value"])) for e in [*twin.entities, *reading.entities]}
        roles = [e for e in part.entities if e["entity"] in NAMED_PARTS and (e["entity"], str(e["value"])) not in have]
        if roles:  # "who scored it and who is it written by": each credit named is answered (actions/crew.py)
            if reading.intent is None:
                reading.intent = twin.intent
            reading.entities.extend(
                e for e in twin.entities if e["entity"] in NAMED_PARTS and e not in reading.entities
            )
            reading.entities.extend(roles)
            reading.why.append(f"the same question of another part: {part.intent}")
            continue
        itself = THE_THING_ITSELF.get(str(part.intent))
        own = [e for e in twin.entities if e["entity"] == "attribute"]
        added = [e for e in part.entities if e["entity"] == "attribute" and e["value"] not in _values(own)]
        if itself is None or not (added or own) or (added and own):
            continue  # the same question again, or two parts asked of it: the one reading stands
        if reading.intent is None:
            reading.intent = twin.intent
        # the clause with no attribute asks the thing itself; the other one's part is asked too
        reading.add("attribute", itself, *((twin_begin, twin_end) if added else (begin, end)))
        held = _values([e for e in reading.entities if e["entity"] == "attribute"])
        reading.entities.extend(e for e in added or own if e["value"] not in held)
        reading.why.append(f"the same question of another part: {part.intent}")


def _values(entities: list[dict[str, Any]]) -> set[str]:
    return {str(e["value"]) for e in entities}


def _restating_clauses(
    words: _Words, asking: list[tuple[int, int]], entities: list[dict[str, Any]], lexicon: Lexicon
) -> set[int]:
    """The request clauses that only ask again what the clause before them asked ("..., what year specifically?",
    "..., what year exactly?"): the same attributes, and no name, film word or entity of their own, so no other owner
    of them. Their owner is the earlier clause's (the theme song's year, not the film's)."""
    found = set()
    for index in range(1, len(asking)):
        (a0, b0), (a, b) = asking[index - 1], asking[index]
        hits = lexicon.find(words.words[a:b], ("attribute", "film"))
        asked = {h.key for h in hits if h.kind == "attribute"}
        # what the earlier clause asks, not the owner it names ("how many pages is the book": the pages)
        earlier = [h for h in lexicon.find(words.words, ("attribute",)) if a0 <= h.start < b0]
        before = {h.key for h in _asked_apart(words, earlier)}
        begin, end = words.chars(a, b)
        named = any(begin <= int(e.get("start", -1)) < end for e in entities) or any(h.kind == "film" for h in hits)
        # every other word only shapes the question ("what year was that, specifically"): no owner of its own
        # ("how long is the book?" after "how long is it?" asks the book's)
        bare = all(coverage.covered(i - a, hits, []) or words.words[i] in RESTATING_WORDS for i in range(a, b))
        if asked and asked <= before and not named and bare:
            found.add(index)
    return found


# Words a question restated may add without naming anything: "what year was that, specifically?".
RESTATING_WORDS = owners.WH_WORDS | owners.AUXILIARIES | owners.DETERMINERS | owners.FILLERS | {"it", "again"}


def beside_another_subject(
    text: str, intent: str | None, entities: list[dict[str, Any]], subject: str, store: FactStore, lexicon: Lexicon
) -> Reading | None:
    """ "What type of movie is it? Where is the theater located?": the other-subject guard found a word it never
    saw in a later sentence, while the sentences before it ask about this film. The film's sentences are read and
    answered; the later one is a part of its own, refused, or the where-to-watch answer when it asks for a cinema
    (asking_parts.py). None when the message is not of that shape (the subject in the first sentence, the first
    sentences asking nothing of the film)."""
    if has_japanese(text):
        return None
    ends = [m.end() for m in SENTENCE_MARK.finditer(text)]
    found = re.search(rf"\b{re.escape(subject)}\b", text, re.I)
    cut = max((e for e in ends if found is not None and e <= found.start()), default=0)
    if not cut or not text[cut:].strip():
        return None
    later = _Words.of(" " * cut + text[cut:])
    if not _asks(later.words) or later.words[1:2] == ["about"]:
        return None  # "is it available? what about a show for <X>?": the first question asked again of X
    head = text[:cut] + " " * (len(text) - cut)
    first = _read_part(head, intent, [e for e in entities if int(e.get("end", len(text) + 1)) <= cut], store, lexicon)
    if first.intent is None or first.intent in NOT_A_PART:
        return None
    placed = asking_parts.unplaced(later.words)
    part = placed.intent if placed is not None and placed.intent == asking_parts.WHERE_TO_WATCH else OUT_OF_SCOPE
    if part != first.intent:
        first.add("also_ask", part, *later.chars(0, len(later.words)))
    first.drop.extend(e for e in entities if int(e.get("start", -1)) >= cut)
    first.why.append(f"a later sentence about another subject: {part}")
    return first


# The end of a sentence: "?", "!", ";" or a full stop before a space.
SENTENCE_MARK = re.compile(r"[?!;]+|\.(?=\s)")


def _place_by_structure(words: _Words, part: Reading, begin: int, end: int) -> None:
    """A request clause the reader could not place alone: what its structure asks (asking_parts.py), with the
    unheld attribute over its words when the answer is "I don't know <that>"."""
    first = next(i for i, (a, _) in enumerate(words.spans) if a >= begin)
    last = max(i for i, (_, b) in enumerate(words.spans) if b <= end) + 1
    bare = not _asks(words.words[first:last])
    found = asking_parts.unplaced(_part_words(words.words[first:last]), bare)
    if found is None:
        return
    part.intent = found.intent
    if found.attribute is not None:
        skipped = len(words.words[first:last]) - len(_part_words(words.words[first:last]))
        part.add("attribute", found.attribute, *words.chars(first + skipped + found.start, first + skipped + found.end))
    part.why.append(f"a clause placed by its structure: {found.intent}")


def _in_message_order(text: str, intent: str | None, reading: Reading) -> None:
    """ "Who wrote the music and who directed it?": the parts of a message are answered in the order asked. The
    answer a rule chose first (often the part the store cannot answer) may stand in a later clause than a part
    added after it; then the parts are turned round so that the first clause's is answered first. A message
    with "he" or "she" keeps its order: a later part may point at whom the first answer names."""
    current = reading.intent or intent
    also = [e for e in reading.entities if e["entity"] == "also_ask"]
    if not also or current is None or current in NOT_A_PART or has_japanese(text):
        return
    if "ask_fact" in {current, *(e["value"] for e in also)}:
        # an "I don't know" part keeps the place the other rules gave it: the dev set lost a right answer when
        # an unheld part was moved behind an answer
        return
    words = _Words.of(text)
    if clauses.PERSON_POINTERS & set(words.words):
        return
    bounds = clauses.part_starts(words.words, _clause_starts(words))
    spans = [words.chars(a, b) for a, b in zip(bounds, [*bounds[1:], len(words.words)], strict=True)]

    def clause_of(at: int) -> int:
        return max(i for i, (begin, _) in enumerate(spans) if begin <= at or i == 0)

    taken = {clause_of(int(e["start"])) for e in also}
    main = next(
        (
            i
            for i, (a, b) in enumerate(zip(bounds, [*bounds[1:], len(words.words)], strict=True))
            if i not in taken and _request_clause(words, a, b)
        ),
        None,
    )
    if main is None or main < min(taken):
        return
    parts = sorted(
        [
            (main, str(current), *spans[main]),
            *((clause_of(int(e["start"])), str(e["value"]), e["start"], e["end"]) for e in also),
        ],
        key=lambda part: (part[1] == OUT_OF_SCOPE, part[0]),  # a refused part last
    )
    if parts[0][1] == str(current):
        return
    reading.intent = parts[0][1]
    reading.entities = [e for e in reading.entities if e["entity"] != "also_ask"]
    said = {parts[0][1]}
    for _, part, begin, end in parts[1:]:
        if part not in said:
            reading.add("also_ask", part, int(begin), int(end))
            said.add(part)
    reading.why.append("parts in the order asked")


def _bare_question(words: _Words, a: int, b: int) -> bool:
    """ "What genre? Address of theater?": a later clause of a few words asked with a question mark and no opener
    (a noun phrase asked by its mark alone) that names a cinema or a price (asking_parts.py)."""
    if a == 0 or b - a > BARE_QUESTION_WORDS or _asks(words.words[a:b]):
        return False
    after = words.text[words.spans[b - 1][1] : words.spans[b][0] if b < len(words.words) else len(words.text)]
    # only a noun phrase whose words place it ("Address of theater?"), never a reaction or a pointer ("this one?")
    return "?" in after and asking_parts.unplaced(_part_words(words.words[a:b]), bare=True) is not None


# The most words of a noun phrase asked by its question mark alone: "price of the rental?".
BARE_QUESTION_WORDS = 4


# What opens a request clause: a wh-word, an auxiliary ("is it sad?"), a request verb ("tell me ...").
PART_OPENERS = clauses.WH_WORDS | clauses.AND_OPENERS | clauses.REQUEST_VERBS | {"are", "do", "will", "should"}


# Words that follow a relative "which" ("<the title>, which is based on a novel, …"): a verb, not a noun asked of.
RELATIVE_VERBS = frozenset({"is", "was", "are", "were", "has", "had", "have", "will", "would", "stars", "starred"})
# Subjects after an auxiliary that opens a yes/no question: "is it …", "was there …", "did the film …".
QUESTION_SUBJECTS = frozenset(
    {"it", "its", "it's", "this", "that", "there", "he", "she", "they", "you", "the", "a", "an"}
)


def _request_clause(words: _Words, a: int, b: int) -> bool:
    """Whether words a..b are a request of their own, not a piece of one sentence: after a comma, "which is
    based on …" describes what came before, and an auxiliary with no subject after it ("<a person>, the
    composer, was born when?") goes on with the sentence; a yes/no question puts its subject after it ("…, is
    it sad?"). After "?", "." or joining words a clause opens as it may."""
    clause = words.words[a:b]
    if not _asks(clause):
        return False
    asked = _part_words(clause)
    after_comma = a > 0 and words.text[words.spans[a - 1][1] : words.spans[a][0]].strip() == ","
    if not after_comma or clause[0] in clauses.JOINING:
        return True
    if asked[0] in ("which", "whose") and asked[1:2] and asked[1] in RELATIVE_VERBS:
        return False
    if asked[0] in clauses.WH_PREPOSITIONS and asked[1:2] in (["which"], ["whom"]):
        return False  # "<the title>, in which <an actor> starred": a relative clause
    return asked[0] not in AUXILIARY_OPENERS or bool(asked[1:2]) and asked[1] in QUESTION_SUBJECTS


# Auxiliaries that open a yes/no question: "is it …", "did she …".
AUXILIARY_OPENERS = clauses.AND_OPENERS | frozenset({"are", "do", "will", "should"})


def _asks(clause: list[str]) -> bool:
    """Whether a clause opens as a request: "what ...", "is it ...", "tell me ...", "since when ...?"."""
    asked = _part_words(clause)
    if asked[:1] and asked[0] in clauses.WH_PREPOSITIONS:
        asked = asked[1:]
    return bool(asked) and asked[0] in PART_OPENERS


def _part_words(clause: list[str]) -> list[str]:
    """A clause's words after its joining words: "and when" is one word, elliptic, and no request by itself
    ("is there a sequel and when": the sequel's date, not the film's)."""
    at = next((i for i, word in enumerate(clause) if word not in clauses.JOINING), len(clause))
    return clause[at:]


# Words that may follow what is asked without naming a work: "who the director is and ...", "the rating?"
AFTER_ASKED = frozenset({"is", "was", "are", "and", "also", "plus", "please", "too", "again", "then", "of", "it"})
# Words between what is asked and a work it could be of: "the director of <a work>", "directed the <work>".
BEFORE_WORK = frozenset({"of", "in", "for", "the", "a", "an", "on"})


def _no_work_named(words: _Words, attributes: list[Hit], known: frozenset[str]) -> bool:
    """No unknown word right after what is asked ("who directed titanic", "the runtime of avatar"): the
    facts asked are not another work's."""
    for hit in attributes:
        after = [w for w in words.words[hit.end : hit.end + 3] if w not in BEFORE_WORK][:1]
        if after and after[0] not in known and after[0] not in AFTER_ASKED and after[0] not in clauses.WH_WORDS:
            return False
    return True


# Words that open a request clause besides a wh-word or an auxiliary: "tell me who the actor is".
REQUEST_OPENERS = frozenset({"tell", "can", "could", "would", "do", "let", "please", "give"})


def _other_parts(
    text: str,
    words: _Words,
    unheld: Hit,
    entities: list[dict[str, Any]],
    store: FactStore,
    lexicon: Lexicon,
    reading: Reading,
) -> None:
    """ "Tell me who the actor is and what the price is": the store cannot answer one part, and the other
    parts name no attribute the reader knows ("the actor"). Each other question clause is read alone and
    answered after the "I don't know", so that no part is dropped."""
    bounds = clauses.question_starts(words.words, _clause_starts(words))
    answered = {reading.intent, *(e["value"] for e in reading.entities if e["entity"] == "also_ask")}
    for a, b in zip(bounds, [*bounds[1:], len(words.words)], strict=True):
        opener = clauses.opener(words.words[a:b])
        if a <= unheld.start < b or opener not in clauses.WH_WORDS | clauses.AND_OPENERS | REQUEST_OPENERS:
            continue
        begin, end = words.chars(a, b)
        inside = [e for e in entities if begin <= int(e.get("start", -1)) < end]
        part = _read_part(" " * begin + text[begin:end] + " " * (len(text) - end), FALLBACK, inside, store, lexicon)
        if part.intent is None or part.intent in NOT_A_PART or part.intent in answered:
            continue
        reading.add("also_ask", part.intent, begin, end)
        reading.entities.extend(e for e in part.entities if e["entity"] != "also_ask")
        reading.why.append(f"another part read alone: {part.intent}")
        answered.add(part.intent)


FILM_PRONOUNS = frozenset({"it", "its", "that", "this", "that one", "this one"})
# Words that put a wh-question to the listener: "do you know when …?", "do you remember what …?".
WH_WRAPPERS = (
    ("do", "you", "know"),
    ("do", "you", "remember"),
    ("can", "you", "tell", "me"),
    ("could", "you", "tell", "me"),
)
# A quiz question may open with a preposition before its wh-word ("In which country was it made?").
QUIZ_PREPOSITIONS = frozenset({"in", "on", "at", "from", "for", "by", "to", "with", "of"})
SENTENCE_END = re.compile(r"[.!]\s+(?=\S)")


def _clue_before_question(text: str, lexicon: Lexicon) -> int:
    """Where the question starts after a quiz clue, or 0: "<the film>, a full length film about …, was released
    in 2024. In which country was the film made?" states sentences (ended by "." or "!") and asks in the last
    one, a wh-question about the film ("it", "the film"). The clue answers nothing, and its words ("was released
    in 2024") would be read as a claim or a second question. A question with a pronoun for someone ("which
    friend of hers …?") leans on the clue and keeps it."""
    if "?" in text.rstrip()[:-1]:
        return 0
    breaks = list(SENTENCE_END.finditer(text))
    if not breaks:
        return 0
    start = breaks[-1].end()
    asked, clue = tokens(text[start:]), tokens(text[:start])
    told = set(clue)
    wrapper = next((len(w) for w in WH_WRAPPERS if tuple(asked[: len(w)]) == w), 0)
    asked = asked[wrapper:]  # "<a clue>. Do you know when the film was shot?": the wh-question inside
    opener = asked[1:2] if asked[:1] and asked[0] in QUIZ_PREPOSITIONS else asked[:1]
    if not opener or opener[0] not in WH_OPENERS or PRONOUNS & set(asked) or (PRONOUNS | FIRST_PERSON) & told:
        return 0  # "I've never heard of her. What genre …?" is the conversation, not a clue
    if _film_as_subject(clue):
        # "this <year> movie, directed by <a>, was adapted from <b>'s novel. who wrote the screenplay": the clue
        # is all about the film, so the question (typed with or without its "?") asks of the film
        return start
    if not text.rstrip().endswith("?"):
        return 0
    # the film named by a noun ("the film"), not "it", which may point into the clue ("<a> wrote the novel. Its title?")
    return start if any(h.phrase not in FILM_PRONOUNS for h in lexicon.find(asked, ("film",))) else 0


# "this <year> romance movie …", "the netflix film …": a clue that opens with the film as its subject.
CLUE_SUBJECTS = frozenset({"this", "the"})
CLUE_WORKS = frozenset({"film", "movie", "picture", "flick", "novel", "book"})


def _film_as_subject(clue: list[str]) -> bool:
    """Whether a clue opens with "this" or "the", at most three describing words, then a word for a film."""
    if not clue or clue[0] not in CLUE_SUBJECTS:
        return False
    noun = next((i for i, w in enumerate(clue[:5]) if w in CLUE_WORKS), None)
    return noun is not None and not set(clue[1:noun]) & (WH_OPENERS | AUXILIARIES | {"of", "in", "other", "same"})


# A clause that tells something about the user ("i liked the trailer", "my kid is 12", "I want to watch
# it without subtitles") starts with one of these, after at most two of FILLERS.
FIRST_PERSON = frozenset(
    {"i", "i'm", "im", "i've", "ive", "i'd", "i'll", "my", "we", "we're", "we've", "we'd", "our", "me"}
)
FILLERS = frozenset({"yes", "yeah", "yep", "yup", "ok", "okay", "so", "well", "oh", "also", "and", "but", "actually"})
# Words that make a first-person clause a request ("i would like to know the year", "i need the director").
REQUEST_WORDS = frozenset(
    {
        "know",
        "tell",
        "wonder",
        "wondering",
        "curious",
        "ask",
        "asking",
        "info",
        "information",
        "details",
        "explain",
        "question",
        "questions",
        "learn",
        "find",
        "check",
        "confirm",
        "see if",
    }
)
WANT_WORDS = frozenset({"need", "want", "like", "get"})
# The wh-words that open a question by themselves ("how about you?" only turns a question back).
ASKING_WH_WORDS = frozenset({"what", "when", "who", "where", "which", "why"})
DETERMINERS = frozenset({"the", "its", "a", "an", "some", "any", "more"})


# A clause of the speaker's impression, its "it" left out: "sounds like a genre I would like. who stars in it?".
IMPRESSION_OPENERS = frozenset({"sounds", "seems", "looks"})


def _statements(words: _Words, entities: list[dict[str, Any]], lexicon: Lexicon) -> list[tuple[int, int]]:
    """The character spans of clauses that state something about the user when another clause asks.

    Such a clause asks nothing: its words ("the trailer", "subtitles", a name it mentions) would be read as
    the question. Left out only when a clause that is not a statement asks for an attribute by itself, and
    never when a clause points at a person ("i love <an actor>, what else is he in?").
    """
    if not words.words:
        return []
    starts = _clause_starts(words)
    if len(starts) < 2 or PRONOUNS & set(words.words):
        return []  # "i've never heard of her. …": a clause that points at someone belongs to the conversation
    told: list[tuple[int, int]] = []
    named = False  # a statement names one of ours or the film by its title
    asked = asked_of_the_film = False
    for start, end in zip(starts, [*starts[1:], len(words.words)], strict=True):
        clause = words.words[start:end]
        ends = words.text[words.spans[end - 1][1] : words.spans[end][0] if end < len(words.words) else None]
        first = next((i for i, w in enumerate(clause[:3]) if w not in FILLERS), None)
        if (
            first is not None
            and (clause[first] in FIRST_PERSON or clause[first] in IMPRESSION_OPENERS)
            and "?" not in ends
            and not any(w in REQUEST_WORDS for w in clause)
            # "i don't mind spoilers" is a setting, kept
            and not (lexicon.find(clause, ("spoilers",)) or lexicon.spoiler_words & set(clause))
            # "i'd like a …" asks; "sounds like a …" compares
            and (
                clause[first] in IMPRESSION_OPENERS
                or not any(
                    a in WANT_WORDS and (b in DETERMINERS or b == "to" and c in REQUEST_WORDS)
                    for a, b, c in zip(clause, [*clause[1:], ""], [*clause[2:], "", ""][: len(clause)], strict=True)
                )
            )
        ):
            told.append(words.chars(start, end))
            named = named or _names_ours_from(words, start, entities, lexicon, end)
            continue
        if lexicon.find(clause, ("attribute",)):
            asked = True
        elif _wh_question_of_the_film(clause, ends, lexicon):
            asked_of_the_film = True
    if asked_of_the_film and not asked and not named:
        asked = True  # "i haven't read the book. when was the movie made?": but "i watched <the title>. what's …?"
    return told if asked else []


# Words that point back at what a statement named: "I've heard of <a>. Who is that?" asks of the statement's subject.
POINTING_WORDS = frozenset({"it", "that", "this", "he", "she", "they", "him", "her", "them", "its", "his"})


def _wh_question_of_the_film(clause: list[str], ends: str, lexicon: Lexicon) -> bool:
    """ "When was the movie made?": a wh-question that names the film and points at nothing a statement named."""
    return (
        clause[0] in ASKING_WH_WORDS
        and "?" in ends
        and not POINTING_WORDS & set(clause)
        and bool(lexicon.find(clause, ("film",)))
    )


# "You?", "and you?", "how about you?": the question put back to the assistant after the user's own view.
ASKED_BACK_WORDS = frozenset({"you", "u", "yourself"})


# "i don't care about subtitles", "doesn't matter what genre": what the user does not mind is not asked.
NOT_CARING = (
    ("don't", "care"),
    ("dont", "care"),
    ("do", "not", "care"),
    ("don't", "mind"),
    ("dont", "mind"),
    ("doesn't", "matter"),
    ("doesnt", "matter"),
    ("no", "matter"),
)
CARED_LINKS = frozenset({"about", "for", "what", "which", "the", "any", "if", "its", "it's", "it", "has", "is"})


def _not_cared_about(words: _Words, hits: list[Hit]) -> list[Hit]:
    """An attribute right after a phrase of not caring ("i don't care about subtitles") is no question."""
    ends = {i + len(p) for i in range(len(words.words)) for p in NOT_CARING if tuple(words.words[i : i + len(p)]) == p}
    if not ends:
        return hits

    def cared(hit: Hit) -> bool:
        at = hit.start
        while at > 0 and words.words[at - 1] in CARED_LINKS and at not in ends:
            at -= 1
        return at in ends

    return [h for h in hits if h.kind != "attribute" or not cared(h)]


def _asked_back(words: _Words) -> tuple[int, int] | None:
    """The token span of a last clause that only puts the question back to the assistant ("… you?"), or None."""
    starts = _clause_starts(words)
    last = starts[-1]
    clause = set(words.words[last:])
    if len(starts) < 2 or not clause & ASKED_BACK_WORDS or not clause <= film_talk.ASK_BACK:
        return None
    return (last, len(words.words)) if "?" in words.text[words.spans[-1][1] :] else None


def _remarks_beside_a_question(words: _Words, store: FactStore, lexicon: Lexicon) -> list[tuple[int, int]]:
    """The character spans of clauses that judge the film, a part of it or one of its people ("<an actor> was
    amazing in it", "the ending destroyed me") when another clause asks: the question is read alone, and a name
    in the remark is no subject of it ("have you seen it? <an actor> was great" asks the assistant, not the
    actor's reviews). A clause with "he"/"she" stays: the question may point back at it."""
    starts = _clause_starts(words)
    if len(starts) < 2:
        return []
    remarks: list[tuple[int, int]] = []
    # "wow, he really is an accomplished director, what are his best works?": who "he" is was said, not asked; the
    # pronoun still points where it did, so such a clause is left out even beside a pronoun
    described: list[tuple[int, int]] = []
    pointing = asked = False
    for start, end in zip(starts, [*starts[1:], len(words.words)], strict=True):
        a, b = words.chars(start, end)
        clause = _Words.of(words.text[a:b])
        if _someone_described(clause.words, words.text[b:]):
            described.append((a, b))
            continue
        if _conceded(clause.words) and not words.text[a:b].rstrip().endswith("?"):
            remarks.append((a, b))  # "for as awesome as the novel is, …": granted, not asked
            continue
        pointing = pointing or bool(PRONOUNS & set(clause.words))
        if _remark(clause, store, lexicon) and _names_a_subject(clause, store, lexicon):
            remarks.append((a, b))
        elif _clause_asks(words, start, end) and not set(words.words[start:end]) <= film_talk.ASK_BACK:
            asked = True
    if not asked:
        return []
    return sorted(described if pointing else [*remarks, *described])


# "(For) as awesome as the novel is, …", "as much as I loved the book, …": a clause that grants something before the
# question; the words between the two "as" (an adjective or an adverb, with "very" or "much").
CONCEDING_OPENERS = (("for", "as"), ("as",))
CONCEDED_MAX_WORDS = 2


def _conceded(clause: list[str]) -> bool:
    for opener in CONCEDING_OPENERS:
        if tuple(clause[: len(opener)]) == opener:
            rest = clause[len(opener) :]
            return "as" in rest[1 : CONCEDED_MAX_WORDS + 1] and len(rest) > rest.index("as") + 1
    return False


# "he really is an accomplished director", "she's a great singer": someone described by a noun, said not asked.
DESCRIBED_SUBJECTS = frozenset({"he", "she", "he's", "she's", "hes", "shes", "they", "they're"})
CONTRACTED_SUBJECTS = frozenset({"he's", "she's", "hes", "shes", "they're"})  # the copula said with the subject
DESCRIBING_OPENERS = FILLERS | {"wow", "right", "agreed"}
DESCRIBING_COPULAS = frozenset({"is", "was", "are", "were"})
DESCRIBING_ADVERBS = frozenset({"really", "truly", "definitely", "certainly", "also", "still", "such", "quite"})
DESCRIBING_ARTICLES = frozenset({"a", "an"})
DESCRIBING_MAX_WORDS = 4  # the noun and the words that qualify it: "an accomplished young film director"


def _someone_described(clause: list[str], after: str) -> bool:
    """Whether the clause says who someone is by a noun ("<he> (really) is a(n) <words> <noun>"), after fillers, and
    is no question (no "?" closes it)."""
    at = next((i for i, w in enumerate(clause) if w not in DESCRIBING_OPENERS), None)
    if at is None or clause[at] not in DESCRIBED_SUBJECTS or after.lstrip().startswith("?"):
        return False
    at += 1
    if clause[at - 1] not in CONTRACTED_SUBJECTS:
        while at < len(clause) and clause[at] in DESCRIBING_ADVERBS:
            at += 1
        if at >= len(clause) or clause[at] not in DESCRIBING_COPULAS:
            return False
        at += 1
    while at < len(clause) and clause[at] in DESCRIBING_ADVERBS:
        at += 1
    if at >= len(clause) or clause[at] not in DESCRIBING_ARTICLES:
        return False
    rest = clause[at + 1 :]
    return 1 <= len(rest) <= DESCRIBING_MAX_WORDS and all(w.isalpha() for w in rest)


def _names_a_subject(clause: _Words, store: FactStore, lexicon: Lexicon) -> bool:
    """A person of the film or a part of it named ("<an actor>", "the ending"): what the question could be taken to
    ask about. A remark on "it" alone is kept: a comparison may need it ("it made me cry, is the book sadder?")."""
    parts = lexicon.find(clause.words, ("attribute", "relation"))  # not a claim: "sad" judges
    return bool(parts) or bool(film_talk.name_words(store) & set(clause.words))


def _clause_asks(words: _Words, start: int, end: int) -> bool:
    """The clause ends with "?", or opens with a wh-word or an auxiliary, after fillers."""
    following = words.text[words.spans[end - 1][1] : words.spans[end][0] if end < len(words.words) else None]
    first = next((w for w in words.words[start:end] if w not in FILLERS), "")
    return "?" in following or first in clauses.WH_WORDS or first in AUXILIARIES


# Words that make a yes/no about a person's work ask whether there is more of it ("has <a director> made
# other movies?", "does <an author> have any books besides it?"), not whether one named work is theirs.
MORE_WORK_WORDS = frozenset(
    {"other", "else", "besides", "more", "another", "any", "anything", "before", "previous", "previously"}
)
# "was <a> in any movies in <a year>?": works of some kind, of a time, no title
SOME_WORKS_WORDS = MORE_WORK_WORDS | works_period.WORK_NOUNS | {"a", "an", "in", "during", "the", "year"}


def _works_of_a_time(said: list[str]) -> bool:
    """Words that name some works of a time and nothing else ("any movies in 2024"), no work's title."""
    return bool(works_period.years_said(said)) and all(
        w in SOME_WORKS_WORDS or works_period.years_said([w]) for w in said
    )


# The words of "will there be …?", "is there going to be …?" before what is asked: nothing else named.
THERE_WILL_BE = frozenset(
    {"will", "is", "are", "was", "there", "be", "going", "to", "gonna", "a", "an", "another", "any"}
)


def _yes_no_over_a_list(
    words: _Words,
    intent: str | None,
    entities: list[dict[str, Any]],
    store: FactStore,
    lexicon: Lexicon,
    reading: Reading,
) -> None:
    """A yes/no question whose answer is a list the store holds gets "Yes" before the list.

    "Has <a director> made other movies?" is answered by the person's other work (claim `other_work`),
    "is the book part of a series?", "is there a book after it?" by the novel's series (claim
    `novel_series`): a list alone answers a yes/no question without its verdict. When the store lists
    nothing, no claim is added, and the answer says what it does not know, as before.
    """
    if not words.words or has_japanese(words.text) or not _asks_yes_or_no(words, lexicon):
        return
    found = [e for e in (*entities, *reading.entities) if e not in reading.drop]
    if any(e.get("entity") == "claim" for e in found):
        return  # a claim read by another rule ("is he in <a group>?") decides it
    final = reading.intent or intent
    at = words.chars(0, 1)
    film = frozenset(i for h in lexicon.find(words.words, ("film",)) for i in range(h.start, h.end))
    if final in BOOK_INTENTS and novel_reading.book_exists(words.words, film) and "novel" in lexicon.claims:
        title = store.novel.get("title")  # "is there a book?": yes when the store holds the novel, then the novel
        if title is not None and title.known:
            reading.intent = "ask_novel"
            reading.add("claim", "novel:book", *at)
            reading.why.append("yes/no a book exists")
        return
    # (the novel's answer, which says the film adapts it, answers "has the book been made into a film?" too)
    novel_answers = final == "ask_novel" and bool(novel_reading.BOOK_NOUNS & set(words.words))
    if not novel_answers and novel_reading.film_of_the_book(words.words, film) and FILM_CLAIM in lexicon.claims:
        # "is <the shared nickname> going to be a movie?", "is there a movie of it?": yes, this film, then its
        # premiere
        reading.intent = "ask_release_date"
        reading.add("claim", f"{FILM_CLAIM}:a movie", *at)
        reading.why.append("yes/no the book made into a film")
        return
    if final == "ask_novel" and any(e.get("entity") == "attribute" and e.get("value") == "novel_series" for e in found):
        series = store.novel.get("series")
        if series is not None and series.known:
            reading.add("claim", "novel_series", *at)
            reading.why.append("yes/no over the novel's series")
        return
    if final != "ask_other_work" or not MORE_WORK_WORDS & set(words.words) or _asks_for_a_list(words.words):
        return
    if any(e.get("entity") == "works_attribute" for e in found):
        return  # "has <X> been in another film directed by <Y>?": what the works have is asked, not known
    if works_period.unheld_kind(words.words) is not None:
        return  # "has <X> voiced any video games?": works of a kind the store never holds, no "yes"
    people = {
        match.id
        for e in found
        if e.get("entity") == "person"
        for match in store.resolve(str(e.get("value")), ("person",))[:1]
    }
    if FUTURE_WORDS & set(words.words):
        return  # "is he going to be in any other movies coming up?": works to come, which the store does not list
    # "has he been in other movies?" of the one pointed at, the pronoun the subject ("have anything else with him?"
    # is not); "did she win other awards?" asks no list of works
    pointed = not people and words.words[1:2] in (["he"], ["she"])
    if pointed:
        asked = [h for h in lexicon.find(words.words, ("attribute",)) if h.key not in works_of_people.WORK_KEYS]
        pointed = all(_crew_role_of(h, lexicon) for h in asked)
    if pointed or len(people) == 1 and store.people[next(iter(people))].known_for:
        reading.add("claim", "other_work", *at)
        reading.why.append("yes/no over a person's other work")


# Words of works to come.
FUTURE_WORDS = frozenset({"going", "coming", "upcoming", "future", "will", "soon", "planned", "next"})


def _publisher_yes_no(words: _Words, store: FactStore, lexicon: Lexicon, reading: Reading) -> None:
    """ "Was the novel published by <a name>?": a yes/no decided against the store's publisher (claim
    `novel_publisher:<the name as written>`), then the novel's answer, which names the publisher. Only the film's
    source is published, so "it" and "the book" alike are the novel; another claim read first decides."""
    if not words.words or has_japanese(words.text) or not _asks_yes_or_no(words, lexicon):
        return
    if any(e.get("entity") == "claim" for e in reading.entities) or reading.intent == "out_of_scope":
        return
    publisher = store.novel.get("publisher")
    claimed = novel_reading.publisher_claimed(words.words)
    if publisher is None or not publisher.known or claimed is None:
        return
    start, end = words.chars(*claimed)
    reading.entities = [e for e in reading.entities if e.get("entity") != "attribute"]
    reading.intent = "ask_novel"
    reading.add("claim", f"novel_publisher:{words.text[start:end]}", start, end)
    reading.why.append("yes/no the novel's publisher")


def _undecided_of_the_book(
    words: _Words, intent: str | None, entities: list[dict[str, Any]], lexicon: Lexicon, reading: Reading
) -> None:
    """ "Was the book banned?", "is the novel good?": a yes/no about the book that no claim decides and no part
    of the book names is "I don't know that", not the novel's one answer, which answers another question
    (novel_reading.undecided_of_the_book says which yes/no it answers)."""
    if (reading.intent or intent) != "ask_novel" or not words.words or has_japanese(words.text):
        return
    if _tag_start(words) < len(words.words) or words.text.count("?") > 1:
        return
    found = [e for e in (*entities, *reading.entities) if e not in reading.drop]
    if any(e.get("entity") in ("claim", "attribute", "person", "character") for e in found):
        return
    hits = lexicon.find(words.words, ("film", "attribute", "claim", "relation"))
    if any(h.kind == "claim" or h.kind == "attribute" and h.key != "novel" for h in hits):
        return
    named = frozenset(i for h in hits if h.kind in ("film", "relation") for i in range(h.start, h.end))
    at = novel_reading.undecided_of_the_book(words.words, coverage.FUNCTION_WORDS, named)
    if at is None:
        return
    reading.intent = "ask_fact"
    reading.why.append(f"yes/no about the book, undecided: {words.words[at]}")


# Words that join two questions: a book named after one of them is not what the other asks of.
CLAUSE_JOINERS = frozenset({"and", "or", "but", "also", "plus", "then"})


def _book_in_the_clause_of(words: _Words, hit: Hit) -> bool:
    """Whether a book word ("novel", "the book's") stands in the clause of the attribute: no joining word or comma
    between them ("what genre is the novel?", "the book's rating"; not "the age rating and who wrote the novel")."""
    for at, word in enumerate(words.words):
        if novel_reading.possessive_base(word) not in novel_reading.BOOK_WORDS:
            continue
        lo, hi = (hit.end, at) if at >= hit.end else (at + 1, hit.start)
        between = words.words[lo:hi]
        text = words.text[words.spans[min(at, hit.start)][0] : words.spans[max(at, hit.end - 1)][1]]
        if not CLAUSE_JOINERS & set(between) and "," not in text:
            return True
    return False


# What a question about the book is read as when the reader is done: the novel's one answer, the author,
# or what the novel's answer does not hold (its page count); nothing else is a book question.
BOOK_INTENTS = frozenset({"ask_novel", "ask_person", "ask_other_work", "ask_ending", "ask_plot", "ask_fact"})
# The film's own facts that answer these intents, and the book's attribute (unheld) the same words ask of the book.
FILM_ONLY_INTENTS = {"ask_runtime": "runtime", "ask_genre": "genre", "ask_rating": "rating"}
BOOK_VERSIONS = {"runtime": "novel_length", "genre": "novel_genre", "rating": "novel_rating"}


def _the_book_asked(
    words: _Words,
    intent: str | None,
    entities: list[dict[str, Any]],
    store: FactStore,
    lexicon: Lexicon,
    reading: Reading,
) -> None:
    """A question about the book that asks for its series, a comparison with the film, or a person's books.

    The novel's one answer (title, author, publisher, date) would answer a different question; see
    bot/understanding/novel_reading.py for the three structures.
    """
    final = reading.intent or intent
    if final in BOOK_INTENTS | BOOK_TIME_INTENTS and _numbered_book(words, lexicon, store, reading):
        return
    if final == "ask_novel" and _role_in_the_book(words, entities, store, lexicon, reading):
        return
    book_a_later_part = any(e.get("entity") == "also_ask" and e.get("value") == "ask_novel" for e in reading.entities)
    if (
        final in ("ask_crew", "ask_director")
        and not book_a_later_part  # "who is the director and who wrote the book?": the book is the later part's
        and novel_reading.book_made(words.words, this_film_words(store))
    ):
        # "what company published the book?", "did the director write the novel?": the book's makers, not the crew
        reading.entities = [e for e in reading.entities if e.get("entity") not in ("crew_role", "claim")]
        reading.drop.extend(e for e in entities if e.get("entity") == "crew_role")
        reading.intent = "ask_novel"
        reading.why.append("the book made, not the film")
        return
    if final != "ask_novel" and novel_reading.story_writer_asked(words.words):
        # "who wrote <a character>'s story?": the novel's author, not the character or the screenplay
        reading.entities = [e for e in reading.entities if e.get("entity") not in ("also_ask", "crew_role")]
        reading.intent = "ask_novel"
        reading.why.append("the writer of the story")
        return
    spin_off = novel_reading.part_of_novel(words.words) if final not in ("ask_novel", OUT_OF_SCOPE) else None
    if spin_off is not None and spin_off[0] == SPIN_OFF and not reading.intent:
        # "was <a character>'s story a spin off of <the film>?": the only spin-off held is the novel's
        reading.intent = "ask_novel"
        reading.add("attribute", SPIN_OFF, *words.chars(spin_off[1], spin_off[2]))
        reading.why.append("the novel's spin-off")
        return
    if final == "ask_title" and _book_attribute_not_title(words, lexicon):
        # "which is the publisher of <the film's nickname>?": a publisher is the book's, and no title is asked
        reading.intent = "ask_novel"
        reading.why.append("the book's publisher, no title asked")
        return
    if final in ("ask_novel", "ask_title") and novel_reading.story_of_the_book(words.words):
        reading.intent = "ask_plot"  # "what is the book about?": its story, which the film tells
        reading.why.append("the book's story")
        return
    if final == "ask_title" and novel_reading.BOOK_WORDS & {w.removesuffix("'s") for w in words.words}:
        part = novel_reading.part_of_novel(words.words)
        if part is not None and part[0] == "novel_title_meaning":  # "the book's english title": not the film's
            reading.intent = "ask_novel"
            reading.add("attribute", part[0], *words.chars(part[1], part[2]))
            reading.why.append("the novel's title meaning")
        elif novel_reading.book_not_film(words.words, this_film_words(store)) or novel_reading.book_named_by_title(
            words.words, frozenset(i for h in lexicon.find(words.words, ("film",)) for i in range(h.start, h.end))
        ):
            # "what was the title of <the author>'s novel?": the book's own title, in the novel's answer
            reading.intent = "ask_novel"
            reading.why.append("the book's title")
        return
    if final == "ask_release_date" and novel_reading.book_not_film(words.words, this_film_words(store)):
        reading.intent = "ask_novel"  # "what year did the novel come out?": its publication, in the novel's answer
        reading.why.append("the book's release")
        return
    if final in FILM_ONLY_INTENTS and novel_reading.book_not_film(words.words, this_film_words(store)):
        # "how long is the novel?", "what genre is the book?": the book's, which the store does not hold, never the
        # film's runtime or genre
        asked = FILM_ONLY_INTENTS[final]
        hit = next((h for h in lexicon.find(words.words, ("attribute",)) if h.key == asked), None)
        if hit is not None and asked != "runtime" and not _book_in_the_clause_of(words, hit):
            return  # "what is the age rating and who wrote the novel?": the book is another clause's
        if hit is not None:
            reading.entities = [e for e in reading.entities if e.get("entity") != "attribute"]
            reading.intent = "ask_fact"
            reading.add("attribute", BOOK_VERSIONS[asked], *words.chars(hit.start, hit.end))
            reading.why.append(f"the book's {asked}")
        return
    if final == "ask_novel" and not reading.intent:
        # "<the novel> is a novel of what genre?": the book read, its genre asked by the wh-word, never its card
        hit = next((h for h in lexicon.find(words.words, ("attribute",)) if h.key in BOOK_VERSIONS), None)
        if hit is not None and hit.start and words.words[hit.start - 1] in ("what", "which"):
            reading.intent = "ask_fact"
            reading.add("attribute", BOOK_VERSIONS[hit.key], *words.chars(hit.start, hit.end))
            reading.why.append(f"the book's {hit.key}")
            return
    if final not in BOOK_INTENTS or not words.words:
        return
    attributes = lexicon.find(words.words, ("attribute",))
    if _asked_of_the_book(words, attributes, entities, lexicon, reading):
        return
    if final == "ask_novel" and _unnamed_role_of_the_book(words, entities, lexicon, reading):
        return
    named = [e for e in (*entities, *reading.entities) if e.get("entity") == "person"]
    people: list[tuple[int, str]] = []
    for entity in named:
        found = store.resolve(str(entity.get("value")), ("person",))
        at = next((i for i, (a, _) in enumerate(words.spans) if a == entity.get("start")), None)
        if found and at is not None:
            people.append((at, found[0].id))
    if final == "ask_novel" and _role_asked_by_wh(words, entities, store, lexicon, reading):
        return
    # "… of <the author>'s novel": the author named as the book's owner, not asked
    owners_only = bool(people) and all(_owns_the_book(words.words, at) for at, _ in people)
    if final == "ask_novel" and (not people or owners_only) and novel_reading.screenplay_asked(words.words):
        role = next((e for e in entities if e.get("entity") == "crew_role"), None)
        if role is not None and store.role(str(role.get("value"))) in store.crew:
            reading.intent = "ask_crew"
            reading.why.append("the screenplay is the subject, the book its source")
            return
    if final in ("ask_novel", "ask_person") and novel_reading.only_the_author([p for _, p in people], store):
        # "<a clue about the book>. Can you guess the author's name?": a part said in the clue is not asked
        first = _asking_sentence(words)
        part = novel_reading.part_of_novel(words.words[first:])
        priced = novel_reading.price_asked(words.words[first:], novel_reading.BOOK_WORDS | novel_reading.PRICED_PARTS)
        if part is not None and priced is not None and "novel_price" in lexicon.attributes:
            reading.intent = "ask_fact"  # "how much is the manga?": what a copy costs, which the store does not hold
            reading.add("attribute", "novel_price", *words.chars(first + priced, first + priced + 1))
            reading.why.append("what the book costs")
            return
        if part is not None and (people or final == "ask_novel"):
            reading.intent = "ask_novel"
            reading.add("attribute", part[0], *words.chars(first + part[1], first + part[2]))
            reading.why.append(f"the novel's {part[0]}")
            return
        if people and novel_reading.PUBLISHER_WORDS & set(words.words):
            reading.intent = "ask_novel"  # "who is <the author>'s publisher?": the novel's answer names it
            reading.why.append("the author's publisher")
            return
    if not people:
        compared = novel_reading.compared_with_novel(words.words, attributes, this_film_words(store))
        if compared is not None:
            reading.entities = [e for e in reading.entities if e.get("entity") != "attribute"]
            reading.intent = "ask_fact"
            reading.add("attribute", "novel_changes", *words.chars(compared, compared + 1))
            reading.why.append("the film compared with its novel")
            return
    if final == "ask_novel" and not people and novel_reading.what_the_author_wrote(words.words):
        author = store.novel.get("author")
        if author is not None and author.known and author.value in store.people:
            at = next(i for i, word in enumerate(words.words) if word in novel_reading.AUTHOR_WORDS)
            reading.intent = "ask_other_work"
            reading.add("person", store.people[author.value].name, *words.chars(at, at + 1))
            reading.why.append("what the novel's author wrote")
            return
    if final in ("ask_novel", "ask_person") and novel_reading.books_by(words.words, people):
        reading.intent = "ask_other_work"
        reading.why.append("books by a person")
        return
    if final in ("ask_novel", "ask_other_work") and novel_reading.other_series_written(words.words):
        reading.intent = "ask_other_work"
        reading.entities = [e for e in reading.entities if e.get("entity") not in ("attribute", "claim")]
        reading.why.append("another series by a writer: their works")
        return
    film = frozenset(i for h in lexicon.find(words.words, ("film",)) for i in range(h.start, h.end))
    series = novel_reading.series_of_novel(words.words, _of_the_clause_of(words, attributes, "novel_series"), film)
    if series is not None and novel_reading.only_the_author([p for _, p in people], store):
        unheld = [e for e in reading.entities if e.get("entity") == "attribute"]
        text = words.text.lower()
        if any(text[e["start"] : e["end"]] not in novel_reading.SERIES_WORDS for e in unheld):
            return  # "how many pages is the series?": the pages, which the store does not hold
        reading.entities = [e for e in reading.entities if e not in unheld]
        reading.intent = "ask_novel"
        reading.add("attribute", "novel_series", *words.chars(*series))
        reading.why.append("the novel's series")


# Words that make the work after a verb of making another than this film: "write another series".
ANOTHER_WORK_WORDS = frozenset({"other", "another", "more"})
ANOTHER_WORK_REACH = 3


def _another_work_made(words: list[str], made: Hit) -> bool:
    """ "Did <a> write another series?", "has she directed other films?": the verb of the credit made some other
    work, which the object's "other"/"another" before a works noun says."""
    after = words[made.end : made.end + ANOTHER_WORK_REACH + 1]
    if after[:1] and after[0] in WORKS_IN_GENERAL and after[1:2] != ["for"]:
        return True  # "did <a> write songs?", "has he directed films?": works in general, none of this film's
    return any(
        word in ANOTHER_WORK_WORDS and after[i + 1 : i + 2] and after[i + 1] in works_period.WORK_NOUNS
        for i, word in enumerate(after)
    )


# Works in the plural with no determiner: a credit verb before one asks of a career ("has she directed films?").
WORKS_IN_GENERAL = frozenset({"films", "movies", "songs", "books", "novels", "shows", "dramas", "albums", "singles"})


def _of_the_clause_of(words: _Words, attributes: list[Hit], key: str) -> list[Hit]:
    """The attributes asked in the request clause of the first `key` hit ("how many books are in the series and then
    how long is the movie": the series' clause asks nothing else); all of them when no such hit or no clauses."""
    hit = next((h for h in attributes if h.key == key), None)
    if hit is None or has_japanese(words.text):
        return attributes
    bounds = clauses.part_starts(words.words, _clause_starts(words))
    start = max((b for b in bounds if b <= hit.start), default=0)
    end = min([b for b in bounds if b > hit.start] or [len(words.words)])
    return [h for h in attributes if start <= h.start < end]


# Words after a role phrase that put it in the book: "the main character of|in <the author>'s novel".
ROLE_IN = frozenset({"of", "in", "from"})
ROLE_TO_BOOK_GAP = 4  # "in <a given> <family>'s novel": a determiner and a possessor at most before the book


def _role_in_the_book(
    words: _Words, entities: list[dict[str, Any]], store: FactStore, lexicon: Lexicon, reading: Reading
) -> bool:
    """ "Who is the main character of the novel?", "what was the name of the unfortunate heroine in <the author>'s
    book?", "who is <a character> in the book?": a role of the story asked in the book is the story's character
    (the film's, whose novel it is), not the novel's one answer; the author named as the book's owner is no
    subject."""
    if not words.words or words.words[0] not in WH_OPENERS:
        return False
    parts = proper_names.store_names(store)
    relatives = {h.start: h.end for h in lexicon.find(words.words, ("relation",))}
    for role in (e for e in entities if e.get("entity") == "character"):
        named = proper_names.is_proper_name(words.text[int(role.get("start", 0)) : int(role.get("end", 0))], parts)
        if named and words.words[:2] not in (["who", "is"], ["who", "was"]):
            continue  # "what is <a character>'s illness in the novel?": a part of them, not who they are
        end = next((i for i, (_, b) in enumerate(words.spans) if b >= int(role.get("end", 0))), None)
        if end is not None and end + 1 in relatives:
            end = relatives[end + 1] - 1  # "who is <a character>'s father in <the author>'s novel?": in the book
        if end is None or end + 1 >= len(words.words) or words.words[end + 1] not in ROLE_IN:
            continue
        after = words.words[end + 2 : end + 2 + ROLE_TO_BOOK_GAP]
        if not novel_reading.BOOK_WORDS & {novel_reading.possessive_base(w) for w in after}:
            continue
        reading.intent = "ask_character"
        reading.drop.extend(e for e in entities if e.get("entity") == "person")
        reading.why.append("a role of the story asked in the book")
        return True
    return False


# "is it like <another film>?", "is <the title> better than <another film>?": this film weighed against another work.
COMPARED_WORK = "compared_work"
COMPARING_YES_NO = frozenset({"is", "was", "isn't", "wasn't"})
WORK_OPENERS = frozenset({"the", "a", "an", "your", "if", "me"})
# Words that weigh the film against what follows, with the words they take ("similar to", "better than").
LIKENESS_LINKS = {
    "like": (),
    "similar": ("to",),
    "comparable": ("to",),
    "better": ("than",),
    "worse": ("than",),
    "sadder": ("than",),
}


def _compared_with_another_work(
    words: _Words, hits: list[Hit], store: FactStore, lexicon: Lexicon
) -> tuple[int, int] | None:
    """The token span of the other work in "is <this film> like|similar to|better than <another work>?", when it has
    a word that is not this film's; None otherwise ("is it better than the book?" weighs the novel, read apart)."""
    if len(words.words) < 4 or words.words[0] not in COMPARING_YES_NO:
        return None
    film = next((h for h in hits if h.kind == "film" and h.start == 1), None)
    if film is None:
        return None
    link = words.words[film.end]
    if link not in LIKENESS_LINKS:
        return None
    start = film.end + 1
    if words.words[start : start + 1] == list(LIKENESS_LINKS[link][:1]):
        start += 1
    other = words.words[start:]
    if not other or novel_reading.BOOK_WORDS & set(other) or any(h.kind == "film" for h in hits if h.start >= start):
        return None
    # a work is named: an article or a title opener first ("like the <x>", "than your <x>"), or a capital ("like
    # <X>"); "is it like really long?" describes the film itself
    first = words.text[words.spans[start][0] : words.spans[start][1]]
    if other[0] not in WORK_OPENERS and not first[:1].isupper():
        return None
    known = coverage.film_vocabulary(store, lexicon)
    # a word of its own that nothing reads: "is it like a romance?", "is it like really long?" ask the film's genre
    # and runtime (the lexicon reads "romance", "long"; "really" is a filler)
    named = [
        i
        for i in range(start, len(words.words))
        if words.words[i] not in coverage.FUNCTION_WORDS | owners.FILLERS
        and not coverage.covered(i, hits, [])
        and not coverage.knows(words.words[i], known)
    ]
    if not named and not coverage.addressed_title(words.words, coverage.Span(start, len(words.words))):
        return None
    return start, len(words.words)


# The classifier's guesses for a book asked by its date or its title ("when was the second book published?").
BOOK_TIME_INTENTS = frozenset({"ask_release_date", "ask_title"})


def _numbered_book(words: _Words, lexicon: Lexicon, store: FactStore, reading: Reading) -> bool:
    """ "What is the third book in the series?", "when was the second <title> book published?": one book of the
    series by its place, which the store does not give, is "I don't know <that book>", never the first novel's
    answer or the series' count."""
    film = frozenset(i for h in lexicon.find(words.words, ("film",)) for i in range(h.start, h.end))
    placed = novel_reading.numbered_book(words.words, film)
    if placed is None:
        return False
    place = next(
        (novel_reading.place_of(w) for w in words.words[placed[0] : placed[1]] if novel_reading.place_of(w)), None
    )
    count = novel_reading.books_in_series(store)
    if clauses.asks_existence(words.words) and place is not None and count is not None and place <= count:
        # "is there a 4th book in the series?": yes, the series has more books than that, then the series
        reading.entities = [e for e in reading.entities if e.get("entity") != "attribute"]
        reading.intent = "ask_novel"
        reading.add("attribute", "novel_series", *words.chars(*placed))
        reading.add("claim", "novel_series", *words.chars(*placed))
        reading.why.append("a numbered book within the series' count exists")
        return True
    reading.entities = [e for e in reading.entities if e.get("entity") != "attribute"]
    reading.intent = "ask_fact"
    reading.add("attribute", "asked", *words.chars(*placed))
    reading.why.append(f"one book of the series by its place: {' '.join(words.words[placed[0] : placed[1]])}")
    return True


def _unnamed_role_of_the_book(
    words: _Words, entities: list[dict[str, Any]], lexicon: Lexicon, reading: Reading
) -> bool:
    """ "Who is the founder of the publisher of the novel?": a person of the book the novel's one answer does not
    name is "I don't know <that role>", never the answer that names the author and the publisher."""
    hits = lexicon.find(words.words, ("attribute", "relation", "claim"))
    names = coverage.entity_spans(
        words.spans, [e for e in (*entities, *reading.entities) if e.get("entity") in (*NAME_KINDS, "crew_role")]
    )
    covered = frozenset(i for i in range(len(words.words)) if coverage.covered(i, hits, names))
    role = novel_reading.unnamed_role_of_the_book(words.words, covered)
    if role is None:
        return False
    reading.intent = "ask_fact"
    reading.add("attribute", "asked", *words.chars(*role))
    reading.why.append(f"a person of the book its answer does not name: {' '.join(words.words[role[0] : role[1]])}")
    return True


def _book_attribute_not_title(words: _Words, lexicon: Lexicon) -> bool:
    """A publisher word asked and no title word: the classifier's title guess came from the title named."""
    said = {w.removesuffix("'s") for w in words.words}
    found = lexicon.find(words.words, ("attribute",))
    return bool(novel_reading.PUBLISHER_WORDS & said) and not any(h.key == "title" for h in found)


def _asking_sentence(words: _Words) -> int:
    """The first word of the sentence that asks, when sentences that tell come before a question ("The author
    posted it online first. Can you guess their name?"); 0 otherwise."""
    text = words.text.rstrip()
    breaks = list(SENTENCE_END.finditer(text)) if text.endswith("?") and "?" not in text[:-1] else []
    if not breaks:
        return 0
    start = breaks[-1].end()
    return next((i for i, (a, _) in enumerate(words.spans) if a >= start), 0)


# "<a person>'s novel", "<a person>s book": the person owns the book, which stays the subject.
BOOK_BY = re.compile(r"\b(?:book|novel)s?\s+(?:written\s+)?by\s+$", re.IGNORECASE)  # "the novel by <a person>"
OWNED_BOOK = re.compile(r"(?:'?s)?\s+(?:\w+\s+)?(?:book|novel)s?\b", re.IGNORECASE)


def _among_owned_books(words: _Words, person: dict[str, Any]) -> bool:
    """ "Which of <X>'s novels won a prize?": one of the person's books is asked for (their works' notes say which),
    not what people thought of this film's book."""
    owned = OWNED_BOOK.match(words.text, int(person.get("end") or 0))
    return owned is not None and owned.group().lower().endswith("s") and "which of" in words.text.lower()


# How far from the start of a name its possessive may stand ("<given> <family>'s novel").
NAME_REACH = 4


def _owns_the_book(said: list[str], at: int) -> bool:
    """Whether the name starting at `at` owns a book by its possessive ("<the author>'s novel")."""
    for i in range(at, min(len(said) - 1, at + NAME_REACH)):
        if said[i].endswith("'s") or said[i] == "'s":
            return said[i + 1] in novel_reading.BOOK_WORDS
    return False


def _asked_of_the_book(
    words: _Words, attributes: list[Hit], entities: list[dict[str, Any]], lexicon: Lexicon, reading: Reading
) -> bool:
    """What the book is asked about when the novel's answer does not say it: "is the book a true story?" is
    whether the story is true (the film's answer says it is fiction, as its novel is), "who illustrated the
    novel?" its illustrator and "was it translated into english?" its translations, which the store does not
    hold; "what did critics say about the book?", "did the novel win an award?" what people thought of the book,
    which the film's reviews and awards do not say. The book word names the subject only."""
    if not novel_reading.BOOK_WORDS & {w.removesuffix("'s") for w in words.words}:
        return False
    judged = next((h for h in attributes if h.key in novel_reading.RECEPTION_KEYS), None)
    film = frozenset(i for h in lexicon.find(words.words, ("film",)) for i in range(h.start, h.end))
    key = "novel_awards" if judged is not None and judged.key == "awards" else "novel_reviews"
    person = any(  # "for which book did <X> win a prize?": the person's; "<X>'s novel" only says whose book
        e.get("entity") == "person"
        and (not OWNED_BOOK.match(words.text, int(e.get("end") or 0)) or _among_owned_books(words, e))
        and not BOOK_BY.search(words.text, 0, int(e.get("start") or 0))
        for e in (*entities, *reading.entities)
    )
    if (
        judged is not None
        and key in lexicon.attributes
        and not person
        and novel_reading.book_is_judged(words.words, film)
    ):
        reading.entities = [e for e in reading.entities if e.get("entity") not in ("attribute", "topic", "claim")]
        reading.drop.extend(e for e in entities if e.get("entity") == "topic")
        reading.intent = "ask_fact"
        reading.add("attribute", key, *words.chars(judged.start, judged.end))
        reading.why.append("what people thought of the book")
        return True
    true_story = next((h for h in attributes if h.key == "true_story"), None)
    later_parts = [e for e in reading.entities if e.get("entity") == "also_ask" and e.get("start") is not None]
    if true_story is not None and any(
        words.chars(true_story.start, true_story.end)[0] >= e["start"] for e in later_parts
    ):
        return True  # "who wrote the book and is it a true story?": the later part's, the book's question first
    if true_story is not None and "true_story" in lexicon.attributes:
        attribute = lexicon.attributes["true_story"]
        reading.entities = [e for e in reading.entities if e.get("entity") != "attribute"]
        reading.intent = attribute.intent_for("film")
        for entity, value in attribute.entity.items():
            reading.add(entity, value, *words.chars(true_story.start, true_story.end))
        reading.why.append("a true story, asked of the book")
        return True
    written = any(h.key == "writer" for h in attributes)  # "who wrote and illustrated it?": the author first
    # parts of the book the store does not hold, each with the word that asks it: its illustrator, its
    # translations, where it is sold
    unheld = (
        (
            None if written else novel_reading.illustration_asked(words.words),
            "novel_illustrator",
            "the book's illustrator",
        ),
        (novel_reading.translation_asked(words.words), "novel_translation", "the book's translations"),
        (novel_reading.purchase_asked(words.words), "novel_purchase", "where to buy the book"),
        (novel_reading.price_asked(words.words), "novel_price", "what the book costs"),
    )
    for at, key, why in unheld:
        if at is not None and key in lexicon.attributes:
            reading.entities = [e for e in reading.entities if e.get("entity") != "attribute"]
            reading.intent = "ask_fact"
            reading.add("attribute", key, *words.chars(at, at + 1))
            reading.why.append(why)
            return True
    book = next((h for h in attributes if h.key == "novel"), None)
    # the making word as typed (not a typo of one: "edition"), before the book's word, in one clause with it ("who
    # wrote the book and what was the budget?" asks the film's budget)
    made = next(
        (
            h
            for h in attributes
            if h.key in FILM_MAKING_KEYS
            and book is not None
            and h.start < book.start
            and " ".join(words.words[h.start : h.end]) == h.phrase
            and not {"and", "also", "then"} & set(words.words[h.end : book.start])
            and not any(h.start < c <= book.start for c in _clause_starts(words))
        ),
        None,
    )
    if made is not None and not person:
        # "who is the editor of the novel?", "how much did they pay for the rights to the book?": the book's, which
        # no card says (never the novel's card, nor the film's editor)
        reading.entities = [e for e in reading.entities if e.get("entity") not in ("attribute", "topic", "claim")]
        reading.drop.extend(e for e in entities if e.get("entity") in ("crew_role", "topic"))
        reading.intent = "ask_fact"
        reading.add("attribute", person_asked.ASKED_OF_PERSON, *words.chars(made.start, len(words.words)))
        reading.why.append(f"the book's {made.key}, not held")
        return True
    return False


# What making or selling a film has and the store says only of the film: asked of the book, not held.
FILM_MAKING_KEYS = frozenset({"editing", "salary", "budget", "box_office", "cinematography", "production_design"})


# Attributes that say only what kind of work is ordered ("her first novel", "the first book she wrote").
ORDERED_WORK_KEYS = frozenset({"novel", "writer", "other_work"})


# Where a question names whom it asks about: "who played <X>", "the character of <X>", "who is <X>".
NAME_SLOTS = frozenset({"played", "plays", "play", "portrayed", "portrays", "portray", "of", "as"})
MISSPELT_MIN = 5  # one wrong letter in a shorter word makes another word too often


def _glued_possessives(
    words: _Words, entities: list[dict[str, Any]], store: FactStore, reading: Reading
) -> list[dict[str, Any]]:
    """ "<a given name> <its family name>s mother", "<an actor's given name> <family name>s character":
    a possessive typed without its apostrophe makes the family name no exact form, so the entity
    rules found the given name only and the rest read as an unknown word. When the word without its
    "s" completes the name to exactly one name of the same kind, the name runs to the end of that stem
    (the "s" is then the possessive that the relation rules read)."""
    found = list(entities)
    for entity in entities:
        if entity.get("entity") not in NAME_KINDS or entity.get("end") is None:
            continue
        end = int(entity["end"])
        at = next((i for i, (a, _) in enumerate(words.spans) if a == end + 1 and words.text[end] == " "), None)
        if at is None:
            continue
        glued = re.fullmatch(r"([a-z]{3,})(?:'s|s|')", words.words[at])
        if glued is None:
            continue
        stem = glued.group(1)
        matches = store.resolve(f"{entity['value']} {stem}", (entity["entity"],))
        exact = [m for m in matches if m.score == EXACT_MATCH]
        if len(exact) != 1 or matches[0] is not exact[0]:
            continue
        grown = {**entity, "value": words.text[int(entity["start"]) : end + 1 + len(stem)], "end": end + 1 + len(stem)}
        inside = [e for e in found if e is not entity and end < int(e.get("start", -1)) < words.spans[at][1]]
        reading.drop.extend([entity, *inside])
        reading.entities.append(grown)
        reading.why.append(f"{GLUED_POSSESSIVE}: {grown['value']}")
        found = [e for e in found if e is not entity and e not in inside] + [grown]
    return found


def _bare_possessives(
    words: _Words,
    entities: list[dict[str, Any]],
    hits: list[Hit],
    store: FactStore,
    lexicon: Lexicon,
    reading: Reading,
) -> list[dict[str, Any]]:
    """ "whats <a given name>s age", "who plays <a character>s mom": a one-word name typed with a bare "s"
    for its possessive is no form the entity rules know, so the question lost its subject (and "age" alone
    read as the film's age rating). A word that is no known word and whose stem without the "s" is exactly
    one name is that name, owning the next word; the "s" is the possessive the relation rules read
    (a relation after it, "<a name>s dad", they already read with its owner)."""
    if has_japanese(words.text):
        return entities
    spans = coverage.entity_spans(words.spans, [e for e in entities if e.get("entity") in SPAN_ENTITIES])
    known = coverage.film_vocabulary(store, lexicon)
    # proper names only: a role phrase with a bare "s" ("the protagonists mother") is left to the relation rules
    parts = proper_names.name_parts(proper_names.store_names(store))
    found = list(entities)
    for i, word in enumerate(words.words[:-1]):
        bare = re.fullmatch(r"([a-z]{3,})s", word)
        if bare is None or bare.group(1) not in parts or word in known:
            continue
        if any(span.start <= i < span.end for span in spans) or any(
            h.kind == "relation" and h.start == i + 1 for h in hits
        ):
            continue
        stem = bare.group(1)
        if any(m.score == EXACT_MATCH for m in store.resolve(word)) or not words.words[i + 1].isalpha():
            continue  # a name of its own that ends in "s"; or nothing after it to own
        matches = [m for m in store.resolve(stem) if m.score == EXACT_MATCH]
        # as the entity rules do: a form of a character and of a person is the character
        characters = [m for m in matches if m.kind == "character"]
        matches = characters if len(matches) > 1 and len(characters) == 1 else matches
        if len(matches) != 1:
            continue
        start = words.spans[i][0]
        owner = {"entity": matches[0].kind, "value": matches[0].name, "start": start, "end": start + len(stem)}
        reading.entities.append(owner)
        reading.why.append(f"{word}: {matches[0].name}'s, without an apostrophe")
        found.append(owner)
    return found


# One typo in a role phrase's last word ("the main charachter") scores 95 or more against the phrase.
ROLE_TYPO_SCORE = 90.0


def _misspelt_roles(
    words: _Words, entities: list[dict[str, Any]], store: FactStore, lexicon: Lexicon, reading: Reading
) -> list[dict[str, Any]]:
    """ "whos the main charachter": a role phrase the entity rules know ("main character", "female lead")
    with a typo in its last word, which makes it no exact form. The phrase's first word as typed and a
    last word that is no known word close enough to the phrase's are that role's character."""
    if has_japanese(words.text) or any(e.get("entity") in NAME_KINDS for e in entities):
        return entities
    roles = {form.lower() for _, _, form in store.name_forms() if form[:1].islower() and len(form.split()) == 2}
    firsts = {form.split()[0] for form in roles}
    known = coverage.film_vocabulary(store, lexicon)
    for i in range(len(words.words) - 1):
        first, last = words.words[i], words.words[i + 1]
        if first not in firsts or not last.isalpha() or last in known:
            continue
        start, end = words.chars(i, i + 2)
        matches = store.resolve(words.text[start:end])
        if not matches or matches[0].score < ROLE_TYPO_SCORE or len({m.id for m in matches}) != 1:
            continue
        found = {"entity": matches[0].kind, "value": matches[0].name, "start": start, "end": end}
        reading.entities.append(found)
        reading.why.append(f"a misspelt role: {words.text[start:end]} -> {matches[0].name}")
        return [*entities, found]
    return entities


def _lower_case_name_in_film(
    words: _Words,
    entities: list[dict[str, Any]],
    hits: list[Hit],
    store: FactStore,
    lexicon: Lexicon,
    reading: Reading,
) -> list[dict[str, Any]]:
    """ "is <a name in lower case> in it?": the words are a person's name, as a capitalised one would be."""
    if has_japanese(words.text) or any(e.get("entity") in NAME_KINDS for e in entities):
        return entities
    spans = coverage.entity_spans(words.spans, [e for e in entities if e.get("entity") in SPAN_ENTITIES])
    taken = {i for i in range(len(words.words)) if coverage.covered(i, hits, spans)}
    film = [(h.start, h.end) for h in hits if h.kind == "film"]
    known = coverage.film_vocabulary(store, lexicon) | known_words() | coverage.FUNCTION_WORDS
    found = people_reading.unknown_name_in_film(words.words, film, taken, known)
    if found is None:
        return entities
    start, end = words.chars(*found)
    reading.why.append("a name in lower case in the film")
    added = {"entity": "person", "value": words.text[start:end], "start": start, "end": end}
    reading.entities.append(added)
    return [*entities, added]


def _stranger_related(words: _Words, names: list[dict], store: FactStore, reading: Reading) -> bool:
    """ "Is <x> related to <a character>?" with <x> no one in the store: <x> is tagged as the other side, which
    no character answers (actions/people.py says no one has that name)."""
    if has_japanese(words.text):
        return False
    span = people_reading.stranger_related(words.words, words.spans, names, store)
    if span is None:
        return False
    reading.add("character", words.text[span[0] : span[1]], *span)
    return True


def _role_of_a_place(
    words: _Words, entities: list[dict[str, Any]], store: FactStore, reading: Reading
) -> list[dict[str, Any]]:
    """ "the owner of the flower shop", "the teacher of the art club": a role "of" a place is the character
    the store calls "<the place> <the role>" (the words turned round), whatever follows ("in the story")."""
    if has_japanese(words.text) or any(e.get("entity") in NAME_KINDS for e in entities):
        return entities
    for at in range(1, len(words.words) - 2):
        if words.words[at : at + 2] != ["of", "the"]:
            continue
        for length in (3, 2, 1):
            place = words.words[at + 2 : at + 2 + length]
            if len(place) < length:
                continue
            turned = " ".join([*place, words.words[at - 1]])
            matches = store.resolve(turned, ("character",))
            if matches and matches[0].score >= EXACT and (len(matches) == 1 or matches[1].score < EXACT):
                first = at - 2 if at >= 2 and words.words[at - 2] == "the" else at - 1
                start, end = words.chars(first, at + 2 + length)
                added = {"entity": "character", "value": turned, "start": start, "end": end}
                reading.entities.append(added)
                reading.why.append("a role of a place, turned round")
                return [*entities, added]
    return entities


EXACT = 100.0


def _misspelt_names(
    words: _Words,
    entities: list[dict[str, Any]],
    hits: list[Hit],
    store: FactStore,
    lexicon: Lexicon,
    reading: Reading,
) -> list[dict[str, Any]]:
    """ "who played <a given name, one letter off>?", "the character of <a misspelt given name> <a family
    name>": a misspelt name where a question names its subject, read as the one name it is a typo of
    (the entity rules match exact forms only). The name's next word joins it when it is a name too, so
    a typo of a given name settles which of two people sharing a family name is meant. A word of this
    film's vocabulary or of the lexicon is never taken for a name, nor is a word next to an unknown
    one (another person's full name: "<a given name> <a similar family name>")."""
    if has_japanese(words.text):
        return entities
    spans = coverage.entity_spans(words.spans, [e for e in entities if e.get("entity") in SPAN_ENTITIES])
    known = coverage.film_vocabulary(store, lexicon)
    added: list[dict[str, Any]] = []
    for i, word in enumerate(words.words):
        before = words.words[i - 1] if i > 0 else ""
        if before in proper_names.TITLES and i > 1:
            before = words.words[i - 2]  # "who stars as Dr <a misspelt name>?": the slot stands before the title
        slot = before in NAME_SLOTS or (before in ("is", "was") and i > 1 and words.words[i - 2] in WHO_WORDS)
        if not slot or len(word) < MISSPELT_MIN or not word.isalpha() or word in known:
            continue
        if coverage.covered(i, hits, spans) or word in coverage.FUNCTION_WORDS:
            continue
        if word.endswith("s") and word[:-1] in known:
            continue  # "<a character>s dad": an untagged possessive, which the relation rules read
        end = i + 1
        following = [e for e in entities if words.spans[i][1] < int(e.get("start", -1)) <= words.spans[i][1] + 1]
        if following and following[0].get("entity") in NAME_KINDS:
            end = next((j + 1 for j, (_, b) in enumerate(words.spans) if b == following[0].get("end")), end)
        elif end < len(words.words) and words.words[end].isalpha() and not coverage.knows(words.words[end], known):
            if words.words[end] not in coverage.FUNCTION_WORDS and not coverage.covered(end, hits, spans):
                continue  # "<X> <Y>", both unknown: someone else's full name
        start_char, end_char = words.chars(i, end)
        matches = store.resolve(words.text[start_char:end_char])
        best = [m for m in matches if m.score == matches[0].score] if matches else []
        # As the entity rules do: a form close to a character and a person is the character.
        characters = [m for m in best if m.kind == "character"]
        best = characters if len(best) > 1 and len(characters) == 1 else best
        if len(best) != 1:
            continue
        found = {"entity": best[0].kind, "value": best[0].name, "start": start_char, "end": end_char}
        reading.drop.extend(following[:1] if end > i + 1 else [])
        reading.entities.append(found)
        reading.why.append(f"a misspelt name: {words.text[start_char:end_char]} -> {best[0].name}")
        added.append(found)
        break
    if not added:
        return entities
    dropped = reading.drop
    return [e for e in entities if e not in dropped] + added


def _things_named(words: _Words, store: FactStore, lexicon: Lexicon) -> list[tuple[int, int]]:
    """Word spans of the film's things (the vocabulary's owned things) named by more than one word and not by a
    credit's own words ("the music video", not "the theme song")."""
    return [
        (a, b)
        for a, b, _ in attribute_owner.thing_spans(words.words, lexicon)
        if b - a > 1 and store.role(" ".join(words.words[a:b])) is None
    ]


def _inside_a_thing(hits: list[Hit], things: list[tuple[int, int]]) -> list[Hit]:
    """ "the music video": "music" inside the name of one of the film's things is that thing, not the film's music
    credit."""
    return [
        h
        for h in hits
        if not (
            h.kind == "attribute" and any(a <= h.start and h.end <= b and h.end - h.start < b - a for a, b in things)
        )
    ]


def _roles_inside_a_thing(
    words: _Words, entities: list[dict[str, Any]], things: list[tuple[int, int]]
) -> list[dict[str, Any]]:
    """The entity rules' crew roles inside the name of one of the film's things ("music" in "the music video")."""
    spans = [words.chars(a, b) for a, b in things]
    return [
        e
        for e in entities
        if e.get("entity") == "crew_role"
        and e.get("start") is not None
        and any(a <= int(e["start"]) and int(e["end"]) <= b for a, b in spans)
    ]


def _role_asked_by_wh(
    words: _Words, entities: list[dict[str, Any]], store: FactStore, lexicon: Lexicon, reading: Reading
) -> bool:
    """ "Adapted from <the author>'s novel by what screenplay writer?": a wh-word right before a credit's own
    noun (not a writer word, which may be the novel's) asks for that credit, whatever else the question says."""
    writer_words = set(lexicon.attributes["writer"].words)
    for role in (e for e in entities if e.get("entity") == "crew_role"):
        at = next((i for i, (a, _) in enumerate(words.spans) if a == role.get("start")), None)
        if at is None or at == 0 or words.words[at - 1] not in OBJECT_WH or words.words[at] in writer_words:
            continue
        if store.role(str(role.get("value"))) in store.crew:
            reading.intent = "ask_crew"
            reading.why.append(f"a wh-word asks for the {role.get('value')} credit")
            return True
    return False


def _read(
    text: str,
    intent: str | None,
    entities: list[dict[str, Any]],
    store: FactStore,
    lexicon: Lexicon,
) -> Reading:
    reading = Reading()
    words = _Words.of(text)
    if not words.words:
        return reading
    # Relations first: "girlfriend" after "Akito's" is a relation, not the actor's love life.
    relation_hits = lexicon.find(words.words, ("relation",))
    relation_hits += _misspelt_relations(words, relation_hits, store, lexicon)
    relation_hits = character_question.without_prefixed_kin(words.words, relation_hits)
    hits = sorted(
        relation_hits + lexicon.find(words.words, ("attribute", "claim", "spoilers", "film", "other_topic")),
        key=lambda hit: hit.start,
    )
    if clauses.venue_opened(words.words, hits):  # "what year did the 1st cinema open?": the building's, not ours
        reading.intent = OUT_OF_SCOPE
        reading.why.append("a venue's opening")
        return reading
    if _what_a_song_is_about(words, entities, store, reading):
        return reading
    if _how_the_film_is(words, lexicon, reading):
        return reading
    if _the_book_by_its_author(words, hits, entities, store, lexicon, reading):
        return reading
    hits = _inside_this_title(words, hits, store)
    things = _things_named(words, store, lexicon)
    hits = _inside_a_thing(hits, things)
    inside = _roles_inside_a_thing(words, entities, things)
    if inside:  # "who directed the music video?": not the music's credit
        reading.drop.extend(inside)
        entities = [e for e in entities if e not in inside]
    hits = _where_filmed(words, hits)
    hits = _not_cared_about(words, hits)
    hits = _watched_in_a_language(words, hits)
    hits = title_language.title_in_a_language(words.words, hits, lexicon)
    hits = _numbered_title(words, hits)
    hits = _another_of_this_title(words, hits)
    hits = novel_reading.adaptation_of_the_film(words.words, hits)
    hits = _known_as(words, hits)
    hits = clauses.film_about(words.words, hits)
    name_spans = coverage.entity_spans(words.spans, [e for e in entities if e.get("entity") in NAME_KINDS])
    hits = clauses.film_described_by_its_subject(words.words, hits, (span.start for span in name_spans))
    hits = clauses.name_reason(words.words, hits)
    hits = clauses.career_started(words.words, hits)
    hits = clauses.made_in_a_year(words.words, hits)
    hits = clauses.cost_of_watching(words.words, hits)
    role_spans = coverage.entity_spans(words.spans, [e for e in entities if e.get("entity") == "crew_role"])
    hits = clauses.shared_person(words.words, hits, (span.start for span in role_spans))
    hits = film_talk.seen_this_film(words.words, hits)
    hits = film_talk.watching_judged(words.words, hits)
    hits = film_talk.seen_by_the_speaker(words.words, hits)
    hits = film_talk.favourite_as_reviews(words.words, hits)
    hits = film_talk.more_about_the_film(words.words, hits)
    hits = film_talk.theme_as_subject(words.words, hits)
    hits = described_film.clues_before_film(words.words, hits)  # "for the <runtime> <service> drama <title>"
    hits = clauses.rated_as_opinion(words.words, hits, _clause_starts(words))
    hits = _composed_spoiler_setting(words, hits, lexicon)
    hits = ellipsis.speaker_meant(words.words, hits)
    hits = speakers_own.speakers_people(words.words, hits)
    hits = film_talk.liking_asked(words.words, hits)  # after the speaker's own: "would my mom like it?"
    hits = film_talk.opinion_of_a_group(words.words, hits)
    hits = film_talk.performance_asked(words.words, hits, store.place_words)
    entities = _glued_possessives(words, entities, store, reading)
    entities = _bare_possessives(words, entities, hits, store, lexicon, reading)
    entities = _misspelt_roles(words, entities, store, lexicon, reading)
    entities = _misspelt_names(words, entities, hits, store, lexicon, reading)
    entities = _lower_case_name_in_film(words, entities, hits, store, lexicon, reading)
    entities = _role_of_a_place(words, entities, store, reading)
    names = [e for e in entities if e.get("entity") in NAME_KINDS]
    if _person_by_birth(words, names, store, reading):
        return reading
    if _role_of_a_person(words, entities, hits, lexicon, reading):
        return reading
    answer = _japanese_answer(text, intent, names, hits, lexicon)
    if answer is not None:
        reading.intent = answer
        reading.why.append(f"a Japanese answer: {answer}")
        return reading
    said = social.formula(words.words, lexicon) if not names and not hits else None
    if said is None and not names and not any(h.kind == "film" for h in hits) and not has_japanese(text):
        said = social.praise(words.words, lexicon)  # "you're awesome", "you've been a big help": thanked back
    if said is None and not names and not hits and intent not in SOCIAL_INTENTS and not has_japanese(text):
        said = social.closing(words.words, lexicon)  # "sounds good, that's all i needed": the user is done
    if said is None and not names and not has_japanese(text):
        said = social.talk_closing(_clause_words(words), lexicon)  # "it was lovely to speak with you": goodbye
    if said is not None and said != intent:  # "hiya", "ttyl", "thx so much": small talk, whatever was guessed
        reading.intent = said
        reading.why.append(f"a small-talk formula: {said}")
        return reading
    talk = None if names else about_the_conversation(text, lexicon)
    if talk is not None:  # "you're wrong", "say that again", "which topics can you answer?": not about the film
        if talk != intent:  # the classifier's guess stands when it is the same
            reading.intent = talk
            reading.why.append(f"about the conversation: {talk}")
        return reading
    other = ellipsis.the_other(words.words, names, hits) if not has_japanese(text) else None
    if other is not None and CHARACTERS_PLURAL & set(words.words[words.words.index("other") :]):
        reading.intent = "ask_cast"  # "what about the other characters?": the rest of the cast, not one of a group
        reading.why.append("the rest of the characters")
        return reading
    if other is not None:  # "the other one?": the other of a group of relatives, found against the conversation
        reading.intent = "ask_who_plays" if "plays" in words.words else "ask_character"
        at = words.words.index("other")
        reading.add("relation", other, *words.chars(at, at + 1))
        reading.why.append("the other of a group")
        return reading
    roles = [e for e in entities if e.get("entity") == "crew_role"]
    topics = [e for e in entities if e.get("entity") == "topic"]
    made = None if names or roles or has_japanese(text) else clauses.maker_of_a_thing(words.words, hits)
    if made is not None:  # "who painted the paintings in the film?": no credit names their maker, nor the cast
        reading.intent = "ask_fact"
        reading.add("attribute", made.key, *words.chars(made.start, made.end))
        reading.why.append(f"the maker of a thing no credit names: {made.phrase}")
        return reading
    # A pronoun points at whom the conversation is about, which is always in the film.
    pronouns = PRONOUNS | lexicon.pronouns
    refers_to_film = bool(names or _pronouns_said(words, pronouns) or any(h.kind == "film" for h in hits))
    refers_to_film = refers_to_film or novel_reading.the_book_itself(words.words)  # its novel is this film's
    refers_to_film = refers_to_film or film_talk.views_a_pointed_film(words.words)  # "can i watch it in <X>?"
    refers_to_film = refers_to_film or film_talk.assistants_favourite(words.words) is not None  # "ur fave scene?"
    refers_to_film = refers_to_film or conversation_talk.asked_again(words.words)  # "what's the run time again?"
    refers_to_film = refers_to_film or conversation_talk.points_back(words.words)  # "the movie mentioned above"

    characters = [e for e in names if e.get("entity") == "character" and e.get("start") is not None]
    held_book = (
        None
        if has_japanese(text) or not characters
        else novel_reading.book_in_a_characters_hands(words.words, [span.start for span in spans_of(words, characters)])
    )
    if held_book is not None:  # "what book is <a character> reading?": a book in the story, which no source names
        reading.intent = "ask_fact"
        reading.add("attribute", "asked", *words.chars(held_book, held_book + 1))
        reading.drop.extend(characters)
        reading.why.append("a book in a character's hands in the story")
        return reading
    bare = None if refers_to_film or roles or has_japanese(text) else clauses.bare_subject_about(words.words)
    if bare is not None and (
        _names_ours_from(words, bare[0], entities, lexicon, bare[1])
        or set(words.words[bare[0] : bare[1]]) & (film_name_words(store, lexicon) | coverage.WORK_NOUNS)
        or any(h.kind in ("attribute", "claim") and bare[0] <= h.start and h.end <= bare[1] for h in hits)
        or any(e.get("entity") in SAID_ENTITIES for e in entities)
    ):
        # "what is <the title> about?", "what's movie about?", "what was critical reception about?": this film's
        bare = None
    if bare is not None:  # "what is love about?", "what is <an unknown title> about?": another thing's story
        reading.intent = OUT_OF_SCOPE
        reading.why.append(f"what another thing is about: {' '.join(words.words[bare[0] : bare[1]])}")
        return reading
    pointed = _pronouns_said(words, pronouns) or any(h.kind == "film" for h in hits)
    if not names and not pointed and award_named.ranks_by_awards(words.words):
        reading.intent = OUT_OF_SCOPE  # "what theme song won the most oscars?": every work ranked, none of ours
        reading.why.append("a ranking of all works by awards")
        return reading
    # a yes/no question ("did the song come out in <year>?") is left to the claims, which check what is said
    asks_yes_or_no = has_japanese(text) or _asks_yes_or_no(words, lexicon)
    if asks_yes_or_no and _written_for_the_film(words, hits, entities, store, lexicon, reading):
        return reading
    owned = _asked_of_a_thing(words, hits, entities, store, lexicon)
    person = _one_person_named(names, store) if owned is not None else None
    if person is not None and works_period.owned_work_of_a_year(words.words, person):
        # "what <a band> song was a hit in <another year>?": their songs of that year, not the film's song (of
        # this film's year, the song is the film's)
        owned = None if works_period.work_of_another_year(words.words, store) else owned
    if asks_yes_or_no and owned is not None and not _nothing_held_of(owned, lexicon):
        owned = None  # "was the trailer released in <year>?": what is held of the thing decides, in the claims
    if owned is None or owned.answer is not None:
        owned = _unheld_of_a_named_thing(words, hits, store, lexicon) or owned
    if owned is not None and (intent != OUT_OF_SCOPE or refers_to_film or owned.named_ours):
        # "when did the trailer come out?", "how long is the trailer?": the trailer's, not the film's
        _answer_of_a_thing(words, owned, entities, lexicon, reading)
        return reading
    # "does <a singer> sing <the theme song's title>?", refused as someone's music or read as asked of the singer
    performer_asked = intent in (OUT_OF_SCOPE, "ask_person") and asks_yes_or_no
    if performer_asked and _performer_of_a_credited_work(words, entities, store, reading):
        return reading
    refused = intent == OUT_OF_SCOPE and not asks_yes_or_no
    if refused and _titled_thing_answered(words, entities, store, lexicon, reading):
        return reading
    unanswered = intent in (OUT_OF_SCOPE, FALLBACK) and not asks_yes_or_no
    if unanswered and _performer_of_a_credited_work_asked(words, store, reading):
        return reading
    if unanswered and _when_the_film_was(words, hits, lexicon):  # "when was the first <title> movie?": its release
        reading.intent = "ask_release_date"
        reading.why.append("when the film named was")
        return reading

    premise = (
        None
        if has_japanese(text) or _other_year(words, store)
        else clauses.premise_described(words.words, hits, _clause_starts(words))
    )
    if premise is not None:  # "the movie about a boy with a year to live": this film, and nothing asked of it
        hits = [h for h in hits if h.kind == "film" or not premise[0] <= h.start < premise[1]]
        refers_to_film = True
        reading.why.append(DESCRIBED_BY_ITS_PREMISE)
    elif (
        not names
        and not has_japanese(text)
        and clauses.another_premise_described(words.words, hits, _clause_starts(words), everyday.story_words(store))
    ):  # "who directed the movie about a dog who waits for his owner?"
        reading.intent = OUT_OF_SCOPE
        reading.why.append("another film described by its story")
        return reading
    compared = None if has_japanese(text) else _compared_with_another_work(words, hits, store, lexicon)
    if compared is not None:  # "is it like <another film>?": how the two compare, which the store does not say
        reading.intent = "ask_fact"
        reading.add("attribute", COMPARED_WORK, *words.chars(*compared))
        reading.why.append(f"this film compared with another work: {' '.join(words.words[compared[0] : compared[1]])}")
        return reading
    general = GENERAL_QUESTION.search(" ".join(words.words))
    if general and lexicon.find(words.words, ("social",)):
        general = None  # "how does this work?": how to use the assistant (help), not how something works
    song_words = next(
        (h for h in hits if h.kind == "other_topic" and _words_of_this_song(words, h, roles, store)), None
    )
    if song_words is not None and not has_japanese(text):  # "the lyrics of the theme song": its words, unheld
        reading.intent = "ask_fact"
        reading.add("attribute", "asked", *words.chars(song_words.start, song_words.start + 1))
        reading.drop.extend(roles)
        reading.why.append("the words of this film's song")
        return reading
    other_topics = [h for h in hits if h.kind == "other_topic"]
    another = not refers_to_film and (
        ARITHMETIC.search(text)
        or general
        or other_topics
        or (not has_japanese(text) and music_talk.music_in_general(words.words))
    )
    # "is there a dubstep remix for <the theme song's title>?": a credited work of ours, named by its whole title, is
    # what the topic's word is asked of
    if another and not titles_of_our_credits(text, store):
        reading.intent = OUT_OF_SCOPE
        reading.why.append("another topic")
        return reading
    if not refers_to_film and not has_japanese(text) and film_talk.record_among_all_films(words.words, store):
        reading.intent = OUT_OF_SCOPE  # "who directed the first movie ever?": a record of all films, none of ours
        reading.why.append(FILMS_IN_GENERAL)
        return reading
    if (
        not refers_to_film
        and not has_japanese(text)
        and film_talk.record_among_all_people(words.words, _role_starts(words, roles), store)
    ):
        reading.intent = OUT_OF_SCOPE  # "who is the oldest film director?": a record of a whole trade
        reading.why.append("a record among all the people of a trade")
        return reading
    film_title_words = frozenset(tokens(store.title))
    if not has_japanese(text) and not names and everyday.runtime_asked(words.words, film_title_words):
        reading.intent = "ask_runtime"  # "how long does it take to watch?": how long the film runs
        reading.why.append("how long watching it takes")
        return reading
    if not has_japanese(text) and not names and everyday.plays_the_film(words.words, hits, store):
        reading.intent = "ask_where_to_watch"  # "play <the title>": shown where it streams
        reading.why.append("asked to show the film")
        return reading
    everyday_request = (
        None
        # "turn off spoilers" is the assistant's setting, no device's; "play <the song's title>" names ours
        if _mentions_spoilers(words, lexicon) or _credit_named(words, roles, store)
        else everyday.request(words.words, hits, names, store, coverage.film_vocabulary(store, lexicon))
    )
    if everyday_request is not None and not has_japanese(text):  # "play some music", "what's the date today"
        reading.intent = OUT_OF_SCOPE
        reading.why.append("another topic")
        return reading
    owner = (
        None
        if refers_to_film
        or roles
        or has_japanese(text)
        or intent in SOCIAL_INTENTS | {OUT_OF_SCOPE}
        or POINTER_WORDS & set(words.words)
        or ellipsis.when_was_that(words.words)  # "when did that happen?": of what was just talked about
        # "does this fit into the category of <a genre>?": a yes/no question's kind names the value claimed
        or (_asks_yes_or_no(words, lexicon) and any(h.kind == "attribute" and h.key in KIND_KEYS for h in hits))
        else _owned_elsewhere(words, hits, entities, store, lexicon)
    )
    if owner is not None:  # "the rating of <a salon>", "does <a chain> have good reviews": asked of something else
        reading.intent = OUT_OF_SCOPE
        reading.why.append("another topic")
        return reading
    small_talk = everyday.about_the_assistant(words.words, hits, names, intent)
    if small_talk is not None and not has_japanese(text):  # "what name do you go by?", "how are you doing?"
        reading.intent = small_talk
        reading.why.append("about the assistant")
        return reading
    if not has_japanese(text) and not names and people_reading.superlative_over_everyone(words.words, film_title_words):
        reading.intent = OUT_OF_SCOPE  # "who is the oldest actor ever?": a record of all performers
        reading.why.append("a ranking of all performers")
        return reading
    tied = None if has_japanese(text) or names else _someone_tied_by_a_pronoun(words.words)
    if tied is not None:  # "who is the actress she said she wished she looked like?": not held of her
        reading.intent = "ask_fact"
        reading.add("attribute", person_asked.ASKED_OF_PERSON, *words.chars(*tied))
        reading.why.append("someone tied to the person talked about by a clause")
        return reading
    if (
        intent == OUT_OF_SCOPE
        and not has_japanese(text)
        and not names
        and people_reading.cast_superlative(words.words, film_title_words)
        and not people_reading.of_another_work(words.words, film_title_words)
    ):  # "which actress is the oldest?": the cast by their birth dates, not every actress
        reading.intent = "ask_cast"
        reading.why.append("a superlative over the cast")
        return reading
    if not has_japanese(text) and not names and not roles and not PRONOUNS & set(words.words):
        another = film_talk.another_film_asked(words.words, hits)
        if another is not None:  # "any other recommendations?", "something like it?": a film that is not ours
            reading.intent = OUT_OF_SCOPE
            reading.why.append(FILMS_IN_GENERAL)
            return reading
        earlier = None if _asks_yes_or_no(words, lexicon) else _before_this_films_time(words, hits, store)
        if (
            earlier is not None
        ):  # "what network showed sports in 1970?" ("did the trailer come out in 2013?" is a claim)
            reading.intent = OUT_OF_SCOPE
            reading.why.append(f"a time before this film: {earlier}")
            return reading
        films = None if _bare_claim_follow_up(words, hits) else film_talk.films_in_general(words.words, hits, store)
        if films is None and film_talk.award_winner_among_all(words.words, store, lexicon):
            films = "award"  # "who won best actor at the oscars?": a winner among everyone
        if films is not None:  # "what's a good movie for tonight?", "i like sci-fi movies": no film of ours
            reading.intent = OUT_OF_SCOPE
            reading.why.append(FILMS_IN_GENERAL)
            return reading
        # a capital marks a name inside a sentence, not at its start ("Spirited Away. Is it on?": not "is")
        capitalised = {
            i
            for i, (a, _) in enumerate(words.spans)
            if i and words.text[a].isupper() and not words.text[:a].rstrip().endswith((".", "?", "!"))
        }
        seen = film_talk.other_work_seen(words.words, hits, coverage.film_vocabulary(store, lexicon), capitalised)
        if seen is not None:  # "have you seen Thor?", "did you like the black panther movie?"
            reading.intent = OUT_OF_SCOPE
            reading.why.append(f"another work: {seen}")
            return reading
    said_of_film = intent in YES_NO_ANSWERS and _film_named(words, lexicon)  # not "sounds good": consent
    back = _asked_back(words)
    remarked = (intent not in SOCIAL_INTENTS or said_of_film or back is not None) and not has_japanese(text)
    own = _speakers_statement(words, hits, entities, store, lexicon) if remarked and not names else None
    if intent != "greet" and not has_japanese(text) and social.wellbeing_asked_back(_clause_words(words)):
        own = "asked back"  # "fine thanks, and you?", "pretty good, you?": how the speaker is
    if own == "asked back":  # "i'm good, how about you?", "i'm a student, and you?": small talk, a greeting's
        reading.intent = "greet"
        reading.why.append("the speaker's own, asked back")
        return reading
    if remarked and _remark(words, store, lexicon):
        if back is not None:  # "it's one of my favourite movies. you?": the assistant's own view, which it has not
            reading.intent = "ask_fact"
            reading.add("topic", "reviews", *words.chars(*back))
            reading.why.append("a remark asked back")
            return reading
        # "i watched it last night and cried so much", "no, i haven't seen it": told, not asked
        reading.intent = REMARK
        reading.why.append("a remark, nothing asked")
        return reading
    if _acknowledged(text, intent, names, words):
        reading.intent = REMARK  # "nice", "wow", "i see": said back to an answer, whatever was guessed
        reading.why.append("an acknowledgement, nothing asked")
        return reading
    if own == "told":  # "i'll check it out", "i'm bored": the speaker's own, not the film's
        reading.intent = REMARK
        reading.why.append("the speaker's own statement")
        return reading

    names = _gendered_names(words, names, store, reading)
    lead = None if names or has_japanese(text) else people_reading.lead_by_noun(words.words, words.spans, store)
    if lead is not None:  # "who plays the girl?", "and the guy?": the lead of that gender
        reading.entities.append(lead)
        names = [lead]
        refers_to_film = True
        reading.why.append(f"the lead by a noun: {lead['value']}")
    # "who are the members of <a band>?": the band is named, but the film's person in it is asked
    group_asked = people_reading.members_of_a_named_group(words.words, names, store)
    member = (
        None
        if (names and not group_asked) or has_japanese(text)
        else people_reading.member_of_group(words.words, words.spans, store)
    )
    if member is not None and not has_japanese(text) and assistants_taste.taste_asked(words.words) is not None:
        member = None  # "which member of <a group> do you like?": the assistant's taste, not who is in it
    group_member = (
        None if names or member or has_japanese(text) else people_reading.group_in_cast(words.words, words.spans, store)
    )
    if group_member is not None:  # "what group starred in it?": the one of the cast in a group
        reading.intent = "ask_person"
        reading.entities.append(group_member)
        reading.why.append(f"a group among the cast: {group_member['value']}")
        return reading
    if member is not None and not group_asked and _group_is_the_subject(words, member, lexicon):
        # "was <a group> very famous around the world?": the group itself is asked of, which no source describes
        after = next((i for i, span in enumerate(words.spans) if span[0] >= int(member["end"])), len(words.words))
        return _not_held(words, words.words[after:] or words.words[-1:], reading, "a group asked of")
    if member is not None:  # "who does the <a group> member play?": the film's person in that group
        reading.entities.append(member)
        names = [member]
        refers_to_film = True
        reading.why.append(f"a member of a group: {member['value']}")
        member_asked = {"members", "member"} & set(words.words)
        if intent == "ask_cast" and member_asked and not cast_by_work.CAST_WORDS & set(words.words):
            # "who are the members of <a group>?", "who is the member of <a group> in it?": the group's members,
            # of whom the store knows this film's one
            reading.intent = "ask_person"
            return reading
        if not asks_yes_or_no and any(h.kind == "attribute" and h.key == THEME_SONG_KEY for h in hits):
            # "which member of the cast sang vocals for <a group>?": the group's singing, not the film's song
            reading.intent = "ask_person"
            reading.drop.extend(e for e in roles if store.role(str(e.get("value") or "")) == THEME_SONG_KEY)
            reading.why.append("the group's singing")
            return reading
    by_work = None if names or has_japanese(text) else people_reading.performer_by_work(words.words, words.spans, store)
    if by_work is not None:  # "which character does the actress from <a work> play?": the film's person known for it
        reading.entities.append(by_work)
        names = [by_work]
        refers_to_film = True
        reading.why.append(f"a performer by another work: {by_work['value']}")
        if not any(h.kind == "attribute" for h in hits):  # "who's the guy from <a work>?", "who does he play?"
            reading.intent = "ask_person"
            return reading
    counted = None if has_japanese(text) else _parts_counted_in_a_known_work(words, names, store)
    if counted is not None:  # "over how many episodes of <their series> did <a> take part?": no source counts them
        return _not_held(words, counted, reading, "parts of someone's work counted")
    if not has_japanese(text) and _asked_of_someones_works(words, hits, names, roles, store, lexicon, reading):
        return reading  # "when were the films starring <X> released?": of <X>'s works, not this film's
    if not has_japanese(text) and _works_condition_unchecked(words, hits, names, entities, store, reading):
        return reading  # "which film starring <X> was based on a true story?": not held, never the whole list
    if not has_japanese(text) and _genre_of_someones_works(words, hits, names, store, lexicon, reading):
        return reading  # "has <X> been in any horror movies?": the genres of their works, not this film's
    if not has_japanese(text) and _works_together(words, names, entities, store, reading):
        return reading  # "have <a> and <b> been in other films together?": the works the store lists for both
    if not has_japanese(text) and _works_of_someone(words, hits, names, intent, store, reading):
        return reading  # "did he act in any movies?", "what television projects does <X> have?"
    if not has_japanese(text) and _parts_of_someone(words, hits, names, intent, store, reading):
        return reading  # "what characters has <X> played?": the parts of their works, not their part here alone
    if not has_japanese(text) and _works_of_period_or_kind(words, hits, names, store, reading):
        return reading  # "what movies did <X> star in before <a year>?", "which video game did <X> voice?"
    if (
        not names
        and not has_japanese(text)
        and not any(h.kind != "film" for h in hits)
        and people_reading.name_of_pronoun(words.words)
    ):  # "what's his name?": the role and the actor of whom the pronoun points at
        reading.intent = "ask_who_plays"
        reading.why.append("the name of whom a pronoun points at")
        return reading
    if not names and not has_japanese(text) and ellipsis.more_of_the_same(words.words):
        # "any more?", "anything else?": more of the last answer; the works, the cast or what else to ask
        # (actions/people.py decides from the conversation)
        reading.intent = "ask_other_work"
        reading.why.append("more of what was just talked about")
        return reading
    if (
        not names
        and not has_japanese(text)
        and (people_reading.about_pronoun(words.words) or people_reading.who_is_pronoun(words.words))
    ):
        # "tell me more about her": whom the pronoun points at, described (actions/people.py)
        reading.intent = "ask_person"
        reading.why.append("a description of whom a pronoun points at")
        return reading
    if not names and not has_japanese(text) and people_reading.earliest_asked(words.words):
        # "which one came out first?" after someone's works: the earliest of them (actions/people.py)
        reading.intent = "ask_other_work"
        reading.why.append("the earliest of the works talked about")
        return reading
    people = [n for n in names if n.get("entity") == "person"]
    ordered = people_reading.ordered_work(words.words) if len(people) == 1 and len(names) == 1 else None
    if ordered is not None and not any(
        h.kind == "attribute" and h.key not in ORDERED_WORK_KEYS and not h.start <= ordered[1] < h.end for h in hits
    ):
        # "what was <a person>'s first book?": the earliest (or latest) of their works (actions/people.py);
        # "what year did her first novel come out?" asks more of it, "<a person>'s debut" the store's debut
        reading.intent = "ask_other_work"
        reading.why.append(f"the {ordered[0]} of a person's works")
        return reading
    if people_reading.characters_between(words.words, words.spans, names, store) or (
        not has_japanese(text)
        and (
            people_reading.feeling_towards_pronoun(words.words, words.spans, names, store)
            or _stranger_related(words, names, store, reading)
        )
    ):
        # "what is the relationship between <a> and <b>?", "<a>と<b>の関係は？": the store's relation between the two
        start, end = words.chars(0, len(words.words))
        reading.add("relation", BETWEEN, start, end)
        reading.intent = "ask_character"
        reading.why.append("how two characters are related")
        return reading
    deed = None if has_japanese(text) else people_reading.described_deed(words.words, words.spans, names, store)
    if deed is not None:
        # "who is watching over <a>?": the character whose description says so, not <a>
        done_to = next(n for n in names if n.get("entity") == "character")
        reading.drop.append(done_to)
        reading.add("character", store.characters[deed].name, int(done_to["start"]), int(done_to["end"]))
        reading.intent = "ask_character"
        reading.why.append("who does what a character's description says, to the character named")
        return reading
    if not has_japanese(text) and (
        people_reading.who_the_character_is(words.words, words.spans, names, intent)
        or people_reading.about_the_character(words.words, words.spans, words.text, names, intent)
    ):
        reading.intent = "ask_character"
        reading.why.append("who a character is, not only who plays them")
        return reading
    if not has_japanese(text) and people_reading.rest_of_cast(words.words, names, store):
        reading.intent = "ask_cast"
        reading.drop.extend(names)  # the cast beyond them: the list, not the named ones' roles
        reading.why.append("the cast beyond the characters named")
        return reading
    if not has_japanese(text) and people_reading.work_of_a_year_asked(words.words, names):
        reading.intent = "ask_other_work"
        reading.why.append("a work of a year of someone named")
        return reading
    if not has_japanese(text) and people_reading.co_stars(words.words, names, store, _asks_yes_or_no(words, lexicon)):
        reading.intent = "ask_cast"
        reading.drop.extend(names)  # those beside them on screen: the cast, not the named ones' roles or works
        reading.why.append("the co-stars of someone named")
        return reading
    measure = (
        people_reading.unheld_measure_of_one(words.words)
        if len(names) == 1 and names[0].get("entity") == "person" and _asks_yes_or_no(words, lexicon)
        else None
    )
    if measure is not None and not has_japanese(text):
        # "was <X> the tallest member of the cast?": no height is held, whoever <X> is compared with
        at, key = measure
        reading.intent = "ask_fact"
        reading.add("attribute", key, *words.chars(at, at + 1))
        reading.why.append(f"yes/no over a measure not held: {key}")
        return reading
    description = (
        []
        if has_japanese(text)
        else people_reading.film_described_by_its_people(words.words, words.spans, names, store)
    )
    if description and _other_year(words, store):
        description = []  # "the 2019 film starring <our actor>": one of their other works, theirs to answer
    if description and _credit_predicated(words, description[0][0], lexicon):
        description = []  # "that movie is written by <a name>, right?": a credit claimed, decided from the crew
    if description and _this_film_identified(words, description[0][0], lexicon):
        # "is this the film starring <our actor>?": whether it is, decided from the cast and crew (the names kept)
        reading.add("claim", IN_FILM_CLAIM, *words.chars(description[0][0], description[-1][1]))
        reading.intent = "ask_person"
        reading.why.append("yes/no: this film identified by its people")
        return reading
    if description:  # "the film directed by <our director>": this film is asked about, not them nor their credits
        reading.drop.extend(names)
        reading.why.append("this film described by its people")
        names = []
        hits = [h for h in hits if not any(a <= h.start < b for a, b in description)]
        if roles and (intent or FALLBACK) in PEOPLE_INTENTS:  # "who scored the film starring <a>?": the credit
            reading.intent = "ask_crew"
    if not description and names and not has_japanese(text) and not _other_year(words, store):
        # "what actress played <a character> in <the film>, directed by <our director>?": only the
        # description's names and words are left out; the rest is what is asked
        film_ends = frozenset(h.end for h in hits if h.kind == "film")
        partial = people_reading.descriptions_of_this_film(
            words.words, words.spans, names, store, film_ends, _clause_starts(words, hedged=True)
        )
        described_names = [n for _, _, n in partial]
        reading.drop.extend(n for n in described_names if n not in reading.entities)
        reading.entities = [e for e in reading.entities if e not in described_names]
        names = [n for n in names if n not in described_names]
        hits = [h for h in hits if not any(a <= h.start < b for a, b, _ in partial)]
        description = [(a, b) for a, b, _ in partial]
        if partial:
            reading.why.append("this film described by its people, beside what is asked")
    if premise is not None:
        description = [*description, premise]
    title_words = this_film_words(store)
    if not has_japanese(text) and people_reading.role_of_actor(
        words.words, words.spans, names, store, title_words, words.text
    ):
        # "what character does <an actor> portray?", "<an actor> played who?": the actor's role here
        reading.intent = "ask_person"
        reading.why.append("the character an actor plays in this film")
        return reading
    if has_japanese(text) and intent == "ask_who_plays" and names and all(n["entity"] == "person" for n in names):
        # "<an actor>が演じているのは誰？": whom the actor plays, which their card says (no character is named)
        reading.intent = "ask_person"
        reading.why.append("the character an actor plays in this film, asked in Japanese")
        return reading
    if not has_japanese(text) and _when_the_work_with(words, names):
        reading.intent = "ask_release_date"  # "when is that netflix series with <a>?": this film, by who is in it
        reading.drop.extend(names)
        reading.why.append("when the work with one of ours came out")
        return reading
    if not has_japanese(text) and _names_of_people_asked(words, names):
        reading.intent = "ask_person"  # "what are the first names of <a> and <b>?": who they are, by full name
        reading.why.append("the names of people named")
        return reading
    relation = _relation(words, hits, names, store, reading, lexicon)
    through_part = _performer_as_subject(words, hits, names, entities, store, lexicon, reading)
    if (
        through_part is None
        and intent not in PEOPLE_INTENTS | people_reading.ACTOR_INTENTS
        and _performer_named(words, hits, names, store)
    ):
        # "what is the name of the guy who plays <a> on <the title>?": who plays the part, not the title
        reading.intent = "ask_who_plays"
        reading.why.append("who plays a part, asked through its performer")
    if through_part is not None:  # "the actress who played <a>'s mother": that person, what is asked read as of them
        names, (first, after) = through_part
        hits = [h for h in hits if not first <= h.start < after]  # the part's words ask nothing
        relation = None
    for added in reading.entities:  # the owner of a relation found by the reader ("the female lead's mum")
        chosen = people_reading.gendered_character(store, words.words, words.spans, added, GENDER_WORDS)
        if added.get("entity") == "character" and chosen is not None:
            added["value"] = store.characters[chosen].name
            reading.why.append(f"the word before names {chosen}")
    if relation is not None:
        refers_to_film = True
        if _pointed_one_is_relative(words, relation, names):
            # "is she <a>'s mother?", "is that <a>'s father?": whether the one talked about is that relative
            reading.add("claim", f"related:{relation.key}", *words.chars(relation.start, relation.end))
    else:
        names = _owned_roles(words, names, reading)
    names = _role_noun_of_someone(words, names, entities, store, reading)
    if relation is None:
        hits = _relatives_of_a_person(words, hits, names, lexicon)
    attributes = [
        h for h in hits if h.kind == "attribute" and not _inside(h, relation) and not _in_apposition(words, h, names)
    ]
    clause = people_reading.relative_clause_start(words.words, words.spans, names)
    if clause is not None:  # "who plays <a character>, the one who <does something>?": the clause describes
        attributes = [h for h in attributes if h.start < clause]
    attributes = _objects_of_making(words, attributes)
    attributes = _watching_as_a_purpose(words, attributes)
    attributes = _song_at_the_end(words, attributes)
    attributes = _japanese_possessive_heads(words, attributes, lexicon)
    attributes = _japanese_speakers_own_end(words, attributes)
    attributes = _other_than_first(words, attributes)
    attributes = _described_as_winning(words, attributes)
    attributes = _describing_the_film(words, attributes, hits)
    attributes = _release_as_a_time_frame(words, attributes)
    kept = _fame_as_a_measure(words, attributes, lexicon)
    hits = [h for h in hits if h in kept or h not in attributes]  # a fame word that asks nothing is no hit either
    attributes = kept
    ranked = _death_of_a_real_person(words, _popularity_among_parts(words, attributes), names, hits)
    ranked = _death_of_a_credit(words, ranked, names, roles, hits)
    ranked = _first_work_of_a_person(words, ranked, names)
    ranked = _works_recommended(words, ranked, names)
    hits = [*(h for h in hits if h not in attributes), *ranked]
    attributes = _asking_sentence_first(words, ranked, store)
    # "I live in <a country>, where can I watch it?": the speaker's own life is not asked about
    attributes = [
        h
        for h in attributes
        if not (h.key in SPEAKERS_OWN and h.start > 0 and words.words[h.start - 1] in SPEAKER_WORDS)
        and not (
            h.key in SPEAKERS_OWN
            and " " not in h.phrase
            and h.phrase not in HOME_NOUNS
            and not WHERE_WORDS & set(words.words)
        )
    ]  # a bare "live" asks where only in a where-question: "is it live action?" is no home; "<a>'s address" is
    attributes = [h for h in attributes if not _the_assistant_mentioning(words, h)]
    attributes = [h for h in attributes if _place_asked(words, h) and not _upbringing_of_a_character(h, names)]
    attributes = [h for h in attributes if not _title_before_a_name(words, h, names)]
    if any(h.key not in FRAME_KEYS for h in attributes):  # "how long did she have to live?": the life expectancy
        attributes = [h for h in attributes if h.key not in FRAME_KEYS]
    names = names + _owner_without_apostrophe(words, hits, attributes, names, store, reading)
    attributes = _definition(words, hits, attributes, names, spans_of(words, names), lexicon, reading)
    attributes = _what_someone_does(words, names, attributes)
    attributes = _future_work(words, _works_of_a_credit(words, attributes, roles, lexicon))
    kinds = _kinds_give_way(words, attributes, lexicon)
    if len(kinds) < len(attributes):
        hits = [h for h in hits if h.kind != "attribute" or h in kinds or _inside(h, relation)]
        attributes = kinds
    watching = any(h.key == "platform" for h in attributes) or any(
        h.kind == "claim" and h.key in ("platform", "theatrical") for h in hits
    )
    if not watching or not _asks_yes_or_no(words, lexicon):
        # "where can I watch it in <a country>?" asks for the platform; "is it popular in <a country>?" is no region
        attributes = [h for h in attributes if h.key != "region"]
    roles = _roles_inside_other_roles(words, roles, attributes, lexicon, store, reading)
    if relation is None and through_part is None and any(h.key in ACTOR_KEYS for h in attributes):
        names = _actors_named_by_role(words, names, store, reading)
        refers_to_film = refers_to_film or bool(names)
    kind = _time_kind(_subject_kind(words, names, relation, attributes, lexicon), attributes, hits, words.words)
    if kind == "person":
        attributes = _death_of_someone_with_no_part(attributes, names, store)
    if kind == "film" and not names and relation is None:
        crew_person = _crew_member_described(words, attributes, roles, store, lexicon, reading)
        if crew_person is not None:
            names = [crew_person]
            kind = "person"
            refers_to_film = True  # "how old is the author?": this film's person, named by their credit
            if not _joined(words):  # "the occupation of the author of the book?": "author", "book" name the person
                attributes = [h for h in attributes if h.key in PERSONAL_KEYS or h.key not in CREDIT_KEYS]
    spans = coverage.entity_spans(
        words.spans, [e for e in (*entities, *reading.entities) if e.get("entity") in SPAN_ENTITIES]
    )
    current = intent or FALLBACK
    searched = words.words[:1] in (["search"], ["find"], ["lookup"], ["look"])  # "search for <the title>"
    named_alone = None if names or (current != FALLBACK and not searched) else _the_film_named_alone(words, lexicon)
    if named_alone is not None:  # "drawing closer", "how is the new movie <the title>"
        reading.intent = "ask_fact" if named_alone else "ask_plot"
        if named_alone:
            reading.add("topic", "reviews", *words.chars(0, 2))
        reading.why.append("the film named alone" + (", how it is" if named_alone else ""))
        return reading
    if _role_of_a_character(words, names):  # "what role does <a character> play in the book series?"
        reading.intent = "ask_character"
        reading.why.append("the role a character plays in the story: the description")
        return reading
    if current == "ask_plot" and _information_about_someone(words, names, store):
        # "please give me information about <a person>", "i need some details about him": who they are
        reading.intent = "ask_person"
        reading.why.append("information about someone, not the story")
        return reading
    if _answers_origin(words) and not names:
        # "where does this data come from?", "how do you know that information?": the sources of the answers
        reading.intent = "ask_source"
        reading.why.append("where the assistant's answers come from")
        return reading
    ours = refers_to_film or _the_cast_alone(words.words) or _credit_pointed(words, entities)
    may_change = current in QUESTION_INTENTS or current == FALLBACK or (current == OUT_OF_SCOPE and ours)
    claimed = [h for h in hits if h.kind == "claim"]
    year_claim = clauses.year_claimed(words.words, words.text) is not None and _asks_yes_or_no(words, lexicon)
    if current == "ask_source" and (attributes or claimed or year_claim) and not SOURCE_WORDS & set(words.words):
        may_change = True  # "who is in that one?": "that" is the film, not the last answer
    if current == "ask_source" and names and _asks_yes_or_no(words, lexicon) and not SOURCE_WORDS & set(words.words):
        may_change = True  # "was that <an actor> in the movie?": "that" points at the one named, asked yes or no
    if current == "ask_source" and names and _attributed_to_a_third_party(words.words):
        may_change = True  # "when did <X> write it, according to <a critic>?": the question before the attribution
    demonstrative = claimed and _asks_yes_or_no(words, lexicon) and {"that", "this"} & set(words.words)
    about_someone = attributes and pronouns & set(words.words)  # "what was his debut?"
    if current in ("bot_challenge", "help") and (
        names or demonstrative or about_someone or any(h.kind == "film" for h in hits) and len(hits) > 1
    ):
        may_change = True  # "is this one a horror?" asks about the film, not about the bot
    if current == "greet" and about_someone and words.words[0] in ("what", "what's", "whats"):
        may_change = True  # "what's he up to?" asks about him, not "what's up?"
    if current in OPENING_FORMULAS and names and not lexicon.find(words.words, ("social",)):
        may_change = True  # "<a band's name>" taken for a greeting: no word of greeting or thanks is said
    # a statement read as nothing else (a question asks what the premise does not answer: "how many watched the
    # first four seasons?")
    unread = current in (FALLBACK, OUT_OF_SCOPE) and not attributes and not clauses.WH_WORDS & set(words.words)
    if (
        (current == "greet" and not _opens_with_a_greeting(words, lexicon) or unread)
        and refers_to_film
        and not has_japanese(text)
        and series_premise.takes_the_film_for_a_series(text, lexicon)
    ):
        # "<the title> airs every weekday morning": a time of day, no greeting; a schedule only a series has.
        # "an episode of the sitcom <the title> ...": nothing else read, the premise is what to answer
        reading.intent = "ask_genre"
        reading.add("claim", f"{SERIES_CLAIM}:{SERIES_CLAIM}", 0, len(text))
        reading.why.append("the film taken for a series")
        return reading
    if (
        current in NOT_QUESTIONS
        and any(h.key == "reviews" for h in attributes)
        and ("?" in text or _asks_yes_or_no(words, lexicon))
    ):
        # "any good?", "would you recommend it?", "have you seen it": the reviews, not a greeting or a refusal
        may_change = True
    if (
        current in ("bot_challenge", "help")
        and claimed
        and has_japanese(text)
        and _asks_yes_or_no(words, lexicon)
        and not japanese_taste.LISTENER & set(words.words)
        and not everyday.japanese_identity_asked(text)
    ):
        may_change = True  # "漫画なんですか？" has no subject: the film's kind is asked, not what the assistant is
    if current in ("bot_challenge", "help") and clauses.wrapped_question(words.words) and (attributes or claimed):
        may_change = True  # "do you think there are any plot twists?" asks about the film, not the assistant
    if current in ("bot_challenge", "help") and attributes and _knowledge_of_asked(words.words, attributes[0].start):
        may_change = True  # "do you know anything about this album?": the album asked, not what the assistant is
    if current in ("bot_challenge", "help") and _knowledge_of_another(words.words, names, lexicon):
        reading.intent = OUT_OF_SCOPE  # "what do you know about <a subject of nothing ours>?": another subject
        reading.why.append("what the assistant knows of another subject")
        return reading
    if current in ("bot_challenge", "help") and (attributes or topics) and not TALK_PARTIES & set(words.words):
        # "what do critics think of it?": a question about the film that addresses neither the assistant nor asker
        may_change = True
    if current == OUT_OF_SCOPE and not names and attributes and all(h.key == "sequel" for h in attributes):
        # "will there be a season 2?": with nothing else said after it, a later instalment is this film's
        # ("… of <another show>" stays refused)
        before = set(words.words[: attributes[0].start])
        may_change = may_change or attributes[-1].end == _tag_start(words) and before <= THERE_WILL_BE
    inspired = stated_claims.inspiration_by_a_work(words.words) if current == OUT_OF_SCOPE and not names else None
    if inspired is not None and novel_reading.BOOK_WORDS & set(words.words[: inspired[0]]):
        may_change = True  # "was the novel inspired by <another story>?": the only novel here is this film's
    if current == OUT_OF_SCOPE and not names and attributes and all(h.key == STORY_MEANING for h in attributes):
        # "what is the moral of the story?", "the moral here?": the only story here is this film's ("the
        # meaning of life" stays refused)
        may_change = may_change or set(words.words[attributes[-1].end :]) <= STORY_OWNERS
    held = {h.key for h in attributes if lexicon.attributes[h.key].intent_for("film") != UNHELD}
    if (
        current == OUT_OF_SCOPE
        and not names
        and len(held) > 1
        and (_joined(words) or text.count("?") > 1)
        and _no_work_named(words, attributes, coverage.film_vocabulary(store, lexicon))
    ):
        # "could you tell me who the director is and also what the rating is?": two of a film's facts asked
        # together, with no other work named after them, are this film's
        may_change = True
    if current == OUT_OF_SCOPE and _defines_a_story_word(words, hits, store):
        may_change = True  # "what does <a word of this film's genres> mean?": about the film, not another topic
    if (
        current == OUT_OF_SCOPE
        and not names
        and not may_change
        and _described_character(
            words, _before_description(words, attributes), store, lexicon, reading, min_score=DESCRIBED_OUT_OF_SCOPE
        )
    ):
        return reading  # "who is the girl with <her description's words>?": one of this film's characters
    if not names and _spoiler_setting_alone(hits, attributes, lexicon, reading):
        return reading
    # "it", "that" may be read as the film, "since when" as a release date: nothing else asked
    asked = [h for h in hits if h.kind != "film" and h.key != "release_date"]
    if not names and not asked and ellipsis.where_was_that(words.words):
        # "when was he born?" then "where?": the place of what was just asked when of (actions/follow_on.py)
        reading.intent = "ask_fact"
        reading.add("attribute", ellipsis.SAME_QUESTION_WHERE, *words.chars(0, len(words.words)))
        reading.why.append("where, of what was just asked when of")
        return reading
    if not names and not asked and current != "ask_release_date" and ellipsis.when_was_that(words.words):
        # "when was that?" after an answer: the time of what was talked about, not the sources of "that"
        reading.intent = "ask_release_date"
        reading.why.append("when, of what was just talked about")
        return reading
    spoilers = any(h.kind == "spoilers" for h in hits)  # "no spoilers, who's the actor?" keeps its setting
    # the last clause asks, and no clause before it ("who's the actor? and who made it?" is two questions)
    last = max(_clause_starts(words), default=0)
    alone = not roles and not set(words.words[:last]) & clauses.WH_WORDS
    # "the release date and the name of the actress?": the actor joined to another request is the cast, and both asked
    joined = _joined(words) and any(h.kind == "attribute" and h.key != "cast" for h in hits)
    alone = alone and not joined
    performer = alone and people_reading.performer_asked(words.words[last:])
    if performer and not names and not spoilers and current not in PERFORMER_INTENTS:
        # "do you know the actor?", "what is the name of the actress?": who plays the role talked about
        # (actions/people.py), or the cast; never the title or the sources
        reading.intent = "ask_cast"
        reading.why.append("one performer asked, nobody named")
        return reading
    if not may_change:
        return reading
    if _what_the_film_is(words, hits, names, reading):
        if _the_novels_own_title(words, hits, store):
            # "what is <the novel's title>?": the book, whose title the film's is not
            reading.intent = "ask_novel"
            reading.entities = [e for e in reading.entities if e.get("entity") != "also_ask"]
            reading.why.append("the novel's own title: the novel")
        return reading
    if _what_about(words, hits, names, roles, store, lexicon, reading):
        return reading
    if _people_form(words, current, names, relation, hits, store, lexicon, reading):
        return reading
    if _music_of_another(words, hits, names, attributes, refers_to_film):
        reading.intent = OUT_OF_SCOPE
        reading.why.append("the music of something else")
        return reading
    if _language_of_a_country(words, hits, names, attributes):
        reading.intent = OUT_OF_SCOPE
        reading.why.append("the language of a country")
        return reading

    if _the_one_described(words, reading, lexicon):  # "is it the movie about …?" is this film, never another
        return reading
    known = coverage.film_vocabulary(store, lexicon)
    if _other_named(words, hits, names, spans, store, lexicon, known, reading):
        return reading
    if _role_of_other_work(words, hits, names, spans, store, known, reading):
        return reading
    if _search_for_a_person(words, hits, names, spans, store, lexicon, reading):
        return reading
    if _works_of_person(words, hits, names, store, reading):
        return reading
    if not names and not has_japanese(text):
        crew_spans = coverage.entity_spans(words.spans, roles)
        title = None if description else coverage.titled_film(words.words, hits, spans, known)
        if title is None and not description:  # a work described by our people is ours
            title = coverage.title_after_film_noun(words.words, hits, spans, known)
        # "is the author a billionaire?": what the author is, no title after "author"
        if (
            title is None
            and not refers_to_film
            and not description
            and not novel_reading.novelist_described(words.words)
        ):
            title = coverage.other_work(words.words, hits, spans, crew_spans, known)
        if title is not None:  # "what director directed <another film>?"
            reading.intent = OUT_OF_SCOPE
            reading.why.append(f"another work: {' '.join(words.words[title.start : title.end])}")
            return reading
        # "who directed the film that won <an award> in <a year>?"; "the 2019 film starring <our actor>" is another
        described = (not description and _other_work_described(words, hits, roles, lexicon)) or _other_year(
            words, store
        )
        if described:
            reading.intent = OUT_OF_SCOPE
            reading.why.append(f"another work described: {described}")
            return reading

    if (
        not names
        and relation is None
        and current != "ask_cast"
        and people_reading.cast_superlative(words.words, frozenset(tokens(store.title)))
    ):
        # "who is the youngest actress?": the cast by their birth dates (actions/ages.py), however it was guessed
        reading.intent = "ask_cast"
        reading.why.append("a superlative over the cast")
        return reading
    ranking_at = people_reading.character_ranked(words.words) if current in ("ask_cast", "ask_character") else None
    if ranking_at is not None and not names and relation is None and not has_japanese(text):
        # "who is the scariest character in <the film>?": a ranking no source gives, never the cast list
        span = card_coverage.words_asked(words.words, [words.words[ranking_at]])
        # the ranking's own words, before where it is placed ("… in <the film>")
        end = next((i for i in range(span.start, span.end) if words.words[i] in ("in", "from", "of", "on")), span.end)
        reading.intent = "ask_fact"
        reading.add("attribute", "asked", *words.chars(span.start, end))
        reading.why.append("a ranking of the characters")
        return reading
    if _value_compared(words, hits, names, roles, store, lexicon, reading):
        return reading
    if _runtime_compared(words, lexicon, reading):
        _length_of_a_named_song(roles, store, reading)
        return reading
    if not names and current in ("ask_runtime", FALLBACK) and _degree_of_a_judgement(words, hits):
        # "how emotional is it?": how much of something no source measures, never the runtime
        return _not_held(words, [words.words[1]], reading, "a degree no source gives")
    if not names and _degree_of_a_kind(words, hits):
        reading.intent = "ask_genre"  # "how funny is it?", "how sad?": how much of a kind it is, which its genres say
        reading.why.append("how much of a kind the film is: its genres")
        return reading
    if _release_year_claimed(words, hits, names, relation, lexicon, reading, store):
        return reading
    if _works_compared(words, store, lexicon, reading):
        return reading
    if _count_of_this_story(words, hits, lexicon, reading):
        return reading
    asked_of_a_part = not names or existence.part_asked_first(words.words)
    if asked_of_a_part and _count_of_what_is_not_there(words, hits, lexicon, store, reading):
        return reading
    if not names and _unknown_thing_then_it(words, hits, lexicon, store, reading):
        return reading
    if _favourite_of_someone(words, names, roles, store, lexicon, reading):
        return reading
    if _life_as_source(words, names, hits, lexicon, reading):
        return reading
    if _in_real_life(words, names, hits, store, lexicon, reading):
        return reading
    if _together_in_this_film(words, names, store, lexicon, reading):
        return reading
    if _yes_no(words, hits, names, attributes, lexicon, store, reading):
        return reading
    if _spoilers(words, hits, attributes, reading):
        return reading
    if (
        current == "ask_crew"
        and names
        and all(n["entity"] == "character" for n in names)
        and not attributes
        and not any(e.get("entity") == "crew_role" for e in entities)
    ):
        # "who was the leading lady?" guessed a crew question, but names no crew role: the character
        reading.intent = "ask_character"
        reading.why.append("a character named and no crew role")
        return reading
    # "who is the main actress?" is the lead; "who plays the sick girl in <the title>?" a character described
    described_played = current == "ask_cast" and bool(PLAY_WORDS & set(words.words))
    if not names and relation is None and (current != "ask_cast" or described_played):
        if _described_character(words, attributes, store, lexicon, reading):
            return reading
        if current != "ask_cast" and _role_not_in_film(words, attributes, store, lexicon, reading):
            return reading

    event = _japanese_event(words, attributes, kind, lexicon)
    if event is not None:
        reading.intent = event
        reading.why.append(f"what happens to a {kind}: {event}")
        return reading

    if _place_in_someones_works(words, names, reading) or _count_of_someones_works(words, names, reading):
        return reading
    unheld = [h for h in attributes if lexicon.attributes[h.key].intent_for(kind) == UNHELD]
    if unheld and _film_asked_apart(words, unheld[0], names, current, kind, lexicon, reading):
        return reading
    if unheld and _couple_in_story(words, unheld, names, store, lexicon):
        # "do <a character> and <another> end up getting married?": what happens between them, the ending
        reading.intent = "ask_ending"
        reading.why.append("two characters' marriage: the story's ending")
        return reading
    if unheld and _said_of_a_clause(words.words, unheld[0]):
        # "when was it announced that <a> would direct it?": the news of the film, whoever the clause names
        attribute = lexicon.attributes[unheld[0].key]
        reading.intent = attribute.intent_for("film")
        for entity, value in attribute.entity.items():
            reading.add(entity, value, *words.chars(unheld[0].start, unheld[0].end))
        reading.drop.extend(e for e in names)
        reading.why.append(f"it was {unheld[0].phrase} that …: the film's")
        return reading
    if unheld and unheld[0].key in LIFE_EVENTS and not has_japanese(text):
        owners = spans_of(words, [e for e in (*names, *reading.entities) if e.get("entity") in NAME_KINDS])
        head = coverage.unknown_head(words.words, hits, spans, lexicon, known, owners)
        answered = head is not None and bool(set(words.words[head.start : head.end]) & WHEN_OR_WHERE_HEADS)
        if head is not None and head.end <= unheld[0].start and not answered:
            # "in which hospital did <a> die?": the wh-phrase's unknown thing is asked; the attribute only places it
            reading.intent = "ask_fact"
            reading.add("attribute", "asked", *words.chars(head.start, head.end))
            reading.why.append(f"unknown head {' '.join(words.words[head.start : head.end])} before an attribute")
            return reading
    book_before = novel_reading.BOOK_WORDS & set(words.words[: unheld[0].start]) if unheld else set()
    if unheld and unheld[0].key == DEBUT and kind == "character" and book_before:
        # "what novel did <a character> first appear in?": this film's characters come from the novel it adapts
        reading.intent = "ask_novel"
        reading.why.append("a character's first book: the novel")
        return reading
    if unheld and unheld[0].key == REVIEWS and has_japanese(text) and JAPANESE_ACTING & set(words.words):
        # "<an actor>の演技はどうでしたか？": their acting judged, which critics judged (as "how was <an actor>'s
        # acting?" in English)
        reading.intent = "ask_fact"
        reading.add("topic", REVIEWS, *words.chars(unheld[0].start, unheld[0].end))
        reading.drop.extend(names)
        reading.why.append("someone's acting judged, in Japanese: the reviews")
        return reading
    if unheld:
        hit = unheld[0]
        reading.intent = "ask_fact"
        reading.add("attribute", hit.key, *words.chars(hit.start, hit.end))
        reading.why.append(f"unheld attribute {hit.key} of a {kind}")
        # a second question mark asks a second question; a statement before one question asks nothing
        if _joined(words) or words.text.count("?") > 1:
            named = kind == "person" and bool(names)  # "where was <X> born and what does <X> do?"
            _also(
                words, "ask_fact", kind, attributes, lexicon, reading, named
            )  # "what language is it and is it dubbed?"
            if not any(e["entity"] == "also_ask" for e in reading.entities):
                _other_parts(text, words, hit, entities, store, lexicon, reading)
        return reading

    if (
        len(names) == 1
        and names[0].get("entity") == "person"
        and not attributes
        and people_reading.part_in_another_work(words.words) is not None
    ):
        # "in what movie did <X> play <a part that is no character here>?": one of the person's works, found by
        # its note (actions/people.py)
        reading.intent = "ask_other_work"
        reading.why.append("the work in which a person played a part")
        return reading
    if relation is None and not attributes and _describes_character(words, names):
        # "what adjective describes <a character>?", "what words would you use to describe <a>?": the description
        reading.intent = "ask_character"
        reading.why.append("a character described by the verb's object")
        return reading
    owners = spans_of(words, [e for e in (*names, *reading.entities) if e.get("entity") in NAME_KINDS])
    head = None if has_japanese(text) else coverage.unknown_head(words.words, hits, spans, lexicon, known, owners)
    if head is not None and relation is not None and head.end > relation.start:
        head = None  # "what is <a character>'s mother's job?": the relation's, below
    if head is not None and relation is not None and head.end == relation.start and head.end - head.start == 1:
        head = None  # "the name of the painting brother of <a character>": a word describing the relative
    if (
        head is not None
        and kind == "person"
        and names
        and words.words[head.end - 1] in WORKS_HEADS
        and not set(words.words) & ONE_WORK_ASKED
        and words.words[-1] not in ("do", "doing")  # "what work does he do?": his occupation
    ):
        # "what work did <a person> publish in <a year>?": their works (of that year when one is said), not a fact
        reading.intent = "ask_other_work"
        reading.why.append("a person's works asked by a work noun")
        return reading
    if (
        head is not None
        and any(n.get("entity") == "character" for n in names)
        and set(words.words[head.start : head.end]) & CHARACTER_NATURE
    ):
        # "what are the personality traits of <a character>?": what the character is like, their description
        reading.intent = "ask_character"
        reading.why.append("a character's nature: the description")
        return reading
    if head is not None and roles and _credit_verb_after_head(words.words, head):
        # "what band performs <the theme song>?": the one who holds the credit, asked by a noun of their kind
        reading.intent = "ask_crew"
        reading.why.append("a credit's holder asked by a noun of their kind")
        return reading
    if head is not None:  # "which record label …?", "how many pages …?": nothing of that kind is held
        if not names:  # "what university did the director go to?": the director's
            _crew_member_described(words, attributes, roles, store, lexicon, reading, personal_only=False)
        reading.intent = "ask_fact"
        reading.add("attribute", "asked", *words.chars(head.start, head.end))
        reading.why.append(f"unknown head {' '.join(words.words[head.start : head.end])}")
        if _joined(words) or words.text.count("?") > 1:  # "how much is a ticket and what is it about?"
            asked_head = Hit("attribute", "asked", " ".join(words.words[head.start : head.end]), head.start, head.end)
            _other_parts(text, words, asked_head, entities, store, lexicon, reading)
        return reading
    # the play verb of "the actress who played <a>" is the phrase's: the person is asked of, not who plays
    asked_of = "ask_person" if through_part is not None and current in PERFORMER_INTENTS else current
    beyond = _asked_beyond_the_person(words, hits, spans, names, attributes, relation, kind, asked_of, known, lexicon)
    if beyond is None and kind == "film" and not names and relation is None:
        beyond = _asked_beyond_the_credit(words, hits, spans, roles, attributes, current, known, store, lexicon)
        if beyond is not None:  # "what was the director warned about?": the crew member is the one asked of
            _crew_member_described(words, attributes, roles, store, lexicon, reading, personal_only=False)
    if beyond is not None:  # "who was <X> inspired by?": something of X the store may not hold, not who X is
        reading.intent = "ask_fact"
        reading.add("attribute", person_asked.ASKED_OF_PERSON, *words.chars(beyond.start, beyond.end))
        reading.why.append(f"asked of a person beyond who they are: {' '.join(words.words[beyond.start : beyond.end])}")
        return reading
    tie = _tie_to_a_character(words, names, relation, attributes, current)
    if tie is not None and words.words[:1] == ["who"] and _portrays(words.words[tie.start :], lexicon):
        # "who does the role of <a>?", "who embodies <a>?": the verb is playing the part
        reading.intent = "ask_who_plays"
        reading.why.append(f"a part played, however said: {' '.join(words.words[tie.start : tie.end])}")
        return reading
    if tie is not None:  # "who does <a> inherit the money from?": another person, tied to <a> by a verb
        reading.intent = "ask_fact"
        reading.add("attribute", person_asked.ASKED_OF_PERSON, *words.chars(tie.start, tie.end))
        reading.why.append(f"someone tied to a character by a verb: {' '.join(words.words[tie.start : tie.end])}")
        return reading

    if not names and relation is None and kind == "character" and "character" not in words.words:
        personal = [h for h in attributes if lexicon.attributes[h.key].intent_for("person") == UNHELD]
        if personal:  # "how old is he?": the character's age, or, after a crew member, not known
            reading.add("attribute", personal[0].key, *words.chars(personal[0].start, personal[0].end))

    if relation is not None and people_reading.role_here_not_other_work(words.words, current, relation.key, names):
        reading.intent = "ask_person"
        reading.why.append("an actor's character in this film")
        return reading
    asks_actor = any(w in PLAY_WORDS or w in lexicon.play_words for w in words.words) or _japanese_part(words)
    # "who were the parents of <a character>?": no play word, no performer asks who they are, not who plays them
    # ("<an actor>'s character" asks whom the actor plays)
    performer = asks_actor or bool(set(words.words) & people_reading.PERFORMING_WORDS)
    if relation is not None and (
        current not in PEOPLE_INTENTS
        or (asks_actor and current == "ask_character")
        or (not performer and current == "ask_who_plays" and relation.key != "character" and not has_japanese(text))
        # "has she got a father?": a relative is no other work of anyone's, whatever the classifier guessed
        or (
            current == "ask_other_work"
            and relation.key != "character"
            and not asks_actor  # "<a>'s father, played by <b>, died how?" is read below, as it was
            and not OTHER_WORK_WORDS & set(words.words)
        )
    ):
        reading.intent = "ask_who_plays" if asks_actor else "ask_character"
        if attributes and not asks_actor:
            target = lexicon.attributes[attributes[0].key].intent_for("character")
            # "does the sister die?": what happens to a relative is the ending (spoilers asked about first)
            reading.intent = target if target in PEOPLE_INTENTS or target == "ask_ending" else reading.intent
        reading.why.append("relation")
        return reading

    if not attributes and _where_or_when_of_a_character(words, kind, names, relation, current, lexicon):
        key = STORY_PLACE if words.words[0] == "where" else "story_duration"
        reading.intent = "ask_fact"
        reading.add("attribute", key, *words.chars(0, 1))
        reading.why.append(f"{words.words[0]} in a character's story: not in their description")
        return reading

    if attributes and current == "ask_title" and _kind_of_a_name_asked(words, names, store, lexicon):
        _name_of_someone_asked(kind, reading)  # "what is <a> from <the film> last name?": the title words place <a>
        return reading
    if not names and _cast_awards_asked(words, attributes, reading):
        return reading
    if attributes:
        _check_fit(words, current, kind, attributes, roles, topics, lexicon, reading)
        if (
            has_japanese(text)
            and (reading.intent or current) == "ask_person"
            and any(h.key == "other_work" for h in attributes)
        ):
            reading.intent = "ask_other_work"  # <人>は他に何してる？ asks for the other work, not who that is
            reading.why.append("Japanese other work of a person")
        if _joined(words) or len(_clause_starts(words)) > 1:
            _also(words, current, kind, attributes, lexicon, reading)  # "who directed it, is it any good?"
        _later_yes_no(words, hits, attributes, lexicon, reading, current, kind)
        _character_attribute(kind, current, attributes, words, lexicon, reading)
        if not names:
            _crew_member_as_subject(words, attributes, store, lexicon, reading, roles)
    elif current in (OUT_OF_SCOPE, FALLBACK) and names and _who_plays_a_character(words, names):
        reading.intent = "ask_who_plays"
        reading.why.append("who plays a character")
    elif current in (OUT_OF_SCOPE, FALLBACK) and names:
        alone_read = _clause_of_the_name(text, words, names, current, entities, store, lexicon)
        if alone_read is not None:  # "oh really? when did <a> start the series? i've heard …": that clause's question
            return alone_read
        reading.intent = "ask_person"
        reading.why.append(NAMES_THE_FILMS_PEOPLE)
    elif current in OPENING_FORMULAS and names and not lexicon.find(words.words, ("social",)):
        # "<a band's name>" taken for a greeting: no word of greeting or thanks is said, the one named is asked
        reading.intent = "ask_person"
        reading.why.append(NAMES_THE_FILMS_PEOPLE)
    elif current == "ask_title" and _name_of_someone(words, names, coverage.film_vocabulary(store, lexicon)):
        _name_of_someone_asked(kind, reading)
    elif current in ("help", "bot_challenge") and names and not _named_before_the_japanese_question(text, names, store):
        # "what can you tell me about <a name>?", "what do you know about <a name>?": about them, not the bot
        reading.intent = "ask_character" if kind == "character" else "ask_person"
        reading.why.append(ASKS_THE_ASSISTANT_ABOUT_SOMEONE)
    elif not names and relation is None and ABOUT_SOMEONE_POINTED.match(" ".join(words.words)):
        # "tell me more about her", "tell me about this person": the person talked about (the action's slot)
        reading.intent = "ask_person"
        reading.why.append("asks about the person pointed at")
    return reading


# "(can you) tell me (more) about him", "what do you know about that guy": who the person talked about is.
ABOUT_SOMEONE_POINTED = re.compile(
    r"^(?:ok |so |and |cool |please )?(?:(?:can|could|would) you )?(?:please )?"
    r"(?:tell me|tell us|talk|what (?:else )?(?:do|can) you (?:know|tell me)|info|information|more info)"
    r"(?: (?:more|a bit more|a little more|a bit|a little|something|anything|some more))?"
    r" (?:about|on) (?:him|her|(?:this|that|the) (?:person|guy|girl|man|woman|lady|dude|actor|actress|one))"
    r"(?: (?:please|pls|then|too|again))?$"
)


# "What is <the film>?", "what's this movie?": the question asks what the film is.
WHAT_IS = (("what", "is"), ("what", "s"), ("whats",), ("what's",), ("what", "was"))


# Nouns of a person by what they do: with a crew credit or the novel, they name one person of this film.
PERSON_ROLE_NOUNS = frozenset(
    """director filmmaker screenwriter writer scriptwriter composer producer cinematographer editor author
    novelist""".split()
)
NOVEL_AUTHOR_NOUNS = frozenset({"author", "novelist"})


# Intents the classifier gives a question about one person that the person's description answers.
DESCRIBED_PERSON_INTENTS = frozenset({"ask_person", "ask_other_work", "ask_crew", OUT_OF_SCOPE, FALLBACK})


def _role_of_a_person(
    words: _Words, entities: list[dict[str, Any]], hits: list[Hit], lexicon: Lexicon, reading: Reading
) -> bool:
    """ "Who is the producer of <a person>?": that person's producer, which the store does not hold, never this
    film's credit (bot/understanding/role_owner.py). A role is a crew role's entity or an attribute word that
    asks for a credit ("singer")."""
    roles = coverage.entity_spans(words.spans, [e for e in entities if e.get("entity") == "crew_role"])
    roles += [
        coverage.Span(h.start, h.end)
        for h in hits
        if h.kind == "attribute" and ("crew_role" in lexicon.attributes[h.key].entity or h.key == "director")
    ]
    people = coverage.entity_spans(words.spans, [e for e in entities if e.get("entity") == "person"])
    owned = role_owner.role_of_a_person(words.words, roles, people)
    if owned is None:
        return False
    reading.intent = "ask_fact"
    reading.drop.extend(e for e in entities if e.get("entity") == "crew_role")
    reading.add("attribute", person_asked.ASKED_OF_PERSON, *words.chars(owned.start, owned.end))
    reading.why.append(f"a role of a person: {' '.join(words.words[owned.start : owned.end])}")
    return True


def _who_plays_a_character(words: _Words, names: list[dict[str, Any]]) -> bool:
    """ "who plays <a character>" with no classifier reading (a clause of a longer message, read alone): the
    actor of that character, not anyone else a part of the name may be (a crew member sharing a name part makes
    "<a first name>" ambiguous as a person, never as a character that someone plays)."""
    asks_who_plays = any(
        word in WHO_ASKS and following in PLAY_VERBS
        for word, following in zip(words.words, words.words[1:], strict=False)
    )
    return asks_who_plays and all(name.get("entity") == "character" for name in names)


WHO_ASKS = frozenset({"who", "whos", "who's"})
PLAY_VERBS = frozenset({"play", "plays", "played", "playing", "portrays", "portrayed"})


def described_by_birth(text: str, store: FactStore) -> bool:
    """ "Which of the actors was born in <a place>?": one of the film's people asked for by a birth the store holds."""
    words = _Words.of(text)
    return not has_japanese(text) and person_asked.born_as_described(words.words, store) is not None


def _person_by_birth(words: _Words, names: list[dict[str, Any]], store: FactStore, reading: Reading) -> bool:
    """ "Which actress was born in <a place>?", "born <a date>, this actress starred in <the film>. Who is she?":
    the one person of the store whose birth the clue matches is asked for (bot/understanding/person_asked.py)."""
    if any(n.get("entity") == "person" for n in names) or has_japanese(words.text):
        return False
    if (
        any(n.get("entity") == "character" for n in names)
        and words.words[:1]
        and words.words[0] in QUESTION_AUXILIARIES
    ):
        return False  # "was the actor who plays <a character> born in <a year>?": that actor, asked of their birth
    found = person_asked.born_as_described(words.words, store)
    if found is None:
        return False
    person, at = found
    reading.intent = "ask_person"
    reading.add("person", person.name, *words.chars(at, at + 1))
    reading.why.append("a person described by their birth")
    return True


def _said_of_a_clause(said: list[str], hit: Hit) -> bool:
    """ "When was it announced that <a clause>?": a passive verb with "it" as its stand-in subject and a that-clause
    after it; what the clause tells is the news, the people it names are not its owners."""
    before = tuple(said[max(0, hit.start - 2) : hit.start])
    return said[hit.end : hit.end + 1] == ["that"] and before in STAND_IN_SUBJECTS


STAND_IN_SUBJECTS = frozenset({("it", "was"), ("was", "it"), ("it", "is"), ("is", "it")})


def _clause_of_the_name(
    text: str,
    words: _Words,
    names: list[dict[str, Any]],
    current: str,
    entities: list[dict[str, Any]],
    store: FactStore,
    lexicon: Lexicon,
) -> Reading | None:
    """A message of several clauses that names one of ours in one of them: that clause read alone, when it asks
    something of them beyond who they are ("when did <a> start the series?"); None otherwise."""
    starts = _clause_starts(words)
    if len(starts) < 2:
        return None
    first = int(names[0].get("start") or 0)
    bounds = list(zip(starts, [*starts[1:], len(words.words)], strict=True))
    start, end = next(((a, b) for a, b in bounds if words.spans[a][0] <= first < words.spans[b - 1][1]), (0, 0))
    if start == end:
        return None
    begin, finish = words.spans[start][0], words.spans[end - 1][1]
    clause = " " * begin + text[begin:finish] + " " * (len(text) - finish)
    inside = [e for e in entities if begin <= int(e.get("start", -1)) < finish]
    alone = _read(clause, current, inside, store, lexicon)
    return alone if alone.intent == "ask_fact" and alone.entities else None


def _asked_beyond_the_person(
    words: _Words,
    hits: list[Hit],
    spans: list[coverage.Span],
    names: list[dict[str, Any]],
    attributes: list[Hit],
    relation: Hit | None,
    kind: str,
    current: str,
    known: frozenset[str],
    lexicon: Lexicon,
) -> coverage.Span | None:
    """ "who was <X> inspired by?", "what does <X> collect?": one person named, nothing else the reader knows
    asked, and a content word left that nothing explains (bot/understanding/person_asked.py)."""
    if kind != "person" or relation is not None or has_japanese(words.text):
        return None
    # "what year were <a band> formed?": a bare time word asks the time of what the rest of the clause says, not
    # the film's release (the release's own verbs, "came out", "released", are its phrases and stay)
    attributes = [h for h in attributes if h.key != STORY_OUTCOME]  # "when did <a band> get together?": no story's
    timed = [h for h in attributes if h.key == "release_date" and h.phrase in person_asked.TIME_ONLY_PHRASES]
    if timed and len(timed) == len(attributes):
        attributes, current = [], "ask_person"
    pair = _pair_of_people(words, names)
    if pair is not None:
        # "where did <a> and <b> meet?": something between two real people, which no card of either says
        if current not in DESCRIBED_PERSON_INTENTS or attributes or len(_clause_starts(words)) > 1:
            return None
        return person_asked.asked_beyond(words.words, hits, [*spans, pair], known, lexicon.yes_no_openers)
    if len(names) != 1 or names[0].get("entity") != "person":
        return None
    if current not in DESCRIBED_PERSON_INTENTS:
        # "why didn't <X> study acting?", however the classifier guessed: the verb asked is no answer it has
        return None if attributes else _verb_asked_of(words, names, hits, spans)
    habit = person_asked.known_for_habit(words.words)
    if habit is not None and all(h.end <= habit.start for h in attributes):
        return habit  # "<X> is known for collecting these objects": a habit, not the works "known for" lists
    if attributes:
        return None
    beyond = None
    # two questions in one message: the other parts' readers decide, but for the first clause's own verb
    if len(_clause_starts(words)) == 1 and not (_joined(words) and not _ampersand_in_a_name(words, known)):
        beyond = person_asked.asked_beyond(words.words, hits, spans, known, lexicon.yes_no_openers)
    # "what did <X> study? and where?": a verb of the film's words, still not who X is
    return beyond or _verb_asked_of(words, names, hits, spans)


# Who "according to" may name when the listener asks for the assistant's own source: "according to whom?".
ASKED_ATTRIBUTION = frozenset({"you", "your", "whom", "who", "what", "which", "where", "wat"})


def _attributed_to_a_third_party(words: list[str]) -> bool:
    """ "When did <X> write it, according to the information presented by <Y>?": a wh-question first, then who it
    is attributed to (not the assistant, nor asked): the question before is asked, not the assistant's source."""
    if words[:1] == [] or words[0] not in person_asked.WH_OPENERS:
        return False
    at = next((i for i in range(2, len(words) - 2) if words[i : i + 2] == ["according", "to"]), None)
    return at is not None and words[at + 2] not in ASKED_ATTRIBUTION


def _asked_beyond_the_credit(
    words: _Words,
    hits: list[Hit],
    spans: list[coverage.Span],
    roles: list[dict[str, Any]],
    attributes: list[Hit],
    current: str,
    known: frozenset[str],
    store: FactStore,
    lexicon: Lexicon,
) -> coverage.Span | None:
    """ "What was the director warned about?": a crew member named by their credit (a person's credit, not a work's
    such as the theme song), nothing but credits asked, and a content word left that nothing explains (as of a
    person named, `_asked_beyond_the_person`)."""
    if not roles or current not in CREDIT_INTENTS or has_japanese(words.text) or len(_clause_starts(words)) > 1:
        return None
    if words.words[0] in WHO_WORDS or words.words[0] not in person_asked.WH_OPENERS:
        # "who was the studio behind the film?": "who" asks the credit's holder, however said; "is the script strong
        # enough?" judges the credited work, a yes/no the part-judging rules read
        return None
    credits = [store.crew.get(store.role(str(r.get("value"))) or "") for r in roles]
    if any(credit is None or credit.work is not None for credit in credits):
        return None
    if any(_crew_role_of(h, lexicon) is None for h in attributes):
        return None
    return person_asked.asked_beyond(words.words, hits, spans, known, lexicon.yes_no_openers)


def _pair_of_people(words: _Words, names: list[dict[str, Any]]) -> coverage.Span | None:
    """The span of "<a> and <b>", two real people of ours named side by side, else None."""
    if len(names) != 2 or any(n.get("entity") != "person" for n in names):
        return None
    first, second = sorted(coverage.entity_spans(words.spans, names), key=lambda span: span.start)
    if second.start != first.end + 1 or words.words[first.end] != "and":
        return None
    return coverage.Span(first.start, second.end)


def _verb_asked_of(
    words: _Words, names: list[dict[str, Any]], hits: list[Hit], spans: list[coverage.Span]
) -> coverage.Span | None:
    name = coverage.entity_spans(words.spans, names)
    return person_asked.verb_asked_of_the_subject(words.words, name[0], hits, spans) if name else None


# Intents that answer nothing about a person (a question of "he" or "she" they took goes unanswered there), and
# those that give who the person is (not what else was asked of them: "does he play video games?").
PRONOUN_QUESTION_INTENTS = DESCRIBED_PERSON_INTENTS | {"help", "ask_source", "bot_challenge", "greet"}
# The pronouns a question about one person has as its subject or its owner ("is he ...", "what was her ...").
# One person a pronoun stands for ("they" may be a group or a couple, whose works the store does not hold).
ONE_PERSON_PRONOUNS = frozenset({"he", "she", "his", "her", "him"})
PRONOUN_REACH = 5  # the pronoun stands within the question's first words: "do you know what his <X> was?"


def _asked_of_a_pronoun(
    words: _Words, current: str, entities: list[dict[str, Any]], store: FactStore, lexicon: Lexicon, reading: Reading
) -> None:
    """ "Is he still alive?", "did she ever win a grammy?", "interesting. what's his net worth?": no rule read the
    question, its last clause asks something of "he" or "she" that nothing the reader knows explains, and the
    classifier took it for no question about a person (a fallback, a refusal, the sources) or for who they are.
    Like a question of one named person (`_asked_beyond_the_person`), the words left are what is asked; the action
    resolves the pronoun from the conversation, and says "I don't know that about <them>" when the store holds
    nothing of it. Earlier clauses may only remark ("wow, that is some accomplishment."): they name nothing and
    hold nothing the lexicon knows."""
    if current not in PRONOUN_QUESTION_INTENTS or has_japanese(words.text) or not words.words:
        return
    if any(e.get("entity") in NAME_KINDS or e.get("entity") == "crew_role" for e in entities):
        return  # someone named: the rules of a named person decided
    if current == "ask_source" and SOURCE_WORDS & set(words.words):
        return  # "where did he get that from?" asks where the answer came from
    hits = lexicon.find(words.words, ("attribute", "relation", "claim", "spoilers", "film", "other_topic"))
    spans = coverage.entity_spans(words.spans, [e for e in entities if e.get("entity") in SPAN_ENTITIES])
    last = max(_clause_starts(words), default=0)
    if any(s.start < last for s in spans) or "?" in words.text[: words.spans[last][0]]:
        return  # an earlier clause names or asks something: not a remark before the question
    asked = words.words[last:]
    if not ONE_PERSON_PRONOUNS & set(asked[:PRONOUN_REACH]) or any(h.kind != "film" for h in hits):
        return  # nobody pointed at, or the lexicon knows what is asked (its own readers decide)
    shifted = [replace(h, start=h.start - last, end=h.end - last) for h in hits]
    moved = [coverage.Span(s.start - last, s.end - last) for s in spans]
    known = coverage.film_vocabulary(store, lexicon)
    found = person_asked.asked_beyond(asked, shifted, moved, known, lexicon.yes_no_openers)
    if found is None:
        return
    reading.intent = "ask_fact"
    reading.add("attribute", person_asked.ASKED_OF_PERSON, *words.chars(found.start + last, found.end + last))
    reading.why.append(f"asked of he or she: {' '.join(asked[found.start : found.end])}")


# Intents that would answer a character's card: a "who" asking for someone else must not get it.
CHARACTER_CARD_INTENTS = frozenset({"ask_character", "ask_person", OUT_OF_SCOPE, FALLBACK})


def _tie_to_a_character(
    words: _Words, names: list[dict[str, Any]], relation: Hit | None, attributes: list[Hit], current: str
) -> coverage.Span | None:
    """ "with whom did <a> have a falling out?", "who has to care for <a>?": one character named, no relation or
    attribute read, and "who" asks for someone tied to it by a verb (bot/understanding/character_question.py)."""
    if current not in CHARACTER_CARD_INTENTS or has_japanese(words.text):
        return None
    if len(names) != 1 or names[0].get("entity") != "character" or len(_clause_starts(words)) > 1:
        return None
    spans = spans_of(words, names)
    if not spans:
        return None
    tie = character_question.other_person_asked(words.words, spans[0])
    if tie is None:
        return None
    # "who is <a>'s mother?", "who directed <a>?": a relation or an attribute asked; one inside a phrase of time
    # after the name ("after her father's death") only says when
    said = [h.start for h in attributes] + ([relation.start] if relation is not None else [])
    if any(not character_question.in_adjunct(words.words, spans[0].end, at) for at in said):
        return None
    return tie


def _asked_of_someones_works(
    words: _Words,
    hits: list[Hit],
    names: list[dict],
    roles: list[dict],
    store: FactStore,
    lexicon: Lexicon,
    reading: Reading,
) -> bool:
    """ "What year did the movies directed by the director of <this film> come out?", "who acted in the films
    starring <X>?", "what genre are the other films she starred in?": an attribute owned by a person's works
    (bot/understanding/works_of_people.py). A time lists the works with their years (the store holds them);
    another attribute is one the store does not hold of them (entity `works_attribute`, "I don't know the
    <attribute> of <X>'s other works", actions/people.py). The person is a name, a crew credit's one holder,
    the novel's author or a pronoun (the person talked about)."""
    spans = coverage.entity_spans(words.spans, [*names, *roles])

    def person_at(i: int) -> bool:
        return (
            any(span.start <= i < span.end for span in spans)
            or words.words[i] in PRONOUNS
            or words.words[i] in PERSON_ROLE_NOUNS
        )

    # an attribute noun in the plural asks the same attribute ("the genres of the films by <X>")
    singular = [w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w for w in words.words]
    plural = [
        h for h in lexicon.find(singular, ("attribute",)) if not any(o.start < h.end and h.start < o.end for o in hits)
    ]
    asked = works_of_people.works_asked(
        words.words, sorted([*hits, *plural], key=lambda h: h.start), person_at, _clause_starts(words)
    )
    if asked is None or asked.asked == "reviews" and RECOMMENDING & set(words.words):
        return False  # "can you recommend movies that she stars in?": works to watch, not what critics said of them
    person = asked.person
    named = [
        n
        for n in names
        if any(set(range(s.start, s.end)) & set(person) for s in coverage.entity_spans(words.spans, [n]))
    ]
    if not named and not any(words.words[i] in PRONOUNS for i in person):
        role_words = [words.words[i] for i in person if words.words[i] in PERSON_ROLE_NOUNS]
        if not role_words:
            return False
        span = words.chars(person[0], person[-1] + 1)
        if role_words[0] in NOVEL_AUTHOR_NOUNS:
            author = store.novel.get("author")
            if author is None or not author.known or author.value not in store.people:
                return False
            reading.add("person", store.people[author.value].name, *span)
        elif not _credit_as_subject(store.role(role_words[0]), span, store, reading):
            return False
    reading.intent = "ask_other_work"
    if asked.asked != works_of_people.TIME:
        reading.add("works_attribute", asked.asked, *words.chars(asked.at, asked.to))
    reading.why.append(f"asked of someone's works: {asked.asked}")
    return True


def _mentions_spoilers(words: _Words, lexicon: Lexicon) -> bool:
    return bool(lexicon.spoiler_words & set(words.words)) or bool(lexicon.find(words.words, ("spoilers",)))


# Words of people in the film that stand for one of them without a name: "the girl's age", "the actress's home".
PEOPLE_NOUNS = (
    frozenset(people_reading.LEAD_NOUNS)
    | people_reading.PERFORMERS
    | people_reading.CHARACTER_NOUNS
    | frozenset({"lead", "leads", "main", "person", "people", "couple"})
    # "does anyone die?": someone in the story, never another owner
    | frozenset("anyone anybody someone somebody everyone everybody nobody one they".split())
)
# The assistant's own answers: "where does that information come from?" asks for the sources.
ANSWER_WORDS = ANSWER_NOUNS | {"source", "sources"}
# Lexicon phrases of time that name no work: "the school year" owns no runtime.
WORK_TIME_KEYS = frozenset({"release_date", "runtime", "story_duration"})
# "it" and its forms point at this film, even inside a phrase the lexicon read ("have you seen it").
POINTER_WORDS = frozenset({"it", "its", "it's"})
# The speaker and the assistant: "my rating", "your home" are theirs (other rules read them), not another topic.
SPEAKER_AND_ASSISTANT = frozenset("i i'm me my mine we our us you your yours u ur ya".split())
# How close a word must be to a word of this film's vocabulary to be a typo of it ("natsuky").
FILM_TYPO_CUTOFF = 80.0
FILM_TYPO_MIN_LENGTH = 5


def _owned_elsewhere(
    words: _Words, hits: list[Hit], entities: list[dict[str, Any]], store: FactStore, lexicon: Lexicon
) -> str | None:
    """The owner of the attribute asked when it is not this film ("<a salon>'s rating"), or None (owners.py)."""
    spans = coverage.entity_spans(words.spans, [e for e in entities if e.get("entity") in SPAN_ENTITIES])
    vocabulary = coverage.film_vocabulary(store, lexicon)
    # a typo of a name ("natsuky") is the name; a word near a title word ("close") is no owner of ours
    names = film_talk.name_words(store)
    typo_targets = vocabulary | lexicon.head_words
    known = (
        vocabulary
        | everyday.story_words(store)
        | PEOPLE_NOUNS
        | SPEAKER_AND_ASSISTANT
        | ANSWER_WORDS
        | PRONOUNS
        | lexicon.pronouns
    )

    naming = PEOPLE_NOUNS | SPEAKER_AND_ASSISTANT | ANSWER_WORDS | PRONOUNS | lexicon.pronouns

    def naming_word(index: int) -> bool:
        """The word names this film or one of its things: a lexicon phrase, an entity, a name or a typo of one."""
        word = words.words[index].removesuffix("'s").removesuffix("'")
        if coverage.covered(index, hits, spans) or word in naming or word.removesuffix("s") in naming:
            return True
        if len(word) < FILM_TYPO_MIN_LENGTH:
            return False
        return process.extractOne(word, names, scorer=fuzz.ratio, score_cutoff=FILM_TYPO_CUTOFF) is not None

    def film_word(index: int) -> bool:
        word = words.words[index].removesuffix("'s").removesuffix("'")
        if naming_word(index) or word in known or word.removesuffix("s") in known:
            return True
        return len(word) >= FILM_TYPO_MIN_LENGTH and any(_inner_typo(word, other) for other in typo_targets)

    works = vocabulary | PRONOUNS | lexicon.pronouns | SPEAKER_AND_ASSISTANT
    timed = [h for h in hits if h.key not in WORK_TIME_KEYS]  # "year" is a date word, no work

    def work_word(index: int) -> bool:
        word = words.words[index].removesuffix("'s").removesuffix("'")
        if coverage.covered(index, timed, spans):
            return True
        if coverage.covered(index, hits, []):
            return False  # a word of time ("year"), whatever else it is
        return word in works or any(_inner_typo(word, w) for w in typo_targets)

    return owners.other_owner(words.words, hits, film_word, _first_sentence_end(words), work_word, naming_word)


def _nothing_held_of(owned: attribute_owner.AskedOfAThing, lexicon: Lexicon) -> bool:
    """Whether the store holds nothing that answers the attribute asked of the thing: "was the song in the top
    10?" is not known of the song, whether asked yes or no (the film's chart position would answer another
    question)."""
    return owned.answer is None or lexicon.attributes[owned.answer].intent_for("film") == UNHELD


def _asked_of_a_thing(
    words: _Words, hits: list[Hit], entities: list[dict[str, Any]], store: FactStore, lexicon: Lexicon
) -> attribute_owner.AskedOfAThing | None:
    """An attribute asked of one of this film's things, its trailer or theme song (attribute_owner.py). This film's
    words around the thing: its titles and the film words, and the titles of its credited works (the theme song's)."""
    film = [h for h in hits if h.kind == "film"]
    titles = _credited_work_words(store)

    def ours(index: int) -> bool:
        return coverage.covered(index, film, []) or words.words[index] in titles

    owned = attribute_owner.asked_of_a_thing(words.words, hits, lexicon, ours)
    if owned is None:
        return None
    if owned.asked.key in CREDIT_KEYS and any(h.kind == "attribute" and h.key in PERSONAL_KEYS for h in hits):
        return None  # "how old is the singer of the theme song?": the credit names a person, whose age is asked
    spans = coverage.entity_spans(words.spans, [e for e in entities if e.get("entity") in SPAN_ENTITIES])
    if coverage.title_after_film_noun(words.words, hits, spans, coverage.film_vocabulary(store, lexicon)):
        return None  # "the theme song of the film <another title>": that work's, left to the other-work rules
    return owned


# "Was the song written for the film?": a verb of making a work, then "for" and the film.
MADE_FOR_VERBS = frozenset({"written", "made", "composed", "created", "recorded", "produced"})


def _written_for_the_film(
    words: _Words,
    hits: list[Hit],
    entities: list[dict[str, Any]],
    store: FactStore,
    lexicon: Lexicon,
    reading: Reading,
) -> bool:
    """ "Was the theme song written for the movie?", "was <its title> made for <the title>?": whether a credited
    work was made for this film (claim `written_for:<role>`, decided from whether it is a cover of an earlier
    song); the credit's card follows the yes or no."""
    film = _film_word_indices(hits)
    made = next(
        (i for i, w in enumerate(words.words[:-1]) if w in MADE_FOR_VERBS and words.words[i + 1] == "for"), None
    )
    if made is None or not _film_next(words, made + 1, film):
        return False
    role = _credited_work_named(words, made, store, lexicon)
    if role is None:
        return False
    reading.add("claim", f"written_for:{role}", *words.chars(made, made + 2))
    reading.add("crew_role", role, *words.chars(made, made + 1))
    reading.drop.extend(e for e in entities if e.get("entity") in ("person", "character", "claim", "attribute"))
    reading.intent = "ask_crew"
    reading.why.append("yes/no a credited work made for this film")
    return True


def _credited_work_named(words: _Words, before: int, store: FactStore, lexicon: Lexicon) -> str | None:
    """The crew role of the credited work named before the word at `before`: by two words of its title, or by the
    noun of the film's thing whose answer is that credit ("the theme song")."""
    role = _credit_of_title_words(words.words[:before], store)
    if role is not None:
        return role
    for _, _, thing in attribute_owner.things_named(words.words[:before], lexicon):
        answer = lexicon.attributes.get(thing.answer(thing.key) or "")
        role = answer.entity.get("crew_role") if answer is not None else None
        if role is not None and store.crew.get(role) is not None and store.crew[role].work is not None:
            return role
    return None


def _unheld_of_a_named_thing(
    words: _Words, hits: list[Hit], store: FactStore, lexicon: Lexicon
) -> attribute_owner.AskedOfAThing | None:
    """ "What year did the song <its title> reach the top of the charts?": one of the film's things named by its
    noun and its own title, and, in the same single question, an attribute the store does not hold of it (the
    song's chart place): that is asked of the thing, not its card nor the film's chart place."""
    if _joined(words) or words.text.count("?") > 1:
        return None
    titles = _credited_work_words(store)
    named = attribute_owner.thing_named_by_title(words.words, lexicon, lambda i: words.words[i] in titles)
    if named is None:
        return None
    start, end, thing = named
    unheld = [
        h
        for h in hits
        if h.kind == "attribute"
        and not start <= h.start < end
        and h.key != thing.key
        and h.key not in CREDIT_KEYS  # "who made the song <its title>?": its credit, which the card gives
        and not _describes_the_thing(words, h, start)
        and thing.answer(h.key) is None
    ]
    if not unheld:
        return None
    return attribute_owner.AskedOfAThing(thing, (start, end), unheld[0], None, True)


# Words that open a noun phrase: an attribute word right after one, before the thing, describes the thing.
NOUN_PHRASE_OPENERS = frozenset({"the", "a", "an", "this", "that", "his", "her", "their", "its"})


def _describes_the_thing(words: _Words, hit: Hit, thing_start: int) -> bool:
    """ "The popular <band> song <its title>": an attribute word in the thing's own noun phrase describes it; it
    is not asked."""
    return hit.end <= thing_start and hit.start > 0 and words.words[hit.start - 1] in NOUN_PHRASE_OPENERS


def _titled_thing_answered(
    words: _Words, entities: list[dict[str, Any]], store: FactStore, lexicon: Lexicon, reading: Reading
) -> bool:
    """ "please give me detail of <the theme song's title> song", "who recorded the song <its title>?": refused as
    someone's music, but the title is the film's theme song's: the thing's own answer (its card)."""
    titles = _credited_work_words(store)
    named = attribute_owner.thing_named_by_title(words.words, lexicon, lambda i: words.words[i] in titles)
    if named is None:
        return False
    start, end, thing = named
    answer = thing.answer(thing.key)
    if answer is None or lexicon.attributes[answer].intent_for("film") == UNHELD:
        return False
    owned = attribute_owner.AskedOfAThing(thing, (start, end), Hit("attribute", thing.key, "", start, end), answer)
    _answer_of_a_thing(words, owned, entities, lexicon, reading)
    return True


def _performer_of_a_credited_work(
    words: _Words, entities: list[dict[str, Any]], store: FactStore, reading: Reading
) -> bool:
    """ "does <a person> sing <the theme song's title>?": refused as someone's music, but the title is that of a work
    credited in this film (two of its words or more right after the verb): whether the person holds that credit
    (claim `credit_by:<role>/<name>`), the credit's answer after the yes or no."""
    people = [e for e in entities if e.get("entity") == "person"]
    performed = _credited_work_performed(words, store)
    if len(people) != 1 or performed is None or int(people[0]["end"]) > words.spans[performed[0]][0]:
        return False
    verb, role = performed
    start, end = int(people[0]["start"]), int(people[0]["end"])
    work = store.crew[role].work
    named = store.resolve(words.text[start:end], ("person",))
    if not (work is not None and named and named[0].id in map(str, work.extra.values())):
        # the song's original artist or producer sang or made it too, in another version: the card says who
        reading.add("claim", f"credit_by:{role}/{words.text[start:end]}", start, end)
    reading.add("crew_role", role, *words.chars(verb, verb + 1))
    reading.intent = "ask_crew"
    reading.why.append(f"yes/no a performer of this film's credited work ({role})")
    return True


def credited_work_performed(text: str, store: FactStore) -> bool:
    """ "does <a person> sing <the theme song's title>?": a title the guard took for another subject is this film's."""
    return _credited_work_performed(_Words.of(text), store) is not None


def _credited_work_performed(words: _Words, store: FactStore) -> tuple[int, str] | None:
    """(the verb's index, the crew role) of a verb of performing followed by two words of a credited work's title,
    right after it or after a short phrase naming it ("recorded the <year> song <its title>")."""
    verb = next((i for i, w in enumerate(words.words) if w in PERFORM_VERBS), None)
    if verb is None:
        return None
    said = words.words[verb + 1 : verb + 1 + TITLE_WORDS_AFTER_VERB]
    role = _credit_of_title_words(said, store)
    return (verb, role) if role is not None else None


def _credited_work_performed_by(words: _Words, store: FactStore) -> tuple[int, str] | None:
    """(the verb's index, the crew role) of a credited work's title in the passive, the performer asked after it:
    "<its title> is sung by whom?", "<its title> was recorded by who?"."""
    for verb, word in enumerate(words.words):
        asked = words.words[verb + 1 : verb + 3]
        if word in PERFORM_VERBS and asked[:1] == ["by"] and WHO_WORDS & set(asked):
            role = _credit_of_title_words(words.words[max(0, verb - TITLE_WORDS_AFTER_VERB) : verb], store)
            return (verb, role) if role is not None else None
    return None


def _credit_of_title_words(said: list[str], store: FactStore) -> str | None:
    """The crew role of the credited work two neighbouring words of `said` are of its title, or None."""
    for credit in store.crew.values():
        title = set(tokens(str(credit.work.value))) if credit.work is not None else set()
        if any({first, second} <= title for first, second in zip(said, said[1:], strict=False)):
            return credit.role
    return None


def _performer_of_a_credited_work_asked(words: _Words, store: FactStore, reading: Reading) -> bool:
    """ "Who recorded the <year> song <the theme song's title>?": refused as someone else's music, or not
    understood, but the title is that of a work credited in this film: the credit's card (who performed it, whose
    original it is)."""
    performed = _credited_work_performed(words, store)
    if performed is None or not WHO_WORDS & set(words.words[: performed[0]]):
        performed = _credited_work_performed_by(words, store)
    if performed is None:
        return False
    verb, role = performed
    reading.add("crew_role", role, *words.chars(verb, verb + 1))
    reading.intent = "ask_crew"
    reading.why.append(f"who performed this film's credited work ({role})")
    return True


# Words that shape a bare film phrase without asking anything of it: "when was the (first) <title> movie?" (a
# streaming service's name too: the vocabulary's `platform` claim).
BARE_FILM_SHAPERS = frozenset({"the", "a", "first", "original", "movie", "film", "flick"})
WHEN_COPULAS = frozenset({"was", "is", "did", "does"})


def _when_the_film_was(words: _Words, hits: list[Hit], lexicon: Lexicon) -> bool:
    """ "When was <the title>?", "when was the first <title> movie?": a "when" and a copula before nothing but a
    phrase naming this film asks its date, as "when did it come out?" does."""
    said = words.words
    if len(said) < 3 or said[0] != "when" or said[1] not in WHEN_COPULAS:
        return False
    film = [h for h in hits if h.kind == "film"]
    shapers = BARE_FILM_SHAPERS | set(lexicon.claims[works_condition.SERVICE_CLAIM].words)
    return bool(film) and all(coverage.covered(i, film, []) or said[i] in shapers for i in range(2, len(said)))


# Verbs of performing a song: "does <a person> sing <its title>?", "who recorded <its title>?".
PERFORM_VERBS = frozenset(
    {"sing", "sings", "sang", "sung", "perform", "performs", "performed", "record", "records", "recorded"}
)
# How far after the verb the title's words may stand: "recorded the <year> classic rock song <its title>".
TITLE_WORDS_AFTER_VERB = 6


def _credited_work_words(store: FactStore) -> frozenset[str]:
    """The words of the titles of the film's credited works ("the song <its title>" names the theme song), computed
    once per store."""
    if id(store) not in _CREDITED_WORK_WORDS:
        _CREDITED_WORK_WORDS.clear()  # one store at a time; a test's own store replaces it
        _CREDITED_WORK_WORDS[id(store)] = frozenset(
            word for credit in store.crew.values() if credit.work is not None for word in tokens(str(credit.work.value))
        )
    return _CREDITED_WORK_WORDS[id(store)]


_CREDITED_WORK_WORDS: dict[int, frozenset[str]] = {}


def _answer_of_a_thing(
    words: _Words,
    owned: attribute_owner.AskedOfAThing,
    entities: list[dict[str, Any]],
    lexicon: Lexicon,
    reading: Reading,
) -> None:
    """The intent and entities that answer an attribute asked of one of the film's things: what the store holds of
    it (the trailer's dates: the trailer fact), else "I don't know <the thing>'s <attribute>" (the thing is tagged as
    the topic that owns the attribute)."""
    thing_at = words.chars(*owned.thing_span)
    asked_at = words.chars(owned.asked.start, owned.asked.end)
    reading.asked_of_things[owned.asked.key] = owned.thing.key
    answer = lexicon.attributes[owned.answer] if owned.answer is not None else None
    if answer is None or answer.intent_for("film") == UNHELD:
        reading.intent = "ask_fact"
        reading.add("attribute", answer.key if answer is not None else owned.asked.key, *asked_at)
        if answer is None:
            reading.add("topic", owned.thing.key, *thing_at)
        reading.why.append(f"{owned.asked.key} asked of {owned.thing.key}: not held")
        return
    reading.intent = answer.intent_for("film")
    for entity, value in answer.entity.items():
        if not any(e.get("entity") == entity and e.get("value") == value for e in entities):
            reading.add(entity, value, *thing_at)
    if (
        owned.asked.key in SONGWRITING_KEYS or owned.asked.phrase in SONGWRITING_PHRASES
    ) and "crew_role" in answer.entity:
        # "who wrote the theme song?": the song's writer, when the store holds one (actions/crew.py)
        reading.add("attribute", WORK_WRITER, *asked_at)
    reading.why.append(f"{owned.asked.key} asked of {owned.thing.key}: {answer.key}")
    start = owned.thing_span[0]
    if not owned.asked.phrase and any(words.words[i] in ("which", "what") for i in range(max(0, start - 2), start)):
        reading.why.append(THING_ASKED_BY_WH)  # "which song did <a> sing?": the thing itself, by its wh-word


# The attributes that ask who wrote a credited work ("who wrote the theme song?", "who composed it?"), and the
# attribute the reader tags for them.
SONGWRITING_KEYS = frozenset({"writer", "music"})
# The song's phrases that ask who wrote it ("who wrote the lyrics?"), not who sings it.
SONGWRITING_PHRASES = frozenset({"wrote the lyrics", "lyricist"})
WORK_WRITER = "work_writer"


def _inner_typo(word: str, other: str) -> bool:
    """One letter off inside the word, its start and end kept ("noval" for "novel"); "store" is no "score",
    "close" no "closer"."""
    return (
        word[:2] == other[:2]
        and word[-1] == other[-1]
        and OSA.distance(word, other) == 1
        and len(other) > len(word) - 2
    )


def _first_sentence_end(words: _Words) -> int:
    """The index after the last word of the message's first sentence."""
    for index in range(len(words.words) - 1):
        between = words.text[words.spans[index][1] : words.spans[index + 1][0]]
        if any(mark in between for mark in ".?!;"):
            return index + 1
    return len(words.words)


def _remark(words: _Words, store: FactStore, lexicon: Lexicon) -> bool:
    """The message only tells how the user found the film (bot/understanding/film_talk.py).

    Not when it names spoilers: "i've already seen it so spoilers are ok" is a setting."""
    if _mentions_spoilers(words, lexicon) or _another_name_told(words, store, lexicon):
        return False
    starts = _clause_starts(words)
    asked = _clauses_asked(words, starts)

    def formula(clause: list[str]) -> bool:
        return _formula_clause(clause, lexicon)

    films = [(h.start, h.end) for h in lexicon.find(words.words, ("film",))]
    people = film_talk.name_words(store)
    at = 0
    while at < len(words.words):  # "<an actor> was great in it": a name of this film's people is a subject too
        end = next((i for i in range(at, len(words.words)) if words.words[i] not in people), len(words.words))
        if end > at:
            films.append((at, end))
        at = max(end, at + 1)
    return film_talk.remark(words.words, starts, asked, formula, films)


def _another_name_told(words: _Words, store: FactStore, lexicon: Lexicon) -> bool:
    """A capitalised word inside a clause, or a quoted one, that names nothing of this film: "I like the movie
    <a title> …", "i watched "<a title>" last night" tell of another work."""
    starts = _clause_starts(words)
    known = coverage.film_vocabulary(store, lexicon)
    named = [
        w
        for i, (w, (a, _)) in enumerate(zip(words.words, words.spans, strict=True))
        if i not in starts
        and words.text[a].isupper()
        and w not in film_talk.SPEAKER_SUBJECTS  # "I'd", "Id": the speaker, not a name
        and w != "i"
        and w.removesuffix("'s") not in known  # "<an actor>'s performance": a name of this film's people
    ]
    return bool(named) or _quoted_unknown(words, known)


def _clauses_asked(words: _Words, starts: list[int]) -> list[int]:
    """The numbers of the clauses that end with a question mark."""
    ends = [*starts[1:], len(words.words)]
    return [
        number
        for number, end in enumerate(ends)
        if "?" in words.text[words.spans[end - 1][1] : words.spans[end][0] if end < len(words.words) else None]
    ]


def _formula_clause(clause: list[str], lexicon: Lexicon) -> bool:
    """The clause is only small-talk formulas or openers ("hello", "ok thanks", "oh well")."""
    return social.formula(clause, lexicon) is not None or set(clause) <= film_talk.OPENERS


# Entities that name a thing of the film a speaker may be asking after ("no, i meant the actor").
TOLD_OF = frozenset({"crew_role", "topic"})
# The speaker saying what they meant to ask ("no, i meant the actor"): a question again, not a statement.
MEANT_WORDS = frozenset({"meant", "mean", "asked", "asking", "question"})
# Words of the film's matter a speaker's statement may hold only as their own verb ("i'll watch it tonight", "i'm
# doing well"); anywhere else they tell news of the film ("i heard it's based on a book", "i found it on <a service>")
# or name a thing asked after ("i'm interested in the cast"), which other rules answer.
TOLD_OF_HITS = frozenset({"attribute", "relation", "claim"})
# What may stand between the speaker and their verb: "i'll", "i'm going to", "we will probably".
SPEAKERS_VERB_PARTS = film_talk.VERB_PARTS | {"going", "gonna", "to", "am", "probably", "maybe"}


def _speakers_own_verb(words: list[str], starts: list[int], at: int) -> bool:
    """The word at `at` follows the speaker, with only auxiliaries between: the speaker's own verb."""
    start = max(s for s in starts if s <= at)
    before = [w for w in words[start:at] if w not in film_talk.OPENERS]
    return bool(before) and before[0] in film_talk.SPEAKER_SUBJECTS and set(before[1:]) <= SPEAKERS_VERB_PARTS


def _speakers_statement(
    words: _Words, hits: list[Hit], entities: list[dict[str, Any]], store: FactStore, lexicon: Lexicon
) -> str | None:
    """ "told" when the message only tells of the speaker ("i'll check it out"), "asked back" when it then asks
    the assistant the same ("i'm a student, and you?"), else None (bot/understanding/film_talk.py). Not when it
    names another work, a role or topic ("no, i meant the actor") or the film's matter other than as the
    speaker's own verb."""
    if _another_name_told(words, store, lexicon) or MEANT_WORDS & set(words.words):
        return None
    if _mentions_spoilers(words, lexicon):  # "i can't stand spoilers": a setting
        return None
    starts = _clause_starts(words)
    things = frozenset(
        i
        for h in hits
        if h.kind in TOLD_OF_HITS and not _speakers_own_verb(words.words, starts, h.start)
        for i in range(h.start, h.end)
    ) | {span.start for span in coverage.entity_spans(words.spans, [e for e in entities if e.get("entity") in TOLD_OF])}
    films = frozenset(i for h in lexicon.find(words.words, ("film",)) for i in range(h.start, h.end))
    asked = _clauses_asked(words, starts)
    return film_talk.speakers_statement(
        words.words, starts, asked, lambda clause: _formula_clause(clause, lexicon), things, films
    )


# The classifier's guesses an acknowledgement may mean as they are: consent ("cool" to an offer), thanks, a no.
ACKNOWLEDGED_AS_SAID = frozenset({"affirm", "thanks", "deny"})


def _acknowledged(text: str, intent: str | None, names: list[dict[str, Any]], words: _Words) -> bool:
    """ "nice", "wow", "oh interesting", "meh": a listener's sound, nothing asked, no one named. Consent, thanks
    or a no the classifier saw in it stand, except in words that never consent ("not sure" is no "yes")."""
    if names or has_japanese(text) or "?" in text:
        return False
    said = film_talk.acknowledged(words.words)
    return said == "neutral" or (said is not None and intent not in ACKNOWLEDGED_AS_SAID)


def about_the_conversation(text: str, lexicon: Lexicon) -> str | None:
    """The intent of a message about the conversation itself (bot/understanding/conversation_talk.py), or None;
    the words naming this film ("what can you answer about the movie") may stand in a request for help."""
    if has_japanese(text):
        return None
    words = tokens(text)
    film_named = {i for h in lexicon.find(words, ("film",)) for i in range(h.start, h.end)}
    talk = conversation_talk.about_the_conversation(words, film_named)
    if talk is None and conversation_talk.doubts(words, asked="?" in text):
        talk = "ask_source"  # "really?", "for real?": the last answer doubted
    return FALLBACK if talk == "repeat" else talk  # the fallback's action says the last answer again


def remark_on_this_film(text: str, store: FactStore, lexicon: Lexicon) -> bool:
    """ "the movie was kinda slow tbh", "the ending was heartbreaking": the film or a part of it judged. The
    other-subject guard reads the judgement after "was" as a name (bot/nlu_frame.py asks this first)."""
    words = _Words.of(text)
    if not words.words or has_japanese(text):
        return False
    part = lexicon.find(words.words, ("attribute",))  # "the ending", "the acting": a part of this film
    return (_film_named(words, lexicon) or bool(part)) and _remark(words, store, lexicon)


def _film_named(words: _Words, lexicon: Lexicon) -> bool:
    """ "<the title> sounds like a good movie", "the movie was great": the film named, not only "it" or "that"."""
    hits = lexicon.find(words.words, ("film",))
    return any(h.end - h.start > 1 or h.phrase not in film_talk.POINTING_SUBJECTS for h in hits)


QUOTES = re.compile(r"[\"\u201c\u201d]([^\"\u201c\u201d]+)[\"\u201c\u201d]")


def _quoted_unknown(words: _Words, known: frozenset[str]) -> bool:
    """A quoted title none of whose words is this film's: "i watched "<a title>" last night" tells of another work."""
    for found in QUOTES.finditer(words.text):
        inside = [w for w, (a, _) in zip(words.words, words.spans, strict=True) if found.start(1) <= a < found.end(1)]
        content = set(inside) - film_talk.OBJECT_FILLERS  # "the", "it" belong to every title
        if content and not known & content:
            return True
    return False


# What may stand around "<the title> by <the novel's author>" when nothing else is asked: a request for it, or
# who wrote it.
BOOK_BY_AUTHOR_WORDS = NAMING_FILLERS | frozenset({"tell", "who", "wrote", "write", "written", "the", "novel", "book"})


def _the_book_by_its_author(
    words: _Words, hits: list[Hit], entities: list[dict[str, Any]], store: FactStore, lexicon: Lexicon, reading: Reading
) -> bool:
    """ "Find information about <the title> by <the novel's author>", "who wrote <the title> by <the author>?": the
    title with its author after "by" names the book, whose card answers; never the author's own card (the
    director after "by" names the film, which other rules read)."""
    author = store.novel.get("author")
    if author is None or not author.known or author.value not in store.people or has_japanese(words.text):
        return False
    titles = [h for h in hits if h.kind == "film" and h.phrase in lexicon.film_titles]
    for title in titles:
        if words.words[title.end : title.end + 1] != ["by"] or title.end + 1 >= len(words.words):
            continue
        begin = words.spans[title.end + 1][0]
        named = [e for e in entities if e.get("entity") == "person" and int(e.get("start", -1)) == begin]
        spans = spans_of(words, named)
        after = max((span.end for span in spans), default=len(words.words))
        # nothing else asked: "what is <the title> by <the author> about?", "the literary devices in …" ask more
        said = [w for w in words.words[: title.start] if w.isalnum()] + words.words[after:]
        if any(w not in BOOK_BY_AUTHOR_WORDS for w in said if w.isalnum()):
            continue
        if any(m.id == author.value for e in named for m in store.resolve(str(e.get("value")), ("person",))[:1]):
            reading.intent = "ask_novel"
            reading.drop.extend(named)
            reading.why.append("the title by the novel's author: the book")
            return True
    return False


# The store's names of the novel that are its own, not the film's too.
NOVEL_TITLE_KEYS = ("title", "title_romaji")


def _the_novels_own_title(words: _Words, hits: list[Hit], store: FactStore) -> bool:
    """Whether the film hit that ends the words is the novel's own title (or its romanisation)."""
    said = next((h.phrase for h in hits if h.kind == "film"), None)
    titles = (store.novel.get(key) for key in NOVEL_TITLE_KEYS)
    return said is not None and any(
        fact is not None and fact.known and " ".join(tokens(str(fact.value))) == said for fact in titles
    )


def _what_the_film_is(words: _Words, hits: list[Hit], names: list[dict], reading: Reading) -> bool:
    """ "What is <the film>?" asks what kind of thing it is: the kind of film first, then the premise.

    Only when the film's name (or a film word) is all that follows "what is": "what is it about?",
    "what is its runtime?" ask for something else.
    """
    w = words.words
    opener = next((o for o in WHAT_IS if tuple(w[: len(o)]) == o), None)
    if opener is None or names:
        return False
    rest = [h for h in hits if h.end > len(opener)]
    if len(rest) != 1 or rest[0].kind != "film" or rest[0].end != len(w):
        return False
    if rest[0].start != len(opener) and w[len(opener) : rest[0].start] != ["the"]:
        return False
    if set(w[rest[0].start : rest[0].end]) <= {"it", "that", "this", "the"}:
        return False  # "what is it?", "what's that?": no name, nothing to define
    reading.intent = "ask_genre"
    reading.add("also_ask", "ask_plot", *words.chars(0, len(w)))
    reading.why.append("what the film is: its kind, then the premise")
    return True


SPEAKER_WORDS = frozenset({"i", "we", "you", "i'm", "im", "we're"})
ASSISTANT_WORDS = frozenset({"you", "u", "you're", "youre"})
# The two sides of the conversation: a question naming neither is not about the assistant or how to use it.
TALK_PARTIES = everyday.YOU_WORDS | frozenset({"i", "me", "my", "we", "us", "our", "you're", "youre"})
MENTION_OBJECTS = frozenset({"of", "about"})


def _the_assistant_mentioning(words: _Words, hit: Hit) -> bool:
    """ "Who is this <a name> guy you speak of?": the assistant's own speaking refers to what it said,
    not to the film's language."""
    before = words.words[max(0, hit.start - 2) : hit.start]  # "you speak", "you were speaking"
    if hit.key != "language" or not ASSISTANT_WORDS & set(before):
        return False
    return words.words[hit.end : hit.end + 1] != [] and words.words[hit.end] in MENTION_OBJECTS


# Attributes that are the speaker's own after "I"/"we" ("I live in …"), not asked.
SPEAKERS_OWN = frozenset({"residence"})
# The nouns of a home, which ask it without a where-question ("what is <a>'s address?").
HOME_NOUNS = frozenset({"address", "addresses"})
# Attributes whose words name a place only in a question of place: "where did <X> grow up?", "<X> grew up in
# <a city>?" ask where; "did they grow up together?" asks nothing of a place (the story).
PLACE_ONLY_KEYS = frozenset({"upbringing"})
PLACE_QUESTION_WORDS = frozenset(
    {"where", "wheres", "where's", "city", "country", "town", "village", "place", "prefecture", "region", "state"}
)
# What may stand before a credit that is the subject asked: "is the director <X>?", "was their composer <Y>?".
CREDIT_DETERMINERS = frozenset({"the", "a", "an", "its", "his", "her", "their", "this", "that", "our", "your"})


WHERE_WORDS = frozenset({"where", "どこ"})  # "where do you live?", "どこに住んでいますか？"


def _place_asked(words: _Words, hit: Hit) -> bool:
    """Whether a place-only attribute is asked where it is said: in a question of place, or with its own "in"."""
    if hit.key not in PLACE_ONLY_KEYS:
        return True
    return hit.phrase.split()[-1] == "in" or bool(PLACE_QUESTION_WORDS & set(words.words))


def _upbringing_of_a_character(hit: Hit, names: list[dict]) -> bool:
    """ "where did <a character> grow up?": a place in the character's story (not held), not a real person's
    hometown."""
    return hit.key in PLACE_ONLY_KEYS and bool(names) and all(n["entity"] == "character" for n in names)


def _title_before_a_name(words: _Words, hit: Hit, names: list[dict]) -> bool:
    """ "where did director <X> grow up?", "the birth date of composer <Y>": a credit said bare right before a
    person's name is a title of the name (who <X> is), not the credit asked. With a determiner it may be the
    subject ("is the director <X>?") and is kept."""
    if hit.key not in CREDIT_KEYS or hit.end >= len(words.words):
        return False
    if hit.start > 0 and words.words[hit.start - 1] in CREDIT_DETERMINERS:
        return False
    begin = words.spans[hit.end][0]
    return any(name["entity"] == "person" and name["start"] == begin for name in names)


MEANING = "meaning"
# Words before the thing defined: "what does the word <X> mean?", "the meaning of the term <X>".
DEFINED_FILLERS = frozenset({"the", "a", "an", "word", "term", "phrase", "expression", "japanese", "english"})
DEFINITION_AUXILIARIES = frozenset({"does", "do", "did", "is", "'s"})


def spans_of(words: _Words, entities: list[dict]) -> list[coverage.Span]:
    return coverage.entity_spans(words.spans, entities)


def _name_of_someone(words: _Words, names: list[dict], film_words: frozenset[str] = frozenset()) -> bool:
    """A name noun owned by a character or person named: "the name of <X>", "<X>'s name", "<X> from <the film>
    last name"."""
    for span in spans_of(words, names):
        before = [w for w in words.words[max(0, span.start - 3) : span.start] if w not in ("the", "a", "this", "that")]
        after = words.words[span.end : span.end + 2]
        possessive = words.words[span.end - 1].endswith(("'s", "s"))
        if after[:1] == ["s"]:  # "the florist s name": the possessive typed apart
            after, possessive = after[1:], True
        owned = bool(after) and after[0] in people_reading.NAME_NOUNS and possessive
        kind_after = _kind_of_name_after(words, span.end, film_words)
        if before[-2:] in (["name", "of"], ["names", "of"]) or owned or kind_after:
            return True
    return False


def _name_of_someone_asked(kind: str, reading: Reading) -> None:
    # "what is the name of the female lead?", "the main character's name?": theirs, not the film's title
    reading.intent = "ask_character" if kind == "character" else "ask_person"
    reading.why.append("the name of someone named")


def _kind_of_a_name_asked(words: _Words, names: list[dict], store: FactStore, lexicon: Lexicon) -> bool:
    film_words = coverage.film_vocabulary(store, lexicon)
    return any(_kind_of_name_after(words, span.end, film_words) for span in spans_of(words, names))


# "<X> from <the film> last name": the words that place the one named, and the kinds of a name.
PLACING_WORDS = frozenset({"from", "in", "of", "the", "this", "that", "s", "'s"})
NAME_KINDS_ASKED = frozenset({"last", "first", "full", "family", "given", "real", "maiden", "sur"})


def _kind_of_name_after(words: _Words, end: int, film_words: frozenset[str]) -> bool:
    """ "what is <X> from <the film> last name?": a kind of name ("last name") after the one named, with only words
    placing them (in the film: its titles' and the film's words) between."""
    at = end
    placing = (PLACING_WORDS | film_words) - NAME_KINDS_ASKED
    while at < len(words.words) and words.words[at] in placing:
        at += 1
    kind, noun = words.words[at : at + 1], words.words[at + 1 : at + 2]
    return bool(kind and noun) and kind[0] in NAME_KINDS_ASKED and noun[0] in people_reading.NAME_NOUNS


# The film in another language: its dubbing and subtitles, which the store does not hold.
DUBBING = "dubbing"


def _definition(
    words: _Words,
    hits: list[Hit],
    attributes: list[Hit],
    names: list[dict],
    name_spans: list[coverage.Span],
    lexicon: Lexicon,
    reading: Reading,
) -> list[Hit]:
    """ "What does <X> mean?", "the meaning of <X>": a definition question asks about X. X the film or
    its title is the title's meaning (the classifier's ask_title); X a character's name is the
    character's (read from the store); any other X is a definition the store does not hold: the
    attribute's span becomes X, so the reply names it. No X ("what do you mean?"): nothing asked."""
    meaning = next((h for h in attributes if h.key == MEANING), None)
    if meaning is None or names:
        return attributes
    # "what does <X> mean in music?": the field the word is defined in, not a credit asked
    rest = [h for h in attributes if h is not meaning and not _field_of_the_meaning(words.words, meaning, h)]
    defined = _defined(words.words, meaning)
    if defined is None:
        return rest
    first, last = defined
    inside = [h for h in hits if first <= h.start < last and h.kind in ("film", "attribute")]
    if inside or any(first <= s.start < last for s in name_spans):
        return rest  # "what does the title mean?", "what does yomeboku mean?": the classifier's reading
    if set(words.words[first:last]) <= novel_reading.LANGUAGE_WORDS and meaning.phrase.startswith("translat"):
        # "is there an english translation": a version in that language (dubbing, subtitles), no word defined
        reading.why.append(f"a version in a language: {' '.join(words.words[first:last])}")
        return [*rest, Hit("attribute", DUBBING, meaning.phrase, min(first, meaning.start), max(last, meaning.end))]
    if rest:
        return rest
    reading.why.append(f"a definition: {' '.join(words.words[first:last])}")
    return [Hit("attribute", MEANING, " ".join(words.words[first:last]), first, last)]


def _field_of_the_meaning(words: list[str], meaning: Hit, hit: Hit) -> bool:
    """ "What does <X> mean in music?": `hit` is the field after "mean in" (or "in the")."""
    after = meaning.end + 1 + (words[meaning.end + 1 : meaning.end + 2] == ["the"])
    return meaning.phrase.startswith("mean") and words[meaning.end : meaning.end + 1] == ["in"] and hit.start == after


def _defined(words: list[str], meaning: Hit) -> tuple[int, int] | None:
    """Token range of the thing a definition question defines, or None."""
    start = None
    if meaning.phrase.startswith("mean") and meaning.end < len(words) and words[meaning.end] == "of":
        start, end = meaning.end + 1, len(words)  # "the meaning of <X>"
    else:
        aux = next((i for i in range(meaning.start - 1, -1, -1) if words[i] in DEFINITION_AUXILIARIES), None)
        if aux is not None:
            start, end = aux + 1, meaning.start  # "what does <X> mean", "what is <X> translated"
    if start is None:
        return None
    while start < end and words[start] in DEFINED_FILLERS:
        start += 1
    content = [i for i in range(start, end) if words[i] not in coverage.FUNCTION_WORDS]
    if not content:
        return None
    return content[0], content[-1] + 1


def _owner_without_apostrophe(
    words: _Words, hits: list[Hit], attributes: list[Hit], names: list[dict], store: FactStore, reading: Reading
) -> list[dict]:
    """ "what does <a character>s name mean?": a character's name with a bare "s" owns the name defined."""
    meaning = next((h for h in attributes if h.key == MEANING), None)
    defined = _defined(words.words, meaning) if meaning is not None and not names else None
    if defined is None:
        return []
    forms = {form.lower(): id_ for kind, id_, form in store.name_forms() if kind == "character"}
    for i in range(*defined):
        word = words.words[i]
        owner = forms.get(word[:-1]) if word.endswith("s") and len(word) > 4 else None
        if owner is not None and i + 1 < len(words.words) and words.words[i + 1] in ("name", "names"):
            start, end = words.chars(i, i + 1)
            reading.add("character", store.characters[owner].name, start, end - 1)
            reading.why.append(f"{word}: {owner}'s, without an apostrophe")
            return [reading.entities[-1]]
    return []


def _defines_a_story_word(words: _Words, hits: list[Hit], store: FactStore) -> bool:
    """A definition question whose word is one of the store's facts about the film (one of its genres)."""
    meaning = next((h for h in hits if h.kind == "attribute" and h.key == MEANING), None)
    defined = _defined(words.words, meaning) if meaning is not None else None
    if defined is None:
        return False
    content = [w for w in words.words[defined[0] : defined[1]] if w not in coverage.FUNCTION_WORDS]
    return bool(content) and all(w in _story_words(store) for w in content)


_STORY_WORDS: dict[int, frozenset[str]] = {}


def _story_words(store: FactStore) -> frozenset[str]:
    """Every word of the film's and the novel's facts (genres, type, titles; once per store): not the story's
    prose, whose everyday words ("love", "hope") are no reason to answer a definition."""
    if id(store) not in _STORY_WORDS:
        facts = (*store.film.values(), *store.novel.values())
        texts = [str(fact.value) for fact in facts if fact.value is not None]
        _STORY_WORDS.clear()
        _STORY_WORDS[id(store)] = frozenset(w for text in texts for w in tokens(text))
    return _STORY_WORDS[id(store)]


STORY_PLACE = "story_place"


def _where_or_when_of_a_character(
    words: _Words, kind: str, names: list[dict], relation: Hit | None, current: str, lexicon: Lexicon
) -> bool:
    """ "where did <a character> meet <another>?", "when does <a character> find out?": a place or a time
    in the story, which a character's description does not give (what the store holds is asked with an
    attribute word: "where does she live?")."""
    if has_japanese(words.text) or kind != "character" or not names or relation is not None:
        return False
    if current not in ("ask_character", "ask_ending") or words.words[0] not in ("where", "when"):
        return False
    if _asks_yes_or_no(words, lexicon):
        return False
    if current == "ask_ending" and (words.words[0] == "when" or _words_of_the_ending(words)):
        return False  # "where does <a> die?", "when does <a> find out?": the ending, as the classifier read
    # "where is <a name> (from)?" asks who and where the character is, which the description says
    return len(words.words) > 2 and words.words[1] not in ("is", "was", "are", "were", "'s")


# Attributes that only frame a question ("how long has …"): another attribute asked says what is wanted.
FRAME_KEYS = frozenset({"story_duration"})
# The film's times, or the story's when a character is the subject.
FILM_TIME_KEYS = frozenset({"release_date", "runtime", "story_duration"})
# The film's kind, of a person's film when the question names one.
FILM_KIND_KEYS = frozenset({"genre"})
FILM_NOUNS = frozenset(wh_kind.SUBJECT_NOUNS[wh_kind.FILM])


def _time_kind(kind: str, attributes: list[Hit], hits: list[Hit], words: Sequence[str] = ()) -> str:
    """Whose time is asked: a character's year or duration is the story's, unless the question names the
    film ("when did the movie with <a character> come out?"). Whose genre: a person's is not held, unless the
    question names a film ("what genre is <a person>'s movie?": the film's)."""
    times = attributes and all(h.key in FILM_TIME_KEYS for h in attributes)
    if times and kind == "character" and any(h.kind == "film" for h in hits):
        return "film"
    genre = attributes and attributes[0].key in FILM_KIND_KEYS  # the kind asked first ("... the film <a> stars in")
    if genre and kind == "person" and (any(h.kind == "film" for h in hits) or FILM_NOUNS & set(words)):
        return "film"
    return kind


def _character_attribute(
    kind: str, current: str, attributes: list[Hit], words: _Words, lexicon: Lexicon, reading: Reading
) -> None:
    """ "where does <a character> live?": the character's answer names the attribute, so that it is read
    from the store's text about them (or not known), not answered with their whole description."""
    if kind != "character" or (reading.intent or current) != "ask_character":
        return
    if any(e["entity"] == "attribute" for e in reading.entities):
        return
    asked = next(
        (
            h
            for h in attributes
            if lexicon.attributes[h.key].evidence
            and lexicon.attributes[h.key].intent_for("character") == "ask_character"
        ),
        None,
    )
    if asked is not None:
        reading.add("attribute", asked.key, *words.chars(asked.start, asked.end))


# Pronouns that point at people in general ("what language do they speak in <a country>?"), not the film.
GENERIC_PRONOUNS = frozenset({"they", "them", "their", "people"})


# What a question about a language itself may ask besides the language: the countries or places speaking it.
LANGUAGE_OR_PLACE = frozenset({"language", "country", "region", "origin"})


def _language_of_a_country(words: _Words, hits: list[Hit], names: list[dict], attributes: list[Hit]) -> bool:
    """ "What language is spoken in <a country>?": the country's language, not the film's; "which countries
    speak <a language>?": the language is given, not asked; when nothing in the message points at the film or
    its people, and nothing but the language or a country is asked ("does the cast speak <a language>?" is ours)."""
    if not any(h.key == "language" for h in attributes) or names or any(h.kind == "film" for h in hits):
        return False
    if (PRONOUNS - GENERIC_PRONOUNS) & set(words.words) or film_talk.views_a_pointed_film(words.words):
        return False  # "can i watch it in <a language> in <a country>?" asks of the film
    if countries.country_after(words.words) is not None:
        return True
    asked = [h for h in hits if h.kind != "claim"]  # the language named is a claim's word; people are not asked
    return all(h.key in LANGUAGE_OR_PLACE for h in asked) and countries.language_spoken(words.words) is not None


# A question whose words stand around a person's name: (opening words, closing words) -> attribute.
# "What does <X> do?" asks the occupation; "where is <X> from?", "where does <X> come from?" the birthplace.
AROUND_A_NAME = {
    (("what", "does"), ("do",)): "occupation",
    (("what", "did"), ("do",)): "occupation",
    (("where", "is"), ("from",)): "birthday",  # where the person was born (actions/birth.py)
    (("where", "was"), ("from",)): "birthday",
    (("where", "does"), ("come", "from")): "birthday",
    (("where", "did"), ("come", "from")): "birthday",
    # "where did <X> study?": schooling, which the store does not hold (never the person's works)
    (("where", "did"), ("study",)): "education",
    (("where", "does"), ("study",)): "education",
    (("where", "did"), ("go", "to", "school")): "education",
    (("where", "did"), ("go", "to", "college")): "education",
    # the same, asked inside another question: "do you know where <X> is from?"
    (("where",), ("is", "from")): "birthday",
    (("where",), ("was", "from")): "birthday",
    (("where",), ("comes", "from")): "birthday",
    (("where",), ("came", "from")): "birthday",
}
# A person's life events, which place other things: "in which hospital did <a> die?", "what ward was <a> born in?".
LIFE_EVENTS = frozenset({"birthday", DEATH})
# Heads a person's attribute answers itself: "in which city was <a> born?" asks the birthplace, "what year did <a>
# die?" the death's date (never an unknown thing the attribute only places).
WHEN_OR_WHERE_HEADS = frozenset(
    """city town village country state prefecture province district county ward area territory location place region
    year month day date age decade century time birth death birthday birthplace""".split()
)
# A title set before a name ("where is actress <X> from?", "the american musician <X>"): the question's opening
# words stand before it.
NAME_TITLES = frozenset(
    """the actress actor singer musician artist vocalist bassist composer producer director author novelist writer
    idol model star famous japanese american""".split()
)
# Words that open a relative clause after a name ("<X> who did the music is from"): the closing words of the
# question come after it, at the end.
RELATIVE_OPENERS = frozenset({"who", "that", "which"})


# Words that put the work asked after now: "any other movies coming up?", "what will she be in?".
FUTURE_WORK = re.compile(
    r"\b(?:coming up|coming out|upcoming|in the future|going to be in|gonna be in|will (?:\w+ )?be in)\b"
)


def _future_work(words: _Words, attributes: list[Hit]) -> list[Hit]:
    """ "Is he going to be in any other movies coming up?": work to come, which the store does not hold
    (the career, not known), never the works a person is known for."""
    if not FUTURE_WORK.search(" ".join(words.words)):
        return attributes
    return [Hit(h.kind, "career", h.phrase, h.start, h.end) if h.key == "other_work" else h for h in attributes]


# "What movies did <the director> make?": a wh-phrase asking for works, then a verb of doing one.
WORKS_OF_A_CREDIT = re.compile(
    r"^(?:so |and |ok )?(?:what|which) (?:other |more )?(?:movies|films|shows|dramas|series|works|books|novels)"
    r" (?:did|has|have|does|do|had) .*\b(?:make|made|direct|directed|write|wrote|written|do|done|produce"
    r"|produced|compose|composed|score|scored|shoot|shot|work|worked)\b"
)


def _works_of_a_credit(words: _Words, attributes: list[Hit], roles: list[dict], lexicon: Lexicon) -> list[Hit]:
    """ "Which films has the director made?": the works of the one person of a crew credit (found by
    `_crew_member_as_subject`), not the credit itself; a named person's works are `_works_of_person`'s."""
    if any(h.key == "other_work" for h in attributes) or not WORKS_OF_A_CREDIT.search(" ".join(words.words)):
        return attributes
    credits = [h for h in attributes if _crew_role_of(h, lexicon)]
    # the role is a noun naming the credit ("the director"), not the verb of making ("has <a name> written")
    named_by_role = any(h.start > 0 and words.words[h.start - 1] in ROLE_DETERMINERS for h in credits)
    if not named_by_role and not roles:  # or a role the entity rules found ("the screenwriter")
        return attributes
    noun = 2 if words.words[0] in OBJECT_WH else 3
    noun += words.words[noun - 1] in ("other", "more")
    return [Hit("attribute", "other_work", words.words[noun - 1], noun - 1, noun), *attributes]


def _what_someone_does(words: _Words, names: list[dict], attributes: list[Hit]) -> list[Hit]:
    """ "What does <a person> do?", "where is <a person> from?": a phrase with the name inside it; also
    with a credit inside it ("what does the author of the book do?", "where is the composer from?"),
    whose holder is then the subject (`_crew_member_described`)."""
    w = words.words
    credits = [h for h in attributes if h.key in CREDIT_KEYS]
    if not names and credits and not any(h.key in PERSONAL_KEYS for h in attributes):
        end = _tag_start(words)
        while end > 0 and w[end - 1] in CLAUSE_BREAKS:
            end -= 1
        first = min(h.start for h in credits)
        for (opening, closing), key in AROUND_A_NAME.items():
            # at the start, or asked inside another question ("do you know where the composer is from?")
            opens = any(tuple(w[i : i + len(opening)]) == opening for i in range(first - len(opening) + 1))
            if opens and tuple(w[end - len(closing) : end]) == closing:
                hit = Hit("attribute", key, " ".join(closing), end - len(closing), end)
                return sorted([*attributes, hit], key=lambda h: h.start)
    for name in names:
        if name.get("entity") != "person":
            continue
        inside = [i for i, (start, _) in enumerate(words.spans) if start >= int(name.get("start") or 0)]
        after = [i for i, (start, _) in enumerate(words.spans) if start >= int(name.get("end") or 0)]
        if not inside or not after:
            continue
        closes = after[0]
        if w[closes] in RELATIVE_OPENERS:  # "where <X> who did the music is from": the question closes at the end
            closes = _tag_start(words)
            while closes > after[0] and w[closes - 1] in CLAUSE_BREAKS:
                closes -= 1
        for (opening, closing), key in AROUND_A_NAME.items():
            at = after[0] if closes == after[0] else closes - len(closing)
            first = inside[0]
            while first > 0 and w[first - 1] in NAME_TITLES:
                first -= 1
            before = tuple(w[first - len(opening) : first]) if first >= len(opening) else ()
            if before == opening and at >= after[0] and tuple(w[at : at + len(closing)]) == closing:
                if any(h.key == key for h in attributes):
                    return attributes
                hit = Hit("attribute", key, " ".join(closing), at, at + len(closing))
                # the relative clause describes the person: its credit is not asked
                kept = [h for h in attributes if not after[0] <= h.start < at]
                return sorted([*kept, hit], key=lambda h: h.start)
    return attributes


# Last words that give a name: "what else is <the film> called?", "what else has it been translated as?".
NAMED_AS_ENDINGS = (["called"], ["named"], ["titled"], ["known", "as"], ["translated", "as"])


def _known_as(words: _Words, hits: list[Hit]) -> list[Hit]:
    """ "Who is known for being the script writer of it?": "known for being/as" introduces the
    credit asked, not the person's other work. "What else is <X> called?": X's other names, not X's other work."""
    said = words.words
    ending = next((e for e in NAMED_AS_ENDINGS if said[-len(e) :] == e), None)
    if ending is not None and any(h.key == "other_work" and h.phrase == "what else" for h in hits):
        kept = [h for h in hits if h.key != "other_work"]
        return [*kept, Hit("attribute", "other_titles", " ".join(ending), len(said) - len(ending), len(said))]
    return [
        h
        for h in hits
        if not (
            h.key == "other_work" and h.phrase == "known for" and words.words[h.end : h.end + 1] in (["being"], ["as"])
        )
    ]


# Before "watch", these make it the user's plan or purpose ("before i watch it", "planning to watch it").
PURPOSE_BEFORE = frozenset(
    {"to", "i", "we", "i'll", "ill", "gonna", "wanna", "will", "won't", "wont", "should", "must"}
)


# Words between a word that describes the film and the film's name: "the once-popular drama series <the title>".
DESCRIBED_WORK_NOUNS = frozenset("drama series tv film movie netflix show japanese romance".split())
FILM_DESCRIPTION_OPENERS = frozenset({"the", "a", "an", "this", "once", "very", "hugely", "much", "so", "wildly"})


def _describing_the_film(words: _Words, attributes: list[Hit], hits: list[Hit]) -> list[Hit]:
    """ "In the once-popular drama series <the title>, who played <a>?": a word before the film's name, after a
    determiner, describes the film; the question is asked after the name."""
    said = words.words
    films = [h for h in hits if h.kind == "film"]
    kept = []
    for h in attributes:
        film = next((f for f in films if f.start >= h.end), None)
        describes = (
            film is not None
            and h.start > 0
            and said[h.start - 1] in FILM_DESCRIPTION_OPENERS
            and all(w in DESCRIBED_WORK_NOUNS for w in said[h.end : film.start])
            and bool(set(said[film.end :]) & clauses.WH_WORDS)
            and (any(a.start >= film.end for a in attributes) or _names_after(words, film.end))
        )
        if not describes:
            kept.append(h)
    return kept


def _names_after(words: _Words, at: int) -> bool:
    """Whether a capitalised word stands after token `at` (a name the question asks about)."""
    return any(proper_names.capitalised(words.text, span) for span in words.spans[at:])


# After an award's name, nouns that make it describe the person named next ("Oscar winner <X>"); not a verb
# ("was the director nominated for a prize?" asks the awards).
DESCRIBING_AWARD = frozenset({"winner", "winners", "laureate", "nominee"})


def _described_as_winning(words: _Words, attributes: list[Hit]) -> list[Hit]:
    """ "Where was award-winning actress <X> born?", "<an award> winner <X> was born in this city": "<an
    attribute>-winning" or "<award> winner" describes the person, the other attribute is asked (not her awards)."""
    after = [words.words[h.end] if h.end < len(words.words) else "" for h in attributes]
    describing = [
        h
        for h, word in zip(attributes, after, strict=True)
        if word == "winning" or h.key == "awards" and word in DESCRIBING_AWARD
    ]
    return [h for h in attributes if h not in describing] if len(describing) < len(attributes) else attributes


# Words that open a clause placing what is asked in time: "since it first came out", "after it was released".
TIME_FRAME_OPENERS = frozenset({"since", "after", "before", "until", "till"})  # "when" asks it, as often as not
TIME_FRAME_REACH = 4  # "since" … "came out": a subject and an adverb may stand between


def _release_as_a_time_frame(words: _Words, attributes: list[Hit]) -> list[Hit]:
    """ "How many copies has it sold since it first came out?": the release in a clause of time only dates what
    another attribute asks, so that attribute is the question."""

    def framed(h: Hit) -> bool:
        before = words.words[max(0, h.start - TIME_FRAME_REACH) : h.start]
        if TIME_FRAME_OPENERS & set(before):
            return True
        # "how many people saw it when it was released?": a "when" after another attribute asked first
        at = next(
            (i for i in range(h.start - 1, max(-1, h.start - TIME_FRAME_REACH - 1), -1) if words.words[i] == "when"),
            None,
        )
        if at is None or at == 0 or _inverted(words.words, at):
            return False  # "... and when did it come out?": a question of its own
        return any(a.key != "release_date" and a.end <= at for a in attributes)

    framing = [h for h in attributes if h.key == "release_date" and h.start > 0 and framed(h)]
    return [h for h in attributes if h not in framing] if len(framing) < len(attributes) else attributes


# Words before a fame word that make it describe the noun after it ("what famous company", "a well known author").
ATTRIBUTIVE_BEFORE = frozenset({"what", "which", "whose", "a", "an", "the", "this", "that", "some", "any", "another"})
# Words that make fame a measure compared ("the most famous actor", "more famous than"), not what one is known for.
COMPARING_WORDS = frozenset({"most", "more", "least", "less"})
# Verbs of causing: "did it make her famous?", "did this help him become well known?" ask whether one thing led to
# the fame, which no work list answers.
CAUSING_VERBS = frozenset("make makes made help helps helped turn turns turned lead leads led".split())


def _fame_caused(words: list[str], hit: Hit) -> bool:
    """ "... make her famous", "... help him become well known": fame that something led to."""
    return hit.key == "fame" and bool(CAUSING_VERBS & set(words[: hit.start]))


# The film's parts and people, among whom one may be "the most popular" ("the most popular character").
RANKED_PARTS = frozenset(
    """character characters actor actors actress actresses scene scenes song songs line lines quote quotes moment
    moments couple member members""".split()
)


# The ending's words that say someone dies: of a real person, their death, which the story's ending never tells.
DYING_WORDS = frozenset({"die", "dies", "died", "death", "dying"})


def _death_of_a_real_person(words: _Words, attributes: list[Hit], names: list[dict], hits: list[Hit]) -> list[Hit]:
    """ "When did <a musician> die?", "when did <an actor> die?": a real person's death (held when their note tells
    it), never the spoiler question of the story's ending. Not with a character named, nor with the film said
    ("did <an actor> die in the movie?" asks of his part)."""
    if not names or any(n.get("entity") != "person" for n in names) or any(h.kind == "film" for h in hits):
        return attributes
    if ENDING_PLACES & set(words.words):
        return attributes  # "does he die at the end?": the story's
    return [
        Hit("attribute", DEATH, h.phrase, h.start, h.end) if h.key == "ending" and h.phrase in DYING_WORDS else h
        for h in attributes
    ]


ENDING_PLACES = frozenset({"end", "ending", "movie", "film", "story", "finale"})
# Words that may stand between a credit and its death ("the death of the director of the film", "the director of
# <the title> has died"), besides the title's own.
DEATH_OWNER_GAP = frozenset("of the this that its film movie has had is was recently".split())
STORY_END_WORDS = ENDING_PLACES - {"film", "movie"}  # "did the director show how she dies at the end?": the story's


def _death_of_a_credit(
    words: _Words, attributes: list[Hit], names: list[dict], roles: list[dict], hits: list[Hit]
) -> list[Hit]:
    """ "What is the date of death of the director of <the film>?", "the composer's death", "did the author die?":
    the death of a crew member named by their credit (a real person, whose death the store does not hold), not the
    story's ending. Only when the dying word belongs to the credit: "death of <role>", or right after the credit,
    with nothing between but the film's name ("did the director of <the title> die?"); never with anyone named."""
    if names or not roles:
        return attributes
    said = words.words
    title = {i for h in hits if h.kind == "film" for i in range(h.start, h.end)}
    spans = spans_of(words, roles)

    def only_the_film(first: int, last: int) -> bool:
        return all(i in title or said[i] in DEATH_OWNER_GAP for i in range(first, last))

    found = []
    for h in attributes:
        owned = h.key == "ending" and h.phrase in DYING_WORDS and not STORY_END_WORDS & set(said)
        owned = owned and any(
            (h.phrase == "death" and h.end < span.start and only_the_film(h.end, span.start))
            or (span.end <= h.start and only_the_film(span.end, h.start))
            for span in spans
        )
        found.append(Hit("attribute", DEATH, h.phrase, h.start, h.end) if owned else h)
    return found


# Works someone's first of which is their debut: "<the author>'s first novel" (a musician's first song or album is
# their record, `music_career`).
FIRST_WORK_NOUNS = frozenset({"novel", "book"})
OWNERS = frozenset({"his", "her", "their"})


RECOMMENDING = frozenset({"recommend", "suggest"})
WORK_NOUNS_RECOMMENDED = people_reading.WORK_NOUNS_ASKED | {"book", "books"}
WITH_SOMEONE = frozenset({"with", "starring", "featuring", "by", "of"})
RELATIVE_REACH = 5  # "movies that <a two-word name> stars in": the verb within a few words of "that"


def _works_recommended(words: _Words, attributes: list[Hit], names: list[dict]) -> list[Hit]:
    """ "Recommend a movie with <an actor>", "can you suggest a film starring <a>?": a work of theirs to watch,
    their works (what critics said of this film would answer another question)."""
    if not names or any(n.get("entity") != "person" for n in names):
        return attributes
    said = words.words
    for i, word in enumerate(said):
        if word not in RECOMMENDING:
            continue
        noun = next((k for k in range(i + 1, min(len(said), i + 4)) if said[k] in WORK_NOUNS_RECOMMENDED), None)
        # "movies with <a>", "movies starring <a>", "movies that she stars in"
        acted = (
            noun is not None
            and said[noun + 1 : noun + 2] in (["that"], ["which"])
            and bool(people_reading.IN_FILM_VERBS & set(said[noun + 2 : noun + RELATIVE_REACH]))
        )
        if noun is not None and noun + 1 < len(said) and (said[noun + 1] in WITH_SOMEONE or acted):
            # "starring", "that she stars in" say whose works, they ask no cast
            says_whose = range(noun + 1, noun + RELATIVE_REACH)
            kept = [
                h
                for h in attributes
                if h.key != "reviews"
                and not h.start <= noun + 1 < h.end
                and not (h.key == "cast" and h.start in says_whose)
            ]
            return [*kept, Hit("attribute", "other_work", " ".join(said[i : noun + 1]), i, noun + 1)]
    return attributes


def _first_work_of_a_person(words: _Words, attributes: list[Hit], names: list[dict]) -> list[Hit]:
    """ "What was <the author>'s first novel?": a real person's first work is their debut (which their works'
    notes may tell), not the card of the work's kind ("the novel" here is this film's); "the first novel of the
    series" belongs to no one named."""
    if not names or any(n.get("entity") != "person" for n in names) or any(h.key == "debut" for h in attributes):
        return attributes
    said = words.words
    for i in range(1, len(said) - 1):
        owned = said[i - 1].endswith("'s") or said[i - 1] in OWNERS
        if said[i] == "first" and said[i + 1] in FIRST_WORK_NOUNS and owned:
            kept = [h for h in attributes if not h.start <= i + 1 < h.end]
            return [*kept, Hit("attribute", "debut", f"first {said[i + 1]}", i, i + 2)]
    return attributes


def _popularity_among_parts(words: _Words, attributes: list[Hit]) -> list[Hit]:
    """ "Who is the most popular character in it?": popularity among the film's parts or people, which no chart or
    source ranks; not the film's own viewership. The words asked ("most popular character") are not known."""
    found = []
    for h in attributes:
        following = words.words[h.end] if h.end < len(words.words) else None
        ranked = h.start > 0 and words.words[h.start - 1] in COMPARING_WORDS  # not "the popular song <title>"
        if h.key == "viewership" and h.phrase == "popular" and ranked and following in RANKED_PARTS:
            start = h.start - 1
            found.append(Hit("attribute", "asked", " ".join(words.words[start : h.end + 1]), start, h.end + 1))
        else:
            found.append(h)
    return found


def _fame_as_a_measure(words: _Words, attributes: list[Hit], lexicon: Lexicon) -> list[Hit]:
    """ "Who is the most famous actor in it?", "is she more famous than <another>?": a comparison between people
    (the leads answer the first), not what one person is known for; "what is <X> most famous for?" still is.
    Nor fame describing a noun ("the well known actress", "that famous scene"): the noun is what is asked; nor
    fame said of a crew role ("is the composer famous?"): the holder's description decides, as before."""
    credit_ends = {h.end for h in attributes if _crew_role_of(h, lexicon)}
    kept = []
    for h in attributes:
        following = words.words[h.end] if h.end < len(words.words) else None
        compared = h.start > 0 and words.words[h.start - 1] in COMPARING_WORDS and following != "for"
        describing = following in lexicon.neutral_heads and following not in ("for", "i", "you")
        # "what famous company …?", "a well known author": fame modifying the noun after it
        describing = describing or (h.start > 0 and words.words[h.start - 1] in ATTRIBUTIVE_BEFORE and bool(following))
        # "is the composer famous?": said of a credit's holder, decided from their description (round 5)
        of_a_credit = h.start in credit_ends
        caused = words.words[0] in AUXILIARIES and _fame_caused(words.words, h)
        if h.key == "fame" and not h.phrase.endswith(" for") and (compared or describing or of_a_credit or caused):
            continue
        kept.append(h)
    return kept


def _watching_as_a_purpose(words: _Words, attributes: list[Hit]) -> list[Hit]:
    """ "Planning to watch it this weekend, what's the gist?": the user's own watching is not asked
    about when the message asks for something else and nothing asks how or where to watch. Nor is
    watching the speaker tells of ("… before I watch it", "I won't watch it anyway"), whatever else is said."""
    if _asks_how_or_where_to_watch(words.words):
        return attributes
    others = any(hit.key != "platform" for hit in attributes)
    return [
        hit
        for hit in attributes
        if not (
            hit.key == "platform"
            and (
                others
                and hit.phrase == "watch"
                and hit.start
                and words.words[hit.start - 1] in PURPOSE_BEFORE
                or SPEAKER_SUBJECTS & set(words.words[max(0, hit.start - 3) : hit.start])
                # "did anyone else watch this and hear <the song>?": other viewers' watching done, not asked for
                or _others_watching_done(words.words, hit)
            )
        )
    ]


# Words of the end as a time ("最後の方の曲", "ラストの曲"): with a song asked, when it plays, not how the story ends.
END_TIME_WORDS = frozenset({"最後", "さいご", "ラスト", "らすと", "最後の方"})


def _song_at_the_end(words: _Words, attributes: list[Hit]) -> list[Hit]:
    """ "<the title>の最後の方の…曲はなんという曲？": the song that plays at the end is asked, not the ending."""
    songs = [h for h in attributes if h.key == "theme_song"]
    if not has_japanese(words.text) or not songs:
        return attributes
    # "…ときの曲はなんという曲？": which song is asked; what happens then is only a clue to it
    named = any(SONG_QUESTION_WORDS & set(words.words[max(0, h.start - 3) : h.start]) for h in songs)
    return [h for h in attributes if not (h.key == "ending" and (named or h.phrase.replace(" ", "") in END_TIME_WORDS))]


SONG_QUESTION_WORDS = frozenset({"なん", "何", "なに", "どんな", "どの"})
# How far after "<A>の" the attribute it modifies may begin: "最後のシーンの場所" (シーン first).
JAPANESE_POSSESSED_REACH = 2


def _japanese_possessive_heads(words: _Words, attributes: list[Hit], lexicon: Lexicon) -> list[Hit]:
    """ "最後のシーンの場所って？": in "<A>の<B>", B is what is asked and A only says which (the place of the last
    scene, not the ending). When B is a fact of the film's that no card of its own gives (one the store may not
    hold), A is set aside: "I don't know <B>", never A's card. (Before a card's attribute, A may say whose it is:
    "キャストの年齢" is the cast's ages.)"""
    if not has_japanese(words.text) or len(attributes) < 2:
        return attributes
    unheld = {h.start for h in attributes if lexicon.attributes[h.key].intent_for("film") in (UNHELD, "ask_fact")}

    def modifies(hit: Hit) -> bool:
        gap = words.words[hit.end : hit.end + 1]
        reach = range(hit.end + 1, hit.end + 1 + JAPANESE_POSSESSED_REACH)
        return gap == ["の"] and any(at in unheld for at in reach)

    kept = [h for h in attributes if not modifies(h)]
    return kept or attributes


# The speaker, and the particles that make them the subject: "もし私が死んだりしたら…".
JAPANESE_SPEAKER = frozenset({"私", "わたし", "あたし", "僕", "ぼく", "俺", "おれ", "自分"})
JAPANESE_SUBJECT_PARTICLES = frozenset({"が", "は", "も"})


def _japanese_speakers_own_end(words: _Words, attributes: list[Hit]) -> list[Hit]:
    """ "もし私が死んだりしたら、誰が…": a death or an end said of the speaker is their own, not the story's ending."""
    if not has_japanese(words.text):
        return attributes

    def speakers(hit: Hit) -> bool:
        before = words.words[max(0, hit.start - 2) : hit.start]
        return len(before) == 2 and before[0] in JAPANESE_SPEAKER and before[1] in JAPANESE_SUBJECT_PARTICLES

    return [h for h in attributes if not (h.key == "ending" and speakers(h))]


def _other_than_first(words: _Words, attributes: list[Hit]) -> list[Hit]:
    """ "<a singer>が歌っている曲で、<the song>以外でオススメは？": "other than" asks for their other works, whatever
    attribute (the song they sing) is said first."""
    if not has_japanese(words.text):
        return attributes
    other = [h for h in attributes if h.key == "other_work" and h.phrase.startswith("以外")]
    return [*other, *[h for h in attributes if h not in other]]


# The speaker as the subject of the watching: "before I watch it", "we won't watch it".
SPEAKER_SUBJECTS = frozenset({"i", "we", "i'll", "ill", "i'm", "im", "we'll"})
# Other viewers as the subject of the watching: "did anyone else watch it and …?".
VIEWER_SUBJECTS = polar_form.ANYONE | {"everyone", "everybody", "people"}
PAST_AUXILIARIES = frozenset({"did", "has", "have", "had"})
SEEN_VERBS = frozenset({"seen", "see", "saw", "watched", "watch", "read"})


def _others_have_seen_it(words: _Words, lexicon: Lexicon) -> Reading | None:
    """ "Has anyone seen <the title>?", "anybody else watched it?": what those who watched it thought, which is the
    reception (critics, rankings), not whether the assistant knows who watched."""
    for start in _clause_starts(words):
        clause = words.words[start:]
        at = 1 if clause[:1] and clause[0] in PAST_AUXILIARIES else 0
        if not (clause[at : at + 1] and clause[at] in VIEWER_SUBJECTS):
            continue
        at += 2 if clause[at + 1 : at + 2] == ["else"] else 1
        if not (clause[at : at + 1] and clause[at] in SEEN_VERBS):
            continue
        film = lexicon.find(clause[at + 1 : at + 4], ("film",))
        if film and film[0].start == 0:
            reading = Reading(intent="ask_fact", why=["whether others have seen it: its reception"])
            reading.add("topic", "reviews", *words.chars(start + at, start + at + 1))
            return reading
    return None


def _others_watching_done(words: list[str], hit: Hit) -> bool:
    """ "Did anyone else watch it …?", "has everyone seen it?": whether others have watched, never where to."""
    before = set(words[max(0, hit.start - 3) : hit.start])
    return bool(VIEWER_SUBJECTS & before) and bool(PAST_AUXILIARIES & before or hit.phrase.endswith("ed"))


def _asks_how_or_where_to_watch(words: list[str]) -> bool:
    """ "where …", "available …", "how to|can|do …", "can i|we …": watching is what is asked."""
    pairs = zip(words, [*words[1:], ""], strict=True)
    return bool({"where", "available"} & set(words)) or any(
        first == "how"
        and second in ("to", "can", "could", "do", "does")
        or first in ("can", "could")
        and second in ("i", "we")
        for first, second in pairs
    )


GIVE_WAY_BREAKS = CLAUSE_BREAKS | {"and", "who", "that", "which"}


def _kinds_give_way(words: _Words, attributes: list[Hit], lexicon: Lexicon) -> list[Hit]:
    """ "What company distributed it?", "which country was she born in?": a phrase that only names the
    kind of answer gives way to the relation named after it in the same question (its verb or noun),
    for the relations the vocabulary lists (`gives_way_to`): "which country was it produced in?" is
    still the film's country. A relation after an "and" is another question, one after a relative
    pronoun is said of someone else ("would you recommend it to a friend who liked <X>'s other work?").
    """
    dropped = []
    for kind in attributes:
        attribute = lexicon.attributes[kind.key]
        if kind.phrase not in attribute.kind_words:
            continue
        for hit in attributes:
            between = set(words.words[kind.end : hit.start])
            if hit.key in attribute.gives_way_to and hit.start >= kind.end and not GIVE_WAY_BREAKS & between:
                dropped.append(kind)
                break
    return [hit for hit in attributes if hit not in dropped]


def this_film_words(store: FactStore) -> frozenset[str]:
    """Words that name this film in the store: its title, its platform and its release year."""
    said = [store.title, str(store.film["platform"].value) if "platform" in store.film else ""]
    year = store.release_year
    return frozenset(w for text in said for w in tokens(text)) | ({str(year)} if year else frozenset())


def _bare_claim_follow_up(words: _Words, hits: list[Hit]) -> bool:
    """ "and a comedy?", "or a thriller?", "what about horror?": a claim's value alone after a follow-up's opener,
    this film's yes/no (bot/understanding/ellipsis.py), never films of that kind in general."""
    clause_starts = _clause_starts(words)
    start = ellipsis.opener_end(words.words, clause_starts)
    start = ellipsis.and_start(words.words, clause_starts) if start is None else start
    if start is None:
        return False
    claimed = {i for h in hits if h.kind == "claim" and h.start >= start for i in range(h.start, h.end)}
    rest = range(start, len(words.words))
    return bool(claimed) and all(i in claimed or words.words[i] in ellipsis.BARE_WORDS for i in rest)


def _what_about(
    words: _Words,
    hits: list[Hit],
    names: list[dict],
    roles: list[dict],
    store: FactStore,
    lexicon: Lexicon,
    reading: Reading,
) -> bool:
    """ "What about <someone>?", "and what about the screenplay?": the previous question with one part
    changed, never the plot that "about" reads as (bot/understanding/ellipsis.py)."""
    place = ellipsis.place_follow_up(words.words, _clause_starts(words))
    if place is not None and not names and not roles:
        # "and in Japan?": the previous question again (actions/follow_on.py), not the film's country or language
        reading.intent = "ask_fact"
        reading.entities = [e for e in reading.entities if e.get("entity") not in ("claim", "attribute")]
        reading.add("attribute", ellipsis.SAME_QUESTION_ELSEWHERE, *words.chars(place, len(words.words)))
        reading.why.append("the previous question, in another place")
        return True
    clause_starts = _clause_starts(words)
    corrected = ellipsis.correction_end(words.words, clause_starts)
    stop = ellipsis.taken_back(words.words, corrected) if corrected is not None else len(words.words)
    if stop < len(words.words):
        # "i meant the composer, not the director": what is taken back is neither asked nor named
        stop_char = words.spans[stop][0]
        reading.entities = [e for e in reading.entities if int(e.get("start") or 0) < stop_char]
        reading.drop.extend(e for e in (*names, *roles) if int(e.get("start") or 0) >= stop_char)
        names = [e for e in names if int(e.get("start") or 0) < stop_char]
        roles = [e for e in roles if int(e.get("start") or 0) < stop_char]
        hits = [h for h in hits if h.end <= stop]
    kept = words.words[:stop], words.spans[:stop]
    found = ellipsis.what_about(kept[0], hits, names, roles, kept[1], clause_starts, lexicon)
    if found is None:
        return _title_asked_about(words, hits, names, roles, store, lexicon, reading)
    reading.intent, added = found
    for entity, value, start, end in added:
        reading.add(entity, value, start, end)
    reading.why.append(f"an elliptic follow-up: {reading.intent}")
    return True


def _title_asked_about(
    words: _Words,
    hits: list[Hit],
    names: list[dict],
    roles: list[dict],
    store: FactStore,
    lexicon: Lexicon,
    reading: Reading,
) -> bool:
    """ "How about Little?": another film's title in a follow-up, out of scope (bot/understanding/ellipsis.py)."""
    spans = coverage.entity_spans(words.spans, [*names, *roles])
    known = coverage.film_vocabulary(store, lexicon)

    def placed(i: int) -> bool:
        word = words.words[i]
        return coverage.covered(i, hits, spans) or word in lexicon.ordinary_names or coverage.knows(word, known)

    title = ellipsis.title_asked_about(
        words.text,
        words.words,
        words.spans,
        _clause_starts(words),
        placed,
        lambda span: proper_names.capitalised(words.text, span),
    )
    if title is None:
        return False
    reading.intent = OUT_OF_SCOPE
    reading.why.append(f"another work asked about: {title}")
    return True


def _gendered_names(
    words: _Words, names: list[dict[str, Any]], store: FactStore, reading: Reading
) -> list[dict[str, Any]]:
    """Character names made definite by the word before them ("Mrs. <a family name>", "the
    female <a lead's role>"; bot/understanding/people_reading.py): the entity is replaced."""
    changed = []
    for entity in names:
        chosen = (
            people_reading.gendered_character(store, words.words, words.spans, entity, GENDER_WORDS)
            if entity.get("entity") == "character"
            else None
        )
        if chosen is None:
            changed.append(entity)
            continue
        replacement = {**entity, "value": store.characters[chosen].name}
        reading.drop.append(entity)
        reading.entities.append(replacement)
        reading.why.append(f"the word before names {chosen}")
        changed.append(replacement)
    return changed


CREDIT_INTENTS = frozenset({"ask_director", "ask_crew"})
# Attributes that sort the film into a kind: after "of", a yes/no question names the kind claimed, not an owner.
KIND_KEYS = frozenset({"genre"})


def _people_form(
    words: _Words,
    current: str,
    names: list[dict[str, Any]],
    relation: Hit | None,
    hits: list[Hit],
    store: FactStore,
    lexicon: Lexicon,
    reading: Reading,
) -> bool:
    """People questions whose form decides the intent (bot/understanding/people_reading.py)."""
    this_film = any(h.kind == "film" for h in hits) or bool(THIS_WORDS & set(words.words))
    other_work = any(h.kind == "attribute" and h.key == "other_work" for h in hits)
    # "who directed it?", "who wrote its screenplay?": a credit's verb asks for that credit, not for who is in it
    credit = next(
        (
            lexicon.attributes[h.key].intent_for("film")
            for h in hits
            if h.kind == "attribute" and lexicon.attributes[h.key].intent_for("film") in CREDIT_INTENTS
        ),
        None,
    )
    if this_film and people_reading.cast_of_this_film(words.words, current, names, other_work):
        reading.intent = credit or "ask_cast"
        held = "holds the credit of" if credit else "is in"
        reading.why.append(f"who {held} this film: no person named for other work")
        return True
    if people_reading.character_asked_not_title(words.words, current, names):
        reading.intent = "ask_person"  # "<an actor> plays <a character>"
        reading.why.append("the name of a character, not the title")
        return True
    # "who acted as <a>'s doctor?" names a relative's part, read with the relation
    characters = [n for n in names if n.get("entity") == "character"] if relation is None else []
    character_starts = [
        span.start
        for span in spans_of(words, characters)
        if not words.words[span.end - 1].endswith("'s") and words.words[span.end : span.end + 1] not in (["'s"], ["s"])
    ]
    if people_reading.actor_of_role(words.words, current, names, lexicon.play_words, character_starts):
        reading.intent = "ask_who_plays"
        reading.why.append("who plays a character named as a role")
        return True
    if _performer_phrase_alone(words, names, hits):
        reading.intent = "ask_who_plays"
        reading.why.append("a performer named by the part alone")
        return True
    if not names and relation is None and current in ("ask_cast", "ask_who_plays"):
        known = coverage.film_vocabulary(store, lexicon)
        span = people_reading.unheld_character(words.words, words.text, words.spans, known)
        if span is not None:
            reading.intent = "ask_who_plays"  # the name resolves to no one: "I don't know anyone by that name"
            reading.add("character", words.text[span[0] : span[1]], *span)
            reading.why.append(f"a character not held: {words.text[span[0] : span[1]]}")
            return True
    return False


# Nouns for whoever plays a part: "the guy that plays <a character>?".
PLAYER_NOUNS = frozenset({"guy", "girl", "boy", "man", "woman", "lady", "dude", "person", "one", "actor", "actress"})


def _performer_phrase_alone(words: _Words, names: list[dict[str, Any]], hits: list[Hit]) -> bool:
    """ "The guy that plays <a character> in <the film>?", "that actress who played <a character>": a noun phrase
    alone, naming a performer by the part, asks who that is (the actor), not about the character."""
    w = words.words
    if len(names) != 1 or names[0].get("entity") != "character" or len(w) < 5:
        return False
    if w[0] not in ("the", "that", "this") or w[1] not in PLAYER_NOUNS or w[2] not in ("who", "that"):
        return False
    if w[3] not in people_reading.PLAY_VERBS or words.spans[4][0] != int(names[0]["start"]):
        return False
    film = _film_word_indices(hits)
    after = [i for i, span in enumerate(words.spans) if span[0] >= int(names[0]["end"])]
    return all(i in film or w[i] == "in" for i in after)


# "Did <a name> direct it?": the yes/no openers of a credit's verb in the active voice.
ACTIVE_CREDIT_OPENERS = frozenset({"did", "does", "didnt", "doesnt"})
# "Was it directed by <a name>?": the yes/no openers of a credit's verb in the passive voice.
PASSIVE_CREDIT_OPENERS = frozenset({"was", "is", "wasnt", "isnt", "wasn't", "isn't"})
# Words that are never a name in a subject's place: pronouns, determiners, people's nouns.
NOT_A_NAME = CLAIM_STOPWORDS | {
    "he", "she", "they", "you", "i", "we", "it", "this", "that", "his", "her", "their", "its", "same", "who",
    "person", "guy", "man", "woman", "someone", "somebody", "anyone", "director", "author", "writer", "also",
}  # fmt: skip


def _credit_by_someone_else(
    words: _Words, hits: list[Hit], attributes: list[Hit], lexicon: Lexicon, reading: Reading
) -> bool:
    """ "Was it directed by <a Proper Name>?": a yes/no about a credit, for someone the entity rules did not find.

    The name is the capitalised words after "by" (one to four, none of them a lexicon word); the
    claim carries it, and the actions decide it against the store's credit (someone not in the
    store's credit is a no). Lower-case words after "by" ("by the same person") are no name.
    """
    crew = [h for h in attributes if _crew_role_of(h, lexicon)]
    if not crew or len(crew) != len(attributes):
        return False
    taken = {i for h in hits for i in range(h.start, h.end)}
    if "by" in words.words[crew[0].end :]:
        at = words.words.index("by", crew[0].end) + 1
        end = _tag_start(words)
        named = [i for i in range(at, end) if words.words[i] not in CLAIM_STOPWORDS]
        # after "by", capitalised words are a name ("by the same person" names nobody); in a yes/no opened by
        # "was"/"is", so are lower-case words that end the question and are no pronoun or people's noun
        # ("was it directed by hirokazu kore-eda?")
        capitalised = all(words.text[words.spans[i][0]].isupper() for i in named) or (
            words.words[0] in PASSIVE_CREDIT_OPENERS
            and bool(named)
            and named[-1] == end - 1
            and not any(words.words[i] in NOT_A_NAME for i in named)
        )
    else:
        # "did <a name> direct it?": the subject between the opening "did" and the credit's verb is the
        # name, however it is typed (the slot says it is a name); never a pronoun or a noun phrase
        named = list(range(1, crew[0].start)) if words.words[0] in ACTIVE_CREDIT_OPENERS else []
        capitalised = not any(words.words[i] in NOT_A_NAME for i in named)
    if not named or len(named) > 4 or taken & set(named) or named != list(range(named[0], named[-1] + 1)):
        return False
    if not capitalised or not all(words.words[i].replace("-", "").isalpha() for i in named):
        return False
    attribute = lexicon.attributes[crew[0].key]
    role = attribute.entity.get("crew_role", "director")
    start, finish = words.chars(named[0], named[-1] + 1)
    reading.add("claim", f"credit_by:{role}/{words.text[start:finish]}", start, finish)
    reading.intent = attribute.intent_for("film")
    if attribute.entity:
        ((entity, value),) = attribute.entity.items()
        reading.add(entity, value, *words.chars(crew[0].start, crew[0].end))
    reading.why.append(f"yes/no credit of a name: {role}")
    return True


def _made_in_a_country(words: _Words, lexicon: Lexicon, reading: Reading) -> bool:
    """ "Was it made in Germany?", "was it produced in the United States?": a yes/no about the
    film's country (claim `made_in:<a country>`), decided from the store's country. Only a whole
    country name counts (bot/understanding/countries.py): "made in <a year>" is the release."""
    found = countries.made_in_country(words.words)
    if found is None:
        return False
    start, end, country = found
    reading.add("claim", f"made_in:{country}", *words.chars(start, end))
    reading.intent = lexicon.attributes["country"].intent_for("film")
    reading.why.append("yes/no the country it was made in")
    return True


# What a studio's name heads when it says who made a film: "a fox movie", "a toho production".
STUDIO_HEADS = frozenset(
    "movie movies film films flick production productions picture pictures studio studios release original".split()
)


def studio_names(store: FactStore, lexicon: Lexicon) -> frozenset[str]:
    """The studios a yes/no may name, lower-case: the vocabulary's (`film_studios`) and the store's own companies
    (once per store and lexicon: every yes/no asks for them)."""
    key = (id(store), id(lexicon))
    if key not in _STUDIO_NAMES:
        _STUDIO_NAMES.clear()
        ours = {" ".join(tokens(p.name)) for p in store.people.values() if p.kind == "company"}
        _STUDIO_NAMES[key] = lexicon.film_studios | ours
    return _STUDIO_NAMES[key]


_STUDIO_NAMES: dict[tuple[int, int], frozenset[str]] = {}


def _made_by_a_studio(words: _Words, store: FactStore, lexicon: Lexicon, reading: Reading) -> bool:
    """ "Is it a fox movie?", "was it made by toho?", "is it a <one of its companies> production?": a yes/no about who
    made it, for a studio the vocabulary or the store names heading a film noun or after "by" (claim
    `credit_by:production_company/<name>`, decided against the store's production companies: another is a no).
    A studio's name alone ("is there a fox in it?") claims nothing of the kind, nor one before the title ("does the
    pixar film <the title> feature ...?": a premise, not the question)."""
    said = words.words
    studios = studio_names(store, lexicon)
    longest = max((len(name.split()) for name in studios), default=0)
    for start in range(len(said)):
        for end in range(min(len(said), start + longest), start, -1):
            if " ".join(said[start:end]) not in studios:
                continue
            headed = end < len(said) and said[end] in STUDIO_HEADS
            if headed and any(h.start == end + 1 for h in lexicon.find(said, ("film",))):
                headed = False  # "the pixar film <the title>"
            if not (headed or (start and said[start - 1] == "by")):
                continue
            first, last = words.chars(start, end)
            reading.add("claim", f"credit_by:production_company/{words.text[first:last]}", first, last)
            reading.add("crew_role", "production_company", first, last)
            reading.intent = "ask_crew"
            reading.why.append("yes/no the studio that made it")
            return True
    return False


NOVEL_NOUNS = frozenset({"novel", "novels", "book", "books", "manga"})


def _novel_by_someone_else(words: _Words, hits: list[Hit], attributes: list[Hit], reading: Reading) -> bool:
    """ "Is it based on a <Proper Name> novel?", "is it based on a book by <Proper Name>?": a yes/no
    about the source's author, for a name the entity rules did not find (claim
    `credit_by:novel_author/<name>`, decided against the store's author: someone else is a no)."""
    said = words.words
    if not NOVEL_NOUNS & set(said) or not {"based", "adapted", "adaptation"} & set(said):
        return False
    taken = {i for h in hits if h.kind != "attribute" or h.key != "novel" for i in range(h.start, h.end)}
    capital = [
        i
        for i in range(min(len(said), _tag_start(words)))
        if words.text[words.spans[i][0]].isupper() and said[i].isalpha() and i not in taken and i > 0
    ]
    for noun in (i for i, word in enumerate(said) if word in NOVEL_NOUNS):
        before = [i for i in capital if i < noun]
        run = [i for i in range(noun - 1, noun - 4, -1) if i in before]
        if run and run[0] == noun - 1 and said[run[-1] - 1] in ("a", "an", "the"):
            named = sorted(i for i in run if all(j in run for j in range(i, noun)))
        elif noun + 1 < len(said) and said[noun + 1] == "by":
            named = [i for i in range(noun + 2, min(noun + 5, len(said))) if i in capital]
            named = [i for n, i in enumerate(named) if i == noun + 2 + n]
        else:
            continue
        if not named:
            continue
        start, finish = words.chars(named[0], named[-1] + 1)
        reading.add("claim", f"credit_by:novel_author/{words.text[start:finish]}", start, finish)
        reading.intent = "ask_novel"
        reading.why.append("yes/no the source's author by a name")
        return True
    return False


def _crew_member_yes_no(
    words: _Words, attributes: list[Hit], hits: list[Hit], store: FactStore, lexicon: Lexicon, reading: Reading
) -> bool:
    """ "Is the director Japanese?", "was the composer famous?": "is the <a crew role> <a word or two>?"
    asks about the one who holds the role, decided from that person's description in the store
    (claim `person_describes:<words>`; the store never says what someone is not, so yes or unknown).
    "Is the author a woman?": a book's author (a novel word) is the novel's, not the screenwriter."""
    said = words.words
    if has_japanese(words.text) or not attributes or len(said) < 4:
        return False
    hit = attributes[0]
    if hit.key == "writer" and novel_reading.names_the_novelist(said[hit.start]):
        # "is the author a woman?": the novel's author; "is the author also the screenwriter?" is no description
        return _novelist_yes_no(words, hit, hits, store, reading)
    if len(attributes) != 1:
        return False
    if said[0] not in ("is", "was") or said[1] != "the" or hit.start != 2:
        return False
    attribute = lexicon.attributes[hit.key]
    role = _crew_role_of(hit, lexicon)
    rest = range(hit.end, min(len(said), _tag_start(words)))
    if any(said[i] in ("of", "for", "in", "on", "from", "with", "by") for i in rest):
        return False  # "is the writer of the screenplay famous?": a phrase, not one or two words of description
    after = [i for i in rest if said[i] not in CLAIM_STOPWORDS]
    if role is None or not after or len(after) > 2 or after != list(range(after[0], after[-1] + 1)):
        return False
    start, end = words.chars(after[0], after[-1] + 1)
    reading.add("claim", "person_describes:" + " ".join(said[i] for i in after), start, end)
    reading.intent = attribute.intent_for("film")
    reading.add("crew_role", role, *words.chars(hit.start, hit.end))
    reading.why.append("yes/no about the one who holds a crew role")
    return True


def _novelist_yes_no(words: _Words, hit: Hit, hits: list[Hit], store: FactStore, reading: Reading) -> bool:
    """ "Is the author a woman?", "is the auther of <the film> japanese?": the novel's author is the one asked
    about (an author writes the book, never the screenplay), decided from their description like any person's."""
    author = store.novel.get("author")
    if not novel_reading.names_the_novelist(words.words[hit.start]) or author is None or not author.known:
        return False
    if author.value not in store.people:
        return False
    film = _film_word_indices(hits)
    said = novel_reading.described_novelist(words.words[: _tag_start(words)], hit.start, film)
    credits = [h for h in hits if h.kind == "attribute" and h.key not in ("writer", "novel")]
    if said is None or any(h.start <= i < h.end for h in credits for i in said):
        return False  # "is the author also the director?": a credit, not a description
    start, end = words.chars(said[0], said[-1] + 1)
    reading.add("claim", "person_describes:" + " ".join(words.words[i] for i in said), start, end)
    reading.add("person", store.people[author.value].name, *words.chars(hit.start, hit.end))
    reading.intent = "ask_person"
    reading.why.append("yes/no about the novel's author")
    return True


def _after_reaction(words: _Words) -> int:
    """Where the words after a leading reaction begin ("really, and is he …?": at "is"); 0 without one."""
    at = 0
    while at < len(words.words) and words.words[at] in REACTION_WORDS:
        at += 1
    return at


# Roles the novel's author holds: a claim of "writing the book" is decided against the novel, not a crew credit.
NOVEL_ATTRIBUTES = frozenset({"novel"})
OF_DETERMINERS = ("the", "this", "that", "its")


def _credit_of_credit_holder(
    words: _Words, attributes: list[Hit], hits: list[Hit], store: FactStore, lexicon: Lexicon, reading: Reading
) -> bool:
    """ "Did the director write it?", "is the author also the screenwriter?", "did the novelist direct the film?": a
    yes/no whose subject is the holder of one of the film's credits, named by it ("the <role>"), and whose claim is
    another credit is decided of that person, as "did <their name> write it?" is. Only when the store names one
    holder (several producers make "the producer" no one person)."""
    said = words.words
    at = _after_reaction(words)
    if has_japanese(words.text) or len(attributes) < 2 or len(said) < at + 4:
        return False
    if said[at] not in clauses.YES_NO_VERBS or said[at + 1] != "the":
        return False
    subject, *claimed = sorted(attributes, key=lambda hit: hit.start)
    film_owner = any(h.kind == "film" and h.start == at + 1 and h.end == subject.start for h in hits)
    if subject.start != at + 2 and not film_owner:
        return False  # "is the film's director ...", not "is the song by the director ...?"
    # "the writer of the book": the novel's author, whose "book" is no claim
    of_novel = [
        h
        for h in claimed
        if h.key in NOVEL_ATTRIBUTES and said[subject.end : h.start] in (["of"], *(["of", d] for d in OF_DETERMINERS))
    ]
    claimed = [h for h in claimed if h not in of_novel]
    holder = _credit_holder(said, subject, store, lexicon, of_novel=bool(of_novel))
    if holder is None or not claimed:
        return False
    credits = [h for h in claimed if h.key in NOVEL_ATTRIBUTES or _crew_role_of(h, lexicon) is not None]
    if len(credits) != len(claimed):
        return False  # "is the director also an actor?" or "... married?": what the person is, not a credit
    if any({"a", "an"} & set(said[max(0, h.start - 2) : h.start]) for h in credits):
        return False  # "is the author a female author?": what the person is (a description), not this film's credit
    # "write the screenplay": the noun names the credit more closely than the verb
    first = next((h for h in credits if h.key != "writer"), credits[0])
    predicate = set(said[max(h.end for h in [subject, *of_novel]) :])
    novel = any(h.key in NOVEL_ATTRIBUTES for h in credits) or bool(
        lexicon.attributes[first.key].novel_words & predicate
    )
    start, end = words.chars(subject.start, subject.end)
    if novel:  # "did the director write the book?": the novel's author
        reading.add("claim", "novel_author", *words.chars(first.start, credits[-1].end))
        reading.intent = "ask_novel"
    else:
        role = _crew_role_of(first, lexicon) or ""
        claimed_role = clauses.claimed_role(said, first.key, role)
        author = store.novel.get("author")
        if claimed_role == "writer" and author is not None and author.value == holder:
            return False  # "did the author write it?" says who the author is; the novel's card answers it
        reading.add("claim", f"credit:{claimed_role}", *words.chars(first.start, first.end))
        reading.intent = lexicon.attributes[first.key].intent_for("film")
    reading.add("person", store.people[holder].name, start, end)
    reading.why.append("yes/no credit of the one who holds another credit")
    return True


# The score's credit, and the song's: music named of the song's artist is the song's (actions/claims.py "song").
MUSIC_ROLE = "music"
SONG_ROLE = "theme_song"
SONG_CLAIM = "song"
INSPIRATION = "inspiration"  # the vocabulary's attribute: nobody's inspiration is held
SCORE_VERBS = frozenset({"compose", "composed", "composes", "scored", "score"})


def _song_artist_named(people: list[dict], store: FactStore) -> bool:
    """Whether a person named performs the film's song or first recorded it, and holds no score credit."""
    song = store.crew.get(SONG_ROLE)
    score = store.crew.get(MUSIC_ROLE)
    if song is None:
        return False
    artists = set(song.people) | (
        {str(song.work.extra["original_by"])} if song.work and song.work.extra.get("original_by") else set()
    )
    named = {m.id for n in people for m in store.resolve(str(n.get("value")), ("person",))[:1]}
    return bool(named & artists) and not (score is not None and named & set(score.people))


def _crew_role_of(hit: Hit, lexicon: Lexicon) -> str | None:
    attribute = lexicon.attributes[hit.key]
    return attribute.entity.get("crew_role") or ("director" if hit.key == "director" else None)


def _credit_holder(said: list[str], subject: Hit, store: FactStore, lexicon: Lexicon, *, of_novel: bool) -> str | None:
    """The one person who holds the credit a subject names: "the author" ("the writer of the book") is the novel's,
    "the director" the crew's."""
    if subject.key == "writer" and (of_novel or novel_reading.names_the_novelist(said[subject.start])):
        author = store.novel.get("author")
        return str(author.value) if author is not None and author.known and author.value in store.people else None
    role = _crew_role_of(subject, lexicon)
    credit = store.crew.get(role) if role is not None else None
    if credit is None or credit.unknown or len(credit.people) != 1:
        return None
    return credit.people[0]


def _credit_of_pronoun(words: _Words, attributes: list[Hit], lexicon: Lexicon, reading: Reading) -> bool:
    """ "Did he also write the screenplay?", "was she the composer?": a yes/no whose subject is a person
    pronoun and whose attributes are one crew role is a credit claim about the conversation's person
    (the actions resolve the pronoun from the `person` slot, or say they do not know)."""
    if len(attributes) != 1 or not clauses.pronoun_subject(words.words[_after_reaction(words) :]):
        return False
    attribute = lexicon.attributes[attributes[0].key]
    role = _crew_role_of(attributes[0], lexicon)
    if role is None:
        return False
    around = words.words[attributes[0].start - 1 : attributes[0].end + 1]
    if around[0] in stated_claims.SOME_WORKS or around[-1] in stated_claims.SOME_WORKS:
        # "did she do any soundtracks?", "did he write anything else?": works of theirs, not this film's credit
        reading.add("claim", "other_work", *words.chars(attributes[0].start, attributes[0].end))
        reading.intent = "ask_other_work"
        reading.why.append("works of a kind of the person a pronoun points at")
        return True
    start, end = words.chars(attributes[0].start, attributes[0].end)
    at = attributes[0].start
    if at > 0 and words.words[at - 1] in ("a", "an") and words.words[at] not in ("director", "directed"):
        # "is he a singer too?", "is she also a writer?": what the person is (their description), not whether
        # they hold this film's credit ("was she the composer?")
        reading.add("claim", f"person_describes:{attributes[0].phrase}", start, end)
        reading.intent = "ask_person"
        reading.why.append("yes/no what the person a pronoun points at is")
        return True
    claimed_role = clauses.claimed_role(words.words, attributes[0].key, role)
    reading.add("claim", f"credit:{claimed_role}", start, end)
    reading.intent = attribute.intent_for("film")
    if attribute.entity:
        reading.add("crew_role", role, start, end)
    reading.why.append("yes/no credit of the person a pronoun points at")
    return True


def _has_credit(words: _Words, attributes: list[Hit], lexicon: Lexicon, reading: Reading) -> bool:
    """ "Does it have a soundtrack?", "is there a theme song?": whether the film has a credited role is
    decided from the store (claim `has_credit:<role>`): "Yes" first, then who holds it. Only when
    every attribute asked is one crew role and nobody is named (a name makes it "by whom")."""
    if not clauses.asks_existence(words.words) or len(attributes) != 1:
        return False
    if clauses.complement_of_another_noun(words.words, attributes[0].start):
        # "are there certain characteristics of a song that …?": the existence asked is of another thing
        return False
    attribute = lexicon.attributes[attributes[0].key]
    role = attribute.entity.get("crew_role")
    if not role:
        return False
    start, end = words.chars(attributes[0].start, attributes[0].end)
    reading.add("claim", f"has_credit:{role}", start, end)
    reading.intent = attribute.intent_for("film")
    reading.add("crew_role", role, start, end)
    reading.why.append("yes/no the film has a credit")
    return True


def _wh_after_claim(words: _Words, asked: list[Hit], then: str, lexicon: Lexicon, reading: Reading) -> None:
    """ "Is it a thriller? Who directed it?": the wh-question's attributes, answered after the yes/no.

    Only what the film holds and needs no other subject (a person's or character's question needs
    its own subject, not guessed); each intent once, in the order asked.
    """
    answered = {then}
    for hit in asked:
        intent = lexicon.attributes[hit.key].intent_for("film")
        if intent in answered or intent == UNHELD or intent in PEOPLE_INTENTS:
            continue
        reading.add("also_ask", intent, *words.chars(hit.start, hit.end))
        for entity, value in lexicon.attributes[hit.key].entity.items():
            reading.add(entity, value, *words.chars(hit.start, hit.end))
        reading.why.append(f"then {hit.key}")
        answered.add(intent)


def _crew_member_as_subject(
    words: _Words, attributes: list[Hit], store: FactStore, lexicon: Lexicon, reading: Reading, roles: list[dict]
) -> None:
    """ "Other films by the same director?": the director is the person asked about."""
    if "other_work" not in {h.key for h in attributes}:
        return
    for hit in attributes:
        attribute = lexicon.attributes[hit.key]
        role = _crew_role_of(hit, lexicon)
        if role and _verb_of_a_pronoun(words, hit):  # "what else did he direct?": his other work, whoever he is
            reading.intent = "ask_other_work"
            reading.why.append("other work of the one pointed at")
            return
        if attribute.novel_words & _word_bases(words.words) and _novel_author(words, hit, store, reading):
            # "what else did the author write?", "the author's other novels": a book's author is the novelist,
            # not the screenwriter
            return
        if _credit_as_subject(role, words.chars(hit.start, hit.end), store, reading):
            return
    for entity in roles:  # "films with the same screenwriter": a role the entity rules found
        span = (int(entity["start"]), int(entity["end"]))
        if _credit_as_subject(store.role(str(entity.get("value"))), span, store, reading):
            return


def _word_bases(words: list[str]) -> set[str]:
    """The words with their possessive or plural ending dropped, beside the words as typed ("author's" -> "author",
    "novels" -> "novel")."""
    return {*words, *(w.removesuffix("'s").removesuffix("'") for w in words), *(w.removesuffix("s") for w in words)}


def _credit_as_subject(role: str | None, span: tuple[int, int], store: FactStore, reading: Reading) -> bool:
    """The one person of a crew credit as the subject of an other-work question; False when not one."""
    credit = store.crew.get(role) if role else None
    if credit is None or len(credit.people) != 1:
        return False
    reading.add("person", store.people[credit.people[0]].name, *span)
    reading.intent = "ask_other_work"
    reading.why.append(f"the {role} as the subject")
    return True


# Words before a role word that make it name the credit ("the director", "the same writer", "her director").
ROLE_DETERMINERS = frozenset(
    {"the", "same", "its", "film's", "movie's", "this", "that", "a", "by", "his", "her", "their"}
)


def _verb_of_a_pronoun(words: _Words, hit: Hit) -> bool:
    """ "What else did she write?": with a pronoun as the subject, the role word is what that person did
    (the pronoun is whom the conversation is about), not the credit naming the person asked about."""
    if not PRONOUNS & set(words.words):
        return False
    return hit.start == 0 or words.words[hit.start - 1] not in ROLE_DETERMINERS


def _novel_author(words: _Words, hit: Hit, store: FactStore, reading: Reading) -> bool:
    author = store.novel.get("author")
    if author is None or not author.known or author.value not in store.people:
        return False
    reading.add("person", store.people[author.value].name, *words.chars(hit.start, hit.end))
    reading.intent = "ask_other_work"
    reading.why.append("the novel's author as the subject")
    return True


def _roles_inside_other_roles(
    words: _Words, roles: list[dict], attributes: list[Hit], lexicon: Lexicon, store: FactStore, reading: Reading
) -> list[dict]:
    """ "art director", "casting director": the entity rules saw "director", the phrase is another role."""
    kept = []
    for role in roles:
        around = [
            h
            for h in attributes
            if words.chars(h.start, h.end)[0] <= role["start"]
            and role["end"] <= words.chars(h.start, h.end)[1]
            and lexicon.attributes[h.key].entity.get("crew_role") != store.role(str(role.get("value")))
            and h.end - h.start > 1
        ]
        if around:
            reading.drop.append(role)
            reading.why.append(f"{role.get('value')} is part of {around[0].phrase}")
        else:
            kept.append(role)
    return kept


def _asked_first(words: _Words, hit: Hit) -> bool:
    """ "what language …", "which genre …", "what's the language <a clause>": the attribute right after the
    question word (and a copula and article): the clause after it only says which one."""
    if hit.start <= 2 and hit.phrase.split()[0] in ("what", "which"):
        return True  # "in which country was it filmed?": the wh-phrase is the attribute
    at = hit.start - 1
    while at > 0 and words.words[at] in ("the", "is", "was", "s"):
        at -= 1
    return at <= 1 and at < hit.start and words.words[at] in ("what", "which", "whats", "what's")


def _inside(hit: Hit, relation: Hit | None) -> bool:
    return relation is not None and relation.start <= hit.start < relation.end


# Words before "cast" that make it the cast of a film ("which cast member", "the whole cast"), not a cast iron pan.
CAST_DETERMINERS = frozenset({"the", "which", "what", "whole", "entire", "main", "supporting"})


def _the_cast_alone(words: list[str]) -> bool:
    """ "which cast member won <an award>?": "the cast" with no work after it ("the cast of <X>") is this film's."""
    for i, word in enumerate(words):
        if word in cast_by_work.CAST_WORDS and i and words[i - 1] in CAST_DETERMINERS:
            after = i + 2 if words[i + 1 : i + 2] in (["member"], ["members"]) else i + 1
            if words[after : after + 1] not in (["of"], ["from"], ["in"]):
                return True
            work = [w for w in words[after + 1 : after + 3] if w not in coverage.ARTICLES]
            return work[:1] in (["it"], ["this"]) or work[:1] in ([n] for n in coverage.WORK_NOUNS)
    return False


def _cast_awards_asked(words: _Words, attributes: list[Hit], reading: Reading) -> bool:
    """ "Which cast member won a Grand Bell award?", "did any of the cast win an Oscar?": the cast is the subject of
    an award won, so the cast's awards are asked (actions/person_facts.answer_cast_awards), not the cast list nor
    the film's awards."""
    awards = next((h for h in attributes if h.key == "awards"), None)
    if awards is None or not cast_by_work.CAST_SUBJECT_WORDS & set(words.words[: awards.start]):
        return False
    reading.intent = "ask_fact"
    reading.add("topic", "awards", *words.chars(awards.start, awards.end))
    reading.why.append("the cast's awards")
    return True


# Nouns of a work in the phrase of someone's other work: the works are asked, not who the person is.
WORKS_NAMED = frozenset({"work", "works", "piece", "pieces", "role", "roles", "film", "films", "movie", "movies"})


# Nouns of works a person makes ("created many hit albums", "came up with several songs"): their own works.
MADE_WORKS = frozenset(
    "albums songs singles records films movies books novels shows dramas series works hits tracks plays".split()
)
MADE_WORKS_REACH = 4


def _works_made(words: _Words, verb: Hit) -> bool:
    """Whether a plural work noun follows a verb of creating within a few words ("created many hit albums")."""
    return bool(MADE_WORKS & set(words.words[verb.end : verb.end + MADE_WORKS_REACH]))


def _check_fit(
    words: _Words,
    current: str,
    kind: str,
    attributes: list[Hit],
    roles: list[dict],
    topics: list[dict],
    lexicon: Lexicon,
    reading: Reading,
) -> None:
    """Replace an intent that answers none of the attributes asked."""
    if _story_of_the_book(words, attributes):
        if current != "ask_plot":
            reading.intent = "ask_plot"
            reading.why.append("the story of the book asked")
        return
    stranded = _stranded_predicate(words, attributes)
    if stranded is not None:
        attributes = [stranded]  # "what is the story based on?": the story is the subject, its source is asked
    if roles and current in ("ask_crew", "ask_director", "ask_person") and attributes[0].key not in WORK_KEYS:
        return  # the role named is the answer; but "films with the same <role>" ask for the role's other work
        # ("is the director famous?": for what he is known)
    # a topic ("filmed") decides unless another attribute is asked first ("what language was it filmed in?")
    first_at = words.chars(attributes[0].start, attributes[0].end)[0]
    if (
        topics
        and current == "ask_fact"
        and (
            lexicon.attributes[attributes[0].key].fits_intent("ask_fact", kind)
            or min(int(t.get("start") or 0) for t in topics) < first_at
        )
    ):
        return
    fitting = [h for h in attributes if lexicon.attributes[h.key].fits_intent(current, kind)]
    first = lexicon.attributes[attributes[0].key]
    if kind == "character" and _state_began(words, attributes[0]):
        fitting = []  # "why does <a character> get sick?": how the character came to be so, told by the description
    if current == "ask_person" and first.key == "other_work" and set(attributes[0].phrase.split()) & WORKS_NAMED:
        fitting = []  # "what is <X>'s most famous work?": a work asked, which "who <X> is" does not name
    made = first.key == "creator" and _works_made(words, attributes[0])
    if kind == "person" and current == "ask_other_work" and made:
        return  # "<a band> has created many hit albums": what they made is their works, not this film's story
    if fitting and kind == "film" and not first.fits_intent(current, kind) and _asked_first(words, attributes[0]):
        fitting = []  # "what language are the actors speaking?": the wh-word's attribute is the question
    if kind == "film" and current == "ask_ending" and _story_without_its_end(words, attributes):
        fitting = []  # "what's the deal with <the title>?": the story asked, and no word of how it ends
    if kind == "character" and current == "ask_ending" and _asked_first(words, attributes[0]):
        # "which illness does <a character> have in <the film>?": the illness is asked, which the character's
        # description gives; the ending only fits how it turns out
        fitting = [h for h in fitting if h is not attributes[0]]
    target = first.intent_for(kind)
    if first.novel_words & set(words.words):
        target = "ask_novel"
    if fitting and current == target == first.intent_for(kind) and first.entity:
        ((entity, value),) = first.entity.items()
        if not any(e for e in (*roles, *topics) if e.get("entity") == entity):
            reading.add(entity, value, *words.chars(attributes[0].start, attributes[0].end))
    if not fitting:
        if target == "ask_crew" and roles:
            pass  # the entity rules already named the role
        elif first.entity and target in ("ask_crew", "ask_fact"):
            ((entity, value),) = first.entity.items()
            reading.add(entity, value, *words.chars(attributes[0].start, attributes[0].end))
        reading.intent = target
        reading.why.append(f"{current}{DOES_NOT_ANSWER}{attributes[0].key}")
    song_named = any(str(r.get("value")).replace(" ", "_") == SONG_ROLE for r in roles)
    # "who wrote <the song's title>?" ("sheet music for <it>" asks no writer)
    songwriting = attributes[0].phrase in SONGWRITING_PHRASES or (song_named and attributes[0].key == "writer")
    if songwriting and (reading.intent or current) == "ask_crew":  # "who wrote <the song's title>?": its writer
        reading.add("attribute", WORK_WRITER, *words.chars(attributes[0].start, attributes[0].end))


STORY_OF_BOOK = frozenset({"novel", "plot"})  # the book asked, and the story words ("<the title> about")


def _story_of_the_book(words: _Words, attributes: list[Hit]) -> bool:
    """ "What was the book of <the film> about?": "about" stranded at the end asks the story of the subject before
    it, the book (whose story the film tells), not the book's card."""
    said = words.words
    return len(said) > 3 and said[0] == "what" and said[-1] == "about" and {h.key for h in attributes} <= STORY_OF_BOOK


# Prepositions a predicate keeps at the end of a wh-question: "what is the story based on?".
STRANDED_PREPOSITIONS = frozenset({"on", "off", "from"})


def _stranded_predicate(words: _Words, attributes: list[Hit]) -> Hit | None:
    """A wh-question that ends with a predicate and its preposition ("what is the plot based on?", "which book is
    the story based off?") asks that predicate's attribute; the noun before it ("the plot") is only its subject."""
    last = attributes[-1]
    if (
        len(attributes) > 1
        and words.words[0] in coverage.WH_WORDS
        and last.end == len(words.words)
        and last.phrase.split()[-1] in STRANDED_PREPOSITIONS
        and len(last.phrase.split()) > 1
    ):
        return last
    return None


# Verbs that say a state began ("get sick", "fell ill", "became ill"): asked of a character, the state is described.
BECOMING_VERBS = frozenset({"get", "gets", "got", "getting", "become", "becomes", "became", "fall", "falls", "fell"})


def _state_began(words: _Words, attribute: Hit) -> bool:
    """The attribute is a state the verb before it says began: "why does <a> get sick?", "when did <a> fall ill?"
    ask what the character's description tells of it, not the story's ending."""
    if set(words.words) & {"end", "ending", "finale"}:
        return False  # "does <a> get sick at the end?": the ending
    return attribute.start > 0 and words.words[attribute.start - 1] in BECOMING_VERBS


# Attributes asking for a person's works, also of the one who holds a credit named.
WORK_KEYS = frozenset({"other_work", "fame"})


# Words that join one request to another ("the genre and the rating", "also the runtime", "cast plus runtime");
# "&" and "+" are joiners too, though the tokens leave them out ("genre + rating").
JOINERS = frozenset({"and", "also", "plus"})


def _ampersand_in_a_name(words: _Words, known: frozenset[str]) -> bool:
    """ "<a group> & <a group>" names one thing of the film's vocabulary (a group's name): every "&" or "+"
    stands between two words of it, and no joining word is said - the message is one question."""
    if JOINERS & set(words.words):
        return False
    marks = [m.start() for m in re.finditer(r"[&+]", words.text)]
    for at in marks:
        before = [w for w, (_, end) in zip(words.words, words.spans, strict=True) if end <= at]
        after = [w for w, (start, _) in zip(words.words, words.spans, strict=True) if start > at]
        if not before or not after or not _in_vocabulary(before[-1], known) or not _in_vocabulary(after[0], known):
            return False
    return bool(marks)


def _in_vocabulary(word: str, known: frozenset[str]) -> bool:
    return word in known or f"{word}'s" in known  # the vocabulary keeps an alias's possessive ("<group>'s <name>")


def _joined(words: _Words) -> bool:
    return bool(_joiners(words.words)) or bool(re.search(r"[&+]", words.text))


# Units one measure is given in together ("how many minutes and seconds", "what day, month and year"): the "and"
# between them joins no second request.
MEASURE_UNITS = frozenset("second seconds minute minutes hour hours day days month months year years".split())


def _joiners(said: list[str]) -> set[str]:
    """The joining words of `said` that join two requests (not two units of one measure)."""
    return {w for i, w in enumerate(said) if w in JOINERS and not _between_units(said, i)}


def _between_units(said: list[str], at: int) -> bool:
    return 0 < at < len(said) - 1 and said[at - 1] in MEASURE_UNITS and said[at + 1] in MEASURE_UNITS


# Attributes whose answer is a part of another answer (the novel's series, of the novel's): the second answer
# needs the attribute to give that part.
ANSWERED_BY_ITS_ATTRIBUTE = frozenset({"novel_series"})


# Attributes whose word may only name the owner of another attribute asked before it: "how many pages is the book".
OWNER_ATTRIBUTES = frozenset({"novel"})


def _asked_apart(words: _Words, attributes: list[Hit]) -> list[Hit]:
    """The attributes that each ask a question: a work's noun after another attribute of its clause only after a
    joining word ("the genre and the book"); without one it only says whose the earlier one is ("how many pages is
    the book": the book's pages, no question about the book)."""
    if len(attributes) < 2 or has_japanese(words.text):
        return attributes
    bounds = clauses.part_starts(words.words, _clause_starts(words))
    kept = [attributes[0]]
    for previous, hit in zip(attributes, attributes[1:], strict=False):
        same_clause = not any(previous.start < b <= hit.start for b in bounds)
        joined = _joiners(words.words[previous.end - 1 : hit.start + 1]) or re.search(
            r"[&+,]", words.text[words.spans[previous.end - 1][1] : words.spans[hit.start][0]]
        )
        if not same_clause or joined or hit.start < previous.end or hit.key not in OWNER_ATTRIBUTES:
            kept.append(hit)
    return kept


def _also(
    words: _Words,
    current: str,
    kind: str,
    attributes: list[Hit],
    lexicon: Lexicon,
    reading: Reading,
    named: bool = False,
) -> None:
    """A second question in the same message: answered after the first, in the order asked.

    `named`: the subject is a person the message names, so "where was <X> born and what is <X>'s
    job?" asks both of the same person (a second person is never guessed).
    """
    attributes = _asked_apart(words, attributes)
    held = [h for h in attributes if lexicon.attributes[h.key].intent_for(kind) != UNHELD]
    intents = [lexicon.attributes[h.key].intent_for(kind) for h in held]
    topics = [h for h in held if "topic" in lexicon.attributes[h.key].entity]
    credits = [h for h in held if "crew_role" in lexicon.attributes[h.key].entity]

    def answers(intent: str, hit: Hit) -> bool:
        # ask_fact answers the one topic asked ("the rating and reviews?": the reviews), not every
        # attribute that lists ask_fact among the intents that fit it
        attribute = lexicon.attributes[hit.key]
        if intent == "ask_fact" and topics and hit not in topics and attribute.intent_for(kind) != intent:
            return False
        if intent == "ask_crew" and attribute.intent_for(kind) != intent and credits:
            return False  # ask_crew answers the credit named ("who sang the theme song"), not the director too
        return attribute.fits_intent(intent, kind)

    if reading.intent is None and len(set(intents)) > 1 and attributes[0] is held[0]:
        first = lexicon.attributes[held[0].key]
        if not answers(current, held[0]) and not first.entity:
            reading.intent = intents[0]
            reading.why.append(f"first asked: {held[0].key}")
    answered = {reading.intent or current}
    # "how old is the main actress ...": a role word that names the person asked of is no second question
    naming = [(e["start"], e["end"]) for e in reading.entities if e["entity"] == "person" and "start" in e]
    for hit, intent in zip(held, intents, strict=True):
        if any(a <= words.spans[hit.start][0] < b for a, b in naming):
            continue
        same_person = named and intent == "ask_person"
        if (
            (intent in PEOPLE_INTENTS and not same_person)
            or hit.key == "ending"
            or (hit.key == "plot" and kind != "film")
        ):
            continue  # a second person or a character's story needs its own subject: not guessed
        # "... and who's the author?": a book's word for its writer asks the novel's author, not the screenplay's
        of_the_book = bool(lexicon.attributes[hit.key].novel_words & set(words.words[hit.start : hit.end]))
        if of_the_book and intent == "ask_crew":
            intent = "ask_novel"
        if not any(answers(i, hit) for i in answered):
            reading.add("also_ask", intent, *words.chars(hit.start, hit.end))
            for entity, value in lexicon.attributes[hit.key].entity.items() if not of_the_book else ():
                reading.add(entity, value, *words.chars(hit.start, hit.end))  # what the second answer needs
            if hit.key in ANSWERED_BY_ITS_ATTRIBUTE:  # "…, how many books are in the series": the series, not the book
                reading.add("attribute", hit.key, *words.chars(hit.start, hit.end))
            reading.why.append(f"also {hit.key}")
            answered.add(intent)
        elif hit in topics and hit is not held[0] and intent == "ask_fact" in answered:
            # "is there a sequel and what's its user rating?": ask_fact answers each topic it is given
            for entity, value in lexicon.attributes[hit.key].entity.items():
                if not any(e["entity"] == entity and e["value"] == value for e in reading.entities):
                    reading.add(entity, value, *words.chars(hit.start, hit.end))
                    reading.why.append(f"also topic {hit.key}")


def _film_asked_apart(
    words: _Words, hit: Hit, names: list[dict], current: str, kind: str, lexicon: Lexicon, reading: Reading
) -> bool:
    """ "Tell me about <a character> and what's the runtime": the attribute stands in a request clause of its own
    that names no one and points at no one, so it is the film's, not that of whom another clause names. The
    named one's question is answered first, then the film's (an attribute with an answer of its own)."""
    film_intent = lexicon.attributes[hit.key].intent_for("film")
    if not names or film_intent in (UNHELD, "ask_fact") or has_japanese(words.text):
        return False
    bounds = clauses.part_starts(words.words, _clause_starts(words))
    start = max(b for b in bounds if b <= hit.start)
    end = min([b for b in bounds if b > hit.start] or [len(words.words)])
    if start == 0 or not _request_clause(words, start, end) or PRONOUNS & set(words.words[start:end]):
        return False
    begin, stop = words.chars(start, end)
    if any(int(n.get("start", -1)) >= begin for n in names):
        return False  # a name in the attribute's clause or after it: asked of that one
    reading.intent = current if current in PEOPLE_INTENTS else "ask_person" if kind == "person" else "ask_character"
    reading.add("also_ask", film_intent, begin, stop)
    reading.why.append(f"the film's {hit.key}, asked apart from the {kind} named")
    return True


# "when will they release the sequel?", "are they making a part two?": "they" before a verb of making or releasing
# is whoever makes films, nobody of this film (nor of another one named after it).
MAKERS_THEY = re.compile(
    r"\b(?:they|they're)(?: will| are| were| ever| gonna| going to| plan to| planning to| plan on)* "
    r"(?:release|releasing|make|making|announce|announcing|drop|dropping|put out|bring out)\b"
)


def _pronouns_said(words: _Words, pronouns: frozenset[str]) -> set[str]:
    """The pronouns of the message that point at someone: not the makers' "they" (MAKERS_THEY)."""
    said = set(words.words) & pronouns
    if MAKERS_THEY.search(" ".join(words.words)):
        said -= {"they", "they're"}
    return said


# Of a person with no part in the story (a director, an author), "died" is their own death, never the ending's.
DEATH_WORDS = frozenset({"die", "dies", "died", "death"})
# The same in Japanese: a form of 死ぬ or 亡くなる ("<名前>さん死んだってマジ？").
JAPANESE_DYING = re.compile(r"死|亡くな")


def _death_of_someone_with_no_part(attributes: list[Hit], names: list[dict[str, Any]], store: FactStore) -> list[Hit]:
    """ "What was the last film <the director> made before he died?": the death asked is the person's (not held),
    when none of the people named plays a part; an actor's "does <a> die?" is still their character's ending."""
    people = [m.id for n in names for m in store.resolve(str(n.get("value")), ("person",))[:1]]
    if not people or any(store.roles_of(person) for person in people):
        return attributes
    return [
        Hit(h.kind, "death", h.phrase, h.start, h.end)
        if h.key == "ending" and (h.phrase in DEATH_WORDS or JAPANESE_DYING.search(h.phrase))
        else h
        for h in attributes
    ]


def _subject_kind(
    words: _Words, names: list[dict], relation: Hit | None, attributes: list[Hit], lexicon: Lexicon
) -> str:
    if relation is not None:
        return "character"
    if sum(n["entity"] == "character" for n in names) >= 2 and attributes and attributes[0].key == "plot":
        return "film"  # "the story of <a> and <b>": the film's story is theirs
    if names and names[0]["entity"] == "person" and _films_beside_a_person(words, attributes, lexicon):
        return "film"
    if names:
        return "person" if names[0]["entity"] == "person" else "character"
    if _pronouns_said(words, PRONOUNS | lexicon.pronouns):
        if "character" in words.words:
            return "character"
        if any(h.key == "age" for h in attributes) and clauses.FILM_RELEASED.search(" ".join(words.words)):
            return "person"  # "how old was she when it came out?": an age in the real world, the actor's
        if any(h.key in PERSONAL_KEYS and lexicon.attributes[h.key].intent_for("person") != UNHELD for h in attributes):
            return "person"  # "what is his profession?": the person's, held for people
        held_for_character = any(lexicon.attributes[h.key].intent_for("character") != UNHELD for h in attributes)
        return "character" if held_for_character else "person"
    return "film"


# Nouns that name the film beside a person: "<an actor>'s <service> movie" (a word between at most).
FILM_NOUNS_BESIDE = frozenset({"movie", "film", "flick"})
OWNED_FILM_REACH = 2


def _films_beside_a_person(words: _Words, attributes: list[Hit], lexicon: Lexicon) -> bool:
    """ "<an actor> <the title> imdb", "the imdb score of <an actor>'s movie": a review site's score, which a person
    has not, asked with the film named beside the person, is the film's (an age or a popularity is the person's)."""
    if not attributes or any(h.key not in SITE_KEYS for h in attributes):
        return False
    owned = (words.words[i + 1 : i + 1 + OWNED_FILM_REACH] for i, w in enumerate(words.words) if w.endswith("'s"))
    if any(FILM_NOUNS_BESIDE & set(after) for after in owned):
        return True  # "<an actor>'s (<service>) movie"
    return any(h.phrase in lexicon.film_titles for h in lexicon.find(words.words, ("film",)))


def _relatives_of_a_person(words: _Words, hits: list[Hit], names: list[dict], lexicon: Lexicon) -> list[Hit]:
    """ "What was <an actor>'s mother's name?": a relation word owned by a person ("<a>'s mother's") is that real
    person's relative, asked as the attribute whose words name it (family, love life), which no character's
    relation tells."""
    people = spans_of(words, [n for n in names if n["entity"] == "person"])
    read = []
    for hit in hits:
        owned = any(span.end == hit.start and words.words[span.end - 1].endswith("'s") for span in people)
        if hit.kind == "relation" and owned:
            bare = [w.removesuffix("'s") for w in words.words[hit.start : hit.end]]
            same = [a for a in lexicon.find(bare, ("attribute",)) if a.start == 0 and a.end == len(bare)]
            hit = Hit("attribute", same[0].key, hit.phrase, hit.start, hit.end) if same else hit
        read.append(hit)
    return read


def _relation(
    words: _Words, hits: list[Hit], names: list[dict], store: FactStore, reading: Reading, lexicon: Lexicon
) -> Hit | None:
    """The first relation word with an anchor ("<a character>'s", "of <a character>", "her", <名前>の); tags it."""
    married = _spouse_of_relative(words, hits, names, store, reading)
    if married is not None:
        return married
    chained = relation_chains.through_middle(
        store,
        relation_chains.chains(words.words, [h for h in hits if h.kind == "relation"]),
        # "the parents of the sister of <a>": the inner relation's owner may follow it
        lambda inner: _anchor_before(words, inner, names, store, lexicon) or _anchor_after(words, inner, names, store),
        relation_keys,
    )
    if chained is not None:
        # "the father of <a>'s daughter": the outer relation of the one character the inner one leads to
        hit, span, owner, reached = chained
        if reached is not None:  # the middle character stands where its owner was named
            if not owner.get("added"):
                reading.drop.append(owner)
            reading.add("character", reached, owner["start"], owner["end"])
            reading.why.append("a relation of a relation")
        elif owner.get("added"):
            reading.add(owner["entity"], owner["value"], owner["start"], owner["end"])
        reading.add("relation", hit.key, *words.chars(hit.start, hit.end))
        return span
    verbs = _love_verbs(words, names) + _marriage_verbs(words, names, store)
    # A verb of marrying has its subject right before it, a name: "was <a's father> married to <b>?" asks the
    # spouse of the character so named, not the father inside the name (read first)
    married_verbs = [verb for verb in verbs if verb.key == SPOUSE]
    for hit in married_verbs + [h for h in hits if h.kind == "relation"] + [v for v in verbs if v.key != SPOUSE]:
        anchor = _anchor_before(words, hit, names, store, lexicon) or _anchor_after(words, hit, names, store)
        anchor = anchor or _anchor_of_having(words, hit, names)
        across = _anchor_across(words, hit, names, store) if anchor is None and hit.key != "character" else None
        if across is not None:
            # "whose daughter is <a character>?" asks the other end: the character's parents
            anchor, inverse = across
            hit = replace(hit, key=INVERSE_RELATIONS.get(hit.key, hit.key)) if inverse else hit
        spouse_of = hit.key in (SPOUSE, *relation_keys(SPOUSE)) and words.words[hit.end : hit.end + 1] == ["of"]
        if anchor is None and hit.key != "character" and not names and _unnamed_anchor(words, hit.start):
            if spouse_of:
                continue  # "the wife of the director": a person's marital status, which no character's spouse tells
            if _of_a_credit(words, hit, hits, store):
                continue  # "the brother of the composer": a real person's family, which no character's relative tells
            anchor = "the"  # "who plays the little sister?": the conversation's character, or the only one
        if anchor is None:
            continue
        if isinstance(anchor, dict) and anchor.get("entity") == "person" and hit.key != "character":
            continue  # "<an actress>'s boyfriend" asks about the actress, not her character
        if isinstance(anchor, str) and any(n["entity"] == "character" for n in names):
            continue  # "who played <a character>, his little sister": the name says who
        if hit.key == "character" and isinstance(anchor, dict) and anchor.get("entity") == "character":
            continue  # "<a character>役" is that character, not a relation of it
        if hit.key == "character" and isinstance(anchor, dict) and not _plays_someone(anchor, store):
            continue  # "<the director>'s role" is his role in the film, not a character
        start, end = words.chars(hit.start, hit.end)
        reading.add("relation", hit.key, start, end)
        if isinstance(anchor, dict) and anchor.get("added"):
            reading.add(anchor["entity"], anchor["value"], anchor["start"], anchor["end"])
        w = words.words
        couple = [i + 3 for i in range(hit.end, len(w) - 2) if across is not None and _and_spouse(w[i : i + 3])]
        if couple:  # "<a> and his wife ... have": the spouse word is part of the subject, no marital status asked
            return replace(hit, end=couple[0])
        return hit
    return None


def _japanese_event(words: _Words, attributes: list[Hit], kind: str, lexicon: Lexicon) -> str | None:
    """ "<人物>は最後どうなる？", "<人物>の病気は治る？", "<人物>と<人物>はどうやって知り合う？": the story.

    Japanese puts what is asked last; when that is a story verb (治る, 知り合う) or the ending,
    the question is the film's plot or ending, not a description of the character.
    """
    if kind == "film" or not attributes or not has_japanese(words.text):
        return None
    last = attributes[-1]
    if last.key not in ("plot", "ending"):
        return None
    if last.key == "plot" and not any(m.pos == "動詞" for m in morphemes(last.phrase.replace(" ", ""))):
        return None  # <人物>のあらすじ: still about the character
    return lexicon.attributes[last.key].intent_for("film")


def _japanese_answer(text: str, intent: str | None, names: list[dict], hits: list[Hit], lexicon: Lexicon) -> str | None:
    """A short Japanese yes or no, read from its words: the intent to use, or None to keep the classifier's.

    A "no" word (知りたくない, 今はいいや, 嫌です) makes it deny, unless it says "I don't mind"
    (構わない); a message read as yes or no with neither (えっと, ふむ) is not understood.
    """
    if not has_japanese(text) or names or any(h.kind in ("attribute", "relation", "claim", "spoilers") for h in hits):
        return None
    if intent not in YES_NO_ANSWERS and not (intent == FALLBACK and len(text.strip()) <= SHORT_ANSWER):
        return None
    lowered = text.lower()
    if any(w in lowered for w in lexicon.deny_words) and not any(w in lowered for w in lexicon.not_deny_words):
        return "deny"
    if intent in YES_NO_ANSWERS and not any(word in lowered for word in lexicon.answer_words):
        return FALLBACK
    return None


# "<人物>の作品のタイトルは？", "<人物>の映画の題名はどれ？": the titles of a person's works (not this film's title).
JAPANESE_WORKS_TITLED = re.compile(
    r"\s*の(?:他の|ほかの)?(?:(?:映画|作品|ドラマ|小説|本|曲|歌)の(?:タイトル|題名|名前)|(?:映画|作品|ドラマ|小説|曲|歌)名)"
)


def _japanese_works_titled(text: str, entities: list[dict[str, Any]], store: FactStore) -> bool:
    if not has_japanese(text):
        return False
    people = [e for e in entities if e.get("entity") == "person" and store.resolve(str(e.get("value")), ("person",))]
    return any(JAPANESE_WORKS_TITLED.match(text, int(e.get("end") or 0)) for e in people)


def _japanese_part(words: _Words) -> bool:
    """ "<名前>の妹役は？": a relation word with 役 ("part") asks who plays it."""
    return has_japanese(words.text) and any(len(w) > 1 and w.endswith("役") for w in words.words)


# Words that may stand between "of" and a credit naming a relation's owner, besides the film's name: "the mother of
# the director of the film", "the brother of the <title> theme song singer".
CREDIT_OWNER_GAP = frozenset("the this its film movie theme of".split())


# What may stand between a name and the relation that describes it: "<a>, niece of <b>", "<a>, the sister of <b>".
APPOSITION_GAPS = frozenset({",", ", the", ", a", ", an"})


def _in_apposition(words: _Words, hit: Hit, names: list[dict]) -> bool:
    """ "<a>, niece of <b>, …": a relation set off by a comma right after a name, with its own owner after "of",
    describes the name before it."""
    start = words.spans[hit.start][0]
    before = [n for n in names if int(n.get("end") or 0) <= start]
    if not before or words.words[hit.end : hit.end + 1] != ["of"]:
        return False
    gap = words.text[int(before[-1]["end"]) : start].strip().lower()
    return gap in APPOSITION_GAPS


def _of_a_credit(words: _Words, hit: Hit, hits: list[Hit], store: FactStore) -> bool:
    """ "The brother of the composer", "the mother of the director of <the film>": a relation whose owner, after
    "of", is named by a credit of the film (a real person), not a character."""
    said = words.words
    title = {i for h in hits if h.kind == "film" for i in range(h.start, h.end)}
    if said[hit.end : hit.end + 1] != ["of"]:
        return False
    for at in range(hit.end + 1, len(said)):
        if store.role(said[at].removesuffix("'s")) is not None:
            return True
        if at not in title and said[at] not in CREDIT_OWNER_GAP:
            return False
    return False


def _unnamed_anchor(words: _Words, at: int) -> bool:
    """ "the little sister", "the girl's mom": a relation with no one named before it."""
    before = words.words[at - 1] if at > 0 else ""
    if before == "the":
        return True
    stem = re.sub(r"(?:'s|s|')$", "", before)
    return stem in GENERIC_ANCHORS and at > 1 and words.words[at - 2] == "the"


def _plays_someone(anchor: dict, store: FactStore) -> bool:
    kinds = (anchor["entity"],) if anchor["entity"] in NAME_KINDS else NAME_KINDS
    matches = store.resolve(str(anchor["value"]), kinds)
    if not matches:
        return False
    return matches[0].kind == "character" or bool(store.roles_of(matches[0].id))


# How many words may describe a real person's own role noun: "<an actress>'s singing teacher".
ROLE_MODIFIERS_MAX = 2


def _owned_roles(words: _Words, names: list[dict], reading: Reading) -> list[dict]:
    """ "Akito's doctor": the doctor is the subject, not Akito (whose doctor it is goes unchecked). A real person's
    role noun is their own ("<an actor>'s teacher"), no character: something of the person the store does not hold."""
    kept = list(names)
    for owner, owned in zip(names, names[1:], strict=False):
        gap = words.text[owner["end"] : owned["start"]].strip().lower().replace("\u2019", "'")
        possessive = next((tail for tail in ("'s", "s", "'") if gap.startswith(tail)), None)
        if owned["entity"] != "character" or possessive is None:
            continue
        # "<an actress>'s singing teacher": words that describe her own teacher (a person's only)
        described = gap.removeprefix(possessive).split()
        role_described = (
            len(described) <= ROLE_MODIFIERS_MAX
            and all(w.isalpha() and w not in coverage.FUNCTION_WORDS for w in described)
            and gap[len(possessive) : len(possessive) + 1] in ("", " ")
        )
        if described and (owner["entity"] != "person" or not role_described):
            continue
        if owner["entity"] == "person" and words.text[owned["start"] : owned["end"]].islower():
            reading.drop.append(owned)
            start = int(owned["start"]) - len(" ".join(described)) - 1 if described else int(owned["start"])
            reading.add("attribute", person_asked.ASKED_OF_PERSON, start, int(owned["end"]))
            reading.intent = "ask_fact"
            reading.why.append("a real person's role noun: not held")
            kept.remove(owned)
        else:
            reading.drop.append(owner)
            reading.why.append("role of a named character")
            kept.remove(owner)
    return kept


# What joins a role noun to the one it is the role of: "the teacher of <a>", "the teacher that supervised <a>".
ROLE_NOUN_JOINS = frozenset({"of", "that", "who", "which"})
# The most words between the role noun and the person ("the teacher that supervised <a>").
ROLE_NOUN_REACH = 3


def _role_noun_of_someone(
    words: _Words, names: list[dict], entities: list[dict], store: FactStore, reading: Reading
) -> list[dict]:
    """ "Who was the teacher that supervised <a person>?", "the teacher of the musical score": a character the
    store calls by a common noun ("teacher") joined by "of" or a relative clause to one of the film's people or a
    crew role is that person's relation, not the character; the name is dropped and the relation word is read as
    the person's attribute (which the store may not hold)."""
    owners = [e for e in entities if e.get("entity") in ("person", "crew_role")]
    kept = list(names)
    for name in names:
        if name.get("entity") != "character" or not _called_by_common_noun(str(name.get("value")), store):
            continue
        owner = next((e for e in owners if int(e["start"]) >= int(name["end"])), None)
        if owner is None:
            continue
        between = words.text[int(name["end"]) : int(owner["start"])].lower().split()
        if between[:1] and between[0] in ROLE_NOUN_JOINS and len(between) <= ROLE_NOUN_REACH:
            reading.drop.append(name)
            reading.why.append(f"a role noun of someone: {name.get('value')}")
            kept.remove(name)
    return kept


def _called_by_common_noun(value: str, store: FactStore) -> bool:
    """Whether the store knows a character by this lower-case alias ("teacher"), not by a name."""
    said = value.lower()
    return any(alias == said and alias.islower() for c in store.characters.values() for alias in c.aliases)


# Words that may stand between a possessive and its relation word: "<a>'s two children", "her only friend".
RELATION_MODIFIERS = frozenset(
    {"two", "three", "four", "2", "3", "4", "only", "younger", "older", "elder", "late", "real", "other", "own"}
)


def _anchor_before(words: _Words, hit: Hit, names: list[dict], store: FactStore, lexicon: Lexicon) -> dict | str | None:
    # "<a>'s two children": the possessive before a modifier owns the relation, as if the modifier were not there
    start = hit.start
    while start > 1 and words.words[start - 1] in RELATION_MODIFIERS and start > hit.start - 2:
        start -= 1
    if start != hit.start:
        hit = replace(hit, start=start)
    if hit.start == 0:
        return None
    before = words.words[hit.start - 1]
    if before in POSSESSIVE_PRONOUNS:
        return before
    if before in lexicon.possessive_gaps and hit.start >= 2 and words.words[hit.start - 2] in lexicon.pronouns:
        return words.words[hit.start - 2]  # 彼女の母
    begin = words.spans[hit.start][0]
    for name in names:
        if name["end"] > begin:
            continue
        gap = " ".join(words.text[name["end"] : begin].lower().replace("\u2019", "'").split())
        if gap in POSSESSIVE_GAPS or gap in lexicon.possessive_gaps:
            return name
        if hit.key == "love_interest" and gap in LOVE_GAPS:
            return name
    stem = re.sub(r"(?:'s|s|')$", "", before)
    return _resolve_word(words, hit.start - 1, stem, store)


# Subjects that point at the one talked about: "is she <a>'s mother?", "was that <a>'s father?".
POINTED_SUBJECTS = frozenset({"he", "she", "that", "this"})
BE_OPENERS = frozenset({"is", "was", "isn't", "wasn't"})


def _pointed_one_is_relative(words: _Words, relation: Hit, names: list[dict]) -> bool:
    """ "is she <a>'s mother?": a yes/no whose subject is a pronoun and whose predicate is a relative of the one
    character named before the relation word ("<a>'s"); nothing else is said."""
    w = words.words
    characters = [n for n in names if n["entity"] == "character"]
    if len(w) < 4 or w[0] not in BE_OPENERS or w[1] not in POINTED_SUBJECTS or len(characters) != 1:
        return False
    owner = characters[0]
    return (
        words.spans[2][0] == owner["start"]
        and owner["end"] <= words.spans[relation.start][0]
        and all(word in BARE_TAIL for word in w[relation.end :])
    )


# What may follow the relation word of such a yes/no: "is she <a>'s mother too?", "… in the movie?".
BARE_TAIL = frozenset({"too", "also", "then", "in", "the", "movie", "film", "right", "?"})


# "does <a> have any siblings?", "has he got a sister?": the one who has the relative owns the relation.
HAVING = frozenset({"have", "has", "had"})
# Words between "have" and the relation ("have any other siblings", "has got a sister").
HAVING_BETWEEN = frozenset({"got", "any", "other", "a", "an", "some", "more", "two", "three", "younger", "older"})
# Adverbs between the subject and "have" ("does he even have …").
HAVING_ADVERBS = frozenset({"even", "ever", "really", "also", "still", "actually"})
SUBJECT_POSSESSIVES = {"he": "his", "she": "her", "they": "their"}


def _anchor_of_having(words: _Words, hit: Hit, names: list[dict]) -> dict | str | None:
    """The subject of "have" before a relation word: "does <a> (even) have (any other) siblings?" (the name) or
    "has he got a sister?" ("his"), as if the possessive had been said. None without such a subject."""
    w = words.words
    at = hit.start - 1
    while at >= 0 and w[at] in HAVING_BETWEEN:
        at -= 1
    if at >= 1 and w[at] in SUBJECT_POSSESSIVES and w[at - 1] in HAVING:  # "has he got …", "have they any …"
        return SUBJECT_POSSESSIVES[w[at]]
    if at < 1 or w[at] not in HAVING:
        return None
    at -= 1
    while at >= 0 and w[at] in HAVING_ADVERBS:
        at -= 1
    if at < 0:
        return None
    if w[at] in SUBJECT_POSSESSIVES:
        return SUBJECT_POSSESSIVES[w[at]]
    return next((name for name in names if name["end"] == words.spans[at][1]), None)


# "Does he play <a character>?", "did she portray ...": a yes/no of a pronoun and an acting verb.
PRONOUN_SUBJECTS = frozenset({"he", "she"})
PLAYS_VERBS = frozenset({"play", "played", "playing", "portray", "portrayed", "portraying"})


# Words a yes/no of who plays whom may have besides the names and the cast's words ("is <X> really the one who
# plays <a> in the movie?").
PLAYS_CLAIM_WORDS = (
    PLAY_WORDS
    | PLAYS_VERBS
    | frozenset(
        "portray portraying star stars starred starring act acts acted acting role part character one who that also "
        "really actually movie film lead main".split()
    )
)


def _verb_besides_playing(words: _Words, names: list[dict], attributes: list[Hit]) -> bool:
    """A word between the names that is neither the cast's nor glue: "did <a>'s actress date <X>?" (what is said
    around them - "yeah", "did you know", "right?" - claims nothing of the two)."""
    named = [(int(n["start"]), int(n["end"])) for n in names]
    first_end, last_start = min(e for _, e in named), max(s for s, _ in named)
    cast = {i for a in attributes for i in range(a.start, a.end)}
    return any(
        w.isalpha()
        and first_end <= a
        and b <= last_start
        and w not in coverage.FUNCTION_WORDS
        and w not in PLAYS_CLAIM_WORDS
        and w not in AUXILIARIES
        and i not in cast
        for i, (w, (a, b)) in enumerate(zip(words.words, words.spans, strict=False))
    )


def _pronoun_plays(words: _Words) -> bool:
    """ "Does he play <a character>?", and as statements that a tag or "?" asks: "he plays <a character>,
    right?", "she's the one who played <a character>?"."""
    w = words.words
    if len(w) > 2 and w[0] in AUXILIARIES and w[1] in PRONOUN_SUBJECTS and w[2] in PLAYS_VERBS:
        return True
    if not w or w[0] not in PRONOUN_SUBJECTS | {"he's", "she's", "hes", "shes"}:
        return False
    rest = w[1:] if w[0] in PRONOUN_SUBJECTS else ["is", *w[1:]]
    if rest[:1] and rest[0] in PLAYS_VERBS | {"plays", "portrays"}:
        return True
    # "<he> is/was the <guy> who/that plays …"
    return (
        len(rest) > 4
        and rest[0] in ("is", "was")
        and rest[1] == "the"
        and rest[2] in PLAYER_NOUNS
        and rest[3] in ("who", "that")
        and rest[4] in PLAYS_VERBS | {"plays", "portrays"}
    )


def _anchor_across(words: _Words, hit: Hit, names: list[dict], store: FactStore) -> tuple[dict, bool] | None:
    """A character named after its relation word with a verb between: "how many children does <a> have?"
    (the relation of <a>), "whose daughter is <a>?" (the inverse: whose relative <a> is)."""
    if hit.key == "love_interest" and words.words[:1] in (["who"], ["whom"]) and hit.end < len(words.words):
        # "who loves <a>?", "who is in love with <a>?": the love interest is mutual in the store
        begin = words.spans[hit.end][0]
        loved = next((n for n in names if n["start"] == begin and n["entity"] == "character"), None)
        if loved is not None:
            return loved, False
    if hit.end + 1 >= len(words.words) or words.words[hit.end] not in ACROSS_VERBS:
        return None
    begin = words.spans[_past_character_title(words, hit.end + 1, store)][0]
    name = next((n for n in names if n["start"] == begin and n["entity"] == "character"), None)
    if name is None:
        return None
    if hit.start > 0 and words.words[hit.start - 1] in ("whose", "who's", "whos"):
        if _relative_clause(words, names, hit.start - 1):
            return None  # "the character <a>, whose wife is <b>": a description of <a>, no relative asked
        return name, True
    after = next((i for i, (a, _) in enumerate(words.spans) if a >= name["end"]), len(words.words))
    if _and_spouse(words.words[after : after + 3]):
        after += 3  # "how many children do <a> and his wife have?": the couple's children are <a>'s
    if words.words[hit.end] in HAVE_ASKING and words.words[after : after + 1] in (["have"], ["got"]):
        return name, False
    return None


def _love_verbs(words: _Words, names: list[dict]) -> list[Hit]:
    """ "Who did <a character> love?", "who does <a> fall for?": the love interest of the character named
    right before the verb, asked by "who" (a verb, so not in the vocabulary's relation words)."""
    # the question may open a clause after a comma ("after the diagnosis, with whom did <a> fall in love?")
    starts = [i for i in range(len(words.words)) if i == 0 or words.text[: words.spans[i][0]].rstrip().endswith(",")]
    openers = [i for i in starts if words.words[i] in ("who", "whom") or words.words[i : i + 2] == ["with", "whom"]]
    if not openers:
        return []
    clause = openers[0]
    found = []
    for name in (n for n in names if n["entity"] == "character"):
        at = next((i for i, (a, _) in enumerate(words.spans) if a >= name["end"]), len(words.words))
        if words.words[at : at + 1] and words.words[at] in LOVE_VERBS:
            end = at + 2 if words.words[at + 1 : at + 2] == ["for"] else at + 1
            if words.words[at] in FALL_VERBS and words.words[at + 1 : at + 3] == ["in", "love"]:
                end = at + 3  # "with whom did <a> fall in love?"
            if words.words[at] in FALL_VERBS and end == at + 1:
                continue  # "who did <a> fall?" is not love
            found.append(Hit("relation", "love_interest", " ".join(words.words[at:end]), at, end))
    if len(words.words) > clause + 2 and words.words[clause + 1] in LOVE_VERBS - FALL_VERBS:
        # "who loves <a character>?": the love interest is mutual in the store, so it is <a>'s
        begin = words.spans[clause + 2][0]
        if any(n["start"] == begin and n["entity"] == "character" for n in names):
            found.append(Hit("relation", "love_interest", words.words[clause + 1], clause + 1, clause + 2))
    return found


# "Who was <a> married to?", "who did <a> marry?", "who is married to <a>?": a verb of marrying whose subject or
# object is a character asks that character's spouse (bot/store.py derives spouses from a child's parents).
MARRY_VERBS = frozenset({"marry", "marries", "married", "marrying", "wed", "weds", "wedded"})
# Words that may stand between "who" and the character who marries: "who has <a> been married to?"
MARRY_AUXILIARIES = frozenset({"is", "was", "has", "had", "did", "does", "do", "will", "would", "got", "get", "been"})
SPOUSE = "spouse"
SPOUSE_NOUNS = frozenset({"wife", "husband", "spouse", "partner"})


def _marriage_verbs(words: _Words, names: list[dict], store: FactStore) -> list[Hit]:
    """A verb of marrying asked by "who" (or "is <a> married?") with a character as its subject or object: the
    spouse relation of that character, when the store holds one (otherwise the marital status stays the
    attribute asked, "I don't know"). The character must be the one who marries: in "who is the daughter of
    <a> married to?" it is the daughter, so no verb is read."""
    w = words.words
    if not w or w[0] not in ("who", "whom", *AUXILIARIES):
        return []
    found = []
    for name in (n for n in names if n["entity"] == "character"):
        # "Mrs. <a family name>" names one of the family
        chosen = people_reading.gendered_character(store, words.words, words.spans, name, GENDER_WORDS)
        matches = store.resolve(str(name["value"]), ("character",))
        character = chosen or (matches[0].id if matches else None)
        if character is None or not store.related(character, relation_keys(SPOUSE)):
            continue
        first = next((i for i, (a, _) in enumerate(words.spans) if a >= name["start"]), len(w))
        after = next((i for i, (a, _) in enumerate(words.spans) if a >= name["end"]), len(w))
        verb = after
        while verb < len(w) and verb < after + 2 and w[verb] in MARRY_AUXILIARIES:
            verb += 1
        before_name = [x for x in (w[1:first] if w[0] in ("who", "whom") else w[:first]) if x != "."]
        subject = all(x in MARRY_AUXILIARIES | AUXILIARIES or x in people_reading.HONORIFICS for x in before_name)
        if verb < len(w) and w[verb] in MARRY_VERBS and subject:
            end = verb + 2 if w[verb + 1 : verb + 2] in (["to"], ["with"]) else verb + 1
            found.append(Hit("relation", SPOUSE, " ".join(w[after:end]), after, end))
            continue
        # "who is married to <a>?", "who married <a>?"
        at = 1
        while at < first and w[at] in MARRY_AUXILIARIES:
            at += 1
        if w[0] in ("who", "whom") and at < first and w[at] in MARRY_VERBS and first - at <= 2:
            if first - at == 1 or w[at + 1] in ("to", "with"):
                found.append(Hit("relation", SPOUSE, " ".join(w[at:first]), at, first))
    return found


DESCRIBE_VERBS = frozenset({"describe", "describes", "characterize", "characterise", "characterizes", "sum"})


def _role_of_a_character(words: _Words, names: list[dict]) -> bool:
    """ "What role does <a character> play (in <our novel>)?": the part a character has in the story, said by their
    description, whichever of our works is named; never the work's card."""
    if len(names) != 1 or names[0]["entity"] != "character":
        return False
    at = next((i for i, (a, _) in enumerate(words.spans) if a >= names[0]["start"]), len(words.words))
    end = next((i for i, (_, b) in enumerate(words.spans) if b >= names[0]["end"]), at)
    before, after = words.words[max(0, at - 2) : at], words.words[end + 1 : end + 2]
    return (
        len(before) == 2
        and before[0] in ("role", "part", "roles", "parts")
        and before[1] in ("does", "did", "do")
        and bool(after)
        and after[0] in people_reading.PLAY_VERBS
    )


def _describes_character(words: _Words, names: list[dict]) -> bool:
    """A verb of describing whose object is the one character named ("... used to describe <a>", "what words
    describe <a>", "how would you sum up <a>"): what the character is like, i.e. the description (the noun
    that asks, "adjective", "words", is only the form of the answer)."""
    characters = [n for n in names if n["entity"] == "character"]
    if len(characters) != 1 or len(names) != 1:
        return False
    first = next((i for i, (a, _) in enumerate(words.spans) if a >= characters[0]["start"]), len(words.words))
    verb = first - 2 if first >= 2 and words.words[first - 1] == "up" else first - 1
    return verb >= 0 and words.words[verb] in DESCRIBE_VERBS


def _relative_clause(words: _Words, names: list[dict], at: int) -> bool:
    """ "<a name>, whose ...": the word at `at` opens a clause that describes the name before the comma."""
    begin = words.spans[at][0]
    before = words.text[:begin].rstrip()
    if not before.endswith(","):
        return False
    comma = len(before) - 1
    return any(int(n.get("end") or 0) <= comma and not words.text[int(n["end"]) : comma].strip() for n in names)


def _and_spouse(three: list[str]) -> bool:
    """ "and his wife", "and her husband": a spouse joined to the subject named before."""
    return len(three) == 3 and three[0] == "and" and three[1] in POSSESSIVE_PRONOUNS and three[2] in SPOUSE_NOUNS


def _spouse_of_relative(
    words: _Words, hits: list[Hit], names: list[dict], store: FactStore, reading: Reading
) -> Hit | None:
    """ "Who is the daughter of <a> married to?", "who did <a>'s son marry?": the spouse of the one relative the
    relation leads to (tagged as that character's spouse, so "I don't know" names the relative), never <a>'s
    spouse. None when the words are not so, or the relation leads to no one or to several."""
    w = words.words
    if not w or w[0] not in ("who", "whom", *AUXILIARIES):
        return None
    for hit in (h for h in hits if h.kind == "relation" and h.key not in ("character", SPOUSE)):
        owner: dict | None = None
        subject_end = hit.end
        if hit.end + 1 < len(w) and w[hit.end] == "of":  # "the daughter of <a>"
            begin = words.spans[hit.end + 1][0]
            owner = next((n for n in names if n["start"] == begin and n["entity"] == "character"), None)
            if owner is not None:
                subject_end = next((i for i, (a, _) in enumerate(words.spans) if a >= owner["end"]), len(w))
        else:  # "<a>'s daughter"
            begin = words.spans[hit.start][0]
            owner = next(
                (n for n in names if n["end"] <= begin and words.text[n["end"] : begin].strip() in ("'s", "s", "'")),
                None,
            )
        if owner is None:
            continue
        verb = subject_end
        while verb < len(w) and verb < subject_end + 2 and w[verb] in MARRY_AUXILIARIES:
            verb += 1
        if verb >= len(w) or w[verb] not in MARRY_VERBS:
            continue
        reached = relation_chains.middle(store, str(owner["value"]), relation_keys(hit.key))
        if len(reached) != 1:
            return None
        end = verb + 2 if w[verb + 1 : verb + 2] in (["to"], ["with"]) else verb + 1
        if not owner.get("added"):
            reading.drop.append(owner)
        reading.add("character", store.characters[reached[0]].name, owner["start"], owner["end"])
        reading.add("relation", SPOUSE, *words.chars(subject_end, end))
        reading.why.append("the spouse of a relative")
        return replace(hit, key=SPOUSE, start=min(hit.start, subject_end), end=end)
    return None


def _anchor_after(words: _Words, hit: Hit, names: list[dict], store: FactStore) -> dict | None:
    if hit.key == SPOUSE and hit.end < len(words.words):
        # "who is married to <a>?": the character right after the verb
        begin = words.spans[hit.end][0]
        spouse_of = next((n for n in names if n["start"] == begin and n["entity"] == "character"), None)
        if spouse_of is not None:
            return spouse_of
    if hit.end + 1 >= len(words.words) or words.words[hit.end] != "of":
        return None
    at = _past_character_title(words, hit.end + 1, store)
    if at >= len(words.words):
        return None
    begin = words.spans[at][0]
    for name in names:
        if name["start"] == begin:
            return name
    return _resolve_word(words, at, words.words[at], store)


# Words of a title that only says a name is a character: "the mother of (the fictional) character <a>", "how many
# sisters does <the film's title> character <a> have?".
CHARACTER_TITLE_WORDS = frozenset({"the", "a", "fictional", "main", "movie", "film", "movie's", "film's"})
CHARACTER_NOUNS = frozenset({"character", "characters"})


def _past_character_title(words: _Words, at: int, store: FactStore) -> int:
    """The first word at or after `at` past a title ending in "character" that stands before a character's name
    ("fictional character <a>", "<the film's title> character <a>"), or `at` itself when no such title is there."""
    title = tuple(tokens(store.title))
    i = at
    while i < len(words.words):
        if words.words[i] in CHARACTER_TITLE_WORDS:
            i += 1
        elif title and tuple(words.words[i : i + len(title)]) == title:
            i += len(title)
        else:
            break
    return i + 1 if i < len(words.words) - 1 and words.words[i] in CHARACTER_NOUNS else at


def _misspelt_relations(words: _Words, found: list[Hit], store: FactStore, lexicon: Lexicon) -> list[Hit]:
    """ "who is <a character>s moter?", "what is her siter's name?": a word right after a possessive (his, her, their,
    "<a name>'s", "<a name>s", "whose"), or between "the" and "of <a name>", that is a typo of a relation word is
    that relation. There a relation is expected, so a typo that elsewhere could be another word is read there only."""
    if has_japanese(words.text):
        return []
    taken = {i for hit in found for i in range(hit.start, hit.end)}
    misspelt = []
    for i in range(1, len(words.words)):
        word = words.words[i].removesuffix("'s")
        if i in taken or i - 1 in taken:
            continue
        before = words.words[i - 1]
        stem = re.sub(r"(?:'s|s|')$", "", before)
        named = stem != before and _resolve_word(words, i - 1, stem, store) is not None
        owned = before in POSSESSIVE_PRONOUNS or before == "whose" or named
        if not owned and not _of_a_name(words, i, store):
            continue
        meant = lexicon.relation_typo(word)
        if meant is not None:
            misspelt.append(Hit("relation", meant[1], meant[2][0], i, i + 1))
    return misspelt


def _of_a_name(words: _Words, at: int, store: FactStore) -> bool:
    """ "the <word> of <a name>": the word is where a relation of that name is expected too."""
    w = words.words
    if w[at - 1] != "the" or at + 2 >= len(w) or w[at + 1] != "of":
        return False
    return _resolve_word(words, at + 2, w[at + 2], store) is not None


def _resolve_word(words: _Words, index: int, word: str, store: FactStore) -> dict | None:
    if len(word) < 3:
        return None
    # A character first: in "<name>'s mother" a name shared by a character and a crew member is the character.
    matches = store.resolve(word, ("character",)) or store.resolve(word, ("person",))
    if not matches or (len(matches) > 1 and matches[0].score == matches[1].score):
        return None
    start, end = words.spans[index]
    return {"entity": matches[0].kind, "value": word, "start": start, "end": end, "added": True}


# Attributes that, asked of two characters together, ask what happens between them in the story.
COUPLE_ATTRIBUTES = frozenset({"married"})


def _couple_in_story(words: _Words, unheld: list[Hit], names: list[dict], store: FactStore, lexicon: Lexicon) -> bool:
    """ "Do <a character> and <another> get married?": a yes/no about two characters and a marriage."""
    if unheld[0].key not in COUPLE_ATTRIBUTES or not _asks_yes_or_no(words, lexicon):
        return False
    characters = {
        match.id
        for n in names
        if n["entity"] == "character"
        for match in store.resolve(str(n["value"]), ("character",))[:1]
    }
    return len(characters) == 2 and len(names) == 2


def _said_of_one_person(words: _Words, names: list[dict], said: Hit, store: FactStore, reading: Reading) -> bool:
    """ "Is <an actress> japanese?": a language or country word closing a yes/no about one named person says
    where the person is from. Yes when the person's description says it (claim `person_describes`);
    otherwise where they are from is not held ("I don't know"), never the person's description alone."""
    people = [n for n in names if n["entity"] == "person"]
    start, end = words.chars(said.start, said.end)
    if len(people) != 1 or len(names) != 1 or said.end < _tag_start(words) or start < people[0]["end"]:
        return False
    if " " in said.phrase:  # "is <an actor> in english?" says nothing of where the person is from
        return False
    match = store.resolve(str(people[0]["value"]), ("person",))[:1]
    about = store.people[match[0].id].about if match else None
    described = about is not None and about.known and said.phrase in str(about.value).lower().split()
    if described:
        reading.add("claim", f"person_describes:{said.phrase}", start, end)
        reading.intent = "ask_person"
    else:
        reading.add("attribute", "origin", start, end)
        reading.intent = "ask_fact"
    reading.why.append("yes/no a named person's origin")
    return True


# Words that open a clause of time after a yes/no clause ("... when it premiered", "... after it came out").
TIME_CLAUSE_OPENERS = frozenset({"when", "after", "once", "while"})
QUESTION_AUXILIARIES = frozenset("did does do is was are were will would can could has have had should".split())


# "do i need to ...", "do i have to ...", "should i ...", "must i ...": the asker's need or duty, asked yes or no.
SPEAKERS_NEED = (("do", "i", "need", "to"), ("do", "i", "have", "to"), ("must", "i"), ("do", "we", "need", "to"))
# The claim that the film is one of a series: earlier parts to watch first are the series' (vocabulary `claims`).
SERIES_CLAIM = "series"


def _speakers_need_asked(words: list[str]) -> bool:
    return any(tuple(words[: len(opening)]) == opening for opening in SPEAKERS_NEED)


def _time_clause(words: list[str]) -> int | None:
    """Where a clause of time after the question's own start begins ("was it a hit when it premiered?"), or None."""
    return next(
        (i for i, w in enumerate(words) if i > 1 and w in TIME_CLAUSE_OPENERS and not _inverted(words, i)), None
    )


def _inverted(words: list[str], at: int) -> bool:
    """Whether the word at `at` opens a question of its own ("... and when did it come out?"): an auxiliary right
    after it, or a joining word before it."""
    return (
        bool(words[at + 1 : at + 2]) and words[at + 1] in QUESTION_AUXILIARIES or words[at - 1] in ("and", "but", "or")
    )


# Claims that name a kind of work ("a movie"): only what the film itself is ("is it a movie?").
STORY_OUTCOME = "story_outcome"  # the vocabulary's attribute of how the story turns out for its people
SPIN_OFF = "novel_spin_off"  # the novel's part (bot/understanding/novel_reading.py NOVEL_PARTS)
FILM_CLAIM = "feature_film"  # the vocabulary's claim that it is a film, not a series
WORK_CLAIMS = frozenset({FILM_CLAIM})
FILM_SUBJECTS = frozenset({"it", "this", "that", "it's", "its", "that's", "thats"})


# What may follow a kind of work that ends the claim ("a film, right?", "a film or …"); any other word goes
# on describing it ("a film noir", "a film about …") and the kind alone is not what is asked.
AFTER_WORK_CLAIM = frozenset({"right", "yes", "correct", "or", "and", "then", "too", "though", "lol", "isnt", "isn't"})


LATER_PART_NOUNS = frozenset({"sequel", "prequel", "continuation"})


def _a_later_part_itself(words: _Words, lexicon: Lexicon) -> int | None:
    """The position of "sequel" in "is it a sequel (to/of …)?", "is <the title> a prequel?": the film itself
    said to be a later part; None otherwise."""
    said = words.words
    films = lexicon.find(said, ("film",))
    for start in [0, *_sentence_starts(words)]:
        if said[start : start + 1] in (["it's"], ["that's"]):  # "it's a prequel, isn't it?": said, then asked
            subject_end = start + 1
            if said[subject_end : subject_end + 1] in (["a"], ["the"]) and said[subject_end + 1 : subject_end + 2]:
                if said[subject_end + 1] in LATER_PART_NOUNS:
                    return subject_end + 1
            continue
        if said[start : start + 1] not in (["is"], ["was"]):
            continue
        subject_end = start + 1
        while (found := next((h.end for h in films if h.start == subject_end), None)) is not None:
            subject_end = found  # "the movie <the title>": names said one after another
        if subject_end == start + 1 or said[subject_end : subject_end + 1] not in (["a"], ["the"]):
            continue
        at = subject_end + 1
        if said[at : at + 1] and said[at] in LATER_PART_NOUNS:
            return at
    return None


def _said_of_the_film(words: _Words, hit: Hit, lexicon: Lexicon) -> bool:
    """Whether the claim `hit` follows the film as its subject ("is it / is <the title> / it's <claim>") and
    ends the clause."""
    at = hit.start
    if at < 1 or hit.end < _tag_start(words) and words.words[hit.end] not in AFTER_WORK_CLAIM:
        return False
    before = words.words[at - 1]
    if before in FILM_SUBJECTS:
        return before not in ("it", "this", "that") or at >= 2 and words.words[at - 2] in ("is", "was", "isnt")
    return any(h.end == at and h.start >= 1 for h in lexicon.find(words.words, ("film",)))


def _yes_no(
    words: _Words,
    hits: list[Hit],
    names: list[dict],
    attributes: list[Hit],
    lexicon: Lexicon,
    store: FactStore,
    reading: Reading,
) -> bool:
    """A yes/no question about a claim the store can decide: tag the claim, route to its answer."""
    if _wh_then_claim(words, hits, attributes, lexicon):
        return False  # "when does it come out? is it on <a service>?": the wh-question first, the yes/no after
    claimed = [h for h in hits if h.kind == "claim"]
    languages = [h for h in claimed if lexicon.claims[h.key].then == "ask_language"]
    if clauses.wrapped_question(words.words) and _person_pronoun_subject(words) and languages == claimed != []:
        # "I wonder if he is Japanese?": the wrapped clause asks it, of the person (a stated clause, no opener)
        return _origin_of_a_pronoun(words, languages[0], lexicon, reading)
    # "featuring <an actor>?"; "with what single did <a> win …?" is a wh-question, no fragment
    fragment = (
        words.words[0] in WITH_WORDS | {"starring"}
        and words.text.rstrip().endswith("?")
        and not person_asked.WH_OPENERS & set(words.words[1:3])
    )
    if not _asks_yes_or_no(words, lexicon) and not (fragment and any(n["entity"] == "person" for n in names)):
        return False  # "featuring <an actor>?" is a yes/no question too
    later_part = _a_later_part_itself(words, lexicon)
    if later_part is not None:
        # "is it a sequel?", "is <the title> a prequel to something?": a later part of a series, which it is not;
        # the novel it adapts after the "No" ("is there a sequel?" asks for another film: the `sequel` attribute)
        reading.intent = "ask_novel"
        reading.add("claim", f"{SERIES_CLAIM}:{words.words[later_part]}", *words.chars(later_part, later_part + 1))
        reading.why.append("yes/no the film is a later part")
        return True
    claims = [h for h in hits if h.kind == "claim"]
    new_series = next(
        (
            h
            for h in claims
            if h.key == SERIES_CLAIM
            and not PART_OF_A_SERIES & set(h.phrase.split())
            and _a_new_work(words.words, h.start)
        ),
        None,
    )  # ("are they making more episodes?": episodes are a series's, which it is not)
    if new_series is not None:
        # "will there be a new <title> series?": a later work of the story, not whether the film is a series
        reading.intent = "ask_fact"
        reading.add("topic", "sequel", *words.chars(new_series.start, new_series.end))
        reading.why.append("a new series asked: a later work")
        return True
    if _speakers_need_asked(words.words) and claims and not any(h.key == SERIES_CLAIM for h in claims):
        # "do i need to read the book first?": what the asker should do, which no fact of the film decides
        if _claim_left_open(words, store, lexicon, reading, "what the asker needs to do"):
            return True
    asking = _asking_sentence_start(words, lexicon)
    if asking:  # "Best romantic line from it. Do you have any?": the remark before the question claims nothing
        claims = [h for h in claims if h.start >= asking]
    # "Is it a thriller? Who directed it?": a wh-question after the yes/no clause is a second question,
    # answered after the claim; only the attributes before it say what the claim is about.
    later = clauses.wh_clause_after(words.words, _clause_starts(words), claims[0].start) if claims else None
    asked_here = attributes if later is None else [a for a in attributes if a.start < later]
    if later is not None:
        claims = [h for h in claims if h.start < later]
    # "was it successful when it premiered?": a clause of time after the claim says when, it asks nothing
    timed = _time_clause(words.words)
    if later is None and timed is not None and any(h.start < timed for h in [*asked_here, *claims]):
        asked_here = [a for a in asked_here if a.start < timed]
        claims = [h for h in claims if h.start < timed]
    # "is the ending sad?" is about the ending, not the genre; "is it available on hulu?" is a platform claim.
    claims = [
        h
        for h in claims
        if all(lexicon.attributes[a.key].fits_intent(lexicon.claims[h.key].then, "film") for a in asked_here)
    ]
    # "is it a movie?" says what the film is; "is there a movie after it?" asks for another one
    claims = [h for h in claims if h.key not in WORK_CLAIMS or _said_of_the_film(words, h, lexicon)]
    # "is it in japanese cinemas?": a language word right before the cinemas only says where they are ("a korean
    # drama" claims both its language and its kind)
    claims = [
        h
        for h in claims
        if not (h.key == "language" and any(o.start == h.end and o.key == "theatrical" for o in claims))
    ]
    claims = [h for h in claims if not _cinema_as_an_art(words, h) and not _japanese_place(words, h)]
    naming = [h for h in claims if _service_naming_the_film(words, h, lexicon)]
    other_deeds = [
        h
        for h in claims
        if h in naming or _service_doing_something_else(words, h, lexicon) or _service_as_a_company(words, h)
    ]
    claims = [h for h in claims if h not in other_deeds]
    if other_deeds and not claims and not (names and len(naming) == len(other_deeds)):
        # "did <a service> ruin it?": what the service did is asked, not where it is watched; no fact decides it
        # ("does the <service> film <the title> feature <an actor>?" asks of the one named, read below)
        # (the service that only says which film is meant is left out of the question said back)
        asked = _Words.of(_without_the_naming_service(words, naming))
        if _claim_left_open(asked, store, lexicon, reading, "a service's deed asked yes or no"):
            return True
    if "or" in words.words and any(h.key not in WORK_CLAIMS for h in claims):
        claims = [h for h in claims if h.key not in WORK_CLAIMS]  # "a movie or a series?": the series' answer says
    if len({h.key for h in claims}) < len(claims) and "or" in words.words:
        claims = []  # "is it in English or Japanese?" asks which, not yes or no
    if _from_a_place(words, hits, names, asked_here, lexicon, reading):
        return True
    pointed = _person_pronoun_subject(words)
    owned = _owned_by_a_pronoun(words.words)
    if owned:
        claims = []  # "did her acoustic tour do well?": a claim of her tour, never of this film
    of_works = [h for h in claims if works_of_people.kind_of_works(words.words, h.start, h.end)]
    asked_of_works = (
        works_of_people.WORKS_ATTRIBUTE_OF_CLAIM.get(lexicon.claims[of_works[0].key].then) if of_works else None
    )
    if names and asked_of_works is not None:
        # "does <an actor> play in any r rated movies?": the kind of their works, which the store does not give
        reading.intent = "ask_other_work"
        reading.add("works_attribute", asked_of_works, *words.chars(of_works[0].start, of_works[0].end))
        reading.why.append(f"a kind of someone's works asked yes or no: {asked_of_works}")
        return True
    if names or pointed:
        # "is <a character> funny?", "is <an actor> from Japan?", "is he Japanese?": the one named (or
        # pointed at: a person, never the film) is the subject, so a claim about the film's kind,
        # language or country is not what is asked
        dropped = [h for h in claims if lexicon.claims[h.key].then == "ask_language"]
        claims = [h for h in claims if lexicon.claims[h.key].then not in ("ask_genre", "ask_language")]
        if not pointed and dropped and not claims and _said_of_one_person(words, names, dropped[0], store, reading):
            return True
        if pointed and dropped and not claims:
            return _origin_of_a_pronoun(words, dropped[0], lexicon, reading)
    as_claim = None
    if not claims and not names and not pointed and not owned and len(asked_here) == 1:
        # "was it a hit?": a word that names an attribute ("how popular") and a claim is the claim here;
        # the attribute still says what the full answer is. With a second topic asked ("did critics like
        # it and was it popular?") both are answered in full instead
        as_claim = next(
            (
                a
                for a in asked_here
                for c in lexicon.claims.values()
                if a.phrase in c.words and not _a_version_watched(words, a)
            ),
            None,
        )
        claims = [
            Hit("claim", key, as_claim.phrase, as_claim.start, as_claim.end)
            for key, claim in lexicon.claims.items()
            if as_claim is not None and as_claim.phrase in claim.words
        ][:1]
    if not names and _novel_by_someone_else(words, hits, attributes, reading):
        return True  # "based on a book by <a name>": the name decides, not "based on a book"
    if _made_in_a_country(words, lexicon, reading) or _made_by_a_studio(words, store, lexicon, reading):
        return True
    if claims and has_japanese(words.text):
        # "<the title>のシーズン６は<the service>で配信されますか？": the series taken for granted decides first
        claims = sorted(claims, key=lambda h: h.key != SERIES_CLAIM)
    if claims:
        hit = claims[0]
        claim = lexicon.claims[hit.key]
        # A Japanese phrase is matched word by word (恋愛 映画) but written as one (恋愛映画).
        # "is it a romantic adventure film?", "is it in english and japanese?": every word said in the clause must
        # hold ("is it on <a>, is it on <b>?" asks twice: the second is another question)
        starts = _clause_starts(words)
        opens = max((s for s in starts if s <= hit.start), default=0)
        closes = min((s for s in starts if s > hit.start), default=len(words.words))
        said = [h for h in claims if h.key == hit.key and opens <= h.start < closes] if claim.holds == "word" else [hit]
        word = CLAIM_WORDS_JOINED.join(
            dict.fromkeys(
                claim.aliases.get(h.phrase) or claim.aliases.get(h.phrase.replace(" ", ""), h.phrase) for h in said
            )
        )
        reading.add("claim", f"{claim.key}:{word}", *words.chars(hit.start, hit.end))
        reading.intent = claim.then
        reading.why.append(f"yes/no claim {claim.key}")
        if as_claim is not None:
            for entity, value in lexicon.attributes[as_claim.key].entity.items():
                if not any(e["entity"] == entity for e in reading.entities):
                    reading.add(entity, value, *words.chars(as_claim.start, as_claim.end))
        if later is not None:
            _wh_after_claim(words, [a for a in attributes if a.start >= later], claim.then, lexicon, reading)
        if words.text.count("?") > 1:  # "how much are the tickets? is it sad?": the other question too
            _other_parts(words.text, words, hit, names, store, lexicon, reading)
        return True
    people = [n for n in names if n["entity"] == "person"]
    characters = [n for n in names if n["entity"] == "character"]
    if people and characters and _singing_a_part(words, people, characters, store, lexicon, reading):
        return True
    # "does <an actor> play <a character>?", "is <a character> played by …?", "is <an actress> the lead actress?";
    # not "did <a character>'s actress date <an actor>?": a verb of its own claims something else of the two
    if (
        people
        and characters
        and all(a.key == "cast" for a in attributes)
        and not _verb_besides_playing(words, names, attributes)
    ):
        reading.add("claim", "plays", characters[0]["start"], characters[0]["end"])
        reading.intent = "ask_who_plays"
        reading.why.append("yes/no who plays whom")
        return True
    if not names and _credit_by_someone_else(words, hits, attributes, lexicon, reading):
        return True
    if not names and _has_credit(words, attributes, lexicon, reading):
        return True
    if not names and _credit_of_credit_holder(words, attributes, hits, store, lexicon, reading):
        return True
    if not names and _credit_of_pronoun(words, attributes, lexicon, reading):
        return True
    if not names and _crew_member_yes_no(words, attributes, hits, store, lexicon, reading):
        return True
    if not people and len(characters) == 1 and _pronoun_plays(words):
        # "does he play <a character>?" after an actor: decided from the cast, of the actor talked about
        reading.add("claim", "plays", characters[0]["start"], characters[0]["end"])
        reading.intent = "ask_who_plays"
        reading.why.append("yes/no whether the person talked about plays a character")
        return True
    if len(names) == len(characters) <= 1 and _pronoun_in_a_work(
        words, hits, names, attributes, store, lexicon, reading
    ):
        return True
    if not people:
        return _yes_no_character(words, names, attributes, lexicon, reading, hits)
    relation_word = next((h for h in hits if h.kind == "relation" and h.key != "character"), None)
    if (  # "is <an actor> the dad?": his role is someone's father ("does she have kids?" is about her)
        relation_word is not None
        and not characters
        and relation_word.start > 0
        and words.words[relation_word.start - 1] == "the"
        # "is the wife of <an actor> called …?" asks of the actor's own family, not of his role
        and words.words[relation_word.end : relation_word.end + 1] != ["of"]
    ):
        reading.add("claim", f"role_relation:{relation_word.key}", *words.chars(relation_word.start, relation_word.end))
        reading.intent = "ask_person"
        reading.why.append("yes/no the actor's role is a relation")
        return True
    if _manner_in_film(words, people, names, hits, store, lexicon, reading):
        return True
    # "<題名>の作者の<名前>は、…でしょうか？": a credit before "の<名前>" says who they are, not what is asked
    attributes = [h for h in attributes if not _japanese_credit_apposed(words, h, people)]
    crew = [h for h in attributes if _crew_role_of(h, lexicon)]
    novel = [h for h in attributes if h.key in ("writer", "novel", "creator")]
    personal = any(h.key in PERSONAL_KEYS for h in attributes)  # "a degree in literature": said of the person
    if (
        novel
        and not personal
        and any(h.key == "novel" or lexicon.attributes[h.key].novel_words & set(words.words) for h in novel)
        # "is the book about <an actor>'s character?" asks what the book is about, not who wrote it
        and not _about_someone_named(words, novel[0].end, people)
    ):
        # "was the novel written by <the author>?": the novel's author, not the screenplay's
        reading.add("claim", "novel_author", *words.chars(novel[0].start, novel[0].end))
        reading.intent = "ask_novel"
        reading.why.append("yes/no the novel's author")
        return True
    if crew and len(attributes) == len(crew) and _described_role(words, crew[0], people):
        return False  # "is <a person> an Indian writer?": left open, never the credit's "Yes"
    if crew and len(attributes) == len(crew) and _beyond_the_credit(words, crew[0], hits):
        # "did <a> write in French?", "does <a> know how to read music?": no credit decides it
        form = polar_form.polar_question(words.text, lexicon.yes_no_openers, _subject_names(store, lexicon))
        if form is None:
            return False
        left_open = _left_open(form, [], reading, None)
        reading.intent, reading.entities = left_open.intent, left_open.entities
        reading.why.append("more said than the credit")
        return True
    if crew and len(attributes) == len(crew) and _what_someone_is(words, crew[0], people, lexicon, store):
        # "is <an actor> also a singer?": what he is (his description), not whether he sang this film's song
        return _person_yes_no(words, people, names, [], hits, reading)
    if crew and crew[0].start > 0 and words.words[crew[0].start - 1] in film_talk.PERSON_JUDGEMENTS:
        # "is <a> a good director?": how good, which no credit says (not whether they hold the credit)
        reading.intent = "ask_fact"
        reading.add("attribute", person_asked.ASKED_OF_PERSON, *words.chars(crew[0].start - 1, crew[0].end))
        reading.why.append("a person judged at their credit")
        return True
    if crew and len(attributes) == len(crew) and len(people) == 1 and _another_work_made(words.words, crew[0]):
        # "did <the author> write another series?": their other works, not this film's credit
        reading.intent = "ask_other_work"
        reading.why.append("yes/no over a person's other work they made")
        return True
    if crew and len(attributes) == len(crew):  # "did <the director> direct other films?" asks for other work
        song = next((h for h in crew if _crew_role_of(h, lexicon) == SONG_ROLE), None)
        if song is not None and clauses.claimed_role(words.words, song.key, SONG_ROLE) in clauses.SONG_CREDIT_CLAIMS:
            # "did <a> produce the theme song?": the song's producer, not the film's ("produce" reads as its credit)
            crew = [song, *[h for h in crew if h is not song]]
        attribute = lexicon.attributes[crew[0].key]
        role = attribute.entity.get("crew_role", "director")
        claimed_role = clauses.claimed_role(words.words, crew[0].key, role)
        entity_value = next(iter(attribute.entity.items()), None)
        # "did <X> compose the music?", "the score": the film's own music, not the songs it plays
        the_score = any(
            h.start > 0 and words.words[h.start - 1] == "the" or SCORE_VERBS & set(h.phrase.split()) for h in crew
        )
        if role == MUSIC_ROLE and not the_score and _song_artist_named(people, store):
            # "does it have <the song's first band>'s music?": the songs it plays are its music too; the song's
            # credit decides, its performer's or its original's ("did <X> compose the music?" is the score's)
            claimed_role, entity_value = SONG_CLAIM, ("crew_role", SONG_ROLE)
            start, end = words.chars(crew[0].start, crew[0].end)
            reading.drop.append({"entity": "crew_role", "value": role, "start": start, "end": end})
        reading.add("claim", f"credit:{claimed_role}", *words.chars(crew[0].start, crew[0].end))
        reading.intent = attribute.intent_for("film")
        if entity_value is not None:
            reading.add(*entity_value, *words.chars(crew[0].start, crew[0].end))
        reading.why.append("yes/no credit")
        return True
    person_starts = {n["start"] for n in people}
    with_name = [
        i
        for i, word in enumerate(words.words[:-1])
        if word in WITH_WORDS and words.spans[i + 1][0] in person_starts and (i > 0 or word not in ("has", "have"))
    ]  # "has <an actor> done …?" opens a question: that "has" is no "it has"
    worked_on = {i + 1 for i in range(len(words.words) - 1) if _worked_on(words.words, i)}
    if (IN_FILM_WORDS & set(words.words) or with_name or worked_on) and all(a.key == "cast" for a in attributes):
        # in the yes/no clause: "who is in it? is <an actress> in it?" asks the second
        tag = _tag_start(words)  # ("…, isn't she?": the closing tag opens no clause of its own)
        opened = [i for i in _clause_starts(words) if words.words[i] in lexicon.yes_no_openers and i < tag]
        asked_from = max([0, *opened])
        # not the "in" inside a name: "the actor who plays <a> in <the title>" says who is meant
        named = {i for i, span in enumerate(words.spans) if any(n["start"] <= span[0] < n["end"] for n in names)}
        at = next(
            (
                i
                for i, word in enumerate(words.words)
                if (word in IN_FILM_WORDS or i in worked_on) and i >= asked_from and i not in named
            ),
            None,
        )
        if at is None and not with_name:  # its only "in" said who is meant: no claim of being in a film
            return _person_yes_no(words, people, names, attributes, hits, reading)
        at = with_name[0] if at is None else at
        film = _film_word_indices(hits)
        tag = _tag_start(words)
        rest = [
            i
            for i in range(at + 1, tag)
            if i not in film and words.words[i] not in CLAIM_STOPWORDS and not _as_well(words.words, i)
        ]
        rest = [i for i in rest if not any(n["start"] <= words.spans[i][0] < n["end"] for n in names)]
        # "did <a> star with <b>?": beside someone named is being in the film with them, no other work
        held = {
            i
            for i, span in enumerate(words.spans)
            for n in people
            if n["start"] <= span[0] < n["end"] and store.resolve(str(n.get("value")), ("person",))
        }
        known_subject = words.words[1:2] != [] and (words.words[1] in ONE_PERSON_PRONOUNS or 1 in held)
        if known_subject:
            rest = [i for i in rest if not (words.words[i] in people_reading.BESIDE_WORDS and i + 1 in named)]
        unnamed = [h for h in hits if h.start not in named]
        if rest and not (_names_this_film(unnamed, lexicon) and not _unknown_capitals(words, names, hits, lexicon)):
            # "was <an actress> in The Makanai?": another work, decided from what she is known for; with
            # this film's title said ("was she a cast member on <the title>?") the work asked is this one
            start, end = words.chars(rest[0], rest[-1] + 1)
            # "was <an actor> in anything else?": no work named, only more of it (the person's other work)
            more = all(words.words[i] in MORE_WORK_WORDS | OTHER_WORK_WORDS for i in rest) or _works_of_a_time(
                [words.words[i] for i in rest]
            )
            reading.add("claim", "other_work" if more else "known_for:" + words.text[start:end], start, end)
            reading.intent = "ask_other_work"
            reading.why.append("yes/no in another work")
            return True
        if _duration_said(words.words):
            return False  # "did <a> act in it for five years?": how long is claimed too, which nothing decides
        reading.add("claim", IN_FILM_CLAIM, *words.chars(at, at + 1))
        reading.intent = "ask_person"
        reading.why.append(YES_NO_IN_FILM)
        return True
    return _person_yes_no(words, people, names, attributes, hits, reading)


TIME_UNITS = frozenset("year years month months week weeks day days decade decades hour hours".split())


def _duration_said(said: list[str]) -> bool:
    """ "for five years", "for a few months", "for 3 weeks": a span of time claimed."""
    return any(w == "for" and TIME_UNITS & set(said[i + 1 : i + 4]) for i, w in enumerate(said))


# The person_evidence head whose words are instruments ("play the piano"): bot/understanding/vocabulary.yml.
INSTRUMENT_EVIDENCE = "instrument"
# Words that point at the film after "in": "in it", "in the movie".
FILM_POINTERS = frozenset({"it", "movie", "film", "this", "that"})


def _manner_in_film(
    words: _Words,
    people: list[dict],
    names: list[dict],
    hits: list[Hit],
    store: FactStore,
    lexicon: Lexicon,
    reading: Reading,
) -> bool:
    """ "Is <an actor> singing in <the title>?", "did <an actor> play the piano in it?": how one person took part
    in the film, which the store does not hold unless it is their part or credit (claim_relations.manner_in_film).
    Undecided: "I don't know that about <the person>", never the cast card's yes or the song credit's no."""
    if len(people) != 1:
        return False
    after = _word_after(words, int(people[0]["end"]))
    film = _film_word_indices(hits)
    at = next(
        (i for i in range(after, len(words.words)) if words.words[i] in ("in", "on") and _film_next(words, i, film)),
        None,
    )
    if at is None:
        return False
    found = store.resolve(str(people[0].get("value") or ""), ("person",))
    sings = bool(found) and _credited_for_singing(found[0].id, store, lexicon)
    instruments = frozenset(lexicon.person_evidence.get(INSTRUMENT_EVIDENCE, ()))
    named = {i for i, span in enumerate(words.spans) if any(n["start"] <= span[0] < n["end"] for n in names)}
    manner = claim_relations.manner_in_film(words.words, range(after, at), sings, instruments, named.__contains__)
    if manner is None:
        return False
    _unheld_part_claim(words, people[0], manner, reading)
    reading.why.append(f"yes/no a manner of taking part the store does not hold ({words.words[manner]!r})")
    return True


def _singing_a_part(
    words: _Words, people: list[dict], characters: list[dict], store: FactStore, lexicon: Lexicon, reading: Reading
) -> bool:
    """ "Did <an actress> sing all the voices of <a character>?": singing as a part, not the song. The store holds
    who plays whom and who sang the song; whether an actor sang a character's songs it does not hold (unless the
    one named is the song's singer)."""
    if len(people) != 1:
        return False
    after = [i for i, span in enumerate(words.spans) if people[0]["end"] <= span[0] < characters[0]["start"]]
    sung = next((i for i in after if words.words[i] in claim_relations.SINGING_WORDS), None)
    found = store.resolve(str(people[0].get("value") or ""), ("person",))
    if sung is None or (found and _credited_for_singing(found[0].id, store, lexicon)):
        return False
    _unheld_part_claim(words, people[0], sung, reading)
    reading.why.append("yes/no singing a character's part, which the store does not hold")
    return True


def _unheld_part_claim(words: _Words, person: dict, verb: int, reading: Reading) -> None:
    """The claim, from the person to the end of the question, that they took part in a way the store does not
    hold (the word at `verb`): answered "I don't know that about <the person>"."""
    end = len(words.text.rstrip(" ?!."))
    reading.add("claim", f"{claim_relations.UNHELD_RELATION}:{words.words[verb]}", person["start"], end)
    reading.intent = UNHELD_CLAIM_INTENT


def _film_word_indices(hits: list[Hit]) -> frozenset[int]:
    """The indices of the words that name this film."""
    return frozenset(i for h in hits if h.kind == "film" for i in range(h.start, h.end))


def _film_next(words: _Words, at: int, film: frozenset[int]) -> bool:
    """Whether the film follows the word at `at` ("in <the title>", "in the movie", "in it")."""
    rest = [i for i in range(at + 1, len(words.words)) if words.words[i] not in CLAIM_STOPWORDS - FILM_POINTERS]
    return bool(rest) and (rest[0] in film or words.words[rest[0]] in FILM_POINTERS)


def _credited_for_singing(person_id: str, store: FactStore, lexicon: Lexicon) -> bool:
    """Whether the person holds a credit whose words are verbs of singing (the theme song's)."""
    roles = {credit.role for credit in store.crew_roles_of(person_id)}
    return any(
        attribute.entity.get("crew_role") in roles and claim_relations.SINGING_WORDS & set(attribute.words)
        for attribute in lexicon.attributes.values()
    )


def _worked_on(words: list[str], at: int) -> bool:
    """ "<a name> worked on <the film>": a verb of working and "on" (not "worked on <a name>'s team")."""
    return words[at] in WORKED_ON_VERBS and words[at + 1] == "on"


# "Have <a> and <b> starred in a movie together?": words of acting or of a film, which make "together" a film shared
# ("did <a> and <b> go to school together?" asks something else).
SHARED_FILM_WORDS = frozenset(
    """starred star stars acted act acts appeared appear appears been played play movie movies film films costar
    costarred co-star co-starred""".split()
)


def _together_in_this_film(
    words: _Words, names: list[dict], store: FactStore, lexicon: Lexicon, reading: Reading
) -> bool:
    """ "Have <a> and <b> ever starred in a movie together?", "did <a> and <b> act together?": whether two or more
    of the film's people shared a film, which this one answers (claim `in_film`: yes when every one named is in
    it). A name the store lacks leaves it to the other readers (their work is unknown)."""
    if "together" not in words.words or not SHARED_FILM_WORDS & set(words.words):
        return False
    people = [n for n in names if n.get("entity") == "person"]
    if len(people) < 2 or not all(store.resolve(str(n.get("value") or ""), ("person",)) for n in people):
        return False
    if not _asks_yes_or_no(words, lexicon):
        return False
    at = words.words.index("together")
    reading.add("claim", IN_FILM_CLAIM, *words.chars(at, at + 1))
    reading.intent = "ask_person"
    reading.why.append("yes/no the people named together in a film: this one")
    return True


# A person's pronoun as the subject of "<he> (is) from <a place>"; words between the subject and "from".
FROM_SUBJECTS = frozenset({"he", "she", "he's", "she's", "hes", "shes"})
BEFORE_FROM = frozenset({"is", "was", "originally", "really", "actually", "also", "not", "isnt", "wasnt"})


def _from_a_place(
    words: _Words, hits: list[Hit], names: list[dict], attributes: list[Hit], lexicon: Lexicon, reading: Reading
) -> bool:
    """ "Is he from <a place>?", "isn't she from <a place>?", "<a person> is originally from <a place>, right?":
    where a person comes from, answered from the store's birthplace or hometown (actions/birth.py) or "I don't
    know" naming it, never the person's description as if it said. Not of a character, nor "what movie is he
    from?" (no yes/no), nor "is she from the movie?"."""
    people = [n for n in names if n["entity"] == "person"]
    if attributes or len(names) != len(people) or len(people) > 1 or "from" not in words.words:
        return False
    at = words.words.index("from")
    if at + 1 >= _tag_start(words) or any(h.kind == "film" and h.start > at for h in hits):
        return False  # nothing said after "from", or a film ("is he from the movie?")
    subject = at - 1
    while subject >= 0 and words.words[subject] in BEFORE_FROM:
        subject -= 1
    if subject < 0:
        return False
    if people:
        if words.spans[subject][1] != int(people[0]["end"]):
            return False
    elif words.words[subject] not in FROM_SUBJECTS:
        return False
    end = _tag_start(words)
    while end - 1 > at + 1 and words.words[end - 1] in lexicon.yes_no_tags:
        end -= 1  # "…, right?"
    reading.add("attribute", "birthday", *words.chars(at, end))
    reading.intent = "ask_fact"
    reading.why.append("yes/no where a person is from")
    return True


# Words between "is he" and "in" that keep the question one of being in a work: "has she ever been in …?".
IN_WORK_LINKS = frozenset({"ever", "also", "been", "still", "too", "really", "actually", "even"})


def _pronoun_in_a_work(
    words: _Words,
    hits: list[Hit],
    names: list[dict],
    attributes: list[Hit],
    store: FactStore,
    lexicon: Lexicon,
    reading: Reading,
) -> bool:
    """ "Is he in a band?", "has she been in any dramas?", "is the lead actor in <a title>?": whether the person
    a pronoun points at (or a part's actor) is in another work or a group, decided like a named person's (claim
    `known_for:<words>` or `other_work`), never refused. Only when the words after "in" name a kind of work,
    more work, or a work of the store's people ("is he in love?" is no work)."""
    if any(a.key != "cast" for a in attributes) or any(h.kind in ("relation", "claim") for h in hits):
        return False
    start = _after_reaction(words)
    w = words.words
    subject = _subject_after_verb(words, start, names, store)
    if subject is None:
        return False
    after, actor = subject
    end = _tag_start(words)
    while end > start and w[end - 1] in lexicon.yes_no_tags:
        end -= 1
    at = next((i for i in range(after, end) if w[i] in ("in", "on")), None)
    if at is None or any(w[i] not in IN_WORK_LINKS for i in range(after, at)):
        return False
    on = w[at] == "on"  # "was she on <a title>?": only a title is a work one is on ("on a break" is none)
    film = _film_word_indices(hits)
    rest = [i for i in range(at + 1, end) if i not in film and w[i] not in CLAIM_STOPWORDS and not _as_well(w, i)]
    if not rest and actor is None and w[at] == "in" and not _duration_said(w):
        # "is she in it?", "was he also in <the title>?": whether the one talked about is in this film
        reading.add("claim", IN_FILM_CLAIM, *words.chars(at, at + 1))
        reading.intent = "ask_person"
        reading.why.append("yes/no the person pointed at in the film")
        return True
    if not rest:
        return False
    first, last = words.chars(rest[0], rest[-1] + 1)
    said = words.text[first:last]
    # a kind of work ("dramas"), or a group a description may name ("a band": person_evidence's heads)
    media = {word for forms in lexicon.work_media.values() for word in forms} | set(lexicon.person_evidence)
    more = all(w[i] in MORE_WORK_WORDS | OTHER_WORK_WORDS for i in rest)
    asked = " ".join(w[i] for i in rest)
    known = (len(rest) > 1 or len(asked) > 5) and any(f" {asked} " in f" {t} " for t in _work_titles(store))
    titled = said[:1].isupper() or known
    if not (more or titled or {w[i] for i in rest} & media) or on and not known:
        return False
    if actor is not None:  # "is the lead actor in …?": the actor, not the character
        (begin, stop), person, entity = actor
        reading.add("person", store.people[person].name, begin, stop)
        if entity is not None:
            reading.drop.append(entity)
    reading.add("claim", "other_work" if more else "known_for:" + said, first, last)
    reading.intent = "ask_other_work"
    reading.why.append("yes/no the person pointed at in another work")
    return True


def _subject_after_verb(
    words: _Words, start: int, names: list[dict], store: FactStore
) -> tuple[int, tuple[tuple[int, int], str, dict | None] | None] | None:
    """Where the words after a yes/no's person subject begin: a pronoun ("is he …"), or a part named through its
    performer ("is the actress who plays <a character> …"), with that actor; None for any other subject."""
    w = words.words
    if clauses.pronoun_subject(w[start:]):
        return (start + 2, None) if not names else None
    asked = _tag_start(words) < len(w) or w[-1] in ("right", "yes", "correct") or words.text.rstrip().endswith("?")
    if not names and clauses.stated_pronoun_subject(w[start:]) and asked:
        return start + 2, None  # "she was in <a title>, right?": a statement the tag or "?" turns into a yes/no
    if start + 1 >= len(w) or w[start] not in clauses.YES_NO_VERBS:
        return None
    found = people_reading.actors_named_by_role(w, words.spans, names, store)
    # right after the verb, or after its determiner ("is the girl who plays <a character> …": from "girl")
    begins = {words.spans[start + 1][0]}
    if w[start + 1] in ("the", "that", "this") and start + 2 < len(w):
        begins.add(words.spans[start + 2][0])
    if len(found) != 1 or found[0][0][0] not in begins:
        return None
    stop = found[0][0][1]
    after = next((i for i, span in enumerate(words.spans) if span[0] >= stop), len(w))
    return after, found[0]


def _work_titles(store: FactStore) -> list[str]:
    return [" ".join(tokens(work.title)) for p in store.people.values() for work in p.known_for]


def _what_someone_is(words: _Words, crew: Hit, people: list[dict], lexicon: Lexicon, store: FactStore) -> bool:
    """ "Is <a person> (also) a singer?": a role noun after "a"/"an" says what the person is, not a credit of
    this film, unless the one named holds that credit ("is <the composer> a composer?" is still yes)."""
    if crew.start == 0 or words.words[crew.start - 1] not in ("a", "an") or len(people) != 1:
        return False
    role = _crew_role_of(crew, lexicon)
    credit = store.crew.get(role) if role else None
    matches = store.resolve(str(people[0].get("value")), ("person",))
    return not (credit is not None and matches and matches[0].id in credit.people)


def _described_role(words: _Words, crew: Hit, people: list[dict]) -> bool:
    """ "Is <a person> an Indian writer?", "… was also a historical writer?": a role noun with a describing word
    between it and "a"/"an", after a copula or "also", says a kind of the role no credit decides (not a judgement:
    "a good director" is judged elsewhere; not a name: "is <a song> a <singer> song?")."""
    first = max(0, crew.start - DESCRIBING_WORDS_BEFORE_ROLE - 1)
    described = words.words[first : crew.start]
    article = max((i for i, word in enumerate(described) if word in ("a", "an")), default=None)
    if article is None or article == len(described) - 1 or len(people) != 1:
        return False
    if set(described[article + 1 :]) & (film_talk.PERSON_JUDGEMENTS | coverage.FUNCTION_WORDS):
        return False
    article_at = first + article
    name_start = int(people[0].get("start") or 0)
    if words.chars(article_at, crew.start)[0] <= name_start:
        return False
    return article_at > 0 and words.words[article_at - 1] in LINKS_BEFORE_A_ROLE


def _beyond_the_credit(words: _Words, crew: Hit, hits: list[Hit]) -> bool:
    """Whether a credit word says more than the credit: the language of the deed right after it ("write in
    French"), an ability ("know how to read music") or a career ("a career as a composer")."""
    said = words.words
    in_a_language = any(
        h.kind == "claim" and h.key == "language" and h.start == crew.end + 1 and said[crew.end] == "in" for h in hits
    )
    before = set(said[max(0, crew.start - 3) : crew.start])
    able = {"how", "to"} <= before
    career = "as" in before and "career" in said[max(0, crew.start - 4) : crew.start]
    return in_a_language or able or career


# What links a subject to the role that describes it: "is an Indian writer", "was also a historical writer".
LINKS_BEFORE_A_ROLE = frozenset({"is", "was", "are", "were", "also", "be", "been"})
DESCRIBING_WORDS_BEFORE_ROLE = 2  # "a famous historical writer"


# Words of a person's other work: "has <an actress> done any dramas?" asks for her other work, not a description.
OTHER_WORK_WORDS = frozenset(
    {"any", "other", "else", "anything", "dramas", "drama", "films", "movies", "shows", "series", "anime", "roles"}
)


SENTENCE_STOP = re.compile(r"[.!?](?=\s|$)")
# Questions after a sentence naming someone that ask what the assistant knows of them.
KNOWLEDGE_QUESTIONS = frozenset(
    {("do", "you", "know"), ("have", "you", "heard"), ("can", "you", "tell"), ("could", "you", "tell")}
)


def _credit_pointed(words: _Words, entities: list[dict[str, Any]]) -> bool:
    """ "Can you tell me who sings the song at the end?": who made a credit of the film named with "the" ("the song",
    "the music") is this film's credit, whatever the classifier refused; not "the score of <another film>" nor "the
    title of the song we're listening to"."""
    if not WHO_WORDS & set(words.words):
        return False
    for entity in entities:
        if entity.get("entity") != "crew_role" or entity.get("start") is None:
            continue
        before = tokens(words.text[: int(entity["start"])])[-1:]
        after = tokens(words.text[int(entity.get("end") or entity["start"]) :])[:1]
        if before == ["the"] and after not in (["of"], ["for"], ["from"]):
            return True
    return False


# Verbs of making a film said of a person: "did <a> make the movie?".
FILM_MAKING_VERBS = frozenset({"make", "made", "makes"})


def _person_yes_no(
    words: _Words, people: list[dict], names: list[dict], attributes: list[Hit], hits: list[Hit], reading: Reading
) -> bool:
    """ "Is <an actress> a model?", "did <an author> go to university?": a yes/no about one person that
    no other rule reads is decided from the person's description (claim `person_describes:<words>`):
    yes when it says so, otherwise "I don't know", never the description alone as if it answered."""
    if attributes or len(people) != 1 or len(names) != 1 or any(h.kind in ("relation", "claim") for h in hits):
        return False
    film = _film_word_indices(hits)
    stop = SENTENCE_STOP.search(words.text, int(people[0]["end"]))
    if stop is not None and tuple(tokens(words.text[stop.end() :])[:3]) in KNOWLEDGE_QUESTIONS:
        return False  # "It's <a director>. Do you know him?": whether the assistant knows him, no description
    after = [
        i
        for i, span in enumerate(words.spans)
        if span[0] >= people[0]["end"] and i < _tag_start(words) and i not in film
    ]
    said = [words.words[i] for i in after if words.words[i] not in CLAIM_STOPWORDS | IN_FILM_WORDS | WITH_WORDS]
    if not said or len(said) > 5 or has_japanese(words.text) or OTHER_WORK_WORDS & set(said):
        return False
    if film_talk.assistants_liking_asked(words.words):
        return False  # "do you like <an actor> as an actor?": the assistant's taste, not a description to check
    start, end = words.chars(after[0], after[-1] + 1)
    named_film = any(h.kind == "film" and h.phrase not in FILM_PRONOUNS for h in hits)
    if set(said) <= FILM_MAKING_VERBS and named_film:
        # "did <a> make the movie <the title>?": the one who made a film is its director
        reading.add("claim", "credit:director", start, end)
        reading.add("crew_role", "director", start, end)
        reading.intent = "ask_director"
        reading.why.append("yes/no: made the film")
        return True
    reading.add("claim", "person_describes:" + " ".join(said), start, end)
    reading.intent = "ask_person"
    reading.why.append("yes/no about a person")
    return True


def _origin_of_a_pronoun(words: _Words, said: Hit, lexicon: Lexicon, reading: Reading) -> bool:
    """ "Is he Japanese?": a language or country said of a person is where they are from (not held)."""
    if "origin" not in lexicon.attributes:
        return False
    reading.intent = "ask_fact"
    reading.add("attribute", "origin", *words.chars(said.start, said.end))
    reading.why.append("yes/no a person's origin")
    return True


def _person_pronoun_subject(words: _Words) -> bool:
    """ "Is he …?", "was she …?", "does he …?", and stated "she is …?" (also after "I wonder if"): a person or
    character is the subject, not the film."""
    w = words.words
    # "I wonder if he is <X>?", "do you think she's <X>?": the clause the wrapper opens is stated, and asked
    at = next((len(wrapper) for wrapper in clauses.WRAPPERS if tuple(w[: len(wrapper)]) == wrapper), 0)
    stated = len(w) > at + 1 and (w[at] in {"he", "she"} and w[at + 1] in AUXILIARIES or w[at] in {"he's", "she's"})
    return stated or any(
        (w[i] in {"he", "she"} and w[i - 1] in AUXILIARIES) or _people_described(w, i) for i in range(1, len(w))
    )


def _people_described(w: list[str], at: int) -> bool:
    """ "Are they more asian or mixed?": "they" described by the copula before it, as people are (never "are they
    speaking japanese?", "are they in english?": what the film's people do, or its parts)."""
    return (
        w[at] == "they"
        and w[at - 1] in {"are", "were"}
        and at + 1 < len(w)
        and not w[at + 1].endswith("ing")
        and w[at + 1] not in {"in", "on", "from"}
    )


# Nouns a possessive subject may have that stand for this film or its part ("was her film a success?", "is her
# character sick?" in its conversation).
OWNED_FILM_NOUNS = frozenset({"film", "movie", "new", "latest", "character", "role", "part"})


def _owned_by_a_pronoun(w: list[str]) -> bool:
    """ "Did her strictly acoustic tour do well?", "was his album a hit?": the yes/no question's subject is a thing of
    a person's, which its noun names; no claim of it is this film's."""
    if len(w) < 4 or w[0] not in AUXILIARIES or w[1] not in POSSESSIVE_PRONOUNS:
        return False
    return not OWNED_FILM_NOUNS & set(w[2:5])


# Words of one character's description a refused "who is the <...>?" must say to be that character.
DESCRIBED_OUT_OF_SCOPE = 2
# Words that open what describes "the <noun>": "the painter who was given a year to live", "the girl with ...".
DESCRIPTION_OPENERS = frozenset({"who", "that", "with", "whose", "whom"})


def _before_description(words: _Words, attributes: list[Hit]) -> list[Hit]:
    """The attributes before the clause that describes "the <noun>": a year inside "who was given a year to live"
    describes the one asked for, it is not asked."""
    w = words.words
    if "the" not in w[:4]:
        return attributes
    at = next((i for i in range(w.index("the") + 1, len(w)) if w[i] in DESCRIPTION_OPENERS), len(w))
    return [h for h in attributes if h.start < at]


def _described_character(
    words: _Words, attributes: list[Hit], store: FactStore, lexicon: Lexicon, reading: Reading, min_score: int = 1
) -> bool:
    """ "Who plays the sick girl?", "who's the lady at the flower shop?": a character by description.

    The words after "the" are looked up in each character's name, aliases and description (with
    the lexicon's synonyms); "girl"/"boy" must fit the actor. Tagged only when one character fits best.
    """
    # "what's the name of the sick girl?" asks who she is
    named = characters_asked.opening_of(words.words, characters_asked.NAME_OF_OPENINGS)
    asks_who = words.words[0] in WHO_WORDS or bool(PLAY_WORDS & set(words.words)) or named > 0
    said = words.words[named:]
    # "the" early: "who plays the …", "who's the …" (not "who's acting in it besides the two leads?")
    if not asks_who or "the" not in said[:4] or any(a.key not in DESCRIBING_ATTRIBUTES for a in attributes):
        return False
    described_at = named + said.index("the") + 1
    after = words.words[described_at:]
    film_words = film_name_words(store, lexicon)
    if _of_the_film(after, film_words):
        return False  # "who is the owner of <the title>?": the film's owner, no character's role
    character = _character_described_by(after, film_words, store, lexicon, min_score)
    if character is None:
        return False
    start = words.spans[described_at][0]
    reading.add("character", character.name, start, len(words.text.rstrip(" ?!.")))
    reading.intent = "ask_who_plays" if PLAY_WORDS & set(words.words) else "ask_character"
    reading.why.append(f"described: {character.id}")
    return True


def _character_described_by(
    described: list[str],
    film_words: frozenset[str],
    store: FactStore,
    lexicon: Lexicon,
    min_score: int = 1,
    stems: bool = False,
) -> Character | None:
    """The one character whose name, aliases and description share the most of the describing words (with the
    lexicon's synonyms; "girl"/"boy" must fit the actor), or None when none or several fit best. The film's own
    name ("the sick girl in <the title>") describes no one. With `stems`, a verb's inflection matches too (a clause's
    "draws" the description's "drawing"): only for a relative clause, whose verbs describe."""
    gender = {GENDER_WORDS[w] for w in described if w in GENDER_WORDS}
    content = [
        w
        for w in described
        if w not in DESCRIPTION_STOPWORDS and w not in GENDER_WORDS and len(w) > 3 and w not in film_words
    ]
    if not content or len(gender) > 1:
        return None
    scores: dict[str, int] = {}
    for character in store.characters.values():
        if gender and not any(store.people[c.actor].pronoun in gender for c in store.actor_of(character.id)):
            continue
        description = character.description
        text = " ".join([character.name, *character.aliases, str(description.value if description else "")])
        said = set(re.findall(r"[a-z]+", text.lower()))
        said_stems = {stem(w) for w in said} if stems else set()
        score = sum(1 for w in content if lexicon.same_as(w) & said or stem(w) in said_stems)
        if score:
            scores[character.id] = score
    ranked = sorted(scores.items(), key=lambda item: -item[1])
    if not ranked or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]) or ranked[0][1] < min_score:
        return None
    return store.characters[ranked[0][0]]


def _of_the_film(words: list[str], film_words: frozenset[str]) -> bool:
    """The first noun phrase of `words` is owned by the film: "owner of <the title>", "the producer of the movie"."""
    if "of" not in words:
        return False
    owner = [w for w in words[words.index("of") + 1 :] if w not in ("the", "this", "that")][:1]
    return bool(owner) and (owner[0] in film_words or owner[0] in described_film.FILM_HEADS or owner[0] == "it")


def _later_yes_no(
    words: _Words,
    hits: list[Hit],
    attributes: list[Hit],
    lexicon: Lexicon,
    reading: Reading,
    current: str = FALLBACK,
    kind: str = "film",
) -> None:
    """ "How long is it and is it on <a service>?": a yes/no claim in a second clause, answered second."""
    opener = next(
        (
            i
            for i in range(1, len(words.words) - 1)
            if words.words[i] in ("and", "but")
            and words.words[i + 1] in lexicon.yes_no_openers
            # "what is it about? is it a comedy or a horror?": a second sentence
            or words.words[i] in lexicon.yes_no_openers
            and words.text[words.spans[i - 1][1] : words.spans[i][0]].strip() in ("?", ".", "!")
        ),
        None,
    )
    if opener is None or not any(a.start < opener for a in attributes):
        return
    claim = next((h for h in hits if h.kind == "claim" and h.start > opener), None)
    if claim is None or any(e["entity"] == "claim" for e in reading.entities):
        return
    then = lexicon.claims[claim.key].then
    word = lexicon.claims[claim.key].aliases.get(claim.phrase, claim.phrase)
    start, end = words.chars(claim.start, claim.end)
    reading.add("claim", f"{claim.key}:{word}", start, end)
    if not any(e["entity"] == "also_ask" and e["value"] == then for e in reading.entities):
        reading.add("also_ask", then, start, end)
    first = lexicon.attributes[attributes[0].key].intent_for(kind)
    if (reading.intent or current) == then and first not in (then, UNHELD):
        reading.intent = first  # "when does it come out? is it on <a service>?": the first question first
    reading.why.append(f"then yes/no claim {claim.key}")


def _unknown_capitals(words: _Words, names: list[dict], hits: list[Hit], lexicon: Lexicon) -> bool:
    """Whether a capitalised word mid-sentence is none of the names found, this film's title or an
    ordinary name: someone or something else ("does <another actor> star with <an actor> in it?")."""
    film = _film_word_indices(hits)
    for i, span in enumerate(words.spans):
        if i == 0 or i in film or not words.words[i].isalpha() or words.words[i] in lexicon.ordinary_names:
            continue
        if proper_names.capitalised(words.text, span) and not any(n["start"] <= span[0] < n["end"] for n in names):
            return True
    return False


def _names_this_film(hits: list[Hit], lexicon: Lexicon) -> bool:
    """Whether the message names this film by a title (not only "it" or "the movie", which may stand
    before another title)."""
    return any(h.kind == "film" and h.phrase in lexicon.film_titles for h in hits)


# Words between two characters' names and a relation word that leave the claim one of being related ("is <a> really
# <b>'s dad?", "are <a> and <b> both siblings?"); any other word is a verb of its own ("remind <b> of her father").
RELATION_CLAIM_GLUE = CLAIM_STOPWORDS | frozenset(
    """really actually truly also both each other one another related not just ever still her his their date dates
    dating dated love loves loved marry marries married become becomes became act acts acted as is are was were be
    been being am have has had do does did same""".split()
)


def _relation_by_another_verb(words: _Words, names: list[dict], hits: list[Hit], relation: dict) -> int | None:
    """ "Are you sure <a> didn't remind <b> of her father?": a content word between the first character's name and
    the relation word that is no name, relation, film or claim glue word: the question's own verb, whose position
    is returned."""
    first = min((n for n in names if n["entity"] == "character"), key=lambda n: int(n["start"]))
    named = {i for n in names for i, span in enumerate(words.spans) if int(n["start"]) <= span[0] < int(n["end"])}
    spoken = {i for h in hits if h.kind in ("relation", "film") for i in range(h.start, h.end)}
    between = [
        i
        for i, span in enumerate(words.spans)
        if int(first["end"]) <= span[0] and span[1] <= int(relation["start"]) and i not in named | spoken
    ]
    return next((i for i in between if words.words[i].isalpha() and words.words[i] not in RELATION_CLAIM_GLUE), None)


def _verb_after_apposition(words: _Words, names: list[dict], hits: list[Hit], relation: dict) -> bool:
    """ "Does <a>'s sister <b> die?": a relation anchored before the last name, and a word after that name
    that is no relation, film or filler word: the claim is that word's, said of <b>."""
    last = max((n for n in names if n["entity"] == "character"), key=lambda n: int(n["end"]))
    if int(relation["start"]) > int(last["start"]):
        return False
    spoken = {i for h in hits if h.kind in ("relation", "film") for i in range(h.start, h.end)}
    # "was <a> married to <b> on <the title>": the preposition before the film says where, no verb of <b>'s
    spoken |= {h.start - 1 for h in hits if h.kind == "film" and words.words[h.start - 1 : h.start] in FILM_PLACES}
    after = [i for i, span in enumerate(words.spans) if span[0] >= int(last["end"]) and i < _tag_start(words)]
    return any(words.words[i] not in CLAIM_STOPWORDS and i not in spoken for i in after)


def _listed_names_end(text: str, names: list[dict], first: dict) -> int:
    """Where the subject ends when it lists characters ("<a> and <b> appear in it"): after the last name joined to
    the first by "and" or a comma, so that the names are the subject, not words claimed of the first."""
    end = int(first["end"])
    for entity in sorted(names, key=lambda e: int(e["start"])):
        if entity.get("entity") == "character" and int(entity["start"]) > end:
            if not LISTED_NAMES_GLUE.fullmatch(text[end : int(entity["start"])]):
                break
            end = int(entity["end"])
    return end


LISTED_NAMES_GLUE = re.compile(r"\s*(?:,\s*)?(?:and|&)?\s*", re.IGNORECASE)


# The prepositions that place a character in a film ("<a> on <the title>", "<a> from <the title>").
FILM_PLACES = (["on"], ["from"], ["in"])


def _asking_sentence_first(words: _Words, attributes: list[Hit], store: FactStore) -> list[Hit]:
    """ "…その曲を聴いて…気になりました。<名前>の他の曲を教えてください。": of a Japanese message of several
    sentences, what the last asking sentence names is what is asked; the telling ones before it only set the scene."""
    if len(attributes) < 2 or not has_japanese(words.text):
        return attributes
    spans = japanese_coverage.sentences(words.text, japanese_titles_said(words.text, store))
    asking = [(a, b) for a, b in spans if japanese_coverage.asks(words.text[a:b])]
    if len(spans) < 2 or not asking:
        return attributes
    start, end = asking[-1]
    inside = [h for h in attributes if start <= words.chars(h.start, h.end)[0] < end]
    return [*inside, *(h for h in attributes if h not in inside)]


def _japanese_credit_apposed(words: _Words, hit: Hit, people: list[dict[str, Any]]) -> bool:
    """A Japanese credit word right before "の<a person's name>" ("作者の<名前>は…"): it names the person by
    their credit, and the question asks something else of them."""
    if not has_japanese(words.text) or hit.end + 1 >= len(words.words) or words.words[hit.end] != "の":
        return False
    return any(int(person["start"]) == words.spans[hit.end + 1][0] for person in people)


def _yes_no_character(
    words: _Words,
    names: list[dict],
    attributes: list[Hit],
    lexicon: Lexicon,
    reading: Reading,
    hits: list[Hit] | None = None,
) -> bool:
    """ "Is <a character> sick?", "is <a character>'s mom a nurse?": a claim decided from the description."""
    if has_japanese(words.text):
        return False  # the claim is read from English words (CLAIM_STOPWORDS); <名前>のお父さん役は？ is no claim
    relation = next((e for e in reading.entities if e["entity"] == "relation"), None)
    two = sum(1 for n in names if n["entity"] == "character") >= 2
    unanchored = next((h for h in hits or [] if h.kind == "relation" and h.key != "character"), None)
    if relation is None and two and unanchored is not None and unanchored.start > 0:
        # "are <a character> and <another> siblings?", "do <a> and <b> have the same parents?": the
        # relation word is said of both names, with no "'s" to anchor it to one
        relation = {"entity": "relation", "value": unanchored.key}
        relation["start"], relation["end"] = words.chars(unanchored.start, unanchored.end)
        reading.add("relation", unanchored.key, relation["start"], relation["end"])
    if relation is not None and not two and _having_relative(words, relation, hits or []):
        # "does <a character> have a sister?": whether the store holds one, the relative's card after the yes
        reading.add("claim", f"has_relative:{relation['value']}", relation["start"], relation["end"])
        reading.intent = "ask_character"
        reading.why.append("yes/no whether a character has a relative")
        return True
    if relation is not None and two and _verb_after_apposition(words, names, hits or [], relation):
        return False  # "does <a>'s friend <b> marry?": whether <b> marries, not whether <b> is <a>'s friend
    verb = _relation_by_another_verb(words, names, hits or [], relation) if relation is not None and two else None
    if verb is not None:
        # "didn't <a> remind <b> of her father?": what <a> did, not whether <a> is <b>'s father; nothing holds it
        reading.intent = "ask_fact"
        reading.entities = [e for e in reading.entities if e.get("entity") != "relation"]
        reading.add("attribute", person_asked.ASKED_OF_PERSON, *words.chars(verb, verb + 1))
        reading.why.append(f"a relation said with another verb: {words.words[verb]}")
        return True
    if relation is not None and two and _someone_besides(words, names):
        # "did <a> have a girlfriend before <b>?": another relative than the one named, whom the store does not hold
        reading.intent = "ask_fact"
        reading.entities = [e for e in reading.entities if e.get("entity") != "relation"]
        reading.add("attribute", person_asked.ASKED_OF_PERSON, relation["start"], relation["end"])
        reading.why.append("a relative besides the one named")
        return True
    if relation is not None and two:
        # "is <a character> <another>'s friend?": decided from the store's relations
        reading.add("claim", f"related:{relation['value']}", relation["start"], relation["end"])
        reading.intent = "ask_character"
        reading.why.append("yes/no relation between characters")
        return True
    subject = relation or next(iter(names), None)
    if subject is None or any(lexicon.attributes[a.key].intent_for("character") != "ask_character" for a in attributes):
        return False
    subject_end = subject["end"] if subject is relation else _listed_names_end(words.text, names, subject)
    after = [i for i, span in enumerate(words.spans) if span[0] >= subject_end and i < _tag_start(words)]
    film = {i for h in hits or [] if h.kind == "film" for i in range(h.start, h.end)}
    film |= {i - 1 for i in film if i > 0 and words.words[i - 1] == "from"}  # "<a character> from <the title>"
    claimed = [words.words[i] for i in after if words.words[i] not in CLAIM_STOPWORDS and i not in film]
    in_film = IN_FILM_WORDS & {words.words[i] for i in after}
    if in_film and set(claimed) <= IN_FILM_WORDS and subject is not relation:
        # "did <a character> appear in the movie?": whether the film has the character
        reading.add("claim", IN_FILM_CLAIM, *words.chars(after[0], after[-1] + 1))
        reading.intent = "ask_character"
        reading.why.append("yes/no a character in the film")
        return True
    if not claimed or len(claimed) > 3 or film_talk.assistants_liking_asked(words.words):
        return False  # "<a character>, do you like him?": the assistant's taste, no description of theirs
    someone = set(claimed) - RELATION_PREPOSITIONS
    if subject is relation and someone and someone <= SOMEONE_WORDS:
        return False  # "is <a character> friends with anyone?": who the relatives are, not a yes/no claim
    if subject is not relation and set(claimed) <= FATE_WORDS:
        # "is <a character> dead?", "is she still alive?": how their story ends, behind the spoiler question
        reading.intent = "ask_ending"
        reading.why.append("yes/no a character's fate: the ending")
        return True
    start, end = words.chars(after[0], after[-1] + 1)
    reading.add("claim", "describes:" + " ".join(claimed), start, end)
    reading.intent = "ask_character"
    reading.why.append("yes/no about a character")
    return True


# Words that say whether a character lives or dies: the story's ending ("is <a character> dead?").
FATE_WORDS = frozenset({"dead", "alive", "living", "deceased", "killed", "still"})


def _having_relative(words: _Words, relation: dict, hits: list[Hit]) -> bool:
    """ "does <a> have a sister (in <the title>)?": the relation word right after "have a/any", nothing said of
    the relative after it ("does <a> have a brother that plays basketball?" asks about him)."""
    at = next((i for i, span in enumerate(words.spans) if span[0] == int(relation["start"])), None)
    if at is None or at < 2 or words.words[at - 1] not in INDEFINITE_ARTICLES:
        return False
    film = _film_word_indices(hits)
    rest = [w for i, w in enumerate(words.words[: _tag_start(words)]) if i > at and i not in film]
    if any(w not in CLAIM_STOPWORDS and w not in FILM_PLACE_WORDS for w in rest):
        return False
    return words.words[at - 2] in HAVING or words.words[at - 2] == "got" and words.words[at - 3 : at - 2] in HAVE_GOT


INDEFINITE_ARTICLES = frozenset({"a", "an", "any"})
FILM_PLACE_WORDS = frozenset({"on", "from", "in"})
HAVE_GOT = (["have"], ["has"], ["had"])


# Indefinite people: "friends with anyone?" asks who, not whether.
SOMEONE_WORDS = frozenset({"anyone", "anybody", "someone", "somebody", "any", "one", "people"})
RELATION_PREPOSITIONS = frozenset({"with", "to", "of", "for"})


# Words of a description that say nothing of what is described ("the one where he gets sick").
ONE_DESCRIBED_STOPWORDS = CLAIM_STOPWORDS | {
    "he", "she", "they", "his", "her", "their", "him", "them", "is", "are", "was", "were", "who", "and",
    "where", "with", "about", "gets", "get", "got", "has", "have", "had", "guy", "girl", "boy", "there",
}  # fmt: skip


# "based on <the author>'s life", "inspired by his own experiences": a life as the source is a true story.
SOURCE_OF_LIFE = (("based", "on"), ("inspired", "by"), ("taken", "from"), ("drawn", "from"))
LIFE_WORDS = frozenset({"life", "lives", "experience", "experiences", "childhood", "memories"})


def _life_as_source(words: _Words, names: list[dict], hits: list[Hit], lexicon: Lexicon, reading: Reading) -> bool:
    """ "Is it based on <the author>'s life?": whether it is a true story (the store's `true_story`), not
    whether the person named wrote it; the life is what the film would be taken from. "Real life" is the
    true story's own word, read as that already."""
    if "true_story" not in lexicon.attributes or any(h.key == "true_story" for h in hits):
        return False
    w = words.words
    for i in range(len(w) - 2):
        if (w[i], w[i + 1]) in SOURCE_OF_LIFE and LIFE_WORDS & set(w[i + 2 : i + 6]):
            attribute = lexicon.attributes["true_story"]
            reading.drop.extend(names)
            reading.intent = attribute.intent_for("film")
            for entity, value in attribute.entity.items():
                reading.add(entity, value, *words.chars(i, min(len(w), i + 6)))
            reading.why.append("a life as the source: a true story")
            return True
    return False


# "in real life", "off screen": said of characters, it asks about the people who play them.
REAL_LIFE = (("real", "life"), ("irl",), ("off", "screen"), ("offscreen",), ("off", "camera"))


def _in_real_life(
    words: _Words, names: list[dict], hits: list[Hit], store: FactStore, lexicon: Lexicon, reading: Reading
) -> bool:
    """ "Are <a character> and <another> a couple in real life?": the love life of the actors who play them
    (not held: "I don't know"), never the characters' relation in the story."""
    w = words.words
    if not any(tuple(w[i : i + len(p)]) == p for p in REAL_LIFE for i in range(len(w))):
        return False
    characters = [n for n in names if n.get("entity") == "character"]
    love = any(h.kind == "relation" and h.key == "love_interest" for h in hits)
    wed = any(h.kind == "attribute" and h.key == "married" for h in hits)
    key = "married" if wed else "dating"
    if not characters or not (love or wed or any(h.kind == "attribute" and h.key == "dating" for h in hits)):
        return False
    if key not in lexicon.attributes:
        return False
    for character in characters:
        found = store.resolve(str(character.get("value")), ("character",))
        actors = store.actor_of(found[0].id) if found else []
        if not actors:
            return False
        reading.drop.append(character)
        reading.add("person", store.people[actors[0].actor].name, int(character["start"]), int(character["end"]))
    reading.entities = [e for e in reading.entities if e.get("entity") != "relation"]  # not the story's couple
    reading.add("attribute", key, *words.chars(0, len(w)))
    reading.intent = "ask_fact"
    reading.why.append("in real life: the actors' own lives, not the characters'")
    return True


# The film pointed at as the subject that a description identifies: "is this the film …", "it's the movie …?".
IDENTIFIED_SUBJECTS = frozenset({"it", "this", "that"})
IDENTIFIED_GLUED = frozenset({"it's", "its", "that's", "thats"})


# The links of "is that the movie with <a>?", asked or negated ("isn't that the movie with <a> in it?").
IDENTIFYING_LINKS = frozenset({"is", "was", "isn't", "wasn't", "isnt", "wasnt"})


def _this_film_identified(words: _Words, opener: int, lexicon: Lexicon) -> bool:
    """Whether a description of a work by its people ("starring <a>", "directed by <b>") that starts at
    `opener` completes "is this/it/that the film/movie/one …?" (or "it's the movie …, right?"): the whole
    question is whether this is that film, not one of its facts."""
    w = words.words
    noun = opener - 1
    if noun < 1 or w[noun] not in people_reading.DESCRIBED_WORK or w[noun - 1] != "the":
        return False
    subject = noun - 2
    # "is that the movie with <a>?", and the negated "isn't that the movie with <a> in it?"
    if subject >= 1 and w[subject] in IDENTIFIED_SUBJECTS and w[subject - 1] in IDENTIFYING_LINKS:
        return True
    # "is <the title> the one with <a>?": the film named as the subject
    titled = [h for h in lexicon.find(w, ("film",)) if h.end == noun - 1 and h.start >= 1]
    if any(w[h.start - 1] in IDENTIFYING_LINKS for h in titled):
        return True
    return subject >= 0 and w[subject] in IDENTIFIED_GLUED and _asks_yes_or_no(words, lexicon)


# The verbs that predicate a credit of the film ("that movie is written by <a>"), not describe it ("the movie
# written by <a>").
CREDIT_COPULAS = frozenset({"is", "was", "'s"})


def _credit_predicated(words: _Words, start: int, lexicon: Lexicon) -> bool:
    """ "That movie is written by <a name>, right?": the credit is said of the film (its subject, a copula before
    the credit) in a yes/no, so it is a claim to decide, not a description saying which film is meant."""
    if start < 2 or words.words[start - 1] not in CREDIT_COPULAS or not _asks_yes_or_no(words, lexicon):
        return False
    subject = words.words[: start - 1]
    return bool(subject) and (subject[-1] in FILM_SUBJECTS or subject[-1] in stated_claims.FILM_NOUNS)


def _the_one_described(words: _Words, reading: Reading, lexicon: Lexicon) -> bool:
    """ "Is that the one with the flowers?", "is it about a painter?": yes when the store's spoiler-free
    story, trivia, characters or cast say it; the store never lists what the film lacks, so otherwise
    "I don't know"."""
    at = clauses.one_described(words.words)
    if at is None:
        films = [(h.start, h.end) for h in lexicon.find(words.words, ("film",))]
        at = clauses.about_described(words.words, films, _asks_yes_or_no(words, lexicon))
    if at is None or has_japanese(words.text):
        return False
    end = _tag_start(words)
    described = [w for w in words.words[at:end] if w not in ONE_DESCRIBED_STOPWORDS]
    if not described or len(described) > 5 or clauses.UNTOLD_WORDS & set(described):
        return False
    reading.intent = "ask_plot"
    reading.add("claim", "described:" + " ".join(described), *words.chars(at, end))
    reading.why.append("yes/no: the film described")
    return True


def _music_of_another(
    words: _Words, hits: list[Hit], names: list[dict], attributes: list[Hit], refers_to_film: bool
) -> bool:
    """ "What kind of music is <a band>?": music asked about, but of nothing in the film."""
    music = [h for h in attributes if h.key in ("music", "music_genre")]
    if refers_to_film or names or not music or any(h.kind == "film" for h in hits):
        return False
    others = [h for h in attributes if h.key not in ("music", "music_genre", "genre")]
    if music[0].key == "music_genre":  # "what genre of music is <a band>?": the kind is in the phrase
        return not others
    asks_kind = bool(MUSIC_KIND_WORDS & set(words.words[: music[0].start])) or any(h.key == "genre" for h in attributes)
    return asks_kind and not others and music[0].phrase == "music"


# "can you recommend other films with <X>?": a polite request for the list, no yes/no to answer "Yes" to.
POLITE_MODALS = frozenset({"can", "could", "would", "will"})
RECOMMENDING_VERBS = frozenset({"recommend", "suggest", "mention"})  # besides the listing openers


def _asks_for_a_list(words: list[str]) -> bool:
    rest = [w for w in words[:5] if w != "please"]
    return (
        len(rest) > 2
        and rest[0] in POLITE_MODALS
        and rest[1] == "you"
        and rest[2] in LISTING_OPENERS | RECOMMENDING_VERBS
    )


# 韓国で / 韓国でも / 韓国には: a place the particle puts the country in ("streaming in Korea?"), not the film's own.
JAPANESE_PLACE_PARTICLES = frozenset({"で", "に", "へ"})


def _japanese_place(words: _Words, hit: Hit) -> bool:
    """ "韓国でも配信してる？": a country claim followed by a particle of place asks where, not whether it is Korean."""
    return hit.key == "language" and any(w in JAPANESE_PLACE_PARTICLES for w in words.words[hit.end : hit.end + 1])


def _japanese_question_word(said: list[str], lexicon: Lexicon) -> bool:
    """Whether a Japanese sentence's words have a question word (誰, 何, いつ …), which asks for something."""
    return any(word.startswith(q) for q in lexicon.question_words for word in said)


def _asks_yes_or_no(words: _Words, lexicon: Lexicon) -> bool:
    """Its form: an opener at the start of a clause ("is it …?", "No I haven't, is it …?") or a closing tag.

    In Japanese: no question word, and a closing particle or a question mark (アニメですか？ / 実話？).
    """
    if has_japanese(words.text):
        asks_what = _japanese_question_word(words.words, lexicon)
        closes = words.words[-1] in lexicon.yes_no_tags or words.text.rstrip().endswith(("?", "\uff1f"))
        return not asks_what and closes and words.words[-1] not in lexicon.topic_tags
    if words.words[-1] in lexicon.yes_no_tags or _tag_start(words) < len(words.words):
        return True
    if clauses.wh_question_wrapped(words.words):  # "do you know what year it came out?": the year is asked
        return False
    starts = _clause_starts(words, hedged=True)
    reacted = _after_reaction(words)  # "really is he …?": the question opens after the reaction
    if 0 < reacted < len(words.words):
        starts = sorted({*starts, reacted})
    ends = [*starts[1:], len(words.words)]
    if any(
        words.words[i] in lexicon.yes_no_openers
        and not clauses.wh_phrase_in_place(words.words[i:end])
        # "I love <a service>, do you know what it is?": a wrapped wh-question in a later clause asks no yes/no
        and not clauses.wh_question_wrapped(words.words[i:end])
        for i, end in zip(starts, ends, strict=True)
    ):
        return True
    if _stated_as_question(words, lexicon, starts):
        return True
    if stated_claims.film_statement(words.words, [(h.start, h.end) for h in lexicon.find(words.words, ("film",))]):
        return True  # "The movie <the title> was rated PG-13.": trivia put to be checked
    # "<the title> is it sad", "<the title> does it have …": the film said first, as a search-box topic
    topic = max((h.end for h in lexicon.find(words.words, ("film",)) if h.start == 0), default=0)
    return (
        0 < topic < len(words.words) - 1
        and words.words[topic] in lexicon.yes_no_openers
        and words.words[topic + 1] in TOPIC_PRONOUNS
    )


# "I bet it was popular?", "i guess it's sad?": what the speaker believes, put as a question; the clause is
# what is asked.
BELIEF_HEDGES = (
    ("i", "bet"),
    ("i", "guess"),
    ("i", "think"),
    ("i", "suppose"),
    ("i", "assume"),
    ("i", "imagine"),
    ("i", "take", "it"),
    ("i", "heard"),
    ("i", "hear"),
    # the progressive: "i'm guessing it's a comedy?", "i am assuming it's on netflix?"
    ("i'm", "guessing"),
    ("im", "guessing"),
    ("i", "am", "guessing"),
    ("i'm", "assuming"),
    ("im", "assuming"),
    ("i", "am", "assuming"),
    ("i'm", "thinking"),
    ("so",),
    ("but",),
    ("and",),
)
# The verbs of a statement about the film that a question mark turns into a yes/no: "it sounds scary?"
LINKING_VERBS = frozenset({"is", "was", "sounds", "sounded", "seems", "seemed", "looks", "looked", "gets", "got"})
# The film's pronouns with the verb glued on ("it's sad?").
GLUED_COPULAS = frozenset({"it's", "its", "thats", "that's", "he's", "she's"})


def _stated_as_question(words: _Words, lexicon: Lexicon, starts: list[int]) -> bool:
    """ "it sounds a little scary?", "I bet it was popular?": a statement about the film ending in a question
    mark asks yes or no, as intonation does in speech. Only the last clause, whose subject is the film (a
    pronoun or one of its names) and whose verb links it to what is said of it; a wh-word anywhere ("it was
    released when?") asks that instead."""
    if not words.text.rstrip().endswith("?") or "?" in words.text.rstrip()[:-1]:
        return False
    at = max(starts, default=0)
    said = words.words[at:]
    hedged = False
    while (hedge := next((h for h in BELIEF_HEDGES if tuple(said[: len(h)]) == h), None)) is not None:
        said, hedged = said[len(hedge) :], True
    if hedged and said[:1] == ["that"] and len(said) > 2:  # "i take it that it's sad?": "that" joins the clause
        said = said[1:]
    # a wh-word asks that ("it was released when?"), but not the relative "who" of "the guy who plays …"
    relative = {k for k in range(2, len(said)) if said[k] in ("who", "which") and said[k - 2] in ("the", "a")}
    asking = {said[k] for k in range(len(said)) if k not in relative}
    if len(said) < 2 or (clauses.WH_WORDS | {"whom", "whose"}) & asking:
        return False
    if said[0] in GLUED_COPULAS:
        return True
    film = max((h.end for h in lexicon.find(said, ("film",)) if h.start == 0), default=0)
    # the film, or a person pointed at ("he is the one who plays <a character>?", "she was in it?")
    subject = film if film else 1 if said[0] in ("it", "this", "that", "he", "she") else 0
    return 0 < subject < len(said) - 1 and said[subject] in LINKING_VERBS


# The film's pronouns after a topic said first ("<the title> is it sad").
TOPIC_PRONOUNS = frozenset({"it", "this", "that"})


def _claim_fits(then: str, attributes: list[Hit], lexicon: Lexicon) -> bool:
    return all(lexicon.attributes[a.key].fits_intent(then, "film") for a in attributes)


def _composed_spoiler_setting(words: _Words, hits: list[Hit], lexicon: Lexicon) -> list[Hit]:
    """An English clause with a word for spoilers says its setting by composition ("hide spoilers",
    "spoilers don't bother me"), in place of any listed phrase."""
    if not lexicon.spoiler_words & set(words.words):
        return hits
    gaps = ["", *(words.text[words.spans[i - 1][1] : words.spans[i][0]] for i in range(1, len(words.words)))]
    setting = spoiler_setting.read_setting(
        words.words, gaps, lexicon.spoiler_words, lexicon.spoiler_turning_words, lexicon.yes_no_openers
    )
    kept = [hit for hit in hits if hit.kind != "spoilers"]
    if setting is None:  # "does the trailer spoil it?" asks, it sets nothing
        return kept
    # The word for spoilers is the setting, not the ending asked ("spoil it"); and what is not to be
    # spoilt is not asked ("don't spoil the ending"), unlike what is asked before ("the plot, no spoilers")
    # or what is to be spoiler-free ("a spoiler-free summary").
    not_to_spoil = not setting.wanted and spoiler_setting.spoils(words.words[setting.at])
    end = setting.clause[1] if not_to_spoil else setting.at + 1
    kept = [hit for hit in kept if not (hit.kind == "attribute" and setting.at <= hit.start < end)]
    start, end = setting.said
    found = Hit("spoilers", setting.key, " ".join(words.words[start:end]), start, end)
    return sorted([*kept, found], key=lambda hit: hit.start)


def _spoiler_setting_alone(hits: list[Hit], attributes: list[Hit], lexicon: Lexicon, reading: Reading) -> bool:
    """ "Hide spoilers", "spoilers don't bother me": a setting that asks nothing, whatever the classifier
    guessed from its bag of words. Alone, a listed English phrase without a word for spoilers ("i don't
    care") is left to the classifier."""
    setting = next((h for h in hits if h.kind == "spoilers"), None)
    if setting is None or attributes or any(h.kind in ("claim", "relation") for h in hits):
        return False
    if not (lexicon.spoiler_words & set(setting.phrase.split()) or has_japanese(setting.phrase)):
        return False
    reading.intent = "spoilers_ok" if setting.key == "yes" else "no_spoilers"
    reading.why.append(f"the spoiler setting: {setting.key}")
    return True


def _spoilers(words: _Words, hits: list[Hit], attributes: list[Hit], reading: Reading) -> bool:
    """ "Tell me the plot, no spoilers": the question and the spoiler setting, both."""
    setting = next((h for h in hits if h.kind == "spoilers"), None)
    asked = {h.key for h in attributes} & {"plot", "ending"}
    if setting is None or not asked:
        return False
    reading.add("spoilers", setting.key, *words.chars(setting.start, setting.end))
    reading.intent = "ask_ending" if "ending" in asked and setting.key == "yes" else "ask_plot"
    reading.why.append(f"{reading.intent} with spoilers {setting.key}")
    return True


def _wh_then_claim(words: _Words, hits: list[Hit], attributes: list[Hit], lexicon: Lexicon) -> bool:
    """A wh-question with an attribute, then a yes/no clause with a claim: answered in that order."""
    if words.words[0] not in WH_OPENERS or _tag_start(words) < len(words.words):
        return False
    opener = next((i for i in _clause_starts(words)[1:] if words.words[i] in lexicon.yes_no_openers), None)
    return (
        opener is not None
        and any(a.start < opener for a in attributes)
        and any(h.kind == "claim" and h.start > opener for h in hits)
    )


# Words that may open a question before its verb ("by any chance is it from …?", "ok and is it
# sad?", "so was it …?"): the question proper starts after them, one or several.
HEDGES = (
    ("by", "any", "chance"),
    ("out", "of", "curiosity"),
    ("just", "curious"),
    ("just", "wondering"),
    ("and",),
    ("so",),
    ("but",),
    ("ok",),
    ("okay",),
    ("oh",),
    ("well",),
    ("wait",),
    ("hmm",),
    ("also",),
    ("or",),  # "or is it just suspenseful?": the other half of an alternative question
)


def _hyphenated(between: str) -> bool:
    """A hyphen with no space either side joins two words into one ("the art-club adviser"): no clause break."""
    return between in HYPHENS


HYPHENS = frozenset({"-", "\u2010", "\u2011"})


def _breaks(between: str) -> bool:
    """Punctuation that ends a clause, or emoji only ("the ending destroyed me 😭 is there a sequel"): chat ends
    a sentence with one as often as with a full stop."""
    return (
        between in CLAUSE_BREAKS
        or bool(between)
        and all(unicodedata.category(c) in ("So", "Sk") or c in EMOJI_JOINERS for c in between)
    )


# What glues emoji together: the zero-width joiner and the emoji presentation selector.
EMOJI_JOINERS = frozenset({"\u200d", "\ufe0f"})


def _clause_words(words: _Words) -> list[list[str]]:
    """The words of each clause of the message (split as _clause_starts splits it)."""
    starts = _clause_starts(words)
    return [words.words[a:b] for a, b in zip(starts, [*starts[1:], len(words.words)], strict=True)]


def talk_closing(text: str, lexicon: Lexicon) -> bool:
    """ "That is pretty cool. Reminds me of <another film>. Well, nice chatting with you!": the conversation judged
    well in a message that asks nothing is a goodbye, whatever other subject its remarks name (social.py)."""
    return not has_japanese(text) and social.talk_closing(_clause_words(_Words.of(text)), lexicon) is not None


def _sentence_starts(words: _Words) -> list[int]:
    """The first word of each sentence after the first (after ".", "?", "!")."""
    boundaries = [m.end() for m in SENTENCE_BOUNDARY.finditer(words.text)]
    return [
        i for i, (at, _) in enumerate(words.spans) if i and any(words.spans[i - 1][0] < b <= at for b in boundaries)
    ]


def _asking_sentence_start(words: _Words, lexicon: Lexicon) -> int:
    """Where the yes/no question starts when a statement comes before it ("Best romantic line from it. Do you have
    any?"); 0 when the first sentence asks (or is itself a question: "is it sad? any good?")."""
    for start in _sentence_starts(words):
        if words.words[start] in lexicon.yes_no_openers:
            before = words.text[: words.spans[start][0]].rstrip()
            return 0 if before.endswith(("?", "？")) else start
    return 0


# Words before a noun that make it this film's ("the director", "its awards", "this movie").
OURS_DETERMINERS = frozenset({"the", "its", "this", "that", "these", "those", "their", "his", "her", "your"})
# A statement has a few words at least: shorter ones ("the director.") are asked, elliptically.
STATEMENT_MIN_WORDS = 5


def _opens_with_a_name(words: _Words) -> bool:
    """Whether the sentence opens with a name of its own: two capitalised words ("Cape Town ...") or an
    initial or acronym ("B movies ...", "NASA ...")."""
    first = words.text[words.spans[0][0] : words.spans[0][1]]
    if first.isupper() and first.isalpha() and first not in ("A", "I"):
        return True  # not the article or the speaker
    if len(words.spans) < 2:
        return False
    second = words.text[words.spans[1][0] : words.spans[1][1]]
    return first[:1].isupper() and second[:1].isupper()


def _statement_of_something_else(text: str, entities: list[dict[str, Any]], lexicon: Lexicon) -> bool:
    """A sentence that tells, and neither names nor points at anything of this film ("<a city> produces many
    capes.", "<a player> played for one team his whole career."): its subject is something else, so what it says
    is no question about the film, whatever film words it uses ("produces", "awards"). Questions are left alone:
    one asked without a subject ("who produced?") asks of the film."""
    if "?" in text or not text.rstrip().endswith((".", "!")) or has_japanese(text):
        return False  # most messages: a question, read by the rules below
    words = _Words.of(text)
    said = words.words
    pointers = clauses.WH_WORDS | PRONOUNS | POINTER_WORDS | SPEAKER_AND_ASSISTANT
    if len(said) < STATEMENT_MIN_WORDS or set(said) & pointers:
        return False
    if not _opens_with_a_name(words):
        return False  # "not much of an ending.", "great acting though.": said of the film talked about
    if any(e.get("entity") in ("person", "character") for e in entities) or _asks_yes_or_no(words, lexicon):
        return False
    if any(_asks(said[start:]) for start in _clause_starts(words)):
        return False
    for hit in lexicon.find(said, ("film", "attribute", "relation")):
        before = said[hit.start - 1] if hit.start else ""
        if hit.kind == "film" and (hit.phrase in lexicon.film_titles or before in OURS_DETERMINERS):
            return False  # "<the title> ...", "the movie ...": ours
        if hit.kind in ("attribute", "relation") and before in OURS_DETERMINERS:
            return False  # "the director was ...": this film's
    return True


def _credit_named(words: _Words, roles: list[dict[str, Any]], store: FactStore) -> bool:
    """Whether a credit of the film is named by its work's own title ("play <the song's title>"), not by a word of
    the vocabulary ("play some music", "how long does it take to type a screenplay?")."""
    if not roles:
        return False  # most messages: no need to look for the titles
    titled = {start for _, start, _ in credited_titles(words.text, store)}
    return any(e.get("start") is not None and int(e["start"]) in titled for e in roles)


def _opens_with_a_greeting(words: _Words, lexicon: Lexicon) -> bool:
    """Whether a clause opens with a word of greeting ("good morning, ...", "hi! ..."); "morning" at the end of
    "it airs every weekday morning" greets no one."""
    starts = set(_clause_starts(words))
    return any(hit.key == "greet" and hit.start in starts for hit in lexicon.find(words.words, ("social",)))


def _clause_starts(words: _Words, hedged: bool = False) -> list[int]:
    """The first word of each clause: after "," "?" "." and the like; with `hedged`, also the word
    after a hedge that opens a clause ("by any chance is it …?")."""
    starts = [0] + [
        i
        for i in range(1, len(words.words))
        if _breaks(words.text[words.spans[i - 1][1] : words.spans[i][0]].strip())
        and not _hyphenated(words.text[words.spans[i - 1][1] : words.spans[i][0]])
    ]
    if not hedged:
        return starts
    after = set()
    for i in starts:
        while (h := next((h for h in HEDGES if tuple(words.words[i : i + len(h)]) == h), None)) is not None:
            i += len(h)
            after.add(i)
    return sorted({*starts, *(i for i in after if i < len(words.words))})


# A number right after the title names a later film ("<the title> 2", "<the title> part two").
SEQUEL_NUMBERS = frozenset({"2", "3", "4", "5", "ii", "iii", "two", "three"})
SEQUEL_THEN = frozenset({"movie", "film", "coming", "come", "out", "release", "released", "trailer"})


def _numbered_title(words: _Words, hits: list[Hit]) -> list[Hit]:
    """ "Is there a <the title> 2?": the title with a small number after it asks for a sequel."""
    taken = {i for h in hits for i in range(h.start, h.end)}
    for h in hits:
        at = h.end + (1 if words.words[h.end : h.end + 1] == ["part"] else 0)
        if h.kind != "film" or h.phrase in TOPIC_PRONOUNS | {"its"} or at >= len(words.words) or at in taken:
            continue
        # "is it 2 hours long?" counts something else: the number closes the question or names the film
        then = words.words[at + 1 : at + 2]
        if words.words[at] in SEQUEL_NUMBERS and (not then or then[0] in SEQUEL_THEN):
            found = Hit("attribute", "sequel", " ".join(words.words[h.start : at + 1]), h.start, at + 1)
            return sorted([*hits, found], key=lambda hit: hit.start)
    return hits


# "a new <the title> movie", "another <the title> film": a film of the title other than this one, a sequel.
NEXT_WORK_WORDS = frozenset({"new", "another", "next", "second", "2nd"})
SEQUEL_NOUNS = frozenset({"movie", "movies", "film", "films", "one", "installment", "instalment", "chapter"})


def _another_of_this_title(words: _Words, hits: list[Hit]) -> list[Hit]:
    """ "Is there a new <the title> movie coming out?": "new"/"another" before the title and a film noun
    after it ask for a sequel; when it comes out is then the sequel's date, not this film's release."""
    for h in hits:
        if h.kind != "film" or h.phrase in TOPIC_PRONOUNS | {"its"} or h.phrase.split()[-1] in SEQUEL_NOUNS:
            continue  # "another movie like it": "it" is no title
        if h.start == 0 or words.words[h.start - 1] not in NEXT_WORK_WORDS or h.end >= len(words.words):
            continue
        if words.words[h.end] not in SEQUEL_NOUNS:
            continue
        found = Hit("attribute", "sequel", " ".join(words.words[h.start - 1 : h.end + 1]), h.start - 1, h.end + 1)
        kept = [x for x in hits if not (x.kind == "attribute" and x.key == "release_date" and x.start > h.end)]
        return sorted([*kept, found], key=lambda hit: hit.start)
    return hits


JAPANESE_MEANS = "で"  # the particle of the means: 英語で見られる？ ("can I watch it in English?")
# Verbs of watching begin with these (見る, 見れる, 観られる) or are 視聴.
JAPANESE_VIEWING = ("見", "観", "視聴")


def _a_version_watched(words: _Words, hit: Hit) -> bool:
    """ "Can I watch it in <a language>?", "<a language>で見られる？": which versions a service offers, which the
    store does not hold; the film's own language is what it can say, with no yes or no."""
    before = words.words[max(0, hit.start - 3) : hit.start]
    after = words.words[hit.end : hit.end + 2]
    english = before[-1:] == ["in"] and film_talk.views_a_pointed_film(before[:-1])
    return english or (len(after) == 2 and after[0] == JAPANESE_MEANS and after[1].startswith(JAPANESE_VIEWING))


def _watched_in_a_language(words: _Words, hits: list[Hit]) -> list[Hit]:
    """A language claim about a version watched (`_a_version_watched`) is the language asked, and the verb of
    watching asks no platform ("<a service>で見られる？", "can i watch it on <a service>?" stay platform questions)."""
    watched = [h for h in hits if h.kind == "claim" and h.key == "language" and _a_version_watched(words, h)]
    if not watched:
        return hits
    verbs = {claim.end + 1 for claim in watched} | {claim.start - 3 for claim in watched}  # 英語で見, watch it in
    kept = [
        h for h in hits if h not in watched and not (h.kind == "attribute" and h.key == "platform" and h.start in verbs)
    ]
    asked = [Hit("attribute", "language", claim.phrase, claim.start, claim.end) for claim in watched]
    return sorted(kept + asked, key=lambda h: h.start)


def _where_filmed(words: _Words, hits: list[Hit]) -> list[Hit]:
    """ "Where was <the film> shot?": "where" with a verb of filming asks for the filming locations."""
    if "where" not in words.words:
        return hits
    taken = {i for h in hits for i in range(h.start, h.end)}
    at = next((i for i, w in enumerate(words.words) if w in FILMING_VERBS and i not in taken), None)
    if at is None or at < words.words.index("where"):
        return hits
    return sorted([*hits, Hit("attribute", "filming", words.words[at], at, at + 1)], key=lambda h: h.start)


def _tag_start(words: _Words) -> int:
    """Where a closing tag ("…, isn't she?", "…, didn't he?") begins; len(words) when there is none."""
    w = words.words
    if len(w) >= 3 and w[-1] in TAG_SUBJECTS and w[-2] in NEGATIVE_TAGS:
        return len(w) - 2
    return len(w)


def _objects_of_making(words: _Words, attributes: list[Hit]) -> list[Hit]:
    """ "Who created the music?": a verb of making followed by another attribute asks for that one."""
    kept = []
    for hit in attributes:
        following = hit.end + (1 if hit.end < len(words.words) and words.words[hit.end] in ("the", "a") else 0)
        made = next((h for h in attributes if h.start == following and h is not hit), None)
        if hit.phrase in MAKING_VERBS and made is not None and made.key not in ("plot", "ending", "cast"):
            continue
        kept.append(hit)
    return kept


# Topics asked of the film and of people alike, held for neither person: "has the director won awards?".
PERSON_TOPICS = frozenset({"awards", "career", "residence", "relatives"})
# Auxiliaries that put "the <a crew role>" right after them as the clause's subject ("did the composer ...").
SUBJECT_AUXILIARIES = AUXILIARIES | frozenset({"have", "do", "will", "had", "hasn't", "didn't", "haven't"})


def _of_the_role_asked(
    words: _Words, hit: Hit, attributes: list[Hit], lexicon: Lexicon, roles: tuple[dict, ...] | list[dict] = ()
) -> bool:
    """ "Has the director ever won an oscar?", "which awards did the composer win?", "how many films has the
    screenwriter written?": when "the <a crew role>" is the subject of an inverted clause (right after its
    auxiliary), a topic of films and people alike (awards, career, where one lives) is that person's, not
    the film's, whether it is asked after the subject (a yes/no) or before the auxiliary (the wh-head)."""
    said = words.words
    for aux in (i for i, w in enumerate(said[:-2]) if w in SUBJECT_AUXILIARIES and said[i + 1] == "the"):
        subject = next((a for a in attributes if a.start == aux + 2 and a is not hit), None)
        if subject is not None and not (
            lexicon.attributes[subject.key].entity.get("crew_role") or subject.key == "director"
        ):
            subject = None
        # the role as the entity rules found it (its words then are no attribute hit)
        role = next((r for r in roles if int(r.get("start") or -1) == words.spans[aux + 2][0]), None)
        end = subject.end if subject is not None else _word_after(words, int(role["end"])) if role else None
        if end is not None and hit.key in PERSON_TOPICS and (hit.start >= end or hit.end <= aux):
            return True
    return False


def _word_after(words: _Words, char: int) -> int:
    """The index of the first word that starts at or after character `char`."""
    return next((i for i, span in enumerate(words.spans) if span[0] >= char), len(words.words))


def _works_of_period_or_kind(
    words: _Words, hits: list[Hit], names: list[dict], store: FactStore, reading: Reading
) -> bool:
    """ "What movies did <X> star in before <a year>?", "what <X> movie was released in <a year>?", "<X>'s films
    between <a year> and <a year>", "which video game did <X> voice?": one person's works asked in a period or a
    year (their works filtered, never the whole list nor this film's date), or of a kind the store never holds
    ("I don't know", never their other works); bot/understanding/works_period.py, answered by actions/people.py.
    A yes/no about the person ("has <X> done voice work in a video game?") is asked of the same works. This film
    named outside the period ("what character did <X> play in the <year> movie <title>?") asks of this film."""
    person = _one_person_named(names, store)
    if person is None and (names or not set(words.words) & PERSON_PRONOUNS):
        return False  # nobody, several, or someone else; "he voiced which film?" is of whom "he" points at
    kind = works_period.unheld_kind(words.words)
    period = works_period.period_asked(words.words, store, person)
    doings = works_period.doings_asked(words.words, store, person)
    this_film = [h for h in hits if h.kind == "film" and not (period and period.start <= h.start < period.end)]
    another_year = person is not None and works_period.work_of_another_year(words.words, store)
    if kind is not None:
        reading.why.append(f"a kind of work not held: {' '.join(words.words[slice(*kind)])}")
    elif this_film or not (works_period.asks_works(words.words) or doings or another_year):
        return False
    elif period is not None and works_period.order_asked(words.words):
        return False  # "<X>'s final movie before this one": the career, which the store does not hold
    elif period is not None:
        reading.why.append("someone's works in a period")
    elif doings:
        reading.why.append("what someone did in a year")
    elif person is not None and works_period.works_with_partner(words.words, person):
        reading.why.append("someone's works with another person")
    elif person is not None and works_period.owned_work_of_a_year(words.words, person):
        reading.why.append("someone's works of a year")
    elif another_year:
        reading.why.append("someone's work or part in another year than this film's")
    else:
        return False
    reading.intent = "ask_other_work"
    return True


ORDER_WORDS = frozenset({"first", "earliest", "debut", "last", "latest", "newest", "recent", "next", "new"})


COUNT_WORDS = frozenset({"many", "much", "number", "count"})


def _asked_of_one_person(words: _Words, names: list[dict], store: FactStore) -> bool:
    """One of the store's people named, or none named and a pronoun for one person (the conversation's)."""
    if _one_person_named(names, store) is not None:
        return True
    return not names and bool(set(words.words) & ONE_PERSON_PRONOUNS)


def people_of_ours(names: list[dict], store: FactStore, kind: str = "person") -> list[str]:
    """The distinct people (or characters, by `kind`) of the store the names of that kind name, each unambiguously,
    in order."""
    found: list[str] = []
    for name in names:
        matches = store.resolve(str(name.get("value")), (kind,)) if name.get("entity") == kind else []
        if len(matches) == 1 and matches[0].id not in found:
            found.append(matches[0].id)
    return found


def _all_people_of_ours(names: list[dict], store: FactStore) -> bool:
    """Several names, each one person of the store."""
    return len(names) > 1 and len(people_of_ours(names, store)) == len(names)


def _some_works_noun(words: list[str]) -> bool:
    """A works noun in the plural ("his films", "television appearances") or after "any" ("any movie")."""
    return any(_works_noun_at(words, i) for i in range(len(words)))


def _works_noun_at(words: list[str], at: int) -> bool:
    word = words[at]
    if word not in works_period.WORK_NOUNS:
        return False
    return word.endswith("s") and word != "series" or at > 0 and words[at - 1] in ("any", "other")


# Determiners that make a genre's noun some works of it: "any comedy", "other romances".
GENRE_CLAIM = "genre"
GENRE_WORKS_DETERMINERS = frozenset({"any", "other", "some", "more"})


def _genre_of_someones_works(
    words: _Words, hits: list[Hit], names: list[dict], store: FactStore, lexicon: Lexicon, reading: Reading
) -> bool:
    """ "Has <X> been in any horror movies?", "what are some of his fantasy films?", "which of <X>'s films are
    romances?": a genre said of one person's works (a genre word before their works noun, or said of "<X>'s
    films") asks the genres of those works, which the store does not hold (entity `works_attribute`), never
    this film's genre nor a yes/no decided by it."""
    # a genre's claim, not a kind of work's ("what other TV show did she appear in?" is her works of that kind)
    genres = [h for h in hits if h.kind == "claim" and h.key == GENRE_CLAIM]
    # "has <X> starred in any comedy?": the genre's own noun is the works asked
    as_works = [h for h in genres if h.start > 0 and words.words[h.start - 1] in GENRE_WORKS_DETERMINERS]
    if not works_period.asks_works(words.words) and not as_works:
        return False
    if not _asked_of_one_person(words, names, store):
        return False
    # works in the plural ("horror movies", "<X>'s films are romances"): "a romance film based on <X>'s novel" is one
    nouns = [i for i in range(len(words.words)) if _works_noun_at(words.words, i)]
    if not nouns and not as_works:
        return False
    last_noun = max(nouns, default=-1)
    said = next((h for h in genres if any(i in (h.end, h.end + 1) for i in nouns) or h.start > last_noun), None)
    said = said or next(iter(as_works), None)
    span = (said.start, said.end) if said is not None else _kind_of_works_asked(words.words, nouns)
    asking = _asking_sentence(words)  # "<the title>, …. has <X> starred in any comedy?": the title is told
    if span is None or any(h.kind == "film" and h.start >= asking for h in hits):
        return False
    reading.add("works_attribute", "genre", *words.chars(*span))
    reading.intent = "ask_other_work"
    reading.why.append("a genre of someone's works")
    return True


# Words that ask what kind of works someone made ("what type of films"), not which.
KIND_OF_WORK_WORDS = frozenset({"type", "types", "kind", "kinds", "sort", "sorts", "genre", "genres", "style"})


def _kind_of_works_asked(words: list[str], nouns: list[int]) -> tuple[int, int] | None:
    """ "What type of films did she appear in?", "what kind of movies does <X> do?": the words of the kind asked
    of the works right after them, else None."""
    for i in nouns:
        if i >= 2 and words[i - 1] == "of" and words[i - 2] in KIND_OF_WORK_WORDS:
            return i - 2, i + 1
    return None


def _works_of_someone(
    words: _Words, hits: list[Hit], names: list[dict], intent: str | None, store: FactStore, reading: Reading
) -> bool:
    """ "Did he act in any movies?", "what television projects does <X> have?", "tell me about his other TV
    appearances": works asked of one person (named, or a pronoun for the conversation's), when nothing of this film
    and no attribute of the works is asked, are that person's works, whichever card the classifier chose."""
    if intent == "ask_other_work" or not works_period.asks_works(words.words):
        return False
    if ORDER_WORDS & set(words.words):
        return False  # "<X>'s first book" is their debut, "the latest" one work: the rules of an order decide
    if not _some_works_noun(words.words) or any(w.isdigit() or w in COUNT_WORDS for w in words.words):
        return False  # "what work does <X> do?" (a job), "has <X> made 5 movies?" (a count): not the list
    if not _asked_of_one_person(words, names, store) and not _all_people_of_ours(names, store):
        return False  # "what tv shows did <a> and <b> play in?": each one's works (actions/people.py)
    works_words = works_of_people.WORK_KEYS
    own_deed = works_of_people.own_deed_words(words.words)  # "<X>'s books that they wrote": no writer asked
    asked = [
        h
        for h in hits
        if (h.kind in ("film", "claim") or h.kind == "attribute" and h.key not in works_words)
        and not set(range(h.start, h.end)) <= own_deed
    ]
    if KIND_OF_WORK_WORDS & set(words.words) or asked:
        return False  # "what type of films ...", "his films on <a service>", "the genre of her films": not the list
    reading.intent = "ask_other_work"
    reading.why.append("someone's works")
    return True


# Verbs of playing the parts asked in the plural (people_reading.PART_PLURALS: "what characters has <X> played?").
PARTS_PLAYED_VERBS = frozenset("played play portrayed portray done acted".split())


def _parts_of_someone(
    words: _Words, hits: list[Hit], names: list[dict], intent: str | None, store: FactStore, reading: Reading
) -> bool:
    """ "What characters has <X> played?", "what parts has <X> played?": the parts of one of the store's people
    across their works (their part here first, actions/people.py), when no film and no count is named ("what
    characters does <X> play in <the title>?" is their part here)."""
    said = set(words.words)
    if intent == "ask_other_work" or not people_reading.PART_PLURALS & said or not PARTS_PLAYED_VERBS & said:
        return False
    if not _asked_of_one_person(words, names, store) or said & COUNT_WORDS or any(h.kind == "film" for h in hits):
        return False  # (a pronoun for one person is the conversation's: "what characters has she played?")
    reading.intent = "ask_other_work"
    reading.why.append("the parts someone played")
    return True


def _one_person_named(names: list[dict], store: FactStore) -> Person | None:
    """The person of the store that the one name found names, or None (no name, several, a character)."""
    if len(names) != 1 or names[0].get("entity") != "person":
        return None
    matches = store.resolve(str(names[0].get("value")), ("person",))
    return store.people.get(matches[0].id) if matches and matches[0].kind == "person" else None


# Pronouns that stand for the person talked about.
PERSON_PRONOUNS = frozenset({"he", "she", "they", "his", "her", "hers", "their", "theirs", "him", "them"})


def _pronouns_works(words: list[str]) -> bool:
    """ "her movies", "his other films", "films of hers": works owned by a pronoun (not a "he" of a story)."""
    nouns = works_condition.WORK_NOUNS | works_condition.WORK_PLURALS
    owned = any(
        word in works_of_people.POSSESSIVE_PRONOUNS and any(w in nouns for w in words[i + 1 : i + 3])
        for i, word in enumerate(words)
    )
    return owned or any(
        words[i : i + 2] in (["of", "hers"], ["of", "his"], ["of", "theirs"]) for i in range(len(words))
    )


def _works_condition_unchecked(
    words: _Words,
    hits: list[Hit],
    names: list[dict],
    entities: list[dict[str, Any]],
    store: FactStore,
    reading: Reading,
) -> bool:
    """ "Which film starring <X> was based on a true story?", "has <the actress who played <a>> been in another
    movie directed by <Y>?": a condition on one person's works the store cannot check is what is asked of their
    works (entity `works_attribute`, "I don't know the <attribute> of <X>'s other works", actions/people.py),
    never the unfiltered list (bot/understanding/works_condition.py). The person is the performer a phrase
    reaches or the first person named outside the condition ("directed by <Y>" names no subject)."""
    if any(h.kind == "film" for h in hits):
        return False  # "the film <this film>, directed by <X> and based on a novel": this film, described
    phrase = performer_subject.performer_phrase(
        words.words, words.spans, names, [h for h in hits if h.kind == "relation"], store
    )
    people = [n for n in names if n.get("entity") == "person"]
    credited = {key: set(store.crew[role].people) for key, role in WORK_CREDIT_ROLES.items() if role in store.crew}
    candidates: list[tuple[str, int]] = []
    if phrase is not None:
        candidates.append((phrase.actor, words.chars(phrase.start, phrase.end)[0]))
    for named in people:
        matches = store.resolve(str(named.get("value")), ("person",))
        if matches:
            candidates.append((matches[0].id, int(named.get("start") or 0)))
    if not candidates and not names and _pronouns_works(words.words):
        # "which of her movies are on netflix?": the conversation's person, whom the action reads from its slot
        # (no person held here, so only a condition no credit of theirs could check is found)
        candidates.append(("", -1))
    for person, at in candidates:
        condition = works_condition.uncheckable_condition(words.words, person, credited, store)
        if condition is None:
            return False
        first, after = words.chars(condition.start, condition.end)
        if first <= at < after:
            continue  # "directed by <Y>": <Y> is the condition, not whose works are asked
        inside = [n for n in people if first <= int(n.get("start") or 0) < after]
        # "has <X> been in another film directed by <Y>?": no yes, whatever other works the store lists
        inside += [e for e in (*entities, *reading.entities) if e.get("entity") == "claim"]
        reading.drop.extend(inside)
        reading.entities = [e for e in reading.entities if e not in inside]
        if phrase is not None and person == phrase.actor:
            reading.drop.append(phrase.character)
            reading.add("person", store.people[person].name, *words.chars(phrase.start, phrase.end))
        reading.intent = "ask_other_work"
        reading.add("works_attribute", condition.key, first, after)
        reading.why.append(f"a condition on someone's works not held: {condition.key}")
        return True
    return False


# The crew credit of this film each credit condition on works names (bot/understanding/works_condition.py).
WORK_CREDIT_ROLES = {"director": "director", "writer": "screenplay", "producer": "producer", "music": "music"}


def _performer_as_subject(
    words: _Words,
    hits: list[Hit],
    names: list[dict],
    entities: list[dict[str, Any]],
    store: FactStore,
    lexicon: Lexicon,
    reading: Reading,
) -> tuple[list[dict], tuple[int, int]] | None:
    """ "Where did the actress who played <a> study?", "is the wife of the actor who plays <a>'s father a twin?":
    the performer the phrase reaches stands as the named person (bot/understanding/performer_subject.py), the
    character and the relation folded in dropped; the names with the person and the phrase's words, or None (no
    such phrase, Japanese, or only who the performer is asked)."""
    if has_japanese(words.text):
        return None
    phrase = performer_subject.performer_phrase(
        words.words, words.spans, names, [h for h in hits if h.kind == "relation"], store
    )
    if phrase is None or any(n.get("entity") == "person" for n in names):
        return None  # "is <X> the lead actress?": the phrase is said of the one named
    attributes = [h for h in hits if h.kind == "attribute"]
    known = coverage.film_vocabulary(store, lexicon)
    if not performer_subject.asks_beyond_identity(words.words, phrase, _clause_starts(words), attributes, known):
        return None
    start, end = words.chars(phrase.start, phrase.end)
    folded = [
        e
        for e in (*entities, *reading.entities)
        if e.get("entity") in ("character", "relation") and start <= int(e.get("start") or 0) < end
    ]
    reading.drop.extend(e for e in folded if e in entities)
    reading.entities = [e for e in reading.entities if e not in folded]
    name = store.people[phrase.actor].name
    reading.add("person", name, start, end)
    reading.why.append(f"the performer of a part: {phrase.actor}")
    person = {"entity": "person", "value": name, "start": start, "end": end}
    kept = [n for n in names if n is not phrase.character and not (start <= int(n.get("start") or 0) < end)]
    return sorted([person, *kept], key=lambda n: int(n.get("start") or 0)), (phrase.start, phrase.end)


def _works_together(
    words: _Words, names: list[dict], entities: list[dict[str, Any]], store: FactStore, reading: Reading
) -> bool:
    """ "Have <a> and <b> been in other films together?", "did <a> and <b> work with each other before?": the works
    of both (actions/people.py), never a yes from their both being in this film."""
    if len(people_of_ours(names, store)) < 2 or not people_reading.together_asked(words.words):
        return False
    claims = [e for e in (*entities, *reading.entities) if e.get("entity") == "claim"]
    reading.drop.extend(e for e in claims if e in entities)
    reading.entities = [e for e in reading.entities if e not in claims]
    reading.intent = "ask_other_work"
    reading.add("works_attribute", TOGETHER, *words.chars(0, len(words.words)))
    reading.why.append("the works of two people together")
    return True


def _role_starts(words: _Words, roles: list[dict[str, Any]]) -> list[tuple[int, str]]:
    """The word where each crew role entity starts, with its value."""
    return [(span.start, str(role.get("value") or "").lower()) for role in roles for span in spans_of(words, [role])]


# "who is the actress she admires?": a person noun, then a clause whose subject is the person talked about.
TIED_PERSON_NOUNS = frozenset("actor actress person singer star celebrity idol director writer author artist".split())
SUBJECT_PRONOUNS = frozenset({"he", "she", "they"})
RELATIVE_WORDS = frozenset({"that", "whom", "who"})


def _someone_tied_by_a_pronoun(w: list[str]) -> tuple[int, int] | None:
    """ "who is the actress she once said she wished she looked like?", "who's the actor he admires?": someone the
    store knows only by a tie to the person talked about (a pronoun's clause), never the cast. The clause's word
    positions, or None. "who is the actress she plays with?" (a verb of playing) is left to the other rules."""
    if w[:1] not in (["who"], ["whos"], ["who's"]):
        return None
    for at in range(1, len(w) - 2):
        if w[at] != "the" or w[at + 1] not in TIED_PERSON_NOUNS:
            continue
        subject = at + 2 + (w[at + 2] in RELATIVE_WORDS)
        if subject + 1 < len(w) and w[subject] in SUBJECT_PRONOUNS and w[subject + 1] not in people_reading.PLAY_VERBS:
            return subject, len(w)
    return None


# Nouns of a work described by who is in it: "that netflix series with <a>", "the movie with <a>".
WORK_WITH_HEADS = frozenset({"movie", "film", "series", "show", "drama", "one", "thing", "flick"})


def _when_the_work_with(words: _Words, names: list[dict]) -> bool:
    """ "when is that netflix series with <a>?": "when" asking of a work noun followed by "with" and only names of
    ours (no verb of their own after them: "when does the movie with <a> get sick" is not this)."""
    w = words.words
    if not names or w[:1] != ["when"] or len(w) < 4:
        return False
    at = next((i for i in range(1, len(w) - 1) if w[i] == "with" and w[i - 1] in WORK_WITH_HEADS), None)
    if at is None or w[1] not in ("is", "was", "does", "did", "will", "s", "'s"):
        return False
    name_starts = [int(n["start"]) for n in names if n.get("start") is not None]
    return (
        bool(name_starts)
        and min(name_starts) >= words.spans[at][1]
        and max(int(n["end"]) for n in names if n.get("end") is not None) >= words.spans[-1][1] - 1
    )


# "the first names of <a> and <b>", "<a>'s full name": the words of a name asked.
NAME_NOUNS = frozenset({"name", "names"})
# The words before "name(s) of <a>" that ask the name the store gives ("the full names of <a> and <b>").
NAME_OF_PERSON_KINDS = frozenset({"the", "first", "full", "given", "whole", "complete"})
# What may follow the people named: the end, or an apposition or a place ("<a> and <b>, the stars of <the film>").
NAME_ENDS = frozenset({"the", "in", "from", "who", "please"})


def _names_of_people_asked(words: _Words, names: list[dict]) -> bool:
    """ "what are the (first) names of <a> and <b>?": a wh-question whose name noun is "of" the people named, right
    after it, who are all the names (no character: "the name of <a>'s actor" asks through a part)."""
    people = [n for n in names if n.get("entity") == "person" and n.get("start") is not None]
    if not people or len(people) != len(names) or not words.words or words.words[0] not in clauses.WH_WORDS:
        return False
    at = next((i for i, w in enumerate(words.words[:-1]) if w in NAME_NOUNS and words.words[i + 1] == "of"), None)
    if at is None or words.words[at - 1] not in NAME_OF_PERSON_KINDS:
        return False  # "the birth name of <a>", "the band name of <a>": another name than the one the store gives
    first = min(int(n["start"]) for n in people)
    if not (at + 2 < len(words.spans) and words.spans[at + 2][0] == first):
        return False  # "the names of the movies of <a>": something of theirs
    last = max(int(n["end"]) for n in people)
    after = [w for (a, _), w in zip(words.spans, words.words, strict=True) if a >= last]
    return not after or after[0] in NAME_ENDS  # not "the name of <a>'s wife", "<a>s parents"


def _performer_named(words: _Words, hits: list[Hit], names: list[dict], store: FactStore) -> bool:
    """ "what is the name of the guy who plays <a>?": a wh-question of a performer reached through a part, no one
    named ("the girl who plays <a> was so good" is a remark)."""
    if has_japanese(words.text) or any(n.get("entity") == "person" for n in names):
        return False
    if not words.words or words.words[0] not in clauses.WH_WORDS:
        return False
    relations = [h for h in hits if h.kind == "relation"]
    return performer_subject.performer_phrase(words.words, words.spans, names, relations, store) is not None


def _actors_named_by_role(words: _Words, names: list[dict], store: FactStore, reading: Reading) -> list[dict]:
    """ "How old is the lead actor?", "is the guy who plays <a character> married?": the actor is the subject
    (tagged as a person, the character entity dropped), so that the reply names them and what was asked."""
    found = people_reading.actors_named_by_role(words.words, words.spans, names, store)
    replaced = {id(entity) for _, _, entity in found if entity is not None}
    kept = [n for n in names if id(n) not in replaced]
    people = []
    for (start, end), actor, entity in found:
        name = store.people[actor].name
        if entity is not None:
            reading.drop.append(entity)
        reading.add("person", name, start, end)
        people.append({"entity": "person", "value": name, "start": start, "end": end})
        reading.why.append(f"the actor named by a role: {actor}")
    return sorted([*people, *kept], key=lambda n: int(n.get("start") or 0))


def _crew_member_described(
    words: _Words,
    attributes: list[Hit],
    roles: list[dict],
    store: FactStore,
    lexicon: Lexicon,
    reading: Reading,
    personal_only: bool = True,
) -> dict | None:
    """ "How old is the director?", "what year was the composer born?": a personal attribute of a crew member.

    The crew member is the subject (tagged as a person), so that the reply names them and what was asked.
    """
    personal = [
        h for h in attributes if h.key in PERSONAL_KEYS or _of_the_role_asked(words, h, attributes, lexicon, roles)
    ]
    if personal_only and not personal:
        return None
    bare = {word.removesuffix("'s") for word in words.words}  # "the author's age": the author's
    # "how old is the writer of the book?": the book's writer is the novelist, whatever the role word says
    book_writer = novel_reading.writer_of_the_book(words.words)
    role = None if book_writer is not None else next((store.role(str(r.get("value"))) for r in roles), None)
    at: tuple[int, int] | None = None
    if roles and book_writer is None:
        at = (int(roles[0]["start"]), int(roles[0]["end"]))
    for hit in attributes:
        if role is None and hit.key not in PERSONAL_KEYS and book_writer is None:
            if lexicon.attributes[hit.key].novel_words & {"author", "novelist"} & bare:
                continue  # "how old is the author?": a book's author is the novelist (below), not the screenwriter
            role = _crew_role_of(hit, lexicon)
            at = words.chars(hit.start, hit.end) if role else None
    people: list[str] = []
    if role is not None and store.crew.get(role) is not None:
        people = list(store.crew[role].people)
    elif (book_writer is not None or {"author", "novelist"} & bare) and store.novel.get("author") is not None:
        noun = (
            book_writer
            if book_writer is not None
            else next(i for i, word in enumerate(words.words) if word.removesuffix("'s") in ("author", "novelist"))
        )
        people = [str(store.novel["author"].value)]
        at = words.chars(noun, noun + 1)
    if len(people) != 1 or people[0] not in store.people or at is None:
        return None
    name = store.people[people[0]].name
    person = {"entity": "person", "value": name, "start": at[0], "end": at[1]}
    reading.add("person", name, at[0], at[1])
    reading.why.append(f"personal attribute of the {role or 'author'}")
    return person


def _character_words(store: FactStore) -> frozenset[str]:
    """Every word of the characters' names, aliases and descriptions."""
    texts = []
    for character in store.characters.values():
        description = character.description
        texts += [character.name, *character.aliases, str(description.value if description else "")]
    return frozenset(re.findall(r"[a-z]+", " ".join(texts).lower()))


# Who makes music: asked with "who was the <…>", a credit of the theme song, not a character's job.
MUSIC_MAKERS = frozenset({"band", "group", "singer", "artist", "musician", "duo", "unit", "vocalist"})


# Verbs of "what actor <verb> the <part>?" besides the play words: "had the role of", "voiced".
PART_VERBS = PLAY_WORDS | {"had", "has", "voiced", "voices"}
PART_WORDS_OF = (["role", "of", "the"], ["part", "of", "the"])  # "played the role of the <part>"


def _part_asked_at(w: list[str]) -> int | None:
    """The index of the "the" that opens a part asked of who plays it ("who plays the waiter?", "which actress
    was the nurse?", "what actor had the role of the narrator?"), or None."""
    if len(w) < 4:
        return None
    if w[0] in WHO_WORDS and "the" in w[1:4]:
        at = w.index("the")
        if w[at - 1] not in PLAY_WORDS and w[at - 1] not in ("is", "was", "'s", "whos", "who's"):
            return None
    elif w[0] == "what" and w[1] in people_reading.PERFORMER_NOUNS and w[2] in PART_VERBS and w[3] == "the":
        at = 3
    else:
        return None
    return at + 3 if w[at + 1 : at + 4] in PART_WORDS_OF else at


def _role_not_in_film(
    words: _Words, attributes: list[Hit], store: FactStore, lexicon: Lexicon, reading: Reading
) -> bool:
    """ "Who plays the waiter?", "what actor had the role of the narrator?": a character by job that no character
    of the film fits: not known."""
    w = words.words
    at = _part_asked_at(w)
    if at is None:
        return False
    verb = w[at - 1]
    if any(a.key not in DESCRIBING_ATTRIBUTES for a in attributes):
        return False
    group = []  # "the school principal in …": the noun group; its last word is the role
    for i in range(at + 1, len(w)):
        if w[i] in ROLE_GROUP_ENDS:
            break
        group.append(i)
    content = [i for i in group if w[i] not in DESCRIPTION_STOPWORDS]
    if not content or w[content[-1]] in GENDER_WORDS or len(w[content[-1]]) < 3:
        return False  # "the girl in the hospital": a character by description, not by job
    cast_words = [h for h in lexicon.find(w, ("attribute", "claim")) if h.key in ("cast", "lead")]
    if any(h.start <= content[-1] < h.end for h in cast_words):
        return False  # "who is the headliner in the movie?": a word of the cast's own, the leads
    if w[content[-1]] in people_reading.PART_PLURALS:
        return False  # "who plays the main characters?": the parts themselves, the cast's
    if verb not in PLAY_WORDS and w[content[-1]] in MUSIC_MAKERS:
        return False  # "who was the band that made <the theme song>?": a credit of the song, no character's job
    if {" ".join(w[i] for i in content), w[content[-1]]} & set(store.roles):
        return False  # "who was the screenwriter for …?": a credit of the film, not a character's job
    if lexicon.same_as(w[content[-1]]) & _character_words(store):
        return False  # a character has that job or name: the classifier's answer
    reading.intent = "ask_fact"
    reading.add("attribute", ROLE_ASKED, *words.chars(content[0], content[-1] + 1))
    reading.why.append("a role no character fits")
    return True


def _mentions_this_film(
    words: _Words, start: int, end: int, hits: list[Hit], roles: list[dict], lexicon: Lexicon
) -> bool:
    """Whether words[start:end] point at this film: its titles or words for it, a pronoun, its crew."""
    if any(h.kind == "film" and start <= h.start < end for h in hits):
        return True
    if (PRONOUNS | lexicon.pronouns | THIS_WORDS) & set(words.words[start:end]):
        return True
    if start >= end:
        return False
    begin, finish = words.chars(start, end)
    return any(begin <= int(r.get("start") or 0) < finish for r in roles)


def _other_work_described(words: _Words, hits: list[Hit], roles: list[dict], lexicon: Lexicon) -> str | None:
    """A work described rather than named, with nothing of this film in the description: quiz trivia.

    "the film that won <an award> in <a year>", "the novel that <another film> is based on" (a relative
    clause), and "in which <decade> film did <someone> star …?" (a film asked for, with a year or a
    proper name and nothing of this film). Called only when no name of the film's people was found.
    """
    w = words.words
    breaks = set(_clause_starts(words)[1:]) | {len(w)}
    for i, word in enumerate(w[:-2]):
        if word in WORK_NOUNS and w[i + 1] in ("that", "which", "where") and w[i + 2] not in ("is", "was", "'s"):
            end = min(b for b in breaks if b > i)
            others = [h for h in hits if h.end != i + 1]  # "the film" heading the clause is the one described
            # a crew role before it is what is asked ("who composed the score for the film that …"), not this film's
            if not _mentions_this_film(words, 0, i, others, [], lexicon) and not _mentions_this_film(
                words, i + 2, end, hits, roles, lexicon
            ):
                return " ".join(w[i:end])
    at = 1 if w[0] == "in" else 0
    if w[at] not in ("which", "what") or len(w) < at + 4:
        return None
    noun = at + 1
    while noun < len(w) and YEAR_WORD.fullmatch(w[noun]):
        noun += 1
    if (
        noun >= len(w)
        or w[noun] not in WORK_NOUNS
        or w[noun + 1 : noun + 2] not in (["did"], ["was"], ["won"], ["starred"])
    ):
        return None
    dated = noun > at + 1
    proper = any(words.text[a].isupper() for a, _ in words.spans[noun + 2 :])
    if (dated or proper) and not _mentions_this_film(words, noun + 1, len(w), hits, roles, lexicon):
        return " ".join(w[at : noun + 1])
    return None


def _judged_choice(words: _Words, people: list[tuple[int, str]]) -> tuple[int, int] | None:
    """The span of the judgement ("better", "more versatile", "the best") when the question asks which of two
    people named with "or" (or with "and", then "which one": "<a> and <b>: which one has the longer career?") is the
    better at something; None otherwise."""
    if len(people) != 2 or people[0][1] == people[1][1]:
        return None
    between = [w for w, (start, _) in zip(words.words, words.spans, strict=True) if people[0][0] < start < people[1][0]]
    after = [w for w, (start, _) in zip(words.words, words.spans, strict=True) if start > people[1][0]]
    if "or" not in between and not ("and" in between and set(after[:3]) & {"which", "who", "whose"}):
        return None
    for at, word in enumerate(words.words):
        if word in ("better", "best", "worse", "worst") or word in COMPARED_MEASURES:
            return at, at + 1
        if word in ("more", "most", "less", "least") and words.words[at + 1 : at + 2]:
            if words.words[at + 1] in film_talk.PERSON_JUDGEMENTS | COMPARED_QUALITIES:
                return at, at + 2
    return None


# Qualities two people may be compared on that no source ranks: "who is more famous, <a> or <b>?".
COMPARED_QUALITIES = frozenset({"famous", "popular", "handsome", "beautiful", "attractive", "experienced", "loved"})
# Measures of two people's careers or looks that no source gives: "which one has the longer career?".
COMPARED_MEASURES = frozenset({"longer", "shorter", "bigger", "greater", "taller"})


# Two characters' ages compared (vocabulary.yml): the store describes each, it never orders them.
STORY_AGES_COMPARED = "story_ages_compared"


def _value_compared(
    words: _Words,
    hits: list[Hit],
    names: list[dict],
    roles: list[dict],
    store: FactStore,
    lexicon: Lexicon,
    reading: Reading,
) -> bool:
    """A value said in the message compared with the store's (bot/understanding/stated_claims.py): two people's
    ages, a birth said of one person, one thing named twice, the book against the film in time. The claim is
    tagged whether it is asked or stated ("<an actress> was born in <a city>."): either way the yes or no
    comes first, decided by the comparison."""
    if has_japanese(words.text):
        return False
    people = stated_claims.people_said(names, roles, store)
    choice = stated_claims.age_choice(words.words, words.spans, people)
    if choice is not None:  # "who is older, <a> or <b>?": the one of the two, from their births (actions/ages.py)
        order, at = choice
        _people_of_roles(people, names, roles, store, reading)
        reading.add("attribute", stated_claims.AGE_CHOICE_ATTRIBUTES[order], *words.chars(at, at + 1))
        reading.intent = "ask_fact"
        reading.why.append(f"which of two is {order}")
        return True
    judged = _judged_choice(words, people)
    if judged is not None:  # "which actor is more versatile, <a> or <b>?": no source ranks them
        reading.intent = "ask_fact"
        reading.add("attribute", stated_claims.JUDGED_CHOICE, *words.chars(*judged))
        reading.why.append("which of two is better: not held")
        return True
    compared = stated_claims.ages_compared(words.words, words.spans, people)
    if compared is not None:
        claim, first, last = compared
        _people_of_roles(people, names, roles, store, reading)
        reading.add("claim", claim, *words.chars(first, last))
        reading.add("attribute", BIRTH_ATTRIBUTE, *words.chars(first, last))  # then their births, which decide it
        reading.intent = "ask_fact"
        reading.why.append(f"yes/no ages compared: {claim}")
        return True
    story_sides = stated_claims.characters_said(names)
    if len(people) < 2 and len(story_sides) == 2:
        # "who is older, <a> or <b>?" of two characters: their ages in the story, which the store does not compare
        # (their actors' births are another question)
        asked = stated_claims.age_choice(words.words, words.spans, story_sides) or stated_claims.ages_compared(
            words.words, words.spans, story_sides
        )
        if asked is not None:
            reading.intent = "ask_fact"
            reading.add("attribute", STORY_AGES_COMPARED, story_sides[0][0], story_sides[1][0] + len(story_sides[1][1]))
            reading.why.append("two characters' ages compared: not held")
            return True
    born = stated_claims.birth_said(words.words)
    # "he was born in <a year> right?": the person the conversation is about, whom the action finds
    pronoun = next((w for w in words.words if w in stated_claims.BIRTH_PRONOUNS), None) if not people else None
    if born is not None and (len(people) == 1 or pronoun is not None):
        claim, first, last = born
        subject = people[0][1] if people else pronoun
        reading.add("claim", f"born:{subject}/{claim.removeprefix('born:')}", *words.chars(first, last))
        reading.add("attribute", BIRTH_ATTRIBUTE, *words.chars(first - 1, first))
        reading.intent = "ask_fact"
        reading.why.append(f"yes/no birth said: {claim}")
        return True
    people_named = [n for n in names if n.get("entity") == "person"]
    characters = [n for n in names if n.get("entity") == "character"]
    if len(people_named) == 1 and len(characters) == 1 and stated_claims.credit_stated(words.words):
        reading.add("claim", "plays", int(characters[0]["start"]), int(characters[0]["end"]))
        reading.intent = "ask_who_plays"
        reading.why.append("who plays whom, stated")
        return True
    same = stated_claims.same_said(words.words)
    if same is not None:
        named = _named_twice(words, hits, names, store)
        if named is not None:
            kind, ids = named
            reading.add("claim", f"same:{ids[0]}/{ids[1]}", *words.chars(same, same + 1))
            reading.intent = {"person": "ask_person", "character": "ask_character"}.get(kind, "ask_title")
            reading.why.append(f"yes/no one thing named twice: {kind}")
            return True
    inspired = stated_claims.inspiration_by_a_work(words.words) if not names else None
    if inspired is not None and _asks_yes_or_no(words, lexicon):
        # "was it inspired by <another story>?": no source says which works inspired it; left open
        form = polar_form.polar_question(words.text, lexicon.yes_no_openers, _subject_names(store, lexicon))
        if form is not None:
            left_open = _left_open(form, [], reading, None)
            reading.intent, reading.entities = left_open.intent, left_open.entities
        else:  # a statement the form cannot restate: its inspiration, not held
            reading.intent = UNHELD_CLAIM_INTENT
            reading.add("attribute", INSPIRATION, *words.chars(*inspired))
        reading.why.append("yes/no inspired by a named work: not held")
        return True
    source = stated_claims.other_source_said(words.words) if not names else None
    if source is not None and set(source[0].removeprefix("based_on:").split()) <= film_name_words(store, lexicon) | {
        "it",
        "this",
        "that",
    }:
        source = None  # "is there a game based on <the title>?": something made from the film, not its source
    if (
        source is not None
        and not any(h.kind == "claim" and not _source_verb_only(h) for h in hits)
        and _asks_yes_or_no(words, lexicon)
    ):  # "is it based on a video game?": no, on a novel
        claim, first, last = source
        reading.add("claim", claim, *words.chars(first, last))
        reading.intent = "ask_novel"
        reading.why.append(f"yes/no another source: {claim}")
        return True
    later = stated_claims.later_work_asked(words.words, [(h.start, h.end) for h in hits if h.kind == "film"])
    if later is not None and not names:  # "is there a movie after <the title>?": its sequel, which the store may lack
        reading.add("topic", "sequel", *words.chars(later, later + 1))
        reading.intent = "ask_fact"
        reading.why.append("a later film of the story: the sequel")
        return True
    first_said = stated_claims.came_first_said(words.words, [h.start for h in hits if h.kind == "film"])
    if first_said is not None and not names:
        claim, at = first_said
        reading.add("claim", claim, *words.chars(at, at + 1))
        reading.intent = "ask_novel"
        reading.why.append(f"yes/no which came first: {claim}")
        return True
    return False


def _people_of_roles(
    people: list[tuple[int, str]], names: list[dict], roles: list[dict], store: FactStore, reading: Reading
) -> None:
    """The person behind each crew role or character compared ("is the director older than the composer?"),
    tagged over its words, so that the answer's births are theirs (a name said is tagged already)."""
    said = {int(n.get("start") or 0) for n in names if n.get("entity") == "person"}
    for start, person in people:
        entity = next((e for e in [*names, *roles] if int(e.get("start") or 0) == start), None)
        if start not in said and entity is not None:
            reading.add("person", store.people[person].name, start, int(entity.get("end") or start))


# The attribute whose answer follows a yes/no about births: the birth date and place (actions/birth.py).
BIRTH_ATTRIBUTE = "birthday"


def _source_verb_only(hit: Hit) -> bool:
    """ "Adapted from", "adaptation": a `novel` claim read from the verb alone, which the source said after it
    decides ("adapted from an opera" is not from a book)."""
    return hit.key == "novel" and not set(hit.phrase.split()) & stated_claims.BOOK_WORDS


def _named_twice(
    words: _Words, hits: list[Hit], names: list[dict], store: FactStore
) -> tuple[str, tuple[str, str]] | None:
    """(kind, the two ids) when the message names exactly two things of one kind: two titles of films, two
    people, two characters. Titles are this film's (the store's forms), so two of them are one film."""
    films = [h for h in hits if h.kind == "film" and h.phrase not in PRONOUNS | {"it", "its", "this", "that"}]
    if len(films) == 2 and not names and len({h.phrase for h in films}) == 2:
        return "film", ("film", "film")
    kinds = {str(n.get("entity")) for n in names}
    if len(names) != 2 or len(kinds) != 1:
        return None
    kind = kinds.pop()
    ids = [store.resolve(str(n.get("value") or ""), (kind,)) for n in names]
    if not all(ids):
        return None
    return kind, (ids[0][0].id, ids[1][0].id)


# "The first <a person> movie", "the latest <a person> film": a place among someone's works, the name between.
FIRST_PLACES = frozenset({"first", "earliest"})
LATER_PLACES = frozenset({"second", "third", "fourth", "fifth", "last", "latest", "newest", "next", "final"})
PLACED_WORKS = frozenset({"movie", "film", "role", "drama", "show", "book", "novel", "album", "single", "series"})


def _place_in_someones_works(words: _Words, names: list[dict], reading: Reading) -> bool:
    """ "What is the title of the first <a person> movie?": the person's debut, asked with the name between the
    place and the work noun (the vocabulary's "first movie" is split by it); "the latest <a person> film" asks
    the person's later works, which the store lists only some of (`career`: "I don't know"). Never this
    film's title or date, which the classifier's words ("title", "come out") would give."""
    for name in (n for n in names if n.get("entity") == "person"):
        inside = [i for i, (a, _) in enumerate(words.spans) if int(name["start"]) <= a < int(name["end"])]
        if not inside or inside[0] == 0 or inside[-1] + 1 >= len(words.words):
            continue
        place, noun = words.words[inside[0] - 1], words.words[inside[-1] + 1]
        if noun not in PLACED_WORKS or place not in FIRST_PLACES | LATER_PLACES:
            continue
        key = "debut" if place in FIRST_PLACES else "career"
        reading.add("attribute", key, *words.chars(inside[0] - 1, inside[-1] + 2))
        reading.intent = "ask_fact"
        reading.why.append(f"a place among someone's works: {key}")
        return True
    return False


# Plural nouns of a person's works that a count is asked of ("how many novels has <X> released?").
COUNTED_WORKS = frozenset(
    "movies films roles dramas shows books novels albums singles songs works features titles".split()
)
# A series counted is one the store may hold ("how many books has <the author> written in the series?").
SERIES_WORDS = frozenset({"series", "saga"})


def _count_of_someones_works(words: _Words, names: list[dict], reading: Reading) -> bool:
    """ "How many novels has <a person> released?", "has <a person> made 5 feature movies?": a count of the person's
    works, which the store lists only some of (bot/understanding/selection_asked.py): `career`, "I don't know",
    never the size of the list, nor the one book whose series the store counts."""
    if not any(n.get("entity") == "person" for n in names) or not COUNTED_WORKS & set(words.words):
        return False
    if SERIES_WORDS & set(words.words):
        return False
    if not selection_asked.count_asked(words.words):
        return False
    at = next(i for i, w in enumerate(words.words) if w in COUNTED_WORKS)
    reading.add("attribute", "career", *words.chars(at, at + 1))
    reading.intent = "ask_fact"
    reading.why.append("a count of someone's works")
    return True


# What a count of this story's works counts: its films (one, and a sequel the store may lack) or its books.
STORY_FILMS = frozenset({"movies", "films", "installments", "instalments", "parts", "sequels"})
STORY_BOOKS = frozenset({"books", "novels", "volumes"})
# "How many titles are in the <the title> series?": titles of a series are its books ("how many titles does
# <the title> have?" asks the film's names).
SERIES_TITLES = frozenset({"titles", "entries"})


def _count_of_this_story(words: _Words, hits: list[Hit], lexicon: Lexicon, reading: Reading) -> bool:
    """ "How many <the title> movies are there?", "did <the title> have two installments?": this film and any
    sequel (topic `sequel`); "how many books are there in the <the title> saga?": the novel's series, which the
    fans call by the film's nickname too. Never the film's title or date, which the classifier's words give."""
    titled = [h for h in hits if h.kind == "film" and h.phrase in lexicon.film_titles]
    said = set(words.words)
    if not titled or not selection_asked.count_asked(words.words) or has_japanese(words.text):
        return False
    at = titled[0].start
    if said & STORY_BOOKS or said & SERIES_TITLES and said & SERIES_WORDS:
        reading.intent = "ask_novel"
        reading.add("attribute", "novel_series", *words.chars(at, titled[0].end))
        reading.why.append("a count of this story's books: the novel's series")
        return True
    if said & STORY_FILMS:
        reading.intent = "ask_fact"
        reading.add("topic", "sequel", *words.chars(at, titled[0].end))
        reading.why.append("a count of this story's films: any sequel")
        return True
    return False


def _count_of_what_is_not_there(
    words: _Words, hits: list[Hit], lexicon: Lexicon, store: FactStore, reading: Reading
) -> bool:
    """ "How many episodes does it have?", "what season is it on?", "when did it come out in theaters?": the claim
    the count, the part or the place presupposes, which the store denies, answered with its "No, …"
    (bot/understanding/existence.py)."""
    if has_japanese(words.text):
        return False
    counted = (
        existence.counted_thing_it_lacks(words.words, hits, lexicon, store)
        or existence.part_of_what_it_lacks(words.words, hits, lexicon, store)
        or existence.place_it_was_never_in(words.words, hits, lexicon, store)
    )
    if counted is None:
        return False
    named = named_work.find(words.text, store, lexicon.film_titles)
    if named is not None and not named.ours:
        return False  # "in the <another title> TV series, how many episodes …?": that work's parts, not this film's
    claim = lexicon.claims[counted.key]
    reading.intent = claim.then
    word = claim.aliases.get(counted.phrase, counted.phrase)
    reading.add("claim", f"{claim.key}:{word}", *words.chars(counted.start, counted.end))
    reading.why.append(f"a count of what the film has not: {claim.key}")
    a_count = words.words[:2] == list(existence.COUNT_OPENER)  # "how many seasons have been released?": the count
    dated = (
        words.words[0] == "when" or not a_count and any(h.kind == "attribute" and h.key == "release_date" for h in hits)
    )
    if dated and claim.then != "ask_release_date":
        # "when did the first episode air?", "what date was <the title> (season 1) premiered on?": "No, …", then
        # when the film itself came out
        reading.add("also_ask", "ask_release_date", *words.chars(0, 1))
    return True


def _unknown_thing_then_it(
    words: _Words, hits: list[Hit], lexicon: Lexicon, store: FactStore, reading: Reading
) -> bool:
    """ "Is there a sequel and who directed it?": the sequel's "I don't know of …" answers the whole message, never
    the film's own credit for "it" (bot/understanding/existence.py; `_asks_of_the_thing_before` drops the clause)."""
    found = existence.unknown_thing_pointed_back_at(words.words, hits, _clause_starts(words)[1:], lexicon, store)
    if found is None:
        return False
    hit, thing = found
    reading.intent = "ask_fact"
    reading.add("topic", thing, *words.chars(hit.start, hit.end))
    reading.pronoun_of_unknown_thing = thing
    reading.why.append(f"asked of {hit.key} with it: not known")
    return True


# "<a character>'s favorite <X>" (film_talk.FAVOURITE_WORDS): a taste of theirs, whatever is liked.
PERSONAL = "personal"


def _favourite_of_someone(
    words: _Words, names: list[dict], roles: list[dict], store: FactStore, lexicon: Lexicon, reading: Reading
) -> bool:
    """ "What is <a character>'s favorite flower?", "the director's favourite film": a personal taste, which the
    store does not describe ("I don't know <X>'s personal details"), never the card or the credit. Only right after
    the possessive: "my favorite character is <a>" and "your favorite <X>" are other questions."""
    for name in [*names, *roles]:
        end = int(name.get("end") or 0)
        after = next((i for i, (start, _) in enumerate(words.spans) if start >= end), None)
        owned = words.text[end : end + 2] in ("'s", "’s") or words.text[end : end + 1] in ("'", "’")
        if after is None or not owned:
            continue
        if words.words[after] in ("'s", "s", "’s"):
            after += 1
        if after < len(words.words) and words.words[after] in film_talk.FAVOURITE_WORDS:
            liked = Hit("attribute", PERSONAL, words.words[after], after, after + 1)
            if name in roles and _crew_member_described(words, [liked], [name], store, lexicon, reading) is None:
                return False  # a role several people hold: not guessed
            reading.intent = "ask_fact"
            reading.add("attribute", PERSONAL, *words.chars(after, after + 1))
            reading.why.append("a favourite of someone named: personal")
            return True
    starts = {int(name.get("start") or 0) for name in names}
    for at, word in enumerate(words.words[1:-3], start=1):
        # "who is the favourite writer for her?", "the favorite food of <a>": the favourite's owner after it
        owner = at + 3
        if word not in film_talk.FAVOURITE_WORDS or words.words[at - 1] != "the" or words.words[at + 2] not in OWNING:
            continue
        if words.words[owner] in SOMEONE_PRONOUNS or words.spans[owner][0] in starts:
            reading.intent = "ask_fact"
            reading.add("attribute", PERSONAL, *words.chars(at, at + 1))
            reading.why.append("a favourite of someone said after it: personal")
            return True
    return False


# How a favourite's owner follows it ("the favourite writer for her"); a pronoun owner is one of SOMEONE_PRONOUNS.
OWNING = frozenset({"for", "of"})


def _works_compared(words: _Words, store: FactStore, lexicon: Lexicon, reading: Reading) -> bool:
    """ "Which came out first, <the title> or the novel?", "did <the title> come out before <a work>?", "which movie
    is longer, <the title> or <a work>?": this film against another work (bot/understanding/comparisons.py),
    never this film's date or runtime alone (actions/comparisons.py)."""
    if has_japanese(words.text):
        return False
    compared = comparisons.works_compared(words.text, store, lexicon.film_titles)
    if compared is None:
        return False
    reading.add("attribute", comparisons.attribute(compared), *compared.at)
    reading.intent = "ask_fact"
    reading.why.append(f"this film compared with another work: {compared.measure}")
    return True


# What may follow "how <a degree>" when the film is what is judged: "how sad is it?", "how scary is the movie
# really?": a copula, the film pointed at, an adverb.
DEGREE_TAIL = frozenset({"is", "was", "the", "really", "actually", "then"}) | assistants_taste.FILM_POINTERS


def _how_words(words: _Words) -> list[str]:
    """The words of a question opened by "how" (punctuation left out), or none."""
    said = [w for w in words.words if w.isalpha() or "'" in w]
    return said if said[:1] == ["how"] else []


def _degree_of_a_kind(words: _Words, hits: list[Hit]) -> bool:
    """ "How funny is it?", "how sad?": "how" then a word of the genre claim (one word), then at most the film
    pointed at: how much of that kind it is (never its runtime, as "how long is it?" would be)."""
    said = _how_words(words)
    if len(said) < 2:
        return False
    kind = next((h for h in hits if h.kind == "claim" and h.key == "genre" and h.start == 1 and h.end == 2), None)
    return kind is not None and set(said[2:]) <= DEGREE_TAIL


# Words of length: "how long is it?" asks the runtime.
LENGTH_DEGREES = frozenset({"long", "lengthy", "short", "much"})


def _degree_of_a_judgement(words: _Words, hits: list[Hit]) -> bool:
    """ "How emotional is it?", "how violent is the movie?": "how", a word nothing in the lexicon reads, "is"/"was",
    then at most the film pointed at."""
    said = _how_words(words)
    if len(said) < 3 or said[1] in LENGTH_DEGREES or not said[1].isalpha():
        return False
    if any(h.start <= 1 < h.end for h in hits):
        return False  # "how good is it?", "how popular is it?", "how sad is it?": the lexicon reads it
    return (
        said[2] in ("is", "was")
        and set(said[3:]) <= DEGREE_TAIL
        and bool(set(said[3:]) & assistants_taste.FILM_POINTERS)
    )


def _length_of_a_named_song(roles: list[dict[str, Any]], store: FactStore, reading: Reading) -> None:
    """ "Is <the song> over 5 minutes long?": the runtime compared is the song's, whose length no source gives; the
    reading of a compared runtime becomes the song's length, not held (as "how long is <the song>?" is read)."""
    song = next((r for r in roles if store.role(str(r.get("value"))) == SONG_ROLE), None)
    compared = next((e for e in reading.entities if e["entity"] == "claim"), None)
    if song is None or compared is None:
        return
    reading.entities.remove(compared)
    reading.intent = "ask_fact"
    reading.add("attribute", "runtime", compared["start"], compared["end"])
    reading.add("topic", SONG_ROLE, int(song["start"]), int(song["end"]))
    reading.why.append("the runtime compared is the song's: not held")


def _runtime_compared(words: _Words, lexicon: Lexicon, reading: Reading) -> bool:
    """ "Is it longer than two hours?", "is it under 90 minutes?", "can it be watched in two hours?": the runtime,
    with a yes or no first."""
    if has_japanese(words.text) or not _asks_yes_or_no(words, lexicon):
        return False
    joined = " ".join(words.words)
    found = RUNTIME_COMPARED.search(joined) or WATCHED_WITHIN.search(joined)
    if found is None:
        return False
    word, count, half, unit, half_after = found.groups()
    amount = float(NUMBER_WORDS.get(count) or int(count)) + (0.5 if half or half_after else 0.0)
    minutes = round(amount * 60) if unit.startswith("h") else round(amount)
    side = "runtime_within" if found.re is WATCHED_WITHIN else "runtime_under"
    side = "runtime_over" if word in LONGER_WORDS else side
    at = len(joined[: found.start(1)].split())
    reading.add("claim", f"{side}:{minutes}", *words.chars(at, at + 1))
    reading.intent = "ask_runtime"
    reading.why.append(f"yes/no {side} {minutes} minutes")
    return True


# A closing tag question ("…, wasn't it?", "…, isn't it") asks the clause before it; a longer yes/no clause asks on
# its own.
TAG_QUESTION_MAX_WORDS = 3


# "do you know anything about <X>?", "what do you know about <X>?": what the assistant knows of <X> is <X> asked.
KNOWING_ABOUT = (("know", "anything", "about"), ("know", "much", "about"), ("know", "about"))


def _after_knowing_about(words: list[str]) -> list[int]:
    """Where the words after each "know (anything, much) about" start, the longer phrases first."""
    return [
        at + len(phrase)
        for phrase in KNOWING_ABOUT
        for at in range(len(words))
        if tuple(words[at : at + len(phrase)]) == phrase
    ]


def _knowledge_of_asked(words: list[str], attribute: int) -> bool:
    """Whether the words just before the attribute at `attribute` ask what the listener knows about it."""
    return any(end <= attribute <= end + 1 for end in _after_knowing_about(words))


def _knowledge_of_another(words: list[str], names: list[dict[str, Any]], lexicon: Lexicon) -> bool:
    """ "What do you know about <X>?" with <X> the message's last words and nothing of ours in them: no name of ours,
    no word of the lexicon (a film word, an attribute, a relation, a claim), no pronoun nor the speakers."""
    ends = _after_knowing_about(words)
    asked = words[ends[0] :] if ends else []
    if names or (PRONOUNS | TALK_PARTIES | FILM_PRONOUNS) & set(asked):
        return False
    # "what do you know about, exactly?": nothing named after "about" is no subject at all
    named = [w for w in asked if w.isalpha() and w not in coverage.FUNCTION_WORDS and w not in KNOWING_ADVERBS]
    return bool(named) and not lexicon.find(asked, ("attribute", "film", "relation", "claim"))


KNOWING_ADVERBS = frozenset({"exactly", "really", "anyway", "then", "now", "here", "there", "already", "much"})


def _told_before_a_yes_no_question(words: _Words, starts: list[int], own: int, lexicon: Lexicon) -> bool:
    """Whether the clause from `own` tells (it opens with no yes/no word) and a later clause asks a yes/no question of
    its own, longer than a tag."""
    if words.words[own] in lexicon.yes_no_openers:
        return False
    ends = [*starts[1:], len(words.words)]
    return any(
        start > own and words.words[start] in lexicon.yes_no_openers and end - start > TAG_QUESTION_MAX_WORDS
        for start, end in zip(starts, ends, strict=True)
    )


def _release_year_claimed(
    words: _Words,
    hits: list[Hit],
    names: list[dict],
    relation: Hit | None,
    lexicon: Lexicon,
    reading: Reading,
    store: FactStore | None = None,
) -> bool:
    """ "Is it from the 1990s?", "did it come out before 2020?": the release date, with a yes or no first.

    Only of the film: with a person or character named ("was <an actor> born in <a year>?") the year is theirs.
    """
    if names or relation is not None or has_japanese(words.text) or not _asks_yes_or_no(words, lexicon):
        return False
    if (PRONOUNS | lexicon.pronouns) & set(words.words):
        return False  # "was she in a 2019 film?": a person's work, not this film's release
    found = (
        clauses.year_claimed(words.words, words.text)
        or clauses.novel_year_claimed(words.words, words.text)
        or clauses.release_time_claimed(words.words)
        or _out_by_now(words, hits, lexicon)
    )
    if found is None:
        return False
    claim, at = found
    then = clauses.PATTERN_CLAIMS.get(claim.partition(":")[0], "ask_release_date")
    things = attribute_owner.things_named(words.words[:at], lexicon)
    if things:  # "was the trailer released in 2023?": the trailer's date, which its own answer gives
        start, end, thing = things[0]
        date_asked = Hit("attribute", "release_date", "", at, at + 1)
        owned = attribute_owner.AskedOfAThing(thing, (start, end), date_asked, thing.answer("release_date"))
        _answer_of_a_thing(words, owned, reading.entities, lexicon, reading)
        if claim.partition(":")[0] in THING_YEAR_CLAIMS:  # decided from the year its own answer gives
            reading.add("claim", f"thing_released:{thing.key}/{claim}", *words.chars(at, len(words.words)))
        return True
    starts = _clause_starts(words)
    own = max(i for i in starts if i <= at)
    if _told_before_a_yes_no_question(words, starts, own, lexicon):
        return False  # "this is an old film released in 2024, is it a black-and-white film?": the year is told
    asked = [h for h in hits if h.kind == "attribute" and h.key != "release_date"]
    reading.add("claim", claim, *words.chars(at, len(words.words)))
    wh_before = any(words.words[i] in WH_OPENERS for i in starts if i < own)
    if wh_before and any(h.start < own for h in asked):
        # "What genre is it? Is it from two years ago?": the wh-question first, the yes/no second
        reading.add("also_ask", then, *words.chars(at, len(words.words)))
        reading.why.append(f"then yes/no release year {claim}")
        return False
    reading.intent = then
    reading.why.append(f"yes/no release year {claim}")
    later = clauses.wh_clause_after(words.words, starts, at)
    if later is not None:  # "Is it from 2024? What genre is it?"
        _wh_after_claim(words, [h for h in asked if h.start >= later], then, lexicon, reading)
    if words.text.count("?") > 1 and store is not None:  # "how long is it? is it from 2024?": the other question too
        _other_parts(words.text, words, Hit("claim", claim, "", at, at + 1), names, store, lexicon, reading)
    return True


# The claims a thing's own date decides ("did the song come out in <year> / on a <weekday>?"; "years ago" is not).
THING_YEAR_CLAIMS = frozenset({"released", "released_before", "released_after", "released_on"})


# Endings of "is it out (yet)?", "has it come out already?": whether it has been released by now.
OUT_BY_NOW = (
    ("out",),
    ("out", "yet"),
    ("out", "already"),
    ("out", "now"),
    ("released", "yet"),
    ("released", "already"),
)
# Before such an ending (when the film is not named right there): "has it come out?", "has it been released yet?".
OUT_VERBS = frozenset({"come", "came", "been", "be"})


def _out_by_now(words: _Words, hits: list[Hit], lexicon: Lexicon) -> tuple[str, int] | None:
    """ "Is the movie out?", "is it out yet?": released by now (claim `released_by:now`), decided from the
    premiere date. Only in a yes/no clause ("is it good? when did it come out?" asks when) and when the
    ending follows the film or a verb of coming out: "did <a character> find out?" is no release."""
    end = _tag_start(words)
    for ending in OUT_BY_NOW:
        at = end - len(ending)
        if at < 1 or tuple(words.words[at:end]) != ending:
            continue
        own = max(i for i in _clause_starts(words, hedged=True) if i <= at)
        if words.words[own] not in lexicon.yes_no_openers:
            continue
        timed = _time_clause(words.words)
        if timed is not None and timed < at:
            continue  # "did critics like it when it came out?": when, not whether it is out
        if any(h.kind == "film" and h.end == at for h in hits) or words.words[at - 1] in OUT_VERBS:
            return "released_by:now", at
    return None


# Before "<year> <work>", words that pick a work out rather than say what this one is.
DESCRIBING_DETERMINERS = frozenset({"which", "what", "the"})


# "the book", "the song": this film's novel and song when said with "the" (their years are checked by the claims).
OURS_BY_THE = [["the", noun] for noun in ("book", "novel", "manga", "song", "author", "series", "cast", "director")]
# Words after which a year is when the story is set, which the store may not hold but is this film's question.
STORY_TIME_WORDS = frozenset({"set", "takes", "take", "took", "happen", "happens", "happened", "story"})


def _before_this_films_time(words: _Words, hits: list[Hit], store: FactStore) -> str | None:
    """ "what television network showed its sports in 1970?": "in <a year>" before the earliest date of this film
    and its novel, with nothing of this film named or pointed at (the caller checked names and personal pronouns;
    "it", "this" and a title keep the film) and no time of its story asked. The year, or None."""
    w = words.words
    if {"it", "this", "that"} & set(w) or STORY_TIME_WORDS & set(w) or any(h.kind == "film" for h in hits):
        return None
    if novel_reading.the_book_itself(w) or any(w[i : i + 2] in OURS_BY_THE for i in range(len(w) - 1)):
        return None  # "was the book published in 2020?": its novel's date, checked by the claims
    dated = _dated_years(store)
    if not dated:
        return None
    for i, word in enumerate(w[:-1]):
        if word == "in" and re.fullmatch(r"(?:1[89]|20)\d\d", w[i + 1]) and int(w[i + 1]) < min(dated):
            return w[i + 1]
    return None


def _dated_years(store: FactStore) -> frozenset[int]:
    """The years of this film's and its novel's dated facts."""
    return frozenset(
        int(str(fact.value)[:4])
        for fact in (*store.film.values(), *store.novel.values())
        if fact.known and re.match(r"(?:19|20)\d\d\b", str(fact.value))
    )


def _other_year(words: _Words, store: FactStore) -> str | None:
    """ "the 1953 film <a title>": a work dated to a year none of this film's or its novel's dates has."""
    years = {str(year) for year in _dated_years(store)}
    w = words.words
    pointed = bool((PRONOUNS | THIS_WORDS) & set(w))
    for i, word in enumerate(w[:-1]):
        if re.fullmatch(r"(?:19|20)\d\d", word) and w[i + 1] in WORK_NOUNS and word not in years:
            # "is it a 2023 film?" is a claim about this film, answered with its date; "which 2001 movie is
            # this from?", "in the 1986 movie <X>" describe another work whatever pronouns follow
            if pointed and not (i > 0 and w[i - 1] in DESCRIBING_DETERMINERS):
                continue
            return f"{word} {w[i + 1]}"
    return None


# Personal pronouns: after a name the store does not hold, they point at that one, not the conversation's
# ("how old does <another film's character> say he is?"); "it" and "this film" stay this film.
PERSONAL_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers", "they", "them", "their"})
# Where a name is a person's in a question about this film: "is <X> in it", "did <X> play", "<X>'s
# character".
# "<a credit> by <X>" is left to the credit claim ("was it directed by <X>?": no, then the credit).
PERSON_BEFORE = frozenset(
    {"is", "was", "does", "did", "has", "have", "with", "starring", "featuring", "star", "stars", "feature", "features"}
)
PERSON_AFTER = frozenset(
    {
        "star",
        "stars",
        "starred",
        "play",
        "plays",
        "played",
        "appear",
        "appears",
        "appeared",
        "act",
        "acts",
        "acted",
        "character",
        "characters",
        "role",
        "part",
    }
)


# The last word of a prize's name ("the Pulitzer Prize", "an Akutagawa award").
AWARD_NOUNS = frozenset({"prize", "prizes", "award", "awards", "medal", "medals", "trophy"})
# Words that name this film's book or its writer without a name: "the novel", "the author".
THIS_BOOK_OR_ITS_WRITER = novel_reading.BOOK_NOUNS | novel_reading.AUTHOR_NOUNS


# Verbs of a crew credit right after a name: "did <X> direct it?" claims the credit (a yes or no).
CREDIT_VERB_WORDS = frozenset(
    "direct directed write wrote produce produced compose composed score scored edit edited".split()
)


def _other_named(
    words: _Words,
    hits: list[Hit],
    names: list[dict],
    spans: list[coverage.Span],
    store: FactStore,
    lexicon: Lexicon,
    known: frozenset[str],
    reading: Reading,
) -> bool:
    """A capitalised name the store does not hold (bot/understanding/proper_names.py): whose question is it?

    With nothing of this film in the message, the name is the question's subject: out of scope. In a
    question about this film, a name in a person's place ("is <X> in it?", "<X>'s character in the
    film") is a person the store does not hold: asked as a person, so the reply is "I don't know
    anyone by that name", never another person's facts. Otherwise the other rules decide.
    """
    if has_japanese(words.text):
        return False
    works = coverage.known_work_words(store)
    parts = proper_names.store_names(store)
    found = proper_names.unknown_names(
        words.text,
        words.words,
        words.spans,
        lambda i: coverage.covered(i, hits, spans),
        known | works,
        lexicon.ordinary_names,
        parts,
    )
    if set(words.words) & THIS_BOOK_OR_ITS_WRITER:
        # "did the novel win a Pulitzer Prize?", "has the author won the <X> Award?": a prize's name, asked of
        # this film's book or writer, is what is asked (its awards), not another subject
        found = [n for n in found if words.words[n.end - 1] not in AWARD_NOUNS]
    if any(n.get("entity") == "person" for n in names) or cast_by_work.CAST_SUBJECT_WORDS & set(words.words):
        # "when did <a> receive the <X> Award for Best <Y>?": an award's name (an award noun in it), asked of one
        # of the film's people however spelt, is what is asked (whether the store holds that award for them)
        found = [n for n in found if not AWARD_NOUNS & set(words.words[n.start : n.end])]
    # "the director mentioned above": words that point back name no one
    found = [n for n in found if not conversation_talk.BACK_REFERENCES & set(words.words[n.start : n.end])]
    if not found:
        return False
    first = found[0]
    if _credited_to(words, first):
        return False  # "was the score composed by <X>?": a claim about this film's credit (a yes or no)
    if words.words[first.end : first.end + 1] and words.words[first.end] in CREDIT_VERB_WORDS:
        return False  # "did <X> direct this film?": the credit's claim, decided by who holds it

    def outside(index: int) -> bool:
        return not any(n.start <= index < n.end for n in found)

    # "the film <X>" is <X>, not this film: a film word right before a capitalised word that is not
    # this film's title is that title's.
    film = [
        h
        for h in hits
        if h.kind == "film"
        and outside(h.start)
        and h.phrase not in PERSONAL_PRONOUNS
        and not (
            h.end < len(words.words)
            and proper_names.capitalised(words.text, words.spans[h.end])
            and not any(o.kind == "film" and o.start == h.end for o in hits)
        )
        # "<X>: The Movie": capitalised right after another name, the film words end that name's title
        and not (any(n.end == h.start for n in found) and proper_names.capitalised(words.text, words.spans[h.start]))
    ]
    pronouns = [
        i
        for i, w in enumerate(words.words)
        if w in (PRONOUNS | lexicon.pronouns) and outside(i) and (i < first.start or w not in PERSONAL_PRONOUNS)
    ]
    # "I also like <X>, have you seen that movie?": "that" after the name points back at it, not at this film
    film = [h for h in film if not (h.start >= first.end and words.words[h.start] in POINTING_BACK)]
    pronouns = [i for i in pronouns if not (i >= first.end and words.words[i] in POINTING_BACK)]
    # A name entity is this film's when it has a word of the store's names; "the main character" (a role
    # phrase the entity rules tag) "in <another title>" is that title's.
    named = [
        n
        for n in names
        if proper_names.is_proper_name(words.text[int(n.get("start", 0)) : int(n.get("end", 0))], parts)
    ]
    # "in the movie <X>", "the novel <X>": the question names the work it is about, and that is not this one,
    # whatever pronouns it has ("how many students spent their Saturday in the movie <X>?").
    # "who played <a part> in <X>?" too: a part is played in a work. A character of ours named with it is asked of
    # that work's part (ours are in this film only); a person of ours may be in other works.
    titled = next(
        (
            n
            for n in found
            if n.start > 0
            and (words.words[n.start - 1] in coverage.WORK_NOUNS or proper_names.played_in(words.words, n.start))
        ),
        None,
    )
    this_title = _this_title_named(hits, lexicon)
    if titled is not None and not this_title and not [n for n in named if n.get("entity") == "person"]:
        reading.intent = OUT_OF_SCOPE
        reading.why.append(f"another work named: {titled.text}")
        return True
    if not film and not pronouns and not named and not names and people_reading.asks_a_part(words.words):
        # "what character does <X> play?", "who plays <Y>?": a part asked with no work named is a part in this film
        reading.intent = "ask_person"
        reading.add("person", first.text, *words.chars(first.start, first.end))
        reading.why.append(f"a part asked of a name the store does not hold: {first.text}")
        return True
    if not film and not pronouns and not named:
        reading.intent = OUT_OF_SCOPE
        reading.why.append(f"another name: {first.text}")
        return True
    characters = [n for n in names if n.get("entity") == "character"]
    said = set(words.words)
    playing = (people_reading.PLAY_VERBS | stated_claims.PLAYED_WORDS) & said and not said & stated_claims.WH_WORDS
    if len(characters) == len(names) == 1 and playing:
        # "is <a character> played by <X>?": who plays the character is the store's, and <X> is not the one
        reading.intent = "ask_who_plays"
        reading.add("person", first.text, *words.chars(first.start, first.end))
        reading.add("claim", "plays", int(characters[0]["start"]), int(characters[0]["end"]))
        reading.why.append(f"who plays whom, asked of a name the store does not hold: {first.text}")
        return True
    if names:
        return False  # "does <X> star with <an actor>?": the rules about the named person decide
    before = words.words[first.start - 1] if first.start > 0 else ""
    after = words.words[first.end] if first.end < len(words.words) else ""
    if before in PERSON_BEFORE or after in PERSON_AFTER or after.endswith("'s"):
        reading.intent = "ask_person"
        reading.add("person", first.text, *words.chars(first.start, first.end))
        reading.why.append(f"a person the store does not hold: {first.text}")
        return True
    return False


# Head nouns of what a character is like: their description says it ("the personality traits of <a>").
CHARACTER_NATURE = frozenset({"personality", "personalities", "trait", "traits", "nature", "temperament", "qualities"})


# A demonstrative after a name points back at what the name named ("<X>? I haven't seen that one").
POINTING_BACK = frozenset({"that", "those"})


# After a role ("the main character of <X>"): where the work the role belongs to is named.
ROLE_OF = frozenset({"of", "in", "from"})


def _role_of_other_work(
    words: _Words,
    hits: list[Hit],
    names: list[dict],
    spans: list[coverage.Span],
    store: FactStore,
    known: frozenset[str],
    reading: Reading,
) -> bool:
    """ "Who is the main character of <another title>?": a role phrase, not a name, of another work.

    The entity rules tag role phrases ("the main character") as characters; a role is this film's
    only when nothing else is named. Words after "of"/"in" that are neither this film's words nor
    anything the lexicon reads name the work the role belongs to: out of scope.
    """
    if has_japanese(words.text) or not names or any(h.kind == "film" for h in hits):
        return False
    parts = proper_names.store_names(store)
    if any(
        proper_names.is_proper_name(words.text[int(n.get("start", 0)) : int(n.get("end", 0))], parts) for n in names
    ):
        return False
    if PRONOUNS & set(words.words):
        return False
    end = max(s.end for s in spans) if spans else 0
    if end >= len(words.words) or words.words[end] not in ROLE_OF:
        return False
    # the work is the noun phrase after "of": "the author of the novel was born in what city?" asks the city of
    # the author, not of a work
    phrase_end = next(
        (i for i in range(end + 1, len(words.words)) if words.words[i] in owners.PHRASE_ENDS), len(words.words)
    )
    rest = [
        i
        for i in range(end + 1, phrase_end)
        if words.words[i] not in coverage.FUNCTION_WORDS and not coverage.covered(i, hits, spans)
    ]
    described = character_question.described_words(store, [str(n.get("value")) for n in names])
    unknown = [i for i in rest if not coverage.knows(words.words[i], known) and words.words[i] not in described]
    addressed = coverage.Span(end + 1, phrase_end)
    if not unknown and rest and coverage.addressed_title(words.words, addressed):
        unknown = rest  # "who plays the main character in your name": the assistant owns no work, so "your <X>" is one
    if not unknown and words.words[0] in WHO_WORDS and any(words.words[i] in described for i in rest):
        # "who is the head nurse of the hospital?": the place is the one the role's description names
        reading.intent = "ask_character"
        reading.why.append("a role of a place its description names")
        return True
    if not unknown:
        return False
    reading.intent = OUT_OF_SCOPE
    reading.why.append(f"a role of another work: {' '.join(words.words[i] for i in unknown)}")
    return True


# Attributes that are verbs of making a work: "what did <a person> write/direct?" asks for the works.
WORK_VERBS = frozenset({"writer", "director"})
OBJECT_WH = frozenset({"what", "which"})


# Words a search for one person may hold besides their name and what is searched: with this film's title ("<a>
# <the title> role"; a number, a year, too, and the film's own service), with a kind of work ("<a> tv series").
PERSON_IN_FILM_WORDS = frozenset("in the of on from movie film role part character cast actor actress".split())
PERSON_WORKS_WORDS = frozenset("tv all list other of the starring featuring with by".split())


def _search_for_a_person(
    words: _Words,
    hits: list[Hit],
    names: list[dict],
    spans: list[coverage.Span],
    store: FactStore,
    lexicon: Lexicon,
    reading: Reading,
) -> bool:
    """A search typed as one person the store holds and one thing more, nothing else asked: "<a> <the film's title>"
    is who they are in this film (their card), never their other works; "<a> tv series", "<a band> albums" their
    works of that kind, never whether this film is a series nor who they are."""
    people = [n for n in names if n.get("entity") == "person" and store.resolve(str(n.get("value")), ("person",))]
    if len(people) != 1 or len(names) != 1 or has_japanese(words.text):
        return False
    named = {i for s in spans for i in range(s.start, s.end)}
    if any(h.kind == "film" for h in hits):
        films = [h for h in hits if h.kind == "film" and h.key == "film"]
        if not films or any(h.kind != "film" for h in hits):
            return False
        covered = named | {i for h in films for i in range(h.start, h.end)}
        platform = store.film.get("platform")
        service = set(tokens(str(platform.value))) if platform is not None and platform.known else set()
        if any(
            i not in covered and word not in PERSON_IN_FILM_WORDS | service and word.isalnum() and not word.isdigit()
            for i, word in enumerate(words.words)
        ):
            return False
        if all(set(hit.phrase.split()) <= GENERIC_FILM_WORDS for hit in films):
            return False  # "<a> movie": their films, not this one
        reading.intent = "ask_person"
        reading.why.append("a person and this film's title, nothing else asked")
        return True
    kinds = {word for forms in lexicon.work_media.values() for form in forms for word in form.split()}
    rest = [word for i, word in enumerate(words.words) if i not in named and word.isalnum()]
    if not rest or not set(rest) & kinds or any(w not in kinds and w not in PERSON_WORKS_WORDS for w in rest):
        return False
    reading.intent = "ask_other_work"
    reading.why.append("a person and a kind of work, nothing else asked")
    return True


def _works_of_person(words: _Words, hits: list[Hit], names: list[dict], store: FactStore, reading: Reading) -> bool:
    """ "What did <a person> write?", "which films has <a person> directed?": the person's works.

    The wh-word asks for the object of the verb of making, and the subject is a person the store
    holds: the answer is their other work, never the credit of this film ("who wrote it?").
    """
    w = words.words
    if not w or {"who", "whos", "who's"} & set(w):
        return False
    people = [n for n in names if n.get("entity") == "person" and store.resolve(str(n.get("value")), ("person",))]
    # "what movies is she in?": a pronoun for the conversation's person stands for the name
    pronoun = not names and bool((PERSONAL_PRONOUNS - GENERIC_PRONOUNS) & set(w))
    if len(people) != 1 and not pronoun:
        return False
    if _works_asked(words, hits, names):
        reading.intent = "ask_other_work"
        reading.why.append("works of a person asked for")
        return True
    if w[0] not in OBJECT_WH:
        return False
    if any(h.kind == "attribute" and h.key in PERSONAL_KEYS for h in hits):
        return False  # "what does <a person> do?": their occupation, not their works
    # a role word that is the name ("the author" tagged as the novelist) or stands before it as a title
    # ("director <a name>") is no verb of making
    named = [(span.start, span.end) for span in spans_of(words, people)]
    verbs = [
        h
        for h in hits
        if h.kind == "attribute"
        and h.key in WORK_VERBS
        and not any(start <= h.start < end or h.end == start for start, end in named)
    ]
    auxiliary = {"did", "has", "have", "does"} & set(w)
    if pronoun or not verbs or not auxiliary or verbs[0].start < int(min(i for i, x in enumerate(w) if x in auxiliary)):
        return False
    name_end = max(end for _, end in named) if named else verbs[0].start
    if any(word not in MAKING_VERB_LEAD for word in w[name_end : verbs[0].start]):
        return False  # "what did <a> get help from to write <the title>?": another verb is asked, making is its aim
    reading.intent = "ask_other_work"
    reading.why.append("the works of a person")
    return True


# What may stand between the person and the verb of making: "what did <a> ever write?", "… first direct?".
MAKING_VERB_LEAD = frozenset({"also", "ever", "first", "last", "recently", "originally", "just", "really", "actually"})


# "What movies does <X> play in?", "name a film <X> acted in", "give me all books by <X>": the works
# are what is asked; only these attributes may come with them (a "debut" or an award is another question).
LISTING_OPENERS = frozenset({"name", "give", "list", "tell", "show"})
WORK_LIST_NOUNS = frozenset(
    {"movie", "movies", "film", "films", "book", "books", "novel", "novels", "show", "shows", "drama", "dramas"}
    | {"series", "songs", "albums", "singles"}
)
# Words between the wh-word and the work noun that keep it a list of works: "what tv show", "which other films".
WORK_MODIFIERS = frozenset({"other", "all", "tv", "television"})
WORK_ATTRIBUTES = frozenset({"director", "writer", "producer", "cast", "other_work", "novel", "music"})


def _works_asked(words: _Words, hits: list[Hit], names: list[dict]) -> bool:
    """ "Which movies does <a person> play in?", "name a film <a person> acted in": a wh-word or a
    listing verb whose object is a work noun, about one person and not this film."""
    w = words.words
    if any(n.get("entity") == "character" for n in names) or any(h.kind == "film" for h in hits):
        return False
    if any(h.kind == "attribute" and h.key not in WORK_ATTRIBUTES for h in hits):
        return False
    if w[0] in OBJECT_WH or w[:2] == ["how", "many"]:  # "how many songs did he write?": his works
        head = 2 if w[0] == "how" else 1
        if w[0] in OBJECT_WH and w[1:3] in (["are", "the"], ["were", "the"]):
            head = 3  # "what are the shows featuring her?": a plural of works, never this one film
            if w[head : head + 1] == [] or w[head] not in WORK_LIST_NOUNS or not w[head].endswith("s"):
                return False
        head += 1 if w[head : head + 1] and w[head] in WORK_MODIFIERS else 0
        return w[head : head + 1] != [] and w[head] in WORK_LIST_NOUNS
    if w[0] in LISTING_OPENERS:
        return any(word in WORK_LIST_NOUNS for word in w[1:5])
    return False


# Works that are not this one: "movies directed by <X>", "a film written by <X>", "anything by <X>".
OTHER_WORKS = frozenset({"movies", "films", "books", "novels", "shows", "anything", "something", "ones", "others"})
INDEFINITE = frozenset({"a", "an", "any", "another", "other", "some"})


def _credited_to(words: _Words, name: proper_names.Name) -> bool:
    """ "<a credit> by <X>" about this film's credit, unless other works are what was made by <X>.

    "Was it directed by <X>?", "was the score composed by <X>?" claim a credit of this film (decided
    by the credit claim); "movies (that are) directed by <X>", "a film by <X>" ask for other works.
    """
    w = words.words
    if name.start == 0 or w[name.start - 1] != "by":
        return False
    before = w[: name.start - 1]
    if before and before[-1] in people_reading.PLAY_VERBS:
        return False  # "which character is played by <X>?": a part, not a credit of the film's making
    others = any(
        word in OTHER_WORKS or (word in coverage.WORK_NOUNS and i > 0 and before[i - 1] in INDEFINITE)
        for i, word in enumerate(before)
    )
    return not others
