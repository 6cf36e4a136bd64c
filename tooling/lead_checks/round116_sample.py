"""The lead's round-116 check set: a seeded random sample of the titles of real questions that people posted on the
Stack Exchange sites about films, TV, anime, books and music (Movies & TV, Science Fiction & Fantasy, Anime & Manga,
Music: Practice & Theory, Literature), as their askers first typed them before any edit, from the dev and test splits
of MQR, each with the later-ranked titles of the same site.

Reads one dataset from its mirror on this machine (`git show <commit>:<path>`, nothing is downloaded):

- MQR (Zewei Chu, Mingda Chen, Jing Chen, Miaosen Wang, Kevin Gimpel, Manaal Faruqui and Xiance Si, "How to Ask
  Better Questions? A Large-Scale Multi-Domain Dataset for Rewriting Ill-Formed Questions", AAAI 2020): pairs of a
  Stack Exchange question title as its asker posted it (`ill formed`) and the same title after another user's edit
  (`well formed`), from the Stack Exchange data dumps of some 300 sites, each with its site (`category`). Read from the
  authors' repository ZeweiChu/MQR at commit 1fbda6d (1fbda6d94c498efbce68bac41fde99064e5793fb, 2019-11-24, its
  newest; the data files entered in 54f0b2c, 2019-11-16): data/dev.tsv (2,112 pairs) and data/test.tsv (2,113 pairs),
  both present (248,045 and 251,477 bytes; real blobs, not LFS pointers). The training split is on Google Drive and is
  not read. Only the `ill formed` column (the asker's own words, kept as typed, typos included; the dump's HTML
  entities such as `&amp;` are unescaped) and `category` are read, never the edited title. Licence: CC BY-SA 4.0 (the
  repository's README); the titles come from the Stack Exchange data dumps (CC BY-SA). Cited as `MQR <split> <line>`
  (the line of the .tsv file, the header being line 1).

Pool: the titles (dev, then test, in file order) posted on the SCREEN_SITES below. A site's titles also ask about
singing, instruments, games, recipes and the sites themselves; they come with the rest of the sample. A title repeated
(compared without case or punctuation) is kept once, at its first place; titles an earlier probe file cites, quotes or
asks are left out (counts only are printed). The earlier probe files are read as mirrors.cited_earlier reads them,
except the sealed ones this round's rules keep closed (SEALED below), which are not opened.

Each candidate prints the later-ranked candidates of the same site, with their ranks in the seeded order, at most
FOLLOW_UPS: Stack Exchange titles come one to a thread, so the probe file makes those of them that can be adapted
follow-ups of the candidate, with the names changed the same way, as rounds 96 and 107 did.

    python -m tooling.lead_checks.round116_sample
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from tooling.lead_checks.mirrors import (
    ASKED,
    MIRRORS,
    PROBE_DIR,
    QUOTED,
    Cited,
    git_text,
    normalised,
    one_line,
    print_left_out,
    print_quietly,
    ranked_with_later_of_kind,
    stored_in_folder,
    unseen,
)

SEED = 116
FOLLOW_UPS = 4
OWN_FILE = "probes_round116_lead_check.yml"
SOURCE = "MQR"  # its name in citations and in the ranked output

MQR = MIRRORS / "ZeweiChu+MQR" / "repo"
# The commit read (the repository's newest when mirrored).
MQR_COMMIT = "1fbda6d94c498efbce68bac41fde99064e5793fb"
FOLDER = "data/"
SPLITS = ("dev", "test")
# The Stack Exchange sites (MQR's `category`) about films, TV, anime, books and music.
SCREEN_SITES = ("movies", "scifi", "anime", "music", "literature")
# The probe files this round's rules keep sealed: never opened by this sampler.
SEALED = re.compile(r"^(?:probes_round7[345].*|.*fresh.*|.*26b.*|dev.*\.yml|probes_round109.*|probes_round11[0-9].*)$")
CITED_MQR = re.compile(r"\bMQR\s+((?:dev|test)\s+\d+)\b")


@dataclass(frozen=True)
class Title:
    split: str
    line: int  # the line of its .tsv file, the header being line 1
    site: str
    text: str

    @property
    def cited(self) -> str:
        return f"{self.split} {self.line}"

    @property
    def kind(self) -> str:
        return f"site {self.site}"


def titles() -> list[Title]:
    """The askers' own titles posted on SCREEN_SITES, dev then test, in file order."""
    stored = stored_in_folder(MQR, MQR_COMMIT, FOLDER)
    found: list[Title] = []
    for split in SPLITS:
        name = f"{split}.tsv"
        if name not in stored:
            continue
        rows = git_text(MQR, FOLDER + name, MQR_COMMIT).splitlines()
        header = rows[0].split("\t")
        asked, site = header.index("ill formed"), header.index("category")
        for number, row in enumerate(rows[1:], 2):
            fields = row.split("\t")
            if len(fields) != len(header) or fields[site] not in SCREEN_SITES:
                continue
            text = one_line(html.unescape(fields[asked]))
            if text:
                found.append(Title(split, number, fields[site], text))
    return found


def cited_earlier_unsealed() -> Cited:
    """What the earlier probe files (not this round's own, not the SEALED ones) cite of this source, quote or ask."""
    found = Cited({SOURCE: set()}, set())
    for path in PROBE_DIR.glob("probes*.yml"):
        if path.name == OWN_FILE or SEALED.match(path.name):
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            found.ids[SOURCE].update(CITED_MQR.findall(line))
            found.texts.update(normalised(quoted) for quoted in QUOTED.findall(line))
            question = ASKED.search(line)
            if question:
                found.texts.add(normalised(question.group(1)))
    return found


def where(title: Title) -> str:
    return f"{SOURCE} {title.cited} ({title.site})"


def main() -> None:
    kept, seen = unseen(titles(), lambda t: t.cited, lambda t: t.text, cited_earlier_unsealed(), SOURCE)
    found = ranked_with_later_of_kind(kept, SOURCE, where, SEED, FOLLOW_UPS)
    print(f"# {SOURCE} commit {MQR_COMMIT}")
    print_left_out(((SOURCE, seen),))
    print_quietly(((SOURCE, found, len(found)),), SEED)


if __name__ == "__main__":
    main()
