"""What the store's spoiler-free text says about a character: the sentence that answers an attribute
("where does she live?", "what is his job?") or a thing asked about ("the name of the flower <he> brings").

Read from the character's description, then the plot and trivia sentences that are about them; spoiler
sentences never, so a question about the story world cannot give the ending away.
"""

from __future__ import annotations

import re
from typing import Any

from actions.common import store
from bot.store import sentences
from bot.understanding.coverage import FUNCTION_WORDS
from bot.understanding.lexicon import default_lexicon, tokens

# What a "name of <X>" answer must hold near X: a capitalised name or a quoted one ("the Nika Exhibition").
NAMED = re.compile(r"\b[A-Z][a-z]+|\"[^\"]+\"|「[^」]+」")
NEAR_WORDS = 4


def words_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    """Whole words or phrases, any spacing, any case."""
    return re.compile(r"\b(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) + r")\b", re.I)


def asked_pattern(text: str) -> re.Pattern[str] | None:
    """The asked words as whole words, singular or plural ("flower" finds "flowers", not "gift" "gifted")."""
    asked = [w for w in tokens(text) if len(w) >= 3]
    if not asked:
        return None
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in asked) + r")(?:s|es)?(?![\w-])", re.I)


def names_near(sentence: str, pattern: re.Pattern[str]) -> bool:
    """A name within a few words of the asked word: capitalised (not a character's, not a function word) or
    quoted, as "the Nika Exhibition" names the exhibition."""
    characters = {w for c in store().characters.values() for f in c.name_forms() for w in tokens(f)}
    for found in pattern.finditer(sentence):
        before = " ".join(sentence[: found.start()].split()[-NEAR_WORDS:])
        after = " ".join(sentence[found.end() :].split()[:NEAR_WORDS])
        for name in NAMED.findall(f"{before} {found.group(0)} {after}"):
            if name.startswith(('"', "「")) or (name.lower() not in characters and name.lower() not in FUNCTION_WORDS):
                return True
    return False


def story_detail(character_id: str, evidence: tuple[str, ...] | re.Pattern[str]) -> tuple[str, Any] | None:
    """The sentence of the store's spoiler-free text about a character that says most of what is asked.

    The character's description comes first (every sentence is about them), then the spoiler-free plot
    and trivia sentences that name them, not as the owner of someone else ("<her>'s mother is …").
    """
    facts = store()
    character = facts.characters[character_id]
    candidates: list[tuple[str, Any]] = []
    description = character.description
    if description is not None and description.known:
        for text in (str(description.value), description.detail or ""):
            candidates += [(sentence, description) for sentence in sentences(text)]
    owned = {word for words in default_lexicon().relations.values() for word in words}
    # Only the forms that are this character's alone: a family name is the whole family's.
    shared = {f.lower() for c in facts.characters.values() if c.id != character_id for f in c.name_forms()}
    forms = [f for f in character.name_forms() if len(f) >= 3 and f.isascii() and f.lower() not in shared]
    for point in (*facts.plot, *facts.trivia):
        if point.spoiler:
            continue
        for sentence in sentences(point.text):
            if _names(sentence, forms, owned):
                candidates.append((sentence, point))
    pattern = evidence if isinstance(evidence, re.Pattern) else words_pattern(evidence)
    best, best_count = None, 0
    for sentence, cited in candidates:
        count = len({m.group(0).lower() for m in pattern.finditer(sentence)})
        if count > best_count:
            best, best_count = (sentence, cited), count
    return best


def _names(sentence: str, forms: list[str], owned: set[str]) -> bool:
    """The sentence is about the character: its first mention of them is not as the owner of a relation
    ("<a name>'s mother is a nurse at the hospital where <the name> stays" is about the mother)."""
    pattern = r"\b(?:" + "|".join(re.escape(form) for form in forms) + r")\b('s)?(\s+\w+)?"
    found = re.search(pattern, sentence, re.I) if forms else None
    if found is None:
        return False
    return not (found.group(1) and (found.group(2) or "").strip().lower() in owned)


# Verbs too light to find an event by: "have a quarrel", "is going to live with" say it with the other words.
LIGHT_VERBS = frozenset({"have", "has", "had", "having", "get", "gets", "got", "going", "make", "makes", "made"})


def event_pattern(text: str) -> re.Pattern[str] | None:
    """The content words of a verb phrase asked ("hide his illness from"), as asked_pattern finds them."""
    kept = [w for w in tokens(text) if len(w) >= 3 and w not in FUNCTION_WORDS and w not in LIGHT_VERBS]
    return asked_pattern(" ".join(kept)) if kept else None


def other_character_near(sentence: str, pattern: re.Pattern[str], character_id: str) -> bool:
    """Another character's name within a few words of an asked word: the person "who" asks for."""
    own = {w for f in store().characters[character_id].name_forms() for w in tokens(f)}
    others = {
        w for c in store().characters.values() if c.id != character_id for f in c.name_forms() for w in tokens(f)
    } - own
    for found in pattern.finditer(sentence):
        near = sentence[: found.start()].split()[-NEAR_WORDS:] + sentence[found.end() :].split()[:NEAR_WORDS]
        if any(w in others for word in near for w in tokens(word)):
            return True
    return False
