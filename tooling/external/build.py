"""Build the external dev set, tests/external/dev.yml, from public datasets of real questions.

    python -m tooling.external.build --simplequestions SQ_SNAPSHOT --usersim USERSIMCRS_SNAPSHOT --trec TREC_SNAPSHOT

SQ_SNAPSHOT is a checkout (or `git archive`) of askplatypus/wikidata-simplequestions
(SimpleQuestions v2, crowd-written questions over Freebase); USERSIMCRS_SNAPSHOT one
of iai-group/UserSimCRS, whose data/datasets/ hold real user turns of film-recommendation
dialogues (IARD, a ReDial subset; INSPIRED; MovieBot); TREC_SNAPSHOT one of
brmson/question-classification, whose data/ holds the TREC/UIUC question sets
(train_5500.label, TREC_10.label). All are directories of files; from
a bare snapshot of the `fetch` tool, unpack one with `git --git-dir SNAP archive HEAD | tar -x -C DIR`.
Nothing here is needed at test time: the built YAML is committed.

Each question keeps its asker's phrasing, casing and typos; only the words naming a film
or a person (tooling/external/selection.yml, drafted by propose.py and corrected by hand)
are swapped for this film's, and for follow-ups for "it", "he" or "she". Every item
records its source (dataset, file, line or dialogue id, original text). Expectations
name store keys (`crew:director`, `film:language`, `person:ren_nagase:about`...), never
values: the scorer (tooling/external/score.py) reads the values from the fact store,
so a corrected fact does not leave a stale key.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from bot.store import FactStore

HERE = Path(__file__).parent
SELECTION = HERE / "selection.yml"
DIALOGUES = HERE / "dialogues.yml"
MORE = HERE / "more.yml"
OUT = HERE.parent.parent / "tests" / "external" / "dev.yml"
SQ_FILES = {
    "test": "SimpleQuestions_v2/annotated_fb_data_test.txt",
    "valid": "SimpleQuestions_v2/annotated_fb_data_valid.txt",
}
USERSIM_FILES = {
    "iard": "data/datasets/iard/formatted_IARD_annotated_gold.json",
    "inspired": "data/datasets/inspired/annotated_sample.json",
    "moviebot": "data/datasets/moviebot/annotated_dialogues.json",
}
# Title forms people use, all from the store's title forms (by position), rotated.
TITLE_FORM_INDEX = (0, 0, 0, 0, 0, 0, 4)
PEOPLE = ("ren_nagase", "natsuki_deguchi", "takahiro_miki", "mayu_yokota", "tomoko_yoshida", "ao_morita")
PEOPLE += ("seiji_kameda", "yasuko_matsuyuki", "fumino_kimura", "nene_otsuka")
CHARACTERS_WITH_PARENTS = ("akito_hayasaka", "haruna_sakurai")
CHARACTERS = ("akito_hayasaka", "haruna_sakurai", "mikiko", "ayaka_miura", "hazuki_sakurai", "natsumi_hayasaka")


@dataclass(frozen=True)
class Question:
    relation: str
    category: str
    subject_kind: str
    expect: str
    split: str
    line: int
    words: str
    original: str


def _cased(name: str, like: str) -> str:
    """Our name in the asker's casing: all lower-case askers get lower case."""
    return name.lower() if like == like.lower() else name


def _swap(original: str, words: str, new: str) -> str:
    at = original.lower().find(words.lower())
    if at < 0:
        raise SystemExit(f"selection.yml: {words!r} is not in {original!r}")
    return original[:at] + new + original[at + len(words) :]


def _pronoun_swap(original: str, words: str, pronoun: str) -> str:
    """'who directed the film volcano' -> 'who directed it'; "X's" -> 'his'/'her'."""
    text = _swap(original, words, "\0")
    possessive = {"he": "his", "she": "her", "it": "its", "they": "their"}[pronoun]
    objective = {"he": "him", "she": "her", "it": "it", "they": "them"}[pronoun]
    text = re.sub(r"\0's", possessive, text)
    # "the film a X", "X movie", "X story": the article or noun went with the title, not the pronoun
    # ("X film" stays: in "where was X film?" it is the verb).
    text = re.sub(r"\b(?:a|an|the) \0", "\0", text, flags=re.I)
    text = re.sub(r"\0 (?:movie|story)\b", "\0", text, flags=re.I)
    # "the profession of he" -> "of him"
    text = re.sub(r"\b(of|for|to|with|by|about|from) \0", rf"\1 {objective}", text, flags=re.I)
    text = re.sub(r"\b(?:the )?(?:film|movie)(?: titled| called| named)?\s+\0", pronoun, text, flags=re.I)
    return re.sub(r"\s+", " ", text.replace("\0", pronoun)).strip()


def load_questions(snapshot: Path) -> dict[str, list[Question]]:
    lines = {split: (snapshot / name).read_text(encoding="utf-8").splitlines() for split, name in SQ_FILES.items()}
    selection = yaml.safe_load(SELECTION.read_text(encoding="utf-8"))
    by_relation: dict[str, list[Question]] = {}
    for block in selection["relations"]:
        for split, number, words in block["items"] or []:
            fields = lines[split][number - 1].split("\t")
            if not fields[1].endswith(block["relation"]):
                raise SystemExit(f"selection.yml: {split}:{number} is not a {block['relation']} question")
            question = Question(
                block["relation"],
                block["category"],
                block["subject"],
                block["expect"],
                split,
                number,
                words,
                " ".join(fields[3].split()),  # SimpleQuestions has double spaces here and there
            )
            by_relation.setdefault(block["relation"], []).append(question)
    return by_relation


def _source(q: Question) -> dict[str, Any]:
    return {
        "dataset": "SimpleQuestions v2",
        "file": SQ_FILES[q.split],
        "line": q.line,
        "relation": q.relation,
        "original": q.original,
    }


# A person's birth: the store's fact when it holds one for that person, else "I don't know".
BIRTH_FACTS = {"people/person/place_of_birth": "birthplace", "people/person/date_of_birth": "born"}


def _expect(q: Question, subject: str | None, text: str, store: FactStore | None = None) -> list[str]:
    birth = BIRTH_FACTS.get(q.relation)
    if birth and store is not None and subject in store.people and getattr(store.people[subject], birth):
        return [f"fact person:{subject}:{birth}"]
    expect = q.expect.replace("{subject}", subject or "")
    if q.relation.endswith("fictional_character/parents"):
        low = text.lower()
        wanted = [rel for rel in ("mother", "father") if rel in low or "mum" in low and rel == "mother"]
        wanted = wanted or ["mother", "father"]
        return [f"fact relation:{subject}:{rel}" for rel in wanted]
    return [
        part.strip().replace("person:", f"person:{subject}:").replace("character:", f"character:{subject}:")
        for part in expect.split("|")
    ]


class Adapter:
    def __init__(self, store: FactStore) -> None:
        self.store = store
        self.turn = 0

    def title(self, like: str) -> str:
        forms = self.store.film["title_forms"].value
        self.turn += 1
        return _cased(forms[TITLE_FORM_INDEX[self.turn % len(TITLE_FORM_INDEX)]], like)

    def subject(self, q: Question, index: int) -> tuple[str | None, str]:
        """(subject id, the name swapped in) for a question."""
        if q.subject_kind == "film":
            return None, self.title(q.words)
        if q.subject_kind == "person":
            person = self.store.people[PEOPLE[index % len(PEOPLE)]]
            return person.id, _cased(person.name, q.words)
        pool = CHARACTERS_WITH_PARENTS if q.relation.endswith("/parents") else CHARACTERS
        character = self.store.characters[pool[index % len(pool)]]
        return character.id, _cased(character.name, q.words)

    def single(self, q: Question, index: int) -> dict[str, Any]:
        subject, name = self.subject(q, index)
        text = _swap(q.original, q.words, name)
        turn = {"text": text, "expect": _expect(q, subject, text, self.store)}
        return {"id": f"sq-{q.split}-{q.line}", "category": q.category, "source": _source(q), "turns": [turn]}

    def follow_up(self, q: Question, subject: str | None) -> dict[str, Any]:
        """The question with its subject left to the conversation ('it', 'he', 'she')."""
        pronoun = "it"
        if subject is not None:
            person = self.store.people.get(subject) or self.store.characters.get(subject)
            pronoun = person.pronoun if person and person.pronoun in ("he", "she") else "they"
        text = _pronoun_swap(q.original, q.words, pronoun)
        expect = _expect(q, subject, text, self.store)
        return {"text": text, "expect": expect, "source": _source(q), "category": q.category}


def load_dialogue_turns(snapshot: Path) -> list[dict[str, Any]]:
    """Real user turns of film dialogues, chosen in dialogues.yml, with their swaps."""
    chosen = yaml.safe_load(DIALOGUES.read_text(encoding="utf-8"))["turns"]
    data = {name: json.loads((snapshot / path).read_text(encoding="utf-8")) for name, path in USERSIM_FILES.items()}
    turns = []
    for entry in chosen:
        dialogue = next(
            d for d in data[entry["dataset"]] if str(d["conversation_id"]).strip('"') == str(entry["dialogue"])
        )
        original = dialogue["conversation"][entry["turn"]]["utterance"].strip()
        if dialogue["conversation"][entry["turn"]]["participant"] != "USER":
            raise SystemExit(f"dialogues.yml: {entry} is not a user turn")
        text = original
        for old, new in (entry.get("swap") or {}).items():
            text = _swap(text, old, new)
        if entry.get("keep"):
            if entry["keep"] not in text:
                raise SystemExit(f"dialogues.yml: {entry['keep']!r} is not in {text!r}")
            text = entry["keep"]
        turns.append(
            {
                "text": text,
                "expect": entry["expect"],
                "category": entry["category"],
                "source": {
                    "dataset": {"iard": "IARD (ReDial subset)", "inspired": "INSPIRED", "moviebot": "MovieBot"}[
                        entry["dataset"]
                    ],
                    "file": USERSIM_FILES[entry["dataset"]],
                    "dialogue": str(entry["dialogue"]),
                    "turn": entry["turn"],
                    "original": original,
                },
            }
        )
    return turns


def build(sq: Path, usersim: Path, trec: Path, store: FactStore) -> dict[str, Any]:
    questions = load_questions(sq)
    selection = yaml.safe_load(SELECTION.read_text(encoding="utf-8"))
    adapter = Adapter(store)
    rng = random.Random(10)
    items: list[dict[str, Any]] = []
    pools: dict[str, list[Question]] = {}
    # Single items read once by hand and found garbled beyond adapting (kept out, not rewritten,
    # so the pools feeding the conversations stay as they were).
    dropped = selection.get("dropped") or []
    for block in selection["relations"]:
        chosen = questions.get(block["relation"], [])
        for index, q in enumerate(chosen[: block["single"]]):
            item = adapter.single(q, index)  # even when dropped: keeps the title rotation as it was
            if [q.split, q.line] not in dropped:
                items.append(item)
        pools[block["relation"]] = list(chosen[block["single"] :])
    items += out_of_scope(sq, selection)
    dialogue_turns = load_dialogue_turns(usersim)
    items += conversations(adapter, pools, dialogue_turns, rng, selection["conversations"])
    items += two_in_one(adapter, pools, rng, selection["two_in_one"])
    items += more_items(trec, usersim)
    return {
        "about": (
            "External dev set, built by tooling/external/build.py from SimpleQuestions v2, the TREC/UIUC "
            "question sets and real user turns of IARD/ReDial, INSPIRED and MovieBot dialogues; never used "
            "for training."
        ),
        "items": items,
    }


def out_of_scope(sq: Path, selection: dict[str, Any]) -> list[dict[str, Any]]:
    """Questions about other films and other topics, unchanged: the assistant should refuse them."""
    items = []
    for split, number in selection["out_of_scope"]:
        fields = (sq / SQ_FILES[split]).read_text(encoding="utf-8").splitlines()[number - 1].split("\t")
        q = Question(fields[1].removeprefix("www.freebase.com/"), "out_of_scope", "", "refusal", split, number, "", "")
        source = {**_source(q), "original": fields[3].strip()}
        turn = {"text": fields[3].strip(), "expect": ["refusal"]}
        items.append({"id": f"sq-{split}-{number}", "category": "out_of_scope", "source": source, "turns": [turn]})
    return items


def _take(pool: list[Question], rng: random.Random) -> Question | None:
    return pool.pop(rng.randrange(len(pool))) if pool else None


def conversations(
    adapter: Adapter,
    pools: dict[str, list[Question]],
    dialogue_turns: list[dict[str, Any]],
    rng: random.Random,
    plan: list[dict[str, Any]],
) -> list[dict[str, Any]]:
    """Conversations: an opener naming the film (or a crew member), then subjectless follow-ups."""
    items = []
    dialogue_pool = list(dialogue_turns)
    for number, shape in enumerate(plan):
        opener_q = _take(pools[shape["opener"]], rng)
        if opener_q is None:
            continue
        opener = adapter.single(opener_q, number)
        turns = [{**opener["turns"][0], "category": opener["category"], "source": opener["source"]}]
        for step in shape["then"]:
            if step == "dialogue":
                if not dialogue_pool:
                    continue
                turns.append(dict(dialogue_pool.pop(0)))
                continue
            q = _take(pools[step], rng)
            if q is None:
                continue
            subject = None
            if q.subject_kind == "person":
                # A follow-up about the person the opener's answer named.
                role = shape["person_from"]
                subject = adapter.store.crew[role].people[0]
            turns.append(adapter.follow_up(q, subject))
        items.append({"id": f"conv-{number + 1:03d}", "category": "conversation", "turns": turns})
    return items


def two_in_one(
    adapter: Adapter, pools: dict[str, list[Question]], rng: random.Random, plan: list[list[str]]
) -> list[dict[str, Any]]:
    """Two real questions sent as one message (the second about 'it')."""
    items = []
    for first_rel, second_rel in plan:
        first, second = _take(pools[first_rel], rng), _take(pools[second_rel], rng)
        if first is None or second is None:
            continue
        one = adapter.single(first, 0)
        two = adapter.follow_up(second, None)
        text = f"{one['turns'][0]['text'].rstrip(' ?')} and {two['text'][0].lower()}{two['text'][1:]}"
        wants = [one["turns"][0]["expect"][0], two["expect"][0]]
        refs = " ".join(w.split(" ", 1)[1] for w in wants if w.startswith("fact "))
        items.append(
            {
                "id": f"two-{first.split}-{first.line}-{second.line}",
                "category": "two_in_one",
                "source": [one["source"], two["source"]],
                "turns": [{"text": text, "expect": [f"fact {refs}"]}],
            }
        )
    return items


TREC_FILES = {"train": "data/train_5500.label", "test": "data/TREC_10.label"}
IARD_MORE = "data/datasets/iard/formatted_IARD_annotated_partially.json"


def detokenize(text: str) -> str:
    """Undo the TREC files' tokenization (`` x '' , 's ?), which no asker typed."""
    text = text.replace("``", '"').replace("''", '"')
    text = re.sub(r'" (.*?) "', r'"\1"', text)
    text = re.sub(r"` (.*?) '", r"'\1'", text)
    return re.sub(r" (\?|,|\.|!|'s|'re|n't|:)", r"\1", text).strip()


class MoreSources:
    """The TREC question files and the IARD dialogues that more.yml cites."""

    def __init__(self, trec: Path, usersim: Path) -> None:
        # The TREC files are Latin-1 (a few accented names).
        self.trec = {k: (trec / v).read_text(encoding="latin-1").splitlines() for k, v in TREC_FILES.items()}
        dialogues = json.loads((usersim / IARD_MORE).read_text(encoding="utf-8"))
        self.iard = {str(d["conversation_id"]).strip('"'): d["conversation"] for d in dialogues}

    def turn(self, entry: dict[str, Any]) -> dict[str, Any]:
        if "trec" in entry:
            split, line = entry["trec"]
            label, _, question = self.trec[split][line - 1].partition(" ")
            original = detokenize(question)
            source: dict[str, Any] = {
                "dataset": "TREC question classification (UIUC)",
                "file": TREC_FILES[split],
                "line": line,
                "label": label,
            }
        else:
            dialogue, number = entry["iard"]
            said = self.iard[dialogue][number]
            if said["participant"] != "USER":
                raise SystemExit(f"more.yml: {entry} is not a user turn")
            original = " ".join(said["utterance"].split())
            source = {"dataset": "IARD (ReDial subset)", "file": IARD_MORE, "dialogue": dialogue, "turn": number}
        text = original
        for old, new in entry.get("swap") or []:
            text = re.sub(r"\s+", " ", _swap(text, str(old), str(new))).strip()
        if entry.get("keep"):
            if entry["keep"] not in text:
                raise SystemExit(f"more.yml: {entry['keep']!r} is not in {text!r}")
            text = entry["keep"]
        return {
            "text": text,
            "expect": list(entry["expect"]),
            "category": entry["category"],
            "source": {**source, "original": original},
        }


def more_items(trec: Path, usersim: Path) -> list[dict[str, Any]]:
    """Single questions and conversations from more.yml (TREC questions, IARD user turns)."""
    more = yaml.safe_load(MORE.read_text(encoding="utf-8"))
    sources = MoreSources(trec, usersim)
    items = []
    for entry in more["singles"]:
        turn = sources.turn(entry)
        src = turn["source"]
        where = f"trec-{entry['trec'][0]}-{src['line']}" if "trec" in entry else f"iard-{src['dialogue']}-{src['turn']}"
        category, source = turn.pop("category"), turn.pop("source")
        items.append({"id": where, "category": category, "source": source, "turns": [turn]})
    for number, conversation in enumerate(more["conversations"], 1):
        turns = [sources.turn(entry) for entry in conversation]
        items.append({"id": f"conv-more-{number:03d}", "category": "conversation", "turns": turns})
    return items


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tooling.external.build", description=__doc__)
    parser.add_argument("--simplequestions", type=Path, required=True, help="askplatypus/wikidata-simplequestions")
    parser.add_argument("--usersim", type=Path, required=True, help="iai-group/UserSimCRS")
    parser.add_argument("--trec", type=Path, required=True, help="brmson/question-classification")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    data = build(args.simplequestions, args.usersim, args.trec, FactStore.load())
    args.out.parent.mkdir(parents=True, exist_ok=True)
    header = "# Generated by `python -m tooling.external.build` (see its docstring); do not edit by hand.\n"
    args.out.write_text(header + yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=120), "utf-8")
    turns = sum(len(item["turns"]) for item in data["items"])
    multi = sum(len(item["turns"]) for item in data["items"] if len(item["turns"]) > 1)
    print(f"wrote {args.out}: {len(data['items'])} items, {turns} turns ({multi} in conversations)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
