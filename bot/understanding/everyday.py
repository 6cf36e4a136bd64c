"""Everyday requests to an assistant: what people ask a phone or a speaker, not this film.

The classifier places such requests on the film intent whose words they share: "play music by <a
band>" on the film's music credit, "what's the date today" on the release date, "how long does it
take to cook rice" on the runtime, "what does <a word> mean" on the title's meaning. Four structures
say the message is about the user's day instead, whatever the classifier thinks:

- a *command* to a device or an assistant ("play ...", "set an alarm ...", "turn off the lights"):
  the message starts with a command verb and names nothing of this film;
- the *here and now* ("what's the date today", "which day is it now", "time in 5 days"): a date,
  day or time asked together with a word for now, today or a day from now;
- *how long an activity takes* ("how long to grill steaks", "how long does it take to get there"):
  "how long" with a verb other than watching, reading or making the film;
- a *dictionary definition* ("what does <a word> mean", "define <a word>"): a bare word (no "the",
  no "the Japanese word") that none of the store's facts or stories uses.

In all four, "it" of "what day is it" or "how long does it take" is no film: it is the dummy subject.
The reader (bot/understanding/reading.py) refuses these as another topic, so a follow-up after them
("who directed it?") is still about the film.
Rasa-free.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from bot.store import FactStore
from bot.understanding import countries, japanese_taste
from bot.understanding.lexicon import Hit, tokens

# What a request may start with before its verb: politeness, a wake word, "can you".
LEAD_WORDS = frozenset(
    {"please", "pls", "plz", "hey", "ok", "okay", "hi", "so", "now", "ai", "bot", "just", "go", "ahead", "and", "then"}
)
LEAD_PHRASES = (
    ("can", "you"),
    ("could", "you"),
    ("would", "you"),
    ("will", "you"),
    ("i", "want", "you", "to"),
    ("i", "need", "you", "to"),
    ("i'd", "like", "you", "to"),
)
# Verbs that make a message a command to a device or an assistant, not a question about a film.
COMMAND_VERBS = frozenset(
    {
        "play",
        "replay",
        "set",
        "turn",
        "switch",
        "put",
        "skip",
        "shuffle",
        "pause",
        "resume",
        "remind",
        "wake",
        "call",
        "dial",
        "text",
        "email",
        "dim",
        "brighten",
        "mute",
        "unmute",
        "lower",
        "raise",
        "flip",
        "roll",
        "toss",
        "schedule",
        "navigate",
        "alert",
    }
)
# Command verbs that are also nouns of a film question ("book", "order"): commands only before these.
NOUN_VERBS = frozenset({"book", "order", "text"})
COMMAND_OBJECTS = frozenset({"me", "us", "a", "an", "my", "some", "our"})
# Attributes a command may carry and still name nothing of this film ("play some music", "for ten minutes").
COMMAND_ATTRIBUTES = frozenset({"music", "theme_song", "runtime"})
MEANING = "meaning"
# A verb followed by these is a participle ("set in <a place>"), not a command.
PARTICIPLE_AFTER = frozenset({"in", "at", "during", "around", "before", "after"})
# Words that point at this film's own thing: "play the theme song" is about the film's song.
POINTERS = frozenset({"the", "its", "this", "that", "their", "his", "her"})
SONG_WORDS = frozenset({"song", "songs", "track", "tracks", "tune", "music"})
# Words that make a song the film's own: "can i hear the theme song on spotify?"
FILM_MUSIC = frozenset({"theme", "soundtrack", "ost", "score", "opening", "ending", "credits", "its", "insert"})
# Words for the music playing around the user now, or a player's controls.
AUDIO_NOW = frozenset({"skip", "next", "pause", "currently", "hear", "hearing", "listening", "louder", "volume"})
# Verbs of a request to change the assistant's own language ("speak german", "switch the language").
CHANGE_VERBS = frozenset({"speak", "change", "switch", "set"})
TIME_NOUNS = frozenset({"date", "day", "time", "hour", "weekday", "year", "month"})
# Words for now or a day counted from now.
NOW_WORDS = frozenset(
    {"today", "today's", "todays", "tonight", "tomorrow", "tomorrow's", "yesterday", "now", "currently", "current"}
)
FROM_NOW = re.compile(r"\b(?:in|after) (?:\d+|a|one|two|three|four|five|six|seven|ten) (?:days?|weeks?|hours?)\b")
HOW_LONG = re.compile(
    r"\bhow long (?:time )?(?:(?:does|did|will|would|should|could|can) it take (?:me |us |you )?(?:to )?"
    r"|(?:should|do|does|can|will|would|must) (?:i|we|you) (?:need to |have to )?|to )(\w+)"
)
# "what is it like to <verb>", "what's it like being <X>": the dummy "it" of an experience.
WHAT_IT_IS_LIKE = re.compile(
    r"\b(?:what|what's|whats|how|how's)(?: is| was| would| will| does| did| must)? it (?:be |feel |feels |felt )?like "
    r"(?:to (\w+)|(being|having|living|growing|working))\b"
)
# Verbs of watching, reading or making the film: "how long does it take to watch?" asks the runtime.
FILM_ACTIVITIES = frozenset(
    """watch watching see view finish stream download binge read reading film filming shoot shooting shot filmed
    make making made write writing written produce release come get premiere air sell""".split()
)
DEFINITION = re.compile(
    r"^(?:(?:can you |could you |please )?(?:tell me |explain )?)"
    r"(?:what (?:does|do|did) (?P<a>\w+(?: \w+)?) (?:mean|means|stand for)"
    r"|(?:what is|what's|whats) the (?:definition|meaning) of (?P<b>\w+(?: \w+)?)"
    r"|(?:define|definition of|definition for|meaning of|the meaning of) (?P<c>\w+(?: \w+)?)"
    r"|(?P<d>\w+) (?:definition|meaning)"
    r"|(?:what is|what's|whats) (?:a|an) (?P<e>\w+))$"
)
# Function words a defined "word" may not be: "what does that mean" defines nothing.
NOT_DEFINED = frozenset({"it", "that", "this", "he", "she", "they", "you", "i", "the", "a", "an", "its", "his", "her"})


def request(
    words: Sequence[str], hits: Sequence[Hit], names: Sequence[dict], store: FactStore, film_vocabulary: Iterable[str]
) -> str | None:
    """Which everyday request the message is (the reader's reason), or None when it may be about the film."""
    if names:
        return None
    film = [h for h in hits if h.kind == "film" and not _dummy_it(words, h)]
    attributes = [h for h in hits if h.kind in ("attribute", "claim")]
    if film:
        return None
    if _what_it_is_like(words):
        return "what an experience is like"
    if _command(words, attributes):
        return "a command to an assistant"
    if _song_playing_now(words, attributes):
        return "the song playing now"
    if _reply_language_changed(words, attributes):
        return "a change of the assistant's language"
    if any(h.key != MEANING for h in attributes):
        return None
    if _here_and_now(words):
        return "the date or time now"
    if _how_long_to(words):
        return "how long an activity takes"
    if _where_a_country_is(words):
        return "where a country is"
    if _dictionary_word(words, store, film_vocabulary):
        return "a dictionary definition"
    return None


def _dummy_it(words: Sequence[str], hit: Hit) -> bool:
    """ "what day is it", "how long does it take", "what is it like to fly": "it" stands for nothing."""
    if hit.phrase != "it":
        return False
    if _what_it_is_like(words):
        return True
    at = hit.start
    after = words[at + 1] if at + 1 < len(words) else ""
    if after in ("take", "takes", "took"):
        return True
    return at >= 2 and words[at - 1] in ("is", "was", "will", "would") and words[at - 2] in TIME_NOUNS


def _what_it_is_like(words: Sequence[str]) -> bool:
    """ "what is it like to experience <X>?", "what's it like being famous": an experience in general, unless the
    verb is one of watching or making the film ("what was it like to film it?")."""
    found = WHAT_IT_IS_LIKE.search(" ".join(words))
    return found is not None and (found.group(1) or found.group(2)) not in FILM_ACTIVITIES


def _verb_at(words: Sequence[str]) -> int:
    """Index of the first word after the request's lead ("please", "hey", "can you")."""
    at = 0
    while at < len(words):
        if words[at] in LEAD_WORDS:
            at += 1
            continue
        phrase = next((p for p in LEAD_PHRASES if tuple(words[at : at + len(p)]) == p), None)
        if phrase is None:
            break
        at += len(phrase)
    return at


# Verbs of a request to show the film itself ("play <the title>", "put on <the title>").
SHOWING_VERBS = frozenset({"play", "stream", "put", "start"})
# Words that may stand around the title in such a request ("play the movie <the title> please").
SHOWING_PADDING = frozenset({"on", "the", "movie", "film", "please", "now", "for", "me", "us"})


def plays_the_film(words: Sequence[str], hits: Sequence[Hit], store: FactStore) -> bool:
    """ "Play <the title>", "put on <the title> please", "... on <the service>": asked to show the film, which is
    where it can be watched."""
    at = _verb_at(words)
    if at >= len(words) or words[at] not in SHOWING_VERBS:
        return False
    platform = store.film.get("platform")
    platform_words = frozenset(tokens(str(platform.value))) if platform is not None else frozenset()
    titled = {i for h in hits if h.kind == "film" for i in range(h.start, h.end)}
    rest = [i for i in range(at + 1, len(words)) if i not in titled]
    return bool(titled) and min(titled) > at and all(words[i] in SHOWING_PADDING | platform_words for i in rest)


def _command(words: Sequence[str], attributes: Sequence[Hit]) -> bool:
    at = _verb_at(words)
    if at + 1 >= len(words):
        return False
    if words[at] in NOUN_VERBS and words[at + 1] not in COMMAND_OBJECTS:
        return False  # "book vs movie", "order of events": a noun; "book me a taxi": a command
    if words[at] not in COMMAND_VERBS | NOUN_VERBS:
        return False
    if words[at + 1] in PARTICIPLE_AFTER:
        return False  # "set in tokyo?": where the story is set, not a command
    return all(  # the verb itself may read as an attribute: "set" as the story's setting
        h.start == at or h.key in COMMAND_ATTRIBUTES and not (h.start > 0 and words[h.start - 1] in POINTERS)
        for h in attributes
    )


def _song_playing_now(words: Sequence[str], attributes: Sequence[Hit]) -> bool:
    """ "skip this song", "which song is currently playing", "next song please": the user's own music."""
    music = all(h.key in COMMAND_ATTRIBUTES for h in attributes) and not FILM_MUSIC & set(words)
    return music and bool(SONG_WORDS & set(words)) and bool(AUDIO_NOW & set(words))


def _reply_language_changed(words: Sequence[str], attributes: Sequence[Hit]) -> bool:
    """ "speak german", "change your language to spanish": the assistant's language, not the film's."""
    at = _verb_at(words)
    if at >= len(words) or words[at] not in CHANGE_VERBS:
        return False
    keys = {h.key for h in attributes}
    return "language" in keys and keys <= {"language", "setting"}


def _here_and_now(words: Sequence[str]) -> bool:
    text = " ".join(words)
    now = bool(NOW_WORDS & set(words)) or bool(FROM_NOW.search(text))
    return now and bool(TIME_NOUNS & set(words)) and any(w in words for w in ("what", "what's", "whats", "which"))


def _how_long_to(words: Sequence[str]) -> bool:
    asked = _how_long_verb(words)
    if asked is None:
        return False
    verb, after = asked
    if verb not in FILM_ACTIVITIES:
        return True
    # "how long does it take to get a divorce", "… to get to el paso", "… to make an omelet": a verb of watching or
    # making has an object or a goal of its own, not the film ("how long does it take to watch it?")
    return bool(after) and after[0] in OWN_OBJECTS


def _how_long_verb(words: Sequence[str]) -> tuple[str, list[str]] | None:
    """The verb of "how long (does it take) to <verb> ..." and the words after it, or None."""
    text = " ".join(words)
    found = HOW_LONG.search(text)
    return None if found is None else (found.group(1), text.split(found.group(0), 1)[1].split())


# Verbs of watching the film: "how long does it take to watch?" asks how long the film runs.
WATCHING_VERBS = frozenset({"watch", "see", "view", "finish", "stream", "binge"})
# What may follow the verb and still be the film: "to watch (it / the movie / the whole thing)".
# (and the title's words, the caller's)
WATCHED_OBJECTS = frozenset({"it", "the", "movie", "film", "whole", "thing", "this", "all", "of"})


def runtime_asked(words: Sequence[str], title_words: frozenset[str] = frozenset()) -> bool:
    """ "how long does it take to watch?", "how long will it take to watch the movie": the film's running time."""
    asked = _how_long_verb(words)
    watched = WATCHED_OBJECTS | title_words
    return asked is not None and asked[0] in WATCHING_VERBS and all(word in watched for word in asked[1])


# What opens a verb's own object or goal, which is then not the film: "a divorce", "your belt", "to el paso".
OWN_OBJECTS = frozenset({"a", "an", "my", "your", "our", "his", "her", "their", "to", "some", "new"})


def _where_a_country_is(words: Sequence[str]) -> bool:
    """ "where is italy", "where's the netherlands": a country's place on the map, nothing of the film."""
    if len(words) < 3 or words[0] not in ("where", "where's", "wheres") and words[:2] != ["where", "is"]:
        return False
    at = 1 if words[0] != "where" else 2
    at += at < len(words) and words[at] == "the"
    found = countries.country_named(list(words[at:]))
    return found is not None and at + found[1] == len(words)


def _dictionary_word(words: Sequence[str], store: FactStore, film_vocabulary: Iterable[str]) -> bool:
    found = DEFINITION.match(" ".join(words).rstrip(" ?.!"))
    if found is None:
        return False
    defined = next(found.group(g) for g in "abcde" if found.group(g)).split()
    if defined[0] in NOT_DEFINED:
        return False  # "what does that mean?", "the meaning of the title": not a bare word
    known = story_words(store) | frozenset(film_vocabulary)
    return not any({w, f"{w}s", f"{w}es", w.removesuffix("s")} & known for w in defined)  # "gerbera": "gerberas"


_STORY_WORDS: dict[int, frozenset[str]] = {}


def story_words(store: FactStore) -> frozenset[str]:
    """Every word the store says about the film, its novel, its story and its characters (once per store):
    a definition of one of them may be about the film ("what does <a word of the plot> mean?")."""
    if id(store) not in _STORY_WORDS:
        texts = [str(f.value) for f in (*store.film.values(), *store.novel.values()) if f.value is not None]
        texts += [p.text for p in (*store.plot, *store.trivia)]
        texts += [str(c.description.value) for c in store.characters.values() if c.description is not None]
        _STORY_WORDS.clear()
        _STORY_WORDS[id(store)] = frozenset(w.lower() for text in texts for w in tokens(text))
    return _STORY_WORDS[id(store)]


# Second-person words: the message is about the assistant.
YOU_WORDS = frozenset({"you", "your", "yours", "yourself", "u", "ur", "ya", "thou", "thee"})
# What a question about the assistant itself asks: its name, age, maker, home, boss, nature.
IDENTITY_WORDS = frozenset(
    """name names called call age old born birthday birth made make created create programmed program built
    designed developed invented from hometown home live living boss work employer owner owns real human person
    people robot bot ai machine computer program alive gender maker makers creator creators designer designers
    developer developers manufacturer manufacture programmer programmers origin origins designation nationality
    birthplace supervisor""".split()
)
WHO_ARE_YOU = re.compile(r"\b(?:who|what) (?:are|r) (?:you|u)\b")
# "Do you speak Japanese?", "can u understand english": the languages the assistant answers in, not the film's.
YOU_SPEAK = re.compile(
    r"^(?:do|can|could|will|would|are) (?:you|u) (?:also |even )?"
    r"(?:speak|understand|talk in|answer in|reply in|respond in|able to speak)\b(?! about| of)"
)
# "Where are you from", "what country are you from originally": the assistant's home asked.
YOU_FROM = re.compile(r"\b(?:are|r|were) (?:you|u|ya) (?:originally |really )?from\b(?! (?:it|the|this|that|netflix))")
# Intents the assistant rule leaves alone: "thank you, you're real helpful" is thanks.
SAID_NOT_ASKED = frozenset({"thanks", "goodbye", "greet", "bot_challenge", "affirm", "deny", "ask_source"})
# A source question points back at what was said ("did you make that up", "where did u find it"); without
# such a word, "who programmed you" asks who made the assistant, whatever the classifier guessed.
POINTS_BACK = frozenset(
    {"that", "this", "it", "so", "info", "information", "source", "sources", "claim", "fact", "facts"}
)
HOW_ARE_YOU = re.compile(
    r"^(?:tell me )?(?:how|how've|hows|how's)(?: are| r| is| s| 's| have| ve| 've| was)?"
    r" (?:you|u|ya|it going|things|your)\b"
)
GOING_WORDS = frozenset({"going", "doing", "doin", "been", "day", "things", "life"})
# The same asked indirectly, after a lead of wanting to know: "i'd like to know how you are doing".
HOW_YOU_ARE = re.compile(
    r"^(?:tell me|i'd like to know|i would like to know|i want to know|i wanna know|i wonder|i was wondering)"
    r" how (?:(?:you|u) (?:are|r|have been)|you've been|youve been)(?: doing| going| keeping)?(?: today| lately| now)?$"
)
MAX_GREETING_WORDS = 7
REFUSED = "out_of_scope"
# How far an identity word may stand from "you"/"your" and still be the assistant's.
YOU_DISTANCE = 3
DETERMINERS = frozenset({"the", "a", "an", "this", "that", "its", "his", "her", "their"})
# "you" as what was made, or as the one who works or comes from somewhere: "what company designed you", "what firm
# were you designed by", "who do you work for", "where do you originate from". Its subject is the assistant, so
# every film word of the question ("company", "country") asks of the assistant, never of the film.
MADE = r"(?:made|designed|built|created|programmed|developed|produced|manufactured|assembled|coded|invented|trained)"
MADE_WORD = re.compile(MADE)
YOU_MADE = re.compile(
    rf"\b(?:{MADE}|makes|designs|builds|creates|programs|develops|produces|manufactures|wrote|directed) (?:you|u)\b"
    rf"|\b(?:you|u) (?:were |was )?{MADE}\b"
    r"|\b(?:you|u) (?:work|works|worked|working) (?:for|at|with)\b"
    r"|\b(?:are|were|r) (?:you|u) employed\b"
    r"|\b(?:you|u) (?:originate|originated|come|came|hail|hale) from\b"
)
# The assistant's possessive: "your country of origin", "ur production company".
YOUR = frozenset({"your", "ur", "yours"})
# How many words may stand between "your" and the attribute it owns ("your own studio", "your home country").
YOUR_DISTANCE = 2
# The only words that may stand between "your" and what it owns: modifiers, never a noun of its own ("when did
# your name come out": "your" owns the name, a title, whose release is asked), nor a preposition ("your thoughts on
# the studio" owns the thoughts).
YOUR_MODIFIERS = frozenset(
    {"own", "home", "original", "native", "real", "actual", "main", "true", "birth", "official", "first", "last",
     "full", "given", "middle"}
)  # fmt: skip
# The attributes a thing has by where it comes from and who made it: its country, language, maker, birthplace.
# "Your" before one of them asks what the assistant is; other attributes ("your hobbies") are left to other rules.
PROVENANCE_KEYS = frozenset({"country", "origin", "language", "studio", "creator", "birthday", "age"})
# Words of an opinion or a judgement: "your rating of it", "your favourite character", "your take on the ending"
# ask the assistant about the film, which is left to the film's rules.
OPINION_WORDS = frozenset(
    """rating ratings rate review reviews opinion opinions favorite favourite favorites favourites fav fave faves
    thoughts thought take view views verdict score pick picks recommendation recommendations guess source sources
    think like liked""".split()
)
THIRD_PERSON = frozenset({"he", "she", "his", "her", "hers", "him", "they", "them", "their"})


def about_the_assistant(
    words: Sequence[str], hits: Sequence[Hit], names: Sequence[dict], intent: str | None
) -> str | None:
    """The small-talk intent of a message about the assistant itself, or None.

    "how are you doing", "how's it going": a greeting. "what name do you go by", "who made you",
    "where are you from", "who are you": a question about the bot (its answer says what it is)."""
    pointing_back = {w for i, w in enumerate(words) if w in POINTS_BACK and not _relative_that(words, i)}
    source_guess_unfounded = intent == "ask_source" and not pointing_back
    if names or (intent in SAID_NOT_ASKED and not source_guess_unfounded) or THIRD_PERSON & set(words):
        return None
    rest = list(words[_verb_at(words) :])
    if YOU_SPEAK.match(" ".join(words)) and all(h.key.startswith("language") for h in hits):
        return "bot_challenge"  # its answer says which languages it answers in
    if YOU_FROM.search(" ".join(rest)) and not any(h.kind == "film" for h in hits):
        return "bot_challenge"  # "what country are you from": the assistant's home, not the film's country
    film = [h for h in hits if h.kind == "film" and not (h.phrase == "it" and _followed_by(words, h, GOING_WORDS))]
    about = [
        h for h in hits if h.kind in ("attribute", "claim") and not IDENTITY_WORDS & set(words[h.start : h.end])
    ]  # "how old are you": "how old" is the age asked, of "you"
    if not film and asked_of_the_assistant(words, about):
        return "bot_challenge"  # "where is your country of origin", "what company designed you": what it is
    if film or about:
        return None
    you = [i for i, w in enumerate(rest) if w in YOU_WORDS]
    text = " ".join(rest)
    if len(rest) <= MAX_GREETING_WORDS and HOW_ARE_YOU.match(text) and (you or GOING_WORDS & set(rest)):
        return "greet"
    if HOW_YOU_ARE.match(text):
        return "greet"
    if intent == REFUSED and not YOU_MADE.search(text) and not _your_identity(rest):
        return None  # "how old are you?" refused by the classifier is a right answer too: left as it is
    if WHO_ARE_YOU.search(text) and text.endswith(("you", " u")):
        return "bot_challenge"
    owned = [  # "your name", "name do you go by", "who made you": the word is the assistant's, not "the name"
        i
        for i, w in enumerate(rest)
        if w in IDENTITY_WORDS
        and any(abs(i - j) <= YOU_DISTANCE for j in you)
        and not (i > 0 and rest[i - 1] in DETERMINERS)
    ]
    return "bot_challenge" if owned else None


# What a Japanese question about what the assistant is asks: who or what it is, its name, maker, languages, what it
# can do ("あなたは誰？", "君はAI？", "中の人いるの？", "日本語は話せますか？"). Matched in the text: the tokenizer
# cuts some of them ("中の人").
JAPANESE_IDENTITY = (
    "誰", "だれ", "何者", "なにもの", "ボット", "bot", "ai", "ロボット", "人間", "本物", "中の人", "機械", "プログラム",
    "名前", "作った", "作られ", "開発", "できる", "できます", "日本語", "英語", "話せ", "言語", "出身", "何歳",
    "年齢", "生まれ", "何です", "何なの",
)  # fmt: skip


def japanese_identity_asked(text: str) -> bool:
    """Whether a Japanese message asks what the assistant is ("あなたは誰？"), not of its life ("運動しますか？"); only
    its last sentence asks ("母は私は何でもできると言った。あなたは？": "できる" is the speaker's news)."""
    lowered = text[japanese_taste.last_sentence_start(text) :].lower()
    return any(word in lowered for word in JAPANESE_IDENTITY)


# "<a description>を何という？", "…のことをなんというか？": the word for a thing described, a quiz's or a dictionary's
# question, asked in the last sentence.
JAPANESE_TERM_ASKED = re.compile(
    r"(?:何|なん|なに)と(?:いう|言う|いい|言い|呼ぶ|よぶ|呼ば|よば)[^。？?]{0,6}[？?]?\s*$"
)


def japanese_term_asked(text: str) -> bool:
    """Whether a Japanese message asks the word for something it describes ("テレビを見れるようにする物を何という？"):
    a question of words, which the film answers only when the description names something of it."""
    return JAPANESE_TERM_ASKED.search(text[japanese_taste.last_sentence_start(text) :]) is not None


def _your_identity(words: Sequence[str]) -> bool:
    """ "your birthday", "your boss", "your place of manufacture": "your" right before a word of what the assistant
    is; plainly the assistant's, whatever the classifier guessed (a refusal is answered with what it is)."""
    for i, word in enumerate(words):
        if word not in YOUR:
            continue
        for at in range(i + 1, min(len(words), i + YOUR_DISTANCE + 2)):
            if words[at] in IDENTITY_WORDS:
                return True
            if words[at] not in YOUR_MODIFIERS:
                break
    return False


def _relative_that(words: Sequence[str], at: int) -> bool:
    """ "the company that designed you": "that" opens a relative clause (a verb of making follows), it points at
    nothing said before."""
    return words[at] == "that" and at + 1 < len(words) and MADE_WORD.fullmatch(words[at + 1]) is not None


def asked_of_the_assistant(words: Sequence[str], attributes: Sequence[Hit]) -> bool:
    """The film words of a question ask of the assistant: "you" is what was made or who works or comes from
    somewhere ("what company designed you", "who do you work for"), or "your" owns every attribute asked ("where is
    your country of origin", "what is your production company?"). Not an opinion ("your rating of it")."""
    if OPINION_WORDS & set(words):
        return False
    if YOU_MADE.search(" ".join(words)):
        return True
    return bool(attributes) and all(_owned_by_you(words, hit) for hit in attributes)


def _owned_by_you(words: Sequence[str], hit: Hit) -> bool:
    """ "your <attribute>", with at most YOUR_DISTANCE modifiers between ("your home country"), an attribute of
    where something comes from or who made it (PROVENANCE_KEYS)."""
    if hit.key not in PROVENANCE_KEYS:
        return False  # "your hobbies", "your rating": small talk or an opinion, not what the assistant is
    before = words[max(0, hit.start - YOUR_DISTANCE - 1) : hit.start]
    owners = [i for i, word in enumerate(before) if word in YOUR]
    return bool(owners) and set(before[owners[-1] + 1 :]) <= YOUR_MODIFIERS


def _followed_by(words: Sequence[str], hit: Hit, following: frozenset[str]) -> bool:
    return hit.end < len(words) and words[hit.end] in following
