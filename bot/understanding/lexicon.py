"""The attribute lexicon: which words ask for which attribute, relation or yes/no claim.

Loaded from vocabulary.yml (curated data) and validated on load, so a typo in
the file fails at start-up with the entry named, not as a wrong answer later.
Matching is on lower-case word sequences, longest phrase first, and a single
long word also matches with one typo ("composr", "directer").
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

import yaml
from rapidfuzz import fuzz, process

from bot.japanese import has_japanese, segments
from bot.understanding.real_words import is_real_word, one_word
from bot.understanding.spelling import known_words, standard
from bot.yaml_files import load_yaml_file

# Intents that answer only of the film: whatever else an attribute fits, they never answer of a person or a
# character.
FILM_ONLY_INTENTS = frozenset({"ask_rating", "ask_runtime"})
VOCABULARY_PATH = Path(__file__).with_name("vocabulary.yml")
# Japanese words for the same entries, merged in on load (additive: keys live in vocabulary.yml).
JAPANESE_VOCABULARY_PATH = Path(__file__).with_name("vocabulary_ja.yml")
SUBJECT_KINDS = ("film", "person", "character")
UNHELD = "unheld"
TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
WORDLIKE = re.compile(r"\w")
TYPO_MIN_LENGTH = 6
# A shorter word (4-5 letters) may be a typo of an attribute word of 5-6 letters, by a dropped or swapped letter.
SHORT_TYPO_LENGTHS = (4, 5)
# The intents a small-talk formula may say (vocabulary `social`).
SOCIAL_INTENTS = frozenset({"greet", "goodbye", "thanks", "affirm", "deny", "help"})
TYPO_SCORE = 85.0
# Relation words this long or longer may be misspelt after a possessive ("<a character>s moter").
RELATION_TYPO_MIN = 5


class VocabularyError(ValueError):
    """vocabulary.yml cannot be used; the message names the entry."""


# The words of film phrases that point at a film without naming it ("it", "that one", "the movie").
GENERIC_FILM_WORDS = frozenset("it its it'll it'd the that this one movie film flick".split())


def tokens(text: str) -> list[str]:
    """Lower-case words; curly apostrophes unified, so "<name>’s" and "<name>'s" match alike.

    Japanese is cut into words by bot/japanese.py (punctuation dropped), in text order with the Latin words.
    Each word is in its standard spelling ("u" -> you, "genere" -> genre, "sooo" -> so; bot/understanding/spelling.py).
    """
    lowered = _lowered(text)
    return [standard_word(lowered[start:end]) for start, end in token_spans(text)]


def standard_word(word: str) -> str:
    """The standard spelling of one lower-case word of a message, a possessive kept ("bday's" -> birthday's)."""
    if word.endswith("'s"):
        return standard(word[:-2]) + "'s"
    return standard(word)


def _lowered(text: str) -> str:
    return text.lower().replace("\u2019", "'").replace("-", " ")


def token_spans(text: str) -> list[tuple[int, int]]:
    """Where the words of `text` are; the text is lower-cased first (spans are those of the lowered text)."""
    lowered = _lowered(text)
    spans = [m.span() for m in TOKEN.finditer(lowered)]
    if has_japanese(text):
        spans += [(a, b) for a, b in segments(lowered) if WORDLIKE.search(lowered[a:b])]
        spans.sort()
    return spans


@dataclass(frozen=True)
class Attribute:
    key: str
    words: tuple[str, ...]
    answer: dict[str, str]
    fits: frozenset[str] = frozenset()
    entity: dict[str, str] = field(default_factory=dict)
    label: str = ""
    # The words for the film's own when "its <label>" does not fit ("its people's health" for a death asked)
    film_label: str = ""
    novel_words: frozenset[str] = frozenset()
    # Words that show a sentence of the store's story text answers it ("lives", "nurse"): a character's
    # attribute is read from their description and the spoiler-free story, or is not known.
    evidence: tuple[str, ...] = ()
    # Phrases that only name the kind of answer ("which company", "what country was"): they give way
    # to these attributes named after them ("which company distributed it?" asks the distributor).
    kind_words: frozenset[str] = frozenset()
    gives_way_to: frozenset[str] = frozenset()
    # Verbs of the credit that ask who did it, which other credits did too ("who produced it?": the
    # production companies besides the producers); the credit's nouns name it alone.
    verb_words: frozenset[str] = frozenset()
    verb_also: tuple[str, ...] = ()

    def intent_for(self, kind: str) -> str:
        """The answering intent for a subject of this kind, or UNHELD."""
        return self.answer[kind]

    def fits_intent(self, intent: str, kind: str) -> bool:
        # the film's rating or runtime never answers of a person or a character: "彼女は何歳？" asks her age, not the
        # rating "how old must a viewer be" would
        if kind != "film" and intent in FILM_ONLY_INTENTS:
            return intent == self.answer[kind]
        return intent == self.answer[kind] or intent in self.fits


@dataclass(frozen=True)
class OwnedThing:
    """One of this film's things that owns attributes of its own (its trailer, its theme song, a sequel): what the
    store holds of it, by the attribute asked, as the attribute whose answer gives it ("*": whatever is asked)."""

    key: str
    words: tuple[str, ...]
    label: str
    held: dict[str, str]
    # what the thing has at all, held or not (a song has a genre and a length, no cast): "what genre is it?" right
    # after its answer asks its genre, "who is in it?" the film's cast
    has: frozenset[str] = frozenset()

    def answer(self, asked: str) -> str | None:
        """The attribute that answers `asked` of this thing, or None when the store holds nothing of it."""
        return self.held.get(asked) or self.held.get(ANY_ATTRIBUTE)


# An owned thing's `held` key for whatever attribute is asked of it ("when is the sequel out?": no sequel is held).
ANY_ATTRIBUTE = "*"


@dataclass(frozen=True)
class Claim:
    key: str
    words: tuple[str, ...]
    fact: str
    holds: Any
    then: str
    aliases: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Hit:
    """A lexicon phrase found in the message, by token positions."""

    kind: str  # attribute | relation | claim | spoilers | film | other_topic | opener
    key: str
    phrase: str
    start: int
    end: int


# "How long does <a> have?", "how much time has she got?": the time someone has left, the question's frame around
# its subject (a phrase of the vocabulary is one run of words). The hit is the closing verb.
TIME_LEFT_OPENERS = (("how", "long"), ("how", "much", "time"))
TIME_LEFT_AUXILIARIES = frozenset({"does", "did", "do", "has", "had", "have", "will", "would"})
TIME_LEFT_VERBS = frozenset({"have", "got", "had"})
# The words a framed question's subject may take ("<a>", "her character", "the girl in the hospital").
FRAMED_SUBJECT_MAX_WORDS = 4
# A work or a thing as the subject: "how long does the movie have?" asks no one's time left
NO_TIME_LEFT_SUBJECTS = frozenset("it its movie film flick show book novel filming shoot shooting trailer song".split())


def _words_end(words: list[str]) -> int:
    """Where the question's words end, the punctuation after them left out."""
    ending = len(words)
    while ending and not words[ending - 1].isalpha():
        ending -= 1
    return ending


def _time_left_framed(words: list[str], taken: list[bool]) -> list[Hit]:
    ending = _words_end(words)
    for opener in TIME_LEFT_OPENERS:
        size = len(opener)
        for start in range(ending - size):
            if tuple(words[start : start + size]) != opener or words[start + size] not in TIME_LEFT_AUXILIARIES:
                continue
            last = ending - 1
            subject = last - (start + size + 1)
            said = set(words[start + size + 1 : last])
            if said & NO_TIME_LEFT_SUBJECTS:
                continue
            if words[last] in TIME_LEFT_VERBS and 1 <= subject <= FRAMED_SUBJECT_MAX_WORDS and not taken[last]:
                taken[last] = True
                return [Hit("attribute", "time_left", words[last], last, last + 1)]
    return []


# "What city is <a> from?", "which prefecture was she born in?": the place someone is from, the question's frame
# around its subject. The hit is the place noun.
PLACE_NOUNS = frozenset("city town state prefecture province region area village country part".split())
BIRTHPLACE_ENDS = (("from",), ("born", "in"), ("come", "from"), ("comes", "from"), ("born",))
BIRTHPLACE_VERBS = frozenset({"is", "was", "are", "were", "does", "did", "do", "'s"})


def _birthplace_framed(words: list[str], taken: list[bool]) -> list[Hit]:
    ending = _words_end(words)
    if ending < 4 or words[0] not in ("what", "which") or words[1] not in PLACE_NOUNS or taken[1]:
        return []
    verb = 4 if words[2] == "of" else 2  # "what part of japan is <a> from?"
    if verb >= ending or words[verb] not in BIRTHPLACE_VERBS:
        return []
    for end in BIRTHPLACE_ENDS:
        subject = ending - len(end) - verb - 1
        if tuple(words[ending - len(end) : ending]) == end and 1 <= subject <= FRAMED_SUBJECT_MAX_WORDS:
            taken[1] = True
            return [Hit("attribute", "birthday", words[1], 1, 2)]
    return []


# "Where does <a> work?": a workplace asked around its subject. The hit is the verb.
WORKPLACE_OPENERS = (("where", "does"), ("where", "did"), ("where", "do"))
WORKPLACE_VERBS = frozenset({"work", "works", "worked", "working"})


def _workplace_framed(words: list[str], taken: list[bool]) -> list[Hit]:
    ending = _words_end(words)
    if ending < 4 or tuple(words[:2]) not in WORKPLACE_OPENERS or words[ending - 1] not in WORKPLACE_VERBS:
        return []
    if taken[ending - 1] or not 1 <= ending - 3 <= FRAMED_SUBJECT_MAX_WORDS:
        return []
    taken[ending - 1] = True
    return [Hit("attribute", "workplace", words[ending - 1], ending - 1, ending)]


# "(Can you tell me) how long the song <a title> is?": a length asked in an embedded question, its verb after the
# subject. The hit is "how long"; only a subject of a few words opened by an article or "it", the verb last.
LENGTH_FRAME_VERBS = frozenset({"is", "was", "are", "were"})
LENGTH_FRAMED_SUBJECT_MAX_WORDS = 6


def _length_framed(words: list[str], taken: list[bool]) -> list[Hit]:
    ending = _words_end(words)
    opened = [i for i in range(len(words) - 1) if tuple(words[i : i + 2]) == HOW_LONG and not any(taken[i : i + 2])]
    if not opened or ending < 1 or words[ending - 1] not in LENGTH_FRAME_VERBS:
        return []
    at = opened[-1]
    subject = words[at + 2 : ending - 1]
    if not 1 <= len(subject) <= LENGTH_FRAMED_SUBJECT_MAX_WORDS or subject[0] not in ("the", "this", "that", "it"):
        return []
    taken[at : at + 2] = [True, True]
    return [Hit("attribute", "runtime", "how long", at, at + 2)]


# "What new movie is <a> working on?": work going on now, the present tense said before its subject ("what was he
# working on before this film?" is the works of a period).
PRESENT_AUXILIARIES = frozenset({"is", "are", "'s"})


def _working_on_now(words: list[str], taken: list[bool]) -> list[Hit]:
    ending = _words_end(words)
    if ending < 4 or tuple(words[ending - 2 : ending]) != ("working", "on") or any(taken[ending - 2 : ending]):
        return []
    auxiliary = next((i for i in range(ending - 3, -1, -1) if words[i] in PRESENT_AUXILIARIES), None)
    if auxiliary is None or not 1 <= ending - 2 - auxiliary - 1 <= FRAMED_SUBJECT_MAX_WORDS:
        return []
    taken[ending - 2 : ending] = [True, True]
    return [Hit("attribute", "present_day", "working on", ending - 2, ending)]


# "What is his best-known written work?", "her most famous character": what someone is known for, however the work
# is named; the hit spans the superlative to the work noun (at most one word between, "written"). A song is left
# out: "the most famous song of the film" is its theme song.
FAME_SUPERLATIVES = (("best", "known"), ("most", "famous"), ("most", "known"), ("well", "known"))
# Prepositions that place the famous work as a description ("from <X>'s best-known book"), and how far back (the
# owner's name between).
FAMED_PLACING = frozenset({"from", "in", "of"})
FAMED_OWNER_WORDS = 4
FAMED_WORKS = frozenset(
    """work works film films movie movies role roles character characters book books novel novels drama dramas
    record records piece pieces series show shows""".split()
)


def _best_known_framed(words: list[str], taken: list[bool]) -> list[Hit]:
    """The first "best known <a work noun>" not placed as a description, as the other works asked."""
    for start in range(len(words) - 2):
        if tuple(words[start : start + 2]) not in FAME_SUPERLATIVES:
            continue
        if FAMED_PLACING & set(words[max(0, start - FAMED_OWNER_WORDS) : start]):
            continue  # "a character from <an author>'s most famous book": a work described on the way
        end = next((i + 1 for i in (start + 2, start + 3) if i < len(words) and words[i] in FAMED_WORKS), None)
        if end is None or any(taken[start:end]):
            continue
        taken[start:end] = [True] * (end - start)
        return [Hit("attribute", "other_work", " ".join(words[start:end]), start, end)]
    return []


# "this year", "last week", "next month": when something happens, said in passing, never the date asked ("do you
# think the <team> bounce back this year?" asks no release date).
TIME_DEICTICS = frozenset({"this", "last", "next", "every"})
TIME_NOUNS = frozenset({"year", "week", "month", "weekend"})


# "speaking of …", "talking about …": how a turn changes subject, never the language spoken or a thing asked.
DISCOURSE_TURNS = (("speaking", "of"), ("speaking", "about"), ("talking", "of"), ("talking", "about"))


# "he carries the band, so to speak": a hedge on the words before it, never the language spoken.
HEDGING_IDIOMS = (("so", "to", "speak"),)


def discourse_turn(words: list[str], at: int) -> bool:
    """Whether the word at `at` opens a change of subject ("speaking of lately, …") or ends a hedge ("so to
    speak")."""
    if any(tuple(words[at - len(idiom) + 1 : at + 1]) == idiom for idiom in HEDGING_IDIOMS if at >= len(idiom) - 1):
        return True
    return tuple(words[at : at + 2]) in DISCOURSE_TURNS and (at == 0 or words[at - 1] in ("so", "oh", "and", "well"))


# "end" with an object after it ends something else: "what line would she end every phone call with?".
ENDING_VERBS = frozenset({"end", "ends", "ended"})
OBJECT_DETERMINERS = frozenset({"every", "each", "a", "an"})


def ends_something_else(words: list[str], at: int) -> bool:
    """Whether the word at `at` is "end" taking an object ("end every call", "end a letter"), not the story's."""
    return words[at] in ENDING_VERBS and words[at + 1 : at + 2] != [] and words[at + 1] in OBJECT_DETERMINERS


def time_in_passing(words: list[str], at: int) -> bool:
    """Whether the word at `at` is the noun of a time said in passing ("this year")."""
    return at > 0 and words[at] in TIME_NOUNS and words[at - 1] in TIME_DEICTICS


# Nouns after "any other" that are no works: "are there any other genres they fit in?" asks no one's other work.
NOT_WORKS = frozenset(
    """genre genres style styles kind kinds type types sort sorts language languages country countries question
    questions place places reason reasons way ways name names date dates""".split()
)


def _other_of_a_non_work(words: list[str], hit: Hit) -> bool:
    """Whether an "other" hit of other works ("any other") stands before a noun that is no work."""
    return (
        hit.key == "other_work" and hit.phrase.endswith("other") and bool(set(words[hit.end : hit.end + 1]) & NOT_WORKS)
    )


# "the poster looks like a kdrama": how a thing looks, told in the third person, is a remark about it, not a
# question of it ("what does the poster look like?" asks, its verb after "does").
LOOKS_VERBS = frozenset({"looks", "looked", "seems", "seemed", "reminds", "reminded"})
LOOKED_AT_KEYS = frozenset({"poster"})


def _looks_remarked(words: list[str], hit: Hit) -> bool:
    """Whether an attribute hit of a thing looked at is the subject of a remark on its look."""
    return (
        hit.kind == "attribute" and hit.key in LOOKED_AT_KEYS and bool(set(words[hit.end : hit.end + 1]) & LOOKS_VERBS)
    )


# "is that long for a japanese movie?", "is it scary for a romance?": the kind after "for a" is what the film is
# measured against, never claimed of it.
COMPARISON_OPENERS = (("for", "a"), ("for", "an"))
COMPARED_NOUNS = frozenset({"movie", "movies", "film", "films", "flick", "one", "drama", "dramas"})


def _comparison_class(words: list[str], hit: Hit) -> bool:
    """Whether the claim hit names the kind a judgement is measured against: "for a <kind> (movie)"."""
    if hit.start < 2 or tuple(words[hit.start - 2 : hit.start]) not in COMPARISON_OPENERS:
        return False
    after = words[hit.end : hit.end + 1]
    return not after or after[0] in COMPARED_NOUNS or not after[0].isalpha()


# "his fame as a western actor", "is she a horror movie actress?": a kind said of a person, not claimed of the film.
PERSON_KIND_NOUNS = frozenset(
    """actor actors actress actresses star stars director directors filmmaker filmmakers writer writers author authors
    novelist novelists singer singers icon icons idol idols""".split()
)
KIND_OF_WORK_NOUNS = frozenset({"movie", "film", "tv", "drama", "television"})


# "the lead singer of <a band>", "its lead guitarist": "lead" makes a band's part, not the film's leading role.
BAND_PART_NOUNS = frozenset(
    """singer singers vocalist vocalists vocals voice guitarist guitarists guitar dancer dancers rapper rappers
    member members""".split()
)


def _claimed_of_something_else(words: list[str], hit: Hit) -> bool:
    """Whether a claim hit names what the film is compared with, or a person's kind or a band's part, not the
    film's."""
    return (
        _comparison_class(words, hit)
        or (hit.key == "genre" and (kind_of_a_person(words, hit.end) or kind_of_a_part(words, hit.end)))
        or (hit.key == "lead" and bool(set(words[hit.end : hit.end + 1]) & BAND_PART_NOUNS))
    )


def kind_of_a_person(words: list[str], end: int) -> bool:
    """Whether a genre said right before `end` describes a person named by the noun after it ("a comedy (film)
    actor")."""
    after = words[end : end + 2]
    if after[:1] and after[0] in KIND_OF_WORK_NOUNS:
        after = after[1:]
    return bool(after) and after[0] in PERSON_KIND_NOUNS


# Parts of a film a genre word may describe ("funny moments", "a romantic subplot"): a kind of the part, not the film.
FILM_PART_NOUNS = frozenset(
    """scene moment subplot plot ending part bit number score song music transition sequence soundtrack dialogue
    line character twist""".split()
)
# Nouns a genre word describes the film by ("a musical film", "a teen romance story", "romantic comedies").
FILM_KIND_NOUNS = frozenset(
    """movie movies film films flick flicks story stories tale tales picture pictures anime series show shows one ones
    genre genres kind type romance romances comedy comedies drama dramas thriller thrillers tearjerker
    tearjerkers""".split()
)


def kind_of_a_part(words: list[str], end: int) -> bool:
    """Whether a genre said right before `end` describes a part of the film or things named by a plural noun
    ("abrupt musical transitions", "are there funny scenes?"), not the film's kind."""
    if end >= len(words) or not words[end].isalpha() or words[end] in FILM_KIND_NOUNS:
        return False
    after = words[end]
    plural = len(after) > 3 and after.endswith("s") and not after.endswith("ss")
    return after in FILM_PART_NOUNS or after.removesuffix("s") in FILM_PART_NOUNS or plural


# "What was the score on Metacritic?", "its rating at Letterboxd": the score is the site's, never the film's music
# or its maturity rating. The keys are the vocabulary's attributes for review sites.
SITE_KEYS = frozenset({"imdb", "rotten_tomatoes", "site_scores"})
SCORE_WORDS = frozenset({"score", "scores", "rating", "ratings", "rated", "grade"})
SITE_PREPOSITIONS = frozenset({"on", "at", "from", "in"})


def _score_on_a_site(hits: list[Hit], words: list[str]) -> list[Hit]:
    """The hits with "<score> <on> <a site>" read as one hit of the site's attribute."""
    for site in [h for h in hits if h.kind == "attribute" and h.key in SITE_KEYS and h.start >= 2]:
        if words[site.start - 1] not in SITE_PREPOSITIONS or words[site.start - 2] not in SCORE_WORDS:
            continue
        score_at = site.start - 2
        hits = [h for h in hits if not h.start <= score_at < h.end]
        joined = Hit(site.kind, site.key, " ".join(words[score_at : site.end]), score_at, site.end)
        hits = sorted([joined if h is site else h for h in hits], key=lambda hit: hit.start)
    return hits


# "When was it made?", "when was <the title> produced?": when it came out. The store holds no production dates
# but the shooting schedule, which "filmed" and "shot" ask (never the producers, whose verb "produced" is).
WHEN_BE = frozenset({"was", "is", "were"})
DETERMINERS = frozenset({"the", "this", "that"})
MADE_WORDS = frozenset({"made", "produced", "created"})


def _read_as_one(hits: list[Hit], words: list[str], key: str, start: int, end: int) -> list[Hit]:
    """The hits with every one inside words [start, end) replaced by one hit of the attribute `key` over them."""
    joined = Hit("attribute", key, " ".join(words[start:end]), start, end)
    return sorted([h for h in hits if h.end <= start or h.start >= end] + [joined], key=lambda hit: hit.start)


def _when_made(hits: list[Hit], words: list[str]) -> list[Hit]:
    """The hits with "when <be> <the film> made" read as one hit of the release date."""
    for film in [h for h in hits if h.kind == "film" and h.start >= 2]:
        opening = film.start - 1 if words[film.start - 1] in DETERMINERS else film.start
        if opening < 2 or words[opening - 2] != "when" or words[opening - 1] not in WHEN_BE:
            continue
        if words[film.end : film.end + 1] not in ([w] for w in MADE_WORDS):
            continue
        hits = _read_as_one(hits, words, "release_date", opening - 2, film.end + 1)
    return hits


# "What year was the nomination?", "which year did it win the award?": the year asked is the award's, which the
# awards answer holds or says it does not (never the film's release year).
YEAR_HEADS = frozenset({"what year", "which year", "the year", "year"})
YEAR_OWNING_KEYS = frozenset({"awards"})


def _year_of_something_else(hits: list[Hit]) -> list[Hit]:
    """The hits without a year head that an award after it owns."""
    owners = [h for h in hits if h.kind == "attribute" and h.key in YEAR_OWNING_KEYS]
    return [
        h
        for h in hits
        if not (
            h.kind == "attribute"
            and h.key == "release_date"
            and h.phrase in YEAR_HEADS
            and any(o.start >= h.end for o in owners)
        )
    ]


# "How many views does the song have on YouTube?", "how long was it in the top 10?": a count on a video or music
# site, or a time in the charts, which no source gives (never the film's own chart places the store holds).
VIEW_WORDS = frozenset({"views", "viewers", "plays", "streams", "listens", "likes"})
VIDEO_AND_MUSIC_SITES = frozenset({"youtube", "spotify", "soundcloud", "tiktok", "itunes"})
HOW_LONG = ("how", "long")
SITE_REACH = 6  # words between the count and "on <a site>"
CHART_RUN_REACH = 7  # words from "how long" to the chart: "how long has it been in the top 10"
# What "how long …" reads as alone ("how long was …" asks the story's time): the chart's run when a chart follows.
CHART_RUN_OPENINGS = frozenset({"story_duration"})


def _chart_asked_elsewhere(hits: list[Hit], words: list[str]) -> list[Hit]:
    """The hits with a count on a video or music site, or a chart run, read as one unheld attribute's hit."""
    for counted in [h for h in hits if h.kind == "attribute" and h.key == "viewership"]:
        if words[counted.end - 1] in VIEW_WORDS:
            after = words[counted.end : counted.end + SITE_REACH + 2]
            site = next(
                (i for i, w in enumerate(after) if w in VIDEO_AND_MUSIC_SITES and i and after[i - 1] == "on"), None
            )
            if site is None:
                continue
            hits = _read_as_one(hits, words, "views_elsewhere", counted.start, counted.end + site + 1)
        else:
            opened = [i for i in range(counted.start) if tuple(words[i : i + 2]) == HOW_LONG]
            if not opened or counted.start - opened[-1] > CHART_RUN_REACH:
                continue
            between = [h for h in hits if h.kind == "attribute" and opened[-1] <= h.end and h.start < counted.start]
            if any(h.key not in CHART_RUN_OPENINGS for h in between):
                continue  # "how long is it? was it a hit?": the runtime, then the charts
            hits = _read_as_one(hits, words, "chart_run", opened[-1], counted.end)
    return hits


# "Is it a coming of age story?", "a sad tale?": a story noun heading "a <kind> story" names the film by its kind, as
# "a sad movie" does; its story is not asked ("is it a story about love?", "the story" still ask the plot).
STORY_KIND_NOUNS = frozenset({"story", "tale"})
# The shortest word of a title that may be typed with a typo and still name it ("closr"; "the" is no title word).
TITLE_TYPO_MIN = 5
INDEFINITE_ARTICLES = frozenset({"a", "an"})
STORY_KIND_REACH = 4  # words from the article to the story noun: "a coming of age story"
# Words after the story noun that make it the story told ("a story about …", "a story of …", "a story where …").
STORY_TOLD_AFTER = frozenset({"about", "of", "where", "that", "which", "in", "line", "behind"})


# "Is it about two hours long?", "is the film about 120 minutes?": "about" as "roughly", a length asked; "is it about
# the same as the book?" asks no story either.
ROUGH_LENGTH_WORDS = frozenset({"hour", "hours", "hr", "hrs", "minute", "minutes", "min", "mins"})
ROUGH_OTHER_WORDS = frozenset({"same"})
ROUGHLY_REACH = 4  # words from "about" to the unit: "about two and a half hours"


def _about_roughly(hits: list[Hit], words: list[str]) -> list[Hit]:
    """The hits with a plot phrase ending in "about" that a length follows read as the runtime (dropped before
    "the same")."""
    changed = []
    for hit in hits:
        after = words[hit.end : hit.end + ROUGHLY_REACH]
        if hit.kind != "attribute" or hit.key != "plot" or words[hit.end - 1] != "about":
            changed.append(hit)
        elif ROUGH_LENGTH_WORDS & set(after):
            changed.append(Hit("attribute", "runtime", hit.phrase, hit.start, hit.end))
        elif not ROUGH_OTHER_WORDS & set(after[:2]):
            changed.append(hit)
    return changed


# "Is it a British movie?", "is it American or Japanese?": a people's name claims where the film was made only
# said of the film (a film noun after it, or nothing); "an Australian suburb" names something else's place.
NATIONALITY_CLAIM = "nationality"
NATIONALITY_HEADS = frozenset({"movie", "movies", "film", "films", "flick", "production", "one", "or", "and", "right"})


def _nationality_of_another_thing(words: list[str], hit: Hit) -> bool:
    return (
        hit.kind == "claim"
        and hit.key == NATIONALITY_CLAIM
        and hit.end < len(words)
        and words[hit.end] not in NATIONALITY_HEADS
    )


def _story_as_the_films_kind(words: list[str], story_phrases: frozenset[tuple[str, ...]]) -> list[str]:
    """The words with each story noun that heads "a <kind> story" read as "movie", unless the lexicon has the
    phrase it ends ("a love story", "a true story")."""
    return [
        "movie"
        if word in STORY_KIND_NOUNS
        and words[at + 1 : at + 2] not in ([w] for w in STORY_TOLD_AFTER)
        and any(words[i] in INDEFINITE_ARTICLES for i in range(max(0, at - STORY_KIND_REACH), at - 1))
        and not any(tuple(words[max(0, at + 1 - len(p)) : at + 1]) == p for p in story_phrases)
        else word
        for at, word in enumerate(words)
    ]


@dataclass(frozen=True)
class Lexicon:
    attributes: dict[str, Attribute]
    relations: dict[str, tuple[str, ...]]
    claims: dict[str, Claim]
    yes_no_openers: frozenset[str]
    yes_no_tags: frozenset[str]
    film_words: tuple[str, ...]
    spoilers: dict[str, tuple[str, ...]]
    other_topics: tuple[str, ...]
    # Words that stand for each other when a yes/no claim is checked against a description.
    synonyms: tuple[frozenset[str], ...] = ()
    # Real words one typo away from a lexicon word ("related" ~ "created"): never read as the typo.
    not_typos: frozenset[str] = frozenset()
    # Set expressions whose words never ask for what they would alone ("coming of age" is a kind of story, no age).
    fixed_phrases: tuple[tuple[str, ...], ...] = ()
    # Heads of a wh-phrase that ask nothing by themselves ("which movie", "what year"): the classifier decides.
    neutral_heads: frozenset[str] = frozenset()
    # Common nouns that follow "the music for …" without naming another work ("the trailer").
    not_titles: frozenset[str] = frozenset()
    # Capitalised everyday words (months, languages, countries, platforms): never another subject's name.
    ordinary_names: frozenset[str] = frozenset()
    # Languages whose film title the store holds (`held`) and others a title may be asked in
    # (bot/understanding/title_language.py).
    title_languages: dict[str, frozenset[str]] = field(default_factory=dict)
    # Awards by name, each with the phrases that name it (actions/person_facts.py).
    award_names: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # Film studios by name ("is it a fox movie?": a yes/no about who made it, bot/understanding/reading.py).
    film_studios: frozenset[str] = frozenset()

    def awards_named(self, words: list[str]) -> set[str]:
        """The awards the words name, longer names first: "japan academy award" is no "academy award"."""
        return {award for award, _ in self.award_spans(words)}

    def award_name_spans(self, words: list[str]) -> set[int]:
        """The positions of the words that name a vocabulary award (bot/understanding/award_named.py)."""
        return {at for _, span in self.award_spans(words) for at in span}

    def award_spans(self, words: list[str]) -> list[tuple[str, set[int]]]:
        """Each vocabulary award the words name, with the positions of its name, in the order found."""
        phrases = sorted(
            ((tuple(phrase.split()), award) for award, names in self.award_names.items() for phrase in names),
            key=lambda named: -len(named[0]),
        )
        taken: set[int] = set()
        found: list[tuple[str, set[int]]] = []
        for phrase, award in phrases:
            size = len(phrase)
            for at in range(len(words) - size + 1):
                span = set(range(at, at + size))
                if tuple(words[at : at + size]) == phrase and not span & taken:
                    taken |= span
                    found.append((award, span))
        return found

    # Small-talk formulas by intent, and the words that pad them (bot/understanding/social.py).
    social: dict[str, tuple[str, ...]] = field(default_factory=dict)
    social_padding: frozenset[str] = frozenset()
    # Praise of the assistant: "you" + one of praise_verbs + praise_fillers + one of praise_words.
    praise_verbs: frozenset[str] = frozenset()
    praise_words: frozenset[str] = frozenset()
    praise_fillers: frozenset[str] = frozenset()
    # An English spoiler setting is composed from these (bot/understanding/spoiler_setting.py).
    spoiler_words: frozenset[str] = frozenset()
    spoiler_turning_words: frozenset[str] = frozenset()

    @cached_property
    def film_titles(self) -> tuple[str, ...]:
        """The film words that name this film (its titles), as lower-case word runs; not those that only
        point at a film ("it", "the movie"), which may stand before another title ("the movie <X>")."""
        runs = (" ".join(tokens(phrase)) for phrase in self.film_words)
        return tuple(run for run in runs if run and not set(run.split()) <= GENERIC_FILM_WORDS)

    @cached_property
    def film_references(self) -> frozenset[str]:
        """The film words that point at a film without naming it ("it", "that one", "the movie")."""
        runs = (" ".join(tokens(phrase)) for phrase in self.film_words)
        return frozenset(run for run in runs if run and set(run.split()) <= GENERIC_FILM_WORDS)

    def same_as(self, word: str) -> frozenset[str]:
        """The word and its synonyms ("sick" -> ill, illness, tumour, ...)."""
        found = {word}
        for group in self.synonyms:
            if word in group:
                found |= group
        return frozenset(found)

    # Japanese only (vocabulary_ja.yml): a yes/no question has none of the question words;
    # the particle between a name and a relation word (<名前>の母); pronouns (彼女).
    question_words: tuple[str, ...] = ()
    # words that say a value of an attribute (中学生, the 歳 of "16歳"), not its name: a reply names the attribute
    value_words: frozenset[str] = frozenset()
    # Japanese sentences that only acknowledge the last answer ("いいですね。", "わかりました。"): before a question,
    # they open it as a greeting or thanks does.
    opening_remarks: frozenset[str] = frozenset()
    # 主演は？ / 実写の主演って？: a closing topic particle asks about its noun, no yes/no
    topic_tags: frozenset[str] = frozenset()
    possessive_gaps: frozenset[str] = frozenset()
    pronouns: frozenset[str] = frozenset()
    lead_words: frozenset[str] = frozenset()
    whole_list_words: frozenset[str] = frozenset()
    lead_pronouns: dict[str, str] = field(default_factory=dict)
    # Words that ask who plays a part (演じてる, <関係>役); nouns that may stand where a question names
    # its subject without being another film (主人公, 二人): bot/scope.py's Japanese rule.
    play_words: frozenset[str] = frozenset()
    subject_words: frozenset[str] = frozenset()
    answer_words: tuple[str, ...] = ()
    deny_words: tuple[str, ...] = ()
    not_deny_words: tuple[str, ...] = ()
    # A Japanese spoiler setting has one of these in it, or an answer word ("ネタバレOK", "全部話していいよ").
    spoiler_setting_words: tuple[str, ...] = ()
    # "What band is <a person> in?", "which instrument does he play?": for a head noun asked of a person,
    # the words of their description that answer it ("member", "bassist").
    person_evidence: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # "What movies has she been in?": the kind of work asked (a store medium) for each of its words.
    work_media: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # "When did the trailer come out?": this film's things that own attributes (bot/understanding/attribute_owner.py),
    # and how "I don't know" names an attribute asked of one ("the trailer's length").
    owned_things: dict[str, OwnedThing] = field(default_factory=dict)
    attribute_nouns: dict[str, str] = field(default_factory=dict)

    @classmethod
    def load(cls, path: Path = VOCABULARY_PATH, extra: Path | None = None) -> Lexicon:
        raw = _read(path)
        if extra is not None:
            raw = _merge(raw, _read(extra), extra)
        return _parse(raw, path)

    @cached_property
    def phrases(self) -> list[tuple[str, str, tuple[str, ...]]]:
        """(kind, key, phrase tokens) for every phrase, longest first."""
        found: list[tuple[str, str, tuple[str, ...]]] = []
        for attribute in self.attributes.values():
            found += [("attribute", attribute.key, tuple(tokens(w))) for w in attribute.words]
        for key, words in self.relations.items():
            found += [("relation", key, tuple(tokens(w))) for w in words]
        for claim in self.claims.values():
            found += [("claim", claim.key, tuple(tokens(w))) for w in claim.words]
        for key, words in self.spoilers.items():
            found += [("spoilers", key, tuple(tokens(w))) for w in words]
        for key, words in self.social.items():
            found += [("social", key, tuple(tokens(w))) for w in words]
        found += [("film", "film", tuple(tokens(w))) for w in self.film_words]
        found += [("other_topic", w, tuple(tokens(w))) for w in self.other_topics]
        return sorted((f for f in found if f[2]), key=lambda f: -len(f[2]))

    def find(self, words: list[str], kinds: tuple[str, ...]) -> list[Hit]:
        """Non-overlapping hits of the given kinds, longest phrase first, in text order.

        A possessive is read as its word ("<a director>'s wife's name" asks for a wife) unless the
        lexicon has the possessive itself ("how long's").
        """
        words = [w[:-2] if w.endswith("'s") and w not in self._phrase_words else w for w in words]
        if not STORY_KIND_NOUNS.isdisjoint(words):
            words = _story_as_the_films_kind(words, self._story_phrases)
        taken = [False] * len(words)
        hits = []
        by_first_word, fuzzy = self._phrases_of(kinds)
        starts: dict[str, list[int]] = {}
        for index, word in enumerate(words):
            starts.setdefault(word, []).append(index)
        # Exact matches first, so that "premise" is the plot before it can be a typo of "premier".
        # Only the phrases whose first word occurs, in the phrases' order: comparing every phrase
        # at every position was a third of a turn's CPU (reports/profile.md).
        candidates = sorted(p for word in starts for p in by_first_word.get(word, ()))
        for phrase in self.fixed_phrases:
            for start in starts.get(phrase[0], ()):
                if tuple(words[start : start + len(phrase)]) == phrase:
                    taken[start : start + len(phrase)] = [True] * len(phrase)
        if "attribute" in kinds:  # before the phrases: "best-known written work" asks no writer
            hits.extend(_best_known_framed(words, taken))
        for _, kind, key, phrase in candidates:
            size = len(phrase)
            for start in starts[phrase[0]]:
                end = start + size
                if end > len(words) or any(taken[start:end]) or tuple(words[start:end]) != phrase:
                    continue
                hits.append(Hit(kind, key, " ".join(words[start:end]), start, end))
                taken[start:end] = [True] * size
        if "film" in kinds:
            hits.extend(self._title_with_a_typo(words, taken, starts))
        if "attribute" in kinds:
            hits.extend(_time_left_framed(words, taken))
            hits.extend(_birthplace_framed(words, taken))
            hits.extend(_working_on_now(words, taken))
            hits.extend(_length_framed(words, taken))
            hits.extend(_workplace_framed(words, taken))
        # Then one typo in a single long word: the nearest phrase first ("thriler" is a "thriller", not a
        # "trailer"), then phrase by phrase as above.
        near = sorted(
            (-score, rank, start)
            for start, word in enumerate(words)
            if len(word) >= TYPO_MIN_LENGTH and not taken[start] and word not in self.not_typos
            for _, score, rank in process.extract(
                word, fuzzy[1], scorer=fuzz.ratio, processor=None, score_cutoff=TYPO_SCORE, limit=None
            )
        )
        for _, rank, start in near:
            # one typo changes the length by one letter at most ("receptionist" is not "reception")
            if not taken[start] and abs(len(words[start]) - len(fuzzy[1][rank])) <= 1:
                if is_real_word(words[start]) and not one_word(words[start], fuzzy[1][rank]):
                    continue  # "decrease" was meant, no "deceased" mistyped
                # the phrase matched, not the typo: "is it on netflx?" claims the platform "netflix"
                kind, key, phrase = fuzzy[0][rank]
                hits.append(Hit(kind, key, " ".join(phrase), start, start + 1))
                taken[start] = True
        # A shorter word matches only by the typos that rarely make another word: a letter left out
        # ("raing", "tile") or two letters swapped ("gnere"), or in six letters one vowel for another ("sequal");
        # never another letter changed ("cast", "cost").
        for start, word in enumerate(words):
            meant = None if taken[start] else self.short_typo(word, kinds)
            if meant is not None:
                hits.append(Hit(meant[0], meant[1], " ".join(meant[2]), start, start + 1))
                taken[start] = True
        hits = [
            h
            for h in hits
            if not (
                h.kind == "attribute"
                and h.end == h.start + 1
                and (
                    time_in_passing(words, h.start)
                    or discourse_turn(words, h.start)
                    or ends_something_else(words, h.start)
                )
            )
        ]
        hits = [h for h in hits if not (h.kind == "claim" and _claimed_of_something_else(words, h))]
        if any(h.key == NATIONALITY_CLAIM for h in hits):
            hits = [h for h in hits if not _nationality_of_another_thing(words, h)]
        hits = [h for h in hits if not _other_of_a_non_work(words, h) and not _looks_remarked(words, h)]
        hits = _score_on_a_site(sorted(hits, key=lambda hit: hit.start), words)
        if "about" in starts:
            hits = _about_roughly(hits, words)
        return _year_of_something_else(_chart_asked_elsewhere(_when_made(hits, words), words))

    def _phrases_of(self, kinds: tuple[str, ...]) -> tuple[dict[str, list[Indexed]], Fuzzy]:
        """The phrases of `kinds` by first word (with their rank, longest first), and those that
        may match with a typo, longest first."""
        plan = self._plans.get(kinds)
        if plan is None:
            mine = [p for p in self.phrases if p[0] in kinds]
            by_first_word: dict[str, list[Indexed]] = {}
            for rank, (kind, key, phrase) in enumerate(mine):
                by_first_word.setdefault(phrase[0], []).append((rank, kind, key, phrase))
            fuzzy = [p for p in mine if len(p[2]) == 1 and len(p[2][0]) >= TYPO_MIN_LENGTH]
            plan = self._plans[kinds] = (by_first_word, (fuzzy, [p[2][0] for p in fuzzy]))
        return plan

    def short_typo(self, word: str, kinds: tuple[str, ...] = ("attribute",)) -> Phrase | None:
        """The one-word attribute phrase a word that is no known word is a typo of, if any: a word of 4-5
        letters by a dropped or swapped letter ("raing", "tiel"); one of 6 by one vowel for another ("sequal"),
        the commonest misspelling, which the general one-typo match does not take at that length."""
        if word in self.not_typos or word in known_words():
            return None
        if SHORT_TYPO_LENGTHS[0] <= len(word) <= SHORT_TYPO_LENGTHS[1]:
            fits = _dropped_or_swapped
        elif len(word) == TYPO_MIN_LENGTH:
            fits = _vowel_changed
        else:
            return None
        short = self._short_typo_targets(kinds)
        # the same first letter first: "tiel" is "title" before it is anything else
        for phrase in (*short[word[:1]], *short[""]):
            if fits(word, phrase[2][0]):
                return phrase
        return None

    def relation_typo(self, word: str) -> Phrase | None:
        """The one-word relation a word that is no known word is a typo of ("moter", "siter", "famliy",
        "borther", "parrents"): one letter left out, added or doubled, or two neighbouring letters swapped, in a
        relation word of five letters or more. Only where the reader expects a relation (after a possessive):
        out of that place, short relation words have too many real neighbours ("other", "fried")."""
        if len(word) < RELATION_TYPO_MIN - 1 or not word.isalpha() or not word.isascii():
            return None
        if word in self.not_typos or word in known_words():
            return None
        targets = [p for p in self.phrases if p[0] == "relation" and len(p[2]) == 1]
        targets = [p for p in targets if p[2][0].isalpha() and p[2][0].isascii() and len(p[2][0]) >= RELATION_TYPO_MIN]
        # the same first letter first: "moter" is mother, not another word a letter away
        for phrase in sorted(targets, key=lambda p: p[2][0][:1] != word[:1]):
            meant = phrase[2][0]
            if _dropped_or_swapped(word, meant) or _dropped_or_swapped(meant, word):
                return phrase
        return None

    def _short_typo_targets(self, kinds: tuple[str, ...]) -> dict[str, list[Phrase]]:
        """The one-word attribute phrases a shorter word may be a typo of, by first letter ("": all of them)."""
        found = self._short_plans.get(kinds)
        if found is None:
            found = defaultdict(list)
            for phrase in self.phrases:
                kind, _, words = phrase
                # attribute words only: short relation, social and film words have too many real neighbours
                if (
                    kind in kinds
                    and kind == "attribute"
                    and len(words) == 1
                    and words[0].isascii()
                    and 5 <= len(words[0]) <= 6
                ):
                    found[phrase[2][0][:1]].append(phrase)
                    found[""].append(phrase)
            self._short_plans[kinds] = found
        return found

    @cached_property
    def _short_plans(self) -> dict[tuple[str, ...], dict[str, list[Phrase]]]:
        return {}

    @cached_property
    def head_words(self) -> frozenset[str]:
        """The one-word attribute, relation and claim phrases: a wh-head that is one (or a typo of one) is known."""
        return frozenset(
            phrase[0]
            for kind, _, phrase in self.phrases
            if kind in ("attribute", "relation", "claim") and len(phrase) == 1
        )

    @cached_property
    def owned_thing_phrases(self) -> tuple[tuple[tuple[str, ...], OwnedThing], ...]:
        """The words of each owned thing as word runs, longest first (tokenised once, not per message)."""
        runs = [(tuple(tokens(w)), thing) for thing in self.owned_things.values() for w in thing.words]
        # a thing is named in the plural as in the singular ("how long are the theme songs?"); not a noun alone,
        # whose plural may be anyone's ("what songs did <a singer> release?")
        listed = {run for run, _ in runs}
        plurals = [(plural_run(run), thing) for run, thing in runs if len(run) > 1]
        runs += [(run, thing) for run, thing in plurals if run is not None and run not in listed]
        return tuple(sorted(runs, key=lambda p: -len(p[0])))

    def _title_with_a_typo(self, words: list[str], taken: list[bool], starts: dict[str, list[int]]) -> list[Hit]:
        """This film's title of several words typed with one of them a letter short or two letters swapped
        ("drawing closr"); the other words as the title has them. Marks the words taken. Only where one of the
        title's words stands (`starts`: each word's positions), so a message without one costs nothing."""
        found = []
        for title in self._long_titles:
            size = len(title)
            candidates = {at - k for k, word in enumerate(title) for at in starts.get(word, ())}
            for start in sorted(c for c in candidates if 0 <= c <= len(words) - size):
                typed = words[start : start + size]
                if any(taken[start : start + size]) or typed == list(title):
                    continue
                differ = [i for i in range(size) if typed[i] != title[i]]
                if len(differ) == 1 and len(title[differ[0]]) >= TITLE_TYPO_MIN:
                    if _dropped_or_swapped(typed[differ[0]], title[differ[0]]):
                        found.append(Hit("film", "film", " ".join(typed), start, start + size))
                        taken[start : start + size] = [True] * size
        return found

    @cached_property
    def _long_titles(self) -> tuple[tuple[str, ...], ...]:
        # only names of long words: a typo of "the same name" names nothing
        runs = (tuple(run.split()) for run in self.film_titles if " " in run)
        return tuple(run for run in runs if all(len(word) >= TITLE_TYPO_MIN for word in run))

    @cached_property
    def peoples_names(self) -> frozenset[str]:
        """The words of the nationality claim ("british", "south african"): a people's name."""
        claim = self.claims.get(NATIONALITY_CLAIM)
        return frozenset(claim.words) if claim is not None else frozenset()

    @cached_property
    def _story_phrases(self) -> frozenset[tuple[str, ...]]:
        return frozenset(phrase for _, _, phrase in self.phrases if len(phrase) > 1 and phrase[-1] in STORY_KIND_NOUNS)

    @cached_property
    def _phrase_words(self) -> frozenset[str]:
        return frozenset(word for _, _, phrase in self.phrases for word in phrase)

    @cached_property
    def _plans(self) -> dict[tuple[str, ...], tuple[dict[str, list[Indexed]], Fuzzy]]:
        return {}


Phrase = tuple[str, str, tuple[str, ...]]  # kind, key, words
Indexed = tuple[int, str, str, tuple[str, ...]]  # rank among the phrases searched, kind, key, words
Fuzzy = tuple[list[Phrase], list[str]]  # the one-word phrases that may match with a typo, and their words


def plural_run(run: tuple[str, ...]) -> tuple[str, ...] | None:
    """A noun phrase's regular English plural, its last word inflected ("theme song" -> "theme songs", "story" ->
    "stories"); None when that word is no Latin word or already ends in "s" (a plural, or a mass noun)."""
    last = run[-1] if run else ""
    if not (last.isascii() and last.isalpha()) or last.endswith("s"):
        return None
    if last.endswith(("x", "z", "ch", "sh")):
        inflected = last + "es"
    elif last.endswith("y") and last[-2:-1] not in ("a", "e", "i", "o", "u"):
        inflected = last[:-1] + "ies"
    else:
        inflected = last + "s"
    return (*run[:-1], inflected)


def _vowel_changed(typed: str, word: str) -> bool:
    """`typed` is `word` with one vowel written as another ("sequal", "lenght" is not)."""
    differ = [(a, b) for a, b in zip(typed, word, strict=False) if a != b]
    return len(typed) == len(word) and len(differ) == 1 and set(differ[0]) <= set("aeiouy")


def _dropped_or_swapped(typed: str, word: str) -> bool:
    """`typed` is `word` with one letter left out, or with two neighbouring letters swapped."""
    if len(typed) + 1 == len(word):
        return any(word[:i] + word[i + 1 :] == typed for i in range(len(word)))
    if len(typed) == len(word) and typed != word:
        differ = [i for i in range(len(word)) if typed[i] != word[i]]
        return (
            len(differ) == 2
            and differ[1] == differ[0] + 1
            and typed[differ[0]] == word[differ[1]]
            and typed[differ[1]] == word[differ[0]]
        )
    return False


@lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    return Lexicon.load(VOCABULARY_PATH, JAPANESE_VOCABULARY_PATH)


def _read(path: Path) -> Any:
    try:
        return load_yaml_file(path)
    except (OSError, yaml.YAMLError) as error:
        raise VocabularyError(f"{path}: {error}") from error


def _merge(base: Any, extra: Any, path: Path) -> Any:
    """`extra`'s words added to `base`'s entries; an entry `base` does not define is an error."""
    if not isinstance(base, dict) or not isinstance(extra, dict):
        raise VocabularyError(f"{path}: top level: expected a mapping")
    merged = {key: value for key, value in base.items()}
    for section, body in extra.items():
        if isinstance(body, list):
            merged[section] = [*(merged.get(section) or []), *body]
        elif section in ("attributes", "claims", "owned_things") and isinstance(body, dict):
            entries = dict(merged.get(section) or {})
            for key, entry in body.items():
                if key not in entries:
                    raise VocabularyError(f"{path}: {section}.{key}: not defined in the main vocabulary")
                if not isinstance(entry, dict):
                    raise VocabularyError(f"{path}: {section}.{key}: expected a mapping")
                combined = dict(entries[key])
                for field in ("words", "novel_words"):
                    combined[field] = [*(combined.get(field) or []), *(entry.get(field) or [])]
                if entry.get("aliases"):
                    combined["aliases"] = {**(combined.get("aliases") or {}), **entry["aliases"]}
                entries[key] = combined
            merged[section] = entries
        elif section == "lead_pronouns" and isinstance(body, dict):
            merged[section] = {**(merged.get(section) or {}), **body}
        elif section in ("relations", "spoilers", "social", "work_media") and isinstance(body, dict):
            entries = dict(merged.get(section) or {})
            for key, words in body.items():
                entries[key] = [*(entries.get(key) or []), *words]
            merged[section] = entries
        else:
            raise VocabularyError(f"{path}: {section}: cannot be merged")
    return merged


def _optional_words(raw: dict, section: str, words: Any) -> frozenset[str]:
    return frozenset(words(raw[section], section)) if raw.get(section) else frozenset()


def _parse(raw: Any, path: Path) -> Lexicon:
    def fail(where: str, problem: str) -> VocabularyError:
        return VocabularyError(f"{path}: {where}: {problem}")

    def words(value: Any, where: str) -> tuple[str, ...]:
        if not isinstance(value, list) or not value or not all(isinstance(w, str) and w.strip() for w in value):
            raise fail(where, "expected a non-empty list of words")
        return tuple(str(w).strip().lower() for w in value)

    if not isinstance(raw, dict):
        raise fail("top level", "expected a mapping")
    attributes = {}
    for key, body in (raw.get("attributes") or {}).items():
        where = f"attributes.{key}"
        if not isinstance(body, dict):
            raise fail(where, "expected a mapping")
        answer = body.get("answer") or {}
        if set(answer) != set(SUBJECT_KINDS):
            raise fail(f"{where}.answer", f"needs exactly {', '.join(SUBJECT_KINDS)}")
        if UNHELD in answer.values() and not body.get("label"):
            raise fail(where, "an attribute that may be unheld needs a `label`")
        attributes[key] = Attribute(
            key=key,
            words=words(body.get("words"), f"{where}.words"),
            answer={kind: str(answer[kind]) for kind in SUBJECT_KINDS},
            fits=frozenset(body.get("fits") or ()),
            entity=dict(body.get("entity") or {}),
            label=str(body.get("label") or key.replace("_", " ")),
            film_label=str(body.get("film_label") or ""),
            novel_words=frozenset(body.get("novel_words") or ()),
            evidence=tuple(str(w).lower() for w in body.get("evidence") or ()),
            kind_words=frozenset(" ".join(tokens(w)) for w in body.get("kind_words") or ()),
            gives_way_to=frozenset(body.get("gives_way_to") or ()),
            verb_words=frozenset(" ".join(tokens(w)) for w in body.get("verb_words") or ()),
            verb_also=tuple(str(role) for role in body.get("verb_also") or ()),
        )
    relations = {key: words(value, f"relations.{key}") for key, value in (raw.get("relations") or {}).items()}
    claims = {}
    for key, body in (raw.get("claims") or {}).items():
        where = f"claims.{key}"
        for required in ("words", "fact", "then"):
            if required not in body:
                raise fail(where, f"missing `{required}`")
        claims[key] = Claim(
            key=key,
            words=words(body["words"], f"{where}.words"),
            fact=str(body["fact"]),
            holds=body.get("holds", True),
            then=str(body["then"]),
            aliases={str(k).lower(): str(v).lower() for k, v in (body.get("aliases") or {}).items()},
        )
    owned_things = _owned_things(raw.get("owned_things") or {}, set(attributes), words, fail)
    spoilers = {str(key): words(value, f"spoilers.{key}") for key, value in (raw.get("spoilers") or {}).items()}
    if set(spoilers) - {"yes", "no"}:
        raise fail("spoilers", "only `yes` and `no`")
    social = {str(key): words(value, f"social.{key}") for key, value in (raw.get("social") or {}).items()}
    if set(social) - SOCIAL_INTENTS:
        raise fail("social", f"only {', '.join(sorted(SOCIAL_INTENTS))}")
    studios = _optional_words(raw, "film_studios", words)
    languages = _title_languages(raw.get("title_languages") or {}, words, fail)
    return Lexicon(
        attributes=attributes,
        relations=relations,
        claims=claims,
        yes_no_openers=frozenset(words(raw.get("yes_no_openers"), "yes_no_openers")),
        yes_no_tags=frozenset(words(raw.get("yes_no_tags"), "yes_no_tags")),
        film_words=words(raw.get("film_words"), "film_words"),
        spoilers=spoilers,
        other_topics=words(raw.get("other_topics"), "other_topics"),
        not_typos=frozenset(words(raw["not_typos"], "not_typos")) if raw.get("not_typos") else frozenset(),
        fixed_phrases=tuple(tuple(tokens(p)) for p in _optional_words(raw, "fixed_phrases", words)),
        neutral_heads=_optional_words(raw, "neutral_heads", words),
        not_titles=_optional_words(raw, "not_titles", words),
        film_studios=studios,
        # a studio's name is a credit's, never another subject's ("is <the title> a toho film?"); a language's is
        # everyday ("is there a Mandarin version?")
        ordinary_names=_optional_words(raw, "ordinary_names", words)
        | {w for studio in studios for w in studio.split()}
        | {w for language in languages.values() for phrase in language for w in phrase.split()},
        title_languages=languages,
        award_names={
            str(key): words(value, f"award_names.{key}") for key, value in (raw.get("award_names") or {}).items()
        },
        social=social,
        social_padding=_optional_words(raw, "social_padding", words),
        praise_verbs=_optional_words(raw, "praise_verbs", words),
        praise_words=_optional_words(raw, "praise_words", words),
        praise_fillers=_optional_words(raw, "praise_fillers", words),
        spoiler_words=_optional_words(raw, "spoiler_words", words),
        spoiler_turning_words=_optional_words(raw, "spoiler_turning_words", words),
        synonyms=tuple(
            frozenset(words(group, f"claim_synonyms[{i}]")) for i, group in enumerate(raw.get("claim_synonyms") or [])
        ),
        question_words=tuple(str(w) for w in raw.get("question_words") or ()),
        value_words=frozenset(str(w) for w in raw.get("value_words") or ()),
        opening_remarks=frozenset(str(w) for w in raw.get("opening_remarks") or ()),
        topic_tags=frozenset(str(w) for w in raw.get("topic_tags") or ()),
        possessive_gaps=frozenset(str(w) for w in raw.get("possessive_gaps") or ()),
        pronouns=frozenset(str(w) for w in raw.get("pronouns") or ()),
        lead_words=frozenset(str(w) for w in raw.get("lead_words") or ()),
        whole_list_words=frozenset(str(w) for w in raw.get("whole_list_words") or ()),
        lead_pronouns={str(k): str(v) for k, v in (raw.get("lead_pronouns") or {}).items()},
        play_words=frozenset(str(w) for w in raw.get("play_words") or ()),
        subject_words=frozenset(str(w) for w in raw.get("subject_words") or ()),
        answer_words=tuple(str(w).lower() for w in raw.get("answer_words") or ()),
        deny_words=tuple(str(w).lower() for w in raw.get("deny_words") or ()),
        not_deny_words=tuple(str(w).lower() for w in raw.get("not_deny_words") or ()),
        spoiler_setting_words=tuple(str(w).lower() for w in raw.get("spoiler_setting_words") or ()),
        work_media={
            str(key): words(value, f"work_media.{key}") for key, value in (raw.get("work_media") or {}).items()
        },
        person_evidence={
            str(key).lower(): words(value, f"person_evidence.{key}")
            for key, value in (raw.get("person_evidence") or {}).items()
        },
        owned_things=owned_things,
        attribute_nouns={str(k): str(v) for k, v in (raw.get("attribute_nouns") or {}).items()},
    )


def _title_languages(
    raw: Any, words: Callable[[Any, str], tuple[str, ...]], fail: Callable[[str, str], Exception]
) -> dict[str, frozenset[str]]:
    """The vocabulary's `title_languages`: `held` and `others`, no language in both."""
    if set(raw) - {"held", "others"}:
        raise fail("title_languages", "only `held` and `others`")
    languages = {str(key): frozenset(words(value, f"title_languages.{key}")) for key, value in raw.items()}
    if languages.get("held", frozenset()) & languages.get("others", frozenset()):
        raise fail("title_languages", "a language both held and not")
    return languages


def _owned_things(
    raw: Any,
    attribute_keys: set[str],
    words: Callable[[Any, str], tuple[str, ...]],
    fail: Callable[[str, str], Exception],
) -> dict[str, OwnedThing]:
    """The vocabulary's `owned_things`, each `held` answer an attribute of the vocabulary."""
    things = {}
    for key, body in raw.items():
        where = f"owned_things.{key}"
        held = {str(asked): str(answer) for asked, answer in (body.get("held") or {}).items()}
        unknown = (set(held) - {ANY_ATTRIBUTE} | set(held.values())) - attribute_keys
        if unknown:
            raise fail(f"{where}.held", f"not attributes of the vocabulary: {', '.join(sorted(unknown))}")
        if not body.get("label"):
            raise fail(where, 'needs a `label` (how "I don\'t know" names it)')
        has = frozenset(str(asked) for asked in body.get("has") or ()) | set(held) - {ANY_ATTRIBUTE}
        if has - attribute_keys:
            raise fail(f"{where}.has", f"not attributes of the vocabulary: {', '.join(sorted(has - attribute_keys))}")
        things[str(key)] = OwnedThing(
            key=str(key),
            words=words(body.get("words"), f"{where}.words"),
            label=str(body["label"]),
            held=held,
            has=has,
        )
    return things
