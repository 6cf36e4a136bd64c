"""A message that takes the film for a series: "the <title> TV series", "season 2 of <title>", "the soap opera
<title>". Whatever it asks, its premise is wrong, and the reply says so first ("No, it's a single feature film, not a
series."), then answers what is asked (actions/common.py).

Only a series noun written right beside the film's title counts: "the <title> book series" is the novel's, and "the
show" alone is often said of a film. Rasa-free.
"""

from __future__ import annotations

import re

from bot.japanese import has_japanese
from bot.understanding.lexicon import Lexicon, tokens

# Series nouns said right after the title ("<title> season 2", "the <title> TV series"), as word runs.
SERIES_AFTER = (
    ("season",),
    ("seasons",),
    ("episode",),
    ("episodes",),
    ("sitcom",),
    ("miniseries",),
    ("soap", "opera"),
    ("tv", "series"),
    ("tv", "show"),
    ("television", "series"),
    ("television", "show"),
    ("web", "series"),
)
# Series nouns said right before the title ("the soap opera <title>"), or before "of" it ("episode 3 of <title>").
SERIES_BEFORE = (
    ("soap", "opera"),
    ("game", "show"),
    ("sitcom",),
    ("miniseries",),
    ("tv", "series"),
    ("tv", "show"),
    ("television", "series"),
    ("television", "show"),
)
PART_OF_A_SERIES = frozenset({"season", "seasons", "episode", "episodes"})
# How far before "of <title>" a part of a series may be: "the final episode of", "season 2 of".
PART_REACH = 3
# Verbs of a broadcast run said right after the title, with a part of a series a few words on: "<title> ran for at
# least one season" ("the best film of the season" has no such verb).
RUN_VERBS = frozenset({"ran", "run", "runs", "aired", "airs", "air", "lasted", "lasts"})
RUN_REACH = 6
# Words of a broadcast schedule said after such a verb: "<title> airs every weekday morning" (a film is shown
# once; a schedule is a series').
SCHEDULE_WORDS = frozenset(
    "weekday weekdays weeknight weeknights weekly nightly daily mondays tuesdays wednesdays thursdays fridays "
    "saturdays sundays".split()
)
# One of these is in every series noun above: a message with none takes the film for no series.
SERIES_WORDS = (
    frozenset({"series", "season", "seasons", "episode", "episodes", "sitcom", "miniseries", "opera", "show"})
    | SCHEDULE_WORDS
)


# Parts only a series has, in Japanese: "シーズン3", "第13話", "各エピソード", "最終回". Said in a question answered
# about the film, they take it for a series (a Japanese question often names no title beside them).
JAPANESE_SERIES_PARTS = re.compile(r"シーズン|エピソード|第\s*[0-9０-９一二三四五六七八九十]+\s*話|話数|最終回|各話")


def takes_the_film_for_a_series(text: str, lexicon: Lexicon) -> bool:
    """Whether a series noun stands right beside one of the film's titles in `text` (in Japanese: a part only a
    series has, anywhere)."""
    if has_japanese(text):
        return JAPANESE_SERIES_PARTS.search(text) is not None
    words = tokens(text)
    if not SERIES_WORDS & set(words):
        return False  # most messages: no need to find the titles
    for hit in lexicon.find(words, ("film",)):
        if " ".join(words[hit.start : hit.end]) not in lexicon.film_titles:
            continue  # "it", "the movie": a pointer, often said of a series asked about
        after = tuple(words[hit.end : hit.end + 3])
        if any(after[: len(run)] == run for run in SERIES_AFTER):
            return True
        before = tuple(words[max(0, hit.start - 3) : hit.start])
        if any(before[len(before) - len(run) :] == run for run in SERIES_BEFORE if len(before) >= len(run)):
            return True
        if before[-1:] == ("of",) and PART_OF_A_SERIES & set(words[max(0, hit.start - 1 - PART_REACH) : hit.start]):
            return True
        if after[:1] and after[0] in RUN_VERBS and PART_OF_A_SERIES & set(words[hit.end : hit.end + RUN_REACH]):
            return True
        if after[:1] and after[0] in RUN_VERBS and SCHEDULE_WORDS & set(words[hit.end : hit.end + RUN_REACH]):
            return True  # "<title> airs every weekday morning"
    return False
