"""A claim inside a speaker's frame, read as the yes/no question it puts.

People put a claim to be checked in many frames: "I think <claim>", "I heard that <claim>", "I'm pretty sure
<claim>", "did you know (that) <claim>?", "is it true (that) <claim>?", "Oh, speaking of <the title>, <claim>",
"I know <a character>, I think <claim>", "wasn't <claim>?". Whatever the frame, what is asked is the claim:
subject, relation and value, decided from the store like "<claim>, right?" (the tag form every claim reader
knows). This module finds the frame's words and gives the claim in that canonical form; the reader
(bot/understanding/reading.py) reads it and keeps that reading only when it finds a claim to decide, so an
opinion in a frame ("I think it was great") is read as before.

The canonical text keeps every character of the claim at its place (the frame's words become spaces, the tag is
added at the end), so the entities found in the message stay where they are. Rasa-free.
"""

from __future__ import annotations

import re

# Words before a frame that ask nothing: reactions and discourse markers ("Yeah", "Oh", "Agreed, same here.").
_REACTION = (
    r"(?:yeah|yes|yep|yup|oh|ohh|wow|ok|okay|cool|well|so|lol|haha|hmm|agreed|true|nice|interesting|really"
    r"|me\s+too|same\s+here|i\s+know\s+right|say|hey)"
)
# "speaking of <the title>,": the topic said first; the claim follows the comma.
_TOPIC = r"speaking\s+of\s+[^,.!?]{1,60},"
# The speaker's frame: a belief or hearsay ("I think", "I heard that", "I'm pretty sure"), a question about
# the claim ("did you know (that)", "is it true (that)", "are you aware (that)"; "do you know <a thing>?" asks for
# it, only "do you know that" frames), an acknowledgement before it ("I know <a name>,").
_BELIEF = (
    r"i\s+(?:(?:really|also|do|have|had|just|kinda|kind\s+of)\s+){0,2}(?:think|thought|guess|believe|heard|hear|read"
    r"|remember|suppose|bet|assume)"
    r"|i\s+want\s+to\s+say|i\s+feel\s+like|my\s+guess\s+is"
    r"|i'?m\s+(?:pretty\s+|quite\s+|fairly\s+|almost\s+)?(?:sure|positive|certain)"
    r"|i\s+am\s+(?:pretty\s+|quite\s+|fairly\s+)?(?:sure|positive|certain)"
    r"|did\s+(?:you|u)\s+know|do\s+(?:you|u)\s+know(?=\s+that\b)|(?:is|isn'?t)\s+it\s+true"
    r"|(?:are|were)\s+(?:you|u)\s+aware"
)
# (Frames may follow one another: "I think I heard that <claim>".)
_FRAME = re.compile(
    rf"(?:^|(?<=[,.!?]))\s*(?:(?:{_REACTION})\b[\s,.!?]*)*(?:{_TOPIC}\s*)?"
    rf"(?:(?:{_BELIEF})\b(?:\s+that\b)?\s*)*(?:(?:{_BELIEF})\b(?:\s+that\b)?|i\s+know\b(?=\s+[^,.!?]{{1,40}},))",
    re.IGNORECASE,
)
# A wh-word right after the frame asks that ("did you know who plays <a>?"): no claim to check.
_WH_AFTER = re.compile(r"\s*(?:who|what|when|where|which|why|how|whose|whom|if|whether)\b", re.IGNORECASE)
# The ends that already ask to confirm the claim ("..., right?", "Is that right?", "... wasn't it?").
_TAGGED = re.compile(
    r"(?:\bright|\bcorrect|\btrue|\bis\s+that\s+so|n't\s+(?:it|he|she|they|there))\W*$",
    re.IGNORECASE,
)
TAG = ", right?"
# A negated question opening a clause ("Wasn't it by <a>?", "Isn't <a> the one who plays <b>?", "Didn't it win
# <a prize>?") asks what the plain one asks: its "n't" is the speaker's expectation, not part of the claim.
_NEGATED_OPENER = re.compile(
    r"(?:^|(?<=[,.!?]))\s*(?:(?:yeah|oh|wow|well|so|but|and|hmm)\b[\s,]*)?"
    r"(?:was|is|were|are|did|does|do|has|have|had)(n'?t)\b(?=[^.!?]*\?)",
    re.IGNORECASE,
)


# Hedges of a guess put as a question ("Maybe it is a <kind> movie?", "<a kind> movie possibly?", "Movie might be
# from <a decade>?"): an adverb opening the clause or closing the message, a modal before "be". The guess is the
# claim, "<claim>, right?"; "might be" claims what "is" would. Only in a question: "it could be better" remarks.
_HEDGE_ADVERB = r"(?:maybe|perhaps|possibly|probably)"
_LEADING_HEDGE = re.compile(rf"(?:^|(?<=[,.!?]))\s*{_HEDGE_ADVERB}\b,?", re.IGNORECASE)
_TRAILING_HEDGE = re.compile(
    rf"(?:,\s*|\s+)(?:{_HEDGE_ADVERB}|i\s+think|i\s+guess|i\s+believe)\s*(?=\?+\s*$)", re.IGNORECASE
)
_MODAL_BE = re.compile(r"\b(?:might|may|could)\s+(?:(have\s+been)|be)\b|\b(?:might|could)'ve\s+(been)\b", re.IGNORECASE)
# A guess with no subject or verb ("Possibly a horror movie?") is said of the film: "it is" takes the hedge's place.
_SUBJECTLESS = re.compile(r"\s*(?:a|an)\b", re.IGNORECASE)
IT_IS = "it is"


def _hedged(text: str) -> tuple[str, list[tuple[int, int]]]:
    """The text with a modal's "might be" read as "is" (padded to its place), and the spans of its hedges."""
    if not text.rstrip().endswith("?"):
        return text, []
    spans = [m.span() for m in _LEADING_HEDGE.finditer(text)] + [m.span() for m in _TRAILING_HEDGE.finditer(text)]
    for m in _MODAL_BE.finditer(text):
        said = "was" if m.group(1) or m.group(2) else "is"
        if not text[: m.start()].strip() and _SUBJECTLESS.match(text, m.end()):
            said = f"it {said}"  # "Could be a <kind> movie?": said of the film
        text = text[: m.start()] + said.ljust(m.end() - m.start()) + text[m.end() :]
        spans.append((m.start() + len(said), m.start() + len(said)))  # a hedge with no words left to blank
    return text, sorted(spans)


def canonical_claim(text: str) -> str | None:
    """The claim of a framed message as "<claim>, right?" (the frame's words blanked), or None without a frame."""
    text, hedges = _hedged(text)
    spans = [m.span() for m in _FRAME.finditer(text) if m.end() > m.start() and _frame_word_in(text, m.span())]
    spans = sorted([*spans, *(h for h in hedges if not any(a <= h[0] < b for a, b in spans))])
    spans = [(a, b) for a, b in spans if not _WH_AFTER.match(text, b)]
    negations = [m.span(1) for m in _NEGATED_OPENER.finditer(text)]
    if not spans and not negations:
        return None
    blanked = text
    for a, b in [*spans, *negations]:
        blanked = blanked[:a] + " " * (b - a) + blanked[b:]
    opening = next(((a, b) for a, b in spans if a == len(text) - len(text.lstrip())), None)
    if opening is not None and opening[1] - opening[0] >= len(IT_IS) and _SUBJECTLESS.match(blanked, opening[1]):
        blanked = blanked[: opening[0]] + IT_IS.ljust(opening[1] - opening[0]) + blanked[opening[1] :]
    if spans:
        if _question_after(blanked, spans[-1][1]):  # "I heard it's sad. Have you seen it?": a remark beside it
            return None
        if _tag_over_more(blanked, spans[-1][1]):  # "I hear it's sad, but not for kids. Is that true?": all of it
            return None
        blanked = _claim_clause_only(blanked, spans[-1][1])
        blanked = _earlier_sentences_blanked(blanked, spans[-1][0])
    claim = blanked.rstrip()
    if len(claim.split()) < 2:
        return None
    if not spans or _TAGGED.search(claim):  # a plain question, or a claim already asked to be confirmed
        return blanked
    return claim.rstrip(".!?,;") + TAG


def _earlier_sentences_blanked(text: str, frame_start: int) -> str:
    """ "I was so sad when they took it off Netflix. I guess it's on Prime now?": the sentences told before the
    frame's own are no part of its claim (blanked). A few words only ("Ah, <a name>. I guess they …") say whom the
    claim is of, and stay; so does all of it after a question."""
    ends = [m.end() for m in _SENTENCE_END.finditer(text[:frame_start] + " ")]  # a frame's span may open on a space
    cut = min(ends[-1], frame_start) if ends else 0
    if len(re.findall(r"[\w']+", text[:cut])) < TOLD_MIN_WORDS or "?" in text[:cut]:
        return text  # a question before it ("what's it about? I believe it was …") is asked too
    return " " * cut + text[cut:]


# The fewest words of a sentence told before a frame that is no mere naming of the claim's subject.
TOLD_MIN_WORDS = 4
# A sentence's end before the next one: a full stop, a question or exclamation mark, then a space.
_SENTENCE_END = re.compile(r"[.!?]+\s")
# The end of the claim's clause: a comma, a full stop, a question or exclamation mark, a semicolon.
_CLAUSE_END = re.compile(r"[,.;!?]")
# At most this many words after the clause make a tag ("Is that right?", "right?", "wasn't it?").
MAX_TAG_WORDS = 3


# A wh-question of its own after the claim's clause ("what's the plot of the show?"), not one that asks the
# assistant's view of the claim ("what do you think?").
_OWN_WH_QUESTION = re.compile(
    r"\b(?:what|who|when|where|which|why)(?:'s|\s+(?:is|was|are|were|does|did|do))\s+(?!you\s+think)", re.I
)


def _question_after(text: str, start: int) -> bool:
    """Whether a question of its own follows the claim's sentence (not a closing tag): the message asks that."""
    clause_end = _CLAUSE_END.search(text, start)
    if clause_end is not None and "?" in text[clause_end.end() :] and _OWN_WH_QUESTION.search(text, clause_end.end()):
        return True  # "I know <a claim>, but beyond that, what's the plot?": the wh-question is asked
    end = re.compile(r"[.!?]").search(text, start)
    if end is None:
        return False
    rest = text[end.end() :]
    return "?" in rest and not (_TAGGED.search(rest) and len(re.findall(r"[\w']+", rest)) <= MAX_TAG_WORDS)


def _tag_over_more(text: str, start: int) -> bool:
    """Whether a closing tag asks to confirm more than the claim's first clause ("<a>, but <b>. Is that true?"):
    the message's own reading (which knows hedges before a tag) decides it, not the first clause alone."""
    end = _CLAUSE_END.search(text, start)
    if end is None or not _TAGGED.search(text):
        return False
    rest = text[end.start() :]
    return bool(rest.strip(" ,.;!?")) and len(re.findall(r"[\w']+", rest)) > MAX_TAG_WORDS


def _claim_clause_only(text: str, start: int) -> str:
    """The text with what follows the claim's clause blanked ("I heard it was good, romance is not my genre":
    only "it was good" is put to be checked), a closing tag kept."""
    end = _CLAUSE_END.search(text, start)
    if end is None:
        return text
    rest = text[end.start() :]
    if not rest.strip(" ,.;!?") or (_TAGGED.search(rest) and len(re.findall(r"[\w']+", rest)) <= MAX_TAG_WORDS):
        return text
    return text[: end.start()] + " " * len(rest)


def _frame_word_in(text: str, span: tuple[int, int]) -> bool:
    """Whether the span holds a frame's own words, not only reactions ("Oh, ..." alone frames nothing)."""
    found = text[span[0] : span[1]].lower()
    return bool(re.search(rf"(?:{_BELIEF})|speaking\s+of|\bi\s+know\b", found))
