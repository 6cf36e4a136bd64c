"""The lead's round-44 check set: a seeded random sample of the questions that crowd workers asked, one after another,
in TopiOCQA's information-seeking conversations about films, TV, actors, books and music, each with the same
conversation's later questions.

Reads one dataset from its mirror on this machine (`git show <commit>:<path>`, nothing is downloaded):

- TopiOCQA (Vaibhav Adlakha, Shehzaad Dhuliawala, Kaheer Suleman, Harm de Vries and Siva Reddy, "TopiOCQA:
  Open-domain Conversational Question Answering with Topic Switching", TACL 2022): conversations between two crowd
  workers, a questioner who asks whatever they want to know, in their own words, and an answerer who reads Wikipedia;
  the questioner leans on what was said before ("who are the actors?", "what is it about?", "did he win any
  awards?") and now and then moves to a related topic (from a film to its lead, from a song to its band, from a band
  to its city), a conversation holding up to 25 questions. The first question of most conversations is not the
  workers' own: it is a Natural Questions search query (`is_nq`), which this sampler never takes or prints (a context
  line shows only its topic). The authors' repository McGill-NLP/topiocqa now links the data from its own download
  server only; its topiocqa.zip was added in 719c454, deleted, added again in 215607a, replaced in 1accbdc and
  deleted in e35eb9c: the copy read is the first, of commit 719c454 (2021-11-04, "Add files via upload"), present in
  the mirror (4,056,769 bytes; the copies of 215607a and 1accbdc are absent blobs, and the newest commit, 49b710e of
  2023-11-15, holds no data). The zip holds topiocqa_dev.json (2,514 questions in 205
  conversations) and topiocqa_train.json (45,450 in 3,509), both read. Each is one JSON list of turns; only each
  turn's `Conversation_no`, `Turn_no`, `Question`, `is_nq`, `Topic` (the Wikipedia article the answerer was reading,
  "Title (film)") and `Topic_section` (its section) are read, never the `Answer` or the `Context` (the earlier
  questions with their answers). The questions are kept as typed (casing, spelling, missing question marks and
  typos). Licence: CC BY-NC-SA 4.0 (the repository's LICENSE). Cited as `TopiOCQA <split> <conversation>.<turn>`
  (dev or train; the numbers as the data gives them, both counted from 1).

Pool: the workers' own questions (not `is_nq`; dev, then train; file order, which is conversation and turn order)
about films, TV, actors, books or music: those whose topic's Wikipedia title carries a TOPIC_TAGS tag ("(film)",
"(TV series)", "(song)", "(album)", "(novel)", "(character)", "(season 2)", ...), or whose topic section is a
SCREEN_SECTIONS one ("Cast", "Plot", "Soundtrack", "Track listing", "Filmography", ...), or whose text uses a
SCREEN_WORDS word (below; "book" not as a verb, "show" only as a programme, "play" as a role). The filter also lets
in questions where a film is only a step to a place or a product, or where such a word has another sense (a video
game's plot, the cast of a plaster, a music video's location); they are kept as they come. A candidate repeated
(compared without case or punctuation) is kept once, at its first place. Each candidate prints its topic and section
(what its pronouns point at), the question just before it ("before <turn> [topic]: <text>"; a Natural Questions
query only by its topic) and the same conversation's later questions ("turn <n> [topic]: <text>"), at most
FOLLOW_UPS: the probe file makes those of them that can be adapted follow-ups of the candidate, with the names
changed the same way, as round 42 did with Empathetic Dialogues' later questions (those that have moved to a topic
with no counterpart in the film are left out).

Questions that any tests/nlu/probes*.yml already cites (by a `TopiOCQA <split> <conversation>.<turn>` citation),
quotes or asks word for word are left out. The pool is shuffled with a fixed seed and printed in that order. The
probe file tests/nlu/probes_round44_lead_check.yml takes the candidates in this order, skipping only those that
cannot be adapted to a question about this single film (its header says which ranks were skipped).

    python -m tooling.lead_checks.round44_sample [--topiocqa N]
"""

from __future__ import annotations

import io
import json
import re
import subprocess
import zipfile
from dataclasses import dataclass
from pathlib import Path

from tooling.lead_checks.mirrors import (
    MIRRORS,
    Candidate,
    cited_earlier,
    first_unseen,
    normalised,
    one_source_main,
    stored_in_folder,
)

SEED = 44
FOLLOW_UPS = 8  # a conversation holds up to 25 questions; more later ones are not printed
OWN_FILE = "probes_round44_lead_check.yml"

TOPIOCQA = MIRRORS / "McGill-NLP+topiocqa" / "repo"
# The commit read: the first of the two that added topiocqa.zip, the only one whose blob the mirror holds.
TOPIOCQA_COMMIT = "719c45488caf452befc49249744461a71ded4339"
TOPIOCQA_FOLDER = ""  # the zip sits at the repository's top
TOPIOCQA_ZIP = "topiocqa.zip"
# The files of the zip read, in this order, with the split each is cited by.
TOPIOCQA_FILES = (("dev", "topiocqa_dev.json"), ("train", "topiocqa_train.json"))

# The tags of Wikipedia titles ("Title (tag)") whose article is a film, a TV series or its season or episode, a
# character, a song, an album, a band or musician, a book or a play.
TOPIC_TAGS = re.compile(
    r"\((?:[^()]*\b(?:film|films|movie|TV series|series|miniseries|season \d+|series \d+|episode|TV program|"
    r"TV programme|sitcom|soap opera|talk show|game show|anime|manga|comics?|character|franchise|song|single|album|"
    r"EP|soundtrack|band|group|singer|rapper|musician|actor|actress|comedian|novel|novella|book|novel series|"
    r"musical|opera|play)\b[^()]*)\)\s*$",
    re.IGNORECASE,
)
# Sections of an article about a film, a series, a song, an album, a book or a performer.
SCREEN_SECTIONS = re.compile(
    r"^(?:Cast|Casting|Cast and characters|Characters|Main cast|Plot|Plot summary|Synopsis|Premise|Episodes|"
    r"Soundtrack|Music|Music video|Track listing|Personnel|Chart performance|Charts|Lyrics|Composition|"
    r"Filmography|Discography|Acting career|Music career|Film career|Television career|Box office|Filming|"
    r"Adaptations?|Film adaptation|Sequel|Sequels)\b",
    re.IGNORECASE,
)
# Film, TV, actor, book and music words, as TopiOCQA's questioners use them. "book" is left out where a word after
# it makes it the verb (book a trip, book tickets), "show" is kept only as a programme (a tv show, the show),
# "series" not as "a series of", "play" only as a role (play the role, played by).
SCREEN_WORDS = re.compile(
    r"\b(?:movies?|films?|filmed|cinemas?|actors?|actress(?:es)?|acting|starr(?:ed|ing)|co-?starr(?:ed|ing)|"
    r"characters?|directors?|directed|producers?|sequels?|prequels?|screenplays?|episodes?|seasons? \d+|"
    r"series(?! of)|tv|television|netflix|hbo|sitcoms?|cartoons?|anime|hollywood|oscars?|emmys?|grammys?|"
    r"documentar(?:y|ies)|(?:tv|talk|game|reality|the|that|this) shows?|novels?|novelists?|"
    r"books?(?! (?:a|an|the|me|us|it|you|him|her|them|tickets?|seats?|rooms?|tables?|flights?|trips?|in|for|now|up)\b)|"
    r"authors?|poems?|comics?|manga|songs?|singers?|sing|sings|singing|sang|sung|bands?|albums?|singles?|"
    r"musicians?|musicals?|lyrics|soundtracks?|composers?|concerts?|rapper|cast|box office|"
    r"play(?:ed|s)? (?:the )?(?:role|part|character)|played by|portray(?:ed|s)?)\b",
    re.IGNORECASE,
)
CITED_TOPIOCQA = re.compile(r"\bTopiOCQA\s+((?:dev|train)\s+\d+\.\d+)")
SOURCE = "TopiOCQA"  # its name in citations and in the ranked output


@dataclass(frozen=True)
class Turn:
    turn: int  # `Turn_no`, from 1
    text: str  # `Question`, as typed
    nq: bool  # `is_nq`: a Natural Questions query, never a candidate
    topic: str  # `Topic`, the Wikipedia title read by the answerer
    section: str  # `Topic_section`

    @property
    def about(self) -> str:
        return f"{self.topic} / {self.section}"

    @property
    def screen(self) -> bool:
        """Whether a workers' own question is about films, TV, actors, books or music."""
        return not self.nq and bool(
            TOPIC_TAGS.search(self.topic) or SCREEN_SECTIONS.search(self.section) or SCREEN_WORDS.search(self.text)
        )


@dataclass(frozen=True)
class Question:
    split: str
    conversation: int  # `Conversation_no`, from 1
    turns: tuple[Turn, ...]  # the conversation's turns, in turn order
    index: int  # the question's place among the turns, from 0

    @property
    def text(self) -> str:
        return self.turns[self.index].text

    def cited(self, index: int) -> str:
        """The conversation's turn `index` (from 0) as the probe comments cite it, less the source."""
        return f"{self.split} {self.conversation}.{self.turns[index].turn}"


def one_line(text: str) -> str:
    return " ".join(text.split())


def git_zip(repo: Path, path: str, commit: str) -> zipfile.ZipFile:
    """A zip file of a bare mirror at `commit`."""
    shown = subprocess.run(["git", "-C", str(repo), "show", f"{commit}:{path}"], capture_output=True, check=True)
    return zipfile.ZipFile(io.BytesIO(shown.stdout))


def conversations() -> list[tuple[str, int, tuple[Turn, ...]]]:
    """The conversations of the stored TopiOCQA files, in TOPIOCQA_FILES order and file order (only each turn's
    number, question, NQ flag, topic and section are read, never its answer or context)."""
    if TOPIOCQA_ZIP not in stored_in_folder(TOPIOCQA, TOPIOCQA_COMMIT, TOPIOCQA_FOLDER or "."):
        return []
    archive = git_zip(TOPIOCQA, TOPIOCQA_FOLDER + TOPIOCQA_ZIP, TOPIOCQA_COMMIT)
    found: list[tuple[str, int, tuple[Turn, ...]]] = []
    for split, name in TOPIOCQA_FILES:
        grouped: dict[int, list[Turn]] = {}
        for item in json.loads(archive.read(name).decode("utf-8")):
            turn = Turn(
                item["Turn_no"], one_line(item["Question"]), item["is_nq"], item["Topic"], item["Topic_section"]
            )
            grouped.setdefault(item["Conversation_no"], []).append(turn)
        found.extend((split, number, tuple(sorted(turns, key=lambda t: t.turn))) for number, turns in grouped.items())
    return found


def questions() -> list[Question]:
    """The workers' own screen questions of every conversation, in conversation and turn order."""
    return [
        Question(split, number, turns, index)
        for split, number, turns in conversations()
        for index, turn in enumerate(turns)
        if turn.text and turn.screen
    ]


def shown(turn: Turn) -> str:
    """A turn as the context lines print it: a Natural Questions query only by its topic."""
    return f"[{turn.about}]: " + ("(a Natural Questions query, not shown)" if turn.nq else turn.text)


def with_context(question: Question) -> Candidate:
    """A candidate with its topic, the question just before it and the same conversation's later questions (at most
    FOLLOW_UPS)."""
    turns, index = question.turns, question.index
    before = (f"before {turns[index - 1].turn} {shown(turns[index - 1])}",) if index else ()
    later = tuple(f"turn {turn.turn} {shown(turn)}" for turn in turns[index + 1 :] if not turn.nq)
    where = f"{question.cited(index)} [{turns[index].about}]"
    return Candidate(SOURCE, where, question.text, before + later[:FOLLOW_UPS])


def pool() -> list[Candidate]:
    skip = cited_earlier(OWN_FILE, {SOURCE: CITED_TOPIOCQA}, asks=True)
    kept = first_unseen(
        questions(),
        lambda question: question.text,
        lambda question: question.cited(question.index) in skip.ids[SOURCE] or normalised(question.text) in skip.texts,
    )
    return [with_context(question) for question in kept]


def main() -> None:
    one_source_main(__doc__.splitlines()[0], SOURCE, pool, SEED)


if __name__ == "__main__":
    main()
