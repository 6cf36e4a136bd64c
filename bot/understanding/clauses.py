"""Clause-level reading rules: what a message asks, clause by clause (issue 10, round 5).

Real users put two questions in one message ("Is it a thriller? Who directed it?"), wrap a
question in "do you think …" or "do you know if …", and ask how well a film was *rated* (an
opinion) with the same word as its maturity *rating*. These rules work on the lexicon's hits
and the clause starts that bot/understanding/reading.py computes; they are Rasa-free and
take plain word lists so that the reader can call them without an import cycle.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime, timezone

from bot.understanding.asking_parts import CINEMA_WORDS
from bot.understanding.lexicon import ROUGH_LENGTH_WORDS, Hit, Lexicon, tokens
from bot.understanding.works_of_people import WORK_PLURALS

WH_WORDS = frozenset({"what", "whats", "what's", "when", "who", "whos", "who's", "where", "how", "which", "why"})
# Words of evaluation: next to "rated"/"ratings" they ask how well the film was rated (the reviews),
# not its maturity rating ("is it highly rated?", "have people rated it well?", "how are its ratings?").
EVALUATION_WORDS = frozenset(
    {
        "well",
        "highly",
        "higly",
        "hihgly",
        "high",
        "higher",
        "highest",
        "badly",
        "poorly",
        "low",
        "lower",
        "lowest",
        "better",
        "best",
        "worse",
        "worst",
        "good",
        "great",
        "bad",
        "critics",
        "audiences",
        "viewers",
    }
)
RATING_WORDS = frozenset({"rated", "rating", "ratings", "rate"})
# "Do you think <a clause>?", "do you know if <a clause>?", "I wonder if <a clause>": the question is
# the clause, not something about the assistant.
WRAPPERS = (
    ("do", "you", "think"),
    ("do", "you", "know", "if"),
    ("do", "you", "know", "whether"),
    ("do", "you", "reckon"),
    ("i", "wonder", "if"),
    ("i", "wonder", "whether"),
    ("would", "you", "say"),
)


# "He", "she" in a later clause point at someone: "who directed it? how old is he?" means the director.
PERSON_POINTERS = frozenset({"he", "she", "him", "her", "his", "hers", "he's", "she's"})
# Words that open a second question after "and": "... and is he married?", "and did she win anything?"
AND_OPENERS = frozenset({"is", "was", "does", "did", "has", "can", "could"})
# A later clause asking only who someone is: "who is he?", "who's she?".
WHO_IS = frozenset({"who", "who's", "whos", "is", "was"})


def pointing_clause(words: list[str], starts: Iterable[int]) -> int | None:
    """Where a later clause that points at someone with "he" or "she" begins, or None: "who plays <a
    character>, and how old is he?", "who directed it? who is he?". A clause starts after a break (`starts`)
    or at a wh-word or an auxiliary after "and" ("who wrote it and how old is she", "and is he married");
    the clauses before it name nobody by a pronoun, so the pronoun means whom their answer names."""
    pointer = next((i for i, word in enumerate(words) if word in PERSON_POINTERS), None)
    if pointer is None:
        return None
    bounds = question_starts(words, starts)
    start = max(b for b in bounds if b <= pointer)
    # a question from there on ("I haven't seen him play, how old is he?"), not a clause describing
    # someone ("who plays <a>, the girl who visits her brother?")
    opened = any(opener(words[b:]) in WH_WORDS | AND_OPENERS for b in bounds if b >= start)
    return start if start and opened else None


def question_starts(words: list[str], starts: Iterable[int]) -> list[int]:
    """Where each clause begins: after a break (`starts`), or at a wh-word or an auxiliary after "and"
    ("who is the actor and what is the price", "who plays her and is she married")."""
    joined = {i for i in range(1, len(words)) if words[i - 1] == "and" and words[i] in WH_WORDS | AND_OPENERS}
    return sorted({*starts, *joined, 0})


# Words that join one request to the next: "... and then what ...", "... and also tell me ...", "also is it ...".
JOINING = frozenset({"and", "then", "also", "plus", "&", "+"})
# Verbs that open a request clause as a wh-word does: "... and tell me who ...", "... and list the actors".
REQUEST_VERBS = frozenset({"tell", "can", "could", "would", "list", "give", "find", "show", "let", "get"})


WH_PREPOSITIONS = frozenset({"since", "for", "from", "in", "on", "at", "by", "until", "till", "with", "to"})


def part_starts(words: list[str], starts: Iterable[int]) -> list[int]:
    """Where each request of a message begins: after a break (`starts`), or at the joining words ("and",
    "then", "also", "plus") right before a wh-word, an auxiliary or a request verb ("what is it about and then
    how long is it", "who directed it and also tell me the genre"). "And" before a name or a noun joins two
    parts of one question ("who are <a> and <b>", "the director and writer") and starts nothing."""
    joined = set()
    for i in range(1, len(words)):
        # "... and since when?", "... and for how long?": a preposition may stand before the wh-word
        before = i - 2 if i > 1 and words[i - 1] in WH_PREPOSITIONS and words[i] in WH_WORDS else i - 1
        if words[i] in WH_WORDS | AND_OPENERS | REQUEST_VERBS and words[before] in JOINING:
            first = before
            while first > 0 and words[first - 1] in JOINING:
                first -= 1
            joined.add(first)
    return sorted({*starts, *joined, 0})


def opener(clause: list[str]) -> str:
    """The first word of a clause after "and", "so", "also", "but", "then"."""
    return next((word for word in clause if word not in ("and", "so", "also", "but", "then", "plus")), "")


def who_is_pointed(words: list[str]) -> bool:
    """ "Who is he?", "and who's she": only who the one pointed at is."""
    asked = [w for w in words if w not in ("and", "so", "then")]
    return bool(asked) and asked[0] in ("who", "who's", "whos") and set(asked) <= WHO_IS | PERSON_POINTERS


def made_in_a_year(words: list[str], hits: list[Hit]) -> list[Hit]:
    """ "Was it made in 2024?": "made in" before a year or a decade is the release date, not the country."""
    changed = []
    for hit in hits:
        after = words[hit.end] if hit.end < len(words) else ""
        if hit.kind == "attribute" and hit.key == "country" and re.fullmatch(rf"{YEAR}|{DECADE}", after):
            hit = Hit("attribute", "release_date", hit.phrase, hit.start, hit.end)
        changed.append(hit)
    return changed


# "Which films share the director of <the film>?", "movies with the same screenwriter": that person's other work.
SHARING = frozenset({"same", "share", "shares", "shared", "sharing"})
PEOPLE_ROLES = frozenset({"director", "writer", "music", "producer", "cinematography", "editing", "cast"})


def shared_person(words: list[str], hits: list[Hit], role_starts: Iterable[int] = ()) -> list[Hit]:
    """A crew or cast word after "same" or "share (the|a)" asks for what else that person made, not who it is.

    `role_starts`: where the crew roles the entity rules found begin ("screenwriter"). The sharing
    word becomes an other-work hit before the role, which stays to say whose work."""
    added = []
    starts = [h.start for h in hits if h.kind == "attribute" and h.key in PEOPLE_ROLES] + list(role_starts)
    for start in sorted(set(starts)):
        at = start - 1
        while at >= 0 and words[at] in ("the", "a", "an", "its", "their"):
            at -= 1
        taken = any(h.start <= at < h.end for h in hits)
        if at >= 0 and words[at] in SHARING and not taken:
            added.append(Hit("attribute", "other_work", words[at], at, at + 1))
    return sorted([*hits, *added], key=lambda h: h.start) if added else hits


# "do you know what …", "can you tell me when …", "do you remember who …": a wh-question politely put.
ASKING_WRAPPERS = (("you", "know"), ("you", "tell", "me"), ("you", "remember"), ("u", "know"), ("you", "say"))


def wh_question_wrapped(words: list[str]) -> bool:
    """ "Do you know what year the novel came out?": an auxiliary, a wrapper and a wh-word ask the wh-question;
    the auxiliary opens no yes/no question."""
    for wrapper in ASKING_WRAPPERS:
        end = 1 + len(wrapper)
        if tuple(words[1:end]) == wrapper and words[end : end + 1] and words[end] in WH_WORDS:
            return True
    return False


def wrapped_question(words: list[str]) -> bool:
    """Whether the message opens with a wrapper ("do you think …?") around the real question."""
    if tuple(words[:3]) == ("do", "you", "know") and words[3:4] and words[3] in WH_WORDS:
        return True  # "do you know what year the novel came out?": the wh-question is asked, not the assistant
    return any(tuple(words[: len(wrapper)]) == wrapper for wrapper in WRAPPERS)


def rated_as_opinion(words: list[str], hits: list[Hit], clause_starts: list[int]) -> list[Hit]:
    """ "Is it highly rated?", "have people rated the movie well?": the reviews, not the maturity rating.

    A rating hit that is one of the bare words rated/rating/ratings, with a word of evaluation in
    the same clause, becomes a reviews hit. "What is it rated?" and "is it rated R?" have no word
    of evaluation and stay the maturity rating; so does a clause with another rating phrase
    ("is the rating good for kids?").
    """
    bounds = [*clause_starts, len(words)]
    changed = []
    for hit in hits:
        if hit.kind == "attribute" and hit.key == "rating" and hit.phrase in RATING_WORDS:
            start = max(b for b in bounds if b <= hit.start)
            end = min(b for b in bounds if b > hit.start)
            others = [h for h in hits if h.key == "rating" and h is not hit and start <= h.start < end]
            if not others and EVALUATION_WORDS & set(words[start:end]):
                hit = Hit("attribute", "reviews", hit.phrase, hit.start, hit.end)
        changed.append(hit)
    return changed


# Verbs of what a story tells, asked last of the film: "what does <the film> depict?", "what is the central event
# that <the film> recounts?" (not "who portrays <a>?": the film is their subject, and nothing follows them).
STORY_VERBS = frozenset(
    """depict depicts depicted recount recounts recounted narrate narrates narrated chronicle chronicles contain
    contains portray portrays portrayed""".split()
)


# Verbs of a showing's start: "what time does <the film> start?", "when does it air?".
START_VERBS = frozenset({"start", "starts", "begin", "begins", "air", "airs"})


# Verbs of a showing said after the film: "when was <the film> shown in <a country>?" asks when it came out (on a
# streaming service, everywhere at once).
SHOWING_VERBS = frozenset({"shown", "screened", "broadcast", "aired", "streamed", "showing", "screening"})
# Words of a showing at a venue ("showing at the movie house", "in theaters near me"): showtimes, not the release.
VENUE_WORDS = frozenset({"at", "near", "nearby", "local"})


# A venue's own opening or building: "what year did the 1st cinema open?" asks of the building, never the film.
VENUE_OPENING_VERBS = frozenset({"open", "opened", "opens", "built", "founded", "established", "close", "closed"})


def venue_opened(words: list[str], hits: list[Hit]) -> bool:
    """ "What year did the first cinema open?", "when was the theater built?": a cinema's opening or building is
    asked, with no film of ours named (a film hit: "when did it open in cinemas?" asks the film's release)."""
    if any(h.kind == "film" for h in hits):
        return False
    return any(
        word in CINEMA_WORDS and any(w in VENUE_OPENING_VERBS for w in words[at + 1 : at + 3])
        for at, word in enumerate(words)
    )


def _at_a_venue(words: list[str], verb: int) -> bool:
    """ "... showing at the movie house?", "... in theaters near me?": a showing at a venue (showtimes), not the
    release."""
    rest = words[verb + 1 :]
    ends = [i for i, word in enumerate(rest) if word in JOINING | WH_WORDS]
    clause = set(rest[: ends[0]] if ends else rest)
    return bool(clause & (VENUE_WORDS | CINEMA_WORDS))


def _when_asked(words: list[str], film: int) -> bool:
    before = words[:film]
    return "when" in before or any(a == "what" and b == "time" for a, b in zip(before, before[1:], strict=False))


def _clause_ends(words: list[str], at: int) -> bool:
    return at + 1 == len(words) or words[at + 1] in JOINING | WH_WORDS


def _asked_last(words: list[str], film: int, verb: int) -> bool:
    """A "what" or "which" question before the film, and the verb the clause's last word."""
    return bool({"what", "which", "whats", "what's"} & set(words[:film])) and (
        verb + 1 == len(words) or words[verb + 1] in JOINING | WH_WORDS
    )


def film_about(words: list[str], hits: list[Hit]) -> list[Hit]:
    """ "What is <the film's title> about?": the film named, then "about", asks for its plot; so does a verb of
    telling asked last ("what does <the film> depict?"). "What time does <the film> start?" asks when it came out.

    The lexicon's plot phrases cover "it about", "movie about"; a title, or an adverb, between
    the film and "about" needs this rule (any film word or title the lexicon knows, then "about").
    """
    taken = {i for h in hits for i in range(h.start, h.end)}
    added = []
    for hit in (h for h in hits if h.kind == "film"):
        # one adverb may stand between: "what is it basically about?", "what's it really about?"
        gap = 1 if hit.end + 1 < len(words) and words[hit.end].endswith("ly") else 0
        about = hit.end + gap
        if about >= len(words) or taken & set(range(hit.end, about + 1)):
            continue
        if words[about] == "about":
            added.append(Hit("attribute", "plot", " ".join(words[hit.start : about + 1]), hit.start, about + 1))
        elif words[about] in STORY_VERBS and _asked_last(words, hit.start, about):
            added.append(Hit("attribute", "plot", words[about], about, about + 1))  # the film stays named
        elif words[about] in START_VERBS and _when_asked(words, hit.start) and _clause_ends(words, about):
            # "what time does <the film> start?": a streaming film starts when it came out
            added.append(Hit("attribute", "release_date", words[about], about, about + 1))
        elif words[about] in SHOWING_VERBS and _when_asked(words, hit.start) and not _at_a_venue(words, about):
            added.append(Hit("attribute", "release_date", words[about], about, about + 1))
    if not added:
        return hits
    kept = [h for h in hits if not any(a.start <= h.start < a.end for a in added)]
    return sorted([*kept, *added], key=lambda h: h.start)


# "What is <X> about?" with <X> a bare noun phrase (no article, possessive or pointer): the story asked is X's.
ABOUT_OPENERS = (("what", "is"), ("what", "was"), ("what's",), ("whats",), ("what", "are"), ("what", "were"))
BARE_SUBJECT_MAX = 3
NOT_BARE = frozenset(
    "the a an this that these those its his her their your my our it they he she you i one ones all "
    "everything something anything".split()
)


def bare_subject_about(words: list[str]) -> tuple[int, int] | None:
    """The span of X in "what is X about?" when X is a bare noun phrase of no known film word, or None. The caller
    knows that no name, title or film word of ours is said."""
    opener = next((o for o in ABOUT_OPENERS if tuple(words[: len(o)]) == o), None)
    if opener is None or words[-1:] != ["about"]:
        return None
    subject = words[len(opener) : -1]
    if not 0 < len(subject) <= BARE_SUBJECT_MAX or NOT_BARE & set(subject):
        return None
    if any(not w.isalpha() for w in subject):
        return None
    return len(opener), len(words) - 1


# Articles that make "<film> about <a name>" a description: "the film about <a>", "a movie about <a>".
DESCRIBING_ARTICLES = frozenset({"the", "a", "that", "this"})


def film_described_by_its_subject(words: list[str], hits: list[Hit], name_starts: Iterable[int]) -> list[Hit]:
    """ "Why did <a studio> go ahead with the film about <a>?": "the film about <a>" names the film by its subject, as
    its title would; its "about" asks for no plot (the rest of the question asks what it asks)."""
    starts = set(name_starts)
    return [
        h
        for h in hits
        if not (
            h.kind == "attribute"
            and h.key == "plot"
            and words[h.end - 1] == "about"
            and h.end in starts
            and h.start > 0
            and words[h.start - 1] in DESCRIBING_ARTICLES
        )
    ]


# A career's start, however the career is qualified: "when did <a> begin his artistic career?", "how did her acting
# career start?"; and a first appearance ("<a>'s first screen appearance"): the debut.
CAREER_START_VERBS = frozenset(
    "begin begins began begun beginning start starts started starting launch launched kick kicked".split()
)
CAREER_NOUN = "career"
# The most words between the start verb and "career" ("began his professional acting career"), or after it.
CAREER_GAP_BEFORE = 4
CAREER_GAP_AFTER = 2
APPEARANCE_NOUNS = frozenset({"appearance", "appearances"})
# The most words between "first" and "appearance": "first artistic appearance", "first ever screen appearance".
APPEARANCE_GAP = 2


def career_started(words: list[str], hits: list[Hit]) -> list[Hit]:
    """ "When did <a> begin his artistic career?", "how did her career start?", "<a>'s first screen appearance":
    the debut (the store's debut credit, else "I don't know"), where the lexicon's fixed phrases need the words
    side by side. A hit the lexicon already read over those words stays."""
    found = _career_start(words) or _first_appearance(words)
    if found is None:
        return hits
    start, end = found
    if any(h.kind == "attribute" and h.key == "debut" for h in hits):
        return hits
    kept = [h for h in hits if not (h.kind == "attribute" and h.start < end and start < h.end)]
    debut = Hit("attribute", "debut", " ".join(words[start:end]), start, end)
    return sorted([*kept, debut], key=lambda h: h.start)


# Words that make the start a time of something else: "what did <a> do before his career started?".
TIME_RELATORS = frozenset({"before", "after", "until", "till", "since", "while", "during"})


def _career_start(words: list[str]) -> tuple[int, int] | None:
    if TIME_RELATORS & set(words):
        return None
    for at, word in enumerate(words):
        if word != CAREER_NOUN:
            continue
        before = [i for i in range(max(0, at - CAREER_GAP_BEFORE), at) if words[i] in CAREER_START_VERBS]
        if before:
            return before[-1], at + 1
        after = [i for i in range(at + 1, min(len(words), at + 1 + CAREER_GAP_AFTER)) if words[i] in CAREER_START_VERBS]
        # "has <a>'s career started to decline?": another verb's start
        if after and words[after[0] + 1 : after[0] + 2] != ["to"]:
            return at, after[0] + 1
    return None


def _first_appearance(words: list[str]) -> tuple[int, int] | None:
    for at, word in enumerate(words):
        if word == "first":
            noun = next(
                (i for i in range(at + 1, min(len(words), at + 2 + APPEARANCE_GAP)) if words[i] in APPEARANCE_NOUNS),
                None,
            )
            if noun is not None:
                return at, noun + 1
    return None


# Verbs that give a name: "why is the hero called <a>?" asks what the name means.
NAMING_VERBS = frozenset({"called", "named"})


def name_reason(words: list[str], hits: list[Hit]) -> list[Hit]:
    """ "Why is the protagonist also called <a>?", "why is he named <a>?", "who is <a> named after?": the reason for a
    name, its meaning (of a character's name, held), not the film's titles; "why is it called <the title>?" stays the
    title's."""
    if words[:1] in (["who"], ["what"]) and words[-2:] == ["named", "after"]:
        # "who is <a> named after?": where the name comes from
        kept = [h for h in hits if h.end <= len(words) - 2]
        return [*kept, Hit("attribute", "meaning", "named after", len(words) - 2, len(words))]
    if words[:1] != ["why"]:
        return hits
    film = {i for h in hits if h.kind == "film" for i in range(h.start, h.end)}
    at = next((i for i, word in enumerate(words) if word in NAMING_VERBS), None)
    if at is None or at + 1 >= len(words) or at + 1 in film or words[at + 1] in ("that", "it", "so", "this"):
        return hits
    kept = [h for h in hits if not (h.kind == "attribute" and h.start <= at < h.end)]
    return sorted([*kept, Hit("attribute", "meaning", words[at], at, at + 1)], key=lambda h: h.start)


# "How much is it?": with nothing after its subject but the end of the clause or a purpose ("to rent"), the
# amount asked is what watching the film costs; "how much is it rated", "how much did it make" ask other things.
COPULAS = frozenset({"is", "was", "are"})
COST_PURPOSES = frozenset({"to", "watch", "rent", "stream", "see", "buy", "on", "netflix", "per", "month"})


def cost_of_watching(words: list[str], hits: list[Hit]) -> list[Hit]:
    """ "How much is it?", "how much is <the film> to rent", "how much is it? how long is it?": the price (which
    the store does not hold), not a part left unread. The subject is a film hit ("it", the title); the clause
    ends after it (the message's end, a joining word, a wh-word) or goes on with a purpose only."""
    added = []
    for hit in (h for h in hits if h.kind == "film"):
        at = hit.start - 3
        if at < 0 or words[at : at + 2] != ["how", "much"] or words[at + 2] not in COPULAS:
            continue
        end = hit.end
        while end < len(words) and words[end] in COST_PURPOSES:
            end += 1
        if end == len(words) or words[end] in JOINING | WH_WORDS:
            added.append(Hit("attribute", "price", "how much", at, at + 2))
    taken = {i for h in added for i in range(h.start, h.end)}
    kept = [h for h in hits if not taken & set(range(h.start, h.end))]
    return sorted([*kept, *added], key=lambda h: h.start) if added else hits


JOINERS = frozenset({"and", "also", "plus"})


def wh_clause_after(words: list[str], clause_starts: list[int], after: int) -> int | None:
    """Where the first wh-question after position `after` begins: a clause that opens with a wh-word
    ("…? Who directed it?"), or a wh-word after a joiner ("… and what is it about?")."""
    starts = set(clause_starts)
    return next(
        (i for i in range(after + 1, len(words)) if words[i] in WH_WORDS and (i in starts or words[i - 1] in JOINERS)),
        None,
    )


YEAR = r"(?:19|20)\d\d"
DECADE = r"(?:(?:19|20)?\d0'?s)"
# "is it from the 1990s?", "did it come out in 2023?", "was it released before 2020?", "is it a 2024 film?"
YEAR_CLAIMED = re.compile(
    rf"\b(?:(before|after|since|from|in|of)\s+(?:the\s+)?(?:year\s+)?(?:early\s+|late\s+|mid\s+)?({YEAR}|{DECADE})"
    rf"|(?:a|an)\s+({YEAR}|{DECADE})\s+(?:film|movie|release|flick))\b"
)
# "in/before/after <a year>" ("in the year <y>" too) is the release only with a word of releasing ("did it come
# out in 2023?"; "is it on Netflix in 2025?" is not): "from/of <a year>" and "a <year> film" need none.
RELEASE_WORDS = frozenset(
    {
        "released",
        "release",
        "come",
        "came",
        "comes",
        "premiered",
        "premiere",
        "made",
        "produced",
        "out",
        "aired",
        "done",
        "drop",
        "dropped",
        "shown",
        "debuted",
    }
)
NUMBERS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "couple": 2,
}
# "did it come out two years ago?", "is it from four years back?", "a couple of years ago": the
# release counted back from today.
YEARS_AGO = re.compile(rf"\b({'|'.join(NUMBERS)}|\d\d?)\s+(?:of\s+)?years?\s+(?:ago|back)\b")
# "is it from '12?": a year written with an apostrophe and two digits (the tokens lose the apostrophe).
SHORT_YEAR = re.compile(r"(?<![\w'\u2019])['\u2019](\d\d)\b")
# Claims read from patterns rather than from the lexicon's words, and the intent that answers each in full.
PATTERN_CLAIMS = {
    "runtime_over": "ask_runtime",
    "runtime_under": "ask_runtime",
    "runtime_within": "ask_runtime",
    "released": "ask_release_date",
    "released_before": "ask_release_date",
    "released_after": "ask_release_date",
    "released_years_ago": "ask_release_date",
    "released_on": "ask_release_date",
    "published": "ask_novel",
    "published_before": "ask_novel",
    "published_after": "ask_novel",
    "described": "ask_plot",
    "written_for": "ask_crew",
}
# Words that put the year on something other than the film's release: the novel, a person's life.
OTHER_DATED = frozenset(
    {"novel", "book", "manga", "published", "written", "born", "set", "takes", "take", "took", "filmed", "shot"}
)


def full_years(words: list[str], text: str) -> list[str]:
    """The words with each year written "'16" in `text` spelled out ("2016"): two digits are this
    century's up to next year, the last century's after."""
    short = set(SHORT_YEAR.findall(text))
    if not short:
        return words
    this_year = datetime.now(timezone.utc).year % 100
    return [("20" if int(w) <= this_year + 1 else "19") + w if w in short else w for w in words]


def year_claimed(words: list[str], text: str = "") -> tuple[str, int] | None:
    """A claim about the film's release year in a yes/no question: ("released:1990s", word index) or None.

    "from/in/of <a year or decade>" -> released:<it>; "before/after <a year>" -> released_before/after;
    "<n> years ago/back" -> released_years_ago:<n> (decided against today's year);
    a year of something else (the novel's publication, a birth, the setting, the filming) is not the
    release and is left alone.
    """
    if OTHER_DATED & set(words):
        return None
    joined = " ".join(full_years(words, text))
    ago = YEARS_AGO.search(joined)
    if ago is not None:
        count = NUMBERS.get(ago.group(1)) or int(ago.group(1))
        return f"released_years_ago:{count}", len(joined[: ago.start()].split())
    found = YEAR_CLAIMED.search(joined)
    if found is None:
        return None
    word, when, dated = found.group(1), found.group(2) or found.group(3), found.group(3)
    if word in ("in", "before", "after", "since") and not RELEASE_WORDS & set(words):
        return None
    side = {"before": "released_before", "after": "released_after", "since": "released_after"}.get(word or "")
    when = when.replace("'", "")
    if len(when) == 3:  # "90s" -> "1990s"; "20s" -> "2020s"
        when = ("20" if when[0] in "0123" else "19") + when
    if side is not None and dated is None and not when.endswith("s"):
        key = f"{side}:{when}"
    else:
        key = f"released:{when}"
    at = len(joined[: found.start()].split())
    return key, at


# The novel's words: a year said with them is the novel's publication ("was the book published in <year>?").
NOVEL_DATED = frozenset({"novel", "book", "published", "written"})


def novel_year_claimed(words: list[str], text: str = "") -> tuple[str, int] | None:
    """A claim about the novel's publication year in a yes/no question: ("published:<year>", word index) or None.

    Read as the release year is ("in/from/before/after <a year>"), the novel's words standing for the releasing;
    a year of anything else dated (a birth, the setting, the filming, the manga) is left alone.
    """
    if not NOVEL_DATED & set(words) or (OTHER_DATED - NOVEL_DATED) & set(words):
        return None
    found = year_claimed(["released" if w in NOVEL_DATED else w for w in words], text)
    if found is None or found[0].startswith("released_years_ago"):
        return None
    key, at = found
    return key.replace("released", "published", 1), at


# Times of year or week a release is said to fall on ("did it come out on a Sunday / in June / in the
# summer?"), each the set of premiere months or the weekday that makes it so. Seasons are the northern
# hemisphere's, as the film premiered worldwide from Japan.
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)  # fmt: skip
SEASONS = {
    "spring": (3, 4, 5),
    "summer": (6, 7, 8),
    "autumn": (9, 10, 11),
    "fall": (9, 10, 11),
    "winter": (12, 1, 2),
    "christmas": (12,),
}
# "Was it released on the weekend?": Saturday or Sunday.
WEEKEND = "weekend"
WEEKEND_DAYS = frozenset({"saturday", "sunday"})
RELEASE_TIMES = frozenset({*WEEKDAYS, *MONTHS, *SEASONS, WEEKEND}) - {"may"}  # "may" is mostly the verb
# Words before a time that make it the release's: "on a Sunday", "in June", "during the summer".
TIME_PREPOSITIONS = frozenset({"on", "in", "during", "at", "around", "over"})


# Words of releasing a time may follow with no preposition ("it came out Friday", "released last June").
RELEASED_JUST_BEFORE = frozenset({"out", "released", "premiered", "dropped", "aired"})


def release_time_claimed(words: list[str]) -> tuple[str, int] | None:
    """ "Was it released on a Sunday?", "did it come out in the summer?": ("released_on:<time>", index).

    Only with a word of releasing (the setting's season, "does it take place in winter?", is not the
    release) and a preposition of time before the weekday, month or season.
    """
    if not RELEASE_WORDS & set(words) or OTHER_DATED & set(words):
        return None
    for i, word in enumerate(words):
        if word not in RELEASE_TIMES:
            continue
        before = [w for w in words[max(0, i - 3) : i] if w not in ("a", "the", "early", "late", "mid", "last", "this")]
        # "came out on Friday", and as people say it, "just came out Friday": the verb alone dates it too
        if before and (before[-1] in TIME_PREPOSITIONS or before[-1] in RELEASED_JUST_BEFORE):
            return f"released_on:{word}", i
    return None


# "Does it have <a thing>?", "is there <a thing>?", "has it got <a thing>?": the question asks whether
# the thing exists, so its answer is yes or no before who made it.
EXISTENCE_OPENERS = (
    ("does", "it", "have"),
    ("did", "it", "have"),
    ("does", "the", "movie", "have"),
    ("does", "the", "film", "have"),
    ("does", "this", "movie", "have"),
    ("does", "this", "film", "have"),
    ("is", "there"),
    ("are", "there"),
    ("was", "there"),
    ("has", "it", "got"),
)


# How a question starts, when it has no question mark.
QUESTION_OPENERS = frozenset(
    "who whom whose what whats what's which when where why how is are was were do does did can could will would "
    "should has have".split()
)
# A search typed as a few words ("composer museum", "<a person> drama"): how many.
SEARCH_MIN_WORDS, SEARCH_MAX_WORDS = 2, 4
SEARCH_MAX_HEADED_WORDS = 8  # "movies directed by <a person> in <a year>"


def is_question(text: str) -> bool:
    words = tokens(text)
    return text.rstrip().endswith(("?", "\uff1f")) or bool(words and words[0] in QUESTION_OPENERS)


def typed_as_a_search(text: str) -> bool:
    """ "<a person> drama", "films written by <a person>": a few words, or a phrase headed by works, with no
    question and no sentence; what they name is searched, not claimed."""
    words = tokens(text)
    if is_question(text) or "." in text.strip("."):
        return False
    headed_by_works = bool(words) and words[0] in WORK_PLURALS and len(words) <= SEARCH_MAX_HEADED_WORDS
    return SEARCH_MIN_WORDS <= len(words) <= SEARCH_MAX_WORDS or headed_by_works


# Verbs of making a thing by hand ("who painted the paintings?"): the credits name no maker of such things.
HANDMADE_VERBS = frozenset(
    """painted paints drew draws drawn made makes designed designs created creates built builds sculpted illustrated
    photographed""".split()
)
# What may follow the thing made: "in the film", "for the movie", "of it".
MADE_FOR = frozenset({"in", "for", "of", "from", "the", "this", "that", "film", "movie", "it", "show"})
MADE_FOR_PLACES = frozenset({"in", "for", "of", "from", "the", "film", "movie", "show"})


def maker_of_a_thing(words: list[str], hits: list[Hit]) -> Hit | None:
    """ "Who painted the paintings in the film?", "who made the props?": who made a thing by hand, where no lexicon
    phrase reads the thing (a credit such as "the costumes" or "the music" is read as its credit); the verb and the
    thing as a hit, else None."""
    if len(words) < 4 or words[0] not in ("who", "whos", "who's") or words[1] not in HANDMADE_VERBS:
        return None
    if words[2] not in ("the", "those", "these", "all", "his", "her"):
        return None
    thing = 3
    if any(h.start <= thing < h.end for h in hits if h.kind in ("attribute", "relation", "claim", "film")):
        return None
    # "… in <the title>": the film named after a preposition, never right after the thing ("the comic <the title>"
    # is the thing's own name, whose credit may be held)
    titled = {
        i for h in hits if h.kind == "film" and words[h.start - 1] in MADE_FOR_PLACES for i in range(h.start, h.end)
    }
    if any(word not in MADE_FOR and i not in titled for i, word in enumerate(words) if i > thing):
        return None
    return Hit("attribute", MAKER_ASKED, " ".join(words[1 : thing + 1]), 1, thing + 1)


# The `attribute` the reader tags for the maker of a thing no credit names (actions/topics.py).
MAKER_ASKED = "maker_asked"


def asks_existence(words: list[str]) -> bool:
    """Whether the message opens with an existence form ("does it have …?", "is there …?")."""
    return any(tuple(words[: len(opener)]) == opener for opener in EXISTENCE_OPENERS)


# Nouns of amount or kind that a noun after "of" still heads: "any kind of soundtrack" asks for a soundtrack.
NOUNS_OF_AMOUNT_OR_KIND = frozenset({"kind", "kinds", "sort", "sorts", "type", "types", "bit", "lot", "lots", "piece"})


def complement_of_another_noun(words: list[str], at: int) -> bool:
    """ "Are there certain characteristics of a song …?": whether the word at `at` is the complement of another
    noun ("<noun> of <word>") rather than the thing itself; "any kind of <word>" still asks for the word."""
    for i in range(at - 1, 0, -1):
        if words[i] == "of":
            return words[i - 1] not in NOUNS_OF_AMOUNT_OR_KIND
    return False


# Nouns that make "write" the screenplay ("did <a name> write the script?").
SCRIPT_WORDS = frozenset({"screenplay", "screenplays", "script", "scripts", "screenwriter", "scenario", "adapted"})


def writing_unnamed(words: list[str], attribute: str) -> bool:
    """ "Did <a name> write it?": "write" with no noun of what was written means the script or the
    story the film is from, so a "no" must hold for both the screenwriter and the novel's author."""
    return attribute == "writer" and not SCRIPT_WORDS & set(words)


# Words of singing: "did <a> sing the theme song?" asks who performs it, "is it a <band> song?" whose song it is.
SINGING_WORDS = frozenset({"sing", "sings", "sang", "sung", "singing", "singer", "vocalist", "vocals", "performed"})


# Words that ask for the original of a cover: "originally sung by", "the original artist", "was <a singer> the first
# to record it?" (the first to record a cover's song is its original artist).
ORIGINAL_WORDS = frozenset({"originally", "original", "first"})


# Words that claim who produced or wrote a song, not who sings it.
SONG_PRODUCING_WORDS = frozenset({"produced", "produce", "produces", "producer", "product", "production"})
SONG_WRITING_WORDS = frozenset({"wrote", "written", "write", "writes", "writer", "songwriter", "penned", "composed"})
# The claims of the song's own credits, which its work holds (actions/claims.py).
SONG_CREDIT_CLAIMS = frozenset({"song_producer", "song_writer"})


def claimed_role(words: list[str], attribute: str, role: str) -> str:
    """The credit a yes/no names: "write" alone is the script or the story (`writer`); the theme song named
    without a word of singing ("is <the song> a <band> song?", "is the theme song by <a band>?") is the song's,
    whether of its performer or of its original artist (`song`)."""
    if writing_unnamed(words, attribute):
        return "writer"
    if role == "theme_song" and SONG_PRODUCING_WORDS & set(words):
        return "song_producer"  # "was the theme song produced by <a>?": the song's producer, not its singer
    if role == "theme_song" and SONG_WRITING_WORDS & set(words):
        return "song_writer"  # "was the song written by <a>?": whoever wrote the song, not its singer
    if role == "theme_song" and ORIGINAL_WORDS & set(words):
        return "song_original"  # "was the theme song originally sung by <a band>?": its original's artist only
    if role == "theme_song" and not SINGING_WORDS & set(words):
        return "song"
    return role


PERSON_SUBJECTS = frozenset({"he", "she"})
YES_NO_VERBS = frozenset({"did", "does", "is", "was", "has", "had"})


STATED_VERBS = frozenset({"is", "was", "has", "had"})


def stated_pronoun_subject(words: list[str]) -> bool:
    """Whether a clause states something of a person pronoun ("she was …", "he is …"): a yes/no once a tag
    or a question mark closes it."""
    return len(words) > 2 and words[0] in PERSON_SUBJECTS and words[1] in STATED_VERBS


def pronoun_subject(words: list[str]) -> bool:
    """Whether a yes/no opens with a person pronoun as its subject ("did he …?", "was she …?")."""
    return len(words) > 1 and words[0] in YES_NO_VERBS and words[1] in PERSON_SUBJECTS


# "Is that the one with the flowers?", "is it the movie where she draws?": whether this film is the one
# the user describes.
ONE_NOUNS = frozenset({"one", "movie", "film"})
# Words of a description that only the ending could confirm ("the one where he dies?"): no claim.
UNTOLD_WORDS = frozenset({"die", "dies", "died", "death", "dead", "ending", "killed", "survive", "survives"})
ONE_LINKS = frozenset({"with", "where", "about"})


def one_described(words: list[str]) -> int | None:
    """Where the description begins in "is it/that (really) the one with/where/about …", or None."""
    for i in range(len(words) - 4):
        if words[i] not in ("is", "was") or words[i + 1] not in ("it", "that", "this"):
            continue
        j = i + 2 if words[i + 2] == "the" else i + 3  # one word may stand between: "is that really the one …"
        if words[j : j + 1] == ["the"] and words[j + 1 : j + 2] and words[j + 1] in ONE_NOUNS:
            if words[j + 2 : j + 3] and words[j + 2] in ONE_LINKS and j + 3 < len(words):
                return j + 3
    return None


# "Is it about a painter?", "is the movie <title> about <a character>?", "it's about a girl, right?": the film
# as the subject of "about <something>" asks whether its story is that, as "is it the one about …" does.
ABOUT_SUBJECTS = frozenset({"it", "this", "that"})
ABOUT_GLUED = frozenset({"it's", "its", "that's", "thats"})
STORY_SUBJECTS = frozenset({"movie", "film", "story", "plot"})
ABOUT_ADVERBS = frozenset({"really", "actually", "mainly", "mostly", "basically", "just", "all", "also", "still"})
# "is it about two hours?", "is it about the same as the book?": "about" as "roughly", no story described.
ABOUT_ROUGHLY = frozenset({"hour", "hours", "minute", "minutes", "mins", "long", "same", "time"})


def about_described(words: list[str], film_spans: list[tuple[int, int]], asked: bool) -> int | None:
    """Where the description begins in "is it / is the movie (<title>) / is <the title> (really) about …",
    or in "it's about …" when the message asks (a tag or a question mark: `asked`); None otherwise. Only
    as a clause's opening: "what is it about?" asks for the story itself."""
    for i, word in enumerate(words[:-2]):
        if WH_WORDS & set(words[:i]):
            return None
        if word in ("is", "was"):
            j = i + 1
            if words[j] in ABOUT_SUBJECTS:
                j += 1
            elif words[j] == "the" and words[j + 1 : j + 2] and words[j + 1] in STORY_SUBJECTS:
                j += 2
                j = max([j, *(end for start, end in film_spans if start == j)])  # "the movie <the title>"
            elif any(start == j for start, _ in film_spans):
                j = max(end for start, end in film_spans if start == j)
            else:
                continue
        elif word in ABOUT_GLUED and asked and (i == 0 or words[i - 1] in ("so", "and", "but")):
            j = i + 1
        else:
            continue
        while j < len(words) and words[j] in ABOUT_ADVERBS:
            j += 1
        if words[j : j + 1] in (["a"], ["an"]) and words[j + 1 : j + 2] and words[j + 1] in DESCRIBED_WORKS:
            j += 2  # "is <the title> a film about …": the film said again as a kind of work
        if words[j : j + 1] != ["about"] or j + 1 >= len(words):
            return None
        if words[j + 1].isdigit() or ABOUT_ROUGHLY & set(words[j + 1 : j + 4]):
            return None
        return j + 1
    return None


# What the film's story turns on: a lexicon attribute for someone's illness or time left to live.
PREMISE_KEYS = frozenset({"illness", "time_left"})
# Words that open a description after a work noun: "the movie about …", "the film that depicts …".
DESCRIPTION_LINKS = frozenset({"about", "that", "which", "where", "whose", "depicting", "following"})
DESCRIBED_WORKS = frozenset({"film", "movie", "flick", "picture", "romance", "drama", "tearjerker", "story"})
# Relative words after a preposition: "the film in which …".
RELATIVES = frozenset({"which", "whom", "whose"})
DEFINITE_DETERMINERS = frozenset({"the", "this", "that"})
# "when it came out", "when the movie was released": the time of this film, a clause an age can be asked at.
FILM_RELEASED = re.compile(
    r"\bwhen (?:it|this|the (?:film|movie)) (?:came out|come out|was released|got released|released|premiered"
    r"|aired|dropped|hit netflix|was made|was filmed|was shot)\b"
)
INDEFINITE = frozenset({"a", "an", "any", "some", "another", "other", "every"})


def premise_described(words: list[str], hits: list[Hit], clause_starts: list[int]) -> tuple[int, int] | None:
    """ "who directed the <a year> <a service> movie about a boy with one year to live", "who composed the music for the
    film that depicts a boy with a year to live …": a work described by what this film's story turns on (an
    illness, the time someone has left) is this film, and the description asks nothing; "a movie about …" is
    any film. The description's span (from the work noun to the end of its clause), or None. A year the film
    does not have is for the reader's other-year rule to refuse before this is asked."""
    ends = [*clause_starts, len(words)]
    for i, word in enumerate(words[:-2]):
        # "the film in which …", "the movie for whom …": a preposition may stand before the relative word
        linked = words[i + 1] in DESCRIPTION_LINKS or (words[i + 1] in WH_PREPOSITIONS and words[i + 2] in RELATIVES)
        if word not in DESCRIBED_WORKS or not linked:
            continue
        # "the (<a year> <a service>) movie about …" points at one film; "is there a movie about …?" asks for any
        if not DEFINITE_DETERMINERS & set(words[max(0, i - 4) : i]) or INDEFINITE & set(words[max(0, i - 4) : i]):
            continue
        end = min(e for e in ends if e > i + 1)
        if words[i + 1] not in DESCRIPTION_LINKS:  # "in which …": a relative clause runs to the next question
            end = min((e for e in ends if e > i + 2 and (e == len(words) or words[e] in WH_WORDS)), default=len(words))
        if any(h.kind == "attribute" and h.key in PREMISE_KEYS and i + 1 < h.start < end for h in hits):
            return i, end
    return None


# Words of a description that say nothing of which story it is: who it is about in general, grammar.
GENERIC_DESCRIPTION_WORDS = frozenset(
    """boy boys girl girls man men woman women teen teens teenager teenagers kid kids child children student
    students couple people person guy guys young with that this what which about them they their there where
    who whose when have from into some very the and for his her its was are one two has had not but you all any
    can our out own""".split()
)
MIN_CONTENT_LETTERS = 3


# Words between a work noun and the story that describes it.
OTHER_STORY_LINKS = frozenset({"about", "where"})
# Words after "about" that leave it without an object: "what's the movie about in short / and who is in it".
STRANDING_WORDS = frozenset(
    {"in", "on", "at", "for", "from", "with", "by", "to", "and", "or", "but", "so", "please", "exactly", "again"}
    | {"without", "minus"}  # "what's the movie about without spoilers?": how to tell it, nothing described
)


def another_premise_described(
    words: list[str], hits: list[Hit], clause_starts: list[int], story_words: frozenset[str]
) -> bool:
    """ "Who directed the movie about a dog who waits for his owner?": "the movie about …" described by words
    that are mostly not this film's story (fewer than half of its content words are words the store uses of
    the film, its story and its characters) is another film. A description with no content word of its own
    ("the movie about a boy") decides nothing."""
    ends = [*clause_starts, len(words)]
    for i, word in enumerate(words[:-2]):
        # "the movie about …", and the movie recalled: "what was that movie where the bad guys are trapped …?"
        if word not in DESCRIBED_WORKS or words[i + 1] not in OTHER_STORY_LINKS:
            continue
        if not {"the", "that"} & set(words[max(0, i - 4) : i]):
            continue
        if i and words[i - 1] in ("a", "an"):
            continue  # "is that a movie about baseball?": what "that" is asked, no other film recalled
        if words[i + 2] in STRANDING_WORDS:
            continue  # "what's the movie about in one sentence?": "about" is the question's, nothing described
        end = min(e for e in ends if e > i + 1)
        if ROUGH_LENGTH_WORDS & set(words[i + 2 : end]):
            continue  # "is the film about 2 hours?": "about" as "roughly", no story

        if any(h.kind == "film" and i + 1 < h.start < end for h in hits):
            return False
        content = [
            w
            for w in words[i + 2 : end]
            if len(w) >= MIN_CONTENT_LETTERS and w.isalpha() and w not in GENERIC_DESCRIPTION_WORDS
        ]
        ours = [w for w in content if {w, w.removesuffix("s"), w.removesuffix("es")} & story_words]
        return bool(content) and 2 * len(ours) < len(content)
    return False


def describes_this_film(text: str, lexicon: Lexicon) -> bool:
    """ "Who directed the movie about two terminally ill teenagers?": the message points at this film by what its
    story turns on (for the scope guard, which has no clauses: the description runs to the message's end)."""
    words = tokens(text)
    return premise_described(words, lexicon.find(words, ("attribute",)), []) is not None


# Prepositions before a wh-phrase left in place: "… is based on the novel by which author?", "… belongs to what genre?"
IN_PLACE_PREPOSITIONS = frozenset({"by", "to", "in", "on", "from", "of", "for", "with", "at"})
IN_PLACE_WH = frozenset({"which", "what", "whose", "whom"})


def wh_phrase_in_place(clause: list[str]) -> bool:
    """ "<the film>, starring <a>, is based on the novel by which author?": a quiz asks with the wh-phrase where
    the answer would stand, after a preposition; the clause opens like a yes/no question but asks the wh-phrase."""
    return any(a in IN_PLACE_PREPOSITIONS and b in IN_PLACE_WH for a, b in zip(clause, clause[1:], strict=False))
