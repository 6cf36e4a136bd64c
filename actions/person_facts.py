"""What the store says about one of the film's people when the reader found no attribute it holds.

"What band is he in?", "which instrument does <X> play?", "what was <X>'s debut?": no fact of the
store is keyed so, but a person's description or a work they are known for may say it ("a member
of ...", "bassist", "his debut"). The answer is that sentence of the store, about that person only;
with none, the caller says "I don't know <that person>'s <that>", never another person's facts or
the film's. Also: after "who plays <a character>?" a pronoun means the actor just named.
"""

from __future__ import annotations

import re

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, SlotSet

from actions.birth import subject_person
from actions.common import Reply, asked_text, entity_values, previous_turn, store
from bot.japanese import has_japanese
from bot.store import FactStore, Person, Work, sentences
from bot.understanding import aspect_asked, cast_by_work, clauses, named_work, people_reading, works_period
from bot.understanding.award_named import asks_nominations_only, award_name_words, award_not_said
from bot.understanding.lexicon import default_lexicon, tokens
from bot.understanding.person_asked import ASKED_OF_PERSON
from bot.understanding.reading import NEGATIVE_TAGS, SONG_ROLE

ASKED = "asked"
# The head words the reader tags: of a wh-phrase, and of what is asked of a person beyond who they are.
ASKED_KEYS = frozenset({ASKED, ASKED_OF_PERSON})
PREFERENCE_WORDS = frozenset({"favourite", "favorite", "fave", "fav", "preferred"})
NAMING_WORDS = frozenset({"called", "named"})
# What happened to the thing asked ("when was the band he belongs to formed?"): its event, which no membership says.
THING_EVENT_WORDS = frozenset(
    {"formed", "founded", "established", "started", "created", "disbanded", "split", "broke", "debuted", "began"}
)
DEBUT = "debut"
AWARDS = "awards"
# Answers that name the actor of a character ("who plays <a character>?", "who is the lead actress?"): a pronoun
# in the next question means that actor.
ACTOR_ANSWERS = frozenset({"action_who_plays", "action_cast"})
# Answers about a person themself ("who is <an actress>?", "what else has she been in?"): unless their question
# named a character, a pronoun in the next question means that person, not a character remembered from before.
PERSON_ANSWERS = frozenset({"action_person", "action_other_work"})
# Answers to a personal question ("is she married?", "how old is she?"): asked of a pronoun, they keep the person
# asked about. The character action answers one when it sets the person and no character (her age, not the role's).
PRONOUN_FOLLOW_UPS = frozenset({"action_fact", "action_character"})
# Actions that answer nothing about anyone ("thanks", the session's own): they keep the last answer's person.
NOT_ANSWERS = frozenset({"action_listen", "action_session_start", "action_unlikely_intent"})
# "What was her first leading role?", "his starring debut", "the first movie in which <a> starred": a first lead
# counts as the debut asked.
LEAD_WORDS = frozenset({"lead", "leading", "starring", "starred", "major", "main"})
FIRST_LEAD = re.compile(r"\bfirst (?:\w+ )?lead\b")
# The most work notes one answer lists ("what awards did <X> win?" in several works).
MAX_NOTES = 3


def actor_answered_last(tracker: Tracker) -> bool:
    """Whether the last answer before this message named a character's actor ("who plays <a character>?"),
    so that "how old is she?" is about the actress, not the character. A personal question asked of a
    pronoun in between ("is she married?") keeps the actor: it was about her too."""
    events = list(tracker.events)
    seen_message = False
    for index in range(len(events) - 1, -1, -1):
        kind = events[index].get("event")
        if kind == "user":
            seen_message = True
        elif seen_message and kind == "action":
            name = str(events[index].get("name") or "")
            if name in NOT_ANSWERS or name.startswith("utter_"):
                continue  # "ok thanks" in between changes nobody
            if name in PRONOUN_FOLLOW_UPS and _named_nobody(events, index) and _kept_the_person(events, index):
                continue  # "who plays her?", "is she married?", then "how old is she?": still the actress
            if name in PERSON_ANSWERS and not _named_a_character(events, index):
                return True
            return name in ACTOR_ANSWERS or performer_asked_before(tracker)
    return False


def performer_asked_before(tracker: Tracker) -> bool:
    """Whether the message before named a character by a performer word ("who is the lead actress?"):
    the user asked about the actor, so "how old is she?" next is the actress's age, not the character's."""
    _, parsed = previous_turn(tracker)
    return any(
        entity.get("entity") == "character"
        and set(str(entity.get("value")).lower().split()) & people_reading.PERFORMER_NOUNS
        for entity in parsed.get("entities") or []
    )


# Claims that say which part a person plays ("didn't <an actress> play the sister?"): the question was about the role.
ROLE_CLAIMS = ("role_", "plays")


def _named_a_character(events: list[dict], action_index: int) -> bool:
    """Whether the message the action at `action_index` answered named a character or claimed a person's part
    ("who is <a character>?" read as a person question, "didn't <a> play the sister?" are about the character)."""
    asked: dict = next((e for e in reversed(events[:action_index]) if e.get("event") == "user"), {})
    entities = (asked.get("parse_data") or {}).get("entities") or []
    return any(
        e.get("entity") == "character" or e.get("entity") == "claim" and str(e.get("value")).startswith(ROLE_CLAIMS)
        for e in entities
    )


def _kept_the_person(events: list[dict], action_index: int) -> bool:
    """Whether the action at `action_index` answered about a person, not a character: it set no character slot
    (a character's description sets the character; "how old is she?" of the actress sets only the person)."""
    for event in events[action_index + 1 :]:
        if event.get("event") in ("user", "action"):
            break
        if event.get("event") == "slot" and event.get("name") == "character":
            return False
    return True


def _named_nobody(events: list[dict], action_index: int) -> bool:
    """Whether the message the action at `action_index` answered named no person or character."""
    for event in reversed(events[:action_index]):
        if event.get("event") == "user":
            entities = (event.get("parse_data") or {}).get("entities") or []
            return not any(e.get("entity") in ("person", "character") for e in entities)
    return False


def answer_about_person(reply: Reply, tracker: Tracker, key: str) -> list[EventType] | None:
    """The store's sentence about the person asked that answers `key` (a debut, or a head noun such as
    "band"), or None when the store says nothing of it (or no person of the store is asked about)."""
    person_id = subject_person(tracker)
    if person_id is None or reply.japanese:  # the descriptions and notes are English only
        return None
    person = store().people[person_id]
    text = (tracker.latest_message.get("text") or "").lower()
    if key == DEBUT:
        found = _debut(person, text)
        if found is None:
            return None
        named = _works_named(person, text)
        if named and (asks_yes_no(text) or not text.rstrip().endswith("?")):
            # "I heard <X>'s first lead was <a work>.", "was <a work> her debut?": checked against the note's work
            reply.utter("utter_claim_yes" if found[0] in named else "utter_claim_no")
        return _work_note(reply, person, *found)
    evidence = _asked_evidence(tracker) if key == ASKED else _attribute_evidence(key)
    if not evidence:
        return None
    about = str(person.about.value) if person.about is not None and person.about.known else ""
    # "any awards between <a year> and <a year>?": the works of that time only; the description has no date
    # (only awards are dated by their works: "as of <a year>, which group is he in?" is his description's)
    timed = (
        works_period.awarded_in_the_time_asked(tokens(text), store(), person, person.known_for)
        if key == AWARDS
        else None
    )
    if timed is not None:
        about = ""
    works = person.known_for if timed is None else timed
    notes = [(work, said) for work in works if (said := _clause(work.detail or "", evidence)) is not None]
    if key != ASKED and this_film_asked(text):
        return None  # "did she win anything for this role?": other works' notes answer another question
    if key == AWARDS and asks_nominations_only(tokens(text), default_lexicon()):
        return None  # "when was <a> nominated for <a category>?": the notes say what was won, not nominations
    # a note is said of its work: "the award for <a work>" is said by that work's note
    said_text = about if _says(about, evidence) else " ".join(f"{work.title}: {note}" for work, note in notes)
    missing = award_not_said(tokens(text), tokens(said_text), default_lexicon()) if key == AWARDS else None
    if missing is not None:  # "did <a> win the <X> award?": not the award held, and the store never says "no"
        # (not the awards held after it: another award than the one asked is no answer to it)
        reply.dont_know(tracker, "utter_dont_know_person_asked", subject_name=reply.name(person), asked=missing)
        return [SlotSet("person", person_id)]
    if key != ASKED and not _confirms(text, said_text, evidence):
        return None  # "is he American?" of a Japanese director: the store never says what someone is not
    if key != ASKED and said_text and asks_yes_no(text):
        reply.utter("utter_claim_yes")  # "is he Japanese?", "did she win any awards?": yes, then what says so
    if about and person.about is not None and _says(about, evidence):
        reply.utter(
            "utter_person_about", cite=[person.about], person_name=reply.name(person), about=reply.value(person.about)
        )
        return [SlotSet("person", person_id)]
    # "what awards has she won?": every work whose note says so ("won Best Actress ...", "Newcomer of the Year")
    if key == ASKED and notes and people_reading.PLAY_VERBS & set(tokens(text)):  # "what detective did he play?"
        if asks_yes_no(re.split(r"[.!?]\s+", text.strip())[-1]):
            reply.utter("utter_claim_yes")  # "... did he play the bass?": the note says so
        utter_work_note(reply, person, *notes[0], response="utter_person_work_said")  # "<a>, <a work>: as the ..."
        return [SlotSet("person", person_id)]
    if key == ASKED:  # "what band is he in?": "Tokyo Jihen was the band he formed ..."
        return _work_note(reply, person, *notes[0]) if notes else None
    _utter_notes(reply, person, notes)
    return [SlotSet("person", person_id)] if notes else None


FEMALE_CAST_WORDS = frozenset({"actress", "actresses"})


def answer_cast_awards(reply: Reply, tracker: Tracker) -> list[EventType] | None:
    """ "Which actor won a <named award>?", "did any of the cast win an Oscar?": the cast members whose works' notes
    say the award asked (every word of its name, as for one person), each note cited; "I don't know the cast's
    awards" when no note says it (the store never says a person's awards are complete). None when the question is
    not of the cast (a person named, or no cast word)."""
    text = (tracker.latest_message.get("text") or "").lower()
    words = tokens(text)
    if (
        entity_values(tracker, "person")
        or entity_values(tracker, "character")
        or not cast_by_work.CAST_SUBJECT_WORDS & set(words)
    ):
        return None
    facts = store()
    evidence = _attribute_evidence(AWARDS)
    found = []
    she_only = bool(FEMALE_CAST_WORDS & set(words))  # "which actress won ...?"
    # the notes say what was won: a nomination asked alone is said by none of them
    actors = [] if asks_nominations_only(words, default_lexicon()) else dict.fromkeys(c.actor for c in facts.cast)
    for actor in actors:
        person = facts.people[actor]
        if she_only and person.pronoun != "she":
            continue
        notes = [(work, said) for work in person.known_for if (said := _clause(work.detail or "", evidence))]
        said_text = " ".join(f"{work.title}: {note}" for work, note in notes)
        if notes and _confirms(text, said_text, evidence):
            found.append((person, notes))
    if not found:
        the_cast = reply.the_cast()
        missing = award_not_said(words, [], default_lexicon())
        if missing is not None:  # "which cast member won a <named award>?": that award, named
            reply.dont_know(tracker, "utter_dont_know_person_asked", subject_name=the_cast, asked=missing)
            return []
        reply.dont_know(
            tracker, "utter_dont_know_subject_attribute", subject_name=the_cast, attribute_words=AWARDS, asked=AWARDS
        )
        return []
    for person, notes in found:
        _utter_notes(reply, person, notes)
    return [SlotSet("person", found[0][0].id)] if len(found) == 1 else []


def _utter_notes(reply: Reply, person: Person, notes: list[tuple[Work, str]]) -> None:
    """The first notes of the person's works that answer, each cited ("won Best Actress ...": the note as it is,
    not "<work> was won ...")."""
    for work, said in notes[:MAX_NOTES]:
        reply.utter(
            "utter_person_work_said",
            cite=[work],
            person_name=reply.name(person),
            work=reply.work(work.title, work.ja, work.year),
            note=said,
        )


def asks_yes_no(text: str) -> bool:
    """Whether a question asks yes or no: an opener first ("is he ...", "did she ..."), a wrapper around a stated
    clause ("I wonder if he is ..."), or a closing tag ("she is Japanese, isn't she?", "..., right?")."""
    words = tokens(text)
    lexicon = default_lexicon()
    if words[:1] and words[0] in lexicon.yes_no_openers or clauses.wrapped_question(words):
        return True
    return bool(words) and (words[-1] in lexicon.yes_no_tags or len(words) > 2 and words[-2] in NEGATIVE_TAGS)


def _works_named(person: Person, text: str) -> list[Work]:
    """The person's works whose titles the question names (in its words, any case)."""
    said = " ".join(re.findall(r"[a-z0-9]+", text.lower()))
    return [
        w for w in person.known_for if (title := " ".join(re.findall(r"[a-z0-9]+", w.title.lower()))) and title in said
    ]


def note_saying(work: Work, evidence: tuple[str, ...]) -> str | None:
    """The part of a work's note (parts split by ";") that has one of the evidence words."""
    return _clause(work.detail or "", evidence)


# Words that tie a question to this film's role: "for this role", "for her part", "in the film".
ROLE_WORDS = frozenset({"role", "part", "character", "performance"})
# "it" alone is no mention of this film ("what has she won with it?" is caught by its last words only).
IT_WORDS = frozenset({"it", "its"})


def this_film_asked(question: str) -> bool:
    """Whether the question is about this film ("... for this role?", "... for drawing closer?", "... for it?")."""
    said = re.findall(r"[a-z]+", question)
    # "a part of <a group>" belongs to something, no role in a film
    roles = {w for i, w in enumerate(said) if w in ROLE_WORDS and not (w == "part" and said[i + 1 : i + 2] == ["of"])}
    if roles or said[-2:] in (["for", "it"], ["in", "it"]):
        return True
    lexicon = default_lexicon()
    for run in (*lexicon.film_titles, *lexicon.film_references):
        size = len(run.split())
        for at in range(len(said) - size + 1):
            if run in IT_WORDS or " ".join(said[at : at + size]) != run:
                continue
            after = said[at + size : at + size + 2]
            if after[:1] not in (["which"], ["that"], ["where"]) and after not in (["for", "which"], ["in", "which"]):
                return True  # not "the movie for which she won ...": a movie described is another one
    return False


def _confirms(question: str, said: str, evidence: tuple[str, ...]) -> bool:
    """Whether what the store says has every answer word the question names ("is she Japanese?" needs
    "Japanese"; "did he win an award?" is said by "won ... Prize", a synonym)."""
    lexicon = default_lexicon()
    found = set(re.findall(r"[a-z]+", said.lower()))
    named = [word for word in re.findall(r"[a-z]+", question) if word in evidence]
    # "has he won an Oscar?": an award asked by name is said only by a note naming it, not by another one won;
    # a name the vocabulary does not know ("a Slammy award", "the Golden Horse award") by a note with its words
    awards = lexicon.awards_named(tokens(question))
    if awards - lexicon.awards_named(tokens(said)):
        return False
    if any(not lexicon.same_as(word) & found for word in award_name_words(tokens(question), lexicon)):
        return False
    return all(lexicon.same_as(word) & found for word in named)


def _attribute_evidence(key: str) -> tuple[str, ...]:
    """The words of a person's description or work notes that answer an attribute ("won", "prize" for awards;
    "Japanese" for a nationality); none for the attributes the vocabulary gives no evidence."""
    attribute = default_lexicon().attributes.get(key)
    return attribute.evidence if attribute is not None else ()


def _work_note(reply: Reply, person: Person, work: Work, note: str) -> list[EventType]:
    """The note of one of the person's works that answers the question ("her debut", "as its bassist")."""
    utter_work_note(reply, person, work, note)
    return [SlotSet("person", person.id)]


def utter_work_note(
    reply: Reply, person: Person, work: Work, note: str, response: str = "utter_person_work_note"
) -> None:
    """One of the person's works with (the part of) its note that answers, cited to the work."""
    reply.utter(
        response,
        cite=[work],
        person_name=reply.name(person),
        work=reply.work(work.title, work.ja, work.year),
        note=note,
    )


def _debut(person: Person, question: str) -> tuple[Work, str] | None:
    """The work whose note calls it the person's debut (or first lead, when a lead is asked) and that note, of the
    kind of work asked ("the first movie in which <a> starred" is no drama's first lead)."""
    lexicon = default_lexicon()
    words = lexicon.attributes[DEBUT].evidence
    lead = bool(LEAD_WORDS & set(re.findall(r"[a-z]+", question)))
    medium = people_reading.medium_asked(tokens(question), lexicon.work_media)
    for work in people_reading.of_medium(person.known_for, medium):
        for clause in (work.detail or "").split(";"):
            said = clause.strip()
            if _says(said, words) or (lead and FIRST_LEAD.search(said.lower())):
                return work, said
    return None


# A sentence quotes its person when a saying verb or a quotation follows their name.
SAYING_MARK = re.compile(r"\b(?:says|said|saying)\b|:\s*[\"\u300c]")
NAME_MIN_LETTERS = 3


def own_name_pattern(person_id: str) -> re.Pattern[str] | None:
    """A pattern of the person's name forms that are theirs alone (a family name two people share names neither);
    None when they have no such form."""
    facts = store()
    shared = {f.lower() for p in facts.people.values() if p.id != person_id for f in p.name_forms()}
    forms = [
        form
        for form in facts.people[person_id].name_forms()
        if form.isascii() and len(form) >= NAME_MIN_LETTERS and form.lower() not in shared
    ]
    return re.compile(r"\b(?:" + "|".join(re.escape(form) for form in forms) + r")\b") if forms else None


def answer_person_said(reply: Reply, tracker: Tracker) -> list[EventType] | None:
    """ "What did <a person> say about the movie?": the spoiler-free trivia sentences that quote the person (their
    name, then a saying verb or a quotation), each cited; None when the store quotes them nowhere, or when what
    was asked of the person is no saying (bot/understanding/aspect_asked.py)."""
    person_id = subject_person(tracker)
    asked = _asked_words_of_person(tracker)
    if person_id is None or reply.japanese or not asked or asked[0] not in aspect_asked.SAYING_VERBS:
        return None
    facts = store()
    name = own_name_pattern(person_id)
    if name is None:
        return None
    quoted = [
        (sentence, point)
        for point in facts.trivia
        if not point.spoiler
        for sentence in sentences(point.text)
        if (found := name.search(sentence)) is not None and SAYING_MARK.search(sentence, found.end())
    ]
    if not quoted:
        return None
    for sentence, point in quoted:
        reply.utter("utter_detail", cite=[point], detail=sentence)  # the store's sentence as it is
    return [SlotSet("person", person_id)]


def _asked_words_of_person(tracker: Tracker) -> list[str]:
    """The words the reader tagged as asked of the person, lower-cased ("say about the movie")."""
    text = asked_text(tracker)
    for entity in tracker.latest_message.get("entities") or []:
        if entity.get("entity") == "attribute" and entity.get("value") == ASKED_OF_PERSON and entity.get("end"):
            return tokens(text[entity["start"] : entity["end"]])
    return []


def _asked_evidence(tracker: Tracker) -> tuple[str, ...]:
    """The words that answer the head noun the reader tagged ("band" -> member, group, band)."""
    text = asked_text(tracker)
    for entity in tracker.latest_message.get("entities") or []:
        if entity.get("entity") == "attribute" and entity.get("value") in ASKED_KEYS and entity.get("end"):
            asked = text[entity["start"] : entity["end"]].lower().split()
            if PREFERENCE_WORDS & set(asked):
                return ()  # "her favourite band": a liking, which no membership in a band answers
            if THING_EVENT_WORDS & set(tokens(text[entity["end"] :])):
                return ()  # "when was his band formed?": the band's beginning, not his being in it
            # "what was his band called?": the band, its name asked
            head = asked[-2] if len(asked) > 1 and asked[-1] in NAMING_WORDS else asked[-1]
            evidence = default_lexicon().person_evidence
            found = evidence.get(head) or evidence.get(head.removesuffix("s"))
            if found:
                return found
            # "what tv detective did he play?": a part of that kind, which a work's note may say ("as the detective")
            return (head,) if people_reading.PLAY_VERBS & set(tokens(text)) else ()
    return ()


def _says(text: str, words: tuple[str, ...]) -> bool:
    found = set(re.findall(r"[a-z]+", text.lower()))
    return any(word in found for word in words)


def _clause(detail: str, words: tuple[str, ...]) -> str | None:
    """The part of a work's note (parts split by ";") that has one of the words."""
    return next((part.strip() for part in detail.split(";") if _says(part, words)), None)


# The attribute of a record's release ("what album is it on?", vocabulary `music_release`).
MUSIC_RELEASE = "music_release"
# Words of a work's note that say which album holds it ("on the album 『…』").
ALBUM_WORDS = ("album", "アルバム")


def answer_album(reply: Reply, tracker: Tracker) -> list[EventType] | None:
    """ "What album is <the song> on?", "what albums does <a band> have?": the works of the one asked (for the
    theme song, the band that first released it) whose note names an album; None when no note does."""
    facts = store()
    people = [
        facts.people[match.id]
        for words in entity_values(tracker, "person")
        if (match := facts.resolve_one(words, ("person",))) is not None and match.id in facts.people
    ]
    song = facts.crew.get(SONG_ROLE)
    text = str(tracker.latest_message.get("text") or "").lower()
    # the title as a substring: a Japanese title has no space around it ("<the title>はどのアルバム…")
    song_said = any(role.replace(" ", "_") == SONG_ROLE for role in entity_values(tracker, "crew_role")) or any(
        role == SONG_ROLE and " ".join(said).lower() in text for role, said in named_work.credit_titles(facts)
    )
    if not people and song_said and song is not None and song.work is not None:
        original = str(song.work.extra.get("original_by") or "")
        people = [facts.people[original]] if original in facts.people else []
    if not has_japanese(text) and _more_asked_of_the_album(text, facts, people):
        return None  # "on what date was the album released?", "which album did <a> quit during?": not in a note
    for person in people:
        noted = [w for w in person.known_for if w.detail and any(a in w.detail.lower() for a in ALBUM_WORDS)]
        for work in noted[:MAX_NOTES]:
            utter_work_note(reply, person, work, str(work.detail), "utter_person_work_said")
        if noted:
            return [SlotSet("person", person.id)]
    return None


# The words of asking which album holds a song, and nothing more ("which music albums contain the song <a>?").
ALBUM_ASKING = frozenset(
    """what which album albums is was are on in contain contains containing include includes including the a song
    songs music does do did have has it its their of by appear appears appeared feature features featured find found
    single singles tell me list name all any""".split()
)


def _more_asked_of_the_album(text: str, facts: FactStore, people: list[Person]) -> bool:
    """Whether the question asks more of the album than which it is: a date, a label, what happened during it."""
    named = {w for person in people for w in tokens(person.name)}
    titled = {w.lower() for _, said in named_work.credit_titles(facts) for w in said}
    return any(w not in ALBUM_ASKING | named | titled for w in tokens(text))
