"""The lead's round-114 check set: a seeded random sample of ROSTD's requests, things that people wrote in their own
words as they would say them to a voice assistant, keeping those about films, TV, actors, books and music (and the
off-topic ones the filter lets in), each with the later-ranked requests that ask about the same kind of subject.

Reads one dataset from its mirror on this machine (`git show <commit>:<path>`, nothing is downloaded):

- ROSTD, "Real Out-of-Domain Sentences From Task-oriented Dialog" (Varun Gangal, Abhinav Arora, Arash Einolghozati
  and Sonal Gupta, "Likelihood Ratios and Generative Classifiers for Unsupervised Out-of-Domain Detection In Task
  Oriented Dialog", AAAI 2020, arXiv:1912.12800): 4,590 English requests to a voice assistant that annotators authored
  themselves, told beforehand that they must fall outside the assistant's domains (alarms, reminders and weather: the
  in-domain set of Schuster et al., NAACL 2019). They ask an assistant for everything else: films, shows, songs,
  books, the news, shopping, trivia, the asker's own life. Read from the authors' repository vgtomahawk/LR_GC_OOD at
  commit 7650edf (7650edfbedea05a3c4e66d98bdfc94a0d2fba737, 2020-06-27, its newest; the file entered in f54da82,
  2019-11-18): data/fbrelease/OODrelease.tsv, present (294,671 bytes; a real blob, not an LFS pointer). One request
  a line, "outOfDomain<TAB>FILLER<TAB><request><TAB>FILLER" (the README: the third field is the only one of
  interest); only the third field and the line number are read. The copies of the same requests mixed into the
  repository's split files (code/data/fbrelease*/unsup/) are not read. The requests are kept as typed, their casing,
  spelling, spacing and speech-like slips. Licence: none stated (the repository has no licence file; its README gives
  the data for research with a request to cite the paper). Cited as `ROSTD <line>` (the line in OODrelease.tsv, from
  1).

Pool: the requests (in file order) that use a film, TV, actor, book or music word (SCREEN_WORDS below); the filter also
lets in requests where such a word has another sense ("show me" a tutorial, "book" a hotel, a "band" of a watch, a
World "Series"); they come with the rest of the sample. A request repeated (compared without case or punctuation) is
kept once, at its first place; requests an earlier probe file cites, quotes or asks are left out (counts only are
printed).

Each candidate prints the later-ranked candidates that ask about the same kind of subject (SUBJECT_KINDS below: a song
or singer, a book or its author, a performer or character, a film or show), with their ranks in the seeded order, at
most FOLLOW_UPS: the set has no dialogues (each request stands alone), so the probe file makes those of them that can
be adapted follow-ups of the candidate, with the names changed the same way, as rounds 72 and 96 did. The kind is a
rough guide for the writer, who reads each request.

    python -m tooling.lead_checks.round114_sample
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
    ranked_with_later_of_kind,
    stored_in_folder,
    unseen,
)

SEED = 114
FOLLOW_UPS = 4
OWN_FILE = "probes_round114_lead_check.yml"
SOURCE = "ROSTD"  # its name in citations and in the ranked output

ROSTD = MIRRORS / "vgtomahawk+LR_GC_OOD" / "repo"
# The commit read (the repository's newest when mirrored).
ROSTD_COMMIT = "7650edfbedea05a3c4e66d98bdfc94a0d2fba737"
FOLDER = "data/fbrelease"
NAME = "OODrelease.tsv"
TEXT_FIELD = 2  # the third tab-separated field holds the request; the others are the label and fillers

# Film, TV, actor, book and music words, as people say them to an assistant.
SCREEN_WORDS = re.compile(
    r"\b(?:movies?|films?|filmed|filming|cinemas?|theaters?|theatres?|actors?|actress(?:es)?|acting|starr(?:ed|ing)|"
    r"cast|characters?|directors?|directed|scenes?|plots?|sequels?|episodes?|seasons?|series|tv|television|shows?|"
    r"sitcoms?|cartoons?|anime|manga|hollywood|oscars?|imdb|dvds?|trailers?|premiere|box office|screenplay|"
    r"novels?|novelists?|books?|authors?|writers?|wrote|written|poems?|poets?|fiction|kindle|audiobooks?|"
    r"songs?|singers?|sang|sings?|bands?|albums?|music|musicians?|lyrics|soundtracks?|composers?|concerts?|"
    r"rappers?|roles?|played|netflix|hulu|blockbuster)\b",
    re.IGNORECASE,
)
# What a request asks about, by its wording, the first that matches.
SUBJECT_KINDS = (
    (
        "music",
        re.compile(
            r"\b(?:songs?|singers?|sang|sings?|bands?|albums?|music|musicians?|lyrics|soundtracks?|composers?|"
            r"concerts?|rappers?)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "book",
        re.compile(
            r"\b(?:novels?|novelists?|books?|authors?|writers?|wrote|written|poems?|poets?|fiction|manga|kindle|"
            r"audiobooks?)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "person",
        re.compile(
            r"\b(?:actors?|actress(?:es)?|acting|starr(?:ed|ing)|cast|characters?|roles?|played|directors?|"
            r"directed)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "work",
        re.compile(
            r"\b(?:movies?|films?|filmed|filming|cinemas?|theaters?|theatres?|scenes?|plots?|sequels?|episodes?|"
            r"seasons?|series|tv|television|shows?|sitcoms?|cartoons?|anime|hollywood|oscars?|imdb|dvds?|"
            r"trailers?|premiere|box office|screenplay|netflix|hulu|blockbuster)\b",
            re.IGNORECASE,
        ),
    ),
)
CITED_ROSTD = re.compile(r"\bROSTD\s+(\d+)\b")


@dataclass(frozen=True)
class Request:
    line: str  # its line in OODrelease.tsv, from 1
    text: str
    kind: str  # a SUBJECT_KINDS name, or "" when none matches

    @property
    def cited(self) -> str:
        return self.line


def requests() -> list[Request]:
    """The release file's requests that use a SCREEN_WORDS word, in file order (only each line's third field and its
    number are read); none when the file's content is not in the mirror."""
    if NAME not in stored_in_folder(ROSTD, ROSTD_COMMIT, FOLDER + "/"):
        return []
    found: list[Request] = []
    for number, line in enumerate(git_text(ROSTD, f"{FOLDER}/{NAME}", ROSTD_COMMIT).splitlines(), 1):
        fields = line.split("\t")
        if len(fields) <= TEXT_FIELD:
            continue
        text = one_line(fields[TEXT_FIELD])
        if text and SCREEN_WORDS.search(text):
            found.append(Request(str(number), text, kind_of(text, SUBJECT_KINDS)))
    return found


def where(request: Request) -> str:
    return f"{request.cited} ({request.kind or '-'})"


def pool(skip: Cited) -> tuple[list[Candidate], int]:
    """The pool, each candidate with its same-kind later candidates, and how many of the pool's requests an earlier
    probe file cites, quotes or asks."""
    kept, seen = unseen(requests(), lambda request: request.cited, lambda request: request.text, skip, SOURCE)
    return ranked_with_later_of_kind(kept, SOURCE, where, SEED, FOLLOW_UPS), seen


def main() -> None:
    skip = cited_earlier(OWN_FILE, {SOURCE: CITED_ROSTD}, asks=True)
    found, seen = pool(skip)
    print_left_out(((SOURCE, seen),), unit="requests")
    print_quietly(((SOURCE, found, len(found)),), SEED)


if __name__ == "__main__":
    main()
