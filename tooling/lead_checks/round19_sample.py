"""The lead's round-19 check set: a seeded random sample of real people's film questions from LC-QuAD 2.0 and QALD.

Reads two datasets from their bare mirrors on this machine (`git show HEAD:<path>`, nothing is downloaded):

- LC-QuAD 2.0, from the verbatim copy of its original entries in Cenze94/LC-QuAD-NoA
  (LC-QuAD-NoA/dataset/train_balanced.json and test_balanced.json; the entries LC-QuAD-NoA generated, those with a
  `has_answer` key, are left out). The text is the human `paraphrased_question`, or the human-verbalised
  `question` when the paraphrase is empty or garbage (no letters, template braces, a fragment or a padded copy
  of the question, or the question with words swapped in place by a synonym spinner).
  Cited as `LCQ2 <split>_balanced uid <n>`.
- QALD (ag-sc/QALD), every edition's data files (<edition>/data/*.xml|json; the musicbrainz, biomedical and
  datacube files are not about films): the English question string. A question repeated across editions is kept
  once, at its first file (edition order). Cited as `QALD <edition>/data/<file> id <n>`.

A question is about films when its text says film/movie/actor/actress/director/novel/song/... or its query uses a
film relation or class (Wikidata: director, cast member, screenwriter, composer, producer, ...; DBpedia:
dbo:director, dbo:starring, dbo:Film, ...): film / actor / director / novel / song questions.
Questions that any tests/nlu/probes*.yml already cites are left out: by id (the `LCQ2 ... uid <n>` and
`QALD <edition> ... id <n>` forms earlier files use; a QALD question is out when any edition's copy is cited) and
by text (an earlier file quoting the original).
Each pool is shuffled with a fixed seed and printed in that order. The probe file
tests/nlu/probes_round19_lead_check.yml takes the candidates in this order, skipping only those that cannot be
adapted to a question about this single film (its header says which ranks were skipped).

    python -m tooling.lead_checks.round19_sample [--lcq 140] [--qald 70]
"""

from __future__ import annotations

import argparse
import difflib
import json
import re
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator
from dataclasses import dataclass

from tooling.lead_checks.mirrors import (
    MIRRORS,
    QUOTED,
    Candidate,
    earlier_probe_lines,
    git_text,
    normalised,
    print_samples,
    stored_files,
)

LC_QUAD = MIRRORS / "Cenze94+LC-QuAD-NoA" / "repo"
QALD = MIRRORS / "ag-sc+QALD" / "repo"
LCQ_SPLITS = ("train", "test")
SEED = 19

FILM_WORDS = re.compile(
    r"\b(movies?|films?|filmed|actors?|actress(es)?|directors?|directed|starr?(ed|ing)|cast|screenplay|"
    r"screenwriters?|novels?|novelists?|songs?|soundtrack|Oscars?|Academy Awards?|cinema)\b",
    re.IGNORECASE,
)
# Wikidata properties and classes of films, their people, novels and songs (LC-QuAD 2.0 queries).
WIKIDATA_FILM = re.compile(
    r"\b(?:wdt|p|ps|pq):(P57|P161|P58|P86|P162|P344|P1040|P453|P674|P1431|P725|P2515|P4969)\b"
    r"|\bwd:(Q11424|Q33999|Q10800557|Q2526255|Q8261|Q7366|Q202866|Q24869|Q130232|Q157443|Q471839|Q5398426)\b"
)
# DBpedia relations and classes of the same (QALD queries).
DBPEDIA_FILM = re.compile(
    r"\b(?:dbo|dbpedia-owl|onto):(director|starring|Film|Actor|cinematography|musicComposer|producer|"
    r"screenplay|writer|Novel|Song|Single|basedOn|editing|distributor)\b"
    r"|dbpedia\.org/ontology/(director|starring|Film|Actor|cinematography|musicComposer|Novel|Song)\b",
)
QALD_SKIPPED_FILES = re.compile(r"musicbrainz|biomedical|datacube|-questions\.|withoutanswers|_raw|-raw|lexicon")
# Earlier probe files cite LC-QuAD 2.0 as "LCQ2 train_balanced uid 123", "LCQ2 uid 123", "LC-QuAD 2.0 ... uid 123"
# and QALD as "QALD 9 train id 12", "QALD 9/data/qald-9-train-multilingual.json id 12", "QALD-7 train 12".
CITED_LCQ = re.compile(r"\b(?:LCQ2?|LC-QuAD)\b[^\n\"]*?\b(?:uid|train|test)(?:_balanced)?\s+(\d+)", re.IGNORECASE)
CITED_QALD = re.compile(r"\bQALD[- ]?(\d+)\b[^\n\"]*?\b(?:id|train|test)\s+(\d+)", re.IGNORECASE)


@dataclass
class Cited:
    lcq_uids: set[int]
    qald_ids: set[tuple[int, int]]  # (edition, id)
    texts: set[str]  # normalised quoted originals


def cited() -> Cited:
    """What earlier probe files already use."""
    found = Cited(set(), set(), set())
    for line in earlier_probe_lines("probes_round19_lead_check.yml"):
        found.lcq_uids.update(int(uid) for uid in CITED_LCQ.findall(line))
        found.qald_ids.update((int(edition), int(number)) for edition, number in CITED_QALD.findall(line))
        found.texts.update(normalised(quoted) for quoted in QUOTED.findall(line))
    return found


def is_garbage(paraphrase: str, question: str) -> bool:
    """A paraphrase no person wrote: empty, no letters, template braces, a fragment or a padded copy of the
    question, or the question with words swapped in place (what a synonym spinner makes: "Modern York City" for
    "New York City", "on-screen character" for "actor"; a person's paraphrase rewords and reorders)."""
    words, original = paraphrase.split(), question.split()
    if len(words) < 3 or not re.search(r"[A-Za-z]{2}", paraphrase) or re.search(r"[{}]", paraphrase):
        return True
    if len(words) < len(original) / 2 or len(words) > 2 * len(original) + 5:
        return True
    return swapped_in_place(words, original)


def swapped_in_place(words: list[str], original: list[str]) -> bool:
    matcher = difflib.SequenceMatcher(a=[w.lower() for w in original], b=[w.lower() for w in words], autojunk=False)
    operations = {tag for tag, *_ in matcher.get_opcodes()}
    kept = sum(block.size for block in matcher.get_matching_blocks())
    return "replace" in operations and operations <= {"equal", "replace"} and kept >= len(original) / 3


def lcq_text(entry: dict) -> str:
    question = (entry.get("question") or "").strip()
    paraphrase = (entry.get("paraphrased_question") or "").strip()
    if paraphrase and not is_garbage(paraphrase, question):
        return paraphrase
    return question if question and not re.search(r"[{}]", question) else ""


def lc_quad(skip: Cited) -> list[Candidate]:
    pool = []
    for split in LCQ_SPLITS:
        entries = json.loads(git_text(LC_QUAD, f"LC-QuAD-NoA/dataset/{split}_balanced.json"))
        for entry in entries:
            if "has_answer" in entry or entry["uid"] in skip.lcq_uids:
                continue
            text = lcq_text(entry)
            if not text or normalised(text) in skip.texts:
                continue
            if FILM_WORDS.search(text) or WIKIDATA_FILM.search(entry.get("sparql_wikidata") or ""):
                pool.append(Candidate("LCQ2", f"{split}_balanced uid {entry['uid']}", text))
    return pool


def qald_items(path: str) -> Iterator[tuple[str, str, str]]:
    """(id, English string, query text) of each question of one QALD data file."""
    text = git_text(QALD, path)
    if path.endswith(".json"):
        for item in json.loads(text).get("questions", []):
            if isinstance(item.get("question"), dict):  # 7/…-extended-json.json nests the whole item once more
                item = item["question"]
            english = english_string(item)
            if english:
                yield str(item.get("id")), english, json.dumps(item.get("query", ""))
        return
    root = ElementTree.fromstring(text.encode("utf-8"))
    for item in root.iter("question"):
        strings = item.findall("string")
        texts = [s.text or "" for s in strings if s.get("lang") in (None, "en")]
        query = item.find("query")
        if texts:
            yield str(item.get("id")), texts[0], "" if query is None else query.text or ""


def english_string(node: object) -> str:
    """The first English question string anywhere in a JSON item (the editions nest it differently)."""
    if isinstance(node, dict):
        text = node.get("string") or node.get("question")
        if node.get("language") == "en" and isinstance(text, str):
            return text
        children: list = [value for key, value in node.items() if key in ("question", "body", "language")]
    elif isinstance(node, list):
        children = node
    else:
        return ""
    for child in children:
        found = english_string(child)
        if found:
            return found
    return ""


def edition(path: str) -> int:
    return int(path.split("/", 1)[0])


def qald(skip: Cited) -> list[Candidate]:
    first: dict[str, Candidate] = {}  # normalised text -> its first occurrence, in edition order
    cited_texts: set[str] = set()  # texts one of whose occurrences (any edition, any file) an earlier file cites
    about_films: set[str] = set()
    files = [f for f in stored_files(QALD, r"^\d+/data/.*\.(xml|json)$") if not QALD_SKIPPED_FILES.search(f)]
    for path in sorted(files, key=lambda f: (edition(f), f)):
        for number, english, query in qald_items(path):
            text = " ".join(english.split())
            key = normalised(text)
            if not key:
                continue
            first.setdefault(key, Candidate("QALD", f"{path} id {number}", text))
            if key in skip.texts or (number.isdigit() and (edition(path), int(number)) in skip.qald_ids):
                cited_texts.add(key)
            if FILM_WORDS.search(text) or DBPEDIA_FILM.search(query) or WIKIDATA_FILM.search(query):
                about_films.add(key)
    return [candidate for key, candidate in first.items() if key in about_films and key not in cited_texts]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lcq", type=int, default=140, help="LC-QuAD 2.0 candidates to print")
    parser.add_argument("--qald", type=int, default=70, help="QALD candidates to print")
    args = parser.parse_args()
    skip = cited()
    print_samples((("LCQ2", lc_quad(skip), args.lcq), ("QALD", qald(skip), args.qald)), SEED)


if __name__ == "__main__":
    main()
