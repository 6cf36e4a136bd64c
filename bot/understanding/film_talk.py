"""People talking about films, not asking about this one.

In a chat about films, many messages name films in general or another film: "what's a good movie for a
date night", "i like sci-fi movies", "any recent movies you'd recommend?", "have you seen Thor?". The
classifier puts them on this film's intents by a shared word ("good movie" is the reviews, "genre" the
genre, "watch" where to watch). Two structures say the message is not about this film:

- *films in general*: a film noun that is indefinite ("a good movie", "any movies", "another film"), a
  bare plural ("comedy movies", "thriller ones") or a superlative ("the best movie to watch"), and
  nothing that points at this film (no "it", "the movie", title, name, pronoun, crew role, nor a
  question about its story, people or making);
- *another work seen or liked*: "have you seen / did you like / do you enjoy <X>", where <X> is no
  word of this film's vocabulary or lexicon ("have you seen the movie frozen?"). "have you seen it?"
  is about this film and stays with the reader (the reviews), and so does "have you seen <the title>?"
  (`seen_this_film`: the assistant's opinion, not where to watch it).

The reader (bot/understanding/reading.py) refuses both: the first as another topic (a follow-up such as
"who directed it?" is still this film), the second as another work. Rasa-free.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from bot.store import FactStore
from bot.understanding.lexicon import Hit, Lexicon, tokens

# Nouns for a film or a kind of film, singular and plural.
FILM_NOUNS = frozenset({"movie", "film", "flick", "comedy", "documentary", "cartoon"})
FILM_PLURALS = frozenset({"movies", "films", "flicks", "comedies", "documentaries", "cartoons"})
# Words before a singular film noun that make it any film, not this one ("a good movie", "any film").
INDEFINITE = frozenset({"a", "an", "any", "another", "some", "other", "good"})
# Words before a plural that make it these films, not films in general ("the movies", "his films").
DEFINITE = frozenset({"the", "these", "those", "its", "his", "her", "their", "both"})
# "the best movie to watch", "the first romantic movie": a superlative picks among all films.
SUPERLATIVES = frozenset(
    {"best", "worst", "first", "top", "greatest", "most", "scariest", "funniest", "saddest", "latest", "newest"}
)
# "what movie should i see", "which films are on tonight": a wh-word before a film noun asks to pick among all films.
WH_DETERMINERS = frozenset({"what", "which", "whats", "what's"})
# "the new movies", "the current films": with "the", words of the day pick among all films of the day.
RECENT = frozenset({"new", "recent", "current", "upcoming", "newest", "latest"})
# Words that point at the film talked about ("what genre of movies is this?"); "that" also relates a
# clause ("a movie that the family can watch").
THIS_WORDS = frozenset({"it", "its", "this", "these", "that"})
# How far back a determiner may stand before its noun ("a good romantic movie").
NOUN_PHRASE = 3
# What people ask when they choose a film: these may go with films in general. Any other attribute
# (the director, the cast, the novel, the plot) asks about this film, whatever else is said.
# Words that give a film's title after its noun: "a movie called <a title>".
NAMING = frozenset({"called", "named", "titled", "entitled"})
CHOOSING = frozenset({"reviews", "genre", "platform", "price", "rating", "family", "imdb", "rotten_tomatoes"})
# "have you seen X", "did you like X", "do you enjoy X": the assistant asked about a work it saw or liked.
ASKED = frozenset({"you", "u", "ya"})
SEEING_VERBS = frozenset(
    {"seen", "see", "saw", "watched", "watch", "like", "liked", "enjoy", "enjoyed", "love", "loved", "heard"}
)
WATCHING = frozenset({"seen", "see", "saw", "watched", "watch"})
# Verbs whose object is a film: "it" after one of them is the film talked about ("can i watch it in <a place>?").
VIEWING_VERBS = WATCHING | frozenset({"stream", "streaming", "view", "rewatch", "binge", "watching"})
POINTING_OBJECTS = frozenset({"it", "this", "that"})


def views_a_pointed_film(words: list[str]) -> bool:
    """A verb of watching with "it"/"this"/"that" for its object: the film the conversation is about."""
    return any(
        verb in VIEWING_VERBS and after in POINTING_OBJECTS for verb, after in zip(words, words[1:], strict=False)
    )


# Words of the object that name no work ("the latest movie of", "any of the").
OBJECT_FILLERS = frozenset(
    """the a an any of latest new newest old original ever yet before about yourself already recently lately too
    again all at once twice far one ones this that it its there here last night year week tonight today now
    yourselves personally really everything anything something nothing much many lot lots""".split()
)
# "on" opens where it is seen, after the object: "can you watch it on TV?" ("TV" is no title).
CLAUSE_END = frozenset(
    {"and", "but", "or", "because", "so", "with", "i", "where", "when", "how", "what", "who", "if", "on"}
)
# The user telling of a work they saw or want to see: "i wanted to see <X>", "i'd love to watch <X>".
TELLERS = frozenset({"i", "i'd", "id", "i've", "ive", "we", "we'd", "we've"})
# Words between the teller and the verb of seeing: "i have never", "i really wanted to", "i'd like to".
TELLER_LEADS = frozenset(
    {
        "have",
        "had",
        "never",
        "just",
        "finally",
        "really",
        "already",
        "also",
        "still",
        "recently",
        "want",
        "wanted",
        "to",
    }
    | {"would", "will", "should", "must", "gotta", "wanna", "need", "needed", "totally", "always", "ever"}
    | {"actually", "honestly", "only", "not", "once"}  # "i've actually never seen <X>", "i have not seen <X>"
)


def _leads_to_verb(words: list[str], at: int) -> bool:
    """A word between the teller and the verb of seeing; "like"/"love" lead only before "to" ("i'd like to see")."""
    return words[at] in TELLER_LEADS or (words[at] in {"like", "love"} and words[at + 1] == "to")


# "Have you seen <the film>?", "did you ever watch <the film>?": the assistant's opinion, which is what critics said.
SEEN_FILLERS = frozenset({"ever", "already", "yet", "the", "movie", "film", "netflix", "new"})
SEEN_AUXILIARIES = frozenset({"have", "did", "had"})  # "do you watch it on …" is anyone watching


# "your favourite character?", "what's ur fave scene": the assistant's own taste, which it has not; what critics
# said answers instead. Only of a part of a film, or with the film named: "your favourite food" is another topic.
FAVOURITE_WORDS = frozenset({"favorite", "favourite", "fave", "fav", "favs", "faves", "favorites", "favourites"})
ASSISTANT_POSSESSIVES = frozenset({"your", "ur", "yr"})
FAVOURITE_OBJECTS = frozenset(
    """character characters scene scenes part parts moment moments bit line lines quote quotes actor actors actress
    actresses song songs shot shots ending couple""".split()
)


def assistants_favourite(words: list[str], film_named: bool = False) -> int | None:
    """Where "your favourite <a part of a film>" (or "your favourite" with the film named) asks the assistant's
    taste, or None."""
    for at in range(1, len(words)):
        if words[at] in FAVOURITE_WORDS and words[at - 1] in ASSISTANT_POSSESSIVES:
            if film_named or FAVOURITE_OBJECTS & set(words[at + 1 : at + 3]):
                return at
    return None


def favourite_as_reviews(words: list[str], hits: list[Hit]) -> list[Hit]:
    """The assistant's favourite asked: a reviews hit on "favourite" in place of the attributes asked of the
    part ("your favourite character" asks no character's description)."""
    at = assistants_favourite(words, any(h.kind == "film" for h in hits))
    if at is None:
        return hits
    kept = [h for h in hits if h.kind not in ("attribute", "relation", "claim")]
    return sorted([*kept, Hit("attribute", "reviews", words[at], at, at + 1)], key=lambda h: h.start)


# "anything else" of a person is their other work; of the film, more facts about it.
MORE_OF = frozenset({"anything else", "what else", "something else", "any thing else"})
ABOUT_WORDS = frozenset({"about", "regarding", "concerning"})
DETAIL_NOUNS = frozenset({"details", "detail", "info", "information", "facts", "fact", "things", "trivia"})


def more_about_the_film(words: list[str], hits: list[Hit]) -> list[Hit]:
    """ "Can you tell me anything else about <the title>?", "anything else about the movie?": more facts about
    the film (its trivia), not someone's other work, when "about" the film follows the "else"."""
    # the film said, not pointed at: "anything else about it?" may be more of the last answer's subject
    films = {h.start for h in hits if h.kind == "film" and h.phrase not in THIS_WORDS}
    found = []
    for hit in hits:
        # "anything else …", and "any other details about the movie?": a noun of facts after "any other"
        detail = hit.end < len(words) and words[hit.end] in DETAIL_NOUNS
        more = hit.kind == "attribute" and hit.key == "other_work" and (hit.phrase in MORE_OF or detail)
        about = next((i for i in range(hit.end, min(hit.end + 6, len(words))) if words[i] in ABOUT_WORDS), None)
        if more and about is not None and about + 1 in films:
            found.append(Hit("attribute", "trivia", hit.phrase, hit.start, hit.end))
        else:
            found.append(hit)
    return found


def seen_this_film(words: list[str], hits: list[Hit]) -> list[Hit]:
    """ "You" + a seeing verb + this film (a film hit, fillers between) asks what the assistant thinks of it: a
    reviews hit on the verb, in place of where to watch it ("did you watch <the film>?" asks no platform)."""
    for hit in hits:
        if hit.kind != "film" or hit.start < 2:
            continue
        at = hit.start - 1
        while at > 0 and (words[at] in SEEN_FILLERS or any(h.start <= at < h.end for h in hits if h.kind == "claim")):
            at -= 1
        verb = at
        while at > 0 and words[at - 1] in SEEN_FILLERS:
            at -= 1
        asked = at > 1 and words[at - 1] in ASKED and words[at - 2] in SEEN_AUXILIARIES
        if words[verb] in WATCHING and asked:  # not "can you watch <the film> on <a service>?": anyone can
            seen = Hit("attribute", "reviews", words[verb], verb, verb + 1)
            rest = [
                h
                for h in hits
                if not h.start <= verb < h.end and not (h.kind == "claim" and verb < h.start < hit.start)
            ]
            return sorted([*rest, seen], key=lambda h: h.start)
    return hits


# "My friend and I saw the trailer and would love to watch it!": what the speaker has seen is told, not asked.
SPEAKERS_SEEING = frozenset({"i", "we", "i've", "we've", "ive"})
SEEN_VERBS = frozenset({"saw", "seen", "watched", "caught"})
SEEN_OBJECT_WORDS = frozenset({"the", "a", "its", "this", "that", "new", "official", "first"})
SEER_WORDS = 4  # "my friend and i saw", "i have already seen"


def seen_by_the_speaker(words: list[str], hits: list[Hit]) -> list[Hit]:
    """An attribute the speaker says they have seen ("i saw the trailer", "we watched the teaser") asks nothing,
    when another attribute of the message does ("... and would love to watch it": where to watch it)."""
    attributes = [h for h in hits if h.kind == "attribute"]
    if len(attributes) < 2:
        return hits
    told = []
    for hit in attributes:
        at = hit.start - 1
        while at >= 0 and words[at] in SEEN_OBJECT_WORDS:
            at -= 1
        if at < 1 or words[at] not in SEEN_VERBS:
            continue
        if any(word in SPEAKERS_SEEING for word in words[max(0, at - SEER_WORDS) : at]):
            told.append(hit)
    if not told or len(told) == len(attributes):
        return hits
    return [h for h in hits if h not in told]


# "would my mom like it?", "will my kids enjoy the movie?", "which scene made you cry?": whether someone would like
# it, or how it moved the assistant, is asked; what critics said is the honest answer (the assistant has no taste).
LIKING_ASKED = frozenset({"would", "will", "do", "does", "did", "wouldn't", "won't"})
LIKING_VERBS = frozenset({"like", "enjoy", "love", "hate", "dislike"})
FELT_WORDS = frozenset({"cry", "laugh", "sad", "smile", "tear", "tears", "feel"})
# What may move the viewer: "which scene made you cry", "did it make you laugh".
FILM_PARTS = frozenset(
    {"scene", "scenes", "part", "parts", "moment", "moments", "ending", "end", "bit", "movie", "film", "it", "this"}
)
# Parts of a film that "in it", "from it" or "of it" after them make this film's: "the best scene in it", "what
# songs in it ...": the pointer is the film's, not a thing of another topic's.
PARTS_OF_A_FILM = frozenset(
    """scene scenes song songs performance performances character characters actor actors actress actresses
    moment moments part parts line lines quote quotes music soundtrack ending plot story role roles universe
    world trope tropes message messages cast""".split()
)
POINTING_PREPOSITIONS = frozenset({"in", "from", "of"})
# How far the one who would like it may stretch: "would my 12 year old sister like it".
LIKER_WORDS = 4


def liking_asked(words: list[str], hits: list[Hit]) -> list[Hit]:
    """A reviews hit for "would <someone> like it?" or "… made you cry?", where nothing else is asked; "it" is
    the film ("enjoy it", a phrase of the reviews, would hide it)."""
    if any(h.kind == "attribute" and h.key != "reviews" for h in hits):
        return hits
    films = {h.start: h.end for h in hits if h.kind == "film"}
    for at, word in enumerate(words):
        pointer = words[at + 1 : at + 2] in (["it"], ["this"], ["that"])
        liked = (
            word in LIKING_VERBS
            and any(w in LIKING_ASKED for w in words[max(0, at - LIKER_WORDS - 1) : at - 1])
            and (pointer or at + 1 in films)
        )
        felt = (
            word in EFFECT_VERBS | {"make"}
            and words[at + 1 : at + 2] in (["you"], ["u"])
            and at > 0
            and words[at - 1] in FILM_PARTS  # "what made you sad today" asks of the assistant's day
            and bool(FELT_WORDS & set(words))
        )
        if not liked and not felt:
            continue
        rest = [h for h in hits if not (h.kind == "attribute" and h.start <= at < h.end)]
        added = [Hit("attribute", "reviews", word, at, at + 1)]
        if liked and pointer and at + 1 not in films:
            added.append(Hit("film", "film", words[at + 1], at + 1, at + 2))
        if felt and not films:  # "which scene made you cry?": the one film the assistant has seen is this one
            added.append(Hit("film", "film", words[at + 1], at + 1, at + 2))
        return sorted([*rest, *added], key=lambda h: h.start)
    return hits


def assistants_liking_asked(words: Sequence[str]) -> bool:
    """ "do you like him?", "<a character>, did you enjoy her?": the assistant's own liking asked (an auxiliary,
    "you", a verb of liking), which it has not; what is said of the one liked is no claim about them."""
    return any(
        word in LIKING_VERBS and words[at - 1] in ASKED and words[at - 2] in LIKING_ASKED
        for at, word in enumerate(words)
        if at >= 2
    )


# Words of music: with one of them, "the theme of the film" is its song ("the musical theme of the movie").
MUSIC_WORDS = frozenset(
    """song songs music musical sing sings sang sung singer tune melody play plays played hear listen composer
    composed lyrics track soundtrack ost performed performs""".split()
)


def theme_as_subject(words: list[str], hits: list[Hit]) -> list[Hit]:
    """ "What is the theme of the movie?": a theme *of* the film or story is what it is about (an attribute the
    store does not state), not its theme song, unless a word of music is in the message."""
    if MUSIC_WORDS & set(words):
        return hits
    return [Hit("attribute", "story_meaning", h.phrase, h.start, h.end) if _theme_of(words, h) else h for h in hits]


def _theme_of(words: list[str], hit: Hit) -> bool:
    return (
        hit.kind == "attribute"
        and hit.key == "theme_song"
        and hit.phrase == "theme"
        and words[hit.end : hit.end + 1] == ["of"]
    )


def films_in_general(words: list[str], hits: Iterable[Hit], store: FactStore) -> str | None:
    """The film noun that speaks of films in general, when nothing else in the message is this film's.

    The caller has checked that no name entity, pronoun or crew role is in the message; a word of a
    name ("what movies has natsuki deguchy been in", misspelt) also makes it this film's people.
    """
    hits = list(hits)
    described = _described_films_at(words)
    if any(h.kind == "film" for h in hits) or _points_at_this(words, described) or name_words(store) & set(words):
        return None
    if _verbless_judgement(words):  # "good movie", "great film!": the one talked about, judged
        return None
    for index, word in enumerate(words[1:-1], 1):
        # "find a movie called <a title>": a film named by its title, not this one (whose title is a film hit),
        # whatever the title's words may read as
        if word in FILM_NOUNS and words[index - 1] in INDEFINITE and words[index + 1] in NAMING:
            return word
    if any(
        h.kind in ("attribute", "relation")
        and h.key not in CHOOSING
        and not _work_in_general(words, h)
        and (described is None or h.start <= described)
        for h in hits
    ):
        return None
    genres = {h.end for h in hits if h.kind == "claim" and h.key == "genre"}
    for index, word in enumerate(words):
        before = words[max(0, index - NOUN_PHRASE) : index]
        if word in FILM_PLURALS and (not DEFINITE & set(before) or _of_the_day(before)):
            return word
        if word in OTHER_WORK_PLURALS and _ranked_or_picked(before, words):
            return word
        if _a_good_one_at(words, index):
            return word
        if word == "ones" and index in genres:  # "i really like thriller ones"
            return word
        if word in FILM_NOUNS | FILM_PLURALS and before and _picks_among_all(before):
            return word
    return None


# What links films to the clause that describes them: "movies with tense moments that don't involve death".
DESCRIBING_LINKS = frozenset({"with", "that", "where", "which", "about", "featuring"})


def _described_films_at(words: list[str]) -> int | None:
    """Where "<films> with|that|where …" puts films in general (no "the" before them) before the clause that
    describes them: what that clause says ("death") asks nothing of this film. None when no such films."""
    for index, word in enumerate(words[:-1]):
        before = words[max(0, index - NOUN_PHRASE) : index]
        if word in FILM_PLURALS and not DEFINITE & set(before) and words[index + 1] in DESCRIBING_LINKS:
            return index
    return None


def _work_in_general(words: list[str], hit: Hit) -> bool:
    """An attribute read from a work noun alone that speaks of such works in general: ranked or picked ("most banned
    books" for the novel) or a good one asked for ("what's a good romance novel"): it names no attribute of this
    film."""
    at = hit.start
    if hit.end - at != 1:
        return False
    before = words[max(0, at - NOUN_PHRASE) : at]
    if words[at] in OTHER_WORK_PLURALS:
        return _ranked_or_picked(before, words)
    return _a_good_one_at(words, at)


def _a_good_one_at(words: list[str], at: int) -> bool:
    """ "a good (romance) novel", "any great drama": an indefinite determiner and a word of praise before a singular
    work noun ask for any such work, not this film's ("is the book good?" and "is it a good book?" point at ours,
    which the caller has checked is not the case; "a good manga version" is a version of this story)."""
    if words[at] not in OTHER_WORK_NOUNS or words[at + 1 : at + 2] in VERSION_WORDS:
        return False
    before = set(words[max(0, at - NOUN_PHRASE) : at])
    return bool(GENERAL_DETERMINERS & before) and bool(PRAISE & before)


def _ranked_or_picked(before: list[str], words: list[str]) -> bool:
    """ "most banned books", "which tv shows were cancelled": a ranking, or a wh-word in a message with no definite
    determiner ("what books are in the series?" asks of the novel's), before a plural."""
    if not before or DEFINITE & set(before):
        return False
    return bool(set(before) & RECORD_WORDS) or (before[0] in WH_DETERMINERS and not DEFINITE & set(words))


# Plurals of other kinds of works that, ranked or picked with nothing of this film's in the message, speak of such
# works in general ("most banned books", "which tv shows were cancelled"); "are there books?" asks of the novel.
OTHER_WORK_PLURALS = frozenset({"books", "novels", "shows", "dramas"})
# Their singulars, which speak of any such work only when a good one is asked for ("i need a good novel").
OTHER_WORK_NOUNS = frozenset({"book", "novel", "show", "drama", "manga"})
# Words after the noun that make it a version of this film's story ("is there a good manga version?").
VERSION_WORDS = (["version"], ["versions"], ["adaptation"], ["edition"], ["of"])
GENERAL_DETERMINERS = frozenset({"a", "an", "any", "another", "some"})
PRAISE = frozenset({"good", "great", "nice", "decent", "fun", "interesting"})


# Another film to watch asked for: "any other recommendations?", "what else should i watch?", "something like it?".
RECOMMENDING = frozenset(
    {"recommend", "recommends", "recommendation", "recommendations", "recs", "rec", "suggest", "suggestion"}
    | {"suggestions"}
)
# Words that make the film asked for another one than this: "what else", "any other", "watch next".
ANOTHER_MARKERS = frozenset({"else", "other", "others", "another", "similar", "next", "more"})
# What a likeness is said of: "something like it", "movies similar to <the film>", "anything similar".
LIKENESS_HEADS = FILM_NOUNS | FILM_PLURALS | frozenset({"something", "anything", "one", "ones", "others", "stuff"})
LIKENESS_WORDS = frozenset({"like", "similar"})
# A word that may stand between the head and its likeness: "something else like it", "anything more similar".
LIKENESS_BETWEEN = frozenset({"else", "more", "just", "kinda"})
RECOMMENDED_NOUNS = frozenset({"recommendations", "recs", "suggestions"})


def another_film_asked(words: list[str], hits: Iterable[Hit]) -> str | None:
    """The word that asks for another film to watch, or None: a word of recommending or a verb of watching with a
    word of "another" ("any other recommendations?", "what else should i watch?", "what to see next"), or a
    film or "something" like this one ("movies like it", "anything similar"). "would you recommend it?",
    "where else can i watch it?" (the verb's object is this film) and "is there another movie?" (a sequel, read
    as an attribute) ask about this film. The caller has checked that no one is named or pointed at."""
    hits = list(hits)
    if any(h.kind == "attribute" and h.key not in CHOOSING | {"other_work"} for h in hits):
        return None  # "other work" with no one named is other films
    # the film said, not pointed at: "anything else about it?" may be more of the last answer's subject
    films = {h.start for h in hits if h.kind == "film" and h.phrase not in THIS_WORDS}
    pointed = films or THIS_WORDS & set(words)
    # "any recommendations?", "got any recs": a recommendation of nothing named is of a film to watch
    marked = any(w in ANOTHER_MARKERS for w in words) or bool(RECOMMENDED_NOUNS & set(words)) and not pointed
    for at, word in enumerate(words):
        after = at + 1
        # the head right before the likeness: "movies like it", not "a great movie i really like it" (a verb)
        before = words[max(0, at - 2) : at]
        head = bool(before) and before[-1] in LIKENESS_HEADS
        head = head or len(before) == 2 and before[1] in LIKENESS_BETWEEN and before[0] in LIKENESS_HEADS
        if word in LIKENESS_WORDS and head:
            if word == "similar" or after in films or words[after : after + 1] in (["it"], ["this"], ["that"]):
                return word  # "something similar", "movies like it", "anything else like <the film>"
        if not marked:
            continue
        if word in RECOMMENDING and not (after in films or words[after : after + 1] in (["it"], ["this"])):
            return word  # "any other recommendations?", "recommend me something else"
        if word in WATCHING and not (after in films or words[after : after + 1] in (["it"], ["this"], ["that"])):
            return word  # "what else should i watch", "what to see next"
    return None


def name_words(store: FactStore) -> frozenset[str]:
    """The capitalised words of the names of this film's people and characters ("lead actor", an alias,
    is no name)."""
    key = id(store)
    if key not in _NAME_WORDS:
        _NAME_WORDS.clear()  # one store at a time; a test's own store replaces it
        forms = (form for kind, _, form in store.name_forms() if kind in ("person", "character"))
        capitalised = (part for form in forms for part in form.split() if part[:1].isupper())
        _NAME_WORDS[key] = frozenset(w for part in capitalised for w in tokens(part) if _name_word(w))
    return _NAME_WORDS[key]


def _name_word(word: str) -> bool:
    return len(word) > 1 and word not in FILM_NOUNS  # "<a studio> Film" is a name; "film" is not


_NAME_WORDS: dict[int, frozenset[str]] = {}


def _points_at_this(words: list[str], described: int | None = None) -> bool:
    """ "what genre of movies is this": "this", "it", or a "that" that is no relative pronoun (none is in the clause
    describing films in general, after `described`)."""
    return any(
        w in THIS_WORDS
        and not (w == "that" and i and words[i - 1] in FILM_NOUNS | FILM_PLURALS)
        and not (w == "that" and described is not None and i > described)
        for i, w in enumerate(words)
    )


def _picks_among_all(before: list[str]) -> bool:
    """An indefinite determiner or a wh-word, or "the" with a superlative, in the words before a film noun."""
    last_the = max((i for i, w in enumerate(before) if w in DEFINITE), default=-1)
    if last_the >= 0:
        return any(w in SUPERLATIVES for w in before[last_the + 1 :])
    return bool(INDEFINITE & set(before)) or before[-1] in WH_DETERMINERS


# A superlative that ranks all films ever made, when said with one of the words below ("the first movie ever").
RECORD_WORDS = SUPERLATIVES | frozenset({"highest", "biggest", "largest", "longest", "oldest", "earliest", "grossing"})
# Words after a film noun that make its superlative a record of all films: "ever (made)", "of all time", "in history".
ALL_TIME = (("ever",), ("of", "all", "time"), ("in", "history"), ("all", "time"))


# Superlatives that rank people ("the oldest film director", "the most famous author").
PEOPLE_RECORD_WORDS = RECORD_WORDS | frozenset({"youngest", "richest", "eldest"})
# The nouns of a trade a credit names ("director", not "song" or "music": those are works).
TRADE_NOUNS = frozenset(
    """director directors writer writers screenwriter screenwriters author authors novelist composer composers
    producer producers cinematographer editor""".split()
)


# The people and firms of film-making, in the plural: said bare, they are everyone of the trade ("why do directors
# make cameos?"), not this film's.
TRADE_PLURALS = frozenset(
    """directors actors actresses filmmakers producers screenwriters cinematographers editors studios stuntmen
    animators composers""".split()
)
# Words before a bare plural that make it the subject or the agent of a question about the trade in general.
GENERAL_LEADS = frozenset(
    "do does did can could should would will are were why how when often usually for by most many".split()
)
# Words that point at this film or someone of it ("in it", "this movie", "his films"); "their" is the trade's own.
POINTERS = frozenset({"this", "these", "its", "his", "her", "he", "she", "him", "hers", "they", "them"})
# Adjectives of an expletive "it" ("is it hard for actors to ..."), which points at nothing.
EXPLETIVE_FOLLOWERS = frozenset({"for", "to"})


# What someone looking for a half-remembered film's name says: "anyone know the name of this movie?", "I'm trying to
# find a film…", "help me find it".
IDENTIFICATION_PHRASES = tuple(
    tuple(phrase.split())
    for phrase in (
        "name of this movie",
        "name of this film",
        "name of the movie",
        "name of the film",
        "title of this movie",
        "title of the movie",
        "anyone know",
        "anyone knows",
        "does anybody know",
        "anybody know",
        "looking for a movie",
        "looking for a film",
        "looking for this movie",
        "trying to find",
        "trying to remember",
        "trying to identify",
        "help me find",
        "help me identify",
        "can't remember the name",
        "cant remember the name",
        "can't remember the title",
        "don't remember the name",
        "any ideas",
        "anyone ideas",
        "what movie this is",
        "what film this is",
    )
)
# Words any description of a film has, this film's or another's.
DESCRIPTION_GLUE = frozenset(
    """this that these those they them their there then than from with were what when where which while would could
    should have been being about into onto also just only very really think remember remembered know movie movies
    film films scene scenes watch watched watching seen anyone anybody someone name title ideas""".split()
)
# So long that it describes a film rather than asks about one.
DESCRIPTION_MIN_WORDS = 25


def identifying_another_film(words: list[str], story_words: frozenset[str]) -> bool:
    """ "I watched this movie in my film class… they spoke French… Anyone ideas on this one?": a long description of
    a film whose name the writer is looking for, in words that are mostly not this film's story, asks for another
    film (a description in this film's own words is answered as this film by the premise rules)."""
    if len(words) < DESCRIPTION_MIN_WORDS:
        return False
    if not any(tuple(words[i : i + len(p)]) == p for p in IDENTIFICATION_PHRASES for i in range(len(words))):
        return False
    content = [w for w in words if len(w) >= 4 and w.isalpha() and w not in DESCRIPTION_GLUE]
    ours = [w for w in content if {w, w.removesuffix("s"), w.removesuffix("es")} & story_words]
    return bool(content) and 3 * len(ours) < len(content)


def trade_in_general(words: list[str]) -> str | None:
    """ "Why do directors make cameo appearances in their movies?", "is it hard for actors to focus during a
    crying scene?": the trade's people or firms as a bare plural subject or agent, and nothing that points at
    this film (the caller has checked that no title or name is said). The plural, or None."""
    if not words or any(_points_here(words, i) for i in range(len(words))):
        return None
    for i, word in enumerate(words):
        if word in TRADE_PLURALS and (i == 0 or words[i - 1] in GENERAL_LEADS):
            return word
    return None


def _points_here(words: list[str], at: int) -> bool:
    word = words[at]
    if word in POINTERS or (word == "the" and at + 1 < len(words) and words[at + 1] in FILM_NOUNS):
        return True
    if word != "it":
        return False
    expletive = at >= 1 and words[at - 1] in ("is", "was", "isn't", "wasn't") and at + 2 < len(words)
    return not (expletive and words[at + 2] in EXPLETIVE_FOLLOWERS)


def record_among_all_people(words: list[str], role_starts: list[tuple[int, str]], store: FactStore) -> bool:
    """ "who is the oldest film director?": a superlative over a credit this film gives one person ranks everyone
    in that trade, not this film's people (a film has one director; "the youngest actor" may rank its cast).
    `role_starts`: the word where each crew role named starts, with the role's words."""
    if _points_at_this(words) or name_words(store) & set(words):
        return False
    for start, role_words in role_starts:
        if role_words.split()[-1] not in TRADE_NOUNS:
            continue  # "the first <a song's title> concert": a work, no trade
        key = role_words if role_words in store.crew else store.role(role_words)
        if key is None or key not in store.crew or len(store.crew[key].people) != 1:
            continue
        before = [w for w in words[max(0, start - 3) : start] if w not in FILM_NOUNS]
        if PEOPLE_RECORD_WORDS & set(before[-2:]):  # "the oldest director", "the most famous director"
            return True
    return False


# "who won best actor at the oscars": the verbs of an award's winner asked, and the categories of awards ("best
# actress", "best picture") that name an award without its ceremony.
WINNER_VERBS = frozenset({"won", "wins", "win", "got", "gets", "received", "receives", "took"})
AWARD_CATEGORIES = frozenset({"actor", "actress", "picture", "film", "movie", "director", "screenplay", "song"})
# Words that ask among this film's people: "which cast member won an oscar?", "who in the cast won the award?".
AMONG_OURS = frozenset({"cast", "crew", "member", "members", "actors", "actresses", "star", "stars", "lead", "leads"})


def award_winner_among_all(words: list[str], store: FactStore, lexicon: Lexicon) -> bool:
    """ "who won best actor at the oscars?", "who won the japan academy prize for best actress?": the winner of an
    award or an award's category among everyone, not a fact of this film's people. "who in the cast won an oscar?",
    "who won an award for it?" and a question naming one of ours ask of this film."""
    if words[:1] not in (["who"], ["whos"], ["who's"]) or not WINNER_VERBS & set(words[1:3]):
        return False
    if _points_at_this(words) or name_words(store) & set(words) or AMONG_OURS & set(words):
        return False
    if any(word in FILM_NOUNS and words[at - 1] == "the" for at, word in enumerate(words) if at):
        return False  # "who won an award in the movie?": this film's people
    categories = any(
        word == "best" and words[at + 1 : at + 2] and words[at + 1] in AWARD_CATEGORIES for at, word in enumerate(words)
    )
    return categories or bool(lexicon.awards_named(words))


def record_among_all_films(words: list[str], store: FactStore) -> str | None:
    """ "who directed the first movie ever?", "the highest-grossing film of all time", "who produced the most films?":
    a record among all films, not a fact of this one (its director's first film is "his first movie"): the film
    noun, or None. "is this the best movie ever?", "<an actor>'s first movie ever" ask of this film and its people."""
    if _points_at_this(words) or name_words(store) & set(words):
        return None
    for index, word in enumerate(words):
        if word not in FILM_NOUNS | FILM_PLURALS:
            continue
        if words[0] in WH_DETERMINERS and SUPERLATIVES & set(_ranked(words, index, PICKED_PHRASE)):
            return word  # "what's the best japanese romance movie?": a wh-question picks the best of all films
        ranked = _ranked(words, index, NOUN_PHRASE)
        if not RECORD_WORDS & set(ranked):
            continue
        after = tuple(words[index + 1 :])
        counted = word in FILM_PLURALS and ranked == ["most"]  # "the most films": a count over everyone's films
        if counted or any(after[: len(marker)] == marker for marker in ALL_TIME):
            return word
    return _first_work_made_so(words)


# How far before the film noun a wh-question's superlative may stand: "the best <a country> <a genre> movie".
PICKED_PHRASE = 5


def _ranked(words: list[str], noun: int, reach: int) -> list[str]:
    """The words between the last "the" before the film noun (within `reach`) and the noun; none without "the"."""
    before = words[max(0, noun - reach) : noun]
    if "the" not in before:
        return []
    return before[max(i for i, w in enumerate(before) if w == "the") + 1 :]


# Works other than films ranked by when they were made: "the first english play written for children".
RANKED_WORKS = frozenset({"play", "plays", "book", "books", "novel", "novels", "song", "songs", "album", "opera"})
MADE_PARTICIPLES = frozenset({"written", "published", "made", "produced", "recorded", "released", "performed"})
ORDER_WORDS = frozenset({"first", "earliest", "oldest", "last"})


def _first_work_made_so(words: list[str]) -> str | None:
    """ "what was the first english play written exclusively for children?": the first work of a kind made in some
    way, a record among all works. The participle must have words of its own after it ("when was the first book
    written?" asks of this film's novel series) and none of them "by" someone or the series."""
    for index, word in enumerate(words[:-2]):
        if word not in RANKED_WORKS:
            continue
        before = words[max(0, index - NOUN_PHRASE) : index]
        if "the" not in before or not ORDER_WORDS & set(before[before.index("the") + 1 :]):
            continue
        participle = index + 1
        rest = words[participle + 1 :]
        if words[participle] in MADE_PARTICIPLES and rest and not {"by", "series", "in"} & set(rest):
            return word
    return None


def _of_the_day(before: list[str]) -> bool:
    """ "the new movies", "the latest films": "the" then a word of the day, before a plural film noun."""
    last_the = max((i for i, w in enumerate(before) if w == "the"), default=-1)
    return last_the >= 0 and bool(RECENT & set(before[last_the + 1 :]))


def other_work_seen(words: list[str], hits: Iterable[Hit], known: frozenset[str], capitalised: set[int]) -> str | None:
    """The object of "have you seen / did you like <X>" when it names another work, or None.

    <X> names a work when one of its words is written with a capital or stands next to a film noun
    ("the movie frozen", "the black panther movie"), and none of its words is this film's: `known` holds
    every word of this film's title, people, characters and lexicon, and a word the lexicon reads as
    this film's ("the ending", "the trailer", "it") is covered by a hit. "did you enjoy the acting?"
    names nothing.
    """
    covered = {i for h in hits if h.kind != "attribute" or h.key != "reviews" for i in range(h.start, h.end)}
    for index in range(len(words) - 1):
        told = words[index] in TELLERS  # "i wanted to see Red Joan": a title, written as one, only
        if words[index] not in ASKED and not told:
            continue
        verb = index + 1 + (words[index + 1] == "ever")
        while told and verb < len(words) - 1 and _leads_to_verb(words, verb):
            verb += 1
        if verb >= len(words) or words[verb] not in SEEING_VERBS:
            continue
        start = verb + 1 + (words[verb] == "heard" and words[verb + 1 : verb + 2] == ["of"])
        end = next((i for i in range(start, len(words)) if words[i] in CLAUSE_END), len(words))
        if told:  # the title told ends with its capitals: "i saw Red Joan last week"
            end = next((i for i in range(start, end) if i not in capitalised and words[i] not in OBJECT_FILLERS), end)
        nouns = {i for i in range(start, end) if words[i] in FILM_NOUNS or words[i] in FILM_PLURALS}
        rest = [i for i in range(start, end) if words[i] not in OBJECT_FILLERS and i not in nouns]
        if not rest or any(i in covered or words[i] in known for i in rest):
            continue
        titled = any(i in capitalised or i - 1 in nouns or i + 1 in nouns for i in rest)
        if told and not all(i in capitalised for i in rest):
            continue
        # "have you seen titanic?": one bare word seen, typed in lower case, is a title too
        bare = words[verb] in WATCHING and rest == [start] and end == start + 1 and not told
        if titled or bare:
            return " ".join(words[i] for i in rest)
    return None


# -- remarks: the user tells how they found the film, and asks nothing -----------------------------
# "i watched it last night and cried so much", "no, i have not seen it", "that was a good movie",
# "seems really scary to me": every clause is such a remark or a formula ("hello", "yes"); no clause
# asks (no question mark but in a question back to the assistant, "you?"; no wh-word; no request).
SUBJECTS = frozenset({"i", "i've", "ive", "i'd", "i'll", "we", "we've", "we'd"})
I_AM = frozenset({"i'm", "im", "we're"})
POINTING_SUBJECTS = frozenset({"it", "that", "this", "it's", "its", "that's", "thats"})
# Not "sounds": "sounds good" consents to an offer.
BE_WORDS = frozenset({"is", "was", "s", "seems", "seemed", "looks", "looked"})
# After a named subject ("<the title> sounds like a good movie", "the ending was good") no consent is meant.
NAMED_BE_WORDS = BE_WORDS | {"are", "were", "sounds", "sounded", "felt", "feels"}
# "it should be fun to watch", "the ending could have been better": a modal after the subject asks nothing.
MODALS = frozenset({"should", "could", "would", "will", "must", "might", "may", "can"})
MODAL_VERBS = frozenset({"be", "have"})
# The film (its title, "the movie", "that one") as one word of a remark's clause.
FILM = "<film>"
# Words that open a noun phrase subject: "the ending was good", "this scene made me cry".
SUBJECT_DETERMINERS = frozenset({"the", "this", "that", "its", "his", "her", "their", "those", "these"})
# How many words a subject may have before its verb ("the rooftop scene at the end").
SUBJECT_WORDS = 5
# What a film or a part of it did to the viewer: "the ending killed me", "movie made me cry".
EFFECT_VERBS = frozenset(
    {"made", "makes", "killed", "kills", "broke", "breaks", "got", "gets", "destroyed", "wrecked", "touched", "moved"}
)
ME_WORDS = frozenset({"me", "my", "us", "our"})
# Adverbs of degree, skipped before the verb or judgement they modify ("it really broke my heart", "was <X> any good").
DEGREE = frozenset(
    {"really", "so", "any", "very", "actually", "pretty", "totally", "just", "literally", "truly", "honestly", "kinda"}
)
# Verbs of an opinion: a remark only with a judgement ("i found it boring", not "i found it on netflix").
OPINION_VERBS = frozenset({"found", "find", "thought", "think", "felt", "feel", "guess"})
# "i don't agree", "i agree": a stance, nothing asked.
STANCE_VERBS = frozenset({"agree", "disagree", "agreed"})
# Words of a verbless judgement ("great movie.", "kinda confusing", "very good!"): degree words and determiners.
FRAGMENT_WORDS = frozenset(
    """a an the so very really pretty kinda kind of quite too super such truly just bit little at times overall
    one""".split()
)
# Words that join two clauses of a remark; no title is one of them (bot/nlu_components.py's guard knows them).
CONJUNCTIONS = frozenset({"but", "and", "or", "though", "although", "because", "so", "then", "yet"})
# Subject pronouns after a wh-word that joins two clauses ("… when it came out"), not one that asks.
CLAUSE_SUBJECTS = frozenset({"it", "i", "we", "they", "he", "she", "you"})
# What may stand between the subject and the verb of a remark ("i have never really seen").
VERB_PARTS = frozenset(
    """have has had do did don't didn't haven't hadn't won't will would never not really also always just already
    totally absolutely actually kinda kind of so still even especially definitely genuinely personally truly
    certainly""".split()
)
# Verbs of having seen or felt something about a film; not before "to" ("i'd like to see it" asks).
EXPERIENCE_VERBS = frozenset(
    """seen saw watched watch see loved love liked like enjoyed enjoy hated hate cried laughed heard read
    adored adore""".split()
)
# Verbs of what the user heard or read: a remark only with a judgement.
HEARSAY = frozenset({"heard", "read"})
# A clause may start with these past or feeling verbs and no subject ("love that movie!").
BARE_VERBS = frozenset(
    {"love", "loved", "liked", "enjoyed", "hated", "adored", "seems", "looks", "saw", "watched", "cried", "laughed"}
)
# Words of a judgement: "it is a very strange film", "seems really scary to me".
EVALUATIONS = frozenset(
    """good great strange weird sad scary amazing awesome beautiful boring funny cute nice bad terrible touching
    moving emotional interesting cool fun lovely wonderful brilliant fantastic depressing heartbreaking perfect
    favorite favourite excellent incredible slow long dull intense best worst confusing predictable disappointing
    letdown overrated underrated masterpiece enjoyable entertaining powerful cheesy mediocre decent solid meh
    heartwarming hilarious gorgeous stunning""".split()
    # superlatives of the judgements: "this is the saddest movie i've seen all year"
    + """saddest greatest funniest scariest weirdest strangest cutest nicest loveliest coolest dullest""".split()
)
# Judgements of two words: "it was kind of a let down".
EVALUATION_PAIRS = frozenset({("let", "down"), ("tear", "jerker"), ("so", "so")})
FEELINGS = frozenset(
    {"happy", "sad", "glad", "excited", "scared", "impressed", "moved", "touched", "surprised", "crying"}
)
NEGATIONS = frozenset({"didn't", "never", "not"})
# Words that open a remark's clause without changing it.
OPENERS = frozenset(
    {"yes", "yeah", "yep", "no", "nope", "ok", "okay", "so", "well", "oh", "also", "and", "but", "actually", "hello"}
    | {"hi", "hey", "lol", "haha", "wow", "honestly", "though", "too", "then", "omg", "ugh", "aww", "man"}
)
# What a listener says back to an answer ("oh interesting!", "lol same", "wow, i had no idea"): a remark
# too. Words of consent ("great", "sure") are the social lexicon's: they may answer a spoiler question.
ACKNOWLEDGEMENTS = (
    ("wow",),
    ("interesting",),
    ("cool",),
    ("nice",),
    ("good",),
    ("neat",),
    ("lol",),
    ("lmao",),
    ("haha",),
    ("hahaha",),
    ("same",),
    ("same", "here"),
    ("me", "too"),
    ("i", "see"),
    ("no", "idea"),
    ("i", "had", "no", "idea"),
    ("good", "to", "know"),
    ("true",),
    ("fair", "enough"),
)
# A question back to the assistant after a remark: "you?", "how about you?", "and you?".
ASK_BACK = frozenset({"you", "u", "yourself", "how", "what", "about", "and"})
# Words that make a message ask, whatever its clauses say.
ASKING_WORDS = frozenset(
    {
        "what",
        "whats",
        "what's",
        "when",
        "who",
        "whos",
        "who's",
        "where",
        "how",
        "which",
        "why",
        "tell",
        "show",
        "explain",
        "wonder",
        "wondering",
        "curious",
        "remember",
        "forgot",
        "forget",
        "recommend",
        "suggest",
        "looking",
        "searching",
        "please",
        "can",
        "could",
        "should",
        "need",
        "want",
        "wanna",
        "right",
        "correct",
    }
)


def remark(
    words: list[str],
    starts: list[int],
    question_marks: list[int],
    formula: Callable[[list[str]], bool],
    films: Iterable[tuple[int, int]] = (),
) -> bool:
    """Every clause tells how the user found the film (or is a formula) and nothing is asked.

    `starts` are the clauses' first words; `question_marks` the clauses that end with "?"; `formula`
    says whether a clause is only small-talk formulas ("hello", "yes"); `films` the spans that name
    this film ("<the title>", "the movie", "that one"), each read as one subject word.
    """
    named = {a: b for a, b in films if b - a > 1 or words[a] not in POINTING_SUBJECTS}
    clauses = [_with_film_words(words, a, b, named) for a, b in zip(starts, [*starts[1:], len(words)], strict=True)]
    told = False
    for number, clause in enumerate(clauses):
        if number in question_marks:
            if set(clause) <= ASK_BACK and number == len(clauses) - 1 and told:
                continue  # "… you?": the question back to the assistant is small talk
            return False
        if _asks(clause):
            return False
        if formula(clause) or set(clause) <= OPENERS | {FILM}:  # "<the title>, very good!": the film named first
            continue
        if _acknowledgement(clause) or _remark_clause(clause):
            told = True
        elif question_marks or not _told_beside(clause):
            return False
    return told


def speakers_statement(
    words: list[str],
    starts: list[int],
    question_marks: list[int],
    formula: Callable[[list[str]], bool],
    things: frozenset[int] = frozenset(),
    films: frozenset[int] = frozenset(),
) -> str | None:
    """ "i'll check it out", "i'm doing well", "i will give it a try": every clause is the speaker telling of
    themselves (or a formula, an acknowledgement), so nothing is asked: "told". With a last clause that only asks
    back and no word naming the film ("i'm a student, and you?"): "asked back", small talk about the speaker and
    the assistant ("i really enjoyed it. you?" asks the assistant's view of the film, which other rules answer).

    `things` are the indexes of words that name something of the film ("the cast", a person's name): a speaker
    who names one ("i'm interested in the cast") may be asking after it, so such a message is not told here.
    `films` are the indexes of words naming the film ("it", its title).
    """
    ends = [*starts[1:], len(words)]
    said = False
    for number, (start, end) in enumerate(zip(starts, ends, strict=True)):
        clause = words[start:end]
        if number in question_marks:
            back = said and number == len(starts) - 1 and set(clause) <= ASK_BACK
            return "asked back" if back and not films & set(range(start)) else None
        if formula(clause) or _acknowledgement(clause):
            continue
        first = next((i for i, w in enumerate(clause) if w not in OPENERS), len(clause))
        if first == len(clause) or clause[first] not in SPEAKER_SUBJECTS or _asks(clause):
            return None
        if STATED_REQUESTS & set(clause):  # "i'd like to hear a fun fact": a wish is a request
            return None
        if things & set(range(start, end)) or not _told_beside(clause):
            return None
        said = True
    return "told" if said else None


def acknowledged(words: list[str]) -> str | None:
    """What a message made only of what a listener says back tells: "neutral" for words that never consent
    ("meh", "idk", "not sure", "hmm interesting"), "acknowledged" for the others ("nice", "wow", "i see"), or None."""
    if not words:
        return None
    if _only_of(words, NEUTRAL_ACKNOWLEDGEMENTS, OPENERS | LISTENER_SOUNDS):
        return "neutral"
    if _acknowledgement(words) or set(words) <= LISTENER_SOUNDS:
        return "acknowledged"
    return None


def _only_of(words: list[str], phrases: tuple[tuple[str, ...], ...], padding: frozenset[str]) -> bool:
    """Every word belongs to one of the phrases or to the padding, and at least one phrase is there."""
    at, found = 0, False
    while at < len(words):
        match = max((p for p in phrases if tuple(words[at : at + len(p)]) == p), key=len, default=None)
        if match is None and words[at] not in padding:
            return False
        found = found or match is not None
        at += len(match) if match else 1
    return found


# What a listener says back that never consents to an offer: "meh", "not sure", "idk", "i know".
NEUTRAL_ACKNOWLEDGEMENTS = (
    ("meh",),
    ("idk",),
    ("dunno",),
    ("maybe",),
    ("whatever",),
    ("hmm",),
    ("hm",),
    ("hmmm",),
    ("bad",),
    ("not", "sure"),
    ("i", "know"),
    ("i", "guess"),
    ("me", "neither"),
    ("me", "either"),
    ("interesting",),
)


# Sounds a listener makes that the openers hold too ("wow", "omg", "aww"): alone, they acknowledge.
LISTENER_SOUNDS = frozenset({"wow", "omg", "aww", "oh", "ohh", "ah", "ahh", "ugh", "man", "haha", "lol"})


# Auxiliaries that open a yes/no question: such a clause asks even without a question mark.
YES_NO_OPENERS = frozenset(
    {"did", "do", "does", "is", "was", "are", "were", "has", "have", "had", "can", "could", "would", "will", "should"}
)
# Words that open a negated fragment: "not much of a plot", "not as good as the book", "nothing special".
NEGATED_OPENERS = frozenset({"not", "nothing", "never"})
# The speaker's own subject, also typed without its apostrophe ("id definitely see it", "im a fan").
SPEAKER_SUBJECTS = SUBJECTS | I_AM | frozenset({"id", "ill"})
# Words of a request said as a statement ("i'd like to know the runtime", "i'd like the director's name"): such a
# clause asks, whatever remark stands beside it.
STATED_REQUESTS = frozenset({"know", "learn", "name", "names", "info", "information", "details", "like", "love"})


def _told_beside(clause: list[str]) -> bool:
    """A clause that asks nothing and tells, beside a remark in a message with no question mark: a judgement
    ("kinda slow at first then it picks up", "romance is not my favourite genre"), a negated fragment ("not much
    of a plot"), or the speaker's own ("i am a movie fan", "i don't remember much"; not "i'd like to know …")."""
    at = next((i for i, w in enumerate(clause) if w not in OPENERS), len(clause))
    if at == len(clause):
        return False
    first, rest = clause[at], clause[at + 1 :]
    if first in YES_NO_OPENERS:  # "did you see it and if so was it good": a question typed without its mark
        return False
    if first in NEGATED_OPENERS:
        return True
    if first in SPEAKER_SUBJECTS:
        verb = next((i for i, w in enumerate(rest) if w not in VERB_PARTS), len(rest))
        return not STATED_REQUESTS & set(rest[verb:]) or _judges(rest)
    return _judges(clause[at:])


def _with_film_words(words: list[str], start: int, end: int, films: dict[int, int]) -> list[str]:
    """The clause's words, each span naming this film one FILM word."""
    clause: list[str] = []
    at = start
    while at < end:
        clause.append(FILM if at in films else words[at])
        at = min(films[at], end) if at in films else at + 1
    return clause


def _asks(clause: list[str]) -> bool:
    """A word that asks or requests, but not a modal after its subject ("it should be fun to watch") nor a
    wh-word that joins a clause to a remark ("it was a let down when it came out")."""
    first = next((i for i, w in enumerate(clause) if w not in OPENERS), len(clause))
    for at, word in enumerate(clause):
        if word not in ASKING_WORDS:
            continue
        after = clause[at + 1] if at + 1 < len(clause) else ""
        if at > first and word in MODALS and after in MODAL_VERBS:
            continue
        if at > first + 1 and word in ("when", "where") and after in CLAUSE_SUBJECTS:
            continue
        if at > first and word in RELATIVES and clause[at - 1] in FILM_NOUNS | {FILM} and after in RELATIVE_VERBS:
            continue  # "a different kind of movie which was great": a relative clause after the film's noun
        if word in SPEAKER_RECOMMENDS and _speakers_verb(clause, first, at):
            continue  # "i recommend it", "i'd suggest watching it": the speaker's own advice, nothing asked
        told_memory = after in CLAUSE_SUBJECTS or after in RECALLED and at + 2 == len(clause)
        if at > first and word in RECALLING and told_memory:
            continue  # "i remember i liked it", "i don't remember much": memory told, nothing asked of it
        return True
    return False


# Verbs of advice: asked of the assistant ("can you recommend …"), told when the speaker gives it ("i recommend it").
SPEAKER_RECOMMENDS = frozenset({"recommend", "suggest"})


def _speakers_verb(clause: list[str], first: int, at: int) -> bool:
    """The word at `at` is the verb of the speaker's clause: "i" (or "we", "i'd") opens it and only auxiliaries
    and adverbs stand between ("i would definitely recommend")."""
    return at > first and clause[first] in SPEAKER_SUBJECTS and all(w in VERB_PARTS for w in clause[first + 1 : at])


# Relative pronouns and the verbs that follow them in a relative clause of a remark.
RELATIVES = frozenset({"which", "who"})
RELATIVE_VERBS = frozenset({"was", "is", "were", "are", "made", "makes", "had", "has"})
# Verbs of memory that ask when a thing follows ("i can't remember the director"), and what may follow them
# when they only tell ("i don't remember much").
RECALLING = frozenset({"remember", "forgot", "forget"})
RECALLED = frozenset({"much", "anything", "everything", "most", "it", "all"})


def _acknowledgement(clause: list[str]) -> bool:
    """The clause is only acknowledgements, after openers ("oh interesting", "lol same")."""
    return _only_of(clause, ACKNOWLEDGEMENTS, OPENERS)


def _remark_clause(clause: list[str]) -> bool:
    at = next((i for i, w in enumerate(clause) if w not in OPENERS), len(clause))
    if at == len(clause):
        return False
    first, rest = clause[at], clause[at + 1 :]
    if _judged_subject(clause[at:]) or _verbless_judgement(clause):
        return True
    if first in BARE_VERBS:
        return rest[:1] != ["to"] and (first not in BE_WORDS or _judges(rest))
    if first in POINTING_SUBJECTS:  # "that was a good movie", never "it was released in June"
        contracted = first.endswith("s") and first != "this"
        sounds_like = rest[:2] in (["sounds", "like"], ["sounded", "like"])  # not "sounds good": consent
        verb = next((i for i, w in enumerate(rest) if w not in DEGREE), len(rest))
        if verb < len(rest) and rest[verb] in EFFECT_VERBS and ME_WORDS & set(rest[verb + 1 : verb + 2]):
            return True  # "it made me cry so much", "that really broke my heart"
        return bool(rest) and (contracted or rest[0] in BE_WORDS or sounds_like) and _judges(rest)
    if first in I_AM or first in SUBJECTS and rest[:1] in (["am"], ["was"]):
        return bool(set(rest[:3]) & FEELINGS)
    if first not in SUBJECTS:
        return False
    verb = next((i for i, w in enumerate(rest) if w not in VERB_PARTS), len(rest))
    if verb == len(rest):  # "i did.", "i have."
        return verb > 0 and rest[0] in ("did", "have", "do", "didn't", "haven't")
    word, after = rest[verb], rest[verb + 1 : verb + 2]
    if word in RECALLING and not NEGATIONS & set(rest[:verb]):  # "i remember it was lovely": the remark recalled
        return _remark_clause(rest[verb + 1 :])
    if word == "know" or word == "knew":  # "i didn't know that", never "i don't know the director"
        return bool(NEGATIONS & set(rest[:verb])) and (word == "knew" or "didn't" in rest[:verb])
    if word in HEARSAY or word in OPINION_VERBS:  # "i've heard good things about it", "i found it boring";
        return _judges(rest[verb:])  # "i heard there's a sequel" tells news to check
    return word in EXPERIENCE_VERBS | STANCE_VERBS | SPEAKER_RECOMMENDS and after != ["to"]


def _judges(words: list[str]) -> bool:
    return bool(EVALUATIONS & set(words)) or any(
        pair in EVALUATION_PAIRS for pair in zip(words, words[1:], strict=False)
    )


# "<an actor> did a great job", "<the director> does good work": how someone of the film did their work, judged.
DOING_VERBS = frozenset({"did", "does", "do", "done"})
WORK_DONE = frozenset({"job", "work"})


def _judged_subject(clause: list[str]) -> bool:
    """ "<the title> is good", "the ending was the best part", "<an actor> was great in it", "it should be fun",
    "the movie made me cry", "the ending killed me": this film or a part of it, judged or felt."""
    verbs = NAMED_BE_WORDS | MODALS | EFFECT_VERBS | DOING_VERBS
    verb = next((i for i, w in enumerate(clause[: SUBJECT_WORDS + 1]) if w in verbs), None)
    if not verb:
        return False
    subject, word, rest = clause[:verb], clause[verb], clause[verb + 1 :]
    if not _a_subject(subject):
        return False
    if word in DOING_VERBS:  # "<the director> did a great job directing it": the work done, judged
        return bool(WORK_DONE & set(rest)) and _judges(rest)
    if word in EFFECT_VERBS:
        return bool(ME_WORDS & set(rest[:1]))
    if word in MODALS:
        if rest[:1] != ["be"] and rest[:2] != ["have", "been"]:
            return False
        rest = rest[1:]
    if word in ("sounds", "sounded") and subject in ([FILM], FILM_NOUNS):
        return _judges(rest)
    return word not in ("sounds", "sounded") and _judges(rest)


def _a_subject(subject: list[str]) -> bool:
    """This film, a film noun, a noun phrase with a determiner, or a name (capitalised words were checked by
    the caller to be this film's): no verb, no pronoun of the speaker, nothing that asks."""
    if not subject or SUBJECTS & set(subject) or I_AM & set(subject) or ASKING_WORDS & set(subject):
        return False
    if subject == [FILM] or (len(subject) == 1 and subject[0] in FILM_NOUNS):
        return True
    if subject[0] in SUBJECT_DETERMINERS:
        return not VERB_PARTS & set(subject) and not EXPERIENCE_VERBS & set(subject)
    return False


def _verbless_judgement(clause: list[str]) -> bool:
    """ "great movie.", "kinda confusing", "very good!": a judgement with no verb, of two words or more (a lone
    "great" may consent to an offer)."""
    words = set(clause)
    degree = (FRAGMENT_WORDS | FILM_NOUNS | {FILM}) & words  # "so good": not "yes great", which may consent
    return (
        len(clause) > 1
        and bool(degree)
        and words <= FRAGMENT_WORDS | EVALUATIONS | FILM_NOUNS | OPENERS | {FILM}
        and _judges(clause)
    )


# People who judge a film as a group: what they think of it is what the reviews say.
JUDGING_GROUPS = frozenset(
    {
        "people",
        "audiences",
        "audience",
        "viewers",
        "fans",
        "critics",
        "reviewers",
        "everyone",
        "everybody",
        "folks",
        "moviegoers",
        "watchers",
        "netizens",
        "others",
    }
)
# Verbs of judging or saying a judgement: "what do fans think", "how did people react", "what are critics saying".
GROUP_OPINION_VERBS = frozenset(
    {
        "think",
        "thought",
        "thinking",
        "say",
        "said",
        "saying",
        "feel",
        "felt",
        "react",
        "reacted",
        "reacting",
        "respond",
        "responded",
        "rate",
        "rated",
        "rating",
        "like",
        "liked",
        "love",
        "loved",
        "hate",
        "hated",
        "enjoy",
        "enjoyed",
    }
)
# Words between the group and its verb ("what do most japanese viewers think"), and after the judged film.
GROUP_FILLERS = frozenset({"do", "did", "does", "are", "were", "have", "has", "most", "many", "other", "the", "all"})
OBJECT_LINKS = frozenset({"of", "about", "to", "on", "at"})
TRAILING = frozenset({"?", ".", "!", "overall", "so", "far", "really", "generally", "lol", "now", "then"})


def opinion_of_a_group(words: list[str], hits: list[Hit]) -> list[Hit]:
    """ "What do audiences think?", "what are people saying about <the film>?", "how did fans react to it?": a group
    of people who judge, a verb of judging and this film (or nothing) as what is judged ask what people thought of
    it: a reviews hit on the verb (and a film hit for the film meant when none is named), in place of the group's
    own word ("viewers" is no count of views here). Anything else judged ("what do people think of the ending?",
    "… of <another film>?") is left to the rest of the reader."""
    films = {h.start: h.end for h in hits if h.kind == "film"}
    for at, word in enumerate(words):
        if word not in GROUP_OPINION_VERBS:
            continue
        group = at - 1
        while group > 0 and words[group] in GROUP_FILLERS:
            group -= 1
        if group < 0 or words[group] not in JUDGING_GROUPS or group == at - 1 and word in ("like", "love"):
            continue  # "people like <X>" says a likeness, not what people thought
        rest = at + 1
        judged: tuple[int, int] | None = None
        if rest < len(words) and words[rest] in OBJECT_LINKS:
            rest += 1
        if rest in films:
            judged, rest = (rest, films[rest]), films[rest]
        elif rest < len(words) and words[rest] in ("it", "this") and rest > at + 1:
            judged, rest = (rest, rest + 1), rest + 1
        if any(w not in TRAILING for w in words[rest:]):
            continue
        if any(h.kind == "attribute" and not h.start <= group < h.end and not h.start <= at < h.end for h in hits):
            return hits  # another attribute is what the group judges
        kept = [h for h in hits if not (h.kind == "attribute" and (h.start <= group < h.end or h.start <= at < h.end))]
        added = [Hit("attribute", "reviews", word, at, at + 1)]
        if judged is None:  # "what do audiences think?": the one film talked about here
            added.append(Hit("film", "film", word, at, at + 1))
        return sorted([*kept, *added], key=lambda h: h.start)
    return hits


# How a film did, asked by a verb of performing: "how did it perform on netflix?", "how has <the film> fared?".
PERFORM_VERBS = frozenset({"do", "doing", "done", "perform", "performing", "performed", "fare", "fared", "faring"})
PERFORM_AUXILIARIES = frozenset({"did", "does", "is", "was", "has", "have"})
# Where it did so: these words, and the store's own service and country (`FactStore.place_words`).
WHERE_PERFORMED = frozenset({"on", "in", "at", "worldwide", "globally", "commercially", "overall"})


def performance_asked(words: list[str], hits: list[Hit], place_words: frozenset[str]) -> list[Hit]:
    """ "How did it perform on netflix?", "how well is <the film> doing?": "how" (well, badly), an auxiliary, the film
    as the subject and a verb of performing ask how it did: the viewership hit on the verb (its chart places)."""
    if len(words) < 4 or words[0] != "how" or any(h.kind == "attribute" for h in hits):
        return hits
    at = 2 if words[1] in ("well", "badly", "good") else 1
    if words[at] not in PERFORM_AUXILIARIES:
        return hits
    films = {h.start: h.end for h in hits if h.kind == "film"}
    subject = at + 1
    verb = films.get(subject, subject + 1 if words[subject] in ("it", "this") else None)
    if verb is None or verb >= len(words) or words[verb] not in PERFORM_VERBS:
        return hits
    if any(w not in WHERE_PERFORMED | place_words | TRAILING | {"the", "its"} for w in words[verb + 1 :]):
        return hits
    added = Hit("attribute", "viewership", words[verb], verb, verb + 1)
    extra = [] if subject in films else [Hit("film", "film", words[subject], subject, subject + 1)]
    return sorted([*hits, added, *extra], key=lambda h: h.start)


# How a cast member played their part, judged: "was <an actor> good in it?", "how was <an actor> as <a character>?".
PERFORMANCE_JUDGEMENTS = frozenset(
    {
        "good",
        "great",
        "bad",
        "convincing",
        "believable",
        "amazing",
        "awesome",
        "terrible",
        "decent",
        "awful",
        "excellent",
        "brilliant",
        "impressive",
        "fantastic",
        "better",
        "worse",
    }
)
# Words that judge how good someone is at what they do ("a good actor", "a talented director"): no credit or
# description of the store decides them.
PERSON_JUDGEMENTS = PERFORMANCE_JUDGEMENTS | frozenset(
    {"talented", "versatile", "skilled", "best", "worst", "overrated", "underrated", "gifted", "successful"}
    # how known someone is: no credit decides it ("is <the director> a famous director?")
    | {"famous", "renowned", "acclaimed", "celebrated", "legendary", "iconic", "popular"}
)
PERFORMANCE_NOUNS = frozenset({"performance", "performances", "acting", "portrayal"})
# "did <X> do a good job?", "<X> did great work": a verb of doing, a judgement, then the job done
JOB_DOING_VERBS = frozenset({"do", "did", "does", "doing", "done"})
JOB_NOUNS = frozenset({"job", "work"})
# "does <X> act well?": a verb of acting and how
ACTING_VERBS = frozenset({"act", "acts", "acted", "acting"})
ACTING_MANNERS = frozenset({"well", "badly", "good", "great", "convincingly", "poorly"})
IN_THE_PART = frozenset({"in", "as", "?", "."})
# What may follow "<X>'s acting" when the performance is what is asked: "... in it?", "... was great", "... like?".
PERFORMANCE_FOLLOWERS = IN_THE_PART | DEGREE | frozenset({"was", "is", "were", "like", "good", "bad", "!", ","})


def performance_judged(words: list[str], actor: tuple[int, int], liked: bool) -> int | None:
    """The position of the word that judges how an actor (their name at the token span `actor`) played their part
    in this film, or None: "was <X> good in the movie?", "is <X> convincing as <a character>?", "how was <X> in
    it?" (the actor right after "how was"), "<X>'s acting"; with `liked` (the reader heard "did you like", "any
    good"), "<X> as <a character>" is enough. What critics said of the performances answers it, not whether the
    actor is in the film."""
    actor_start, actor_end = actor
    after = actor_end
    owned = after < len(words) and words[after] in ("'s", "s")
    if owned:
        after += 1
    # "<X> acting in it" without the possessive is the verb: whether they act in it, not how
    owned = owned or words[actor_end - 1].endswith(("'s", "s'"))  # "<X>'s" may be one token
    gerund = after < len(words) and words[after].endswith("ing") and not owned
    if after < len(words) and words[after] in PERFORMANCE_NOUNS and not gerund:
        # the noun heads its phrase: not "<X>'s acting education", "<X>'s acting career" (other attributes)
        following = words[after + 1 : after + 2]
        if not following or following[0] in PERFORMANCE_FOLLOWERS | PERFORMANCE_JUDGEMENTS:
            return after
        return None
    while after < len(words) and words[after] in DEGREE:
        after += 1
    if after >= len(words):
        return None
    word = words[after]
    if word in PERFORMANCE_JUDGEMENTS and (after + 1 == len(words) or words[after + 1] in IN_THE_PART):
        return after
    job = words[after + 1 : after + 5]
    if word in JOB_DOING_VERBS and JOB_NOUNS & set(job) and PERFORMANCE_JUDGEMENTS & set(job):
        return after  # "did <X> do a good job (in it)?"
    if word in ACTING_VERBS and words[after + 1 : after + 2] and words[after + 1] in ACTING_MANNERS:
        return after  # "does <X> act well?"
    how = words[:1] == ["how"] and actor_start == 2 and words[1] in ("was", "is", "did", "does")
    if word in ("in", "as") and (liked or how):
        return after
    return None


def part_of_it(words: list[str]) -> bool:
    """ "the most skilled performance in it", "one scene in it", "songs in it": a part of a film, then a preposition
    and "it" (up to two words apart: "any scene at all in it"): "it" is this film."""
    for at, word in enumerate(words):
        if word == "it" and at >= 2 and words[at - 1] in POINTING_PREPOSITIONS:
            if set(words[max(0, at - 4) : at - 1]) & PARTS_OF_A_FILM:
                return True
    return False


# "Is it legal to <do something>?": "it" stands for the infinitive after the adjective, not for the film.
DUMMY_IT_OPENERS = (("is", "it"), ("was", "it"), ("isn't", "it"), ("would", "it", "be"))
# Words before "to" that make "it" the subject of what follows ("is it going to be …", "is it supposed to be good").
NOT_DUMMY_SLOTS = frozenset(
    {"going", "gonna", "supposed", "meant", "set", "due", "coming", "about", "likely", "expected"}
)
NOT_INFINITIVES = frozenset({"the", "a", "an", "my", "your", "his", "her", "its", "this", "that", "me", "him", "them"})
DUMMY_IT_REACH = 3  # "is it <really> <legal> to": at most two words between the opener and "to"
# Words after "to" that keep the question on a film ("is it ok to watch with kids?", "is it safe to read the book").
FILM_ACTIVITY = VIEWING_VERBS | frozenset({"read", "listen", "show", "stream"})


def generic_infinitive(words: list[str], lexicon: Lexicon) -> bool:
    """ "Is it legal to do a cover of a song?": an opener whose "it" anticipates an infinitive ("is it <adjective> to
    <verb> …"), or "how to <verb> …", with nothing of a film after it (no film word such as "it", "the movie" or its
    title, no viewing or reading): a general question, not one about this film."""
    if words[:2] == ["how", "to"]:
        # "how to make a hard movie for children?": how anyone does a thing, with no film of ours in it
        rest = words[2:]
        return bool(rest) and not lexicon.find(rest, ("film",)) and not FILM_ACTIVITY & set(rest)
    opener = next((o for o in DUMMY_IT_OPENERS if tuple(words[: len(o)]) == o), None)
    if opener is None:
        return False
    to = next((i for i in range(len(opener), min(len(words), len(opener) + DUMMY_IT_REACH)) if words[i] == "to"), None)
    if to is None or to == len(opener) or NOT_DUMMY_SLOTS & set(words[len(opener) : to]):
        return False  # "is it to be released?", "is it going to be on <a service>?": "it" is the film
    if words[to + 1 : to + 2] and words[to + 1] in NOT_INFINITIVES:
        return False  # "is it sad to the end?": "to" opens no infinitive
    rest = words[to + 1 :]
    return not lexicon.find(rest, ("film",)) and not FILM_ACTIVITY & set(rest)


# "Is it weird to watch it with my mom?": watching judged, which asks no platform. Adjectives that judge doing it.
JUDGED_DOING = frozenset(
    "weird strange awkward ok okay appropriate fine fun good bad boring sad scary safe hard easy better wrong "
    "cringe cringy embarrassing romantic depressing".split()
)


def watching_judged(words: list[str], hits: list[Hit]) -> list[Hit]:
    """The hits without the platform's verb of watching when it follows "<a judging adjective> to" ("is it weird to
    watch it alone?", "would it be awkward to see it with my parents?"): how watching would be, not where."""
    judged = {i + 2 for i in range(len(words) - 2) if words[i] in JUDGED_DOING and words[i + 1] == "to"}
    if not judged:
        return hits
    return [h for h in hits if not (h.kind == "attribute" and h.key == "platform" and h.start in judged)]
