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

from bot.understanding import asking_parts
from bot.understanding.coverage import FUNCTION_WORDS, Span

# The attribute of a reading that says "I don't know <the wh-phrase> for <the subject>" (actions/topics.py).
KIND_ASKED = "kind_asked"
KIND_SUBJECT = "kind_subject"  # the subject's words, named in that answer
DATE, DURATION, COUNT, AGE, PLACE, PERSON, TIME = "date", "duration", "count", "age", "place", "person", "time"
REASON, MANNER = "reason", "manner"
ALL_KINDS = frozenset({DATE, DURATION, COUNT, AGE, PLACE, PERSON, TIME, REASON, MANNER})
# "how did <a> ...?", "how can <a> ...?": the way something was done (not "how is ...", a state or an opinion)
MANNER_AUXILIARIES = ("did", "does", "do", "can", "could", "would", "will")
# After a manner's auxiliary, the assistant addressed ("how do you like <a>?"): its taste, not a way of doing
ASSISTANT_ADDRESSED = frozenset({"you", "u", "ya"})
# A way of becoming known is what someone is known for, which a person's card says
FAME_WORDS = frozenset({"famous", "known", "popular", "star"})

# A wh-phrase's words (possessive "'s" dropped: "how long's it") -> the kind of answer it names. Longest first wins.
WH_KINDS: dict[tuple[str, ...], str] = {
    ("when",): DATE,
    ("since", "when"): DATE,
    ("what", "year"): DATE,
    ("which", "year"): DATE,
    ("what", "date"): DATE,
    ("what", "day"): DATE,
    ("how", "long"): DURATION,
    ("how", "long", "ago"): DATE,
    **{("how", "many", unit): DURATION for unit in ("years", "months", "weeks", "days", "hours", "minutes")},
    ("how", "many"): COUNT,
    ("how", "much"): COUNT,
    ("how", "much", "time"): DURATION,
    ("how", "old"): AGE,
    ("what", "age"): AGE,
    ("where",): PLACE,
    ("who",): PERSON,
    ("whom",): PERSON,
    ("what", "time"): TIME,
    ("why",): REASON,
    ("how", "come"): REASON,
    **{("how", auxiliary): MANNER for auxiliary in MANNER_AUXILIARIES},
}
LONGEST_PHRASE = max(len(phrase) for phrase in WH_KINDS)
# Words a bare "who", "when" or "where" may follow in a question ("do you know when", "and who"): after any other
# word it opens a relative clause ("the actress who plays <a>"), not the question.
LEADING_WORDS = frozenset(
    """in at on since by for from to of and so but then ok okay hey hi um uh well also know tell me wondering
    remember idea guess say""".split()
)
# Every wh-word: a question with two of them has several parts ("who wrote it and when?"), each its own reader's.
WH_WORDS = frozenset({"who", "whom", "when", "where", "what", "which", "how", "whos", "who's", "whose", "why"})
# "who is the <X>", "who's the <X>": the head noun asks the kind (answer_type.py), not the bare "who".
WHO_COPULAS = frozenset({"who's", "whos"})
COPULA_NEXT = [[word] for word in ("is", "was", "are", "were", "be")]
# "who was the story of <the film> by?": a preposition left at the end asks the one who made the thing between, not
# what its head noun names ("who is the <X>" asks the <X>)
AGENT_PREPOSITIONS = frozenset({"by"})
# Pronouns that point at the conversation's subject ("how old is she?", "what year was that?"): a follow-up's.
CONTEXT_PRONOUNS = frozenset("he she his her him they them their that this".split())
# "the book series by <a> made into a movie": the film's making asked, the film's date.
ADAPTATION_WORDS = frozenset({"made", "adapted", "turned", "adaptation"})
# How many words may stand between a name and the work it owns: "<a>'s first book".
OWNED_GAP = 2
# Words that end the clause the wh-phrase asks in: a new question or a second clause.
CLAUSE_ENDS = frozenset({"and", "or", "but", "also"})

UNNAMED = "unnamed"
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
    FILM: frozenset("film films movie movies flick picture screen".split()),
    NOVEL: frozenset("novel novels book books novella".split()),
    STORY: frozenset("story plot storyline plotline".split()),
    SONG: frozenset("song songs theme tune track single cover".split()),
    MANGA: frozenset("manga comic comics".split()),
    # a part of the film or of another work, or a thing of its own: nothing of its kind is held
    PART: frozenset(
        """scene scenes opening chapter chapters episode episodes trailer teaser video mv album soundtrack ost
        sequel blu-ray dvd""".split()
    ),
}
# A series's part that "this"/"that" points at is the work being talked of, the film: "who wrote this episode?".
POINTED_SERIES_PARTS = frozenset({"episode"})
POINTING_WORDS = frozenset({"this", "that"})
# Words before "story" that make it the work the film adapts.
ORIGINAL_WORDS = frozenset({"original", "source"})
# Verbs that name the work asked of when no work's noun does: "when was <the title> first published?".
VERB_SUBJECTS = {"published": NOVEL, "publish": NOVEL, "publication": NOVEL, "sung": SONG, "sings": SONG}
NOUN_SUBJECT = {noun: subject for subject, nouns in SUBJECT_NOUNS.items() for noun in nouns}
# How far a work's compound runs: "the theme song music video".
COMPOUND_MAX_WORDS = 5
# A person named before a work with one of these verbs between asks the work's date: "when did <a> release the
# song?" is the song's.
RELEASE_VERBS = frozenset("release released publish published put drop dropped write wrote".split())
# Words that make a date or a duration one of an event, not the subject's own: "when does it take place", "how
# long did it take to film", "how long is it on Netflix for", "when did <a> start writing".
EVENT_WORDS = frozenset(
    """set place happen happens happened filmed filming shoot shooting start started begin began
    end ended die died dies marry married leave leaves left stay stays trying live lived living member join joined
    production serialised serialized announced sign signed signing meet met win won retire retired graduate
    graduated formed""".split()
)
HAPPEN_WORDS = frozenset({"happen", "happens", "happened"})
# Verbs of making a work: where it was made is no place its card gives.
MAKING_WORDS = frozenset("written wrote write writing composed drawn painted directed recorded".split())
# How a unit of time begins, however it is typed or cut short ("minuts", "mins", "hrs").
TIME_UNIT_STEMS = ("min", "hour", "hr", "sec")
# "how many years earlier/later/ago": a span between dates.
BETWEEN_DATES = [[word] for word in ("earlier", "later", "before", "after", "ago", "apart", "since")]
# "how long did it take to film": the time an event took ("how long does the movie take": its runtime).
TAKE_WORDS = frozenset({"take", "takes", "took", "taking"})
# "how long does it take to watch": the time the film takes to see is its runtime.
VIEWING_WORDS = frozenset({"watch", "see", "view", "finish"})
# A duration of being somewhere, not the subject's length: "how long is it on Netflix for", "how long will it be
# available".
DURATION_EVENT_WORDS = frozenset("netflix for available streaming theaters theatres cinemas".split())
# A person's date is the birth date the card gives only when a birth is asked.
BIRTH_WORDS = frozenset({"born", "birthday", "birthdate", "birth"})

# The (kind, subject) pairs a reading's reply gives. Keys: an intent, or "ask_crew:<role>".
# The intents that change a setting of the conversation rather than ask: the spoiler settings.
SETTINGS = ("no_spoilers", "spoilers_ok")
READING_GIVES: dict[str, frozenset[tuple[str, str]]] = {
    "ask_release_date": frozenset({(DATE, FILM), (TIME, FILM)}),
    "ask_runtime": frozenset({(DURATION, FILM)}),
    # the film's maturity rating: an age of the film's viewers, no book's readers ("what age is the book for?")
    "ask_rating": frozenset({(AGE, FILM)}),
    # the novel's card: its author, publication date, publisher, copies sold, the manga and the series it grew into
    "ask_novel": frozenset(
        {(DATE, NOVEL), (PERSON, NOVEL), (COUNT, NOVEL), (PLACE, NOVEL), (PERSON, STORY), (DATE, MANGA)}
        # who created a character, who wrote the film's story: its author
        | {(PERSON, CHARACTER), (PERSON, FILM)}
        | {(PERSON, MANGA), (COUNT, MANGA), (PLACE, MANGA)}
    ),
    "ask_crew:theme_song": frozenset({(DATE, SONG), (PERSON, SONG), (PLACE, SONG), (PERSON, FILM)}),
    "ask_character": frozenset({(AGE, CHARACTER), (PERSON, CHARACTER), (PERSON, FILM)}),
    "ask_person": frozenset({(DATE, PERSON), (PLACE, PERSON), (AGE, PERSON)}),
    "ask_plot": frozenset({(PERSON, FILM), (PERSON, CHARACTER), (PERSON, PERSON), (AGE, CHARACTER)}),
    # the director's card names him for the film and for the theme song's music video, a part
    "ask_director": frozenset({(PERSON, FILM), (PERSON, STORY), (PERSON, PERSON), (PERSON, PART)}),
    "ask_crew:screenplay": frozenset(
        {(PERSON, FILM), (PERSON, STORY), (PERSON, PERSON), (PERSON, NOVEL), (PERSON, CHARACTER)}
    ),
    # the ending tells where and when the characters' story ends, never a real person's death ("where did <the
    # director> die?")
    "ask_ending": frozenset(
        (kind, subject) for kind in (PLACE, DATE, TIME) for subject in (CHARACTER, FILM, STORY, EVENT, UNNAMED)
    ),
    # who plays whom: a person, never a date, a place or a number ("when was <X> cast as <a>?")
    "ask_who_plays": frozenset((PERSON, subject) for subject in (CHARACTER, FILM, PERSON, STORY, EVENT, PART, UNNAMED)),
    # a conversation setting ("Got it: no spoilers") gives no thing of any kind: "who sang <X> at the end?" asks one
    **{setting: frozenset() for setting in SETTINGS},
    # where to watch names a service, never a date: "when did they first broadcast it?" asks when it came out (it is
    # judged on dates only: where to watch "all episodes" of it is still where to watch it)
    "ask_where_to_watch": frozenset(),
}
# "When is it going to be in cinemas?": where to watch it says it had no cinema release, which answers when.
CINEMA_WORDS = asking_parts.CINEMA_WORDS | {"theatrical"}
# Readings judged even when the subject is left unnamed (the film, "it"): their reply gives no kind of anyone's.
UNNAMED_JUDGED = frozenset({*SETTINGS, "ask_where_to_watch"})
# A reading is judged on the kinds its reply gives (of some subject) and on these besides: the novel's card gives
# no length ("how long does it take to read the novel?"); a person's card no span of time.
MORE_JUDGED_KINDS: dict[str, frozenset[str]] = {
    "ask_novel": frozenset({DURATION}),
    # nor a count ("how many members does <a group of hers> have?")
    "ask_person": frozenset({DURATION, COUNT}),
    # the runtime card gives a length only ("how much is the movie worth?"); the director's card a name only ("where
    # was the movie directed?")
    "ask_runtime": frozenset({COUNT, PLACE, DATE}),
    "ask_director": frozenset({COUNT, PLACE, DATE, DURATION}),
    "ask_who_plays": frozenset({COUNT, PLACE, DATE, TIME, DURATION, AGE}),
    "ask_where_to_watch": frozenset({DATE}),
    **{setting: frozenset({DATE, DURATION, COUNT, AGE, PLACE, PERSON, TIME}) for setting in SETTINGS},
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
    # a character's reasons, where the store has any, are in their description
    (REASON, CHARACTER): ("ask_character", None),
}
# Readings whose reply is a fact of the film's card (a name, a date, a number, a list), which never says why or
# how: a reason or a way asked of anything ("why did it come out on <a service>?", "how did <a> become an actor?")
# is one they do not give. The story's readings (the plot, the ending, a character's description, the title's
# meaning) may, and where to watch it is how to see it.
NO_REASON_READINGS = frozenset(
    """ask_who_plays ask_cast ask_director ask_release_date ask_runtime ask_rating ask_where_to_watch ask_language
    ask_genre ask_person ask_other_work ask_crew ask_novel""".split()
)
NO_MANNER_READINGS = NO_REASON_READINGS - {"ask_where_to_watch"}


@dataclass(frozen=True)
class KindAsked:
    kind: str
    phrase: Span  # the wh-phrase's words
    clause: Span  # the question's words from the wh-phrase on, quoted in "I don't know that about <subject>"
    subject: str
    subject_words: Span | None  # the subject's words as asked (None: the film, named or not)
    # an event of the conversation's subject ("what year did they sign?"): no date the film's card gives
    pointed_event: bool = False
    cinema: bool = False  # a cinema named ("when will it be in theaters?"): where to watch it says it never was


def kind_asked(
    words: Sequence[str], names: Sequence[tuple[Span, str]], sentence_starts: Sequence[int] = ()
) -> KindAsked | None:
    """The kind the question's wh-phrase asks and of which subject; None when no wh-phrase names a kind, when the
    question has several wh-phrases (each part is its own reader's), or when "who" is followed by a copula ("who is
    the <X>": the head noun asks, answer_type.py judges it). `names`: the people and characters named, each with
    PERSON or CHARACTER. `sentence_starts`: the words that begin a sentence; a subject named in an earlier sentence
    than the wh-phrase's is not its own ("the soundtrack was lovely. how long is it?": a remark's)."""
    plain = [word.removesuffix("'s") for word in words]
    found = _wh_phrase(plain, sentence_starts)
    if found is None or sum(word in WH_WORDS for word in plain) > 1:
        return None
    phrase, kind = found
    after = set(plain[phrase.end : phrase.end + 1])
    if kind == MANNER and (after & ASSISTANT_ADDRESSED or set(plain[phrase.end :]) & FAME_WORDS):
        # "how do you like <a>?" asks the assistant's taste; "how did <a> become famous?" what they are known for
        return None
    if kind == DURATION and plain[phrase.end : phrase.end + 1] in BETWEEN_DATES:
        kind = DATE  # "how many years earlier": the span between two dates, which the dates answer
    if kind == COUNT and plain[phrase.end : phrase.end + 1] and plain[phrase.end].startswith(TIME_UNIT_STEMS):
        kind = DURATION  # "how many minuts", "how many hrs": a unit of time, however typed
    copula = words[phrase.start] in WHO_COPULAS or plain[phrase.end : phrase.end + 1] in COPULA_NEXT
    if kind == PERSON and copula and plain[-1] not in AGENT_PREPOSITIONS:
        return None
    end = next((i for i in range(phrase.end, len(plain)) if plain[i] in CLAUSE_ENDS), len(plain))
    sentence = max((start for start in sentence_starts if start <= phrase.start), default=0)
    subject, subject_words = _subject(plain, phrase, end, names, sentence)
    pointed = subject == UNNAMED and any(word in CONTEXT_PRONOUNS for word in plain)
    event = _asks_an_event(plain[phrase.end : end], kind, subject)
    if not pointed and event:
        subject = EVENT
    # "what year did they sign?": an event of whom "they" points at; "what year did that happen?" may be the film's
    named_event = event and not HAPPEN_WORDS & set(plain[phrase.end : end])
    return KindAsked(
        kind,
        phrase,
        Span(phrase.start, end),
        subject,
        subject_words,
        pointed_event=pointed and named_event,
        cinema=bool(CINEMA_WORDS & set(plain)),
    )


def reading_key(intent: str | None, crew_roles: Sequence[str]) -> str | None:
    if intent == "ask_crew" and crew_roles:
        return f"ask_crew:{crew_roles[0]}"
    return intent


def mismatched(asked: KindAsked, key: str | None) -> bool:
    """The reading's reply gives no thing of the kind asked of that subject. A reading the table does not list,
    a kind it is not judged on, or a subject left unnamed ("how old is he?": the conversation's) is not judged."""
    given = READING_GIVES.get(key or "")
    if asked.kind in (REASON, MANNER):  # of any subject, named or not
        readings = NO_REASON_READINGS if asked.kind == REASON else NO_MANNER_READINGS
        return (key or "").partition(":")[0] in readings
    if asked.pointed_event and key == "ask_release_date":
        return True  # "in what year did this happen?": whatever "this" is, not the film's premiere
    if key == "ask_where_to_watch" and asked.cinema:
        return False
    if given is None or (asked.subject == UNNAMED and key not in UNNAMED_JUDGED):
        return False  # (a setting answers nothing asked of anyone, named or not)
    judged = {kind for kind, _ in given} | MORE_JUDGED_KINDS.get(key or "", frozenset())
    return asked.kind in judged and (asked.kind, asked.subject) not in given


def answer(asked: KindAsked) -> tuple[str, str | None] | None:
    """The intent (and crew role) whose reply gives the kind asked of the subject, or None ("I don't know")."""
    # left unnamed, the film is asked of ("when did they first broadcast it?": its release date)
    subject = FILM if asked.subject == UNNAMED and not asked.pointed_event else asked.subject
    return ANSWERS.get((asked.kind, subject))


def _wh_phrase(words: Sequence[str], sentence_starts: Sequence[int] = ()) -> tuple[Span, str] | None:
    """The first wh-phrase that opens a question (or a sentence of it: "<a remark>! when's it out?"), longest
    first."""
    for at in range(len(words)):
        # a bare wh-word that ends the question asks it too ("it came out when?")
        opens = at == 0 or at in sentence_starts or words[at - 1] in LEADING_WORDS or at == len(words) - 1
        # a phrase of two words ("how old", "what year") opens a question anywhere; a bare "who", "when" or "where"
        # after another word is a relative clause's
        for size in range(min(LONGEST_PHRASE, len(words) - at), 0 if opens else 1, -1):
            kind = WH_KINDS.get(tuple(words[at : at + size]))
            if kind is not None:
                return Span(at, at + size), kind
    return None


def _subject(
    words: Sequence[str], phrase: Span, end: int, names: Sequence[tuple[Span, str]], sentence: int = 0
) -> tuple[str, Span | None]:
    """The first subject named in the clause after the wh-phrase (a work's noun or a name; a name right before a
    work's noun, or before a release verb and a work, is the work's: "when did <a> release the song"); when none is
    named after it ("... was published in what year?"), the nearest work named before it in its own sentence (from
    word `sentence`), else the nearest name. None named: the work a verb names ("published": the novel), else
    UNNAMED (the film's title, "it", or a pronoun for the conversation's subject: not judged, but for an event)."""
    after = _mentions(words, phrase.end, end, names)
    if after:
        return _first_subject(words, after, end)
    before = _mentions(words, sentence, phrase.start, names)
    works = [m for m in before if m[1] not in (PERSON, CHARACTER)]
    if before:
        chosen = works[-1] if works else before[-1]
        if any(m[1] == FILM for m in before) and any(w in ADAPTATION_WORDS for w in words):
            chosen = next(m for m in before if m[1] == FILM)  # "the book series by <a> made into a movie"
        return chosen[1], chosen[2]
    verb_subject = next((VERB_SUBJECTS[word] for word in words if word in VERB_SUBJECTS), None)
    if verb_subject is not None:  # "when was <the title> first published?": the novel's publication
        return verb_subject, None
    return UNNAMED, None


def _mentions(
    words: Sequence[str], start: int, end: int, names: Sequence[tuple[Span, str]]
) -> list[tuple[int, str, Span]]:
    found = [(i, _noun_subject(words, i), Span(i, i + 1)) for i in range(start, end) if words[i] in NOUN_SUBJECT]
    found += [(span.start, kind, span) for span, kind in names if start <= span.start < end]
    return sorted(found, key=lambda mention: mention[0])


def _noun_subject(words: Sequence[str], at: int) -> str:
    """The subject a work's noun names; "the original story" is the novel the film adapts, not its plot."""
    kind = NOUN_SUBJECT[words[at]]
    if kind == STORY and at > 0 and words[at - 1] in ORIGINAL_WORDS:
        return NOVEL
    if words[at] in POINTED_SERIES_PARTS and at > 0 and words[at - 1] in POINTING_WORDS:
        return FILM
    return kind


def _first_subject(words: Sequence[str], mentions: list[tuple[int, str, Span]], end: int) -> tuple[str, Span]:
    if (
        len(mentions) > 1
        and mentions[0][1] == FILM
        and mentions[1][1] == PERSON
        and mentions[1][0] == mentions[0][0] + 1
    ):
        mentions = mentions[1:]  # "the film director of <the title>": "film" names the person's kind of work
    first = _compound_head(words, mentions[0], end)
    works = [m for m in mentions[1:] if m[1] not in (PERSON, CHARACTER)]
    if first[1] == FILM and any(word in ADAPTATION_WORDS for word in words):
        return first[1], first[2]
    film = next((m for m in works if m[1] == FILM), None)
    if film is not None and any(word in ADAPTATION_WORDS for word in words):
        return film[1], film[2]  # "the book series by <a> made into a movie": the film's making
    if first[1] in (PERSON, CHARACTER) and works:
        between = words[first[2].end : works[0][0]]
        # "<a>'s first book", "<a>s best-selling novel"; "<a> in the movie" places <a> in it, the work owns nothing
        placed = between[:1] in (["in"], ["from"], ["at"]) and works[0][1] == FILM  # "<a> in the movie": this film's
        owned = len(between) <= OWNED_GAP and not placed
        if owned or any(word in RELEASE_VERBS for word in between):
            return works[0][1], works[0][2]
    return first[1], first[2]


def _compound_head(words: Sequence[str], mention: tuple[int, str, Span], end: int) -> tuple[int, str, Span]:
    """A work's noun at the head of its compound: the last subject noun of the run of content words it starts
    ("the theme song music video": the video, a part; "the <title> novel": the novel)."""
    if mention[1] in (PERSON, CHARACTER):
        return mention
    head = mention
    for i in range(mention[0] + 1, min(end, mention[0] + COMPOUND_MAX_WORDS)):
        if words[i] in FUNCTION_WORDS:
            break
        if words[i] in NOUN_SUBJECT:
            head = (i, NOUN_SUBJECT[words[i]], Span(i, i + 1))
    return head


def _asks_an_event(clause: Sequence[str], kind: str, subject: str) -> bool:
    """A date or duration of something that happened, not the subject's own date or length; a place where a work
    was made ("where was the book written?"), not the place its card gives (its publisher's)."""
    if kind == PLACE and subject not in (PERSON, CHARACTER):
        return any(word in MAKING_WORDS for word in clause)
    if kind == AGE and subject == CHARACTER:  # "at what age did <a character> begin to paint": not the age given
        return any(word in EVENT_WORDS for word in clause)
    if kind not in (DATE, DURATION):
        return False
    if kind == DATE and subject == PERSON:
        return not any(word in BIRTH_WORDS for word in clause)
    events = EVENT_WORDS | DURATION_EVENT_WORDS if kind == DURATION else EVENT_WORDS
    # "how long does it take to film" asks an event; "... to watch" the runtime
    taken = any(
        a in TAKE_WORDS and b == "to" and c not in VIEWING_WORDS
        for a, b, c in zip(clause, clause[1:], [*clause[2:], ""], strict=False)
    )
    return taken or any(word in events for word in clause)
