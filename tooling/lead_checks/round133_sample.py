"""The lead's round-133 check set: a seeded random sample of the opening lines that real people wrote on Japanese web
pages (blog posts, reviews, diaries, fan pages, shop and news pages), kept in Japanese as written, those that mention
a film, drama, anime, book, novel, actor, singer, song, music, or watching and reading, each with the later-ranked
leads of the same kind of subject.

Reads one dataset from its mirror on this machine (`git show <commit>:<path>`, nothing is downloaded):

- KWDLC, the Kyoto University Web Document Leads Corpus (Masatsugu Hangyo, Daisuke Kawahara and Sadao Kurohashi,
  "Building a Diverse Document Leads Corpus Annotated with Semantic Relations", PACLIC 26, 2012; discourse layer:
  Kawahara et al., COLING 2014): the first three sentences of about 5,000 Japanese web documents crawled in 2011
  (blogs, reviews, news, encyclopedic and commercial pages), as their writers typed them. Read from the authors'
  repository ku-nlp/KWDLC at commit c6ae49d (c6ae49d2..., its newest when mirrored): the raw corpus `org/<dir>/
  <document id>.org` (5,127 files, each present, none an absent blob), one `# S-ID:<document id>-<n>` line before
  each sentence. The annotated layers (knp/, disc/) and the id/ splits are not read. Licence: the README states none
  (the documents were published on the web; the corpus is released for NLP research, and its authors remove a
  document on its owner's request); quoted here for research as the earlier checks quote other sites' posts. Cited as
  `KWDLC <document id>`.

Why this source: the brief's idea, WRIME (ids-cv/wrime), is already cited by an earlier probe file, so another set of
Japanese posts that real people wrote is read instead; no earlier probe file or sampler names KWDLC.

Pool: the documents (in path order) whose lead, its sentences joined with a space, uses a film, drama, anime, book,
novel, actor, singer, song, music, watching or reading word (SCREEN_WORDS below), at most MAX_CHARS characters (本 only
as a book: この本, 本を and the like, not 日本, 本当, 本日; 曲 not as a curve). The filter also lets in leads where
such a word has another sense (見た of any sight, a 曲 of a dance lesson); they come with the rest of the sample. A
lead repeated is kept once; leads an earlier probe file cites, quotes or asks are left out (counts only are printed).

Each candidate prints the later-ranked candidates of its kind of subject (SUBJECT_KINDS below: work, book, music,
person), at most FOLLOW_UPS, with their ranks in the seeded order: KWDLC gives each lead alone (no threads), so the
probe file makes those that can be adapted follow-ups of the candidate, as round 108 did.

    python -m tooling.lead_checks.round133_sample
"""

from __future__ import annotations

import re
import subprocess
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
    stored_files,
    unseen,
)

SEED = 133
FOLLOW_UPS = 6
MAX_CHARS = 240
OWN_FILE = "probes_round133_lead_check.yml"
SOURCE = "KWDLC"  # its name in citations and in the ranked output

KWDLC = MIRRORS / "ku-nlp+KWDLC" / "repo"
# The commit read (the repository's newest when mirrored).
KWDLC_COMMIT = "c6ae49d"
RAW_FILES = r"^org/.*\.org$"

# Film, drama, anime, book, music, actor, watching and reading words, as Japanese writers use them.
SCREEN_WORDS = re.compile(
    r"映画|ドラマ|アニメ|シネマ|上映|主演|俳優|女優|役者|原作|DVD|ネトフリ|Netflix|観た|観て|見た(?!目)|"
    r"小説|読んだ|読書|読み返|作家|漫画|(?:この|その|あの|[をがはもの])本(?![当日来格物部社店人番気場年校学舗堂])|"
    r"本(?:を|が|は)|主題歌|歌手|歌詞|アルバム|ライヴ|ライブ|(?<![編作])曲(?![線がげ])|音楽(?!室)"
)
# The kinds of subject, the first whose pattern a lead matches.
SUBJECT_KINDS = (
    ("person", re.compile(r"俳優|女優|役者|歌手|主演")),
    ("work", re.compile(r"映画|ドラマ|アニメ|シネマ|上映|DVD|ネトフリ|Netflix|観た|観て")),
    ("book", re.compile(r"小説|読んだ|読書|読み返|作家|漫画|原作|本(?:を|が|は)")),
    ("music", re.compile(r"主題歌|歌詞|アルバム|ライヴ|ライブ|曲|音楽")),
)
SENTENCE_ID = re.compile(r"^# S-ID:(\S+)-\d+\b")
CITED_KWDLC = re.compile(r"\bKWDLC\s+(w\d+-\d+)\b")


@dataclass(frozen=True)
class Lead:
    document: str  # the document id, "w201106-<n>"
    text: str  # its sentences, joined with a space
    kind: str  # a SUBJECT_KINDS name, or "" when none matches


def full_commit() -> str:
    return subprocess.run(
        ["git", "-C", str(KWDLC), "rev-parse", KWDLC_COMMIT], capture_output=True, text=True, check=True
    ).stdout.strip()


def lead_of(path: str) -> tuple[str, str]:
    """A raw file's document id and its sentences, joined with a space."""
    document = path.rpartition("/")[2].removesuffix(".org")
    sentences = [line for line in git_text(KWDLC, path, KWDLC_COMMIT).splitlines() if not SENTENCE_ID.match(line)]
    return document, one_line(" ".join(sentences))


def leads() -> list[Lead]:
    found: list[Lead] = []
    for path in stored_files(KWDLC, RAW_FILES):
        document, text = lead_of(path)
        if text and len(text) <= MAX_CHARS and SCREEN_WORDS.search(text):
            found.append(Lead(document, text, kind_of(text, SUBJECT_KINDS)))
    return found


def where(lead: Lead) -> str:
    return f"{SOURCE} {lead.document} ({lead.kind or '-'})"


def pool(skip: Cited) -> tuple[list[Candidate], int]:
    """The pool, each candidate with its same-kind later candidates; and how many an earlier probe file cites, quotes
    or asks."""
    kept, seen = unseen(leads(), lambda lead: lead.document, lambda lead: lead.text, skip, SOURCE)
    return ranked_with_later_of_kind(kept, SOURCE, where, SEED, FOLLOW_UPS), seen


def main() -> None:
    skip = cited_earlier(OWN_FILE, {SOURCE: CITED_KWDLC}, asks=True)
    found, seen = pool(skip)
    print(f"# {SOURCE} commit {full_commit()}")
    print_left_out(((SOURCE, seen),), unit="leads")
    print_quietly(((SOURCE, found, len(found)),), SEED)


if __name__ == "__main__":
    main()
