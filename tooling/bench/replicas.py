"""`make bench-replicas`: throughput of the production shape with 1, 2 and 3 replicas behind nginx.

Each size is the whole local deployment (tooling/stack: PostgreSQL, Redis,
the replicas as `make serve` runs them, deploy/nginx.conf), started fresh and
loaded through nginx on 127.0.0.1 at each concurrency for a bounded time.
On a two-core machine more replicas mostly share the same two cores, so the
table shows what a second and third process buy there, not on a larger host.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import os
from pathlib import Path
from typing import Any

from tooling.bench import load
from tooling.bench.procs import rss_bytes
from tooling.bench.stats import summary
from tooling.stack.stack import Stack

SIZES = (1, 2, 3)
CONCURRENCIES = (1, 8, 32)


def measure(replicas: int, questions: list[str], seconds: float, concurrencies: tuple[int, ...]) -> dict[str, Any]:
    results: dict[str, Any] = {"replicas": replicas, "levels": {}}
    with Stack(replicas=replicas, extra_env={"UNANSWERED_LOG": "off"}) as stack:
        url = f"{stack.url}/webhooks/rest/webhook"
        stream = load.question_stream(questions)
        asyncio.run(load.throughput(url, stream, 2, 3.0, 50, 10))  # warm-up: first turns, connections
        for concurrency in concurrencies:
            measured = asyncio.run(load.throughput(url, stream, concurrency, seconds, 20000, 10))
            results["levels"][str(concurrency)] = {
                "per_second": measured.per_second,
                "errors": measured.errors,
                **summary(measured.latencies),
            }
        pids = [s.process.pid for s in stack.servers if s.process is not None]
        results["rss_mb_per_replica"] = [rss_bytes(pid) / 2**20 for pid in pids]
    return results


def markdown(results: list[dict[str, Any]], meta: dict[str, Any]) -> str:
    levels = sorted({int(c) for r in results for c in r["levels"]})
    columns = " | ".join(f"concurrency {c}: req/s, p50" for c in levels)
    header = f"| replicas | {columns} | errors | RSS per replica |"
    lines = [
        "# Throughput with 1, 2 and 3 replicas behind nginx",
        "",
        f"Written by `make bench-replicas` on {meta['when']} ({meta['machine']}). The production shape run",
        "locally (tooling/stack): PostgreSQL tracker store, Redis lock store, each replica started as `make serve`",
        f"starts it, nginx with deploy/nginx.conf; REST through nginx, {meta['seconds']:.0f} s per level,",
        "conversations of 10 turns.",
        "",
        header,
        "|---|" + "---|" * (len(levels) + 2),
    ]
    for r in results:
        cells = []
        for c in levels:
            level = r["levels"].get(str(c), {})
            cells.append(f"{level.get('per_second', 0):.1f}, {level.get('p50', 0) * 1000:.1f} ms")
        errors = sum(level.get("errors", 0) for level in r["levels"].values())
        rss = ", ".join(f"{mb:.0f}" for mb in r.get("rss_mb_per_replica", [])) + " MB"
        lines.append(f"| {r['replicas']} | " + " | ".join(cells) + f" | {errors} | {rss} |")
    return "\n".join(lines) + "\n"


def run(questions: list[str], seconds: float, out: Path, sizes: tuple[int, ...] = SIZES) -> list[dict[str, Any]]:
    results = [measure(n, questions, seconds, CONCURRENCIES) for n in sizes]
    meta = {
        "when": dt.datetime.now().strftime("%Y-%m-%d %H:%M"),
        "machine": f"{os.cpu_count()} cores",
        "seconds": seconds,
    }
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(markdown(results, meta), encoding="utf-8")
    out.with_suffix(".json").write_text(json.dumps({"meta": meta, "results": results}, indent=2), encoding="utf-8")
    return results
