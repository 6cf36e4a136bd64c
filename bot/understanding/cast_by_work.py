"""Which of the film's cast is meant by another work they were in (round 15, nlu64, issue 10).

"Which cast member starred in the 2008 movie <X>?", "which actress in <this film> was in <X>?", "which of these
actresses co-stars with <Y> in <X>?", "this <this film> actress portrayed ... in <X>. who is she?": the question
asks which one of this film's cast (a performer noun tied to this film: "cast", "these", "this", or the title)
was in another work it names. So does someone picked out by a work in a message that names this film ("the guy
that's on the new <X> series was in <this film>", round 37) and "is the girl in <this film> the same actress as in
<X>?". The store's works of each cast member decide it: one cast member whose works hold the title is the person
asked (the reply is that work's note, actions/people.py); none or several decide nothing here, and the question is
read as before - never the cast list as if it answered.

Rasa-free; bot/nlu_frame.py calls `cast_member_of_a_work` before the other-subject guard's refusal stands.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.store import FactStore
from bot.understanding.lexicon import Lexicon, tokens

# Nouns of someone in a cast: the question asks which performer.
PERFORMER_NOUNS = frozenset({"actor", "actress", "actors", "actresses", "performer", "performers", "star", "stars"})
CAST_WORDS = frozenset({"cast", "casts"})
# Words that make the cast the subject of a question ("which cast member won ...?", "did any of the actors ...?").
CAST_SUBJECT_WORDS = PERFORMER_NOUNS | CAST_WORDS
# Nouns of the film itself that a question may pair with its cast: "did the show or its actors win anything?".
FILM_ITSELF = frozenset({"movie", "film", "show", "it", "drama"})
PAIRING_WORDS = frozenset({"or", "and", "&"})
PAIR_MAX_GAP = 2  # "the show or its actors", "the film and the cast"


def film_beside_cast(words: Sequence[str]) -> bool:
    """ "Did the show or its actors receive any awards?": the film and its cast, both asked of."""
    for i, word in enumerate(words):
        if word in PAIRING_WORDS and words[i - 1 : i] and words[i - 1] in FILM_ITSELF:
            if CAST_SUBJECT_WORDS & set(words[i + 1 : i + 2 + PAIR_MAX_GAP]):
                return True
    return False


# Words that ask which one: "which cast member", "what actress", "who is she".
WHICH_WORDS = frozenset({"which", "what", "whats", "what's"})
WHO_WORDS = frozenset({"who", "whos", "who's", "whom"})
# Words that tie a performer noun to a group already in view: "which of these actresses", "this actress".
IN_VIEW = frozenset({"these", "this", "those"})
IN_VIEW_WINDOW = 3
# Attributes that only say who is asked or that they were in a work: "which cast member starred in <X>".
WHO_KEYS = frozenset({"cast", "other_work"})
# Title forms of one word are read only when typed with a capital letter (a title, not a word of the question).
MIN_PLAIN_TITLE_WORDS = 2


def cast_member_of_a_work(text: str, store: FactStore, lexicon: Lexicon) -> tuple[str, tuple[int, int]] | None:
    """The id of the one cast member whose works hold a title the question names, with the title's word span,
    when the question asks which of this film's cast it is; else None."""
    words = tokens(text)
    cast_asked = _asks_which_one(words) and _asks_a_cast_member(words, lexicon)
    if not cast_asked and not (_someone_known_by_a_work(words) and _names_this_film_in(words, lexicon)):
        return None
    # a one-word title that is also a word of the vocabulary ("Mother") is the word, not the title
    vocabulary = {phrase[0] for _, _, phrase in lexicon.phrases if len(phrase) == 1}
    found: dict[str, tuple[int, int]] = {}
    for person_id, forms in _cast_title_forms(store).items():
        for form in forms:
            at = _find(words, form)
            if at is not None and (len(form) >= MIN_PLAIN_TITLE_WORDS or _capitalised(text, form[0])):
                if not _names_this_film(form, lexicon) and (len(form) > 1 or form[0] not in vocabulary):
                    found[person_id] = at
                    break
    if len(found) != 1:
        return None
    person_id, span = next(iter(found.items()))
    asked = [
        h
        for h in lexicon.find(list(words), ("attribute",))
        if h.key not in WHO_KEYS and (h.end <= span[0] or h.start >= span[1])
    ]
    part_asked = any(h.start and words[h.start - 1] in WHICH_WORDS for h in lexicon.find(list(words), ("relation",)))
    if asked or part_asked:
        # "what year was the actress of <X> born?", "... plays which character?": something of the person is
        # asked (an attribute, their part), not who they are
        return None
    return person_id, span


def _asks_which_one(words: Sequence[str]) -> bool:
    """ "which (of these) actress", "what cast member": the which-word a few words before the noun; or "who"
    ("who in the cast was in <X>", "... who is she?")."""
    # not the "who" of a relative clause: "this actress, who starred in <X>, plays which character?"
    if any(w in WHO_WORDS and not (i and words[i - 1] in PERFORMER_NOUNS) for i, w in enumerate(words)):
        return True
    # "is the girl in <the title> the same actress as in <X>?": whether one of ours is the one in <X>
    if any(w == "same" and words[i + 1 : i + 2] and words[i + 1] in PERFORMER_NOUNS for i, w in enumerate(words)):
        return True
    nouns = [i for i, w in enumerate(words) if w in PERFORMER_NOUNS or w in CAST_WORDS]
    return any(set(words[max(0, i - IN_VIEW_WINDOW) : i]) & WHICH_WORDS for i in nouns)


# "the guy that's on <X>", "who is in <X>?": someone picked out by a work they are in.
PERSON_NOUNS = frozenset({"guy", "girl", "man", "woman", "lady", "boy", "dude", "person", "actor", "actress"})
POINTING_ARTICLES = frozenset({"the", "that", "this"})
# "who's in <X>", "the guy that's on <X>": the relative or wh-word holds the verb.
CONTRACTED_RELATIVES = frozenset({"that's", "who's", "thats", "whos"})
RELATIVES = frozenset({"that", "who"}) | CONTRACTED_RELATIVES
BEING_IN_VERBS = frozenset(
    """is was are were 's starred stars starring played plays acted acts appeared appears featured""".split()
)
BEING_IN = frozenset({"in", "on"})
# "who else was in <X> with him?" asks the others in that work, not which of this film's cast it was.
OTHERS_ASKED = frozenset({"else", "with", "besides"})


def _someone_known_by_a_work(words: Sequence[str]) -> bool:
    """ "who is in the <X> series?", "the guy that's on the new <X> series was in <this film>": a person picked
    out by being in a work, as "which cast member starred in <X>?" asks (the caller finds the work among the cast's
    works)."""
    if OTHERS_ASKED & set(words):
        return False
    for at, word in enumerate(words):
        if word in WHO_WORDS and _being_in_after(words, at + 1):
            return True
        if (
            word in PERSON_NOUNS
            and at
            and words[at - 1] in POINTING_ARTICLES
            and words[at + 1 : at + 2]
            and words[at + 1] in RELATIVES
            and _being_in_after(words, at + 2)
        ):
            return True
    return False


def _being_in_after(words: Sequence[str], at: int) -> bool:
    """ "is in", "was on", "starred in", "'s on" at `at` (the contracted "who's"/"that's" holds the verb)."""
    if words[at : at + 1] and words[at] in BEING_IN:
        return at > 0 and words[at - 1] in CONTRACTED_RELATIVES
    return bool(words[at : at + 1]) and words[at] in BEING_IN_VERBS and words[at + 1 : at + 2] in (["in"], ["on"])


def _names_this_film_in(words: Sequence[str], lexicon: Lexicon) -> bool:
    """This film's title said: "the guy that's on <X> was in <the title>" ties the person to this film's cast
    ("who starred in <X>?" alone asks another work's cast)."""
    joined = f" {' '.join(words)} "
    return any(f" {title} " in joined for title in lexicon.film_titles)


def _asks_a_cast_member(words: Sequence[str], lexicon: Lexicon) -> bool:
    """A performer noun (or "cast") tied to this film: "cast member", "these/this actress", or the title said."""
    if set(words) & CAST_WORDS:
        return True
    nouns = [i for i, w in enumerate(words) if w in PERFORMER_NOUNS]
    if not nouns:
        return False
    if any(set(words[max(0, i - IN_VIEW_WINDOW) : i]) & IN_VIEW for i in nouns):
        return True
    return _names_this_film_in(words, lexicon)


def _cast_title_forms(store: FactStore) -> dict[str, list[tuple[str, ...]]]:
    """Each cast member's works as word runs: the full title, and the part before a colon ("<X>: <subtitle>")."""
    forms: dict[str, list[tuple[str, ...]]] = {}
    for credit in store.cast:
        person = store.people[credit.actor]
        runs = forms.setdefault(person.id, [])
        for work in person.known_for:
            for title in {work.title, work.title.split(":")[0]}:
                run = tuple(tokens(title))
                if run and run not in runs:
                    runs.append(run)
    return forms


def _find(words: Sequence[str], form: tuple[str, ...]) -> tuple[int, int] | None:
    n = len(form)
    return next(((i, i + n) for i in range(len(words) - n + 1) if tuple(words[i : i + n]) == form), None)


def _capitalised(text: str, word: str) -> bool:
    """The word typed with a capital letter somewhere but at the start of the message."""
    lowered = text.lower()
    at = lowered.find(word, 1)
    while at > 0:
        if text[at].isupper():
            return True
        at = lowered.find(word, at + 1)
    return False


def _names_this_film(form: tuple[str, ...], lexicon: Lexicon) -> bool:
    return " ".join(form) in lexicon.film_titles
