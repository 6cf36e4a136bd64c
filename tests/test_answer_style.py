"""docs/answer-style.md, checked: every action over every fact, rendered as a user reads it.

Each turn is rendered from domain.yml with the values the action passed (as Rasa
does) and then as plain text (bot/markup.py). Checked on every turn: no team
research note, no team talk, at most three sentences outside the exempt story
and source lines, no message over the limit; lists cut at five unless asked;
yes/no responses start with Yes or No; every response of the domain is rendered.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import pytest

from actions.conversation import ActionFallback, ActionOutOfScope
from actions.crew import ActionCrew, ActionDirector, ActionNovel
from actions.film_facts import (
    ActionGenre,
    ActionLanguage,
    ActionRating,
    ActionReleaseDate,
    ActionRuntime,
    ActionTitle,
    ActionWhereToWatch,
)
from actions.people import ActionCast, ActionCharacter, ActionOtherWork, ActionPerson, ActionWhoPlays
from actions.sources import ActionSources
from actions.story import ActionAffirm, ActionDeny, ActionEnding, ActionNoSpoilers, ActionPlot, ActionSpoilersOk
from actions.topics import ActionFact
from bot import markup, style
from bot.store import TEAM_SPEAK, FactStore
from bot.understanding.clauses import MAKER_ASKED
from bot.understanding.person_asked import ASKED_OF_PERSON
from bot.understanding.reading import BETWEEN, OPEN_CLAIM
from bot.understanding.stated_claims import JUDGED_CHOICE
from tests.conftest import Turn

# Static responses need no action: their only values are these.
STATIC_VALUES = {"film_title": "Drawing Closer", "max_chars": 1000}


@dataclass
class Rendered:
    question: str
    responses: list[str]
    texts: list[str]  # plain text, one per message
    whole_list: bool = False

    def counted(self) -> list[str]:
        return [t for r, t in zip(self.responses, self.texts, strict=True) if r not in style.EXEMPT_RESPONSES]


def render_turn(turn: Turn, domain: dict[str, Any], question: str, asked: str | None = None) -> Rendered:
    responses, texts = [], []
    for message in turn.dispatcher.messages:
        name = message["response"]
        template = domain["responses"][name][0]["text"]
        values = {key: value for key, value in message.items() if key not in ("response", "buttons")}
        responses.append(name)
        texts.append(markup.plain(template.format(**values)))  # KeyError: a variable the action did not pass
    return Rendered(question, responses, texts, whole_list=style.wants_whole_list(asked or question))


def every_turn(store: FactStore, domain: dict[str, Any]) -> list[Rendered]:
    """Every action on every fact it can answer from, then "source?" after each answer."""
    asks: list[tuple[Any, dict[str, Any]]] = []
    for key, fact in store.film.items():
        # a topic named by its key alone (the vocabulary's words name it) when it has a response of its own
        own_response = f"utter_fact_{key}" in domain.get("responses", {})
        for alias in fact.aliases[:1] or ([key.replace("_", " ")] if own_response else []):
            asks.append((ActionFact(), {"text": f"what about the {alias}?", "entities": {"topic": alias}}))
    for action in (ActionReleaseDate, ActionWhereToWatch, ActionRuntime, ActionRating, ActionGenre, ActionLanguage):
        asks.append((action(), {"text": "tell me"}))
    asks.append((ActionWhereToWatch(), {"text": "do you wanna watch it with me?"}))  # invited: it can't
    asks += [(ActionTitle(), {"text": "title"}), (ActionNovel(), {"text": "the novel"})]
    for described in ("film_identified", "film_not_this"):  # a quiz question describing a film by clues
        asks.append((ActionTitle(), {"text": "which 2024 film is it?", "entities": {"attribute": described}}))
    asks.append((ActionNovel(), {"text": "the novel's series", "entities": {"attribute": "novel_series"}}))
    asks.append((ActionDirector(), {"text": "who directed it"}))
    listed = [
        {"event": "user", "text": "who is in it"},
        {"event": "bot", "metadata": {"utter_action": "utter_cast_cut"}},
        {"event": "user", "text": "any other cast members?"},
    ]
    asks.append((ActionCast(), {"text": "any other cast members?", "events": listed}))
    lead = store.cast[0].actor
    for shown, asked in (("utter_person_work_note", "what was it about?"), ("utter_other_work", "were they hits?")):
        after_works = [
            {"event": "user", "text": "what was his debut?"},
            {"event": "bot", "metadata": {"utter_action": shown}},
            {"event": "user", "text": asked},
        ]
        asks.append((ActionPlot(), {"text": asked, "slots": {"person": lead}, "events": after_works}))
    ask_nobody = "Did he have a lot of fans?"
    fans = [
        {"entity": "attribute", "value": ASKED_OF_PERSON, "start": ask_nobody.index("fans"), "end": len(ask_nobody) - 1}
    ]
    asks.append((ActionFact(), {"text": ask_nobody, "entities": fans}))
    first, second = (store.people[c.actor].name for c in store.cast[:2])
    ask_which = f"which actor is more versatile, {first} or {second}?"
    judged = [
        {"entity": "person", "value": first, "start": ask_which.index(first), "end": ask_which.index(" or")},
        {"entity": "person", "value": second, "start": ask_which.index(second), "end": len(ask_which) - 1},
        {"entity": "attribute", "value": JUDGED_CHOICE, "start": ask_which.index("more"), "end": ask_which.index(",")},
    ]
    asks.append((ActionFact(), {"text": ask_which, "entities": judged}))
    ask_maker = "who painted the paintings in the film?"  # the maker of a thing no credit names
    made = [{"entity": "attribute", "value": MAKER_ASKED, "start": 4, "end": ask_maker.index(" in")}]
    asks.append((ActionFact(), {"text": ask_maker, "entities": made}))
    for role, credit in store.crew.items():
        words = (credit.aliases or (role,))[0]
        asks.append((ActionCrew(), {"text": f"who is the {words}", "entities": {"crew_role": words}}))
        if credit.work is not None:  # what a credited work is about, when the store says it
            about = {"crew_role": words, "attribute": "song_meaning"}
            asks.append((ActionCrew(), {"text": f"what is the {words} about", "entities": about}))
            writer = {"crew_role": words, "attribute": "work_writer"}  # who wrote it, when the store says
            asks.append((ActionCrew(), {"text": f"who wrote the {words}", "entities": writer}))
    people = list(store.people.values())
    for person, other in zip(people, people[1:] + people[:1], strict=True):  # each with the next: works together
        pair = [("person", person.name), ("person", other.name), ("works_attribute", "together")]
        asks.append((ActionOtherWork(), {"text": "have they worked together before?", "entities": pair}))
    for person in people[:2]:  # "any more?" after a list of works: the rest, then that there is no more
        for shown in ("", " ".join(w.title for w in person.known_for)):
            listed_works = [
                {"event": "user", "text": "what else has he been in"},
                {"event": "bot", "text": shown, "metadata": {"utter_action": "utter_other_work"}},
                {"event": "user", "text": "any more?"},
            ]
            more = {"text": "any more?", "slots": {"person": person.id}, "events": listed_works}
            asks.append((ActionOtherWork(), more))
    for person in store.people.values():
        asks.append((ActionPerson(), {"text": f"who is {person.name}", "entities": {"person": person.name}}))
        asks.append((ActionOtherWork(), {"text": "what else has he been in", "slots": {"person": person.id}}))
        birth = {"person": person.name, "attribute": "birthday"}
        asks.append((ActionFact(), {"text": f"when and where was {person.name} born", "entities": birth}))
        asks.append((ActionFact(), {"text": f"where is {person.name} from", "entities": birth}))
        asks.append((ActionOtherWork(), {"text": "everything she has been in", "slots": {"person": person.id}}))
        asks.append((ActionOtherWork(), {"text": "what roles has she played", "slots": {"person": person.id}}))
        asks.append((ActionOtherWork(), {"text": "which one came out first", "slots": {"person": person.id}}))
        asks.append((ActionOtherWork(), {"text": "what is her latest book", "slots": {"person": person.id}}))
        # a period, a count, an order, a kind held of no one, another kind (round 20, nlu85)
        dated = sorted(w.year for w in person.known_for if w.year is not None) or [store.release_year or 0]
        for text in (
            f"what did she make before {dated[-1]}",
            f"what did she make after {dated[0]}",
            f"what did she make between {dated[0]} and {dated[-1]}",
            f"what did she make before {dated[0] - 1}",
            f"what did she make after {dated[-1] + 1}",
            f"what did she make between {dated[0] - 9} and {dated[0] - 1}",
            f"how many films did she make before {dated[-1]}",
            f"what was her last film before {dated[-1]}",
            "which video game did she voice",
            "what tv shows has she been in",
            "which movie did she play a lighthouse keeper in",  # a part no note names (round 34)
            "which of her shows had the most episodes",  # a ranking the store does not hold (round 34)
        ):
            asks.append((ActionOtherWork(), {"text": text, "slots": {"person": person.id}}))
        for credit in store.roles_of(person.id):  # their part here asked as a work (round 46)
            character = store.characters[credit.character].name
            part = {"person": person.name, "character": character, "works_attribute": "this_films_part"}
            asks.append((ActionOtherWork(), {"text": f"in what films did he play {character}", "entities": part}))
        works_genre = {"person": person.name, "works_attribute": "genre"}  # not held of other works
        asks.append(
            (ActionOtherWork(), {"text": f"what genre are {person.name}'s other films", "entities": works_genre})
        )
        year = str(store.film["premiere_date"].value)[:4]
        for asked in (year, "1901"):  # this film's year, and a year with no work listed
            asks.append((ActionOtherWork(), {"text": f"what did he do in {asked}", "slots": {"person": person.id}}))
        debut = {"person": person.name, "attribute": "debut"}
        asks.append((ActionFact(), {"text": f"what was {person.name}'s debut", "entities": debut}))
        awards = {"person": person.name, "attribute": "awards"}  # the notes of the works that say so
        asks.append((ActionFact(), {"text": f"what awards has {person.name} won", "entities": awards}))
        beyond = {"person": person.name, "attribute": ASKED_OF_PERSON}  # not held, the words asked named
        asks.append((ActionFact(), {"text": f"who was {person.name} inspired by", "entities": beyond}))
        age = {"person": person.name, "attribute": "age"}  # from the birth date, when the film came out
        asks.append((ActionFact(), {"text": f"how old was {person.name} when they made it", "entities": age}))
        asks.append(
            (ActionFact(), {"text": f"how old is {person.name}", "entities": age})
        )  # today: not known, the birth date held follows
    for character in store.characters.values():
        mention = {"entities": {"character": character.name}}
        asks.append((ActionCharacter(), {"text": f"who is {character.name}", **mention}))
        asks.append((ActionWhoPlays(), {"text": f"who plays {character.name}", **mention}))
        for key in ("residence", "occupation", "illness"):  # a sentence of the store's text, or "I don't know"
            asked = {"entities": {"character": character.name, "attribute": key}}
            asks.append((ActionCharacter(), {"text": f"what about {character.name}'s {key}", **asked}))
    related = store.relations[0]
    held = {(r.subject, r.object) for r in store.relations} | {(r.object, r.subject) for r in store.relations}
    unrelated = next(c for c in store.characters if c != related.subject and (related.subject, c) not in held)
    for pair in ((related.subject, related.object), (related.subject, unrelated)):  # how two are related
        names = [store.characters[c].name for c in pair]
        between = [("character", names[0]), ("character", names[1]), ("relation", BETWEEN)]
        asks.append((ActionCharacter(), {"text": f"how are {names[0]} and {names[1]} related", "entities": between}))
    asks.append((ActionFact(), {"text": "what does that word mean", "entities": {"attribute": "meaning"}}))
    parent = next(r for r in store.relations if r.relation in ("son", "daughter", "child"))
    parent_name = store.characters[parent.subject].name
    children = [("character", parent_name), ("relation", "child")]  # a count of relatives, then each
    asks.append((ActionCharacter(), {"text": f"how many children does {parent_name} have", "entities": children}))
    lead_character = store.characters[store.cast[0].character].name
    in_japanese = [("character", lead_character), ("attribute", "native_name")]  # the name as the store writes it
    asks.append((ActionFact(), {"text": f"what is {lead_character}'s name in Japanese", "entities": in_japanese}))
    dated = [p.name for p in store.people.values() if p.born is not None and p.born.known][:2]
    older = [("person", dated[0]), ("person", dated[1]), ("attribute", "older_of_two")]  # the one of two, both births
    asks.append((ActionFact(), {"text": f"who is older, {dated[0]} or {dated[1]}", "entities": older}))
    first = {"attribute": "compared:release:first:novel"}  # the earlier of the film and its novel, both years
    asks.append((ActionFact(), {"text": "which came out first, the film or the novel", "entities": first}))
    for text in (
        "who's in it?",
        "full cast",
        "who is the main actress?",
        "who is the lead actor",
        "who stars",
        "who is the youngest actor",
        "who are the two oldest actors",
        "who is the tallest actor",
    ):
        asks.append((ActionCast(), {"text": text}))
    asks += [
        (ActionPerson(), {"text": "who is Sakurai", "intent": "ask_person", "entities": {"character": "Sakurai"}}),
        (ActionWhoPlays(), {"text": "who plays Batman", "entities": {"character": "Batman"}}),
        (ActionOtherWork(), {"text": "what else has she been in"}),
        (ActionPlot(), {"text": "what's it about?"}),
        (ActionPlot(), {"text": "the whole story", "slots": {"spoilers_ok": True}}),
        (ActionEnding(), {"text": "how does it end?"}),
        (ActionAffirm(), {"text": "yes", "slots": {"spoiler_question_pending": True}}),
        (ActionDeny(), {"text": "no", "slots": {"spoiler_question_pending": True}}),
        (ActionAffirm(), {"text": "yes"}),
        (ActionDeny(), {"text": "no"}),
        (ActionSpoilersOk(), {"text": "spoilers are fine"}),
        (ActionNoSpoilers(), {"text": "no spoilers"}),
        (ActionSources(), {"text": "source?"}),
        (ActionFallback(), {"text": "blorp"}),
        (ActionOutOfScope(), {"text": "who directed Titanic"}),
        (ActionFact(), {"text": "how tall is Ren Nagase", "entities": {"person": "Ren Nagase", "attribute": "height"}}),
        (ActionFact(), {"text": "when is the blu-ray out", "entities": {"attribute": "home_video"}}),
        (ActionGenre(), {"text": "is it an anime?", "entities": {"claim": "animated:anime"}}),
        # a yes/no claim no reader decides, left open in the user's words (bot/understanding/polar_form.py)
        (
            ActionFact(),
            {"text": "is it in black and white?", "entities": {"claim": f"{OPEN_CLAIM}:it is in black and white"}},
        ),
    ]
    turns = []
    for action, message in asks:
        turn = Turn(action, domain, **message)
        turns.append(render_turn(turn, domain, message["text"]))
        if turn.slots.get("last_sources"):
            for ask in ("source?", "all sources"):
                sources = Turn(ActionSources(), domain, text=ask, slots=turn.slots)
                turns.append(render_turn(sources, domain, f"{message['text']} / {ask}", asked=ask))
    return turns


@pytest.fixture(scope="module")
def turns(store, domain) -> list[Rendered]:
    return every_turn(store, domain)


def research_notes(store: FactStore) -> list[str]:
    facts = [*store.film.values(), *store.novel.values()]
    facts += [credit.fact for credit in store.crew.values()] + [c.work for c in store.crew.values() if c.work]
    facts += [p.about for p in store.people.values() if p.about]
    facts += [c.description for c in store.characters.values() if c.description]
    notes = [fact.research for fact in facts if fact.research]
    notes += [alt.research for fact in facts for alt in fact.alternatives if alt.research]
    notes += [work.research for person in store.people.values() for work in person.known_for if work.research]
    return notes


# Generic fallbacks for a store entry that has no response of its own (none in
# this store has none): checked by rendering them with every known fact instead.
FALLBACKS = {
    "utter_crew": ("role_words", "people"),
    "utter_fact": ("topic_words", "value"),
    "utter_cast": ("cast_list",),
}


def test_fallback_responses_read_well_with_every_fact(domain, store):
    for name, variables in FALLBACKS.items():
        template = domain["responses"][name][0]["text"]
        for fact in [*store.film.values(), *store.novel.values()]:
            if fact.known and isinstance(fact.value, str):
                text = markup.plain(template.format(film_title=store.title, **dict.fromkeys(variables, fact.value)))
                assert style.count_sentences(text) <= style.MAX_SENTENCES and not TEAM_SPEAK.search(text), text


def test_the_sweep_covers_every_response(turns, domain):
    said = {response for turn in turns for response in turn.responses} | set(FALLBACKS)
    static = {
        name
        for name, variants in domain["responses"].items()
        if set(re.findall(r"{(\w+)}", variants[0]["text"])) <= set(STATIC_VALUES)
    }
    missing = set(domain["responses"]) - said - static
    assert not missing, f"add a turn to every_turn() that says {sorted(missing)}"


def test_no_team_note_reaches_a_reply(turns, store):
    notes = research_notes(store)
    assert len(notes) > 50  # the migration kept the team's notes
    # A note's distinctive part: its longest run without punctuation that a value could share.
    leaks = []
    for turn in turns:
        for text in turn.texts:
            leaks += [f"{turn.question!r}: {note[:60]!r}" for note in notes if note in text]
            found = TEAM_SPEAK.search(text)
            if found and not re.search(r"searches his phone", text):
                leaks.append(f"{turn.question!r}: team talk {found.group(0)!r} in {text[:80]!r}")
    assert not leaks, "\n".join(leaks)


def test_answer_first_then_at_most_two_sentences(turns):
    long = [
        f"{turn.question!r}: {sum(style.count_sentences(t) for t in turn.counted())} sentences: {turn.counted()}"
        for turn in turns
        if sum(style.count_sentences(text) for text in turn.counted()) > style.MAX_SENTENCES
    ]
    assert not long, "\n".join(long)


def test_no_message_is_too_long(turns):
    assert max(len(text) for turn in turns for text in turn.texts) <= style.MAX_MESSAGE_CHARS


def test_lists_longer_than_five_are_cut_with_how_to_get_the_rest(turns, store, domain):
    cut_responses = {name for name in domain["responses"] if name.endswith("_cut")}
    assert cut_responses
    for name in cut_responses:
        assert re.search(r'ask \\?"[^"]+\\?"', domain["responses"][name][0]["text"]), name
    long_work = [p for p in store.people.values() if len(p.known_for) > style.LIST_LIMIT]
    assert long_work and len(store.cast) > style.LIST_LIMIT
    for turn in turns:
        if turn.whole_list:
            assert not cut_responses & set(turn.responses), turn.question
    short = [turn for turn in turns if turn.question in ("who's in it?", "what else has he been in")]
    assert all(cut_responses & set(turn.responses) or len(turn.texts[0]) < 200 for turn in short)


def test_yes_no_answers_start_with_yes_or_no(domain):
    yes_no = {name: v[0]["text"] for name, v in domain["responses"].items() if re.search(r"_(yes|no)$", name)}
    assert yes_no
    for name, text in yes_no.items():
        assert text.startswith("Yes" if name.endswith("_yes") else "No"), name


def test_the_lead_question_gets_one_name(turns, store):
    (turn,) = (t for t in turns if t.question == "who is the main actress?")
    assert turn.responses == ["utter_lead_actress"]
    assert sum(person.name in turn.texts[0] for person in store.people.values()) == 1
