"""The person a question asks about, reached through the part they play (round 14, nlu60, issue 10).

"The actress who played <a character>", "the actor who plays <a character>'s father", "the actress playing the
mother of <a character>": a performer noun tied to a character by a play verb in a relative clause or a
participle stands for the actor, not the character. What the question asks of them (a university, the
languages they speak, a birthplace, a spouse) is then asked of that person, exactly as when they are named, so
that the reader reads what is asked from the rest of the clause and the store decides whether it holds it -
never the character's facts, the cast credit or the film's language.

A question that only asks who that performer is ("who is the actress who plays <a>?", "what is the name of the
actor playing <a>?") keeps the cast answer: nothing is asked beyond who they are. Rasa-free;
bot/understanding/reading.py calls `performer_phrase` once, after the relation is read.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from bot.store import FactStore
from bot.understanding import coverage
from bot.understanding.coverage import FUNCTION_WORDS
from bot.understanding.lexicon import Hit, tokens
from bot.understanding.people_reading import PLAY_VERBS
from bot.understanding.person_asked import ABOUT_SOMEONE_WORDS, typo_of_an_explained_word

# Nouns of someone who performs a part: "the actress who plays ...", "the guy who played ...".
PERFORMER_HEADS = frozenset(
    {"actor", "actress", "performer", "guy", "girl", "woman", "man", "lady", "person", "one", "dude", "boy"}
)
# Performer nouns inside a character's alias ("lead actress", "leading actor"): the alias names the performer.
PERFORMER_ALIASES = frozenset({"actor", "actress", "actor's", "actress's"})
PERFORMER_NOUNS = frozenset({"actor", "actress", "actors", "actresses", "performer", "performers"})
RELATIVE_PRONOUNS = frozenset({"who", "that", "whos", "who's"})
BE_FORMS = frozenset({"is", "was", "s", "'s"})
# A participle ties the noun to the part without a relative pronoun: "the actress playing <a>".
PLAY_PARTICIPLES = frozenset({"playing", "portraying"})
DETERMINERS = frozenset({"the", "this", "that", "a"})
# Words that, with the phrase, only ask who the performer is: the cast answer, not a person's attribute.
IDENTITY_WORDS = frozenset(
    """who whos who's whom what whats what's which is was s 's are the a an name names called of her his their
    tell me us about do does did you know can could please again exactly actually really and in it this that
    movie film drawing closer""".split()
)


WH_WORDS = frozenset(
    {"who", "whos", "who's", "whom", "what", "whats", "what's", "which", "where", "when", "why", "how"}
)
JOINERS = frozenset({"and", "then", "also", "but", "or", "so"})
# A clause that asks: a wh-word or an auxiliary first.
QUESTION_OPENERS = frozenset(
    """who whos who's whom what whats what's which where when why how is was are were do does did has have had
    can could would will should""".split()
)


@dataclass(frozen=True)
class PerformerPhrase:
    """A performer reached through a part: its words (indices [start, end)), the actor's id, the character
    entity it replaces and the relation hit it folds in (None when the part is the character itself)."""

    start: int
    end: int
    actor: str
    character: dict[str, Any]
    relation: Hit | None


def performer_phrase(
    words: Sequence[str],
    spans: Sequence[tuple[int, int]],
    names: list[dict[str, Any]],
    relations: Sequence[Hit],
    store: FactStore,
) -> PerformerPhrase | None:
    """The one "<performer> who plays <a part>" phrase whose part is one character of the store (the named
    character, or the one its relation leads to) played by one actor; None when none or several ("the lead
    actor and the lead actress")."""
    found = list(_performer_phrases(words, spans, names, relations, store))
    if len(found) != 1:
        return None
    phrase = found[0]
    others = [w for i, w in enumerate(words) if w in PERFORMER_NOUNS and not phrase.start <= i < phrase.end]
    return None if others else phrase  # "the lead actor and lead actress": more than one performer


def _performer_phrases(
    words: Sequence[str],
    spans: Sequence[tuple[int, int]],
    names: list[dict[str, Any]],
    relations: Sequence[Hit],
    store: FactStore,
) -> Iterator[PerformerPhrase]:
    for name in names:
        if name.get("entity") != "character":
            continue
        # the words the name overlaps: "<a>'s" is one word, the name only part of it
        inside = [i for i, (s, e) in enumerate(spans) if s < int(name["end"]) and e > int(name["start"])]
        if not inside:
            continue
        first, last = inside[0], inside[-1]
        matches = store.resolve(str(name.get("value")), ("character",))
        if not matches:
            continue
        character, end, relation = matches[0].id, last + 1, None
        # "the mother of <a>": the relation before "of" is the part played
        before = next((h for h in relations if h.end == first - 1 and words[first - 1] == "of"), None)
        # "<a>'s father", "<a> s mom": the relation right after the character is the part played
        after = next(
            (h for h in relations if h.start == last + 1 or (h.start == last + 2 and words[last + 1] == "s")), None
        )
        part_start = first
        if before is not None:
            relation, part_start = before, before.start - (before.start > 0 and words[before.start - 1] == "the")
        elif after is not None and (words[last].endswith("'s") or words[last + 1 : last + 2] == ["s"]):
            relation, end = after, after.end
        # "the lead actress": the store's alias of a part holds the performer noun itself
        named_performer = bool(set(words[first : last + 1]) & PERFORMER_ALIASES) and relation is None
        start = first if named_performer else _performer_before(words, part_start)
        if start is None:
            continue
        if relation is not None:
            related = store.related(character, [relation.key])
            if len(related) != 1:
                continue
            character = related[0].object
        credits = store.actor_of(character)
        if len(credits) != 1:
            continue
        end = _appositive_end(spans, names, end, character, store)
        end = _film_of_the_part_end(words, end, store)
        yield PerformerPhrase(start, end, credits[0].actor, name, relation)


# Words after "in" that point at this film ("the actor who plays <a> in it / in the movie").
THIS_FILM_POINTERS = (("it",), ("the", "movie"), ("the", "film"), ("this", "movie"), ("this", "film"))


def _film_of_the_part_end(words: Sequence[str], end: int, store: FactStore) -> int:
    """Where the part ends when "in <this film>" follows it ("the actor who plays <a>'s dad in <the title>"): the
    film is where the part is played, said to show who is meant, not a claim that someone is in it."""
    if words[end : end + 1] != ["in"]:
        return end
    title = tuple(tokens(store.title))
    for said in (title, ("the", *title), *THIS_FILM_POINTERS):
        if tuple(words[end + 1 : end + 1 + len(said)]) == said:
            return end + 1 + len(said)
    return end


def _appositive_end(
    spans: Sequence[tuple[int, int]], names: list[dict[str, Any]], end: int, character: str, store: FactStore
) -> int:
    """Where the part ends when the part's own name follows it ("<a>'s mother <her name>", "the actor who plays
    <a>'s dad <his name>"): the name is the part said again, not a second character asked of."""
    for other in names:
        if other.get("entity") != "character":
            continue
        inside = [i for i, (s, e) in enumerate(spans) if s < int(other["end"]) and e > int(other["start"])]
        if inside and inside[0] == end:
            if any(m.id == character for m in store.resolve(str(other.get("value")), ("character",))):
                return inside[-1] + 1
    return end


def _performer_before(words: Sequence[str], part: int) -> int | None:
    """Where "<the> <performer> (who|that) (is|was)? <play verb>" or "<the> <performer> playing" ends right
    before word `part` starts, else None."""
    verb = part - 1
    if verb < 1 or words[verb] not in PLAY_VERBS:
        return None
    at = verb - 1
    if words[verb] not in PLAY_PARTICIPLES or words[at] in BE_FORMS:
        at -= words[at] in BE_FORMS
        if at < 1 or words[at] not in RELATIVE_PRONOUNS:
            return None
        at -= 1
    if at < 0 or words[at] not in PERFORMER_HEADS:
        return None
    return at - 1 if at > 0 and words[at - 1] in DETERMINERS else at


def asks_beyond_identity(
    words: Sequence[str],
    phrase: PerformerPhrase,
    clause_starts: Sequence[int],
    attributes: Sequence[Hit],
    known: frozenset[str],
) -> bool:
    """Whether the phrase's own clause asks something of the performer beyond who they are: an attribute of the
    vocabulary, or a content word nothing explains (not a word of asking who someone is, nor a film word or
    one typo of it: "the actor who plays <a character, misspelt>")."""
    # "... and then who is the lead actress": a wh-word after a joiner opens another question
    starts = [*clause_starts, *(i for i in range(1, len(words)) if words[i] in WH_WORDS and words[i - 1] in JOINERS)]
    clause_starts = sorted(set(starts))
    first = max([s for s in clause_starts if s <= phrase.start], default=0)
    end = min([s for s in clause_starts if s >= phrase.end], default=len(words))
    outside = [i for i in range(first, end) if not phrase.start <= i < phrase.end]
    if any(
        first <= h.start < end
        and (h.end <= phrase.start or h.start >= phrase.end)
        and set(h.phrase.split()) - IDENTITY_WORDS
        for h in attributes
    ):
        return True  # "where was the actress who plays <a> born?" ("what is the name of ..." asks who they are)
    if words[first] not in QUESTION_OPENERS:
        return False  # "i like that lady who plays <a>": a remark; only an attribute asks of them
    return any(
        words[i].isalpha()
        and len(words[i]) > 2
        and words[i] not in IDENTITY_WORDS
        and words[i] not in FUNCTION_WORDS
        and words[i] not in ABOUT_SOMEONE_WORDS
        and not coverage.knows(words[i], known)
        and not typo_of_an_explained_word(words[i], known)
        for i in outside
    )


def parts_in_brackets(text: str, entities: Sequence[dict[str, Any]]) -> list[tuple[int, int]]:
    """ "How old was <an actor> (<a>'s mom) during the filming?": a bracket right after a person's name that names
    a character is the part they play, said to show who is meant - a clue, not what is asked. The brackets'
    character spans [start, end)."""
    found: list[tuple[int, int]] = []
    people_ends = [int(e["end"]) for e in entities if e.get("entity") == "person" and "end" in e]
    for end in people_ends:
        opening = end + len(text[end:]) - len(text[end:].lstrip())
        if not text.startswith("(", opening):
            continue
        closing = text.find(")", opening)
        if closing < 0:
            continue
        inside = [
            e
            for e in entities
            if e.get("entity") == "character" and opening < int(e.get("start", -1)) and int(e.get("end", -1)) <= closing
        ]
        if inside:
            found.append((opening, closing + 1))
    return found
