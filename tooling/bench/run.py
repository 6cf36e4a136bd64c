"""`make bench`: train, start and load both bots in one run; write reports/bench.md and .json."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import os
import platform
import subprocess
import tempfile
import time
from dataclasses import asdict, dataclass
from functools import partial
from pathlib import Path
from typing import Any

from tqdm import tqdm

from bot.launcher import PROJECT_ROOT, environment
from tooling.bench import load, readme, report
from tooling.bench.bots import BASELINE, OURS, BotSpec, RunningBot, start_baseline, start_ours
from tooling.bench.clock import ticking
from tooling.bench.stats import percentile, summary


@dataclass(frozen=True)
class Plan:
    """How much load; every part is bounded in count and in time."""

    requests: int = 1000  # sequential latency sample
    turns_per_conversation: int = 10
    long_turns: int = 200
    concurrencies: tuple[int, ...] = (1, 8, 32)
    seconds_per_level: float = 20.0
    max_requests_per_level: int = 5000
    time_limit: float = 900.0  # per sequential part
    burst: int = 5
    rounds: int = 5  # the latency sample is taken in rounds, the bots taking turns (see measure_side_by_side)


def train(spec: BotSpec, out: Path) -> tuple[Path, float]:
    """`rasa train` from clean (an empty cache, a new output directory), with a running clock."""
    out.mkdir(parents=True, exist_ok=True)
    log = out / f"{spec.name}-train.log"
    with tempfile.TemporaryDirectory(prefix="rasa-cache-") as cache, log.open("w") as sink:
        env = {**environment(), "RASA_CACHE_DIRECTORY": cache}
        started = time.perf_counter()
        with ticking(f"{spec.name}: rasa train from clean"):
            process = subprocess.run(
                spec.train_command(out, spec.name), cwd=spec.project, env=env, stdout=sink, stderr=subprocess.STDOUT
            )
        seconds = time.perf_counter() - started
    if process.returncode != 0:
        raise RuntimeError(f"{spec.name}: rasa train failed (exit {process.returncode}); see {log}")
    return out / f"{spec.name}.tar.gz", seconds


def load_average() -> float:
    """The machine's 1-minute load average (other people's work shares the cores)."""
    return os.getloadavg()[0]


def long_summary(turns: list[float]) -> dict[str, Any]:
    first, last = turns[:50], turns[150:200]
    return {
        "turns": len(turns),
        "p50_first": percentile(first, 50),
        "p50_last": percentile(last, 50) if last else None,
        "growth": percentile(last, 50) / percentile(first, 50) if last and first else None,
        "latencies": turns,
    }


def measure_side_by_side(bots: dict[str, RunningBot], questions: list[str], plan: Plan) -> dict[str, Any]:
    """Latency of every bot, measured while all of them run, the bots taking turns.

    The machine is shared: other people's load comes and goes within minutes, so
    measuring one bot after the other compares different machines. Here the
    sequential sample is taken in `plan.rounds` rounds, each bot asking its share
    of questions in turn (the order rotating), and the long conversations advance
    one turn on each bot at a time: every bot sees the same load. The p50 ratio is
    also given per round, with its median.
    """
    results: dict[str, Any] = {name: {"latency_rounds": [], "errors": 0} for name in bots}
    samples: dict[str, list[float]] = {name: [] for name in bots}
    loads = [load_average()]
    names = list(bots)
    per_round = max(plan.requests // plan.rounds, plan.turns_per_conversation)
    total = per_round * plan.rounds * len(names)
    with tqdm(total=total, desc="sequential latency, bots taking turns", unit="req") as bar:
        for round_index in range(plan.rounds):
            order = names[round_index % len(names) :] + names[: round_index % len(names)]
            for name in order:
                stream = load.question_stream(questions, seed=round_index)
                seq = asyncio.run(
                    load.sequential(
                        bots[name].webhook, stream, per_round, plan.turns_per_conversation, plan.time_limit, bar
                    )
                )
                samples[name] += seq.latencies
                results[name]["latency_rounds"].append(percentile(seq.latencies, 50))
                results[name]["errors"] += seq.errors
            loads.append(load_average())
    for name in names:
        results[name]["latency"] = summary(samples[name])

    with tqdm(total=plan.long_turns * len(names), desc="one long conversation each, turn by turn", unit="turn") as bar:
        long_turns = asyncio.run(
            load.long_conversations_side_by_side(
                {name: bot.webhook for name, bot in bots.items()},
                load.question_stream(questions),
                plan.long_turns,
                plan.time_limit,
                bar,
            )
        )
    loads.append(load_average())
    for name in names:
        results[name]["long_conversation"] = long_summary(long_turns[name])
    for name in names:
        results[name]["load_average"] = loads
    return results


def measure_alone(bot: RunningBot, questions: list[str], plan: Plan) -> dict[str, Any]:
    """Throughput (which takes the whole machine, so one bot at a time), the burst and RSS."""
    results: dict[str, Any] = {"errors": 0}
    stream = load.question_stream(questions)
    results["throughput"] = {}
    results["throughput_latency"] = {}
    loads = [load_average()]
    for concurrency in plan.concurrencies:
        with tqdm(desc=f"{bot.name}: concurrency {concurrency}", unit="req") as bar:
            measured = asyncio.run(
                load.throughput(
                    bot.webhook,
                    stream,
                    concurrency,
                    plan.seconds_per_level,
                    plan.max_requests_per_level,
                    plan.turns_per_conversation,
                    bar,
                )
            )
        results["throughput"][str(concurrency)] = measured.per_second
        results["throughput_latency"][str(concurrency)] = summary(measured.latencies)
        results["errors"] += measured.errors
        loads.append(load_average())
    results["throughput_load_average"] = loads

    burst = asyncio.run(load.burst(bot.webhook, [next(stream) for _ in range(plan.burst)]))
    results["burst"] = {
        "sent": burst.sent,
        "answered": burst.answered,
        "in_order": burst.in_order,
        "seconds": burst.seconds,
    }
    rss = bot.rss()
    results["rss_by_process"] = {process: value / 2**20 for process, value in rss.items()}
    results["rss_total_mb"] = sum(rss.values()) / 2**20
    return results


def run(plan: Plan, out: Path, work: Path, questions: list[str], skip_train: bool = False) -> dict[str, Any]:
    """The whole benchmark; skip_train uses the models make train and make baseline wrote (no train time)."""
    all_results: dict[str, Any] = {}
    models: dict[str, tuple[Path, float | None]] = {}
    for spec in (OURS, BASELINE):
        models[spec.name] = (spec.model, None) if skip_train else train(spec, work / spec.name)
    # Ours twice: as `make serve` ships it (the SQL conversation store, SQLite by default),
    # and with conversations in memory only, the way the baseline keeps them.
    shipped_db = work / "shipped-conversations.sqlite"
    for path in shipped_db.parent.glob(f"{shipped_db.name}*"):
        path.unlink()
    runs = (
        ("ours", OURS, partial(start_ours, tracker_store_url=f"sqlite:///{shipped_db}")),
        ("ours_memory", OURS, partial(start_ours, tracker_store_url="memory")),
        ("baseline", BASELINE, start_baseline),
    )
    bots: dict[str, RunningBot] = {}
    try:
        for name, spec, start in runs:  # started one at a time: cold start is measured alone
            model, _ = models[spec.name]
            with ticking(f"{name}: starting, until /status answers"):
                bots[name] = start(model, work / "logs", name=name)
            tqdm.write(f"{name}: /status answered after {bots[name].cold_start_seconds:.1f} s")
        side_by_side = measure_side_by_side(bots, questions, plan)
        for name, spec, _ in runs:
            bot = bots[name]
            alone = measure_alone(bot, questions, plan)
            errors = side_by_side[name].pop("errors") + alone.pop("errors")
            all_results[name] = {
                "train_seconds": models[spec.name][1],
                "cold_start_seconds": bot.cold_start_seconds,
                **bot.extra,
                **side_by_side[name],
                **alone,
                "errors": errors,
            }
    finally:
        for bot in bots.values():
            bot.stop()
    meta = {
        "when": dt.datetime.now().strftime("%Y-%m-%d %H:%M"),
        "machine": f"{os.cpu_count()} cores, {platform.python_implementation()} {platform.python_version()}",
        "method": (
            "All three servers run at once; latency is measured with the servers taking turns "
            f"({plan.rounds} rounds, the order rotating; the long conversations advance one turn on each server "
            "at a time), so that each sees the same load from the other users of this shared machine. "
            f"Latency: {plan.requests} questions one after another, a new conversation every "
            f"{plan.turns_per_conversation}; one conversation of {plan.long_turns} turns; throughput (one server "
            "at a time): "
            f"{plan.seconds_per_level:.0f} s per concurrency level, conversations of "
            f"{plan.turns_per_conversation} turns; RSS summed over every process of the bot. "
            "'ours' is the server as `make serve` ships it: conversations in the SQL store (SQLite), "
            "every turn written before its answer; 'ours, in memory' keeps them in memory like the baseline."
        ),
        "plan": asdict(plan),
    }
    out.parent.mkdir(parents=True, exist_ok=True)
    memory = all_results["ours_memory"]
    kept = readme.hand_written_tail(out, report.KEPT_HEADING)  # the memory analysis, written by hand
    out.write_text(report.markdown(all_results["ours"], all_results["baseline"], meta, memory) + kept, encoding="utf-8")
    out.with_suffix(".json").write_text(json.dumps({"meta": meta, **all_results}, indent=2), encoding="utf-8")
    if out.resolve() == DEFAULT_REPORT.resolve():  # a trial run elsewhere leaves the README alone
        readme.update("speed", report.readme_section(all_results["ours"], all_results["baseline"], meta, memory))
    return all_results


def heldout_questions() -> list[str]:
    from tooling.evaluate import HELDOUT, load_examples

    return [example.text for example in load_examples(HELDOUT)]


DEFAULT_REPORT = PROJECT_ROOT / "reports" / "bench.md"
