"""The lead's round-109 check set: a seeded random sample of real questions that people typed in Japanese into
教えて!goo (Oshiete! goo, NTT Resonant's question-and-answer site) and OKWave (OKWAVE, the Q&A site of OKWave Inc.),
kept in Japanese as typed, from their TV-programme, old-TV, novel, anime and voice-actor, old-song, special-effects,
theatre, commercial, Vocaloid, DVD and music categories, keeping those that use a film, TV, actor, book or music word
(and the off-topic ones that filter lets in), each with the later-ranked questions of the same kind of subject.

Reads one dataset from its mirror on this machine (`git show <commit>:<path>`, nothing is downloaded):

- FujimotoTakuo/chiebukuro_qa (Takuo Fujimoto): questions and answers gathered in August 2016 for a
  question-answering experiment from three Japanese Q&A sites, one file of questions and one of answers per site
  category, one post a line: Yahoo! Chiebukuro in `origin/` (the source of rounds 106 and 108, not read here),
  教えて!goo in `goo/` and OKWave in `ok/`. Read at commit 7ba7972 (7ba7972bf318992b3e4fd05f68540df5c59bebfb,
  2016-08-25, its newest; the goo/ and ok/ folders entered in bb4dc08, 2016-08-25):
  `goo/question_<category>.txt` and `ok/question_<category>.txt` of the CATEGORIES below, all present (real
  blobs, 1.4 kB to 1.2 MB). Only each line's text and place are read, never the answer files or the
  MeCab-tokenised copies. Licence: none stated (the repository has no README or licence file); the questions are
  the askers' own posts on public sites, quoted here for research as the earlier checks quote other sites'
  posts. Cited as `goo <category> <line>` or `OKWave <category> <line>` (the category as the file name gives it,
  the line from 1).

Pool: the lines of those files (goo's then OKWave's, each category in CATEGORIES order, each in file order) that are
one post of at most MAX_CHARS characters with no character lost (the dump cuts long posts mid-character, leaving
U+FFFD), a post saved twice in a row read once, that use a film, TV, actor, book or music word (SCREEN_WORDS below).
The filter also lets in posts where such a word is about something else (a TV channel's reception, a school's
"本", a "歌" class, a theatre's seats, the "曲" of a commercial jingle); they come with the rest of the sample. The
sites' television categories (`テレビ`, TV sets and aerials), instruments, audio and hobby categories are not read.
A text repeated (compared without case or punctuation; OKWave and goo once shared posts) is kept once, at its first
place; posts an earlier probe file cites, quotes or asks are left out (counts only are printed). At commit 7ba7972
the pool holds 4,536 candidates (3,994 of goo, 542 of OKWave), none left out.

Neither site keeps threads of one asker in this dump (each post stands alone), so each candidate prints the
later-ranked candidates of the same kind of subject (SUBJECT_KINDS below, by the post's words, else its category's
kind), with their ranks in the seeded order, at most FOLLOW_UPS: the probe file makes those of them that can be
adapted follow-ups of the candidate, with the names changed the same way, as rounds 96 and 108 did.

    python -m tooling.lead_checks.round109_sample
"""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

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

SEED = 109
FOLLOW_UPS = 4
MAX_CHARS = 160
OWN_FILE = "probes_round109_lead_check.yml"
SOURCE = "GooOK"  # its name in the ranked output; citations name the site

REPO = MIRRORS / "FujimotoTakuo+chiebukuro_qa" / "repo"
# The commit read (the repository's newest when mirrored).
COMMIT = "7ba7972bf318992b3e4fd05f68540df5c59bebfb"
# Each site: its folder and its name in citations.
SITES = (("goo", "goo"), ("ok", "OKWave"))
# The categories read (a site lacking one is skipped), each with the kind of subject its posts mostly ask about.
CATEGORIES = (
    ("その他(テレビ番組)", "work"),
    ("懐かしのテレビ番組", "work"),
    ("DVD・ビデオ", "work"),
    ("特撮・VFX", "work"),
    ("アニメ・声優", "work"),
    ("その他(演劇・古典芸能)", "person"),
    ("CM", "work"),
    ("小説", "book"),
    ("ナツメロ", "music"),
    ("ミュージック", "music"),
    ("ボーカロイド", "music"),
)
# A book ("本") as askers name one, not 日本, 本当, 基本, 見本 or 本人.
BOOK = (
    r"(?<![日根基資脚台見手])本(?=[をがはでもに]|屋|の題名|のタイトル|の名前)"
    r"|(?:の|この|その|あの|読んだ|好きな)本(?!当|人|物)"
)
# Film, TV, actor, book and music words, as Japanese askers write them.
SCREEN_WORDS = re.compile(
    r"映画|シネマ|ドラマ|番組|俳優|女優|役者|主演|出演|共演|キャスト|配役|監督|脚本|原作|作品|シリーズ|続編|"
    r"シーズン|第\d+話|最終回|あらすじ|ストーリー|結末|ネタバレ|主人公|登場人物|キャラ|声優|アニメ|特撮|"
    r"DVD|ＤＶＤ|ブルーレイ|Blu-?ray|レンタル|配信|ネットフリックス|Netflix|放送|再放送|小説|作家|著者|作者|"
    r"文庫|単行本|漫画|マンガ|" + BOOK + r"|曲|歌(?!舞伎)|歌手|歌詞|主題歌|挿入歌|エンディング|オープニング|"
    r"サントラ|バンド|アルバム|シングル|CD|ＣＤ|作曲|作詞|ミュージシャン|アーティスト|芸能人|タレント|アイドル|"
    r"ジャニーズ",
    re.IGNORECASE,
)
# What a post asks about, by its words, the first that matches; a post matching none takes its category's kind.
SUBJECT_KINDS = (
    (
        "music",
        re.compile(r"曲|歌(?!舞伎)|主題歌|挿入歌|サントラ|バンド|アルバム|シングル|CD|ＣＤ|作曲|作詞|ミュージシャン"),
    ),
    ("book", re.compile(r"小説|作家|著者|作者|文庫|単行本|原作|漫画|マンガ|" + BOOK)),
    ("person", re.compile(r"俳優|女優|役者|主演|出演|共演|キャスト|配役|監督|脚本|声優|芸能人|タレント|アイドル")),
)
CITED = re.compile(r"\b(goo|OKWave)\s+(\S+)\s+(\d+)\b")


@dataclass(frozen=True)
class Post:
    site: str  # its name in citations
    category: str
    line: int  # the post's line in its category's file, from 1
    text: str
    kind: str

    @property
    def cited(self) -> tuple[str, str, str]:
        return (self.site, self.category, str(self.line))


def stored_names(repo: Path, commit: str, folder: str) -> set[str]:
    """The names of the files of `folder` whose content the mirror holds at `commit` (a missing blob is listed as
    BAD), with the Japanese file names given as they are; none when the mirror is not on this machine."""
    if not repo.is_dir():
        return set()
    listing = subprocess.run(
        ["git", "-C", str(repo), "-c", "core.quotepath=off", "ls-tree", "-l", commit, folder],
        capture_output=True,
        text=True,
        check=False,
    ).stdout
    rows = (line.split(None, 4) for line in listing.splitlines())
    return {row[4].rpartition("/")[2] for row in rows if len(row) == 5 and row[3].isdigit() and int(row[3]) > 0}


def once(text: str) -> str:
    """The post's text, read once where the file saved it twice in a row ("X X" or "XX")."""
    half = len(text) // 2
    for left, right in ((text[:half], text[half:]), (text[:half], text[half + 1 :])):
        if left.strip() and left.strip() == right.strip():
            return left.strip()
    return text


def posts() -> list[Post]:
    """The posts of the stored category files that use a SCREEN_WORDS word, at most MAX_CHARS long with no character
    lost, in SITES, CATEGORIES and file order."""
    found: list[Post] = []
    for folder, site in SITES:
        stored = stored_names(REPO, COMMIT, folder + "/")
        for category, category_kind in CATEGORIES:
            name = f"question_{category}.txt"
            if name not in stored:
                continue
            shown = subprocess.run(
                ["git", "-C", str(REPO), "show", f"{COMMIT}:{folder}/{name}"], capture_output=True, check=True
            )
            lines = shown.stdout.decode("utf-8", errors="replace").splitlines()
            for number, line in enumerate(lines, 1):
                text = once(one_line(line))
                if text and "\ufffd" not in text and len(text) <= MAX_CHARS and SCREEN_WORDS.search(text):
                    found.append(Post(site, category, number, text, kind_of(text, SUBJECT_KINDS) or category_kind))
    return found


def where(post: Post) -> str:
    return f"{post.site} {post.category} {post.line} ({post.kind})"


def pool(skip: Cited) -> tuple[list[Candidate], int]:
    """The pool, each candidate with its same-kind later candidates, and how many of the pool's posts an earlier
    probe file cites, quotes or asks."""
    kept, seen = unseen(posts(), lambda post: post.cited, lambda post: post.text, skip, SOURCE)
    return ranked_with_later_of_kind(kept, SOURCE, where, SEED, FOLLOW_UPS), seen


def main() -> None:
    skip = cited_earlier(OWN_FILE, {SOURCE: CITED}, asks=True)
    found, seen = pool(skip)
    print(f"# {SOURCE}: FujimotoTakuo/chiebukuro_qa commit {COMMIT}, goo/ and ok/")
    print_left_out(((SOURCE, seen),))
    print_quietly(((SOURCE, found, len(found)),), SEED)


if __name__ == "__main__":
    main()
