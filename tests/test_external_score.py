"""The external set's scorer: each kind of reply lands in its outcome, from store keys and domain markers."""

from __future__ import annotations

from pathlib import Path

import yaml

from tooling.external import score

ROOT = Path(__file__).resolve().parent.parent


def _say(response: str, **slots: str) -> str:
    """A reply worded as domain.yml words it, so the test follows rewording."""
    text = yaml.safe_load((ROOT / "domain.yml").read_text(encoding="utf-8"))["responses"][response][0]["text"]
    for name, value in slots.items():
        text = text.replace("{" + name + "}", value)
    return text


def _judge(reply: str, expect: list[str], resolver, markers) -> str:
    return score.judge(reply, score.alternatives(expect, resolver), markers)


def test_the_right_fact_is_right(store, resolver, markers) -> None:
    director = store.people[store.crew["director"].people[0]].name
    reply = _say("utter_crew_director", film_title=store.title, people=director)
    assert _judge(reply, ["fact crew:director"], resolver, markers) == score.RIGHT


def test_a_fact_answering_another_question_is_wrong(store, resolver, markers) -> None:
    director = store.people[store.crew["director"].people[0]].name
    reply = _say("utter_crew_director", film_title=store.title, people=director)
    assert _judge(reply, ["fact film:language"], resolver, markers) == score.WRONG


def test_a_fact_where_dont_know_was_due_is_wrong(store, resolver, markers) -> None:
    reply = _say("utter_language", language="Japanese", country="Japan")
    assert _judge(reply, ["dont_know"], resolver, markers) == score.WRONG


def test_dont_know_is_dont_know_when_a_fact_was_due(store, resolver, markers) -> None:
    reply = _say("utter_dont_know", film_title=store.title)
    assert _judge(reply, ["fact crew:director"], resolver, markers) == score.DONT_KNOW


def test_dont_know_is_right_where_the_store_has_no_fact(store, resolver, markers) -> None:
    assert store.crew["editor"].unknown  # the key resolves to "don't know" because the store says so
    reply = _say("utter_dont_know_about", film_title=store.title, topic_words="editor")
    assert _judge(reply, ["fact crew:editor"], resolver, markers) == score.RIGHT


def test_refusal_and_not_understood(store, resolver, markers) -> None:
    refusal = _say("utter_out_of_scope", film_title=store.title)
    default = _say("utter_default", film_title=store.title)
    assert _judge(refusal, ["refusal"], resolver, markers) == score.RIGHT
    assert _judge(refusal, ["fact crew:director"], resolver, markers) == score.REFUSED
    assert _judge(default, ["fact crew:director"], resolver, markers) == score.NOT_UNDERSTOOD
    assert _judge("", ["fact crew:director"], resolver, markers) == score.NOT_UNDERSTOOD


def test_a_question_back_is_clarify(store, resolver, markers) -> None:
    reply = _say("utter_which_one")
    assert _judge(reply, ["fact person:ren_nagase:about"], resolver, markers) == score.CLARIFY
    spoiler = _say("utter_spoiler_warning", film_title=store.title)
    assert _judge(spoiler, ["spoiler_check"], resolver, markers) == score.RIGHT
    assert _judge(spoiler, ["fact film:runtime_minutes"], resolver, markers) == score.CLARIFY


def test_yes_no_needs_the_right_word_first(store, resolver, markers) -> None:
    assert _judge("No, it's a live-action film.", ["no"], resolver, markers) == score.RIGHT
    assert _judge("Yes, it is.", ["no"], resolver, markers) == score.WRONG
    genres = _say("utter_genre", film_title=store.title, genres="romance")
    assert _judge(genres, ["no"], resolver, markers) == score.WRONG


def test_two_requests_need_both_facts(store, resolver, markers) -> None:
    director = store.people[store.crew["director"].people[0]].name
    one = _say("utter_crew_director", film_title=store.title, people=director)
    both = one + "\n" + _say("utter_language", language="Japanese", country="Japan")
    assert _judge(both, ["fact crew:director film:language"], resolver, markers) == score.RIGHT
    assert _judge(one, ["fact crew:director film:language"], resolver, markers) == score.WRONG


def test_relations_resolve_from_the_store(resolver) -> None:
    (names,) = resolver.groups("relation:haruna_sakurai:mother")
    assert "Hazuki Sakurai" in names
    assert resolver.groups("relation:mikiko:mother") is None  # the store knows no such person


def test_tally_counts_by_category_and_multi_turn() -> None:
    results = [
        {"category": "genre", "multi_turn": False, "outcome": score.RIGHT},
        {"category": "genre", "multi_turn": True, "outcome": score.WRONG},
        {"category": "novel", "multi_turn": True, "outcome": score.DONT_KNOW},
    ]
    tallies = score.tally(results)
    assert tallies["all"].total == 3
    assert tallies["genre"].rate(score.WRONG) == 0.5
    assert tallies["multi-turn"].counts[score.DONT_KNOW] == 1


def test_the_dev_set_resolves_against_the_store(resolver) -> None:
    """Every expectation in the committed set names keys the store has (no network, no datasets)."""
    items = score.load_set(ROOT / "tests" / "external" / "dev.yml")
    turns = [turn for item in items for turn in item["turns"]]
    assert len(turns) >= 400
    assert sum(len(item["turns"]) for item in items if len(item["turns"]) > 1) >= 100
    for item in items:
        for turn in item["turns"]:
            assert item.get("source") or turn.get("source"), item["id"]
            assert score.alternatives(turn["expect"], resolver), turn


def test_the_fresh_set_resolves_and_stays_apart_from_the_dev_set(resolver) -> None:
    """The sealed fresh set: big enough, every turn sourced and resolvable, nothing repeated from dev."""
    from tooling.external import fresh

    items = score.load_set(ROOT / "tests" / "external" / "fresh.yml")
    turns = [turn for item in items for turn in item["turns"]]
    assert len(turns) >= 300
    assert sum(len(item["turns"]) for item in items if len(item["turns"]) > 1) >= 80
    for item in items:
        for turn in item["turns"]:
            assert item.get("source") or turn.get("source"), item["id"]
            assert score.alternatives(turn["expect"], resolver), turn
    dev = yaml.safe_load((ROOT / "tests" / "external" / "dev.yml").read_text(encoding="utf-8"))
    assert fresh.overlaps(items, dev) == []


def test_overlap_with_the_dev_set_is_caught() -> None:
    from tooling.external import fresh

    dev = {"items": [{"source": {"original": "who directed X?"}, "turns": [{"text": "who directed it?"}]}]}
    same_original = [{"id": "a", "source": {"original": "Who  directed X?"}, "turns": [{"text": "new words"}]}]
    same_text = [{"id": "b", "turns": [{"text": "WHO DIRECTED IT?", "source": {"original": "other"}}]}]
    assert len(fresh.overlaps(same_original, dev)) == 1
    assert len(fresh.overlaps(same_text, dev)) == 1


def test_the_set_option_picks_the_fresh_set(monkeypatch) -> None:
    """`python -m tooling.external --set fresh` scores tests/external/fresh.yml; dev stays the default."""
    from tooling.external import __main__ as cli

    asked: list[Path] = []
    summary = {"all": {"right_rate": 1.0, "wrong_rate": 0.0, "dont_know_rate": 0.0, "turns": 0}}

    def fake_run(webhook, model, dev_set=cli.DEV_SET, items=None) -> dict:
        asked.append(dev_set)
        return {"summary": summary, "turns": []}

    monkeypatch.setattr(cli, "run", fake_run)
    monkeypatch.setattr(cli, "print_summary", lambda summary: None)
    monkeypatch.setattr("bot.launcher.quiet", lambda: None)
    assert cli.main(["--webhook", "http://127.0.0.1:1/webhooks/rest/webhook", "--set", "fresh"]) == 0
    assert cli.main(["--webhook", "http://127.0.0.1:1/webhooks/rest/webhook"]) == 0
    assert cli.main(["--webhook", "http://127.0.0.1:1/webhooks/rest/webhook", "--set", "x/other.yml"]) == 0
    assert asked == [cli.FRESH_SET, cli.DEV_SET, Path("x/other.yml")]


def test_the_outcome_table_gives_counts_and_rates_only() -> None:
    from tooling.external import __main__ as cli

    results = [
        {"category": "cast", "multi_turn": False, "outcome": score.RIGHT, "text": "a sealed question"},
        {"category": "cast", "multi_turn": True, "outcome": score.WRONG, "text": "another sealed question"},
    ]
    summary = {key: t.as_dict() for key, t in score.tally(results).items()}
    lines = cli.outcome_table(summary, "Outcomes", ["Scored at commit abc."])
    table = "\n".join(lines)
    assert "| all | 2 | 1 (50.0%) | 1 (50.0%) | 0 (0.0%)" in table
    assert lines.index(next(line for line in lines if line.startswith("| all"))) < lines.index(
        next(line for line in lines if line.startswith("| cast"))
    )
    assert "sealed question" not in table


def test_composition_counts_turns_by_source_and_category() -> None:
    from tooling.external import __main__ as cli

    items = [
        {"id": "a", "category": "genre", "source": {"dataset": "S"}, "turns": [{"text": "q", "expect": ["x"]}]},
        {
            "id": "b",
            "category": "conversation",
            "turns": [
                {"text": "q1", "expect": ["x"], "category": "cast", "source": {"dataset": "S"}},
                {"text": "q2", "expect": ["x"], "category": "genre", "source": {"dataset": "T"}},
            ],
        },
    ]
    table = "\n".join(cli.composition(items))
    assert "| S | 2 | 1 | 1 |" in table
    assert "| T | 1 | 0 | 1 |" in table
    assert "| genre | 2 | 1 | 1 |" in table
