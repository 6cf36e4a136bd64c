"""The lead's round-119 check set: a seeded random sample of the questions that people typed in Japanese in the YouTube
comments under Hinatazaka46's music videos and bonus clips (日向坂46, a Japanese idol group), as a fan saved them with
the YouTube Data API in September and October 2019, each with the later-ranked questions typed under the same video.

Reads one dataset from its mirror on this machine (`git show <commit>:<path>`, nothing is downloaded):

- bobbytrapz/hinatazaka (Bobby, "a collection of hinatazaka command-line tools"): its scripts/youtube-comments/
  folder holds youtube_comments.py and, under data/<video id>/, the comment threads it fetched for seven videos
  (the music videos こんなに好きになっちゃっていいの？, ホントの時間,
  一番好きだとみんなに言っていた小説のタイトルを思い出せない and ママのドレス, and the three 「ひなたの休日」 bonus
  clips), several snapshots per video, one thread a line as the API
  returns it (`youtube#commentThread`: the top-level comment and, when it has any, some of its replies). Read at
  commit 397adb2 (397adb237332f761d33a4682b57fe544441fd058, 2024-04-07, its newest when mirrored; the comment files
  entered in 496d047, 74040cc, 8840980, 3aef06f and f63c4de, 2019-09-04 to 2019-10-01). Only the
  data/<video id>/comments-<time>.jsonl files whose blob the mirror holds are read (mirrors.stored_files; two of them,
  a snapshot each of 3ZR2_TK2lV0 and EZBeo_k1k-A, are absent blobs and are not read; the .tsv copies, word lists and
  word clouds are not read). Of each comment only its id, the video id and `textOriginal` (the text as typed) are
  read, never the author's name, channel, picture, likes or dates. Licence: CC0 1.0 (the repository's LICENSE); the
  comments are the commenters' own public posts, quoted here for research as the earlier checks quote other sites'
  posts. Cited as `HinataYT <video id>/<comment id>` (a reply's id is its thread's id, a dot and its own part).

Pool: the comments (top-level comments and the replies saved with them; each comment id once, at its first place in
the files read in path order) that are written in Japanese (hold hiragana or katakana), ask ("？" or "?") and are at
most MAX_CHARS characters long once their line breaks are made spaces (a longer comment pastes the lyrics or tells a
story around its question). Each text is kept once (compared without case or punctuation); comments an earlier probe
file cites, quotes or asks are left out (counts only are printed). The comments are fans' chatter under one idol
group's videos: questions about the members, the song, the singer, the video's places and scenes, the release and
the fans themselves; they come as typed.

Each candidate prints the later-ranked candidates typed under the same video (its kind is `video <id>`), with their
ranks in the seeded order, at most FOLLOW_UPS: YouTube comment threads seldom hold two questions of one commenter, so
the probe file makes those of them that can be adapted follow-ups of the candidate, with the names changed the same
way, as rounds 105, 106 and 108 did with their sources' same-kind later questions.

    python -m tooling.lead_checks.round119_sample
"""

from __future__ import annotations

import json
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
    stored_files,
    unseen,
)

SEED = 119
FOLLOW_UPS = 3
MAX_CHARS = 120
OWN_FILE = "probes_round119_lead_check.yml"
SOURCE = "HinataYT"  # its name in citations and in the ranked output

HINATA = MIRRORS / "bobbytrapz+hinatazaka" / "repo"
# The commit read (the repository's newest when mirrored).
HINATA_COMMIT = "397adb237332f761d33a4682b57fe544441fd058"
COMMENT_FILES = r"^scripts/youtube-comments/data/[^/]+/comments-[^/]+\.jsonl$"
JAPANESE = re.compile(r"[\u3041-\u309f\u30a1-\u30fa]")
ASKS = re.compile(r"[？?]")
CITED_HINATA = re.compile(r"\bHinataYT\s+([\w-]+/[\w.-]+)")


@dataclass(frozen=True)
class Comment:
    video: str  # the YouTube video id
    comment_id: str  # the thread's id, or for a reply "<thread id>.<reply part>" as the API gives it
    text: str  # as typed, its line breaks made spaces
    reply: bool  # whether it answers another comment in its thread

    @property
    def cited(self) -> str:
        return f"{self.video}/{self.comment_id}"

    @property
    def kind(self) -> str:
        return f"video {self.video}"


def thread_comments(thread: dict) -> list[tuple[str, str, bool]]:
    """A saved comment thread's comments: the top-level one and its saved replies, as (id, text as typed, reply)."""
    snippet = thread.get("snippet", {})
    top = snippet.get("topLevelComment", {})
    found = [(str(top.get("id", thread.get("id", ""))), str(top.get("snippet", {}).get("textOriginal", "")), False)]
    for reply in thread.get("replies", {}).get("comments", []):
        found.append((str(reply.get("id", "")), str(reply.get("snippet", {}).get("textOriginal", "")), True))
    return found


def comments() -> list[Comment]:
    """Every Japanese asking comment of the stored comment files, at most MAX_CHARS long, each id once, in path order
    and file order."""
    found: list[Comment] = []
    seen: set[str] = set()
    for path in stored_files(HINATA, COMMENT_FILES):
        video = path.split("/")[-2]
        for line in git_text(HINATA, path, HINATA_COMMIT).splitlines():
            if not line.strip():
                continue
            for comment_id, raw, reply in thread_comments(json.loads(line)):
                text = one_line(raw)
                if not comment_id or comment_id in seen:
                    continue
                seen.add(comment_id)
                if text and len(text) <= MAX_CHARS and JAPANESE.search(text) and ASKS.search(text):
                    found.append(Comment(video, comment_id, text, reply))
    return found


def where(comment: Comment) -> str:
    reply = ", a reply" if comment.reply else ""
    return f"{SOURCE} {comment.cited} ({comment.kind}{reply})"


def pool(skip: Cited) -> tuple[list[Candidate], int]:
    """The pool, each candidate with its same-video later candidates, and how many of the pool's comments an earlier
    probe file cites, quotes or asks."""
    kept, seen = unseen(comments(), lambda comment: comment.cited, lambda comment: comment.text, skip, SOURCE)
    return ranked_with_later_of_kind(kept, SOURCE, where, SEED, FOLLOW_UPS), seen


def main() -> None:
    skip = cited_earlier(OWN_FILE, {SOURCE: CITED_HINATA}, asks=True)
    found, seen = pool(skip)
    print(f"# {SOURCE} commit {HINATA_COMMIT}")
    print_left_out(((SOURCE, seen),), unit="comments")
    print_quietly(((SOURCE, found, len(found)),), SEED)


if __name__ == "__main__":
    main()
