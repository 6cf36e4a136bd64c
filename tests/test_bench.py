"""The benchmark's pure logic: statistics, report, baseline export, answer key, tracker compaction."""

from __future__ import annotations

import json
import math
from collections import Counter

import pytest

from bot.text import format_date
from tooling.bench import answers, baseline, load, profile, report, stats

# -- statistics --------------------------------------------------------------


def test_percentiles_interpolate_between_ranks():
    samples = [4.0, 1.0, 3.0, 2.0]
    assert stats.percentile(samples, 0) == 1.0
    assert stats.percentile(samples, 100) == 4.0
    assert stats.percentile(samples, 50) == pytest.approx(2.5)
    assert stats.percentile(samples, 95) == pytest.approx(3.85)
    assert stats.percentile([7.0], 99) == 7.0
    assert math.isnan(stats.percentile([], 50))
    with pytest.raises(ValueError):
        stats.percentile(samples, 101)


def test_summary_and_ratio():
    s = stats.summary([float(i) for i in range(1, 101)])
    assert s["count"] == 100 and s["p50"] == pytest.approx(50.5) and s["p99"] == pytest.approx(99.01)
    assert stats.summary([])["count"] == 0
    assert stats.ratio(1.0, 4.0) == 0.25
    assert stats.ratio(1.0, 0.0) is None and stats.ratio(None, 2.0) is None


# -- report --------------------------------------------------------------------


def bot_results(scale: float, growth: float, burst_seconds: float) -> dict:
    return {
        "train_seconds": 100 * scale,
        "cold_start_seconds": 80 * scale,
        "rss_total_mb": 1400 * scale,
        "rss_by_process": {"server 1": 1400 * scale},
        "latency": {"p50": 0.1 * scale, "p95": 0.2 * scale, "p99": 0.3 * scale},
        "long_conversation": {"p50_first": 0.1 * scale, "p50_last": 0.1 * scale * growth, "growth": growth},
        "throughput": {"1": 10 / scale, "8": 9 / scale, "32": 9 / scale},
        "burst": {"sent": 5, "answered": 5, "in_order": True, "seconds": burst_seconds},
        "errors": 0,
    }


def test_report_shows_both_columns_ratios_and_targets():
    ours, base = bot_results(0.1, 1.0, 0.2), bot_results(1.0, 3.4, 4.5)
    text = report.markdown(ours, base, {"when": "today", "machine": "2 cores"})
    assert "| REST latency p50 | 10.0 ms | 100.0 ms | 0.10x |" in text
    assert "| throughput, concurrency 8 | 90.0 req/s | 9.0 req/s | 10.00x |" in text
    met = {label: ok for label, _, ok in report.targets(ours, base)}
    assert all(met.values()), met
    slow = bot_results(0.5, 1.5, 3.0)
    met = {label: ok for label, _, ok in report.targets(slow, base)}
    assert not met["p50 latency at most 0.25x"]
    assert not met["5 messages at once in one conversation: all answered, in order, within 1 s"]
    assert "**no**" in report.markdown(slow, base, {})


def test_report_survives_missing_numbers():
    text = report.markdown({}, {}, {})
    assert "| REST latency p50 | - | - | - |" in text
    assert all(ok is None for _, _, ok in report.targets({}, {}))


# -- the baseline's knowledge base, from the fact store ---------------------------


def test_knowledge_base_export_has_every_object_with_the_same_keys(store):
    data = baseline.knowledge_base(store)
    assert set(data) == {"film", "person", "character"}
    assert len(data["person"]) == len(store.people) and len(data["character"]) == len(store.characters)
    for objects in data.values():
        keys = {tuple(obj) for obj in objects}
        assert len(keys) == 1, "InMemoryKnowledgeBase reads an object type's attributes from its first object"
    json.dumps(data)  # plain JSON


def test_knowledge_base_values_come_from_the_store(store):
    film = baseline.knowledge_base(store)["film"][0]
    assert film["name"] == store.title
    assert store.people[store.crew["director"].people[0]].name in film["director"]
    assert film["premiere_date"] == format_date(store.film["premiere_date"].value)
    assert film["budget"] is None  # unknown in the store: the stock action says it found no value
    lead = store.cast[0]
    person = next(p for p in baseline.knowledge_base(store)["person"] if p["id"] == lead.actor)
    assert person["role_played"] == store.characters[lead.character].name


def test_baseline_templates_ask_only_for_exported_attributes(store):
    assert baseline.missing_attributes(store, baseline.load_templates()) == []


def test_baseline_nlu_marks_objects_attributes_and_synonyms(store):
    text = baseline.nlu_yaml(store, baseline.load_templates())
    assert "- intent: query_knowledge_base" in text
    assert '{"entity": "attribute", "value": "director"}' in text
    assert f'{{"entity": "film", "value": "{store.title}"}}' in text
    assert "- lookup: person" in text


def test_fill_annotates_every_placeholder():
    objects = {"character": ("Akito", "Akito H"), "film": ("it", "F")}
    example = baseline.fill("who <plays> {character} in {film}, and ((her))?", "played_by", objects)
    assert example == (
        'who [plays]{"entity": "attribute", "value": "played_by"} [Akito]{"entity": "character", "value": "Akito H"}'
        ' in [it]{"entity": "film", "value": "F"}, and [her]{"entity": "mention"}?'
    )


def test_name_variants_leave_out_forms_shared_by_two_entities(store):
    variants = baseline.name_variants(store)
    forms = [form.casefold() for kind in variants.values() for all_forms in kind.values() for form in all_forms]
    assert len(forms) == len(set(forms))


# -- the answer key --------------------------------------------------------------


def test_expected_answers_come_from_the_store(store):
    director = store.people[store.crew["director"].people[0]].name
    assert answers.expected("ask_director", [], store).groups == ((director,),)
    akito = next(c for c in store.characters.values() if c.id == "akito_hayasaka")
    actor = store.people[store.actor_of(akito.id)[0].actor].name
    assert answers.expected("ask_who_plays", [("character", "akito")], store).groups == ((actor,),)
    assert answers.expected("ask_fact", [("topic", "budget")], store).kind == answers.DONT_KNOW
    assert answers.expected("ask_crew", [("crew_role", "cinematographer")], store).kind == answers.DONT_KNOW
    assert answers.expected("out_of_scope", [], store).kind == answers.REFUSAL
    assert answers.expected("greet", [], store) is None
    assert answers.expected("ask_other_work", [], store) is None  # needs the previous turn


def test_a_relation_asked_changes_whom_the_answer_is_about(store):
    """ "who plays <a>'s mother" wants the mother's actor, not <a>'s; "how is <a> related to <b>" the relation."""
    relation = next(r for r in store.relations if r.relation == "mother")
    owner = store.characters[relation.subject].name.split()[0]
    mothers_actor = store.people[store.actor_of(relation.object)[0].actor].name
    owners_actor = store.people[store.actor_of(relation.subject)[0].actor].name
    want = answers.expected("ask_who_plays", [("character", owner)], store, f"who plays {owner}'s mom")
    assert want.groups == ((mothers_actor,),) and owners_actor not in want.groups[0]
    other = store.characters[relation.object].name.split()[0]
    want = answers.expected(
        "ask_character", [("character", other), ("character", owner)], store, f"how is {other} related to {owner}"
    )
    assert "mother" in want.groups[0]
    # a relation the store does not hold is not scored on its own
    assert answers.expected("ask_who_plays", [("character", owner)], store, f"who plays {owner}'s son") is None


def test_is_right_needs_every_group_and_uses_each_bots_markers():
    markers = answers.Markers(dont_know=("I don't know",), refusal=("only help",))
    want = answers.Expected(answers.FACT, (("Ren Nagase",), ("Natsuki Deguchi", "Deguchi")))
    assert answers.is_right("Ren Nagase and Deguchi star.", want, markers)
    assert not answers.is_right("Ren Nagase stars.", want, markers)
    assert answers.is_right("Sorry, I can ONLY HELP with this film.", answers.Expected(answers.REFUSAL), markers)
    assert not answers.is_right("Did not find a value", answers.Expected(answers.DONT_KNOW), markers)


# -- load tests stay on this machine ------------------------------------------------


def test_load_tests_refuse_other_hosts():
    assert load.check_loopback("http://127.0.0.1:5005/webhooks/rest/webhook")
    assert load.check_loopback("http://localhost:1/x")
    for url in ("http://10.0.0.5:5005/x", "http://example.com/x", "http://192.168.1.2/x"):
        with pytest.raises(load.NotLoopback):
            load.check_loopback(url)


def test_question_stream_repeats_in_a_fixed_shuffled_order():
    first = [next(s) for s in [load.question_stream(["a", "b", "c"])] for _ in range(6)]
    again = [next(s) for s in [load.question_stream(["a", "b", "c"])] for _ in range(6)]
    assert first == again and sorted(first[:3]) == ["a", "b", "c"] and first[:3] == first[3:]


# -- the profile summary ---------------------------------------------------------------


def test_profile_shares_count_each_function_once_per_sample():
    raw = "\n".join(
        [
            "main (a.py:1);handle_message (rasa/core/agent.py:10);parse (x.py:2);parse (x.py:3) 3",
            "main (a.py:1);handle_message (rasa/core/agent.py:10);predict (y.py:5) 1",
            "main (a.py:1);idle (z.py:1) 6",
        ]
    )
    stacks = profile.parse_collapsed(raw)
    assert stacks == Counter(
        {
            ("main (a.py:1)", "handle_message (rasa/core/agent.py:10)", "parse (x.py:2)", "parse (x.py:3)"): 3,
            ("main (a.py:1)", "handle_message (rasa/core/agent.py:10)", "predict (y.py:5)"): 1,
            ("main (a.py:1)", "idle (z.py:1)"): 6,
        }
    )
    samples, shares = profile.inclusive_shares(stacks)
    assert samples == 4
    assert dict(shares)["parse (x.py)"] == 0.75
    assert dict(shares)["predict (y.py)"] == 0.25
    assert "idle (z.py)" not in dict(shares)


def test_readme_sections_are_replaced_between_their_markers():
    from tooling.bench import readme

    text = "intro\n<!-- speed:start -->\nold\n<!-- speed:end -->\nrest\n"
    assert (
        readme.replace_section(text, "speed", "| new |")
        == "intro\n<!-- speed:start -->\n| new |\n<!-- speed:end -->\nrest\n"
    )
    with pytest.raises(ValueError):
        readme.replace_section(text, "accuracy", "x")


def test_every_switchable_patch_is_one_that_install_applies():
    import importlib

    from bot import rasa_patches
    from tooling.bench import patches

    modules = {patch.module for patch in rasa_patches.PATCHES}
    for name in patches.SWITCHABLE:
        assert name in modules
        assert callable(importlib.import_module(f"bot.rasa_patches.{name}").install)


def test_cpu_seconds_of_a_busy_process_grows():
    import os

    from tooling.bench.patches import cpu_seconds

    before = cpu_seconds(os.getpid())
    sum(i * i for i in range(3_000_000))
    assert cpu_seconds(os.getpid()) > before


def test_report_gives_the_p50_ratio_of_each_side_by_side_round_and_their_median():
    ours = {"latency_rounds": [0.010, 0.020, 0.030], "load_average": [2.0, 3.0, 5.0]}
    base = {"latency_rounds": [0.100, 0.100, 0.100]}
    assert report.round_ratios(ours, base) == pytest.approx([0.1, 0.2, 0.3])
    lines = report.rounds_lines(ours, base, {"latency_rounds": [0.05, 0.05, 0.05]})
    assert "0.10, 0.20, 0.30; median 0.20x" in lines[0]
    assert "in memory" in lines[1] and "median 0.50x" in lines[1]
    assert "2.0 to 5.0 (median 3.0)" in lines[2]
    assert report.rounds_lines({}, {}) == []


def test_side_by_side_long_conversations_refuse_other_hosts():
    import asyncio

    with pytest.raises(load.NotLoopback):
        asyncio.run(
            load.long_conversations_side_by_side(
                {"ours": "http://127.0.0.1:1/x", "theirs": "http://example.com/x"}, iter(["hi"]), 1, 1.0
            )
        )
