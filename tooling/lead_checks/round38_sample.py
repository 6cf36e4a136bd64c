"""The lead's round-38 check set: a seeded random sample of SParC's crowd-written question sequences about databases of
films, TV, books and music, each opening question with the same sequence's later questions.

Reads one dataset from its mirror on this machine (`git show <commit>:<path>`, nothing is downloaded):

- SParC (Tao Yu, Rui Zhang, Michihiro Yasunaga, Yi Chern Tan, Xi Victoria Lin, Suyi Li, Heyang Er, Irene Li, Bo Pang,
  Tao Chen, Emily Ji, Shreya Dixit, David Proctor, Sungrok Shim, Jonathan Kraft, Vincent Zhang, Caiming Xiong, Richard
  Socher and Dragomir Radev, "SParC: Cross-Domain Semantic Parsing in Context", ACL 2019): sequences of questions that
  college students wrote, one after another, to explore a database they were shown (its tables and columns): a first
  question, then follow-ups that lean on it ("What about their ratings ?", "Who directed those movies ?"), each
  sequence towards a goal of its own. The authors distribute the data from their task page only (their repository
  taoyds/sparc carries the evaluation code, not the data), so it is read from the copy preprocessed for EditSQL (Rui
  Zhang et al., EMNLP 2019) in sahara2001/editsql, a fork of ryanzhumich/editsql, at commit d4325ac (2020-01-02, its
  newest; the two files entered in 10dd0ea, 2019-12-20, and are unchanged since): data/sparc_data/dev.json (422
  sequences) and data/sparc_data/train.json (3,034), both present in the mirror (the fork's data/sparc/train.json,
  like the upstream's, is an absent blob and is not read). Each file is a run of JSON objects, one a sequence, not one
  JSON value. EditSQL's preprocessing tokenised the questions: a space before punctuation and clitics ("actors ' first
  name"), PTB quotes (`` and ''); kept as the data gives them, casing and typos kept. Only each question's `utterance`
  (and the sequence's `database_id` and `interaction_id`, to cite it) is read, never the SQL, the database or the
  sequence's `final` goal. Licence: CC BY-SA 4.0 (a Hugging Face catalogue card of SParC gives cc-by-sa-4.0, the
  licence of Spider, on which SParC is built; another card gives cc-by-4.0); the fork's repository carries the MIT
  licence for EditSQL's code (LICENSE, Rui Zhang). Cited as `SParC <split> <database_id> <interaction_id>.<turn>` (dev
  or train; turns counted from 1).

Pool: the opening questions of the sequences (dev, then train, in file order) about the databases of films, TV, books
and music (SCREEN_DATABASES below: films and their ratings, a film-rental store's catalogue, cinemas and their
schedules, films' market estimates, a culture company's books and films, musicals and their actors, a festival's
nominated artworks, TV programmes and channels, TV series and cartoons, books and publications, songs, albums, bands,
singers, concerts, orchestras); the question asks about what its database holds, so no word filter is used. An
opening question repeated (compared without case or punctuation) is kept once, at its first place. SParC's sequences
are its dialogues: each candidate prints the same sequence's later questions ("turn <n>: <text>"), at most
FOLLOW_UPS: the probe file makes those of them that can be adapted follow-ups of the candidate, with the names
changed the same way, as round 37 did with FriendsQA's same-scene questions.

Questions that any tests/nlu/probes*.yml already cites (by a `SParC <split> <database> <id>.<turn>` citation), quotes
or asks word for word are left out. The pool is shuffled with a fixed seed and printed in that order. The probe file
tests/nlu/probes_round38_lead_check.yml takes the candidates in this order, skipping only those that cannot be adapted
to a question about this single film (its header says which ranks were skipped).

    python -m tooling.lead_checks.round38_sample [--sparc N]
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from tooling.lead_checks.mirrors import (
    MIRRORS,
    Candidate,
    cited_earlier,
    first_unseen,
    git_text,
    normalised,
    one_source_main,
    stored_in_folder,
)

SEED = 38
FOLLOW_UPS = 4  # a sequence holds at most 5 questions here, so all its later ones are printed
OWN_FILE = "probes_round38_lead_check.yml"

SPARC = MIRRORS / "sahara2001+editsql" / "repo"
# The commit read (the repository's newest when mirrored; the data files are unchanged since 10dd0ea).
SPARC_COMMIT = "d4325ac996d1ed0069def6d349e43e2a1914e761"
SPARC_FOLDER = "data/sparc_data/"
# The files read, in this order, with the split each is cited by.
SPARC_FILES = (("dev", "dev.json"), ("train", "train.json"))
# The databases of films, TV, books and music (their ids as SParC gives them).
SCREEN_DATABASES = frozenset(
    {
        "movie_1",  # films, reviewers, ratings
        "sakila_1",  # a film-rental store: films, actors, categories, languages, rentals
        "cinema",  # cinemas, films, schedules
        "film_rank",  # films, markets, estimates
        "culture_company",  # book clubs, films, culture companies
        "musical",  # musicals, their actors and awards
        "entertainment_awards",  # festivals, artworks, nominations
        "program_share",  # TV programmes, channels, broadcasts
        "tvshow",  # TV channels, TV series, cartoons
        "book_2",  # books, publications
        "music_1",  # songs, artists, genres, files
        "music_2",  # songs, albums, bands, instruments, vocals
        "music_4",  # artists, volumes, music festivals
        "singer",  # singers, songs
        "concert_singer",  # singers, stadiums, concerts
        "orchestra",  # conductors, orchestras, performances, shows
    }
)
CITED_SPARC = re.compile(r"\bSParC\s+(?:dev|train)\s+(\w+\s+\d+\.\d+)")
SOURCE = "SParC"  # its name in citations and in the ranked output


@dataclass(frozen=True)
class Sequence:
    split: str
    database: str
    interaction: int
    questions: tuple[str, ...]

    @property
    def text(self) -> str:
        return self.questions[0]

    def cited(self, turn: int) -> str:
        """Its question `turn` (from 1) as the probe comments cite it, less the source and split."""
        return f"{self.database} {self.interaction}.{turn}"


def one_line(text: str) -> str:
    return " ".join(text.split())


def json_run(text: str) -> list[dict]:
    """The JSON objects of a text that holds them one after another (not one JSON value)."""
    decoder = json.JSONDecoder()
    found: list[dict] = []
    position = 0
    while True:
        while position < len(text) and text[position].isspace():
            position += 1
        if position >= len(text):
            return found
        value, position = decoder.raw_decode(text, position)
        found.append(value)


def sparc_file(split: str, name: str) -> list[Sequence]:
    """Every sequence of one stored SParC file about a SCREEN_DATABASES database, in file order."""
    found: list[Sequence] = []
    for sequence in json_run(git_text(SPARC, SPARC_FOLDER + name, SPARC_COMMIT)):
        questions = tuple(one_line(turn["utterance"]) for turn in sequence["interaction"])
        if sequence["database_id"] in SCREEN_DATABASES and questions and all(questions):
            found.append(Sequence(split, sequence["database_id"], int(sequence["interaction_id"]), questions))
    return found


def sparc_sequences() -> list[Sequence]:
    """The screen sequences of the stored SParC files, in SPARC_FILES order and file order."""
    present = stored_in_folder(SPARC, SPARC_COMMIT, SPARC_FOLDER)
    return [sequence for split, name in SPARC_FILES if name in present for sequence in sparc_file(split, name)]


def pool() -> list[Candidate]:
    skip = cited_earlier(OWN_FILE, {SOURCE: CITED_SPARC}, asks=True)
    kept = first_unseen(
        sparc_sequences(),
        lambda sequence: sequence.text,
        lambda sequence: sequence.cited(1) in skip.ids[SOURCE] or normalised(sequence.text) in skip.texts,
    )
    return [
        Candidate(
            SOURCE,
            f"{sequence.split} {sequence.cited(1)}",
            sequence.text,
            tuple(
                f"turn {turn}: {question}" for turn, question in enumerate(sequence.questions[1 : FOLLOW_UPS + 1], 2)
            ),
        )
        for sequence in kept
    ]


def main() -> None:
    one_source_main(__doc__.splitlines()[0], SOURCE, pool, SEED)


if __name__ == "__main__":
    main()
