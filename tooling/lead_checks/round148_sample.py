"""The lead's round-148 check set: a seeded random sample of the text messages that real people sent from their own
phones and gave to the NUS SMS Corpus (National University of Singapore), keeping those that ask something and use a
film, TV, actor, book or music word (and the off-topic ones such a word lets in), each with the later-ranked messages
of the same sender.

Reads one dataset from its mirror on this machine (`git show <commit>:<path>`, nothing is downloaded):

- The NUS SMS Corpus (Tao Chen and Min-Yen Kan, "Creating a Live, Public Short Message Service Corpus: The NUS SMS
  Corpus", Language Resources and Evaluation 47(2), 2013, pages 299-355): short messages that volunteers, most of them
  in Singapore, typed on their phones and donated (collected 2003-2015), each with an anonymised sender. Read from the
  authors' repository kite1988/nus-sms-corpus at commit bf0a365 (2018-01-02, its newest): the English release of
  9 March 2015 in XML, smsCorpus_en_xml_2015.03.09_all.zip (the file entered in de702e8, 2016-11-06), present
  (2,415,584 bytes; a real blob, no LFS pointer): one file, smsCorpus_en_2015.03.09_all.xml, 55,835 messages. Only each
  message's id, text and sender (source/userProfile/userID; 0 is the 2003 collection's unknown sender) are read. The
  messages are kept as typed, their casing, spelling, Singlish and abbreviations ("u wan", "tml", "ü", "lor", "leh").
  Licence: the repository has no licence file; its README asks users to cite the paper (whose title calls the corpus
  public) and states no other terms. Cited as `NUS-SMS <message id>`.

Pool: the messages (in file order) of at most MAX_CHARS characters that hold a sentence ending in "?" (mirrors.asks)
and use a film, TV, actor, book or music word (SCREEN_WORDS below); the filter also lets in messages where such a word
has another sense ("book" a court, "show" me, "watch" out, "cast"), which come with the rest of the sample. A text
repeated (compared without case or punctuation) is kept once, at its first place; messages an earlier probe file
cites, quotes or asks are left out (counts only are printed).

Each candidate prints the later-ranked candidates sent by the same sender (its kind is `sender <user id>`; the 2003
collection's unknown sender has none), with their ranks in the seeded order, at most FOLLOW_UPS: the probe file makes
those of them that can be adapted follow-ups of the candidate, with the names changed the same way, so that a
conversation keeps one person's way of writing, as the sender's own messages do.

    python -m tooling.lead_checks.round148_sample
"""

from __future__ import annotations

import io
import re
import subprocess
import zipfile
from dataclasses import dataclass
from xml.etree import ElementTree

from tooling.lead_checks.mirrors import (
    MIRRORS,
    Candidate,
    Cited,
    asks,
    cited_earlier,
    one_line,
    print_left_out,
    print_quietly,
    ranked_with_later_of_kind,
    stored_in_folder,
    unseen,
)

SEED = 148
FOLLOW_UPS = 4
MAX_CHARS = 160
OWN_FILE = "probes_round148_lead_check.yml"
SOURCE = "NUS-SMS"  # its name in citations and in the ranked output

NUS_SMS = MIRRORS / "kite1988+nus-sms-corpus" / "repo"
# The commit read (the repository's newest when mirrored).
NUS_SMS_COMMIT = "bf0a365170d324e61e4025edf363d400f1edd1a6"
ARCHIVE = "smsCorpus_en_xml_2015.03.09_all.zip"
CORPUS = "smsCorpus_en_2015.03.09_all.xml"
UNKNOWN_SENDERS = {"", "0", "unknown"}

# Film, TV, actor, book and music words, as the senders write them (short forms and typos included).
SCREEN_WORDS = re.compile(
    r"\b(?:movies?|muvies?|movie|mov|films?|cinemas?|cine|theatres?|actors?|actress(?:es)?|starring|directors?|"
    r"directed|characters?|cast|plot|ending|sequels?|trailers?|episodes?|series|serials?|drama|dramas|tv|dvds?|vcds?|"
    r"shows?|watch(?:ed|es|ing)?|anime|cartoons?|books?|novels?|authors?|songs?|singers?|sang|sings?|bands?|albums?|"
    r"music|lyrics|concerts?|soundtracks?)\b",
    re.IGNORECASE,
)
CITED_NUS_SMS = re.compile(r"\bNUS-SMS\s+(\d+)\b")


@dataclass(frozen=True)
class Message:
    message_id: str  # the corpus's message id
    sender: str  # the anonymised sender (user id)
    text: str  # the message, as typed

    @property
    def kind(self) -> str:
        return "" if self.sender in UNKNOWN_SENDERS else f"sender {self.sender[:12]}"


def git_bytes(repo: object, path: str, commit: str) -> bytes:
    return subprocess.run(["git", "-C", str(repo), "show", f"{commit}:{path}"], capture_output=True, check=True).stdout


def messages() -> list[Message]:
    """The corpus's asking messages of at most MAX_CHARS characters that use a SCREEN_WORDS word, in file order."""
    if ARCHIVE not in stored_in_folder(NUS_SMS, NUS_SMS_COMMIT, "."):
        return []
    archive = zipfile.ZipFile(io.BytesIO(git_bytes(NUS_SMS, ARCHIVE, NUS_SMS_COMMIT)))
    found: list[Message] = []
    for message in ElementTree.fromstring(archive.read(CORPUS)).iter("message"):
        text = one_line(message.findtext("text") or "")
        if text and len(text) <= MAX_CHARS and asks(text) and SCREEN_WORDS.search(text):
            sender = (message.findtext("source/userProfile/userID") or "").strip()
            found.append(Message(message.get("id", ""), sender, text))
    return found


def where(message: Message) -> str:
    return f"{SOURCE} {message.message_id} ({message.kind or 'unknown sender'})"


def pool(skip: Cited) -> tuple[list[Candidate], int]:
    """The pool, each candidate with its same-sender later candidates, and how many of the pool's messages an earlier
    probe file cites, quotes or asks."""
    kept, seen = unseen(messages(), lambda found: found.message_id, lambda found: found.text, skip, SOURCE)
    return ranked_with_later_of_kind(kept, SOURCE, where, SEED, FOLLOW_UPS), seen


def main() -> None:
    skip = cited_earlier(OWN_FILE, {SOURCE: CITED_NUS_SMS}, asks=True)
    found, seen = pool(skip)
    print(f"# {SOURCE} commit {NUS_SMS_COMMIT}: {ARCHIVE} ({CORPUS})")
    print_left_out(((SOURCE, seen),), unit="messages")
    print_quietly(((SOURCE, found, len(found)),), SEED)


if __name__ == "__main__":
    main()
