"""The lead's round-113 check set: a seeded random sample of the questions that Japanese speakers typed on
おーぷん2ちゃんねる (open2ch), a Japanese anonymous forum, as the Open2ch Dialogue Corpus's response-ranking data holds
them, keeping the questions about films, TV, anime, actors, voice actors, idols, novels, manga and music (and those the
filter lets in by another sense of its words), each with the rest of its dialogue and the later-ranked questions of
the same kind of subject.

Reads one dataset from its mirror on this machine (`git show <commit>:<path>`, nothing is downloaded):

- Open2ch Dialogue Corpus (おーぷん2ちゃんねる対話コーパス; Michimasa Inaba (稲葉通将),
  「おーぷん2ちゃんねる対話コーパスを用いた用例ベース対話システム」, 第87回言語・音声理解と対話処理研究会
  (第10回対話システムシンポジウム), SIG-SLUD-B902-33, 2019): posts that people typed on three boards of open2ch
  (なんでも実況(ジュピター), ニュー速VIP, ニュース速報+), joined into dialogues by their reply anchors (">>"), two
  posters taking turns. Read from the author's repository 1never/open2ch-dialogue-corpus at commit a8ccdf2
  (a8ccdf2cffa81ea5f9ff5ed01c35d0272f0936f3, 2021-06-07, its newest): ranking.zip (1.46 MB, a real blob; it entered
  in f3800d9, 2021-06-07), the response-ranking task's data built from threads of August 2019 (ranking/dev.tsv) and
  September 2019 (ranking/test.tsv), 2,000 contexts each. Each context is written on ten lines, each a label, the
  context's posts and one last post: label 1 for the post really written in reply (the real dialogue), 0 for nine
  posts drawn at random from other threads of the same boards and months. The corpus itself (corpus.zip) is a Git LFS
  pointer in the mirror and is not read. In the files a line break of a post is written "__BR__"; it is read as a
  space, and the posts are kept otherwise as typed. Licence: Apache License 2.0 (the repository's LICENSE); the README
  asks users to cite the paper. Cited as `Open2ch <file> <line>` (dev or test, the line from 1).

Pool, in file order (dev then test): each real dialogue's first post that asks (holds "？" or "?") and uses, answers or
is answered by a post that uses a film, TV, actor, book or music word (SCREEN_WORDS below); and each post drawn at
random (the last post of a line labelled 0) that asks and uses one, alone: the real dialogues alone hold too few such
questions for a check. The boards are mostly about baseball, news and daily life, so the filter also lets in
questions where a word has another sense (a baseball 監督, a political 番組, a cheering 曲); they come with the rest of
the sample. A text repeated (compared without case or punctuation) is kept once, at its first place; candidates an
earlier probe file cites, quotes or asks are left out (counts only are printed).

Each candidate prints the other posts of its dialogue ("turn <n>: <text>", the odd turns by one poster and the even
turns by the other; none for a post drawn alone), so that the probe file can make a later question of the same poster
a follow-up, and then the later-ranked candidates of the same kind of subject (work, person, book, music: KINDS
below), with their ranks in the seeded order, at most FOLLOW_UPS, as rounds 96 and 106 did for sources without
threads.

    python -m tooling.lead_checks.round113_sample
"""

from __future__ import annotations

import io
import re
import subprocess
import zipfile
from dataclasses import dataclass, replace

from tooling.lead_checks.mirrors import (
    MIRRORS,
    Candidate,
    Cited,
    cited_earlier,
    kind_of,
    one_line,
    print_left_out,
    print_quietly,
    ranked_with_later_of_kind,
    unseen,
)

SEED = 113
FOLLOW_UPS = 3
OWN_FILE = "probes_round113_lead_check.yml"
SOURCE = "Open2ch"  # its name in citations and in the ranked output

OPEN2CH = MIRRORS / "1never+open2ch-dialogue-corpus" / "repo"
# The commit read (the repository's newest when mirrored).
OPEN2CH_COMMIT = "a8ccdf2cffa81ea5f9ff5ed01c35d0272f0936f3"
RANKING_ZIP = "ranking.zip"
FILES = ("dev", "test")  # ranking/<name>.tsv inside the zip, read in this order
REAL = "1"  # the label of the line whose last post really answered the context
BREAK = "__BR__"

# The kinds of subject, each with the words that name it, as the boards' posters write them; the first that matches
# gives a question its kind.
KINDS = (
    (
        "work",
        re.compile(
            r"映画|邦画|洋画|ドラマ|アニメ|ジブリ|特撮|番組|テレビ|TV|地上波|配信|ネトフリ|ネットフリックス|Netflix|"
            r"アマプラ|DVD|ブルーレイ|円盤|実写|続編|最終回|ネタバレ|脚本|監督|主人公|キャラ|名作|泣ける"
        ),
    ),
    ("person", re.compile(r"俳優|女優|役者|声優|主演|出演|キャスト|芸能人|アイドル|ジャニーズ|ジャニ|タレント")),
    ("book", re.compile(r"小説|ラノベ|漫画|マンガ|原作|作家|作者|文庫|単行本|読んだ|読書|書籍")),
    ("music", re.compile(r"曲|歌|アルバム|バンド|ボカロ|音楽|主題歌|ライブ|シングル|ボーカル|作詞|作曲")),
)
SCREEN_WORDS = re.compile("|".join(f"(?:{pattern.pattern})" for _, pattern in KINDS))
ASKS = re.compile(r"[？?]")
CITED_OPEN2CH = re.compile(r"\bOpen2ch\s+((?:dev|test)\s+\d+)\b")


@dataclass(frozen=True)
class Question:
    file: str  # dev or test
    line: int  # the line in its file (of the real dialogue, or of the drawn post), from 1
    turn: int  # the asking post's place in the dialogue, from 1
    text: str
    kind: str
    dialogue: tuple[str, ...]  # every post of the dialogue, as read (the post alone when drawn)
    drawn: bool = False  # a post drawn at random for a context it does not answer: no dialogue of its own

    @property
    def cited(self) -> str:
        return f"{self.file} {self.line}"


def ranking_files() -> dict[str, list[str]]:
    """The ranking data's files, each as its lines (the zip is a real blob of the mirror: `git show` fails on an
    absent one)."""
    shown = subprocess.run(
        ["git", "-C", str(OPEN2CH), "show", f"{OPEN2CH_COMMIT}:{RANKING_ZIP}"], capture_output=True, check=True
    )
    with zipfile.ZipFile(io.BytesIO(shown.stdout)) as archive:
        return {name: archive.read(f"ranking/{name}.tsv").decode("utf-8").splitlines() for name in FILES}


def post(raw: str) -> str:
    """A post as typed, its written line breaks read as spaces."""
    return one_line(raw.replace(BREAK, " "))


def questions() -> list[Question]:
    """In file order: each real dialogue's first asking post that uses a SCREEN_WORDS word or answers, or is answered
    by, a post that does; and each post drawn at random (the last post of a line labelled 0) that asks and uses one,
    alone."""
    found: list[Question] = []
    for name, lines in ranking_files().items():
        for number, line in enumerate(lines, 1):
            label, *raw_posts = line.split("\t")
            dialogue = tuple(post(raw) for raw in raw_posts)
            if label != REAL:
                text = dialogue[-1] if dialogue else ""
                if ASKS.search(text) and SCREEN_WORDS.search(text):
                    found.append(Question(name, number, 1, text, kind_of(text, KINDS), (text,), drawn=True))
                continue
            for index, text in enumerate(dialogue):
                around = dialogue[max(index - 1, 0) : index + 2]
                if ASKS.search(text) and SCREEN_WORDS.search(" ".join(around)):
                    kind = kind_of(text, KINDS) or kind_of(" ".join(around), KINDS)
                    found.append(Question(name, number, index + 1, text, kind, dialogue))
                    break
    return found


def where(question: Question) -> str:
    if question.drawn:
        return f"{SOURCE} {question.cited} (a post drawn at random, alone, {question.kind})"
    return f"{SOURCE} {question.cited} (turn {question.turn} of {len(question.dialogue)}, {question.kind})"


def pool(skip: Cited) -> tuple[list[Candidate], int]:
    """The pool, each candidate with the rest of its dialogue and its same-kind later candidates, and how many of the
    pool's questions an earlier probe file cites, quotes or asks."""
    kept, seen = unseen(questions(), lambda question: question.cited, lambda question: question.text, skip, SOURCE)
    ranked = ranked_with_later_of_kind(kept, SOURCE, where, SEED, FOLLOW_UPS)
    found = []
    for question, candidate in zip(kept, ranked, strict=True):
        turns = tuple(
            f"turn {place}: {text}" for place, text in enumerate(question.dialogue, 1) if place != question.turn
        )
        found.append(replace(candidate, follow_ups=turns + candidate.follow_ups))
    return found, seen


def main() -> None:
    skip = cited_earlier(OWN_FILE, {SOURCE: CITED_OPEN2CH}, asks=True)
    found, seen = pool(skip)
    print(f"# {SOURCE} commit {OPEN2CH_COMMIT}")
    print_left_out(((SOURCE, seen),))
    print_quietly(((SOURCE, found, len(found)),), SEED)


if __name__ == "__main__":
    main()
