"""Whether the store decides a stated piece of trivia: the claim's relation and its qualifiers (round 19).

"Did you know <claim>?", "is it true that <claim>?", "I heard that <claim>": a claim is a subject, a relation
(its verb phrase: "plays", "auditioned for", "was dubbed into", "got his start because of"), a value and
qualifiers ("the first", "the only", "originally", "back in the <decade>s", "in one day"). The store
decides it only when it holds *that* relation for the subject and every qualifier: each word of the claim must be
one the readers decide from the store - a name, title, character or credited work of the film, a lexicon phrase
(attributes, claims, relations, the film), a verb of a relation the store holds ("plays", "directed", "sang",
"is based on", "came out") - or a word that says nothing (function words, hedges, the speaker's reactions).

A word left over is what the store does not hold:
- a verb of another relation ("auditioned", "turned down", "voiced", "got", "refuses", "dubbed"): never a yes or
  no from the neighbouring relation ("auditioning is not playing");
- a qualifier the store never decides ("first", "only", "originally", "highest", "back in the 1980s", "in one day"),
  unless a lexicon phrase already reads it ("the original song");
- after a frame that asks about the claim ("did you know", "is it true"), any content word (a noun of another
  relation: "named after a flower"), unless a claim reader reads those words as a description ("<a> is a
  painter"); hearsay ("I heard") may frame an opinion ("I heard it was great"), so there only verbs and
  qualifiers count, and only in the frame's own clause.

Then the claim is undecided: "I don't know that about <its subject> ("<the claim>")", never a card, a spoiler
prompt or a verdict on what the store does hold. Rasa-free; bot/understanding/reading.py calls it with the words
it has found.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from bot.understanding.claim_frames import MAX_TAG_WORDS
from bot.understanding.clauses import RELEASE_TIMES
from bot.understanding.coverage import DECADE, FUNCTION_WORDS

# The claim's key when the store does not decide it (actions/claims.py says "I don't know whether <the claim>").
UNHELD_RELATION = "unheld_relation"
# The frames that put a claim to be checked: asked about ("did you (also) know", "is it true", "do you know
# that", "are you aware") or heard of ("I heard", "I read").
# ("do you know <a thing>?" asks for the thing: only "do you know that" frames a claim; "I read <a thing>" too.)
_ASKED_FRAME = re.compile(
    r"\bdid\s+(?:you|u)\s+(?:also\s+|ever\s+|even\s+)?know\b|\bdo\s+(?:you|u)\s+know(?=\s+that\b)"
    r"|\b(?:is|isn'?t)\s+it\s+true\b|\b(?:are|were)\s+(?:you|u)\s+aware\b",
    re.IGNORECASE,
)
_HEARD_FRAME = re.compile(
    r"\bi\s+(?:have\s+|had\s+|'ve\s+|also\s+|just\s+)?(?:heard|hear)\b"
    r"(?!\s+(?:about|of|from|something|anything|nothing|so|too|that\s+(?:one|too|before|a\s+lot)\b))"
    r"|\bi\s+(?:have\s+|had\s+|'ve\s+|also\s+|just\s+)?read(?=\s+that\b)",
    re.IGNORECASE,
)

# Verbs (and their particles and nouns) of relations the store holds and the claim readers decide: playing a
# part, being in the film, a crew credit, the song, the source, the release, the platform, family and love.
HELD_RELATION_WORDS = frozenset(
    """play plays played playing portray portrays portrayed star stars starred starring act acts acted acting
    appear appears appeared cast casted role roles part parts character characters lead leads
    direct directs directed directing director write writes wrote written writing writer screenplay script
    compose composes composed composer score scored music soundtrack produce produces produced producer
    make makes made making
    sing sings sang sung singing singer perform performs performed performer recorded cover covered song band
    novel book story
    release released releases come comes came out premiere premiered premieres debut debuted stream streams
    work works worked working open opens opened show shows showed shown theaters theatres theater theatre cinema cinemas
    streaming available watch netflix
    married marry marries love loves loved fall falls fell friend friends sister brother mother father
    called named known titled name title
    movie film films movies flick guy girl man woman actor actress boy""".split()
)
# Relations the store holds of the film alone: "<the title> is based on a novel" is decided, "<a character> is
# based on <a person>" is not (the store gives no model of a character or a person).
FILM_RELATION_WORDS = frozenset({"based", "adapted", "adaptation", "adapt", "source", "inspired"})
# Words that add nothing to a claim: hedges, intensifiers, the speaker's reactions and tags.
EMPTY_WORDS = frozenset(
    """really actually also just even recently still now always too very so pretty quite indeed apparently
    supposedly literally basically totally definitely truly real true right correct yes yeah yep oh wow lol haha
    actual genuine proper
    cool interesting nice well ok okay hey hi hello amazing crazy insane impressive like such""".split()
)
# Words a claim may hold without asking anything the store lacks.
# Numbers in words: the claim readers decide counts and lengths ("almost two hours long") as they do digits.
NUMBER_WORDS = frozenset(
    "two three four five six seven eight nine ten eleven twelve twenty hundred thousand million half".split()
)
# (A day, a month, a season: the claim readers decide the release's time.)
HOLDS_NOTHING_ASKED = (
    FUNCTION_WORDS | EMPTY_WORDS | HELD_RELATION_WORDS | FILM_RELATION_WORDS | RELEASE_TIMES | NUMBER_WORDS
)
# Qualifiers the store never decides: a rank, an exclusivity, a first state, a frequency, a superlative.
UNDECIDED_QUALIFIERS = frozenset(
    """first only originally initially briefly ever once highest biggest least
    since until""".split()
)
# "Originally recorded by <a band>", "originally sung by": the original of a cover, which the theme song's credit
# holds (its original artist); "originally" before any other verb stays a qualifier the store does not decide.
ORIGINAL_WORDS = frozenset({"originally"})
ORIGINAL_RELEASE_VERBS = frozenset({"recorded", "sung", "sang", "performed", "released", "written", "by"})
# Qualifiers of a named person's works ("<a name>'s first film"): the store lists their works with years.
WORK_ORDER_WORDS = frozenset({"first", "last", "latest", "debut"})
# Verbs the word list cannot tell by their ending: irregular forms of relations the store does not hold.
IRREGULAR_VERBS = frozenset(
    """got gets get take takes took taken give gives gave given go goes went gone lose loses lost
    speak speaks spoke seen see saw know knew think thought refuse refuses buy bought pay paid won win wins
    keep kept fight fought hate hates want wants wanted tried try tries turned turn""".split()
)
# "-ed" and "-ing" on a stem of at least this many letters: a verb form ("need", "bring" are none).
MIN_VERB_STEM = 3


# Verbs of singing: the store holds singing only as the theme song's credit ("did <its singer> sing in it?" is a
# yes); of anyone else it holds none ("is <an actor> singing in it?" is not known, never the song credit's "no").
SINGING_WORDS = frozenset({"sing", "sings", "sang", "sung", "singing"})
# Words of being in the film as its cast or crew (acting, a part, the lead, a credit): what the store holds.
_TAKING_PART_WORDS = (HELD_RELATION_WORDS - SINGING_WORDS) | frozenset(
    "main lead leading supporting male female protagonist hero heroine cameo member members".split()
)


# Verbs whose object is the part played ("play the painter", "starred as <a>"): the cast readers decide it, unless
# the object is an instrument ("play the piano"), a manner of performing the store does not hold.
PART_VERBS = frozenset({"play", "plays", "played", "playing", "portray", "portrays", "portrayed", "portraying", "as"})


def manner_in_film(
    words: list[str],
    between: range,
    sings_credited: bool,
    instruments: frozenset[str] = frozenset(),
    named: Callable[[int], bool] = lambda index: False,
) -> int | None:
    """The index of a word between a person's name and "in <the film>" that says how they took part which the store
    does not hold ("singing in it", "play the piano in it", "do his own stunts in it"), else None. Acting, a part
    (a name, a role's noun after "play" or "as") and a credit are held; singing only of the one credited with the
    song (`sings_credited`)."""
    part = next((index for index in between if words[index] in PART_VERBS), None)
    if part is not None:  # "play <the part>": only an instrument played is a manner
        return next((index for index in range(part + 1, between.stop) if words[index] in instruments), None)
    for index in between:
        if named(index):
            continue
        word = words[index].removesuffix("'s")
        if word in SINGING_WORDS:
            if sings_credited:
                continue
            return index
        if word in _TAKING_PART_WORDS or word in FUNCTION_WORDS or word in EMPTY_WORDS or not word.isalpha():
            continue
        return index
    return None


@dataclass(frozen=True)
class ClaimWords:
    """What the reader knows of the words of a message with a claim (each a function of a word's index): whether
    the word is in the claim, is inside a phrase the reader knows, is a word of the film's vocabulary, and whether
    a person or character of the film is named before it in the claim (the claim's subject is not the film)."""

    holds: Callable[[int], bool]
    in_phrase: Callable[[int], bool]  # a name, a title or a lexicon phrase covers it
    known: Callable[[int], bool]  # a word of the film's vocabulary or of its credited works
    named_before: Callable[[int], bool]


def asked_claim(text: str) -> tuple[int, int, bool] | None:
    """(start, end, asked) of the claim of a trivia frame ("did you know <claim>?", "I heard that <claim>"), asked
    when the frame asks about it; None without such a frame, or when the frame only begins a question of its own
    ("did you know who plays <a>?") or stands beside one (bot/understanding/claim_frames.py)."""
    frames = [*_ASKED_FRAME.finditer(text), *_HEARD_FRAME.finditer(text)]
    if not frames:
        return None
    frame = max(frames, key=lambda m: m.end())  # the claim follows the last frame ("That's cool. I heard <claim>")
    claim = _CLAIM_START.match(text, frame.end())
    if claim is None or _WH_NEXT.match(text, claim.end()):
        return None
    # a claim asked about runs to the end of its sentence ("did you know <a>, didn't know <b>?"); hearsay is its
    # own clause only ("I heard it was good, romance is not my genre": the speaker's taste is no claim)
    asked = frame.re is _ASKED_FRAME
    end = _sentence_end(text, claim.end()) if asked else _clause_end(text, claim.end())
    if _question_after(text[end + 1 :]):
        return None  # "I heard it's sad. Have you seen it?": the message asks that
    return claim.end(), end, asked


_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")
_CLAUSE_END = re.compile(r"[,;]|[.!?](?:\s|$)")
# Words that make a clause of the words before them: a copula or an auxiliary ("the movie, <the title>, had been
# ..." is one clause until its verb).
CLAUSE_VERBS = frozenset("is was are were be been has had have do does did will would can could 's".split())


def _finite(word: str) -> bool:
    """A copula, an auxiliary or a past form ("-ing" alone makes no clause, and titles hold such words)."""
    return word in CLAUSE_VERBS or word.endswith("'s") or _verb_form(word) and not word.endswith("ing")


def _sentence_end(text: str, start: int) -> int:
    found = _SENTENCE_END.search(text, start)
    return found.start() if found else len(text.rstrip())


def _clause_end(text: str, start: int) -> int:
    """The end of the clause from `start`: the first comma or full stop after its verb (an apposition before the
    verb, "the movie, <the title>, had been ...", belongs to it)."""
    for found in _CLAUSE_END.finditer(text, start):
        said = re.findall(r"[\w']+", text[start : found.start()].lower())
        if found.group() not in ",;" or any(_finite(w) for w in said):
            return found.start()
    return len(text.rstrip())


def _question_after(rest: str) -> bool:
    """Whether a question of its own follows the claim's sentence (more than a tag such as "Is that right?")."""
    return "?" in rest and len(re.findall(r"[\w']+", rest)) > MAX_TAG_WORDS


# After the frame: an adverb of it ("I heard recently that"), "that" and spaces, then the claim's first character.
_CLAIM_START = re.compile(r"(?:\s+\w+ly(?=\s+that\b))?(?:\s+that\b)?\s*(?=\w)", re.IGNORECASE)
# A wh-word right after the frame asks that ("did you know who plays <a>?"): no claim.
_WH_NEXT = re.compile(r"(?:who|what|when|where|which|why|how|whose|whom|if|whether)\b", re.IGNORECASE)


def unheld_word(words: list[str], claim: ClaimWords, any_word: bool) -> int | None:
    """The index of the claim's first word the store does not decide (see the module's rules), else None; with
    `any_word`, a content word of no verb's form counts too (a frame that asks about the claim, and no claim reader
    that reads its words as a description)."""
    for index, word in enumerate(words):
        if not claim.holds(index):
            continue
        bare = word.removesuffix("'s").strip("'")
        if bare in FILM_RELATION_WORDS and claim.named_before(index):
            return index  # "<a character>'s character is based on <a person>": no model of anyone is held
        if claim.in_phrase(index):
            continue
        if bare in WORK_ORDER_WORDS and index > 0 and words[index - 1].endswith("'s") and claim.in_phrase(index - 1):
            continue  # "<a name>'s first film": the order of their works, which the works readers decide
        if bare in ORIGINAL_WORDS and index + 1 < len(words) and words[index + 1] in ORIGINAL_RELEASE_VERBS:
            continue  # "the song was originally recorded by <a band>": its original, which the song's credit holds
        if bare in UNDECIDED_QUALIFIERS or DECADE.match(bare) or _time_taken(words, index):
            return index  # "the first", "originally", "back in the 1980s": no phrase of the reader decides it
        if not bare or claim.known(index) or bare in HOLDS_NOTHING_ASKED:
            continue
        if bare.isdigit():
            continue  # a year, a day or a number: the claim readers decide dates and counts
        if _verb_form(bare) or any_word and bare.isalpha():
            return index
    return None


# "in one day", "in a week", "in 3 takes": how long a deed took, which the store never says.
TIME_TAKEN_UNITS = frozenset({"day", "days", "week", "weeks", "hour", "hours", "minute", "minutes", "take", "takes"})
HOW_MANY = frozenset({"one", "a", "an", "two", "three", "few", "single"})


def _time_taken(words: list[str], index: int) -> bool:
    if words[index] not in TIME_TAKEN_UNITS or index < 2 or words[index - 2] != "in":
        return False
    return words[index - 1] in HOW_MANY or words[index - 1].isdigit()


def _verb_form(word: str) -> bool:
    if word in IRREGULAR_VERBS:
        return True
    return any(word.endswith(ending) and len(word) - len(ending) >= MIN_VERB_STEM for ending in ("ed", "ing"))
