"""The lead's round-164 check set: a seeded random sample of the questions that Reddit users wrote on r/movies, in
the titles of the subreddit's top posts of early June 2017 and in the comments under them, as typed, each with the
later-ranked questions written under the same post.

Reads one dataset from its mirror on this machine (`git show <commit>:<path>`, nothing is downloaded):

- r/movies top listings with their comments, as GraphQLHub (Clay Allsopp's GraphQL front for public APIs) returned
  them and the GitHub user once-ler (commits signed once-ler and htaox) saved them as sample data for the app "vinyl":
  the subreddit's 100 top posts (title, comments: body and author), 658 comments in all, written by Reddit users in
  their own words in the week Wonder Woman opened (the file entered in 6ed773f, 2017-06-06). Read from once-ler/vinyl
  at commit d621dcb (d621dcbbcebb637b07c8891092f9d637c77fa5a9, 2019-07-11, its newest when mirrored):
  services/data/movies-sr.js (260,902 bytes, present: a real blob, not an LFS pointer), a JavaScript module whose
  default export is the JSON response. Only the titles and comment bodies are read, never the authors' names or
  karma. The texts are kept as typed, their casing, spelling and spacing (line breaks made spaces, Reddit's HTML
  escapes such as `&gt;` and `&amp;` read as the characters they stand for). Licence: MIT (the repository's
  package.json); the posts and comments are Reddit users' public writing, quoted here for research as the earlier
  checks quote other sites' posts. Cited as `RMovies <post>:<comment>` (the post's place in the listing from 1;
  comment 0 is the post's title, the comments counted from 1 in their saved order, a comment saved as null counted).

Pool: the titles and comments (post by post, in the saved order) that hold a sentence ending in a question mark
(mirrors.asks, read with their web addresses taken out: the "?" of a link's query is no question) and are at most
MAX_CHARS characters long, so that one message makes one turn; longer comments argue around their question and are
left out. A text repeated (compared without case or punctuation) is kept once, at its first place; texts an earlier
probe file cites, quotes or asks are left out (counts only are printed).

Each candidate prints the later-ranked candidates written under the same post (its kind is `post <n>`), with their
ranks in the seeded order, at most FOLLOW_UPS: the probe file makes those of them that can be adapted follow-ups of
the candidate, with the names changed the same way, so that a conversation stays with one post's film as the thread
does.

    python -m tooling.lead_checks.round164_sample
"""

from __future__ import annotations

import html
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

SEED = 164
FOLLOW_UPS = 3
MAX_CHARS = 280
OWN_FILE = "probes_round164_lead_check.yml"
SOURCE = "RMovies"  # its name in citations and in the ranked output

VINYL = MIRRORS / "once-ler+vinyl" / "repo"
# The commit read (the repository's newest when mirrored).
VINYL_COMMIT = "d621dcbbcebb637b07c8891092f9d637c77fa5a9"
LISTINGS = "services/data/movies-sr.js"
CITED_RMOVIES = re.compile(r"\bRMovies\s+(\d+:\d+)\b")
WEB_ADDRESS = re.compile(r"https?://\S+")


@dataclass(frozen=True)
class Message:
    post: int  # the post's place in the top listing, from 1
    comment: int  # 0 for the post's title, else the comment's place under it, from 1
    text: str

    @property
    def cited(self) -> str:
        return f"{self.post}:{self.comment}"

    @property
    def kind(self) -> str:
        return f"post {self.post}"


def listings() -> list[dict[str, object]]:
    """The saved top listings: the module's default export, read as JSON."""
    module = git_text(VINYL, LISTINGS, VINYL_COMMIT)
    data = json.loads(module[module.index("{") :].rstrip().rstrip(";"))
    return list(data["data"]["reddit"]["subreddit"]["topListings"])


def messages() -> list[Message]:
    """The titles and comments that ask, at most MAX_CHARS characters, post by post in the saved order."""
    found: list[Message] = []
    for post, listing in enumerate(listings(), 1):
        texts = [str(listing.get("title") or "")]
        # A comment saved as null (deleted) keeps its place, so that the comments after it keep their numbers.
        texts += [str(comment.get("body") or "") if comment else "" for comment in listing.get("comments") or []]
        for number, raw in enumerate(texts):
            text = one_line(html.unescape(raw))
            if text and len(text) <= MAX_CHARS and asks(WEB_ADDRESS.sub(" ", text)):
                found.append(Message(post, number, text))
    return found


def where(message: Message) -> str:
    part = "title" if message.comment == 0 else "comment"
    return f"{SOURCE} {message.cited} ({message.kind} {part})"


def pool(skip: Cited) -> tuple[list[Candidate], int]:
    """The pool, and how many of its messages an earlier probe file cites, quotes or asks."""
    kept, seen = unseen(messages(), lambda found: found.cited, lambda found: found.text, skip, SOURCE)
    return ranked_with_later_of_kind(kept, SOURCE, where, SEED, FOLLOW_UPS), seen


def main() -> None:
    skip = cited_earlier(OWN_FILE, {SOURCE: CITED_RMOVIES}, asks=True)
    found, seen = pool(skip)
    print_left_out(((SOURCE, seen),), unit="messages")
    print_quietly(((SOURCE, found, len(found)),), SEED)


if __name__ == "__main__":
    main()
