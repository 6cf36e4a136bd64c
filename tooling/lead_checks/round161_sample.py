"""The lead's round-161 check set: a seeded random sample of what real users said to a Japanese intelligent assistant,
Yahoo! JAPAN's Yahoo! Voice Assist (Yahoo!音声アシスト), in Japanese as logged, keeping the utterances that ask about a
film, a TV drama, an actor, a song or singer, or a book (and the off-topic ones that such words let in), each with the
same user's earlier utterances in its dialogue and the later-ranked utterances of the same kind.

Reads one dataset from its mirror on this machine (`git show <commit>:<path>`, nothing is downloaded):

- YJ_AmbigDialogue (Satoshi Akasaki and Manabu Sassano, "Detecting Ambiguous Utterances in an Intelligent Assistant",
  EMNLP 2024 Industry Track): user utterances of an actual Japanese intelligent assistant, Yahoo! Voice Assist, with
  the assistant's replies before them, each labelled by crowd workers as chat (0), task (1) or ambiguous (2). Read from
  the authors' repository yahoojapan/YJ_AmbigDialogue at commit 44ee8f5 (44ee8f5f3c0a9da56f77d0151cefd1b491506a75,
  2024-12-03, its newest): data.txt (17,794 lines, 3.9 MB, present: a real blob, no LFS pointer). Each line is
  label, u0, r-1, u-1, r-2, u-3 separated by tabs: the utterance u0, then (going back in time) the assistant's reply
  before it, the user's utterance before that, and so on. The utterances are kept as logged, their spelling, missing
  particles and recognition slips included. Licence: CC BY 4.0 (the README). Cited as `AmbigDialogue <line>` here and
  `AmbigDialogue #<rank> <line>` in the probe file (the line number in data.txt, from 1).

Pool: the lines (in file order) whose utterance u0 uses a film, TV, actor, music or book word (KINDS below), or asks
who a person named is or their birthday, age, height, real name or birthplace (PERSON_ASKED, never the user's or the
assistant's own: SELF), at most MAX_CHARS characters; each utterance once (compared without case or punctuation), at
its first line; those an earlier probe file cites, quotes or asks are left out (counts only are printed). The words
also let in some utterances about other things ("曲" of a bent spoon, a drama CD, a karaoke bar); they come with the
rest of the sample.

Each candidate prints the same user's earlier utterances on its line (u-3 and u-1, oldest first, as "before"), and the
later-ranked candidates of its kind (work, music, book, person), at most FOLLOW_UPS, with their ranks in the seeded
order: the probe file makes a candidate's own earlier utterances, or same-kind candidates adapted the same way, the
turns around it, so that a conversation keeps a user's own sequence where the log gives one.

    python -m tooling.lead_checks.round161_sample
"""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass, replace

from tooling.lead_checks.mirrors import (
    MIRRORS,
    Candidate,
    cited_earlier,
    git_text,
    one_line,
    print_left_out,
    print_quietly,
    ranked_with_later_of_kind,
    unseen,
)

SEED = 161
FOLLOW_UPS = 3
MAX_CHARS = 80
OWN_FILE = "probes_round161_lead_check.yml"
SOURCE = "AmbigDialogue"  # its name in citations and in the ranked output

AMBIG = MIRRORS / "yahoojapan+YJ_AmbigDialogue" / "repo"
AMBIG_COMMIT = "44ee8f5"  # the repository's newest when mirrored; resolved to its full hash when printed
DATA = "data.txt"
# The kinds of subject, first match wins: each utterance's kind is the first whose words it uses.
KINDS = (
    ("music", re.compile(r"主題歌|歌手|[^行]曲|^曲|歌って|歌詞|の歌|ヒット曲|新曲|バンド|アーティスト|カラオケ")),
    ("work", re.compile(r"映画|ドラマ|アニメ|上映|公開中|あらすじ|ネタバレ|続編|ネットフリックス|[Nn]etflix|視聴率")),
    ("person", re.compile(r"俳優|女優|出演|キャスト|芸能人|アイドル|監督|声優")),
    ("book", re.compile(r"小説|漫画|マンガ|原作|作家|絵本|(?:^|[のいな])本(?:$|[はをがのでも])")),
)
# A question about a person named ("吉田羊は何歳"), of the person kind too when no word above is used ...
PERSON_ASKED = re.compile(r"^.{2,}(?:って誰|は誰|の誕生日|は何歳|の年齢|の身長|の本名|の出身)")
# ... unless it asks about the user or the assistant ("あなたの誕生日は", "僕は何歳ですか"), not a person named.
SELF = re.compile(
    r"^(?:あなた|アナタ|あんた|君|きみ|僕|ぼく|俺|おれ|私|わたし|あたし|うち|お前|アシスト|子供|姉|明日|今日|今年)"
)
CITED_AMBIG = re.compile(r"\bAmbigDialogue\s+(?:#\d+\s+)?(\d+)\b")


@dataclass(frozen=True)
class Utterance:
    line: int  # from 1
    text: str
    kind: str
    before: tuple[str, ...]  # the same user's earlier utterances on the line, oldest first

    @property
    def cited(self) -> str:
        return str(self.line)


def full_commit() -> str:
    return subprocess.run(
        ["git", "-C", str(AMBIG), "rev-parse", AMBIG_COMMIT], capture_output=True, text=True, check=True
    ).stdout.strip()


def kind_of(text: str) -> str:
    kind = next((kind for kind, words in KINDS if words.search(text)), "")
    if not kind and PERSON_ASKED.search(text) and not SELF.search(text):
        return "person"
    return kind


def utterances() -> list[Utterance]:
    found: list[Utterance] = []
    for number, row in enumerate(git_text(AMBIG, DATA, AMBIG_COMMIT).splitlines(), 1):
        cells = row.split("\t")
        if len(cells) != 6:
            continue
        text = one_line(cells[1])
        kind = kind_of(text)
        if kind and len(text) <= MAX_CHARS:
            before = tuple(one_line(cell) for cell in (cells[5], cells[3]) if one_line(cell))
            found.append(Utterance(number, text, kind, before))
    return found


def where(utterance: Utterance) -> str:
    return f"{SOURCE} {utterance.cited} ({utterance.kind})"


def pool() -> tuple[list[Candidate], int]:
    """The pool, each candidate with its own earlier utterances and its same-kind later candidates; and how many an
    earlier probe file cites, quotes or asks."""
    skip = cited_earlier(OWN_FILE, {SOURCE: CITED_AMBIG}, asks=True)
    kept, seen = unseen(utterances(), lambda u: u.cited, lambda u: u.text, skip, SOURCE)
    ranked = ranked_with_later_of_kind(kept, SOURCE, where, SEED, FOLLOW_UPS)
    with_before = [
        replace(candidate, follow_ups=tuple(f"before: {text}" for text in utterance.before) + candidate.follow_ups)
        for candidate, utterance in zip(ranked, kept, strict=True)
    ]
    return with_before, seen


def main() -> None:
    found, seen = pool()
    print(f"# {SOURCE} commit {full_commit()}")
    print_left_out(((SOURCE, seen),), unit="utterances")
    print_quietly(((SOURCE, found, len(found)),), SEED)


if __name__ == "__main__":
    main()
