"""The lead's round-157 check set: a seeded random sample of the sentences that guests wrote, in Japanese and in their
own words, in their reviews of Japanese hotels and inns on Jalan (じゃらん, Recruit's travel site), as the Japanese
Realistic Textual Entailment Corpus gives them for sentiment analysis, each with the later-ranked sentences about the
same part of the stay.

Reads one dataset from its mirror on this machine (`git show <commit>:<path>`, nothing is downloaded):

- JRTE, the Japanese Realistic Textual Entailment Corpus (Yuta Hayashibe, "Japanese Realistic Textual Entailment
  Corpus", LREC 2020; Recruit Co., Ltd. / Megagon Labs): sentences taken from guests' reviews posted on Jalan, each
  labelled by crowd workers. Read from megagonlabs/jrte-corpus at commit fa16449
  (fa164496fccfa393cd400cd86b96efeea62d69d2, 2023-06-23, its newest when mirrored): data/pn.tsv, the sentiment part
  (5,553 review sentences, one a row: id, label 1/0/-1, text, the workers' judges, usage; the file entered in
  9b99bb5, 2020-10-05), present (485 kB, a real blob, not an LFS pointer). Only each row's id and text are read, never
  its label or judges; the entailment files (data/rte.*.tsv, whose hypotheses workers edited) and data/rhr.tsv are not
  read. The texts are NFKC-normalised by the corpus and kept otherwise as the guests typed them. Licence: CC BY-NC-SA
  4.0 (the repository's LICENSE.txt and README; the review texts' copyright is Recruit's, for non-commercial research
  use, quoted only as examples). Cited as `JRTE <id>` (the row's id, "pn17q00001").

Pool: the rows (in file order) whose text is at most MAX_CHARS characters long (a row holds one sentence of a review,
or a fragment where the corpus cut one); each text kept once (compared without case or punctuation); rows an earlier
probe file cites, quotes or asks are left out (counts only are printed). Each sentence's kind is the first of KINDS
whose words it uses ("none" when none does): a sentence that asks (a question mark), then the part of the stay it
speaks of (staff, food, bath, room, view, place, price, the stay itself), then the guest's verdict on the whole.

Each candidate prints the later-ranked candidates of its kind, at most FOLLOW_UPS, with their ranks in the seeded
order: a Jalan review is cut into sentences and the corpus does not keep which review a sentence came from, so the
probe file makes those that can be adapted follow-ups of the candidate, as rounds 96 and 108 did.

    python -m tooling.lead_checks.round157_sample
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

SEED = 157
FOLLOW_UPS = 3
MAX_CHARS = 120
OWN_FILE = "probes_round157_lead_check.yml"
SOURCE = "JRTE"  # its name in citations and in the ranked output

JRTE = MIRRORS / "megagonlabs+jrte-corpus" / "repo"
# The commit read (the repository's newest when mirrored).
JRTE_COMMIT = "fa164496fccfa393cd400cd86b96efeea62d69d2"
SENTIMENT = "data/pn.tsv"
# The parts of a stay that Jalan's guests write about, each with its words, in the order they are tried: first a
# sentence that asks (a question mark), last the guest's verdict on the stay as a whole.
KINDS = (
    ("asks", re.compile(r"[?？]")),
    ("staff", re.compile(r"スタッフ|従業員|フロント|接客|対応|女将|仲居|店員|サービス")),
    ("food", re.compile(r"朝食|夕食|食事|料理|朝ごはん|夕飯|ご飯|バイキング|ビュッフェ|美味|おいし|味")),
    ("bath", re.compile(r"風呂|温泉|浴場|湯|露天|シャワー")),
    ("room", re.compile(r"部屋|客室|ベッド|布団|和室|洋室|清潔|掃除|綺麗|きれい")),
    ("view", re.compile(r"景色|眺め|夜景|海|山|ビュー|窓")),
    ("place", re.compile(r"駅|立地|アクセス|近く|近い|場所|駐車|観光")),
    ("price", re.compile(r"値段|料金|価格|安|高い|コスパ|円|プラン")),
    ("stay", re.compile(r"また|利用|泊|宿|ホテル|旅館|お世話")),
    ("overall", re.compile(r"満足|最高|良|よかった|期待|残念|普通|イマイチ|おすすめ|お薦め|楽し")),
)
CITED_JRTE = re.compile(r"\bJRTE\s+(pn\d+q\d+)\b")


@dataclass(frozen=True)
class Sentence:
    row_id: str  # the row's id, "pn<n>q<n>"
    text: str  # the guest's sentence, as the corpus gives it
    kind: str  # the part of the stay it speaks of (KINDS), or ""


def kind_of(text: str) -> str:
    return next((kind for kind, words in KINDS if words.search(text)), "")


def sentences() -> list[Sentence]:
    """The rows' sentences of at most MAX_CHARS characters, in file order (no label is read)."""
    found: list[Sentence] = []
    for line in git_text(JRTE, SENTIMENT, JRTE_COMMIT).splitlines():
        fields = line.split("\t")
        if len(fields) < 3:
            continue
        row_id, text = fields[0], one_line(fields[2])
        if text and len(text) <= MAX_CHARS:
            found.append(Sentence(row_id, text, kind_of(text)))
    return found


def where(sentence: Sentence) -> str:
    return f"{SOURCE} {sentence.row_id} ({sentence.kind or 'none'})"


def pool(skip: Cited) -> tuple[list[Candidate], int]:
    """The pool, each candidate with its same-kind later candidates, and how many of its sentences an earlier probe
    file cites, quotes or asks."""
    kept, seen = unseen(sentences(), lambda found: found.row_id, lambda found: found.text, skip, SOURCE)
    return ranked_with_later_of_kind(kept, SOURCE, where, SEED, FOLLOW_UPS), seen


def main() -> None:
    skip = cited_earlier(OWN_FILE, {SOURCE: CITED_JRTE}, asks=True)
    found, seen = pool(skip)
    print_left_out(((SOURCE, seen),), unit="sentences")
    print_quietly(((SOURCE, found, len(found)),), SEED)


if __name__ == "__main__":
    main()
