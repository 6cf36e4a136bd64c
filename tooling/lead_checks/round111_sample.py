"""The lead's round-111 check set: a seeded random sample of the search queries of Multi-CPR's entertainment-video
domain, the queries that people typed (or said) into the search of a Chinese video platform, keeping those about
films, TV, actors, books and music (and the off-topic ones the filter lets in), each with the later-ranked queries
that ask about the same kind of subject.

Reads one dataset from its mirror on this machine (`git show <commit>:<path>`, nothing is downloaded):

- Multi-CPR (Dingkun Long, Qiong Gao, Kuan Zou, Guangwei Xu, Pengjun Xie, Ruijie Guo, Jian Xu, Guanjun Jiang, Luxi
  Xing and Ping Yang, "Multi-CPR: A Multi Domain Chinese Dataset for Passage Retrieval", SIGIR 2022), Alibaba's
  passage-retrieval set for three domains (E-commerce, Entertainment video, Medical): in each, real users' search
  queries, each paired by annotators with a relevant passage (in the video domain, a video's title). Only the video
  domain's queries are read, never the passages or the pairs: 100,000 training and 1,000 development queries. Read from
  the authors' repository Alibaba-NLP/Multi-CPR at commit a4e4671 (2023-01-04, its newest; the data entered in
  24b5100, 2022-03-03, and is unchanged since): data/video/train.query.txt (2.8 MB) and data/video/dev.query.txt
  (28 KB), both present; the domain's corpus.tsv is an absent blob and not wanted. A line is "<qid><TAB><query>". The
  queries are Chinese as typed, with their typos, pinyin, traditional characters, stray brackets and spoken requests
  ("帮我放..."). Licence: the repository states none (no LICENSE file; the README gives none). Cited as
  `MultiCPR video <split> <qid>` (the qid as the file gives it).

Pool: the queries of the two files (train, then dev, each in file order) that use a film, TV, actor, book or music
word (SCREEN_WORDS below: 电影, 电视剧, 主演, 演的, 国语版, 全集, 动画片, 综艺, 歌, 演唱会,
小说 and the like); the filter also lets in queries where such a word has another sense or names a kind of video
only (a 歌 nursery-rhyme list, a 广场舞 dance song, a 京剧 opera, 动画片大全, a game's 动画); they come
with the rest of the sample. A query repeated (compared without case or punctuation) is kept once, at its first
place; queries an earlier probe file cites, quotes or asks are left out (counts only are printed).

Each candidate prints the next later-ranked candidates that ask about the same kind of subject (SUBJECT_KINDS below: a
song or singer, a book, a performer or director, a film or show), with their ranks in the seeded order, at most
FOLLOW_UPS (as mirrors.ranked_with_later_of_kind lists them, computed here one kind at a time for the large pool):
the files give each query alone (no user, no session, no time), so the probe file makes those of them that can be
adapted follow-ups of the candidate, with the names changed the same way, as round 96 did with the Million Query
track's queries. The kind is a rough guide for the writer, who reads each query.

    python -m tooling.lead_checks.round111_sample
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
    kind_of,
    one_line,
    print_left_out,
    print_quietly,
    sample,
    stored_in_folder,
    unseen,
)

SEED = 111
FOLLOW_UPS = 4
OWN_FILE = "probes_round111_lead_check.yml"
SOURCE = "MultiCPR"  # its name in citations and in the ranked output

MULTI_CPR = MIRRORS / "Alibaba-NLP+Multi-CPR" / "repo"
# The commit read (the repository's newest when mirrored).
MULTI_CPR_COMMIT = "a4e467182a3e2c110528a1575d79b33cc449d2c3"
FOLDER = "data/video"
# The split names, in reading order, and their files in FOLDER.
SPLITS = (("train", "train.query.txt"), ("dev", "dev.query.txt"))
# A query line: its id, a tab, the query.
QUERY_LINE = re.compile(r"^(?P<qid>\d+)\t(?P<text>.*)$")

# Film, TV, actor, book and music words, as the platform's users type them (Chinese has no word boundaries: 剧 is
# also the 剧 of 京剧 opera and 喜剧 comedy, 歌 of a children's song list; they come with the rest).
SCREEN_WORDS = re.compile(
    r"电影|影片|影视|大片|剧场版|电视剧|连续剧|剧集|剧|全集|第\d+集|\d+集|大结局|国语版?|粤语版?|普通话版?|"
    r"(?:动画|纪录|短|老|喜剧|恐怖|动作|爱情|战争|科幻|武侠|功夫|枪战|鬼|灾难|悬疑|犯罪|译制)片|"
    r"主演|演员|演的|出演|演过|导演|明星|角色|动漫|动画|漫画|综艺|节目|预告|花絮|"
    r"歌|唱|专辑|音乐|演唱会|乐队|小说|原著|(?i:mv|mtv)",
)
# What a query asks about, by its wording, the first that matches.
SUBJECT_KINDS = (
    ("music", re.compile(r"歌|唱|专辑|音乐|演唱会|乐队|(?i:mv|mtv)")),
    ("book", re.compile(r"小说|原著|漫画")),
    ("person", re.compile(r"主演|演员|演的|出演|演过|导演|明星|角色")),
    (
        "work",
        re.compile(
            r"电影|影片|影视|大片|剧场版|电视剧|连续剧|剧集|剧|全集|第\d+集|\d+集|大结局|国语|粤语|普通话|片|动漫|动画|综艺|"
            r"节目|预告|花絮",
        ),
    ),
)
CITED_MULTI_CPR = re.compile(r"\bMultiCPR\s+video\s+((?:train|dev)\s+\d+)\b")


@dataclass(frozen=True)
class Query:
    split: str
    qid: str  # as the file gives it
    text: str  # as typed, runs of spaces made single spaces
    kind: str  # a SUBJECT_KINDS name, or "" when none matches

    @property
    def cited(self) -> str:
        return f"{self.split} {self.qid}"


def queries() -> list[Query]:
    """The queries of the stored files whose text uses a SCREEN_WORDS word, in SPLITS order and file order (only
    each line's qid and query are read)."""
    present = stored_in_folder(MULTI_CPR, MULTI_CPR_COMMIT, FOLDER + "/")
    found: list[Query] = []
    for split, name in SPLITS:
        if name not in present:
            continue
        for line in git_text(MULTI_CPR, f"{FOLDER}/{name}", MULTI_CPR_COMMIT).splitlines():
            matched = QUERY_LINE.match(line.strip("\r\n"))
            if not matched:
                continue
            text = one_line(matched.group("text"))
            if text and SCREEN_WORDS.search(text):
                found.append(Query(split, matched.group("qid"), text, kind_of(text, SUBJECT_KINDS)))
    return found


def where(query: Query) -> str:
    return f"{SOURCE} video {query.cited} ({query.kind or '-'})"


def with_later_of_kind(kept: list[Query]) -> list[Candidate]:
    """The candidates in pool order, each listing the next FOLLOW_UPS later-ranked candidates of its kind, with their
    ranks in print_samples' seeded order: what mirrors.ranked_with_later_of_kind gives, computed one kind at a time in
    rank order (that helper compares every pair, too slow for a pool of tens of thousands)."""
    order = sample(range(len(kept)), len(kept), SEED)
    rank = {index: position for position, index in enumerate(order, 1)}
    by_kind: dict[str, list[int]] = {}
    for index in order:
        if kept[index].kind:
            by_kind.setdefault(kept[index].kind, []).append(index)
    later: dict[int, tuple[str, ...]] = {}
    for kind, indices in by_kind.items():
        for place, index in enumerate(indices):
            later[index] = tuple(
                f"later {kind}: {SOURCE}#{rank[other]} {where(kept[other])}: {kept[other].text}"
                for other in indices[place + 1 : place + 1 + FOLLOW_UPS]
            )
    return [Candidate(SOURCE, where(query), query.text, later.get(index, ())) for index, query in enumerate(kept)]


def pool(skip: Cited) -> tuple[list[Candidate], int]:
    """The pool, each candidate with its same-kind later candidates, and how many of the pool's queries an earlier
    probe file cites, quotes or asks."""
    kept, seen = unseen(queries(), lambda query: query.cited, lambda query: query.text, skip, SOURCE)
    return with_later_of_kind(kept), seen


def main() -> None:
    skip = cited_earlier(OWN_FILE, {SOURCE: CITED_MULTI_CPR}, asks=True)
    found, seen = pool(skip)
    print_left_out(((SOURCE, seen),))
    print_quietly(((SOURCE, found, len(found)),), SEED)


if __name__ == "__main__":
    main()
