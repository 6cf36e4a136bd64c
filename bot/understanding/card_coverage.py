"""The words of a wh-question that a card would leave unanswered (round 31, issue 10).

The classifier may pick a card - who a person is, the novel, the release - for a question that asks something
else of its subject: "who was <X>'s first piano teacher?", "when was the novel first banned by school boards?".
bot/understanding/reading.py takes the content words nothing read explains; these rules set aside the ones that
only describe the work named on the way ("the dramatic movie <title>", "the film that depicts ..."), that say how a
work is made or brought out (the cards' own matter), that place or glue ("during", "out"), or that name the kind of
person asked ("what band ..."). What is left is what the card would not answer. Rasa-free.
"""

from __future__ import annotations

from collections.abc import Iterable

from bot.store import FactStore
from bot.understanding import coverage, film_talk, person_asked
from bot.understanding.intent_evidence import stem
from bot.understanding.lexicon import tokens
from bot.understanding.proper_names import HONORIFICS

# Nouns of a work a question may describe on its way to what it asks ("the dramatic movie <title>", "the novel
# which was later turned into the movie"): the film's or the book's own nouns, and the song's; a bare "work" only
# by a clause after it ("the work that inspired it": "the subsequent work" asks a later one).
DESCRIBED_WORKS = coverage.WORK_NOUNS | {"song", "story", "stories", "tale", "tales"}
CLAUSE_DESCRIBED_WORKS = DESCRIBED_WORKS | {"work", "works", "adaptation"}
DETERMINERS = frozenset({"the", "a", "an", "this", "that", "its", "his", "her", "their"})
# Prepositions that end a description before a work noun ("the running for best song" describes no song).
NOUN_PHRASE_BREAKS = coverage.WORK_PREPOSITIONS | {"to", "from", "at", "by"}
# Words that open a description after a work noun: "the film that depicts …", "the netflix film starring …".
DESCRIPTION_OPENERS = frozenset(
    {"that", "which", "who", "where", "whose", "starring", "featuring", "about", "depicting", "showing"}
)
DESCRIPTION_OPENING_PAIRS = (["on", "which"], ["in", "which"])
# Words of making, adapting and bringing out a work: the cards of the novel, the credits and the release say them.
MAKING_AND_RELEASE_WORDS = frozenset(
    """hit shelves shelf stores theaters theatres screen screens scheduled slated due published publish publication
    printed released release premiered premiere debuted debut aired dropped adapted adapts adapt adaptation based
    inspired turned extended later originally time month day date volume volumes installment tales tale
    illustrated illustrator rewrote rewritten became provided songstress vocalist recorded guest cameo appearance
    appearances""".split()
)
# People a work noun may modify ("a show performer", "a movie star"): the phrase names them, not a work.
WORK_PEOPLE = frozenset(
    """performer performers host hosts presenter presenters star stars actor actors actress actresses director
    directors writer writers singer singers fan fans critic critics""".split()
)
# Nouns of a group asked for: "what band sings <the song>?" asks the credit's holder.
GROUP_NOUNS = frozenset("band bands group groups duo unit units trio".split())
# Prepositions and particles the function words leave out: they place what is asked or end a verb, never name it
# ("during the credits", "is it out yet").
PLACING_WORDS = frozenset(
    "during before after over under through since until till while throughout within without between among "
    "across along around behind beyond near onto upon toward towards via per out off away back yet".split()
)


# Superlatives that rank works or people ("its longest book", "the best song"): they pick one, never only describe
# it; not "first" or "latest", which the cards date.
RANKING_SUPERLATIVES = (film_talk.PEOPLE_RECORD_WORDS | film_talk.SUPERLATIVES) - {
    "first",
    "latest",
    "newest",
    "top",
    "most",
}


def describing_a_work(words: list[str]) -> frozenset[str]:
    """The words that only describe a work named on the way ("the <dramatic> movie", "the film <that depicts a boy
    with a year to live>"): between a determiner and a work noun (no preposition between), and in a description
    after a work noun."""
    described: set[str] = set()
    for i, word in enumerate(words):
        if word not in CLAUSE_DESCRIBED_WORKS:
            continue
        if words[i + 1 : i + 2] and words[i + 1] in WORK_PEOPLE:
            continue  # "a half time show performer": the person is described, not the show
        start = next((j for j in range(i - 1, max(-1, i - 5), -1) if words[j] in DETERMINERS), None)
        between = words[start + 1 : i] if start is not None else []
        if word in DESCRIBED_WORKS and not set(between) & NOUN_PHRASE_BREAKS:
            described.update(w for w in between if w not in RANKING_SUPERLATIVES)
        after = words[i + 1 : i + 3]
        if (after and after[0] in DESCRIPTION_OPENERS) or after in DESCRIPTION_OPENING_PAIRS:
            described.update(words[i + 1 :])
        if word in DESCRIBED_WORKS and _placed_in(words, i):
            described.add(word)  # "<a character>'s father in <the author>'s <the title> stories": where, not what
    return frozenset(described)


# Prepositions that make a work the place a question asks in ("in <the author>'s stories"), and how far back.
PLACING_IN = frozenset({"in", "from"})
PLACE_REACH = 6


def _placed_in(words: list[str], at: int) -> bool:
    """Whether the work noun at `at` ends a phrase opened by "in"/"from" with no other preposition between."""
    for j in range(at - 1, max(-1, at - PLACE_REACH - 1), -1):
        if words[j] in PLACING_IN:
            return True
        if words[j] in NOUN_PHRASE_BREAKS:
            return False
    return False


# Names an assistant is called by ("alexa, give me everything you know about <a>"): the question's addressee.
ADDRESSEES = frozenset({"alexa", "siri", "cortana", "bixby", "jarvis", "chatbot", "bot", "assistant"})
# Words that only soften or hedge a question ("tell me a bit about <a>", "how old is <a> supposed to be?").
HEDGES = frozenset({"bit", "little", "lot", "supposed", "basically", "briefly", "quick", "quickly", "roughly"})
# Words that ask for someone's story, which a character's card tells ("what happened to <a>?").
STORY_ASKING_WORDS = frozenset({"happen", "happens", "happened", "happening", "fate", "story", "became", "become"})


def names_what_is_asked(word: str, known: frozenset[str], *, glue_typos: bool = True) -> bool:
    """A word that says what is asked: not one of asking about someone in general, of making or bringing out a
    work, of placing; no number, short word, alias said without its possessive, nor typo of a known word (nor of a
    word that glues a question together, unless `glue_typos` is off: a search's last noun is no "yours")."""
    if not word.isalpha() or len(word) < 3 or word in person_asked.ABOUT_SOMEONE_WORDS or word in PLACING_WORDS:
        return False
    if word in ADDRESSEES or word in HEDGES or word in HONORIFICS:  # "<a>-san": part of the name
        return False
    if word in person_asked.PERSON_NOUNS or word in GROUP_NOUNS or word in MAKING_AND_RELEASE_WORDS:
        return False  # "what band sings <the song>?": the kind of credit holder asked
    typo = person_asked.typo_of_an_explained_word if glue_typos else person_asked.typo_of_one_of
    return f"{word}'s" not in known and not typo(word, known)


def words_asked(words: list[str], unexplained: list[str]) -> coverage.Span:
    """From the first word nothing explains to the last content word before the end or a later wh-word: "initial
    piano teacher", "studied in schools", "commercial inspired" (of "… inspired which star …")."""
    first = words.index(unexplained[0])
    end = first + 1
    for i in range(first + 1, len(words)):
        if words[i] in person_asked.WH_OPENERS:
            break
        if words[i].isalpha() and words[i] not in coverage.FUNCTION_WORDS:
            end = i + 1
    return coverage.Span(first, end)


def card_words(
    store: FactStore, kind: str, entity_id: str, synonyms: tuple[frozenset[str], ...] = ()
) -> frozenset[str]:
    """The stems of every word the card of one of the film's people says: their names, their description, who plays
    them or whom they play, their relations, the works they are known for; and of the words `synonyms` (the
    lexicon's sets) gives for one of them ("sick" for "ill"). A word of a question outside them is something the
    card does not speak to ("why was <a character> disgraced?")."""
    key = (id(store), kind, entity_id, id(synonyms))
    if key not in _CARD_WORDS:
        if len(_CARD_WORDS) > CARD_WORDS_KEPT:
            _CARD_WORDS.clear()
        _CARD_WORDS[key] = _widened(_stems(_card_texts(store, kind, entity_id)), synonyms)
    return _CARD_WORDS[key]


CARD_WORDS_KEPT = 256
_CARD_WORDS: dict[tuple[int, str, str, int], frozenset[str]] = {}


def _card_texts(store: FactStore, kind: str, entity_id: str) -> list[str]:
    if kind == "character":
        character = store.characters[entity_id]
        texts = [*character.name_forms()]
        if character.description is not None and character.description.known:
            texts += [str(character.description.value), character.description.detail or ""]
        texts += [store.display_name("person", c.actor) for c in store.actor_of(entity_id) if c.actor in store.people]
        for relation in store.relations:
            if entity_id in (relation.subject, relation.object):
                other = relation.object if relation.subject == entity_id else relation.subject
                named = store.characters[other].name_forms() if other in store.characters else ()
                texts += [relation.relation, *named]
        return texts
    person = store.people[entity_id]
    texts = [*person.name_forms(), *(work.title for work in person.known_for)]
    texts += [str(f.value) for f in (person.about, person.born, person.birthplace, person.hometown) if f and f.known]
    for credit in store.roles_of(entity_id):
        if credit.character in store.characters:
            texts += _card_texts(store, "character", credit.character)
    texts += [credit.role for credit in store.crew_roles_of(entity_id)]
    return texts


def credit_card_words(store: FactStore, role: str, synonyms: tuple[frozenset[str], ...] = ()) -> frozenset[str]:
    """The stems of every word the card of a credit says (the theme song's: its title, performers, the original's
    band, writer and producer, what it is about, its release), widened by the lexicon's synonym sets."""
    key = (id(store), "credit", role, id(synonyms))
    if key not in _CARD_WORDS:
        credit = store.crew.get(role)
        texts: list[str] = []
        if credit is not None:
            texts += [credit.role, *credit.aliases, str(credit.fact.value or ""), credit.fact.detail or ""]
            for person in credit.people:
                texts += _card_texts(store, "person", person) if person in store.people else [person]
            if credit.work is not None:
                texts += [str(credit.work.value or ""), credit.work.detail or ""]
                for name, value in credit.work.extra.items():
                    texts.append(name.replace("_", " "))
                    if isinstance(value, str):
                        texts += [*store.people[value].name_forms()] if value in store.people else [value]
        _CARD_WORDS[key] = _widened(_stems(texts), synonyms)
    return _CARD_WORDS[key]


# An agent noun's ending: the card's "owner" speaks to "owns", its "teacher" to "taught by"'s "teach".
AGENT_ENDINGS = ("er", "or")
AGENT_MIN_LETTERS = 5


def _stems(texts: Iterable[str]) -> frozenset[str]:
    found = set()
    for text in texts:
        for w in tokens(text):
            found.add(stem(w))
            if len(w) >= AGENT_MIN_LETTERS and w.endswith(AGENT_ENDINGS):
                found.add(stem(w[:-2]))
    return frozenset(found)


def _widened(said: frozenset[str], synonyms: tuple[frozenset[str], ...]) -> frozenset[str]:
    """The stems said and those of every synonym set that shares one with them ("sick" beside "ill")."""
    widened = set(said)
    for words in synonyms:
        stems = _stems(words)
        if stems & said:
            widened |= stems
    return frozenset(widened)


def speaks_to(word: str, card: frozenset[str]) -> bool:
    """The card says this word, however inflected ("drawing" of "draws")."""
    return stem(word) in card


# Nouns that name the book itself, its author or its story: the subject of a yes/no question about the novel.
NOVEL_SUBJECT_WORDS = frozenset(
    """book books novel novels author writer story stories series light original source manga written write wrote
    writes writing originally""".split()
)


def novel_card_words(store: FactStore) -> frozenset[str]:
    """The stems of every word the novel's card says (its facts, their details, its author's names): a word of a
    yes/no question about the book outside them is a claim the card does not decide ("is the book sad?")."""
    if id(store) not in _NOVEL_CARD_WORDS:
        texts = [str(f.value) for f in store.novel.values() if f.value is not None]
        texts += [f.detail for f in store.novel.values() if f.detail]
        author = store.novel.get("author")
        if author is not None and str(author.value) in store.people:
            texts += store.people[str(author.value)].name_forms()
        _NOVEL_CARD_WORDS.clear()
        _NOVEL_CARD_WORDS[id(store)] = _stems(texts)
    return _NOVEL_CARD_WORDS[id(store)]


_NOVEL_CARD_WORDS: dict[int, frozenset[str]] = {}


def said_beyond_the_novel(words: list[str], store: FactStore, glue: frozenset[str]) -> list[str]:
    """The content words of a yes/no question about the book that its card never says, less `glue`: words of chat
    around a claim ("is it true that …", "… as well") and languages, which the card decides by the book's own
    title ("was the book written in French?")."""
    card = novel_card_words(store)
    return [
        w
        for w in words
        if w.isalpha()
        and w not in glue
        and len(w) > 2
        and w not in coverage.FUNCTION_WORDS
        and w not in NOVEL_SUBJECT_WORDS
        and not speaks_to(w, card)
    ]
