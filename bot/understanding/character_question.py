"""What a question asks of a character: the character itself, or someone tied to it by a verb (round 14).

A question that names one character and asks "who" is answered with the character's card only when the
character is what "who" asks ("who is <a>?", "who was <a> in the film?"). When the character is the subject
of another verb ("who does <a> inherit the money from?", "with whom did <a> have a falling out?", "whom is <a>
going to live with?") or that verb's object ("who has to care for <a>?", "who marries <a>?"), "who" asks for
another person, tied to <a> by that verb. The store holds relations (actions/relations.py reads them), not
events, so when no relation word was read the answer is "I don't know that about <a> (<the verb's words>)",
never <a>'s card.

Relatives named by a kin prefix ("grand children", "great grandson", "god mother") are other relations than
the kin word alone: "how many grand-children did <a> have?" never asks for <a>'s children.

Rasa-free; bot/understanding/reading.py calls it.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.store import FactStore
from bot.understanding.coverage import Span
from bot.understanding.lexicon import Hit, tokens

WHO = frozenset({"who", "whom", "whos", "who's"})
# A preposition before "whom" belongs to the verb asked: "with whom did <a> quarrel?".
LEADING_PREPOSITIONS = frozenset({"with", "to", "for", "from", "by", "about", "on", "at", "of"})
AUXILIARIES = frozenset(
    """do does did is was are were has have had will would can could should may might must""".split()
)
# Verbs of being, acting and working: "who is <a>?", "who was <a> played by?" ask the character or its actor.
BEING_OR_ACTING = frozenset(
    """is was are were be been being s 's isn't wasn't play plays played playing portray portrays portrayed
    portraying voice voices voiced voicing act acts acted acting star stars starred starring cast casted
    called named actor actress actors actresses performer work works worked working""".split()
)  # "who does <a> work for?" asks the job, which the card says
# Words after a name that add no verb: "who is <a> in the movie?", "who was <a> exactly?".
NO_VERB_AFTER_NAME = frozenset(
    """in on at of from to with for by about as like the a an this that movie film story book novel drama
    exactly really actually again please now then anyway though and or""".split()
)
BEING = frozenset({"is", "was", "are", "were"})
# After "is"/"was", a verb's -ing or -ed form: "whom is <a> going to live with?", "who was <a> raised by?".
PROGRESSIVE_OR_PASSIVE = ("ing", "ed", "en")
# Words that end the question's words asked: punctuation is dropped by the tokenizer, these end a clause.
CLAUSE_ENDS = frozenset({"and", "but", "or"})
# Words that open a phrase of time or circumstance after the verb's object.
ADJUNCT_OPENERS = frozenset({"after", "before", "since", "during", "following", "when", "while", "until"})
# "grand children", "great grandson", "god mother", "step sister": the kin word alone is another relative.
KIN_PREFIXES = frozenset({"grand", "great", "god", "step"})


def other_person_asked(words: Sequence[str], name: Span) -> Span | None:
    """The words of the verb that ties the person "who" asks for to the named character, or None.

    `name` is the character's span; the question must open with "who"/"whom" (after a preposition: "with
    whom"). The character is the subject after an auxiliary ("who does <a> marry") or the object after a
    verb that is neither being nor acting ("who has to care for <a>"); a bare "who is <a> (in the movie)?"
    asks nothing beyond the character."""
    opener = 1 if words and words[0] in LEADING_PREPOSITIONS else 0
    if len(words) <= opener or words[opener] not in WHO:
        return None
    after_who = opener + 1
    if name.start == after_who + 1 and words[after_who] in AUXILIARIES:
        # "who does <a> inherit the money from": the verb phrase after the name is what ties them
        rest = _clause(words, name.end)
        if not rest or words[name.end] in NO_VERB_AFTER_NAME or words[name.end] in BEING_OR_ACTING:
            return None
        if words[after_who] in BEING and not words[name.end].endswith(PROGRESSIVE_OR_PASSIVE):
            return None  # after "is", only "who is <a> going to live with", "who was <a> raised by" ask a verb
        return Span(rest[0], rest[-1] + 1)
    if name.start > after_who:
        # "who has to care for <a>": a verb between "who" and the name, not one of being or acting
        between = list(range(after_who, name.start))
        said = [words[i] for i in between]
        if any(w in BEING_OR_ACTING for w in said) or not any(_verb_like(w) for w in said):
            return None
        if any(w in CLAUSE_ENDS for w in said):
            return None
        return Span(between[0], between[-1] + 1)
    return None


def in_adjunct(words: Sequence[str], name_end: int, at: int) -> bool:
    """A word after the name inside a phrase of time or circumstance ("who cares for <a> after her father's
    death"): a relation there says when, and is not what "who" asks."""
    return at > name_end and any(w in ADJUNCT_OPENERS for w in words[name_end:at])


def _clause(words: Sequence[str], start: int) -> list[int]:
    found = []
    for i in range(start, len(words)):
        if words[i] in CLAUSE_ENDS or not words[i].replace("-", "").replace("'", "").isalpha():
            break
        found.append(i)
    return found


def _verb_like(word: str) -> bool:
    """A word that can be a verb of an event: not a function word of the question's frame."""
    return word.isalpha() and word not in NO_VERB_AFTER_NAME and word not in AUXILIARIES and word not in WHO


def without_prefixed_kin(words: Sequence[str], relations: list[Hit]) -> list[Hit]:
    """The relation hits without a kin word after a kin prefix ("grand children" is no "children")."""
    return [h for h in relations if not (h.start > 0 and words[h.start - 1] in KIN_PREFIXES)]


def described_words(store: FactStore, names: Sequence[str]) -> frozenset[str]:
    """The words of the named characters' own descriptions (English): "the head nurse of the hospital" names
    the hospital that the head nurse's description mentions, not another work's."""
    found: set[str] = set()
    for value in names:
        for match in store.resolve(value, ("character",))[:1]:
            description = store.characters[match.id].description
            if description is not None and description.value is not None:
                found.update(tokens(str(description.value)))
    return frozenset(found)
