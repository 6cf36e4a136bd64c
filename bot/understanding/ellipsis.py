"""Elliptic follow-ups: "what about <someone>?", "and what about the screenplay?".

A follow-up that names only a new subject, or only a new attribute, asks the previous
question again with that one part changed. The words "what about" carry no question of their
own: in particular "about" is not the plot (the classifier, trained on "what is it about?",
reads it so). Rasa-free; the reader applies it, and the actions repeat the previous question
(actions/follow_on.py) when the reader marks a new subject with `attribute: same_question`.

- a name (or a pronoun) and nothing else: the previous question, about that subject;
- a crew role or an attribute: that attribute of the film (or of the name given);
- nothing the reader can place ("what about the other one?", "what about that?"): not
  understood, rather than the plot or another subject's fact;
- "and in <a country>?": the previous question again, as asked (its answer says where it holds), never the
  film's country or language that "in <a country>" reads as alone.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from bot.understanding import conversation_talk
from bot.understanding.countries import country_named
from bot.understanding.lexicon import UNHELD, Hit, Lexicon

# The value of the `attribute` entity that asks the actions to repeat the previous question.
SAME_QUESTION = "same_question"
# The value of the `attribute` entity that asks the actions to repeat the previous question as it was, in another
# place: "when did it come out?" then "and in Japan?".
SAME_QUESTION_ELSEWHERE = "same_question_elsewhere"
# Words that lead a bare follow-up: "and how tall?", "what about birthday?" (the actions and the reader share them).
FOLLOW_UP_LEADS = frozenset({"and", "so", "what", "about", "then", "now", "also", "ok", "okay", "oh"})
# Words that may open the follow-up before "what about": discourse markers, not questions.
LEADING = frozenset(
    {
        "and",
        "ok",
        "okay",
        "so",
        "great",
        "thanks",
        "thank",
        "you",
        "cool",
        "got",
        "it",
        "oh",
        "well",
        "right",
        "alright",
    }
)
ASKING = frozenset({"what", "how", "whats", "what's"})
# Words that point back without naming anyone: nothing the reader can resolve on its own.
VAGUE = frozenset(
    {"the", "other", "others", "one", "ones", "that", "this", "those", "these", "else", "guy", "girl", "then", "?", "."}
)
PRONOUNS = frozenset({"him", "her", "them", "he", "she", "they", "his", "hers"})
PUNCTUATION = frozenset({"?", ".", "!", ",", "...", "-", ";"})
# What may stand around the subject of "and <someone>?" without asking anything.
BARE_WORDS = PUNCTUATION | {"the", "a", "an", "'s", "s", "'", "then", "too", "also", "for"}


def opener_end(words: list[str], clause_starts: list[int]) -> int | None:
    """Where the words after "what about" begin, if the last clause is such a follow-up."""
    for i in range(len(words) - 1):
        if words[i] in ASKING and words[i + 1] == "about":
            clause = max(s for s in clause_starts if s <= i)
            # the last clause ("what about <someone>? who does he play?" asks the second question), with
            # nothing but discourse markers before it in its clause ("ok, and what about ...")
            if all(w in LEADING for w in words[clause:i]) and not any(s > i for s in clause_starts):
                return i + 2
    return None


# "and <someone>?", "or a thriller?" (after "is it a comedy?"): a follow-up joined to the previous question.
JOINING_OPENERS = frozenset({"and", "or"})


def and_start(words: list[str], clause_starts: list[int]) -> int | None:
    """Where the words after a clause-opening "and" or "or" begin ("and <someone>?", "ok, and his mother?", "or a
    thriller?")."""
    clause = max(clause_starts) if clause_starts else 0
    for i in range(clause, len(words) - 1):
        if words[i] in JOINING_OPENERS:
            return i + 1 if all(w in LEADING for w in words[clause:i]) else None
    return None


def _bare(start: int, words: list[str], covered: set[int]) -> bool:
    """Nothing after `start` but names, lexicon phrases, pronouns and articles: no question of its own."""
    return all(i in covered or words[i] in PRONOUNS | BARE_WORDS for i in range(start, len(words)))


def _predicate_after(words: list[str], names: list[dict[str, Any]], spans: list[tuple[int, int]]) -> bool:
    """Whether a verb follows the last name: "what about <a name> was …?" asks what of them was so."""
    name_end = max(int(n.get("end") or 0) for n in names)
    after = [word for word, (begin, _) in zip(words, spans, strict=False) if begin >= name_end]
    return bool(conversation_talk.AUXILIARIES & set(after))


def _inside_a_name(hit: Hit, names: list[dict[str, Any]], spans: list[tuple[int, int]]) -> bool:
    """A lexicon phrase within a name the entity rules found is that name's words ("the <role>" that is a
    character's alias and also a lexicon claim names that character; it claims nothing of them)."""
    begin, end = spans[hit.start][0], spans[hit.end - 1][1]
    return any(int(n.get("start") or 0) <= begin and end <= int(n.get("end") or 0) for n in names)


# "I meant <X>", "sorry I meant to say <X>", "what I meant was <X>": a correction, the previous question asked again
# with <X> in place of what it named, as "what about <X>?" asks it. What may stand before "meant" in its clause, and
# the words after it that only lead to <X>.
CORRECTION_LEAD = LEADING | frozenset(
    {"i", "i'd", "id", "we", "actually", "sorry", "oops", "no", "nah", "nope", "btw", "yes", "yeah", "what", "mean"}
)
CORRECTION_LINK = frozenset({"to", "say", "ask", "was", "is", "meant"}) | PUNCTUATION
# "the composer, not the director": what the correction takes back is no part of it.
TAKEN_BACK = frozenset({"not", "instead", "rather"})


def correction_end(words: list[str], clause_starts: list[int]) -> int | None:
    """Where <X> begins when the last clause is a correction "(sorry,) I meant (to say) <X>", or None."""
    clause = max((s for s in clause_starts if s < len(words)), default=0)
    meant = next((i for i in range(clause, len(words)) if words[i] == "meant"), None)
    if meant is None or not all(w in CORRECTION_LEAD for w in words[clause:meant]):
        return None
    if meant > clause and words[meant - 1] not in SPEAKER_MEANT:
        return None  # "what the title meant": a meaning asked, not the speaker's correction
    start = meant + 1
    while start < len(words) and words[start] in CORRECTION_LINK:
        start += 1
    return start if start < len(words) else None


def taken_back(words: list[str], start: int) -> int:
    """Where a correction's "not <Y>" begins after `start` (the end of the words when there is none)."""
    return next((i for i in range(start, len(words)) if words[i] in TAKEN_BACK), len(words))


def what_about(
    words: list[str],
    hits: list[Hit],
    names: list[dict[str, Any]],
    roles: list[dict[str, Any]],
    spans: list[tuple[int, int]],
    clause_starts: list[int],
    lexicon: Lexicon,
) -> tuple[str, list[tuple[str, str, int, int]]] | None:
    """The intent, and entities to add (entity, value, start, end), for a "what about X?" follow-up.

    None when the message is not one, or when the rest of the reader should decide (an
    attribute asked of a name: "what about her age?").
    """
    start = opener_end(words, clause_starts)
    bare_and = False
    if start is None:
        # a correction names only its new part, as "and <X>?" does: "i meant the ending was sad" is no follow-up
        start = correction_end(words, clause_starts)
        bare_and = start is not None
    if start is None:
        start = and_start(words, clause_starts)
        bare_and = True
    if start is None:
        return None
    rest = [w for w in words[start:] if w not in PUNCTUATION]
    if not rest:
        return None
    first_char = spans[start][0] if start < len(spans) else 0
    later_names = [n for n in names if int(n.get("start") or 0) >= first_char]
    later_roles = [r for r in roles if int(r.get("start") or 0) >= first_char]
    asked = [h for h in hits if h.start >= start and h.kind in ("attribute", "relation", "claim")]
    later_hits = [h for h in asked if not _inside_a_name(h, later_names, spans)]
    related = {i for h in later_hits if h.kind == "relation" for i in range(h.start, h.end)}
    # a relation word is also a family attribute ("mother"): read as the relation, as the reader does
    later_hits = [h for h in later_hits if h.kind == "relation" or not related & set(range(h.start, h.end))]
    if bare_and and any(h.end < start and h.kind in ("attribute", "relation", "claim") for h in hits):
        return None  # "who sings it? and who is the actor?": a second question of this message, not a follow-up
    if bare_and:  # "and <someone>?": only when nothing else is asked ("and who plays her?" is its own question)
        covered = {i for h in later_hits for i in range(h.start, h.end)}
        for entity in (*later_names, *later_roles):
            covered |= {
                i
                for i, (a, b) in enumerate(spans)
                if a >= int(entity.get("start") or 0) and b <= int(entity.get("end") or 0)
            }
        if not _bare(start, words, covered) or not (later_names or later_hits or later_roles):
            return None
    end = spans[-1][1]
    # The marker sits on the opener's last word ("and", "about"), apart from the entities after it, so
    # that a test story can annotate both (Rasa's inline format cannot nest entities).
    first_char, end = spans[start - 1] if 0 < start <= len(spans) else (first_char, end)
    relations = [h for h in later_hits if h.kind == "relation"]
    if relations and not later_names and len(relations) == len(later_hits):
        # "and his mother?", "what about her father?": the previous question, about that relation
        return "ask_character", [("attribute", SAME_QUESTION, first_char, end)]
    if later_roles and not later_names:  # "what about the screenplay?": that credit of the film
        role = str(later_roles[0].get("value"))
        return ("ask_director" if role == "director" else "ask_crew"), []
    claims = [h for h in later_hits if h.kind == "claim"]
    if claims and len(claims) == len(later_hits) and not later_names and not PRONOUNS & set(rest):
        claim = lexicon.claims[claims[0].key]
        if claim.holds == "word":  # "or a thriller?", "what about hulu?": the yes/no of that value, as its own
            hit = claims[0]
            value = f"{hit.key}:{claim.aliases.get(hit.phrase, hit.phrase)}"
            return claim.then, [("claim", value, spans[hit.start][0], spans[hit.end - 1][1])]
    if later_hits:
        if later_names or PRONOUNS & set(rest) or later_hits[0].kind != "attribute":
            # "what about Haruna's age?", "and where was he born?": a person's, not the film's: the usual rules
            return None
        attribute = lexicon.attributes[later_hits[0].key]
        target = attribute.intent_for("film")
        if target == UNHELD:
            return None
        hit = later_hits[0]
        entities = [(e, str(v), spans[hit.start][0], spans[hit.end - 1][1]) for e, v in attribute.entity.items()]
        return target, entities
    if later_names and not bare_and and _predicate_after(words, later_names, spans):
        return None  # "what about <a name> was unpopular?": a wh-question of its own, not a follow-up
    if later_names and _owned_after(words, later_names[0], spans):
        return None  # "what about <a name>'s eyes?": something of theirs asked, for the usual rules
    if later_names:  # "what about <a name>?": the previous question, about that name
        kind = str(later_names[0].get("entity"))
        return ("ask_person" if kind == "person" else "ask_character"), [("attribute", SAME_QUESTION, first_char, end)]
    if set(rest) <= PRONOUNS | {"the"}:  # "what about her?": the previous question, about whom the slot holds
        return "ask_person", [("attribute", SAME_QUESTION, first_char, end)]
    if set(rest) <= VAGUE:  # "what about the other one?": nobody the reader can name
        return "nlu_fallback", []
    return None


def _owned_after(words: list[str], name: dict[str, Any], spans: list[tuple[int, int]]) -> bool:
    """A possessive name with a word after it: "<a name>'s eyes" asks the thing owned, not the name."""
    end = int(name.get("end") or 0)
    last = max((i for i, (a, _) in enumerate(spans) if a < end), default=None)
    if last is None or not words[last].endswith("'s"):
        return False
    return any(w not in PUNCTUATION for w in words[last + 1 :])


# What may follow a title after "what about": "how about The Birds movie?".
TITLE_TAIL = frozenset({"movie", "film", "one", "then", "instead"})
ARTICLES = frozenset({"the", "a", "an"})
MAX_TITLE_WORDS = 6


def title_asked_about(
    text: str,
    words: list[str],
    spans: list[tuple[int, int]],
    clause_starts: list[int],
    placed: Callable[[int], bool],
    capitalised: Callable[[tuple[int, int]], bool],
) -> str | None:
    """ "How about Little?", "what about Missing Link": a title the reader cannot place, or None.

    After "what about" a follow-up names a new subject; when every word of it is capitalised (and
    "about" is not: Title Case typing gives no signal) and none is a name, attribute or word of this
    film (`placed`), it is another film's title, even one made of common words.
    """
    start = opener_end(words, clause_starts)
    if start is None or start < 1 or capitalised(spans[start - 1]):
        return None
    rest = [i for i in range(start, len(words)) if words[i] not in PUNCTUATION]
    while rest and words[rest[-1]] in TITLE_TAIL:
        rest.pop()
    content = [i for i in rest if words[i] not in ARTICLES]
    if not content or len(rest) > MAX_TITLE_WORDS:
        return None
    if any(placed(i) or not capitalised(spans[i]) for i in content):
        return None
    return text[spans[rest[0]][0] : spans[rest[-1]][1]]


# "No, I meant the actress": the speaker's own "meant" corrects the question, it asks no meaning.
SPEAKER_MEANT = frozenset({"i", "i'd", "id", "we", "actually", "sorry", "oops"})
MEANT_WORDS = frozenset({"mean", "meant"})


def speaker_meant(words: list[str], hits: list[Hit]) -> list[Hit]:
    """The hits without a "meaning" read from "I meant ..." / "I mean, ..." (a correction or a filler)."""
    return [
        h
        for h in hits
        if not (
            h.kind == "attribute"
            and h.key == "meaning"
            and h.end - h.start == 1
            and words[h.start] in MEANT_WORDS
            and h.start > 0
            and words[h.start - 1] in SPEAKER_MEANT
        )
    ]


# "When was that?": a time asked of what was just talked about, with no attribute named.
WHEN_VERBS = frozenset({"was", "is", "did", "does"})
POINTING_BACK = frozenset({"that", "this", "it"})
HAPPENING = frozenset({"happen", "occur"})
# Every form of them: "when did that happen?", "it happened when?" (actions/pointed_event.py).
HAPPENING_FORMS = HAPPENING | frozenset({"happened", "happens", "happening", "occurred", "occurs"})


def when_was_that(words: list[str]) -> bool:
    """ "ok, when was that?", "and when was it", "when did that happen?", "since when?": when + a copula + a pointing
    word, or a bare "when", nothing else asked.
    The time of the thing talked about is its release (the novel's, after the novel: actions/follow_on.py)."""
    rest = [w for w in words if w not in PUNCTUATION]
    while rest and rest[0] in LEADING - POINTING_BACK:
        rest = rest[1:]
    if rest[-1:] and rest[-1] in HAPPENING and rest[1:2] in (["did"], ["does"]):
        rest = rest[:-1]  # "when did that happen?": the time of what was talked about too
    if rest in BARE_WHEN:
        return True  # "since when?" after "it's on <a service>": the time of what was just said
    return len(rest) == 3 and rest[0] == "when" and rest[1] in WHEN_VERBS and rest[2] in POINTING_BACK


# A time asked with nothing else: "when?", "since when?", "from when?".
BARE_WHEN = (["when"], ["since", "when"], ["from", "when"])

# The value of the `attribute` entity for "where?" after a question of when: the place of the same thing (where
# someone was born, where the film came out); after any other question, nothing the reader can place
# (actions/follow_on.py).
SAME_QUESTION_WHERE = "same_question_where"
# A place asked with nothing else: "where?", "and where?", "where was that?", "where then?".
BARE_WHERE = (["where"], ["where", "then"], ["where", "was", "that"], ["where", "was", "it"], ["where", "at"])


def where_was_that(words: list[str]) -> bool:
    """ "where?", "and where?", "ok, where was that?": a place asked of what was just talked about, nothing else."""
    rest = [w for w in words if w not in PUNCTUATION]
    while rest and rest[0] in LEADING - POINTING_BACK:
        rest = rest[1:]
    return rest in BARE_WHERE


# "the other one?", "what about the other friend?", "and the other parent": one of a group of relatives (the
# relation value names the group's kind when a relation word is given); the actions find who, against the
# character the conversation is about.
OTHER_RELATIVE = "other"
POINTING = frozenset({"the", "that"})
# What may follow "the other" and still mean a person of the group (a relation word may too).
OTHER_PERSONS = frozenset({"one", "guy", "girl", "boy", "person", "kid", "woman", "man", "lady", "?", "."})
# Words a short follow-up may hold besides "the other ...": openers, question words, "who is", "plays".
OTHER_FRAME = LEADING | ASKING | PUNCTUATION | {"about", "who", "whos", "who's", "is", "was", "and", "then", "plays"}
OTHER_WORDS_AT_MOST = 8


def the_other(words: list[str], names: list[Any], hits: list[Hit]) -> str | None:
    """The relation value for a short follow-up that asks for "the other" of a group, or None: no name
    given, nothing else asked (no attribute), and nothing but the follow-up's own words."""
    if names or len(words) > OTHER_WORDS_AT_MOST or "other" not in words:
        return None
    at = words.index("other")
    if at == 0 or words[at - 1] not in POINTING or any(h.kind != "relation" for h in hits):
        return None
    relation = next((h for h in hits if h.start == at + 1), None)
    end = relation.end if relation is not None else min(at + 2, len(words))
    if relation is None and at + 1 < len(words) and words[at + 1] not in OTHER_PERSONS:
        return None  # "the other side", "the other song": no person
    if not all(w in OTHER_FRAME for w in words[: at - 1] + words[end:] if w not in OTHER_PERSONS):
        return None
    return f"{OTHER_RELATIVE}:{relation.key}" if relation is not None else OTHER_RELATIVE


# What may close "and in <a country>?" without asking anything of its own.
PLACE_TAIL = PUNCTUATION | {"too", "then", "also", "though", "tho"}
HOW_ABOUT = frozenset({"what", "how"})


def place_follow_up(words: list[str], clause_starts: list[int]) -> int | None:
    """The index of "in" when the last clause is only "(and | what about) in <a country>?" ("and in Japan?",
    "what about in the US?"), or None."""
    clause = max(clause_starts) if clause_starts else 0
    at = clause
    while at < len(words) and words[at] in LEADING:
        at += 1
    if at + 1 < len(words) and words[at] in HOW_ABOUT and words[at + 1] == "about":
        at += 2
    if at >= len(words) or words[at] != "in":
        return None
    rest = words[at + 1 :]
    if rest[:1] == ["the"]:
        rest = rest[1:]
    named = country_named(rest)
    if named is None or not all(word in PLACE_TAIL for word in rest[named[1] :]):
        return None
    return at


# "Anything else?", "what else?", "any more?", "anything besides those?": more of what was just talked about, with
# nothing named and nothing asked; the words it may have, and one of which it must have.
MORE_WORDS = frozenset({"else", "more", "others", "besides"})
MORE_FILLERS = frozenset(
    """anything something what any other is there got have you ok okay and so tell me those these them that
    thing things stuff""".split()
)


def more_of_the_same(words: list[str]) -> bool:
    """ "anything else?", "what else?", "any more?": more of the last answer's subject, nothing else said."""
    said = [w for w in words if w not in PUNCTUATION]
    return bool(said) and bool(MORE_WORDS & set(said)) and all(w in MORE_WORDS | MORE_FILLERS for w in said)
