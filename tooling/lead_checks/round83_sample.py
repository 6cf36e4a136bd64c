"""The lead's round-83 check set: a seeded random sample of the FreshQA questions (written by people to test what
language models know of a changing world) that ask about films, TV, actors, books and music, each with the later-ranked
questions that ask about the same kind of subject.

Reads one dataset from its mirror on this machine (`git show <commit>:<path>`, nothing is downloaded):

- FreshQA (Tu Vu, Mohit Iyyer, Xuezhi Wang, Noah Constant, Jerry Wei, Jason Wei, Chris Tar, Yun-Hsuan Sung, Denny Zhou,
  Quoc Le and Thang Luong, "FreshLLMs: Refreshing Large Language Models with Search Engine Augmentation", Findings of
  ACL 2024): 600 questions (500 test, 100 dev) that the authors and freelance writers they hired wrote by hand, about
  facts that never change, change slowly or change fast, and questions with a false premise, each with its answers.
  The authors publish it as a Google spreadsheet that they update weekly (their repository freshllms/freshqa, licence
  Apache 2.0, holds only the links); the stored copy read here is that spreadsheet's 27 May 2024 version, saved as
  FreshQA_v05272024.xlsx in zbybr/LLMhalu (a hallucination study that evaluates models on it), read at commit 59c09f2
  (2025-02-20, its newest; the file entered in a99391f, 2024-05-27, "Add freshqa dataset", and is unchanged since),
  present (235,693 bytes). Only its sheet "freshqa" is read (the sheet "demo" holds five few-shot examples), and of it
  only the columns `id`, `split` and `question`, never the premise flag, the answers, the sources or the notes. The
  question is kept as written (casing, spelling, spacing, a trailing space trimmed). Licence: Apache 2.0 (the
  authors' repository's LICENSE). Cited as `FreshQA <split> <id>` (the split in lower case, the id as the data gives
  it).

Pool: the questions of the sheet (in sheet order) whose text uses a film, TV, actor, book or music word (SCREEN_WORDS
below); the filter also lets in questions where such a word has another sense (a football "season", a hurricane
"season", a "series" of games, a "story" of a building); they come with the rest of the sample. A question repeated
(compared without case or punctuation) is kept once, at its first place; questions an earlier probe file cites, quotes
or asks are left out (counts only are printed).

The earlier probe files are read as mirrors.cited_earlier reads them, except the sealed ones this round's rules keep
closed (SEALED below: the round-26b, 73, 74, 75, 79, 80 and 81 lead checks and the other round-82 to 84 helpers'
files); none of them can cite FreshQA (no earlier probe file names it), so leaving them unread leaves nothing of
FreshQA in.

Each candidate prints the later-ranked candidates that ask about the same kind of subject (SUBJECT_KINDS below: a
song, singer or album, a book or its author, a performer, role or crew member, a film or show), with their ranks in the
seeded order, at most FOLLOW_UPS: the probe file makes those of them that can be adapted follow-ups of the candidate,
with the names changed the same way, as round 72 did with AfriQA's questions. The kind is a rough guide for the writer,
who reads each question.

    python -m tooling.lead_checks.round83_sample
"""

from __future__ import annotations

import io
import re
import subprocess
import zipfile
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree

from tooling.lead_checks.mirrors import (
    ASKED,
    MIRRORS,
    PROBE_DIR,
    QUOTED,
    Candidate,
    Cited,
    kind_of,
    normalised,
    one_line,
    print_one_pool,
    ranked_with_later_of_kind,
    stored_in_folder,
    unseen,
)

SEED = 83
FOLLOW_UPS = 4
OWN_FILE = "probes_round83_lead_check.yml"
SOURCE = "FreshQA"  # its name in citations and in the ranked output
# Probe files this round's rules keep closed: never read, not even to count what they cite.
SEALED = re.compile(r"^probes_round(?:26b.*|7[3-5]_lead_check\.yml|79_lead_check\.yml|8[0-4]_lead_check\.yml)$")

LLMHALU = MIRRORS / "zbybr+LLMhalu" / "repo"
# The commit read (the repository's newest when mirrored).
LLMHALU_COMMIT = "59c09f23bee290ca61e9d2f7963fb38133e2ba60"
FRESHQA_FOLDER = "."  # the repository's top folder (git ls-tree's name for it)
FRESHQA_FILE = "FreshQA_v05272024.xlsx"
FRESHQA_SHEET = "xl/worksheets/sheet1.xml"  # the sheet named "freshqa" (xl/workbook.xml lists it first)
COLUMNS = ("id", "split", "question")  # the header cells of the columns read
SHEET_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"

# Film, TV, actor, book and music words, as FreshQA's writers write them.
SCREEN_WORDS = re.compile(
    r"\b(?:movies?|films?|filmed|filming|cinemas?|actors?|actress(?:es)?|acting|starr(?:ed|ing)|cast|characters?|"
    r"roles?|played|directors?|directed|producers?|produced|scenes?|plots?|sequels?|episodes?|seasons?|series|tv|"
    r"television|shows?|sitcoms?|dramas?|cartoons?|animated|anime|hollywood|bollywood|oscars?|academy awards?|emmys?|"
    r"golden globes?|box office|netflix|letterboxd|rotten tomatoes|novels?|novelettes?|novelists?|books?|authors?|"
    r"writers?|wr[io]te|written|publish(?:ed)?|poems?|poets?|stor(?:y|ies)|fiction|comics?|songs?|singers?|sang|"
    r"sings?|bands?|albums?|music|musicians?|lyrics|soundtracks?|composers?|composed|concerts?|rappers?|grammys?|"
    r"billboard|spotify|eurovision)\b",
    re.IGNORECASE,
)
# What a question asks about, by its wording, the first that matches.
SUBJECT_KINDS = (
    (
        "music",
        re.compile(
            r"\b(?:songs?|singers?|sang|sings?|bands?|albums?|music|musicians?|lyrics|soundtracks?|composers?|"
            r"composed|concerts?|rappers?|grammys?|billboard|spotify|eurovision)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "book",
        re.compile(
            r"\b(?:novels?|novelettes?|novelists?|books?|authors?|writers?|wr[io]te|written|publish(?:ed)?|poems?|"
            r"poets?|fiction|comics?)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "person",
        re.compile(
            r"\b(?:actors?|actress(?:es)?|acting|starr(?:ed|ing)|cast|characters?|roles?|played|directors?|directed|"
            r"producers?|produced)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "work",
        re.compile(
            r"\b(?:movies?|films?|filmed|filming|cinemas?|scenes?|plots?|sequels?|episodes?|seasons?|series|tv|"
            r"television|shows?|sitcoms?|dramas?|cartoons?|animated|anime|hollywood|bollywood|oscars?|"
            r"academy awards?|emmys?|golden globes?|box office|netflix|letterboxd|rotten tomatoes|stor(?:y|ies))\b",
            re.IGNORECASE,
        ),
    ),
)
CITED_FRESHQA = re.compile(r"\bFreshQA\s+((?:test|dev)\s+\d+)\b")


@dataclass(frozen=True)
class Question:
    split: str  # "test" or "dev"
    id: str  # as the data gives it
    text: str  # the question as written
    kind: str  # a SUBJECT_KINDS name, or "" when none matches

    @property
    def cited(self) -> str:
        return f"{self.split} {self.id}"


def git_bytes(repo: Path, path: str, commit: str) -> bytes:
    """A file of a bare mirror at `commit`, as bytes (the spreadsheet is a zip, not text)."""
    return subprocess.run(["git", "-C", str(repo), "show", f"{commit}:{path}"], capture_output=True, check=True).stdout


def sheet_rows(archive: zipfile.ZipFile, sheet: str) -> list[dict[str, str]]:
    """The rows of one sheet of an .xlsx archive, each a mapping of its column letters to its cells' text."""
    shared = [
        "".join(part.text or "" for part in item.iter(SHEET_NS + "t"))
        for item in ElementTree.fromstring(archive.read("xl/sharedStrings.xml")).iter(SHEET_NS + "si")
    ]
    rows = []
    for row in ElementTree.fromstring(archive.read(sheet)).iter(SHEET_NS + "row"):
        cells = {}
        for cell in row.iter(SHEET_NS + "c"):
            column = re.match(r"[A-Z]+", cell.get("r", "")).group()
            value = cell.find(SHEET_NS + "v")
            if cell.get("t") == "s" and value is not None:
                cells[column] = shared[int(value.text)]
            elif cell.get("t") == "inlineStr":
                cells[column] = "".join(part.text or "" for part in cell.iter(SHEET_NS + "t"))
            else:
                cells[column] = value.text or "" if value is not None else ""
        rows.append(cells)
    return rows


def questions() -> list[Question]:
    """The questions of the stored sheet that use a SCREEN_WORDS word, in sheet order (only the `id`, `split` and
    `question` columns are read)."""
    if FRESHQA_FILE not in stored_in_folder(LLMHALU, LLMHALU_COMMIT, FRESHQA_FOLDER):
        return []
    archive = zipfile.ZipFile(io.BytesIO(git_bytes(LLMHALU, FRESHQA_FILE, LLMHALU_COMMIT)))
    rows = sheet_rows(archive, FRESHQA_SHEET)
    header = next(row for row in rows if set(COLUMNS) <= set(row.values()))
    column = {name: letter for letter, name in header.items() if name in COLUMNS}
    found: list[Question] = []
    for row in rows[rows.index(header) + 1 :]:
        text = one_line(row.get(column["question"], ""))
        if text and SCREEN_WORDS.search(text):
            split = row[column["split"]].strip().lower()
            found.append(Question(split, row[column["id"]].strip(), text, kind_of(text, SUBJECT_KINDS)))
    return found


def cited_in_open_files() -> Cited:
    """mirrors.cited_earlier with `asks=True`, over every tests/nlu/probes*.yml except this sampler's own output file
    and the SEALED ones: their FreshQA citations, the originals they quote and the questions they ask, normalised."""
    found = Cited({SOURCE: set()}, set())
    for path in sorted(PROBE_DIR.glob("probes*.yml")):
        if path.name == OWN_FILE or SEALED.match(path.name):
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            found.ids[SOURCE].update(CITED_FRESHQA.findall(line))
            found.texts.update(normalised(quoted) for quoted in QUOTED.findall(line))
            asked = ASKED.search(line)
            if asked:
                found.texts.add(normalised(asked.group(1)))
    return found


def where(question: Question) -> str:
    return f"{question.cited} ({question.kind or '-'})"


def pool(skip: Cited) -> tuple[list[Candidate], int]:
    """The pool, and how many of its questions an earlier probe file cites, quotes or asks."""
    kept, seen = unseen(questions(), lambda question: question.cited, lambda question: question.text, skip, SOURCE)
    return ranked_with_later_of_kind(kept, SOURCE, where, SEED, FOLLOW_UPS), seen


def main() -> None:
    found, seen = pool(cited_in_open_files())
    print_one_pool(SOURCE, found, seen, SEED)


if __name__ == "__main__":
    main()
