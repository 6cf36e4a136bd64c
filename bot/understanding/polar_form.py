"""The yes/no form of a question, read once for every reading (round 22).

A polar question puts a claim to be decided: "is it a chick flick?", "I loved the trailer. is it sad?", "would kids
like it?", "it's on Netflix, right?", "is it a romance or not?". Whatever reader (or the classifier alone) answers
it, the reply must open with the verdict, or with an honest "I don't know whether <the claim>" when nothing decides
it; a card the question did not ask ("Bye!", "who do you mean?", the release date) is never an answer to it.

This module reads the form only: whether the message's one question is polar, where its claim is, and the claim
said as a statement in the user's own words ("would kids like it?" -> "kids would like it"), for the reply. Which
claim is decided is the claim readers' work (bot/understanding/reading.py). Not polar, whatever the auxiliary:

- a request dressed as a yes/no question ("can you tell me the plot?", "could you list the cast?", "do you know
  who directed it?"): a wh-question in disguise, answered as such;
- a question about the assistant ("do you like it?", "have you seen it?", "are you a bot?"): its own readers;
- a follow-up that names nothing but its subject ("is she?", "did it really?"): the conversation's;
- two questions in one message: each part's readers answer it.

Rasa-free; English only (a Japanese question has its own particles, read elsewhere).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from typing import NamedTuple

_SENTENCE = re.compile(r"[^.!?]+[.!?]*")
_WORD = re.compile(r"[\w][\w'’-]*")
# Words someone said, quoted: neither the speaker's pronouns nor the assistant ("did she say "I love you"?").
_QUOTED = re.compile(r"[\"“”「『][^\"“”「」『』]+[\"“”」』]|(?:(?<=\s)|^)[‘'][^‘’']*?\w[’'](?=[\s?!.,]|$)")
# Reactions before the question that ask nothing ("Yes, that will be perfect.", "ok so", "um,").
LEAD_INS = frozenset(
    "yes yeah yep ok okay so and but well oh hmm um uh great cool also maybe hey wow really interesting".split()
)
# Closing tags that put a statement to be confirmed ("<statement>, right?", "..., isn't it?", "... or not?").
_TAG = re.compile(
    r"(?:,?\s*(?:right|correct|true|yeah|innit|huh|eh)|,?\s*(?:is|was|are|were|does|did|do|has|have)n'?t\s+"
    r"(?:it|he|she|they|there|that)|\s+or\s+not)\s*\?+\s*$",
    re.IGNORECASE,
)
# The assistant asked about itself: its own readers (taste, identity) answer.
ASSISTANT = frozenset({"you", "u", "ya", "ye"})
# Anyone who reads the message, the assistant among them: "can anyone tell me ...?" asks as "can you" does.
ANYONE = frozenset({"anyone", "anybody", "someone", "somebody"})
# Verbs of a request after "can / could / would / will you": the question asks for the thing told.
REQUEST_VERBS = frozenset(
    """tell give list name show explain describe say recommend suggest help share summarize summarise find let
    send provide remind walk""".split()
)
# "Do you know who ...?", "can I ask what ...": knowing or asking followed by the thing asked.
_KNOW_WHAT = re.compile(
    r"\b(?:know|knw|ask|wonder(?:ing)?|tell\s+me)\s+(?:who|what|when|where|which|why|how|whose|whom|if|whether)\b",
    re.IGNORECASE,
)
# Words that add nothing to a follow-up's subject ("is she?", "did it really?", "was it though?").
FILLERS = frozenset("really though too so then now actually either not n't ever just still honestly seriously".split())
# A subject said as a pronoun, and the determiners that open a subject noun phrase.
PRONOUN_SUBJECTS = frozenset({"it", "he", "she", "they", "this", "that", "there", "these", "those", "i", "we"})
DETERMINERS = frozenset({"the", "this", "that", "a", "an", "my", "your", "his", "her", "its", "their", "our"})
# Nouns that may follow a determiner and a first noun in one subject ("the theme song", "the movie <a title>").
SUBJECT_NOUNS = frozenset({"movie", "film", "book", "novel", "song", "story", "ending", "series", "show", "cast"})
# Words of quantity that head a subject with "of" ("any of the actors", "all of the cast").
QUANTIFIERS = frozenset({"any", "some", "all", "many", "most", "none", "each", "both", "either", "neither"})
# Nouns a title or name may own as a subject ("<the title> director").
OWNED_NOUNS = frozenset(
    {"director", "directors", "author", "writer", "actor", "actors", "actress", "actresses", "cast", "composer"}
)
# What is said of the conversation itself ("is that all?", "is that right?", "was that helpful?").
EXCHANGE_WORDS = frozenset(
    """all it right ok okay true correct fine good great helpful everything so sure possible real wrong done over
    clear enough""".split()
)
# The speaker's words turned for the reply ("with my kids" -> "with your kids").
_PERSON_SWAP = {"i": "you", "me": "you", "my": "your", "mine": "yours", "i'm": "you're", "am": "are", "we": "you"}


@dataclass(frozen=True)
class PolarQuestion:
    """The message's one polar question: the characters of its claim (the sentence, a tag left out) and the claim
    said as a statement ("kids would like it")."""

    start: int
    end: int
    statement: str
    # what is said of the subject, lower-case ("in black and white"; empty for a tag question's statement)
    predicate: tuple[str, ...] = ()

    @property
    def about_the_exchange(self) -> bool:
        """ "is that all?", "is that right?", "was that helpful?": said of the conversation, not of the film."""
        return bool(self.predicate) and all(w in EXCHANGE_WORDS for w in self.predicate)


def polar_question(text: str, openers: Collection[str], names: Collection[str] = ()) -> PolarQuestion | None:
    """The message's polar question, or None (see the module). `openers`: the auxiliaries that open a yes/no
    question (the vocabulary's `yes_no_openers`); `names`: the subjects said in more than one word (the film's
    title), lower-case."""
    found = _question_sentence(text)
    if found is None:
        return None
    start, end = found
    said = text[start:end]
    tag = _TAG.search(said)
    spans = [(m.start(), m.end()) for m in _WORD.finditer(said)]
    original = [said[a:b] for a, b in spans]
    words = [w.lower().replace("’", "'") for w in original]
    said_words = _SaidWords.of(said, spans, words, original)
    if any(
        (_WH.match(w) or w in ASSISTANT or w in ("your", "yours")) and said_words.quote_of[i] is None
        for i, w in enumerate(words)
    ):
        return None  # "is she the one who plays <a>?", "do you think ...?": a wh-clause, the assistant asked
    first = next((i for i, w in enumerate(words) if w not in LEAD_INS), len(words))
    if first < len(words) and words[first] in openers and words[first] not in ("any", "r"):
        return _aux_first(text, start, end, spans, said_words, first, names)
    if tag is not None and first < len(words):
        claim_end = start + tag.start()
        kept = [(a, b) for a, b in spans if start + b <= claim_end]
        if len(kept) - first < 2 or _WH.match(words[first]) or words[first] in ASSISTANT:
            return None
        statement = " ".join(said_words.restated(range(first, len(kept))))
        return PolarQuestion(start + spans[first][0], claim_end, statement)
    return None


_WH = re.compile(r"^(?:who|what|when|where|which|why|how|whose|whom)$")


class _SaidWords(NamedTuple):
    """The question's words, lower-case and as written, and the quotation each stands in (None outside one)."""

    words: list[str]
    original: list[str]
    quote_of: list[int | None]
    quotes: list[str]  # each quotation as written, its marks included

    @classmethod
    def of(cls, said: str, spans: list[tuple[int, int]], words: list[str], original: list[str]) -> _SaidWords:
        quoted = [m.span() for m in _QUOTED.finditer(said)]
        quote_of = [next((q for q, (a, b) in enumerate(quoted) if a <= s and e <= b), None) for s, e in spans]
        return cls(words, original, quote_of, [said[a:b] for a, b in quoted])

    def restated(self, indices: Iterable[int]) -> list[str]:
        """The words as the reply says them: the speaker's turned ("my" -> "your"), a quotation kept as written."""
        restated: list[str] = []
        last = None
        for i in indices:
            quote = self.quote_of[i]
            if quote is None:
                restated.append(_person_swapped(self.original[i]))
            elif quote != last:
                restated.append(self.quotes[quote])
            last = quote
        return restated


def _question_sentence(text: str) -> tuple[int, int] | None:
    """The characters of the message's one question sentence: the one ending with "?", or the only sentence."""
    sentences = [m.span() for m in _SENTENCE.finditer(text) if m.group().strip()]
    asked = [(a, b) for a, b in sentences if text[a:b].rstrip().endswith("?")]
    if not asked and len(sentences) == 1:
        asked = sentences
    return asked[0] if len(asked) == 1 else None


def _aux_first(
    text: str,
    start: int,
    end: int,
    spans: list[tuple[int, int]],
    said_words: _SaidWords,
    at: int,
    names: Collection[str],
) -> PolarQuestion | None:
    words, original = said_words.words, said_words.original  # lower-case, as written
    rest = words[at + 1 :]
    if not rest or rest[0] in ASSISTANT or _requests(words[at], rest, text[start:end]):
        return None
    if _wishes(words[at], rest, text[start:end]):
        return None
    if any(_WH.match(w) for w in rest[:1]):
        return None
    size = _subject_size(rest, names)
    size = _apposed_name_end(rest, original[at + 1 :], size)
    predicate = [w for w in rest[size:] if w not in FILLERS and w != "or"]
    if not predicate:
        return None  # "is she?", "did it really?": a follow-up of the conversation
    tail = _TAG.search(text[start:end])
    claim_end = start + (tail.start() if tail is not None else len(text[start:end].rstrip(" ?!.")))
    subject = " ".join(said_words.restated(range(at + 1, at + 1 + size)))
    said = [i for i in range(at + 1 + size, len(spans)) if start + spans[i][1] <= claim_end]
    statement = " ".join([subject, words[at], *said_words.restated(said)])
    return PolarQuestion(start + spans[at][0], claim_end, statement, tuple(predicate))


def _requests(opener: str, rest: list[str], sentence: str) -> bool:
    """ "Can you tell me the plot?", "do you know who directed it?", "could I ask when it came out?": a wh-question
    or a request in a yes/no form."""
    if _KNOW_WHAT.search(sentence):
        return True
    if rest[0] in ASSISTANT and len(rest) > 1 and rest[1] in REQUEST_VERBS:
        return True
    if opener in ("can", "could", "would", "will") and rest[0] in ANYONE and len(rest) > 1 and rest[1] in REQUEST_VERBS:
        return True  # "can anyone give a list of the books?": whoever reads it is asked, the assistant too
    return opener in ("can", "could", "may") and rest[0] == "i" and len(rest) > 1 and rest[1] in ("ask", "get", "know")


# "Have a nice day", "have fun": an imperative "have" with its object next, a wish said without "?".
WISHED = frozenset({"a", "an", "fun", "nice", "good", "great", "lovely", "wonderful"})


def _wishes(opener: str, rest: list[str], sentence: str) -> bool:
    """ "Have a nice day", "have fun!": a wish in the words of a yes/no question, which asks with "?" only."""
    return opener == "have" and rest[0] in WISHED and not sentence.rstrip().endswith("?")


# A name's possessive as it is followed by what it owns: "<a name>'s career", "<names>' ...".
POSSESSIVE_ENDINGS = ("'s ", "' ")


def _subject_size(rest: list[str], names: Collection[str]) -> int:
    """How many of the words after the auxiliary are its subject ("it", "the movie <a title>", "kids")."""
    owner = _name_size(rest, names, POSSESSIVE_ENDINGS)
    owned = (_name_size(rest[owner:], names) or 1) if owner else 0  # "<a name>'s <a title>" owns the whole title
    if owner and len(rest) > owner + owned:
        return owner + owned  # "has <a name>'s career started ...?": the name's noun is the subject
    size = _name_size(rest, names)
    if size:  # "the movie <a title>": a name after a name is one subject
        size += _name_size(rest[size:], names)
        # "<the title> director", "<the title> actors": the name owns the noun after it
        return size + (len(rest) > size + 1 and rest[size] in OWNED_NOUNS)
    if rest[0] in QUANTIFIERS and rest[1:2] == ["of"] and len(rest) > 3:
        # "any of the actors (in it)": the quantity, its noun and what places it
        size = 2 + (1 if rest[2] in DETERMINERS else 0)
        named = _name_size(rest[size:], names)  # "any of the <title> actors"
        size += named + (len(rest) > size + named and rest[size + named] in OWNED_NOUNS) if named else 1
        while len(rest) > size + 2 and rest[size] in ("in", "from", "of") and rest[size + 1] in PRONOUN_SUBJECTS:
            size += 2
        return size
    if rest[0] in PRONOUN_SUBJECTS:
        return 1
    if rest[0] in DETERMINERS and len(rest) > 1:
        size = 3 if len(rest) > 3 and rest[2] in SUBJECT_NOUNS else 2  # "the theme song", "the movie"
        after = " ".join(rest[size:])
        if rest[1] in SUBJECT_NOUNS and len(rest) > size:
            for name in sorted(names, key=len, reverse=True):  # "the movie <a title>"
                if after == name or after.startswith(name + " "):
                    return size + len(name.split())
        if len(rest) > size + 2 and rest[size] == "of":
            owner = _name_size(rest[size + 1 :], names)  # "the director of <a title>": the whole name owns it
            if not owner and rest[size + 1] in DETERMINERS and len(rest) > size + 3:
                return size + 3  # "the rest of the audience": the determiner's noun too
            return size + 1 + max(owner, 1)  # "a lot of people": the quantity's noun is the subject too
        return size
    return 1


# Nouns a name may follow in its subject: "was the (fictional) character <A Name> created by …?".
APPOSED_NOUNS = frozenset(
    """character characters girl boy man woman hero heroine protagonist painter artist student doctor nurse actor
    actress singer band director author novelist writer""".split()
)
# How far into the subject the apposed noun may stand: "the fictional character <A Name>".
APPOSITION_REACH = 3


def _apposed_name_end(rest: list[str], original: list[str], size: int) -> int:
    """The subject's size with a capitalised name apposed to its noun ("the character <A Name>"), the predicate left
    after it; `size` when there is none."""
    if not rest or rest[0] not in DETERMINERS:
        return size
    for at in range(1, min(APPOSITION_REACH, len(rest) - 1) + 1):
        if rest[at - 1] not in APPOSED_NOUNS or not original[at][:1].isupper():
            continue
        end = at
        while end < len(rest) - 1 and original[end][:1].isupper():  # the last word is the predicate's
            end += 1
        return max(size, end)
    return size


def _name_size(words: list[str], names: Collection[str], endings: tuple[str, ...] = (" ",)) -> int:
    """How many of the words are one of `names` said first (the longest) and followed by one of `endings` (a space,
    or a possessive's "'s "), or 0. With a space among `endings`, the words may also be the name alone."""
    joined = " ".join(words)
    for name in sorted(names, key=len, reverse=True):
        if (joined == name and " " in endings) or any(joined.startswith(name + ending) for ending in endings):
            return len(name.split())
    return 0


def _person_swapped(word: str) -> str:
    """The speaker's word as the reply says it; a pronoun lower-cased ("It" opening the question)."""
    lower = word.lower()
    if lower in _PERSON_SWAP:
        return _PERSON_SWAP[lower]
    return lower if lower.split("'")[0] in PRONOUN_SUBJECTS else word  # "It's" opening a tag question too


# After "or", words that keep a yes/no a yes/no ("is it sad or not?", "is it a remake or something?").
NOT_AN_ALTERNATIVE = frozenset("not no nah something anything what whatever so never".split())


def alternative_question(text: str, openers: Collection[str]) -> bool:
    """ "Is it live action or animated?", "is she a singer or an actress?": a choice between alternatives, which
    a bare "Yes" or "No" does not answer."""
    found = _question_sentence(text)
    if found is None:
        return False
    words = [w.lower() for w in _WORD.findall(text[found[0] : found[1]])]
    first = next((i for i, w in enumerate(words) if w not in LEAD_INS), len(words))
    if first >= len(words) or words[first] not in openers:
        return False
    # "is it a comedy or is it a romance?" is two yes/no questions, each with its verdict
    return any(
        w == "or"
        and i > first + 1
        and i + 1 < len(words)
        and words[i + 1] not in NOT_AN_ALTERNATIVE
        and words[i + 1] not in openers
        for i, w in enumerate(words)
    )
