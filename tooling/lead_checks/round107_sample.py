"""The lead's round-107 check set: a seeded random sample of the titles of real questions that people posted on Stack
Exchange sites (Movies & TV, Science Fiction & Fantasy, Anime & Manga, Music and some sixty others), as the Google
QUEST Q&A Labeling data carries them, keeping those about films, TV, actors, books and music (and the off-topic ones
the filter lets in), each with the later-ranked titles that ask about the same kind of subject.

Reads two files from their mirrors on this machine (`git show <commit>:<path>`, nothing is downloaded):

- Google QUEST Q&A Labeling (Google Research's CrowdSource team, a Kaggle competition, 2019-2020): about 6,500
  question-and-answer pairs from some seventy Stack Exchange sites, each question's title and body as its asker
  posted them, with crowd raters' judgements. The titles are the askers' own: casing, spelling and all.
  - The training set's titles, as jionie/Google-Quest-Answer (a competition entry) saved them for back-translation:
    translation_data/train_title.xlsx at commit ec865c6 (2020-02-10, its newest; the file entered in c87b1f8 the same
    day), present (191,972 bytes): one sheet, column B `question_title`, one row a training pair (6,079 rows, 3,584
    distinct titles: a question comes once per answer). Its copy of train.csv itself is an absent blob; the sheet holds
    the titles only (no site), so the site is not known for these. Cited as `QUEST train <row>` (the sheet's row
    number; the header is row 1).
  - The test set, leonardofhy/google_quest_qa_labeling at commit 0175e6e (2025-11-30, its newest; the file entered in
    479ce50, 2025-11-22): data/test.csv (476 questions), present (its data/train.csv is an absent blob). Only the
    columns `qa_id`, `question_title` and `host` (the site) are read, never the body, the answer or the users. Cited
    as `QUEST test <qa_id>`.
  Licence: the posts are Stack Exchange's, published under CC BY-SA; the competition's data is under Kaggle's
  competition rules; neither copy's repository states a licence for it.

Pool: the titles (training sheet in row order, then the test file in file order) that use a film, TV, actor, book or
music word (SCREEN_WORDS below), and the test titles posted on a film, TV, book or music site (SCREEN_HOSTS) whatever
their words. The filter also lets in titles where such a word has another sense (a "show" command, a "character" of
a string, a "series" in mathematics, a "book" of the Bible); they come with the rest of the sample. A title repeated
(compared without case or punctuation) is kept once, at its first place; titles an earlier probe file cites, quotes or
asks are left out (counts only are printed). The earlier probe files are read as mirrors.cited_earlier reads them,
except the sealed ones this round's rules keep closed (SEALED below); none of them names this source (checked by name
only), so leaving them unread leaves nothing of it in.

Each candidate prints the later-ranked candidates that ask about the same kind of subject (SUBJECT_KINDS below), with
their ranks in the seeded order, at most FOLLOW_UPS: the forum's titles come one to a thread, so the probe file makes
those of them that can be adapted follow-ups of the candidate, with the names changed the same way, as round 96 did.

    python -m tooling.lead_checks.round107_sample
"""

from __future__ import annotations

import csv
import io
import re
import subprocess
import zipfile
from dataclasses import dataclass
from xml.etree import ElementTree

from tooling.lead_checks.mirrors import (
    MIRRORS,
    PROBE_DIR,
    QUOTED,
    Cited,
    kind_of,
    normalised,
    one_line,
    print_left_out,
    print_quietly,
    ranked_with_later_of_kind,
    stored_in_folder,
    unseen,
)

SEED = 107
FOLLOW_UPS = 4
OWN_FILE = "probes_round107_lead_check.yml"
SOURCE = "QUEST"

TRAIN_REPO = MIRRORS / "jionie+Google-Quest-Answer" / "repo" / ".git"
TRAIN_COMMIT = "ec865c6283a594f78d31ad9f04d93b95060ebefd"
TRAIN_FOLDER = "translation_data/"
TRAIN_FILE = "train_title.xlsx"
TEST_REPO = MIRRORS / "leonardofhy+google_quest_qa_labeling" / "repo"
TEST_COMMIT = "0175e6ee5366a85686957f4c93f9fd03b6b4a223"
TEST_FOLDER = "data/"
TEST_FILE = "test.csv"
SHEET = "xl/worksheets/sheet1.xml"
SHEET_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
SEALED = re.compile(r"^probes_round(?:26b.*|7[3-5]_lead_check\.yml|10[0-7]_lead_check\.yml)$")
SCREEN_HOSTS = {
    "movies.stackexchange.com",
    "scifi.stackexchange.com",
    "anime.stackexchange.com",
    "music.stackexchange.com",
    "literature.stackexchange.com",
}

SCREEN_WORDS = re.compile(
    r"\b(?:movies?|films?|filmed|filming|cinemas?|actors?|actress(?:es)?|acting|starr(?:ed|ing)|cast|"
    r"characters?|directors?|directed|scenes?|plots?|sequels?|prequels?|episodes?|seasons?|series|tv|television|"
    r"shows?|sitcoms?|cartoons?|anime|manga|hollywood|oscars?|dvds?|trailers?|screenplay|novels?|books?|authors?|"
    r"writers?|wrote|written|poems?|stor(?:y|ies)|fiction|songs?|singers?|sang|bands?|albums?|lyrics|"
    r"soundtracks?|composers?|roles?|netflix|ending|spoilers?|canon|kill(?:s|ed)?|die[ds]?|death|dead|love[sd]?|"
    r"heroe?s?|villains?|wizards?|magic|ghosts?|aliens?|sci-?fi|fantasy|comics?|marvel|superman|batman|star wars|"
    r"star trek|doctor who|harry|tolkien|hobbits?|jedi|naruto|pokemon|identification|original(?:ly)?|based on)\b",
    re.IGNORECASE,
)
SUBJECT_KINDS = (
    ("music", re.compile(r"\b(?:songs?|singers?|sang|bands?|albums?|lyrics|soundtracks?|composers?)\b", re.I)),
    ("book", re.compile(r"\b(?:novels?|books?|authors?|writers?|wrote|written|poems?|fiction|manga)\b", re.I)),
    (
        "person",
        re.compile(r"\b(?:actors?|actress(?:es)?|acting|starr(?:ed|ing)|cast|characters?|roles?|directors?)\b", re.I),
    ),
    (
        "work",
        re.compile(
            r"\b(?:movies?|films?|scenes?|plots?|sequels?|prequels?|episodes?|seasons?|series|tv|television|shows?|"
            r"anime|trailers?|stor(?:y|ies)|ending|canon|netflix)\b",
            re.I,
        ),
    ),
)
CITED_QUEST = re.compile(r"\bQUEST\s+((?:train|test)\s+\d+)\b")


@dataclass(frozen=True)
class Title:
    cited: str  # "train <row>" or "test <qa_id>"
    text: str
    kind: str


def git_bytes(repo: object, path: str, commit: str) -> bytes:
    return subprocess.run(["git", "-C", str(repo), "show", f"{commit}:{path}"], capture_output=True, check=True).stdout


def train_titles() -> list[Title]:
    """The training titles of the stored sheet (column B) that use a SCREEN_WORDS word, in row order."""
    if TRAIN_FILE not in stored_in_folder(TRAIN_REPO, TRAIN_COMMIT, TRAIN_FOLDER):
        return []
    archive = zipfile.ZipFile(io.BytesIO(git_bytes(TRAIN_REPO, TRAIN_FOLDER + TRAIN_FILE, TRAIN_COMMIT)))
    shared = [
        "".join(part.text or "" for part in item.iter(SHEET_NS + "t"))
        for item in ElementTree.fromstring(archive.read("xl/sharedStrings.xml")).iter(SHEET_NS + "si")
    ]
    found = []
    for row in ElementTree.fromstring(archive.read(SHEET)).iter(SHEET_NS + "row"):
        number = int(row.get("r", "0"))
        for cell in row.iter(SHEET_NS + "c"):
            if not cell.get("r", "").startswith("B") or cell.get("t") != "s" or number < 2:
                continue
            text = one_line(shared[int(cell.find(SHEET_NS + "v").text)])
            if text and SCREEN_WORDS.search(text):
                found.append(Title(f"train {number}", text, kind_of(text, SUBJECT_KINDS)))
    return found


def test_titles() -> list[Title]:
    """The test titles that use a SCREEN_WORDS word or were posted on a SCREEN_HOSTS site, in file order."""
    if TEST_FILE not in stored_in_folder(TEST_REPO, TEST_COMMIT, TEST_FOLDER):
        return []
    text = git_bytes(TEST_REPO, TEST_FOLDER + TEST_FILE, TEST_COMMIT).decode("utf-8")
    found = []
    for row in csv.DictReader(io.StringIO(text)):
        title = one_line(row["question_title"])
        if title and (SCREEN_WORDS.search(title) or row["host"] in SCREEN_HOSTS):
            found.append(Title(f"test {row['qa_id']}", title, kind_of(title, SUBJECT_KINDS)))
    return found


def cited_earlier_unsealed() -> Cited:
    """What the earlier probe files (not this round's own, not the SEALED ones) cite of this source, quote or ask."""
    found = Cited({SOURCE: set()}, set())
    asked = re.compile(r"\bask:\s*\"([^\"]+)\"")
    for path in PROBE_DIR.glob("probes*.yml"):
        if path.name == OWN_FILE or SEALED.match(path.name):
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            found.ids[SOURCE].update(CITED_QUEST.findall(line))
            found.texts.update(normalised(quoted) for quoted in QUOTED.findall(line))
            question = asked.search(line)
            if question:
                found.texts.add(normalised(question.group(1)))
    return found


def where(title: Title) -> str:
    return f"{title.cited} ({title.kind or '-'})"


def main() -> None:
    kept, seen = unseen(
        train_titles() + test_titles(), lambda t: t.cited, lambda t: t.text, cited_earlier_unsealed(), SOURCE
    )
    found = ranked_with_later_of_kind(kept, SOURCE, where, SEED, FOLLOW_UPS)
    print_left_out(((SOURCE, seen),))
    print_quietly(((SOURCE, found, len(found)),), SEED)


if __name__ == "__main__":
    main()
