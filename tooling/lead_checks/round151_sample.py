"""The lead's round-151 check set: a seeded random sample of the questions that Wikipedia's editors typed on talk
pages, from Conversation AI's (Jigsaw and Google) English Wikipedia talk-page data: the talk-page conversations that it
reconstructed for its WikiDetox crowd-sourcing jobs (keeping the questions asked on article talk pages, on pages about
films, TV, books and music, or in words of that kind), each with the later-ranked questions asked on the same talk
page; and, as a second, smaller part, the comments of its Wikipedia Talk Toxicity test set that use such words.

Reads two files of two repositories of Conversation AI from their mirrors on this machine (`git show <commit>:<path>`,
nothing is downloaded):

- WikiTalk: WikiDetox talk-page conversations (Conversation AI; the conversation reconstruction published as WikiConv:
  Yiqing Hua, Cristian Danescu-Niculescu-Mizil, Dario Taraborelli, Nithum Thain, Jeffery Sorensen and Lucas Dixon,
  "WikiConv: A Corpus of the Complete Conversational History of a Large Online Collaborative Community", EMNLP 2018;
  the crowd-sourcing jobs are those behind "Conversations Gone Awry", Justine Zhang, Jonathan P. Chang, Cristian
  Danescu-Niculescu-Mizil, Lucas Dixon, Yiqing Hua, Nithum Thain and Dario Taraborelli, ACL 2018): English Wikipedia
  talk-page conversations, each comment as its editor typed it, with its id, type (section creation, comment adding,
  comment modification), talk page, author and the comment it replies to. Read from the repository
  conversationai/wikidetox at commit f1a731f (f1a731ff327fc048fae99505781d54f9a2e101ba, 2024-11-20, its newest; the
  files in this folder since 374ff3f, 2017-12-30): crowdsourcing/crowdflower/src/testdata/conversations_job1_x1000.js
  (999 conversations, 1.9 MB) and conversations_job2_x1000.js (1,000 conversations, 2.4 MB), both present (real
  blobs, not LFS pointers). Each file is one JavaScript array (`var conversations = [...];`) of conversations, each an
  object from comment id to comment; the two files share most comments, and a comment in both is read once (from the
  first file). Only each comment's `id`, `comment_type`, `content` and `page_title` are read, never the authors'
  names. The markup the reconstruction left is read as the text it shows (`[WIKI_LINK: target@text]` as text, else
  target; `[EXTERNAL_LINK: text]` as text); casing, spelling and typos are kept as typed. Licence: Apache 2.0 (the
  repository's LICENSE); the comments are Wikipedia talk-page text (CC BY-SA). Cited as `WikiTalk <comment id>`.
- WikiToxicity: the non-fuzzed test set that Conversation AI drew from Wikipedia Talk Labels: Toxicity (Nithum Thain,
  Lucas Dixon and Ellery Wulczyn, 2017, figshare; Ellery Wulczyn, Nithum Thain and Lucas Dixon, "Ex Machina: Personal
  Attacks Seen at Scale", WWW 2017) for its unintended-bias work: talk-page comments with the crowd raters' toxic or
  not label. Read from conversationai/unintended-ml-bias-analysis at commit 9c7d91a
  (9c7d91aaa53406a362354661a93e07956d95e59a, 2024-10-25, its newest):
  archive/unintended_ml_bias/eval_datasets/toxicity_nonfuzzed_testset.csv (1,492 comments, 943 kB), present. Only
  `rev_id`, `comment` and `toxic` are read (the fuzzed file, whose identity words were swapped by code, is not);
  NEWLINE_TOKEN and TAB_TOKEN are read as spaces. Licence: Apache 2.0 (the repository's LICENSE); the data set is
  CC BY-SA (figshare). Cited as `WikiToxicity <rev_id>`.

Pool (WikiTalk): the comments that add to or change a conversation (not its section heading), hold a sentence that
ends in "?", are at most MAX_CHARS characters long (one comment, one turn; longer comments argue an edit around their
question) and are asked on an article's talk page (whose subject a film's cast, crew, novel or song can stand for), on
a page whose title uses a film, TV, actor, book or music word (SCREEN_WORDS below), or use such a word in their section
heading or own words; most of them are about other subjects and about editing, and come with the rest. Pool
(WikiToxicity): the comments that the raters did not label toxic, ask, are at most MAX_CHARS long and use a
SCREEN_WORDS word. In both, a comment with an abusive word (ABUSIVE below) is left out by code; others unfit for a test
file are skipped by hand. A text repeated (compared without case or punctuation) is kept once, at its first place;
comments an earlier probe file cites, quotes or asks are left out (counts only are printed).

Each WikiTalk candidate prints the later-ranked candidates asked on the same talk page (its kind is `page <title>`),
with their ranks in the seeded order, at most FOLLOW_UPS: the probe file makes those of them that can be adapted
follow-ups of the candidate, with the names changed the same way, so that a conversation stays with one subject as a
talk page does. WikiToxicity's comments come without their page, so they have no follow-ups.

    python -m tooling.lead_checks.round151_sample
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass

from tooling.lead_checks.mirrors import (
    MIRRORS,
    Candidate,
    Cited,
    asks,
    cited_earlier,
    git_text,
    one_line,
    print_left_out,
    print_quietly,
    ranked_with_later_of_kind,
    unseen,
)

SEED = 151
FOLLOW_UPS = 4
MAX_CHARS = 400
OWN_FILE = "probes_round151_lead_check.yml"
SOURCE = "WikiTalk"  # its name in citations and in the ranked output
TOXICITY_SOURCE = "WikiToxicity"  # the second part's name in citations and in the ranked output

WIKIDETOX = MIRRORS / "conversationai+wikidetox" / "repo"
# The commit read (the repository's newest when mirrored).
WIKIDETOX_COMMIT = "f1a731ff327fc048fae99505781d54f9a2e101ba"
FOLDER = "crowdsourcing/crowdflower/src/testdata"
FILES = ("conversations_job1_x1000.js", "conversations_job2_x1000.js")
ARRAY_START = "var conversations = "
# An article's talk page (its subject a person, work, place or thing); user and project talk pages have other names.
ARTICLE_TALK = "Talk:"
# The comment types read: a comment added to a conversation, or one changed later (not the section heading).
READ_TYPES = {"COMMENT_ADDING", "COMMENT_MODIFICATION"}

# Film, TV, actor, book and music words, as Wikipedia's editors and page titles write them.
SCREEN_WORDS = re.compile(
    r"\b(?:movies?|films?|filmed|filming|filmography|cinemas?|actors?|actress(?:es)?|acting|starr(?:ed|ing)|cast|"
    r"characters?|directors?|directed|screenplay|screenwriters?|scenes?|plots?|sequels?|episodes?|series|tv|"
    r"television|sitcoms?|cartoons?|anime|manga|hollywood|oscars?|academy awards?|box office|novels?|novelists?|"
    r"books?|authors?|poems?|poets?|fiction|songs?|songwriters?|singers?|sang|sings?|singles?|bands?|albums?|"
    r"discography|music|musicians?|musical|lyrics|soundtracks?|composers?|concerts?|rappers?|vocals|vocalists?|"
    r"netflix|dvd|trailer|spoilers?|premiere[ds]?|released?)\b",
    re.IGNORECASE,
)
# Abusive words: a comment holding one is left out by code (the source was gathered to study toxic talk).
ABUSIVE = re.compile(
    r"\b(?:fuck\w*|shit\w*|cunt\w*|bitch\w*|bastard\w*|asshole\w*|whore\w*|slut\w*|fag\w*|nigg\w*|"
    r"retard\w*|idiot\w*|moron\w*|stupid\w*|dumb\w*|crap\w*|sucks?|loser\w*|shut up)\b",
    re.IGNORECASE,
)
TOXICITY = MIRRORS / "conversationai+unintended-ml-bias-analysis" / "repo"
# The commit read (the repository's newest when mirrored).
TOXICITY_COMMIT = "9c7d91aaa53406a362354661a93e07956d95e59a"
TOXICITY_FILE = "archive/unintended_ml_bias/eval_datasets/toxicity_nonfuzzed_testset.csv"
# The dump's stand-ins for line breaks and tabs in a comment.
TOKENS = re.compile(r"NEWLINE_TOKEN|TAB_TOKEN")
WIKI_LINK = re.compile(r"\[WIKI_LINK:\s*([^\]@]*?)(?:@([^\]]*))?\]")
EXTERNAL_LINK = re.compile(r"\[EXTERNAL?_LINK:\s*([^\]]*)\]")
CITED_WIKITALK = re.compile(r"\bWikiTalk\s+(\d+\.\d+\.\d+)\b")
CITED_TOXICITY = re.compile(r"\bWikiToxicity\s+(\d+)\b")


@dataclass(frozen=True)
class Comment:
    comment_id: str  # the reconstruction's id, "<revision>.<offset>.<section offset>"
    page: str  # the talk page's title
    heading: str  # the conversation's section heading, as shown
    text: str  # the comment as shown, its markup read as text
    let_in: str  # why the pool holds it: "screen page", "article talk page" or "screen words"

    @property
    def kind(self) -> str:
        return f"page {self.page}"


def shown(content: str) -> str:
    """A comment's text as the talk page shows it: links read as their text."""
    text = WIKI_LINK.sub(lambda link: (link.group(2) or link.group(1)).strip(), content)
    return one_line(EXTERNAL_LINK.sub(lambda link: link.group(1).strip(), text))


def conversations(name: str) -> list[dict[str, dict[str, str]]]:
    """One file's array of conversations (each a mapping from comment id to comment)."""
    text = git_text(WIKIDETOX, f"{FOLDER}/{name}", WIKIDETOX_COMMIT).strip()
    if not text.startswith(ARRAY_START):
        return []
    return json.loads(text[len(ARRAY_START) :].rstrip(";").strip())


def comments() -> list[Comment]:
    """The asking comments of both files whose page, heading or words use a SCREEN_WORDS word and no ABUSIVE word, at
    most MAX_CHARS long, in file order (a comment both files hold read once)."""
    found: list[Comment] = []
    read: set[str] = set()
    for name in FILES:
        for conversation in conversations(name):
            headings = [shown(c["content"]) for c in conversation.values() if c["comment_type"] == "SECTION_CREATION"]
            heading = headings[0] if headings else ""
            for comment_id, comment in conversation.items():
                if comment_id in read or comment.get("comment_type") not in READ_TYPES:
                    continue
                read.add(comment_id)
                text, page = shown(comment["content"]), comment["page_title"]
                if not text or len(text) > MAX_CHARS or not asks(text) or ABUSIVE.search(text):
                    continue
                if SCREEN_WORDS.search(page):
                    let_in = "screen page"
                elif page.startswith(ARTICLE_TALK):
                    let_in = "article talk page"
                elif SCREEN_WORDS.search(heading) or SCREEN_WORDS.search(text):
                    let_in = "screen words"
                else:
                    continue
                found.append(Comment(comment_id, page, heading, text, let_in))
    return found


@dataclass(frozen=True)
class Labelled:
    rev_id: str  # the revision that added the comment
    text: str
    kind: str = ""  # the comments stand alone: no talk page is given, so none has follow-ups


def labelled() -> list[Labelled]:
    """The Toxicity test set's comments that its raters did not label toxic, ask, are at most MAX_CHARS long and use a
    SCREEN_WORDS word and no ABUSIVE word, in file order."""
    rows = csv.DictReader(io.StringIO(git_text(TOXICITY, TOXICITY_FILE, TOXICITY_COMMIT)))
    found: list[Labelled] = []
    for row in rows:
        text = one_line(TOKENS.sub(" ", row["comment"]))
        if row["toxic"] != "False" or not text or len(text) > MAX_CHARS or not asks(text) or ABUSIVE.search(text):
            continue
        if SCREEN_WORDS.search(text):
            found.append(Labelled(row["rev_id"], text))
    return found


def where(comment: Comment) -> str:
    return f"{SOURCE} {comment.comment_id} ({comment.kind}; section {comment.heading}; {comment.let_in})"


def pool(skip: Cited) -> tuple[list[Candidate], int]:
    """The pool, and how many of its comments an earlier probe file cites, quotes or asks."""
    kept, seen = unseen(comments(), lambda found: found.comment_id, lambda found: found.text, skip, SOURCE)
    return ranked_with_later_of_kind(kept, SOURCE, where, SEED, FOLLOW_UPS), seen


def toxicity_pool(skip: Cited) -> tuple[list[Candidate], int]:
    """The second part's pool (no follow-ups), and how many of its comments an earlier probe file cites, quotes or
    asks."""
    kept, seen = unseen(labelled(), lambda found: found.rev_id, lambda found: found.text, skip, TOXICITY_SOURCE)
    return ranked_with_later_of_kind(
        kept, TOXICITY_SOURCE, lambda found: f"{TOXICITY_SOURCE} {found.rev_id}", SEED, 0
    ), seen


def main() -> None:
    skip = cited_earlier(OWN_FILE, {SOURCE: CITED_WIKITALK, TOXICITY_SOURCE: CITED_TOXICITY}, asks=True)
    found, seen = pool(skip)
    toxicity, toxicity_seen = toxicity_pool(skip)
    print_left_out(((SOURCE, seen), (TOXICITY_SOURCE, toxicity_seen)), unit="comments")
    print_quietly(((SOURCE, found, len(found)), (TOXICITY_SOURCE, toxicity, len(toxicity))), SEED)


if __name__ == "__main__":
    main()
