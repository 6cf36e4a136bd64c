"""Which award a question names, when the vocabulary does not know it.

"Did <a> win a Slammy award?", "when did <a> receive the Golden Horse Award?", "when did <a> receive their award
for Hugo?", "<a> was nominated for Literature's Nobel Prize": the words of such a name come before an award noun
(back to a determiner, a verb or a possessive) or after "award for". A question is answered by a held award only
when the store's note says every one of those words ("did he win the best supporting actor award?" is said by a
note with "supporting actor"); otherwise the store does not hold the award asked, and the answer is "I don't know",
never the other award held for the person (actions/person_facts.py). Names the vocabulary knows ("oscar", "japan
academy award") are decided by `Lexicon.awards_named`; their words are not read again here.
"""

from __future__ import annotations

from bot.understanding.lexicon import Lexicon

AWARD_NOUNS = frozenset({"award", "awards", "prize", "prizes", "medal", "medals", "trophy", "trophies"})
# Words that end a name read backwards from the award noun (or forwards after "award for"): determiners, pronouns,
# the verbs and prepositions around an award ("won the ...", "for her role", "at the ..."), question words.
NAME_BOUNDARIES = frozenset(
    """a an the any some every each no this that these those his her hers their its my your our it them he she they
    him me you won win wins winning receive received receives receiving get got gets getting given give gave granted
    awarded nominated nomination did does do was were is are be been has have had for of in at on to with by from
    and or but which what whose who when where why how many much ever also just only all yet one two""".split()
)
# Words before an award noun that describe it without naming one ("any big acting awards", "a major film prize").
DESCRIBING_WORDS = frozenset(
    """best film films movie movies acting major big biggest top prestigious notable important famous real official
    special significant other another such more most own individual personal several few""".split()
)


# A nomination asked: the store's notes say what a person won, never what they were only nominated for.
NOMINATION_WORDS = frozenset({"nominated", "nomination", "nominations", "nominee", "nominees", "shortlisted"})
# Words of winning: "what was she nominated for and what did she win?" asks the wins too.
WINNING_WORDS = frozenset({"won", "win", "wins", "winning", "winner", "received", "receive", "awarded", "got", "get"})


def asks_nominations_only(words: list[str], lexicon: Lexicon) -> bool:
    """Whether the question asks a nomination the store cannot decide ("when was <a> nominated for best supporting
    actor?"): a nomination word, no word of winning, no award named (a note naming the award asked answers "for
    what work was <a> nominated for the <award>?": the winner was in contention) and no award asked ("what award
    was <a> nominated for?": the awards held are in contention)."""
    said = set(words)
    if not said & NOMINATION_WORDS or said & WINNING_WORDS or lexicon.awards_named(words):
        return False
    return not any(word in AWARD_NOUNS and words[at - 1 : at] in (["what"], ["which"]) for at, word in enumerate(words))


def award_name_words(words: list[str], lexicon: Lexicon) -> set[str]:
    """The words naming an award that the vocabulary does not know ("slammy"; "golden", "horse"), lower-cased;
    empty when the question names no award or only describes one ("did she win any awards?")."""
    known = lexicon.award_name_spans(words)
    named: set[str] = set()
    for at, word in enumerate(words):
        if word not in AWARD_NOUNS:
            continue
        before = _run(words, range(at - 1, -1, -1), known)
        after = _run(words, range(at + 2, len(words)), known) if words[at + 1 : at + 2] == ["for"] else []
        named.update(w for w in before + after if w not in DESCRIBING_WORDS)
    return named


def award_not_said(words: list[str], said: list[str], lexicon: Lexicon) -> str | None:
    """The words of the first award the question names that the store's text (`said`, its words) does not say
    ("golden horse award", "tony awards"), for the answer "I don't know that about <a> (<those words>)"; None when
    every award named is said (or none is named)."""
    said_awards = lexicon.awards_named(said)
    for award, span in lexicon.award_spans(words):
        if award not in said_awards:  # "grammy award": the noun after the name is part of it
            last = (
                max(span) + 1
                if words[max(span) + 1 : max(span) + 2] and words[max(span) + 1] in AWARD_NOUNS
                else max(span)
            )
            return " ".join(words[min(span) : last + 1])
    found = set(said)
    missing = {w for w in award_name_words(words, lexicon) if not lexicon.same_as(w) & found}
    if not missing:
        return None
    first = min(at for at, w in enumerate(words) if w in missing)
    while first > 0 and words[first - 1] in DESCRIBING_WORDS:  # "the best actor award": its describing words too
        first -= 1
    last = next((at for at in range(first, len(words)) if words[at] in AWARD_NOUNS), first)
    if last == first:  # "the award for <name>": the noun comes first
        first = max(at for at in range(first) if words[at] in AWARD_NOUNS)
        last = max(at for at, w in enumerate(words) if w in missing)
    return " ".join(words[first : last + 1])


def _run(words: list[str], positions: range, known: set[int]) -> list[str]:
    """The words at `positions` up to the first boundary, possessive ("<a>'s award") or vocabulary name; read
    backwards, "of the" inside a name joins its words ("pop songwriter of the year award")."""
    run: list[str] = []
    order = list(positions)
    skip = 0
    for i, at in enumerate(order):
        if skip:
            skip -= 1
            continue
        word = words[at]
        joined = _joiner_length(words, order[i:], known) if run and positions.step < 0 else 0
        if joined:
            skip = joined - 1
            continue
        if at in known or word in NAME_BOUNDARIES or word in AWARD_NOUNS or not word.isalpha():
            break
        run.append(word)
    return run


def _joiner_length(words: list[str], order: list[int], known: set[int]) -> int:
    """How many words of "of" / "the of" (read backwards) join two parts of one name, with a word of the name
    beyond them; 0 when they do not."""
    said = [words[at] for at in order[:3]]
    length = 2 if said[:2] == ["the", "of"] else 1 if said[:1] == ["of"] else 0
    beyond = order[length] if length and length < len(order) else None
    if beyond is None or beyond in known or words[beyond] in NAME_BOUNDARIES or not words[beyond].isalpha():
        return 0
    return length


# Awards counted in a ranking: "the most oscars", "the most awards".
COUNTED_AWARDS = frozenset(
    """awards oscars grammys emmys prizes nominations academy golden globes baftas trophies medals""".split()
)
RANKING_WORDS = frozenset({"most", "more", "fewest"})
WH_HEADS = frozenset({"what", "which", "who", "whats", "what's", "who's", "whos"})


def ranks_by_awards(words: list[str]) -> bool:
    """ "What theme song won the most oscars?", "which film has the most awards?": a ranking of all works by their
    awards, which asks of no work of this film's (the ranking is another subject's, out of scope)."""
    if not words or words[0] not in WH_HEADS:
        return False
    return any(
        word in RANKING_WORDS and any(w in COUNTED_AWARDS for w in words[i + 1 : i + 3]) for i, word in enumerate(words)
    )
