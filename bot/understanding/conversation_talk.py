"""Talk about the conversation itself (issue 10, round 12): "you're wrong", "say that again", "what can I ask
you", "never mind". Such a message asks nothing of the film; its words are of the exchange (you, I, that, the
answer, the question) and one verb or judgement says what the user wants done with it:

- a judgement that the last answer was wrong ("that's incorrect", "it isn't what i asked", "you messed up"):
  `deny`, answered by actions/story.py with an apology and an invitation to ask again (`corrects`);
- a verb of repeating, or of saying with "again" ("repeat that", "say it once more", "what did you just say",
  "i didn't catch that"): `repeat`, the last answer again. No intent of its own (every intent needs its
  Japanese test turns): the reader gives it the fallback, whose action repeats (actions/conversation.py);
- a verb of stopping with no object but the exchange ("cancel that", "never mind", "please stop it"): `deny`;
- what the assistant can answer ("which topics can you answer?", "what subjects are you familiar with"): `help`;
- a doubt of the last answer ("really?", "are you sure?", "is that right?", "how do you know?"): `ask_source`,
  the sources that back the last answer up (actions/sources.py), never the assistant's identity or "didn't get
  that" (the reader adds "for real?" when it is asked);
- whether the assistant is a person ("can you tell me if your a bot"), or its own particulars ("what's your
  name", "what languages do you speak"): `bot_challenge`.

Every word of the message must be one of the exchange's (EXCHANGE, or the kind's own words): "say again who
directed it" or "is the ending wrong?" ask about the film and are left to the other rules. Rasa-free.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

# Words that only point at the exchange or pad the request: the speakers, the last answer, politeness, fillers.
EXCHANGE = frozenset(
    {
        "you", "u", "ya", "your", "you're", "youre", "ur", "you've", "youve", "i", "i'm", "im", "me", "my",
        "that", "that's", "thats", "this", "it", "it's", "its", "what", "what's", "whats", "the", "a", "an",
        "answer", "answers", "reply", "response", "question", "questions", "last", "previous", "thing", "things",
        "one", "just", "please", "pls", "plz", "can", "could", "would", "will", "may", "do", "did", "does", "is",
        "was", "are", "were", "be", "been", "have", "has", "had", "to", "for", "of", "with", "so", "oh",
        "ok", "okay", "well", "um", "uh", "hmm", "sorry", "but", "and", "then", "now", "actually", "no", "nope",
        "hey", "bot", "again", "said", "say", "there", "all", "at", "really", "think", "gave", "give", "got",
        "get", "told", "tell", "am", "what'd", "whatd", "thanks", "thank", "anyway", "anyways", "dammit", "damn",
        "ugh", "uhh", "oops", "geez", "r", "if", "whether",
    }
)  # fmt: skip
NEGATIONS = frozenset(
    {"not", "isn't", "isnt", "wasn't", "wasnt", "can't", "cant", "cannot", "didn't", "didnt", "don't", "dont",
     "aren't", "doesn't", "never", "n't"}
)  # fmt: skip

# The last answer judged wrong: a word of error, or a negated word of truth ("that's not right").
ERROR_WORDS = frozenset(
    {"wrong", "incorrect", "false", "untrue", "inaccurate", "mistake", "mistaken", "messed", "misunderstood",
     "misread", "nonsense", "rubbish"}
)  # fmt: skip
TRUTH_WORDS = frozenset({"right", "correct", "true", "accurate"})
# "that's not what i asked": what the user meant to ask, denied.
MEANING_VERBS = frozenset(
    {"asked", "ask", "meant", "mean", "wanted", "want", "said", "searching", "looking", "asking", "after"}
)  # fmt: skip
# Degree words of a judgement ("totally wrong", "not quite right").
DEGREE_WORDS = frozenset({"totally", "completely", "entirely", "quite", "very", "clearly", "obviously", "all", "nah"})
CORRECTION_WORDS = ERROR_WORDS | TRUTH_WORDS | MEANING_VERBS | DEGREE_WORDS | frozenset({"up", "information", "info"})
# Verbs whose denial right after the negation says the answer missed the question ("i didn't ask for this").
MISSED_VERBS = frozenset({"ask", "asked", "mean", "meant", "say", "said"})
WH_OPENERS = frozenset({"what", "what's", "whats", "why", "how", "who", "which", "where", "when"})

# Say the last answer again.
REPEAT_VERBS = frozenset({"repeat", "repeating", "reiterate", "replay"})
SAY_VERBS = frozenset({"say", "said", "saying", "tell", "speak", "give", "read"})
AGAIN_WORDS = frozenset({"again", "once", "more", "time"})
NOT_HEARD = frozenset({"catch", "hear", "heard", "caught", "missed", "pardon", "come"})
REPEAT_WORDS = REPEAT_VERBS | SAY_VERBS | AGAIN_WORDS | NOT_HEARD | frozenset({"understand", "understood"})
# What a request to repeat may also hold: the speaker's wish and when it was said ("i would like you to repeat it",
# "would you repeat what you said earlier", "i want to hear that again").
REPEAT_PADDING = frozenset({"like", "want", "wanna", "need", "earlier", "before", "for"})
HEARING = frozenset({"hear", "heard", "hearing"})
WHAT_WORDS = frozenset({"what", "what's", "whats", "what'd", "whatd"})

# Stop the current exchange: no object but the exchange ("cancel that", "forget it", "never mind").
STOP_VERBS = frozenset(
    {"cancel", "stop", "ignore", "forget", "nevermind", "abort", "quit", "drop", "skip", "scratch", "shut", "mind"}
)  # fmt: skip
STOP_WORDS = STOP_VERBS | frozenset({"never", "talking", "speaking", "command", "request", "up", "off", "doing"})

# What the assistant can answer: a noun of subject matter with a verb of knowing, answering or helping.
MATTER_NOUNS = frozenset(
    {"topics", "topic", "subjects", "subject", "things", "thing", "questions", "question", "areas", "kind", "kinds",
     "sort", "sorts", "type", "types", "stuff", "examples", "example"}
)  # fmt: skip
ABILITY_WORDS = frozenset(
    {"answer", "help", "know", "familiar", "cover", "handle", "ask", "experienced", "talk", "discuss", "able",
     "explain"}
)  # fmt: skip
HELP_WORDS = MATTER_NOUNS | ABILITY_WORDS | frozenset({"which", "how", "about", "on", "regarding", "in", "or"})

# Whether the assistant is a person or a program: "can you tell me if your a bot", "are you a person that's real".
BOT_WORDS = frozenset(
    {"bot", "robot", "chatbot", "human", "person", "ai", "computer", "machine", "program", "real", "alive"}
)  # fmt: skip
BOT_PADDING = frozenset({"know", "want", "need", "let", "actually", "live", "being", "or", "someone", "somebody"})
YOU = frozenset({"you", "u", "your", "you're", "youre", "ur"})
# The assistant's own particulars: "what's your name", "how old are you", "what languages do you speak", "where
# are you from": asked of the assistant (what it is), never of the film ("what language is it in" names no "you").
SELF_WORDS = frozenset(
    {"name", "named", "called", "old", "age", "from", "made", "built", "created", "creator", "developer", "speak",
     "languages", "language", "english", "japanese"}
)  # fmt: skip
SELF_ASKING = frozenset({"how", "who", "where", "which", "when"})
# "do you have it in japanese" asks of the film: "it" points at it.
FILM_POINTERS = frozenset({"it", "its", "it's"})
SPEAKERS_OWN = frozenset({"my", "mine"})


def about_the_conversation(words: Sequence[str], film_named: Collection[int] = ()) -> str | None:
    """What a message that talks about the conversation says (`deny`, `repeat`, `help`, `bot_challenge`), or
    None. `film_named`: where words naming this film stand, which only a request for help may hold ("what can you
    answer about the movie"); elsewhere they make a message about the film ("stop the movie")."""
    said = set(words)
    if not said:
        return None
    if corrects(words):
        return "deny"
    if doubts(words):
        return "ask_source"
    if asks_why_alone(words):
        return "ask_fact"  # nothing named: "I don't know that", never the consent "why not" would be
    if repeats(words):
        return "repeat"
    if said <= EXCHANGE | STOP_WORDS and said & STOP_VERBS and _stop_said(words):
        return "deny"
    if said <= EXCHANGE | BOT_WORDS | BOT_PADDING and said & BOT_WORDS and said & YOU:
        return "bot_challenge"
    # not "how do you say my name": the speaker's own name
    asked_of_you = said & SELF_WORDS and said & (YOU | {"bot"}) and not said & (FILM_POINTERS | SPEAKERS_OWN)
    if said <= EXCHANGE | SELF_WORDS | SELF_ASKING | BOT_PADDING and asked_of_you:
        return "bot_challenge"  # "what's your name", "can you speak japanese": what the assistant is
    asked = {word for i, word in enumerate(words) if i not in film_named}
    # "which topics can you answer", "what can you help me with": a matter or "what", with a verb of ability
    matter = asked & MATTER_NOUNS or ("what" in asked and "help" in asked)
    if asked <= EXCHANGE | HELP_WORDS and matter and asked & ABILITY_WORDS and "you" in asked:
        return "help"
    return None


# "Why?", "how come?", "but why is that?": the reason for the last answer asked, with nothing else said. The store
# holds facts, not their reasons, so it is "I don't know"; "why not?" consents (the vocabulary's affirm).
WHY_PADDING = frozenset({"but", "and", "so", "oh", "hmm", "is", "was", "that", "it", "though", "tho", "exactly"})


def asks_why_alone(words: Sequence[str]) -> bool:
    """ "Why?", "how come?", "but why is that?": a reason asked of the last answer, and nothing else."""
    said = set(words)
    if "not" in said or not said:
        return False
    if said <= {"how", "come", *WHY_PADDING} and {"how", "come"} <= said:
        return True
    return "why" in said and said <= {"why", *WHY_PADDING}


def corrects(words: Sequence[str]) -> bool:
    """ "No, you're wrong", "that is the wrong answer", "that's not correct", "it isn't what i asked": the last
    answer judged wrong. Not a question: "is that right?", "was it wrong of him?", "what's wrong with it?" ask
    (an auxiliary or a wh-word first)."""
    said = set(words)
    if not said or not said <= EXCHANGE | NEGATIONS | CORRECTION_WORDS or words[0] in AUXILIARIES | WH_OPENERS:
        return False
    if said & ERROR_WORDS:
        return True
    negated = [i for i, word in enumerate(words) if word in NEGATIONS]
    for at in negated:
        after = words[at + 1 : at + 4]
        if (TRUTH_WORDS & set(after) and "what" not in after) or list(words[at + 1 :]) == ["it"]:
            return True  # "that's not right", "that can't be true", "nope that's not it"
        if "what" in after and MEANING_VERBS & set(words[at + 1 :]):
            return True  # "that's not what i asked", "this was not what i am searching for"
        if words[at + 1 : at + 2] and words[at + 1] in MISSED_VERBS:
            return True  # "i didn't ask for this", "i did not mean that"
    return False


AUXILIARIES = frozenset({"is", "was", "are", "were", "does", "did", "do", "can", "could", "would", "will", "has"})


def repeats(words: Sequence[str]) -> bool:
    """ "Say that again", "what did you just say", "i didn't catch that": the last answer asked for again."""
    return set(words) <= EXCHANGE | NEGATIONS | REPEAT_WORDS | REPEAT_PADDING and _asks_again(words)


def _asks_again(words: Sequence[str]) -> bool:
    """A verb of repeating, a verb of saying with "again" or "once more", a question of what "you" said, or
    a word of not having heard ("i didn't catch that", "come again", "pardon")."""
    said = set(words)
    if said & REPEAT_VERBS:
        return True
    if said & SAY_VERBS and said & AGAIN_WORDS:
        return True  # "say it again", "please say it one more time"
    if "again" in said and said & (HEARING | WHAT_WORDS):
        return True  # "i want to hear that again", "what was that again?": nothing but the exchange is asked
    if "more" in said and said & {"time", "once"}:
        return True  # "one more time for me please", "once more"
    text = " ".join(words)
    if said & {"said", "say", "saying"} and said & {"what", "what'd", "whatd"} and said & {"you", "u"}:
        return True  # "what did you just say", "what were you saying"
    if text in ("come again", "pardon") or text.startswith(("pardon ", "come again ")):
        return True
    return bool(said & NEGATIONS and said & {"catch", "hear", "understand", "caught", "heard", "understood"}) or (
        "missed" in said and "that" in said
    )


# A doubt of the last answer: "really?", "seriously?", "are you sure?", "how do you know?". Only the doubt and
# the words around it; no speaker ("i really think so" agrees), no negation ("i'm not sure" is unsure).
DOUBT_WORDS = frozenset({"really", "seriously", "srsly", "sure", "certain", "positive"})
DOUBT_PADDING = frozenset(
    {"you", "u", "are", "r", "that", "this", "it", "is", "was", "so", "oh", "wow", "whoa", "huh", "hmm", "ok",
     "okay", "but", "and", "about", "of", "how", "do", "did", "does", "know", "that's", "thats", "tho", "100",
     # "did he really?", "has she really?": the person the last answer was about
     "he", "she", "they", "has", "have", "had", "were", "would"}
)  # fmt: skip
# "sure" alone agrees ("sure!", "ok sure"): it doubts only of "you" ("are you sure?", "you sure about that?").
AGREEING_ALONE = frozenset({"sure", "positive"})
# "is that right?", "is this true?": the truth of what was just said, asked.
DOUBTED_TRUTH = frozenset({"true", "right", "correct", "accurate"})
POINTING_BACK = frozenset({"that", "that's", "thats", "this"})
# "for real?" doubts only when asked: said flat, it agrees.
ASKED_DOUBTS = ("for real", "for real tho")


def doubts(words: Sequence[str], asked: bool = False) -> bool:
    """ "Really?", "are you sure about that?", "seriously?", "how do you know?", "is that right?" and, `asked`,
    "for real?": the last answer doubted. Not "is it true?" ("it" is the film: a true story?)."""
    said = set(words)
    if not said:
        return False
    if said & DOUBTED_TRUTH and said & POINTING_BACK and words[0] in AUXILIARIES and said <= EXCHANGE | DOUBTED_TRUTH:
        return True
    if asked and " ".join(words) in ASKED_DOUBTS:
        return True
    if not said <= DOUBT_WORDS | DOUBT_PADDING:
        return False
    if {"how", "know", "you"} <= said and not said & DOUBT_WORDS:
        return True  # "how do you know?", "how do you know that?"
    doubt = said & DOUBT_WORDS
    return bool(doubt) and (not doubt <= AGREEING_ALONE or bool(said & YOU))


def _stop_said(words: Sequence[str]) -> bool:
    """ "Never mind" needs its "never"; the other verbs of stopping stand alone ("cancel", "stop it")."""
    if "mind" in words and "never" not in words:
        return False
    return True


def asked_again(words: Sequence[str]) -> bool:
    """ "What is the run time again?", "what was the rating again?": a question asked before in this conversation,
    so of what the conversation is about (this film, or whom it is about), never another film or topic."""
    return "again" in words


# Words that point back at what was said before: "the above novel", "the movie mentioned earlier".
BACK_REFERENCES = frozenset({"above", "aforementioned", "mentioned", "former", "latter"})
# Words around "mentioned" that make it point back: "the earlier mentioned movie", "the director mentioned above".
MENTIONED_BEFORE = frozenset({"the", "earlier", "previously", "before", "above", "already", "first"})


def points_back(words: Sequence[str]) -> bool:
    """ "Who wrote the above novel?", "who directed the earlier mentioned movie?": what the conversation named
    before, so of what it is about (this film, its novel or its people), never another film or topic ("<a title>
    mentioned in the news" is no pointing back)."""
    for i, word in enumerate(words):
        if word not in BACK_REFERENCES:
            continue
        before, after = words[max(0, i - 2) : i], words[i + 1 : i + 2]
        if word != "mentioned" and "the" in before:
            return True
        if word == "mentioned" and (set(before[-1:]) & MENTIONED_BEFORE or not after or set(after) & MENTIONED_BEFORE):
            return True
    return False


# -- the story asked on, right after its beginning was told -------------------------------------------------------
# "and after that?", "what happens next?", "and so?", "and the punchline?": the rest of the story, asked of the
# premise just told (the actions answer it as the ending, behind the spoiler question).
CONTINUATIONS = (
    ("after", "that"),
    ("after", "this"),
    ("what", "next"),
    ("happens", "next"),
    ("happened", "next"),
    ("then", "what"),
    ("and", "then"),
    ("and", "so"),
    ("go", "on"),
    ("keep", "going"),
    ("the", "rest"),
    ("the", "punchline"),
    ("afterwards",),
    ("continue",),
)
CONTINUATION_WORDS = frozenset(
    """and so then i see ok okay oh really wow yes yeah please tell me what what's whats happens happened happen
    does did do after that this next the punchline rest go on keep going continue afterwards of it story""".split()
)
MAX_CONTINUATION_WORDS = 10


def story_continued(words: list[str]) -> bool:
    """Whether a short message only asks how the story goes on ("I see. And what happens after that?")."""
    if not words or len(words) > MAX_CONTINUATION_WORDS:
        return False
    # "hapens": a typed "happens" (the one verb such a question turns on)
    if not all(w in CONTINUATION_WORDS or w.startswith("hap") for w in words):
        return False
    return any(tuple(words[at : at + len(c)]) == c for c in CONTINUATIONS for at in range(len(words)))
