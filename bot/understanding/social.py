"""Small talk is a closed class of formulas ("hiya", "cheers", "ttyl", "バイバイ"): a message made only of
the formulas of one social intent, and of words that pad them ("thanks so much", "hi there"), is that
intent, whatever the classifier made of a word it never saw.

A message that mixes two kinds ("ok thanks", "no thanks", "yes, bye") or says anything else is left to
the classifier: which one it is depends on what came before.

Rasa-free; bot/understanding/reading.py calls it with the words it has read.
"""

from __future__ import annotations

from bot.understanding.lexicon import Lexicon


def formula(words: list[str], lexicon: Lexicon) -> str | None:
    """The social intent every word of the message belongs to, or None."""
    hits = lexicon.find(words, ("social",))
    kinds = {hit.key for hit in hits}
    if len(kinds) != 1:
        return None
    covered = {index for hit in hits for index in range(hit.start, hit.end)}
    if any(word not in lexicon.social_padding for index, word in enumerate(words) if index not in covered):
        return None
    return kinds.pop()


# Who is praised: "you", or "you" with its verb in one word ("you're", "you've").
YOU = frozenset({"you", "u", "ya"})
YOU_WITH_VERB = frozenset({"you're", "youre", "ur", "you've", "youve", "you'd"})
NEGATIONS = frozenset({"not", "never", "no", "isn't", "aren't", "wasn't", "weren't", "don't", "didn't", "haven't"})
# Nouns of praised work: "great job, you did well".
PRAISE_NOUNS = frozenset({"job", "work"})
# What a listener may say around praise without asking anything ("wow you're smart, olly"): one such word.
OTHER_WORDS = 1


def praise(words: list[str], lexicon: Lexicon) -> str | None:
    """ "you're awesome", "you've been a big help", "you did great, thanks": the assistant praised, thanked back
    ("thanks"); None for anything else. Around the praise only formulas, fillers and at most one other word (an
    interjection, a name it is called by) may stand, and no negation: "you are great at what?" asks."""
    if NEGATIONS & set(words):
        return None
    thanked = {i for hit in lexicon.find(words, ("social",)) if hit.key == "thanks" for i in range(hit.start, hit.end)}
    ignored = lexicon.social_padding | lexicon.praise_words | lexicon.praise_fillers | lexicon.praise_verbs
    for start, word in enumerate(words):
        if (word not in YOU and word not in YOU_WITH_VERB) or start in thanked:  # "thank you, you're great"
            continue
        end = _praised_at(words, start + 1, word in YOU_WITH_VERB, lexicon)
        if end is None:
            return None
        # before "you", only formulas and praise ("great job, you did well"); fillers such as "it" point at the film
        before = lexicon.social_padding | lexicon.praise_words | PRAISE_NOUNS
        others = [w for i, w in enumerate(words[:start]) if i not in thanked and w not in before]
        others += [w for i, w in enumerate(words[end:], end) if i not in thanked and w not in ignored]
        return "thanks" if len(others) <= OTHER_WORDS else None
    return None


def _praised_at(words: list[str], at: int, verb_said: bool, lexicon: Lexicon) -> int | None:
    """Where the praise after "you" ends, or None if a word other than a verb or filler comes first."""
    for index in range(at, len(words)):
        word = words[index]
        if word in lexicon.praise_words and (verb_said or word in lexicon.praise_verbs):
            return index + 1
        if word in lexicon.praise_verbs:
            verb_said = True
        elif word not in lexicon.praise_fillers:
            return None
    return None


# A closing: the user says they have what they came for ("that's all i needed", "no that'll be all for now").
# "that's it" is left out: it confirms ("yes, that's it. who directed it?").
CLOSING_PHRASES = (
    ("that's", "all"),
    ("thats", "all"),
    ("that", "is", "all"),
    ("that'll", "be", "all"),
    ("that", "will", "be", "all"),
    ("that's", "everything"),
    ("thats", "everything"),
    ("that", "is", "everything"),
    ("nothing", "else"),
)
# What may stand around a closing besides formulas, padding and praise: what the user needed, and when
# ("that's all i need for now", "sounds good, that's everything i wanted to know").
CLOSING_WORDS = frozenset(
    """that sounds sound i i'm im need needed needs want wanted wanna to know for now today tonight from me
    actually just and but ok okay yes yeah no nope thanks great good perfect awesome be will""".split()
)


def closing(words: list[str], lexicon: Lexicon) -> str | None:
    """ "that's all i needed", "sounds good, that's all for now": "goodbye" when a closing phrase stands with only
    formulas, praise and words of what was needed around it; None for anything else ("that's all the cast?")."""
    at = next((i for i in range(len(words)) for p in CLOSING_PHRASES if tuple(words[i : i + len(p)]) == p), None)
    if at is None:
        return None
    phrase = next(p for p in CLOSING_PHRASES if tuple(words[at : at + len(p)]) == p)
    covered = {i for hit in lexicon.find(words, ("social",)) for i in range(hit.start, hit.end)}
    covered |= set(range(at, at + len(phrase)))
    allowed = CLOSING_WORDS | lexicon.social_padding | lexicon.praise_words
    if any(word not in allowed for index, word in enumerate(words) if index not in covered):
        return None
    return "goodbye"


# Words of talking: "nice talking to you", "great chat", "a pleasure to speak with you".
TALK_WORDS = frozenset(
    {"talk", "talking", "chat", "chats", "chatting", "speak", "speaking", "conversation", "convo", "conversing"}
)
# Words that judge the talk well besides the praise words: "a pleasure to speak with you", "enjoyed chatting".
TALK_JUDGEMENTS = frozenset({"pleasure", "enjoyed", "loved", "liked", "fun", "glad", "happy", "thanks", "thank"})
# How far before the talk word its judgement may stand: "it was so lovely to speak with you".
TALK_JUDGED_WITHIN = 4
# What may follow the talk word in a closing: "with you", "to you", "tonight", "as always".
AFTER_TALK = frozenset(
    {"with", "to", "you", "u", "ya", "tonight", "today", "again", "as", "always", "by", "the", "way"}
)
# Openers of a question: a message that asks is no closing ("was it nice talking about the ending?").
QUESTION_OPENERS = frozenset({"what", "what's", "whats", "who", "who's", "when", "where", "which", "why", "how"})


def talk_closing(clauses: list[list[str]], lexicon: Lexicon) -> str | None:
    """ "it was lovely to speak with you", "well, nice chatting with you!", "great chat, enjoy the game": the
    conversation itself judged well, in a message that asks nothing, is a goodbye ("speak" is no question about
    the film's language, "chat" no other subject). `clauses` are the message's clauses, each a list of words.
    None when no clause judges the talk, or a clause asks (a wh-word, or a talk word with something asked after
    it: "was it nice talking about the ending?")."""
    if any(QUESTION_OPENERS & set(words) for words in clauses):
        return None
    praise_words = lexicon.praise_words | TALK_JUDGEMENTS
    for words in clauses:
        for at, word in enumerate(words):
            if word not in TALK_WORDS:
                continue
            judged = any(w in praise_words for w in words[max(0, at - TALK_JUDGED_WITHIN) : at])
            if judged and set(words[at + 1 :]) <= AFTER_TALK | lexicon.social_padding:
                return "goodbye"
    return None


# How the speaker is, said back to a greeting: "fine thanks", "i'm doing great", "not bad", "pretty good".
WELLBEING_WORDS = frozenset(
    {"fine", "good", "great", "well", "ok", "okay", "alright", "bad", "tired", "happy", "sad", "awesome", "excellent",
     "wonderful", "amazing", "cool", "meh", "busy", "bored", "better", "terrific", "fantastic", "perfect", "lovely"}
)  # fmt: skip
WELLBEING_PADDING = frozenset(
    {"i", "i'm", "im", "am", "doing", "feeling", "pretty", "very", "really", "so", "not", "too", "just", "quite",
     "thanks", "thank", "you", "u", "all", "right", "and", "but", "oh", "hey", "hi", "hello", "yeah", "yes", "no",
     "today", "thx", "ty", "a", "bit", "kinda", "super"}
)  # fmt: skip
# The question back: "and you?", "how about you?", "how are you?", "what about yourself?", "how r u doing".
ASKED_BACK = frozenset(
    {"and", "how", "about", "what", "are", "r", "you", "u", "yourself", "doing", "today", "is", "it"}
)
ASKED_BACK_ADDRESSEE = frozenset({"you", "u", "yourself"})


def wellbeing_asked_back(clauses: list[list[str]]) -> bool:
    """ "I'm good, how about you?", "fine thanks and you?", "not bad, how are you": the speaker says how they are
    and asks the assistant the same, small talk (a greeting), whatever a judging word may read as ("pretty good,
    you?" judges no film: none is named). The last clause only asks back; the others only say how the speaker is."""
    if not clauses:
        return False
    *said, back = clauses
    if "and" in back and not said:  # "fine thanks and you": the question back joined by "and"
        at = len(back) - 1 - back[::-1].index("and")
        said, back = [back[:at]], back[at:]
    if not said or not set(back) <= ASKED_BACK or not set(back) & ASKED_BACK_ADDRESSEE:
        return False
    words = {w for clause in said for w in clause}
    return bool(words & WELLBEING_WORDS) and words <= WELLBEING_WORDS | WELLBEING_PADDING
