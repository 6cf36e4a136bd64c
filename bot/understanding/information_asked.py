"""A request for information said as a search or a statement (issue 10, round 36): "Find information about
<X>", "I'm looking for <X>", "I'm interested in <X>" (ClariQ's web searches). No question mark and no
wh-word, yet something is asked: what <X> is. The subject is the words after the opener and its fillers
("some information on", "more about"); the reader (bot/understanding/reading.py) answers it when they are the
film's name alone (its words are among those that may stand beside the name) or one of its people, and the
other-subject guard (bot/scope.py) judges them when they are words it has never seen ("find information about
<a disease>"). Rasa-free.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.understanding.spelling import standard

# Openers of a request for information about a subject, as words.
OPENERS = (
    ("find", "me"),
    ("find",),
    ("search", "for"),
    ("look", "up"),
    ("i'm", "looking", "for"),
    ("im", "looking", "for"),
    ("i", "am", "looking", "for"),
    ("i'm", "interested", "in"),
    ("im", "interested", "in"),
    ("i", "am", "interested", "in"),
    ("i", "want", "to", "know", "about"),
    ("i", "want", "information", "on"),
    ("i", "want", "information", "about"),
)
# "What do you know about it?": the same request asked as a question, of what the conversation is about (of a name,
# the classifier's reading of who they are stands).
QUESTION_OPENERS = (
    ("what", "do", "you", "know", "about"),
    ("what", "else", "do", "you", "know", "about"),
    ("what", "can", "you", "tell", "me", "about"),
)
POINTING = frozenset({"it", "this", "that"})


def pointed_subject_asked(words: Sequence[str]) -> bool:
    """ "What do you know about it?", "find information about this": a request for what "it" is."""
    if len(words) < 2 or words[-1] not in POINTING:
        return False
    opener = tuple(standard(word) for word in words[:-1])
    return opener in QUESTION_OPENERS or subject_asked(words) == len(words) - 1


# Words between the opener and the subject that ask for information in general: "some information about".
FILLERS = frozenset({"some", "more", "information", "info", "details", "about", "on", "of", "regarding", "the"})
# Words that open a question after the verb, not a subject: "find out when …", "look up who …".
CLAUSE_OPENERS = frozenset({"out", "when", "what", "who", "where", "how", "why", "which", "if", "whether"})
# Words that may open the message before the request: "yes i am looking for …", "ok find …".
LEAD_INS = frozenset({"yes", "yeah", "no", "ok", "okay", "so", "well", "hi", "hello", "please"})


# Every word a request may be made of before its subject.
REQUEST_WORDS = frozenset(word for opener in OPENERS for word in opener) | FILLERS | LEAD_INS


def subject_asked(words: Sequence[str]) -> int | None:
    """Where the subject of a request for information starts, or None when the words are no such request."""
    words = [standard(word) for word in words]  # "i am interessted in …"
    at = 0
    while at < len(words) and words[at] in LEAD_INS:
        at += 1
    opener = next((o for o in OPENERS if tuple(words[at : at + len(o)]) == o), None)
    if opener is None:
        return None
    at += len(opener)
    while at < len(words) and words[at] in FILLERS:
        at += 1
    if at < len(words) and words[at] in CLAUSE_OPENERS:
        return None  # "find out when <X> was made": a question follows, not a subject
    return at if at < len(words) else None
