"""Whose attribute is asked: a film word asked of something that is not this film.

Everyday questions share words with a film's facts: "the rating of <a salon>", "<a restaurant>'s
reviews", "does <a chain> have good reviews", "where <a singer> currently live", "who wrote the
<a document>". The classifier hears the attribute (rating, reviews, home, writer) and answers it of
this film. What decides is the attribute's *owner*, the noun phrase the question asks it of:

- a possessive right before the attribute ("<X>'s rating", "<X>'s overall reviews");
- "of <X>" after it, or "for the/this/that <X>" ("the length of <X>", "the user rating for the <X>");
  a bare "for <X>" is an audience ("rated for kids"), no owner; "to <X>" after a sequel ("the sequel to <X>"),
  "about <X>" after reviews ("the reviews about <X>");
- the subject between the question's opening and the attribute ("where <X> lives", "does <X> have
  good reviews", "when did <X> come out"), or after an attribute that opens the question ("who wrote
  the <X>", "what genre is <X>").

When an owner is there and no word of it is this film's (a title word, a name, a crew role, a word of
the story, a pronoun, a lead noun such as "the girl", a lexicon phrase), the question is about
something else: the reader refuses it as another topic. A message that names or points at this film
anywhere is left alone (bot/understanding/reading.py calls this only then). Rasa-free.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from bot.understanding.lexicon import Hit

# Attributes of a role in the story, whose owner may be a character by job ("who plays the waiter?"):
# an unknown word there is a role of this film, answered or not known, never another topic.
ROLE_KEYS = frozenset({"cast", "role_asked", "villain", "asked", "meaning"})
DETERMINERS = frozenset({"the", "a", "an", "that", "this", "these", "those", "some", "any"})
# Owners only when a determiner follows: "for the restaurant" owns, "for kids" is an audience.
OWNER_WITH_DETERMINER = frozenset({"for"})
OWNER_PREPOSITIONS = frozenset({"of"}) | OWNER_WITH_DETERMINER
AUXILIARIES = frozenset(
    "is are was were does do did has have had can could will would should 's isn't aren't doesn't don't didn't".split()
)
WH_WORDS = frozenset("what what's whats which who who's whos whose where where's when how how's why many much".split())
# A wh-word that is a person, never a determiner: with no auxiliary after it, it is the subject itself.
PERSON_WH = frozenset({"who"})
# Words that end a noun phrase: prepositions, conjunctions, verbs of having, a wh-word.
PHRASE_ENDS = (
    frozenset(
        "in at on for with from by to about during after before into near and or but than have has had get got".split()
    )
    | WH_WORDS
    | AUXILIARIES
)
# Words inside a phrase that name nothing: degree, time and politeness words.
FILLERS = frozenset(
    """currently now still usually normally really actually even next right just today tonight please exactly
    overall average user customer general usual typical good best bad new old specifically precisely
    roughly approximately there more other another also""".split()
)
# Contractions that look like possessives.
NOT_POSSESSIVE = frozenset(
    "it's what's who's that's there's here's he's she's let's where's when's how's one's everyone's".split()
)
# Nouns that stand for this film or its parts without naming them ("how long is this thing?").
# "is there (gonna be) a <X>": existence asked, no subject before the attribute.
EXISTENTIAL = frozenset({"there"})
# "don't give away the plot": a request, whose verb is no subject.
IMPERATIVE_OPENERS = frozenset({"don't", "dont"})
GENERIC_NOUNS = frozenset("thing things stuff one ones show story bit part parts".split())
MAX_OWNER_WORDS = 4
# The speaker's possessives: "my <X>" is the speaker's own thing, this film's only when <X> names it.
SPEAKERS_OWN = frozenset({"my", "our", "mine", "ours"})
# Nouns of a wh-phrase before its attribute: "what kind of reviews", "which type of rating".
KIND_WORDS = frozenset({"kind", "kinds", "type", "types", "sort", "sorts"})
# Attributes whose "for <X>" names what they judge, determiner or not: "the reviews for <a restaurant>".
REVIEWED_KEYS = frozenset({"reviews"})
# Attributes that are works following another, whose "to <X>" names the work followed: "the sequel to <X>".
FOLLOWING_KEYS = frozenset({"sequel"})
# Attributes only a work has: their owner must name this film or its novel.
WORK_KEYS = frozenset({"runtime"})
# Auxiliaries that put a verb after the subject: "when does the <X> close".
DOING = frozenset({"does", "do", "did"})
HAVING = frozenset({"have", "has", "had", "got"})


def other_owner(
    words: Sequence[str],
    hits: Sequence[Hit],
    film_word: Callable[[int], bool],
    first_sentence_end: int,
    work_word: Callable[[int], bool] | None = None,
    naming_word: Callable[[int], bool] | None = None,
) -> str | None:
    """The owner phrase of an attribute when it is something other than this film, or None.

    `film_word(i)` says whether word i is this film's (covered by a lexicon phrase or an entity, a word
    of its vocabulary or story, a pronoun); `work_word(i)` whether it names this film or its novel, the only
    owners of a length ("how long is the <school year>": a word of the story owns no runtime). `naming_word(i)`,
    when given, says whether word i names this film or one of its things (a lexicon phrase, an entity, a name, a
    pronoun), not only uses a word it knows: a phrase with such a word is this film's, and a phrase without one is
    this film's only when every word of it is known ("the average review for <two everyday words>", one of them
    unseen, is another title's). Only the first sentence's opening is read for the subject."""
    attributes = [h for h in hits if h.kind == "attribute" and h.key not in ROLE_KEYS]
    if not hits:  # "when does the <X> close?": nothing of a film asked, the subject decides alone
        owner = _bare_subject(words, first_sentence_end)
        return " ".join(words[i] for i in owner) if owner and not any(film_word(i) for i in owner) else None
    if not attributes or any(h.kind == "attribute" and h.key in ROLE_KEYS for h in hits):
        return None
    for hit in attributes:
        # a length's owner after it ("how long is the <X>"); a clause before it ("did you say the runtime") is read
        # as any other subject
        after = hit.start <= _opening_end(words)
        of_a_work = hit.key in WORK_KEYS and after
        ours = work_word if work_word is not None and of_a_work else film_word
        # a length's owner must be a work ("the school year" has a word of time, no work): read by `work_word` alone
        naming = None if work_word is not None and of_a_work else naming_word
        for owner in (_possessor(words, hit), _of_phrase(words, hit), _subject(words, hit, first_sentence_end)):
            if owner and not _phrase_ours(words, owner, ours, naming):
                return " ".join(words[i] for i in owner)
    return None


def _phrase_ours(
    words: Sequence[str], owner: Sequence[int], ours: Callable[[int], bool], naming: Callable[[int], bool] | None
) -> bool:
    """An owner phrase is this film's when a word of it names the film (`naming`); else, with `naming`, when all of
    its words are the film's known words; without it (the older reading), when any is."""
    if naming is None:
        return any(ours(i) or words[i] in GENERIC_NOUNS for i in owner)
    if words[owner[0]] in SPEAKERS_OWN:
        return any(naming(i) for i in owner[1:])  # "the length of my commute": the speaker's, unless it is the film
    if any(naming(i) or words[i] in GENERIC_NOUNS for i in owner):
        return True
    return all(ours(i) for i in owner)


def _content(words: Sequence[str], indices: Sequence[int]) -> list[int]:
    return [i for i in indices if words[i] not in DETERMINERS and words[i] not in FILLERS]


def _phrase_from(words: Sequence[str], start: int, end: int | None = None) -> list[int]:
    """The content words of the noun phrase starting at `start`, up to its end (or `end`)."""
    found = []
    for i in range(start, min(len(words) if end is None else end, start + MAX_OWNER_WORDS + 1)):
        if words[i] in PHRASE_ENDS:
            break
        found.append(i)
    return _content(words, found)


def _possessor(words: Sequence[str], hit: Hit) -> list[int]:
    """ "<X>'s rating", "<X>'s user rating": the possessive before the attribute (one filler between)."""
    at = hit.start - 1
    if at >= 0 and words[at] in FILLERS:
        at -= 1
    if at < 0 or words[at] in NOT_POSSESSIVE or not words[at].endswith(("'s", "s'")):
        return []
    return [at]


def _of_phrase(words: Sequence[str], hit: Hit) -> list[int]:
    """ "the length of <X>", "the rating for the <X>": the phrase after "of" (or "for" + a determiner)."""
    at = hit.end
    if at + 1 < len(words) and words[at] == "to" and hit.key in FOLLOWING_KEYS:
        return _phrase_from(words, at + 1)  # "the sequel to <X>": the work it follows owns it
    if at + 1 < len(words) and words[at] == "about" and hit.key in REVIEWED_KEYS:
        return _phrase_from(words, at + 1)  # "the reviews about <X>": what was reviewed
    if at + 1 >= len(words) or words[at] not in OWNER_PREPOSITIONS:
        return []
    if words[at] in OWNER_WITH_DETERMINER and words[at + 1] not in DETERMINERS and hit.key not in REVIEWED_KEYS:
        return []  # "rated for kids": an audience; "the reviews for <X>" names what was reviewed
    return _phrase_from(words, at + 1)


def _subject(words: Sequence[str], hit: Hit, sentence_end: int) -> list[int]:
    """The subject of a question in its first sentence: between the opening (wh-words, an auxiliary) and the
    attribute ("where <X> live", "does <X> have good reviews"), or after an attribute that opens the question
    ("who wrote the <X>", "what genre is <X>")."""
    if hit.end > sentence_end:
        return []
    wh_end = 0
    while wh_end < len(words) and words[wh_end] in WH_WORDS:
        wh_end += 1
    if (
        wh_end
        and words[wh_end : wh_end + 2]
        and words[wh_end] in KIND_WORDS
        and words[wh_end + 1 : wh_end + 2] == ["of"]
    ):
        wh_end += 2  # "what kind of reviews does <X> have": the attribute is still the opening's
    at = _opening_end(words)
    if at == 0:
        return []  # no question opens it: "ok what about the run time" has no subject before "what"
    if words[at] in EXISTENTIAL or at == 1 and words[0] in IMPERATIVE_OPENERS:
        return []  # "is there gonna be a sequel", "don't give away the plot": nothing owns the attribute but the film
    if wh_end and hit.start <= wh_end < hit.end + 1:  # the attribute is the opening's: "what genre is <X>"
        after = hit.end + (1 if hit.end < len(words) and words[hit.end] in AUXILIARIES else 0)
        return _phrase_from(words, after, sentence_end) if after < sentence_end else []
    if at == wh_end and words[wh_end - 1] in PERSON_WH:
        return []  # "who drew the <X>": "who" is the subject and its verb follows, no subject before the attribute
    if at >= hit.start or (words[at] in DETERMINERS and words[at - 1] not in DOING):
        return []  # "what is the basic story": the attribute's own words; "where does the <X> live": a subject
    phrase = []
    for i in range(at, hit.start):
        if words[i] in HAVING and i > at:  # "does <X> have good reviews": the subject ends at the verb
            if all(w in FILLERS or w in DETERMINERS for w in words[i + 1 : hit.start]):
                break
            return []
        if words[i] in PHRASE_ENDS:
            return []  # "what university did the director go to": no subject right before the attribute
        phrase.append(i)
    return _content(words, phrase) if len(phrase) <= MAX_OWNER_WORDS else []


def _bare_subject(words: Sequence[str], sentence_end: int) -> list[int]:
    """ "when does the <X> close", "what time is the <X> open": the subject after a wh-word and an auxiliary
    typed as such, with its verb; None unless both are there (so no greeting such as "what's up")."""
    at = 0
    while at < len(words) and words[at] in WH_WORDS:
        at += 1
    if 0 < at < sentence_end - 1 and words[at] not in DOING:
        at += 1  # "what time does", "which day do": one noun of the wh-phrase
    if at == 0 or at >= sentence_end or words[at] not in DOING:
        return []  # "what's up", "who is the bus driver": no verb after the subject to read
    phrase = _phrase_from(words, at + 1, sentence_end)
    return phrase[:-1] if len(phrase) > 1 else phrase  # its last word is the verb ("close"), not the subject


def _opening_end(words: Sequence[str]) -> int:
    """Where the question's opening (wh-words, then an auxiliary) ends: 0 when it opens with neither."""
    at = 0
    while at < len(words) and words[at] in WH_WORDS:
        at += 1
    if at < len(words) and words[at] in AUXILIARIES:
        at += 1
    return at
