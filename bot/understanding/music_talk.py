"""Music at large, not the film's: "what are some other indie bands that were popular in the early 2000s?", "are
there any contemporary disco artists today?", "why isn't disco popular anymore?".

The film has one song and one score, and the store holds their makers. A question about a style of music, or about
bands, singers or artists in the plural with nothing pointing at ours ("the", "their", "its"), speaks of music in
general: the caller has checked that nothing in the message names or points at this film, its people or its works,
and refuses it as another topic, where the attribute words it holds ("popular") would otherwise be read as the
film's. Rasa-free.
"""

from __future__ import annotations

from collections.abc import Sequence

# Styles of music, none of which the film's song or score is said to be (the store's music credits hold no style).
MUSIC_STYLES = frozenset(
    "disco metal punk jazz techno edm reggae grunge blues funk hiphop rap dubstep ska bluegrass".split()
)
# Two-word styles, as word pairs (tokens split "hip-hop" into two).
MUSIC_STYLE_PAIRS = frozenset({("heavy", "metal"), ("hip", "hop"), ("country", "music"), ("classical", "music")})
# People of music in the plural: any such people, unless a word before points at some ("their bands").
MUSIC_PEOPLE = frozenset({"bands", "singers", "musicians", "rappers", "artists", "djs", "dj's", "composers"})
# Words before a plural that point at ones already known: "the bands", "his singers", "both artists".
POINTING = frozenset({"the", "these", "those", "its", "his", "her", "their", "both", "our", "your"})
POINTING_REACH = 3


def music_in_general(words: Sequence[str]) -> str | None:
    """The word that makes the message speak of music in general (a style, or music people in the plural that
    nothing points at), or None."""
    for at, word in enumerate(words):
        if word in MUSIC_STYLES or tuple(words[at : at + 2]) in MUSIC_STYLE_PAIRS:
            return word
        if word in MUSIC_PEOPLE and not POINTING & set(words[max(0, at - POINTING_REACH) : at]):
            return word
    return None
