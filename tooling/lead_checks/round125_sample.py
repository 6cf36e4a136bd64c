"""The lead's round-125 check set: a seeded random sample of the Japanese sentences that Tatoeba's contributors wrote
(questions and remarks that ask: "…か。", "…の？", "誰…？") about films, books, music, pictures, illness, flowers,
love and people, each with the later-ranked sentences of the same kind of subject.

Reads one dataset from its mirror on this machine (`git show <commit>:<path>`, nothing is downloaded):

- Tatoeba (tatoeba.org, the collaborative sentence collection; its Japanese sentences were written by its volunteer
  contributors, most of the older ones coming from the Tanaka Corpus that Yasuhito Tanaka's students compiled), as
  manythings.org's Anki file of Japanese-English pairs (jpn-eng, "Date of this file: 2018-04-07", built from
  tatoeba.org's sentences_detailed.csv; only sentences by native speakers or proofread sentences were kept), one pair
  a line, "<English>\\t<Japanese>". Stored in the repository sezan92/attention_sezan (MD Muhaimin Rahman's attention
  translation experiment, which copied manythings.org's files into data/) at commit f506062
  (f506062ba9ca57cb205deac215083dde38da73e4, 2018-05-08, its newest when mirrored; the file entered in 7d49708,
  2018-05-05): data/jpn.txt (3,480,637 bytes, 42,648 pairs), present (a real blob, no LFS pointer), with its
  data/_about.txt (manythings.org's note). Only the Japanese column is read; the English one is never used. Licence:
  CC BY 2.0 France (Tatoeba's terms; _about.txt: "These files have been released under the same license as the
  source", attribution www.manythings.org/anki and tatoeba.org); the repository states no licence of its own. The
  file gives no sentence number, so each sentence is cited by its line: `Tatoeba jpn <line>` (from 1).

Pool: the Japanese sentences (in file order) that ask (end in ？ or ?, or in a closing か, かな or かしら, with or
without 。: "…の？", "誰…？", "何…か。") and use a word of one of KINDS (film and TV, book, music, picture, illness,
flowers, fireworks and the sea, love and friends, a named person or a relative), the first kind they match being
theirs (本 of 日本 is no book). A text repeated (compared without case or punctuation) is kept once, at its first
place; sentences an earlier probe file cites, quotes or asks are left out (counts only are printed).

Tatoeba's sentences stand alone (no dialogue), so each candidate prints the later-ranked candidates of its kind, with
their ranks in the seeded order, at most FOLLOW_UPS: the probe file makes those of them that can be adapted follow-ups
of the candidate, with the names changed the same way, as rounds 96, 106 and 108 did.

    python -m tooling.lead_checks.round125_sample
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tooling.lead_checks.mirrors import (
    MIRRORS,
    Candidate,
    Cited,
    cited_earlier,
    git_text,
    one_line,
    print_left_out,
    print_quietly,
    ranked_with_later_of_kind,
    unseen,
)

SEED = 125
FOLLOW_UPS = 8
OWN_FILE = "probes_round125_lead_check.yml"
SOURCE = "Tatoeba"  # its name in citations and in the ranked output

TATOEBA = MIRRORS / "sezan92+attention_sezan" / "repo"
# The commit read (the repository's newest when mirrored).
TATOEBA_COMMIT = "f506062ba9ca57cb205deac215083dde38da73e4"
PAIRS = "data/jpn.txt"

# A sentence that asks: it ends in a question mark or a closing か (かな, かしら).
ASKS = re.compile(r"(?:[？?]|か(?:な|しら)?[。！]?)\s*$")
# The kinds of subject, first match wins: the words Tatoeba's Japanese sentences use for them.
KINDS = (
    ("film", re.compile(r"映画|ドラマ|テレビ|番組|俳優|女優|監督|主演|主役|ビデオ|DVD|ネットフリックス|Netflix")),
    ("book", re.compile(r"(?<!日)本|小説|作家|著者|作者|読|物語|話の|出版|書いた")),
    ("music", re.compile(r"歌|曲|音楽|歌手|バンド|ギター|ピアノ|CD|コンサート")),
    ("picture", re.compile(r"絵|画家|描|美術|展覧会|スケッチ")),
    ("illness", re.compile(r"病気|病院|入院|医者|手術|死|癌|がん|心臓|余命|看護")),
    ("flowers", re.compile(r"花|花火|海|屋上")),
    ("love", re.compile(r"好き|愛|恋|デート|結婚|彼女|彼氏|友達|親友")),
    ("person", re.compile(r"トム|メアリー|ジョン|ケン|誰|お父さん|お母さん|父|母|妹|姉|兄|弟")),
)
CITED_TATOEBA = re.compile(r"\bTatoeba\s+jpn\s+(\d+)\b")


@dataclass(frozen=True)
class Sentence:
    line: int  # from 1
    text: str  # the Japanese sentence, as written
    kind: str

    @property
    def cited(self) -> str:
        return str(self.line)


def kind_of_sentence(text: str) -> str:
    return next((kind for kind, words in KINDS if words.search(text)), "")


def sentences() -> list[Sentence]:
    """The pairs file's Japanese sentences that ask and are of a kind of KINDS, in file order."""
    found: list[Sentence] = []
    for number, raw in enumerate(git_text(TATOEBA, PAIRS, TATOEBA_COMMIT).splitlines(), 1):
        columns = raw.split("\t")
        if len(columns) < 2:
            continue
        text = one_line(columns[1])
        kind = kind_of_sentence(text)
        if text and kind and ASKS.search(text):
            found.append(Sentence(number, text, kind))
    return found


def where(sentence: Sentence) -> str:
    return f"{SOURCE} jpn {sentence.cited} ({sentence.kind})"


def pool(skip: Cited) -> tuple[list[Candidate], int]:
    """The pool, each candidate with its same-kind later candidates, and how many an earlier probe file cites,
    quotes or asks."""
    kept, seen = unseen(sentences(), lambda found: found.cited, lambda found: found.text, skip, SOURCE)
    return ranked_with_later_of_kind(kept, SOURCE, where, SEED, FOLLOW_UPS), seen


def main() -> None:
    skip = cited_earlier(OWN_FILE, {SOURCE: CITED_TATOEBA}, asks=True)
    found, seen = pool(skip)
    print(f"# {SOURCE} commit {TATOEBA_COMMIT}")
    print_left_out(((SOURCE, seen),), unit="sentences")
    print_quietly(((SOURCE, found, len(found)),), SEED)


if __name__ == "__main__":
    main()
