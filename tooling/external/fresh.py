"""Build the sealed fresh set, tests/external/fresh.yml, from public datasets of real questions.

    python -m tooling.external.fresh --simplequestions SQ_SNAPSHOT --usersim USERSIMCRS_SNAPSHOT \
        --freebaseqa FREEBASEQA_CODE_SNAPSHOT

SQ_SNAPSHOT is a checkout of askplatypus/wikidata-simplequestions (SimpleQuestions: its
Wikidata-mapped train file, which the dev set never uses, and lines of the v2 test/valid files
the dev set does not use); USERSIMCRS_SNAPSHOT one of iai-group/UserSimCRS (real user turns of
ReDial/IARD, INSPIRED and MovieBot dialogues); FREEBASEQA_CODE_SNAPSHOT one of
kelvin-jiang/FreebaseQACode at commit ef06671 (data/raw/: the trivia questions FreebaseQA was
built from). From a bare snapshot of the `fetch` tool, unpack with
`git --git-dir SNAP archive COMMIT PATHS | tar -x -C DIR`. Nothing here runs at test time.

tooling/external/fresh.yml chooses the questions and says how each is adapted (the same
`swap` / `keep` rules as the dev set's builder, build.py). Every item records its source
(dataset, file, line or dialogue and turn, original text). The build fails when an item's
original text or adapted text is already in the dev set (tests/external/dev.yml), so the two
sets stay apart. The set is for measurement only (`make eval-fresh`): nobody tunes against it.
"""

from __future__ import annotations

import argparse
import html
import json
import re
from pathlib import Path
from typing import Any

import yaml

from tooling.external.build import USERSIM_FILES, _swap

HERE = Path(__file__).parent
CHOICE = HERE / "fresh.yml"
ROOT = HERE.parent.parent
OUT = ROOT / "tests" / "external" / "fresh.yml"
DEV = ROOT / "tests" / "external" / "dev.yml"
SQ_FILES = {
    "wd_train": "annotated_wd_data_train.txt",
    "fb_test": "SimpleQuestions_v2/annotated_fb_data_test.txt",
    "fb_valid": "SimpleQuestions_v2/annotated_fb_data_valid.txt",
}
QUIZ_FILES = {name: f"data/raw/{name}-all.txt" for name in ("QuizBalls", "KnowQuiz", "QuizZone")}
CRS_FILES = {**USERSIM_FILES, "iard": "data/datasets/iard/formatted_IARD_annotated_partially.json"}
CRS_FILES["iard_gold"] = USERSIM_FILES["iard"]
CRS_NAMES = {
    "iard": "IARD (ReDial subset)",
    "iard_gold": "IARD (ReDial subset)",
    "inspired": "INSPIRED",
    "moviebot": "MovieBot",
}


def _norm(text: str) -> str:
    return " ".join(str(text).split()).casefold()


class Sources:
    """The snapshot files fresh.yml cites, read once."""

    def __init__(self, sq: Path, usersim: Path, freebaseqa: Path) -> None:
        self.sq = {k: (sq / v).read_text(encoding="utf-8").splitlines() for k, v in SQ_FILES.items()}
        # The quiz files carry a few stray bytes; replacing them keeps line numbers intact.
        self.quiz = {
            k: (freebaseqa / v).read_text(encoding="utf-8", errors="replace").splitlines()
            for k, v in QUIZ_FILES.items()
        }
        self.crs: dict[str, dict[str, list[dict[str, Any]]]] = {}
        for name, path in CRS_FILES.items():
            dialogues = json.loads((usersim / path).read_text(encoding="utf-8"))
            self.crs[name] = {str(d["conversation_id"]).strip('"'): d["conversation"] for d in dialogues}

    def original(self, entry: dict[str, Any]) -> tuple[str, dict[str, Any]]:
        """The question as its asker wrote it, and where it comes from."""
        if "sq" in entry:
            split, line = entry["sq"]
            fields = self.sq[split][line - 1].split("\t")
            source = {"dataset": "SimpleQuestions", "file": SQ_FILES[split], "line": line, "relation": fields[1]}
            return " ".join(fields[3].split()), source
        if "quiz" in entry:
            name, line = entry["quiz"]
            question = self.quiz[name][line - 1].split(" | ")[0]
            source = {"dataset": "FreebaseQA raw trivia questions", "file": QUIZ_FILES[name], "line": line}
            return " ".join(question.split()), source
        name, dialogue, number = entry["crs"]
        said = self.crs[name][str(dialogue)][number]
        if said["participant"] != "USER":
            raise SystemExit(f"fresh.yml: {entry} is not a user turn")
        text = html.unescape(said["utterance"]).replace("QUOTATION_MARK", '"')
        source = {"dataset": CRS_NAMES[name], "file": CRS_FILES[name], "dialogue": str(dialogue), "turn": number}
        return " ".join(text.split()), source

    def adapt(self, entry: dict[str, Any]) -> tuple[str, dict[str, Any]]:
        """(adapted text, source with the original) of one question."""
        original, source = self.original(entry)
        text = original
        for old, new in entry.get("swap") or []:
            text = re.sub(r"\s+", " ", _swap(text, str(old), str(new))).strip()
        if entry.get("keep"):
            if entry["keep"] not in text:
                raise SystemExit(f"fresh.yml: {entry['keep']!r} is not in {text!r}")
            text = entry["keep"]
        return text, {**source, "original": original}

    def turn(self, entry: dict[str, Any]) -> dict[str, Any]:
        text, source = self.adapt(entry)
        return {"text": text, "expect": list(entry["expect"]), "category": entry["category"], "source": source}


def _ident(source: dict[str, Any]) -> str:
    where = source.get("line") if "line" in source else f"{source['dialogue']}-{source['turn']}"
    return f"{source['file'].rsplit('/', 1)[-1].split('.')[0]}-{where}"


def build(sources: Sources, choice: dict[str, Any]) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    seen: dict[str, int] = {}

    def unique(ident: str) -> str:
        seen[ident] = seen.get(ident, 0) + 1
        return ident if seen[ident] == 1 else f"{ident}-{seen[ident]}"

    for entry in choice["singles"]:
        turn = sources.turn(entry)
        category, source = turn.pop("category"), turn.pop("source")
        items.append({"id": unique(_ident(source)), "category": category, "source": source, "turns": [turn]})
    for entry in choice["two_in_one"]:
        (one, one_source), (two, two_source) = (sources.adapt(part) for part in entry["two"])
        text = f"{one.rstrip(' ?')} and {two[0].lower()}{two[1:]}"
        items.append(
            {
                "id": unique(f"two-{_ident(one_source)}"),
                "category": "two_in_one",
                "source": [one_source, two_source],
                "turns": [{"text": text, "expect": list(entry["expect"])}],
            }
        )
    for number, conversation in enumerate(choice["conversations"], 1):
        turns = [sources.turn(entry) for entry in conversation]
        items.append({"id": f"fresh-conv-{number:03d}", "category": "conversation", "turns": turns})
    return items


def overlaps(items: list[dict[str, Any]], dev: dict[str, Any]) -> list[str]:
    """Items whose original or adapted text the dev set already has."""
    originals: set[str] = set()
    texts: set[str] = set()

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            if "original" in node:
                originals.add(_norm(node["original"]))
            if isinstance(node.get("text"), str):
                texts.add(_norm(node["text"]))
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(dev)
    clashes = []
    for item in items:
        sources = item.get("source") or [turn["source"] for turn in item["turns"]]
        for source in sources if isinstance(sources, list) else [sources]:
            if _norm(source["original"]) in originals:
                clashes.append(f"{item['id']}: original already in the dev set: {source['original']!r}")
        for turn in item["turns"]:
            if _norm(turn["text"]) in texts:
                clashes.append(f"{item['id']}: text already in the dev set: {turn['text']!r}")
    return clashes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tooling.external.fresh", description=__doc__)
    parser.add_argument("--simplequestions", type=Path, required=True, help="askplatypus/wikidata-simplequestions")
    parser.add_argument("--usersim", type=Path, required=True, help="iai-group/UserSimCRS")
    parser.add_argument("--freebaseqa", type=Path, required=True, help="kelvin-jiang/FreebaseQACode at ef06671")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    choice = yaml.safe_load(CHOICE.read_text(encoding="utf-8"))
    items = build(Sources(args.simplequestions, args.usersim, args.freebaseqa), choice)
    clashes = overlaps(items, yaml.safe_load(DEV.read_text(encoding="utf-8")))
    if clashes:
        raise SystemExit("the fresh set must not repeat the dev set:\n  " + "\n  ".join(clashes))
    data = {
        "about": (
            "Sealed fresh set, built by tooling/external/fresh.py from SimpleQuestions, FreebaseQA's raw trivia "
            "questions and real user turns of IARD/ReDial, INSPIRED and MovieBot dialogues that the dev set does "
            "not use; for measurement only (make eval-fresh), never for training or tuning."
        ),
        "items": items,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    header = "# Generated by `python -m tooling.external.fresh` (see its docstring); do not edit by hand.\n"
    args.out.write_text(header + yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=120), "utf-8")
    turns = sum(len(item["turns"]) for item in items)
    multi = sum(len(item["turns"]) for item in items if len(item["turns"]) > 1)
    print(f"wrote {args.out}: {len(items)} items, {turns} turns ({multi} in conversations)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
