"""The lead's round-135 check set: a seeded random sample of the tweets that real customers sent to the support
accounts of companies on Twitter, as they typed them, keeping those that ask something (those to streaming, TV, book,
game and news companies first), each with the later-ranked tweets sent to the same company.

Reads one dataset from its mirror on this machine (`git show <commit>:<path>`, nothing is downloaded):

- Complaints (Daniel Preoţiuc-Pietro, Mihaela Găman and Nikolaos Aletras, "Automatically Identifying Complaints in
  Social Media", ACL 2019): English tweets that customers wrote to companies' customer-support accounts, each labelled
  complaint or not by annotators, in nine domains (apparel, cars, electronics, food, other, retail, services,
  software, transport), plus random tweets and replies as a contrast set. Read from the authors' repository
  danielpreotiuc/complaints-social-media at commit 54e3402 (2019-08-15, its newest): complaints-data.csv (3,449
  rows, present, 433 kB), each row `<tweet id>,<text>,<complaint label>,<domain>`. The label is not read; the random
  rows (domains random_tweet and random_reply: not written to a support account) are not read. Licence: the
  repository states none (it holds only the README and the data); the tweets are quoted here for research as the
  earlier checks quote other sites' posts. Cited as `Complaints <tweet id>`.

Pools: the support-domain tweets (in file order) that hold a sentence ending in a question mark, in two pools:
`Complaints`, those addressed (an @mention) to an account of one of the ENTERTAINMENT companies below (streaming and
TV, books, games, news and blogging), read first; and `Complaints other`, those to any other company, read after.
A text repeated (compared without case or punctuation) is kept once, at its first place; tweets an earlier probe file
cites, quotes or asks are left out (counts only are printed).

Each candidate prints the later-ranked candidates of its pool sent to the same company (its kind: the entertainment
company, else the first account mentioned), at most FOLLOW_UPS, with their ranks in the seeded order: the corpus
gives each tweet alone (no threads), so the probe file makes those that can be adapted follow-ups of the candidate,
as a customer's next tweet to the same company.

    python -m tooling.lead_checks.round135_sample
"""

from __future__ import annotations

import csv
import io
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

SEED = 135
FOLLOW_UPS = 3
OWN_FILE = "probes_round135_lead_check.yml"
SOURCE = "Complaints"  # its name in citations and in the ranked output
OTHER = "Complaints other"  # the ranked output's name for the pool of tweets to the other companies

COMPLAINTS = MIRRORS / "danielpreotiuc+complaints-social-media" / "repo"
# The commit read (the repository's newest when mirrored).
COMPLAINTS_COMMIT = "54e3402c129341809b7f1d9889d9311c3f1c1c16"
DATA = "complaints-data.csv"
# The contrast rows, not written to a support account.
RANDOM_DOMAINS = frozenset({"random_tweet", "random_reply"})
# The entertainment companies' Twitter accounts (lower case), each with the company it stands for.
ENTERTAINMENT = {
    "hulu": "Hulu",
    "hulu_support": "Hulu",
    "showtime": "Showtime",
    "sho_help": "Showtime",
    "sho_network": "Showtime",
    "directv": "DirecTV",
    "directvservice": "DirecTV",
    "virginmedia": "Virgin Media",
    "comcast": "Comcast",
    "comcastcares": "Comcast",
    "xfinity": "Comcast",
    "bn_care": "Barnes & Noble",
    "bnbuzz": "Barnes & Noble",
    "askplaystation": "PlayStation",
    "xboxsupport": "Xbox",
    "ubisoftsupport": "Ubisoft",
    "rainbow6game": "Ubisoft",
    "nytsupport": "New York Times",
    "nytimes": "New York Times",
    "washposthelp": "Washington Post",
    "washingtonpost": "Washington Post",
    "medium": "Medium",
    "mediumsupport": "Medium",
    "aol": "AOL",
    "aolsupporthelp": "AOL",
}
MENTION = re.compile(r"@(\w+)")
CITED_COMPLAINTS = re.compile(r"\bComplaints\s+(\d+)\b")


@dataclass(frozen=True)
class Tweet:
    tweet_id: str
    domain: str  # the corpus's domain of the company addressed
    company: str  # the entertainment company addressed, or "" (then the tweet is one of the other pool's)
    text: str  # as typed
    account: str  # the first account mentioned (lower case), else the domain

    @property
    def kind(self) -> str:
        return self.company or f"@{self.account}"


def company_of(text: str) -> str:
    """The first entertainment company the tweet mentions, or ""."""
    return next((ENTERTAINMENT[name] for name in MENTION.findall(text.lower()) if name in ENTERTAINMENT), "")


def account_of(text: str) -> str:
    """The first account the tweet mentions (lower case), or ""."""
    return next(iter(MENTION.findall(text.lower())), "")


def tweets() -> list[Tweet]:
    """The support-domain tweets that ask something, in file order (the complaint label is not read), each with the
    entertainment company it is addressed to, else the first account it mentions (or its domain)."""
    found: list[Tweet] = []
    for row in csv.reader(io.StringIO(git_text(COMPLAINTS, DATA, COMPLAINTS_COMMIT))):
        if len(row) < 4 or row[3] in RANDOM_DOMAINS:
            continue
        tweet_id, text, domain = row[0], one_line(row[1]), row[3]
        if asks(text):
            found.append(Tweet(tweet_id, domain, company_of(text), text, account_of(text) or domain))
    return found


def where(tweet: Tweet) -> str:
    return f"{tweet.tweet_id} ({tweet.kind}, {tweet.domain})"


def pools(skip: Cited) -> tuple[list[Candidate], list[Candidate], int]:
    """The two pools (tweets to an entertainment company; tweets to any other company), and how many of their tweets
    an earlier probe file cites, quotes or asks."""
    kept, seen = unseen(tweets(), lambda found: found.tweet_id, lambda found: found.text, skip, SOURCE)
    entertainment = [tweet for tweet in kept if tweet.company]
    other = [tweet for tweet in kept if not tweet.company]
    return (
        ranked_with_later_of_kind(entertainment, SOURCE, where, SEED, FOLLOW_UPS),
        ranked_with_later_of_kind(other, OTHER, where, SEED, FOLLOW_UPS),
        seen,
    )


def main() -> None:
    skip = cited_earlier(OWN_FILE, {SOURCE: CITED_COMPLAINTS}, asks=True)
    entertainment, other, seen = pools(skip)
    print_left_out(((SOURCE, seen),), unit="tweets")
    print_quietly(((SOURCE, entertainment, len(entertainment)), (OTHER, other, len(other))), SEED)


if __name__ == "__main__":
    main()
