"""The lead's round-80 check set: a seeded random sample of the questions that Japanese speakers typed to each other
in the three-person text chats of the Multi-Relational Multi-Party Chat Corpus about films, TV, actors, books and
music, each with the message before it and the same chat's later such questions.

Reads one dataset from its mirror on this machine (`git show <commit>:<path>`, nothing is downloaded):

- Multi-Relational Multi-Party Chat Corpus (Taro Tsuda, Sanae Yamashita, Koji Inoue, Tatsuya Kawahara and Ryuichiro
  Higashinaka, "Constructing a Multi-Party Conversational Corpus Focusing on Interlocutor Relationships", SemDial
  2025; in Japanese at NLP2025): about 1,000 Japanese text chats among three people, each typing as themselves, either
  three strangers meeting for the first time (A_first_time) or two members of a family with a stranger (B_family),
  about a hundred messages each; personal details are masked as "＊＊". Read from the authors' repository
  nu-dialogue/multi-relational-multi-party-chat-corpus at commit e6e39cb (2025-08-18, its newest when mirrored; the
  dialogues entered in 1db7d1f, v1.0.0): every multi_relational_multi_party_chat_corpus/dialogues/<type>/<id>.json
  (960 chats: 477 A_first_time, 483 B_family), all present. Only each utterance's `utterance_id` and `text` are read,
  never the speakers' personas, personality scores, demographics, mentions or evaluations. The Japanese is kept as
  typed (runs of whitespace, line breaks among them, read as one space). Licence: CC BY-SA 4.0 (the repository's
  README and LICENSE). Cited as `MRMPChat <dialogue>.<utterance>` (the `dialogue_id` and the `utterance_id`, from 0).

Pool: the messages that ask (a "？" or "?") and either use a film, TV, actor, book or music word (SCREEN_WORDS below)
or answer a message that uses one (the message just before it: "誰が出てるんですか？" after a film is named). The
filter also lets in words in another sense (sightseeing 観光 is left out, but karaoke and playing an instrument come
in by 歌 and 曲, watching sport by 観戦, cherry blossoms and dreams by 見ます and 見ました) and the chat's small talk
after such a word; they come with the rest of the sample, and the check takes its off-topic share from them. A text
repeated (compared without case or punctuation) is kept once, at its first place; questions an earlier probe file
cites, quotes or asks are left out (counts only are printed). Each candidate prints the message before it and the
same chat's later candidates, at most FOLLOW_UPS, each marked "[asked earlier]" when an earlier probe file quotes or
asks it word for word: the probe file makes those of them that can be adapted follow-ups of the candidate.

    python -m tooling.lead_checks.round80_sample [--mrmpchat N]
"""

from __future__ import annotations

import json
import re
import subprocess
from collections.abc import Sequence
from dataclasses import dataclass

from tooling.lead_checks.mirrors import (
    MIRRORS,
    Candidate,
    Cited,
    cited_earlier,
    normalised,
    one_line,
    one_source_main,
    print_left_out,
    stored_in_folder,
    unseen,
)

SEED = 80
FOLLOW_UPS = 4
OWN_FILE = "probes_round80_lead_check.yml"
SOURCE = "MRMPChat"  # its name in citations and in the ranked output

MRMP = MIRRORS / "nu-dialogue+multi-relational-multi-party-chat-corpus" / "repo"
# The commit read (the repository's newest when mirrored; the dialogues are unchanged since 1db7d1f).
MRMP_COMMIT = "e6e39cb896df88781c7a2e0451226a527c5f1e2e"
DIALOGUES = "multi_relational_multi_party_chat_corpus/dialogues/"
KINDS = ("A_first_time", "B_family")

# Films, drama series, anime, actors, books, manga, songs, singers, bands, watching and reading, as the speakers type
# them ("観" but not sightseeing, "本" only as a book, "読" as reading).
SCREEN_WORDS = re.compile(
    r"映画|ドラマ|アニメ|俳優|女優|役者|主演|出演|キャスト|監督|原作|小説|漫画|マンガ|まんが|コミック|ジブリ|"
    r"ネットフリックス|Netflix|ネトフリ|アマプラ|プライムビデオ|サブスク|配信|邦画|洋画|主題歌|歌手|アーティスト|"
    r"アイドル|ジャニーズ|曲|音楽|歌|バンド|ライブ|作家|読書|本を|本は|本が|漫画家|読ん|読み|観(?!光)|見まし|見ます|"
    r"見てい|見てま|見た|見れ|見る"
)
QUESTION = re.compile(r"[?？]")
CITED_MRMP = re.compile(r"\bMRMPChat\s+([AB]\d{5}\.\d+)\b")


@dataclass(frozen=True)
class Message:
    dialogue: str
    number: int  # the utterance_id
    text: str

    @property
    def cited(self) -> str:
        return f"{self.dialogue}.{self.number}"


def chat_files() -> list[str]:
    """The chat files of both folders whose content the mirror holds, in folder and name order."""
    return [
        f"{DIALOGUES}{kind}/{name}"
        for kind in KINDS
        for name in sorted(stored_in_folder(MRMP, MRMP_COMMIT, f"{DIALOGUES}{kind}/"))
        if name.endswith(".json")
    ]


def chat_texts(paths: Sequence[str]) -> list[str]:
    """The files' texts, read in one `git cat-file --batch` (a thousand `git show` calls would be slow)."""
    specs = "".join(f"{MRMP_COMMIT}:{path}\n" for path in paths).encode()
    out = subprocess.run(
        ["git", "-C", str(MRMP), "cat-file", "--batch"], input=specs, capture_output=True, check=True
    ).stdout
    texts, position = [], 0
    for _ in paths:
        header_end = out.index(b"\n", position)
        size = int(out[position:header_end].split()[2])
        texts.append(out[header_end + 1 : header_end + 1 + size].decode("utf-8"))
        position = header_end + 1 + size + 1
    return texts


def chats() -> list[tuple[str, list[Message]]]:
    """Each chat's id with its messages, in file order (only `utterance_id` and `text` are read)."""
    found = []
    for text in chat_texts(chat_files()):
        item = json.loads(text)
        dialogue = str(item["dialogue_id"])
        messages = [Message(dialogue, u["utterance_id"], one_line(u["text"] or "")) for u in item["utterances"]]
        found.append((dialogue, messages))
    return found


def asks_about_screen(messages: Sequence[Message], index: int) -> bool:
    """Whether the message asks and it, or the message it answers, uses a SCREEN_WORDS word."""
    text = messages[index].text
    if not QUESTION.search(text):
        return False
    return bool(SCREEN_WORDS.search(text) or (index and SCREEN_WORDS.search(messages[index - 1].text)))


def asked_before(text: str, skip: Cited) -> str:
    """A mark for a follow-up that an earlier probe file quotes or asks word for word (the check leaves it out)."""
    return " [asked earlier]" if normalised(text) in skip.texts else ""


def pool(skip: Cited) -> tuple[list[Candidate], int]:
    """The pool (each with the message before and the chat's later candidates), and how many of its questions an
    earlier probe file cites, quotes or asks."""
    questions: list[Message] = []
    context: dict[Message, tuple[str, ...]] = {}
    for _, messages in chats():
        asked = [(index, message) for index, message in enumerate(messages) if asks_about_screen(messages, index)]
        for position, (index, message) in enumerate(asked):
            before = (f"before {messages[index - 1].number}: {messages[index - 1].text}",) if index else ()
            later = tuple(
                f"turn {other.number}: {other.text}{asked_before(other.text, skip)}"
                for _, other in asked[position + 1 :]
            )[:FOLLOW_UPS]
            context[message] = before + later
            questions.append(message)
    kept, seen = unseen(questions, lambda message: message.cited, lambda message: message.text, skip, SOURCE)
    return [Candidate(SOURCE, message.cited, message.text, context[message]) for message in kept], seen


def main() -> None:
    skip = cited_earlier(OWN_FILE, {SOURCE: CITED_MRMP}, asks=True)
    found, seen = pool(skip)
    print_left_out(((SOURCE, seen),))
    one_source_main(__doc__.splitlines()[0], SOURCE, lambda: found, SEED)


if __name__ == "__main__":
    main()
