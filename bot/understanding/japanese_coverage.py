"""What a Japanese question asks of someone that no card answers, and messages of other topics (round 55, issue 10).

A person's card says who they are, whom they play and what else they made; the novel's card says what the book is.
"<名前>さんの髪の色は黒ですか？" (is <a name>'s hair black?) and "<名前>は、どうやって痩せたんですか？" (how did <a
name> get so thin?) ask something else of them. The classifier knows only whose card the name belongs to, so it
gives that card: a confident answer to another question. Here the sentence that asks is found (the one naming the
subject and ending as a question), and in it the content words that no training question uses and that nothing
read explains (a name, a title, a lexicon phrase). When that sentence asks yes or no, how or why, rather than who or
what, those words are what is asked: the store does not hold it. A wh-question asks the thing named after
"<名前>の" ("<名前>の血液型は？"). And a message that names none of ours, mostly in words no training question uses,
is of another topic (`unseen_share`). Rasa-free.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import cache

from bot.japanese import Morpheme, has_japanese, is_kanji, morphemes
from bot.understanding import japanese_taste
from bot.understanding.intent_evidence import ANNOTATION, training_examples

Span = tuple[int, int]

# Where a sentence ends: 。！？ and their Latin forms, a line break.
SENTENCE_END = re.compile(r"[。．！？!?\n]+")
# Parts of speech that say what is asked: nouns, verbs, adjectives, adjectival nouns and adverbs (がっかり)
# (SudachiPy's first level).
CONTENT_PARTS = frozenset({"名詞", "動詞", "形容詞", "形状詞", "副詞"})
# Their sub-kinds that only glue a sentence (する, いる, なる; numbers): never what is asked.
GLUE_KINDS = frozenset({"非自立可能", "数詞"})
# Question words (normalised forms) that ask who, what, which, where or when: the card may answer those.
IDENTITY_WH = frozenset({"誰", "何", "何者", "どれ", "どの", "どんな", "どっち", "どちら", "どこ", "いつ", "幾つ"})
# Of those, the ones that ask where or when: no card says where or when someone did something.
PLACE_OR_TIME_WH = frozenset({"どこ", "いつ"})
# Of those, the ones that ask which of two things ("AとBどっちが好き？").
CHOICE_WH = frozenset({"どっち", "どちら"})
# Question words that ask how or why: no card says how or why something about a person came to be.
MANNER_OR_REASON = frozenset({"どう", "如何", "何故", "どうして", "なぜ"})
# After a question word, what makes it indefinite ("誰か" someone, "誰でも" anyone): no question is asked by it.
INDEFINITE_AFTER = ("か", "も", "でも")
# Sentence-final particles that ask: "…ですか", "…なの？", "…かな".
ASKING_PARTICLES = frozenset({"か", "の", "かな", "かしら"})
# Parts of speech a predicate ends on: a sentence ending on one with "？" asks yes or no ("…は？" after a noun asks
# what).
PREDICATE_PARTS = frozenset({"動詞", "形容詞", "助動詞"})
# Particles that set the topic a noun is then said of ("<名前>は左利き？"); "…の<noun>？" asks the noun instead.
TOPIC_PARTICLES = frozenset({"は", "って", "も", "て"})
# Nouns that close a question of whether something is true: "<名前>が改名したってほんと？", "…ってマジ？".
TRUTH_ASKED = frozenset({"本当", "マジ"})
# The particle that quotes what is asked to be true: "<名前>が改名したってほんと？".
QUOTING = "って"
# Verbs of knowing (normalised): "<名前>ご存知ですか？" asks who they are, which their card says.
KNOWING = frozenset({"知る", "存知", "存じる", "分かる"})
# Verbs (normalised) of a request to be told: "…の歌詞を教えて", "…が知りたい" ask as a question does.
TELLING_ASKED = frozenset({"教える"})
WANTING_TO_KNOW = ("知る", "たい")
# The particles after a thing of someone's that make it what a question asks about ("…の趣味は？", "…の趣味って？").
OWNED_THING_ENDS = frozenset({"は", "って", "が", "を", "も"})
# Words that close a question without saying what is asked: politeness, "の/ん" and the asking particles.
CLOSING = frozenset({"です", "ます", "て", "でしょう", "だ", "の", "か", "かな", "かしら", "よ", "ね", "な"})
# "<名前>は何を持っていますか", "どこを見ている？", "誰と話している？": the question words that ask the object or the
# partner of a deed, and the particles that make them so.
OBJECT_WH = japanese_taste.OBJECTS_ASKED | {"何処"}  # and どこ as SudachiPy normalises it
DEED_PARTICLES = frozenset({"を", "と", "に"})
# Words of what someone prefers: "<名前>は何色が好き？", "何が得意？".
PREFERENCE_WORDS = frozenset({"好き", "嫌い", "得意", "苦手"})
# "<名前>はどんな表情をしていますか": the question word that asks the kind of thing done.
KIND_WH = frozenset({"どんな", "どういう", "どの"})
# "<名前>が手に持っているのは何？": the subject's particle, and what makes the deed said of it a thing asked.
SUBJECT_MARK = "が"
DEED_AS_A_THING = frozenset({"の", "物"})
# Nouns after "何を<verb>" that ask who someone is ("何をしている人？"): the card says.
WHO_SOMEONE_IS_NOUNS = frozenset({"人", "方", "役", "者"})
# Nouns of what someone is like, which their card describes: "<名前>はどんな性格？" as "どんな人？".
# "<名前>ってどの子？" asks which of the film's people they are, as "どの人？".
WHAT_SOMEONE_IS_LIKE = WHO_SOMEONE_IS_NOUNS | frozenset(
    {"性格", "人物", "人柄", "キャラ", "キャラクター", "タイプ", "子", "娘", "女の子", "男の子", "少年", "少女"}
)
# Nouns of what a work is, which its card tells: "<the title>はどんな作品ですか？" asks its story.
WHAT_A_WORK_IS = frozenset({"作品", "映画", "話", "物語", "ストーリー", "内容", "ジャンル", "小説", "本", "曲", "歌"})
# The noun after "何をして" that asks what someone is doing at that moment ("何をしているところ？").
IN_PROGRESS_NOUN = "所"
# The verb of doing in general (normalised): "<名前>は何をしていますか" may ask what they do for a living.
GLUE_VERBS_OF_DOING = frozenset({"為る", "やる"})
# Verbs whose object is what someone aims at, which their card tells: "<名前>は将来何になりたいの？".
AIMING_VERBS = frozenset({"成る", "目指す"})
# Marks that close a sentence without being words of it.
PUNCTUATION_PARTS = frozenset({"補助記号", "記号", "空白"})


def sentences(text: str, inside: Iterable[Span] = ()) -> list[Span]:
    """Character spans of the sentences of `text`, each with the marks that end it; a mark within one of the spans
    `inside` (a title that ends on "。") ends none."""
    spans, start = [], 0
    kept = list(inside)
    for end_mark in SENTENCE_END.finditer(text):
        if any(a <= end_mark.start() < b for a, b in kept):
            continue
        if text[start : end_mark.start()].strip():
            spans.append((start, end_mark.end()))
        start = end_mark.end()
    if text[start:].strip():
        spans.append((start, len(text)))
    return spans


def unanswered(
    text: str,
    subjects: Iterable[Span],
    explained: Iterable[Span],
    cards_word: Callable[[str], bool],
    named: Iterable[Span] = (),
    card_says: Callable[[str], bool] = lambda word: False,
    card: str | None = None,
) -> Span | None:
    """Where the words asked of a subject stand, in the first sentence naming it that asks yes or no, how or why;
    None when no such sentence has a content word that no training question uses and no span in `explained`
    covers, or when a word of that sentence is the card's own (`cards_word`: "…娘の役ですよね？" asks the role).
    The words of names and titles (`named`, and the subjects) are no card's words. A wh-question asks the thing of
    theirs named after "<名前>の" ("<名前>の血液型は？"), unless the card says it (`card_says`:
    "<名前>のグループは？"). With `card` (the intent whose card would answer), a word is unseen unless that intent's
    own training questions use it: "<名前>は泣いていた？" uses 泣く of the reviews' questions, which no question of
    the person's card asks."""
    if not has_japanese(text):
        return None
    subjects, explained = list(subjects), list(explained)
    names = [*subjects, *named]
    words = morphemes(text)
    known = training_words(card)

    def unexplained(word: Morpheme) -> bool:
        return not any(a <= word.start < b for a, b in explained) and _unseen(word, known)

    spans = sentences(text, explained)
    # of a message that asks in some sentence, the sentences that only tell ("最近<名前>のことも好きになりました。")
    # ask nothing of the subject
    asking = [(a, b) for a, b in spans if asks(text[a:b])]
    for start, end in asking or spans:
        if not any(start <= at < end for at, _ in subjects):
            continue
        said = [m for m in words if start <= m.start < end]
        content = [m for m in said if m.pos in CONTENT_PARTS and m.detail not in GLUE_KINDS]
        # a name or a title is every card's: only the other words tell whether the card answers
        told = [m for m in content if not any(a <= m.start < b for a, b in names)]
        if any(_cards(m, cards_word) for m in told):
            continue
        named_at = max(b for a, b in subjects if start <= a < end)
        if not _asks_yes_no_how_or_why(said):
            owned = _owned_thing(said, subjects)  # "<名前>の好きな食べ物は何？": the thing of theirs asked
            heads = [m for m in owned if m.pos in CONTENT_PARTS and m.detail not in GLUE_KINDS]
            # ("<名前>の左にいる人は誰？": the place beside them is what is asked, however known "人" is)
            unknown = heads and (unexplained(heads[-1]) or unexplained(heads[0]))
            if unknown and not any(card_says(m.surface) for m in heads):
                return heads[0].start, owned[-1].start + len(owned[-1].surface)
            # "<名前>はどこで生まれましたか": what they did, asked where or when, is no card's ("…って誰のことを
            # 指してる？" asks who, which the card says)
            done = [m for m in content if m.start >= named_at and m.pos in PREDICATE_PARTS and unexplained(m)]
            if done and not heads and any(m.lemma in PLACE_OR_TIME_WH for m in said):
                return _phrase_start(said, done[0], explained), _predicate_end(said, done[-1])
            choice = _choice_asked(said, content, named_at, unexplained)
            if choice is not None:
                return choice
            deed = _object_of_a_deed_asked(said, named_at, names, explained, card_says)
            if deed is not None:
                return deed
            kind = _kind_of_a_thing_asked(said, named_at, unexplained, card_says)
            if kind is not None:
                return kind
            continue
        asked = [
            m
            for m in content
            if unexplained(m) and not card_says(m.surface) and m.lemma not in TRUTH_ASKED and not _asking_word(m)
        ]
        # the words said of the subject come after its name ("夏休みといえば、<名前>を連想しますか？"), when any do
        asked = [m for m in asked if m.start >= named_at] or asked
        if asked:
            return _phrase_start(said, asked[0], explained), _predicate_end(said, asked[-1])
    return None


def _choice_asked(
    said: list[Morpheme], content: list[Morpheme], named_at: int, unexplained: Callable[[Morpheme], bool]
) -> Span | None:
    """ "<名前>はロングとショートどっちが好き？": a choice between things no card names, asked of someone; the span
    from the first of them to the end of what is asked of them (None when no such choice is asked)."""
    which = next((m for m in said if m.lemma in CHOICE_WH), None)
    if which is None:
        return None
    options = [m for m in content if named_at <= m.start < which.start and unexplained(m)]
    after = [m for m in content if m.start > which.start]
    if not options or not after:
        return None
    return options[0].start, _predicate_end(said, after[-1])


def _object_of_a_deed_asked(
    said: list[Morpheme],
    named_at: int,
    names: list[Span],
    explained: list[Span],
    card_says: Callable[[str], bool],
) -> Span | None:
    """What someone holds, looks at, talks with, is doing or prefers, which no card says: asked by a question word as
    the deed's object or partner ("<名前>は何を持っていますか", "誰と話していますか", "何をしているところ？"), by the
    kind of thing done ("<名前>はどんな表情をしていますか"), by what is preferred ("何色が好き？"), or by the deed said
    of them as the thing asked ("<名前>が手に持っているのは何？"). The span of what is asked; None when the verb or
    the thing is read already ("何を演じた？": the part played), the card says it ("何を描いている？" of a painter),
    a noun of who someone is closes it ("何をしている人？"), or a glue verb (する) alone asks only what they do."""
    after_name = [i for i, word in enumerate(said) if word.start > named_at]
    for i in after_name:
        word = said[i]
        if i + 2 >= len(said):
            continue
        preferred = said[i + 1].surface == SUBJECT_MARK and said[i + 2].lemma in PREFERENCE_WORDS
        if _asks_which(word) and preferred:  # "<名前>は何色が好き？", "何が得意？": what someone prefers
            return word.start, said[i + 2].start + len(said[i + 2].surface)
        if said[i + 1].surface not in DEED_PARTICLES:
            continue
        verb_at = _deed_verb_at(said, i + 2)
        if word.lemma in OBJECT_WH and verb_at is not None:
            # "<名前>は右手で何をしていますか", "何を手にしていますか", "左側に立つ<名前>は何をしている？": a deed
            # with the hand, in a place or of a scene pictured is asked, not what they do in life
            detailed = any(m.pos == "名詞" and not _named(m, names) for m in said[:verb_at] if m is not word)
            return _deed_span(said, i, verb_at, explained, card_says, glue_alone=detailed)
        if word.pos == "名詞" and i > 0 and said[i - 1].lemma in KIND_WH and verb_at is not None:
            if any(a <= word.start < b for a, b in explained) or card_says(word.surface):
                return None
            return _deed_span(said, i - 1, verb_at, explained, card_says, glue_alone=True)
    return _deed_described_asked(said, named_at, explained, card_says)


def _kind_of_a_thing_asked(
    said: list[Morpheme], named_at: int, unexplained: Callable[[Morpheme], bool], card_says: Callable[[str], bool]
) -> Span | None:
    """ "<名前>は今どんな気持ちですか？": the kind of a thing of theirs that no card says and no training question of
    the card uses (their feelings), asked as what it is; not "どんな人？", "どんな性格？" (what they are like, their
    card). The span of the question word and the thing."""
    for i in range(1, len(said) - 1):
        word, closing = said[i], said[i + 1]
        if word.start < named_at or said[i - 1].lemma not in KIND_WH or word.pos != "名詞":
            continue
        if closing.lemma not in CLOSING and closing.pos not in PUNCTUATION_PARTS:
            continue  # "どんな絵を描いている？": a deed, read apart
        if word.lemma in WHAT_SOMEONE_IS_LIKE | WHAT_A_WORK_IS or not unexplained(word) or card_says(word.surface):
            return None
        return said[i - 1].start, word.start + len(word.surface)
    return None


def _deed_verb_at(said: list[Morpheme], at: int) -> int | None:
    """Where the verb of a deed stands, at `at` or after one object of its own ("どこに手を置いている", "何を手に
    している"); None when no verb follows so."""
    if at < len(said) and said[at].pos == "動詞":
        return at
    if at + 2 < len(said) and said[at].pos == "名詞" and said[at + 1].surface in DEED_PARTICLES:
        return at + 2 if said[at + 2].pos == "動詞" else None
    return None


def _named(word: Morpheme, names: list[Span]) -> bool:
    return any(a <= word.start < b for a, b in names)


def _asks_which(word: Morpheme) -> bool:
    """A question word, or a noun made of one ("何色", "何曜日")."""
    return word.lemma in OBJECT_WH or (word.pos == "名詞" and word.surface.startswith("何") and len(word.surface) > 1)


def _deed_span(
    said: list[Morpheme],
    first: int,
    verb_at: int,
    explained: list[Span],
    card_says: Callable[[str], bool],
    glue_alone: bool,
) -> Span | None:
    """The span from `first` to the end of the verb at `verb_at` and its endings, unless the verb is read already or
    the card's, or a noun of who someone is follows it; a glue verb (する) counts only with `glue_alone` or before
    ところ ("何をしているところ？")."""
    verb = said[verb_at]
    if any(a <= verb.start < b for a, b in explained) or _cards_verb(verb, card_says) or verb.lemma in AIMING_VERBS:
        return None
    end = verb_at
    while end + 1 < len(said) and _predicate_tail(said[end + 1]):
        end += 1
    after = said[end + 1] if end + 1 < len(said) else None
    if after is not None and after.pos == "名詞" and after.lemma in WHO_SOMEONE_IS_NOUNS:
        return None
    in_progress = after is not None and after.lemma == IN_PROGRESS_NOUN
    if verb.lemma in GLUE_VERBS_OF_DOING and not (glue_alone or in_progress):
        return None
    return said[first].start, said[end].start + len(said[end].surface)


def _deed_described_asked(
    said: list[Morpheme], named_at: int, explained: list[Span], card_says: Callable[[str], bool]
) -> Span | None:
    """ "<名前>が手に持っているのは何？", "<名前>が見ているものは何ですか？": the deed said of someone (the subject
    before が), made a thing (の, もの) and asked what it is; the span of the deed."""
    marked = next((i for i, word in enumerate(said) if word.start >= named_at and word.surface == SUBJECT_MARK), None)
    if marked is None:
        return None
    verbs = [i for i in range(marked + 1, len(said)) if said[i].pos == "動詞"]
    if not verbs:
        return None
    end = verbs[0]
    while end + 1 < len(said) and _predicate_tail(said[end + 1]):
        end += 1
    rest = said[end + 1 : end + 6]
    if len(rest) == 5 and rest[1].surface == "の" and rest[2].pos == "名詞":
        rest = [rest[0], *rest[3:]]  # "<名前>が切っているものの形は何？": a trait of the thing is asked
    thing = len(rest) >= 3 and rest[0].lemma in DEED_AS_A_THING and rest[1].surface in OWNED_THING_ENDS
    if not thing or rest[2].lemma not in IDENTITY_WH:
        return None
    verb = said[verbs[0]]
    if any(a <= verb.start < b for a, b in explained) or _cards_verb(verb, card_says):
        return None
    return said[marked + 1].start, said[end].start + len(said[end].surface)


@cache
def card_words(card_text: str) -> frozenset[str]:
    """The content words of a card's text, as written and as dictionary forms: "描き" says 描く, while "見つかって"
    says 見つかる, not 見る, and "目指して" says no 指 (finger); the glue of "している" says no deed. Cached: the cards
    are the store's, the same for every message."""
    return frozenset(
        form
        for m in morphemes(card_text)
        if m.pos in CONTENT_PARTS and m.detail not in GLUE_KINDS
        for form in (m.surface, m.lemma)
    )


def _cards_verb(verb: Morpheme, card_says: Callable[[str], bool]) -> bool:
    """A verb the card says, by its dictionary form ("描い" of "絵を描き") or as written when that is more than its
    stem ("見" of 見ている is a part of "見つかって" too)."""
    return card_says(verb.lemma) or (len(verb.surface) > 1 and card_says(verb.surface))


def _asking_word(word: Morpheme) -> bool:
    """A question word ("どう" of "どうやって"): it asks, it is not what is asked."""
    return bool({word.surface, word.lemma} & (IDENTITY_WH | MANNER_OR_REASON))


def _cards(word: Morpheme, cards_word: Callable[[str], bool]) -> bool:
    """A word of the card's own, or a compound that opens with one ("役どころ": 役, the part played)."""
    if cards_word(word.surface) or cards_word(word.lemma):
        return True
    return any(cards_word(word.surface[:cut]) for cut in range(1, len(word.surface)) if is_kanji(word.surface[cut - 1]))


def _unseen(word: Morpheme, known: frozenset[str]) -> bool:
    return word.surface not in known and word.lemma not in known and word.lemma not in KNOWING


def _owned_thing(said: list[Morpheme], subjects: list[Span]) -> list[Morpheme]:
    """The words of a thing of the subject's that a wh-question asks: after "<名前>(さん)の" and up to the particle
    that makes it the topic ("<名前>の好きな食べ物は何？", "<名前>の血液型は？"); [] when the sentence has none."""
    for i, word in enumerate(said):
        ends = [b for a, b in subjects if a < word.start + len(word.surface) <= b]
        if not ends:
            continue
        at = i + 1
        while at < len(said) and said[at].pos == "接尾辞":  # さん, くん, 監督 as a suffix
            at += 1
        # the の after the subject, not one inside a title ("余命一年の僕が…")
        if at >= len(said) or said[at].surface != "の" or said[at].start < max(ends):
            continue
        phrase: list[Morpheme] = []
        for following in said[at + 1 :]:
            if following.pos == "助詞" and following.surface in OWNED_THING_ENDS:
                return phrase
            phrase.append(following)
    return []


def _phrase_start(said: list[Morpheme], first_asked: Morpheme, explained: list[Span]) -> int:
    """Where the words asked start: at the first of them, or at the content words right before it that make one
    compound with it ("料理上手": a cook, good at it)."""
    at = said.index(first_asked)
    while at > 0 and said[at - 1].pos in CONTENT_PARTS and said[at - 1].detail not in GLUE_KINDS:
        if any(a <= said[at - 1].start < b for a, b in explained):
            break
        at -= 1
    return said[at].start


def _predicate_end(said: list[Morpheme], last_asked: Morpheme) -> int:
    """Where the words asked end: after the last of them and the verb endings it leads ("可愛くなった"), before the
    politeness and the asking that close the sentence ("んですか？")."""
    at = said.index(last_asked)
    while at + 1 < len(said) and _predicate_tail(said[at + 1]):
        at += 1
    end = said[at].start + len(said[at].surface)
    # "改名したって": the quoting って of "…ってほんと？" is not what is asked
    return end - len(QUOTING) if said[at].surface.endswith(QUOTING) and said[at].pos == "助詞" else end


def _predicate_tail(word: Morpheme) -> bool:
    """A verb ending, auxiliary, suffix or light verb that carries a word on (た, なる, て, 向き), not the closing
    words."""
    if word.lemma in CLOSING and word.surface != "て":
        return False
    return word.pos in ("助動詞", "接尾辞") or word.detail in ("非自立可能", "接続助詞")


def _asks_yes_no_how_or_why(said: list[Morpheme]) -> bool:
    """A sentence that asks how or why, or that ends as a yes/no question ("…ですか", "…なの？", "…よね？") and
    has no question word asking who, what, which, where or when."""
    for i, word in enumerate(said):
        following = "".join(m.surface for m in said[i + 1 : i + 3])
        if word.lemma in MANNER_OR_REASON or word.surface in MANNER_OR_REASON:
            return True
        if following.startswith(INDEFINITE_AFTER):  # 誰か, 誰でも, 何でも: someone, anyone, anything
            continue
        if word.lemma == "何" and following.startswith("で"):  # なんで: why
            return True
        if word.lemma in IDENTITY_WH:
            return False
    ending = [m for m in said if m.pos not in PUNCTUATION_PARTS]
    if not ending:
        return False
    last = ending[-1]
    if last.detail == "終助詞" and last.surface in ASKING_PARTICLES:
        return True
    marked = said[-1].surface in ("？", "?")
    if marked and last.pos in PREDICATE_PARTS:  # "…可愛い？", "…出てる？": a predicate asked of
        return True
    before = ending[-2].surface if len(ending) > 1 else ""
    if marked and last.lemma in TRUTH_ASKED:  # "…ってほんと？": is it true that …
        return True
    if marked and last.pos in ("名詞", "形状詞") and before in TOPIC_PARTICLES:  # "…は左利き？": is it so
        return True
    # "…よね？": asks to be agreed with
    return marked and [m.surface for m in ending[-2:]] == ["よ", "ね"]


def asks(text: str) -> bool:
    """Whether a Japanese message asks: a "？" or a question word, a request to be told ("教えて", "知りたい"), or an
    asking particle at its end."""
    if "？" in text or "?" in text:
        return True
    said = [m for m in morphemes(text) if m.pos not in PUNCTUATION_PARTS]
    if any(m.lemma in IDENTITY_WH | MANNER_OR_REASON | TELLING_ASKED for m in said):
        return True
    if any((a.lemma, b.lemma) == WANTING_TO_KNOW for a, b in zip(said, said[1:], strict=False)):
        return True
    return bool(said) and said[-1].detail == "終助詞" and said[-1].surface in ASKING_PARTICLES


def unseen_share(text: str, explained: Iterable[Span] = ()) -> tuple[int, int]:
    """(how many content words of `text` no training question uses, how many content words it has), leaving out the
    words within `explained`."""
    explained = list(explained)
    known = training_words()
    content = [
        m
        for m in morphemes(text)
        if m.pos in CONTENT_PARTS and m.detail not in GLUE_KINDS and not any(a <= m.start < b for a, b in explained)
    ]
    return sum(_unseen(m, known) for m in content), len(content)


def training_words(intent: str | None = None) -> frozenset[str]:
    """Every Japanese word the training questions use (those of `intent` only, when given), as written and in its
    normalised form."""
    if intent is None:
        return _all_training_words()
    return _training_words_by_intent().get(intent, frozenset())


@cache
def _all_training_words() -> frozenset[str]:
    return frozenset().union(*_training_words_by_intent().values())


@cache
def _training_words_by_intent() -> dict[str, frozenset[str]]:
    """Each intent's Japanese training words, every example cut into words once."""
    found: dict[str, frozenset[str]] = {}
    for name, examples in training_examples().items():
        words: set[str] = set()
        for example in examples:
            plain = ANNOTATION.sub(lambda match: match.group(1), example)
            for word in morphemes(plain) if has_japanese(plain) else ():
                words.update((word.surface, word.lemma))
        found[name] = frozenset(words)
    return found
