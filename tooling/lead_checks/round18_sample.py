"""The lead's round-18 check set: a seeded random sample of real people's film questions.

Reads two datasets from their bare mirrors on this machine (`git show HEAD:<path>`, nothing is downloaded):

- Topical-Chat (alexa/Topical-Chat, conversations/<split>.json; train.json is not in the mirror): conversations
  about films, i.e. one of whose knowledge entities (reading_sets/pre-build/<split>.json, FS1..FS3) is on the
  `movies` topic of src/entity_to_topic.json, or whose messages say movie/film/actor/director. From them, the
  question *sentences* of agent turns that open like a question about a film or a person in it.
- SGD (google-research-datasets/dstc8-schema-guided-dialogue, <split>/dialogues_*.json, those whose content the
  mirror holds): user turns of the
  Movies_* and Media_* services that request something about the film (a REQUEST act on its director, genre or
  cast).

Dialogue ids that any tests/nlu/probes*.yml already cites are left out. Each pool is shuffled with a fixed seed
and printed in that order with its follow-up (the next question of the same dialogue, when there is one). The
probe file tests/nlu/probes_round18_lead_check.yml takes the candidates in this order, skipping only those that
cannot be adapted to a single film (its header says which ranks were skipped).

    python -m tooling.lead_checks.round18_sample [--tc 150] [--sgd 70]
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from tooling.lead_checks.mirrors import MIRRORS, git_json, sample, stored_files

ROOT = Path(__file__).resolve().parents[2]
TOPICAL_CHAT = MIRRORS / "alexa+Topical-Chat" / "repo"
SGD = MIRRORS / "google-research-datasets+dstc8-schema-guided-dialogue" / "repo"
TC_SPLITS = ("test_freq", "test_rare", "valid_freq", "valid_rare")
SGD_SPLITS = ("train", "dev", "test")
SEED = 18

FILM_WORDS = re.compile(r"\b(movies?|films?|actors?|actress(es)?|directors?|directed)\b", re.IGNORECASE)
# How the brief's question kinds open ("have you seen ...?", "did you know ...?", "who plays ...?",
# "what did you think of ...?", "do you like ...?") and their near kin.
QUESTION_OPENERS = re.compile(
    r"^(have|has|had|did|do|does|who|whom|what|which|when|where|why|how|is|was|are|were|can|could|would|"
    r"will|should)\b",
    re.IGNORECASE,
)
# A question sentence is about a film when it says so, names a film or film person of the movies topic, or asks
# about "it"/"him"/"her" in a message that talks about a film (the message is then the antecedent).
FILM_TALK = re.compile(
    r"\b(movies?|films?|actors?|actress(es)?|directors?|directed|cast|role|roles|plays?|played|playing|starr?(ed|ing)|"
    r"characters?|scenes?|seen|see|watch(ed)?|sequel|trailer|soundtrack|novel|book|screenplay|Netflix|Oscars?)\b",
    re.IGNORECASE,
)
ANAPHOR = re.compile(r"\b(it|him|her|he|she|they|that one|this one)\b", re.IGNORECASE)
# SGD slots of the Movies_*/Media_* services that are about the film (the others: price, street_address,
# theater_name, show times).
FILM_SLOTS = frozenset({"directed_by", "director", "genre", "starring", "cast", "actors"})
SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
PROBE_IDS = re.compile(r"\bt_[0-9a-f]{8}|\b\d+_\d{5}\b")


@dataclass(frozen=True)
class Candidate:
    source: str  # "TC" or "SGD"
    where: str  # split/file and dialogue id, as the probe comments cite it
    dialogue: str  # the id checked against earlier probe files
    turn: int
    text: str
    follow_up: str  # "<turn> <text>" of the next question in the dialogue, or ""


def used_ids() -> set[str]:
    """Dialogue ids (TC's first 8 hex digits, SGD's N_NNNNN) cited by any earlier probe file."""
    ids: set[str] = set()
    for path in (ROOT / "tests" / "nlu").glob("probes*.yml"):
        if path.name == "probes_round18_lead_check.yml":
            continue
        ids.update(PROBE_IDS.findall(path.read_text(encoding="utf-8")))
    return ids


def film_names() -> list[str]:
    """Names of the movies topic of Topical-Chat's entity list, without Wikipedia's "(film)" tails."""
    topics = git_json(TOPICAL_CHAT, "src/entity_to_topic.json")
    assert isinstance(topics, dict)
    names = {re.sub(r"\s*\(.*\)$", "", name) for name, topic in topics.items() if topic == "movies"}
    return sorted(name for name in names if len(name) > 3)


def about_film(sentence: str, message: str, names: list[str]) -> bool:
    if FILM_TALK.search(sentence) or any(name.lower() in sentence.lower() for name in names):
        return True
    return bool(ANAPHOR.search(sentence) and FILM_WORDS.search(message))


def question_sentences(message: str) -> Iterator[str]:
    for sentence in SENTENCE_END.split(message.strip()):
        sentence = sentence.strip()
        if sentence.endswith("?") and QUESTION_OPENERS.match(sentence) and len(sentence.split()) >= 3:
            yield sentence


def film_entities(split: str) -> dict[str, bool]:
    """Conversation id -> whether a knowledge entity of it is on the movies topic."""
    topics = git_json(TOPICAL_CHAT, "src/entity_to_topic.json")
    assert isinstance(topics, dict)
    knowledge = git_json(TOPICAL_CHAT, f"reading_sets/pre-build/{split}.json")
    assert isinstance(knowledge, dict)
    films = {}
    for conversation_id, sets in knowledge.items():
        entities = [
            fact.get("entity")
            for agent in ("agent_1", "agent_2")
            for fact in sets.get(agent, {}).values()
            if isinstance(fact, dict)
        ]
        films[conversation_id] = any(topics.get(entity) == "movies" for entity in entities)
    return films


def topical_chat(skip: set[str]) -> list[Candidate]:
    pool = []
    names = film_names()
    for split in TC_SPLITS:
        films = film_entities(split)
        conversations = git_json(TOPICAL_CHAT, f"conversations/{split}.json")
        assert isinstance(conversations, dict)
        for conversation_id, conversation in conversations.items():
            short = conversation_id[:10]
            messages = [m["message"] for m in conversation["content"]]
            about_films = films.get(conversation_id) or any(FILM_WORDS.search(m) for m in messages)
            if short in skip or not about_films:
                continue
            for index, message in enumerate(messages):
                follow = next_question(messages, index)
                for sentence in question_sentences(message):
                    if not about_film(sentence, message, names):
                        continue
                    pool.append(Candidate("TC", f"{split} {short}", short, index, sentence, follow))
    return pool


def next_question(messages: list[str], index: int) -> str:
    """The first question sentence of the next two messages (either agent), as '<index> <text>'."""
    for later in range(index + 1, min(index + 3, len(messages))):
        for sentence in question_sentences(messages[later]):
            return f"{later} {sentence}"
    return ""


def asks_about_film(turn: dict) -> bool:
    """A user turn that requests something about the film itself (not a theatre, a price or a show time)."""
    frames = [f for f in turn["frames"] if f["service"].startswith(("Movies_", "Media_"))]
    return any(a["act"] == "REQUEST" and a["slot"] in FILM_SLOTS for f in frames for a in f["actions"])


def sgd(skip: set[str]) -> list[Candidate]:
    pool = []
    seen_texts: set[str] = set()  # the same short request recurs hundreds of times: keep its first
    for split in SGD_SPLITS:
        for path in (
            f for f in stored_files(SGD, rf"^{re.escape(split)}/[^/]+$") if Path(f).name.startswith("dialogues_")
        ):
            dialogues = git_json(SGD, path)
            assert isinstance(dialogues, list)
            for dialogue in dialogues:
                if dialogue["dialogue_id"] in skip:
                    continue
                turns = dialogue["turns"]
                asked = [i for i, t in enumerate(turns) if t["speaker"] == "USER" and asks_about_film(t)]
                for position, index in enumerate(asked):
                    text = turns[index]["utterance"].strip()
                    if text.lower() in seen_texts:
                        continue
                    seen_texts.add(text.lower())
                    later = asked[position + 1] if position + 1 < len(asked) else None
                    follow = f"{later} {turns[later]['utterance'].strip()}" if later == index + 2 else ""
                    where = f"{path} {dialogue['dialogue_id']}"
                    pool.append(Candidate("SGD", where, dialogue["dialogue_id"], index, text, follow))
    return pool


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tc", type=int, default=150, help="Topical-Chat candidates to print")
    parser.add_argument("--sgd", type=int, default=70, help="SGD candidates to print")
    args = parser.parse_args()
    skip = used_ids()
    for source, pool, count in (("TC", topical_chat(skip), args.tc), ("SGD", sgd(skip), args.sgd)):
        print(f"# {source}: {len(pool)} candidates, seed {SEED}, first {count}")
        for rank, candidate in enumerate(sample(pool, count, SEED), 1):
            print(f"{source}#{rank}\t{candidate.where} {candidate.turn}\t{candidate.text}")
            if candidate.follow_up:
                print(f"\t-> {candidate.follow_up}")


if __name__ == "__main__":
    main()
