"""The outcome scorer on Japanese replies, and the Japanese held-out set (tests/nlu/heldout_ja.yml)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
import yaml

from bot.store import FactStore
from tooling.external import conversations, forms, score

ROOT = Path(__file__).resolve().parent.parent
JA_SET = ROOT / "tests" / "nlu" / "heldout_ja.yml"
FACTS = ROOT / "bot" / "facts" / "drawing_closer.yml"


def _judge(reply: str, expect: list[str], resolver: score.Resolver, markers: score.Markers) -> str:
    return score.judge(reply, score.alternatives(expect, resolver), markers)


def _store_with(edit) -> FactStore:
    """The real store with one edit applied (a Japanese form the store may gain)."""
    raw = yaml.safe_load(FACTS.read_text(encoding="utf-8"))
    edit(raw)
    return FactStore.from_dict(raw, FACTS)


# -- values: the store's Japanese forms -------------------------------------------


def test_a_kanji_name_from_the_store_is_right(resolver, markers) -> None:
    assert _judge("監督は**三木孝浩**です。", ["fact crew:director"], resolver, markers) == score.RIGHT
    assert _judge("春奈役は出口夏希です。", ["fact character:haruna_sakurai:actor"], resolver, markers) == score.RIGHT
    reply = "永瀬廉は早坂秋人を演じています。"
    assert _judge(reply, ["fact person:ren_nagase:roles"], resolver, markers) == score.RIGHT
    # both leads, in kanji
    assert _judge("主演は永瀬廉と出口夏希です。", ["fact cast:leads"], resolver, markers) == score.RIGHT
    assert _judge("主演は永瀬廉です。", ["fact cast:leads"], resolver, markers) == score.WRONG


def test_the_wrong_kanji_name_is_wrong(resolver, markers) -> None:
    assert _judge("春奈役は横田真悠です。", ["fact character:haruna_sakurai:actor"], resolver, markers) == score.WRONG


def test_a_japanese_date_is_right(resolver, markers) -> None:
    reply = "2024年6月27日にNetflixで世界同時配信されました。"
    assert _judge(reply, ["fact film:premiere_date"], resolver, markers) == score.RIGHT
    assert _judge("2024年6月26日に配信されました。", ["fact film:premiere_date"], resolver, markers) == score.WRONG


def test_a_glossed_value_matches_either_part(resolver, markers) -> None:
    assert _judge("出版社はポプラ社です。", ["fact novel:publisher"], resolver, markers) == score.RIGHT


def test_a_works_japanese_title_from_its_detail(resolver, markers) -> None:
    reply = "永瀬廉は『弱虫ペダル』などに出演しています。"
    assert _judge(reply, ["fact person:ren_nagase:known_for"], resolver, markers) == score.RIGHT


def test_a_relation_in_kanji(resolver, markers) -> None:
    reply = "秋人の母・早坂慈美を演じるのは大塚寧々です。"
    assert _judge(reply, ["fact relation:akito_hayasaka:mother"], resolver, markers) == score.RIGHT


def test_a_value_is_english_until_the_store_has_its_japanese_form(markers) -> None:
    """日本語 is right only once the store says so: the scorer has no dictionary of its own."""

    def remove(raw: dict) -> None:
        raw["film"]["language"].pop("ja", None)

    without = score.Resolver(_store_with(remove))
    assert _judge("日本語の映画です。", ["fact film:language"], without, markers) == score.WRONG

    def add(raw: dict) -> None:
        raw["film"]["language"]["ja"] = "日本語"

    with_ja = score.Resolver(_store_with(add))
    assert _judge("日本語の映画です。", ["fact film:language"], with_ja, markers) == score.RIGHT
    assert _judge("It's in Japanese.", ["fact film:language"], with_ja, markers) == score.RIGHT
    assert _judge("韓国語の映画です。", ["fact film:language"], with_ja, markers) == score.WRONG


def test_list_values_take_their_japanese_forms(markers) -> None:
    def add(raw: dict) -> None:
        raw["film"]["genres"]["ja"] = ["恋愛", "ドラマ", "青春"]

    resolver = score.Resolver(_store_with(add))
    assert _judge("はい、青春恋愛映画です。", ["yes film:genres"], resolver, markers) == score.RIGHT
    assert _judge("ホラー映画です。", ["fact film:genres"], resolver, markers) == score.WRONG


def test_a_crew_roles_japanese_alias_names_the_role(markers) -> None:
    def add(raw: dict) -> None:
        director = next(credit for credit in raw["crew"] if credit["role"] == "director")
        director["aliases"] = [*director["aliases"], "監督"]

    resolver = score.Resolver(_store_with(add))
    reply = "三木孝浩はこの映画の監督です。"
    assert _judge(reply, ["fact person:takahiro_miki:roles"], resolver, markers) == score.RIGHT


def test_japanese_forms_are_read_from_any_field_the_store_may_use() -> None:
    class Record:
        native = "桜井春奈"
        extra = {"ja": {"ja": "春奈"}, "value_ja": ["はるな"]}

    assert forms.japanese_forms(Record()) == ["桜井春奈", "春奈", "はるな"]


# -- kinds of reply: Japanese variants of the marker responses ---------------------


JA_DOMAIN = """
responses:
  utter_dont_know:
    - text: "I don't know that about {film_title}."
    - condition: [{type: slot, name: language, value: ja}]
      text: "{film_title}のそれについては分かりません。"
  utter_default:
    - text: "Sorry, I didn't get that."
    - condition: [{type: slot, name: language, value: ja}]
      text: "すみません、よく分かりませんでした。"
  utter_spoiler_warning:
    - text: "That would spoil the ending of {film_title}. Do you want spoilers?"
  utter_greet:
    - text: "Hi! I answer questions about {film_title}."
"""

JA_CATALOGUE = """
ja:
  utter_out_of_scope: "{film_title}以外のことにはお答えできません。"
  utter_spoiler_warning: "{film_title}の結末のネタバレになります。ネタバレしてもいいですか？"
  utter_greet:
    - text: "こんにちは！{film_title}について何でも聞いてください。"
"""


@pytest.fixture()
def ja_markers(tmp_path: Path) -> score.Markers:
    (tmp_path / "domain.yml").write_text(JA_DOMAIN, encoding="utf-8")
    catalogue = tmp_path / "bot" / "locales" / "ja.yml"
    catalogue.parent.mkdir(parents=True)
    catalogue.write_text(JA_CATALOGUE, encoding="utf-8")
    return score.Markers.from_domain(tmp_path / "domain.yml")


def test_conditional_and_catalogue_variants_mark_their_outcome(ja_markers) -> None:
    dont_know = "余命一年の僕が、余命半年の君と出会った話。のそれについては分かりません。"
    assert ja_markers.observed(dont_know) == score.DONT_KNOW
    assert ja_markers.observed("すみません、よく分かりませんでした。") == score.NOT_UNDERSTOOD
    assert ja_markers.observed("よめぼく以外のことにはお答えできません。") == score.REFUSED
    assert ja_markers.observed("よめぼくの結末のネタバレになります。ネタバレしてもいいですか？") == score.SPOILER_CHECK
    assert ja_markers.observed("監督は三木孝浩です。") == "answer"
    # the English variants still mark theirs
    assert ja_markers.observed("I don't know that about Drawing Closer.") == score.DONT_KNOW


def test_a_variant_opening_with_a_variable_needs_its_whole_template(ja_markers) -> None:
    """'{film_title}のそれについては分かりません。' has no opening words: its fixed parts, in order, mark it."""
    assert ja_markers.observed("分かりません。それについては") == "answer"


def test_dont_know_in_japanese_is_right_where_the_store_has_no_fact(ja_markers, resolver) -> None:
    reply = "Drawing Closerのそれについては分かりません。"
    assert score.judge(reply, score.alternatives(["fact film:budget"], resolver), ja_markers) == score.RIGHT
    assert score.judge(reply, score.alternatives(["fact crew:director"], resolver), ja_markers) == score.DONT_KNOW


def test_a_response_expectation_accepts_any_language(ja_markers, resolver) -> None:
    accepted = score.alternatives(["response utter_greet"], resolver)
    assert score.judge("こんにちは！よめぼくについて何でも聞いてください。", accepted, ja_markers) == score.RIGHT
    assert score.judge("Hi! I answer questions about Drawing Closer.", accepted, ja_markers) == score.RIGHT
    assert score.judge("監督は三木孝浩です。", accepted, ja_markers) == score.WRONG


def test_the_real_domain_gives_a_pattern_for_every_response(markers) -> None:
    domain = yaml.safe_load((ROOT / "domain.yml").read_text(encoding="utf-8"))["responses"]
    assert set(domain) <= set(markers.responses)


@pytest.mark.parametrize(
    ("reply", "verdict"),
    [
        ("はい、恋愛映画です。", "yes"),
        ("はい。", "yes"),
        ("いいえ、実話ではありません。", "no"),
        ("いいえ。", "no"),
        ("いや、映画館では上映されていません。", "no"),
        ("No, it's a live-action film.", "no"),
        ("恋愛映画です。", None),
        ("いい映画です。", None),
    ],
)
def test_japanese_yes_and_no(reply: str, verdict: str | None) -> None:
    assert score.verdict(reply) == verdict


def test_yes_no_in_japanese(resolver, markers) -> None:
    assert _judge("いいえ、実話ではありません。", ["no"], resolver, markers) == score.RIGHT
    assert _judge("はい、実話です。", ["no"], resolver, markers) == score.WRONG
    assert _judge("はい、Netflixで見られます。", ["yes film:platform"], resolver, markers) == score.RIGHT


def test_the_ending_and_sources_resolve(resolver, store) -> None:
    (ending,) = resolver.groups("plot:ending")
    # Each point's English text, and its Japanese form where the store has one.
    assert ending and all(any(point.text.startswith(prefix) for prefix in ending) for point in store.ending)
    assert all(any((point.text_ja or point.text).startswith(prefix) for prefix in ending) for point in store.ending)
    (publishers,) = resolver.groups("sources:crew:director")
    assert publishers
    assert resolver.groups("sources:film:budget") is None


# -- the set ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def turns() -> list[conversations.Turn]:
    return conversations.load(JA_SET)


def test_the_set_is_large_enough_and_has_conversations(turns) -> None:
    assert len(turns) >= 200
    assert sum(turn.multi_turn for turn in turns) >= 40
    japanese = [turn for turn in turns if forms.has_japanese(turn.text)]
    assert len(japanese) >= 0.95 * len(turns)


def test_the_set_covers_every_intent(turns) -> None:
    intents = yaml.safe_load((ROOT / "domain.yml").read_text(encoding="utf-8"))["intents"]
    counts = Counter(turn.intent for turn in turns)
    assert set(counts) == set(intents)
    assert min(counts.values()) >= 3


def test_every_expectation_resolves_against_the_store(turns, resolver) -> None:
    kinds = {"fact", "yes", "no", "dont_know", "refusal", "clarify", "spoiler_check", "response"}
    responses = yaml.safe_load((ROOT / "domain.yml").read_text(encoding="utf-8"))["responses"]
    for turn in turns:
        for entry in turn.expect:
            kind, *refs = entry.split()
            assert kind in kinds, entry
            if kind == "response":
                assert refs and set(refs) <= set(responses), entry
        assert score.alternatives(turn.expect, resolver), turn


def test_entities_are_annotated_with_the_domains_types(turns) -> None:
    entities = set(yaml.safe_load((ROOT / "domain.yml").read_text(encoding="utf-8"))["entities"])
    examples = conversations.nlu_examples(JA_SET)
    assert len(examples) == len(turns)
    annotated = 0
    for text, _intent, spans in examples:
        for start, end, kind in spans:
            assert kind in entities and kind in {"person", "character", "crew_role", "topic"}
            assert text[start:end].strip() == text[start:end] != ""
            annotated += 1
    assert annotated >= 60
    assert "[" not in "".join(text for text, _, _ in examples)


def test_the_set_is_scored_as_conversations(turns) -> None:
    items = conversations.items(JA_SET)
    assert sum(len(item["turns"]) for item in items) == len(turns)
    assert {len(item["turns"]) for item in items if item["id"].startswith("ending-yes")} == {2}
    assert all(turn["category"] for item in items for turn in item["turns"])


def test_a_malformed_set_names_the_entry(tmp_path: Path) -> None:
    bad = tmp_path / "set.yml"
    bad.write_text("questions:\n  - intent: greet\n    examples: |\n      - hi\n", encoding="utf-8")
    with pytest.raises(conversations.SetError, match=r"questions\[0\].*expect"):
        conversations.load(bad)
    bad.write_text("conversations:\n  - id: one\n    turns:\n      - {intent: greet, text: hi, expect: [no]}\n")
    with pytest.raises(conversations.SetError, match="at least two turns"):
        conversations.load(bad)


def test_the_nlu_evaluation_reads_the_set(turns) -> None:
    from tooling.evaluate import load_examples

    examples = load_examples(JA_SET)
    assert [example.intent for example in examples] == [turn.intent for turn in turns]
    assert examples[0].text == turns[0].text
    assert any(example.entities for example in examples)
    assert load_examples(ROOT / "tests" / "nlu" / "heldout.yml")  # Rasa NLU data still loads as before


def test_the_report_has_a_japanese_section_with_its_before_figures() -> None:
    from tooling.external.__main__ import markdown

    def summary(right: int, wrong: int) -> dict:
        tally = score.Tally({**score.Tally.empty().counts, score.RIGHT: right, score.WRONG: wrong})
        return {"summary": {"all": tally.as_dict()}, "turns": []}

    result = {
        "external": summary(8, 2),
        "heldout": summary(9, 1),
        "japanese": summary(19, 1),
        "before": {"japanese": summary(1, 19)},
    }
    text = "\n".join(markdown(result))
    assert "### Japanese held-out set" in text
    assert "| all | 20 | 95.0% | 5.0% |" in text and "| 5.0% | 95.0% |" in text


def test_no_expectation_is_met_by_naming_the_film(turns, resolver, store) -> None:
    """Every reply may name the film (『余命一年の僕が…』, よめぼく): no accepted string may be part of a title."""
    film = store.film
    titles = [str(film["title"].value), str(film["title_japanese"].value), *forms.value_forms(film["nickname"], 100)]
    for turn in turns:
        for alternative in score.alternatives(turn.expect, resolver):
            if alternative.kind == "response":
                continue
            for group in alternative.groups:
                weak = [option for option in group if any(option.casefold() in t.casefold() for t in titles)]
                assert not weak, (turn.text, weak)
