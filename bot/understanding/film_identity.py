"""Which film is this? The conversation's own film asked for by a wh-word and a work noun (round 32, issue 10).

"What movie is this from?", "what show is this?", "which film are you about?": a wh-word before a film noun
usually picks among all films ("what movie should I see?", film_talk.films_in_general), but with the
conversation or the assistant as what it is said of, it asks which film this one is: its title, the year and
where it is shown. Rasa-free.
"""

from __future__ import annotations

from bot.understanding.film_talk import WH_DETERMINERS

WORK_NOUNS = frozenset({"movie", "film", "flick", "show", "series", "drama", "title"})
# What the question says the film is of, after "<wh> <noun>": this conversation, this scene, the assistant.
THIS = (
    ("is", "this"),
    ("is", "it"),
    ("is", "that"),
    ("is", "this", "from"),
    ("is", "this", "in"),
    ("is", "it", "from"),
    ("is", "that", "from"),
    ("is", "that", "in"),
    ("is", "this", "about"),
    ("is", "this", "chat", "about"),
    ("is", "this", "bot", "about"),
    ("is", "this", "bot", "for"),
    ("are", "you", "about"),
    ("are", "you", "for"),
    ("are", "you", "talking", "about"),
    ("are", "we", "talking", "about"),
    ("do", "you", "know", "about"),
    ("do", "you", "cover"),
    ("do", "you", "talk", "about"),
    ("do", "you", "answer", "questions", "about"),
    ("can", "you", "talk", "about"),
    ("can", "i", "ask", "about"),
    ("can", "i", "ask", "you", "about"),
)
# Words that only soften or tag the question ("what movie is this again?", "which film is this exactly").
TAGS = frozenset({"again", "exactly", "then", "anyway", "please", "here", "now"})


def this_film_asked(words: list[str]) -> bool:
    """ "What movie is this from?": a wh-word, a work noun and one of THIS, nothing else but tags."""
    if len(words) < 3 or words[0] not in WH_DETERMINERS or words[1] not in WORK_NOUNS:
        return False
    rest = tuple(word for word in words[2:] if word not in TAGS)
    return rest in THIS
