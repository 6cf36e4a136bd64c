"""`make soak`: a bounded load test of our server at concurrency 1, 8 and 32.

Starts the server as `make serve` runs it (SQL conversation store included),
warms it up, then keeps `concurrency` clients asking held-out questions back to
back for a fixed time per level (loopback only; bounded by time and count).
Records errors, latency percentiles and the server's RSS after each level, and
fails if any request failed or RSS grew by 10% or more from after the warm-up to
the end. Writes reports/soak.md (and JSON) and the README's soak table.
"""

from __future__ import annotations

import asyncio
import json
from dataclasses import asdict, dataclass
from pathlib import Path

from tqdm import tqdm

from tooling.bench import load, readme
from tooling.bench.bots import start_ours
from tooling.bench.stats import percentile

MAX_RSS_GROWTH = 0.10
WARM_UP_REQUESTS = 200
TURNS_PER_CONVERSATION = 10


@dataclass(frozen=True)
class Level:
    concurrency: int
    seconds: float
    requests: int
    errors: int
    per_second: float
    p50_ms: float
    p95_ms: float
    p99_ms: float
    rss_mb: float


def run_level(url: str, questions: list[str], concurrency: int, seconds: float, rss) -> Level:
    with tqdm(desc=f"soak, concurrency {concurrency}", unit=" req", leave=False) as bar:
        result = asyncio.run(
            load.throughput(
                url,
                load.question_stream(questions, seed=concurrency),
                concurrency,
                seconds,
                max_requests=int(seconds * 1000),
                turns_per_conversation=TURNS_PER_CONVERSATION,
                progress=bar,
            )
        )
    ms = [latency * 1000 for latency in result.latencies]
    return Level(
        concurrency=concurrency,
        seconds=round(result.seconds, 1),
        requests=result.requests,
        errors=result.errors,
        per_second=round(result.per_second, 1),
        p50_ms=round(percentile(ms, 50), 1),
        p95_ms=round(percentile(ms, 95), 1),
        p99_ms=round(percentile(ms, 99), 1),
        rss_mb=round(rss() / 2**20, 1),
    )


def markdown(levels: list[Level], rss_start_mb: float, growth: float) -> str:
    lines = [
        "| concurrency | seconds | requests | errors | req/s | p50 | p95 | p99 | server RSS after |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    lines += [
        f"| {lv.concurrency} | {lv.seconds:.0f} | {lv.requests} | {lv.errors} | {lv.per_second:.1f} | "
        f"{lv.p50_ms:.0f} ms | {lv.p95_ms:.0f} ms | {lv.p99_ms:.0f} ms | {lv.rss_mb:.0f} MB |"
        for lv in levels
    ]
    lines += [
        "",
        f"Server RSS after the warm-up: {rss_start_mb:.0f} MB; at the end: {levels[-1].rss_mb:.0f} MB "
        f"(growth {growth:+.1%}, limit +{MAX_RSS_GROWTH:.0%}).",
    ]
    return "\n".join(lines)


def soak(model: Path, questions: list[str], seconds: float, levels: list[int], work: Path, out: Path) -> bool:
    work.mkdir(parents=True, exist_ok=True)
    bot = start_ours(model, work, tracker_store_url=f"sqlite:///{work / 'conversations.sqlite'}")
    try:

        def rss() -> int:
            return sum(bot.rss().values())

        warm_up = load.sequential(
            bot.webhook, load.question_stream(questions), WARM_UP_REQUESTS, TURNS_PER_CONVERSATION, 120
        )
        asyncio.run(warm_up)
        rss_start = rss()
        results = [run_level(bot.webhook, questions, level, seconds, rss) for level in levels]
    finally:
        bot.stop()
    rss_start_mb = rss_start / 2**20
    growth = results[-1].rss_mb / rss_start_mb - 1
    table = markdown(results, rss_start_mb, growth)
    passed = all(level.errors == 0 for level in results) and growth < MAX_RSS_GROWTH
    out.parent.mkdir(parents=True, exist_ok=True)
    header = (
        "# Soak test\n\nWritten by `make soak`: our server (SQL conversation store, as `make serve`), "
        f"held-out questions, {TURNS_PER_CONVERSATION} turns per conversation, 127.0.0.1 only.\n\n"
    )
    out.write_text(header + table + f"\n\nResult: {'PASS' if passed else 'FAIL'}\n", encoding="utf-8")
    out.with_suffix(".json").write_text(
        json.dumps({"levels": [asdict(level) for level in results], "rss_start_mb": rss_start_mb}, indent=2),
        encoding="utf-8",
    )
    readme.update("soak", table)
    print(table)
    return passed
