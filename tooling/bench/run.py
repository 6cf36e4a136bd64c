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


def measure(bot: RunningBot, questions: list[str], plan: Plan) -> dict[str, Any]:
    results: dict[str, Any] = {"cold_start_seconds": bot.cold_start_seconds, **bot.extra}
    errors = 0
    stream = load.question_stream(questions)

    with tqdm(total=plan.requests, desc=f"{bot.name}: sequential latency", unit="req") as bar:
        seq = asyncio.run(
            load.sequential(bot.webhook, stream, plan.requests, plan.turns_per_conversation, plan.time_limit, bar)
        )
    results["latency"] = summary(seq.latencies)
    errors += seq.errors

    with tqdm(total=plan.long_turns, desc=f"{bot.name}: one long conversation", unit="turn") as bar:
        turns = asyncio.run(load.one_long_conversation(bot.webhook, stream, plan.long_turns, plan.time_limit, bar))
    first, last = turns[:50], turns[150:200]
    results["long_conversation"] = {
        "turns": len(turns),
        "p50_first": percentile(first, 50),
        "p50_last": percentile(last, 50) if last else None,
        "growth": percentile(last, 50) / percentile(first, 50) if last and first else None,
        "latencies": turns,
    }

    results["throughput"] = {}
    results["throughput_latency"] = {}
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
        errors += measured.errors

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
    results["errors"] = errors
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
    for name, spec, start in runs:
        model, train_seconds = models[spec.name]
        with ticking(f"{name}: starting, until /status answers"):
            bot = start(model, work / "logs")
        tqdm.write(f"{name}: /status answered after {bot.cold_start_seconds:.1f} s")
        try:
            all_results[name] = {"train_seconds": train_seconds, **measure(bot, questions, plan)}
        finally:
            bot.stop()
    meta = {
        "when": dt.datetime.now().strftime("%Y-%m-%d %H:%M"),
        "machine": f"{os.cpu_count()} cores, {platform.python_implementation()} {platform.python_version()}",
        "method": (
            f"Latency: {plan.requests} questions one after another, a new conversation every "
            f"{plan.turns_per_conversation}; one conversation of {plan.long_turns} turns; throughput: "
            f"{plan.seconds_per_level:.0f} s per concurrency level, conversations of "
            f"{plan.turns_per_conversation} turns; RSS summed over every process of the bot. "
            "'ours' is the server as `make serve` ships it: conversations in the SQL store (SQLite), "
            "every turn written before its answer; 'ours, in memory' keeps them in memory like the baseline."
        ),
        "plan": asdict(plan),
    }
    out.parent.mkdir(parents=True, exist_ok=True)
    memory = all_results["ours_memory"]
    out.write_text(report.markdown(all_results["ours"], all_results["baseline"], meta, memory), encoding="utf-8")
    out.with_suffix(".json").write_text(json.dumps({"meta": meta, **all_results}, indent=2), encoding="utf-8")
    if out.resolve() == DEFAULT_REPORT.resolve():  # a trial run elsewhere leaves the README alone
        readme.update("speed", report.readme_section(all_results["ours"], all_results["baseline"], meta, memory))
    return all_results


def heldout_questions() -> list[str]:
    from tooling.evaluate import HELDOUT, load_examples

    return [example.text for example in load_examples(HELDOUT)]


DEFAULT_REPORT = PROJECT_ROOT / "reports" / "bench.md"
