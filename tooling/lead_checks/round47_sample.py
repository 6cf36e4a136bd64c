"""The lead's round-47 check set: a seeded random sample of ClariQ's web-search requests about films, TV, actors, books
and music, each with the crowd's answers to the clarifying questions asked of it, and of TVQA's crowd-written questions
about the story and characters of TV episodes, each with the same clip's other questions.

Reads two datasets from their mirrors on this machine (`git show <commit>:<path>`, nothing is downloaded):

- ClariQ (Mohammad Aliannejadi, Julia Kiseleva, Aleksandr Chuklin, Jeff Dalton and Mikhail Burtsev, "ConvAI3: Generating
  Clarifying Questions for Open-Domain Dialogue Systems (ClariQ)", 2020; built on Qulac, Aliannejadi, Zamani, Crestani
  and Croft, SIGIR 2019): the topics of the TREC Web Track 2009-2014 (queries from a search engine's log), each written
  as the request a person would open a conversation with ("Tell me about er television show.", "which are famous movies
  where Nicolas Cage appeared?"), each with its facets (the TREC subtopics: the different things a person asking it may
  want), clarifying questions that crowd workers wrote for the topic ("do you want to know who the main actor is in er
  tv show") and, for every facet and clarifying question, the answer that a crowd worker gave to it in the asker's
  place, with that facet in mind ("no i want to watch it online", "the ones i can dowload and watch online"). Kept as
  typed: lower case, no final punctuation, typos ("dowload", "summaries for er tv episodes"). Read from the authors'
  repository aliannejadi/ClariQ at commit 46885a5 (2023-01-05, its newest; train.tsv and dev.tsv are unchanged since
  f1fd1b4, 2020-07-03, and test_with_labels.tsv since it entered in e5198c5, 2021-09-01, "Test labels added"):
  data/train.tsv (187 topics, 9,176 rows), data/dev.tsv (50 topics, 2,313 rows) and data/test_with_labels.tsv (61
  topics, 4,499 rows), all present (the pickled files, data/train.qrel and the synthetic multi-turn files are absent
  blobs; the human-written multi-turn file, data/multi_turn_human_generated_data.tsv, replays the test topics' facets
  with answers of the same kind and is not read). Each row is one facet of a topic, one clarifying question and its
  answer; only each row's `topic_id`, `initial_request`, `topic_desc` and `facet_desc` (to filter the topics),
  `facet_id`, `question_id`, `question` (printed as what the answer replies to) and `answer` are read, never the
  `clarification_need` label or the relevance judgements (*.qrel). Licence: none stated (the repository has no LICENSE
  and its README names none; the Hugging Face catalogue card conv_ai_3 gives unknown; Qulac's repository,
  aliannejadi/qulac, carries the MIT licence). Cited as `ClariQ <split> <topic_id>` for a request (train, dev or test;
  test is test_with_labels.tsv) and `ClariQ <split> <topic_id> <facet_id> <question_id>` for an answer.
- TVQA (Jie Lei, Licheng Yu, Mohit Bansal and Tamara L. Berg, "TVQA: Localized, Compositional Video Question Answering",
  EMNLP 2018): questions that crowd workers wrote about 60-90 second clips of six TV shows (The Big Bang Theory,
  Friends, How I Met Your Mother, Grey's Anatomy, House M.D., Castle), seven to a clip, each about what a character says
  or does and when, naming the characters (what one of them holds, says or does after another speaks, and why). Kept as
  typed (casing, typos, missing question marks); no question is quoted here or in the probe file. Read from the
  authors' repository jayleicn/TVQA at commit dfb0e5f (2022-10-24, its newest; the file entered in 0e22b19 the same day,
  "add data"): data/tvqa_test_public.jsonl (7,623 questions on 1,089 clips, the public test split, published without
  answer labels), present (data/tvqa_train.jsonl, data/tvqa_val.jsonl and the subtitles are absent blobs; TVQA+'s
  eval/data/tvqa_plus_val.json in jayleicn/TVQAplus holds 3,017 of TVQA's validation questions about one show, as
  re-tokenised copies, and is not read). Only each question's `qid`, `q`, `show_name` and `vid_name` (its clip, to group
  the questions of one clip) are read, never the five answer options (`a0`-`a4`) or the time span. Licence: the
  repository's LICENSE is the MIT licence (Jie Lei, for the code); the repository also holds
  data/TVQA_Dataset_Download_Agreement.pdf, UNC's terms for the dataset (scientific or research use only, not to be
  shared with third parties), so only the adapted questions and their citations are kept. Cited as `TVQA test_public
  <qid>`.

ClariQ pool: the topics (train, dev, then test; file order) whose request, description or any facet description uses a
film, TV, actor, book or music word (SCREEN_WORDS below; "show" only as a programme, "series" not as "a series of"). The
filter also lets in topics where such a word is said of one facet only or has another sense (a TV on a computer, a home
theater, books about dinosaurs, the poems of a poem day, a film about penguins); they are kept as they come, and the
probe file keeps the first of them in rank order as the off-topic turns, as typed. A candidate is the topic's request
(its first turn), each request once (compared without case or punctuation). Each candidate prints, facet by facet (file
order), the answers that say more than a bare yes or no (at least ANSWER_WORDS words), each text once per topic, at most
FACET_ANSWERS of a facet and FOLLOW_UPS in all, each with the clarifying question it answers ("<facet> <question_id>:
<answer> [asked: <question>]"): the probe file makes those of them that can be adapted follow-ups of the request, with
the names changed the same way (the answers lean on the request: "i want to watch it online", "the ones i can dowload").

TVQA pool: every question of the file (file order): all are about the story and characters of a TV episode, and the
probe file adapts each to this film's story and characters. A question repeated (compared without case or punctuation)
is kept once, at its first place. Each candidate prints the other questions of the same clip (file order, at most
TVQA_SAME_CLIP; a clip has seven): the probe file makes some of them follow-ups of the candidate by writing a pronoun
for the person or thing the two share, as round 40 did with WikiTableQuestions' same-table questions.

Questions that any tests/nlu/probes*.yml already cites (by a `ClariQ <split> <topic_id>` or `TVQA test_public <qid>`
citation), quotes or asks word for word are left out (only their counts are printed). Each pool is shuffled with a fixed
seed and printed in that order. The probe file tests/nlu/probes_round47_lead_check.yml takes the candidates in this
order, skipping only those that cannot be adapted to a question about this single film (its header says which ranks were
skipped).

    python -m tooling.lead_checks.round47_sample [--clariq N] [--tvqa N]
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass

from tooling.lead_checks.mirrors import (
    MIRRORS,
    Candidate,
    Cited,
    cited_earlier,
    first_unseen,
    git_text,
    normalised,
    one_line,
    print_quietly,
    stored_in_folder,
)

SEED = 47
OWN_FILE = "probes_round47_lead_check.yml"

CLARIQ = MIRRORS / "aliannejadi+ClariQ" / "repo"
# The commit read (the repository's newest when mirrored; the tsv files are unchanged since f1fd1b4 and e5198c5).
CLARIQ_COMMIT = "46885a544581a0af8aff0681d29e4971807e2912"
CLARIQ_FOLDER = "data/"
# The files read, in this order, with the split each is cited by (the pickled files are absent blobs).
CLARIQ_FILES = (("train", "train.tsv"), ("dev", "dev.tsv"), ("test", "test_with_labels.tsv"))
ANSWER_WORDS = 3  # an answer of fewer words is a bare "yes", "no" or "yes please", and is not printed
FACET_ANSWERS = 3  # at most this many answers of one facet are printed
FOLLOW_UPS = 15  # and at most this many of one topic
# Film, TV, actor, book and music words, as ClariQ's requests and the TREC subtopics use them. "show" is kept only as
# a programme (the show, a tv show), "series" not as "a series of".
SCREEN_WORDS = re.compile(
    r"\b(?:movies?|films?|cinemas?|actors?|actress(?:es)?|starr(?:ed|ing)|characters?|directors?|directed|sequels?|"
    r"episodes?|series(?! of)|tv|television|(?:tv|talk|game|the|that|this) shows?|sitcoms?|cartoons?|anime|manga|"
    r"hollywood|oscars?|broadway|novels?|novelists?|books?|authors?|poems?|poets?|poetry|songs?|singers?|sang|bands?|"
    r"albums?|music|musicals?|lyrics|soundtracks?|composers?|cast|comed(?:y|ies)|dramas?|theat(?:er|re)s?|operas?|"
    r"documentar(?:y|ies))\b",
    re.IGNORECASE,
)
CITED_CLARIQ = re.compile(r"\bClariQ\s+((?:train|dev|test)\s+\d+)\b")
CLARIQ_SOURCE = "ClariQ"  # its name in citations and in the ranked output

TVQA = MIRRORS / "jayleicn+TVQA" / "repo"
# The commit read (the repository's newest when mirrored; the file entered in 0e22b19 the same day).
TVQA_COMMIT = "dfb0e5fe4582efca574dfddfeafd1008db3b33ef"
TVQA_FOLDER = "data/"
# The file read: the public test questions (tvqa_train.jsonl and tvqa_val.jsonl are absent blobs).
TVQA_FILE = "tvqa_test_public.jsonl"
TVQA_SAME_CLIP = 6  # a clip has seven questions: the other six are printed
CITED_TVQA = re.compile(r"\bTVQA\s+test_public\s+(\d+)")
TVQA_SOURCE = "TVQA"  # its name in citations and in the ranked output


@dataclass(frozen=True)
class Answer:
    facet: str  # `facet_id`, as the data gives it: F<n>
    question_id: str  # the clarifying question's `question_id`: Q<n>
    question: str  # the clarifying question it answers
    text: str


@dataclass
class Topic:
    split: str
    id: str  # `topic_id`, as the data gives it
    request: str  # `initial_request`: the conversation's first turn
    about: list[str]  # `topic_desc` and every `facet_desc`: read only to filter the topics
    answers: list[Answer]

    @property
    def text(self) -> str:
        return self.request

    @property
    def cited(self) -> str:
        """The request as the probe comments cite it, less the source."""
        return f"{self.split} {self.id}"


def clariq_topics() -> list[Topic]:
    """The topics of the stored ClariQ files, in CLARIQ_FILES order and file order, each with its answers in file
    order (only the columns named in the module's docstring are read)."""
    present = stored_in_folder(CLARIQ, CLARIQ_COMMIT, CLARIQ_FOLDER)
    found: dict[tuple[str, str], Topic] = {}
    for split, name in CLARIQ_FILES:
        if name not in present:
            continue
        text = git_text(CLARIQ, CLARIQ_FOLDER + name, CLARIQ_COMMIT)
        for row in csv.DictReader(io.StringIO(text), delimiter="\t"):
            key = (split, row["topic_id"])
            if key not in found:
                found[key] = Topic(split, row["topic_id"], one_line(row["initial_request"]), [row["topic_desc"]], [])
            topic = found[key]
            topic.about.append(row["facet_desc"])
            answer = one_line(row["answer"] or "")
            if answer:
                topic.answers.append(Answer(row["facet_id"], row["question_id"], one_line(row["question"]), answer))
    return list(found.values())


def printed_answers(topic: Topic) -> tuple[str, ...]:
    """The topic's answers that say more than a bare yes or no, facet by facet, each text once, at most FACET_ANSWERS
    of a facet and FOLLOW_UPS in all."""
    seen: set[str] = {normalised(topic.request)}
    per_facet: dict[str, int] = {}
    printed: list[str] = []
    for answer in topic.answers:
        key = normalised(answer.text)
        if len(key.split()) < ANSWER_WORDS or key in seen or per_facet.get(answer.facet, 0) >= FACET_ANSWERS:
            continue
        seen.add(key)
        per_facet[answer.facet] = per_facet.get(answer.facet, 0) + 1
        printed.append(f"{answer.facet} {answer.question_id}: {answer.text} [asked: {answer.question}]")
        if len(printed) == FOLLOW_UPS:
            break
    return tuple(printed)


def clariq(skip: Cited) -> list[Candidate]:
    screen = (
        topic for topic in clariq_topics() if any(SCREEN_WORDS.search(text) for text in [topic.request, *topic.about])
    )
    kept = first_unseen(
        screen,
        lambda topic: topic.text,
        lambda topic: topic.cited in skip.ids[CLARIQ_SOURCE] or normalised(topic.text) in skip.texts,
    )
    return [Candidate(CLARIQ_SOURCE, topic.cited, topic.text, printed_answers(topic)) for topic in kept]


@dataclass(frozen=True)
class ClipQuestion:
    qid: str  # as the data gives it
    text: str
    show: str  # `show_name`
    clip: str  # `vid_name`: the clip, which the question is about

    @property
    def where(self) -> str:
        return f"test_public {self.qid} ({self.show}, {self.clip})"


def tvqa_questions() -> list[ClipQuestion]:
    """Every question of the stored TVQA file, in file order (only its id, text, show and clip are read, never the
    answer options)."""
    if TVQA_FILE not in stored_in_folder(TVQA, TVQA_COMMIT, TVQA_FOLDER):
        return []
    found: list[ClipQuestion] = []
    for line in git_text(TVQA, TVQA_FOLDER + TVQA_FILE, TVQA_COMMIT).splitlines():
        if line.strip():
            item = json.loads(line)
            found.append(ClipQuestion(str(item["qid"]), one_line(item["q"]), item["show_name"], item["vid_name"]))
    return found


def tvqa(skip: Cited) -> list[Candidate]:
    every = tvqa_questions()
    kept = first_unseen(
        every,
        lambda question: question.text,
        lambda question: question.qid in skip.ids[TVQA_SOURCE] or normalised(question.text) in skip.texts,
    )
    by_clip: dict[str, list[ClipQuestion]] = {}
    for question in every:
        by_clip.setdefault(question.clip, []).append(question)
    pool = []
    for question in kept:
        others = [other for other in by_clip[question.clip] if other.qid != question.qid][:TVQA_SAME_CLIP]
        same_clip = tuple(f"same clip: {other.qid}: {other.text}" for other in others)
        pool.append(Candidate(TVQA_SOURCE, question.where, question.text, same_clip))
    return pool


def left_out(skip: Cited) -> None:
    """How many citations of each source the earlier probe files hold (counts only, never their text)."""
    counts = ", ".join(f"{source} {len(ids)}" for source, ids in skip.ids.items())
    print(f"# left out: earlier probe files cite {counts}; {len(skip.texts)} quoted or asked texts")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clariq", type=int, default=0, help="ClariQ candidates to print (0: the whole pool)")
    parser.add_argument("--tvqa", type=int, default=0, help="TVQA candidates to print (0: the whole pool)")
    args = parser.parse_args()
    skip = cited_earlier(OWN_FILE, {CLARIQ_SOURCE: CITED_CLARIQ, TVQA_SOURCE: CITED_TVQA}, asks=True)
    left_out(skip)
    pools: Sequence[tuple[str, list[Candidate], int]] = (
        (CLARIQ_SOURCE, clariq(skip), args.clariq),
        (TVQA_SOURCE, tvqa(skip), args.tvqa),
    )
    print_quietly(tuple((source, pool, count or len(pool)) for source, pool, count in pools), SEED)


if __name__ == "__main__":
    main()
