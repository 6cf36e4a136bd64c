"""Questions to the assistant about its own taste and experience: "are you a fan of <a>?", "do you like <a>'s
movies?", "did you ever watch <the film> as a kid?", "do you have a fav <director> movie?", "would you rather …",
"i never read any of their work, did you?"; or its judgement: "is it really good?", "how was it?", "should i watch
it?", "which is better, the book or the movie?", "does the theme song make your ears bleed?", "did you cry?".

The asker addresses the assistant ("you", "your", "u", "ya") with a verb of taste (like, love, enjoy, prefer, be a
fan of, would rather, have a favourite) or of experience (see, watch, read, listen to) and an object. Such a question
asks about the assistant, not about the object: the answer is the assistant's honest one (it can't watch, read or
listen; it has no favourite), then what the store holds about the object. This module finds the structure and
where its object is; bot/understanding/reading.py decides whether the object is this film, one of its people or
works, or something else (then the question is left to the other rules: a refusal or the persona).

"Do you know who plays <a>?", "can you tell me who directed it?", "have you got the runtime?", "have you heard of
<a>?", "did you see what <a> said?", "where do you watch it?" ask facts: their verbs are not of taste, their object
is a question, or "you" is anyone. Rasa-free; tested on its own.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from bot.understanding.film_talk import ASSISTANT_POSSESSIVES, FAVOURITE_OBJECTS, FAVOURITE_WORDS, OPENERS

# What the assistant is asked: whether it has seen/read/heard the object, or its taste (liking, favourite).
WATCHED = "watched"
FAVOURITE = "favourite"
TASTE = "taste"
# Its opinion of something: "what did you think of <a>?", "wasn't <a> excellent?".
OPINION = "opinion"
# Whether it knows of something: "ever heard of it?", "have you heard of <the title>?" (of this film or its novel
# only: whether it knows of anyone or anything else is a fact about them, left to the other rules).
KNOWN = "known"

# "<a list of names>, any you like?", "anyone you liked?": "is there any (that) you like", its verb unsaid.
ANY_ELIDED = frozenset({"any", "anyone", "anybody", "anything"})
# "yo" is "you" mistyped only after an asking auxiliary ("did yo ever see <X>?"); alone it greets.
YOU = frozenset({"you", "ya", "yourself", "yo"})
# The auxiliary that makes "you" the subject of a question ("did you", "have you", "are you", "would you rather").
ASKING = frozenset(
    {"do", "did", "have", "had", "are", "were", "would", "don't", "didn't", "haven't", "hadn't", "aren't", "wouldn't"}
    | {"what'd", "whatd"}  # "what'd you think of it?": "what did"
)
# Words between "you" and its verb: "did you ever see", "are you by any chance a fan".
ADVERBS = frozenset(
    """ever also really still even actually personally yourself too usually generally honestly by any chance only just
    perhaps maybe already yet guys folks all both""".split()  # "what do you guys think of it?": the assistant, plural
)
TASTE_VERBS = frozenset({"like", "love", "enjoy", "prefer", "dig", "fancy", "dislike", "hate", "liked", "loved"})
SEEING_VERBS = frozenset({"see", "seen", "saw", "watch", "watched", "catch", "caught", "tried"})  # "have you tried it?"
READING_VERBS = frozenset({"read"})
# "did you hear <news>?" asks whether the assistant knows of it, not whether it listened: only "listen (to)".
HEARING_VERBS = frozenset({"listen", "listened"})
EXPERIENCE_VERBS = SEEING_VERBS | READING_VERBS | HEARING_VERBS
# What a viewer does at a film: "did you cry at the end?", "did you laugh?".
CRYING_VERBS = frozenset({"cry", "cried", "laugh", "laughed", "tear", "sob", "sobbed"})
# After the verb, a question or a mention rather than an object: "did you see what <a> said", "have you heard
# of <a>" (whether the assistant knows of someone is a fact about them), "do you like to …" (a verb follows).
NOT_AN_OBJECT = frozenset({"what", "how", "that", "if", "whether", "who", "why", "where", "when", "of", "about", "to"})
# A "you" that is anyone: "where do you watch it?", "how do you see it on a tv?". "How do you like <a>?" asks taste.
ANYONE_ASKED = frozenset({"where", "how", "when", "why", "can", "could"})
FAN_WORDS = frozenset({"fan", "fans"})
FAN_ARTICLE = frozenset({"a", "an", "big", "huge", "real"})
FAN_REACH = 7  # "are you by any chance a fan of the actor, <a>?"
# "would you like to …" offers; "would you like <a>?" is rare: "would" asks taste only with "rather".
OFFERING = frozenset({"would", "wouldn't"})
# After the verb of a final tag the object stands before: "what disney film do you like most?"
TAG_ENDINGS = frozenset({"most", "best", "more", "the"})
# The speaker's own verb a final "did you?" / "do you?" repeats: "i never read any of their work, did you?".
SPEAKERS = frozenset({"i", "i've", "ive", "i'd", "we", "we've"})


WH_ASKED = frozenset({"what", "which", "who", "whose", "where", "when", "why", "how"})
# The auxiliary of a question about what the assistant is (or was) doing: "were you watching it?".
PROGRESSIVE_ASKING = frozenset({"are", "were", "aren't", "weren't"})
# "are you interested in watching <the film>?": the verb of experience after "interested in".
EXPERIENCE_GERUNDS = frozenset({"watching", "seeing", "reading", "listening"})
# Verbs of an opinion whose tag asks the assistant's ("i think <a> is great, don't you?", "..., don't you think?").
OPINION_TAGS = frozenset({"think", "agree", "say", "believe", "feel"})
# Closing tags that ask the asker's own words back of the assistant.
ABOUT_YOU_TAGS = (
    # "<a> is my favorite character... what's yours?": the asker's favourite asked back
    ("what's", "yours"),
    ("whats", "yours"),
    ("what", "is", "yours"),
    ("what", "about", "yours"),
    ("how", "about", "yours"),
    ("and", "yours"),
    ("what", "about", "you"),
    ("how", "about", "you"),
    ("what", "about", "yourself"),
    ("how", "about", "yourself"),
    ("and", "you"),
    ("and", "yourself"),
)
# "what do you think of <a>?", "how do you feel about <a>?": the assistant's opinion of the object after "of".
THINKING_VERBS = frozenset({"think", "thought", "feel", "felt"})
OPINION_OBJECT_MARKERS = frozenset({"of", "about"})
# "don't you think <a> is talented?": a judgement the assistant is asked to share.
NEGATED_ASKING = frozenset({"don't", "dont", "didn't", "didnt", "wouldn't", "wouldnt"})
# "wasn't <a> excellent?", "isn't <a> fabulous?": a negated question that a word of judgement ends asks the
# listener to agree, an opinion; "isn't it a romance?" (a kind, no judgement) asks a fact.
NEGATED_COPULAS = frozenset({"isn't", "wasn't", "aren't", "weren't", "isnt", "wasnt", "arent", "werent"})
JUDGEMENT_WORDS = frozenset(
    """excellent fabulous great amazing awesome wonderful brilliant fantastic beautiful gorgeous talented incredible
    lovely superb terrific stunning perfect adorable magnificent marvelous marvellous outstanding phenomenal cute
    terrible awful overrated underrated""".split()
)
INTENSIFIERS = frozenset({"so", "just", "really", "very", "truly", "simply", "absolutely", "pretty", "too"})
# "your opinion of <a>", "your thoughts on <a>", "any thoughts on <a>?": the assistant's opinion named by a noun.
OPINION_NOUNS = frozenset({"opinion", "opinions", "thoughts", "take", "view", "views", "impression", "impressions"})
OPINION_NOUN_OWNERS = frozenset({"your", "ur", "yr", "any"})
OPINION_NOUN_MARKERS = OPINION_OBJECT_MARKERS | {"on", "regarding"}
# "how did you find <a>?": how it struck the assistant; "did you find it?" asks nothing of the kind.
FINDING_VERBS = frozenset({"find", "found"})
# "anyone else think <a> was miscast?", "am i the only one who thought <a>?", "is it just me or <a>?": an opinion
# put to whoever listens, the assistant among them.
CANVASSING = (
    ("does", "anyone", "else", "think"),
    ("does", "anybody", "else", "think"),
    ("anyone", "else", "think"),
    ("anybody", "else", "think"),
    ("anyone", "else", "thinks"),
    # "am i the only one who thought …", "… that seems affected by <the film>?": what others made of it
    ("am", "i", "the", "only", "one", "who"),
    ("am", "i", "the", "only", "one", "that"),
    ("is", "it", "just", "me", "or"),
)
# "is it really good?", "is the book any good?", "is it worth watching?": a judgement of worth asked, the asker's
# question to whoever has seen it; "is it sad?" (a kind) and "is it good for kids?" (a fit) are facts.
COPULAS = frozenset({"is", "was", "are", "were"})
WORTH_WORDS = frozenset({"good", "bad"})
WORTH_PHRASES = (("worth", "it"), ("worth", "watching"), ("worth", "reading"), ("worth", "seeing"))
WORTH_INTENSIFIERS = INTENSIFIERS | {"any", "actually"}
# "should i watch it?", "should i read the books?": advice to see or read something asked of the assistant.
ADVICE_OPENINGS = (("should", "i"), ("should", "we"), ("shall", "i"), ("do", "you", "recommend"))
# "which is better, the book or the movie?", "which one is best?": a preference between things, the assistant's.
WHICH_BETTER = frozenset({"better", "best", "worse", "worst"})
WHICH_HEADS = frozenset({"which", "whats", "what's"})
# "does the theme song make your ears bleed?": what something does to the assistant ("make you cry" is the
# genre's tears, a claim of the vocabulary).
MAKING_VERBS = frozenset({"make", "makes", "made"})

# A question without its "you": "would rather watch <a> or <b>?", "ever seen it?", "seen the movie?".
ELIDED_OPENINGS = frozenset({"would", "ever", "seen", "watched"})
# The auxiliary of a question asked in a statement's order: "you don't like it, do you?", "you never saw it?".
STATED_AUXILIARIES = frozenset({"don't", "dont", "do", "did", "didn't", "didnt", "never"})
# Who may have done something "ever" in a statement ("the saddest film i've ever seen", "has she ever been in …").
EVER_SUBJECTS = frozenset(
    {"i", "i'd", "im", "i'm", "ive", "he", "she", "they", "it", "has", "have", "hasn't", "haven't", "is", "was"}
    | {"he's", "she's", "they've", "we'd", "anyone", "anybody", "nobody", "no", "than", "if", "hardly", "best", "worst"}
)
# "do you go to the theaters and watch?": going to where films are shown is watching them.
GOING_VERBS = frozenset({"go", "went"})
# "pique your interest?", "does it interest you?": the assistant's taste for what was said before.
INTEREST_PHRASES = (
    ("pique", "your", "interest"),
    ("piques", "your", "interest"),
    ("interest", "you"),
    ("interests", "you"),
)
# "are you going to watch it?", "are you gonna read the book?": an intention to see or read, asked of the
# assistant as its experience is.
# "does the song make your ears bleed?", "what movie does it remind you of?": the thing asked of stands after these.
THING_ASKING = ASKING | {"does", "doesn't", "doesnt"}
INTEREST_AUXILIARIES = ASKING | {"does", "doesn't", "will"}  # "does it interest you?": the object follows them
INTENDING = (("going", "to"), ("gonna",), ("planning", "to"), ("planning", "on"), ("plan", "to"))
# "did you get a chance to watch it?", "have you managed to see it?": the chance had leads to the verb done.
CHANCE_HAD = (
    ("get", "to"),
    ("got", "to"),
    ("get", "a", "chance", "to"),
    ("had", "a", "chance", "to"),
    ("get", "the", "chance", "to"),
    ("had", "the", "chance", "to"),
    ("manage", "to"),
    ("managed", "to"),
    ("get", "around", "to"),
    ("gotten", "around", "to"),
)
WATCHING_PLACES = frozenset({"theaters", "theatres", "theater", "theatre", "cinema", "cinemas", "movies", "pictures"})


@dataclass(frozen=True)
class TasteAsked:
    """The assistant's taste or experience asked: its kind (WATCHED, FAVOURITE or TASTE), the verb's index and
    where its object is (word indices [start, end))."""

    kind: str
    verb: int
    start: int
    end: int


def about_you(words: Sequence[str]) -> int | None:
    """Where a closing "what about you?", "how about you?", "and you?" starts: the asker's own words before it are
    asked back of the assistant ("like to read more, especially <a>. what about you?"); None without one."""
    for tag in ABOUT_YOU_TAGS:
        if len(words) >= len(tag) and tuple(words[-len(tag) :]) == tag:
            return len(words) - len(tag)
    return None


def taste_asked(words: Sequence[str]) -> TasteAsked | None:
    """The first place where the message asks the assistant's own taste or experience, or None."""
    tag = about_you(words)
    if tag is not None:  # the object is what the asker said of their own taste before the tag
        return TasteAsked(TASTE, len(words) - 1, 0, tag)
    opening = _opening(words)
    interest = _interest_of_yours(words, opening)
    if interest is not None:
        return interest
    agreement = (
        _judgement_to_agree_with(words, opening)
        or _judgement_tagged(words, opening)
        or _worth_asked(words, opening)
        or _how_it_was(words, opening)
    )
    if agreement is not None:
        return agreement
    advice = _advice_asked(words, opening) or _preference_asked(words, opening) or _done_to_you(words, opening)
    if advice is not None:
        return advice
    reminded = _reminds_you(words)
    if reminded is not None:
        return reminded
    for canvass in CANVASSING:
        end = opening + len(canvass)
        if tuple(words[opening:end]) == canvass and end < len(words):
            return TasteAsked(OPINION, end - 1, end, len(words))  # "anyone else think <a> was miscast?"
    for at, word in enumerate(words[1:-1], 1):
        if word in OPINION_NOUNS and words[at - 1] in OPINION_NOUN_OWNERS and words[at + 1] in OPINION_NOUN_MARKERS:
            return TasteAsked(OPINION, at, at + 2, len(words))  # "what's your take on <a>?"
    if words[:1] and words[0] in ELIDED_OPENINGS:  # "would rather watch <a> or <b>?", "ever seen it?": "you" unsaid
        elided = _verb_after(words, 0, 1 if words[0] in OFFERING else 0)
        if elided is not None:
            return elided
    for at in range(1, len(words)):
        # "I'm reading <the title>. Ever heard of it?": a later sentence opened by "ever", its "you" unsaid (not "have
        # you ever", "the best i've ever seen")
        if words[at] == "ever" and _ever_opens(words, at):
            elided = _verb_after(words, at, at)
            if elided is not None:
                return elided
    for at, word in enumerate(words):
        if word in ASSISTANT_POSSESSIVES and at + 1 < len(words) and words[at + 1] in FAVOURITE_WORDS:
            return TasteAsked(FAVOURITE, at + 1, at + 2, len(words))  # "what's your favourite <a> movie?"
        if word in ASSISTANT_POSSESSIVES and words[at + 1 : at + 2] and words[at + 1] in YOUR_KIND:
            # "is this your type of film?": the thing before it, after the copula that asks
            start = opening + 1 if words[opening : opening + 1] and words[opening] in COPULAS_ASKING else opening
            return TasteAsked(TASTE, at + 1, start, at)
        if word not in YOU:
            continue
        asked = _asked_of_you(words, at)
        if asked is not None:
            return asked
    return None


# "is this your type of film?", "is it your cup of tea?": what suits the assistant's taste.
YOUR_KIND = frozenset({"type", "kind", "sort", "cup", "thing", "jam"})
COPULAS_ASKING = frozenset({"is", "was", "isn't", "wasn't", "would", "will"})


# The kinds of taste the assistant can decline outright when their object is nothing of this film: whether it has
# seen, liked or has a favourite (its opinion of a claim, or whether it knows of something, are facts about them).
DECLINABLE = frozenset({WATCHED, FAVOURITE, TASTE})


# Asking for something to watch: "any recommendations?", "can you suggest a good horror movie?", "any musicals
# similar to <the film>?" (as typed, misspellings too).
RECOMMENDING = frozenset(
    """recommend recommends recommendation recommendations reccomend reccomendation reccomendations recomend
    recomendation recomendations suggest suggestion suggestions""".split()
)
SIMILAR_WORDS = frozenset({"similar", "like"})
SIMILAR_LINKS = frozenset({"are", "that", "which", "just"})
SIMILAR_ASKERS = frozenset({"any", "other", "what", "which", "some"})
# Works one may be pointed to: a plural, or a singular after a word of some unnamed one ("a good horror movie").
WORKS_TO_WATCH = frozenset("movies films shows dramas series musicals anime animes flicks books novels songs".split())
WORK_TO_WATCH = frozenset({"movie", "film", "show", "drama", "musical", "flick", "book", "novel", "song"})
SOME_WORK = frozenset({"a", "an", "any", "another", "other", "some", "good", "great", "new", "newer", "fun"})
RECOMMENDED_ANY = frozenset({"any", "some", "got", "have", "give"})
RECOMMENDED_POINTED = frozenset({"it", "this", "them"})
RECOMMENDED_THE = frozenset({"the", "that"})  # "recommend the movie to …" (not "recommend that i …")


def _pointed_after(words: Sequence[str], at: int) -> bool:
    """Whether the words at `at` point at the film talked of: "it", "this", "the movie", "that book"."""
    said = list(words[at : at + 2])
    return bool(said) and (
        said[0] in RECOMMENDED_POINTED or (said[0] in RECOMMENDED_THE and said[1:] != [] and said[1] in WORK_TO_WATCH)
    )


def recommendation_asked(words: Sequence[str]) -> int | None:
    """ "Do you have any movies to recommend?", "I need a good horror movie - any recommendations?", "any musicals
    similar to <the film>?": other works to watch, read or hear asked of the assistant, which helps with this film
    only. Where the asking word is ("recommend", "like"), or None; "would you recommend this movie?" asks its advice
    of this film (the advice rules')."""
    unnamed = [at for at, word in enumerate(words) if word in WORKS_TO_WATCH] + [
        at for at, word in enumerate(words[1:], 1) if word in WORK_TO_WATCH and words[at - 1] in SOME_WORK
    ]
    recommending = next((at for at, word in enumerate(words) if word in RECOMMENDING), None)
    if recommending is not None:
        if _pointed_after(words, recommending + 1):
            return None  # "would you recommend it to fans of romance movies?": its advice of this film
        if unnamed or (recommending and words[recommending - 1] in RECOMMENDED_ANY):
            return recommending
    for at in unnamed:  # "any movies like <a>?", "what films are similar to <a>?"
        between = 1 + (at + 2 < len(words) and words[at + 1] in SIMILAR_LINKS)
        asker = SIMILAR_ASKERS & set(words[max(0, at - 2) : at])  # "any (other) movies like", not "a few movies like"
        if at + between < len(words) and words[at + between] in SIMILAR_WORDS and asker:
            return at + between
    return None


def taste_of_its_own(words: Sequence[str]) -> TasteAsked | None:
    """ "What's your favorite band?", "do you like dogs?", "i like rock. what about you?": the assistant's own taste
    or experience asked, whatever its object; None when nothing of the kind is asked. A closing "what about you?"
    asks taste only after the asker's own taste ("i'm sam. what about you?" asks a name back)."""
    invited = invited_to_watch(words)
    if invited is not None:
        return invited
    asked = taste_asked(words)
    if asked is None or asked.kind not in DECLINABLE:
        return None
    if asked.start >= asked.end and asked.kind != FAVOURITE:
        return None  # "what'd you say?": no object, no taste ("what's your favourite?" has its own)
    tag = about_you(words)
    if tag is not None and not set(words[:tag]) & (TASTE_VERBS | EXPERIENCE_VERBS | FAVOURITE_WORDS):
        return None
    return asked


# An invitation to the listener: "do you want to go to a movie?", "would you like to see a film sometime?", "does
# anyone want to come to the movies?", "what do you want to watch?".
INVITING = (
    ("you", "want", "to"),
    ("you", "wanna"),
    ("you", "really", "want", "to"),
    ("you", "really", "wanna"),
    ("you", "like", "to"),
    ("anyone", "want", "to"),
    ("anybody", "want", "to"),
    ("want", "to", "go"),
    ("wanna", "go"),
)
# What an invitation is to: watching a film, or going where films are shown.
WATCHING_INVITED = SEEING_VERBS | WATCHING_PLACES | frozenset({"movie", "film", "films", "show", "flick"})
INVITATION_REACH = 5  # "do you want to go to a movie on friday?": the film within so many words of the invitation


def invited_to_watch(words: Sequence[str]) -> TasteAsked | None:
    """ "Do you want to go to a movie on Friday?": the assistant invited to watch, which it cannot (WATCHED); the
    object is what follows the invitation."""
    for lead in INVITING:
        for at in range(len(words) - len(lead) + 1):
            if tuple(words[at : at + len(lead)]) != lead:
                continue
            end = at + len(lead)
            if WATCHING_INVITED & set(words[end : end + INVITATION_REACH]):
                return TasteAsked(WATCHED, end - 1, end, len(words))
    return None


# A tag that turns a statement into a question to confirm: "you read the novel, right?".
CONFIRMING_TAGS = frozenset({"right", "correct", "yeah", "huh", "innit", "yes"})


# Words that open an indirect question ("… if you saw it"), and those before "if" that make it a condition.
INDIRECT_ASKING = frozenset({"if", "whether"})
CONDITION_OPENERS = frozenset({",", ".", "and", "but", "so", "even", "only", "okay", "ok", "well"})


def _asked_of_you(words: Sequence[str], you: int) -> TasteAsked | None:
    before = words[you - 1] if you else ""
    confirmed = words[-1] in CONFIRMING_TAGS and you + 2 < len(words) - 1
    if confirmed and words[you + 1] in EXPERIENCE_VERBS | TASTE_VERBS:
        # "…except for the novel. you read the novel, right?": a statement of the assistant's experience to confirm
        kind = WATCHED if words[you + 1] in EXPERIENCE_VERBS else TASTE
        return TasteAsked(kind, you + 1, you + 2, len(words) - 1)
    # "I asked you earlier if you saw his new movie": an indirect question, after the verb that asks it (a
    # conditional "if you like romance, …" opens its sentence and asks nothing of the assistant)
    indirect = before in INDIRECT_ASKING and you >= 2 and words[you - 2] not in CONDITION_OPENERS
    if you and before not in ASKING | OPENERS | ANY_ELIDED and not indirect:
        return None  # "i told you", "can you tell me …": not a question of the assistant's taste
    after_you = set(words[you + 1 : you + 3])
    if "how" in words[:you] and after_you & FINDING_VERBS and you + 2 < len(words) and words[you + 2] != "out":
        return TasteAsked(OPINION, you + 1, you + 2, len(words))  # "how did you find the movie?"
    habit = any(w == "how" and words[i + 1 : i + 2] in (["often"], ["frequently"]) for i, w in enumerate(words[:you]))
    if ANYONE_ASKED & set(words[:you]) and not (TASTE_VERBS | THINKING_VERBS) & after_you and not habit:
        return None  # (but "how often do you watch it?" asks the assistant's own habit)
    if you == len(words) - 1 or (you == len(words) - 2 and words[-1] in ADVERBS):
        return _speakers_verb_repeated(words, you)  # "..., did you?", "..., do you too?"
    if you == len(words) - 2 and words[-1] in OPINION_TAGS and before in ASKING:
        return TasteAsked(TASTE, you + 1, 0, max(0, you - 1))  # "they worked well together, don't you think?"
    if before in OFFERING and "rather" not in words[you + 1 : you + 3]:
        wished = you + 3
        if words[:1] and words[0] in WISH_ASKERS and _wished_experience(words, you):
            return TasteAsked(TASTE, wished, wished + 1, len(words))  # "which music would you like to hear?"
        return None  # "would you like to come to my party?": an offer, not a question of taste
    if before in ASKING and words[you + 1 : you + 2] and words[you + 1] in CARING_VERBS and you + 2 < len(words):
        return TasteAsked(TASTE, you + 1, you + 2, len(words))  # "do you care if the movie is out yet?"
    if you == _opening(words) and words[you + 1 : you + 2] and words[you + 1] in STATED_AUXILIARIES:
        # "you don't like <the title>, do you?", "you never saw it?": asked in a statement's order
        return _verb_after(words, you, you + 2)
    return _verb_after(words, you, you + 1)


# Whether something matters to the assistant: "do you care if it is out yet?", "did you care about the ending?".
CARING_VERBS = frozenset({"care", "cared"})


# "which music would you like to hear?", "what would you like to watch next?": a wh-question asks what the assistant
# wishes to see, read or hear, its taste (a yes/no "would you like to …" offers something).
WISH_ASKERS = frozenset({"what", "which", "whose"})
WISHED_VERBS = EXPERIENCE_VERBS | {"hear", "listen"}


def _wished_experience(words: Sequence[str], you: int) -> bool:
    """Whether "you" at `you` is followed by "like to <see, read or hear>"."""
    return (
        words[you + 1 : you + 3] == ["like", "to"] and words[you + 3 : you + 4] != [] and words[you + 3] in WISHED_VERBS
    )


def _verb_after(words: Sequence[str], you: int, at: int) -> TasteAsked | None:
    """The verb of taste or experience at `at` (adverbs skipped) with "you" (said or unsaid) at `you`, or None."""
    while at < len(words) and words[at] in ADVERBS:
        at += 1
    if at >= len(words):
        return None
    verb = words[at]
    if verb in GOING_VERBS:
        return _going_to_watch(words, at)
    intended = _intended_verb(words, at)
    if intended is not None:  # "are you going to watch it?": the watching intended is asked as watching done
        return _verb_after(words, you, intended) if words[intended] in EXPERIENCE_VERBS else None
    if verb == "rather":
        return TasteAsked(TASTE, at, at + 1, len(words))
    if verb in THINKING_VERBS and at + 2 < len(words) and words[at + 1] in OPINION_OBJECT_MARKERS:
        return TasteAsked(OPINION, at, at + 2, len(words))  # "what did you think of <a>?"
    if verb in THINKING_VERBS and you and words[you - 1] in NEGATED_ASKING and words[-1] in JUDGEMENT_WORDS:
        return TasteAsked(OPINION, at, at + 1, len(words) - 1)  # "don't you think <a> is talented?"
    if verb == "have" and at + 2 < len(words) and words[at + 2] in FAVOURITE_WORDS:
        return TasteAsked(FAVOURITE, at + 2, at + 3, len(words))  # "do you have a fav <director> movie?"
    if verb in FAN_ARTICLE or verb in FAN_WORDS or verb == "into":
        return _fan_of(words, you, at)
    if verb == "interested" and words[at + 1 : at + 2] == ["in"]:
        return _interested_in(words, at)
    if verb in TASTE_VERBS | EXPERIENCE_VERBS:
        return _verb_and_object(words, you, at)
    if verb in EXPERIENCE_GERUNDS and you and words[you - 1] in PROGRESSIVE_ASKING and not WH_ASKED & set(words[:you]):
        # "were you watching netflix?", "are you reading it?" (but "which movie are you watching if …?" asks a title)
        return TasteAsked(WATCHED, at, at + 1, len(words))
    if verb == "been" and words[at + 1 : at + 2] and words[at + 1] in EXPERIENCE_GERUNDS:
        return TasteAsked(WATCHED, at + 1, at + 2, len(words))  # "had you been watching it since …?"
    if verb in CRYING_VERBS:  # "did you cry at the end?": it watched nothing to cry at
        return TasteAsked(WATCHED, at, at + 1, len(words))
    if verb in ("hear", "heard") and SONG_NOUNS & set(words[at + 1 : at + 3]):
        return _verb_and_object(words, you, at)  # "do you hear songs of <a>?": listening, not news heard
    return None


def _opening(words: Sequence[str]) -> int:
    """Where the question opens, after words that only open a turn ("so", "well", "oh")."""
    return next((at for at, word in enumerate(words) if word not in OPENERS), len(words))


def _judgement_to_agree_with(words: Sequence[str], opening: int) -> TasteAsked | None:
    """ "wasn't <a> excellent?", "isn't <a> just fabulous?": the object between the negated copula that opens the
    question (at `opening`) and the word of judgement that ends it."""
    if opening >= len(words) - 2 or words[opening] not in NEGATED_COPULAS or words[-1] not in JUDGEMENT_WORDS:
        return None
    end = len(words) - 1
    while end > opening + 1 and words[end - 1] in INTENSIFIERS:
        end -= 1
    return TasteAsked(OPINION, len(words) - 1, opening + 1, end) if end > opening + 1 else None


# "It's a good movie, isn't it?": a judgement of the film said, then a tag that asks to agree with it.
JUDGED_SUBJECTS = (("it's",), ("its",), ("it", "is"), ("it", "was"), ("this", "is"), ("that's",), ("that", "was"))
AGREEMENT_TAGS = (("isn't", "it"), ("wasn't", "it"), ("isnt", "it"), ("wasnt", "it"), ("right",), ("no",), ("eh",))
JUDGED_PADDING = frozenset({"a", "an", "such", "so", "really", "very", "pretty", "truly", "film", "movie", "flick"})


def _judgement_tagged(words: Sequence[str], opening: int) -> TasteAsked | None:
    """ "It's a good movie, isn't it?", "it was great, right?": the film judged, then a tag asking to agree."""
    subject = next((s for s in JUDGED_SUBJECTS if tuple(words[opening : opening + len(s)]) == s), None)
    tag = next((t for t in AGREEMENT_TAGS if tuple(words[-len(t) :]) == t), None)
    if subject is None or tag is None:
        return None
    said = words[opening + len(subject) : len(words) - len(tag)]
    judged = [at for at, word in enumerate(said) if word in JUDGEMENT_WORDS | WORTH_WORDS]
    if len(judged) != 1 or not set(said) - {said[judged[0]]} <= JUDGED_PADDING:
        return None
    return TasteAsked(OPINION, opening + len(subject) + judged[0], opening, opening + 1)


def _worth_asked(words: Sequence[str], opening: int) -> TasteAsked | None:
    """ "is it really good?", "was the book any good?", "is it worth watching?": the object between the copula
    that opens the question (at `opening`) and the judgement of worth that ends it."""
    if opening >= len(words) - 2 or words[opening] not in COPULAS:
        return None
    end = len(words) - 1
    if tuple(words[-2:]) in WORTH_PHRASES:
        end = len(words) - 2
    elif words[-1] not in WORTH_WORDS:
        return None
    judged = end
    while end > opening + 1 and words[end - 1] in WORTH_INTENSIFIERS:
        end -= 1
    return TasteAsked(OPINION, judged, opening + 1, end) if end > opening + 1 else None


def _how_it_was(words: Sequence[str], opening: int) -> TasteAsked | None:
    """ "how was it?", "how was the movie?", "how is the film?": how the film struck whoever saw it; "how was it
    made?" asks a fact, and only a film pointed at ("it", "the movie") is judged so."""
    if words[opening : opening + 1] != ["how"] or words[opening + 1 : opening + 2] not in (["was"], ["is"]):
        return None
    start = opening + 2
    if start >= len(words) or not pointing_only(words[start:]) or not set(words[start:]) & FILM_POINTERS:
        return None
    if words[opening + 1] == "is" and not set(words[start:]) & FILM_NOUNS:
        return None  # "how is it?" may greet ("how is it going"); "how is the movie?" judges it
    return TasteAsked(OPINION, opening + 1, start, len(words))


def _advice_asked(words: Sequence[str], opening: int) -> TasteAsked | None:
    """ "should i watch it?", "should i read <the title> books?": whether the assistant would advise seeing or
    reading something, its taste; "where should i watch it?" (a wh-word before) asks a fact."""
    for advice in ADVICE_OPENINGS:
        verb = opening + len(advice)
        if tuple(words[opening:verb]) != advice or verb >= len(words):
            continue
        if advice[-1] == "recommend":
            return TasteAsked(OPINION, verb - 1, verb, len(words))  # "do you recommend <the film>?"
        while verb < len(words) - 1 and words[verb] in ADVERBS | {"go", "and", "bother"}:
            verb += 1  # "should i actually go and see it?", "should i bother watching it?"
        end = len(words) - 2 if tuple(words[-2:]) == ("or", "not") else len(words)  # "should i watch it or not?"
        if words[verb] in EXPERIENCE_VERBS | EXPERIENCE_GERUNDS and verb + 1 < end:
            return TasteAsked(OPINION, verb, verb + 1, end)
    return None


def _preference_asked(words: Sequence[str], opening: int) -> TasteAsked | None:
    """ "which is better, the book or the movie?", "which one is best?", "what's better?": the assistant's
    preference, of which it has none; the object is what follows the comparison (nothing: what the conversation
    is about). "What's the best way to watch it?" asks a fact: after "what's" the comparison must end the question."""
    at = opening
    if at >= len(words) or words[at] not in WHICH_HEADS:
        return None
    which = words[at] == "which"
    at += 1
    if which:
        if words[at : at + 1] == ["one"]:  # "which one is best?"
            at += 1
        if words[at : at + 1] not in (["is"], ["was"]):
            return None
        at += 1
    if words[at : at + 1] == ["the"]:  # "which is the best scene?"
        at += 1
    if at >= len(words) or words[at] not in WHICH_BETTER or not (which or at + 1 == len(words)):
        return None
    rest = [w for w in words[at + 1 :] if w not in OBJECT_PADDING]
    # "which is better, <a> or <b>?", "which is the best scene?"; "which is the best <title> movie?" ranks films
    if not rest or "or" in rest or set(rest) <= FAVOURITE_OBJECTS:
        return TasteAsked(FAVOURITE, at, at + 1, len(words))
    return None


def _done_to_you(words: Sequence[str], opening: int) -> TasteAsked | None:
    """ "does the theme song make your ears bleed?": what the object does to the assistant, its taste; the object
    is between the opening auxiliary and the verb of making."""
    if opening >= len(words) or words[opening] not in THING_ASKING:
        return None
    for at in range(opening + 2, len(words) - 1):
        if words[at] in MAKING_VERBS and words[at + 1] in ASSISTANT_POSSESSIVES:
            return TasteAsked(OPINION, at, opening + 1, at)
    return None


# "What movie does <the film> remind you of?", "it reminds me of <a>, does it remind you of it?": what the object
# brings to the assistant's mind, its own taste and memory of films (the object stands before the verb).
REMINDING_VERBS = frozenset({"remind", "reminds", "reminded"})
ASSISTANT_OBJECTS = frozenset({"you", "u", "ya"})


def _reminds_you(words: Sequence[str]) -> TasteAsked | None:
    for at in range(1, len(words) - 1):
        if words[at] in REMINDING_VERBS and words[at + 1] in ASSISTANT_OBJECTS:
            auxiliary = max((i for i in range(at) if words[i] in THING_ASKING), default=-1)
            return TasteAsked(OPINION, at, auxiliary + 1, at)
    return None


def _intended_verb(words: Sequence[str], at: int) -> int | None:
    """Where the verb after "going to", "gonna", "planning to" or "get a chance to" at `at` is ("planning to go and
    see it": "see"), or None."""
    for intending in (*INTENDING, *CHANCE_HAD):
        end = at + len(intending)
        if tuple(words[at:end]) == intending and end < len(words):
            if tuple(words[end : end + 2]) in GOING_AND and end + 2 < len(words):
                return end + 2
            return end
    return None


# "are you going to go and see it?", "planning to go see it": the going leads to the verb that is intended.
GOING_AND = frozenset({("go", "and"), ("come", "and")})


def known_asked(words: Sequence[str]) -> TasteAsked | None:
    """ "Have you heard of <the title>?", "ever heard of it?", "<a sentence>. Ever heard of it?": whether the assistant
    knows of the object (bot/understanding/reading.py answers it of this film or its novel only; of anyone or anything
    else it is a fact about them, so `taste_asked` leaves it out)."""
    for at in range(len(words) - 2):
        if words[at] not in ("hear", "heard") or words[at + 1] != "of":
            continue
        before = at - 1
        while before >= 0 and words[before] in ADVERBS - {"ever"}:
            before -= 1
        you_asked = before >= 0 and words[before] in YOU and (before == 0 or words[before - 1] in ASKING | OPENERS)
        ever_asked = before >= 0 and words[before] == "ever"
        if ever_asked and before > 0 and words[before - 1] in YOU:
            you_asked = before - 1 == 0 or words[before - 2] in ASKING | OPENERS
        elif ever_asked:
            you_asked = _ever_opens(words, before)
        if you_asked or at == 0:
            return TasteAsked(KNOWN, at, at + 2, len(words))
    return _known_by_you(words)


# What "do you know" may be followed by when it asks something else: a question ("do you know who plays <a>?",
# "do you know if …") or "about" ("do you know anything about …" asks for facts).
KNOW_ASKS_ON = frozenset(
    "who whom whose what when where why how which if whether that about anything something much more any".split()
)


# Words of a clause after the object: "did you know <the title> was …" tells a claim, it asks of no work known.
CLAUSE_VERBS = frozenset("is was are were has had have did does will would could can be been".split())


# Words that make the object of "do you know" something of a work or of people, not the work itself: "the box office
# ranking of <the title>", "these people", "its introduction as a sight".
NOT_THE_WORK = frozenset(
    "of about as for these those people them its his her their before after which who where when what how".split()
)
# How many words the work known may take: a determiner, a noun and a title.
KNOWN_OBJECT_MAX_WORDS = 6
SENTENCE_ENDS = frozenset({".", "!", "?"})
IT_OPENING_WORDS = 1  # "ok, do you know it?"


def _known_by_you(words: Sequence[str]) -> TasteAsked | None:
    """ "Do you know <the title>?", "do you know the movie <the title>?": whether the assistant knows the work (an
    object right after "know", no question and no clause after it). "Do you know it?" only as the message's one
    sentence: after another one, "it" is what that sentence named ("my favourite song is <a title>! do you know
    it?")."""
    for at in range(1, len(words) - 1):
        if words[at] not in ("know", "knw") or words[at - 1] not in YOU or words[at + 1] in KNOW_ASKS_ON:
            continue
        rest = [w for w in words[at + 1 :] if w not in SENTENCE_ENDS]
        if CLAUSE_VERBS & set(rest) or NOT_THE_WORK & set(rest) or len(rest) > KNOWN_OBJECT_MAX_WORDS:
            continue
        # (the words carry no punctuation: more than an opening word before "do you" is another sentence's)
        if (at >= 2 and words[at - 2] == "did") or (rest == ["it"] and at > IT_OPENING_WORDS + 2):
            continue
        if at - 1 == 0 or words[at - 2] in ASKING | OPENERS:
            return TasteAsked(KNOWN, at, at + 1, len(words))
    return None


def _ever_opens(words: Sequence[str], at: int) -> bool:
    """Whether the "ever" at `at` opens a question with its "you" unsaid: first, or after no subject nor auxiliary
    ("ever heard of it?"; not "have you ever", "the best i've ever seen")."""
    return at == 0 or words[at - 1] not in ASKING | YOU | SPEAKERS | EVER_SUBJECTS


def _interest_of_yours(words: Sequence[str], opening: int) -> TasteAsked | None:
    """ "<a book described>. Pique your interest at all?", "does it interest you?": the assistant's taste for what
    was said before the phrase."""
    for phrase in INTEREST_PHRASES:
        for at in range(opening, len(words) - len(phrase) + 1):
            if tuple(words[at : at + len(phrase)]) == phrase:
                start = opening
                while start < at and words[start] in INTEREST_AUXILIARIES:
                    start += 1
                return TasteAsked(TASTE, at, start, at)
    return None


def _going_to_watch(words: Sequence[str], verb: int) -> TasteAsked | None:
    """ "do you go to the theaters (and watch)?", "do you ever go to the cinema?": whether the assistant watches
    films, asked without a film; its object is what it watches there (nothing named: films, this one among them)."""
    place = next((at for at in range(verb + 1, min(len(words), verb + 4)) if words[at] in WATCHING_PLACES), None)
    if place is None:
        return None
    return TasteAsked(WATCHED, verb, place, len(words))


def _fan_of(words: Sequence[str], you: int, at: int) -> TasteAsked | None:
    """ "are you a fan of <a>?", "are you a <a> fan?", "you a <a> fan by chance?", "are you into <a>?"."""
    if words[at] == "into":
        return TasteAsked(TASTE, at, at + 1, len(words))
    for fan in range(at, min(len(words), at + FAN_REACH)):
        if words[fan] in FAN_WORDS:
            if fan + 1 < len(words) and words[fan + 1] == "of":
                return TasteAsked(TASTE, fan, fan + 2, len(words))
            return TasteAsked(TASTE, fan, at + 1, fan) if fan > at + 1 else None
    return None


def _interested_in(words: Sequence[str], verb: int) -> TasteAsked | None:
    """ "are you interested in watching <the film>?": whether the assistant would watch it; "are you interested in
    <a>?": its taste."""
    start = verb + 2
    if start < len(words) and words[start] in EXPERIENCE_GERUNDS:
        return TasteAsked(WATCHED, start, start + 1, len(words)) if start + 1 < len(words) else None
    return TasteAsked(TASTE, verb, start, len(words)) if start < len(words) else None


def _verb_and_object(words: Sequence[str], you: int, verb: int) -> TasteAsked | None:
    kind = WATCHED if words[verb] in EXPERIENCE_VERBS else TASTE
    rest = words[verb + 1 :]
    if rest[:1] == ["about"] and words[verb] in TASTE_VERBS and len(rest) > 1:
        return TasteAsked(OPINION, verb, verb + 2, len(words))  # "what did you like about it?"
    if rest and rest[0] in NOT_AN_OBJECT:
        return None
    if not rest or set(rest) <= TAG_ENDINGS:  # "what <director> film do you like most?": the object came first
        return TasteAsked(kind, verb, 0, max(0, you - 1))
    # "you don't like <the title>, do you?": the object ends before the closing tag
    tag = next((at for at in range(verb + 2, len(words) - 1) if words[at] in ASKING and words[at + 1] in YOU), None)
    return TasteAsked(kind, verb, verb + 1, len(words) if tag is None else tag)


def _speakers_verb_repeated(words: Sequence[str], you: int) -> TasteAsked | None:
    """ "i never read any of their work, did you?", "i love the song, do you?": the speaker's verb and its object."""
    for at in range(you - 1):
        if words[at] in SPEAKERS:
            for verb in range(at + 1, you - 1):
                if words[verb] in TASTE_VERBS | EXPERIENCE_VERBS:
                    kind = WATCHED if words[verb] in EXPERIENCE_VERBS else TASTE
                    return TasteAsked(kind, verb, verb + 1, you - 1)
                if words[verb] in OPINION_TAGS:  # "<a> may be handsome, but i think he's crazy, don't you?"
                    return TasteAsked(TASTE, verb, 0, you - 1)
    return None


# --- what the object is -------------------------------------------------------------------------------------------
# Nouns of a person's works: "<a>'s movies", "his music", "any of their work".
WORKS_NOUNS = frozenset(
    """movie movies film films work works songs music album albums dramas shows roles ones stuff""".split()
)
BOOK_NOUNS = frozenset({"book", "books", "novel", "novels", "novella"})
SONG_NOUNS = frozenset({"song", "songs", "theme"})
MUSIC_NOUNS = frozenset({"soundtrack", "score", "music", "ost"})
PERSON_POINTERS = frozenset({"his", "her", "their", "him", "them", "hers", "she", "he"})
FILM_POINTERS = frozenset({"it", "this", "that", "movie", "film", "one"})
# Words that point at several things just named: "have you seen any of those?".
LIST_POINTERS = frozenset({"those", "these"})
# What is watched where films are shown: "(go to the theaters) and watch", "the movies", "films there".
WATCHING_WORDS = WATCHING_PLACES | frozenset({"and", "to", "watch", "see", "films", "them", "there", "often", "much"})
# Words of an object that name nothing ("the", "any of", "as a kid", "by the way").
OBJECT_PADDING = frozenset(
    """the a an any of new latest ever yet before already again as kid child by way when you were younger growing
    up in theaters theatres cinema on netflix""".split()
)
# Words that point at one thing the conversation knows: "the book", "their novel", "this song".
DETERMINERS = frozenset({"the", "this", "that", "it", "its", "his", "her", "their"})
# "did you see the trailer?", "have you seen the teaser for it?": the film's trailers.
TRAILER_NOUNS = frozenset({"trailer", "trailers", "teaser", "teasers"})
TRAILER_PADDING = frozenset({"main", "official", "first", "for"})
# "how did you like <a> as <a character>?": a performance judged.
JUDGED_AS = frozenset({"as"})
# "what did you think about <a> and his acting?": a performance, which critics judge (their words of it, or none)
PERFORMANCE_WORDS = frozenset({"acting", "performance", "performances", "portrayal", "role"})


# After a pronoun object, what says when or where it is seen ("it on opening day", "it tonight"), never more object
# (not "with": "should we watch it with my boyfriend?" asks advice for the company).
PRONOUN_OBJECTS = frozenset({"it", "this", "that"})
WHEN_OR_WHERE = frozenset({"on", "in", "at", "tonight", "today", "tomorrow", "yesterday", "soon", "again", "later"})


def _film_pointed(found: set[str], going: bool) -> bool:
    """ "it", "the movie", "that one" (not "movie": films in general); after "go", the places films are watched
    ("do you go to the theaters and watch?")."""
    if going:
        return bool(found & WATCHING_PLACES) and found - OBJECT_PADDING <= FILM_POINTERS | WATCHING_WORDS
    return bool(found & DETERMINERS) and found - OBJECT_PADDING <= FILM_POINTERS


def _known_object(inside: Sequence[str], found: set[str], person_named: bool, film_named: bool) -> TasteReading | None:
    """ "Have you heard of <the title>?": yes (it answers questions about it), then its premise; "of the book": the
    novel; "of the theme song": the song's card. Anything else heard of is left to the other rules."""
    if person_named:
        return None
    if _pointed(inside, BOOK_NOUNS) or (film_named and BOOK_NOUNS & found):
        return TasteReading("ask_novel", None, KNOWN)
    if film_named or _film_pointed(found, going=False) or found - OBJECT_PADDING <= {"it", "that", "this"}:
        return TasteReading("ask_plot", None, KNOWN)
    if _pointed(inside, SONG_NOUNS):  # "have you heard of the theme song?" (its title read as its credit)
        return TasteReading("ask_crew", None, KNOWN)
    return None


def _pointed(inside: Sequence[str], nouns: frozenset[str]) -> bool:
    """One of `nouns` right after a word that points at one known thing ("their book", "the theme song")."""
    return any(
        word in nouns and any(w in DETERMINERS for w in inside[max(0, at - 2) : at]) for at, word in enumerate(inside)
    )


# The reply a kind of taste asked of this film opens with: the film "seen" or "liked".
FILM_TASTE = {WATCHED: WATCHED, FAVOURITE: FAVOURITE, TASTE: FAVOURITE, OPINION: TASTE}
# Where films are watched, named as what is watched: "were you watching netflix?", "do you watch tv?".
SERVICES = frozenset({"netflix", "tv", "television", "youtube", "streaming"})
# Where one watches, not what: "what do you watch on <a service>?", "what do you watch at night?".
WATCHING_ON = frozenset({"on", "at", "in", "during", "these", "nowadays", "lately"})
WH_REACH = 6  # "what kind of shows do you watch?": the wh-word within so many words before the verb
# An object that names no work, only works in general: "what shows do you watch?", "what kind of books do you read?".
# "do you watch films often?": how often the assistant watches, which it never does.
HOW_OFTEN = frozenset({"often", "much", "regularly", "usually", "lot", "a", "every", "day", "week", "night"})
KINDS_IN_GENERAL = frozenset(
    "what which kind kinds type types sort sorts of shows show movies films tv series books music songs dramas".split()
)


FILM_NOUNS = frozenset({"film", "movie", "show", "series", "flick"})


def pointing_only(words: Sequence[str]) -> bool:
    """Words that point at a film without naming it: "it", "the movie", "that one"."""
    return set(words) <= OBJECT_PADDING | FILM_POINTERS


def film_head(words: Sequence[str], title: int, start: int) -> int:
    """Where the object's film opens: a film noun before its title ("the film by <a> called <the title>"), or the
    title itself."""
    nouns = [at for at in range(start, title) if words[at] in FILM_NOUNS]
    return nouns[0] if nouns else title


@dataclass(frozen=True)
class TasteReading:
    """What a taste question asks of the store: the intent answering its object, the topic entity it needs (the
    film's reviews or kinds, or none) and the honest answer's kind (WATCHED, FAVOURITE or TASTE)."""

    intent: str
    topic: str | None
    honest: str


def object_read(
    words: Sequence[str],
    asked: TasteAsked,
    person_named: bool,
    film_named: bool,
    genre_words: frozenset[str],
    part_words: frozenset[str],
    works_listed: bool = False,
) -> TasteReading | None:
    """What the taste question asks of the store, from its object's words: a person of ours named in it (their
    works, or who they are), the novel, the theme song, a kind of film this film is, a person pointed at ("his
    movies"), this film (named or pointed at), a part of it ("your favourite character"); None for anything else
    (another film, person or kind: left to the other rules). `works_listed`: someone's works were named before
    the question, in the same message ("<a> is in <a work> and <a work>. have you seen any of those?")."""
    inside = [w.removesuffix("'s") for w in words[asked.start : asked.end]]
    placed = next((i for i, w in enumerate(inside) if i and w in WHEN_OR_WHERE), None)
    if placed is not None and set(inside[:placed]) <= PRONOUN_OBJECTS | FILM_POINTERS | {"the"}:
        # "see it on opening day", "this film at the cinema": the object is the film; the rest says when or where
        inside = inside[:placed]
    if inside[:1] and inside[0] in WATCHING_ON:
        inside = []  # "what do you watch on <a service>?": where it would watch, no object
    found = set(inside)
    if asked.kind == KNOWN:
        return _known_object(inside, found, person_named, film_named)
    wh_asked = bool({"what", "which"} & set(words[max(0, asked.verb - WH_REACH) : asked.verb]))
    habit = bool(found & HOW_OFTEN) or "often" in words[: asked.verb]  # "how often do you watch movies?"
    if asked.kind == WATCHED and found and found <= SERVICES | OBJECT_PADDING:
        # "were you watching netflix?": the assistant watches nothing anywhere; then the film's reviews
        return TasteReading("ask_fact", "reviews", WATCHED)
    if asked.kind == WATCHED and (wh_asked or habit) and found <= KINDS_IN_GENERAL | HOW_OFTEN:
        # "what do you watch?", "what shows do you watch on tv?": the assistant watches nothing; then the film's reviews
        return TasteReading("ask_fact", "reviews", WATCHED)
    if words[asked.verb] in CRYING_VERBS:  # "did you cry at the end?": it watches nothing; then what critics said
        return TasteReading("ask_fact", "reviews", WATCHED)
    if not found:  # "who's your favorite?": of what the conversation is about, the film
        return TasteReading("ask_fact", "reviews", FAVOURITE) if asked.kind == FAVOURITE else None
    works = bool(WORKS_NOUNS & found)
    if person_named:
        if PERFORMANCE_WORDS & found:
            return None  # left to the reviews of the performance
        if JUDGED_AS & found and asked.kind == OPINION:
            return TasteReading("ask_fact", "reviews", TASTE)  # "anyone else think <a> was miscast as <b>?"
        if JUDGED_AS & found:
            return None  # "how did you like <a> as <a character>?": the performance, judged by critics
        return TasteReading("ask_other_work" if works or asked.kind == FAVOURITE else "ask_person", None, TASTE)
    if _pointed(inside, BOOK_NOUNS) or (film_named and BOOK_NOUNS & found):
        return TasteReading("ask_novel", None, TASTE)  # "their book", "the novel", "<the title> novels"
    if inside[:1] in (["what"], ["which"]) and len(inside) == 2 and inside[1] in BOOK_NOUNS:
        return TasteReading("ask_novel", None, TASTE)  # "what book did you read?": it reads none; then the novel
    said_song = "song" in found and (film_named or "theme" in found) and asked.kind != FAVOURITE
    if found & MUSIC_NOUNS and found <= MUSIC_NOUNS | OBJECT_PADDING | FILM_POINTERS | {"its"}:
        # "did you enjoy the soundtrack?": its music credit; "her music" is a person's (below)
        return TasteReading("ask_crew", None, TASTE)
    if _pointed(inside, SONG_NOUNS) or said_song:
        return TasteReading("ask_crew", None, TASTE)  # "her song <title>", "the song", "<the title>'s theme song"
    if genre_words & found:
        return TasteReading("ask_genre", None, TASTE)
    if found & TRAILER_NOUNS and found <= TRAILER_NOUNS | TRAILER_PADDING | OBJECT_PADDING | FILM_POINTERS:
        # "have you seen the trailer?": it sees none; then when the trailers came out
        return TasteReading("ask_fact", "trailer", WATCHED if asked.kind == WATCHED else TASTE)
    if PERSON_POINTERS & found:
        return TasteReading("ask_other_work" if works else "ask_person", None, TASTE)
    if found & LIST_POINTERS and found <= LIST_POINTERS | OBJECT_PADDING:
        # "have you seen any of those?" after works named: it sees none; then the works of whom they are
        return TasteReading("ask_other_work", None, FILM_TASTE[asked.kind]) if works_listed else None
    if film_named or _film_pointed(found, going=words[asked.verb] in GOING_VERBS):
        return TasteReading("ask_fact", "reviews", FILM_TASTE[asked.kind])
    if asked.kind == OPINION and part_words & found and not WORKS_NOUNS & found:
        return TasteReading("ask_fact", "reviews", TASTE)  # "wasn't the ending beautiful?": what critics said
    if (asked.kind == FAVOURITE or (asked.kind == TASTE and wh_asked)) and part_words & found:
        # "your favourite character?", "what other characters do you like?": it has none; then what critics said
        return TasteReading("ask_fact", "reviews", FAVOURITE)
    return None


def opinion_of_a_part(words: Sequence[str], part_words: frozenset[str]) -> bool:
    """ "Don't you think the ending was pretty wonderful?": the assistant's opinion of a part of the film (its
    ending, its music), whatever word of judgement ends it (the scope guard may take that word for a subject)."""
    asked = taste_asked(words)
    if asked is None or asked.kind != OPINION:
        return False
    inside = set(words[asked.start : asked.end])
    allowed = part_words | OBJECT_PADDING | FILM_POINTERS | DETERMINERS | COPULAS | INTENSIFIERS
    return bool(inside & part_words) and inside <= allowed
