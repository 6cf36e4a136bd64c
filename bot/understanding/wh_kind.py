"""The kind of answer a bare wh-word names, and of which subject (round 22, issue 10).

"When" asks a date, "how long" a duration or a length, "how many" a count, "how old" an age, "where" a place,
"who" a person: the wh-phrase names the kind of the answer even when no head noun follows it (answer_type.py
judges the head nouns: "which group"). And it asks it *of one subject*: "when did <the song> come out" asks the
song's date, "when was <a person> born" a person's, "how long is the novel" the novel's length. Each reading's reply
gives some kinds of some subjects (the film's release date answers "when" of the film only), so a reading whose
reply gives no thing of the kind asked of that subject answers another question; it is read again as the
subject's own fact when the store holds it (the novel's card holds its publication date), else as "I don't know
<the thing asked>".

Three tables, data not branches:
- WH_KINDS: a wh-phrase's words -> the kind it asks;
- SUBJECT_NOUNS: the nouns naming a subject (a name of a person or character is one too);
- READING_GIVES: the (kind, subject) pairs each reading's reply gives, for the kinds it is judged on; and
  ANSWERS: the reading that gives a (kind, subject) pair, when one does.
A date or a duration asked of an event ("when does it take place", "how long did it take to film") is no
release date and no runtime: EVENT_WORDS make the subject an event, which no reading gives.
Rasa-free; bot/understanding/reading.py calls `checked` on every reading, the classifier's alone included.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from bot.understanding.coverage import Span

# The attribute of a reading that says "I don't know <the wh-phrase> for <the subject>" (actions/topics.py).
KIND_ASKED = "kind_asked"
KIND_SUBJECT = "kind_subject"  # the subject's words, named in that answer
DATE, DURATION, COUNT, AGE, PLACE, PERSON, TIME = "date", "duration", "count", "age", "place", "person", "time"
ALL_KINDS = frozenset({DATE, DURATION, COUNT, AGE, PLACE, PERSON, TIME})

# A wh-phrase's words (possessive "'s" dropped: "how long's it") -> the kind of answer it names. Longest first wins.
WH_KINDS: dict[tuple[str, ...], str] = {
    ("when",): DATE,
    ("since", "when"): DATE,
    ("what", "year"): DATE,
    ("which", "year"): DATE,
    ("what", "date"): DATE,
    ("what", "day"): DATE,
    ("how", "long"): DURATION,
    **{("how", "many", unit): DURATION for unit in ("years", "months", "weeks", "days", "hours", "minutes")},
    ("how", "many"): COUNT,
    ("how", "much"): COUNT,
    ("how", "old"): AGE,
    ("what", "age"): AGE,
    ("where",): PLACE,
    ("who",): PERSON,
    ("whom",): PERSON,
    ("what", "time"): TIME,
}
LONGEST_PHRASE = max(len(phrase) for phrase in WH_KINDS)
# Words a bare "who", "when" or "where" may follow in a question ("do you know when", "and who"): after any other
# word it opens a relative clause ("the actress who plays <a>"), not the question.
LEADING_WORDS = frozenset(
    """in at on since by for from to of and so but then ok okay hey hi um uh well also know tell me wondering
    remember idea guess say""".split()
)
# Words that end the clause the wh-phrase asks in: a new question or a second clause.
CLAUSE_ENDS = frozenset({"and", "or", "but", "also"})

FILM, NOVEL, STORY, SONG, MANGA, PART, EVENT, CHARACTER = (
    "film",
    "novel",
    "story",
    "song",
    "manga",
    "part",
    "event",
    "character",
)
# Nouns naming a subject other than the film (which is the subject when none is named: "when did it come out?").
SUBJECT_NOUNS: dict[str, frozenset[str]] = {
    NOVEL: frozenset("novel novels book books novella".split()),
    STORY: frozenset("story".split()),
    SONG: frozenset("song songs theme tune track single cover".split()),
    MANGA: frozenset("manga comic comics".split()),
    # a part of the film or of another work, or a thing of its own: nothing of its kind is held
    PART: frozenset(
        """scene scenes opening chapter chapters episode episodes trailer teaser video mv album soundtrack ost
        sequel blu-ray dvd""".split()
    ),
}
NOUN_SUBJECT = {noun: subject for subject, nouns in SUBJECT_NOUNS.items() for noun in nouns}
# A person named before a work with one of these verbs between asks the work's date: "when did <a> release the
# song?" is the song's.
RELEASE_VERBS = frozenset("release released publish published put drop dropped write wrote".split())
# Words that make a date or a duration one of an event, not the subject's own: "when does it take place", "how
# long did it take to film", "how long is it on Netflix for", "when did <a> start writing".
EVENT_WORDS = frozenset(
    """set take takes took place happen happens happened filmed filming shoot shooting start started begin began
    end ended die died dies marry married leave leaves left stay stays trying live lived living member join joined
    production serialised serialized announced""".split()
)
# A duration of being somewhere, not the subject's length: "how long is it on Netflix for", "how long will it be
# available".
DURATION_EVENT_WORDS = frozenset("netflix for available streaming theaters theatres cinemas".split())
# A person's date is the birth date the card gives only when a birth is asked.
BIRTH_WORDS = frozenset({"born", "birthday", "birthdate", "birth"})

# The (kind, subject) pairs a reading's reply gives. Keys: an intent, or "ask_crew:<role>".
READING_GIVES: dict[str, frozenset[tuple[str, str]]] = {
    "ask_release_date": frozenset({(DATE, FILM), (TIME, FILM)}),
    "ask_runtime": frozenset({(DURATION, FILM)}),
    # the novel's card: its author, publication date, publisher, copies sold, the manga and the series it grew into
    "ask_novel": frozenset(
        {(DATE, NOVEL), (PERSON, NOVEL), (COUNT, NOVEL), (PLACE, NOVEL), (PERSON, STORY), (DATE, MANGA)}
        # who created a character: its author
        | {(PERSON, CHARACTER)}
        | {(PERSON, MANGA), (COUNT, MANGA), (PLACE, MANGA)}
    ),
    "ask_crew:theme_song": frozenset({(DATE, SONG), (PERSON, SONG), (PLACE, SONG)}),
    "ask_character": frozenset({(AGE, CHARACTER), (PERSON, CHARACTER), (PERSON, FILM)}),
    "ask_person": frozenset({(DATE, PERSON), (PLACE, PERSON), (AGE, PERSON)}),
    "ask_plot": frozenset({(PERSON, FILM), (PERSON, CHARACTER), (PERSON, PERSON), (AGE, CHARACTER)}),
    "ask_director": frozenset({(PERSON, FILM), (PERSON, STORY), (PERSON, PERSON)}),
    "ask_crew:screenplay": frozenset({(PERSON, FILM), (PERSON, STORY), (PERSON, PERSON), (PERSON, NOVEL)}),
}
# The kinds a reading is judged on (others: its reply may answer them in ways the table does not list).
JUDGED_KINDS: dict[str, frozenset[str]] = {
    "ask_person": frozenset({DATE, PLACE, AGE, DURATION}),
    "ask_plot": frozenset({PERSON, DURATION, AGE}),
    "ask_director": frozenset({PERSON}),
    "ask_crew:screenplay": frozenset({PERSON}),
}
# The reading that gives a (kind, subject) pair: the intent, and the crew role when it is one.
ANSWERS: dict[tuple[str, str], tuple[str, str | None]] = {
    (DATE, FILM): ("ask_release_date", None),
    (TIME, FILM): ("ask_release_date", None),
    (DURATION, FILM): ("ask_runtime", None),
    (DATE, NOVEL): ("ask_novel", None),
    (PERSON, NOVEL): ("ask_novel", None),
    (PERSON, STORY): ("ask_novel", None),
    (DATE, MANGA): ("ask_novel", None),
    (PERSON, MANGA): ("ask_novel", None),
    (DATE, SONG): ("ask_crew", "theme_song"),
    (PERSON, SONG): ("ask_crew", "theme_song"),
    (AGE, CHARACTER): ("ask_character", None),
}


@dataclass(frozen=True)
class KindAsked:
    kind: str
    phrase: Span  # the wh-phrase's words
    clause: Span  # the question's words from the wh-phrase on, quoted in "I don't know that about <subject>"
    subject: str
    subject_words: Span | None  # the subject's words as asked (None: the film, named or not)


def kind_asked(words: Sequence[str], names: Sequence[tuple[Span, str]]) -> KindAsked | None:
    """The kind the question's wh-phrase asks and of which subject; None when no wh-phrase names a kind.
    `names`: the people and characters named, each with PERSON or CHARACTER."""
    plain = [word.removesuffix("'s") for word in words]
    found = _wh_phrase(plain)
    if found is None:
        return None
    phrase, kind = found
    end = next((i for i in range(phrase.end, len(plain)) if plain[i] in CLAUSE_ENDS), len(plain))
    subject, subject_words = _subject(plain, phrase.end, end, names)
    if _asks_an_event(plain[phrase.end : end], kind, subject):
        subject = EVENT
    return KindAsked(kind, phrase, Span(phrase.start, end), subject, subject_words)


def reading_key(intent: str | None, crew_roles: Sequence[str]) -> str | None:
    if intent == "ask_crew" and crew_roles:
        return f"ask_crew:{crew_roles[0]}"
    return intent


def mismatched(asked: KindAsked, key: str | None) -> bool:
    """The reading's reply gives no thing of the kind asked of that subject. A reading the table does not list,
    or a kind it is not judged on, is not judged."""
    given = READING_GIVES.get(key or "")
    if given is None or asked.kind not in JUDGED_KINDS.get(key or "", ALL_KINDS):
        return False
    return (asked.kind, asked.subject) not in given


def answer(asked: KindAsked) -> tuple[str, str | None] | None:
    """The intent (and crew role) whose reply gives the kind asked of the subject, or None ("I don't know")."""
    return ANSWERS.get((asked.kind, asked.subject))


def _wh_phrase(words: Sequence[str]) -> tuple[Span, str] | None:
    """The first wh-phrase that opens a question, longest first."""
    for at in range(len(words)):
        opens = at == 0 or words[at - 1] in LEADING_WORDS
        # a phrase of two words ("how old", "what year") opens a question anywhere; a bare "who", "when" or "where"
        # after another word is a relative clause's
        for size in range(LONGEST_PHRASE, 0 if opens else 1, -1):
            kind = WH_KINDS.get(tuple(words[at : at + size]))
            if kind is not None:
                return Span(at, at + size), kind
    return None


def _subject(words: Sequence[str], start: int, end: int, names: Sequence[tuple[Span, str]]) -> tuple[str, Span | None]:
    """The first subject named in the clause: a work's noun or a name; a name followed by a release verb and a
    work ("when did <a> release the song") is the work's; none: the film."""
    mentions = [(i, NOUN_SUBJECT[words[i]], Span(i, i + 1)) for i in range(start, end) if words[i] in NOUN_SUBJECT]
    mentions += [(span.start, kind, span) for span, kind in names if start <= span.start < end]
    mentions.sort(key=lambda mention: mention[0])
    if not mentions:
        return FILM, None
    first = mentions[0]
    if first[1] in (PERSON, CHARACTER):
        works = [m for m in mentions[1:] if m[1] not in (PERSON, CHARACTER)]
        released = any(word in RELEASE_VERBS for word in words[first[2].end : works[0][0]]) if works else False
        if released:
            return works[0][1], works[0][2]
    return first[1], first[2]


def _asks_an_event(clause: Sequence[str], kind: str, subject: str) -> bool:
    """A date or duration of something that happened, not the subject's own date or length."""
    if kind not in (DATE, DURATION):
        return False
    if kind == DATE and subject == PERSON:
        return not any(word in BIRTH_WORDS for word in clause)
    events = EVENT_WORDS | DURATION_EVENT_WORDS if kind == DURATION else EVENT_WORDS
    return any(word in events for word in clause)
