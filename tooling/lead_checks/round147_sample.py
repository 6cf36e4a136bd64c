"""The lead's round-147 check set: a seeded random sample of the tweets that real customers wrote to six US airlines
in February 2015 (Twitter US Airline Sentiment), keeping those that ask a question, each with the later-ranked
question tweets that the same customer wrote.

Reads one dataset from its mirror on this machine (`git show <commit>:<path>`, nothing is downloaded):

- Twitter US Airline Sentiment (CrowdFlower, now Figure Eight, "Data for Everyone" library; published on Kaggle as
  crowdflower/twitter-airline-sentiment): 14,640 tweets that customers wrote to or about Virgin America, United,
  Southwest, Delta, US Airways and American between 16 and 24 February 2015, each labelled positive, neutral or
  negative (and a negative one with its reason) by CrowdFlower's contributors. The tweets are the customers' own
  words; only the labels are the crowd's. Kaggle's copy of the CSV (Tweets.csv, 3,421,431 bytes, with full 18-digit
  tweet ids and the original `2015-02-24 11:35:52 -0800` timestamps) is read from the repository eidehua/Real-Time-
  SciVi (a CS519 course project), twitter-airline-sentiment/Tweets.csv at commit cd0faf9 ("Added dataset",
  2017-11-11), present (no LFS pointer, no missing blob; the repository's database.sqlite beside it is an absent blob
  and is not read). Its one later change (715234a, two rows' line endings and a location) is not read. Only each
  row's `tweet_id`, `name` (the customer's handle, to find the same customer's other tweets) and `text` are read,
  never a sentiment label, reason or location. Licence: CC BY-NC-SA 4.0 (Kaggle's dataset page); the repository
  states none. Cited as `AirlineTweets <tweet id>`.

Pool: the tweets (in file order) that ask: hold a sentence ending in "?" (mirrors.asks), as customers ask an airline
about flights, bookings, bags, refunds and service. A text repeated (compared without case or punctuation, retweets
included) is kept once, at its first place; tweets an earlier probe file cites, quotes or asks are left out (counts
only are printed).

Each candidate prints the later-ranked candidates that the same customer wrote (its kind is `customer <handle>`), with
their ranks in the seeded order, at most FOLLOW_UPS: a customer who tweets an airline again writes on the same trip or
complaint, so the probe file makes those of them that can be adapted follow-ups of the candidate, with the names
changed the same way.

    python -m tooling.lead_checks.round147_sample
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

SEED = 147
FOLLOW_UPS = 3
OWN_FILE = "probes_round147_lead_check.yml"
SOURCE = "AirlineTweets"  # its name in citations and in the ranked output

AIRLINE_TWEETS = MIRRORS / "eidehua+Real-Time-SciVi" / "repo"
# The commit read: the one that added Kaggle's CSV unchanged.
AIRLINE_TWEETS_COMMIT = "cd0faf96aa3e0378310408039298362c87c1d3b2"
TWEETS = "twitter-airline-sentiment/Tweets.csv"
CITED_AIRLINE_TWEETS = re.compile(r"\bAirlineTweets\s+(\d{15,})\b")


@dataclass(frozen=True)
class Tweet:
    tweet_id: str
    customer: str  # the writer's handle, only to find the same customer's other tweets
    text: str  # as typed, line breaks made spaces

    @property
    def kind(self) -> str:
        return f"customer {self.customer}"


def tweets() -> list[Tweet]:
    """The tweets that ask a question, in file order (no label is read)."""
    rows = csv.DictReader(io.StringIO(git_text(AIRLINE_TWEETS, TWEETS, AIRLINE_TWEETS_COMMIT)))
    found: list[Tweet] = []
    for row in rows:
        text = one_line(row["text"])
        if text and asks(text):
            found.append(Tweet(row["tweet_id"], row["name"], text))
    return found


def where(tweet: Tweet) -> str:
    return f"{SOURCE} {tweet.tweet_id} ({tweet.kind})"


def pool(skip: Cited) -> tuple[list[Candidate], int]:
    """The pool, and how many of its tweets an earlier probe file cites, quotes or asks."""
    kept, seen = unseen(tweets(), lambda found: found.tweet_id, lambda found: found.text, skip, SOURCE)
    return ranked_with_later_of_kind(kept, SOURCE, where, SEED, FOLLOW_UPS), seen


def main() -> None:
    skip = cited_earlier(OWN_FILE, {SOURCE: CITED_AIRLINE_TWEETS}, asks=True)
    found, seen = pool(skip)
    print(f"# {SOURCE} commit {AIRLINE_TWEETS_COMMIT}")
    print_left_out(((SOURCE, seen),), unit="tweets")
    print_quietly(((SOURCE, found, len(found)),), SEED)


if __name__ == "__main__":
    main()
