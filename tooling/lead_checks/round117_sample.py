"""The lead's round-117 check set: a seeded random sample of the questions that Japanese speakers asked each other
aloud in the Nagoya University Conversation Corpus (名大会話コーパス, NUCC), recorded chats among friends, family and
colleagues, transcribed, in Japanese as spoken, keeping those that use a film, TV, actor, book or music word, a verb
of watching or reading, or a quoted title (and the off-topic ones those words let in), each with the same stretch of
talk's later questions and the later-ranked questions of the same kind of subject.

Reads one dataset from its mirror on this machine (`git show <commit>:<path>`, nothing is downloaded):

- The Nagoya University Conversation Corpus (名大会話コーパス; Mieko Ohso (大曾美惠子) and colleagues, Nagoya
  University, grant-in-aid project 「日本語学習辞書編纂に向けた電子化コーパス利用によるコロケーション研究」, 2001-2003;
  now distributed by NINJAL as 日本語自然会話書き起こしコーパス): 129 chats of two to four speakers, about 100 hours,
  recorded and transcribed, mostly among people who know each other well (161 women, 37 men). Read as the utterance
  pairs that knok/make-meidai-dialogue's mksequence.py (MIT) writes from the corpus files ("input: <utterance>" then
  "output: <the next speaker's utterance>", the speaker codes cut off, a run of pairs broken wherever a transcript
  line is not a speaker's turn), as committed in the repository AkashiAkatsuki/seq2seq-chatbot at commit 0c84878
  (0c848786cb7d74ae1c276482ef7a60bedea45c66, 2019-01-30, its newest; the file entered in b1792a9, 2019-01-21):
  sequence.txt (3.7 MB, 66,722 lines, present: a real blob, not an LFS pointer). Only the utterances are read; the
  repository's notebook is not run. Licence: the corpus is published for education and research on condition that
  its use is credited as 「名大会話コーパス」 (名大会話コーパス利用上の注意 ver. 2, quoted in make-meidai-dialogue's
  README); the mirror states no other licence. Cited as `NUCC <line>` (the line of sequence.txt, from 1, where the
  utterance first appears).

Pool: the utterances (in file order, each pair run read as one stretch of talk: a pair whose input repeats the
previous pair's output goes on the same stretch) that ask (hold "？" or "?"), are at most MAX_CHARS characters long
and use a film, TV, actor, book or music word, a verb of watching or reading, or a title in 「」 or 『』
(SCREEN_WORDS below; a first version with the genre words only gave 96 candidates, mostly one-word echoes, and the
verbs and quoted titles were added before the probe file was written); the filter also lets in talk of TV stands,
hair bands, exam supervisors, sumo and grammar, which comes with the rest of the sample. A text repeated (compared
without case or punctuation) is kept once, at its first place; utterances an earlier probe file cites, quotes or asks
are left out (counts only are printed).

Each candidate prints, first, the later asking utterances of its own stretch of talk ("turn +<n>", how many
utterances on; at most FOLLOW_UPS), the speakers' own follow-ups; then the later-ranked candidates of its kind of
subject (film, tv, person, book, music, watching, title: KINDS below), with their ranks in the seeded order, at most
FOLLOW_UPS: the probe file makes those that can be adapted follow-ups of the candidate, with the names changed the
same way.

    python -m tooling.lead_checks.round117_sample
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

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

SEED = 117
FOLLOW_UPS = 3
MAX_CHARS = 120
OWN_FILE = "probes_round117_lead_check.yml"
SOURCE = "NUCC"  # its name in citations and in the ranked output

NUCC = MIRRORS / "AkashiAkatsuki+seq2seq-chatbot" / "repo"
# The commit read (the repository's newest when mirrored).
NUCC_COMMIT = "0c848786cb7d74ae1c276482ef7a60bedea45c66"
SEQUENCE = "sequence.txt"
PAIR_LINE = re.compile(r"^(input|output): (.*)$")
ASKS = re.compile(r"[？?]")

# Film, TV, actor, book and music words, as the speakers say them (本 not in 日本, 基本, 資本, 脚本 or 本当; 曲 not the
# verb 曲がる/曲げる), verbs of watching and reading, and a title in 「」 or 『』.
SCREEN_WORDS = re.compile(
    r"映画|シネマ|ドラマ|テレビ|番組|アニメ|ビデオ|ＤＶＤ|DVD|俳優|女優|役者|主演|出演|共演|監督|芸能人|タレント|"
    r"歌手|アイドル|ジャニーズ|小説|原作|作家|漫画|マンガ|(?<![日基資脚])本(?!当)[をがはもの]|読んだ|"
    r"曲(?![がげ])|歌|アルバム|ＣＤ|CD|バンド|主題歌|音楽|ライブ|コンサート|観た|観る|観ました|"
    r"見た(?:[？?ーの]|こと)|見てる|見てん|見に行|読んで|読む|聴|「[^」]+」|『[^』]+』"
)
# The kind of subject a candidate asks about: the first pattern it matches.
KINDS = (
    ("film", re.compile(r"映画|シネマ|監督|観た|観る|観ました")),
    ("tv", re.compile(r"ドラマ|テレビ|番組|アニメ|ビデオ|ＤＶＤ|DVD")),
    ("person", re.compile(r"俳優|女優|役者|主演|出演|共演|芸能人|タレント|アイドル|ジャニーズ")),
    ("book", re.compile(r"小説|原作|作家|漫画|マンガ|本|読")),
    ("music", re.compile(r"歌手|曲|歌|アルバム|ＣＤ|CD|バンド|主題歌|音楽|ライブ|コンサート|聴")),
    ("watching", re.compile(r"見")),
    ("title", re.compile(r"「|『")),
)
CITED_NUCC = re.compile(r"\bNUCC\s+(\d+)\b")


@dataclass(frozen=True)
class Utterance:
    line: int  # the line of sequence.txt (from 1) where it first appears
    stretch: int  # the run of pairs it belongs to, from 1
    place: int  # its place in that stretch, from 0
    text: str

    @property
    def kind(self) -> str:
        return next((kind for kind, pattern in KINDS if pattern.search(self.text)), "")

    @property
    def cited(self) -> str:
        return str(self.line)


def utterances() -> list[Utterance]:
    """Every utterance of the file once, in order, each with its stretch of talk: a pair continues the stretch when
    its input is the previous pair's output."""
    found: list[Utterance] = []
    pending: tuple[int, str] | None = None  # an input line waiting for its output
    last_output: str | None = None
    stretch = 0
    for number, raw in enumerate(git_text(NUCC, SEQUENCE, NUCC_COMMIT).splitlines(), 1):
        matched = PAIR_LINE.match(raw)
        if not matched:
            continue
        side, text = matched.group(1), one_line(matched.group(2))
        if side == "input":
            pending = (number, text)
            continue
        if pending is None:
            continue
        input_line, input_text = pending
        if last_output is None or input_text != last_output:
            stretch += 1
            found.append(Utterance(input_line, stretch, 0, input_text))
        found.append(Utterance(number, stretch, found[-1].place + 1, text))
        last_output, pending = text, None
    return found


def screen_questions(every: list[Utterance]) -> list[Utterance]:
    return [
        utterance
        for utterance in every
        if utterance.text
        and len(utterance.text) <= MAX_CHARS
        and ASKS.search(utterance.text)
        and SCREEN_WORDS.search(utterance.text)
    ]


def same_stretch_later(utterance: Utterance, every: list[Utterance], index: dict[int, int]) -> tuple[str, ...]:
    """The stretch's later asking utterances (any subject), at most FOLLOW_UPS."""
    later: list[str] = []
    position = index[utterance.line] + 1
    while position < len(every) and every[position].stretch == utterance.stretch and len(later) < FOLLOW_UPS:
        other = every[position]
        if ASKS.search(other.text):
            later.append(f"turn +{other.place - utterance.place}: {SOURCE} {other.line}: {other.text}")
        position += 1
    return tuple(later)


def where(utterance: Utterance) -> str:
    return f"{SOURCE} {utterance.line} (stretch {utterance.stretch}, {utterance.kind or 'no kind'})"


def pool(skip: Cited) -> tuple[list[Candidate], int]:
    """The pool, each candidate with its stretch's later questions and its same-kind later candidates, and how many
    of the pool's utterances an earlier probe file cites, quotes or asks."""
    every = utterances()
    index = {utterance.line: position for position, utterance in enumerate(every)}
    kept, seen = unseen(screen_questions(every), lambda found: found.cited, lambda found: found.text, skip, SOURCE)
    ranked = ranked_with_later_of_kind(kept, SOURCE, where, SEED, FOLLOW_UPS)
    return [
        replace(candidate, follow_ups=same_stretch_later(question, every, index) + candidate.follow_ups)
        for candidate, question in zip(ranked, kept, strict=True)
    ], seen


def main() -> None:
    skip = cited_earlier(OWN_FILE, {SOURCE: CITED_NUCC}, asks=True)
    found, seen = pool(skip)
    print(f"# {SOURCE} commit {NUCC_COMMIT}, {SEQUENCE}")
    print_left_out(((SOURCE, seen),), unit="utterances")
    print_quietly(((SOURCE, found, len(found)),), SEED)


if __name__ == "__main__":
    main()
